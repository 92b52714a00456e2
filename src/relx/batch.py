"""The work behind `relx extract`: read inputs, extract, write records, report failures.

Data goes to `out`, messages to `err`. One bad input is reported and skipped; the others
go on, and everything already written stays written.
"""
from __future__ import annotations

from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, TextIO

from .read.inputs import STDIN, Document, InputError, iter_documents
from .model import Record

if TYPE_CHECKING:
    from .progress import Reporter


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    sqlite = "sqlite"


# `--output releases.db` writes a database (see render/sqlite.py) unless --format says otherwise.
DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def is_database(output: str | None) -> bool:
    return output is not None and Path(output).suffix.lower() in DATABASE_SUFFIXES


@dataclass(slots=True)
class BatchResult:
    documents: int = 0  # inputs handled, failed ones included
    failures: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def _records(items: Iterable[Document | InputError], model: str | None, report: Reporter,
             result: BatchResult, jobs: int = 1, batch_size: int | None = None,
             keep_errors: bool = False) -> Iterator[Record | InputError]:
    """Records in input order; each bad input is reported where it falls and skipped.

    A heuristic tripping over one odd document must not cost the rest of a batch (nor the
    records already written): it is reported like an unreadable file, and the exit code
    says so. `keep_errors` passes the errors on too, after reporting them.
    """
    from .parallel import DEFAULT_BATCH_SIZE, extract_stream

    for outcome in extract_stream(items, model, jobs, batch_size or DEFAULT_BATCH_SIZE):
        result.documents += 1
        report.advance()
        if isinstance(outcome, InputError):
            report.error(f"relx: {outcome.source}: {outcome.message}")
            result.failures += 1
            if keep_errors:
                yield outcome
        else:
            yield outcome


def expand_globs(paths: Iterable[str]) -> Iterator[str]:
    """Wildcards expanded by relx itself, for patterns quoted past the shell (and for
    shells that do not expand them): `relx extract 'news/**/*.txt'`.

    A path that exists is taken as it is, even with `*` in its name; a pattern that
    matches nothing is passed on unchanged, to be reported as missing.
    """
    import glob

    for raw in paths:
        if is_glob(raw):
            yield from sorted(glob.glob(raw, recursive=True)) or [raw]
        else:
            yield raw


def is_glob(path: str) -> bool:
    import glob

    return path != STDIN and glob.has_magic(path) and not Path(path).exists()


def expects_several(paths: list[str]) -> bool:
    """Whether `--format json` prints an array rather than one object.

    Decided by the arguments, not by how many documents they turned out to hold, so the
    shape of the output is known in advance: a folder is an array even when it holds one
    file (or none), and a single file is one object even when it cannot be read.
    """
    return len(paths) > 1 or any(Path(p).is_dir() for p in paths if p != STDIN)


def run_extract(paths: list[str], fmt: OutputFormat, out: TextIO, err: TextIO,
                model: str | None = None, console=None, jobs: int = 1,
                batch_size: int | None = None, quiet: bool = False, max_chars: int | None = None,
                include_text: bool = False) -> BatchResult:
    """Extract every input and write the records to `out` in input order.

    `max_chars` refuses longer inputs (each with an error line); `include_text` adds each
    document's text to its JSON record.

    On a terminal, stderr shows a progress bar while records go to a file or a pipe, and
    one summary line at the end; `quiet` turns both off (errors are reported regardless).
    """
    from .progress import Clock, isatty, reporter, summary, wants_bar
    from .render.jsonout import JsonWriter

    # A quoted glob stands for several files, like a folder, however many it matches.
    several = expects_several(paths) or any(is_glob(p) for p in paths)
    paths = list(expand_globs(paths))
    result = BatchResult()
    clock = Clock()
    # A bar and a summary for one document would be noise.
    watched = not quiet and isatty(err) and several
    total = _count_inputs(paths) if watched else None
    with reporter(total, err, bar=watched and wants_bar(out, err)) as report:
        records = _records(iter_documents(paths, max_chars), model, report, result, jobs, batch_size)
        if fmt is OutputFormat.table:
            from .render.table import print_record

            for record in records:
                print_record(record, console)
        else:
            writer = JsonWriter(out, lines=fmt is OutputFormat.jsonl,
                                array=several and fmt is OutputFormat.json,
                                include_text=include_text)
            for record in records:
                writer.write(record)
            writer.close()
    if watched:
        err.write(summary(result.documents, result.failures, clock.elapsed()))
        err.flush()
    return result


def run_extract_db(paths: list[str], database: str, err: TextIO, model: str | None = None,
                   jobs: int = 1, batch_size: int | None = None, quiet: bool = False,
                   max_chars: int | None = None, force: bool = False,
                   prune: bool = False) -> BatchResult:
    """Extract into an SQLite database, leaving out the documents it holds unchanged
    (all redone with `force`); `prune` deletes those under `paths` whose files are gone.
    Records are written in batches as they come, so an interrupted run keeps its work."""
    from . import __version__
    from .nlp.load import DEFAULT_MODEL
    from .parallel import DEFAULT_BATCH_SIZE
    from .progress import Clock, isatty, reporter, summary
    from .read.inputs import expand_paths, read_document
    from .render.sqlite import Database

    result = BatchResult()
    clock = Clock()
    watched = not quiet and isatty(err)
    files = list(expand_paths(expand_globs(paths)))
    name = model or DEFAULT_MODEL
    with Database(database, name, __version__, batch_size or DEFAULT_BATCH_SIZE,
                  model_version=_installed_version(name)) as db:
        todo = db.plan(files, force=force)
        with reporter(len(todo), err, bar=watched) as report:
            items = (f if isinstance(f, InputError) else read_document(f, max_chars) for f in todo)
            for outcome in _records(items, model, report, result, jobs, batch_size, keep_errors=True):
                db.add(outcome)
        db.flush()
        pruned = db.prune(paths, db.hashes) if prune else None
    if watched:
        err.write(summary(result.documents, result.failures, clock.elapsed(),
                          skipped=db.skipped, pruned=pruned))
        err.flush()
    return result


def _installed_version(package: str) -> str | None:
    """An installed model package's version (None for a model given by its path)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except (PackageNotFoundError, ValueError):
        return None


def _count_inputs(paths: list[str]) -> int:
    """How many documents the paths stand for, for the progress bar's total and ETA.
    Walking the folders twice costs far less than one document's extraction."""
    from .read.inputs import expand_paths

    return sum(1 for _ in expand_paths(paths))


@contextmanager
def atomic_output(path: str) -> Iterator[TextIO]:
    """A file written under a temporary name in its own folder and renamed into place at
    the end, so a reader never sees half a batch under the real name; on an error or an
    interrupt the temporary file is removed and any older file of that name is untouched."""
    import os
    import tempfile

    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                               dir=target.parent if str(target.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            yield stream
        # mkstemp makes the file private (0600); the result gets a new file's usual mode.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
