"""Property-based tests: whatever the text, extraction returns a record, every offset
points at the text it claims, and the JSON is valid. 2,000 examples in all, in about a
minute: the model is loaded once (the `nlp` fixture) and the texts are short."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offset_checks import offset_errors
from relx.pipeline import analyze
from relx.render.jsonout import dumps

# Fixed examples (derandomize) keep CI reproducible; no example database is written.
EXAMPLES = settings(max_examples=1000, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Pieces of releases, so that arbitrary mixes reach the extractors' rules (datelines,
# quotes and their speakers, titles, tickers, dates) and not only the tokenizer.
PIECES = [
    "ACME CORP NAMES NEW CHIEF", "NEW YORK, March 5, 2024 /PRNewswire/ -- ", "(NYSE: ACME)",
    "Acme Corp.", "Jane Doe", ", chief executive officer of Acme,", " said ", "said Jane Doe",
    "\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "\u00ab", "\u00bb", " today ", "in Q3 2025",
    "last year", "March 5", "2024", "-", "\u2014", "--", "\n", "\n\n", "\r\n", " ", ".", ",",
    "About Acme\n", "Contact: Jan Roe, 555-0100", "Dr. ", "Inc.", "\t", "\x00", "\u200b",
    "\U0001F600", "\u4e2d\u6587", "\u0645\u0631\u062d\u0628\u0627", "e\u0301", "\ufeff",
]
release_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join)


def check(nlp, text: str) -> None:
    record = analyze(nlp(text), "prop.txt")
    assert offset_errors(record, text) == []
    record.text = text
    for include_text in (False, True):
        data = json.loads(dumps(record, include_text=include_text))
        assert data["source"] == "prop.txt"
    assert "\n" not in dumps(record, include_text=True)  # one JSON Lines record is one line


@EXAMPLES
@given(text=st.text(max_size=300))
def test_any_unicode_text_gives_a_record_with_valid_offsets_and_json(nlp, text):
    check(nlp, text)


@EXAMPLES
@given(text=release_like)
def test_any_mix_of_release_pieces_gives_a_record_with_valid_offsets_and_json(nlp, text):
    check(nlp, text)
