"""Tokenizer rules for wire copy.

Wire services glue their credit to the first word of the body: `(BUSINESS WIRE)--Acme`,
`/PRNewswire/ --Acme`, `Calif.–(BUSINESS WIRE)–BILL`. spaCy's English tokenizer keeps
`WIRE)--Acme` as one token, which hides the issuer's name from the named-entity
recognizer and from every rule that works on tokens. These infixes split a dash or a
bracket that sits between a word and a closing or opening bracket.
"""
from __future__ import annotations

from spacy.util import compile_infix_regex

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
