"""netops.audit: checks and lock files, expectations, freezing, running in the sandbox, diffing."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from netops.audit import (
    MAX_FINDINGS,
    Check,
    LockEntry,
    LockFile,
    NothingRan,
    Program,
    TopologyLocator,
    diff_runs,
    dump_lock,
    freeze,
    load_checks,
    load_lock,
    lock_path_for,
    lock_problems,
    parse_expectation,
    question_sha256,
    resolve_programs,
    run_audit,
    write_lock,
)
from netops.errors import EXIT_INPUT, ChecksFileError
from netops.topology import load, save

DATA = Path(__file__).parent / "data" / "audit"
ROOT = Path(__file__).parent.parent
SAMPLE_CHECKS = ROOT / "topologies" / "audits" / "dc-fabric.checks.yaml"
SAMPLE_TOPOLOGY = ROOT / "topologies" / "dc-fabric.yaml"


@dataclass
class FakeExecution:
    """Stands in for ``netops.program.execute.Execution`` where a test scripts the outcome."""

    ok: bool
    value: Any = None
    failure_kind: str | None = None
    message: str | None = None
    line: int | None = None
    changed: bool = False
    stdout: str = ""
    timings: dict = field(default_factory=dict)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.fixture(scope="module")
def fabric():
    return load(DATA / "fabric.yaml")


@pytest.fixture(scope="module")
def checks():
    return load_checks(DATA / "checks.yaml")


@pytest.fixture(scope="module")
def programs(checks):
    return resolve_programs(checks.checks, load_lock(lock_path_for(checks.path)))


@pytest.fixture(scope="module")
def fabric_run(checks, programs, fabric):
    return run_audit(checks.checks, programs, [fabric], jobs=2)


# -- checks file -------------------------------------------------------------------------------


def test_checks_load_in_file_order_with_defaults(checks):
    """Checks keep file order; severity defaults to error and expect to empty."""
    ids = [c.id for c in checks.checks]
    assert ids[:3] == ["leaf-dual-homed", "links-up", "mgmt-ip"]
    mgmt = next(c for c in checks.checks if c.id == "mgmt-ip")
    assert mgmt.severity == "error" and mgmt.expect.kind == "empty"
    assert mgmt.line == 16 and mgmt.program.startswith("result = nodes(")


def test_sample_checks_file_is_rich_enough():
    """The committed sample has at least 15 checks, mixes severities and has some hand-written programs."""
    sample = load_checks(SAMPLE_CHECKS)
    assert len(sample.checks) >= 15
    assert {c.severity for c in sample.checks} == {"error", "warning"}
    assert 1 <= sum(c.program is not None for c in sample.checks) < len(sample.checks)
    assert {c.expect.kind for c in sample.checks} >= {"empty", "true", "equals", "count"}


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("checks:\n  - id: a\n    question: q?\n    severty: error\n", 4, "unknown key 'severty'"),
        ("checks:\n  - id: a\n    question: q?\n  - id: a\n    question: r?\n", 4, "duplicate check id 'a'"),
        ("checks:\n  - id: a\n    question: q?\n    severity: fatal\n", 4, "severity must be one of"),
        ("checks:\n  - id: a\n    question: q?\n    expect: count ~ 3\n", 4, "unknown expectation"),
        ("checks:\n  - id: a\n    expect: empty\n", 2, "needs a 'question'"),
        ("checks:\n  - id: 'no spaces'\n    question: q?\n", 2, "check id must be"),
        ("checks:\n  - id: a\n    question: q?\n    program: |\n      x = 1\n      result = (x\n", 6, "syntax error"),
        ("checks:\n  - id: a\n    question: [unclosed\n", 4, "invalid YAML"),
        ("checks: {a: 1}\n", 1, "'checks' must be a list"),
        ("rules: []\n", 1, "unknown key 'rules'"),
    ],
)
def test_checks_file_errors_carry_file_and_line(tmp_path, text, line, fragment):
    """Every problem in a checks file is a ChecksFileError (exit 3) naming the file and line."""
    path = write(tmp_path, "bad.checks.yaml", text)
    with pytest.raises(ChecksFileError) as info:
        load_checks(path)
    assert info.value.exit_code == EXIT_INPUT
    assert fragment in info.value.message
    assert info.value.path == str(path) and info.value.line == line, info.value.message
    assert info.value.message.startswith(f"{path}:{line}: ")


def test_missing_checks_file_is_input_error(tmp_path):
    """A checks file that does not exist is exit 3, not a traceback."""
    with pytest.raises(ChecksFileError, match="no such checks file"):
        load_checks(tmp_path / "nope.yaml")


def test_bare_list_and_empty_files_load(tmp_path):
    """A bare list of checks is accepted, and an empty file has no checks."""
    path = write(tmp_path, "list.yaml", "- id: a\n  question: Which links are down?\n")
    assert [c.id for c in load_checks(path).checks] == ["a"]
    assert load_checks(write(tmp_path, "empty.yaml", "")).checks == []


def test_select_keeps_named_checks_and_rejects_unknown(checks):
    """--check narrows the run; an unknown id is a checks error."""
    assert [c.id for c in checks.select(["mgmt-ip", "links-up"]).checks] == ["links-up", "mgmt-ip"]
    with pytest.raises(ChecksFileError, match="no check with id 'nope'"):
        checks.select(["nope"])


# -- expectations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value", "passed"),
    [
        ("empty", [], True),
        ("empty", ["a"], False),
        ("empty", {}, True),
        ("empty", {"columns": ["a"], "rows": [["x"]]}, False),
        ("nonempty", ["a"], True),
        ("nonempty", [], False),
        (True, True, True),
        (True, False, False),
        (False, False, True),
        ("count <= 2", ["a", "b"], True),
        ("count <= 2", ["a", "b", "c"], False),
        ("count < 2", 1, True),
        ("count == 3", {"a": 1, "b": 2, "c": 3}, True),
        ("count != 3", [1, 2, 3], False),
        ("count >= 1", 0, False),
        ("count > 0", [1], True),
        ("count = 2", [1, 2], True),
        ({"equals": 6}, 6, True),
        ({"equals": 6}, 6.0, True),
        ({"equals": ["a", "b"]}, ["a", "b"], True),
        ({"equals": "ams"}, "fra", False),
    ],
)
def test_expectations_judge_answers(raw, value, passed):
    """Each expectation form passes or fails the answers it should."""
    assert parse_expectation(raw).evaluate(value).passed is passed


def test_failed_empty_expectation_keeps_the_offending_items():
    """A failing `empty` check carries its items (mapping entries as key/value pairs) and counts them."""
    verdict = parse_expectation("empty").evaluate({"leaf1": 1, "leaf2": 0})
    assert verdict.items == [("leaf1", 1), ("leaf2", 0)] and verdict.count == 2
    assert verdict.message == "2 items, expected none"


@pytest.mark.parametrize(
    ("raw", "value"),
    [("empty", 3), ("true", ["a"]), ("count <= 2", "abc"), ("count <= 2", True), ("empty", None)],
)
def test_answer_of_the_wrong_shape_is_a_mismatch(raw, value):
    """An answer whose type does not fit the expectation is a mismatch, not a pass or a fail."""
    from netops.audit import ExpectationMismatch

    with pytest.raises(ExpectationMismatch):
        parse_expectation(raw).evaluate(value)


def test_expectations_round_trip_to_checks_file_form():
    """An expectation writes back the way it is written in a checks file."""
    for raw in ("empty", "nonempty", "true", "false", "count >= 4", {"equals": [1, 2]}):
        assert parse_expectation(parse_expectation(raw).to_data()) == parse_expectation(raw)


# -- lock file -----------------------------------------------------------------------------------


def _check(check_id: str, question: str) -> Check:
    return Check(id=check_id, question=question)


def test_lock_round_trips_and_keeps_programs_readable(tmp_path):
    """A written lock reads back the same, with programs as literal YAML blocks for review."""
    program = 'result = [(a, b) for a, b, k, d in links(G, status="down")]\n'
    lock = LockFile(
        tmp_path / "c.lock.yaml",
        {
            "down": LockEntry(
                question_sha256("Which links are down?"),
                program,
                question="Which links are down?",
                model="qwen",
                prompt_version="abc123",
                frozen_at="2025-01-01T00:00:00Z",
                topology="fabric",
            ),
        },
    )
    write_lock(lock, checks_name="c.yaml")
    text = lock.path.read_text()
    assert text.startswith("# netops audit lock file") and "program: |\n      result = [(a, b)" in text
    again = load_lock(lock.path)
    entry = again.entries["down"]
    assert entry.program == program and entry.model == "qwen" and entry.prompt_version == "abc123"
    assert entry.line == 8  # the first line of the entry


def test_missing_lock_is_empty_and_every_check_is_missing(tmp_path):
    """Without a lock file every generated check is missing (hand-written ones need none)."""
    lock = load_lock(tmp_path / "none.lock.yaml")
    assert not lock.exists and lock.entries == {}
    checks = [_check("a", "Which links are down?"), Check(id="b", question="q?", program="result = 1\n")]
    assert [(p.check_id, p.kind) for p in lock_problems(checks, lock)] == [("a", "missing")]


def test_changed_question_makes_the_entry_stale_but_rewrapping_does_not(tmp_path):
    """The lock is keyed by the question's hash: a new question is stale, re-wrapped whitespace is not."""
    lock = LockFile(
        tmp_path / "x.lock.yaml", {"a": LockEntry(question_sha256("Which links are down?"), "result = []\n")}
    )
    assert lock_problems([_check("a", "Which  links are\n down?")], lock) == []
    problems = lock_problems([_check("a", "Which links are up?")], lock)
    assert [(p.check_id, p.kind) for p in problems] == [("a", "stale")]
    with pytest.raises(ChecksFileError, match="out of date for 1 check") as info:
        resolve_programs([_check("a", "Which links are up?")], lock)
    assert info.value.exit_code == EXIT_INPUT and "--freeze" in info.value.hint


