"""Turn the bytes of an article into text, or say why they are not text.

Decoding tries, in order: a byte-order mark, the charset the source declares
(HTTP header or HTML ``<meta>``), UTF-8, then detection with charset-normalizer.
Newlines are normalized to ``\\n`` and a byte-order mark is dropped; nothing
else in the text is rewritten, so offsets into the result stay meaningful.
"""

from __future__ import annotations

import codecs
import logging
import unicodedata

import charset_normalizer

from chronocheck.errors import IngestError
from chronocheck.ingest import messages

LOGGER = logging.getLogger(__name__)

#: Byte-order marks and their codecs; UTF-32 first because its LE mark starts like UTF-16's.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Browsers read these labels as windows-1252 (WHATWG Encoding Standard), and so do we:
#: pages that declare Latin-1 routinely use its curly quotes and dashes.
WINDOWS_1252_ALIASES = frozenset({"ascii", "iso8859-1"})

#: English text in a single-byte encoding is nearly always windows-1252, but on short
#: texts charset-normalizer often ranks a Central European code page first by a hair
#: ("café" read as "cafť"). A windows-1252 reading this close to the best one wins.
PREFERRED_SINGLE_BYTE = "cp1252"
PREFERENCE_CHAOS_MARGIN = 0.05

#: Control, unassigned, private-use and surrogate characters: none belong in prose.
NON_TEXT_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})

#: Whitespace controls that do belong in text.
TEXT_CONTROLS = frozenset("\t\n\r\f\v")

#: Share of non-text characters above which decoded bytes are called binary. Real text
#: has next to none; random bytes decoded as a single-byte charset have about 12%.
MAX_NON_TEXT_SHARE = 0.05


def decode_bytes(data: bytes, *, source: str, declared_charset: str | None = None) -> str:
    """Decode an article's bytes to text with ``\\n`` newlines and no byte-order mark.

    Args:
        data: The raw bytes.
        source: The path or URL, for error messages.
        declared_charset: The charset the source declares, if any.

    Returns:
        The decoded text.

    Raises:
        IngestError: If the bytes are binary or their encoding cannot be found.
    """
    text = _decode(data, source=source, declared_charset=declared_charset)
    if _looks_binary(text):
        raise IngestError(messages.BINARY.format(source=source))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, *, source: str, declared_charset: str | None) -> str:
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data[len(mark) :].decode(encoding)
            except UnicodeDecodeError as e:
                raise IngestError(messages.UNDECODABLE.format(source=source)) from e
    # Without a byte-order mark, a NUL byte means binary: no 8-bit text encoding uses it.
    if b"\x00" in data:
        raise IngestError(messages.BINARY.format(source=source))
    declared = _codec_name(declared_charset)
    for encoding in (declared, "utf-8") if declared else ("utf-8",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            LOGGER.debug("%s is not valid %s", source, encoding)
    return _detect(data, source=source)


def _detect(data: bytes, *, source: str) -> str:
    """Decode with the encoding charset-normalizer finds, leaning towards windows-1252."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise IngestError(messages.UNDECODABLE.format(source=source))
    match = next(
        (
            candidate
            for candidate in matches
            if PREFERRED_SINGLE_BYTE in candidate.could_be_from_charset
            and candidate.chaos <= best.chaos + PREFERENCE_CHAOS_MARGIN
        ),
        best,
    )
    LOGGER.info("%s is not UTF-8; detected %s", source, match.encoding)
    return str(match)


def _codec_name(charset: str | None) -> str | None:
    """Return Python's codec name for a declared charset, or None if it is unknown."""
    if not charset:
        return None
    try:
        name = codecs.lookup(charset.strip().strip("'\"")).name
    except LookupError:
        LOGGER.info("ignoring unknown declared charset %r", charset)
        return None
    return "cp1252" if name in WINDOWS_1252_ALIASES else name


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    non_text = sum(
        1
        for char in text
        if char not in TEXT_CONTROLS and unicodedata.category(char) in NON_TEXT_CATEGORIES
    )
    return non_text / len(text) > MAX_NON_TEXT_SHARE
