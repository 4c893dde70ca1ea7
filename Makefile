# Feder: `make run` opens the editor on the sample article, `make test` runs the tests.
# Both install what is missing first (system packages, .venv, compiled translations).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMPS := .make-stamps
SAMPLE := resources/sample/marktgeschehen.md
TS     := $(sort $(wildcard translations/*.ts) translations/feder_de.ts)
QM     := $(TS:.ts=.qm)

export QTWEBENGINE_DISABLE_SANDBOX := $(if $(filter 0,$(shell id -u)),1,$(QTWEBENGINE_DISABLE_SANDBOX))

.PHONY: run test lint deps system-deps translations bench lupdate install-desktop uninstall-desktop clean

run: deps
	$(BIN)/feder $(SAMPLE)

test: deps
	$(BIN)/ruff check editor tests benchmarks
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: deps
	$(BIN)/ruff check editor tests benchmarks
	$(BIN)/lint-imports

deps: system-deps $(STAMPS)/venv translations

system-deps:
	@sh scripts/system-deps.sh

$(STAMPS)/venv: pyproject.toml
	@mkdir -p $(STAMPS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

translations: $(QM)

translations/%.qm: translations/%.ts $(STAMPS)/venv
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources (then translate with pyside6-linguist).
lupdate: $(STAMPS)/venv
	$(BIN)/pyside6-lupdate -no-obsolete $$(find editor -name '*.py' | sort) -ts $(TS)

bench: bench-run

clean:
	rm -rf $(STAMPS) build dist translations/*.qm

# Feature-specific targets (desktop integration, benchmarks) live beside this file.
-include mk/*.mk
