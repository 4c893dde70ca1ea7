# Fault injection: kill Feder at random moments and check that nothing was lost.
.PHONY: kill-test
kill-test: deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/kill_test.py --kills 200
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/kill_test.py --kills 40 --window
