"""JSON and JSON Lines output."""
from __future__ import annotations

import json
from typing import TextIO

from ..model import Record


# Characters that json.dumps leaves raw inside strings but that many readers take for line
# breaks (Python's str.splitlines, JavaScript before ES2019): escaped, one record stays
# one line of JSON Lines. The decoded text is unchanged.
LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def dumps(record: Record, indent: int | None = None, include_text: bool = False,
          producer: dict | None = None) -> str:
    data = record.to_dict(include_text)
    if producer is not None:
        # First, in a key of its own: which relx and which model made the record.
        data = {"relx": producer, **data}
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    # str.translate visits every character in Python's slow path; three substring tests
    # are C scans, and most records hold none of these characters.
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        return text.translate(LINE_BREAKS)
    return text


class JsonWriter:
    """Writes records as they come, each flushed at once.

    `lines`: one record per line (JSON Lines), so a consumer sees results while a batch
    runs and an interrupted batch keeps what was written. Otherwise one object for a
    single input (`relx extract a.txt | jq .quotes`) or an array for several.
    """

    def __init__(self, out: TextIO, lines: bool = False, array: bool = False,
                 include_text: bool = False, producer: dict | None = None) -> None:
        self.out = out
        self.producer = producer
        self.include_text = include_text
        self.lines = lines
        self.array = array and not lines
        self.count = 0

    def write(self, record: Record) -> None:
        def text(indent: int | None = None) -> str:
            return dumps(record, indent=indent, include_text=self.include_text,
                         producer=self.producer)

        if self.lines:
            self.out.write(text() + "\n")
        elif self.array:
            self.out.write(("[\n" if self.count == 0 else ",\n") + text(indent=2))
        else:
            self.out.write(text(indent=2) + "\n")
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.array:
            self.out.write("\n]\n" if self.count else "[]\n")
            self.out.flush()
