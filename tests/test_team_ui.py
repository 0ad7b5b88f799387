"""The app's side of the team server, through the widgets, against a real throwaway PostgreSQL
(tests/pg.py): the Connect dialog and its Test connection, the sync in the background and the
status bar's indicator, a conflict made by two laptops (its badge in the deal list, its panel in
the editor, Keep mine reaching the other laptop), and a manager's read-only view of an AE's deal.

The window's laptop is a real window on its own database file; the other laptops are
DealServices on files of their own that sync with the same server (tests/test_sync.py's Laptop).
The password comes from a keyring backend kept in memory (the system's keyring API, no file),
or from no keyring at all."""

from __future__ import annotations

import re

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from closeplan.domain import edits as E
from closeplan.services.demo import install_demo
from closeplan.services.sync_commands import KEYRING_SERVICE, keyring_key
from closeplan.ui.features.team import SERVER_SETTING
from tests import test_sync
from tests.conftest import NOW, TODAY
from tests.qt_helpers import shown_window, table_rows
from tests.test_sync import Laptop, Team
from tests.widget_walk import change_cell, change_control, editable_cells

# the team server's fixtures and laptops, as tests/test_sync.py makes them
team, laptops = test_sync.team, test_sync.laptops
WAIT = 20_000  # ms: a sync on this 2-core machine, with the server and the window on it


class MemoryKeyring(KeyringBackend):
    """A system keyring that keeps its passwords in memory (keyring's own backend interface)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring(monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def forget_server():
    yield
    QSettings().remove(SERVER_SETTING)


def server_url(team: Team) -> str:
    """The server's URL as an admin hands it out: no user, no password."""
    return f"postgresql://127.0.0.1:{team.cluster.port}/{team.dbname}"


def login_url(team: Team, who: str) -> str:
    return f"postgresql://{team.names[who]}@127.0.0.1:{team.cluster.port}/{team.dbname}"


def window_of(qtbot, laptop: Laptop, team: Team, who: str, keys: MemoryKeyring):
    """The laptop's window, on a database that synced once already: its password in the keyring."""
    keys.set_password(KEYRING_SERVICE, keyring_key(login_url(team, who)), team.passwords[who])
    return shown_window(qtbot, laptop.service, TODAY)


def synced(win) -> bool:
    """A sync of this window ended well (the one started last, if one is running)."""
    outcome = win.team.outcome
    ok = outcome is not None and outcome.kind == "ok"
    return ok and not win.team.running and win.team.indicator.text().startswith("synced at")


def _deal_row(win, name: str) -> int:
    return next(r for r in range(win.deals.rowCount()) if win.deals.summary(r).name == name)


# --- the Connect dialog ---------------------------------------------------------------------------


