"""The modules stand in the order docs/architecture.md lists them, and import one way.

Every import counts: at the top of a module, inside a function, under ``TYPE_CHECKING``. An
import of a module also runs its package's ``__init__`` (for a module of another package),
so an ``__init__`` that imports something stands where the list puts it. Read from the
source with ``ast``; nothing is imported.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
# import name -> folder: cli/ installs as qcdc_cli (pyproject.toml's package-dir)
PACKAGES = {"qcdc_rules": ROOT / "qcdc_rules", "qcdc_cli": ROOT / "cli"}
CLI = "qcdc_cli"  # one layer, the last: its modules may import one another, but not in a circle


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module
    line: int
    where: str  # "at the top", "inside a function", "in a block" (if, try, with, class body at the top)


def modules() -> dict[str, tuple[Path, bool]]:
    """{module name: (file, is a package __init__)} of every .py file of the packages."""
    out = {}
    for top, folder in PACKAGES.items():
        for path in sorted(folder.rglob("*.py")):
            parts = [top, *path.relative_to(folder).with_suffix("").parts]
            is_init = parts[-1] == "__init__"
            if is_init:
                parts.pop()
            out[".".join(parts)] = (path, is_init)
    return out


def _resolve(name: str, known) -> str | None:
    """The longest prefix of ``name`` that is a module (``a.b.Name`` → ``a.b``)."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def _contexts(tree: ast.Module) -> dict[int, str]:
    """Where each node stands: "at the top" (a statement of the module), "inside a function", or
    "in a block" (under an if, a try or a with at the top, or in a class body)."""
    functions = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
    out: dict[int, str] = {}

    def visit(node: ast.AST, context: str) -> None:
        for child in ast.iter_child_nodes(node):
            out[id(child)] = context
            visit(child, "inside a function" if isinstance(child, functions) else context)

    for statement in tree.body:
        out[id(statement)] = "at the top"
        visit(statement, "inside a function" if isinstance(statement, functions) else "in a block")
    return out


def imports_of(name: str, path: Path, is_init: bool, known) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if is_init else name.rpartition(".")[0]
    where = _contexts(tree)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [_resolve(alias.name, known) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            # ``from pkg import sub`` imports the submodule; ``from pkg import name`` the package
            targets = [f"{module}.{alias.name}" if f"{module}.{alias.name}" in known else _resolve(module, known)
                       for alias in node.names]
        else:
            continue
        for target in targets:
            if target is not None and target != name:
                out.append(Import(name, target, node.lineno, where[id(node)]))
    return out


def graph() -> tuple[dict[str, tuple[Path, bool]], list[Import]]:
    """Every module, and every (importer, imported) pair once, at its first line."""
    known = modules()
    edges: dict[tuple[str, str], Import] = {}

    def add(imp: Import) -> None:
        key = (imp.source, imp.target)
        if key not in edges or imp.line < edges[key].line:
            edges[key] = imp

    for name, (path, is_init) in known.items():
        for imp in imports_of(name, path, is_init, known):
            add(imp)
            # importing a.b.c runs a.b's __init__ first, unless the importer is inside a.b
            parent = imp.target.rpartition(".")[0]
            while parent and not (imp.source == parent or imp.source.startswith(parent + ".")):
                if parent in known:
                    add(Import(name, parent, imp.line, imp.where))
                parent = parent.rpartition(".")[0]
    return known, sorted(edges.values(), key=lambda e: (e.source, e.line, e.target))


def documented_order() -> list[str]:
    """The modules docs/architecture.md lists, in its order: lines ``- `module` — what it holds``."""
    return re.findall(r"^- `((?:qcdc_rules|qcdc_cli)(?:\.\w+)*)` — ", DOC.read_text(encoding="utf-8"), re.MULTILINE)


def _layer(module: str) -> str:
    return CLI if module == CLI or module.startswith(CLI + ".") else module


def cycles(nodes, edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component of more than one module (Tarjan), each as a circle
    through the component that can be read in the failure message."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:  # iterative would be longer; the graph is small
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
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

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return sorted(found)


def _describe(imp: Import) -> str:
    return f"{imp.source} imports {imp.target} (line {imp.line}, {imp.where})"


def test_every_module_is_listed_once():
    known, edges = graph()
    order = documented_order()
    assert order, f"no modules listed in {DOC}"
    repeated = sorted({m for m in order if order.count(m) > 1})
    assert not repeated, f"listed more than once in {DOC.name}: {repeated}"
    listed = set(order)
    imports = {e.source for e in edges if not e.source.startswith(CLI)}
    missing = sorted(m for m, (_, is_init) in known.items()
                     if _layer(m) not in listed and (not is_init or m in imports))
    assert not missing, f"modules {DOC.name} does not list (give each a line where what it imports stands): {missing}"
    gone = sorted(m for m in listed if m not in known)
    assert not gone, f"{DOC.name} lists modules that do not exist: {gone}"


def test_no_module_imports_in_a_circle():
    known, edges = graph()
    out: dict[str, set[str]] = {}
    for e in edges:
        out.setdefault(e.source, set()).add(e.target)
    found = cycles(known, out)
    lines = []
    for component in found:
        members = set(component)
        lines.append(" ↔ ".join(component) + ":")
        lines += [f"    {_describe(e)}" for e in edges if e.source in members and e.target in members]
    assert not found, "modules that import one another in a circle:\n" + "\n".join(lines)


def test_every_import_goes_down_the_documented_order():
    known, edges = graph()
    position = {m: i for i, m in enumerate(documented_order())}
    wrong = []
    importing = {e.source for e in edges}
    for e in edges:
        source, target = _layer(e.source), _layer(e.target)
        if source == target == CLI:
            continue  # within the CLI: only circles are refused (above)
        if source not in position:
            continue  # an unlisted module: test_every_module_is_listed_once says so
        if target not in position:
            if known[e.target][1] and e.target not in importing:
                continue  # an __init__ that imports nothing
            wrong.append(f"{_describe(e)}: {target} is not in {DOC.name}")
        elif position[target] >= position[source]:
            wrong.append(f"{_describe(e)}, which stands after it")
    assert not wrong, f"imports against the order of {DOC.name}:\n" + "\n".join(sorted(wrong))


def test_cycles_finds_a_hidden_circle():
    # the shape the engine had: a function-level import closing a circle of top-level ones
    edges = {"facts": {"schema"}, "compile": {"facts"}, "evaluate": {"compile", "facts"}, "schema": set()}
    assert cycles(edges, edges) == []
    edges["facts"].add("evaluate")
    assert cycles(edges, edges) == [["compile", "evaluate", "facts"]]


def test_imports_are_read_wherever_they_are_written(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("from typing import TYPE_CHECKING\nimport a.b\nif TYPE_CHECKING:\n    from .c import X\n\n\n"
                      "class K:\n    def f(self):\n        from a import b, d\n", encoding="utf-8")
    found = {(i.target, i.where) for i in imports_of("p.m", source, False, {"p", "p.m", "p.c", "a", "a.b"})}
    assert found == {("a.b", "at the top"), ("p.c", "in a block"), ("a.b", "inside a function"),
                     ("a", "inside a function")}
