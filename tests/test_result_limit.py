"""Result size caps (issue 14 #4): enforced in the sandbox child, configurable, bounded to render.

A program's ``result`` larger than the ``result_limit_kb`` setting (1 MiB by
default) is an ``output-limit`` failure decided in the child, so the parent
only ever reads a one-line failure; a changed graph is not counted against
it. Rendering a large (allowed) result for the terminal is cut with a note.
"""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from typer.testing import CliRunner

import sandbox
import sandbox.process
from netops.cli import app
from netops.cli.render import MAX_RENDER_CHARS, diff_renderable, result_renderable
from netops.errors import InputError
from netops.program.diff import diff_graphs
from netops.program.execute import execute
from netops.settings import Settings, load_settings
from netops.topology import Topology

MIB = 1 << 20


@pytest.fixture(autouse=True)
def clean_settings(tmp_path, monkeypatch):
    """No user config or NETOPS_* overrides leak in; defaults apply."""
    monkeypatch.setenv("NETOPS_CONFIG", str(tmp_path / "no-config.yaml"))
    monkeypatch.setenv("NETOPS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("NETOPS_RESULT_LIMIT_KB", raising=False)


@pytest.fixture
def lab():
    topo = Topology(name="lab")
    topo.add_device("r1", role="router")
    topo.add_device("r2", role="router")
    topo.add_link("r1", "r2")
    return topo


@pytest.fixture
def received(monkeypatch):
    """Sizes of the answer bodies the parent read from sandbox children."""
    sizes: list[int] = []
    real = sandbox.process._report

    def spy(frame, status):
        if frame is not None:
            sizes.append(len(frame[0]))
        return real(frame, status)

    monkeypatch.setattr(sandbox.process, "_report", spy)
    return sizes


QUICK = sandbox.Limits(cpu_seconds=5, wall_seconds=30, memory_bytes=512 * MIB)


def test_the_default_cap_is_one_mib_and_configurable():
    """1 MiB by default; NETOPS_RESULT_LIMIT_KB (or the config file) changes it; it must be positive."""
    assert Settings().result_limit_kb == 1024
    assert load_settings().result_limit_kb == 1024
    with pytest.raises(InputError, match="result_limit_kb"):
        Settings(result_limit_kb=0)


def test_a_32_mib_string_result_fails_in_the_child_and_never_reaches_the_parent(lab, received):
    """The reported case: a 32 MiB string result is an output-limit failure; the parent reads one short line."""
    run = execute(lab, "result = 'x' * (32 << 20)", read_only=True, limits=QUICK, helpers={})
    assert (run.ok, run.failure_kind) == (False, "output-limit")
    assert "1048576" in run.message
    assert received and max(received) < 4096


def test_structure_counts_not_only_text(lab, received):
    """Many small numbers also pass the cap (measured as encoded JSON in the child)."""
    run = execute(lab, "result = list(range(300000))", read_only=True, limits=QUICK, helpers={})
    assert (run.ok, run.failure_kind) == (False, "output-limit")
    assert "bytes as JSON; the limit is 1048576 bytes" in run.message
    assert max(received) < 4096


def test_a_result_under_the_cap_comes_back_whole(lab, received):
    """Just under 1 MiB is fine, and the parent reads about that much, no more."""
    run = execute(lab, "result = 'y' * 1000000", read_only=True, limits=QUICK, helpers={})
    assert run.ok and run.value == "y" * 1000000
    assert max(received) < MIB + 64 * 1024


def test_the_setting_and_the_argument_change_the_cap(lab, monkeypatch):
    """NETOPS_RESULT_LIMIT_KB lowers or raises the cap; an explicit result_limit_bytes wins."""
    program = "result = 'z' * 10000"
    monkeypatch.setenv("NETOPS_RESULT_LIMIT_KB", "4")
    run = execute(lab, program, read_only=True, limits=QUICK, helpers={})
    assert run.failure_kind == "output-limit" and "4096" in run.message
    assert execute(lab, program, read_only=True, limits=QUICK, helpers={}, result_limit_bytes=20000).ok
    monkeypatch.setenv("NETOPS_RESULT_LIMIT_KB", "4096")
    assert execute(lab, "result = 'w' * (2 << 20)", read_only=True, limits=QUICK, helpers={}).ok


def test_a_changed_graph_is_not_counted_against_the_result_cap(lab):
    """The cap is on the program's result: a change larger than it still comes back whole."""
    program = "for i in range(200):\n    G.add_node(f'n{i}', note='x' * 100)\nresult = 'done'"
    run = execute(lab, program, limits=QUICK, helpers={}, result_limit_bytes=1024)
    assert run.ok and run.changed and run.graph_after.number_of_nodes() == 202


def test_the_sandbox_enforces_max_value_bytes_in_the_child():
    """sandbox.run: max_value_bytes below the transfer cap fails an over-large result as output-limit."""
    limits = sandbox.Limits(cpu_seconds=5, wall_seconds=30, max_value_bytes=1000)
    outcome = sandbox.run("result = [1] * 600", {}, limits=limits)
    assert (outcome.ok, outcome.kind) == (False, "output-limit")
    assert "the limit is 1000 bytes" in outcome.message
    assert sandbox.run("result = [1] * 400", {}, limits=limits).ok
    isolated = sandbox.run_isolated(lambda: "q" * 5000, limits=limits)
    assert isolated.kind == "output-limit"


def test_cli_run_of_a_huge_result_exits_4_with_one_line(tmp_path):
    """`netops run` of a program returning 32 MiB: exit 4, one error line, no traceback, nothing printed whole."""
    topo = tmp_path / "lab.yaml"
    topo.write_text("name: lab\nnodes:\n  - {name: a, role: spine}\nlinks: []\n")
    program = tmp_path / "big.py"
    program.write_text("result = 'x' * (32 << 20)\n")
    for extra in ([], ["--json"]):
        result = CliRunner().invoke(app, ["run", str(program), "-t", str(topo), *extra], env={"COLUMNS": "200"})
        assert result.exit_code == 4, result.output
        assert "output-limit" in result.output
        assert "Traceback" not in result.output
        assert len(result.output) < 10_000


def _rendered(renderable) -> str:
    console = Console(file=io.StringIO(), width=120, color_system=None)
    console.print(renderable)
    return console.file.getvalue()


def test_rendering_a_long_string_is_cut_with_a_note():
    """A scalar result of 1 MB is shown cut, saying how much more there is."""
    text = _rendered(result_renderable("x" * 1_000_000))
    assert len(text) < MAX_RENDER_CHARS * 2
    assert "more characters; use --json for all" in " ".join(text.split())


def test_rendering_a_huge_table_is_bounded():
    """Wide, long tables with long cells: bounded rows, columns and characters, with a note."""
    value = {"columns": [f"c{i}" for i in range(100)], "rows": [["v" * 300] * 100 for _ in range(5000)]}
    table = result_renderable(value)
    assert len(table.columns) == 40
    assert len(table.rows) < 200
    assert "more rows" in table.caption and "60 more columns" in table.caption
    mapping = result_renderable({f"k{i}": "v" * 5000 for i in range(1000)})
    assert "more items" in mapping.caption
    rows = result_renderable([["a" * 3000, 1]] * 1000)
    assert "shown" in rows.caption


def test_rendering_a_huge_diff_is_bounded(lab):
    """A diff with thousands of items lists the first ones and says how many more."""
    after = lab.graph.copy()
    for i in range(1000):
        after.add_node(f"n{i}", role="leaf")
    text = _rendered(diff_renderable(diff_graphs(lab.graph, after), max_items=50))
    assert "950 more changes" in text
    assert text.count("+ device") == 50


def test_a_narrow_result_keeps_its_caption_on_one_line():
    """A list of short values (a runner-up answer [0, 1, 2]) is not squeezed to its values' width."""
    text = _rendered(result_renderable([0, 1, 2]))
    assert "3 items" in text.splitlines()[-1]
    pairs = _rendered(result_renderable([["a", "b"], ["c", "d"]]))
    assert "2 items" in pairs
