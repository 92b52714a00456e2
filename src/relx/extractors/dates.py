"""Date expressions, normalized and resolved against the release's own date.

A general date searcher (dateparser's search_dates) reads "we" as Wednesday and fills
every missing part from the machine's clock, so a release about "October" written in
2011 comes out as October of the year it was processed. Here the work is split:

* regular expressions find only the forms a reader would call a date (full dates,
  month + year, quarters, halves, seasons, years, ranges, and relative expressions
  such as `today`, `last year`, `in October`);
* python-dateutil parses what they find, with a sentinel default so that a part the
  text does not give (usually the year) stays visibly missing;
* relative expressions are resolved against the release's own date (published, else
  the dateline date), using the tense of the clause where the text leaves the
  direction open (`signed in October` is the last October, `will open in October` the
  next one). Without a date of its own the value stays None: never the clock.

Every pattern is built from bounded pieces (no nested unbounded repetition), so each
match attempt costs a constant and the whole scan stays linear in the text length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, datetime, timedelta
from itertools import chain as _chain
from typing import Callable, Iterable, Iterator

from dateutil import parser as dateutil_parser

from ..model import DateMention, Header
from .textutil import doc_text

# --------------------------------------------------------------------------- vocabulary

MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_ORDER = ("SP", "SU", "FA", "WI")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# Words that may stand before a bare year without making it part of a name:
# `In 2024`, `Since 2019`, `The 2024 results`. Any other capitalized word directly
# before a year (`Vision 2030`, `Suite 2000`, `Windows 2000`) makes the year a name.
FUNCTION_WORDS = frozenset("""
    in on at by of for from to since during until till through throughout before after
    between within around about circa as the a an and or but this that its their our his
    her early late mid end beginning start fiscal fy calendar year since when while than
    starting beginning ending ended effective spring summer fall autumn winter
""".split()) | frozenset(MONTH_NUMBERS) | frozenset(MONTH_ABBREVIATIONS)

# Prepositions that make a year before a capitalized word still a year (`in 2024 Acme
# doubled its staff`) rather than the edition of something (`the 2024 Workforce Study`).
TIME_PREPOSITIONS = frozenset(
    "in since during until till through throughout before after by from between".split()
)

# A year directly followed by one of these is a count or a measure (`2000 employees`,
# `1500 MW`), not a calendar year.
UNIT_WORDS = frozenset("""
    percent pct employees people persons staff workers members customers clients users
    patients students units homes jobs shares stores locations sites miles km kilometers
    meters metres feet ft acres hectares tons tonnes kg mg lbs pounds barrels gallons
    liters litres mw mwh gw gwh kw kwh hours minutes points bps votes beds seats vehicles
    years months weeks days old degrees square sq
