"""The examples in docstrings are tests too: every module of netops and sandbox that has some runs here.

Modules are found by walking the packages, so a new module's examples run
without being listed (one runner, instead of one per module).
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import netops
import sandbox

#: The packages walked (``netops.__main__`` only runs the CLI under ``python -m``, so importing it is safe).
_PACKAGES = (netops, sandbox)


def _module_names() -> list[str]:
    names = []
    for package in _PACKAGES:
        names.append(package.__name__)
        names.extend(info.name for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."))
    return sorted(names)


MODULES = _module_names()


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_pass(name, home):
    """Every example in the module's docstrings gives the output it shows (with a scratch NETOPS_HOME)."""
    module = importlib.import_module(name)
    failures, _tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0


def test_the_walk_finds_the_modules_with_examples():
    """The walk sees the packages' modules, and enough of them carry examples to be worth a runner."""
    finder = doctest.DocTestFinder()
    with_examples = [
        name for name in MODULES if any(test.examples for test in finder.find(importlib.import_module(name)))
    ]
    assert {"netops", "netops.program.api", "netops.program.aliases", "netops.program.expectations", "netops.topology.formats.lldp"} <= set(
        with_examples
    )
