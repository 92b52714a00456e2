"""Small text helpers shared by the extractors."""
from __future__ import annotations

import re
from bisect import bisect_right

WORD_RE = re.compile(r"[\w][\w'’.\-&]*|&")


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def is_headline(line: str) -> bool:
    """A Title Case line with no closing period: a headline or a section heading.

    In such lines every word is capitalized, so capitalization says nothing about names.
    """
    tokens = re.findall(r"[A-Za-z][\w'’\-]*", line)
    # a quotation ends with its mark, but a headline may be quoted whole ("“Acme Joins X”")
    quoted_whole = re.fullmatch(r"\s*[“\"][^“”\"]+[^.,!?][”\"]\s*", line)
    if len(tokens) < 3 or line.rstrip().endswith((".", "”", '"')) and not quoted_whole:
        return False
    if "@" in line or "www." in line or len(re.findall(r"\d", line)) >= 7:
        return False  # a contact line: "Jane Doe, Vice President, 555-010-0199"
    small = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at",
             "as", "from", "its", "into", "vs"}
    content = [t for t in tokens if t.casefold() not in small]
    return bool(content) and sum(t[0].isupper() for t in content) / len(content) >= 0.9


# A line of contact details: `Tel: (555) 010-0199`, `jo@acme.example`, `+1 555 010 0199`.
CONTACT_DETAIL = re.compile(r"\s*(?:(?i:tel|telephone|phone|mobile|cell|fax|e-?mail)\s?:|\S+@\S+\.\w"
                            r"|\+?\(?\d[\d\s().-]{8,}$)")


# A byline: `By Jo Park, Acme News`, `(Written by Jo Park, Researcher at Acme University)`.
BYLINE = re.compile(r"\s*\(?(?:Written |Authored )?[Bb]y [A-Z]")


def headline_ranges(text: str) -> list[tuple[int, int]]:
    """Lines that are headlines; a Title Case line directly above a contact detail
    (`Jane Roe, President` over `Tel: ...`) is the name line of a contact block, and a
    byline names its writer and where they work, however Title Case it looks."""
    lines = text.split("\n")
    ranges, pos = [], 0
    for i, line in enumerate(lines):
        if is_headline(line) and not (i + 1 < len(lines) and CONTACT_DETAIL.match(lines[i + 1])) \
                and not BYLINE.match(line):
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def in_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    i = bisect_right(ranges, (pos, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


def doc_text(doc) -> str:
    """`doc.text`, built once per document. spaCy rebuilds `Doc.text` from every token on
    each read (about a millisecond for a release), and the extractors read it some twenty
    times per document: that was over a third of the extraction time (cProfile, issue 6).
    A Doc's text never changes, so the first read is kept in the Doc's own user data."""
    text = doc.user_data.get(DOC_TEXT_KEY)
    if text is None:
        text = doc.user_data[DOC_TEXT_KEY] = doc.text
    return text


DOC_TEXT_KEY = "relx.text"
