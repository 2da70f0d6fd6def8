"""``netops cache``: see how much disk the caches take, and empty them.

Mounted by :mod:`netops.cli` as ``netops cache``. The work is done by
:mod:`netops.store.caches`; this module only renders it. Failures are raised as
``netops.errors`` exceptions, never tracebacks.
"""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from netops.errors import NetOpsError, StoreError
from netops.store import caches

__all__ = ["cache_app", "human_bytes"]

cache_app = typer.Typer(
    help=(
        "Show and empty the caches netops keeps on disk.\n\n"
        "prefix: saved llama.cpp prompt states ($NETOPS_CACHE_DIR/prompt-state, cap prefix_cache_mb). "
        "programs: answered requests' programs, in the netops database ($NETOPS_HOME/netops.db, "
        "cap program_cache_entries). "
        "models: assembled GGUF weights ($NETOPS_CACHE_DIR/models, cap model_cache_mb).\n\n"
        "Each cache evicts its least recently used entries beyond its cap; set a cap with "
        "NETOPS_PREFIX_CACHE_MB=256 (etc.) or in the config file. Everything in them can be "
        "rebuilt: clearing costs only time on the next request."
    ),
    no_args_is_help=True,
)


def human_bytes(size: int) -> str:
    """A byte count for people: ``512 B``, ``1.5 KiB``, ``64.0 MiB``, ``1.04 GiB``.

    >>> human_bytes(0), human_bytes(1536), human_bytes(64 * 1024 * 1024), human_bytes(1117320768)
    ('0 B', '1.5 KiB', '64.0 MiB', '1.04 GiB')
    """
    if size < 1024:
        return f"{size} B"
    if size < caches.MIB:
        return f"{size / 1024:.1f} KiB"
    if size < 1024 * caches.MIB:
        return f"{size / caches.MIB:.1f} MiB"
    return f"{size / (1024 * caches.MIB):.2f} GiB"


def _cap_text(info: caches.CacheInfo) -> str:
    if info.cap_unit == "entries":
        return f"{info.cap:,} entries"
    return human_bytes(info.cap)


@cache_app.command("info")
def info(
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List each cache: where it is, how many entries, how much disk, and its cap.

    Examples:

      netops cache info

      NETOPS_PREFIX_CACHE_MB=128 netops cache info --json
    """
    rows = caches.inventory()
    if as_json:
        print(json.dumps([row.to_dict() for row in rows], indent=2))
        return
    table = Table(title="netops caches", title_justify="left")
    table.add_column("cache", no_wrap=True)
    table.add_column("path", overflow="fold")
    table.add_column("entries", justify="right")
    table.add_column("size", justify="right", no_wrap=True)
    table.add_column("cap", justify="right", no_wrap=True)
    for row in rows:
        entries = "?" if row.error else f"{row.entries:,}"
        table.add_row(row.name, str(row.path), entries, human_bytes(row.bytes), _cap_text(row))
    console = Console(highlight=False)
    console.print(table)
    for row in rows:
        if row.error:
            console.print(f"{row.name}: {row.error}", style="yellow", markup=False)


@cache_app.command("clear")
def clear(
    prefix: bool = typer.Option(False, "--prefix", help="Saved prompt states (rebuilt on the next request)."),
    programs: bool = typer.Option(False, "--programs", help="Cached programs (requests are answered by the model again)."),
    models: bool = typer.Option(False, "--models", help="Assembled weights (re-assembled from the installed packages on next use)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Empty caches and say what was freed; with no flag, all of them.

    Nothing here is lost for good: prompt states are recomputed, programs
    regenerated and weights re-assembled when next needed. History, learned
    examples and the undo journal are not caches and are never touched.

    Examples:

      netops cache clear --prefix

      netops cache clear
    """
    chosen = [name for name, on in (("prefix", prefix), ("programs", programs), ("models", models)) if on]
    done = caches.clear(chosen or None)
    if as_json:
        print(json.dumps([item.to_dict() for item in done], indent=2))
    else:
        console = Console(highlight=False)
        for item in done:
            unit = "entry" if item.entries == 1 else "entries"
            console.print(
                f"{item.name}: freed {human_bytes(item.bytes)} ({item.entries} {unit}) in {item.path}",
                markup=False,
                soft_wrap=True,
            )
        console.print(f"total freed: {human_bytes(sum(item.bytes for item in done))}", markup=False)
    database = next((item for item in done if item.name == "programs" and item.errors), None)
    if database is not None:
        # The program cache lives in the netops database: a failure there is a damaged
        # or busy database (exit 3), not a permissions problem with a cache directory.
        raise StoreError(
            f"could not clear the program cache: {database.errors[0]}",
            path=str(database.path),
            hint="move the damaged database aside (netops starts a new one), or retry if another netops holds it",
        )
    problems = [problem for item in done for problem in item.errors]
    if problems:
        more = f" and {len(problems) - 1} more" if len(problems) > 1 else ""
        raise NetOpsError(
            f"could not clear everything: {problems[0]}{more}",
            hint="check the permissions of the cache directory, or set NETOPS_CACHE_DIR / NETOPS_HOME",
        )
