"""Tokenizer rules for wire copy.

Wire services glue their credit to the first word of the body: `(BUSINESS WIRE)--Acme`,
`/PRNewswire/ --Acme`, `Calif.–(BUSINESS WIRE)–BILL`. spaCy's English tokenizer keeps
`WIRE)--Acme` as one token, which hides the issuer's name from the named-entity
recognizer and from every rule that works on tokens. These infixes split a dash or a
bracket that sits between a word and a closing or opening bracket.
"""
from __future__ import annotations

import srsly
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from .chunks import bound_token_runs

WIRE_INFIXES = (
    r"(?<=\))(?:--|–|—)(?=\w)",      # "WIRE)--Acme" -> "WIRE)" "--" "Acme"
    r"(?<=\w)\)(?=--|–|—)",          # "WIRE)--"     -> "WIRE" ")" "--"
    r"(?<=\w)(?:--|–|—)(?=\()",      # "Calif.–(BUSINESS" -> "Calif." "–" "(BUSINESS"
    r"(?<=[\w.])(?:–|—)(?=\()",
    r"(?<=[-–—])\((?=\w)",          # "–(BUSINESS"  -> "–" "(" "BUSINESS"
)


def add_wire_infixes(nlp) -> None:
    infixes = list(nlp.Defaults.infixes) + list(WIRE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def add_relx_rules(nlp) -> None:
    """relx's tokenizer rules: the wire-credit infixes above and long runs kept whole
    (chunks.py). Setting any of the tokenizer's patterns re-adds all its ~1,350 special
    cases (about 40 ms each time): callers set them while it has none."""
    add_wire_infixes(nlp)
    bound_token_runs(nlp)


class WireTokenizer(Tokenizer):
    """spaCy's tokenizer, with relx's rules added as it loads (see nlp/load.py): it reads
    every saved setting but the special cases, adds relx's rules, then the special cases,
    last, as spaCy's own `from_bytes` does."""

    relx_rules = False

    def from_bytes(self, bytes_data, *, exclude=tuple()):
        super().from_bytes(bytes_data, exclude=[*exclude, "exceptions"])
        nlp = getattr(self, "relx_nlp", None)  # None in a copy (pickle builds anew)
        if nlp is not None and nlp.tokenizer is self:
            add_relx_rules(nlp)
            self.relx_rules = True
        if "exceptions" not in exclude:
            saved = srsly.msgpack_loads(bytes_data).get("exceptions")
            if isinstance(saved, dict):
                self.rules = saved
        return self


def wire_tokenizer():
    """The registered function (`relx.WireTokenizer.v1`): an empty tokenizer of the
    pipeline's vocabulary, which `Language.from_disk` then fills."""

    def build(nlp) -> WireTokenizer:
        tokenizer = WireTokenizer(nlp.vocab)
        tokenizer.relx_nlp = nlp
        return tokenizer

    return build
