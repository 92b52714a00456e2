"""Deciding what each written name is: an organization, a person, or nothing.

The model's votes are weighed against the evidence of the whole document: a legal suffix
or a head word (`Ventures`, `University`), a ticker, an `About X` section, an email
domain, `X's CEO`, `CEO of X`, `partnership with X`; `said Jane Doe` and `Jane Doe, CEO`
for people. Then come second thoughts: names in a list share a kind, defined terms and
units inside titles are dropped, and short names and surnames are added.

The evidence lives beside: what the text around a name says (evidence.py), what a list
or an apposition says (lists.py), the shape of a name (shapes.py) and whether its words are
ordinary English words (vocabulary.py).
"""
from __future__ import annotations

import re

from ..lexicon import (
    DEMOGRAPHIC_GROUPS,
    DEPARTMENT_WORDS,
    GENERIC_ORG_TAILS,
    HONORIFICS,
    LEGAL_SUFFIXES,
    NAME_PARTICLES,
    TITLE_HEADS,
)
from ...model import Mention
from ..textutil import doc_text
from .candidates import (
    CONNECTORS,
    ORG,
    PERSON,
    bare,
    email_domains,
    is_acronym_of_field,
    is_head,
    is_legal_name,
    is_title_word,
    name_lists,
    refine,
)
from .evidence import (
    a_field_of_study,
    a_section_or_a_figure,
    named_as_an_honor,
    named_by_a_rule_book,
    named_as_a_thing,
    part_of_a_job_title,
    titled_as_a_work,
    cut_from_a_longer_phrase,
    in_quotation_marks,
    a_kind_of_thing,
    is_code_word,
    is_described,
    is_region_code,
    used_as_common_noun,
    used_as_a_source,
    used_as_authority,
    used_as_organization,
    written_as_a_place,
)
from .lists import described_as_organization
from .shapes import GENERIC_BODIES, all_generic, looks_like_org, looks_like_person  # noqa: F401 (people.py, grouping.py)
from .ordinary import (STRUCTURAL_RULES, VOUCHING_RULES, WEAK_ORG_RULES, named_as_a_person,
                       ordinary_words_never_a_body)
from .vocabulary import given_names, is_ordinary_phrase, reads_as_a_phrase
from .misread import (a_job_not_a_body, a_line_of_business, announced_person, headline_fragment, lone_guess, unit_after_a_title,
                      written_small_elsewhere)
from .surfaces import PAREN_ALIAS_RE, HANDLE, Surface, org_key, person_key, find_all


# Last words of a company's name that a job title may follow ("Angostura Holdings Chairman").
COMPANY_WORDS = frozenset("holdings group partners capital ventures bank bancorp securities associates labs".split())


# Words for a part, an outlet or a product tier of an organization: "Acme Board", "Acme
# News Center", "Acme Pro".
PART_WORDS = frozenset("""board team news center centre newsroom blog platform app website
    store community ecosystem portal pro plus premium starter basic lite max ultra""".split())


PERSON_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:said|says|according to|appointed|appoints|named|names|hired|promoted|welcomed|"
    r"welcomes|by|thanked|congratulated)|\b(?:Dr|Mr|Mrs|Ms|Prof)\.?) $")


PERSON_CONTEXT_AFTER = re.compile(r"^ (?:said|says|added|adds|explained|noted)\b|"
                                  r"^ (?:joins|joined|will join|has joined) [^.,;]{1,60}? as |"
                                  # a contact: "Jane Doe, 555-010-0199", "Jane Doe, jane@acme.com"
                                  r"^, (?:\+?\(?\d[\d ().\-]{6,}|[\w.+\-]+@)",
                                  re.IGNORECASE)


# A capitalized word right after an occurrence: the occurrence is the start of a longer
# name ("Georgia" in "the Georgia Latino Film Alliance"), and what is said there is said of it.
RUNS_ON_RE = re.compile(r" (?:of |&amp; |& )?[A-Z][a-z]")


