"""``netops audit`` as users and CI meet it: formats, exit codes, the lock, --diff, and no model needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import xmlschema
from typer.testing import CliRunner

from netops.audit import load_lock, lock_path_for, question_sha256
from netops.cli import app

DATA = Path(__file__).parent / "data" / "audit"
ROOT = Path(__file__).parent.parent
FABRIC = DATA / "fabric.yaml"
CHECKS = DATA / "checks.yaml"
SAMPLE_CHECKS = ROOT / "topologies" / "audits" / "dc-fabric.checks.yaml"
SAMPLE_TOPOLOGY = ROOT / "topologies" / "dc-fabric.yaml"

runner = CliRunner()

GENERATED = """\
checks:
  - id: down-links
    question: Which links are down?
    severity: warning
  - id: single-homed
    question: Which leaf switches are connected to fewer than two spines?
  - id: spines
    question: How many spine switches are there?
    expect: count >= 4
"""

PROGRAMS = {
    "down-links": 'result = [(a, b) for a, b, k, d in links(G, status="down")]',
    "single-homed": 'result = [n for n in nodes(G, role="leaf") if len(neighbors(G, n, role="spine")) < 2]',
    "spines": 'result = len(nodes(G, role="spine"))',
}


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """No CI variable, a private data dir, no user config, and lines wide enough that rich never wraps them."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("COLUMNS", "400")
    monkeypatch.setenv("NETOPS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("NETOPS_CONFIG", str(tmp_path / "no-config.yaml"))


def audit(*args: str, obj=None):
    return runner.invoke(app, ["audit", *map(str, args)], obj=obj)


def fenced(code: str) -> str:
    return f"```python\n{code}\n```"


def fake_pipeline(replies):
    from netops.answering.pipeline import Pipeline
    from netops.settings import Settings
    from netops.testing import FakeBackend

    return Pipeline([FakeBackend(list(replies))], Settings(samples=0, retries=0, cache=False), store=None)


@pytest.fixture
def generated(tmp_path):
    """A checks file whose programs come from the model (no hand-written ones)."""
    path = tmp_path / "gen.checks.yaml"
    path.write_text(GENERATED)
    return path


@pytest.fixture
def frozen(generated):
    """The generated checks, frozen with a fake model."""
    result = audit(
        generated,
        "-t",
        FABRIC,
        "--freeze",
        "--fail-on",
        "never",
        obj={"pipeline": fake_pipeline(fenced(p) for p in PROGRAMS.values())},
    )
    assert result.exit_code == 0, result.output
    return generated


# -- formats ------------------------------------------------------------------------------------


def test_help_shows_examples_and_exit_codes():
    """`netops audit --help` teaches the freeze/run workflow and lists exit codes."""
    result = runner.invoke(app, ["audit", "--help"])
    assert result.exit_code == 0
    assert "--freeze" in result.output and "Exit codes" in result.output and "Examples" in result.output


def test_table_is_the_default_and_lists_passing_checks():
    """The default table shows every check, passing ones too, and exits 1 when an error-severity check fails."""
    result = audit(CHECKS, "-t", FABRIC)
    assert result.exit_code == 1, result.output
    for check_id in ("leaf-dual-homed", "spine-count", "connected", "border-count"):
        assert check_id in result.stdout
    assert "✘ fail" in result.stdout and "✔ pass" in result.stdout and "fra-leaf2" in result.stdout
    assert "3 check result(s) failed at or above --fail-on error" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "junit", "sarif", "github", "markdown", "table"])
def test_every_format_goes_to_stdout_or_output_file(tmp_path, fmt):
    """Each --format prints to stdout, and --output writes the same report to a file instead."""
    shown = audit(CHECKS, "-t", FABRIC, "--format", fmt, "--fail-on", "never")
    assert shown.exit_code == 0, shown.output
    target = tmp_path / f"report.{fmt}"
    written = audit(CHECKS, "-t", FABRIC, "--format", fmt, "--fail-on", "never", "--output", target)
    assert written.exit_code == 0 and written.stdout == ""
    assert f"wrote the {fmt} report to {target}" in written.stderr
    text = target.read_text()
    assert "leaf-dual-homed" in text and "spine-count" in text
    if fmt == "json":
        assert json.loads(shown.stdout)["summary"]["failed"] == 5
    if fmt == "junit":
        xmlschema.XMLSchema(str(DATA / "junit.xsd")).validate(text)
    if fmt == "sarif":
        assert json.loads(text)["version"] == "2.1.0"


@pytest.mark.parametrize(("fail_on", "code"), [("error", 1), ("warning", 1), ("never", 0)])
def test_fail_on_sets_the_exit_code(fail_on, code):
    """--fail-on decides which failing severities fail the run."""
    assert audit(CHECKS, "-t", FABRIC, "--fail-on", fail_on).exit_code == code


