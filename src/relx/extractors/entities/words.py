"""The words of names: what a single word says about the name it sits in.

Small pure predicates that every entity module asks (is this word an organization's
head word, a legal form, a job title, a small word inside a name?), kept apart so that
the modules that shape spans (candidates.py, coordination.py) can share them.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..lexicon import HONORIFICS, LEGAL_SUFFIXES, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS

BARE_SUFFIXES = frozenset(s.rstrip(".") for s in LEGAL_SUFFIXES)
# Small words that names hold inside ("University of Chicago", "Latham & Watkins").
CONNECTORS = frozenset("of for on in and & the de du des la del y".split())


def bare(token: str) -> str:
    return token.strip(",.").casefold()


def is_head(token: str) -> bool:
    word = re.sub(r"['’]s$", "", bare(token))
    return word in ORG_HEADS or word in BARE_SUFFIXES


def is_legal_name(name: str) -> bool:
    return bool(name.split()) and bare(name.split()[-1]) in BARE_SUFFIXES


def is_title_word(token: str) -> bool:
    word = bare(token)
    return any(w in TITLE_HEADS or w in TITLE_MODIFIERS or w in HONORIFICS
               for w in (word, word[:-1] if word.endswith("s") and len(word) > 4 else word))


def starts_lower(token: str) -> bool:
    """A lowercase word, as opposed to a name that starts small ("eBay", "iHeart")."""
    return token[:1].islower() and not any(ch.isupper() for ch in token[1:])


def leading_capitalized(tokens: list) -> list:
    """The capitalized words (and the small words inside names) that open `tokens`."""
    run = []
    for tok in tokens:
        if not (tok.text[:1].isupper() or tok.text in CONNECTORS):
            break
        run.append(tok)
    return run


# Texts times names whose occurrences are kept: the names of the last few documents.
OCCURRENCE_CACHE = 4096


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of a name in the text."""
    return list(occurrences(text, needle))


@lru_cache(maxsize=OCCURRENCE_CACHE)
def occurrences(text: str, needle: str) -> tuple[tuple[int, int], ...]:
    """`find_all`, computed once per text and name. The rules ask for the occurrences of
    the same names again and again (evidence, short names, fragments, every mention), and
    each search compiled a pattern and scanned the whole text: on real releases with many
    names it was the largest cost of the extractors (issue 15). The text's hash is kept by
    the string itself, so a lookup costs no scan; the cache holds the texts of the last
    few documents only."""
    if not needle:
        return ()
    # What the pattern (?<![\w@])NEEDLE(?!\w) finds, without compiling one pattern per
    # name (a few thousand per batch, each costing more than the search): str.find, then
    # the same word-boundary checks (`\w` is a letter, a digit or `_`, as str.isalnum says).
    found = []
    size, length = len(needle), len(text)
    start = text.find(needle)
    while start >= 0:
        end = start + size
        before = text[start - 1] if start else ""
        after = text[end] if end < length else ""
        if not (before and (before.isalnum() or before in "_@")) and \
                not (after and (after.isalnum() or after == "_")):
            found.append((start, end))
            start = text.find(needle, end)
        else:
            start = text.find(needle, start + 1)
    return tuple(found)


def fold(word: str) -> str:
    """A word without case and accents: "Héctor" and "Hector" are one name."""
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c)).casefold().strip(".")


@lru_cache(maxsize=1)
def nick_namer():
    """The `nicknames` package's table of given names and their short forms ("Bob" for
    "Robert"), built once per process: it reads a CSV of some 1,100 names."""
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """English given names and their short forms, from the `nicknames` package."""
    table = nick_namer().nickname_lookup
    return frozenset(table) | frozenset(n for v in table.values() for n in v)
