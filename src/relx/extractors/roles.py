"""Who holds which title where: person-title-organization triples stated by the text.

Press releases state roles in a handful of layouts, each read here by one rule:
- appositive after the name: `Jane Doe, CEO of Acme`, `Jane Doe, Acme's CEO`,
  `Jane Doe, a partner at Acme`, `Jane Doe, Partner Acme Capital;`, two titles at once
  (`Professor at X and Director of Y`), units (`Vice President, Investor Relations`);
- title before the name: `Acme CEO Jane Doe`, `Chief Executive Officer Jane Doe`,
  `CEO and Founder, Jane Doe`, `Acme's managing director, Jane Doe`, `Its director,
  Jane Doe` (`its` being the organization the previous sentence is about);
- appointments: `appointed Jane Doe as CFO`, `Jane Doe will join Acme as CFO`,
  `Jane Doe has been named President`, `Jane Doe is CEO of Acme`;
- contact blocks, on one line (`Jane Doe, Director, Acme, phone`) or one item a line.
A title with no organization of its own is taken to be at the release's issuer and is
marked `organization_inferred`: that is what a reader assumes of `said Jane Doe, CEO.`
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import DEPARTMENT_WORDS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS
from ..model import Organization, Person, Role

STOP_TEXT = {",", ".", ";", ":", "(", ")", "“", "”", '"', "—", "–", "|", "!", "?", "/"}
STOP_WORDS = {"said", "says", "added", "adds", "noted", "explained", "who", "which", "that",
              "where", "when", "will", "would", "has", "have", "had", "is", "was", "are",
              "were", "to", "in", "on", "since", "from", "with", "by", "after"}
ORG_PREPOSITIONS = {"of", "at", "for", "with", "from"}
# Verbs that put a person into a title: "Jane Doe will join Acme as CFO".
APPOINT_AFTER = {"appointed", "named", "promoted", "elected", "hired", "welcomed", "join",
                 "joins", "joined", "joining", "serves", "served", "serve", "become",
                 "becomes", "became", "is", "was", "remains", "returns", "rejoins"}
APPOINT_BEFORE = {"appointed", "appoints", "appoint", "appointing", "named", "names", "name",
                  "naming", "welcomes", "welcomed", "welcoming", "hired", "hires", "hiring",
                  "promoted", "promotes", "promoting", "elected", "elects", "re-elected",
                  "reelected", "reappointed", "re-appointed", "confirmed", "re-confirmed",
                  "nominated", "nominates", "taps", "tapped", "selects", "selected",
                  "appointment", "addition"}
# Nouns by which a release refers to its own issuer: "the company's president".
COMPANY_NOUNS = frozenset("company firm bank group organization organisation business "
                          "university institute agency foundation fund".split())
# Titles that name a job, not a description: a lowercase one before a name is still a role
# ("plant manager Grace Mbeki"), unlike "machine learning researcher Arjun Patel".
JOB_HEADS = frozenset("""ceo cfo coo cto cmo cio president chairman chairwoman chair founder
    co-founder director officer executive manager partner head secretary treasurer governor
    senator mayor minister chancellor provost dean superintendent commissioner chief""".split())
# Degrees and honours written after a name: "Jane Doe, MD, PhD, chief medical officer".
# Most are recognized by their shape (see `post_nominal_end`); these are the ones whose
# shape says nothing (lowercase, or a generational suffix).
POST_NOMINALS = frozenset("""md m.d. phd ph.d. do d.o. rn mba cpa cfa esq esq. jd j.d. dds
    pharmd facs faan np pe p.e. jr jr. sr sr. ii iii iv obe mbe cbe""".split())
# A degree or fellowship written with dots or in capitals: "M.D.", "Ed.D.", "M.H.S.",
# "Ph.D", "FAHA", "DMSc", "PA-C", "DFAAPA". Title acronyms (CEO) are excluded by the caller.
POST_NOMINAL_SHAPE = re.compile(
    r"(?:[A-Z][A-Za-z]{0,3}\.){1,4}[A-Z]?[a-z]?\.?"  # dotted: M.D., Ed.D., D.Phil., Ph.D
    r"|(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,6}(?:-[A-Z]{1,2})?")  # capitals: FAHA, DMSc, PA-C
PUBLIC_OFFICES = frozenset("""mayor governor senator representative rep congressman
    congresswoman councillor councilor councilmember minister ambassador lawmaker
    legislator""".split())
DEPARTMENT_MAX = 8  # words a title may run on after its head ("Head of Graph Learning Research")
# The functions a company is divided into, as titles name them ("VP of Revenue", "Business
# Development Manager"); with their usual qualifiers, a phrase of these names no employer.
UNIT_WORDS = DEPARTMENT_WORDS | frozenset("revenue growth innovation development product".split())
UNIT_MODIFIERS = frozenset("""public investor business human brand customer corporate
    product global digital community government regulatory clinical scientific medical
    new""".split())


@dataclass(slots=True)
class TokenMention:
    """An entity mention over doc tokens [start, end), where rules read tokens."""

    kind: str  # "person" or "org"
    name: str
    start: int
    end: int


# Occupations that end a title as well as the job words of the lexicon do ("Leasing
# Associate for Acme", "Digital Producer", "Staff Attorney"); not "author" or "host", which
# name what someone did ("the author of two books"), not a post. Kept here, not in the lexicon,
# whose TITLE_HEADS also strip titles off names.
OCCUPATIONS = frozenset("""associate assistant producer designer columnist lawyer
    physician doctor nurse pharmacist broker agent realtor writer journalist correspondent
    reporter anchor planner accountant curator librarian therapist psychologist
    technician""".split())


def is_title_head(token) -> bool:
    word = token.text.casefold().strip(".,")
    heads = TITLE_HEADS | OCCUPATIONS
    return word in heads or word.rstrip("s") in heads and len(word) > 4


def is_title_word(token) -> bool:
    """A word that may sit inside a title: `Senior Vice President of Global Sales`."""
    word = token.text.casefold()
    if is_title_head(token) or word in TITLE_MODIFIERS or word in {"and", "&", "-", "of", "for"}:
        return True
    if token.is_punct or token.like_num or token.pos_ in {"VERB", "AUX", "PRON", "DET", "ADP",
                                                          "SCONJ", "PART", "ADV"}:
        return False
    return token.pos_ in {"NOUN", "PROPN", "ADJ"} or token.text[:1].isupper()


def mention_index(doc, people: list[Person], orgs: list[Organization]) -> dict[int, TokenMention]:
    """Entity mentions keyed by their first token."""
    index: dict[int, TokenMention] = {}
    for kind, entities in (("org", orgs), ("person", people)):
        for entity in entities:
            for m in entity.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and len(span):
                    index[span.start] = TokenMention(kind, entity.name, span.start, span.end)
    return index


def org_at(index: dict[int, TokenMention], doc, i: int) -> TokenMention | None:
    """The organization mention at token i, allowing a `the` before it."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    found = index.get(i)
    return found if found and found.kind == "org" else None


