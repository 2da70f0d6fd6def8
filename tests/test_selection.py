"""Choosing an answer by running several programs: contracts, grouping keys, the vote and its gating."""

from __future__ import annotations

import pytest

from netops.answering.selection import (
    ANY,
    AnswerContract,
    Candidate,
    Thresholds,
    answer_contract,
    check_contract,
    diff_key,
    is_empty_value,
    needs_more_candidates,
    normalize_program,
    result_key,
    select,
)
from netops.program.diff import diff_graphs


def greedy(value=None, *, logprob=-0.2, code="result = greedy", **kwargs) -> Candidate:
    """A greedy candidate with a result."""
    return Candidate(code, "greedy", logprob, value=value, **kwargs)


def sample(value=None, *, logprob=-0.5, code=None, **kwargs) -> Candidate:
    """A sampled candidate with a result."""
    return Candidate(code or f"result = {value!r}", "sample", logprob, value=value, **kwargs)


# -- normalize_program ------------------------------------------------------------------------------


def test_normalize_program_ignores_layout_comments_and_docstrings():
    """Programs that differ only in spacing, quotes, comments, blank lines or a docstring normalize alike."""
    a = 'result = len(nodes(G, role="leaf"))\n'
    b = '"""Count the leaves."""\n\n# leaves\nresult = len( nodes( G, role=\'leaf\' ) )   # done\n'
    assert normalize_program(a) == normalize_program(b)


def test_normalize_program_keeps_different_programs_apart():
    """A different filter value or a different operation is a different program."""
    base = normalize_program('result = len(nodes(G, role="leaf"))')
    assert base != normalize_program('result = len(nodes(G, role="spine"))')
    assert base != normalize_program('result = nodes(G, role="leaf")')


def test_normalize_program_falls_back_to_stripped_text():
    """A program that does not parse is compared by its text without trailing blanks and empty lines."""
    assert normalize_program("result = (\n\n  1  \n") == normalize_program("result = (\n  1")
    assert normalize_program("result = (") != normalize_program("result = [")


def test_normalize_program_drops_duplicates_before_running():
    """Deduplicating by the canonical form keeps one program per distinct meaning of the text."""
    programs = ["result = 1", "result=1  # again", "result = 2", "\nresult = 1\n"]
    unique = list({normalize_program(p): p for p in programs}.values())
    assert len(unique) == 2


# -- answer_contract ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "kind"),
    [
        ("how many access switches?", "number"),
        ("number of hosts racked in ams-r03", "number"),
        ("count the nokia gear", "number"),
        ("ams leaf count?", "number"),
        ("could you tell me how many spines there are", "number"),
        ("how many links per device on average", "number"),
        ("is leaf1 up?", "boolean"),
        ("are there any devices in maintenance", "boolean"),
        ("can ams-host17 still reach ams-border1?", "boolean"),
        ("does fra-leaf1 have more uplinks than fra-leaf2", "boolean"),
        ("say we lose the dist-s1 <-> acc-s3 cable. does acc-s3 still have a working uplink?", "boolean"),
        ("if fw1 dies is the wan router completely isolated?", "boolean"),
        ("what if spine1 fails: can leaf1 still reach border1?", "boolean"),
        ("is there any route from MD to IS", "boolean"),
        ("which devices are in maintenance?", "names"),
        ("list the dell servers", "names"),
        ("what leafs is fra-host7 cabled to", "names"),
        ("can you list the switches in ams", "names"),
        ("if dist-s1 goes down, which APs lose their path to core1?", "names"),
        ("devices per vendor", "mapping"),
        ("count devices by role", "mapping"),
        ("how many hosts in each fra rack", "mapping"),
        ("for each access switch list its uplink ports towards distribution", "mapping"),
        ("breakdown of devices by site", "mapping"),
        ("table of all switches with model and os", "table"),
        ("shortest path fra-agg-01 to par-rr-01", "path"),
        ("least-latency path from ams-spine1 to fra-spine2, hop by hop", "path"),
        ("fewest-hop route from BE to ME, every pop on the way", "path"),
    ],
)
def test_contract_is_derived_from_the_request(request_text, kind):
    """Each phrasing maps to the kind of answer it asks for."""
    assert answer_contract(request_text).kind == kind


