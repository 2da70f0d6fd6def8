"""The curated example library: every example loads, runs on its sample topology, and behaves as its request says."""

from __future__ import annotations

import copy
import importlib.util
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
import yaml

from netops import api
from netops.intent import is_change_request
from netops.retrieval import ExampleIndex, load_examples, tokenize
from netops.topology import Topology, load, same_topology

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES_DIR = ROOT / "prompts" / "examples"
TOPOLOGIES_DIR = ROOT / "topologies"

#: The categories an example may have (the golden suite's per-category figures use the same words).
CATEGORIES = frozenset(
    {
        "count",
        "filter",
        "aggregate",
        "path",
        "whatif",
        "capacity",
        "inventory",
        "hygiene",
        "interface",
        "mutation",
    }
)

MIN_EXAMPLES = 160

FILES = sorted(EXAMPLES_DIR.glob("*.yaml"))
EXAMPLES = load_examples(EXAMPLES_DIR)

_TOPOLOGIES: dict[str, Topology] = {}


def _topology(stem: str) -> Topology:
    """Load the sample topology whose file name starts with ``stem`` (cached; callers copy)."""
    if stem not in _TOPOLOGIES:
        matches = [p for p in sorted(TOPOLOGIES_DIR.iterdir()) if p.name.split(".")[0] == stem]
        matches = [p for p in matches if p.suffix in {".yaml", ".yml", ".graphml", ".gml", ".json"}]
        assert matches, f"no sample topology named {stem!r} in {TOPOLOGIES_DIR}"
        _TOPOLOGIES[stem] = load(matches[0])
    return _TOPOLOGIES[stem]


def _has_sandbox() -> bool:
    return importlib.util.find_spec("netops.execute") is not None


def _run(topology: Topology, code: str, *, read_only: bool) -> tuple[object, Topology]:
    """Run a program on a copy of ``topology``; return its result and the graph afterwards."""
    if _has_sandbox():
        from netops.execute import execute

        outcome = execute(topology, code, read_only=read_only)
        value = getattr(outcome, "value", getattr(outcome, "result", None))
        after = getattr(outcome, "topology", None)
        graph = getattr(outcome, "graph", None)
        if after is None and graph is not None:
            after = Topology(graph, name=topology.name)
        return value, after if after is not None else topology
    work = topology.copy()
    namespace = {"G": work.graph, "nx": nx, **api.helpers(read_only=read_only)}
    exec(compile(code, "<example>", "exec"), namespace)  # noqa: S102 - trusted, curated examples
    return namespace.get("result"), work


def _id(example) -> str:
    return f"{example.source}:{example.request[:50]}"


def test_every_example_file_loads_with_a_topology_and_a_list():
    """Every example file is a mapping naming an existing sample topology and holding a non-empty examples list."""
    assert FILES, "no example files"
    for path in FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, dict), path.name
        assert data.get("topology"), f"{path.name} names no topology"
        assert isinstance(data.get("examples"), list) and data["examples"], path.name
        for item in data["examples"]:
            assert set(item) <= {"request", "category", "code", "topology"}, (path.name, item)
        _topology(data["topology"])


def test_library_is_large_enough_and_spread_over_categories():
    """The library holds at least 160 examples and every category has some."""
    assert len(EXAMPLES) >= MIN_EXAMPLES
    counts = Counter(e.category for e in EXAMPLES)
    assert set(counts) == CATEGORIES, counts


def test_categories_come_from_the_fixed_set():
    """Every example's category is one of the known categories."""
    bad = [(_id(e), e.category) for e in EXAMPLES if e.category not in CATEGORIES]
    assert not bad


def test_no_two_examples_share_a_request():
    """Requests are unique across the library, ignoring case, spacing and punctuation."""
    seen: dict[str, str] = {}
    for example in EXAMPLES:
        key = " ".join(example.request.lower().replace("?", " ").split())
        assert key not in seen, f"{_id(example)} repeats {seen[key]}"
        seen[key] = _id(example)


def test_mutation_category_matches_change_intent():
    """An example is in the mutation category exactly when its request reads as a change request."""
    wrong = [_id(e) for e in EXAMPLES if (e.category == "mutation") != is_change_request(e.request)]
    assert not wrong


def test_programs_follow_the_rules():
    """Programs assign result and use no imports, print, dunder or underscore-prefixed names."""
    for example in EXAMPLES:
        code = example.code
        assert "result" in code and "result =" in code or "result=" in code, _id(example)
        assert "import " not in code, _id(example)
        assert "print(" not in code, _id(example)
        assert "__" not in code, _id(example)
        for word in code.replace("(", " ").replace(".", " ").split():
            assert not word.startswith("_"), (_id(example), word)


@pytest.mark.parametrize("example", EXAMPLES, ids=_id)
def test_example_runs_and_changes_the_graph_only_when_asked(example):
    """The program runs on its topology, gives a non-None result, and mutates the graph iff it is a change request."""
    topology = _topology(example.topology)
    before = topology.copy()
    change = is_change_request(example.request)
    value, after = _run(topology, example.code, read_only=not change)
    assert value is not None
    assert same_topology(topology, before), "the loaded topology itself was modified"
    assert same_topology(after, before) is not change


def test_retrieval_finds_each_example_by_its_own_request():
    """Searching the index with an example's own request returns that example's program among the top 4."""
    index = ExampleIndex(EXAMPLES)
    misses = [_id(e) for e in EXAMPLES if tokenize(e.request) and e.code not in {x.code for x in index.search(e.request, k=4)}]
    assert len(misses) <= len(EXAMPLES) // 20, misses