def test_only_warnings_failing_pass_with_fail_on_error():
    """With only warning-severity checks failing, --fail-on error exits 0 and --fail-on warning exits 1."""
    args = [CHECKS, "-t", FABRIC, "--check", "links-up", "--check", "spine-count"]
    assert audit(*args).exit_code == 0
    assert audit(*args, "--fail-on", "warning").exit_code == 1


# -- exit codes -------------------------------------------------------------------------------------


def test_usage_errors_exit_2():
    """An unknown --format or --fail-on, or --freeze with --no-llm, is a usage error."""
    assert audit(CHECKS, "-t", FABRIC, "--format", "xml").exit_code == 2
    assert audit(CHECKS, "-t", FABRIC, "--fail-on", "info").exit_code == 2
    assert audit(CHECKS, "-t", FABRIC, "--freeze", "--no-llm").exit_code == 2


def test_bad_checks_file_exits_3_with_file_and_line(tmp_path):
    """A broken checks file exits 3 with FILE:LINE and no traceback."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("checks:\n  - id: a\n    question: q?\n    expect: sometimes\n")
    result = audit(bad, "-t", FABRIC)
    assert result.exit_code == 3
    assert f"{bad}:4: unknown expectation" in result.stderr and "Traceback" not in result.output


def test_bad_topology_exits_3(tmp_path):
    """A topology file that does not parse exits 3."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("nodes:\n  - {name: a}\nlinks:\n  - {endpoints: [a, b]}\n")
    result = audit(CHECKS, "-t", bad)
    assert result.exit_code == 3 and "is not a defined node" in result.stderr


def test_a_program_that_fails_in_the_sandbox_exits_4(tmp_path):
    """A pinned program that raises is reported as an error and exits 4, even with --fail-on never."""
    checks = tmp_path / "c.yaml"
    checks.write_text("checks:\n  - id: bad\n    question: q?\n    program: |\n      result = G.nodes['nope']\n")
    result = audit(checks, "-t", FABRIC, "--fail-on", "never", "--format", "json")
    assert result.exit_code == 4
    assert json.loads(result.stdout)["results"][0]["outcome"] == "error"
    assert "1 check(s) could not be evaluated: bad on fabric" in result.stderr


def test_nothing_to_run_exits_5(tmp_path):
    """A checks file without checks exits 5 (nothing ran)."""
    empty = tmp_path / "empty.yaml"
    empty.write_text("checks: []\n")
    result = audit(empty, "-t", FABRIC)
    assert result.exit_code == 5 and "no checks to run" in result.stderr


# -- the lock -----------------------------------------------------------------------------------------


def test_freeze_writes_a_reviewable_lock_and_runs(frozen):
    """--freeze pins one program per check (question hash, model, prompt version) and then runs the audit."""
    lock = load_lock(lock_path_for(frozen))
    assert list(lock.entries) == ["down-links", "single-homed", "spines"]
    assert lock.entries["spines"].question_sha256 == question_sha256("How many spine switches are there?")
    assert lock.entries["down-links"].program == PROGRAMS["down-links"] + "\n"
    text = lock_path_for(frozen).read_text()
    assert "program: |" in text and "prompt_version:" in text and "model:" in text


def test_frozen_lock_runs_without_a_model(frozen):
    """After freezing, a --no-llm run uses the lock and never touches a model."""
    result = audit(frozen, "-t", FABRIC, "--no-llm", "--format", "json", obj={"pipeline": fake_pipeline([])})
    assert result.exit_code == 1, result.output
    outcomes = {r["check"]: (r["outcome"], r["program_origin"]) for r in json.loads(result.stdout)["results"]}
    assert outcomes == {"down-links": ("fail", "lock"), "single-homed": ("fail", "lock"), "spines": ("pass", "lock")}


def test_missing_lock_is_exit_3_in_ci(generated, monkeypatch):
    """With CI set, a check that has no lock entry is an error (exit 3) and the model is not consulted."""
    monkeypatch.setenv("CI", "true")
    result = audit(generated, "-t", FABRIC, obj={"pipeline": fake_pipeline([])})
    assert result.exit_code == 3, result.output
    assert "no lock file for 3 check(s)" in result.stderr and "--freeze" in result.stderr


def test_stale_lock_is_exit_3_with_no_llm(frozen):
    """Changing a question makes its lock entry stale: --no-llm refuses to run it (exit 3)."""
    frozen.write_text(GENERATED.replace("Which links are down?", "Which links are down or degraded?"))
    result = audit(frozen, "-t", FABRIC, "--no-llm")
    assert result.exit_code == 3
    assert "the lock is out of date for 1 check(s): down-links (question changed since freezing)" in result.stderr


