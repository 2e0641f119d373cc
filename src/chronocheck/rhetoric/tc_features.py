"""Features of a span for technique classification: which technique does it use?

The span's words, the words around it, lexicon cues, its length and how often
its words recur in the article (repetition is a technique of its own). A
multiclass linear model (:class:`chronocheck.linear.MulticlassModel`) reads
them. Changing any feature means retraining: bump :data:`TC_FEATURE_SET`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from chronocheck.rhetoric.technique_lexicon import word_cues
from chronocheck.rhetoric.tokens import QUOTES, Token, tokenize

#: The feature set the shipped weights were trained on.
TC_FEATURE_SET = "tc-features-1"
#: Words on each side of the span read as context.
CONTEXT_WORDS = 3
#: Span lengths (in tokens) are bucketed: 1, 2, 3, 4-5, 6-9, 10-19, 20+.
LENGTH_BUCKETS = (1, 2, 3, 5, 9, 19)
#: Occurrence counts are capped: "3" means three or more.
MAX_COUNT = 3
#: Where a sentence ends, for the context of a span given without its sentence.
SENTENCE_BREAK = re.compile(r"\n|[.!?][\"”’']?\s")
#: How far back a sentence break is looked for: longer than nearly every sentence,
#: and it keeps the search from rescanning the article for every span.
MAX_LOOKBACK = 600
#: Words too common for their recurrence to mean repetition.
STOP_WORDS = frozenset(
    """
    a an and are as at be been but by for from had has have he her his i in is it its of on
    or our she that the their them they this to was we were will with you not no
    """.split()
)


@dataclass(frozen=True, slots=True)
class ArticleIndex:
    """What the span features need to know about the whole article, computed once.

    Attributes:
        text: The article text.
        lower: The text lower-cased character by character, so that offsets still match.
        word_counts: How often each lower-cased word occurs.
    """

    text: str
    lower: str
    word_counts: Counter[str]

    @classmethod
    def of(cls, text: str, tokens: Iterable[Token] | None = None) -> ArticleIndex:
        """Index an article, counting its words from ``tokens`` when already tokenized."""
        lower = text.lower()
        if len(lower) != len(text):  # "İ" lowers to two characters: keep one per character
            lower = "".join(char.lower()[0] for char in text)
        words = tokenize(text) if tokens is None else tokens
        return cls(text, lower, Counter(token.lower for token in words))


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``[start, end)``: from the break before it to the break after it.

    The break before is looked for in the :data:`MAX_LOOKBACK` characters before the span only.
    """
    before = max(0, start - MAX_LOOKBACK)
    for match in SENTENCE_BREAK.finditer(text, before, start):
        before = match.end()
    after = SENTENCE_BREAK.search(text, end)
    return before, after.start() + 1 if after is not None else len(text)


def _bucket(length: int) -> int:
    return next((i for i, top in enumerate(LENGTH_BUCKETS) if length <= top), len(LENGTH_BUCKETS))


def span_features(
    index: ArticleIndex, start: int, end: int, sentence: tuple[int, int] | None = None
) -> list[str]:
    """The features of the span ``[start, end)`` of an article.

    Args:
        index: The article, indexed.
        start: Start offset of the span.
        end: End offset (exclusive).
        sentence: The sentence's range when known; otherwise found by punctuation.

    Returns:
        Feature names.
    """
    text = index.text
    sentence_start, sentence_end = sentence or sentence_around(text, start, end)
    sentence_start, sentence_end = min(sentence_start, start), max(sentence_end, end)
    words = tokenize(text, start, end)
    lowers = [token.lower for token in words] or ["<empty>"]
    before = [t.lower for t in tokenize(text, sentence_start, start)][-CONTEXT_WORDS:]
    after = [t.lower for t in tokenize(text, end, sentence_end)][:CONTEXT_WORDS]
    phrase = index.lower[start:end]
    content = [word for word in lowers if word not in STOP_WORDS and word[0].isalnum()]
    recurrence = max((index.word_counts[word] for word in content), default=0)
    features = [
        f"len={_bucket(len(words))}",
        f"first={lowers[0]}",
        f"last={lowers[-1]}",
        f"before={before[-1] if before else '<s>'}",
        f"after={after[0] if after else '</s>'}",
        f"whole_sentence={not before and len(after) <= 1}",
        f"quoted={start > 0 and text[start - 1] in QUOTES}",
        f"phrase_count={min(index.lower.count(phrase), MAX_COUNT)}",
        f"word_recurs={min(recurrence, MAX_COUNT)}",
        f"len|recurs={_bucket(len(words))}|{min(recurrence, MAX_COUNT)}",
        f"capitalised={sum(t.text[0].isupper() for t in words) * 2 > len(words)}",
        f"exclaim={'!' in text[start:sentence_end]}",
    ]
    features += [f"w={word}" for word in lowers]
    features += [f"bi={a}|{b}" for a, b in zip(lowers, lowers[1:], strict=False)]
    features += [f"ctx={word}" for word in before + after]
    features += [f"cue={cue}" for word in lowers for cue in word_cues(word)]
    if len(words) <= MAX_COUNT:
        features.append(f"phrase={' '.join(lowers)}")
    return features
