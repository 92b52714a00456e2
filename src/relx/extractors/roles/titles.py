"""Reading a title in the words around a name: the words of titles, the units and
employers named with them, and the degrees written between a name and its title.

`read_title_forward` reads `[ORG['s]] TITLE [of|at ORG]` after a name, and
`read_title_backward` the title written before one; both work on doc tokens and an
index of the entity mentions (`mention_index`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import DEPARTMENT_WORDS, TITLE_HEADS, TITLE_MODIFIERS
from ...model import Organization, Person


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
# Words that make the title before them a public office whose place is in the title:
# "Howard County Executive", "CA State Senator".
OFFICE_PLACES = frozenset("county state city municipal federal provincial".split())
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
# The words that end a title, asked of every token a title is read over.
TITLE_JOB_HEADS = TITLE_HEADS | OCCUPATIONS
# Words after a title's head that close it or lead to its employer: "CEO and", "CEO of".
HEAD_FOLLOWERS = frozenset({"and", "&"}) | ORG_PREPOSITIONS


def is_title_head(token) -> bool:
    word = token.text.casefold().strip(".,")
    heads = TITLE_JOB_HEADS
    return word in heads or word.rstrip("s") in heads and len(word) > 4


def is_title_word(token) -> bool:
    """A word that may sit inside a title: `Senior Vice President of Global Sales`."""
    word = token.text.casefold()
    if is_title_head(token) or word in TITLE_MODIFIERS or word in {"and", "&", "-", "of", "for"}:
        return True
    if token.tag_ in {"VBN", "VBG"} and token.dep_ in {"amod", "compound"} \
            and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ in {"NOUN", "PROPN"}:
        return True  # a participle describing the next noun: "director of syndicated research"
    if token.is_punct or token.like_num or token.pos_ in {"VERB", "AUX", "PRON", "DET", "ADP",
                                                          "SCONJ", "PART", "ADV"}:
        return False
    return token.pos_ in {"NOUN", "PROPN", "ADJ"} or token.text[:1].isupper()


def mention_ending_at(index: dict[int, TokenMention], kind: str, end: int) -> TokenMention | None:
    """The first mention of `kind` ("org" or "person") whose last token is `end - 1`."""
    return next((m for m in index.values() if m.kind == kind and m.end == end), None)


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
    """The organization mention at token i, allowing a `the` before it, and the bracket of
    a link in scraped text (`CEO of [Acme](https://acme.example)`)."""
    if i < len(doc) and doc[i].text == "[":
        i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
        if i not in index:
            return short_reference(index, doc, i)
    found = index.get(i)
    return found if found and found.kind == "org" else None


# Head words of organizations that stand on their own even when hosted by another: the
# "Chairperson of the Tidewater Energy Institute at Quorvell University" chairs the institute.
OWN_BODY_HEADS = frozenset("""institute foundation association alliance society coalition
    federation trust council""".split())


def is_body_of_its_own(mention: TokenMention) -> bool:
    """Whether an organization named in a title is a body of its own (an institute, a
    foundation, an association), not a unit of the employer named after it."""
    return mention.name.split()[-1].casefold() in OWN_BODY_HEADS


# Head words by which a release refers again to an organization named in full before:
# "Greg Roe, co-founder of the Foundation" after "the Tidewater Youth Foundation".
REFERENCE_HEADS = COMPANY_NOUNS | frozenset("""association alliance council society trust
    center centre academy coalition network museum college hospital federation""".split())


def short_reference(index: dict[int, TokenMention], doc, i: int) -> TokenMention | None:
    """The organization `the Foundation` at token i (after `the`) stands for: the one
    organization of the text whose name ends in that capitalized head word. None when the
    word is lowercase (`the foundation of our work`), no head word, or fits two names."""
    if i >= len(doc) or not doc[i].text[:1].isupper() or doc[i].lower_ not in REFERENCE_HEADS:
        return None
    if i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        return None  # "the Foundation Board": a longer name, not the reference alone
    names = {m.name for m in index.values() if m.kind == "org"
             and doc[i].lower_ in reference_heads(m.name)}
    if len(names) != 1:
        return None
    return TokenMention("org", names.pop(), i, i + 1)


def reference_heads(name: str) -> set[str]:
    """The words by which `the ...` may refer again to an organization: the last of
    `Tidewater Youth Foundation`, and the first of `University of Glasgow` (a head followed
    by `of`)."""
    words = name.casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    heads = {words[-1].strip(".,")} if words else set()
    if len(words) >= 3 and words[1] == "of":
        heads.add(words[0])
    return heads


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
    if org is not None and (names_a_unit(doc, org) or title_words_as_org(doc, org)
                            or names_a_body(doc, org)):
        org = None  # "Jane Doe, Public Relations Manager": a unit, not an employer
    if org is not None:
        i = org.end
        if i < len(doc) and doc[i].text in {"'s", "’s", "'", "’"}:
            i += 1
        elif i < len(doc) and doc[i].text == "-" and doc[i - 1].lower_ == "co" and i - 1 > org.start:
            i -= 1  # "Acme Co-Founder and COO": the organization's name took the `Co` of the title
    start = i
    person = index.get(start)
    if person is not None and person.kind == "person" and not is_title_not_name(doc, person):
        return None  # "As CEO, Jane Doe leads Acme": a name opens no title
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
                if k + 1 < len(doc) and doc[k].lower_ in {"at", ","} \
                        and not is_body_of_its_own(target):
                    employer = org_at(index, doc, k + 1)
                    if employer is not None:
                        return start, target.end, employer, employer.end
                return start, j, target, target.end
        if tok.lower_ in {"in", "with", "within"} and last_head is not None:
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
        if tok.lower_ in {"and", "&"} and last_head is not None and j + 1 < len(doc) \
                and doc[j + 1].lower_ in {"former", "past", "retired"}:
            break  # "board chair and former vice president for Zyloq": a past post follows
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
    # a contact line: "Jane Doe, Director, Acme, 555-0100" (not "Director, Acme's ..."); the
    # employer after the comma also makes the words after `of` a unit, not an employer
    # ("Director of Innovation & Entrepreneurship, Round Rock Chamber.")
    after = employer_after_comma(doc, end, index) if org is None else None
    if after is not None:
        return start, end, after, after.end
    unnamed = unnamed_employer(doc, last_head, end, index)
    if org is None and unnamed is not None:
        return start, unnamed.start, unnamed, unnamed.end
    if org is None and end < len(doc) and doc[end].text == ",":
        after = org_at(index, doc, end + 1)
        written = untagged_name_after(doc, end + 1, index)
        if after is None and written is not None:
            # "Jo Park, Managing Director, Zyloq Meccanica added:": an employer the entity
            # stage did not tag; the title is not at the issuer
            return start, end, written, written.end
    return start, end, org, end


def employer_after_comma(doc, end: int, index: dict[int, TokenMention]) -> TokenMention | None:
    """The organization written after a title ending at token `end` and a comma, when a
    break, a speech verb or an e-mail follows it: `Director, Acme, 555-0100`."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    after = org_at(index, doc, end + 1)
    if after is None:
        return None
    k = after.end
    if k < len(doc) and doc[k].text in {"'s", "’s", "'", "’"}:
        k += 1  # "VP Sales, Bud & Mary’s." is the company; "Acme's Council Chair" is not
    if k >= len(doc) or doc[k].is_punct or "\n" in doc[k].text or doc[k].lower_ in SPEECH_VERBS \
            or doc[k].lower_ == "at" and k + 1 < len(doc) and doc[k + 1].like_email:
        return after
    return None