def described_org_at(index: dict[int, TokenMention], doc, i: int) -> TokenMention | None:
    """The organization at token i after `the` and an adjective or two: `director of the
    prestigious Harbor Policy Institute`."""
    if i >= len(doc) or doc[i].lower_ != "the":
        return None
    k = i + 1
    while k < len(doc) and k - i <= 2 and doc[k].pos_ == "ADJ" and doc[k].text[:1].islower():
        k += 1
    return org_at(index, doc, k) if k > i + 1 else None


def read_title_forward(doc, i: int, index: dict[int, TokenMention]):
    """Read `[ORG['s]] TITLE [of|at ORG]` from token i.

    Returns (title_start, title_end, org, next_token) or None when no title starts here.
    """
    if i < len(doc) and doc[i].lower_ in {"and", "&", "or"}:
        return None  # "producer Wendy Wang, and writer Clay Horwitz": the next one's title
    org = org_at(index, doc, i)
    if org is not None and names_a_unit(doc, org):
        org = None  # "Jane Doe, Public Relations Manager": a unit, not an employer
    if org is not None:
        i = org.end
        if i < len(doc) and doc[i].text in {"'s", "’s", "'", "’"}:
            i += 1
    start = i
    last_head = None
    j = i
    while j < len(doc) and j - start < 16:
        tok = doc[j]
        if tok.is_space and "\n" not in tok.text and j > start:
            j += 1  # "Chief Marketing  Officer": a doubled space is no break
            continue
        if tok.text == "," and last_head is not None and title_follows(doc, j + 1, index):
            j += 1  # "Chairman, President and Chief Executive Officer": one run of titles
            continue
        if tok.lower_ in ORG_PREPOSITIONS and last_head is not None:
            target = org_at(index, doc, j + 1) or described_org_at(index, doc, j + 1)
            if target is not None and not names_a_unit(doc, target):
                # "partner for Advisory Services at Acme LLP": the first is a unit of the second
                k = target.end
                if k + 1 < len(doc) and doc[k].lower_ in {"at", ","}:
                    employer = org_at(index, doc, k + 1)
                    if employer is not None:
                        return start, target.end, employer, employer.end
                return start, j, target, target.end
        if tok.lower_ == "in" and last_head is not None:
            employer = unit_then_employer(doc, j, index)
            if employer is not None:
                # "professor of medicine in the division of cardiology at Acme University"
                return start, j, employer, employer.end
        if "\n" in tok.text or tok.text in STOP_TEXT or (tok.lower_ in STOP_WORDS and j > start):
            break
        found = index.get(j)
        if found is not None and j > start:
            if found.kind == "org" and (names_a_unit(doc, found) or last_head is not None
                                        and title_head_at(doc, found.end)):
                # "VP of Revenue", "Chief SEO Strategist": a unit or a field inside the title
                j = found.end
                continue
            if found.kind == "org" and last_head is not None and org is None:
                # "Jim Boyle, Partner Acme Capital;"
                end = j
                while end > start and doc[end - 1].lower_ in {"and", "&", "of", "for"}:
                    end -= 1
                return start, end, found, found.end
            if found.kind == "person" and is_title_not_name(doc, found):
                j = found.end  # "Chief Advocacy Officer" taken for a person: still title words
                continue
            break
        if tok.lower_ == "the" and last_head is not None and doc[j - 1].lower_ == "of" \
                and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and j + 1 not in index:
            j += 1  # "Chairman of the Board of Governors of Acme"
            continue
        if not is_title_word(tok):
            break
        # "Head of Research and Professor at Acme": after a unit, `and` opens a second title;
        # "Head of Brand Marketing and Franchise Strategy": unless no title head follows
        if tok.lower_ == "and" and last_head is not None and any(
                doc[k].lower_ in {"of", "for"} for k in range(last_head + 1, j)) \
                and is_title_head_ahead(doc, j + 1):
            break
        if is_title_head(tok):
            last_head = j
        j += 1
    if last_head is None:
        return None
    end = j
    # "member of the Executive Board": a board or committee named after a title word
    if end > last_head + 1 and doc[last_head + 1].lower_ in BODY_WORDS:
        last_head += 1
    # what runs on after the head is a department only if it opens with `of`/`for`, and
    # it does not describe the employer ("founder of boutique family law firm")
    described = end > last_head + 2 and doc[last_head + 1].lower_ in {"of", "at"} \
        and doc[end - 1].lower_ in COMPANY_NOUNS | {"startup", "brand"}
    if described and org is None:
        # "Founder of boutique family law firm, Turco Legal": the employer is described
        # (and may be named after); it is not the issuer
        return start, last_head + 1, TokenMention("unnamed", "", last_head + 1, end), end
    if end > last_head + 1 and (doc[last_head + 1].lower_ not in {"of", "for", "and", "&"}
                                or end - last_head > DEPARTMENT_MAX or described):
        end = last_head + 1
    while end > start and (doc[end - 1].lower_ in {"and", "&", "of", "for", "-"}
                           or doc[end - 1].is_space):
        end -= 1
    department = read_department(doc, end, index)
    if department is not None:
        end = department
    unnamed = unnamed_employer(doc, last_head, end, index)
    if org is None and unnamed is not None:
        return start, unnamed.start, unnamed, unnamed.end
    # a contact line: "Jane Doe, Director, Acme, 555-0100" (not "Director, Acme's ...")
    if org is None and end < len(doc) and doc[end].text == ",":
        after = org_at(index, doc, end + 1)
        k = after.end if after is not None else 0
        if after is not None and k < len(doc) and doc[k].text in {"'s", "’s", "'", "’"}:
            k += 1  # "VP Sales, Bud & Mary’s." is the company; "Acme's Council Chair" is not
        if after is not None and (k >= len(doc) or doc[k].is_punct or "\n" in doc[k].text):
            return start, end, after, after.end
    return start, end, org, end


