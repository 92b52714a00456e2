"""Organizations and people: one canonical entity each, every other surface form an alias.

The small spaCy model's raw NER is only a first guess: it tags "Twitter" as a PERSON,
"CFO" as an ORG and gives a separate entity for every way a name is written. Here its
guesses are candidates beside those of other rules (see candidates.py); the type of each
written form is decided with the evidence of the whole document (a legal suffix, a
ticker, an `About X` section, `X's CEO`, `partnership with X`, an email domain, the
same name used as an organization elsewhere), and written forms are then grouped into
entities: acronyms defined in parentheses, short names, possessives, handles, surnames.

The work is split by step: `candidates` finds and cleans the names (`lists`: names a
list or an apposition types), `surfaces` gathers every written form of each, `kinds`
decides what each is (`evidence`: what the text around a name says of it), `people` has
second thoughts on people (contact lines, lists of people, fused titles; places,
products and headline phrases the model took for people), `grouping` makes entities
(nicknames, ticker symbols, former names) and marks the issuer.
"""
from __future__ import annotations

from ...model import Header, Organization, Person
from ..textutil import doc_text
from .grouping import (build_organizations, build_people, group_organizations, mark_issuer,
                       former_names, organization_forms, ticker_links)
from .kinds import decide_kinds, person_name_parts
from .people import (contact_candidates, contact_org_candidates, kin_candidates, nickname_candidates,
                     review_people)
from .candidates import PERSON
from .surfaces import add_all_mentions, collect_surfaces, org_key, person_key

__all__ = ["extract_entities", "org_key", "person_key"]


def extract_entities(doc, header: Header) -> tuple[list[Organization], list[Person]]:
    """The organizations and people of a release, one entity each."""
    text = doc_text(doc)
    surfaces, tickers = collect_surfaces(doc, header, contact_candidates(doc) + nickname_candidates(doc)
                                         + kin_candidates(doc) + contact_org_candidates(doc))
    kinds, common, places = decide_kinds(doc, surfaces)
    review_people(kinds, surfaces, text, common)
    # the words that may stand alone for a person, once the people are settled
    name_parts = person_name_parts({n: surfaces[n] for n, k in kinds.items() if k == PERSON}, text)
    add_all_mentions(kinds, surfaces, text)
    forms, links = organization_forms(kinds, surfaces)
    links |= ticker_links(text, tickers, forms)
    surnames = {n.split()[-1].casefold() for n, k in kinds.items() if k == PERSON and " " in n}
    organizations = build_organizations(group_organizations(forms, text, links, places, surnames), tickers,
                                        frozenset(former_names(text, forms)))
    mark_issuer(organizations, text, header, places)
    people = build_people([surfaces[n] for n, k in kinds.items() if k == PERSON], name_parts)
    return organizations, people
