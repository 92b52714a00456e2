"""Batches for nlp.pipe bounded by characters as well as by count (issue 15)."""
from __future__ import annotations

from relx.nlp.chunks import BATCH_CHARS, CHUNK_CHARS, batches
from relx.read.inputs import Document, InputError


def doc(chars: int, name: str = "x") -> Document:
    return Document(source=name, text="word " * (chars // 5))


def test_short_documents_are_batched_by_count():
    items = [doc(2_000, str(i)) for i in range(40)]
    assert [len(b) for b in batches(items, 16)] == [16, 16, 8]


def test_long_documents_are_batched_by_characters_in_order():
    items = [doc(30_000, str(i)) for i in range(5)]
    got = list(batches(items, 16, max_chars=80_000))
    assert [len(b) for b in got] == [2, 2, 1]
    assert [d.source for b in got for d in b] == ["0", "1", "2", "3", "4"]
    assert all(sum(len(d.text) for d in b) <= 80_000 for b in got)


def test_a_document_longer_than_the_budget_goes_alone_and_weighs_one_chunk():
    huge, small = doc(5 * CHUNK_CHARS, "huge"), doc(1_000, "small")
    got = list(batches([small, huge, small], 16, max_chars=BATCH_CHARS))
    # the huge text is parsed chunk by chunk, so it weighs one chunk beside the others
    assert [[d.source for d in b] for b in got] == [["small", "huge", "small"]]
    assert [len(b) for b in batches([huge, huge], 16, max_chars=CHUNK_CHARS)] == [1, 1]


def test_input_errors_weigh_nothing_and_keep_their_place():
    items = [doc(50_000, "a"), InputError("bad", "unreadable"), doc(40_000, "b")]
    got = list(batches(items, 16, max_chars=80_000))
    assert [[getattr(i, "source") for i in b] for b in got] == [["a", "bad"], ["b"]]


def test_empty_input_gives_no_batch():
    assert list(batches([], 16)) == []


def test_a_full_batch_is_handed_out_before_the_next_item_is_read():
    seen = []

    def stream():
        for i in range(5):
            seen.append(i)
            yield doc(100, str(i))

    got = batches(stream(), 2)
    assert [d.source for d in next(got)] == ["0", "1"] and seen == [0, 1]