# Bodies a title may name after a title word: "member of the Executive Board".
BODY_WORDS = frozenset("board committee council cabinet".split())
# Words that name a part of an organization: "in the division of cardiology at ...".
UNIT_NOUNS = frozenset("""division department school faculty college office unit lab
    laboratory program programme group team practice section""".split())


def unit_then_employer(doc, i: int, index: dict[int, TokenMention]) -> TokenMention | None:
    """At `in` after a title: the employer named after a unit of it, as in `in the
    division of cardiology at Acme University`; None when `in` opens anything else."""
    k = i + 1
    if k < len(doc) and doc[k].lower_ in {"the", "its", "our"}:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in UNIT_NOUNS:
        return None
    for j in range(k + 1, min(k + 8, len(doc) - 1)):
        if doc[j].is_punct or "\n" in doc[j].text or j in index:
            return None
        if doc[j].lower_ in {"at", "of"} and org_at(index, doc, j + 1) is not None:
            return org_at(index, doc, j + 1)
    return None


TITLE_VOCABULARY = TITLE_HEADS | TITLE_MODIFIERS | UNIT_WORDS | UNIT_MODIFIERS | BODY_WORDS \
    | {"and", "&", "of", "for", "the", "at"}


def unnamed_employer(doc, head: int, end: int, index: dict[int, TokenMention]):
    """An employer the entity stage did not tag, named after the title's head: `CEO of
    Zyloq`, `founder at zyloq.io`, `head of brewing at Bay City`. Returns a mention of
    kind "unnamed" over where it is written (from the `of`), or None when the words after
    the head are a department (`Vice President of Scientific Affairs`) or nothing."""
    k = head + 1
    if k < end and doc[k].lower_ in {"of", "at", "for"}:
        found = written_employer(doc, k, doc[k + 1:end], index)
        if found is not None:
            return found
    if end < len(doc) and doc[end].lower_ in {"of", "at", "from"} and end + 1 < len(doc) \
            and end + 1 not in index and not doc[end + 1].is_punct \
            and (doc[end + 1].text[:1].isupper() or "." in doc[end + 1].text[1:-1]):
        last = end + 1
        while last + 1 < len(doc) and last - end < 4 and doc[last + 1].text[:1].isupper() \
                and last + 1 not in index and not doc[last + 1].is_punct:
            last += 1  # "head of brewing at Bay City": the capitalized words after `at`
        return written_employer(doc, end, doc[end + 1:last + 1], index)
    return None


def written_employer(doc, k: int, words, index: dict[int, TokenMention]):
    """The words after the `of`/`at` at token k as an untagged employer, if they read as
    a name rather than a field or a unit."""
    if not len(words) or words[-1].lower_ in UNIT_WORDS or any(t.i in index for t in words):
        return None
    names = [t for t in words if t.lower_ not in TITLE_VOCABULARY]
    # a name, not a field ("Professor of Medicine"): written like a brand ("bioLytical",
    # "citybiz.co"), taken for an organization by the parser, or two capitalized words
    if any(t.ent_type_ == "ORG" or any(c.isupper() for c in t.text[1:]) and t.text[1:].lower()
           != t.text[1:] and not t.is_upper or "." in t.text[1:-1] for t in names) \
            or len(names) >= 2 and all(t.text[:1].isupper() for t in names):
        return TokenMention("unnamed", "", k, words.end)
    return None


def title_head_at(doc, i: int) -> bool:
    """Whether token i is a title head, after at most two more title words."""
    for k in range(i, min(i + 3, len(doc))):
        if is_title_head(doc[k]):
            return True
        if not is_title_word(doc[k]) or doc[k].lower_ in {"and", "&", "of", "for"}:
            return False
    return False


def names_a_unit(doc, mention: TokenMention) -> bool:
    """Whether an "organization" is only the name of a function inside one, such as
    `Revenue`, `Business Development` or `Public Relations and Communications`: the
    entity stage may tag them, but in a title they are its department, not the employer."""
    words = [t.lower_ for t in doc[mention.start:mention.end]]
    return bool(words) and words[-1] in UNIT_WORDS and all(
        w in UNIT_WORDS or w in UNIT_MODIFIERS or w in {"and", "&"} for w in words)


def title_follows(doc, i: int, index: dict[int, TokenMention]) -> bool:
    """Whether the words from token i to the next comma or stop are one more title."""
    for k in range(i, min(i + 5, len(doc))):
        tok = doc[k]
        if k in index or not is_title_word(tok) or tok.text in STOP_TEXT:
            return False
        if is_title_head(tok) and (k + 1 >= len(doc) or doc[k + 1].text in STOP_TEXT
                                   or doc[k + 1].lower_ in {"and", "&"} | ORG_PREPOSITIONS):
            return True  # "Founder, President, and CEO of Acme"
    return False