""".split())


def _variants(words: Iterable[str]) -> str:
    """An alternation of each word as Title and UPPER case, longest first.

    Lower-case month and weekday names are left out on purpose: `may` and `march` are
    verbs, `sun` and `wed` are words.
    """
    forms = sorted({f for w in words for f in (w.title(), w.upper())}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


_MONTH_FULL = rf"(?:{_variants(MONTH_NUMBERS)})\b"
_MONTH_ABBR = rf"(?:{_variants(MONTH_ABBREVIATIONS)})\b\.?"
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY_FULL = rf"(?:{_variants(WEEKDAYS)})\b"
_WEEKDAY = rf"(?:{_WEEKDAY_FULL}|(?:{_variants(WEEKDAY_ABBREVIATIONS)})\b\.?)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b"
YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"
_SP = r"\s{1,3}"
_SEP = r",?\s{1,3}"
_RANGE_DASH = r"\s{0,2}[-\u2013\u2014]\s{0,2}"
_RANGE_WORD = rf"(?:{_RANGE_DASH}|\s{{1,3}}(?:to|through|thru|until|till){_SP})"
_WEEKDAY_PREFIX = rf"(?:(?P<wd>{_WEEKDAY}),?{_SP})?"


_rx = re.compile


# A full calendar date, optionally led by its weekday: `Tuesday, 17 April 2012`,
# `Aug. 5, 2025`, `July 1st 2025`, `5th of March, 2024`. Shared with the header finder.
FULL_DATE = _rx(
    rf"(?<![\w/])(?<!\w-){_WEEKDAY_PREFIX}"
    rf"(?:(?P<m1>{MONTH}){_SP}(?P<d1>{DAY}){_SEP}(?P<y1>{YEAR})"
    rf"|(?P<d2>{DAY})(?:{_SP}of)?{_SP}(?P<m2>{MONTH}){_SEP}(?P<y2>{YEAR}))"
)
ISO_DATE = _rx(r"(?<![\w./-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)")
# `3/16/2022`: a four-digit year is required, so `9/11` and `24/7` never match.
SLASH_DATE = _rx(r"(?<![\w./-])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\w/-]|\.\d)")

# `March 1-3, 2023`, `March 1 to April 2, 2023`, `1-3 March 2023`, `1 March - 2 April 2023`.
DAY_RANGE = _rx(
    rf"(?<![\w/-])(?:(?P<ma>{MONTH}){_SP}(?P<da>{DAY}){_RANGE_WORD}(?:(?P<mb>{MONTH}){_SP})?"
    rf"(?P<db>{DAY})(?:{_SEP}(?P<y1>{YEAR}))?"
    rf"|(?P<dc>{DAY})(?:{_SP}(?P<mc>{MONTH}))?{_RANGE_WORD}(?P<dd>{DAY}){_SP}(?P<md>{MONTH})"
    rf"(?:{_SEP}(?P<y2>{YEAR}))?)"
)
# `March 5 and 6, 2024`, `March 5, 6 & 7, 2024`: a list of days of one month.
DAY_LIST = _rx(
    rf"(?<![\w/-])(?P<m>{MONTH}){_SP}(?P<da>{DAY})(?:,{_SP}{DAY}){{0,5}}"
    rf",?{_SP}(?:and|&){_SP}(?P<db>{DAY}){_SEP}(?P<y>{YEAR})"
)
# `12 and 13 April 2027`: the same, day first.
DAY_LIST_DMY = _rx(
    rf"(?<![\w/.,-])(?P<da>{DAY})(?:,{_SP}{DAY}){{0,5}},?{_SP}(?:and|&){_SP}(?P<db>{DAY})"
    rf"{_SP}(?P<m>{MONTH}){_SEP}(?P<y>{YEAR})"
)
# `March 5`, `Monday, March 5`, `5 March`, `the 5th of March`: the year is inferred.
MONTH_DAY = _rx(
    rf"(?<![\w/-]){_WEEKDAY_PREFIX}(?:(?P<m1>{MONTH}){_SP}(?P<d1>{DAY})(?![.,]?\d)"
    rf"|(?P<d2>{DAY})(?:{_SP}of)?{_SP}(?P<m2>{_MONTH_FULL}))"
)
MONTH_YEAR = _rx(rf"(?<![\w/-])(?P<m>{MONTH})(?:{_SP}of)?{_SEP}(?P<y>{YEAR})")
# A month alone is a date only where the wording makes it one (`in October`,
# `since March`, `next May`); `May` alone is more often the verb.
BARE_MONTH = _rx(
    r"(?<![\w-])(?:(?P<mid>(?i:mid)-)|(?P<prep>(?i:in|since|by|until|till|through|during|from"
    r"|before|after|last|next|this\spast|this|early|late|mid|end\sof|beginning\sof|start\sof))\s{1,3})"
    rf"(?P<m>{_MONTH_FULL})(?![\s,]{{1,3}}\d|-\d)"
)
# `between May and November`, `from March through June`: two months named without a
# year, one span. The year is placed from the first month; the second follows it.
MONTH_SPAN = _rx(
    rf"(?<![\w-])(?P<w>(?i:between|from)){_SP}(?P<a>{_MONTH_FULL}){_SP}"
    rf"(?:and|to|through|thru|until|till){_SP}(?P<b>{_MONTH_FULL})(?![\s,]{{1,3}}\d|-\d)"
)

# `in December and January`: a second month under the first one's preposition.
AND_MONTH = _rx(rf",?\s{{1,3}}(?:and|or|&)\s{{1,3}}(?P<m>{_MONTH_FULL})(?![\s,]{{1,3}}\d|-\d)")
# `in March of last year`, `September 30 of next year`: the year is named relative to
# the release's, so the date needs no guess from the tense.
OF_RELATIVE_YEAR = _rx(r"\s{1,3}of\s{1,3}(?P<mod>(?i:this|last|next))\s{1,3}(?i:year)(?![\w-])")

_ORD = r"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"
_FISCAL = r"(?i:fiscal(?:\s(?:year|yr))?|FY)"


def _coded_period(letter: str, digits: str) -> re.Pattern[str]:
    """`Q3 2025`, `Q3-2025`, `Q3 FY2025`, `Q3'25`, `3Q25`, `FY Q3 2025`, `2025-Q3` (or H1...).

    A two-digit year needs an apostrophe, `FY` or no space at all, so that `Q1 20
    stores` does not become 2020. Without a year the code is left to BARE_Q.
    """
    return _rx(
        rf"(?<![\w-])(?:(?P<f1>{_FISCAL})\s?)?(?:{letter}(?P<n1>[{digits}])|(?P<n2>[{digits}]){letter})"
        r"(?:(?:\s{1,2}|[-/])(?:of\s{1,2})?(?:(?P<f2>FY|fiscal\s)\s?)?(?P<y>(?:19|20)\d\d)"
        r"|\s?['\u2019](?P<ya>\d\d)|(?P<yb>\d\d)|\s?(?P<f3>FY)\s?['\u2019]?(?P<yc>\d\d))(?![\w-])"
        rf"|(?<![\w-])(?P<y2>(?:19|20)\d\d)[\s-]{letter}(?P<n3>[{digits}])(?![\w-])"
    )


Q_QUARTER = _coded_period("Q", "1-4")
H_HALF = _coded_period("H", "12")
# `third quarter of 2025`, `third-quarter 2025`, `fiscal third quarter 2025`,
# `the third quarter of fiscal 2025`; the year is optional (then it is inferred).
WORD_QUARTER = _rx(
    rf"(?<![\w-])(?:(?P<f1>{_FISCAL}){_SP})?{_ORD}[\s-](?:(?P<f2>fiscal)\s)?(?i:quarter)\b"
    rf"(?:(?:{_SP}of)?(?:{_SP}(?:the{_SP})?(?P<f3>{_FISCAL}))?{_SEP}(?P<y>{YEAR})"
    rf"|{_SP}of{_SP}(?P<rel>this|next|last|the)(?:{_SP}(?P<f4>fiscal))?{_SP}year)?"
)
RELATIVE_QUARTER = _rx(r"(?<![\w-])(?P<mod>(?i:this|last|next|current|prior|previous))\s(?i:quarter)\b")
# `in Q3` without a year: only after a preposition, since `Q4` alone is often a model name.
BARE_Q = _rx(r"(?<![\w-])(?i:in|during|by|for|until|through|before|after|since)\s(?:the\s)?Q(?P<q>[1-4])"
             r"(?![\w-]|\s?['\u2019]\d)")
# `first half of 2026`, `second half of the year`.
WORD_HALF = _rx(
    rf"(?<![\w-])(?P<ord>(?i:first|second|1st|2nd))[\s-](?i:half)"
    rf"(?:(?:{_SP}of)?(?:{_SP}(?:the{_SP})?(?P<f1>{_FISCAL}))?{_SEP}(?P<y>{YEAR})"
    rf"|{_SP}of{_SP}(?P<rel>this|next|last|the)(?:{_SP}(?P<f2>fiscal))?{_SP}year)"
)
_SEASON = r"(?P<s>(?i:spring|summer|fall|autumn|winter))"
SEASON_YEAR = _rx(rf"(?<![\w-]){_SEASON}(?:{_SP}of)?{_SEP}(?P<y>{YEAR})")
# `this fall`, `last summer`, `in the spring`: a season with a word that makes it a time.
RELATIVE_SEASON = _rx(
    rf"(?<![\w-])(?P<mod>(?i:this\spast|this|last|next|(?:in|during|by|over|through)\sthe(?:\s(?:early|late))?"
    rf"|(?:in|during|by|until|through)\s(?:early|late))){_SP}"
    rf"{_SEASON}\b(?!{_SP}of\b|-|{_SEP}{YEAR})"  # `in the fall 2027 semester` names its year
)
FISCAL_YEAR = _rx(
    r"(?<![\w-])(?i:FY\s?|fiscal\s(?:year\s)?)['\u2019]?(?P<y>(?:19|20)\d\d|\d\d)(?![\w%-]|[.,/]\d)"
)
# A bare year: not glued to other digits, currency, a decimal point or a unit, and
# not the tail of a list of days (`March 5 and 6, 2024`).
BARE_YEAR = _rx(
    r"(?<![\w$\u20ac\u00a3\u00a5#@/.:\u00a9])(?<!\d[-\u2013,])(?<!\b\d,\s)(?<!\b\d\d,\s)"
    r"(?P<y>(?:19|20)\d\d)(?![\w%\u00b0]|[.,:/-]\d|-[A-Za-z])"
)
YEAR_RANGE = _rx(
    r"(?<![\w$\u20ac\u00a3\u00a5#@/.:-])(?P<a>(?:19|20)\d\d)\s?[-\u2013\u2014/]\s?"
    r"(?P<b>(?:19|20)\d\d|\d\d)(?![\w%]|[.,:/-]\d)"
)
RELATIVE_DAY = _rx(r"(?<![\w-])(?P<w>(?i:today|tonight|yesterday|tomorrow))(?![\w-])")
# `this year`, `last month`, `next year`. `the last year` and `over the next year` are
# spans of time, not calendar periods, so a leading `the` excludes the match.
RELATIVE_PERIOD = _rx(
    r"(?<![\w-])(?<!the\s)(?<!The\s)(?P<mod>(?i:this|last|next))\s(?P<unit>(?i:year|month))(?![\w-])"
    r"|(?<![\w-])(?i:(?:the\s)?end\sof\s(?:the|this)\s(?P<eoy>year))(?![\w-])"
    # `by year-end`: only after a preposition, since `year-end results` are a fiscal label
    r"|(?<![\w-])(?i:by|at|before|until)\s(?P<ye>(?i:year[-\s]end))(?![\w-]|\s(?:19|20)\d\d)"
)
# `on Monday`, `last Friday`. `on Sunday nights` (a plural part of the day) is a habit.
RELATIVE_WEEKDAY = _rx(
    r"(?<![\w-])(?P<prep>(?i:on|this|last|next|by|until|till|since|from|before|after|through"
    r"|starting|beginning|effective))\s"
    rf"(?P<wd>{_WEEKDAY_FULL})(?![\w-])(?!\s(?i:mornings|afternoons|evenings|nights)\b)"
)
# `said Tuesday`, `closes Friday`: a weekday alone, as news style writes it. Kept only
# where no other word makes it a name or a schedule (see _bare_weekdays).
BARE_WEEKDAY = _rx(rf"(?<![\w-])(?P<wd>{_WEEKDAY_FULL})(?![\w'\u2019-])"
                   r"(?!\s(?i:mornings|afternoons|evenings|nights)\b)")
# `Monday through Friday`, `Monday-Friday`, `Tuesdays and Thursdays`: opening hours.
_WEEKDAY_SPAN_AFTER = _rx(rf"\s{{0,3}}(?:[-\u2013\u2014/&]|and|or|to|through|thru){_SP}?(?:{_WEEKDAY_FULL})")
_WEEKDAY_SPAN_BEFORE = _rx(rf"(?:{_WEEKDAY_FULL})s?\s{{0,3}}(?:[-\u2013\u2014/&,]|and|or|to|through|thru)\s{{0,3}}$")
# A quarter that ends on a stated date is placed by that date: `the third quarter
# ended July 31, 2025` is May-July, whatever a calendar quarter would say.
QUARTER_ENDING = _rx(rf"\s{{1,3}}(?:ended|ending)(?:\s{{1,3}}on)?\s{{1,3}}(?P<m>{MONTH}){_SP}{DAY}{_SEP}(?P<y>{YEAR})")


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


# --------------------------------------------------------------------------- candidates

# Resolver of a relative expression: (anchor date, tense) -> value. Tense is -1 for a
# past clause, +1 for a future one, 0 when the clause does not say.
Resolver = Callable[[date, int], "str | None"]


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: str
    granularity: str
    value: str | None = None
    resolver: Resolver | None = None
    fiscal: bool = False
    # (year or None, month, day or None) of a day or month candidate, used to give the
    # left end of a range the year of its right end (`from March to May 2024`).
    parts: tuple[int | None, int, int | None] | None = None
    needs_tense: bool = False
    # `on Monday` names a day only outside a habit (`we meet on Monday morning`).
    habit_possible: bool = False

    @property
    def relative(self) -> bool:
        return self.resolver is not None


def _full_dates(text: str) -> Iterator[_Candidate]:
    for m in FULL_DATE.finditer(text):
        value = full_date_value(m)
        if value:
            y, mo, d = (int(x) for x in value.split("-"))
            yield _Candidate(m.start(), m.end(), "full_date", "day", value, parts=(y, mo, d))


def _numeric_dates(text: str) -> Iterator[_Candidate]:
    for m in ISO_DATE.finditer(text):
        y, mo, d = parse_date_text(m.group(0))
        if y and mo and d:
            yield _Candidate(m.start(), m.end(), "iso_date", "day", iso(y, mo, d), parts=(y, mo, d))
    for m in SLASH_DATE.finditer(text):
        # dateutil reads month first unless the first number cannot be a month.
        y, mo, d = parse_date_text(m.group(0))
        if y and mo and d:
            yield _Candidate(m.start(), m.end(), "slash_date", "day", iso(y, mo, d), parts=(y, mo, d))


def _day_ranges(text: str) -> Iterator[_Candidate]:
    for m in DAY_RANGE.finditer(text):
        if m.group("ma"):
            ma, da = m.group("ma"), m.group("da")
            mb, db, y = m.group("mb") or ma, m.group("db"), m.group("y1")
        else:
            mb, db, y = m.group("md"), m.group("dd"), m.group("y2")
            ma, da = m.group("mc") or mb, m.group("dc")
        a = parse_date_text(f"{ma} {da}")
        b = parse_date_text(f"{mb} {db}")
        if None in (a[1], a[2], b[1], b[2]):
            continue
        (_, m_a, d_a), (_, m_b, d_b) = a, b
        if y is None:
            def resolve(anchor: date, tense: int, m_a=m_a, d_a=d_a, m_b=m_b, d_b=d_b) -> str | None:
                # The range starts on its first day: place that day, and a range that
                # wraps the year end (`December 28 to January 3`) ends the year after.
                year = _year_for_day(m_a, d_a, anchor, tense)
                wraps = (m_a, d_a) > (m_b, d_b)
                return _day_interval(year + 1 if wraps else year, m_a, d_a, m_b, d_b)
            yield _Candidate(m.start(), m.end(), "day_range", "interval", resolver=resolve, needs_tense=True)
            continue
        value = _day_interval(int(y), m_a, d_a, m_b, d_b)
        if value:
            yield _Candidate(m.start(), m.end(), "day_range", "interval", value)


def _day_interval(year: int, m_a: int, d_a: int, m_b: int, d_b: int) -> str | None:
    # A range that wraps the year end (`December 28 - January 3, 2025`) starts the year before.
    year_a = year - 1 if (m_a, d_a) > (m_b, d_b) else year
    if not (_valid_day(year_a, m_a, d_a) and _valid_day(year, m_b, d_b)):
        return None
    if (year_a, m_a, d_a) == (year, m_b, d_b):
        return None
    return f"{iso(year_a, m_a, d_a)}/{iso(year, m_b, d_b)}"


_DAY_NUMBER = _rx(DAY)


def _day_lists(text: str) -> Iterator[_Candidate]:
    """Each day of `March 5, 6 and 7, 2024` or `12 and 13 April 2027`, with the list's
    month and year.

    Month first, the first day's span takes in the month; the last one's takes in the
    year (and, day first, the month).
    """
    for m in _chain(DAY_LIST.finditer(text), DAY_LIST_DMY.finditer(text)):
        days = list(_DAY_NUMBER.finditer(text, m.start("da"), m.end("db")))
        for i, day_match in enumerate(days):
            year, month, day = parse_date_text(f"{m.group('m')} {day_match.group(0)} {m.group('y')}")
            if not (year and month and day):
                continue
            start = m.start() if i == 0 else day_match.start()
            end = m.end() if i == len(days) - 1 else day_match.end()
            yield _Candidate(start, end, "day_list", "day", iso(year, month, day), parts=(year, month, day))


def _month_days(text: str) -> Iterator[_Candidate]:
    for m in MONTH_DAY.finditer(text):
        core = f"{m.group('m1')} {m.group('d1')}" if m.group("m1") else f"{m.group('d2')} {m.group('m2')}"
        _, month, day = parse_date_text(core)
        if month is None or day is None or not _valid_day(4, month, day):
            continue
        of_year = OF_RELATIVE_YEAR.match(text, m.end())
        if of_year:  # `September 30 of next year`
            shift = {"last": -1, "next": 1}.get(of_year.group("mod").lower(), 0)

            def resolve(anchor: date, tense: int, month=month, day=day, shift=shift) -> str | None:
                year = anchor.year + shift
                return iso(year, month, day) if _valid_day(year, month, day) else None

            yield _Candidate(m.start(), of_year.end(), "month_day", "day", resolver=resolve,
                             parts=(None, month, day))
            continue

        def resolve(anchor: date, tense: int, month=month, day=day) -> str | None:
            year = _year_for_day(month, day, anchor, tense)
            return iso(year, month, day) if _valid_day(year, month, day) else None

        yield _Candidate(m.start(), m.end(), "month_day", "day", resolver=resolve,
                         parts=(None, month, day), needs_tense=True)


def _month_years(text: str) -> Iterator[_Candidate]:
    for m in MONTH_YEAR.finditer(text):
        year, month, _ = parse_date_text(f"{m.group('m')} {m.group('y')}")
        if year and month:
            yield _Candidate(m.start(), m.end(), "month_year", "month", iso(year, month),
                             parts=(year, month, None))


def _past_is_last(prep: str) -> str:
    """`this past March` is the last March gone, not the March of the release's year."""
    return "last" if prep.startswith("this") and prep.endswith("past") else prep


