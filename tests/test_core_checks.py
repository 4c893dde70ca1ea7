"""Pre-publish checks: every rule on an article that breaks it and on one that does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.checks.findings import READY, Finding
from editor.core.checks.image_files import local_image_path
from editor.core.checks.rules import run_checks
from editor.core.text.article import Article

CLEAN = """\
---
title: Der Markt am Samstag
kicker: Wirtschaft
teaser: Viele Bauern verkaufen ihr Gemüse wieder selbst.
image:
  src: bild.png
  alt: Ein Stand mit Gemüse
  caption: Der Markt am Morgen
  credit: "Foto: Anna Berg | Redaktion"
---
Am Samstag ist der Markt voll. Die Leute kaufen Brot und Käse.

## Kurze Wege

Der Weg vom Feld zum Tisch ist kurz. Sie sagt: „Das lohnt sich.“

![Ein Korb mit Äpfeln](bild.png "Äpfel vom Hof"){credit="Foto: Anna Berg"}

### Preise

Die Preise sind fair. Mehr steht auf [der Seite](https://example.com/markt).

```
"code" die die http://localhost
```
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return tmp_path


def check(folder: Path, text: str, **options) -> list[Finding]:
    path = folder / "artikel.md"
    return run_checks(Article.from_text(text, path), text, **options)


def rules(findings: list[Finding]) -> list[str]:
    return [f.rule_id for f in findings]


def test_clean_article_is_ready(folder: Path) -> None:
    assert check(folder, CLEAN) == []
    assert "Ready" in READY.text


# Each case: rule id, (old, new) replacements that break CLEAN, expected 0-based line.
BROKEN = [
    ("no-headline", ("title: Der Markt am Samstag\n", ""), 0),
    ("no-teaser", ("teaser: Viele Bauern verkaufen ihr Gemüse wieder selbst.\n", "teaser: '  '\n"), 3),
    ("headline-too-long", ("title: Der Markt am Samstag", "title: " + "Markt " * 13), 1),
    ("teaser-too-long", ("teaser: Viele", "teaser: " + "Viele " * 30), 3),
    ("featured-image-alt", ("  alt: Ein Stand mit Gemüse\n", ""), 4),
    ("featured-image-credit", ('  credit: "Foto: Anna Berg | Redaktion"\n', ""), 4),
    ("image-missing", ("  src: bild.png", "  src: fehlt.png"), 4),
    ("image-alt", ("![Ein Korb mit Äpfeln]", "![]"), 16),
    ("image-credit", ('{credit="Foto: Anna Berg"}', ""), 16),
    ("image-missing", ('(bild.png "Äpfel', '(weg/fehlt.png "Äpfel'), 16),
    ("heading-skipped", ("## Kurze Wege", "### Kurze Wege"), 12),
    ("empty-section", ("### Preise\n\nDie Preise sind fair.", "### Preise\n\n## Fair\n\nDie Preise sind fair."), 18),
    ("local-link", ("https://example.com/markt", "http://localhost:8080/markt"), 20),
    ("local-link", ("https://example.com/markt", "file:///home/anna/markt.html"), 20),
    ("local-link", ("https://example.com/markt", "http://127.0.0.1/x"), 20),
    ("straight-quotes", ("„Das lohnt sich.“", '"Das lohnt sich."'), 14),
    ("doubled-word", ("Die Leute kaufen", "Die die Leute kaufen"), 10),
    ("doubled-word", ("ist kurz.", "ist ist\nkurz."), 14),
    ("spelling", ("Die Preise sind fair.", "Die Prijse sind fair."), 20),
    ("front-matter", ("kicker: Wirtschaft\n", "kicker: [Wirtschaft\n"), 3),  # where YAML notices
]


@pytest.mark.parametrize(("rule", "change", "line"), BROKEN, ids=[f"{c[0]}-{i}" for i, c in enumerate(BROKEN)])
def test_each_rule_finds_its_problem_and_where(folder: Path, rule: str, change: tuple[str, str], line: int) -> None:
    old, new = change
    assert old in CLEAN
    findings = check(folder, CLEAN.replace(old, new, 1))
    matching = [f for f in findings if f.rule_id == rule]
    assert matching, rules(findings)
    assert matching[0].line == line
    assert matching[0].text()  # the template fills with its params


def test_limits_are_configurable(folder: Path) -> None:
    assert "headline-too-long" in rules(check(folder, CLEAN, headline_limit=10))
    assert "teaser-too-long" in rules(check(folder, CLEAN, teaser_limit=20))
    finding = next(f for f in check(folder, CLEAN, headline_limit=10) if f.rule_id == "headline-too-long")
    assert finding.params == {"length": len("Der Markt am Samstag"), "limit": 10}


def test_straight_quotes_only_in_german_and_not_in_markup(folder: Path) -> None:
    english = CLEAN.replace("„Das lohnt sich.“", '"Das lohnt sich."').replace(
        "title:", "lang: en_GB\ntitle:"
    )
    assert "straight-quotes" not in rules(check(folder, english, spelling=False))
    markup = CLEAN.replace("Sie sagt", 'Sie <span title="x">sagt</span> `"a"` [b](https://x.de "Titel")')
    assert "straight-quotes" not in rules(check(folder, markup))


def test_apostrophes_are_no_straight_quotes(folder: Path) -> None:
    text = CLEAN.replace("Sie sagt:", "Geht's? Sie sagt:")
    assert "straight-quotes" not in rules(check(folder, text, spelling=False))
    text = CLEAN.replace("Sie sagt:", "Sie sagt 'nein':")
    assert "straight-quotes" in rules(check(folder, text, spelling=False))


def test_doubled_word_sees_through_links_but_not_code(folder: Path) -> None:
    linked = CLEAN.replace("Die Leute", "Die [die](https://x.de) Leute")
    assert "doubled-word" in rules(check(folder, linked, spelling=False))
    code = CLEAN.replace("Die Leute", "Die `die` Leute")
    assert "doubled-word" not in rules(check(folder, code, spelling=False))


def test_section_opening_with_a_subsection_is_not_empty(folder: Path) -> None:
    text = CLEAN.replace("## Kurze Wege\n\nDer Weg", "## Kurze Wege\n\n### Weg\n\nDer Weg")
    assert "empty-section" not in rules(check(folder, text))
    last = CLEAN.replace("```\n\"code\" die die http://localhost\n```\n", "## Ende\n")
    assert "empty-section" in rules(check(folder, last))


def test_spelling_honours_the_article_ignore_list(folder: Path) -> None:
    text = CLEAN.replace("Die Preise sind fair.", "Die Prijse sind fair.")
    text = text.replace("---\nAm", "spelling:\n  ignore:\n    - Prijse\n---\nAm")
    assert "spelling" not in rules(check(folder, text))
    assert "spelling" not in rules(check(folder, CLEAN.replace("Preise sind", "Prijse sind"), spelling=False))


def test_findings_are_in_line_order(folder: Path) -> None:
    text = CLEAN.replace("title: Der Markt am Samstag\n", "").replace("Die Leute", "Die die Leute")
    lines = [f.line for f in check(folder, text)]
    assert lines == sorted(lines)


def test_local_image_path(tmp_path: Path) -> None:
    assert local_image_path("https://example.com/a.png", tmp_path) is None
    assert local_image_path("data:image/png;base64,xx", tmp_path) is None
    assert local_image_path("bilder/mein%20bild.png", tmp_path) == tmp_path / "bilder" / "mein bild.png"
    assert local_image_path("/abs/a.png", None) == Path("/abs/a.png")
    assert local_image_path("file:///abs/b.png", None) == Path("/abs/b.png")
    assert local_image_path("relativ.png", None) is None


# ---- the outline the heading rules and the outline panel share -------------------------


def test_outline_lists_h2_and_h3_with_their_full_text_line() -> None:
    from editor.core.text.outline import Heading, headings, outline

    text = (
        "---\ntitle: T\n---\nIntro\n\n## Erste **Sektion** ##\ntext\n```\n## kein Titel\n```\n"
        "### Unter [Link](http://x.de) {#anker}\n#### Tiefer\nSetext Titel\n------------\n\n---\n\n- Punkt\n"
    )
    assert outline(text) == [
        Heading(2, "Erste Sektion", 5),
        Heading(3, "Unter Link", 10),
        Heading(2, "Setext Titel", 12),
    ]
    assert [h.level for h in headings(text)] == [2, 3, 4, 2]


def test_outline_of_a_text_without_front_matter_counts_from_line_0() -> None:
    from editor.core.text.outline import outline

    assert [(h.title, h.line) for h in outline("## A\n\nText\n\n### B\n")] == [("A", 0), ("B", 4)]
    assert outline("Nur Text.\n") == []


def test_a_spaced_hyphen_between_words_is_flagged() -> None:
    from editor.core.checks.context import CheckContext
    from editor.core.checks.prose_rules import check_spaced_hyphens
    from editor.core.text.article import Article

    text = "---\ntitle: T\n---\nMarkt - Stand\n\n- Liste\n\nE-Mail – richtig\n\n`a - b`\n"
    findings = list(check_spaced_hyphens(CheckContext(Article.from_text(text), text)))
    assert [(f.rule_id, f.line) for f in findings] == [("spaced-hyphen", 3)]
