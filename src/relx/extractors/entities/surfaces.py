"""Written forms of names: every way a name is written, where, and who voted for what.

A `Surface` gathers the mentions of one written form (`Acme Robotics, Inc.`) found by
any rule, with the model's votes for its type; `org_key` and `person_key` say when two
written forms are the same name.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import HEADLINE_VERB_FORMS, HONORIFICS
from ...model import Header, Mention, Ticker
from ..textutil import doc_text, headline_ranges, in_ranges, words
from .candidates import (
    INNER_SMALL_WORDS,
    ORG,
    PERSON,
    Candidate,
    TICKER_RE,
    about_candidates,
    is_head,
    is_legal_name,
    ner_candidates,
    run_candidates,
    ticker_candidates,
    title_subject_candidates,
)
from .context import (adviser_candidates, announcer_candidates, deal_candidates, email_candidates,
                      employer_candidates, handle_candidates, source_candidates, titled_name_candidates)
from .legal import legal_name_candidates
from .spans import widened_candidates
from .lists import described_candidates, member_candidates
from .words import BARE_SUFFIXES, find_all, fold, given_names, is_title_word, occurrences  # noqa: F401

PAREN_ALIAS_RE = re.compile(
    r"\(\s*(?:the\s+)?[\"“”']?([A-Z][\w&.\- ]{0,40}?)[\"“”']?\s*(?:or\s[^)]{0,60})?\)")


HANDLE = "HANDLE"


@dataclass
class Surface:
    """One way of writing a name, every place it is written, and the votes for its type."""

    text: str
    mentions: list[Mention] = field(default_factory=list)
    votes: Counter = field(default_factory=Counter)
    rules: set[str] = field(default_factory=set)

    def add(self, start: int, end: int, label: str | None, rule: str) -> None:
        if not any(m.start == start and m.end == end for m in self.mentions):
            self.mentions.append(Mention(start, end, self.text))
        if label:
            self.votes[label] += 1
        self.rules.add(rule)


# Keys are asked for the same few names tens of thousands of times per batch (every pair
# of names is compared), so each name's key is computed once (issue 15).
KEY_CACHE = 8192


@lru_cache(maxsize=KEY_CACHE)
def org_key(name: str) -> str:
    """The identity of an organization name: case, `the`, possessive, legal suffix removed."""
    name = re.sub(r"['’]s?$", "", name.strip())
    tokens = [t.casefold().strip(".") for t in words(name)]
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in BARE_SUFFIXES:
        tokens.pop()
    return " ".join(t for t in tokens if t not in {",", "&", "and"})


@lru_cache(maxsize=KEY_CACHE)
def person_key(name: str) -> str:
    """The identity of a person's name: case, accents and honorifics aside ("Dr. Héctor
    Sandoval" and "Hector Sandoval")."""
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(t.casefold().strip(".") for t in words(name) if t.casefold() not in HONORIFICS)


def collect_surfaces(doc, header: Header, extra: list[Candidate] = ()
                     ) -> tuple[dict[str, Surface], dict[str, Ticker]]:
    """Every written form of a name that some finder proposed; `extra` are candidates
    from finders outside this module (the people's, see people.py)."""
    text = doc_text(doc)
    tick_cands, tick_spans = ticker_candidates(doc)
    candidates: list[Candidate] = (
        ner_candidates(doc) + run_candidates(doc) + about_candidates(doc) + handle_candidates(doc)
        + email_candidates(doc) + source_candidates(doc) + titled_name_candidates(doc)
        + title_subject_candidates(doc) + announcer_candidates(doc) + employer_candidates(doc)
        + adviser_candidates(doc) + deal_candidates(doc) + described_candidates(doc)
        + member_candidates(doc) + legal_name_candidates(doc) + widened_candidates(doc) + tick_cands
        + list(extra))
    surfaces: dict[str, Surface] = {}
    tickers: dict[str, Ticker] = {}
    # a ticker's symbol and a dateline's city are not names of their own
    excluded = [(m.start(), m.end()) for m in TICKER_RE.finditer(text)]
    if header.dateline:
        excluded.append((header.dateline.start, header.dateline.start + len(header.dateline.location)))
    for cand in candidates:
        if cand.label == PERSON:
            cand = cut_at_seam(cand, text)
        name = text[cand.start:cand.end]
        if any(s <= cand.start and cand.end <= e for s, e in excluded):
            continue
        if name.strip():
            surfaces.setdefault(name, Surface(name)).add(cand.start, cand.end, cand.label, cand.rule)
        if cand.rule == "ticker" and cand.start in tick_spans:
            exchange, symbol, s, e = tick_spans[cand.start]
            tickers.setdefault(org_key(name), Ticker(exchange, symbol, s, e, text[s:e]))
    add_short_legal_names(surfaces, text)
    # Headlines are Title Case, which makes the model see names everywhere
    # ("BILL Appoints"): a name seen only in a headline must occur in the body too.
    headlines = headline_ranges(text)
    for name in list(surfaces):
        if "about-section" in surfaces[name].rules and (
                is_legal_name(name) or any(is_head(w) for w in name.split())):
            continue  # "About Acme Law PLLC" is a heading that names the body it is about
        if "contact-line" in surfaces[name].rules or headline_person(surfaces[name], text):
            continue  # "Contact: Jo Park" is Title Case too, but a label vouches for it
        if all(in_ranges(m.start, headlines) for m in surfaces[name].mentions) and \
                not any(not in_ranges(s, headlines) for s, _ in find_all(text, name)):
            del surfaces[name]
    return surfaces, tickers


