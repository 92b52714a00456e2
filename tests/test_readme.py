"""The README's commands run exactly as written, and its Guarantees name real tests.

Every line of a ```sh block is run with bash (`set -o pipefail`) in a scratch folder that
holds `samples/`, with this checkout's `relx` first on PATH. A line written `$ command`
is followed by the output it must print. The install and test lines (`pip install`,
`pytest`) are what `.ci/run` itself runs, so they are not run again here.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> list[tuple[str, str | None]]:
    """(command, expected stdout or None) for every line of the README's sh blocks."""
    found = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL):
        lines = block.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("$ "):
                output = []
                i += 1
                while i < len(lines) and not lines[i].startswith("$ ") and lines[i].strip():
                    output.append(lines[i])
                    i += 1
                found.append((line[2:], "\n".join(output) + "\n"))
                continue
            if line.strip() and not re.search(r"pip install|pytest", line):
                found.append((line, None))
            i += 1
    return found


def test_the_readme_commands_run_as_written(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "relx"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m relx "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    (work / "samples").symlink_to(ROOT / "samples")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                       os.environ.get("PYTHONPATH", "")]))}
    ran = 0
    for command, expected in commands():
        if "jq" in command and shutil.which("jq") is None:
            continue
        proc = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=work, env=env,
                              capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
        assert proc.returncode == 0, (command, proc.stderr)
        if expected is not None:
            assert proc.stdout == expected, command
        ran += 1
    assert ran >= 5


def test_every_guarantee_names_a_test_that_exists():
    section = README.split("## Guarantees", 1)[1].split("\n## ", 1)[0]
    names = set(re.findall(r"`(test_\w+)`", section))
    assert names
    defined = set()
    for path in (ROOT / "tests").glob("test_*.py"):
        defined |= set(re.findall(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.M))
    assert sorted(names - defined) == []


@pytest.mark.parametrize("line", [c for c, _ in commands() if "relx" in c])
def test_readme_commands_use_options_that_exist(line):
    """A cheap guard that runs everywhere (no jq needed): each option the README uses
    is one `relx extract --help` lists."""
    from click.testing import CliRunner

    from relx.cli import app

    help_text = CliRunner().invoke(app, ["extract", "--help"]).stdout
    for option in re.findall(r"\s(--[a-z-]+)", line):
        assert option in help_text, (line, option)
