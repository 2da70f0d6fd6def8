"""End to end with the real embedded model (marker ``model``): one-shot asks and one REPL session.

These are the few tests that let the default 1.5B model write the programs.
The requests are plain ones an operator types on day one; the answers are
checked against the topology itself, not against a stored transcript, and
greedy decoding keeps them reproducible. Everything runs in a scratch copy of
the campus sample with its own store (``NETOPS_HOME``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from netops.program.api import nodes
from netops.topology import load

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
NETOPS = str(Path(sys.executable).with_name("netops"))
MODEL = "qwen2.5-coder-1.5b"


@pytest.fixture
def workdir(tmp_path):
    shutil.copy(ROOT / "topologies" / "campus.yaml", tmp_path / "campus.yaml")
    return tmp_path


def _env(workdir: Path) -> dict[str, str]:
    return dict(os.environ, NETOPS_HOME=str(workdir / "home"), NETOPS_MODEL=MODEL, COLUMNS="120")


def netops(workdir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [NETOPS, *args], cwd=workdir, env=_env(workdir), capture_output=True, text=True, timeout=600
    )


def test_real_model_answers_a_question(workdir):
    """A read-only question gets the right answer, and the file is untouched."""
    before = (workdir / "campus.yaml").read_bytes()
    graph = load(workdir / "campus.yaml").graph
    expected = sorted(nodes(graph, role="access", building="north"))
    done = netops(workdir, "ask", "which access switches are in the north building?", "-t", "campus.yaml", "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert sorted(answer["result"]) == expected
    assert answer["changed"] is False and answer["applied"] is False
    assert (workdir / "campus.yaml").read_bytes() == before


def test_real_model_applies_a_change_and_undo_restores_the_file(workdir):
    """A change request is validated, applied with --yes, and `netops undo` restores the bytes."""
    before = (workdir / "campus.yaml").read_bytes()
    done = netops(workdir, "ask", "set the status of acc-n1 to maintenance", "-t", "campus.yaml", "--yes", "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["changed"] is True and answer["applied"] is True
    after = load(workdir / "campus.yaml").graph
    assert after.nodes["acc-n1"]["status"] == "maintenance"
    assert after.number_of_nodes() == 30 and after.number_of_edges() == 47
    undone = netops(workdir, "undo", "-t", "campus.yaml", "--yes")
    assert undone.returncode == 0, undone.stderr
    assert (workdir / "campus.yaml").read_bytes() == before


def test_real_model_repl_session(workdir):
    """Ask, follow up, change, diff, apply, undo, cancel with Ctrl-C, and quit with a change pending."""
    prompt, pending = r"netops campus>", r"netops campus\*>"
    original = (workdir / "campus.yaml").read_bytes()
    child = pexpect.spawn(
        NETOPS,
        ["repl", "-t", "campus.yaml"],
        env=dict(_env(workdir), TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1", LINES="50"),
        cwd=str(workdir),
        encoding="utf-8",
        timeout=300,
        dimensions=(50, 120),
    )
    child.expect(prompt)
    child.sendline("which devices are in maintenance?")
    child.expect("ap-s3")  # the campus sample has exactly one device in maintenance
    child.expect(prompt)
    child.sendline("how many access switches are there in each building?")
    child.expect("north")
    child.expect(prompt)
    child.sendline("set the status of acc-n1 to maintenance")
    child.expect("active → maintenance")
    child.expect(pending)
    child.sendline(":diff")
    child.expect("1 device changed")
    child.expect(pending)
    child.sendline(":apply")
    child.expect("applied")
    child.expect(prompt)
    assert load(workdir / "campus.yaml").graph.nodes["acc-n1"]["status"] == "maintenance"
    child.sendline(":undo")
    child.expect("restored")
    child.expect(prompt)
    assert (workdir / "campus.yaml").read_bytes() == original
    child.sendline("list every link whose utilization is above 0.5 together with its interfaces")
    # Interrupt once the request runs: a Ctrl-C typed while the prompt still holds the terminal
    # (a loaded machine, the background prefill after :undo) is a key press, not a signal.
    child.expect("generating")
    child.sendintr()
    child.expect("cancelled")
    child.expect(prompt)
    child.sendline("remove the device ap-s3")
    child.expect("1 device removed")
    child.expect(pending)
    child.sendeof()
    child.expect("quit and discard it")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert (workdir / "campus.yaml").read_bytes() == original
