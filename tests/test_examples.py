"""The curated example library: every example loads, runs on its sample topology, and does what its request asks."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import networkx
import pytest
import yaml

from netops.answering.intent import is_change_request
from netops.answering.retrieval import Example, ExampleIndex, load_examples
from netops.program import api
from netops.program.diff import diff_graphs
from netops.program.execute import execute
from netops.program.validate import builtin_violations, check_result, declared_violations
from netops.topology import Topology, load, same_topology

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES_DIR = ROOT / "prompts" / "examples"
TOPOLOGIES_DIR = ROOT / "topologies"
TOPOLOGY_SUFFIXES = (".yaml", ".yml", ".graphml", ".gml", ".json")

#: The categories an example may have.
CATEGORIES = frozenset(
    {"count", "filter", "aggregate", "path", "whatif", "capacity", "inventory", "hygiene", "interface", "mutation"}
)

MIN_EXAMPLES = 160

FILES = sorted(EXAMPLES_DIR.glob("*.yaml"))
EXAMPLES = load_examples(EXAMPLES_DIR)

_TOPOLOGIES: dict[str, Topology] = {}


def _topology(stem: str) -> Topology:
    """The sample topology whose file name (up to its first dot) is ``stem``, loaded once; callers must not change it."""
    if stem not in _TOPOLOGIES:
        matches = [p for p in sorted(TOPOLOGIES_DIR.iterdir()) if p.name.split(".")[0] == stem and p.suffix in TOPOLOGY_SUFFIXES]
        assert matches, f"no sample topology named {stem!r} in {TOPOLOGIES_DIR}"
        _TOPOLOGIES[stem] = load(matches[0])
    return _TOPOLOGIES[stem]


def _run(topology: Topology, code: str, *, read_only: bool) -> tuple[object, networkx.MultiGraph]:
    """Run a program in the sandbox as the pipeline does; return its result and the graph afterwards."""
    execution = execute(topology, code, read_only=read_only, helpers=api.helpers(read_only=read_only))
    assert execution.ok, f"{execution.failure_kind}: {execution.message} (line {execution.line})"
    return execution.value, execution.graph_after if execution.graph_after is not None else topology.graph


def _id(example: Example) -> str:
    return f"{example.source}:{example.request[:60]}"


def test_every_example_file_names_a_sample_topology_and_holds_examples():
    """Every example file is a mapping with a topology that exists in topologies/ and a non-empty examples list."""
    assert FILES, "no example files"
    for path in FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, dict), path.name
        assert isinstance(data.get("examples"), list) and data["examples"], path.name
        assert data.get("topology"), f"{path.name} names no topology"
        for item in data["examples"]:
            assert set(item) <= {"request", "category", "code", "topology"}, (path.name, item)
            _topology(item.get("topology") or data["topology"])


def test_library_is_large_enough_and_covers_every_category():
    """The library holds at least 160 examples and every category has at least five."""
    assert len(EXAMPLES) >= MIN_EXAMPLES
    counts = Counter(e.category for e in EXAMPLES)
    assert set(counts) == CATEGORIES, counts
    assert min(counts.values()) >= 5, counts


def test_categories_come_from_the_fixed_set():
    """Every example's category is one of the known categories."""
    assert [(_id(e), e.category) for e in EXAMPLES if e.category not in CATEGORIES] == []


def test_no_two_examples_share_a_request():
    """Requests are unique across the library, ignoring case, spacing and punctuation."""
    seen: dict[str, str] = {}
    for example in EXAMPLES:
        key = " ".join(re.findall(r"[a-z0-9]+", example.request.lower()))
        assert key not in seen, f"{_id(example)} repeats {seen[key]}"
        seen[key] = _id(example)


def test_mutation_category_is_exactly_the_change_requests():
    """An example is in the mutation category exactly when its request reads as a change request."""
    assert [_id(e) for e in EXAMPLES if (e.category == "mutation") != is_change_request(e.request)] == []


@pytest.mark.parametrize("example", EXAMPLES, ids=_id)
def test_program_follows_the_program_rules(example):
    """The program parses, assigns result, and uses no import, print, exec or underscore-prefixed name."""
    tree = ast.parse(example.code)
    assigned = {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)}
    assert "result" in assigned
    for node in ast.walk(tree):
        assert not isinstance(node, (ast.Import, ast.ImportFrom, ast.Global, ast.Nonlocal)), ast.dump(node)
        # RestrictedPython refuses augmented assignment to items and attributes; write x = x + y instead.
        assert not (isinstance(node, ast.AugAssign) and not isinstance(node.target, ast.Name)), ast.dump(node)
        name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
        assert name is None or not name.startswith("_"), name
        assert name not in {"print", "exec", "eval", "open", "getattr", "setattr", "type", "globals", "vars"}, name


@pytest.mark.parametrize("example", EXAMPLES, ids=_id)
def test_example_runs_and_changes_the_graph_only_when_asked(example):
    """The program runs on its topology, gives a non-None result, and changes the graph exactly when it is a change request."""
    topology = _topology(example.topology)
    before = topology.copy()
    change = is_change_request(example.request)
    value, after = _run(topology, example.code, read_only=not change)
    assert value is not None
    assert same_topology(topology, before), "the loaded topology itself was modified"
    changed = not same_topology(Topology(after), before, graph_attrs=False)
    assert changed is change, "a change request left the graph as it was" if change else "a question changed the graph"


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.category == "mutation"], ids=_id)
def test_change_example_passes_validation(example):
    """A change example's result is accepted by the validator: structural rules and the topology's declared invariants hold."""
    topology = _topology(example.topology)
    value, after = _run(topology, example.code, read_only=False)
    diff = diff_graphs(topology.graph, after)

    def run_program(graph: networkx.MultiGraph, code: str) -> tuple[bool, object, str]:
        result, _graph = _run(Topology(graph, name=topology.name), code, read_only=True)
        return True, result, ""

    assert check_result(value, diff, change_request=True) is None
    problems = builtin_violations(topology, after, diff) + declared_violations(topology, after, run_program)
    assert [p.message for p in problems if p.blocking] == []


def test_retrieval_finds_most_examples_by_their_own_request():
    """Searching with an example's own request returns that example's program in the top 4 for at least 95% of the library."""
    index = ExampleIndex(EXAMPLES)
    misses = [_id(e) for e in EXAMPLES if e.code not in {x.code for x in index.search(e.request, k=4)}]
    assert len(misses) <= len(EXAMPLES) // 20, misses
