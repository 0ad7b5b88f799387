"""The main window: the deal list (search, filters, risk) above the deal editor.

The window talks to services only; it never sees a session or SQL. Edits go through
the EditController, which saves each one and puts it on the deal's undo stack. The commands
around the list and the editor are features (``closeplan.ui.features``): each owns its actions
and what they do, and ``features.menus`` lays the actions out in the menus and the toolbar.

At start-up the window comes in two steps, so that a list of 10,000 deals is on screen in a
fraction of a second: first the list, from a first look at the database (``show_first_look``);
then, right after it is painted, ``attach`` opens the workspace — the editor, the undo history,
every command that needs the database. This module therefore imports at load time only what the
list needs; the editor, the dialogs and the services are imported where they are first used.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,  # noqa: F401 (tests patch its dialogs through this module)
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from closeplan.ui.features import (
    Backups,
    Bundles,
    CrmImport,
    DealCommands,
    Demo,
    Documents,
    EditorCommands,
    Feature,
    Preferences,
    Review,
    TeamSync,
    Templates,
    UndoRedo,
    UnsavedEdits,
    menus,
    present,
)
from closeplan.ui.fit import fit_size
from closeplan.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from closeplan.ui.models import DealTableModel, Role
from closeplan.ui.values import choice_value
from closeplan.ui.views import (
    DealFilterProxy,
    DropsBundles,
    EmptyPage,
    fill_owners,
    filter_boxes,
    list_panel,
    list_table,
    retranslate_filters,
    set_widths,
)

if TYPE_CHECKING:
    from closeplan.domain.model import Deal, ListRow
    from closeplan.services.deals import Changes, DealService
    from closeplan.ui.app import _WarmUp
    from closeplan.ui.backups import BackupKeeper
    from closeplan.ui.controller import EditController
    from closeplan.ui.editor.editor import DealEditor

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    """What the window works on: a service for one database, and today's date."""

    service: DealService
    today: date
    is_demo: bool = False


def _offered(feature: str, command: str) -> property:
    """The window's ``feature`` attribute's ``command`` (a bound method), read on the window."""
    return property(lambda window: getattr(getattr(window, feature), command))


