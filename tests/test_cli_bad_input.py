"""Bad input on the command line: every YAML type in every field, impossible dates, binary,
empty and huge files. `feder check` and `feder export` answer with an exit status and at most
one line on stderr; never a traceback, never the "unexpected error" of a bug."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import INTERNAL_ERROR_STATUS, run_command
from editor.core.checks.rules import run_checks
from editor.core.text.article import Article

ROOT = Path(__file__).resolve().parent.parent

#: One value of every YAML scalar and collection type, plus values that look like one and are not.
VALUES = {
    "int": "42",
    "float": "3.25",
    "inf": ".inf",
    "nan": ".nan",
    "bool": "true",
    "null": "null",
    "empty": '""',
    "date": "2026-11-20",
    "datetime": "2026-11-20T10:30:00+01:00",
    "impossible-month": "2026-13-45",
    "impossible-day": "2026-02-30",
    "list": "[eins, 2, null]",
    "map": "{a: 1, b: [x]}",
    "binary": "!!binary aGFsbG8gV2VsdA==",
    "broken-binary": "!!binary '%%%'",
    "huge": "x" * 100_000,
    "path-like": "/home/jana/" + "a" * 300 + ".png",
}
#: Top-level keys, then nested ones as "parent.child" (authors' are inside a list item).
FIELDS = [
    "title", "kicker", "teaser", "slug", "tags", "date", "lang", "authors", "image", "spelling", "site",
    "image.src", "image.alt", "image.caption", "image.credit", "spelling.ignore",
    "authors[].name", "authors[].role", "authors[].bio", "authors[].photo", "authors[].links",
]
#: Nested fields get the types that differ in how code reads them (number, text-like
#: scalar, nothing, date, collection, bytes, size); top-level fields get every value.
NESTED_KINDS = ("int", "nan", "bool", "null", "impossible-day", "list", "map", "binary", "huge")
CASES = [(f, kind) for f in FIELDS for kind in VALUES if "." not in f or kind in NESTED_KINDS]


def front_matter(field: str, value: str) -> str:
    if field.startswith("authors[]."):
        return f"authors:\n  - {field.split('.', 1)[1]}: {value}\n"
    if "." in field:
        parent, child = field.split(".", 1)
        return f"{parent}:\n  {child}: {value}\n"
    return f"{field}: {value}\n"


def article_text(field: str, kind: str) -> str:
    return f"---\n{front_matter(field, VALUES[kind])}---\nEin Satz mit Text.\n"


def no_crash(capsys, status: int, allowed: set[int]) -> str:
    captured = capsys.readouterr()
    assert status in allowed, captured.err
    assert status != INTERNAL_ERROR_STATUS
    assert "Traceback" not in captured.err and "Unexpected error" not in captured.err
    assert len(captured.err.splitlines()) <= 1, captured.err
    return captured.err


@pytest.mark.parametrize(("field", "kind"), CASES, ids=[f"{f}={k}" for f, k in CASES])
def test_every_type_in_every_field(tmp_path: Path, capsys, field: str, kind: str) -> None:
    path = tmp_path / "artikel.md"
    path.write_text(article_text(field, kind), encoding="utf-8")
    # check: problems (at least the missing headline) or a front matter error, both exit 1
    status = run_command(["check", "--no-spelling", str(path)])
    no_crash(capsys, status, {1})
    formats = (("md", "keep"), ("html", "keep"))
    if "." not in field:  # the other formats share the field handling; once per field is enough
        formats += (("md-plain", "keep"), ("fragment", "embed"))
    for fmt, images in formats:
        status = run_command(["export", str(path), "--to", fmt, "--images", images, "-o", "-"])
        err = no_crash(capsys, status, {0, 1})
        assert (status == 0) == (err == ""), err


@pytest.mark.parametrize("field", ["title", "teaser", "lang", "image.alt", "authors[].bio", "spelling.ignore"])
@pytest.mark.parametrize("kind", ["int", "list", "map", "binary", "impossible-day", "huge"])
def test_spelling_survives_every_type(tmp_path: Path, field: str, kind: str) -> None:
    text = article_text(field, kind)
    findings = run_checks(Article.from_text(text, tmp_path / "a.md"), text)
    assert findings  # at least the missing headline or teaser


@pytest.mark.parametrize("value", ["2026-13-45", "2026-02-30", "2026-00-10", "0000-01-01", "10000-01-01"])
def test_impossible_dates_are_named_not_raised(tmp_path: Path, capsys, value: str) -> None:
    path = tmp_path / "artikel.md"
    path.write_text(f"---\ntitle: T\nteaser: X\ndate: {value}\n---\nText.\n", encoding="utf-8")
    article = Article.from_text(path.read_text(encoding="utf-8"), path)
    assert article.meta_error is None and article.date is None
    assert run_command(["check", "--no-spelling", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:4:1: The date „{value}“ is not a date of the calendar; write it as YYYY-MM-DD." in out
    assert run_command(["export", str(path), "--to", "md", "-o", str(tmp_path / "o.md")]) == 0
    no_crash(capsys, 0, {0})


def test_binary_empty_and_huge_files(tmp_path: Path, capsys) -> None:
    binary = tmp_path / "bild.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    empty = tmp_path / "leer.md"
    empty.write_bytes(b"")
    huge = tmp_path / "riesig.md"
    huge.write_bytes(b"x" * (21 * 1024 * 1024))
    long = tmp_path / "lang.md"
    long.write_text("---\ntitle: Lang\nteaser: T\n---\n" + "Ein Satz mit Wörtern.\n\n" * 8_000, encoding="utf-8")

    assert run_command(["check", str(binary)]) == 2
    assert "binary file" in no_crash(capsys, 2, {2})
    assert run_command(["export", str(binary)]) == 1
    assert "binary file" in no_crash(capsys, 1, {1})

    assert run_command(["check", "--no-spelling", str(empty)]) == 1
    out = capsys.readouterr().out
    assert f"{empty}:1:1: The article has no headline." in out
    assert run_command(["export", str(empty), "--to", "md", "-o", str(tmp_path / "o.md")]) == 0
    no_crash(capsys, 0, {0})

    assert run_command(["check", str(huge)]) == 2
    assert "too large" in no_crash(capsys, 2, {2})
    assert run_command(["export", str(huge)]) == 1
    assert "too large" in no_crash(capsys, 1, {1})

    assert run_command(["check", "--no-spelling", str(long)]) == 0
    assert run_command(["export", str(long), "--to", "html", "-o", str(tmp_path / "o.html")]) == 0
    no_crash(capsys, 0, {0})


@pytest.mark.slow
def test_the_real_command_over_the_whole_battery(tmp_path: Path) -> None:
    """One `feder check` process over every battery file: exit 2 for the unreadable, no traceback."""
    paths = []
    for index, (field, kind) in enumerate(CASES):
        path = tmp_path / f"{index:03}.md"
        path.write_text(article_text(field, kind), encoding="utf-8")
        paths.append(path)
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "empty.md").write_bytes(b"")
    paths += [tmp_path / "binary.md", tmp_path / "empty.md"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "editor", "check", "--no-spelling", *map(str, paths)],
        capture_output=True, env=env, timeout=300, cwd=ROOT,
    )
    err = run.stderr.decode("utf-8")
    assert run.returncode == 2, err
    assert "Traceback" not in err and "Unexpected error" not in err
    assert err.splitlines() == [
        f"feder: {tmp_path / 'binary.md'} contains NUL bytes (the first in line 1): it is a binary file, "
        "not an article. It was not opened, so nothing in it was changed."
    ]
    for path in paths[:-2]:
        assert f"{path}:" in run.stdout.decode("utf-8")


@pytest.mark.parametrize(
    "value",
    ["!!timestamp x", "!!bool x", "!!int x", "!!float x", "!!set {a, b}", "!!omap [a: 1]", "!!pairs [1]",
     "!!str [1]", "!!map [1]", "!!python/name:os.system", "{[1]: 2}", "[" * 3000 + "]" * 3000, "1" * 5000],
)
def test_explicit_yaml_tags_never_raise(tmp_path: Path, capsys, value: str) -> None:
    """PyYAML's constructors raise KeyError, AttributeError, ValueError on these; the parser must not."""
    text = f"---\ntitle: T\ndate: {value}\n---\nText.\n"
    article = Article.from_text(text)  # what the window does on every edit
    assert article.meta_error is None or article.meta_error.text().startswith(
        ("The front matter is not valid YAML", "The front matter is nested more than")
    )
    path = tmp_path / "artikel.md"
    path.write_text(text, encoding="utf-8")
    no_crash(capsys, run_command(["check", "--no-spelling", str(path)]), {1})
    no_crash(capsys, run_command(["export", str(path), "--to", "html", "-o", "-"]), {0, 1})


