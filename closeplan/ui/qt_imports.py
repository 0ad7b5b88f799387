"""PySide6 looks at the source of every module imported after it, for ``from __feature__
import …`` (its opt-in snake_case and true_property APIs): it reads each file through
``inspect.getsource``, some 0.1 ms a module — 20 ms or more of closeplan's start-up, for
hundreds of modules that never use those features. closeplan never selects a feature, so
the scan is skipped: a module is taken not to use them, which is what selecting none means.

Only PySide6's own helper module is changed, and only if it is as expected; otherwise
nothing is done (the scan then simply runs, as before).
"""

from __future__ import annotations

import sys


def skip_feature_scan() -> bool:
    """True when PySide6's scan of imported modules was turned off."""
    import PySide6.QtCore  # noqa: F401 (loads shiboken's support modules)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _never)  # noqa: B010 (a module of PySide's own)
    return True


def _never(module) -> bool:
    return False
