"""The declared type of every editable field, and the one conversion into it.

Widgets hand values over in their own kinds: Qt gives a ``StrEnum`` stored as item data back as
a plain ``str``, a list of enums as a list of ``str``, numbers as ``int`` or ``float``. ``coerce``
turns such a value into the field's declared type (from the dataclass annotations) or raises
``FieldTypeError``; ``check`` only accepts a value that already has the right type, so a value
of the wrong kind that reaches the services is refused with a typed error instead of being
stored (or failing later with an ``AttributeError`` somewhere else).
"""

from __future__ import annotations

import dataclasses
import types
import typing
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from typing import Any

_NONE = type(None)


class FieldTypeError(TypeError):
    """A value of the wrong kind for a field (a programming error, not the user's input)."""

    def __init__(self, owner: type, name: str, value: Any, expected: Any):
        self.owner, self.name, self.value, self.expected = owner, name, value, expected
        super().__init__(f"{owner.__name__}.{name}: expected {_describe(expected)}, got {type(value).__name__}")


def _describe(expected: Any) -> str:
    return getattr(expected, "__name__", None) or str(expected)


@cache
def field_types(owner: type) -> dict[str, Any]:
    """The declared type of each dataclass field of ``owner`` (annotations resolved)."""
    hints = typing.get_type_hints(owner)
    return {f.name: hints[f.name] for f in dataclasses.fields(owner)}


def declared(owner: type, name: str) -> Any:
    try:
        return field_types(owner)[name]
    except KeyError:
        raise AttributeError(f"{owner.__name__} has no field {name!r}") from None


def _parts(expected: Any) -> tuple[list[Any], bool]:
    """The non-None members of a union, and whether None is allowed."""
    if isinstance(expected, types.UnionType) or typing.get_origin(expected) is typing.Union:
        args = list(typing.get_args(expected))
        return [a for a in args if a is not _NONE], _NONE in args
    return [expected], False


def _fits(value: Any, expected: Any) -> bool:
    origin = typing.get_origin(expected)
    if origin in (list, tuple):
        (item,) = typing.get_args(expected)[:1] or (Any,)
        return isinstance(value, list) and all(_fits(v, item) for v in value)
    if expected is Any:
        return True
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if expected is date:
        return isinstance(value, date) and not isinstance(value, datetime)
    if expected is str:
        return isinstance(value, str) and not isinstance(value, Enum)
    if isinstance(expected, type) and issubclass(expected, Enum):
        return type(value) is expected
    return isinstance(value, expected)


def check(owner: type, name: str, value: Any) -> Any:
    """``value`` if it has the declared type of ``owner.name``, else FieldTypeError."""
    expected = declared(owner, name)
    members, optional = _parts(expected)
    if value is None and optional:
        return value
    if any(_fits(value, m) for m in members):
        return value
    raise FieldTypeError(owner, name, value, expected)


def _convert(value: Any, expected: Any) -> Any:
    if _fits(value, expected):
        return value
    origin = typing.get_origin(expected)
    if origin in (list, tuple) and isinstance(value, (list, tuple)):
        (item,) = typing.get_args(expected)[:1] or (Any,)
        return [_convert(v, item) for v in value]
    if isinstance(expected, type) and issubclass(expected, Enum) and isinstance(value, str):
        return expected(value)  # ValueError for a text that is no member
    if expected is uuid.UUID and isinstance(value, str):
        return uuid.UUID(value)
    if expected is int and isinstance(value, float) and value.is_integer():
        return int(value)
    if expected is Decimal and isinstance(value, (int, str)) and not isinstance(value, bool):
        return Decimal(value)
    raise TypeError


def coerce(owner: type, name: str, value: Any) -> Any:
    """``value`` converted to the declared type of ``owner.name`` (see the module doc)."""
    expected = declared(owner, name)
    members, optional = _parts(expected)
    if value is None:
        if optional:
            return None
        raise FieldTypeError(owner, name, value, expected)
    for member in members:
        if _fits(value, member):
            return value
    for member in members:
        try:
            return _convert(value, member)
        except (TypeError, ValueError, InvalidOperation):
            continue
    raise FieldTypeError(owner, name, value, expected)
