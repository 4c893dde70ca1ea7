"""SIGKILL at random moments never tears a file or loses autosaved text (small run of
benchmarks/kill_test.py; the benchmark itself does 200 kills)."""

from __future__ import annotations

import pytest

from benchmarks import kill_test

pytestmark = pytest.mark.slow


def test_random_sigkills_leave_complete_files_and_all_autosaved_text() -> None:
    result = kill_test.run(15, seed=7, max_delay=0.25)
    assert result.problems == []
    assert result.summary() == "15 kills, 0 torn files, 0 lost autosaved characters"
    # the kills really came in the middle of the work, not before or after it
    assert result.saves > 0 and result.autosaves > 15 and result.restores > 0


def test_the_check_catches_files_written_in_place() -> None:
    """Negative control: with plain open("wb") writes the same run finds damage."""
    result = kill_test.run(8, seed=7, max_delay=0.25, naive_writes=True)
    assert result.torn + result.lost > 0


def test_random_sigkills_of_the_real_window() -> None:
    """The same through MainWindow offscreen: keys into its editor, its own save and autosave."""
    # a loaded machine types slowly: allow enough time after "ready" for a save or autosave
    result = kill_test.run(3, seed=11, max_delay=3.0, window=True)
    assert result.problems == []
    assert result.summary() == "3 kills, 0 torn files, 0 lost autosaved characters"
    assert result.saves + result.autosaves > 0
