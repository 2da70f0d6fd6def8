"""Audit reports as text: JSON, JUnit XML, SARIF 2.1.0, GitHub workflow commands, Markdown.

Each reporter takes an :class:`~netops.audit.AuditRun` (or, for ``--diff``,
an :class:`~netops.audit.AuditDiff`) and returns a string; the CLI writes it
to stdout or ``--output``. The ``table`` format is rendered by the CLI with
rich; nothing here imports a terminal library.

Every format lists passing checks too. Outcomes map as follows:

=========  ===============  ==================  ===================  ===============
outcome    JUnit            SARIF result        GitHub               Markdown
=========  ===============  ==================  ===================  ===============
pass       testcase         kind ``pass``       plain ``ok`` line    ✅
fail       ``<failure>``    kind ``fail``,      ``::error`` or       ❌ / ⚠️
           (type=severity)  level=severity,     ``::warning`` per
                            one per item        offending item
error      ``<error>``      kind ``review`` +   ``::error``          💥
                            a tool notification
=========  ===============  ==================  ===================  ===============

SARIF rule ids are the check ids (stable across runs and machines); a
finding's location is its line in the topology file where the format has
lines, and ``partialFingerprints`` identify the same finding across runs.

>>> sorted(FORMATS)
['github', 'json', 'junit', 'markdown', 'sarif', 'table']
"""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.etree import ElementTree as ET

from netops import __version__
from netops.audit import AuditDiff, AuditRun, CheckResult, DiffEntry, Finding
from netops.audit.run import TopologyRef

__all__ = [
    "FORMATS",
    "SARIF_SCHEMA_URI",
    "report",
    "report_diff",
    "to_json",
    "to_junit",
    "to_sarif",
    "to_github",
    "to_markdown",
    "diff_to_json",
    "diff_to_markdown",
    "diff_to_github",
    "display_path",
    "github_escape_data",
    "github_escape_property",
]

#: Report formats of ``netops audit --format``; ``table`` is rendered by the CLI.
FORMATS = ("table", "json", "junit", "sarif", "github", "markdown")
SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
TOOL_NAME = "netops-audit"
#: Annotations emitted per failing result in the GitHub format (the rest are summarized).
GITHUB_MAX_PER_RESULT = 20

_OUTCOME_ICON = {"pass": "✅", "error": "💥"}
_CHANGE_ICON = {"broken": "❌", "worse": "🔺", "fixed": "✅", "better": "🔻", "unchanged": "·", "error": "💥"}


def display_path(path: str | None) -> str | None:
    """A path as reports show it: relative to the working directory when inside it, with ``/`` separators.

    >>> display_path(None) is None
    True
    """
    if path is None:
        return None
    candidate = Path(path)
    try:
        candidate = candidate.resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        pass
    return candidate.as_posix()


def _icon(result: CheckResult) -> str:
    if result.outcome == "fail":
        return "❌" if result.check.severity == "error" else "⚠️"
    return _OUTCOME_ICON[result.outcome]


def _finding_data(finding: Finding, path: str | None) -> dict[str, Any]:
    data: dict[str, Any] = {"label": finding.label, "kind": finding.kind, "devices": list(finding.devices)}
    data["file"] = path
    data["line"] = finding.line
    return data


def _result_data(result: CheckResult) -> dict[str, Any]:
    path = display_path(result.topology_path)
    data: dict[str, Any] = {
        "check": result.check.id,
        "question": result.check.question,
        "severity": result.check.severity,
        "expect": result.check.expect.to_data(),
        "topology": result.topology,
        "topology_path": path,
        "outcome": result.outcome,
        "message": result.message,
        "count": result.count,
        "findings": [_finding_data(f, path) for f in result.findings],
        "findings_truncated": len(result.labels) > len(result.findings),
        "value": result.value,
        "program_origin": result.origin,
        "seconds": round(result.seconds, 4),
    }
    if result.outcome == "error":
        data["error"] = {"kind": result.error_kind, "line": result.error_line, "message": result.message}
    return data


