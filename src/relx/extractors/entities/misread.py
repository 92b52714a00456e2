"""Names the model misreads on releases nobody tuned the rules for.

Each rule here answers one kind of error seen on held-out releases, in words a reader of
any release would agree with: a person announcing in a headline is still a person; a
single word the model guessed once is a body when the text uses it as one ("Disney's
film", "acquired by Mercedes-Benz"); an occupation in Title Case ("our expert
Naturopathic Doctor") is a job, not a body.
"""
from __future__ import annotations

import re

from ..lexicon import DEPARTMENT_WORDS, TITLE_HEADS
from .candidates import ORG, PERSON, bare, is_head, is_legal_name
from .evidence import is_code_word
from .ordinary import WEAK_ORG_RULES
from .shapes import looks_like_person
from .surfaces import Surface, find_all
from .vocabulary import ABSTRACT_ENDING_RE, given_names, is_ordinary_phrase, is_ordinary_word


def announced_person(surface: Surface, evidence: int) -> bool:
    """A name that opens with a given name, that the model reads as a person's more often
    than as a body's, and that only a headline's subject or an announcing verb makes a
    body ("Jane Doe Announces Candidacy", "Jane Doe Launches ...") is a person's."""
    name = surface.text
    weak = 2 * len(surface.rules & WEAK_ORG_RULES)
    return bool(weak) and evidence - weak < 3 and " " in name and looks_like_person(name) \
        and surface.votes[PERSON] >= 2 and surface.votes[PERSON] > surface.votes[ORG] \
        and not is_legal_name(name) and name.split()[0].casefold() in given_names()


def lone_guess(surface: Surface, text: str = "", name_parts: frozenset[str] | set[str] = frozenset()) -> bool:
    """One ordinary capitalized word that the model called an organization once and no
    other rule supports ("Christchurch", "Magazine") is more often a place or a thing than
    a company. Acronyms and names with inner capitals ("HotPads") are kept, and so is a
    word the text uses as a body there ("Disney's “Bella Notte”", "acquired by
    Mercedes-Benz"), unless it is a person's name ("said Meg", "Biden's order")."""
    word = surface.text
    only_model = all(r.startswith("ner:") or r == "string-match" for r in surface.rules)
    if not (only_model and len(surface.mentions) <= 1 and word[:1].isupper()
            and not word.isupper() and not re.search(r"[a-z][A-Z]", word)):
        return False
    return not ("ner:ORG" in surface.rules and not is_ordinary_phrase(word) and not is_code_word(word)
                and word.casefold() not in given_names() and word.casefold() not in name_parts
                and any(acts_as_a_body(text, m.start, m.end) for m in surface.mentions))


# Before a body: what it does to, for or with something ("acquired by Acme", "reported by
# Acme", "streaming on Acme", "a deal with Acme").
AGENT_BEFORE_RE = re.compile(r"\b(?:(?:acquired|owned|backed|funded|operated|reported|published|developed|made|"
                             r"manufactured|produced|distributed|launched|sponsored|presented) by|"
                             r"(?:deal|partnership|agreement|contract) with|(?:reported|featured|published) in|"
                             r"(?:available|streaming|airing) on) (?:the )?$")
# After a body: a possessive with a thing it owns, small or quoted ("Acme’s “Summer Nights”",
# "Acme's new app"); a capital after it is as often a person's thing ("Jo's Gate").
OWNS_AFTER_RE = re.compile(r"(?:'s|’s) (?:[“\"]|(?:new|latest|own|flagship|popular|hit) )")


def acts_as_a_body(text: str, start: int, end: int) -> bool:
    """Whether the words around one mention make it a body's."""
    return bool(AGENT_BEFORE_RE.search(text[max(0, start - 40):start]) or OWNS_AFTER_RE.match(text, end))


# Words for a job or a calling besides the lexicon's job titles. (`nameparser`'s titles
# are too many to serve: "king", "state", "us".)
OCCUPATIONS = TITLE_HEADS | frozenset("""doctor physician nurse therapist surgeon dentist chef coach
    pharmacist practitioner lawyer accountant realtor planner trainer instructor teacher educator
    counselor counsellor psychologist psychiatrist chiropractor nutritionist dietitian""".split())


def a_job_not_a_body(name: str) -> bool:
    """Ordinary words ending in a word for a job ("Naturopathic Doctor", "Certified Nurse",
    "Senior Partner") name an occupation, not a body: no head word for a body in it, no
    legal form."""
    words_ = name.split()
    return len(words_) >= 2 and bare(words_[-1]) in OCCUPATIONS and words_[-1][1:].islower() \
        and all(is_ordinary_phrase(w) or ADJECTIVE_RE.fullmatch(w) for w in words_[:-1]) \
        and not is_legal_name(name) and not any(is_head(w) for w in words_)


