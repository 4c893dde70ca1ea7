"""Rules on the body's structure: its images, heading levels, empty sections, portability.

Portability asks :mod:`editor.core.checks.portability` whether a CommonMark
site (Hugo, Jekyll, Eleventy) would show a block differently from the preview.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.context import CheckContext
from editor.core.checks.findings import ERROR, Finding, Fix
from editor.core.checks.image_files import is_missing_image
from editor.core.messages import QT_TRANSLATE_NOOP


def check_body_images(ctx: CheckContext) -> Iterator[Finding]:
    for line, column, image in ctx.body_images:
        name = image.src or "?"
        if not image.alt.strip():
            yield Finding(
                "image-alt", line, QT_TRANSLATE_NOOP("Checks", "Image without alt text: {src}"), {"src": name},
                column=column,
            )
        if not image.credit.strip():
            yield Finding(
                "image-credit", line, QT_TRANSLATE_NOOP("Checks", "Image without credit: {src}"), {"src": name},
                column=column,
            )
        if is_missing_image(image.src, ctx.article.folder):
            yield Finding(
                "image-missing", line, QT_TRANSLATE_NOOP("Checks", "Image file not found: {src}"), {"src": name},
                column=column, severity=ERROR,
            )


def check_heading_levels(ctx: CheckContext) -> Iterator[Finding]:
    previous = 1  # the headline is the article's H1
    for heading in ctx.headings:
        if heading.level > previous + 1:
            yield Finding(
                "heading-skipped",
                heading.line,
                QT_TRANSLATE_NOOP("Checks", "Heading level skipped: H{level} follows H{previous}."),
                {"level": heading.level, "previous": previous, "title": heading.title},
            )
        previous = heading.level


def check_empty_sections(ctx: CheckContext) -> Iterator[Finding]:
    found = ctx.headings
    for index, heading in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and following.level > heading.level:
            continue  # a section that opens with a subsection is not empty
        end = following.line if following is not None else len(ctx.lines)
        if not _has_content(ctx.lines, heading.line, end):
            yield Finding(
                "empty-section",
                heading.line,
                QT_TRANSLATE_NOOP("Checks", "Empty section: „{title}“ has no text."),
                {"title": heading.title},
            )


def _has_content(lines: list[str], heading_line: int, end: int) -> bool:
    index = heading_line + 1
    if not _ATX_LINE.match(lines[heading_line]):
        while index < end and not _SETEXT_LINE.match(lines[index]):
            index += 1  # the rest of a setext heading's title, up to its underline
        index += 1
    return any(line.strip() for line in lines[index:end])


def check_portability(ctx: CheckContext) -> Iterator[Finding]:
    """Blocks a CommonMark site would show differently; only for sites that render Markdown."""
    from editor.core.checks import portability

    site = portability.target_site(ctx.article.meta, ctx.article.folder)
    if site not in portability.MARKDOWN_SITES:
        return
    offset = ctx.article.body_line
    for difference in portability.differences(ctx.article.body, site, ctx.article.lang):
        fix = None
        if difference.replacement is not None and difference.fix_label is not None:
            span = ctx.lines[offset + difference.first_line : offset + difference.last_line + 1]
            fix = Fix(offset + difference.first_line, 0, len("\n".join(span)), difference.replacement,
                      difference.fix_label)
        yield Finding(
            f"portability-{difference.kind}",
            offset + difference.line,
            difference.message,
            dict(difference.params),
            column=difference.column,
            fix=fix,
        )


_ATX_LINE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_SETEXT_LINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
