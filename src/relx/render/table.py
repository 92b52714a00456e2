"""Rich tables for a person reading at a terminal (fits 80 columns)."""
from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..model import Record

QUOTE_PREVIEW = 160  # characters of a quote shown in the table; JSON has it whole


def _row(table: Table, *cells: str | Text) -> None:
    """Add a row of plain text: a release's own words may hold `[...]`, which rich would
    otherwise read as markup, dropping `[sic]` and failing on an unmatched `[/x]`."""
    table.add_row(*(cell if isinstance(cell, Text) else Text(cell) for cell in cells))


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                  show_edge=False, pad_edge=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_record(record: Record) -> Group:
    parts = []
    head = Text()
    head.append(record.title or record.source or "(untitled)", style="bold")
    head.append(f"\n{record.source}", style="dim")
    head.append(f"\npublished: {record.published or '-'}")
    if record.dateline:
        head.append(f"   dateline: {record.dateline.location}")
        if record.dateline.date:
            head.append(f", {record.dateline.date}")
    parts.append(head)

    if record.organizations:
        table = _table(f"Organizations ({len(record.organizations)})", "name", "aliases", "ticker")
        for org in record.organizations:
            ticker = f"{org.ticker.exchange}: {org.ticker.symbol}" if org.ticker else ""
            name = Text(org.name, style="bold" if org.issuer else "")
            _row(table, name, ", ".join(org.aliases), ticker)
        parts.append(table)
    if record.people:
        table = _table(f"People ({len(record.people)})", "name", "aliases")
        for person in record.people:
            _row(table, person.name, ", ".join(person.aliases))
        parts.append(table)
    if record.roles:
        table = _table(f"Roles ({len(record.roles)})", "person", "title", "organization")
        for role in record.roles:
            org = role.organization or "-"
            if role.organization_inferred:
                org += " (inferred)"
            _row(table, role.person, role.title, org)
        parts.append(table)
    if record.dates:
        table = _table(f"Dates ({len(record.dates)})", "as written", "value", "granularity")
        for date in record.dates:
            _row(table, date.text, date.value or "?", date.granularity)
        parts.append(table)
    if record.quotes:
        table = _table(f"Quotes ({len(record.quotes)})", "speaker", "quote")
        for quote in record.quotes:
            _row(table, quote.speaker or "?", _shorten(quote.text, QUOTE_PREVIEW))
        parts.append(table)
    return Group(*parts)


def print_record(record: Record, console: Console) -> None:
    console.print(render_record(record))
    console.print()
