"""Checks before publishing: one small function per rule, each finding with its line.

Every rule takes a :class:`CheckContext` and yields :class:`Finding` objects;
:data:`RULES` lists them in the order the writer sees them. Lines count from
0 in the full text (front matter included), like the outline, so the panel
can move the cursor there; the command line prints them 1-based.
Messages are translatable templates, filled with ``params`` when shown.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from editor.core import languages
from editor.core.messages import QT_TRANSLATE_NOOP, FederError, Message, Translate, untranslated
from editor.core.render.mdext.figure import parse_figure
from editor.core.text import markdown_lines
from editor.core.text.article import Article, Image
from editor.core.text.markdown_lines import Kind
from editor.core.text.outline import Heading, headings

HEADLINE_LIMIT = 70
_SPACED_HYPHEN = re.compile(r"(?:(?<=\w)|(?<=\w[\"“”»«*_)])) - (?=[\"„“»«*_(]?\w)")
TEASER_LIMIT = 160

#: What the panel and the command line say when no rule finds anything.
READY = QT_TRANSLATE_NOOP("Checks", "Ready to publish: no problems found.")


# How bad a finding is: an error stops publishing (a broken link, a missing
# file); a warning is worth a look. Scripts read these from ``--format json``.
ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Fix:
    """A one-click repair: replace ``length`` characters at (``line``, ``column``) with ``text``.

    Lines and columns are 0-based positions in the full text, like the finding's;
    ``length`` 0 inserts. The label says what the click does.
    """

    line: int
    column: int
    length: int
    text: str
    label: Message

    def apply(self, text: str) -> str:
        """``text`` with this fix applied (the core's version of the panel's one undo step)."""
        lines = text.split("\n")
        if not 0 <= self.line < len(lines):
            return text
        offset = sum(len(line) + 1 for line in lines[: self.line]) + self.column
        return text[:offset] + self.text + text[offset + self.length :]


@dataclass(frozen=True)
class Finding:
    """One problem: which rule, where (0-based line and column of the full text), and what.

    ``rule_id`` is stable: scripts filter on it (``feder check --format json``).
    """

    rule_id: str
    line: int
    message: Message
    params: dict[str, Any] = field(default_factory=dict)
    column: int = 0
    severity: str = WARNING
    fix: Fix | None = None

    def text(self, translate: Translate = untranslated) -> str:
        return translate(self.message.context, self.message.text).format(**self.params)


@dataclass
class CheckContext:
    """The article under check plus what several rules need, computed once."""

    article: Article
    text: str
    headline_limit: int = HEADLINE_LIMIT
    teaser_limit: int = TEASER_LIMIT
    speller: Any = None  # a SpellService to reuse; None makes one for the article's language

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def scanned(self) -> dict[int, markdown_lines.Line]:
        """The body's lines as :mod:`editor.core.text.markdown_lines` sees them, by number."""
        return {
            line.number: line
            for line in markdown_lines.scan(self.text)
            if line.number >= self.article.body_line
        }

    @cached_property
    def code_lines(self) -> frozenset[int]:
        """Lines of code in the body: fenced (with the fences) or indented (text line numbers)."""
        return frozenset(number for number, line in self.scanned.items() if line.kind.is_code)

    @cached_property
    def body_lines(self) -> list[tuple[int, str]]:
        """(line, text) of body lines outside code, with inline code blanked."""
        return [
            (index, _blank(_INLINE_CODE, self.lines[index]))
            for index in range(self.article.body_line, len(self.lines))
            if index not in self.code_lines
        ]

    @cached_property
    def prose(self) -> list[tuple[int, str]]:
        """Body lines with all markup blanked: only words a reader sees remain."""
        result = []
        for index, line in self.body_lines:
            scanned = self.scanned[index]
            if scanned.kind is not Kind.MARKDOWN:  # wholly inside a comment
                result.append((index, _MASK * len(line)))
                continue
            start, end = scanned.start, scanned.end  # outside a comment over several lines
            line = _MASK * start + line[start:end] + _MASK * (len(line) - end)
            for pattern, mask in _MARKUP:
                line = _blank(pattern, line, mask)
            result.append((index, line))
        return result

    @cached_property
    def headings(self) -> list[Heading]:
        return headings(self.text)

    @cached_property
    def body_images(self) -> list[tuple[int, int, Image]]:
        """(line, column, image) of every image in the body outside code."""
        found = []
        for index, line in self.body_lines:
            for match in _IMAGE.finditer(line):
                image = parse_figure(match.group(0))
                if image is not None:
                    found.append((index, match.start(), image))
        return found

    def key_line(self, key: str) -> int:
        """Line of a top-level front matter key, else the first line."""
        pattern = re.compile(rf"^['\"]?{re.escape(key)}['\"]?[ \t]*:")
        for index in range(min(self.article.body_line, len(self.lines))):
            if pattern.match(self.lines[index]):
                return index
        return 0


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


