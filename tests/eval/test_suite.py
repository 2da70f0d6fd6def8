"""The golden suite itself: it loads, it is big and varied enough, and every case can be passed."""

from __future__ import annotations

import ast
import copy
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from similarity import too_similar
from suite_support import (
    ROOT,
    SUITE_DIR,
    case_by_id,
    golden,
    suite_cases,
    topology,
    trusted_runner,
)

from netops.answering.intent import is_change_request
from netops.errors import InputError
from netops.evaluation import (
    CATEGORIES,
    DIFFICULTIES,
    ProgramPipeline,
    load_suite,
    run_suite,
    summarize,
)
from netops.program.diff import diff_graphs
from netops.program.validate import builtin_violations, check_result, declared_violations
from netops.topology import Topology

CASES = suite_cases()
IDS = [case.id for case in CASES]


# -- size and coverage --------------------------------------------------------------------------


def test_suite_has_enough_cases_and_topologies():
    """The suite holds at least 150 cases over at least three sample topologies."""
    assert len(CASES) >= 150
    assert len({case.topology for case in CASES}) >= 3


def test_suite_covers_a_real_backbone_and_foreign_attribute_names():
    """One topology is a Topology Zoo backbone and one uses attribute names unlike our samples'."""
    paths = {case.topology for case in CASES}
    assert any(p.endswith((".graphml", ".gml")) for p in paths)
    metro = topology(case_by_id("metro-count-01").topology_path)
    attributes = {name for _n, data in metro.graph.nodes(data=True) for name in data}
    assert {"device_role", "location", "manufacturer"} <= attributes
    assert not attributes & {"role", "site", "vendor"}


def test_every_category_and_difficulty_is_well_represented():
    """Each category has at least ten cases and each difficulty at least twenty."""
    categories = Counter(case.category for case in CASES)
    difficulties = Counter(case.difficulty for case in CASES)
    assert set(categories) == set(CATEGORIES)
    assert all(count >= 10 for count in categories.values()), categories
    assert set(difficulties) == set(DIFFICULTIES)
    assert all(count >= 20 for count in difficulties.values()), difficulties


def test_every_topology_has_questions_and_changes():
    """Every topology is asked questions of at least five categories and changed at least three times."""
    for path in {case.topology for case in CASES}:
        mine = [case for case in CASES if case.topology == path]
        assert len({c.category for c in mine if not c.mutation}) >= 5, path
        assert sum(c.mutation for c in mine) >= 3, path


def test_requests_are_written_like_operators():
    """Requests use the operators' synonyms for devices and links, and some carry typos or shorthand."""
    words = Counter(word.strip("?,.!()") for case in CASES for word in case.request.lower().split())
    for synonym in ("box", "boxes", "device", "devices", "router", "routers", "link", "links", "circuit", "cable", "cables"):
        assert words[synonym] or words[synonym + "s"], synonym
    for shorthand in ("r", "nr", "atm", "w/", "pls", "whats", "actualy", "spofs", "mgmt"):
        assert words[shorthand], shorthand
    assert sum(case.request[:1].islower() for case in CASES) > len(CASES) * 0.8


def test_no_two_requests_on_a_topology_are_near_duplicates():
    """Within one topology no two requests are near-identical (the same near-duplicate rule as the leak test)."""
    duplicates = []
    for index, left in enumerate(CASES):
        for right in CASES[index + 1 :]:
            if left.topology == right.topology and too_similar(left.request, right.request):
                duplicates.append((left.id, right.id))
    assert not duplicates


# -- every case can be passed ---------------------------------------------------------------------


@pytest.mark.parametrize("case_id", IDS)
def test_golden_program_runs_and_keeps_the_result_contract(case_id):
    """The golden program runs; a question returns data without changing G, a change changes G."""
    case = case_by_id(case_id)
    topo = topology(case.topology_path)
    outcome = golden(case_id)
    assert outcome.error is None, outcome.error
    if case.mutation:
        diff = diff_graphs(topo.graph, outcome.after)
        assert check_result(outcome.value, diff, change_request=True) is None
    else:
        assert check_result(outcome.value, None, change_request=False) is None
        assert outcome.value != [] and outcome.value != {}, "an empty answer is passed by too many wrong programs"