def org_evidence(surface: Surface, text: str, domains: set[str]) -> int:
    """How strongly the whole document says this written form names an organization.

    Every occurrence of the name counts, not only those the model tagged: the model
    finds "Acme" once but "CEO of Acme" may be written elsewhere."""
    name = surface.text
    score = 0
    if is_head(name.split()[-1]) or surface.rules & STRUCTURAL_RULES:
        score += 3
    if org_key(name).replace(" ", "") in domains:
        score += 2
    # a headline's subject that also announces in the body is the issuer, whatever its shape
    score += 2 * len(surface.rules & WEAK_ORG_RULES)
    context = 0
    for start, end in find_all(text, name):
        before, after = text[max(0, start - 40):start], text[end:end + 60]
        if RUNS_ON_RE.match(after):
            continue  # "CEO of the Georgia Latino Film Alliance" speaks of the longer name, not of "Georgia"
        employer = re.search(r"(\S+) (?:of|at) (?:the )?$", before)
        # "CEO of Acme", "Acme's CEO": a name that employs someone is an organization;
        # so is one the text describes as a body ("Acme, a lender that ..."), unless
        # the description is of a longer name ends with this one ("SC Codeworks, a ...")
        owned = re.match(r"(?:'s|’s|’|') ((?:[\w\-]+ ){0,2}[\w\-]+)", after)
        if (employer and bare(employer.group(1)) in TITLE_HEADS) or (
                owned and bare(owned.group(1).split()[-1]) in TITLE_HEADS
                and all(is_title_word(w) for w in owned.group(1).split())) \
                or (described_as_organization(text[end:end + 120])
                    and not re.search(r"(?<![\w&.\-’'])(?!The )[A-Z][\w&.\-’']* $", before)):
            context = 3
            break
        if (re.match(r",? (?:has )?(?:served|serves|serving|acted|acting|is|are|was|were) (?:as )?"
                     r"(?:its |the |their |a |an )?(?:\w+ ){0,2}(?:advis[eo]rs?|counsel|"
                     r"placement agent|underwriters?|bookrunners?)\b", after)
                or (re.search(r"(?:partnership|partnering|partners|agreement|collaboration|"
                              r"forces) with (?:the )?$", before)
                    and not re.match(r"['’]", after))  # "partnership with Montreal's famed Acme"
                or (re.search(r"\b(?:acquire|acquired|acquires|acquiring|acquisition of|merger with|"
                              r"joins|joined|joining|investment in|stake in) (?:the )?$", before)
                    # "joined Jo Park from Proactive": one joins a person who comes from a body
                    and not re.match(r" (?:from|on|in conversation)\b", after))):
            context = 2
    if "ner:GPE" in surface.rules and used_as_a_source(surface, text):
        context = max(context, 2)  # "told Politico", "streaming on Netflix": a place does neither
    return score + context


def person_evidence(surface: Surface, text: str) -> bool:
    """Whether the text treats a name as a person's: `said Jane Doe`, `appointed Jane
    Doe as`, `Jane Doe, Chief ...`. The model sometimes files such names as companies."""
    if "ner:GPE" in surface.rules and not surface.votes[PERSON]:
        return False  # "said North Carolina Governor Bev Perdue"
    for start, end in find_all(text, surface.text):
        before, after = text[max(0, start - 25):start], text[end:end + 40]
        if PERSON_CONTEXT_BEFORE.search(before) and not re.match(r" [A-Z]", after) \
                or PERSON_CONTEXT_AFTER.match(after):
            return True
        titled = re.match(r", (?:the |our |its )?((?:\S+ ){0,3}\S+)", after)
        if titled and any(bare(w) in TITLE_HEADS for w in titled.group(1).split()):
            return True
        if re.match(r" (?:as|to) (?:the |its |our )?\S+", after) and re.search(
                r"\b(?:appointed|named|hired|promoted|welcomed) $", before):
            return True
    return False


