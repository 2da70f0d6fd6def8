"""Turn a ``--model`` / ``NETOPS_MODEL`` string into a backend.

Accepted forms:

``qwen2.5-coder-1.5b`` (or an alias, see ``netops model list``)
    An embedded model: assembled on first use, run by llama.cpp.
``/path/to/model.gguf`` (or ``llama_cpp:PATH``)
    Any GGUF file, run by llama.cpp.
``http://host:port/v1`` (optionally ``#served-model-name``)
    An OpenAI-compatible server (llama.cpp server, vLLM, Ollama, ...).
``transformers:NAME-OR-PATH``
    A Hugging Face model directory, a GGUF file or an embedded model, run by
    transformers on the CPU (the ``transformers`` extra).

Backends are cached per process, so a model is loaded once however often it
is resolved. Tuning knobs read from the environment (explicit arguments win):
``NETOPS_PREFIX_CACHE`` (``disk``, ``memory``, ``off``), ``NETOPS_DRAFT``
(``none``, ``prompt-lookup``, or ``model:NAME`` for a small drafting model)
and ``NETOPS_N_CTX``.

>>> parse_spec("http://127.0.0.1:8080/v1").kind
'http'
>>> parse_spec("qwen2.5-coder-0.5b").kind
'embedded'
>>> parse_spec("transformers:qwen2.5-coder-0.5b")
ModelSpec(kind='transformers', target='qwen2.5-coder-0.5b')
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netops.errors import ModelNotFoundError, UsageError
from netops.llm import models
from netops.llm.base import Backend

#: A model spec with this prefix names a file of scripted replies (``netops.testing.scripted_backend``).
SCRIPTED_PREFIX = "scripted:"

__all__ = [
    "ModelSpec",
    "parse_spec",
    "resolve_backend",
    "make_drafter",
    "DEFAULT_DRAFT",
    "DEFAULT_N_CTX",
]

DEFAULT_DRAFT = "none"
"""Drafting used when ``NETOPS_DRAFT`` is unset (see tests/benchmarks/bench_llm.py)."""

DEFAULT_N_CTX = 4096

_CACHE: dict[tuple[Any, ...], Backend] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class ModelSpec:
    """A parsed model string.

    Attributes
    ----------
    kind : str
        ``embedded``, ``gguf``, ``http`` or ``transformers``.
    target : str
        The embedded model's name, the file path, the URL, or the
        transformers reference.
    """

    kind: str
    target: str


def parse_spec(spec: str | None) -> ModelSpec:
    """Classify a model string (see the module docstring for the forms).

    Raises
    ------
    ModelNotFoundError
        It is none of the accepted forms.
    """
    text = (spec or "").strip() or models.DEFAULT_MODEL
    lowered = text.lower()
    if lowered.startswith(("http://", "https://")):
        return ModelSpec("http", text)
    for prefix, kind in (("transformers:", "transformers"), ("hf:", "transformers"), ("llama_cpp:", "gguf"), ("gguf:", "gguf")):
        if lowered.startswith(prefix):
            target = text[len(prefix) :].strip()
            if kind == "gguf" and models.is_embedded(target):
                return ModelSpec("embedded", models.get_model(target).name)
            return ModelSpec(kind, target)
    if models.is_embedded(text):
        return ModelSpec("embedded", models.get_model(text).name)
    path = Path(text).expanduser()
    if path.suffix.lower() == ".gguf" or path.exists() or os.sep in text:
        return ModelSpec("gguf", str(path))
    raise ModelNotFoundError(
        f"unknown model {text!r}: not an embedded model, a file or an http(s) URL",
        hint="see `netops model list`; or pass a .gguf path or an OpenAI-compatible URL",
    )


def _env(name: str, explicit: Any, default: Any) -> Any:
    if explicit is not None:
        return explicit
    value = os.environ.get(name, "").strip()
    return value or default


def make_drafter(
    spec: str | None,
    *,
    n_ctx: int = DEFAULT_N_CTX,
    threads: int | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> Any:
    """Build the drafter named by ``spec`` (``none``, ``prompt-lookup``, ``model:NAME``).

    Raises
    ------
    UsageError
        ``spec`` names no known drafting method.
    """
    from netops.llm.llama_cpp import ModelDrafter, PromptLookupDrafter, load_engine

    text = (spec or "none").strip().lower()
    if text in {"none", "off", "no", "0", ""}:
        return None
    if text in {"prompt-lookup", "lookup", "pld"}:
        return PromptLookupDrafter()
    if text.startswith("model:"):
        target = spec.strip()[len("model:") :]  # type: ignore[union-attr]
        if models.is_embedded(target):
            embedded = models.get_model(target)
            path, identity = models.ensure_model(embedded, progress), embedded.sha256
        else:
            path, identity = Path(target).expanduser(), None
        engine = load_engine(path, n_ctx=n_ctx, threads=threads, identity=identity, progress=progress)
        return ModelDrafter(engine)
    raise UsageError(f"unknown drafting method {spec!r} (use none, prompt-lookup or model:NAME)")


def resolve_backend(
    spec: str | None = None,
    *,
    threads: int | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    n_ctx: int | None = None,
    prefix_cache: str | None = None,
    draft: str | None = None,
) -> Backend:
    """Return the (process-wide cached) backend for a model string.

    Parameters
    ----------
    spec : str, optional
        Embedded model name, GGUF path, endpoint URL, ``transformers:...`` or
        ``scripted:FILE`` (replies from a JSON file, for tests; default: the
        embedded default model).
    threads : int, optional
        CPU threads for local backends (default: physical cores).
    progress : callable, optional
        ``progress(description, done, total)`` during assembly and loading.
    n_ctx : int, optional
        Context size for llama.cpp (default ``NETOPS_N_CTX`` or 4096).
    prefix_cache : str, optional
        ``disk``, ``memory`` or ``off`` (default ``NETOPS_PREFIX_CACHE`` or ``disk``).
    draft : str, optional
        ``none``, ``prompt-lookup`` or ``model:NAME`` (default ``NETOPS_DRAFT``
        or :data:`DEFAULT_DRAFT`).

    Raises
    ------
    ModelNotFoundError, ModelCorruptError, BackendUnavailableError
        No usable model (exit code 5).
    """
    if spec is not None and spec.startswith(SCRIPTED_PREFIX):
        # Replies from a file, for driving any front end without a model (never cached: each
        # resolution replays the file from its first reply).
        from netops.testing import scripted_backend

        return scripted_backend(spec)
    parsed = parse_spec(spec)
    n_ctx = int(_env("NETOPS_N_CTX", n_ctx, DEFAULT_N_CTX))
    prefix_cache = str(_env("NETOPS_PREFIX_CACHE", prefix_cache, "disk")).lower()
    draft = str(_env("NETOPS_DRAFT", draft, DEFAULT_DRAFT))
    key = (parsed, threads, n_ctx, prefix_cache, draft)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            return cached
        backend = _build(parsed, threads=threads, progress=progress, n_ctx=n_ctx, prefix_cache=prefix_cache, draft=draft)
        _CACHE[key] = backend
        return backend


def _build(
    parsed: ModelSpec,
    *,
    threads: int | None,
    progress: Callable[[str, int, int], None] | None,
    n_ctx: int,
    prefix_cache: str,
    draft: str,
) -> Backend:
    if parsed.kind == "http":
        from netops.llm.openai_http import OpenAIHTTPBackend

        return OpenAIHTTPBackend(parsed.target)
    if parsed.kind == "transformers":
        from netops.llm.transformers_backend import TransformersBackend

        if models.is_embedded(parsed.target):
            embedded = models.get_model(parsed.target)
            return TransformersBackend(
                models.ensure_model(embedded, progress), name=f"{embedded.name} (transformers)", threads=threads,
                progress=progress,
            )
        return TransformersBackend(parsed.target, threads=threads, progress=progress)

    from netops.llm.llama_cpp import PREFIX_CACHE_MODES, LlamaCppBackend

    if prefix_cache not in PREFIX_CACHE_MODES:
        raise UsageError(f"NETOPS_PREFIX_CACHE must be one of {', '.join(PREFIX_CACHE_MODES)}, not {prefix_cache!r}")
    if parsed.kind == "embedded":
        embedded = models.get_model(parsed.target)
        path: Path = models.ensure_model(embedded, progress)
        name, identity = embedded.name, embedded.sha256
    else:
        path = Path(parsed.target).expanduser()
        if not path.is_file():
            raise ModelNotFoundError(
                f"model file {path} does not exist",
                hint="pass an existing .gguf file, an embedded model name (`netops model list`) or an http(s):// URL",
            )
        name, identity = path.stem, None
    drafter = make_drafter(draft, n_ctx=n_ctx, threads=threads, progress=progress)
    return LlamaCppBackend(
        path,
        name=name,
        n_ctx=n_ctx,
        threads=threads,
        prefix_cache=prefix_cache,
        drafter=drafter,
        identity=identity,
        progress=progress,
    )