@pytest.mark.parametrize("case_id", [c.id for c in CASES if c.mutation])
def test_golden_change_passes_the_validator(case_id):
    """A golden change keeps the built-in and declared invariants, so the pipeline would accept it."""
    case = case_by_id(case_id)
    topo = topology(case.topology_path)
    after = golden(case_id).after
    diff = diff_graphs(topo.graph, after)
    problems = builtin_violations(topo, after, diff) + declared_violations(topo, after, trusted_runner(topo.name))
    assert [p.message for p in problems if p.blocking] == []


@pytest.mark.parametrize("case_id", IDS)
def test_intent_detection_agrees_with_the_category(case_id):
    """The pipeline's question/change decision matches the case, or no answer could ever pass."""
    case = case_by_id(case_id)
    assert is_change_request(case.request) == case.mutation, case.request


def test_golden_programs_stay_inside_the_sandbox_rules():
    """Golden programs use no imports, no underscore names and no dunder attributes, like generated code must."""
    offenders = []
    for case in CASES:
        if case.golden is None:
            continue
        for node in ast.walk(ast.parse(case.golden)):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                offenders.append((case.id, "import"))
            elif isinstance(node, ast.Name) and node.id.startswith("_"):
                offenders.append((case.id, node.id))
            elif isinstance(node, ast.Attribute) and node.attr.startswith("_"):
                offenders.append((case.id, node.attr))
    assert offenders == []


def test_golden_programs_do_not_touch_the_loaded_topology():
    """Running every golden program leaves the cached topologies exactly as loaded (they run on copies)."""
    snapshots = {}
    for case in CASES:
        topo = topology(case.topology_path)
        snapshots.setdefault(case.topology_path, copy.deepcopy(topo.graph))
        golden(case.id)
    for path, before in snapshots.items():
        after = topology(path).graph
        assert nx.utils.graphs_equal(before, after), path


def _unique_shortest(graph: nx.MultiGraph, route: list[str]) -> bool:
    """True when ``route`` is the only shortest path between its ends by hops or by some numeric link attribute."""
    simple_weights: list[str | None] = [None]
    numeric = {k for _a, _b, d in graph.edges(data=True) for k, v in d.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    simple_weights += sorted(numeric)
    for weight in simple_weights:
        simple = nx.Graph()
        for a, b, data in graph.edges(data=True):
            w = 1 if weight is None else data.get(weight)
            if w is None:
                continue
            if not simple.has_edge(a, b) or simple[a][b]["w"] > w:
                simple.add_edge(a, b, w=w)
        try:
            best = list(nx.all_shortest_paths(simple, route[0], route[-1], weight="w"))
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            continue
        if best == [route]:
            return True
    return False


def test_path_answers_are_unique():
    """Every case whose answer is a hop-by-hop route has exactly one such shortest route."""
    checked = 0
    for case in CASES:
        value = golden(case.id).value
        if case.category != "path" or not case.ordered or not isinstance(value, list):
            continue
        graph = topology(case.topology_path).graph
        assert _unique_shortest(graph, value), case.id
        checked += 1
    assert checked >= 3


def test_golden_programs_pass_their_own_cases_end_to_end():
    """Feeding each case its golden program through the runner passes every case (runner and comparator agree)."""
    programs = {case.id: case.golden for case in CASES if case.golden}
    results = list(run_suite(CASES, ProgramPipeline(programs, cases=CASES)))
    failed = [(r.id, r.reason) for r in results if r.status != "pass"]
    assert failed == []
    assert summarize(results)["pass_at_1"] == 1.0


def test_golden_programs_pass_through_the_real_sandbox():
    """Run in the sandbox (the pipeline's executor: JSON results, string keys), every golden program still passes."""
    execute = pytest.importorskip("netops.program.execute").execute
    from netops.program import api

    def sandboxed(topo, code, *, read_only, timeout):
        return execute(topo, code, read_only=read_only, helpers=api.helpers(read_only=read_only))

    programs = {case.id: case.golden for case in CASES if case.golden}
    results = list(run_suite(CASES, ProgramPipeline(programs, cases=CASES, executor=sandboxed)))
    assert [(r.id, r.reason) for r in results if r.status != "pass"] == []


# -- suite loading errors -------------------------------------------------------------------------


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "t.yaml").write_text("name: t\nnodes:\n  - {name: a, role: leaf}\n")
    path = tmp_path / "suite.yaml"
    path.write_text(text)
    return path


