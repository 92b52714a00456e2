"""A matched date as its normal form: ISO 8601 `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

python-dateutil parses what the patterns find, with a sentinel default so that a part
the text does not give (usually the year) stays visibly missing.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from dateutil import parser as dateutil_parser

from .patterns import FULL_DATE, ISO_DATE, MONTH_ABBREVIATIONS, MONTH_NUMBERS, SLASH_DATE

# --------------------------------------------------------------------------- parsing

# Two sentinel defaults that differ in every field: a part the text does not give comes
# out different in the two parses and is detected as missing. Both are leap years so
# `February 29` without a year still parses.
_DEFAULT_A = datetime(4, 1, 1)
_DEFAULT_B = datetime(8, 3, 2)


@lru_cache(maxsize=4096)
def parse_date_text(text: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) that the text states, None for each part it leaves out.

    dateutil does the reading; the two defaults only expose what it had to invent, so a
    missing year is never filled from the current date.
    """
    try:
        a = dateutil_parser.parse(text, default=_DEFAULT_A)
        b = dateutil_parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError):
        return None, None, None
    return (
        a.year if a.year == b.year else None,
        a.month if a.month == b.month else None,
        a.day if a.day == b.day else None,
    )


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _month_number(word: str) -> int:
    key = word.rstrip(".").lower()
    return MONTH_NUMBERS.get(key) or MONTH_ABBREVIATIONS[key]


def _full_year(text: str, near: int | None = None) -> int:
    """Four-digit year from `2025`, `25` or `'25` (two digits are 20xx, or the century of `near`)."""
    digits = text.strip("'\u2019 ")
    if len(digits) == 4:
        return int(digits)
    century = (near // 100) * 100 if near else 2000
    return century + int(digits)


def full_date_value(match: re.Match[str]) -> str | None:
    """ISO value of a FULL_DATE match, parsed by dateutil from the matched words."""
    if match.group("m1"):
        core = f"{match.group('m1')} {match.group('d1')} {match.group('y1')}"
    else:
        core = f"{match.group('d2')} {match.group('m2')} {match.group('y2')}"
    year, month, day = parse_date_text(core)
    if year is None or month is None or day is None:
        return None
    return iso(year, month, day)


def first_calendar_date(text: str) -> tuple[str, int, int] | None:
    """(value, start, end) of the first complete date written out in `text`.

    Words (`March 5, 2024`), ISO (`2024-03-05`) or slashes (`3/5/2024`); used by the
    header finder for a release's own date line.
    """
    found = []
    for m in FULL_DATE.finditer(text):
        value = full_date_value(m)
        if value:
            found.append((m.start(), m.end(), value))
            break
    for pattern in (ISO_DATE, SLASH_DATE):
        for m in pattern.finditer(text):
            y, mo, d = parse_date_text(m.group(0))
            if y and mo and d:
                found.append((m.start(), m.end(), iso(y, mo, d)))
                break
    if not found:
        return None
    start, end, value = min(found)
    return value, start, end
