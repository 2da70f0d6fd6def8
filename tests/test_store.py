"""The SQLite store: cache, interaction log, learned examples, journal rows, migrations, concurrency."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest

import netops.store.base as store_base  # the schema and its migrations live there
from netops.answering.pipeline import Answer, Attempt
from netops.errors import NetOpsError
from netops.program.diff import TopologyDiff
from netops.store.database import (
    RESULT_CAP,
    SCHEMA_VERSION,
    Store,
    cache_key,
    default_db_path,
    normalize_request,
)

# Every test gets its own NETOPS_HOME (tests/conftest.py: ``home``, ``store``).
pytestmark = pytest.mark.usefixtures("home")


def test_default_path_follows_netops_home(home, store):
    """Without a path the database is NETOPS_HOME/netops.db, in WAL mode, at the current schema version."""
    assert default_db_path() == home / "netops.db"
    assert store.path == home / "netops.db" and store.path.is_file()
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.schema_version() == SCHEMA_VERSION


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("Which leaf switches are DOWN?", "which leaf switches are down"),
        ("  which\tleaf   switches\n are down ?!  ", "which leaf switches are down"),
        ("add leaf fra-leaf5.", "add leaf fra-leaf5"),
        ("count devices per site;:", "count devices per site"),
        ("path from a:eth1 to b", "path from a:eth1 to b"),
    ],
)
def test_normalize_request(raw, normalized):
    """Normalization lowercases, collapses whitespace and strips trailing punctuation only."""
    assert normalize_request(raw) == normalized


def test_cache_key_varies_with_schema_model_and_prompt_version():
    """Equal normalized requests share a key; a different fingerprint, model or prompt version does not."""
    base = cache_key("Which leaf is down?", "fp1", "m1", "v1")
    assert base == cache_key("  which LEAF is down", "fp1", "m1", "v1")
    assert base != cache_key("which leaf is up", "fp1", "m1", "v1")
    assert base != cache_key("which leaf is down", "fp2", "m1", "v1")
    assert base != cache_key("which leaf is down", "fp1", "m2", "v1")
    assert base != cache_key("which leaf is down", "fp1", "m1", "v2")
    assert Store.cache_key("which leaf is down", "fp1", "m1", "v1") == base


def test_cache_miss_then_hit_counts_hits(store):
    """A miss returns None; after cache_put the program comes back with its read_only flag and a hit count."""
    key = cache_key("how many spines", "fp", "m", "1")
    assert store.cache_get(key) is None
    store.cache_put(key, "result = 2\n", read_only=True, model="m")
    first = store.cache_get(key)
    second = store.cache_get(key)
    assert first is not None and second is not None
    assert first.code == "result = 2\n" and first.read_only and first.model == "m"
    assert (first.hits, second.hits) == (1, 2)


def test_cache_put_replaces_and_delete_removes(store):
    """Putting a key again replaces the program and resets its hits; delete and clear remove entries."""
    key = cache_key("shut a-b", "fp", "m", "1")
    store.cache_put(key, "old\n", read_only=True)
    store.cache_get(key)
    store.cache_put(key, "new\n", read_only=False)
    entry = store.cache_get(key)
    assert entry is not None and entry.code == "new\n" and not entry.read_only and entry.hits == 1
    assert store.cache_delete(key) is True
    assert store.cache_get(key) is None and store.cache_delete(key) is False
    store.cache_put("k2", "x\n", read_only=True)
    assert store.cache_clear() == 1


def test_log_interaction_round_trip_and_history_filters(store):
    """Logged interactions come back newest first with every field; --failed and limit filter them."""
    first = store.log_interaction(
        "how many leaves?",
        frontend="cli",
        outcome="ok",
        topology="/t/lab.yaml",
        fingerprint="fp",
        model="qwen",
        tier=0,
        code="result = 4\n",
        attempts=1,
        from_cache=False,
        timings={"generate": 1.5, "total": 2.25},
        result={"value": 4},
    )
    second = store.log_interaction(
        "break it", frontend="repl", outcome="policy", model="qwen", tier=1, attempts=3, error="import refused"
    )
    rows = store.history()
    assert [r.id for r in rows] == [second, first]
    old = store.interaction(first)
    assert old is not None and old.ok and old.request == "how many leaves?" and old.frontend == "cli"
    assert old.topology == "/t/lab.yaml" and old.fingerprint == "fp" and old.code == "result = 4\n"
    assert old.timings == {"generate": 1.5, "total": 2.25} and old.total_seconds == 2.25
    assert old.result == {"value": 4} and old.error is None and old.from_cache is False
    failed = store.history(failed=True)
    assert [r.id for r in failed] == [second]
    assert failed[0].outcome == "policy" and failed[0].attempts == 3 and failed[0].error == "import refused"
    assert [r.id for r in store.history(limit=1)] == [second]
    assert store.interaction(9999) is None


def test_result_json_is_plain_and_capped(store):
    """Sets are stored as sorted lists; an oversized result becomes a truncation marker, an unencodable one its repr."""
    small = store.log_interaction("q", frontend="cli", outcome="ok", result={"nodes": {"b", "a"}, "pair": ("x", 1)})
    assert store.interaction(small).result == {"nodes": ["a", "b"], "pair": ["x", 1]}
    big = store.log_interaction("q", frontend="cli", outcome="ok", result=["x" * 100] * (RESULT_CAP // 50))
    stored = store.interaction(big).result
    assert stored["truncated"] is True and stored["chars"] > RESULT_CAP
    assert len(stored["head"]) <= RESULT_CAP
    odd = store.log_interaction("q", frontend="cli", outcome="ok", result={("a", "b"): 1})
    assert "('a', 'b')" in store.interaction(odd).result["unserializable"]


def test_log_answer_records_a_pipeline_answer(store):
    """log_answer stores the answer's outcome, tier, attempts, timings, value and diff; failures keep their kind."""
    answer = Answer(request="which devices are down?", change_request=False, ok=True, code="result = []\n",
                    value=[], model="qwen", tier=1, diff=TopologyDiff())
    answer.attempts = [Attempt(tier=0, model="small", code="x"), Attempt(tier=1, model="qwen", code="result = []\n")]
    answer.timings = {"total": 3.0}
    row = store.interaction(store.log_answer(answer, topology="lab", fingerprint="fp", frontend="repl"))
    assert row.ok and row.tier == 1 and row.attempts == 2 and row.frontend == "repl" and row.topology == "lab"
    assert row.result == {"value": [], "diff": TopologyDiff().to_dict()}
    failed = Answer(request="nonsense", change_request=False, ok=False, error="no valid program", error_kind="syntax")
    row = store.interaction(store.log_answer(failed, topology=None, fingerprint=None, frontend="cli"))
    assert row.outcome == "syntax" and row.error == "no valid program" and row.result is None