def _summary(run: AuditRun, fail_on: str) -> dict[str, Any]:
    counts = run.counts()
    return {
        "checks": len(run.checks),
        "topologies": len(run.topologies),
        "results": counts["total"],
        "passed": counts["passed"],
        "failed": counts["failed"],
        "errors": counts["errors"],
        "failed_by_severity": {"error": counts["failed_error"], "warning": counts["failed_warning"]},
        "fail_on": fail_on,
        "failing": len(run.failing(fail_on)),
        "exit_code": run.exit_code(fail_on),
    }


def to_json(run: AuditRun, *, fail_on: str = "error") -> str:
    """One JSON object: the summary, the topologies and every result (passing ones included)."""
    payload = {
        "tool": TOOL_NAME,
        "version": __version__,
        "checks_file": display_path(run.checks_path),
        "lock_file": display_path(run.lock_path),
        "started_at": run.started_at,
        "seconds": round(run.seconds, 4),
        "jobs": run.jobs,
        "summary": _summary(run, fail_on),
        "topologies": [{"name": t.name, "path": display_path(t.path), "format": t.format} for t in run.topologies],
        "results": [_result_data(r) for r in run.results],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n"


# -- JUnit -----------------------------------------------------------------------------------


def _finding_text(finding: Finding, path: str | None) -> str:
    where = f"{path}:{finding.line}" if path and finding.line else path or ""
    return f"{finding.label}" + (f"  ({where})" if where else "")


def _details(result: CheckResult) -> str:
    path = display_path(result.topology_path)
    lines = [
        f"question: {result.check.question}",
        f"expect: {result.check.expect.describe()}",
        f"result: {result.message}",
    ]
    if result.findings:
        lines.append("offending items:")
        lines.extend(f"  - {_finding_text(f, path)}" for f in result.findings)
        if len(result.labels) > len(result.findings):
            lines.append(f"  ... and {len(result.labels) - len(result.findings)} more")
    lines.append(f"program: from the {'checks file' if result.origin == 'checks' else 'lock file'}")
    return "\n".join(lines) + "\n"


def _seconds(value: float) -> str:
    return f"{value:.3f}"


def to_junit(run: AuditRun, *, fail_on: str = "error") -> str:
    """JUnit XML: one ``<testsuite>`` per topology, one ``<testcase>`` per check.

    A failed check is a ``<failure type="error|warning">`` whatever
    ``--fail-on`` says (the exit code is what gates CI); a check that could
    not be evaluated is an ``<error>``. Valid against the Jenkins/Ant JUnit
    schema.
    """
    counts = run.counts()
    root = ET.Element(
        "testsuites",
        {
            "name": "netops audit",
            "tests": str(counts["total"]),
            "failures": str(counts["failed"]),
            "errors": str(counts["errors"]),
            "time": _seconds(run.seconds),
        },
    )
    hostname = socket.gethostname() or "localhost"
    for topology in run.topologies:
        results = [r for r in run.results if r.topology == topology.name and r.topology_path == topology.path]
        suite = _junit_suite(root, run, topology, results, hostname, fail_on)
        for result in results:
            _junit_case(suite, topology.name, result)
        ET.SubElement(suite, "system-out").text = ""
        ET.SubElement(suite, "system-err").text = ""
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _junit_suite(
    root: ET.Element, run: AuditRun, topology: TopologyRef, results: list[CheckResult], hostname: str, fail_on: str
) -> ET.Element:
    """The ``<testsuite>`` of one topology with its counts and ``<properties>`` (its test cases come after)."""
    suite = ET.SubElement(
        root,
        "testsuite",
        {
            "name": f"netops audit: {topology.name}",
            "tests": str(len(results)),
            "failures": str(sum(r.outcome == "fail" for r in results)),
            "errors": str(sum(r.outcome == "error" for r in results)),
            "skipped": "0",
            "time": _seconds(sum(r.seconds for r in results)),
            "timestamp": (run.started_at or "1970-01-01T00:00:00Z").rstrip("Z"),
            "hostname": hostname,
        },
    )
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("topology", display_path(topology.path) or topology.name),
        ("checks_file", display_path(run.checks_path) or ""),
        ("lock_file", display_path(run.lock_path) or ""),
        ("fail_on", fail_on),
        ("netops_version", __version__),
    ):
        ET.SubElement(properties, "property", {"name": name, "value": value})
    return suite


