"""Names of ordinary words: when a phrase like "Loan Processing" is a body's name.

The model tags many capitalized phrases as organizations. One made only of ordinary
English words (vocabulary.py) is a heading, a service, a show or a thing unless the text
vouches for it (a rule of the release's structure, a description, a defined short name)
or uses it as a body (it acts, owns, employs, is worked with: evidence.py). Head words
("School", "Journal"), a place ("Zero Waste Canada") and a job title before it ("CFO
Morgan Brown") spare a name: the vocabulary holds some proper nouns too.
"""
from __future__ import annotations

import re

from ..lexicon import HONORIFICS, TITLE_HEADS
from .candidates import bare, is_head, is_legal_name
from .evidence import used_as_organization
from .surfaces import Surface, find_all
from .vocabulary import is_ordinary_phrase


# Rules that find organizations by the structure of a release, whatever the words.
STRUCTURAL_RULES = frozenset({"ticker", "about-section", "email-domain", "source-line", "members"})


# Rules that suggest an organization without proving it: a headline's subject or a
# sentence's announcer may be a person ("Jane Doe Joins Acme as CFO").
WEAK_ORG_RULES = frozenset({"title-subject", "announcer"})


# A word right before a name that makes it a person's: a job title, `said`, an honorific.
WORDS_BEFORE_A_PERSON = TITLE_HEADS | HONORIFICS | {"said", "says"}


def named_as_a_person(surface: Surface, text: str) -> bool:
    """A job title right before the name, or `said` beside it: "immigration attorney
    Alexandra Lozano", "said Jane Doe", "Jane Doe said"."""
    for start, end in find_all(text, surface.text):
        before = re.search(r"(\S+) $", text[max(0, start - 30):start])
        if before and bare(before.group(1)) in WORDS_BEFORE_A_PERSON \
                or re.match(r" (?:said|says)\b", text[end:end + 6]):
            return True
    return False



# Rules whose finding makes a name a body's, whatever its words: the release's structure,
# the headline's subject, a description ("Acme, a lender"), a defined short name, a deal.
VOUCHING_RULES = STRUCTURAL_RULES | WEAK_ORG_RULES | {"described", "defined-alias", "deal"}


# Last words of the names of newspapers, magazines and broadcasters ("Harbor Business
# Journal", "Latino News", "Great Family Network").
MEDIA_HEADS = frozenset("""journal review magazine news times post herald tribune gazette monthly
    weekly daily today network press radio television channel""".split())
# Other last words of bodies' names that the lexicon's head words leave out ("International
# Organization for Standardization", "New York Stock Exchange", "Heroes Club").
BODY_HEADS = MEDIA_HEADS | frozenset("""organization organisation exchange club museum church choir chamber
    orchestra league chapter""".split())


def part_of_a_place_name(name: str, doc) -> bool:
    """Whether a name holds a word the model reads as a place elsewhere ("Canada"), without
    being a place itself ("Greater New York City")."""
    places = {w for e in doc.ents if e.label_ in {"GPE", "LOC", "NORP"} and e.text != name for w in e.text.split()}
    return any(w in places for w in name.split()) and not all(w in places or w.casefold() in {"greater", "and"}
                                                              for w in name.split())


def ordinary_words_never_a_body(surface: Surface, text: str, doc) -> bool:
    """A name made only of ordinary English words ("Loan Processing", "Animal Time",
    "Success") that no rule vouches for and that the text never uses as a body (it never
    acts, owns, employs or is worked with) is a heading, a service, a title or a thing
    the model read as a name: real companies named with ordinary words ("Precedence
    Research expects ...") are used as companies."""
    name = surface.text
    # a single word ("Amazon", "Target") and a name with a head word after its first
    # ("Kennedy School of Government", "Milton School District") are left to the other
    # rules: the vocabulary holds some proper nouns ("Kennedy", "Milton")
    # (of the last of joined phrases: "Fiber Networks & Ending Commutes" is no network)
    lead = re.split(r" (?:and|&) ", re.split(r" (?:of|for|on|in) ", name)[0])[-1].split()
    if " " not in name or not is_ordinary_phrase(name) or is_legal_name(name) \
            or any(is_head(w) or bare(w) in BODY_HEADS for w in lead[1:] or lead) \
            or surface.rules & VOUCHING_RULES or named_as_a_person(surface, text):
        return False  # ("Kansas City Public Schools", "Harbor Business Journal", "CFO Morgan Brown")
    if doc is not None and part_of_a_place_name(name, doc):
        return False  # "Zero Waste Canada", "Thales Australia": a body's branch in a country
    return not (doc is not None and used_as_organization(doc, surface, text, titles=False))
