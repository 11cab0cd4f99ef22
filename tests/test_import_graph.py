"""The import graph of ``retrieval`` and ``bot`` has no cycle and only points down the wings.

Imports are read with ``ast`` (every ``import`` in a module, in functions and ``TYPE_CHECKING``
blocks too), so a cycle hidden behind a late import is still found. The wings, bottom to top:
the shared floor (models, results, errors, lexicon), sources, text, attribution, index, answer,
engine and intake, the package's public API, bot. A module may import from its own wing or one below it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("retrieval", "bot")

# Wing of a module: the longest of these prefixes it falls under decides.
LEVELS = {
    "retrieval.models": 0,
    "retrieval.results": 0,
    "retrieval.errors": 0,
    "retrieval.lexicon": 0,
    "retrieval.sources": 1,  # URL / HTML / exports / feeds -> Article, below the text it becomes
    "retrieval.text": 2,
    "retrieval.attribution": 3,
    "retrieval.index": 4,
    "retrieval.answer": 5,
    "retrieval.engine": 6,
    "retrieval.intake": 6,  # adds articles: sources, then the index, beside the engine
    "retrieval": 7,  # the package itself: it re-exports the public API from the wings
    "bot": 8,
}


def _module_files() -> dict[str, Path]:
    modules = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


MODULES = _module_files()


def _target(name: str) -> str | None:
    """The project module ``name`` refers to (a module or the package holding a name), if any."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str, path: Path) -> set[str]:
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            names = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found |= {t for n in names if (t := _target(n)) is not None and t != module}
    return found


GRAPH = {module: _imports(module, path) for module, path in MODULES.items()}


def _level(module: str) -> int:
    prefix = max((p for p in LEVELS if module == p or module.startswith(p + ".")), key=len)
    return LEVELS[prefix]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_is_read():
    assert "retrieval.index.store" in GRAPH["retrieval.engine"]
    assert "retrieval.index.terms" in GRAPH["retrieval.answer.matching"]
    assert "retrieval.engine" in GRAPH["bot.cli"]


@pytest.mark.parametrize(
    "graph, expected",
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"b"}, "b": {"a"}, "c": {"a"}}, [["a", "b"]]),
    ],
)
def test_cycles_are_found(graph, expected):
    assert _cycles(graph) == expected


def test_no_import_cycle():
    assert _cycles(GRAPH) == []


def test_no_module_imports_from_a_wing_above_it():
    upward = sorted(
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if _level(target) > _level(module)
    )
    assert upward == []
