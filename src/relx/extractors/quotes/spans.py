"""Quoted spans: quotation marks paired per paragraph, and the spans that read as speech.

Receives the text; gives `Span`s with the rule that paired their marks. Passes 1 and 2 of
the package docstring: `find_quote_spans` and `is_direct_quote`/`direct_quotes`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

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
    from ...nlp.chunks import prose_spans

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


# Short function words a title leaves in lowercase (`Care for the Giver`, `Decode and
# Conquer: Understanding the Secrets of Successful Selling`): they neither make nor
# break title case, so they are not counted.
TITLE_MINOR_WORDS = frozenset("a an the and or nor but of for to in on at by with from as "
                              "into vs via per".split())


def is_title_case(content: str) -> bool:
    """Most words capitalized and no sentence inside: a title, award or product name."""
    words = [w for w in _words(content) if w and w[0].isalpha()]
    if not words:
        return True
    words = [w for w in words if w not in TITLE_MINOR_WORDS] or words
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


def _inside(bounds: list[tuple[int, int]], pos: int) -> bool:
    """Whether pos falls in one of the sorted, disjoint intervals `bounds`."""
    i = bisect_right(bounds, (pos, float("inf"))) - 1
    return i >= 0 and bounds[i][0] <= pos < bounds[i][1]


def _para_index(para_starts: list[int], pos: int) -> int:
    return max(0, bisect_right(para_starts, pos) - 1)
