"""The release's own title, date and dateline.

The release's own date matters beyond itself: every relative expression in the body
(`today`, `last year`, `in October`) is resolved against it. It is stated in one of a
few places, all near the top:

* a wire dateline opening the body: `MONTREAL, March 16, 2022 /PRNewswire/ --`,
  `SAN JOSE, Calif.--(BUSINESS WIRE)--`, `HANOI - Media OutReach Newswire - 17 July
  2026 -`, `COLUMBUS, OH - June 11, 2025 (NEWMEDIAWIRE) -`, `WASHINGTON -`, and the
  small wires' own orders of place, date and credit: `PRINCETON, NJ, July 01, 2024
  /24-7PressRelease/ --`, `Cornelius, NC (Newsworthy.ai) Wednesday May 15, 2024 @ 10:15
  AM Pacific —`, `HUDSON, FL / PR Karma / June 28, 2024 10:45`, `(NewMediaWire) -
  March 20, 2025 - DALLAS —` (read piece by piece: see dateline.py);
* a line holding only a date under the title (`Jul 23, 2025`, `Tuesday, 15 December
  2009, 10:50 am`), possibly behind a newsroom label (`Published on`, `Posted:`).

A dateline's `date` is the date written in the dateline itself: a dateline without one
has date None even when a date line elsewhere gives the release a published date.
"""
from __future__ import annotations

import re
from typing import Iterator

from .dateline import (DATELINE_WINDOW, NOT_PLACE_WORDS, WIRE_CREDIT, HeaderLine, looks_like_location,
                       parse_dateline)
from .dates.values import first_calendar_date
from ..model import Header

__all__ = ["find_header", "looks_like_location", "parse_dateline"]

# Only the top of a release holds its header; a dateline further down is a quoted one.
HEADER_LINES = 25
HEADER_CHARS = 6000

# A separator between a date line's date and the body: a dash (a hyphen only with spaces
# around it, so hyphenated words do not count) or a colon after a date.
DASH = re.compile(r"\s{0,2}(?:--|[\u2013\u2014])\s{0,2}|\s-\s|:\s")
# A line that is only a date may carry a newsroom label, the weekday, the time and a
# time zone, abbreviated or spelled out as Business Wire does (`Mar 3, 2027 8:00 AM
# Eastern Standard Time`): `Published on March 5, 2024`, `Feb 27, 2020, 08:37 ET`. An embargo line
# (`EMBARGOED UNTIL 00:01 GMT, 3 March 2027`) dates the release too: it is published
# the moment the embargo lifts.
DATE_LINE_WORDS = frozenset("""
    published posted on date dated release released issued for immediate news press
    embargo embargoed until hold
    at am pm a m et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist
    jst aest sgt hkt
    eastern central mountain pacific standard daylight time
""".split())
# A byline before the date on a newsroom page: `By Jane Roe | March 5, 2024`, or after
# it: `Posted on 09/15/2026 by Acme Bio`.
BYLINE = re.compile(r"^\s{0,3}(?i:by)\s(?:[A-Z][\w.'\u2019-]{0,30}\s?){1,4}")
TRAILING_BYLINE = re.compile(r"\s(?i:by)\s(?:[A-Z][\w.'\u2019-]{0,30}\s?){1,4}\s*$")
TIME = re.compile(r"\b\d{1,2}(?::\d\d){1,2}\b|\b\d{1,2}\s?(?=[ap]\.?m\b)|[+-]\d\d:?\d\d\b", re.IGNORECASE)
# Newsroom pages print a reading time beside the date: `3 min read`.
READING_TIME = re.compile(r"\b\d{1,3}\s?(?i:min(?:ute)?s?)\.?\s(?i:read)\b")
# A date line is short; a longer line with a date in it is a sentence.
DATE_LINE_MAX = 80


def _lines(text: str) -> Iterator[HeaderLine]:
    """Non-empty lines of the header region, stripped, with their offsets."""
    count = 0
    blank = True
    for m in re.finditer(r"[^\n]*", text[:HEADER_CHARS]):
        raw = m.group(0)
        stripped = raw.strip()
        if not stripped:
            # an empty match sits at each line end: it is a blank line of its own when
            # it follows a newline; a line of spaces is blank too
            blank = blank or bool(raw) or m.start() == 0 or text[m.start() - 1] == "\n"
            continue
        lead = len(raw) - len(raw.lstrip())
        yield HeaderLine(m.start() + lead, m.start() + lead + len(stripped), stripped, blank)
        blank = False
        count += 1
        if count >= HEADER_LINES:
            return


