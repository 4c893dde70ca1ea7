"""`feder spell`: FILE:LINE:COL: word -> suggestions, JSON, exit 0 / 1 / 2."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from editor.cli import run_command
from tests.cli_helpers import run_feder

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """\
---
title: Ein Test
lang: de_DE
---
Die Kaztze schläft.

Am Mondtag 😀 kam die Kaztze wieder, das Wether war schön.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "artikel.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


LINE7 = ARTICLE.splitlines()[6]
#: (line, column) 1-based as a writer's editor shows them; columns count characters,
#: so the emoji before the second "Kaztze" counts one.
EXPECTED = [
    (5, 5, "Kaztze", "misspelling"),
    (7, 4, "Mondtag", "probable-typo"),
    (7, LINE7.index("Kaztze") + 1, "Kaztze", "misspelling"),
    (7, LINE7.index("Wether") + 1, "Wether", "misspelling"),
]


def test_one_line_per_word_with_line_and_column_in_the_file(article: Path, capsys) -> None:
    assert run_command(["spell", str(article)]) == 1
    out = capsys.readouterr()
    assert out.err == ""
    lines = out.out.splitlines()
    assert [line.split(" -> ")[0] for line in lines] == [
        f"{article}:{line}:{column}: {word}" for line, column, word, _ in EXPECTED
    ]
    assert lines[0] == f"{article}:5:5: Kaztze -> Katze, Kamikaze"
    assert lines[1].startswith(f"{article}:7:4: Mondtag -> Montag")
    assert lines[3].split(" -> ")[1].startswith("Wetter")
    assert EXPECTED[2][1] == 22  # 21 characters before it, the emoji one of them


def test_json_gives_the_same_facts_and_the_kind(article: Path, capsys) -> None:
    assert run_command(["spell", "--format", "json", str(article)]) == 1
    objects = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(o["line"], o["column"], o["word"], o["kind"]) for o in objects] == EXPECTED
    assert objects[1]["suggestions"][0] == "Montag"
    assert objects[0]["suggestions"] == ["Katze", "Kamikaze"]
    assert objects[0]["file"] == str(article)


def test_lang_overrides_the_article(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ch.md"
    path.write_text("---\nlang: de_DE\n---\nDie Strasse ist lang.\n", encoding="utf-8")
    assert run_command(["spell", str(path)]) == 1
    assert "Strasse -> Straße" in capsys.readouterr().out
    assert run_command(["spell", "--lang", "de_CH", str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_the_fields_are_checked_where_they_stand_in_the_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "felder.md"
    path.write_text(
        "---\nkicker: Wirtshaft\ntitle: Ein guter Titel\nteaser: >-\n  Die Zusammenfasung mit\n  einem Fehlerr\n"
        "image:\n  src: b.jpg\n  alt: Ein Bilt\n  caption: Die Unterschrifft\n  credit: Foto Kaztze\n"
        "authors:\n  - name: Anna Beispiel\n    bio: Schreibt über Tecknik.\n---\nText.\n",
        encoding="utf-8",
    )
    assert run_command(["spell", "--format", "json", str(path)]) == 1
    found = [(o["line"], o["column"], o["word"]) for o in map(json.loads, capsys.readouterr().out.splitlines())]
    assert found == [
        (2, 9, "Wirtshaft"),
        (5, 7, "Zusammenfasung"),
        (6, 9, "Fehlerr"),
        (9, 12, "Bilt"),
        (10, 16, "Unterschrifft"),
        (11, 16, "Kaztze"),
        (14, 24, "Tecknik"),
    ]


def test_clean_article_prints_nothing_and_exits_0(tmp_path: Path, capsys) -> None:
    path = tmp_path / "gut.md"
    path.write_text("---\ntitle: Gut\n---\nDas KI-Modell von Xiaomi lädt mit 65 W.\n", encoding="utf-8")
    assert run_command(["spell", str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_exit_codes_of_the_real_command(article: Path, tmp_path: Path) -> None:
    def feder(*args: str) -> subprocess.CompletedProcess[str]:
        return run_feder("spell", *args, language="", text=True)

    flagged = feder(str(article))
    assert flagged.returncode == 1, flagged.stderr
    assert flagged.stdout.splitlines()[0] == f"{article}:5:5: Kaztze -> Katze, Kamikaze"
    missing = feder(str(tmp_path / "fehlt.md"))
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1 and "fehlt.md" in missing.stderr
    wrong_lang = feder("--lang", "fr_FR", str(article))
    assert wrong_lang.returncode == 2
    assert "Traceback" not in wrong_lang.stderr and len(wrong_lang.stderr.strip().splitlines()) == 1
