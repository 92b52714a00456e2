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

The package keeps these apart: `patterns` (the vocabulary and the regular expressions),
`values` (a matched date as its normal form), `candidates` (each rule: its pattern's
matches as candidates, with a value or a way to resolve one), `resolve` (relative
expressions against the release's own date, and the tense that decides their direction).
Here the candidates are chosen, ranges joined and the mentions made.
"""
from __future__ import annotations

import re

from ...model import DateMention, Header
from ..textutil import doc_text
from .candidates import _Candidate, _candidates
from .resolve import _anchor, clause_tense, is_habit
from .values import iso


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
