"""The examples in module docstrings are tests too: they run here."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "netops",  # the Python API: load, run, ask (with a scripted backend)
    "netops.api",
    "netops.buildflags",
    "netops.caches",
    "netops.diff",
    "netops.ifnames",
    "netops.intent",
    "netops.llm.base",
    "netops.errors",
    "netops.retrieval",
    "netops.retarget",
    "netops.selection",
    "netops.pipeline",
    "netops.programs",
    "netops.render",
    "netops.stdio",
    "netops.topology.generate",
    "netops.topology.model",
    "netops.topology.notes",
    "netops.topology.conventions",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_pass(name):
    """Every example in the module's docstrings gives the output it shows."""
    module = importlib.import_module(name)
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried > 0, f"{name} has no docstring examples"
    assert failures == 0
