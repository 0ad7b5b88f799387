"""Data shipped with closeplan: templates, fonts (with licences), translations, icons.

Found at runtime with ``importlib.resources.files("closeplan.resources")``.
"""
