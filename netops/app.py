"""The composition root: where a front end gets its pipeline, its store and its model tiers.

Every front end (``netops ask``, ``repl``, ``audit --freeze``, ``eval`` and the
Python API's :func:`netops.ask`) builds what it needs here and nowhere else,
so the wiring is decided once:

* :func:`build_pipeline` resolves the configured model specs
  (``settings.model``, then ``settings.tiers``) into backends and assembles a
  :class:`~netops.answering.pipeline.Pipeline`. A spec is an embedded model name, a
  ``.gguf`` path, an ``http(s)://`` endpoint, ``transformers:...`` or
  ``scripted:FILE`` (a JSON list of replies, :func:`netops.testing.scripted_backend`):
  all resolved by :func:`netops.llm.resolve.resolve_backend`.
* :func:`open_store` opens the SQLite store (history, program cache, journal).
* :func:`pipeline_for` is the one seam for tests that drive a command in
  process: a pipeline (or a factory of one) passed as ``obj={"pipeline": ...}``
  to typer's runner is used instead of building one. Subprocess tests use
  ``--model scripted:FILE`` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from netops.answering.pipeline import Pipeline, PipelineStore
from netops.settings import Settings

if TYPE_CHECKING:
    from netops.store.database import Store

__all__ = ["PIPELINE_KEY", "build_pipeline", "open_store", "pipeline_for"]

#: Key of the typer/click context object under which tests inject a pipeline (or a factory).
PIPELINE_KEY = "pipeline"


def build_pipeline(
    settings: Settings, *, frontend: str, store: PipelineStore | None = None, progress: Any = None
) -> Pipeline:
    """Resolve the configured model tiers and assemble a pipeline; ``frontend`` names the caller in the history."""
    from netops.llm.resolve import resolve_backend

    specs = [settings.model, *[t for t in settings.tiers if t != settings.model]]
    tiers = [resolve_backend(spec, threads=settings.threads or None, progress=progress) for spec in specs]
    return Pipeline(tiers, settings, store=store, frontend=frontend)


def open_store() -> Store:
    """The SQLite store in ``NETOPS_HOME`` (``netops.store.database.Store``); it raises ``StoreError`` when damaged."""
    from netops.store.database import Store

    return Store()


def pipeline_for(context_obj: Any, build: Callable[[], Any]) -> Any:
    """The pipeline a test injected (``obj={"pipeline": pipeline or factory}``), else ``build()``."""
    injected = context_obj.get(PIPELINE_KEY) if isinstance(context_obj, Mapping) else None
    if injected is None:
        return build()
    return injected() if callable(injected) and not hasattr(injected, "ask") else injected
