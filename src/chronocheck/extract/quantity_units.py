"""Units after a number: percentages, measures, durations and currency names.

Pure Python, no spaCy. A unit is read from the words after a number ("5
square kilometres", "40 per cent", "8.99 Australian dollars") or from the
letters glued to the digits ("250ml", "5kW", "24pc"). Symbols are matched with
their case first, so that "MW" (megawatt) and "mW" stay apart and "M" is never
a metre; words are matched lower-cased and by lemma.

Each unit has a short normalized name (a symbol such as ``"km"``, a currency
code, ``"percent"``); :data:`UNIT_NAMES` spells the symbols out.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from chronocheck.models import QuantityKind

LOGGER = logging.getLogger(__name__)

PERCENT_WORDS: dict[tuple[str, ...], str] = {
    ("%",): "percent",
    ("percent",): "percent",
    ("per", "cent"): "percent",
    ("pct",): "percent",
    ("pc",): "percent",
    ("percentage", "points"): "percentage point",
    ("percentage", "point"): "percentage point",
    ("basis", "points"): "basis point",
    ("basis", "point"): "basis point",
    ("bps",): "basis point",
    ("bp",): "basis point",
}
#: Time units by lemma: a number of them is a duration.
TIME_UNITS = {
    "second": "second",
    "sec": "second",
    "minute": "minute",
    "min": "minute",
    "hour": "hour",
    "hr": "hour",
    "day": "day",
    "week": "week",
    "fortnight": "fortnight",
    "month": "month",
    "year": "year",
    "yr": "year",
    "decade": "decade",
    "century": "century",
    "millennium": "millennium",
}
#: Unit symbols, matched with their case, written apart ("5 kW") or glued ("5kW").
SYMBOL_UNITS: dict[str, str] = {
    **{symbol: symbol for symbol in "km m cm mm nm mi ft yd kg g mg t lb oz l ml cl ha".split()},
    **{symbol: symbol for symbol in "W kW MW GW kWh MWh GWh TWh V kV Hz kHz MHz GHz".split()},
    **{symbol: symbol for symbol in "dB hp bhp KB kB MB GB TB Mbps Gbps mAh".split()},
    **{symbol: symbol for symbol in "psi ksi Pa kPa MPa GPa mph kph mpg rpm ppm ppb".split()},
    **{symbol: symbol for symbol in "ppg rpg apg °C °F".split()},
    "μm": "µm",
    "µm": "µm",
    "μg": "µg",
    "µg": "µg",
    "mcg": "µg",
    "L": "l",
    "mL": "ml",
    "lbs": "lb",
    # Plurals of symbols, as some wires write them: "50 kms", "600 kgs".
    "kms": "km",
    "kgs": "kg",
    "sqm": "m2",
    "m2": "m2",
    "m²": "m2",
    "km2": "km2",
    "km²": "km2",
    "km/h": "km/h",
    "kmh": "km/h",
    "m.p.h": "mph",
    "m.p.h.": "mph",
    "bpd": "barrel/d",
    "°": "degree",
    "cc": "cc",
}
#: Symbols also recognised lower-cased ("KM", "Kwh"): those two letters or longer
#: whose lower-case form belongs to one symbol only.
LOWERCASE_SYMBOLS: dict[str, str] = {
    lowered: unit
    for lowered, unit in ((symbol.lower(), unit) for symbol, unit in SYMBOL_UNITS.items())
    if len(lowered) >= 2 and sum(s.lower() == lowered for s in SYMBOL_UNITS) == 1
}
#: Units written in words, one to three words, by lower-cased word or lemma.
WORD_UNITS: dict[tuple[str, ...], str] = {
    **{(word,): "km" for word in ("kilometre", "kilometer")},
    **{(word,): "m" for word in ("metre", "meter")},
    **{(word,): "cm" for word in ("centimetre", "centimeter")},
    **{(word,): "mm" for word in ("millimetre", "millimeter")},
    **{(word,): "µm" for word in ("micrometre", "micrometer", "micron")},
    **{(word,): "ft" for word in ("foot", "feet")},
    ("mile",): "miles",
    ("inch",): "in",
    ("yard",): "yd",
    ("nautical", "mile"): "nmi",
    **{(square, word): "km2" for square in ("square", "sq") for word in ("kilometre", "km")},
    ("square", "kilometer"): "km2",
    **{(square, word): "m2" for square in ("square", "sq") for word in ("metre", "m")},
    ("square", "meter"): "m2",
    **{(square, word): "sq ft" for square in ("square", "sq") for word in ("foot", "feet", "ft")},
    **{(square, word): "square miles" for square in ("square", "sq") for word in ("mile", "mi")},
    **{("cubic", word): "cu ft" for word in ("foot", "feet")},
    **{("cubic", word): "m3" for word in ("metre", "meter")},
    ("kilogram",): "kg",
    ("kilo",): "kg",
    ("gram",): "g",
    ("milligram",): "mg",
    ("microgram",): "µg",
    ("tonne",): "t",
    ("ton",): "t",
    ("metric", "ton"): "t",
    ("pound",): "lb",
    ("ounce",): "oz",
    ("carat",): "ct",
    **{(word,): "l" for word in ("litre", "liter")},
    **{(word,): "ml" for word in ("millilitre", "milliliter")},
    ("gallon",): "gal",
    ("pint",): "pt",
    ("quart",): "qt",
    ("barrel",): "barrel",
    **{("barrel", per, "day"): "barrel/d" for per in ("per", "a")},
    ("hectare",): "ha",
    ("acre",): "acre",
    ("watt",): "W",
    ("kilowatt",): "kW",
    ("megawatt",): "MW",
    ("gigawatt",): "GW",
    ("kilowatt", "hour"): "kWh",
    ("volt",): "V",
    ("hertz",): "Hz",
    ("decibel",): "dB",
    ("horsepower",): "hp",
    ("calorie",): "kcal",
    ("kilocalorie",): "kcal",
    ("knot",): "kn",
    ("mile", "per", "hour"): "mph",
    ("mile", "an", "hour"): "mph",
    ("kilometre", "per", "hour"): "km/h",
    ("kilometer", "per", "hour"): "km/h",
    ("degree",): "degree",
    # The degree sign split from its scale: "30 °C".
    ("°", "c"): "°C",
    ("°", "f"): "°F",
    **{("degree", word): "°C" for word in ("celsius", "centigrade", "c")},
    **{("degree", word): "°F" for word in ("fahrenheit", "f")},
    ("byte",): "B",
    ("kilobyte",): "KB",
    ("megabyte",): "MB",
    ("gigabyte",): "GB",
    ("terabyte",): "TB",
}
#: Short names spelled out, for reports and for mapping onto other vocabularies.
UNIT_NAMES: dict[str, str] = {
    "km": "kilometre",
    "m": "metre",
    "cm": "centimetre",
    "mm": "millimetre",
    "µm": "micrometre",
    "nm": "nanometre",
    "nmi": "nautical mile",
    "miles": "mile",
    "mi": "mile",
    "ft": "foot",
    "in": "inch",
    "yd": "yard",
    "km2": "square kilometre",
    "m2": "square metre",
    "sq ft": "square foot",
    "square miles": "square mile",
    "cu ft": "cubic foot",
    "m3": "cubic metre",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "µg": "microgram",
    "t": "tonne",
    "lb": "pound",
    "oz": "ounce",
    "ct": "carat",
    "l": "litre",
    "ml": "millilitre",
    "cl": "centilitre",
    "gal": "gallon",
    "pt": "pint",
    "qt": "quart",
    "barrel": "barrel",
    "barrel/d": "barrel per day",
    "ha": "hectare",
    "acre": "acre",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "kWh": "kilowatt hour",
    "MWh": "megawatt hour",
    "GWh": "gigawatt hour",
    "TWh": "terawatt hour",
    "V": "volt",
    "kV": "kilovolt",
    "Hz": "hertz",
    "kHz": "kilohertz",
    "MHz": "megahertz",
    "GHz": "gigahertz",
    "dB": "decibel",
    "hp": "horsepower",
    "bhp": "brake horsepower",
    "kcal": "kilocalorie",
    "B": "byte",
    "KB": "kilobyte",
    "kB": "kilobyte",
    "MB": "megabyte",
    "GB": "gigabyte",
    "TB": "terabyte",
    "Mbps": "megabit per second",
    "Gbps": "gigabit per second",
    "mAh": "milliampere hour",
    "psi": "pound per square inch",
    "ksi": "kilopound per square inch",
    "Pa": "pascal",
    "kPa": "kilopascal",
    "MPa": "megapascal",
    "GPa": "gigapascal",
    "kn": "knot",
    "mph": "mile per hour",
    "kph": "kilometre per hour",
    "km/h": "kilometre per hour",
    "mpg": "mile per gallon",
    "rpm": "revolution per minute",
    "ppm": "part per million",
    "ppb": "part per billion",
    "ppg": "point per game",
    "rpg": "rebound per game",
    "apg": "assist per game",
    "degree": "degree",
    "°C": "celsius",
    "°F": "fahrenheit",
    "cc": "cubic centimetre",
}
#: ISO 4217 codes, matched only in capitals, before or after the amount.
CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY CNY RMB RUB INR IRR IQD CHF AUD CAD NZD HKD SGD SAR AED KRW BRL MXN ZAR "
    "SEK NOK DKK PLN ILS".split()
)
#: ISO codes recognised in lower case too ("5 usd" in a lower-cased text): those that are
#: no English word, unlike "try", "cad" or "nok".
LOWERCASE_CODES = frozenset(
    "usd eur gbp jpy cny rmb inr chf aud nzd hkd sgd krw brl mxn zar".split()
)
#: Currency names after the amount, by lemma.
CURRENCY_NAMES = {
    "dollar": "USD",
    "euro": "EUR",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ruble": "RUB",
    "rouble": "RUB",
    "rupee": "INR",
    "rial": "IRR",
    # The toman (10 rials) has no ISO code; IRT is the customary one.
    "toman": "IRT",
    "riyal": "SAR",
    "dirham": "AED",
    "won": "KRW",
    # Currencies before the euro, common in older wire text.
    "guilder": "NLG",
    # The tagger lemmatises "guilders" as "guilde".
    "guilders": "NLG",
    "cent": "cent",
    "pence": "pence",
    "penny": "pence",
}
#: Currency names qualified by their country, by lower-cased words and lemma.
QUALIFIED_CURRENCY_NAMES: dict[tuple[str, ...], str] = {
    ("us", "dollar"): "USD",
    ("american", "dollar"): "USD",
    ("australian", "dollar"): "AUD",
    ("canadian", "dollar"): "CAD",
    ("new", "zealand", "dollar"): "NZD",
    ("hong", "kong", "dollar"): "HKD",
    ("singapore", "dollar"): "SGD",
    ("swiss", "franc"): "CHF",
    ("french", "franc"): "FRF",
    ("deutsche", "mark"): "DEM",
    ("german", "mark"): "DEM",
    ("british", "pound"): "GBP",
    ("pound", "sterling"): "GBP",
    ("indian", "rupee"): "INR",
    ("iranian", "rial"): "IRR",
    ("iraqi", "dinar"): "IQD",
    ("saudi", "riyal"): "SAR",
    ("japanese", "yen"): "JPY",
    ("chinese", "yuan"): "CNY",
}
#: Currency signs written after the amount ("1,200€"), and "p" for pence ("164p", "68 p").
TRAILING_CURRENCY_SIGNS = {
    "€": "EUR",
    "£": "GBP",
    "$": "USD",
    "¥": "JPY",
    "₹": "INR",
    "p": "pence",
    "p.": "pence",
}
#: The pound is money when the amount has a scale word ("5 million pounds").
MONEY_POUND_MIN_SCALE = 1e6
LONGEST_UNIT = max(
    len(words) for table in (WORD_UNITS, PERCENT_WORDS, QUALIFIED_CURRENCY_NAMES) for words in table
)


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit read after a number: its kind, normalized name and length in words."""

    kind: QuantityKind
    unit: str
    length: int