def test_hand_written_program_wins_over_the_lock(tmp_path):
    """A check with its own program uses it, even when the lock has an entry."""
    lock = LockFile(tmp_path / "x.lock.yaml", {"a": LockEntry(question_sha256("q?"), "result = 'lock'\n")})
    programs = resolve_programs([Check(id="a", question="q?", program="result = 'mine'\n")], lock)
    assert programs["a"] == Program("result = 'mine'\n", "checks")


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("version: 1\nchecks:\n  a:\n    question_sha256: abc\n    program: result = 1\n", 4, "question_sha256"),
        (
            "version: 1\nchecks:\n  a:\n    question_sha256: '" + "0" * 64 + "'\n    program: |\n      result = (\n",
            6,
            "syntax error",
        ),
        (
            "version: 1\nchecks:\n  a:\n    question_sha256: '" + "0" * 64 + "'\n    program: x\n    extra: 1\n",
            6,
            "unknown key 'extra'",
        ),
        ("version: 2\nchecks: {}\n", 1, "unsupported lock version"),
    ],
)
def test_bad_lock_file_errors_carry_line(tmp_path, text, line, fragment):
    """A malformed lock entry is a ChecksFileError at the lock file's line."""
    path = write(tmp_path, "c.lock.yaml", text)
    with pytest.raises(ChecksFileError) as info:
        load_lock(path)
    assert fragment in info.value.message and info.value.line == line


