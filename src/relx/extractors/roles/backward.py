"""Reading a title written before a name: `Acme CEO Jane Doe`, `Acme's managing director,
Jane Doe`, `said President and CEO of the Urban League Marc Morial`, `Its director, Jane
Doe`, `Director of Advocacy Jane Doe`; and telling the words of such a title from the
name of whoever owns it (`Zyloq BOOKS Taiwan Chairman Jo Park`)."""
from __future__ import annotations

from ..lexicon import HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS
from .titles import (
    APPOINT_BEFORE,
    COMPANY_NOUNS,
    JOB_HEADS,
    OCCUPATIONS,
    OFFICE_PLACES,
    PUBLIC_OFFICES,
    TITLE_VOCABULARY,
    UNIT_WORDS,
    TokenMention,
    is_title_head,
    is_title_word,
    mention_ending_at,
    names_a_unit,
)


def read_title_backward(doc, end: int, index: dict[int, TokenMention], plural: bool = False):
    """Read `[ORG['s]] TITLE[,]` ending just before token `end` (where a name starts).
    With `plural`, read only a title in the plural (`its founding attorneys, Jane Doe and
    John Roe`: the caller has a list of names, each of whom holds it).

    Returns (title_start, title_end, org) or None."""
    j = end - 1
    while j >= 0 and (doc[j].lower_ in HONORIFICS or doc[j].is_space and "\u00a0" in doc[j].text
                      and "\n" not in doc[j].text):
        # "RCC President Dr. Luis Ortega", "vice-chair\u00a0 Jo Park" (a no-break space
        # joins; a plain double space in scraped text often stands for a lost line break)
        j -= 1
    comma = j >= 0 and doc[j].text == ","
    if comma:
        j -= 1
    owner = title_of_org_before(doc, j, index, comma)
    if owner is not None:
        return owner
    title_end = j + 1
    j = unit_tail_head(doc, j, index)  # "Director of Advocacy Jane Doe": read from `Director`
    if j < 0 or not is_title_head(doc[j]) or plural != (
            doc[j].lower_.rstrip("s") != doc[j].lower_
            and doc[j].lower_[:-1] in TITLE_HEADS | OCCUPATIONS):
        return None  # "Professors Jane Doe and John Roe": a plural names no one title
    unnamed = None
    # "U.S. Senator", "North Carolina Governor": a public office's place is in its title
    public = doc[j].lower_.strip(".") in PUBLIC_OFFICES
    while j >= 0 and is_title_word(doc[j]) and "\n" not in doc[j].text \
            and doc[j].lower_ not in APPOINT_BEFORE:
        if any(m.end == j + 1 and m.kind in {"org", "person"} for m in index.values()
               if m.start <= j < m.end):
            break
        public = public or doc[j].lower_ in OFFICE_PLACES or doc[j + 1].lower_ in OFFICE_PLACES
        if j < title_end - 1 and (names_an_owner(doc[j], public)
                                  or not public and opens_org_name(doc, j, index)
                                  or names_before_lowercase(doc, j)
                                  or short_name_ends_at(doc, j, index)) \
                and not (public and doc[j + 1].lower_ in OFFICE_PLACES):  # "Howard County"
            # "Zyloq BOOKS Taiwan Chairman Jo Park": a name the entity stage did not tag
            # owns the title; it is not part of it, and the title is not at the issuer
            unnamed = owner_of_title(doc, j, title_end, index)
            j = unnamed.end - 1
            break
        j -= 1
    start = j + 1
    # "under the visionary leadership of CEO Jane Doe": lowercase words before an `of` are
    # a title's only when they end in a title head ("director of advocacy"); capitalized,
    # they may name the unit ("Toys for Tots Coordinator")
    for k in range(title_end - 1, start, -1):
        if doc[k].lower_ in {"of", "for"}:
            if not is_title_head(doc[k - 1]) and doc[k - 1].text[:1].islower():
                start, unnamed = k + 1, None
            break
    while start < title_end and doc[start].lower_ in {"and", "&", "of", "for", "-"}:
        start += 1
    start = past_relation(doc, start, title_end)
    if j >= 0 and (doc[j].lower_ in APPOINT_BEFORE or doc[j].lower_ in {"to", "as"} and (
            comma and j >= 1 and (doc[j - 1].lower_ in APPOINTMENT_NOUNS or doc[j - 1].tag_ == "POS")
            or any(m.kind == "person" and m.end == j for m in index.values()))):
        # "Acme Appoints Mining Executive Jane Doe": a description of the appointee, and
        # "promoted John Roe to Partner, Jane Doe to ...", "With Ann's appointment as CFO,
        # Jane Doe will ...": the title of the one before
        return None
    org = None
    k = start - 1
    if k >= 0 and doc[k].text in {"'s", "’s", "'", "’"}:
        k -= 1
    elif k >= 2 and doc[k].text == ")" and doc[k - 2].text == "(" and doc[k - 1].is_upper:
        k -= 1  # "Acme Alliance (AA) vice-chair Jo Park": the acronym in brackets names it
    for m in index.values():
        if m.kind == "org" and m.end == k + 1 and not names_a_unit(doc, m):
            org = m  # ("Marketing expert Jane Doe": a unit, not an employer)
            break
    owned = org is not None  # an owner only found as words owns no lowercase title below
    if org is None and unnamed is not None:
        org = unnamed
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
    # (the plural of a job head counts like it: "Co-founders Jane Doe and John Roe")
    if not owned and doc[title_end - 1].text[:1].islower() \
            and doc[title_end - 1].lower_ not in JOB_HEADS \
            and not (plural and doc[title_end - 1].lower_[:-1] in JOB_HEADS):
        return None
    return start, title_end, org