# --- front matter -------------------------------------------------------------------


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
        {"value": _short(value)},
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
    if _is_missing(image.src, ctx.article.folder):
        yield Finding(
            "image-missing",
            line,
            QT_TRANSLATE_NOOP("Checks", "Image file not found: {src}"),
            {"src": image.src},
            severity=ERROR,
        )


# --- body ---------------------------------------------------------------------------


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
        if _is_missing(image.src, ctx.article.folder):
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


def check_local_links(ctx: CheckContext) -> Iterator[Finding]:
    record = _publish_record_lines(ctx)
    lines = [(i, ctx.lines[i]) for i in range(ctx.article.body_line) if i not in record] + ctx.body_lines
    for index, line in lines:
        for match in _LOCAL_URL.finditer(line):
            yield Finding(
                "local-link",
                index,
                QT_TRANSLATE_NOOP("Checks", "Link to a local address that readers cannot open: {url}"),
                {"url": match.group(0).rstrip(".,;:!?")},
                column=match.start(),
                severity=ERROR,
            )


def _publish_record_lines(ctx: CheckContext) -> set[int]:
    """Front-matter lines of the ``publish:`` record Feder writes after a send.

    It holds where the draft went (a test or intranet site may be on localhost),
    not a link for readers, so the local-address check leaves it alone.
    """
    end = min(ctx.article.body_line, len(ctx.lines))
    lines: set[int] = set()
    inside = False
    for index in range(end):
        line = ctx.lines[index]
        if line[:1] not in (" ", "\t", ""):  # a top-level key (YAML) or table (TOML)
            inside = bool(re.match(r"""^(['"]?publish['"]?[ \t]*[:=]|\[+publish[.\]])""", line))
        if inside:
            lines.add(index)
    return lines


def check_link_targets(ctx: CheckContext) -> Iterator[Finding]:
    """Links and images whose address is empty or still a placeholder (what Ctrl+K inserts)."""
    for index, line in ctx.body_lines:
        for match in _INLINE_LINK.finditer(line):
            target = _target(match.group("target"))
            if not _is_placeholder(target):
                continue
            image = bool(match.group("bang"))
            label = match.group("label")
            fix = None
            if not image:
                fix = Fix(index, match.start(), len(match.group(0)), label,
                          QT_TRANSLATE_NOOP("Checks", "Remove the link, keep its text"))
            yield Finding(
                "empty-image-src" if image else "empty-link",
                index,
                QT_TRANSLATE_NOOP("Checks", "Image without an address: „{text}“ points to „{target}“.")
                if image
                else QT_TRANSLATE_NOOP("Checks", "Link without an address: „{text}“ points to „{target}“."),
                {"text": _short(label), "target": target},
                column=match.start(),
                severity=ERROR,
                fix=fix,
            )


def check_local_paths(ctx: CheckContext) -> Iterator[Finding]:
    """Addresses that name a file on this computer (``/home/…``, ``C:\\…``): no reader can open them."""
    for index, line in ctx.body_lines:
        for pattern in (_INLINE_LINK, _REFERENCE_DEFINITION, _HTML_ADDRESS):
            for match in pattern.finditer(line):
                target = _target(match.group("target"))
                if _is_local_path(target):
                    yield _local_path_finding(index, match.start("target"), target)
    for key, src in _front_matter_addresses(ctx.article):
        if _is_local_path(src):
            yield _local_path_finding(ctx.key_line(key), 0, src)


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