@pytest.mark.parametrize(
    "request_text",
    [
        "mgmt ip for wan1?",
        "what asn does the wan router use",
        "what is the link speed between leaf1 and spine1",
        "which rack is ams-host100 in",
        "is leaf1 a cisco or an arista box",
        "which leaves are down, and how many are there?",
        "what is the shortest path length from a to b",
        "hops from ap-n1 to wan1",
        "serial no. of the firewall",
        "shut every link on dist-s2",
        "add a 10G circuit between IE and FR",
        "",
    ],
)
def test_ambiguous_requests_and_changes_are_unconstrained(request_text):
    """Lookups, two readings, averages, path lengths and change requests get the contract that accepts anything."""
    assert answer_contract(request_text) == ANY


def test_table_contract_with_named_columns():
    """"as a table with columns a, b and c" names the columns; the list stops at a trailing clause."""
    assert answer_contract("devices as a table with the columns name, model and os").columns == ("name", "model", "os")
    contract = answer_contract("list the leaves as a table with headers name, rack, os, sorted by name")
    assert contract.kind == "table" and contract.columns == ("name", "rack", "os")
    assert answer_contract("table of border routers: name, model, os").columns == ("name", "model", "os")
    assert contract.expects == "a table with the columns name, rack, os"


def test_path_contract_is_ordered_and_others_are_not():
    """Only a path contract makes the order of a list count."""
    assert answer_contract("shortest path from leaf1 to border1").ordered
    assert not answer_contract("which devices are in maintenance?").ordered
    assert not ANY.ordered


# -- check_contract ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "value"),
    [
        ("how many leaves?", 4),
        ("how many leaves?", 4.0),
        ("how many leaves?", "4"),
        ("how many leaves?", [4]),
        ("how many leaves?", {"leaf": 4}),
        ("is leaf1 up?", True),
        ("is leaf1 up?", "yes"),
        ("is leaf1 up?", [False]),
        ("which leaves are down?", ["leaf1", "leaf2"]),
        ("which leaves are down?", "leaf1"),
        ("which leaves are down?", {"leaf1": "down"}),
        ("which leaves are down?", {"columns": ["device", "site"], "rows": [["leaf1", "ams"]]}),
        ("devices per site", {"ams": 3, "fra": 2}),
        ("devices per site", [["ams", 3], ["fra", 2]]),
        ("devices per site", {"columns": ["site", "count"], "rows": [["ams", 3]]}),
        ("shortest path from a to c", ["a", "b", "c"]),
        ("as a table with columns name, model, os", {"columns": ["name", "model", "os"], "rows": []}),
        ("as a table with columns name, model, os", [["l1", "x", "eos"]]),
        ("as a table with columns name, model, os", [{"name": "l1", "model": "x", "os": "eos", "site": "ams"}]),
        ("as a table with columns name, model, os", {"l1": {"model": "x", "os": "eos"}}),
        ("mgmt ip for wan1?", ["anything", 1, True]),
        ("how many leaves?", None),
        ("how many leaves?", []),
    ],
)
def test_check_contract_accepts_plausible_answers(request_text, value):
    """Answers that could be right (other shapes of the same thing, or empty) pass the contract."""
    assert check_contract(answer_contract(request_text), value) is None


@pytest.mark.parametrize(
    ("request_text", "value", "fragment"),
    [
        ("how many leaves?", ["leaf1", "leaf2"], "expected a number (\"how many\"), got a list of 2 items"),
        ("how many leaves?", True, "got the boolean True"),
        ("how many leaves?", "leaf1", "got the text 'leaf1'"),
        ("how many leaves?", {"leaf": 4, "spine": 2}, "got a mapping of 2 items"),
        ("is leaf1 up?", ["leaf1", "leaf2"], "expected yes or no"),
        ("is leaf1 up?", 1, "got the number 1"),
        ("is leaf1 up?", "leaf1", "got the text"),
        ("which leaves are down?", 2, "got the number 2"),
        ("which leaves are down?", False, "got the boolean False"),
        ("devices per site", 12, "expected a breakdown"),
        ("devices per site", [3, 2], "without labels"),
        ("shortest path from a to c", 2, "got the number 2"),
        ("as a table with columns name, model, os", [["l1", "x"]], "of 2 columns"),
        ("as a table with columns name, model, os", ["l1", "l2"], "of 1 column"),
        ("as a table with columns name, model, os", {"columns": ["name", "os"], "rows": [["l1", "eos"]]}, "of 2 columns"),
        ("table of all switches with model and os", 7, "expected a table"),
    ],
)
def test_check_contract_rejects_clearly_wrong_shapes(request_text, value, fragment):
    """A count answered with names, a yes/no with a list, a breakdown with one number: each gets a reason."""
    reason = check_contract(answer_contract(request_text), value)
    assert reason is not None and fragment in reason


