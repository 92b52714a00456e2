"""What a release announces: its kind, the parties in their roles, the deal's money.

A reader learns what happened from the headline, then from the sentence that states the
news (`Acme today announced ...`, usually the first of the body). The kind is read there,
from the words releases use for each kind of news: the verb (`partners with`, `raises`,
`acquires`, `appoints`, `reports ... results`, `launches`, `wins`, `opens`) or the noun
(`Series A`, `acquisition`, `partnership`, `award`). A cue in the headline outweighs one
in the news sentence; between kinds cued equally, the one the headline names first leads
(the headline leads with the main news). A release with no cue is `other`.

The parties are the record's own organizations and people (their canonical names), found
where the headline and the news sentence mention them, in the roles their place in the
sentence gives: the subject before the verb is the one who raises, acquires, launches,
reports, wins or opens; after `led by` come the lead investors, after `acquire` the target,
after `from` the seller or the investor, and so on (see the GUIDELINES table of roles).
"""
from __future__ import annotations

import re

from ...model import Amount, Announcement, DateMention, Header, Organization, Party, Person, Role
from ..textutil import doc_text, is_headline
from .kinds import SALE, choose_kind, find_cues, partnership_or_acquisition
from .money import amount_raised, deal_amount, earnings_period, funding_round
from .parties import (INVESTORS_NAMED, Named, acquisition_parties, appointed_in, appointment_parties,
                      buyers_listed,
                      award_parties, event_parties, funding_parties, legal_parties, named_in,
                      partnership_parties, subheadlines, subject_party, wire_like)

__all__ = ["find_announcement"]

# The news sentence is looked for among the first sentences of the body.
LEAD_SENTENCES = 4

# --- where the news is stated ---------------------------------------------------------------

def headline_span(text: str, header: Header) -> tuple[int, int] | None:
    if not header.title:
        return None
    at = text.find(header.title)
    return (at, at + len(header.title)) if at >= 0 else None


# A wire dateline the header did not take for one (`PRINCETON, NJ, July 01, 2024
# /24-7PressRelease/ --`): a shouted place or a date, then a dash. Its place is no party.
DATELINE_PREFIX = re.compile(
    r"[^\n]{0,160}?(?:\b[A-Z]{3,}\b|\b(?:19|20)\d\d\b|\))[^\n]{0,80}?\s?(?:--|\u2014|\u2013|\s-)\s")


def body_sentences(doc, after: int) -> list[tuple[int, int]]:
    """(start, end) of the first sentences after `after` (the headline or dateline end),
    each cut at a line break: a bullet or a subheading is a sentence of its own."""
    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if end <= after:
            continue
        start = max(start, after)
        for m in re.finditer(r"[^\n]+", text[start:end]):
            piece = (start + m.start(), start + m.end())
            opening = None if out else DATELINE_PREFIX.match(text, *piece)
            if opening:
                piece = (opening.end(), piece[1])
            if len(text[piece[0]:piece[1]].split()) >= 4:
                out.append(piece)
        if len(out) >= LEAD_SENTENCES * 2:
            break
    return out


# The verbs of a sentence that states news: `Acme today announced`, `is pleased to`.
STATES_NEWS = re.compile(r"(?i)\b(?:today|announc\w*|is (?:pleased|proud|excited|thrilled|delighted)|unveil\w*|launch\w*)\b")


