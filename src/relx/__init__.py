"""relx: extract organizations, people, roles, dates and quotes from press releases."""
from __future__ import annotations

from typing import Iterable, Iterator

from .model import Record


def __getattr__(name: str) -> str:
    """`relx.__version__`, read from the installed metadata only when asked for:
    importlib.metadata alone would add a tenth of a second to every `relx --help`."""
    if name != "__version__":
        raise AttributeError(f"module 'relx' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("relx")
    except PackageNotFoundError:  # running from a source tree without an install
        return "0.0.0"


def extract(text: str, source: str | None = None, model: str | None = None) -> Record:
    """Extract one record from a text; the spaCy pipeline is loaded once per process."""
    from .pipeline import extract_text

    return extract_text(text, source=source, model=model)


def extract_many(texts: Iterable[str | tuple[str, str]], jobs: int = 1, model: str | None = None,
                 batch_size: int | None = None) -> Iterator[Record]:
    """Extract records from many texts (plain strings or `(text, source)` pairs), in order.

    Texts go through spaCy in batches; `jobs` > 1 spreads them over that many worker
    processes (0: one per core), each loading the model once, and the records still come
    back in input order. The iterable is read lazily, so a generator of a million texts
    is fine. A text an extractor fails on raises `ExtractionError` when its turn comes.
    """
    from .read.inputs import Document
    from .parallel import DEFAULT_BATCH_SIZE, extract_stream

    pairs = ((t, "") if isinstance(t, str) else t for t in texts)
    documents = (Document(source=source, text=text) for text, source in pairs)
    for outcome in extract_stream(documents, model, jobs, batch_size or DEFAULT_BATCH_SIZE):
        if not isinstance(outcome, Record):
            raise ExtractionError(outcome.source, outcome.message)
        yield outcome


class ExtractionError(Exception):
    """One text of `extract_many` could not be extracted."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source or '<text>'}: {message}")
        self.source = source
        self.message = message


__all__ = ["__version__", "ExtractionError", "extract", "extract_many"]
