"""The `relx` command line: thin Typer wrappers over plain functions.

spaCy is imported only when a command needs it, so `relx --help` and `relx --version`
answer at once.
"""
from __future__ import annotations

import sys
from typing import List, Optional

import typer

from . import __version__
from .batch import OutputFormat, run_extract

app = typer.Typer(
    help="Extract organizations, people, roles, dates and quotes from press releases.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"relx {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Extract organizations, people, roles, dates and quotes from press releases."""


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., metavar="PATH",
                                      help="Files, folders (every *.txt and *.md below) or - for stdin."),
    fmt: Optional[OutputFormat] = typer.Option(
        None, "--format", "-f",
        help="table, json or jsonl. Default: a table on a terminal, JSON when piped."),
    model: Optional[str] = typer.Option(None, "--model", "-m",
                                        help="Name or path of an installed spaCy pipeline."),
) -> None:
    """Extract records from press releases."""
    from rich.console import Console

    from .pipeline import ModelError

    if fmt is None:
        fmt = OutputFormat.table if sys.stdout.isatty() else OutputFormat.json
    console = Console(file=sys.stdout)
    try:
        result = run_extract(paths, fmt, sys.stdout, sys.stderr, model=model, console=console)
    except ModelError as exc:
        typer.echo(f"relx: {exc}", err=True)
        raise typer.Exit(2)
    raise typer.Exit(result.exit_code)
