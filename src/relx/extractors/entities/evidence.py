"""What the text around a written name says about it, beyond the name's own words.

An acronym is a body's only when the text uses it as one (it acts, owns, is described or
spelled out as one, an authority's act follows it); a name always followed by a state
code or a date is a town; a name in quotation marks or used as a common noun phrase is a
title or a thing; a piece the model cut out of a longer title-case phrase is no name.
"""
from __future__ import annotations

import re

from ..lexicon import MONTHS_AND_DAYS, REGION_CODES, TITLE_HEADS
from ...model import Mention
from .candidates import PERSON, bare, is_head
from .lists import described_as_organization
from .surfaces import Surface, find_all


def cut_from_a_longer_phrase(surface: Surface, text: str) -> bool:
    """A name of several words that only the model found, and that every time runs on into
    more capitalized words, is a piece the model cut from a longer title-case phrase
    ("U.S. Mobile" of "U.S. Mobile Phones Only"), not a name of its own."""
    if " " not in surface.text or not surface.mentions or not all(
            r.startswith("ner:") for r in surface.rules):
        return False
    return all(re.match(r" [A-Z][a-z]", text[m.end:m.end + 3]) for m in surface.mentions)


def is_described(name: str, text: str) -> bool:
    """Whether the text calls this name a body somewhere ("Acme, a lender that ...")."""
    return any(described_as_organization(text[e:e + 120]) for _, e in find_all(text, name))


PLACE_AFTER_RE = re.compile(r", (?:(?P<code>[A-Z]{2})\b(?![\-–])|(?:" + "|".join(
    m.capitalize() for m in MONTHS_AND_DAYS) + r")\.? \d)")


def written_as_a_place(surface: Surface, text: str) -> bool:
    """A name every mention of which is followed by a state code or a date is the town
    of an address or of a dateline ("Round Rock, TX", "PRINCETON, July 1, 2024")."""
    mentions = surface.mentions or [Mention(s, e, "") for s, e in find_all(text, surface.text)]

    def place_after(end: int) -> bool:
        m = PLACE_AFTER_RE.match(text, end)
        return bool(m) and (m.group("code") is None or m.group("code") in REGION_CODES)

    # "Thomas Dyer, PE": a person's degree looks like a province's code
    if surface.votes[PERSON]:
        return False
    # a name the model also reads as a place needs only one address: "in Solon, OH"
    if "ner:GPE" in surface.rules and any(PLACE_AFTER_RE.match(text, m.end) and PLACE_AFTER_RE.match(
            text, m.end).group("code") in REGION_CODES for m in mentions):
        return True
    return bool(mentions) and all(place_after(m.end) for m in mentions)


def is_region_code(name: str) -> bool:
    """A US state's or a Canadian province's postal code ("TX", "BC"): datelines and
    addresses are full of them and the model reads them as bodies."""
    return name in REGION_CODES


def is_code_word(name: str) -> bool:
    """An acronym, an abbreviation or a technical term written like one: all capitals
    ("EMEA", "3D", "NFTs") or a short word with capitals inside ("DeFi", "PhDs", "VoD").
    Such words name fields and things far more often than bodies, so they need evidence."""
    if not re.fullmatch(r"[A-Z0-9][A-Za-z0-9&.\-+]*", name) or not re.search(r"[A-Za-z]", name):
        return False
    core = name[:-1] if name.endswith("s") else name
    if core == core.upper():
        return True
    return len(name) <= 5 and sum(ch.isupper() or ch.isdigit() for ch in name) >= 2


# A name in a comma list that such a word opens: "in-network with Medicare, Cigna and ...".
LISTED_AFTER_ORG_PREPOSITION_RE = re.compile(
    r"\b(?:at|with|by|from|via|join|joins|joined|joining) (?:the )?(?:[A-Z][\w&.\-’']*(?: (?:[A-Z][\w&.\-’']*|of|and|&))*"
    r",? (?:and )?){1,8}$")
# Words before "the X" that make X a place: "leaders in the EU", "sold across the UK".
PLACE_PREPOSITIONS = frozenset("in across throughout within outside into around".split())
# Words before a name that only a body follows: one works at it, with it, joins it.
ORG_PREPOSITIONS = frozenset("at with by from via join joins joined joining member".split())
# What only an authority or a body does or has, written right after its acronym: "FDA
# clearance", "FDA-approved", "SEC filings", "NAIFA members", "FBI headquarters".
AUTHORITY_AFTER_RE = re.compile(
    r"(?:-| )(?:approved|cleared|registered|recognized|certified|accredited|licensed|backed|"
    r"funded|sponsored|regulated|authorized|designated|approvals?|clearances?|filings?|guidance|"
    r"authorization|designation|registration|membership|members?|headquarters|officials?|"
    r"spokesperson|chair|chairman|commissioner|certifications?|regulatory|"
    # people who work for a body: "Google Fiber crews", "Acme Freight employees"
    r"crews?|employees|staff|staffers|workers|executives|engineers|representatives)\b")
