"""``netops run``: execute a given program in the sandbox, with no model.

Useful for pinned audit programs, for trying the topology API by hand, and
for anyone testing the sandbox. A program that changes the topology shows a
diff; ``--save-as OUT`` writes the changed topology to OUT and never touches
the input file.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from netops.diff import diff_graphs
from netops.errors import ProgramFileError, SandboxFailure, UsageError
from netops.fsutil import check_output_path, output_write_error
from netops.render import code_panel, diff_renderable, result_renderable
from netops.topology import Topology, load, save
from netops.topology.formats.guards import read_input_bytes

__all__ = ["register", "read_program", "check_wall_seconds"]


def check_wall_seconds(value: float, option: str = "--timeout") -> float:
    """Validate a per-program wall-clock limit: a finite number of seconds above zero.

    0, negative numbers, ``nan`` and ``inf`` are usage errors (exit 2): the
    sandbox needs a real limit to kill a runaway program.
    """
    if not (math.isfinite(value) and value > 0):
        raise UsageError(f"{option} must be a positive number of seconds, not {value:g}")
    return value


def read_program(path: Path) -> str:
    """Read a program file, mapping I/O and encoding problems to ``ProgramFileError``.

    A UTF-8 byte-order mark (editors on Windows add one) is dropped, as it
    is for topology and checks files; left in, it is not valid Python.
    """
    # The guards every user file gets: no devices or pipes (/dev/zero would be read
    # until memory runs out, a pipe would wait forever), a size cap, exit 3.
    raw = read_input_bytes(path, kind="program", error=ProgramFileError, missing="no such file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProgramFileError("not UTF-8 text", path=str(path), line=raw[: exc.start].count(b"\n") + 1) from None


def run_command(
    program: Path = typer.Argument(..., help="Python file: uses G, nx and the helpers; assigns `result`."),
    topology: Path = typer.Option(..., "-t", "--topology", help="Topology file to run against."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (result, diff, timings)."),
    read_only: bool = typer.Option(False, "--read-only", help="Fail if the program changes the topology."),
    save_as: Optional[Path] = typer.Option(
        None, "--save-as", help="Write the changed topology here (format by extension); the input is never touched."
    ),
    show_code: bool = typer.Option(False, "--code", help="Print the program before its result."),
    timeout: float = typer.Option(10.0, "--timeout", help="Wall-clock seconds before the program is killed."),
) -> None:
    """Run PROGRAM in the sandbox against a topology, with no model involved.

    The program sees G (the topology as a networkx MultiGraph), nx (pure
    networkx algorithms) and the netops helpers, and assigns its answer to
    `result`. Imports, file and network access are refused.

    Example:  netops run check.py -t topologies/dc-fabric.yaml --json
    """
    from netops.execute import execute
    from sandbox import Limits

    check_wall_seconds(timeout)
    if save_as is not None:
        check_output_path(save_as, "--save-as")
    code = read_program(program)
    topo: Topology = load(topology)
    execution = execute(topo, code, read_only=read_only, limits=Limits(wall_seconds=timeout))
    diff = diff_graphs(topo.graph, execution.graph_after) if execution.graph_after is not None else None
    saved = False
    if execution.ok and save_as is not None and execution.graph_after is not None:
        changed = Topology(
            execution.graph_after, name=topo.name, invariants=topo.invariants, source_format=topo.source_format
        )
        try:
            save(changed, save_as)
        except OSError as exc:
            raise output_write_error(save_as, "--save-as", exc) from None
        saved = True
    if as_json:
        payload = {
            "query": None,
            "program": str(program),
            "code": code,
            "ok": execution.ok,
            "result": execution.value if execution.ok else None,
            "stdout": execution.stdout,
            "changed": bool(diff and not diff.is_empty()),
            "diff": diff.to_dict() if diff is not None else None,
            "applied": False,
            "saved_as": str(save_as) if saved else None,
            "model": None,
            "attempts": 1,
            "timings": execution.timings,
            "error": None
            if execution.ok
            else {"kind": execution.failure_kind, "message": execution.message, "line": execution.line},
        }
        print(json.dumps(payload, indent=2, default=str))
        if not execution.ok:
            raise typer.Exit(SandboxFailure.exit_code)
        return
    console = Console(highlight=False)
    if show_code:
        console.print(code_panel(code, title=str(program)))
    if execution.stdout:
        console.print(execution.stdout.rstrip("\n"), markup=False)
    if not execution.ok:
        raise SandboxFailure(execution.failure_kind or "runtime", execution.message or "failed", line=execution.line)
    console.print(result_renderable(execution.value))
    if diff is not None:
        console.print(diff_renderable(diff))
    if saved:
        console.print(f"[green]saved[/green] the changed topology to {save_as} ({topology} untouched)")
    elif diff is not None and not diff.is_empty():
        console.print("[dim]not applied: use --save-as OUT to write the changed topology[/dim]")


def register(app: typer.Typer) -> None:
    """Add ``run`` to the top-level app."""
    app.command("run")(run_command)
