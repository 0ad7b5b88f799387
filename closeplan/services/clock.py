"""The wall clock, for the edges of the program (CLI, UI) to pass in: a module of its own, so
that the window can hand it to the editor before the services are loaded."""

from __future__ import annotations

from datetime import UTC, datetime


def system_clock() -> datetime:
    """The wall clock, for the edges of the program (CLI, UI) to pass in."""
    return datetime.now(UTC)
