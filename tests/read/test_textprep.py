"""Text preparation: Markdown and hard wrapping removed one character for one; HTML entities
decoded and glued seams split."""
from __future__ import annotations

import pytest

from relx.read.textprep import find_seams, mask_markdown, prepare_text, unwrap_lines


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
    from click.testing import CliRunner

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


# Glued seams: text scraped from a page whose blocks lost their separators. Each kind
# gets its separator back; real names with a capital inside them are never cut.
@pytest.mark.parametrize("glued, prepared, rule", [
    ("Media ContactJane Roe", "Media Contact\nJane Roe", "label-then-name"),
    ("Contact DetailsOrchard Robotics", "Contact Details\nOrchard Robotics", "label-then-name"),
    ("MEDIA CONTACTJane Roe", "MEDIA CONTACT\nJane Roe", "label-then-name"),
    ("Jane Roe, PresidentTel: (555) 010-0199", "Jane Roe, President\nTel: (555) 010-0199",
     "text-then-label"),
    ("jo@orchard.exampleWebsite: orchard.example", "jo@orchard.example\nWebsite: orchard.example",
     "text-then-label"),
    ("Jane RoeVP Communications", "Jane Roe\nVP Communications", "name-then-title"),
    ("Jane RoeChief Financial Officer", "Jane Roe\nChief Financial Officer", "name-then-title"),
    ("Chief Financial OfficerOrchard Robotics Inc.", "Chief Financial Officer\nOrchard Robotics Inc.",
     "title-then-text"),
    ("Orchard Robotics, Inc.Jane Roe, President", "Orchard Robotics, Inc.\nJane Roe, President",
     "legal-form-then-text"),
    ("Press contact: Jane Roehttps://orchard.example", "Press contact: Jane Roe\nhttps://orchard.example",
     "text-then-url"),
    ("About OrchardOrchard is a maker of farm robots.", "About Orchard\nOrchard is a maker of farm robots.",
     "repeated-phrase"),
    ("Orchard LabsOrchard Labs builds farm robots.", "Orchard Labs\nOrchard Labs builds farm robots.",
     "repeated-phrase"),
    ("A Record HarvestThe company picked more apples.", "A Record Harvest\nThe company picked more apples.",
     "heading-then-body"),
    ("Hashtag: #OrchardThe issuer is responsible.", "Hashtag: #Orchard\nThe issuer is responsible.",
     "heading-then-body"),
    ("Revenue grew by a third.The board met.", "Revenue grew by a third. The board met.",
     "sentence-then-sentence"),
    ("\u201cWe grew,\u201d she said.\u201dAbout Orchard", "\u201cWe grew,\u201d she said.\u201d About Orchard",
     "sentence-then-sentence"),
])
def test_glued_seams_get_their_separator_back(glued, prepared, rule):
    assert prepare_text(glued) == prepared
    assert rule in {seam.rule for seam in find_seams(glued)}


@pytest.mark.parametrize("text", [
    "McDonald met the iPhone team at PayPal, LinkedIn and YouTube about DeFi.",
    "See her LinkedIn profile or the WeWork offices with TomTom maps.",
    "Visit www.OrchardLabs.com.The site and https://orchard.example/News/Today work.",
    "Write to jo@OrchardLabs.com or follow x.com/OrchardCEO for news.",
    "Company Websitehttps://orchard.example",
    "VGTel, Inc. makes phones; MacBook owners use DeShawn's app.",
])
def test_capitals_inside_names_and_addresses_are_no_seam(text):
    assert prepare_text(text) == text


def test_html_entities_are_decoded():
    assert prepare_text("Pugh &amp; Tiller won &#8220;Best&#8221; &nbsp;awards &#x2014; again") \
        == "Pugh & Tiller won \u201cBest\u201d \u00a0awards \u2014 again"
    assert prepare_text("AT&T and R&D & more &unknownentity;") == "AT&T and R&D & more &unknownentity;"


def test_a_scraped_contact_block_reads_as_lines(tmp_path):
    from click.testing import CliRunner

    from relx.cli import app

    path = tmp_path / "release.txt"
    path.write_text("Orchard Robotics Picks a Record Harvest\n\nOrchard Robotics said today that its "
                    "robots picked a record harvest.\n\nMedia ContactJane RoeVP CommunicationsOrchard "
                    "Robotics Inc.Tel: (555) 010-0199\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--format", "json", "--include-text"])
    import json

    record = json.loads(result.stdout)
    assert "Media Contact\nJane Roe\nVP Communications" in record["text"]
    assert "Jane Roe" in {p["name"] for p in record["people"]}
    for person in record["people"]:
        for m in person["mentions"]:
            assert record["text"][m["start"]:m["end"]] == m["text"]


def test_the_name_line_of_a_contact_block_is_not_a_headline():
    from relx.extractors.textutil import headline_ranges

    text = "Orchard Robotics Picks a Record Harvest\n\nContact\nJane Roe, Vice President\nTel: (555) 010-0199\n"
    starts = [text[s:e] for s, e in headline_ranges(text)]
    assert starts == ["Orchard Robotics Picks a Record Harvest"]
