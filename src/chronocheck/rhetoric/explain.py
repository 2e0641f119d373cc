"""One-line explanations of technique spans, for the reader of a report."""

from __future__ import annotations

from chronocheck.models import Technique
from chronocheck.rhetoric.tc_features import STOP_WORDS, ArticleIndex
from chronocheck.rhetoric.technique_lexicon import (
    CUE_TECHNIQUES,
    DESCRIPTIONS,
    technique_label,
    word_cues,
)
from chronocheck.rhetoric.tokens import tokenize

#: Quoted span text longer than this is cut, so the explanation stays on one line.
MAX_QUOTED_CHARS = 60
#: Cue names that back each technique besides its own word list.
EXTRA_CUES: dict[Technique, tuple[str, ...]] = {
    "Exaggeration,Minimisation": ("superlative",),
    "Loaded_Language": ("intensifier", "superlative"),
}
#: What a cue word says about its span.
CUE_REASONS = {
    "loaded": "is an emotionally charged word",
    "name": "is a loaded label for its target",
    "intensifier": "intensifies the claim",
    "superlative": "is a superlative",
    "fear": "evokes fear",
    "flag": "appeals to national pride",
    "doubt": "casts doubt",
    "hitler": "evokes the Nazis",
}


def quote(text: str) -> str:
    """The text on one line, cut to :data:`MAX_QUOTED_CHARS` characters, in double quotes."""
    flat = " ".join(text.split())
    if len(flat) > MAX_QUOTED_CHARS:
        flat = flat[: MAX_QUOTED_CHARS - 1].rstrip() + "…"
    return f'"{flat}"'


def explain(technique: Technique, index: ArticleIndex, start: int, end: int) -> str:
    """Why ``[start, end)`` was marked with ``technique``, in one line.

    The cue word that backs the technique when the span has one
    (``'Loaded language: "brutal" is an emotionally charged word'``), how often
    the words recur for repetition, else that the model reads the span as the
    technique's description (``'Doubt: the model reads "..." as questioning the credibility
    of someone or something'``).
    """
    label = technique_label(technique)
    tokens = tokenize(index.text, start, end)
    if technique == "Repetition":
        counts = [
            (index.word_counts[t.lower], t.text)
            for t in tokens
            if t.is_word and t.lower not in STOP_WORDS
        ]
        if counts:
            count, word = max(counts)
            if count > 1:
                return f'{label}: "{word}" occurs {count} times in the article'
    wanted = {name for name, cue_technique in CUE_TECHNIQUES.items() if technique == cue_technique}
    wanted.update(EXTRA_CUES.get(technique, ()))
    for token in tokens:
        cue = next((cue for cue in word_cues(token.lower) if cue in wanted), None)
        if cue is not None:
            return f'{label}: "{token.text}" {CUE_REASONS[cue]}'
    # No cue word: say that the judgement is the model's, not a rule's.
    return f"{label}: the model reads {quote(index.text[start:end])} as {DESCRIPTIONS[technique]}"
