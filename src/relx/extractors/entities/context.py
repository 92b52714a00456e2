"""Names found by what the sentence around them says: the subject of an announcing verb,
the employer of a title ("CEO of Acme", "Acme's CEO"), the advisers of a deal and its
other party ("the acquisition of Acme"), a person by a title ("Jane Doe, CEO"); and the
names the layout of a release gives: a handle, the company an email address spells, a
`SOURCE Acme` line.

Split from candidates.py (which keeps the span finders and `refine`): these finders
read the words or the lines around a name, not the name's own shape.
"""
from __future__ import annotations

import re

from ..lexicon import HEADLINE_VERB_FORMS, HONORIFICS, TITLE_HEADS
from ..textutil import doc_text
from .candidates import (EMAIL_RE, FIRST, LAST, ORG, PERSON, Candidate, bare, is_head, is_title_word, matched,
                         refine)
from .vocabulary import is_ordinary_word


# Verbs whose subject, at the opening of a release, is its issuer: "Acme Robotics, a
# maker of arms, today announced ...".
ANNOUNCE_VERBS = frozenset("""announce announced announces name named names appoint appointed
    appoints report reported reports unveil unveiled unveils launch launched launches introduce
    introduced introduces release released complete completed close closed raise raised
    secure secured acquire acquired""".split())


# "– Acme Zero Waste is proud to announce that ...": the subject of a pleased
# announcement, written after a dateline's dash, a line's start or a sentence's end, where
# the parse of a dateline often loses it (it reads the name as the place's apposition).
PLEASED_TO_ANNOUNCE_RE = re.compile(
    r"(?:^|\n|[–—] |--? |[.!?] )((?:[A-Z][\w&.\-’']*\s){0,4}[A-Z][\w&\-’']*) (?:is|are) "
    r"(?:proud|pleased|excited|delighted|thrilled|happy) to (?:announce|share|unveil|introduce|launch)\b")


# Words that open such a subject without naming anyone: "We are pleased", "Our team is".
PRONOUN_OPENERS = frozenset("We I They It He She You Our Their Its The This These Today Together".split())


def announcer_candidates(doc) -> list[Candidate]:
    """The proper-noun subject of an announcing verb, read from the parse so that an
    apposition between them does not matter; and the subject of `is pleased to announce`
    (PLEASED_TO_ANNOUNCE_RE)."""
    out = []
    for m in PLEASED_TO_ANNOUNCE_RE.finditer(doc_text(doc)):
        if m.group(1).split()[0] not in PRONOUN_OPENERS:
            out.extend(refine(doc, m.start(1), m.end(1), None, "announcer")[-1:])
    for verb in doc:
        if verb.lower_ not in ANNOUNCE_VERBS or verb.pos_ not in {"VERB", "AUX"}:
            continue
        for subj in verb.children:
            if subj.dep_ not in {"nsubj", "nsubjpass"} or subj.pos_ != "PROPN":
                continue
            start = subj
            while start.i > 0 and start.nbor(-1).dep_ in {"compound", "flat"} \
                    and start.nbor(-1).head.i in {subj.i, start.i} and start.nbor(-1).pos_ == "PROPN":
                start = start.nbor(-1)
            if all(t.ent_type_ in {"GPE", "LOC", "DATE", "NORP"} for t in doc[start.i:subj.i + 1]) \
                    or is_title_word(start.text):
                continue  # "President Obama signed", "Utah announced"
            out.extend(refine(doc, start.idx, subj.idx + len(subj.text), None, "announcer")[-1:])
    return out


# "Acme Robotics' managing director", "Chief Executive of Acme Robotics": a name that
# employs someone is an organization's.
# A name's words may be joined by an ampersand ("Schaffer & Associates"): cut at the `&`,
# the employer was read as "Schaffer", a name the text also gives a person.
OWNER_RE = re.compile(r"(?<![\w&.\-’'])((?:[A-Z][\w&.\-]{0,40}\s(?:&\s)?){0,4}[A-Z][\w&.\-]{0,40})"
                      r"(?:'s|’s|'|’)\s((?:[\w\-]{1,40}\s){0,2}[\w\-]{1,40})")
EMPLOYER_RE = re.compile(r"\b([A-Za-z][\w\-]{0,40})\s(?:of|at)\s(?:the\s)?"
                         r"((?:[A-Z][\w&.\-]{0,40}\s(?:&\s)?){0,4}[A-Z][\w&.\-]{0,40})")