def check_straight_quotes(ctx: CheckContext) -> Iterator[Finding]:
    quotes = languages.quote_style(ctx.article.lang)
    if languages.family(ctx.article.lang) != "de" or quotes is None:
        return
    for index, line in ctx.prose:
        singles = [m.start() for m in _OPENING_SINGLE.finditer(line)]
        count = line.count('"') + len(singles)
        if count:
            first = min([line.find('"')] * ('"' in line) + singles)
            yield Finding(
                "straight-quotes",
                index,
                QT_TRANSLATE_NOOP("Checks", "Straight quotation marks in German text ({count}); use {double} or {single}."),
                {"count": count, "double": quotes.double, "single": quotes.single},
                column=first,
            )


def check_spaced_hyphens(ctx: CheckContext) -> Iterator[Finding]:
    """A hyphen between two spaced words ("Markt - Stand") is meant as a dash (–)."""
    for index, line in ctx.prose:
        count = len(_SPACED_HYPHEN.findall(line))
        if count:
            yield Finding(
                "spaced-hyphen",
                index,
                QT_TRANSLATE_NOOP("Checks", "A hyphen between words ({count}); a dash is written –."),
                {"count": count},
            )


def check_doubled_words(ctx: CheckContext) -> Iterator[Finding]:
    for paragraph in _paragraphs(ctx.prose):
        joined = "\n".join(text for _, text in paragraph).replace(_HIDDEN, "")
        for match in _DOUBLED.finditer(joined):
            row = joined.count("\n", 0, match.start(2))
            line, prose = paragraph[row]
            offset = match.start(2) - (joined.rfind("\n", 0, match.start(2)) + 1)
            yield Finding(
                "doubled-word",
                line,
                QT_TRANSLATE_NOOP("Checks", "Doubled word: „{first} {second}“"),
                {"first": match.group(1), "second": match.group(2)},
                column=_column_with_hidden(prose, offset),
            )


def check_spelling(ctx: CheckContext) -> Iterator[Finding]:
    """Each flagged word on a line of its own, with its column: the body and the text
    fields (kicker, headline, teaser, image alt, caption, credit, author bios).
    Skipped while no spelling service is installed."""
    try:
        from editor.core.spelling.service import PROBABLE_TYPO, SpellService
    except ImportError:
        return
    try:
        service = ctx.speller or SpellService(ctx.article.lang)
        checker = getattr(service, "default", service)  # the service's own article, or the tab's
        flagged = [m for m in checker.check_article(ctx.text) if not _in_attribute_list(ctx, m)]
    except FederError as error:
        yield Finding("spelling-unavailable", 0, error.template, dict(error.params))
        return
    notice = getattr(checker, "notice", None)
    if isinstance(notice, FederError):  # the article's language has no dictionary here
        yield Finding("spelling-unavailable", ctx.key_line("lang"), notice.template, dict(notice.params))
    for word in flagged:
        if word.kind == PROBABLE_TYPO:
            yield Finding(
                "probable-typo",
                word.line,
                QT_TRANSLATE_NOOP("Checks", "Probable typo: „{word}“ (meant „{meant}“?)"),
                {"word": word.word, "meant": checker.typo_target(word.word) or ""},
                column=word.column,
            )
        else:
            yield Finding(
                "spelling",
                word.line,
                QT_TRANSLATE_NOOP("Checks", "Misspelled: „{word}“"),
                {"word": word.word},
                column=word.column,
            )


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


# --- helpers ------------------------------------------------------------------------


def local_image_path(src: str, folder: Path | None) -> Path | None:
    """Where the image file ``src`` would be on disk; None for web addresses.

    Relative paths count from the article's folder; without a folder (an
    unsaved article) they cannot be placed, and None is returned too.
    """
    src = src.strip()
    if not src:
        return None
    if src.lower().startswith("file:"):
        from urllib.request import url2pathname  # brings http.client and email: not at start-up

        return Path(url2pathname(urllib.parse.urlparse(src).path))
    if _SCHEME.match(src):
        return None
    path = Path(urllib.parse.unquote(src.split("#", 1)[0].split("?", 1)[0])).expanduser()
    if path.is_absolute():
        return path
    return folder / path if folder is not None else None


