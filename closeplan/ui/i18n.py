"""The UI language.

* Every user-visible string in ``closeplan.ui`` goes through ``translate(context, text)``
  (Qt Linguist). The sources are ``resources/translations/closeplan_<lang>.ts``; ``make``
  compiles them to ``.qm`` with pyside6-lrelease (English is the source language).
* Qt's own texts (file dialogs, Cancel/OK) come from Qt's qtbase translations.
* Words of the domain (stages, statuses, roles…) and risk-flag messages come from the
  document catalogue ``closeplan.export.doc_text``, shared with the PDFs, so a stage has the
  same name on screen and on paper.
* Switching the language installs new translators; Qt then sends LanguageChange to every
  widget, and widgets built on ``Retranslating`` set their texts again; table models listen
  to ``notifier().changed``.
"""

from __future__ import annotations

import logging
import math
import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

from closeplan.domain.basics import LANGUAGES

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "ja": "日本語", "ko": "한국어", "sv": "Svenska"}
LOCALES = {"en": "en_US", "ja": "ja_JP", "ko": "ko_KR", "sv": "sv_SE"}
PSEUDO = "pseudo"  # every string stretched by 40 %: a layout test, not a language
SETTING = "ui/language"  # "" = follow the system

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt Linguist in ``context`` and return it as it is, to translate later
    (as PySide6's own does; that one is typed as returning ``object``)."""
    return text


_current = "en"
_pseudo = False


def current() -> str:
    """The UI language now in use ("en", "ja", "ko" or "sv"; "en" for the pseudo-locale)."""
    return _current


def is_pseudo() -> bool:
    return _pseudo


def system_language() -> str:
    code = QLocale.system().name()[:2]
    return code if code in LANGUAGES else "en"


def preferred() -> str:
    """The language chosen in Preferences, or "" to follow the system."""
    value = QSettings().value(SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def translations_dir() -> Path:
    return Path(str(resources.files("closeplan.resources") / "translations"))


def qm_path(language: str) -> Path:
    return translations_dir() / f"closeplan_{language}.qm"


# --- the pseudo-locale ---------------------------------------------------------------------

_KEEP = re.compile(r"(\{[^{}]*\}|%n|%\d|<[^<>]*>|&[a-z]+;)")
_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "àéîöûÿÀÉÎÖÛŸçñšž")


def stretch(text: str) -> str:
    """A string 40 % longer, accented and bracketed, with placeholders and markup intact."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    out = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    visible = sum(len(p) for p in parts if not _KEEP.fullmatch(p))
    return f"[{out}{'~' * max(1, math.ceil(visible * 0.4) - 1)}]"


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        return stretch(source)

    def isEmpty(self) -> bool:
        return False


# --- switching ---------------------------------------------------------------------------


class LanguageNotifier(QObject):
    changed = Signal(str)


_notifier: LanguageNotifier | None = None
_installed: list[QTranslator] = []


def notifier() -> LanguageNotifier:
    global _notifier
    if _notifier is None:
        _notifier = LanguageNotifier()
    return _notifier


def _locale_for(language: str) -> QLocale:
    """Dates and numbers: the system's own conventions when they are in the chosen language
    (or the system has none, the C locale: ISO dates); otherwise the language's home country."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C or system.name()[:2] == language:
        return system
    return QLocale(LOCALES[language])


def set_language(language: str | None) -> str:
    """Use ``language`` ("" or None: the system's) for the whole UI, now. Returns the code
    in use; a language whose translation file is missing falls back to English."""
    global _current, _pseudo
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the UI language is set in a running application")
    code = language or system_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == PSEUDO:
        _installed.append(PseudoTranslator(app))
        code = "en"
    elif code != "en":
        own = QTranslator(app)
        if not own.load(str(qm_path(code))):
            log.warning("no translation for %s at %s; using English", code, qm_path(code))
            code = "en"
        else:
            qt = QTranslator(app)
            if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                _installed.append(qt)
            _installed.append(own)
    QLocale.setDefault(_locale_for(code))
    _current, _pseudo = code, language == PSEUDO
    for translator in _installed:
        app.installTranslator(translator)  # posts LanguageChange to every widget
    if not _installed:
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    notifier().changed.emit(code)
    return code


class Retranslating:
    """Mixin for widgets: ``retranslate_ui`` sets every text and runs again when the language
    changes (Qt's LanguageChange event), so open windows follow without a restart."""

    def retranslate_ui(self) -> None:  # pragma: no cover - every user overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]  # (of the widget class this is mixed into)
