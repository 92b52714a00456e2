"""The attribute ruler's exceptions, found by table lookup instead of spaCy's Matcher.

en_core_web_sm's `attribute_ruler` maps fine-grained tags to the POS relx reads
(`token.pos_`), plus ~120 exceptions ("that" tagged WDT is a PRON, ...). spaCy runs its
179 patterns through the general Matcher, trying every pattern at every token: with
numpy's gemm it was 15% of relx's time per document, more than the tagger and parser
together. Every one of these patterns is one or two tokens with plain conditions (equal,
IN, NOT_IN, REGEX on TAG, LOWER, DEP, IS_SPACE), so the candidates for a token can be
looked up by its tag and checked directly. Matches are then applied exactly as
`AttributeRuler.set_annotations` applies them: sorted by pattern number, later patterns
winning. A ruler holding any other kind of pattern is left as it is.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Callable

# Token attributes a condition may read, by pattern key.
READERS: dict[str, Callable[[Any], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "ORTH": lambda t: t.text,
    "DEP": lambda t: t.dep_,
    "POS": lambda t: t.pos_,
    "IS_SPACE": lambda t: t.is_space,
}
ANY = None  # in an index key: a pattern that does not fix this attribute


def compile_condition(key: str, value: Any) -> Callable[[Any], bool] | None:
    """One token condition as a predicate; None when the Matcher would mean more."""
    read = READERS.get(key)
    if read is None:
        return None
    if isinstance(value, (str, bool)):
        return lambda t: read(t) == value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((op, arg),) = value.items()
    if op == "IN" and isinstance(arg, list):
        members = frozenset(arg)
        return lambda t: read(t) in members
    if op == "NOT_IN" and isinstance(arg, list):
        members = frozenset(arg)
        return lambda t: read(t) not in members
    if op == "REGEX" and isinstance(arg, str):
        pattern = re.compile(arg)  # the model's own patterns, as the Matcher runs them
        return lambda t: pattern.search(read(t)) is not None
    return None


def compile_token(spec: dict) -> list[Callable[[Any], bool]] | None:
    conditions = [compile_condition(k, v) for k, v in spec.items()]
    return None if any(c is None for c in conditions) else conditions


def index_keys(spec: dict) -> list[tuple[str | None, str | None]]:
    """The (tag, lowercase form) pairs a pattern's first token may have, to index the
    pattern by; None stands for any. Most exceptions name both ("that" as WDT)."""
    return [(tag, lower) for tag in possible(spec.get("TAG")) for lower in possible(spec.get("LOWER"))]


def possible(value: Any) -> list[str | None]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    return [ANY]


class TableMatch:
    """Stands in for `AttributeRuler.match`: the same matches, found by lookup."""

    def __init__(self, table: dict) -> None:
        # (tag, lower) -> [(attr_id, match_id, first token's remaining checks,
        #                   the following tokens' checks)]
        self.table = table

    @classmethod
    def build(cls, ruler) -> TableMatch | None:
        table: dict = defaultdict(list)
        for attr_id in range(len(ruler.attrs)):
            match_id = ruler.vocab.strings.add(str(attr_id))
            for pattern in ruler.matcher.get(str(attr_id))[1]:
                if not pattern or any("OP" in spec for spec in pattern):
                    return None
                # The index lookup already ensures the first token's TAG and LOWER when
                # they are a value or a list of values; only its other conditions remain.
                first = compile_token({k: v for k, v in pattern[0].items()
                                       if not (k in ("TAG", "LOWER") and possible(v) != [ANY])})
                rest = [compile_token(spec) for spec in pattern[1:]]
                if first is None or any(r is None for r in rest):
                    return None
                for key in index_keys(pattern[0]):
                    table[key].append((attr_id, match_id, first, rest))
        return cls(dict(table))

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        table = self.table
        n = len(doc)
        found = []
        for token in doc:
            start, tag, lower = token.i, token.tag_, token.lower_
            for key in ((tag, lower), (tag, ANY), (ANY, lower), (ANY, ANY)):
                for attr_id, match_id, first, rest in table.get(key, ()):
                    if matches(doc, token, first, rest, n):
                        found.append((attr_id, match_id, start, start + 1 + len(rest)))
        # A span matched by two patterns of one rule counts once, as with the Matcher.
        return sorted(set(found))


def matches(doc, token, first: list, rest: list, n: int) -> bool:
    for check in first:
        if not check(token):
            return False
    if not rest:
        return True
    if token.i + len(rest) >= n:
        return False
    for k, checks in enumerate(rest, start=token.i + 1):
        following = doc[k]
        for check in checks:
            if not check(following):
                return False
    return True


def speed_up_attribute_ruler(nlp) -> bool:
    """Give the pipeline's attribute ruler the table lookup; False when it keeps the Matcher."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    match = TableMatch.build(ruler)
    if match is None:
        return False
    ruler.match = match  # AttributeRuler.__call__ and .pipe go through self.match
    return True
