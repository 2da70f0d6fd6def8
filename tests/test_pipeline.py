"""The ask pipeline driven by scripted fake backends: every failure kind, repair, cascade, cache."""

from __future__ import annotations

import pytest

from netops.answering.pipeline import Pipeline
from netops.answering.retrieval import Example, ExampleIndex
from netops.program.api import demo_graph
from netops.settings import Settings
from netops.store.database import Store
from netops.testing import FakeBackend
from netops.topology import Topology


def block(code: str) -> str:
    """A model answer holding one program."""
    return f"```python\n{code}\n```"


@pytest.fixture
def topo() -> Topology:
    topology = Topology(demo_graph(), name="demo")
    topology.invariants = [
        {"id": "border-stays", "description": "border1 exists", "program": 'result = "border1" in G', "expect": "true"}
    ]
    return topology


def pipeline(*tiers: FakeBackend, retries: int = 2, store=None, examples=None, samples: int = 0, **settings) -> Pipeline:
    """A pipeline over fake tiers with a tiny example library and no cache unless a store is given.

    ``samples`` is 0 by default: these tests script the first-valid-program
    flow reply by reply; choosing by running has its own tests
    (``tests/test_choosing.py``).
    """
    index = examples if examples is not None else ExampleIndex([Example("count leaves", 'result = len(nodes(G, role="leaf"))\n')])
    return Pipeline(
        list(tiers), Settings(retries=retries, timeout=5, samples=samples, **settings), examples=index, store=store
    )


def test_a_good_program_answers_on_the_first_attempt(topo):
    """A valid program's result comes back as plain data with one attempt and no change."""
    fake = FakeBackend([block('result = nodes(G, role="leaf")')])
    answer = pipeline(fake).ask("which boxes are leaves?", topo)
    assert answer.ok and answer.value == ["leaf1", "leaf2"]
    assert len(answer.attempts) == 1 and not answer.changed
    assert answer.to_json()["result"] == ["leaf1", "leaf2"]


@pytest.mark.parametrize(
    ("broken", "kind", "feedback_fragment"),
    [
        ("The leaves are leaf1 and leaf2.", "no-code", "no ```python code block"),
        ("result = nodes(G, role='leaf'", "syntax", "does not parse"),
        ("import os\nresult = os.getcwd()", "policy", "refused"),
        ("result = G.nodes['leaf1']['missing']", "runtime", "failed at line 1"),
        ("while True:\n    pass", "timeout", "ran too long"),
        ("remove_device(G, 'leaf1')\nresult = 1", "mutation", "is a question"),
        ("x = 1", "no-result", "did not set result"),
    ],
)
def test_question_failures_are_repaired_with_specific_feedback(topo, broken, kind, feedback_fragment):
    """Each failure kind is fed back with its own message, and the repaired program answers."""
    fake = FakeBackend([block(broken) if kind != "no-code" else broken, block('result = len(nodes(G, role="leaf"))')])
    answer = pipeline(fake).ask("how many leaf switches", topo)
    assert answer.ok and answer.value == 2
    assert answer.attempts[0].failure == kind
    retry_prompt = fake.prompts[1]
    assert feedback_fragment in retry_prompt[-1].content
    assert retry_prompt[-2].role == "assistant"


def test_change_request_without_change_is_repaired(topo):
    """A change request whose program changes nothing is a no-change failure, then repaired."""
    fake = FakeBackend(
        [block("result = 'done'"), block('set_attrs(G, "leaf2", status="maintenance")\nresult = "leaf2 in maintenance"')]
    )
    answer = pipeline(fake).ask("set leaf2 to maintenance", topo)
    assert answer.ok and answer.changed
    assert answer.attempts[0].failure == "no-change"
    assert answer.diff.summary() == "1 device changed"
    assert answer.after.graph.nodes["leaf2"]["status"] == "maintenance"
    assert "status" not in topo.graph.nodes["leaf2"], "the caller's topology must stay untouched"


def test_declared_invariant_blocks_a_breaking_change(topo):
    """A change that breaks the topology's declared invariant is rejected and repaired."""
    fake = FakeBackend(
        [block('remove_device(G, "border1")\nresult = "removed"'), block('remove_device(G, "leaf2")\nresult = "removed"')]
    )
    answer = pipeline(fake).ask("remove border1", topo)
    assert answer.attempts[0].failure == "invariant"
    assert "border-stays" in answer.attempts[0].message
    assert answer.ok and list(answer.diff.devices_removed) == ["leaf2"]


