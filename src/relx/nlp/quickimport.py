"""Import spaCy without its command line, which relx never runs (issue 15).

`import spacy` runs `from .cli.info import info` (for `spacy.info()`), and importing any
module of `spacy.cli` first runs `spacy/cli/__init__.py`, which imports every spaCy
command: `download` with requests and httpx, `project` with weasel, typer, ... On the
2-core machine this was measured on, that is 0.1 of the 0.45 CPU-seconds `import spacy`
takes, in every relx process (a one-file run, each `--jobs` worker).

Before spaCy is imported, `spacy.cli` and `spacy.cli.info` are put in `sys.modules` as
stand-ins. Nothing of spaCy is changed: the first use of anything from `spacy.cli`
(an attribute of the stand-in, `spacy.info()`) drops the stand-ins and imports the real
package, so every name works as before, just imported later. The stand-in package keeps
the real directory as its path, so `import spacy.cli.download` loads the real submodule.
Should a spaCy release import more of its command line at start-up, it gets the real
package through the same door: slower, never wrong. And should `import spacy` fail with
the stand-ins in place, they are removed and spaCy imported the ordinary way.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import types

CLI, INFO = "spacy.cli", "spacy.cli.info"


def import_spacy():
    """`import spacy`, without `spacy.cli` until something uses it."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins = _stand_ins()
    if stand_ins is None:
        import spacy

        return spacy
    sys.modules.update(stand_ins)
    try:
        import spacy
    except Exception:  # noqa: BLE001 - whatever the cause, the ordinary import decides
        # A failed import leaves no `spacy` in sys.modules (its submodules stay, already
        # imported), so this runs spaCy's __init__ again, now with the real command line.
        _drop(stand_ins)
        import spacy

        return spacy
    # Imported from `sys.modules`, the stand-ins are not yet attributes of their parents.
    if getattr(spacy, "cli", None) is None:
        spacy.cli = stand_ins[CLI]
    return spacy


def _stand_ins() -> dict[str, types.ModuleType] | None:
    """Stand-ins for `spacy.cli` and `spacy.cli.info`, or None when spaCy is not laid
    out as expected (then it is imported as it is)."""
    if CLI in sys.modules or INFO in sys.modules:
        return None
    try:
        spec = importlib.util.find_spec("spacy")
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec else []
    folders = [os.path.join(place, "cli") for place in locations]
    if not folders or not all(os.path.isfile(os.path.join(f, "info.py")) for f in folders):
        return None
    cli = types.ModuleType(CLI, "spaCy's command line, imported when first used (quickimport)")
    cli.__path__ = folders
    cli.__package__ = CLI
    info = types.ModuleType(INFO)
    info.__package__ = CLI
    stand_ins = {CLI: cli, INFO: info}

    def real_cli() -> types.ModuleType:
        _drop(stand_ins)
        module = importlib.import_module(CLI)
        sys.modules["spacy"].cli = module
        return module

    def cli_getattr(name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(real_cli(), name)

    def info_getattr(name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        real_cli()
        return getattr(importlib.import_module(INFO), name)

    def spacy_info(*args, **kwargs):
        """spaCy's `info`, from the real command line (imported now)."""
        real_cli()
        return importlib.import_module(INFO).info(*args, **kwargs)

    cli.__getattr__ = cli_getattr  # PEP 562: asked for names the module does not hold
    info.__getattr__ = info_getattr
    info.info = spacy_info
    cli.info = spacy_info  # as in the real package, where the function hides its module
    return stand_ins


def _drop(stand_ins: dict[str, types.ModuleType]) -> None:
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]
