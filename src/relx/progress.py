"""Progress of a batch on stderr, for a person watching it.

The bar is drawn only when stderr is a terminal and stdout is not (when records go to the
terminal too, a bar redrawn between them would garble both). A batch watched on a terminal
ends with one summary line. Where stderr is a log or a pipe, neither appears: escape codes
would clutter a log, and a script reading stderr gets the one line per bad input it can
parse, like any quiet Unix tool.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Iterator, TextIO


def wants_bar(out: TextIO, err: TextIO) -> bool:
    return isatty(err) and not isatty(out)


def isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or stand-in stream
        return False


class Reporter:
    """Where a batch tells what happens: one `advance()` per document, `error()` per bad one."""

    def __init__(self, err: TextIO) -> None:
        self.err = err

    def advance(self) -> None:
        pass

    def error(self, line: str) -> None:
        self.err.write(line + "\n")
        self.err.flush()


class BarReporter(Reporter):
    """Draws the bar; errors are printed above it through rich, which would otherwise
    draw the bar over them."""

    def __init__(self, err: TextIO, bar, task) -> None:
        super().__init__(err)
        self.bar = bar
        self.task = task

    def advance(self) -> None:
        self.bar.advance(self.task)
        # rich's own speed column counts bytes; documents per second is what a user reads.
        speed = self.bar.tasks[self.task].speed
        if speed:
            self.bar.update(self.task, rate=f"{speed:5.1f} docs/s")

    def error(self, line: str) -> None:
        self.bar.console.print(line, markup=False, highlight=False, soft_wrap=True)


@contextmanager
def reporter(total: int | None, err: TextIO, bar: bool) -> Iterator[Reporter]:
    if not bar:
        yield Reporter(err)
        return
    # rich is imported here, not at the top: `relx --help` must not pay for it.
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
               TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=Console(file=err), transient=True) as live:
        yield BarReporter(err, live, live.add_task("extract", total=total, rate=""))


def summary(documents: int, failures: int, seconds: float, skipped: int | None = None,
            pruned: int | None = None) -> str:
    """`skipped` and `pruned`: a database run's unchanged documents and deleted ones."""
    noun = "document" if documents == 1 else "documents"
    extra = "" if skipped is None else f", {skipped} unchanged (skipped)"
    extra += "" if pruned is None else f", {pruned} pruned"
    return f"relx: {documents} {noun}, {failures} failed{extra}, {seconds:.1f} s\n"


class Clock:
    def __init__(self) -> None:
        self.start = time.perf_counter()

    def elapsed(self) -> float:
        return time.perf_counter() - self.start
