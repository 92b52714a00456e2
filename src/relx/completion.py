"""Tab completion for bash, zsh and fish, by Click's own mechanism.

The shell asks `relx` itself for completions (with `_RELX_COMPLETE` set in the
environment), so completion needs no file to keep in sync with the options; installing
it is one line in the shell's start-up file (a file of its own for fish). Nothing here is
imported unless asked for, so `relx --help` pays nothing for it.
"""
from __future__ import annotations

from pathlib import Path

VARIABLE = "_RELX_COMPLETE"
STARTUP = {"bash": "~/.bashrc", "zsh": "~/.zshrc"}
FISH_FILE = "~/.config/fish/completions/relx.fish"


def script(shell: str, command) -> str:
    """The completion script for `shell` and the Click `command` (relx's), as Click
    writes it."""
    from click.shell_completion import get_completion_class

    return get_completion_class(shell)(command, {}, "relx", VARIABLE).source()


def install(shell: str, command) -> str:
    """Make `shell` load relx's completion at start-up; returns what was done."""
    if shell == "fish":
        path = Path(FISH_FILE).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(script(shell, command), encoding="utf-8")
        return f"relx completion installed in {path}"
    path = Path(STARTUP[shell]).expanduser()
    line = f'eval "$({VARIABLE}={shell}_source relx)"'
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if line not in existing:
        with path.open("a", encoding="utf-8") as rc:
            rc.write(("" if existing.endswith("\n") or not existing else "\n") + line + "\n")
    return f"relx completion installed in {path}; open a new shell to use it"
