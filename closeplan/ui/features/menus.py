"""Where the features' actions appear: the main window's menus and toolbar, laid out here in
one place by the actions' object names, in the order the user sees them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QToolBar

from closeplan.ui.editor.tabs import TABS as EDITOR_TABS
from closeplan.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from closeplan.ui.features.base import Feature
    from closeplan.ui.main_window import MainWindow

# (title, entries): each entry an action's object name, None a separator
MENUS = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        (
            "newDeal",
            "importBundles",
            "importCrm",
            "exportBundle",
            "saveTemplate",
            "deleteDeal",
            None,
            "exportPdf",
            "exportReview",
            "exportIcs",
            "exportSheet",
            None,
            "restoreBackup",
            "openDemo",
            None,
            "connectServer",
            "syncNow",
            "disconnectServer",
            None,
            "quit",
        ),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("undo", "redo", None, "accountCalendar", None, "preferences")),
    # the plan tab's own actions join this menu when the editor is there (features.editor)
    (QT_TRANSLATE_NOOP("MainWindow", "&Plan"), ()),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&View"),
        ("openReview", "find", "reload", None, *(f"tab{i + 1}" for i in range(len(EDITOR_TABS)))),
    ),
)
PLAN_MENU = 2
TOOLBAR = ("newDeal", "undo", "redo", "exportPdf", "importBundles", "exportBundle")


def lay_out(window: MainWindow, features: Sequence[Feature]) -> tuple[list[tuple[QMenu, str]], QToolBar]:
    """Fill the window's menu bar and add its toolbar; returns each menu with its English title
    (translated in the window's retranslate_ui) and the toolbar."""
    actions = {action.objectName(): action for feature in features for action in feature.actions}
    menus = []
    for title, names in MENUS:
        menu = window.menuBar().addMenu("")
        menus.append((menu, title))
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[name])
    toolbar = window.addToolBar("")
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    for name in TOOLBAR:
        toolbar.addAction(actions[name])
    return menus, toolbar
