"""Speaker mentions: who a quote's frame names, before that name is resolved.

The subject of a speech verb, the name after an inverted `said`, a name line under a
quote, a written signature; `Context` holds the document and the entities every
function here and in `resolve` and `attribution` reads.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ...model import Organization, Person, Role
from ..lexicon import DEPARTMENT_WORDS, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS
from .spans import NOUN_LIKE_CUES, PRONOUNS, REPORT_CUES, SPEECH_CUES, _first_char, _words

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
    kind: str                      # 'name', 'pronoun', 'title'; 'person': a person's name
    cue: str                       # as the parser reads it, which the lists may lack


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
        if all(_is_title_word(t) or t.lower_ in ("and", "&") for t in ent):
            continue  # `Founder` or `President and CEO` tagged as a person names no one
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


def _as_mention(n: Named, cue: str) -> SpeakerMention:
    return SpeakerMention(n.start, n.end, n.text, "name", cue)


def _subject_mention(ctx: Context, tok, cue: str) -> SpeakerMention | None:
    """The speaker inside a subject phrase: a name in it, a pronoun, a proper noun
    run, or else the phrase itself as a title (`the CEO`, `Acme's president`)."""
    if tok.lower_ == "who":
        # `said Jo Lee, CEO of Acme, who continued, "..."`: `who` is a person, the last
        # one named before it in the sentence, even when the clause hangs from Acme
        sent = tok.sent
        people = [n for n in _named_in(ctx, sent.start_char, tok.idx) if n.kind == "person"]
        if people:
            return _as_mention(people[-1], cue)
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
    if _is_title_word(tok) and tok.lower_ not in UNNAMED_SPEAKERS:
        # `said LPP Director of Advocacy Stephanie Shepard`: a title heads the subject
        # and the person the parser sees after it is the speaker, not the organization
        # (nor its abbreviation) the title names
        run = [t for t in tok.subtree if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
               and not _is_title_word(t)]
        if not run:
            # the parser saw no person: a name is the last two capitalized words of the
            # phrase when neither names an organization or a unit (`Harbor Institute`)
            tail = list(tok.subtree)[-2:]
            if len(tail) == 2 and tail[0].i > tok.i + 1 and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower()
                    and not _is_title_word(t) and t.lower_ not in ORG_HEADS
                    and t.lower_ not in DEPARTMENT_WORDS for t in tail):
                run = tail
        if run and all(b.i == a.i + 1 for a, b in zip(run, run[1:])):
            a, b = run[0].idx, run[-1].idx + len(run[-1].text)
            return SpeakerMention(a, b, ctx.text[a:b], "person", cue)
    for h in heads:
        # `the CEO`, `the Chairman`: a capitalized title after an article is no name;
        # nor is a title set beside a name the lists missed (`said Jo Lee, Managing
        # Director at Acme`, `Founder and President Jo Lee adds`): the name is
        if h.pos_ == "PROPN" and not any(t.dep_ == "det" for t in h.lefts) and \
                not any(n.start <= h.idx < n.end for n in names) and not _is_title_word(h):
            run = [t for t in h.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [h]
            while len(run) > 1 and (_is_title_word(run[0]) or run[0].lower_ in HONORIFICS):
                run = run[1:]  # `President Michael Matsuda`: the name without its title
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


# Heads of phrases that stand for someone left unnamed (`a spokesperson for Acme`).
UNNAMED_SPEAKERS = frozenset("""spokesperson spokesman spokeswoman spokespeople
    representative representatives official officials""".split())


def _is_title_word(tok) -> bool:
    """A capitalized word that names a post, not a person (`Owner`, `Managing`, `CEO`)."""
    word = tok.lower_.strip(".")
    return word in TITLE_HEADS or word in TITLE_MODIFIERS or \
        word.endswith("s") and word[:-1] in TITLE_HEADS


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
    if side == "after" and stripped.startswith("!["):
        return image_caption(ctx, a + ctx.text[a:b].index("!["))
    return None


def image_caption(ctx: Context, at: int) -> SpeakerMention | None:
    """`"..."![Jo Lee, CEO of Acme](photo.jpg)`: on pages saved as text, the photo set
    right after a quote shows its speaker, and its caption names them."""
    close = ctx.text.find("]", at, at + 200)
    if close < 0:
        return None
    people = [n for n in _named_in(ctx, at + 2, close) if n.kind == "person"]
    if people:
        return _as_mention(people[0], "photo")
    return _written_name(ctx, at + 2, close)


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