def test_builtin_invariant_catches_interface_reuse(topo):
    """Adding a link on an interface that is already cabled is an invariant failure."""
    fake = FakeBackend(
        [
            block('G.add_edge("leaf2", "border1", interfaces={"leaf2": "Ethernet49"})\nresult = "ok"'),
            block('add_link(G, "leaf2", "border1", "Ethernet60", "et-0/0/9")\nresult = "ok"'),
        ]
    )
    answer = pipeline(fake).ask("connect leaf2 to border1", topo)
    assert answer.attempts[0].failure == "invariant"
    assert "Ethernet49" in answer.attempts[0].message
    assert answer.ok


def test_new_device_without_role_violates_required_attributes(topo):
    """Every device has a role, so a new device without one is rejected."""
    fake = FakeBackend(
        [
            block('add_device(G, "leaf3")\nresult = "added"'),
            block('add_device(G, "leaf3", role="leaf", site="ams")\nresult = "added"'),
        ]
    )
    answer = pipeline(fake).ask("add a leaf named leaf3", topo)
    assert answer.attempts[0].failure == "invariant" and "'role'" in answer.attempts[0].message
    assert answer.ok


def test_type_change_of_an_attribute_is_rejected(topo):
    """Turning a numeric link speed into a string is a broken type, not a valid change."""
    fake = FakeBackend(
        [
            block('set_link_attrs(G, "leaf2", "spine1", speed="100G")\nresult = "ok"'),
            block('set_link_attrs(G, "leaf2", "spine1", speed=400000)\nresult = "ok"'),
        ]
    )
    answer = pipeline(fake).ask("change the speed of leaf2-spine1 to 400G", topo)
    assert answer.attempts[0].failure == "invariant" and "type" in answer.attempts[0].message
    assert answer.ok


def test_a_repeated_failing_program_is_not_run_again(topo):
    """The same broken program twice is reported as repeated without re-running it."""
    bad = block("result = G.nodes['nope']['role']")
    fake = FakeBackend([bad, bad, block('result = nodes(G, role="spine")')])
    answer = pipeline(fake).ask("list spines", topo)
    assert [a.failure for a in answer.attempts] == ["runtime", "repeated", None]
    assert answer.ok


def test_repairs_sample_but_the_first_attempt_is_greedy(topo):
    """A greedy repair would tend to repeat the failed program: repairs sample, with a seed per attempt."""
    fake = FakeBackend([block("result = G.nodes['nope']['role']"), block("result = G.nodes['x']['y']"), block("result = 1")])
    pipeline(fake).ask("how many spines", topo)
    options = [opts for _messages, opts in fake.calls]
    assert options[0].temperature == 0
    assert all(o.temperature > 0 for o in options[1:])
    assert len({o.seed for o in options[1:]}) == 2


@pytest.mark.parametrize(
    ("replies", "value", "tries"),
    [
        # the model finds the filter that matches: its answer wins
        (['result = nodes(G, role="spines")', 'result = nodes(G, role="spine")'], ["spine1", "spine2"], 2),
        # the model writes the same program again: the empty answer stands
        (['result = nodes(G, role="firewall")', 'result = nodes(G, role="firewall")'], [], 2),
        # every other try fails: the empty answer is still a valid answer
        (["result = 0", "result = G.nodes['x']['y']", "result = G.nodes['z']['y']"], 0, 3),
    ],
)
def test_an_empty_answer_to_a_question_gets_one_more_look(topo, replies, value, tries):
    """An empty answer is shown to the model as suspicious; it is kept if nothing better comes."""
    fake = FakeBackend([block(code) for code in replies])
    answer = pipeline(fake).ask("which devices are spines", topo)
    assert answer.ok and answer.value == value
    assert len(fake.calls) == tries
    assert answer.attempts[0].failure == "empty"
    assert "answer is empty" in fake.prompts[1][-1].content


def test_an_empty_answer_on_the_last_try_or_for_a_change_is_taken_as_is(topo):
    """No retries left, or a change request: an empty result is not second-guessed."""
    fake = FakeBackend([block('result = nodes(G, role="firewall")')])
    answer = pipeline(fake, retries=0).ask("which devices are firewalls", topo)
    assert answer.ok and answer.value == [] and len(fake.calls) == 1
    fake = FakeBackend([block('set_attrs(G, "leaf1", status="maintenance")\nresult = []')])
    answer = pipeline(fake).ask("put leaf1 in maintenance", topo)
    assert answer.ok and answer.changed and len(fake.calls) == 1


