"""The terminal report: header, claims, timeline, inconsistencies, omissions, rhetoric, by rich.

Each claim's verdict is coloured and carries its symbol (so it reads without
colour too), followed by the part that differs and the evidence with its
source. A checked report adds the verdict counts, the packs used and the
omissions; an unchecked one says it was not checked against any pack.

Every string from the report goes into a :class:`rich.text.Text`, never into
console markup, so square brackets in an article cannot restyle the output.
The console is built with an empty environment so ``NO_COLOR``, ``COLUMNS`` or
``FORCE_COLOR`` in the caller's shell cannot change the rendering.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable, Sequence
from typing import Final

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from chronocheck.models import Claim, Inconsistency, Omission, Report, TechniqueSpan
from chronocheck.report.formatting import (
    count_noun,
    describe_counts,
    describe_entities,
    describe_entry_date,
    describe_kinds,
    describe_published,
    describe_quantity,
    describe_source,
    describe_timex,
    line_number,
    short_sha,
    trim,
)
from chronocheck.report.ordering import claims_in_text_order, timeline_in_date_order
from chronocheck.report.rhetoric import (
    NOT_ANALYSED,
    claims_by_checkworthiness,
    describe_counts_by_technique,
    describe_rhetoric_summary,
    describe_technique_span,
    describe_weaker_heading,
)
from chronocheck.report.verdicts import (
    NO_OMISSIONS,
    STATUS_SYMBOLS,
    describe_evidence,
    describe_evidence_source,
    describe_omission,
    describe_packs,
    describe_status,
    describe_verdict_count,
    is_checked,
    verdict_counts,
)

LOGGER = logging.getLogger(__name__)

CLAIM_TEXT_LIMIT = 240
QUOTE_LIMIT = 200
PLACE_TEXT_LIMIT = 120
TECHNIQUE_TEXT_LIMIT = 120
TIMELINE_LABEL_LIMIT = 80
# Wide enough for "attribution", the longest claim kind.
KINDS_COLUMN_WIDTH = 12
# Wide enough for "thought-terminating cliché (0.00, lexicon)" over two lines.
TECHNIQUE_COLUMN_WIDTH = 24
#: ANSI colours are limited to the 16 standard ones, which every terminal theme remaps legibly.
COLOR_SYSTEM: Final = "standard"
VERDICT_STYLES = {
    "unchecked": "dim",
    "supported": "bold green",
    "contradicted": "bold red",
    "contested": "bold yellow",
    "unverifiable": "dim",
}
OMISSION_STYLE = "bold magenta"
LABEL_STYLE = "bold"
DETAIL_STYLE = "dim"
HEADING_STYLE = "bold cyan"


def render_terminal(report: Report, *, color: bool = False, width: int = 100) -> str:
    """Render ``report`` for a terminal.

    Args:
        report: What chronocheck found.
        color: Emit ANSI colour and style codes.
        width: Line width in characters.

    Returns:
        The rendered text, lines at most ``width`` wide.
    """
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        color_system=COLOR_SYSTEM if color else None,
        force_terminal=color,
        force_interactive=False,
        no_color=not color,
        markup=False,
        emoji=False,
        highlight=False,
        legacy_windows=False,
        _environ={},
    )
    for renderable in _sections(report):
        console.print(renderable)
    if color:
        return buffer.getvalue()
    # Tables pad cells to the full width; the padding is noise in files and diffs.
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _sections(report: Report) -> Iterable[RenderableType]:
    """Yield the report's parts in reading order."""
    yield Rule(Text("chronocheck report", style=HEADING_STYLE))
    yield _header(report)
    yield _heading(f"Claims ({len(report.claims)}, in text order)")
    yield _claims_table(report) if report.claims else Text("No checkable claims found.")
    yield _heading(
        f"Timeline ({count_noun(len(report.timeline), 'event', 'events')}, in date order)"
    )
    yield _timeline_table(report) if report.timeline else Text("No dated events.")
    yield _heading(f"Inconsistencies ({len(report.inconsistencies)})")
    if not report.inconsistencies:
        yield Text("The article does not contradict itself on dates or numbers.")
    for number, inconsistency in enumerate(report.inconsistencies, start=1):
        yield _inconsistency(report.article.text, number, inconsistency)
    if is_checked(report):
        order = ", most important first" if report.omissions else ""
        yield _heading(f"Omissions ({len(report.omissions)}{order})")
        if not report.omissions:
            yield Text(NO_OMISSIONS)
        for number, omission in enumerate(report.omissions, start=1):
            yield _omission(number, omission)
    yield from _rhetoric_sections(report)


