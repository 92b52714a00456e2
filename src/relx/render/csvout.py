"""CSV output for spreadsheets: one row per item of one kind, with its document's source.

`--items people` gives a row per person, `--items quotes` a row per quote, and so on;
`--items documents` (the default) a row per document with its header fields and how many
items of each kind it holds. Written with the standard `csv` module: a header row, RFC
4180 quoting (a field with a comma, a quote or a line break is quoted, quotes doubled)
and CRLF line ends.

The columns come from the item's dataclass (`model.py`), so a field added there shows up
here, and a kind this relx's records do not have (`amounts` before it was added) gives
the header row and no rows rather than an error.
"""
from __future__ import annotations

import csv
import dataclasses
import json
import typing
from functools import lru_cache
from typing import Any, TextIO

from .. import model
from ..model import Record

# Bulky lists of places in the text: the item's own start and end are kept.
SKIPPED_FIELDS = frozenset({"mentions"})
LIST_KINDS = ("organizations", "people", "roles", "dates", "quotes", "amounts")


def item_columns(kind: str) -> list[str]:
    """The CSV columns for one kind of item: `source`, then the item's fields."""
    if kind == "documents":
        return ["source", "title", "published", "dateline", *(f"{k}_count" for k in present_kinds())]
    cls = item_class(kind)
    names = [f.name for f in dataclasses.fields(cls)] if cls is not None else []
    if kind == "people":
        names.append("roles")  # each person lists their titles (Record.to_dict)
    return ["source", *(name for name in names if name not in SKIPPED_FIELDS)]


@lru_cache(maxsize=1)
def present_kinds() -> tuple[str, ...]:
    """The item lists a Record holds, in LIST_KINDS order: fixed once Record is defined,
    so read once, not for every row of `--items documents`."""
    names = {f.name for f in dataclasses.fields(Record)}
    return tuple(kind for kind in LIST_KINDS if kind in names)


def item_class(kind: str) -> type | None:
    """The dataclass of a Record list field (`list[Quote]` -> Quote); None if absent."""
    hints = typing.get_type_hints(Record, vars(model))
    args = typing.get_args(hints.get(kind))
    return args[0] if args and dataclasses.is_dataclass(args[0]) else None


def cell(value: Any) -> Any:
    """A field as one spreadsheet cell: lists of names joined by "; ", nested objects as
    compact JSON, booleans as true/false, nothing as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return "; ".join(value)
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


class CsvWriter:
    """Writes the header row at once (so an empty batch is still a valid table), then
    each record's items as they come."""

    def __init__(self, out: TextIO, kind: str = "documents") -> None:
        self.out = out
        self.kind = kind
        self.columns = item_columns(kind)
        self.writer = csv.DictWriter(out, self.columns, extrasaction="ignore")
        self.writer.writeheader()
        out.flush()

    def write(self, record: Record) -> None:
        data = record.to_dict()
        if self.kind == "documents":
            dateline = data.get("dateline") or {}
            row = {"source": record.source, "title": data.get("title"),
                   "published": data.get("published"), "dateline": dateline.get("text")}
            row.update({f"{k}_count": len(data.get(k) or []) for k in present_kinds()})
            rows = [row]
        else:
            rows = [{"source": record.source, **item} for item in data.get(self.kind) or []]
            if self.kind == "people":
                for row in rows:
                    row["roles"] = [role.get("title") for role in row.get("roles") or []]
        for row in rows:
            self.writer.writerow({key: cell(row.get(key)) for key in self.columns})
        self.out.flush()