class MainWindow(Retranslating, DropsBundles, QMainWindow):
    def __init__(self, workspace: Workspace | None = None, open_demo: Callable[[], Workspace] | None = None):
        """With a workspace the window is complete at once; without one it shows the list only
        (``show_first_look``) until ``attach`` gives it the workspace."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        fit_size(self, 1360, 860)

        self.deals = DealTableModel(self)
        self.proxy = DealFilterProxy(self)
        self.proxy.setSourceModel(self.deals)
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.filters = self.stage_filter, self.owner_filter, self.level_filter = filter_boxes("deal")
        for box in self.filters:
            box.currentIndexChanged.connect(self._filters_changed)

        self.table = list_table("dealTable", self.proxy)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("dealCount")

        # until the workspace is attached, the editor's place says that the deal is being opened
        self.workspace: Workspace | None = None
        self.controller: EditController | None = None
        self.editor: DealEditor | None = None
        self.backup_keeper: BackupKeeper | None = None
        # kept by closeplan.ui.app while the window starts, so that they live as long as it does:
        # what the start-up check did, the warm-up thread, the watcher of the first paint
        self.recovery_box: QMessageBox | None = None
        self.warm_up: _WarmUp | None = None
        self.first_paint: QObject | None = None
        self._ready: Callable[[], None] | None = None
        self._pending_open = False  # attached, the list's deal still to open in the editor
        self._location = ""
        self.opening = QLabel()
        self.opening.setObjectName("openingLabel")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setEnabled(False)  # drawn in the muted colour
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(list_panel(self.table, self.search, self.filters, self.count_label))
        self.splitter.addWidget(self.opening)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([280, 580])  # until the user's own layout is restored
        self.empty = EmptyPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self.statusBar()  # there from the start, so the list does not move when messages come
        self._sized = False
        self._build_features(open_demo)
        self.empty.new_button.clicked.connect(self.new_deal)
        self.empty.demo_button.clicked.connect(self.demo.open_demo)
        self.retranslate_ui()
        self._restore_settings()
        if workspace is not None:
            self.attach(workspace)

    # --- the two steps of start-up ---------------------------------------------------------
    def show_first_look(
        self, rows: Sequence[ListRow], location: str, stale: int = 0, ready: Callable[[], None] | None = None
    ) -> None:
        """Show the deal list read before the database is opened. ``ready`` attaches the
        workspace; it is called by ``ensure_ready`` (once), when something needs it sooner."""
        self._location = location
        self._ready = ready
        self._show_rows(rows)
        if self._last_deal is not None:
            self.select_deal(self._last_deal)
        if stale:
            self.statusBar().showMessage(
                translate("MainWindow", "Bringing {count} deals up to date for today…").format(count=stale)
            )

    def ensure_ready(self) -> bool:
        """Attach the workspace now if it is still to come, and open the deal in the editor if
        that is still to come too; True once the workspace is there."""
        self.become_ready()
        if self._pending_open:
            self._open_current()
        return self.workspace is not None

    def become_ready(self) -> None:
        """Attach the workspace if it is still to come (the deal opens in the event loop's next
        turn: what the start-up's warm-up calls, so that no step holds the window up for long)."""
        ready, self._ready = self._ready, None
        if self.workspace is None and ready is not None:
            ready()

    def attach(self, workspace: Workspace, list_is_current: bool = False) -> None:
        """Give the window its workspace: the editor and every command that needs the database.
        ``list_is_current``: the rows on screen (the first look) are what the database holds for
        today, so they are kept; the deal is then opened in the editor in the event loop's next
        turn, so that neither step holds the window up for long."""
        self._ready = None
        self.workspace = workspace
        controller = self.controller
        early = controller is not None  # the editor came before the database (show_early_editor)
        if controller is None:
            controller = self._place_editor(workspace.service)
        controller.deal_changed.connect(self.deal_changed)
        controller.replay_left.connect(lambda _deal_id, text: self.statusBar().showMessage(text, 20000))
        self.backup_keeper = self.backups.keeper()
        for feature in self.features:
            feature.attached()
            for action in feature.needs_workspace:
                action.setEnabled(True)
        if early:
            controller.unsaved_changed.disconnect(self._early_edit)  # the features' from now on
            controller.attach(workspace.service)  # writes what was typed meanwhile
            QTimer.singleShot(0, self, self._make_tabs)
        self.statusBar().clearMessage()
        self.undo.update()
        if list_is_current and self.deals.rowCount():
            for feature in self.features:
                for action in feature.needs_a_deal:
                    action.setEnabled(True)
            self._pending_open = True
            QTimer.singleShot(0, self, self._open_current)
            return
        self.reload(select=self.current_deal_id() or self._last_deal)

    def _place_editor(self, service: DealService | None, clock: Callable[[], datetime] | None = None) -> EditController:
        """The controller and the editor, in the place the list left for them."""
        from closeplan.ui.controller import EditController
        from closeplan.ui.editor.editor import DealEditor

        self.controller = controller = EditController(service, self, need_service=self.ensure_ready, clock=clock)
        # early (no service yet): the Plan tab only; the others are made once the database is open
        kept = str(QSettings().value("editor/pageSize", "") or "").split("x")
        page_size = QSize(*(int(n) for n in kept)) if len(kept) == 2 and all(n.isdigit() for n in kept) else QSize()
        self.editor = editor = DealEditor(controller, lazy=service is None, page_size=page_size)
        sizes = self.splitter.sizes()  # the list keeps its height as the editor takes its place
        self.splitter.replaceWidget(1, editor)
        self.splitter.setSizes(sizes)
        self.opening.deleteLater()
        return controller

    def show_early_editor(self, deal: Deal, today: date, clock: Callable[[], datetime]) -> None:
        """Before the workspace is attached: ``deal`` (the list's current deal, as kept when the
        app last closed) in the editor, taking edits at once; they are written, in order and
        each undoable, when the database is open (see EditController). ``clock``: the time of
        those edits until then."""
        controller = self._place_editor(None, clock)
        controller.hold(deal)
        controller.unsaved_changed.connect(self._early_edit)
        controller.activate(deal.id)
        present(self.editor).show_deal(deal, today)
        self._early_today = today

    def _make_tabs(self) -> None:
        """The editor's tabs still to come, one in each turn of the event loop."""
        if self.editor is not None and self.editor.make_next_tab():
            QTimer.singleShot(0, self, self._make_tabs)

    def _early_edit(self, deal_id: uuid.UUID) -> None:
        """An edit typed before the database is open: the editor shows the deal with it."""
        self.update_title()
        editor = present(self.editor)
        if editor.deal is None or editor.deal.id != deal_id:
            return
        selected_step = editor.plan.current_step_id()
        deal = present(self.controller).shown_deal(deal_id)
        editor.show_deal(deal, self._early_today)
        editor.plan.select_step(selected_step)
        from closeplan.domain.summary import summarize

        self.deals.replace_rows([summarize(deal, self._early_today, editor.assessment)])  # the list shows it too

    def _open_current(self) -> None:
        """Open the list's current deal in the editor (the first one if none is current)."""
        if not self._pending_open:
            return
        self._pending_open = False
        if self.editor is None:
            return
        if self.editor.deal is not None:  # the user opened one meanwhile, or it came early:
            self._row_changed(self.table.currentIndex(), QModelIndex())  # shown as stored now
            return
        index = self.table.currentIndex()
        if index.isValid():
            self._row_changed(index, QModelIndex())
        else:
            self.select_deal(self._first_id())

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(translate("MainWindow", "Search deals, accounts, owners, steps…  (Ctrl+F)"))
        retranslate_filters(*self.filters, translate("MainWindow", "All owners"))
        for menu, text in self._menus:
            menu.setTitle(translate("MainWindow", text))
        for feature in self.features:
            feature.retranslate_ui()
        self.toolbar.setWindowTitle(translate("MainWindow", "Main toolbar"))
        if self.editor is None:
            self.opening.setText(translate("MainWindow", "Opening the deal…"))
        self.update_title()
        self._update_count()

    # --- the features: their actions in the menus and toolbar -----------------------------
    def _build_features(self, open_demo: Callable[[], Workspace] | None) -> None:
        self.commands = own = Feature(self)  # the window's own: the list and the program
        own.action("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.quit_app, "Ctrl+Q")
        own.action(
            "find", QT_TRANSLATE_NOOP("MainWindow", "&Find deal"), self._focus_search, QKeySequence.StandardKey.Find
        )
        own.action(
            "reload",
            QT_TRANSLATE_NOOP("MainWindow", "&Reload"),
            lambda: self.reload(),
            QKeySequence.StandardKey.Refresh,
            needs="workspace",
        )
        self.deal_commands = DealCommands(self)
        self.bundles = Bundles(self)
        self.crm = CrmImport(self)
        self.documents = Documents(self)
        self.backups = Backups(self)
        self.review = Review(self)
        self.templates = Templates(self)
        self.preferences = Preferences(self)
        self.undo = UndoRedo(self)
        self.editor_commands = EditorCommands(self)
        self.unsaved = UnsavedEdits(self)
        self.demo = Demo(self, open_demo)
        self.team = TeamSync(self)
        self.features: list[Feature] = [
            own,
            self.deal_commands,
            self.bundles,
            self.crm,
            self.documents,
            self.backups,
            self.review,
            self.templates,
            self.preferences,
            self.undo,
            self.editor_commands,
            self.unsaved,
            self.demo,
            self.team,
        ]
        self._menus, self.toolbar = menus.lay_out(self, self.features)
        self.plan_menu = self._menus[menus.PLAN_MENU][0]
        # the actions the app and the tests reach on the window itself
        self.new_action, self.delete_deal_action = self.deal_commands.new_action, self.deal_commands.delete_deal_action
        self.undo_action, self.redo_action = self.undo.undo_action, self.undo.redo_action

    # the features' commands that the app and the tests use on the window
    new_deal = _offered("deal_commands", "new_deal")
    _deal_created = _offered("deal_commands", "deal_created")
    import_files = import_dropped = _offered("bundles", "import_files")  # import_dropped: for DropsBundles
    import_crm = _offered("crm", "import_crm")
    export_pdf = _offered("documents", "export_pdf")
    open_review = _offered("review", "open_review")
    open_backups = _offered("backups", "open_backups")
    restore_backup = _offered("backups", "restore_backup")
    open_preferences = _offered("preferences", "open_preferences")

    def unsaved_prompt(self, count: int) -> str:  # a method of its own: tests put their answer in its place
        return self.unsaved.prompt(count)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- the list ----------------------------------------------------------------------
    @property
    def service(self) -> DealService:
        return present(self.workspace).service

    def reload(self, select: uuid.UUID | None = None) -> None:
        if not self.ensure_ready():
            return
        current = select or self.current_deal_id()
        rows = self.service.current_list()
        self._show_rows(rows)
        for feature in self.features:
            for action in feature.needs_a_deal:
                action.setEnabled(bool(rows))
        if rows and not self.select_deal(current):
            self.select_deal(self._first_id())
        elif not rows:
            present(self.editor).show_deal(None, present(self.workspace).today)

    def _show_rows(self, rows: Sequence[ListRow]) -> None:
        # list rows come by target close, then name: the list's own first order (column 4)
        self.deals.set_rows(rows, sorted_by=(4, Qt.SortOrder.AscendingOrder))
        fill_owners(self.owner_filter, rows, translate("MainWindow", "All owners"))
        self.stack.setCurrentIndex(1 if rows else 0)
        self.update_title()
        self._update_count()
        self._size_columns_once()

    def _size_columns_once(self) -> None:
        """The list's column widths, set when it first has rows (read, or the first deal made)."""
        if self.deals.rowCount() and not self._sized:
            self._sized = True
            set_widths(self.table, (30, 24, 17, 15, 14, 16, 8, 11, 40, 14))

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_filter()

    def _filters_changed(self, _index: int = 0) -> None:
        self.proxy.set_filters(
            choice_value(self.stage_filter), self.owner_filter.currentData(), choice_value(self.level_filter)
        )
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
        self.count_label.setText(
            translate("MainWindow", "Deals: {total}").format(total=total)
            if shown == total
            else translate("MainWindow", "Deals: {shown} of {total}").format(shown=shown, total=total)
        )

    def update_title(self) -> None:
        if self.workspace is None:
            title = f"closeplan — {self._location}" if self._location else "closeplan"
            if self.controller is not None and any(p.edits for p in self.controller.unsaved.values()):
                title = "* " + title  # typed before the database is open: written in a moment
            self.setWindowTitle(title)
            return
        title = f"closeplan — {self.service.location}"
        if present(self.controller).unsaved:
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
        if self.workspace is None:  # the deal that came early is in the editor (show_early_editor):
            # another one is opened once the database is, and the early one is not edited meanwhile
            shown_early = self.editor.deal is not None and self.editor.deal.id == deal_id
            self.editor.setEnabled(shown_early)
            self._pending_open = not shown_early
            QSettings().setValue("main/lastDeal", str(deal_id))
            return
        shown = self.editor.deal
        row = self.deals.row_of(deal_id)
        early = shown is not None and deal_id in present(self.controller).unsaved
        if (
            shown is not None
            and shown.id == deal_id
            and row >= 0
            and self.deals.summary(row).version == shown.version
            and not early
        ):
            # the same version is on screen already (e.g. after a list reload)
            present(self.controller).activate(deal_id)
        else:
            self.open_deal(deal_id)
        QSettings().setValue("main/lastDeal", str(deal_id))

    def open_deal(self, deal_id: uuid.UUID) -> None:
        controller = present(self.controller)
        controller.activate(deal_id)
        editor = present(self.editor)
        editor.show_deal(controller.shown_deal(deal_id), present(self.workspace).today)
        editor.setEnabled(True)

    # --- after every edit -------------------------------------------------------------
    RELOAD_ABOVE = 500  # deals changed at once above which the list is read anew

    def deal_changed(self, deal_id: uuid.UUID | None, changes: Changes) -> None:
        controller, editor, today = present(self.controller), present(self.editor), present(self.workspace).today
        if changes.removed:
            self.deals.remove_ids(changes.removed)
            self.stack.setCurrentIndex(1 if self.deals.rowCount() else 0)
            if self.current_deal_id() is None:
                self.select_deal(self._first_id())
            # keep the removed deal's history active so Redo can bring it back
            controller.activate(deal_id)
            self.statusBar().showMessage(
                translate("MainWindow", "Deal removed — Redo (Ctrl+Shift+Z) brings it back"), 8000
            )
            self._update_count()
            return
        touched = [i for i in (*changes.added, *changes.updated)]
        if len(touched) > self.RELOAD_ABOVE:  # a large import: one read of the list is quicker
            self.reload()
            return
        if touched:
            fresh = changes.as_of == today  # rows the edit computed for this day
            rows: list[ListRow] = [changes.summaries[i] for i in touched if fresh and i in changes.summaries]
            missing = [i for i in touched if not (fresh and i in changes.summaries)]
            if missing:
                rows.extend(self.service.list_deals(missing))
            empty_before = self.current_deal_id() is None
            self.deals.replace_rows(rows)
            self.stack.setCurrentIndex(1)
            self._size_columns_once()  # the first deal, made from the empty page
            if empty_before and deal_id is None and self.current_deal_id() is None:
                self.select_deal(self._first_id())  # the first deals a sync or an import brought
            for feature in self.features:  # there is a deal now: the commands for one work
                for action in feature.needs_a_deal:
                    action.setEnabled(True)
        self._update_count()
        current = self.current_deal_id()
        if deal_id is None and current in changes.updated:  # an import changed the open deal
            deal_id = current
        if current == deal_id or (deal_id in changes.added and self.select_deal(deal_id)):
            selected_step = editor.plan.current_step_id()
            try:
                if deal_id is None:  # nothing is selected: no deal to show, as for one not found
                    raise LookupError("no deal is selected")
                deal = controller.shown_deal(deal_id)
                known = changes.assessments.get(deal_id) if changes.as_of == today else None
                editor.show_deal(deal, today, known if deal_id not in controller.unsaved else None)
            except LookupError:
                editor.show_deal(None, today)
            editor.plan.select_step(selected_step)
        elif self.current_deal_id() is None:
            self.select_deal(self._first_id())

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

    def quit_app(self) -> None:
        """Ctrl+Q: this window closes (saving what waits, as on closing) and with it every other
        window of the program (the review included), so the process ends."""
        self.close()

    def _close_other_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and widget.isWindow():
                widget.close()

    def closeEvent(self, event) -> None:
        if self.editor is not None:
            # commits a text field or a table cell being typed in: the one with the keyboard
            # first (an edit elsewhere redraws the deal, which would close a cell's editor)
            focused = QApplication.focusWidget()
            for focus in [focused, *(tab.focusWidget() for tab in self.editor.made_tabs())]:
                if focus is not None and self.editor.isAncestorOf(focus):
                    focus.clearFocus()
            # the tables hand a cell's edit on queued (edit_requested): let them in now
            QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        controller = self.controller
        if controller is not None and controller.waiting and any(p.edits for p in controller.unsaved.values()):
            self.become_ready()  # edits typed before the database was open: written first
        self._ready = None  # closed before the database was opened: it need not be any more
        if self.editor is not None and self.workspace is not None:
            if not self.unsaved.settle():
                event.ignore()
                return
            self.team.closing()  # sends what waits, a few seconds at most
            try:
                present(self.backup_keeper).take_now()
            except Exception as exc:  # a failed backup must never keep the window from closing
                log.error("backup on closing failed: %s", type(exc).__name__)  # its text may name customer data
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        size = self.editor.page_size() if self.editor is not None else QSize()
        if not size.isEmpty():  # the early editor's, next time
            settings.setValue("editor/pageSize", f"{size.width()}x{size.height()}")
        super().closeEvent(event)
        if event.isAccepted():
            self._close_other_windows()
