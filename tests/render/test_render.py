"""Renderers: JSON shapes a script can rely on, and tables a person can read in 80 columns."""
from __future__ import annotations

import io
import json

from rich.console import Console

from relx.model import (
    DateMention, Dateline, Mention, Organization, Person, Quote, Record, Role, Ticker,
)
from relx.render.jsonout import JsonWriter, dumps
from relx.render.table import QUOTE_PREVIEW, print_record

LONG_QUOTE = ("We have spent three years listening to the owners of small restaurants, garages "
              "and clinics, and every one of them told us the same thing about the paperwork "
              "that keeps them up at night, long after the doors are locked,")


def record(source: str = "acme.txt") -> Record:
    text_org = "Acme Widgets International Holdings Corporation of North America, Inc."
    return Record(
        source=source,
        title="Acme Widgets Names Jane Doe Chief Executive Officer",
        published="2026-03-10",
        dateline=Dateline("PORTLAND, Ore.", "2026-03-10", 0, 39,
                          "PORTLAND, Ore., March 10, 2026 /PRNewswire/"),
        organizations=[
            Organization(text_org, aliases=["Acme", "Acme Widgets", "AWIHC", "@AcmeWidgets"],
                         mentions=[Mention(100, 171, text_org)],
                         ticker=Ticker("NASDAQ", "ACME", 173, 187, "NASDAQ: ACME"),
                         issuer=True, rule="legal-suffix"),
        ],
        people=[Person("Jane Doe", aliases=["Doe"], mentions=[Mention(200, 208, "Jane Doe")],
                       rule="ner")],
        roles=[Role("Jane Doe", "Chief Executive Officer and Chair of the Board of Directors",
                    text_org, 210, 268, rule="appositive"),
               Role("Jane Doe", "president", text_org, 300, 309, rule="bare-title",
                    organization_inferred=True)],
        dates=[DateMention("March 10, 2026", "2026-03-10", "day", 16, 30, rule="month-day-year"),
               DateMention("today", None, "day", 320, 325, relative=True, rule="today")],
        quotes=[Quote(LONG_QUOTE, 400, 400 + len(LONG_QUOTE), speaker="Jane Doe", rule="said-after"),
                Quote("Onward.", 600, 607, rule="marks")],
    )


def test_dumps_is_the_record_as_json_with_each_persons_roles():
    data = json.loads(dumps(record()))
    assert data["source"] == "acme.txt"
    assert data["dateline"] == {"location": "PORTLAND, Ore.", "date": "2026-03-10", "start": 0,
                                "end": 39, "text": "PORTLAND, Ore., March 10, 2026 /PRNewswire/"}
    assert data["organizations"][0]["ticker"]["symbol"] == "ACME"
    assert [r["title"] for r in data["people"][0]["roles"]] == [
        "Chief Executive Officer and Chair of the Board of Directors", "president"]
    assert "person" not in data["people"][0]["roles"][0]
    assert data["quotes"][1]["speaker"] is None


def test_dumps_keeps_non_ascii_text_readable():
    assert '"Zoë Café"' in dumps(Record(source="x", people=[Person("Zoë Café")]))


def test_a_single_record_is_one_indented_object():
    out = io.StringIO()
    writer = JsonWriter(out)
    writer.write(record())
    writer.close()
    assert json.loads(out.getvalue())["source"] == "acme.txt"
    assert out.getvalue().startswith("{\n  ") and out.getvalue().endswith("}\n")


def test_several_records_are_one_array():
    out = io.StringIO()
    writer = JsonWriter(out, array=True)
    for name in ("a.txt", "b.txt", "c.txt"):
        writer.write(record(name))
    writer.close()
    assert [r["source"] for r in json.loads(out.getvalue())] == ["a.txt", "b.txt", "c.txt"]


def test_an_array_of_no_records_is_still_valid_json():
    out = io.StringIO()
    JsonWriter(out, array=True).close()
    assert out.getvalue() == "[]\n"


def test_lines_are_one_compact_object_per_line_even_when_an_array_was_asked():
    out = io.StringIO()
    writer = JsonWriter(out, lines=True, array=True)
    writer.write(record("a.txt"))
    writer.write(record("b.txt"))
    writer.close()
    lines = out.getvalue().split("\n")
    assert lines[-1] == ""
    assert [json.loads(line)["source"] for line in lines[:-1]] == ["a.txt", "b.txt"]


def test_each_record_is_flushed_as_soon_as_it_is_written():
    class Recorder(io.StringIO):
        flushed: list[str] = []

        def flush(self):
            self.flushed.append(self.getvalue())

    out = Recorder()
    writer = JsonWriter(out, lines=True)
    writer.write(record("a.txt"))
    assert out.flushed and json.loads(out.flushed[-1])["source"] == "a.txt"


def render(rec: Record, width: int = 80, terminal: bool = False, full: bool = False) -> list[str]:
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None,
                      force_terminal=terminal)
    print_record(rec, console, full=full)
    return console.export_text().splitlines()


