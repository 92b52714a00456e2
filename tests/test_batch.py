"""Batches: input order whatever the job count, bad inputs skipped in place, quoted globs,
an --output file that appears only when complete, progress and summary for a watcher,
and the faster thinc ops giving the records blis gives."""
from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import relx.nlp.load
import relx.nlp.ops
import relx.pipeline
from relx.batch import OutputFormat, expand_globs, run_extract
from relx.cli import app
from relx.read.inputs import Document, InputError
from relx.parallel import chunked, even_tail, extract_serial, resolve_jobs

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

RELEASES = {
    "a.txt": "Northwind Robotics today named Ada Lovelace its chief technology officer.\n",
    "b.txt": '"We are ready," said Brook Halloway, chief executive of Quillfeather Labs.\n',
    "c.txt": "Tidewater Analytics, Inc. reported revenue for the quarter ended June 30, 2026.\n",
    "d.txt": "Elm Street Partners will acquire Marlow Systems, the companies said on Monday.\n",
}


class Terminal(io.StringIO):
    """A stream that says it is a terminal, as stderr is for a person at a shell."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in RELEASES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "c2.txt").write_bytes(b"GIF89a\x00\x00\x01")  # sorts between c and d
    return tmp_path


def reports_the_binary_file(err: str, folder: Path) -> bool:
    """The one line about c2.txt (inputs.py words the reason; any 'not a text file ...')."""
    return re.fullmatch(rf"relx: {re.escape(str(folder / 'c2.txt'))}: not a text file[^\n]*\n",
                        err) is not None


def sources(jsonl: str) -> list[str]:
    return [json.loads(line)["source"] for line in jsonl.splitlines()]


def test_two_jobs_give_the_records_of_one_job_in_input_order(folder: Path):
    """Chunks of one document over two workers finish out of order; the output must not."""
    outputs = {}
    for jobs in (1, 2):
        out, err = io.StringIO(), io.StringIO()
        result = run_extract([str(folder)], OutputFormat.jsonl, out, err, jobs=jobs, batch_size=1)
        assert (result.documents, result.failures, result.exit_code) == (5, 1, 1)
        assert reports_the_binary_file(err.getvalue(), folder)
        outputs[jobs] = out.getvalue()
    assert sources(outputs[2]) == [str(folder / n) for n in ("a.txt", "b.txt", "c.txt", "d.txt")]
    assert [json.loads(x)["people"] for x in outputs[2].splitlines()] == \
        [json.loads(x)["people"] for x in outputs[1].splitlines()]


def test_an_input_error_keeps_its_place_among_the_records():
    items = [Document("one", RELEASES["a.txt"]), InputError("two", "unreadable"),
             Document("three", RELEASES["b.txt"])]
    got = list(extract_serial(items, batch_size=2))
    assert [type(x).__name__ for x in got] == ["Record", "InputError", "Record"]
    assert [x.source for x in got] == ["one", "two", "three"]


def test_an_extractor_failing_costs_only_its_document(monkeypatch):
    real = relx.pipeline.analyze

    def analyze(doc, source="", **kwargs):
        if source == "bad":
            raise ValueError("odd text")
        return real(doc, source)

    monkeypatch.setattr(relx.pipeline, "analyze", analyze)
    items = [Document("bad", RELEASES["a.txt"]), Document("good", RELEASES["b.txt"])]
    got = list(extract_serial(items))
    assert got[0] == InputError("bad", "extraction failed: ValueError: odd text")
    assert got[1].source == "good"


def test_chunks_keep_order_and_size():
    assert list(chunked(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert list(chunked([], 3)) == []


def test_jobs_zero_is_every_available_core():
    assert resolve_jobs(0) >= 1
    assert resolve_jobs(3) == 3


def test_quoted_globs_are_expanded_sorted_and_recursively(tmp_path: Path):
    for name in ("b.txt", "a.txt", "notes.md", "sub/c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert list(expand_globs([str(tmp_path / "*.txt")])) == \
        [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert list(expand_globs([str(tmp_path / "**" / "*.txt")])) == \
        [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.txt")]


def test_a_glob_matching_nothing_is_passed_on_to_be_reported(tmp_path: Path):
    pattern = str(tmp_path / "*.txt")
    assert list(expand_globs([pattern, "-"])) == [pattern, "-"]


def test_a_file_whose_name_looks_like_a_glob_is_taken_as_it_is(tmp_path: Path):
    odd = tmp_path / "[draft].txt"
    odd.write_text("x", encoding="utf-8")
    assert list(expand_globs([str(odd)])) == [str(odd)]


def test_output_file_holds_the_batch(folder: Path, tmp_path: Path):
    target = tmp_path / "out" / "records.jsonl"
    target.parent.mkdir()
    result = CliRunner().invoke(app, ["extract", "-f", "jsonl", "-o", str(target),
                                      str(folder / "a.txt"), str(folder / "b.txt")])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert sources(target.read_text(encoding="utf-8")) == [str(folder / "a.txt"), str(folder / "b.txt")]
    assert [p.name for p in target.parent.iterdir()] == ["records.jsonl"]


def test_an_interrupted_batch_leaves_no_output_file_and_no_temporary_file(monkeypatch, tmp_path):
    target = tmp_path / "records.jsonl"
    target.write_text("older batch\n", encoding="utf-8")

    def interrupted(paths, fmt, out, err, **kwargs):
        out.write("half a batch\n")
        raise KeyboardInterrupt

    monkeypatch.setattr("relx.batch.run_extract", interrupted)
    result = CliRunner().invoke(app, ["extract", "-o", str(target), str(SAMPLES)])
    assert (result.exit_code, result.stderr) == (130, "relx: interrupted\n")
    assert target.read_text(encoding="utf-8") == "older batch\n"
    assert [p.name for p in tmp_path.iterdir()] == ["records.jsonl"]


def test_an_output_folder_that_does_not_exist_is_a_usage_error(tmp_path: Path):
    target = tmp_path / "missing" / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", "-o", str(target), str(SAMPLES)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"Error: Invalid value for '--output': '{target}': folder '{target.parent}' does not exist")


def test_a_negative_job_count_is_a_usage_error():
    result = CliRunner().invoke(app, ["extract", "--jobs", "-1", str(SAMPLES)])
    assert result.exit_code == 2
    assert "--jobs" in result.stderr


def test_a_watched_batch_ends_with_one_summary_line(folder: Path):
    out, err = io.StringIO(), Terminal()
    run_extract([str(folder)], OutputFormat.jsonl, out, err)
    # The bar is transient: once its escape codes have erased it, what stays on the
    # screen is the error line and the summary.
    lines = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", err.getvalue()).splitlines()
    assert any(f"relx: {folder / 'c2.txt'}: not a text file" in line for line in lines)
    assert re.fullmatch(r"relx: 5 documents, 1 failed, \d+\.\d s", lines[-1])
    assert len(sources(out.getvalue())) == 4


def test_quiet_or_a_stderr_that_is_no_terminal_gets_only_the_errors(folder: Path):
    for err, quiet in ((Terminal(), True), (io.StringIO(), False)):
        run_extract([str(folder)], OutputFormat.jsonl, io.StringIO(), err, quiet=quiet)
        assert reports_the_binary_file(err.getvalue(), folder)


def test_a_single_file_watched_gets_no_summary(folder: Path):
    err = Terminal()
    run_extract([str(folder / "a.txt")], OutputFormat.json, io.StringIO(), err)
    assert err.getvalue() == ""


def test_fast_ops_give_the_records_blis_gives(monkeypatch):
    """The matmul gemm must not change a single record on the sample releases."""
    fast = relx.nlp.load.load_nlp()
    assert type(fast.get_pipe("ner").model.ops).__name__ == "MatmulOps"
    monkeypatch.setattr(relx.nlp.ops, "fast_ops", contextlib.nullcontext)
    blis = relx.nlp.load.load_nlp.__wrapped__()  # a second pipeline, outside the cache
    assert type(blis.get_pipe("ner").model.ops).__name__ != "MatmulOps"
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for text, a, b in zip(texts, fast.pipe(texts), blis.pipe(texts)):
        assert [(e.start_char, e.end_char, e.label_) for e in a.ents] == \
            [(e.start_char, e.end_char, e.label_) for e in b.ents]
        assert [(t.pos_, t.dep_, t.head.i) for t in a] == [(t.pos_, t.dep_, t.head.i) for t in b]
        assert relx.pipeline.analyze(a).to_dict() == relx.pipeline.analyze(b).to_dict()


def test_a_quoted_glob_prints_an_array_even_for_one_match(folder: Path):
    out = io.StringIO()
    run_extract([str(folder / "a*.txt")], OutputFormat.json, out, io.StringIO())
    assert [r["source"] for r in json.loads(out.getvalue())] == [str(folder / "a.txt")]


def test_the_last_chunks_of_a_parallel_run_go_out_in_shrinking_pieces():
    chunks = [list(range(i * 16, i * 16 + 16)) for i in range(5)] + [[80, 81, 82]]
    pieces = list(even_tail(chunks, 2))
    assert pieces[:4] == chunks[:4]  # the bulk as it was; the last two held back
    assert [item for piece in pieces for item in piece] == list(range(83))  # all, in order
    tail = pieces[4:]
    assert all(set(piece) <= set(chunk) for piece in tail
               for chunk in chunks if set(piece) & set(chunk))  # no piece spans two chunks
    assert max(map(len, tail)) < 16 and len(tail[-1]) == 1
    assert list(even_tail([], 2)) == []
