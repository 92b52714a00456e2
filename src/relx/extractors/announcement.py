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
from dataclasses import dataclass

from ..model import (Amount, Announcement, DateMention, DealAmount, Header, Organization, Party,
                     Person, Role)
from ..textutil import doc_text, is_headline

# --- the cues of each kind ------------------------------------------------------------------

# Each cue: (kind, weight, pattern). A verb that states the news carries 3; a noun that
# names a kind of news 2; a word that only hints at it 1. Patterns are matched with
# IGNORECASE on the headline and the news sentence.
CUES: list[tuple[str, int, str]] = [
    # funding: money raised, granted or invested in an organization
    ("funding", 3, r"\brais(?:es|ed|ing)\b(?=[^.]{0,60}(?:[$€£¥]|\bfund|\bcapital\b|\bround\b|\bseed\b|\bseries\b|\bfinancing\b|\binvestment|\bmillion\b|\bbillion\b|\d\s?[mMbBkK]\b))"),
    ("funding", 3, r"\b(?:secur|clos|complet|receiv|land|obtain)(?:es|ed|ing|e|s)?\b[^.]{0,50}\b(?:funding|funds|financing|investment|seed round|series [a-h]\b|round of|grants?\b|capital raise|private placement)"),
    ("funding", 3, r"\b(?:series [a-h]|seed|pre-seed|growth|venture|strategic|equity|debt)\s(?:funding|financing|round|investment|capital)\b"),
    ("funding", 3, r"\binvests?\b[^.]{0,40}\bin\b|\binvestment (?:from|led by|in)\b|\bled by\b[^.]{0,60}\b(?:ventures|capital|partners|investors?)\b"),
    ("funding", 3, r"\bawards?\b[^.]{0,60}\b(?:funds|funding|grants?)\b|\bgrants? (?:of|to)\b[^.]{0,20}\$"),
    ("funding", 2, r"\b(?:initial public offering|IPO|private placement|presale|pre-sale|crowdfunding|funding round)\b"),
    # a gift is funding received: `Acme Gives to the Food Bank`, `donates $50,000 to`
    ("funding", 3, r"\b(?:donat(?:es|ed|ing|ion)|gives? (?:back )?to|gave to|pledg(?:es|ed))\b"),
    ("funding", 2, r"\b(?:equity|minority|majority|controlling|non-controlling) (?:interest|stake)\b"),
    # acquisition: buying, merging with, taking over a company or a business
    ("acquisition", 3, r"\b(?:acquir(?:es|ed|e|ing)|to be acquired|buys|bought|takes? over|merg(?:es|ed|e|ing) with)\b"),
    ("acquisition", 3, r"\b(?:acquisition|merger|takeover|buyout) (?:of|by|with)\b|\bcompletes?\b[^.]{0,30}\b(?:acquisition|merger|sale|purchase)\b"),
    ("acquisition", 2, r"\b(?:acquisition|merger)\b|\bsale of\b[^.]{0,60}\bto\b"),
    # partnership: working together
    ("partnership", 3, r"\bpartner(?:s|ed|ing)? (?:with|to)\b|\bteam(?:s|ed|ing)? up\b|\bjoin(?:s|ed|ing)? forces\b|\bcollaborat(?:es|ed|e|ing) (?:with|to|on)\b"),
    ("partnership", 3, r"\b(?:signs?|signed|signing|enters?|entered|inks?|forms?|announces?|expands?|renews?|extends?) (?:a |an |the |its |new |strategic |multi-year )*(?:\w+ ){0,3}?(?:partnership|alliance|collaboration|joint venture|memorandum of understanding|mou|(?:\w+ )?agreement with)\b"),
    ("partnership", 2, r"\b(?:partnership|strategic alliance|collaboration|joint venture|integration with|co-marketing|agreement with)\b|\b(?:distribution|licensing|supply|sponsorship|reseller|channel|commercial|co-marketing|strategic) (?:deal|agreement)\b"),
    # appointment: a person takes a role
    ("appointment", 3, r"\b(?:appoint(?:s|ed|ing|ment of)?|hires?|hired|promot(?:es|ed|ion of)|elect(?:s|ed)|names\b(?=[^.]{0,60}\b(?:as|to|chief|ceo|cfo|president|director|head)\b)|named (?:as )?(?:the |its |new )*(?:chief|ceo|cfo|coo|cto|president|chair|director|head|vice|general|managing|executive)\b|welcom(?:es|ed|ing)\b[^.]{0,60}\bas\b)"),
    ("appointment", 3, r"\b(?:joins?|joined|adds?|added)\b[^.]{0,60}\b(?:as (?:its |the |new )*(?:chief|ceo|cfo|coo|cto|president|chair|director|head|vice|general|managing|senior|executive|partner)|to (?:its |the )?board)\b"),
    ("appointment", 3, r"\bannounc(?:es|ed|ing|e) (?:the |its |two |three |several |key |new |leadership |executive )*(?:promotions?|appointments?|hires?)\b|\bpromotions? of\b"),
    ("appointment", 2, r"\bnew (?:chief|ceo|cfo|coo|cto|president|chair(?:man|woman)?|vice[- ]chancellor|chancellor|director|head|dean|principal|executive director|managing director|general manager)\b|\bboard of directors\b|\bsteps? down\b|\bsucceeds?\b"),
    # earnings: results for a period
    ("earnings", 3, r"\b(?:quarter|quarterly|fiscal|full[- ]year|year[- ]end|half[- ]year|interim|financial|operating|q[1-4]|[1-4]q|[12]h)\b[^.]{0,30}\b(?:results|earnings)\b"),
    ("earnings", 3, r"\b(?:results|earnings) (?:for|of) (?:the |its )?(?:first|second|third|fourth|quarter|fiscal|full|year|half|three|six|nine|twelve)\b|\bearnings (?:call|release|report)\b"),
    # product: something new to use or buy
    ("product", 3, r"\b(?:launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:es|ed|ing)|debut(?:s|ed|ing)?|releas(?:es|ed|ing)|roll(?:s|ed|ing)? out|rolls? out|rebrands?|announces? (?:the )?availability)\b"),
    ("product", 2, r"\b(?:now available|available now|new (?:app|platform|product|service|feature|version|solution|tool|program|programme|line|collection|book|album|website|brand|model|menu|offering|course)s?|beta|presale|token)\b"),
    # award: won, ranked, certified, recognized
    ("award", 3, r"\b(?:wins?|won|winners?|honou?r(?:s|ed)|recogni[sz](?:es|ed)|awarded|earns?|receives?|named (?:to|one of|among|a|an|the)\b|finalists?|ranks?|ranked|certified|accredited|nominated)\b(?=[^.]{0,80}\b(?:awards?|prize|honou?r|list|top|best|finalist|winner|recognition|certification|accreditation|designation|medal|gold|silver|fellow|ranking|of the year)\b)"),
    ("award", 3, r"\b(?:certified|accredited)\b(?! public accountant)|\bon the cover of\b|\b(?:nominated|shortlisted|finalists?)\b"
                  r"|\b(?:recogni[sz]ed|honou?red) (?:for|as|by|with|among)\b|\bnames?\b[^.]{0,40}\b(?:best|top \d+|winners?|finalists?|honorees?)\b"),
    ("award", 2, r"\b(?:awards?|prize|certifications?|accreditation|hall of fame|of the year|best places)\b"),
    # expansion: a new place, a new market
    ("expansion", 3, r"\bopen(?:s|ed|ing)?\b(?! (?:call|registration|applications|nominations|enrollment|its doors|doors))(?=[^.]{0,60}\b(?:office|location|store|facility|plant|headquarters|hq|branch|clinic|center|centre|hub|campus|dispensary|restaurant|shop|factory|warehouse|studio|residen\w*|hospital|site|program|first|new|in)\b)"),
    ("expansion", 3, r"\bexpand(?:s|ed|ing)?\b(?=[^.]{0,40}\b(?:into|to|in|presence|footprint|operations|office|offices|locations?|facility|headquarters|reach|network|abroad|internationally|globally)\b)|\b(?:enters?|entering|entry into)\b[^.]{0,30}\bmarkets?\b|\brelocat(?:es|ed|ion)\b|\bbreaks? ground\b|\bgrand opening\b"),
    ("expansion", 2, r"\bexpansion\b"),
    ("expansion", 3, r"\b(?:new (?:[\w-]+ ){0,3}?(?:office|location|headquarters|facility|plant|store|branch|campus|hub|research institutes?|institutes?|centre|center))\b"),
    # event: something held, hosted or attended
    ("event", 3, r"\b(?:host(?:s|ed|ing)?|to host|will host|organi[sz](?:es|ed)|present(?:s|ing)? (?:at|data at)|to present|exhibit(?:s|ing)? at|showcas(?:es|e|ing) at|speak(?:s|ing)? at|attend(?:s|ing)?|participat(?:es|ing) in|returns? to|celebrat(?:es|ed|ing))\b"),
    ("event", 2, r"\b(?:conference|summit|webinar|expo|exhibition|festival|fest|gala|trade show|fair|ceremony|forum|hackathon|symposium|convention|concert|tour|event|tournament|fundraiser|open house|roundtable|presentation)\b"),
    # an event that launches, debuts or opens is held, not sold
    ("event", 4, r"\b(?:conference|summit|webinar|expo|exhibition|festival|fest|gala|fair|ceremony|forum|event|experience|series|tour)\s(?:launch(?:es|ed)?|debuts?|returns?|kicks? off|opens?|begins?)\b"),
    # legal: courts, rulings, regulators, policy
    ("legal", 3, r"\b(?:court|lawsuit|sues|sued|ruling|verdict|settle(?:s|d|ment)|plead(?:s|ed)? guilty|indicted|charged|class action|litigation|executive order|injunction|appeals? court|supreme court|regulators?|attorney general|consent order)\b"),
    # other: research findings, interviews, advice, opinion. Scored like a kind so that
    # `Survey Finds` or `Q&A with` outweighs a stray verb (`released its survey`).
    ("other", 3, r"\b(?:survey|study|research|report|poll|index|analysis|data)\b[^.]{0,40}\b(?:finds?|found|reveals?|shows?|says|suggests?|highlights?)\b"
                 r"|^\W*(?:q&a|q&amp;a|interview|why|how|what|when|where|top \d+|\d+ (?:ways|tips|reasons|things))\b|\b(?:op-ed|opinion|commentary|guide to|tips (?:for|to))\b"),
    ("legal", 2, r"\b(?:law|legislation|bill|regulation|regulatory|policy|lawmakers|approval|approves|approved|ban|bans|complaint)\b"),
]
KINDS = ("partnership", "funding", "acquisition", "appointment", "earnings", "product", "award",
         "expansion", "event", "legal", "other")
