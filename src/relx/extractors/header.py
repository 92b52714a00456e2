"""The release's own title, date and dateline.

The release's own date matters beyond itself: every relative expression in the body
(`today`, `last year`, `in October`) is resolved against it. It is stated in one of a
few places, all near the top:

* a wire dateline opening the body: `MONTREAL, March 16, 2022 /PRNewswire/ --`,
  `SAN JOSE, Calif.--(BUSINESS WIRE)--`, `HANOI - Media OutReach Newswire - 17 July
  2026 -`, `COLUMBUS, OH - June 11, 2025 (NEWMEDIAWIRE) -`, `WASHINGTON -`;
* a line holding only a date under the title (`Jul 23, 2025`, `Tuesday, 15 December
  2009, 10:50 am`), possibly behind a newsroom label (`Published on`, `Posted:`).

A dateline's `date` is the date written in the dateline itself: a dateline without one
has date None even when a date line elsewhere gives the release a published date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from .dates.patterns import FULL_DATE, MONTH_DAY
from .dates.values import first_calendar_date, full_date_value, parse_date_text
from ..model import Dateline, Header

# Only the top of a release holds its header; a dateline further down is a quoted one.
HEADER_LINES = 25
HEADER_CHARS = 6000
# A dateline's location comes within this many characters of the start of its line.
DATELINE_WINDOW = 300

# A newswire credit: `/PRNewswire/`, `(BUSINESS WIRE)`, `(GLOBE NEWSWIRE)`,
# `/ ACCESSWIRE /`, `(NEWMEDIAWIRE)`, `/EINPresswire.com/`, `(Newsfile Corp. - <date>)`, `/CNW/`,
# and Media OutReach's unbracketed `Media OutReach Newswire`. The bracketed body is
# bounded and cannot contain a bracket, so the search stays linear.
WIRE_CREDIT = re.compile(
    r"[(/][^()/\n]{0,30}?(?i:wire(?!less)|prweb|newsfile|cnw)[^()/\n]{0,30}[)/]"
    r"|\b(?i:Media\sOutReach)(?:\s(?i:Newswire))?\b"
)
# A separator between the dateline and the body: a dash (a hyphen only with spaces
# around it, so hyphenated words do not count) or a colon after a date.
DASH = re.compile(r"\s{0,2}(?:--|[\u2013\u2014])\s{0,2}|\s-\s|:\s")
# Punctuation that may trail a location or a date inside a dateline, including the
# asterisks of a Markdown copy (`**NEW YORK, March 3, 2027** --`).
TRAILING = " \t,;:/-\u2013\u2014(\u00a0*"
# Lower-case words a place name may contain: `Stratford-upon-Avon`, `Rio de Janeiro`.
PLACE_CONNECTORS = frozenset("and & of de del la le du da do dos das am upon on sur en y the".split())

# Words of release furniture that a capitalized line before a dash may hold
# (`NEWS RELEASE - FOR IMMEDIATE RELEASE`, `MEDIA ADVISORY -`): never a place.
NOT_PLACE_WORDS = frozenset("""
    release news press media contact contacts advisory immediate embargo embargoed update
    statement announcement alert notice inc corp ltd llc plc
