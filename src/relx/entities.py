"""Organizations and people: one canonical entity each, every other surface form an alias.

The small spaCy model's raw NER is only a first guess: it tags "Twitter" as a PERSON,
"CFO" as an ORG, splits "Brookfield Asset Management" across a line break and glues
headline verbs onto names ("BILL Appoints"). Here its guesses become candidates, other
rules add candidates it missed (legal suffixes, tickers, `About X` sections, handles,
names defined in parentheses), and the type of each surface form is decided with the
evidence of the whole document before surface forms are grouped into entities.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .lexicon import (
    GENERIC_ORG_TAILS,
    HONORIFICS,
    LEGAL_SUFFIXES,
    NAME_PARTICLES,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from .model import Header, Mention, Organization, Person, Ticker
from .textutil import headline_ranges, in_ranges, line_bounds, words

ORG, PERSON = "ORG", "PERSON"

# spaCy labels whose spans may really be organizations or people in a press release:
# the small model often files a company under GPE, NORP or PRODUCT.
CANDIDATE_LABELS = {"ORG": ORG, "PERSON": PERSON, "GPE": None, "NORP": None, "PRODUCT": None,
                    "FAC": None, "WORK_OF_ART": None}

TRAILING_MARKS = "®™℠©*,;:–—-/( "
APOSTROPHES = ("'s", "’s", "'", "’")

TICKER_RE = re.compile(
    r"\((?:(?:NYSE|NASDAQ|Nasdaq|NASDAQ GS|NYSE American|NYSE Arca|TSX|TSXV|TSX-V|LSE|AIM|ASX|"
    r"OTCQB|OTCQX|OTC|OTC Pink|CSE|Euronext|SIX|HKEX|SGX|NSE|BSE|Xetra|FWB|TYO|KRX)"
    r"(?: ?[A-Za-z]+)?) ?: ?([A-Z][A-Z0-9.\-]{0,9})"
    r"(?:[;,] ?[A-Za-z ]+: ?[A-Z][A-Z0-9.\-]{0,9})*\)"
)
ABOUT_RE = re.compile(r"^[ \t]*About (?:the )?([A-Z][^\n]{1,80}?)[ \t]*:?[ \t]*$", re.M)
HANDLE_RE = re.compile(r"(?<![\w.])@([A-Za-z][A-Za-z0-9_]{1,30})")
EMAIL_RE = re.compile(r"\b[\w.+-]+@([A-Za-z0-9-]+)\.[A-Za-z.]{2,}")
PAREN_ALIAS_RE = re.compile(r"\(\s*(?:the\s+)?[\"“”']?([A-Z][\w&.\- ]{0,40}?)[\"“”']?\s*(?:or\s[^)]*)?\)")


@dataclass
class Surface:
    """One way of writing a name, with every place it is written and the votes for its type."""

    text: str
    mentions: list[Mention] = field(default_factory=list)
    votes: Counter = field(default_factory=Counter)
    rules: set[str] = field(default_factory=set)

    def add(self, start: int, end: int, text: str, label: str | None, rule: str) -> None:
        if not any(m.start == start and m.end == end for m in self.mentions):
            self.mentions.append(Mention(start, end, text))
        if label:
            self.votes[label] += 1
        self.rules.add(rule)


def org_key(name: str) -> str:
    """The identity of an organization name: case, `the`, possessive and legal suffix removed."""
    tokens = words(name.replace("’", "'").removesuffix("'s").removesuffix("'"))
    tokens = [t.casefold() for t in tokens]
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].rstrip(".") in {s.rstrip(".") for s in LEGAL_SUFFIXES}:
        tokens.pop()
    return " ".join(t.strip(".") for t in tokens if t not in {",", "&", "and"})


def person_key(name: str) -> str:
    return " ".join(t.casefold().strip(".") for t in words(name) if t.casefold() not in HONORIFICS)


# ---------------------------------------------------------------------------------------
# Cleaning a candidate span
# ---------------------------------------------------------------------------------------

def trim_span(text: str, start: int, end: int, label: str | None) -> tuple[int, int] | None:
    """Shrink a span to the name it holds: no leading `the` or job title, no trailing
    possessive, trademark sign or punctuation. None when nothing name-like is left."""
    while start < end and text[start] in " \t\"“”'‘(":
        start += 1
    while end > start and text[end - 1] in TRAILING_MARKS + "\"“”'‘’.":
        # keep the period of an abbreviation that ends a legal name ("Inc.", "Co.")
        if text[end - 1] == "." and text[start:end].split()[-1].casefold() in LEGAL_SUFFIXES:
            break
        if text[end - 1] == "." and re.search(r"\b[A-Z]\.[A-Z]?\.?$", text[start:end]):
            break
        end -= 1
    for apostrophe in APOSTROPHES:
        if text[start:end].endswith(apostrophe) and end - start > len(apostrophe) + 1:
            end -= len(apostrophe)
            break
    while True:
        first = re.match(r"\S+", text[start:end])
        if not first:
            return None
        token = first.group().casefold()
        droppable = token == "the" or token in HONORIFICS
        if label == PERSON:
            droppable = droppable or token in TITLE_HEADS or token in TITLE_MODIFIERS \
                or token in {"and", "&", "of"}
        if droppable and first.end() < end - start:
            start += first.end()
            while start < end and text[start] == " ":
                start += 1
            continue
        break
    while end > start and text[end - 1] in TRAILING_MARKS:
        end -= 1
    return (start, end) if end > start else None


def looks_like_person(name: str) -> bool:
    """A personal name: two to five capitalized words or initials, nothing else."""
    tokens = name.split()
    if not 1 <= len(tokens) <= 5:
        return False
    for tok in tokens:
        bare = tok.strip(".,")
        if tok.casefold() in NAME_PARTICLES:
            continue
        if not bare or not bare[0].isupper():
            return False
        if any(ch.isdigit() for ch in bare) or any(ch in "&®™@/()" for ch in tok):
            return False
        if bare.casefold() in ORG_HEADS or bare.casefold() in LEGAL_SUFFIXES:
            return False
        if bare.casefold() in TITLE_HEADS:
            return False
    # an all-capitals word of more than one letter is an acronym, not a name ("DUK")
    return not any(len(t) > 2 and t.isupper() and "." not in t for t in tokens)


def looks_like_org(name: str) -> bool:
    tokens = name.split()
    if not tokens or len(tokens) > 12:
        return False
    first = tokens[0]
    if not (first[0].isupper() or first[0].isdigit() or (len(first) > 1 and first[1].isupper())):
        return False
    if len(tokens) == 1:
        bare = first.strip(".,").casefold()
        if bare in NON_ORG_ACRONYMS or bare in TITLE_HEADS or bare in LEGAL_SUFFIXES:
            return False
        if bare.rstrip("s") in NON_ORG_ACRONYMS:
            return False
    if all(t.casefold().strip(".,") in TITLE_HEADS | TITLE_MODIFIERS | {"and", "of", "&"} for t in tokens):
        return False
    return True


def split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """NER sometimes returns a whole list as one name ("UiPath, Zapier, Pipe"). A legal
    name may contain commas ("Skadden, Arps, Slate, Meagher & Flom LLP", "Acme Co., Ltd."),
    so only spans that do not end in a legal suffix are split."""
    span = text[start:end]
    if ", " not in span:
        return [(start, end)]
    last = span.split()[-1].casefold()
    if last in LEGAL_SUFFIXES or last.rstrip(".") in {s.rstrip(".") for s in LEGAL_SUFFIXES}:
        return [(start, end)]
    parts, pos = [], start
    for piece in span.split(", "):
        parts.append((pos, pos + len(piece)))
        pos += len(piece) + 2
    return parts


# ---------------------------------------------------------------------------------------
# Candidate finders
# ---------------------------------------------------------------------------------------

def ner_candidates(doc) -> list[tuple[int, int, str | None, str]]:
    out = []
    text = doc.text
    for ent in doc.ents:
        if ent.label_ not in CANDIDATE_LABELS:
            continue
        label = CANDIDATE_LABELS[ent.label_]
        pos = ent.start_char
        for line in text[ent.start_char:ent.end_char].split("\n"):
            lstart, lend = pos, pos + len(line)
            pos = lend + 1
            if not line.strip():
                continue
            for s, e in split_list(text, lstart, lend):
                trimmed = trim_span(text, s, e, label)
                if trimmed:
                    out.append((*trimmed, label, f"ner:{ent.label_}"))
    return out


# A run of capitalized words on one line, with the small words that names hold inside
# ("University of Chicago", "Skadden, Arps, Slate, Meagher & Flom LLP" is found by NER).
RUN_RE = re.compile(
    r"[A-Z][\w\-.&]*(?:['’][A-Za-z]+)?"
    r"(?:(?: (?:of|for|on|in|and|&|the|de|du|des|la))* (?:[A-Z0-9][\w\-.&]*(?:['’][A-Za-z]+)?)"
    r"|,? (?:Inc|LLC|LLP|Ltd|Corp|Co|PLC|L\.P|S\.A|N\.V)\b\.?)*"
)
CONNECTORS = {"of", "for", "on", "in", "and", "&", "the", "de", "du", "des", "la"}
# Parts of speech that cannot open a name: "With Acme Ventures", "Follow Acme Group".
NON_NAME_POS = {"ADP", "DET", "ADV", "VERB", "AUX", "PRON", "SCONJ", "CCONJ", "PART", "INTJ"}


def has_head(tokens: list[str]) -> bool:
    for tok in tokens:
        bare = re.sub(r"['’]s$", "", tok.strip(",.").casefold())
        if bare in ORG_HEADS or bare in {s.strip(".") for s in LEGAL_SUFFIXES}:
            return True
    return False


def ends_sentence(token: str) -> bool:
    """A token that closes a sentence, as opposed to an abbreviation ("Inc.", "U.S.", "J.")."""
    if not token.endswith("."):
        return False
    bare = token.casefold()
    return not (bare in LEGAL_SUFFIXES or re.fullmatch(r"(?:[a-z]\.)+", bare) or len(bare) <= 3)


def pattern_candidates(doc) -> list[tuple[int, int, str | None, str]]:
    """Capitalized phrases that end in an organization head word or a legal suffix:
    "Beyond Next Ventures Inc.", "Federal Energy Regulatory Commission"."""
    text = doc.text
    pos_at = {t.idx: t.pos_ for t in doc}
    out = []
    for m in RUN_RE.finditer(text):
        tokens = [(t.start() + m.start(), t.group()) for t in re.finditer(r"\S+", m.group())]
        # a possessive ends the name: "Lincoln University’s historic Ivey Hall"
        for i, (_, tok) in enumerate(tokens):
            if re.search(r"['’]s?$", tok) and tok.casefold() not in {"o'", "d'"}:
                tokens = tokens[: i + 1]
                break
        for i, (_, tok) in enumerate(tokens):
            if ends_sentence(tok) and i + 1 < len(tokens):
                tokens = tokens[: i + 1]
                break
        if not has_head([t for _, t in tokens]):
            continue
        while tokens and (pos_at.get(tokens[0][0]) in NON_NAME_POS or tokens[0][1] in CONNECTORS
                          or tokens[0][1].casefold() in TITLE_HEADS | TITLE_MODIFIERS):
            tokens = tokens[1:]
        while tokens and tokens[-1][1] in CONNECTORS:
            tokens = tokens[:-1]
        if not tokens:
            continue
        trimmed = trim_span(text, tokens[0][0], tokens[-1][0] + len(tokens[-1][1]), ORG)
        if trimmed:
            out.append((*trimmed, ORG, "org-head"))
    return out


def name_before(text: str, pos: int) -> tuple[int, int] | None:
    """The capitalized name that ends just before `pos` (before a ticker or parenthesis)."""
    end = pos
    while end > 0 and text[end - 1] in " ,":
        end -= 1
    start = end
    tokens = 0
    while start > 0 and tokens < 8:
        m = re.search(r"(\S+)\s*$", text[max(0, start - 60):start])
        if not m:
            break
        tok = m.group(1)
        bare = tok.strip(",")
        if not (bare[:1].isupper() or bare in {"&", "and", "of"} or
                bare.casefold().strip(".") in {s.strip(".") for s in LEGAL_SUFFIXES}):
            break
        if tok.endswith((".", ":", ";", ")")) and bare.casefold() not in LEGAL_SUFFIXES and tokens:
            break
        start = start - len(m.group(0))
        tokens += 1
    while start < end and text[start] in " \n":
        start += 1
    # a name does not begin with a connector
    while True:
        first = re.match(r"(?:&|and|of|The|the)\s+", text[start:end])
        if not first:
            break
        start += first.end()
    return (start, end) if end > start else None


def ticker_candidates(text: str) -> tuple[list[tuple[int, int, str | None, str]], dict[str, Ticker]]:
    out, tickers = [], {}
    for m in TICKER_RE.finditer(text):
        span = name_before(text, m.start())
        if not span:
            continue
        trimmed = trim_span(text, span[0], span[1], ORG)
        if not trimmed:
            continue
        out.append((*trimmed, ORG, "ticker"))
        inner = m.group(0)[1:-1]
        exchange, _, symbol = inner.partition(":")
        key = org_key(text[trimmed[0]:trimmed[1]])
        tickers.setdefault(key, Ticker(exchange.strip(), symbol.strip().split(";")[0].split(",")[0],
                                       m.start() + 1, m.end() - 1, inner))
    return out, tickers


def about_candidates(text: str) -> list[tuple[int, int, str | None, str]]:
    """`About Acme` headings open the boilerplate of the organizations behind a release."""
    out = []
    for m in ABOUT_RE.finditer(text):
        name = m.group(1)
        # "About Grant Thornton Grant Thornton delivers..." (heading run into the body)
        trimmed = trim_span(text, m.start(1), m.end(1), ORG)
        if trimmed and len(name.split()) <= 8 and not name.rstrip().endswith("."):
            out.append((*trimmed, ORG, "about-section"))
    return out


def handle_candidates(text: str) -> list[tuple[int, int, str | None, str]]:
    return [(m.start(), m.end(), None, "handle") for m in HANDLE_RE.finditer(text)]


# ---------------------------------------------------------------------------------------
# Deciding types
# ---------------------------------------------------------------------------------------

def org_evidence(surface: Surface, text: str, email_domains: set[str]) -> int:
    """How strongly the whole document says this surface form names an organization."""
    name = surface.text
    tokens = name.split()
    last = tokens[-1].casefold().strip(".,")
    score = 0
    if last in ORG_HEADS or last in {s.strip(".") for s in LEGAL_SUFFIXES}:
        score += 3
    if surface.rules & {"ticker", "about-section", "org-head"}:
        score += 3
    if org_key(name).replace(" ", "") in email_domains:
        score += 2
    for m in surface.mentions:
        after = text[m.end:m.end + 14]
        if re.match(r"(?:'s|’s|’|')? (?:CEO|CFO|COO|CTO|board|Board|team|founder|co-founder|"
                    r"president|President|chief|Chief)\b", after):
            score += 2
            break
    for m in surface.mentions:
        before = text[max(0, m.start - 40):m.start]
        if re.search(r"(?:partnership|partnering|partners|agreement|collaboration) with (?:the )?$",
                     before) or re.search(r"\b(?:CEO|[Pp]resident|[Dd]irector|[Pp]artner|[Ff]ounder|"
                                          r"[Oo]fficer|[Cc]hair(?:man)?) (?:of|at) (?:the )?$", before):
            score += 2
            break
    return score


def decide_type(surface: Surface, text: str, email_domains: set[str],
                person_tokens: set[str]) -> str | None:
    """ORG, PERSON, HANDLE or None (not a name worth reporting), from the model's votes
    over every mention and the document's own evidence."""
    name = surface.text
    org_votes, person_votes = surface.votes[ORG], surface.votes[PERSON]
    evidence = org_evidence(surface, text, email_domains)
    if evidence >= 3 and looks_like_org(name):
        return ORG
    if looks_like_person(name) and evidence < 2:
        if " " in name and person_votes:
            return PERSON
        if " " not in name and name.casefold() in person_tokens:
            return PERSON
    if (evidence >= 2 or org_votes) and looks_like_org(name) and not all_generic(name):
        return ORG
    if "handle" in surface.rules:
        return "HANDLE"
    return None