def decide_type(surface: Surface, text: str, domains: set[str], name_parts: set[str],
                common: set[str], doc=None) -> str | None:
    """ORG, PERSON, HANDLE or None (not a name worth reporting), from the model's votes
    over every mention and the document's own evidence."""
    name = surface.text
    if (is_region_code(name) or written_as_a_place(surface, text)) \
            and not surface.rules & STRUCTURAL_RULES:
        return None  # "Austin, TX", "Vancouver, BC": a state or a province, not a body
    if (in_quotation_marks(surface, text) or "product" in surface.rules
            or used_as_common_noun(surface, text)) and not surface.rules & STRUCTURAL_RULES:
        return None  # "Best Regional Banks for Technology", "Atlas Query": a title or a product
    if (a_section_or_a_figure(name) or named_as_an_honor(surface, text) or titled_as_a_work(surface, text)
            or a_field_of_study(surface, text)) and not surface.rules & STRUCTURAL_RULES:
        return None  # "NT$299", "named a Future Leader", "a degree in Aerospace Engineering"
    if (a_job_not_a_body(name) or written_small_elsewhere(name, text) or headline_fragment(surface, text, common)
            or unit_after_a_title(surface, text) or a_line_of_business(surface, text)) \
            and not surface.rules & STRUCTURAL_RULES and not is_legal_name(name):
        return None  # "our expert Naturopathic Doctor", "Blockchain Technology", "Acme Set (to Disrupt)"
    if bare(name.split()[-1]) in DEMOGRAPHIC_GROUPS and not surface.rules & STRUCTURAL_RULES:
        return None  # "U.S. Hispanics", "Latino": a group of people
    if surface.rules & STRUCTURAL_RULES == {"about-section"} and " " in name \
            and looks_like_person(name) and surface.votes[PERSON] >= surface.votes[ORG] \
            and (person_evidence(surface, text) or named_as_a_person(surface, text)):
        return PERSON  # "About Dani Walton": releases tell about their people too
    evidence = org_evidence(surface, text, domains)
    if evidence < 2 and all(w.casefold() in common and not is_head(w) for w in name.split()):
        return None  # "Customer Service", "Finance": ordinary words the text also writes small
    if evidence < 2 and cut_from_a_longer_phrase(surface, text):
        return None  # "U.S. Mobile" of "(U.S. Mobile Phones Only)"
    if evidence < 2 and is_code_word(name):
        if not (doc is not None and used_as_organization(doc, surface, text)):
            return None  # "GMP", "3D", "DeFi", "EMEA": an acronym the text never uses as a body
        if name.isalpha() and name.isupper() and len(name) >= 3 and used_as_authority(surface, text):
            # the model often calls a regulator's acronym a person ("member FINRA"); one
            # the text is a member of, regulated by or certified by is a body, whatever the vote
            return ORG
    # (none of these is said of a name the text or the model treats as a person's)
    personal = surface.votes[PERSON] > surface.votes[ORG] or bool(surface.rules & {"titled-name", "contact-line"})
    if not surface.rules & STRUCTURAL_RULES and not is_legal_name(name) and not personal and (
            named_by_a_rule_book(surface, text)
            or is_ordinary_phrase(name) and not surface.rules & WEAK_ORG_RULES and (
                a_kind_of_thing(surface, text) or part_of_a_job_title(surface, text)
                # (a university or a holding stays one: "former University of Michigan coach")
                and bare(re.split(r" (?:of|for|on|in) ", name)[0].split()[-1]) not in GENERIC_BODIES | COMPANY_WORDS)):
        return None  # "Market Regulator (as that term is defined", "Staff Services Manager"
    if evidence < 3 and not surface.rules & VOUCHING_RULES and not is_legal_name(name) and not personal and (
            named_as_a_thing(surface, text)
            # "Argentine SMEs": a nationality the model read as a nationality, not a body
            or "ner:NORP" in surface.rules and not surface.votes[ORG] and evidence < 2):
        return None  # "its proprietary Engine AI platform", "Montauban Project"
    if announced_person(surface, evidence):
        return PERSON  # "Jane Doe Announces Candidacy": a headline's subject may be a person
    if evidence >= 3 and looks_like_org(name, described=is_described(name, text)):
        return ORG
    if looks_like_person(name):
        # the text's own treatment of the name outweighs a guess from a headline
        if " " in name and (surface.rules & {"titled-name", "contact-line"}
                            or person_evidence(surface, text)):
            # "chef Jo Park from Acme's Culinary Class Wars": a title read onto a show's name
            if surface.rules & {"titled-name"} and surface.votes[PERSON] <= 1 and not surface.votes[ORG] \
                    and "contact-line" not in surface.rules and reads_as_a_phrase(name) \
                    and not person_evidence(surface, text):
                return None
            return PERSON
        if " " in name and surface.votes[PERSON] and evidence < 2:
            # "Bronze Star", "Artificial Intelligence": ordinary words no text treats as a person
            return None if reads_as_a_phrase(name) else PERSON
        if " " not in name and name.casefold() in name_parts and evidence < 2:
            return PERSON
    if "ner:GPE" in surface.rules and surface.votes[ORG] <= 1 and evidence < 2:
        return None  # "Dayton gave us land": a place the model also reads as a place
    if evidence < 2 and ordinary_words_never_a_body(surface, text, doc):
        return None  # "Loan Processing", "Fifth Domain", "Success"
    if (evidence >= 2 or surface.votes[ORG]) and looks_like_org(name):
        if " " not in name and evidence < 2 and (
                only_capitalized_by_position(surface, text) or lone_guess(surface, text, name_parts)
                # "Ketamine, an NMDA receptor antagonist": a dictionary word the model mostly
                # reads as a person's is a thing, not a body (a company's coined name is kept)
                or surface.votes[PERSON] > surface.votes[ORG] and is_ordinary_phrase(name)):
            return None
        return ORG
    if "handle" in surface.rules:
        return HANDLE
    return None