# Nouns that tie one person to another, not to a post: "his long-time colleague and
# co-founder, Jo Park" holds the post `co-founder` only.
RELATION_NOUNS = frozenset("""colleague colleagues friend friends mentor wife husband brother
    sister son daughter father mother""".split())


def past_relation(doc, start: int, end: int) -> int:
    """The start of the title in `long-time colleague and co-founder` (from `start` to
    `end`): past a relation noun and its `and`, when a title follows it."""
    for k in range(start, end - 2):
        if doc[k].lower_ in RELATION_NOUNS and doc[k + 1].lower_ in {"and", "&"}:
            return k + 2
    return start


# Nouns of appointing before `as`: "With Ann's appointment as CFO, John will ..." (the
# title is Ann's), unlike "Over the past months as interim CEO, John has ...".
APPOINTMENT_NOUNS = frozenset("""appointment appointments promotion election nomination
    hiring arrival role position""".split())


def names_before_lowercase(doc, j: int) -> bool:
    """Whether the capitalized word at j stands before a title written in lowercase
    (`Ethereum co-founder`, `Harvard researcher`): a title in lowercase has no capitalized
    words of its own, so the word names its owner."""
    return doc[j].text[:1].isupper() and doc[j + 1].text[:1].islower() \
        and doc[j + 1].lower_ not in {"and", "of", "for", "&", "-"} \
        and doc[j].lower_ not in TITLE_VOCABULARY and not is_title_head(doc[j]) \
        and doc[j].lower_ not in OFFICE_PLACES \
        and not doc[j].is_sent_start and j > 0 and "\n" not in doc[j - 1].text \
        and not doc[j - 1].is_punct  # ("Museum president Jo Park" opens a sentence)


