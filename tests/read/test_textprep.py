"""Text preparation: Markdown and hard wrapping, removed one character for one."""
from __future__ import annotations

from relx.read.textprep import mask_markdown, prepare_text, unwrap_lines


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


WRAPPED = """Fernhill Reports Record Quarter

SEATTLE, Oct. 28, 2027 /PRNewswire/ -- Fernhill Software Corp., a maker of
scheduling software for clinics, today reported revenue of $84 million for the third
quarter, up 31% from a year earlier.

Castellanos said the company would spend more on research next year. Chief Financial
Officer Derek Olsen said margins improved in every month of the quarter.

Media contact:
Jane Roe
Fernhill Software
"""


def test_hard_wrapped_paragraphs_are_joined_and_short_lines_kept():
    out = unwrap_lines(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert "a maker of scheduling software for clinics, today reported" in out
    assert "Chief Financial Officer Derek Olsen" in out
    assert "Media contact:\nJane Roe\nFernhill Software\n" in out
    assert out.startswith("Fernhill Reports Record Quarter\n\nSEATTLE")


def test_text_written_a_paragraph_a_line_is_untouched():
    text = ("Acme Corp. today announced a new product for hospitals across the country.\n"
            "Jane Doe, Chief Executive Officer, Acme Corp., jane@acme.example, 555-010-0199\n"
            "John Roe, Vice President, 555-010-0198\n")
    assert unwrap_lines(text) == text


def test_list_items_keep_their_breaks():
    text = ("Highlights of the quarter for the company and its customers were these ones:\n"
            "- revenue grew by a third over the same quarter of the year before it\n"
            "- margins improved in every month of the quarter that ended in September\n"
            "and the company said it would continue to grow in the coming quarters too.\n"
            "The board also met and approved a dividend for all of the shareholders of\n"
            "record as of the end of the month.\n")
    out = prepare_text(text)
    assert "\n- revenue" in out and "\n- margins" in out


def test_a_markdown_release_reads_like_plain_text(tmp_path):
    from typer.testing import CliRunner

    from relx.cli import app

    path = tmp_path / "release.md"
    path.write_text("# Orbital raises $45 million\n\n**SEATTLE, April 14, 2026** — [Orbital "
                    "Freight](https://orbital.example) today announced a round led by **Kinnear "
                    "Capital**.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--format", "json"])
    import json

    record = json.loads(result.stdout)
    assert record["published"] == "2026-04-14"
    assert record["dateline"]["location"] == "SEATTLE"
    assert {"Orbital Freight", "Kinnear Capital"} <= {o["name"] for o in record["organizations"]}
