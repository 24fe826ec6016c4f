"""A JSON Schema (draft 2020-12) of a record's JSON, generated from the record's own types.

It follows `to_json` field for field: private fields and those marked `json: False` are left
out, tuples and sets become arrays, `X | None` may be null, `Literal` values an enum, and each
record class one entry of `$defs`. So the schema of an audience's `briefing.json` is made from
the model that writes it, and cannot drift from it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(record: type, title: str | None = None) -> dict[str, Any]:
    definitions: dict[str, Any] = {}
    root = _schema(record, definitions)
    return {"$schema": DIALECT, "title": title or record.__name__, **root, "$defs": definitions}


def _schema(hint: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        name = hint.__name__
        if name not in definitions:
            definitions[name] = {}  # placed first: a record may hold records of its own kind
            definitions[name] = _record(hint, definitions)
        return {"$ref": f"#/$defs/{name}"}
    if origin in (types.UnionType, typing.Union):
        return {"anyOf": [_schema(arg, definitions) for arg in args]}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (tuple, list, frozenset, set):
        return {"type": "array", "items": _schema(args[0], definitions) if args else {}}
    if origin is dict:
        return {"type": "object", "additionalProperties": _schema(args[1], definitions)}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if hint is type(None):
        return {"type": "null"}
    if hint in simple:
        return {"type": simple[hint]}
    if hint is Any:
        return {}
    raise TypeError(f"no JSON Schema for {hint!r}")


def _record(kind: type, definitions: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(kind, include_extras=False)
    properties, required = {}, []
    for field in dataclasses.fields(kind):
        if field.name.startswith("_") or not field.metadata.get("json", True):
            continue
        properties[field.name] = _schema(hints[field.name], definitions)
        required.append(field.name)  # to_json writes every field, defaulted or not
    described = (kind.__doc__ or "").strip().split("\n\n")[0]
    schema: dict[str, Any] = {"type": "object", "properties": properties, "required": required}
    schema["additionalProperties"] = False
    return {"description": " ".join(described.split()), **schema} if described else schema
