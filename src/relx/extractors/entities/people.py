"""People: the names the model misses, and the names it takes for people wrongly.

The small model finds most people, but on real releases it also calls places, dishes,
headline phrases and products people ("Nha Trang", "Blockchain Registration", "Fixify
AI"), and it misses the people a release names only in a contact line or a list of
names ("Contact: Jo Park", "Kevin Allen, Rudi Gamo and Ana Ruiz"). The finders here add
what the layout of a release says (a contact label, an email address that spells the
name, a list of people); `review_people` then weighs each person the kinds step kept
against what the text says about it, and rescues people filed as organizations.
"""
from __future__ import annotations

import re

from ..lexicon import TITLE_HEADS
from ..textutil import doc_text
from .candidates import (
    EMAIL_RE,
    ORG,
    PERSON,
    Candidate,
    bare,
    is_head,
    is_legal_name,
    is_title_word,
    refine,
)
from .kinds import looks_like_person, person_evidence
from .surfaces import Surface
from .words import fold, given_names

# One word of a personal name, cut where a scraped page glued the next block onto it
# ("Robert Smithhttps://...", "Jane RoeVP"): the lookahead stops the word at a link or
# at a capital that follows a run of small letters. A capital alone is no word ("Jo
# Park CEO" ends before "CEO"); an initial has its period.
NAME_WORD = r"[A-Z][a-zà-ÿ'’\-]+?(?=https?:|www\.|[A-Z][a-z]|[^a-zà-ÿ'’\-]|$)"
NAME_INITIAL = r"[A-Z]\.(?:[A-Z]\.)?"
PERSON_NAME = (rf"(?:{NAME_WORD}|{NAME_INITIAL})(?: (?:{NAME_INITIAL}|{NAME_WORD}))"
               rf"{{1,3}}")

# "Media Contact: Jane Roe", "Contact Person: Jane Roe", "Name: Jane Roe": the words a
# contact block puts before a person's name.
CONTACT_LABEL_RE = re.compile(
    r"(?:^|\n)[ \t*•\-]*(?:(?:Media|Press|Investor|Public|PR|Company|Sales)\s+)?"
    r"(?:Contacts?(?:\s+(?:Person|Name|Info(?:rmation)?|Details))?|Name|Attn|Attention)"
    r"[ \t]*[:\-–][ \t]*(" + PERSON_NAME + r")")


# "Media Contact\nJane Roe Acme Corp Email Us Here": a contact label alone on its line
# (or cut from the name by a scraped seam, see read/textprep) and a line that opens with
# a person's name and runs on into the company's.
CONTACT_HEADING_RE = re.compile(
    r"(?:^|\n)[ \t*•\-]*(?:(?:Media|Press|Investor|Public|PR)\s+)?Contacts?[ \t]*\n[ \t]*"
    r"(" + PERSON_NAME + r")(.?)")


def contact_heading_candidates(text: str) -> list[Candidate]:
    """The person that opens the line under a bare contact label (CONTACT_HEADING_RE).
    When more capitalized words follow on the line they are the employer's, so only the
    given name (a known one, as for CONTACT_LABEL_RE) and the word after it are taken."""
    out = []
    for m in CONTACT_HEADING_RE.finditer(text):
        words = m.group(1).split()
        if fold(words[0]) not in given_names() or any(is_head(w) or is_title_word(w) for w in words[:2]):
            continue
        runs_on = len(words) > 2 or m.group(2) not in {"", "\n", ",", "\r"}
        name = " ".join(words[:2]) if runs_on else m.group(1)
        if runs_on and words[1].endswith("."):
            continue  # "Jo A. Park": the initial leaves the surname unknown
        out.append(Candidate(m.start(1), m.start(1) + len(name), PERSON, "contact-line"))
    return out


