"""Time the rule-based extractors (header and dateline, dates, roles, quotes) on hostile
texts of a given size, and the whole pipeline on a smaller one.

    .venv/bin/python benchmarks/hostile_input.py [MEGABYTES]   # default 5

The rule-based extractors must stay linear: each case should take well under 2 s at 5 MB.
spaCy's parse is left out of their timing (it is linear too, but ~1 min per MB on two
cores); the Doc they read is the tokenizer's, with a sentence break at every line end, so
the numbers measure the rules only. Not run in CI.
"""
from __future__ import annotations

import sys
import time

from relx.extractors.dates import extract_dates
from relx.extractors.header import find_header
from relx.model import Organization, Person
from relx.nlp.load import load_nlp
from relx.extractors.quotes import extract_quotes
from relx.extractors.roles import extract_roles

# A few entities, so that roles and quotes have names to look for.
PEOPLE = [Person(name="Jane Doe", aliases=["Doe"])]
ORGANIZATIONS = [Organization(name="Acme Corp", issuer=True)]


def cases(size: int) -> dict[str, str]:
    """Hostile texts of about `size` characters each."""
    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "straight quotes": fill('"'),
        "curly quotes": fill("“”"),
        "unbalanced curly quotes": fill("“"),
        "one unbroken line": fill("Acme"),
        "one line of digits and dashes": fill("2024-03-05--"),
        "quotes with words": fill('“Acme,” said Jane Doe, CEO of Acme Corp, on March 5, 2024. '),
        "control characters and emoji": fill("Acme\x00\x07\x1b said 😀 ✓ Ωμέγα 中文 "),
    }


def rules_doc(nlp, text: str):
    """The tokenizer's Doc with a sentence break after every line end and every 200
    tokens: what the rules read, without the parser's cost."""
    from spacy.tokens import Doc

    tokens = nlp.make_doc(text)
    words = [t.text for t in tokens]
    spaces = [bool(t.whitespace_) for t in tokens]
    starts = [i == 0 or i % 200 == 0 or "\n" in tokens[i - 1].text_with_ws for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)


def time_rules(nlp, text: str) -> dict[str, float]:
    doc = rules_doc(nlp, text)
    times = {}
    start = time.perf_counter()
    header = find_header(text)
    times["header"] = time.perf_counter() - start
    start = time.perf_counter()
    extract_dates(doc, header)
    times["dates"] = time.perf_counter() - start
    start = time.perf_counter()
    roles = extract_roles(doc, PEOPLE, ORGANIZATIONS)
    times["roles"] = time.perf_counter() - start
    start = time.perf_counter()
    extract_quotes(doc, PEOPLE, ORGANIZATIONS, roles)
    times["quotes"] = time.perf_counter() - start
    return times


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    nlp = load_nlp()
    nlp.max_length = 10**9
    size = int(megabytes * 1_000_000)
    print(f"{'case':34} {'header':>7} {'dates':>7} {'roles':>7} {'quotes':>7}  (seconds, {megabytes:g} MB)")
    for name, text in cases(size).items():
        times = time_rules(nlp, text)
        print(f"{name:34} " + " ".join(f"{times[k]:7.2f}" for k in ("header", "dates", "roles", "quotes")),
              flush=True)


if __name__ == "__main__":
    main()
