"""Bounded caches: LRU eviction, caps from settings, degrading to no cache, and ``netops cache``."""

from __future__ import annotations

import ctypes
import hashlib
import json
import logging
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netops.cli import app
from netops.llm import models
from netops.llm.llama_cpp import _Engine, _prune_states
from netops.store import caches
from netops.store.database import Store, cache_key

runner = CliRunner()


def invoke(args: list[str]):
    """Run the CLI with a wide console so rich does not wrap the lines the tests look for."""
    return runner.invoke(app, args, env={"COLUMNS": "300"})


@pytest.fixture(autouse=True)
def dirs(tmp_path, monkeypatch):
    """Private NETOPS_HOME and NETOPS_CACHE_DIR, no config file, and a fresh once-per-process warning."""
    home, cache = tmp_path / "home", tmp_path / "cache"
    monkeypatch.setenv("NETOPS_HOME", str(home))
    monkeypatch.setenv("NETOPS_CACHE_DIR", str(cache))
    monkeypatch.setenv("NETOPS_CONFIG", str(tmp_path / "no-config.yaml"))
    monkeypatch.setattr(caches, "_warned", set())
    monkeypatch.setattr(models, "_IN_USE", set())
    return {"home": home, "cache": cache}


def make_files(directory: Path, names: list[str], size: int = 100) -> list[Path]:
    """Write ``size``-byte files with strictly increasing mtimes, oldest first."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, name in enumerate(names):
        path = directory / name
        path.write_bytes(b"x" * size)
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
        paths.append(path)
    return paths


def total_bytes(directory: Path, pattern: str) -> int:
    """Bytes of the files matching ``pattern`` in ``directory``."""
    return sum(p.stat().st_size for p in directory.glob(pattern))


# -- prune_lru -------------------------------------------------------------------------


def test_prune_lru_deletes_oldest_first_until_under_the_cap(tmp_path):
    """Least recently modified files go first, and only as many as needed to fit the cap."""
    make_files(tmp_path, ["a.kv", "b.kv", "c.kv", "d.kv", "e.kv"])
    removed = caches.prune_lru(tmp_path, "*.kv", 250)
    assert [p.name for p in removed] == ["a.kv", "b.kv", "c.kv"]
    assert sorted(p.name for p in tmp_path.glob("*.kv")) == ["d.kv", "e.kv"]
    assert caches.prune_lru(tmp_path, "*.kv", 250) == []


def test_touch_used_moves_a_file_to_the_back_of_the_queue(tmp_path):
    """A file marked used with touch_used outlives files written after it."""
    oldest, *_ = make_files(tmp_path, ["a.kv", "b.kv", "c.kv"])
    assert caches.touch_used(oldest)
    caches.prune_lru(tmp_path, "*.kv", 100)
    assert [p.name for p in tmp_path.glob("*.kv")] == ["a.kv"]


def test_prune_lru_never_deletes_kept_files_even_over_the_cap(tmp_path):
    """A kept file survives a cap it alone exceeds; everything else goes."""
    paths = make_files(tmp_path, ["a.kv", "b.kv", "c.kv"])
    caches.prune_lru(tmp_path, "*.kv", 0, keep=[paths[0]])
    assert [p.name for p in tmp_path.glob("*.kv")] == ["a.kv"]


def test_prune_lru_treats_companions_as_part_of_the_entry(tmp_path):
    """A companion's bytes count, its mtime is a use, and it is deleted with its entry."""
    a, b = make_files(tmp_path, ["a.gguf", "b.gguf"])
    stamp = tmp_path / "a.gguf.verified"
    stamp.write_text("{}")  # written now: a is the most recently used
    caches.prune_lru(tmp_path, "*.gguf", 150, companions=(".verified",))
    assert a.exists() and stamp.exists() and not b.exists()
    caches.prune_lru(tmp_path, "*.gguf", 0, companions=(".verified",))
    assert not a.exists() and not stamp.exists()


def test_prune_lru_on_a_missing_directory_is_an_empty_cache(tmp_path):
    """A directory that does not exist (or is a file) prunes nothing and raises nothing."""
    assert caches.prune_lru(tmp_path / "missing", "*.kv", 0) == []
    (tmp_path / "file").write_text("x")
    assert caches.prune_lru(tmp_path / "file", "*.kv", 0) == []


