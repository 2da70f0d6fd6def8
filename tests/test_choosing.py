"""Choosing by running (issue 12), driven through ``Pipeline.ask`` with a scripted backend.

The greedy program answers alone when nothing casts doubt on it. A failed,
empty, wrongly shaped or unlikely greedy program makes the pipeline draw
more candidates from the same prompt, run each in the real sandbox and vote
by what they do; the answer carries how many programs agree.
"""

from __future__ import annotations

import pytest

from netops.answering.pipeline import Pipeline
from netops.answering.retrieval import Example, ExampleIndex
from netops.llm.base import Completion
from netops.program.api import demo_graph
from netops.settings import Settings
from netops.testing import FakeBackend
from netops.topology.model import Topology


def block(code: str, logprob: float | None = None) -> str | Completion:
    """A model reply holding ``code``; with ``logprob``, a completion that reports its mean log-probability."""
    text = f"```python\n{code}\n```"
    if logprob is None:
        return text
    return Completion(text=text, model="fake", completion_tokens=10, details={"mean_logprob": logprob})


@pytest.fixture
def topo() -> Topology:
    return Topology(demo_graph(), name="demo")


def choosing(*replies, samples: int = 4, **settings) -> tuple[Pipeline, FakeBackend]:
    fake = FakeBackend(list(replies))
    index = ExampleIndex([Example("count leaves", 'result = len(nodes(G, role="leaf"))\n')])
    settings.setdefault("retries", 1)
    return Pipeline([fake], Settings(timeout=5, samples=samples, **settings), examples=index), fake


LEAVES = 'result = nodes(G, role="leaf")'
SPINES = 'result = nodes(G, role="spine")'


def test_a_confident_greedy_program_answers_alone(topo):
    """No doubt, no samples: one call, and the answer says it was not cross-checked."""
    pipeline, fake = choosing(block(LEAVES, logprob=-0.01))
    answer = pipeline.ask("which devices are leaves?", topo)
    assert answer.ok and answer.value == ["leaf1", "leaf2"]
    assert len(fake.calls) == 1 and len(answer.trials) == 1
    assert answer.confidence()["label"] == "unchecked"
    assert answer.to_json()["alternatives"] == []


def test_a_failed_greedy_program_is_outvoted_by_samples_that_agree(topo):
    """Greedy fails at run time; the samples agree, and sampling stops once nothing can overturn them."""
    pipeline, fake = choosing(
        block('result = G.nodes["nope"]["role"]'),
        block(LEAVES),
        block('result = [n for n in G if G.nodes[n].get("role") == "leaf"]'),
        block("result = sorted(nodes(G, role='leaf'))"),
        block(SPINES),  # never asked for: 3 agreeing of 4 cannot be overturned by 1 more
    )
    answer = pipeline.ask("which devices are leaves?", topo)
    assert answer.ok and sorted(answer.value) == ["leaf1", "leaf2"]
    assert len(fake.calls) == 4 and fake.remaining == 1
    assert answer.selection.describe() == "3 of 4 programs agree"
    assert [t.candidate.origin for t in answer.trials] == ["greedy", "sample", "sample", "sample"]
    sample_options = [options for _messages, options in fake.calls[1:]]
    assert all(o.temperature > 0 for o in sample_options)
    assert len({o.seed for o in sample_options}) == 3  # each sample its own seed: a run is repeatable


def test_samples_share_the_greedy_prompt(topo):
    """A sample is asked with exactly the greedy prompt (no feedback turns), so its prefix is reused."""
    pipeline, fake = choosing(block("result = 1/0"), block(LEAVES), block(LEAVES), block(LEAVES))
    pipeline.ask("which devices are leaves?", topo)
    assert all(prompt == fake.prompts[0] for prompt in fake.prompts[1:])


def test_the_vote_overrules_an_unlikely_greedy_program(topo):
    """An unlikely greedy answer is sampled against; the majority wins and greedy's answer is the alternative."""
    pipeline, _fake = choosing(
        block(SPINES, logprob=-0.9),
        block(LEAVES, logprob=-0.2),
        block(LEAVES, logprob=-0.3),
        block(LEAVES, logprob=-0.25),
    )
    answer = pipeline.ask("which devices are leaves?", topo)
    assert answer.value == ["leaf1", "leaf2"]
    data = answer.to_json()
    assert data["confidence"]["votes"] == 3 and data["confidence"]["considered"] == 4
    assert data["confidence"]["text"] == "3 of 4 programs agree"
    assert [(alt["result"], alt["votes"]) for alt in data["alternatives"]] == [(["spine1", "spine2"], 1)]