def opens_org_name(doc, j: int, index: dict[int, TokenMention]) -> bool:
    """Whether the capitalized words from token j open the name of an organization of the
    record: `Texas Mineral Resources` before `Chairman`, the company being `Texas Mineral
    Resources Corp.` (a title word such as `Resources` is then the name's)."""
    if not doc[j].text[:1].isupper() or doc[j].lower_ in TITLE_VOCABULARY or doc[j].is_stop:
        return False
    # (not a unit the entity stage took for an organization: "Life Sciences")
    names = {m.name for m in index.values() if m.kind == "org"
             and m.name.split()[-1].casefold() not in UNIT_WORDS}
    k = j + 1
    while k < len(doc) and k - j < 6 and doc[k].text[:1].isupper() and not is_title_head(doc[k]):
        k += 1
    for end in range(k, j, -1):
        if end == j + 1 and doc[j].ent_type_ in {"GPE", "NORP", "LOC"}:
            break  # "U.S." alone opens "U.S. Department of ..." and many more
        written = doc[j:end].text
        if any(n == written or n.startswith(written + " ") and len(n[len(written):].split()) <= 2
               and n[len(written):].split()[0].lower() not in {"of", "for", "and", "&"}
               for n in names):
            return True  # ("Texas Mineral Resources Corp.", not "Investment Fund for X")
    return False


def owner_of_title(doc, j: int, title_end: int, index: dict[int, TokenMention]) -> TokenMention:
    """The owner of a title whose name was found at token j, before the title's head:
    its name runs on through capitalized words that are no title words (`Texas Mineral
    Resources Chairman` owns `Chairman`), and it is the organization named just before
    (`AMA Houston President`: AMA) or one whose name it opens; else an unnamed one."""
    end = j + 1
    while end < title_end - 1 and doc[end].text[:1].isupper() and not is_title_head(doc[end]) \
            and doc[end].lower_ not in TITLE_MODIFIERS:
        end += 1
    written = doc[j:end].text
    for m in index.values():
        if m.kind == "org" and (m.end == j or m.name.startswith(written + " ")
                                or m.name == written or written == initials(m.name)):
            return TokenMention("org", m.name, j, end)
    short = short_name_ends_at(doc, end - 1, index)
    if short is not None:
        return TokenMention("org", short, j, end)
    return TokenMention("unnamed", "", j, end)


def short_name_ends_at(doc, j: int, index: dict[int, TokenMention]) -> str | None:
    """The organization whose name, without its words of kind, the text before a title
    ends with at token j: `Walk in My Shoes CEO Jo Park`, the record naming `Walk in My
    Shoes Foundation` (whose capitalized words read as title words)."""
    if not doc[j].text[:1].isupper():
        return None
    before = doc.text[:doc[j].idx + len(doc[j].text)]
    for m in index.values():
        short = name_without_kind(m.name) if m.kind == "org" else None
        if short and before.endswith(short) and (len(before) == len(short)
                                                 or not before[-len(short) - 1].isalnum()):
            return m.name
    return None


# Last words of a name that say what kind of body it is; a release may leave them out
# ("Walk in My Shoes" for "Walk in My Shoes Foundation").
KIND_WORDS = frozenset("""foundation institute association alliance society council trust
    group company inc inc. llc ltd ltd. corp corp. co. corporation""".split())


def name_without_kind(name: str) -> str | None:
    """An organization's name without its last words of kind (`Walk in My Shoes` of `Walk
    in My Shoes Foundation, Inc.`), when two words or more are left; else None."""
    words = name.replace(",", " ").split()
    cut = len(words)
    while cut > 0 and words[cut - 1].casefold() in KIND_WORDS:
        cut -= 1
    if cut == len(words) or cut < 2:
        return None
    return " ".join(name.split()[:cut]).rstrip(",")


def initials(name: str) -> str:
    """`HAM` of `Hedgeye Asset Management, LLC`: the capitals of a name's words."""
    words = [w for w in name.replace(",", " ").split() if w[:1].isupper()
             and w.strip(".").casefold() not in {"llc", "inc", "ltd", "corp", "co", "plc"}]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def unit_tail_head(doc, j: int, index: dict[int, TokenMention]) -> int:
    """The head of a title that ends at token j in its unit, written in capitals before a
    name: `Director of Advocacy`, `Head of Global Product` (j at `Advocacy`, `Product`).
    Returns the head's token, or j itself when no such title ends there."""
    if j < 0 or is_title_head(doc[j]):
        return j
    k = j
    while k >= 0 and j - k < 3 and doc[k].text[:1].isupper() and is_title_word(doc[k]) \
            and not is_title_head(doc[k]) and k not in index \
            and not any(m.start < k < m.end for m in index.values()):
        k -= 1
    if k < j and k >= 1 and doc[k].lower_ in {"of", "for"} and is_title_head(doc[k - 1]) \
            and doc[k - 1].text[:1].isupper():
        return k - 1
    return j