# What may follow an employer written after a title and a comma: the speech verb, or a
# break ("Jo Park, Director, Zyloq GmbH added:", "..., Zyloq GmbH.").
SPEECH_VERBS = frozenset("said says added adds commented comments noted notes explained".split())


def untagged_name_after(doc, i: int, index: dict[int, TokenMention]) -> TokenMention | None:
    """A run of capitalized words at token i that no mention covers and no title word
    starts, ended by a speech verb, a colon or the line's end: an employer the entity stage
    missed. None for anything else (a person's name is in the index; `Investor Relations`
    is a unit)."""
    k = i
    while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
        k += 1
    start = k
    while k < len(doc) and k - start < 5 and doc[k].text[:1].isupper() and not doc[k].is_punct \
            and k not in index and not any(m.start < k < m.end for m in index.values()):
        k += 1
    if k == start or doc[start].lower_ in TITLE_VOCABULARY or doc[start].ent_type_ == "PERSON" \
            or all(doc[t].lower_ in TITLE_VOCABULARY for t in range(start, k)):
        return None
    if k < len(doc) and not (doc[k].lower_ in SPEECH_VERBS or doc[k].text in {":", ";"}
                             or "\n" in doc[k].text):
        return None
    return TokenMention("unnamed", "", start, k)


# Bodies a title may name after a title word: "member of the Executive Board".
BODY_WORDS = frozenset("board committee council cabinet".split())
# Words that name a part of an organization: "in the division of cardiology at ...".
UNIT_NOUNS = frozenset("""division department school faculty college office unit lab
    laboratory program programme group team practice section desk""".split())


