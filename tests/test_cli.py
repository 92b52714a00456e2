"""The `relx` command line, end to end: what goes to stdout, what to stderr, the exit code.

Most tests drive the Click app in-process with CliRunner (stdout and stderr are kept
apart by the installed Click); the few that depend on the process itself (what is
imported, whether stdout is a terminal) run a real subprocess.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import relx
from relx.cli import app

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
WIRE = SAMPLES / "wire_harborline_port_electrification.txt"
FUNDING = SAMPLES / "funding_quillmark_series_a.txt"

RELEASE = ("Acme Widgets today named Jane Doe its chief executive officer. "
           "\"We are ready,\" said Doe.\n")


def relx_cli(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input, prog_name="relx")


def run_relx(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """`relx ARGS` in a fresh Python process (the console script's entry point)."""
    code = "import sys; from relx.cli import app; app(prog_name='relx')"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=120, **kwargs)


@pytest.fixture
def releases(tmp_path: Path) -> Path:
    """A folder of releases, with files relx must skip and a subfolder it must walk."""
    (tmp_path / "b.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "a.md").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(RELEASE, encoding="utf-8")
    return tmp_path


def test_version():
    result = relx_cli("--version")
    assert (result.exit_code, result.stdout, result.stderr) == (0, f"relx {relx.__version__}\n", "")


def test_help_lists_the_command_without_importing_spacy():
    """`relx --help` must answer at once: loading spaCy takes seconds."""
    code = ("import sys\n"
            "from relx.cli import app\n"
            "for args in (['--help'], ['extract', '--help']):\n"
            "    try:\n"
            "        app(args, prog_name='relx')\n"
            "    except SystemExit as exc:\n"
            "        assert exc.code == 0, exc.code\n"
            "print('SPACY' if 'spacy' in sys.modules else 'NO SPACY')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "Usage: relx [OPTIONS] [COMMAND]" in proc.stdout
    assert "Usage: relx extract [OPTIONS]" in proc.stdout and "PATH" in proc.stdout
    assert "--format" in proc.stdout and "--model" in proc.stdout
    assert proc.stdout.rstrip().endswith("NO SPACY")


def test_no_arguments_shows_the_help_and_is_a_usage_error():
    result = relx_cli()
    assert result.exit_code == 2
    assert "Usage: relx" in result.stdout


def test_one_file_prints_one_json_object_and_nothing_else():
    result = relx_cli("extract", "--format", "json", str(WIRE))
    assert result.exit_code == 0
    assert result.stderr == ""
    record = json.loads(result.stdout)  # the whole of stdout is one JSON document
    assert isinstance(record, dict)
    assert record["source"] == str(WIRE)
    for field in ("title", "published", "dateline", "organizations", "people", "roles",
                  "dates", "quotes"):
        assert field in record


def test_json_is_the_default_when_stdout_is_not_a_terminal():
    result = relx_cli("extract", str(WIRE))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == str(WIRE)


def test_two_files_print_an_array_in_argument_order():
    result = relx_cli("extract", "--format", "json", str(WIRE), str(FUNDING))
    assert (result.exit_code, result.stderr) == (0, "")
    records = json.loads(result.stdout)
    assert [r["source"] for r in records] == [str(WIRE), str(FUNDING)]


def test_jsonl_prints_one_object_per_line():
    result = relx_cli("extract", "--format", "jsonl", str(WIRE), str(FUNDING))
    assert (result.exit_code, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(WIRE), str(FUNDING)]


def test_a_folder_is_every_txt_and_md_file_below_it_sorted(releases: Path):
    result = relx_cli("extract", "--format", "json", str(releases))
    assert (result.exit_code, result.stderr) == (0, "")
    sources = [r["source"] for r in json.loads(result.stdout)]
    assert sources == [str(releases / "a.md"), str(releases / "b.txt"), str(releases / "sub" / "c.txt")]


def test_a_folder_with_one_file_is_still_an_array(tmp_path: Path):
    """The shape of the output follows the arguments, so a script can rely on it."""
    (tmp_path / "only.txt").write_text(RELEASE, encoding="utf-8")
    result = relx_cli("extract", "--format", "json", str(tmp_path))
    assert result.exit_code == 0
    assert [r["source"] for r in json.loads(result.stdout)] == [str(tmp_path / "only.txt")]


def test_an_empty_folder_is_an_empty_array_and_an_error_that_says_what_was_looked_for(tmp_path: Path):
    result = relx_cli("extract", "--format", "json", str(tmp_path))
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "[]\n", f"relx: {tmp_path}: no release files (looked for *.txt, *.md, *.html, *.htm)\n")


def test_dash_reads_standard_input():
    result = relx_cli("extract", "--format", "json", "-", input=RELEASE)
    assert (result.exit_code, result.stderr) == (0, "")
    expected = relx.extract(RELEASE, source="<stdin>").to_dict()
    got = json.loads(result.stdout)
    assert got.pop("relx")["version"] == relx.__version__
    assert got == json.loads(json.dumps(expected))


def test_a_missing_path_is_reported_and_the_other_inputs_still_processed(tmp_path: Path):
    missing = str(tmp_path / "missing.txt")
    result = relx_cli("extract", "--format", "jsonl", str(WIRE), missing, str(FUNDING))
    assert result.exit_code == 1
    assert result.stderr == f"relx: {missing}: no such file or directory\n"
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(WIRE), str(FUNDING)]


