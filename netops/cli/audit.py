"""``netops audit``: run a team's network rules, pinned as programs, against topology files.

Normal runs need no model: every check's program comes from the checks file
(hand-written) or from the lock file written by ``--freeze``. In CI (``CI``
set, or ``--no-llm``) a check whose lock entry is missing or stale is an
error (exit 3); in an interactive run it is regenerated with the model and
the lock is updated for review.

Exit codes (docs/architecture.md §3.1): 0 all good; 1 a check failed at or above
``--fail-on`` (with ``--diff``: a check newly fails); 2 usage; 3 bad checks,
lock or topology file, or a stale lock in CI; 4 the model could not produce
a valid program, or a pinned program failed in the sandbox; 5 nothing ran.

Tests inject a pipeline for freezing through the click context object:
``CliRunner().invoke(app, [...], obj={"pipeline": pipeline})``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from netops.audit import (
    FAIL_ON,
    AuditDiff,
    AuditRun,
    ChecksFile,
    FreezeReport,
    LockFile,
    NothingRan,
    diff_runs,
    freeze,
    load_checks,
    load_lock,
    lock_path_for,
    lock_problems,
    resolve_programs,
    run_audit,
    write_lock,
)
from netops.audit.report import FORMATS, display_path, report, report_diff
from netops.cli.run import check_wall_seconds
from netops.errors import AuditFailed, ExecutionError, RetriesExhausted, UsageError
from netops.fsutil import atomic_write_text, check_output_path, output_write_error
from netops.stdio import is_dash, load_topology
from netops.topology import Topology

__all__ = ["register", "audit_command", "ci_detected", "render_table", "render_diff_table"]

_FALSE = {"", "0", "false", "no", "off"}


def ci_detected(environ: Mapping[str, str] | None = None) -> bool:
    """Whether we run in CI: the ``CI`` environment variable is set to something true-ish.

    >>> ci_detected({"CI": "true"}), ci_detected({"CI": "0"}), ci_detected({})
    (True, False, False)
    """
    value = (environ if environ is not None else os.environ).get("CI")
    return value is not None and value.strip().lower() not in _FALSE


# -- rendering (rich) -------------------------------------------------------------------------

_OUTCOME_STYLE = {"pass": ("✔ pass", "green"), "error": ("! error", "bold magenta")}


def _outcome_text(severity: str, outcome: str) -> Text:
    if outcome == "fail":
        return Text("✘ fail", style="bold red" if severity == "error" else "yellow")
    label, style = _OUTCOME_STYLE[outcome]
    return Text(label, style=style)


def _findings_text(run_result: Any, limit: int = 3) -> str:
    path = display_path(run_result.topology_path)
    parts = []
    for finding in run_result.findings[:limit]:
        where = f" ({path}:{finding.line})" if path and finding.line else ""
        parts.append(f"{finding.label}{where}")
    if len(run_result.labels) > limit:
        parts.append(f"… {len(run_result.labels) - limit} more")
    return "\n".join(parts)


def render_table(run: AuditRun, *, fail_on: str) -> RenderableType:
    """The audit as a rich table: one row per check and topology, passing checks included."""
    several = len(run.topologies) > 1
    table = Table(
        show_edge=False,
        pad_edge=False,
        title_justify="left",
        title=f"netops audit: {len(run.checks)} checks on {len(run.topologies)} topology file(s)",
    )
    table.add_column("", no_wrap=True)
    table.add_column("check", style="cyan", no_wrap=True)
    table.add_column("sev", no_wrap=True)
    if several:
        table.add_column("topology", no_wrap=True)
    table.add_column("result", overflow="fold")
    for result in run.results:
        detail = Text(result.message)
        findings = _findings_text(result)
        if findings and result.outcome != "pass":
            detail.append("\n" + findings, style="dim")
        cells: list[RenderableType] = [
            _outcome_text(result.check.severity, result.outcome),
            result.check.id,
            result.check.severity,
        ]
        if several:
            cells.append(result.topology)
        cells.append(detail)
        table.add_row(*cells)
    counts = run.counts()
    summary = Text.assemble(
        (f"{counts['passed']} passed", "green"),
        ", ",
        (f"{counts['failed']} failed", "red" if counts["failed"] else ""),
        f" ({counts['failed_error']} error, {counts['failed_warning']} warning), ",
        (f"{counts['errors']} could not run", "magenta" if counts["errors"] else ""),
        f" in {run.seconds:.2f}s ({run.jobs} jobs); fail-on {fail_on}: exit {run.exit_code(fail_on)}",
    )
    return Group(table, summary)


def render_diff_table(diff: AuditDiff, *, fail_on: str) -> RenderableType:
    """The ``--diff`` view: each check's outcome on the base and on each head topology."""
    styles = {
        "broken": "bold red",
        "worse": "red",
        "fixed": "bold green",
        "better": "green",
        "unchanged": "dim",
        "error": "bold magenta",
    }
    base = ", ".join(display_path(t.path) or t.name for t in diff.base.topologies)
    table = Table(show_edge=False, pad_edge=False, title_justify="left", title=f"netops audit --diff {base}")
    table.add_column("change", no_wrap=True)
    table.add_column("check", style="cyan", no_wrap=True)
    table.add_column("sev", no_wrap=True)
    table.add_column("topology", no_wrap=True)
    table.add_column("base → head", overflow="fold")
    order = {"error": 0, "broken": 1, "worse": 2, "fixed": 3, "better": 4, "unchanged": 5}
    for entry in sorted(diff.entries, key=lambda e: order[e.change]):
        detail = Text(f"{entry.base.outcome}: {entry.base.message} → {entry.head.outcome}: {entry.head.message}")
        if entry.new:
            detail.append("\nnew: " + ", ".join(entry.new[:5]) + (" …" if len(entry.new) > 5 else ""), style="red")
        if entry.resolved:
            detail.append(
                "\nresolved: " + ", ".join(entry.resolved[:5]) + (" …" if len(entry.resolved) > 5 else ""),
                style="green",
            )
        table.add_row(
            Text(entry.change, style=styles[entry.change]),
            entry.check.id,
            entry.check.severity,
            entry.head.topology,
            detail,
        )
    counts = diff.counts()
    summary = Text(
        f"{counts['broken']} broken, {counts['worse']} worse, {counts['fixed']} fixed, {counts['better']} better, "
        f"{counts['unchanged']} unchanged, {counts['error']} could not run; fail-on {fail_on}: "
        f"exit {diff.exit_code(fail_on)}"
    )
    return Group(table, summary)