@pytest.mark.parametrize(
    "front",
    ["date: " + "[" * 3000 + "]" * 3000, "".join(" " * i + "k:\n" for i in range(400)), "x: " + "{a: " * 80 + "1" + "}" * 80],
)
def test_deep_nesting_is_refused_at_once(front: str) -> None:
    """PyYAML needs minutes for a few thousand "[" before it fails; the window parses on every edit."""
    article = Article.from_text(f"---\n{front}\n---\nText.\n")  # refused by a scan, not a parse
    assert article.meta_error.text() == "The front matter is nested more than 50 levels deep."


@pytest.mark.parametrize(
    "front",
    ["date = 2026-13-45", "date = 2026-02-30", "x = " + "[" * 3000 + "]" * 3000, "title = [1, 2]",
     "image = 5", "authors = true", 'date = "morgen"', "= kaputt"],
)
def test_toml_front_matter_never_raises(tmp_path: Path, capsys, front: str) -> None:
    path = tmp_path / "artikel.md"
    path.write_text(f"+++\n{front}\n+++\nText.\n", encoding="utf-8")
    Article.from_text(path.read_text(encoding="utf-8"))
    no_crash(capsys, run_command(["check", "--no-spelling", str(path)]), {1})
    no_crash(capsys, run_command(["export", str(path), "--to", "md", "-o", "-"]), {0, 1})
