"""Reading a date the writer typed: ISO (2025-12-01) or day.month.year (01.12.2025).

Qt-free so the rules are tested without a screen; the date field adds the
locale's own format on top. Anything else is "not a date", never a guess.
"""

from __future__ import annotations

import datetime as _dt
import re

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4}|\d{2})")


def parse_date(text: str) -> _dt.date | None:
    """The date in ``text``, or None when it is not one (empty text is None too).

    A two-digit year means this century (1.12.25 → 2025-12-01).
    """
    text = text.strip()
    for pattern, order in ((_ISO, (0, 1, 2)), (_DOTTED, (2, 1, 0))):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = [int(match.group(i + 1)) for i in range(3)]
        year, month, day = (parts[i] for i in order)
        if year < 100:
            year += 2000
        try:
            return _dt.date(year, month, day)
        except ValueError:
            return None
    return None
