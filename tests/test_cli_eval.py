"""``netops eval`` as users meet it: progress, report, JSON, saved runs, comparisons, exit codes.

The pipeline is injected through the click context object (``obj``), never
patched: either a ``ProgramPipeline`` that answers with given programs, or a
real ``Pipeline`` driven by ``FakeBackend`` queued replies.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from netops.app import PIPELINE_KEY
from netops.cli import app
from netops.errors import BackendUnavailableError
from netops.evaluation import ProgramPipeline, load_suite

TINY = """\
name: tiny
nodes:
  - {name: s1, role: spine, site: ams, vendor: arista}
  - {name: l1, role: leaf, site: ams, vendor: cisco}
  - {name: l2, role: leaf, site: fra, vendor: cisco}
links:
  - {endpoints: [s1:Ethernet1, l1:Ethernet49], speed: 100000, status: up}
  - {endpoints: [s1:Ethernet2, l1:Ethernet50], speed: 100000, status: up}
  - {endpoints: [s1:Ethernet3, l2:Ethernet49], speed: 100000, status: down}
"""

SUITE = """\
topology: tiny.yaml
cases:
  - id: t-count
    request: how many leafs
    category: count
    difficulty: easy
    golden: |
      result = len(nodes(G, role="leaf"))
  - id: t-filter
    request: which boxes have a down link
    category: filter
    difficulty: medium
    golden: |
      result = sorted({n for a, b, k, d in links(G, status="down") for n in (a, b)})
  - id: t-path
    request: hops from l1 to l2
    category: path
    difficulty: easy
    expect: 2
  - id: t-change
    request: set l2 vendor to arista
    category: mutation
    difficulty: hard
    golden: |
      set_attrs(G, "l2", vendor="arista")