def _junit_case(suite: ET.Element, topology_name: str, result: CheckResult) -> None:
    """One check's ``<testcase>``: a ``<failure>``, an ``<error>``, or its details as ``<system-out>``."""
    case = ET.SubElement(
        suite,
        "testcase",
        {
            "name": result.check.id,
            "classname": f"netops.audit.{topology_name}",
            "time": _seconds(result.seconds),
        },
    )
    if result.outcome == "fail":
        failure = ET.SubElement(
            case,
            "failure",
            {
                "message": f"{result.check.question} — {result.message}",
                "type": result.check.severity,
            },
        )
        failure.text = _details(result)
    elif result.outcome == "error":
        error = ET.SubElement(case, "error", {"message": result.message, "type": result.error_kind or "error"})
        error.text = _details(result)
    else:
        out = ET.SubElement(case, "system-out")
        out.text = _details(result)


# -- SARIF -------------------------------------------------------------------------------------


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _rules(run: AuditRun) -> list[dict[str, Any]]:
    rules = []
    for check in run.checks:
        program = run.programs.get(check.id)
        origin = (
            "hand-written in the checks file" if program and program.origin == "checks" else "pinned in the lock file"
        )
        rule: dict[str, Any] = {
            "id": check.id,
            "name": "".join(part.capitalize() for part in check.id.replace(".", "-").replace("_", "-").split("-")),
            "shortDescription": {"text": check.question},
            "fullDescription": {"text": check.description or check.question},
            "help": {
                "text": f"{check.question}\nExpected: {check.expect.describe()}.\nProgram: {origin}.",
                "markdown": f"**{check.question}**\n\nExpected: `{check.expect.describe()}`. Program: {origin}.",
            },
            "defaultConfiguration": {"level": check.severity},
            "properties": {"tags": ["netops-audit", *check.tags], "expect": check.expect.describe()},
        }
        rules.append(rule)
    return rules


def _uri(path: str | None) -> dict[str, Any]:
    """A repository-relative URI (resolved against %SRCROOT%), or a file URI for paths outside the tree."""
    if path is None:
        return {"uri": "topology", "uriBaseId": "%SRCROOT%"}
    if Path(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path), "uriBaseId": "%SRCROOT%"}


def _artifact_location(path: str | None, index: int | None) -> dict[str, Any]:
    location: dict[str, Any] = _uri(path)
    if index is not None:
        location["index"] = index
    return location


def _sarif_location(path: str | None, index: int | None, line: int | None, finding: Finding | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact_location(path, index)}
    if line:
        physical["region"] = {"startLine": line}
    location: dict[str, Any] = {"physicalLocation": physical}
    if finding is not None and finding.kind in ("device", "link"):
        location["logicalLocations"] = [{"name": finding.label, "kind": "object", "fullyQualifiedName": finding.label}]
    return location