def _bare_months(text: str) -> Iterator[_Candidate]:
    for m in BARE_MONTH.finditer(text):
        month = _month_number(m.group("m"))
        prep = _past_is_last((m.group("prep") or m.group("mid")).lower())
        of_year = OF_RELATIVE_YEAR.match(text, m.end())
        if of_year:
            shift = {"last": -1, "next": 1}.get(of_year.group("mod").lower(), 0)

            def resolve(anchor: date, tense: int, month=month, shift=shift) -> str:
                return iso(anchor.year + shift, month)

            yield _Candidate(m.start(), of_year.end(), "bare_month", "month", resolver=resolve,
                             parts=(None, month, None))
            continue

        def resolve(anchor: date, tense: int, month=month, prep=prep) -> str:
            return iso(_year_for_month(month, anchor, tense, prep), month)

        yield _Candidate(m.start(), m.end(), "bare_month", "month", resolver=resolve,
                         parts=(None, month, None), needs_tense=prep not in ("last", "next", "this"))
        # `in December and January`: the preposition governs both months
        second = AND_MONTH.match(text, m.end())
        if second and prep not in ("from", "mid", "mid-"):
            other = _month_number(second.group("m"))

            def resolve_other(anchor: date, tense: int, month=other, prep=prep) -> str:
                return iso(_year_for_month(month, anchor, tense, prep), month)

            yield _Candidate(second.start("m"), second.end(), "bare_month", "month",
                             resolver=resolve_other, parts=(None, other, None),
                             needs_tense=prep not in ("last", "next", "this"))


