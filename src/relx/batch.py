"""The work behind `relx extract`: read inputs, extract, write records, report failures.

Data goes to `out`, messages to `err`. One bad input is reported and skipped; the others
go on, and everything already written stays written.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from .inputs import STDIN, Document, InputError, iter_documents
from .model import Record


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


@dataclass(slots=True)
class BatchResult:
    documents: int = 0
    failures: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def _records(items: Iterable[Document | InputError], model: str | None, err: TextIO,
             result: BatchResult) -> Iterator[Record]:
    """Extract documents through one `nlp.pipe` stream, reporting bad inputs as they pass."""
    from .pipeline import analyze, load_nlp

    nlp = load_nlp(model)
    failed: list[InputError] = []

    def good_documents() -> Iterator[tuple[str, str]]:
        for item in items:
            if isinstance(item, InputError):
                failed.append(item)
                continue
            yield item.text, item.source

    for doc, source in nlp.pipe(good_documents(), as_tuples=True, batch_size=8):
        _report(failed, err, result)
        result.documents += 1
        try:
            record = analyze(doc, source)
        except Exception as exc:  # noqa: BLE001
            # A heuristic tripping over one odd document must not cost the rest of a batch
            # (nor the records already written); it is reported and the exit code says so.
            failed.append(InputError(source, f"extraction failed: {type(exc).__name__}: {exc}"))
            continue
        yield record
    _report(failed, err, result)


def _report(failed: list[InputError], err: TextIO, result: BatchResult) -> None:
    for item in failed:
        err.write(f"relx: {item.source}: {item.message}\n")
        err.flush()
        result.failures += 1
    failed.clear()


def expects_several(paths: list[str]) -> bool:
    """Whether `--format json` prints an array rather than one object.

    Decided by the arguments, not by how many documents they turned out to hold, so the
    shape of the output is known in advance: a folder is an array even when it holds one
    file (or none), and a single file is one object even when it cannot be read.
    """
    return len(paths) > 1 or any(Path(p).is_dir() for p in paths if p != STDIN)


def run_extract(paths: list[str], fmt: OutputFormat, out: TextIO, err: TextIO,
                model: str | None = None, console=None) -> BatchResult:
    from .render.jsonout import JsonWriter

    result = BatchResult()
    records = _records(iter_documents(paths), model, err, result)
    if fmt is OutputFormat.table:
        from .render.table import print_record

        for record in records:
            print_record(record, console)
        return result
    several = fmt is OutputFormat.json and expects_several(paths)
    writer = JsonWriter(out, lines=fmt is OutputFormat.jsonl, array=several)
    for record in records:
        writer.write(record)
    writer.close()
    return result