def read_department(doc, i: int, index: dict[int, TokenMention]) -> int | None:
    """The unit a title is in, when it follows the title: `, Investor Relations` or
    `of its new retail division`. Returns where the title then ends."""
    if i >= len(doc):
        return None
    if doc[i].text in {",", "of", "for"}:
        j = i + 1
    elif doc[i].text[:1].isupper():
        j = i  # "VP Investor Relations"
    else:
        return None
    if doc[i].text in {"of", "for"} and j < len(doc) and doc[j].lower_ in {"its", "the", "our", "their"}:
        j += 1
    for k in range(j, min(j + 5, len(doc))):
        tok = doc[k]
        if tok.is_punct or "\n" in tok.text or not is_title_word(tok) or k in index:
            return None  # "Founder, Turco Legal": a firm named after the title is no unit
        if doc[i].text not in {"of", "for"} and not tok.text[:1].isupper():
            return None
        if tok.lower_ in DEPARTMENT_WORDS:
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is None or nxt.is_punct or "\n" in nxt.text or nxt.lower_ in {"at", "of", "and"}:
                return k + 1
    return None


def read_title_backward(doc, end: int, index: dict[int, TokenMention]):
    """Read `[ORG['s]] TITLE[,]` ending just before token `end` (where a name starts).

    Returns (title_start, title_end, org) or None."""
    j = end - 1
    while j >= 0 and doc[j].lower_ in HONORIFICS:
        j -= 1  # "RCC President Dr. Luis Ortega"
    if j >= 0 and doc[j].text == ",":
        j -= 1
    owner = title_of_org_before(doc, j, index)
    if owner is not None:
        return owner
    if j < 0 or not is_title_head(doc[j]) \
            or doc[j].lower_.rstrip("s") != doc[j].lower_ \
            and doc[j].lower_[:-1] in TITLE_HEADS | OCCUPATIONS:
        return None  # "Professors Jane Doe and John Roe": a plural names no one title
    title_end = j + 1
    while j >= 0 and is_title_word(doc[j]) and "\n" not in doc[j].text \
            and doc[j].lower_ not in APPOINT_BEFORE:
        if any(m.end == j + 1 and m.kind in {"org", "person"} for m in index.values()
               if m.start <= j < m.end):
            break
        j -= 1
    start = j + 1
    while start < title_end and doc[start].lower_ in {"and", "&", "of", "for", "-"}:
        start += 1
    if j >= 0 and (doc[j].lower_ in APPOINT_BEFORE or doc[j].lower_ in {"to", "as"} and any(
            m.kind == "person" and m.end == j for m in index.values())):
        # "Acme Appoints Mining Executive Jane Doe": a description of the appointee, and
        # "promoted John Roe to Partner, Jane Doe to ...": the title of the one before
        return None
    org = None
    k = start - 1
    if k >= 0 and doc[k].text in {"'s", "’s", "'", "’"}:
        k -= 1
    for m in index.values():
        if m.kind == "org" and m.end == k + 1 and not names_a_unit(doc, m):
            org = m  # ("Marketing expert Jane Doe": a unit, not an employer)
            break
    owned = org is not None
    if org is None and k >= 1 and doc[k].lower_ in COMPANY_NOUNS and doc[k - 1].lower_ == "the" \
            and doc[k + 1].text in {"'s", "’s", "'", "’"}:
        owned = True  # "The bank's president, Elliot Crane": the issuer, named by its kind
    if org is None and k >= 0 and doc[k].lower_ in {"its", "their"}:
        # "The Halvorsen Foundation gave ... Its executive director, Dana Whitfield":
        # `its` is the organization the previous sentence is about
        org = previous_subject_org(doc, k, index)
        owned = True
    # a title before a name is capitalized ("Chief Executive Jane Doe") unless an employer
    # owns it ("Acme's managing director, Jane Doe"); bare lowercase words there describe
    # ("machine learning researcher Jane Doe", "former litigator Jane Doe")
    if not owned and doc[title_end - 1].text[:1].islower() \
            and doc[title_end - 1].lower_ not in JOB_HEADS:
        return None
    return start, title_end, org


def skip_post_nominals(doc, at: int, index: dict[int, TokenMention]) -> int:
    """Past the degrees and honours that follow a name, each closed by a comma:
    `Jane Doe, M.D., FAHA, chief medical officer` gives the token of `chief`.

    A fellowship in capitals (`FAHA`) may have been taken for an organization; between a
    name and a title it is still a degree, so a run with one counts only if a title follows."""
    first, tagged = at, False
    while at < len(doc):
        end = at
        while end < len(doc) and end - at < 4 and doc[end].text != "," \
                and not doc[end].is_space and (end == at or not doc[end - 1].whitespace_):
            end += 1  # a degree is one unbroken string: "Ed.D." is three tokens
        if end >= len(doc) or end == at or doc[end].text != ",":
            break
        written = doc[at:end].text
        if written.casefold() not in POST_NOMINALS and not (
                POST_NOMINAL_SHAPE.fullmatch(written)
                and written.casefold().strip(".") not in TITLE_HEADS):
            break
        found = index.get(at)
        if found is not None and (found.kind != "org" or found.end != end):
            break
        tagged = tagged or found is not None
        at = end + 1
        while at < len(doc) and doc[at].is_space and "\n" not in doc[at].text:
            at += 1
    if tagged and read_title_forward(doc, at, index) is None:
        return first
    return at