def test_caps_come_from_settings_and_the_environment(monkeypatch):
    """The defaults are 512 MiB, 2000 programs and 4096 MiB; NETOPS_* overrides them."""
    assert caches.cap("prefix") == 512 * caches.MIB
    assert caches.cap("programs") == 2000
    assert caches.cap("models") == 4096 * caches.MIB
    monkeypatch.setenv("NETOPS_PREFIX_CACHE_MB", "3")
    monkeypatch.setenv("NETOPS_PROGRAM_CACHE_ENTRIES", "7")
    assert caches.cap("prefix") == 3 * caches.MIB and caches.cap("programs") == 7


# -- prefix states through _Engine._save_file --------------------------------------------


class FakeLib:
    """The two llama.cpp calls ``_Engine._save_file`` makes, writing ``size`` dummy bytes (or failing)."""

    llama_token = ctypes.c_int32

    def __init__(self, size: int, ok: bool = True) -> None:
        self.size, self.ok, self.calls = size, ok, 0

    def llama_state_seq_save_file(self, ctx, path, seq, tokens, n):
        self.calls += 1
        if not self.ok:
            return 0  # what llama.cpp returns when the write fails (disk full)
        Path(path.decode()).write_bytes(b"\0" * self.size)
        return 1


def fake_engine(lib: FakeLib) -> _Engine:
    """An engine shell with just what saving a prefix state needs (no model is loaded)."""
    engine = _Engine.__new__(_Engine)
    engine._lib = lib
    engine.ctx = None
    return engine


def state_path(cache: Path, n: int) -> Path:
    """Where a prefix state for topology ``n`` goes, named as ``_Engine._state_path`` names them."""
    return cache / caches.PREFIX_SUBDIR / f"model-{hashlib.sha256(str(n).encode()).hexdigest()[:24]}.kv"


def test_prefix_states_stay_under_the_cap_across_50_topologies(dirs, monkeypatch):
    """Fifty topologies' prefix states, saved by _Engine._save_file, never exceed prefix_cache_mb."""
    monkeypatch.setenv("NETOPS_PREFIX_CACHE_MB", "1")
    engine = fake_engine(FakeLib(size=300 * 1024))
    directory = dirs["cache"] / caches.PREFIX_SUBDIR
    for n in range(50):
        path = state_path(dirs["cache"], n)
        assert engine._save_file(path, [1, 2, 3, n])
        assert path.is_file(), "the state just written is never evicted"
        assert total_bytes(directory, "*.kv") <= caches.MIB
        assert len(list(directory.glob("*.kv"))) == min(n + 1, 3)
    assert not list(directory.glob(".*.tmp"))


def test_prune_states_keeps_the_state_just_written_over_a_tiny_cap(tmp_path, monkeypatch):
    """With a cap smaller than one state, _prune_states keeps exactly the file it is told to keep."""
    monkeypatch.setenv("NETOPS_PREFIX_CACHE_MB", "0")
    paths = make_files(tmp_path, ["a.kv", "b.kv", "c.kv"])
    _prune_states(tmp_path, keep=(paths[0],))
    assert [p.name for p in tmp_path.glob("*.kv")] == ["a.kv"]


@pytest.mark.parametrize("failure", ["cache dir is a file", "disk full"])
def test_unwritable_prefix_cache_degrades_with_one_warning(dirs, monkeypatch, caplog, failure):
    """Saves that cannot be written return False (memory only) and warn once, never raise."""
    lib = FakeLib(size=10, ok=failure != "disk full")
    if failure == "cache dir is a file":
        dirs["cache"].parent.mkdir(parents=True, exist_ok=True)
        dirs["cache"].write_text("not a directory")
    engine = fake_engine(lib)
    with caplog.at_level(logging.WARNING, logger="netops.store.caches"):
        results = [engine._save_file(state_path(dirs["cache"], n), [n]) for n in range(3)]
    assert results == [False, False, False]
    warnings = [r for r in caplog.records if r.name == "netops.store.caches"]
    assert len(warnings) == 1
    assert "prefix cache" in warnings[0].getMessage() and "continuing without it" in warnings[0].getMessage()
    assert caches.unwritable() == ("prefix",)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_prefix_dir_degrades_with_one_warning(dirs, caplog):
    """A read-only prompt-state directory means no disk cache and a single warning."""
    directory = dirs["cache"] / caches.PREFIX_SUBDIR
    directory.mkdir(parents=True)
    directory.chmod(0o555)
    try:
        engine = fake_engine(FakeLib(size=10))
        with caplog.at_level(logging.WARNING, logger="netops.store.caches"):
            assert not engine._save_file(state_path(dirs["cache"], 1), [1])
            assert not engine._save_file(state_path(dirs["cache"], 2), [2])
        assert len([r for r in caplog.records if r.name == "netops.store.caches"]) == 1
    finally:
        directory.chmod(0o755)


