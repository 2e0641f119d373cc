"""Tests for ``chronocheck.ingest.decode``: bytes to text, or a clear refusal."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.errors import IngestError
from chronocheck.ingest.decode import decode_bytes

SENTENCE = "The café in Ahvaz closed in 1980 — “for good”, its owner said.\n"


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        (SENTENCE.encode("utf-8"), None, SENTENCE),
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), None, SENTENCE),
        (codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), None, SENTENCE),
        (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), None, SENTENCE),
        (SENTENCE.encode("cp1252"), "windows-1252", SENTENCE),
        # Latin-1 labels are read as windows-1252, as browsers do, for the curly quotes.
        (SENTENCE.encode("cp1252"), "ISO-8859-1", SENTENCE),
        (SENTENCE.encode("cp1252"), '"latin1"', SENTENCE),
        # A wrong or unknown declaration falls back to UTF-8.
        (SENTENCE.encode("utf-8"), "us-ascii", SENTENCE),
        (SENTENCE.encode("utf-8"), "no-such-charset", SENTENCE),
        (b"one\r\ntwo\rthree\n", None, "one\ntwo\nthree\n"),
        (b"tab\tand form\x0cfeed", None, "tab\tand form\x0cfeed"),
    ],
)
def test_decodes(data: bytes, declared: str | None, expected: str) -> None:
    assert decode_bytes(data, source="a.txt", declared_charset=declared) == expected


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Iraq’s army crossed the border on September 22, 1980.", "cp1252"),
        ("The café in Ahvaz closed in 1980 — “for good”, its owner said.\n" * 3, "cp1252"),
        ("Le café était fermé à cause de la guerre, disait-on à Téhéran en été. " * 5, "cp1252"),
        ("Война между Ираком и Ираном длилась восемь лет. В ней погибли сотни тысяч.", "cp1251"),
    ],
)
def test_undeclared_single_byte_text_is_detected(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), source="a.txt") == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        (b"text with a \x00 in it", "looks like a binary file"),
        (bytes(range(1, 32)) * 10, "looks like a binary file"),
        (codecs.BOM_UTF8 + b"\xff\xfe broken", "not valid UTF-8"),
    ],
)
def test_refuses(data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=f"'blob.bin'.*{message}"):
        decode_bytes(data, source="blob.bin")


@settings(deadline=None)
@given(st.binary())
def test_random_bytes_decode_or_raise_ingest_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, source="random.bin")
    except IngestError:
        return
    assert "\r" not in text
    assert not text.startswith("\ufeff")


@settings(deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cc", "Cs", "Co", "Cn"])))
def test_utf8_text_comes_back_unchanged(text: str) -> None:
    assert decode_bytes(text.encode("utf-8"), source="t.txt") == text
