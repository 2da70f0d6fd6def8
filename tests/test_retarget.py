"""Prompt examples re-targeted to a foreign topology's schema (netops.answering.retarget).

The eval topologies (tests/eval/topologies) are the samples under other
conventions: hqnet is campus with function/location/make, a boolean
``oper_up``, ``speed_bps`` and ``util_pct``; dcnet is dc-fabric with roles as
tags, ``dc``, ``manufacturer``, ``oper_status`` UP/DOWN, ``speed_mbps``;
metro has ``device_role``, ``location``, ``bandwidth_gbps`` and link ``state``
active/down/planned.
"""

from __future__ import annotations

import ast
import math
from pathlib import Path

import networkx as nx
import pytest

from netops.answering.pipeline import Pipeline
from netops.answering.retarget import (
    SAMPLE_FILES,
    Retargeter,
    adapt_program,
    map_schema,
    retarget_code,
    retarget_examples,
    sample_schema,
    sample_topologies_dir,
    used_attributes,
    why_unchanged,
)
from netops.answering.retrieval import Example, ExampleIndex, load_examples
from netops.program import api
from netops.settings import Settings
from netops.testing import FakeBackend
from netops.topology import load, summarize

EVAL = Path(__file__).parent / "eval" / "topologies"

pytestmark = pytest.mark.skipif(sample_topologies_dir() is None, reason="sample topologies not present")


@pytest.fixture(scope="module")
def topologies():
    return {name: load(EVAL / f"{name}.yaml") for name in ("hqnet", "dcnet", "metro")}


@pytest.fixture(scope="module")
def schemas(topologies):
    return {name: summarize(t) for name, t in topologies.items()}


@pytest.fixture(scope="module")
def examples():
    return load_examples()


def mapping(source: str, schemas, target: str):
    return map_schema(sample_schema(source), schemas[target])


# -- name mapping ---------------------------------------------------------------------------


def test_hqnet_names_map_by_synonym_and_values(schemas):
    """Campus -> hqnet: every renamed attribute, with units and the boolean link state."""
    shown = mapping("campus", schemas, "hqnet").describe()
    assert shown["node.role"] == "function"
    assert shown["node.building"] == "location"
    assert shown["node.site"] == "campus"  # "hq" is a value of campus, not of location
    assert shown["node.vendor"] == "make"
    assert shown["node.status"] == "admin_status"
    assert shown["link.kind"] == "link_type"
    assert shown["link.status"] == "oper_up (bool)"
    assert shown["link.speed"] == "speed_bps x1e+06"  # Mb/s -> bit/s
    assert shown["link.utilization"] == "util_pct x100"  # fraction -> percent
    assert shown["link.latency_ms"] == "delay_us x1000"


def test_dcnet_roles_are_tags_and_states_upper_case(schemas):
    """dc-fabric -> dcnet: the role is a tag (by value overlap), site is dc, circuits are cid/carrier."""
    shown = mapping("dc-fabric", schemas, "dcnet").describe()
    assert shown["node.role"] == "tags (list)"
    assert shown["node.site"] == "dc"
    assert shown["node.vendor"] == "manufacturer"
    assert shown["link.status"] == "oper_status"
    assert shown["link.speed"] == "speed_mbps"  # the same unit: no conversion
    assert shown["link.circuit_id"] == "cid"
    assert shown["link.provider"] == "carrier"
    assert "node.rack" not in shown  # same name, nothing to do


def test_metro_names_and_an_ambiguous_location(schemas):
    """Metro from dc-fabric maps site -> location; from campus, site and building both claim it: neither does."""
    fabric = mapping("dc-fabric", schemas, "metro").describe()
    assert fabric["node.role"] == "device_role"
    assert fabric["node.site"] == "location"
    assert fabric["link.speed"] == "bandwidth_gbps x0.001"
    assert fabric["link.status"] == "state"
    assert fabric["node.status"] == "?"  # active/maintenance has no counterpart (lifecycle shares nothing)
    campus = mapping("campus", schemas, "metro").describe()
    assert campus["node.site"] == "?" and campus["node.building"] == "?"


# -- value mapping ------------------------------------------------------------------------------


def test_up_down_become_upper_case_for_oper_status(schemas):
    fabric = mapping("dc-fabric", schemas, "dcnet")
    assert retarget_code('result = links(G, status="down")\n', fabric) == 'result = links(G, oper_status="DOWN")\n'
    code = 'result = [(a, b) for a, b, k, d in links(G) if d["status"] == "up"]\n'
    assert retarget_code(code, fabric) == 'result = [(a, b) for a, b, k, d in links(G) if d["oper_status"] == "UP"]\n'


