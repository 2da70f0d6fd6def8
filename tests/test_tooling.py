"""The tooling that keeps the house in shape: lint, types, and the import contract.

- ``ruff check`` passes on netops, sandbox and tests (configuration: ``[tool.ruff]`` in pyproject.toml).
- ``mypy`` passes on the packages that are clean today (``[tool.mypy]``: the sandbox strictly, netops/llm).
- The import contract (docs/architecture.md, "Contracts"): the sandbox never imports netops, and the
  terminal UI libraries (rich, typer, prompt_toolkit) are imported only by the CLI front ends.
- No function in netops or sandbox runs past ``MAX_FUNCTION_LINES`` code lines, but for the data
  generators in ``LONG_FUNCTIONS_ALLOWED``.
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


# --------------------------------------------------------------------------- function length

#: The most code lines a function body may have: lines that are neither blank nor a comment, the
#: docstring left out (nested functions count in their enclosing function too). Past it, split the
#: function into named helpers.
MAX_FUNCTION_LINES = 60

#: Functions allowed past MAX_FUNCTION_LINES, by ``path:qualified name``, with the reason.
LONG_FUNCTIONS_ALLOWED = {
    "netops/topology/generate.py:leaf_spine": (
        "a data generator: lays out a leaf-spine fabric's spines, leaves, hosts and their links line by line"
    ),
    "netops/topology/generate.py:campus": (
        "a data table written as code: the campus sample's 30 devices and their links, one line each"
    ),
    "netops/topology/generate.py:dc_fabric": (
        "a data table written as code: the dc-fabric sample's two sites, borders and WAN circuits, with "
        "its deliberate imperfections"
    ),
    "netops/topology/generate.py:dc_fabric.site": (
        "a data generator: lays out one dc-fabric site's spines, leaves, racks, hosts and links line by line"
    ),
}


def _functions(tree: ast.AST, prefix: str = "") -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """Every function in ``tree`` with its qualified name (``outer.inner``, ``Class.method``)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield prefix + node.name, node
            yield from _functions(node, f"{prefix}{node.name}.")
        elif isinstance(node, ast.ClassDef):
            yield from _functions(node, f"{prefix}{node.name}.")
        else:
            yield from _functions(node, prefix)


def _code_lines(function: ast.FunctionDef | ast.AsyncFunctionDef, lines: list[str]) -> int:
    """Code lines in a function's body: not blank, not a comment, not the docstring."""
    first = function.body[0]
    end = function.end_lineno or first.lineno
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        start = (first.end_lineno or first.lineno) + 1 if len(function.body) > 1 else end
    else:
        start = first.lineno
    return sum(1 for line in lines[start - 1 : end] if line.strip() and not line.strip().startswith("#"))


def _long_functions(limit: int) -> dict[str, str]:
    """``{path:qualified name: "line N: M code lines"}`` for every function of netops and sandbox over ``limit``."""
    found = {}
    for path in _sources("netops") + _sources("sandbox"):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for name, function in _functions(ast.parse(source, filename=str(path))):
            count = _code_lines(function, lines)
            if count > limit:
                found[f"{path.relative_to(ROOT).as_posix()}:{name}"] = f"line {function.lineno}: {count} code lines"
    return found


def test_the_line_counter_leaves_out_docstrings_comments_and_blank_lines():
    """Only code counts: a docstring, comments and blank lines do not; nested functions count in their parent."""
    source = (
        "def f():\n"
        '    """Doc,\n\n    on three lines."""\n'
        "    # why\n"
        "    a = 1\n"
        "\n"
        "    def g():\n"
        "        return a\n"
        "    return g\n"
    )
    lines = source.splitlines()
    counted = {name: _code_lines(function, lines) for name, function in _functions(ast.parse(source))}
    assert counted == {"f": 4, "f.g": 1}


def test_no_function_runs_past_sixty_code_lines():
    """Functions of netops and sandbox stay within MAX_FUNCTION_LINES code lines (data generators excepted)."""
    too_long = {name: where for name, where in _long_functions(MAX_FUNCTION_LINES).items() if name not in LONG_FUNCTIONS_ALLOWED}
    assert not too_long, f"functions over {MAX_FUNCTION_LINES} code lines; split them into named helpers:\n" + "\n".join(
        f"{name} ({where})" for name, where in sorted(too_long.items())
    )


def test_the_long_function_allowlist_names_only_long_functions():
    """Every allowed function still exists and still needs its exception (shorten the list when one shrinks)."""
    long_ones = _long_functions(MAX_FUNCTION_LINES)
    stale = sorted(set(LONG_FUNCTIONS_ALLOWED) - set(long_ones))
    assert not stale, "allowed to be long, but missing or no longer long: " + ", ".join(stale)
