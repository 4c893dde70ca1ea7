# Benchmarks: Feder against ReText on long German articles (docs/performance.md).
#   make bench-run       full run (3 runs per figure, about 10 minutes)
#   make bench-quick     one run, fewer keystrokes: a smoke test of the benchmark itself
#   make bench-retext    only (re)create ReText's venv
#   make bench-spelling  spelling quality: raw hunspell vs Feder on benchmarks/spelling_corpus/
#
# ReText needs PyQt6, which must never enter Feder's venv (two Qt bindings in one
# process do not mix), so it gets its own venv under benchmarks/out/ (gitignored).
# Same Qt minor version as Feder's PySide6 (6.11), so the two compare on one Qt.
# BENCH_ARGS passes options to benchmarks/run.py, e.g. BENCH_ARGS="--runs 5".

RETEXT_VENV  := benchmarks/out/retext-venv
RETEXT_STAMP := $(RETEXT_VENV)/.installed
RETEXT_PKGS  := "retext==8.1.0" "PyQt6>=6.8,<6.12" "PyQt6-WebEngine>=6.8,<6.12" "pyenchant>=3.2"
BENCH_ARGS   ?=

.PHONY: bench-run bench-quick bench-retext bench-spelling bench-system-deps

bench-run: deps bench-system-deps $(RETEXT_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --retext-python $(RETEXT_VENV)/bin/python $(BENCH_ARGS)

bench-quick: deps bench-system-deps $(RETEXT_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --quick --retext-python $(RETEXT_VENV)/bin/python $(BENCH_ARGS)

bench-retext: $(RETEXT_STAMP)

# The start as a user sees it: the window found from outside (Xvfb comes with `deps`).
bench-system-deps:
	@sh scripts/system-deps.sh xdotool

$(RETEXT_STAMP): mk/bench.mk
	test -x $(RETEXT_VENV)/bin/python || $(PYTHON) -m venv $(RETEXT_VENV)
	$(RETEXT_VENV)/bin/python -m pip install -q --upgrade pip
	$(RETEXT_VENV)/bin/python -m pip install -q $(RETEXT_PKGS)
	@touch $@

# A table, not a timed test: false alarms per 1,000 words of correct prose, misspellings
# flagged, intended word first / in the top three (targets of issue #15).
bench-spelling: deps
	$(BIN)/python benchmarks/spelling_quality.py $(BENCH_ARGS)
