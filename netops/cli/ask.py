"""``netops ask``: one request, answered by the model, shown, and applied only if confirmed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, Optional

import typer
from rich.console import Console
from rich.markup import escape

from netops.answering.pipeline import Answer, Pipeline
from netops.answering.prompting import Turn
from netops.app import build_pipeline, open_store
from netops.cli.render import code_panel, confidence_renderables, diff_renderable, result_renderable, timings_text
from netops.errors import (
    ChangeRejected,
    DeadlineExceeded,
    NetOpsError,
    RetriesExhausted,
    UsageError,
)
from netops.fsutil import check_output_path, output_write_error
from netops.settings import load_settings
from netops.stdio import is_dash, load_topology, stdout_format, write_stdout
from netops.topology import Topology, dumps, save

if TYPE_CHECKING:
    from netops.store.database import Store

__all__ = ["register", "TIMEOUT_HELP", "check_timeout"]

#: Help text of ``--timeout`` on ``ask``, ``repl`` and ``eval``.
TIMEOUT_HELP = (
    "Seconds one request may take in all: every attempt on every model tier, and running the program "
    "(default 45, or the 'deadline' setting; 0 = no limit). Past it, nothing is changed and ask exits 4."
)


def check_timeout(timeout: float | None) -> float | None:
    """Validate a ``--timeout`` value (None: use the settings; 0: no deadline)."""
    if timeout is not None and not timeout >= 0:
        raise UsageError(f"--timeout must be a positive number of seconds (or 0 for no limit), not {timeout:g}")
    return timeout


def _edit(code: str) -> str:
    """Open the program in $EDITOR (vi by default) and return the edited text."""
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(code)
        name = handle.name
    try:
        subprocess.run([*editor.split(), name], check=False)
        return Path(name).read_text()
    finally:
        os.unlink(name)


def _show(console: Console, answer: Answer, *, explain: str | None = None) -> None:
    if answer.code:
        title = f"program ({answer.model}"
        title += ", from cache)" if answer.from_cache else f", {len(answer.attempts)} attempt(s))"
        console.print(code_panel(answer.code, title=title))
        if answer.adapted_from() is not None:
            console.print("[dim]adapted to this topology's attribute names before it ran (--json has the model's own)[/dim]")
    if explain:
        console.print(f"[dim]{explain}[/dim]")
    if not answer.ok:
        return
    if answer.stdout:
        console.print(answer.stdout.rstrip("\n"), markup=False)
    if answer.change_request:
        console.print(diff_renderable(answer.diff))
    else:
        console.print(result_renderable(answer.value))
    for line in confidence_renderables(answer):
        console.print(line)
    for warning in answer.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}")
    timings = timings_text(answer.timings)
    if timings is not None:
        console.print(timings)


def ask_command(
    query: str = typer.Argument(..., help="The request, in plain language (quote it)."),
    topology: Path = typer.Option(
        ..., "-t", "--topology",
        help="Topology file to ask about or change (- reads it from stdin; a change is then only shown, or "
        "written with --save-as).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (docs/architecture.md §3.2); never prompts."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Apply a valid change without asking (for scripts)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show the change but never apply it."),
    save_as: Optional[Path] = typer.Option(
        None, "--save-as",
        help="Write the changed topology to this file instead (- for stdout); the input stays untouched."
    ),
    model: Optional[str] = typer.Option(
        None, "--model", "-m", envvar="NETOPS_MODEL",
        help="Embedded model name, GGUF file, or OpenAI-compatible URL (http://host:port/v1).",
    ),
    explain: bool = typer.Option(False, "--explain", help="Also explain the program in plain language."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Ignore the program cache for this request."),
    retries: Optional[int] = typer.Option(None, "--retries", help="Repair attempts per model tier."),
    timeout: Optional[float] = typer.Option(None, "--timeout", help=TIMEOUT_HELP),
    samples: Optional[int] = typer.Option(
        None, "--samples", min=0,
        help="Extra candidate programs when the first is in doubt; the answer is chosen by what they do, and "
        "you see how many agree (default 4, or the 'samples' setting; 0 = first valid program wins).",
    ),
) -> None:
    """Ask a question about a topology, or request a change to it.

    A local model writes a short program, the sandbox runs it, the result is
    validated, and a change is shown as a diff and applied only after you
    confirm (or with --yes). Exit codes: 0 ok, 1 change declined or invalid,
    3 bad topology file, 4 no valid program (or --timeout passed), 5 no usable model.

    Examples:

      netops ask "which leaf switches in ams have a down uplink?" -t topologies/dc-fabric.yaml

      netops ask "shut the link between ams-leaf1 and ams-spine2" -t topologies/dc-fabric.yaml --dry-run
    """
    from netops.store.apply import load_for_change

    _check_flags(topology, save_as, as_json=as_json, yes=yes, dry_run=dry_run)
    save_to_stdout = is_dash(save_as)
    from_stdin = is_dash(topology)
    settings = load_settings(
        model=model, retries=retries, cache=False if no_cache else None, deadline=check_timeout(timeout),
        samples=samples,
    )
    topo, sha256 = (load_topology(topology), "") if from_stdin else load_for_change(topology)
    store = open_store(optional=True)  # a question needs no store; applying a change does (the journal)
    quiet = as_json
    # stdout carries the JSON object (--json) or the changed topology (--save-as -) alone.
    console = Console(highlight=False, stderr=quiet or save_to_stdout)
    status_console = Console(stderr=True, highlight=False)

    with status_console.status("loading the model...", spinner="dots") as spinner:
        pipeline = build_pipeline(settings, frontend="cli", store=store)
        answer = pipeline.ask(query, topo, on_status=lambda text: spinner.update(f"{text}..."))
        explanation = pipeline.explain(query, answer.code) if explain and answer.ok and answer.code else None

    while True:
        if not quiet:
            _show(console, answer, explain=explanation)
        if not answer.ok:
            _fail_unanswered(answer, quiet=quiet, deadline=settings.deadline)
        if not answer.changed:
            if quiet:
                print(json.dumps(answer.to_json(), indent=2, default=str))
            return
        assert answer.after is not None  # a changed answer always carries the changed topology
        if save_as is not None:
            _save_change(console, answer, topo, topology, save_as, as_json=quiet)
            return
        reason = _why_not_applied(dry_run=dry_run, from_stdin=from_stdin, yes=yes, quiet=quiet)
        if reason is not None:
            if quiet:
                print(json.dumps(answer.to_json(), indent=2, default=str))
            else:
                console.print(f"[dim]not applied ({reason})[/dim]")
            return
        choice = "y" if yes else typer.prompt("apply? [y/n/e(dit)/r(evise)]", default="n").strip().lower()[:1]
        if choice == "y":
            _apply_confirmed(console, pipeline, store, answer, query, topo, topology, sha256, quiet=quiet)
            return
        if choice == "e":
            answer = _edited_answer(console, pipeline, answer, query, topo)
            continue
        if choice == "r":
            more = typer.prompt("what should change?")
            answer = pipeline.ask(more, topo, context=[Turn(query, answer.code or "")], change_request=True)
            continue
        raise ChangeRejected("change declined; nothing was written")


def _fail_unanswered(answer: Answer, *, quiet: bool, deadline: float) -> NoReturn:
    """End a request the pipeline could not answer: exit 4, with the answer object first under --json."""
    if quiet:
        print(json.dumps(answer.to_json(), indent=2, default=str))
    if answer.error_kind == "deadline":
        raise DeadlineExceeded(answer.error, seconds=deadline)
    raise RetriesExhausted(answer.error or "no valid program", hint="rephrase the request, or try a larger --model")


def _apply_confirmed(
    console: Console,
    pipeline: Pipeline,
    store: Store | None,
    answer: Answer,
    query: str,
    topo: Topology,
    topology: Path,
    sha256: str,
    *,
    quiet: bool,
) -> None:
    """Apply a confirmed change to the topology file, journaled, and keep the request as a learned example."""
    from netops.store.apply import apply_change

    assert answer.after is not None
    if store is None:
        no_journal = ChangeRejected(
            "cannot apply: the journal that makes a change undoable cannot be written (see the warning above)",
            hint="set NETOPS_HOME to a writable directory, or write the changed topology with --save-as OUT",
        )
        _apply_failed(None, answer, no_journal, as_json=quiet)
        raise no_journal
    try:
        entry = apply_change(
            topology, answer.after, expected_sha256=sha256, store=store, request=query,
            summary=answer.diff.summary() if answer.diff is not None else None,
        )
    except NetOpsError as exc:
        _apply_failed(store, answer, exc, as_json=quiet)
        raise
    store.add_learned_example(
        query, answer.code or "", topology=topo.name, fingerprint=pipeline.context_for(topo).fingerprint
    )
    if quiet:
        print(json.dumps(answer.to_json(applied=True), indent=2, default=str))
    else:
        console.print(f"[green]applied[/green] to {topology} (journal #{entry.id}; undo with: netops undo -t {topology})")


def _edited_answer(console: Console, pipeline: Pipeline, answer: Answer, query: str, topo: Topology) -> Answer:
    """The answer of the program as the operator edited it in $EDITOR; ``answer`` itself if the edit fails."""
    edited = _edit(answer.code or "")
    evaluation = pipeline.evaluate_program(topo, edited, answer.change_request)
    if evaluation.violation is not None:
        console.print(
            f"[red]edited program failed:[/red] {evaluation.violation.kind}: "
            f"{escape(evaluation.violation.message)}"
        )
        return answer
    answer = Answer(request=query, change_request=answer.change_request)
    pipeline.complete_answer(answer, topo, edited, evaluation, model="edited", tier=0)
    return answer


def _check_flags(topology: Path, save_as: Optional[Path], *, as_json: bool, yes: bool, dry_run: bool) -> None:
    """Refuse contradictory flags before the model runs (exit 2)."""
    if dry_run and yes:
        raise UsageError("--dry-run and --yes contradict each other")
    if is_dash(save_as) and as_json:
        raise UsageError("--save-as - and --json would both write to standard output", hint="give --save-as a file name")
    if save_as is not None and not is_dash(save_as):
        check_output_path(save_as, "--save-as")  # before the model runs, not after
    # A topology read from stdin has no file to apply a change to: a change is shown, or saved with --save-as.
    if is_dash(topology) and yes:
        raise UsageError("--yes applies a change to the topology file, and -t - (stdin) has none",
                         hint="write the changed topology with --save-as OUT (or --save-as - for stdout)")


def _save_change(console: Console, answer: Answer, topo: Topology, topology: Path, save_as: Path, *, as_json: bool) -> None:
    """Write the changed topology to --save-as (a file, or stdout for ``-``); the input stays untouched."""
    assert answer.after is not None
    to_stdout = is_dash(save_as)
    if to_stdout:
        write_stdout(dumps(answer.after, format=stdout_format(topo)))
    else:
        try:
            save(answer.after, save_as)
        except OSError as exc:
            raise output_write_error(save_as, "--save-as", exc) from None
    if as_json:
        print(json.dumps(answer.to_json(saved_as=str(save_as)), indent=2, default=str))
    else:
        where = "standard output" if to_stdout else escape(str(save_as))
        console.print(f"[green]saved[/green] the changed topology to {where} ({escape(str(topology))} untouched)")


def _why_not_applied(*, dry_run: bool, from_stdin: bool, yes: bool, quiet: bool) -> str | None:
    """Why a valid change is only shown, not applied; None when the operator can confirm it (or said --yes)."""
    if dry_run:
        return "dry run"
    if from_stdin:
        return "the topology came from stdin, so there is no file to change; use --save-as OUT"
    if not yes and (quiet or not sys.stdin.isatty()):
        return "no terminal to confirm; pass --yes to apply"
    return None


def _apply_failed(store: Store | None, answer: Answer, exc: NetOpsError, *, as_json: bool) -> None:
    """Record and report a change that could not be applied (lost a race, file changed, store broken).

    The pipeline logged the answer as ``ok`` before the apply; history must
    say the change was rejected. With ``--json`` the answer object goes to
    stdout with ``applied: false`` and the error, so a script that lost a
    concurrent apply still gets its one JSON object.
    """
    kind = "rejected" if isinstance(exc, ChangeRejected) else "apply-failed"
    if store is not None and store.last_interaction_id is not None:
        try:
            store.set_outcome(store.last_interaction_id, kind, error=exc.message)
        except NetOpsError:
            pass  # the store itself may be what failed; the error below is what matters
    if as_json:
        payload = answer.to_json(applied=False)
        payload["error"] = {"kind": kind, "message": exc.message}
        print(json.dumps(payload, indent=2, default=str))


def register(app: typer.Typer) -> None:
    """Add ``ask`` to the top-level app."""
    app.command("ask")(ask_command)