def common_words(doc) -> set[str]:
    """Words the text also writes in lower case mid-sentence: "Finance" in a list of
    services is the same word as "finance" elsewhere, not a name."""
    return {t.text for t in doc if t.is_lower and t.is_alpha and not t.is_sent_start}


def only_capitalized_by_position(surface: Surface, text: str) -> bool:
    """A single word capitalized only because it opens a line or a sentence ("Finance"
    in a bullet list) says nothing about being a name."""
    if surface.text != surface.text.capitalize():
        return False  # "CBTS", "AstraZeneca": capitals no sentence start explains
    for m in surface.mentions:
        before = text[max(0, m.start - 3):m.start]
        if not (m.start == 0 or before.endswith(("\n", ". ", "- ", "• ", "\n\t"))):
            return False
    return True


def person_name_parts(surfaces: dict[str, Surface], text: str) -> set[str]:
    """Single words that may stand for a person: first names and surnames of the people
    named in full, and a word after an honorific or `President` ("Dr West")."""
    parts = honorific_names(surfaces, text)
    for name in surfaces:
        if " " in name and looks_like_person(name):
            toks = [t for t in name.split() if t.casefold() not in NAME_PARTICLES]
            parts.update({toks[0].casefold(), toks[-1].casefold()})
    return parts


HONORIFICS_AND_PRESIDENT = HONORIFICS | {"president"}


def honorific_names(surfaces: dict[str, Surface], text: str) -> set[str]:
    names = set()
    for name, s in surfaces.items():
        if " " not in name:
            for m in s.mentions:
                before = re.search(r"(\S+)\s+$", text[max(0, m.start - 20):m.start])
                if before and before.group(1).casefold().rstrip(".") in HONORIFICS_AND_PRESIDENT:
                    names.add(name.casefold())
    return names


def in_org_list(surface: Surface, text: str, org_names: set[str]) -> bool:
    """A name between two organizations in a comma list is one too ("Lockheed Martin" in
    "LMT Defense, Lockheed Martin, Raytheon"). One neighbour is not enough: an
    appositive follows a person too ("Jane Doe, Acme Corp. president")."""
    name_re = r"[A-Z][\w&.\-]*(?:(?: (?:&|of|and))? [A-Z][\w&.\-]*){0,5}"
    for m in surface.mentions:
        prev = re.search(r"(" + name_re + r"),? (?:and )?$", text[max(0, m.start - 60):m.start])
        nxt = re.match(r",? (?:and )?(" + name_re + r")", text[m.end:m.end + 60])
        if prev and nxt and prev.group(1) in org_names and nxt.group(1) in org_names:
            return True
    return False


