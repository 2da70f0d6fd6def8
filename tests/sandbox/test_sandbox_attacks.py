"""The attack suite: hostile programs run through ``netops.program.execute`` with the real helpers.

Every case states its exact outcome — refused at compile time (``policy``
with a line), refused by a guard at run time, stopped by a limit, or
harmless (a ``runtime`` error or an ``ok`` value that touches nothing) —
and the ``host`` fixture checks after each one that this process, the lab
graph and the file system are unchanged.

Re-run this file on every upgrade of Python, RestrictedPython or networkx.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from sandbox_support import FAST, INJECTION

from netops.program.execute import execute
from sandbox import Limits

_UNSET = object()


def _noop() -> int:
    """A harmless helper whose attributes a program tries to set."""
    return 1


@dataclass(frozen=True)
class Case:
    """One hostile program and the exact outcome it must have."""

    name: str
    code: str
    kind: str | None  # None: the run succeeds
    fragment: str = ""  # must appear in the message
    line: int | tuple[int, ...] | None = None  # a tuple: any of these (where a timer fires varies)
    read_only: bool = False
    value: Any = _UNSET
    helpers: dict[str, Any] | None = None
    limits: Limits = field(default=FAST)


CASES = [
    # -- imports ---------------------------------------------------------------------------
    Case("import_os", "import os", "policy", "import is not allowed", 1),
    Case("from_import", "from os import system", "policy", "import is not allowed", 1),
    Case("dunder_import_call", "__import__('os').system('id')", "policy", '"__import__" is an invalid variable name', 1),
    Case("builtins_name", "b = __builtins__", "policy", "starts with \"_\"", 1),
    Case("import_in_function", "def f():\n    import subprocess\n    return subprocess\nresult = f()", "policy", "import is not allowed", 2),
    Case("importlib_name", "result = importlib.import_module('os')", "runtime", "name 'importlib' is not defined", 1),
    Case("pickle_import", "import pickle\nresult = pickle.dumps(G)", "policy", "import is not allowed", 1),
    Case("threading_import", "import threading", "policy", "import is not allowed", 1),
    # -- dunders and class walks -------------------------------------------------------------
    Case("subclasses_walk", "result = ().__class__.__bases__[0].__subclasses__()", "policy", '"__subclasses__"', 1),
    Case("graph_class", "x = 1\nresult = G.__class__", "policy", '"__class__"', 2),
    Case("facade_dict", "result = nx.__dict__", "policy", '"__dict__"', 1),
    Case("object_subclasses", "result = object.__subclasses__()", "policy", '"__subclasses__"', 1),
    Case("method_self", "result = G.add_node.__self__", "policy", '"__self__"', 1),
    Case("function_globals", "f = nx.shortest_path\nresult = f.__globals__", "policy", '"__globals__"', 2),
    Case("view_internals", "result = G.nodes._nodes", "policy", '"_nodes"', 1),
    Case("type_builtin", "result = type(G)", "runtime", "name 'type' is not defined", 1),
    Case("object_builtin", "result = object", "runtime", "name 'object' is not defined", 1),
    Case("str_mro", "result = str.mro()", "policy", "attributes of classes are not accessible (str.mro)", 1),
    Case("nx_class_attribute", "result = nx.Graph.add_edge", "policy", "attributes of classes are not accessible", 1),
    Case("dunder_key_lookup", "result = G.graph['__builtins__']", "runtime", "KeyError: '__builtins__'", 1),
    Case("class_in_result", "result = [int, str]", "runtime", "result[0] is a type object", None),
    # -- frames through generators, coroutines, tracebacks -----------------------------------
    Case("gen_frame_walk", "def g():\n    yield 1\nresult = g().gi_frame.f_back.f_globals", "policy", '"f_globals" is a restricted name', 3),
    Case("gen_gi_frame", "def g():\n    yield 1\nresult = g().gi_frame", "policy", '"gi_frame" is a restricted name', 3),
    Case("genexp_gi_frame", "result = (x for x in [1]).gi_frame", "policy", '"gi_frame" is a restricted name', 1),
    Case("gen_gi_code", "def g():\n    yield 1\nresult = g().gi_code", "policy", '"gi_code" is a restricted name', 3),
    Case("gen_public_attribute", "def g():\n    yield 1\nresult = g().send", "policy", "attributes of generator objects are not accessible", 3),
    Case("async_def", "async def f():\n    pass", "policy", "AsyncFunctionDef statements are not allowed", 1),
    Case("cr_frame", "x = 1\nresult = x.cr_frame", "policy", '"cr_frame" is a restricted name', 2),
    Case("tb_dunder", "try:\n    1 / 0\nexcept Exception as e:\n    result = e.__traceback__", "policy", '"__traceback__"', 4),
    Case("tb_frame", "try:\n    1 / 0\nexcept Exception as e:\n    result = e.tb_frame", "policy", '"tb_frame" is a restricted name', 4),
    Case("f_back", "result = G.f_back", "policy", '"f_back" is a restricted name', 1),
    Case("exception_args", "try:\n    1 / 0\nexcept Exception as e:\n    result = e.args", "policy", "attributes of exception objects are not accessible", 4),
    Case("attributeerror_obj", "try:\n    G.nosuch\nexcept AttributeError as e:\n    result = e.obj", "policy", "attributes of exception objects", 4),
    Case("attributeerror_name", "try:\n    nx.nosuch\nexcept AttributeError as e:\n    result = e.name", "policy", "attributes of exception objects", 4),
    # -- str.format, format_map, f-strings ---------------------------------------------------
    Case("format_class", "result = '{0.__class__}'.format(G)", "policy", "format field '0.__class__' is not allowed", 1),
    Case("format_attribute", "result = '{0.graph}'.format(G)", "policy", "format field '0.graph' is not allowed", 1),
    Case("format_index", "result = '{g[hook]}'.format(g=G.graph)", "policy", "format field 'g[hook]' is not allowed", 1),
    Case("format_nested_spec", "result = '{:{w.real}}'.format('a', w=5)", "policy", "format field 'w.real' is not allowed", 1),
    Case("format_map", "result = '{x}'.format_map({'x': 1})", "policy", '"format_map" is not allowed', 1),
    Case("fstring_dunder", "result = f'{G.__class__}'", "policy", '"__class__"', 1),
    Case("format_via_class", "f = str.format\nresult = f('{0.__class__}', 1)", "policy", "attributes of classes are not accessible (str.format)", 1),
    Case("injected_template", "result = G.nodes['r1']['motd'].format(G)", "policy", "format field", 1),
    Case("format_plain_fields", "result = '{}-{name}'.format(1, name='x') + '{0}{0}'.format(2)", None, value="1-x22"),
    Case("string_formatter", "result = Formatter().vformat('{0.__class__}', [1], {})", "runtime", "name 'Formatter' is not defined", 1),
    # -- computed names and introspection builtins -------------------------------------------
    Case("getattr_computed", "result = getattr(G, '__cla' + 'ss__')", "runtime", "name 'getattr' is not defined", 1),
    Case("vars_builtin", "result = vars(G)", "runtime", "name 'vars' is not defined", 1),
    Case("dir_builtin", "result = dir(nx)", "runtime", "name 'dir' is not defined", 1),
    Case("globals_builtin", "result = globals()", "runtime", "name 'globals' is not defined", 1),
    Case("locals_builtin", "result = locals()", "runtime", "name 'locals' is not defined", 1),
    Case("id_builtin", "result = id(G)", "runtime", "name 'id' is not defined", 1),
    # -- os / sys / builtins through networkx ------------------------------------------------
    Case("nx_atlas_importlib", "result = nx.atlas.importlib.import_module('subprocess')", "runtime", "nx has no attribute 'atlas'", 1),
    Case("nx_utils", "result = nx.utils.open_file", "runtime", "nx has no attribute 'utils'", 1),
    Case("nx_readwrite", "result = nx.readwrite.json_graph", "runtime", "nx has no attribute 'readwrite'", 1),
    Case("nx_write_edgelist", "nx.write_edgelist(G, 'out.txt')", "runtime", "nx has no attribute 'write_edgelist'", 1),
    Case("nx_read_edgelist", "result = nx.read_edgelist('/etc/passwd')", "runtime", "nx has no attribute 'read_edgelist'", 1),
    Case("nx_config", "result = nx.config", "runtime", "nx has no attribute 'config'", 1),
    Case("nx_drawing", "result = nx.drawing.nx_agraph", "runtime", "nx has no attribute 'drawing'", 1),
    Case("nx_numpy", "result = nx.to_numpy_array(G)", "runtime", "nx has no attribute 'to_numpy_array'", 1),
    Case("nx_backend", "result = nx.shortest_path(G, 'r1', 'r2', backend='cugraph')", "policy", "backend= is not allowed", 1),
    Case("nx_function_attribute", "result = nx.shortest_path.orig_func", "policy", "attributes of function objects", 1),
    Case("graph_callable_hidden", "result = G.graph['hook']()", "runtime", "KeyError: 'hook'", 1),
    Case("graph_keys_visible", "result = sorted(G.graph)", None, value=["created", "name", "snmp"]),
    Case("nested_secret_hidden", "result = G.graph['snmp']", None, value={"version": 2}),
    Case("node_secret_hidden", "result = [G.nodes['r1'].get('password'), 'secrets' in G.nodes['r2']]", None, value=[None, False]),
    Case("edge_secret_hidden", "result = sorted(G.edges['r2', 'sw1', 0])", None, value=["interfaces", "speed", "status"]),
    Case("date_as_text", "result = G.graph['created']", None, value="2024-05-01"),
    # -- I/O and code execution builtins -----------------------------------------------------
    Case("open_builtin", "result = open('/etc/passwd').read()", "runtime", "name 'open' is not defined", 1),
    Case("eval_call", "result = eval('1 + 1')", "policy", "Eval calls are not allowed", 1),
    Case("exec_call", "exec('x = 1')", "policy", "Exec calls are not allowed", 1),
    Case("compile_builtin", "result = compile('1', 'x', 'eval')", "runtime", "name 'compile' is not defined", 1),
    Case("breakpoint_name", "breakpoint()", "policy", '"breakpoint" is a reserved name', 1),
    Case("input_builtin", "result = input()", "runtime", "name 'input' is not defined", 1),
    Case("function_result", "result = nx.shortest_path", "runtime", "result is a function object", None),
    Case("graph_result_is_data", "result = G", None, value={"nodes": ["r1", "r2", "sw1"], "edges": [["r1", "r2"], ["r1", "r2"], ["r2", "sw1"]]}),
    # -- CPU, memory, sizes ------------------------------------------------------------------
    Case("infinite_loop", "x = 0\nwhile True:\n    x = x + 1", "timeout", "more than 1 s of CPU time", (2, 3)),
    Case("loop_swallowing_everything", "while True:\n    try:\n        pass\n    except:\n        pass", "timeout", "CPU time", (1, 2, 3, 4, 5)),
    Case("memory_list", "x = [0] * 10**10", "memory", "MemoryError", 1),
    Case("memory_str", "x = 'x' * 10**10", "memory", "MemoryError", 1),
    # More CPU than FAST: filling 256 MiB page by page costs kernel time, which a loaded
    # machine stretches past one second; the memory limit must still be what stops it.
    Case("memory_growth", "x = []\nwhile True:\n    x.append('y' * 10**6)", "memory", "MemoryError", 3, limits=replace(FAST, cpu_seconds=5)),
    Case("complete_graph_bomb", "H = nx.complete_graph(10**6)", "memory", "nx.complete_graph() would build 1000000 nodes", 1),
    Case("grid_bomb", "H = nx.grid_2d_graph(10**4, 10**4)", "memory", "would build 100000000 nodes", 1),
    Case("endless_node_iterable", "H = nx.path_graph(iter(int, 1))", "memory", "more than 200000 nodes", 1),
    Case("huge_integer", "x = 10**10**8", "timeout", "CPU time", 1),
    Case("huge_integer_text", "result = str(10**5000)", "runtime", "ValueError: Exceeds the limit", 1),
    Case("deep_recursion", "def f(n):\n    return f(n + 1)\nresult = f(0)", "runtime", "RecursionError: maximum recursion depth exceeded", 2),
    Case("deep_result", "x = []\nfor i in range(1000):\n    x = [x]\nresult = x", "runtime", "nested more than 64 levels", None),
    Case("cyclic_result", "x = []\nx.append(x)\nresult = x", "runtime", "contains itself", None),
    Case("huge_range", "result = len(range(10**12))", "runtime", "range() is limited to", 1),
    Case("catastrophic_regex_helper", "result = match('(a+)+$', 'a' * 64 + 'b')", "timeout", "CPU time", 1, helpers={"match": re.match}),
    Case("regex_unavailable", "result = re.match('a', 'a')", "runtime", "name 're' is not defined", 1),
    Case("print_flood", "while True:\n    print('x' * 1000)", "output-limit", "printed more than 10000 characters", 2),
    Case("print_huge", "print('x' * 10**6)", "output-limit", "printed more than 10000 characters", 1),
    Case("print_flood_swallowed", "while True:\n    try:\n        print('x' * 1000)\n    except:\n        pass", "output-limit", "printed more than", 3),
    Case("result_text_too_big", "result = 'x' * (5 << 20)", "output-limit", "more than 1048576 characters", None),  # the result_limit_kb default
    Case("result_too_many_items", "result = list(range(10**6))", "output-limit", "more than 200000 items", None),
    Case("print_to_file", "print('x', file=G)", "policy", "print(file=...) is not allowed", 1),
    # -- processes, threads, time ------------------------------------------------------------
    Case("fork_name", "os.fork()", "runtime", "name 'os' is not defined", 1),
    Case("sleep_name", "time.sleep(100)", "runtime", "name 'time' is not defined", 1),
    Case("sleep_helper", "sleep(100)", "timeout", "wall-clock limit", None, helpers={"sleep": time.sleep},
         limits=Limits(cpu_seconds=1, wall_seconds=1.5, memory_bytes=256 << 20)),
    # -- shared state ------------------------------------------------------------------------
    Case("nx_member_assign", "nx.shortest_path = None", "policy", "cannot assign to attributes or items of Namespace objects", 1),
    Case("nx_member_delete", "del nx.shortest_path", "policy", "Namespace objects", 1),
    Case("nx_class_assign", "nx.Graph.add_edge = None", "policy", "cannot assign to attributes or items of type objects", 1),
    Case("graph_method_assign", "G.add_node = None", "policy", "cannot assign to attributes or items of MultiGraph objects", 1),
    Case("math_assign", "math.pi = 3", "policy", "Namespace objects", 1),
    Case("helper_attribute_assign", "f.x = 1", "policy", "function objects", 1, helpers={"f": _noop}),
    Case("rebind_builtin_locally", "len = None\nresult = 1", None, value=1),
    # -- unicode lookalikes --------------------------------------------------------------------
    Case("fullwidth_open", "result = \uff4f\uff50\uff45\uff4e('/etc/passwd')", "runtime", "name 'open' is not defined", 1),
    Case("fullwidth_import", "result = \uff3f\uff3fimport\uff3f\uff3f('os')", "policy", "SyntaxError: invalid character", 1),
    Case("fullwidth_dunder_attribute", "result = G.\uff3f\uff3fclass\uff3f\uff3f", "policy", "SyntaxError: invalid character", 1),
    Case("fullwidth_letters_dunder", "result = G.__\uff43lass__", "policy", '"__class__"', 1),
    Case("bold_open", "result = \U0001d428\U0001d429\U0001d41e\U0001d427", "runtime", "name 'open' is not defined", 1),
    Case("cyrillic_open", "result = \u043epen('/etc/passwd')", "runtime", "name '\u043epen' is not defined", 1),
    # -- prompt injection in attribute values ------------------------------------------------------
    Case("injection_is_data", "result = G.nodes['r1']['description']", None, value=INJECTION),
    Case("injection_eval", "result = eval(G.nodes['r1']['description'])", "policy", "Eval calls are not allowed", 1),
    # -- read-only runs ------------------------------------------------------------------------
    Case("ro_add_node", "G.add_node('x')", "mutation", "G.add_node() would change it", 1, read_only=True),
    Case("ro_set_attribute", "G.nodes['r1']['role'] = 'x'", "mutation", "assignment to an item of a dict", 1, read_only=True),
    Case("ro_nested_append", "G.nodes['r1']['tags'].append('x')", "mutation", "list.append() would change it", 1, read_only=True),
    Case("ro_nested_sort", "G.nodes['r1']['tags'].sort()", "mutation", "list.sort() would change it", 1, read_only=True),
    Case("ro_graph_update", "G.graph.update({'a': 1})", "mutation", "dict.update() would change it", 1, read_only=True),
    Case("ro_unbound_update", "dict.update(G.graph, {'a': 1})", "policy", "attributes of classes are not accessible (dict.update)", 1, read_only=True),
    Case("ro_adjacency_clear", "for n, nbrs in G.adjacency():\n    nbrs.clear()", "mutation", "dict.clear()", 2, read_only=True),
    Case("ro_keydict_clear", "G.get_edge_data('r1', 'r2').clear()", "mutation", "dict.clear()", 1, read_only=True),
    Case("ro_edge_delete", "del G.edges['r1', 'r2', 0]['speed']", "mutation", "the topology is read-only", 1, read_only=True),
    Case("ro_nested_interfaces", "G.edges['r1', 'r2', 0]['interfaces']['r1'] = 'x'", "mutation", "the topology is read-only", 1, read_only=True),
    Case("ro_inplace_add", "t = G.nodes['r1']['tags']\nt += ['x']", "mutation", "in-place += on a list", 2, read_only=True),
    Case("ro_swallowed", "try:\n    G.add_node('x')\nexcept:\n    pass\nresult = 1", "mutation", "G.add_node()", 2, read_only=True),
    Case("ro_subgraph_write", "H = G.subgraph(['r1'])\nH.nodes['r1']['role'] = 'x'", "mutation", "the topology is read-only", 2, read_only=True),
    Case("ro_shallow_copy_nested", "H = G.copy()\nH.nodes['r1']['tags'].append('x')", "mutation", "list.append()", 2, read_only=True),
    Case("ro_set_node_attributes", "nx.set_node_attributes(G, 'x', 'role')", "runtime", "nx has no attribute 'set_node_attributes'", 1, read_only=True),
    Case("ro_relabel_in_place", "nx.relabel_nodes(G, {'r1': 'z'}, copy=False)", "mutation", "nx.relabel_nodes(copy=False)", 1, read_only=True),
    Case("ro_graph_name", "G.name = 'x'", "policy", "MultiGraph objects", 1, read_only=True),
    Case("ro_copy_is_allowed", "H = G.copy()\nH.add_node('z')\nH.nodes['r1']['role'] = 'x'\nresult = len(H)", None, read_only=True, value=4),
    # -- RestrictedPython CVEs (pinned >= 9.0) -------------------------------------------------
    Case("cve_2026_55830_posonly_guard", "def f(_getattr_, /):\n    return _getattr_\nresult = f(1)", "policy", '"_getattr_" is an invalid variable name', 1),
    Case("cve_2026_55830_lambda_write", "f = lambda _write_, /: 0", "policy", '"_write_" is an invalid variable name', 1),
    Case("cve_2025_22153_except_star", "try:\n    pass\nexcept* Exception:\n    pass", "policy", "TryStar statements are not allowed", 1),
    Case("cve_2023_37271_generator_frame", "g = (i for i in [1])\nframe = g.gi_frame", "policy", '"gi_frame" is a restricted name', 2),
    Case("cve_2024_47532_attributeerror_obj", "try:\n    ().nosuch\nexcept AttributeError as e:\n    result = e.obj", "policy", "attributes of exception objects", 4),
    Case("cve_2023_41039_format", "result = '{0.__init__.__globals__}'.format(G)", "policy", "format field", 1),
    # -- other syntax --------------------------------------------------------------------------
    Case("class_definition", "class A:\n    pass", "policy", "class definitions are not allowed", 1),
    Case("nonlocal", "def f():\n    x = 1\n    def g():\n        nonlocal x\n    return g", "policy", "Nonlocal statements are not allowed", 4),
    Case("walrus_guard_name", "(_getattr_ := 1)", "policy", '"_getattr_" is an invalid variable name', 1),
    Case("match_statement", "match 1:\n    case 1:\n        pass", "policy", "Match statements are not allowed", 1),
    Case("syntax_error", "x = (", "policy", "SyntaxError", 1),
    Case("nul_byte", "x = 1\x00", "policy", "", None),
    Case("deep_parentheses", "x = " + "(" * 5000 + "1" + ")" * 5000, "policy", "SyntaxError: too many nested parentheses", 1),
    Case("huge_source", "x = 1\n" * 20000, "policy", "characters long; the limit is 65536", None),
]


def test_suite_has_at_least_sixty_hostile_programs():
    """The attack suite keeps at least sixty hostile programs, with unique names."""
    names = [case.name for case in CASES]
    assert len(names) >= 60
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_program_has_exact_outcome(case: Case, lab, host):
    """Each hostile program ends exactly as stated and leaves the host untouched."""
    execution = execute(lab, case.code, read_only=case.read_only, helpers=case.helpers, limits=case.limits)
    if case.kind is None:
        assert execution.ok, (execution.failure_kind, execution.message)
        if case.value is not _UNSET:
            assert execution.value == case.value
        assert not execution.changed
        return
    assert not execution.ok
    assert execution.failure_kind == case.kind, execution.message
    assert case.fragment in (execution.message or "")
    if isinstance(case.line, tuple):
        assert execution.line in case.line
    else:
        assert execution.line == case.line
    assert "\n" not in (execution.message or "")
    assert execution.graph_after is None
