"""The REPL in a real pseudo-terminal (pexpect), driven by scripted model replies."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

ROOT = Path(__file__).resolve().parents[1]
NETOPS = str(Path(sys.executable).with_name("netops"))
PROMPT = r"netops campus>"
PENDING = r"netops campus\*>"


def block(code: str) -> str:
    return f"```python\n{code}\n```"


@pytest.fixture
def workdir(tmp_path):
    shutil.copy(ROOT / "topologies" / "campus.yaml", tmp_path / "campus.yaml")
    return tmp_path


def spawn(workdir: Path, replies: list[str]) -> pexpect.spawn:
    """Start `netops repl` on the campus sample with the given scripted replies."""
    script = workdir / "replies.json"
    script.write_text(json.dumps(replies))
    env = dict(
        os.environ,
        NETOPS_HOME=str(workdir / "home"),
        NETOPS_SAMPLES="0",  # replies are scripted for the first-valid-program flow
        TERM="xterm",
        PROMPT_TOOLKIT_NO_CPR="1",
        COLUMNS="110",
        LINES="50",
    )
    child = pexpect.spawn(
        NETOPS,
        ["repl", "-t", "campus.yaml", "--model", f"scripted:{script}"],
        env=env,
        cwd=str(workdir),
        encoding="utf-8",
        timeout=60,
        dimensions=(50, 110),
    )
    child.expect(PROMPT)
    return child


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def test_ask_follow_up_change_diff_apply_undo(workdir):
    """A full session: question, follow-up, change, diff, apply, undo restores the file byte for byte."""
    original = (workdir / "campus.yaml").read_bytes()
    child = spawn(
        workdir,
        [
            block('result = nodes(G, role="core")'),
            block('result = [n for n in nodes(G, role="core") if n.endswith("1")]'),
            block('set_attrs(G, "acc-n1", status="maintenance")\nresult = "acc-n1 in maintenance"'),
        ],
    )
    child.sendline("which are the core boxes?")
    child.expect("core2")
    child.expect(PROMPT)
    child.sendline("only the first one")
    child.expect("1 item")
    child.expect(PROMPT)
    child.sendline("set acc-n1 to maintenance")
    child.expect("active → maintenance")
    child.expect(PENDING)
    child.sendline(":diff")
    child.expect("1 device changed")
    child.expect(PENDING)
    child.sendline(":apply")
    child.expect("applied")
    child.expect(PROMPT)
    assert b"maintenance" in (workdir / "campus.yaml").read_bytes()
    child.sendline(":undo")
    child.expect("restored")
    child.expect(PROMPT)
    assert (workdir / "campus.yaml").read_bytes() == original
    child.sendline(":quit")
    assert finish(child) == 0


def test_ctrl_c_cancels_a_running_program_and_keeps_the_session(workdir):
    """Ctrl-C during a runaway program cancels it, kills the sandbox child, and the prompt returns."""
    child = spawn(workdir, [block("while True:\n    pass"), block('result = len(nodes(G, role="core"))')])
    child.sendline("spin forever")
    # Interrupt once the program runs: a Ctrl-C typed while the prompt still holds the terminal
    # (a loaded machine) is a key press, not a signal.
    child.expect("running the program")
    time.sleep(0.5)
    child.sendintr()
    child.expect("cancelled")
    child.expect(PROMPT)
    time.sleep(0.3)
    listing = subprocess.run(
        ["ps", "-o", "pid=,stat=", "--ppid", str(child.pid)], capture_output=True, text=True
    ).stdout.split("\n")
    running = [line for line in listing if line.strip() and not line.split()[1].startswith("Z")]
    assert running == [], "a killed sandbox child may wait to be reaped, but none may keep running"
    child.sendline("how many core switches")
    child.expect(r"\b2\b")
    child.expect(PROMPT)
    child.sendeof()
    child.expect("bye")
    assert finish(child) == 0


def test_quitting_with_a_pending_change_asks_first(workdir):
    """Ctrl-D with a pending change asks; 'n' keeps the session, 'y' quits without writing."""
    original = (workdir / "campus.yaml").read_bytes()
    child = spawn(workdir, [block('remove_device(G, "ap-s3")\nresult = "removed"')])
    child.sendline("remove ap-s3")
    child.expect("1 device removed")
    child.expect(PENDING)
    child.sendeof()
    child.expect("quit and discard it")
    child.sendline("n")
    child.expect(PENDING)
    child.sendline(":quit")
    child.expect("quit and discard it")
    child.sendline("y")
    assert finish(child) == 0
    assert (workdir / "campus.yaml").read_bytes() == original


def test_commands_help_code_topo_history_and_unknown(workdir):
    """The colon commands answer: help lists them, code shows the last program, topo and history render."""
    child = spawn(workdir, [block('result = count_by(G, "role")')])
    child.sendline(":help")
    child.expect(":pin NAME")
    child.expect(PROMPT)
    child.sendline("count devices per role")
    child.expect("access")
    child.expect(PROMPT)
    child.sendline(":code")
    child.expect("count_by")
    child.expect(PROMPT)
    child.sendline(":topo")
    child.expect("Node attributes")
    child.expect(PROMPT)
    child.sendline(":history")
    child.expect("count devices per role")
    child.expect(PROMPT)
    child.sendline(":frobnicate")
    child.expect("unknown command")
    child.expect(PROMPT)
    child.sendline(":quit")
    assert finish(child) == 0


def test_failed_generation_is_reported_and_the_session_continues(workdir):
    """When every attempt fails, the REPL shows the error and keeps running."""
    bad = [block("result = G.nodes['x']['y']"), block("result = G.nodes['z']['y']"), block("result = G.nodes['w']['y']")]
    child = spawn(workdir, bad)
    child.sendline("something impossible")
    child.expect("no valid program")
    child.expect(PROMPT)
    child.sendline(":quit")
    assert finish(child) == 0


def test_pin_saves_the_last_question_as_an_audit_check(workdir):
    """:pin writes a valid checks file beside the topology; a duplicate name is refused and the file kept."""
    from netops.audit import load_checks

    child = spawn(workdir, [block('result = [a for a, b, k, d in links(G, status="down")]')])
    child.sendline("which links are down")
    child.expect(PROMPT)
    child.sendline(":pin down-links")
    child.expect("pinned")
    child.expect(PROMPT)
    checks_path = workdir / "audits" / "campus.checks.yaml"
    before = checks_path.read_bytes()
    child.sendline(":pin down-links count >= 1")
    child.expect("duplicate check id")
    child.expect(PROMPT)
    child.sendline(":quit")
    assert finish(child) == 0
    assert checks_path.read_bytes() == before
    (check,) = load_checks(checks_path).checks
    assert (check.id, check.question, check.expect.describe()) == ("down-links", "which links are down", "empty result")
    assert 'links(G, status="down")' in check.program


def test_an_unexpected_error_costs_the_request_not_the_session(workdir, monkeypatch):
    """A backend that fails in an unforeseen way prints one error line; the loop and the pending change survive."""
    from rich.console import Console

    from netops.answering.pipeline import Pipeline
    from netops.answering.session import Session
    from netops.cli.repl import Repl
    from netops.settings import Settings
    from netops.testing import FakeBackend

    backend = FakeBackend([block('set_attrs(G, "acc-n1", status="maintenance")'), RuntimeError("llama_decode failed")])
    session = Session(path=workdir / "campus.yaml", pipeline=Pipeline([backend], Settings(samples=0, retries=0, cache=False)), store=None)
    output = Console(record=True, width=120, color_system=None)
    repl = Repl(session, output, history_path=None)
    lines = iter(["set acc-n1 to maintenance", "how many core switches"])
    monkeypatch.setattr(repl, "read", lambda: next(lines, None))
    monkeypatch.setattr(repl, "confirm", lambda question: True)
    assert repl.run() == 0
    text = output.export_text()
    assert "unexpected RuntimeError: llama_decode failed" in text and "Traceback" not in text
    assert session.pending is not None  # the change made before the failure is still there


def test_every_listed_command_has_a_handler_and_every_handler_is_listed():
    """:help, completion (COMMANDS) and dispatch (Repl._cmd_<name>) agree on the command set."""
    from netops.cli.repl import COMMANDS, Repl

    handlers = {name.removeprefix("_cmd_") for name in dir(Repl) if name.startswith("_cmd_")}
    assert handlers == {command.name for command in COMMANDS}