def revise_types(kinds: dict[str, str], surfaces: dict[str, Surface], text: str) -> None:
    """Second thoughts with the whole document in view."""
    org_names = {n for n, k in kinds.items() if k == ORG}
    org_keys = {org_key(n) for n in org_names}
    org_firsts = {org_key(n).split()[0] for n in org_names if org_key(n)}
    for _ in range(2):  # a list settles once its neighbours have
        for name, kind in list(kinds.items()):
            if kind != PERSON:
                continue
            key = org_key(name)
            # (a name the model reads as a person's at every mention, several times, keeps
            # its first name: "Ben Cohen" beside "Ben & Jerry's")
            sure = surfaces[name].votes[PERSON] >= 2 and not surfaces[name].votes[ORG] \
                and name.split()[0].casefold() in given_names()  # (not "Girl Scouts" beside "Girl Scout Gold Award")
            if key.split()[0] in org_firsts and " " in name and bare(name.split()[-1]) in TITLE_HEADS:
                del kinds[name]  # "Hylaine Founder" of "said Hylaine Founder and CEO Adam Boitnott"
                continue
            # "Twitter" called a person once and an organization elsewhere; "Grant
            # Thornton" beside "Grant Thornton LLP"; "Twitter Cortex" beside "Twitter"
            # (but "attorney Alexandra Lozano" stays a person beside the firm
            # "Alexandra Lozano Immigration Law PLLC" named after her)
            if key in org_keys or any(k.startswith(key + " ") for k in org_keys) \
                    and not named_as_a_person(surfaces[name], text) \
                    or key.split()[0] in org_firsts and " " in name and not sure \
                    and not named_as_a_person(surfaces[name], text) \
                    or in_org_list(surfaces[name], text, org_names):
                kinds[name] = ORG
                org_names.add(name)
                org_keys.add(key)
    # a person's name never doubles as an organization's in the same text
    person_keys = {person_key(n) for n, k in kinds.items() if k == PERSON}
    for name, kind in list(kinds.items()):
        if kind == ORG and person_key(name) in person_keys \
                and not surfaces[name].rules & {"ticker", "about-section"}:
            del kinds[name]


def apply_list_context(doc, kinds: dict[str, str], surfaces: dict[str, Surface],
                       common: set[str]) -> None:
    """Items of one comma list are of one kind: in "PayPal, eBay, Walmart, and General
    Electric" the names the model missed or called people are organizations too."""
    text = doc_text(doc)
    for items in name_lists(text):
        cands = [c for s, e in items for c in refine(doc, s, e, None, "org-list")[:1]]
        names = [text[c.start:c.end] for c in cands]
        # an item inside a longer accepted name counts as that name's kind
        # ("General Dynamics Ordnance" of "General Dynamics Ordnance and Tactical Systems")
        typed = [kinds.get(n) or next((k for n2, k in kinds.items() if k == ORG and any(
            m.start <= c.start and c.end <= m.end for m in surfaces[n2].mentions)), None)
            for n, c in zip(names, cands)]
        orgs, people = typed.count(ORG), typed.count(PERSON)
        # "Jane Doe, Deputy CEO of Sales Division, Acme, said" is an appositive chain,
        # not a list: a person in the list vetoes it unless the organizations outnumber
        # them clearly (the model calls a company a person now and then)
        if orgs < 2 or people > 1 or (people == 1 and orgs < 3):
            continue
        # "functions including Loan Processing, Store Audits and Payroll": a list made
        # only of ordinary words lists services, and says nothing of its items' kind
        services = all(" " in n and is_ordinary_phrase(n) for n in names)
        for cand, name in zip(cands, names):
            surface = surfaces.setdefault(name, Surface(name))
            surface.add(cand.start, cand.end, None, "org-list")
            # a place in a list of places, but not in a list of companies
            place = "ner:GPE" in surface.rules and not surface.votes[ORG] and orgs < 3
            if kinds.get(name) != ORG and not place and looks_like_org(name) \
                    and "product" not in surface.rules \
                    and not (services and ordinary_words_never_a_body(surface, text, doc)) \
                    and name.casefold() not in common \
                    and not (" " not in name and only_capitalized_by_position(surface, text)):
                kinds[name] = ORG