def test_learned_examples_add_list_dedupe_delete(store):
    """Accepted examples are listed oldest first, one per normalized request and topology, filterable and deletable."""
    first = store.add_learned_example("Shut link a-b", "shut('a','b')\n", topology="lab", fingerprint="fp")
    store.add_learned_example("count leaves", "result = 3\n", topology="campus")
    again = store.add_learned_example("shut link a-b.", "shut_link('a','b')\n", topology="lab", fingerprint="fp")
    assert again == first
    rows = store.learned_examples()
    assert [(r.request, r.topology) for r in rows] == [("shut link a-b.", "lab"), ("count leaves", "campus")]
    assert rows[0].code == "shut_link('a','b')\n" and rows[0].fingerprint == "fp"
    assert [r.request for r in store.learned_examples(topology="campus")] == ["count leaves"]
    assert store.delete_learned_example(first) is True
    assert [r.topology for r in store.learned_examples()] == ["campus"]


def test_journal_rows_pending_applied_undone(store):
    """A begun journal entry is not undoable until committed, and not after it is marked undone."""
    entry_id = store.journal_begin(
        "/t/lab.yaml", request="add c", format="yaml", before=b"\x00old\xff", sha256_before="a", sha256_after="b"
    )
    assert store.journal_latest() is None
    entry = store.journal_commit(entry_id)
    assert entry.applied and not entry.undone and entry.before == b"\x00old\xff"
    assert store.journal_latest("/t/lab.yaml") == entry
    assert store.journal_latest("/t/other.yaml") is None
    undone = store.journal_mark_undone(entry_id)
    assert undone.undone and undone.undone_time
    assert store.journal_latest() is None
    assert [e.id for e in store.journal()] == [entry_id]
    discarded = store.journal_begin("/t/lab.yaml", request=None, format=None, before=b"", sha256_before="", sha256_after="")
    store.journal_discard(discarded)
    assert store.journal_entry(discarded) is None


