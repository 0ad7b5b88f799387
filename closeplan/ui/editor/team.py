"""What the team server says of the deal on screen, above the editor's tabs: a banner when the
deal is someone else's and only readable here, and the panel of its open conflicts — each field
two people changed apart, shown as *mine* and *theirs* with who and when, decided with one click.

The values are the conflicts' encoded JSON (closeplan.domain.operations.encode), shown the way
the editor shows them: dates and money in the user's form, enum words in the UI language."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from closeplan.domain.model import Deal
from closeplan.domain.operations import COLLECTIONS, Op, decode, item_name, items_of
from closeplan.ui.editor.history import shown
from closeplan.ui.field_names import field_label
from closeplan.ui.formatting import fmt_date, fmt_money
from closeplan.ui.i18n import Retranslating, translate

if TYPE_CHECKING:
    from closeplan.services.sync_status import StoredConflict

SHOWN_ROWS = 4  # conflicts on screen at once (the next come as these are decided)


class ReadOnlyBar(Retranslating, QFrame):
    """Shown while the deal on screen is another user's that the team server lets us only read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyBar")
        self.setStyleSheet("#readOnlyBar { background: #e8f0fe; border: 1px solid #1a73e8; border-radius: 4px; }")
        self.text = QLabel()
        self.text.setObjectName("readOnlyText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        self.owner: str | None = None
        self.hide()

    def show_owner(self, owner: str | None) -> None:
        """``owner``: whose deal is on screen, read only; None: the deal may be changed here."""
        self.owner = owner
        self.setVisible(owner is not None)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.owner is None:
            self.text.setText("")
            return
        owner = escape(self.owner or "?")
        self.text.setText(
            "<b>"
            + translate("DealEditor", "{owner}'s deal — read only (team server)").format(owner=owner)
            + "</b> "
            + translate(
                "DealEditor", "You can read and export it; to change it, ask {owner} to share it for editing."
            ).format(owner=owner)
        )


# --- the conflicts ------------------------------------------------------------------------------


def _decoded(value: Any) -> Any:
    try:
        return decode(value)
    except (KeyError, TypeError, ValueError):  # a value this version cannot read: as it came
        return value


def _item_here(deal: Deal | None, conflict: StoredConflict) -> bool:
    if deal is None or conflict.entity not in COLLECTIONS or conflict.entity_id is None:
        return True
    return any(i.id == conflict.entity_id for i in items_of(deal, conflict.entity))


def mine_applies(deal: Deal | None, conflict: StoredConflict) -> bool:
    """Whether Keep mine can make this laptop's side the deal's again: a field set back; a step,
    person, risk or desk removed on the server brought back, or one removed here removed again
    (closeplan.services.sync.resolve_conflict)."""
    return bool(conflict.field) or conflict.entity in COLLECTIONS


def conflict_what(deal: Deal | None, conflict: StoredConflict) -> str:
    """The field (or the item) the conflict is about, as the user knows it."""
    entity_id = conflict.entity_id if conflict.entity in COLLECTIONS else None
    item = None
    for value in (conflict.theirs, conflict.mine, conflict.base):
        if conflict.field == "" and value is not None:
            item = _decoded(value)
            break
    op = Op("set" if conflict.field else "add", conflict.entity, entity_id, conflict.field, old=item, new=item)
    return field_label(deal, op)


def conflict_value(deal: Deal | None, conflict: StoredConflict, side: str) -> str:
    """One side's value (``mine`` or ``theirs``) in the editor's form; a whole item by its name,
    an item that side deleted as "deleted"."""
    raw = conflict.mine if side == "mine" else conflict.theirs
    if conflict.field == "":  # the whole item: added, edited or deleted on one side
        if raw is None:
            return translate("ConflictPanel", "deleted")
        value = _decoded(raw)
        if hasattr(value, "__dataclass_fields__"):
            return item_name(value) or translate("ConflictPanel", "(no name)")
        return shown(value)
    if side == "theirs" and raw is None and not _item_here(deal, conflict):
        return translate("ConflictPanel", "deleted")
    value = _decoded(raw)
    if conflict.entity == "deal" and conflict.field == "amount" and isinstance(value, Decimal) and deal is not None:
        return fmt_money(value, deal.currency)
    return shown(value)


def _when(at: datetime | None) -> str:
    if at is None:
        return ""
    local = at.astimezone()  # the user's time zone; the time itself is the one recorded
    return f"{fmt_date(local.date())} {local:%H:%M}"


class ConflictPanel(Retranslating, QFrame):
    """The deal's open conflicts; ``decided`` (conflict id, "mine" | "theirs") on a click."""

    decided = Signal(object, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setStyleSheet("#conflictPanel { background: #fff4e5; border: 1px solid #e65100; border-radius: 4px; }")
        self.title = QLabel()
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        self.rows = QWidget()
        self.rows.setObjectName("conflictRows")
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(5, 1)  # what, mine [Keep mine], theirs [Keep theirs], the rest
        self.more = QLabel()
        self.more.setObjectName("conflictsMore")
        self.more.setStyleSheet("color: #5f6368")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        # the rows scroll when the window is short (a 1366×768 screen): the panel never pushes the
        # plan below the screen's edge
        self.rows_area = QScrollArea()
        self.rows_area.setObjectName("conflictScroll")
        self.rows_area.setWidget(self.rows)
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.rows_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)  # (below a scroll bar's own)
        self.rows_area.viewport().setAutoFillBackground(False)
        self.rows.setAutoFillBackground(False)
        layout.addWidget(self.title)
        layout.addWidget(self.rows_area)
        layout.addWidget(self.more)
        self.deal: Deal | None = None
        self.conflicts: list[StoredConflict] = []
        self.owner: str | None = None
        self.buttons: dict[tuple[uuid.UUID, str], QPushButton] = {}
        self.hide()

    def show_conflicts(self, deal: Deal | None, conflicts: Sequence[StoredConflict], owner: str | None = None) -> None:
        """``owner``: whose deal it is when it is only readable here (they decide, not we)."""
        if deal is self.deal and list(conflicts) == self.conflicts and owner == self.owner:
            return  # (after an edit of a deal without conflicts, or the same ones again)
        self.deal, self.conflicts, self.owner = deal, list(conflicts), owner
        self.setVisible(bool(self.conflicts))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(
            "<b>"
            + translate("ConflictPanel", "Conflicts with the team: {count}").format(count=len(self.conflicts))
            + "</b> — "
            + (
                translate(
                    "ConflictPanel",
                    "the same field was changed here and elsewhere. The team server's value is in the deal now; "
                    "choose which one stays.",
                )
                if self.owner is None
                else translate(
                    "ConflictPanel",
                    "the same field was changed in two places. The team server's value is in the deal now; "
                    "{owner} decides which one stays.",
                ).format(owner=escape(self.owner))
            )
        )
        self._fill()

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons.clear()
        for row, conflict in enumerate(self.conflicts[:SHOWN_ROWS]):
            field = conflict_what(self.deal, conflict)
            what = QLabel(f"<b>{escape(field)}</b>")
            what.setObjectName("conflictWhat")
            what.setWordWrap(True)
            what.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
            self.grid.addWidget(what, row, 0)
            for column, side in ((1, "mine"), (3, "theirs")):
                self.grid.addWidget(self._side(conflict, side), row, column)
            for column, side in ((2, "mine"), (4, "theirs")) if self.owner is None else ():
                button = QPushButton(
                    translate("ConflictPanel", "Keep &mine")
                    if side == "mine"
                    else translate("ConflictPanel", "Keep &theirs")
                )
                button.setObjectName("keepMine" if side == "mine" else "keepTheirs")
                button.setAccessibleName(f"{button.text().replace('&', '')}: {field}")
                button.setProperty("conflictId", str(conflict.id))
                button.setToolTip(
                    translate("ConflictPanel", "Keep this laptop's value; it is sent with the next sync")
                    if side == "mine"
                    else translate("ConflictPanel", "Keep the team server's value (it is in the deal already)")
                )
                if side == "mine" and not mine_applies(self.deal, conflict):
                    button.setEnabled(False)
                    button.setToolTip(
                        translate(
                            "ConflictPanel",
                            "Only the team server's side can be kept here: the item was added or deleted on one "
                            "side. Change it again by hand if your side is needed.",
                        )
                    )
                button.clicked.connect(lambda _c=False, cid=conflict.id, s=side: self.decided.emit(cid, s))
                self.grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignVCenter)
                self.buttons[(conflict.id, side)] = button
        hidden = len(self.conflicts) - SHOWN_ROWS
        self.more.setVisible(hidden > 0)
        self.more.setText(
            translate("ConflictPanel", "{count} more follow as these are decided.").format(count=hidden)
            if hidden > 0
            else ""
        )

    def _side(self, conflict: StoredConflict, side: str) -> QLabel:
        mine = side == "mine"
        if self.owner is None:
            title = translate("ConflictPanel", "Mine") if mine else translate("ConflictPanel", "Theirs")
        else:  # someone else's conflict: neither side is ours
            title = translate("ConflictPanel", "Sent later") if mine else translate("ConflictPanel", "On the server")
        author = conflict.mine_author if mine else conflict.theirs_author
        at = conflict.mine_at if mine else conflict.theirs_at
        who = ", ".join(part for part in (escape(author), _when(at)) if part)
        value = escape(conflict_value(self.deal, conflict, side))
        text = QLabel(f"{title}: <b>{value}</b><br><span style='color:#5f6368'>{who}</span>")
        text.setObjectName("conflictMine" if mine else "conflictTheirs")
        text.setTextFormat(Qt.TextFormat.RichText)
        width = self.fontMetrics().averageCharWidth()
        text.setWordWrap(len(value) > 44)  # a long text wraps; a date, an amount, a name stay on a line
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setMinimumWidth(width * 30)
        text.setMaximumWidth(width * 60)
        return text