def employer_candidates(doc) -> list[Candidate]:
    out = []
    text = doc_text(doc)
    for m in OWNER_RE.finditer(text):
        words = m.group(2).split()
        # "Acme's managing director", not "Jane's appointment as CFO"
        if bare(words[-1]) in TITLE_HEADS and all(is_title_word(w) for w in words):
            out.extend(refine(doc, m.start(1), m.end(1), None, "employer")[-1:])
    for m in EMPLOYER_RE.finditer(text):
        # "VP of Marketing for Acme": a department, then its company
        if bare(m.group(1)) in TITLE_HEADS and not re.match(r" for [A-Z]", text[m.end():m.end() + 6]):
            out.extend(refine(doc, m.start(2), m.end(2), None, "employer")[:1])
    return out


# "Halbrook is its financial advisor", "Marten Lowe LLP served as legal counsel": the
# firms that advise on a deal.
ADVISER_RE = re.compile(
    r"(?<![\w&.\-’'])((?:[A-Z][\w&.\-’']{0,40},? ){0,5}[A-Z][\w&.\-’']{0,40}),? (?:has )?"
    r"(?:is|are|was|were|served|serves|"
    r"serving|acted|acting)(?: as)? (?:its |the |their |a |an )?(?:[\w\-]+ ){0,2}"
    r"(?:advis[eo]rs?|counsel|placement agent|underwriters?|bookrunners?)\b")


def adviser_candidates(doc) -> list[Candidate]:
    return matched(doc, ADVISER_RE, None, "adviser", LAST)


# "the acquisition of Redline Midstream", "a partnership with Acme": the other party of a
# deal is an organization.
DEAL_RE = re.compile(
    r"\b(?:acquisition of|acquire|acquired|acquires|acquiring|merger with|merge with|"
    r"partnership with|agreement with|collaboration with|investment in|invested in|"
    r"stake in|joining forces with) (?:the )?((?:[A-Z][\w&.\-’']{0,40}\s){0,4}[A-Z][\w&.\-’']{0,40})")


def deal_candidates(doc) -> list[Candidate]:
    return matched(doc, DEAL_RE, None, "deal", FIRST)


# "Jane Doe, Director of Communications" / "Jane A. Doe, CEO": a name is a person's when
# a job title follows it.
TITLED_NAME_RE = re.compile(
    r"(?<![\w.])([A-Z][a-z][\w'’\-]{0,30}(?: [A-Z]\.){0,3}(?: \([A-Z][a-z]{1,20}\))?"
    r"(?: [A-Z][a-z][\w'’\-]{0,30}){1,2}),"
    r" (?:the )?((?:[A-Za-z][\w\-]{0,30} ){0,3}[A-Za-z][\w\-]{0,30})")


# "Mayor Delia Ruiz", "Professor Ian McAllister": a capitalized title before a name.
TITLE_FIRST_RE = re.compile(  # the name in a lookahead, so that no match hides the next
    r"\b([A-Z][a-z]{1,20}\.?) (?=([A-Z][a-z][\w'’\-]{0,30}(?: [A-Z]\.)?(?: [A-Z][a-z][\w'’\-]{0,30}){1,2})\b)")


# "hired Jane Doe as CFO", "appointed Dr. Jane Doe to the board": who is appointed is a person.
APPOINTED_NAME_RE = re.compile(
    r"\b(?:appointed|appoints|named|names|hired|hires|promoted|promotes|welcomed|welcomes|elected)"
    r" (?:Dr\.? |Mr\.? |Ms\.? |Mrs\.? )?"
    r"([A-Z][a-z][\w'’\-]{0,30}(?: [A-Z]\.)?(?: [A-Z][a-z][\w'’\-]{0,30}){1,2}) (?:as|to)\b")


# "the Mayor of Lithonia, Jo Reyes, said", "the CEO of Acme Corp, Jane Doe, who": a title,
# `of`, the place or body it is held at, then the holder's name set off by commas (or
# followed by `said`). A title that itself follows a comma is the previous name's, and
# what follows it is the employer ("Jo Park, Director of Sales, Acme Chamber"). The
# model sees the place and misses the name after it.
TITLE_OF_NAME_RE = re.compile(
    r"\b([A-Z][A-Za-z]{1,20}) of (?:the )?[A-Z][\w&.\-’']{0,30}(?: (?:of |& )?[A-Z][\w&.\-’']{0,30}){0,4}"
    r", ([A-Z][a-z][\w'’\-]{0,30}(?: [A-Z]\.)?(?: [A-Z][a-z][\w'’\-]{0,30}){1,2})"
    r"(?=, | said\b| says\b)")