def title_of_org_before(doc, j: int, index: dict[int, TokenMention]):
    """`said President and CEO of the Urban League Marc Morial`, `said Commissioner of the
    Office of Media, Pat Kaufman`: a title and its organization before the name, the
    organization ending at token j. Returns (title_start, title_end, org) or None."""
    org = next((m for m in index.values() if m.kind == "org" and m.end == j + 1), None)
    if org is None:
        return None
    k = org.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in {"of", "at"} or not is_title_head(doc[k - 1]):
        return None
    title_end = k
    i = k - 1
    while i >= 0 and is_title_word(doc[i]) and "\n" not in doc[i].text \
            and doc[i].lower_ not in APPOINT_BEFORE and i not in index \
            and not any(m.start < i < m.end for m in index.values()):
        i -= 1
    start = i + 1
    while start < title_end and doc[start].lower_ in {"and", "&", "of", "for", "-"}:
        start += 1
    if i >= 0 and doc[i].lower_ not in {"said", "says", "added", "by", ",", "\u201c", "\u201d"} \
            and not doc[i].is_punct and "\n" not in doc[i].text:
        return None  # only where a name may follow its title: after `said`, at a line start
    return start, title_end, org


def line_label_org(doc, i: int, index: dict[int, TokenMention]) -> TokenMention | None:
    """The organization that labels the line token i stands on: `Acme Bank: Jane Doe, ...`."""
    k = i - 1
    if k < 1 or doc[k].text != ":":
        return None
    label = next((m for m in index.values() if m.kind == "org" and m.end == k), None)
    if label is not None and (label.start == 0 or "\n" in doc[label.start - 1].text):
        return label
    return None


def previous_subject_org(doc, i: int, index: dict[int, TokenMention]) -> TokenMention | None:
    """The first organization named in the sentence before token i, or in i's own."""
    sentence = doc[i].sent
    previous = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    # "Acme is a centre for X. Its researchers study Y. Its director, Jane Doe, ...": a
    # sentence that itself opens with `its` goes on about the one before it
    for _ in range(2):
        first = next((t for t in previous if not t.is_space), None)
        if first is None or first.lower_ not in {"its", "their"} or previous.start == 0:
            break
        previous = doc[previous.start - 1].sent
    for scope in (previous, sentence):
        orgs = [m for m in index.values() if m.kind == "org" and scope.start <= m.start < scope.end
                and m.start < i]
        if orgs:
            return min(orgs, key=lambda m: m.start)
    return None


def extract_roles(doc, people: list[Person], organizations: list[Organization]) -> list[Role]:
    index = mention_index(doc, people, organizations)
    issuer = next((o.name for o in organizations if o.issuer), None)
    roles: list[Role] = []
    seen: set[tuple[str, str, str | None]] = set()

    def add(person: str, t_start: int, t_end: int, org: TokenMention | None, rule: str) -> None:
        while t_end - t_start > 1 and doc[t_start].lower_ in {"new", "newly"}:
            t_start += 1  # "as New Chief Financial Officer": the post is "Chief Financial Officer"
        while t_end > t_start and doc[t_end - 1].is_space:
            t_end -= 1  # "CEO\u00a0 at Acme": the spaces before `at` are not the title's
        if t_end <= t_start:
            return
        span = doc[t_start:t_end]
        title = span.text
        if title.casefold().strip(".") in HONORIFICS:
            return
        # a public office is no post at the issuer ("Mayor Delia Ruiz welcomed the company")
        public = any(w.strip(".").casefold() in PUBLIC_OFFICES for w in title.split())
        if org is not None and org.kind == "unnamed":
            # "CEO of Zyloq" with Zyloq untagged: an employer, only not the issuer
            org_name, org = None, None
        else:
            org_name = org.name if org else (None if public else issuer)
        key = (person, title.casefold(), org_name)
        if key in seen:
            return
        seen.add(key)
        roles.append(Role(person=person, title=title, organization=org_name,
                          start=span.start_char, end=span.end_char, rule=rule,
                          organization_inferred=org is None and org_name is not None))

    for m in sorted(index.values(), key=lambda m: m.start):
        if m.kind != "person" or is_title_not_name(doc, m):
            continue  # "Advocacy Officer" taken for a person holds no post
        # after the name: "Jane Doe, CEO of Acme" / contact lines; also "Jane Doe (CEO of
        # Acme)" and, in lists of speakers, "Jane Doe - CEO of Acme"
        separator = appositive_start(doc, m.end)
        if separator is not None:
            at, mark = separator
            # "Rachel Okafor, MD, chief medical officer": degrees after a name are no title
            at = skip_post_nominals(doc, at, index) if mark == "," else at
            # "Jane Doe, a partner at Acme": an article is fine when an employer follows;
            # "Jane Doe, our chief scientist": `our` names the issuer; "Jane Doe, its
            # chairwoman": `its` the organization the sentence is about
            article = at < len(doc) and doc[at].lower_ in {"a", "an", "the"}
            ours = at < len(doc) and doc[at].lower_ in {"our", "its"}
            found = read_title_forward(doc, at + article + ours, index)
            if found and article and found[2] is None:
                found = None
            if found and ours and found[2] is None and doc[at].lower_ == "its":
                found = (*found[:2], sentence_org_before(doc, m.start, index), found[3])
            if found and mark == "(" and (found[3] >= len(doc) or doc[found[3]].text != ")"):
                found = None  # "(CEO of Acme)": the brackets hold the title and nothing else
            if found and found[2] is None and m.start and doc[m.start - 1].text == "," \
                    and names_next(doc, found[1], index):
                # "founder, Mike Roe, colleague and co-founder, Colin Poe": in a list of
                # "title, name" pairs the title before a name is that name's
                found = None
            if found and found[2] is None:
                # "Kestrel Bank: Luis Ferreira, Senior Manager": a contact under its company
                found = (*found[:2], line_label_org(doc, m.start, index), found[3])
            if found:
                t_start, t_end, org, nxt = found
                add(m.name, t_start, t_end, org, "appositive")
                # two or three titles at once: "Professor at X and Director of Y"
                for t_start, t_end, org in further_titles(doc, nxt, index):
                    add(m.name, t_start, t_end, org, "appositive-second")
        # a contact line with no commas: "Press Contact: Jane Doe CEO & Founder Email: ..."
        if separator is None:
            line = read_contact_line(doc, m, index)
            if line:
                add(m.name, *line)
        # a contact block, one item a line: "Jane Doe\nDirector of Communications\nAcme"
        block = read_contact_block(doc, m, index)
        if block:
            add(m.name, *block)
        # before the name: "Acme CEO Jane Doe", "CEO and Founder, Jane Doe"
        found = read_title_backward(doc, m.start, index)
        if found:
            t_start, t_end, org = found
            if org is None and m.end < len(doc) and doc[m.end].lower_ in {"of", "at"}:
                org = org_at(index, doc, m.end + 1)  # "Professor Jane Doe of Acme University"
            add(m.name, t_start, t_end, org, "premodifier")
            # "Its Director, Associate Professor Jane Doe": a post, then a rank, then the name
            if t_start >= 2 and doc[t_start - 1].text == ",":
                outer = read_title_backward(doc, t_start, index)
                if outer and outer[2] is not None:
                    add(m.name, *outer, "premodifier-second")
        # appointments: "Jane Doe will join Acme as CFO", "Jane Doe is CEO of Acme"
        appointment = read_appointment(doc, m, index)
        if appointment:
            t_start, t_end, org, nxt = appointment
            add(m.name, t_start, t_end, org, "appointment")
            for t_start, t_end, org in further_titles(doc, nxt, index):
                add(m.name, t_start, t_end, org, "appointment-second")
            # "the promotions of Jane Doe to Partner, John Roe to Principal, and ..."
            for person, t_start, t_end, org in appointment_list(doc, nxt, index):
                add(person, t_start, t_end, org, "appointment")
    # "Sarah Lee is an economist. She is currently the director of Acme."
    for pronoun, person in pronoun_subjects(doc, index):
        appointment = read_appointment(doc, pronoun, index)
        if appointment and appointment[2] is not None:
            add(person, *appointment[:3], "appointment-pronoun")
    return without_inferred_repeats(roles)


