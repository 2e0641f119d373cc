"""Persuasion techniques in an article: where they are and which they are (#6).

Two steps, as in SemEval-2020 Task 11:

* **span identification**: every token of every sentence gets a probability of
  lying inside a technique span, from a fine-tuned MiniLM
  (:mod:`chronocheck.rhetoric.span_encoder`) or, when its file is absent, from a
  logistic regression over string features
  (:mod:`chronocheck.rhetoric.si_features`); runs of marked tokens become spans;
* **technique classification**: each span gets the most probable of the 14
  techniques from a multinomial logistic regression over string features
  (:mod:`chronocheck.rhetoric.tc_features`), mixed, where the encoder read the
  sentence, with one over the encoder's states of the span
  (:mod:`chronocheck.rhetoric.span_states`); the second most probable is its
  runner-up when that one comes close.

The models were trained on the PTC corpus (``docs/rhetoric-model.md``). Without
the technique model file the lexicon-and-pattern fallback of
:mod:`chronocheck.rhetoric.technique_lexicon` marks spans instead. No spaCy
types: the sentences come in as character ranges.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from chronocheck.minilm.bert import FloatArray
from chronocheck.models import SpanTagger, Technique, TechniqueSpan
from chronocheck.rhetoric.explain import explain
from chronocheck.rhetoric.model_file import TechniqueModel, active_technique_model
from chronocheck.rhetoric.si_features import WINDOW, WINDOW_PREFIX, split_token_features
from chronocheck.rhetoric.span_encoder import SpanDecoding, SpanEncoder, active_span_encoder
from chronocheck.rhetoric.span_states import PieceStates, StateClassifier, span_state
from chronocheck.rhetoric.tc_features import ArticleIndex, span_features
from chronocheck.rhetoric.technique_lexicon import PATTERNS, find_lexicon_spans
from chronocheck.rhetoric.tokens import Token, tokenize

#: Punctuation PTC never lets a span start or end with (its v2 trimming rule).
TRIMMED = frozenset(".,:;")
#: The fallback's technique for a span no pattern matches, and how sure it is:
#: loaded language is the most frequent technique in PTC (a third of the spans).
FALLBACK_TECHNIQUE: Technique = "Loaded_Language"
FALLBACK_SCORE = 0.3


def decode_spans(
    tokens: Sequence[Token],
    probabilities: Sequence[float],
    *,
    threshold: float,
    max_gap: int = 0,
    min_tokens: int = 1,
) -> list[tuple[int, int, float]]:
    """Turn token probabilities into spans.

    Tokens at or above ``threshold`` are marked; marked runs at most ``max_gap``
    tokens apart are joined; the punctuation of :data:`TRIMMED` is cut from both
    ends; spans of fewer than ``min_tokens`` tokens are dropped.

    Returns:
        ``(start offset, end offset, highest probability among the span's tokens)``
        triples: a span is as strong as its most marked word (on held-back
        training articles this ranked spans better than their mean probability,
        which the unmarked words of a joined gap drag down).
    """
    marked = [i for i, p in enumerate(probabilities) if p >= threshold]
    runs: list[list[int]] = []
    for i in marked:
        if runs and i - runs[-1][1] - 1 <= max_gap:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    spans = []
    for first, last in runs:
        while first <= last and tokens[first].text in TRIMMED:
            first += 1
        while last >= first and tokens[last].text in TRIMMED:
            last -= 1
        if last - first + 1 < min_tokens:
            continue
        strength = max(probabilities[first : last + 1])
        spans.append((tokens[first].start, tokens[last].end, strength))
    return spans


def token_probabilities(model: TechniqueModel, tokens: Sequence[Token], title: bool) -> list[float]:
    """The span model's probability for each token of one sentence.

    Equal to ``model.si.probability`` of each token's full feature list
    (:func:`~chronocheck.rhetoric.si_features.sentence_token_features`), computed
    faster: the sentence's shared features are summed once and each window bag
    from running sums of the words' window weights.
    """
    shared, own = split_token_features(tokens, title=title)
    weights = model.si.weights
    base = model.si.bias + sum(weights.get(feature, 0.0) for feature in shared)
    running = [0.0]
    for token in tokens:
        running.append(running[-1] + weights.get(WINDOW_PREFIX + token.lower, 0.0))
    count = len(tokens)
    probabilities = []
    for i, features in enumerate(own):
        window = (
            running[min(count, i + 1 + WINDOW)]
            - running[i + 1]
            + running[i]
            - running[max(0, i - WINDOW)]
        )
        score = base + window + sum(weights.get(feature, 0.0) for feature in features)
        probabilities.append(1.0 / (1.0 + math.exp(-score)))
    return probabilities


def rank_techniques(
    model: TechniqueModel,
    index: ArticleIndex,
    start: int,
    end: int,
    *,
    state: FloatArray | None = None,
    classifier: StateClassifier | None = None,
) -> list[tuple[Technique, float]]:
    """Every technique with its probability for the span, most probable first.

    With the span's encoder ``state`` and a ``classifier`` of such states, each
    probability is ``classifier.mix`` times the classifier's plus the rest of
    the string-feature model's; else the string-feature model's alone.
    """
    probabilities = model.tc.probabilities(span_features(index, start, end))
    if state is not None and classifier is not None:
        by_state = dict(zip(classifier.classes, classifier.probabilities(state), strict=True))
        mix = classifier.mix
        probabilities = [
            mix * float(by_state[name]) + (1 - mix) * p
            for name, p in zip(model.tc.classes, probabilities, strict=True)
        ]
    ranked = sorted(zip(model.tc.classes, probabilities, strict=True), key=lambda p: -p[1])
    return [(cast(Technique, name), probability) for name, probability in ranked]


def rank_given_spans(
    model: TechniqueModel,
    text: str,
    sentences: Sequence[tuple[int, int]],
    spans: Sequence[tuple[int, int]],
    tagger: SpanTagger = "encoder",
) -> list[list[tuple[Technique, float]]]:
    """:func:`rank_techniques` of each given span of an article (PTC's TC task).

    With the encoder and its state classifier shipped, the encoder reads every
    sentence a span overlaps (a found span has states only where the gate let
    the encoder read).
    """
    encoder = _encoder(tagger)
    classifier = None if encoder is None else encoder.classifier
    states: Sequence[FloatArray | None] = [None] * len(spans)
    if encoder is not None and classifier is not None:
        states = encoder.span_states(text, sentences, spans)
    index = ArticleIndex.of(text)
    return [
        rank_techniques(model, index, start, end, state=state, classifier=classifier)
        for (start, end), state in zip(spans, states, strict=True)
    ]


def classify_span(text: str, start: int, end: int) -> tuple[Technique, float]:
    """The technique of the span ``text[start:end]`` and its probability.

    Without a model file: the technique of the first fallback pattern found in
    the span, else :data:`FALLBACK_TECHNIQUE`, with the pattern's hand-set score.
    """
    model = active_technique_model()
    if model is None:
        for pattern in PATTERNS:
            if pattern.regex.search(text, start, end):
                return pattern.technique, pattern.score
        return FALLBACK_TECHNIQUE, FALLBACK_SCORE
    return rank_techniques(model, ArticleIndex.of(text), start, end)[0]


def display_floor(tagger: SpanTagger = "encoder") -> float:
    """The lowest score of a span the reports show by default.

    It was chosen with the shipped span encoder on held-back training articles
    (``scripts/select_span_settings.py``); the string-feature tagger has no
    chosen floor, and every span it finds is shown.
    """
    encoder = _encoder(tagger)
    return 0.0 if encoder is None else encoder.display_floor


def _encoder(tagger: SpanTagger) -> SpanEncoder | None:
    """The span encoder when ``tagger`` asks for it and its file ships."""
    return active_span_encoder() if tagger == "encoder" else None


@dataclass(frozen=True, slots=True)
class _FoundSpan:
    """A span before it is numbered (see :class:`~chronocheck.models.TechniqueSpan`)."""

    technique: Technique
    start: int
    end: int
    score: float
    explanation: str
    technique_score: float | None = None
    runner_up: tuple[Technique, float] | None = None


def find_techniques(
    text: str, sentences: Sequence[tuple[int, int]], *, tagger: SpanTagger = "encoder"
) -> tuple[TechniqueSpan, ...]:
    """The persuasion technique spans of an article.

    Args:
        text: The article text.
        sentences: Half-open character ranges of its sentences, in order; the
            first is taken as the title when it ends in a line break.
        tagger: Which model finds the spans: the fine-tuned ``encoder`` (more
            accurate, slower) or the string ``features`` model alone.

    Returns:
        Spans in text order, ids ``"t1"``, ``"t2"``..., each with a score 0..1
        (the probability of its strongest token times its technique's
        probability, the latter raised to the encoder's ``technique_weight``), a
        one-line explanation, and the technique's runner-up when close.
    """
    model = active_technique_model()
    if model is None:
        found = [
            _FoundSpan(hit.technique, hit.start, hit.end, hit.score, hit.explanation)
            for hit in find_lexicon_spans(text, sentences)
        ]
    else:
        found = _model_spans(model, text, sentences, tagger)
    return tuple(
        TechniqueSpan(
            id=f"t{number}",
            technique=span.technique,
            start=span.start,
            end=span.end,
            text=text[span.start : span.end],
            score=round(span.score, 3),
            explanation=span.explanation,
            source="lexicon" if model is None else "model",
            technique_score=_rounded(span.technique_score),
            runner_up=None if span.runner_up is None else span.runner_up[0],
            runner_up_score=None if span.runner_up is None else round(span.runner_up[1], 3),
        )
        for number, span in enumerate(found, 1)
    )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


@dataclass(frozen=True, slots=True)
class ScoredSentences:
    """Each sentence's tokens and their probabilities of lying in a span.

    Attributes:
        tokens: Each sentence's tokens.
        probabilities: One probability per token.
        decoding: How the probabilities become spans.
        pieces: The encoder's word pieces and states of each sentence it read;
            None for the others (and for every sentence without the encoder).
    """

    tokens: list[list[Token]]
    probabilities: list[list[float]]
    decoding: SpanDecoding
    pieces: list[PieceStates | None]


def span_probabilities(
    model: TechniqueModel,
    text: str,
    sentences: Sequence[tuple[int, int]],
    tagger: SpanTagger = "encoder",
) -> ScoredSentences:
    """Each sentence's tokens, their probabilities of lying in a span, the decoding,
    and the encoder's word-piece states where it read.

    The string-feature model scores every sentence. With ``tagger="encoder"``
    and the encoder's file shipped, the fine-tuned encoder
    (:mod:`chronocheck.rhetoric.span_encoder`) also reads the sentences that
    pass its gate (0 for the others), and each token's probability is the two
    models' weighted mean.
    """
    tokenized = [tokenize(text, start, end) for start, end in sentences]
    features = [
        token_probabilities(model, tokens, number == 0 and text[end : end + 1] == "\n")
        for number, ((_, end), tokens) in enumerate(zip(sentences, tokenized, strict=True))
    ]
    encoder = _encoder(tagger)
    if encoder is None:
        decoding = SpanDecoding(model.si.threshold, model.max_gap, model.min_tokens)
        return ScoredSentences(tokenized, features, decoding, [None] * len(tokenized))
    gated = [i for i, scores in enumerate(features) if scores and max(scores) >= encoder.gate]
    readings = encoder.read(text, [sentences[i] for i in gated], [tokenized[i] for i in gated])
    by_encoder = [[0.0] * len(tokens) for tokens in tokenized]
    pieces: list[PieceStates | None] = [None] * len(tokenized)
    for index, reading in zip(gated, readings, strict=True):
        by_encoder[index] = reading.probabilities
        pieces[index] = reading.pieces
    weight = encoder.encoder_weight
    probabilities = [
        [weight * e + (1 - weight) * f for e, f in zip(encoder_scores, feature_scores, strict=True)]
        for encoder_scores, feature_scores in zip(by_encoder, features, strict=True)
    ]
    return ScoredSentences(tokenized, probabilities, encoder.decoding, pieces)


def _model_spans(
    model: TechniqueModel, text: str, sentences: Sequence[tuple[int, int]], tagger: SpanTagger
) -> list[_FoundSpan]:
    scored = span_probabilities(model, text, sentences, tagger)
    encoder = _encoder(tagger)
    weight = 1.0 if encoder is None else encoder.technique_weight
    classifier = None if encoder is None else encoder.classifier
    decoding = scored.decoding
    index = ArticleIndex.of(text, (token for tokens in scored.tokens for token in tokens))
    found: list[_FoundSpan] = []
    for tokens, token_scores, pieces in zip(
        scored.tokens, scored.probabilities, scored.pieces, strict=True
    ):
        if not tokens:
            continue
        spans = decode_spans(
            tokens,
            token_scores,
            threshold=decoding.threshold,
            max_gap=decoding.max_gap,
            min_tokens=decoding.min_tokens,
        )
        for start, end, strength in spans:
            state = None if pieces is None else span_state(pieces, start, end)
            ranked = rank_techniques(model, index, start, end, state=state, classifier=classifier)
            (technique, probability), second = ranked[:2]
            close = model.runner_up_ratio is not None and (
                second[1] >= model.runner_up_ratio * probability
            )
            found.append(
                _FoundSpan(
                    technique,
                    start,
                    end,
                    strength * probability**weight,
                    explain(technique, index, start, end),
                    technique_score=probability,
                    runner_up=second if close else None,
                )
            )
    return found
