"""Ordinary English words, from the dictionary the spaCy model already ships.

A capitalized phrase made only of ordinary words ("Loan Processing", "Fifth Domain",
"Success") is a heading, a service, a title or a thing far more often than a body's
name; a reader takes it for a company only when the text uses it as one. Telling such
words from names needs a vocabulary. The English pipeline carries one for its rule
lemmatizer: the lemma index, WordNet's nouns, verbs, adjectives and adverbs (some 90,000
words, under 1 MB, already installed). relx does not run the lemmatizer, so the table is
read here once, straight from the model's files; the alternatives weighed were a word
frequency package (`wordfreq`, a 57 MB wheel) and a hand list (never complete).

WordNet lists some proper nouns too (cities, famous people, given names): given names
from the `nicknames` table are taken out, so "Grant" or "Hope" never counts as ordinary.
Without the model's files the vocabulary is empty and every rule that reads it is off.
"""
from __future__ import annotations

import glob
import re
from functools import lru_cache

from ...nlp.load import DEFAULT_MODEL as MODEL
from .words import given_names

# Inflected forms reduced to a WordNet entry: "audits" -> "audit", "processing" ->
# "process", "wars" -> "war", "companies" -> "company".
SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"))


@lru_cache(maxsize=1)
def lemma_index() -> dict[str, frozenset[str]]:
    """The words of the installed English model's lemma index by part of speech ("noun",
    "verb", "adj", "adv"), less English given names; irregular forms ("children") are
    filed under their part of speech too."""
    try:
        import spacy.util
        import srsly
        from spacy.strings import hash_string

        root = spacy.util.get_package_path(MODEL)
        files = glob.glob(str(root / "*" / "lemmatizer" / "lookups" / "lookups.bin"))
        tables = srsly.read_msgpack(files[0]) if files else {}
    except (ImportError, OSError, ValueError):  # no model, a model without the tables
        return {}
    names = given_names()
    out = {}
    for pos in ("noun", "verb", "adj", "adv"):
        key = hash_string(pos)
        forms = [*(tables.get("lemma_index") or {}).get(key, ()),
                 *(tables.get("lemma_exc") or {}).get(key, {})]
        # WordNet's phrases ("ice_cream") found in one regex pass, not word by word: a
        # third of the time, on every process's first release (issue 15)
        phrases = re.findall(r"^.*_.*$", "\n".join(forms), re.MULTILINE)
        out[pos] = frozenset(forms).difference(phrases) - names
    return out


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every word of the lemma index, whatever its part of speech."""
    return frozenset().union(*lemma_index().values())


def is_ordinary_word(word: str) -> bool:
    """An English dictionary word written with a capital only by position or Title Case:
    "Processing", "Audits", "Fifth". Acronyms ("RPA"), words with inner capitals
    ("eBook"), figures and given names are not."""
    word = word.strip(".,;:’'\"()")
    if not word or not re.fullmatch(r"[A-Z]?[a-z]+(?:-[a-z]+)*", word, re.IGNORECASE) \
            or (len(word) > 1 and word[1:] != word[1:].lower()):
        return False
    words = english_words()
    folded = word.casefold()
    if folded in words:
        return True
    return any(folded.endswith(suf) and folded[:-len(suf)] + rep in words
               for suf, rep in SUFFIXES if len(folded) > len(suf) + 2)


# Small words that may sit inside a phrase of ordinary words: "Clearing the View".
LINKS = frozenset("of the and & for in on to a an with at by or".split())


def is_ordinary_phrase(name: str) -> bool:
    """Whether every word of a name is an ordinary English word ("Loan Processing",
    "Intelligent Automation", "Success"), small linking words aside. Hyphenated words
    count when every part is one ("Award-Winning")."""
    words_ = [w for w in name.split() if w.casefold() not in LINKS]
    return bool(words_) and all(all(is_ordinary_word(p) for p in w.split("-") if p) for w in words_)


def is_describing_word(word: str) -> bool:
    """An adjective or a verb of the dictionary that is no given name: "Artificial",
    "Bronze", "Qualified", "Graze". A personal name does not open with one; a product, a
    place or a phrase does ("Artificial Intelligence", "Bronze Star")."""
    index = lemma_index()
    folded = word.strip(".,").casefold()
    return bool(index) and (folded in index["adj"] or folded in index["verb"])


# Endings of abstract nouns, which no surname has: "Registration", "Madness",
# "Enhancement", "Liability". (Not -ing or -ence: "Manning", "Lawrence".)
ABSTRACT_ENDING_RE = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ness|ity|ism|ship|ology)s?")


def reads_as_a_phrase(name: str) -> bool:
    """A "person" whose words are all ordinary words and whose first word is an adjective
    or a verb is a phrase ("Balance Sheet", "Dirty Dough"), not a name; so is one that
    ends in an abstract noun ("Blockchain Registration", "Reefer Madness"). Names like
    "Grant Cardone" or "Amber Lee" keep a word no dictionary holds or a given name."""
    words_ = name.split()
    if len(words_) < 2 or words_[0].strip(".").casefold() in given_names():
        return False
    if ABSTRACT_ENDING_RE.fullmatch(words_[-1].casefold()) and is_ordinary_word(words_[-1]):
        return True
    # three ordinary words with no given name among them: "Ketamine Psychedelic Therapy"
    if len(words_) >= 3 and is_ordinary_phrase(name) and not any(
            w.strip(".").casefold() in given_names() for w in words_):
        return True
    return is_describing_word(words_[0]) and is_ordinary_phrase(name)