def pronoun_subjects(doc, index: dict[int, TokenMention]):
    """Sentences opening with `He` or `She`, each with the person it refers to: the one
    person named in the two sentences before (when two are named there, it is unclear)."""
    sentences = list(doc.sents)
    for n, sentence in enumerate(sentences):
        first = sentence[0]
        while first.is_space and first.i + 1 < sentence.end:
            first = doc[first.i + 1]
        if first.lower_ not in {"he", "she"} or n == 0:
            continue
        scope_start = sentences[max(0, n - 2)].start
        named = {m.name for m in index.values()
                 if m.kind == "person" and scope_start <= m.start < first.i}
        if len(named) == 1:
            name = named.pop()
            yield TokenMention("person", name, first.i, first.i + 1), name


def without_inferred_repeats(roles: list[Role]) -> list[Role]:
    """Drop a role whose organization was only assumed (the issuer) when the text also gives
    the same person the same title at a named organization: "Jane Doe, CEO of Acme" early
    and "said Jane Doe, CEO." later are one role, at Acme."""
    stated = {(r.person, r.title.casefold()) for r in roles if not r.organization_inferred
              and r.organization is not None}
    return [r for r in roles if not (r.organization_inferred
                                     and (r.person, r.title.casefold()) in stated)]


def appositive_start(doc, i: int) -> tuple[int, str] | None:
    """Where a title set beside the name ending at token i starts, and the mark that sets
    it off: a comma, an opening bracket or a dash between spaces."""
    k = i
    while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
        k += 1  # "said Jane Doe ,  Acme's CEO"
    if k + 1 >= len(doc):
        return None
    mark = doc[k].text
    if mark in {",", "("} or mark in {"-", "–", "—"} and doc[k - 1].whitespace_ \
            and doc[k].whitespace_:
        k += 1
        while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
            k += 1
        return k, "," if mark == "," else mark
    return None


def is_title_not_name(doc, m: TokenMention) -> bool:
    """Whether a "person" is title words the entity stage took for a name: it ends in a
    title head and the parser sees no person in it, or a title word runs into it (`Chief
    Advocacy Officer`), unlike `Amy Dean`."""
    if not is_title_head(doc[m.end - 1]):
        return False
    before = doc[m.start - 1] if m.start else None
    # "Chief Advocacy Officer": a title word runs straight into it
    inside = before is not None and not before.whitespace_ == "" and (
        before.lower_ in TITLE_MODIFIERS or is_title_head(before))
    return inside or not any(t.ent_type_ == "PERSON" for t in doc[m.start:m.end])


def names_next(doc, i: int, index: dict[int, TokenMention]) -> bool:
    """Whether a comma at token i is followed by a person's name."""
    k = i + 1 if i < len(doc) and doc[i].text == "," else None
    while k is not None and k < len(doc) and doc[k].lower_ in HONORIFICS:
        k += 1
    found = index.get(k) if k is not None else None
    return found is not None and found.kind == "person"


def sentence_org_before(doc, i: int, index: dict[int, TokenMention]) -> TokenMention | None:
    """The first organization named in the sentence of token i before it: `its` in
    "Acme is led by Jane Doe, its chairwoman" is Acme."""
    sentence = doc[i].sent
    orgs = [m for m in index.values() if m.kind == "org" and sentence.start <= m.start < i]
    return min(orgs, key=lambda m: m.start) if orgs else None