def unit_then_employer(doc, i: int, index: dict[int, TokenMention]) -> TokenMention | None:
    """At `in` or `with` after a title: the employer named after a unit of it, as in `in
    the division of cardiology at Acme University` or `with the energy practice at Acme`;
    None when the preposition opens anything else."""
    k = i + 1
    if k < len(doc) and doc[k].lower_ in {"the", "its", "our"}:
        k += 1
    # the unit may be described before its noun: "with the Energy industry practice at X"
    unit = next((j for j in range(k, min(k + 4, len(doc))) if doc[j].lower_ in UNIT_NOUNS), None)
    if unit is None or any(not is_title_word(doc[j]) for j in range(k, unit)):
        return None
    for j in range(unit + 1, min(unit + 8, len(doc) - 1)):
        if doc[j].is_punct or "\n" in doc[j].text or j in index:
            return None
        if doc[j].lower_ in {"at", "of"} and org_at(index, doc, j + 1) is not None:
            return org_at(index, doc, j + 1)
        if doc[j].lower_ == "at" and doc[j + 1].text[:1].isupper():
            # "... practice at Zyloq", Zyloq untagged: an employer, only not the issuer
            return TokenMention("unnamed", "", j + 1, j + 2)
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
    if end + 2 < len(doc) and doc[end].lower_ in {"of", "at", "from"} and doc[end + 1].text == "[":
        close = next((j for j in range(end + 2, min(end + 8, len(doc))) if "]" in doc[j].text), None)
        if close is not None and doc[end + 2].text[:1].isupper():
            # "CEO of [Zyloq](https://...)": a link names the employer
            return TokenMention("unnamed", "", end, close + 1)
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


def names_a_body(doc, mention: TokenMention) -> bool:
    """Whether an "organization" opening a title is only a board or committee with no
    name of its own (`Advisory Board`, `Board of Directors`) before a title head: `Advisory
    Board member` is one title, held at the organization the board belongs to."""
    words = [t.lower_ for t in doc[mention.start:mention.end]]
    return bool(words) and mention.end < len(doc) and is_title_head(doc[mention.end]) \
        and any(w in BODY_WORDS for w in words) and all(
            w in TITLE_VOCABULARY or w in BODY_WORDS or w in GENERIC_BODY_WORDS for w in words)


# Words of a board's or committee's generic name: "Scientific Advisory Board of Directors".
GENERIC_BODY_WORDS = frozenset("""advisory directors trustees governors scientific
    executive steering audit""".split())


def title_words_as_org(doc, mention: TokenMention) -> bool:
    """Whether an "organization" is the first words of the title it runs into: `Senior
    Consulting` before `Geologist`. It opens with a title modifier, the parser sees no
    organization in it, and a title head follows at once (not `Acme's` or `Acme CEO`)."""
    words = doc[mention.start:mention.end]
    return words[0].lower_ in TITLE_MODIFIERS and len(words) <= 3 \
        and not any(t.ent_type_ == "ORG" for t in words) \
        and mention.end < len(doc) and is_title_head(doc[mention.end])


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
                                   or doc[k + 1].lower_ in HEAD_FOLLOWERS):
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
        # a registered certification mark stays on the letters: "Jane Doe, CFP®, advisor"
        written = doc[at:end].text.rstrip("®™")
        if written.casefold() not in POST_NOMINALS and not (
                POST_NOMINAL_SHAPE.fullmatch(written)
                and written.casefold().strip(".") not in TITLE_HEADS):
            break
        found = index.get(at)
        if found is not None and (found.kind != "org" or found.end != end and not all(
                t.text in {"®", "™"} for t in doc[found.end:end])):
            break
        tagged = tagged or found is not None
        at = end + 1
        while at < len(doc) and doc[at].is_space and "\n" not in doc[at].text:
            at += 1
    if tagged and read_title_forward(doc, at, index) is None:
        return first
    return at


def line_label_org(doc, i: int, index: dict[int, TokenMention]) -> TokenMention | None:
    """The organization that labels the line token i stands on: `Acme Bank: Jane Doe, ...`."""
    k = i - 1
    if k < 1 or doc[k].text != ":":
        return None
    label = mention_ending_at(index, "org", k)
    if label is None:
        return None
    b = label.start - 1
    if b >= 0 and doc[b].text in {"*", "-", "•"}:
        b -= 1  # "* Acme Bank: Jane Doe": an item of a list
    return label if b < 0 or "\n" in doc[b].text else None


def is_title_head_ahead(doc, i: int) -> bool:
    """Whether a title starts at token i: title words up to a title head."""
    for k in range(i, min(i + 5, len(doc))):
        if is_title_head(doc[k]):
            return True
        if not is_title_word(doc[k]):
            return False
    return False


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