def apply_definitions(kinds: dict[str, str], surfaces: dict[str, Surface], text: str) -> None:
    """`Brightmoor Therapeutics Corporation ("Brightmoor")` defines an alias of an
    organization; `a Memorandum of Understanding (MOU)` defines a term, and neither the
    term nor its acronym is an organization."""
    for m in PAREN_ALIAS_RE.finditer(text):
        alias = m.group(1).strip()
        before = text[max(0, m.start() - 120):m.start()].rstrip()
        owner = next((n for n in kinds if before.endswith(n)), None)
        if owner and kinds[owner] == ORG and initials_match(owner, alias) and not any(
                is_head(w) for w in owner.split()) and not surfaces[owner].rules & STRUCTURAL_RULES \
                and not is_described(owner, text):
            # "Radio Frequency (RF)", "Memorandum of Understanding (MOU)": a defined term
            del kinds[owner]
            kinds.pop(alias, None)
        elif owner and kinds[owner] == ORG:
            surfaces.setdefault(alias, Surface(alias)).add(m.start(1), m.start(1) + len(alias),
                                                            None, "defined-alias")
            kinds.setdefault(alias, ORG)
        elif owner is None:
            # "Hazards of Electromagnetic Radiation to Ordnance (HERO)": a defined term
            # longer than the name a rule found inside it
            phrase = re.search(r"((?:[\w\-’']+ ){0,7}[\w\-’']+)$", before)
            if phrase and initials_match(phrase.group(1), alias):
                start = m.start() - (len(text[max(0, m.start() - 120):m.start()]) - len(before)) \
                    - len(phrase.group(1))
                for name in [n for n, k in kinds.items() if k == ORG and n in phrase.group(1)]:
                    if not any(is_head(w) for w in name.split()) and all(
                            start <= mm.start < m.start() for mm in surfaces[name].mentions):
                        del kinds[name]
        if owner is None and alias in kinds and kinds[alias] == ORG:
            phrase = re.search(r"((?:[\w\-’']+ ){0,6}[\w\-’']+)$", before)
            if phrase and initials_match(phrase.group(1), alias) and \
                    not any(is_head(w) for w in phrase.group(1).split()):
                del kinds[alias]


def initials_match(phrase: str, acronym: str) -> bool:
    """Whether an acronym is spelled by the last words of a phrase, small words counted
    or not ("retinopathy of prematurity (ROP)", "alternative practice structure (APS)")."""
    # a hyphenated word gives a letter for each part: "Brain-Derived Neurotrophic Factor (BDNF)"
    words_ = phrase.replace("-", " ").split() if "-" in phrase and len(acronym) > len(phrase.split()) \
        else phrase.split()
    acronym = (acronym[:-1] if acronym.endswith("s") else acronym).casefold()  # "SMBs"
    every = "".join(w[0] for w in words_).casefold()
    small = CONNECTORS | {"to", "a", "an", "at", "with", "by"}
    content = "".join(w[0] for w in words_ if w.casefold() not in small).casefold()
    return every.endswith(acronym) or content.endswith(acronym)


def drop_departments(kinds: dict[str, str], surfaces: dict[str, Surface], text: str) -> None:
    """"Vice President, Investor Relations", "Head of Graph Learning Research": a unit
    named only right after a job title belongs to the title, not to the organizations."""
    for name, kind in list(kinds.items()):
        if kind != ORG or bare(name.split()[-1]) not in DEPARTMENT_WORDS or is_legal_name(name) \
                or surfaces[name].rules & STRUCTURAL_RULES:
            continue
        befores = [re.search(r"(\S+)(?:,| of| for)? (?:the )?$", text[max(0, s - 40):s])
                   for s, _ in find_all(text, name)]
        # "Medicine" of "Yale School of Medicine" is a piece of another name, no mention
        after_title = [m for m in befores if not (m and m.group(1)[:1].isupper() and " of" in m.group()
                                                  and not is_title_word(m.group(1)))]
        if after_title and all(m and bare(m.group(1)) in TITLE_HEADS for m in after_title):
            del kinds[name]