def _sarif_results(
    run: AuditRun,
    artifact_index: dict[tuple[str, str | None], int],
    baseline: Callable[[CheckResult, Finding | None], str | None] | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rule_index = {check.id: i for i, check in enumerate(run.checks)}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for result in run.results:
        path = display_path(result.topology_path)
        index = artifact_index.get((result.topology, result.topology_path))
        common = {"ruleId": result.check.id, "ruleIndex": rule_index[result.check.id]}
        if result.outcome == "pass":
            entry = {
                **common,
                "kind": "pass",
                "level": "none",
                "message": {"text": f"{result.check.question} — passed on {result.topology} ({result.message})."},
                "locations": [_sarif_location(path, index, None, None)],
                "partialFingerprints": {"netopsCheck/v1": _fingerprint(result.check.id, result.topology)},
            }
            _set_baseline(entry, baseline, result, None)
            results.append(entry)
        elif result.outcome == "error":
            text = f"{result.check.question} — could not be evaluated on {result.topology}: {result.message}"
            entry = {
                **common,
                "kind": "review",
                "level": "none",
                "message": {"text": text},
                "locations": [_sarif_location(path, index, None, None)],
                "partialFingerprints": {"netopsCheck/v1": _fingerprint(result.check.id, result.topology)},
            }
            _set_baseline(entry, baseline, result, None)
            results.append(entry)
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": text},
                    "descriptor": {"id": result.check.id, "index": rule_index[result.check.id]},
                    "locations": [_sarif_location(path, index, None, None)],
                }
            )
        else:
            findings: list[Finding | None] = list(result.findings) or [None]
            for finding in findings:
                if finding is None:
                    text = f"{result.check.question} — {result.message} (expected {result.check.expect.describe()})."
                    line = None
                    fingerprint = _fingerprint(result.check.id, result.topology)
                else:
                    text = f"{finding.label} — {result.check.question} (expected {result.check.expect.describe()})."
                    line = finding.line
                    fingerprint = _fingerprint(result.check.id, result.topology, finding.label)
                entry = {
                    **common,
                    "kind": "fail",
                    "level": result.check.severity,
                    "message": {"text": text},
                    "locations": [_sarif_location(path, index, line, finding)],
                    "partialFingerprints": {"netopsFinding/v1": fingerprint},
                }
                _set_baseline(entry, baseline, result, finding)
                results.append(entry)
    return results, notifications


def _set_baseline(entry: dict[str, Any], baseline: Any, result: CheckResult, finding: Finding | None) -> None:
    if baseline is None:
        return
    state = baseline(result, finding)
    if state is not None:
        entry["baselineState"] = state


def to_sarif(run: AuditRun, *, fail_on: str = "error", _baseline: Any = None) -> str:
    """SARIF 2.1.0: one run, a rule per check (id = check id), results for passing and failing checks.

    Each offending item is its own result located at its line in the
    topology file; a failed check without items (``true``, ``equals``,
    ``count`` on a number) is located at the file. Checks that could not be
    evaluated are ``review`` results and tool execution notifications.
    """
    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[tuple[str, str | None], int] = {}
    for topology in run.topologies:
        artifact_index[(topology.name, topology.path)] = len(artifacts)
        artifacts.append(
            {
                "location": _uri(display_path(topology.path) or topology.name),
                "roles": ["analysisTarget"],
                **({"mimeType": "application/yaml"} if topology.format in ("yaml", "clab") else {}),
            }
        )
    results, notifications = _sarif_results(run, artifact_index, _baseline)
    invocation: dict[str, Any] = {
        "executionSuccessful": not notifications,
        "exitCode": run.exit_code(fail_on),
    }
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    document = {
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": _rules(run),
                    }
                },
                "automationDetails": {
                    "id": f"netops-audit/{Path(run.checks_path).name if run.checks_path else 'checks'}/"
                },
                "invocations": [invocation],
                "artifacts": artifacts,
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {
                    "checksFile": display_path(run.checks_path),
                    "lockFile": display_path(run.lock_path),
                    "failOn": fail_on,
                },
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"


# -- GitHub workflow commands ---------------------------------------------------------------------