def _month_spans(text: str) -> Iterator[_Candidate]:
    for m in MONTH_SPAN.finditer(text):
        first, last = _month_number(m.group("a")), _month_number(m.group("b"))
        if first == last:
            continue

        def resolve(anchor: date, tense: int, first=first, last=last) -> str:
            year = _year_for_month(first, anchor, tense)
            # `from November to February` ends in the year after it starts
            return f"{iso(year, first)}/{iso(year + (last < first), last)}"

        yield _Candidate(m.start("a"), m.end(), "month_span", "interval", resolver=resolve,
                         needs_tense=True)


def _is_fiscal(text: str, start: int, *flags: str | None) -> bool:
    """Fiscal when the expression says so, or `fiscal`/`FY` stands just before it."""
    if any(flags):
        return True
    before = text[max(0, start - 12):start].lower()
    return "fiscal" in before or re.search(r"\bfy\s?$", before) is not None


def _coded_parts(text: str, m: re.Match[str]) -> tuple[int, int, bool]:
    """(period number, year, fiscal) of a `Q3 2025` / `1H26` match."""
    number = int(m.group("n1") or m.group("n2") or m.group("n3"))
    year = _full_year(next(m.group(g) for g in ("y", "ya", "yb", "yc", "y2") if m.group(g)))
    fiscal = _is_fiscal(text, m.start(), m.group("f1"), m.group("f2"), m.group("f3"))
    return number, year, fiscal


