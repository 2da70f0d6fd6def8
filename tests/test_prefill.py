"""The REPL's background prefill: when it starts, what it is given, and that it never costs an answer."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from netops.answering.pipeline import Pipeline
from netops.answering.prefill import BackgroundPrefill
from netops.answering.session import Session
from netops.settings import Settings
from netops.store.database import Store
from netops.testing import FakeBackend

ROOT = Path(__file__).resolve().parents[1]


class RecordingPipeline:
    """Stands in for ``Pipeline.prepare``: records each call, can block until released or fail."""

    def __init__(self, *, block: bool = False, fail: bool = False) -> None:
        self.calls: list[tuple[object, threading.Event | None]] = []
        self.release = threading.Event()
        self.block = block
        self.fail = fail

    def prepare(self, topology, cancel=None) -> bool:
        self.calls.append((topology, cancel))
        if self.fail:
            raise RuntimeError("the backend broke")
        if self.block:
            while not self.release.is_set() and not (cancel is not None and cancel.is_set()):
                self.release.wait(0.01)
        return True


def test_a_newer_topology_cancels_the_older_prefill():
    pipeline = RecordingPipeline(block=True)
    prefill = BackgroundPrefill()
    prefill.start(pipeline, "first")
    prefill.start(pipeline, "second")
    pipeline.release.set()
    assert prefill.wait(5)
    topologies = [topology for topology, _ in pipeline.calls]
    assert topologies[-1] == "second"
    first_cancel = next(cancel for topology, cancel in pipeline.calls if topology == "first")
    assert first_cancel is not None and first_cancel.is_set()
    assert not pipeline.calls[-1][1].is_set()


def test_stop_cancels_the_running_prefill_and_waits_for_it():
    pipeline = RecordingPipeline(block=True)
    prefill = BackgroundPrefill()
    prefill.start(pipeline, "topology")
    prefill.stop()  # returns only once the thread ended: it saw its cancel event
    assert prefill.wait(0) and pipeline.calls[0][1].is_set()


def test_a_failing_prefill_is_logged_and_forgotten(caplog):
    caplog.set_level("DEBUG", logger="netops.answering.prefill")
    prefill = BackgroundPrefill()
    prefill.start(RecordingPipeline(fail=True), "topology")
    assert prefill.wait(5)
    assert "background prefill failed" in caplog.text and "the backend broke" in caplog.text
    prefill.stop()  # nothing running: returns at once


def _session(tmp_path: Path, replies: list[str], prefill: BackgroundPrefill) -> Session:
    path = tmp_path / "campus.yaml"
    shutil.copy(ROOT / "topologies" / "campus.yaml", path)
    store = Store(tmp_path / "netops.db")
    pipeline = Pipeline([FakeBackend(replies)], Settings(samples=0, retries=0, cache=False), store=store, frontend="repl")
    return Session(path=path, pipeline=pipeline, store=store, prefill=prefill)


class SpyPrefill(BackgroundPrefill):
    """Records which topology each start was for, without running anything."""

    def __init__(self) -> None:
        super().__init__()
        self.started: list[object] = []

    def start(self, pipeline, topology) -> None:
        self.started.append(topology)


def test_the_session_prefills_each_new_working_topology(tmp_path):
    spy = SpyPrefill()
    change = "```python\nresult = set_attrs(G, list(G.nodes), owner='noc')\n```"
    question = "```python\nresult = len(nodes(G))\n```"
    session = _session(tmp_path, [question, change], spy)
    assert spy.started == [session.original]  # opened
    session.ask("how many devices?")
    assert len(spy.started) == 1  # a question leaves the working topology as it was
    session.ask("set the owner of every device to noc")
    assert spy.started[-1] is session.current and session.pending is not None  # the proposed change
    session.apply()
    assert spy.started[-1] is session.original and len(spy.started) == 3  # the file as applied
    session.undo()
    assert spy.started[-1] is session.original and len(spy.started) == 4


def test_a_scripted_backend_has_nothing_to_prefill(tmp_path):
    prefill = BackgroundPrefill()
    session = _session(tmp_path, ["```python\nresult = 1\n```"], prefill)
    assert prefill.wait(10)
    assert session.pipeline.prepare(session.current) is False
    assert session.ask("one").ok
