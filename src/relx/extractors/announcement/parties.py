"""The parties to the news: the record's entities named where the news is stated, in the
roles their place in the sentence gives them (the subject raises, acquires, launches; after
`led by` come the lead investors, after `acquire` the target, ...)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Header, Organization, Party, Person

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
# The words that lead from a gift or a sale to its other side: "awards $1m to", "sold to",
# "bought from".
GIVEN_TO = re.compile(r"(?i)\b(?:to|in|into|for)\b")
TO_WORD = re.compile(r"(?i)\bto\b")
FROM_WORD = re.compile(r"(?i)\bfrom\b")
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


# What may stand between two names of one list of subjects: a comma or `and`, each name
# with its place (`Apollo Hospital in Hyderabad, Telangana, and Aster Hospital in ...`).
LIST_JOIN = re.compile(r"(?:\s+in\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)*)?"
                       r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)")


def coordinated(named: list[Named], first: Named, limit: int, text: str) -> list[Named]:
    """`first` and the names listed with it before token `limit` (the cue): `A, B and C
    acquire ...`, `A and B are certified ...`. Only names of one sort (people or not)."""
    out = [first]
    rest = [n for n in named if first.end <= n.start < limit]
    for n in rest:
        if n.person != first.person or not LIST_JOIN.fullmatch(text, out[-1].end, n.start):
            break
        out.append(n)
    return out


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
        to = GIVEN_TO.search(text, give.end(), hi)
        takers = [n for n in named[i] if to and n.start > to.start() and (not giver or n.name != giver.name)]
        if not takers and giver is not None and to is not None and i == 0 \
                and re.match(r"\s+(?:the\s+)?[A-Z]", text[to.end():hi]) \
                and text[give.end():to.start()].strip():  # not "Pledges to Lead"
            # "Treasury Awards Funds to Michigan, North Carolina" with no recipient among the
            # record's entities: the giver is still the investor, and no recipient is named
            return [_party("investor", giver, "funding/giver", lead=False)]
        if not takers:
            continue
        giver = giver or issuer
        if giver and any(n.name == giver.name for n in takers):
            # "Dispensary Chain Gives to Acme Fund" from Acme Fund's own release: the
            # giver is the other organization the news names
            taken = {n.name for n in takers}
            giver = next((n for ns in named for n in ns if not n.person and n.name not in taken),
                         None)
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
                to = TO_WORD.search(text, passive.end(), hi)
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
                seller_at = FROM_WORD.search(text, after[0].end, hi)
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


# `The sale to Acme Holdings of certain assets`, `sold to Acme`: the buyer follows `to`.
SOLD_TO = re.compile(r"(?i)\b(?:sale|sold|sells?|selling)\s+to\s+(?:the\s+)?")


def buyers_listed(text: str, spans, named) -> list[Party]:
    """The buyers of a sale in parts, one a line or a sentence (`* The sale to A of ...;`
    `* The sale to B of ...`): the organization right after each `sale to`."""
    found = []
    for (lo, hi), names in zip(spans, named):
        for m in SOLD_TO.finditer(text, lo, hi):
            n = next((n for n in names if n.start == m.end() and not n.person), None)
            if n is not None:
                found.append(_party("acquirer", n, "acquisition/sold-to"))
    return found


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


def appointed_in(roles, people: list[Person], lo: int, hi: int, taken: set[str]) -> list[Party]:
    """The people the roles stage reads as appointed (`will join Acme as CFO`, `takes on an
    expanded role as President`) in the text from lo to hi, the release's opening: each is
    an appointee of the news, named or not in its headline."""
    found: list[Party] = []
    for role in roles:
        if not role.rule.startswith("appointment") or not lo <= role.start < hi \
                or role.person in taken:
            continue
        person = next((p for p in people if p.name == role.person), None)
        near = [m for m in person.mentions if lo <= m.start < role.start] if person else []
        if not near:
            continue
        m = max(near, key=lambda m: m.start)  # the mention the title is read with
        taken.add(role.person)
        found.append(Party(role="appointee", name=role.person, start=m.start, end=m.end,
                           rule="appointment/role"))
    return found


def subject_party(role: str, text, spans, named, cue_at, issuer, person_ok=True,
                  several: bool = False) -> list[Party]:
    """The subject of the news verb in the role; with `several`, every name of a list of
    subjects (`A and B are certified`)."""
    for i, span in enumerate(spans):
        n = subject(named[i], cue_at[i], text, person_ok)
        if n is None and named[i] and i == 0 and cue_at[i] >= span[1]:
            n = named[i][0]
        if n:
            listed = coordinated(named[i], n, cue_at[i], text) if several else [n]
            return [_party(role, m, f"{role}/subject") for m in listed]
    return [_party(role, issuer, f"{role}/issuer")] if issuer else []


# What the partners will do: `partner to transform X`, `team up to bring Y`, `partnership
# for Z`. Names after it are the work's objects, not partners.
PURPOSE = re.compile(r"(?i)\b(?:to|for|on)\s+(?!(?:the |a )?(?:partner|work|collaborat))\w+")


def partnership_parties(text, spans, named, cue_at, issuer) -> list[Party]:
    """The organizations named before the cue and, after it, up to the clause saying what
    they will do together (`A and B partner to bring C` -> A, B)."""
    parties: list[Party] = []
    seen: set[str] = set()
    for i, (lo, hi) in enumerate(spans):
        purpose = PURPOSE.search(text, max(cue_at[i], lo), hi)
        limit = purpose.start() if purpose else hi
        for n in named[i]:
            if n.person or n.name in seen or n.start >= limit:
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


# `listed on Acme's Top 100`, `named to Acme's list`: whose list or award it is, after the cue
POSSESSIVE_AFTER = re.compile(r"(?i)['\u2019]s?(?:\s+[\w&-]+){0,4}?\s+(?:list|lists|rankings?|awards?|"
                              r"page|index|report|study|honou?rs?|recognition|guide|top \d+|"
                              r"program|programme|certification|seal)\b")
LIST_PREPOSITION = re.compile(r"(?i)\b(?:on|to|in|into|onto|by|from)\s+(?:the\s+)?$")


def title_owner(named: list[Named], n: Named, text: str) -> bool:
    """Whether organization n only owns the title of the person named next: `Acme
    co-founder Jo Park`, `Acme's CEO Jo Park` (then the person, not Acme, is the subject)."""
    after = next((m for m in named if m.start >= n.end), None)
    return not n.person and after is not None and after.person and re.fullmatch(
        r"(?:['\u2019]s?)?(?:\s+[\w&-]+){1,4}\s+", text[n.end:after.start]) is not None \
        and not re.search(r"(?i)\b(?:and|with|to|for|by|of|at|in|on|names?|appoints?)\b",
                          text[n.end:after.start])


def award_parties(text, spans, named, cue_at, issuer) -> list[Party]:
    givers = [n for ns in named for n in ns if AWARD_NAME.search(n.name)]
    # "Meridianbet featured on Oracle's reference page": the owner of the list gives it
    givers += [n for ns in named for n in ns if not n.person
               and POSSESSIVE_AFTER.match(text, n.end) and n not in givers
               and LIST_PREPOSITION.search(text, max(0, n.start - 12), n.start)]
    giver_names = {n.name for n in givers}
    named = [[n for n in ns if not AWARD_NAME.search(n.name) and n.name not in giver_names
              and not title_owner(ns, n, text)] for ns in named]
    if issuer and AWARD_NAME.search(issuer.name):
        givers.append(issuer)
        issuer = None
    if givers:
        parties = subject_party("awardee", text, spans, named, cue_at,
                                issuer if issuer and issuer.name not in giver_names else None,
                                several=True)
        return parties + [_party("giver", givers[0], "award/named")]
    parties = subject_party("awardee", text, spans, named, cue_at, issuer, several=True)
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
