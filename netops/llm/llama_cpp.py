"""The default backend: a GGUF model through llama-cpp-python, on the CPU.

What makes it fast enough on two cores:

* **One load per process.** Engines are cached by (file, context size,
  threads); the weights are memory-mapped, so a second process shares the
  page cache.
* **The fixed prefix is evaluated once.** A prompt's first system message is
  the fixed prefix (role, rules, API reference, schema summary). Its KV state
  is kept in the context between requests (only the differing tail is
  evaluated), kept in memory when another prompt evicted it, and saved to
  ``<cache dir>/prompt-state/`` keyed by model, context size and the prefix's
  tokens, so a cold one-shot loads it from disk (tens of milliseconds) instead
  of evaluating 1–2k tokens (seconds).
* **Drafting.** Prompt-lookup drafting proposes the tokens that followed the
  latest occurrence of the current n-gram in the prompt or output (code copies
  names from the prompt); the model checks a whole draft in one batch. A small
  model of the same family can draft instead (:class:`ModelDrafter`). Greedy
  verification keeps the output the model's own greedy choice.

The prefix is always evaluated as its own segment, so its KV state is the
same whether it was computed now, restored from memory or loaded from disk.

Everything llama-cpp-python-specific is imported when an engine is built, so
importing this module is cheap and works without the library.
"""

from __future__ import annotations

import codecs
import ctypes
import hashlib
import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netops.errors import BackendUnavailableError, ModelCorruptError, ModelNotFoundError
from netops.llm.base import (
    Completion,
    CompletionOptions,
    Message,
    StatusCallback,
    StopFilter,
    TokenCallback,
    check_deadline,
)

__all__ = [
    "LlamaCppBackend",
    "PromptLookupDrafter",
    "ModelDrafter",
    "Drafter",
    "physical_cores",
    "load_engine",
    "release_engines",
    "PREFIX_CACHE_MODES",
    "PromptTokens",
]

PREFIX_CACHE_MODES = ("disk", "memory", "off")
"""``disk``: keep in process and save to disk; ``memory``: in process only; ``off``: evaluate every prompt whole."""

_MIN_PREFIX_TOKENS = 32
_N_BATCH = 512
_MEMORY_STATES = 2
_INSTALL_HINT = (
    "install the model extra (it builds llama-cpp-python): "
    "CMAKE_ARGS=\"$(python3 -m netops.buildflags)\" pip install 'netops[model]'"
)

# ChatML, used only when a GGUF carries no chat template.
_CHATML = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def physical_cores() -> int:
    """Physical cores available to this process (SMT siblings counted once).

    Reads ``/sys/devices/system/cpu/cpuN/topology`` for the CPUs in this
    process's affinity mask; falls back to the logical CPU count.
    """
    try:
        cpus = sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
    cores = set()
    for cpu in cpus:
        base = Path(f"/sys/devices/system/cpu/cpu{cpu}/topology")
        try:
            cores.add((base / "physical_package_id").read_text().strip() + ":" + (base / "core_id").read_text().strip())
        except OSError:
            return max(1, len(cpus))
    return max(1, len(cores))


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


# --------------------------------------------------------------------------- drafting


class Drafter:
    """Proposes likely next tokens for the model to verify in one batch."""

    name = "none"

    def begin(self, prompt: PromptTokens) -> None:  # noqa: B027 - optional hook
        """Called once per request, after the prompt is evaluated, before decoding."""

    def propose(self, context: Sequence[int], limit: int) -> list[int]:
        """Return up to ``limit`` tokens likely to follow ``context``."""
        raise NotImplementedError


class PromptLookupDrafter(Drafter):
    """Draft by copying what followed the latest earlier match of the last n-gram.

    Parameters
    ----------
    max_tokens : int
        Longest draft.
    max_ngram, min_ngram : int
        The n-gram sizes tried, longest first.

    Examples
    --------
    >>> d = PromptLookupDrafter(max_tokens=3, min_ngram=2)
    >>> d.propose([5, 6, 7, 8, 9, 1, 6, 7], limit=3)
    [8, 9, 1]
    >>> d.propose([1, 2, 3], limit=3)
    []
    """

    name = "prompt-lookup"

    def __init__(self, max_tokens: int = 6, max_ngram: int = 3, min_ngram: int = 2) -> None:
        self.max_tokens = max_tokens
        self.max_ngram = max_ngram
        self.min_ngram = min_ngram

    def propose(self, context: Sequence[int], limit: int) -> list[int]:
        """Return the continuation of the latest earlier occurrence of the context's tail."""
        import numpy as np

        limit = min(limit, self.max_tokens)
        if limit <= 0:
            return []
        seq = np.asarray(context, dtype=np.int64)
        n_total = len(seq)
        for n in range(self.max_ngram, self.min_ngram - 1, -1):
            if n_total <= n:
                continue
            tail = seq[-n:]
            windows = np.lib.stride_tricks.sliding_window_view(seq[:-1], n)
            hits = np.nonzero((windows == tail).all(axis=1))[0]
            for start in hits[::-1]:
                follow = start + n
                if follow < n_total:
                    draft = seq[follow : follow + limit]
                    return [int(t) for t in draft]
        return []


