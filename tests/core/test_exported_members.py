"""The package's public names, and the rule that only annotate/extract touch spaCy."""

from __future__ import annotations

import ast
from pathlib import Path
from types import ModuleType

import chronocheck

SRC = Path(chronocheck.__file__).parent
#: Stages allowed to import spaCy: everything after them sees our dataclasses only.
SPACY_STAGES = {"annotate", "extract", "evaluate"}


def test_all_is_complete_and_sorted() -> None:
    public = {
        name
        for name, value in vars(chronocheck).items()
        if not name.startswith("_") and not isinstance(value, ModuleType) and name != "annotations"
    }
    assert sorted(chronocheck.__all__) == chronocheck.__all__
    assert public | {"__version__"} == set(chronocheck.__all__)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_spacy_stays_inside_annotate_and_extract() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        stage = path.relative_to(SRC).parts[0]
        if stage in SPACY_STAGES or path.name == "analysis.py":
            continue
        if any(name == "spacy" or name.startswith("spacy.") for name in _imports(path)):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []
