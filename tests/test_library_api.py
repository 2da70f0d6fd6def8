"""netops as a Python library (issue 15, item 8): load, save, run, ask and Answer, typed and cheap to import.

``ask`` is driven by scripted backends (an object, or a ``scripted:FILE`` spec), never the real model.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import netops
from netops.errors import SandboxFailure, TopologyFormatError, UsageError
from netops.testing import FakeBackend

ROOT = Path(__file__).resolve().parents[1]
CAMPUS = ROOT / "topologies" / "campus.yaml"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """No user config, no model configured, a private netops home (which ask must leave empty)."""
    monkeypatch.setenv("NETOPS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("NETOPS_CONFIG", str(tmp_path / "no-config.yaml"))
    monkeypatch.delenv("NETOPS_MODEL", raising=False)
    monkeypatch.delenv("NETOPS_SAMPLES", raising=False)
    return tmp_path


def fenced(code: str) -> str:
    return f"```python\n{code}\n```"


def test_public_names_are_exported():
    """The documented API is importable from the top-level package."""
    assert set(netops.__all__) >= {"load", "save", "run", "ask", "Answer", "Topology", "Execution"}
    from netops.answering.pipeline import Answer
    from netops.program.execute import Execution
    from netops.topology.model import Topology

    assert netops.Answer is Answer and netops.Topology is Topology and netops.Execution is Execution
    with pytest.raises(AttributeError):
        netops.no_such_name  # noqa: B018 - the attribute access is the test


def test_import_netops_stays_light():
    """`import netops` loads neither networkx, the sandbox, typer nor the model code (they load on first use)."""
    code = (
        "import sys, netops\n"
        "heavy = [m for m in ('networkx', 'sandbox', 'typer', 'rich', 'netops.answering.pipeline', 'netops.llm') "
        "if m in sys.modules]\n"
        "print(heavy)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_library_never_loads_the_terminal_ui(tmp_path):
    """load, run (a program file too) and ask work without importing typer or rich (the import contract)."""
    (tmp_path / "p.py").write_text("result = len(G)\n")
    code = (
        "import pathlib, sys, netops\n"
        "from netops.testing import FakeBackend\n"
        f"topo = netops.load({str(CAMPUS)!r})\n"
        f"assert netops.run(pathlib.Path({str(tmp_path / 'p.py')!r}), topo).value == 30\n"
        "answer = netops.ask('how many?', topo, model=FakeBackend(['```python\\nresult = len(G)\\n```']), samples=0)\n"
        "assert answer.ok, answer.error\n"
        "print(sorted(m for m in ('typer', 'rich', 'prompt_toolkit') if m in sys.modules))\n"
    )
    env = {**os.environ, "NETOPS_CONFIG": str(tmp_path / "none.yaml"), "NETOPS_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_package_is_marked_typed():
    """py.typed ships in the package directories the wheel takes whole (PEP 561)."""
    assert (ROOT / "netops" / "py.typed").is_file() and (ROOT / "sandbox" / "py.typed").is_file()
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert {"netops", "sandbox"} <= set(config["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"])


def test_load_reads_any_format_and_save_writes_one(tmp_path):
    """load() picks the format by extension or content; save() writes by extension."""
    topo = netops.load(CAMPUS)
    assert isinstance(topo, netops.Topology) and topo.number_of_devices() == 30
    assert netops.save(topo, tmp_path / "campus.graphml") == "graphml"
    again = netops.load(str(tmp_path / "campus.graphml"))
    assert again.number_of_devices() == topo.number_of_devices()


def test_load_of_a_bad_file_raises_a_located_error(tmp_path):
    """A broken file is a TopologyError naming the file and line, as on the command line."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("nodes:\n  - name: a\n  - name: a\n")
    with pytest.raises(TopologyFormatError, match="bad.yaml"):
        netops.load(bad)


def test_run_takes_source_text_and_a_topology_or_path():
    """run(program, topology) returns the Execution; `value` is the program's result."""
    run = netops.run('result = nodes(G, role="core")', CAMPUS)
    assert run.ok and run.value == ["core1", "core2"] and not run.changed
    assert netops.run("result = len(G)", netops.load(CAMPUS)).value == 30


def test_run_takes_a_program_file(tmp_path):
    """A pathlib.Path is a program file, read with the same guards as `netops run`."""
    program = tmp_path / "check.py"
    program.write_text('result = sorted(nodes(G, role="core"))\n')
    assert netops.run(program, CAMPUS).value == ["core1", "core2"]