COMPILED = [(kind, weight, re.compile(pattern, re.IGNORECASE | re.MULTILINE)) for kind, weight, pattern in CUES]
# The headline states the news; the news sentence restates it in full. A cue counts this
# many times more in the headline.
HEADLINE_WEIGHT = 2
# Below this score nothing is announced in words a reader would take for one kind: a
# noun in the headline (2 x HEADLINE_WEIGHT) or a verb in the news sentence is needed.
MIN_SCORE = 3
# The news sentence is looked for among the first sentences of the body.
LEAD_SENTENCES = 4


@dataclass(slots=True)
class Cue:
    kind: str
    weight: int
    start: int  # offset in the document
    end: int
    where: str  # "headline" or "lead"


def find_cues(text: str, lo: int, hi: int, where: str) -> list[Cue]:
    """Every cue in text[lo:hi]. A cue inside a stronger one of another kind is the
    stronger one's word (`Event Launches`: an event held, not a product launched)."""
    cues = []
    for kind, weight, pattern in COMPILED:
        for m in pattern.finditer(text, lo, hi):
            cues.append(Cue(kind, weight, m.start(), m.end(), where))
    return [c for c in cues
            if not any(o.kind != c.kind and o.weight > c.weight and o.start <= c.start < o.end
                       for o in cues)]


