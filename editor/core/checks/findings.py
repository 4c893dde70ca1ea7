"""What a check reports: a :class:`Finding` at a place, how bad it is, and maybe a :class:`Fix`.

Kept apart from the rules so that the panel, the publish dialog and ``feder
check`` can show findings without loading the rules (and Markdown with them).
Messages are translatable templates, filled with ``params`` when shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor.core.messages import QT_TRANSLATE_NOOP, Message, Translate, untranslated

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


def short(value: Any, limit: int = 60) -> str:
    """``value`` as text for a message, on one line and cut to ``limit`` characters."""
    text = value if isinstance(value, str) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
