"""Grouping written names into entities, naming each by its fullest form.

Organizations: the same key (case, `the`, possessive and legal suffix aside), acronyms
defined in parentheses or spelled by initials, short names (`Acme` for `Acme Robotics,
Inc.`), handles, units named after their parent. People: the same first and last name,
then a surname or a first name alone. The issuer is the organization the release's
structure points to.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..lexicon import GENERIC_ORG_TAILS
from ...model import Header, Mention, Organization, Person, Ticker
from ..textutil import headline_ranges, in_ranges, words
from .candidates import ORG, TICKER_RE, is_head, is_legal_name
from .surfaces import HANDLE, PAREN_ALIAS_RE, Surface, org_key, person_key
from .kinds import all_generic
from .words import nick_namer


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


# "(CSE: ESAU) (OTCQB: ESAUF)": the listings of one company, in brackets side by side.
def ticker_links(text: str, tickers: dict[str, Ticker], surfaces: list[Surface]) -> dict[str, str]:
    """Symbols written on their own ("news relating to ESAUF") name the company listed
    under them: each symbol of a run of tickers links to the organization before the run."""
    owner_at = {t.start: key for key, t in tickers.items()}
    names = {org_key(s.text): s.text for s in surfaces}
    links: dict[str, str] = {}
    owner = None
    last_end = -1
    for m in TICKER_RE.finditer(text):
        if owner is None or text[last_end:m.start()].strip():
            owner = next((k for s, k in owner_at.items() if m.start() <= s < m.end()), None)
        last_end = m.end()
        if owner is None or owner not in names:
            continue
        for symbol in re.findall(r":\s?([A-Z][A-Z0-9.\-]{0,9})", m.group()):
            links[symbol] = names[owner]
    return links


# "Acme Foods Co., formerly Acme Restaurant & Bakery,", "Acme (formerly Beta Labs)":
# the old name of an organization is one of its names.
FORMERLY_RE = re.compile(r"^,?\s\(?(?:formerly|previously)(?: known as| called| named)?\s(?:the\s)?")


def former_names(text: str, surfaces: list[Surface]) -> dict[str, str]:
    starts = {m.start: s.text for s in surfaces for m in s.mentions}
    links = {}
    for s in surfaces:
        for m in s.mentions:
            found = FORMERLY_RE.match(text[m.end:m.end + 40])
            old = found and starts.get(m.end + found.end())
            if old and old != s.text:
                links[old] = s.text
    return links


def group_organizations(org_surfaces: list[Surface], text: str, links: dict[str, str] | None = None,
                        places: set[str] = frozenset(),
                        surnames: set[str] = frozenset()) -> list[list[Surface]]:
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

    for alias, owner in {**paren_aliases(text, org_surfaces), **former_names(text, org_surfaces),
                         **(links or {})}.items():
        if org_key(alias) in groups and org_key(owner) in groups:
            join(org_key(alias), org_key(owner))
    # an acronym whose letters are the initials of one longer name in the same text
    for k in keys:
        short = groups[k][0].text
        if " " in short or not short.isupper() or len(short) < 2:
            continue
        matches = [k2 for k2 in keys if k2 != k and len(k2.split()) >= 2 and short.casefold()
                   not in k2.split() and any(initials(f.text) == short for f in groups[k2])]
        if len(matches) == 1:
            join(k, matches[0])
    # short names: "Zillow" for "Zillow Group, Inc.", but not "Duke Energy" for
    # "Duke Energy Florida" (a place: a subsidiary) nor when the short form is itself a
    # full legal name ("Grant Thornton LLP" beside "Grant Thornton Advisors LLC").
    first_seen = {k: min(m.start for f in groups[k] for m in f.mentions) for k in keys}
    for k in keys:
        if k in parent:
            continue
        legal = any(is_legal_name(f.text) for f in groups[k])
        longer = [k2 for k2 in keys if k2.startswith(k + " ")
                  and not (legal and any(is_legal_name(f.text) for f in groups[k2]))
                  and (same_company_tail(k2[len(k) + 1:])
                       # "Harborline Logistics, Inc. ... Harborline": introduced in full,
                       # then shortened, unless what was cut is a place
                       or (first_seen[k2] < first_seen[k] and not places & {k2[len(k) + 1:]})
                       # "Perkins" for "Perkins American Food Co.": a company (its legal
                       # name says so) goes by its first word, wherever it is written first
                       # (unless a person the text names bears it: "said Schaffer" beside
                       # "Thomas Schaffer" and "Schaffer & Associates, LPA")
                       or (" " not in k and any(is_legal_name(f.text) for f in groups[k2])
                           and not places & {k, k2[len(k) + 1:]} and k not in surnames))]
        if longer and len({root(k2) for k2 in longer}) > 1 and " " not in k:
            # "Duke" beside "Duke Energy Florida" and "Duke Energy Progress": which one?
            longer = [k2 for k2 in longer if same_company_tail(k2[len(k) + 1:])
                      or first_seen[k2] < first_seen[k]]
        if longer:
            join(k, max(longer, key=lambda k2: sum(len(f.mentions) for f in groups[k2])))
    # "SurfAir" for "Surf Air Mobility Inc.": one word that spells the first words of one
    # longer name run together
    for k in keys:
        if " " in k or len(k) < 5 or k in parent:
            continue
        longer = {root(k2) for k2 in keys if " " in k2 and k2 != k and any(
            "".join(k2.split()[:n]) == k for n in range(2, len(k2.split()) + 1))}
        if len(longer) == 1:
            join(k, longer.pop())
    # "Design Group Americas" for "IG Design Group Americas, Inc.", "Codeworks" for "SC
    # Codeworks": the name without the initials that open it (one word only when it is
    # no generic word: "Group" is every group's)
    for k in keys:
        longer = [k2 for k2 in keys if k2.endswith(" " + k) and re.fullmatch(r"[a-z]{2,3}", k2[: -len(k) - 1])
                  and any(f.text.split()[0].isupper() for f in groups[k2])]
        if (len(k.split()) >= 2 or (len(k) >= 5 and not is_head(k) and k not in surnames)) \
                and len(longer) == 1 and k not in parent:
            join(k, longer[0])
    # "the Port Authority" for "Tidewater Port Authority": a generic name that ends
    # exactly one longer name, but not the owner of a thing: "Journal of the American
    # Heart Association" is the Association's journal, not the Association
    for k in keys:
        words_ = k.split()
        longer = [k2 for k2 in keys if k2.endswith(" " + k) and k2[: -len(k) - 1] not in groups
                  and k2[: -len(k) - 1].split()[-1] not in {"of", "the", "for", "and", "at", "by"}]
        if len(words_) >= 2 and is_head(words_[-1]) and len(longer) == 1 and k not in parent:
            join(k, longer[0])
    # "Acme Institute for Economics" and "Acme Institute on AI": one institute, its
    # complement worded two ways
    stems: dict[str, str] = {}
    for k in keys:
        m = re.match(r"(.+?) (?:for|on|of) ", k)
        if m and is_head(m.group(1).split()[-1]) and len(m.group(1).split()) >= 2 \
                and not all_generic(m.group(1)):
            if m.group(1) in stems:
                join(k, stems[m.group(1)])
            else:
                stems[m.group(1)] = k
    # "Treasury" and "Treasury Department" for "U.S. Department of the Treasury"
    for k in keys:
        m = re.search(r"\b(?:department|ministry|office|bureau) of (?:the )?([\w.\-]+)$", k)
        if m:
            for short in (m.group(1), f"{m.group(1)} department", f"{m.group(1)} ministry"):
                if short in groups and short != k:
                    join(short, k)
    # a unit named after its parent: "Cortex" for "Twitter Cortex" beside "Twitter"
    for k in keys:
        longer = [k2 for k2 in keys if k2.endswith(" " + k) and k2[: -len(k) - 1] in groups]
        if len(longer) == 1 and k not in parent:
            join(k, longer[0])
    merged: dict[str, list[Surface]] = defaultdict(list)
    for k in keys:
        merged[root(k)].extend(groups[k])
    return list(merged.values())


def same_company_tail(tail: str) -> bool:
    """Whether the words after a shared prefix still name the same company: "Group,
    Inc." or "for Economics" do; a place or a business line ("Florida", "Home Loans")
    names another one."""
    words_ = tail.split()
    return bool(words_) and (all(w in GENERIC_ORG_TAILS for w in words_)
                             or words_[0] in {"for", "of", "on"})


def distinct_places(mentions) -> list[Mention]:
    """One place in the text is one mention: "Clarke" found inside "Richard A. Clarke"
    is not a second mention of him. Sorted by position."""
    ordered = sorted(set(mentions), key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for m in ordered:
        if out and out[-1].start <= m.start and m.end <= out[-1].end:
            continue
        out.append(m)
    return out


def fullest(forms: list[Surface], size) -> str:
    """The fullest form of a name; between equals, the one written first."""
    first_seen = {f.text: min((m.start for m in f.mentions), default=0) for f in forms}
    return max(first_seen, key=lambda t: (size(t), -first_seen[t]))


def first_ticker(found) -> Ticker | None:
    """The ticker written first in the text among those of one organization's names.

    Taking whichever came first out of a set of names made the choice depend on string
    hashing, which Python randomises per process: two runs on the same text could report
    different offsets."""
    return min(found, key=lambda t: (t.start, t.end), default=None)


def build_organizations(groups: list[list[Surface]], tickers: dict[str, Ticker],
                        former: frozenset[str] = frozenset()) -> list[Organization]:
    orgs = []
    for forms in groups:
        # a handle is an alias, never the name ("@Acme_HQ" for "Acme"), and so is a
        # former name ("RESPEC Company LLC (formerly Mine Development Associates)")
        name = fullest([f for f in forms if not f.text.startswith("@") and f.text not in former]
                       or forms, lambda t: len(re.sub(r"['’]s$", "", t)))
        # possessives and case variants are the same written name, not aliases
        aliases = sorted({f.text for f in forms
                          if re.sub(r"['’]s?$", "", f.text).casefold() != name.casefold()})
        keys = {org_key(f.text) for f in forms}
        orgs.append(Organization(
            name=name, aliases=aliases,
            mentions=distinct_places(m for f in forms for m in f.mentions),
            ticker=first_ticker(tickers[k] for k in keys if k in tickers),
            rule="+".join(sorted({r for f in forms for r in f.rules}))))
    orgs.sort(key=lambda o: o.mentions[0].start if o.mentions else 0)
    return orgs


# Wire services and their brands carry a release without being its author: `/PRNewswire/`,
# `(NEWMEDIAWIRE)`, `InvestorWire`, IBN's `MiningNewsBreaks` and `TechMediaBreaks`,
# `News Direct`, `Newsworthy.ai`.
WIRE_NAME_RE = re.compile(
    r"(?i:wire|newswire|presswire)$|(?i:press ?release|newsworthy|news direct|newsfile|prweb|"
    r"accesswire|globe ?newswire)|^[A-Z]\w*(?:Breaks|NewsAudio)$|^IBN$")

# An `About X` heading, even when the page lost the line break after it ("About Acme
# LabsAcme Labs is ...") or links the name ("About [Acme](https://...)").
ABOUT_LINE_RE = re.compile(r"^[ \t*#]*About(?: [Tt]he)?[ \t]+\[?(\S[^\n]{0,100})", re.M)


def is_wire(name: str) -> bool:
    return bool(WIRE_NAME_RE.search(name.strip()))


def about_owner(heading: str, orgs: list[Organization]) -> Organization | None:
    """The organization an `About` heading opens with: its longest written form that
    starts the heading and ends at a word's end or a seam ("VinhomesVinhomes is")."""
    best, size = None, (False, 0)
    for org in orgs:
        for form in [org.name, *org.aliases]:
            form = re.sub(r"['’]s$", "", form)
            # a form with a seam inside ("VinpearlEstablished") is a misreading of the
            # glued heading: any clean form that fits comes first
            rank = (not re.search(r"[a-z]{3}[A-Z][a-z]", form), len(form))
            if rank > size and heading.casefold().startswith(form.casefold()) and not (
                    heading[len(form):len(form) + 1].islower()):
                best, size = org, rank
    return best


