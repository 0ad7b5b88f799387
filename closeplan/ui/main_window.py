"""The main window: the deal list (search, filters, risk) above the deal editor.

The window talks to services only; it never sees a session or SQL. Edits go through
the EditController, which saves each one and puts it on the deal's undo stack.

At start-up the window comes in two steps, so that a list of 10,000 deals is on screen in a
fraction of a second: first the list, from a first look at the database (``show_first_look``);
then, right after it is painted, ``attach`` opens the workspace — the editor, the undo history,
every command that needs the database. This module therefore imports at load time only what the
list needs; the editor, the dialogs and the services are imported where they are first used.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QItemSelectionModel, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMainWindow, QMenu, QMessageBox,
    QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from closeplan.domain.basics import Level, Stage
from closeplan.ui.editor.tabs import TABS as EDITOR_TABS
from closeplan.ui.values import choice_value
from closeplan.ui.i18n import Retranslating, translate
from closeplan.ui.models import DealTableModel, Role
from closeplan.ui.views import DropsBundles, fill_owners, filter_boxes, list_table, retranslate_filters

if TYPE_CHECKING:
    from closeplan.domain.model import DealSummary
    from closeplan.services.deals import Changes, DealService
    from closeplan.ui.backups import BackupDialog
    from closeplan.ui.crm_dialog import CrmImportDialog
    from closeplan.ui.export_dialog import ExportDialog
    from closeplan.ui.importing import ImportResultDialog
    from closeplan.ui.preferences import PreferencesDialog
    from closeplan.ui.review_view import ReviewView
    from closeplan.ui.wizard import NewDealWizard

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    """What the window works on: a service for one database, and today's date."""

    service: DealService
    today: date
    is_demo: bool = False


class DealFilterProxy(QSortFilterProxyModel):
    """Search words (all must match) plus stage, owner and risk-level filters."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(Role.Sort)
        self.setDynamicSortFilter(False)
        self._needle: list[str] = []
        self.stage: Stage | None = None
        self.owner: str | None = None
        self.level: Level | None = None

    def _changed(self, apply: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            apply()
            self.endFilterChange()
        else:
            apply()
            self.invalidateFilter()

    def set_search(self, text: str) -> None:
        self._changed(lambda: setattr(self, "_needle", text.strip().casefold().split()))

    def set_filters(self, stage: Stage | None, owner: str | None, level: Level | None) -> None:
        def apply() -> None:
            self.stage, self.owner, self.level = stage, owner, level

        self._changed(apply)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (fast); the proxy keeps its order and only filters."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self.stage is None and self.owner is None and self.level is None and not self._needle:
            return True
        model = self.sourceModel()
        summary = model.summary(source_row)
        # (Qt returns a StrEnum put into a combo box as plain str: compare by value)
        if self.stage is not None and summary.stage != self.stage:
            return False
        if self.owner is not None and summary.owner != self.owner:
            return False
        if self.level is not None and summary.level != self.level:
            return False
        if not self._needle:
            return True
        haystack = model.data(model.index(source_row, 0, source_parent), Role.Search) or ""
        return all(word in haystack for word in self._needle)


class EmptyPage(Retranslating, QWidget):
    """Shown when the database has no deals: offers the demo and a new deal."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = title = QLabel()
        self.text = text = QLabel()
        text.setObjectName("emptyText")
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("openDemoButton")
        self.new_button = QPushButton()
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
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText("<h2>" + translate("EmptyPage", "No deals yet") + "</h2>")
        self.text.setText(translate(
            "EmptyPage", "Start a mutual close plan for a deal, or open the demo to see four real plans:<br>"
            "a Japanese ringi (稟議) with a board meeting, a Korean 품의/결재,<br>"
            "a Swedish styrelsebeslut and an English e-approval."))
        self.demo_button.setText(translate("EmptyPage", "Open the demo"))
        self.new_button.setText(translate("EmptyPage", "New deal"))