def test_a_missing_path_alone_prints_nothing_on_stdout(tmp_path: Path):
    missing = str(tmp_path / "missing.txt")
    result = relx_cli("extract", "--format", "json", missing)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"relx: {missing}: no such file or directory\n"


def test_a_binary_file_is_reported_and_skipped(tmp_path: Path):
    blob = tmp_path / "logo.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = relx_cli("extract", "--format", "json", str(blob), str(WIRE))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"relx: {blob}: not a text file")
    assert len(result.stderr.splitlines()) == 1
    assert [r["source"] for r in json.loads(result.stdout)] == [str(WIRE)]


def test_a_document_an_extractor_fails_on_is_reported_and_the_batch_goes_on(monkeypatch, tmp_path):
    import relx.pipeline

    real_analyze = relx.pipeline.analyze

    def analyze(doc, source="", **kwargs):
        if source == str(FUNDING):
            raise RuntimeError("boom")
        return real_analyze(doc, source, **kwargs)

    monkeypatch.setattr(relx.pipeline, "analyze", analyze)
    result = relx_cli("extract", "--format", "jsonl", str(FUNDING), str(WIRE))
    assert result.exit_code == 1
    assert result.stderr == f"relx: {FUNDING}: extraction failed: RuntimeError: boom\n"
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(WIRE)]


def test_an_unknown_option_is_a_usage_error():
    result = relx_cli("extract", "--bogus", str(WIRE))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1].startswith("Error: No such option '--bogus'.")


def test_an_unknown_format_is_a_usage_error():
    result = relx_cli("extract", "--format", "xml", str(WIRE))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--format" in result.stderr


def test_a_model_that_is_not_installed_is_one_clear_line_and_a_usage_error():
    result = relx_cli("extract", "--model", "does-not-exist", str(WIRE))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == ("relx: cannot load spaCy pipeline 'does-not-exist': "
                             "is it installed?\n")


def test_table_format_prints_the_title_and_the_table_headings():
    result = relx_cli("extract", "--format", "table", str(WIRE))
    assert (result.exit_code, result.stderr) == (0, "")
    record = relx.extract(WIRE.read_text(encoding="utf-8"), source=str(WIRE))
    lines = result.stdout.splitlines()
    head = lines[: lines.index(str(WIRE))]  # a long title wraps over several lines
    assert " ".join(line.strip() for line in head) == (record.title or str(WIRE))
    assert f"Organizations ({len(record.organizations)})" in result.stdout
    assert f"People ({len(record.people)})" in result.stdout
    header = next(line for line in lines if line.split()[:2] == ["name", "aliases"])
    assert header.split() == ["name", "aliases", "ticker"]
    assert max(len(line) for line in lines) <= 80


def test_a_pipe_gets_json_and_a_terminal_gets_the_table():
    """The default format follows whether stdout is a terminal, in a real process."""
    piped = run_relx("extract", str(WIRE))
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout)["source"] == str(WIRE)

    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from relx.cli import app; app(prog_name='relx')",
         "extract", str(WIRE)],
        stdout=follower, stderr=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "80"})
    os.close(follower)  # the child holds its own copy; reading ends when it exits
    chunks = []
    try:
        while chunk := os.read(leader, 65536):
            chunks.append(chunk)
    except OSError:  # Linux reports EIO once the last writer has closed the terminal
        pass
    finally:
        os.close(leader)
    assert proc.wait(timeout=120) == 0
    shown = b"".join(chunks).decode("utf-8", errors="replace")
    assert not shown.lstrip().startswith("{")
    assert "Organizations (" in shown


ODD_INPUTS = {
    "empty.txt": "",
    "blank.txt": " \n\t\n\n",
    "marks.txt": "\"“”‘’'«»„\" \" ” “ said \"",
    "unbalanced.txt": "“Acme said, \"we will,' Jane Doe said. ”\n\n“And\n\n“more",
    "controls.txt": "Acme\x0bInc.\x0c said\u200b today\u2028\u00a0“hi,” Jane\u00adDoe said.\x1b[31m",
    "scripts.txt": "مرحبا “שלום,” said 李明, CEO of 北京公司. 🚀 Ünïcödé GmbH — 1 Jan 2026",
    "brackets.txt": "[Acme] (NASDAQ: ) ((( ))) [[[ said ]]] -- /PRNewswire/ -- , 2026 /",
    "repeats.txt": "Mr. " * 3000 + "\"" * 3000 + "Q3 " * 3000 + "A" * 2000,
}


def test_odd_inputs_are_extracted_without_error_and_with_valid_offsets(tmp_path: Path):
    for name, text in ODD_INPUTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = relx_cli("extract", "--format", "jsonl", str(tmp_path))
    assert (result.exit_code, result.stderr) == (0, "")
    # splitlines, not split("\n"): a record holding U+2028 must still be one line
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(ODD_INPUTS)
    for record in records:
        text = ODD_INPUTS[Path(record["source"]).name]
        items = [*(m for e in record["organizations"] + record["people"] for m in e["mentions"]),
                 *record["dates"], *record["quotes"]]
        items += [{**r, "text": r["title"]} for r in record["roles"]]
        bad = [item for item in items if text[item["start"]:item["end"]] != item["text"]]
        assert not bad, f"{record['source']}: {bad[:3]}"
