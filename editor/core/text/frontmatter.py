"""Front matter: find it, read it safely, change one key without reformatting the rest.

YAML between ``---`` fences is Feder's own format; TOML between ``+++`` fences
(Hugo's other format) is read with :mod:`tomllib` and written with tomlkit, which
keeps the rest of the TOML as written. The article's text (front matter and
body) is the single source of truth. The fields panel changes a key by
rewriting only that key's lines, so hand-written front matter keeps its
comments, order and quoting, and a file opened and saved without edits comes
back byte for byte.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

import yaml

from editor.core.messages import QT_TRANSLATE_NOOP, FederError

#: The order new front matter keys are put in; other keys follow, as they were added.
CANONICAL_ORDER = ("title", "kicker", "teaser", "slug", "date", "tags", "lang", "image", "authors")

YAML, TOML = "yaml", "toml"
_OPENING = re.compile(r"---[ \t]*\r?\n")  # CRLF text scans like LF (markdown_lines)
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_TOML_OPENING = re.compile(r"\+\+\+[ \t]*\r?\n")
_TOML_CLOSING = re.compile(r"^\+\+\+[ \t]*\r?$", re.MULTILINE)
_FENCES = {YAML: "---", TOML: "+++"}
_TOP_LEVEL_KEY = re.compile(r"^([^\s#:'\"\-][^:\n]*?|'[^'\n]*'|\"[^\"\n]*\")[ \t]*:(?:[ \t]|$)")


#: Deepest nesting of ``[`` and ``{`` accepted in front matter; real articles need 3.
MAX_DEPTH = 50


def _flow_depth(front: str) -> int:
    """How deep ``front`` nests: ``[``/``{`` (quotes not parsed: an upper bound) or indentation.

    Indentation counts as one level per two spaces, the narrowest YAML style.
    """
    depth = deepest = 0
    for char in front:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}" and depth:
            depth -= 1
    indent = max((len(line) - len(line.lstrip(" ")) for line in front.split("\n")), default=0)
    return max(deepest, indent // 2)


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, except that an impossible date stays text.

    ``date: 2026-13-45`` or ``2026-02-30`` looks like a timestamp to YAML, and
    PyYAML raises ValueError building it. The writer's text is kept as a string
    instead, so the window, the exports and the checks see what was typed (the
    check names the bad date) rather than losing all front matter.
    """

    def construct_yaml_timestamp(self, node: yaml.Node):  # type: ignore[override]
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError, AttributeError):
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


@dataclass(frozen=True)
class Parts:
    """A text cut into front matter and body.

    ``front`` is the YAML or TOML between the fences (None when the text has
    none); ``body_start`` is where the body begins in the original text;
    ``fmt`` says which of the two it is (``yaml`` without front matter).
    """

    front: str | None
    body: str
    body_start: int
    fmt: str = YAML

    @property
    def front_end(self) -> int:
        """Offset just after the closing fence (0 without front matter)."""
        return self.body_start


def split(text: str) -> Parts:
    """Cut ``text`` (newlines normalised to ``\\n``) into front matter and body."""
    for fmt, opening_re, closing_re in ((YAML, _OPENING, _CLOSING), (TOML, _TOML_OPENING, _TOML_CLOSING)):
        opening = opening_re.match(text)
        if not opening:
            continue
        closing = closing_re.search(text, opening.end())
        if not closing:
            return Parts(None, text, 0)
        end = closing.end()
        if end < len(text) and text[end] == "\n":
            end += 1
        return Parts(text[opening.end() : closing.start()], text[end:], end, fmt)
    return Parts(None, text, 0)


def fence(fmt: str) -> str:
    """The line that opens and closes front matter in ``fmt``: ``---`` or ``+++``."""
    return _FENCES[fmt]


def parse(front: str | None, fmt: str = YAML) -> dict[str, Any]:
    """Read front matter as a mapping: YAML with PyYAML's safe loader, TOML with tomllib.

    YAML aliases are refused: a few lines of them ("billion laughs") can make any
    consumer that walks the data, exporters included, explode in time and memory.
    """
    if front is None or not front.strip():
        return {}
    if _flow_depth(front) > MAX_DEPTH:
        # PyYAML needs seconds to minutes for a few thousand "[" before it gives up,
        # tomllib runs out of stack, and the window parses on every edit: refuse at once.
        raise FederError(
            QT_TRANSLATE_NOOP("FrontMatter", "The front matter is nested more than {limit} levels deep."),
            limit=MAX_DEPTH,
        )
    if fmt == TOML:
        return _parse_toml(front)
    try:
        for event in yaml.parse(front, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                raise FederError(
                    QT_TRANSLATE_NOOP(
                        "FrontMatter", "The front matter uses YAML aliases (*name), which Feder does not accept."
                    )
                )
        data = yaml.load(front, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1  # +1 for 1-based, +1 for the fence
        problem = getattr(exc, "problem", None) or str(exc)
        raise FederError(
            QT_TRANSLATE_NOOP("FrontMatter", "The front matter is not valid YAML (line {line}: {problem})."),
            line=line,
            problem=problem,
        ) from exc
    except Exception as exc:
        # A value PyYAML's constructors cannot build (``!!int x``, ``!!bool x``,
        # ``!!timestamp x``, nesting deeper than Python's stack): they raise
        # ValueError, KeyError, AttributeError … The same one-line message, never a
        # traceback: the window parses on every edit.
        raise FederError(
            QT_TRANSLATE_NOOP("FrontMatter", "The front matter is not valid YAML (line {line}: {problem})."),
            line=1,
            problem=str(exc) or type(exc).__name__,
        ) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FederError(
            QT_TRANSLATE_NOOP("FrontMatter", "The front matter is not a list of keys and values.")
        )
    return data


def dump(meta: dict[str, Any], fmt: str = YAML) -> str:
    """Write ``meta`` as block-style YAML (or TOML), keys in their order, umlauts as they are."""
    if not meta:
        return ""
    if fmt == TOML:
        import tomlkit  # TOML is rare: not loaded at start-up (about 30 ms)

        return tomlkit.dumps(_toml_ready(meta))
    return yaml.safe_dump(
        _yaml_ready(meta), allow_unicode=True, sort_keys=False, default_flow_style=False, width=100_000
    )


def set_key(front: str | None, key: str, value: Any, fmt: str = YAML) -> str:
    """Return ``front`` with top-level ``key`` set to ``value`` (None removes it).

    Only the lines that belong to ``key`` change; everything else stays as written.
    """
    if fmt == TOML:
        return _set_toml_key(front, key, value)
    lines = (front or "").splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    start, end = _key_span(lines, key)
    replacement = [] if value is None else dump({key: value}).splitlines(keepends=True)
    if start is None:
        at = _insertion_line(lines, key)
        return "".join(lines[:at] + replacement + lines[at:])
    return "".join(lines[:start] + replacement + lines[end:])


def with_front(text: str, front: str, fmt: str = YAML) -> str:
    """Put ``front`` as the front matter of ``text``, replacing any that is there.

    An empty ``front`` removes the fences too, so a body-only file stays body-only.
    """
    parts = split(text)
    if not front.strip():
        return parts.body if parts.front is not None else text
    if not front.endswith("\n"):
        front += "\n"
    return f"{fence(fmt)}\n{front}{fence(fmt)}\n{parts.body}"



def changed_keys(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The top-level keys whose values differ between two parsed front matters, in order."""
    return [key for key in dict.fromkeys([*before, *after]) if before.get(key) != after.get(key)]


def changed_keys_in_text(text_before: str, text_after: str) -> list[str]:
    """:func:`changed_keys` between the front matters of two texts; none when either does not parse."""
    parts_before, parts_after = split(text_before), split(text_after)
    try:
        before = parse(parts_before.front, parts_before.fmt)
        after = parse(parts_after.front, parts_after.fmt)
    except FederError:
        return []
    return changed_keys(before, after)

def _parse_toml(front: str) -> dict[str, Any]:
    import tomllib  # TOML is rare: not loaded at start-up

    try:
        return tomllib.loads(front)
    except (RecursionError, MemoryError) as exc:
        raise FederError(
            QT_TRANSLATE_NOOP("FrontMatter", "The front matter is not valid TOML (line {line}: {problem})."),
            line=1,
            problem=type(exc).__name__,
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(found.group(1)) + 1 if found else 1  # +1 for the fence
        problem = re.sub(r"\s*\(at line.*\)$", "", str(exc)) or type(exc).__name__
        raise FederError(
            QT_TRANSLATE_NOOP("FrontMatter", "The front matter is not valid TOML (line {line}: {problem})."),
            line=line,
            problem=problem,
        ) from exc


def _set_toml_key(front: str | None, key: str, value: Any) -> str:
    """tomlkit changes one key and keeps every other line (comments, order, quoting) as written."""
    import tomlkit  # TOML is rare: not loaded at start-up

    try:
        document = tomlkit.parse(front or "")
    except tomlkit.exceptions.TOMLKitError as exc:
        raise FederError(
            QT_TRANSLATE_NOOP("FrontMatter", "The front matter is not valid TOML (line {line}: {problem})."),
            line=getattr(exc, "line", 0) + 1,
            problem=str(exc),
        ) from exc
    if value is None:
        document.pop(key, None)
    else:
        document[key] = _toml_ready(value)
    return tomlkit.dumps(document)


def _yaml_ready(value: Any) -> Any:
    """``value`` with what YAML has no type for (a TOML local time) written as text."""
    if isinstance(value, dict):
        return {k: _yaml_ready(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_yaml_ready(v) for v in value]
    if isinstance(value, _dt.time):
        return value.isoformat()
    return value


def _toml_ready(value: Any) -> Any:
    """``value`` without what TOML cannot hold (None); a date-time without time zone stays local."""
    if isinstance(value, dict):
        return {str(k): _toml_ready(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_toml_ready(v) for v in value if v is not None]
    if isinstance(value, _dt.datetime | _dt.date | _dt.time | bool | int | float | str):
        return value
    return str(value)


def _rank(key: str) -> int:
    return CANONICAL_ORDER.index(key) if key in CANONICAL_ORDER else len(CANONICAL_ORDER)


def _insertion_line(lines: list[str], key: str) -> int:
    """Where a new ``key`` goes: before the first key that comes later in the canonical order.

    So the fields land as a reader expects them (title first), not in the order
    they were filled in; keys Feder does not know stay after its own.
    """
    rank = _rank(key)
    for index, line in enumerate(lines):
        match = _TOP_LEVEL_KEY.match(line)
        if match and _rank(_unquote(match.group(1))) > rank:
            return index
    return len(lines)


def _key_span(lines: list[str], key: str) -> tuple[int | None, int]:
    """Line range [start, end) of top-level ``key`` and its nested lines."""
    start = None
    for index, line in enumerate(lines):
        match = _TOP_LEVEL_KEY.match(line)
        if start is None:
            if match and _unquote(match.group(1)) == key:
                start = index
            continue
        if match or (line.strip() and not line[0].isspace() and not line.startswith("-")):
            return start, index
    return start, len(lines)


def _unquote(name: str) -> str:
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "'\"":
        return name[1:-1]
    return name.strip()
