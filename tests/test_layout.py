"""The package layout reads as the pipeline: read -> nlp -> extractors -> render.

Checked from the source alone (no import runs): every `import` and `from ... import` in
src/relx, including those inside functions, is an edge of the module graph. A stage may
import from its own stage and earlier ones and from `relx.model` (the records every
stage shares), never from a later stage nor from the modules that tie stages together
(`relx.pipeline`, `relx.cli`, ...); `relx.model` imports nothing from relx; and the graph
has no circle.
"""
from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "relx"
STAGES = {"read": 0, "nlp": 1, "extractors": 2, "render": 3}
# About 600 lines at most: a module over it is doing more than one job. A little over is
# allowed where a split would cut one set of rules in two (entities/candidates.py).
MAX_LINES = 650


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """The relx modules `name` (at `path`) imports: for `from a.b import c`, the module
    a.b.c when c is one, else a.b."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                if f"{target}.{alias.name}" in known:
                    found.add(f"{target}.{alias.name}")
                elif target in known:
                    found.add(target)
    return found - {name}


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: imported(name, path, known) for name, path in found.items()}


def stage(name: str) -> int | None:
    """The stage a module belongs to; None for the modules that tie stages together."""
    parts = name.split(".")
    return STAGES.get(parts[1]) if len(parts) > 1 else None


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The graph's strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read_from_the_source():
    edges = graph()
    assert "relx.nlp.load" in edges["relx.pipeline"]
    assert "relx.extractors.dates" in edges["relx.pipeline"]
    assert "relx.model" in edges["relx.render.jsonout"]


def test_no_import_circle():
    assert cycles(graph()) == []


def test_a_circle_would_be_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_stage_imports_a_later_stage_or_the_modules_that_tie_them():
    wrong = []
    for name, targets in graph().items():
        own = stage(name)
        if own is None:
            continue
        for target in targets:
            if target == "relx.model":
                continue
            theirs = stage(target)
            if theirs is None or theirs > own:
                wrong.append(f"{name} -> {target}")
    assert wrong == []


def test_the_records_import_nothing_from_relx():
    assert graph()["relx.model"] == set()


def test_every_package_says_what_its_stage_receives_and_gives():
    for name in STAGES:
        doc = ast.get_docstring(ast.parse((PACKAGE / name / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "Receives" in doc and "Gives" in doc, name


def test_no_module_is_much_over_600_lines():
    long = {name: n for name, path in modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