def choose_kind(cues: list[Cue]) -> tuple[str, list[str], Cue | None]:
    """(kind, also, the cue that decided it). A kind scores the best weight of its
    cues in the headline times HEADLINE_WEIGHT plus its best in the news sentence; ties go
    to the kind the headline names first."""
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    best: dict[str, Cue] = {}
    for where in ("headline", "lead"):
        factor = HEADLINE_WEIGHT if where == "headline" else 1
        for kind in KINDS:
            here = [c for c in cues if c.kind == kind and c.where == where]
            if not here:
                continue
            top = max(here, key=lambda c: (c.weight, -c.start))
            score[kind] = score.get(kind, 0) + top.weight * factor
            first[kind] = min(first.get(kind, 10**9), min(c.start for c in here))
            best.setdefault(kind, top)
    ranked = sorted(score, key=lambda k: (-score[k], first[k]))
    if not ranked or score[ranked[0]] < MIN_SCORE:
        return "other", [], None
    kind = ranked[0]
    also = [k for k in ranked[1:] if score[k] >= score[kind] - 1]
    return kind, also, best[kind]


SALE = re.compile(r"(?i)\b(?:sales? (?:of|transactions?|process)|acquisition|merger|takeover)\b")
# `acquiring Acme`, `the acquisition of Acme`, `to acquire Acme`: a company bought.
BUYS_COMPANY = re.compile(r"(?i)\b(?:acquir(?:es|ed|e|ing)|acquisition of|merg(?:es|er|ing) with|to buy)\s(?:the\s)?")


