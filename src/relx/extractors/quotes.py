"""Direct quotations and their speakers.

Three passes, each small enough to reason about on its own:

1. `find_quote_spans` scans the quotation marks of each paragraph once, left to
   right, and pairs them.  A mark's direction is read from its neighbours (space
   before it opens, space or punctuation after it closes) before its glyph, because
   press releases are full of straight marks and of curly marks typed the wrong way
   round.  Trouble is repaired at the paragraph, never by dropping the document.
2. `is_direct_quote` keeps spans that read as speech and drops scare quotes, titles,
   product names, example queries (`such as "..." or "..."`, `users can ask "..."`)
   and nicknames.
3. `Attribution` finds the speaker *mention* around each quote (the subject of the
   speech verb, the name after an inverted `said`, a colon introduction, a name line,
   a pronoun, a title), trying the quote's own sentence before the paragraph around
   it, and `resolve` turns that mention into a canonical name: pronouns through the
   people last named as subjects (a title used as a subject, `The CEO noted ...`,
   counts through the roles), titles through the roles, a document (`the report
   says`) through the organization that published it, names through
   `canonical_speaker`.  That last function is the only place that knows how the
   entity lists are shaped, so it keeps working as the entity extractor improves.

Every quote's `rule` reads `<how the marks were paired>/<how the speaker was found>`,
e.g. `multi-paragraph/previous-paragraph`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from functools import lru_cache

from ..model import Organization, Person, Quote, Role

# --------------------------------------------------------------------------- marks


@dataclass(frozen=True, slots=True)
class Glyphs:
    """One family of quotation marks: opening glyphs, closing glyphs, the straight one."""

    opening: str
    closing: str
    straight: str

    @property
    def all(self) -> str:
        return self.opening + self.closing + self.straight


DOUBLE = Glyphs("\u201c\u201e\u00ab", "\u201d\u00bb", '"')      # “ „ «  ” »  "
# British-style releases quote with single marks; those are read only in a text that
# has no double mark at all, where they cannot be quotes nested in quotes.
SINGLE = Glyphs("\u2018\u201a\u2039", "\u2019\u203a", "'")      # ‘ ‚ ‹  ’ ›  '
# A mark preceded by one of these (or by the start of the paragraph) is opening.
OPENS_AFTER = frozenset(" \t\n\r\u00a0([{\u2014\u2013-:/")
# A mark followed by one of these (or by the end of the paragraph) is closing.
CLOSES_BEFORE = frozenset(" \t\n\r\u00a0.,;:!?)]}\u2014\u2013-/\u2026")


@dataclass(frozen=True, slots=True)
class Span:
    """Content between a pair of marks (marks excluded), as found by the scanner."""

    start: int
    end: int
    rule: str


# A text none of whose lines is longer than this, with most lines running on into the
# next, is hard-wrapped: its paragraphs are the blocks between blank lines.
WRAP_WIDTH = 100


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end): a line each in a release pasted from the web or a
    wire, a block between blank lines in a hard-wrapped one (where a quote goes on
    from line to line)."""
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), bool(line.strip())))
        pos += len(line) + 1
    full = [(a, b) for a, b, filled in lines if filled]
    running_on = sum(1 for this, nxt in zip(lines, lines[1:]) if this[2] and nxt[2])
    wrapped = len(full) >= 5 and running_on * 2 >= len(full) and \
        max(b - a for a, b in full) <= WRAP_WIDTH
    if not wrapped:
        return full
    blocks: list[tuple[int, int]] = []
    for (a, b, filled), prev in zip(lines, [None, *lines]):
        if not filled:
            continue
        if blocks and prev is not None and prev[2]:
            blocks[-1] = (blocks[-1][0], b)
        else:
            blocks.append((a, b))
    return blocks


def mark_direction(text: str, i: int, lo: int, hi: int, glyphs: Glyphs = DOUBLE) -> str:
    """'open', 'close' or '?' for the mark at text[i], inside the paragraph [lo, hi).

    Context wins over glyph: `“Hello,“ said Jo` closes with an opening glyph.
    """
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    left_open = before in OPENS_AFTER or before in glyphs.opening
    right_close = after in CLOSES_BEFORE or after in glyphs.closing
    if left_open and not right_close:
        return "open"
    if right_close and not left_open:
        return "close"
    ch = text[i]
    if ch in glyphs.opening:
        return "open"
    if ch in glyphs.closing:
        return "close"
    return "?"


def is_apostrophe(text: str, i: int, hi: int) -> bool:
    """A single mark inside a word (`don’t`) or after a plural (`the members’ vote`).

    The plural case is an apostrophe only when a lowercase word that is not a speech
    verb follows: `our members’ said Jo` still closes a quote.
    """
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before.isalnum() and after.isalnum():
        return True
    if before in "sS" and after == " ":
        nxt = text[i + 2:min(hi, i + 20)].split(" ", 1)[0]
        return nxt[:1].islower() and nxt.strip(",.") not in SPEECH_CUES
    return False


def _marks(text: str, lo: int, hi: int, glyphs: Glyphs) -> list[tuple[int, str]]:
    """The marks of the paragraph [lo, hi) with their directions. Marks inside a
    whitespace-free run longer than chunks.LONG_RUN (a row of quotation marks, a blob) are
    no quotation's, and the rest are found by a regular expression, not a loop over every
    character: both keep a megabyte of hostile text to a fraction of a second."""
    from ..nlp.chunks import prose_spans

    finder = _mark_finder(glyphs.all)
    single = glyphs is SINGLE
    return [(i, mark_direction(text, i, lo, hi, glyphs))
            for a, b in prose_spans(text, lo, hi) for i in (m.start() for m in finder.finditer(text, a, b))
            if not (single and is_apostrophe(text, i, hi))]


@lru_cache(maxsize=8)
def _mark_finder(marks: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(set(marks)))) + "]")


def _last_sentence_end(text: str, lo: int, hi: int) -> int:
    """End (exclusive) of the last sentence that finishes in [lo, hi), or lo."""
    for i in range(hi - 1, lo - 1, -1):
        if text[i] in ".!?" and (i + 1 >= hi or text[i + 1] in " \t"):
            return i + 1
    return lo


def find_quote_spans(text: str, glyphs: Glyphs | None = None) -> list[Span]:
    """Pair the quotation marks of the text; linear in its length.

    Each paragraph is scanned once with a two-state machine (outside / inside).
    A quote still open at the end of a paragraph continues into the next one when
    that paragraph opens with a mark (the multi-paragraph convention); otherwise it
    is closed at the paragraph end.  A closing mark with nothing open, on the first
    mark of a paragraph, means the opening mark was forgotten: the quote starts at
    the paragraph start.
    """
    if glyphs is None:
        if not any(ch in DOUBLE.all for ch in text):
            return find_quote_spans(text, SINGLE)
        return _with_single_paragraphs(text, find_quote_spans(text, DOUBLE))
    spans: list[Span] = []
    paras = paragraphs(text)
    carry: int | None = None          # content start of a quote running on from above
    for n, (lo, hi) in enumerate(paras):
        marks = _marks(text, lo, hi, glyphs)
        open_at: int | None = None     # content start of the quote being read
        rule = "marks"
        first = True
        if carry is not None:
            if marks and marks[0][0] == _first_char(text, lo, hi) and marks[0][1] != "close":
                open_at, rule = carry, "multi-paragraph"
                marks = marks[1:]
            else:                        # the previous paragraph never closed
                spans.append(Span(carry, _rstrip(text, carry, paras[n - 1][1]), "unclosed"))
            carry = None
        nested: str | None = None
        for i, direction in marks:
            ch = text[i]
            if open_at is None:
                if direction == "close" and first and i > lo:
                    spans.append(Span(lo, i, "missing-open"))
                elif direction != "close":
                    open_at, rule = i + 1, "marks"
            elif nested is not None:
                # a quote inside a quote in the other glyph family: skip to its close
                if _family(ch, glyphs) == nested and direction != "open":
                    nested = None
            elif direction == "open" and \
                    _family(ch, glyphs) != _family(text[open_at - 1], glyphs):
                nested = _family(ch, glyphs)
            elif direction == "open":
                # an opening mark while a quote is open: the previous one was never
                # closed; end it at its last full sentence and start again here
                cut = _last_sentence_end(text, open_at, i)
                if cut > open_at:
                    spans.append(Span(open_at, cut, "unclosed"))
                open_at, rule = i + 1, "marks"
            else:
                if i > open_at:
                    spans.append(Span(open_at, i, rule))
                open_at = None
            first = False
        if open_at is not None:
            carry = open_at
    if carry is not None and paras:
        spans.append(Span(carry, _rstrip(text, carry, paras[-1][1]), "unclosed"))
    return [s for s in spans if s.end > s.start]


