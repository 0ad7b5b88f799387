"""The manager's late-stage review of the whole team, in a window of its own; a deal opened
from it is shown in the main window's list and editor."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from closeplan.ui.features.base import Feature
from closeplan.ui.fit import fit_size
from closeplan.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from closeplan.ui.main_window import MainWindow
    from closeplan.ui.review_view import ReviewView


class Review(Feature):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.view: ReviewView | None = None
        self.review_window_action = self.action(
            "openReview",
            QT_TRANSLATE_NOOP("MainWindow", "Late-stage &review (manager)…"),
            self.open_review,
            "Ctrl+M",
            needs="workspace",
        )

    def open_review(self) -> ReviewView:
        from closeplan.ui.review_view import ReviewView

        window = self.window
        view = ReviewView(window.service, self.workspace.today)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open_requested.connect(self.open_from_review)
        view.imported.connect(lambda _changes: window.reload())
        fit_size(view, view.width(), view.height())
        quit_here = QAction(view)  # Ctrl+Q in the review quits the program, as in the main window
        quit_here.setShortcut(QKeySequence("Ctrl+Q"))
        quit_here.triggered.connect(window.quit_app)
        view.addAction(quit_here)
        view.show()
        self.view = view
        return view

    def open_from_review(self, deal_id: uuid.UUID) -> None:
        window = self.window
        for box in window.filters:
            box.setCurrentIndex(0)
        window.search.clear()
        window.select_deal(deal_id)
        window.raise_()
        window.activateWindow()