def _is_furniture(line: HeaderLine) -> bool:
    """`FOR IMMEDIATE RELEASE`, `Press Release`, `NEWS`: labels, not a title."""
    words = re.findall(r"[^\W\d_]+", line.text.lower())
    return bool(words) and all(w in NOT_PLACE_WORDS or w in ("for", "until") for w in words)


TITLE_MAX = 300


# `Media Contact:`, `Contact: Jo Ray, 555-0100`: a label that opens a contact block.
CONTACT_LABEL = re.compile(r"^(?:(?i:media|press|investor|investors)\s)?(?i:contacts?)\s?:")


def _title(lines: list[HeaderLine]) -> str | None:
    """The first line that is neither a label, a date line nor a contact block.

    Of a breadcrumb trail (`Site > News > Title`) only the last step is the title. A
    contact block above the title (`Contact:` then a name, an e-mail, a phone) runs to
    the next blank line.
    """
    in_contact = False
    for line in lines:
        in_contact = (in_contact and not line.opens_block) or bool(CONTACT_LABEL.match(line.text))
        if in_contact or _is_furniture(line) or _date_line(line):
            continue
        title = line.text
        if " > " in title:
            title = title.rsplit(" > ", 1)[1].strip() or title
        # a headline is a line, not a paragraph: a text that opens with a long one has none
        return title if len(title) <= TITLE_MAX else None
    return None


def _date_line(line: HeaderLine) -> tuple[str, int, int] | None:
    """(value, start, end) when the line states the release's date and nothing else.

    Either a short line that is only a date, with at most a label, a byline, a time and
    a time zone (`Published on March 5, 2024`, `Feb 27, 2020, 08:37 ET`, `2024-03-05`),
    or a body line that opens with a date and a dash or wire credit but names no place
    (`March 5, 2024 -- Acme today announced ...`).
    """
    found = first_calendar_date(line.text[:DATELINE_WINDOW])
    if not found:
        return None
    value, start, end = found
    span = (value, line.start + start, line.start + end)
    if start == 0:
        after = line.text[end:]
        # `March 5, 2024 /PRNewswire/ --`: the credit's own slash must stay on it
        if DASH.match(after) or WIRE_CREDIT.match(after.lstrip(" \t,;:\u00a0*")):
            return span
    if len(line.text) > DATE_LINE_MAX:
        return None
    before = BYLINE.sub(" ", line.text[:start])
    after = TRAILING_BYLINE.sub(" ", line.text[end:])
    rest = TIME.sub(" ", READING_TIME.sub(" ", before + " " + after))
    words = re.findall(r"[^\W\d_]+|\d+", rest.lower())
    if any(w not in DATE_LINE_WORDS for w in words):
        return None
    return span


# A paragraph of body text: a long line that ends a sentence. A headline, however long,
# does not end with a full stop.
PARAGRAPH_CHARS = 120


def _is_paragraph(line: HeaderLine) -> bool:
    return len(line.text) >= PARAGRAPH_CHARS and line.text.rstrip("*").endswith((".", "!", "?", "\"", "\u201d"))


def find_header(text: str) -> Header:
    """Title, own date and dateline of a release (see the module docstring)."""
    lines = list(_lines(text or ""))
    header = Header()
    found = None
    dateline_index = len(lines)
    for index, line in enumerate(lines):
        found = parse_dateline(line)
        # The first line is usually the title, which may well be in capitals and hold a
        # dash; it counts as a dateline only with a date or a wire credit in it.
        if found and index == 0 and found.date_span is None and not WIRE_CREDIT.search(found.dateline.text):
            found = None
        if found:
            dateline_index = index
            break
    # The title stands above the dateline: the dateline's own line is the body.
    header.title = _title(lines[:dateline_index])
    if found:
        header.dateline = found.dateline
        if found.dateline.date and found.date_span:
            header.published = found.dateline.date
            header.published_start, header.published_end = found.date_span
    if header.published is None:
        # A date line above the dateline (or, when there is none, above the end of the
        # first paragraph) is the release's date: newsroom pages print it under the
        # title. Below the first paragraph a `Date:` line dates an event, not the release.
        first_paragraph = next((i for i, line in enumerate(lines) if _is_paragraph(line)), len(lines))
        for line in lines[:min(dateline_index, first_paragraph + 1)]:
            dated = _date_line(line)
            if dated:
                header.published, header.published_start, header.published_end = dated
                break
    if found and found.month_day and header.published and header.published.endswith(found.month_day):
        # `NEW YORK, March 5 /PRNewswire/` under a `March 5, 2024` date line: same day.
        header.dateline.date = header.published
    if header.published_start is not None:
        header.published_text = text[header.published_start:header.published_end]
    return header