def test_any_contract_accepts_everything():
    """The unconstrained contract never rejects."""
    for value in (None, 0, "x", [1, 2], {"a": 1}, True):
        assert check_contract(ANY, value) is None


# -- result_key and diff_key -------------------------------------------------------------------------


def test_result_key_ignores_order_case_and_number_format():
    """Set-like lists in any order, text in any case, ints and equal floats share a key."""
    assert result_key(["spine2", "Spine1 "]) == result_key(["spine1", "spine2"])
    assert result_key(12) == result_key(12.0) == result_key(12.0000001)
    assert result_key(0.1 + 0.2) == result_key(0.3)
    assert result_key({"a": 1, "b": [2, 3]}) == result_key({"b": [3.0, 2], "a": 1.0})
    assert result_key([["leaf1", "spine1"], ["leaf2", "spine2"]]) == result_key([["spine2", "leaf2"], ["spine1", "leaf1"]])
    records = [{"device": f"leaf{i}", "site": "ams", "rack": f"r{i}"} for i in range(6)]
    shuffled = [{"rack": r["rack"], "site": r["site"], "device": r["device"]} for r in reversed(records)]
    assert result_key(records) == result_key(shuffled)


def test_result_key_keeps_different_answers_apart():
    """Different values, multiplicities, booleans against numbers and None against empty differ."""
    assert result_key(["a", "b"]) != result_key(["a", "b", "b"])
    assert result_key(1) != result_key(True)
    assert result_key(12) != result_key(12.01)
    assert result_key(None) != result_key([])
    assert result_key({"a": 1}) != result_key({"a": 2})
    assert result_key([None]) != result_key(None)


def test_result_key_single_item_rules_follow_the_comparator():
    """A one-item list equals its plain item; a one-item mapping equals its value only for a number contract."""
    assert result_key(["spine1"]) == result_key("spine1")
    assert result_key([["a", "b"]]) != result_key(["a", "b"])
    assert result_key({"leaf": 4}) != result_key(4)
    how_many = answer_contract("how many leaves?")
    assert result_key({"leaf": 4}, how_many) == result_key(4, how_many) == result_key("4", how_many)


def test_result_key_respects_ordered_contracts():
    """A path's order counts; the same list as a set-like answer does not."""
    path = answer_contract("shortest path from a to c")
    assert result_key(["a", "b", "c"], path) != result_key(["c", "b", "a"], path)
    assert result_key(["a", "b", "c"]) == result_key(["c", "b", "a"])


def test_result_key_contract_normalizations():
    """Yes/no words are booleans for a yes/no contract; pairs and two-column tables are mappings for a breakdown."""
    yes_no = answer_contract("is leaf1 up?")
    assert result_key("Yes", yes_no) == result_key(True, yes_no) == result_key([True], yes_no)
    assert result_key("no", yes_no) != result_key(True, yes_no)
    per_site = answer_contract("devices per site")
    mapping = {"ams": 3, "fra": 2}
    assert result_key([["FRA", 2], ["ams", 3]], per_site) == result_key(mapping, per_site)
    assert result_key({"columns": ["site", "n"], "rows": [["ams", 3], ["fra", 2]]}, per_site) == result_key(mapping, per_site)


def test_result_key_tables_equal_records():
    """A table with named columns equals the same rows as records, and a one-column table its cells."""
    table = {"columns": ["device", "site"], "rows": [["l1", "ams"], ["l2", "fra"]]}
    records = [{"site": "fra", "device": "l2"}, {"device": "l1", "site": "ams"}]
    assert result_key(table) == result_key(records)
    assert result_key({"columns": ["device"], "rows": [["l2"], ["l1"]]}) == result_key(["l1", "l2"])