def test_up_down_become_booleans_for_oper_up(schemas):
    campus = mapping("campus", schemas, "hqnet")
    assert retarget_code('result = links(G, status="up")\n', campus) == "result = links(G, oper_up=True)\n"
    code = 'result = [a for a, b, k, d in links(G) if d.get("status", "up") != "down"]\n'
    assert retarget_code(code, campus) == 'result = [a for a, b, k, d in links(G) if d.get("oper_up", True) != False]\n'
    code = 'n = set_link_attrs(G, "wan1", "fw1", status="down")\n'
    assert retarget_code(code, campus) == 'n = set_link_attrs(G, "wan1", "fw1", oper_up=False)\n'


def test_state_synonyms_and_display_names(schemas):
    """Metro says "active" for up; dcnet spells vendors as display names; unknown roles stay the request's word."""
    metro = mapping("dc-fabric", schemas, "metro")
    assert retarget_code('result = links(G, status="up")\n', metro) == 'result = links(G, state="active")\n'
    dcnet = mapping("dc-fabric", schemas, "dcnet")
    assert retarget_code('result = nodes(G, vendor="arista")\n', dcnet) == 'result = nodes(G, manufacturer="Arista")\n'
    assert retarget_code('result = nodes(G, role="spine")\n', metro) == 'result = nodes(G, device_role="spine")\n'


def test_node_status_values_follow_the_users_vocabulary(schemas):
    campus = mapping("campus", schemas, "hqnet")
    code = 'result = nodes(G, where=lambda d: d.get("status") != "active")\n'
    assert retarget_code(code, campus) == 'result = nodes(G, where=lambda d: d.get("admin_status") != "in-service")\n'


def test_units_convert_in_comparisons_and_filters(schemas):
    fabric = mapping("dc-fabric", schemas, "hqnet")
    code = 'result = [(a, b) for a, b, k, d in links(G, speed=10000, where=lambda d: d.get("utilization", 0) > 0.5)]\n'
    assert retarget_code(code, fabric) == (
        'result = [(a, b) for a, b, k, d in links(G, speed_bps=10000000000, where=lambda d: d.get("util_pct", 0) > 50)]\n'
    )
    metro = mapping("dc-fabric", schemas, "metro")
    assert retarget_code("result = len(links(G, speed=100000))\n", metro) == "result = len(links(G, bandwidth_gbps=100))\n"


def test_a_role_tag_becomes_a_where_filter(schemas):
    dcnet = mapping("dc-fabric", schemas, "dcnet")
    code = 'result = nodes(G, role="spine", site="ams")\n'
    assert retarget_code(code, dcnet) == 'result = nodes(G, where=lambda d: "spine" in d.get("tags", []), dc="ams")\n'


# -- left alone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target", "request_text", "code", "reason"),
    [
        # rack has no counterpart in hqnet
        ("dc-fabric", "hqnet", "", 'result = nodes(G, role="leaf", rack="ams-r01")\n', "no counterpart"),
        # a tag cannot be a neighbors() filter
        ("dc-fabric", "dcnet", "", 'result = neighbors(G, "ams-leaf1", role="spine")\n', "list"),
        # count_by over a list attribute would count lists
        ("dc-fabric", "dcnet", "", 'result = count_by(G, "role")\n', "list"),
        # Mb/s -> Gb/s by hand: the constant is in the old unit
        ("dc-fabric", "hqnet", "", 'result = sum(d["speed"] for a, b, k, d in links(G)) / 1000\n', "arithmetic"),
        # the answer would be in microseconds, the request asks for ms
        ("dc-fabric", "hqnet", "latency in ms from a to b", 'result = path_length(G, "a", "b", weight="latency_ms")\n', "unit"),
        # a converted state inside an expression that compares the old encoding
        ("campus", "hqnet", "", 'result = [a for a, b, k, d in links(G) if str(d.get("status")).lower() == "down"]\n', "inside"),
        # capacity() reads speed and status itself
        ("dc-fabric", "hqnet", "", 'result = capacity(G, "ams-leaf1")\n', "capacity"),
        # metro has no node status at all
        ("dc-fabric", "metro", "", 'result = nodes(G, role="leaf", status="maintenance")\n', "no counterpart"),
    ],
)
def test_programs_that_cannot_be_mapped_exactly_stay_unchanged(schemas, source, target, request_text, code, reason):
    found = mapping(source, schemas, target)
    assert retarget_code(code, found, request_text) == code
    assert reason in why_unchanged(code, found, request_text)


def test_a_status_value_the_user_never_uses_is_not_invented(schemas):
    """Metro links are active/down/planned: "maintenance" is no link state there."""
    metro = mapping("dc-fabric", schemas, "metro")
    code = 'result = links(G, status="maintenance")\n'
    assert retarget_code(code, metro) == code


