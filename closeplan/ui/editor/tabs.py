"""The deal editor's tabs, in order (the main window's Alt+1… shortcuts follow it)."""

from closeplan.ui.i18n import QT_TRANSLATE_NOOP

TABS = (
    ("overview", QT_TRANSLATE_NOOP("DealEditor", "Overview")),
    ("plan", QT_TRANSLATE_NOOP("DealEditor", "Plan")),
    ("timeline", QT_TRANSLATE_NOOP("DealEditor", "Timeline")),
    ("approval", QT_TRANSLATE_NOOP("DealEditor", "Approval path")),
    ("route", QT_TRANSLATE_NOOP("DealEditor", "Approval route")),
    ("stakeholders", QT_TRANSLATE_NOOP("DealEditor", "Stakeholders")),
    ("risks", QT_TRANSLATE_NOOP("DealEditor", "Risks")),
    ("history", QT_TRANSLATE_NOOP("DealEditor", "History")),
)