def contact_candidates(doc) -> list[Candidate]:
    """People named by the layout of a release: after a contact label, or just before an
    email address whose local part spells their name ("Jo Park: jo.park@acme.com")."""
    text = doc_text(doc)
    out = contact_heading_candidates(text)
    for m in CONTACT_LABEL_RE.finditer(text):
        # the pattern has found where the name ends, even inside a glued token
        # ("Robert Smithhttps://..."), so the span is taken as it is
        # a company may stand after the label too ("Contacts: Acme Eternal — PR Team"):
        # the label vouches for a person only when the name opens with a given name
        if not any(is_head(w) or is_title_word(w) for w in m.group(1).split()) \
                and fold(m.group(1).split()[0]) in given_names():
            end = m.end(1) - glued_mailbox(m.group(1), text[m.end(1):m.end(1) + 1])
            out.append(Candidate(m.start(1), end, PERSON, "contact-line"))
    for m in EMAIL_RE.finditer(text):
        local = fold(m.group().split("@")[0])
        line_start = line_start_near(text, m.start())
        before = re.search(r"(" + PERSON_NAME + r")[ \t]*[:,\-–|<(]?[ \t]*(?:Email:?\s*)?$",
                           text[line_start:m.start()])
        if not before:
            continue
        parts = [fold(w) for w in before.group(1).split() if len(w.strip(".")) > 1]
        # the address must spell the name: "jo.park@", "jpark@", "jo@"
        if parts and (parts[-1] in local or parts[0] in local) and not any(
                is_head(w) for w in before.group(1).split()):
            start = line_start + before.start(1)
            out.extend(refine(doc, start, start + len(before.group(1)), PERSON, "contact-line")[:1])
    return out


# "Contact DetailsAcmeTV", "Media Contact: Acme PR": the label and the name that a
# contact block opens with, on one line or the name on the next.
CONTACT_ORG_RE = re.compile(
    r"^[ \t*•\-]*(?:(?:Media|Press|Investor|PR)\s+)?Contacts?(?:\s+(?:Details|Information|Info))?"
    r"[ \t]*:?[ \t]*\n?[ \t]*([A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,4})[ \t]*$", re.M)


def contact_org_candidates(doc) -> list[Candidate]:
    """The organization a contact block names, when an email address just below spells it
    ("Contact DetailsAcmeTV ... acmetv@gmail.com"), and no person's given name opens it."""
    text = doc_text(doc)
    out = []
    for m in CONTACT_ORG_RE.finditer(text):
        letters = re.sub(r"[^a-z0-9]", "", m.group(1).casefold())
        if len(letters) < 4 or fold(m.group(1).split()[0]) in given_names():
            continue
        spelled = {re.sub(r"[^a-z0-9]", "", part.casefold())
                   for e in EMAIL_RE.finditer(text, m.end(), m.end() + 300)
                   for part in (e.group().split("@")[0], e.group(1))}
        if letters in spelled:
            out.append(Candidate(m.start(1), m.end(1), ORG, "email-domain"))
    return out


# "E.L. “Buster” Hunsaker III", "Robert 'Bob' Lane Jr.": a nickname in quotation marks
# between a first name (or initials) and a surname, a generation after it.
QUOTED_NICKNAME_RE = re.compile(
    r"(?<![\w.])((?:[A-Z]\.){1,3}|[A-Z][a-z]+(?: [A-Z]\.)?) [“\"‘'][A-Z][a-z]+[”\"’'] "
    r"(?:(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?: (?:Jr\.?|Sr\.?|II|III|IV)(?![\w]))?")


def nickname_candidates(doc) -> list[Candidate]:
    """Names with a quoted nickname inside, which the model cuts at the quotation marks."""
    return [Candidate(m.start(), m.end(), PERSON, "quoted-nickname")
            for m in QUOTED_NICKNAME_RE.finditer(doc_text(doc))]


# "the author's grandmother, Ana María Estrella", "his wife Jo Park": a kinship noun
# names a person in apposition (the model misses names it cannot place).
KIN_NAME_RE = re.compile(
    r"\b(?:grand)?(?:mother|father|daughter|son)|\b(?:wife|husband|brother|sister|aunt|uncle|"
    r"cousin|niece|nephew|widow|widower|fianc[ée]e?)(?=,? [A-Z])")
KIN_APPOSITION_RE = re.compile(r",? (" + PERSON_NAME + r")(?=,|\.|;| (?:and|who|was|is|said|has)\b)")


