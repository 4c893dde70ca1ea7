"""`feder check`: one line per finding with file, line and column, exit 0 / 1 / 2."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from editor.cli import run_command
from tests.cli_helpers import run_feder, write_clean_article
from tests.test_core_checks import CLEAN

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    return write_clean_article(tmp_path)


def test_clean_article_is_ready_with_exit_0(clean: Path, capsys) -> None:
    assert run_command(["check", str(clean)]) == 0
    out = capsys.readouterr().out
    assert out == f"{clean}: Ready to publish: no problems found.\n"


def test_problems_give_one_line_each_and_exit_1(clean: Path, capsys) -> None:
    clean.write_text(CLEAN.replace("Die Leute", "Die die Leute").replace("  alt: Ein Stand mit Gemüse\n", ""), encoding="utf-8")
    assert run_command(["check", str(clean)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{clean}:5:1: The featured image has no alt text.",
        f"{clean}:10:36: Doubled word: „Die die“",
    ]


def test_limits_and_spelling_options(clean: Path, capsys) -> None:
    assert run_command(["check", "--headline-limit", "5", str(clean)]) == 1
    assert "The headline has 20 characters; the limit is 5." in capsys.readouterr().out
    clean.write_text(CLEAN.replace("Preise sind", "Prijse sind"), encoding="utf-8")
    assert run_command(["check", str(clean)]) == 1
    lines = capsys.readouterr().out.splitlines()
    prijse = [line for line in lines if "Prijse" in line]
    assert len(prijse) == 1 and prijse[0].endswith(": Misspelled: „Prijse“")
    assert run_command(["check", "--no-spelling", str(clean)]) == 0


def test_each_misspelling_on_its_own_line_with_its_column_fields_included(tmp_path: Path, capsys) -> None:
    path = tmp_path / "artikel.md"
    path.write_text(
        "---\nkicker: Wirtshaft\ntitle: Ein Titel\nteaser: Ein Anrisstext.\n---\n"
        "Am Mondtag kam die Kaztze. Die Kaztze schlief.\n",
        encoding="utf-8",
    )
    run_command(["check", str(path)])
    lines = [line for line in capsys.readouterr().out.splitlines() if "Misspelled" in line or "typo" in line]
    assert lines == [
        f"{path}:2:9: Misspelled: „Wirtshaft“",
        f"{path}:6:4: Probable typo: „Mondtag“ (meant „Montag“?)",
        f"{path}:6:20: Misspelled: „Kaztze“",
        f"{path}:6:32: Misspelled: „Kaztze“",
    ]


def test_missing_file_is_an_error_with_exit_2(tmp_path: Path, capsys) -> None:
    assert run_command(["check", str(tmp_path / "fehlt.md")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("feder: ") and "fehlt.md does not exist." in captured.err


def test_worst_status_wins_over_several_files(clean: Path, tmp_path: Path, capsys) -> None:
    assert run_command(["check", str(clean), str(tmp_path / "fehlt.md")]) == 2
    assert "Ready" in capsys.readouterr().out


def test_bad_option_is_a_usage_error(clean: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run_command(["check", "--headline-limit", "0", str(clean)])
    assert exit_info.value.code == 2


@pytest.mark.slow
def test_exit_codes_of_the_real_command(clean: Path, tmp_path: Path) -> None:
    def feder(*args: str) -> subprocess.CompletedProcess[str]:
        return run_feder("check", *args, language="", text=True)

    ready = feder(str(clean))
    assert ready.returncode == 0, ready.stderr
    assert "Ready to publish" in ready.stdout
    broken = tmp_path / "kaputt.md"
    broken.write_text("---\ntitle: x\n---\n## Leer\n", encoding="utf-8")
    problems = feder("--no-spelling", str(broken))
    assert problems.returncode == 1
    assert f"{broken}:4:1: Empty section: „Leer“ has no text." in problems.stdout.splitlines()
    assert feder(str(tmp_path / "fehlt.md")).returncode == 2
