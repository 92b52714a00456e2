"""Who said each quote: the places around it tried in order (pass 3 of the package).

The quote's own sentence first, then its paragraph, the paragraph before, a name line
after; each quote's rule reads `<how the marks were paired>/<how the speaker was found>`.
"""
from __future__ import annotations

from bisect import insort
from dataclasses import dataclass

from ...model import Quote
from .resolve import PERSONAL_PRONOUNS, _latest, appositive_role, resolve, speaker_role
from .spans import DOUBLE, SINGLE, Span, _first_char, _para_index, _words
from .speakers import (
    Context, DASHES, SENTENCE_END, _honorific_genders, _sentence_after, _sentence_before,
    _subject_in, frame_speaker, name_line,
)


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