def partnership_or_acquisition(text: str, lead: list[tuple[int, int]], organizations: list[Organization],
                               kind: str, also: list[str], cue: Cue | None, news):
    """A deal told as `joining forces` or a `partnership` whose first sentences say one
    side acquires the other is an acquisition: releases soften a takeover, they do not
    call a partnership an acquisition."""
    starts = {m.start for o in organizations for m in o.mentions}
    for lo, hi in lead:
        for m in BUYS_COMPANY.finditer(text, lo, hi):
            if m.end() in starts:
                found = Cue("acquisition", 3, m.start(), m.end(), "lead")
                return ("acquisition", [kind] + [k for k in also if k != "acquisition"], found,
                        (lo, hi))
    return kind, also, cue, news


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


# --- entities in a span ---------------------------------------------------------------------

@dataclass(slots=True)
class Named:
    name: str
    start: int
    end: int
    person: bool


TICKER_BEFORE = re.compile(r"\(\s?[A-Za-z][\w .]{0,20}:\s?$")


def named_in(text: str, span: tuple[int, int], organizations: list[Organization], people: list[Person],
             wire_names: set[str], headline: tuple[int, int] | None) -> list[Named]:
    """The record's entities mentioned inside `span`, in text order; of overlapping
    mentions the longest (`Acme Bank` over `Acme`). An entity named only in the headline
    is left out: a party to the news is named in the body too, and a headline's capitals
    make names of phrases (`Announces New Channel`)."""
    lo, hi = span
    found = []
    for entity, is_person in [(o, False) for o in organizations] + [(p, True) for p in people]:
        if entity.name in wire_names:
            continue
        if headline and all(headline[0] <= m.start < headline[1] for m in entity.mentions):
            continue
        for m in entity.mentions:
            if TICKER_BEFORE.search(text, max(0, m.start - 30), m.start):
                continue  # `(NASDAQ: MULN)`: a symbol, the company is named beside it
            if lo <= m.start and m.end <= hi:
                found.append(Named(entity.name, m.start, m.end, is_person))
    found.sort(key=lambda n: (n.start, -(n.end - n.start)))
    kept: list[Named] = []
    for n in found:
        if kept and n.start < kept[-1].end:
            continue
        kept.append(n)
    return kept


# A newswire, a stock exchange or a news outlet is not a party to the news.
NOT_PARTY = re.compile(r"(?i)wire|newswire|press release|nasdaq|nyse|\bstock exchange\b|\botc\b|\btsx\b|\bcse\b|newsramp|\bnews\b")