"""

RIGHT = {
    "t-count": "result = len([n for n, d in G.nodes(data=True) if d['role'] == 'leaf'])",
    "t-filter": "result = ['l2', 's1']",
    "t-path": "result = path_length(G, 'l1', 'l2')",
    "t-change": "G.nodes['l2']['vendor'] = 'arista'",
}
WRONG_PATH = dict(RIGHT, **{"t-path": "result = path(G, 'l1', 'l2')"})

runner = CliRunner()


@pytest.fixture
def suite(tmp_path):
    """A four-case suite over a three-device topology, in a temporary folder."""
    (tmp_path / "tiny.yaml").write_text(TINY)
    path = tmp_path / "suite.yaml"
    path.write_text(SUITE)
    return path


def programs(suite, table):
    """A ProgramPipeline answering the suite's cases with ``table``'s programs."""
    return ProgramPipeline(table, cases=load_suite(suite))


def invoke(args, pipeline=None):
    """Run the CLI with an injected pipeline (or factory)."""
    return runner.invoke(app, args, obj={PIPELINE_KEY: pipeline} if pipeline is not None else None)


def test_report_shows_pass_rate_breakdowns_and_failures_with_programs(suite):
    """The human report gives pass@1 overall and per category/difficulty, and each failure with its program."""
    result = invoke(["eval", "--suite", str(suite)], programs(suite, WRONG_PATH))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "pass@1 75.0%" in out and "(3/4 cases" in out
    assert "by category" in out and "by difficulty" in out and "by topology" in out
    assert "failures (1)" in out and "t-path" in out and "hops from l1 to l2" in out
    assert "path(G, 'l1', 'l2')" in out  # the failing program is shown
    assert "expected the number 2" in out
    assert "latency" in out and "p50" in out and "p90" in out and "tokens" in out and "retries" in out
    assert "[3/4] t-path fail (1 attempt(s)" in result.stderr  # not a terminal: a progress line per case


def test_json_output_is_the_saved_run_and_compare_reports_fixed_and_broken(suite, tmp_path):
    """--json prints the run as one object, --save writes it, and --compare says what got fixed or broke."""
    old = tmp_path / "old.json"
    first = invoke(["eval", "--suite", str(suite), "--json", "--save", str(old)], programs(suite, WRONG_PATH))
    assert first.exit_code == 0, first.output
    document = json.loads(first.stdout)
    assert document["format"] == "netops-eval/1"
    assert document["summary"]["pass_at_1"] == 0.75
    assert document["summary"]["by_category"]["path"] == {"cases": 1, "passed": 0, "pass_at_1": 0.0}
    assert document["summary"]["by_difficulty"]["hard"]["passed"] == 1
    assert [r["status"] for r in document["results"]] == ["pass", "pass", "fail", "pass"]
    assert document["results"][2]["code"] == WRONG_PATH["t-path"]
    saved = json.loads(old.read_text())
    assert saved["results"] == document["results"]

    broken = dict(RIGHT, **{"t-count": "result = 3"})
    second = invoke(["eval", "--suite", str(suite), "--compare", str(old)], programs(suite, broken))
    assert second.exit_code == 0, second.output
    assert "75.0% -> 75.0%" in second.stdout
    assert "fixed" in second.stdout and "t-path" in second.stdout
    assert "broken" in second.stdout and "t-count" in second.stdout

    third = invoke(["eval", "--suite", str(suite), "--json", "--compare", str(old)], programs(suite, RIGHT))
    comparison = json.loads(third.stdout)["comparison"]
    assert comparison["fixed"] == ["t-path"] and comparison["broken"] == [] and comparison["delta"] == 0.25


def test_filters_select_cases(suite):
    """--category, --difficulty, --id and --limit narrow the run, in suite order."""
    def ids(*flags):
        result = invoke(["eval", "--suite", str(suite), "--json", *flags], programs(suite, RIGHT))
        assert result.exit_code == 0, result.output
        return [r["id"] for r in json.loads(result.stdout)["results"]]

    assert ids("--category", "count,path") == ["t-count", "t-path"]
    assert ids("--category", "count", "--category", "mutation") == ["t-count", "t-change"]
    assert ids("--difficulty", "easy") == ["t-count", "t-path"]
    assert ids("--id", "t-filter") == ["t-filter"]
    assert ids("--limit", "3") == ["t-count", "t-filter", "t-path"]


def test_a_real_pipeline_with_fake_replies_reports_retries_tokens_and_tier(suite):
    """With FakeBackend replies (a broken program, then the repair), retries, tokens and the answering tier are counted."""
    pytest.importorskip("netops.program.execute")
    from netops.answering.pipeline import Pipeline
    from netops.answering.retrieval import ExampleIndex
    from netops.llm.base import Completion
    from netops.settings import Settings
    from netops.testing import FakeBackend

    def reply(code, prompt=120, completion=20):
        return Completion(f"```python\n{code}\n```", model="fake-1.5b", prompt_tokens=prompt, completion_tokens=completion)

    fake = FakeBackend(
        [
            reply("result = len(nodes(G, role='leaf')"),  # syntax error: the pipeline asks for a repair
            reply("result = len(nodes(G, role='leaf'))"),
            reply("result = ['l2', 's1']"),
            reply("result = path_length(G, 'l1', 'l2')"),
            reply("set_attrs(G, 'l2', vendor='arista')"),
        ],
        name="fake-1.5b",
    )
    pipeline = Pipeline([fake], Settings(samples=0, cache=False, retries=2), examples=ExampleIndex([]), frontend="eval")
    result = invoke(["eval", "--suite", str(suite), "--json"], pipeline)
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    summary = document["summary"]
    assert summary["pass_at_1"] == 1.0
    assert summary["attempts"] == {"total": 5, "retries": 1, "mean": 1.25, "passed_after_repair": 1}
    assert summary["tokens"]["prompt"] == 600 and summary["tokens"]["completion"] == 100
    assert summary["tiers"] == {"0: fake-1.5b": 4}
    assert document["model"] == "fake-1.5b"
    assert fake.remaining == 0


def test_no_retrieval_gives_the_pipeline_an_empty_example_index(suite):
    """--no-retrieval removes examples from the prompt; without it the most similar example is there."""
    pytest.importorskip("netops.program.execute")
    from netops.answering.pipeline import Pipeline
    from netops.answering.retrieval import Example, ExampleIndex
    from netops.settings import Settings
    from netops.testing import FakeBackend

    example = Example(request="how many spine switches are there", code="result = len(nodes(G, role='spine'))\n")

    def prompts(*flags):
        fake = FakeBackend(["```python\nresult = 2\n```"])
        pipeline = Pipeline([fake], Settings(samples=0, cache=False, retries=0), examples=ExampleIndex([example]))
        result = invoke(["eval", "--suite", str(suite), "--id", "t-count", "--json", *flags], pipeline)
        assert result.exit_code == 0, result.output
        return "\n".join(m.content for m in fake.prompts[0])

    assert "how many spine switches are there" in prompts()
    assert "how many spine switches are there" not in prompts("--no-retrieval")


def test_retries_flag_reaches_the_pipeline_settings(suite):
    """--retries N bounds the repair attempts of the injected pipeline."""
    pytest.importorskip("netops.program.execute")
    from netops.answering.pipeline import Pipeline
    from netops.answering.retrieval import ExampleIndex
    from netops.settings import Settings
    from netops.testing import FakeBackend

    fake = FakeBackend(["```python\nresult = (\n```", "```python\nresult = ((\n```"])
    pipeline = Pipeline([fake], Settings(samples=0, cache=False, retries=3), examples=ExampleIndex([]))
    result = invoke(["eval", "--suite", str(suite), "--id", "t-count", "--retries", "1", "--json"], pipeline)
    assert result.exit_code == 0, result.output
    [case] = json.loads(result.stdout)["results"]
    assert case["status"] == "fail" and case["attempts"] == 2 and "syntax" in case["reason"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--category", "vibes"], 2, "unknown category 'vibes'"),
        (["--difficulty", "extreme"], 2, "unknown difficulty 'extreme'"),
        (["--id", "t-nope"], 2, "no case(s) with id t-nope"),
        (["--limit", "0"], 2, "Usage"),
    ],
)
def test_bad_flags_exit_2(suite, args, code, message):
    """Unknown categories, difficulties and ids are usage errors (exit 2) with one clear line."""
    result = invoke(["eval", "--suite", str(suite), *args], programs(suite, RIGHT))
    assert result.exit_code == code
    assert message in result.output
    assert "Traceback" not in result.output


def test_bad_suite_and_bad_saved_run_exit_3(suite, tmp_path):
    """A broken suite or a --compare file that is not a saved run is a bad input file (exit 3), before anything runs."""
    broken = tmp_path / "broken.yaml"
    broken.write_text(SUITE.replace("category: count", "category: countz"))
    result = invoke(["eval", "--suite", str(broken)], programs(suite, RIGHT))
    assert result.exit_code == 3 and "unknown category 'countz'" in result.stderr and f"{broken}:3" in result.stderr

    not_a_run = tmp_path / "run.json"
    not_a_run.write_text('{"hello": 1}')
    answered = []

    class Recording(ProgramPipeline):
        def ask(self, request, topology, **kwargs):
            answered.append(request)
            return super().ask(request, topology, **kwargs)

    result = invoke(["eval", "--suite", str(suite), "--compare", str(not_a_run)], Recording(RIGHT, cases=load_suite(suite)))
    assert result.exit_code == 3 and "not a saved netops eval run" in result.stderr
    assert answered == []


def test_missing_default_suite_is_a_usage_error(tmp_path, monkeypatch):
    """Outside a checkout, `netops eval` without --suite says where it looked and how to point elsewhere."""
    monkeypatch.chdir(tmp_path)
    result = invoke(["eval"], ProgramPipeline({}))
    assert result.exit_code == 2
    assert "no suite at tests/eval/suite" in result.stderr and "--suite" in result.stderr


def test_no_usable_model_exits_5(suite):
    """When the model cannot be loaded, nothing runs and the exit code is 5."""

    def factory():
        raise BackendUnavailableError("llama-cpp-python is not installed", hint="pip install 'netops[model]'")

    result = invoke(["eval", "--suite", str(suite)], factory)
    assert result.exit_code == 5
    assert "llama-cpp-python is not installed" in result.stderr


def test_interrupt_keeps_the_partial_run(suite, tmp_path):
    """Ctrl-C during a run reports and saves the cases done so far, then exits 130."""

    class Interrupting(ProgramPipeline):
        def ask(self, request, topology, **kwargs):
            if request == "hops from l1 to l2":
                raise KeyboardInterrupt
            return super().ask(request, topology, **kwargs)

    saved = tmp_path / "partial.json"
    result = invoke(["eval", "--suite", str(suite), "--save", str(saved)], Interrupting(RIGHT, cases=load_suite(suite)))
    assert result.exit_code == 130
    assert "interrupted after 2 of 4 cases" in result.stdout
    document = json.loads(saved.read_text())
    assert [r["id"] for r in document["results"]] == ["t-count", "t-filter"]
    assert document["options"]["interrupted"] is True


def test_help_documents_the_flags():
    """`netops eval --help` lists the options and an example."""
    result = runner.invoke(app, ["eval", "--help"])
    assert result.exit_code == 0
    for flag in ("--suite", "--model", "--json", "--save", "--compare", "--limit", "--category", "--no-retrieval", "--retries"):
        assert flag in result.output
    assert "Examples" in result.output


def test_eval_judges_every_candidate_greedy_vs_chosen_pass_at_k_and_calibration(suite):
    """With candidates, the run reports greedy alone vs the chosen answer, pass@k and accuracy per confidence label."""
    pytest.importorskip("netops.program.execute")
    from netops.answering.pipeline import Pipeline
    from netops.answering.retrieval import ExampleIndex
    from netops.settings import Settings
    from netops.testing import FakeBackend

    def block(code):
        return f"```python\n{code}\n```"

    fake = FakeBackend(
        [
            # t-count: greedy answers with names (wrong shape); two samples count right: chosen, not greedy.
            block("result = nodes(G, role='leaf')"),
            block("result = len(nodes(G, role='leaf'))"),
            block("result = len(nodes(G, role='leaf'))"),
            block("result = sorted(nodes(G, role='leaf'))"),
            # t-filter: every program wrong, and they disagree.
            block("result = ['l1']"),
            block("result = ['s1']"),
            block("result = ['l1']"),
            block("result = ['l1']"),
        ],
        name="fake-1.5b",
    )
    pipeline = Pipeline(
        [fake], Settings(samples=3, sample_when="always", cache=False, retries=0), examples=ExampleIndex([]), frontend="eval"
    )
    result = invoke(["eval", "--suite", str(suite), "--id", "t-count,t-filter", "--json"], pipeline)
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    count, filt = document["results"]
    assert [c["status"] for c in count["candidates"]] == ["fail", "pass", "pass", "fail"]
    assert count["candidates"][0]["contract"].startswith('expected a number ("how many")')
    assert [c["selected"] for c in count["candidates"]] == [False, True, False, False]
    assert count["candidates"][1]["key"] == count["candidates"][2]["key"]
    assert count["confidence"]["text"] == "2 of 4 programs agree"
    assert filt["confidence"]["text"] == "3 of 4 programs agree" and filt["status"] == "fail"
    chosen = document["summary"]["selection"]
    assert chosen["greedy_pass_at_1"] == 0.0 and chosen["selected_pass_at_1"] == 0.5 and chosen["pass_at_k"] == 0.5
    assert chosen["candidates_per_case"] == 4.0 and chosen["sampled_cases"] == 2
    assert chosen["calibration"] == {
        "medium": {"cases": 1, "passed": 0, "accuracy": 0.0},
        "low": {"cases": 1, "passed": 1, "accuracy": 1.0},
    }
