"""Rules on addresses: local addresses, links still without a target, paths of this computer.

A reader cannot open ``http://localhost/…``, ``[text](URL)`` or ``/home/jana/x.png``;
each is an error, and an empty link gets a one-click fix (keep its text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.context import CheckContext
from editor.core.checks.findings import ERROR, Finding, Fix, short
from editor.core.messages import QT_TRANSLATE_NOOP
from editor.core.text.article import Article


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
                {"text": short(label), "target": target},
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
        {"path": short(target)},
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


_LOCAL_URL = re.compile(
    r"\b(?:https?|ftp|wss?)://(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\])(?![\w-])(?!\.\w)[^\s)\"'>\]]*"
    r"|\bfile:/[^\s)\"'>\]]*",
    re.IGNORECASE,
)
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
