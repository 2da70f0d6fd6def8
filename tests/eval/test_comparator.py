"""The comparator judges answers by meaning: known-correct programs pass and known-wrong ones fail, per category."""

# ruff: noqa: ISC004 - long programs in the table are split over lines

from __future__ import annotations

import networkx as nx
import pytest
from suite_support import case_by_id, golden, topology

from netops.evaluation import CATEGORIES, ProgramPipeline, compare, compare_graphs, judge
from netops.program import api

# -- known-correct and known-wrong programs, per category ------------------------------------------
#
# Each entry: (case id, program, should pass?, why). The correct programs are
# written differently from the golden ones (raw networkx, other shapes of the
# same answer); the wrong ones are the mistakes small models make (docs/architecture.md §1.8).

PROGRAMS = [
    # count
    ("metro-count-04", 'result = G.degree("fra-p-01")', True, "degree counts parallel links in a MultiGraph"),
    ("metro-count-04", 'result = len(list(G.neighbors("fra-p-01")))', False, "parallel links counted once"),
    ("campus-count-07", 'result = str(sum(1 for n, d in G.nodes(data=True) if d["role"] == "access" and '
     'sum(1 for m, k, e in [(m, k, e) for m in G[n] for k, e in G[n][m].items()] '
     'if e["status"] == "up" and G.nodes[m]["role"] == "distribution") == 1))', True, "a numeric string counts"),
    ("campus-count-07", 'result = len([n for n in nodes(G, role="access") if len(neighbors(G, n, role="distribution")) == 1])',
     False, "counted neighbours, not working uplinks"),
    # filter
    ("metro-filter-07", 'result = [[b, a, k] for a, b, k, d in G.edges(keys=True, data=True) if d["load_pct"] > 80]', True,
     "links as reversed [b, a, key] lists"),
    ("metro-filter-07", 'result = sorted(set(tuple(sorted((a, b))) for a, b, d in G.edges(data=True) if d["load_pct"] > 80))',
     False, "de-duplicated parallel links"),
    ("dc-filter-05", 'down = {n: [b for a, b, k, d in links(G, n, status="down") if attr(G, b, "role") == "spine"] '
     'for n in nodes(G, role="leaf")}\nresult = {n: spines for n, spines in down.items() if spines}', True,
     "a mapping keyed by exactly the answer"),
    ("dc-filter-05", 'result = sorted({b for a, b, k, d in links(G, status="down") if attr(G, b, "role") == "spine"} | '
     '{a for a, b, k, d in links(G, status="down") if attr(G, a, "role") == "spine"})', False, "returned the spines"),
    # lookup
    ("campus-lookup-02", 'result = G.edges["fw1", "wan1", 0]["interfaces"]["fw1"].upper()', True, "case does not matter"),
    ("campus-lookup-02", 'result = interface(G, "wan1", "fw1")', False, "the far end's port"),
    ("metro-lookup-06", 'result = [n for n, d in G.nodes(data=True) if d["mgmt_ip"] == "10.255.2.12"]', True,
     "one answer in a list"),
    ("metro-lookup-06", 'result = "fra-pe-01"', False, "wrong device"),
    # aggregate
    ("metro-agg-02", 'c = count_by(G, "manufacturer")\nresult = max(c, key=c.get)', True, "a unique winner as a bare string"),
    ("metro-agg-02", 'result = max(set(d["manufacturer"] for n, d in G.nodes(data=True)))', False, "max over strings"),
    ("campus-agg-05", 'result = {n: len(neighbors(G, n, role="access")) for n in ["dist-n1", "dist-n2"]}', True,
     "tied winners keyed with their counts"),
    ("campus-agg-05", 'c = {n: len(neighbors(G, n, role="access")) for n in nodes(G, role="distribution")}\n'
     'result = max(c, key=c.get)', False, "one answer where a tie needs all"),
    ("metro-agg-01", 'result = [[k.upper(), v] for k, v in count_by(G, "location").items()][::-1]', True,
     "pairs in any order, keys in any case"),
    ("metro-agg-01", 'result = count_by(G, "location", device_role="core")', False, "counted only core routers"),
    # path
    ("metro-path-03", 'result = nx.shortest_path(G, "lon-agg-01", "par-bdr-01", weight="igp_cost")', True,
     "raw networkx handles parallel links by their lowest weight"),
    ("metro-path-03", 'result = path(G, "par-bdr-01", "lon-agg-01", weight="igp_cost")', False,
     "reversed when the order was asked for"),
    ("metro-path-02", 'H = G.edge_subgraph([(a, b, k) for a, b, k, d in G.edges(keys=True, data=True) if d["state"] == "active"])\n'
     'result = nx.shortest_path_length(H, "par-pe-01", "ams-pe-01", weight="rtt_ms")', True, "float noise within tolerance"),
    ("metro-path-02", 'result = path_length(G, "par-pe-01", "ams-pe-01", weight="rtt_ms")', False,
     "went over the planned circuit"),
    # what-if
    ("metro-whatif-02", 'H = G.copy()\nH.remove_node("lon-p-01")\nparts = sorted(nx.connected_components(H), key=len)\n'
     'result = set().union(*parts[:-1])', True, "a set from raw networkx"),
    ("metro-whatif-02", 'result = [n for group in components(G)[1:] for n in group]', False, "answered on the intact graph"),
    ("dc-whatif-03", 'H = without(G, nodes="ams-border2", links=[(a, b, k) for a, b, k, d in links(G) '
     'if d["status"] == "down" or d.get("provider") == "Lumen"])\nresult = "no" if not reachable(H, "ams-spine1", "fra-spine1") else "yes"',
     True, "yes/no words for a boolean"),
    ("dc-whatif-03", 'result = reachable(without(G, nodes="ams-border2", links=[(a, b, k) for a, b, k, d in links(G, provider="Lumen")]), '
     '"ams-spine1", "fra-spine1")', False, "forgot that down links carry nothing"),
    # capacity
    ("campus-cap-01", 'result = sum(d["speed"] for d in G.get_edge_data("core1", "core2").values()) // 1000', True,
     "an int for a float"),
    ("campus-cap-01", 'result = G.edges["core1", "core2", 0]["speed"] / 1000', False, "one of two parallel links"),
    ("metro-cap-03", 'result = 100 * 0.17 + 0.004', True, "within the case tolerance"),
    ("metro-cap-03", 'result = links_between(G, "par-p-01", "fra-p-01")[0][3]["load_pct"]', False, "load instead of headroom"),
    # inventory
    ("metro-inv-01", 'result = {n: {"sw_version": d["sw_version"], "hw_model": d["hw_model"]} '
     'for n, d in G.nodes(data=True) if d["device_role"] == "core"}', True, "a mapping of records, columns by name"),
    ("metro-inv-01", 'result = table([(n, d["sw_version"], d["hw_model"]) for n, d in G.nodes(data=True) '
     'if d["device_role"] == "core"], ["name", "sw", "hw"])', False, "columns swapped under unknown names"),
    ("campus-inv-03", 'result = [{"vendor": d["vendor"], "device": n, "status": d["status"], "role": d["role"]} '
     'for n, d in G.nodes(data=True) if d["building"] == "south"]', True, "records with keys in another order"),
    ("campus-inv-03", 'result = table([(n, d["role"], d["vendor"], d["status"]) for n, d in G.nodes(data=True)], '
     '["device", "role", "vendor", "status"])', False, "every building instead of south"),
    # mutation
    ("campus-mut-02", 'G.edges["dist-s2", "acc-s4", 0]["status"] = "up"', True, "raw networkx edit"),
    ("campus-mut-02", 'set_link_attrs(G, "dist-s1", "acc-s4", status="up")\nadd_link(G, "dist-s2", "acc-s4", speed=10000, status="up")',
     False, "added a second link instead of fixing the first"),
    ("metro-mut-04", 'G.add_edge("par-p-02", "par-pe-01", interfaces={"par-pe-01": "et-1/0/2", "par-p-02": "et-0/2/2"}, '
     'igp_cost=10.0, state="active", bandwidth_gbps=100)', True, "reversed ends, a float cost"),
    ("metro-mut-04", 'add_link(G, "par-pe-01", "par-p-02", "et-1/0/2", "et-0/2/2", bandwidth_gbps=100000, state="active", igp_cost=10)',
     False, "Mb/s habit in a Gb/s attribute"),
    ("dc-mut-04", 'add_device(G, "ams-host209", role="host", site="ams", rack="ams-r01", vendor="dell", model="PowerEdge R650", '
     'mgmt_ip="10.10.8.209", status="active", serial="X1")\n'
     'for leaf, port in (("ams-leaf1", "eth0"), ("ams-leaf2", "eth1")):\n'
     '    add_link(G, leaf, "ams-host209", "Ethernet17", port, speed=25000, status="up", kind="access", mtu=9000)', True,
     "ignored attributes may be added"),
    ("dc-mut-04", 'add_device(G, "ams-host209", role="host", site="ams", rack="ams-r01", vendor="dell", model="PowerEdge R650", '
     'mgmt_ip="10.10.8.209", status="active")\nadd_link(G, "ams-host209", "ams-leaf1", "eth0", "Ethernet17", speed=25000, status="up")',
     False, "only one of the two links"),
]


