"""The portability check against markdown-it-py, the CommonMark reference.

tests/golden/portability/agree/*.md render the same in Feder and on a CommonMark
site; differ/*.md do not. Beside each snippet: NAME.html, markdown-it-py's
rendering (the reference), and for differ/ NAME.findings, what the check reports
("LINE:COLUMN RULE fix|no-fix", 1-based). Regenerate with FEDER_UPDATE_GOLDEN=1.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.core.checks import portability
from editor.core.checks.rules import run_checks
from editor.core.render.render import make_markdown
from editor.core.text.article import Article

GOLDEN = Path(__file__).parent / "golden" / "portability"
UPDATE = os.environ.get("FEDER_UPDATE_GOLDEN") == "1"
AGREE = sorted((GOLDEN / "agree").glob("*.md"))
DIFFER = sorted((GOLDEN / "differ").glob("*.md"))
#: Fixes that change how the site shows the text (the others keep the site's rendering
#: and bring Feder's preview to it).
SITE_CHANGING_FIXES = {"bare-url"}


def feder_structure(text: str) -> list[str]:
    return portability.structure(make_markdown().convert(text))


def reference_html(snippet: Path) -> str:
    html = portability.commonmark().render(snippet.read_text(encoding="utf-8"))
    golden = snippet.with_suffix(".html")
    if UPDATE:
        golden.write_text(html, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == html, f"markdown-it-py renders {snippet.name} differently now"
    return html


def findings_text(differences: list[portability.Difference]) -> str:
    return "".join(
        f"{d.line + 1}:{d.column + 1} portability-{d.kind} {'fix' if d.replacement is not None else 'no-fix'}\n"
        for d in differences
    )


def apply(text: str, difference: portability.Difference) -> str:
    lines = text.split("\n")
    return "\n".join([*lines[: difference.first_line], difference.replacement, *lines[difference.last_line + 1 :]])


def test_enough_snippets() -> None:
    assert len(AGREE) >= 20 and len(DIFFER) >= 20


@pytest.mark.parametrize("snippet", AGREE, ids=[p.stem for p in AGREE])
def test_snippets_that_agree(snippet: Path) -> None:
    text = snippet.read_text(encoding="utf-8")
    assert feder_structure(text) == portability.structure(reference_html(snippet))
    assert portability.differences(text, "eleventy") == []


@pytest.mark.parametrize("snippet", DIFFER, ids=[p.stem for p in DIFFER])
def test_snippets_that_differ(snippet: Path) -> None:
    text = snippet.read_text(encoding="utf-8")
    reference = portability.structure(reference_html(snippet))
    assert feder_structure(text) != reference
    found = portability.differences(text, "eleventy")
    assert found, "the check must report what a CommonMark site shows differently"
    golden = snippet.with_suffix(".findings")
    if UPDATE:
        golden.write_text(findings_text(found), encoding="utf-8")
    assert findings_text(found) == golden.read_text(encoding="utf-8")
    for difference in found:
        if difference.replacement is None:
            continue
        fixed = apply(text, difference)
        # one click: both renderers agree, and (for most fixes) the site shows what it showed
        assert portability.differences(fixed, "eleventy") == []
        assert feder_structure(fixed) == portability.structure(portability.commonmark().render(fixed))
        if difference.kind not in SITE_CHANGING_FIXES:
            assert feder_structure(fixed) == reference


def test_only_sites_that_render_markdown_are_checked(tmp_path: Path) -> None:
    body = "Auf dem Markt gibt es:\n- Brot\n- Käse\n"
    for site, expected in (("hugo", True), ("jekyll", True), ("eleventy", True), ("html", False), (None, False)):
        head = "---\ntitle: T\nteaser: X\n" + (f"site: {site}\n" if site else "") + "---\n"
        text = head + body
        found = [f for f in run_checks(Article.from_text(text, tmp_path / "a.md"), text, spelling=False)
                 if f.rule_id.startswith("portability-")]
        assert bool(found) == expected, site
        if found:
            [finding] = found
            assert (finding.rule_id, finding.line) == ("portability-list-blank-line", len(head.splitlines()) + 1)
            assert finding.fix.apply(text) == head + "Auf dem Markt gibt es:\n\n- Brot\n- Käse\n"


def test_what_a_site_renders_itself_is_not_reported() -> None:
    text = "- [ ] offen\n\nMehr auf https://example.com.\n"
    assert [d.kind for d in portability.differences(text, "eleventy")] == ["task-list", "bare-url"]
    assert [d.kind for d in portability.differences(text, "jekyll")] == ["bare-url"]
    assert portability.differences(text, "hugo") == []  # goldmark links and draws task lists


def test_project_setting_applies_to_articles_below_it(tmp_path: Path) -> None:
    (tmp_path / ".feder.yaml").write_text("site: hugo\n", encoding="utf-8")
    folder = tmp_path / "content" / "posts"
    folder.mkdir(parents=True)
    assert portability.target_site({}, folder) == "hugo"
    assert portability.target_site({"site": "html"}, folder) == "html"  # the article's own key wins
    (folder / "feder.toml").write_text('site = "jekyll"\n', encoding="utf-8")
    assert portability.target_site({}, folder) == "jekyll"  # the nearest file decides
    (folder / "feder.toml").write_text("site = [kaputt\n", encoding="utf-8")
    assert portability.target_site({}, folder) == "html"
    assert portability.target_site({"site": 42}, None) == "html"


def test_figures_are_left_to_the_site_exports() -> None:
    text = '![Markt](markt.png "Samstag"){credit="Foto: Jana"}\n'
    assert portability.differences(text, "eleventy") == []


def test_differences_carry_the_line_in_the_body() -> None:
    text = "Erster Absatz.\n\nZweiter:\n- a\n- b\n\nDritter mit https://example.com\n"
    assert [(d.line, d.column, d.kind) for d in portability.differences(text, "eleventy")] == [
        (3, 0, "list-blank-line"),
        (6, 12, "bare-url"),
    ]
