"""Rich renderables for the terminal front ends (cli, repl).

Only this module, ``cli`` and ``repl`` import rich. Functions here take plain
data (schema summaries, JSON-able results, diffs as dicts) and return
renderables; they never print and hold no business logic.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text

from netops.topology.schema import SchemaSummary

__all__ = [
    "schema_table",
    "counts_table",
    "code_panel",
    "result_renderable",
    "error_text",
    "diff_renderable",
    "MAX_ROWS",
]

#: Rows shown for a table result before "... N more" (JSON output is never cut).
MAX_ROWS = 200


def schema_table(summary: SchemaSummary, *, title: str | None = None) -> RenderableType:
    """Attribute names, types, coverage and samples for nodes and links."""
    head = Text.assemble(
        (summary.name, "bold"),
        f": {summary.devices} devices, {summary.links} links",
        (f" ({summary.parallel_links} parallel)" if summary.parallel_links else ""),
    )
    tables: list[RenderableType] = [head]
    for label, attributes, total in (
        ("Node attributes", summary.node_attributes, summary.devices),
        ("Link attributes", summary.link_attributes, summary.links),
    ):
        table = Table(title=label, title_justify="left", show_edge=False, expand=False)
        table.add_column("attribute", style="cyan", no_wrap=True)
        table.add_column("type")
        table.add_column("present", justify="right")
        table.add_column("samples", overflow="fold")
        for attr in attributes:
            table.add_row(
                attr.name,
                "|".join(attr.types),
                f"{attr.present}/{total}",
                ", ".join(json.dumps(v, default=str, ensure_ascii=False)[:40] for v in attr.samples),
            )
        tables.append(table)
    return Panel(Group(*tables), title=title or "topology", expand=False)


def counts_table(counts: Mapping[str, Mapping[str, int]], *, title: str = "devices by") -> RenderableType:
    """One small table per grouping attribute (role, site, vendor, ...)."""
    parts: list[RenderableType] = []
    for attribute, values in counts.items():
        table = Table(title=f"{title} {attribute}", title_justify="left", show_edge=False)
        table.add_column(attribute, style="cyan")
        table.add_column("devices", justify="right")
        for value, count in values.items():
            table.add_row(str(value), str(count))
        parts.append(table)
    return Group(*parts) if parts else Text("no grouping attributes (role/site/vendor) found")


def code_panel(code: str, *, title: str = "program") -> RenderableType:
    """The generated program, syntax-highlighted with line numbers."""
    return Panel(Syntax(code, "python", line_numbers=True, word_wrap=True), title=title, expand=False)


def _cell(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, default=str, ensure_ascii=False)


def result_renderable(value: Any) -> RenderableType:
    """Render a program's JSON result: tables as tables, lists as a column, scalars plainly."""
    if isinstance(value, Mapping) and set(value) >= {"columns", "rows"}:
        table = Table(show_edge=False)
        for column in value["columns"]:
            table.add_column(str(column))
        rows = value["rows"]
        for row in rows[:MAX_ROWS]:
            table.add_row(*(_cell(cell) for cell in row))
        if len(rows) > MAX_ROWS:
            table.caption = f"... {len(rows) - MAX_ROWS} more rows (use --json for all)"
        return table
    if isinstance(value, Mapping):
        table = Table(show_edge=False)
        table.add_column("key", style="cyan")
        table.add_column("value")
        items = list(value.items())
        for key, item in items[:MAX_ROWS]:
            table.add_row(str(key), _cell(item))
        if len(items) > MAX_ROWS:
            table.caption = f"... {len(items) - MAX_ROWS} more (use --json for all)"
        return table
    if isinstance(value, Sequence) and not isinstance(value, str):
        if value and all(isinstance(v, Sequence) and not isinstance(v, str) for v in value):
            table = Table(show_header=False, show_edge=False)
            width = max(len(v) for v in value)
            for _ in range(width):
                table.add_column()
            for row in value[:MAX_ROWS]:
                table.add_row(*(_cell(c) for c in row))
        else:
            table = Table(show_header=False, show_edge=False)
            table.add_column()
            for item in value[:MAX_ROWS]:
                table.add_row(_cell(item))
        caption = f"{len(value)} item{'s' if len(value) != 1 else ''}"
        if len(value) > MAX_ROWS:
            caption += f", first {MAX_ROWS} shown (use --json for all)"
        table.caption = caption
        return table
    return Text(_cell(value))


def error_text(message: str, hint: str | None = None) -> RenderableType:
    """The one-line error (and optional hint) shown for an expected failure."""
    text = Text.assemble(("error: ", "bold red"), message)
    if hint:
        text.append("\nhint: ", style="bold yellow")
        text.append(hint)
    return text


def _attr_line(change: Any) -> str:
    before = "∅" if change.added else _cell(change.before)
    after = "∅" if change.removed else _cell(change.after)
    return f"{change.name}: {before} → {after}"


def diff_renderable(diff: Any, *, max_items: int = MAX_ROWS) -> RenderableType:
    """A ``TopologyDiff`` as a git-like list: + added, - removed, ~ changed."""
    if diff.is_empty():
        return Text("no changes", style="dim")
    lines = Text()

    def add(marker: str, style: str, text: str) -> None:
        lines.append(f"{marker} {text}\n", style=style)

    shown = 0
    for name, attrs in diff.devices_added.items():
        add("+", "green", f"device {name} {_cell(attrs)}")
        shown += 1
    for name in diff.devices_removed:
        add("-", "red", f"device {name}")
        shown += 1
    for (a, b), key, attrs in diff.links_added:
        add("+", "green", f"link {a} -- {b} {_cell(attrs)}")
        shown += 1
    for (a, b), key, _attrs in diff.links_removed:
        add("-", "red", f"link {a} -- {b} (key {key})")
        shown += 1
    for change in diff.devices_changed:
        add("~", "yellow", f"device {change.name}: " + "; ".join(_attr_line(c) for c in change.changes))
        shown += 1
    for change in diff.links_changed:
        a, b = change.ends
        add("~", "yellow", f"link {a} -- {b}: " + "; ".join(_attr_line(c) for c in change.changes))
        shown += 1
    for change in diff.graph_changes:
        add("~", "yellow", f"topology {_attr_line(change)}")
    lines.rstrip()
    return Panel(lines, title=f"diff: {diff.summary()}", expand=False)
