"""Long and hostile texts through spaCy at a bounded cost.

Two things make spaCy's cost blow up on input no release would hold:

* Length. The parser's working memory grows with the tokens of one document (about 3 MB
  per 1,000 characters of prose with en_core_web_sm: a 500,000-character text peaks near
  1.5 GB), so a text longer than `CHUNK_CHARS` is parsed in chunks that end at a paragraph
  break, and the chunks' records are merged into one, their offsets moved to the whole
  text. The extractors' own costs (every name searched across the text) stay bounded
  per chunk too.
* Long runs with no space. spaCy's tokenizer peels prefixes and suffixes off a
  whitespace-free string one character at a time, searching the remainder each time: a run
  of 10,000 quotation marks takes 12 s, of 40,000 over 3 minutes (quadratic). A run longer
  than `LONG_RUN` is kept as one token instead: no word, name or number is that long.

A chunked document's header (title, own date, dateline) comes from its first chunk, where
a release states it; later chunks resolve their relative dates against the same date.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Iterator

from ..model import Header, Record

# A press release runs to 2,000-20,000 characters, so it is never cut. A chunk of this
# size parses in ~3 s and peaks near 300 MB for prose; even at one token per character
# (a text of spaced-out punctuation) it stays under 1 GB.
CHUNK_CHARS = 50_000
# Characters of text per `nlp.pipe` batch (see `batches`). The parse holds ~3 MB per
# 1,000 characters, so a batch's parses stay near 250 MB beside the ~180 MB of the loaded
# model; a typical release runs to 6,000 characters, so batches of ordinary releases
# keep most of their count.
BATCH_CHARS = 80_000
# The longest whitespace-free string tokenized as usual. URLs with tracking parameters
# come near it; words, names, numbers and wire credits (`WIRE)--Acme`) are far shorter.
LONG_RUN = 100
# Where a chunk may end, best first: after a blank line (a paragraph), after a line, after
# a space. A cut is looked for in the second half of the window, so no chunk is tiny.
BREAKS = ("\n\n", "\n", " ")
# A whitespace-free run longer than LONG_RUN, matched from its first character only (the
# lookbehind fails inside a run at once), so finding them all is linear.
LONG_RUN_RE = re.compile(r"(?<!\S)\S{%d,}" % (LONG_RUN + 1))


def bound_token_runs(nlp) -> None:
    """Make the tokenizer keep a whitespace-free run over LONG_RUN characters as one token
    (spaCy checks `token_match` before peeling each affix), keeping any rule already set."""
    tokenizer = nlp.tokenizer
    tokenizer.token_match = LongRunMatch(tokenizer.token_match)


class LongRunMatch:
    """`token_match` for the tokenizer: a class rather than a closure so that a pipeline
    can still be pickled for worker processes."""

    def __init__(self, inner=None) -> None:
        self.inner = inner

    def __call__(self, string: str):
        if len(string) > LONG_RUN:
            return True
        return self.inner(string) if self.inner is not None else None


def prose_spans(text: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int]]:
    """The spans of text[lo:hi] outside whitespace-free runs longer than LONG_RUN.

    Such a run (a base64 blob, a row of quotation marks, a megabyte with no space) holds no
    date or quotation a reader would see, and the rules that scan for them character by
    character would spend most of their time there: they read these spans only.
    """
    hi = len(text) if hi is None else hi
    start = lo
    for run in LONG_RUN_RE.finditer(text, lo, hi):
        if run.start() > start:
            yield start, run.start()
        start = run.end()
    if start < hi:
        yield start, hi


def batches(items: Iterable, size: int, max_chars: int = BATCH_CHARS) -> Iterator[list]:
    """`items` in lists of at most `size`, and of at most `max_chars` characters of text
    unless one item alone is longer. spaCy's memory grows with the characters a batch
    holds, not with its count: sixteen releases of 45,000 characters in one `nlp.pipe`
    call peaked at 2.1 GB, sixteen of 6,000 at 480 MB. A text parsed in chunks weighs one
    chunk (it is parsed apart, while its batch's parses are held); an item with no text
    (an input error) weighs nothing."""
    batch: list = []
    chars = 0
    for item in items:
        weight = min(len(getattr(item, "text", "") or ""), CHUNK_CHARS)
        if batch and chars + weight > max_chars:
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += weight
        # A full batch goes at once, without reading the next item: a stream is read
        # only as far as the batches handed out need.
        if len(batch) >= max(1, size):
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def needs_chunks(text: str) -> bool:
    return len(text) > CHUNK_CHARS


def chunk_spans(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) spans that cover `text` end to end, each at most `size` long, cut at
    the best break available (see BREAKS) and only mid-word when a line has no space."""
    start, length = 0, len(text)
    while length - start > size:
        low, high = start + size // 2, start + size
        end = high
        for mark in BREAKS:
            found = text.rfind(mark, low, high)
            if found >= 0:
                end = found + len(mark)
                break
        yield start, end
        start = end
    if start < length or length == 0:
        yield start, length


def later_header(first: Record) -> Header:
    """The header a later chunk is analyzed with: only the release's own date, which
    relative dates are resolved against. Its title and dateline belong to the first chunk,
    and their offsets would point outside a later one."""
    own_date = first.published or (first.dateline.date if first.dateline else None)
    if own_date is None and first.reference_date is not None:  # a page's date, --date
        own_date = first.reference_date.value
    return Header(published=own_date)


def shift(record: Record, offset: int) -> Record:
    """The record with every offset moved by `offset` (a chunk's start in the whole text)."""
    if offset == 0:
        return record
    for entity in (*record.organizations, *record.people):
        entity.mentions = [replace(m, start=m.start + offset, end=m.end + offset) for m in entity.mentions]
    tickers = [org.ticker for org in record.organizations if org.ticker is not None]
    announced = record.announcement
    deal = [announced.amount] if announced and announced.amount else []
    parties = announced.parties if announced else []
    for item in (*tickers, *record.roles, *record.dates, *record.quotes, *record.amounts,
                 *parties, *deal):
        item.start += offset
        item.end += offset
    if record.dateline is not None:
        record.dateline.start += offset
        record.dateline.end += offset
    return record


def _merge_named(entities: list, more: list):
    """Add `more` to `entities` (organizations or people), one entry per name: a name
    already there takes the new mentions and aliases. Yields each (known, new) pair so
    the caller can merge what only its kind has."""
    by_name = {entity.name: entity for entity in entities}
    for entity in more:
        known = by_name.get(entity.name)
        if known is None:
            by_name[entity.name] = entity
            entities.append(entity)
            continue
        known.mentions.extend(entity.mentions)
        known.aliases.extend(a for a in entity.aliases if a not in known.aliases)
        yield known, entity


def merge(whole: Record, part: Record) -> Record:
    """`part` (a later chunk's record) added into `whole`: an organization or person named
    in both is one entry with the mentions of both; roles, dates and quotes follow on.
    The issuer stays the first chunk's: the release's author is named at its top."""
    has_issuer = any(org.issuer for org in whole.organizations)
    for org in part.organizations:
        org.issuer = org.issuer and not has_issuer
    for known, org in _merge_named(whole.organizations, part.organizations):
        known.ticker = known.ticker or org.ticker
        known.issuer = known.issuer or org.issuer
    for _ in _merge_named(whole.people, part.people):
        pass
    whole.roles.extend(part.roles)
    whole.dates.extend(part.dates)
    whole.quotes.extend(part.quotes)
    whole.amounts.extend(part.amounts)  # the announcement is the first chunk's: its top
    return whole
