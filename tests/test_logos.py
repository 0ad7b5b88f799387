"""The companies' logos on the customer PDF's cover, chosen as a user does: the vendor's in the
Preferences, the customer's in the export dialog (remembered per account), through Qt's own
file dialog driven with the mouse and keyboard; a file that is no logo is refused with a message
and changes nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit

from closeplan.services.exports import LOGO_LIMIT
from closeplan.services.paths import data_dir
from closeplan.ui.preferences import (
    CUSTOMER_LOGO_GROUP,
    LOGO_FOLDER_SETTING,
    VENDOR_LOGO_SETTING,
    LogoChooser,
    account_key,
    customer_logo,
    vendor_logo,
)
from tests.conftest import TODAY
from tests.qt_helpers import shown_window

VENDOR_SIZE, CUSTOMER_SIZE = (120, 40), (90, 90)


def _image(size: tuple[int, int], colour: tuple[int, int, int], kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, kind)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def no_logos():
    settings = QSettings()
    keys = (VENDOR_LOGO_SETTING, CUSTOMER_LOGO_GROUP, LOGO_FOLDER_SETTING)
    for key in keys:
        settings.remove(key)
    yield
    for key in keys:
        settings.remove(key)


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    made = {
        "vendor": _image(VENDOR_SIZE, (31, 58, 95)),
        "customer": _image(CUSTOMER_SIZE, (122, 46, 14), "JPEG"),
        "other": _image((60, 30), (10, 120, 40)),
    }
    paths = {}
    for name, data in made.items():
        path = tmp_path / "pictures" / f"{name}.{'jpg' if name == 'customer' else 'png'}"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        paths[name] = path
    text = tmp_path / "pictures" / "notes.png"
    text.write_text("This is a text file, not a picture.\n", encoding="utf-8")
    paths["text"] = text
    huge = tmp_path / "pictures" / "poster.png"
    huge.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(LOGO_LIMIT + 1024))
    paths["huge"] = huge
    banner = tmp_path / "pictures" / "banner.png"  # a small file, but 9000 pixels wide
    banner.write_bytes(_image((9000, 4), (0, 0, 0)))
    paths["banner"] = banner
    square = tmp_path / "pictures" / "square.png"  # so large that Qt will not decode it at all
    square.write_bytes(_image((9000, 9000), (0, 0, 0)))
    paths["square"] = square
    broken = tmp_path / "pictures" / "broken.png"  # a PNG's signature and nothing after it
    broken.write_bytes(made["vendor"][:40])
    paths["broken"] = broken
    return paths


@pytest.fixture
def window(qtbot, demo_service):
    win = shown_window(qtbot, demo_service, TODAY)
    win.search.setText("Norrskog")
    win.table.selectRow(0)
    return win


def _choose(qtbot, chooser: LogoChooser, path: Path) -> None:
    """Click "Choose…", then in Qt's file dialog (opened in the file's folder, as it is once a
    logo was chosen from there) type the file's name and press Enter."""
    chooser.folder = str(path.parent)
    qtbot.mouseClick(chooser.choose_button, Qt.MouseButton.LeftButton)
    dialog = chooser.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.waitExposed(dialog)
    assert dialog.directory().absolutePath() == str(path.parent)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setFocus()
    qtbot.keyClicks(name, path.name)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(name, Qt.Key.Key_Return)