def test_lock_path_sits_beside_the_checks_file():
    """The lock of x.checks.yaml is x.checks.lock.yaml in the same folder."""
    assert lock_path_for(SAMPLE_CHECKS) == SAMPLE_CHECKS.with_name("dc-fabric.checks.lock.yaml")


# -- freezing ----------------------------------------------------------------------------------------


def _pipeline(replies):
    from netops.answering.pipeline import Pipeline
    from netops.settings import Settings
    from netops.testing import FakeBackend

    return Pipeline([FakeBackend(replies)], Settings(samples=0, retries=0, cache=False), store=None)


def _fenced(code: str) -> str:
    return f"```python\n{code}\n```"


def test_freeze_pins_validated_programs_with_model_and_prompt_version(tmp_path, checks, fabric):
    """Freezing asks the model once per check without a program and records hash, model and prompt version."""
    from netops.answering.prompting import prompt_version

    generated = [
        Check(id="down", question="Which links are down?"),
        Check(id="spines", question="How many spine switches are there?", expect=parse_expectation("count >= 4")),
        Check(id="manual", question="q?", program="result = []\n"),
    ]
    pipeline = _pipeline(
        [
            _fenced('result = [(a, b) for a, b, k, d in links(G, status="down")]'),
            _fenced('result = len(nodes(G, role="spine"))'),
        ]
    )
    old = LockFile(
        tmp_path / "x.lock.yaml",
        {
            "manual": LockEntry(question_sha256("q?"), "result = 1\n"),
            "gone": LockEntry(question_sha256("old?"), "result = 1\n"),
        },
    )
    report = freeze(generated, old, fabric, pipeline)
    assert report.generated == ["down", "spines"] and report.failures == []
    assert list(report.lock.entries) == ["down", "spines"]  # hand-written and removed checks leave the lock
    entry = report.lock.entries["down"]
    assert entry.question_sha256 == question_sha256("Which links are down?")
    assert entry.prompt_version == prompt_version() and entry.model and entry.topology == "fabric"
    assert 'links(G, status="down")' in entry.program
    write_lock(report.lock)
    assert lock_problems(generated, load_lock(report.lock.path)) == []


