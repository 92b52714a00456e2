"""Widening the model's organization spans to the whole name.

The small model stops a name where its words stop looking like one: at a comma inside
the name of an institute whose field is a list ("Institute of Language, Brain and
Behaviour"), or after a nationality or a place that opens it ("Spanish" + "Chamber of
Commerce", "Ohio" + "Department of Health"). These finders give the whole name; the
pieces, only ever written inside it, then fall away (kinds.drop_fragments).
"""
from __future__ import annotations

import re

from ..textutil import doc_text
from .candidates import LABEL_WORDS, ORG, Candidate, bare, is_head, refine

# "Institute of Language, Brain and Behaviour", "Ministry of Business, Innovation and
# Employment": after `Head of Word`, single capitalized words listed with commas up to
# an `and`.
FIELD_LIST_RE = re.compile(r",? ((?:[A-Z][a-z]+, ){0,4})?(?:[A-Z][a-z]+,? )?and ([A-Z][a-z]+)(?![\w\-&])")
HEAD_OF_RE = re.compile(r"(\S+) (?:of|for) [A-Z][a-z]+$")
# Bodies whose name a nationality or a place opens: "Spanish Chamber of Commerce".
OPENING_BODIES = frozenset("chamber embassy consulate ministry department council academy "
                           "institute association society federation board bureau office "
                           "university college".split())

# A nationality the model did not tag: "Spanish", "Japanese", "Canadian", "Hellenic".
NATIONALITY_RE = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|an|ic|i|ch)")


def widened_candidates(doc) -> list[Candidate]:
    return field_list_candidates(doc) + opened_body_candidates(doc) + owned_name_candidates(doc)


def owned_name_candidates(doc) -> list[Candidate]:
    """"Ripley's Aquarium of Canada", which the model reads as a person and a body: a
    one-word owner before a body's name is part of it when the text never writes the
    owner alone (refine keeps the possessive on the same terms)."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].text not in {"'s", "’s"}:
            continue
        owner = doc[ent.start - 2]
        if owner.i > 0 and doc[owner.i - 1].text[:1].isupper() and bare(doc[owner.i - 1].text) not in LABEL_WORDS:
            continue  # "Happy Stan's Recycling Services Ltd.": an owner of two words, refine's to read
        if owner.text[:1].isupper() and owner.whitespace_ == "" and not doc[ent.start - 1].whitespace_ == "":
            out.extend(c for c in refine(doc, owner.idx, ent.end_char, ORG, "ner:ORG")[-1:]
                       if c.start == owner.idx and c.end > ent.start_char)
    return out


def field_list_candidates(doc) -> list[Candidate]:
    """A body named for a list of fields, which the model cuts at the first comma. The
    listed words must be no places and no names of their own, written nowhere else
    ("University of Chicago, Stanford and MIT" lists three universities)."""
    text = doc_text(doc)
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        for cand in refine(doc, ent.start_char, ent.end_char, ORG, "ner:ORG"):
            head = HEAD_OF_RE.search(text[cand.start:cand.end])
            if not head or not is_head(head.group(1)):
                continue
            m = FIELD_LIST_RE.match(text, cand.end)
            if not m or "\n" in m.group() or re.match(r" [A-Z]", text[m.end():m.end() + 2]):
                continue
            listed = doc.char_span(cand.end - len(head.group().split()[-1]), m.end(),
                                   alignment_mode="expand")
            phrase = text[cand.start:m.end()]
            words = [t.text for t in listed if t.text[:1].isupper()]
            if listed is not None and not any(t.ent_type_ in PLACES for t in listed) and all(
                    text.count(w) == text.count(phrase) for w in words):
                out.append(Candidate(cand.start, m.end(), ORG, "field-list"))
    return out


PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})


def opened_body_candidates(doc) -> list[Candidate]:
    """A model's organization that opens with a generic body ("Chamber of Commerce")
    right after a nationality or a place on the same line: the adjective is the name's."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.start == 0:
            continue
        first = ent[0] if ent[0].lower_ != "the" else (ent[1] if len(ent) > 1 else None)
        before = doc[first.i - 1] if first is not None and first.i > 0 else None
        if first is None or first.lower_ not in OPENING_BODIES or before is None or not (
                before.ent_type_ in {"NORP", "GPE"} or NATIONALITY_RE.fullmatch(before.text)) \
                or not before.text[:1].isupper() \
                or not before.whitespace_ or "\n" in before.whitespace_ or first.i != ent.start:
            continue
        opener = next((e for e in doc.ents if e.start <= before.i < e.end), doc[before.i:before.i + 1])
        if opener.start > 0 and doc[opener.start - 1].text[:1].isupper() \
                and not doc[opener.start - 1].is_punct:
            continue  # "Acme Spanish Chamber ...": a longer run, not one adjective
        out.extend(refine(doc, opener.start_char, ent.end_char, ORG, "ner:ORG")[-1:])
    return out
