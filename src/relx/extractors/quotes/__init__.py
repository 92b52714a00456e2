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

Modules: `spans` (passes 1 and 2: the quoted spans that read as speech), `speakers` (the
speaker mentions around a quote, and the `Context` every pass reads), `resolve` (a
mention turned into a canonical name, and that speaker's role), `attribution` (pass 3:
the order in which the places around a quote are tried).
"""
from __future__ import annotations

from ...model import Organization, Person, Quote, Role
from .attribution import attribute, split_embedded_cue
from .resolve import _antecedents, _org_only_names
from .spans import direct_quotes, find_quote_spans, paragraphs
from .speakers import Context, _named_spans
from ..textutil import doc_text


def extract_quotes(doc, people: list[Person], organizations: list[Organization],
                   roles: list[Role]) -> list[Quote]:
    """Every direct quotation in the document with its speaker; never raises on text."""
    text = doc_text(doc)  # doc.text is rebuilt from every token on each read
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