GOOD = """\
topology: t.yaml
cases:
  - id: c1
    request: how many boxes
    category: count
    difficulty: easy
    expect: 1
"""


def test_a_minimal_suite_file_loads_with_topology_relative_to_an_ancestor(tmp_path):
    """A case names its topology relative to the repository root (found from the suite file's folders)."""
    (tmp_path / "suite").mkdir()
    _write(tmp_path, GOOD)
    nested = tmp_path / "suite" / "s.yaml"
    nested.write_text(GOOD)
    [case] = load_suite(nested)
    assert case.topology_path == tmp_path / "t.yaml" and case.expect == 1 and case.has_expect


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        (GOOD.replace("category: count", "category: counting"), "unknown category 'counting'", 3),
        (GOOD.replace("difficulty: easy", "difficulty: trivial"), "unknown difficulty 'trivial'", 3),
        (GOOD.replace("    request: how many boxes\n", ""), "needs a non-empty string 'request'", 3),
        (GOOD.replace("expect: 1", "expect: 1\n    golden: result = 1"), "exactly one of 'golden'", 3),
        (GOOD.replace("expect: 1", "expected: 1"), "unknown field(s) ['expected']", 3),
        (GOOD + GOOD.split("cases:\n")[1], "duplicate case id 'c1'", 8),
        (GOOD.replace("expect: 1", "golden: |\n      result = (1"), "syntax error", 3),
        (GOOD.replace("topology: t.yaml", "topology: nowhere.yaml"), "topology 'nowhere.yaml' not found", 3),
        (GOOD.replace("category: count", "category: mutation"), "mutation case needs a 'golden'", 3),
        (GOOD.replace("expect: 1", "expect: 1\n    tolerance: lots"), "'tolerance' must be a non-negative number", 3),
        (GOOD.replace("    difficulty: easy\n", "    difficulty: easy\n  oops\n"), "invalid YAML", None),
    ],
)
def test_suite_errors_name_the_file_line_and_problem(tmp_path, text, message, line):
    """A broken suite file fails with an InputError naming the file, the case's line and what is wrong."""
    path = _write(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_suite(path)
    assert message in info.value.message
    assert str(path) in info.value.message
    if line is not None:
        assert info.value.line == line


def test_an_empty_or_missing_suite_is_an_input_error(tmp_path):
    """A missing path, an empty folder and a file with no cases are InputErrors (exit 3), not tracebacks."""
    with pytest.raises(InputError, match="no such suite"):
        load_suite(tmp_path / "nope")
    with pytest.raises(InputError, match="no suite files"):
        load_suite(tmp_path)
    with pytest.raises(InputError, match="no cases"):
        load_suite(_write(tmp_path, "topology: t.yaml\ncases: []\n"))


def test_the_shipped_suite_directory_is_the_default():
    """``netops eval`` with no --suite reads tests/eval/suite, which is where the suite lives."""
    from netops.evaluation import default_suite_path

    assert (ROOT / default_suite_path()).resolve() == SUITE_DIR.resolve()


def test_case_topologies_are_real_files_in_the_repository():
    """Every topology path in the suite is relative and resolves inside the repository."""
    for case in CASES:
        assert not Path(case.topology).is_absolute()
        assert case.topology_path.resolve().is_relative_to(ROOT)


def test_topology_objects_are_topologies():
    """Each suite topology loads as a Topology with devices and links."""
    for path in {case.topology_path for case in CASES}:
        topo = topology(path)
        assert isinstance(topo, Topology) and topo.number_of_devices() > 0 and topo.number_of_links() > 0