def test_retries_are_bounded_and_failure_is_typed(topo):
    """After 1 + retries failures on the only tier, the answer fails with the last failure kind."""
    fake = FakeBackend([block("result = G.nodes['a']['x']"), block("result = G.nodes['b']['x']")])
    answer = pipeline(fake, retries=1).ask("list spines", topo)
    assert not answer.ok
    assert answer.error_kind == "runtime"
    assert len(answer.attempts) == 2
    assert fake.remaining == 0


def test_cascade_escalates_and_remote_tier_sees_no_topology_data(topo):
    """When the edge tier fails, the remote tier answers, and its prompt has no resolved device data."""
    edge = FakeBackend([block("result = G.nodes['x']['y']")], name="edge")
    remote = FakeBackend([block('result = neighbors(G, "spine1")')], name="big", remote=True)
    answer = pipeline(edge, remote, retries=0).ask("what is connected to spine1?", topo)
    assert answer.ok and answer.tier == 1 and answer.model == "big"
    edge_user = edge.prompts[0][1].content
    remote_user = remote.prompts[0][1].content
    assert 'is device "spine1"' in edge_user
    assert "is device" not in remote_user
    remote_text = "\n".join(m.content for m in remote.prompts[0])
    assert "10.10" not in remote_text  # no management addresses or other device data
    assert "Request: what is connected to spine1?" in remote_user


def test_cache_answers_a_repeated_request_without_the_model(topo, tmp_path):
    """The second identical request runs the cached program and says it came from the cache."""
    store = Store(tmp_path / "netops.db")
    fake = FakeBackend([block('result = len(nodes(G, role="spine"))')])
    pipe = pipeline(fake, store=store)
    first = pipe.ask("How many spines?", topo)
    second = pipe.ask("how many   spines", topo)
    assert first.ok and not first.from_cache
    assert second.ok and second.from_cache and second.value == 2
    assert fake.remaining == 0 and len(fake.prompts) == 1
    history = store.history(limit=5)
    assert [row.from_cache for row in history] == [True, False]


def test_follow_up_context_goes_into_the_prompt(topo):
    """An earlier turn's request and program (not its data) are shown for a follow-up."""
    from netops.answering.prompting import Turn

    fake = FakeBackend([block('result = nodes(G, role="leaf", rack="r1")')])
    answer = pipeline(fake).ask("only the ones in r1", topo, context=[Turn("list leaves", 'result = nodes(G, role="leaf")\n')])
    assert answer.ok and answer.value == ["leaf1"]
    assert "Earlier in this conversation" in fake.prompts[0][1].content


def test_retrieved_examples_appear_in_the_prompt(topo):
    """The most similar library example is shown to the model."""
    fake = FakeBackend([block('result = len(nodes(G, role="leaf"))')])
    pipeline(fake).ask("count the leaf boxes", topo)
    assert "Request: count leaves" in fake.prompts[0][1].content


def test_json_shape_for_a_change(topo):
    """The change answer's JSON has the documented keys and a diff."""
    fake = FakeBackend([block('set_link_attrs(G, "leaf2", "spine2", status="up")\nresult = "up"')])
    answer = pipeline(fake).ask("bring up the leaf2 spine2 link", topo)
    data = answer.to_json()
    for key in ("query", "code", "result", "changed", "diff", "applied", "model", "attempts", "timings"):
        assert key in data
    assert data["changed"] is True and data["applied"] is False
    assert data["diff"]["links_changed"][0]["changes"][0] == {"name": "status", "before": "down", "after": "up"}


def test_a_filter_on_a_name_nothing_has_is_an_error_that_says_what_exists(topo):
    """links(G, n, role=...) matches no link: the repair prompt names the fix (peer=) instead of answering 'none'."""
    fake = FakeBackend(
        [block('result = len(links(G, "leaf1", role="spine"))'), block('result = len(links(G, "leaf1", peer={"role": "spine"}))')]
    )
    answer = pipeline(fake).ask("how many spine links does leaf1 have", topo)
    assert answer.ok and answer.value == 3  # two parallel links to spine1, one to spine2
    assert answer.attempts[0].failure == "runtime"
    repair = fake.prompts[1][-1].content
    assert "no link has an attribute 'role'" in repair and "peer={'role': ...}" in repair