def skip_place(doc, i: int) -> int:
    """Past the place that may follow an organization: `in New Haven, Connecticut` or
    `, Nashville, Tennessee` (named places only, as the parser tags them)."""
    k = i + 1 if i < len(doc) and doc[i].lower_ in {"in", ","} else i
    if k == i or k >= len(doc) or doc[k].ent_type_ not in {"GPE", "LOC"}:
        return i
    while k < len(doc) and (doc[k].ent_type_ in {"GPE", "LOC"} or doc[k].text == ","
                            and k + 1 < len(doc) and doc[k + 1].ent_type_ in {"GPE", "LOC"}):
        k += 1
    return k


def skip_description(doc, i: int) -> int:
    """Past a short description of the organization just named, up to the `and` of a
    further title: `CEO of Acme LLC, a boutique consultancy and Chairman of ...`."""
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an"}:
        return i
    for k in range(i + 2, min(i + 12, len(doc))):
        tok = doc[k]
        if tok.lower_ == "and":
            return k
        if tok.pos_ in {"VERB", "AUX", "PRON", "ADP"} or tok.is_punct and tok.text != "/" \
                or "\n" in tok.text:
            return i
    return i


def further_titles(doc, nxt: int, index: dict[int, TokenMention]):
    """The titles a person holds besides the one read up to token `nxt`, each with its
    own organization: `, an associate professor at X in Springfield, Ohio and adjunct
    professor at Y`. A title in such a run counts only with an employer of its own."""
    found = []
    for _ in range(3):
        k = skip_place(doc, nxt)
        k = skip_description(doc, k)
        if k >= len(doc) or doc[k].lower_ not in {"and", ","}:
            break
        k += 1
        while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
            k += 1
        if doc[k - 1].text == "," and k < len(doc) and doc[k].lower_ in {"and", "a", "an"}:
            k += 1  # ", and director of Y", ", an associate professor at X"
        title = read_title_forward(doc, k, index)
        if not title or title[2] is None or title[0] != k and org_at(index, doc, k) is None:
            break
        found.append(title[:3])
        nxt = title[3]
    return found


def read_contact_line(doc, m: TokenMention, index: dict[int, TokenMention]):
    """`Contact: Jane Doe Senior Vice President of Sales The Acme Group, Inc.`: a name that
    opens a line (or follows a label's colon), its title and its company run on with no
    commas. Only a capitalized title word right after the name starts one."""
    before = doc[m.start - 1] if m.start else None
    if before is not None and before.text != ":" and "\n" not in before.text:
        return None
    if m.end >= len(doc) or not doc[m.end].text[:1].isupper() \
            or not (is_title_head(doc[m.end]) or doc[m.end].lower_ in TITLE_MODIFIERS):
        return None
    found = read_title_forward(doc, m.end, index)
    if not found or found[0] != m.end:
        return None
    t_start, t_end, org, _ = found
    if org is None:
        k = t_end
        while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
            k += 1
        org = org_at(index, doc, k)
    return t_start, t_end, org, "contact-line"


def read_contact_block(doc, m: TokenMention, index: dict[int, TokenMention]):
    """`Jane Doe` alone on a line, her title on the next, the organization on the one after."""
    at = m.end
    if at >= len(doc) or not doc[at].is_space or doc[at].text.count("\n") != 1:
        return None
    found = read_title_forward(doc, at + 1, index)
    if not found or found[2] is not None:
        return found and (found[0], found[1], found[2], "contact-block")
    t_start, t_end, _, _ = found
    if t_end < len(doc) and doc[t_end].is_space and doc[t_end].text.count("\n") == 1:
        return t_start, t_end, org_at(index, doc, t_end + 1), "contact-block"
    return t_start, t_end, None, "contact-block"


def is_title_head_ahead(doc, i: int) -> bool:
    """Whether a title starts at token i: title words up to a title head."""
    for k in range(i, min(i + 5, len(doc))):
        if is_title_head(doc[k]):
            return True
        if not is_title_word(doc[k]):
            return False
    return False


def role_as(doc, m: TokenMention) -> int | None:
    """`Jane Doe will take on an expanded role as President`, `assumed the role of CEO`:
    where the title starts."""
    sentence_end = doc[m.start].sent.end
    for k in range(m.end, min(m.end + 12, sentence_end - 1)):
        if doc[k].lower_ in {"role", "roles", "position", "post", "capacity"} \
                and doc[k + 1].lower_ in {"as", "of"}:
            return k + 2  # "took on the role of CEO at Acme"
    return None


# Words that may stand in a verb chain before a title: "has also been named", "is currently".
CHAIN_WORDS = frozenset("""has have been will be officially also now today formally recently
    currently still presently""".split())
# Verbs that state what someone is rather than make them so.
COPULAS = frozenset("is was are were remains become becomes became returns rejoins".split())
JOIN_VERBS = frozenset("join joins joined joining welcomed serves served serve".split())
# Nouns that announce an appointment before `of`: "the appointment of Jane Doe as CFO".
APPOINT_NOUNS = frozenset("""appointment appointments addition additions promotion promotions
    election nomination hiring hire arrival""".split())


def coordinated_names(doc, m: TokenMention, index: dict[int, TokenMention]):
    """The first and last person of a list of names that includes m, as in `promotes Jane
    Doe and John Roe to Partner`: the appointing verb is before the first, the title after
    the last. A name alone is its own list."""
    def person_ending_at(k: int) -> TokenMention | None:
        return next((p for p in index.values() if p.kind == "person" and p.end == k), None)

    first = last = m
    while first.start >= 2:
        k = first.start - 1
        if doc[k].lower_ == "and" and k >= 1 and doc[k - 1].text == ",":
            k -= 1
        if doc[k].text not in {",", "and"}:
            break
        previous = person_ending_at(k)
        if previous is None:
            break
        first = previous
    while last.end < len(doc):
        k = last.end + 1 if doc[last.end].text in {",", "and"} else None
        if k is not None and k < len(doc) and doc[k].lower_ == "and" and doc[k - 1].text == ",":
            k += 1
        following = index.get(k) if k is not None else None
        if following is None or following.kind != "person":
            break
        last = following
    return first, last


