"""relx: extract organizations, people, roles, dates and quotes from press releases."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Iterable, Iterator

try:
    __version__ = version("relx")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"

if TYPE_CHECKING:
    from .model import Record


def extract(text: str, source: str | None = None, model: str | None = None) -> "Record":
    """Extract one record from a text; the spaCy pipeline is loaded once per process."""
    from .pipeline import extract_text

    return extract_text(text, source=source, model=model)


def extract_many(texts: Iterable[str | tuple[str, str]], model: str | None = None) -> Iterator["Record"]:
    """Extract records from many texts (plain strings or `(text, source)` pairs), in order."""
    from .pipeline import extract_texts

    return extract_texts(texts, model=model)


__all__ = ["__version__", "extract", "extract_many"]