def wire_like(organizations: list[Organization]) -> set[str]:
    return {o.name for o in organizations if NOT_PARTY.search(o.name)}


# --- roles ----------------------------------------------------------------------------------

# The words after which an entity is not the news's subject but something else: a client
# list, an appositive description, an example.
ASIDE = re.compile(r"(?i)\b(?:such as|including|like|clients?|customers?|formerly|previously|from)\b[^.]{0,80}$")
INVESTED_IN = re.compile(r"(?i)\b(?:investment|invests?|stake|interest|funding) in (?:the )?")
# `for clients like X, Y`: a list of customers, not of investors.
CLIENTS = re.compile(r"(?i)\b(?:clients?|customers?|users?|brands?|enterprises)\b(?:\s(?:like|such as|including))?[^.]{0,80}$")
LED_BY = re.compile(r"(?i)\b(?:co-)?led by\b")
INVESTOR_INTRO = re.compile(
    r"(?i)\b(?:(?:co-)?led by|participation (?:from|of|by)|joined by|along with|backed by|"
    r"investors?(?: include| including|,)|investment (?:from|by)|funding from|financing from|"
    r"capital from|from|with)\b")
LEAD_END = re.compile(r"(?i)\b(?:with (?:additional |further |continued |new )?participation|"
                      r"joined by|along with|as well as|alongside|and (?:existing|new|other|additional)|"
                      r"participation from)\b|;|\.")
TARGET_INTRO = re.compile(r"(?i)\b(?:acquir(?:es|ed|e|ing)|acquisition of|to buy|buys|bought|merg(?:es|ed|e|er) with|purchase of|takes? over|takeover of|by acquiring)\b")
PASSIVE_ACQUIRED = re.compile(r"(?i)\b(?:to be |been |is |was )?acquired by\b|\bacquisition by\b|\bsells?\b|\bsold\b|\bsales? (?:of|transactions?)\b")
GIVER_INTRO = re.compile(r"(?i)\b(?:by|from|of)\b")
PARTICIPANT_CUES = re.compile(r"(?i)\b(?:present(?:s|ing)?|to present|exhibit(?:s|ing|or)?|attend(?:s|ing)?|participat(?:es|ing|ion|ant)|speak(?:s|ing)? at|showcas(?:es|e|ing)|sponsor(?:s|ing)?)\b")


def _party(role: str, n: Named, rule: str, lead: bool | None = None) -> Party:
    return Party(role=role, name=n.name, start=n.start, end=n.end, rule=rule, lead=lead)


def subject(named: list[Named], cue_at: int, text: str, person_ok: bool = True) -> Named | None:
    """The entity named before the cue, first in the clause (the subject of the verb),
    unless it sits in an aside (`clients like X`)."""
    clause = text.rfind(" that ", named[0].start if named else 0, cue_at) if named else -1
    for n in named:
        if n.start >= cue_at:
            break
        if n.person and not person_ok or n.start < clause:
            continue  # `X announced that Y will receive`: Y is the subject
        if ASIDE.search(text[max(0, n.start - 100):n.start]) and \
                not re.search(r"[.\n]", text[n.start - 1:n.start]):
            continue
        return n
    return None


# A verb of giving makes its subject the investor and what follows `to`/`in` the recipient:
# `Brag House Invests $4 Million in CleanCore`, `Treasury Awards Funds to Michigan`,
# `Acme Gives to the Food Bank`.
GIVING = re.compile(r"(?i)\b(?:invests?|invested|awards?|awarded|gives?|gave|donat(?:es|ed|ing)|grants?|granted|"
                    r"pledg(?:es|ed)|commits?|committed|provides?|provided)\b(?![- ]winning)")
RAISING = re.compile(r"(?i)\b(?:rais|secur|clos|receiv|land|obtain|complet)\w*")