def test_a_tie_goes_to_the_more_likely_answer(topo):
    """Two against two: the group holding the most likely program wins."""
    pipeline, _fake = choosing(
        block(SPINES, logprob=-0.6),
        block(LEAVES, logprob=-0.2),
        block(SPINES, logprob=-0.7),
        block(LEAVES, logprob=-0.3),
        samples=3,
    )
    answer = pipeline.ask("which devices are leaves?", topo)
    assert answer.value == ["leaf1", "leaf2"]
    assert answer.selection.describe() == "2 of 4 programs agree" and answer.selection.label == "low"


def test_an_answer_of_the_wrong_shape_is_left_out(topo):
    """'how many' answered with names breaks the answer contract: the numeric samples win."""
    pipeline, _fake = choosing(
        block(LEAVES),
        block('result = len(nodes(G, role="leaf"))'),
        block('result = sum(1 for n in G if G.nodes[n].get("role") == "leaf")'),
        block('result = len(nodes(G, role="leaf"))'),
    )
    answer = pipeline.ask("how many leaf switches are there", topo)
    assert answer.value == 2
    rejected = {r.candidate.origin: r.reason for r in answer.selection.rejected}
    assert rejected["greedy"].startswith('expected a number ("how many")')


def test_a_duplicate_program_counts_as_a_vote_but_is_not_run_again(topo):
    """The same program (up to layout) reuses the first run."""
    runs = []

    def executor(topology, code, **kwargs):
        from netops.program.execute import execute_within

        runs.append(code)
        return execute_within(topology, code, **kwargs)

    fake = FakeBackend([block("result = 1/0"), block(LEAVES), block("result = nodes( G, role='leaf' )  # again"), block(LEAVES)])
    pipeline = Pipeline([fake], Settings(timeout=5, samples=3, retries=0), examples=ExampleIndex([]), executor=executor)
    answer = pipeline.ask("which devices are leaves?", pipeline_topology := Topology(demo_graph(), name="demo"))
    assert answer.ok and pipeline_topology is not None
    assert len(runs) == 2  # the failing greedy program and the first leaf program; the repeats are not run
    # The repeat is a second vote; two of three cannot be overturned by the last sample, so it is not drawn.
    assert [t.same_as for t in answer.trials] == [None, None, 1]
    assert answer.selection.votes == 2 and fake.remaining == 1


def test_when_every_program_answers_nothing_nothing_is_the_answer(topo):
    """Empty answers that all agree are accepted (a filter that rightly matches nothing)."""
    pipeline, fake = choosing(
        block('result = nodes(G, role="router")'),
        block('result = nodes(G, role="router")'),
        block('result = [n for n in G if G.nodes[n].get("role") == "router"]'),
        block('result = nodes(G, role="router")'),
        block('result = nodes(G, role="router")'),
    )
    answer = pipeline.ask("which devices are routers?", topo)
    assert answer.ok and answer.value == []
    assert answer.selection.describe() == "3 of 3 programs agree"
    assert fake.remaining == 2


def test_a_nonempty_answer_beats_empty_ones(topo):
    """An empty greedy answer is doubted; a sample that finds something wins over the empty ones."""
    pipeline, _fake = choosing(
        block('result = nodes(G, role="Leaf")'),
        block(LEAVES),
        block('result = nodes(G, role="Leaf")'),
        block(LEAVES),
        block(LEAVES),
    )
    answer = pipeline.ask("which devices are leaves?", topo)
    assert answer.value == ["leaf1", "leaf2"]


def test_change_requests_are_grouped_by_their_diff(topo):
    """Two programs that make the same change are one group however they are written; no-change is out."""
    pipeline, _fake = choosing(
        block('result = "nothing to do"'),
        block('set_attrs(G, "leaf1", status="maintenance")\nresult = "done"'),
        block('G.nodes["leaf1"]["status"] = "maintenance"\nresult = "leaf1 in maintenance"'),
        block('set_attrs(G, "leaf2", status="maintenance")\nresult = "done"'),
        block('set_attrs(G, "leaf1", status="maintenance")\nresult = "ok"'),
    )
    answer = pipeline.ask("put leaf1 into maintenance", topo, change_request=True)
    assert answer.ok and answer.changed
    assert answer.after.graph.nodes["leaf1"]["status"] == "maintenance"
    assert answer.selection.votes == 3
    alternatives = answer.to_json()["alternatives"]
    assert len(alternatives) == 1 and alternatives[0]["diff"] is not None and alternatives[0]["result"] is None


