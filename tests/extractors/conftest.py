"""Fixtures the extractor tests share."""
from __future__ import annotations

import pytest

from relx.extractors.entities import extract_entities
from relx.extractors.header import find_header


@pytest.fixture
def entities(nlp):
    """Run the entity stage on a text: its organizations and people, each by name."""
    def run(text: str):
        doc = nlp(text)
        orgs, people = extract_entities(doc, find_header(text))
        return {o.name: o for o in orgs}, {p.name: p for p in people}
    return run
