"""A refused value's problem in the UI's language (closeplan/ui/problems.py): every code the
domain and the bundle reader give has its words, with no placeholder the code's args lack; the
editor and the import dialog say a refusal in Japanese, with none of the English message."""

from __future__ import annotations

import ast
import json
import re
import string
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from closeplan.domain.validation import FieldError, Problem, ValidationError, validate_amount, validate_rrule
from closeplan.ui import i18n
from closeplan.ui.plan_model import TITLE
from closeplan.ui.problems import PROBLEMS, WORDS, problem_text
from tests.conftest import TODAY
from tests.qt_helpers import shown_window

ROOT = Path(__file__).resolve().parent.parent
# every module that builds FieldErrors for the UI to show (the services' own are the CLI's)
MODULES = ("closeplan/domain/validation.py", "closeplan/domain/templates.py", "closeplan/domain/edits.py")
MODULES += ("closeplan/export/bundle.py",)
_PASSED_ON = "passed on"  # FieldError(..., e.code, e.args): another error's code and args


def _constants(node: ast.AST, names: dict[str, set[str]]) -> set[str]:
    """The code strings ``node`` can be: a literal, either side of ``a if c else b``, a name."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _constants(node.body, names) | _constants(node.orelse, names)
    if isinstance(node, ast.Name):
        return names.get(node.id, set())
    return {_PASSED_ON} if isinstance(node, ast.Attribute) else set()


def _uses() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Each code with the arg names of each place that gives it: FieldError(field, message,
    code, {args}) and Problem(message, code, **args) calls in MODULES."""
    uses: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for module in MODULES:
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        names: dict[str, set[str]] = {}
        for node in ast.walk(tree):  # (code = "version-newer" ... FieldError(..., code, ...))
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                value = node.value
                if isinstance(value, ast.Constant) and isinstance(value.value, str) and "-" in value.value:
                    names.setdefault(node.targets[0].id, set()).add(value.value)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            where = f"{module}:{node.lineno}"
            if node.func.id == "FieldError":
                assert len(node.args) >= 3, f"{where}: a FieldError without a code"
                codes = _constants(node.args[2], names)
                if len(node.args) > 3 and isinstance(node.args[3], ast.Dict):
                    keys = frozenset(k.value for k in node.args[3].keys if isinstance(k, ast.Constant))
                else:
                    keys = frozenset()
            elif node.func.id == "Problem":
                assert len(node.args) >= 2, f"{where}: a Problem without a code"
                codes = _constants(node.args[1], names)
                keys = frozenset(k.arg for k in node.keywords if k.arg)
            else:
                continue
            assert codes, f"{where}: the code is not a string this test can read"
            for code in codes - {_PASSED_ON}:
                uses.setdefault(code, []).append((where, keys))
    return uses


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_code_has_words_that_fit_its_args():
    uses = _uses()
    assert len(uses) > 100  # (the scan found the calls)
    for code, places in uses.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code), code
        assert code in PROBLEMS, f"{code} ({places[0][0]}) has no words in closeplan/ui/problems.py"
        wanted = _placeholders(PROBLEMS[code])
        for where, keys in places:
            assert wanted <= keys, f"{where}: {code} says {wanted - keys} without that arg"
    assert not set(PROBLEMS) - set(uses), "words for codes nothing gives"


def test_helpers_give_their_code_and_the_english_message_stays():
    problem = validate_rrule("FREQ=HOURLY")
    assert isinstance(problem, Problem) and problem.code == "rule-too-fine"
    assert problem.startswith("meetings repeat at most daily: 'FREQ=HOURLY' repeats every hour")
    problem = validate_amount(Decimal("1.5"), "JPY")
    assert problem == "JPY has no minor unit; 1.5 has more" and problem.code == "currency-no-minor-unit"
    error = FieldError.of("amount", problem)
    assert (error.code, error.args) == ("currency-no-minor-unit", {"currency": "JPY", "amount": "1.5"})
    assert str(error) == "amount: JPY has no minor unit; 1.5 has more" and type(error.message) is str
    assert error == FieldError("amount", "JPY has no minor unit; 1.5 has more")  # (code and args: not compared)
    assert hash(error) == hash(FieldError("amount", "JPY has no minor unit; 1.5 has more"))


