"""A learned second opinion on the temporal grammar's candidates (#5).

The grammar proposes every phrase that can be a time expression; whether
TempEval annotates it often depends on the sentence: "now" is a time expression
in "the talks are now in their third week" and not in "now, the question is".
Two small logistic regressions, trained on TimeBank and AQUAINT by
``scripts/train_timex_filter.py`` (see ``docs/timex-filter.md``), read the
candidate and its neighbours:

* the *keep* model drops a candidate only when it is confident that TempEval
  would not mark it (its probability of being kept is below a threshold chosen by
  cross-validation);
* the *trim* model decides, word by word, whether a leading word ("the",
  "earlier", "over") lies outside the expression as TempEval delimits it.

Only candidates are scored, from the tags, parse and entities the pipeline
already computed. Without a tagger and parser (a blank pipeline) the features
would mean nothing, so the rules alone decide; they do too, after one logged
warning, when the model file is missing.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from chronocheck.extract.timex_parse import TimexParse
from chronocheck.linear import LinearModel, check_model_header, read_model_file

LOGGER = logging.getLogger(__name__)

#: The trained weights shipped with the package.
MODEL_PATH = Path(__file__).parent / "data" / "timex_filter.json"
#: What the model file says it is, and the layout version this module reads.
MODEL_FORMAT = "chronocheck-timex-filter"
MODEL_VERSION = 1
#: The feature set the weights were trained on; bump it with any change to the features.
FEATURE_SET = "timex-filter-features-1"
#: At most this many leading words are trimmed from one expression.
MAX_TRIMMED_WORDS = 3
#: Spans up to this many tokens also yield their whole text as one feature.
MAX_PHRASE_FEATURE_TOKENS = 3
#: Longer spans share one length feature.
MAX_LENGTH_FEATURE = 5
#: Parts of speech of the verb an expression depends on.
VERB_POS = frozenset({"VERB", "AUX"})
#: Annotations the features read; without them the model is not applied.
REQUIRED_ANNOTATIONS = ("TAG", "DEP")
#: Dependencies of an expression that qualifies a noun after it ("the eight-year war").
ATTRIBUTIVE_DEPS = frozenset({"amod", "compound", "nummod", "npadvmod"})
#: Written for a neighbour outside the text.
OUTSIDE = "<none>"

Candidate = tuple[Span, TimexParse]


@dataclass(frozen=True, slots=True)
class TimexFilter:
    """The keep and trim models, applied to the grammar's candidates.

    Attributes:
        keep: Probability that TempEval marks the candidate; below its threshold
            the candidate is dropped.
        trim: Probability that a leading word lies outside the expression; at or
            above its threshold the word is trimmed. None: no trimming.
        enabled: Whether the tagger applies it: the trainer enables it only when it
            raised the cross-validated figures.
        metadata: What the model was trained on and how it scored (from the file).
    """

    keep: LinearModel
    trim: LinearModel | None = None
    enabled: bool = True
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def apply(self, doc: Doc, candidates: Sequence[Candidate]) -> list[Candidate]:
        """Drop the candidates TempEval would not mark and trim the leading words it leaves out.

        Args:
            doc: The annotated Doc.
            candidates: ``(span, parse)`` pairs whose parse offsets equal the span's.

        Returns:
            The kept pairs in the same order, offsets still equal.
        """
        if not all(doc.has_annotation(name) for name in REQUIRED_ANNOTATIONS):
            return list(candidates)
        kept = list(candidates)
        if self.keep.threshold > 0:  # at 0 every candidate is kept: skip the features
            kept = [
                (span, parse)
                for span, parse in kept
                if self.keep.probability(candidate_features(span, parse)) >= self.keep.threshold
            ]
        if self.trim is None:
            return kept
        return [self._trim(self.trim, span, parse) for span, parse in kept]

    @staticmethod
    def _trim(model: LinearModel, span: Span, parse: TimexParse) -> Candidate:
        # The parts of an interval or an anchored offset are what TempEval scores
        # (and what the trim model learnt from): their spans stay as the grammar set them.
        if parse.parts:
            return span, parse
        trimmed = 0
        while trimmed < min(MAX_TRIMMED_WORDS, len(span) - 1):
            if model.probability(leading_word_features(span, parse, trimmed)) < model.threshold:
                break
            trimmed += 1
        if not trimmed:
            return span, parse
        shorter = span.doc[span.start + trimmed : span.end]
        return shorter, replace(parse, start=shorter.start_char)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimexFilter:
        """Read a model file's content.

        Raises:
            PipelineError: If the content is not a timex filter this module can read.
        """
        check_model_header(
            data,
            {"format": MODEL_FORMAT, "version": MODEL_VERSION, "feature_set": FEATURE_SET},
            what="timex filter",
            trainer="scripts/train_timex_filter.py",
        )
        trim = data.get("trim")
        return cls(
            keep=LinearModel.from_dict(data["keep"]),
            trim=LinearModel.from_dict(trim) if trim is not None else None,
            enabled=bool(data["enabled"]),
            metadata=dict(data.get("metadata", {})),
        )

    def to_dict(self) -> dict[str, Any]:
        """The model file's content."""
        return {
            "format": MODEL_FORMAT,
            "version": MODEL_VERSION,
            "feature_set": FEATURE_SET,
            "enabled": self.enabled,
            "metadata": dict(self.metadata),
            "keep": self.keep.to_dict(),
            "trim": self.trim.to_dict() if self.trim is not None else None,
        }


