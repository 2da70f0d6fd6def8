"""The guards in-process: attribute rules, writes, protection, print and range caps.

Guards used outside a sandboxed child raise ``RunAborted`` where a real run
would end, so these tests need no fork.
"""

from __future__ import annotations

import networkx as nx
import pytest

from sandbox import Limits, Namespace, compile_program
from sandbox.guards import Guards, RunAborted


class Opaque:
    """An object from a module that is not on the attribute allow-list."""

    value = 1


def _run(code: str, names: dict | None = None, guards: Guards | None = None) -> dict:
    guards = guards or Guards()
    env = guards.globals_for(names or {})
    exec(compile_program(code), env)  # noqa: S102 - compiled under the policy
    return env


def _refusal(code: str, names: dict | None = None, guards: Guards | None = None) -> RunAborted:
    with pytest.raises(RunAborted) as info:
        _run(code, names, guards)
    return info.value


def test_attributes_of_plain_data_are_readable():
    """Public attributes of str, list, dict and set values can be read and called."""
    env = _run("result = ['a', 'b'].index('b') + len('x,y'.split(',')) + len({1: 2}.keys()) + len({1}.union({2}))")
    assert env["result"] == 6


def test_attributes_of_graphs_and_views_are_readable_with_networkx_allowed():
    """With networkx on the allow-list, graph methods and views are usable."""
    graph = nx.path_graph(3)
    env = _run("result = [G.number_of_nodes(), list(G.nodes), G.degree[1]]", {"G": graph}, Guards(attribute_modules=["networkx"]))
    assert env["result"] == [3, [0, 1, 2], 2]


def test_attributes_of_graphs_are_refused_without_networkx_allowed():
    """Without networkx on the allow-list, a graph's attributes are refused by type."""
    refusal = _refusal("result = G.nodes", {"G": nx.path_graph(2)})
    assert refusal.kind == "policy"
    assert "networkx.classes.graph.Graph objects are not accessible" in refusal.message


@pytest.mark.parametrize(
    ("code", "names", "label"),
    [
        ("x = f.x", {"f": len}, "function"),
        ("x = f.x", {"f": lambda: 0}, "function"),
        ("x = m.path", {"m": nx}, "module"),
        ("x = o.value", {"o": Opaque()}, "test_sandbox_guards.Opaque"),
        ("def g():\n    yield 1\nx = g().close", {}, "generator"),
        ("try:\n    1 / 0\nexcept Exception as e:\n    x = e.args", {}, "exception"),
        ("x = m.real", {"m": [].append}, "function"),
        ("x = m.start", {"m": iter([1])}, "list_iterator"),
    ],
    ids=["builtin-function", "function", "module", "unlisted-module", "generator", "exception", "method", "iterator"],
)
def test_attributes_of_dangerous_kinds_are_refused(code, names, label):
    """Attribute reads on functions, modules, generators, exceptions and unlisted types are refused."""
    refusal = _refusal(code, names)
    assert refusal.kind == "policy"
    assert f"attributes of {label} objects are not accessible" in refusal.message


def test_own_attributes_of_safe_builtin_classes_are_readable():
    """dict.fromkeys and str.join are readable on the classes themselves."""
    env = _run("result = [dict.fromkeys('ab', 0), str.join('-', ['x', 'y'])]")
    assert env["result"] == [{"a": 0, "b": 0}, "x-y"]


@pytest.mark.parametrize("attribute", ["mro", "update", "format", "append"])
def test_inherited_or_mutating_class_attributes_are_refused(attribute):
    """Class-level mro, mutating methods and format are refused on builtin classes."""
    owner = "list" if attribute == "append" else ("str" if attribute == "format" else "dict")
    refusal = _refusal(f"x = {owner}.{attribute}")
    assert refusal.message == f"attributes of classes are not accessible ({owner}.{attribute})"


def test_refusal_reports_the_program_line():
    """A run-time refusal carries the line of the program that caused it."""
    assert _refusal("a = 1\nb = 2\nc = len.x").line == 3


def test_format_allows_plain_fields_and_nested_specs():
    """str.format accepts automatic, numbered and named fields and one nested spec level."""
    env = _run("result = ['{}|{}'.format('a', 'b'), '{0}|{name}|{1:>{w}}'.format('a', 'b', name='n', w=3)]")
    assert env["result"] == ["a|b", "a|n|  b"]


@pytest.mark.parametrize("template", ["{0.real}", "{0[0]}", "{x.__class__}", "{:{w[0]}}", "{:{:{}}}"])
def test_format_refuses_attribute_and_index_fields(template):
    """Fields that walk attributes or items, and deeper spec nesting, are refused."""
    refusal = _refusal(f"result = {template!r}.format(1, x=1, w=[1])")
    assert refusal.kind == "policy"