def test_diff_key_ignores_order_and_parallel_link_keys():
    """Two programs that made the same change in another order, or on another of two equal parallel links, agree."""
    one = {
        "summary": "2 links removed, 1 device changed",
        "devices_changed": {"leaf1": [{"name": "status", "before": "up", "after": "maintenance"}]},
        "links_removed": [
            {"ends": ["leaf1", "spine1"], "key": 0, "attributes": {"speed": 100}},
            {"ends": ["leaf1", "spine1"], "key": 1, "attributes": {"speed": 100}},
        ],
    }
    two = {
        "devices_changed": {"leaf1": [{"name": "status", "before": "up", "after": "maintenance"}]},
        "links_removed": [
            {"ends": ["spine1", "leaf1"], "key": 1, "attributes": {"speed": 100.0}},
            {"ends": ["leaf1", "spine1"], "key": 2, "attributes": {"speed": 100}},
        ],
        "links_added": [],
    }
    assert diff_key(one) == diff_key(two)


def test_diff_key_distinguishes_different_changes():
    """A different value, one link fewer, or a different casing of a written value is a different change."""
    base = {"devices_changed": {"leaf1": [{"name": "status", "before": "up", "after": "maintenance"}]}}
    other = {"devices_changed": {"leaf1": [{"name": "status", "before": "up", "after": "down"}]}}
    cased = {"devices_changed": {"leaf1": [{"name": "status", "before": "up", "after": "Maintenance"}]}}
    assert diff_key(base) != diff_key(other)
    assert diff_key(base) != diff_key(cased)
    two_links = {"links_removed": [{"ends": ["a", "b"], "key": 0, "attributes": {}}] * 2}
    assert diff_key(two_links) != diff_key({"links_removed": two_links["links_removed"][:1]})


def test_diff_key_accepts_a_topology_diff():
    """A TopologyDiff and its dict give the same key."""
    import networkx as nx

    before = nx.MultiGraph()
    before.add_node("a", role="leaf")
    after = before.copy()
    after.nodes["a"]["role"] = "spine"
    diff = diff_graphs(before, after)
    assert diff_key(diff) == diff_key(diff.to_dict())


# -- select --------------------------------------------------------------------------------------------


def test_select_groups_by_result_regardless_of_form():
    """Answers that mean the same (order, case, int/float) vote together and the majority wins."""
    contract = answer_contract("which leaves are down?")
    picked = select(
        [
            greedy(["leaf1", "leaf2"]),
            sample(["LEAF2", "leaf1"]),
            sample(["leaf1"]),
            sample(("leaf2", "leaf1")),
        ],
        contract,
    )
    assert picked.winner is not None and picked.winner.origin == "greedy"
    assert picked.votes == 3 and picked.considered == 4
    assert [g.votes for g in picked.groups] == [3, 1]
    assert picked.alternatives[0].value == ["leaf1"]
    assert picked.confidence == pytest.approx(0.75)


def test_select_merges_shapes_the_comparator_equates():
    """A table and the same rows as a list of lists, which keys alone keep apart, count as one answer."""
    table = {"columns": ["device", "site"], "rows": [["l1", "ams"], ["l2", "fra"]]}
    rows = [["l2", "fra"], ["l1", "ams"]]
    picked = select([sample(rows), greedy(table), sample(["l9"])])
    assert picked.votes == 2 and picked.winner.value == table


def test_select_groups_changes_by_diff():
    """Change candidates vote by the content of their diffs; empty diffs are left out."""
    shut = {"links_changed": [{"ends": ["a", "b"], "key": 0, "changes": [{"name": "status", "before": "up", "after": "down"}]}]}
    same = {"links_changed": [{"ends": ["b", "a"], "key": 0, "changes": [{"name": "status", "before": "up", "after": "down"}]}]}
    wrong = {"devices_removed": {"a": {"role": "leaf"}}}
    picked = select(
        [
            Candidate("g", "greedy", -0.3, diff=wrong, change=True),
            Candidate("s1", "sample", -0.6, diff=shut, change=True),
            Candidate("s2", "sample", -0.7, diff=same, change=True),
            Candidate("s3", "sample", -0.1, diff={"links_added": []}, change=True),
        ]
    )
    assert picked.winner.code == "s1" and picked.votes == 2 and picked.considered == 4
    assert [r.reason for r in picked.rejected] == ["changed nothing"]
    assert picked.alternatives[0].diff == wrong