# --- a read-only deal's editing controls ------------------------------------------------------------

_LOCKED = "closeplanLocked"  # set on what ``lock`` changed, so ``unlock`` puts back only that


def lock(root: QWidget) -> None:
    """Make the editing controls under ``root`` read only (text stays selectable, tables scroll):
    text and spin boxes read-only, tables without editors, boxes and buttons disabled."""
    for widget in root.findChildren(QWidget):
        if widget.property(_LOCKED):
            continue
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            if _inside_box(widget) or widget.isReadOnly():
                continue
            widget.setReadOnly(True)
            widget.setProperty(_LOCKED, "read-only")
        elif isinstance(widget, QAbstractItemView):
            if widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
                continue
            widget.setProperty(_LOCKED, int(widget.editTriggers().value))
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif isinstance(widget, (QComboBox, QAbstractButton)) and widget.isEnabled():
            if _inside_box(widget):
                continue
            widget.setEnabled(False)
            widget.setProperty(_LOCKED, "disabled")
    for action in root.findChildren(QAction):  # a tab's own commands (the plan's Add step …)
        if action.isEnabled() and not action.property(_LOCKED):
            action.setEnabled(False)
            action.setProperty(_LOCKED, "disabled")


def unlock(root: QWidget) -> None:
    """Put back what ``lock`` changed under ``root``."""
    for action in root.findChildren(QAction):
        if action.property(_LOCKED):
            action.setProperty(_LOCKED, None)
            action.setEnabled(True)
    for widget in root.findChildren(QWidget):
        locked = widget.property(_LOCKED)
        if not locked:
            continue
        widget.setProperty(_LOCKED, None)
        if locked == "read-only":
            widget.setReadOnly(False)  # type: ignore[attr-defined]  # (a text or spin box: see lock)
        elif locked == "disabled":
            widget.setEnabled(True)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger(int(locked)))


def _inside_box(widget: QWidget) -> bool:
    """The line edit of a combo or spin box, a spin box's buttons: locked with their box."""
    parent = widget.parentWidget()
    return isinstance(parent, (QComboBox, QAbstractSpinBox))
