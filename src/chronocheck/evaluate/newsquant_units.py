"""Our quantities in NewsQuant's vocabulary: value strings, unit names, change labels.

The NewsQuant scorer compares unit *names*, so a prediction counts only if it
names its unit as the gold file does: the keys of CQE's unit list (British
spelling: "kilometre", "litre"; currencies by name: "dollar", "japanese yen";
"percentage"; compound units with " per ") or, for counted things, the
lemmatised noun ("people", "worker"), and ``"-"`` for no unit. Our extractor
writes currency codes, unit symbols and nouns as written, so this module maps
them, for the evaluation only (issue #5). The tables hold standard symbols and
spellings, not cases read from the test data.
"""

from __future__ import annotations

import logging
import re

from chronocheck.evaluate.newsquant_scoring import NO_UNIT, NewsquantQuantity
from chronocheck.extract.quantity_units import UNIT_NAMES as SPELLED_OUT
from chronocheck.models import Qualifier, Quantity

LOGGER = logging.getLogger(__name__)

#: ISO 4217 codes (and the customary IRT) to the names of CQE's unit list.
CURRENCY_NAMES: dict[str, str] = {
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "RUB": "russian ruble",
    "INR": "indian rupee",
    "IRR": "iranian rial",
    "IRT": "iranian toman",
    "IQD": "iraqi dinar",
    "CHF": "swiss franc",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "NZD": "new zealand dollar",
    "HKD": "hong kong dollar",
    "SGD": "singapore dollar",
    "SAR": "saudi riyal",
    "AED": "united arab emirates dirham",
    "MYR": "malaysian ringgit",
    "ILS": "shekel",
    "DKK": "danish krone",
    "SEK": "swedish krone",
    "NOK": "norwegian krone",
    "KRW": "south korean won",
    "TRY": "turkish lira",
    "ZAR": "south african rand",
    "HRK": "croatian kuna",
    "MXN": "mexican peso",
    "BRL": "brazilian real",
    "NLG": "dutch guilder",
    "FRF": "french franc",
    "DEM": "german mark",
}
#: Unit symbols, abbreviations and spellings (lower-cased) to CQE unit-list names.
UNIT_NAMES: dict[str, str] = {
    "$": "dollar",
    "€": "euro",
    "£": "pound sterling",
    "¥": "japanese yen",
    "₹": "indian rupee",
    "¢": "cent",
    "pence": "penny",
    "%": "percentage",
    "pc": "percentage",
    "percent": "percentage",
    "per cent": "percentage",
    "pct": "percentage",
    "percentage point": "percentage point",
    "basis point": "basis point",
    "bp": "basis point",
    "bps": "basis point",
    "km": "kilometre",
    "km2": "square kilometre",
    "km²": "square kilometre",
    "sq km": "square kilometre",
    "m": "metre",
    "m2": "square metre",
    "m²": "square metre",
    "sq m": "square metre",
    "sqm": "square metre",
    "cm": "centimetre",
    "mm": "millimetre",
    "μm": "micrometre",
    "µm": "micrometre",
    "micron": "micrometre",
    "nm": "nanometre",
    "ft": "foot",
    "feet": "foot",
    "sq ft": "square foot",
    "cu ft": "cubic foot",
    "in": "inch",
    "mi": "mile",
    "yd": "yard",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "t": "metric ton",
    "tonne": "metric ton",
    "gigatonne": "gigaton",
    "lb": "pound-mass",
    "oz": "ounce",
    "l": "litre",
    "ml": "millilitre",
    "gal": "gallon",
    "pt": "pint",
    "qt": "quart",
    "ha": "hectare",
    "barrel/d": "barrel per day",
    "bpd": "barrel per day",
    "w": "watt",
    "kw": "kilowatt",
    "mw": "megawatt",
    "gw": "gigawatt",
    "kwh": "kilowatt hour",
    "mwh": "megawatt hour",
    "gwh": "gigawatt hour",
    "hp": "horsepower",
    "bhp": "brake horsepower",
    "hz": "hertz",
    "khz": "kilohertz",
    "mhz": "megahertz",
    "ghz": "gigahertz",
    "kb": "kilobyte",
    "mb": "megabyte",
    "gb": "gigabyte",
    "tb": "terabyte",
    "mbps": "megabit per second",
    "gbps": "gigabit per second",
    "mah": "milliampere-hour",
    "ppm": "part per million",
    "ppb": "parts-per-billion",
    "pa": "pascal",
    "kpa": "kilopascal",
    "mpa": "megapascal",
    "gpa": "gigapascal",
    "psi": "pound per square inch",
    "ksi": "kilopound per square inch",
    "kn": "knot",
    "mph": "mile per hour",
    "km/h": "kilometre per hour",
    "kph": "kilometre per hour",
    "mpg": "mile per gallon",
    "rpm": "revolutions per minute",
    "db": "decibel",
    "°c": "celsius",
    "°f": "fahrenheit",
    "ppg": "point per game",
    "rpg": "rebound per game",
    "apg": "assist per game",
    "time": "count",
    "fold": "count",
}
#: Plurals that no suffix rule undoes, and words that look plural but are not.
IRREGULAR_SINGULARS: dict[str, str] = {
    "people": "people",
    "men": "man",
    "children": "child",
    "aliases": "alias",
    "viruses": "virus",
    "bonuses": "bonus",
    "buses": "bus",
    "campuses": "campus",
    "censuses": "census",
    "statuses": "status",
    "crises": "crisis",
    "analyses": "analysis",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "series": "series",
    "species": "species",
    "news": "news",
    "celsius": "celsius",
    "specimen": "specimen",
    "abdomen": "abdomen",
    "regimen": "regimen",
    "movies": "movie",
    "cookies": "cookie",
    "calories": "calorie",
}
#: Plural endings replaced to give the singular, tried in order.
PLURAL_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("men", "man"),
    ("ies", "y"),
    ("sses", "ss"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("xes", "x"),
    ("zzes", "zz"),
)
#: Endings of words that are singular although they end in "s".
SINGULAR_S_ENDINGS = ("ss", "us", "sis", "'s")
#: Singulars in "-is" other than "-sis": plurals in "-is" are demonyms ("Iraqis", "Israelis").
SINGULAR_IS_WORDS = frozenset(
    "tennis axis iris penis chassis hepatitis arthritis bronchitis meningitis".split()
)
#: Shortest word whose final "s" is taken for a plural ("gas" and "bus" keep it).
MIN_PLURAL_LENGTH = 4
#: American "-meter"/"-liter" units, respelled as in CQE's list ("kilometre").
AMERICAN_SPELLING = re.compile(r"^(kilo|centi|milli|micro|nano|deci|hecto|deca)?(met|lit)er$")
#: An age written with its unit: "a 65-year-old", "30 years old", "six months of age".
AGE = re.compile(r"\b(year|month|week|day)s?[\s-]+(?:old|of\s+age)\b", re.IGNORECASE)
#: Age words just after a quantity: "30 years| old", "50| year-old".
AGE_TAIL = re.compile(
    r"[\s-]+(?:(?:year|month|week|day)s?[\s-]+)?(?:old|of\s+age)\b", re.IGNORECASE
)
#: The unit written out; a year unit without it is an age ("aged 18 to 24", "Amir, 27,").
YEAR_WORD = re.compile(r"year|yr", re.IGNORECASE)
#: How a compound unit joins its parts, in our units and in CQE's ("dollar per barrel").
PER = " per "
#: The word that opens a fall written as a range: "from 20% to 18%".
FALL_OPENER = "from"
#: How our qualifiers read as NewsQuant change labels when there is no rise or fall.
QUALIFIER_LABELS: dict[Qualifier, str] = {
    "exact": "=",
    "range": "=",
    "approximately": "~",
    "estimate": "~",
    "more-than": ">",
    "at-least": ">",
    "less-than": "<",
    "at-most": "<",
}