def test_every_category_has_a_known_correct_and_a_known_wrong_program():
    """The table below covers each category with at least one passing and one failing program."""
    from suite_support import case_by_id as lookup

    seen = {(lookup(case_id).category, should_pass) for case_id, _code, should_pass, _why in PROGRAMS}
    assert seen == {(category, flag) for category in CATEGORIES for flag in (True, False)}


@pytest.mark.parametrize(
    ("case_id", "code", "should_pass", "why"),
    PROGRAMS,
    ids=[f"{c}-{'right' if ok else 'wrong'}-{i}" for i, (c, _p, ok, _w) in enumerate(PROGRAMS)],
)
def test_known_programs_are_judged_correctly(case_id, code, should_pass, why):
    """A known-correct program passes its case and a known-wrong one fails it, with a reason."""
    case = case_by_id(case_id)
    topo = topology(case.topology_path)
    answer = ProgramPipeline({case.id: code}, cases=[case]).ask(case.request, topo)
    assert answer.ok, answer.error
    status, reason = judge(case, golden(case_id), answer, topo)
    if should_pass:
        assert status == "pass", f"{why}: {reason}"
    else:
        assert status == "fail" and reason, why


def test_a_failed_answer_fails_with_the_pipeline_error():
    """An answer without a valid program fails with its error kind and message as the reason."""
    case = case_by_id("metro-count-01")
    topo = topology(case.topology_path)
    answer = ProgramPipeline({case.id: "result = G.nodes['nope']['x']"}, cases=[case]).ask(case.request, topo)
    status, reason = judge(case, golden(case.id), answer, topo)
    assert status == "fail" and reason.startswith("runtime") and "KeyError" in reason


