# Set-up is two commands: `make run` (the app on demo data) and `make test` (the whole suite).
# Both create a local virtual environment in .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# The UI translations: .ts sources are committed, .qm files are compiled here (pyside6-lrelease).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test test-dateutil4 test-bundle bundle icons lint clean translations update-translations
PACKAGING := $(VENV)/.packaging

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(PACKAGING): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,packaging]'
	touch $(PACKAGING)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# after changing UI strings: add them to every .ts, then translate the new entries
update-translations: $(STAMP)
	$(BIN)/python tools/translations.py update

run: $(STAMP) $(QM)
	$(BIN)/closeplan --demo

test: $(STAMP) $(QM)
	$(BIN)/python -m pytest

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

lint: $(STAMP)
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis .import_linter_cache $(QM)
