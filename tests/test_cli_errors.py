"""Command-line misuse and broken state end in one error line and the documented exit code.

Issue 14: every case here used to end in a traceback (or in silence).
"""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netops.cli import app
from netops.store.database import Store

ROOT = Path(__file__).resolve().parents[1]
CAMPUS = ROOT / "topologies" / "campus.yaml"
CHECKS = ROOT / "topologies" / "audits" / "dc-fabric.checks.yaml"
FABRIC = ROOT / "topologies" / "dc-fabric.yaml"
runner = CliRunner()


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """A private netops home; no model configured."""
    path = tmp_path / "home"
    monkeypatch.setenv("NETOPS_HOME", str(path))
    monkeypatch.setenv("NETOPS_SAMPLES", "0")
    monkeypatch.delenv("NETOPS_MODEL", raising=False)
    monkeypatch.delenv("CI", raising=False)
    return path


@pytest.fixture
def campus(tmp_path):
    target = tmp_path / "campus.yaml"
    shutil.copy(CAMPUS, target)
    return target


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def assert_one_line_error(result, code: int, *needles: str) -> str:
    """Exit ``code``, no traceback, and stderr is one ``error:`` line (plus at most a hint line)."""
    assert result.exit_code == code, (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip("\n").split("\n")
    assert lines[0].startswith("error: "), result.stderr
    assert all(line.startswith("hint: ") for line in lines[1:]), result.stderr
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def scripted(tmp_path: Path, *codes: str) -> str:
    path = tmp_path / "replies.json"
    path.write_text(json.dumps([f"```python\n{code}\n```" for code in codes]))
    return f"scripted:{path}"


# -- the store (issue 14 #5, #9) -------------------------------------------------------------------


def _filled_store(home: Path) -> Path:
    with Store() as store:
        for i in range(200):
            store.log_interaction(f"request number {i} " * 10, frontend="cli", outcome="ok", code="x = 1\n" * 40)
    return home / "netops.db"


def test_corrupt_store_pages_are_exit_3_naming_the_file(home):
    """Junk over the database's pages: one line naming the file, how to recover, exit 3 (not 1)."""
    db = _filled_store(home)
    with open(db, "r+b") as handle:  # what `dd ... bs=1024 count=4 seek=4 conv=notrunc` does, deterministically
        handle.seek(4096)
        handle.write(bytes(range(256)) * 16)
    line = assert_one_line_error(invoke("history"), 3, str(db), "damaged")
    assert "malformed" in line
    assert "mv " in invoke("history").stderr  # the hint says how to move it aside


def test_dropped_journal_table_is_exit_3(home, campus):
    """A database missing the apply journal is reported as damaged, for undo as for history."""
    db = _filled_store(home)
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE apply_journal")
    assert_one_line_error(invoke("undo", "-t", campus, "--yes"), 3, str(db), "apply_journal is missing")
    assert_one_line_error(invoke("history"), 3, "apply_journal is missing")


def test_truncated_store_is_refused_not_silently_recreated(home):
    """A store truncated to 0 bytes lost its undo journal: say so instead of starting over quietly."""
    db = _filled_store(home)
    db.write_bytes(b"")
    assert_one_line_error(invoke("history"), 3, str(db), "empty (0 bytes)", "undo journal")
    assert db.read_bytes() == b""  # left for the operator to inspect or move


def test_broken_store_never_touches_the_topology(home, tmp_path, campus):
    """An apply against a damaged store writes nothing to the operator's file."""
    db = _filled_store(home)
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE apply_journal")
    before = campus.read_bytes()
    model = scripted(tmp_path, 'set_attrs(G, "acc-n1", status="maintenance")\nresult = "done"')
    result = invoke("ask", "put acc-n1 in maintenance", "-t", campus, "--yes", "--model", model)
    assert result.exit_code == 3, result.output
    assert campus.read_bytes() == before


def test_history_show_with_an_impossible_id_is_a_usage_error():
    """--show 99999999999999999999999 (beyond SQLite integers) is 'no interaction', exit 2."""
    assert_one_line_error(invoke("history", "--show", "99999999999999999999999"), 2, "no interaction")


# -- netops run (issue 14 #6, #9) ------------------------------------------------------------------


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf"])
def test_run_timeout_must_be_a_positive_finite_number(tmp_path, value):
    program = tmp_path / "p.py"
    program.write_text("result = 1\n")
    assert_one_line_error(invoke("run", program, "-t", CAMPUS, f"--timeout={value}"), 2, "--timeout")


@pytest.mark.parametrize("value", ["nan", "inf"])
def test_audit_timeout_refuses_nan_and_inf(value):
    assert_one_line_error(invoke("audit", CHECKS, "-t", FABRIC, f"--timeout={value}"), 2, "--timeout")


def test_program_with_a_utf8_bom_runs(tmp_path):
    """A program saved with a byte-order mark runs, as topology files with one load."""
    program = tmp_path / "bom.py"
    program.write_bytes(b"\xef\xbb\xbfresult = len(G)\n")
    result = invoke("run", program, "-t", CAMPUS, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ok"] is True


def test_errors_are_one_line_when_stderr_is_not_a_terminal(tmp_path):
    """A message longer than 80 columns is not hard-wrapped: README promises one line."""
    missing = tmp_path / ("a-rather-long-directory-name-for-a-program-" * 2) / "missing-program.py"
    line = assert_one_line_error(invoke("run", missing, "-t", CAMPUS), 3, "no such file")
    assert len(line) > 100 and str(missing) in line


# -- output paths in a missing directory (issue 14 #6) ------------------------------------------------


def test_topo_convert_into_a_missing_directory(tmp_path):
    out = tmp_path / "no-such-dir" / "campus.graphml"
    assert_one_line_error(invoke("topo", "convert", "-t", CAMPUS, out), 2, str(out), "does not exist")


def test_audit_output_into_a_missing_directory(tmp_path):
    out = tmp_path / "no-such-dir" / "report.json"
    result = invoke("audit", CHECKS, "-t", FABRIC, "--format", "json", "--output", out)
    assert_one_line_error(result, 2, "--output", "does not exist")


def test_ask_save_as_into_a_missing_directory(tmp_path, campus):
    """--save-as is checked before the model runs."""
    out = tmp_path / "no-such-dir" / "after.yaml"
    model = scripted(tmp_path, 'remove_device(G, "ap-s3")\nresult = "removed"')
    result = invoke("ask", "remove ap-s3", "-t", campus, "--save-as", out, "--model", model)
    assert_one_line_error(result, 2, "--save-as", "does not exist")


def test_run_save_as_into_a_missing_directory(tmp_path):
    program = tmp_path / "p.py"
    program.write_text('remove_device(G, "ap-s3")\nresult = 1\n')
    out = tmp_path / "no-such-dir" / "after.yaml"
    assert_one_line_error(invoke("run", program, "-t", CAMPUS, "--save-as", out), 2, "--save-as")


# -- model URLs (issue 14 #6) --------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://", "http://127.0.0.1:abc/v1", "http://[::1"])
def test_malformed_model_url_is_a_usage_error(campus, url):
    assert_one_line_error(invoke("ask", "how many devices?", "-t", campus, "--model", url), 2, "bad model URL")


def test_model_port_speaking_another_protocol_is_exit_5(campus):
    """A loopback port answering garbage (BadStatusLine) means no usable model: exit 5."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def answer_garbage() -> None:
        listener.settimeout(30)
        try:
            while True:
                conn, _ = listener.accept()
                with conn:
                    conn.recv(65536)
                    conn.sendall(b"garbage garbage\r\n\r\n")
        except OSError:
            pass

    thread = threading.Thread(target=answer_garbage, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
        result = invoke("ask", "how many devices?", "-t", campus, "--model", url)
    finally:
        listener.close()
    assert_one_line_error(result, 5, "did not answer like an HTTP server")


# -- a lost concurrent apply (issue 14 #9) -------------------------------------------------------------


def test_losing_a_concurrent_apply_prints_json_and_logs_rejected(tmp_path, campus, monkeypatch):
    """Another writer changes the file between answer and apply: --json still prints the JSON object
    (applied false, the error), exit 1, and history records the request as rejected, not ok."""
    from netops.answering.pipeline import Pipeline

    original = Pipeline.ask

    def ask_then_someone_else_writes(self, *args, **kwargs):
        answer = original(self, *args, **kwargs)
        with open(campus, "a", encoding="utf-8") as handle:  # the winner of the race
            handle.write("# edited by someone else\n")
        return answer

    monkeypatch.setattr(Pipeline, "ask", ask_then_someone_else_writes)
    model = scripted(tmp_path, 'set_attrs(G, "acc-n1", status="maintenance")\nresult = "done"')
    result = invoke("ask", "put acc-n1 in maintenance", "-t", campus, "--yes", "--json", "--model", model)
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["applied"] is False
    assert data["error"]["kind"] == "rejected" and "changed since it was loaded" in data["error"]["message"]
    history = json.loads(invoke("history", "--json").stdout)
    assert history[0]["outcome"] == "rejected"