def _t(text: str) -> str:
    return translate("MainWindow", text)


class MainWindow(Retranslating, DropsBundles, QMainWindow):
    def __init__(self, workspace: Workspace | None = None, open_demo: Callable[[], Workspace] | None = None):
        """With a workspace the window is complete at once; without one it shows the list only
        (``show_first_look``) until ``attach`` gives it the workspace."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._open_demo = open_demo
        self.resize(1360, 860)

        self.deals = DealTableModel(self)
        self.proxy = DealFilterProxy(self)
        self.proxy.setSourceModel(self.deals)
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.stage_filter, self.owner_filter, self.level_filter = filter_boxes("deal")
        for box in (self.stage_filter, self.owner_filter, self.level_filter):
            box.currentIndexChanged.connect(self._filters_changed)

        self.table = list_table("dealTable", self.proxy)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("dealCount")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for box in (self.stage_filter, self.owner_filter, self.level_filter):
            filters.addWidget(box, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 8, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        # until the workspace is attached, the editor's place says that the deal is being opened
        self.workspace: Workspace | None = None
        self.controller = None
        self.editor = None
        self.backup_keeper = None
        self._ready: Callable[[], None] | None = None
        self._location = ""
        self.opening = QLabel()
        self.opening.setObjectName("openingLabel")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setEnabled(False)  # drawn in the muted colour
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.opening)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([280, 580])  # until the user's own layout is restored
        self.empty = EmptyPage()
        self.empty.new_button.clicked.connect(self.new_deal)
        self.empty.demo_button.clicked.connect(self.open_demo)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self.statusBar()  # there from the start, so the list does not move when messages come
        self._sized = False
        self._build_menus()
        self.retranslate_ui()
        self._restore_settings()
        if workspace is not None:
            self.attach(workspace)

    # --- the two steps of start-up ---------------------------------------------------------
    def show_first_look(self, rows: Sequence[DealSummary], location: str, stale: int = 0,
                        ready: Callable[[], None] | None = None) -> None:
        """Show the deal list read before the database is opened. ``ready`` attaches the
        workspace; it is called by ``ensure_ready`` (once), when something needs it sooner."""
        self._location = location
        self._ready = ready
        self._show_rows(rows)
        if self._last_deal is not None:
            self.select_deal(self._last_deal)
        if stale:
            self.statusBar().showMessage(translate(
                "MainWindow", "Bringing {count} deals up to date for today…").format(count=stale))

    def ensure_ready(self) -> bool:
        """Attach the workspace now if it is still to come; True once it is there."""
        ready, self._ready = self._ready, None
        if self.workspace is None and ready is not None:
            ready()
        return self.workspace is not None

    def attach(self, workspace: Workspace) -> None:
        """Give the window its workspace: the editor and every command that needs the database."""
        from closeplan.ui.backups import BackupKeeper
        from closeplan.ui.controller import EditController
        from closeplan.ui.editor.editor import DealEditor

        self._ready = None
        self.workspace = workspace
        self.controller = EditController(workspace.service, self)
        self.controller.deal_changed.connect(self._deal_changed)
        self.controller.unsaved_changed.connect(self._unsaved_changed)
        self.controller.replay_left.connect(lambda _deal_id, text: self.statusBar().showMessage(text, 20000))
        self.editor = DealEditor(self.controller)
        self.editor.unsaved_bar.save_copy_requested.connect(lambda: self.save_unsaved_copy())
        sizes = self.splitter.sizes()  # the list keeps its height as the editor takes its place
        self.splitter.replaceWidget(1, self.editor)
        self.splitter.setSizes(sizes)
        self.opening.deleteLater()
        self.backup_keeper = BackupKeeper(lambda: self.workspace.service, self)
        self.backup_keeper.failed.connect(lambda message: self.statusBar().showMessage(
            translate("MainWindow", "The backup failed: {error}").format(error=message), 30000))
        group = self.controller.group
        self.undo_action.triggered.connect(group.undo)
        self.redo_action.triggered.connect(group.redo)
        for signal in (group.canUndoChanged, group.canRedoChanged, group.undoTextChanged, group.redoTextChanged,
                       group.activeStackChanged):
            signal.connect(self._update_undo_actions)
        for action in self.editor.plan.actions_.values():
            self.plan_menu.addAction(action)
        for action in self._needs_workspace:
            action.setEnabled(True)
        self.statusBar().clearMessage()
        self.reload(select=self.current_deal_id() or self._last_deal)
        self._update_undo_actions()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(translate("MainWindow", "Search deals, accounts, owners, steps…  (Ctrl+F)"))
        retranslate_filters(self.stage_filter, self.owner_filter, self.level_filter,
                            translate("MainWindow", "All owners"))
        for menu, text in self._menus:
            menu.setTitle(_t(text))
        for action, text in self._texts:
            action.setText(_t(text))
        for action, (_key, title) in zip(self._tab_actions, EDITOR_TABS):
            action.setText(translate("DealEditor", title))
        self._update_undo_actions()
        self.toolbar.setWindowTitle(translate("MainWindow", "Main toolbar"))
        if self.editor is None:
            self.opening.setText(translate("MainWindow", "Opening the deal…"))
        self._update_title()
        self._update_count()

    # --- menus ---------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        """A menu entry; ``text`` is its English source, translated in retranslate_ui."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setObjectName(name or text)
        menu.addAction(action)
        self._texts.append((action, text))
        return action

    def _menu(self, text: str) -> QMenu:
        menu = self.menuBar().addMenu("")
        self._menus.append((menu, text))
        return menu

    def _build_menus(self) -> None:
        self._texts: list[tuple[QAction, str]] = []
        self._menus: list[tuple[QMenu, str]] = []
        file_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self.new_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&New deal…"), self.new_deal,
                                       QKeySequence.StandardKey.New, "newDeal")
        self.import_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Import bundles…"),
                                          self.import_bundles, "Ctrl+I", "importBundles")
        self.crm_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Import from &CRM…"),
                                       lambda: self.import_crm(), "Ctrl+Shift+I", "importCrm")
        self.export_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Export deal as bundle…"),
                                          self.export_bundle, "Ctrl+E", "exportBundle")
        self.template_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Save plan as &template…"),
                                            self.save_template, "Ctrl+Shift+S", "saveTemplate")
        self.delete_deal_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Delete deal"),
                                               self.delete_deal, "Ctrl+Shift+Del", "deleteDeal")
        file_menu.addSeparator()
        self.pdf_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Export close plan &PDF…"),
                                       lambda: self.export_pdf("customer"), "Ctrl+P", "exportPdf")
        self.review_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Export internal &review PDF…"),
                                          lambda: self.export_pdf("internal"), "Ctrl+Shift+P", "exportReview")
        self.ics_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Export plan as &calendar (.ics)…"),
                                       lambda: self.export_customer_file("ics"), "Ctrl+Shift+K", "exportIcs")
        self.sheet_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Export plan as &spreadsheet…"),
                                         lambda: self.export_customer_file("xlsx"), "Ctrl+Shift+X", "exportSheet")
        file_menu.addSeparator()
        self.restore_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Restore from &backup…"),
                                           self.open_backups, "Ctrl+Shift+B", "restoreBackup")
        self.demo_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Open the &demo"), self.open_demo,
                                        None, "openDemo")
        file_menu.addSeparator()
        self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit,
                     "quit")

        edit_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Edit"))
        # Undo/Redo name what they undo ("Undo Rename deal") in the UI language of the moment;
        # they act on the controller's undo group once the workspace is attached
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setObjectName("undo")
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setObjectName("redo")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.account_action = self._action(
            edit_menu, QT_TRANSLATE_NOOP("MainWindow", "Account &calendar and authority table…"),
            lambda: self.editor.edit_account_calendar(), "Ctrl+Shift+A", "accountCalendar")
        edit_menu.addSeparator()
        self.preferences_action = self._action(edit_menu, QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
                                               self.open_preferences, QKeySequence.StandardKey.Preferences,
                                               "preferences")
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))

        # the plan tab's own actions join this menu when the editor is there
        self.plan_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Plan"))

        view_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&View"))
        self.review_window_action = self._action(view_menu, QT_TRANSLATE_NOOP("MainWindow", "Late-stage &review (manager)…"),
                                                 self.open_review, "Ctrl+M", "openReview")
        self._action(view_menu, QT_TRANSLATE_NOOP("MainWindow", "&Find deal"), self._focus_search,
                     QKeySequence.StandardKey.Find, "find")
        self.reload_action = self._action(view_menu, QT_TRANSLATE_NOOP("MainWindow", "&Reload"), lambda: self.reload(),
                                          QKeySequence.StandardKey.Refresh, "reload")
        view_menu.addSeparator()
        self._tab_actions: list[QAction] = []
        for i in range(len(EDITOR_TABS)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.setObjectName(f"tab{i + 1}")
            action.triggered.connect(lambda _c=False, i=i: self._show_tab(i))
            view_menu.addAction(action)
            self._tab_actions.append(action)
        # everything that needs the database or the editor waits for the workspace
        self._needs_workspace = [
            self.new_action, self.import_action, self.crm_action, self.restore_action, self.demo_action,
            self.account_action, self.review_window_action, self.reload_action, *self._tab_actions,
        ]
        # and these, also a deal (enabled by reload)
        self._needs_a_deal = [self.export_action, self.template_action, self.pdf_action, self.review_action,
                              self.delete_deal_action, self.ics_action, self.sheet_action]
        for action in (*self._needs_workspace, *self._needs_a_deal, self.undo_action, self.redo_action):
            action.setEnabled(False)

        self.toolbar = toolbar = self.addToolBar("")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for action in (self.new_action, self.undo_action, self.redo_action, self.pdf_action, self.import_action,
                       self.export_action):
            toolbar.addAction(action)

    def _update_undo_actions(self, *_args) -> None:
        if self.controller is None:
            for action, text in ((self.undo_action, translate("MainWindow", "&Undo")),
                                 (self.redo_action, translate("MainWindow", "&Redo"))):
                action.setText(text)
            return
        group = self.controller.group
        # while a deal has edits the database refused, undo would only fail as well
        blocked = bool(self.editor.deal and self.editor.deal.id in self.controller.unsaved)
        for action, can, what, plain, named in (
            (self.undo_action, group.canUndo(), group.undoText(), translate("MainWindow", "&Undo"),
             translate("MainWindow", "&Undo {what}")),
            (self.redo_action, group.canRedo(), group.redoText(), translate("MainWindow", "&Redo"),
             translate("MainWindow", "&Redo {what}")),
        ):
            action.setEnabled(can and not blocked)
            action.setText(named.format(what=what) if can and what else plain)

    def _show_tab(self, index: int) -> None:
        if not self.ensure_ready():
            return
        self.editor.tabs.setCurrentIndex(index)
        self.editor.tabs.currentWidget().setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- the list ----------------------------------------------------------------------
    @property
    def service(self) -> DealService:
        return self.workspace.service

    def reload(self, select: uuid.UUID | None = None) -> None:
        if not self.ensure_ready():
            return
        current = select or self.current_deal_id()
        rows = self.service.current_list()
        self._show_rows(rows)
        for action in self._needs_a_deal:
            action.setEnabled(bool(rows))
        if rows and not self.select_deal(current):
            self.select_deal(self._first_id())
        elif not rows:
            self.editor.show_deal(None, self.workspace.today)

    def _show_rows(self, rows: Sequence[DealSummary]) -> None:
        # list rows come by target close, then name: the list's own first order (column 4)
        self.deals.set_rows(rows, sorted_by=(4, Qt.SortOrder.AscendingOrder))
        fill_owners(self.owner_filter, rows, translate("MainWindow", "All owners"))
        self.stack.setCurrentIndex(1 if rows else 0)
        self._update_title()
        self._update_count()
        if rows and not self._sized:
            # fixed widths in character units: measuring 10,000 rows would cost more than drawing them
            self._sized = True
            char = self.table.fontMetrics().averageCharWidth()
            header = self.table.horizontalHeader()
            for column, chars in enumerate((30, 24, 17, 15, 14, 16, 8, 11, 40, 14)):
                header.resizeSection(column, chars * char + 16)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_filter()

    def _filters_changed(self, _index: int = 0) -> None:
        self.proxy.set_filters(choice_value(self.stage_filter), self.owner_filter.currentData(),
                               choice_value(self.level_filter))
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_count()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.select_deal(self._first_id())

    def _first_id(self) -> uuid.UUID | None:
        if self.proxy.rowCount() == 0:
            return None
        return uuid.UUID(self.proxy.index(0, 0).data(Role.Id))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.deals.rowCount()
        self.count_label.setText(translate("MainWindow", "Deals: {total}").format(total=total) if shown == total
                                 else translate("MainWindow", "Deals: {shown} of {total}").format(shown=shown, total=total))

    def _update_title(self) -> None:
        if self.workspace is None:
            self.setWindowTitle(f"closeplan — {self._location}" if self._location else "closeplan")
            return
        title = f"closeplan — {self.service.location}"
        if self.controller.unsaved:
            title = "* " + title
        if self.workspace.is_demo:
            title += " " + translate("MainWindow", "(demo)")
        self.setWindowTitle(title)

    def current_deal_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return uuid.UUID(index.siblingAtColumn(0).data(Role.Id))

    def select_deal(self, deal_id: uuid.UUID | None) -> bool:
        if deal_id is None:
            return False
        row = self.deals.row_of(deal_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.deals.index(row, 0))
        if not index.isValid():
            return False  # filtered out
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _row_changed(self, current, _previous) -> None:
        self._update_count()
        if not current.isValid() or self.editor is None:  # the editor opens it once it is there
            return
        deal_id = uuid.UUID(current.siblingAtColumn(0).data(Role.Id))
        shown = self.editor.deal
        row = self.deals.row_of(deal_id)
        if shown is not None and shown.id == deal_id and row >= 0 and self.deals.summary(row).version == shown.version:
            self.controller.activate(deal_id)  # the same version is on screen already (e.g. after a list reload)
        else:
            self.open_deal(deal_id)
        QSettings().setValue("main/lastDeal", str(deal_id))

    def open_deal(self, deal_id: uuid.UUID) -> None:
        self.controller.activate(deal_id)
        self.editor.show_deal(self.controller.shown_deal(deal_id), self.workspace.today)

    def _unsaved_changed(self, deal_id: uuid.UUID) -> None:
        """Edits the database refused stay on screen (or were written at last)."""
        self._update_undo_actions()
        self._update_title()
        if self.current_deal_id() == deal_id:
            selected_step = self.editor.plan.current_step_id()
            self.editor.show_deal(self.controller.shown_deal(deal_id), self.workspace.today)
            self.editor.plan.select_step(selected_step)

    def save_unsaved_copy(self, target: str | None = None) -> Path | None:
        """Write the shown deal with its unsaved edits as a bundle somewhere else (another disk)."""
        deal_id = self.editor.deal.id if self.editor.deal else None
        pending = self.controller.unsaved.get(deal_id)
        if pending is None:
            return None
        if target is None:
            from closeplan.export.bundle import SUFFIX
            from closeplan.files import safe_file_stem

            suggested = str(Path.home() / (safe_file_stem(pending.deal.account, pending.deal.name) + SUFFIX))
            target, _ = QFileDialog.getSaveFileName(
                self, translate("MainWindow", "Save the unsaved changes to a file"), suggested,
                translate("MainWindow", "closeplan bundles (*.json)"))
            if not target:
                return None
        try:
            path = self.service.write_bundle(pending.deal, Path(target), newer=True)
        except OSError as exc:
            QMessageBox.warning(self, "closeplan", translate("MainWindow", "Could not write to {folder}: {error}").format(
                folder=target, error=exc.strerror or exc))
            return None
        self.statusBar().showMessage(translate(
            "MainWindow", "Wrote {path} — import it (Ctrl+I) once the database can be written again").format(
            path=path), 15000)
        return path

    # --- after every edit -------------------------------------------------------------
    def _deal_changed(self, deal_id: uuid.UUID, changes: Changes) -> None:
        if changes.removed:
            self.deals.remove_ids(changes.removed)
            self.stack.setCurrentIndex(1 if self.deals.rowCount() else 0)
            if self.current_deal_id() is None:
                self.select_deal(self._first_id())
            # keep the removed deal's history active so Redo can bring it back
            self.controller.activate(deal_id)
            self.statusBar().showMessage(translate("MainWindow", "Deal removed — Redo (Ctrl+Shift+Z) brings it back"), 8000)
            self._update_count()
            return
        present = [i for i in (*changes.added, *changes.updated)]
        if present:
            self.deals.replace_rows(self.service.list_deals(present))
            self.stack.setCurrentIndex(1)
        self._update_count()
        if self.current_deal_id() == deal_id or (deal_id in changes.added and self.select_deal(deal_id)):
            selected_step = self.editor.plan.current_step_id()
            try:
                self.editor.show_deal(self.controller.shown_deal(deal_id), self.workspace.today)
            except LookupError:
                self.editor.show_deal(None, self.workspace.today)
            self.editor.plan.select_step(selected_step)
        elif self.current_deal_id() is None:
            self.select_deal(self._first_id())

    # --- commands -----------------------------------------------------------------------
    def new_deal(self) -> None:
        if not self.ensure_ready():
            return
        from closeplan.services.planning import PlanningService
        from closeplan.ui.wizard import NewDealWizard

        wizard = NewDealWizard(PlanningService(self.service), self.workspace.today, parent=self)
        wizard.accepted.connect(lambda: self._deal_created(wizard))
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()

    def _deal_created(self, wizard: NewDealWizard) -> None:
        from closeplan.services.deals import Changes

        deal = wizard.created
        if deal is None:
            return
        self.controller.record_created(deal, translate("MainWindow", "Create {name}").format(name=deal.name))
        self.search.clear()
        for box in (self.stage_filter, self.owner_filter, self.level_filter):
            box.setCurrentIndex(0)
        self._deal_changed(deal.id, Changes(added=[deal.id]))
        self.select_deal(deal.id)
        self.statusBar().showMessage(translate("MainWindow", "Created {account} — {name} (steps: {count})").format(
            account=deal.account, name=deal.name, count=len(deal.steps)), 8000)

    def delete_deal(self) -> None:
        """Delete the selected deal; Undo (Ctrl+Z) brings it back."""
        deal_id = self.current_deal_id()
        if deal_id is None:
            return
        summary = self.deals.summary(self.deals.row_of(deal_id))
        self.controller.delete_deal(deal_id, translate("MainWindow", "Delete {name}").format(name=summary.name))
        self.statusBar().showMessage(translate("MainWindow", "Deleted {account} — {name}. Undo (Ctrl+Z) brings it back.").format(
            account=summary.account, name=summary.name), 10000)

    def open_demo(self) -> None:
        if self._open_demo is None or not self.ensure_ready():
            return
        workspace = self._open_demo()
        old = self.workspace
        self.workspace = workspace
        self.controller.service = workspace.service
        self.controller.editing.deals = workspace.service
        if old.service is not workspace.service:
            old.service.close()
        self.search.clear()
        self.reload()

    def import_bundles(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, translate("MainWindow", "Import deal bundles"), str(Path.home()),
            translate("MainWindow", "closeplan bundles (*.json);;All files (*)"))
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> ImportResultDialog:
        """Import bundle files or folders (menu and drag & drop) and show what happened."""
        from closeplan.ui.importing import import_and_report

        self.ensure_ready()
        return import_and_report(self, self.service, files, lambda _report: self.reload())

    import_dropped = import_files

    def open_review(self) -> ReviewView:
        from closeplan.ui.review_view import ReviewView

        view = ReviewView(self.service, self.workspace.today)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open_requested.connect(self._open_from_review)
        view.imported.connect(lambda _changes: self.reload())
        view.show()
        self._review = view
        return view

    def _open_from_review(self, deal_id: uuid.UUID) -> None:
        for box in (self.stage_filter, self.owner_filter, self.level_filter):
            box.setCurrentIndex(0)
        self.search.clear()
        self.select_deal(deal_id)
        self.raise_()
        self.activateWindow()

    def export_bundle(self) -> None:
        deal_id = self.current_deal_id()
        if deal_id is None:
            return
        from closeplan.export.bundle import SUFFIX
        from closeplan.files import safe_file_stem

        deal = self.service.get_deal(deal_id)
        suggested = str(Path.home() / (safe_file_stem(deal.account, deal.name) + SUFFIX))
        target, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Export deal bundle"), suggested,
                                                translate("MainWindow", "closeplan bundles (*.json)"))
        if target:
            self.service.export_bundle(deal_id, Path(target))
            self.statusBar().showMessage(translate("MainWindow", "Wrote {path}").format(path=target), 8000)

    def export_pdf(self, audience: str) -> ExportDialog | None:
        deal_id = self.current_deal_id()
        if deal_id is None:
            return None
        from closeplan.services.exports import ExportService
        from closeplan.ui.export_dialog import ExportDialog

        dialog = ExportDialog(ExportService(self.service), deal_id, self.workspace.today, audience, parent=self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            translate("MainWindow", "Wrote {path}").format(path=dialog.saved_to), 8000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def save_template(self) -> None:
        deal_id = self.current_deal_id()
        if deal_id is None:
            return
        from closeplan.services.planning import PlanningService

        deal = self.service.get_deal(deal_id)
        name, ok = QInputDialog.getText(self, translate("MainWindow", "Save plan as template"),
                                        translate("MainWindow", "Template name:"),
                                        text=translate("MainWindow", "{account} plan").format(account=deal.account))
        if ok and name.strip():
            template = PlanningService(self.service).save_as_template(deal_id, name)
            self.statusBar().showMessage(translate("MainWindow", "Saved template “{name}”").format(
                name=template.name_in(deal.customer_language)), 8000)

    def import_crm(self, path: Path | None = None) -> CrmImportDialog:
        from closeplan.services.crm import CrmImportService
        from closeplan.ui.crm_dialog import CrmImportDialog

        dialog = CrmImportDialog(CrmImportService(self.service), path, parent=self)
        dialog.imported.connect(lambda changes: (self.reload(), self.statusBar().showMessage(
            translate("MainWindow", "Imported from the CRM: new {added}, updated {updated}").format(
                added=len(changes.added), updated=len(changes.updated)), 8000)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_customer_file(self, fmt: str, target: str | None = None) -> Path | None:
        """The customer's plan as a calendar (.ics) or spreadsheet (.xlsx or .csv)."""
        deal_id = self.current_deal_id()
        if deal_id is None:
            return None
        from closeplan.services.exports import ExportService

        exports = ExportService(self.service)
        if target is None:
            if fmt == "ics":
                filters = translate("MainWindow", "Calendar (*.ics)")
            else:
                filters = translate("MainWindow", "Excel workbook (*.xlsx);;CSV (*.csv)")
            suggested = str(Path.home() / exports.suggested_name(deal_id, "customer", "." + fmt))
            target, chosen = QFileDialog.getSaveFileName(self, translate("MainWindow", "Export the plan"), suggested,
                                                         filters)
            if not target:
                return None
            if fmt != "ics" and (target.lower().endswith(".csv") or "csv" in chosen.lower()):
                fmt = "csv"
        path = Path(target)
        if path.suffix.lower() != "." + fmt:
            path = path.with_suffix("." + fmt)
        exports.write_customer_file(deal_id, fmt, path, self.workspace.today)
        self.statusBar().showMessage(translate("MainWindow", "Wrote {path}").format(path=path), 8000)
        return path

    def open_backups(self) -> BackupDialog:
        from closeplan.ui.backups import BackupDialog

        dialog = BackupDialog(self.service, parent=self)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def restore_backup(self, backup: Path) -> None:
        """Replace the database's content with a backup; undo history refers to the old content,
        so it is cleared. What was there is kept as a backup (the service does that)."""
        self.backup_keeper.wait()
        self.controller.forget_history()
        safety = self.service.restore_backup(Path(backup))
        self.deals.set_rows([])
        self.reload()
        message = translate("MainWindow", "Restored {backup}.").format(backup=Path(backup).name)
        if safety is not None:
            message += " " + translate("MainWindow", "What was there before is kept as {file}.").format(file=safety.name)
        self.statusBar().showMessage(message, 20000)

    def open_preferences(self) -> PreferencesDialog:
        from closeplan.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _settle_unsaved(self) -> bool:
        """Before closing: write refused edits if the database takes them now; otherwise ask whether
        to save them to files elsewhere, discard them, or stay. True when the window may close."""
        for deal_id in list(self.controller.unsaved):
            self.controller.retry(deal_id)
        if not self.controller.unsaved:
            return True
        choice = self.unsaved_prompt(sum(len(p.edits) for p in self.controller.unsaved.values()))
        if choice == "discard":
            self.controller.discard_unsaved()
            return True
        if choice != "save":
            return False
        folder = QFileDialog.getExistingDirectory(self, translate("MainWindow", "Folder for the unsaved changes"),
                                                  str(Path.home()))
        if not folder:
            return False
        from closeplan.export.bundle import SUFFIX
        from closeplan.files import safe_file_stem

        try:
            for pending in self.controller.unsaved.values():
                name = safe_file_stem(pending.deal.account, pending.deal.name) + " (unsaved)" + SUFFIX
                self.service.write_bundle(pending.deal, Path(folder) / name, newer=True)
        except OSError as exc:
            QMessageBox.warning(self, "closeplan", translate("MainWindow", "Could not write to {folder}: {error}").format(
                folder=folder, error=exc.strerror or exc))
            return False
        self.controller.discard_unsaved()
        return True

    def unsaved_prompt(self, count: int) -> str:
        """Ask what to do with edits that could not be saved: "save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Warning, "closeplan", translate(
            "MainWindow", "{count} change(s) could not be saved to the database.").format(count=count), parent=self)
        box.setInformativeText(translate(
            "MainWindow", "Save them as bundle files on another disk (import them later with Ctrl+I), "
            "or discard them?"))
        save = box.addButton(translate("MainWindow", "Save to files…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    # --- settings -------------------------------------------------------------------------
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
        self._ready = None  # closed before the database was opened: it need not be any more
        if self.editor is not None:
            for tab in (self.editor.overview, self.editor.approval):
                focus = tab.focusWidget()
                if focus is not None:
                    focus.clearFocus()  # commits a text field being typed in
            if not self._settle_unsaved():
                event.ignore()
                return
            try:
                self.backup_keeper.take_now()
            except Exception:  # a failed backup must never keep the window from closing
                log.exception("backup on closing failed")
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        super().closeEvent(event)
