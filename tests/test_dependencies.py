"""Everything the code imports is declared in pyproject.toml (and so pinned in the lock):
nothing works only because another package happens to bring it along."""

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
FIRST_PARTY = {"accounts", "consultations", "core", "demo", "events", "feeds", "kenes"}
FIRST_PARTY |= {"actionplan", "library", "partners", "tests", "manage"}


def declared(*groups: str) -> set[str]:
    project = tomllib.loads((BASE_DIR / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    for group in groups:
        requirements += project["optional-dependencies"][group]
    return {normalise(re.split(r"[\[=<>~! ]", requirement)[0]) for requirement in requirements}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_modules(folders: list[str]) -> dict[str, str]:
    """{top-level module: a file that imports it} of the third-party imports in `folders`."""
    found = {}
    for folder in folders:
        for path in (BASE_DIR / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in FIRST_PARTY:
                        found.setdefault(top, str(path.relative_to(BASE_DIR)))
    return found


def undeclared(folders: list[str], allowed: set[str]) -> list[str]:
    distributions = importlib.metadata.packages_distributions()
    missing = []
    for module, where in sorted(imported_modules(folders).items()):
        names = {normalise(name) for name in distributions.get(module, [])}
        if not names & allowed:
            missing.append(f"{module} (imported by {where}; from {sorted(names)})")
    return missing


APPS = [
    "accounts",
    "actionplan",
    "consultations",
    "core",
    "demo",
    "events",
    "feeds",
    "kenes",
    "library",
]


def test_the_code_imports_only_declared_packages():
    assert undeclared([*APPS, "partners"], declared()) == []


def test_the_tests_import_only_declared_packages():
    assert undeclared(["tests"], declared("dev")) == []