def kin_candidates(doc) -> list[Candidate]:
    """People named in apposition to a kinship noun."""
    text = doc_text(doc)
    out = []
    for m in KIN_NAME_RE.finditer(text):
        name = KIN_APPOSITION_RE.match(text, m.end())
        if name and not any(is_head(w) or is_title_word(w) for w in name.group(1).split()):
            out.append(Candidate(name.start(1), name.end(1), PERSON, "kin-name"))
    return out


MAILBOXES = frozenset("info contact contacts press media hello support sales pr news admin "
                      "office team mail inquiries enquiries marketing".split())


def glued_mailbox(name: str, following: str) -> int:
    """How many letters at the end of a contact's name belong to the email address glued
    onto it ("Jo Parkinfo@acme.com", "Erika Hannaerika@...", "Chris Adamcadam@..."): a
    common mailbox, or the person's own first name, initial and surname in small letters."""
    words_ = name.split()
    if following != "@" or len(words_) < 2:
        return 0
    last, first = words_[-1], words_[0].casefold()
    for cut in range(2, len(last) - 1):
        head, tail = last[:cut], last[cut:]
        if tail.islower() and (tail in MAILBOXES or tail in {
                first, first[0] + head.casefold(), first + head.casefold(),
                first + "." + head.casefold(), head.casefold()}):
            return len(tail)
    return 0


WINDOW = 200  # how far around a name its line is read: a scraped page may be one long line


def line_start_near(text: str, pos: int) -> int:
    """The start of the line that holds `pos`, or `WINDOW` characters before it."""
    low = max(0, pos - WINDOW)
    return max(text.rfind("\n", low, pos) + 1, low)


def line_end_near(text: str, pos: int) -> int:
    high = min(len(text), pos + WINDOW)
    end = text.find("\n", pos, high)
    return high if end < 0 else end


# ---------------------------------------------------------------------------------------
# Lists of people
# ---------------------------------------------------------------------------------------

# What parts the items of a list of names: commas, `and`, `or`.
LIST_SEP_RE = re.compile(r",\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+")


def is_credential(item: str) -> bool:
    """"PE", "P. Geo.", "PhD", "MBA", "CPG 8137": the letters of a degree or a licence
    that follow a person's name in a list ("Jo Park, P. Eng., Lee Chan, PE")."""
    return bool(re.fullmatch(r"[A-Z]{2,6}(?: \d{1,6})?"  # PE, MBA, CPG 8137
                             r"|[A-Z]\. ?[A-Z][a-z]{1,3}\.?"  # P. Eng., P.Geo
                             r"|(?:Ph\.?D|M\.?Sc|B\.?Sc|Esq|Jr|Sr|I{2,3}|IV)\.?", item.strip()))


# An item of a list of names: capitalized words, initials and the particles of names
# ("Jorge Pereira de Olazábal", "Sarah J. Maas", "P. Geo").
LIST_ITEM = r"(?<![\w.'’\-])[A-Z][\w.'’\-]*(?: (?:[A-Z][\w.'’\-]*|de|del|da|van|von|der|la|le))*(?<![ .])"


