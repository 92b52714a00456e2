"""Finding and cleaning the names that may be organizations or people.

Every finder returns `Candidate`s: a span of the text, the type it suggests (or None
when it does not say) and the rule that found it. All spans pass through `refine`, which
cuts a span into the names it really holds: the model's spans carry headline verbs
("BILL Appoints"), job titles ("Partner Inflexion Fund"), whole lists ("UiPath, Zapier,
Pipe"), possessive phrases ("Brookfield's Super-Core Infrastructure") and line breaks.

A little over 600 lines: the span finders and `refine` are one set of rules (each
finder's spans are shaped for the cuts `refine` makes), so they stay together; finders
that read the sentence or the lines around a name are in context.py, legal names in
legal.py, the model's spans widened to whole names in spans.py.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..lexicon import (
    CALLS_TO_ACTION,
    HEADLINE_VERB_FORMS,
    MONTHS_AND_DAYS,
    NON_ORG_ACRONYMS,
    TITLE_HEADS,
)
from ..textutil import doc_text
from .coordination import splits_coordination
from .vocabulary import is_ordinary_word
from .words import (BARE_SUFFIXES, CONNECTORS, bare, find_all, is_head, is_legal_name,  # noqa: F401
                    is_title_word, leading_capitalized, starts_lower)

ORG, PERSON = "ORG", "PERSON"

# spaCy labels whose spans may be organizations or people in a press release: the small
# model often files a company under GPE, NORP or PRODUCT, so those spans are candidates
# without a type of their own.
SPACY_LABELS = {"ORG": ORG, "PERSON": PERSON, "GPE": None, "NORP": None, "PRODUCT": None,
                "FAC": None, "WORK_OF_ART": None}

# Parts of speech that cannot open or close a name: "With Acme Ventures", "Follow Acme".
NON_NAME_POS = frozenset("ADP DET ADV VERB AUX PRON SCONJ CCONJ PART INTJ PUNCT SYM NUM SPACE".split())
# Words that label a name rather than belong to it: "SOURCE Acme Inc.", "About Acme".
LABEL_WORDS = frozenset("source about contact contacts follow visit via".split())
# Words a name never opens with: a label, or "former" before a title.
LEADING_LABELS = LABEL_WORDS | {"former"}
BREAK_CHARS = set("()[]{}|;:“”\"/\\<>•·–—")
POSSESSIVES = {"'s", "’s", "'", "’"}
# Words that open a job title ("Senior Consulting Geologist"), never a company's name.
SENIORITY = frozenset("senior junior chief deputy assistant associate executive vice managing "
                      "acting interim principal".split())
TRADEMARKS = "®™℠©*"

# "(NASDAQ: ACME)", "(NYSE American: ACM; TSX: ACM)", "(TSX.V: ACM)": an exchange code in
# capitals (or a market written in words) and a symbol.
EXCHANGE = r"(?:[A-Z][A-Z\-]{1,9}(?:\.[A-Z]{1,2})?|Nasdaq|Euronext|Xetra|OTC Pink|OTC Markets)(?: [A-Z][A-Za-z]*)?"
TICKER_RE = re.compile(
    r"\(" + EXCHANGE + r" ?: ?[A-Z][A-Z0-9.\-]{0,9}"
    r"(?:[;,] ?" + EXCHANGE + r" ?: ?[A-Z][A-Z0-9.\-]{0,9}){0,3}\)"
)
ABOUT_RE = re.compile(r"^[ \t]*About (?:the )?([A-Z][^\n]{1,80}?)[ \t]*:?[ \t]*$", re.M)
# "About Acme Acme delivers...": a heading run into its paragraph repeats the name.
ABOUT_RUN_IN_RE = re.compile(r"^[ \t]*About (?:the )?((?:[A-Z][\w&.\-]{0,40} ){0,5}?[A-Z][\w&.\-]{0,40}) \1\b",
                             re.M)
# Verbs that follow the issuer in a headline: "Acme Announces ...", "Acme Partners With ...".
HEADLINE_VERBS = frozenset("""announces announced launches launched partners partner appoints
    names adds reports secures raises brings acquires acquire expands introduces unveils
    completes signs joins welcomes awards receives releases opens debuts celebrates selects
    enters agrees achieves wins closes files declares elects hires promotes to""".split())
EMAIL_RE = re.compile(r"\b[\w.+-]{1,64}@([A-Za-z0-9-]{1,63})\.[A-Za-z.]{2,20}")
# A run of capitalized words on one line, with the small words names hold inside.
RUN_RE = re.compile(
    r"(?<![\w\-.&’'])[A-Z][\w\-.&]{0,40}(?:['’][A-Za-z]{1,3})?"
    r"(?:(?: (?:of|for|on|in|and|&|the|de|du|des|la)){0,3} [A-Z0-9][\w\-.&]{0,40}(?:['’][A-Za-z]{1,3})?"
    r"|,? (?:Inc|LLC|LLP|Ltd|Corp|Co|PLC|L\.P|S\.A|N\.V|PLLC|LPA|L\.P\.A|P\.C)(?![\w\-])\.?)*"
)


class Candidate(NamedTuple):
    start: int
    end: int
    label: str | None
    rule: str


# ---------------------------------------------------------------------------------------
# Refining a span into the names it holds
# ---------------------------------------------------------------------------------------

def refine(doc, start: int, end: int, label: str | None, rule: str) -> list[Candidate]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    tokens = list(span)
    keep_commas = is_legal_name(span.text) or label == PERSON
    keep_small = is_legal_name(span.text) and label != PERSON
    # (tokens, keeps the label): a fragment after a lowercase word ("Institute is
    # Co-Directed") or a possessive ("Brookfield's Super-Core Infrastructure") is no
    # longer what the finder vouched for
    parts: list[tuple[list, bool]] = [([], True)]
    nickname_until = -1
    first_word = re.match(r"[\w\-]*", span.text).group()  # "Pre-Register" is three tokens
    if label != PERSON and first_word.casefold() in CALLS_TO_ACTION and len(tokens) > 1 \
            and first_word[:1].isupper():
        return []  # "Join Our Telegram Group", "Pre-Register Now": a call to action
    for i, tok in enumerate(tokens):
        text = tok.text
        current = parts[-1][0]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        # "Ken-ichiro (Nobu) Tanaka": a nickname in brackets sits inside a person's name
        if label == PERSON and text == "(" and current and i + 3 < len(tokens) \
                and tokens[i + 1].text[:1].isupper() and tokens[i + 2].text == ")":
            nickname_until = i + 2
        if i <= nickname_until:
            current.append(tok)
            continue
        hyphenated = i > 0 and not tokens[i - 1].whitespace_ and (
            tokens[i - 1].text == "-" or text == "-")
        if hyphenated and text.casefold() in {"based", "headquartered", "owned", "backed", "led"}:
            parts[-1] = ([], True)  # "US-based Acme LLC": the place is not part of the name
        elif hyphenated:
            current.append(tok)
        elif tok.is_sent_start and current:
            parts.append(([tok], True))
        elif (tok.is_space or "\n" in text or "@" in text or text.startswith("www.")
              or any(ch in BREAK_CHARS for ch in text) or text in {".", "!", "?"}
              or (text == "," and not keep_commas)
              or (text in {"and", "&"} and current and nxt is not None
                  and splits_coordination(current, tokens[i + 1:], rule.startswith("ner:")))):
            parts.append(([], True))
        elif label != PERSON and bare(text) in HEADLINE_VERB_FORMS and text[:1].isupper() \
                and not is_head(text):
            parts.append(([], False))  # "Acme Completes Merger", "Bitcoin Hits": a verb ends a name
        elif text == "The" and current and label != PERSON and not tok.is_sent_start \
                and current[-1].text not in {"In", "Of", "And", "For", "On", "At", "To", "&"}:
            # "Sales The Nuvo Group, Inc.", "Ventures The Beckham Hotel": a heading or a
            # list run into the next name ("In The Black Network" and "Nguyen The Anh" aside)
            parts.append(([tok], True))
        elif text in POSSESSIVES and current and (
                len(current) == 1 and is_title_word(current[0].text)
                or current[0].text in {"St.", "St", "Saint"}
                or (label != PERSON and owner_inside_name(doc, current, tok, tokens[i + 1:]))):
            # "President's Review Group", "St. Anne's Medical Center": a title or a saint
            # owns no name of its own; nor does "Ripley" in "Ripley's Aquarium of Canada"
            current.append(tok)
        elif text in {"'", "’"} and current and current[-1].text.endswith("s") \
                and nxt is not None and nxt.text[:1].isupper():
            current.append(tok)  # "Ontario Teachers' Pension Plan": a plural owner inside a name
        elif text in POSSESSIVES and current:
            parts.append(([], False))
        elif current and bare(text) in TITLE_HEADS and (label != PERSON or (
                nxt is not None and is_title_word(nxt.text))):
            # "Acme Holdings CEO Jane Doe", "Acme Chief Executive": a title ends a name
            # (a person's only when a second title word follows: "Amy Dean" is a name)
            if label != PERSON and len(current) <= 2 and bare(current[0].text) in SENIORITY:
                current.clear()  # "Senior Consulting Geologist": all of it is the title
            elif label != PERSON:
                del current[title_after_and(current):]
            parts.append(([], False))
        elif current and is_legal_name(current[-1].text) and text[:1].isupper() \
                and bare(text) not in BARE_SUFFIXES:
            parts.append(([tok], True))  # "... Co., Ltd. WBB Securities LLC": a suffix ends a name
        elif text in CONNECTORS and nxt is not None and (
                bare(nxt.text) in MONTHS_AND_DAYS or re.fullmatch(r"(?:19|20)\d\d", nxt.text)):
            parts.append(([], False))  # "Acme Fund in January", "... in 2020": a date is no part of a name
        elif current and (text == "in" or (text == "of" and is_legal_name(current[-1].text))) \
                and place_follows(tokens[i + 1:]):
            # "Acme Medical School in Springfield", "Patriot Investment Corp. of South
            # Easton": where a body is, is no part of its name
            parts.append(([], False))
        elif text == "at" and campus_follows(current, tokens[i + 1:]):
            current.append(tok)  # "University of California at San Francisco": one campus's name
        elif starts_lower(text) and text not in CONNECTORS and current and not (
                keep_small and text in INNER_SMALL_WORDS and nxt is not None and nxt.text[:1].isupper()):
            parts.append(([], False))  # "Road to Responsibility, Inc." keeps its "to"
        else:
            current.append(tok)
    parts = [piece for part in parts for piece in split_person_of_org(part, label)]
    out = []
    for part, vouched in parts:
        trimmed = trim_tokens(part, label)
        if not trimmed:
            continue
        described = described_name_start(trimmed) if label != PERSON else 0
        trimmed = trimmed[described:]
        if label != PERSON and one_of_its_units(trimmed):
            trimmed = trimmed[:-1]  # "a UC College with ...": one of UC's colleges, named by UC
        s, e = trimmed[0].idx, trimmed[-1].idx + len(trimmed[-1].text)
        # The span's own text, not doc.text: spaCy rebuilds doc.text from every token on
        # each access, which made this loop quadratic in the document's length.
        name = doc[trimmed[0].i:trimmed[-1].i + 1].text
        while e > s and name[e - s - 1] in TRADEMARKS + ",":
            e -= 1
        lead = len(name) - len(name.lstrip("-—–*•"))  # "--Acme Corp." after a dateline's dashes
        s += lead + heading_run_in(name[lead:])
        if e > s and (vouched or any(is_head(t.text) for t in trimmed)):
            out.append(Candidate(s, e, label or ORG, "descriptor") if described else Candidate(s, e, label, rule))
    return out


# Small words a company's legal name may hold between capitalized words ("Road to
# Responsibility, Inc.", "Bridges to Recovery LLC"): kept only when a legal form ends the
# span, the one sign that the words before it are all the name.
INNER_SMALL_WORDS = frozenset("to with without against from by".split())
# Owners that make a generic name ("Children's Hospital", "Women's Health Network").
GENERIC_OWNERS = frozenset("children women men people veterans kids teachers workers".split())


def owner_inside_name(doc, current: list, tok, rest: list) -> bool:
    """"Ripley's Aquarium of Canada", "Children's Hospital of Ohio": a one- or two-word owner
    whose possessive is part of a body's name (what follows has a head word or `of`),
    since the text never writes the owner alone. "Brookfield's Super-Core
    Infrastructure" is cut: Brookfield stands alone elsewhere; "Acme's Board" is Acme's,
    and so is "Cornell's School of Law", a name of its own."""
    after = leading_capitalized(rest)
    if not 1 <= len(current) <= 2 or tok.text not in {"'s", "’s"} or not after or is_title_word(after[0].text) \
            or is_legal_name(current[-1].text) or (len(current) == 2 and is_head(current[-1].text)) \
            or any(t.ent_type_ in {"GPE", "LOC", "NORP"} for t in current) \
            or bare(after[0].text) in GOVERNING_BODIES or (current[0].i > 0 and bare(
                current[0].nbor(-1).text) in {"st", "saint"}) \
            or (is_head(after[0].text) and len(after) > 1 and after[1].lower_ in {"of", "for"}) \
            or not any(is_head(t.text) or t.lower_ == "of" for t in after[1:] or after):
        return False
    owner = doc[current[0].i:current[-1].i + 1].text
    if owner.casefold() in GENERIC_OWNERS:
        return True
    if not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", owner):
        return False  # "SenseTime's Guoxiang Capital": a brand owns a name of its own
    text = doc_text(doc)
    owned = doc[after[0].i:after[-1].i + 1].text
    return all(text[e:e + 2] in {"'s", "’s"} for _, e in find_all(text, owner)) and all(
        text[max(0, s - 3):s - 1] in {"'s", "’s"} for s, _ in find_all(text, owned))


def described_name_start(tokens: list) -> int:
    """"Sweden's Innovation Agency Vinnova": after a possessive, a capitalized description
    that ends in a head word, then one word that is the name itself."""
    first = tokens[0]
    if len(tokens) < 3 or first.i == 0 or first.nbor(-1).text not in {"'s", "’s"} \
            or not is_head(tokens[-2].text) or is_head(tokens[-1].text) \
            or bare(tokens[-1].text) in BARE_SUFFIXES or not tokens[-1].text[:1].isupper() \
            or any(not t.text[:1].isupper() for t in tokens) or tokens[-1].lower_ in PLACE_NOUNS \
            or any(t.lower_ == tokens[-1].lower_ and t.is_lower for t in first.doc):
        return 0  # "Alaska's Ambler Mining District": an ordinary word is no agency's name
    return len(tokens) - 1


PLACE_NOUNS = frozenset("district region county valley basin belt park project zone area state "
                        "province city town island trend camp".split())


UNIT_HEADS = frozenset("college school department office center centre division unit company "
                       "team lab subsidiary".split())


def one_of_its_units(tokens: list) -> bool:
    """"a UC College", "an Alphabet Company": after `a`, a name and a generic unit is one
    unit of the body the name names, not a name (unless a noun follows, whose article it
    is: "a Boston Consulting Group report"). Ordinary words ("a Comprehensive Stroke
    Center") name a kind of thing, which the kinds step drops whole."""
    last = tokens[-1]
    return len(tokens) >= 2 and tokens[0].i > 0 and tokens[0].nbor(-1).lower_ in {"a", "an"} \
        and last.lower_ in UNIT_HEADS and last.text[:1].isupper() \
        and not all(is_ordinary_word(t.text) for t in tokens[:-1]) and not (
            last.i + 1 < len(last.doc) and last.nbor(1).pos_ in {"NOUN", "PROPN"})


def heading_run_in(name: str) -> int:
    """Where the name really starts when a heading ran into the text under it without a
    break: "StonegateStonegate Capital Partners", "Tevard BiosciencesTevard Biosciences",
    "FELIQSFELIQS". Text scraped from web pages loses the line between them."""
    doubled = re.match(r"([A-Z0-9][\w&\-]{2,}?)\1(?!\w)", name)
    if doubled:
        return len(doubled.group(1))
    for seam in re.finditer(r"(?<=[a-z0-9.])(?=[A-Z])", name):
        left, right = name[:seam.start()], name[seam.start():]
        word = left.split()[-1] if left.split() else ""
        if len(word) >= 3 and (right.startswith(left) or right.startswith(word + " ")
                               or right == word):
            return seam.start()
    return 0


def title_after_and(current: list) -> int:
    """Where a body's name ends when a second title's words follow it after `and`:
    "Researcher at the Institute of Visual Arts and Graduate Supervisor at ...". The words
    after the last `and` are ordinary ones and the words before it hold a head word; a
    name whose `and` joins names ("Johnson and Johnson") has no head word before it."""
    ands = [k for k, t in enumerate(current) if t.text == "and"]
    if not ands:
        return len(current)
    k = ands[-1]
    after = current[k + 1:]
    if after and all(t.text[:1].isupper() and is_ordinary_word(t.text) and not is_head(t.text) for t in after) \
            and any(is_head(t.text) for t in current[:k]):
        return k
    return len(current)


def campus_follows(current: list, rest: list) -> bool:
    """Whether `at` joins a university to the campus it names: "University of Illinois at
    Chicago", "State University of New York at Buffalo". The words before `at` end in
    `University of` and a capitalized place, and what follows to the span's end is one to
    three capitalized words up to the span's end or a small word (the `and` of a list): a
    campus, not a venue after a longer phrase ("... at the Expo")."""
    words = [t.text for t in current]
    if "University" not in words or "of" not in words[words.index("University"):]:
        return False
    after_of = words[words.index("of", words.index("University")) + 1:]
    if not 1 <= len(after_of) <= 3 or not all(w[:1].isupper() for w in after_of):
        return False
    run = 0
    while run < len(rest) and (rest[run].text[:1].isupper() or rest[run].text == "-"):
        run += 1
    return 1 <= run <= 3 and (run == len(rest) or rest[run].text in {"and", ","})


def place_follows(tokens: list) -> bool:
    """Whether the capitalized words that open `tokens` are all a place the model knows."""
    run = []
    for tok in tokens:
        if not tok.text[:1].isupper():
            break
        run.append(tok)
    return bool(run) and all(t.ent_type_ in {"GPE", "LOC"} for t in run)


def split_person_of_org(part: tuple[list, bool], label: str | None) -> list[tuple[list, bool]]:
    """"Ian McAllister of Platte State University": a person's name, `of`, and the
    organization they come from, read by the model as one organization."""
    tokens, vouched = part
    if label == PERSON:
        return [part]
    lead = 0
    while lead < len(tokens) and is_title_word(tokens[lead].text):
        lead += 1  # "Professor Ian McAllister of ..."
    for i, tok in enumerate(tokens):
        if tok.lower_ == "of" and 2 <= i - lead <= 3:
            left, right = tokens[lead:i], tokens[i + 1:]
            before = left[0].nbor(-1) if left[0].i > 0 else None
            titled = before is not None and is_title_word(before.text)
            if all(t.text[:1].isupper() and not is_head(t.text) and not is_title_word(t.text)
                   and t.ent_type_ != "GPE" for t in left) \
                    and (titled or any(t.ent_type_ == "PERSON" for t in left)) \
                    and any(is_head(t.text) for t in right):
                return [(left, False), (right, vouched)]
            break
    return [part]


GOVERNING_BODIES = frozenset("board boards governors directors trustees regents".split())
# Nouns that open a phrase about an organization, not its name: "On Behalf of the Board
# of Acme Corp.", "Courtesy of Acme", "a Division of Acme Holdings".
OF_PHRASES = frozenset("behalf courtesy division subsidiary affiliate".split())
TITLE_LEAD_WORDS = GOVERNING_BODIES | OF_PHRASES


def strip_title_prefix(tokens: list) -> list:
    """"Vice-Chancellor of Lincoln University", "Board of Governors of the Acme Institute":
    a title, or a governing body, `of` an organization is not part of its name; nor is
    the department of a title ("VP of Marketing for Acme Foods Co.")."""
    while True:
        i = 0
        while i < len(tokens) and (is_title_word(tokens[i].text) or tokens[i].text == "-"
                                   or bare(tokens[i].text) in TITLE_LEAD_WORDS
                                   or (tokens[i].lower_ == "of" and i > 0)):
            i += 1
        i = after_department(tokens, i)
        if not 0 < i < len(tokens) or tokens[i - 1].lower_ not in {"of", "at", "for"}:
            if 0 < i < len(tokens) and tokens[i].lower_ == "at":
                i += 1
            else:
                return tokens
        if i < len(tokens) and tokens[i].lower_ == "the":
            i += 1
        rest = tokens[i:]
        # "Board of Education" is a name: keep it unless a real name remains
        if not rest or (len(rest) == 1 and not is_head(rest[0].text)):
            return tokens
        tokens = rest


def after_department(tokens: list, i: int) -> int:
    """Where the organization starts when a title's department sits between the title
    and it: "VP of [Marketing] for Acme", "Head of [Research and Development] for Acme".
    The department holds no head word ("Director of the Institute for ..." is a body)."""
    if not 0 < i < len(tokens) or tokens[i - 1].lower_ != "of" or not is_title_word(tokens[0].text):
        return i
    for j in range(i, min(i + 5, len(tokens) - 1)):
        if tokens[j].lower_ == "for" and j > i and tokens[j + 1].text[:1].isupper():
            return j + 1
        if is_head(tokens[j].text) or not (tokens[j].text[:1].isupper() or tokens[j].text in {"&", "and"}):
            break
    return i


def glued_date(token: str) -> bool:
    """A month's abbreviation glued by its dot to a day ("Aug.13"): scraped text runs a
    dateline's date into the name before it ("MOTC Aug.13 announced")."""
    m = re.fullmatch(r"([A-Za-z]{3,4})\.(\d{1,2})(?:st|nd|rd|th)?", token)
    return bool(m) and bare(m.group(1)) in MONTHS_AND_DAYS


def trim_tokens(tokens: list, label: str | None) -> list:
    """Drop what opens or closes a span without belonging to a name."""
    if label != PERSON:
        tokens = strip_title_prefix(tokens)
    while tokens:
        tok = tokens[0]
        opens_sentence = tok.is_sent_start or tok.i == 0 or "\n" in tok.nbor(-1).text \
            or tok.nbor(-1).is_quote or tok.nbor(-1).is_left_punct
        # a person's name sheds any title ("Chief Executive Jane Doe"); an organization's
        # only a job ("Partner Acme Capital"), since "National" or "Global" may open it
        title = is_title_word(tok.text) if label == PERSON else bare(tok.text) in TITLE_HEADS
        if title and len(tokens) > 1 and tokens[1].text in POSSESSIVES:
            title = False  # "President's Review Group" keeps its owner
        if (tok.is_punct or starts_lower(tok.text) or bare(tok.text) in LEADING_LABELS
                or tok.text in POSSESSIVES
                or title or tok.text.lower() == "the"
                or re.search(r"-(?:based|headquartered|owned|backed|led|born)$", tok.text)
                # "In November of 2024 the Company", "2Q25 the Company": a date before a name
                or (re.search(r"\d", tok.text) and len(tokens) > 1 and (tokens[1].lower_ == "the" or (
                    tok.text.isdigit() and len(tokens) == 2 and is_legal_name(tokens[1].text))))
                or (opens_sentence and len(tokens) > 1 and tok.pos_ in NON_NAME_POS)):
            tokens = tokens[1:]
        else:
            break
    if label != PERSON:
        tokens = strip_title_prefix(tokens)  # once more, after "On" in "On Behalf of ..."
    while tokens:
        tok = tokens[-1]
        if (tok.is_punct and tok.text != ".") or tok.text in CONNECTORS or starts_lower(tok.text) \
                or glued_date(tok.text) \
                or (label != PERSON and bare(tok.text) in TITLE_HEADS and len(tokens) > 1
                    and not is_head(tok.text)):
            tokens = tokens[:-1]
        else:
            break
    return tokens


# ---------------------------------------------------------------------------------------
# Finders
# ---------------------------------------------------------------------------------------

def ner_candidates(doc) -> list[Candidate]:
    out = []
    for ent in doc.ents:
        if ent.label_ in SPACY_LABELS:
            out.extend(refine(doc, ent.start_char, ent.end_char, SPACY_LABELS[ent.label_],
                              f"ner:{ent.label_}"))
    return out


def run_candidates(doc) -> list[Candidate]:
    """Capitalized phrases that hold an organization head word or a legal suffix:
    "Beyond Next Ventures Inc.", "Federal Energy Regulatory Commission"."""
    out = []
    text = doc_text(doc)
    for start, end in campus_runs(text, [m.span() for m in RUN_RE.finditer(text)]):
        for cand in refine(doc, start, end, ORG, "org-head"):
            tokens = text[cand.start:cand.end].split()
            if any(is_head(t) for t in tokens):
                out.append(cand)
    return out


CAMPUS_LEFT_RE = re.compile(r"\bUniversity of [A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}$")


def campus_runs(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs, with a university's run joined to the campus run after its `at`
    ("University of Texas" + "at" + "Austin"): `refine` keeps that `at` (see
    `campus_follows`), and the campus alone is no name ("Austin and Rice University")."""
    out: list[tuple[int, int]] = []
    for start, end in runs:
        if out and text[out[-1][1]:start] == " at " and CAMPUS_LEFT_RE.search(text, out[-1][0], out[-1][1]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def name_before(text: str, pos: int) -> tuple[int, int] | None:
    """The span of capitalized words that ends just before `pos`, within its line and
    after any wire credit or bracket ("SAN JOSE, Calif.--(BUSINESS WIRE)--Acme (NYSE: X)")."""
    line_start = text.rfind("\n", 0, pos) + 1
    end = pos
    while end > line_start and text[end - 1] in " ,":
        end -= 1
    window_start = line_start
    for i in range(end - 1, line_start - 1, -1):
        if text[i] in BREAK_CHARS or text[i - 1:i + 1] == "--":
            window_start = i + 1
            break
    start = end
    for m in reversed(list(re.finditer(r"\S+", text[window_start:end]))):
        tok = m.group()
        if not (tok[:1].isupper() or tok in {"&", "and", "of", "for"} or bare(tok) in BARE_SUFFIXES):
            break
        if tok.endswith((".", ";", ":", ")")) and start != end and bare(tok) not in BARE_SUFFIXES:
            break
        start = window_start + m.start()
    return (start, end) if end > start else None


def ticker_candidates(doc) -> tuple[list[Candidate], dict[int, tuple[str, str, int, int]]]:
    """`Acme Robotics, Inc. (NASDAQ: ACME)`: the name before a ticker is an organization.
    Returns the candidates and, by candidate start, the ticker (exchange, symbol, span)."""
    out, tickers = [], {}
    text = doc_text(doc)
    for m in TICKER_RE.finditer(text):
        span = name_before(text, m.start())
        if not span:
            continue
        found = refine(doc, span[0], span[1], ORG, "ticker")
        if found:
            cand = found[-1]
            out.append(cand)
            exchange, _, symbol = m.group()[1:-1].partition(":")
            symbol = re.split(r"[;,]", symbol)[0].strip()
            tickers[cand.start] = (exchange.strip(), symbol, m.start() + 1, m.end() - 1)
    return out, tickers


def about_candidates(doc) -> list[Candidate]:
    """`About Acme` headings open the boilerplate of the organizations behind a release."""
    out = []
    for m in ABOUT_RE.finditer(doc_text(doc)):
        if len(m.group(1).split()) <= 8 and not m.group(1).rstrip().endswith("."):
            out.extend(refine(doc, m.start(1), m.end(1), ORG, "about-section")[:1])
    for m in ABOUT_RUN_IN_RE.finditer(doc_text(doc)):
        out.extend(refine(doc, m.start(1), m.end(1), ORG, "about-section")[:1])
    return out



def title_subject_candidates(doc) -> list[Candidate]:
    """The subject of a headline is its issuer: "Acme Robotics Announces ...". The first
    line is Title Case, so the verb, not capitalization, marks where the name ends."""
    text = doc_text(doc)
    first = re.search(r"\S[^\n]*", text)
    if not first:
        return []
    words = list(re.finditer(r"\S+", first.group()))
    for i, w in enumerate(words[1:7], start=1):
        if w.group().casefold() in HEADLINE_VERBS:
            end = first.start() + words[i - 1].end()
            return refine(doc, first.start(), end, ORG, "title-subject")[:1]
    return []


def email_domains(text: str) -> set[str]:
    return {re.sub(r"[^a-z0-9]", "", m.group(1).casefold()) for m in EMAIL_RE.finditer(text)}


def is_acronym_of_field(name: str) -> bool:
    word = bare(name)
    return word in NON_ORG_ACRONYMS or word.rstrip("s") in NON_ORG_ACRONYMS


# A comma list of capitalized names: "Camcode Global, LMT Defense, Raytheon and SAP".
LIST_NAME = r"(?:[A-Z]|[a-z][A-Z])[\w\-&’']{0,40}(?:(?: (?:of|&|for|de))? [A-Z][\w\-&’']{0,40}){0,5}"
LIST_RE = re.compile(
    r"(?<![\w\-&’'])(" + LIST_NAME + r")((?:, " + LIST_NAME + r"){1,30}),? (?:and|&) (?:[a-z]+ ){0,3}("
    + LIST_NAME + r")"
    r"|(?<![\w\-&’'])(" + LIST_NAME + r")((?:, " + LIST_NAME + r"){2,30})"
)


def name_lists(text: str) -> list[list[tuple[int, int]]]:
    """The items of every comma list of capitalized names, as spans."""
    out = []
    for m in LIST_RE.finditer(text):
        items = [(n.start(), n.end()) for n in re.finditer(LIST_NAME, m.group())]
        out.append([(m.start() + s, m.start() + e) for s, e in items])
    return out


def matched(doc, pattern: re.Pattern, label: str | None, rule: str,
            keep: slice = slice(None)) -> list[Candidate]:
    """The names in group 1 of every match of `pattern`, refined; `keep` picks which of
    the names one match may hold (the first, the last, all)."""
    out = []
    for m in pattern.finditer(doc_text(doc)):
        out.extend(refine(doc, m.start(1), m.end(1), label, rule)[keep])
    return out


FIRST, LAST = slice(0, 1), slice(-1, None)