# -- program cache ---------------------------------------------------------------------


@pytest.fixture
def store(dirs):
    db = Store()
    yield db
    db.close()


def test_program_cache_evicts_least_recently_used_beyond_the_cap(store):
    """Past max_entries the least recently used program goes; a hit makes an old one recent."""
    for n in range(3):
        store.cache_put(f"k{n}", f"result = {n}\n", read_only=True, max_entries=3)
    assert store.cache_get("k0") is not None  # k0 is now the most recently used
    store.cache_put("k3", "result = 3\n", read_only=True, max_entries=3)
    assert store.cache_get("k1") is None
    assert all(store.cache_get(k) is not None for k in ("k0", "k2", "k3"))
    assert store.cache_stats()[0] == 3


def test_program_cache_cap_comes_from_the_setting(store, monkeypatch):
    """cache_put without max_entries honours NETOPS_PROGRAM_CACHE_ENTRIES and keeps the newest."""
    monkeypatch.setenv("NETOPS_PROGRAM_CACHE_ENTRIES", "2")
    keys = [cache_key(f"how many leaves in site {n}", "fp", "m", "1") for n in range(5)]
    for n, key in enumerate(keys):
        store.cache_put(key, f"result = {n}\n", read_only=True)
    assert store.cache_stats()[0] == 2
    assert store.cache_get(keys[-1]).code == "result = 4\n"
    assert store.cache_prune(1) == 1 and store.cache_stats()[0] == 1


def test_unwritable_program_cache_never_fails_a_request(store, monkeypatch, caplog):
    """When the database refuses writes, put is skipped, get still reads, and one warning is logged."""
    store.cache_put("k", "result = 1\n", read_only=True)

    @contextmanager
    def read_only_write():
        raise sqlite3.OperationalError("attempt to write a readonly database")
        yield  # pragma: no cover

    monkeypatch.setattr(store, "_write", read_only_write)
    with caplog.at_level(logging.WARNING, logger="netops.store.caches"):
        store.cache_put("k2", "result = 2\n", read_only=True)
        assert store.cache_get("k").code == "result = 1\n"
        assert store.cache_get("k2") is None
    assert len([r for r in caplog.records if r.name == "netops.store.caches"]) == 1


# -- models ----------------------------------------------------------------------------


class _Entry:
    def __init__(self, rel: str, size: int) -> None:
        self.rel, self.size = rel, size

    def as_posix(self) -> str:
        return self.rel


class _Dist:
    """A stand-in for an installed chunk distribution holding one file."""

    version = "1.0"

    def __init__(self, root: Path, rel: str) -> None:
        self.root, self.files = root, [_Entry(rel, (root / rel).stat().st_size)]

    def locate_file(self, entry: _Entry) -> Path:
        return self.root / entry.rel


def test_assembling_a_model_evicts_other_models_over_the_cap(dirs, tmp_path, monkeypatch):
    """After assembly, older weights go while over model_cache_mb; the new one stays though it alone exceeds it."""
    monkeypatch.setenv("NETOPS_MODEL_CACHE_MB", "0")
    old = make_files(dirs["cache"] / "models", ["old.gguf"], size=4096)[0]
    (tmp_path / "chunk").mkdir()
    data = b"gguf" * 256
    (tmp_path / "chunk" / "part01.bin").write_bytes(data)
    model = models.EmbeddedModel(
        name="tiny", title="Tiny", filename="tiny.gguf", size=len(data),
        sha256=hashlib.sha256(data).hexdigest(), chunks=(models.ChunkSpec("tiny-part1", "1.0", "part01.bin"),),
    )
    path = models.assemble(model, distribution=lambda name: _Dist(tmp_path / "chunk", "part01.bin"))
    assert path.is_file() and not old.exists()
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(".lock")) == [
        "tiny.gguf", "tiny.gguf.verified"
    ]