def test_existing_database_is_migrated_keeping_its_data(home, monkeypatch):
    """Opening a database at an older user_version runs only the newer steps and keeps existing rows."""
    with Store() as old:
        kept = old.log_interaction("before the upgrade", frontend="cli", outcome="ok")
        old.cache_put("k", "result = 1\n", read_only=True)
    step = ("ALTER TABLE interactions ADD COLUMN operator TEXT", "UPDATE interactions SET operator = 'noc'")
    monkeypatch.setattr(store_base, "MIGRATIONS", [*store_base.MIGRATIONS, step])
    monkeypatch.setattr(store_base, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store() as new:
        assert new.schema_version() == SCHEMA_VERSION + 1
        assert new.interaction(kept).request == "before the upgrade"
        assert new.cache_get("k").code == "result = 1\n"
    with sqlite3.connect(home / "netops.db") as conn:
        assert conn.execute("SELECT operator FROM interactions").fetchall() == [("noc",)]


def test_failed_migration_rolls_back_to_the_old_version(home, monkeypatch):
    """A migration step that fails leaves the schema version and tables as they were."""
    Store().close()
    broken = ("ALTER TABLE interactions ADD COLUMN operator TEXT", "THIS IS NOT SQL")
    monkeypatch.setattr(store_base, "MIGRATIONS", [*store_base.MIGRATIONS, broken])
    monkeypatch.setattr(store_base, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(NetOpsError, match="cannot open the netops database"):
        Store()
    with sqlite3.connect(home / "netops.db") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = [row[1] for row in conn.execute("PRAGMA table_info(interactions)")]
    assert "operator" not in columns


def test_newer_database_is_refused(home):
    """A database written by a newer netops (higher user_version) is refused with a clear error."""
    Store().close()
    with sqlite3.connect(home / "netops.db") as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(NetOpsError, match="newer than this netops understands"):
        Store()


def test_garbage_file_is_a_clear_error(home):
    """A file that is not a SQLite database gives a NetOpsError naming it, not a traceback."""
    home.mkdir(parents=True)
    (home / "netops.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(NetOpsError, match="netops.db") as info:
        Store()
    assert info.value.hint


def _log_many(db_path: str, label: str, count: int) -> None:
    db = Store(db_path)
    for i in range(count):
        db.log_interaction(f"{label} {i}", frontend="eval", outcome="ok")
        db.cache_put(f"{label}-{i}", "result = 1\n", read_only=True)
    db.close()


def test_two_processes_write_concurrently(store):
    """Two processes logging and caching at the same time lose no rows and hit no lock errors."""
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_log_many, args=(str(store.path), label, 40)) for label in ("p", "q")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    rows = store.history(limit=1000)
    assert len(rows) == 80
    assert {r.request.split()[0] for r in rows} == {"p", "q"}


def _log_with_inherited(db: Store) -> None:
    db.log_interaction("from the child", frontend="cli", outcome="ok")


def test_store_used_after_fork_opens_its_own_connection(store):
    """A Store object inherited by a forked child reconnects there; the parent's connection keeps working."""
    store.log_interaction("from the parent", frontend="cli", outcome="ok")
    child = multiprocessing.get_context("fork").Process(target=_log_with_inherited, args=(store,))
    child.start()
    child.join(30)
    assert child.exitcode == 0
    store.log_interaction("parent again", frontend="cli", outcome="ok")
    assert [r.request for r in store.history()] == ["parent again", "from the child", "from the parent"]
