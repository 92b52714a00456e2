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
    """Where a batch tells what happens: one `advance()` per document, `error()` per bad one,
    `chunks()` as a long text's chunks are parsed (shown only when `live`: a person is
    watching stderr on a terminal)."""

    def __init__(self, err: TextIO, live: bool = False) -> None:
        self.err = err
        self.live = live

    def advance(self) -> None:
        pass

    def chunks(self, source: str, done: int, total: int) -> None:
        """One line, redrawn in place and erased once the text is done."""
        if done >= total:
            self.err.write("\r\x1b[K")
        else:
            self.err.write(f"\r\x1b[Krelx: {source}: chunk {done + 1:,} of {total:,}")
        self.err.flush()

    def error(self, line: str) -> None:
        self.err.write(line + "\n")
        self.err.flush()


class BarReporter(Reporter):
    """Draws the bar; errors are printed above it through rich, which would otherwise
    draw the bar over them.

    The rate and the time left are the whole run's average, not rich's recent-window
    speed: with workers, records arrive a chunk at a time, and a chunk of 16 landing at
    once read as hundreds of documents a second and an ETA of one second at the start of
    a batch that ran at four a second. Neither is shown until a first round of chunks
    has come back from every worker (`settle` documents), when the average means something.
    """

    def __init__(self, err: TextIO, bar, task, settle: int = 1) -> None:
        super().__init__(err, live=True)
        self.bar = bar
        self.task = task
        self.settle = max(1, settle)
        self.done = 0
        self.clock = Clock()

    def advance(self) -> None:
        self.done += 1
        self.bar.advance(self.task)
        if self.done < self.settle:
            return
        elapsed = self.clock.elapsed()
        if elapsed <= 0:
            return
        speed = self.done / elapsed
        total = self.bar.tasks[self.task].total
        eta = ""
        if total:
            left = max(0, total - self.done) / speed
            eta = f"ETA {int(left // 3600)}:{int(left % 3600 // 60):02d}:{int(left % 60):02d}"
        self.bar.update(self.task, rate=f"{speed:5.1f} docs/s", eta=eta)

    def error(self, line: str) -> None:
        self.bar.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def chunks(self, source: str, done: int, total: int) -> None:
        status = "extracting" if done >= total else f"extracting (chunk {done + 1:,} of {total:,})"
        self.bar.update(self.task, description=status)


@contextmanager
def reporter(total: int | None, err: TextIO, bar: bool, jobs: int = 1,
             batch_size: int = 16, live: bool = False) -> Iterator[Reporter]:
    if not bar:
        yield Reporter(err, live)
        return
    # rich is imported here, not at the top: `relx --help` must not pay for it.
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
               TextColumn("{task.fields[eta]}"))
    settle = 1 if jobs <= 1 else jobs * batch_size
    if total:
        settle = min(settle, max(1, total // 10))
    with Progress(*columns, console=Console(file=err), transient=True) as live:
        task = live.add_task("extracting", total=total, rate="", eta="")
        yield BarReporter(err, live, task, settle)


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