def test_writes_go_to_dicts_and_lists_only():
    """Item assignment works on dicts and lists; other objects are refused."""
    env = _run("d = {}\nd['a'] = 1\nl = [0]\nl[0] = 2\nresult = (d, l)")
    assert env["result"] == ({"a": 1}, [2])
    refusal = _refusal("s = 'abc'\ns.x = 1")
    assert refusal.message == "cannot assign to attributes or items of str objects"


def test_protected_objects_refuse_writes_mutating_methods_and_inplace_operators():
    """Writes, mutating methods and in-place operators on a protected object are mutations."""
    data = {"tags": ["a"]}
    protected = {id(data), id(data["tags"])}
    for code, operation in [
        ("d['x'] = 1", "assignment to an item of a dict"),
        ("del d['tags']", "assignment to an item of a dict"),
        ("d.update({})", "dict.update() would change it"),
        ("d['tags'].append('b')", "list.append() would change it"),
        ("t = d['tags']\nt += ['b']", "in-place += on a list"),
        ("d['tags'] += ['b']", "assignment to an item of a dict"),
    ]:
        refusal = _refusal(code, {"d": data}, Guards(protected=protected, protected_name="the data"))
        assert refusal.kind == "mutation"
        assert refusal.message == f"the data is read-only in this run: {operation}"
    assert data == {"tags": ["a"]}


def test_unprotected_objects_are_changed_in_place():
    """Containers a program builds itself can be changed freely, in place."""
    guards = Guards(protected={12345})
    env = _run("t = []\nu = t\nt += [1]\nt.append(2)\ncounts = {}\ncounts['a'] = 0\ncounts['a'] += 5\nresult = (u, counts)", guards=guards)
    assert env["result"] == ([1, 2], {"a": 5})


def test_protected_set_from_a_callable_is_built_once_and_only_when_needed():
    """A callable protected set is evaluated lazily, once, on the first write check."""
    calls = []

    def protected():
        calls.append(1)
        return frozenset()

    guards = Guards(protected=protected)
    _run("x = [1]\ny = len(x)", guards=guards)
    assert calls == []
    _run("x = []\nx.append(1)\nx.append(2)\nx[0] = 3", guards=guards)
    assert calls == [1]


def test_print_collects_output_and_printed_reads_it():
    """print goes to one buffer per run, also from functions, and `printed` returns it."""
    guards = Guards()
    env = _run("def f():\n    print('inner')\nprint('a', 1, sep='-')\nf()\nresult = printed", guards=guards)
    assert env["result"] == "a-1\ninner\n"
    assert guards.stdout() == "a-1\ninner\n"


def test_print_cap_ends_the_run_as_output_limit():
    """Printing past the character cap ends the run with output-limit, keeping the allowed part."""
    guards = Guards(limits=Limits(max_output_chars=5))
    refusal = _refusal("print('abc')\nprint('defg')", guards=guards)
    assert (refusal.kind, refusal.line, refusal.message) == ("output-limit", 2, "the program printed more than 5 characters")
    assert guards.stdout() == "abc\nd"


def test_print_to_a_file_object_is_refused():
    """print(file=...) is refused: output only goes to the run's buffer."""
    assert _refusal("print('x', file=[])").message == "print(file=...) is not allowed; print writes to the program's output"


def test_range_is_capped():
    """range() larger than the cap raises ValueError; smaller ranges work."""
    guards = Guards(limits=Limits(max_range=10))
    assert _run("result = list(range(10))", guards=guards)["result"] == list(range(10))
    with pytest.raises(ValueError, match="range\\(\\) is limited to 10 items"):
        _run("r = range(11)", guards=guards)


def test_builtins_exclude_introspection_and_io():
    """The builtins hold no open, eval, exec, compile, getattr, type, vars, dir or globals."""
    table = Guards().builtins()
    for name in ("open", "eval", "exec", "compile", "getattr", "setattr", "type", "vars", "dir", "globals",
                 "locals", "object", "__import__", "BaseException", "SystemExit", "KeyboardInterrupt", "input", "id"):
        assert name not in table
    assert {"len", "sorted", "sum", "math", "range", "KeyError"} <= set(table)


def test_namespace_names_must_be_public_identifiers():
    """globals_for refuses namespace names that start with an underscore."""
    with pytest.raises(ValueError, match="not a public identifier"):
        Guards().globals_for({"_getattr_": len})


def test_namespace_members_are_readable_but_not_assignable():
    """A Namespace exposes its members and refuses assignment from a program."""
    ns = Namespace("tools", {"double": lambda x: 2 * x})
    assert _run("result = tools.double(3)", {"tools": ns})["result"] == 6
    assert _refusal("tools.double = None", {"tools": ns}).message == "cannot assign to attributes or items of Namespace objects"
