"""Command-line conventions (issue 15, item 7): completion, `-` for stdin/stdout, `python -m netops`,
flags shown as flags, rich markup kept out of messages, timings, located program errors.

Models are scripted (``scripted:FILE``); nothing touches the user's shell files or netops home.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netops.cli import app
from netops.topology import load, loads, same_topology

ROOT = Path(__file__).resolve().parents[1]
CAMPUS = ROOT / "topologies" / "campus.yaml"
CHECKS = ROOT / "topologies" / "audits" / "dc-fabric.checks.yaml"
FABRIC = ROOT / "topologies" / "dc-fabric.yaml"
runner = CliRunner()


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """A private netops home and config, no model configured, and the tmp dir as the working directory.

    The working directory matters: a path of ``-`` used to become a file named ``-`` there.
    """
    monkeypatch.setenv("NETOPS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("NETOPS_CONFIG", str(tmp_path / "no-config.yaml"))
    monkeypatch.setenv("NETOPS_SAMPLES", "0")
    monkeypatch.delenv("NETOPS_MODEL", raising=False)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args: object, input: str | bytes | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def scripted(tmp_path: Path, *codes: str) -> str:
    path = tmp_path / f"replies-{len(list(tmp_path.glob('replies-*')))}.json"
    path.write_text(json.dumps([f"```python\n{code}\n```" for code in codes]))
    return f"scripted:{path}"


def no_dash_file(directory: Path) -> None:
    assert not (directory / "-").exists(), "'-' was written as a file"


# -- shell completion ---------------------------------------------------------------------------


def test_completion_options_are_offered():
    """`netops --help` lists --install-completion and --show-completion."""
    result = invoke("--help")
    assert result.exit_code == 0
    assert "--install-completion" in result.output and "--show-completion" in result.output


def test_show_completion_prints_a_bash_script(monkeypatch, tmp_path):
    """`--show-completion bash` prints the script (shell named, not detected), touching no shell file."""
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")  # read when the command is built
    monkeypatch.setenv("HOME", str(tmp_path))  # nothing may be written to a real ~/.bashrc either way
    result = invoke("--show-completion", "bash")
    assert result.exit_code == 0, result.output
    assert "_netops_completion" in result.output and "_NETOPS_COMPLETE" in result.output
    assert list(tmp_path.glob(".bash*")) == []


def test_completion_protocol_completes_commands():
    """The script's callback (`_NETOPS_COMPLETE=complete_bash`) completes `netops to` to `topo`."""
    env = {"_NETOPS_COMPLETE": "complete_bash", "COMP_WORDS": "netops to", "COMP_CWORD": "1"}
    result = runner.invoke(app, [], env=env, prog_name="netops")
    assert result.exit_code == 0
    assert result.output.split() == ["topo"]


# -- python -m netops ---------------------------------------------------------------------------


def test_python_dash_m_netops_runs_the_cli():
    """`python -m netops --version` is the same command line as `netops`."""
    done = subprocess.run(
        [sys.executable, "-m", "netops", "--version"], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"netops \d+\.\d+\.\d+\n", done.stdout)


# -- flags show as flags --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "flag"),
    [(["run"], "--json"), (["ask"], "--dry-run"), (["topo", "show"], "--devices"), (["audit"], "--freeze"),
     (["model", "list"], "--json"), ([], "--version")],
)
def test_help_shows_flags_without_a_type(command, flag):
    """Help shows `--json` as a flag, not `--json <bool>` (which invited `--json true`); typed options keep types."""
    result = invoke(*command, "--help")
    assert result.exit_code == 0, result.output
    assert flag in result.output
    assert "<bool>" not in result.output
    if command == ["run"]:
        assert "<float>" in result.output and "<path>" in result.output


# -- `-` is stdout for output paths ---------------------------------------------------------------


def test_convert_to_dash_writes_stdout_not_a_file(isolated):
    """`topo convert -t X --to json -` prints the topology on stdout, alone, and creates no file `-`."""
    result = invoke("topo", "convert", "-t", CAMPUS, "--to", "json", "-")
    assert result.exit_code == 0, result.output
    assert same_topology(loads(result.stdout, format="json"), load(CAMPUS), graph_attrs=False)
    no_dash_file(isolated)


def test_convert_to_dash_keeps_the_input_format_without_to(isolated):
    """With no --to, stdout gets the input's own format (a file extension is what usually tells)."""
    result = invoke("topo", "convert", "-t", CAMPUS, "-")
    assert result.exit_code == 0, result.output
    assert same_topology(loads(result.stdout, format="yaml"), load(CAMPUS))
    no_dash_file(isolated)