def test_freeze_only_regenerates_what_it_is_asked_to(tmp_path, fabric):
    """Regenerating stale entries keeps the fresh ones untouched."""
    checks = [Check(id="a", question="Which links are down?"), Check(id="b", question="Which leaves are there?")]
    fresh = LockEntry(question_sha256("Which links are down?"), "result = []\n", model="old-model")
    lock = LockFile(tmp_path / "x.lock.yaml", {"a": fresh})
    report = freeze(checks, lock, fabric, _pipeline([_fenced('result = nodes(G, role="leaf")')]), only=["b"])
    assert report.generated == ["b"] and report.lock.entries["a"] is fresh


def test_freeze_rejects_an_answer_that_does_not_fit_the_expectation(tmp_path, fabric):
    """A program whose answer has the wrong shape for `expect` is a freeze failure, not a pinned program."""
    checks = [Check(id="a", question="Is the network connected?", expect=parse_expectation(True))]
    report = freeze(checks, LockFile(tmp_path / "x.lock.yaml"), fabric, _pipeline([_fenced("result = len(G)")]))
    assert report.generated == [] and report.lock.entries == {}
    assert report.failures[0].check_id == "a" and "True/False" in report.failures[0].message


def test_freeze_reports_a_model_that_writes_no_valid_program(tmp_path, fabric):
    """When every attempt fails, the check is listed as a failure with the pipeline's reason."""
    checks = [Check(id="a", question="Which links are down?")]
    report = freeze(checks, LockFile(tmp_path / "x.lock.yaml"), fabric, _pipeline([_fenced("result = undefined_name")]))
    assert [f.check_id for f in report.failures] == ["a"] and "no valid program" in report.failures[0].message


# -- running -------------------------------------------------------------------------------------------


def test_run_judges_every_check_in_the_sandbox(fabric_run):
    """On the test fabric the known problems fail and the rest pass, with offending items named."""
    outcomes = {r.check.id: r.outcome for r in fabric_run.results}
    assert outcomes == {
        "leaf-dual-homed": "fail",
        "links-up": "fail",
        "mgmt-ip": "fail",
        "spine-count": "pass",
        "wan-utilization": "fail",
        "connected": "pass",
        "border-count": "pass",
        "os-version": "fail",
    }
    by_id = {r.check.id: r for r in fabric_run.results}
    assert by_id["leaf-dual-homed"].labels == ["fra-leaf2"]
    assert by_id["links-up"].labels == ["ams-leaf2 -- ams-spine2"]
    assert by_id["os-version"].labels == ["fra-spine1: 4.26"]
    assert by_id["spine-count"].message == "4 items" and by_id["border-count"].value == 2
    assert fabric_run.exit_code("error") == 1 and fabric_run.exit_code("never") == 0
    assert fabric_run.counts()["failed_warning"] == 2


def test_findings_are_located_at_their_lines_in_native_yaml(fabric_run):
    """A device finding points at its entry under nodes:, a link finding at its entry under links:."""
    lines = (DATA / "fabric.yaml").read_text().splitlines()
    by_id = {r.check.id: r for r in fabric_run.results}
    device = by_id["leaf-dual-homed"].findings[0]
    assert device.kind == "device" and "name: fra-leaf2" in lines[device.line - 1]
    link = by_id["wan-utilization"].findings[0]
    assert link.kind == "link" and "ams-border1:et-0/0/9" in lines[link.line - 1]