def test_select_drops_failed_and_contract_breaking_candidates():
    """Failures and contract violations are rejected with reasons; failures before running are not considered."""
    contract = answer_contract("how many spines?")
    candidates = [
        greedy(["spine1", "spine2"]),
        sample(2),
        Candidate("result = x", "sample", -0.1, failure="runtime", message="NameError: x"),
        Candidate("result = (", "sample", -0.1, failure="syntax"),
        sample(2.0),
    ]
    picked = select(candidates, contract)
    assert picked.winner.value == 2 and picked.votes == 2
    assert picked.considered == 4  # the syntax error never ran
    reasons = {r.index: r.reason for r in picked.rejected}
    assert reasons[0].startswith("expected a number")
    assert reasons[2] == "failed (runtime): NameError: x"
    assert reasons[3] == "failed (syntax)"
    assert picked.describe() == "2 of 4 programs agree" and picked.label == "low"


def test_select_without_survivors_says_why():
    """When nothing survives there is no winner, and the reason names failures and contract breaks."""
    contract = answer_contract("is leaf1 up?")
    picked = select(
        [
            greedy(["leaf1", "leaf2"]),
            Candidate("x", "sample", failure="timeout"),
            Candidate("y", "sample", failure="runtime"),
        ],
        contract,
    )
    assert not picked.ok and picked.winner is None and picked.votes == 0
    assert picked.reason == "no program gave a usable answer: 2 failed (runtime, timeout); 1 broke the answer contract"
    assert picked.describe() == picked.reason
    assert len(picked.rejected) == 3 and picked.confidence == 0.0 and picked.label == "low"
    assert select([]).reason == "no candidates"


def test_empty_answers_lose_to_a_real_answer():
    """An empty answer is dropped when some other candidate answered something."""
    picked = select([greedy([]), sample(None), sample(["leaf3"])])
    assert picked.winner.value == ["leaf3"] and not picked.empty
    assert picked.votes == 1 and picked.considered == 3
    assert sorted(r.reason for r in picked.rejected) == ["empty answer", "empty answer"]


def test_all_empty_agreement_wins():
    """When every surviving candidate is empty, their agreement is the answer (and flagged empty)."""
    picked = select([greedy([]), sample({"columns": ["a", "b"], "rows": []}), sample([]), sample(0)])
    assert picked.winner.origin == "greedy" and picked.empty
    assert picked.votes == 3  # any two empty collections are equal (as in the comparator); 0 is another answer
    assert not picked.rejected


def test_prefer_nonempty_can_be_turned_off():
    """With prefer_nonempty=False an agreeing majority of empty answers wins."""
    picked = select([greedy(0), sample(0), sample(3)], prefer_nonempty=False)
    assert picked.winner.value == 0 and picked.votes == 2


def test_ties_go_to_the_best_logprob():
    """Groups of equal size are ranked by the best mean log-probability of their members."""
    picked = select([greedy(1, logprob=-0.9), sample(2, logprob=-0.3), sample(1, logprob=-0.8), sample(2, logprob=-0.7)])
    assert picked.winner.value == 2 and picked.votes == 2
    assert picked.winner.logprob == -0.3  # the most probable member represents a group without the greedy one


def test_ties_then_go_to_the_greedy_group_then_to_the_first_seen():
    """With equal sizes and log-probabilities the greedy group wins, and without one the first seen."""
    picked = select([sample(2, logprob=-0.5), greedy(1, logprob=-0.5)])
    assert picked.winner.value == 1
    picked = select([sample(2, logprob=None), sample(1, logprob=None)])
    assert picked.winner.value == 2
    picked = select([sample(2, logprob=None), sample(1, logprob=-2.0)])
    assert picked.winner.value == 1  # any known log-probability beats an unknown one


def test_greedy_represents_its_group():
    """Inside the winning group the greedy candidate is the representative even if a sample is more probable."""
    picked = select([sample(5, logprob=-0.01, code="result = 5"), greedy(5.0, logprob=-0.4, code="result = 5.0")])
    assert picked.winner.code == "result = 5.0" and picked.votes == 2


def test_groups_are_sorted_winner_first():
    """Groups come best first: by size, then log-probability."""
    picked = select([sample(1, logprob=-0.1), sample(2), sample(2), sample(3, logprob=-0.05), sample(3)])
    assert [g.value for g in picked.groups] == [3, 2, 1]
    assert [g.votes for g in picked.alternatives] == [2, 1]


