"""Dates typed into the date field (#17, point 3): ISO and day.month.year."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.core.text.dates import parse_date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2025-12-01", dt.date(2025, 12, 1)),
        ("01.12.2025", dt.date(2025, 12, 1)),
        ("1.12.2025", dt.date(2025, 12, 1)),
        (" 1. 12. 2025 ", dt.date(2025, 12, 1)),
        ("1.12.25", dt.date(2025, 12, 1)),
        ("2024-02-29", dt.date(2024, 2, 29)),
    ],
)
def test_dates_in_both_forms(typed, expected) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["", "No date0251201", "32.12.2025", "2025-13-01", "2023-02-29", "12/01/2025", "heute"])
def test_anything_else_is_not_a_date(typed) -> None:
    assert parse_date(typed) is None