def _page_one_images(data: bytes) -> list[tuple[int, int]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sorted(tuple(int(v) for v in image["srcsize"]) for image in pdf.pages[0].images)


def _button(box: QDialogButtonBox, which: QDialogButtonBox.StandardButton):
    button = box.button(which)
    assert button is not None and button.isEnabled()
    return button


def test_both_logos_chosen_in_the_app_are_on_the_customer_pdfs_first_page(qtbot, window, files, tmp_path):
    prefs = window.open_preferences()
    qtbot.waitExposed(prefs)
    assert prefs.vendor_logo.data is None and not prefs.vendor_logo.remove_button.isEnabled()
    _choose(qtbot, prefs.vendor_logo, files["vendor"])
    assert prefs.vendor_logo.data == files["vendor"].read_bytes()
    assert not prefs.vendor_logo.thumbnail.pixmap().isNull()
    assert vendor_logo() is None  # nothing changes before OK
    qtbot.mouseClick(_button(prefs.buttons, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not prefs.isVisible()
    # a copy is kept: the logo survives the original being moved away
    kept = Path(QSettings().value(VENDOR_LOGO_SETTING))
    assert kept.parent == data_dir() / "logos" and kept.read_bytes() == files["vendor"].read_bytes()
    files["vendor"].rename(tmp_path / "moved.png")
    assert vendor_logo() == kept.read_bytes()

    dialog = window.export_pdf("customer")
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.vendor_logo_state.text() == "Vendor logo: set in Preferences"
    assert _page_one_images(dialog.data) == [VENDOR_SIZE]
    _choose(qtbot, dialog.customer_logo, files["customer"])
    assert sorted(_page_one_images(dialog.data)) == sorted([VENDOR_SIZE, CUSTOMER_SIZE])  # the preview has both
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()
    dialog.save(str(target))
    assert dialog.saved_to == target
    assert sorted(_page_one_images(target.read_bytes())) == sorted([VENDOR_SIZE, CUSTOMER_SIZE])


def test_the_customer_logo_is_remembered_for_its_account_only(qtbot, window, demo_service, files):
    dialog = window.export_pdf("customer")
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.customer_logo.data is None
    assert dialog.vendor_logo_state.text() == "Vendor logo: none (set it in Preferences)"
    _choose(qtbot, dialog.customer_logo, files["customer"])
    account = dialog.account
    qtbot.mouseClick(_button(dialog.buttons, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    again = window.export_pdf("customer")
    qtbot.addWidget(again)
    assert again.account == account
    assert again.customer_logo.data == files["customer"].read_bytes()  # picked once per customer
    assert _page_one_images(again.data) == [CUSTOMER_SIZE]
    assert customer_logo(f"  {account.upper()} ") == files["customer"].read_bytes()  # the same account
    again.reject()

    other = next(d for d in demo_service.list_deals() if d.account != account)
    window.search.setText(other.account)
    window.table.selectRow(0)
    elsewhere = window.export_pdf("customer")
    qtbot.addWidget(elsewhere)
    assert elsewhere.account == other.account and account_key(other.account) != account_key(account)
    assert elsewhere.customer_logo.data is None and _page_one_images(elsewhere.data) == []
    elsewhere.reject()

    # "Remove" forgets it for that account
    window.search.setText("Norrskog")
    window.table.selectRow(0)
    last = window.export_pdf("customer")
    qtbot.addWidget(last)
    qtbot.mouseClick(last.customer_logo.remove_button, Qt.MouseButton.LeftButton)
    assert last.customer_logo.data is None and _page_one_images(last.data) == []
    assert customer_logo(account) is None


@pytest.mark.parametrize("bad", ["text", "huge", "missing", "banner", "square", "broken"])
def test_a_file_that_is_no_logo_is_refused_and_the_logo_kept(qtbot, window, files, bad):
    path = files.get(bad, files["text"].with_name("gone.png"))
    prefs = window.open_preferences()
    qtbot.waitExposed(prefs)
    _choose(qtbot, prefs.vendor_logo, files["vendor"])
    if bad == "missing":
        prefs.vendor_logo.use_file(str(path))  # (the file dialog offers existing files only)
    else:
        _choose(qtbot, prefs.vendor_logo, path)
    problem = prefs.vendor_logo.problem
    assert problem.isVisible() and path.name in problem.text()
    expected = {
        "text": "not a PNG or JPEG image",
        "huge": "larger than 5 MB",
        "missing": "cannot be read",
        "banner": "9000×4 pixels",
        "square": "9000×9000 pixels",  # was "not a PNG or JPEG image"
        "broken": "not a PNG or JPEG image",
    }[bad]
    assert expected in problem.text()
    assert prefs.vendor_logo.data == files["vendor"].read_bytes()  # the one there was
    qtbot.mouseClick(_button(prefs.buttons, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert vendor_logo() == files["vendor"].read_bytes()

    dialog = window.export_pdf("customer")
    qtbot.addWidget(dialog)
    _choose(qtbot, dialog.customer_logo, files["customer"])
    before = dialog.data
    _choose(qtbot, dialog.customer_logo, files["text"])
    assert dialog.customer_logo.problem.isVisible() and "notes.png" in dialog.customer_logo.problem.text()
    assert dialog.customer_logo.data == files["customer"].read_bytes() and dialog.data == before
    assert customer_logo(dialog.account) == files["customer"].read_bytes()
    _choose(qtbot, dialog.customer_logo, files["other"])  # a good one again: the message goes
    assert not dialog.customer_logo.problem.isVisible()
    assert customer_logo(dialog.account) == files["other"].read_bytes()


def test_cancel_in_the_preferences_keeps_the_vendor_logo(qtbot, window, files):
    prefs = window.open_preferences()
    _choose(qtbot, prefs.vendor_logo, files["vendor"])
    qtbot.mouseClick(_button(prefs.buttons, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    prefs = window.open_preferences()
    assert prefs.vendor_logo.data == files["vendor"].read_bytes()
    qtbot.mouseClick(prefs.vendor_logo.remove_button, Qt.MouseButton.LeftButton)
    assert prefs.vendor_logo.data is None
    qtbot.mouseClick(_button(prefs.buttons, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert vendor_logo() == files["vendor"].read_bytes()
    prefs = window.open_preferences()
    qtbot.mouseClick(prefs.vendor_logo.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_button(prefs.buttons, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert vendor_logo() is None and not list((data_dir() / "logos").glob("vendor.*"))


def test_the_logo_rows_fit_a_laptop_screen_in_every_language(qtbot, window, files):
    from closeplan.ui import i18n

    try:
        for language in ("ja", "ko", "sv", "en"):
            i18n.set_language(language)
            dialog = window.export_pdf("customer")
            qtbot.addWidget(dialog)
            qtbot.waitExposed(dialog)
            _choose(qtbot, dialog.customer_logo, files["text"])  # the longest state: with a message
            assert dialog.width() <= 1366 and dialog.height() <= 768
            assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 768
            problem = dialog.customer_logo.problem.text()
            assert "notes.png" in problem
            assert ("not a PNG or JPEG image" in problem) == (language == "en")  # in the UI language
            dialog.reject()
    finally:
        i18n.set_language("en")
