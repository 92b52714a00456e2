"""The attribute ruler's table lookup must set exactly what spaCy's Matcher sets."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.pipeline import AttributeRuler

from relx.nlp.attrs import TableMatch, compile_condition, speed_up_attribute_ruler

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

# Written for the test: words the exceptions are about ("that" as a pronoun, "something",
# "but" as an adverb, spaces, contractions), next to ordinary ones.
SENTENCES = [
    "Something tells Marisol Vega that the deal, which Orchard Lane signed, can't wait.\n\n",
    "It was all but certain; anyone who asked got nothing but a smile from Kestrel Inc.",
    "  Those shares, these bonds and that fund - whether or not they're sold - stay.\t",
]


def token_attrs(doc):
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_) for t in doc]


def test_the_table_sets_what_the_matcher_sets(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, TableMatch)  # load_nlp installed it
    texts = SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    with nlp.select_pipes(disable=["attribute_ruler", "ner"]):
        parsed = list(nlp.pipe(texts))
    for doc in parsed:
        by_matcher, by_table = doc.copy(), doc.copy()
        ruler.set_annotations(by_matcher, AttributeRuler.match(ruler, by_matcher))
        ruler.set_annotations(by_table, ruler.match(by_table))
        assert token_attrs(by_table) == token_attrs(by_matcher)


def test_conditions_the_matcher_would_read_differently_are_refused():
    assert compile_condition("LENGTH", 3) is None
    assert compile_condition("LOWER", {"FUZZY": "acme"}) is None
    assert compile_condition("LOWER", {"IN": ["a"], "NOT_IN": ["b"]}) is None


def test_a_ruler_with_an_operator_keeps_the_matcher(nlp):
    import spacy

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert speed_up_attribute_ruler(blank) is False
    assert not isinstance(ruler.match, TableMatch)