def _quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def _ending_interval(text: str, end: int, quarter: int | None) -> tuple[str, bool] | None:
    """Value of a quarter followed by `ended <date>`, and whether it is fiscal.

    The three months ending on the stated month; a calendar quarter when they are one.
    """
    m = QUARTER_ENDING.match(text, end)
    if not m:
        return None
    year, month = int(m.group("y")), _month_number(m.group("m"))
    first_month = month - 2
    first_year = year if first_month >= 1 else year - 1
    first_month = first_month if first_month >= 1 else first_month + 12
    if month % 3 == 0 and (quarter is None or quarter == month // 3):
        return _quarter_value(year, month // 3), False
    return f"{iso(first_year, first_month)}/{iso(year, month)}", True


RESULTS_AFTER = re.compile(r"(?i:\s(?:fiscal\s)?(?:financial\s)?(?:results|earnings|revenue|sales)\b)")


def _quarters(text: str) -> Iterator[_Candidate]:
    for m in Q_QUARTER.finditer(text):
        q, year, fiscal = _coded_parts(text, m)
        yield _Candidate(m.start(), m.end(), "quarter", "quarter", _quarter_value(year, q), fiscal=fiscal)
    for m in WORD_QUARTER.finditer(text):
        q = ORDINALS[m.group("ord").lower()]
        fiscal = _is_fiscal(text, m.start(), m.group("f1"), m.group("f2"), m.group("f3"), m.group("f4"))
        ending = _ending_interval(text, m.end(), q)
        if ending:
            value, ending_fiscal = ending
            yield _Candidate(m.start(), m.end(), "quarter_ending",
                             "interval" if "/" in value else "quarter", value,
                             fiscal=fiscal or ending_fiscal)
        elif m.group("y"):
            yield _Candidate(m.start(), m.end(), "quarter", "quarter",
                             _quarter_value(int(m.group("y")), q), fiscal=fiscal)
        else:
            shift = {"next": 1, "last": -1}.get((m.group("rel") or "").lower(), 0)
            explicit = m.group("rel") is not None
            # "will report third-quarter results": results are of a quarter gone by,
            # whatever the tense of the sentence that announces them
            reported = bool(RESULTS_AFTER.match(text, m.end()))

            def resolve(anchor: date, tense: int, q=q, shift=shift, explicit=explicit,
                        reported=reported) -> str:
                if explicit:
                    return _quarter_value(anchor.year + shift, q)
                return _quarter_value(_year_for_quarter(q, anchor, -1 if reported else tense), q)

            yield _Candidate(m.start(), m.end(), "relative_quarter", "quarter", resolver=resolve,
                             fiscal=fiscal, needs_tense=not explicit and not reported)
    for m in BARE_Q.finditer(text):
        q = int(m.group("q"))

        def resolve(anchor: date, tense: int, q=q) -> str:
            return _quarter_value(_year_for_quarter(q, anchor, tense), q)

        yield _Candidate(m.start(), m.end(), "relative_quarter", "quarter", resolver=resolve,
                         fiscal=_is_fiscal(text, m.start()), needs_tense=True)
    for m in RELATIVE_QUARTER.finditer(text):
        shift = {"last": -1, "prior": -1, "previous": -1, "next": 1}.get(m.group("mod").lower(), 0)

        def resolve(anchor: date, tense: int, shift=shift) -> str:
            index = anchor.year * 4 + (anchor.month - 1) // 3 + shift
            return _quarter_value(index // 4, index % 4 + 1)

        yield _Candidate(m.start(), m.end(), "relative_quarter", "quarter", resolver=resolve,
                         fiscal=_is_fiscal(text, m.start()))


def _halves(text: str) -> Iterator[_Candidate]:
    for m in H_HALF.finditer(text):
        h, year, fiscal = _coded_parts(text, m)
        yield _Candidate(m.start(), m.end(), "half", "half", f"{year:04d}-H{h}", fiscal=fiscal)
    for m in WORD_HALF.finditer(text):
        h = 1 if m.group("ord").lower() in ("first", "1st") else 2
        fiscal = _is_fiscal(text, m.start(), m.group("f1"), m.group("f2"))
        if m.group("y"):
            yield _Candidate(m.start(), m.end(), "half", "half", f"{m.group('y')}-H{h}", fiscal=fiscal)
            continue
        shift = {"next": 1, "last": -1}.get(m.group("rel").lower(), 0)

        def resolve(anchor: date, tense: int, h=h, shift=shift) -> str:
            return f"{anchor.year + shift:04d}-H{h}"

        yield _Candidate(m.start(), m.end(), "relative_half", "half", resolver=resolve, fiscal=fiscal)


def _seasons(text: str) -> Iterator[_Candidate]:
    for m in SEASON_YEAR.finditer(text):
        code = SEASONS[m.group("s").lower()]
        yield _Candidate(m.start(), m.end(), "season", "season", f"{m.group('y')}-{code}")
    for m in RELATIVE_SEASON.finditer(text):
        code = SEASONS[m.group("s").lower()]
        mod = _past_is_last(m.group("mod").lower()).split()[0]

        def resolve(anchor: date, tense: int, code=code, mod=mod) -> str:
            current = _season_index(anchor.month)
            wanted = SEASON_ORDER.index(code)
            prep = {"this": "this", "last": "last", "next": "next"}.get(mod, "")
            if anchor.month <= 2 and prep != "this":
                # January and February close the winter that began the year before, so
                # in February 2027 `last spring` is the spring of 2026
                anchor = date(anchor.year - 1, 12, 31)
            return f"{_year_for_period(wanted, current, 4, anchor, tense, prep):04d}-{code}"

        yield _Candidate(m.start(), m.end(), "relative_season", "season", resolver=resolve,
                         needs_tense=mod not in ("this", "last", "next"))


def _season_index(month: int) -> int:
    """Index in SEASON_ORDER of the (meteorological) season a month falls in."""
    return {3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2, 11: 2}.get(month, 3)


def _years(text: str) -> Iterator[_Candidate]:
    for m in FISCAL_YEAR.finditer(text):
        year = _full_year(m.group("y"))
        yield _Candidate(m.start(), m.end(), "fiscal_year", "year", iso(year), fiscal=True)
    for m in YEAR_RANGE.finditer(text):
        a = int(m.group("a"))
        b = _full_year(m.group("b"), near=a)
        # `2024/25` and `2023-2025` are spans; `2025-2020` or `2024-24` are not.
        if a < b <= a + 50:
            yield _Candidate(m.start(), m.end(), "year_range", "interval", f"{a}/{b}",
                             fiscal=_is_fiscal(text, m.start()))
    for m in BARE_YEAR.finditer(text):
        if _year_is_date(text, m.start(), m.end()):
            yield _Candidate(m.start(), m.end(), "year", "year", m.group("y"),
                             fiscal=_is_fiscal(text, m.start()))


def _previous_word(text: str, start: int) -> tuple[str, bool, int]:
    """The word just before `start`, whether only spaces separate the two, where it starts."""
    offset = max(0, start - 40)
    m = re.search(r"(\S+)([ \t\u00a0]{0,3})$", text[offset:start])
    if not m:
        return "", False, start
    word = m.group(1)
    adjacent = bool(m.group(2)) and word[-1:].isalnum()
    return word, adjacent, offset + m.start(1)


def _next_word(text: str, end: int) -> tuple[str, bool]:
    window = text[end:end + 40]
    m = re.match(r"([ \t\u00a0]{0,3})(\S+)", window)
    if not m:
        return "", False
    word = m.group(2)
    adjacent = bool(m.group(1)) and word[:1].isalnum()
    return word, adjacent


def _year_is_date(text: str, start: int, end: int) -> bool:
    """Whether a four-digit number in year range is a calendar year where it stands.

    Not a year: part of a name (`Vision 2030`, `Suite 2000`, `Act of 2010`, `the 2024
    Workforce Study`, `2000 Main Street`), a copyright notice, a count with a unit
    (`2000 employees`), a phone-like run of digit groups.
    """
    prev, prev_adjacent, prev_start = _previous_word(text, start)
    nxt, next_adjacent = _next_word(text, end)
    prev_key = prev.strip("(\"'\u201c\u2018").rstrip(".,").lower()
    if prev_key in ("copyright", "\u00a9", "(c)"):
        return False
    if prev_adjacent and prev[:1].isupper() and prev_key not in FUNCTION_WORDS:
        return False
    if prev_adjacent and prev_key == "of":
        before, adjacent, _ = _previous_word(text, prev_start)
        if adjacent and before[:1].isupper() and before.rstrip(".,").lower() not in FUNCTION_WORDS:
            return False
    if next_adjacent and nxt[:1].isupper() and prev_key not in TIME_PREPOSITIONS:
        return False
    if next_adjacent and nxt.rstrip(".,;:)").lower() in UNIT_WORDS:
        return False
    # An amount set out with spaces, as tables do: `$ 2025`, `2025 %`.
    if prev.endswith(("$", "\u20ac", "\u00a3", "\u00a5")) or nxt.startswith("%"):
        return False
    # Digit groups on either side (`+1 212 2024 5555`) are phone or account numbers.
    if (prev_adjacent and prev.strip("()+-").isdigit()) or (next_adjacent and nxt.strip("()-").isdigit()):
        return False
    return True


def _relative_days(text: str) -> Iterator[_Candidate]:
    for m in RELATIVE_DAY.finditer(text):
        word = m.group("w").lower()
        # `USA Today`, `Psychology Today`: a capitalized word right before makes it a name.
        prev, adjacent, _ = _previous_word(text, m.start())
        if adjacent and prev[:1].isupper() and m.group("w")[0].isupper() \
                and prev.lower() not in FUNCTION_WORDS:
            continue
        if _figurative(text, m.start(), m.end(), word):
            continue
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)

        def resolve(anchor: date, tense: int, shift=shift) -> str:
            return (anchor + timedelta(days=shift)).isoformat()

        yield _Candidate(m.start(), m.end(), "relative_day", "day", resolver=resolve)


def _figurative(text: str, start: int, end: int, word: str) -> bool:
    """`the leaders of tomorrow`, `tomorrow's workforce`, `today and tomorrow`: an age, not a day.

    `today` is kept whatever its sense: `today's buyers` still means the present, and the
    release's own date is a date of the release anyway.
    """
    if word not in ("tomorrow", "yesterday"):
        return False
    before = text[max(0, start - 12):start].lower()
    after = text[end:end + 2]
    if re.search(r"\bof\s{1,3}$|\btoday\s{1,3}(?:and|or)\s{1,3}$", before):
        return True
    return word == "tomorrow" and after[:2] in ("'s", "\u2019s")


def _relative_periods(text: str) -> Iterator[_Candidate]:
    for m in RELATIVE_PERIOD.finditer(text):
        if m.group("eoy") or m.group("ye"):
            yield _Candidate(m.start(), m.end(), "relative_year", "year",
                             resolver=lambda anchor, tense: iso(anchor.year))
            continue
        shift = {"last": -1, "next": 1}.get(m.group("mod").lower(), 0)
        if m.group("unit").lower() == "year":
            def resolve(anchor: date, tense: int, shift=shift) -> str:
                return iso(anchor.year + shift)
            yield _Candidate(m.start(), m.end(), "relative_year", "year", resolver=resolve)
        else:
            def resolve(anchor: date, tense: int, shift=shift) -> str:
                index = anchor.year * 12 + anchor.month - 1 + shift
                return iso(index // 12, index % 12 + 1)
            yield _Candidate(m.start(), m.end(), "relative_month", "month", resolver=resolve)


def _relative_weekdays(text: str) -> Iterator[_Candidate]:
    for m in RELATIVE_WEEKDAY.finditer(text):
        weekday = WEEKDAYS.index(m.group("wd").lower())
        prep = m.group("prep").lower()
        if prep in ("through", "until", "till") and re.search(
                rf"(?:{_WEEKDAY_FULL})s?\s{{1,3}}$", text[max(0, m.start() - 16):m.start()]):
            continue  # `Monday through Friday`: opening hours, not a day

        def resolve(anchor: date, tense: int, weekday=weekday, prep=prep) -> str:
            back = (anchor.weekday() - weekday) % 7
            ahead = (weekday - anchor.weekday()) % 7
            if prep == "last":
                return (anchor - timedelta(days=back or 7)).isoformat()
            if prep == "next":
                return (anchor + timedelta(days=ahead or 7)).isoformat()
            if prep == "since" or tense < 0:
                return (anchor - timedelta(days=back)).isoformat()
            # A present tense in an announcement (`the store opens on Monday`) is the
            # coming day, as is a future one.
            return (anchor + timedelta(days=ahead)).isoformat()

        yield _Candidate(m.start(), m.end(), "relative_weekday", "day", resolver=resolve,
                         needs_tense=prep not in ("last", "next"), habit_possible=prep == "on")


def _bare_weekdays(text: str) -> Iterator[_Candidate]:
    """`Acme said Tuesday`: the weekday of the week of the release, placed by the tense.

    Not a date after a capitalized word (`Black Friday`, `Super Tuesday`), after `every`
    or `each`, or as one end of a run of weekdays (`Monday through Friday` hours).
    """
    for m in BARE_WEEKDAY.finditer(text):
        prev, adjacent, _ = _previous_word(text, m.start())
        key = prev.strip("(\"'\u201c\u2018").lower()
        if adjacent and (prev[:1].isupper() or key in ("every", "each")):
            continue
        if _WEEKDAY_SPAN_AFTER.match(text, m.end()) or _WEEKDAY_SPAN_BEFORE.search(text[max(0, m.start() - 24):m.start()]):
            continue
        weekday = WEEKDAYS.index(m.group("wd").lower())

        def resolve(anchor: date, tense: int, weekday=weekday) -> str:
            if tense < 0:
                return (anchor - timedelta(days=(anchor.weekday() - weekday) % 7)).isoformat()
            return (anchor + timedelta(days=(weekday - anchor.weekday()) % 7)).isoformat()

        yield _Candidate(m.start(), m.end(), "bare_weekday", "day", resolver=resolve,
                         needs_tense=True, habit_possible=True)


RULES = (_full_dates, _numeric_dates, _day_ranges, _day_lists, _month_days, _month_years, _bare_months,
         _month_spans,
         _quarters, _halves, _seasons, _years, _relative_days, _relative_periods,
         _relative_weekdays, _bare_weekdays)


# --------------------------------------------------------------------------- resolution


def _year_for_period(wanted: int, current: int, cycle: int, anchor: date, tense: int,
                     prep: str = "") -> int:
    """Year of a period named without one (a month, quarter, season, day of the year).

    `wanted` and `current` are positions in a yearly cycle of `cycle` steps (month
    1-12, quarter 1-4, ...): the period asked for and the one the release is dated in.
    `this` keeps the release's year; `last` and `next` take the nearest occurrence
    strictly before or after; `since` and a past-tense clause the nearest one up to the
    release, a future-tense clause the nearest one from it. With nothing to go by, the
    nearest occurrence either way: a release of February that says `in November`
    means the November just gone, one of September the November to come. Ties keep
    the release's year.
    """
    if prep == "this":
        return anchor.year
    # Allowed distance, in steps, from the release's period to the one named.
    low, high = -cycle, cycle
    if prep == "last":
        high = -1
    elif prep == "next":
        low = 1
    elif prep == "since" or tense < 0:
        high = 0
    elif tense > 0:
        low = 0
    here = anchor.year * cycle + current
    options = [y for y in (anchor.year, anchor.year - 1, anchor.year + 1)
               if low <= y * cycle + wanted - here <= high]
    return min(options, key=lambda y: abs(y * cycle + wanted - here))


def _year_for_month(month: int, anchor: date, tense: int, prep: str = "") -> int:
    return _year_for_period(month, anchor.month, 12, anchor, tense, prep)


def _year_for_quarter(quarter: int, anchor: date, tense: int, prep: str = "") -> int:
    return _year_for_period(quarter, (anchor.month - 1) // 3 + 1, 4, anchor, tense, prep)


def _year_for_day(month: int, day: int, anchor: date, tense: int, prep: str = "") -> int:
    # Positions are days of a leap year, so February 29 has a place.
    wanted = date(4, month, day).timetuple().tm_yday
    current = date(4, anchor.month, anchor.day).timetuple().tm_yday
    return _year_for_period(wanted, current, 366, anchor, tense, prep)


def _inflections(stems: str) -> frozenset[str]:
    """Every form of regular verbs (the pipeline runs no lemmatizer): announce(s|d|ing)."""
    forms = set()
    for stem in stems.split():
        base = stem[:-1] if stem.endswith("e") else stem
        forms.update((stem, stem + "s", base + "ed", base + "ing"))
    return frozenset(forms)


REPORTING_VERBS = _inflections("announce unveil disclose reveal report introduce launch present")


def _governing_verb(doc, start: int, end: int):
    """The verb a date expression depends on, found by walking up the dependency tree."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    crossed_noun = False
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        # A date under an adjective that modifies a noun (`declared a dividend payable
        # on October 30`) places the noun's event, not the outer verb's: the verb's past
        # tense says nothing about when the dividend is paid.
        if token.pos_ == "ADJ" and token.dep_ == "amod":
            return None
        token = token.head
        # The verb of announcing (`announced six films for release between May and
        # November`) dates the announcement; a date inside what is announced, under a
        # noun, keeps its own time.
        if token.lower_ in REPORTING_VERBS and crossed_noun:
            return None
        crossed_noun = crossed_noun or token.pos_ in ("NOUN", "PROPN")
    return token if token.pos_ in ("VERB", "AUX") else None


# Words after which a date is when something takes effect, whatever the tense of the
# sentence: `named CFO, effective April 1` may be before or after the release. So is a
# dividend's record date (`to holders of record on October 20`), set when it is declared.
TENSELESS_BEFORE = re.compile(
    r"(?i:\b(?:effective|starting|beginning|as of|from|of\s{1,3}record(?:\s{1,3}as\s{1,3}of)?))\s+(?:on\s+)?$"
)
ENDED_BEFORE = re.compile(r"(?i:\bended)\s{1,3}(?:on\s{1,3})?$")


def clause_tense(doc, start: int, end: int) -> int:
    """-1 past, +1 future, 0 unknown: the tense of the clause a date expression sits in.

    `signed into law in October` (VBD) is past, `will open in October` and `expected to
    close in October` are future. Present tense says nothing. A period `ended` on a day
    (`the quarter ended March 31`) is over, whatever the verb of the sentence.
    """
    before = doc_text(doc)[max(0, start - 20):start]
    if TENSELESS_BEFORE.search(before):
        return 0
    if ENDED_BEFORE.search(before):
        return -1
    verb = _governing_verb(doc, start, end)
    return _verb_tense(verb) if verb is not None else 0


def is_habit(doc, start: int, end: int) -> bool:
    """Whether the clause states a habit: a bare present not in the third person singular.

    `I spend ten minutes on Monday morning` is every Monday; `the store opens on Monday`
    (third person, the wording of an announcement) is one Monday.
    """
    verb = _governing_verb(doc, start, end)
    if verb is None or verb.tag_ != "VBP":
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _verb_tense(verb, depth: int = 0) -> int:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxiliaries}
    if words & {"will", "'ll", "shall", "wo"}:
        return 1
    if verb.tag_ == "VB" and "to" in words:
        # An infinitive looks ahead from its governing verb: `expected to close in
        # October` is future, but `had agreed to buy in June` happened before the release.
        head = verb.head
        if depth < 3 and head is not verb and head.pos_ in ("VERB", "AUX") and _verb_tense(head, depth + 1) < 0:
            return -1
        return 1
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in ("has", "have", "had") for c in auxiliaries):
        return -1
    return 0


def _anchor(header: Header) -> date | None:
    """The release's own date: published, else the dateline's."""
    for value in (header.published, header.dateline.date if header.dateline else None):
        if value:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def _select(candidates: list[_Candidate], length: int) -> list[_Candidate]:
    """Longest candidates first, dropping any that overlaps one already kept.

    The longest reading is the most specific (`17 April 2012` over `April 2012` over
    `2012`). A byte per character marks what is taken, so the cost stays linear.
    """
    taken = bytearray(length + 1)
    kept = []
    # On equal length the reading that needs no anchor wins (`Q1'26` over `in Q1`).
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.relative, c.start)):
        if any(taken[cand.start:cand.end]):
            continue
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


_DASH_GAP = re.compile(r"\s{0,2}[-\u2013\u2014]\s{0,2}")
_WORD_GAP = re.compile(r"\s{1,3}(?P<w>to|through|thru|until|till|and)\s{1,3}")
_OPENER_BEFORE = re.compile(r"(?i:\b(?P<w>from|between))\s{1,3}$")
_OPENER_INSIDE = re.compile(r"(?i:(?P<w>from|between))\s")


def _joined(text: str, a: _Candidate, b: _Candidate) -> bool:
    """Whether the words between two dates make them the ends of one span.

    A dash alone joins (`2023 - 2025`); `to`/`through`/`until` join only after `from`
    or `between`, and `and` only after `between`: `grew in 2023 and 2024` names two
    years, `between 2023 and 2024` one span. `from` may also open A itself, as in the
    bare month `from March`.
    """
    gap = text[a.end:b.start]
    if len(gap) > 9:
        return False
    if _DASH_GAP.fullmatch(gap):
        return True
    word = _WORD_GAP.fullmatch(gap)
    if not word:
        return False
    opener = _OPENER_BEFORE.search(text[max(0, a.start - 12):a.start]) or _OPENER_INSIDE.match(text, a.start)
    if not opener:
        return False
    return word.group("w") != "and" or opener.group("w").lower() == "between"


def _interval_end(cand: _Candidate, year: int | None) -> str | None:
    """The value of a range's end; an end without a year takes `year` (the other end's)."""
    if cand.value and cand.resolver is None:
        return cand.value
    if cand.parts and cand.parts[0] is None and year is not None:
        _, month, day = cand.parts
        return iso(year, month, day)
    return None


def _merge_ranges(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    """Join `A - B`, `from A to B` and `between A and B` into one interval `A/B`.

    Both ends must be of one granularity and in order; a left end without its year
    takes the right end's (`from March to May 2024`).
    """
    out: list[_Candidate] = []
    i = 0
    while i < len(kept):
        a = kept[i]
        b = kept[i + 1] if i + 1 < len(kept) else None
        merged = None
        if (b is not None and a.granularity == b.granularity in ("day", "month", "year")
                and not (a.fiscal or b.fiscal) and _joined(text, a, b)):
            right = _interval_end(b, None)
            left = _interval_end(a, int(right[:4]) if right else None)
            if left and right and len(left) == len(right) and left < right:
                merged = _Candidate(a.start, b.end, "range", "interval", f"{left}/{right}")
        out.append(merged or a)
        i += 2 if merged else 1
    return out


def _candidates(text: str) -> list[_Candidate]:
    """Every rule's candidates, read outside long whitespace-free runs only: the rules'
    leading lookbehinds make each scan try every position, and a megabyte of quotation
    marks or of one unbroken word holds no date (see chunks.prose_spans)."""
    from ..nlp.chunks import prose_spans

    found: list[_Candidate] = []
    for lo, hi in prose_spans(text):
        part = text if (lo, hi) == (0, len(text)) else text[lo:hi]
        for rule in RULES:
            found.extend(c if lo == 0 else replace(c, start=c.start + lo, end=c.end + lo)
                         for c in rule(part))
    return found


def extract_dates(doc, header: Header) -> list[DateMention]:
    """Every date expression in the document, normalized (see GUIDELINES.md)."""
    text = doc_text(doc)
    if not text:
        return []
    kept = _merge_ranges(text, _select(_candidates(text), len(text)))
    anchor = _anchor(header)
    mentions = []
    for cand in kept:
        if cand.habit_possible and is_habit(doc, cand.start, cand.end):
            continue
        value = cand.value
        if cand.resolver is not None:
            if anchor is None:
                value = None
            else:
                tense = clause_tense(doc, cand.start, cand.end) if cand.needs_tense else 0
                value = cand.resolver(anchor, tense)
        mentions.append(DateMention(
            text=text[cand.start:cand.end], value=value, granularity=cand.granularity,
            start=cand.start, end=cand.end, relative=cand.relative, fiscal=cand.fiscal,
            rule=cand.rule,
        ))
    return mentions
