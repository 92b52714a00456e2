"""JSON and JSON Lines output."""
from __future__ import annotations

import json
from typing import TextIO

from ..model import Record


def dumps(record: Record, indent: int | None = None) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=indent)


class JsonWriter:
    """Writes records as they come, each flushed at once.

    `lines`: one record per line (JSON Lines), so a consumer sees results while a batch
    runs and an interrupted batch keeps what was written. Otherwise one object for a
    single input (`relx extract a.txt | jq .quotes`) or an array for several.
    """

    def __init__(self, out: TextIO, lines: bool = False, array: bool = False) -> None:
        self.out = out
        self.lines = lines
        self.array = array and not lines
        self.count = 0

    def write(self, record: Record) -> None:
        if self.lines:
            self.out.write(dumps(record) + "\n")
        elif self.array:
            self.out.write(("[\n" if self.count == 0 else ",\n") + dumps(record, indent=2))
        else:
            self.out.write(dumps(record, indent=2) + "\n")
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.array:
            self.out.write("\n]\n" if self.count else "[]\n")
            self.out.flush()
