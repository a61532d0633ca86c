"""The package layout: no import cycles, and each stage imports only the stages below it.

Every import counts: module level, inside functions and under `TYPE_CHECKING`, since each
one ties the two modules together for a reader (and for mypy) even when it runs late.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefgen"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def import_graph() -> dict[str, set[str]]:
    """Return each briefgen module with the briefgen modules it imports, anywhere in it."""
    modules = _modules()

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(parts + ([node.module] if node.module else []))
                # `from briefgen.x import y`: y may be a module of its own
                found.update(f"{base}.{a.name}" for a in node.names)
        graph[name] = {m for m in map(known, found) if m and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


def test_the_cycle_check_sees_every_kind_of_import() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    # a function-level import and one under TYPE_CHECKING both count
    assert "briefgen.site" in import_graph()["briefgen.build"]
    assert "briefgen.corpus.model" in import_graph()["briefgen.corpus.contests"]


# The pipeline from the bottom up: a module imports only modules of its own layer or of
# layers below it. The longest matching name decides a module's layer.
LAYERS: list[tuple[str, ...]] = [
    ("briefgen", "briefgen.errors", "briefgen.text", "briefgen.resources", "briefgen.cachefile"),
    ("briefgen.inputs", "briefgen.config", "briefgen.report"),
    ("briefgen.ingest", "briefgen.briefs.schema", "briefgen.briefs.store"),
    ("briefgen.extract",),
    ("briefgen.briefs.refresh", "briefgen.evaluate"),
    ("briefgen.corpus",),
    ("briefgen.render",),
    ("briefgen.site",),
    ("briefgen.build",),
    ("briefgen.commands",),
    ("briefgen.cli", "briefgen.__main__"),
]
# The scoring harness is the CLI's (`briefgen eval`): no stage may lean on it.
ONLY_FROM_CLI = ("briefgen.evaluate",)


def layer_of(module: str) -> int:
    """Return the layer of a module: that of the longest name in LAYERS it starts with."""
    best, found = -1, -1
    for number, names in enumerate(LAYERS):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > best:
                best, found = len(name), number
    assert found >= 0, f"{module} is in no layer of tests/test_layout.py"
    return found


def layering_problems(graph: dict[str, set[str]]) -> list[str]:
    problems = []
    for module, imported in sorted(graph.items()):
        for other in sorted(imported):
            if layer_of(other) > layer_of(module):
                problems.append(f"{module} imports {other}, a later stage")
            if other in ONLY_FROM_CLI and module != "briefgen.cli":
                problems.append(f"{module} imports {other}, which only the CLI may")
    return problems


def test_each_stage_imports_only_the_stages_below_it() -> None:
    assert layering_problems(import_graph()) == []


def test_the_layering_check_finds_an_upward_import() -> None:
    graph = {"briefgen.extract.x": {"briefgen.render"}, "briefgen.corpus": {"briefgen.evaluate"}}
    assert layering_problems(graph) == [
        "briefgen.corpus imports briefgen.evaluate, which only the CLI may",
        "briefgen.extract.x imports briefgen.render, a later stage",
    ]


MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80
# Modules and functions allowed over the limits for now: none since issue 14's split.
# Nothing may be added to it.
TOO_LONG_FOR_NOW: set[str] = set()


def sizes() -> dict[str, tuple[int, int]]:
    """Return `file` and `file:function` with (its lines, the limit) for every module and function."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).as_posix()
        text = path.read_text(encoding="utf-8")
        found[rel] = (len(text.splitlines()), MAX_MODULE_LINES)
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                name = f"{rel}:{node.name}"
                found[name] = max(found.get(name, (0, 0))[0], length), MAX_FUNCTION_LINES
    return found


def test_no_module_over_500_lines_and_no_function_over_80() -> None:
    too_long = {name for name, (lines, limit) in sizes().items() if lines > limit}
    assert sorted(too_long - TOO_LONG_FOR_NOW) == []


def test_the_allow_list_holds_only_what_is_still_too_long() -> None:
    # Once split, a function leaves the list: the list only shrinks.
    found = sizes()
    fixed = {
        name
        for name in TOO_LONG_FOR_NOW
        if found.get(name, (0, 1))[0] <= found.get(name, (0, 1))[1]
    }
    assert sorted(fixed) == []
