"""The date rules: each turns its pattern's matches into candidates.

A candidate carries its offsets, its rule and either its value (`March 5, 2024`) or a
resolver that computes the value from the release's own date and the clause's tense
(`in October`, `last year`); `resolve` supplies both.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import chain as _chain
from typing import Callable, Iterator

from .patterns import (
    AND_MONTH, BARE_MONTH, BARE_Q, BARE_WEEKDAY, BARE_YEAR, DAY, DAY_LIST, DAY_LIST_DMY, DAY_RANGE,
    FISCAL_YEAR, FULL_DATE, FUNCTION_WORDS, H_HALF, ISO_DATE, MONTH_DAY, MONTH_SPAN, MONTH_YEAR,
    OF_RELATIVE_YEAR, ORDINALS, QUARTER_ENDING, Q_QUARTER, RELATIVE_DAY, RELATIVE_PERIOD,
    RELATIVE_QUARTER, RELATIVE_SEASON, RELATIVE_WEEKDAY, SEASONS, SEASON_ORDER, SEASON_YEAR,
    SLASH_DATE, TIME_PREPOSITIONS, UNIT_WORDS, WEEKDAYS, WORD_HALF, WORD_QUARTER, YEAR_RANGE,
    _WEEKDAY_FULL, _WEEKDAY_SPAN_AFTER, _WEEKDAY_SPAN_BEFORE, _rx,
)
from .resolve import _year_for_day, _year_for_month, _year_for_period, _year_for_quarter
from .values import _full_year, _month_number, _valid_day, full_date_value, iso, parse_date_text

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


def _candidates(text: str) -> list[_Candidate]:
    """Every rule's candidates, read outside long whitespace-free runs only: the rules'
    leading lookbehinds make each scan try every position, and a megabyte of quotation
    marks or of one unbroken word holds no date (see chunks.prose_spans)."""
    from ...nlp.chunks import prose_spans

    found: list[_Candidate] = []
    for lo, hi in prose_spans(text):
        part = text if (lo, hi) == (0, len(text)) else text[lo:hi]
        for rule in RULES:
            found.extend(c if lo == 0 else replace(c, start=c.start + lo, end=c.end + lo)
                         for c in rule(part))
    return found
