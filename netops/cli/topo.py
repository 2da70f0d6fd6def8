"""``netops topo``: look at, check, convert and generate topology files."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table

from netops.cli.render import counts_table, schema_table
from netops.errors import UsageError
from netops.fsutil import check_output_path, output_write_error
from netops.stdio import display_name, is_dash, load_topology, stdout_format, write_stdout
from netops.topology import Topology, detect_format, dumps, save, summarize
from netops.topology.formats import FORMAT_MODULES, writable_formats
from netops.topology.model import INTERFACES

__all__ = ["topo_app", "topology_option", "link_stats"]

topo_app = typer.Typer(
    help=(
        "Inspect, validate, convert and generate topology files.\n\n"
        "Formats are chosen by extension (.yaml native, .clab.yml containerlab, .json "
        "node-link, .graphml, .gml) or by content; NetBox exports and Nornir inventories "
        "are read with --format netbox|nornir."
    ),
    no_args_is_help=True,
)

_FORMAT_HELP = f"Format name instead of guessing ({', '.join(FORMAT_MODULES)})."


def topology_option() -> Any:
    """The shared ``-t/--topology`` option (a file path, or ``-`` for standard input)."""
    return typer.Option(
        ..., "-t", "--topology",
        help="Topology file (.yaml, .clab.yml, .json, .graphml, .gml), or - to read it from stdin.",
        show_default=False,
    )


def _console() -> Console:
    """Stdout console; one-line results pass soft_wrap=True so a long path never splits a line a script greps."""
    return Console(highlight=False)


def lldp_option() -> Any:
    """The shared ``--lldp`` option: neighbour reports that add links to an inventory."""
    return typer.Option(
        None, "--lldp", metavar="FILE|DIR",
        help="Add links from LLDP neighbour reports: NAPALM get_lldp_neighbors JSON, or SuzieQ's lldp table "
        "(JSON or CSV); a directory is read file by file. Repeatable. For inventories without cabling "
        "(Nornir, NetBox without cables).",
        show_default=False,
    )


def _load(path: Path, fmt: Optional[str], lldp: Optional[list[Path]] = None) -> Topology:
    """Read ``-t`` (``-`` is standard input: its format from --format or the content), then attach LLDP links."""
    topo = load_topology(path, fmt)
    if lldp:
        from netops.topology.formats.lldp import attach_links, load_lldp

        reports = [report for source in lldp for report in load_lldp(source)]
        merge = attach_links(topo, reports, source=", ".join(str(source) for source in lldp))
        stderr = Console(stderr=True, highlight=False)
        stderr.print(
            f"LLDP: {merge.added} link(s) added, {merge.confirmed} already in the topology "
            f"({len(reports)} neighbour report(s))",
            soft_wrap=True, markup=False,
        )
    return topo


def link_stats(topology: Topology) -> dict[str, Any]:
    """Counts of links by status, kind and speed, and parallel-link pairs."""
    by_status: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    by_speed: Counter[str] = Counter()
    pairs: Counter[frozenset[str]] = Counter()
    with_interfaces = 0
    for a, b, _key, attrs in topology.links():
        by_status[str(attrs.get("status", "-"))] += 1
        by_kind[str(attrs.get("kind", "-"))] += 1
        by_speed[str(attrs.get("speed", "-"))] += 1
        pairs[frozenset((a, b))] += 1
        with_interfaces += INTERFACES in attrs
    return {
        "by_status": dict(by_status.most_common()),
        "by_kind": dict(by_kind.most_common()),
        "by_speed": dict(by_speed.most_common()),
        "parallel_pairs": sum(1 for n in pairs.values() if n > 1),
        "with_interfaces": with_interfaces,
    }


@topo_app.command("show")
def show(
    topology: Path = topology_option(),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help=_FORMAT_HELP),
    lldp: Optional[list[Path]] = lldp_option(),
    devices: bool = typer.Option(False, "--devices", "-d", help="Also list every device and its attributes."),
    as_json: bool = typer.Option(False, "--json", help="Print the schema summary as JSON."),
) -> None:
    """Show a topology's schema: attributes, types, samples and counts.

    This is the same summary the model sees instead of your data.

    Example:  netops topo show -t topologies/dc-fabric.yaml
    """
    topo = _load(topology, fmt, lldp)
    summary = summarize(topo)
    if as_json:
        print(json.dumps(summary.to_dict(), indent=2, default=str))
        return
    console = _console()
    console.print(schema_table(summary, title=f"{display_name(topology)} ({topo.source_format})"))
    console.print(counts_table(summary.counts))
    if topo.invariants:
        console.print(f"{len(topo.invariants)} invariant(s): " + ", ".join(i["id"] for i in topo.invariants))
    if devices:
        names = sorted({k for _, attrs in topo.devices() for k in attrs})
        table = Table(title="devices", title_justify="left", show_edge=False)
        table.add_column("name", style="cyan", no_wrap=True)
        for name in names:
            table.add_column(name)
        for node, attrs in sorted(topo.devices()):
            table.add_row(node, *("" if attrs.get(n) is None else str(attrs.get(n)) for n in names))
        console.print(table)


@topo_app.command("validate")
def validate(
    topology: Path = topology_option(),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help=_FORMAT_HELP),
    lldp: Optional[list[Path]] = lldp_option(),
) -> None:
    """Check that a topology file parses and keeps the structural rules.

    Checked: syntax, duplicate device names, dangling link endpoints, an
    interface used by two links, wrong types. A problem prints as
    FILE:LINE: problem and exits with code 3.
    """
    topo = _load(topology, fmt, lldp)
    _console().print(
        f"[green]ok[/green] {escape(display_name(topology))}: {topo.number_of_devices()} devices, "
        f"{topo.number_of_links()} links, format {topo.source_format}"
        + (f", {len(topo.invariants)} invariant(s) declared" if topo.invariants else ""),
        soft_wrap=True,
    )


@topo_app.command("convert")
def convert(
    output: Path = typer.Argument(
        ..., help="Where to write (- for stdout); the format follows the extension unless --to is given (stdout: "
        "the input's format, or YAML)."
    ),
    topology: Path = topology_option(),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help=_FORMAT_HELP),
    lldp: Optional[list[Path]] = lldp_option(),
    to: Optional[str] = typer.Option(None, "--to", help=f"Output format ({', '.join(writable_formats())})."),
    force: bool = typer.Option(False, "--force", help="Overwrite OUTPUT if it exists."),
) -> None:
    """Convert a topology between formats without losing attributes.

    Example:  netops topo convert -t topologies/campus.yaml campus.graphml

    Pipes:  netbox-export | netops topo convert -t - -f netbox --to graphml - > campus.graphml
    """
    if is_dash(output):
        # Standard output: nothing to overwrite, no extension to go by, and no status line
        # (stdout carries the topology alone, ready for a pipe or a redirection).
        topo = _load(topology, fmt, lldp)
        write_stdout(dumps(topo, format=stdout_format(topo, to)))
        return
    if output.exists() and not force:
        raise UsageError(f"{output} exists", hint="pass --force to overwrite it")
    check_output_path(output, "OUTPUT")
    topo = _load(topology, fmt, lldp)
    target = to or detect_format(output)
    if not is_dash(topology) and output.resolve() == topology.resolve():
        raise UsageError("input and output are the same file")
    try:
        save(topo, output, format=target)
    except OSError as exc:
        raise output_write_error(output, "OUTPUT", exc) from None
    _console().print(
        f"[green]wrote[/green] {output} ({target}): {topo.number_of_devices()} devices, "
        f"{topo.number_of_links()} links",
        soft_wrap=True,
    )


@topo_app.command("stats")
def stats(
    topology: Path = topology_option(),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help=_FORMAT_HELP),
    lldp: Optional[list[Path]] = lldp_option(),
    by: list[str] = typer.Option(
        ["role", "site", "vendor"], "--by", help="Node attribute to count by (repeatable)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
) -> None:
    """Count devices by role, site and vendor (or --by ATTR), and links by status, kind and speed.

    Example:  netops topo stats -t topologies/dc-fabric.yaml --by os_version --json
    """
    topo = _load(topology, fmt, lldp)
    counts = {attribute: dict(topo.counts_by(attribute).most_common()) for attribute in by}
    links = link_stats(topo)
    if as_json:
        payload = {
            "topology": display_name(topology),
            "devices": topo.number_of_devices(),
            "links": topo.number_of_links(),
            "devices_by": counts,
            "links_by": {k: v for k, v in links.items() if k.startswith("by_")},
            "parallel_pairs": links["parallel_pairs"],
        }
        print(json.dumps(payload, indent=2))
        return
    console = _console()
    console.print(
        f"[bold]{topo.name}[/bold]: {topo.number_of_devices()} devices, {topo.number_of_links()} links "
        f"({links['parallel_pairs']} device pairs with parallel links)"
    )
    console.print(counts_table(counts))
    link_tables = {name[3:]: values for name, values in links.items() if name.startswith("by_")}
    console.print(Group(counts_table(link_tables, title="links by")))


generate_app = typer.Typer(
    help="Generate synthetic fabrics for scale work (written to -o FILE, or YAML on stdout).",
    no_args_is_help=True,
)
topo_app.add_typer(generate_app, name="generate")


def _emit(topo: Topology, output: Optional[Path], force: bool) -> None:
    if output is None or is_dash(output):  # -o - is stdout too, as elsewhere
        write_stdout(dumps(topo, format="yaml"))
        return
    if output.exists() and not force:
        raise UsageError(f"{output} exists", hint="pass --force to overwrite it")
    check_output_path(output, "--output")
    try:
        fmt = save(topo, output)
    except OSError as exc:
        raise output_write_error(output, "--output", exc) from None
    Console(stderr=True, highlight=False).print(
        f"[green]wrote[/green] {output} ({fmt}): {topo.number_of_devices()} devices, "
        f"{topo.number_of_links()} links",
        soft_wrap=True,
    )


@generate_app.command("fat-tree")
def generate_fat_tree(
    k: int = typer.Option(4, "--k", "-k", help="Switch radix (even, >= 2): k=32 gives 1,280 switches and 8,192 hosts."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write (format by extension); - or none: YAML on stdout."),
    force: bool = typer.Option(False, "--force", help="Overwrite OUTPUT if it exists."),
) -> None:
    """A k-ary fat-tree: k²/4 core, k²/2 aggregation and k²/2 edge switches, k³/4 hosts."""
    from netops.topology.generate import fat_tree

    _emit(fat_tree(k), output, force)


@generate_app.command("leaf-spine")
def generate_leaf_spine(
    spines: int = typer.Option(4, "--spines", help="Number of spine switches."),
    leaves: int = typer.Option(8, "--leaves", help="Number of leaf switches."),
    hosts_per_leaf: int = typer.Option(4, "--hosts-per-leaf", help="Hosts attached to each leaf."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write (format by extension); - or none: YAML on stdout."),
    force: bool = typer.Option(False, "--force", help="Overwrite OUTPUT if it exists."),
) -> None:
    """A two-tier leaf-spine fabric: every leaf connects to every spine."""
    from netops.topology.generate import leaf_spine

    _emit(leaf_spine(spines, leaves, hosts_per_leaf), output, force)
