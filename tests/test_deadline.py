"""One deadline per request (``--timeout``): every attempt and tier stops at it, and progress names the phase.

Slow models are scripted with ``netops.testing.Slow``, which waits in short
steps and gives up as soon as the deadline passes, so these tests take about
as long as their deadlines (a second or two), never the scripted delay.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netops.answering.pipeline import Pipeline
from netops.answering.retrieval import Example, ExampleIndex
from netops.answering.session import Session
from netops.cli import app
from netops.errors import EXIT_EXECUTION, DeadlineExceeded, ExecutionError
from netops.llm.base import CompletionOptions, Message, check_deadline, time_left
from netops.program.api import demo_graph
from netops.program.execute import execute_within
from netops.settings import Settings
from netops.store.database import Store
from netops.testing import FakeBackend, Slow, scripted_backend
from netops.topology import Topology

ROOT = Path(__file__).resolve().parents[1]
GOOD = 'result = nodes(G, role="leaf")'
#: Far longer than any test may take: a test that waited for it would hit pytest's timeout.
FOREVER = 600.0
#: "Returned before a generous bound": a deadline of a second or two, plus room for a busy machine.
GENEROUS = 30.0


def block(code: str) -> str:
    """A model answer holding one program."""
    return f"```python\n{code}\n```"


class TimedFake(FakeBackend):
    """A FakeBackend that also notes when each call started (``time.monotonic()``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.started: list[float] = []

    def complete(self, messages, options=None, on_token=None, on_status=None):
        self.started.append(time.monotonic())
        return super().complete(messages, options or CompletionOptions(), on_token=on_token, on_status=on_status)


@pytest.fixture
def topo() -> Topology:
    return Topology(demo_graph(), name="demo")


def pipeline(*tiers: FakeBackend, deadline: float = 45.0, retries: int = 2, **kwargs) -> Pipeline:
    """A pipeline over fake tiers, a one-example library and no program cache."""
    index = ExampleIndex([Example("count leaves", 'result = len(nodes(G, role="leaf"))\n')])
    settings = Settings(samples=0, retries=retries, timeout=kwargs.pop("timeout", 5.0), deadline=deadline, cache=False)
    return Pipeline(list(tiers), settings, examples=index, **kwargs)


# -- the pieces ------------------------------------------------------------------------------


def test_deadline_exceeded_is_an_exit_4_execution_error_naming_the_timeout():
    """DeadlineExceeded sits under ExecutionError (exit 4) and its message names the --timeout."""
    error = DeadlineExceeded(seconds=45)
    assert isinstance(error, ExecutionError) and error.exit_code == EXIT_EXECUTION == 4
    assert error.message == "no answer within 45 s (--timeout 45); nothing was changed"
    assert "--timeout" in (error.hint or "")


def test_check_deadline_and_time_left_follow_the_options():
    """check_deadline raises only once the options' deadline has passed; no deadline never raises."""
    check_deadline(CompletionOptions())
    assert time_left(CompletionOptions()) is None
    check_deadline(CompletionOptions(deadline=time.monotonic() + 60))
    with pytest.raises(DeadlineExceeded):
        check_deadline(CompletionOptions(deadline=time.monotonic() - 0.001))


def test_slow_reply_is_given_late_without_a_deadline_and_cut_at_one():
    """A Slow reply arrives after its delay; with a deadline it raises DeadlineExceeded at the deadline instead."""
    fake = FakeBackend([Slow("late", 0.05), Slow("never", FOREVER)])
    assert fake.complete([Message("user", "?")]).text == "late"
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        fake.complete([Message("user", "?")], CompletionOptions(deadline=started + 0.2))
    assert time.monotonic() - started < GENEROUS


def test_scripted_file_can_hold_a_slow_reply(tmp_path):
    """A scripted:FILE item {"text", "delay"} becomes a Slow reply; a malformed one is refused."""
    path = tmp_path / "replies.json"
    path.write_text(json.dumps(["fast", {"text": "slow", "delay": 2.5}]))
    fake = scripted_backend(f"scripted:{path}")
    assert list(fake._replies) == ["fast", Slow("slow", 2.5)]
    path.write_text(json.dumps([{"text": "slow", "delay": "soon"}]))
    with pytest.raises(Exception, match="delay"):
        scripted_backend(f"scripted:{path}")


# -- the pipeline ------------------------------------------------------------------------------


def test_options_carry_the_deadline_to_the_backend(topo):
    """Every completion's options carry the request's deadline: settings.deadline from the start, or the one given."""
    fake = FakeBackend([block(GOOD), block(GOOD)])
    before = time.monotonic()
    answer = pipeline(fake, deadline=30).ask("which boxes are leaves?", topo)
    after = time.monotonic()
    assert answer.ok and answer.value == ["leaf1", "leaf2"]
    deadline = fake.calls[0][1].deadline
    assert before + 30 <= deadline <= after + 30

    explicit = time.monotonic() + 100
    answer = pipeline(fake, deadline=30).ask("how many leaves?", topo, deadline=explicit)
    assert fake.calls[1][1].deadline == explicit

    no_limit = FakeBackend([block(GOOD)])
    assert pipeline(no_limit, deadline=0).ask("which boxes are leaves?", topo).ok
    assert no_limit.calls[0][1].deadline is None


def test_slow_model_stops_at_the_deadline_across_attempts_and_tiers(topo):
    """Attempts and tiers share one deadline: a slow second tier is cut at it and nothing starts after it."""
    edge = TimedFake(["No code, sorry.", "Still no code.", "I cannot write that."], name="edge")
    big = TimedFake([Slow(block(GOOD), FOREVER), block(GOOD)], name="big")
    started = time.monotonic()
    answer = pipeline(edge, big, deadline=2.0).ask("which boxes are leaves?", topo)
    elapsed = time.monotonic() - started

    assert not answer.ok and answer.error_kind == "deadline"
    assert answer.error == "no answer within 2 s (--timeout 2); nothing was changed"
    assert answer.after is None and not answer.changed
    assert len(edge.calls) == 3 and len(big.calls) == 1 and big.remaining == 1  # no attempt after the cut one
    deadline = edge.calls[0][1].deadline
    assert {options.deadline for _messages, options in edge.calls + big.calls} == {deadline}
    assert all(start < deadline for start in edge.started + big.started)
    assert [a.failure for a in answer.attempts] == ["no-code", "no-code", "no-code", "deadline"]
    assert elapsed < GENEROUS


def test_no_attempt_starts_after_the_deadline_and_the_request_is_still_logged(topo, tmp_path):
    """A deadline already past asks no model at all; the failed request is logged with outcome "deadline"."""
    fake = FakeBackend([block(GOOD)])
    store = Store(tmp_path / "netops.db")
    answer = pipeline(fake, store=store).ask("which boxes are leaves?", topo, deadline=time.monotonic() - 1)
    assert not answer.ok and answer.error_kind == "deadline" and answer.attempts == []
    assert fake.calls == [] and fake.remaining == 1
    logged = store.history(limit=1, failed=True)
    assert logged and logged[0].outcome == "deadline" and "no answer within" in (logged[0].error or "")


def test_sandbox_runs_get_at_most_the_time_left(topo):
    """The sandbox's wall-clock limit is capped at the time the request has left; a program cut by it ends the request."""
    limits: list[float] = []

    def executor(topology, code, *, read_only, timeout):
        limits.append(timeout)
        return execute_within(topology, code, read_only=read_only, timeout=timeout)

    fake = FakeBackend([block("while True:\n    pass"), block(GOOD)])
    started = time.monotonic()
    answer = pipeline(fake, deadline=1.5, timeout=FOREVER, executor=executor).ask("how many leaves?", topo)
    assert not answer.ok and answer.error_kind == "deadline"
    assert limits and all(0 < limit <= 1.5 for limit in limits)
    assert fake.remaining == 1  # the repair was never asked for
    assert time.monotonic() - started < GENEROUS


def test_status_reports_the_phases_in_order(topo):
    """Status names each phase in order: generating (attempt k of n), evaluating the prompt, running the program."""
    fake = FakeBackend(["No code here.", block(GOOD)])
    statuses: list[str] = []
    answer = pipeline(fake).ask("which boxes are leaves?", topo, on_status=statuses.append)
    assert answer.ok
    attempt = r"with fake \(attempt {} of 3\)"
    expected = [
        "generating " + attempt.format(1),
        r"evaluating \d+ prompt tokens " + attempt.format(1),
        "generating " + attempt.format(1),
        "generating " + attempt.format(2),
        r"evaluating \d+ prompt tokens " + attempt.format(2),
        "generating " + attempt.format(2),
        "running the program in the sandbox",
    ]
    assert len(statuses) == len(expected), statuses
    for pattern, status in zip(expected, statuses):
        assert re.fullmatch(pattern, status), (pattern, status)


def test_a_session_goes_on_after_a_request_past_its_deadline(tmp_path):
    """In a REPL session a request past its deadline fails without changing anything, and the next one is answered."""
    shutil.copy(ROOT / "topologies" / "campus.yaml", tmp_path / "campus.yaml")
    fake = FakeBackend([Slow(block('set_attrs(G, "acc-n1", status="down")\nresult = 1'), FOREVER), block('result = nodes(G, role="core")')])
    session = Session(path=tmp_path / "campus.yaml", pipeline=pipeline(fake, deadline=0.5), store=None)
    late = session.ask("shut acc-n1")
    assert not late.ok and late.error_kind == "deadline" and session.pending is None
    answer = session.ask("which boxes are core?")
    assert answer.ok and answer.value == ["core1", "core2"]


# -- the command line ------------------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture
def env(tmp_path, monkeypatch):
    """A copy of the campus sample and a private netops home."""
    monkeypatch.setenv("NETOPS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("NETOPS_SAMPLES", "0")  # replies are scripted for the first-valid-program flow
    monkeypatch.delenv("NETOPS_MODEL", raising=False)
    monkeypatch.delenv("NETOPS_DEADLINE", raising=False)
    shutil.copy(ROOT / "topologies" / "campus.yaml", tmp_path / "campus.yaml")
    return tmp_path


def scripted(tmp_path: Path, *replies) -> str:
    path = tmp_path / "replies.json"
    path.write_text(json.dumps(list(replies)))
    return f"scripted:{path}"


def test_ask_with_timeout_exits_4_naming_it_without_a_traceback(env):
    """`netops ask --timeout 1` with a model slower than that exits 4 with one line naming the timeout; nothing is written."""
    before = (env / "campus.yaml").read_bytes()
    model = scripted(env, {"text": block('remove_device(G, "ap-s3")\nresult = "removed"'), "delay": FOREVER})
    started = time.monotonic()
    result = runner.invoke(app, ["ask", "remove ap-s3", "-t", str(env / "campus.yaml"), "--yes", "--timeout", "1", "--model", model])
    assert time.monotonic() - started < GENEROUS
    assert result.exit_code == 4, result.output
    assert "no answer within 1 s (--timeout 1); nothing was changed" in result.output
    assert "Traceback" not in result.output
    assert (env / "campus.yaml").read_bytes() == before


def test_ask_json_reports_the_deadline_as_the_error_kind(env):
    """With --json the printed object says error kind "deadline", and the exit code is still 4."""
    model = scripted(env, {"text": block(GOOD), "delay": FOREVER})
    result = runner.invoke(app, ["ask", "which boxes are core?", "-t", str(env / "campus.yaml"), "--json", "--timeout", "0.5", "--model", model])
    assert result.exit_code == 4, result.output
    assert json.loads(result.stdout)["error"]["kind"] == "deadline"


@pytest.mark.parametrize("command", ["ask", "repl", "eval"])
def test_a_negative_timeout_is_a_usage_error(env, command):
    """--timeout below zero is refused with exit 2 before any model loads, on ask, repl and eval."""
    args = {"ask": ["ask", "anything", "-t", str(env / "campus.yaml")], "repl": ["repl", "-t", str(env / "campus.yaml")], "eval": ["eval"]}
    result = runner.invoke(app, [*args[command], "--timeout", "-1", "--model", scripted(env)])
    assert result.exit_code == 2, result.output
    assert "--timeout" in result.output


def test_eval_counts_a_case_past_its_timeout_as_failed_with_cause_deadline(env):
    """`netops eval --timeout` gives each case its own deadline; a case past it fails with error kind "deadline"."""
    (env / "tiny.yaml").write_text((ROOT / "topologies" / "campus.yaml").read_text())
    suite = env / "suite.yaml"
    suite.write_text(
        "topology: tiny.yaml\ncases:\n"
        "  - {id: slow, request: which boxes are core, category: filter, difficulty: easy, golden: 'result = nodes(G, role=\"core\")'}\n"
        "  - {id: fast, request: how many core boxes, category: count, difficulty: easy, golden: 'result = len(nodes(G, role=\"core\"))'}\n"
    )
    fake = FakeBackend([Slow(block('result = nodes(G, role="core")'), FOREVER), block('result = len(nodes(G, role="core"))')])
    result = runner.invoke(
        app, ["eval", "--suite", str(suite), "--json", "--timeout", "1", "--retries", "0"], obj={"pipeline": pipeline(fake)}
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    by_id = {r["id"]: r for r in document["results"]}
    assert by_id["slow"]["status"] == "fail" and by_id["slow"]["error_kind"] == "deadline"
    assert by_id["fast"]["status"] == "pass"
    assert document["options"]["timeout"] == 1.0
