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
#: What an evidence source link must carry: no referrer, no opener.
SOURCE_LINK_REL = {"noopener", "noreferrer", "external"}


class _PageParser(HTMLParser):
    """Collect a page's tags, attributes, ids, links and the article text it shows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.attributes: list[tuple[str, str, str]] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.links: list[dict[str, str]] = []
        #: The text shown by each drawing of the article (claims layer, rhetoric layer).
        self.article_texts: list[list[str]] = []
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
            self.links.append({"tag": tag, **values})
        if "article-text" in values.get("class", "").split():
            self._article_depth = 1
            self.article_texts.append([])
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
            self.article_texts[-1].append(data)
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
    # Only the SVG namespace and evidence source links may name a web address; the
    # namespace is not fetched and a source is opened only when the reader follows it.
    sources = [link for link in parsed.links if not link["href"].startswith("#")]
    assert all(link["tag"] == "a" and link.get("class") == "source" for link in sources)
    assert all(set(link["rel"].split()) == SOURCE_LINK_REL for link in sources)
    assert all(link["href"].startswith(("http://", "https://")) for link in sources)
    addresses = [a for a in parsed.attributes if "http:" in a[2] or "https:" in a[2]]
    namespace = ("svg", "xmlns", "http://www.w3.org/2000/svg")
    assert [a for a in addresses if a != namespace] == [("a", "href", s["href"]) for s in sources]
    assert not [css for css in parsed.styles if "url(" in css or "@import" in css]
    duplicates = [name for name, count in Counter(parsed.ids).items() if count > 1]
    assert duplicates == []
    fragments = {href[1:] for href in parsed.hrefs if href.startswith("#")}
    assert fragments <= set(parsed.ids)
    # Every drawing of the article shows its text whole: one, or two with the rhetoric layer.
    assert len(parsed.article_texts) == (1 if report.rhetoric is None else 2)
    assert all("".join(shown) == report.article.text for shown in parsed.article_texts)


@pytest.mark.parametrize("fixture", ["small", "empty", "hostile", "verified", "unchecked"])
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
    # A web address holding markup is a link, but its quote cannot close the attribute.
    assert 'href="https://a.example/&#34;&gt;&lt;script&gt;"' in page
    parsed = _parse(page)
    assert "[bold]y[/bold]" in page and parsed.tags["b"] == 0


def test_page_structure(small: Report) -> None:
    page = render_html(small)
    parsed = _parse(page)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert parsed.tags["h1"] == 1
    # Article, claims, timeline, inconsistencies, (checked) omissions, rhetoric and the
    # claims most worth checking.
    assert parsed.tags["h2"] == 7
    assert "Content-Security-Policy" in page
    assert parsed.tags["svg"] == 1
    # One mark per claim segment, coloured by verdict with the kind kept as a class.
    assert {"claim-c1", "claim-c5", "detail-c3", "place-1-1", "place-1-2"} <= set(parsed.ids)
    assert 'class="claim kind-quantity verdict-unverifiable"' in page
    assert 'class="claim kind-event verdict-unchecked timex timex-relative"' in page
    assert 'class="claim kind-event verdict-contradicted timex quantity place"' in page


@pytest.mark.parametrize(
    "legend_words",
    ["event claim", "time expression</span> (underlined)", "quantity</span> (dashed underline)",
     "inconsistent place</span> (red box"],
)  # fmt: skip
def test_legend_names_each_highlight_in_words(unchecked: Report, legend_words: str) -> None:
    assert legend_words in render_html(unchecked)


def test_pieces_carry_the_layers_of_their_text(small: Report) -> None:
    pieces = highlight_pieces(small)
    assert "".join(piece.text for piece in pieces) == small.article.text
    by_text = {piece.text: piece for piece in pieces}
    assert (
        by_text["Six months later"].css == "claim kind-event verdict-unchecked timex timex-relative"
    )
    assert (
        by_text["nearly ten years"].css
        == "claim kind-event verdict-contradicted timex quantity place"
    )
    assert [m.anchor_id for m in by_text["nearly ten years"].markers] == ["place-1-2"]
    # The verdict symbol on the marker repeats the colour in text; unchecked has none.
    assert [m.marker for m in by_text["When the ceasefire took hold on "].markers] == ["c4✗"]
    assert [m.marker for m in by_text["Six months later"].markers] == ["c2"]
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


def test_checked_page_shows_packs_and_verdict_counts(verified: Report) -> None:
    page = render_html(verified)
    assert (
        "<dt>Checked against</dt><dd>iran-iraq-war 1.0.0 (The Iran–Iraq war, 1979–1988)</dd>"
        in page
    )
    for badge in ("✓ 1 supported", "✗ 2 contradicted", "± 2 contested", "? 1 unverifiable"):
        assert badge in page


def test_claim_panel_has_verdict_difference_and_evidence(verified: Report) -> None:
    page = render_html(verified)
    panel = page[page.index('<li id="detail-c4"') : page.index('<li id="detail-c5"')]
    assert 'class="panel-contradicted"' in panel
    assert '<span class="badge verdict-contradicted">✗ contradicted (0.88)</span>' in panel
    assert "<strong>Difference:</strong> the article says 19 Aug 1987; Resolution 598" in panel
    assert '<details class="evidence" open>' in panel
    assert (
        '<a class="source" href="https://undocs.org/S/RES/598(1987)?lang=en&amp;format=pdf" '
        'rel="noopener noreferrer external">UN Security Council Resolution 598 (1987)</a>'
    ) in panel
    assert "<blockquote>“Demands that, as a first step" in panel
    assert "Resolution 598 adopted (iran-iraq-war E027, score 0.88)" in panel


def test_agreeing_evidence_is_folded_and_sources_without_address_are_cited(
    verified: Report,
) -> None:
    page = render_html(verified)
    supported = page[page.index('<li id="detail-c1"') : page.index('<li id="detail-c2"')]
    assert '<details class="evidence">' in supported
    contested = page[page.index('<li id="detail-c5"') : page.index('<li id="detail-c6"')]
    assert "<cite>Encyclopaedia Iranica</cite>" in contested


def test_omissions_are_listed_with_reason_and_source(verified: Report) -> None:
    page = render_html(verified)
    section = page[page.index('<section aria-labelledby="omissions-heading">') :]
    assert '<h2 id="omissions-heading">Omissions (3)</h2>' in section
    titles = [o.title for o in verified.omissions]
    positions = [section.index(f"○ {title} (") for title in titles]
    assert positions == sorted(positions)
    assert "<strong>Why:</strong> the article covers 1980–1988" in section
    assert section.count('class="source"') == 3


def test_reference_table_rows_are_the_targets_of_the_reference_lane(verified: Report) -> None:
    parsed = _parse(render_html(verified))
    rows = [i for i in parsed.ids if i.startswith("reference-")]
    assert rows == [f"reference-{n}" for n in range(1, 8)]
    assert {h for h in parsed.hrefs if h.startswith("#reference-")} == {f"#{r}" for r in rows}


def test_claims_are_coloured_by_verdict_only_once_checked(
    verified: Report, unchecked: Report
) -> None:
    checked_page = render_html(verified)
    assert '<div class="article-text checked" lang="en">' in checked_page
    assert "verdict-contradicted" in checked_page
    page = render_html(unchecked)
    assert "<dt>Checked against</dt><dd>not checked against any reference pack</dd>" in page
    assert "<dt>Verdicts</dt>" not in page
    assert "omissions-heading" not in page
    assert "reference-1" not in page
    assert '<div class="article-text" lang="en">' in page
    assert '<details class="evidence"' not in page