def to_newsquant(quantity: Quantity, text: str) -> NewsquantQuantity:
    """Our quantity as a NewsQuant gold-style record (no referred concepts).

    Args:
        quantity: A quantity extracted from ``text``.
        text: The sentence, whose words after the quantity may make it an age.
    """
    return NewsquantQuantity(
        change=change_label(quantity),
        value=format_value(quantity),
        unit=quantity.unit or NO_UNIT,
        normalized_unit=normalize_unit(quantity, text),
    )


def change_label(quantity: Quantity) -> str:
    """The NewsQuant change label: a rise or fall wins over the qualifier."""
    return quantity.change or QUALIFIER_LABELS[quantity.qualifier]


def format_value(quantity: Quantity) -> str:
    """The value as the gold file writes it: ``"2300000000"``, ``"0.4"``, ``"12-120"``.

    A range whose ends cannot be written ``low-high`` unambiguously (a negative
    end or an exponent) is written as its lower bound, the scorer having no
    notation for it.
    """
    low = format_number(quantity.value)
    if quantity.high is None:
        return low
    high = format_number(quantity.high)
    if quantity.value < 0 or quantity.high < 0 or "E" in low + high:
        LOGGER.debug("range %s..%s written as its lower bound", low, high)
        return low
    if quantity.change == "down" and quantity.text.lower().startswith(FALL_OPENER):
        # "from $36,040 to $34,935": the gold file keeps a fall's ends in text order.
        return f"{high}-{low}"
    return f"{low}-{high}"


