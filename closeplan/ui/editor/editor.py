"""The deal editor: Overview, Plan, Timeline, Approval path, Stakeholders, Risks."""

from __future__ import annotations

import importlib
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from closeplan.domain.accounts import deal_calendar
from closeplan.domain.model import Deal
from closeplan.domain.risk import Assessment, assess
from closeplan.ui.controller import EditController
from closeplan.ui.editor.plan import PlanTab
from closeplan.ui.editor.tabs import TABS
from closeplan.ui.editor.team import ConflictPanel, ReadOnlyBar
from closeplan.ui.formatting import LEVEL_COLOURS, fmt_date, fmt_money, label
from closeplan.ui.i18n import Retranslating, translate

if TYPE_CHECKING:
    from closeplan.ui.account_dialog import AccountDialog
    from closeplan.ui.editor.approval import ApprovalTab
    from closeplan.ui.editor.base import EditorTab
    from closeplan.ui.editor.history import HistoryTab
    from closeplan.ui.editor.overview import OverviewTab
    from closeplan.ui.editor.people import StakeholdersTab
    from closeplan.ui.editor.risks import RisksTab
    from closeplan.ui.editor.route import RouteTab
    from closeplan.ui.editor.timeline import TimelineTab

# Each tab's class, by its key in TABS; a tab is made when it is first needed (see DealEditor).
TAB_CLASSES = {
    "overview": ("closeplan.ui.editor.overview", "OverviewTab"),
    "plan": ("closeplan.ui.editor.plan", "PlanTab"),
    "timeline": ("closeplan.ui.editor.timeline", "TimelineTab"),
    "approval": ("closeplan.ui.editor.approval", "ApprovalTab"),
    "route": ("closeplan.ui.editor.route", "RouteTab"),
    "stakeholders": ("closeplan.ui.editor.people", "StakeholdersTab"),
    "risks": ("closeplan.ui.editor.risks", "RisksTab"),
    "history": ("closeplan.ui.editor.history", "HistoryTab"),
}
EDITING_TABS = ("overview", "plan", "approval", "route", "stakeholders", "risks")
KEYS = tuple(key for key, _title in TABS)


def _tab(key: str) -> property:
    """The tab ``key``, made (and put in its place) when first asked for."""
    return property(lambda editor: editor.tab(key))


class UnsavedBar(Retranslating, QFrame):
    """Shown while a deal has edits the database refused: says why, keeps them on screen,
    and offers to try again or to save them to a file."""

    retry_requested = Signal()
    save_copy_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("unsavedBar")
        self.setStyleSheet("#unsavedBar { background: #fdecea; border: 1px solid #b3261e; border-radius: 4px; }")
        self.text = QLabel()
        self.text.setObjectName("unsavedText")
        self.text.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retrySave")
        self.retry_button.clicked.connect(self.retry_requested)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("saveUnsavedCopy")
        self.copy_button.clicked.connect(self.save_copy_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.copy_button)
        self._count, self._reason = 0, ""
        self.retranslate_ui()
        self.hide()

    def show_unsaved(self, count: int, reason: str) -> None:
        self._count, self._reason = count, reason
        self.setVisible(count > 0)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.retry_button.setText(translate("DealEditor", "&Retry saving"))
        self.copy_button.setText(translate("DealEditor", "Save a &copy to a file…"))
        self.text.setText(
            (
                translate(
                    "DealEditor",
                    "<b>Not saved: {reason}.</b> {count} change is kept on screen and will be saved "
                    "when you retry; nothing is lost while the app stays open.",
                )
                if self._count == 1
                else translate(
                    "DealEditor",
                    "<b>Not saved: {reason}.</b> {count} changes are kept on screen and will be saved "
                    "when you retry; nothing is lost while the app stays open.",
                )
            ).format(reason=escape(self._reason), count=self._count)
        )