def drop_extensions(kinds: dict[str, str], surfaces: dict[str, Surface]) -> None:
    """"Acme News Center", "Acme Board", "Acme AI SOC": an organization's name followed
    by words for a part or a product of it is that organization, not another one. A
    legal name or one with an `About` section is a company of its own ("Acme AI, Inc.")."""
    orgs = sorted((n for n, k in kinds.items() if k == ORG), key=len)
    for name in list(orgs):
        if is_legal_name(name) or surfaces[name].rules & STRUCTURAL_RULES:
            continue
        key = org_key(name)
        for owner in orgs:
            owner_key = org_key(owner)
            if owner != name and key.startswith(owner_key + " ") and kinds.get(owner) == ORG:
                tail = key[len(owner_key) + 1:].split()
                if all(is_acronym_of_field(w) or bare(w) in PART_WORDS for w in tail):
                    del kinds[name]
                    break


def drop_fragments(kinds: dict[str, str], surfaces: dict[str, Surface], text: str) -> None:
    """Names that are pieces of others, or others glued together."""

    def spans(keep) -> list[tuple[int, int]]:
        return sorted({(m.start, m.end) for n, k in kinds.items() if keep(n, k)
                       for m in surfaces[n].mentions})

    def inside(m: Mention, s: int, e: int) -> bool:
        return s <= m.start and m.end <= e and (s, e) != (m.start, m.end)

    def always(name: str, test) -> bool:
        mentions = surfaces[name].mentions
        return bool(mentions) and all(test(m) for m in mentions)

    for name in list(kinds):
        # "Acme Bank and Beta Payments": two names a rule read as one, when one of them is
        # also named alone ("General Dynamics Ordnance and Tactical Systems" is one name)
        halves = re.split(r" (?:and|&) ", name, maxsplit=1)
        if len(halves) == 2 and all(kinds.get(h) == ORG for h in halves) and any(
                len(find_all(text, h)) > len(find_all(text, name)) for h in halves):
            del kinds[name]
    # "Podcast and Glass Distribution Company" around listed products or categories: a
    # run that holds a thing's name is no body's name
    things = sorted({(m.start, m.end) for s in surfaces.values() if "product" in s.rules
                     for m in s.mentions})
    for name in [n for n in kinds if not surfaces[n].rules & STRUCTURAL_RULES]:
        if always(name, lambda m: any(inside(Mention(s, e, ""), m.start, m.end) for s, e in things)):
            del kinds[name]
    # "Kyle Porter Virgo PR" around the "Virgo PR" that an email address spells: the
    # structure of the release says where the name is
    structural = spans(lambda n, k: k == ORG and surfaces[n].rules & STRUCTURAL_RULES)
    for name in [n for n in kinds if not surfaces[n].rules & STRUCTURAL_RULES]:
        if always(name, lambda m: any(inside(Mention(s, e, ""), m.start, m.end) for s, e in structural)):
            del kinds[name]
    # a "person" whose every mention straddles an organization's name is a misreading
    # ("Thornton Grant Thornton" in "About Grant Thornton Grant Thornton delivers ...")
    orgs = spans(lambda n, k: k == ORG)
    for name in [n for n, k in kinds.items() if k == PERSON]:
        if always(name, lambda m: any(s < m.end and m.start < e and not (m.start <= s and e <= m.end)
                                      for s, e in orgs)):
            del kinds[name]
    # "Meagher & Flom LLP" only ever inside "Skadden, Arps, Slate, Meagher & Flom LLP"
    every = spans(lambda n, k: True)
    for name in list(kinds):
        if always(name, lambda m: any(inside(m, s, e) for s, e in every)):
            del kinds[name]


def add_short_names(kinds: dict[str, str], surfaces: dict[str, Surface], text: str,
                    common: set[str], places: set[str]) -> None:
    """"Corvane Robotics" and "Corvane" for "Corvane Robotics, Inc.": a company's name
    without its legal suffix and generic last words, or its distinctive first word, when
    the text uses it on its own, names the same company."""
    taken = {n.casefold() for n in kinds} | places
    for name, kind in list(kinds.items()):
        if kind != ORG or " " not in name:
            continue
        words_ = name.replace(",", "").split()
        while len(words_) > 1 and (bare(words_[-1]) in {s.rstrip(".") for s in LEGAL_SUFFIXES}
                                   or bare(words_[-1]) in GENERIC_ORG_TAILS):
            words_.pop()
        first = words_[0]
        shorts = [" ".join(words_)]
        # a company (its legal name says so) goes by its first word: "Helmsworth" for
        # "Helmsworth Composites Ltd." (but "American" is no short name of an institute)
        if is_legal_name(name) and len(first) >= 4 and first[0].isupper() and not is_head(first) \
                and not is_title_word(first) and first.casefold() not in common | taken:
            shorts.append(first)
        for short in shorts:
            if short == name.replace(",", "") or short in kinds or short.casefold() in common \
                    or all_generic(short) or not looks_like_org(short) or len(short) < 3:
                continue
            occurrences = find_all(text, short)
            alone = [(s_, e_) for s_, e_ in occurrences if not re.match(r" [A-Z]", text[e_:e_ + 2])]
            if any(not text.startswith(name, s_) for s_, _ in alone):
                surface = surfaces.setdefault(short, Surface(short))
                for s_, e_ in alone:
                    surface.add(s_, e_, None, "short-name")
                kinds[short] = ORG


