"""Where a CommonMark site would show the article differently from Feder's preview.

Hugo (goldmark), Eleventy (markdown-it), GitHub and Ghost render Markdown by
the CommonMark rules; Feder previews with Python-Markdown. Most text looks the
same in both, but not all: a list right after a paragraph line, a list nested
by two spaces, a bare address. This module renders each top-level block of the
body with both — Feder's own renderer and markdown-it-py (CommonMark plus
tables and strikethrough) — compares the HTML by structure
(:mod:`editor.core.checks.html_structure`: tags, attributes that change what is
shown, text; not whitespace, attribute order, ids or typographic quotes) and,
where they differ, asks :mod:`editor.core.checks.portability_diagnosis` which
line, why, and how to write it so both agree. It also finds the site an
article is written for (its ``site:`` key or the project's settings file).

Figures (``![alt](src "caption"){credit="…"}``) are left out: Feder's site
exports turn them into what each site renders.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt

from editor.core.checks.html_structure import structure
from editor.core.checks.portability_diagnosis import Difference, diagnose
from editor.core.render.mdext.figure import parse_figure
from editor.core.render.render import Block, make_markdown, split_blocks

#: Values of the ``site:`` front matter key. ``html``: Feder's HTML goes to the site
#: (a CMS, a page), so the site never renders the Markdown and nothing is checked.
SITES = ("hugo", "jekyll", "eleventy", "html")
MARKDOWN_SITES = ("hugo", "jekyll", "eleventy")
#: Project settings files looked for in the article's folder and its parents.
PROJECT_FILES = (".feder.yaml", ".feder.yml", "feder.toml", ".feder.toml")

#: What a site renders beyond CommonMark, so a difference of that kind is none there:
#: Hugo's goldmark links bare addresses and draws task lists; Jekyll's kramdown
#: (GFM input) draws task lists.
_SITE_EXTRAS = {
    "hugo": frozenset({"bare-url", "task-list"}),
    "jekyll": frozenset({"task-list"}),
    "eleventy": frozenset(),
}


def target_site(meta: dict[str, Any], folder: Path | None) -> str:
    """The site an article is written for: its ``site:`` key, else the project's, else html."""
    value = meta.get("site")
    if isinstance(value, str) and value.strip().lower() in SITES:
        return value.strip().lower()
    if folder is not None:
        project = project_site(folder)
        if project:
            return project
    return "html"


def project_site(folder: Path) -> str | None:
    """``site:`` from the nearest project settings file (.feder.yaml or feder.toml) upwards."""
    try:
        folder = folder.resolve()
    except (OSError, RuntimeError):
        return None
    for candidate in (folder, *folder.parents):
        for name in PROJECT_FILES:
            path = candidate / name
            try:
                if not path.is_file():
                    continue
                text = path.read_text(encoding="utf-8", errors="replace")[:65536]
            except OSError:
                continue
            value = _read_setting(text, toml=name.endswith(".toml")).get("site")
            if isinstance(value, str) and value.strip().lower() in SITES:
                return value.strip().lower()
            return None  # the nearest settings file decides, even without a site
    return None


def differences(body: str, site: str = "eleventy", lang: str = "de_DE") -> list[Difference]:
    """Every block of ``body`` that a CommonMark site (``site``) shows differently."""
    if site not in MARKDOWN_SITES:
        return []
    extras = _SITE_EXTRAS.get(site, frozenset())
    refs = "\n".join(m.group(0) for m in _REFERENCE.finditer(body))
    refs = "\n\n" + refs if refs else ""
    lines = body.split("\n")
    found: list[Difference] = []
    for block in split_blocks(body):
        if _is_figure(block):
            continue
        verdict = _compare(block.text + refs, lang)
        if verdict is None:
            continue
        mine, theirs = verdict
        difference = diagnose(block, lines, mine, theirs)
        if difference.kind not in extras:
            found.append(difference)
    return found


#: Verdicts per (language, block text): None where both renderers agree, else both
#: structures. The check panel runs after every pause in typing; an edit changes one
#: block, so only that block is rendered twice again.
_verdicts: dict[tuple[str, str], tuple[list[str], list[str]] | None] = {}
_renderers: dict[str, Any] = {}
_MAX_VERDICTS = 4096


def _compare(text: str, lang: str) -> tuple[list[str], list[str]] | None:
    key = (lang, text)
    if key in _verdicts:
        return _verdicts[key]
    feder = _renderers.get(lang)
    if feder is None:
        feder = _renderers[lang] = make_markdown(lang)
    reference = _renderers.get("") or _renderers.setdefault("", commonmark())
    feder.reset()
    mine = structure(feder.convert(text))
    theirs = structure(reference.render(text))
    verdict = None if mine == theirs else (mine, theirs)
    if len(_verdicts) >= _MAX_VERDICTS:
        _verdicts.clear()
    _verdicts[key] = verdict
    return verdict


def commonmark() -> MarkdownIt:
    """The reference renderer: CommonMark with tables and strikethrough, raw HTML allowed."""
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def _is_figure(block: Block) -> bool:
    return "\n" not in block.text.strip() and parse_figure(block.text.strip()) is not None


def _read_setting(text: str, toml: bool) -> dict[str, Any]:
    try:
        if toml:
            import tomllib

            data = tomllib.loads(text)
        else:
            data = yaml.safe_load(text)
    except Exception:  # a broken settings file sets nothing; the check stays quiet
        return {}
    return data if isinstance(data, dict) else {}


_REFERENCE = re.compile(r"^ {0,3}\[[^\]^][^\]]*\]:[ \t]*\S.*$", re.MULTILINE)