def test_names_that_are_not_attributes_are_left_alone(schemas):
    """Device names, interface names and table column labels are not attribute names."""
    dcnet = mapping("dc-fabric", schemas, "dcnet")
    code = 'result = table([(d["interfaces"]["ams-border2"], d["provider"]) for a, b, k, d in links(G, "ams-border2")], ["interface", "provider"])\n'
    assert retarget_code(code, dcnet) == code.replace('d["provider"]', 'd["carrier"]')


# -- identity --------------------------------------------------------------------------------------


@pytest.mark.parametrize("sample", sorted(SAMPLE_FILES))
def test_sample_examples_on_their_own_schema_are_byte_identical(examples, sample):
    """Mapping a sample onto itself changes nothing, even without the sample-topology guard."""
    own = map_schema(sample_schema(sample), sample_schema(sample))
    for example in examples:
        if example.topology == sample:
            assert retarget_code(example.code, own, example.request) == example.code


@pytest.mark.parametrize("sample", sorted(SAMPLE_FILES))
def test_prompts_for_sample_topologies_do_not_change(examples, sample):
    """Every shipped example on every sample topology comes back as the very same object."""
    schema = sample_schema(sample)
    assert schema is not None
    assert all(a is b for a, b in zip(retarget_examples(examples, schema), examples))


def test_campus_prompt_on_campus_is_unchanged():
    """The user message for a campus request is exactly what it was without re-targeting."""
    topology = load(sample_topologies_dir() / SAMPLE_FILES["campus"])
    index = ExampleIndex(load_examples())
    prompts = []
    for enabled in (True, False):
        fake = FakeBackend(["```python\nresult = nodes(G, building=\"north\")\n```"])
        settings = Settings(retries=0, samples=0, timeout=5, retarget_examples=enabled, cache=False)
        Pipeline([fake], settings, examples=index).ask("which switches are in the north building", topology)
        prompts.append([m.content for m in fake.prompts[0]])
    assert prompts[0] == prompts[1]


# -- rewritten examples ------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["hqnet", "dcnet", "metro"])
def test_every_rewritten_example_parses_and_most_change(examples, schemas, target):
    retargeter = Retargeter()
    changed = 0
    for example in examples:
        rewritten = retargeter.retarget(example, schemas[target])
        ast.parse(rewritten.code)
        assert rewritten.request == example.request and rewritten.topology == example.topology
        changed += rewritten.code != example.code
    assert changed >= 50


def test_results_are_cached_per_example_and_schema(examples, schemas):
    retargeter = Retargeter()
    example = next(e for e in examples if 'role="leaf"' in e.code and e.topology == "dc-fabric")
    first = retargeter.retarget(example, schemas["hqnet"])
    assert retargeter.retarget(example, schemas["hqnet"]) == first
    assert len(retargeter._programs) == 1 and len(retargeter._mappings) == 1


def _run(code: str, G: nx.MultiGraph):
    namespace = dict(api.helpers(read_only=True), G=G, nx=nx, math=math)
    exec(compile(code, "<example>", "exec"), namespace)  # noqa: S102 - trusted shipped examples, test only
    return namespace["result"]


@pytest.mark.parametrize(
    "request_text",
    [
        "which links are down right now",
        "how many leafs in fra?",
        "circuits loaded past 0.85",
        "10G links running above half load",
        "which circuit ids come from Lumen",
        "count devices in maintenance mode",
        "is Ethernet1/50 on fra-leaf2 up?",
    ],
)
def test_rewritten_programs_give_the_same_answer_on_dcnet(examples, schemas, topologies, request_text):
    """dcnet is dc-fabric under other conventions: a rewritten program answers as the original does there."""
    example = next(e for e in examples if e.request == request_text)
    rewritten = Retargeter().retarget(example, schemas["dcnet"])
    assert rewritten.code != example.code or request_text == "count devices in maintenance mode"
    fabric = load(sample_topologies_dir() / SAMPLE_FILES["dc-fabric"])
    expected = _run(example.code, fabric.graph)
    assert expected not in ([], 0, None) or request_text == "is Ethernet1/50 on fra-leaf2 up?"
    assert _run(rewritten.code, topologies["dcnet"].graph) == expected


@pytest.mark.parametrize(
    "request_text",
    ["number of access points", "which links are down right now", "device count for each building"],
)
def test_rewritten_programs_give_the_same_answer_on_hqnet(examples, schemas, topologies, request_text):
    """hqnet is campus with upper-case device names: compare answers with names folded."""
    example = next(e for e in examples if e.request == request_text)
    rewritten = Retargeter().retarget(example, schemas["hqnet"])
    assert rewritten.code != example.code
    campus = load(sample_topologies_dir() / SAMPLE_FILES["campus"])
    expected = _run(example.code, campus.graph)
    got = _run(rewritten.code, topologies["hqnet"].graph)
    assert repr(got).lower() == repr(expected).lower()


