"""Shared fixtures: the spaCy pipeline is loaded once per test session, because loading
it takes a second or two and every extractor test needs it."""
from __future__ import annotations

import pytest

from relx.nlp.load import load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()
