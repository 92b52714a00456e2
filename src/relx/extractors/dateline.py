"""A wire's dateline: the place, date and credit that open a release's body.

`MONTREAL, March 16, 2022 /PRNewswire/ --`, `SAN JOSE, Calif.--(BUSINESS WIRE)--`,
`HANOI - Media OutReach Newswire - 17 July 2026 -`, `WASHINGTON -`, and the small
wires' own orders of place, date and credit: `PRINCETON, NJ, July 01, 2024
/24-7PressRelease/ --`, `Cornelius, NC (Newsworthy.ai) Wednesday May 15, 2024 @ 10:15 AM
Pacific —`, `HUDSON, FL / PR Karma / June 28, 2024 10:45`, `(NewMediaWire) - March 20,
2025 - DALLAS —`. Each line is read piece by piece (see "dateline pieces" below);
header.py decides which line of the top of a release holds it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from .dates.patterns import FULL_DATE, ISO_DATE, MONTH_DAY, SLASH_DATE
from .dates.values import full_date_value, iso, parse_date_text
from ..model import Dateline

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
    published posted updated dated issued by date time when where location venue details
""".split())


@dataclass(frozen=True, slots=True)
class HeaderLine:
    """A non-empty line of the top of a release, stripped, with its offsets."""

    start: int
    end: int
    text: str
    opens_block: bool = True  # first line, or after a blank line


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline found on a line, with where its date is written."""

    dateline: Dateline
    date_span: tuple[int, int] | None = None  # where the dateline's full date is written
    month_day: str | None = None  # `03-05` of a dateline date written without its year


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


# ------------------------------------------------------------------ dateline pieces
#
# A dateline is a run of at most three kinds of piece, in the order each wire prefers,
# closed by a dash (or a colon, or a slash) before the body, or by the end of its line:
#   a place     `PRINCETON, NJ`, `Cornelius, NC`, `VANCOUVER, BRITISH COLUMBIA`;
#   a date      `July 01, 2024`, `Wednesday May 15, 2024 @ 10:15 AM Pacific`, `(March 5, 2024)`;
#   a credit    the wire that carried it: `/PRNewswire/`, `(BUSINESS WIRE)`, `(Newsworthy.ai)`,
#               `/24-7PressRelease/`, `/ PR Karma /`, `[Media OutReach Newswire](https://...)`.
# `PRINCETON, NJ, July 01, 2024 /24-7PressRelease/ --`, `HUDSON, FL / PR Karma / June 28,
# 2024 10:45`, `(NewMediaWire) - March 20, 2025 - DALLAS —`: the line is read piece by
# piece and the dateline is the pieces before the first text that is not its place.

# The separators between pieces that may close a dateline: `--`, an en or em dash, a
# hyphen with a space on at least one side (`2025- Boston`; not `Stratford-upon-Avon`),
# a colon before a space, a slash standing alone (`March 5, 2024 / Acme ...`), a bar, and
# a full stop after a date (`DALLAS, TX, July 15, 2026. Acme ...`: checked where used).
CLOSER = re.compile(r"\s{0,3}(?:-{2,}|[\u2013\u2014]|(?<=\s)-|-(?=\s)|:(?=\s)|/{1,2}(?=\s)|\||\.(?=\s))\s{0,3}")
# Blanks and commas between pieces, a Markdown copy's asterisks (`**LEEDS, ...** --`), and
# the zero-width characters a web page leaves at a line's start.
BLANKS = re.compile(r"[\s,;*\u00a0\u200b-\u200d\u2060\ufeff]*")
# Where a place's text stops: at a closer, a bracket, a slash with a space beside it
# (`HUDSON, FL / PR Karma /`) or a credit such as `/PRNewswire/` (a slash inside a
# place, `Fukuoka, Japan/New York`, does not stop it). A date is looked for apart.
TEXT_STOP = re.compile(r"-{2,}|[\u2013\u2014]|\s-|-\s|:\s|[(\[|]|\s/|/\s|" + WIRE_CREDIT.pattern)
# A credit between slashes that is not named a wire: `/24-7PressRelease/`, `/ PR Karma /`,
# `/ Download Workshop Manuals /`. Any words may stand there, so it counts only beside a
# date, the way every wire that prints one sets it.
SLASH_CREDIT = re.compile(r"/[^/\n]{1,100}?/(?=[\s\-\u2013\u2014*]|$)")
# A credit in brackets (`(Newsworthy.ai)`, `[Noticias Newswire]`): likewise, only beside a date,
# or as a news agency between a place and a dash (`NEW YORK (Reuters) -`).
PAREN_CREDIT = re.compile(r"\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\](?!\()")
# A wire named without brackets right after the date: `May 12, 2026 PRISM MediaWire (...) -`.
BARE_WIRE = re.compile(r"(?:[A-Z][\w.&'-]{0,30}\s){0,3}[A-Z][\w.&'-]{0,30}?(?i:wire)\b")
# A credit as a Markdown link in a text copy: `[Media OutReach Newswire](https://...)`.
LINK_CREDIT = re.compile(r"\[([^\]\n]{1,60})\]\([^)\s]{1,300}\)")
# The time a wire prints after its date: `@ 10:15 AM Pacific`, `10:45`, `, 8:00 a.m. ET`,
# `@ 12:10 PM America/Dawson_Creek`. Its zone word is taken only where the dateline then
# ends (checked where it is used), so that it never eats the body's first word.
TIME_AFTER = re.compile(r"(?:\s{0,3}[@,]\s{0,3}|\s{1,3}(?:at\s{1,3})?)\d{1,2}(?::\d\d){1,2}"
                        r"(?:\s{0,2}[AaPp]\.?[Mm]\b\.?)?")
TIME_ZONE = re.compile(r"\s{1,3}[A-Z][A-Za-z]{1,15}(?:/[A-Za-z_]{1,25})?"
                       r"(?:\s{1,2}(?:Standard\s{1,2}|Daylight\s{1,2})?Time)?")


@dataclass(frozen=True, slots=True)
class _Piece:
    kind: str  # "place" (any other text), "date" or "credit"
    start: int
    end: int
    closed: str = ""  # the closer (dash, colon, slash) standing before it, if any
    value: str | None = None  # the ISO date of a date (or of a credit holding one)
    date_span: tuple[int, int] | None = None  # where that date is written in the line
    strong: bool = False  # a credit named a wire: it needs no date beside it


def _full_date_at(head: str, pos: int) -> tuple[str | None, int] | None:
    """(value, end) of a complete date at `pos`: in words (`Wednesday May 15, 2024`) or in
    figures (`03/05/2024`, `2024-03-05`)."""
    m = FULL_DATE.match(head, pos)
    if m:
        return full_date_value(m), m.end()
    m = SLASH_DATE.match(head, pos) or ISO_DATE.match(head, pos)
    if m:
        year, month, day = parse_date_text(m.group(0))
        return (iso(year, month, day) if year and month and day else None), m.end()
    return None


def _date_at(head: str, pos: int) -> _Piece | None:
    """A date starting at `pos`, with the time written after it, or in brackets."""
    found = _full_date_at(head, pos)
    if found:
        value, end = found
        date_span = (pos, end)
        time = TIME_AFTER.match(head, end)
        if time:
            end = time.end()
            zone = TIME_ZONE.match(head, end)
            if zone and _closes(head, zone.end()):
                end = zone.end()
        return _Piece("date", pos, end, value=value, date_span=date_span)
    if head.startswith(("(", "["), pos):  # `SAN DIEGO (March 5, 2024) -`, `[March 5, 2024]`
        found = _full_date_at(head, pos + 1)
        if found and head.startswith(")" if head[pos] == "(" else "]", found[1]):
            return _Piece("date", pos, found[1] + 1, value=found[0], date_span=(pos + 1, found[1]))
    return None


def _closes(head: str, pos: int) -> bool:
    """Whether a dateline may end at `pos`: a closer follows, or the line ends."""
    return not head[pos:].strip(" \t*") or bool(CLOSER.match(head, pos))


def _credit_at(head: str, pos: int, after_date: bool = False) -> _Piece | None:
    """A wire's credit starting at `pos`; `strong` when it is named a wire."""
    m = WIRE_CREDIT.match(head, pos) or (BARE_WIRE.match(head, pos) if after_date else None)
    if m:
        strong = True
    else:
        m = LINK_CREDIT.match(head, pos) or PAREN_CREDIT.match(head, pos) or SLASH_CREDIT.match(head, pos)
        if not m:
            return None
        strong = bool(WIRE_CREDIT.search(m.group(1) if m.re is LINK_CREDIT else m.group(0)))
    inside = FULL_DATE.search(head, m.start(), m.end())  # `(Newsfile Corp. - March 5, 2024)`
    if inside:
        return _Piece("credit", pos, m.end(), value=full_date_value(inside), date_span=inside.span(),
                      strong=strong)
    return _Piece("credit", pos, m.end(), strong=strong)