def match_symbol(text: str) -> UnitMatch | None:
    """Read one token, or the letters glued to digits, as a unit symbol ("kW", "ml", "%")."""
    if text in CURRENCY_CODES:
        return UnitMatch("money", text, 1)
    if text.upper() in CURRENCY_CODES and text in LOWERCASE_CODES:
        return UnitMatch("money", text.upper(), 1)
    if text in TRAILING_CURRENCY_SIGNS:
        return UnitMatch("money", TRAILING_CURRENCY_SIGNS[text], 1)
    percent = PERCENT_WORDS.get((text.lower(),))
    if percent is not None:
        return UnitMatch("percent", percent, 1)
    symbol = SYMBOL_UNITS.get(text) or LOWERCASE_SYMBOLS.get(text.lower())
    return None if symbol is None else UnitMatch("measure", symbol, 1)


def match_unit(
    texts: Sequence[str], lemmas: Sequence[str], *, scale: float = 1.0
) -> UnitMatch | None:
    """Read the unit that starts a run of words after a number.

    Args:
        texts: The words as written (symbols and codes need their case).
        lemmas: Their lower-cased lemmas (``"tonne"`` for ``"tonnes"``).
        scale: The scale word of the number ("5 million pounds" is money).

    Returns:
        The unit's kind, normalized name and length, or ``None`` for a counted noun.
    """
    if not texts:
        return None
    lowered = [text.lower() for text in texts]
    for length in range(min(LONGEST_UNIT, len(texts)), 1, -1):
        found = _match_words(tuple(lowered[:length]), tuple(lemmas[:length]), length)
        if found is not None:
            return found
    symbol = match_symbol(texts[0])
    if symbol is not None:
        return symbol
    if lemmas[0] == "pound" and scale >= MONEY_POUND_MIN_SCALE:
        return UnitMatch("money", "GBP", 1)
    return _match_words((lowered[0],), (lemmas[0],), 1)


def _match_words(words: tuple[str, ...], lemmas: tuple[str, ...], length: int) -> UnitMatch | None:
    for key in (words, lemmas):
        if key in PERCENT_WORDS:
            return UnitMatch("percent", PERCENT_WORDS[key], length)
        if key in WORD_UNITS:
            return UnitMatch("measure", WORD_UNITS[key], length)
        if key in QUALIFIED_CURRENCY_NAMES:
            return UnitMatch("money", QUALIFIED_CURRENCY_NAMES[key], length)
    if length == 1 and lemmas[0] in TIME_UNITS:
        return UnitMatch("duration", TIME_UNITS[lemmas[0]], 1)
    if length == 1 and lemmas[0] in CURRENCY_NAMES:
        return UnitMatch("money", CURRENCY_NAMES[lemmas[0]], 1)
    # "2 trillion won": the tagger reads the currency as the verb "win".
    if length == 1 and words[0] in CURRENCY_NAMES:
        return UnitMatch("money", CURRENCY_NAMES[words[0]], 1)
    return None
