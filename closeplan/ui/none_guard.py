"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 returns ``None`` for an empty Qt value (an invalid ``QVariant``: ``index.data()``
of a role a model does not answer, ``QComboBox.currentData()`` of an entry without data, an
unset item role …) without taking a reference to it, so every such call takes one of None's
references away. On Python 3.12 and newer None is immortal and nothing happens; on 3.11 None's
count reaches zero after some ten thousand such calls and the interpreter aborts ("deallocating
None") — the app would crash after a while of ordinary use. (6.11 does not have the bug, but
the separate PySide6-Pdf wheel the export preview needs exists only from 6.12.) ``emit()`` of a
signal from Python returns True the same way: each emit takes one of True's references (every
edit emits a few), and the interpreter aborts with "deallocating True or False".

While the bug is there, a background thread keeps the counts of None, True and False far from
zero by holding extra references whenever one drops below its floor: a missing reference costs
nothing but a list slot.
The list holding them is never freed, not even when the interpreter shuts down (it would give
the references back that PySide took away, and None would still reach zero then).
"""

from __future__ import annotations

import sys
import threading
import time

# None's references kept at least (the list holding them: 1.6 MB). The watcher tops them up
# every 20 ms and takes the GIL at least every 5 ms (sys.getswitchinterval), while a lost
# reference costs a call into Qt (about a microsecond): far fewer are lost between two looks.
FLOOR = 200_000
BOOL_FLOOR = 100_000  # True's and False's (one is lost per emit, not per empty value)
_ballast: list[None | bool] = []
_started = False


def affected() -> bool:
    """Whether this interpreter and PySide6 lose None's references (see the module doc)."""
    if sys.version_info >= (3, 12):
        return False
    import PySide6

    return PySide6.__version__.startswith("6.12.0")


def top_up() -> int:
    """Hold references to None, True and False until each count is back at its floor; returns how
    many were added."""
    added = 0
    for value, floor in ((None, FLOOR), (True, BOOL_FLOOR), (False, BOOL_FLOOR)):
        missing = floor - sys.getrefcount(value)
        if missing > 0:
            _ballast.extend([value] * missing)
            added += missing
    return added


def _watch(interval: float) -> None:
    import ctypes  # here, not before the window shows (it takes a few ms to load)

    ctypes.pythonapi.Py_IncRef(ctypes.py_object(_ballast))  # never freed, not even at exit
    while True:
        top_up()
        time.sleep(interval)


def install(interval: float = 0.02) -> bool:
    """Start the guard once, where it is needed; True when it runs."""
    global _started
    if _started or not affected():
        return _started
    top_up()
    threading.Thread(target=_watch, args=(interval,), name="none-refcount-guard", daemon=True).start()
    _started = True
    return True
