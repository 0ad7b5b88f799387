"""Risk flags as data: a ``FlagKind`` per flag code declares its typed parameters and its
wording in every language; a ``Flag`` is a kind, a severity and the values of its parameters
(dates as dates, counts as numbers, names as text). Words are made only when a flag is shown,
by one ``Formatter`` per language.

A template is text with placeholders:

``{name}``
    the parameter, formatted by the language's formatter according to its type
``{name:cap}``
    the same with its first letter in capitals
``{name:one|other}``
    the word for the count ``name``: ``one`` when it is 1 (or -1), else ``other``
    ("{n} {n:day|days}", "{n} {n:dag|dagar}"); languages without plurals write the word alone
``{?name}``
    nothing: it only makes the section it is in depend on the parameter
``[…]``
    a section, kept only when every parameter named in it is filled (text and lists not
    empty, numbers not zero, yes/no parameters yes)
``[…|…]``
    a section with an alternative, shown when the section is not kept

Outside a section an empty text or list shows as "—".

The flags themselves (what each checks, its code and its wording) are in closeplan.domain.risk.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import cached_property, lru_cache
from typing import Any, Protocol

from closeplan.domain.basics import LANGUAGES, Level

EMPTY = "—"


class Formatter(Protocol):
    """How one language writes the values of a flag's parameters."""

    @property
    def language(self) -> str: ...

    def date(self, value: date) -> str: ...

    def number(self, value: int) -> str: ...

    def amount(self, value: Decimal, currency: str) -> str: ...

    def enum(self, value: Enum) -> str: ...

    def titles(self, values: Sequence[str]) -> str:
        """Titles of steps, in a running text."""
        ...

    def words(self, values: Sequence[str]) -> str:
        """A list of words (roles, …)."""
        ...


class Plain:
    """The flags' own English (``Flag.message``, the command line, JSON, English documents):
    ISO dates, plain decimals with the currency code, enum values as stored."""

    language = "en"

    def date(self, value: date) -> str:
        return value.isoformat()

    def number(self, value: int) -> str:
        return str(value)

    def amount(self, value: Decimal, currency: str) -> str:
        return f"{value} {currency}"

    def enum(self, value: Enum) -> str:
        return str(value.value)

    def titles(self, values: Sequence[str]) -> str:
        return ", ".join(f"“{v}”" for v in values)

    def words(self, values: Sequence[str]) -> str:
        return ", ".join(values)


PLAIN = Plain()


# --- parameter types -------------------------------------------------------------------------


class Param:
    """The type of a flag parameter: what values it takes, how it is written in JSON (``data``)
    and in words."""

    def accepts(self, value: Any) -> bool:
        raise NotImplementedError

    def format(self, value: Any, fmt: Formatter, params: Mapping[str, Any]) -> str:
        raise NotImplementedError

    def encode(self, value: Any) -> Any:
        return value

    def decode(self, raw: Any) -> Any:
        value = raw
        if not self.accepts(value):
            raise ValueError(f"not a {type(self).__name__}: {raw!r}")
        return value

    def filled(self, value: Any) -> bool:
        return bool(value)


class Text(Param):
    """A name or a title, shown as it is."""

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str)

    def format(self, value: Any, fmt: Formatter, params: Mapping[str, Any]) -> str:
        return str(value)


