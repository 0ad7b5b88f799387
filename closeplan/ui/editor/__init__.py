"""The deal editor and its tabs."""

from closeplan.ui.editor.editor import DealEditor

__all__ = ["DealEditor"]
