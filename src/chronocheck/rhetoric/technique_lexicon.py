"""Word lists and phrase patterns of the persuasion techniques.

Two uses: the lists are features of the trained models (a word of the loaded
list is a cue the models weigh), and the patterns are the fallback tagger that
runs when no model file is shipped (:func:`find_lexicon_spans`). The lists are
hand-written from the technique definitions of Da San Martino et al. (EMNLP
2019), not learnt from the corpus; each cue says which technique it hints at.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from chronocheck.models import Technique

#: Emotionally charged words: loaded language.
LOADED_WORDS = frozenset(
    """
    abhorrent absurd abuse abused appalling atrocious atrocity barbaric betrayal bizarre
    blatant bloodthirsty brutal brutally callous catastrophic chaos chilling corrupt
    cowardly crazy cruel damning dangerous deadly deceitful deplorable despicable destroy
    destroyed devastating dirty disastrous disgraceful disgusting dishonest draconian
    egregious evil excruciating fanatic fanatical filthy fraudulent frightening ghastly
    grotesque gruesome hateful heinous horrendous horrible horrific horrifying hysteria
    hysterical idiotic ignorant illegal immoral infamous insane insidious lawless ludicrous
    lunatic malicious massacre menace monstrous murderous nasty nefarious notorious obscene
    odious outrage outrageous outrageously pathetic perverse plague preposterous radical
    rampant reckless ridiculous ruthless sadistic savage scandal scandalous shameful
    shameless shocking sick sinister slaughter slaughtered sleazy stupid terrible
    terrifying toxic treacherous tyrannical tyranny ugly unhinged unthinkable vicious
    vile violent wicked witch-hunt wretched
    """.split()
)
#: Insults and labels for people and groups: name calling.
NAME_CALLING_WORDS = frozenset(
    """
    alarmist bigot bigots buffoon clown clowns communist communists crook crooks
    degenerate demagogue dictator elitist elitists extremist extremists fascist fascists
    globalist globalists hack hacks hypocrite hypocrites idiot idiots jihadist jihadists
    leftist leftists liar liars libtard libtards lunatics maniac marxist marxists moron
    morons nutjob puppet puppets racist racists regime sheep snowflake snowflakes socialist
    socialists terrorist terrorists thug thugs traitor traitors tyrant zealot zealots
    """.split()
)
#: Words that blow a claim up: exaggeration.
INTENSIFIERS = frozenset(
    """
    absolutely completely entirely extremely hugely incredibly massive massively never
    enormous always totally utterly unprecedented unbelievable every entire greatest
    worst biggest tremendous literally
    """.split()
)
#: Words that frighten: appeal to fear.
FEAR_WORDS = frozenset(
    """
    threat threats threaten threatens danger dangers destroy destruction disaster doom
    terror terrorism invasion invade invaders catastrophe collapse crisis annihilation
    extinction apocalypse death deaths die kill killing war
    """.split()
)
#: Words of the nation and its people: flag-waving.
FLAG_WORDS = frozenset(
    """
    america american americans nation national patriot patriots patriotic patriotism
    homeland fatherland motherland flag freedom freedoms liberty sovereignty troops
    heroes constitution
    """.split()
)
#: Words that cast doubt on a source or a claim.
DOUBT_WORDS = frozenset(
    """
    so-called alleged allegedly supposedly purported purportedly questionable dubious
    claims claimed skeptical suspicious doubt doubts unproven
    """.split()
)
#: Words of the Nazis and their like: reductio ad Hitlerum.
HITLER_WORDS = frozenset("hitler nazi nazis gestapo stalin fascism holocaust kkk".split())

#: Each word list and the cue name its features and explanations use.
WORD_LISTS: Mapping[str, frozenset[str]] = {
    "loaded": LOADED_WORDS,
    "name": NAME_CALLING_WORDS,
    "intensifier": INTENSIFIERS,
    "fear": FEAR_WORDS,
    "flag": FLAG_WORDS,
    "doubt": DOUBT_WORDS,
    "hitler": HITLER_WORDS,
}
#: The technique each word list hints at.
CUE_TECHNIQUES: Mapping[str, Technique] = {
    "loaded": "Loaded_Language",
    "name": "Name_Calling,Labeling",
    "intensifier": "Exaggeration,Minimisation",
    "fear": "Appeal_to_fear-prejudice",
    "flag": "Flag-Waving",
    "doubt": "Doubt",
    "hitler": "Bandwagon,Reductio_ad_hitlerum",
}
#: Word -> the cue names of the lists it is in (one dictionary lookup per token).
WORD_CUES: Mapping[str, tuple[str, ...]] = {
    word: tuple(name for name, words in WORD_LISTS.items() if word in words)
    for word in frozenset().union(*WORD_LISTS.values())
}
#: A superlative adjective: "the worst", "most dangerous" (the regex is the cheap test).
SUPERLATIVE = re.compile(r"^(?:most|least|\w{3,}est)$")
#: "-est" words that are not superlatives.
NOT_SUPERLATIVES = frozenset("interest honest modest protest request suggest test west".split())


@dataclass(frozen=True, slots=True)
class Pattern:
    """A phrase that marks a technique in the fallback tagger.

    Attributes:
        technique: The technique the phrase uses.
        regex: Matches the phrase (case-insensitive); group 0 is the span.
        reason: Ends the explanation: ``'Doubt: "so-called" casts doubt on ...'``.
        score: How sure the fallback is, 0..1: hand-set, higher for unambiguous phrases.
    """

    technique: Technique
    regex: re.Pattern[str]
    reason: str
    score: float


def _pattern(technique: Technique, regex: str, reason: str, score: float) -> Pattern:
    return Pattern(technique, re.compile(regex, re.IGNORECASE), reason, score)


def _words(words: frozenset[str]) -> str:
    """An alternation matching any of ``words`` as a whole word."""
    return (
        r"\b(?:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + r")\b"
    )


#: The fallback's phrases. Scores: 0.7 for phrases that rarely mean anything else,
#: 0.5 for single cue words, whose sense depends on the sentence.
PATTERNS: tuple[Pattern, ...] = (
    _pattern(
        "Flag-Waving",
        r"\b(?:our (?:great )?(?:nation|country|homeland|flag|troops|constitution)"
        r"|(?:the )?american people|true patriots?|patriots?|make america \w+ again"
        r"|america first)\b",
        "appeals to national pride",
        0.7,
    ),
    _pattern(
        "Bandwagon,Reductio_ad_hitlerum",
        _words(HITLER_WORDS) + r"|\b(?:everyone|everybody) (?:knows|agrees)\b",
        "links the target with what everyone rejects or claims everyone agrees",
        0.7,
    ),
    _pattern(
        "Thought-terminating_Cliches",
        r"\b(?:it is what it is|enough is enough|end of story|that'?s (?:that|life)"
        r"|nothing to see here|so be it|time will tell|at the end of the day)\b",
        "is a cliché that closes the discussion",
        0.7,
    ),
    _pattern(
        "Whataboutism,Straw_Men,Red_Herring",
        r"\b(?:(?:but )?what about|how about when|why didn'?t (?:he|she|they) )\b",
        "turns to the opponent's conduct instead of answering",
        0.6,
    ),
    _pattern(
        "Doubt",
        r"\b(?:so-called|so called|allegedly|supposedly|purported(?:ly)?)\b",
        "casts doubt on the credibility of what follows",
        0.7,
    ),
    _pattern(
        "Causal_Oversimplification",
        r"\b(?:simply because|solely because|only because|all because|the (?:sole|only|real) "
        r"reason)\b",
        "reduces a complex issue to one cause",
        0.6,
    ),
    _pattern(
        "Black-and-White_Fallacy",
        r"\b(?:(?:you are|you're) either|with us or against us|the only (?:option|choice|way)"
        r"|no other (?:choice|option|way))\b",
        "offers two options as if they were the only ones",
        0.6,
    ),
    _pattern(
        "Slogans",
        r"\b(?:make america great again|build the wall|lock (?:her|him|them) up|drain the swamp"
        r"|black lives matter|no justice,? no peace|never again)\b|#\w+",
        "is a short, striking slogan",
        0.7,
    ),
    _pattern(
        "Name_Calling,Labeling",
        _words(NAME_CALLING_WORDS),
        "labels its target with an insulting name",
        0.5,
    ),
    _pattern(
        "Exaggeration,Minimisation",
        r"\b(?:of all time|in history|every single|not a single|the (?:worst|biggest|greatest))\b",
        "exaggerates",
        0.5,
    ),
    _pattern(
        "Appeal_to_fear-prejudice",
        r"\b(?:will (?:destroy|kill|wipe out)|existential threat|threat to our)\b",
        "plays on the reader's fear",
        0.6,
    ),
    _pattern(
        "Loaded_Language",
        _words(LOADED_WORDS),
        "is an emotionally charged word",
        0.5,
    ),
)
#: Readable names of the techniques, for explanations.
LABELS: Mapping[Technique, str] = {
    "Appeal_to_Authority": "Appeal to authority",
    "Appeal_to_fear-prejudice": "Appeal to fear/prejudice",
    "Bandwagon,Reductio_ad_hitlerum": "Bandwagon / reductio ad Hitlerum",
    "Black-and-White_Fallacy": "Black-and-white fallacy",
    "Causal_Oversimplification": "Causal oversimplification",
    "Doubt": "Doubt",
    "Exaggeration,Minimisation": "Exaggeration / minimisation",
    "Flag-Waving": "Flag-waving",
    "Loaded_Language": "Loaded language",
    "Name_Calling,Labeling": "Name calling",
    "Repetition": "Repetition",
    "Slogans": "Slogan",
    "Thought-terminating_Cliches": "Thought-terminating cliché",
    "Whataboutism,Straw_Men,Red_Herring": "Whataboutism / straw man / red herring",
}
#: Each technique's description, for explanations of spans with no cue word
#: ("the model reads ... as <description>").
DESCRIPTIONS: Mapping[Technique, str] = {
    "Appeal_to_Authority": "resting the claim on an authority rather than evidence",
    "Appeal_to_fear-prejudice": "playing on the reader's fear or prejudice",
    "Bandwagon,Reductio_ad_hitlerum": "appealing to what everyone does or linking to the hated",
    "Black-and-White_Fallacy": "presenting two options as the only ones",
    "Causal_Oversimplification": "reducing a complex issue to one cause",
    "Doubt": "questioning the credibility of someone or something",
    "Exaggeration,Minimisation": "exaggerating or playing down",
    "Flag-Waving": "appealing to national or group pride",
    "Loaded_Language": "emotionally charged wording",
    "Name_Calling,Labeling": "labelling its target with a loaded name",
    "Repetition": "repeating a phrase to drive it home",
    "Slogans": "a short, striking slogan",
    "Thought-terminating_Cliches": "a cliché that closes the discussion",
    "Whataboutism,Straw_Men,Red_Herring": "deflecting, distorting or changing the subject",
}


@dataclass(frozen=True, slots=True)
class LexiconHit:
    """A phrase of :data:`PATTERNS` found in the text.

    Attributes:
        technique: The pattern's technique.
        start: Start offset in the text.
        end: End offset (exclusive).
        cue: The words matched.
        explanation: One line, e.g. ``'Loaded language: "brutal" is an emotionally charged word'``.
        score: The pattern's score.
    """

    technique: Technique
    start: int
    end: int
    cue: str
    explanation: str
    score: float


def technique_label(technique: Technique) -> str:
    """A readable name: ``"Loaded_Language"`` -> ``"Loaded language"``."""
    return LABELS[technique]


def word_cues(lower: str) -> tuple[str, ...]:
    """The cue names of a lower-cased word: its lists, plus ``"superlative"`` when it is one."""
    cues = WORD_CUES.get(lower, ())
    if SUPERLATIVE.match(lower) and lower not in NOT_SUPERLATIVES:
        return (*cues, "superlative")
    return cues


def find_lexicon_spans(text: str, sentences: Sequence[tuple[int, int]]) -> list[LexiconHit]:
    """Every pattern's matches inside the sentences, the first pattern winning on overlaps.

    Args:
        text: The article text.
        sentences: Half-open character ranges of its sentences.

    Returns:
        Non-overlapping hits in text order.
    """
    hits: list[LexiconHit] = []
    taken: list[tuple[int, int]] = []
    for start, end in sentences:
        for pattern in PATTERNS:
            for match in pattern.regex.finditer(text, start, end):
                if match.end() == match.start():
                    continue
                if any(match.start() < e and s < match.end() for s, e in taken):
                    continue
                taken.append((match.start(), match.end()))
                cue = match.group()
                hits.append(
                    LexiconHit(
                        technique=pattern.technique,
                        start=match.start(),
                        end=match.end(),
                        cue=cue,
                        explanation=f'{technique_label(pattern.technique)}: "{cue}" '
                        f"{pattern.reason}",
                        score=pattern.score,
                    )
                )
    return sorted(hits, key=lambda hit: (hit.start, hit.end))
