"""A small offline check that a text is English.

The measure is the share of English words among the function words the text
uses from seven languages (English, French, German, Spanish, Italian,
Portuguese, Dutch), times the share of its letters that are Latin. Function
words are frequent in any sentence, even a headline, and each language's list
holds only words that are not English ones, so English prose scores near 1,
French or German prose near 0, and Persian or Russian (no Latin letters) 0. A
text without any of these function words ("Iran-Iraq War") gets the benefit of
the doubt for its Latin letters, and so does one with fewer than three (a
headline such as "El Salvador votes" must not be refused for one Spanish word).
``Settings.min_english_ratio`` (0.5) is the threshold: an English article quoting
a foreign sentence stays well above it.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass

from chronocheck.errors import IngestError
from chronocheck.ingest import messages

LOGGER = logging.getLogger(__name__)

#: Only the start of a long text is measured: it is representative and keeps this fast.
SAMPLE_CHARS = 100_000

#: Letters below this code point are Latin (Basic Latin to Latin Extended-B).
LATIN_LETTERS_END = 0x0250
#: Latin Extended Additional (Vietnamese and other diacritics).
LATIN_EXTENDED_ADDITIONAL = range(0x1E00, 0x1F00)

ENGLISH_FUNCTION_WORDS = frozenset(
    """a about after against all also an and any are as at be because been before being
    between both but by can could did do does during each for from had has have he her
    him his how i if in into is it its may me might more most must my no not of on only
    or other our out over s she should since so some such than that the their them then
    there these they this those through to under until up us was we were what when where
    which while who whom whose why will with would you your""".split()
)

# Frequent function words of other languages that reach English text (Latin phrases,
# names like "El Salvador") only rarely. English homographs are dropped below; "war",
# "die", "hat" and "son" are left out by hand, being common English words too.
_FOREIGN_WORDS = {
    "French": """au aux avec ce ces cette dans des du d elle est et être était été il ils
        l la le les leur leurs mais ne nous où ou par pas pour qu que qui sa ses sont sur
        très un une vous""",
    "German": """auch auf aus bei das dass dem den der des diese dieser durch ein eine einen
        einer er es für haben ich im ist kein keine mit nach nicht noch nur oder sich sie
        sind über und vom von vor werden wie wir wird wurde zu zum zur""",
    "Spanish": """al como con cuando de del donde el en entre era es esta este fue ha han
        hay la las le les lo los más muy para pero por que se sin sobre su sus también
        todo un una unos y ya""",
    "Italian": """alla anche che come con dei del della delle di e è era essere gli ha hanno
        il ma nel nella non per più questa questo sono stato un una""",
    "Portuguese": """ao às com da das de do dos e é ela ele em entre está foi já mais mas
        muito na não nos o os para pela pelo por que são se seu sua também um uma""",
    "Dutch": """aan bij dat de deze dit een en geen hebben heeft het hij ik maar met
        naar niet nog ook om op te van voor wat wordt worden zijn zij""",
}
FOREIGN_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split()) - ENGLISH_FUNCTION_WORDS
    for language, words in _FOREIGN_WORDS.items()
}

#: Fewer function-word hits than this are too little evidence to judge the language by.
MIN_FUNCTION_WORD_HITS = 3

WORD_PATTERN = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class LanguageEvidence:
    """What the English check measured in a text.

    Attributes:
        english_share: English hits among all function-word hits (1.0 when there are
            fewer than ``MIN_FUNCTION_WORD_HITS``).
        latin_share: Share of the letters that are Latin (0.0 when there are none).
        likeliest_other: The other language with the most hits, if any had hits.
        letters: How many letters the text has.
    """

    english_share: float
    latin_share: float
    likeliest_other: str | None
    letters: int

    @property
    def score(self) -> float:
        """The English score compared with ``Settings.min_english_ratio``."""
        return self.english_share * self.latin_share

    def describe(self) -> str:
        """Say in words why the text does not look English."""
        if not self.letters:
            guess = "no words at all"
        elif self.latin_share < 1 - self.latin_share:
            guess = "mostly non-Latin script"
        elif self.likeliest_other is not None:
            guess = f"looks like {self.likeliest_other}"
        else:
            guess = "too few English words"
        return f"English score {self.score:.2f}, {guess}"


def measure_english(text: str) -> LanguageEvidence:
    """Measure how English a text looks.

    Args:
        text: Any text.

    Returns:
        The shares the score is made of.
    """
    sample = text[:SAMPLE_CHARS]
    letters = [char for char in sample if char.isalpha()]
    latin = sum(1 for char in letters if _is_latin(char))
    words = [word.lower() for word in WORD_PATTERN.findall(sample)]
    english_hits = 0
    foreign_hits = 0
    hits_by_language: Counter[str] = Counter()
    for word in words:
        if word in ENGLISH_FUNCTION_WORDS:
            english_hits += 1
            continue
        languages = [lang for lang, vocab in FOREIGN_FUNCTION_WORDS.items() if word in vocab]
        # A word shared by several foreign lists counts once against English.
        foreign_hits += bool(languages)
        hits_by_language.update(languages)
    hits = english_hits + foreign_hits
    return LanguageEvidence(
        english_share=english_hits / hits if hits >= MIN_FUNCTION_WORD_HITS else 1.0,
        latin_share=latin / len(letters) if letters else 0.0,
        likeliest_other=hits_by_language.most_common(1)[0][0] if hits_by_language else None,
        letters=len(letters),
    )


def check_english(text: str, *, source: str, min_ratio: float) -> None:
    """Raise unless the text looks English.

    Args:
        text: The article text.
        source: The path or URL, for the error message.
        min_ratio: The lowest English score accepted.

    Raises:
        IngestError: If the text's English score is below ``min_ratio``.
    """
    evidence = measure_english(text)
    LOGGER.debug("%s: %s", source, evidence)
    if evidence.score < min_ratio:
        raise IngestError(messages.NOT_ENGLISH.format(source=source, verdict=evidence.describe()))


def _is_latin(char: str) -> bool:
    code_point = ord(char)
    return code_point < LATIN_LETTERS_END or code_point in LATIN_EXTENDED_ADDITIONAL