@pytest.mark.parametrize(
    ("values", "text", "label"),
    [
        ([1, 1, 1], "3 of 3 programs agree", "high"),
        ([1, 1, 1, 2], "3 of 4 programs agree", "medium"),
        ([1, 1], "2 of 2 programs agree", "medium"),
        ([1], "1 of 1 program agrees", "medium"),
        ([1, 1, 2, 3], "2 of 4 programs agree", "low"),
    ],
)
def test_describe_and_label(values, text, label):
    """describe() counts agreeing programs; the default label is high for unanimity of 3+, low without a majority."""
    picked = select([greedy(values[0])] + [sample(v) for v in values[1:]])
    assert picked.describe() == text
    assert picked.label == label


def test_thresholds_are_a_parameter():
    """Custom thresholds change the label without changing the vote."""
    loose = Thresholds(high=0.75, high_min_considered=2, majority=0.3)
    picked = select([greedy(1), sample(1), sample(1), sample(2)], thresholds=loose)
    assert picked.label == "high" and picked.votes == 3
    assert select([greedy(1), sample(2), sample(3)], thresholds=loose).label == "medium"


# -- needs_more_candidates ------------------------------------------------------------------------------


def test_gating_reasons():
    """Failure, empty answer, contract break and low log-probability each ask for more candidates, in that order."""
    how_many = answer_contract("how many spines?")
    assert needs_more_candidates(greedy(2, logprob=-0.1), how_many, min_logprob=-0.5) is None
    assert needs_more_candidates(greedy(2, logprob=None), how_many, min_logprob=-0.5) is None
    failed = Candidate("result = x", "greedy", -0.1, failure="runtime")
    assert needs_more_candidates(failed, how_many, min_logprob=-0.5) == "failed (runtime)"
    assert needs_more_candidates(greedy([], logprob=-0.9), how_many, min_logprob=-0.5) == "empty answer"
    reason = needs_more_candidates(greedy(["spine1", "spine2"], logprob=-0.9), how_many, min_logprob=-0.5)
    assert reason is not None and reason.startswith("expected a number")
    low = needs_more_candidates(greedy(2, logprob=-0.9), how_many, min_logprob=-0.5)
    assert low == "low confidence: mean log-probability -0.900 < -0.500"


def test_gating_for_changes_looks_at_the_diff():
    """A change that changed nothing asks for more; a real change with a good log-probability does not."""
    unchanged = Candidate("x", "greedy", -0.1, diff={"links_added": []}, change=True)
    changed = Candidate("x", "greedy", -0.1, diff={"devices_removed": {"a": {}}}, change=True)
    assert needs_more_candidates(unchanged, ANY, min_logprob=-1.0) == "changed nothing"
    assert needs_more_candidates(changed, ANY, min_logprob=-1.0) is None


def test_is_empty_value_matches_the_pipeline_rule():
    """None, empty collections, zero and blank text are empty; False and a table with rows are not."""
    assert all(is_empty_value(v) for v in (None, [], {}, 0, 0.0, "", " ", {"columns": ["a"], "rows": []}))
    assert not any(is_empty_value(v) for v in (False, 1, "x", ["a"], {"columns": ["a"], "rows": [[1]]}))


def test_contract_dataclass_is_frozen_and_hashable():
    """Contracts are values: frozen and usable as keys."""
    contract = AnswerContract("number", "how many")
    with pytest.raises(AttributeError):
        contract.kind = "any"  # type: ignore[misc]
    assert {contract: 1}[AnswerContract("number", "how many")] == 1


@pytest.mark.parametrize(
    "request_text",
    [
        "distribution switch(es) with the largest number of access switches attached, ties included",
        "leaf(s) with the highest number of attached hosts, list all on a tie",
        "router having the most number of 10 gbit links",
    ],
)
def test_a_count_that_picks_devices_does_not_ask_for_a_number(request_text):
    """'X with the largest number of Y' asks for X: a list of devices must not be refused as 'not a number'."""
    contract = answer_contract(request_text)
    assert contract.kind != "number"
    assert check_contract(contract, ["DIST-N1", "DIST-N2"]) is None


def test_the_largest_number_itself_is_still_a_number():
    assert answer_contract("what is the largest number of links on any one device?").kind == "number"
