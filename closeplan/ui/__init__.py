"""The desktop app. The only package that imports PySide6."""

from closeplan.ui import none_guard, qt_imports

none_guard.install()
qt_imports.skip_feature_scan()