def _text_at(head: str, pos: int) -> _Piece:
    """Text from `pos` to the next stop or date: a place, or the body."""
    stop = TEXT_STOP.search(head, pos)
    end = stop.start() if stop else len(head)
    date = FULL_DATE.search(head, pos, end)
    if date and date.start() > pos:
        end = date.start()
    return _Piece("place", pos, max(end, pos + 1))


def _pieces(head: str, limit: int = 8) -> Iterator[_Piece]:
    """The pieces of a line's head, left to right, each marked when a closer precedes it."""
    pos = 0
    closed = ""
    after_date = False
    while pos < len(head) and limit:
        pos = BLANKS.match(head, pos).end()
        if pos >= len(head):
            return
        piece = _date_at(head, pos) or _credit_at(head, pos, after_date and not closed)
        if piece is None:
            closer = CLOSER.match(head, pos)
            if closer and closer.end() > pos:
                closed, pos = closer.group(0).strip(), closer.end()
                continue
            piece = _text_at(head, pos)
        yield _Piece(piece.kind, piece.start, piece.end, closed, piece.value, piece.date_span, piece.strong)
        closed = ""
        after_date = piece.kind == "date"
        pos = piece.end
        limit -= 1


def _beside_a_date(pieces: list[_Piece], i: int) -> bool:
    return any(0 <= j < len(pieces) and pieces[j].kind == "date" for j in (i - 1, i + 1))