def all_generic(name: str) -> bool:
    """"Board of Directors", "University", "Operations": words that name a kind of body,
    not a particular one."""
    tokens = [t.strip(",.").casefold() for t in name.split()]
    generic = ORG_HEADS | TITLE_HEADS | TITLE_MODIFIERS | CONNECTORS | {
        "directors", "governors", "trustees", "operations", "news", "board", "team",
        "division", "unit", "department", "company", "firm", "current", "new"}
    return all(t in generic for t in tokens)


def in_org_list(surface: Surface, text: str, org_names: set[str]) -> bool:
    """A name between two organizations in a comma list is one too ("Lockheed Martin" in
    "LMT Defense, Lockheed Martin, Raytheon"). One neighbour is not enough: an
    appositive follows a person too ("Jane Doe, Acme Corp. president")."""
    name_re = r"[A-Z][\w&.\-]*(?: (?:&|of|and) )?(?: ?[A-Z][\w&.\-]*)*"
    for m in surface.mentions:
        prev = re.search(r"(" + name_re + r"), (?:and )?$", text[max(0, m.start - 60):m.start])
        nxt = re.match(r",? (?:and )?(" + name_re + r")", text[m.end:m.end + 60])
        if prev and nxt and prev.group(1) in org_names and nxt.group(1) in org_names:
            return True
    return False


