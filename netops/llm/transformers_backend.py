"""Hugging Face models on the CPU through torch (the ``transformers`` extra).

For models that have no GGUF, or to compare against llama.cpp. It loads
either a local Hugging Face model directory or a GGUF file (transformers
dequantizes GGUF weights to ``dtype``; the 0.5B embedded model needs about
2.5 GB in float32). Nothing is downloaded: loading is ``local_files_only``.

Greedy decoding by default, like every backend; the prompt goes through the
model's own chat template.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from netops.errors import BackendUnavailableError, DeadlineExceeded, ModelNotFoundError
from netops.llm.base import (
    Completion,
    CompletionOptions,
    Message,
    StatusCallback,
    StopFilter,
    TokenCallback,
    check_deadline,
)

__all__ = ["TransformersBackend"]

_INSTALL_HINT = "install the transformers extra: pip install 'netops[transformers]'"


class TransformersBackend:
    """A causal LM through ``transformers`` on the CPU.

    Parameters
    ----------
    model : str or Path
        A local model directory, or a ``.gguf`` file.
    name : str, optional
        Name shown to users (default: the directory or file stem).
    threads : int, optional
        torch intra-op threads (default: physical cores).
    dtype : str
        torch dtype for the weights, e.g. ``float32`` or ``bfloat16``.
    progress : callable, optional
        ``progress(description, done, total)`` when loading starts and ends.
    """

    remote = False

    def __init__(
        self,
        model: str | Path,
        *,
        name: str | None = None,
        threads: int | None = None,
        dtype: str = "float32",
        progress: Callable[[str, int, int], None] | None = None,
    ) -> None:
        self.model_ref = Path(model).expanduser()
        if not self.model_ref.exists():
            raise ModelNotFoundError(
                f"{self.model_ref} does not exist",
                hint="pass a local Hugging Face model directory or a .gguf file (nothing is downloaded)",
            )
        self.name = name or self.model_ref.stem
        self.threads = threads
        self.dtype = dtype
        self.progress = progress
        self._model: Any = None
        self._tokenizer: Any = None
        self.load_seconds = 0.0

    def load(self) -> None:
        """Load tokenizer and weights now (otherwise on the first request)."""
        if self._model is not None:
            return
        try:
            import torch
            import transformers
        except ImportError as exc:
            raise BackendUnavailableError(f"transformers backend unavailable ({exc})", hint=_INSTALL_HINT) from None
        from netops.llm.llama_cpp import physical_cores

        torch.set_num_threads(self.threads or physical_cores())
        transformers.utils.logging.disable_progress_bar()  # we report progress ourselves
        if self.progress is not None:
            self.progress(f"loading {self.name}", 0, 1)
        t0 = time.perf_counter()
        kwargs: dict[str, Any] = {"local_files_only": True}
        if self.model_ref.is_file():
            directory, kwargs["gguf_file"] = str(self.model_ref.parent), self.model_ref.name
        else:
            directory = str(self.model_ref)
        try:
            tokenizer = transformers.AutoTokenizer.from_pretrained(directory, **kwargs)
            model = transformers.AutoModelForCausalLM.from_pretrained(
                directory, dtype=getattr(torch, self.dtype), **kwargs
            )
        except (OSError, ValueError) as exc:
            raise ModelNotFoundError(
                f"transformers could not load {self.model_ref}: {' '.join(str(exc).split())[:300]}",
                hint="pass a local Hugging Face model directory or a .gguf file",
            ) from None
        model.eval()
        self._tokenizer, self._model = tokenizer, model
        self.load_seconds = time.perf_counter() - t0
        if self.progress is not None:
            self.progress(f"loading {self.name}", 1, 1)

    def complete(
        self,
        messages: Sequence[Message],
        options: CompletionOptions = CompletionOptions(),
        on_token: TokenCallback | None = None,
        on_status: StatusCallback | None = None,
    ) -> Completion:
        """Complete ``messages`` (see :class:`netops.llm.base.Backend`).

        ``options.deadline`` is checked before loading and generating, and
        between generated tokens (a stopping criterion).
        """
        import torch
        import transformers

        check_deadline(options)
        started = time.perf_counter()
        timings: dict[str, float] = {}
        if self._model is None:
            self._load_for_request(options, on_status, timings)
        tokenizer, model = self._tokenizer, self._model
        text = tokenizer.apply_chat_template(
            [m.as_dict() for m in messages], tokenize=False, add_generation_prompt=True
        )
        inputs = tokenizer(text, return_tensors="pt", add_special_tokens=False)
        n_prompt = int(inputs["input_ids"].shape[1])
        sink = StopFilter(options.stop, on_token)
        first: list[float] = []
        expired: list[bool] = []
        streamer = _streamer(transformers, tokenizer, sink, first, on_status)
        generate_kwargs = _generate_kwargs(torch, transformers, tokenizer, options, streamer, expired)
        torch.manual_seed(options.seed)
        if on_status is not None:
            on_status(f"evaluating {n_prompt} prompt tokens")
        t0 = time.perf_counter()
        with torch.inference_mode():
            output = model.generate(**inputs, **generate_kwargs)
        t1 = time.perf_counter()
        if expired:
            raise DeadlineExceeded()
        new_tokens = output[0, n_prompt:]
        _flush_held_back(tokenizer, new_tokens, sink)
        completion_text = sink.finish()
        n_new = int(new_tokens.shape[0])
        if first:
            timings["prompt"] = first[0] - t0
            timings["decode"] = t1 - first[0]
        timings["total"] = time.perf_counter() - started
        finish = "stop" if sink.stopped or n_new < options.max_tokens else "length"
        return Completion(
            text=completion_text,
            model=self.name,
            prompt_tokens=n_prompt,
            completion_tokens=n_new,
            cached_tokens=0,
            timings=timings,
            finish_reason=finish,
            details={"dtype": self.dtype, "threads": torch.get_num_threads()},
        )

    def _load_for_request(
        self, options: CompletionOptions, on_status: StatusCallback | None, timings: dict[str, float]
    ) -> None:
        """Load the model for a request (said in ``on_status``, timed as ``load``); the deadline is checked after."""
        if on_status is not None:
            on_status("loading the model")
        self.load()
        timings["load"] = self.load_seconds
        check_deadline(options)


# The helpers below take torch and transformers from TransformersBackend.complete, which imports them first.


def _streamer(
    transformers: Any, tokenizer: Any, sink: StopFilter, first: list[float], on_status: StatusCallback | None
) -> Any:
    """A ``TextStreamer`` that feeds ``sink`` and notes in ``first`` when the first text came."""

    class _Streamer(transformers.TextStreamer):
        def on_finalized_text(self, piece: str, stream_end: bool = False) -> None:
            if piece and not first:
                first.append(time.perf_counter())
                if on_status is not None:
                    on_status("generating")
            if piece:
                sink.push(piece)

    return _Streamer(tokenizer, skip_prompt=True, skip_special_tokens=True)


def _generate_kwargs(
    torch: Any, transformers: Any, tokenizer: Any, options: CompletionOptions, streamer: Any, expired: list[bool]
) -> dict[str, Any]:
    """``model.generate`` arguments for ``options``: greedy or sampled, stop strings, the deadline.

    A passed deadline stops generation and is noted in ``expired`` (the caller raises).
    """
    generate_kwargs: dict[str, Any] = {
        "max_new_tokens": options.max_tokens,
        "do_sample": options.temperature > 0,
        "pad_token_id": tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id,
        "streamer": streamer,
    }
    if options.temperature > 0:
        generate_kwargs.update(temperature=options.temperature, top_k=0, top_p=1.0)
    else:
        generate_kwargs.update(temperature=None, top_k=None, top_p=None)
    if options.stop:
        generate_kwargs.update(stop_strings=list(options.stop), tokenizer=tokenizer)
    if options.deadline is not None:
        deadline = options.deadline

        class _Deadline(transformers.StoppingCriteria):
            """Stops generation (checked after every token) once the deadline has passed."""

            def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
                done = time.monotonic() >= deadline
                if done:
                    expired.append(True)
                return torch.full((input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device)

        generate_kwargs["stopping_criteria"] = transformers.StoppingCriteriaList([_Deadline()])
    return generate_kwargs


def _flush_held_back(tokenizer: Any, new_tokens: Any, sink: StopFilter) -> None:
    """Pass on text the streamer held back, unless a stop sequence ended the answer."""
    if not sink.stopped:
        # The streamer may hold back a final partial word; the decoded ids are the truth.
        full = tokenizer.decode(new_tokens, skip_special_tokens=True)
        if full.startswith(sink.text):
            sink.push(full[len(sink.text) :])