def _table_text(renderable: RenderableType) -> str:
    buffer = io.StringIO()
    Console(file=buffer, width=120, color_system=None, highlight=False, soft_wrap=False).print(renderable)
    return buffer.getvalue()


# -- the command ------------------------------------------------------------------------------


def _load_topologies(paths: Sequence[Path]) -> list[Topology]:
    topologies = [load_topology(path) for path in paths]  # `-t -`: one of them from stdin
    names = [t.name for t in topologies]
    if len(set(names)) != len(names):  # two files with the same name: tell them apart by path
        for topology, path in zip(topologies, paths, strict=True):
            topology.name = display_path(str(path)) or topology.name
    return topologies


def _pipeline(ctx: typer.Context, model: Optional[str]) -> Any:
    from netops.app import build_pipeline, open_store, pipeline_for
    from netops.settings import load_settings

    def build() -> Any:
        # A frozen program answers in every CI run to come: always cross-check it against samples.
        settings = load_settings(model=model, cache=False).with_overrides(sample_when="always")
        try:
            store = open_store()
        except Exception:  # noqa: BLE001 - logging is a convenience; freezing works without it
            store = None
        return build_pipeline(settings, frontend="audit", store=store)

    return pipeline_for(ctx.find_root().obj, build)


def _freeze(
    ctx: typer.Context,
    checks: ChecksFile,
    lock: LockFile,
    topology: Topology,
    model: Optional[str],
    only: Optional[list[str]],
    err: Console,
    force: bool = False,
) -> FreezeReport:
    with err.status("loading the model...", spinner="dots") as spinner:
        pipeline = _pipeline(ctx, model)
        result = freeze(
            checks.checks,
            lock,
            topology,
            pipeline,
            only=only,
            on_status=lambda text: spinner.update(f"freezing {text}"),
            force=force,
        )
    write_lock(result.lock, checks_name=display_path(str(checks.path)) or checks.path.name)
    for check_id in result.generated:
        err.print(f"[green]pinned[/green] {check_id} ({result.lock.entries[check_id].model})")
    for failure in result.failures:
        err.print(
            f"[red]no program[/red] {escape(failure.check_id)}: {escape(failure.message)}", markup=True, highlight=False
        )
    err.print(
        f"wrote {display_path(str(lock.path))}: {len(result.generated)} program(s) generated; "
        "review them before committing the lock"
    )
    if result.failures:
        ids = ", ".join(f.check_id for f in result.failures)
        raise RetriesExhausted(
            f"no valid program for {len(result.failures)} check(s): {ids}",
            hint="rephrase the question, give the check a hand-written 'program', or try a larger --model",
        )
    return result