def news_candidates(text: str, lead: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the news sentence may be: the body's first two sentences, or a later one of
    the opening that says `today` or `announced`. Words further on describe, they do not
    announce (`the buyers who acquire`, `a workshop-like approach`)."""
    out, sentences = [], 0
    for span in lead[:LEAD_SENTENCES * 2]:
        # a line of a few words (`Media Release`, the headline again) is no sentence
        is_sentence = len(text[span[0]:span[1]].split()) >= 8 and not is_headline(text[span[0]:span[1]])
        if (is_sentence and sentences < 2) or STATES_NEWS.search(text, *span):
            out.append(span)
        sentences += is_sentence
    return out


# --- the announcement -----------------------------------------------------------------------

def find_announcement(doc, header: Header, organizations: list[Organization], people: list[Person],
                      roles: list[Role], dates: list[DateMention], amounts: list[Amount]) -> Announcement | None:
    text = doc_text(doc)
    if not text.strip():
        return None
    head = headline_span(text, header)
    after = head[1] if head else 0
    if header.dateline is not None:
        after = max(after, header.dateline.end)
    lead = body_sentences(doc, after)
    cues = find_cues(text, *head, "headline") if head else []
    news: tuple[int, int] | None = None
    for span in news_candidates(text, lead):
        here = find_cues(text, *span, "lead")
        if here:
            cues += here
            news = span
            break
    kind, also, cue = choose_kind(cues)
    if kind == "partnership":
        kind, also, cue, news = partnership_or_acquisition(text, lead[:3], organizations, kind, also,
                                                           cue, news)
    if kind == "legal" and any(SALE.search(text, *s) for s in (head, news) if s):
        # a court or a regulator approving a sale or a merger: the deal is the news
        kind, also = "acquisition", ["legal"] + [k for k in also if k not in ("legal", "acquisition")]
    if kind == "other":
        return Announcement(kind="other", rule=f"other/{cue.where}" if cue else "no-cue", also=also)
    spans = [s for s in (head, news) if s is not None]
    # When the headline names no one, the sentence after the news one often does.
    wire = wire_like(organizations)
    named = [named_in(text, s, organizations, people, wire, head) for s in spans]
    cue_at = []
    for s in spans:
        mine = [c.start for c in cues if c.kind == kind and s[0] <= c.start < s[1]]
        cue_at.append(min(mine) if mine else s[1])
    issuer_org = next((o for o in organizations if o.issuer and o.name not in wire), None)
    issuer = None
    # The issuer stands in for a party the news sentence leaves unnamed (`we announce`)
    # only when it is named in the release's opening, outside the headline.
    opening_end = lead[LEAD_SENTENCES - 1][1] if len(lead) >= LEAD_SENTENCES else len(text)
    if issuer_org:
        m = next((m for m in issuer_org.mentions
                  if m.start < opening_end and not (head and head[0] <= m.start < head[1])), None)
        if m is not None:
            issuer = Named(issuer_org.name, m.start, m.end, False)
    args = (text, spans, named, cue_at, issuer)
    if kind == "funding":
        # who invested is often the next sentence's news (`The round was led by X`), or a
        # subheadline's (`Round led by X, with participation from Y`)
        more = [s for s in subheadlines(text, head, header) + lead[:LEAD_SENTENCES]
                if s not in spans and INVESTORS_NAMED.search(text, *s)]
        parties = funding_parties(text, spans + more,
                                  named + [named_in(text, s, organizations, people, wire, head) for s in more],
                                  cue_at + [s[0] for s in more], issuer)
    elif kind == "acquisition":
        parties = acquisition_parties(*args)
        if not any(p.role == "acquirer" for p in parties):
            # a sale in parts, one buyer a bullet: "* The sale to Acme Holdings of ..."
            rest = [s for s in lead if s not in spans]
            parties += buyers_listed(text, rest, [named_in(text, s, organizations, people, wire, head)
                                                  for s in rest])
    elif kind == "appointment":
        parties = appointment_parties(*args)
        # "John Roe will take on an expanded role as President" in the news's opening: a
        # second appointee the headline does not name
        taken = {p.name for p in parties if p.role == "appointee"}
        start = head[0] if head else 0
        parties[-1:-1] = appointed_in(roles, people, start, opening_end, taken)
    elif kind == "partnership":
        parties = partnership_parties(*args)
    elif kind == "award":
        parties = award_parties(*args)
    elif kind == "event":
        parties = event_parties(*args)
    elif kind == "legal":
        parties = legal_parties(*args)
    else:
        role = {"earnings": "reporter", "product": "maker", "expansion": "expander"}[kind]
        parties = subject_party(role, *args, person_ok=kind != "earnings")
    parties = _dedupe(parties)
    announcement = Announcement(kind=kind, rule=f"{kind}/{cue.where}" if cue else kind, also=also,
                                parties=parties)
    if {kind, *also} & {"funding", "acquisition"}:
        announcement.amount = deal_amount(text, spans + lead[:3], amounts)
        if announcement.amount is None and "funding" in (kind, *also):
            announcement.amount = amount_raised(text, amounts)
    if kind == "funding":
        announcement.round, announcement.round_rule = funding_round(text, spans)
    if kind == "earnings":
        announcement.period, announcement.period_rule = earnings_period(spans + lead[:2], dates)
    return announcement


def _dedupe(parties: list[Party]) -> list[Party]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in parties:
        if (p.role, p.name) in seen:
            continue
        seen.add((p.role, p.name))
        out.append(p)
    return out
