"""The kind of news a release announces, read from cue words in its headline and in the
sentence that states the news (see the package docstring)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Organization

# --- the cues of each kind ------------------------------------------------------------------

# Each cue: (kind, weight, pattern). A verb that states the news carries 3; a noun that
# names a kind of news 2; a word that only hints at it 1. Patterns are matched with
# IGNORECASE on the headline and the news sentence.
CUES: list[tuple[str, int, str]] = [
    # funding: money raised, granted or invested in an organization
    ("funding", 3, r"\brais(?:es|ed|ing)\b(?=[^.]{0,60}(?:[$€£¥]|\bfund|\bcapital\b|\bround\b|\bseed\b|\bseries\b|\bfinancing\b|\binvestment|\bmillion\b|\bbillion\b|\d\s?[mMbBkK]\b))"),
    ("funding", 3, r"\b(?:secur|clos|complet|receiv|land|obtain)(?:es|ed|ing|e|s)?\b[^.]{0,50}\b(?:funding|funds|financing|investment|seed round|series [a-h]\b|round of|grants?\b|capital raise|private placement)"),
    ("funding", 3, r"\b(?:series [a-h]|seed|pre-seed|growth|venture|strategic|equity|debt)\s(?:funding|financing|round|investment|capital)\b"),
    # a sum invested in someone (`invests $4 million in`), not a policy (`decision to invest in`)
    ("funding", 3, r"\binvests?\b(?=[^.]{0,20}(?:[$€£¥]|\bmillion\b|\bbillion\b))[^.]{0,40}\bin\b|\binvestment (?:from|led by)\b|\bled by\b[^.]{0,60}\b(?:ventures|capital|partners|investors?)\b"),
    ("funding", 3, r"\bawards?\b[^.]{0,60}\b(?:funds|funding|grants?)\b|\bgrants? (?:of|to)\b[^.]{0,20}\$"),
    ("funding", 2, r"\b(?:initial public offering|IPO|private placement|presale|pre-sale|crowdfunding|funding round)\b"),
    # a gift is funding received: `Acme Gives to the Food Bank`, `donates $50,000 to`
    ("funding", 3, r"\b(?:donat(?:es|ed|ing)|gives? (?:back )?to|gave to|pledg(?:es|ed))\b|\bdonations? (?:of|to)\b"),
    ("funding", 2, r"\b(?:equity|minority|majority|controlling|non-controlling) (?:interest|stake)\b"),
    # acquisition: buying, merging with, taking over a company or a business
    ("acquisition", 3, r"\b(?:acquir(?:es|ed|e|ing)|to be acquired|buys|bought|takes? over|merg(?:es|ed|e|ing) with)\b"),
    ("acquisition", 3, r"\b(?:acquisition|merger|takeover|buyout) (?:of|by|with)\b|\bcompletes?\b[^.]{0,30}\b(?:acquisition|merger|sale|purchase)\b"),
    ("acquisition", 2, r"\b(?:acquisition|merger)\b|\bsale of\b[^.]{0,60}\bto\b"),
    # partnership: working together
    ("partnership", 3, r"\bpartner(?:s|ed|ing)? (?:with|to)\b|\bteam(?:s|ed|ing)? up\b|\bjoin(?:s|ed|ing)? forces\b|\bcollaborat(?:es|ed|e|ing) (?:with|to|on)\b"),
    ("partnership", 3, r"\b(?:signs?|signed|signing|enters?|entered|inks?|forms?|announces?|expands?|renews?|extends?) (?:a |an |the |its |new |strategic |multi-year )*(?:\w+ ){0,3}?(?:partnership|alliance|collaboration|joint venture|memorandum of understanding|mou|(?:\w+ )?agreement with)\b"),
    # joining another's lineup, network or program is a deal between the two
    # (`Acme Joins the CityPass Lineup`, `joins the Visa partner network`); a person who
    # joins one `as Producer` (`joining the newsroom as the network's producer`) is hired
    ("partnership", 3, r"\b(?:join(?:s|ed|ing)?|is now part of|becomes? part of)\b(?:(?!\bas\b)[^.]){0,50}?\b(?:lineup|line-up|network|program|programme|ecosystem|marketplace|consortium|coalition|alliance)\b(?!\s+as\b)"),
    ("partnership", 2, r"\b(?:partnership|strategic alliance|collaboration|joint venture|integration with|co-marketing|agreement with)\b|\b(?:distribution|licensing|supply|sponsorship|reseller|channel|commercial|co-marketing|strategic) (?:deal|agreement)\b"),
    # appointment: a person takes a role
    ("appointment", 3, r"\b(?:appoint(?:s|ed|ing|ment of)?|hires?|hired|promot(?:es|ed|ion of)|elect(?:s|ed)|names\b(?=[^.]{0,60}\b(?:as|to|chief|ceo|cfo|president|director|head)\b)|named (?:as )?(?:the |its |new )*(?:chief|ceo|cfo|coo|cto|president|chair|director|head|vice|general|managing|executive)\b|welcom(?:es|ed|ing)\b[^.]{0,60}\bas\b)"),
    ("appointment", 3, r"\b(?:joins?|joined|adds?|added)\b[^.]{0,60}\b(?:as (?:its |the |new )*(?:chief|ceo|cfo|coo|cto|president|chair|director|head|vice|general|managing|senior|executive|partner)|to (?:its |the )?board)\b"),
    ("appointment", 3, r"\bannounc(?:es|ed|ing|e) (?:the |its |two |three |several |key |new |leadership |executive )*(?:promotions?|appointments?|hires?)\b|\bpromotions? of\b"),
    ("appointment", 2, r"\bnew (?:chief|ceo|cfo|coo|cto|president|chair(?:man|woman)?|vice[- ]chancellor|chancellor|director|head|dean|principal|executive director|managing director|general manager)\b|\bboard of directors\b|\bsteps? down\b|\bsucceeds?\b"),
    # earnings: results for a period
    ("earnings", 3, r"\b(?:quarter|quarterly|fiscal|full[- ]year|year[- ]end|half[- ]year|interim|financial|operating|q[1-4]|[1-4]q|[12]h)\b[^.]{0,30}\b(?:results|earnings)\b"),
    ("earnings", 3, r"\b(?:results|earnings) (?:for|of) (?:the |its )?(?:first|second|third|fourth|quarter|fiscal|full|year|half|three|six|nine|twelve)\b|\bearnings (?:call|release|report)\b"),
    # a release of statements or results for a period is earnings, however it is worded
    # (`Releases Q2-2024 ... Financial Statements`, `Reports Third Quarter Results`): the
    # cue spans the verb, so `releases` no longer reads as a product released
    ("earnings", 3, r"\b(?:consolidated |interim |audited |quarterly |annual )?financial statements\b"),
    ("earnings", 4, r"\b(?:releas|report|announc|post|publish|fil)(?:es|ed|ing|e|s)?\b[^.]{0,60}?\b(?:financial statements"
                    r"|(?:quarter|quarterly|fiscal|full[- ]year|year[- ]end|half[- ]year|interim|financial|operating|q[1-4]|[1-4]q|[12]h)\b[^.]{0,30}\b(?:results|earnings))\b"),
    # analyst coverage of a company (`Updates Coverage On Acme`, `Initiates Coverage`) is
    # commentary on it, whatever the note says of its products or its quarter
    ("other", 4, r"\b(?:updat|initiat|reiterat|resum|maintain)(?:es|ed|ing|e|s)? (?:\w+ ){0,2}?coverage\b"),
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
    ("event", 2, r"\b(?:conference|summit|webinar|expo|exhibition|festival|fest|gala|trade show|fair|ceremony|forum|hackathon|symposium|convention|concert|tour|event|tournament|fundraiser|open house|roundtable|presentation|celebration)\b"),
    # an event that launches, debuts or opens is held, not sold
    ("event", 4, r"\b(?:conference|summit|webinar|expo|exhibition|festival|fest|gala|fair|ceremony|forum|event|experience|series|tour)\s(?:launch(?:es|ed)?|debuts?|returns?|kicks? off|opens?|begins?)\b"),
    # legal: courts, rulings, regulators, policy
    ("legal", 3, r"\b(?:court|lawsuit|sues|sued|ruling|verdict|settle(?:s|d|ment)|plead(?:s|ed)? guilty|indicted|charged|class action|litigation|executive order|injunction|appeals? court|supreme court|regulators?|attorney general|consent order)\b"),
    # other: research findings, interviews, advice, opinion. Scored like a kind so that
    # `Survey Finds` or `Q&A with` outweighs a stray verb (`released its survey`).
    ("other", 3, r"\b(?:survey|study|research|report|poll|index|analysis|data)\b[^.]{0,40}\b(?:finds?|found|reveals?|shows?|says|suggests?|highlights?)\b"
                 r"|^\W*(?:q&a|q&amp;a|interview|why|how|what|when|where|top \d+|\d+ (?:ways|tips|reasons|things))\b|\b(?:op-ed|opinion|commentary|guide to|tips (?:for|to))\b"),
    # a regulator's decision on a product (`FDA Grants RMAT Designation to X`, `Secures FDA
    # Fast Track`, `receives Health Canada approval`) is a regulatory action, whoever announces it
    ("legal", 3, r"\b(?:FDA|Food and Drug Administration|EMA|European Medicines Agency|Health Canada|MHRA|TGA|PMDA|NMPA)\b(?!-)"
                 r"[^.]{0,60}?\b(?:grants?|granted|approv\w*|clear(?:s|ed|ance)|designations?|fast track|authori[sz]\w*|breakthrough therapy)\b"
                 r"|\b(?:grant(?:s|ed)?|secur(?:es|ed)|receiv(?:es|ed)|obtain(?:s|ed)|wins?|won)\b[^.]{0,20}?\b(?:FDA|EMA|Health Canada|MHRA|regulatory)\b"),
    # a board's or shareholders' approval is the company's own decision, not a regulator's
    ("legal", 2, r"\b(?:law|legislation|bill|regulation|regulatory|policy|lawmakers|ban|bans|complaint)\b"
                 r"|(?<!board )(?<!board's )(?<!shareholder )(?<!stockholder )\b(?:approval|approves|approved)\b"),
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