def _agency_after_place(head: str, pieces: list[_Piece], i: int) -> bool:
    """`NEW YORK (Reuters) -`, `NEW DELHI, March 5 (IANS) -`: a news agency's name in
    brackets between the place and a dash. Not a ticker (`ACME (NASDAQ: ACM) -`), which
    holds a colon, nor anything with figures in it."""
    credit = head[pieces[i].start:pieces[i].end]
    following = pieces[i + 1] if i + 1 < len(pieces) else None
    return (i > 0 and pieces[i - 1].kind == "place" and credit.startswith("(")
            and not re.search(r"[:\d]", credit) and following is not None
            and following.closed not in ("", ":", ".", "/", "//", "|"))


def parse_dateline(line: HeaderLine) -> DatelineMatch | None:
    """A dateline opening this line, and the span of its date if it has one.

    The dateline is the run of pieces (see above) before the body: one place, at most
    one date and the wire's credits. It must be closed by a dash, colon or slash, by a
    credit named a wire, or by the end of its line, and it must show it is a dateline:
    by a date, by a credit named a wire, or by a place written in capitals
    (`WASHINGTON -`). A credit of any other name counts only beside a date. A place
    after the date (`(NewMediaWire) - March 20, 2025 - DALLAS —`) is one only in
    capitals or in the `City, State` form, since a company's name may stand there too.
    A subtitle run into the line before a wire's credit is not part of the dateline.
    """
    head = line.text[:DATELINE_WINDOW]
    pieces = list(_pieces(head))
    if not pieces or pieces[0].closed:
        return None  # `— Acme Wire (@acmewire) March 5, 2024`: a line opening with a dash
    if _caption_before_credit(head, pieces):
        pieces = pieces[1:]
    place: _Piece | None = None
    date: _Piece | None = None
    taken: list[_Piece] = []
    for i, piece in enumerate(pieces):
        if piece.kind == "credit":
            if not (piece.strong or piece.date_span or _beside_a_date(pieces, i)
                    or _agency_after_place(head, pieces, i)):
                break
            following = pieces[i + 1] if i + 1 < len(pieces) else None
            if not piece.strong and following and following.kind != "date" and not following.closed:
                break  # `May 2, 2024: [Acme](https://acme.example) raised ...`: a link in the body
            if piece.date_span and date is None:
                date = piece
        elif piece.kind == "date":
            if piece.closed == ":":
                break  # `Token Generation Event (TGE): 26th March 2024`: a label's value
            if taken and taken[-1] is place and not _place_before_date(head, place, piece):
                break  # `As of March 5, 2024, ...`, `Effective March 5`: words, not a place
            if date is not None and piece.value != date.value:
                break  # a date repeated (`Des Moines (May 5, 2025) (Newsworthy.ai) May 5, 2025`) is one
            date = date or piece
        else:
            location = _place_text(head, piece)[2]
            if place is not None or not looks_like_location(location):
                break
            if date is not None and not (_is_shouted(location) or "," in location):
                break
            place = piece
        taken.append(piece)
    else:
        if len(line.text) > len(head):
            return None  # the line runs on past the window: no closer was seen
        i = len(pieces)
    if place is None or not taken:
        return None
    body = pieces[i] if i < len(pieces) else None
    last = taken[-1]
    if body is not None and not (body.closed or (last.kind == "credit" and last.strong)
                                 or _comma_after_date(head, place, last, body)):
        return None
    if body is not None and body.closed in (":", ".") and (date is None or body.closed == "." and last.kind != "date"):
        # `NOTE TO INVESTORS: ...` is a label; `LONDON, 5 March 2024: ...` and `August 19,
        # 2026 - Miami, Florida: ...` are datelines, and a full stop closes only a date.
        return None
    if date is None and not (body is not None and body.closed not in ("", ":", ".", "/", "//", "|")):
        # Without a date, only a dash before the body shows a dateline: `WASHINGTON -`,
        # `SAN JOSE, Calif.--(BUSINESS WIRE)--`; not a line in capitals alone (`ENDS`),
        # a label (`CEO / Chairman Jo Park`), a wire's own name in its About section.
        return None
    return _finish(line, head, place, date, taken)


