"""Stage 2: run spaCy and chronocheck's own pipeline components over an article."""

from chronocheck.annotate.pipeline import annotate, load_pipeline

__all__ = ["annotate", "load_pipeline"]
