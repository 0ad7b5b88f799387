"""Windows that fit the screen they open on (a 1366×768 laptop included): a window asks for the
size it would like and gets at most what the screen has room for."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

FRAME = (16, 48)  # room left for the window manager's frame and title bar


def fit_size(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or less where its screen is smaller."""
    screen: QScreen | None = widget.screen()  # (None before a screen is known)
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME[0])
        height = min(height, room.height() - FRAME[1])
    minimum = widget.minimumSize()
    widget.resize(max(width, minimum.width()), max(height, minimum.height()))
