"""``netops history`` and ``netops undo``: what was asked, and taking back what was applied."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from netops.cli.render import code_panel, diff_renderable, result_renderable
from netops.errors import ChangeRejected, NetOpsError, UsageError

if TYPE_CHECKING:
    from netops.store.interactions import Interaction

__all__ = ["register", "history_command", "undo_command"]


def _local_time(iso: str, pattern: str = "%Y-%m-%d %H:%M:%S") -> str:
    """An ISO UTC timestamp as local time (``YYYY-MM-DD HH:MM:SS`` unless ``pattern`` says otherwise)."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime(pattern)
    except ValueError:
        return iso


def _seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}s"


def _one_line(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def history_command(
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="How many interactions to list, newest first."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    failed: bool = typer.Option(False, "--failed", help="Only requests that were not answered."),
    show: Optional[int] = typer.Option(None, "--show", metavar="ID", help="Print one interaction in full, with its program."),
) -> None:
    """List recent requests: time, request, outcome, model tier, attempts, total time.

    Every request from ask, repl, audit and eval is logged in the netops
    database ($NETOPS_HOME/netops.db).

    Examples:

      netops history --failed

      netops history --show 42
    """
    from netops.app import open_store

    store = open_store()
    if show is not None:
        item = store.interaction(show)
        if item is None:
            raise UsageError(f"no interaction #{show}", hint="`netops history` lists the ids")
        if as_json:
            print(json.dumps(item.to_dict(), indent=2, default=str))
            return
        _print_interaction(item)
        return

    items = store.history(limit=limit, failed=failed)
    if as_json:
        print(json.dumps([item.to_dict() for item in items], indent=2, default=str))
        return
    console = Console(highlight=False)
    if not items:
        console.print("no failed requests logged" if failed else "no requests logged yet")
        return
    console.print(_history_table(items))
    console.print("[dim]netops history --show ID prints one request with its program[/dim]")


def _print_interaction(item: Interaction) -> None:
    """``--show ID``: one interaction in full, with its program, error and result."""
    console = Console(highlight=False)
    console.print(f"[bold]#{item.id}[/bold] {_local_time(item.time)}  ({item.frontend})")
    console.print(f"request:   {item.request}", markup=False)
    if item.topology:
        console.print(f"topology:  {item.topology}", markup=False)
    outcome = "[green]ok[/green]" if item.ok else f"[red]{item.outcome}[/red]"
    cached = ", from cache" if item.from_cache else ""
    tier = "" if item.tier is None else f", tier {item.tier}"
    console.print(f"outcome:   {outcome} ({item.model or 'no model'}{tier}, {item.attempts} attempt(s){cached})")
    if item.timings:
        console.print("timings:   " + ", ".join(f"{k} {v:.2f}s" for k, v in item.timings.items()))
    if item.code:
        console.print(code_panel(item.code, title=f"program #{item.id}"))
    if item.error:
        console.print(f"[red]error:[/red] {escape(item.error)}")  # an error may quote code: [0], [model]
    if item.ok and isinstance(item.result, dict) and "value" in item.result:
        diff = item.result.get("diff")
        changed = bool(diff and diff.get("summary") and diff["summary"] != "no changes")
        if item.result["value"] is not None or not changed:
            console.print(result_renderable(item.result["value"]))
        if changed and diff is not None:
            console.print(f"change:    {diff['summary']}", markup=False)
    elif item.result is not None:
        console.print(result_renderable(item.result))


def _history_table(items: list[Interaction]) -> Table:
    """The history list: one row per interaction, newest first."""
    table = Table(show_edge=False, title_justify="left")
    table.add_column("id", justify="right", style="dim")
    table.add_column("time", no_wrap=True)
    table.add_column("request", overflow="fold", min_width=20)
    table.add_column("outcome")
    table.add_column("tier", justify="right")
    table.add_column("attempts", justify="right")
    table.add_column("total", justify="right")
    for item in items:
        outcome = "[green]ok[/green]" if item.ok else f"[red]{item.outcome}[/red]"
        if item.from_cache:
            outcome += " [dim](cache)[/dim]"
        table.add_row(
            str(item.id),
            _local_time(item.time, "%m-%d %H:%M"),  # short, so the table fits 80 columns
            _one_line(item.request),
            outcome,
            "" if item.tier is None else str(item.tier),
            str(item.attempts),
            _seconds(item.total_seconds),
        )
    return table


def _restore_diff(entry_path: str, before: bytes, fmt: Optional[str]):
    """The diff that restoring ``before`` over the current file makes, or None if either will not parse."""
    from netops.program.diff import diff_graphs
    from netops.topology import loads

    path = Path(entry_path)
    try:
        current = loads(path.read_bytes().decode("utf-8-sig"), format=fmt or "yaml", path=str(path))
        restored = loads(before.decode("utf-8-sig"), format=fmt or "yaml", path=str(path))
    except (NetOpsError, OSError, UnicodeDecodeError):
        return None
    return diff_graphs(current.graph, restored.graph)


def undo_command(
    topology: Optional[Path] = typer.Option(
        None, "-t", "--topology", help="Undo the latest change to this file (default: the latest change to any file)."
    ),
    yes: bool = typer.Option(False, "--yes", "-y", help="Restore without asking."),
) -> None:
    """Undo the latest applied change, restoring the file byte for byte.

    Shows what will be restored and asks first (unless --yes). Refuses if the
    file changed since the change was applied, so later edits are never lost.
    Exit codes: 0 restored, 1 nothing to undo, refused or declined.

    Example:  netops undo -t topologies/dc-fabric.yaml
    """
    from netops.app import open_store
    from netops.store.apply import undo, undoable

    store = open_store()
    entry = undoable(store, topology)
    console = Console(highlight=False)
    console.print(
        f"journal #{entry.id}, applied {_local_time(entry.time)} to {entry.path}", markup=False
    )
    if entry.request:
        console.print(f"request:  {entry.request}", markup=False)
    if entry.summary:
        console.print(f"change:   {entry.summary}", markup=False)
    diff = _restore_diff(entry.path, entry.before, entry.format)
    if diff is not None:
        console.print("undo will make this change:")
        console.print(diff_renderable(diff))
    if not yes:
        try:
            confirmed = typer.confirm(f"restore {entry.path} to its state before journal #{entry.id}?", default=False)
        except typer.Abort:
            confirmed = False
        if not confirmed:
            raise ChangeRejected("undo declined; nothing was restored")
    done = undo(store, topology, expected_id=entry.id)
    console.print(f"[green]restored[/green] {done.path} (journal #{done.id} undone)")


def register(app: typer.Typer) -> None:
    """Add ``history`` and ``undo`` to the top-level app."""
    app.command("history")(history_command)
    app.command("undo")(undo_command)
