"""The shape of a name: whether its words could make a person's name or a body's.

Shape alone decides nothing (kinds.py weighs it against the text's evidence), but some
shapes rule a kind out: a date, a currency, a ranking, a standard's number, an edition of
an event, a law or an award, a title, a product code, a name made only of generic words
for bodies ("the University", "Board of Directors").
"""
from __future__ import annotations

import re

from ..lexicon import CURRENCY_NAMES, DEPARTMENT_WORDS, MONTHS_AND_DAYS, NAME_PARTICLES, NON_ORG_HEADS
from .candidates import BARE_SUFFIXES, CONNECTORS, bare, is_acronym_of_field, is_head, is_legal_name, is_title_word
from .evidence import is_code_word

# The words of a currency's name ("Bitcoin", "Ethereum Classic") and the small words between.
CURRENCY_WORDS = CURRENCY_NAMES | CONNECTORS


# Words that name a kind of body, not a particular one: "the University", "Board of
# Directors". A name made only of these (and titles) is no name.
GENERIC_BODIES = frozenset("""university universities college colleges school schools
    institute institutes institution academy agency agencies commission committee council
    department ministry office bureau board boards authority administration association
    foundation fund trust society union alliance coalition consortium partnership centre
    center laboratory lab labs group company companies corporation firm team teams division
    unit government directors governors trustees members current new news operations""".split())


def looks_like_person(name: str) -> bool:
    """A personal name: one to five capitalized words or initials, nothing else."""
    tokens = name.split()
    if not 1 <= len(tokens) <= 5:
        return False
    for tok in tokens:
        word = tok.strip(".,")
        if tok.casefold() in NAME_PARTICLES or re.fullmatch(r"\([A-Z][a-z]+\)", tok):
            continue  # "Ludwig van Beethoven", a nickname: "Ken-ichiro (Nobu) Tanaka"
        if not word or not word[0].isupper() or any(ch.isdigit() for ch in word):
            return False
        if any(ch in "&®™@/()" for ch in tok) or is_head(word):
            return False
    if len(tokens) > 1 and (bare(tokens[-1]) in NON_ORG_HEADS or bare(tokens[-1]) in DEPARTMENT_WORDS):
        return False  # "Hype Cycle", "Jobs Act", "Corporate Communications"
    # a title is not a name ("Vice President"), though a surname may be one ("Amy Dean")
    if is_title_word(tokens[0]) or all(is_title_word(t) for t in tokens):
        return False
    # an all-capitals word of more than two letters is an acronym, not a name ("DUK")
    return not any(len(t) > 2 and t.isupper() and "." not in t for t in tokens)


def looks_like_org(name: str, described: bool = False) -> bool:
    """Whether a name has the shape of an organization's. `described`: the text calls it
    a body ("the Alder Project, a non-profit"), which outweighs a head word that usually
    names a thing."""
    tokens = name.split()
    if not tokens or len(tokens) > 12 or not any(ch.isalpha() for ch in name):
        return False
    if len(tokens) > 1 and bare(tokens[0]) in DATE_PREPOSITIONS and bare(tokens[1]) in MONTHS_AND_DAYS:
        tokens = tokens[1:]  # "On December", "By March 4": a date's opening words
    if bare(tokens[0]) in MONTHS_AND_DAYS and all(t.strip(",.").isdigit() or bare(t) in MONTHS_AND_DAYS
                                                  for t in tokens[1:]):
        return False  # "March 4", "Tuesday Mar": a date the model took for a name
    if all(bare(t) in CURRENCY_WORDS for t in tokens):
        return False  # "Bitcoin", "Ethereum": a currency, not its foundation
    if len(tokens) > 1 and bare(tokens[0]) in BARE_SUFFIXES:
        return False  # "Inc. 5000": a legal suffix ends a name, it never opens one
    if any(t[:1].isdigit() for t in tokens) and any(bare(t) in {"best", "top"} for t in tokens):
        return False  # "5 Best Large Workplaces in Manufacturing", "Top 100 Advisors": a ranking
    if len(tokens) > 1 and re.fullmatch(r"\d{1,4}|[IVX]+", tokens[-1]) and not described \
            and (is_code_word(tokens[0]) or not any(is_head(t) for t in tokens)):
        return False  # "ISO 9001", "Fortune 500", "SOC 2 Type II": a standard, a list, a model
    if len(tokens) > 1 and re.fullmatch(r"(?:19|20)\d\d", tokens[-1]):
        return False  # "Cloud Summit 2026": an edition of an event
    if len(tokens) > 1 and re.fullmatch(r"\d+(?:st|nd|rd|th)", tokens[0]) and not described \
            and not any(is_head(t) or is_legal_name(t) for t in tokens[1:]):
        return False  # "1st Place", "16th Inc. 5000 Ranking": a rank, not a body
    if len(tokens) > 1 and bare(tokens[0]) in PLURAL_BODIES:
        return False  # "Colleges of Science and Engineering": several bodies, not one
    # "Small Business Jobs Act" is a law, but "Council for National Academic Awards" a body
    lead = re.split(r" (?:of|for|on|in) ", name)[0].split()
    if len(tokens) > 1 and not described and (bare(lead[-1]) in NON_ORG_HEADS or (
            bare(tokens[-1]) in NON_ORG_HEADS and not any(is_head(t) for t in lead))):
        return False  # "Small Business Jobs Act", "Coastal Investor Forum in Monterey"
    if len(tokens) > 1 and not described and bare(tokens[0]) in {"project", "operation"}:
        return False  # "Project Ion", "Operation Clean Sweep": a project's code name
    first = tokens[0]  # a capital in its first two letters, or a legal form: "eBay", "igolgi, inc."
    if not (first[0].isupper() or first[0].isdigit() or first[1:2].isupper()
            or first[0].isalpha() and is_legal_name(name)):
        return False
    if len(tokens) == 1 and is_title_word(first) or all(is_acronym_of_field(t) for t in tokens):
        return False  # "CFO", "AI SOC"
    if any(re.fullmatch(r"[A-Z]{2,}-?\d+[A-Za-z]?", t) for t in tokens):
        return False  # a product or drug code: "XR-200"
    return not all_generic(name)


# Words that open a date written at the start of a sentence: "On December 15, 2024, ...".
DATE_PREPOSITIONS = frozenset("on in by since until from through before after during".split())


PLURAL_BODIES = frozenset("colleges universities schools departments institutes agencies "
                          "ministries faculties".split())


def all_generic(name: str) -> bool:
    tokens = name.split()
    if len(tokens) == 1 and (is_head(tokens[0]) or is_legal_name(tokens[0])):
        return True  # "Technology", "Investments", "LLC"
    return all(bare(t) in GENERIC_BODIES or bare(t) in CONNECTORS or is_title_word(t)
               for t in tokens)