def mark_issuer(orgs: list[Organization], text: str, header: Header,
                places: set[str] = frozenset()) -> None:
    """The organization that put the release out. Its signs, strongest first: the first
    `About X` section or a `SOURCE X` line, the subject that opens the body (right after
    the dateline), a ticker, the first name in the title, and sheer frequency.

    A wire service, a place ("Maryland", "Boston's Brattle Book Shop") or a state code
    ("AZ") is never the issuer."""
    eligible = [o for o in orgs if not is_wire(o.name) and not is_place(o, text, places)]
    if not eligible:
        return  # better no issuer than a wire or a place
    headlines = headline_ranges(text)
    body_start = header.dateline.end if header.dateline else next(
        (m.start for o in eligible for m in o.mentions if not in_ranges(m.start, headlines)), 0)
    first_in_body = min(eligible, key=lambda o: next((m.start for m in o.mentions if m.start >= body_start),
                                                     10**9))
    title_end = text.find("\n")
    first_in_title = min(eligible, key=lambda o: o.mentions[0].start if o.mentions else 10**9)
    owners = [about_owner(m.group(1), eligible) for m in ABOUT_LINE_RE.finditer(text)]
    owners = [o for o in owners if o is not None]
    most = max(len(o.mentions) for o in eligible) or 1

    def score(org: Organization) -> float:
        points = len(org.mentions) / most
        if owners and owners[0] is org:
            points += 6  # the boilerplate of the release's own author comes first
        elif org in owners[1:]:
            points += 1
        if "source-line" in org.rule:
            points += 4
        if "title-subject" in org.rule:
            points += 3
        if org is first_in_body:
            points += 3
        if org.ticker:
            points += 2
        if org is first_in_title and org.mentions and org.mentions[0].start < max(title_end, 0):
            points += 2
            if not text[:org.mentions[0].start].strip():
                points += 1  # the headline opens with it: its subject
        return points

    max(eligible, key=score).issuer = True