# ---------------------------------------------------------------------------------------
# Grouping surface forms into entities
# ---------------------------------------------------------------------------------------

def initials(name: str) -> str:
    return "".join(t[0] for t in words(name) if t[:1].isupper() and t.casefold() != "the")


def paren_aliases(text: str, surfaces: list[Surface]) -> dict[str, str]:
    """`Becker Friedman Institute for Economics (BFI)`, `FELIQS Corporation ("FELIQS")`:
    a name in parentheses right after a name is defined as its alias."""
    by_end = {m.end: s for s in surfaces for m in s.mentions}
    links = {}
    for m in PAREN_ALIAS_RE.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1] == " ":
            end -= 1
        owner = by_end.get(end)
        if owner:
            links[m.group(1).strip()] = owner.text
    return links


def is_legal_name(name: str) -> bool:
    last = name.split()[-1].casefold().rstrip(".")
    return last in {s.rstrip(".") for s in LEGAL_SUFFIXES}


def group_organizations(org_surfaces: list[Surface], text: str) -> list[list[Surface]]:
    """Surface forms with the same key are one organization; then defined aliases,
    acronyms and short names join the organization they stand for."""
    groups: dict[str, list[Surface]] = defaultdict(list)
    for s in org_surfaces:
        groups[org_key(s.text)].append(s)
    keys = sorted(groups, key=lambda k: -len(k))
    parent: dict[str, str] = {}

    def root(k: str) -> str:
        while k in parent:
            k = parent[k]
        return k

    def join(child: str, owner: str) -> None:
        if root(child) != root(owner):
            parent[root(child)] = root(owner)

    for alias, owner in paren_aliases(text, org_surfaces).items():
        if org_key(alias) in groups and org_key(owner) in groups:
            join(org_key(alias), org_key(owner))
    # an acronym whose letters are the initials of one longer name in the same text
    for k in keys:
        short = groups[k][0].text
        if " " in short or not short.isupper() or len(short) < 2:
            continue
        matches = [k2 for k2 in keys if k2 != k and len(k2.split()) >= 2
                   and any(initials(f.text) == short for f in groups[k2])]
        if len(matches) == 1:
            join(k, matches[0])
    # short names: "Zillow" for "Zillow Group, Inc.", but not "Duke Energy" for
    # "Duke Energy Florida" (a place: a subsidiary) nor when the short form is itself a
    # full legal name ("Grant Thornton LLP" beside "Grant Thornton Advisors LLC").
    for k in keys:
        if k in parent or any(is_legal_name(f.text) for f in groups[k]):
            continue
        longer = [k2 for k2 in keys if k2.startswith(k + " ") and
                  all(t in GENERIC_ORG_TAILS for t in k2[len(k) + 1:].split())]
        if longer:
            join(k, max(longer, key=lambda k2: sum(len(f.mentions) for f in groups[k2])))
    merged: dict[str, list[Surface]] = defaultdict(list)
    for k in keys:
        merged[root(k)].extend(groups[k])
    return list(merged.values())


