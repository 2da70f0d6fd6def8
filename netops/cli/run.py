"""``netops run``: execute a given program in the sandbox, with no model.

Useful for pinned audit programs, for trying the topology API by hand, and
for anyone testing the sandbox. A program that changes the topology shows a
diff; ``--save-as OUT`` writes the changed topology to OUT and never touches
the input file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer
from rich.console import Console
from rich.markup import escape

from netops.cli.render import code_panel, diff_renderable, result_renderable
from netops.errors import ChangeRejected, SandboxFailure, UsageError
from netops.fsutil import check_output_path, output_write_error
from netops.program.failures import FailureKind
from netops.program.source import check_wall_seconds, read_program  # re-exported: they moved to netops.program.source
from netops.program.validate import Evaluation, Violation, evaluate_execution, invariant_runner
from netops.stdio import STDIN_NAME, is_dash, load_topology, stdout_format, write_stdout
from netops.topology import Topology, dumps, save

if TYPE_CHECKING:
    from netops.program.execute import Execution

__all__ = ["register", "read_program", "check_wall_seconds"]


def run_command(
    program: Path = typer.Argument(
        ..., help="Python file (- for stdin): uses G, nx and the helpers; assigns `result`."
    ),
    topology: Path = typer.Option(..., "-t", "--topology", help="Topology file to run against (- for stdin)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (result, diff, timings)."),
    read_only: bool = typer.Option(False, "--read-only", help="Fail if the program changes the topology."),
    save_as: Optional[Path] = typer.Option(
        None, "--save-as",
        help="Write the changed topology here (format by extension; - for stdout, in the input's format); "
        "the input is never touched."
    ),
    show_code: bool = typer.Option(False, "--code", help="Print the program before its result."),
    timeout: float = typer.Option(10.0, "--timeout", help="Wall-clock seconds before the program is killed."),
) -> None:
    """Run PROGRAM in the sandbox against a topology, with no model involved.

    The program sees G (the topology as a networkx MultiGraph), nx (pure
    networkx algorithms) and the netops helpers, and assigns its answer to
    `result`. Imports, file and network access are refused.

    Example:  netops run check.py -t topologies/dc-fabric.yaml --json

    Pipes:  netops run fix.py -t in.yaml --save-as - > out.yaml  (or: cat check.py | netops run - -t in.yaml)
    """
    from netops.program.execute import execute
    from sandbox import Limits

    to_stdout = _check_flags(program, topology, save_as, as_json=as_json, timeout=timeout)
    code = read_program(program)
    topo: Topology = load_topology(topology)
    # The name errors give the program: its file, so a failure reads FILE:LINE: like other located errors.
    program_name = STDIN_NAME if is_dash(program) else str(program)
    limits = Limits(wall_seconds=timeout)
    execution = execute(topo, code, read_only=read_only, limits=limits)
    # The validation every program goes through (as in ask and the REPL): a change must keep the
    # built-in rules and the topology's declared invariants, or it is not saved.
    run_invariant = invariant_runner(topo, lambda probe, source: execute(probe, source, read_only=True, limits=limits))
    evaluation = evaluate_execution(
        topo, execution, change_request=False if read_only else None, run_invariant=run_invariant
    )
    # Only a broken rule stops `netops run`; a program may print instead of setting result.
    broken = evaluation.violation if evaluation.violation and evaluation.violation.kind is FailureKind.INVARIANT else None
    saved = False
    if execution.ok and broken is None and save_as is not None and execution.graph_after is not None:
        _save_changed(topo.with_graph(execution.graph_after), topo, save_as, to_stdout=to_stdout)
        saved = True
    if as_json:
        payload = _json_payload(program_name, code, execution, evaluation, broken, save_as if saved else None)
        print(json.dumps(payload, indent=2, default=str))
        if not execution.ok:
            raise typer.Exit(SandboxFailure.exit_code)
        if broken is not None:
            raise typer.Exit(ChangeRejected.exit_code)
        return
    # With --save-as - stdout carries the changed topology alone; everything else goes to stderr.
    console = Console(highlight=False, stderr=to_stdout)
    if show_code:
        console.print(code_panel(code, title=program_name))
    if execution.stdout:
        console.print(execution.stdout.rstrip("\n"), markup=False)
    if not execution.ok:
        raise SandboxFailure(
            execution.failure_kind or "runtime", execution.message or "failed", line=execution.line, path=program_name
        )
    console.print(result_renderable(execution.value))
    diff = evaluation.diff
    if diff is not None:
        console.print(diff_renderable(diff))
    for warning in evaluation.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}")
    if broken is not None:
        raise ChangeRejected(
            f"the change breaks a rule of this topology: {broken.message}",
            hint="nothing was saved; fix the program (or the rule) and run it again",
        )
    if saved:
        where = "standard output" if to_stdout else escape(str(save_as))
        console.print(f"[green]saved[/green] the changed topology to {where} ({escape(str(topology))} untouched)")
    elif diff is not None and not diff.is_empty():
        console.print("[dim]not applied: use --save-as OUT to write the changed topology[/dim]")


def _check_flags(program: Path, topology: Path, save_as: Optional[Path], *, as_json: bool, timeout: float) -> bool:
    """Refuse contradictory flags before anything runs (exit 2); whether --save-as is standard output."""
    check_wall_seconds(timeout)
    if is_dash(program) and is_dash(topology):
        raise UsageError("the program and the topology cannot both come from standard input (-)")
    to_stdout = is_dash(save_as)
    if to_stdout and as_json:
        raise UsageError("--save-as - and --json would both write to standard output", hint="give --save-as a file name")
    if save_as is not None and not to_stdout:
        check_output_path(save_as, "--save-as")
    return to_stdout


def _save_changed(changed: Topology, topo: Topology, save_as: Path, *, to_stdout: bool) -> None:
    """Write the changed topology to --save-as: standard output (in the input's format) or a file."""
    if to_stdout:
        write_stdout(dumps(changed, format=stdout_format(topo)))
    else:
        try:
            save(changed, save_as)
        except OSError as exc:
            raise output_write_error(save_as, "--save-as", exc) from None


def _json_payload(
    program_name: str,
    code: str,
    execution: Execution,
    evaluation: Evaluation,
    broken: Violation | None,
    saved_as: Optional[Path],
) -> dict[str, Any]:
    """The --json object: the result, the diff, timings and the error (a broken rule, or the program's failure)."""
    diff = evaluation.diff
    return {
        "query": None,
        "program": program_name,
        "code": code,
        "ok": execution.ok,
        "result": execution.value if execution.ok else None,
        "stdout": execution.stdout,
        "changed": bool(diff and not diff.is_empty()),
        "diff": diff.to_dict() if diff is not None else None,
        "applied": False,
        "saved_as": str(saved_as) if saved_as is not None else None,
        "model": None,
        "attempts": 1,
        "timings": execution.timings,
        "warnings": evaluation.warnings,
        "error": None
        if execution.ok and broken is None
        else {"kind": broken.kind, "message": broken.message, "line": None}
        if broken is not None
        else {"kind": execution.failure_kind, "message": execution.message, "line": execution.line},
    }


def register(app: typer.Typer) -> None:
    """Add ``run`` to the top-level app."""
    app.command("run")(run_command)
