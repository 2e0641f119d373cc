"""Tests of the HTML report: self-contained, escaped, linked and complete."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings

from chronocheck.models import Report
from chronocheck.report.html_report import highlight_pieces, render_html
from tests.report.report_strategies import reports

#: Elements that could load something from elsewhere or run code.
FORBIDDEN_TAGS = {"script", "link", "img", "iframe", "object", "embed", "base", "form", "image"}


class _PageParser(HTMLParser):
    """Collect a page's tags, attributes, ids, links and the article text it shows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.attributes: list[tuple[str, str, str]] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.article_text: list[str] = []
        self.styles: list[str] = []
        self._article_depth = 0
        self._in_marker = False
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        values = {name: value or "" for name, value in attrs}
        self.attributes += [(tag, name, value) for name, value in values.items()]
        if "id" in values:
            self.ids.append(values["id"])
        if "href" in values:
            self.hrefs.append(values["href"])
        if "article-text" in values.get("class", "").split():
            self._article_depth = 1
        elif self._article_depth and tag in {"div", "span", "mark", "a"}:
            self._article_depth += 1
        self._in_marker = self._article_depth > 0 and tag == "a"
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if self._article_depth and tag in {"div", "span", "mark", "a"}:
            self._article_depth -= 1
        self._in_marker = False
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._article_depth and not self._in_marker:
            self.article_text.append(data)
        if self._in_style:
            self.styles.append(data)


def _parse(page: str) -> _PageParser:
    parser = _PageParser()
    parser.feed(page)
    parser.close()
    return parser


def _assert_self_contained_and_linked(page: str, report: Report) -> None:
    parsed = _parse(page)
    assert not FORBIDDEN_TAGS & set(parsed.tags)
    assert not [a for a in parsed.attributes if a[1].startswith("on") or a[1] in {"src", "srcset"}]
    # Only the SVG namespace may name a web address, and it is not fetched.
    addresses = [a for a in parsed.attributes if "http:" in a[2] or "https:" in a[2]]
    assert addresses == [("svg", "xmlns", "http://www.w3.org/2000/svg")] * len(addresses)
    assert all(href.startswith("#") for href in parsed.hrefs)
    assert not [css for css in parsed.styles if "url(" in css or "@import" in css]
    duplicates = [name for name, count in Counter(parsed.ids).items() if count > 1]
    assert duplicates == []
    assert {href[1:] for href in parsed.hrefs} <= set(parsed.ids)
    assert "".join(parsed.article_text) == report.article.text


@pytest.mark.parametrize("fixture", ["small", "empty", "hostile"])
def test_page_is_self_contained_and_every_link_resolves(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    report: Report = request.getfixturevalue(fixture)
    _assert_self_contained_and_linked(render_html(report), report)


def test_hostile_text_is_escaped_everywhere(hostile: Report) -> None:
    page = render_html(hostile)
    assert page.count("<script") == 0
    assert "<img" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "javascript:alert(4)" in page  # shown as text, never as a link
    assert 'href="javascript' not in page
    parsed = _parse(page)
    assert "[bold]y[/bold]" in page and parsed.tags["b"] == 0


def test_page_structure(small: Report) -> None:
    page = render_html(small)
    parsed = _parse(page)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert parsed.tags["h1"] == 1
    assert parsed.tags["h2"] == 4
    assert "Content-Security-Policy" in page
    assert parsed.tags["svg"] == 1
    # One mark per claim segment, claims coloured by their first kind.
    assert {"claim-c1", "claim-c5", "detail-c3", "place-1-1", "place-1-2"} <= set(parsed.ids)
    assert 'class="claim kind-quantity"' in page
    assert 'class="claim kind-event timex timex-relative"' in page
    assert 'class="claim kind-event timex quantity place"' in page


@pytest.mark.parametrize(
    "legend_words",
    ["event claim", "time expression</span> (underlined)", "quantity</span> (dashed underline)",
     "inconsistent place</span> (red box"],
)  # fmt: skip
def test_legend_names_each_highlight_in_words(small: Report, legend_words: str) -> None:
    assert legend_words in render_html(small)


def test_pieces_carry_the_layers_of_their_text(small: Report) -> None:
    pieces = highlight_pieces(small)
    assert "".join(piece.text for piece in pieces) == small.article.text
    by_text = {piece.text: piece for piece in pieces}
    assert by_text["Six months later"].css == "claim kind-event timex timex-relative"
    assert by_text["nearly ten years"].css == "claim kind-event timex quantity place"
    assert [m.anchor_id for m in by_text["nearly ten years"].markers] == ["place-1-2"]
    assert by_text["September 22, 1980"].title.startswith("c1: event; supported; 1980-09-22")
    assert not by_text[".\n"].css


def test_inconsistency_links_both_places(small: Report) -> None:
    page = render_html(small)
    assert '<a href="#place-1-1">“September 22, 1980”</a> (line 1, characters 21–39)' in page
    assert '<a href="#place-1-2">“nearly ten years”</a> (line 4, characters 309–325)' in page
    assert 'id="place-1-2" href="#inconsistency-1">⚠1</a>' in page


def test_rendering_is_deterministic(small: Report) -> None:
    assert render_html(small) == render_html(small)


@settings(deadline=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports())
def test_random_reports_render_self_contained_pages(report: Report) -> None:
    _assert_self_contained_and_linked(render_html(report), report)