def test_ci_variable_defaults_to_no_llm_and_llm_flag_overrides(frozen, monkeypatch):
    """CI=true means --no-llm by default; an explicit --llm regenerates the stale entry even in CI."""
    frozen.write_text(GENERATED.replace("Which links are down?", "Which links are down or degraded?"))
    monkeypatch.setenv("CI", "1")
    assert audit(frozen, "-t", FABRIC).exit_code == 3
    monkeypatch.setenv("CI", "false")
    pipeline = fake_pipeline([fenced('result = [(a, b) for a, b, k, d in links(G, status="down")]')])
    result = audit(frozen, "-t", FABRIC, "--fail-on", "never", obj={"pipeline": pipeline})
    assert result.exit_code == 0, result.output


def test_interactive_run_regenerates_only_stale_entries(frozen):
    """Without CI, a stale entry is regenerated with the model and written to the lock; fresh ones stay."""
    before = load_lock(lock_path_for(frozen))
    frozen.write_text(GENERATED.replace("Which links are down?", "Which links are down or degraded?"))
    pipeline = fake_pipeline(
        [fenced('result = [(a, b) for a, b, k, d in links(G, where=lambda d: d.get("status") != "up")]')]
    )
    result = audit(frozen, "-t", FABRIC, "--fail-on", "never", obj={"pipeline": pipeline})
    assert result.exit_code == 0, result.output
    assert "1 check(s) need a program: down-links (question changed since freezing)" in result.stderr
    after = load_lock(lock_path_for(frozen))
    assert '!= "up"' in after.entries["down-links"].program
    assert after.entries["spines"] == before.entries["spines"]


def test_generation_failure_exits_4_and_keeps_what_was_pinned(generated):
    """When the model cannot answer a check, --freeze exits 4 and still writes the programs it did get."""
    replies = [fenced(PROGRAMS["down-links"]), "I cannot answer that.", fenced(PROGRAMS["spines"])]
    result = audit(generated, "-t", FABRIC, "--freeze", obj={"pipeline": fake_pipeline(replies)})
    assert result.exit_code == 4, result.output
    assert "no valid program for 1 check(s): single-homed" in result.stderr
    assert set(load_lock(lock_path_for(generated)).entries) == {"down-links", "spines"}


# -- several topologies and --diff --------------------------------------------------------------------------


def test_several_topologies_in_one_invocation(tmp_path):
    """Repeating -t audits each topology; results name their topology."""
    copy = tmp_path / "copy.json"
    assert runner.invoke(app, ["topo", "convert", str(copy), "-t", str(FABRIC)]).exit_code == 0
    result = audit(CHECKS, "-t", FABRIC, "-t", copy, "--format", "json", "--fail-on", "never", "--jobs", "2")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [t["format"] for t in data["topologies"]] == ["yaml", "json"]
    assert data["summary"]["results"] == 16 and data["summary"]["topologies"] == 2
    table = audit(CHECKS, "-t", FABRIC, "-t", copy, "--fail-on", "never")
    assert "topology" in table.stdout


def test_diff_reports_what_the_change_breaks_and_exits_1():
    """--diff BASE compares outcomes and fails only on regressions."""
    result = audit(CHECKS, "-t", DATA / "fabric-next.yaml", "--diff", FABRIC, "--format", "json")
    assert result.exit_code == 1, result.output
    changes = {c["check"]: c["change"] for c in json.loads(result.stdout)["changes"]}
    assert changes["leaf-dual-homed"] == "fixed" and changes["border-count"] == "broken"
    assert "newly fail at or above --fail-on error: mgmt-ip (worse), border-count (broken)" in result.stderr
    table = audit(CHECKS, "-t", DATA / "fabric-next.yaml", "--diff", FABRIC)
    assert "broken" in table.stdout and "fixed" in table.stdout and "new: ams-leaf3" in table.stdout


