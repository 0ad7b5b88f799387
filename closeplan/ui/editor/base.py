"""Shared pieces of the deal editor's tabs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from closeplan.domain.edits import Mutation
from closeplan.domain.model import Deal, Tri
from closeplan.domain.risk import Assessment
from closeplan.ui.controller import EditController
from closeplan.ui.dates import DateEdit
from closeplan.ui.formatting import date_format, from_qdate, label, to_qdate
from closeplan.ui.i18n import Retranslating, translate
from closeplan.ui.values import ChoiceBox, choice_value


class EditorTab(Retranslating, QWidget):
    """A part of the deal editor. ``show_deal`` fills it; user changes go to ``apply``.
    ``retranslate_ui`` sets the fixed texts and shows the deal again in the new language."""

    def __init__(self, controller: EditController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.deal: Deal | None = None
        self.today: date | None = None
        self.assessment: Assessment | None = None
        self._loading = False
        # the deal is another user's that the team server lets us only read (the editor sets it)
        self.read_only = False
        self._locked = False

    def show_deal(self, deal: Deal | None, today: date, assessment: Assessment | None) -> None:
        """Show ``deal``; a tab that is not on screen fills its widgets when it is shown (after an
        edit in the plan, the other tabs need not redraw the whole deal)."""
        self.deal, self.today, self.assessment = deal, today, assessment
        if not self.isVisible() and self.window().isVisible():
            self._stale = True
            return
        self._show_now()

    def _show_now(self) -> None:
        self._stale = False
        self._loading = True
        try:
            if self._locked:  # what load() enables and disables, it decides as for an editable deal
                from closeplan.ui.editor.team import unlock

                unlock(self)
                self._locked = False
            self.load()
        finally:
            self._loading = False
            if self.read_only:
                from closeplan.ui.editor.team import lock

                lock(self)
                self._locked = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._show_now()

    def load(self) -> None:  # pragma: no cover - every tab overrides it
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        for edit in self.findChildren(QDateEdit):  # the locale may have changed with the language
            edit.setDisplayFormat(date_format())
        if self.deal is not None and self.today is not None:  # (shown: both are set)
            self.show_deal(self.deal, self.today, self.assessment)

    def apply(self, label_text: str, mutation: Mutation) -> bool:
        if self._loading or self.deal is None:
            return False
        return self.controller.apply(self.deal.id, label_text, mutation) is not None

    def apply_to(self, deal_id, label_text: str, mutation: Mutation) -> bool:
        """For edits delivered later (queued from a cell editor): they belong to the deal they
        were typed in, even if another deal is on screen by now."""
        if deal_id is None:
            return False
        return self.controller.apply(deal_id, label_text, mutation) is not None

    def deal_for(self, deal_id):
        """The deal an edit was typed in (usually the one on screen)."""
        if self.deal is not None and self.deal.id == deal_id:
            return self.deal
        try:
            return self.controller.service.get_deal(deal_id)
        except LookupError:
            return None


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text saved when focus leaves or typing pauses, so nothing typed is lost."""

    committed = Signal(str)

    def __init__(self, parent=None, pause_ms: int = 1500):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._saved = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._timer.start)

    def set_saved_text(self, text: str) -> None:
        self._saved = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def commit(self) -> None:
        self._timer.stop()
        text = self.toPlainText()
        if text != self._saved:
            self._saved = text
            self.committed.emit(text)

    def focusOutEvent(self, event) -> None:
        self.commit()
        super().focusOutEvent(event)


FIELD_PROPERTY = "closeplanField"


def bind(widget: QWidget, address: str) -> QWidget:
    """Say which stored field a control edits ("deal.stage", "bant.budget.note", "step.meeting_date"
    for the step a tab shows): the generic widget test changes every control and checks that
    exactly that field changed in the database, so every editing control must say it."""
    widget.setProperty(FIELD_PROPERTY, address)  # "-": a view setting that changes nothing stored
    return widget


def line_edit(name: str, on_commit: Callable[[str], None]) -> QLineEdit:
    """A text field saved when editing finishes (Enter, leaving it). Until then it is "modified":
    a refresh of the deal does not overwrite what is being typed (see ``keep_typing``)."""
    edit = QLineEdit()
    edit.setObjectName(name)

    def finished() -> None:
        on_commit(edit.text())
        edit.setModified(False)

    edit.editingFinished.connect(finished)
    return edit


def show_text(edit: QLineEdit, value: str) -> None:
    """Show the stored ``value``, unless the user is typing something else into the field now."""
    if not (edit.hasFocus() and edit.isModified()) or edit.text() == value:
        edit.setText(value)


def date_edit(name: str, optional: bool = False, start: Callable[[], date | None] = lambda: None) -> QDateEdit:
    """A date field; an ``optional`` one may be empty ("—") and typing into it starts at ``start()``."""
    edit = DateEdit(optional=optional, start=start)
    edit.setObjectName(name)
    edit.setDisplayFormat(date_format())
    return edit


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.blockSignals(True)
    edit.setDate(to_qdate(value) if value else edit.minimumDate())
    edit.blockSignals(False)


def get_date(edit: QDateEdit) -> date | None:
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    return from_qdate(edit.date())


def choice_label(value) -> str:
    return label(value) if value is not None else translate("EditorTab", "Unknown")


def choice_box(name: str, choices) -> ChoiceBox:
    box = ChoiceBox(list(choices))  # the members themselves: Qt hands StrEnum data back as plain str
    box.setObjectName(name)
    for value in box.choices:
        box.addItem(choice_label(value), value)
    return box


def relabel(*boxes: QComboBox) -> None:
    """Choice boxes' labels in the UI language (after it changed): enum choices and "Unknown"."""
    for box in boxes:
        members = getattr(box, "choices", None)
        for i in range(box.count()):
            if members is not None:
                box.setItemText(i, choice_label(members[i]))
            elif box.itemData(i) is None:
                box.setItemText(i, choice_label(None))


def form_row(form: QFormLayout, field, name: str = "") -> QLabel:
    """A form row whose label text is set (and translated again) later; returns the label."""
    caption = QLabel()
    if name:
        caption.setObjectName(name)
    if isinstance(field, QWidget):
        caption.setBuddy(field)
    form.addRow(caption, field)
    return caption


def select_data(box: QComboBox, value) -> None:
    box.blockSignals(True)
    for i in range(box.count()):
        if box.itemData(i) == value:
            box.setCurrentIndex(i)
            break
    box.blockSignals(False)
    mark_unknown(box)


def mark_unknown(box: QComboBox) -> None:
    """Unknown is a first-class answer, and it shows: red text."""
    value = choice_value(box)
    unknown = value is None or value == Tri.UNKNOWN or getattr(value, "value", None) == "unknown"
    style = "QComboBox { color: #b3261e; font-weight: 600; }" if unknown else ""
    if box.styleSheet() != style:  # restyling re-polishes the widget: only when it changes
        box.setStyleSheet(style)


def field_message() -> QLabel:
    message = QLabel()
    message.setObjectName("fieldMessage")
    message.setStyleSheet("color: #b3261e")
    message.setWordWrap(True)
    message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return message
