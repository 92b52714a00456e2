"""The work behind `relx extract`: read inputs, extract, write records, report failures.

Data goes to `out`, messages to `err`. One bad input is reported and skipped; the others
go on, and everything already written stays written.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, TextIO

from .read.inputs import HTML_SUFFIXES, STDIN, TEXT_SUFFIXES, Document, InputError, iter_documents
from .model import Record

if TYPE_CHECKING:
    from .progress import Reporter


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    sqlite = "sqlite"


@dataclass(slots=True)
class BatchResult:
    documents: int = 0  # inputs handled, failed ones included
    failures: int = 0
    records: int = 0  # documents extracted
    skipped: int = 0  # a database's documents left as they were (unchanged)

    @property
    def exit_code(self) -> int:
        # No input at all (an empty folder, a glob matching nothing) is a failure too.
        return 1 if self.failures or not (self.documents or self.skipped) else 0


@dataclass(slots=True)
class ExtractOptions:
    """Everything `relx extract` was asked, beside its paths and its output."""

    fmt: OutputFormat | None = None
    items: str = "documents"
    model: str | None = None
    jobs: int = 1
    batch_size: int = 16
    quiet: bool = False
    max_chars: int | None = None
    include_text: bool = False
    full: bool = False
    reference_date: str | None = None
    force: bool = False  # a database: extract every document again
    prune: bool = False  # a database: delete the documents whose files are gone


def _records(items: Iterable[Document | InputError], model: str | None, report: Reporter,
             result: BatchResult, jobs: int = 1, batch_size: int | None = None,
             keep_errors: bool = False) -> Iterator[Record | InputError]:
    """Records in input order; each bad input is reported where it falls and skipped.

    A heuristic tripping over one odd document must not cost the rest of a batch (nor the
    records already written): it is reported like an unreadable file, and the exit code
    says so. `keep_errors` passes the errors on too, after reporting them.
    """
    from .parallel import DEFAULT_BATCH_SIZE, extract_stream

    outcomes = extract_stream(items, model, jobs, batch_size or DEFAULT_BATCH_SIZE,
                              progress=report.chunks if report.live else None)
    try:
        for outcome in outcomes:
            result.documents += 1
            report.advance()
            if isinstance(outcome, InputError):
                report.error(f"relx: {shown(outcome.source)}: {outcome.message}")
                result.failures += 1
                if keep_errors:
                    yield outcome
            else:
                result.records += 1
                yield outcome
    finally:
        # A consumer that stops early (a closed pipe, Ctrl-C) stops the workers now, not
        # whenever the generator is collected.
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()


def _read(items: Iterable[Document | InputError], report: Reporter,
          reference_date: str | None) -> Iterator[Document | InputError]:
    """The documents as read, with what reading repaired said on stderr (the document is
    kept: a replaced byte is not a failure) and the --date reference attached."""
    for item in items:
        if isinstance(item, Document):
            for note in item.notes:
                report.error(f"relx: {shown(item.source)}: {note}")
            item.reference = reference_date
        yield item


# Control characters in a file name are shown escaped, so one error stays one line.
_ESCAPES = {i: f"\\x{i:02x}" for i in range(32)} | {10: "\\n", 13: "\\r", 9: "\\t", 127: "\\x7f"}


def shown(source: str) -> str:
    """A path as an error line shows it: control characters escaped (a newline in a file
    name must not split the line); bytes that are not UTF-8 (held as surrogates) are
    escaped by stderr itself (`backslashreplace`)."""
    return source.translate(_ESCAPES)


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
                include_text: bool = False, items: str = "documents", full: bool = False,
                reference_date: str | None = None) -> BatchResult:
    """Extract every input and write the records to `out` in input order.

    `max_chars` refuses longer inputs (each with an error line); `include_text` adds each
    document's text to its JSON record; `items` picks the CSV rows; `full` shows quotes
    whole in a table; `reference_date` resolves relative dates where a release states none.

    On a terminal, stderr shows a progress bar while records go to a file or a pipe, and
    one summary line at the end; `quiet` turns both off (errors are reported regardless).
    """
    from .parallel import DEFAULT_BATCH_SIZE
    from .progress import Clock, isatty, reporter, summary, wants_bar

    # A quoted glob stands for several files, like a folder, however many it matches.
    several = expects_several(paths) or any(is_glob(p) for p in paths)
    paths = list(expand_globs(paths))
    result = BatchResult()
    clock = Clock()
    # A bar and a summary for one document would be noise.
    watched = not quiet and isatty(err) and several
    total = _count_inputs(paths) if watched else None
    with reporter(total, err, bar=watched and wants_bar(out, err), jobs=jobs,
                  batch_size=batch_size or DEFAULT_BATCH_SIZE, live=not quiet and isatty(err)) as report:
        documents = _read(iter_documents(paths, max_chars), report, reference_date)
        records = _records(documents, model, report, result, jobs, batch_size)
        try:
            _write(records, fmt, out, console, several=several, include_text=include_text,
                   items=items, full=full, model=model)
        finally:
            records.close()
    if watched:
        err.write(summary(result.documents, result.failures, clock.elapsed()))
        err.flush()
    return result


def producer(model: str | None = None) -> dict:
    """`{"version": relx's version, "model": the spaCy pipeline, "model_version": its
    version or null}`: what a reader of an old file needs to know how it was made."""
    import json
    from importlib.metadata import PackageNotFoundError, version

    from . import __version__
    from .nlp.load import DEFAULT_MODEL

    name = model or DEFAULT_MODEL
    model_version = None
    meta = Path(name) / "meta.json"
    try:
        if meta.is_file():
            found = json.loads(meta.read_text(encoding="utf-8"))
            name, model_version = f"{found.get('lang', '')}_{found.get('name', '')}", found.get("version")
        else:
            model_version = version(name)
    except (PackageNotFoundError, OSError, ValueError):
        pass
    return {"version": __version__, "model": name, "model_version": model_version}


def _write(records: Iterator[Record], fmt: OutputFormat, out: TextIO, console, several: bool,
           include_text: bool, items: str, full: bool, model: str | None) -> None:
    if fmt is OutputFormat.table:
        from .render.table import print_record

        if console is None:
            from rich.console import Console

            console = Console(file=out)
        for record in records:
            print_record(record, console, full=full)
    elif fmt is OutputFormat.csv:
        from .render.csvout import CsvWriter

        writer = CsvWriter(out, items)
        for record in records:
            writer.write(record)
    else:
        from .render.jsonout import JsonWriter

        writer = JsonWriter(out, lines=fmt is OutputFormat.jsonl,
                            array=several and fmt is OutputFormat.json,
                            include_text=include_text, producer=producer(model))
        for record in records:
            writer.write(record)
        writer.close()


def run_extract_db(paths: list[str], database: str, err: TextIO, model: str | None = None,
                   jobs: int = 1, batch_size: int | None = None, quiet: bool = False,
                   max_chars: int | None = None, reference_date: str | None = None,
                   force: bool = False, prune: bool = False) -> BatchResult:
    """Extract into an SQLite database, leaving out the documents it holds unchanged
    (all redone with `force`); `prune` deletes those under `paths` whose files are gone.
    Records are written in batches as they come, so an interrupted run keeps its work."""
    from .parallel import DEFAULT_BATCH_SIZE
    from .progress import Clock, isatty, reporter, summary
    from .read.inputs import expand_paths, read_document
    from .render.sqlite import Database

    result = BatchResult()
    clock = Clock()
    watched = not quiet and isatty(err)
    files = list(expand_paths(expand_globs(paths)))
    made_by = producer(model)
    with Database(database, made_by["model"], made_by["version"],
                  batch_size or DEFAULT_BATCH_SIZE, model_version=made_by["model_version"]) as db:
        todo = db.plan(files, force=force)
        result.skipped = db.skipped
        with reporter(len(todo), err, bar=watched) as report:
            items = (f if isinstance(f, InputError) else read_document(f, max_chars) for f in todo)
            for outcome in _records(_read(items, report, reference_date), model, report, result,
                                    jobs, batch_size, keep_errors=True):
                db.add(outcome)
        db.flush()
        pruned = db.prune(paths, db.hashes) if prune else None
    if watched:
        err.write(summary(result.documents, result.failures, clock.elapsed(),
                          skipped=db.skipped, pruned=pruned))
        err.flush()
    return result


def _count_inputs(paths: list[str]) -> int:
    """How many documents the paths stand for, for the progress bar's total and ETA.
    Walking the folders twice costs far less than one document's extraction."""
    from .read.inputs import expand_paths

    return sum(1 for _ in expand_paths(paths))