def test_parallel_results_equal_serial(checks, programs, fabric, fabric_run):
    """Running with one job or several gives the same results in the same order."""
    serial = run_audit(checks.checks, programs, [fabric], jobs=1)
    parallel = run_audit(checks.checks, programs, [fabric], jobs=4)
    assert [r.comparable() for r in serial.results] == [r.comparable() for r in parallel.results]
    assert [r.comparable() for r in parallel.results] == [r.comparable() for r in fabric_run.results]


def test_jobs_really_run_at_once(checks, fabric):
    """With --jobs 4, four programs are in flight together (a barrier only four concurrent runs can pass)."""
    barrier = threading.Barrier(4, timeout=20)

    def executor(topology, code, *, read_only, timeout):
        assert read_only is True
        barrier.wait()
        return FakeExecution(True, [])

    four = checks.checks[:4]
    run = run_audit(four, {c.id: Program("result = []\n", "checks") for c in four}, [fabric], jobs=4, executor=executor)
    assert len(run.results) == 4 and "error" not in {r.outcome for r in run.results}


def test_results_keep_their_order_whatever_finishes_first(checks, fabric):
    """Results come back in topology-then-file order even when later checks finish first."""
    order = {c.id: i for i, c in enumerate(checks.checks)}
    done = threading.Event()

    def executor(topology, code, *, read_only, timeout):
        index = int(code.split("=")[1])
        if index == 0:
            done.wait(10)  # the first check finishes last
        elif index == len(order) - 1:
            done.set()
        return FakeExecution(True, [])

    programs = {c.id: Program(f"result={order[c.id]}\n", "checks") for c in checks.checks}
    run = run_audit(checks.checks, programs, [fabric], jobs=len(order), executor=executor)
    assert [r.check.id for r in run.results] == [c.id for c in checks.checks]


def test_sandbox_failures_and_crashes_are_error_outcomes(fabric):
    """A program that raises, one that mutates, and an executor that crashes each yield an error result."""
    checks = [
        Check(id="raises", question="q1?", program='result = G.nodes["nope"]["role"]\n'),
        Check(id="mutates", question="q2?", program='G.add_node("x")\nresult = []\n'),
        Check(id="shape", question="q3?", expect=parse_expectation(True), program="result = 3\n"),
    ]
    run = run_audit(checks, resolve_programs(checks, LockFile(Path("x"))), [fabric], jobs=2)
    by_id = {r.check.id: r for r in run.results}
    assert all(r.outcome == "error" for r in run.results)
    assert by_id["raises"].error_kind == "runtime" and "nope" in by_id["raises"].message
    assert by_id["mutates"].error_kind in ("mutation", "policy")
    assert by_id["shape"].error_kind == "result-shape" and "True/False" in by_id["shape"].message
    assert run.exit_code("never") == 4

    def crashing(topology, code, *, read_only, timeout):
        raise RuntimeError("boom")

    crashed = run_audit(checks[:1], {"raises": Program("result = 1\n", "checks")}, [fabric], executor=crashing)
    assert crashed.results[0].outcome == "error" and "RuntimeError: boom" in crashed.results[0].message


def test_several_topologies_in_one_run(tmp_path, checks, programs, fabric):
    """Each check runs on each topology; a JSON copy is located approximately, by the device's first mention."""
    copy = load(DATA / "fabric.yaml")
    json_path = tmp_path / "fabric-copy.json"
    save(copy, json_path)
    other = load(json_path)
    run = run_audit(checks.checks, programs, [fabric, other], jobs=3)
    assert len(run.results) == 2 * len(checks.checks)
    first, second = run.results[: len(checks.checks)], run.results[len(checks.checks) :]
    assert {r.topology for r in first} == {"fabric"} and {r.topology_path for r in second} == {str(json_path)}
    assert [(r.check.id, r.outcome, r.labels) for r in first] == [(r.check.id, r.outcome, r.labels) for r in second]
    finding = next(r for r in second if r.check.id == "leaf-dual-homed").findings[0]
    assert "fra-leaf2" in json_path.read_text().splitlines()[finding.line - 1]