""".split())
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


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str
    opens_block: bool = True  # first line, or after a blank line


@dataclass(frozen=True, slots=True)
class _DatelineMatch:
    dateline: Dateline
    date_span: tuple[int, int] | None = None  # where the dateline's full date is written
    month_day: str | None = None  # `03-05` of a dateline date written without its year


def _lines(text: str) -> Iterator[_Line]:
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
        yield _Line(m.start() + lead, m.start() + lead + len(stripped), stripped, blank)
        blank = False
        count += 1
        if count >= HEADER_LINES:
            return


def _is_furniture(line: _Line) -> bool:
    """`FOR IMMEDIATE RELEASE`, `Press Release`, `NEWS`: labels, not a title."""
    words = re.findall(r"[^\W\d_]+", line.text.lower())
    return bool(words) and all(w in NOT_PLACE_WORDS or w in ("for", "until") for w in words)


TITLE_MAX = 300


# `Media Contact:`, `Contact: Jo Ray, 555-0100`: a label that opens a contact block.
CONTACT_LABEL = re.compile(r"^(?:(?i:media|press|investor|investors)\s)?(?i:contacts?)\s?:")


def _title(lines: list[_Line]) -> str | None:
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


def looks_like_location(text: str) -> bool:
    """Whether text reads as a place: a few capitalized words, commas, `&`, `/`.

    `CHICAGO & FORT LAUDERDALE, Fla.`, `Fukuoka, Japan/New York, United States`; not
    a clause (`Acme today announced`), not a bullet, not a number.
    """
    if not 2 <= len(text) <= 90 or not text[0].isupper():
        return False
    if any(ch.isdigit() for ch in text) or re.search(r"[^\w\s.,&/'\u2019()\-]", text):
        return False
    words = re.split(r"[\s/]+", text.strip())
    if len(words) > 10:
        return False
    for word in words:
        core = word.strip(".,()'\u2019-")
        if not core:
            continue
        if core.lower() in NOT_PLACE_WORDS:
            return False
        if not (core[0].isupper() or core.lower() in PLACE_CONNECTORS):
            return False
    return True


def _is_shouted(location: str) -> bool:
    """A location in capitals (`WASHINGTON`, `SAN JOSE, Calif.`): the wire style."""
    first = location.split(",")[0]
    letters = [c for c in first if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _date_ending(segment: str, pattern: re.Pattern[str] = FULL_DATE) -> re.Match[str] | None:
    """A date that closes `segment` (up to dateline punctuation)."""
    last = None
    for m in pattern.finditer(segment):
        last = m
    if last and not segment[last.end():].strip(TRAILING + ")"):
        return last
    return None


def _strip_yearless_date(location_text: str) -> tuple[str, str | None]:
    """`NEW YORK, March 5` -> (`NEW YORK, `, `03-05`): a dateline date without its year.

    Some wires leave the year out; the place is still the place, and the month and
    day can be checked against the release's date line.
    """
    m = _date_ending(location_text, MONTH_DAY)
    if not m:
        return location_text, None
    core = f"{m.group('m1')} {m.group('d1')}" if m.group("m1") else f"{m.group('d2')} {m.group('m2')}"
    _, month, day = parse_date_text(core)
    if month is None or day is None:
        return location_text, None
    return location_text[:m.start()], f"{month:02d}-{day:02d}"


def _date_opening(segment: str) -> re.Match[str] | None:
    """A full date that opens `segment`, after dateline punctuation."""
    lead = len(segment) - len(segment.lstrip(TRAILING))
    return FULL_DATE.match(segment, lead)


def parse_dateline(line: _Line) -> _DatelineMatch | None:
    """A dateline opening this line, and the span of its date if it has one.

    With a wire credit the location is what precedes it, less a date at its end; the
    date may also sit in or just after the credit (ACCESSWIRE, Media OutReach,
    Newsfile). Without a credit the location must end at a dash and either be written
    in capitals or be followed by a date: `WASHINGTON -`, `Fukuoka, Japan - July 1st
    2025 -`.
    """
    head = line.text[:DATELINE_WINDOW]
    wire = WIRE_CREDIT.search(head)
    if wire:
        before = head[:wire.start()]
        ending = _date_ending(before)
        if ending:
            return _finish(line, before[:ending.start()], ending, ending.start(), wire.end())
        inside = FULL_DATE.search(wire.group(0))
        if inside:
            return _finish(line, before, inside, wire.start() + inside.start(), wire.end())
        opening = _date_opening(head[wire.end():])
        if opening:
            return _finish(line, before, opening, wire.end() + opening.start(),
                           wire.end() + opening.end())
        return _finish(line, before, None, 0, wire.end())
    dash = DASH.search(head)
    if not dash or dash.start() == 0:
        return None
    before = head[:dash.start()]
    ending = _date_ending(before)
    if ending:
        return _finish(line, before[:ending.start()], ending, ending.start(), dash.start())
    if dash.group(0).strip() == ":":
        return None
    after = head[dash.end():]
    opening = _date_opening(after)
    if opening and DASH.match(after, opening.end()):
        return _finish(line, before, opening, dash.end() + opening.start(), dash.end() + opening.end())
    return _finish(line, before, None, 0, dash.start(), need_caps=True)


def _finish(line: _Line, location_text: str, date_match: re.Match[str] | None, date_at: int,
            end: int, need_caps: bool = False) -> _DatelineMatch | None:
    month_day = None
    if date_match is None:
        location_text, month_day = _strip_yearless_date(location_text)
    location = location_text.strip(TRAILING)
    if not looks_like_location(location) or (need_caps and not month_day and not _is_shouted(location)):
        return None
    start = line.start + location_text.index(location)
    stop = line.start + len(line.text[:end].rstrip().rstrip("*"))
    value = full_date_value(date_match) if date_match else None
    span = None
    if value:
        span = (line.start + date_at, line.start + date_at + (date_match.end() - date_match.start()))
    dateline = Dateline(location=location, date=value, start=start, end=stop,
                        text=line.text[start - line.start:stop - line.start])
    return _DatelineMatch(dateline, span, month_day)


def _date_line(line: _Line) -> tuple[str, int, int] | None:
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
        # A date line above the dateline (or anywhere in the header region when there
        # is none) is the release's date: newsroom pages print it under the title.
        for line in lines[:dateline_index]:
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