def _rhetoric_sections(report: Report) -> Iterable[RenderableType]:
    """Yield the persuasion techniques and the claims most worth checking."""
    rhetoric = report.rhetoric
    yield _heading(f"Rhetoric ({len(rhetoric.techniques) if rhetoric else 'not analysed'})")
    if rhetoric is None:
        yield Text(NOT_ANALYSED)
    else:
        yield Text(describe_rhetoric_summary(rhetoric))
        if rhetoric.counts:
            yield Text(describe_counts_by_technique(rhetoric), style=DETAIL_STYLE)
            yield _techniques_table(rhetoric.techniques)
        if rhetoric.weaker:
            yield Text(describe_weaker_heading(rhetoric), style=DETAIL_STYLE)
            yield _techniques_table(rhetoric.weaker)
    ranked = claims_by_checkworthiness(report.claims)
    if ranked:
        yield _heading(f"Most worth checking ({len(ranked)} of {len(report.claims)} claims)")
        yield _checkworthy_table(ranked)


def _techniques_table(spans: Sequence[TechniqueSpan]) -> Table:
    """Draw one row per technique span: id, technique and score, words and explanation."""
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column("ID", no_wrap=True)
    table.add_column("Technique", max_width=TECHNIQUE_COLUMN_WIDTH)
    table.add_column("Span", ratio=1)
    for span in spans:
        cell = Text(f"“{trim(span.text, TECHNIQUE_TEXT_LIMIT)}”")
        cell.append(f"\n{span.explanation}", style=DETAIL_STYLE)
        table.add_row(Text(span.id, style=LABEL_STYLE), Text(describe_technique_span(span)), cell)
    return table


def _checkworthy_table(claims: list[Claim]) -> Table:
    """Draw the claims most worth checking with their scores and verdicts."""
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Score", no_wrap=True)
    table.add_column("ID", no_wrap=True)
    table.add_column("Claim", ratio=1)
    table.add_column("Verdict", no_wrap=True)
    for claim in claims:
        table.add_row(
            Text(f"{claim.checkworthiness:.2f}"),
            Text(claim.id, style=LABEL_STYLE),
            Text(f"“{trim(claim.text, TECHNIQUE_TEXT_LIMIT)}”"),
            Text(describe_status(claim.verdict.label), style=VERDICT_STYLES[claim.verdict.label]),
        )
    return table


def _heading(title: str) -> RenderableType:
    """Draw a section heading, with a blank line above it."""
    return Group(Text(""), Text(title, style=HEADING_STYLE))


def _header(report: Report) -> Table:
    """Draw the article's title, source, date and fingerprint as a two-column grid."""
    article = report.article
    rows = [
        ("Title", Text(article.title or "(none)")),
        ("Source", Text(describe_source(article.source))),
        ("Published", Text(describe_published(article))),
        ("Text", Text(f"sha256 {short_sha(article.sha256)} · {len(article.text):,} characters")),
        ("Found", Text(describe_counts(report))),
        ("Checked", Text(describe_packs(report))),
    ]
    if is_checked(report):
        rows.append(("Verdicts", _verdict_summary(report)))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style=LABEL_STYLE, no_wrap=True)
    grid.add_column()
    for label, value in rows:
        grid.add_row(Text(label), value)
    return grid


def _verdict_summary(report: Report) -> Text:
    """Count the claims of each verdict, each count in its verdict's colour and symbol."""
    summary = Text()
    for number, (label, count) in enumerate(verdict_counts(report)):
        if number:
            summary.append(" · ")
        summary.append(describe_verdict_count(label, count), style=VERDICT_STYLES[label])
    return summary


