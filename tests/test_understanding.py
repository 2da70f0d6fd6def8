"""Request understanding before any model runs: intent, entities, example retrieval, prompts."""

from __future__ import annotations

import pytest

from netops.answering.entities import EntityResolver
from netops.answering.intent import is_change_request
from netops.answering.prompting import Feedback, PromptBuilder, Turn, fixed_prefix, prompt_version
from netops.answering.retrieval import Example, ExampleIndex, tokenize
from netops.program.api import demo_graph
from netops.topology import Topology, summarize


@pytest.mark.parametrize(
    ("request_text", "change"),
    [
        ("how many spines are there", False),
        ("list down links in fra", False),
        ("what happens if spine1 goes down?", False),
        ("Add a leaf called leaf9 in ams", True),
        ("pls remove the circuit C-100", True),
        ("can you shut Ethernet1 on leaf1", True),
        ("and now set them to maintenance", True),
        ("which devices need an upgrade", False),
        ("decommission border1", True),
    ],
)
def test_change_requests_are_told_from_questions(request_text, change):
    """A request is a change exactly when its first verb (after politeness) is a mutation verb."""
    assert is_change_request(request_text) is change


def _resolver() -> EntityResolver:
    return EntityResolver(Topology(demo_graph(), name="demo"))


def test_entities_resolve_devices_values_plurals_and_typos():
    """Device names, attribute values, plurals and small typos resolve to what they are."""
    entities = _resolver().resolve("are the Leaves in AMS connected to sipne1 or border1?")
    described = {(e.kind, e.attribute, e.value) for e in entities}
    assert ("node-value", "role", "leaf") in described
    assert ("node-value", "site", "ams") in described
    assert ("device", None, "spine1") in described
    assert ("device", None, "border1") in described


def test_entities_ignore_bare_numbers_and_filler_words():
    """Numbers like '2' and words like 'the' do not become entities."""
    entities = _resolver().resolve("the 2 of it")
    assert entities == []


def test_entity_lines_say_what_a_name_is():
    """A resolved site reads as an attribute value with its device count."""
    line = _resolver().resolve("ams")[0].describe()
    assert line == '"ams" is the value \'ams\' of device attribute "site" (5 devices)'


def test_entities_name_an_abbreviated_interface_of_a_named_device():
    """"eth51 on leaf1" resolves to Ethernet51 of leaf1 with the call that finds its link; a bare interface does not."""
    entities = _resolver().resolve("what is plugged into eth51 on leaf1?")
    interface = [e for e in entities if e.kind == "interface"]
    assert [(e.value, e.detail) for e in interface] == [("Ethernet51", "leaf1")]
    assert 'find_interface(G, "leaf1", "Ethernet51")' in interface[0].describe()
    assert [e for e in _resolver().resolve("what is plugged into Ethernet1?") if e.kind == "interface"] == []


def test_tokenize_folds_synonyms_and_plurals():
    """Operators' synonyms map to one term so retrieval finds the right examples."""
    assert tokenize("routers with failed cables") == ["device", "fail", "link"]  # "with" is a stop word


def test_bm25_prefers_the_closest_request_and_dedupes_programs():
    """The most similar example comes first and identical programs are not repeated."""
    index = ExampleIndex(
        [
            Example("how many spines are there", "result = len(nodes(G, role='spine'))\n"),
            Example("count spine switches", "result = len(nodes(G, role='spine'))\n"),
            Example("shortest path from a to b", "result = path(G, 'a', 'b')\n"),
            Example("which links are down", "result = links(G, status='down')\n"),
        ]
    )
    found = index.search("number of spine boxes", k=3)
    assert found[0].request in {"how many spines are there", "count spine switches"}
    assert len({e.code for e in found}) == len(found)
    assert all("path" not in e.code for e in found)


def test_retrieval_keeps_questions_and_changes_apart():
    """A change request is shown only edits and a question only queries, even when a query shares more words."""
    index = ExampleIndex(
        [
            Example("which devices are in maintenance", "result = nodes(G, status='maintenance')\n", "filter"),
            Example("count devices in maintenance", "result = len(nodes(G, status='maintenance'))\n", "count"),
            Example("set leaf9 back to active", "set_attrs(G, 'leaf9', status='active')\n", "mutation"),
            Example("mark the fra devices as maintenance", "set_attrs(G, nodes(G, site='fra'), status='maintenance')\n"),
        ]
    )
    request = "set the status of acc-n1 to maintenance"
    unfiltered = index.search(request, k=2)
    assert any("set_attrs" not in e.code for e in unfiltered)  # the trap: queries rank high on shared words
    as_change = index.search(request, k=4, change=True)
    assert [e.request for e in as_change] and all("set_attrs" in e.code for e in as_change)
    assert len(as_change) == 2  # the uncategorized (learned) one counts as a change by its wording
    as_question = index.search("which devices are in maintenance mode?", k=4, change=False)
    assert as_question and all("set_attrs" not in e.code for e in as_question)


def test_prompt_keeps_the_fixed_prefix_first_and_identical():
    """The system message starts with the fixed prefix and is the same for every request."""
    builder = PromptBuilder(summarize(Topology(demo_graph(), name="demo")).to_prompt())
    first = builder.messages("how many leaves")
    second = builder.messages("path from leaf1 to border1", examples=[Example("x", "result = 1\n")])
    assert first[0].content == second[0].content
    assert first[0].content.startswith(fixed_prefix().rstrip()[:200])
    assert "Request: path from leaf1 to border1" in second[1].content


def test_prompt_carries_repair_feedback_and_context():
    """A retry shows the failed program as the model's turn and says exactly what went wrong."""
    builder = PromptBuilder("schema")
    messages = builder.messages(
        "now only the ones in fra",
        context=[Turn("which leaves are down", "result = nodes(G, role='leaf')\n")],
        feedback=[Feedback("runtime", "KeyError: 'rack'", "result = G.nodes['x']['rack']\n", line=1)],
    )
    assert "Earlier in this conversation" in messages[1].content
    assert messages[2].role == "assistant" and "G.nodes['x']['rack']" in messages[2].content
    assert "line 1" in messages[3].content and "KeyError: 'rack'" in messages[3].content


def test_prompt_version_is_stable():
    """The prompt version is a short hash that does not change between calls."""
    assert prompt_version() == prompt_version()
    assert len(prompt_version()) == 12
