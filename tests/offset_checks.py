"""Checks shared by the robustness and property tests: every offset a record carries
points at the text it claims, in the text the record was made from."""
from __future__ import annotations

from relx.model import Record


def offset_errors(record: Record, text: str) -> list[str]:
    """Each item whose `text[start:end]` is not its own text, described; [] when all hold."""
    errors = []

    def check(kind: str, start: int, end: int, claimed: str) -> None:
        if not (0 <= start <= end <= len(text)) or text[start:end] != claimed:
            errors.append(f"{kind} {claimed!r} at {start}:{end} reads {text[start:end]!r}")

    for entity in (*record.organizations, *record.people):
        for mention in entity.mentions:
            check("mention", mention.start, mention.end, mention.text)
    for org in record.organizations:
        if org.ticker is not None:
            check("ticker", org.ticker.start, org.ticker.end, org.ticker.text)
    for role in record.roles:
        check("role title", role.start, role.end, role.title)
    for date in record.dates:
        check("date", date.start, date.end, date.text)
    for quote in record.quotes:
        check("quote", quote.start, quote.end, quote.text)
    if record.dateline is not None:
        check("dateline", record.dateline.start, record.dateline.end, record.dateline.text)
    for amount in record.amounts:
        check("amount", amount.start, amount.end, amount.text)
    announcement = record.announcement
    if announcement is not None:
        if announcement.amount is not None:
            deal = announcement.amount
            check("deal amount", deal.start, deal.end, deal.text)
        mentions = {e.name: {m.text for m in e.mentions}
                    for e in (*record.organizations, *record.people)}
        for party in announcement.parties:
            if text[party.start:party.end] not in mentions.get(party.name, set()):
                errors.append(f"party {party.role} {party.name!r} at {party.start}:{party.end} "
                              f"reads {text[party.start:party.end]!r}, no mention of it")
    return errors
