"""Long texts in chunks: spans that cover the text at paragraph breaks, records merged
with their offsets moved to the whole text, and the tokenizer's bound on long runs."""
from __future__ import annotations

from relx.model import DateMention, Mention, Organization, Person, Quote, Record
from relx.nlp.chunks import LONG_RUN, chunk_spans, merge, shift
from relx.pipeline import analyze_in_chunks


def test_spans_cover_the_text_and_end_after_a_blank_line_when_there_is_one():
    text = "First paragraph.\n\nSecond paragraph is here.\n\nThird."
    spans = list(chunk_spans(text, size=30))
    assert "".join(text[a:b] for a, b in spans) == text
    assert spans[0] == (0, len("First paragraph.\n\n"))
    assert all(b - a <= 30 for a, b in spans)


def test_a_line_without_breaks_or_spaces_is_cut_at_the_size():
    assert list(chunk_spans("x" * 25, size=10)) == [(0, 10), (10, 20), (20, 25)]


def test_a_short_or_empty_text_is_one_span():
    assert list(chunk_spans("Acme said.", size=100)) == [(0, 10)]
    assert list(chunk_spans("", size=100)) == [(0, 0)]


def test_shift_moves_every_offset_by_the_chunk_start():
    part = Record(source="a", people=[Person("Ada Lind", mentions=[Mention(0, 8, "Ada Lind")])],
                  dates=[DateMention("2030", "2030", "year", 10, 14)],
                  quotes=[Quote("Hi", 20, 22, speaker="Ada Lind")])
    shift(part, 100)
    assert part.people[0].mentions == [Mention(100, 108, "Ada Lind")]
    assert (part.dates[0].start, part.quotes[0].end) == (110, 122)


def test_merge_joins_entities_by_name_and_keeps_the_first_issuer():
    whole = Record(source="a", organizations=[Organization("Velmora", issuer=True,
                                                           mentions=[Mention(0, 7, "Velmora")])])
    part = Record(source="a", organizations=[
        Organization("Velmora", aliases=["VF"], mentions=[Mention(90, 97, "Velmora")]),
        Organization("Kestrel Bank", issuer=True, mentions=[Mention(99, 111, "Kestrel Bank")])])
    merge(whole, part)
    velmora, kestrel = whole.organizations
    assert [m.start for m in velmora.mentions] == [0, 90] and velmora.aliases == ["VF"]
    assert velmora.issuer and not kestrel.issuer


def test_later_chunks_resolve_relative_dates_against_the_release_date(nlp):
    text = ("Kestrel Bank Opens Branch\n\nOSLO, March 5, 2030 -- Kestrel Bank opened a branch.\n\n"
            + "Kestrel Bank will open another branch next year.\n\n" * 3)
    record = analyze_in_chunks(nlp, text, "k.txt", size=120)
    assert record.dateline.text == "OSLO, March 5, 2030"
    next_years = [d for d in record.dates if d.text == "next year"]
    assert len(next_years) == 3 and {d.value for d in next_years} == {"2031"}
    assert all(text[d.start:d.end] == d.text for d in record.dates)


def test_a_long_run_without_spaces_is_one_token_and_shorter_ones_are_split_as_usual(nlp):
    assert len(nlp.make_doc('"' * (LONG_RUN + 1))) == 1
    assert len(nlp.make_doc('"Acme"')) == 3
