"""SQLite output: a folder of releases becomes one database that re-runs keep up to date.

One module of just over 600 lines because the DDL and the writer are one contract: every
column written here is declared a few lines above it.

Why the standard library's sqlite3 and one DDL string rather than sqlite-utils: the schema
is a contract people write queries against, so it is written out here in full (tables,
foreign keys, indexes, the full-text index and its triggers) and `relx schema --sql`
prints exactly what relx runs. sqlite-utils would infer the tables from the first rows it
sees (a column missing from them would be missing from the table) and would bring four
more packages for what is, here, one `executemany` per table.

Safety under faults comes from SQLite itself, used so that it can give it:
- each batch of documents is written in one transaction (`BEGIN IMMEDIATE` ... `COMMIT`),
  and a document's rows are only ever written with all of them, so however relx stops
  (Ctrl-C, SIGTERM, SIGKILL, a power cut) the database holds whole documents only;
- the write-ahead log (WAL) lets readers (Datasette, a sqlite3 shell) read while relx
  writes, and a transaction cut short is rolled back the next time the file is opened;
- records are gathered in memory and the write lock is held only while a batch is written
  (milliseconds), never while documents are being extracted. A second relx on the same
  file waits for the lock (up to BUSY_TIMEOUT seconds, then fails with a clear message);
  since each document's rows are replaced whole, two runs end as if one ran after the other.

Incremental runs: a document is skipped when its file's bytes (SHA-256), the relx version
and the model are those its row was made with, and it did not fail last time.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import stat
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from ..read.inputs import STDIN, InputError
from ..model import Record

SCHEMA_VERSION = 1  # PRAGMA user_version: bumped whenever a table changes
BUSY_TIMEOUT = 60.0  # seconds a run waits for another writer's lock before giving up

DDL = """\
-- The relx database (PRAGMA user_version = 1): one row per document, one table per kind of
-- item. Offsets (start, end) are character offsets into the document's decoded text, as in
-- the JSON output. Each item row belongs to its document and goes when the document's row
-- goes (ON DELETE CASCADE), which is how a re-extracted document replaces its rows.
-- JSON arrays (aliases, also) are stored as JSON text: SQLite's json_each() reads them.

CREATE TABLE IF NOT EXISTS documents (
    id              INTEGER PRIMARY KEY,
    source          TEXT NOT NULL UNIQUE,   -- the path as given to relx (<stdin> for -)
    content_hash    TEXT,                   -- SHA-256 of the file's bytes; NULL if unreadable
    title           TEXT,
    published       TEXT,                   -- YYYY-MM-DD
    dateline_location TEXT,
    dateline_date   TEXT,
    dateline_start  INTEGER,
    dateline_end    INTEGER,
    dateline_text   TEXT,
    reference_date_value  TEXT,             -- what `today`, `next month` resolved against
    reference_date_source TEXT,             -- text, page-metadata or --date
    relx_version    TEXT NOT NULL,
    model           TEXT NOT NULL,          -- the spaCy pipeline
    model_version   TEXT,
    extracted_at    TEXT NOT NULL,          -- UTC, ISO 8601
    error           TEXT                    -- why the document gave no record, or NULL
);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published);