def test_findings_beyond_the_cap_are_counted_not_detailed(tmp_path):
    """Huge answers keep every label (for --diff) but only MAX_FINDINGS located findings."""
    from netops.topology import Topology

    topology = Topology(name="big")
    for i in range(MAX_FINDINGS + 50):
        topology.add_device(f"h{i}", role="host")
    check = Check(id="hosts", question="Which hosts are there?", program='result = nodes(G, role="host")\n')
    run = run_audit([check], resolve_programs([check], LockFile(Path("x"))), [topology])
    result = run.results[0]
    assert result.count == MAX_FINDINGS + 50 and len(result.labels) == MAX_FINDINGS + 50
    assert len(result.findings) == MAX_FINDINGS and result.findings[0].line is None


def test_nothing_to_run_is_exit_5(fabric):
    """An audit with no checks raises NothingRan (exit 5)."""
    with pytest.raises(NothingRan) as info:
        run_audit([], {}, [fabric])
    assert info.value.exit_code == 5


def test_locator_names_links_devices_and_other_items(fabric):
    """Link tuples, device names, mapping entries and unknown values each get a readable label."""
    locator = TopologyLocator(fabric)
    assert locator.describe(["ams-leaf1", "ams-spine1", 0, {"status": "up"}]).label == "ams-leaf1 -- ams-spine1"
    assert locator.describe(("ams-leaf1", 3)).label == "ams-leaf1: 3"
    assert locator.describe(("arista", ["4.26", "4.30"])).kind == "item"
    assert locator.describe({"device": "fra-leaf2", "uplinks": 1}).devices == ("fra-leaf2",)
    assert locator.describe(["ams-leaf1", "fra-leaf1"]).kind == "device"  # no link between them
    assert locator.describe(42).label == "42"


# -- diff ------------------------------------------------------------------------------------------------


def test_diff_tells_what_a_change_breaks_and_fixes(checks, programs, fabric_run):
    """Comparing with the changed fabric names fixed, broken and worse checks and the items behind them."""
    head = run_audit(checks.checks, programs, [load(DATA / "fabric-next.yaml")], jobs=2)
    diff = diff_runs(fabric_run, head)
    changes = {e.check.id: e.change for e in diff.entries}
    assert changes == {
        "leaf-dual-homed": "fixed",
        "links-up": "worse",
        "mgmt-ip": "worse",
        "spine-count": "unchanged",
        "wan-utilization": "unchanged",
        "connected": "unchanged",
        "border-count": "broken",
        "os-version": "unchanged",
    }
    links_up = next(e for e in diff.entries if e.check.id == "links-up")
    assert links_up.new == ["fra-leaf1 -- fra-spine2"] and links_up.resolved == ["ams-leaf2 -- ams-spine2"]
    assert diff.exit_code("error") == 1
    assert [e.check.id for e in diff.regressions("error")] == ["mgmt-ip", "border-count"]
    assert diff.exit_code("never") == 0
    same = diff_runs(fabric_run, fabric_run)
    assert set(e.change for e in same.entries) == {"unchanged"} and same.exit_code("warning") == 0


# -- the committed sample --------------------------------------------------------------------------------------


def test_sample_lock_is_fresh_and_reviewed_programs_agree_with_the_references():
    """Every pinned program of the sample gives the same outcome and items as the hand-written reference."""
    sample = load_checks(SAMPLE_CHECKS)
    lock = load_lock(lock_path_for(SAMPLE_CHECKS))
    assert lock.exists, (
        "freeze the sample: netops audit topologies/audits/dc-fabric.checks.yaml -t topologies/dc-fabric.yaml --freeze"
    )
    programs = resolve_programs(sample.checks, lock)
    references = yaml.safe_load((DATA / "dc-fabric.reference.yaml").read_text())
    assert set(references) == {c.id for c in sample.checks if c.program is None}
    for check in sample.checks:
        if check.program is None:
            assert lock.entries[check.id].model and lock.entries[check.id].prompt_version
    topology = load(SAMPLE_TOPOLOGY)
    pinned = run_audit(sample.checks, programs, [topology], jobs=2)
    reference = run_audit(
        sample.checks,
        {c.id: Program(c.program or references[c.id], "checks") for c in sample.checks},
        [topology],
        jobs=2,
    )
    assert [(r.check.id, r.outcome, sorted(r.labels), r.count) for r in pinned.results] == [
        (r.check.id, r.outcome, sorted(r.labels), r.count) for r in reference.results
    ]
    outcomes = {r.outcome for r in pinned.results}
    assert outcomes == {"pass", "fail"}


