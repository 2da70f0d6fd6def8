"""The tooling that keeps the house in shape: lint, types, and the import contract.

- ``ruff check`` passes on netops, sandbox and tests (configuration: ``[tool.ruff]`` in pyproject.toml).
- ``mypy`` passes on the packages that are clean today (``[tool.mypy]``: the sandbox strictly, netops/llm).
- The import contract (docs/architecture.md, "Contracts"): the sandbox never imports netops, and the
  terminal UI libraries (rich, typer, prompt_toolkit) are imported only by the CLI front ends.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: The packages mypy checks today; add one here once ``mypy <package>`` passes.
MYPY_TARGETS = ["sandbox", "netops"]

#: Top-level packages only the CLI front ends may import.
UI_PACKAGES = {"rich", "typer", "prompt_toolkit"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff_passes():
    """`ruff check` finds nothing in the package, the sandbox and the tests."""
    done = _run("ruff", "check", "--no-fix", "netops", "sandbox", "tests")
    assert done.returncode == 0, f"ruff check failed:\n{done.stdout}\n{done.stderr}"


@pytest.mark.slow
def test_mypy_passes():
    """`mypy` finds nothing in the packages that are type-clean (the sandbox under --strict rules)."""
    done = _run("mypy", *MYPY_TARGETS)
    assert done.returncode == 0, f"mypy failed:\n{done.stdout}\n{done.stderr}"


# --------------------------------------------------------------------------- import contract


def _imports(path: Path) -> Iterator[tuple[str, int]]:
    """Absolute module names imported anywhere in ``path`` (functions included), with their lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module, node.lineno
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value, node.lineno


def _sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _top(module: str) -> str:
    return module.split(".")[0]


def _is_cli_front_end(path: Path) -> bool:
    """The modules allowed to import rich, typer and prompt_toolkit.

    The ``netops/cli`` package: the command modules, the terminal renderer (``render.py``,
    rich) and the interactive shell (``repl.py``, prompt_toolkit and rich). Everything else
    (answering, program, llm, topology, store, audit, evaluation) returns plain data and leaves the
    terminal to these.
    """
    return path.relative_to(ROOT).as_posix().startswith("netops/cli/")


def test_the_import_scanner_sees_every_kind_of_import(tmp_path):
    """Plain, from, nested and importlib imports are all found; relative ones are not netops."""
    source = tmp_path / "example.py"
    source.write_text(
        "import rich.console\n"
        "from typer import Option\n"
        "from . import sibling\n"
        "def f():\n"
        "    import prompt_toolkit\n"
        "    importlib.import_module('netops.program.api')\n"
    )
    assert [name for name, _ in _imports(source)] == ["rich.console", "typer", "prompt_toolkit", "netops.program.api"]


def test_the_sandbox_never_imports_netops():
    """The sandbox is an independent package: it runs programs for netops but knows nothing of it."""
    sources = _sources("sandbox")
    assert sources
    found = [
        f"{path.relative_to(ROOT)}:{line}: {module}"
        for path in sources
        for module, line in _imports(path)
        if _top(module) == "netops"
    ]
    assert not found, "sandbox imports netops:\n" + "\n".join(found)


def test_terminal_ui_libraries_stay_in_the_cli_front_ends():
    """rich, typer and prompt_toolkit are imported only by the CLI front ends (and never by the sandbox)."""
    sources = _sources("netops") + _sources("sandbox")
    found = [
        f"{path.relative_to(ROOT)}:{line}: {module}"
        for path in sources
        if not _is_cli_front_end(path)
        for module, line in _imports(path)
        if _top(module) in UI_PACKAGES
    ]
    assert not found, "terminal UI imported outside the CLI front ends:\n" + "\n".join(found)