def title_of_name_candidates(doc) -> list[Candidate]:
    """The holder named after `Title of Place,` (see TITLE_OF_NAME_RE). The name is not
    a place the model knows ("Director of Sales, North America"), opens with no headline
    verb ("CEO of Acme, Joins Jo Park"), holds no head or title word, and is not all dictionary words ("Director of Sales, Global Accounts")."""
    out = []
    text = doc_text(doc)
    for m in TITLE_OF_NAME_RE.finditer(text):
        words = m.group(2).split()
        if re.search(r",\s*(?:the\s+)?$", text[max(0, m.start() - 6):m.start()]):
            continue  # "Jo Park, Director of Sales, Acme Chamber,": the title is Jo Park's
        if bare(m.group(1)) not in TITLE_HEADS or bare(words[0]) in HEADLINE_VERB_FORMS \
                or any(is_head(w) or is_title_word(w) for w in words) \
                or all(is_ordinary_word(w) for w in words if not w.endswith(".")):
            continue
        span = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        if span is None or any(t.ent_type_ in {"GPE", "LOC", "NORP"} for t in span):
            continue
        out.extend(refine(doc, m.start(2), m.end(2), PERSON, "titled-name"))
    return out


def titled_name_candidates(doc) -> list[Candidate]:
    """People the model missed, found by the title that follows or precedes their name,
    or by their appointment."""
    out = matched(doc, APPOINTED_NAME_RE, PERSON, "titled-name") + title_of_name_candidates(doc)
    text = doc_text(doc)
    for m in TITLED_NAME_RE.finditer(text):
        if any(bare(w) in TITLE_HEADS for w in m.group(2).split()) and \
                not any(is_head(w) or is_title_word(w) for w in m.group(1).split()):
            out.extend(refine(doc, m.start(1), m.end(1), PERSON, "titled-name"))
    for m in TITLE_FIRST_RE.finditer(text):
        if (bare(m.group(1)) in TITLE_HEADS or bare(m.group(1)) in HONORIFICS) and \
                not any(is_head(w) or is_title_word(w) for w in m.group(2).split()):
            out.extend(refine(doc, m.start(2), m.end(2), PERSON, "titled-name"))
    return out


HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z][A-Za-z0-9_]{1,30}")


def handle_candidates(doc) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), None, "handle") for m in HANDLE_RE.finditer(doc_text(doc))]


def email_candidates(doc) -> list[Candidate]:
    """`Kyle Smith, Acme PR, kyle@acme-pr.com`: the capitalized words just before an
    address whose domain spells them name an organization."""
    out = []
    text = doc_text(doc)
    for m in EMAIL_RE.finditer(text):
        domain = re.sub(r"[^a-z0-9]", "", m.group(1).casefold())
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = list(re.finditer(r"[A-Za-z0-9&][\w&.\-]*", text[line_start:m.start()]))
        letters = ""
        for w in reversed(words[-6:]):
            letters = re.sub(r"[^a-z0-9]", "", w.group().casefold()) + letters
            if letters == domain:
                org_start = line_start + w.start()
                out.extend(refine(doc, org_start, line_start + words[-1].end(), ORG, "email-domain"))
                # "contact: Jane Doe Acme PR jane@acmepr.com": the name before the company
                person = re.search(r"(?:^|:\s*)((?:[A-Z][\w'’\-]+ ){1,2}[A-Z][\w'’\-]+)\s*,?\s*$",
                                   text[line_start:org_start])
                if person:
                    out.extend(refine(doc, line_start + person.start(1), line_start + person.end(1),
                                      PERSON, "contact-line"))
                break
            if not domain.endswith(letters):
                break
    return out


# Lines that name who put the release out: "SOURCE Acme Inc.", "News provided by Acme",
# "Press Release: Acme".
SOURCE_LINE_RE = re.compile(
    r"^[ \t]*(?:SOURCE|Source:|News provided by|Press [Rr]elease:|Issued by|Published by)"
    r"[ \t]+([A-Z][^\n]{1,80}?)[ \t.]*$", re.M)


def source_candidates(doc) -> list[Candidate]:
    return matched(doc, SOURCE_LINE_RE, ORG, "source-line", FIRST)