def test_when_no_candidate_survives_the_model_repairs_the_greedy_failure(topo):
    """Every candidate broke the contract: the repair turn tells the model what shape was wanted."""
    pipeline, fake = choosing(
        block(LEAVES),
        block(LEAVES),
        block(SPINES),
        block('result = len(nodes(G, role="leaf"))'),
        samples=2,
    )
    answer = pipeline.ask("how many leaf switches are there", topo)
    assert answer.ok and answer.value == 2
    repair_turn = fake.prompts[-1][-1].content
    assert "wrong shape" in repair_turn and "how many" in repair_turn
    assert answer.attempts[-1].origin == "repair"


def test_always_samples_every_request_and_draws_them_all(topo):
    """sample_when=always doubts even a sure greedy program and does not stop early (for measuring)."""
    pipeline, fake = choosing(*[block(LEAVES, logprob=-0.01)] * 4, samples=3, sample_when="always")
    answer = pipeline.ask("which devices are leaves?", topo)
    assert len(fake.calls) == 4 and answer.selection.describe() == "4 of 4 programs agree"
    assert answer.selection.label == "high"


def test_agreement_on_an_empty_answer_is_never_high_confidence(topo):
    """Wrong programs converge on "nothing", so even 4 of 4 agreeing on empty is labelled low."""
    empty = 'result = nodes(G, role="firewall")'
    pipeline, fake = choosing(*[block(empty, logprob=-0.01)] * 4, samples=3, sample_when="always")
    answer = pipeline.ask("which devices are firewalls?", topo)
    assert answer.selection.votes == 4 and answer.selection.empty
    assert answer.selection.label == "low"


def test_no_samples_means_first_valid_program_wins(topo):
    """samples=0 keeps the old flow: no vote, no trials."""
    pipeline, fake = choosing(block(SPINES, logprob=-2.0), samples=0)
    answer = pipeline.ask("which devices are leaves?", topo)
    assert answer.value == ["spine1", "spine2"] and answer.trials == [] and answer.selection is None
    assert len(fake.calls) == 1


def test_a_bad_sample_when_setting_is_refused():
    from netops.errors import InputError

    with pytest.raises(InputError, match="sample_when"):
        Settings(sample_when="sometimes")


# -- where the confidence is shown ------------------------------------------------------------------

SPLIT = [  # greedy fails; two samples say leaves, one says spines: "2 of 4 agree", spines the runner-up
    block("result = 1/0"),
    block(LEAVES),
    block(SPINES),
    block(LEAVES),
    block("result = nodes(G, role='leaf')"),
]


