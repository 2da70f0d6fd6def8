"""The examples in the llm modules' docstrings run as tests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "netops.llm.base",
    "netops.llm.models",
    "netops.llm.llama_cpp",
    "netops.llm.openai_http",
    "netops.llm.resolve",
    "netops.testing",
]


@pytest.mark.parametrize("name", MODULES)
def test_llm_docstring_examples_pass(name):
    """Every example in the module's docstrings gives the output it shows."""
    module = importlib.import_module(name)
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried > 0, f"{name} has no docstring examples"
    assert failures == 0
