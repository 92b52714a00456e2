"""The `relx` command line: thin Click wrappers over plain functions.

Plain Click, not Typer: Typer builds its parameter types on pydantic, whose messages
(`Value error, 'yaml' is not one of`, `Input should be a valid integer`) and metavars
(`<list[str]>`) leak into what a user reads, and importing it doubles the time `relx
--help` takes. spaCy is imported only when a command needs it, so `relx --help` and `relx
--version` answer at once.

Exit codes: 0 every input extracted; 1 an input failed, no input was found or the output
could not be written; 2 a usage error (a bad option, a refused --output, a model that
cannot be loaded); 130 interrupted (Ctrl-C), 143 terminated (SIGTERM); 141 the reader of
stdout went away (`relx extract ... | head -1`), quietly, as a shell reports SIGPIPE.
"""
from __future__ import annotations

import sys

import click

from .batch import OutputFormat

EXIT_USAGE = 2
ITEM_KINDS = ("documents", "organizations", "people", "roles", "dates", "quotes", "amounts")
# Workers beyond this are not a choice but a typo; up to it, relx caps at the cores.
MAX_JOBS = 1024

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

EXIT_CODES = """\b
Exit codes:
  0    every input was extracted
  1    an input could not be read or extracted (each reported on stderr
       as `relx: PATH: reason`), no input was found, or the output could
       not be written
  2    usage error
  130  interrupted (143: terminated)"""

EXTRACT_EPILOG = """\b
Examples:
  relx extract release.txt
  relx extract releases/ -o releases.jsonl
  relx extract releases/ | jq '.[].quotes[].speaker'
  cat release.txt | relx extract --date 2026-03-10

""" + EXIT_CODES


class Option(click.Option):
    """An option whose errors name it by its long form only, as a user types it in a
    message: `Invalid value for '--format'`, not `'-f' / '--format'`."""

    def get_error_hint(self, ctx: click.Context) -> str:
        long = [opt for opt in self.opts if opt.startswith("--")]
        return f"'{long[0]}'" if long else super().get_error_hint(ctx)


class Count(click.IntRange):
    """A whole number in a range, named as a user would name it in a message:
    `'x' is not a valid integer`."""

    name = "integer"


def option(*decls: str, **attrs):
    return click.option(*decls, cls=Option, **attrs)


class RelxGroup(click.Group):
    """Click's group, with the handling every command shares around it: a reader of
    stdout that went away ends the run quietly, any other failure to write stdout is
    one line and a non-zero exit, never a traceback."""

    def main(self, *args, **kwargs):
        kwargs.setdefault("prog_name", "relx")
        try:
            return super().main(*args, standalone_mode=True, **kwargs)
        except BrokenPipeError:
            from .batch import quiet_broken_pipe

            quiet_broken_pipe()
        except KeyboardInterrupt:  # outside the command (Click's own prompt, import)
            sys.exit(130)


def _version(ctx: click.Context, _param, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from . import __version__

        click.echo(f"relx {__version__}")
        ctx.exit()


def _completion(ctx: click.Context, param, value: str | None) -> None:
    """`--show-completion SHELL` prints the script; `--install-completion SHELL` adds the
    one line that loads it to the shell's start-up file. Click builds the completion
    itself at completion time, so none of this costs `relx --help` anything."""
    if value is None or ctx.resilient_parsing:
        return
    from .completion import install, script

    command = ctx.find_root().command
    if param.name == "show_completion":
        click.echo(script(value, command))
    else:
        click.echo(install(value, command))
    ctx.exit()


@click.group(cls=RelxGroup, context_settings=CONTEXT, invoke_without_command=True,
             epilog=EXIT_CODES)
@option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_version,
              help="Show the version and exit.")
@option("--install-completion", type=click.Choice(["bash", "zsh", "fish"]), default=None,
              expose_value=False, is_eager=True, callback=_completion, metavar="SHELL",
              help="Install tab completion for SHELL (bash, zsh or fish).")
@option("--show-completion", type=click.Choice(["bash", "zsh", "fish"]), default=None,
              expose_value=False, is_eager=True, callback=_completion, metavar="SHELL",
              help="Print the tab completion script for SHELL.")