def names_an_owner(token, public: bool = False) -> bool:
    """Whether a word before a title is part of a name rather than of the title: the parser
    takes it for an organization or a place (`Acme`, `Taiwan`), or it is written in
    capitals and is no title word (`LPP`, `BOOKSTORE`; not `CEO`, `VP`). Before a public
    office (`public`) a place belongs to the title: `U.S. Senator`, `CA State Senator`."""
    word = token.text.casefold().strip(".")
    if public or word in TITLE_VOCABULARY or word in OFFICE_PLACES or is_title_head(token) \
            or not token.text[:1].isupper():
        return False
    # (not the parser's ORG: it tags units and fields too, "Life Sciences VP", "Music Director")
    return token.ent_type_ in {"GPE", "NORP", "FAC", "LOC"} \
        or token.is_upper and len(token.text) >= 2 and token.is_alpha


def title_of_org_before(doc, j: int, index: dict[int, TokenMention], comma: bool = False):
    """`said President and CEO of the Urban League Marc Morial`, `said Commissioner of the
    Office of Media, Pat Kaufman`: a title and its organization before the name, the
    organization ending at token j. Returns (title_start, title_end, org) or None."""
    org = mention_ending_at(index, "org", j + 1)
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
    while start < title_end and (doc[start].lower_ in {"and", "&", "of", "for", "-"}
                                 or comma and is_description(doc[start])):
        start += 1  # ("the esteemed Mayor of Lithonia, Jo Park")
    # "the Mayor of Lithonia, Jo Park", "the CEO of Acme, Jo Park": set off by a comma, the
    # title may follow `the`, wherever the phrase stands
    the = comma and i >= 0 and doc[i].lower_ == "the"
    if i >= 0 and doc[i].lower_ not in {"said", "says", "added", "by", ",", "\u201c", "\u201d"} \
            and not doc[i].is_punct and "\n" not in doc[i].text and not the:
        return None  # only where a name may follow its title: after `said`, at a line start
    if the and doc[title_end - 1].lower_ in PUBLIC_OFFICES:
        # "the Mayor of Lithonia": a public office of a place; the place is in the title
        return start, org.end, None
    return start, title_end, org


def is_description(token) -> bool:
    """A lowercase word that praises rather than names a post: `esteemed`, `renowned`."""
    return token.text[:1].islower() and token.lower_ not in TITLE_MODIFIERS \
        and not is_title_head(token) and token.pos_ in {"ADJ", "VERB"}


def in_brackets(doc, i: int, start: int) -> bool:
    """Whether token i stands inside brackets opened after token `start`."""
    depth = 0
    for k in range(start, i):
        depth += (doc[k].text == "(") - (doc[k].text == ")")
    return depth > 0


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
    # the sentence's own line (the parser may run a headline into the paragraph after it)
    line = max([sentence.start] + [k + 1 for k in range(sentence.start, i) if "\n" in doc[k].text])
    subject = next((m for m in sorted(index.values(), key=lambda m: m.start)
                    if m.kind == "org" and line <= m.start and m.end <= i
                    and any(t.dep_ in {"nsubj", "nsubjpass"} for t in doc[m.start:m.end])
                    and not in_brackets(doc, m.start, line)), None)
    if subject is not None:
        # "Acme is a firm that draws on its founders, ...": further into a sentence whose
        # subject is an organization, `its` is that one (not a wire credit opening the
        # sentence, an exchange in a ticker, or the previous sentence's subject)
        return subject
    for scope in (previous, sentence):
        orgs = [m for m in index.values() if m.kind == "org" and scope.start <= m.start < scope.end
                and m.start < i]
        if orgs:
            return min(orgs, key=lambda m: m.start)
    return None
