"""Turn the PATH arguments of `relx extract` into documents to read, in a stable order.

A folder stands for every `*.txt` and `*.md` file below it (sorted, so that a batch's
output order does not depend on the file system); `-` stands for standard input.
A path that cannot be read yields an `InputError` in its place, so a batch can report
it and go on with the rest.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

TEXT_SUFFIXES = (".txt", ".md")
STDIN = "-"
# A press release runs to a few thousand words; a text a hundred times longer is a dump,
# not a release, and would exhaust spaCy's length limit (and memory) halfway through a batch.
MAX_CHARS = 1_000_000


@dataclass(slots=True)
class Document:
    source: str
    text: str


@dataclass(slots=True)
class InputError:
    source: str
    message: str


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Each argument as one or more file paths; folders are walked recursively."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
            )
            yield from (str(p) for p in files)
        elif path.exists():
            yield raw
        else:
            yield InputError(raw, "no such file or directory")


def read_document(source: str) -> Document | InputError:
    if source == STDIN:
        # Bytes, not sys.stdin's text: its decoder would turn a stray Latin-1 byte into a
        # lone surrogate that spaCy cannot hash, and it would keep a UTF-8 BOM.
        if sys.stdin is None:
            return InputError("<stdin>", "no standard input")
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8", "replace")
        return decode("<stdin>", data)
    try:
        path = Path(source)
        if path.is_file() and path.stat().st_size > 4 * MAX_CHARS:  # 4: UTF-8's widest character
            return too_long(source)
        data = path.read_bytes()
    except OSError as exc:
        return InputError(source, exc.strerror or str(exc))
    return decode(source, data)


def too_long(source: str) -> InputError:
    return InputError(source, f"too long for a press release (over {MAX_CHARS:,} characters)")


def decode(source: str, data: bytes) -> Document | InputError:
    """Text from bytes whatever their encoding: releases saved by word processors are often
    cp1252, and a NUL byte near the start means an image or archive, not a release."""
    if b"\x00" in data[:4096]:
        return InputError(source, "not a text file (binary content)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return too_long(source) if len(text) > MAX_CHARS else Document(source, text)


def iter_documents(paths: Iterable[str]) -> Iterator[Document | InputError]:
    for item in expand_paths(paths):
        yield item if isinstance(item, InputError) else read_document(item)