def fullest(forms: list[Surface], size) -> str:
    """The fullest form of a name; between equals, the one written first."""
    first_seen = {f.text: min((m.start for m in f.mentions), default=0) for f in forms}
    return max(first_seen, key=lambda t: (size(t), -first_seen[t]))


def build_organizations(groups: list[list[Surface]], tickers: dict[str, Ticker], text: str,
                        headlines: list[tuple[int, int]]) -> list[Organization]:
    about = [m.group(1).strip() for m in ABOUT_RE.finditer(text)]
    issuer_key = org_key(about[0]) if about else None
    orgs = []
    for forms in groups:
        name = fullest(forms, lambda t: len(re.sub(r"['’]s$", "", t)))
        # possessives and case variants are the same written name, not aliases
        aliases = sorted({f.text for f in forms
                          if re.sub(r"['’]s?$", "", f.text).casefold() != name.casefold()})
        keys = {org_key(f.text) for f in forms}
        orgs.append(Organization(
            name=name, aliases=aliases,
            mentions=sorted({m for f in forms for m in f.mentions}, key=lambda m: m.start),
            ticker=next((tickers[k] for k in keys if k in tickers), None),
            issuer=issuer_key in keys if issuer_key else False,
            rule="+".join(sorted({r for f in forms for r in f.rules}))))
    orgs.sort(key=lambda o: o.mentions[0].start if o.mentions else 0)
    if orgs and not any(o.issuer for o in orgs):
        # without an About section, the issuer is the first organization the body names
        min(orgs, key=lambda o: next((m.start for m in o.mentions
                                      if not in_ranges(m.start, headlines)), 10**9)).issuer = True
    return orgs


