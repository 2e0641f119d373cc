"""Features of each token for span identification: is this token inside a technique span?

Plain strings (``"name=value"``) read from the token, its neighbours, the
lexicon and the sentence; a linear model (:class:`chronocheck.linear.LinearModel`)
sums their weights. Changing any feature means retraining: bump
:data:`SI_FEATURE_SET`.
"""

from __future__ import annotations

from collections.abc import Sequence

from chronocheck.rhetoric.technique_lexicon import word_cues
from chronocheck.rhetoric.tokens import Token, quoted_flags

#: The feature set the shipped weights were trained on.
SI_FEATURE_SET = "si-features-3"
#: Written for a neighbour beyond the sentence's ends.
EDGE = "<s>"
#: Words on each side whose bag is a feature: wide enough to see the clause.
WINDOW = 3
#: The prefix of the window-bag features.
WINDOW_PREFIX = "win="
#: Sentences are bucketed by length in steps of this many tokens (long ones share the last).
LENGTH_STEP = 10
MAX_LENGTH_BUCKET = 5
#: Relative positions in the sentence are bucketed into this many parts.
POSITION_BUCKETS = 4


def shape(text: str) -> str:
    """A coarse shape: ``"Xx"`` capitalised, ``"X"`` all capitals, ``"x"``, ``"d"``, or the text."""
    if text.isdigit():
        return "d"
    if not text[0].isalnum():
        return text
    if text.isupper():
        return "X" if len(text) > 1 else "Xx"
    return "Xx" if text[0].isupper() else "x"


def sentence_token_features(tokens: Sequence[Token], *, title: bool = False) -> list[list[str]]:
    """The features of every token of one sentence, the sentence's own included in each.

    Args:
        tokens: The sentence's tokens (see :func:`chronocheck.rhetoric.tokens.tokenize`).
        title: Whether the sentence is the article's title (the first line).

    Returns:
        One feature list per token, in order.
    """
    shared, own = split_token_features(tokens, title=title)
    lowers = [token.lower for token in tokens]
    return [
        shared + features + [f"{WINDOW_PREFIX}{word}" for word in window_words(lowers, i)]
        for i, features in enumerate(own)
    ]


def window_words(lowers: Sequence[str], i: int) -> list[str]:
    """The :data:`WINDOW` words on each side of token ``i`` (a bag: their features are summed)."""
    return [*lowers[max(0, i - WINDOW) : i], *lowers[i + 1 : i + 1 + WINDOW]]


def split_token_features(
    tokens: Sequence[Token], *, title: bool = False
) -> tuple[list[str], list[list[str]]]:
    """The sentence's features, shared by all its tokens, and each token's own features.

    The window bag (:func:`window_words`) is left out of both: scoring sums the
    shared weights once per sentence and the window's with running sums, rather
    than once per token.
    """
    count = len(tokens)
    lowers = [token.lower for token in tokens]
    padded = [EDGE, EDGE, *lowers, EDGE, EDGE]
    cues = [word_cues(lower) for lower in lowers]
    shapes = [shape(token.text) for token in tokens]
    quoted = quoted_flags(tokens)
    sentence_cues = {cue for token_cues in cues for cue in token_cues}
    shared = [
        f"slen={min(count // LENGTH_STEP, MAX_LENGTH_BUCKET)}",
        f"title={title}",
        f"exclaim={'!' in lowers}",
        f"question={'?' in lowers}",
        *(f"scue={cue}" for cue in sentence_cues),
        # The sentence's words: whether it argues at all shapes how long its spans are.
        *(f"sw={word}" for word in set(lowers) if word[0].isalnum()),
    ]
    result: list[list[str]] = []
    for i, lower in enumerate(lowers):
        p = i + 2  # index into padded
        features = [
            f"w={lower}",
            f"p3={lower[:3]}",
            f"s3={lower[-3:]}",
            f"sh={shapes[i]}",
            f"w-1={padded[p - 1]}",
            f"w+1={padded[p + 1]}",
            f"w-2={padded[p - 2]}",
            f"w+2={padded[p + 2]}",
            f"w-1|w={padded[p - 1]}|{lower}",
            f"w|w+1={lower}|{padded[p + 1]}",
            f"sh-1|sh={shapes[i - 1] if i else EDGE}|{shapes[i]}",
            f"pos={i * POSITION_BUCKETS // count}",
            f"first={i == 0}",
            f"last={i == count - 1}",
            f"quoted={quoted[i]}",
        ]
        features += [f"cue={cue}" for cue in cues[i]]
        if i:
            features += [f"cue-1={cue}" for cue in cues[i - 1]]
        if i + 1 < count:
            features += [f"cue+1={cue}" for cue in cues[i + 1]]
        result.append(features)
    return shared, result
