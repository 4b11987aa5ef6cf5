"""What every lexicon's consistency test asks: that each name it exports is read somewhere."""

import ast
from pathlib import Path

import articles

_SOURCES = Path(articles.__file__).parent


def _public_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return {n for n in names if not n.startswith("_")}


def _names_read(tree: ast.Module) -> set[str]:
    read = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            read.add(node.id)
        elif isinstance(node, ast.ImportFrom):
            read.update(alias.name for alias in node.names)
    return read


def public_names(module) -> set[str]:
    """The names `module` defines at its top level for other modules."""
    return _public_names(ast.parse(Path(module.__file__).read_text()))


def unused_exports(module) -> set[str]:
    """Public names of `module` that no other module of the app reads."""
    path = Path(module.__file__)
    exported = public_names(module)
    read: set[str] = set()
    for source in _SOURCES.rglob("*.py"):
        if source != path and "migrations" not in source.parts:
            read |= _names_read(ast.parse(source.read_text()))
    return exported - read
