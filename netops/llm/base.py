"""The backend protocol: complete a chat prompt, optionally streaming tokens.

Every model tier — the embedded GGUF through llama.cpp, an OpenAI-compatible
server, a Hugging Face model through transformers, and the test doubles in
:mod:`netops.testing` — satisfies :class:`Backend`. The pipeline sees nothing
else.

Decoding is greedy by default (``temperature=0``) with a fixed seed, so the
same prompt gives the same program.

>>> options = CompletionOptions(max_tokens=64, stop=("\\n```",))
>>> options.temperature, options.seed
(0.0, 42)
>>> Message("user", "hi").as_dict()
{'role': 'user', 'content': 'hi'}
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

__all__ = [
    "Message",
    "CompletionOptions",
    "Completion",
    "Backend",
    "TokenCallback",
    "StatusCallback",
    "check_deadline",
    "time_left",
    "prompt_hash",
    "apply_stop",
    "StopFilter",
]

TokenCallback = Callable[[str], None]
"""Receives each newly generated piece of text as it is decoded."""

StatusCallback = Callable[[str], None]
"""Receives the phase a backend is in, as a short lowercase phrase without the
model's name: ``"loading the model"``, ``"evaluating 812 prompt tokens"``,
``"generating"``. The pipeline adds the model and the attempt number."""

_ROLES = frozenset({"system", "user", "assistant"})


@dataclass(frozen=True)
class Message:
    """One chat message.

    Attributes
    ----------
    role : str
        ``system``, ``user`` or ``assistant``.
    content : str
        The text.
    stable_prefix : int
        How many leading characters of ``content`` are shared by many
        prompts (a KV-cache hint: the prompt builder marks the part that is
        the same for every topology). Backends may ignore it.
    """

    role: str
    content: str
    stable_prefix: int = 0

    def __post_init__(self) -> None:
        if self.role not in _ROLES:
            raise ValueError(f"unknown chat role {self.role!r} (expected one of {sorted(_ROLES)})")

    def as_dict(self) -> dict[str, str]:
        """The message as an OpenAI-style ``{"role", "content"}`` mapping."""
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class CompletionOptions:
    """How to decode.

    Attributes
    ----------
    temperature : float
        0 means greedy (deterministic); above 0 samples with ``seed``.
    seed : int
        Random seed for sampling (and sent to servers that accept one).
    max_tokens : int
        Upper bound on generated tokens.
    stop : tuple of str
        Generation stops before the first occurrence of any of these; the stop
        text itself is not part of the completion.
    deadline : float or None
        An absolute :func:`time.monotonic` time by which the completion must
        be done, or None for no limit. A backend checks it before sending the
        prompt and between tokens, and raises
        :class:`netops.errors.DeadlineExceeded` once it has passed (see
        :func:`check_deadline`). It does not change the answer, so it is not
        part of :func:`prompt_hash`.
    """

    temperature: float = 0.0
    seed: int = 42
    max_tokens: int = 512
    stop: tuple[str, ...] = ()
    deadline: float | None = None

    def __post_init__(self) -> None:
        if self.temperature < 0:
            raise ValueError("temperature must be >= 0")
        if self.max_tokens < 1:
            raise ValueError("max_tokens must be >= 1")
        object.__setattr__(self, "stop", tuple(s for s in self.stop if s))


@dataclass(frozen=True)
class Completion:
    """A finished completion with usage counts and timings.

    Attributes
    ----------
    text : str
        The generated text, without the stop sequence.
    model : str
        Which model produced it.
    prompt_tokens : int
        Tokens in the prompt.
    completion_tokens : int
        Tokens generated.
    cached_tokens : int
        Prompt tokens whose state was reused instead of evaluated
        (in-process KV cache, a saved prefix state, or a server's cache).
    timings : dict of str to float
        Seconds per stage: ``load`` (model load, first call only), ``prefix``
        (restoring a saved prefix state), ``prompt`` (evaluating the prompt),
        ``decode`` and ``total``. Backends report the stages they have.
    finish_reason : str
        ``stop`` (a stop sequence or end of turn) or ``length`` (``max_tokens``).
    details : mapping
        Backend-specific facts, e.g. where the prefix state came from or how
        many drafted tokens were accepted.
    """

    text: str
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    finish_reason: str = "stop"
    details: Mapping[str, Any] = field(default_factory=dict)


@runtime_checkable
class Backend(Protocol):
    """What every model tier provides.

    Attributes
    ----------
    name : str
        Shown to users and logged with every interaction.
    remote : bool
        True when prompts leave this machine; the pipeline then withholds
        topology contents (resolved entities) from the prompt.
    """

    remote: bool

    @property
    def name(self) -> str:  # read-only here: a backend may compute it (OpenAIHTTPBackend does)
        ...

    def complete(
        self,
        messages: Sequence[Message],
        options: CompletionOptions = CompletionOptions(),
        on_token: TokenCallback | None = None,
        on_status: StatusCallback | None = None,
    ) -> Completion:
        """Complete the chat ``messages``; stream text pieces to ``on_token`` if given.

        Report phases (loading, evaluating the prompt, generating) to
        ``on_status`` if given, and raise
        :class:`netops.errors.DeadlineExceeded` once ``options.deadline`` has
        passed.
        """
        ...


def time_left(options: CompletionOptions) -> float | None:
    """Seconds until ``options.deadline`` (negative once it has passed), or None without one.

    >>> time_left(CompletionOptions()) is None
    True
    >>> time_left(CompletionOptions(deadline=time.monotonic() + 60)) > 50
    True
    """
    return None if options.deadline is None else options.deadline - time.monotonic()


def check_deadline(options: CompletionOptions) -> None:
    """Raise :class:`netops.errors.DeadlineExceeded` if ``options.deadline`` has passed.

    >>> check_deadline(CompletionOptions(deadline=time.monotonic() + 60))
    >>> check_deadline(CompletionOptions(deadline=time.monotonic() - 1))
    Traceback (most recent call last):
    ...
    netops.errors.DeadlineExceeded: the request's deadline passed before an answer; nothing was changed
    """
    if options.deadline is not None and time.monotonic() >= options.deadline:
        from netops.errors import DeadlineExceeded

        raise DeadlineExceeded()


def prompt_hash(messages: Sequence[Message], options: CompletionOptions | None = None) -> str:
    """A stable hex digest of a prompt (and the options that change its answer).

    >>> a = prompt_hash([Message("user", "x")])
    >>> a == prompt_hash([Message("user", "x")]) != prompt_hash([Message("user", "y")])
    True
    """
    payload: dict[str, Any] = {"messages": [m.as_dict() for m in messages]}
    if options is not None:
        payload["options"] = {
            "temperature": options.temperature,
            "seed": options.seed,
            "max_tokens": options.max_tokens,
            "stop": list(options.stop),
        }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()


def apply_stop(text: str, stop: Sequence[str]) -> tuple[str, bool]:
    """Cut ``text`` before the earliest stop sequence.

    Returns
    -------
    tuple
        ``(text, stopped)``.

    >>> apply_stop("a = 1\\n```\\nmore", ["\\n```"])
    ('a = 1', True)
    >>> apply_stop("abc", ["x"])
    ('abc', False)
    """
    cut = min((i for i in (text.find(s) for s in stop if s) if i >= 0), default=-1)
    return (text[:cut], True) if cut >= 0 else (text, False)


class StopFilter:
    r"""Streams generated text while honouring stop sequences.

    Text that might be the beginning of a stop sequence is held back until it
    is clear it is not; once a stop sequence appears, the text is cut before it
    and nothing more is passed on.

    Parameters
    ----------
    stop : sequence of str
        The stop sequences.
    on_text : callable, optional
        Receives each piece of text that is safe to show.

    Examples
    --------
    >>> shown = []
    >>> f = StopFilter(["\n```"], shown.append)
    >>> f.push("x = 1\n")
    False
    >>> f.push("``` trailing")
    True
    >>> f.finish(), "".join(shown)
    ('x = 1', 'x = 1')
    """

    def __init__(self, stop: Sequence[str], on_text: TokenCallback | None = None) -> None:
        self.stop = tuple(s for s in stop if s)
        self.on_text = on_text
        self.text = ""
        self.stopped = False
        self._emitted = 0
        self._longest = max((len(s) for s in self.stop), default=0)

    def push(self, piece: str) -> bool:
        """Add generated text; return True once a stop sequence has appeared."""
        if self.stopped:
            return True
        start = max(0, len(self.text) - self._longest)
        self.text += piece
        if self.stop:
            hits = [i for i in (self.text.find(s, start) for s in self.stop) if i >= 0]
            if hits:
                self.text = self.text[: min(hits)]
                self.stopped = True
        self._flush(final=self.stopped)
        return self.stopped

    def finish(self) -> str:
        """Pass on what was held back and return the whole text."""
        self._flush(final=True)
        return self.text

    def _flush(self, *, final: bool) -> None:
        end = len(self.text)
        if not final:
            for s in self.stop:
                for k in range(min(len(s) - 1, len(self.text)), 0, -1):
                    if self.text.endswith(s[:k]):
                        end = min(end, len(self.text) - k)
                        break
        if end > self._emitted:
            if self.on_text is not None:
                self.on_text(self.text[self._emitted : end])
            self._emitted = end
