"""Rules on the front matter's fields: readable at all, headline, teaser, date, featured image.

Each rule takes a :class:`~editor.core.checks.context.CheckContext` and yields
findings on the field's own line, so a click in the panel lands on the key.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.core.checks.context import CheckContext
from editor.core.checks.findings import ERROR, WARNING, Finding, short
from editor.core.checks.image_files import is_missing_image
from editor.core.messages import QT_TRANSLATE_NOOP, Message


def check_front_matter(ctx: CheckContext) -> Iterator[Finding]:
    error = ctx.article.meta_error
    if error is not None:
        line = int(error.params.get("line", 1) or 1) - 1
        yield Finding("front-matter", max(line, 0), error.template, dict(error.params), severity=ERROR)


def check_headline(ctx: CheckContext) -> Iterator[Finding]:
    yield from _required_text(
        ctx, "title", ctx.article.title, ctx.headline_limit,
        ("no-headline", QT_TRANSLATE_NOOP("Checks", "The article has no headline.")),
        ("headline-too-long", QT_TRANSLATE_NOOP("Checks", "The headline has {length} characters; the limit is {limit}.")),
        missing_severity=ERROR,  # a page without a headline cannot go out
    )


def check_teaser(ctx: CheckContext) -> Iterator[Finding]:
    yield from _required_text(
        ctx, "teaser", ctx.article.teaser, ctx.teaser_limit,
        ("no-teaser", QT_TRANSLATE_NOOP("Checks", "The article has no teaser.")),
        ("teaser-too-long", QT_TRANSLATE_NOOP("Checks", "The teaser has {length} characters; the limit is {limit}.")),
    )


def _required_text(
    ctx: CheckContext, key: str, value: str, limit: int, missing: tuple[str, Message], too_long: tuple[str, Message],
    missing_severity: str = WARNING,
) -> Iterator[Finding]:
    """A field that must be there and fit its limit: one rule, worded per field."""
    text = value.strip()
    if not text:
        yield Finding(missing[0], ctx.key_line(key), missing[1], severity=missing_severity)
    elif len(text) > limit:
        yield Finding(too_long[0], ctx.key_line(key), too_long[1], {"length": len(text), "limit": limit})


def check_date(ctx: CheckContext) -> Iterator[Finding]:
    value = ctx.article.meta.get("date")
    if value in (None, "") or ctx.article.date is not None:
        return
    yield Finding(
        "bad-date",
        ctx.key_line("date"),
        QT_TRANSLATE_NOOP("Checks", "The date „{value}“ is not a date of the calendar; write it as YYYY-MM-DD."),
        {"value": short(value)},
        severity=ERROR,
    )


def check_featured_image(ctx: CheckContext) -> Iterator[Finding]:
    image = ctx.article.image
    if not image.src.strip():
        return
    line = ctx.key_line("image")
    if not image.alt.strip():
        yield Finding("featured-image-alt", line, QT_TRANSLATE_NOOP("Checks", "The featured image has no alt text."))
    if not image.credit.strip():
        yield Finding("featured-image-credit", line, QT_TRANSLATE_NOOP("Checks", "The featured image has no credit."))
    if is_missing_image(image.src, ctx.article.folder):
        yield Finding(
            "image-missing",
            line,
            QT_TRANSLATE_NOOP("Checks", "Image file not found: {src}"),
            {"src": image.src},
            severity=ERROR,
        )
