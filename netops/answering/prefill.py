"""Evaluate a changed topology's prompt prefix in the background, while the operator types.

A request on a topology whose schema the model has not seen pays for its
schema segment in prompt evaluation (hundreds of tokens, seconds on a laptop
CPU). In the REPL the topology changes at known moments (a change is
applied, undone or proposed, the file is reloaded) and the operator then
spends seconds reading and typing; :class:`BackgroundPrefill` spends them
evaluating the new segment (``Pipeline.prepare``), so the next request finds
it in the KV cache. The engine's lock orders it with requests: a request that
arrives first waits for the prefill, which it would otherwise have done itself.

Nothing here changes an answer: the prefix is evaluated as a request would
evaluate it. A failure is logged and forgotten (the request redoes the work).
"""

from __future__ import annotations

import logging
import threading
from typing import Protocol

from netops.topology.model import Topology

__all__ = ["BackgroundPrefill"]

_log = logging.getLogger(__name__)


class Prepares(Protocol):
    """What a prefill needs of the pipeline (``netops.answering.pipeline.Pipeline``)."""

    def prepare(self, topology: Topology, cancel: threading.Event | None = None) -> bool: ...


class BackgroundPrefill:
    """At most one prefill thread at a time; a newer topology cancels the older one's work."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()

    def start(self, pipeline: Prepares, topology: Topology) -> None:
        """Begin evaluating ``topology``'s prompt prefix; an earlier prefill is told to stop."""
        self._cancel.set()
        cancel = self._cancel = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(pipeline, topology, cancel), name="netops-prefill", daemon=True
        )
        self._thread.start()

    @staticmethod
    def _run(pipeline: Prepares, topology: Topology, cancel: threading.Event) -> None:
        try:
            pipeline.prepare(topology, cancel)
        except Exception:  # noqa: BLE001 - an optimisation: the next request does the work itself
            _log.debug("background prefill failed", exc_info=True)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the running prefill (if any) to end; whether none is running now."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def stop(self) -> None:
        """Cancel the running prefill and wait for it (before the engine is freed at exit)."""
        self._cancel.set()
        self.wait()
