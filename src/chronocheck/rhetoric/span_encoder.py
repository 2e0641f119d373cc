"""Where the techniques are, read by a fine-tuned MiniLM (#6, span identification).

The string-feature span model (:mod:`chronocheck.rhetoric.si_features`) sees
words and their neighbours; this one sees each word in its sentence, through the
contextual states of the all-MiniLM-L6-v2 encoder that chronocheck already ships
for verification. ``scripts/train_span_encoder.py`` fine-tuned its top layers
and a one-unit head on PTC train; the package file holds only those tensors
(``data/span_encoder.safetensors``), the rest comes from the model package.

A sentence is cut into word-piece windows of at most :data:`MAX_PIECES`; each
word piece gets a probability of lying inside a span, and each of our tokens
the highest probability among the pieces it overlaps. The decoding settings
chosen with the model (threshold, joining gap, minimum length) travel in the
file's metadata. numpy only: no torch at run time.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from chronocheck.errors import PipelineError
from chronocheck.minilm.bert import BertModel, FloatArray
from chronocheck.minilm.files import (
    TOKENIZER_FILE,
    load_bert,
    load_tensors,
    load_tokenizer,
    model_directory,
)
from chronocheck.rhetoric.span_states import (
    STATE_TENSORS,
    PieceStates,
    StateClassifier,
    span_state,
)
from chronocheck.rhetoric.tokens import Token, tokenize

if TYPE_CHECKING:
    from tokenizers import Tokenizer

LOGGER = logging.getLogger(__name__)

SPAN_ENCODER_PATH = Path(__file__).parent / "data" / "span_encoder.safetensors"
#: Word pieces per window, [CLS] and [SEP] included (PTC lines rarely need two).
MAX_PIECES = 128
#: Pieces shared by consecutive windows of a long sentence, so that no piece is
#: read without context on one side.
OVERLAP = 32
#: Windows per forward pass (sorted by length so that padding stays small).
BATCH_SIZE = 32
#: The key of the file's metadata that holds the training record and decoding.
METADATA_KEY = "chronocheck"
HEAD_WEIGHT = "head.weight"
HEAD_BIAS = "head.bias"


@dataclass(frozen=True, slots=True)
class PieceWindow:
    """Word pieces of one stretch of a sentence, with offsets into the article text."""

    ids: tuple[int, ...]
    offsets: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """What the encoder read in one sentence.

    Attributes:
        probabilities: Each token's probability of lying inside a technique span.
        pieces: The sentence's word pieces and their states, for classifying
            the techniques of spans in it (:mod:`chronocheck.rhetoric.span_states`).
    """

    probabilities: list[float]
    pieces: PieceStates


@dataclass(frozen=True, slots=True)
class SpanDecoding:
    """How token probabilities become spans (see ``techniques.decode_spans``)."""

    threshold: float
    max_gap: int
    min_tokens: int


def piece_tokenizer(path: Path) -> Tokenizer:
    """The model's tokenizer from ``tokenizer.json``, with no padding and no truncation.

    The shipped ``tokenizer.json`` pads and truncates to 128; windows are cut here
    instead, so that no piece of a long sentence is lost.
    """
    tokenizer = load_tokenizer(path)
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


def sentence_windows(tokenizer: Tokenizer, text: str, start: int, end: int) -> list[PieceWindow]:
    """The word-piece windows of ``text[start:end]``, special tokens not included.

    ``tokenizer`` must neither pad nor truncate (:func:`piece_tokenizer`).

    Consecutive windows overlap by :data:`OVERLAP` pieces; a sentence with no
    pieces has no window.
    """
    encoding = tokenizer.encode(text[start:end], add_special_tokens=False)
    ids = tuple(encoding.ids)
    offsets = tuple((start + s, start + e) for s, e in encoding.offsets)
    size = MAX_PIECES - 2
    windows = []
    first = 0
    while first < len(ids):
        last = min(len(ids), first + size)
        windows.append(PieceWindow(ids[first:last], offsets[first:last]))
        if last == len(ids):
            break
        first += size - OVERLAP
    return windows


def token_maxima(tokens: Sequence[Token], pieces: Sequence[tuple[int, int, float]]) -> list[float]:
    """For each token, the highest probability of the pieces it overlaps (0 if none).

    Args:
        tokens: Tokens in text order.
        pieces: ``(start, end, probability)`` of word pieces, sorted by start.
    """
    maxima = []
    cursor = 0
    for token in tokens:
        while cursor < len(pieces) and pieces[cursor][1] <= token.start:
            cursor += 1
        best = 0.0
        look = cursor
        while look < len(pieces) and pieces[look][0] < token.end:
            if pieces[look][1] > token.start:
                best = max(best, pieces[look][2])
            look += 1
        maxima.append(best)
    return maxima


class SpanEncoder:
    """The fine-tuned encoder and its head; :meth:`read` scores sentences.

    Its tokenizer must neither pad nor truncate (:func:`piece_tokenizer`).

    Attributes:
        decoding: How its token probabilities become spans.
        display_floor: The lowest span score the reports show by default.
        technique_weight: A span's score is its strongest token's probability
            times its technique's probability raised to this power (chosen with
            the floor: how much an unsure technique lowers the score).
        gate: The encoder reads only sentences where the string-feature model
            gives a token at least this probability (it costs more than the
            rest of a check; see ``scripts/select_span_settings.py``).
        encoder_weight: A token's probability is this share of the encoder's
            plus the rest of the string-feature model's (the two err differently).
        classifier: Technique probabilities from the states of a span's pieces,
            mixed with the string-feature model's; None: that model alone.

    Not a dataclass: it holds a loaded tokenizer and model.
    """

    def __init__(
        self,
        tokenizer: Tokenizer,
        model: BertModel,
        head: tuple[FloatArray, float],
        decoding: SpanDecoding,
        display_floor: float = 0.0,
        technique_weight: float = 1.0,
        gate: float = 0.0,
        encoder_weight: float = 1.0,
        classifier: StateClassifier | None = None,
    ) -> None:
        self._tokenizer = tokenizer
        self._model = model
        self._head_weight, self._head_bias = head
        self._cls = _special_id(tokenizer, "[CLS]")
        self._sep = _special_id(tokenizer, "[SEP]")
        self._pad = _special_id(tokenizer, "[PAD]")
        self.decoding = decoding
        self.display_floor = display_floor
        self.technique_weight = technique_weight
        self.gate = gate
        self.encoder_weight = encoder_weight
        self.classifier = classifier

    @property
    def hidden_size(self) -> int:
        """The size of each word piece's state."""
        return self._model.config.hidden_size

    @property
    def layers(self) -> int:
        """How many transformer layers each window passes through."""
        return self._model.config.num_hidden_layers

    def read(
        self, text: str, sentences: Sequence[tuple[int, int]], tokens: Sequence[Sequence[Token]]
    ) -> list[SentenceReading]:
        """Read sentences: each token's probability and each word piece's state.

        Args:
            text: The article text.
            sentences: Half-open character ranges of its sentences.
            tokens: The tokens of each sentence (``tokens.tokenize``).

        Returns:
            One reading per sentence, one probability per token.
        """
        windows = [
            (number, window)
            for number, (start, end) in enumerate(sentences)
            for window in sentence_windows(self._tokenizer, text, start, end)
        ]
        pieces: list[list[tuple[int, int, float]]] = [[] for _ in sentences]
        states: list[list[PieceStates]] = [[] for _ in sentences]
        order = sorted(range(len(windows)), key=lambda index: len(windows[index][1].ids))
        for first in range(0, len(order), BATCH_SIZE):
            batch = [windows[index] for index in order[first : first + BATCH_SIZE]]
            for (number, window), (scores, hidden) in zip(batch, self._score(batch), strict=True):
                pieces[number].extend(
                    (start, end, score)
                    for (start, end), score in zip(window.offsets, scores, strict=True)
                )
                states[number].append(PieceStates(np.array(window.offsets, np.int64), hidden))
        return [
            SentenceReading(
                token_maxima(sentence_tokens, sorted(sentence_pieces)),
                PieceStates.join(sentence_states, self.hidden_size),
            )
            for sentence_tokens, sentence_pieces, sentence_states in zip(
                tokens, pieces, states, strict=True
            )
        ]

    def span_states(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        spans: Sequence[tuple[int, int]],
    ) -> list[FloatArray | None]:
        """The state of each given span (:func:`~chronocheck.rhetoric.span_states.span_state`).

        Only the sentences that overlap a span are read; a span across
        sentences takes the pieces of each. None for a span with no piece.
        """
        wanted = [(s, e) for s, e in sentences if any(a < e and s < b for a, b in spans)]
        readings = self.read(text, wanted, [tokenize(text, s, e) for s, e in wanted])
        states = []
        for start, end in spans:
            overlapping = [
                reading.pieces
                for (s, e), reading in zip(wanted, readings, strict=True)
                if s < end and start < e
            ]
            pieces = PieceStates.join(overlapping, self.hidden_size)
            states.append(span_state(pieces, start, end))
        return states

    def _score(
        self, batch: Sequence[tuple[int, PieceWindow]]
    ) -> list[tuple[list[float], FloatArray]]:
        """Each window's piece probabilities and piece states."""
        length = max(len(window.ids) for _, window in batch) + 2
        input_ids = np.full((len(batch), length), self._pad, dtype=np.int64)
        mask = np.zeros((len(batch), length), dtype=np.int64)
        for row, (_, window) in enumerate(batch):
            count = len(window.ids)
            input_ids[row, : count + 2] = (self._cls, *window.ids, self._sep)
            mask[row, : count + 2] = 1
        hidden = self._model.forward(input_ids, mask)
        logits = hidden @ self._head_weight + np.float32(self._head_bias)
        probabilities = 1.0 / (1.0 + np.exp(-logits))
        return [
            (
                probabilities[row, 1 : len(window.ids) + 1].tolist(),
                hidden[row, 1 : len(window.ids) + 1],
            )
            for row, (_, window) in enumerate(batch)
        ]


