"""The signature of the window's write runner (``EditController.run``), and the plain one.

Dialogs that write (imports, the PDF export) take a runner, so that success and failure are
handled in one place; ``direct`` is the runner for a dialog used on its own (tests, tools): the
write is done and any error raised. This module is light on purpose: dialogs import it at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
Runner = Callable[..., Any]


def direct(write: Callable[[], T], *_args: Any, **_kwargs: Any) -> T:
    """Just the write; errors are raised."""
    return write()
