"""Wire credits glued to the first word of the body are split from it."""
from __future__ import annotations


def test_business_wire_credit_is_split_from_the_issuer(nlp):
    words = [t.text for t in nlp("DENVER--(BUSINESS WIRE)--Acme Corp. today said")]
    assert words[:8] == ["DENVER", "--", "(", "BUSINESS", "WIRE", ")", "--", "Acme"]


def test_en_dash_credit_is_split_from_the_issuer(nlp):
    words = [t.text for t in nlp("SAN JOSE, Calif.–(BUSINESS WIRE)–Acme (NYSE: ACM)")]
    assert "Acme" in words and "WIRE)–Acme" not in words


def test_ordinary_hyphenated_words_are_untouched(nlp):
    words = [t.text for t in nlp("a well-known state-of-the-art (beta) tool")]
    assert "(" in words and "beta" in words
    assert "well" in words and "known" in words  # spaCy's own rule for hyphens stays
