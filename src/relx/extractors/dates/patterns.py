"""The date vocabulary and the regular expressions that find dates.

Every pattern is built from bounded pieces (no nested unbounded repetition), so each
match attempt costs a constant and the whole scan stays linear in the text length. The
header finder shares `FULL_DATE` and `MONTH_DAY`.
"""
from __future__ import annotations

import re
from typing import Iterable

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
# After a month: a space, or nothing when an abbreviation's dot ends it (`Aug.13`).
_MSP = rf"(?:{_SP}|(?<=\.))"


_rx = re.compile


# A full calendar date, optionally led by its weekday: `Tuesday, 17 April 2012`,
# `Aug. 5, 2025`, `July 1st 2025`, `5th of March, 2024`. Shared with the header finder.
FULL_DATE = _rx(
    rf"(?<![\w/])(?<!\w-){_WEEKDAY_PREFIX}"
    rf"(?:(?P<m1>{MONTH}){_MSP}(?P<d1>{DAY}){_SEP}(?P<y1>{YEAR})"
    rf"|(?P<d2>{DAY})(?:{_SP}of)?{_SP}(?P<m2>{MONTH}){_SEP}(?P<y2>{YEAR}))"
)
ISO_DATE = _rx(r"(?<![\w./-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)")
# `3/16/2022`: a four-digit year is required, so `9/11` and `24/7` never match.
SLASH_DATE = _rx(r"(?<![\w./-])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\w/-]|\.\d)")

# `March 1-3, 2023`, `March 1 to April 2, 2023`, `1-3 March 2023`, `1 March - 2 April 2023`.
DAY_RANGE = _rx(
    rf"(?<![\w/-])(?:(?P<ma>{MONTH}){_MSP}(?P<da>{DAY}){_RANGE_WORD}(?:(?P<mb>{MONTH}){_SP})?"
    rf"(?P<db>{DAY})(?:{_SEP}(?P<y1>{YEAR}))?"
    rf"|(?P<dc>{DAY})(?:{_SP}(?P<mc>{MONTH}))?{_RANGE_WORD}(?P<dd>{DAY}){_SP}(?P<md>{MONTH})"
    rf"(?:{_SEP}(?P<y2>{YEAR}))?)"
)
# `March 5 and 6, 2024`, `March 5, 6 & 7, 2024`: a list of days of one month.
DAY_LIST = _rx(
    rf"(?<![\w/-])(?P<m>{MONTH}){_MSP}(?P<da>{DAY})(?:,{_SP}{DAY}){{0,5}}"
    rf",?{_SP}(?:and|&){_SP}(?P<db>{DAY}){_SEP}(?P<y>{YEAR})"
)
# `12 and 13 April 2027`: the same, day first.
DAY_LIST_DMY = _rx(
    rf"(?<![\w/.,-])(?P<da>{DAY})(?:,{_SP}{DAY}){{0,5}},?{_SP}(?:and|&){_SP}(?P<db>{DAY})"
    rf"{_SP}(?P<m>{MONTH}){_SEP}(?P<y>{YEAR})"
)
# `March 5`, `Monday, March 5`, `5 March`, `the 5th of March`: the year is inferred.
MONTH_DAY = _rx(
    rf"(?<![\w/-]){_WEEKDAY_PREFIX}(?:(?P<m1>{MONTH}){_MSP}(?P<d1>{DAY})(?![.,]?\d)"
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
