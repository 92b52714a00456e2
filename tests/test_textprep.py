"""Markdown markup is masked with spaces, so offsets into the text stay valid."""
from __future__ import annotations

from relx.markup import mask_markdown


def test_markup_becomes_spaces_of_the_same_length():
    text = ("# Orbital raises $45 million\n\n**SEATTLE, April 14, 2026** — [Orbital Freight]"
            "(https://orbital.example) today announced a round led by *Kinnear Capital*.\n\n"
            "> \"We are ready,\" said Priya Desai.\n\nUse `relx` at @Orbital_HQ.")
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert masked.splitlines()[0] == "  Orbital raises $45 million"
    assert "  SEATTLE, April 14, 2026   —  Orbital Freight " in masked
    assert " Kinnear Capital ." in masked
    assert '  "We are ready," said Priya Desai.' in masked
    assert " relx " in masked and "@Orbital_HQ" in masked


def test_plain_text_is_untouched():
    text = "ACME, Inc. (NYSE: ACM) reported 5% growth * in 2025; see note 2."
    assert mask_markdown(text) == text


def test_hostile_runs_stay_fast_and_the_same_length():
    for text in ("*" * 100_000, "[" * 100_000, "**a" * 30_000, "`" * 50_001, "# " * 50_000):
        assert len(mask_markdown(text)) == len(text)
