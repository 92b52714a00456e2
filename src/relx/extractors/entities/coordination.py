"""Whether `and` (or `&`) joins two names or sits inside one.

"Securities and Exchange Commission" is one name, "Everest Group and ISG" two; the model
reads both ways, and so do the capitalized runs. Split from candidates.py, whose
`refine` asks at every `and` inside a span.
"""
from __future__ import annotations

import re

from ..textutil import doc_text
from .words import (BARE_SUFFIXES, CONNECTORS, bare, find_all, is_head, is_legal_name,
                    is_title_word, leading_capitalized)


def splits_coordination(left: list, right: list, from_model: bool = False) -> bool:
    """Whether `and` joins two names ("Everest Group and ISG", "Acme LLP and Beta LLC",
    "Acme Group and the Beta Foundation") rather than sitting inside one ("Securities and
    Exchange Commission"). Two names that each end in a head word ("Northfield Stores and
    Coastline Outfitters") are two, unless the model read them as one."""
    if len(right) > 1 and right[0].lower_ == "the" and right[1].text[:1].isupper() \
            and any(is_head(t.text) for t in left + leading_capitalized(right[1:])):
        # "the Institute for Tidal Science and the Fenmoor District Council", "HR.com
        # and the HR Research Institute"
        return True
    if not right or not right[0].text[:1].isupper():
        return False
    if is_legal_name(left[-1].text):
        return True
    right_words = [t.text for t in right if not t.is_punct]
    if is_title_word(right_words[0]) and not is_head(right_words[0]):
        return True  # "Professor at Acme University and Director of the Beta Institute"
    if both_written_alone(left, right) or two_bodies(left, right):
        return True
    if not is_head(left[-1].text):
        return False
    if len(right_words) == 1:
        return right_words[0].isupper()
    end = next((k for k, t in enumerate(right) if not t.text[:1].isupper() and t.text not in
                {"&", "of"}), len(right))
    return not from_model and is_head(right[end - 1].text) and len(left) >= 2


# Head words that end the name of one body (not a field: "Health", "Energy" may sit in
# "Department of Health and Human Services").
BODY_HEADS = frozenset("""university college school institute academy agency commission council
    department ministry bureau authority association foundation fund trust society alliance
    coalition center centre hospital clinic group holdings ventures capital partners bank
    company corporation museum library club""".split())


def two_bodies(left: list, right: list) -> bool:
    """Two names however the model read them: a place and a body ("San Antonio and
    Wayland Baptist University"), two `Head of X` ("University of Georgia and University
    of Miami"), two bodies each ended by its head ("Cambrian VC and TTV Capital", "Hong
    Kong Polytechnic University and City University of Hong Kong")."""
    run = leading_capitalized(right)
    while run and run[-1].text in CONNECTORS:
        run = run[:-1]
    if len(left) < 2 or len(run) < 2:
        return False

    def place(tokens: list) -> bool:
        return all(t.ent_type_ in {"GPE", "LOC"} for t in tokens)

    def body(tokens: list) -> bool:
        return any(bare(t.text) in BODY_HEADS or bare(t.text) in BARE_SUFFIXES for t in tokens)

    def head_of(tokens: list) -> bool:
        return any(is_head(a.text) and b.lower_ in {"of", "for"} for a, b in zip(tokens, tokens[1:]))

    if place(left) and body(run) or place(run) and body(left):
        return True
    if head_of(left) and is_head(run[0].text) and run[1].lower_ in {"of", "for"}:
        return True
    if head_of(left) and bare(run[-1].text) in BODY_HEADS and not head_of(run):
        # "University of Illinois at Chicago and Lakeshore Technical College": a `Head of
        # X` name is whole before `and`, and a run ended by a body's head is a body of its own
        # (a field after `and` is no body: "Department of Health and Human Services")
        return True
    last = left[-1].text
    return not any(t.lower_ in {"of", "for", "on"} for t in left) and body(run) and (
        bare(last) in BODY_HEADS or (last.isupper() and last.isalpha() and len(last) >= 2))


def both_written_alone(left: list, right: list) -> bool:
    """"at all Perfect Union and Wild Seed Wellness stores", where the text also writes
    "eight Perfect Union stores and one Wild Seed Wellness store": two names, since
    each stands alone elsewhere ("Securities and Exchange Commission" does not)."""
    right = leading_capitalized(right)
    while right and right[-1].text in CONNECTORS:
        right = right[:-1]
    if len(left) < 2 or len(right) < 2 or any(
            all(is_head(t.text) or t.text in CONNECTORS for t in half) for half in (left, right)):
        return False  # "Good Spirit Farm & Winery": "Winery" alone is every winery's word
    text = doc_text(left[0].doc)
    halves = [left[0].doc[left[0].i:left[-1].i + 1].text, right[0].doc[right[0].i:right[-1].i + 1].text]
    return all(any(standalone(text, s, e) for s, e in find_all(text, h)) for h in halves)


def standalone(text: str, start: int, end: int) -> bool:
    """Whether a name at `start:end` stands with no other name around it: no capitalized
    word, `and` or `&` right before or after it ("Vineyard" in "Kalero Vineyard" does not)."""
    before = text[max(0, start - 30):start]
    return not re.search(r"(?:[A-Z][\w.\-’']*|&|and),? $", before) \
        and not re.match(r",? (?:[A-Z]|&|and\b)", text[end:end + 6])