def _special_id(tokenizer: Tokenizer, token: str) -> int:
    found = tokenizer.token_to_id(token)
    if found is None:
        raise PipelineError(f"The encoder's vocabulary has no {token} token.")
    return found


def read_metadata(path: Path) -> dict[str, Any]:
    """The training record stored in a span-encoder file.

    Raises:
        PipelineError: The file is unreadable or has no chronocheck record.
    """
    from safetensors import SafetensorError, safe_open

    try:
        with safe_open(str(path), framework="np") as handle:
            raw = (handle.metadata() or {}).get(METADATA_KEY)
        if raw is None:
            raise PipelineError(f"The span-encoder file {path} has no '{METADATA_KEY}' metadata.")
        record: dict[str, Any] = json.loads(raw)
    except (OSError, SafetensorError, ValueError) as error:
        raise PipelineError(f"Cannot read the span-encoder file {path}: {error}") from error
    return record


def load_span_encoder(path: Path, base: Path) -> SpanEncoder:
    """The span encoder of a file of tuned tensors over the base model folder ``base``.

    Raises:
        PipelineError: A file is missing or malformed, or the decoding is incomplete.
    """
    record = read_metadata(path)
    tensors = load_tensors(path)
    try:
        head = tensors.pop(HEAD_WEIGHT).astype(np.float32).reshape(-1)
        bias = float(tensors.pop(HEAD_BIAS).reshape(-1)[0])
        classifier = StateClassifier.from_file(
            {name: tensors.pop(name) for name in STATE_TENSORS if name in tensors}, record
        )
        decoding = SpanDecoding(
            threshold=float(record["decoding"]["threshold"]),
            max_gap=int(record["decoding"]["max_gap"]),
            min_tokens=int(record["decoding"]["min_tokens"]),
        )
        display = record.get("display", {})
        floor = float(display.get("floor", 0.0))
        technique_weight = float(display.get("technique_weight", 1.0))
        gate = float(record.get("gate", {}).get("probability", 0.0))
        weight = float(record.get("mix", {}).get("encoder_weight", 1.0))
        layers = int(record["layers"]) if "layers" in record else None
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise PipelineError(f"The span-encoder file {path} is incomplete: {error!r}") from error
    replaced = {name: array.astype(np.float32) for name, array in tensors.items()}
    model = load_bert(base, replaced, layers)
    if head.shape != (model.config.hidden_size,):
        raise PipelineError(f"The span-encoder head in {path} has shape {head.shape}.")
    tokenizer = piece_tokenizer(base / TOKENIZER_FILE)
    return SpanEncoder(
        tokenizer,
        model,
        (head, bias),
        decoding,
        display_floor=floor,
        technique_weight=technique_weight,
        gate=gate,
        encoder_weight=weight,
        classifier=classifier,
    )


def active_span_encoder() -> SpanEncoder | None:
    """The shipped span encoder, loaded once; None when its file is absent."""
    return cached_span_encoder(SPAN_ENCODER_PATH)


@lru_cache(maxsize=2)
def cached_span_encoder(path: Path) -> SpanEncoder | None:
    """The span encoder of ``path`` over the bundled MiniLM, or None if there is no file."""
    if not path.is_file():
        LOGGER.info("no span-encoder file at %s: using the string-feature model", path)
        return None
    return load_span_encoder(path, model_directory())
