"""Fixtures for the model-backend tests: fake chunk distributions, the real embedded models."""

from __future__ import annotations

import base64
import hashlib
import sys
from pathlib import Path

import pytest

from netops.llm import models


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def make_chunk_distribution(site: Path, dist: str, version: str, rel_path: str, data: bytes) -> Path:
    """Write an installed-looking distribution carrying one chunk file; return the chunk path."""
    module = dist.replace("-", "_")
    chunk = site / rel_path
    chunk.parent.mkdir(parents=True, exist_ok=True)
    chunk.write_bytes(data)
    init = site / module / "__init__.py"
    init.write_text("raise RuntimeError('chunk packages must never be imported')\n")
    info = site / f"{module}-{version}.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n")
    (info / "RECORD").write_text(
        f"{module}/__init__.py,{_record_hash(init.read_bytes())},{init.stat().st_size}\n"
        f"{rel_path},{_record_hash(data)},{len(data)}\n"
        f"{info.name}/METADATA,,\n{info.name}/RECORD,,\n"
    )
    return chunk


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """A private NETOPS_CACHE_DIR."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("NETOPS_CACHE_DIR", str(directory))
    return directory


@pytest.fixture
def fake_model(tmp_path, monkeypatch, cache_dir):
    """A three-chunk embedded model installed as fake distributions and registered."""
    site = tmp_path / "site"
    chunks = [bytes([i]) * (1000 + 37 * i) for i in range(1, 4)]
    specs = []
    paths = []
    for n, data in enumerate(chunks, start=1):
        rel = f"fakechunk_part{n}/data/part{n:02d}.bin"
        paths.append(make_chunk_distribution(site, f"fakechunk-part{n}", "0.1.0", rel, data))
        specs.append(models.ChunkSpec(f"fakechunk-part{n}", "0.1.0", rel))
    whole = b"".join(chunks)
    model = models.EmbeddedModel(
        name="fake-coder",
        title="Fake Coder Q4",
        filename="fake-coder.gguf",
        size=len(whole),
        sha256=hashlib.sha256(whole).hexdigest(),
        chunks=tuple(specs),
        aliases=("fake",),
    )
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setitem(models.EMBEDDED_MODELS, model.name, model)
    model_paths = {"model": model, "chunks": paths, "bytes": whole}
    yield model_paths
    for n in range(1, 4):
        sys.modules.pop(f"fakechunk_part{n}", None)


@pytest.fixture(scope="session")
def small_model_path() -> Path:
    """The real 0.5B embedded model (assembled into the user cache once)."""
    return models.ensure_model("qwen2.5-coder-0.5b")


@pytest.fixture(scope="session")
def default_model_path() -> Path:
    """The real 1.5B default model (assembled into the user cache once)."""
    return models.ensure_model(models.DEFAULT_MODEL)