def giving_parties(text: str, spans, named, issuer) -> list[Party] | None:
    """The parties of a gift or an investment told from the giver's side, or None when
    the news is told from the recipient's (`raises`, `secures`)."""
    for i, (lo, hi) in enumerate(spans):
        give = GIVING.search(text, lo, hi)
        if not give or RAISING.search(text, lo, give.start()):
            continue
        giver = subject(named[i], give.start(), text, person_ok=True)
        to = re.compile(r"(?i)\b(?:to|in|into|for)\b").search(text, give.end(), hi)
        takers = [n for n in named[i] if to and n.start > to.start() and (not giver or n.name != giver.name)]
        if not takers:
            continue
        giver = giver or issuer
        parties = [_party("recipient", n, "funding/given-to") for n in takers]
        if giver:
            parties.append(_party("investor", giver, "funding/giver", lead=False))
        return parties
    return None


SUBHEAD_MAX = 250
INVESTORS_NAMED = re.compile(r"(?i)\b(?:(?:co-)?led by|participation (?:from|of|by)|joined by|backed by|investors? (?:include|including))\b")


def subheadlines(text: str, head: tuple[int, int] | None, header: Header) -> list[tuple[int, int]]:
    """The lines between the headline and the dateline (or the first blank-line paragraph
    after the headline when there is no dateline): the release's subheadlines."""
    if head is None:
        return []
    end = header.dateline.start if header.dateline is not None and header.dateline.start > head[1] \
        else min(len(text), head[1] + 400)
    # a subheadline is a line, not a paragraph of the body
    return [(head[1] + m.start(), head[1] + m.end())
            for m in re.finditer(r"[^\n]+", text[head[1]:end]) if len(m.group(0)) <= SUBHEAD_MAX]


def funding_parties(text: str, spans: list[tuple[int, int]], named: list[list[Named]],
                    cue_at: list[int], issuer: Named | None) -> list[Party]:
    given = giving_parties(text, spans, named, issuer)
    if given:
        return given
    parties: list[Party] = []
    recipient = None
    for i, span in enumerate(spans):
        recipient = recipient or subject(named[i], cue_at[i], text, person_ok=False)
    for i, (lo, hi) in enumerate(spans):
        into = INVESTED_IN.search(text, lo, hi)
        taker = next((n for n in named[i] if into and n.start == into.end() and not n.person), None)
        if taker:  # `to Secure Investment In Acme Florida`: Acme Florida receives it
            recipient = taker
            break
    recipient = recipient or issuer
    if recipient:
        parties.append(_party("recipient", recipient, "funding/subject" if recipient is not issuer else "funding/issuer"))
    for i, (lo, hi) in enumerate(spans):
        led = LED_BY.search(text, lo, hi)
        lead_end = LEAD_END.search(text, led.end(), hi).start() if led and LEAD_END.search(text, led.end(), hi) else hi
        intro = INVESTOR_INTRO.search(text, lo, hi)
        for n in named[i]:
            if recipient and n.name == recipient.name:
                continue
            if n.person:
                continue
            if led and led.end() <= n.start < lead_end:
                parties.append(_party("investor", n, "funding/led-by", lead=True))
            elif intro and n.start >= intro.start() and not CLIENTS.search(text[intro.end():n.start]):
                parties.append(_party("investor", n, "funding/investor", lead=False))
    return parties


