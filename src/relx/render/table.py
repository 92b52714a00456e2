"""Rich tables for a person reading at a terminal (fits 80 columns)."""
from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..model import Announcement, Record

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


def format_value(value: int | float) -> str:
    """`37,000,000`, `0.35`, `-1,300,000`: thousands separated, no float noise."""
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def _names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# How each kind reads in one line, from the parties in their roles: `{acquirer}` is every
# party in that role, joined by `and`; a part whose role has no party is left out.
SENTENCES = {
    "partnership": "{partner} partner",
    "acquisition": "{acquirer} acquires {target}| from {seller}",
    "appointment": "{employer} appoints {appointee}",
    "earnings": "{reporter} reports results",
    "product": "{maker} launches a product",
    "award": "{awardee} recognized| by {giver}",
    "expansion": "{expander} expands",
    "event": "{organizer} holds an event|{participant} takes part in an event",
    "legal": "{party}",
}


def describe_announcement(a: Announcement) -> str:
    """One line: `funding: Acme raised USD 37,000,000 (Series B), led by X with Y, Z`."""
    by_role: dict[str, list[str]] = {}
    for party in a.parties:
        if party.name not in by_role.setdefault(party.role, []):
            by_role[party.role].append(party.name)
    money = f"{a.amount.currency} {format_value(a.amount.value)}" if a.amount else ""
    if a.kind == "funding":
        leads = [p.name for p in a.parties if p.role == "investor" and p.lead]
        others = [p.name for p in a.parties if p.role == "investor" and not p.lead]
        line = f"{_names(by_role.get('recipient', [])) or '?'} raised {money or 'funds'}"
        if a.round:
            line += f" ({a.round})"
        if leads:
            line += f", led by {_names(leads)}" + (f" with {', '.join(others)}" if others else "")
        elif others:
            line += f", from {', '.join(others)}"
        return f"funding: {line}"
    parts = []
    for part in SENTENCES.get(a.kind, "").split("|"):
        roles = [r for r in by_role if "{" + r + "}" in part]
        if roles:
            parts.append(part.format_map({r: _names(by_role.get(r, [])) or "?" for r in
                                          ("partner", "acquirer", "target", "seller", "appointee",
                                           "employer", "reporter", "maker", "awardee", "giver",
                                           "expander", "organizer", "participant", "party")}))
    line = f"{a.kind}: " + ("".join(parts) if parts else "-")
    if money:
        line += f" for {money}"
    if a.period:
        line += f" ({a.period})"
    return line


def render_record(record: Record, full: bool = False) -> Group:
    """The record as tables; quotes cut to QUOTE_PREVIEW characters unless `full`."""
    parts = []
    head = Text()
    head.append(record.title or record.source or "(untitled)", style="bold")
    head.append(f"\n{record.source}", style="dim")
    head.append(f"\npublished: {record.published or '-'}")
    if record.dateline:
        head.append(f"   dateline: {record.dateline.location}")
        if record.dateline.date:
            head.append(f", {record.dateline.date}")
    if record.announcement is not None:
        head.append("\n")
        head.append(describe_announcement(record.announcement), style="italic")
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
    if record.amounts:
        table = _table(f"Amounts ({len(record.amounts)})", "as written", "value", "currency")
        for amount in record.amounts:
            _row(table, amount.text, format_value(amount.value), amount.currency)
        parts.append(table)
    if record.quotes:
        table = _table(f"Quotes ({len(record.quotes)})", "speaker", "quote")
        for quote in record.quotes:
            text = " ".join(quote.text.split()) if full else _shorten(quote.text, QUOTE_PREVIEW)
            _row(table, quote.speaker or "?", text)
        parts.append(table)
    return Group(*parts)


def print_record(record: Record, console: Console, full: bool = False) -> None:
    """On a terminal, as rich draws it. To a file or a pipe, quotes whole (nobody scrolls
    a file's table for the rest of a quote) and without the spaces rich pads each line's
    last column with, which would break `diff`, `grep ' $'` and editors' whitespace checks."""
    if console.is_terminal:
        console.print(render_record(record, full=full))
        console.print()
        return
    with console.capture() as captured:
        console.print(render_record(record, full=True))
        console.print()
    console.out("\n".join(line.rstrip() for line in captured.get().split("\n")),
                highlight=False, end="")