def github_escape_data(text: str) -> str:
    """Escape a workflow-command message (``%``, CR, LF).

    >>> github_escape_data("50% done\\nnext")
    '50%25 done%0Anext'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_escape_property(text: str) -> str:
    """Escape a workflow-command property value (also ``:`` and ``,``).

    >>> github_escape_property("a:b,c")
    'a%3Ab%2Cc'
    """
    return github_escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(
    kind: str, message: str, *, file: str | None = None, line: int | None = None, title: str | None = None
) -> str:
    props = []
    if file:
        props.append(f"file={github_escape_property(file)}")
    if file and line:
        props.append(f"line={line}")
    if title:
        props.append(f"title={github_escape_property(title)}")
    return f"::{kind}{' ' + ','.join(props) if props else ''}::{github_escape_data(message)}"


def _github_result(result: CheckResult) -> list[str]:
    path = display_path(result.topology_path)
    title = f"netops audit: {result.check.id} ({result.topology})"
    if result.outcome == "pass":
        return [f"ok    {result.check.id} [{result.topology}]: {result.message}"]
    if result.outcome == "error":
        return [_command("error", f"could not evaluate: {result.message}", file=path, title=title)]
    kind = "error" if result.check.severity == "error" else "warning"
    lines = []
    shown = result.findings[:GITHUB_MAX_PER_RESULT]
    for finding in shown:
        lines.append(
            _command(
                kind,
                f"{finding.label} — {result.check.question} (expected {result.check.expect.describe()})",
                file=path,
                line=finding.line,
                title=title,
            )
        )
    rest = len(result.labels) - len(shown)
    if not shown or rest > 0:
        more = f" ({rest} more offending items not annotated)" if shown else ""
        lines.append(
            _command(
                kind,
                f"{result.check.question}: {result.message} (expected {result.check.expect.describe()}){more}",
                file=path,
                title=title,
            )
        )
    return lines


def to_github(run: AuditRun, *, fail_on: str = "error") -> str:
    """GitHub Actions workflow commands: an ``::error``/``::warning`` per offending item, at its file and line.

    Passing checks are plain ``ok`` lines; the last line is the summary.
    """
    lines = [f"::group::netops audit: {len(run.checks)} checks on {len(run.topologies)} topology file(s)"]
    for result in run.results:
        lines.extend(_github_result(result))
    lines.append("::endgroup::")
    lines.append(_summary_line(run, fail_on))
    return "\n".join(lines) + "\n"


def _summary_line(run: AuditRun, fail_on: str) -> str:
    c = run.counts()
    return (
        f"netops audit: {c['passed']} passed, {c['failed']} failed "
        f"({c['failed_error']} error, {c['failed_warning']} warning), {c['errors']} could not run; "
        f"fail-on {fail_on}: exit {run.exit_code(fail_on)}"
    )


# -- Markdown ------------------------------------------------------------------------------------


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def _md_findings(result: CheckResult, limit: int = 3) -> str:
    if not result.labels:
        return ""
    shown = ", ".join(f"`{_md(label)}`" for label in result.labels[:limit])
    more = f" +{len(result.labels) - limit} more" if len(result.labels) > limit else ""
    return f": {shown}{more}"


def to_markdown(run: AuditRun, *, fail_on: str = "error") -> str:
    """A Markdown summary (for PR comments and job summaries): counts, a table of every result, details of failures."""
    c = run.counts()
    lines = [
        "## netops audit",
        "",
        f"**{c['passed']} passed**, **{c['failed']} failed** "
        f"({c['failed_error']} error, {c['failed_warning']} warning), "
        f"**{c['errors']} could not run** — {len(run.checks)} checks on "
        + ", ".join(f"`{_md(display_path(t.path) or t.name)}`" for t in run.topologies)
        + f"; fail-on `{fail_on}` → exit {run.exit_code(fail_on)}.",
        "",
        "| | check | severity | topology | expected | result |",
        "|---|---|---|---|---|---|",
    ]
    for result in run.results:
        lines.append(
            f"| {_icon(result)} | `{_md(result.check.id)}` | {result.check.severity} | {_md(result.topology)} | "
            f"{_md(result.check.expect.describe())} | {_md(result.message)}{_md_findings(result)} |"
        )
    problems = [r for r in run.results if r.outcome != "pass"]
    if problems:
        lines += ["", "### Details", ""]
        for result in problems:
            path = display_path(result.topology_path)
            lines.append(
                f"<details><summary>{_icon(result)} <code>{_md(result.check.id)}</code> on "
                f"{_md(result.topology)}: {_md(result.message)}</summary>"
            )
            lines.append("")
            lines.append(f"*{_md(result.check.question)}* — expected {_md(result.check.expect.describe())}.")
            lines.append("")
            for finding in result.findings:
                where = f" — `{path}:{finding.line}`" if path and finding.line else ""
                lines.append(f"- `{_md(finding.label)}`{where}")
            if len(result.labels) > len(result.findings):
                lines.append(f"- … and {len(result.labels) - len(result.findings)} more")
            lines += ["", "</details>", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


# -- diff reports -----------------------------------------------------------------------------------


def _diff_entry_data(entry: DiffEntry) -> dict[str, Any]:
    return {
        "check": entry.check.id,
        "question": entry.check.question,
        "severity": entry.check.severity,
        "topology": entry.head.topology,
        "change": entry.change,
        "base": {"outcome": entry.base.outcome, "message": entry.base.message, "count": entry.base.count},
        "head": {"outcome": entry.head.outcome, "message": entry.head.message, "count": entry.head.count},
        "new_items": entry.new,
        "resolved_items": entry.resolved,
        "head_findings": [_finding_data(f, display_path(entry.head.topology_path)) for f in entry.head.findings],
    }


def diff_to_json(diff: AuditDiff, *, fail_on: str = "error") -> str:
    """One JSON object: base and head topologies, counts by change, and an entry per check and head topology."""
    payload = {
        "tool": TOOL_NAME,
        "version": __version__,
        "checks_file": display_path(diff.head.checks_path),
        "base": [{"name": t.name, "path": display_path(t.path)} for t in diff.base.topologies],
        "head": [{"name": t.name, "path": display_path(t.path)} for t in diff.head.topologies],
        "summary": {
            **diff.counts(),
            "fail_on": fail_on,
            "regressions": len(diff.regressions(fail_on)),
            "exit_code": diff.exit_code(fail_on),
        },
        "changes": [_diff_entry_data(e) for e in diff.entries],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n"


def _base_name(diff: AuditDiff) -> str:
    return ", ".join(display_path(t.path) or t.name for t in diff.base.topologies)


def diff_to_markdown(diff: AuditDiff, *, fail_on: str = "error") -> str:
    """What a change to the topology breaks or fixes, as Markdown for a pull-request comment."""
    counts = diff.counts()
    lines = [
        "## netops audit: what this change does to the checks",
        "",
        f"Base `{_md(_base_name(diff))}` → head "
        + ", ".join(f"`{_md(display_path(t.path) or t.name)}`" for t in diff.head.topologies)
        + f": **{counts['broken']} broken**, {counts['worse']} worse, **{counts['fixed']} fixed**, "
        f"{counts['better']} better, {counts['unchanged']} unchanged, {counts['error']} could not run; "
        f"fail-on `{fail_on}` → exit {diff.exit_code(fail_on)}.",
        "",
        "| | check | severity | topology | change | base | head |",
        "|---|---|---|---|---|---|---|",
    ]
    order = {"error": 0, "broken": 1, "worse": 2, "fixed": 3, "better": 4, "unchanged": 5}
    for entry in sorted(diff.entries, key=lambda e: order[e.change]):
        detail = ""
        if entry.new:
            detail += " new: " + ", ".join(f"`{_md(x)}`" for x in entry.new[:3]) + (" …" if len(entry.new) > 3 else "")
        if entry.resolved:
            detail += (
                " resolved: "
                + ", ".join(f"`{_md(x)}`" for x in entry.resolved[:3])
                + (" …" if len(entry.resolved) > 3 else "")
            )
        lines.append(
            f"| {_CHANGE_ICON[entry.change]} | `{_md(entry.check.id)}` | {entry.check.severity} | "
            f"{_md(entry.head.topology)} | {entry.change} | {entry.base.outcome}: {_md(entry.base.message)} | "
            f"{entry.head.outcome}: {_md(entry.head.message)}{detail} |"
        )
    return "\n".join(lines) + "\n"


def diff_to_github(diff: AuditDiff, *, fail_on: str = "error") -> str:
    """Annotations for regressions (new offending items, located in the head file); other changes as plain lines."""
    lines = []
    for entry in diff.entries:
        head = entry.head
        path = display_path(head.topology_path)
        title = f"netops audit: {entry.check.id} {entry.change}"
        if entry.change == "error":
            lines.append(_command("error", f"could not evaluate: {head.message}", file=path, title=title))
        elif entry.regression:
            kind = "error" if entry.check.severity == "error" else "warning"
            new = set(entry.new)
            located = [f for f in head.findings if f.label in new][:GITHUB_MAX_PER_RESULT]
            for finding in located:
                lines.append(
                    _command(
                        kind,
                        f"{finding.label} — {entry.check.question} (newly failing)",
                        file=path,
                        line=finding.line,
                        title=title,
                    )
                )
            if not located:
                lines.append(
                    _command(
                        kind, f"{entry.check.question}: {entry.base.message} → {head.message}", file=path, title=title
                    )
                )
        else:
            lines.append(f"{entry.change:<9} {entry.check.id} [{head.topology}]: {entry.base.outcome} → {head.outcome}")
    counts = diff.counts()
    lines.append(
        f"netops audit --diff: {counts['broken']} broken, {counts['worse']} worse, {counts['fixed']} fixed, "
        f"{counts['better']} better, {counts['unchanged']} unchanged, {counts['error']} could not run; "
        f"exit {diff.exit_code(fail_on)}"
    )
    return "\n".join(lines) + "\n"


def _diff_baseline(diff: AuditDiff) -> Callable[[CheckResult, Finding | None], str | None]:
    by_key = {(e.head.check.id, e.head.topology): e for e in diff.entries}

    def state(result: CheckResult, finding: Finding | None) -> str | None:
        entry = by_key.get((result.check.id, result.topology))
        if entry is None:
            return None
        if result.outcome != "fail":
            return "unchanged" if entry.base.outcome == result.outcome else "updated"
        if entry.base.outcome != "fail":
            return "new"
        if finding is None:
            return "unchanged" if entry.change == "unchanged" else "updated"
        return "new" if finding.label in set(entry.new) else "unchanged"

    return state


def _diff_junit(diff: AuditDiff, *, fail_on: str = "error") -> str:
    return to_junit(diff.head, fail_on=fail_on)


def _diff_sarif(diff: AuditDiff, *, fail_on: str = "error") -> str:
    return to_sarif(diff.head, fail_on=fail_on, _baseline=_diff_baseline(diff))


_REPORTERS: dict[str, Callable[..., str]] = {
    "json": to_json,
    "junit": to_junit,
    "sarif": to_sarif,
    "github": to_github,
    "markdown": to_markdown,
}

_DIFF_REPORTERS: dict[str, Callable[..., str]] = {
    "json": diff_to_json,
    "junit": _diff_junit,
    "sarif": _diff_sarif,
    "github": diff_to_github,
    "markdown": diff_to_markdown,
}


def report(run: AuditRun, fmt: str, *, fail_on: str = "error") -> str:
    """Render a run in ``fmt`` (any of ``FORMATS`` except ``table``)."""
    try:
        reporter = _REPORTERS[fmt]
    except KeyError:
        raise ValueError(f"no text reporter for format {fmt!r}") from None
    return reporter(run, fail_on=fail_on)


def report_diff(diff: AuditDiff, fmt: str, *, fail_on: str = "error") -> str:
    """Render a diff in ``fmt``: JUnit is the head run; SARIF the head run with ``baselineState`` against the base."""
    try:
        reporter = _DIFF_REPORTERS[fmt]
    except KeyError:
        raise ValueError(f"no text reporter for format {fmt!r}") from None
    return reporter(diff, fail_on=fail_on)