def _fill(qtbot, dialog, url: str, user: str, password: str) -> None:
    for edit, text in ((dialog.url_edit, url), (dialog.user_edit, user), (dialog.password_edit, password)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.url_edit.editingFinished.emit()


def _test(qtbot, dialog) -> str:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text() == "Connecting…"  # the answer comes later: the window does not wait
    qtbot.waitUntil(lambda: dialog.result_label.text() != "Connecting…", timeout=WAIT)
    return dialog.result_label.text()


def test_the_connect_dialog_tests_the_connection_and_keeps_the_password_in_the_keyring(
    qtbot, team, laptops, memory_keyring, forget_server
):
    alice = laptops("alice")
    install_demo(alice.service, TODAY)
    win = shown_window(qtbot, alice.service, TODAY)
    assert win.team.indicator.text() == "not connected"
    win.team.connect_action.trigger()
    dialog = win.team.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.url_edit.placeholderText() == "postgresql://USER@HOST:PORT/DATABASE"
    assert "sslmode=verify-full" in dialog.hint.text()
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password

    _fill(qtbot, dialog, server_url(team), team.names["alice"], "not-the-password")
    refused = _test(qtbot, dialog)
    assert "refused the login" in refused
    assert "\n" not in refused and refused.endswith(".") and refused[0].isupper()  # one sentence
    assert "not-the-password" not in refused

    _fill(qtbot, dialog, server_url(team), team.names["alice"], team.passwords["alice"])
    login = team.names["alice"]
    assert _test(qtbot, dialog) == f"Connected as {login} (AE, team east_{login.split('_')[1]}): the server is ready."

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    url = login_url(team, "alice")
    assert memory_keyring.passwords == {(KEYRING_SERVICE, keyring_key(url)): team.passwords["alice"]}
    assert QSettings().value(SERVER_SETTING) == url  # remembered without its password
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    assert re.fullmatch(r"synced at \d\d:\d\d", win.team.indicator.text())
    QSettings().sync()
    for where in (alice.path, QSettings().fileName()):  # never written down by closeplan
        assert team.passwords["alice"].encode() not in open(where, "rb").read()
    # the first sync uploaded the deals: another laptop of alice's gets them
    other = laptops("alice", "other")
    other.sync()
    assert other.service.count() == alice.service.count()


def test_without_a_keyring_the_dialog_says_so_and_the_session_still_syncs(
    qtbot, team, laptops, no_keyring, forget_server
):
    alice = laptops("alice")
    install_demo(alice.service, TODAY)
    win = shown_window(qtbot, alice.service, TODAY)
    dialog = win.team.open_connect()
    assert dialog is not None
    _fill(qtbot, dialog, server_url(team), team.names["alice"], team.passwords["alice"])
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "noKeyringBox" and w.isVisible())
    assert isinstance(box, QMessageBox)
    assert "no system keyring" in box.text()
    assert "PGPASSWORD" in box.informativeText() and "~/.pgpass" in box.informativeText()
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)  # with the password typed, for this session
    box.close()


# --- the sync in the background ------------------------------------------------------------------


def test_a_sync_in_the_background_updates_the_list_and_the_indicator(qtbot, team, laptops, memory_keyring):
    desk = laptops("alice", "desk")
    install_demo(desk.service, TODAY)
    desk.sync()
    train = laptops("alice", "train")
    train.sync()
    win = window_of(qtbot, desk, team, "alice", memory_keyring)
    assert win.team.indicator.text().startswith("synced at")  # as the database says, before any sync
    assert win.team.timer.isActive()  # the sync on start comes in a moment, after the window is up
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)

    name = next(d.name for d in train.service.list_deals() if d.account.startswith("Brightwater"))
    train.edit(name, "Rename", lambda d: setattr(d, "name", "Scheduling suite, renewed on the train"))
    train.sync()

    # an edit in the window, by keyboard: the outbox grows, the indicator says so
    win.search.setText("Norrskog")
    win.table.selectRow(0)
    win.editor.tabs.setCurrentWidget(win.editor.overview)
    change_control(qtbot, win.editor.overview.owner, TODAY, lambda _w: "Desk Owner")
    qtbot.waitUntil(lambda: win.team.indicator.text().endswith(" · 1 change waiting"))
    win.search.clear()

    qtbot.mouseClick(win.team.indicator, Qt.MouseButton.LeftButton)  # sync now
    assert win.team.indicator.text() == "syncing…"
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    assert "Scheduling suite, renewed on the train" in table_rows(win.table)
    assert "waiting" not in win.team.indicator.text()
    train.sync()
    norrskog = next(d for d in train.service.list_deals() if d.account.startswith("Norrskog"))
    assert train.service.get_deal(norrskog.id).owner == "Desk Owner"


# --- a conflict ------------------------------------------------------------------------------------


