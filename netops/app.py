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

import logging
import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, overload

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


@overload
def open_store() -> Store: ...


@overload
def open_store(*, optional: bool) -> Store | None: ...


def open_store(*, optional: bool = False) -> Store | None:
    """The SQLite store in ``NETOPS_HOME`` (``netops.store.database.Store``).

    It raises ``StoreError`` (exit 3, naming the file and how to recover) when
    the database is damaged. With ``optional``, a store that cannot be created
    where it should live (a read-only or missing ``NETOPS_HOME``) is no
    reason to refuse a question: one warning is logged and None comes back,
    and the caller answers without the history and the program cache.
    """
    from netops.errors import StoreError
    from netops.store.database import Store, default_db_path

    try:
        return Store()
    except StoreError as exc:
        home = default_db_path().parent
        if not optional or (home.is_dir() and os.access(home, os.W_OK)):
            raise  # the place is usable, so the database itself is the problem
        logging.getLogger("netops.store").warning(
            "netops: %s; answering without the history and the program cache", exc.message
        )
        return None


def pipeline_for(context_obj: Any, build: Callable[[], Any]) -> Any:
    """The pipeline a test injected (``obj={"pipeline": pipeline or factory}``), else ``build()``."""
    injected = context_obj.get(PIPELINE_KEY) if isinstance(context_obj, Mapping) else None
    if injected is None:
        return build()
    return injected() if callable(injected) and not hasattr(injected, "ask") else injected
