"""The main window: the deal list and a read-only view of the selected plan.

The window talks to services only (``DealService``); it never sees a session or SQL.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from closeplan.domain.validation import ValidationError
from closeplan.export.bundle import SUFFIX, safe_file_stem
from closeplan.services.deals import Changes, DealService, ImportFailed
from closeplan.ui.deal_view import DealView
from closeplan.ui.models import DealTableModel, Role
from closeplan.ui.new_deal_dialog import NewDealDialog

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    """What the window works on: a service for one database, and today's date."""

    service: DealService
    today: date
    is_demo: bool = False


class DealFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(Role.Sort)
        self.setFilterRole(Role.Search)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._needle = ""

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange()
        else:
            self._needle = needle
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = self.sourceModel().data(index, Role.Search) or ""
        return all(word in haystack for word in self._needle.split())


class EmptyPage(QWidget):
    """Shown when the database has no deals: offers the demo and a new deal."""

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel("<h2>No deals yet</h2>")
        text = QLabel(
            "Start a mutual close plan for a deal, or open the demo to see four real plans:<br>"
            "a Japanese ringi (稟議) with a board meeting, a Korean 품의/결재,<br>"
            "a Swedish styrelsebeslut and an English e-approval."
        )
        text.setObjectName("emptyText")
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.demo_button = QPushButton("Open the demo")
        self.demo_button.setObjectName("openDemoButton")
        self.new_button = QPushButton("New deal")
        self.new_button.setObjectName("newDealButton")
        self.new_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, open_demo: Callable[[], Workspace] | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self._open_demo = open_demo
        self.resize(1280, 760)

        self.deals = DealTableModel(self)
        self.proxy = DealFilterProxy(self)
        self.proxy.setSourceModel(self.deals)

        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText("Search deals, accounts, owners…  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)

        self.table = QTableView()
        self.table.setObjectName("dealTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)  # size columns from a sample, not all 10,000 rows
        self._sized = False
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.count_label = QLabel()
        self.count_label.setObjectName("dealCount")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        self.deal_view = DealView()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.deal_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.empty = EmptyPage()
        self.empty.new_button.clicked.connect(self.new_deal)
        self.empty.demo_button.clicked.connect(self.open_demo)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self._build_actions()
        self._restore_settings()
        self.reload(select=self._last_deal)

    # --- actions -----------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.new_action = self._action(file_menu, "&New deal…", self.new_deal, QKeySequence.StandardKey.New, "newDeal")
        self.import_action = self._action(file_menu, "&Import bundles…", self.import_bundles, "Ctrl+I", "importBundles")
        self.export_action = self._action(file_menu, "&Export deal as bundle…", self.export_bundle, "Ctrl+E", "exportBundle")
        file_menu.addSeparator()
        self.demo_action = self._action(file_menu, "Open the &demo", self.open_demo, None, "openDemo")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit, "quit")
        view_menu = self.menuBar().addMenu("&View")
        self._action(view_menu, "&Find deal", self._focus_search, QKeySequence.StandardKey.Find, "find")
        self._action(view_menu, "&Reload", self.reload, QKeySequence.StandardKey.Refresh, "reload")
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.export_action)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- data --------------------------------------------------------------
    def reload(self, changes: Changes | None = None, select: uuid.UUID | None = None) -> None:
        current = select or self.current_deal_id()
        rows = self.workspace.service.list_deals()
        self.deals.set_rows(rows)
        self.stack.setCurrentIndex(1 if rows else 0)
        suffix = " (demo)" if self.workspace.is_demo else ""
        self.setWindowTitle(f"closeplan — {self.workspace.service.location}{suffix}")
        self._update_count()
        if rows and not self._sized:
            self._sized = True
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(header.count() - 1):
                header.resizeSection(column, min(header.sectionSize(column) + 12, 360))
        self.export_action.setEnabled(bool(rows))
        if rows and not self.select_deal(current):
            self.select_deal(self._first_id())
        elif not rows:
            self.deal_view.show_deal(None, self.workspace.today)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.select_deal(self._first_id())

    def _first_id(self) -> uuid.UUID | None:
        if self.proxy.rowCount() == 0:
            return None
        return uuid.UUID(self.proxy.index(0, 0).data(Role.Id))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.deals.rowCount()
        self.count_label.setText(f"{total} deals" if shown == total else f"{shown} of {total} deals")

    def current_deal_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return uuid.UUID(index.siblingAtColumn(0).data(Role.Id))

    def select_deal(self, deal_id: uuid.UUID | None) -> bool:
        if deal_id is None:
            return False
        wanted = str(deal_id)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Role.Id) == wanted:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    def _row_changed(self, current, _previous) -> None:
        self._update_count()
        if not current.isValid():
            self.deal_view.show_deal(None, self.workspace.today)
            return
        deal_id = uuid.UUID(current.siblingAtColumn(0).data(Role.Id))
        self.deal_view.show_deal(self.workspace.service.get_deal(deal_id), self.workspace.today)
        QSettings().setValue("main/lastDeal", str(deal_id))

    # --- commands ----------------------------------------------------------
    def new_deal(self) -> None:
        dialog = NewDealDialog(self.workspace.today, parent=self)
        dialog.accepted.connect(self._create_deal)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _create_deal(self) -> None:
        dialog = self.sender()
        if not isinstance(dialog, NewDealDialog) or dialog.result_deal is None:
            return
        try:
            deal, changes = self.workspace.service.create_deal(dialog.result_deal)
        except ValidationError as exc:
            QMessageBox.warning(self, "New deal", f"The deal was not created:\n{exc}")
            return
        self.search.clear()
        self.reload(changes, select=deal.id)
        self.statusBar().showMessage(f"Created {deal.account} — {deal.name}", 8000)

    def open_demo(self) -> None:
        if self._open_demo is None:
            return
        workspace = self._open_demo()
        old = self.workspace
        self.workspace = workspace
        if old.service is not workspace.service:
            old.service.close()
        self.search.clear()
        self.reload()

    def import_bundles(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import deal bundles", str(Path.home()), "closeplan bundles (*.json);;All files (*)"
        )
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> None:
        try:
            report = self.workspace.service.import_bundles(files)
        except ImportFailed as failure:
            QMessageBox.warning(
                self, "Import", "Nothing was imported:\n\n" + "\n".join(str(e) for e in failure.errors)
            )
            return
        lines = [f"{o.outcome}: {o.deal_name}" + (f" — {o.reason}" if o.reason else "") for o in report.outcomes]
        self.reload(report.changes)
        QMessageBox.information(self, "Import", "\n".join(lines) or "Nothing to import.")

    def export_bundle(self) -> None:
        deal_id = self.current_deal_id()
        if deal_id is None:
            return
        deal = self.workspace.service.get_deal(deal_id)
        suggested = str(Path.home() / (safe_file_stem(deal.account, deal.name) + SUFFIX))
        target, _ = QFileDialog.getSaveFileName(self, "Export deal bundle", suggested, "closeplan bundles (*.json)")
        if target:
            self.workspace.service.export_bundle(deal_id, Path(target))
            self.statusBar().showMessage(f"Wrote {target}", 8000)

    # --- settings ----------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        last = settings.value("main/lastDeal")
        self._last_deal = uuid.UUID(last) if isinstance(last, str) and len(last) == 36 else None

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        super().closeEvent(event)