class KeepExisting(Exception):
    """Raised inside `atomic_output` to drop what was written and keep the file as it was."""


@contextmanager
def atomic_output(path: str) -> Iterator[TextIO]:
    """A file written under a temporary name in its own folder and renamed into place at
    the end, so a reader never sees half a batch under the real name; on an error, an
    interrupt or `KeepExisting` the temporary file is removed and any older file of that
    name is untouched.

    A symbolic link is written through (its target is replaced, the link stays), and a
    file replaced keeps its permissions; a new file gets a new file's usual mode.
    """
    import tempfile

    target = Path(os.path.realpath(path))
    try:
        existing = os.stat(target)
        mode = existing.st_mode & 0o7777
    except OSError:
        existing = None
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    if existing is not None:
        with suppress(OSError):  # only root may give a file away; others keep their own
            os.chown(tmp, existing.st_uid, existing.st_gid)
    try:
        # Names that are not UTF-8 (held as surrogates) are written as `\udcff`, which is
        # their JSON escape, rather than failing the batch.
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, mode)  # mkstemp makes the file private (0600)
        os.replace(tmp, target)
    except KeepExisting:
        with suppress(OSError):
            os.unlink(tmp)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


class OutputError(Exception):
    """Writing the records failed (a full disk, a closed pipe): not the inputs' fault."""

    def __init__(self, name: str, error: OSError) -> None:
        super().__init__(f"{name}: {error.strerror or error}")
        self.name = name
        self.error = error