class Count(Param):
    """A whole number: days, steps, times."""

    def accepts(self, value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    def format(self, value: Any, fmt: Formatter, params: Mapping[str, Any]) -> str:
        return fmt.number(value)


class YesNo(Param):
    """A condition for a section (``{?name}``); it has no words of its own."""

    def accepts(self, value: Any) -> bool:
        return isinstance(value, bool)

    def format(self, value: Any, fmt: Formatter, params: Mapping[str, Any]) -> str:
        return ""


class Day(Param):
    def accepts(self, value: Any) -> bool:
        return isinstance(value, date)

    def format(self, value: Any, fmt: Formatter, params: Mapping[str, Any]) -> str:
        return fmt.date(value)

    def encode(self, value: Any) -> Any:
        return value.isoformat()

    def decode(self, raw: Any) -> Any:
        return date.fromisoformat(raw)


class Id(Param):
    def accepts(self, value: Any) -> bool:
        return isinstance(value, uuid.UUID)

    def format(self, value: Any, fmt: Formatter, params: Mapping[str, Any]) -> str:
        return str(value)

    def encode(self, value: Any) -> Any:
        return str(value)

    def decode(self, raw: Any) -> Any:
        return uuid.UUID(raw)


@dataclass(frozen=True)
class Amount(Param):
    """Money, in the currency named by the parameter ``currency`` of the same flag."""

    currency: str = "currency"

    def accepts(self, value: Any) -> bool:
        return isinstance(value, Decimal)

    def format(self, value: Any, fmt: Formatter, params: Mapping[str, Any]) -> str:
        return fmt.amount(value, params[self.currency])

    def encode(self, value: Any) -> Any:
        return str(value)

    def decode(self, raw: Any) -> Any:
        return Decimal(raw)


@dataclass(frozen=True)
class EnumOf(Param):
    """A member of a domain enum, worded by the formatter (stage, route method, …)."""

    type: type[Enum]

    def accepts(self, value: Any) -> bool:
        return isinstance(value, self.type)

    def format(self, value: Any, fmt: Formatter, params: Mapping[str, Any]) -> str:
        return fmt.enum(value)

    def encode(self, value: Any) -> Any:
        return value.value

    def decode(self, raw: Any) -> Any:
        return self.type(raw)


@dataclass(frozen=True)
class EnumsOf(EnumOf):
    """A list of members of a domain enum."""

    def accepts(self, value: Any) -> bool:
        return isinstance(value, tuple) and all(isinstance(v, self.type) for v in value)

    def format(self, value: Any, fmt: Formatter, params: Mapping[str, Any]) -> str:
        return fmt.words([fmt.enum(v) for v in value])

    def encode(self, value: Any) -> Any:
        return [v.value for v in value]

    def decode(self, raw: Any) -> Any:
        return tuple(self.type(v) for v in raw)


class Titles(Param):
    """Titles of steps."""

    def accepts(self, value: Any) -> bool:
        return isinstance(value, tuple) and all(isinstance(v, str) for v in value)

    def format(self, value: Any, fmt: Formatter, params: Mapping[str, Any]) -> str:
        return fmt.titles(value)

    def encode(self, value: Any) -> Any:
        return list(value)

    def decode(self, raw: Any) -> Any:
        return super().decode(tuple(raw))


@dataclass(frozen=True, eq=False)
class Choice(Param):
    """One of a few values, each worded by the flag itself in every language:
    ``{value: {language: words}}``."""

    words: Mapping[str, Mapping[str, str]]

    def accepts(self, value: Any) -> bool:
        return value in self.words

    def format(self, value: Any, fmt: Formatter, params: Mapping[str, Any]) -> str:
        words = self.words[value]
        return words.get(fmt.language) or words["en"]


TEXT, COUNT, YES_NO, DATE, ID, TITLES = Text(), Count(), YesNo(), Day(), Id(), Titles()
AMOUNT = Amount()


# --- templates -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    name: str
    style: str = ""  # "cap", "one|other" (a count's word), or "?" for a condition that shows nothing


@dataclass(frozen=True)
class Section:
    shown: tuple[Node, ...]
    otherwise: tuple[Node, ...] = ()

    def names(self) -> Iterator[str]:
        yield from names(self.shown)


Node = str | Slot | Section


def names(nodes: Sequence[Node]) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, Slot):
            yield node.name
        elif isinstance(node, Section):
            yield from node.names()
            yield from names(node.otherwise)


@lru_cache(maxsize=512)
def parse(template: str) -> tuple[Node, ...]:
    """A template as text, slots and sections (see the module's docstring)."""
    return _parse(template, 0, inside=False)[0]


def _parse(template: str, start: int, inside: bool) -> tuple[tuple[Node, ...], int]:
    nodes: list[Node] = []
    text: list[str] = []
    i = start
    while i < len(template):
        ch = template[i]
        if ch == "{":
            close = template.find("}", i)
            if close < 0:
                raise ValueError(f"unclosed '{{' in {template!r}")
            if text:
                nodes.append("".join(text))
                text = []
            inner = template[i + 1 : close]
            if inner.startswith("?"):
                nodes.append(Slot(inner[1:], "?"))
            else:
                name, _, style = inner.partition(":")
                if style not in ("", "cap") and not _is_plural(style):
                    raise ValueError(f"unknown style {style!r} in {template!r}")
                nodes.append(Slot(name, style))
            i = close + 1
        elif ch == "}":
            raise ValueError(f"unopened '}}' in {template!r}")
        elif ch == "[":
            if text:
                nodes.append("".join(text))
                text = []
            shown, i = _parse(template, i + 1, inside=True)
            otherwise: tuple[Node, ...] = ()
            if template[i] == "|":
                otherwise, i = _parse(template, i + 1, inside=True)
            if i >= len(template) or template[i] != "]":
                raise ValueError(f"unclosed '[' in {template!r}")
            nodes.append(Section(shown, otherwise))
            i += 1
        elif inside and ch in "|]":
            break
        elif ch == "]":
            raise ValueError(f"unopened ']' in {template!r}")
        else:
            text.append(ch)
            i += 1
    if inside and i >= len(template):
        raise ValueError(f"unclosed '[' in {template!r}")
    if text:
        nodes.append("".join(text))
    return tuple(nodes), i


