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


def word_occurrences(text: str, word: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"(?<![\w@])" + re.escape(word) + r"(?!\w)", text)]


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
