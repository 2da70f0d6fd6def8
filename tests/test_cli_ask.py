"""``netops ask`` and ``netops run`` as users meet them, with scripted model replies."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netops.cli import app
from netops.topology import load

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def block(code: str) -> str:
    return f"```python\n{code}\n```"


@pytest.fixture
def env(tmp_path, monkeypatch):
    """A copy of the campus sample and a private netops home.

    Replies are scripted one by one for the first-valid-program flow, so no
    extra candidates are drawn (NETOPS_SAMPLES=0); ``tests/test_choosing.py``
    drives ``ask`` with candidates.
    """
    monkeypatch.setenv("NETOPS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("NETOPS_SAMPLES", "0")
    monkeypatch.delenv("NETOPS_MODEL", raising=False)
    shutil.copy(ROOT / "topologies" / "campus.yaml", tmp_path / "campus.yaml")
    return tmp_path


def scripted(tmp_path: Path, *replies: str) -> str:
    path = tmp_path / f"replies-{len(list(tmp_path.glob('replies-*')))}.json"
    path.write_text(json.dumps(list(replies)))
    return f"scripted:{path}"


def ask(env: Path, *args: str):
    return runner.invoke(app, ["ask", *args, "-t", str(env / "campus.yaml")])


def test_question_json_has_the_documented_shape(env):
    """--json prints one object with query, code, result, changed, diff, applied, model, attempts, timings."""
    model = scripted(env, block('result = nodes(G, role="core")'))
    result = ask(env, "which boxes are core?", "--json", "--model", model)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["result"] == ["core1", "core2"]
    assert data["changed"] is False and data["applied"] is False and data["diff"] is None
    assert data["attempts"] == 1 and data["model"].startswith("scripted:")
    assert set(data["timings"]) >= {"generate", "execute", "total"}


def test_change_with_yes_is_applied_and_undoable(env):
    """--yes applies a valid change atomically; `netops undo --yes` restores the file byte for byte."""
    before = (env / "campus.yaml").read_bytes()
    model = scripted(env, block('set_attrs(G, "acc-n1", status="maintenance")\nresult = "done"'))
    result = ask(env, "put acc-n1 in maintenance", "--yes", "--json", "--model", model)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["applied"] is True
    assert load(env / "campus.yaml").graph.nodes["acc-n1"]["status"] == "maintenance"
    undo = runner.invoke(app, ["undo", "-t", str(env / "campus.yaml"), "--yes"])
    assert undo.exit_code == 0, undo.output
    assert (env / "campus.yaml").read_bytes() == before


def test_dry_run_and_save_as_leave_the_input_untouched(env):
    """--dry-run writes nothing; --save-as writes the changed topology elsewhere."""
    before = (env / "campus.yaml").read_bytes()
    code = block('remove_device(G, "ap-s3")\nresult = "removed"')
    result = ask(env, "remove ap-s3", "--dry-run", "--model", scripted(env, code))
    assert result.exit_code == 0, result.output
    assert "1 device removed" in result.output and "not applied" in result.output
    out = env / "after.json"
    result = ask(env, "remove ap-s3", "--save-as", str(out), "--model", scripted(env, code), "--no-cache")
    assert result.exit_code == 0, result.output
    assert (env / "campus.yaml").read_bytes() == before
    assert "ap-s3" not in load(out).graph


def test_no_terminal_means_no_apply_without_yes(env):
    """Without a terminal to confirm and without --yes, a change is shown but not applied."""
    before = (env / "campus.yaml").read_bytes()
    code = block('remove_device(G, "ap-s3")\nresult = "removed"')
    result = ask(env, "remove ap-s3", "--model", scripted(env, code))
    assert result.exit_code == 0
    assert "pass --yes" in result.output
    assert (env / "campus.yaml").read_bytes() == before


def test_exhausted_retries_exit_4_with_the_last_failure(env):
    """When every attempt fails, ask exits 4 with one error line and no traceback."""
    bad = [block(f"result = G.nodes['x{i}']['y']") for i in range(3)]
    result = ask(env, "something", "--model", scripted(env, *bad))
    assert result.exit_code == 4
    assert "no valid program" in result.output and "Traceback" not in result.output


def test_bad_topology_exits_3_before_any_model_runs(env):
    """A broken topology file is exit 3 and the model is never consulted."""
    (env / "campus.yaml").write_text("nodes:\n  - name: a\n  - name: a\n")
    result = ask(env, "anything", "--model", scripted(env))
    assert result.exit_code == 3
    assert "duplicate node name" in result.output


def test_missing_model_file_exits_5(env):
    """An unknown model path means nothing ran: exit 5 with a hint."""
    result = ask(env, "anything", "--model", str(env / "missing.gguf"))
    assert result.exit_code == 5, result.output


def test_run_executes_a_program_without_a_model(env):
    """`netops run` runs a program file in the sandbox and prints its result as JSON."""
    program = env / "check.py"
    program.write_text('result = sorted(n for n in nodes(G, role="access") if attr(G, n, "building") == "south")\n')
    result = runner.invoke(app, ["run", str(program), "-t", str(env / "campus.yaml"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["ok"] is True and all(name.startswith("acc-s") for name in data["result"])


def test_run_validates_a_change_like_ask_does(env):
    """`netops run --save-as` refuses a change that breaks a declared invariant (exit 1, nothing written)."""
    program = env / "dup.py"
    program.write_text('set_attrs(G, ["acc-s1", "acc-s2"], mgmt_ip="10.0.0.99")\nresult = "done"\n')
    out = env / "out.yaml"
    result = runner.invoke(app, ["run", str(program), "-t", str(env / "campus.yaml"), "--save-as", str(out)])
    assert result.exit_code == 1, result.output
    assert "unique-mgmt-ip" in result.output and not out.exists()
    as_json = runner.invoke(app, ["run", str(program), "-t", str(env / "campus.yaml"), "--json"])
    assert as_json.exit_code == 1 and json.loads(as_json.stdout)["error"]["kind"] == "invariant"
    fine = env / "fine.py"
    fine.write_text('set_attrs(G, "acc-s1", owner="noc")\nresult = "done"\n')
    ok = runner.invoke(app, ["run", str(fine), "-t", str(env / "campus.yaml"), "--save-as", str(out)])
    assert ok.exit_code == 0, ok.output
    assert load(out).graph.nodes["acc-s1"]["owner"] == "noc"


def test_run_reports_a_policy_violation_with_exit_4(env):
    """A hostile program given to `netops run` is refused with exit code 4 and a one-line reason."""
    program = env / "evil.py"
    program.write_text("import os\nresult = os.listdir('/')\n")
    result = runner.invoke(app, ["run", str(program), "-t", str(env / "campus.yaml")])
    assert result.exit_code == 4
    assert "policy" in result.output and "Traceback" not in result.output


def test_run_missing_program_is_exit_3(env):
    """A program file that does not exist is a bad input file (exit 3)."""
    result = runner.invoke(app, ["run", str(env / "nope.py"), "-t", str(env / "campus.yaml")])
    assert result.exit_code == 3


def test_a_home_that_cannot_hold_the_store_still_answers_questions(env, monkeypatch, caplog):
    """NETOPS_HOME unusable (read-only, missing parent): a question is answered with one warning; a change
    is shown or saved with --save-as, but not applied, since its journal cannot be written (exit 1)."""
    monkeypatch.setenv("NETOPS_HOME", "/proc/netops-cannot-live-here")
    before = (env / "campus.yaml").read_bytes()
    result = ask(env, "how many devices?", "--model", scripted(env, block("result = len(G)")))
    assert result.exit_code == 0, result.output
    assert "30" in result.stdout
    assert any("without the history" in r.getMessage() for r in caplog.records if r.name == "netops.store")
    change = block('set_attrs(G, "acc-s1", owner="noc")\nresult = "done"')
    applied = ask(env, "set owner noc on acc-s1", "--yes", "--model", scripted(env, change))
    assert applied.exit_code == 1 and "journal" in applied.output
    assert (env / "campus.yaml").read_bytes() == before
    saved = ask(env, "set owner noc on acc-s1", "--save-as", str(env / "out.yaml"), "--model", scripted(env, change))
    assert saved.exit_code == 0, saved.output
    assert load(env / "out.yaml").graph.nodes["acc-s1"]["owner"] == "noc"