# -- the rules, one by one --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "got", "options"),
    [
        (3, 3.0, {}),
        (0.1 + 0.2, 0.3, {}),
        (17.0, 17.004, {"tolerance": 0.01}),
        (2.5, "2.5", {}),
        (True, "yes", {}),
        (False, "No", {}),
        ("Juniper", " juniper ", {}),
        ("spine1", ["spine1"], {}),
        ("spine1", {"spine1": 7}, {}),
        (4, {"leaf": 4}, {}),
        (["a", "b", "c"], ("c", "a", "b"), {}),
        (frozenset({"a", "b"}), ["b", "a"], {}),
        (["a", "b"], {"a": 1, "b": 2}, {}),
        (["a", "b"], [("b", 2), ("a", 2)], {}),
        (["a", "b"], {"columns": ["device", "count"], "rows": [["a", 1], ["b", 1]]}, {}),
        (["a", "a", "b"], ["a", "b", "a"], {}),
        ([], {}, {}),
        ([("l1", "s1"), ("l2", "s1")], [["s1", "l2"], ["s1", "l1", 0]], {"nodes": {"l1", "l2", "s1"}}),
        ([("l1", "s1", 0), ("l1", "s1", 1)], [["s1", "l1"], ["l1", "s1"]], {"nodes": {"l1", "s1"}}),
        (("l1", "s1"), ("s1", "l1", 0, {"speed": 1}), {"nodes": {"l1", "s1"}}),
        ({"ams": 3, None: 1}, {"AMS": 3, "null": 1}, {}),
        ({100000: 4}, {"100000": 4}, {}),
        ({"a": {"x", "y"}}, {"a": ["y", "x"]}, {}),
        ({"columns": ["device", "site"], "rows": [["l1", "ams"], ["l2", "fra"]]}, [["l2", "fra"], ["l1", "ams"]], {}),
        ({"columns": ["device", "site"], "rows": [["l1", "ams"]]}, {"columns": ["site", "device"], "rows": [["ams", "l1"]]}, {}),
        ({"columns": ["device", "site"], "rows": [["l1", "ams"]]}, {"l1": "ams"}, {}),
        ({"columns": ["device", "site", "rack"], "rows": [["l1", "ams", "r1"]]}, {"l1": {"rack": "r1", "site": "ams"}}, {}),
        (("arista", 12), {"arista": 12}, {}),
        (["a", "b", "c"], ["a", "b", "c"], {"ordered": True}),
        ([("x", 3), ("y", 2)], [["x", 3], ["y", 2]], {"ordered": True}),
    ],
)
def test_same_meaning_is_equal(expected, got, options):
    """Different representations of the same answer compare equal."""
    verdict = compare(expected, got, **options)
    assert verdict.ok, verdict.reason