def list_neighbours(text: str, start: int, end: int, limit: int = 4) -> list[tuple[int, int]]:
    """The spans of the items listed with the name at `start:end`, credentials skipped:
    up to `limit` on each side, within the line."""
    line_start, line_end = line_start_near(text, start), line_end_near(text, end)
    out = []
    for direction in (-1, 1):
        pos_s, pos_e = start, end
        for _ in range(limit * 2):
            if direction < 0:
                sep = re.search(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$", text[line_start:pos_s])
                if not sep:
                    break
                cut = line_start + sep.start()
                item = re.search(LIST_ITEM + "$", text[line_start:cut])
                if not item or re.search(r"(?:^|\s)(?:and|or|&)\s+$", text[line_start:line_start + item.start()]):
                    break  # "A, B or C, D ...": C closed a list that D is not in
                span = (line_start + item.start(), cut)
            else:
                sep = LIST_SEP_RE.match(text, pos_e, line_end)
                if not sep:
                    break
                item = re.match(LIST_ITEM, text[sep.end():line_end])
                if not item:
                    break
                span = (sep.end(), sep.end() + item.end())
                last = bool(re.search(r"\b(?:and|or)\b|&", sep.group()))
            pos_s, pos_e = span
            if is_credential(text[span[0]:span[1]]):
                continue
            out.append(span)
            if direction > 0 and last:
                break  # "A, B and C": the list ends with C
            if len([s for s in out if (s[0] < start) == (direction < 0)]) >= limit:
                break
    return out


def listed_with_people(surface: Surface, text: str, people: set[str],
                       orgs: set[str] = frozenset()) -> bool:
    """A name listed beside two people is a person: "Kevin Allen, Rudi Gamo and Ana
    Ruiz", "fans of Leigh Bardugo, Deborah Harkness, or Sarah J. Maas". A list that
    also holds an organization ("Big Chicken, Flat Top Grill, Lucky Cat Poke Co.") is a
    list of brands, whatever the model thought of two of them."""
    for m in surface.mentions:
        items = {text[s:e].strip(" .") for s, e in list_neighbours(text, m.start, m.end)}
        if len(items & people) >= 2 and not items & orgs and not any(
                is_legal_name(i) or any(is_head(w) for w in i.split()) for i in items):
            return True
    return False


# ---------------------------------------------------------------------------------------
# Second thoughts on people
# ---------------------------------------------------------------------------------------

# Last words of place names, never of a person's: "Warren Rd", "Lancaster Township",
# "Ho Chi Minh City", "Yala Snow Mountain".
PLACE_TAILS = frozenset("""road rd street st avenue ave blvd boulevard highway hwy parkway
    pkwy freeway township county counties city province prefecture district mountain
    mountains grassland island islands keys peninsula""".split())

# Rules that read a name as a person's from the text around it, not from its shape.
PERSON_RULES = frozenset({"titled-name", "contact-line", "person-list", "quoted-nickname"})

# What the model tags as people in text about places: a facility, a city, a region.
PLACE_LABELS = frozenset({"ner:GPE", "ner:FAC", "ner:LOC"})


# Māori names of tribes, councils and places open with an article or a word for a people
# ("Te Arawa", "Te Taumutu Rūnanga", "Ngāi Tahu"); a person so named is introduced as one.
MAORI_ARTICLES = frozenset({"Te", "Ngāti", "Ngati", "Ngāi", "Ngai", "Nga", "Ngā"})
# Māori words for a council, a tribe, a meeting place, a school: the last word of a body.
MAORI_BODIES = frozenset("rūnanga runanga rūnaka runaka iwi hapū hapu marae kura wānanga".split())


def not_a_person(name: str, surface: Surface, text: str, common: set[str]) -> str | None:
    """Why a name the model called a person is not one, or None. Only names no text
    treats as a person's (`said X`, `X, CEO`, a contact line) are judged by shape."""
    tokens = name.split()
    last = bare(tokens[-1])
    if last in PLACE_TAILS and len(tokens) > 1:
        return "place"  # "Warren Rd", "Lancaster Township"
    if last in MAORI_BODIES and len(tokens) > 1:
        return "Maori body"  # "Te Taumutu Rūnanga": a council, whatever its apposition
    if surface.rules & PERSON_RULES or person_evidence(surface, text):
        return None
    if surface.rules & PLACE_LABELS:
        return "place"  # "Palacio Balcarce", "Volunteer Fairfax": the model also read a place
    if all(re.search(r"\b(?:in|near|across|throughout|outside|around)\s$", text[max(0, m.start - 12):m.start])
           for m in surface.mentions):
        return "place"  # "resorts in Nha Trang": people are not where things happen
    if any(re.match(r"\.?\s[^;\n]{0,25}\b\d{4}\s?;\s?\d+(?:\(\d+\))?:", text[m.end:m.end + 50])
           for m in surface.mentions):
        return "journal"  # "Int J Stroke. 2021;17(2):132": a journal in a reference
    if len(tokens) > 1 and tokens[0] in MAORI_ARTICLES:
        return "Maori name"  # "Te Taumutu Rūnanga", "Ngāti Porou": an iwi, a body, a place
    if len(tokens) > 1 and re.fullmatch(r"[A-Z]{2,3}", tokens[-1]):
        return "acronym"  # "Fixify AI", "Servo AF": a product, not a surname
    if len(tokens) > 1 and all(len(t) <= 2 and not t.endswith(".") for t in tokens):
        return "abbreviation"  # "Au Eq"
    if len(tokens) > 1 and all(t in common or t.casefold() in common for t in tokens):
        return "common words"  # "Blockchain Registration", "Household Formation"
    if len(tokens) > 1 and tokens[0].casefold() in common and fold(tokens[0]) not in given_names():
        return "common first word"  # "Volunteer Fairfax", "Reefer Madness"; "Will Price" stays
    if any(t.casefold() in common for t in tokens) and all(
            in_title_case_run(text, m.start, m.end, common) for m in surface.mentions):
        return "headline"  # "Whales Return as Investors Seek ...": ordinary words capitalized
    return None


def in_title_case_run(text: str, start: int, end: int, common: set[str]) -> bool:
    """Whether a name sits in a stretch of Title Case words (a headline or a heading
    inside a paragraph), where every word is capitalized and capitals tell nothing.
    Some of those words must be ordinary words the text also writes small ("Return",
    "Seek"): a list of names is capitalized throughout too."""
    line_start, line_end = line_start_near(text, start), line_end_near(text, end)
    small = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at",
             "as", "from", "vs"}
    before = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", text[line_start:start]) if w not in small][-3:]
    after = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", text[end:line_end]) if w not in small][:3]
    context = before + after
    return len(context) >= 3 and all(w[0].isupper() for w in context) \
        and sum(w.casefold() in common for w in context) >= 2