def test_model_eviction_spares_models_in_use(dirs):
    """Models handed out in this process are not evicted, however old."""
    a, b = make_files(dirs["cache"] / "models", ["a.gguf", "b.gguf"])
    models._IN_USE.add(a)
    assert models.evict_models(cap_bytes=0) == [b]
    assert a.exists()


# -- netops cache ----------------------------------------------------------------------


@pytest.fixture
def filled(dirs):
    """Two prefix states, three cached programs and one assembled model with its stamp."""
    make_files(dirs["cache"] / caches.PREFIX_SUBDIR, ["m-a.kv", "m-b.kv"], size=1000)
    make_files(dirs["cache"] / "models", ["w.gguf"], size=5000)
    (dirs["cache"] / "models" / "w.gguf.verified").write_text("{}\n")
    with Store() as db:
        for n in range(3):
            db.cache_put(f"k{n}", "result = 1\n", read_only=True, request="q")
    return dirs


def test_cache_info_json_lists_every_cache(filled):
    """`netops cache info --json` gives path, entries, bytes and cap for prefix, programs and models."""
    result = invoke(["cache", "info", "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.output)}
    assert list(rows) == ["prefix", "programs", "models"]
    assert rows["prefix"]["entries"] == 2 and rows["prefix"]["bytes"] == 2000
    assert rows["prefix"]["path"] == str(filled["cache"] / "prompt-state")
    assert rows["programs"]["entries"] == 3 and rows["programs"]["cap"] == 2000
    assert rows["programs"]["cap_unit"] == "entries"
    assert rows["models"]["entries"] == 1 and rows["models"]["bytes"] == 5003
    assert rows["models"]["cap"] == 4096 * caches.MIB


def test_cache_info_table_shows_caps(filled):
    """The table names each cache with its size and cap."""
    result = invoke(["cache", "info"])
    assert result.exit_code == 0, result.output
    assert "prompt-state" in result.output and "512.0 MiB" in result.output
    assert "2,000 entries" in result.output and "4.00 GiB" in result.output


def test_cache_info_does_not_create_a_database(dirs):
    """On a fresh machine `cache info` reports empty caches and creates nothing."""
    result = invoke(["cache", "info", "--json"])
    assert result.exit_code == 0, result.output
    assert all(row["entries"] == 0 for row in json.loads(result.output))
    assert not dirs["home"].exists()


def test_cache_clear_prefix_only_touches_prefix_states(filled):
    """`netops cache clear --prefix` deletes the states, says what it freed, and leaves the rest."""
    result = invoke(["cache", "clear", "--prefix"])
    assert result.exit_code == 0, result.output
    assert "prefix: freed 2.0 KiB (2 entries)" in result.output
    assert not list((filled["cache"] / "prompt-state").glob("*.kv"))
    assert (filled["cache"] / "models" / "w.gguf").exists()
    with Store() as db:
        assert db.cache_stats()[0] == 3


def test_cache_clear_without_flags_empties_everything(filled):
    """`netops cache clear` empties all three caches and reports each one."""
    result = invoke(["cache", "clear", "--json"])
    assert result.exit_code == 0, result.output
    freed = {row["name"]: row for row in json.loads(result.output)}
    assert freed["prefix"]["entries"] == 2 and freed["programs"]["entries"] == 3
    assert freed["models"]["entries"] == 1 and freed["models"]["bytes"] == 5003
    after = {row["name"]: row["entries"] for row in json.loads(invoke(["cache", "info", "--json"]).output)}
    assert after == {"prefix": 0, "programs": 0, "models": 0}
    assert not (filled["cache"] / "models" / "w.gguf.verified").exists()


def test_cache_help_teaches_the_caps():
    """`netops cache --help` names the caches and the settings that cap them."""
    result = invoke(["cache", "--help"])
    assert result.exit_code == 0
    for word in ("prefix_cache_mb", "program_cache_entries", "model_cache_mb", "NETOPS_PREFIX_CACHE_MB"):
        assert word in result.output