def acquisition_parties(text: str, spans, named, cue_at, issuer) -> list[Party]:
    parties: list[Party] = []
    for i, (lo, hi) in enumerate(spans):
        passive = PASSIVE_ACQUIRED.search(text, lo, hi)
        intro = TARGET_INTRO.search(text, lo, hi)
        if passive and (not intro or passive.start() <= intro.start()):
            # `X to be acquired by Y`, `X sells Z to Y`
            before = [n for n in named[i] if n.start < passive.start() and not n.person]
            after = [n for n in named[i] if n.start >= passive.end() and not n.person]
            if re.search(r"(?i)sells?|sold|sale", passive.group(0)):
                if before:
                    parties.append(_party("seller", before[0], "acquisition/sells"))
                to = re.compile(r"(?i)\bto\b").search(text, passive.end(), hi)
                for n in after:
                    role = "acquirer" if to and n.start > to.start() else "target"
                    parties.append(_party(role, n, "acquisition/sale"))
            else:
                if before:
                    parties.append(_party("target", before[0], "acquisition/passive"))
                if after:
                    parties.append(_party("acquirer", after[0], "acquisition/passive"))
        elif intro:
            buyer = subject(named[i], intro.start(), text, person_ok=False)
            if buyer:
                parties.append(_party("acquirer", buyer, "acquisition/subject"))
            after = [n for n in named[i] if n.start >= intro.end() and not n.person]
            if after:
                parties.append(_party("target", after[0], "acquisition/object"))
                seller_at = re.compile(r"(?i)\bfrom\b").search(text, after[0].end, hi)
                for n in after[1:]:
                    if seller_at and n.start > seller_at.start():
                        parties.append(_party("seller", n, "acquisition/from"))
                        break
        if any(p.role == "acquirer" for p in parties) and any(p.role == "target" for p in parties):
            break
    if not any(p.role in ("acquirer", "seller") for p in parties) and issuer and \
            all(p.name != issuer.name for p in parties):
        parties.append(_party("acquirer", issuer, "acquisition/issuer"))
    return parties


def appointment_parties(text, spans, named, cue_at, issuer) -> list[Party]:
    parties: list[Party] = []
    employer = None
    for i, span in enumerate(spans):
        people = [n for n in named[i] if n.person]
        if people and not any(p.role == "appointee" for p in parties):
            for n in people:
                parties.append(_party("appointee", n, "appointment/person"))
        if employer is None:
            orgs = [n for n in named[i] if not n.person]
            before = [n for n in orgs if n.start < cue_at[i]]
            employer = before[0] if before else (orgs[0] if orgs else None)
    employer = employer or issuer
    if employer:
        parties.append(_party("employer", employer, "appointment/employer"))
    return parties


def subject_party(role: str, text, spans, named, cue_at, issuer, person_ok=True) -> list[Party]:
    for i, span in enumerate(spans):
        n = subject(named[i], cue_at[i], text, person_ok)
        if n is None and named[i] and i == 0 and cue_at[i] >= span[1]:
            n = named[i][0]
        if n:
            return [_party(role, n, f"{role}/subject")]
    return [_party(role, issuer, f"{role}/issuer")] if issuer else []


def partnership_parties(text, spans, named, cue_at, issuer) -> list[Party]:
    parties: list[Party] = []
    seen: set[str] = set()
    for i, (lo, hi) in enumerate(spans):
        for n in named[i]:
            if n.person or n.name in seen:
                continue
            if ASIDE.search(text[max(lo, n.start - 80):n.start]) and n.start > cue_at[i]:
                continue
            seen.add(n.name)
            parties.append(_party("partner", n, "partnership/named"))
        if len(parties) >= 2:
            break
    if issuer and issuer.name not in seen and len(parties) < 2:
        parties.insert(0, _party("partner", issuer, "partnership/issuer"))
    return parties


# `the International Widget Awards`, `the Nobel Prize`: an award's own name is its giver.
AWARD_NAME = re.compile(r"(?i)\b(?:awards?|prizes?)$")


def award_parties(text, spans, named, cue_at, issuer) -> list[Party]:
    givers = [n for ns in named for n in ns if AWARD_NAME.search(n.name)]
    named = [[n for n in ns if not AWARD_NAME.search(n.name)] for ns in named]
    if issuer and AWARD_NAME.search(issuer.name):
        givers.append(issuer)
        issuer = None
    if givers:
        parties = subject_party("awardee", text, spans, named, cue_at, None)
        return parties + [_party("giver", givers[0], "award/named")]
    parties = subject_party("awardee", text, spans, named, cue_at, issuer)
    taken = {p.name for p in parties}
    for i, (lo, hi) in enumerate(spans):
        giver_at = GIVER_INTRO.search(text, max(lo, cue_at[i]), hi)
        if not giver_at:
            continue
        for n in named[i]:
            if n.start > giver_at.start() and not n.person and n.name not in taken:
                parties.append(_party("giver", n, "award/by"))
                return parties
    return parties