CREATE TABLE IF NOT EXISTS organizations (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,          -- the fullest form in the text
    aliases         TEXT NOT NULL DEFAULT '[]',
    issuer          INTEGER NOT NULL DEFAULT 0,  -- 1: the organization issuing the release
    ticker_exchange TEXT,
    ticker_symbol   TEXT,
    ticker_start    INTEGER,
    ticker_end      INTEGER,
    ticker_text     TEXT,
    rule            TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS organizations_document ON organizations (document_id);
CREATE INDEX IF NOT EXISTS organizations_name ON organizations (name);
CREATE INDEX IF NOT EXISTS organizations_ticker ON organizations (ticker_symbol);

CREATE TABLE IF NOT EXISTS people (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    aliases         TEXT NOT NULL DEFAULT '[]',
    rule            TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS people_document ON people (document_id);
CREATE INDEX IF NOT EXISTS people_name ON people (name);

-- Every place an organization or a person is named: exactly one of the two ids is set.
CREATE TABLE IF NOT EXISTS mentions (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('organization', 'person')),
    organization_id INTEGER REFERENCES organizations (id) ON DELETE CASCADE,
    person_id       INTEGER REFERENCES people (id) ON DELETE CASCADE,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    text            TEXT NOT NULL,
    CHECK ((kind = 'organization') = (organization_id IS NOT NULL)
           AND (kind = 'person') = (person_id IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions (document_id);
CREATE INDEX IF NOT EXISTS mentions_organization ON mentions (organization_id);
CREATE INDEX IF NOT EXISTS mentions_person ON mentions (person_id);

-- A person holding a title at an organization. `person` and `organization` are the names
-- as in the JSON; person_id and organization_id join to the rows of the same document.
CREATE TABLE IF NOT EXISTS roles (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    person_id       INTEGER REFERENCES people (id) ON DELETE CASCADE,
    organization_id INTEGER REFERENCES organizations (id) ON DELETE CASCADE,
    person          TEXT NOT NULL,
    title           TEXT NOT NULL,
    organization    TEXT,
    organization_inferred INTEGER NOT NULL DEFAULT 0,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    rule            TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS roles_document ON roles (document_id);
CREATE INDEX IF NOT EXISTS roles_person_id ON roles (person_id);
CREATE INDEX IF NOT EXISTS roles_organization_id ON roles (organization_id);
CREATE INDEX IF NOT EXISTS roles_person ON roles (person);
CREATE INDEX IF NOT EXISTS roles_organization ON roles (organization);

CREATE TABLE IF NOT EXISTS dates (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    text            TEXT NOT NULL,
    value           TEXT,                   -- 2026-03-10, 2026-03, 2026-Q3, A/B ...
    granularity     TEXT NOT NULL,
    relative        INTEGER NOT NULL DEFAULT 0,
    fiscal          INTEGER NOT NULL DEFAULT 0,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    rule            TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dates_document ON dates (document_id);
CREATE INDEX IF NOT EXISTS dates_value ON dates (value);

-- `speaker` is a name from people or organizations (speaker_person_id set for a person).
CREATE TABLE IF NOT EXISTS quotes (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    speaker_person_id INTEGER REFERENCES people (id) ON DELETE CASCADE,
    text            TEXT NOT NULL,
    speaker         TEXT,
    speaker_title   TEXT,
    speaker_organization TEXT,
    cue             TEXT,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    rule            TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes (document_id);
CREATE INDEX IF NOT EXISTS quotes_speaker_person ON quotes (speaker_person_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker);

-- Full-text search over quotes: SELECT ... FROM quotes_fts WHERE quotes_fts MATCH 'climate'
-- (rowid = quotes.id). Kept in step with quotes by the triggers below.
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5 (
    text, speaker, content = 'quotes', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker)
    VALUES ('delete', old.id, old.text, old.speaker);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_update AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker)
    VALUES ('delete', old.id, old.text, old.speaker);
    INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;

-- Every amount of money: value in plain units ($1.2 billion: 1200000000), ISO 4217 currency.
CREATE TABLE IF NOT EXISTS amounts (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    text            TEXT NOT NULL,
    value           NUMERIC,
    currency        TEXT,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    rule            TEXT
);
CREATE INDEX IF NOT EXISTS amounts_document ON amounts (document_id);
CREATE INDEX IF NOT EXISTS amounts_currency_value ON amounts (currency, value);

-- What the release announces (at most one per document) and its parties in their roles.
-- The *rule columns name the heuristic behind each part.
CREATE TABLE IF NOT EXISTS announcements (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,          -- partnership, funding, acquisition, ...
    rule            TEXT,
    also            TEXT NOT NULL DEFAULT '[]',  -- other kinds a reader could take for it
    amount_value    NUMERIC,                -- the deal's money, in plain units
    amount_currency TEXT,
    amount_text     TEXT,
    amount_start    INTEGER,
    amount_end      INTEGER,
    amount_rule     TEXT,
    round           TEXT,                   -- funding: Seed, Series B ...
    round_rule      TEXT,
    period          TEXT,                   -- earnings: 2026-Q3 ...
    period_rule     TEXT
);
CREATE INDEX IF NOT EXISTS announcements_document ON announcements (document_id);
CREATE INDEX IF NOT EXISTS announcements_kind ON announcements (kind);

-- `name` is an organization's or a person's name (organization_id or person_id set).
CREATE TABLE IF NOT EXISTS parties (
    id              INTEGER PRIMARY KEY,
    announcement_id INTEGER NOT NULL REFERENCES announcements (id) ON DELETE CASCADE,
    document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    organization_id INTEGER REFERENCES organizations (id) ON DELETE CASCADE,
    person_id       INTEGER REFERENCES people (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,          -- recipient, investor, acquirer, partner ...
    name            TEXT NOT NULL,
    lead            INTEGER,                -- funding investors: 1 led the round; else NULL
    start           INTEGER,
    "end"           INTEGER,
    rule            TEXT
);
CREATE INDEX IF NOT EXISTS parties_announcement ON parties (announcement_id);
CREATE INDEX IF NOT EXISTS parties_document ON parties (document_id);
CREATE INDEX IF NOT EXISTS parties_organization ON parties (organization_id);
CREATE INDEX IF NOT EXISTS parties_person ON parties (person_id);
CREATE INDEX IF NOT EXISTS parties_name ON parties (name);
"""

# Which JSON field fills which column (`a.b`: field b of the object in field a, in column
# a_b). Lists and objects are stored as JSON text. A field a record lacks is NULL, so a
# record from before a field existed is written all the same.
DOCUMENT_FIELDS = ("source", "title", "published", "dateline.location", "dateline.date",
                   "dateline.start", "dateline.end", "dateline.text", "reference_date.value",
                   "reference_date.source")
ITEM_FIELDS: dict[str, tuple[str, ...]] = {
    "organizations": ("name", "aliases", "issuer", "ticker.exchange", "ticker.symbol",
                      "ticker.start", "ticker.end", "ticker.text", "rule"),
    "people": ("name", "aliases", "rule"),
    "mentions": ("start", "end", "text"),
    "roles": ("person", "title", "organization", "organization_inferred", "start", "end",
              "rule"),
    "dates": ("text", "value", "granularity", "relative", "fiscal", "start", "end", "rule"),
    "quotes": ("text", "speaker", "speaker_title", "speaker_organization", "cue", "start",
               "end", "rule"),
    "amounts": ("text", "value", "currency", "start", "end", "rule"),
    "announcements": ("kind", "rule", "also", "amount.value", "amount.currency",
                      "amount.text", "amount.start", "amount.end", "amount.rule", "round",
                      "round_rule", "period", "period_rule"),
    "parties": ("role", "name", "lead", "start", "end", "rule"),
}
# The columns each row starts with, before its fields: its own id and its links.
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "content_hash", "relx_version", "model", "model_version",
                  "extracted_at", "error"),
    "organizations": ("id", "document_id"),
    "people": ("id", "document_id"),
    "mentions": ("document_id", "kind", "organization_id", "person_id"),
    "roles": ("document_id", "person_id", "organization_id"),
    "dates": ("document_id",),
    "quotes": ("document_id", "speaker_person_id"),
    "amounts": ("document_id",),
    "announcements": ("id", "document_id"),
    "parties": ("announcement_id", "document_id", "organization_id", "person_id"),
}
# Parents before children: foreign keys are checked as each row goes in.
TABLES = ("documents", "organizations", "people", "mentions", "roles", "dates", "quotes",
          "amounts", "announcements", "parties")
# Tables whose ids relx gives itself, so that children can point at them in the same batch.
NUMBERED = ("documents", "organizations", "people", "announcements")


class DatabaseError(Exception):
    """The database cannot be opened or written: the message is the whole story.
    `status`: the exit status, 2 for an --output refused (not a relx database, a folder),
    1 for one that could not be written (locked, a full disk)."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def column(field: str) -> str:
    return '"end"' if field == "end" else field.replace(".", "_")


def insert_sql(table: str) -> str:
    fields = DOCUMENT_FIELDS if table == "documents" else ITEM_FIELDS[table]
    names = KEY_COLUMNS[table] + tuple(column(f) for f in fields)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def pick(item: dict[str, Any], fields: tuple[str, ...]) -> tuple[Any, ...]:
    """The values of `fields` in a JSON object, in column order."""
    values = []
    for name in fields:
        value: Any = item
        for key in name.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False)
        values.append(value)
    return tuple(values)


def file_hash(path: str) -> str | None:
    """SHA-256 of a regular file's bytes, or None (unreadable, a device, a FIFO: such a file
    is never skipped, and reading it is left to the reader, which knows how to refuse it).

    The file is hashed before it is read for extraction: if it changes in between, the row
    carries the older hash and the next run redoes it, which is the safe way round."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        digest = hashlib.sha256()
        with open(path, "rb") as stream:
            while block := stream.read(1 << 20):
                digest.update(block)
        return digest.hexdigest()
    except OSError:
        return None


class Database:
    """One relx database: opened (created if new), written in batches, closed.

    Use as a context manager: on leaving it, records gathered but not yet written are
    written (whole), even when leaving on Ctrl-C, and the connection is closed.
    """

    def __init__(self, path: str, model: str, version: str, batch_size: int = 16,
                 timeout: float = BUSY_TIMEOUT, model_version: str | None = None) -> None:
        self.path = path
        # What made the records: a document made by another relx or model is redone.
        self.made_by = (version, model, model_version)
        self.batch_size = max(1, batch_size)
        self.timeout = timeout
        self.pending: list[tuple[Any, str | None]] = []
        self.hashes: dict[str, str | None] = {}  # the files this run found, by source
        self.skipped = 0
        if os.path.isdir(path):
            raise DatabaseError(f"{path}: is a folder; --output names the database file")
        try:
            self.conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        try:
            self._prepare_waiting()
        except BaseException as exc:
            self.conn.close()
            if isinstance(exc, sqlite3.Error):
                raise self._error(exc) from exc
            raise

    def _prepare_waiting(self) -> None:
        """`_prepare`, tried again while another relx holds the file. SQLite's busy
        timeout covers waiting for a write lock, but not every case of two processes
        opening one new file at once: switching it to WAL, or reading it while the other
        sets the WAL up, can answer "locked" at once, without waiting. So the whole step is
        retried until the same timeout runs out."""
        import time

        deadline = time.monotonic() + self.timeout
        while True:
            try:
                return self._prepare()
            except sqlite3.OperationalError as exc:
                text = str(exc)
                if not ("locked" in text or "busy" in text) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)

    def _error(self, exc: Exception) -> DatabaseError:
        """SQLite's error, said in terms of what the user can do about it."""
        text = str(exc)
        if "locked" in text or "busy" in text:
            return DatabaseError(f"{self.path}: the database is locked by another process "
                                 f"(waited {self.timeout:g} s); try again when it is done", 1)
        if "not a database" in text:
            return DatabaseError(f"{self.path}: not an SQLite database; choose another --output")
        if "unable to open" in text:
            return DatabaseError(f"{self.path}: cannot open the database (does its folder exist?)")
        return DatabaseError(f"{self.path}: {text}", 1)

    def _prepare(self) -> None:
        conn = self.conn
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL never corrupts; a power cut may lose the last batches, which
        # the next run redoes.
        conn.execute("PRAGMA synchronous = NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        others = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")
            if name not in TABLES and not name.startswith(("quotes_fts", "sqlite_"))]
        if version != 0 or others:
            raise DatabaseError(
                f"{self.path}: not a relx database (or one made by another relx: schema "
                f"{version}, this relx writes {SCHEMA_VERSION}); choose another --output")
        # One script, one transaction: a second relx creating the same file at the same
        # time waits, then finds the tables there (IF NOT EXISTS).
        conn.executescript(f"BEGIN IMMEDIATE;\n{DDL}\nPRAGMA user_version = {SCHEMA_VERSION};\n"
                           "COMMIT;")

    # --- planning a run -----------------------------------------------------------------

    def plan(self, files: Iterable[Any], force: bool = False) -> list[Any]:
        """The inputs to extract, in order: `files` (paths, `-`, or errors in their place)
        without the documents the database already holds unchanged, which are counted in
        `skipped`."""
        known = {source: (digest, *made_by) for source, digest, *made_by in self.conn.execute(
            "SELECT source, content_hash, relx_version, model, model_version FROM documents "
            "WHERE error IS NULL")}
        todo = []
        for item in files:
            if isinstance(item, InputError):
                todo.append(item)
                continue
            if item == STDIN:
                self.hashes["<stdin>"] = None
                todo.append(item)
                continue
            digest = self.hashes[item] = file_hash(item)
            if not force and digest is not None and \
                    known.get(item) == (digest, *self.made_by):
                self.skipped += 1
            else:
                todo.append(item)
        return todo

    # --- writing --------------------------------------------------------------------------

    def add(self, outcome: Any) -> None:
        """A record, or the error of a file relx found, to be written with its batch.
        (An error about a path that is not there at all makes no row.)"""
        if not isinstance(outcome, Record) and outcome.source not in self.hashes:
            return
        self.pending.append((outcome, self.hashes.get(outcome.source)))
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write the pending documents in one transaction, each replacing its older rows."""
        if not self.pending:
            return
        # The last of a source given twice in one batch stands (its row is replaced anyway).
        batch = list({outcome.source: (outcome, digest)
                      for outcome, digest in self.pending}.values())
        self.pending = []
        try:
            self._write(batch)
        except sqlite3.IntegrityError:
            # A record the schema refuses (a bug, not the input's fault) must not cost the
            # rest of its batch: each document alone, and the one refused kept as an error.
            for outcome, digest in batch:
                try:
                    self._write([(outcome, digest)])
                except sqlite3.IntegrityError as exc:
                    self._write([(InputError(outcome.source, f"cannot be stored: {exc}"),
                                  digest)])
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    def _write(self, batch: list[tuple[Any, str | None]]) -> None:
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            sources = [outcome.source for outcome, _ in batch]
            old = [i for (i,) in conn.execute(
                f"SELECT id FROM documents WHERE source IN ({', '.join('?' * len(sources))})",
                sources)]
            if old:
                # Children first, table by table: a third faster than letting each
                # document's deletion cascade row by row (the cascades stay for users).
                marks = ", ".join("?" * len(old))
                for table in reversed(TABLES):
                    key = "id" if table == "documents" else "document_id"
                    conn.execute(f"DELETE FROM {table} WHERE {key} IN ({marks})", old)
            ids = {t: conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
                   for t in NUMBERED}
            rows = document_rows(batch, ids, self.made_by, utc_now())
            for table in TABLES:
                if rows[table]:
                    conn.executemany(insert_sql(table), rows[table])
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise

    def prune(self, paths: list[str], found: Iterable[str]) -> int:
        """Delete the documents under `paths` (the PATH arguments: a folder's files, a
        glob's matches, a file) that this run did not find; how many."""
        found = set(found)
        gone = [(i,) for i, source in self.conn.execute("SELECT id, source FROM documents")
                if source not in found and any(covers(p, source) for p in paths)]
        if gone:
            try:
                with self.conn:
                    self.conn.execute("BEGIN IMMEDIATE")
                    self.conn.executemany("DELETE FROM documents WHERE id = ?", gone)
            except sqlite3.Error as exc:
                raise self._error(exc) from exc
        return len(gone)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            self.flush()  # whole records already made are kept, whatever stopped the run
        finally:
            self.close()


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def document_rows(batch: Iterable[tuple[Any, str | None]], ids: dict[str, int],
                  made_by: tuple[str, str, str | None],
                  extracted_at: str) -> dict[str, list[tuple]]:
    """The rows of every table for a batch of outcomes (records, or errors in their place).

    `ids` holds the highest id in use per NUMBERED table and is advanced here: rows get
    their ids from relx, so that children point at parents without a query per row.
    `made_by`: relx's version, the model and its version.
    """
    rows: dict[str, list[tuple]] = {table: [] for table in TABLES}

    def new_id(table: str) -> int:
        ids[table] += 1
        return ids[table]

    for outcome, digest in batch:
        doc = new_id("documents")
        if not isinstance(outcome, Record):  # an InputError
            rows["documents"].append((doc, digest, *made_by, extracted_at, outcome.message,
                                      *pick({"source": outcome.source}, DOCUMENT_FIELDS)))
            continue
        record = outcome.to_dict()
        rows["documents"].append((doc, digest, *made_by, extracted_at, None,
                                  *pick(record, DOCUMENT_FIELDS)))
        entity_ids: dict[str, dict[str, int]] = {"organization": {}, "person": {}}
        for kind, table in (("organization", "organizations"), ("person", "people")):
            for entity in record.get(table) or []:
                entity_id = new_id(table)
                entity_ids[kind].setdefault(entity["name"], entity_id)
                rows[table].append((entity_id, doc, *pick(entity, ITEM_FIELDS[table])))
                links = (entity_id, None) if kind == "organization" else (None, entity_id)
                rows["mentions"].extend((doc, kind, *links, *pick(m, ITEM_FIELDS["mentions"]))
                                        for m in entity.get("mentions") or [])
        orgs, people = entity_ids["organization"], entity_ids["person"]
        rows["roles"].extend((doc, people.get(r["person"]), orgs.get(r["organization"]),
                              *pick(r, ITEM_FIELDS["roles"])) for r in record.get("roles") or [])
        rows["dates"].extend((doc, *pick(d, ITEM_FIELDS["dates"]))
                             for d in record.get("dates") or [])
        rows["quotes"].extend((doc, people.get(q["speaker"]), *pick(q, ITEM_FIELDS["quotes"]))
                              for q in record.get("quotes") or [])
        rows["amounts"].extend((doc, *pick(a, ITEM_FIELDS["amounts"]))
                               for a in record.get("amounts") or [])
        announcement = record.get("announcement")
        if announcement:
            ann = new_id("announcements")
            rows["announcements"].append((ann, doc,
                                          *pick(announcement, ITEM_FIELDS["announcements"])))
            rows["parties"].extend((ann, doc, orgs.get(p.get("name")), people.get(p.get("name")),
                                    *pick(p, ITEM_FIELDS["parties"]))
                                   for p in announcement.get("parties") or [])
    return rows


# --- what --prune covers ------------------------------------------------------------------

def covers(path: str, source: str) -> bool:
    """Whether a document's `source` is one that PATH argument `path` stands for: the file
    itself, any file below a folder, any match of a glob (the sources a run on `path` would
    find, whether or not they are there now)."""
    if path == STDIN:
        return False
    if source == path:
        return True
    if any(ch in path for ch in "*?["):
        return glob_regex(path).fullmatch(source) is not None
    folder = str(Path(path))
    if folder == ".":  # files below the working folder are listed without a ./ prefix
        return not os.path.isabs(source) and not source.startswith("..")
    return source.startswith(folder.rstrip("/") + "/")


def glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob as `glob.glob(recursive=True)` reads it: `**/` any folders (or none), `*` and
    `?` within one name, `[...]` a set (the standard library translates globs to regular
    expressions only from Python 3.13)."""
    parts = []
    for token in re.split(r"(\*\*/|\*\*|\*|\?|\[!?\]?[^\]]*\])", pattern):
        if token == "**/":
            parts.append("(?:.*/)?")
        elif token == "**":
            parts.append(".*")
        elif token == "*":
            parts.append("[^/]*")
        elif token == "?":
            parts.append("[^/]")
        elif len(token) > 2 and token[0] == "[" and token[-1] == "]":
            body = token[1:-1]
            parts.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
        else:
            parts.append(re.escape(token))
    return re.compile("".join(parts), re.DOTALL)