def test_a_conflict_shows_a_badge_and_a_panel_and_keep_mine_reaches_the_other_laptop(
    qtbot, team, laptops, memory_keyring
):
    desk = laptops("alice", "desk")
    install_demo(desk.service, TODAY)
    desk.sync()
    train = laptops("alice", "train")
    train.sync()
    win = window_of(qtbot, desk, team, "alice", memory_keyring)
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    win.search.setText("Brightwater")
    win.table.selectRow(0)
    deal_id = win.current_deal_id()
    name = win.deals.summary(win.deals.row_of(deal_id)).name
    step = win.service.get_deal(deal_id).steps_in_time_order()[0]

    # the desk (this window) renames the first step in the plan table, the train renames it too
    win.editor.tabs.setCurrentWidget(win.editor.plan)
    title = next(c for c in editable_cells(win.editor.plan.view, 0) if c.field == "step.title")
    change_cell(qtbot, title, TODAY, lambda _c, _e: "Signed off at the desk")
    qtbot.waitUntil(lambda: win.service.get_deal(deal_id).steps_in_time_order()[0].title == "Signed off at the desk")

    def on_the_train(deal):
        next(s for s in deal.steps if s.id == step.id).title = "Signed off on the train"

    train.edit(name, "Rename step", on_the_train)
    train.sync()  # the train's value reaches the server first

    qtbot.mouseClick(win.team.indicator, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)

    # the badge in the deal list
    win.search.clear()
    index = win.deals.index(win.deals.row_of(deal_id), 0)
    qtbot.waitUntil(lambda: index.data(Qt.ItemDataRole.DecorationRole) is not None)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Conflicts with the team: 1 (open the deal to decide)"
    other = win.deals.index(_deal_row(win, next(d.name for d in desk.service.list_deals() if d.id != deal_id)), 0)
    assert other.data(Qt.ItemDataRole.DecorationRole) is None

    # the panel in the editor: mine and theirs, who and when
    win.select_deal(deal_id)
    panel = win.editor.conflict_panel
    assert panel.isVisible()
    assert "Conflicts with the team: 1" in panel.title.text()
    [mine] = [w for w in panel.findChildren(type(panel.title), "conflictMine")]
    [theirs] = [w for w in panel.findChildren(type(panel.title), "conflictTheirs")]
    login = team.names["alice"]
    assert "Signed off at the desk" in mine.text() and login in mine.text()
    assert "Signed off on the train" in theirs.text() and login in theirs.text()
    assert "2026-11-23" in mine.text()  # when, in the user's date form (here: ISO)
    assert win.service.get_deal(deal_id).steps_in_time_order()[0].title == "Signed off on the train"

    # one click keeps mine: the panel and the badge go, the value is back, the next sync sends it
    qtbot.mouseClick(panel.findChild(type(panel.buttons[next(iter(panel.buttons))]), "keepMine"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert not panel.isVisible()
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    assert win.service.get_deal(deal_id).steps_in_time_order()[0].title == "Signed off at the desk"
    qtbot.waitUntil(lambda: synced(win) and "waiting" not in win.team.indicator.text(), timeout=WAIT)
    train.sync()
    assert train.deal(name).steps_in_time_order()[0].title == "Signed off at the desk"

    # the history says who decided what
    win.editor.tabs.setCurrentWidget(win.editor.history)
    assert "Decide a conflict: keep mine; Set title of step “Signed off at the desk” (conflict decided)" in (
        table_rows(win.editor.history.view, 2)
    )


# --- a manager's window -------------------------------------------------------------------------


def test_a_managers_window_shows_the_read_only_banner_and_refuses_an_edit(qtbot, team, laptops, memory_keyring):
    alice = laptops("alice")
    install_demo(alice.service, TODAY)
    alice.sync()
    mia = laptops("mia")
    mia.sync()  # every deal of the team, read only
    win = window_of(qtbot, mia, team, "mia", memory_keyring)
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    win.search.setText("Brightwater")
    win.table.selectRow(0)
    deal_id = win.current_deal_id()
    owner = team.names["alice"]

    bar = win.editor.read_only_bar
    assert bar.isVisible()
    assert f"{owner}'s deal — read only (team server)" in bar.text.text()
    win.editor.tabs.setCurrentWidget(win.editor.overview)
    assert win.editor.overview.owner.isReadOnly()  # the editing controls are locked
    assert not win.editor.plan.actions_["add"].isEnabled()

    win.delete_deal_action.trigger()  # an edit the controls do not stop: the runner refuses it
    assert win.editor.message.text() == (
        f"Not saved: This deal is {owner}'s on the team server: you can read it, not change it."
    )
    assert win.service.get_deal(deal_id) is not None
    assert win.current_deal_id() == deal_id

    # alice changes a step; after the manager's next sync the history shows who did it
    name = win.deals.summary(win.deals.row_of(deal_id)).name
    alice.edit(name, "Rename step", lambda d: setattr(d.steps_in_time_order()[0], "title", "Board pack sent"))
    alice.sync()
    qtbot.mouseClick(win.team.indicator, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    assert win.editor.read_only_bar.isVisible()
    win.editor.tabs.setCurrentWidget(win.editor.history)
    history = win.editor.history.view
    row = table_rows(history, 3).index("title of step “Board pack sent”")
    assert history.model().index(row, 1).data() == owner
    assert history.model().index(row, 2).data() == "Set title of step “Board pack sent” (team server)"


def test_an_editable_deal_has_no_banner_and_its_controls_are_not_locked(qtbot, demo_service):
    win = shown_window(qtbot, demo_service, TODAY)
    assert not win.editor.read_only_bar.isVisible() and not win.editor.conflict_panel.isVisible()
    assert not win.editor.overview.owner.isReadOnly()
    assert win.team.indicator.text() == "not connected"
    assert win.controller.apply(win.current_deal_id(), "Owner", E.set_deal(NOW, owner="Solo")) is not None
    assert win.team.indicator.text() == "not connected"  # no outbox without a server


def test_an_unreachable_server_is_offline_the_window_keeps_working_and_closing_waits_briefly(
    qtbot, team, laptops, memory_keyring
):
    import time

    desk = laptops("alice", "desk")
    install_demo(desk.service, TODAY)
    desk.sync()
    win = window_of(qtbot, desk, team, "alice", memory_keyring)
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    win.team.connect_to(f"postgresql://{team.names['alice']}@127.0.0.1:1/{team.dbname}")  # nothing listens there
    qtbot.waitUntil(lambda: not win.team.running, timeout=WAIT)
    assert win.team.indicator.text() == "offline"
    assert "Nothing answers at" in win.team.indicator.toolTip()  # said in the UI language
    assert win.statusBar().currentMessage().startswith("Offline: Nothing answers at")
    assert win.team.timer.isActive() and win.team.timer.interval() == win.team.RETRY_MS  # tried again soon
    assert win.controller.apply(win.current_deal_id(), "Owner", E.set_deal(NOW, owner="Offline")) is not None
    assert win.team.indicator.text() == "offline · 1 change waiting"  # kept for the next sync
    from closeplan.ui import i18n

    i18n.set_language("sv")  # the reason follows the language it is read in, not the sync's
    try:
        QApplication.processEvents()
        assert "Nothing answers at" not in win.team.indicator.toolTip()
    finally:
        i18n.set_language("en")
        QApplication.processEvents()
    assert "Nothing answers at" in win.team.indicator.toolTip()
    # back on the real server: the "offline" said before goes with the next good sync
    win.team.connect_to(team.url("alice"))
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    assert not win.statusBar().currentMessage().startswith("Offline")
    started = time.monotonic()
    win.close()  # the closing sync fails at once here; however long it takes, it is bounded
    assert time.monotonic() - started < win.team.CLOSING_WAIT_S + 1
    assert desk.service.count() == 4


def test_disconnecting_forgets_the_server_and_the_teams_rights(qtbot, team, laptops, memory_keyring):
    alice = laptops("alice")
    install_demo(alice.service, TODAY)
    alice.sync()
    mia = laptops("mia")
    mia.sync()
    win = window_of(qtbot, mia, team, "mia", memory_keyring)
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    assert win.editor.read_only_bar.isVisible()
    win.team.confirm_disconnect = lambda waiting: True  # the user's answer to "Stop syncing …?"
    win.team.disconnect_action.trigger()
    assert win.team.indicator.text() == "not connected"
    assert not win.editor.read_only_bar.isVisible()
    assert memory_keyring.passwords == {}  # the password is forgotten too
    assert win.controller.apply(win.current_deal_id(), "Owner", E.set_deal(NOW, owner="Mia")) is not None


def test_an_edit_of_a_step_deleted_elsewhere_is_a_conflict_keep_mine_brings_it_back(
    qtbot, team, laptops, memory_keyring
):
    from closeplan.domain.edits import delete_step

    desk = laptops("alice", "desk")
    install_demo(desk.service, TODAY)
    desk.sync()
    train = laptops("alice", "train")
    train.sync()
    win = window_of(qtbot, train, team, "alice", memory_keyring)
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    win.search.setText("Brightwater")
    win.table.selectRow(0)
    deal_id = win.current_deal_id()
    name = win.deals.summary(win.deals.row_of(deal_id)).name
    step = win.service.get_deal(deal_id).steps_in_time_order()[2]
    desk.edit(name, "Delete step", delete_step(step.id))
    desk.sync()

    def rename(deal):
        next(s for s in deal.steps if s.id == step.id).title = "Edited while it was deleted"

    assert win.controller.apply(deal_id, "Rename step", rename) is not None
    qtbot.mouseClick(win.team.indicator, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    panel = win.editor.conflict_panel
    assert panel.isVisible()
    [theirs] = panel.findChildren(type(panel.title), "conflictTheirs")
    assert "deleted" in theirs.text()
    [(keep_mine, keep_theirs)] = [
        (panel.buttons[(c.id, "mine")], panel.buttons[(c.id, "theirs")]) for c in panel.conflicts
    ]
    assert keep_mine.isEnabled() and keep_theirs.isEnabled()
    qtbot.mouseClick(keep_mine, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    back = {s.id: s for s in win.service.get_deal(deal_id).steps}
    assert back[step.id].title == "Edited while it was deleted"  # brought back, with this laptop's change
    from closeplan.services.sync_status import status

    # the decision is sent with the next sync, which follows by itself
    qtbot.waitUntil(lambda: synced(win) and status(win.service).waiting == 0, timeout=WAIT)
    desk.sync()
    assert next(s for s in desk.deal(name).steps if s.id == step.id).title == "Edited while it was deleted"


def test_a_deal_mended_after_the_teams_changes_is_said_in_the_window(qtbot, team, laptops, memory_keyring):
    """A dependency on a step deleted on another laptop: the window's sync mends the deal (a
    pull no longer fails on it) and says so in the status bar; the mending is in the History."""
    from closeplan.domain.edits import delete_step, set_step

    desk = laptops("alice", "desk")
    install_demo(desk.service, TODAY)
    desk.sync()
    train = laptops("alice", "train")
    train.sync()
    name = next(d.name for d in desk.service.list_deals() if d.account.startswith("Brightwater"))
    steps = desk.deal(name).steps
    gone = steps[1]  # an early step: a later one may wait for it without a cycle
    dependent = next(s for s in reversed(steps) if s.id != gone.id and gone.id not in s.depends_on)
    win = window_of(qtbot, desk, team, "alice", memory_keyring)
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    train.edit(name, "Delete step", delete_step(gone.id))
    train.sync()
    desk.edit(name, "Depend", set_step(dependent.id, depends_on=[*dependent.depends_on, gone.id]))
    # sync now: the desk's edit goes up, the deletion comes down, and the deal is mended here
    qtbot.mouseClick(win.team.indicator, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    assert "Synced: 1 deal mended" in win.statusBar().currentMessage()
    kept = desk.deal(name)
    assert gone.id not in {s.id for s in kept.steps}
    assert all(gone.id not in s.depends_on for s in kept.steps)
    assert any(a.source == "mend" for a in desk.service.history(kept.id))
    train.sync()  # the mending went up: the train takes the same plan
    assert train.state() == desk.state()


def test_a_failure_is_a_sentence_in_every_script():
    from closeplan.ui.team_dialog import sentence

    assert sentence("cannot connect to the server: refused") == "Cannot connect to the server: refused."
    assert sentence("kenji@127.0.0.1:55432/closeplan から応答がありません。") == (
        "kenji@127.0.0.1:55432/closeplan から応答がありません。"
    )  # no capital for a login, no "." after "。"
    assert sentence("Done!") == "Done!"


@pytest.mark.parametrize(("count", "wanted"), [(1, "1 ändring har inte skickats än"), (3, "3 ändringar har inte")])
def test_a_count_is_said_in_its_number_not_as_changes_in_brackets(qtbot, demo_service, monkeypatch, count, wanted):
    """The disconnect question said "1 ändring(ar) har inte skickats än" (found by trying the app
    in Swedish): each count has its singular and its plural."""
    from closeplan.ui import i18n

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text: asked.append(text))
    i18n.set_language("sv")
    try:
        win = shown_window(qtbot, demo_service, TODAY)
        win.team.confirm_disconnect(count)
    finally:
        i18n.set_language("en")
    [text] = asked
    assert wanted in text and "(ar)" not in text
