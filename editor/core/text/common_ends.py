"""How much two versions of a line share at the start and at the end.

An edit changes one stretch of a line; what lies left and right of it is the
same text, so work done for it can be kept (tokens for spelling, painted
lines). Slices of 32 characters are compared first: most of a long line is
shared, and comparing it one character at a time in Python would cost more
than the work it saves.
"""

from __future__ import annotations


def common_prefix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share from the start."""
    limit = min(len(a), len(b))
    index = 0
    while index + 32 <= limit and a[index : index + 32] == b[index : index + 32]:
        index += 32
    while index < limit and a[index] == b[index]:
        index += 1
    return index


def common_suffix(a: str, b: str, limit: int) -> int:
    """How many characters ``a`` and ``b`` share at the end, at most ``limit``."""
    count = 0
    end_a, end_b = len(a), len(b)
    while (
        count + 32 <= limit
        and a[end_a - count - 32 : end_a - count] == b[end_b - count - 32 : end_b - count]
    ):
        count += 32
    while count < limit and a[end_a - count - 1] == b[end_b - count - 1]:
        count += 1
    return count