def _is_missing(src: str, folder: Path | None) -> bool:
    path = local_image_path(src, folder)
    if path is None:
        return False
    try:
        return not path.is_file()
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte
        return True


def _in_attribute_list(ctx: CheckContext, misspelling: Any) -> bool:
    """Whether a word flagged by the spell checker is markup (``{credit="…"}``'s key)."""
    if not 0 <= misspelling.line < len(ctx.lines):
        return False
    line = ctx.lines[misspelling.line]
    return any(
        m.start() < misspelling.column < m.start() + len(m.group(0)) and not _in_quotes(m.group(0), misspelling.column - m.start())
        for m in _ATTRIBUTE_LIST.finditer(line)
    )


def _in_quotes(attributes: str, offset: int) -> bool:
    """Whether ``offset`` in an attribute list lies inside a quoted value (prose, so spelled)."""
    return any(m.start() < offset < m.end() for m in re.finditer(r'"[^"]*"|\'[^\']*\'', attributes))


def _short(value: Any, limit: int = 60) -> str:
    """``value`` as text for a message, cut to ``limit`` characters."""
    text = value if isinstance(value, str) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _target(raw: str | None) -> str:
    raw = (raw or "").strip()
    if raw.startswith("<") and raw.endswith(">"):
        raw = raw[1:-1].strip()
    return raw


def _is_placeholder(target: str) -> bool:
    """An address nobody can follow: empty, a bare scheme, ``#`` or a word like URL."""
    lowered = target.lower()
    return not lowered or bool(_BARE_SCHEME.match(lowered)) or lowered in _PLACEHOLDERS


def _is_local_path(target: str) -> bool:
    """Whether ``target`` names a file on the writer's disk rather than an address on the web.

    ``/bilder/x.png`` is a site-absolute address, fine on a web site; ``/home/…``
    (and the other top folders of a desktop system), ``~/…``, ``C:\\…`` and ``\\\\server``
    are not; ``file:`` addresses are the local-link rule's.
    """
    target = target.strip()
    if _WINDOWS_PATH.match(target) or target.startswith(("~/", "\\\\")):
        return True
    match = _POSIX_ROOT.match(target)
    return bool(match) and match.group(1) in _LOCAL_ROOTS


def _local_path_finding(line: int, column: int, target: str) -> Finding:
    return Finding(
        "local-path",
        line,
        QT_TRANSLATE_NOOP("Checks", "Address of a file on this computer, which readers cannot open: {path}"),
        {"path": _short(target)},
        column=column,
        severity=ERROR,
    )


def _front_matter_addresses(article: Article) -> Iterator[tuple[str, str]]:
    """(key, address) of the files the front matter names: featured image, author photos."""
    src = article.image.src
    if src:
        yield "image", src
    for author in article.authors:
        photo = author.get("photo")
        if isinstance(photo, str) and photo:
            yield "authors", photo


def _column_with_hidden(prose: str, offset: int) -> int:
    """The column in ``prose`` of the ``offset``-th character that is not _HIDDEN."""
    seen = 0
    for column, char in enumerate(prose):
        if char == _HIDDEN:
            continue
        if seen == offset:
            return column
        seen += 1
    return len(prose)


def _has_content(lines: list[str], heading_line: int, end: int) -> bool:
    index = heading_line + 1
    if not _ATX_LINE.match(lines[heading_line]):
        while index < end and not _SETEXT_LINE.match(lines[index]):
            index += 1  # the rest of a setext heading's title, up to its underline
        index += 1
    return any(line.strip() for line in lines[index:end])