def event_parties(text, spans, named, cue_at, issuer) -> list[Party]:
    """The subject organizes the event, unless the news says it takes part in one
    (`to present at`, `announces participation`, `returns as sponsor`)."""
    takes_part = any(PARTICIPANT_CUES.search(text, lo, hi) for lo, hi in spans)
    role = "participant" if takes_part else "organizer"
    return subject_party(role, text, spans, named, cue_at, issuer)


def legal_parties(text, spans, named, cue_at, issuer) -> list[Party]:
    parties: list[Party] = []
    seen: set[str] = set()
    for i, _ in enumerate(spans):
        for n in named[i]:
            if n.name not in seen:
                seen.add(n.name)
                parties.append(_party("party", n, "legal/named"))
    return parties


# --- amount, round, period ------------------------------------------------------------------

ROUND = re.compile(r"\b(?:(?:Pre-)?Series [A-H](?:\d|-\d| Extension| Prime)?|(?:Pre-)?[Ss]eed(?: Extension)?"
                   r"|Bridge|Angel|Growth)(?=\s(?i:round|funding|financing|investment|capital|raise|extension)\b)"
                   r"|\b(?:Pre-)?Series [A-H]\d?\b")
DEAL_CONTEXT = re.compile(r"(?i)\b(?:rais|fund|financ|invest|round|seed|series|grant|acqui|purchase|deal|valu|price|consideration|transaction|buy|sale|secur|capital|for)\w*")


def deal_amount(text: str, spans: list[tuple[int, int]], amounts: list[Amount]) -> DealAmount | None:
    """The first amount of money in the headline or the news sentences that a deal word
    stands near (`raises $37 million`, `for $6 billion`): not a per-share price."""
    for lo, hi in spans:
        for a in amounts:
            if not (lo <= a.start < hi) or a.rule.startswith("table") or a.value <= 0:
                continue
            after = text[a.end:a.end + 12].lower()
            if re.match(r"\s?(?:per|/|a|an|each)\s", after):
                continue
            window = text[max(lo, a.start - 80):min(hi, a.end + 60)]
            if DEAL_CONTEXT.search(window):
                return DealAmount(value=a.value, currency=a.currency, text=a.text, start=a.start,
                                  end=a.end, rule=f"deal/{a.rule}")
    return None


RAISED_NEAR = re.compile(r"(?i)\b(?:rais(?:es|ed|ing)|secur(?:es|ed)|funding|financing|round|presale|pre-sale)\b")


def amount_raised(text: str, amounts: list[Amount]) -> DealAmount | None:
    """The first amount stated as raised anywhere in the text (`over $1,000,000 raised`,
    `raised $2 million`): the sentence that gives a round's size is not always the first."""
    for a in amounts:
        if a.rule.startswith("table") or a.value <= 0:
            continue
        before, after = text[max(0, a.start - 25):a.start], text[a.end:a.end + 25]
        if RAISED_NEAR.search(before) or re.match(r"\s(?:raised|in (?:\w+ )?(?:funding|financing))\b", after):
            return DealAmount(value=a.value, currency=a.currency, text=a.text, start=a.start,
                              end=a.end, rule=f"deal/raised/{a.rule}")
    return None


def funding_round(text: str, spans: list[tuple[int, int]]) -> tuple[str | None, str]:
    for lo, hi in spans:
        m = ROUND.search(text, lo, hi)
        if m:
            return m.group(0), "round/named"
    return None, ""


def earnings_period(spans: list[tuple[int, int]], dates: list[DateMention]) -> tuple[str | None, str]:
    """The period the results are for: the first quarter, half or year named where the
    news is stated (`Third Quarter 2025 Results` -> 2025-Q3); a day is not a period, but
    `the quarter ended July 31, 2025` falls back to that date's year's quarter only when
    no period is named."""
    for lo, hi in spans:
        for d in dates:
            if lo <= d.start < hi and d.value and d.granularity in ("quarter", "half", "year") \
                    and "/" not in d.value:
                return d.value, f"period/{d.granularity}"
    return None, ""


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
    elif kind == "appointment":
        parties = appointment_parties(*args)
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
