"""The "New deal" wizard: the customer and the deal, then the close date, template and
board cadence with a live preview of the back-scheduled plan. An impossible plan is
refused with the reason and the earliest feasible close date, which one click uses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import InvalidOperation
from html import escape

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from closeplan.domain.accounts import board_meeting, calendar_with
from closeplan.domain.currency import is_currency
from closeplan.domain.model import LANGUAGES, ApprovalPath, Deal, Role, Side, Stage, Stakeholder
from closeplan.domain.scheduling import Schedule
from closeplan.domain.validation import FieldError, ValidationError, validate_amount, validate_rrule
from closeplan.services.deals import NewDeal
from closeplan.services.planning import InfeasiblePlan, PlanningService
from closeplan.ui import i18n
from closeplan.ui.cadence import CadencePicker
from closeplan.ui.editor.base import bind, date_edit, field_message, form_row, get_date, set_date
from closeplan.ui.editor.overview import parse_amount
from closeplan.ui.formatting import fmt_date, label
from closeplan.ui.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, Retranslating, translate
from closeplan.ui.preferences import CURRENCIES, default_currency
from closeplan.ui.problems import problem_text

COUNTRY_CURRENCY = {
    "JP": "JPY",
    "KR": "KRW",
    "SE": "SEK",
    "US": "USD",
    "GB": "GBP",
    "DE": "EUR",
    "FR": "EUR",
    "FI": "EUR",
    "NL": "EUR",
    "NO": "NOK",
    "DK": "DKK",
    "CN": "CNY",
    "SG": "SGD",
    "AU": "AUD",
    "CA": "CAD",
}
COUNTRY_LANGUAGE = {"JP": "ja", "KR": "ko", "SE": "sv"}  # any other country: English
UI_COUNTRY = {"ja": "JP", "ko": "KR", "sv": "SE", "en": "US"}  # the country a new deal starts with
STAGES = (Stage.PRE_OPPORTUNITY, Stage.ISSUE_RECOGNITION, Stage.EVALUATION, Stage.NEGOTIATION, Stage.APPROVAL)


class DealPage(Retranslating, QWizardPage):
    def __init__(self, owner: str = ""):
        super().__init__()
        self.account = QLineEdit()
        self.account.setObjectName("wizAccount")
        self.name = QLineEdit()
        self.name.setObjectName("wizName")
        self.amount = QLineEdit()
        self.amount.setObjectName("wizAmount")
        self.currency = QComboBox()
        self.currency.setObjectName("wizCurrency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(default_currency())
        self.country = QLineEdit(UI_COUNTRY.get(i18n.current(), "US"))
        self.country.setObjectName("wizCountry")
        self.country.setMaxLength(2)
        self.language = QComboBox()
        self.language.setObjectName("wizLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        settings = QSettings()
        self.owner = QLineEdit(owner or str(settings.value("user/name", "") or ""))
        self.owner.setObjectName("wizOwner")
        self.vendor = QLineEdit(str(settings.value("user/company", "") or ""))
        self.vendor.setObjectName("wizVendor")
        self.stage = QComboBox()
        self.stage.setObjectName("wizStage")
        for stage in STAGES:
            self.stage.addItem(label(stage), stage)
        self.stage.setCurrentIndex(STAGES.index(Stage.NEGOTIATION))  # a close plan is agreed in stage 4
        self.message = field_message()
        for widget, address in (
            (self.account, "deal.account"),
            (self.name, "deal.name"),
            (self.amount, "deal.amount"),
            (self.currency, "deal.currency"),
            (self.country, "deal.country"),
            (self.language, "deal.customer_language"),
            (self.owner, "deal.owner"),
            (self.vendor, "deal.vendor_company"),
            (self.stage, "deal.stage"),
        ):
            bind(widget, address)
        form = QFormLayout(self)
        # in the order they are typed (Tab goes down): what the country implies follows it
        self.captions = [
            form_row(form, widget)
            for widget in (
                self.account,
                self.name,
                self.amount,
                self.country,
                self.owner,
                self.vendor,
                self.currency,
                self.language,
                self.stage,
            )
        ]
        form.addRow("", self.message)
        self.country.textChanged.connect(self._country_hint)
        self._country_hint(self.country.text())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(translate("DealPage", "The customer and the deal"))
        self.setSubTitle(translate("DealPage", "Who is buying what, for how much."))
        for caption, text in zip(
            self.captions,
            (
                translate("DealPage", "Customer (account)"),
                translate("DealPage", "Deal name"),
                translate("DealPage", "Amount"),
                translate("DealPage", "Country (business days)"),
                translate("DealPage", "Owner (AE)"),
                translate("DealPage", "Our company"),
                translate("DealPage", "Currency"),
                translate("DealPage", "Customer language"),
                translate("DealPage", "Stage"),
            ),
        ):
            caption.setText(text)
        for i, stage in enumerate(STAGES):
            self.stage.setItemText(i, label(stage))
        self.amount.setPlaceholderText(translate("DealPage", "e.g. 48000000"))
        self.vendor.setPlaceholderText(translate("DealPage", "your company, as the customer knows it"))

    def _country_hint(self, text: str) -> None:
        """The currency and the customer's language follow the country (a two-letter code)."""
        country = text.strip().upper()
        if len(country) != 2:
            return
        currency = COUNTRY_CURRENCY.get(country)
        if currency:
            self.currency.setCurrentText(currency)
        self.language.setCurrentIndex(self.language.findData(COUNTRY_LANGUAGE.get(country, "en")))

    def problem(self) -> tuple[QLineEdit | QComboBox, str] | None:
        if not self.account.text().strip():
            return self.account, translate("DealPage", "Enter the customer's company.")
        if not self.name.text().strip():
            return self.name, translate("DealPage", "Enter a name for the deal.")
        currency = self.currency.currentText().strip().upper()
        if not is_currency(currency):
            return self.currency, translate(
                "DealPage", "“{code}” is not an ISO 4217 currency code (e.g. JPY, KRW, SEK, USD)."
            ).format(code=currency)
        try:
            amount = parse_amount(self.amount.text())
        except InvalidOperation:
            return self.amount, translate("DealPage", "“{text}” is not an amount: use digits, e.g. 48000000.").format(
                text=self.amount.text()
            )
        trouble = validate_amount(amount, currency)
        if trouble:
            words = problem_text(FieldError.of("amount", trouble))  # in the UI language
            return self.amount, translate("DealPage", "Amount: {problem}.").format(problem=words)
        country = self.country.text().strip().upper()
        if len(country) != 2 or not country.isascii() or not country.isalpha():
            return self.country, translate("DealPage", "Use a two-letter country code such as JP, KR, SE or US.")
        return None

    def validatePage(self) -> bool:
        problem = self.problem()
        if problem:
            widget, message = problem
            self.message.setText(message)
            widget.setFocus()
            return False
        self.message.setText("")
        return True

    def new_deal(self, target_close: date) -> NewDeal:
        return NewDeal(
            name=self.name.text().strip(),
            account=self.account.text().strip(),
            amount=parse_amount(self.amount.text()),
            currency=self.currency.currentText().strip().upper(),
            target_close=target_close,
            country=self.country.text().strip().upper(),
            customer_language=self.language.currentData(),
            owner=self.owner.text().strip(),
            vendor_company=self.vendor.text().strip(),
            stage=STAGES[max(0, self.stage.currentIndex())],
        )

    def remember(self) -> None:
        """The AE's own name and company, offered again next time."""
        settings = QSettings()
        settings.setValue("user/name", self.owner.text().strip())
        settings.setValue("user/company", self.vendor.text().strip())


