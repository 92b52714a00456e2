"""Fixtures the extractor tests share."""
from __future__ import annotations

import pytest

from relx.extractors.entities import extract_entities
from relx.extractors.header import find_header
from relx.extractors.roles import extract_roles


@pytest.fixture
def entities(nlp):
    """Run the entity stage on a text: its organizations and people, each by name."""
    def run(text: str):
        doc = nlp(text)
        orgs, people = extract_entities(doc, find_header(text))
        return {o.name: o for o in orgs}, {p.name: p for p in people}
    return run


@pytest.fixture
def find_roles(nlp):
    """Run the entity and role stages on a text: its roles, each checked to quote its
    title at its offsets."""
    def run(text: str):
        doc = nlp(text)
        orgs, people = extract_entities(doc, find_header(text))
        found = extract_roles(doc, people, orgs)
        for role in found:
            assert text[role.start:role.end] == role.title
        return found
    return run


@pytest.fixture
def roles(find_roles):
    """The roles of a text as (person, title, organization), what most role tests compare."""
    return lambda text: {(r.person, r.title, r.organization) for r in find_roles(text)}