def test_run_never_changes_the_topology_it_is_given():
    """A mutating program changes a copy: graph_after; the caller's topology stays as it was."""
    topo = netops.load(CAMPUS)
    run = netops.run('remove_device(G, "ap-s3")\nresult = "done"', topo)
    assert run.changed and "ap-s3" not in run.graph_after and "ap-s3" in topo.graph


def test_run_failure_raises_with_file_and_line(tmp_path):
    """A failed program raises SandboxFailure (kind, line; the file when there is one); check=False returns it."""
    program = tmp_path / "broken.py"
    program.write_text("x = 1\nresult = (x,\n")
    with pytest.raises(SandboxFailure) as info:
        netops.run(program, CAMPUS)
    assert info.value.kind == "policy" and info.value.line == 2
    assert str(info.value).startswith(f"{program}:2: policy: SyntaxError")
    failed = netops.run("result = 1 / 0", CAMPUS, check=False)
    assert not failed.ok and failed.failure_kind == "runtime"


def test_run_read_only_and_timeout():
    """read_only=True makes a change a `mutation` failure; a bad timeout is a UsageError."""
    with pytest.raises(SandboxFailure) as info:
        netops.run('remove_device(G, "ap-s3")', CAMPUS, read_only=True)
    assert info.value.kind == "mutation"
    with pytest.raises(UsageError):
        netops.run("result = 1", CAMPUS, timeout=0)


def test_ask_with_a_backend_object_answers_a_question(isolated):
    """ask(request, topology, model=backend) runs the whole pipeline and returns the Answer."""
    model = FakeBackend([fenced('result = nodes(G, role="core")')])
    answer = netops.ask("which boxes are core?", CAMPUS, model=model, samples=0)
    assert isinstance(answer, netops.Answer)
    assert answer.ok and answer.value == ["core1", "core2"] and not answer.changed
    assert answer.code.startswith("result = nodes(") and set(answer.timings) >= {"generate", "execute", "total"}
    assert len(model.prompts) == 1
    assert not (isolated / "home").exists(), "ask() must not log to the history database"


def test_ask_returns_a_change_without_writing_it(tmp_path):
    """A change comes back as diff and after; nothing is written until save()."""
    copy = tmp_path / "campus.yaml"
    copy.write_bytes(CAMPUS.read_bytes())
    model = FakeBackend([fenced('remove_device(G, "ap-s3")\nresult = "removed"')])
    answer = netops.ask("remove the access point ap-s3", copy, model=model, samples=0)
    assert answer.ok and answer.changed and "1 device removed" in answer.diff.summary()
    assert copy.read_bytes() == CAMPUS.read_bytes()
    netops.save(answer.after, copy)
    assert "ap-s3" not in netops.load(copy).graph


def test_ask_with_a_model_spec_string(tmp_path):
    """model= takes a spec as --model does; `scripted:FILE` is the spec form of a scripted backend."""
    replies = tmp_path / "replies.json"
    replies.write_text(json.dumps([fenced("result = len(G)")]))
    answer = netops.ask("how many devices?", netops.load(CAMPUS), model=f"scripted:{replies}", samples=0)
    assert answer.ok and answer.value == 30 and answer.model.startswith("scripted:")


def test_ask_failure_is_an_answer_not_an_exception():
    """Model or program failures do not raise: ok is false and error says why."""
    model = FakeBackend([fenced("import os\nresult = 1")] * 3)
    answer = netops.ask("how many devices?", CAMPUS, model=model, samples=0, retries=0)
    assert not answer.ok and answer.error


def test_ask_rejects_unknown_settings():
    """A misspelt setting is a TypeError naming it, not silently ignored."""
    with pytest.raises(TypeError, match="sampels"):
        netops.ask("how many devices?", CAMPUS, model=FakeBackend([]), sampels=0)


def test_the_api_functions_are_not_shadowed_by_subpackages():
    """``netops.ask`` and ``netops.run`` stay the functions once every subpackage is imported."""
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(netops.__path__, prefix="netops."):
        importlib.import_module(info.name)
    assert callable(netops.ask) and callable(netops.run) and callable(netops.load) and callable(netops.save)


def test_the_shipped_data_is_found_from_the_package_root():
    """Prompts and sample topologies are found beside the package (a checkout) or inside it (a wheel),
    wherever the modules using them live (a package move once left the samples unfound, and
    re-targeting silently off)."""
    from netops.resources import prompts_dir, sample_topologies_dir

    package = Path(netops.__file__).resolve().parent
    prompts, samples = prompts_dir(), sample_topologies_dir()
    assert prompts in (package / "_prompts", package.parent / "prompts") and (prompts / "system.md").is_file()
    assert samples in (package / "_topologies", package.parent / "topologies")
    assert (samples / "campus.yaml").is_file()
