"""File → Connect to team server…: the server's URL, the user and the password, a test of the
connection (on a worker thread: the window never waits for the network), and on OK the password
into the system keyring — never into a file or the settings. Without a keyring the dialog says so:
the password then lasts until closeplan closes, and libpq's PGPASSWORD or ~/.pgpass work too."""

from __future__ import annotations

import logging
import threading
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from closeplan.ui.i18n import Retranslating, translate

log = logging.getLogger(__name__)

URL_FORM = "postgresql://USER@HOST:PORT/DATABASE"


def url_user(url: str) -> str:
    """The user named in a ``postgresql://`` URL ("" when there is none)."""
    netloc = urlsplit(url.strip()).netloc
    return unquote(netloc.rsplit("@", 1)[0].split(":", 1)[0]) if "@" in netloc else ""


def url_password(url: str) -> str:
    """The password written into a URL ("" when there is none): it is moved to the password field."""
    netloc = urlsplit(url.strip()).netloc
    user = netloc.rsplit("@", 1)[0] if "@" in netloc else ""
    return unquote(user.split(":", 1)[1]) if ":" in user else ""


def with_user(url: str, user: str) -> str:
    """``url`` logging in as ``user``, without any password written into it."""
    parts = urlsplit(url.strip())
    host = parts.netloc.rsplit("@", 1)[1] if "@" in parts.netloc else parts.netloc
    netloc = f"{quote(user.strip(), safe='')}@{host}" if user.strip() else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def store_password(url: str, password: str) -> str | None:
    """Put the password into the system keyring; None when it is there, else why not (no keyring
    on this system, or it refused)."""
    try:
        import keyring
        from keyring.errors import NoKeyringError

        from closeplan.services.sync_commands import KEYRING_SERVICE, keyring_key

        keyring.set_password(KEYRING_SERVICE, keyring_key(url), password)
    except NoKeyringError:
        return "none"
    except Exception as exc:  # locked, refused by its backend, D-Bus gone …
        log.warning("the keyring did not take the password: %s", type(exc).__name__)
        return "refused"
    return None