class ModelDrafter(Drafter):
    """Draft greedily with a smaller model that shares the tokenizer.

    The draft engine keeps its own KV cache (and prefix state), so each
    proposal costs one small-model step per drafted token.

    Parameters
    ----------
    engine : _Engine
        The small model's engine (see :func:`load_engine`).
    max_tokens : int
        Longest draft.
    prefix_cache : str
        Prefix-state mode for the draft model, one of :data:`PREFIX_CACHE_MODES`.
    """

    name = "model"

    def __init__(self, engine: _Engine, max_tokens: int = 4, prefix_cache: str = "disk") -> None:
        self.engine = engine
        self.max_tokens = max_tokens
        self.prefix_cache = prefix_cache
        self.name = f"model:{engine.label}"

    def begin(self, prompt: PromptTokens) -> None:
        """Evaluate the prompt on the draft model (its prefix from its own state cache)."""
        with self.engine.lock:
            self.engine.evaluate_prompt(prompt, self.prefix_cache)

    def propose(self, context: Sequence[int], limit: int) -> list[int]:
        """Greedy-decode up to ``limit`` tokens with the small model."""
        import numpy as np

        limit = min(limit, self.max_tokens)
        if limit <= 0:
            return []
        engine = self.engine
        with engine.lock:
            keep = _common_prefix(engine.tokens, context)
            if keep == len(context):
                keep -= 1
            engine.truncate(keep)
            logits = engine.feed(list(context[keep:]))
            draft: list[int] = []
            for i in range(limit):
                token = int(np.argmax(logits))
                if engine.is_eog(token):
                    break
                draft.append(token)
                if i + 1 < limit:
                    logits = engine.feed([token])
            return draft


# --------------------------------------------------------------------------- engine


@dataclass(frozen=True)
class PromptTokens:
    """Prompt tokens, the starts of its segments, and its reusable prefix levels.

    A segment is evaluated on its own from its start, so its KV state does not
    depend on what was evaluated before it. The boundaries are where each
    message after the first starts, plus, inside the first (system) message,
    where its part shared by every topology ends (``Message.stable_prefix``).
    """

    tokens: list[int]
    boundaries: tuple[int, ...]  # token offsets where a segment after the first starts
    prefix_len: int  # end of the leading system message if it is worth caching, else 0
    shared_len: int = 0  # end of the part of the system message every topology shares, else 0

    @property
    def levels(self) -> tuple[int, ...]:
        """The prefix lengths whose KV states are cached: shared part, then the whole system message."""
        if not self.prefix_len:
            return ()
        if 0 < self.shared_len < self.prefix_len:
            return (self.shared_len, self.prefix_len)
        return (self.prefix_len,)


@dataclass
class _PrefixInfo:
    """How the prefix levels came to be in the KV cache for one prompt.

    ``source`` says where the deepest reused level came from (``kv``,
    ``memory``, ``disk``), or ``evaluated`` when nothing was reused; ``evaluated``
    counts the prefix tokens computed now (a new schema segment, say).
    """

    source: str = "none"  # kv | memory | disk | evaluated | none | off
    tokens: int = 0
    evaluated: int = 0
    seconds: float = 0.0
    saved: bool = False


