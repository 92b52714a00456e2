"""The `relx` command line: thin Typer wrappers over plain functions.

spaCy is imported only when a command needs it, so `relx --help` and `relx --version`
answer at once.
"""
from __future__ import annotations

import sys
from typing import List, Optional

import typer

from .batch import OutputFormat, run_extract

app = typer.Typer(
    help="Extract organizations, people, roles, dates and quotes from press releases.",
    invoke_without_command=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain Click help: rendering it with rich costs more import time than the whole
    # answer may take (`relx --help` stays well under 0.3 s).
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"relx {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Extract organizations, people, roles, dates and quotes from press releases."""
    if ctx.invoked_subcommand is None:
        # `relx` alone: the help on stdout, where a reader looks for it (plain Click
        # would print it to stderr), and the exit status of a usage error.
        typer.echo(ctx.get_help())
        raise typer.Exit(2)


@app.command()
def extract(
    paths: List[str] = typer.Argument(
        ..., metavar="PATH",
        help="Files, folders (every *.txt, *.md, *.html and *.htm below), quoted globs "
             "('news/**/*.txt') or - for stdin."),
    fmt: Optional[OutputFormat] = typer.Option(
        None, "--format", "-f",
        help="table, json, jsonl or sqlite. Default: a table on a terminal, JSON when piped, "
             "sqlite for an --output ending in .db or .sqlite."),
    model: Optional[str] = typer.Option(None, "--model", "-m",
                                        help="Name or path of an installed spaCy pipeline."),
    jobs: int = typer.Option(1, "--jobs", "-j",
                             help="Worker processes (0: one per core). Output order is the input order."),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="FILE",
        help="Write to FILE, renamed into place only once the batch is complete (a database "
             "is updated in place, one transaction per batch)."),
    batch_size: int = typer.Option(16, "--batch-size",
                                   help="Documents per spaCy batch and per worker task."),
    quiet: bool = typer.Option(False, "--quiet", "-q",
                               help="No progress bar or summary (bad inputs are still reported)."),
    max_chars: Optional[int] = typer.Option(
        None, "--max-chars", metavar="N",
        help="Refuse inputs longer than N characters, each with a one-line error. Default: no "
             "limit (long texts are parsed in chunks, so memory stays bounded)."),
    include_text: bool = typer.Option(
        False, "--include-text",
        help="JSON: add each document's decoded text, which every offset refers to, as `text`."),
    force: bool = typer.Option(False, "--force",
                               help="SQLite: extract every document again, changed or not."),
    prune: bool = typer.Option(False, "--prune",
                               help="SQLite: delete the documents under PATH whose files are gone."),
) -> None:
    """Extract records from press releases."""
    from .nlp.ops import limit_blas_threads
    from .nlp.load import ModelError

    limit_blas_threads()  # before numpy loads; workers inherit it (see ops.py)

    # Checked here rather than with typer's min=: its range types import pydantic, which
    # doubles the time `relx extract --help` takes.
    if jobs < 0:
        raise typer.BadParameter("must be 0 (every core) or more", param_hint="'--jobs'")
    if batch_size < 1:
        raise typer.BadParameter("must be 1 or more", param_hint="'--batch-size'")
    if max_chars is not None and max_chars < 1:
        raise typer.BadParameter("must be 1 or more", param_hint="'--max-chars'")
    reading = {"max_chars": max_chars, "include_text": include_text}
    from .batch import is_database
    from .render.sqlite import DatabaseError

    if fmt is None and is_database(output):
        fmt = OutputFormat.sqlite
    if fmt is OutputFormat.sqlite and output is None:
        raise typer.BadParameter("needs --output FILE", param_hint="'--format sqlite'")
    if (force or prune) and fmt is not OutputFormat.sqlite:
        raise typer.BadParameter("only with a database (--output FILE.db or --format sqlite)",
                                 param_hint="'--force' / '--prune'")
    try:
        if fmt is OutputFormat.sqlite:
            from .batch import run_extract_db

            result = run_extract_db(paths, output, sys.stderr, model=model, jobs=jobs,
                                    batch_size=batch_size, quiet=quiet, max_chars=max_chars,
                                    force=force, prune=prune)
        elif output is None:
            result = _extract_to(sys.stdout, paths, fmt, model, jobs, batch_size, quiet, **reading)
        else:
            from .batch import atomic_output

            with atomic_output(output) as stream:
                result = _extract_to(stream, paths, fmt, model, jobs, batch_size, quiet, **reading)
    except ModelError as exc:
        typer.echo(f"relx: {exc}", err=True)
        raise typer.Exit(2)
    except DatabaseError as exc:
        typer.echo(f"relx: {exc}", err=True)
        raise typer.Exit(exc.status)
    except OSError as exc:  # the output file's folder is missing or not writable
        typer.echo(f"relx: {output}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2)
    except KeyboardInterrupt:
        # Records already written to stdout stay; an --output file is not left half-written.
        typer.echo("relx: interrupted", err=True)
        raise typer.Exit(130)
    raise typer.Exit(result.exit_code)


def _extract_to(out, paths: List[str], fmt: Optional[OutputFormat], model: Optional[str],
                jobs: int, batch_size: int, quiet: bool, max_chars: Optional[int] = None,
                include_text: bool = False):
    from rich.console import Console

    if fmt is None:
        fmt = OutputFormat.table if out.isatty() else OutputFormat.json
    return run_extract(paths, fmt, out, sys.stderr, model=model, console=Console(file=out),
                       jobs=jobs, batch_size=batch_size, quiet=quiet, max_chars=max_chars,
                       include_text=include_text)


@app.command()
def schema(
    sql: bool = typer.Option(False, "--sql", help="Print the SQLite database's DDL instead."),
) -> None:
    """Print the JSON Schema (draft 2020-12) of a record, or the database's DDL."""
    if sql:
        from .render.sqlite import DDL

        typer.echo(DDL, nl=False)
    else:
        import json

        from .render.schema import record_schema

        typer.echo(json.dumps(record_schema(), indent=2, ensure_ascii=False))