# An adjective the dictionary may lack, by its ending: "Naturopathic", "Holistic",
# "Integrative", "Chiropractic".
ADJECTIVE_RE = re.compile(r"[A-Z][a-z]+(?:ic|al|ive|ary|ous)")


def written_small_elsewhere(name: str, text: str) -> bool:
    """Words that the text also writes in lower case as a phrase ("Blockchain
    Technology" in a headline, "blockchain technology" in the body) are a common noun
    phrase capitalized by a headline or for emphasis, not a body's name."""
    words_ = name.split()
    # (the words need not be in the dictionary: "blockchain" is not; the phrase written
    # small is the evidence)
    if len(words_) < 2 or not all(re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)*|of|and|&|for|the|in", w) for w in words_):
        return False
    # (a unit after a job title is the title's: "Head of Research and Development", and
    # a department rule decides it with the title's words)
    if any((t := re.search(r"(\S+) (?:of|for) (?:the )?$", text[max(0, s - 40):s])) and bare(t.group(1)) in TITLE_HEADS
           for s, _ in find_all(text, name)):
        return False
    small = r"\s+".join(re.escape(w.casefold()) for w in words_)
    return bool(re.search(r"(?<![\w\-])" + small + r"(?![\w\-])", text))


# Words that end a headline's subject when a verb comes next: "Acme Set to Launch",
# "Acme Poised to Lead": the word belongs to the verb, not to the name.
HEADLINE_LINKS = frozenset("set poised ready slated expected due likely".split())


def headline_fragment(surface: Surface, text: str, common: set[str]) -> bool:
    """A headline's subject that is no name: a word of the verb phrase run into it ("Acme
    Set" of "Acme Set to Disrupt"), or one ordinary word the text writes small elsewhere
    ("Care" of "Care to Make a Mark") that nothing but the headline puts forward."""
    if not surface.rules <= {"title-subject"} | {r for r in surface.rules if r.startswith("ner:")} \
            or "title-subject" not in surface.rules:
        return False
    words_ = surface.text.split()
    if len(words_) > 1 and bare(words_[-1]) in HEADLINE_LINKS and all(
            text[m.end:m.end + 4] == " to " for m in surface.mentions):
        return True
    return len(words_) == 1 and len(surface.mentions) <= 1 and words_[0].casefold() in common \
        and is_ordinary_word(words_[0])


# A job title and `of`/`for` before a unit: "Director of Innovation & Entrepreneurship".
TITLE_OF_RE = re.compile(r"(\S+) (?:of|for) (?:the )?$")
# The employer after the unit: ", Round Rock Chamber", " at Acme".
EMPLOYER_AFTER_RE = re.compile(r"(?:,| at| with) (?:the )?[A-Z]")


def unit_after_a_title(surface: Surface, text: str) -> bool:
    """Ordinary words written only between a job title's `of` and the employer are the
    title's field, not a body: "Director of Innovation & Entrepreneurship, Round Rock
    Chamber", "Head of Customer Experience at Acme"."""
    mentions = surface.mentions or []
    # (only words for a field or a function: "Zero Waste Canada" after "President of" is a body)
    fields = [w for w in surface.text.split() if w.casefold() not in {"of", "and", "&", "for", "the"}]
    if not mentions or not fields or is_legal_name(surface.text) or any(is_head(w) for w in fields) \
            or not all(bare(w) in DEPARTMENT_WORDS or ABSTRACT_ENDING_RE.fullmatch(w.casefold()) for w in fields):
        return False
    for m in mentions:
        title = TITLE_OF_RE.search(text[max(0, m.start - 40):m.start])
        if not (title and bare(title.group(1)) in TITLE_HEADS and EMPLOYER_AFTER_RE.match(text, m.end)):
            return False
    return True


# A line of business is owned and then named for what it is: "the Company’s Asian
# Healthcare business", "its Consumer Lending segment".
LINE_BEFORE_RE = re.compile(r"(?:['’]s|\b(?:its|their|our)) $")
LINE_AFTER_RE = re.compile(r" (?:business|businesses|segment|segments|division|unit|arm|franchise|portfolio)\b")


def a_line_of_business(surface: Surface, text: str) -> bool:
    """Ordinary words between an owner and `business` or `segment` name a part of the
    owner's trade, not a body of its own ("the Company’s Asian Healthcare business"). A
    coined name there is a subsidiary's ("Alphabet’s Waymo unit") and is kept."""
    mentions = surface.mentions or []
    return bool(mentions) and " " in surface.text and is_ordinary_phrase(surface.text) and all(
        LINE_BEFORE_RE.search(text[max(0, m.start - 8):m.start]) and LINE_AFTER_RE.match(text, m.end)
        for m in mentions)