def _claims_table(report: Report) -> Table:
    """Draw one row per claim: id, kinds, text with its details, verdict."""
    table = Table(box=box.SIMPLE_HEAD, show_lines=False, expand=True)
    table.add_column("ID", no_wrap=True)
    table.add_column("Kinds", max_width=KINDS_COLUMN_WIDTH)
    table.add_column("Claim", ratio=1)
    table.add_column("Verdict", no_wrap=True)
    for claim in claims_in_text_order(report.claims):
        table.add_row(
            Text(claim.id, style=LABEL_STYLE),
            Text(describe_kinds(claim)),
            _claim_cell(claim),
            _verdict_cell(claim),
        )
    return table


def _claim_cell(claim: Claim) -> Text:
    """Write a claim's words, then one line per kind of detail it has."""
    cell = Text(f"“{trim(claim.text, CLAIM_TEXT_LIMIT)}”")
    details = [("when", describe_timex(timex)) for timex in claim.times]
    details += [("amount", describe_quantity(quantity)) for quantity in claim.quantities]
    if claim.entities:
        details.append(("who/where", describe_entities(claim.entities)))
    notes = _claim_notes(claim)
    if notes:
        details.append(("note", notes))
    if claim.verdict.difference:
        details.append(("difference", claim.verdict.difference))
    for evidence in claim.verdict.evidence:
        details.append(("evidence", describe_evidence(evidence)))
        if evidence.quote:
            details.append(("quote", f"“{trim(evidence.quote, QUOTE_LIMIT)}”"))
    for label, value in details:
        cell.append("\n")
        cell.append(f"{label}: ", style=LABEL_STYLE)
        cell.append(value, style=DETAIL_STYLE)
    return cell


def _claim_notes(claim: Claim) -> str:
    """Say how the article hedges or attributes a claim, if it does."""
    notes = []
    if claim.asserted_by:
        notes.append(f"asserted by {claim.asserted_by}")
    if claim.hedged:
        notes.append("hedged")
    if claim.negated:
        notes.append("negated")
    return ", ".join(notes)


def _verdict_cell(claim: Claim) -> Text:
    """Write the verdict's symbol and label, coloured, with its confidence when known."""
    verdict = claim.verdict
    cell = Text(describe_status(verdict.label), style=VERDICT_STYLES[verdict.label])
    if verdict.confidence is not None:
        cell.append(f"\n{verdict.confidence:.2f}", style=DETAIL_STYLE)
    return cell


def _timeline_table(report: Report) -> Table:
    """Draw the timeline entries in date order."""
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column("When", no_wrap=True)
    table.add_column("Precision", no_wrap=True)
    table.add_column("Event", ratio=1)
    table.add_column("Claim", no_wrap=True)
    for entry in timeline_in_date_order(report.timeline):
        table.add_row(
            Text(describe_entry_date(entry)),
            Text(entry.precision or "?"),
            Text(trim(entry.label, TIMELINE_LABEL_LIMIT)),
            Text(entry.claim_id),
        )
    return table


def _inconsistency(text: str, number: int, inconsistency: Inconsistency) -> RenderableType:
    """Draw one inconsistency: kind and claims, the arithmetic, each place quoted."""
    title = Text(f"{number}. ", style=LABEL_STYLE)
    title.append(inconsistency.kind, style="bold red")
    if inconsistency.claim_ids:
        title.append(f" (claims {', '.join(inconsistency.claim_ids)})")
    lines = [Text(inconsistency.message)]
    for place in inconsistency.places:
        quoted = Text("▸ ", style=DETAIL_STYLE)
        quoted.append(f"“{trim(place.text, PLACE_TEXT_LIMIT)}”")
        quoted.append(
            f"  (line {line_number(text, place.start)}, characters {place.start}–{place.end})",
            style=DETAIL_STYLE,
        )
        lines.append(quoted)
    return Group(title, Padding(Group(*lines), (0, 0, 0, 3)))


def _omission(number: int, omission: Omission) -> RenderableType:
    """Draw one omission: the event and its date, why it counts, and its source."""
    title = Text(f"{number}. ", style=LABEL_STYLE)
    title.append(f"{STATUS_SYMBOLS['omitted']} {describe_omission(omission)}", style=OMISSION_STYLE)
    lines = []
    for label, value in (
        ("why", omission.reason),
        ("source", describe_evidence_source(omission.evidence)),
    ):
        line = Text(f"{label}: ", style=LABEL_STYLE)
        line.append(value, style=DETAIL_STYLE)
        lines.append(line)
    return Group(title, Padding(Group(*lines), (0, 0, 0, 3)))
