"""Test doubles for model backends, shipped as a public module.

:class:`FakeBackend` answers from a queue of scripted replies and records
every prompt; an empty queue is a loud failure, never a silent default. A
:class:`Slow` reply takes its time, so deadlines can be tested without a model.
:class:`ReplayBackend` answers from a recorded file keyed by the prompt's hash,
and can record missing answers from a real backend.

>>> fake = FakeBackend(["```python\\nresult = 1\\n```"])
>>> fake.complete([Message("user", "one?")]).text
'```python\\nresult = 1\\n```'
>>> fake.prompts[0][-1].content
'one?'
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from netops.llm.base import (
    Backend,
    Completion,
    CompletionOptions,
    Message,
    StatusCallback,
    StopFilter,
    TokenCallback,
    check_deadline,
    prompt_hash,
)
from netops.llm.resolve import SCRIPTED_PREFIX  # --model scripted:FILE: replies from a JSON file

__all__ = [
    "FakeBackend",
    "FakeBackendExhausted",
    "ReplayBackend",
    "ReplayMiss",
    "Reply",
    "Slow",
    "SCRIPTED_PREFIX",
    "scripted_backend",
]

@dataclass(frozen=True)
class Slow:
    """A scripted reply that takes ``seconds`` before it is given.

    The wait is spent in short sleeps; once ``CompletionOptions.deadline``
    passes, :class:`netops.errors.DeadlineExceeded` is raised at once, as a
    real backend does between tokens. So a test of a 1 s deadline with
    ``Slow(text, 60)`` takes about a second.

    >>> import time
    >>> from netops.errors import DeadlineExceeded
    >>> fake = FakeBackend([Slow("late", 60)])
    >>> try:
    ...     fake.complete([Message("user", "?")], CompletionOptions(deadline=time.monotonic() + 0.05))
    ... except DeadlineExceeded:
    ...     print("stopped at the deadline")
    stopped at the deadline
    """

    reply: str | Completion
    seconds: float


Reply = str | Completion | Slow | BaseException
"""A scripted reply: text, a whole :class:`Completion`, a :class:`Slow` one, or an exception to raise."""

#: Longest single sleep while a :class:`Slow` reply waits (seconds).
_SLOW_STEP = 0.01


def _wait(seconds: float, options: CompletionOptions) -> None:
    """Sleep ``seconds`` in short steps; raise DeadlineExceeded as soon as the deadline passes."""
    until = time.monotonic() + seconds
    while True:
        check_deadline(options)
        now = time.monotonic()
        if now >= until:
            return
        step = min(_SLOW_STEP, until - now)
        if options.deadline is not None:
            step = min(step, max(0.0, options.deadline - now))
        time.sleep(step)


class FakeBackendExhausted(AssertionError):
    """A :class:`FakeBackend` was asked for more replies than were queued."""


class ReplayMiss(AssertionError):
    """A :class:`ReplayBackend` has no recorded answer for a prompt."""


def _stream(text: str, on_token: TokenCallback | None, stop: Sequence[str]) -> tuple[str, bool]:
    sink = StopFilter(stop, on_token)
    for start in range(0, len(text), 4):  # a few characters at a time, like tokens
        if sink.push(text[start : start + 4]):
            break
    return sink.finish(), sink.stopped


class FakeBackend:
    """A backend that returns queued replies and records what it was asked.

    Stop sequences are applied to a text reply and it is streamed to
    ``on_token`` in small pieces, as a real backend would; ``on_status`` hears
    ``evaluating N prompt tokens`` and then ``generating``. A passed
    ``CompletionOptions.deadline`` raises :class:`netops.errors.DeadlineExceeded`
    (the call is still recorded, but no reply is used up).

    Parameters
    ----------
    replies : iterable of Reply
        Initial queue; more can be added with :meth:`queue`.
    name : str
        The model name reported in completions.
    remote : bool
        What the pipeline should treat this tier as.

    Attributes
    ----------
    prompts : list of list of Message
        Every prompt received, in order.
    calls : list of tuple
        ``(messages, options)`` for every call.
    """

    def __init__(self, replies: Iterable[Reply] = (), *, name: str = "fake", remote: bool = False) -> None:
        self.name = name
        self.remote = remote
        self._replies: deque[Reply] = deque(replies)
        self.prompts: list[list[Message]] = []
        self.calls: list[tuple[list[Message], CompletionOptions]] = []
        self._lock = threading.Lock()

    def queue(self, *replies: Reply) -> FakeBackend:
        """Append replies to the queue; returns ``self`` for chaining."""
        with self._lock:
            self._replies.extend(replies)
        return self

    @property
    def remaining(self) -> int:
        """How many queued replies are left."""
        return len(self._replies)

    def complete(
        self,
        messages: Sequence[Message],
        options: CompletionOptions = CompletionOptions(),
        on_token: TokenCallback | None = None,
        on_status: StatusCallback | None = None,
    ) -> Completion:
        """Pop the next reply (raise it if it is an exception; wait first if it is :class:`Slow`)."""
        with self._lock:
            self.prompts.append(list(messages))
            self.calls.append((list(messages), options))
            check_deadline(options)
            if not self._replies:
                last = messages[-1].content if messages else ""
                raise FakeBackendExhausted(
                    f"FakeBackend {self.name!r} has no reply queued for call #{len(self.calls)} "
                    f"(last message: {last[:200]!r})"
                )
            reply = self._replies.popleft()
        prompt_tokens = sum(len(m.content) // 4 for m in messages)
        if on_status is not None:
            on_status(f"evaluating {prompt_tokens} prompt tokens")
            on_status("generating")
        if isinstance(reply, Slow):
            _wait(reply.seconds, options)
            reply = reply.reply
        if isinstance(reply, BaseException):
            raise reply
        if isinstance(reply, Completion):
            if on_token is not None and reply.text:
                on_token(reply.text)
            return reply
        text, stopped = _stream(reply, on_token, options.stop)
        tokens = max(1, len(text) // 4) if text else 0
        return Completion(
            text=text,
            model=self.name,
            prompt_tokens=prompt_tokens,
            completion_tokens=tokens,
            finish_reason="stop",
            details={"fake": True, "stopped_by_sequence": stopped},
        )


class ReplayBackend:
    """Answers looked up in a recorded file by the hash of prompt and options.

    The file is JSON: ``{"version": 1, "entries": {hash: entry}}`` where an
    entry holds the completion's fields and, for people reading the file, a
    preview of the request. Keys come from
    :func:`netops.llm.base.prompt_hash`, so any change to the prompt text (a
    template edit, a new example) is a miss.

    Parameters
    ----------
    path : str or Path
        The recording.
    backend : Backend, optional
        A real backend to ask on a miss when recording.
    record : bool, optional
        Record misses from ``backend`` and save the file (default: the
        ``NETOPS_RECORD`` environment variable is ``1``).
    name : str, optional
        Name reported to users (default ``replay:<file stem>``).
    """

    remote = False

    def __init__(
        self,
        path: str | Path,
        *,
        backend: Backend | None = None,
        record: bool | None = None,
        name: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.backend = backend
        self.record = (os.environ.get("NETOPS_RECORD") == "1") if record is None else record
        self.name = name or f"replay:{self.path.stem}"
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()
        self._entries: dict[str, dict[str, Any]] = {}
        if self.path.is_file():
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("version") != 1:
                raise ValueError(f"{self.path} is not a version-1 replay file")
            self._entries = dict(data.get("entries") or {})

    def __len__(self) -> int:
        return len(self._entries)

    def complete(
        self,
        messages: Sequence[Message],
        options: CompletionOptions = CompletionOptions(),
        on_token: TokenCallback | None = None,
        on_status: StatusCallback | None = None,
    ) -> Completion:
        """Return the recorded completion for this prompt (recording it on a miss if allowed)."""
        check_deadline(options)
        key = prompt_hash(messages, options)
        with self._lock:
            entry = self._entries.get(key)
        if entry is not None:
            self.hits += 1
            completion = Completion(
                text=entry["text"],
                model=entry.get("model", self.name),
                prompt_tokens=int(entry.get("prompt_tokens", 0)),
                completion_tokens=int(entry.get("completion_tokens", 0)),
                cached_tokens=int(entry.get("cached_tokens", 0)),
                timings={},
                finish_reason=entry.get("finish_reason", "stop"),
                details={"replayed": key},
            )
            if on_token is not None and completion.text:
                on_token(completion.text)
            return completion
        self.misses += 1
        if not (self.record and self.backend is not None):
            preview = messages[-1].content[:160] if messages else ""
            raise ReplayMiss(
                f"{self.path} has no recording for prompt {key[:16]} (last message: {preview!r}); "
                "re-record with NETOPS_RECORD=1 and a real backend"
            )
        completion = self.backend.complete(messages, options, on_token=on_token, on_status=on_status)
        with self._lock:
            self._entries[key] = {
                "request": (messages[-1].content[-300:] if messages else ""),
                "text": completion.text,
                "model": completion.model,
                "prompt_tokens": completion.prompt_tokens,
                "completion_tokens": completion.completion_tokens,
                "cached_tokens": completion.cached_tokens,
                "finish_reason": completion.finish_reason,
            }
            self.save()
        return replace(completion, details={**completion.details, "recorded": key})

    def save(self) -> None:
        """Write the recording (sorted, so diffs stay small)."""
        from netops.fsutil import atomic_write_text

        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"version": 1, "entries": self._entries}, indent=1, sort_keys=True, ensure_ascii=False)
        atomic_write_text(self.path, body + "\n")


def scripted_backend(spec: str) -> FakeBackend:
    """A FakeBackend whose replies come from ``scripted:PATH`` (a JSON list).

    Each item is a reply string, or ``{"text": "...", "delay": SECONDS}`` for
    a :class:`Slow` reply (to test ``--timeout``). Used by tests that run
    ``netops`` in a subprocess or a pseudo-terminal, where no object can be
    injected. An unreadable file is a ``ModelNotFoundError``.
    """
    from netops.errors import ModelNotFoundError

    path = Path(spec[len(SCRIPTED_PREFIX):])
    try:
        replies = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelNotFoundError(f"cannot read scripted replies from {path}: {exc}") from None
    if not isinstance(replies, list) or not all(isinstance(r, str) or _is_slow_item(r) for r in replies):
        raise ModelNotFoundError(
            f"{path} must hold a JSON list of reply strings or {{\"text\": ..., \"delay\": SECONDS}} objects"
        )
    queued: list[Reply] = [r if isinstance(r, str) else Slow(r["text"], float(r["delay"])) for r in replies]
    return FakeBackend(queued, name=f"scripted:{path.name}")


def _is_slow_item(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and set(item) == {"text", "delay"}
        and isinstance(item["text"], str)
        and isinstance(item["delay"], (int, float))
        and not isinstance(item["delay"], bool)
        and item["delay"] >= 0
    )
