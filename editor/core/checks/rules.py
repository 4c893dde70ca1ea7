"""Checks before publishing: the list of rules and the one call that runs them all.

Every rule is a small function that takes a :class:`CheckContext` and yields
:class:`Finding` objects; :data:`RULES` lists them in the order the writer
sees them. The rules live by what they look at: the front matter's fields
(:mod:`.field_rules`), the body's structure (:mod:`.body_rules`), addresses
(:mod:`.link_rules`) and the words (:mod:`.prose_rules`). Lines count from 0 in
the full text (front matter included), like the outline, so the panel can
move the cursor there; the command line prints them 1-based.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from editor.core.checks.body_rules import (
    check_body_images,
    check_empty_sections,
    check_heading_levels,
    check_portability,
)
from editor.core.checks.context import CheckContext
from editor.core.checks.field_rules import (
    check_date,
    check_featured_image,
    check_front_matter,
    check_headline,
    check_teaser,
)
from editor.core.checks.findings import Finding
from editor.core.checks.limits import HEADLINE_LIMIT, TEASER_LIMIT
from editor.core.checks.link_rules import check_link_targets, check_local_links, check_local_paths
from editor.core.checks.prose_rules import (
    check_doubled_words,
    check_spaced_hyphens,
    check_spelling,
    check_straight_quotes,
)
from editor.core.text.article import Article

Rule = Callable[[CheckContext], Iterable[Finding]]


def run_checks(
    article: Article,
    text: str,
    *,
    headline_limit: int = HEADLINE_LIMIT,
    teaser_limit: int = TEASER_LIMIT,
    spelling: bool = True,
    speller: Any = None,
) -> list[Finding]:
    """All findings for ``article`` (parsed from ``text``), in the order of their lines.

    ``spelling=False`` leaves out the spelling count; ``speller`` reuses an
    existing ``SpellService`` (the editor's, with the session's ignores).
    """
    context = CheckContext(article, text, headline_limit, teaser_limit, speller)
    findings: list[Finding] = []
    for rule in RULES:
        if rule is check_spelling and not spelling:
            continue
        findings.extend(rule(context))
    return sorted(findings, key=lambda f: (f.line, f.column))


RULES: tuple[Rule, ...] = (
    check_front_matter,
    check_headline,
    check_teaser,
    check_date,
    check_featured_image,
    check_body_images,
    check_heading_levels,
    check_empty_sections,
    check_local_links,
    check_link_targets,
    check_local_paths,
    check_portability,
    check_straight_quotes,
    check_spaced_hyphens,
    check_doubled_words,
    check_spelling,
)