class PlanPage(Retranslating, QWizardPage):
    def __init__(self, planning: PlanningService, today: date, deal_page: DealPage):
        super().__init__()
        self.planning, self.today, self.deal_page = planning, today, deal_page
        self.close_date = date_edit("wizClose")
        self._default = today + timedelta(days=90)  # (made to fit the plan on the page: initializePage)
        set_date(self.close_date, self._default)
        self.template = QComboBox()
        self.template.setObjectName("wizTemplate")
        self.template.addItem("", None)
        for template in planning.templates():
            self.template.addItem(template.name_in(i18n.current()), template.id)
        self.cadence = CadencePicker("wizCadence")
        self.cadence.bind_field("step.recurrence_rule")
        self.status = QLabel()
        self.status.setObjectName("wizStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.use_proposal = QPushButton()
        self.use_proposal.setObjectName("wizUseProposal")
        self.use_proposal.hide()
        self.use_proposal.clicked.connect(self._use_proposal)
        self.preview = QTableWidget(0, 3)
        self.preview.setObjectName("wizPreview")
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for widget, address in (
            (self.close_date, "deal.target_close"),
            (self.template, "deal.steps"),
        ):
            bind(widget, address)
        form = QFormLayout()
        self.captions = [form_row(form, widget) for widget in (self.close_date, self.template, self.cadence)]
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.use_proposal, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview, 1)
        self.schedule: Schedule | None = None
        self.template.currentIndexChanged.connect(self._template_changed)
        self.close_date.dateChanged.connect(lambda _d: self.refresh())
        self.cadence.changed.connect(lambda _rule: self.refresh())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(translate("PlanPage", "Close date and plan"))
        self.setSubTitle(
            translate("PlanPage", "The plan is scheduled backwards from the close date on the customer's working days.")
        )
        for caption, text in zip(
            self.captions,
            (
                translate("PlanPage", "Target close"),
                translate("PlanPage", "Template"),
                translate("PlanPage", "Board cadence"),
            ),
        ):
            caption.setText(text)
        self.template.setItemText(0, translate("PlanPage", "No template (an empty plan)"))
        for i in range(1, self.template.count()):
            self.template.setItemText(i, self.planning.library.get(self.template.itemData(i)).name_in(i18n.current()))
        self.preview.setHorizontalHeaderLabels(
            [translate("PlanPage", "Date"), translate("PlanPage", "Side"), translate("PlanPage", "Step")]
        )
        if self.schedule is not None or self.status.text():
            self.refresh()

    def initializePage(self) -> None:
        country = self.deal_page.country.text().strip().upper()
        preferred = {"JP": "enterprise-jp-ringi", "KR": "enterprise-kr-pumui", "SE": "enterprise-se-board"}.get(
            country, "midmarket-e-approval"
        )
        index = self.template.findData(preferred)
        if index >= 0:
            self.template.setCurrentIndex(index)
        if get_date(self.close_date) == self._default:  # not chosen yet: a date the plan fits
            self._default = self._fitting_default()
            set_date(self.close_date, self._default)
        self.refresh()
        self.close_date.setFocus()  # the date is what is typed here: typing replaces it
        self.close_date.selectAll()

    def _fitting_default(self) -> date:
        """About three months ahead, on a working day of the customer's, and late enough for the
        template's plan: no step before today, the board's deadline still ahead."""
        country = self.deal_page.country.text().strip().upper() or "US"
        close = calendar_with(country, self._profile().closures).on_or_before(self.today + timedelta(days=90))
        template_id = self.template.currentData()
        if template_id is None:
            return close
        schedule = self.planning.preview(
            template_id, close, country, self.today, None, None, self.deal_page.account.text()
        )
        return schedule.earliest_feasible_close or close

    def _profile(self):
        return self.planning.profile_for(
            self.deal_page.account.text(), self.deal_page.country.text().strip().upper() or "US"
        )

    def _template_changed(self, _index: int) -> None:
        template_id = self.template.currentData()
        cadence = ""
        if template_id:
            cadence = self.planning.library.get(template_id).board_cadence
            meeting = board_meeting(self._profile())  # the customer's own board calendar wins
            if meeting is not None and self.planning.library.get(template_id).has_board_meeting:
                cadence = meeting.rule
        self.cadence.set_rule(cadence)
        self.refresh()

    def refresh(self) -> None:
        self.schedule = None
        self.use_proposal.hide()
        self.preview.setRowCount(0)
        template_id = self.template.currentData()
        close = get_date(self.close_date)
        if template_id is None or close is None:
            self.status.setText(translate("PlanPage", "An empty plan: add steps in the editor."))
            self.completeChanged.emit()
            return
        cadence = self.cadence.rule()
        if cadence and validate_rrule(cadence):  # (a custom rule kept from the account: said in words)
            self.status.setText(
                '<span style="color:#b3261e">'
                + escape(translate("PlanPage", "The board cadence cannot be used: choose another one."))
                + "</span>"
            )
            self.completeChanged.emit()
            return
        language = self.deal_page.language.currentData()
        country = self.deal_page.country.text().strip().upper() or "US"
        schedule = self.planning.preview(
            template_id, close, country, self.today, language, cadence, self.deal_page.account.text()
        )
        self.schedule = schedule
        for step in schedule.steps:
            row = self.preview.rowCount()
            self.preview.insertRow(row)
            for column, text in enumerate((fmt_date(step.due_date), label(step.owner_side), step.title)):
                self.preview.setItem(row, column, QTableWidgetItem(text))
        self.preview.resizeColumnToContents(0)
        self.preview.resizeColumnToContents(1)
        if schedule.earliest_feasible_close:  # it does not fit (or starts before today): what would
            self.use_proposal.setText(
                translate("PlanPage", "Use {date} as the close date").format(
                    date=fmt_date(schedule.earliest_feasible_close)
                )
            )
            self.use_proposal.show()
        if not schedule.feasible:
            self.status.setText(f'<span style="color:#b3261e">{escape(self._problem(schedule))}</span>')
        else:
            notes = [translate("PlanPage", "Steps: {count}").format(count=len(schedule.steps))]
            closures = [c.name for c in self._profile().closures]
            if closures:
                notes.append(
                    translate("PlanPage", "around the customer's closures: {names}").format(names=", ".join(closures))
                )
            if schedule.board_meeting:
                notes.append(
                    translate("PlanPage", "board meeting {meeting}, papers by {deadline}").format(
                        meeting=fmt_date(schedule.board_meeting), deadline=fmt_date(schedule.submission_deadline)
                    )
                )
            text = " · ".join(notes)
            for code, values in schedule.notices:
                text += f'<br><span style="color:#8a5a00">{escape(self._notice(code, values))}</span>'
            self.status.setText(text)
        self.completeChanged.emit()

    @staticmethod
    def _problem(schedule: Schedule) -> str:
        text = translate(
            "PlanPage",
            "No board meeting fits before the target close {close}: the latest meeting in time "
            "is on {meeting}, whose submission deadline {deadline} has passed.",
        ).format(
            close=fmt_date(schedule.target_close),
            meeting=fmt_date(schedule.board_meeting),
            deadline=fmt_date(schedule.submission_deadline),
        )
        if schedule.next_meeting and schedule.earliest_feasible_close:
            text += " " + translate(
                "PlanPage",
                "The next meeting with a deadline still ahead is on {meeting}; the earliest feasible close is {close}.",
            ).format(meeting=fmt_date(schedule.next_meeting), close=fmt_date(schedule.earliest_feasible_close))
        return text

    @staticmethod
    def _notice(code: str, values: dict) -> str:
        if code == "close_not_working_day":
            return translate(
                "PlanPage", "{date} is not a working day in {country}; the plan closes on {close}."
            ).format(date=fmt_date(values["date"]), country=values["country"], close=fmt_date(values["close"]))
        if code == "no_cadence":
            return translate(
                "PlanPage",
                "No board-meeting cadence is known: the meeting date is where the plan needs it, not a real meeting.",
            )
        return translate(
            "PlanPage", "Steps before today: {count}. Mark them done later, or close later: {titles}"
        ).format(count=values["count"], titles=", ".join(values["titles"]))

    def _use_proposal(self) -> None:
        if self.schedule and self.schedule.earliest_feasible_close:
            set_date(self.close_date, self.schedule.earliest_feasible_close)
            self.refresh()
            wizard = self.wizard()
            next_button = wizard.button(QWizard.WizardButton.NextButton) if wizard is not None else None
            if next_button is not None:
                next_button.setFocus()  # the date is settled: Enter goes on

    def isComplete(self) -> bool:
        return self.template.currentData() is None or (self.schedule is not None and self.schedule.feasible)