def headline_person(surface: Surface, text: str) -> bool:
    """"Acme Names Chris Hurst Chief Financial Officer", "* Captain Allan Gray, President
    of ...": a person the release names only on Title Case lines, when the model calls it
    a person and a given name opens it. In the title itself, where a subject and its verb
    read like a name ("Virginia Showcases"), only after a verb that names a person."""
    tokens = surface.text.split()
    title_end = text.find("\n") if "\n" in text else len(text)
    if any(m.start < title_end and not re.search(
            r"\b(?:Appoints|Names|Welcomes|Hires|Promotes|Taps|Elects|Adds|Honors) $", text[:m.start])
            for m in surface.mentions):
        return False
    return surface.votes[PERSON] > 0 and fold(tokens[0]) in given_names() \
        and re.fullmatch(r"[A-Z][a-z'’\-]+(?: [A-Z]\.)? [A-Z][a-z'’\-]+", surface.text) is not None \
        and not any(is_head(t) or is_title_word(t) or t.casefold() in HEADLINE_VERB_FORMS for t in tokens)


def add_short_legal_names(surfaces: dict[str, Surface], text: str) -> None:
    """"Road to Responsibility" for "Road to Responsibility, Inc.": a legal name that holds
    a small word is written without its form too, and every such occurrence is a mention
    (the model cuts it at the small word, so no other rule finds it whole)."""
    for name in [n for n, s in surfaces.items() if "legal-name" in s.rules]:
        short = re.sub(r",?\s\S+$", "", name)
        if short == name or not any(w in INNER_SMALL_WORDS for w in short.split()[1:-1]):
            continue
        for start, end in find_all(text, short):
            surfaces.setdefault(short, Surface(short)).add(start, end, ORG, "legal-name")


# Where a scraped page glued two blocks: a run of small letters, then a capital
# ("Jane GormanCommunications", "AlternativesEthereum"). Names such as "McDonald" or
# "DeVos" have two or three small letters before their inner capital, not four.
SEAM_RE = re.compile(r"(?<=[a-z]{4})(?=[A-Z])")


def cut_at_seam(cand: Candidate, text: str) -> Candidate:
    """A person's name ends at a seam inside it: the words after it are the next block."""
    seam = SEAM_RE.search(text, cand.start, cand.end)
    if seam and " " in text[cand.start:seam.start()]:
        return cand._replace(end=seam.start())
    if seam and text[cand.start:seam.start()].casefold() in LABELS_BEFORE_NAMES:
        return cand._replace(start=seam.start())  # "ContactLibby B. Mills"
    return cand


LABELS_BEFORE_NAMES = frozenset("contact contacts email phone name author by source media press "
                                "attn writer photo credit".split())


def add_all_mentions(kinds: dict[str, str], surfaces: dict[str, Surface], text: str) -> None:
    """Every occurrence of an accepted name is a mention, not only those a rule found,
    unless it sits inside a longer accepted name ("Duke Energy" in "Duke Energy Florida")."""
    found = {name: find_all(text, name) for name in kinds}
    spans = sorted({span for spans in found.values() for span in spans})
    for name, occurrences in found.items():
        for start, end in occurrences:
            if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans):
                surfaces[name].add(start, end, None, "string-match")