def name_end(doc, m: TokenMention, index: dict[int, TokenMention]) -> int:
    """The token after a name and the degrees written after it: `Jane Doe, M.D., as CFO`,
    `Jane Doe, Ph.D. as CFO`, `John Roe, III as President`."""
    if m.end + 1 < len(doc) and doc[m.end].text == ",":
        k = m.end + 1
        end = k
        while end < len(doc) and end - k < 4 and not doc[end].is_space \
                and (end == k or not doc[end - 1].whitespace_):
            end += 1
        written = doc[k:end].text
        if end < len(doc) and doc[end].lower_ in {"as", "to"} and (
                written.casefold() in POST_NOMINALS or POST_NOMINAL_SHAPE.fullmatch(written)):
            return end  # the last degree, closed by no comma
        after = skip_post_nominals(doc, k, index)
        if after > k:
            return after
    return m.end


def appointing_word(doc, i: int | TokenMention) -> int | None:
    """The token of the word that appoints the person whose name starts at token i:
    `appointed [Dr.] Jane Doe`, `Appoints Mining Executive Jane Doe`, `the appointment of
    Jane Doe`. A short capitalized description may stand between the word and the name."""
    k = (i.start if isinstance(i, TokenMention) else i) - 1
    described = 0
    while k >= 0 and described < 6 and "\n" not in doc[k].text and (
            doc[k].lower_ in HONORIFICS or doc[k].lower_ not in APPOINT_BEFORE
            and doc[k].text[:1].isupper() and is_title_word(doc[k])):
        described += doc[k].lower_ not in HONORIFICS
        k -= 1  # "Financial Services Industry Veteran Jane Doe"
    if k < 0:
        return None
    if doc[k].lower_ in APPOINT_BEFORE:
        return k
    if doc[k].lower_ == "of" and k >= 1 and doc[k - 1].lower_ in APPOINT_NOUNS:
        return k
    return None


def unnamed_employer_end(doc, k: int) -> int:
    """Past a capitalized name the entity stage did not tag, when `as` follows it:
    `joins Quillmark as Chief Financial Officer`."""
    j = k
    while j < len(doc) and j - k < 4 and doc[j].text[:1].isupper() and not doc[j].is_punct:
        j += 1
    return j if j > k and j < len(doc) and doc[j].lower_ == "as" else k


def appointment_list(doc, nxt: int, index: dict[int, TokenMention]):
    """The further items of a list of appointments whose first was read up to token `nxt`:
    `, John Roe to Principal, and Ann Poe to Vice President`."""
    found = []
    for _ in range(8):
        k = nxt
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ == "and":
            k += 1
        if k == nxt or k >= len(doc):
            break
        person = index.get(k)
        if person is None or person.kind != "person" or person.end >= len(doc) \
                or doc[person.end].lower_ not in {"to", "as"}:
            break
        title = read_title_forward(doc, person.end + 1, index)
        if not title or title[0] != person.end + 1:
            break
        found.append((person.name, *title[:3]))
        nxt = title[3]
    return found


def read_appointment(doc, m: TokenMention, index: dict[int, TokenMention]):
    """`Jane Doe (will join Acme|has been appointed|is) as TITLE`, `appointed Jane Doe as TITLE`.

    Returns (title_start, title_end, org, next_token) or None."""
    j = m.end
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "who":
        j += 2  # "Graham Wexley, who becomes vice chair of the board"
    verb = None
    # "Jane Doe was officially welcomed as": the last verb of the chain takes the title
    for k in range(j, min(j + 6, len(doc))):
        if doc[k].lower_ in APPOINT_AFTER:
            verb = k
        elif doc[k].lower_ not in CHAIN_WORDS:
            break
    start = None
    org = None
    first, last = coordinated_names(doc, m, index)
    after = name_end(doc, last, index)
    if verb is not None:
        k = verb + 1
        while k < len(doc) and doc[k].lower_ in CHAIN_WORDS - {"has", "have", "been", "be"}:
            k += 1  # "is currently the director of ..."
        if doc[verb].lower_ == "promoted" and k < len(doc) and doc[k].lower_ == "to":
            k += 1
        target = org_at(index, doc, k)
        if target is not None:
            org, k = target, target.end
        elif doc[verb].lower_ in JOIN_VERBS:
            k = unnamed_employer_end(doc, k)  # "Jane Doe joins Quillmark as CFO", Quillmark untagged
        if k < len(doc) and doc[k].lower_ in {"as", "to"}:
            k += 1
        elif doc[verb].lower_ in JOIN_VERBS:
            return None
        start = k
    else:
        before = appointing_word(doc, first)
        if before is not None and after < len(doc):
            if doc[after].lower_ in {"as", "to"}:
                start = after + 1
            elif doc[before].lower_ in APPOINT_BEFORE and is_title_head_ahead(doc, after):
                start = after  # "Acme today named Jane Doe chief financial officer"
    copula = verb is not None and doc[verb].lower_ in COPULAS
    if start is None:
        start = role_as(doc, m)
        copula = True
    if start is None:
        return None
    article = start < len(doc) and doc[start].lower_ in {"a", "an"}
    if start < len(doc) and doc[start].lower_ in {"its", "the", "both", "our", "their", "a", "an"}:
        start += 1
    found = read_title_forward(doc, start, index)
    if not found or found[0] != start and org is None and found[2] is None:
        return None
    if article and copula and org is None and found[2] is None:
        # "Jane Doe is a partner at Acme"; but "is a seasoned executive" describes: after
        # `is a`, only an employer makes the words a post (after `appointed ... as a`, the
        # verb does)
        return None
    t_start, t_end, title_org, nxt = found
    return t_start, t_end, title_org or org, nxt