@click.pass_context
def app(ctx: click.Context) -> None:
    """Extract organizations, people, roles, dates and quotes from press releases."""
    if ctx.invoked_subcommand is None:
        # `relx` alone: the help on stdout, where a reader looks for it, and the exit
        # status of a usage error.
        click.echo(ctx.get_help())
        ctx.exit(EXIT_USAGE)


@app.command(context_settings=CONTEXT, epilog=EXTRACT_EPILOG)
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@option("-f", "--format", "fmt", type=click.Choice([f.value for f in OutputFormat]),
              default=None, help="Default: by the --output suffix (.jsonl, .csv, .db or .sqlite), "
                   "else a table on a terminal and JSON when piped.")
@option("--items", type=click.Choice(ITEM_KINDS), default="documents", show_default=True,
              help="CSV: one row per item of this kind, with its document's source.")
@option("-o", "--output", metavar="FILE",
              help="Write to FILE (- for stdout), renamed into place only once the batch is "
                   "complete; an existing FILE is kept when nothing was extracted. A database "
                   "is updated in place, one transaction per batch.")
@option("-m", "--model", metavar="NAME", help="Name or path of an installed spaCy pipeline.")
@option("-j", "--jobs", type=Count(0, MAX_JOBS), default=1, show_default=True,
              metavar="N", help="Worker processes (0: one per core; at most the cores). "
                                "Output order is the input order.")
@option("--batch-size", type=Count(1, 10_000), default=16, show_default=True,
              metavar="N", help="Documents per spaCy batch and per worker task.")
@option("--date", "reference_date", type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Resolve `today`, `next month`... against this date in releases that "
                   "state no date of their own.")
@option("--max-chars", type=Count(1), metavar="N",
              help="Refuse inputs longer than N characters, each with a one-line error. "
                   "Default: up to 256 MiB (long texts are parsed in chunks).")
@option("--include-text", is_flag=True,
              help="JSON: add each document's decoded text, which every offset refers to, "
                   "as `text`.")
@option("--full", is_flag=True,
              help="Table: show quotes whole (always so when the table goes to a file or a pipe).")
@option("--force", is_flag=True,
              help="SQLite: extract every document again, changed or not.")
@option("--prune", is_flag=True,
              help="SQLite: delete the documents under PATH whose files are gone.")
@option("-q", "--quiet", is_flag=True,
              help="No progress bar or summary (bad inputs are still reported).")
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], fmt: str | None, items: str,
            output: str | None, model: str | None, jobs: int, batch_size: int,
            reference_date, max_chars: int | None, include_text: bool, full: bool,
            force: bool, prune: bool, quiet: bool) -> None:
    """Extract records from press releases.

    PATH: files, folders (every *.txt, *.md, *.html and *.htm below), quoted globs
    ('news/**/*.txt') or - for standard input, which is also read when no PATH is given
    and stdin is not a terminal.
    """
    from .batch import ExtractOptions, extract_command

    paths = list(paths) or _stdin_or_missing(ctx)
    if paths.count("-") > 1:
        raise click.BadParameter("'-' (standard input) can be given only once.",
                                 ctx=ctx, param_hint="'[PATH]...'")
    options = ExtractOptions(
        fmt=OutputFormat(fmt) if fmt else None, items=items, model=model, jobs=jobs,
        batch_size=batch_size, quiet=quiet, max_chars=max_chars, include_text=include_text,
        full=full, reference_date=reference_date.date().isoformat() if reference_date else None,
        force=force, prune=prune)
    ctx.exit(extract_command(ctx, paths, output, options))


def _stdin_or_missing(ctx: click.Context) -> list[str]:
    """No PATH: standard input when something is piped in (`cat f | relx extract`), as
    grep and jq do; on a terminal, where nothing will come, Click's missing-argument error."""
    from .progress import isatty

    if sys.stdin is not None and not isatty(sys.stdin):
        return ["-"]
    raise click.MissingParameter(ctx=ctx, param=ctx.command.params[0])


@app.command(context_settings=CONTEXT)
@option("--sql", is_flag=True, help="Print the SQLite database's DDL instead.")
def schema(sql: bool) -> None:
    """Print the JSON Schema (draft 2020-12) of a record, or the database's DDL."""
    if sql:
        from .render.sqlite import DDL

        click.echo(DDL, nl=False)
    else:
        import json

        from .render.schema import record_schema

        click.echo(json.dumps(record_schema(), indent=2, ensure_ascii=False))
