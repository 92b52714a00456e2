"""Loading the pipeline: what start-up saves must not change the tokenizer (issue 15)."""
from __future__ import annotations

from pathlib import Path

from spacy.tokenizer import Tokenizer

from relx.nlp.chunks import LONG_RUN

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_special_cases_survive_the_tokenizer_changes(nlp):
    # the rules are set aside while the wire infixes and the long-run rule go in
    assert len(nlp.tokenizer.rules) > 1000
    assert [t.text for t in nlp.make_doc("We don't know.")] == ["We", "do", "n't", "know", "."]
    assert [t.text for t in nlp.make_doc("(BUSINESS WIRE)--Acme")][-3:] == [")", "--", "Acme"]
    assert len(nlp.make_doc("x" * (LONG_RUN + 5))) == 1


def test_same_tokens_as_a_tokenizer_built_with_every_setting_at_once(nlp):
    tok = nlp.tokenizer
    fresh = Tokenizer(nlp.vocab, rules=tok.rules, prefix_search=tok.prefix_search,
                      suffix_search=tok.suffix_search, infix_finditer=tok.infix_finditer,
                      token_match=tok.token_match, url_match=tok.url_match,
                      faster_heuristics=tok.faster_heuristics)
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert [t.text for t in tok(text)] == [t.text for t in fresh(text)], path.name


def test_spacy_comes_without_its_command_line_until_used():
    # a fresh interpreter: this one imported spaCy long ago
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from relx.nlp.quickimport import import_spacy\n"
        "spacy = import_spacy()\n"
        "assert 'spacy.cli.download' not in sys.modules and 'requests' not in sys.modules\n"
        "from spacy.cli import download\n"  # the real command line, imported now
        "assert callable(download) and sys.modules['spacy.cli'].__file__.endswith('__init__.py')\n"
        "assert spacy.cli is sys.modules['spacy.cli'] and isinstance(spacy.info(), dict)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_the_tokenizer_read_as_it_loads_is_the_one_spacy_loads(nlp):
    # relx reads the saved tokenizer into an empty one, its own rules before the special
    # cases; spaCy's way, with the rules added after, must give the same tokenizer
    import spacy

    from relx.nlp.load import DEFAULT_MODEL
    from relx.nlp.tokenizer import add_relx_rules

    assert nlp.tokenizer.relx_rules
    plain = spacy.load(DEFAULT_MODEL, exclude=["lemmatizer", "senter"])
    rules = plain.tokenizer.rules
    plain.tokenizer.rules = {}
    add_relx_rules(plain)
    plain.tokenizer.rules = rules
    assert plain.tokenizer.to_bytes(exclude=["vocab", "token_match"]) == \
        nlp.tokenizer.to_bytes(exclude=["vocab", "token_match"])
    # and it still pickles, as a tokenizer of spaCy's does
    import pickle

    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert [t.text for t in copy("(BUSINESS WIRE)--Acme")][-3:] == [")", "--", "Acme"]