def test_an_interface_passed_as_a_peer_is_an_error_that_names_find_interface(topo):
    """interface(G, "leaf1", "Eth51") mistakes a port for a device: the repair prompt says which helper finds it."""
    fake = FakeBackend(
        [block('result = interface(G, "leaf1", "Eth51")'), block('result = find_interface(G, "leaf1", "Eth51")[1]')]
    )
    answer = pipeline(fake).ask("what is plugged into leaf1 Eth51", topo)
    assert answer.ok and answer.value == "spine2"  # the abbreviation resolves to Ethernet51
    assert answer.attempts[0].failure == "runtime"
    repair = fake.prompts[1][-1].content
    assert "'Eth51' is an interface of 'leaf1', not a device" in repair
    assert "find_interface(G, 'leaf1', 'Eth51')" in repair


def test_attr_on_a_name_no_device_has_is_an_error_that_lists_the_names(topo):
    """attr(G, n, "shelf") answers None silently no more: the repair prompt lists the real names (rack)."""
    fake = FakeBackend([block('result = attr(G, "leaf1", "shelf")'), block('result = attr(G, "leaf1", "rack")')])
    answer = pipeline(fake).ask("which rack is leaf1 in", topo)
    assert answer.ok and answer.value == "r1"
    assert answer.attempts[0].failure == "runtime"
    assert "attr(): no device has an attribute 'shelf'" in fake.prompts[1][-1].content
    assert "rack" in fake.prompts[1][-1].content


def test_a_name_spelled_differently_resolves_without_a_repair(topo):
    """attr(G, n, "Rack") is the topology's "rack" (netops.program.aliases): the first program answers."""
    fake = FakeBackend([block('result = attr(G, "leaf1", "Rack")')])
    answer = pipeline(fake).ask("which rack is leaf1 in", topo)
    assert answer.ok and answer.value == "r1" and len(answer.attempts) == 1
    strict = pipeline(FakeBackend([block('result = attr(G, "leaf1", "Rack")')]), retries=0, resolve_names=False)
    assert strict.ask("which rack is leaf1 in", topo).attempts[0].failure == "runtime"


def test_a_repair_prompt_that_outgrows_the_context_keeps_only_the_latest_failure(topo):
    """Two failed programs make the third prompt too long: it is rebuilt with the last failure alone."""
    from netops.errors import PromptTooLong

    fake = FakeBackend(
        [
            block("result = nodes(G, role=)"),
            block("result = undefined_name"),
            PromptTooLong("the prompt has 5000 tokens but the model context holds 4096"),
            block('result = len(nodes(G, role="spine"))'),
        ]
    )
    answer = pipeline(fake, retries=2).ask("how many spines", topo)
    assert answer.ok and answer.value == 2
    shortened = fake.prompts[3]
    assert len(shortened) == 4  # system, request, the latest failed program, its error
    assert "undefined_name" in shortened[2].content


def test_a_first_prompt_that_does_not_fit_is_the_operators_error(topo):
    """Without a repair history to drop, the context error reaches the caller with its hint."""
    from netops.errors import PromptTooLong

    fake = FakeBackend([PromptTooLong("the prompt has 5000 tokens but the model context holds 4096")])
    with pytest.raises(PromptTooLong):
        pipeline(fake).ask("how many spines", topo)


def test_a_follow_up_finds_examples_by_the_previous_request_too(topo):
    """"only the aruba ones" says little alone: the examples come from "list leaves" + the follow-up."""
    from netops.answering.prompting import Turn

    examples = ExampleIndex(
        [
            Example("count leaves per rack", 'result = count_by(G, "rack", role="leaf")\n', "aggregate"),
            Example("shortest path between two devices", 'result = path(G, "leaf1", "border1")\n', "path"),
        ]
    )
    fake = FakeBackend([block('result = nodes(G, role="leaf", vendor="arista")')])
    earlier = [Turn("list leaves", 'result = nodes(G, role="leaf")\n')]
    pipeline(fake, examples=examples).ask("only the arista ones", topo, context=earlier)
    assert "count leaves per rack" in fake.prompts[0][1].content
    fake = FakeBackend([block('result = nodes(G, vendor="arista")')])
    pipeline(fake, examples=examples).ask("arista devices", topo, context=earlier)  # not a follow-up
    assert "count leaves per rack" not in fake.prompts[0][1].content