def audit_command(
    ctx: typer.Context,
    checks_file: Path = typer.Argument(
        ..., metavar="CHECKS.yaml", help="Checks file: ids, questions, severities, expectations."
    ),
    topologies: list[Path] = typer.Option(
        ..., "-t", "--topology", help="Topology file to audit (- for stdin); repeat to audit several in one run.", show_default=False
    ),
    do_freeze: bool = typer.Option(
        False, "--freeze", help="Generate a program for every check with the model and write the lock file for review."
    ),
    force: bool = typer.Option(
        False, "--force",
        help="With --freeze: pin the chosen program even when the candidate programs disagreed (by default such "
        "a check is refused: its question is probably ambiguous).",
    ),
    llm: Optional[bool] = typer.Option(
        None,
        "--llm/--no-llm",
        help="Allow the model to regenerate missing or stale lock entries (default: --no-llm when CI is set).",
        show_default=False,
    ),
    fmt: str = typer.Option("table", "--format", "-f", help=f"Report format: {', '.join(FORMATS)}."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Write the report here instead of stdout (- is stdout)."
    ),
    fail_on: str = typer.Option(
        "error", "--fail-on", help="Fail (exit 1) on a failing check of this severity or above: error, warning, never."
    ),
    base: Optional[Path] = typer.Option(
        None,
        "--diff",
        metavar="BASE_TOPO",
        help="Compare with this base topology: report which checks a change to the topology breaks or fixes.",
    ),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, help="Checks run at once (default: the cores you have)."
    ),
    lock_file: Optional[Path] = typer.Option(
        None, "--lock", help="Lock file (default: CHECKS.lock.yaml beside the checks file)."
    ),
    only: list[str] = typer.Option([], "--check", help="Run only this check id (repeatable)."),
    timeout: float = typer.Option(10.0, "--timeout", help="Wall-clock seconds each program may run."),
    model: Optional[str] = typer.Option(
        None, "--model", "-m", help="Model for --freeze / regeneration (see netops ask --model)."
    ),
) -> None:
    """Run the checks of CHECKS.yaml against topology files, with the programs pinned in its lock file.

    Checks are questions in plain language with an expectation (empty, true,
    count <= N, equals: ...). `--freeze` has the model write and validate a
    program for each, into CHECKS.lock.yaml for review; normal runs use the
    lock and need no model. Exit codes: 0 ok, 1 a check failed at or above
    --fail-on, 3 bad checks/lock/topology (or a stale lock in CI), 4 no valid
    program or a program failed, 5 nothing ran.

    Examples:

      netops audit topologies/audits/dc-fabric.checks.yaml -t topologies/dc-fabric.yaml --freeze

      netops audit topologies/audits/dc-fabric.checks.yaml -t topologies/dc-fabric.yaml --format junit -o audit.xml

      netops audit checks.yaml -t new.yaml --diff old.yaml --format markdown
    """
    use_llm = _use_llm(fmt, fail_on, llm, do_freeze=do_freeze)
    check_wall_seconds(timeout)  # also refuses nan and inf, which `timeout <= 0` let through
    if is_dash(output):
        output = None  # `-o -` is standard output, the default: not a file named "-"
    if output is not None:
        check_output_path(output, "--output")  # before the checks run, not after
    err = Console(stderr=True, highlight=False, soft_wrap=True)

    all_checks = load_checks(checks_file)
    checks = all_checks.select(only) if only else all_checks
    if not checks.checks:
        raise NothingRan(f"{checks_file}: no checks to run", hint="add checks under 'checks:'")
    # --freeze reads an unverified lock so it can replace tampered or pre-hash entries; runs verify.
    lock = load_lock(lock_file or lock_path_for(checks_file), verify=not do_freeze)
    heads = _load_topologies(topologies)
    base_topology = load_topology(base) if base is not None else None

    # Freezing always sees the whole checks file, so entries of checks left out by --check stay in the lock.
    if do_freeze:
        lock = _freeze(
            ctx, all_checks, lock, heads[0], model, [c.id for c in checks.checks] if only else None, err, force
        ).lock
    else:
        problems = lock_problems(checks.checks, lock)
        if problems and use_llm:
            err.print(
                f"{len(problems)} check(s) need a program: "
                + ", ".join(p.describe() for p in problems)
                + f"; generating with the model on {heads[0].name}"
            )
            lock = _freeze(ctx, all_checks, lock, heads[0], model, [p.check_id for p in problems], err, force).lock
    programs = resolve_programs(checks.checks, lock)

    def run_on(topologies: list[Topology]) -> AuditRun:
        return run_audit(
            checks.checks,
            programs,
            topologies,
            jobs=jobs,
            timeout=timeout,
            checks_path=str(checks.path),
            lock_path=str(lock.path) if lock.exists else None,
        )

    run = run_on(heads)
    diff = diff_runs(run_on([base_topology]), run) if base_topology is not None else None
    _emit_report(run, diff, fmt, fail_on, output)
    if output is not None:
        err.print(f"wrote the {fmt} report to {output}")

    _finish(run, diff, fail_on)


