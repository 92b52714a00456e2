"""Real-world input end to end: a folder holding one of each awkward case (a saved web
page, legacy encodings, a byte order mark, CR and CRLF line ends, a PDF or an image
renamed .txt, empty files, a text too long for one parse, hostile runs of punctuation)
gives a record or a one-line error for each, and the exit status says whether any failed.
Hostile texts return a record in time that grows linearly with their size."""
from __future__ import annotations

import json
import shutil
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from offset_checks import offset_errors
from relx.nlp.chunks import CHUNK_CHARS, LONG_RUN
from relx.cli import app
from relx.pipeline import extract_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "realworld"

# A paragraph of a fictional release, repeated to make a text longer than one parse.
PARAGRAPH = ("Velmora Foods Inc. said on March 5, 2030 that sales rose. \u201cWe grew in every "
             "region,\u201d said Ada Lind, chief executive officer of Velmora Foods.\n\n")
LONG_RELEASE = ("Velmora Foods Reports Results\n\nCHICAGO, March 5, 2030 -- Velmora Foods Inc. "
                "reported results for 2029.\n\n" + PARAGRAPH * (CHUNK_CHARS // len(PARAGRAPH) + 40))

# What a batch cannot read, by the start of its bytes.
NOT_TEXT = {
    "report.pdf.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "logo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
}


@pytest.fixture(scope="module")
def realworld(tmp_path_factory) -> Path:
    """The committed fixtures plus the cases built here: binaries, a long text, hostile
    runs (too big, or too binary, to keep in the repository)."""
    folder = tmp_path_factory.mktemp("realworld")
    for path in FIXTURES.iterdir():
        shutil.copy(path, folder / path.name)
    for name, data in NOT_TEXT.items():
        (folder / name).write_bytes(data)
    with zipfile.ZipFile(folder / "archive.txt", "w") as archive:
        archive.writestr("release.txt", "Acme said.")
    (folder / "long_release.txt").write_text(LONG_RELEASE, encoding="utf-8")
    (folder / "quote_marks.txt").write_text("\u201c" * 20_000 + '"' * 20_000, encoding="utf-8")
    (folder / "one_line.txt").write_text("Velmora" * 30_000, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def batch(realworld):
    result = CliRunner().invoke(app, ["extract", str(realworld), "--format", "jsonl",
                                      "--include-text", "--quiet"], prog_name="relx")
    records = {Path(r["source"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    return result, records


def test_every_file_gives_a_record_or_one_error_line_and_the_exit_status_is_1(realworld, batch):
    result, records = batch
    errors = result.stderr.splitlines()
    assert result.exit_code == 1
    assert sorted(records) + [] == sorted(p.name for p in realworld.iterdir()
                                          if p.name not in {"archive.txt", *NOT_TEXT})
    assert sorted(errors) == sorted([
        f"relx: {realworld / 'archive.txt'}: not a text file (a ZIP archive or Office document)",
        f"relx: {realworld / 'logo.txt'}: not a text file (a PNG image)",
        f"relx: {realworld / 'report.pdf.txt'}: not a text file (a PDF document)",
    ])


def test_a_folder_of_readable_files_exits_0(realworld, tmp_path):
    for name in ("utf16.txt", "saved_page.html", "empty.txt"):
        shutil.copy(realworld / name, tmp_path / name)
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "jsonl", "--quiet"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3


def test_every_offset_points_into_the_included_text(batch):
    _, records = batch
    for name, record in records.items():
        from relx.model import Dateline, DateMention, Mention, Organization, Person, Quote, Record, Role

        rebuilt = Record(
            source=name,
            organizations=[Organization(name=o["name"], mentions=[Mention(**m) for m in o["mentions"]])
                           for o in record["organizations"]],
            people=[Person(name=p["name"], mentions=[Mention(**m) for m in p["mentions"]])
                    for p in record["people"]],
            roles=[Role(**r) for r in record["roles"]],
            dates=[DateMention(**d) for d in record["dates"]],
            quotes=[Quote(**q) for q in record["quotes"]],
            dateline=Dateline(**record["dateline"]) if record["dateline"] else None,
        )
        assert offset_errors(rebuilt, record["text"]) == [], name


def test_a_saved_web_page_is_its_main_text_with_the_page_date(batch):
    record = batch[1]["saved_page.html"]
    text = record["text"]
    assert "Norvale Robotics, a maker of warehouse robots" in text
    assert "cookies" not in text and "Privacy" not in text and "window.analytics" not in text
    assert "\n\n\u201cLisbon gives us" in text  # paragraphs keep their blank lines
    assert record["title"] == "Norvale Robotics Opens Lisbon Research Centre"
    assert record["published"] == "2024-04-08"  # from the page's metadata: the body has no date
    assert [q["speaker"] for q in record["quotes"]][:1] == ["Ines Carvalho"]


def test_a_web_page_saved_as_text_in_windows_1252_is_read_as_a_page(batch):
    record = batch[1]["page_saved_as_text.txt"]
    assert record["text"].startswith("Quillon Bank Names Chief Risk Officer\n\nZURICH, May 2, 2030")
    assert "<p>" not in record["text"]
    assert {p["name"] for p in record["people"]} >= {"Andr\u00e9 M\u00fcller", "Lena Sauer"}
    assert record["published"] == "2030-05-02"


@pytest.mark.parametrize("name, dateline, speaker", [
    ("windows_1252_crlf.txt", "MONTREAL, June 3, 2029", "Zo\u00eb Tremblay"),
    ("utf8_bom_crlf.txt", "AUSTIN, Texas, Jan. 9, 2030 /PRNewswire/", "Dan Okafor"),
    ("utf16.txt", "OSLO, Sept. 14, 2029", "Sigrid Holm"),
])
def test_legacy_encodings_and_windows_line_ends_read_as_any_release(batch, name, dateline, speaker):
    record = batch[1][name]
    assert "\r" not in record["text"] and "\ufeff" not in record["text"]
    assert record["dateline"]["text"] == dateline
    assert [q["speaker"] for q in record["quotes"]] == [speaker]


def test_old_mac_line_ends_and_latin1(batch):
    assert batch[1]["old_mac_cr.txt"]["published"] == "2028-02-02"
    assert batch[1]["latin1.txt"]["text"].startswith("Soci\u00e9t\u00e9 Belmont annonce")


@pytest.mark.parametrize("name", ["empty.txt", "whitespace_only.txt"])
def test_an_empty_file_is_an_empty_record(batch, name):
    record = batch[1][name]
    assert (record["organizations"], record["people"], record["dates"], record["quotes"]) == ([], [], [], [])


def test_a_text_longer_than_one_parse_is_one_record_over_the_whole_text(batch):
    record = batch[1]["long_release.txt"]
    assert len(record["text"]) > CHUNK_CHARS
    assert record["dateline"]["text"] == "CHICAGO, March 5, 2030"
    quotes = record["quotes"]
    assert len(quotes) == LONG_RELEASE.count("\u201cWe grew")
    assert quotes[-1]["start"] > CHUNK_CHARS  # found in a later chunk, placed in the whole text
    assert {q["speaker"] for q in quotes} == {"Ada Lind"}
    assert [o["name"] for o in record["organizations"] if o["issuer"]] == ["Velmora Foods Inc."]


@pytest.mark.parametrize("name", ["quote_marks.txt", "one_line.txt", "hostile_mixed_scripts.txt"])
def test_hostile_texts_give_a_record(batch, name):
    assert batch[1][name]["source"].endswith(name)


def test_max_chars_refuses_a_longer_input_with_one_line(realworld):
    result = CliRunner().invoke(app, ["extract", str(realworld / "long_release.txt"),
                                      "--max-chars", "20000", "--format", "json"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (f"relx: {realworld / 'long_release.txt'}: too long "
                             f"({len(LONG_RELEASE):,} characters, over --max-chars 20,000)\n")


def _seconds(text: str) -> float:
    start = time.perf_counter()
    record = extract_text(text)
    elapsed = time.perf_counter() - start
    assert offset_errors(record, text) == []
    return elapsed


@pytest.mark.parametrize("unit", [
    '"', "\u201c", "\u201c\u201d", "(", "x", "\x00\x07", "\U0001F600", "\u0645\u0631\u062d",
    ' "', "\u201cA\u201d ", "2024-03-05-", " \u200b", "\u00e9\u0301", "--",
])
def test_hostile_runs_take_time_linear_in_their_length(nlp, unit):
    """Each hostile text at twice the length may take about twice as long (a generous
    bound: 3x plus a little); the quadratic tokenizer cost of a long run (12 s for
    10,000 quotation marks without LONG_RUN) would show as 4x."""
    size = 8 * LONG_RUN * 10
    small, large = (unit * (n // len(unit)) for n in (size, 2 * size))
    _seconds(small)  # warm caches
    assert _seconds(large) < 3 * _seconds(small) + 0.5