class _Engine:
    """One loaded model and its context: tokens in the KV cache, prefix states.

    Not thread-safe by itself: callers hold ``lock`` around a request.
    """

    def __init__(
        self,
        path: Path,
        *,
        n_ctx: int,
        threads: int,
        identity: str,
        label: str,
        repack: bool = False,
        flash_attn: bool = True,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> None:
        try:
            import llama_cpp
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise BackendUnavailableError(
                f"llama-cpp-python is not installed ({exc})", hint=_INSTALL_HINT
            ) from None
        lib = self._lib = llama_cpp
        self.path = path
        self.n_ctx = n_ctx
        self.threads = threads
        self.identity = identity
        self.label = label
        self.lock = threading.RLock()
        self._closed = True
        _backend_init(lib)
        t0 = time.perf_counter()
        model = self.model = _load_model(lib, path, label=label, repack=repack, progress=progress)
        ctx = self.ctx = _new_context(lib, model, path, n_ctx=n_ctx, threads=threads, flash_attn=flash_attn)
        self._closed = False
        self.flash_attn = flash_attn
        self.repack = repack
        self.kv_tag = f"n_ctx={n_ctx}|fa={int(flash_attn)}|llama_cpp={getattr(lib, '__version__', '?')}"
        self.load_seconds = time.perf_counter() - t0
        self.memory = lib.llama_get_memory(ctx)
        self.vocab = lib.llama_model_get_vocab(model)
        self.n_vocab = lib.llama_vocab_n_tokens(self.vocab)
        self.n_batch = _N_BATCH
        # The last prompt evaluated and the logits after its last token: a
        # second completion of the same prompt (another candidate sample)
        # then decodes at once, with exactly the logits a cold run computes.
        self.last_prompt: tuple[tuple[int, ...], Any] | None = None
        self.batch = lib.llama_batch_init(self.n_batch, 0, 1)
        self.model_bytes = int(lib.llama_model_size(model))
        self.tokens: list[int] = []
        self.memory_states: OrderedDict[str, bytes] = OrderedDict()
        self.add_bos = bool(lib.llama_vocab_get_add_bos(self.vocab))
        template = self.meta("tokenizer.chat_template")
        self.template_source = "gguf" if template else "chatml-fallback"
        self._template = _compile_template(template or _CHATML)
        self._pieces: dict[int, bytes] = {}
        self._bos = self._piece(lib.llama_vocab_bos(self.vocab), special=True)
        self._eos = self._piece(lib.llama_vocab_eos(self.vocab), special=True)

    # ---- text

    def meta(self, key: str) -> str | None:
        """A GGUF metadata value as text, or None."""
        size = 1 << 16
        buf = ctypes.create_string_buffer(size)
        n = self._lib.llama_model_meta_val_str(self.model, key.encode(), buf, size)
        if n < 0:
            return None
        if n >= size:
            buf = ctypes.create_string_buffer(n + 1)
            n = self._lib.llama_model_meta_val_str(self.model, key.encode(), buf, n + 1)
        return buf.raw[:n].decode("utf-8", errors="replace")

    def _piece(self, token: int, *, special: bool = False) -> str:
        if token < 0:
            return ""
        return self.token_bytes(token, special=special).decode("utf-8", errors="replace")

    def render(self, messages: Sequence[Message], *, add_generation_prompt: bool = True) -> str:
        """The prompt text for ``messages`` according to the GGUF's chat template."""
        return self._template.render(
            messages=[m.as_dict() for m in messages],
            add_generation_prompt=add_generation_prompt,
            bos_token=self._bos,
            eos_token=self._eos,
        )

    def tokenize(self, text: str) -> list[int]:
        """Tokens of ``text`` with special tokens parsed (as the template writes them)."""
        data = text.encode("utf-8")
        capacity = len(data) + 8
        buf = (self._lib.llama_token * capacity)()
        n = self._lib.llama_tokenize(self.vocab, data, len(data), buf, capacity, self.add_bos, True)
        if n < 0:  # pragma: no cover - capacity is always enough for byte-level BPE
            capacity = -n
            buf = (self._lib.llama_token * capacity)()
            n = self._lib.llama_tokenize(self.vocab, data, len(data), buf, capacity, self.add_bos, True)
        return list(buf[:n])

    def token_bytes(self, token: int, *, special: bool = False) -> bytes:
        """The bytes a token stands for (special tokens render empty unless ``special``)."""
        cache_key = token if not special else -1 - token
        piece = self._pieces.get(cache_key)
        if piece is None:
            buf = ctypes.create_string_buffer(256)
            n = self._lib.llama_token_to_piece(self.vocab, token, buf, 256, 0, special)
            if n < 0:
                buf = ctypes.create_string_buffer(-n)
                n = self._lib.llama_token_to_piece(self.vocab, token, buf, -n, 0, special)
            piece = buf.raw[:n]
            self._pieces[cache_key] = piece
        return piece

    def is_eog(self, token: int) -> bool:
        """True for end-of-generation tokens (end of turn, end of text)."""
        return bool(self._lib.llama_vocab_is_eog(self.vocab, token))

    # ---- KV cache

    def truncate(self, n: int) -> None:
        """Forget everything after the first ``n`` tokens of the KV cache.

        The KV cache is cleared past ``n`` even when ``self.tokens`` is already
        that short: Ctrl-C lands when llama_decode returns, before the batch
        is appended to ``self.tokens``, so the cache may hold cells the list
        never recorded. Every prompt passes through here, which makes this the
        one place that keeps the two consistent.
        """
        n = min(n, len(self.tokens))
        del self.tokens[n:]
        self._lib.llama_memory_seq_rm(self.memory, 0, n, -1)

    def feed(self, tokens: Sequence[int], *, all_logits: bool = False, check: Callable[[], None] | None = None) -> Any:
        """Evaluate ``tokens`` after the cached ones; return the logits.

        Returns the last position's logits (a NumPy view, valid until the next
        call), or, with ``all_logits``, the argmax at every position of the
        final batch (used to verify drafts). ``check`` runs before each batch
        of up to ``n_batch`` tokens and may raise (a passed deadline) to stop.
        """
        if not tokens:
            raise ValueError("feed() needs at least one token")
        if len(self.tokens) + len(tokens) > self.n_ctx:
            raise _ContextFull()
        import numpy as np

        lib = self._lib
        batch = self.batch
        for start in range(0, len(tokens), self.n_batch):
            if check is not None:
                check()
            chunk = tokens[start : start + self.n_batch]
            base = len(self.tokens)
            batch.n_tokens = len(chunk)
            for i, token in enumerate(chunk):
                batch.token[i] = token
                batch.pos[i] = base + i
                batch.n_seq_id[i] = 1
                batch.seq_id[i][0] = 0
                batch.logits[i] = all_logits
            batch.logits[len(chunk) - 1] = True
            rc = lib.llama_decode(self.ctx, batch)
            if rc != 0:
                raise RuntimeError(f"llama_decode failed with status {rc}")
            self.tokens.extend(int(t) for t in chunk)
        if all_logits:
            return [
                int(np.argmax(np.ctypeslib.as_array(lib.llama_get_logits_ith(self.ctx, i), shape=(self.n_vocab,))))
                for i in range(len(chunk))
            ]
        return np.ctypeslib.as_array(lib.llama_get_logits_ith(self.ctx, -1), shape=(self.n_vocab,))

    # ---- prefix state

    def _state_key(self, prefix: Sequence[int]) -> str:
        digest = hashlib.sha256()
        digest.update(f"{self.identity}|{self.kv_tag}|".encode())
        digest.update(b"".join(int(t).to_bytes(4, "little") for t in prefix))
        return digest.hexdigest()[:24]

    def _state_path(self, key: str) -> Path:
        from netops.settings import cache_dir
        from netops.store.caches import PREFIX_SUBDIR

        return cache_dir() / PREFIX_SUBDIR / f"{self.label}-{key}.kv"

    def _restore_bytes(self, data: bytes, prefix: Sequence[int]) -> bool:
        lib = self._lib
        self.truncate(0)
        buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        if lib.llama_state_seq_set_data(self.ctx, buf, len(data), 0) == 0:
            self._lib.llama_memory_seq_rm(self.memory, 0, 0, -1)
            return False
        self.tokens = list(prefix)
        return True

    def _snapshot(self) -> bytes:
        lib = self._lib
        size = lib.llama_state_seq_get_size(self.ctx, 0)
        buf = (ctypes.c_uint8 * size)()
        written = lib.llama_state_seq_get_data(self.ctx, buf, size, 0)
        return ctypes.string_at(buf, written)

    def _load_file(self, path: Path, prefix: Sequence[int]) -> bool:
        lib = self._lib
        self.truncate(0)
        capacity = len(prefix) + 1
        out = (lib.llama_token * capacity)()
        count = ctypes.c_size_t(0)
        read = lib.llama_state_seq_load_file(
            self.ctx, str(path).encode(), 0, out, capacity, ctypes.byref(count)
        )
        if read == 0 or list(out[: count.value]) != list(prefix):
            self._lib.llama_memory_seq_rm(self.memory, 0, 0, -1)
            path.unlink(missing_ok=True)  # stale or damaged: it will be rebuilt
            return False
        self.tokens = list(prefix)
        from netops.store.caches import touch_used

        touch_used(path)  # loaded: now the most recently used state
        return True

    def _save_file(self, path: Path, prefix: Sequence[int]) -> bool:
        """Save the KV state of ``prefix`` to ``path``; False (memory only, one warning) if it cannot."""
        from netops.store.caches import report_unwritable

        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        arr = (self._lib.llama_token * len(prefix))(*prefix)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not self._lib.llama_state_seq_save_file(self.ctx, str(tmp).encode(), 0, arr, len(prefix)):
                raise OSError("llama.cpp could not write the state file (disk full or read-only?)")
            os.replace(tmp, path)
        except OSError as exc:
            report_unwritable("prefix", path.parent, exc)
            return False
        finally:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
        _prune_states(path.parent, keep=(path,))
        return True

    def _restore(self, prefix: Sequence[int], mode: str) -> str | None:
        """Bring the KV cache to exactly ``prefix`` from a kept state; where it came from, or None."""
        if _common_prefix(self.tokens, prefix) == len(prefix):
            self.truncate(len(prefix))
            return "kv"
        key = self._state_key(prefix)
        if key in self.memory_states and self._restore_bytes(self.memory_states[key], prefix):
            self.memory_states.move_to_end(key)
            return "memory"
        path = self._state_path(key)
        if mode == "disk" and path.is_file() and self._load_file(path, prefix):
            return "disk"  # the file stays in the page cache: no copy in memory needed
        return None

    def ensure_prefix(
        self,
        tokens: Sequence[int],
        levels: Sequence[int],
        mode: str,
        *,
        check: Callable[[], None] | None = None,
        status: Callable[[str], None] | None = None,
    ) -> _PrefixInfo:
        """Make the KV cache start with ``tokens[:levels[-1]]``, as cheaply as possible.

        ``levels`` are ascending prefix lengths whose states are worth keeping:
        the part every topology shares, then the whole system message. The
        deepest level found in the KV cache, in memory or on disk is restored;
        each level after it is evaluated as its own segment and its state kept,
        so a new topology pays only for its schema segment.
        """
        full = levels[-1]
        info = _PrefixInfo(tokens=full)
        t0 = time.perf_counter()
        if _common_prefix(self.tokens, tokens[:full]) == full:
            info.source = "kv"  # already there; a longer match is the caller's to reuse
            return info
        start = 0
        for level in reversed(levels):
            source = self._restore(tokens[:level], mode)
            if source is not None:
                info.source, start = source, level
                break
        else:
            self.truncate(0)
            info.source = "evaluated"
        if mode == "disk":
            from netops.store.caches import touch_used

            # Every level reused now counts as used: the shared one above all,
            # which a long-lived process never reloads but every new topology needs.
            for level in levels:
                if level <= start:
                    touch_used(self._state_path(self._state_key(tokens[:level])))
        if status is not None and start < full:
            status(f"evaluating {len(tokens) - start} prompt tokens")
        for level in levels:
            if level <= start:
                continue
            # Evaluate each level from its own start so its KV state is canonical.
            self.feed(list(tokens[len(self.tokens) : level]), check=check)
            info.evaluated += level - start
            start = level
            prefix = tokens[:level]
            key = self._state_key(prefix)
            saved = mode == "disk" and self._save_file(self._state_path(key), prefix)
            info.saved = info.saved or saved
            if not saved:
                self._remember(key)
        info.seconds = time.perf_counter() - t0
        return info

    def _remember(self, key: str) -> None:
        self.memory_states[key] = self._snapshot()
        self.memory_states.move_to_end(key)
        while len(self.memory_states) > _MEMORY_STATES:
            self.memory_states.popitem(last=False)

    def evaluate_prompt(
        self,
        prompt: PromptTokens,
        mode: str,
        *,
        check: Callable[[], None] | None = None,
        status: Callable[[str], None] | None = None,
    ) -> tuple[_PrefixInfo, int, Any]:
        """Bring the KV cache to exactly ``prompt`` and return the last logits.

        The KV cache is reused only up to a segment boundary (the end of a
        message), and every segment is evaluated on its own from its start, so
        a prompt is computed the same way whatever was evaluated before it:
        the answer to a prompt does not depend on the cache's history.

        Returns
        -------
        tuple
            The prefix report, how many prompt tokens were reused, and the
            logits after the last prompt token (a view, see :meth:`feed`).
        """
        tokens = prompt.tokens
        info = _PrefixInfo()
        if mode != "off" and self.last_prompt is not None and self.last_prompt[0] == tuple(tokens):
            if _common_prefix(self.tokens, tokens) == len(tokens):
                self.truncate(len(tokens))
                info.source = "kv"
                return info, len(tokens), self.last_prompt[1].copy()
        self.last_prompt = None
        if mode == "off":
            self.truncate(0)
            info.source = "off"
        elif prompt.levels:
            info = self.ensure_prefix(tokens, prompt.levels, mode, check=check, status=status)
        match = _common_prefix(self.tokens, tokens)
        keep = max((b for b in (0, *prompt.boundaries) if b <= match), default=0)
        self.truncate(keep)
        reused = keep - info.evaluated
        if status is not None and not info.evaluated and len(tokens) - keep > 1:
            status(f"evaluating {len(tokens) - keep} prompt tokens")
        logits = None
        for end in (*(b for b in prompt.boundaries if b > keep), len(tokens)):
            logits = self.feed(list(tokens[len(self.tokens) : end]), check=check)
        if mode != "off":
            import numpy as np

            self.last_prompt = (tuple(tokens), np.array(logits, copy=True))
        return info, reused, logits

    @property
    def closed(self) -> bool:
        """True once :meth:`close` freed the llama.cpp objects."""
        return self._closed

    def close(self) -> None:
        """Free the batch, the context and the model."""
        if self._closed:
            return
        self._closed = True
        self._lib.llama_batch_free(self.batch)
        self._lib.llama_free(self.ctx)
        self._lib.llama_model_free(self.model)

    def __del__(self) -> None:  # pragma: no cover - interpreter shutdown order varies
        try:
            self.close()
        except Exception:
            pass


class _Cancelled(Exception):
    """A background :meth:`LlamaCppBackend.prepare` was told to stop."""


class _ContextFull(Exception):
    pass


def _load_model(
    lib: Any, path: Path, *, label: str, repack: bool, progress: Callable[[str, int, int], None] | None
) -> Any:
    """Load the weights of ``path`` (memory-mapped, on the CPU), reporting progress if asked."""
    mparams = lib.llama_model_default_params()
    mparams.n_gpu_layers = 0
    mparams.load_mode = lib.LLAMA_LOAD_MODE_MMAP
    # Repacking copies the weights into CPU-specific layouts: slower to load,
    # not shared through the page cache, and measured slower on prompts here.
    mparams.use_extra_bufts = repack
    callback = None  # kept referenced while C holds the pointer, until the load returns
    if progress is not None:
        report = progress

        def _on_progress(fraction: float, _user: Any) -> bool:
            report(f"loading {label}", int(fraction * 1000), 1000)
            return True

        callback = lib.llama_progress_callback(_on_progress)
        mparams.progress_callback = callback
    model = lib.llama_model_load_from_file(str(path).encode(), mparams)
    if not model:
        raise ModelCorruptError(
            f"llama.cpp could not load {path}",
            hint="check the file with `netops model verify`, or use another GGUF",
        )
    return model


def _new_context(lib: Any, model: Any, path: Path, *, n_ctx: int, threads: int, flash_attn: bool) -> Any:
    """A context of ``n_ctx`` tokens for ``model``; the model is freed if it cannot be made."""
    cparams = lib.llama_context_default_params()
    cparams.n_ctx = n_ctx
    cparams.n_batch = _N_BATCH
    cparams.n_ubatch = _N_BATCH
    cparams.n_seq_max = 1
    cparams.n_threads = threads
    cparams.n_threads_batch = threads
    cparams.flash_attn_type = (
        lib.LLAMA_FLASH_ATTN_TYPE_ENABLED if flash_attn else lib.LLAMA_FLASH_ATTN_TYPE_DISABLED
    )
    cparams.no_perf = True
    ctx = lib.llama_init_from_model(model, cparams)
    if not ctx:
        lib.llama_model_free(model)
        raise BackendUnavailableError(
            f"llama.cpp could not create a {n_ctx}-token context for {path}",
            hint="lower the context size or free some memory",
        )
    return ctx


def _tokenize_prompt(engine: _Engine, messages: Sequence[Message]) -> PromptTokens:
    text = engine.render(messages, add_generation_prompt=True)
    tokens = engine.tokenize(text)
    boundaries: list[int] = []
    for i in range(1, len(messages)):
        head = engine.tokenize(engine.render(messages[:i], add_generation_prompt=False))
        cut = _common_prefix(tokens, head)
        if 0 < cut < len(tokens) and (not boundaries or cut > boundaries[-1]):
            boundaries.append(cut)
    prefix_len = 0
    if messages and messages[0].role == "system" and boundaries and boundaries[0] >= _MIN_PREFIX_TOKENS:
        prefix_len = boundaries[0]
    shared_len = _shared_len(engine, text, tokens, messages[0]) if prefix_len else 0
    if _MIN_PREFIX_TOKENS <= shared_len < prefix_len:
        boundaries = sorted({*boundaries, shared_len})
    else:
        shared_len = 0
    return PromptTokens(tokens, tuple(boundaries), prefix_len, shared_len)


def _shared_len(engine: _Engine, text: str, tokens: Sequence[int], system: Message) -> int:
    """Tokens of the rendered prompt up to the end of the system message's shared part (0: none).

    The chat template copies the message verbatim, so the shared characters
    are found in the rendering; the tokens of the text up to there that agree
    with the prompt's own tokens are the shared level.
    """
    if system.stable_prefix <= 0:
        return 0
    shared = system.content[: system.stable_prefix]
    at = text.find(shared)
    if at < 0:
        return 0
    return _common_prefix(tokens, engine.tokenize(text[: at + len(shared)]))


_BACKEND_READY = False


_LOG_CALLBACK: Any = None


def _backend_init(lib: Any) -> None:
    """Initialize llama.cpp once and route its log to :mod:`logging` (never the terminal)."""
    global _BACKEND_READY, _LOG_CALLBACK
    if _BACKEND_READY:
        return
    log = logging.getLogger("netops.llm.llama_cpp")

    def _on_log(level: int, text: bytes, _user: Any) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s", text.decode("utf-8", errors="replace").rstrip())

    _LOG_CALLBACK = lib.llama_log_callback(_on_log)  # keep a reference: C holds the pointer
    lib.llama_log_set(_LOG_CALLBACK, ctypes.c_void_p(0))
    lib.llama_backend_init()
    _BACKEND_READY = True


def _compile_template(source: str) -> Any:
    import jinja2
    import jinja2.ext
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message: str) -> None:
        raise jinja2.TemplateError(message)

    env = ImmutableSandboxedEnvironment(
        loader=jinja2.BaseLoader(), trim_blocks=True, lstrip_blocks=True, extensions=[jinja2.ext.loopcontrols]
    )
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = lambda fmt: time.strftime(fmt)
    return env.from_string(source)