def candidate_features(span: Span, parse: TimexParse) -> list[str]:
    """The features the keep model reads: the parse, its words and its neighbours.

    Args:
        span: The candidate's tokens (from an annotated Doc).
        parse: The grammar's parse of it.

    Returns:
        Feature names (``"name=value"``); a feature present counts once per mention.
    """
    doc = span.doc
    words = [token.lower_ for token in span]
    phrase = " ".join(words)
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    root = span.root
    verb = _head_verb(root)
    first = span[0]
    features = [
        f"rule={parse.rule}",
        f"type={parse.type}",
        f"reference={parse.reference}",
        f"rule|reference={parse.rule}|{parse.reference}",
        f"value_known={parse.value is not None}",
        f"mod={parse.mod}",
        f"precision={parse.precision}",
        f"flags={parse.vague}|{parse.bare_number}|{parse.anaphoric}|{bool(parse.parts)}",
        f"length={min(len(span), MAX_LENGTH_FEATURE)}",
        f"first={words[0]}",
        f"last={words[-1]}",
        f"first_tag={first.tag_}",
        f"entity={first.ent_type_ or 'O'}",
        f"sentence_start={first.is_sent_start}",
        f"title={first.is_title and not first.is_sent_start}",
        f"root_dep={root.dep_}",
        f"head_tag={root.head.tag_ if root.head.i != root.i else OUTSIDE}",
        f"verb_tag={verb.tag_ if verb is not None else OUTSIDE}",
        f"attributive={_is_attributive(span)}",
        *_neighbour_features("before", before),
        *_neighbour_features("after", after),
        *(f"word={word}" for word in words),
    ]
    if len(span) <= MAX_PHRASE_FEATURE_TOKENS:
        # The phrase with its context: "now" after a comma is not "now" after "is".
        features += [
            f"phrase={phrase}",
            f"phrase|before={phrase}|{_word(before)}",
            f"phrase|after_tag={phrase}|{_tag(after)}",
            f"phrase|root_dep={phrase}|{root.dep_}",
            f"phrase|verb_tag={phrase}|{verb.tag_ if verb is not None else OUTSIDE}",
        ]
    return features


def leading_word_features(span: Span, parse: TimexParse, index: int) -> list[str]:
    """The features the trim model reads about the word ``span[index]``.

    The words before ``index`` are already outside the expression.

    Args:
        span: The expression's tokens as the grammar delimited them.
        parse: Its parse.
        index: The word that would become the first one left out.

    Returns:
        Feature names.
    """
    token = span[index]
    following = span[index + 1]
    before = span.doc[token.i - 1] if token.i > 0 else None
    word = token.lower_
    return [
        f"position={index}",
        f"word={word}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"word|rule={word}|{parse.rule}",
        f"word|type={word}|{parse.type}",
        f"word|next={word}|{following.lower_}",
        f"word|next_tag={word}|{following.tag_}",
        f"word|before={word}|{_word(before)}",
        f"word|sentence_start={word}|{token.is_sent_start}",
        f"word|remaining={word}|{min(len(span) - index - 1, MAX_LENGTH_FEATURE)}",
        f"word|head_tag={word}|{span.root.head.tag_}",
        f"word|attributive={word}|{_is_attributive(span)}",
        # "the" of "the [two-week] crisis" belongs to the noun after the expression.
        f"word|head_outside={word}|{not span.start <= token.head.i < span.end}",
        f"next_tag={following.tag_}",
        f"rule={parse.rule}",
    ]


def filter_timex_candidates(doc: Doc, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Apply the shipped model to the grammar's candidates (the rules alone without it).

    A model file the trainer left disabled (it did not raise the cross-validated
    figures) leaves the candidates as they are.

    Args:
        doc: The annotated Doc.
        candidates: ``(span, parse)`` pairs in text order.

    Returns:
        The pairs kept, trimmed where TempEval leaves a leading word out.
    """
    model = active_timex_filter()
    if model is None or not model.enabled:
        return list(candidates)
    return model.apply(doc, candidates)


def active_timex_filter() -> TimexFilter | None:
    """The model shipped with the package, loaded once; None when its file is missing."""
    return load_timex_filter(MODEL_PATH)


@lru_cache(maxsize=4)
def load_timex_filter(path: Path) -> TimexFilter | None:
    """Read a timex filter model file (cached: one read and one warning per path).

    Args:
        path: A JSON file written by ``scripts/train_timex_filter.py``.

    Returns:
        The model, or None when the file does not exist (the rules alone then decide).

    Raises:
        PipelineError: If the file is not valid JSON or not a model this module reads.
    """
    data = read_model_file(path, what="timex filter", without="the grammar's rules alone decide")
    return None if data is None else TimexFilter.from_dict(data)


def _head_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse, or ``token`` itself if a verb."""
    if token.pos_ in VERB_POS:
        return token
    return next((ancestor for ancestor in token.ancestors if ancestor.pos_ in VERB_POS), None)


def _is_attributive(span: Span) -> bool:
    """Whether ``span`` modifies a noun after it, as TempEval's "the [two-week] crisis" does."""
    last = span[-1]
    return last.dep_ in ATTRIBUTIVE_DEPS and last.head.i >= span.end


def _neighbour_features(side: str, token: Token | None) -> list[str]:
    if token is None:
        return [f"{side}={OUTSIDE}"]
    return [f"{side}={token.lower_}", f"{side}_tag={token.tag_}", f"{side}_dep={token.dep_}"]


def _word(token: Token | None) -> str:
    return OUTSIDE if token is None else str(token.lower_)


def _tag(token: Token | None) -> str:
    return OUTSIDE if token is None else str(token.tag_)
