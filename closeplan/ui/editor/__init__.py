"""The deal editor and its tabs (``closeplan.ui.editor.editor.DealEditor``)."""
