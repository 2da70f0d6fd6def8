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
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "MAX_RENDER_CHARS",
    "MAX_ROWS",
    "code_panel",
    "counts_table",
    "diff_renderable",
    "error_text",
    "result_renderable",
    "schema_table",
    "timings_text",
]

#: Rows shown for a table result before "... N more" (JSON output is never cut).
MAX_ROWS = 200
#: Columns shown for a table result; wider ones say how many were left out.
MAX_COLUMNS = 40
#: Characters shown of one cell (or of a scalar result) before it is cut with a note.
MAX_CELL_CHARS = 2000
#: Characters of cell text one result may render in all: laying out a huge table or
#: string in the terminal takes seconds per megabyte, so display stops here (--json never cuts).
MAX_RENDER_CHARS = 100_000


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


def _cell(value: Any, limit: int = MAX_CELL_CHARS) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    return _clip(text, limit)


def _clip(text: str, limit: int) -> str:
    """``text``, cut to ``limit`` characters with a note saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit} more characters; use --json for all)"


def _add_rows(table: Table, rows: Sequence[Any], cells: Any) -> int:
    """Add up to MAX_ROWS rows, stopping early once MAX_RENDER_CHARS of text is in; return how many."""
    budget = MAX_RENDER_CHARS
    shown = 0
    for row in rows[:MAX_ROWS]:
        if budget <= 0:
            break
        texts = cells(row)
        budget -= sum(len(text) for text in texts)
        table.add_row(*texts)
        shown += 1
    return shown


def _row_cells(row: Any, width: int) -> list[str]:
    """The first ``width`` cells of a row (a list, or one scalar), as display text."""
    if isinstance(row, Sequence) and not isinstance(row, str):
        return [_cell(cell) for cell in row[:width]]
    return [_cell(row)]


def _more_note(shown: int, total: int, columns: int = 0, total_columns: int = 0, noun: str = "rows") -> str:
    parts = []
    if shown < total:
        parts.append(f"... {total - shown} more {noun}")
    if columns < total_columns:
        parts.append(f"{total_columns - columns} more columns")
    return ", ".join(parts) + " (use --json for all)" if parts else ""


def _set_caption(table: Table, caption: str | None) -> None:
    """Caption a table, widening a narrow one so the caption is not wrapped a few letters per line."""
    if caption:
        table.caption = caption
        table.min_width = len(caption)


def result_renderable(value: Any) -> RenderableType:
    """Render a program's JSON result: tables as tables, lists as a column, scalars plainly.

    What is shown is bounded whatever the result's size (rows, columns,
    characters per cell and in all), with a note saying what was left out.
    """
    if isinstance(value, Mapping) and set(value) >= {"columns", "rows"}:
        table = Table(show_edge=False)
        columns = list(value["columns"]) if isinstance(value["columns"], Sequence) else [value["columns"]]
        width = min(len(columns), MAX_COLUMNS)
        for column in columns[:width]:
            table.add_column(_cell(column, 100))
        rows = value["rows"] if isinstance(value["rows"], Sequence) else [value["rows"]]
        shown = _add_rows(table, rows, lambda row: _row_cells(row, width))
        _set_caption(table, _more_note(shown, len(rows), width, len(columns)))
        return table
    if isinstance(value, Mapping):
        table = Table(show_edge=False)
        table.add_column("key", style="cyan")
        table.add_column("value")
        items = list(value.items())
        shown = _add_rows(table, items, lambda item: [_cell(str(item[0])), _cell(item[1])])
        _set_caption(table, _more_note(shown, len(items), noun="items"))
        return table
    if isinstance(value, Sequence) and not isinstance(value, str):
        if value and all(isinstance(v, Sequence) and not isinstance(v, str) for v in value):
            table = Table(show_header=False, show_edge=False)
            total_columns = max(len(v) for v in value)
            width = min(total_columns, MAX_COLUMNS)
            for _ in range(width):
                table.add_column()
            shown = _add_rows(table, value, lambda row: _row_cells(row, width))
        else:
            table = Table(show_header=False, show_edge=False)
            table.add_column()
            total_columns = width = 1
            shown = _add_rows(table, value, lambda item: [_cell(item)])
        caption = f"{len(value)} item{'s' if len(value) != 1 else ''}"
        if shown < len(value) or width < total_columns:
            caption += f", first {shown} shown"
            if width < total_columns:
                caption += f" ({width} of {total_columns} columns)"
            caption += " (use --json for all)"
        _set_caption(table, caption)
        return table
    return Text(_cell(value, MAX_RENDER_CHARS // 5))


def error_text(message: str, hint: str | None = None) -> RenderableType:
    """The one-line error (and optional hint) shown for an expected failure."""
    text = Text.assemble(("error: ", "bold red"), message)
    if hint:
        text.append("\nhint: ", style="bold yellow")
        text.append(hint)
    return text


#: The stages of a request, in the order they happen (``Answer.timings`` keys).
TIMING_STAGES = ("prompt", "generate", "execute", "total")


def timings_text(timings: Mapping[str, float]) -> Text | None:
    """One dim line of where a request's time went, e.g. ``prompt 0.01s · generate 1.20s · total 1.27s``.

    Stages that did not happen (no generation for a cached program) are left
    out; None when nothing was timed. The line is dim: it is for the curious
    and for reporting slowness, not part of the answer.

    >>> timings_text({"total": 1.5, "prompt": 0.012, "generate": 1.2}).plain
    'prompt 0.01s · generate 1.20s · total 1.50s'
    >>> timings_text({}) is None
    True
    """
    parts = [f"{stage} {timings[stage]:.2f}s" for stage in TIMING_STAGES if stage in timings]
    if not parts:
        return None
    return Text(" · ".join(parts), style="dim")


def _attr_line(change: Any) -> str:
    before = "∅" if change.added else _cell(change.before)
    after = "∅" if change.removed else _cell(change.after)
    return f"{change.name}: {before} → {after}"


def diff_renderable(diff: Any, *, max_items: int = MAX_ROWS) -> RenderableType:
    """A ``TopologyDiff`` as a git-like list: + added, - removed, ~ changed.

    Every item is counted, but only the first ``max_items`` are laid out (each
    cut to a cell's length): a change to a huge topology must not take
    minutes to print.
    """
    if diff.is_empty():
        return Text("no changes", style="dim")
    lines = Text()
    total = 0

    def add(marker: str, style: str, text: str) -> None:
        nonlocal total
        total += 1
        if total <= max_items:
            lines.append(f"{marker} {_clip(text, MAX_CELL_CHARS)}\n", style=style)

    for name, attrs in diff.devices_added.items():
        add("+", "green", f"device {name} {_cell(attrs)}")
    for name in diff.devices_removed:
        add("-", "red", f"device {name}")
    for (a, b), _key, attrs in diff.links_added:
        add("+", "green", f"link {a} -- {b} {_cell(attrs)}")
    for (a, b), key, _attrs in diff.links_removed:
        add("-", "red", f"link {a} -- {b} (key {key})")
    for change in diff.devices_changed:
        add("~", "yellow", f"device {change.name}: " + "; ".join(_attr_line(c) for c in change.changes))
    for change in diff.links_changed:
        a, b = change.ends
        add("~", "yellow", f"link {a} -- {b}: " + "; ".join(_attr_line(c) for c in change.changes))
    for change in diff.graph_changes:
        add("~", "yellow", f"topology {_attr_line(change)}")
    if total > max_items:
        lines.append(f"... {total - max_items} more changes (use --json for all)\n", style="dim")
    lines.rstrip()
    return Panel(lines, title=f"diff: {diff.summary()}", expand=False)


_LABEL_STYLE = {"high": "green", "medium": "yellow", "low": "red"}


def confidence_renderables(answer: Any) -> list[RenderableType]:
    """How many programs agree with ``answer`` (a ``netops.answering.pipeline.Answer``), and the runner-up when the vote split.

    Nothing for an answer from one program that nothing cast doubt on.
    """
    confidence = answer.confidence()
    if confidence is None or confidence["label"] == "unchecked":
        return []
    style = _LABEL_STYLE.get(confidence["label"], "white")
    lines: list[RenderableType] = [
        Text.assemble((confidence["text"], style), f" (confidence {confidence['label']})")
    ]
    runner_up = answer.runner_up()
    if runner_up is None:
        return lines
    votes, trial = runner_up
    noun = "program" if votes == 1 else "programs"
    lines.append(Text(f"runner-up answer ({votes} {noun}; :alt in the REPL to pick it):", style="dim"))
    if answer.change_request and trial.evaluation is not None:
        lines.append(diff_renderable(trial.evaluation.diff, max_items=10))
    else:
        lines.append(result_renderable(trial.candidate.value))
    return lines
