"""``netops history`` and ``netops undo`` as users meet them: output, JSON, prompts, exit codes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from netops.cli import app
from netops.store.apply import apply_change, load_for_change
from netops.store.database import Store

LAB = """\
# lab: keep this comment
name: lab
nodes:
  - {name: a, role: spine, site: ams}
  - {name: b,   role: leaf, site: ams}   # odd spacing
links:
  - {endpoints: [a:Ethernet1, b:Ethernet49], speed: 100000, status: up}
"""

runner = CliRunner()


def invoke(args: list[str], **kwargs):
    """Run the CLI with a wide console so rich does not wrap the lines the tests look for."""
    return runner.invoke(app, args, env={"COLUMNS": "300"}, **kwargs)


# Every test gets its own NETOPS_HOME (tests/conftest.py: ``home``, ``store``).
pytestmark = pytest.mark.usefixtures("home")


@pytest.fixture
def lab(tmp_path):
    path = tmp_path / "lab.yaml"
    path.write_text(LAB)
    return path


@pytest.fixture
def logged(store):
    """Three interactions: an answered question, a cached one, and a failure."""
    ok = store.log_interaction(
        "how many leaves in ams?", frontend="cli", outcome="ok", model="qwen", tier=0,
        code="result = len(nodes(G, role='leaf', site='ams'))\n", attempts=1,
        timings={"total": 1.25}, result={"value": 1, "diff": None}, topology="/t/lab.yaml",
    )
    cached = store.log_interaction(
        "how many leaves in ams", frontend="repl", outcome="ok", model="qwen", tier=0,
        code="result = 1\n", attempts=0, from_cache=True, timings={"total": 0.05}, result={"value": 1, "diff": None},
    )
    failed = store.log_interaction(
        "delete everything", frontend="cli", outcome="policy", model="qwen", tier=1, code="import os\n",
        attempts=3, timings={"total": 9.5}, error="imports are not allowed",
    )
    return ok, cached, failed


def _apply_device(path, name: str, store: Store):
    topo, sha = load_for_change(path)
    topo.add_device(name, role="leaf", site="fra")
    return apply_change(path, topo, expected_sha256=sha, store=store, request=f"add leaf {name}")


def test_history_empty(store):
    """With nothing logged, history says so and exits 0."""
    result = invoke(["history"])
    assert result.exit_code == 0, result.output
    assert "no requests logged yet" in result.output


def test_history_table_lists_requests_newest_first(logged):
    """The table shows each request with its outcome, tier, attempts and total time, newest first."""
    result = invoke(["history"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.index("delete everything") < out.index("how many leaves in ams?")
    assert "policy" in out and "(cache)" in out and "9.5s" in out and "1.2s" in out


def test_history_json_failed_and_limit(logged):
    """--json prints every field; --failed keeps only failures; --limit caps the count."""
    ok, _cached, failed = logged
    rows = json.loads(invoke(["history", "--json"]).output)
    assert [r["id"] for r in rows] == [failed, _cached, ok]
    assert rows[2]["code"].startswith("result = len(") and rows[2]["timings"] == {"total": 1.25}
    rows = json.loads(invoke(["history", "--json", "--failed"]).output)
    assert [(r["id"], r["outcome"], r["error"]) for r in rows] == [(failed, "policy", "imports are not allowed")]
    rows = json.loads(invoke(["history", "--json", "--limit", "1"]).output)
    assert [r["id"] for r in rows] == [failed]


def test_history_show_prints_one_interaction_with_code(logged):
    """--show ID prints the request, outcome, program and result; --json gives the same as an object."""
    ok, _cached, failed = logged
    result = invoke(["history", "--show", str(ok)])
    assert result.exit_code == 0, result.output
    assert "how many leaves in ams?" in result.output and "nodes(G, role='leaf'" in result.output
    assert "/t/lab.yaml" in result.output
    result = invoke(["history", "--show", str(failed)])
    assert "imports are not allowed" in result.output and "import os" in result.output
    data = json.loads(invoke(["history", "--show", str(ok), "--json"]).output)
    assert data["id"] == ok and data["result"] == {"value": 1, "diff": None}


def test_history_show_unknown_id_is_a_usage_error(logged):
    """--show with an id that does not exist exits 2 with a one-line message."""
    result = invoke(["history", "--show", "999"])
    assert result.exit_code == 2
    assert "no interaction #999" in result.output and "Traceback" not in result.output


def test_undo_yes_restores_the_file(lab, store):
    """`undo -t FILE --yes` shows the change, restores the exact original bytes and exits 0."""
    original = lab.read_bytes()
    entry = _apply_device(lab, "c", store)
    result = invoke(["undo", "-t", str(lab), "--yes"])
    assert result.exit_code == 0, result.output
    assert f"journal #{entry.id}" in result.output and "add leaf c" in result.output
    assert "1 device added" in result.output and "device c" in result.output
    assert "restored" in result.output
    assert lab.read_bytes() == original


def test_undo_asks_and_respects_no(lab, store):
    """Without --yes, undo asks; answering no exits 1 and leaves the file as it was."""
    _apply_device(lab, "c", store)
    changed = lab.read_bytes()
    result = invoke(["undo", "-t", str(lab)], input="n\n")
    assert result.exit_code == 1
    assert "declined" in result.output
    assert lab.read_bytes() == changed
    result = invoke(["undo", "-t", str(lab)], input="")
    assert result.exit_code == 1 and lab.read_bytes() == changed


def test_undo_asks_and_restores_on_yes(lab, store):
    """Answering yes to the prompt restores the original bytes."""
    original = lab.read_bytes()
    _apply_device(lab, "c", store)
    result = invoke(["undo"], input="y\n")
    assert result.exit_code == 0, result.output
    assert lab.read_bytes() == original


def test_undo_with_nothing_to_undo_exits_1(lab, store):
    """With no applied change, undo prints a clear one-line message and exits 1."""
    result = invoke(["undo", "-t", str(lab), "--yes"])
    assert result.exit_code == 1
    assert "nothing to undo" in result.output and "Traceback" not in result.output


def test_undo_refuses_when_the_file_changed_exits_1(lab, store):
    """If the file changed after the apply, undo refuses (ChangeRejected, exit 1) and keeps the later edit."""
    _apply_device(lab, "c", store)
    edited = lab.read_bytes() + b"# later hand edit\n"
    lab.write_bytes(edited)
    result = invoke(["undo", "-t", str(lab), "--yes"])
    assert result.exit_code == 1
    assert "changed since" in result.output and "Traceback" not in result.output
    assert lab.read_bytes() == edited
