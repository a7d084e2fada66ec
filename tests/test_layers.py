"""The layers hold: no import cycle anywhere, and no import from a lower layer up.

Every import statement in ``src/unikom`` counts, wherever it stands: at module
level, inside a function (a lazy import) or under ``if TYPE_CHECKING``.  The
order, bottom to top, is :data:`LAYERS`; a module may import from its own
layer and the layers below it.  ``unikom/__init__.py`` (the public face, with
its list of public names) and ``unikom/__main__.py`` sit on top.  The test
reads the source with :mod:`ast`, so it sees imports that a run never reaches.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "unikom"

#: Bottom to top.  A module's layer is the first entry its dotted name starts with.
LAYERS: tuple[str, ...] = (
    "unikom._version",
    "unikom.model",
    "unikom.checking",
    "unikom.deadlines",
    "unikom.publish",
    "unikom.services",
    "unikom.cli",
)
#: The public face: above every layer.
TOP: frozenset[str] = frozenset({"unikom", "unikom.__main__", "unikom._public", "unikom._facegen"})


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer(module: str) -> int:
    if module in TOP:
        return len(LAYERS)
    for rank, prefix in enumerate(LAYERS):
        if module == prefix or module.startswith(prefix + "."):
            return rank
    raise AssertionError(f"{module} is in no layer: add its package to LAYERS in {__file__}")


def resolve(importer: str, node: ast.ImportFrom) -> str:
    """Return the absolute module an ``from … import`` statement names."""
    if node.level == 0:
        return node.module or ""
    is_package = MODULES[importer].name == "__init__.py"
    base = importer.split(".")
    # "from . import x" in a package's __init__ means the package itself.
    drop = node.level - 1 if is_package else node.level
    anchor = base[: len(base) - drop] if drop else base
    return ".".join([*anchor, *([node.module] if node.module else [])])


def own(name: str) -> bool:
    return name == "unikom" or name.startswith("unikom.")


def targets(importer: str, tree: ast.AST) -> Iterator[tuple[str, int]]:
    """Yield each unikom module *importer* imports, with the line that does it.

    ``from package import name`` imports the submodule ``package.name`` when
    there is one, and the package otherwise.  Importing ``a.b.c`` also runs the
    ``__init__`` of ``a.b``; that is no dependency of the importer's own, so it
    is not an edge.  It matters only for the root ``unikom``, and that one is
    checked to load nothing eagerly but the bottom layer
    (see :func:`test_the_face_loads_nothing_eagerly`).
    """
    for node in ast.walk(tree):
        if not isinstance(node, ast.Import | ast.ImportFrom | ast.Call):
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = resolve(importer, node)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                names.append(sub if sub in MODULES else base)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
        ):
            names = list(dynamic_imports(node.args[0]))
        for name in names:
            if own(name):
                yield name, node.lineno


def dynamic_imports(argument: ast.expr) -> Iterator[str]:
    """The modules an ``import_module(…)`` call can load, read from its argument.

    A constant names one module; an f-string such as ``f"unikom.cli.{name}"``
    stands for every module under its constant prefix.
    """
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        yield argument.value
    elif isinstance(argument, ast.JoinedStr) and argument.values:
        first = argument.values[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            prefix = first.value
            yield from (m for m in MODULES if m.startswith(prefix) and m != prefix.rstrip("."))
    elif isinstance(argument, ast.Name):
        # A name bound elsewhere (the face's lazy map): checked by the face's own test.
        return


def build_graph() -> dict[str, dict[str, int]]:
    graph: dict[str, dict[str, int]] = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        edges: dict[str, int] = {}
        for target, line in targets(name, tree):
            if target != name and target in MODULES:
                edges.setdefault(target, line)
        graph[name] = edges
    return graph


GRAPH = build_graph()


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Tarjan's strongly connected components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in graph[node]:
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        layer(module)


def test_no_import_cycle_anywhere() -> None:
    found = cycles(GRAPH)
    described = [
        " → ".join(f"{a} (line {GRAPH[a][b]})" for a, b in zip(c, [*c[1:], c[0]], strict=True))
        if all(b in GRAPH[a] for a, b in zip(c, [*c[1:], c[0]], strict=True))
        else ", ".join(c)
        for c in found
    ]
    assert found == [], "import cycles:\n" + "\n".join(described)


def test_no_import_from_a_lower_layer_to_a_higher_one() -> None:
    upward = [
        f"{MODULES[a].relative_to(SRC)}:{line}: {a} imports {b}"
        for a, edges in GRAPH.items()
        for b, line in edges.items()
        if layer(b) > layer(a)
    ]
    assert upward == [], "imports that go up a layer:\n" + "\n".join(upward)


def test_the_face_loads_nothing_eagerly() -> None:
    """``import unikom`` (which every ``import unikom.x`` runs) loads only the bottom.

    That is what lets every layer import ``unikom.…`` without depending on the
    face above it, and what keeps ``unikom --help`` fast.
    """
    tree = ast.parse(MODULES["unikom"].read_text(encoding="utf-8"))
    eager: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and own(resolve("unikom", node)):
            eager.append(resolve("unikom", node))
        elif isinstance(node, ast.Import):
            eager.extend(alias.name for alias in node.names if own(alias.name))
    assert all(layer(name) == 0 or name == "unikom._public" for name in eager), eager


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import unikom.checking.kinds", {"unikom.checking.kinds"}),
        (
            "from unikom.checking import _engine, load",
            {"unikom.checking", "unikom.checking._engine"},
        ),
        ("from unikom.model.text import Text", {"unikom.model.text"}),
        ("import unikom", {"unikom"}),
        ("def f():\n    from unikom.cli import main", {"unikom.cli"}),
        (
            "if TYPE_CHECKING:\n    from unikom.services import forms",
            {"unikom.services.forms"},
        ),
        ("import importlib\nimportlib.import_module('unikom.publish.ics')", None),
    ],
)
def test_the_reader_sees_every_kind_of_import(source: str, expected: set[str] | None) -> None:
    found = {name for name, _line in targets("unikom.model.text", ast.parse(source))}
    if expected is None:
        assert "unikom.publish.ics" in found
    else:
        assert found == expected


def test_relative_imports_are_resolved() -> None:
    node = ast.parse("from ._core import answer_due").body[0]
    assert isinstance(node, ast.ImportFrom)
    assert resolve("unikom.deadlines", node) == "unikom.deadlines._core"
    node = ast.parse("from .text import Text").body[0]
    assert isinstance(node, ast.ImportFrom)
    assert resolve("unikom.model.party", node) == "unikom.model.text"


def test_a_cycle_and_an_upward_import_would_be_found() -> None:
    graph = {"a": {"b": 1}, "b": {"c": 2}, "c": {"a": 3}, "d": {}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert layer("unikom.model.text") < layer("unikom.checking.kinds")