def test_the_table_fits_80_columns_even_with_long_names_and_quotes():
    lines = render(record())
    too_wide = [line for line in lines if len(line) > 80]
    assert not too_wide, "\n".join(too_wide)


def test_the_table_shows_the_title_source_dates_and_every_section():
    lines = render(record())
    assert lines[0] == "Acme Widgets Names Jane Doe Chief Executive Officer"
    assert lines[1] == "acme.txt"
    assert lines[2] == "published: 2026-03-10   dateline: PORTLAND, Ore., 2026-03-10"
    text = "\n".join(lines)
    for heading in ("Organizations (1)", "People (1)", "Roles (2)", "Dates (2)", "Quotes (2)"):
        assert heading in text
    assert "NASDAQ: ACME" in text
    assert "(inferred)" in text


def test_the_table_marks_what_is_unknown_and_shortens_long_quotes_on_a_terminal():
    text = "\n".join(render(record(), width=200, terminal=True))
    assert "today" in text and " ? " in text  # an unresolved date value
    assert "…" in text and LONG_QUOTE[:60] in text and LONG_QUOTE not in text
    assert QUOTE_PREVIEW < len(LONG_QUOTE)


def test_full_or_a_table_that_is_not_on_a_terminal_shows_quotes_whole():
    for terminal, full in ((True, True), (False, False)):
        text = " ".join(" ".join(render(record(), width=200, terminal=terminal, full=full)).split())
        assert LONG_QUOTE in text and "…" not in text


def test_a_table_that_is_not_on_a_terminal_has_no_trailing_spaces():
    lines = render(record())
    assert lines and not [line for line in lines if line != line.rstrip()]


def test_an_empty_record_is_its_source_and_no_tables():
    lines = render(Record(source="empty.txt"))
    assert lines[:3] == ["empty.txt", "empty.txt", "published: -"]
    assert not any("(" in line for line in lines)


def test_square_brackets_in_the_text_are_shown_as_written_not_read_as_markup():
    rec = Record(source="x[/b].txt", title="Acme [sic] launches [bold]X[/]",
                 organizations=[Organization("Acme [Holdings]", aliases=["[/x]"])],
                 people=[Person("Jane [Doe]")],
                 roles=[Role("Jane [Doe]", "CEO [interim]", None, 0, 3)],
                 dates=[DateMention("[2026]", "2026", "year", 0, 6)],
                 quotes=[Quote("We [the company] are ready [/]", 0, 5, speaker="Jane [Doe]")])
    text = "\n".join(render(rec, width=120))
    for written in ("Acme [sic] launches [bold]X[/]", "x[/b].txt", "Acme [Holdings]", "[/x]",
                    "CEO [interim]", "[2026]", "We [the company] are ready [/]"):
        assert written in text


def test_a_json_line_never_holds_a_character_that_readers_take_for_a_line_break():
    quote = "First line\u2028second\u2029third\x85fourth\nfifth\x0bsixth"
    out = io.StringIO()
    writer = JsonWriter(out, lines=True)
    writer.write(Record(source="odd.txt", quotes=[Quote(quote, 0, len(quote))]))
    assert len(out.getvalue().splitlines()) == 1
    assert json.loads(out.getvalue())["quotes"][0]["text"] == quote


def test_the_announcement_line_and_the_amounts_table():
    from relx.model import Amount, Announcement, DealAmount, Party

    rec = Record(
        source="dropzone.txt", title="Acme Raises $37M Series B",
        amounts=[Amount("$37 million", 37_000_000, "USD", 40, 51, rule="symbol"),
                 Amount("$0.35", 0.35, "USD", 60, 65, rule="symbol")],
        announcement=Announcement(
            kind="funding", rule="funding/headline",
            parties=[Party("recipient", "Acme", 0, 4), Party("investor", "Theory Ventures", 10, 25, lead=True),
                     Party("investor", "Madrona", 30, 37, lead=False),
                     Party("investor", "IQT", 38, 41, lead=False)],
            amount=DealAmount(37_000_000, "USD", "$37 million", 40, 51), round="Series B"))
    lines = render(rec, width=120)
    assert lines[3] == ("funding: Acme raised USD 37,000,000 (Series B), led by Theory Ventures "
                        "with Madrona, IQT")
    text = "\n".join(lines)
    assert "Amounts (2)" in text and "37,000,000" in text and "0.35" in text
    assert json.loads(dumps(rec))["announcement"]["parties"][1]["lead"] is True


def test_other_kinds_read_as_one_line():
    from relx.model import Announcement, Party

    rec = Record(source="a.txt", announcement=Announcement(
        kind="acquisition", parties=[Party("acquirer", "Acme", 0, 4), Party("target", "Widgetco", 5, 13),
                                     Party("seller", "Holdco", 14, 20)]))
    assert "acquisition: Acme acquires Widgetco from Holdco" in render(rec)
    assert "other: -" in render(Record(source="b.txt", announcement=Announcement(kind="other")))