PEOPLE_ROWS = (  # the approval path's people (seed 003, stage 5), each a stakeholder of the customer
    ("drafter_id", Role.DRAFTER, QT_TRANSLATE_NOOP("PeoplePage", "Drafter (writes the approval request)")),
    ("real_final_approver_id", Role.FINAL_APPROVER, QT_TRANSLATE_NOOP("PeoplePage", "Real final approver")),
    ("nominal_approver_id", None, QT_TRANSLATE_NOOP("PeoplePage", "Nominal approver")),
    ("po_signer_id", Role.PO_SIGNER, QT_TRANSLATE_NOOP("PeoplePage", "Signs the purchase order")),
)


class PeoplePage(Retranslating, QWizardPage):
    """The customer's people on the approval path: a name (and title) for each, all optional.
    The same name twice is one person with both roles; each becomes a stakeholder."""

    def __init__(self):
        super().__init__()
        self.names: list[QLineEdit] = []
        self.titles: list[QLineEdit] = []
        self.captions: list[QLabel] = []
        grid = QGridLayout(self)
        self.name_header, self.title_header = QLabel(), QLabel()
        grid.addWidget(self.name_header, 0, 1)
        grid.addWidget(self.title_header, 0, 2)
        for row, (field, _role, _text) in enumerate(PEOPLE_ROWS, start=1):
            caption, name, title = QLabel(), QLineEdit(), QLineEdit()
            name.setObjectName(f"wizPerson_{field}")
            title.setObjectName(f"wizTitle_{field}")
            caption.setBuddy(name)
            bind(name, f"approval_path.{field}")
            grid.addWidget(caption, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(title, row, 2)
            self.captions.append(caption)
            self.names.append(name)
            self.titles.append(title)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.more = QLabel()
        self.more.setWordWrap(True)
        grid.addWidget(self.more, len(PEOPLE_ROWS) + 1, 0, 1, 3)
        self.message = field_message()
        grid.addWidget(self.message, len(PEOPLE_ROWS) + 2, 0, 1, 3)
        grid.setRowStretch(len(PEOPLE_ROWS) + 3, 1)
        for first, second in zip(self.names, self.titles):  # across, then down: name, title, next name
            QWidget.setTabOrder(first, second)
        for title, name in zip(self.titles, self.names[1:]):
            QWidget.setTabOrder(title, name)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(translate("PeoplePage", "The customer's people"))
        self.setSubTitle(
            translate(
                "PeoplePage", "Who drafts, approves and signs — as far as known. The rest can wait for the editor."
            )
        )
        self.name_header.setText(translate("PeoplePage", "Name"))
        self.title_header.setText(translate("PeoplePage", "Title"))
        for caption, (_field, _role, text) in zip(self.captions, PEOPLE_ROWS):
            caption.setText(translate("PeoplePage", text))
        for title in self.titles:
            title.setPlaceholderText(translate("PeoplePage", "e.g. head of IT"))
        self.more.setText(translate("PeoplePage", "More people: the Stakeholders tab, or type a new name as an owner."))

    def initializePage(self) -> None:
        self.names[0].setFocus()

    def people(self) -> tuple[list[Stakeholder], ApprovalPath]:
        found: dict[str, Stakeholder] = {}
        path = ApprovalPath()
        for edit, title, (field, role, _text) in zip(self.names, self.titles, PEOPLE_ROWS):
            name = edit.text().strip()
            if not name:
                continue
            person = found.setdefault(name.casefold(), Stakeholder(name=name, side=Side.CUSTOMER))
            person.title = person.title or title.text().strip()
            if role is not None and role not in person.roles:
                person.roles.append(role)
            setattr(path, field, person.id)
        return list(found.values()), path


class NewDealWizard(Retranslating, QWizard):
    def __init__(self, planning: PlanningService, today: date, owner: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("newDealWizard")
        self.setMinimumSize(760, 560)
        self.planning, self.today = planning, today
        self.deal_page = DealPage(owner)
        self.plan_page = PlanPage(planning, today, self.deal_page)
        self.people_page = PeoplePage()
        self.addPage(self.deal_page)
        self.addPage(self.plan_page)
        self.addPage(self.people_page)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages)
        self.plan_page.setFinalPage(True)  # the people may wait: Finish from the plan page too
        self.created: Deal | None = None
        self.error = field_message()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("NewDealWizard", "New deal"))

    def accept(self) -> None:
        close = get_date(self.plan_page.close_date)
        assert close is not None  # (a required date: never empty)
        people, path = self.people_page.people()
        new = replace(self.deal_page.new_deal(close), stakeholders=people, approval_path=path)
        template_id = self.plan_page.template.currentData()
        try:
            if template_id is None:
                self.created, _ = self.planning.deals.create_deal(new)
            else:
                cadence = self.plan_page.cadence.rule()
                self.created, _, _ = self.planning.create_from_template(new, template_id, self.today, cadence)
        except InfeasiblePlan:
            self.plan_page.refresh()
            return
        except ValidationError as exc:
            reason = translate("NewDealWizard", "Not created: {reason}").format(reason=str(exc))
            self.plan_page.status.setText(f'<span style="color:#b3261e">{escape(reason)}</span>')
            self.people_page.message.setText(reason)  # (the page on screen when Finish is pressed)
            return
        self.deal_page.remember()
        super().accept()
