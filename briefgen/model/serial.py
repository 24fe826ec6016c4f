"""Records to plain JSON data and back: the shape documented in DESIGN.md."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any, TypeVar

Record = TypeVar("Record")


def to_json(record: Any) -> Any:
    """Plain JSON data for a record; fields whose name starts with `_` stay private."""
    if isinstance(record, _PLAIN):
        return record
    names = _public_fields(type(record))
    if names is not None:
        return {name: to_json(getattr(record, name)) for name in names}
    if isinstance(record, (list, tuple)):
        return [to_json(item) for item in record]
    if isinstance(record, (set, frozenset)):
        return sorted(to_json(item) for item in record)
    if isinstance(record, dict):
        return {key: to_json(value) for key, value in record.items()}
    return record


_PLAIN = (str, int, float, type(None))


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _public_fields(kind: type) -> tuple[str, ...] | None:
    """The fields `to_json` writes of a record type, or None for a type that is no record:
    looked up once per type, not once per record (a briefing has hundreds of thousands)."""
    if kind not in _FIELDS:
        public = None
        if dataclasses.is_dataclass(kind):
            fields = dataclasses.fields(kind)
            public = tuple(
                f.name
                for f in fields
                if not f.name.startswith("_") and f.metadata.get("json", True)
            )
        _FIELDS[kind] = public
    return _FIELDS[kind]


def from_json(kind: type[Record], data: Any) -> Record:
    """The record a `to_json` result came from; raises ValueError on data of another shape."""
    if not isinstance(data, dict):
        raise ValueError(f"{kind.__name__}: expected an object")
    values = {}
    for name, hint in _field_types(kind):  # type: ignore[arg-type]
        if name in data:
            values[name] = _decode(hint, data[name])
    try:
        return kind(**values)
    except TypeError as exc:
        raise ValueError(f"{kind.__name__}: {exc}") from None


@functools.lru_cache(maxsize=64)
def _field_types(kind: type) -> tuple[tuple[str, Any], ...]:
    """A record's fields and their types (resolved once: this runs for every cached record)."""
    hints = typing.get_type_hints(kind)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(kind))


def _decode(hint: Any, value: Any) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if value is None:
        return None
    if dataclasses.is_dataclass(hint):
        return from_json(hint, value)  # type: ignore[arg-type]
    if origin in (tuple, frozenset):
        return origin(_decode(args[0], item) for item in value)
    if origin is dict:
        return {key: _decode(args[1], item) for key, item in value.items()}
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in args if a is not type(None)]
        return _decode(inner[0], value) if len(inner) == 1 else value
    return value