# -- pipeline wiring ---------------------------------------------------------------------------------


def _user_prompt(topology, enabled: bool) -> str:
    index = ExampleIndex([Example("count leaves in fra", 'result = len(nodes(G, role="leaf", site="fra"))\n', "count", "dc-fabric")])
    fake = FakeBackend(["```python\nresult = 1\n```"])
    settings = Settings(retries=0, samples=0, timeout=5, retarget_examples=enabled, cache=False)
    Pipeline([fake], settings, examples=index).ask("how many leaves in ams", topology)
    return fake.prompts[0][1].content


def test_the_pipeline_puts_retargeted_examples_in_the_prompt(topologies):
    prompt = _user_prompt(topologies["dcnet"], True)
    assert 'result = len(nodes(G, where=lambda d: "leaf" in d.get("tags", []), dc="fra"))' in prompt
    assert 'role="leaf"' in _user_prompt(topologies["dcnet"], False)


# -- generated programs adapted to the user's names (adapt_program) -------------------------------


def test_a_program_in_sample_names_is_adapted_to_the_users(schemas):
    code = 'result = table([(n, attr(G, n, "vendor")) for n in nodes(G, role="core")], ["device", "vendor"])'
    adapted = adapt_program(code, schemas["metro"])
    assert adapted == (
        'result = table([(n, attr(G, n, "manufacturer")) for n in nodes(G, device_role="core")], ["device", "vendor"])'
    )


def test_adapting_converts_units_and_status_values(schemas):
    adapted = adapt_program('result = links(G, status="up", where=lambda d: d["utilization"] > 0.8)', schemas["metro"])
    assert adapted == 'result = links(G, state="active", where=lambda d: d["load_pct"] > 80)'


def test_a_program_in_the_users_names_is_left_alone(schemas):
    code = 'result = nodes(G, device_role="edge", role_hint=1)'  # role_hint: unknown, but no sample has it either
    assert adapt_program(code, schemas["metro"]) == code
    known = 'result = nodes(G, device_role="edge")'
    assert adapt_program(known, schemas["metro"]) is known


def test_used_attributes_sees_filters_reads_and_names():
    code = 'result = [(a, d["speed"]) for a, b, k, d in links(G, peer={"role": "leaf"}) if attr(G, a, "site") == "ams"]'
    assert {("link", "speed"), ("node", "site")} <= used_attributes(code)


def _adapting_pipeline(adapt: bool, resolve_names: bool = True):
    index = ExampleIndex([Example("count leaves in fra", 'result = len(nodes(G, role="leaf", site="fra"))\n', "count", "dc-fabric")])
    fake = FakeBackend(['```python\nresult = len(nodes(G, role="ap"))\n```', '```python\nresult = len(nodes(G, function="ap"))\n```'])
    settings = Settings(retries=1, samples=0, timeout=5, adapt_programs=adapt, resolve_names=resolve_names, cache=False)
    return Pipeline([fake], settings, examples=index), fake


def test_the_pipeline_runs_the_adapted_program_and_keeps_what_the_model_wrote(topologies):
    pipeline, fake = _adapting_pipeline(True)
    answer = pipeline.ask("how many access points", topologies["hqnet"])
    assert answer.ok and answer.value == 5 and len(fake.calls) == 1
    assert answer.code.strip() == 'result = len(nodes(G, function="ap"))'
    assert answer.attempts[0].adapted_from.strip() == 'result = len(nodes(G, role="ap"))'


def test_without_adapting_the_unknown_name_goes_back_to_the_model(topologies):
    pipeline, fake = _adapting_pipeline(False, resolve_names=False)
    answer = pipeline.ask("how many access points", topologies["hqnet"])
    assert answer.ok and answer.value == 5 and len(fake.calls) == 2
    assert answer.attempts[0].failure == "runtime" and "function" in (answer.attempts[0].message or "")


def test_without_adapting_the_helpers_still_resolve_the_name(topologies):
    """adapt_programs off, resolve_names on: nodes(G, role="ap") finds function="ap" itself (netops.program.aliases)."""
    pipeline, fake = _adapting_pipeline(False)
    answer = pipeline.ask("how many access points", topologies["hqnet"])
    assert answer.ok and answer.value == 5 and len(fake.calls) == 1
    assert answer.attempts[0].adapted_from is None


def test_the_answer_json_keeps_the_models_own_program(topologies):
    pipeline, _fake = _adapting_pipeline(True)
    data = pipeline.ask("how many access points", topologies["hqnet"]).to_json()
    assert data["adapted_from"].strip() == 'result = len(nodes(G, role="ap"))'
    assert data["code"].strip() == 'result = len(nodes(G, function="ap"))'