def test_diff_against_itself_changes_nothing():
    """A topology compared with itself has no regressions, even though some checks fail on both."""
    result = audit(CHECKS, "-t", FABRIC, "--diff", FABRIC, "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert "**0 broken**" in result.stdout


# -- CI without a model ------------------------------------------------------------------------------------------


NO_MODEL = textwrap.dedent(
    """
    import importlib.abc, sys

    BLOCKED = ("llama_cpp", "transformers", "torch", "openai")

    class NoModel(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is not installed (blocked by the test)")
            return None

    sys.meta_path.insert(0, NoModel())
    from netops.cli import main
    try:
        main(sys.argv[1:])
    finally:
        assert not [m for m in sys.modules if m.split(".")[0] in BLOCKED]
    """
)


def test_ci_run_needs_no_model_installed(tmp_path):
    """In a subprocess where no model library can be imported and CI is set, the pinned sample audit runs."""
    script = tmp_path / "no_model.py"
    script.write_text(NO_MODEL)
    report = tmp_path / "audit.xml"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETOPS_")}
    env.update(
        CI="true",
        NETOPS_HOME=str(tmp_path / "home"),
        NETOPS_CACHE_DIR=str(tmp_path / "cache"),
        NETOPS_MODEL=str(tmp_path / "missing.gguf"),
        NETOPS_CONFIG=str(tmp_path / "none.yaml"),
    )
    command = [
        sys.executable,
        str(script),
        "audit",
        str(SAMPLE_CHECKS),
        "-t",
        str(SAMPLE_TOPOLOGY),
        "--fail-on",
        "never",
        "--format",
        "junit",
        "--output",
        str(report),
    ]
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    xmlschema.XMLSchema(str(DATA / "junit.xsd")).validate(str(report))
    assert report.read_text().count("<testcase ") >= 15
    github = [
        sys.executable,
        str(script),
        "audit",
        str(SAMPLE_CHECKS),
        "-t",
        str(SAMPLE_TOPOLOGY),
        "--format",
        "github",
    ]
    strict = subprocess.run(github, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert strict.returncode == 1 and "::error file=topologies/dc-fabric.yaml,line=" in strict.stdout


def test_freezing_one_check_keeps_the_other_entries(frozen):
    """--freeze --check ID regenerates only that check and leaves the rest of the lock as it was."""
    before = load_lock(lock_path_for(frozen))
    pipeline = fake_pipeline([fenced('result = nodes(G, role="spine")')])
    result = audit(
        frozen, "-t", FABRIC, "--freeze", "--check", "spines", "--fail-on", "never", obj={"pipeline": pipeline}
    )
    assert result.exit_code == 0, result.output
    after = load_lock(lock_path_for(frozen))
    assert list(after.entries) == list(before.entries)
    assert after.entries["spines"].program == 'result = nodes(G, role="spine")\n'
    assert after.entries["down-links"] == before.entries["down-links"]


# -- a tampered lock (issue 14 #8) ----------------------------------------------------------------------


def _tamper(lock_path: Path, old: str, new: str) -> None:
    text = lock_path.read_text()
    assert old in text
    lock_path.write_text(text.replace(old, new))


def test_tampered_lock_program_is_refused(frozen):
    """Editing a pinned program in the lock (a failing check made to pass with `result = []`) exits 3."""
    failing = audit(frozen, "-t", FABRIC, "--no-llm", "--check", "single-homed")
    assert failing.exit_code == 1, failing.output
    _tamper(lock_path_for(frozen), PROGRAMS["single-homed"], "result = []")
    result = audit(frozen, "-t", FABRIC, "--no-llm", "--check", "single-homed")
    assert result.exit_code == 3, result.output
    assert "'single-homed' was changed after freezing" in result.stderr
    assert "Traceback" not in result.output


def test_tampered_lock_is_refused_in_interactive_runs_too(frozen):
    """Without --no-llm the tampered entry is not run (nor silently regenerated): exit 3."""
    _tamper(lock_path_for(frozen), PROGRAMS["single-homed"], "result = []")
    pipeline = fake_pipeline([fenced(PROGRAMS["single-homed"])])
    result = audit(frozen, "-t", FABRIC, obj={"pipeline": pipeline})
    assert result.exit_code == 3, result.output
    assert "changed after freezing" in result.stderr


def test_lock_without_program_hashes_asks_for_a_re_freeze(frozen):
    """A lock written before program hashes cannot be verified: exit 3 with the re-freeze command."""
    path = lock_path_for(frozen)
    path.write_text("".join(line for line in path.read_text().splitlines(True) if "program_sha256" not in line))
    result = audit(frozen, "-t", FABRIC, "--no-llm")
    assert result.exit_code == 3, result.output
    assert "has no program_sha256" in result.stderr and "--freeze" in result.stderr


def test_freeze_replaces_a_tampered_entry_even_when_another_check_is_named(frozen):
    """--freeze --check spines also regenerates the tampered entry, so the lock it writes is all verified."""
    _tamper(lock_path_for(frozen), PROGRAMS["single-homed"], "result = []")
    pipeline = fake_pipeline([fenced(PROGRAMS["single-homed"]), fenced(PROGRAMS["spines"])])
    result = audit(frozen, "-t", FABRIC, "--freeze", "--check", "spines", "--fail-on", "never", obj={"pipeline": pipeline})
    assert result.exit_code == 0, result.output
    lock = load_lock(lock_path_for(frozen))  # verifies every entry
    assert lock.entries["single-homed"].program == PROGRAMS["single-homed"] + "\n"