def _use_llm(fmt: str, fail_on: str, llm: Optional[bool], *, do_freeze: bool) -> bool:
    """Check --format, --fail-on and --llm against --freeze (exit 2); whether the model may regenerate programs."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown --format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fail_on not in FAIL_ON:
        raise UsageError(f"unknown --fail-on {fail_on!r} (choose from {', '.join(FAIL_ON)})")
    use_llm = (not ci_detected()) if llm is None else llm
    if do_freeze and llm is False:
        raise UsageError("--freeze needs the model; it contradicts --no-llm")
    if do_freeze and llm is None and not use_llm:
        use_llm = True  # an explicit --freeze in CI is a deliberate request for the model
    return use_llm


def _emit_report(run: AuditRun, diff: Optional[AuditDiff], fmt: str, fail_on: str, output: Optional[Path]) -> None:
    """The report (of the diff when there is one) in ``fmt``, on stdout or written to ``output``."""
    if fmt == "table":
        renderable = (
            render_diff_table(diff, fail_on=fail_on) if diff is not None else render_table(run, fail_on=fail_on)
        )
        if output is None:
            Console(highlight=False, soft_wrap=False).print(renderable)
        else:
            _write_report(output, _table_text(renderable))
    else:
        text = report_diff(diff, fmt, fail_on=fail_on) if diff is not None else report(run, fmt, fail_on=fail_on)
        if output is None:
            typer.echo(text, nl=False)
        else:
            _write_report(output, text)


def _write_report(output: Path, text: str) -> None:
    """Write the report file atomically; a write that fails is a usage error naming --output."""
    try:
        atomic_write_text(output, text)
    except OSError as exc:
        raise output_write_error(output, "--output", exc) from None


def _finish(run: AuditRun, diff: Optional[AuditDiff], fail_on: str) -> None:
    errors = (
        [e.head for e in diff.entries if e.change == "error"]
        if diff is not None
        else [r for r in run.results if r.outcome == "error"]
    )
    if errors:
        shown = "; ".join(f"{r.check.id} on {r.topology}: {r.message}" for r in errors[:3])
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        raise ExecutionError(
            f"{len(errors)} check(s) could not be evaluated: {shown}{more}",
            hint="fix the check's program (hand-written or in the lock), or re-freeze it",
        )
    if diff is not None:
        regressions = diff.regressions(fail_on)
        if regressions:
            ids = ", ".join(f"{e.check.id} ({e.change})" for e in regressions[:10])
            raise AuditFailed(f"{len(regressions)} check(s) newly fail at or above --fail-on {fail_on}: {ids}")
        return
    failing = run.failing(fail_on)
    if failing:
        ids = ", ".join(sorted({r.check.id for r in failing}))
        raise AuditFailed(f"{len(failing)} check result(s) failed at or above --fail-on {fail_on}: {ids}")


def register(app: typer.Typer) -> None:
    """Add ``audit`` to the top-level app."""
    app.command("audit")(audit_command)