def is_credential_after_name(surface: Surface, text: str) -> bool:
    """"Jo Park, P. Eng.": an initial and a short word right after a name and a comma are
    a professional designation, not a second person."""
    tokens = surface.text.split()
    if len(tokens) != 2 or not re.fullmatch(r"[A-Z]\.", tokens[0]) or len(tokens[1].strip(".")) > 4:
        return False
    return all(re.search(r"[A-Za-z]{2,},\s*$", text[max(0, m.start - 30):m.start])
               for m in surface.mentions)


def add_listed_people(kinds: dict[str, str], surfaces: dict[str, Surface], text: str) -> None:
    """Names the model missed in a list of people ("Kevin Allen, Rudi Gamo and Ricardo
    Ruiz"): an item that opens with a given name, listed beside two people, is one."""
    people = {n for n, k in kinds.items() if k == PERSON and " " in n}
    orgs = {n for n, k in kinds.items() if k == ORG}
    for name in list(people):
        for m in surfaces[name].mentions:
            for s, e in list_neighbours(text, m.start, m.end):
                item = text[s:e].strip()
                e = s + len(item.rstrip("."))
                item = text[s:e]
                # nothing but the list vouches for this one: it must open with a given name
                if item in kinds or item in people or not re.fullmatch(PERSON_NAME, item) \
                        or not looks_like_person(item) or any(is_head(w) for w in item.split()) \
                        or fold(item.split()[0]) not in given_names():
                    continue
                surface = Surface(item)
                surface.add(s, e, None, "person-list")
                if listed_with_people(surface, text, people, orgs):
                    surfaces.setdefault(item, surface).add(s, e, None, "person-list")
                    kinds[item] = PERSON


