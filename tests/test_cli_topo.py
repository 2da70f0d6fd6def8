"""``netops topo`` as users meet it: output, JSON, exit codes, nothing written on failure."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from netops.cli import app
from netops.topology import load, same_topology

TINY = """\
name: tiny
nodes:
  - {name: a, role: spine, site: ams, vendor: arista}
  - {name: b, role: leaf, site: ams, vendor: cisco}
  - {name: c, role: leaf, site: fra, vendor: cisco}
links:
  - {endpoints: [a:Ethernet1, b:Ethernet49], speed: 100000, status: up}
  - {endpoints: [a:Ethernet2, c:Ethernet49], speed: 100000, status: down}
"""

runner = CliRunner()


@pytest.fixture
def tiny(tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY)
    return path


def test_help_teaches_with_examples():
    """Top-level help lists the command groups and topo help shows an example."""
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "topo" in result.output and "run" in result.output
    result = runner.invoke(app, ["topo", "convert", "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_stats_json_counts_by_role_site_vendor(tiny):
    """`topo stats --json` prints device counts by role, site and vendor and link counts by status."""
    result = runner.invoke(app, ["topo", "stats", "-t", str(tiny), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["devices_by"]["role"] == {"leaf": 2, "spine": 1}
    assert data["devices_by"]["site"] == {"ams": 2, "fra": 1}
    assert data["links_by"]["by_status"] == {"up": 1, "down": 1}


def test_stats_table_mentions_counts(tiny):
    """The rich table form shows the same counts."""
    result = runner.invoke(app, ["topo", "stats", "-t", str(tiny)])
    assert result.exit_code == 0
    assert "cisco" in result.output and "2" in result.output


def test_show_prints_the_schema(tiny):
    """`topo show` prints attribute names and sample values."""
    result = runner.invoke(app, ["topo", "show", "-t", str(tiny)])
    assert result.exit_code == 0
    assert "vendor" in result.output and "arista" in result.output


@pytest.mark.parametrize("suffix", [".json", ".graphml", ".gml", ".clab.yml", ".yaml"])
def test_convert_round_trips_through_every_writable_format(tiny, tmp_path, suffix):
    """Converting to a format and back gives the same devices, links and attributes."""
    out = tmp_path / f"converted{suffix}"
    result = runner.invoke(app, ["topo", "convert", "-t", str(tiny), str(out)])
    assert result.exit_code == 0, result.output
    back = tmp_path / "back.yaml"
    result = runner.invoke(app, ["topo", "convert", "-t", str(out), str(back)])
    assert result.exit_code == 0, result.output
    assert same_topology(load(tiny), load(back), graph_attrs=False)


def test_convert_refuses_to_overwrite_without_force(tiny, tmp_path):
    """An existing output is a usage error (exit 2) unless --force is given."""
    out = tmp_path / "out.json"
    out.write_text("keep me")
    result = runner.invoke(app, ["topo", "convert", "-t", str(tiny), str(out)])
    assert result.exit_code == 2
    assert out.read_text() == "keep me"
    result = runner.invoke(app, ["topo", "convert", "-t", str(tiny), str(out), "--force"])
    assert result.exit_code == 0


def test_bad_file_exits_3_with_one_line_and_writes_nothing(tmp_path):
    """A malformed topology gives exit code 3, a file:line message, no traceback, no output file."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("nodes:\n  - name: a\nlinks:\n  - endpoints: [a, ghost]\n")
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["topo", "convert", "-t", str(bad), str(out)])
    assert result.exit_code == 3
    assert f"{bad}:4:" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_validate_reports_ok(tiny):
    """`topo validate` on a good file says ok with counts."""
    result = runner.invoke(app, ["topo", "validate", "-t", str(tiny)])
    assert result.exit_code == 0
    assert "ok" in result.output and "3 devices" in result.output


def test_missing_option_is_usage_error():
    """Forgetting -t is a usage error (exit 2)."""
    result = runner.invoke(app, ["topo", "stats"])
    assert result.exit_code == 2
