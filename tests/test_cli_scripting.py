"""The command line as a script uses it: help, usage errors, `-`, JSON, full disks, closed pipes."""

from __future__ import annotations

import json
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import editor.commands
from editor import cli
from editor.cli import run_command
from tests.cli_helpers import run_feder, write_clean_article
from tests.test_core_checks import CLEAN

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "marktgeschehen.md"
#: A Python name that is not a word of a message: `_positive`, `check_file`, `ValueError`.
INTERNAL_NAME = re.compile(r"\b_[a-z]\w*|\b[a-z]+_[a-z_]+\(|\b[A-Z][a-z]+Error\b|Traceback")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return write_clean_article(tmp_path)


feder = run_feder


# --- help ----------------------------------------------------------------------------------


def test_help_lists_every_sub_command_with_one_line() -> None:
    run = feder("--help")
    assert run.returncode == 0, run.stderr
    out = run.stdout.decode("utf-8")
    modules = [m.name for m in pkgutil.iter_modules(editor.commands.__path__) if not m.name.startswith("_")]
    assert {"check", "export"} <= set(modules)
    for name in modules:
        line = next((line for line in out.splitlines() if line.split()[:1] == [name]), None)
        assert line is not None, f"{name} missing from feder --help"
        assert len(line.split()) > 2, f"{name} has no one-line summary"


