"""The JSON Schema (draft 2020-12) of a record, as `relx schema` prints it.

It is derived from the dataclasses in model.py rather than written out by hand, so that it
cannot drift from what relx prints: every field of a dataclass is a required property of
its object (`asdict` writes them all) and no other property is allowed, a `X | None` field
may be null, a `list[X]` an array of X, a nested dataclass a reference to its definition.
What `Record.to_dict` adds or leaves out is stated in `adjust` below; the test suite
validates the JSON of every sample against the result.
"""
from __future__ import annotations

import dataclasses
import inspect
import types
import typing
from typing import Any

from ..model import Record, Role

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"

PRIMITIVES: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
    Any: {},
}


def record_schema() -> dict[str, Any]:
    """The schema of one record (`relx extract FILE --format json`; each element of the
    array for several files, each line of `--format jsonl`)."""
    defs: dict[str, Any] = {}
    root = definition(Record, defs)
    adjust(defs)
    return {"$schema": SCHEMA_URI, "title": "relx record", **defs.pop(root["$ref"].rsplit("/", 1)[1]),
            "$defs": dict(sorted(defs.items()))}


def adjust(defs: dict[str, Any]) -> None:
    """What `Record.to_dict` does beyond `asdict`: `text` only with --include-text, and
    each person lists their roles (a role without its `person`); and what the command line
    adds: `relx`, which relx and model made the record."""
    record = defs["Record"]
    record["required"].remove("text")
    record["properties"]["text"] = {"type": "string",
                                    "description": "The decoded text (--include-text only)."}
    # Written by the command line (batch.producer), first in each record: what made it.
    record["properties"] = {"relx": {
        "type": "object", "description": "Which relx and which model made the record.",
        "properties": {"version": {"type": "string"}, "model": {"type": "string"},
                       "model_version": {"type": ["string", "null"]}},
        "required": ["version", "model", "model_version"], "additionalProperties": False},
        **record["properties"]}
    role = defs[Role.__name__]
    own_role = {**role, "properties": {k: v for k, v in role["properties"].items()
                                       if k != "person"},
                "required": [k for k in role["required"] if k != "person"]}
    defs["PersonRole"] = own_role
    person = defs["Person"]
    person["properties"]["roles"] = {"type": "array", "items": {"$ref": "#/$defs/PersonRole"}}
    person["required"].append("roles")


def definition(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """A reference to the object schema of a dataclass, added to `defs` on first use."""
    name = cls.__name__
    if name not in defs:
        defs[name] = {}  # placeholder: a dataclass may refer to itself
        hints = typing.get_type_hints(cls)
        fields = [f.name for f in dataclasses.fields(cls)]
        schema: dict[str, Any] = {"type": "object"}
        doc = inspect.cleandoc(cls.__doc__ or "")
        if doc and not doc.startswith(f"{name}("):  # not the generated signature
            schema["description"] = doc.split("\n\n")[0].replace("\n", " ")
        schema["properties"] = {f: type_schema(hints[f], defs) for f in fields}
        schema["required"] = fields
        schema["additionalProperties"] = False
        defs[name] = schema
    return {"$ref": f"#/$defs/{name}"}


def type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if hint in PRIMITIVES:
        return dict(PRIMITIVES[hint])
    if dataclasses.is_dataclass(hint):
        return definition(hint, defs)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = [type_schema(a, defs) for a in args]
        if all(set(o) == {"type"} for o in options):  # str | None: {"type": [string, null]}
            return {"type": [o["type"] for o in options]}
        return {"anyOf": options}
    if origin in (list, tuple, set, frozenset) or hint in (list, tuple):
        return {"type": "array", "items": type_schema(args[0], defs)} if args else {"type": "array"}
    if origin is dict or hint is dict:
        return {"type": "object"}
    if origin is typing.Literal:
        return {"enum": list(args)}
    return {}
