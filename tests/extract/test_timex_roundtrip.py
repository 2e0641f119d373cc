"""Round trip of the temporal tagger: a date rendered in words comes back as its value.

Issue #5, part 4. A generated date (years 1800..2099) is written in one of the
surface forms of :mod:`tests.extract.date_phrases` inside a carrier sentence,
the whole pipeline tags it, and the one time expression found must cover the
date words exactly and carry the expected TIMEX3 value, precision and ``mod``.
Relative forms are checked against a generated document date (deictic forms)
or against the date of the sentence before (anaphoric forms).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import pytest
from hypothesis import Phase, assume, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from spacy.language import Language

from chronocheck.annotate.extensions import TIMEX_SPANS
from chronocheck.annotate.pipeline import annotate
from tests.extract.date_phrases import (
    ANAPHORIC_FORMS,
    CARRIERS,
    DEICTIC_FORMS,
    SURFACE_FORMS,
    DatePhrase,
    PlacedPhrase,
    place,
    render,
    render_anaphoric,
)

LOGGER = logging.getLogger(__name__)

pytestmark = pytest.mark.slow

#: Examples per surface form inside a sentence and opening one (about 4 ms each),
#: sized so that the module runs in under 20 s.
EXAMPLES_PER_PLACEMENT = {"inside": 25, "opening": 8}
EXAMPLES_PER_RELATIVE_FORM = 20
EXAMPLES_PER_ANCHOR_CARRIER = 50

DATES = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31))
#: Document dates a year inside the range, so that "next year" stays in it too.
DCTS = st.dates(min_value=dt.date(1801, 1, 1), max_value=dt.date(2098, 12, 31))
COUNTS = st.integers(min_value=1, max_value=12)
SEED_DCT = dt.date(2024, 10, 8)

#: Carriers that put the date inside a sentence, and those that open one with it.
INSIDE_CARRIERS = tuple(carrier for carrier in CARRIERS if "{Date}" not in carrier)
OPENING_CARRIERS = tuple(carrier for carrier in CARRIERS if "{Date}" in carrier)
PLACEMENTS = {"inside": INSIDE_CARRIERS, "opening": OPENING_CARRIERS}
#: The sentence that follows a dated one and opens with the anaphoric expression.
FOLLOWING_SENTENCE = " {Date} the talks collapsed."

#: (start, end, type, value, precision, mod) of one time expression.
Reading = tuple[int, int, str, str | None, str | None, str | None]

Test = TypeVar("Test", bound=Callable[..., None])


@dataclass(frozen=True, slots=True)
class KnownFailure:
    """A known bug in one parametrised property, with an example that always shows it.

    The example runs first (hypothesis' explicit phase), so the strict ``xfail``
    holds however rarely random examples hit the bug, and flips once it is fixed.
    """

    mark: pytest.MarkDecorator
    example: dict[str, object]


#: Known bugs, marked on the one form or carrier they affect until the fix lands
#: (none open: "Early 1980", "2067 saw ..." and the flashback anchor are fixed).
ROUND_TRIP_FAILURES: dict[tuple[str, str], KnownFailure] = {}
ANAPHORA_FAILURES: dict[str, KnownFailure] = {}


def _readings(nlp: Language, text: str, dct: dt.date | None) -> list[Reading]:
    """What the pipeline tags in ``text``: one reading per time expression, in text order."""
    doc = annotate(nlp, text, dct=dct)
    spans = sorted(doc.spans[TIMEX_SPANS], key=lambda span: span.start_char)
    readings = []
    for span in spans:
        parse = span._.cc_timex
        assert (parse.start, parse.end) == (span.start_char, span.end_char), parse
        readings.append(
            (span.start_char, span.end_char, parse.type, parse.value, parse.precision, parse.mod)
        )
    return readings


def _expected(placed: PlacedPhrase, phrase: DatePhrase, offset: int = 0) -> Reading:
    start, end = offset + placed.start, offset + placed.end
    return (start, end, "DATE", phrase.value, phrase.precision, phrase.mod)


def _without_preposition(carrier: str) -> str:
    """A carrier for deictic words, which take no preposition ("on yesterday")."""
    return carrier.replace("{Prep} {date}", "{Date}").replace("{prep} ", "")


def _carrier_id(carrier: str) -> str:
    """A short test id for a carrier: its first words ("the-talks-began-prep")."""
    words = "".join(c if c.isalnum() or c == " " else " " for c in carrier).lower().split()
    return "-".join(words[:4])


def _param(*values: object, known: KnownFailure | None, case_id: str) -> object:
    return pytest.param(*values, marks=known.mark if known else (), id=case_id)


def _property(max_examples: int, known: KnownFailure | None) -> Callable[[Test], Test]:
    """Hypothesis settings for one parametrised property, with its known failure's example."""

    def decorate(test: Test) -> Test:
        if known is None:
            return hypothesis_settings(deadline=None, max_examples=max_examples)(test)
        # Shrinking an example of a known bug only costs time (seconds per form).
        phases = [Phase.explicit, Phase.reuse, Phase.generate]
        test = example(**known.example)(test)
        return hypothesis_settings(deadline=None, max_examples=max_examples, phases=phases)(test)

    return decorate


@pytest.mark.parametrize(
    ("form", "placement"),
    [
        _param(
            form,
            placement,
            known=ROUND_TRIP_FAILURES.get((form, placement)),
            case_id=f"{form}-{placement}",
        )
        for form in sorted(SURFACE_FORMS)
        for placement in PLACEMENTS
    ],
)
def test_a_date_in_a_sentence_round_trips(nlp: Language, form: str, placement: str) -> None:
    """A date inside a sentence, or opening one with a capital ("Early 1980 saw ...")."""

    @_property(EXAMPLES_PER_PLACEMENT[placement], ROUND_TRIP_FAILURES.get((form, placement)))
    @given(date=DATES, carrier=st.sampled_from(PLACEMENTS[placement]), dct=DCTS)
    def check(date: dt.date, carrier: str, dct: dt.date) -> None:
        phrase = render(form, date)
        assume(phrase is not None)
        assert phrase is not None
        placed = place(phrase, carrier)
        assert _readings(nlp, placed.text, dct) == [_expected(placed, phrase)], placed.text

    check()


@pytest.mark.parametrize("form", sorted(DEICTIC_FORMS))
@hypothesis_settings(deadline=None, max_examples=EXAMPLES_PER_RELATIVE_FORM)
@given(dct=DCTS, count=COUNTS, carrier=st.sampled_from(CARRIERS))
def test_a_deictic_date_counts_from_the_document_date(
    nlp: Language, form: str, dct: dt.date, count: int, carrier: str
) -> None:
    phrase = DEICTIC_FORMS[form](dct, count)
    placed = place(phrase, _without_preposition(carrier))
    assert _readings(nlp, placed.text, dct) == [_expected(placed, phrase)], placed.text


@pytest.mark.parametrize(
    "carrier",
    [
        _param(carrier, known=ANAPHORA_FAILURES.get(carrier), case_id=_carrier_id(carrier))
        for carrier in INSIDE_CARRIERS
    ],
)
def test_an_anaphoric_date_counts_from_the_date_before(nlp: Language, carrier: str) -> None:
    """ "Three weeks later" after a dated sentence counts from that date (TempEval).

    The dated sentence has its date inside: a date opening it is the round trip's job.
    """

    @_property(EXAMPLES_PER_ANCHOR_CARRIER, ANAPHORA_FAILURES.get(carrier))
    @given(
        form=st.sampled_from(sorted(ANAPHORIC_FORMS)),
        anchor_form=st.sampled_from(sorted(SURFACE_FORMS)),
        anchor_date=DATES.filter(lambda date: 1801 <= date.year <= 2098),
        count=COUNTS,
        dct=DCTS,
    )
    def check(form: str, anchor_form: str, anchor_date: dt.date, count: int, dct: dt.date) -> None:
        anchor = render(anchor_form, anchor_date)
        assume(anchor is not None)
        assert anchor is not None
        phrase = render_anaphoric(form, anchor, count)
        assume(phrase is not None)
        assert phrase is not None
        first = place(anchor, carrier)
        second = place(phrase, FOLLOWING_SENTENCE)
        text = first.text + second.text
        expected = [_expected(first, anchor), _expected(second, phrase, offset=len(first.text))]
        assert _readings(nlp, text, dct) == expected, text

    check()


#: (words, value, precision, mod) of each time expression expected in a text.
Expected = list[tuple[str, str, str, str | None]]


def _fixed(
    text: str,
    expected: Expected,
    dct: dt.date = SEED_DCT,
    *,
    marks: pytest.MarkDecorator | tuple[()] = (),
    case_id: str | None = None,
) -> object:
    return pytest.param(text, dct, expected, marks=marks, id=case_id)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        _fixed(
            "The talks began on 22 September 1980.",
            [("22 September 1980", "1980-09-22", "day", None)],
        ),
        _fixed(
            "The talks began on September 22, 1980.",
            [("September 22, 1980", "1980-09-22", "day", None)],
        ),
        _fixed(
            "The talks began on Sept. 22, 1980.", [("Sept. 22, 1980", "1980-09-22", "day", None)]
        ),
        _fixed("The talks began on Sep 22 1980.", [("Sep 22 1980", "1980-09-22", "day", None)]),
        _fixed(
            "It began on the 22nd of September, 1980.",
            [("the 22nd of September, 1980", "1980-09-22", "day", None)],
        ),
        _fixed("It began on 1980-09-22.", [("1980-09-22", "1980-09-22", "day", None)]),
        _fixed("It began on 22/09/1980.", [("22/09/1980", "1980-09-22", "day", None)]),
        _fixed("It began on 09/22/1980.", [("09/22/1980", "1980-09-22", "day", None)]),
        _fixed(
            "It began on Monday, September 22, 1980.",
            [("Monday, September 22, 1980", "1980-09-22", "day", None)],
        ),
        _fixed("It began on 29 February 2000.", [("29 February 2000", "2000-02-29", "day", None)]),
        _fixed("It began in Sept. 1980.", [("Sept. 1980", "1980-09", "month", None)]),
        _fixed(
            "It began in mid-September 1980.", [("mid-September 1980", "1980-09", "month", "MID")]
        ),
        _fixed("It began in 1980.", [("1980", "1980", "year", None)]),
        _fixed("It began in early 1980.", [("early 1980", "1980", "year", "START")]),
        _fixed(
            "It began in the autumn of 1980.", [("the autumn of 1980", "1980-FA", "season", None)]
        ),
        _fixed("It began in the 1980s.", [("the 1980s", "198", "decade", None)]),
        _fixed("It began in the 20th century.", [("the 20th century", "19", "century", None)]),
        _fixed(
            "It began in the nineteenth century.",
            [("the nineteenth century", "18", "century", None)],
        ),
        _fixed(
            "It began yesterday.", [("yesterday", "2000-02-29", "day", None)], dt.date(2000, 3, 1)
        ),
        _fixed(
            "It began two days ago.",
            [("two days ago", "1999-12-30", "day", None)],
            dt.date(2000, 1, 1),
        ),
        _fixed(
            "It began last month.", [("last month", "1999-12", "month", None)], dt.date(2000, 1, 31)
        ),
        _fixed("It ends next year.", [("next year", "2000", "year", None)], dt.date(1999, 12, 31)),
        _fixed(
            "It began last week.", [("last week", "2020-W53", "week", None)], dt.date(2021, 1, 4)
        ),
        _fixed(
            "It began on 25 December 1980. Three weeks later it ended.",
            [
                ("25 December 1980", "1980-12-25", "day", None),
                ("Three weeks later", "1981-01-15", "day", None),
            ],
        ),
        _fixed(
            "It began on 31 January 1980. A month later it ended.",
            [
                ("31 January 1980", "1980-01-31", "day", None),
                ("A month later", "1980-02", "month", None),
            ],
        ),
        _fixed(
            "It began in December 1980. The following year it ended.",
            [
                ("December 1980", "1980-12", "month", None),
                ("The following year", "1981", "year", None),
            ],
        ),
        _fixed(
            "It began in the autumn of 1980. Two years later it ended.",
            [
                ("the autumn of 1980", "1980-FA", "season", None),
                ("Two years later", "1982-FA", "season", None),
            ],
        ),
        _fixed(
            "Early 1980 saw the talks collapse.",
            [("Early 1980", "1980", "year", "START")],
            case_id="capital-early-year",
        ),
        _fixed(
            "Late 1980 saw the talks collapse.",
            [("Late 1980", "1980", "year", "END")],
            case_id="capital-late-year",
        ),
        _fixed(
            "2067 saw the talks collapse.",
            [("2067", "2067", "year", None)],
            case_id="bare-year-opening",
        ),
        _fixed(
            "The border had been closed on 2 May 1965. Two days later it reopened.",
            [
                ("2 May 1965", "1965-05-02", "day", None),
                ("Two days later", "1965-05-04", "day", None),
            ],
            case_id="flashback-anchor",
        ),
    ],
)
def test_fixed_examples(nlp: Language, text: str, dct: dt.date, expected: Expected) -> None:
    wanted = []
    for words, value, precision, mod in expected:
        start = text.index(words)
        wanted.append((start, start + len(words), "DATE", value, precision, mod))
    assert _readings(nlp, text, dct) == wanted