class GuardedStream:
    """The output stream, with every failure to write turned into `OutputError`, so an
    error on stdout is told apart from the inputs' and never passes silently."""

    def __init__(self, stream: TextIO, name: str) -> None:
        self._stream = stream
        self.name = name

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise OutputError(self.name, exc) from exc

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise OutputError(self.name, exc) from exc

    def __getattr__(self, name: str):  # isatty, fileno, encoding... for rich and csv
        return getattr(self._stream, name)


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: workers stopped, no temporary file left."""


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    import signal

    def terminated(signum, frame):
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, terminated)
    except ValueError:  # not the main thread (an embedding program): leave it be
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def extract_command(ctx, paths: list[str], output: str | None, options: ExtractOptions) -> int:
    """`relx extract`: check the output, run the batch, turn every way it can end into
    one line on stderr and an exit status (see cli.py)."""
    from .nlp.load import ModelError
    from .nlp.process import prepare_process

    prepare_process()  # before numpy loads (see nlp/process.py); workers do the same
    err = sys.stderr if sys.stderr is not None else open(os.devnull, "w")
    target = check_output(ctx, output, paths)
    jobs = cap_jobs(options.jobs, err, options.quiet)
    if target is None:
        if sys.stdout is None:
            err.write("relx: stdout is closed: nothing to write the records to (use --output FILE)\n")
            return 1
        # A file name that is not UTF-8 goes out as its JSON escape, not as a crash.
        with suppress(AttributeError, ValueError):
            sys.stdout.reconfigure(errors="backslashreplace")
    fmt = options.fmt or format_for(target)
    import click

    if fmt is OutputFormat.sqlite and target is None:
        raise click.BadParameter("needs --output FILE", ctx=ctx, param_hint="'--format sqlite'")
    if (options.force or options.prune) and fmt is not OutputFormat.sqlite:
        raise click.BadParameter("only with a database (--output FILE.db or --format sqlite)",
                                 ctx=ctx, param_hint="'--force' / '--prune'")
    common = dict(model=options.model, jobs=jobs, batch_size=options.batch_size,
                  quiet=options.quiet, max_chars=options.max_chars,
                  reference_date=options.reference_date)
    kwargs = dict(common, include_text=options.include_text, items=options.items,
                  full=options.full)
    from .render.sqlite import DatabaseError

    try:
        with sigterm_as_interrupt():
            if fmt is OutputFormat.sqlite:
                result = run_extract_db(paths, target, err, force=options.force,
                                        prune=options.prune, **common)
            elif target is None:
                out = GuardedStream(sys.stdout, "stdout")
                result = run_extract(paths, fmt, out, err, **kwargs)
                out.flush()
            else:
                existed = os.path.exists(target)
                with atomic_output(target) as stream:
                    result = run_extract(paths, fmt, GuardedStream(stream, target), err, **kwargs)
                    if not result.records and existed:
                        # Every input failed: the last good batch is worth more than nothing.
                        err.write(f"relx: {shown(output)}: left as it was (nothing was extracted)\n")
                        raise KeepExisting()
    except ModelError as exc:
        err.write(f"relx: {exc}\n")
        return 2
    except DatabaseError as exc:
        err.write(f"relx: {exc}\n")
        return exc.status
    except OutputError as exc:
        if isinstance(exc.error, BrokenPipeError) and target is None:
            quiet_broken_pipe()
        err.write(f"relx: {shown(exc.name)}: {exc.error.strerror or exc.error}\n")
        return 1
    except OSError as exc:  # creating, syncing or renaming the output file, mostly
        name = output if target is not None else exc.filename
        err.write(f"relx: {shown(str(name)) + ': ' if name else ''}{exc.strerror or exc}\n")
        return 1
    except KeyboardInterrupt as exc:
        # Records already written to stdout stay; an --output file is not left half-written.
        terminated = isinstance(exc, Terminated)
        err.write("relx: terminated\n" if terminated else "relx: interrupted\n")
        return 143 if terminated else 130
    return result.exit_code


def quiet_broken_pipe() -> None:
    """The reader of stdout went away (`relx extract ... | head -1`): stop at once, no
    message, with the status a shell gives a process killed by SIGPIPE (141), and leave
    nothing for Python to flush at exit into the closed pipe (that would print a warning)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
    sys.exit(128 + 13)