def split_fused_titles(kinds: dict[str, str], surfaces: dict[str, Surface], text: str,
                       common: set[str]) -> None:
    """"Director of Advocacy Jo Park", "Industry Analyst Jo Park": the end of a job title
    read as part of the name after it. The person starts at a given name that follows
    words of a title or ordinary words; the words before it are dropped."""
    for name in list(kinds):
        tokens = name.split()
        if len(tokens) < 3 or any(is_head(w) for w in tokens) or is_legal_name(name):
            continue
        for i in range(1, len(tokens) - 1):
            head, rest = tokens[:i], tokens[i:]
            # "Comedian Myq Kaplan", "Producer Lilia LeDieu": an occupation before a name
            # of two or three words, whatever the given name
            if kinds[name] == PERSON and all(is_occupation(w) for w in head) and 2 <= len(rest) <= 3 \
                    and looks_like_person(" ".join(rest)) and not any(w.casefold() in common for w in rest):
                move_mentions(kinds, surfaces, name, " ".join(rest), len(name) - len(" ".join(rest)), 0)
                break
            # a given name, then a surname (an initial between them at most)
            if fold(rest[0]) not in given_names() or not re.fullmatch(
                    r"\S+(?: [A-Z]\.)? \S+", " ".join(rest)) \
                    or any(w.casefold() in common for w in rest[1:]) \
                    or any(re.fullmatch(r"[A-Z]\.|[a-z]+", w) for w in head):
                continue  # "H. Jack Miller" keeps its initial; "Mercedes Medical" is no name
            after_title = any(re.search(r"\b(\w+) (?:of|for) $", text[max(0, m.start - 30):m.start])
                              and is_title_word(re.search(r"(\w+) (?:of|for) $",
                                                          text[max(0, m.start - 30):m.start]).group(1))
                              for m in surfaces[name].mentions)
            if not after_title and not all(is_title_word(w) or w.casefold() in common or w.isupper()
                                           for w in head):
                continue  # "Director of Advocacy Jo Park": a department after a title
            person = " ".join(rest)
            if not looks_like_person(person):
                continue
            move_mentions(kinds, surfaces, name, person, len(name) - len(person), 0)
            break


def move_mentions(kinds: dict[str, str], surfaces: dict[str, Surface], name: str, person: str,
                  cut_start: int, cut_end: int) -> None:
    """`person` is what `name` really holds: its mentions, shortened by `cut_start`
    characters at the front and `cut_end` at the back, become a person's."""
    surface = surfaces.setdefault(person, Surface(person))
    for m in surfaces[name].mentions:
        surface.add(m.start + cut_start, m.end - cut_end, None, "titled-name")
    kinds[person] = PERSON
    del kinds[name]


def is_occupation(word: str) -> bool:
    """A word for a job or a calling that may stand before a name ("Comedian", "Chef",
    "Detective"): the titles that `nameparser` knows, and the job titles of the lexicon."""
    from nameparser.config import CONSTANTS

    return is_title_word(word) or bare(word) in CONSTANTS.titles


# Words that close a contact line or a heading run into a name ("Jo Park Instagram",
# "Jo Park Investor Relations Phone").
CONTACT_WORDS = frozenset("""phone tel telephone fax mobile cell email e-mail instagram twitter
    linkedin facebook website web contact contacts relations investor media press""".split())


def trim_trailing_words(kinds: dict[str, str], surfaces: dict[str, Surface]) -> None:
    """"Karen Blanco Instagram", "Robert Rico Investor Relations Phone": words of a contact
    line or a heading glued after a name of two or more words."""
    for name in [n for n, k in kinds.items() if k == PERSON]:
        tokens = name.split()
        keep = len(tokens)
        while keep > 2 and tokens[keep - 1].casefold() in CONTACT_WORDS:
            keep -= 1
        if keep < len(tokens):
            person = " ".join(tokens[:keep])
            if looks_like_person(person):
                move_mentions(kinds, surfaces, name, person, 0, len(name) - len(person))


