# Set-up is two commands: `make run` (the app on demo data) and `make test` (the whole suite).
# Both create a local virtual environment in .venv on first use, installed from the lock, and
# first check that the system has what Qt needs (tools/system_check.py says what to install).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Every dependency (with the test and packaging extras) pinned; `make upgrade` refreshes it.
LOCK   := requirements/lock.txt
PIP_TOOLS := $(VENV)/pip-tools
COMPILE = CUSTOM_COMPILE_COMMAND="make $@" $(PIP_TOOLS)/bin/pip-compile --quiet --all-extras --strip-extras \
	--allow-unsafe --no-emit-index-url --no-emit-find-links --no-emit-trusted-host -o $(LOCK) pyproject.toml

# The UI translations: .ts sources are committed, .qm files are compiled here (pyside6-lrelease).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test test-dateutil4 test-bundle bundle icons lint clean translations update-translations \
        system-check upgrade lock
PACKAGING := $(VENV)/.packaging

$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) tools/system_check.py --venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e '.[test]'
	touch $(STAMP)

$(PACKAGING): $(STAMP)
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e '.[test,packaging]'
	touch $(PACKAGING)

# Qt's system libraries (and, for `make run`, those of this display): the missing Debian
# packages and the command that installs them, before anything starts Qt.
system-check: $(STAMP)
	@$(BIN)/python tools/system_check.py $(CHECK)

resources/translations/%.qm: resources/translations/%.ts $(STAMP) | system-check
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# after changing UI strings: add them to every .ts, then translate the new entries
update-translations: $(STAMP)
	$(BIN)/python tools/translations.py update

run: CHECK = --run
run: system-check $(QM)
	$(BIN)/closeplan --demo

test: system-check $(QM)
	$(BIN)/python -m pytest

# Refresh the lock on purpose: the newest versions pyproject.toml allows, then install them.
# `make lock` only adds what a change to pyproject.toml needs and keeps every other pin.
upgrade lock: $(STAMP)
	test -x $(PIP_TOOLS)/bin/pip-compile || { $(PYTHON) -m venv $(PIP_TOOLS) && \
		$(PIP_TOOLS)/bin/python -m pip install --quiet pip-tools; }
	$(COMPILE) $(if $(filter upgrade,$@),--upgrade)
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e '.[test]'
	touch $(STAMP)

# holidays pins python-dateutil < 3; check that our scheduling code also runs on dateutil 4.
test-dateutil4: $(STAMP)
	rm -rf $(VENV)/dateutil4 && mkdir -p $(VENV)/dateutil4
	$(BIN)/python -m pip download --quiet --no-deps --only-binary=:all: -d $(VENV)/dateutil4 'python-dateutil>=4,<5'
	cd $(VENV)/dateutil4 && $(CURDIR)/$(BIN)/python -m zipfile -e python_dateutil-*.whl .
	PYTHONPATH=$(VENV)/dateutil4 $(BIN)/python -c 'import dateutil, sys; sys.exit(0 if dateutil.__version__.startswith("4") else 1)'
	PYTHONPATH=$(VENV)/dateutil4 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_scheduling.py tests/test_calendar.py tests/test_risk.py tests/test_validation.py

# the Linux app bundle (dist/closeplan and a .tar.gz); on Windows and macOS see packaging/README.md
bundle: $(PACKAGING) $(QM)
	packaging/build-linux.sh

# build the bundle, then start it offscreen: demo database, PDF export, the window in Japanese
test-bundle: bundle
	$(BIN)/python -m pytest -m slow tests/test_packaging.py

# after changing resources/icons/closeplan.svg
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/icons.py

# ruff (lint, format, import order), mypy and the layer contracts, configured in pyproject.toml;
# .pre-commit-config.yaml runs the same before each commit (`.venv/bin/pre-commit install`)
lint: $(STAMP)
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	$(BIN)/mypy
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis .import_linter_cache .mypy_cache .ruff_cache $(QM)