def _prune_states(directory: Path, keep: Sequence[Path] = ()) -> None:
    """Evict least recently used prefix states beyond the ``prefix_cache_mb`` setting (never ``keep``)."""
    from netops.store.caches import PREFIX_PATTERN, cap, prune_lru

    prune_lru(directory, PREFIX_PATTERN, cap("prefix"), keep=keep)


_ENGINES: dict[tuple[Any, ...], _Engine] = {}
_ENGINES_LOCK = threading.Lock()


def load_engine(
    path: str | Path,
    *,
    n_ctx: int = 4096,
    threads: int | None = None,
    identity: str | None = None,
    repack: bool = False,
    flash_attn: bool = True,
    progress: Callable[[str, int, int], None] | None = None,
) -> _Engine:
    """Load a GGUF once per process (cached by file and context settings).

    Parameters
    ----------
    path : str or Path
        The GGUF file.
    n_ctx : int
        Context size in tokens; it bounds prompt plus completion and the size
        of saved prefix states.
    threads : int, optional
        Threads for prompt evaluation and decoding (default: physical cores).
    identity : str, optional
        What keys saved prefix states (default: path, size and mtime; the
        embedded models pass their SHA-256).
    repack : bool
        Let llama.cpp repack weights into CPU-specific layouts (off: the
        weights stay memory-mapped; measured faster to load and on prompts).
    flash_attn : bool
        Use llama.cpp's flash-attention kernels.
    progress : callable, optional
        ``progress(description, done, total)`` while the weights load.

    Raises
    ------
    ModelNotFoundError
        The file does not exist.
    ModelCorruptError
        It is not a GGUF file or llama.cpp cannot load it.
    BackendUnavailableError
        llama-cpp-python is not installed.
    """
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise ModelNotFoundError(
            f"model file {path} does not exist",
            hint="pass an existing .gguf file, an embedded model name (`netops model list`) or an http(s):// URL",
        )
    with path.open("rb") as handle:
        if handle.read(4) != b"GGUF":
            raise ModelCorruptError(f"{path} is not a GGUF file", hint="pass a .gguf model file")
    threads = threads or physical_cores()
    key = (str(path), n_ctx, threads, repack, flash_attn)
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            if identity is None:
                st = path.stat()
                identity = f"{path}|{st.st_size}|{st.st_mtime_ns}"
            label = path.stem.lower().replace(" ", "-")[:48]
            engine = _Engine(
                path,
                n_ctx=n_ctx,
                threads=threads,
                identity=identity,
                label=label,
                repack=repack,
                flash_attn=flash_attn,
                progress=progress,
            )
            _ENGINES[key] = engine
        return engine