def test_dump_lock_is_deterministic(tmp_path):
    """The same lock always serializes to the same text (reviewable diffs)."""
    lock = LockFile(
        tmp_path / "x.lock.yaml",
        {"b": LockEntry("0" * 64, "result = 1\n"), "a": LockEntry("1" * 64, "x = 1\nresult = x\n")},
    )
    assert dump_lock(lock) == dump_lock(lock)
    assert dump_lock(lock).index("  b:") < dump_lock(lock).index("  a:")


def test_a_pair_of_parallel_links_is_named_as_ambiguous(tmp_path):
    """An answer naming only the device pair of parallel links says so; one with the key points at that link."""
    path = write(
        tmp_path,
        "par.yaml",
        "nodes:\n  - {name: a}\n  - {name: b}\nlinks:\n"
        "  - {endpoints: [a:e1, b:e1], status: up}\n  - {endpoints: [a:e2, b:e2], status: down}\n",
    )
    locator = TopologyLocator(load(path))
    assert locator.describe(["a", "b"]).label == "a -- b (one of 2 parallel links)"
    exact = locator.describe(["a", "b", 1, {"status": "down"}])
    assert exact.label == "a -- b" and exact.line == 6


def test_line_index_matches_the_yaml_node_tree():
    """The fast event-based line index agrees with PyYAML's node tree for every device and link of the sample."""
    from netops.topology.formats.yaml_lines import load_located

    doc = load_located(SAMPLE_TOPOLOGY.read_text(), str(SAMPLE_TOPOLOGY))
    locator = TopologyLocator(load(SAMPLE_TOPOLOGY))
    for index, node in enumerate(doc.data["nodes"]):
        assert locator.device_line(node["name"]) == doc.line_of("nodes", index)
    seen: dict[frozenset, int] = {}
    for index, link in enumerate(doc.data["links"]):
        a, b = (e.partition(":")[0] for e in link["endpoints"])
        key = seen.get(frozenset((a, b)), 0)
        seen[frozenset((a, b))] = key + 1
        assert locator.link_line(a, b, key) == doc.line_of("links", index)


def test_line_index_reads_the_mapping_forms(tmp_path):
    """Devices given as a mapping and endpoints given as {node, interface} are located too."""
    path = write(
        tmp_path,
        "map.yaml",
        "nodes:\n  r1: {role: router}\n  r2:\n    role: router\nlinks:\n"
        "  - endpoints:\n      - {node: r1, interface: e1}\n      - {node: r2, interface: e1}\n",
    )
    locator = TopologyLocator(load(path))
    assert locator.device_line("r1") == 2 and locator.device_line("r2") == 3
    assert locator.link_line("r2", "r1") == 6


def test_pin_check_appends_and_keeps_comments(tmp_path):
    """pin_check appends to an existing file without losing its comments; a bad pin leaves it untouched."""
    from netops.audit import pin_check

    target = tmp_path / "x.checks.yaml"
    target.write_text("# keep me\nversion: 1\nchecks:\n  - id: first\n    question: How many spines?\n    expect: count >= 2\n")
    check = pin_check(target, "down", "Which links\n are down?", "result = links(G, status='down')", "count == 0")
    assert check.question == "Which links are down?" and check.expect.describe() == "count == 0"
    text = target.read_text()
    assert text.startswith("# keep me\n")
    assert [c.id for c in load_checks(target).checks] == ["first", "down"]
    for bad in (
        dict(check_id="down", program="result = 1"),  # duplicate id
        dict(check_id="other", program="result = ("),  # syntax error
        dict(check_id="third", program="result = 1", expect="roughly three"),  # bad expectation
    ):
        with pytest.raises(ChecksFileError) as info:
            pin_check(target, question="q?", **{"expect": "empty", **bad})
        assert info.value.path == str(target)
        assert target.read_text() == text
    assert not list(tmp_path.glob(".*pin-check"))


def test_pin_check_accepts_a_bare_list_file(tmp_path):
    """A checks file that is a bare list gets its new entry at the top level."""
    from netops.audit import pin_check

    target = tmp_path / "list.checks.yaml"
    target.write_text("- id: a\n  question: Anything down?\n")
    pin_check(target, "b", "Any spines?", "result = nodes(G, role='spine')", "nonempty")
    assert [c.id for c in load_checks(target).checks] == ["a", "b"]
