"""The desktop app. The only package that imports PySide6."""

from closeplan.ui import none_guard

none_guard.install()
