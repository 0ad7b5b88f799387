"""What the start-up check found is said in the UI language when it puts a backup back (the
store says it in English, for the log and the command line)."""

from __future__ import annotations

import pytest

from closeplan.services.deals import DealService
from closeplan.services.demo import install_demo
from closeplan.store.backups import problem_with
from closeplan.ui import i18n
from closeplan.ui.backups import DAMAGE, damage_words
from tests import damage
from tests.conftest import TODAY, fixed_clock


@pytest.fixture
def japanese(qapp):
    i18n.set_language("ja")
    yield
    i18n.set_language("en")


def _found(tmp_path, spoil) -> str:
    path = tmp_path / "closeplan.sqlite3"
    service = DealService.open(path, fixed_clock)
    install_demo(service, TODAY)
    service.close()
    spoil(path)
    found = problem_with(path, thorough=True)
    assert found is not None
    return found


@pytest.mark.parametrize(
    "spoil",
    [
        lambda path: path.write_bytes(b"not a database at all" * 200),
        damage.flip_bytes,
    ],
)
def test_each_finding_of_real_damage_is_said_in_the_ui_language(tmp_path, japanese, spoil):
    found = _found(tmp_path, spoil)
    assert any(found.startswith(start) for start, _words in DAMAGE), found
    said = damage_words(found)
    assert said != found and not said.isascii(), said


def test_every_finding_has_its_words_in_every_language(qapp):
    for language in ("ja", "ko", "sv"):
        i18n.set_language(language)
        try:
            for start, _words in DAMAGE:
                assert damage_words(start + ": detail") != start, (language, start)
        finally:
            i18n.set_language("en")
    assert damage_words("something else") == "something else"
