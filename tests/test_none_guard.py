"""PySide6 6.12.0 loses a reference to None each time it hands over an empty Qt value; on
Python 3.11 that aborted the app after some ten thousand calls (closeplan.ui.none_guard)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
import closeplan.ui  # starts the guard where it is needed
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QComboBox
app = QApplication([])
box = QComboBox()
box.addItem("Unknown", None)
index = QModelIndex()
for _ in range(400_000):  # far more empty values than None has references
    index.data()
    box.currentData()
print("alive")
"""


def test_the_app_survives_many_empty_qt_values():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0 and "alive" in result.stdout, result.stderr[-2000:]


def test_the_guard_holds_at_exit_too():
    """Shutting down gives back every reference the guard holds: None must not reach zero then."""
    script = SCRIPT + "\nimport gc; del box, index; gc.collect()\n"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_app_survives_many_signals_emitted_from_python():
    """emit() of PySide6 6.12.0 takes one of True's references each time (every edit emits a few)."""
    script = """
import closeplan.ui  # starts the guard where it is needed
from PySide6.QtCore import QCoreApplication, QObject, Signal
class Emitter(QObject):
    changed = Signal()
app = QCoreApplication([])
emitter = Emitter()
for _ in range(300_000):  # far more emits than True has references
    emitter.changed.emit()
print("alive")
import gc; del emitter; gc.collect()
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0 and "alive" in result.stdout, result.stderr[-2000:]