def format_for(target: str | None) -> OutputFormat:
    """The format when none is asked for: the output file's suffix says it
    (`-o releases.jsonl`, `-o quotes.csv`, `-o releases.db`); else a table for a person at a terminal and
    JSON for a program."""
    from .progress import isatty

    if target is not None:
        suffix = os.path.splitext(target)[1].lower().lstrip(".")
        return {"jsonl": OutputFormat.jsonl, "ndjson": OutputFormat.jsonl,
                "csv": OutputFormat.csv, "db": OutputFormat.sqlite, "sqlite": OutputFormat.sqlite,
                "sqlite3": OutputFormat.sqlite}.get(suffix, OutputFormat.json)
    return OutputFormat.table if isatty(sys.stdout) else OutputFormat.json


def cap_jobs(jobs: int, err: TextIO, quiet: bool) -> int:
    """`--jobs` as workers to start: 0 is one per core, and more than the cores is
    capped at the cores (said once on stderr), since extraction is CPU-bound: on 2 cores,
    64 processes took 8.7 GB and ran 3 times slower than one."""
    from .parallel import resolve_jobs

    cores = resolve_jobs(0)
    if jobs > cores:
        if not quiet:
            noun = "core" if cores == 1 else "cores"
            err.write(f"relx: --jobs {jobs}: using {cores}, the number of {noun}\n")
        return cores
    return jobs or cores


def check_output(ctx, output: str | None, paths: list[str]) -> str | None:
    """The file `--output` names, checked before any work is done; None for stdout.

    Refused, as usage errors: a file that is one of the inputs (it would be overwritten)
    or that a folder being read would read back next time as a release; a device, pipe
    or socket other than stdout itself (`-o /dev/null` as root must not replace the
    device); a read-only file; a folder that does not exist.
    """
    import click

    if output is None or output == STDIN:
        return None

    def refuse(why: str):
        raise click.BadParameter(f"{shown(output)!r}: {why}", ctx=ctx, param_hint="'--output'")

    real = os.path.realpath(output)
    try:
        info = os.stat(output)  # through links: `/dev/stdout` is stdout, whatever it is
    except FileNotFoundError:
        info = None
    except OSError as exc:
        refuse(exc.strerror or str(exc))
    if info is not None:
        import stat

        if stat.S_ISDIR(info.st_mode):
            refuse("is a folder")
        if not stat.S_ISREG(info.st_mode):
            if _is_stdout(info):
                return None
            refuse("not a regular file")
        if not info.st_mode & 0o222 or not os.access(real, os.W_OK):
            refuse("read-only")
    folder = os.path.dirname(real)
    if not os.path.isdir(folder):
        refuse(f"folder {shown(os.path.dirname(output) or '.')!r} does not exist")
    if not os.access(folder, os.W_OK):
        refuse(f"folder {shown(os.path.dirname(output) or '.')!r} is not writable")
    release = os.path.splitext(real)[1].lower() in TEXT_SUFFIXES + HTML_SUFFIXES
    for raw in expand_globs(paths):
        if raw == STDIN:
            continue
        source = os.path.realpath(raw)
        if source == real:
            refuse("is also an input and would be overwritten")
        if release and os.path.isdir(source) and real.startswith(source.rstrip(os.sep) + os.sep):
            refuse(f"is inside {shown(raw)!r}, which is being read: the next run would read "
                   "it back as a release")
    return output


def _is_stdout(info: os.stat_result) -> bool:
    try:
        return os.path.samestat(info, os.fstat(sys.stdout.fileno()))
    except (OSError, AttributeError, ValueError):
        return False
