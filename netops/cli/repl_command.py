"""``netops repl``: the interactive front end."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from netops.errors import UsageError
from netops.settings import data_dir, load_settings

__all__ = ["register", "repl_command", "default_checks_path"]


def default_checks_path(topology: Path) -> Path:
    """Where ``:pin`` saves checks: ``<dir>/audits/<name>.checks.yaml`` beside the topology."""
    name = topology.name.split(".")[0]
    return topology.parent / "audits" / f"{name}.checks.yaml"


def repl_command(
    topology: Path = typer.Option(..., "-t", "--topology", help="Topology file to explore and change."),
    model: Optional[str] = typer.Option(
        None, "--model", "-m", envvar="NETOPS_MODEL", help="Embedded model name, GGUF file, or OpenAI-compatible URL."
    ),
    checks: Optional[Path] = typer.Option(
        None, "--checks", help="Audit checks file that :pin appends to (default: audits/<name>.checks.yaml beside the topology)."
    ),
    timeout: Optional[float] = typer.Option(
        None, "--timeout",
        help="Seconds each request may take in all: every attempt on every model tier, and running the program "
        "(default 45, or the 'deadline' setting; 0 = no limit). Past it the request fails and the session goes on.",
    ),
) -> None:
    """Talk to your network: ask, look, refine, change, undo.

    The model stays loaded between requests, so follow-ups are fast. Follow-ups
    may refer to the previous request ("only the ones in fra", "now shut them").
    Changes stay pending until :apply. Type :help inside for the commands.

    Example:  netops repl -t topologies/dc-fabric.yaml
    """
    from netops.answering.prefill import BackgroundPrefill
    from netops.answering.session import Session
    from netops.app import build_pipeline, open_store
    from netops.cli.ask import check_timeout
    from netops.cli.repl import Repl
    from netops.topology import load

    if str(topology) == "-":
        # The REPL reads requests from the terminal, and changes are applied to the file: both need a real file.
        raise UsageError("the REPL needs a topology file; -t - (stdin) cannot be used here")
    settings = load_settings(model=model, deadline=check_timeout(timeout))
    load(topology)  # a bad file fails here, before minutes of model loading
    store = open_store()
    console = Console(highlight=False)
    with console.status(f"loading {settings.model}...", spinner="dots"):
        pipeline = build_pipeline(settings, frontend="repl", store=store)
    # The working topology's prompt prefix is evaluated while the operator types (after :apply above all).
    prefill = BackgroundPrefill()
    session = Session(path=topology, pipeline=pipeline, store=store, prefill=prefill)
    checks_path = checks or default_checks_path(topology)

    def rebuild(spec: str):
        return build_pipeline(settings.with_overrides(model=spec), frontend="repl", store=store)

    def pin(name: str, question: str, program: str, expect: str) -> Path:
        from netops.audit import pin_check

        pin_check(checks_path, name, question, program, expect)
        return checks_path

    history = data_dir() / "repl_history"
    history.parent.mkdir(parents=True, exist_ok=True)
    repl = Repl(session, console, history_path=history, rebuild_pipeline=rebuild, pin=pin, model_name=settings.model)
    try:
        status = repl.run()
    finally:
        prefill.stop()  # before the engine is freed at exit
    raise typer.Exit(status)


def register(app: typer.Typer) -> None:
    """Add ``repl`` to the top-level app."""
    app.command("repl")(repl_command)
