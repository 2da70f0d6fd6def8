"""The examples in the sandbox modules' docstrings run as tests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "sandbox",
    "sandbox.guards",
    "sandbox.limits",
    "sandbox.namespace",
    "sandbox.plain",
    "sandbox.policy",
    "sandbox.runner",
    "netops.safe_nx",
    "netops.execute",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_pass(name):
    """Every example in the module's docstrings gives the output it shows."""
    module = importlib.import_module(name)
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried > 0, f"{name} has no docstring examples"
    assert failures == 0