def release_engines() -> None:
    """Close every cached engine (tests and long-lived processes that switch models)."""
    with _ENGINES_LOCK:
        engines = list(_ENGINES.values())
        _ENGINES.clear()
    for engine in engines:
        with engine.lock:
            engine.close()


# --------------------------------------------------------------------------- backend


class LlamaCppBackend:
    """A local GGUF model through llama-cpp-python.

    Parameters
    ----------
    model_path : str or Path
        The GGUF file.
    name : str, optional
        Name shown to users (default: the file's stem).
    n_ctx : int
        Context size in tokens (prompt plus completion).
    threads : int, optional
        Default: physical cores.
    prefix_cache : str
        ``disk`` (default), ``memory`` or ``off``; see :data:`PREFIX_CACHE_MODES`.
    drafter : Drafter, optional
        Speculative drafting for greedy decoding (:class:`PromptLookupDrafter`
        or :class:`ModelDrafter`); ``None`` (default) decodes one token per step.
    identity : str, optional
        Key for saved prefix states (the embedded models pass their SHA-256).
    repack, flash_attn : bool
        llama.cpp load options, see :func:`load_engine`.
    progress : callable, optional
        ``progress(description, done, total)`` while the weights load.

    Notes
    -----
    The model is loaded on the first request (or :meth:`load`), once per
    process for all backends on the same file.
    """

    remote = False

    def __init__(
        self,
        model_path: str | Path,
        *,
        name: str | None = None,
        n_ctx: int = 4096,
        threads: int | None = None,
        prefix_cache: str = "disk",
        drafter: Drafter | None = None,
        identity: str | None = None,
        repack: bool = False,
        flash_attn: bool = True,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> None:
        if prefix_cache not in PREFIX_CACHE_MODES:
            raise ValueError(f"prefix_cache must be one of {PREFIX_CACHE_MODES}, not {prefix_cache!r}")
        self.model_path = Path(model_path)
        self.name = name or self.model_path.stem
        self.n_ctx = n_ctx
        self.threads = threads
        self.prefix_cache = prefix_cache
        self.drafter = drafter
        self.identity = identity
        self.repack = repack
        self.flash_attn = flash_attn
        self.progress = progress
        self._engine: _Engine | None = None

    def load(self) -> _Engine:
        """Load the model now (otherwise it loads on the first request)."""
        if self._engine is None or self._engine.closed:
            self._engine = load_engine(
                self.model_path,
                n_ctx=self.n_ctx,
                threads=self.threads,
                identity=self.identity,
                repack=self.repack,
                flash_attn=self.flash_attn,
                progress=self.progress,
            )
        return self._engine

    @property
    def threads_used(self) -> int:
        """Threads the engine runs with."""
        return self.load().threads

    def prompt_tokens(self, messages: Sequence[Message]) -> PromptTokens:
        """Tokenize the rendered prompt and find where each message starts.

        A message starts where the rendering of the messages before it stops
        matching the full rendering. The first boundary is the fixed prefix
        when the prompt opens with a system message followed by more.
        """
        engine = self.load()
        return _tokenize_prompt(engine, messages)

    def prepare(self, messages: Sequence[Message], cancel: threading.Event | None = None) -> bool:
        """Evaluate and keep the prompt prefix of ``messages`` ahead of the request that will start with it.

        The REPL runs this in a background thread when its topology changes
        (an applied change, a pending change, a reload), so the new schema
        segment is evaluated while the operator reads the answer and types the
        next request; that request then finds it in the KV cache. The prefix
        is evaluated exactly as a request would evaluate it (same segments,
        same saved states), so answers do not depend on whether it ran.

        Does nothing and returns False before the model is loaded (loading is
        the first request's, with its progress bar), with the prefix cache
        off, or when ``messages`` have no prefix worth keeping. Once
        ``cancel`` is set it stops before the next batch of prompt tokens.
        """
        engine = self._engine
        if engine is None or engine.closed or self.prefix_cache == "off":
            return False
        prompt = self.prompt_tokens(messages)
        if not prompt.levels:
            return False

        def check() -> None:
            if cancel is not None and cancel.is_set():
                raise _Cancelled

        with engine.lock:
            if engine.closed:
                return False
            try:
                engine.ensure_prefix(prompt.tokens, prompt.levels, self.prefix_cache, check=check)
            except _Cancelled:
                return False
        return True

    def complete(
        self,
        messages: Sequence[Message],
        options: CompletionOptions = CompletionOptions(),
        on_token: TokenCallback | None = None,
        on_status: StatusCallback | None = None,
    ) -> Completion:
        """Complete ``messages`` (see :class:`netops.llm.base.Backend`).

        Raises :class:`netops.errors.DeadlineExceeded` once ``options.deadline``
        passes: it is checked before each prompt batch and each decoded token.
        """
        import numpy as np

        started = time.perf_counter()
        timings: dict[str, float] = {}
        status = on_status or (lambda _text: None)

        def check() -> None:
            check_deadline(options)

        check()
        engine = self._load_timed(status, timings)
        prompt = self.prompt_tokens(messages)
        n_prompt = len(prompt.tokens)
        if n_prompt >= self.n_ctx:
            raise _context_error(n_prompt, self.n_ctx)
        greedy = options.temperature == 0
        drafter = self.drafter if greedy else None
        rng = np.random.default_rng(options.seed)
        decoding = _Decoding(engine, options, StopFilter(options.stop, on_token), self.n_ctx, self._choose, rng)
        with engine.lock:
            t0 = time.perf_counter()
            prefix, cached, logits = engine.evaluate_prompt(
                prompt, self.prefix_cache, check=check, status=status
            )
            if prefix.source in {"memory", "disk"}:
                timings["prefix"] = prefix.seconds
            t1 = time.perf_counter()
            timings["prompt"] = t1 - t0 - timings.get("prefix", 0.0)
            pending = decoding.choose(logits)
            if drafter is not None:
                drafter.begin(prompt)
            t2 = time.perf_counter()
            if drafter is not None and t2 - t1 > 0.0005:
                timings["draft_prompt"] = t2 - t1
            status("generating")
            decoding.run(pending, prompt, drafter, check)
            t3 = time.perf_counter()
        text = decoding.finish()
        timings["decode"] = t3 - t2
        timings["total"] = time.perf_counter() - started
        details: dict[str, Any] = {
            # Mean and least log-probability (at temperature 1) of the tokens
            # the model chose: how sure it was of this program.
            "mean_logprob": sum(decoding.logprobs) / len(decoding.logprobs),
            "min_logprob": min(decoding.logprobs),
            "prefix_tokens": prompt.prefix_len,
            "prefix_source": prefix.source,
            "prefix_evaluated": prefix.evaluated,
            "prefix_saved": prefix.saved,
            "threads": engine.threads,
            "drafter": drafter.name if drafter is not None else "none",
        }
        if drafter is not None:
            details.update(draft_proposed=decoding.proposed, draft_accepted=decoding.accepted)
        return Completion(
            text=text,
            model=self.name,
            prompt_tokens=n_prompt,
            completion_tokens=len(decoding.out),
            cached_tokens=cached,
            timings=timings,
            finish_reason=decoding.finish_reason,
            details=details,
        )

    def _load_timed(self, status: Callable[[str], None], timings: dict[str, float]) -> _Engine:
        """The engine, loading it first (said in ``status``, timed as ``load``) when it is not loaded."""
        if self._engine is None or self._engine.closed:
            status("loading the model")
            t_load = time.perf_counter()
            self.load()
            timings["load"] = time.perf_counter() - t_load
        return self.load()

    @staticmethod
    def _choose(logits: Any, temperature: float, rng: Any) -> int:
        import numpy as np

        if temperature == 0:
            return int(np.argmax(logits))
        scaled = np.asarray(logits, dtype=np.float64) / temperature
        scaled -= scaled.max()
        probs = np.exp(scaled)
        probs /= probs.sum()
        return int(rng.choice(len(probs), p=probs))

    def close(self) -> None:
        """Drop this backend's reference to the engine (the process cache keeps it)."""
        self._engine = None


class _Decoding:
    """One completion's decoding loop and what it leaves: the tokens out, why it stopped, drafting counts.

    Every token the model chooses goes through :meth:`choose` (its log-probability is kept), every
    token accepted into the answer through :meth:`emit` (which decides when decoding is done).
    """

    def __init__(
        self,
        engine: _Engine,
        options: CompletionOptions,
        sink: StopFilter,
        n_ctx: int,
        chooser: Callable[[Any, float, Any], int],
        rng: Any,
    ) -> None:
        self.engine = engine
        self.options = options
        self.sink = sink
        self.n_ctx = n_ctx
        self.chooser = chooser
        self.rng = rng
        self.utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.out: list[int] = []
        self.logprobs: list[float] = []
        self.finish_reason = "length"
        self.proposed = 0
        self.accepted = 0

    def choose(self, logits: Any) -> int:
        """The next token from ``logits``, its log-probability recorded."""
        token = self.chooser(logits, self.options.temperature, self.rng)
        self.logprobs.append(_logprob(logits, token))
        return token

    def emit(self, token: int) -> bool:
        """Add ``token`` to the answer; True once decoding is done (end of generation, a stop sequence, max_tokens)."""
        if self.engine.is_eog(token):
            self.finish_reason = "stop"
            return True
        self.out.append(token)
        if self.sink.push(self.utf8.decode(self.engine.token_bytes(token))):
            self.finish_reason = "stop"
            return True
        if len(self.out) >= self.options.max_tokens:
            self.finish_reason = "length"
            return True
        return False

    def run(self, pending: int, prompt: PromptTokens, drafter: Drafter | None, check: Callable[[], None]) -> None:
        """Decode from the ``pending`` token until done; a full context ends it with ``length``."""
        engine = self.engine
        try:
            while not self.emit(pending):
                check()
                room = min(self.options.max_tokens - len(self.out), self.n_ctx - len(engine.tokens) - 2)
                draft = drafter.propose(prompt.tokens + self.out, room) if drafter is not None and room > 0 else []
                if not draft:
                    pending = self.choose(engine.feed([pending]))
                    continue
                verified = self._verify(pending, draft)
                if verified is None:
                    break
                pending = verified
        except _ContextFull:
            self.finish_reason = "length"

    def _verify(self, pending: int, draft: list[int]) -> int | None:
        """Check ``draft`` in one batch and emit the tokens the model agrees with.

        Returns the model's own next token after them, or None when emitting them finished decoding.
        """
        engine = self.engine
        self.proposed += len(draft)
        predictions = engine.feed([pending, *draft], all_logits=True)
        n_ok = 0
        while n_ok < len(draft) and predictions[n_ok] == draft[n_ok]:
            n_ok += 1
        self.accepted += n_ok
        # Drop the rejected draft tokens from the KV cache: the model's prediction replaces them.
        engine.truncate(len(engine.tokens) - (len(draft) - n_ok))
        for token in draft[:n_ok]:
            if self.emit(token):
                return None
        return predictions[n_ok]

    def finish(self) -> str:
        """The answer's text, with any bytes the decoder still holds flushed unless a stop sequence ended it."""
        if not self.sink.stopped:
            self.sink.push(self.utf8.decode(b"", final=True))
        return self.sink.finish()


def _logprob(logits: Any, token: int) -> float:
    """Log-probability of ``token`` under the softmax of ``logits`` (temperature 1)."""
    import numpy as np

    values = np.asarray(logits, dtype=np.float64)
    top = values.max()
    return float(values[token] - top - np.log(np.exp(values - top).sum()))


def _context_error(n_prompt: int, n_ctx: int) -> Exception:
    from netops.errors import PromptTooLong

    return PromptTooLong(
        f"the prompt has {n_prompt} tokens but the model context holds {n_ctx}",
        hint="shorten the request or lower the number of examples (NETOPS_EXAMPLES)",
    )