@pytest.fixture
def language(qapp):
    yield lambda code: (i18n.set_language(code), QCoreApplication.processEvents())
    i18n.set_language("en")
    QLocale.setDefault(QLocale.c())
    QCoreApplication.processEvents()


@pytest.mark.parametrize("code", ["ja", "ko", "sv"])
def test_every_problem_and_word_is_translated(language, code):
    language(code)
    for template in [*PROBLEMS.values(), *(w for words in WORDS.values() for w in words.values())]:
        words = QCoreApplication.translate("Problems", template)
        assert words != template or template in {"null", "true/false", "text"}, (code, template)
        assert _placeholders(words) == _placeholders(template), (code, template, words)


def test_problem_text_words_the_args_and_falls_back_to_english(language):
    error = FieldError(
        "steps", "has 501 steps; at most 500 are kept", "too-many", {"count": 4000, "limit": 500, "what": "steps"}
    )
    assert problem_text(error) == error.message  # English: the message itself
    language("ja")
    many = QLocale().toString(4000)  # (the locale's grouping: 4,000 for ja_JP; the tests' C locale has none)
    assert problem_text(error) == f"タスクが{many}件あります。保存できるのは500件までです"
    assert problem_text(FieldError("x", "something new")) == "something new"  # no code
    assert problem_text(FieldError("x", "odd", "no-such-code")) == "odd"
    assert problem_text(FieldError("x", "lacks its args", "too-many")) == "lacks its args"
    language("sv")
    assert problem_text(error) == f"har {QLocale().toString(4000)} steg; högst 500 sparas"


# --- through the real widgets ---------------------------------------------------------------

_ENGLISH = re.compile(r"[A-Za-z]{3,}")


def test_the_editor_says_a_refused_title_in_japanese(qtbot, demo_service, stored, language):
    language("ja")
    QSettings().remove("plan/hiddenColumns")
    window = shown_window(qtbot, demo_service, TODAY, size=(1366, 768))
    window.search.setText("Brightwater")
    window.table.selectRow(0)
    window.editor.tabs.setCurrentWidget(window.editor.plan)
    plan = window.editor.plan
    view, model = plan.view, plan.model
    deal_id = window.current_deal_id()
    row = plan.proxy.mapToSource(view.model().index(1, 0)).row()
    step = model.step(row)
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, model.column_of(TITLE)))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() not in (None, view))
    editor = QApplication.focusWidget()
    editor.setText("   ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.message.text() != "")
    shown = window.editor.message.text()
    assert shown.endswith("件名: タスクの件名を入力してください"), shown
    assert not _ENGLISH.search(shown.replace(step.title, "")), shown  # (the step's own title aside: all Japanese)
    assert next(s for s in stored.get_deal(deal_id).steps if s.id == step.id).title == step.title


def test_the_import_dialog_says_a_bundle_problem_in_japanese(qtbot, demo_service, tmp_path, language):
    from closeplan.export import bundle
    from closeplan.ui.importing import ImportResultDialog, import_paths

    deal = demo_service.list_deals()[0]
    raw = json.loads(bundle.dumps(demo_service.get_deal(deal.id), datetime.now(UTC)))
    raw["deal"]["steps"][0]["due_date"] = "next friday"
    path = tmp_path / ("broken" + bundle.SUFFIX)
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    report, failure = import_paths(demo_service, [path])
    assert report is None and failure is not None
    language("ja")
    dialog = ImportResultDialog(None, failure)
    qtbot.addWidget(dialog)
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("YYYY-MM-DD 形式の日付である必要があります('next friday' ではありません)" in line for line in lines), (
        lines
    )
    assert not any("must be a date" in line for line in lines), lines


def test_a_validation_error_keeps_its_english_for_the_cli():
    error = ValidationError([FieldError("steps[0].title", "a step needs a title", "step-title-missing")], "plan.json")
    assert str(error) == "plan.json: steps[0].title: a step needs a title"
