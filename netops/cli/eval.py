"""``netops eval``: run the golden suite against a model and report accuracy, latency and failures.

The run itself lives in :mod:`netops.evaluation`; this module only wires flags,
the progress bar and the report. Tests inject a pipeline (or a factory) through
the click context object instead of patching::

    CliRunner().invoke(app, ["eval", "--json"], obj={"pipeline": pipeline})
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console, Group
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from netops.cli.render import code_panel
from netops.errors import UsageError
from netops.evaluation import (
    CATEGORIES,
    DIFFICULTIES,
    Case,
    CaseResult,
    RunComparison,
    compare_runs,
    default_suite_path,
    load_results,
    load_suite,
    results_document,
    run_suite,
    save_results,
)

__all__ = ["register", "eval_command"]


def _split(values: Optional[list[str]]) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def _pct(rate: Optional[float]) -> str:
    return "-" if rate is None else f"{rate * 100:.1f}%"


def _build_pipeline(
    ctx: typer.Context,
    *,
    model: Optional[str],
    retries: Optional[int],
    no_retrieval: bool,
    timeout: Optional[float] = None,
    samples: Optional[int] = None,
) -> Any:
    from netops.app import build_pipeline, pipeline_for
    from netops.settings import load_settings

    def build() -> Any:
        # The program cache is off: an evaluation measures the model, not earlier answers.
        settings = load_settings(model=model, retries=retries, cache=False, deadline=timeout, samples=samples)
        with Console(stderr=True, highlight=False).status("loading the model...", spinner="dots"):
            return build_pipeline(settings, frontend="eval", store=None)

    pipeline = pipeline_for(ctx.obj, build)
    settings = getattr(pipeline, "settings", None)
    overrides = {"retries": retries, "deadline": timeout, "samples": samples}
    if any(v is not None for v in overrides.values()) and settings is not None:
        # An injected pipeline takes the flags too (a built one already has them: this changes nothing).
        pipeline.settings = settings.with_overrides(**overrides)
    if no_retrieval and hasattr(pipeline, "examples"):
        from netops.answering.retrieval import ExampleIndex

        pipeline.examples = ExampleIndex([])
    return pipeline


def _model_name(pipeline: Any, fallback: Optional[str]) -> Optional[str]:
    tiers = getattr(pipeline, "tiers", None)
    if tiers:
        return " > ".join(str(getattr(t, "name", t)) for t in tiers)
    return getattr(pipeline, "name", None) or fallback


def _group_table(title: str, groups: dict[str, dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left", show_edge=False)
    table.add_column(title.split()[-1], style="cyan")
    table.add_column("cases", justify="right")
    table.add_column("passed", justify="right")
    table.add_column("pass@1", justify="right")
    for name, stats in groups.items():
        table.add_row(name, str(stats["cases"]), str(stats["passed"]), _pct(stats["pass_at_1"]))
    return table


def _summary_renderable(document: dict[str, Any]) -> Group:
    summary = document["summary"]
    head = Text.assemble(
        ("pass@1 ", "bold"),
        (_pct(summary["pass_at_1"]), "bold green" if (summary["pass_at_1"] or 0) >= 0.5 else "bold red"),
        f"  ({summary['passed']}/{summary['judged']} cases",
        f", {summary['errors']} not judged" if summary["errors"] else "",
        f"; model {document.get('model') or '?'})",
    )
    latency, tokens, attempts = summary["latency"], summary["tokens"], summary["attempts"]
    stats = Table(show_header=False, show_edge=False, box=None)
    stats.add_column(style="cyan")
    stats.add_column()
    stats.add_row("latency", f"p50 {latency['p50']:.2f}s  p90 {latency['p90']:.2f}s  max {latency['max']:.2f}s  total {latency['total']:.1f}s")
    stats.add_row(
        "tokens",
        f"prompt {tokens['prompt']} ({tokens['prompt_per_case']}/case)  completion {tokens['completion']} "
        f"({tokens['completion_per_case']}/case)  cached {tokens['cached']}",
    )
    stats.add_row(
        "attempts",
        f"{attempts['total']} total, {attempts['retries']} retries, mean {attempts['mean']}, "
        f"{attempts['passed_after_repair']} passed after a repair",
    )
    chosen = summary.get("selection") or {}
    if chosen.get("cases"):
        stats.add_row(
            "choosing",
            f"greedy alone {_pct(chosen['greedy_pass_at_1'])} -> chosen {_pct(chosen['selected_pass_at_1'])}, "
            f"pass@k {_pct(chosen['pass_at_k'])}; {chosen['candidates_per_case']} candidates/case, "
            f"{chosen['sampled_cases']} cases sampled",
        )
        stats.add_row(
            "calibration",
            "  ".join(f"{label} {_pct(c['accuracy'])} of {c['cases']}" for label, c in chosen["calibration"].items()) or "-",
        )
    stats.add_row("answered by", ", ".join(f"tier {k} x{v}" for k, v in summary["tiers"].items()) or "-")
    if summary["from_cache"]:
        stats.add_row("from cache", str(summary["from_cache"]))
    topologies = {Path(name).name: stats for name, stats in summary["by_topology"].items()}
    return Group(
        head,
        stats,
        _group_table("by category", summary["by_category"]),
        _group_table("by difficulty", summary["by_difficulty"]),
        _group_table("by topology", topologies),
        _group_table("by familiarity", summary.get("by_familiarity", {})),
    )


def _failure_renderable(result: dict[str, Any], index: int) -> Group:
    title = Text.assemble(
        (f"{index}. {result['id']}", "bold red" if result["status"] == "fail" else "bold yellow"),
        f"  [{result['category']}, {result['difficulty']}]  ",
        (result["topology"], "dim"),
    )
    lines = Table(show_header=False, show_edge=False, box=None)
    lines.add_column(style="cyan", no_wrap=True)
    lines.add_column(overflow="fold")
    lines.add_row("request", result["request"])
    lines.add_row("expected", _brief(result["expected"]))
    lines.add_row("got", _brief(result["got"]) if result["ok"] else "(no valid answer)")
    lines.add_row("why", result["reason"] or "-")
    lines.add_row("attempts", f"{result['attempts']} (tier {result['tier']}, {result['model']})" if result["attempts"] else "0")
    parts: list[Any] = [title, lines]
    if result.get("code"):
        parts.append(code_panel(result["code"], title="program"))
    return Group(*parts)


def _brief(value: Any, limit: int = 300) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _comparison_renderable(comparison: RunComparison, old_path: Path) -> Group:
    delta = comparison.delta
    head = Text.assemble(
        ("compared with ", "bold"),
        str(old_path),
        f": pass@1 {_pct(comparison.old_pass_at_1)} -> {_pct(comparison.new_pass_at_1)}",
        (f" ({delta * 100:+.1f} points)" if delta is not None else ""),
    )
    table = Table(show_header=False, show_edge=False, box=None)
    table.add_column(style="cyan", no_wrap=True)
    table.add_column(overflow="fold")
    table.add_row("fixed", ", ".join(comparison.fixed) or "-", style="green" if comparison.fixed else None)
    table.add_row("broken", ", ".join(comparison.broken) or "-", style="red" if comparison.broken else None)
    table.add_row("still failing", str(len(comparison.still_failing)))
    if comparison.added or comparison.removed:
        table.add_row("new cases", ", ".join(comparison.added) or "-")
        table.add_row("dropped cases", ", ".join(comparison.removed) or "-")
    changed = [
        f"{name} {_pct(v['old'])} -> {_pct(v['new'])}" for name, v in comparison.by_category.items() if v["old"] != v["new"]
    ]
    if changed:
        table.add_row("categories", "; ".join(changed))
    return Group(head, table)


def eval_command(
    ctx: typer.Context,
    suite: Optional[Path] = typer.Option(
        None, "--suite", "-s", help="Suite file or directory (default: tests/eval/suite in the current directory)."
    ),
    model: Optional[str] = typer.Option(
        None, "--model", "-m", envvar="NETOPS_MODEL",
        help="Embedded model name, GGUF file, or OpenAI-compatible URL (http://host:port/v1).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the whole run as one JSON object (the --save format)."),
    save: Optional[Path] = typer.Option(None, "--save", help="Write the run (summary and every case) to this JSON file."),
    compare: Optional[Path] = typer.Option(None, "--compare", help="A saved run to compare with: what got fixed, what broke."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", min=1, help="Run only the first N selected cases."),
    category: Optional[list[str]] = typer.Option(
        None, "--category", "-c", help=f"Only these categories (repeat or comma-separate): {', '.join(CATEGORIES)}."  # noqa: B008 - help text, built once
    ),
    difficulty: Optional[list[str]] = typer.Option(
        None, "--difficulty", "-d", help=f"Only these difficulties: {', '.join(DIFFICULTIES)}."  # noqa: B008 - help text, built once
    ),
    case_ids: Optional[list[str]] = typer.Option(None, "--id", help="Only these case ids (repeat or comma-separate)."),
    no_retrieval: bool = typer.Option(False, "--no-retrieval", help="Give the model no retrieved examples (ablation)."),
    retries: Optional[int] = typer.Option(None, "--retries", min=0, help="Repair attempts per model tier."),
    samples: Optional[int] = typer.Option(
        None, "--samples", min=0,
        help="Extra candidate programs per request when the first is in doubt (default 4, or the 'samples' "
        "setting; 0 = first valid program wins). The run reports greedy alone vs chosen, pass@k and calibration.",
    ),
    timeout: Optional[float] = typer.Option(
        None, "--timeout",
        help="Seconds each case's request may take in all: every attempt on every model tier, and running the "
        "program (default 45, or the 'deadline' setting; 0 = no limit). A case past it fails with cause 'deadline'.",
    ),
) -> None:
    """Run the golden suite and report pass@1, latency, tokens, retries and failures.

    Each case's request goes through the real pipeline (model, sandbox,
    validation); the answer is judged by meaning against the case's golden
    program. Program caching is off. Exit codes: 0 the suite ran (whatever
    the score), 2 bad flags, 3 bad suite or saved-run file, 5 no usable model.

    Examples:

      netops eval --limit 20 --category count,path

      netops eval --save runs/1.5b.json --compare runs/0.5b.json --model qwen2.5-coder-0.5b
    """
    from netops.cli.ask import check_timeout

    check_timeout(timeout)
    if save is not None and str(save) == "-":
        # Standard output already has a spelling here: --json prints the very document --save writes.
        raise UsageError("--save writes a file, not standard output", hint="--json prints the same document on stdout")
    suite_path = suite or default_suite_path()
    if suite is None and not suite_path.exists():
        raise UsageError(f"no suite at {suite_path}", hint="run from a source checkout, or pass --suite PATH")
    cases = load_suite(suite_path)
    categories, difficulties, ids = _split(category), _split(difficulty), _split(case_ids)
    selected = _select_cases(cases, suite_path, categories, difficulties, ids, limit)
    old_run = load_results(compare) if compare is not None else None  # a bad file fails before the slow part

    pipeline = _build_pipeline(
        ctx, model=model, retries=retries, no_retrieval=no_retrieval, timeout=timeout, samples=samples
    )
    results, interrupted = _run_with_progress(selected, pipeline)

    options = {
        "limit": limit,
        "categories": categories,
        "difficulties": difficulties,
        "ids": ids,
        "no_retrieval": no_retrieval,
        "retries": retries,
        "samples": samples,
        "sample_when": getattr(getattr(pipeline, "settings", None), "sample_when", None),
        "timeout": timeout,
        "interrupted": interrupted,
        "selected": len(selected),
    }
    document = results_document(results, suite=str(suite_path), model=_model_name(pipeline, model), options=options)
    comparison = compare_runs(old_run, document) if old_run is not None else None
    if comparison is not None:
        document["comparison"] = {"against": str(compare), **comparison.to_dict()}
    if save is not None:
        save_results(document, save)

    if as_json:
        print(json.dumps(document, indent=2, default=str))
    else:
        stopped = f"interrupted after {len(results)} of {len(selected)} cases" if interrupted else None
        _print_report(document, comparison, compare, save, stopped)
    if interrupted:
        raise typer.Exit(130)


def _select_cases(
    cases: list[Case],
    suite_path: Path,
    categories: list[str],
    difficulties: list[str],
    ids: list[str],
    limit: Optional[int],
) -> list[Case]:
    """The cases the filters select, in suite order; an unknown name or id, or no match, is a usage error."""
    for name in categories:
        if name not in CATEGORIES:
            raise UsageError(f"unknown category {name!r}", hint=f"choose from {', '.join(CATEGORIES)}")
    for name in difficulties:
        if name not in DIFFICULTIES:
            raise UsageError(f"unknown difficulty {name!r}", hint=f"choose from {', '.join(DIFFICULTIES)}")
    unknown_ids = sorted(set(ids) - {c.id for c in cases})
    if unknown_ids:
        raise UsageError(f"no case(s) with id {', '.join(unknown_ids)} in {suite_path}")
    selected = [
        c
        for c in cases
        if (not categories or c.category in categories)
        and (not difficulties or c.difficulty in difficulties)
        and (not ids or c.id in ids)
    ]
    if limit is not None:
        selected = selected[:limit]
    if not selected:
        raise UsageError("no case matches the filters")
    return selected


def _run_with_progress(selected: list[Case], pipeline: Any) -> tuple[list[CaseResult], bool]:
    """Run the selected cases under a progress bar on stderr; the results so far, and whether Ctrl-C stopped it."""
    status_console = Console(stderr=True, highlight=False)
    results: list[CaseResult] = []
    interrupted = False
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("[green]{task.fields[passed]} passed"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=status_console,
        transient=True,
    )
    with progress:
        task = progress.add_task("evaluating", total=len(selected), passed=0)
        try:
            for result in run_suite(selected, pipeline, on_start=lambda c: progress.update(task, description=c.id)):
                results.append(result)
                progress.update(task, advance=1, passed=sum(r.passed for r in results))
                if not status_console.is_terminal:  # CI logs: no live bar, so one line per case
                    status_console.print(
                        f"[{len(results)}/{len(selected)}] {result.id} {result.status} "
                        f"({result.attempts} attempt(s), {result.latency:.1f}s)",
                        markup=False,
                    )
        except KeyboardInterrupt:
            interrupted = True
    return results, interrupted


def _print_report(
    document: dict[str, Any],
    comparison: Optional[RunComparison],
    compare: Optional[Path],
    save: Optional[Path],
    stopped: Optional[str],
) -> None:
    """The run for a reader: the failures in full, the summary, the comparison, where it was saved, why it stopped."""
    console = Console(highlight=False)
    failures = [r for r in document["results"] if r["status"] != "pass"]
    if failures:
        console.rule(f"failures ({len(failures)})")
        for index, failure in enumerate(failures, 1):
            console.print(_failure_renderable(failure, index))
            console.print()
    console.rule("summary")
    console.print(_summary_renderable(document))
    if comparison is not None and compare is not None:
        console.print(_comparison_renderable(comparison, compare))
    if save is not None:
        console.print(f"[dim]saved to {save}[/dim]")
    if stopped is not None:
        console.print(f"[yellow]{stopped}[/yellow]")


def register(app: typer.Typer) -> None:
    """Add ``eval`` to the top-level app."""
    app.command("eval")(eval_command)