def review_people(kinds: dict[str, str], surfaces: dict[str, Surface], text: str,
                  common: set[str]) -> None:
    """Rescue people filed as organizations or missed, then drop what is no person."""
    surnames = [n.split()[-1] for n, k in kinds.items() if k == PERSON and " " in n]
    for name, surface in surfaces.items():
        if kinds.get(name) == ORG and (after_honorific(surface, text) or (
                surnames.count(name) == 1 and speaks(surface, text))):
            kinds[name] = PERSON
    quoted = [m for n, s in surfaces.items() if "quoted-nickname" in s.rules for m in s.mentions]
    for name in {m.text for m in quoted}:
        kinds[name] = PERSON
    # the pieces of such names, which the model cut at the quotation marks, are no names
    for other in [n for n in kinds if surfaces[n].mentions and all(
            any(m.start <= o.start and o.end <= m.end and (m.start, m.end) != (o.start, o.end)
                for m in quoted) for o in surfaces[n].mentions)]:
        del kinds[other]
    split_fused_titles(kinds, surfaces, text, common)
    trim_trailing_words(kinds, surfaces)
    drop_non_people(kinds, surfaces, text, common)  # before their lists vouch for others
    add_listed_people(kinds, surfaces, text)
    people = {n for n, k in kinds.items() if k == PERSON and " " in n}
    for _ in range(2):  # a list settles once its neighbours have
        for name, surface in surfaces.items():
            kind = kinds.get(name)
            if kind == PERSON or " " not in name or not looks_like_person(name):
                continue
            if kind == ORG and (is_legal_name(name) or any(is_head(w) for w in name.split())
                                or surface.rules & {"ticker", "email-domain", "source-line"}
                                # the model said organization again and again ("Hugging Face")
                                or surface.votes[ORG] > surface.votes[PERSON] + 1):
                continue
            if listed_with_people(surface, text, people, {n for n, k in kinds.items() if k == ORG}):
                surface.rules.add("person-list")
            elif not (kind == ORG and (titled_before(surface, text) or kin_of(name, people))):
                continue
            kinds[name] = PERSON
            people.add(name)
    drop_non_people(kinds, surfaces, text, common)
    # a surname or first name stands for a person only while that person stands
    full = [n.split() for n, k in kinds.items() if k == PERSON and " " in n]
    for name in [n for n, k in kinds.items() if k == PERSON and " " not in n]:
        rules = surfaces[name].rules - {"string-match"}
        if rules and rules <= {"surname", "first-name"} and not any(name in f for f in full):
            del kinds[name]


# Titles that also stand before an organization's name: "our partner Acme Capital",
# "lead counsel Marten Lowe".
ORG_TITLES = frozenset("""partner member owner advisor adviser counsel lead head principal
    consultant architect expert leader chief executive officer""".split())


def after_honorific(surface: Surface, text: str) -> bool:
    """"Dr. Scott" at "Scott Integrated Pain Management": a name written after an
    honorific every time is a person's, even when a company bears it."""
    return bool(surface.mentions) and all(
        re.search(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Mx)\.? $", text[max(0, m.start - 6):m.start])
        for m in surface.mentions)


SPEECH_VERBS = r"(?:said|says|added|adds|noted|notes|explained|explains|continued|stated|states)"


def speaks(surface: Surface, text: str) -> bool:
    """"added Schaffer" beside "Thomas Schaffer" and "Schaffer & Associates": a surname
    that every rule found saying something is the person's, though a firm bears it."""
    return bool(surface.mentions) and all(
        re.search(SPEECH_VERBS + r" $", text[max(0, m.start - 12):m.start])
        or re.match(" " + SPEECH_VERBS + r"\b", text[m.end:m.end + 12]) for m in surface.mentions)


def kin_of(name: str, people: set[str]) -> bool:
    """"Philip Lynch" beside "Denise Lynch": a given name and the surname of a person
    the text names make a person's name, whatever the model thought."""
    tokens = name.split()
    return len(tokens) in (2, 3) and fold(tokens[0]) in given_names() and any(
        p.split()[-1] == tokens[-1] and p != name for p in people)


def drop_non_people(kinds: dict[str, str], surfaces: dict[str, Surface], text: str,
                    common: set[str]) -> None:
    for name in [n for n, k in kinds.items() if k == PERSON]:
        if is_credential_after_name(surfaces[name], text) or (
                " " in name and not_a_person(name, surfaces[name], text, common)):
            del kinds[name]


def titled_before(surface: Surface, text: str) -> bool:
    """"ICA founder Jo Park", "by entrepreneur Jo Park": a job title right before a name
    that does not employ anyone after it ("Jo Park's CEO") makes it a person's."""
    for m in surface.mentions:
        before = re.search(r"(\w[\w\-]*) $", text[max(0, m.start - 30):m.start])  # no comma:
        after = text[m.end:m.end + 3]  # "Managing Director, Acme" is a title and its employer
        if before and bare(before.group(1)) in TITLE_HEADS - ORG_TITLES and not re.match(r"['’]", after):
            return True
    return False
