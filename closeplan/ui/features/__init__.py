"""The main window's features. Each is a small QObject the window creates with ``(window)``;
it owns its actions (object names, shortcuts, texts in ``retranslate_ui``) and what they do,
the way each of Frescobaldi's plugins carries its action collection. The window lays the
actions out in its menus and toolbar by object name and keeps the deal list and the editor.

- ``deals``: a new deal (the wizard) and deleting one
- ``bundles``: importing bundles (menu, drag & drop) and exporting a deal as a bundle
- ``crm``: importing from a CRM export
- ``documents``: the customer's plan and the internal review as PDF, calendar, spreadsheet
- ``backups``: the backup keeper, the backup list and restoring one
- ``review``: the manager's late-stage review window
- ``templates``: saving a plan as a template
- ``preferences``: the preferences dialog
- ``undo``: Undo and Redo, named after what they undo
- ``editor``: the editor's tabs (Alt+1…), the account calendar and the plan tab's actions
- ``unsaved``: edits the database refused, written to files elsewhere
- ``demo``: opening the demo database in place of the current one
- ``team``: the team server — connecting, the sync in the background, its status-bar indicator,
  the conflicts' badges and panel
- ``menus``: where all these actions appear in the menus and the toolbar

Like the window, these modules import at load time only Qt and the UI's small helpers; the
services and dialogs they use are imported where they are first needed (start-up speed).
"""

from closeplan.ui.features import menus
from closeplan.ui.features.backups import Backups
from closeplan.ui.features.base import Feature, present
from closeplan.ui.features.bundles import Bundles
from closeplan.ui.features.crm import CrmImport
from closeplan.ui.features.deals import DealCommands
from closeplan.ui.features.demo import Demo
from closeplan.ui.features.documents import Documents
from closeplan.ui.features.editor import EditorCommands
from closeplan.ui.features.preferences import Preferences
from closeplan.ui.features.review import Review
from closeplan.ui.features.team import TeamSync
from closeplan.ui.features.templates import Templates
from closeplan.ui.features.undo import UndoRedo
from closeplan.ui.features.unsaved import UnsavedEdits

__all__ = [
    "Backups",
    "Bundles",
    "CrmImport",
    "DealCommands",
    "Demo",
    "Documents",
    "EditorCommands",
    "Feature",
    "Preferences",
    "Review",
    "TeamSync",
    "Templates",
    "UndoRedo",
    "UnsavedEdits",
    "menus",
    "present",
]