def group_people(person_surfaces: list[Surface]) -> list[list[Surface]]:
    """Full names first (same first and last name: one person, "Richard A. Clarke" and
    "Richard Clarke"); then a surname or first name alone joins the one person it fits."""
    full = [s for s in person_surfaces if " " in s.text]
    single = [s for s in person_surfaces if " " not in s.text]
    groups: list[list[Surface]] = []
    for s in sorted(full, key=lambda s: -len(s.text)):
        toks = person_key(s.text).split()
        for g in groups:
            gt = person_key(g[0].text).split()
            if toks[0] == gt[0] and toks[-1] == gt[-1]:
                g.append(s)
                break
        else:
            groups.append([s])
    for s in single:
        tok = person_key(s.text)
        fits = [g for g in groups if any(person_key(f.text).split()[-1] == tok for f in g)]
        if not fits:
            fits = [g for g in groups if any(person_key(f.text).split()[0] == tok for f in g)]
        if len(fits) == 1:
            fits[0].append(s)
        elif not fits:
            groups.append([s])
    return groups


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of a name in the text."""
    if not needle:
        return []
    pattern = re.compile(r"(?<![\w@])" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def extract_entities(doc, header: Header) -> tuple[list[Organization], list[Person]]:
    text = doc.text
    headlines = headline_ranges(text)
    raw = ner_candidates(doc) + pattern_candidates(doc) + about_candidates(text) \
        + handle_candidates(text)
    ticker_raw, tickers = ticker_candidates(text)
    raw += ticker_raw

    surfaces: dict[str, Surface] = {}
    for start, end, label, rule in raw:
        name = text[start:end]
        if name.strip():
            surfaces.setdefault(name, Surface(name)).add(start, end, name, label, rule)

    # Headlines are Title Case, which makes the model see names everywhere
    # ("BILL Appoints"): a name seen only in a headline must be confirmed by the body.
    body_names = {org_key(n) for n, s in surfaces.items()
                  if any(not in_ranges(m.start, headlines) for m in s.mentions)}
    for name in list(surfaces):
        s = surfaces[name]
        if all(in_ranges(m.start, headlines) for m in s.mentions) and org_key(name) not in body_names:
            del surfaces[name]

    email_domains = {m.group(1).casefold().replace("-", "") for m in EMAIL_RE.finditer(text)}
    person_tokens = person_name_parts(surfaces, text)
    kinds: dict[str, str] = {}
    for name, s in surfaces.items():
        kind = decide_type(s, text, email_domains, person_tokens)
        if kind:
            kinds[name] = kind
    revise_types(kinds, surfaces, text)
    drop_nested(kinds, surfaces)

    # every occurrence of an accepted name is a mention, not only the ones NER found
    occurrences = {name: find_all(text, name) for name in kinds}
    taken = sorted((e - s, s, e) for spans in occurrences.values() for s, e in spans)
    for name, spans in occurrences.items():
        for start, end in spans:
            nested = any(s2 <= start and end <= e2 and (s2, e2) != (start, end)
                         for _, s2, e2 in taken[-200:] if e2 - s2 > end - start)
            if not nested:
                surfaces[name].add(start, end, name, None, "string-match")

    organizations = build_organizations(
        group_organizations(org_surfaces(kinds, surfaces), text), tickers, text, headlines)
    people = build_people([surfaces[n] for n, k in kinds.items() if k == PERSON], person_tokens)
    return organizations, people


def person_name_parts(surfaces: dict[str, Surface], text: str) -> set[str]:
    """First names and surnames of the people named in full, plus single words after an
    honorific or `President` ("Dr West", "President Obama"): the single words that may
    stand for a person."""
    parts = set()
    for name, s in surfaces.items():
        if s.votes[PERSON] and " " in name and looks_like_person(name):
            toks = [t for t in name.split() if t.casefold() not in NAME_PARTICLES]
            parts.update({toks[0].casefold(), toks[-1].casefold()})
        if " " not in name:
            for m in s.mentions:
                before = re.search(r"(\S+)\s+$", text[max(0, m.start - 20):m.start])
                if before and before.group(1).casefold().rstrip(".") in HONORIFICS | {"president"}:
                    parts.add(name.casefold())
    return parts


def revise_types(kinds: dict[str, str], surfaces: dict[str, Surface], text: str) -> None:
    """Second thoughts with the whole document in view."""
    org_names = {n for n, k in kinds.items() if k == ORG}
    org_keys = {org_key(n) for n in org_names}
    for name, kind in list(kinds.items()):
        if kind != PERSON:
            continue
        # the model calls "Twitter" a person once and an organization elsewhere: a single
        # word that is also an organization's name is the organization
        if " " not in name and org_key(name) in org_keys:
            kinds[name] = ORG
        elif in_org_list(surfaces[name], text, org_names):
            kinds[name] = ORG
    # a person's name never doubles as an organization's in the same text
    person_keys = {person_key(n) for n, k in kinds.items() if k == PERSON}
    for name, kind in list(kinds.items()):
        if kind == ORG and person_key(name) in person_keys \
                and not surfaces[name].rules & {"ticker", "about-section"}:
            del kinds[name]


def drop_nested(kinds: dict[str, str], surfaces: dict[str, Surface]) -> None:
    """A name only ever seen inside a longer accepted name is a fragment of it
    ("Meagher & Flom LLP" of "Skadden, Arps, Slate, Meagher & Flom LLP")."""
    spans = [(m.start, m.end) for n in kinds for m in surfaces[n].mentions]
    for name in list(kinds):
        mentions = surfaces[name].mentions
        if mentions and all(any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
                                for s, e in spans) for m in mentions):
            del kinds[name]


def org_surfaces(kinds: dict[str, str], surfaces: dict[str, Surface]) -> list[Surface]:
    orgs = [surfaces[n] for n, k in kinds.items() if k == ORG]
    # a handle joins the organization whose name it spells ("@Mila_Quebec" -> "Mila")
    for name, kind in kinds.items():
        if kind == "HANDLE":
            handle = org_key(name.lstrip("@").replace("_", " "))
            if any(handle.startswith(org_key(s.text)) for s in orgs):
                orgs.append(surfaces[name])
    return orgs


def build_people(forms_all: list[Surface], person_tokens: set[str]) -> list[Person]:
    people = []
    for forms in group_people(forms_all):
        name = fullest(forms, lambda t: len(t.split()) * 100 + len(t))
        if " " not in name and name.casefold() not in person_tokens:
            continue
        aliases = sorted({f.text for f in forms} - {name})
        mentions = sorted({m for f in forms for m in f.mentions}, key=lambda m: m.start)
        people.append(Person(name=name, aliases=aliases, mentions=mentions,
                             rule="+".join(sorted({r for f in forms for r in f.rules}))))
    people.sort(key=lambda p: p.mentions[0].start)
    return people