class ConnectDialog(Retranslating, QDialog):
    """The team server to sync with. After OK: ``url`` (no password in it), ``password`` (as
    typed, "" for none) and ``keyring_problem`` (None when the keyring holds the password)."""

    checked = Signal(int, object, str)  # check number, the Member let in (or None), the failure

    def __init__(self, url: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setMinimumWidth(560)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.url_edit = QLineEdit(with_user(url, "") if url else "")
        self.url_edit.setObjectName("serverUrl")
        self.url_edit.setPlaceholderText(URL_FORM)
        self.url_edit.editingFinished.connect(self._url_typed)
        self.hint = QLabel()
        self.hint.setObjectName("serverUrlHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setStyleSheet("color: #5f6368")
        self.user_edit = QLineEdit(url_user(url))
        self.user_edit.setObjectName("serverUser")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("serverPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.url_caption, self.user_caption, self.password_caption = QLabel(), QLabel(), QLabel()
        self.url_caption.setBuddy(self.url_edit)
        self.user_caption.setBuddy(self.user_edit)
        self.password_caption.setBuddy(self.password_edit)
        form = QFormLayout()
        form.addRow(self.url_caption, self.url_edit)
        form.addRow("", self.hint)
        form.addRow(self.user_caption, self.user_edit)
        form.addRow(self.password_caption, self.password_edit)
        self.test_button = QPushButton()
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test = QHBoxLayout()
        test.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test.addWidget(self.result_label, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6368")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(test)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.url = ""
        self.password = ""
        self.keyring_problem: str | None = None
        self._checks = 0  # the newest Test connection: older answers are not shown
        self._testing = False
        self._result: tuple[str, object] | None = None  # ("ok", Member) | ("failed", sentence) | ("error", …)
        self.checked.connect(self._checked)
        for edit in (self.url_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._changed)
        self.retranslate_ui()
        self._changed()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ConnectDialog", "Connect to team server"))
        self.intro.setText(
            translate(
                "ConnectDialog",
                "closeplan syncs this database with your team's PostgreSQL server: it sends your changes and "
                "fetches the team's. Work done offline waits and is sent at the next sync.",
            )
        )
        self.url_caption.setText(translate("ConnectDialog", "&Server:"))
        self.user_caption.setText(translate("ConnectDialog", "&User:"))
        self.password_caption.setText(translate("ConnectDialog", "&Password:"))
        self.hint.setText(
            translate(
                "ConnectDialog", "For an encrypted connection that checks the server's certificate, add {option}."
            ).format(option="<tt>?\u2060sslmode=verify-full</tt>")  # (a word joiner: never broken after "?")
        )
        self.password_edit.setPlaceholderText(
            translate("ConnectDialog", "empty: the one in the keyring, PGPASSWORD or ~/.pgpass")
        )
        self.test_button.setText(translate("ConnectDialog", "&Test connection"))
        self.note.setText(
            translate(
                "ConnectDialog",
                "The password is kept in the system keyring, never in a file. The first sync sends the deals of "
                "this database to the server, owned by you.",
            )
        )
        self._show_result()

    # --- what was typed -------------------------------------------------------------------
    def _url_typed(self) -> None:
        """A URL with a user (or a password) in it: they go to their own fields."""
        text = self.url_edit.text().strip()
        user, password = url_user(text), url_password(text)
        if user and not self.user_edit.text().strip():
            self.user_edit.setText(user)
        if password and not self.password_edit.text():
            self.password_edit.setText(password)
        if user or password:
            self.url_edit.setText(with_user(text, ""))

    def server_url(self) -> str:
        """The URL to connect to: the server's, logging in as the user, no password in it."""
        text = self.url_edit.text().strip()
        user = self.user_edit.text().strip() or url_user(text)
        return with_user(text, user) if text else ""

    def _changed(self, _text: str = "") -> None:
        ready = self.url_edit.text().strip().startswith(("postgresql://", "postgres://")) and bool(
            self.user_edit.text().strip() or url_user(self.url_edit.text())
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(ready)
        self.test_button.setEnabled(ready and not self._testing)

    # --- Test connection ------------------------------------------------------------------------
    def test_connection(self) -> None:
        """Ask the server who it lets in, on a worker thread; the answer shows when it comes."""
        url = self.server_url()
        password = self.password_edit.text() or url_password(self.url_edit.text())
        self._checks += 1
        self._testing = True
        self._result = ("testing", None)
        self._show_result()
        self._changed()
        number = self._checks
        threading.Thread(
            target=self._check, args=(number, url, password), name="closeplan-test-connection", daemon=True
        ).start()

    def _check(self, number: int, url: str, password: str) -> None:  # on the worker thread
        from closeplan.services.team import ServerError, whoami

        member, failure = None, ""
        try:
            if not password:
                from closeplan.services.sync_commands import keyring_password

                password = keyring_password(url) or ""
            member = whoami(url, password or None)
        except ServerError as exc:
            from closeplan.ui.features.team import server_error_text

            failure = server_error_text(exc)
        except Exception as exc:  # never let the check take the app down
            log.warning("the connection test failed: %s", type(exc).__name__)
            failure = type(exc).__name__
        try:
            self.checked.emit(number, member, failure)
        except RuntimeError:  # the dialog was closed meanwhile
            pass

    def _checked(self, number: int, member: object, failure: str) -> None:
        if number != self._checks:
            return
        self._testing = False
        self._result = ("ok", member) if member is not None else ("failed", failure)
        self._show_result()
        self._changed()

    def _show_result(self) -> None:
        kind, value = self._result or ("", None)
        if kind == "testing":
            self.result_label.setStyleSheet("")
            self.result_label.setText(translate("ConnectDialog", "Connecting…"))
        elif kind == "ok":
            login = getattr(value, "login", "")
            role = getattr(value, "role", "")
            team = getattr(value, "team", "")
            role_text = translate("ConnectDialog", "manager") if role == "manager" else translate("ConnectDialog", "AE")
            self.result_label.setStyleSheet("color: #1b5e20")
            self.result_label.setText(
                translate("ConnectDialog", "Connected as {login} ({role}, team {team}): the server is ready.").format(
                    login=login, role=role_text, team=team
                )
            )
        elif kind == "failed":
            self.result_label.setStyleSheet("color: #b3261e")
            self.result_label.setText(sentence(str(value)))
        else:
            self.result_label.setText("")

    # --- OK -----------------------------------------------------------------------------------
    def accept(self) -> None:
        from closeplan.services.team import InvalidInput, check_url

        url = self.server_url()
        try:
            check_url(url)
        except InvalidInput as exc:
            self._result = ("failed", str(exc))
            self._show_result()
            return
        self.url = url
        self.password = self.password_edit.text() or url_password(self.url_edit.text())
        self.keyring_problem = store_password(url, self.password) if self.password else None
        super().accept()


def sentence(text: str) -> str:
    """A service's failure ("cannot connect to …: …") as a sentence: a capital, a full stop.
    Not a login or an address made capital ("kenji@host …" stays as it is), and no full stop
    after one of another script ("。", "！")."""
    text = text.strip()
    if not text:
        return ""
    first = text.split(maxsplit=1)[0]
    if text[0].isascii() and text[0].islower() and not any(mark in first for mark in "@:/."):
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "。", "！", "？", "．")) else text + "."