class DealEditor(Retranslating, QWidget):
    """The deal's header, its bars (read only, conflicts, unsaved edits) and its tabs.

    With ``lazy`` only the Plan tab is made at once (the window's start-up shows the deal before
    the database is open: what is on screen first should cost little); every other tab is made
    when it is first shown or asked for (``editor.route``…), or by ``make_next_tab``."""

    overview: OverviewTab = _tab("overview")  # type: ignore[assignment]
    timeline: TimelineTab = _tab("timeline")  # type: ignore[assignment]
    approval: ApprovalTab = _tab("approval")  # type: ignore[assignment]
    route: RouteTab = _tab("route")  # type: ignore[assignment]
    stakeholders: StakeholdersTab = _tab("stakeholders")  # type: ignore[assignment]
    risks: RisksTab = _tab("risks")  # type: ignore[assignment]
    history: HistoryTab = _tab("history")  # type: ignore[assignment]

    def __init__(self, controller: EditController, parent=None, lazy: bool = False, page_size: QSize | None = None):
        """``page_size``: with ``lazy``, the size the tabs' pages need at the least (as they
        needed when the editor was last complete), so that the window's layout does not move
        when the other tabs are made."""
        super().__init__(parent)
        self.setObjectName("dealEditor")
        self.controller = controller
        self.header = QLabel()
        self.header.setObjectName("dealHeader")
        self.header.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("editMessage")
        self.message.setStyleSheet("color: #b3261e")
        self.message.setWordWrap(True)
        controller.edit_failed.connect(self.show_error)
        controller.replay_left.connect(self.show_notice)
        self.deal: Deal | None = None
        self.today: date | None = None
        self.assessment: Assessment | None = None
        self._read_only = False
        self._made: dict[str, EditorTab] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        for key, title in TABS:  # a page in each tab's place until the tab is made
            pending = QWidget()
            pending.setObjectName(f"{key}TabPending")
            if page_size is not None and page_size.isValid():
                pending.setMinimumSize(page_size)
            self.tabs.addTab(pending, translate("DealEditor", title))
        self.plan: PlanTab = self.tab("plan")  # type: ignore[assignment]
        self.tabs.setCurrentWidget(self.plan)
        self.plan.step_selected.connect(self._plan_step_selected)
        self.tabs.currentChanged.connect(lambda index: self.tab(KEYS[index]) if 0 <= index < len(KEYS) else None)
        if not lazy:
            while self.make_next_tab():
                pass
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.unsaved_bar = UnsavedBar()
        self.unsaved_bar.retry_requested.connect(lambda: self.deal and controller.retry(self.deal.id))
        controller.unsaved_changed.connect(self._unsaved_changed)
        # the team server's word on the deal: read only here, and its open conflicts
        self.read_only_bar = ReadOnlyBar()
        self.conflict_panel = ConflictPanel()
        self.conflict_counts: dict = {}  # open conflicts per deal (closeplan.ui.features.team sets it)
        layout.addWidget(self.header)
        layout.addWidget(self.read_only_bar)
        layout.addWidget(self.conflict_panel)
        layout.addWidget(self.unsaved_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.account_dialog: AccountDialog | None = None
        self._error = ""

    # --- the tabs, each made when first needed ----------------------------------------------
    def tab(self, key: str) -> EditorTab:
        """The tab ``key`` (made now, in its place among the tabs, if it was still to come)."""
        made = self._made.get(key)
        if made is not None:
            return made
        module, name = TAB_CLASSES[key]
        tab: EditorTab = getattr(importlib.import_module(module), name)(self.controller)
        self._made[key] = tab
        index = KEYS.index(key)
        current = self.tabs.currentIndex()
        pending = self.tabs.widget(index)
        blocked = self.tabs.blockSignals(True)  # (its own currentChanged would ask for the tab again)
        try:
            self.tabs.insertTab(index, tab, self.tabs.tabText(index))
            self.tabs.removeTab(index + 1)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        if pending is not None:
            pending.deleteLater()
        if key == "route":
            self.route.account_calendar_requested.connect(self.edit_account_calendar)
        elif key == "timeline":
            self.timeline.step_clicked.connect(self._timeline_clicked)
        if key in EDITING_TABS:
            tab.read_only = self._read_only
        if self.today is not None:
            tab.show_deal(self.deal, self.today, self.assessment)
        return tab

    def page_size(self) -> QSize:
        """The size the tabs' pages need at the least, once all are made (empty before)."""
        if len(self._made) < len(KEYS):
            return QSize()
        hints = [tab.minimumSizeHint() for tab in self._made.values()]
        return QSize(max(h.width() for h in hints), max(h.height() for h in hints))

    def made_tabs(self) -> list[EditorTab]:
        """The tabs made so far, in their order."""
        return [self._made[key] for key in KEYS if key in self._made]

    def make_next_tab(self) -> bool:
        """Make the next tab still to come; False when none is left."""
        for key in KEYS:
            if key not in self._made:
                self.tab(key)
                return True
        return False

    def _plan_step_selected(self, step_id) -> None:
        if "timeline" in self._made:
            self.timeline.view.select(step_id)

    def retranslate_ui(self) -> None:
        for i, (_key, title) in enumerate(TABS):
            self.tabs.setTabText(i, translate("DealEditor", title))
        self.header.setText(self._header() if self.deal else "")
        if self._error:
            self.show_error(self._error)

    def show_deal(self, deal: Deal | None, today: date, assessment: Assessment | None = None) -> None:
        """Show ``deal`` as of ``today``; ``assessment``: its risk for that day, if known already.
        A refusal or notice on screen stays while the same deal is shown unchanged (e.g. read
        again once the database is open), so that it can be read."""
        unchanged = (
            deal is not None and self.deal is not None and (deal.id, deal.version) == (self.deal.id, self.deal.version)
        )
        self.deal = deal
        self.today = today
        if not unchanged:
            self._error = ""
            self.message.setText("")
        self.assessment = (assessment or assess(deal, today, deal_calendar(deal))) if deal else None
        owner = self._read_only_owner(deal)
        self._read_only = owner is not None
        for tab in self._editing_tabs():
            tab.read_only = self._read_only
        for tab in self.made_tabs():
            tab.show_deal(deal, today, self.assessment)
        self.header.setText(self._header() if deal else "")
        self.read_only_bar.show_owner(owner)
        self._show_conflicts()
        self._unsaved_changed(deal.id if deal else None)

    # --- the team server's word on the deal -----------------------------------------------
    def _editing_tabs(self):
        return [self._made[key] for key in EDITING_TABS if key in self._made]

    def _read_only_owner(self, deal: Deal | None) -> str | None:
        """Whose deal it is when the team server lets us only read it; None when it may be changed."""
        if deal is None or self.controller.waiting:  # (a deal read only is not shown before)
            return None
        read_only = self.controller.service.read_only_deals()
        return (read_only[deal.id] or "?") if deal.id in read_only else None

    def _show_conflicts(self) -> None:
        deal = self.deal
        conflicts = []
        if deal is not None and self.conflict_counts.get(deal.id):
            from closeplan.services.sync_status import conflicts_of

            conflicts = conflicts_of(self.controller.service, deal.id)
        self.conflict_panel.show_conflicts(deal, conflicts, self.read_only_bar.owner)

    def show_team_state(self, conflict_counts: dict) -> None:
        """After a sync (or a conflict decided): the open conflicts per deal, and the rights the
        team server gives may have changed; the deal on screen shows them."""
        self.conflict_counts = dict(conflict_counts)
        if self.deal is None or self.today is None:
            return
        if self._read_only_owner(self.deal) != self.read_only_bar.owner:
            self.show_deal(self.deal, self.today, self.assessment)  # its controls locked or unlocked
        else:
            self._show_conflicts()

    def _unsaved_changed(self, deal_id) -> None:
        if self.deal is None or deal_id != self.deal.id:
            if self.deal is None:
                self.unsaved_bar.show_unsaved(0, "")
            return
        pending = self.controller.unsaved.get(deal_id)
        if pending is not None and pending.opening:  # written in a moment: nothing to warn about
            pending = None
        self.unsaved_bar.show_unsaved(len(pending.edits) if pending else 0, pending.reason if pending else "")

    def _header(self) -> str:
        deal, a = self.deal, self.assessment
        if deal is None or a is None:  # (a deal is shown with its assessment)
            return ""
        colour = LEVEL_COLOURS[a.level].name()
        slip = ""
        if a.slip_days > 0:
            slip = (
                ' · <span style="color:#c62828">'
                + translate("DealEditor", "slip: {days} d").format(days=a.slip_days)
                + "</span>"
            )
        facts = translate("DealEditor", "target close <b>{target}</b> · projected {projected}").format(
            target=fmt_date(deal.target_close), projected=fmt_date(a.projected_close)
        )
        risk = translate("DealEditor", "risk {level} (flags: {count})").format(
            level=f'<span style="color:{colour}; font-weight:600">{label(a.level)}</span>', count=len(a.flags)
        )
        return (
            f"<b>{escape(deal.account)}</b> — {escape(deal.name)} · {fmt_money(deal.amount, deal.currency)}"
            f" · {label(deal.stage)} · {facts}{slip} · {risk}"
        )

    def edit_account_calendar(self) -> bool:
        """The account's calendar and authority table (shared by its deals), as one undoable step."""
        deal = self.deal
        if deal is None:
            return False
        from closeplan.ui.account_dialog import AccountDialog

        dialog = AccountDialog(deal.account, deal.country, deal.currency, deal.account_profile, self, today=self.today)
        self.account_dialog = dialog  # reachable while open (tests, screenshots)
        try:
            if dialog.exec() != AccountDialog.DialogCode.Accepted or dialog.result_profile is None:
                return False
            return self.controller.apply_profile(
                deal.id,
                deal.account,
                dialog.result_profile,
                translate("DealEditor", "Change calendar of {account}").format(account=deal.account),
            )
        finally:
            self.account_dialog = None
            dialog.deleteLater()

    def show_error(self, message: str) -> None:
        self._error = message
        self.message.setText(translate("DealEditor", "Not saved: {reason}").format(reason=message))

    def show_notice(self, deal_id, message: str) -> None:
        """What an undo or redo left alone (shown above the tabs until the next deal is shown)."""
        if self.deal is not None and self.deal.id == deal_id:
            self.message.setText(message)

    def _timeline_clicked(self, step_id) -> None:
        self.plan.select_step(step_id)
        self.timeline.view.select(step_id)