def _with_single_paragraphs(text: str, spans: list[Span]) -> list[Span]:
    """Add the single-mark quotes of paragraphs that hold no double mark.

    A release pasted together from several sources may quote with double marks in
    one paragraph and single marks in another (`‘Small firms deserve it,’ said Jo`).
    In a paragraph without a double mark a single mark cannot be nested in a
    quotation, so it is read as one; but a stray apostrophe (`the ’90s`) is likelier
    there than a forgotten mark, so only pairs closed inside the paragraph count.
    """
    covered = [(s.start, s.end) for s in spans]
    extra = []
    for lo, hi in paragraphs(text):
        para = text[lo:hi]
        if any(ch in DOUBLE.all for ch in para) or _inside(covered, lo) or \
                not any(ch in SINGLE.all for ch in para):
            continue
        extra.extend(Span(lo + sp.start, lo + sp.end, sp.rule)
                     for sp in find_quote_spans(para, SINGLE) if sp.rule == "marks")
    return sorted(spans + extra, key=lambda sp: sp.start) if extra else spans


def _family(ch: str, glyphs: Glyphs) -> str:
    return "straight" if ch == glyphs.straight else "curly"


def _first_char(text: str, lo: int, hi: int) -> int:
    i = lo
    while i < hi and text[i] in " \t\u00a0":
        i += 1
    return i


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1] in " \t\u00a0\r":
        hi -= 1
    return hi


# ------------------------------------------------------------------ speech or not

# Verbs (as written: the lemmatizer is not loaded) that introduce reported words.
SPEECH_CUES = frozenset("""
said says say added adds commented comments noted notes stated states explained explains
continued continues remarked remarks observed observes emphasized emphasizes emphasised
emphasises stressed stresses concluded concludes declared declares told tells wrote writes
shared shares predicts predicted reports reported quipped recalled recalls insisted insists
acknowledged acknowledges affirmed affirms agreed agrees highlighted highlights mentioned
mentions according asserted asserts admitted admits argued argues warned warns
confirmed confirms explained replied responded responds answered
cautioned cautions urged urges underscored underscores underlined underlines
reflected reflects elaborated elaborates summarized summarizes summarised summarises
revealed reveals joked jokes pointed expressed
""".split())
# Speech verbs that are as often nouns (`points`, `offers`, `replies`): like
# REPORT_CUES, they count only where the parser reads them as verbs.
NOUN_LIKE_CUES = frozenset("points offers offered replies answers expresses".split())
# Verbs by which a report or a body states findings: `Acme estimates that "..."`.
# Many double as nouns (`forecasts`, `projects`), so they count only where the parser
# reads them as verbs (`_is_cue`), never in the word-level checks of `is_direct_quote`.
REPORT_CUES = frozenset("""
estimates estimated forecasts forecasted projects projected finds found concludes
concluded suggests suggested shows showed predict forecast estimate
""".split())
# Words that, right before a mark, announce a name, a title or an example, not speech:
# `a product called "Zap"`, `queries such as "Where is my order?"`, `the report "Why
# Ports Matter"` (a work named right after its kind; `the report said: "..."` or
# `according to the report, "..."` put a verb or a comma in between).
NAMING_LEADS = ("such as", "like", "called", "named", "dubbed", "titled", "entitled",
                "known as", "term", "the word", "the words", "phrase", "e.g.", "i.e.",
                "brand", "nicknamed", "labelled", "labeled", "branded", "as the",
                "report", "study", "survey", "book", "paper", "whitepaper", "article",
                "campaign", "slogan", "motto", "theme", "session", "webinar", "panel",
                "film", "song", "album", "podcast", "episode", "series", "initiative",
                "program", "programme", "award", "category")
# How far after a closing mark (characters, words) a speech verb still attributes it.
CUE_REACH, CUE_WORDS = 120, 12
# How far back (characters) the sentence that leads into a quote is looked for.
LEAD_LIMIT = 400
# Below this many words a quoted span needs a speech cue right beside it.
LONG_QUOTE_WORDS = 8


def _words(s: str) -> list[str]:
    return [w.strip(".,;:!?()[]\"'\u201c\u201d\u2018\u2019") for w in s.split()]


def is_title_case(content: str) -> bool:
    """Most words capitalized and no sentence inside: a title, award or product name."""
    words = [w for w in _words(content) if w and w[0].isalpha()]
    if not words:
        return True
    caps = sum(1 for w in words if w[0].isupper())
    inner_stop = any(ch in content.rstrip(" .!?,") for ch in ".!?")
    return caps / len(words) >= 0.7 and not inner_stop


# Words written with a period that does not end the sentence: `," Dr. Quintero said.`
ABBREVIATIONS = frozenset("mr mrs ms dr prof sen rep gov gen col capt lt sgt st jr sr "
                          "hon rev fr mt no vs".split())


