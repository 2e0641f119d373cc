"""How much a sentence deserves a fact-check: a 0..1 check-worthiness score (#6).

A logistic regression over string features of the plain text, trained on the
CLEF-2019 CheckThat! Task 1 debate and speech transcripts by
``scripts/train_checkworthiness.py`` (see ``docs/checkworthiness-model.md``).
The features come from our own regular-expression tokenization, never from
spaCy: the rhetoric stage sees only text. They are the lowercased words and
word pairs (numbers reduced to their kind), numbers, percentages, money, years,
comparatives and superlatives, capitalized names, claim verbs, first-person
opinion and promise cues, questions and the sentence's length. The trainer
also tries the cues of the neighbouring sentences; a model file trained with
them (``"context": true``) reads the texts as consecutive sentences.

Without the model file, a hand-set score over the same cues ranks the
sentences, after one logged warning.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronocheck.linear import LinearModel, check_model_header, read_model_file

LOGGER = logging.getLogger(__name__)

#: The trained weights shipped with the package.
MODEL_PATH = Path(__file__).parent / "data" / "checkworthiness.json"
#: What the model file says it is, and the layout version this module reads.
MODEL_FORMAT = "chronocheck-checkworthiness"
MODEL_VERSION = 1
#: The feature set the weights were trained on; bump it with any change to the features.
FEATURE_SET = "checkworthiness-features-1"

#: Numbers (with thousands separators, decimals, a leading "$" or a trailing "%"),
#: words (with inner apostrophes: "don't", "Clinton's") and question marks.
TOKEN_RE = re.compile(r"\$?\d+(?:,\d{3})*(?:\.\d+)?%?|[A-Za-z]+(?:'[A-Za-z]+)*|\?")
#: A four-digit number read as a year: debates quote 1800s history to next decade's plans.
YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
#: Words that scale a number: "3 million", "a trillion dollars".
MAGNITUDES = frozenset(
    "hundred thousand thousands million millions billion billions trillion trillions".split()
)
#: Words that make a number a percentage or a sum of money.
PERCENT_WORDS = frozenset({"percent", "percentage"})
MONEY_WORDS = frozenset({"dollar", "dollars", "cents", "budget", "tax", "taxes", "deficit"})
#: Comparatives: a claim that something grew or fell can be checked.
COMPARATIVES = frozenset(
    "more less fewer better worse higher lower bigger larger smaller greater faster "
    "slower cheaper richer poorer stronger weaker increased decreased doubled tripled".split()
)
#: Superlatives: "the worst trade deal ever", "the highest taxes in the world".
SUPERLATIVES = frozenset(
    "most least best worst biggest largest highest lowest greatest fastest slowest "
    "first last only ever record".split()
)
#: Verbs that report something done or said, the stuff of checkable claims.
CLAIM_VERBS = frozenset(
    "said says voted votes signed approved passed cut cuts raised created lost killed paid "
    "spent borrowed supported opposed called increased decreased rose fell grew dropped "
    "doubled tripled went wanted proposed invaded started built closed left leaving".split()
)
#: First-person opinion and promise openings: what a speaker thinks or will do is not checkable.
OPINION_RE = re.compile(
    r"\b(?:i|we) (?:think|believe|feel|hope|know|want|will|would|can|must|need|have to)\b"
    r"|\b(?:i'm|we're|i am|we are) going to\b|\bin my (?:opinion|view)\b|\blet me\b"
)
#: Courtesies and stage business: "thank you", "good evening", applause.
COURTESY_RE = re.compile(r"\b(?:thank you|thanks|good (?:evening|morning|night)|welcome)\b")
#: Upper bounds of the length bins, in tokens; longer sentences share the last bin.
LENGTH_BINS = (3, 7, 15, 30)
#: Capitalized words after the first one, counted up to this many.
MAX_CAPITALIZED = 3
#: Sentence boundaries in the word-pair features.
START, END = "<s>", "</s>"
#: The cue features the neighbours of a sentence lend it in a transcript.
CONTEXT_CUES = ("num", "pct", "money", "year", "cap", "claim", "opinion", "q", "len:0", "len:1")


@dataclass(frozen=True, slots=True)
class CheckworthinessModel:
    """A linear model over the features, and whether it reads the neighbours' cues.

    Attributes:
        linear: The weights.
        context: Trained with the ``prev:``/``next:`` cues of the neighbouring sentences.
    """

    linear: LinearModel
    context: bool


#: The fallback's weights: each cue nudges the score, questions and courtesies pull it down.
HEURISTIC_WEIGHTS = LinearModel(
    bias=-2.0,
    weights={
        "num": 1.0,
        "pct": 0.5,
        "money": 0.5,
        "year": 0.5,
        "cmp": 0.5,
        "sup": 0.5,
        "claim": 0.7,
        "cap:1": 0.3,
        "cap:2": 0.5,
        "cap:3": 0.6,
        "opinion": -0.7,
        "q": -1.0,
        "courtesy": -1.5,
        "len:0": -1.5,
        "len:1": -0.7,
        "len:3": 0.5,
        "len:4": 0.5,
    },
    threshold=0.5,
)
HEURISTIC = CheckworthinessModel(HEURISTIC_WEIGHTS, context=False)


def tokenize(text: str) -> list[str]:
    """Our regex tokens of ``text``, case kept ("’" read as "'")."""
    return TOKEN_RE.findall(text.replace("\u2019", "'"))


def _kind(token: str, after: str) -> str | None:
    """``"<year>"``, ``"<pct>"``, ``"<money>"`` or ``"<num>"`` for a number; None for a word."""
    if not token[0].isdigit() and not token.startswith("$"):
        return None
    if token.endswith("%") or after in PERCENT_WORDS:
        return "<pct>"
    if token.startswith("$") or after in MONEY_WORDS:
        return "<money>"
    if YEAR_RE.fullmatch(token):
        return "<year>"
    return "<num>"


def sentence_features(text: str) -> list[str]:
    """The features of one sentence or claim, each once.

    Args:
        text: Plain text.

    Returns:
        Feature names: ``w:`` words, ``b:`` word pairs, and the cues (``num``,
        ``pct``, ``money``, ``year``, ``cmp``, ``sup``, ``claim``, ``cap:N``,
        ``opinion``, ``courtesy``, ``q``, ``len:N``).
    """
    tokens = tokenize(text)
    lowered = [token.lower() for token in tokens]
    words: list[str] = []
    cues: list[str] = []
    for index, token in enumerate(lowered):
        after = lowered[index + 1] if index + 1 < len(lowered) else END
        kind = _kind(token, after)
        if kind is not None:
            cues += ["num", kind[1:-1]]
        elif token in MAGNITUDES:
            cues.append("num")
        words.append(kind or token)
    capitalized = sum(1 for token in tokens[1:] if token[0].isupper() and token != "I")
    lowered_text = " ".join(lowered)
    vocabulary = set(lowered)
    flags = {
        "cmp": bool(vocabulary & COMPARATIVES),
        "sup": bool(vocabulary & SUPERLATIVES),
        "claim": bool(vocabulary & CLAIM_VERBS),
        "opinion": OPINION_RE.search(lowered_text) is not None,
        "courtesy": COURTESY_RE.search(lowered_text) is not None,
        "q": "?" in vocabulary,
    }
    cues += [name for name, present in flags.items() if present]
    if capitalized:
        cues.append(f"cap:{min(capitalized, MAX_CAPITALIZED)}")
    cues.append(f"len:{_length_bin(len(tokens))}")
    padded = [START, *words, END]
    pairs = (f"b:{a} {b}" for a, b in zip(padded, padded[1:], strict=False))
    return list(dict.fromkeys([*cues, *(f"w:{word}" for word in words), *pairs]))


def _length_bin(count: int) -> int:
    return next(
        (index for index, bound in enumerate(LENGTH_BINS) if count <= bound), len(LENGTH_BINS)
    )


def transcript_features(texts: Sequence[str], *, context: bool) -> list[list[str]]:
    """Each text's features; with ``context``, also the cues of its neighbours.

    Args:
        texts: Sentences, in transcript order when ``context`` is set.
        context: Add ``prev:`` and ``next:`` copies of the neighbours' cues.

    Returns:
        One feature list per text.
    """
    own = [sentence_features(text) for text in texts]
    if not context:
        return own
    cues = [{feature for feature in features if _is_context_cue(feature)} for features in own]
    return [
        features
        + [f"prev:{cue}" for cue in sorted(cues[index - 1] if index else ())]
        + [f"next:{cue}" for cue in sorted(cues[index + 1] if index + 1 < len(own) else ())]
        for index, features in enumerate(own)
    ]


def _is_context_cue(feature: str) -> bool:
    return feature in CONTEXT_CUES or feature.startswith("cap:")


def score_checkworthiness(texts: Sequence[str]) -> list[float]:
    """How check-worthy each text is, from 0 (not at all) to 1.

    Args:
        texts: Sentences or claim texts; consecutive sentences of one text when
            the model reads the neighbours' cues (see :class:`CheckworthinessModel`).

    Returns:
        One probability per text, in order.
    """
    model = active_model()
    rows = transcript_features(texts, context=model.context)
    return [model.linear.probability(features) for features in rows]


def active_model() -> CheckworthinessModel:
    """The shipped model, or the hand-set heuristic when its file is missing."""
    return _shipped_model() or HEURISTIC


@lru_cache(maxsize=1)
def _shipped_model() -> CheckworthinessModel | None:
    data = read_model_file(
        MODEL_PATH, what="check-worthiness", without="ranking by the hand-set cues instead"
    )
    return None if data is None else read_model(data)


def read_model(data: Mapping[str, Any]) -> CheckworthinessModel:
    """The model of a model file's content.

    Raises:
        PipelineError: If the content is not a check-worthiness model of this feature set.
    """
    check_model_header(
        data,
        {"format": MODEL_FORMAT, "version": MODEL_VERSION, "feature_set": FEATURE_SET},
        what="check-worthiness",
        trainer="scripts/train_checkworthiness.py",
    )
    return CheckworthinessModel(LinearModel.from_dict(data["model"]), bool(data["context"]))
