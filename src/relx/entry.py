"""The `relx` command's entry point, apart from cli.py so that importing it costs nothing.

Each worker process of `relx extract --jobs N` runs the script that started relx again
before its first task (multiprocessing's "spawn" re-imports the main module, here the
`relx` console script, as `__mp_main__`). A script that imported `relx.cli` cost every
worker Click and the batch code, 0.04 s of its start-up; this module imports them only
when the command runs (issue 15).
"""
from __future__ import annotations


def main() -> None:
    from .cli import app

    app()
