"""Names that a legal form ends: "Road to Responsibility, Inc.", "igolgi, inc.".

A legal form (`Inc.`, `LLC`, `Ltd.`) is the one sign in a press release that says where a
company's name ends, and the words before it, back to the start of the line or sentence
or a word that cannot sit in a name, are the name. The model cuts such names at a small
word ("Road" of "Road to Responsibility, Inc."), misses a brand written in lowercase
("igolgi, inc., a leading innovator"), or loses a name glued to an email address in a
scraped contact block ("Media Contact:Acme Communications Ltd.press@acme.com").
"""
from __future__ import annotations

import re

from ..textutil import doc_text
from .candidates import CONNECTORS, INNER_SMALL_WORDS, ORG, Candidate, refine

# The legal forms written after a name, with the comma some releases put before them;
# lowercase only in a name written in lowercase ("igolgi, inc.").
LEGAL_FORM_RE = re.compile(
    r"(?:,\s?|\s)(?P<form>Inc\.?|inc\.|LLC|L\.L\.C\.|LLP|Ltd\.?|Corp\.?|Co\.|PLC|GmbH|AG|S\.A\.|N\.V\."
    r"|PLLC|LPA|P\.C\.|Pty\.? Ltd\.?|Pte\.? Ltd\.?)"
    # the form ends at a word's end, or runs into an address a scraped page glued on
    r"(?:(?![\w.])|(?<=\.)(?=[\w.+\-]{1,64}@|www\.))"
    r"(?!,? ?\d)")  # "Inc. 5000", "FORTUNE, Inc. 5000": a list of companies, not a company
# A word of a name: capitalized, or with a capital inside ("iLux"), or a number.
NAME_WORD_RE = re.compile(r"(?:[A-Z0-9][\w.\-’'&]*|[a-z]{1,3}[A-Z][\w.\-]*|&)")
# Where a sentence or a block opens: a lowercase word there is a brand, not prose.
OPENING_RE = re.compile(r"(?:^|\n|--|—|[.!?:]\s|[\"“(]\s?)\s*$")
MAX_WORDS = 8
# Small words a name read back from its legal form may hold ("Road to Responsibility, Inc.").
NAME_SMALL_WORDS = CONNECTORS | INNER_SMALL_WORDS


def legal_name_candidates(doc) -> list[Candidate]:
    """Every name that a legal form ends, read back from the form."""
    text = doc_text(doc)
    out = []
    for m in LEGAL_FORM_RE.finditer(text):
        lowercase_form = m.group("form")[:1].islower()
        line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 200)
        words = list(WORD_RE.finditer(text, line_start, m.start()))
        start = name_start([w.group() for w in words], lowercase_form)
        if start is None:
            continue
        begin = words[start].start()
        while text[begin] in "-—–*•·#>_":
            begin += 1  # "--Acme Corp." after a dateline's dashes
        small = [i for i in range(start + 1, len(words)) if words[i].group() in INNER_SMALL_WORDS]
        if small and text.count(text[words[small[0] - 1].start():m.start()]) < 2:
            # "Jo Doe from Acme Group Inc.": a name with a small word inside must be
            # written so more than once ("Road to Responsibility ... Road to
            # Responsibility, Inc."), or it is a phrase that ends in a name
            if small[-1] + 1 >= len(words):
                continue
            begin = words[small[-1] + 1].start()
        if lowercase_form:
            # "igolgi, inc., a leading ...": one lowercase word that opens a sentence
            if OPENING_RE.search(text[max(0, begin - 3):begin]):
                out.append(Candidate(begin, m.end(), ORG, "legal-name"))
            continue
        if text[m.end():m.end() + 1].isalnum():
            # "Acme Ltd.press@acme.com": the model's token runs on into the address, so
            # the name is refined without its form and the form put back
            out.extend(c._replace(end=m.end()) for c in refine(doc, begin, m.start("form"), ORG,
                                                                "legal-name")[-1:]
                       if not text[c.end:m.start("form")].strip(" ,"))
            continue
        out.extend(refine(doc, begin, m.end(), ORG, "legal-name")[-1:])
    return out


# The words of a line, a bracket, colon or quotation mark each a word of its own (a
# scraped "Contact:Acme Ltd." has no space after its label).
WORD_RE = re.compile(r"[^\s:;()\[\]{}|/\"“”]+|[:;()\[\]{}|/\"“”]")
ABBREVIATION_RE = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")


def name_start(words: list[str], lowercase_form: bool) -> int | None:
    """The index of the first word of the name that ends with the last of `words`:
    capitalized words back to one that ends a clause, a lowercase word or a bracket,
    with the small words that sit between two capitalized ones ("Road to Responsibility")."""
    if not words:
        return None
    if lowercase_form:
        last = words[-1].rstrip(",")
        return len(words) - 1 if re.fullmatch(r"[a-z][a-z0-9\-]{2,30}", last) else None
    start = None
    for i in range(len(words) - 1, max(-1, len(words) - 1 - MAX_WORDS), -1):
        word = words[i].rstrip(",") if i == len(words) - 1 else words[i]
        if word.endswith(",") or (word.endswith(".") and not ABBREVIATION_RE.fullmatch(word)) \
                or re.fullmatch(r"(?:19|20)\d\d|©", word):
            break  # the word before ends a clause or a sentence; a year: "© 2025 Acme, Inc."
        if NAME_WORD_RE.fullmatch(word):
            start = i
        elif not (word in NAME_SMALL_WORDS and start is not None and i > 0
                  and NAME_WORD_RE.fullmatch(words[i - 1])):
            break
    return start
