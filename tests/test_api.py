"""The Python API: `relx.extract` for one text, `relx.extract_many` for a stream of them."""
from __future__ import annotations

import pytest

import relx
import relx.nlp.load
import relx.pipeline
from relx.model import Record

TEXTS = [
    "Brightwater Foods named Carmen Ortiz its chief financial officer on Tuesday.\n",
    '"This is our best year," said Tomas Reyes, president of Halcyon Freight.\n',
    "Aldergrove Bank will open its first branch in Lisbon in March 2027.\n",
]


def test_extract_returns_a_typed_record_with_the_source():
    record = relx.extract(TEXTS[1], source="halcyon.txt")
    assert isinstance(record, Record)
    assert record.source == "halcyon.txt"
    assert [q.speaker for q in record.quotes] == ["Tomas Reyes"]


def test_extract_many_keeps_input_order_and_sources():
    pairs = [(text, f"doc{i}") for i, text in enumerate(TEXTS)]
    records = list(relx.extract_many(pairs, batch_size=2))
    assert [r.source for r in records] == ["doc0", "doc1", "doc2"]
    assert [r.to_dict() for r in records] == [relx.extract(t, s).to_dict() for t, s in pairs]


def test_extract_many_takes_plain_strings_and_reads_a_generator_lazily():
    seen = []

    def texts():
        for text in TEXTS:
            seen.append(text)
            yield text

    records = relx.extract_many(texts(), batch_size=1)
    first = next(records)
    assert first.source == "" and len(seen) == 1  # the rest is not read yet
    assert len(list(records)) == 2


def test_extract_many_with_two_jobs_gives_the_same_records_in_order():
    pairs = [(text, f"doc{i}") for i, text in enumerate(TEXTS * 2)]
    parallel = [r.to_dict() for r in relx.extract_many(pairs, jobs=2, batch_size=1)]
    assert [r["source"] for r in parallel] == [s for _, s in pairs]
    assert [r["quotes"] for r in parallel] == \
        [r.to_dict()["quotes"] for r in relx.extract_many(pairs)]


def test_a_text_the_extractors_fail_on_raises_with_its_source(monkeypatch):
    def analyze(doc, source="", **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(relx.pipeline, "analyze", analyze)
    with pytest.raises(relx.ExtractionError) as caught:
        list(relx.extract_many([(TEXTS[0], "bad.txt")]))
    assert (caught.value.source, caught.value.message) == \
        ("bad.txt", "extraction failed: RuntimeError: boom")


def test_the_pipeline_is_loaded_once_per_process():
    assert relx.nlp.load.load_nlp() is relx.nlp.load.load_nlp()