def _place_before_date(head: str, place: _Piece, date: _Piece) -> bool:
    """Whether a place run straight into a date reads as a dateline's place: after a
    comma or a dash (`PRINCETON, NJ, July 01, 2024`), or with the date in brackets; else
    only in the `City, ST` form or in capitals (`Oakland, CA November 7, 2024`), since
    `As of March 5` and `Effective March 5` are words before a date, not places."""
    if date.closed or head[date.start] in "([" \
            or head[place.start:date.start].rstrip(" *\u00a0").endswith(","):
        return True
    location = _place_text(head, place)[2]
    return "," in location or _is_shouted(location)


def _comma_after_date(head: str, place: _Piece | None, last: _Piece, body: _Piece) -> bool:
    """`Los Angeles, California, July 4, 2025, As markets grow ...`: a place, then a date,
    then a comma before a capital: the wire-less layout of a small agency."""
    return (place is not None and last.kind == "date" and place.end <= last.start
            and head[last.end:body.start].strip() == "," and head[body.start].isupper())


def _caption_before_credit(head: str, pieces: list[_Piece]) -> bool:
    """Whether the line opens with a caption or subtitle run into a dateline that starts
    at a wire's credit: `Children at the museum (NewMediaWire) - May 5, 2025 - Glendale,
    CA --`. The text before the credit is no place when it does not read as one, or
    when a place in the `City, ST` form follows the date."""
    if len(pieces) < 2 or pieces[0].kind != "place" or pieces[1].kind != "credit" or not pieces[1].strong:
        return False
    if not looks_like_location(_place_text(head, pieces[0])[2]):
        return True
    later = pieces[2:4]
    if len(later) == 2 and later[0].kind == "date" and later[1].kind == "place":
        location = _place_text(head, later[1])[2]
        return looks_like_location(location) and "," in location
    return False


def _place_text(head: str, piece: _Piece) -> tuple[int, str, str]:
    """(start, text, text less a date without its year) of a place piece, less the
    dateline punctuation around it: `NEW YORK, March 5` is the place `NEW YORK`."""
    raw = head[piece.start:piece.end]
    text = raw.strip(TRAILING)
    start = piece.start + (raw.index(text) if text else 0)
    return start, text, _strip_yearless_date(text)[0].strip(TRAILING)


def _finish(line: HeaderLine, head: str, place: _Piece, date: _Piece | None,
            taken: list[_Piece]) -> DatelineMatch | None:
    start, location, _ = _place_text(head, place)
    month_day = None
    if date is None:
        cut, month_day = _strip_yearless_date(location)
        location = cut.strip(TRAILING)
    if not location or not looks_like_location(location):
        return None
    strong = any(p.kind == "credit" and p.strong for p in taken)
    if date is None and not strong and not month_day and not _is_shouted(location):
        return None
    value = date.value if date else None
    span = None
    if value:
        span = (line.start + date.date_span[0], line.start + date.date_span[1])
    first = min(start, taken[0].start)
    stop = max(start + len(location), taken[-1].end)
    text = head[first:stop].rstrip().rstrip("*").rstrip()
    dateline = Dateline(location=location, date=value, start=line.start + first,
                        end=line.start + first + len(text), text=text)
    return DatelineMatch(dateline, span, month_day)