def test_generate_to_dash_writes_yaml_on_stdout(isolated):
    """`topo generate ... -o -` is the same as leaving -o out."""
    result = invoke("topo", "generate", "leaf-spine", "--spines", "2", "--leaves", "2", "-o", "-")
    assert result.exit_code == 0, result.output
    assert loads(result.stdout, format="yaml").number_of_devices() == 2 + 2 + 2 * 4
    no_dash_file(isolated)


def test_audit_output_dash_is_stdout(isolated):
    """`audit -o -` prints the report instead of writing a file named `-`."""
    result = invoke("audit", CHECKS, "-t", FABRIC, "--no-llm", "--format", "json", "-o", "-", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)
    no_dash_file(isolated)


def test_run_save_as_dash_prints_the_changed_topology(isolated):
    """`run --save-as -` puts the changed topology on stdout, the rest on stderr; the input is untouched."""
    before = CAMPUS.read_bytes()
    (isolated / "fix.py").write_text('remove_device(G, "ap-s3")\nresult = "removed"\n')
    result = invoke("run", "fix.py", "-t", CAMPUS, "--save-as", "-")
    assert result.exit_code == 0, result.output
    changed = loads(result.stdout, format="yaml")
    assert "ap-s3" not in changed.graph and changed.number_of_devices() == load(CAMPUS).number_of_devices() - 1
    assert "removed" in result.stderr and "standard output" in result.stderr
    assert CAMPUS.read_bytes() == before
    no_dash_file(isolated)


def test_save_as_dash_with_json_is_a_usage_error(isolated):
    """`--save-as -` and `--json` would share stdout: exit 2 before anything runs."""
    (isolated / "p.py").write_text("result = 1\n")
    result = invoke("run", "p.py", "-t", CAMPUS, "--save-as", "-", "--json")
    assert result.exit_code == 2 and "--save-as -" in result.stderr
    result = invoke("ask", "remove ap-s3", "-t", CAMPUS, "--save-as", "-", "--json", "--model", scripted(isolated))
    assert result.exit_code == 2 and "--save-as -" in result.stderr


def test_ask_save_as_dash_prints_the_changed_topology(isolated):
    """`ask --save-as -` writes the changed topology to stdout; the answer and diff go to stderr."""
    model = scripted(isolated, 'remove_device(G, "ap-s3")\nresult = "removed"')
    result = invoke("ask", "remove ap-s3", "-t", CAMPUS, "--save-as", "-", "--model", model)
    assert result.exit_code == 0, result.output
    assert "ap-s3" not in loads(result.stdout, format="yaml").graph
    assert "1 device removed" in result.stderr
    no_dash_file(isolated)


def test_options_that_only_write_files_refuse_dash(isolated):
    """Where `-` cannot mean stdout (eval --save), it is a usage error, never a file named `-`."""
    result = invoke("eval", "--save", "-", "--model", scripted(isolated))
    assert result.exit_code == 2 and "--json" in result.stderr
    no_dash_file(isolated)


def test_check_output_path_refuses_dash():
    """The shared output check refuses `-` (options that support stdout handle it first)."""
    from netops.errors import UsageError
    from netops.fsutil import check_output_path

    with pytest.raises(UsageError, match="standard output"):
        check_output_path("-", "--out")


# -- `-` is stdin for inputs -----------------------------------------------------------------------


def test_topology_from_stdin_is_detected_by_content():
    """`-t -` reads the topology from stdin; the format is told from the content."""
    graphml = invoke("topo", "convert", "-t", CAMPUS, "--to", "graphml", "-").stdout
    result = invoke("topo", "stats", "-t", "-", "--json", input=graphml)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["devices"] == load(CAMPUS).number_of_devices() and data["topology"] == "<stdin>"
    result = invoke("topo", "validate", "-t", "-", input=CAMPUS.read_text())
    assert result.exit_code == 0 and "<stdin>" in result.stdout


def test_topology_from_stdin_takes_format(tmp_path):
    """`--format` names the format of stdin, where content sniffing is not enough or not wanted."""
    result = invoke("topo", "show", "-t", "-", "--format", "yaml", "--json", input=CAMPUS.read_text())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["devices"] == load(CAMPUS).number_of_devices()


def test_bad_topology_on_stdin_names_stdin_and_line():
    """A broken topology on stdin is exit 3, located as <stdin>:LINE."""
    result = invoke("topo", "validate", "-t", "-", "--format", "yaml", input="nodes:\n  - name: a\n  - name: a\n")
    assert result.exit_code == 3
    assert result.stderr.startswith("error: <stdin>")


def test_stdin_over_the_size_cap_is_refused(monkeypatch):
    """stdin is capped like a file: an endless stream cannot fill memory (exit 3)."""
    from netops.topology.formats import guards

    monkeypatch.setattr(guards, "MAX_INPUT_BYTES", 1024)
    result = invoke("topo", "validate", "-t", "-", input="#" * 5000)
    assert result.exit_code == 3 and "<stdin>" in result.stderr and "over" in result.stderr


