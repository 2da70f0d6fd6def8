"""The shipped test doubles: FakeBackend and ReplayBackend."""

from __future__ import annotations

import json

import pytest

from netops.errors import BackendUnavailableError
from netops.llm.base import Completion, CompletionOptions, Message
from netops.testing import FakeBackend, FakeBackendExhausted, ReplayBackend, ReplayMiss

PROMPT = [Message("system", "fixed prefix"), Message("user", "list spines")]


def test_fake_returns_replies_in_order_and_records_prompts():
    """Replies come out in queue order and every prompt is kept."""
    fake = FakeBackend(["first", "second"])
    assert fake.complete(PROMPT).text == "first"
    assert fake.complete([Message("user", "again")]).text == "second"
    assert [p[-1].content for p in fake.prompts] == ["list spines", "again"]
    assert fake.remaining == 0


def test_fake_fails_loudly_when_empty():
    """An unexpected extra call raises instead of inventing an answer."""
    fake = FakeBackend(["only"])
    fake.complete(PROMPT)
    with pytest.raises(FakeBackendExhausted, match="call #2"):
        fake.complete(PROMPT)


def test_fake_raises_queued_exceptions():
    """A queued exception simulates a failing backend."""
    fake = FakeBackend().queue(BackendUnavailableError("server down"), "ok")
    with pytest.raises(BackendUnavailableError):
        fake.complete(PROMPT)
    assert fake.complete(PROMPT).text == "ok"


def test_fake_applies_stop_and_streams():
    """Stop sequences cut the reply, and the streamed pieces add up to the text."""
    pieces: list[str] = []
    fake = FakeBackend(["```python\nresult = 1\n```\nexplanation"])
    completion = fake.complete(PROMPT, CompletionOptions(stop=("\n```",)), on_token=pieces.append)
    assert completion.text == "```python\nresult = 1"
    assert "".join(pieces) == completion.text and len(pieces) > 1


def test_fake_passes_through_whole_completions():
    """A queued Completion is returned as is, with its usage counts."""
    scripted = Completion(text="x", model="big", prompt_tokens=9, completion_tokens=1)
    assert FakeBackend([scripted]).complete(PROMPT) is scripted


def test_fake_records_options():
    """The options of each call are kept for assertions."""
    fake = FakeBackend(["a"])
    fake.complete(PROMPT, CompletionOptions(max_tokens=7))
    assert fake.calls[0][1].max_tokens == 7


def test_replay_records_then_replays(tmp_path):
    """Recording a miss from a real backend makes the next identical prompt a hit."""
    path = tmp_path / "replies.json"
    source = FakeBackend(["recorded answer"], name="real-model")
    recorder = ReplayBackend(path, backend=source, record=True)
    first = recorder.complete(PROMPT)
    assert first.text == "recorded answer" and "recorded" in first.details
    assert json.loads(path.read_text())["version"] == 1

    player = ReplayBackend(path)
    replayed = player.complete(PROMPT)
    assert replayed.text == "recorded answer" and replayed.model == "real-model"
    assert player.hits == 1 and len(player) == 1


def test_replay_miss_is_loud(tmp_path):
    """A prompt that was never recorded raises ReplayMiss naming how to record."""
    player = ReplayBackend(tmp_path / "none.json")
    with pytest.raises(ReplayMiss, match="NETOPS_RECORD=1"):
        player.complete(PROMPT)


def test_replay_key_includes_options(tmp_path):
    """The same messages with other options are a different recording."""
    path = tmp_path / "r.json"
    ReplayBackend(path, backend=FakeBackend(["a"]), record=True).complete(PROMPT)
    with pytest.raises(ReplayMiss):
        ReplayBackend(path).complete(PROMPT, CompletionOptions(max_tokens=3))


def test_replay_record_mode_from_environment(tmp_path, monkeypatch):
    """NETOPS_RECORD=1 switches recording on without code changes."""
    monkeypatch.setenv("NETOPS_RECORD", "1")
    replay = ReplayBackend(tmp_path / "r.json", backend=FakeBackend(["b"]))
    assert replay.complete(PROMPT).text == "b"


def test_replay_streams_recorded_text(tmp_path):
    """A replayed answer is passed to on_token too."""
    path = tmp_path / "r.json"
    ReplayBackend(path, backend=FakeBackend(["streamed"]), record=True).complete(PROMPT)
    pieces: list[str] = []
    ReplayBackend(path).complete(PROMPT, on_token=pieces.append)
    assert "".join(pieces) == "streamed"


def test_replay_rejects_foreign_files(tmp_path):
    """A file that is not a version-1 recording is refused up front."""
    path = tmp_path / "r.json"
    path.write_text('{"version": 2}')
    with pytest.raises(ValueError, match="version-1"):
        ReplayBackend(path)