def is_place(org: Organization, text: str, places: set[str]) -> bool:
    """A name the model also reads as a place, or a state or province code written after
    a town ("Phoenix, AZ")."""
    # the model mistakes companies for places too ("Vinpearl"): only a name that nothing
    # but the model and a headline's position vouch for counts as a place
    vouched = set(org.rule.split("+")) & {"announcer", "about-section", "ticker", "source-line",
                                          "email-domain", "employer", "deal", "members", "adviser"}
    if org.name.casefold() in places and not vouched:
        return True
    return bool(re.fullmatch(r"[A-Z]{2}", org.name)) and bool(
        re.search(r"[A-Z][a-z]+,? " + org.name + r"\b", text))


def group_people(person_surfaces: list[Surface]) -> list[list[Surface]]:
    """Full names first (same first and last name: one person, "Richard A. Clarke" and
    "Richard Clarke"); then a surname or first name alone joins the one person it fits."""
    full = [s for s in person_surfaces if " " in s.text]
    single = [s for s in person_surfaces if " " not in s.text]
    groups: list[list[Surface]] = []
    for s in sorted(full, key=lambda s: -len(s.text)):
        toks = without_generation(person_key(s.text).split())
        for g in groups:
            gt = without_generation(person_key(g[0].text).split())
            middles = (toks[1:-1], gt[1:-1])
            # "George H.W. Bush" and "George W. Bush" are two people; "Richard A. Clarke"
            # and "Richard Clarke" one, and so is "Dick Clarke": a nickname of the same
            # first name. "Philip Lynch" and "Denise Lynch" stay two.
            if same_first_name(toks[0], gt[0]) and toks[-1] == gt[-1] and (
                    not all(middles) or middles[0] == middles[1]):
                g.append(s)
                break
            # "Héctor L." for "Hector L. Sandoval": a name cut after an initial
            if re.fullmatch(r"\w", toks[-1]) and len(toks) < len(gt) and gt[:len(toks)] == toks:
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