def _is_plural(style: str) -> bool:
    forms = style.split("|")
    return len(forms) == 2 and all(forms)


def plural(count: object, one: str, other: str) -> str:
    """``one`` for a count of 1 (or -1), ``other`` for any other (English and Swedish: 0 days,
    1 day, 2 days; 0 dagar, 1 dag, 2 dagar). A count that is not a number takes ``other``."""
    return one if isinstance(count, int) and abs(count) == 1 else other


# --- kinds and flags -------------------------------------------------------------------------

Derive = Callable[[Mapping[str, Any]], Any]


@dataclass(frozen=True, eq=False)
class FlagKind:
    """One flag: its stable ``code``, the types of its parameters (which are also the keys of
    its JSON ``data``), values its wording derives from them, and a template per language."""

    code: str
    params: Mapping[str, Param]
    wording: Mapping[str, str]
    derived: Mapping[str, tuple[Param, Derive]] = field(default_factory=dict)

    def __call__(self, severity: Level, step_id: uuid.UUID | None = None, /, **params: Any) -> Flag:
        """The flag raised, with the value of every parameter."""
        if params.keys() != self.params.keys():
            raise TypeError(f"{self.code}: parameters {sorted(params)}, expected {sorted(self.params)}")
        for name, value in params.items():
            if not self.params[name].accepts(value):
                raise TypeError(f"{self.code}: {name}={value!r} is not a {type(self.params[name]).__name__}")
        return Flag(self, severity, params, step_id)

    def types(self) -> dict[str, Param]:
        """Every name a template may use: the parameters and the derived values."""
        return {**self.params, **{name: kind for name, (kind, _) in self.derived.items()}}

    def text(self, params: Mapping[str, Any], fmt: Formatter) -> str:
        """The flag in ``fmt``'s language (English where a language has no wording)."""
        template = self.wording.get(fmt.language) or self.wording["en"]
        values = dict(params)
        for name, (_, derive) in self.derived.items():
            values[name] = derive(params)
        return self._render(parse(template), values, self.types(), fmt)

    def _render(self, nodes: Sequence[Node], values: Mapping[str, Any], types: Mapping[str, Param], fmt) -> str:
        out = []
        for node in nodes:
            if isinstance(node, str):
                out.append(node)
            elif isinstance(node, Section):
                kept = all(types[n].filled(values[n]) for n in node.names())
                out.append(self._render(node.shown if kept else node.otherwise, values, types, fmt))
            elif _is_plural(node.style):
                out.append(plural(values[node.name], *node.style.split("|")))
            elif node.style != "?":
                value = values[node.name]
                text = types[node.name].format(value, fmt, values)
                if not text and not isinstance(types[node.name], YesNo):
                    text = EMPTY
                out.append(text[:1].upper() + text[1:] if node.style == "cap" else text)
        return "".join(out)

    def encode(self, params: Mapping[str, Any]) -> dict[str, Any]:
        return {name: self.params[name].encode(value) for name, value in params.items()}

    def decode(self, data: Mapping[str, Any]) -> dict[str, Any] | None:
        """The parameters back from JSON ``data`` (a stored list row's flags), by their declared
        types; None when ``data`` lacks one or holds a value of another type."""
        try:
            return {name: kind.decode(data[name]) for name, kind in self.params.items()}
        except (KeyError, TypeError, ValueError):
            return None


def flag_kind(
    code: str,
    params: Mapping[str, Param] | None = None,
    *,
    en: str,
    ja: str,
    ko: str,
    sv: str,
    derived: Mapping[str, tuple[Param, Derive]] | None = None,
) -> FlagKind:
    """A flag kind with its wording in each of ``LANGUAGES``."""
    wording = {"en": en, "ja": ja, "ko": ko, "sv": sv}
    assert tuple(wording) == LANGUAGES
    return FlagKind(code, params or {}, wording, derived or {})


@dataclass(frozen=True)
class Flag:
    """A flag raised on a deal: what it is (``kind``), how bad, its parameters' values and the
    step it is about. ``code``, ``message`` (English) and ``data`` (JSON) are what the command
    line, JSON outputs and the stored list rows show; ``text`` words it in any language."""

    kind: FlagKind
    severity: Level
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)
    step_id: uuid.UUID | None = None

    @property
    def code(self) -> str:
        return self.kind.code

    @cached_property
    def message(self) -> str:
        return self.kind.text(self.params, PLAIN)

    @cached_property
    def data(self) -> dict[str, Any]:
        return self.kind.encode(self.params)

    def text(self, fmt: Formatter) -> str:
        return self.kind.text(self.params, fmt)
