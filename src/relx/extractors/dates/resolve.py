"""Relative dates against the release's own date.

The release's own date (published, else the dateline date) is the anchor. Where the text
leaves the direction open, the tense of the clause decides it (`signed in October` is the
last October, `will open in October` the next one). Without a date of its own the value
stays None: never the clock.
"""
from __future__ import annotations

import re
from datetime import date

from ...model import Header
from ..textutil import doc_text

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