def test_a_new_command_module_appears_in_help_without_touching_the_cli(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "hello.py").write_text(
        "def register(subparsers, tr):\n"
        "    p = subparsers.add_parser('hello', help='say hello to the world')\n"
        "    p.set_defaults(func=lambda args: print('hello') or 0)\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(editor.commands, "__path__", [*editor.commands.__path__, str(tmp_path)])
    monkeypatch.setattr(cli, "COMMANDS", cli._command_modules())
    monkeypatch.delitem(sys.modules, "editor.commands.hello", raising=False)
    assert "hello" in cli.COMMANDS and cli.is_command(["hello"])
    assert ("hello", "say hello to the world") in cli.command_summaries()
    assert "say hello to the world" in cli._commands_epilog()


# --- usage errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("export", "{a}", "--to", "pdf"),
        ("export", "{a}", "--images", "bogus"),
        ("export", "{a}", "--images"),
        ("export",),
        ("check",),
        ("check", "--format", "xml", "{a}"),
        ("check", "--headline-limit", "abc", "{a}"),
        ("check", "--headline-limit", "0", "{a}"),
        ("check", "--teaser-limit", "1.5", "{a}"),
        ("check", "--bogus", "{a}"),
    ],
)
def test_usage_errors_exit_2_without_internal_names(article: Path, args: tuple[str, ...], capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run_command([a.format(a=article) for a in args])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: feder")
    assert not INTERNAL_NAME.search(err), err


# --- text and JSON output ------------------------------------------------------------------

PROBLEMS = CLEAN.replace("Die Leute", "Die die Leute").replace(
    "Mehr steht auf [der Seite](https://example.com/markt).", "Mehr steht auf [der Seite](https://)."
)


def test_text_output_is_file_line_column_message(article: Path, capsys) -> None:
    article.write_text(PROBLEMS, encoding="utf-8")
    assert run_command(["check", "--no-spelling", str(article)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{article}:11:36: Doubled word: „Die die“",
        f"{article}:21:38: Link without an address: „der Seite“ points to „https://“.",
    ]


def test_json_output_is_one_object_per_finding(article: Path, capsys) -> None:
    article.write_text(PROBLEMS.replace("title: Der Markt am Samstag\n", "").replace("date", "x"), encoding="utf-8")
    assert run_command(["check", "--no-spelling", "--format", "json", str(article)]) == 1
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [(r["rule"], r["line"], r["column"], r["severity"]) for r in records] == [
        ("no-headline", 1, 1, "error"),
        ("doubled-word", 10, 36, "warning"),
        ("empty-link", 20, 38, "error"),
    ]
    for record in records:
        assert set(record) >= {"file", "line", "column", "rule", "severity", "message"}
        assert record["file"] == str(article)
    assert records[1]["message"] == "Doubled word: „Die die“"
    fix = records[2]["fix"]
    assert (fix["line"], fix["column"], fix["text"]) == (20, 38, "der Seite")
    assert fix["length"] == len("[der Seite](https://)")


def test_json_output_of_a_clean_article_is_empty_with_exit_0(article: Path, capsys) -> None:
    assert run_command(["check", "--format", "json", "--no-spelling", str(article)]) == 0
    assert capsys.readouterr().out == ""


# --- standard input and output -------------------------------------------------------------


@pytest.mark.slow
def test_dash_reads_standard_input(article: Path) -> None:
    data = PROBLEMS.encode("utf-8")
    run = feder("check", "--no-spelling", "-", stdin=data, cwd=article.parent)
    assert run.returncode == 1, run.stderr
    assert run.stdout.decode("utf-8").splitlines()[0] == "-:11:36: Doubled word: „Die die“"
    # relative images count from the current folder, as for a file saved there
    assert b"bild.png" not in run.stdout
    run = feder("export", "-", "--to", "md", "-o", "-", stdin=CLEAN.encode("utf-8"), cwd=article.parent)
    assert run.returncode == 0, run.stderr
    assert run.stdout.decode("utf-8").startswith("---\ntitle: Der Markt am Samstag\n")
    run = feder("export", "-", "--to", "html", "--embed-images", stdin=CLEAN.encode("utf-8"), cwd=article.parent)
    assert run.returncode == 0, run.stderr
    assert b'src="data:image/png;base64,' in run.stdout


# --- output that cannot be written ---------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("args", [("check", "--no-spelling", SAMPLE), ("export", SAMPLE), ("--help",)])
def test_full_disk_is_one_line_not_a_traceback(args: tuple) -> None:
    with open("/dev/full", "wb") as full:
        run = feder(*args, stdout=full, stderr=subprocess.PIPE)
    err = run.stderr.decode("utf-8")
    assert "Traceback" not in err and "Exception ignored" not in err, err
    if args[0] != "--help":  # help has nothing to report but its own text
        assert run.returncode != 0
        assert err.splitlines() == ["feder: Could not write to standard output: No space left on device"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "args", [("check", "--no-spelling", SAMPLE), ("check", "--format", "json", SAMPLE), ("export", SAMPLE), ("--help",)]
)
def test_closed_standard_output_ends_quietly(args: tuple) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "editor", *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env,
    )
    process.stdout.close()  # like `| head -0`: the reader is gone before anything is written
    err = process.stderr.read().decode("utf-8")
    process.wait(timeout=120)
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert err == ""


def test_portability_findings_in_feder_check(tmp_path: Path, capsys) -> None:
    article = tmp_path / "markt.md"
    text = "---\ntitle: Markt\nteaser: Samstag.\nsite: eleventy\n---\nEs gibt:\n- Brot\n- Käse\n\nMehr auf https://example.com\n"
    article.write_text(text, encoding="utf-8")
    assert run_command(["check", "--no-spelling", "--format", "json", str(article)]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["rule"], r["line"], r["column"]) for r in records] == [
        ("portability-list-blank-line", 7, 1),
        ("portability-bare-url", 10, 10),
    ]
    assert records[0]["fix"]["label"] == "Insert a blank line before the list"
    assert records[1]["fix"]["text"] == "Mehr auf <https://example.com>"
    # the same article for a site that gets Feder's HTML: nothing to report
    article.write_text(text.replace("site: eleventy", "site: html"), encoding="utf-8")
    assert run_command(["check", "--no-spelling", str(article)]) == 0
    # and for Hugo, which links bare addresses itself, only the list
    article.write_text(text.replace("site: eleventy", "site: hugo"), encoding="utf-8")
    assert run_command(["check", "--no-spelling", str(article)]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"{article}:7:1: A list right after a paragraph line: Feder's preview shows it as part of the "
        "paragraph, a CommonMark site as a list. Insert a blank line before the list."
    )