# An act only a regulator takes, written after its acronym: "EMA regulatory guidance".
REGULATOR_AFTER_RE = re.compile(r" regulatory (?:guidance|approvals?|clearances?|review|pathway)\b")
# What only a body is written right after: one is a member of it, regulated, approved,
# licensed by it, registered or files with it: "Member FINRA/SIPC", "regulated by the FCA",
# "approved by the EMA", "filed with the SEC".
AUTHORITY_BEFORE_RE = re.compile(
    r"\b(?:[Mm]ember(?: of)?|MEMBER|(?:regulated|supervised|approved|cleared|licensed|authori[sz]ed|"
    r"accredited|certified) by|(?:registered|filed|files|filing|submitted|submission) (?:with|to))"
    r"(?: the)? $")


def expanded_in_text(acronym: str, text: str) -> bool:
    """Whether the text spells the acronym out as a body's name, in capitalized words
    with a head word, small words aside: "RCC" beside "Riverside Community College"."""
    letters = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    if not (3 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    small = r"(?:(?:of|for|and|the|on|in|&) )*"
    pattern = r"\b" + small.join(ch + r"[a-z][\w\-]* " for ch in letters)
    return any(any(is_head(w) for w in m.group().split())
               for m in re.finditer(pattern.rstrip(" ") + r"\b", text))


def used_as_authority(surface: Surface, text: str) -> bool:
    """Whether an acronym is written as a regulator or a membership body somewhere: "member
    FINRA", "regulated by the FCA", "EMA regulatory guidance". Unlike "GMP certification",
    these positions hold nothing but a body (or a person, "approved by E.L. Hunsaker", whose
    initials carry dots)."""
    if not (surface.text.isalpha() and surface.text.isupper()):
        return False
    for m in surface.mentions or [Mention(s, e, surface.text) for s, e in find_all(text, surface.text)]:
        if AUTHORITY_BEFORE_RE.search(text[max(0, m.start - 40):m.start]) \
                or REGULATOR_AFTER_RE.match(text[m.end:m.end + 80]):
            return True
    return False


# Positions where only a publisher, a broadcaster or a platform stands: one tells it,
# quotes it, watches on it ("told Politico", "according to Politico", "streaming on
# Netflix"). The model files such one-word brands under places (GPE); a place is never
# told anything, and nothing streams on it. (Not "available on" or "launched on": an app
# store, an operating system or a blockchain is a product there, not a body.)
SOURCE_BEFORE_RE = re.compile(
    r"\b(?:told|telling|according to|reported by|(?:an )?interview with|(?:stream|streams|streaming|"
    r"premieres?|premiered|airs?|aired|airing) on)(?: the)? $")
# What closes such a position: a stop, or a word that starts the rest of the clause
# ("told Politico on Monday", "according to Politico, the bill ..."), not a noun the
# place would modify ("told Texas lawmakers", "according to California law").
SOURCE_AFTER_RE = re.compile(r"(?:[,.;:)]|['’]s\b| (?:that|on|in|last|this|earlier|recently|when|and|as|for|"
                             r"starting|beginning|from|next|later|today|tomorrow|by|about|after)\b|$)")


def used_as_a_source(surface: Surface, text: str) -> bool:
    """Whether a name the model reads as a place is written where only a publisher or a
    platform stands (see SOURCE_BEFORE_RE)."""
    for start, end in find_all(text, surface.text):
        if SOURCE_BEFORE_RE.search(text[max(0, start - 30):start]) and SOURCE_AFTER_RE.match(text, end):
            return True
    return False


# The forms of "be": "Acme is a lender" describes Acme, it does not show it acting. (The
# pipeline runs no lemmatizer, so a token's lemma is empty and cannot say this.)
BE_FORMS = frozenset("be is are was were been being am 's ’s 're ’re".split())


def used_as_organization(doc, surface: Surface, text: str, titles: bool = True) -> bool:
    """Whether a name is used somewhere as a body is: it owns something ("ACME's
    board"), it is described as one ("ACME, a lender"), it acts ("the SEC charged"), or
    someone works at, with or for it ("joined ACME as CFO", "registered with the SEC").
    A term is used as a modifier ("GHG emissions", "3D printing") or as a thing.
    `titles`: a job title after the name counts ("RCC President Luis Ortega"); not for
    ordinary words, where the title's own words run on ("Staff Services Manager")."""
    if expanded_in_text(surface.text, text) or used_as_authority(surface, text):
        return True  # "(member FINRA)", "regulated by the FCA"
    for m in surface.mentions or [Mention(s, e, surface.text) for s, e in find_all(text, surface.text)]:
        after = text[m.end:m.end + 80]
        if LISTED_AFTER_ORG_PREPOSITION_RE.search(text[max(0, m.start - 200):m.start]):
            return True  # "in-network with Medicare, Summit Health and Blue Harbor Plan"
        title = re.match(r" ([A-Za-z\-]+)", after)
        if titles and title and bare(title.group(1)) in TITLE_HEADS and bare(title.group(1)) not in {"lead", "head"}:
            return True  # "RCC President Luis Ortega", "BILL CEO René Lacerte"
        if re.match(r"(?:'s|’s)\s+[^\s)]", after) or described_as_organization(after) \
                or AUTHORITY_AFTER_RE.match(after):
            return True
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        if tok.dep_ in {"compound", "amod", "nmod", "npadvmod"}:
            continue  # "GHG emissions", "FDA-cleared"
        prev = doc[span.start - 1] if span.start > 0 else None
        article = prev is not None and prev.lower_ == "the"
        if article and span.start > 1:
            prev = doc[span.start - 2]
        nxt = doc[span.end] if span.end < len(doc) else None
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ == "VERB" \
                and tok.head.lower_ not in BE_FORMS:
            return True  # "the SEC charged", "ABC has pulled"
        if prev is not None and prev.lower_ in ORG_PREPOSITIONS and tok.dep_ in {"pobj", "dobj"}:
            return True  # "registered with the SEC", "will join BILL as CFO"
        if article and (nxt is None or nxt.is_punct) and not (
                span.start > 1 and doc[span.start - 2].lower_ in PLACE_PREPOSITIONS):
            return True  # "filed with the SEC.", but not "market leaders in the EU."
    return False


# Nouns a capitalized phrase modifies when it names a kind of thing, not a body:
# "Orphan Drug designations", "Digital Transformation capabilities".
THING_NOUNS = frozenset("""designation designations capability capabilities program programs
    platform platforms solution solutions system systems software model models technology
    technologies product products service services feature features module modules tool
    tools framework methodology approach status certification standard standards""".split())


def used_as_common_noun(surface: Surface, text: str) -> bool:
    """Whether every mention reads as a common noun phrase: after `a`/`an` ("a versatile
    Warehouse Management System"), before a noun it describes ("Orphan Drug
    designations"), or marked as a product (™, ℠)."""
    if not surface.mentions or " " not in surface.text:
        return False
    for m in surface.mentions:
        before, after = text[max(0, m.start - 30):m.start], text[m.end:m.end + 30]
        # "an ABC News correspondent" uses a name as an adjective: the article is the noun's
        article = re.search(r"\b(?:a|an)(?: [a-z][\w\-]*)? $", before) and not re.match(
            r"(?:-| [a-z])", after)
        noun = re.match(r" ([a-z]+)\b", after)
        marked = after[:1] in {"™", "℠"}
        if not (article or marked or (noun and noun.group(1) in THING_NOUNS)):
            return False
    return True


OPENING_MARKS, CLOSING_MARKS = "\"“‘'«", "\"”’'»"


def in_quotation_marks(surface: Surface, text: str) -> bool:
    """A name that fills a pair of quotation marks somewhere in the text is the title of a
    work, an award or a product: people and companies are not put in quotes."""
    for m in surface.mentions:
        if m.start > 0 and text[m.start - 1] in OPENING_MARKS and text[m.end:m.end + 1] \
                and text[m.end] in CLOSING_MARKS and not text[m.end + 1:m.end + 2].isalpha():
            # (an apostrophe is no closing mark: “Acme’s plan ...”)
            # but `Acme Corporation ("Acme")` defines a short name
            opened = text.rfind("(", max(0, m.start - 40), m.start)
            if opened < 0 or ")" in text[opened:m.start]:
                return True
    return False


def _every_mention_after(surface: Surface, text: str, before: re.Pattern) -> bool:
    """Whether every mention of the name follows what `before` matches (on the 60
    characters before it)."""
    mentions = surface.mentions or [Mention(s, e, surface.text) for s, e in find_all(text, surface.text)]
    return bool(mentions) and all(before.search(text[max(0, m.start - 60):m.start]) for m in mentions)


# One is named or recognized as *a* something only when the something is an honor or a
# title: "named a Future Leader", "recognized as a Champion of Change". A body is named
# as a partner by its own name, without an article.
HONOR_BEFORE_RE = re.compile(
    r"\b(?:named|recogni[sz]ed as|honou?red as|selected as|designated(?: as)?|crowned|dubbed|"
    r"voted|inducted as)\s+(?:a|an)\s+$", re.IGNORECASE)


def named_as_an_honor(surface: Surface, text: str) -> bool:
    """A name every mention of which follows `named a` or `recognized as a` is an award or
    an honorary title ("named a Future Texas Business Legend"), not a body."""
    return _every_mention_after(surface, text, HONOR_BEFORE_RE)


# A work is cited by its title: "an editorial titled From Clinics to Code", "a report
# entitled Growth Markets". (A body is `called` or `named` so-and-so; a work is `titled`.)
TITLED_BEFORE_RE = re.compile(r"\b(?:titled|entitled)\s*[:,]?\s*$", re.IGNORECASE)


def titled_as_a_work(surface: Surface, text: str) -> bool:
    """A name every mention of which follows `titled` is (the start of) a work's title."""
    return _every_mention_after(surface, text, TITLED_BEFORE_RE)


# A degree or a study is *in* a field: "a degree in Aerospace Engineering", "majored in
# Political Science", "a Ph.D. in Molecular Biology".
FIELD_BEFORE_RE = re.compile(
    r"(?:\b(?:degrees?|major(?:ed|ing|s)?|minor(?:ed|ing|s)?|bachelor'?s|master'?s|doctorate|"
    r"diploma|studies|studied|study|studying|concentration|specialization|MBA|BSc|MSc|BA|BS|MA|MS)"
    r"|Ph\.?D\.?|[BM]\.[AS]\.)(?: degrees?)?\s+in\s+$")


def a_field_of_study(surface: Surface, text: str) -> bool:
    """A name every mention of which is what a degree or a study is in is a field of
    study ("a degree in Aerospace Engineering"), not a department or a school."""
    return _every_mention_after(surface, text, FIELD_BEFORE_RE)


# A section of a statute or a regulation ("Treasury Regulation Section 301.7701-4(d)",
# "Section 12Z") and a figure glued to a currency ("NT$299", "HK$50") are no bodies.
SECTION_OR_FIGURE_RE = re.compile(r"\b(?:Sections?|Sec\.|§)\s*\d|[$€£¥]\s?\d|\bRegulations?\b.*\d"
                                  # a part of a filing: "Part I of the Company", "Form 10-Q and in the Company"
                                  r"|^(?:Part|Item|Form|Schedule|Exhibit|Article|Annex|Appendix)\s+(?:[IVX]+|\d+[A-Z]?(?:-[A-Z])?)\b")


def a_section_or_a_figure(name: str) -> bool:
    """Whether a name is a legal section or an amount of money written like a name."""
    return bool(SECTION_OR_FIGURE_RE.search(name))



# "Neither the Exchange nor its Market Regulator (as that term is defined in the policies
# of ...)": a term the text defines is a role in a rule book, not a body's name.
DEFINED_TERM_AFTER_RE = re.compile(r"\s*\(?\s*as (?:that|such|this|the) term is (?:defined|used)\b")
# "National Instrument 43-101", "U.S. Interstate 80", "Version 8": a name that a number
# always follows is the start of a standard's, a road's or a release's name. Not a year
# ("Acme 2025 results"), an amount or a share ("Acme 20%"), or a list of figures.
NUMBER_AFTER_RE = re.compile(r" (?!(?:19|20)\d\d\b)\d{1,5}(?:[-–.]\d+)?(?![\d%]|[,.\-–]\d| ?(?:percent|per|million|"
                             r"billion|years?|months?|days?|people|employees|locations|stores)\b)")


def named_by_a_rule_book(surface: Surface, text: str) -> bool:
    """A name every mention of which is a term defined by a rule book ("Market
    Regulator (as that term is defined ...)") or runs on into a number ("National
    Instrument 43-101"): a role or a standard, not a body."""
    mentions = surface.mentions or [Mention(s, e, "") for s, e in find_all(text, surface.text)]
    return bool(mentions) and all(DEFINED_TERM_AFTER_RE.match(text, m.end) or NUMBER_AFTER_RE.match(text, m.end)
                                  for m in mentions)


def part_of_a_job_title(surface: Surface, text: str) -> bool:
    """Ordinary words always followed by a job title are the title's first words ("Staff
    Services Manager", "Senior Consulting Geologist"), not an employer. A possessive
    keeps the employer ("Acme Services' manager")."""
    mentions = surface.mentions or [Mention(s, e, "") for s, e in find_all(text, surface.text)]

    def title_after(end: int) -> bool:
        # ("head" and "lead" qualify more than they name: "Stanford University head coach")
        word = re.match(r" ([A-Za-z][\w\-]*)", text[end:end + 30])
        return bool(word) and bare(word.group(1)) in TITLE_HEADS - {"head", "lead"}
    return bool(mentions) and all(title_after(m.end) for m in mentions)


def a_kind_of_thing(surface: Surface, text: str) -> bool:
    """A name written once after `a`/`an` and ending its phrase is a kind of thing: "a
    Comprehensive Stroke Center", "an Intelligent Automation". A body's name takes no
    indefinite article, except as a modifier ("an Acme spokesperson")."""
    for m in surface.mentions:
        before, after = text[max(0, m.start - 30):m.start], text[m.end:m.end + 30]
        if re.search(r"\b(?:a|an|A|An)(?: [a-z][\w\-]*)? $", before) \
                and re.match(r"(?:[,.;:)!?]|\s*$| (?:and|or|that|which|with|in|for|by|to)\b)", after):
            return True
        # "is your Award-Winning Full Service Marketing agency": words that describe the
        # body a common noun names
        if re.search(r"\b(?:a|an|your|our|their)\s+$", before) and re.match(r" [a-z]+\b", after) \
                and re.match(r" ([a-z]+)", after).group(1) in DESCRIBED_BODY_NOUNS:
            return True
    return False


# Common nouns for a body that ordinary words before them describe ("your digital
# marketing agency").
DESCRIBED_BODY_NOUNS = frozenset("""agency company firm provider studio consultancy practice
    group network partner platform organization organisation""".split())


# What a product, a work or a project is introduced by: "its proprietary Engine AI
# platform", "a Warehouse Management System called Codeworks", "His latest book is The
# Fifth Domain", "the Montauban Project". A body is none of these.
THING_BEFORE_RE = re.compile(
    r"(?:\b(?:its|their|our|his|her|the company[’']s)\s+(?:own\s+|new\s+)?(?:proprietary|patented|"
    r"patent-pending|trademarked|flagship)\s+"
    r"|\b(?:system|platform|app|application|tool|solution|product|software|service|assistant|device|"
    r"token|coin|game|show|series|program|programme)\s+(?:called|named|dubbed|known as)\s+"
    r"|\b(?:book|novel|memoir|film|movie|album|documentary|podcast|show|series|work)\s+(?:is|was)\s+(?:titled\s+|called\s+)?)"
    r"(?:The\s+)?$")
# "X, a flexible multi-channel SRT gateway", "X, an AI-powered assistant": an apposition
# headed by the name of a kind of thing. (Not "platform", "network", "system" or
# "solution": companies describe themselves so, "EcoVadis, a rating platform".)
THING_NOUN = (r"(?:gateway|device|app|assistant|drug|vaccine|token|coin|memecoin|game|book|novel|film|"
              r"podcast|album|vape|cartridge|supplement|gadget|headset|wearable|smartwatch|wallet|chipset)")
DESCRIBED_AS_THING_RE = re.compile(r", (?:a|an) (?:[\w\-’'&.]+ ){0,6}?" + THING_NOUN + r"s?\b(?! (?:company|maker|"
                                   r"provider|developer|firm|studio|publisher))")
PROJECT_AFTER_RE = re.compile(r" (?:[Pp]roject|[Pp]roperty|[Mm]ine|[Dd]eposit|Claims?)\b")  # not "claims that"


def named_as_a_thing(surface: Surface, text: str) -> bool:
    """A name the text introduces as a product, a work or a project somewhere: after
    "its proprietary", "a system called", "his latest book is"; with an apposition that
    calls it a kind of thing ("iLux Relay, a multi-channel gateway"); or written before
    "Project" or "Property" ("Montauban Project")."""
    for m in surface.mentions:
        if THING_BEFORE_RE.search(text[max(0, m.start - 60):m.start]) \
                or DESCRIBED_AS_THING_RE.match(text, m.end) or PROJECT_AFTER_RE.match(text, m.end):
            return True
    return False