def test_program_from_stdin():
    """`netops run -` reads the program from stdin."""
    result = invoke("run", "-", "-t", CAMPUS, "--json", input='result = nodes(G, role="core")\n')
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["result"] == ["core1", "core2"] and data["program"] == "<stdin>"


def test_run_with_topology_from_stdin():
    """`netops run PROG -t -` runs against a topology piped in."""
    program = "result = len(G)\n"
    Path("p.py").write_text(program)
    result = invoke("run", "p.py", "-t", "-", "--json", input=CAMPUS.read_text())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["result"] == load(CAMPUS).number_of_devices()


def test_program_and_topology_cannot_both_be_stdin():
    """Only one input can come from stdin: exit 2."""
    result = invoke("run", "-", "-t", "-", input="result = 1\n")
    assert result.exit_code == 2 and "standard input" in result.stderr


def test_ask_about_a_topology_from_stdin(isolated):
    """`ask -t -` answers questions; a change is shown but cannot be applied (no file), --yes is refused."""
    model = scripted(isolated, 'result = nodes(G, role="core")')
    result = invoke("ask", "which boxes are core?", "-t", "-", "--json", "--model", model, input=CAMPUS.read_text())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["result"] == ["core1", "core2"]
    model = scripted(isolated, 'remove_device(G, "ap-s3")\nresult = "removed"')
    result = invoke("ask", "remove ap-s3", "-t", "-", "--model", model, input=CAMPUS.read_text())
    assert result.exit_code == 0, result.output
    assert "not applied" in result.output and "stdin" in result.output
    result = invoke("ask", "remove ap-s3", "-t", "-", "--yes", "--model", model, input=CAMPUS.read_text())
    assert result.exit_code == 2 and "--save-as" in result.stderr


def test_repl_refuses_a_topology_from_stdin():
    """The REPL reads requests from the terminal and applies to a file: `-t -` is a usage error."""
    result = invoke("repl", "-t", "-")
    assert result.exit_code == 2 and "stdin" in result.stderr


def test_stdin_that_is_a_terminal_is_refused(monkeypatch):
    """`-` with nothing piped in (stdin is a terminal) fails at once instead of waiting silently."""
    from netops.errors import UsageError
    from netops.stdio import read_stdin_text

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    with pytest.raises(UsageError, match="terminal"):
        read_stdin_text("topology")


# -- messages and output ----------------------------------------------------------------------------


def test_syntax_error_names_the_program_file_and_line(isolated):
    """A program with a syntax error: exit 4, and the error line starts FILE:LINE:."""
    (isolated / "prog.py").write_text("result = 1\nresult = (1,\nx = 2\n")
    result = invoke("run", "prog.py", "-t", CAMPUS)
    assert result.exit_code == 4
    first = result.stderr.splitlines()[0]
    assert first.startswith("error: prog.py:2: policy: SyntaxError"), first


def test_runtime_error_names_the_program_file_and_line(isolated):
    """The same FILE:LINE: location for a failure at run time."""
    (isolated / "prog.py").write_text("x = 1\nresult = x / 0\n")
    result = invoke("run", "prog.py", "-t", CAMPUS)
    assert result.exit_code == 4
    assert result.stderr.startswith("error: prog.py:2: runtime: ZeroDivisionError"), result.stderr


def test_ask_prints_a_timing_line(isolated):
    """README: a question prints the program, the answer and the timings (one dim line)."""
    model = scripted(isolated, 'result = nodes(G, role="core")')
    result = invoke("ask", "which boxes are core?", "-t", CAMPUS, "--model", model)
    assert result.exit_code == 0, result.output
    assert re.search(r"prompt \d+\.\d\ds · generate \d+\.\d\ds · execute \d+\.\d\ds · total \d+\.\d\ds", result.output)


def test_ask_json_has_no_timing_line(isolated):
    """--json stays one JSON object (its timings are in the object)."""
    model = scripted(isolated, 'result = nodes(G, role="core")')
    result = invoke("ask", "which boxes are core?", "-t", CAMPUS, "--model", model, "--json")
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.stdout)["timings"]) >= {"prompt", "generate", "execute", "total"}


def test_no_cli_module_prints_an_unescaped_extra_in_markup():
    """`pip install 'netops[model]'` inside rich markup loses `[model]`: every such string must be escaped.

    A static check over the front ends: a markup string (console.print with a `[style]` tag) may not
    contain a literal `netops[...]`.
    """
    offenders = []
    for path in sorted((ROOT / "netops" / "cli").glob("*.py")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if ".print(" in line and re.search(r"netops\[[a-z]+\]", line):
                offenders.append(f"{path.name}:{number}")
    assert offenders == []

