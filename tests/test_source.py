"""The package's own source: no module binds a top-level name twice. A second definition of a constant or a
function silently replaces the first for every use in the module, the uses before it too (stop 61 found six
such constants in the events modules, each read with the wrong value)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def rebound_names(source: str) -> dict[str, list[int]]:
    """The top-level names ``source`` binds more than once, with the lines; a binding that reads the
    name's own earlier value (``X = X | Y``) extends it and does not count."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            lines[node.name].append(node.lineno)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            read = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            for target in targets:
                if isinstance(target, ast.Name) and target.id not in read:
                    lines[target.id].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("_A = 3\ndef f():\n    return _A\n_A = 16\n", {"_A": [1, 4]}),
        ("def g():\n    pass\ndef g():\n    pass\n", {"g": [1, 3]}),
        ("X = frozenset()\nX = X | {1}\n", {}),  # an extension of its own value
        ("_B: int = 1\n_C = 2\n", {}),
    ],
)
def test_rebound_names(source: str, expected: dict[str, list[int]]) -> None:
    assert rebound_names(source) == expected


@pytest.mark.parametrize(
    "path", sorted((ROOT / "src" / "khabar").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT))
)
def test_no_module_binds_a_top_level_name_twice(path: Path) -> None:
    assert rebound_names(path.read_text(encoding="utf-8")) == {}
