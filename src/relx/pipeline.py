"""The pipeline's stages tied together: a document read, parsed, extracted into a record.

read (`relx.read`) -> parse (`relx.nlp`) -> extract (`relx.extractors`) -> record
(`relx.model`); rendering the record is the caller's (`relx.render`).

The extraction order matters: the header (title, own date, dateline) comes first
because dates are resolved against the release's own date; entities come before roles
and quotes because both refer to people and organizations by their canonical names.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import replace

from .model import Header, Record, ReferenceDate
from .nlp.chunks import CHUNK_CHARS, chunk_spans, later_header, merge, needs_chunks, shift
from .nlp.load import load_nlp

if TYPE_CHECKING:
    from .read.inputs import Document


def analyze(doc, source: str = "", header: Header | None = None,
            fallback: ReferenceDate | None = None) -> Record:
    """Run every extractor over a parsed document. `header` stands in for the one the
    text would give: a later chunk of a long text takes the release's own date from the
    first (see nlp/chunks.py). `fallback` is the date relative expressions resolve against
    when the text gives none (a web page's metadata, `--date`)."""
    from .extractors.dates import extract_dates
    from .extractors.amounts import amounts_in
    from .extractors.announcement import find_announcement
    from .extractors.entities import extract_entities
    from .extractors.header import find_header
    from .extractors.quotes import extract_quotes
    from .extractors.roles import extract_roles
    from .extractors.textutil import doc_text

    header = header if header is not None else find_header(doc_text(doc))
    own = header.published or (header.dateline.date if header.dateline else None)
    reference = ReferenceDate(own[:10], "text") if own else fallback
    # Only the dates see the fallback: it is not the release's own date, and the record's
    # `published` stays what the text says.
    anchored = header if own or fallback is None else replace(header, published=fallback.value)
    dates = extract_dates(doc, anchored)
    organizations, people = extract_entities(doc, header)
    roles = extract_roles(doc, people, organizations)
    quotes = extract_quotes(doc, people, organizations, roles)
    amounts = amounts_in(doc_text(doc))
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
        amounts=amounts,
        announcement=find_announcement(doc, header, organizations, people, roles, dates, amounts),
        reference_date=reference,
    )


def analyze_document(nlp, document: Document, doc=None, progress=None) -> Record:
    """The record of one input: from `doc`, its text already parsed (by a batch's
    `nlp.pipe`), or parsed here in chunks when it is too long for one parse
    (`chunks.needs_chunks`). A web page's own title and date fill what its text leaves
    empty; the text rides along for `--include-text`."""
    fallback = None
    if document.published:
        fallback = ReferenceDate(document.published[:10], "page-metadata")
    elif document.reference:
        fallback = ReferenceDate(document.reference, "--date")
    if doc is None:
        record = analyze_in_chunks(nlp, document.text, document.source, fallback=fallback,
                                   progress=progress)
    else:
        record = analyze(doc, document.source, fallback=fallback)
    record.title = record.title or document.title
    record.published = record.published or document.published
    record.text = document.text
    return record


def analyze_in_chunks(nlp, text: str, source: str = "", size: int = CHUNK_CHARS,
                      fallback: ReferenceDate | None = None, progress=None) -> Record:
    """One record for a text too long to parse at once; offsets refer to `text`.

    Each chunk is parsed, analyzed and dropped before the next, so memory holds one
    chunk's parse and the record so far. `progress(done, total)` is called before each
    chunk and after the last: a 50 MB text takes half an hour, and its user must see it move.
    """
    record: Record | None = None
    spans = list(chunk_spans(text, size))
    for index, (start, end) in enumerate(spans):
        if progress is not None:
            progress(index, len(spans))
        doc = nlp(text[start:end])
        if record is None:
            record = analyze(doc, source, fallback=fallback)
            continue
        part = analyze(doc, source, header=later_header(record))
        merge(record, shift(part, start))
    if progress is not None:
        progress(len(spans), len(spans))
    return record if record is not None else Record(source=source)


def extract_text(text: str, source: str | None = None, model: str | None = None) -> Record:
    nlp = load_nlp(model)
    if needs_chunks(text):
        return analyze_in_chunks(nlp, text, source or "")
    return analyze(nlp(text), source or "")