def without_generation(tokens: list[str]) -> list[str]:
    """"Jo Hunsaker III" is "Jo Hunsaker": a generation is no part of the surname."""
    return tokens[:-1] if len(tokens) > 2 and tokens[-1] in {"jr", "sr", "ii", "iii", "iv"} else tokens


def same_first_name(a: str, b: str) -> bool:
    """Whether two first names are one: equal, or one a nickname of the other ("Dick"
    and "Richard", "Bob" and "Robert"; the `nicknames` package's hand-made table)."""
    if a == b:
        return True
    names = nick_namer()
    return b in names.nicknames_of(a) | names.canonicals_of(a) if len(a) > 1 and len(b) > 1 else False


def build_people(forms_all: list[Surface], name_parts: set[str]) -> list[Person]:
    people = []
    for forms in group_people(forms_all):
        name = fullest(forms, lambda t: len(t.split()) * 100 + len(t))
        if " " not in name and name.casefold() not in name_parts:
            continue
        mentions = distinct_places(m for f in forms for m in f.mentions)
        people.append(Person(name=name, aliases=sorted({f.text for f in forms} - {name}),
                             mentions=mentions,
                             rule="+".join(sorted({r for f in forms for r in f.rules}))))
    people.sort(key=lambda p: p.mentions[0].start)
    return people


def organization_forms(kinds: dict[str, str], surfaces: dict[str, Surface]
                       ) -> tuple[list[Surface], dict[str, str]]:
    """The written forms of organizations, and the handles linked to the one they spell
    ("@Mila_Quebec" -> "Mila")."""
    forms = [surfaces[n] for n, k in kinds.items() if k == ORG]
    links = {}
    for name, kind in kinds.items():
        handle = org_key(name.lstrip("@")).replace("_", "").replace(" ", "")
        owner = next((s.text for s in forms
                      if handle.startswith(org_key(s.text).replace(" ", ""))), None)
        if owner is None:
            # "@SolenneUS" for "Solenne Magazine": the handle opens with the distinctive
            # first word of one organization's name
            firsts = [s.text for s in forms if " " in org_key(s.text)
                      and len(org_key(s.text).split()[0]) >= 4
                      and handle.startswith(org_key(s.text).split()[0])]
            if len({org_key(f).split()[0] for f in firsts}) == 1:
                owner = firsts[0]
        if name.startswith("@") and owner and owner != name:
            if kind == HANDLE:
                forms.append(surfaces[name])
            links[name] = owner  # "@NegociosUS" for "Negocios Magazine", whatever its kind
    return forms, links
