"""The compile-time policy: what RestrictedPython and the sandbox's own rules refuse.

Compilation is tested in-process (it is pure); running the compiled code
uses the guards without a fork.
"""

from __future__ import annotations

from importlib.metadata import version

import pytest

from sandbox import PolicyViolation, compile_program
from sandbox.guards import Guards, RunAborted


def _policy_error(source: str) -> PolicyViolation:
    with pytest.raises(PolicyViolation) as info:
        compile_program(source)
    return info.value


def test_pinned_restrictedpython_has_the_published_fixes():
    """RestrictedPython is at least 9.0, which carries every fix the attack suite relies on."""
    major = int(version("RestrictedPython").split(".")[0])
    assert major >= 9


def test_compiled_code_carries_the_program_file_name():
    """Compiled programs are named <program> so tracebacks and frames can be matched."""
    assert compile_program("x = 1").co_filename == "<program>"


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        ("import os", 1, "import is not allowed: use only the names the program is given"),
        ("x = 1\nfrom os import path", 2, "import is not allowed: use only the names the program is given"),
        ("class A:\n    pass", 1, "class definitions are not allowed"),
        ("x = {}\ny = '{a}'.format_map(x)", 2, '"format_map" is not allowed; use an f-string or str.format with plain fields'),
        ("x = G._adj", 1, '"_adj" is an invalid attribute name because it starts with "_".'),
        ("_secret = 1", 1, '"_secret" is an invalid variable name because it starts with "_"'),
        ("def f(a, _b, /):\n    pass", 1, '"_b" is an invalid variable name because it starts with "_"'),
        ("try:\n    pass\nexcept* ValueError:\n    pass", 1, "TryStar statements are not allowed."),
        ("x = (", 1, "SyntaxError: '(' was never closed"),
        ("x = 1 +", 1, "SyntaxError: invalid syntax"),
        ("x.y += 1", 1, "Augmented assignment of attributes is not allowed."),
        ("x[1:2] += [1]", 1, "Augmented assignment of object items and slices is not allowed."),
    ],
    ids=["import", "from-import", "class", "format_map", "underscore-attr", "underscore-name", "posonly",
         "except-star", "syntax-unclosed", "syntax", "augassign-attr", "augassign-slice"],
)
def test_refused_constructs_report_message_and_line(source, line, message):
    """Each refused construct is reported with its exact message and line."""
    error = _policy_error(source)
    assert (error.line, error.message) == (line, message)


def test_nul_byte_is_refused():
    """A NUL byte in the source is refused at compile time."""
    assert _policy_error("x = 1\x00").message == "SyntaxError: source code string cannot contain null bytes"


def test_subscript_augmented_assignment_is_rewritten_through_the_guards():
    """counts[k] += 1 works, evaluates its operands once, and goes through the write guard."""
    guards = Guards()
    env = guards.globals_for({})
    source = "calls = []\ndef key():\n    calls.append(1)\n    return 'a'\ncounts = {'a': 1}\ncounts[key()] += 41\nresult = (counts, len(calls))"
    exec(compile_program(source), env)  # noqa: S102 - compiled under the policy
    assert env["result"] == ({"a": 42}, 1)


def test_subscript_augmented_assignment_on_protected_data_is_a_mutation():
    """An augmented assignment into a protected dict is stopped before anything is read."""
    data = {"a": 1}
    guards = Guards(protected={id(data)})
    env = guards.globals_for({"d": data})
    with pytest.raises(RunAborted) as info:
        exec(compile_program("d['a'] += 1"), env)  # noqa: S102 - compiled under the policy
    assert info.value.kind == "mutation"
    assert data == {"a": 1}


def test_generated_temporary_names_are_not_reachable():
    """The rewrite's temporaries start with an underscore, so programs cannot name them."""
    error = _policy_error("d = {'a': 1}\nd['a'] += 1\nx = _tmp0")
    assert error.line == 3