def _clause_end(s: str, limit: int) -> int:
    """Where the clause that opens `s` stops: a sentence end or the next opening mark,
    within the first `limit` characters.  A period after an abbreviation or a lone
    initial (`Dr.`, `J.`) is part of a name, not a sentence end."""
    limit = min(limit, len(s))
    word_start = 0
    for i in range(1, limit):
        ch = s[i]
        if ch in "\u201c\"!?":
            return i
        if ch == ".":
            word = s[word_start:i].strip(" ,(").lower()
            if not (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
                return i
        if ch in " \t\n":
            word_start = i + 1
    return limit


def _cue_follows(after: str) -> bool:
    """`," said ...`, `," Doe said`, `," Jo Lee, CEO of Acme, said`: the sentence
    that goes on after the closing mark attributes the quote."""
    head = after[:_clause_end(after, CUE_REACH)]
    words = [w for w in _words(head) if w]
    # the attribution opens with the verb, a name or a pronoun; a lowercase word
    # (`a "bold step" and said`) means the sentence simply goes on, unless it is
    # the article of a short title right before the verb (`," the CEO said`)
    if words and words[0].lower() in ARTICLES:
        return any(w.lower() in SPEECH_CUES for w in words[1:TITLE_CUE_WORDS])
    if not words or not (words[0][0].isupper() or words[0].lower() in SPEECH_CUES
                         or words[0].lower() in PRONOUNS):
        return False
    return any(w.lower() in SPEECH_CUES for w in words[:CUE_WORDS])


# Words that open a title standing for the speaker (`the CEO`, `a spokesperson`,
# `our founder`), and how many words such an attribution runs to its verb.
ARTICLES = frozenset("the a an our its their his her".split())
TITLE_CUE_WORDS = 6


# `Customers can ask Penny "..."`, `users may simply say "..."`: words someone *could*
# say are an example of use, not a quotation.  A modal followed within EXAMPLE_GAP
# words by one of these verbs, with no sentence end between, introduces one.
MODALS = frozenset("can could may might".split())
EXAMPLE_VERBS = frozenset("ask say type tell enter search speak query request".split())
EXAMPLE_GAP = 3


def _lead_is_example(lead: str) -> bool:
    words = _words(lead.lower())
    last = max((i for i, w in enumerate(words) if w in MODALS), default=-1)
    return last >= 0 and any(w in EXAMPLE_VERBS for w in words[last + 1:last + 1 + EXAMPLE_GAP])


def _lead_is_naming(lead: str) -> bool:
    lead = lead.rstrip().lower()
    if lead.endswith("("):
        return True      # (“Acme”) defines a short name: see `is_direct_quote`
    return any(lead.endswith(" " + w) or lead == w for w in NAMING_LEADS) or \
        _lead_is_example(lead)


# Verbs before a partial quote that attribute it although they do not say `said`:
# `Jo called the plan "the best decision we have made as a company" and ...`.
ATTRIBUTING_LEADS = frozenset("call calls called describe describes described".split())


def _is_embedded_name(content: str, after: str, lead_words: list[str]) -> bool:
    """A long span that is no sentence of its own (no closing punctuation inside the
    marks), that the sentence runs on past in lowercase, and that no speech verb
    introduces, names a talk, a work or a slogan: `will present "Shelving at scale:
    lessons from ten stores" at the Expo`."""
    if content.rstrip()[-1:] in ",.!?;:\u2026" or after[:1] not in (" ", "\u00a0"):
        return False
    if not after.lstrip()[:1].islower() or _cue_follows(after):   # `..." said Jo`
        return False
    said = SPEECH_CUES | REPORT_CUES | ATTRIBUTING_LEADS
    return not any(w in said for w in lead_words)


def is_direct_quote(text: str, span: Span, para: tuple[int, int]) -> bool:
    """Keep spans that read as someone's words; drop scare quotes, titles, names.

    Heuristics, in order: a naming lead before the mark (`called`, `such as`, an
    opening parenthesis) or `refers to` after it rules the span out; so does a span
    in title case with no sentence inside.  A long span (LONG_QUOTE_WORDS words) is
    speech.  A short one is speech only when a cue sits right beside it: `"Yes,"
    said Jo`, or a partial quote that ends the sentence of a speech verb (`Jo said
    it was a "very special occasion".`); a short span mid-sentence is a scare quote.
    """
    lo, hi = para
    content = text[span.start:span.end]
    words = [w for w in _words(content) if w]
    if not words:
        return False
    mark_before = max(lo, span.start - 1)
    # a lead longer than LEAD_LIMIT is not one sentence; the bound keeps this linear
    sent_start = _last_sentence_end(text, max(lo, mark_before - LEAD_LIMIT), mark_before)
    lead = text[sent_start:mark_before]
    after = text[min(hi, span.end + 1):min(hi, span.end + 1 + LEAD_LIMIT)]
    # an opening parenthesis names only when the marks fill the brackets:
    # `Acme Inc. ("Acme")`, but `(“we hire locally,” he said)` is speech
    bracketed = lead.rstrip().endswith("(")
    if (_lead_is_naming(lead) and not (bracketed and after.lstrip()[:1] != ")")) or \
            after.lstrip().lower().startswith("refers to"):
        return False
    if is_title_case(content):
        return False
    lead_words = _words(lead.lower())
    if len(words) >= LONG_QUOTE_WORDS:
        return not _is_embedded_name(content, after, lead_words)
    if len(words) < 2:
        return False
    if content.rstrip()[-1:] in ",.!?" or after.lstrip()[:1] == ",":
        if _cue_follows(after):
            return True
    # a whole sentence in marks in a paragraph that reports speech: `"A," said Jo.
    # "We did not expect it."`
    sentence = content[:1].isupper() and content.rstrip()[-1:] in ".!?"
    near = text[max(lo, span.start - LEAD_LIMIT):min(hi, span.end + LEAD_LIMIT)]
    if sentence and any(w in SPEECH_CUES for w in _words(near.lower())):
        return True
    ends_sentence = not after.strip() or after.lstrip()[:1] in ".!?;"
    return ends_sentence and any(w in SPEECH_CUES for w in lead_words)


# Words that join one quoted span to the one before it in a list: `such as "A" or "B"`.
LIST_JOINS = frozenset(["or", "and", ",", ", or", ", and", "and/or", "/"])


def direct_quotes(text: str, spans: list[Span], paras: list[tuple[int, int]]) -> list[Span]:
    """The spans `is_direct_quote` keeps, where a span listed right after one that
    is not a quote (`queries such as "A?" or "B"`) shares its fate: the naming
    lead before the first item governs the whole list."""
    para_starts = [p[0] for p in paras]
    kept: list[Span] = []
    prev: tuple[Span, bool] | None = None
    for span in spans:
        para = paras[_para_index(para_starts, span.start)]
        joined = prev is not None and not prev[1] and para[0] <= prev[0].end and \
            " ".join(text[prev[0].end + 1:max(prev[0].end + 1, span.start - 1)]
                     .split()) in LIST_JOINS
        keep = not joined and is_direct_quote(text, span, para)
        if keep:
            kept.append(span)
        prev = (span, keep)
    return kept


# ------------------------------------------------------------------- attribution

# Pronouns that can stand for a speaker as the subject of a speech verb.
PRONOUNS = frozenset("he she they it".split())
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame".split())
DASHES = "-\u2013\u2014"
SENTENCE_END = frozenset(".!?")
# Labels of spaCy entities that may name a speaker where the entity lists have no
# mention (they then resolve by name, or stand as written).
SPEAKER_LABELS = {"PERSON": "person", "ORG": "org"}


@dataclass(frozen=True, slots=True)
class Named:
    """A place where the text names a person or organization, and which one."""

    start: int
    end: int
    text: str
    kind: str                      # 'person' or 'org'
    entity: str | None             # canonical name when the entity lists know it


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """What stands for the speaker in the text: a name, a pronoun or a title."""

    start: int
    end: int
    text: str
    kind: str                      # 'name', 'pronoun', 'title'
    cue: str


@dataclass(slots=True)
class Context:
    """Everything attribution reads about one document, built once."""

    text: str
    doc: object
    starts: list[int]
    named: list[Named]             # sorted by start
    named_starts: list[int]
    people: list[Person]
    organizations: list[Organization]
    roles: list[Role]
    # (position, canonical name) of people seen as subjects or speakers, in order
    antecedents: list[tuple[int, str]]
    # names of organizations that are not also people (a `he` never points to them)
    org_only: frozenset[str] = frozenset()


def _fold(s: str) -> str:
    return " ".join(s.replace("\u2019", "'").lower().split())


def _name_tokens(name: str) -> list[str]:
    words = [w for w in _words(_fold(name)) if w]
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return words


def canonical_speaker(start: int, end: int, text: str, people: list[Person],
                      organizations: list[Organization]) -> tuple[str, str] | None:
    """Map a name as written at [start, end) to (canonical name, 'person'|'org').

    The one place that knows how the entity lists are shaped.  In order: an entity
    one of whose mentions overlaps the span (what a good entity extractor gives);
    then one whose name or alias is the written form; then, for a lone surname, the
    person whose name ends with it.  When one person's name is contained in
    another's (`Doe` and `Jane Doe` listed apart), the fuller name wins, because the
    scorer and the reader both want the canonical full name.
    """
    words = _name_tokens(text)
    if not words:
        return None
    for p in people:
        if any(m.start < end and start < m.end for m in p.mentions):
            return fullest_name(p, people), "person"
    for o in organizations:
        if any(m.start < end and start < m.end for m in o.mentions):
            return o.name, "org"
    key = " ".join(words)
    for p in people:
        if key in {" ".join(_name_tokens(n)) for n in [p.name, *p.aliases]}:
            return fullest_name(p, people), "person"
    for o in organizations:
        if key in {" ".join(_name_tokens(n)) for n in [o.name, *o.aliases]}:
            return o.name, "org"
    surname = [p for p in people if _name_tokens(p.name)[-1:] == words[-1:]]
    if surname:
        return fullest_name(max(surname, key=lambda p: len(p.name)), people), "person"
    return None


def fullest_name(person: Person, people: list[Person]) -> str:
    """The longest listed name that contains this person's name and ends like it."""
    mine = _name_tokens(person.name)
    best, size = person.name, len(mine)
    for q in people:
        theirs = _name_tokens(q.name)
        if len(theirs) > size and mine and theirs[-1] == mine[-1] and \
                all(w in theirs for w in mine):
            best, size = q.name, len(theirs)
    return best


def _named_spans(doc, people: list[Person], organizations: list[Organization]) -> list[Named]:
    """Mentions from the entity lists, plus spaCy PERSON/ORG entities they miss."""
    out: list[Named] = []
    for p in people:
        name = fullest_name(p, people)
        out.extend(Named(m.start, m.end, m.text, "person", name) for m in p.mentions)
    for o in organizations:
        out.extend(Named(m.start, m.end, m.text, "org", o.name) for m in o.mentions)
    out.sort(key=lambda n: (n.start, -n.end))
    starts = [n.start for n in out]
    for ent in doc.ents:
        kind = SPEAKER_LABELS.get(ent.label_)
        i = bisect_left(starts, ent.end_char)
        if kind and not any(n.end > ent.start_char for n in out[max(0, i - 3):i]):
            hit = canonical_speaker(ent.start_char, ent.end_char, ent.text, people, organizations)
            out.append(Named(ent.start_char, ent.end_char, ent.text,
                             hit[1] if hit else kind, hit[0] if hit else None))
    out.sort(key=lambda n: (n.start, -n.end))
    return out


def _tokens(ctx: Context, a: int, b: int) -> list:
    """Tokens lying inside the characters [a, b)."""
    i = bisect_left(ctx.starts, a)
    j = bisect_left(ctx.starts, b)
    return [t for t in ctx.doc[i:j] if t.idx + len(t.text) <= b]


def _named_in(ctx: Context, a: int, b: int) -> list[Named]:
    i, j = bisect_left(ctx.named_starts, a), bisect_left(ctx.named_starts, b)
    return [n for n in ctx.named[i:j] if n.end <= b]


def _named_at(ctx: Context, pos: int) -> bool:
    """Whether a named span covers the character at pos (spans seldom nest, so
    looking a few spans back suffices)."""
    i = bisect_right(ctx.named_starts, pos)
    return any(n.end > pos for n in ctx.named[max(0, i - 3):i])


def _inside(bounds: list[tuple[int, int]], pos: int) -> bool:
    """Whether pos falls in one of the sorted, disjoint intervals `bounds`."""
    i = bisect_right(bounds, (pos, float("inf"))) - 1
    return i >= 0 and bounds[i][0] <= pos < bounds[i][1]


def _as_mention(n: Named, cue: str) -> SpeakerMention:
    return SpeakerMention(n.start, n.end, n.text, "name", cue)


def _subject_mention(ctx: Context, tok, cue: str) -> SpeakerMention | None:
    """The speaker inside a subject phrase: a name in it, a pronoun, a proper noun
    run, or else the phrase itself as a title (`the CEO`, `Acme's president`)."""
    if tok.tag_ == "WP" and tok.head.dep_ == "relcl" and tok.head.head is not tok.head:
        # `Jo Lee (who said, "...")`: the relative pronoun stands for the noun the
        # clause hangs from
        tok = tok.head.head
    lo = min(t.idx for t in tok.subtree)
    hi = max(t.idx + len(t.text) for t in tok.subtree)
    names = _named_in(ctx, lo, hi)
    # the words that head the subject: its head and the names set beside it
    # (`BILL CEO and Founder Jo Lee`, `Its Director, Jo Lee`); a person heading it
    # wins, then any person in it, then a bare proper noun, then organizations
    heads = [tok, *(t for t in tok.children if t.dep_ in ("conj", "appos"))]
    for n in names:
        if n.kind == "person" and any(n.start <= h.idx < n.end for h in heads):
            return _as_mention(n, cue)
    people = [n for n in names if n.kind == "person"]
    if people:
        return _as_mention(people[0], cue)
    for h in heads:
        # `the CEO`, `the Chairman`: a capitalized title after an article is no name
        titled = any(t.dep_ == "det" for t in h.lefts)
        if h.pos_ == "PROPN" and not titled and \
                not any(n.start <= h.idx < n.end for n in names):
            run = [t for t in h.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [h]
            a, b = run[0].idx, h.idx + len(h.text)
            return SpeakerMention(a, b, ctx.text[a:b], "name", cue)
    for n in names:
        if any(n.start <= h.idx < n.end for h in heads):
            return _as_mention(n, cue)
    if names:
        return _as_mention(names[0], cue)
    if tok.lower_ in PRONOUNS:
        return SpeakerMention(tok.idx, tok.idx + len(tok.text), tok.text, "pronoun", cue)
    words = [t for t in tok.subtree if t.dep_ not in ("det", "poss", "case", "punct")]
    if words:
        a, b = words[0].idx, words[-1].idx + len(words[-1].text)
        return SpeakerMention(a, b, ctx.text[a:b], "title", cue)
    return None


def _mention_near_cue(ctx: Context, cue, a: int, b: int) -> SpeakerMention | None:
    """Who the speech verb `cue` (inside the frame [a, b)) is attributed to."""
    word = cue.lower_
    if word == "according":
        names = _named_in(ctx, cue.idx, b)
        return _as_mention(names[0], "according to") if names else None
    for child in cue.children:
        if child.dep_ in ("nsubj", "nsubjpass") and a <= child.idx < b:
            found = _subject_mention(ctx, child, word)
            if found:
                return found
    # no parsed subject in the frame: the nearest name or pronoun, after the verb
    # first (`said Jo Lee`), else before it (`Jo Lee, CEO, said`)
    after = _named_in(ctx, cue.idx, b)
    if after and after[0].start - cue.idx < 60:
        return _as_mention(after[0], word)
    for t in _tokens(ctx, cue.idx + len(cue.text), b)[:3]:
        if t.lower_ in PRONOUNS:
            return SpeakerMention(t.idx, t.idx + len(t.text), t.text, "pronoun", word)
    before = _named_in(ctx, a, cue.idx)
    if before:
        return _as_mention(before[-1], word)
    for t in reversed(_tokens(ctx, a, cue.idx)):
        if t.lower_ in PRONOUNS:
            return SpeakerMention(t.idx, t.idx + len(t.text), t.text, "pronoun", word)
    return None


def _is_cue(tok) -> bool:
    if tok.lower_ == "according":
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
    word = tok.lower_
    return (word in SPEECH_CUES or word in REPORT_CUES or word in NOUN_LIKE_CUES) and \
        tok.pos_ in ("VERB", "AUX")


def frame_speaker(ctx: Context, a: int, b: int, side: str) -> SpeakerMention | None:
    """The speaker named in the text beside a quote, [a, b) on `side` of it.

    A speech verb is looked for first (the last one before a quote, the first one
    after).  Without one, a name still attributes the quote when the layout says so:
    a colon introduction (`Jo Lee, CEO of Acme:`) or a dash name line (`- Jo Lee`).
    """
    toks = _tokens(ctx, a, b)
    cues = [t for t in toks if _is_cue(t)]
    if cues:
        cue = cues[-1] if side == "before" else cues[0]
        found = _mention_near_cue(ctx, cue, a, b)
        if found:
            return found
    stripped = ctx.text[a:b].strip()
    names = [n for n in _named_in(ctx, a, b) if n.kind == "person"] or _named_in(ctx, a, b)
    if side == "before" and stripped.endswith(":") and names:
        # `Hale thanked Birch for his service: "..."`: the one who speaks is the
        # subject of the introducing clause, not whoever it names last
        subjects = [n for n in names if n.kind == "person" and _is_subject(ctx, n)]
        return _as_mention((subjects or names)[-1], ":")
    if side == "after" and stripped[:1] in DASHES and names:
        return _as_mention(names[0], "-")
    return None


# A name line under a quote (`Jo Lee, CEO, Acme`) is short.
NAME_LINE_WORDS = 12


def name_line(ctx: Context, lo: int, hi: int) -> SpeakerMention | None:
    """A line that opens with a person's name and is too short to be prose: the
    signature under a testimonial (`- Jo Lee, CEO of Acme`, with or without dash)."""
    start = _first_char(ctx.text, lo, hi)
    while start < hi and ctx.text[start] in DASHES + " ":
        start += 1
    if len(ctx.text[start:hi].split()) > NAME_LINE_WORDS:
        return None
    names = [n for n in _named_in(ctx, start, hi) if n.kind == "person"]
    if names and names[0].start - start <= 4:          # room for `Dr. `
        return _as_mention(names[0], "-")
    if start > _first_char(ctx.text, lo, hi):          # a dash opened the line
        return _written_name(ctx, start, hi)
    return None


# A signature names a person in two to four capitalized words.
SIGNATURE_WORDS = (2, 4)


def _written_name(ctx: Context, start: int, hi: int) -> SpeakerMention | None:
    """The capitalized words opening a dash signature (`- Imani Brooks, nurse`) when
    the entity lists missed the person: the dash layout says a name follows, so the
    name stands as written."""
    words = []
    for t in _tokens(ctx, start, hi):
        if t.text in (",", "(") or not (t.text[:1].isupper() and t.text[:1].isalpha()):
            break
        words.append(t)
    lo_w, hi_w = SIGNATURE_WORDS
    named = [w for w in words if w.text.lower() not in HONORIFICS]
    if not lo_w <= len(named) <= hi_w:
        return None
    a, b = words[0].idx, words[-1].idx + len(words[-1].text)
    return SpeakerMention(a, b, ctx.text[a:b], "name", "-")


def _sentence_after(ctx: Context, a: int, b: int) -> int:
    """End of the sentence that starts at a, within [a, b)."""
    for t in _tokens(ctx, a, b):
        if t.text in SENTENCE_END:
            return t.idx + 1
    return b


def _sentence_before(ctx: Context, a: int, b: int) -> int:
    """Start of the sentence that ends at b, within [a, b)."""
    for t in reversed(_tokens(ctx, a, b)):
        if t.text in SENTENCE_END:
            return t.idx + 1
    return a


def _is_subject(ctx: Context, n: Named) -> bool:
    """Whether a name is (part of) the subject of its clause.  `Acme President and
    CEO Jo Lee announced`: the name may be a compound, conjunct or apposition of the
    subject's head."""
    toks = _tokens(ctx, n.start, n.end)
    head = toks[-1] if toks else None
    while head is not None and head.dep_ in ("compound", "appos", "conj") and \
            head.head is not head:
        head = head.head
    return head is not None and head.dep_ in ("nsubj", "nsubjpass")


# Honorifics that say which pronoun the text will use for a person.
GENDERED_HONORIFICS = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she",
                       "sir": "he", "dame": "she"}


def _honorific_genders(ctx: Context) -> dict[str, str]:
    """People the text calls `Mr.`, `Ms.` or `Mrs.`: the pronoun that goes with it."""
    out: dict[str, str] = {}
    for n in ctx.named:
        if n.kind != "person" or not n.entity:
            continue
        before = ctx.text[max(0, n.start - 6):n.start].split()
        word = before[-1].rstrip(".").lower() if before else ""
        if word in GENDERED_HONORIFICS:
            out.setdefault(n.entity, GENDERED_HONORIFICS[word])
    return out


def _subject_in(ctx: Context, a: int, b: int) -> SpeakerMention | None:
    """The first listed person in [a, b) who is the subject of their clause."""
    for n in _named_in(ctx, a, b):
        if n.kind == "person" and n.entity and _is_subject(ctx, n):
            return _as_mention(n, "")
    return None


def _antecedents(ctx: Context, quotes: list[Span]) -> list[tuple[int, str]]:
    """People named as the subject of a clause outside quotes, in text order: the
    candidates a later `she said` can point back to."""
    inside = sorted((q.start, q.end) for q in quotes)
    out = []
    for n in ctx.named:
        if n.kind != "person" or n.entity is None:
            continue
        if _inside(inside, n.start):
            continue
        if _is_subject(ctx, n):
            out.append((n.start, n.entity))
    out.extend(_title_subjects(ctx, inside))
    # a subject the entity lists know only by another form (`Dr West thanked ...`)
    for tok in ctx.doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN" and \
                not _named_at(ctx, tok.idx) and not _inside(inside, tok.idx):
            hit = canonical_speaker(tok.idx, tok.idx + len(tok.text), tok.text,
                                    ctx.people, [])
            if hit:
                out.append((tok.idx, hit[0]))
    out.sort()
    return out


def _title_subjects(ctx: Context, inside: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Subjects written as a title (`The CEO noted ...`, `the company's president
    said ...`) that the roles give to one person: a later `he said` points back to
    them exactly as to a name."""
    if not ctx.roles:
        return []
    out = []
    for tok in ctx.doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN") or \
                _named_at(ctx, tok.idx) or _inside(inside, tok.idx):
            continue
        # the title is the head and the words that modify it from the left
        # (`chief executive officer`); owners and articles are left out
        words = [t for t in tok.lefts if t.dep_ in ("compound", "amod")] + [tok]
        words = [t for t in words if not _named_at(ctx, t.idx)]
        holder = _title_holder(ctx, " ".join(t.text for t in words))
        if holder:
            out.append((tok.idx, holder))
    return out


def _latest(events: list[tuple[int, str]], lo: int, hi: int,
            skip: frozenset[str] = frozenset()) -> str | None:
    """The last name mentioned in [lo, hi) of the sorted (position, name) events,
    passing over the names in `skip` (a few steps back at most)."""
    i = bisect_left(events, (hi, "")) - 1
    for _ in range(PRONOUN_REACH):
        if i < 0 or events[i][0] < lo:
            return None
        if events[i][1] not in skip:
            return events[i][1]
        i -= 1
    return None


# How many subjects and speakers back a pronoun may skip over organizations.
PRONOUN_REACH = 8
# `he` and `she` stand for people; an organization that spoke last is not their
# antecedent (`Acme estimates that "...". The CEO noted ... "...," he said`).
PERSONAL_PRONOUNS = frozenset("he she".split())


def _org_only_names(ctx: Context) -> frozenset[str]:
    people = {fullest_name(p, ctx.people) for p in ctx.people}
    return frozenset(o.name for o in ctx.organizations if o.name not in people)


# `the company said`, `a spokesperson said`: the organization speaking for itself
# (when no person holds a title of that name).
COMPANY_WORDS = frozenset("company firm organization organisation group business bank "
                          "university institute startup spokesperson spokesman "
                          "spokeswoman representative".split())


def _the_company(ctx: Context, pos: int) -> str | None:
    """The issuer of the release, else the organization named last before pos."""
    for o in ctx.organizations:
        if o.issuer:
            return o.name
    i = bisect_left(ctx.named_starts, pos) - 1
    while i >= 0:
        if ctx.named[i].kind == "org" and ctx.named[i].entity:
            return ctx.named[i].entity
        i -= 1
    return None


# `The report says that "..."`: a document speaks for the body that published it.
DOCUMENT_WORDS = frozenset("report study survey research analysis findings paper "
                           "whitepaper index review".split())
# How far back (characters) the publisher of an unnamed document is looked for.
DOCUMENT_REACH = 1500


def _document_owner(ctx: Context, pos: int) -> str | None:
    """The organization named last before a document mentioned without its owner,
    within DOCUMENT_REACH (the report was just introduced), else the issuer."""
    i = bisect_left(ctx.named_starts, pos) - 1
    while i >= 0 and ctx.named[i].start >= pos - DOCUMENT_REACH:
        if ctx.named[i].kind == "org" and ctx.named[i].entity:
            return ctx.named[i].entity
        i -= 1
    return next((o.name for o in ctx.organizations if o.issuer), None)


def _title_words(title: str) -> set[str]:
    """The words of a stated title and the acronyms of its parts: `Founder and Chief
    Executive Officer` also answers to `CEO`, because releases name a title in full
    once and by its initials afterwards."""
    words = set(_name_tokens(title))
    part: list[str] = []
    for w in [*_name_tokens(title), "and"]:
        if w in ("and", "&"):
            if len(part) >= 2:
                words.add("".join(x[0] for x in part if x))
            part = []
        else:
            part.append(w)
    return words


def _title_holder(ctx: Context, title: str) -> str | None:
    """The person whose stated role has the title a mention like `the CEO` uses."""
    want = set(_name_tokens(title))
    for role in ctx.roles:
        have = _title_words(role.title)
        # the organization's words may qualify a title (`the Acme CEO`) but not
        # stand for one (`the company` of `The Acme Company`)
        if want & have and want <= have | set(_name_tokens(role.organization or "")):
            return role.person
    return None


def resolve(ctx: Context, m: SpeakerMention, events: list[tuple[int, str]],
            genders: dict[str, str] | None = None) -> str | None:
    """Canonical name for a speaker mention (pronouns and titles through context).

    `genders` maps people to the pronoun the text itself has used for them (see
    `Attribution.learn_gender`): `she said` passes over a person the text already
    called `he`.  A first name is never taken as a sign of gender.
    """
    if m.kind == "pronoun":
        pronoun = m.text.lower()
        if pronoun == "it":             # `"...," it said`: an organization speaking
            return _the_company(ctx, m.start)
        if pronoun not in PERSONAL_PRONOUNS:
            return _latest(events, 0, m.start)
        other = frozenset(n for n, g in (genders or {}).items() if g != pronoun)
        return _latest(events, 0, m.start, ctx.org_only | other)
    if m.kind == "title":
        holder = _title_holder(ctx, m.text)
        if holder is None and set(_name_tokens(m.text)) & COMPANY_WORDS:
            return _the_company(ctx, m.start)
        if holder is None and set(_name_tokens(m.text)) & DOCUMENT_WORDS:
            return _document_owner(ctx, m.start)
        return holder
    # a mention the entity lists cover: their canonical name, people first
    named = [n for n in _named_in(ctx, m.start, m.end) if n.entity]
    named.sort(key=lambda n: n.kind != "person")
    if named:
        return named[0].entity
    hit = canonical_speaker(m.start, m.end, m.text, ctx.people, ctx.organizations)
    if hit:
        return hit[0]
    words = [w for w in m.text.split() if w.lower().rstrip(".") not in
             {h.rstrip(".") for h in HONORIFICS}]
    name = " ".join(words).strip(" ,")
    if not name[:1].isupper():
        return None
    return _fuller_written_name(ctx, name, m.start) or name


# How many named spans back a surname looks for the full name it stands for.
SURNAME_REACH = 200


def _fuller_written_name(ctx: Context, name: str, pos: int) -> str | None:
    """`Mayor Delia Ruiz welcomed it. "...," Ruiz said.`: a surname the entity lists
    do not know stands for the fullest earlier name the parser found ending with it."""
    want = _name_tokens(name)
    i = bisect_left(ctx.named_starts, pos) - 1
    best = None
    for n in ctx.named[max(0, i - SURNAME_REACH):i + 1][::-1]:
        have = _name_tokens(n.text)
        if n.kind == "person" and n.entity is None and len(have) > len(want) and \
                have[-len(want):] == want:
            best = n.text if best is None or len(n.text) > len(best) else best
    if best is None:
        return None
    words = best.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def speaker_role(ctx: Context, name: str, near: int) -> tuple[str | None, str | None]:
    """Title and organization of the speaker: the stated role nearest the mention."""
    mine = [r for r in ctx.roles if r.person == name]
    if not mine:
        return None, None
    best = min(mine, key=lambda r: abs(r.start - near))
    return best.title, best.organization


# An appositive longer than this is a clause, not a title.
TITLE_WORDS = 12


def appositive_role(ctx: Context, pos: int) -> tuple[str | None, str | None]:
    """Title and organization written right after the speaker's name when the role
    extractor gave none: `said Jo Lee, chief engineer at Acme.` -> (chief engineer,
    Acme); `Jo Lee, Acme's head of sales, said` -> (head of sales, Acme)."""
    i = bisect_left(ctx.named_starts, pos)
    if i >= len(ctx.named) or ctx.named[i].start != pos or ctx.named[i].kind != "person":
        return None, None
    lo = ctx.named[i].end
    if not ctx.text.startswith(", ", lo):
        return None, None
    words = []
    for t in _tokens(ctx, lo + 2, min(len(ctx.text), lo + 300)):
        if t.text in SENTENCE_END or t.text in DOUBLE.all + "(:" or \
                t.text.startswith("\n") or \
                _is_cue(t):
            break
        words.append(t)
    while words and words[-1].text in (",", "and"):
        words.pop()
    if not words or len(words) > TITLE_WORDS:
        return None, None
    a, b = words[0].idx, words[-1].idx + len(words[-1].text)
    orgs = [n for n in _named_in(ctx, a, b) if n.kind == "org" and n.entity]
    if not orgs:
        return _unlisted_org_role(ctx.text[a:b])
    org = orgs[-1]
    between = ctx.text[a:org.start].rstrip()
    after = ctx.text[org.end:b]
    if org.start == a and after[:2] in ("\u2019s", "'s"):       # `Acme's head of sales`
        title = after[2:]
    elif org.end == b and between.endswith((" of", " at", " for", ",")):
        title = between.rstrip(",")                             # `head of sales at Acme`
        for tail in (" of", " at", " for"):
            title = title[:-len(tail)] if title.endswith(tail) else title
    else:
        return _unlisted_org_role(ctx.text[a:b])
    return (title.strip(" ,") or None), org.entity


def _unlisted_org_role(apposition: str) -> tuple[str | None, str | None]:
    """Split `Acme's head of sales` / `partner at Acme` when the entity lists do not
    know the organization: the written form stands for it."""
    for mark in ("\u2019s ", "'s ", "s\u2019 ", "s' "):
        at = apposition.find(mark)
        if mark[0] == "s" and at > 0:
            at, mark = at + 1, mark[1:]            # `Harbor Homes' head of research`
        if 0 < at and len(apposition[:at].split()) <= 4 and apposition[0].isupper():
            return apposition[at + len(mark):].strip() or None, apposition[:at]
    at = apposition.rfind(" at ")
    if at > 0 and apposition[at + 4:at + 5].isupper():
        return apposition[:at].strip(), apposition[at + 4:].strip()
    return apposition, None


def _para_index(para_starts: list[int], pos: int) -> int:
    return max(0, bisect_right(para_starts, pos) - 1)


@dataclass(frozen=True, slots=True)
class Frame:
    """Where one quote sits: its paragraph(s) and the text beside it in its sentence."""

    k: int                         # index of the quote among the kept ones
    quote: Span
    p_open: int                    # paragraph of the opening mark
    p_close: int                   # paragraph of the closing mark
    before_lo: int                 # [before_lo, mark): the sentence before the quote
    mark: int
    after_lo: int                  # [after_lo, after_hi): the sentence after it
    after_hi: int
    next_quote: int                # where the next quote of the paragraph starts


@dataclass(frozen=True, slots=True)
class Found:
    """A speaker and how it was found; `pos` is where the text names it."""

    speaker: str | None
    cue: str | None
    rule: str
    pos: int
    pronoun: str = ""              # the `he` / `she` the speaker was found through


class Attribution:
    """Speakers for the kept quotes of one document, tried from nearest to farthest.

    1. `beside`: the sentence of the quote (`"...," said Jo` / `Jo said: "..."`);
    2. `signature`: a dash line right under it (`"..." \n - Jo Lee, CEO`);
    3. `same_paragraph`: the quote before it in the paragraph (`"A," Jo said. "B."`),
       unless a sentence in between has someone else as its subject;
    4. `previous_sentence`: a person named as a subject earlier in the paragraph
       (`Jo thanked the staff. "..."`);
    5. `next_in_paragraph`: for a quote that opens its paragraph, a speech verb in
       the next sentence (`"..." Jo said the plant opens in May.`);
    6. `previous_paragraph`: the quote it holds (a paragraph that opens with a quote
       goes on with the previous speaker) or the person it names as a subject
       (`Jo says ... \n "..."`);
    7. `next_sentence`: the sentence after, its subject, or a name line under it;
    8. `nearest_person`: the person last named as a subject or speaker.

    Pronouns resolve to the latest subject or speaker, passing over organizations
    and people the text has already called by the other pronoun (`genders`).
    """

    def __init__(self, ctx: Context, quotes: list[Span], paras: list[tuple[int, int]]):
        self.ctx, self.quotes, self.paras = ctx, quotes, paras
        self.para_starts = [p[0] for p in paras]
        self.events = list(ctx.antecedents)   # (position, name), grows with speakers
        self.genders = _honorific_genders(ctx)  # name -> 'he' | 'she', as the text says
        self.found: list[Found] = []

    def run(self) -> list[Found]:
        steps = (self.beside, self.signature, self.same_paragraph, self.previous_sentence,
                 self.next_in_paragraph, self.previous_paragraph, self.next_sentence,
                 self.nearest_person)
        for k, q in enumerate(self.quotes):
            f = self.frame(k)
            hit = next((h for h in (step(f) for step in steps) if h and h.speaker),
                       Found(None, None, "unattributed", q.start))
            if hit.speaker:
                insort(self.events, (q.start, hit.speaker))
                self.learn_gender(hit)
            self.found.append(hit)
        self.back_fill()
        return self.found

    def learn_gender(self, hit: Found) -> None:
        """A person a `he` or `she` was resolved to is referred to that way from then
        on; the first use the text makes stands."""
        if hit.pronoun in PERSONAL_PRONOUNS and hit.speaker not in self.ctx.org_only:
            self.genders.setdefault(hit.speaker, hit.pronoun)

    def para(self, pos: int) -> int:
        return _para_index(self.para_starts, pos)

    def frame(self, k: int) -> Frame:
        ctx, quotes, q = self.ctx, self.quotes, self.quotes[k]
        p_open, p_close = self.para(q.start), self.para(max(q.start, q.end - 1))
        plo, chi = self.paras[p_open][0], self.paras[p_close][1]
        prev_end = quotes[k - 1].end + 1 if k and quotes[k - 1].end >= plo else plo
        nxt = quotes[k + 1].start - 1 if k + 1 < len(quotes) and quotes[k + 1].start < chi \
            else chi
        mark = max(plo, q.start - 1)
        after_lo = min(q.end + 1, nxt)
        return Frame(k, q, p_open, p_close, _sentence_before(ctx, min(prev_end, mark), mark),
                     mark, after_lo, _sentence_after(ctx, after_lo, max(after_lo, nxt)), nxt)

    def beside(self, f: Frame) -> Found | None:
        """Text before the quote that ends in a colon or comma introduces it and wins
        over text after it; otherwise the text after wins (`"...," said Jo`)."""
        ctx = self.ctx
        m_before = frame_speaker(ctx, f.before_lo, f.mark, "before")
        m_after = frame_speaker(ctx, f.after_lo, f.after_hi, "after")
        intro = ctx.text[f.before_lo:f.mark].rstrip()[-1:] in (":", ",")
        choice = (m_before if intro else None) or m_after or m_before
        if choice is None:
            return None
        rule = "after" if choice is m_after else "before"
        if choice.kind != "name":
            rule += "-" + choice.kind
        pronoun = choice.text.lower() if choice.kind == "pronoun" else ""
        return Found(resolve(ctx, choice, self.events, self.genders), choice.cue, rule,
                     choice.start, pronoun)

    def signature(self, f: Frame) -> Found | None:
        """A dash line right under a quote that ends its paragraph signs it
        (`- Jo Lee, CEO of Acme`), whatever the paragraphs above say."""
        if not self.closes_paragraph(f) or f.p_close + 1 >= len(self.paras):
            return None
        lo, hi = self.paras[f.p_close + 1]
        if self.ctx.text[_first_char(self.ctx.text, lo, hi)] not in DASHES:
            return None
        m = name_line(self.ctx, lo, hi)
        if m is None:
            return None
        return Found(resolve(self.ctx, m, self.events, self.genders), m.cue, "signature",
                     m.start)

    def opens_paragraph(self, f: Frame) -> bool:
        lo, hi = self.paras[f.p_open]
        return f.mark == _first_char(self.ctx.text, lo, hi)

    def closes_paragraph(self, f: Frame) -> bool:
        return f.next_quote == self.paras[f.p_close][1] and \
            not self.ctx.text[f.quote.end + 1:f.next_quote].strip(" .,;\t\r")

    def next_in_paragraph(self, f: Frame) -> Found | None:
        """`"..." Jo Lee said the plant opens in May.`: a quote that opens its
        paragraph takes the speaker of the next sentence's speech verb before it is
        read as going on with the paragraph above."""
        if not self.opens_paragraph(f):
            return None
        m = frame_speaker(self.ctx, f.after_hi,
                          _sentence_after(self.ctx, f.after_hi, f.next_quote), "after")
        if m is None or m.cue in (":", "-"):          # a speech verb, not a layout
            return None
        return Found(resolve(self.ctx, m, self.events, self.genders), m.cue,
                     "next-sentence", m.start)

    def _previous_quote_in(self, f: Frame, para: int) -> Found | None:
        if f.k and self.para(self.quotes[f.k - 1].end) >= para:
            return self.found[f.k - 1]
        return None

    def same_paragraph(self, f: Frame) -> Found | None:
        """The speaker of the quote before it in the paragraph, unless a sentence in
        between makes someone else its subject (`"A," Ann said. Jo thanked her. "B."`
        is Jo's)."""
        prev = self._previous_quote_in(f, f.p_open)
        if prev is None:
            return None
        pq = self.quotes[f.k - 1]
        # the sentence that holds the previous quote (and its attribution) ends
        # inside the marks or at the first sentence end after them
        if self.ctx.text[max(pq.start, pq.end - 1):pq.end] in SENTENCE_END:
            held_to = pq.end + 1
        else:
            held_to = _sentence_after(self.ctx, pq.end + 1, f.mark)
        other = _latest(self.ctx.antecedents, held_to, f.quote.start)
        if other and other != prev.speaker:
            return Found(other, None, "previous-sentence", f.quote.start)
        return Found(prev.speaker, prev.cue, "same-paragraph", prev.pos)

    def previous_sentence(self, f: Frame) -> Found | None:
        name = _latest(self.events, self.paras[f.p_open][0], f.quote.start)
        return Found(name, None, "previous-sentence", f.quote.start)

    def previous_paragraph(self, f: Frame) -> Found | None:
        if f.p_open == 0:
            return None
        prev = self._previous_quote_in(f, f.p_open - 1)
        # only a paragraph that opens with the quote goes on with the quote above
        # (`Riders welcomed it. "..."` is someone else's words)
        if prev and prev.speaker and self.opens_paragraph(f):
            return Found(prev.speaker, prev.cue, "continuation", prev.pos)
        lo, hi = self.paras[f.p_open - 1]
        m = None
        if self.ctx.text[lo:hi].rstrip().endswith(":"):               # `Jo Lee said:`
            m = frame_speaker(self.ctx, _sentence_before(self.ctx, lo, hi), hi, "before")
        m = m or name_line(self.ctx, lo, hi)                   # `Jo Lee, CEO of Acme`
        if m:
            return Found(resolve(self.ctx, m, self.events, self.genders), m.cue,
                         "introduced", m.start)
        return Found(_latest(self.events, lo, hi), None, "previous-paragraph", f.quote.start)

    def next_sentence(self, f: Frame) -> Found | None:
        """The sentence after the quote's, or, when the quote ends its paragraph, a
        next line that is not itself a quote (`Jo Lee, CEO of Acme` under it)."""
        ctx = self.ctx
        end = _sentence_after(ctx, f.after_hi, f.next_quote)
        m = frame_speaker(ctx, f.after_hi, end, "after")
        if m is None and self.opens_paragraph(f):
            # `"..." The bank's president, Jo Lee, made the announcement.`: with no
            # speech verb, the person the next sentence is about
            m = _subject_in(ctx, f.after_lo, end)
        closes_para = f.next_quote == self.paras[f.p_close][1]
        if m is None and closes_para and f.p_close + 1 < len(self.paras):
            lo, hi = self.paras[f.p_close + 1]
            if ctx.text[_first_char(ctx.text, lo, hi)] not in DOUBLE.all + SINGLE.all:
                m = name_line(ctx, lo, hi)
                # a paragraph that brings in a quote of its own (`Jo said: "..."`)
                # speaks for that quote, not for this one
                own = f.k + 1 < len(self.quotes) and self.quotes[f.k + 1].start < hi
                if m is None and not own and not ctx.text[lo:hi].rstrip().endswith(":"):
                    m = frame_speaker(ctx, lo, _sentence_after(ctx, lo, hi), "after")
        if m is None:
            return None
        return Found(resolve(ctx, m, self.events, self.genders), m.cue or None,
                     "next-sentence", m.start)

    def nearest_person(self, f: Frame) -> Found | None:
        return Found(_latest(self.events, 0, f.quote.start), None, "nearest-person",
                     f.quote.start)

    def back_fill(self) -> None:
        """`"A." "B," Jo said.`: a quote left without a speaker takes the one of the
        next quote in its paragraph."""
        for k in range(len(self.quotes) - 2, -1, -1):
            here, nxt = self.found[k], self.found[k + 1]
            if here.speaker is None and nxt.speaker and \
                    self.para(self.quotes[k].end) == self.para(self.quotes[k + 1].start):
                self.found[k] = Found(nxt.speaker, nxt.cue, "same-paragraph", nxt.pos)


def attribute(ctx: Context, quotes: list[Span], paras: list[tuple[int, int]]) -> list[Quote]:
    """Quotes with their speakers, and the speaker's title and organization taken from
    the roles (or, failing those, from the words set after the speaker's name)."""
    out = []
    for q, hit in zip(quotes, Attribution(ctx, quotes, paras).run()):
        title = org = None
        if hit.speaker:
            title, org = speaker_role(ctx, hit.speaker, hit.pos)
            if title is None:
                title, org = appositive_role(ctx, hit.pos)
        out.append(Quote(text=ctx.text[q.start:q.end], start=q.start, end=q.end,
                         speaker=hit.speaker, speaker_title=title, speaker_organization=org,
                         cue=hit.cue, rule=f"{q.rule}/{hit.rule}"))
    return out


# Verbs that, after a comma inside a quote, show a pair of marks was left out:
# `"We grew, said Jo Lee (Acme). We will grow more."` is two quotes by Jo Lee.
EMBEDDED_CUES = ("said", "says", "added", "adds", "explained", "noted", "continued")


def split_embedded_cue(ctx: Context, span: Span) -> list[Span]:
    """Split a quote whose marks around an inverted attribution were left out.

    Only `, said Name ...` with a capitalized name and a sentence end after it
    (spaCy's tokens, so `U.S. Rep.` is not taken for one) counts, and both parts
    must keep words of their own.
    """
    text = ctx.text
    content = text[span.start:span.end]
    for cue in EMBEDDED_CUES:
        at = content.find(", " + cue + " ")
        if at < 0:
            continue
        cut = span.start + at + 1                      # keep the comma with the words
        name_at = cut + len(cue) + 2
        if not text[name_at:name_at + 1].isupper():
            continue
        resume = _sentence_after(ctx, name_at, min(span.end, name_at + 120))
        if resume >= min(span.end, name_at + 120):
            continue
        while resume < span.end and text[resume] in " \t":
            resume += 1
        if len(_words(text[span.start:cut])) < 3 or len(_words(text[resume:span.end])) < 3:
            continue
        return [Span(span.start, cut, span.rule + "+embedded-cue"),
                Span(resume, span.end, "embedded-cue")]
    return [span]


def extract_quotes(doc, people: list[Person], organizations: list[Organization],
                   roles: list[Role]) -> list[Quote]:
    """Every direct quotation in the document with its speaker; never raises on text."""
    text = doc.text
    if not text.strip():
        return []
    paras = paragraphs(text)
    spans = direct_quotes(text, find_quote_spans(text), paras)
    spans = [s for s in spans if text[s.start:s.end].strip()]
    named = _named_spans(doc, people, organizations)
    ctx = Context(text=text, doc=doc, starts=[t.idx for t in doc], named=named,
                  named_starts=[n.start for n in named], people=people,
                  organizations=organizations, roles=roles, antecedents=[])
    spans = [part for s in spans for part in split_embedded_cue(ctx, s)]
    ctx.org_only = _org_only_names(ctx)
    ctx.antecedents = _antecedents(ctx, spans)
    return attribute(ctx, spans, paras)