def _paragraphs(prose: list[tuple[int, str]]) -> Iterator[list[tuple[int, str]]]:
    current: list[tuple[int, str]] = []
    previous = -2
    for index, line in prose:
        blank = not line.strip(_MASK + _HIDDEN + " \t")
        if blank or index != previous + 1:
            if current:
                yield current
            current = []
        if not blank:
            current.append((index, line))
        previous = index
    if current:
        yield current


def _blank(pattern: re.Pattern[str], line: str, mask: str = "\x00") -> str:
    """``line`` with ``pattern``'s matches overwritten, so columns stay where they were."""
    return pattern.sub(lambda m: mask * len(m.group(0)), line)


#: Markup a reader sees as something (code, images, URLs) becomes _MASK: not a space,
#: so "die `x` die" is no doubled word. Markup a reader does not see at all (a link's
#: address, tags, emphasis marks) becomes _HIDDEN, which the word checks drop.
_MASK = "\x00"
_HIDDEN = "\x01"
_ATX_LINE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_SETEXT_LINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_ATTRIBUTE_LIST = re.compile(r"(?<=[)\]])\{:?(?:\"[^\"\n]*\"|'[^'\n]*'|[^\n}\"'])*\}")
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_IMAGE = re.compile(
    r"""!\[(?:\\.|[^\]\\])*\]\(\s*(?:<[^>\n]*>|[^\s)]*)(?:\s+(?:"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\([^)]*\)))?\s*\)(?:\{[^}\n]*\})?"""
)
_MARKUP: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^ {0,3}\[[^\]]+\]:.*$"), _MASK),  # reference definition
    (_IMAGE, _MASK),
    (re.compile(r"\]\((?:<[^>]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"), _HIDDEN),
    (re.compile(r"\]\[[^\]]*\]"), _HIDDEN),
    (re.compile(r"<[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*>"), _MASK),  # autolink
    (re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://\S+"), _MASK),  # bare URL
    (re.compile(r"<!--.*?-->"), _HIDDEN),
    (re.compile(r"</?[a-zA-Z][^>]*>"), _HIDDEN),  # HTML tag
    (re.compile(r"\{:?[^}\n]*\}"), _HIDDEN),  # attribute list
    (re.compile(r"\\[\\`*_{}\[\]()#+\-.!\"'|<>~]"), _MASK),  # backslash escape: a literal, on purpose
    (re.compile(r"[\[\]]|(?<!\w)[*_]+|[*_]+(?!\w)"), _HIDDEN),  # link brackets, emphasis marks
)
_LOCAL_URL = re.compile(
    r"\b(?:https?|ftp|wss?)://(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\])(?![\w-])(?!\.\w)[^\s)\"'>\]]*"
    r"|\bfile:/[^\s)\"'>\]]*",
    re.IGNORECASE,
)
_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[\x00\x01—–-]))'(?=\w)")
_DOUBLED = re.compile(r"(?<![\w-])([^\W\d_]+)\s+(\1)(?![\w-])", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+:")
_INLINE_LINK = re.compile(
    r"""(?P<bang>!?)\[(?P<label>(?:\\.|[^\]\\])*)\]"""
    r"""\([ \t]*(?P<target><[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"""
    r"""(?:[ \t]+(?:"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\([^)]*\)))?[ \t]*\)"""
)
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*(?P<target><[^>\n]*>|\S+)")
_HTML_ADDRESS = re.compile(r"""\b(?:src|href)[ \t]*=[ \t]*["'](?P<target>[^"'>]*)["']""", re.IGNORECASE)
_BARE_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:/{0,3}(?:…|\.\.\.)?$")
_PLACEHOLDERS = frozenset({
    "#", "url", "link", "href", "address", "adresse", "todo", "tbd", "xxx", "…", "...", "?",
})
_WINDOWS_PATH = re.compile(r"^[a-zA-Z]:[\\/]")
_POSIX_ROOT = re.compile(r"^/([^/]+)/")
#: Top folders of a desktop computer that no web site serves from (``/home/jana/bild.png``).
_LOCAL_ROOTS = frozenset({
    "home", "Users", "root", "tmp", "var", "mnt", "media", "opt", "usr", "etc", "srv",
    "private", "Volumes", "run", "proc", "dev",
})