def add_name_parts(kinds: dict[str, str], surfaces: dict[str, Surface], text: str,
                   common: set[str]) -> None:
    """"Hale also thanked Birch", "Rohana starts in May": once a person is named in full,
    the surname alone refers to them, and so does the first name when it is no ordinary
    word, whether or not the model tagged them. A part two people share refers to no one
    in particular and is left alone."""
    people = [n for n, k in kinds.items() if k == PERSON and " " in n]
    surnames = [n.split()[-1] for n in people]
    firsts = [n.split()[0] for n in people]
    parts = [(p, "surname") for p in surnames if surnames.count(p) == 1] + [
        (p, "first-name") for p in firsts
        if firsts.count(p) == 1 and p.casefold() not in common and not is_title_word(p)]
    for part, rule in parts:
        if part in kinds or len(part) < 3 or not part[0].isupper() or "." in part:
            continue
        spans = [(s, e) for s, e in find_all(text, part)
                 if not re.match(r"[ \-][A-Z]", text[e:e + 2])]  # not "Birch Capital"
        if spans:
            surface = surfaces.setdefault(part, Surface(part))
            for s, e in spans:
                surface.add(s, e, None, rule)
            kinds[part] = PERSON


def decide_kinds(doc, surfaces: dict[str, Surface]) -> tuple[dict[str, str], set[str], set[str]]:
    """The kind of every written name, in the order the evidence allows.

    Returns the kinds, the words the text also writes in lower case (`common_words`), and
    the places named.
    """
    text = doc_text(doc)
    domains = email_domains(text)
    common = common_words(doc)
    # names of several words first: a single word may then be one of their parts ("Doe")
    kinds = {name: kind for name, s in surfaces.items()
             if " " in name and (kind := decide_type(s, text, domains, set(), common, doc))}
    drop_fragments(kinds, surfaces, text)
    revise_types(kinds, surfaces, text)
    name_parts = person_name_parts({n: surfaces[n] for n, k in kinds.items() if k == PERSON}
                                   | {n: s for n, s in surfaces.items() if " " not in n}, text)
    kinds |= {name: kind for name, s in surfaces.items()
              if " " not in name and (kind := decide_type(s, text, domains, name_parts, common, doc))}
    drop_fragments(kinds, surfaces, text)
    revise_types(kinds, surfaces, text)
    # a word that stood for a person whose full name turned out to be an organization's
    # ("Cortex" of "Twitter Cortex") is decided again
    final_parts = person_name_parts({n: surfaces[n] for n, k in kinds.items()
                                     if k == PERSON and " " in n}, text)
    spared = final_parts | honorific_names(surfaces, text)
    for name in [n for n, k in kinds.items() if k == PERSON and " " not in n]:
        if name.casefold() not in spared:
            kind = decide_type(surfaces[name], text, domains, final_parts, common, doc)
            if kind:
                kinds[name] = kind
            else:
                del kinds[name]
    apply_list_context(doc, kinds, surfaces, common)
    apply_definitions(kinds, surfaces, text)
    drop_departments(kinds, surfaces, text)
    drop_extensions(kinds, surfaces)
    places = {e.text.casefold() for e in doc.ents if e.label_ in {"GPE", "LOC", "NORP"}}
    add_short_names(kinds, surfaces, text, common, places)
    add_name_parts(kinds, surfaces, text, common)
    drop_fragments(kinds, surfaces, text)
    return kinds, common, places