def format_number(number: float) -> str:
    """A float without a trailing ``.0``, exponents in capitals (the scorer's ``E``)."""
    if number.is_integer():
        return str(int(number))
    return repr(number).upper()


def normalize_unit(quantity: Quantity, text: str) -> str:
    """The unit's name in NewsQuant's vocabulary, ``"-"`` when there is none.

    Ages ("30 years old") are CQE's "year of age"; currency codes become
    names; symbols and American spellings are looked up; a counted noun is
    lower-cased and its last word singularised ("Workers" to "worker"). Each
    side of a compound unit is mapped alone ("USD per barrel" to "dollar per barrel").

    Args:
        quantity: A quantity extracted from ``text``.
        text: The sentence, whose words just after the quantity may make it an age.
    """
    tail = AGE_TAIL.match(text, quantity.end)
    age = AGE.search(text, quantity.start, quantity.end if tail is None else tail.end())
    if age is not None:
        return f"{age.group(1).lower()} of age"
    if quantity.unit == "year" and not YEAR_WORD.search(quantity.text):
        # A year unit without the word: an age, "aged 45" or "Amir, 27,".
        return "year of age"
    if quantity.unit is None:
        return NO_UNIT
    return PER.join(
        CURRENCY_NAMES.get(part) or normalize_unit_name(part) for part in quantity.unit.split(PER)
    )


def normalize_unit_name(unit: str) -> str:
    """Map a unit symbol, spelling or counted noun onto CQE's unit names."""
    name = " ".join(unit.lower().strip(" -.").split())
    # Abbreviations are written with or without dots: "m.p.h." is "mph".
    for spelling in (name, name.replace(".", "")):
        if spelling in UNIT_NAMES:
            return UNIT_NAMES[spelling]
    if unit in SPELLED_OUT:
        # The extractor's own short names ("m3", "nmi"), spelled out as CQE's list does.
        return SPELLED_OUT[unit]
    *head, last = name.split(" ")
    singular = " ".join([*head, singularize(last)])
    if singular in UNIT_NAMES:
        return UNIT_NAMES[singular]
    return AMERICAN_SPELLING.sub(r"\1\2re", singular)


def singularize(word: str) -> str:
    """The singular of a lower-case English noun, by rule ("countries" to "country")."""
    if word in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[word]
    for plural, singular in PLURAL_SUFFIXES:
        if word.endswith(plural) and len(word) > len(plural):
            return word[: -len(plural)] + singular
    if word.endswith("s") and len(word) >= MIN_PLURAL_LENGTH:
        if not word.endswith(SINGULAR_S_ENDINGS) and word not in SINGULAR_IS_WORDS:
            return word[:-1]
    return word
