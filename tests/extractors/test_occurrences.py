"""Occurrences of a name: found once per text, as the whole-word pattern would (issue 15)."""
from __future__ import annotations

import re

import pytest

from relx.extractors.entities.surfaces import find_all, occurrences

TEXT = ("Acme Corp. and Acme_Labs met @Acme at Acme's office. AcmeCorp is not Acme; "
        "naïve Acme2 and Acmé are not either, but (Acme) and “Acme” are. Acme")


def by_pattern(text: str, needle: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![\w@])" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("needle", ["Acme", "Acme Corp.", "Corp.", "e", "’", "(", "Acme's",
                                    "naïve", "not", "are. Acme", "Acmé", "zzz"])
def test_same_occurrences_as_the_whole_word_pattern(needle):
    assert find_all(TEXT, needle) == by_pattern(TEXT, needle)


def test_whole_words_only_and_offsets_point_at_the_name():
    spans = find_all(TEXT, "Acme")
    assert all(TEXT[s:e] == "Acme" for s, e in spans)
    assert len(spans) == 6  # not Acme_Labs, @Acme, AcmeCorp, Acme2, Acmé


def test_overlapping_candidates_are_not_counted_twice():
    assert find_all("aa aaa aa", "aa") == [(0, 2), (7, 9)]


def test_the_result_is_a_fresh_list_each_time():
    first = find_all(TEXT, "Acme")
    first.clear()
    assert find_all(TEXT, "Acme") == by_pattern(TEXT, "Acme")
    assert occurrences("", "Acme") == () and occurrences(TEXT, "") == ()