@pytest.mark.parametrize(
    ("expected", "got", "options", "reason"),
    [
        (3, 4, {}, "expected 3, got 4"),
        (17.0, 17.02, {"tolerance": 0.01}, "expected 17"),
        (1, True, {}, "expected the number 1"),
        (True, 1, {}, "expected True"),
        ("spine1", ["spine1", "spine2"], {}, "expected 'spine1'"),
        (["a", "b"], ["a"], {}, "missing 1"),
        (["a", "b"], ["a", "b", "c"], {}, "unexpected 1"),
        (["a", "a", "b"], ["a", "b"], {}, "missing 1"),
        (["a", "b"], ["b", "a"], {"ordered": True}, "position 1"),
        (["a", "b"], [], {}, "missing 2"),
        (["a", "b"], [("a", 2), ("c", 2)], {}, "unexpected 1"),
        ([], ["a"], {}, "expected nothing"),
        ([("l1", "s1")], [["l1", "s2"]], {"nodes": {"l1", "s1", "s2"}}, "missing 1"),
        ({"ams": 3}, {"ams": 3, "fra": 1}, {}, "unexpected key"),
        ({"ams": 3}, {"ams": 4}, {}, "at 'ams'"),
        ({"columns": ["device", "site"], "rows": [["l1", "ams"]]}, [["l1", "fra"]], {}, "table rows differ"),
        ({"columns": ["device", "site"], "rows": [["l1", "ams"]]}, [["l1"]], {}, "column"),
        (("arista", 12), ("arista", 11), {}, "item 2"),
        (["l1", "s1"], ["s1", "l1"], {"ordered": True, "nodes": {"l1", "s1"}}, "position 1"),
        (["l1", "s1"], ["l1", "s1", "x"], {"nodes": {"l1", "s1", "x"}}, "unexpected 1"),
        (None, 0, {}, "expected nothing"),
    ],
)
def test_different_meaning_is_not_equal(expected, got, options, reason):
    """Wrong answers fail, and the reason says how they differ."""
    verdict = compare(expected, got, **options)
    assert not verdict.ok and reason in verdict.reason, verdict.reason


def test_large_collections_compare_quickly():
    """Multiset matching of thousands of items uses the hashed fast path (this would time out pairwise)."""
    expected = [(f"h{i}", f"l{i % 40}") for i in range(3000)]
    got = [[b, a] for a, b in reversed(expected)]
    assert compare(expected, got, nodes={x for pair in expected for x in pair}).ok


def test_changed_graphs_compare_by_devices_links_and_attributes():
    """Graph judging ignores edge keys, endpoint order and graph metadata, but not attributes or parallel links."""
    base = api.demo_graph()
    same = nx.MultiGraph()
    same.graph["note"] = "other metadata"
    for n, d in reversed(list(base.nodes(data=True))):
        same.add_node(n, **d)
    for a, b, d in reversed(list(base.edges(data=True))):
        same.add_edge(b, a, key=None, **d)
    assert compare_graphs(base, same).ok

    renamed = base.copy()
    renamed.nodes["leaf1"]["rack"] = "r9"
    assert compare_graphs(base, renamed).reason == "device leaf1: rack: expected 'r1', got 'r9'"

    fewer = base.copy()
    api.remove_links(fewer, "leaf1", "spine1")
    api.add_link(fewer, "leaf1", "spine1", speed=100000)
    assert "leaf1--spine1" in compare_graphs(base, fewer).reason

    extra = base.copy()
    api.add_device(extra, "leaf3", role="leaf")
    assert compare_graphs(base, extra).reason == 'unexpected device(s) ["leaf3"]'

    assert compare_graphs(base, None).reason == "no change was made"


def test_ignored_attributes_are_left_out_of_graph_judging():
    """Attributes named in ``ignore`` may differ, be added or be missing."""
    base = api.demo_graph()
    other = base.copy()
    for _a, _b, data in other.edges(data=True):
        data["utilization"] = 0.99
        data["mtu"] = 9000
    assert not compare_graphs(base, other).ok
    assert compare_graphs(base, other, ignore=["utilization", "mtu"]).ok
