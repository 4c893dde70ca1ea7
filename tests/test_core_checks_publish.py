"""Pre-publish rules a desk editor would catch: placeholder links, paths on the writer's disk,
impossible dates; every finding with line, column and severity, and a fix where there is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.checks.findings import ERROR, Finding
from editor.core.checks.rules import run_checks
from editor.core.text.article import Article

HEAD = "---\ntitle: Titel\nteaser: Anreißer\n---\n"


def findings(body: str, rule: str, head: str = HEAD) -> list[Finding]:
    text = head + body
    return [f for f in run_checks(Article.from_text(text, Path("/tmp/x/a.md")), text, spelling=False) if f.rule_id == rule]


@pytest.mark.parametrize(
    "link",
    ["[hier]()", "[hier](https://)", "[hier](http://)", "[hier](#)", "[hier](URL)", "[hier](<>)",
     "[hier]( )", "[hier](https://…)", "[hier](link)", "[hier](mailto:)"],
)
def test_placeholder_link_targets_are_errors_with_a_fix(link: str) -> None:
    body = f"Mehr steht {link} im Netz.\n"
    [finding] = findings(body, "empty-link")
    assert (finding.line, finding.column, finding.severity) == (4, len("Mehr steht "), ERROR)
    assert finding.fix is not None
    fixed = finding.fix.apply(HEAD + body)
    assert fixed == HEAD + "Mehr steht hier im Netz.\n"


def test_what_ctrl_k_inserts_is_caught() -> None:
    # TextEditor.insert_link writes [selection](https://) and selects the address for typing
    assert findings("Ein [Link](https://) hier.\n", "empty-link")


@pytest.mark.parametrize(
    "body",
    ["[hier](https://example.com)", "[hier](#abschnitt)", "[hier](/seite/)", "[hier](seite.html)",
     "`[x]()`", "```\n[x]()\n```", "[x][ref]\n\n[ref]: https://example.com"],
)
def test_real_targets_and_code_are_not_flagged(body: str) -> None:
    assert findings(body + "\n", "empty-link") == []


def test_image_without_address() -> None:
    [finding] = findings('![Ein Bild]() {credit="X"}\n', "empty-image-src")
    assert finding.column == 0 and finding.fix is None


@pytest.mark.parametrize(
    ("body", "column"),
    [
        ("![Bild](/home/jana/Bilder/markt.png)", 8),
        ("Siehe [Datei](C:\\Users\\jana\\markt.pdf).", 14),
        ("Siehe [Datei](C:/Users/jana/markt.pdf).", 14),
        ("Siehe [Datei](~/markt.pdf).", 14),
        ('<img src="/Users/jana/x.png" alt="x">', 10),
        ("[ref]: /tmp/markt.png", 7),
        ("Siehe [Datei](\\\\server\\freigabe\\x.png).", 14),
    ],
)
def test_paths_on_the_writers_disk(body: str, column: int) -> None:
    [finding] = findings(body + "\n", "local-path")
    assert (finding.line, finding.column, finding.severity) == (4, column, ERROR)


@pytest.mark.parametrize("body", ["![Bild](/bilder/markt.png)", "[Seite](/2026/11/markt/)", "[x](https://example.com/home/x)"])
def test_site_paths_are_not_local(body: str) -> None:
    assert findings(body + "\n", "local-path") == []


def test_the_publish_record_may_name_a_local_site_but_other_keys_may_not() -> None:
    head = (
        "---\ntitle: T\nteaser: X\ncanonical: http://localhost:8080/a\npublish:\n  test:\n"
        "    id: 6\n    url: http://127.0.0.1:59499/?p=6\n    media: {}\n---\n"
    )
    found = findings("Siehe http://localhost/intern.\n", "local-link", head)
    assert [(f.line, f.params["url"]) for f in found] == [(3, "http://localhost:8080/a"), (10, "http://localhost/intern")]


def test_local_paths_in_front_matter() -> None:
    head = (
        "---\ntitle: T\nteaser: X\nimage:\n  src: /home/jana/markt.png\n  alt: a\n  credit: c\n"
        "authors:\n  - name: Jana\n    photo: C:\\fotos\\jana.jpg\n---\n"
    )
    found = findings("Text.\n", "local-path", head)
    assert [(f.line, f.params["path"]) for f in found] == [(3, "/home/jana/markt.png"), (7, "C:\\fotos\\jana.jpg")]


@pytest.mark.parametrize("value", ["2026-13-45", "2026-02-30", "30.02.2026", "[1, 2]", "morgen"])
def test_a_date_that_is_no_calendar_date(value: str) -> None:
    head = f"---\ntitle: T\nteaser: X\ndate: {value}\n---\n"
    article = Article.from_text(head + "Text.\n")
    assert article.meta_error is None  # the rest of the front matter is still read
    assert article.title == "T" and article.date is None
    [finding] = findings("Text.\n", "bad-date", head)
    assert (finding.line, finding.severity) == (3, ERROR)


def test_impossible_date_stays_the_writers_text() -> None:
    article = Article.from_text("---\ndate: 2026-02-30\n---\n")
    assert article.meta["date"] == "2026-02-30"
    assert Article.from_text("---\ndate: 2026-02-28\n---\n").date.isoformat() == "2026-02-28"


def test_findings_are_ordered_by_line_and_column() -> None:
    text = HEAD + "[a]() und [b](#) und ![c](/home/x.png)\n"
    found = run_checks(Article.from_text(text, Path("/tmp/x/a.md")), text, spelling=False)
    positions = [(f.line, f.column) for f in found]
    assert positions == sorted(positions)
    on_line = [(f.rule_id, f.column) for f in found if f.line == 4]
    assert on_line[:2] == [("empty-link", 0), ("empty-link", 10)]
    assert {("image-credit", 21), ("local-path", 26)} <= set(on_line)


def test_doubled_word_column_skips_hidden_markup() -> None:
    [finding] = findings("Ein *Satz* [die](https://x.de) die Leute.\n", "doubled-word")
    line = "Ein *Satz* [die](https://x.de) die Leute."
    assert finding.column == line.index(" die Leute") + 1