def test_ask_shows_how_many_programs_agree_and_the_runner_up(tmp_path, monkeypatch):
    """The CLI prints the agreement and, when the vote split, the runner-up answer; --json carries both."""
    import json
    import shutil
    from pathlib import Path

    from typer.testing import CliRunner

    from netops.cli import app

    root = Path(__file__).resolve().parents[1]
    monkeypatch.setenv("NETOPS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("NETOPS_SAMPLES", raising=False)
    shutil.copy(root / "topologies" / "campus.yaml", tmp_path / "campus.yaml")
    replies = [
        block("result = 1/0"),
        block('result = nodes(G, role="core")'),
        block('result = nodes(G, role="distribution")'),
        block('result = nodes(G, role="core")'),
        block('result = nodes(G, role="core")'),
    ]
    script = tmp_path / "replies.json"
    runner = CliRunner()
    for flags in ([], ["--json"]):
        script.write_text(json.dumps(replies))
        result = runner.invoke(
            app, ["ask", "which boxes are core switches", "-t", str(tmp_path / "campus.yaml"), "--model", f"scripted:{script}", "--no-cache", *flags]
        )
        assert result.exit_code == 0, result.output
        if flags:
            data = json.loads(result.stdout)
            assert data["result"] == ["core1", "core2"]
            assert data["confidence"]["text"] == "3 of 5 programs agree" and data["confidence"]["label"] == "medium"
            assert data["alternatives"][0]["result"] == ["dist-n1", "dist-n2", "dist-s1", "dist-s2"]
        else:
            assert "3 of 5 programs agree" in result.output and "runner-up answer (1 program" in result.output
            assert "dist-n1" in result.output


def _session(tmp_path, replies):
    import shutil
    from pathlib import Path

    from netops.answering.session import Session

    root = Path(__file__).resolve().parents[1]
    shutil.copy(root / "topologies" / "campus.yaml", tmp_path / "campus.yaml")
    fake = FakeBackend(list(replies))
    pipeline = Pipeline([fake], Settings(samples=4, retries=0, cache=False), examples=ExampleIndex([]))
    return Session(path=tmp_path / "campus.yaml", pipeline=pipeline, store=None)


CHANGE_SPLIT = [
    block('result = "nothing"'),  # changes nothing: doubted
    block('set_attrs(G, "acc-n1", status="maintenance")\nresult = "ok"'),
    block('set_attrs(G, "acc-n2", status="maintenance")\nresult = "ok"'),
    block('set_attrs(G, "acc-n1", status="maintenance")\nresult = "done"'),
    block('set_attrs(G, "acc-n3", status="maintenance")\nresult = "ok"'),
]


def test_alt_takes_the_runner_up_change_instead(tmp_path, monkeypatch):
    """In the REPL, :alt lists the other answers and :alt 1 makes the runner-up change the pending one."""
    from rich.console import Console

    from netops.cli.repl import Repl

    session = _session(tmp_path, CHANGE_SPLIT)
    output = Console(record=True, width=120, color_system=None)
    repl = Repl(session, output, history_path=None)
    lines = iter(["put acc-n1 in maintenance", ":alt", ":alt 1", ":alt 9", ":discard"])
    monkeypatch.setattr(repl, "read", lambda: next(lines, None))
    monkeypatch.setattr(repl, "confirm", lambda question: True)
    assert repl.run() == 0
    text = output.export_text()
    assert "2 of 5 programs agree" in text and "runner-up answer" in text
    assert "acc-n2" in text and "took answer 1" in text
    assert text.count("no alternatives") == 1  # after taking answer 1 the vote no longer describes the answer


def test_choose_alternative_replaces_the_pending_change(tmp_path):
    """The working topology goes back to before the request; the alternative's change is pending instead."""
    session = _session(tmp_path, CHANGE_SPLIT)
    first = session.ask("put acc-n1 in maintenance")
    assert first.selection.describe() == "2 of 5 programs agree"
    assert session.current.graph.nodes["acc-n1"]["status"] == "maintenance"
    runner_up = session.alternatives()[0][1].candidate.code
    chosen = session.choose_alternative(1)
    assert chosen.code == runner_up and chosen.changed
    changed = {c.name for c in session.pending.devices_changed}
    assert len(changed) == 1 and "acc-n1" not in changed
    assert session.alternatives() == []  # the vote no longer describes the taken answer


def test_choose_alternative_refuses_after_the_change_was_discarded(tmp_path):
    from netops.errors import ChangeRejected

    session = _session(tmp_path, CHANGE_SPLIT)
    session.ask("put acc-n1 in maintenance")
    session.discard()
    with pytest.raises(ChangeRejected, match="already applied or discarded"):
        session.choose_alternative(1)


def test_freeze_refuses_a_program_whose_vote_split_unless_forced(tmp_path):
    """A pinned program answers in every CI run: a split vote is refused, and --force pins the winner."""
    from netops.audit import Check, LockFile, freeze
    from netops.topology import load

    campus = load(__import__("pathlib").Path(__file__).resolve().parents[1] / "topologies" / "campus.yaml")
    checks = [Check(id="core", question="which boxes are core switches")]
    split = [
        block('result = nodes(G, role="core")'),
        block('result = nodes(G, role="distribution")'),
        block('result = nodes(G, role="core")'),
        block('result = nodes(G, role="access")'),
    ]
    for force in (False, True):
        fake = FakeBackend(list(split))
        pipeline = Pipeline([fake], Settings(samples=3, sample_when="always", retries=0, cache=False), examples=ExampleIndex([]))
        report = freeze(checks, LockFile(tmp_path / "x.lock.yaml"), campus, pipeline, force=force)
        if force:
            assert report.generated == ["core"] and 'role="core"' in report.lock.entries["core"].program
        else:
            assert report.generated == [] and "disagree (2 of 4 programs agree)" in report.failures[0].message
            assert "--force" in report.failures[0].message
