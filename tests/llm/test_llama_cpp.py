"""The llama.cpp backend: unit behaviour, then the real embedded models on real requests."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from netops.llm.base import CompletionOptions, Message
from netops.llm.llama_cpp import LlamaCppBackend, ModelDrafter, PromptLookupDrafter, physical_cores

ROOT = Path(__file__).resolve().parents[2]
STOP = ("\n```",)


def test_physical_cores_is_positive_and_bounded():
    """The thread default counts physical cores, never more than the logical CPUs."""
    import os

    assert 1 <= physical_cores() <= (os.cpu_count() or 1)


def test_prompt_lookup_prefers_longest_latest_match():
    """Prompt lookup copies what followed the latest occurrence of the longest matching n-gram."""
    drafter = PromptLookupDrafter(max_tokens=2, max_ngram=3, min_ngram=1)
    context = [1, 2, 3, 9, 9, 2, 3, 7, 8, 1, 2, 3]
    assert drafter.propose(context, limit=5) == [9, 9]
    assert drafter.propose([4, 5, 6], limit=5) == []
    assert drafter.propose(context, limit=0) == []


def test_prefix_cache_mode_is_checked(tmp_path):
    """An unknown prefix-cache mode is refused at construction."""
    with pytest.raises(ValueError, match="prefix_cache"):
        LlamaCppBackend(tmp_path / "x.gguf", prefix_cache="sometimes")


# --------------------------------------------------------------------------- real model

def _requests():
    """Real prompts: the project's prompt builder over a sample topology."""
    from netops.answering.prompting import PromptBuilder
    from netops.topology import load, summarize

    topology = load(ROOT / "topologies" / "dc-fabric.yaml")
    builder = PromptBuilder(summarize(topology).to_prompt())
    return {
        "spines": builder.messages("list all spine switches"),
        "vendors": builder.messages("how many devices does each vendor have?"),
        "down": builder.messages("which links are down?"),
    }


@pytest.fixture(scope="module")
def requests_():
    return _requests()


@pytest.fixture
def state_dir(tmp_path, monkeypatch):
    """A private cache dir for prefix states and fresh engines (the weights stay in the user cache)."""
    from netops.llm.llama_cpp import release_engines

    monkeypatch.setenv("NETOPS_CACHE_DIR", str(tmp_path / "cache"))
    release_engines()
    yield tmp_path / "cache" / "prompt-state"
    release_engines()


def _code(text: str) -> str:
    body = text.split("```python", 1)[-1]
    return body.split("```", 1)[0].strip()


@pytest.mark.model
def test_default_model_answers_real_requests(default_model_path, requests_, state_dir):
    """The embedded 1.5B model writes a parseable program assigning `result` for real requests."""
    backend = LlamaCppBackend(default_model_path, name="qwen2.5-coder-1.5b")
    for key, messages in requests_.items():
        completion = backend.complete(messages, CompletionOptions(max_tokens=200, stop=STOP))
        code = _code(completion.text)
        ast.parse(code)
        assert "result" in code, (key, completion.text)
        assert completion.prompt_tokens > 300 and completion.completion_tokens > 3
    spines = backend.complete(requests_["spines"], CompletionOptions(max_tokens=200, stop=STOP))
    assert "spine" in spines.text


@pytest.mark.model
def test_greedy_answers_do_not_depend_on_cache_history(small_model_path, requests_, state_dir):
    """The same prompt gives the same text whether the prefix was evaluated, kept in KV, or off."""
    options = CompletionOptions(max_tokens=120, stop=STOP)
    cached = LlamaCppBackend(small_model_path, prefix_cache="memory")
    uncached = LlamaCppBackend(small_model_path, prefix_cache="off")
    first = cached.complete(requests_["spines"], options)
    other = cached.complete(requests_["vendors"], options)
    again = cached.complete(requests_["spines"], options)
    plain = uncached.complete(requests_["spines"], options)
    assert first.text == again.text == plain.text
    assert other.text != first.text
    assert first.details["prefix_source"] == "evaluated" and again.details["prefix_source"] == "kv"
    assert again.cached_tokens >= again.details["prefix_tokens"] > 300
    assert plain.cached_tokens == 0


@pytest.mark.model
def test_prefix_state_is_saved_and_reloaded_from_disk(small_model_path, requests_, state_dir):
    """A fresh process restores the fixed prefix from disk instead of evaluating it, same answer."""
    options = CompletionOptions(max_tokens=120, stop=STOP)
    backend = LlamaCppBackend(small_model_path, prefix_cache="disk")
    first = backend.complete(requests_["down"], options)
    # Two levels are saved: the part every topology shares, and the whole system message.
    assert first.details["prefix_saved"] and len(list(state_dir.glob("*.kv"))) == 2
    script = (
        "import sys, json\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from test_llama_cpp import _requests\n"
        "from netops.llm.llama_cpp import LlamaCppBackend\n"
        "from netops.llm.base import CompletionOptions\n"
        f"b = LlamaCppBackend({str(small_model_path)!r}, prefix_cache='disk')\n"
        f"c = b.complete(_requests()['down'], CompletionOptions(max_tokens=120, stop={STOP!r}))\n"
        "print(json.dumps({'text': c.text, 'source': c.details['prefix_source'], 'cached': c.cached_tokens}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True)
    import json

    cold = json.loads(done.stdout.strip().splitlines()[-1])
    assert cold["source"] == "disk" and cold["cached"] >= first.details["prefix_tokens"]
    assert cold["text"] == first.text


@pytest.mark.model
def test_a_new_topology_evaluates_only_its_schema_segment(small_model_path, requests_, state_dir):
    """A request on another topology reuses the shared level and evaluates just the new schema, in a fresh process too."""
    from netops.answering.prompting import PromptBuilder
    from netops.llm.llama_cpp import release_engines
    from netops.topology import load, summarize

    options = CompletionOptions(max_tokens=40, stop=STOP)
    backend = LlamaCppBackend(small_model_path, prefix_cache="disk")
    first = backend.complete(requests_["spines"], options)
    campus = PromptBuilder(summarize(load(ROOT / "topologies" / "campus.yaml")).to_prompt()).messages(
        "list all spine switches"
    )
    shared = backend.prompt_tokens(campus).levels[0]
    other = backend.complete(campus, options)
    assert other.details["prefix_source"] == "kv"
    assert 0 < other.details["prefix_evaluated"] == other.details["prefix_tokens"] - shared
    release_engines()  # as a new process: the shared level comes from disk
    metro = PromptBuilder(summarize(load(ROOT / "tests" / "eval" / "topologies" / "metro.yaml")).to_prompt())
    cold = LlamaCppBackend(small_model_path, prefix_cache="disk").complete(metro.messages("list all spine switches"), options)
    assert cold.details["prefix_source"] == "disk" and cold.cached_tokens >= shared
    assert first.details["prefix_evaluated"] == first.details["prefix_tokens"]


@pytest.mark.model
def test_prepare_evaluates_the_prefix_ahead_and_changes_no_answer(small_model_path, requests_, state_dir):
    """prepare() leaves a new topology's prefix in the KV cache: the request then evaluates none of it, same text."""
    import threading

    from netops.answering.prompting import PromptBuilder
    from netops.llm.llama_cpp import release_engines
    from netops.topology import load, summarize

    options = CompletionOptions(max_tokens=40, stop=STOP)
    campus = PromptBuilder(summarize(load(ROOT / "topologies" / "campus.yaml")).to_prompt()).messages(
        "list all spine switches"
    )
    backend = LlamaCppBackend(small_model_path, prefix_cache="memory")
    assert backend.prepare(campus) is False  # the model is not loaded yet: loading is the request's
    backend.complete(requests_["spines"], options)
    cancelled = threading.Event()
    cancelled.set()
    assert backend.prepare(campus, cancelled) is False  # told to stop before its first batch
    assert backend.prepare(campus) is True
    prepared = backend.complete(campus, options)
    assert prepared.details["prefix_source"] == "kv" and prepared.details["prefix_evaluated"] == 0
    assert prepared.cached_tokens >= prepared.details["prefix_tokens"]
    release_engines()
    fresh = LlamaCppBackend(small_model_path, prefix_cache="memory")
    unprepared = fresh.complete(campus, options)
    assert unprepared.details["prefix_evaluated"] > 0 and unprepared.text == prepared.text


@pytest.mark.model
def test_damaged_prefix_state_is_rebuilt(small_model_path, requests_, state_dir):
    """A truncated state file is discarded and the prefix evaluated again, same answer."""
    from netops.llm.llama_cpp import release_engines

    options = CompletionOptions(max_tokens=60, stop=STOP)
    first = LlamaCppBackend(small_model_path, prefix_cache="disk").complete(requests_["spines"], options)
    states = list(state_dir.glob("*.kv"))
    for state in states:
        state.write_bytes(state.read_bytes()[:1000])
    release_engines()  # a new engine has an empty KV cache, as in a new process
    second = LlamaCppBackend(small_model_path, prefix_cache="disk").complete(requests_["spines"], options)
    assert second.details["prefix_source"] == "evaluated" and second.text == first.text
    assert len(states) == 2 and all(state.stat().st_size > 1000 for state in states)


@pytest.mark.model
def test_streaming_matches_text_and_stop_is_honoured(small_model_path, requests_, state_dir):
    """Streamed pieces add up to the completion, which ends before the stop sequence."""
    pieces: list[str] = []
    backend = LlamaCppBackend(small_model_path)
    completion = backend.complete(requests_["spines"], CompletionOptions(max_tokens=150, stop=STOP), pieces.append)
    assert "".join(pieces) == completion.text and len(pieces) > 3
    assert "\n```" not in completion.text and completion.finish_reason == "stop"


@pytest.mark.model
def test_max_tokens_bounds_the_answer(small_model_path, requests_, state_dir):
    """A tight max_tokens stops generation with finish_reason 'length'."""
    completion = LlamaCppBackend(small_model_path).complete(requests_["vendors"], CompletionOptions(max_tokens=5))
    assert completion.completion_tokens == 5 and completion.finish_reason == "length"


@pytest.mark.model
def test_drafting_keeps_the_greedy_answer(default_model_path, small_model_path, requests_, state_dir):
    """Prompt-lookup and small-model drafting change speed, not the answer."""
    from netops.llm.llama_cpp import load_engine

    options = CompletionOptions(max_tokens=120, stop=STOP)
    plain = LlamaCppBackend(small_model_path).complete(requests_["vendors"], options)
    lookup = LlamaCppBackend(small_model_path, drafter=PromptLookupDrafter()).complete(requests_["vendors"], options)
    assert lookup.text == plain.text
    assert lookup.details["draft_proposed"] >= lookup.details["draft_accepted"] >= 0

    big_plain = LlamaCppBackend(default_model_path).complete(requests_["spines"], options)
    drafter = ModelDrafter(load_engine(small_model_path))
    big_drafted = LlamaCppBackend(default_model_path, drafter=drafter).complete(requests_["spines"], options)
    assert big_drafted.text == big_plain.text
    assert big_drafted.details["draft_accepted"] > 0


@pytest.mark.model
def test_sampling_is_reproducible_with_a_seed(small_model_path, state_dir):
    """With temperature above 0 the same seed gives the same text."""
    backend = LlamaCppBackend(small_model_path)
    messages = [Message("user", "Name three network vendors.")]
    a = backend.complete(messages, CompletionOptions(temperature=0.8, seed=7, max_tokens=20))
    b = backend.complete(messages, CompletionOptions(temperature=0.8, seed=7, max_tokens=20))
    assert a.text == b.text and a.completion_tokens > 0


@pytest.mark.model
def test_chat_template_comes_from_the_gguf(small_model_path):
    """The prompt is rendered with the GGUF's own chat template (ChatML for Qwen)."""
    backend = LlamaCppBackend(small_model_path)
    engine = backend.load()
    assert engine.template_source == "gguf"
    text = engine.render([Message("system", "S"), Message("user", "U")])
    assert text == "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nU<|im_end|>\n<|im_start|>assistant\n"
    prompt = backend.prompt_tokens([Message("system", "S" * 400), Message("user", "U")])
    assert prompt.prefix_len == prompt.boundaries[0] > 32


@pytest.mark.model
def test_overlong_prompt_is_an_execution_error(small_model_path):
    """A prompt longer than the context fails cleanly instead of crashing llama.cpp."""
    from netops.errors import ExecutionError

    backend = LlamaCppBackend(small_model_path, n_ctx=256)
    with pytest.raises(ExecutionError, match="context"):
        backend.complete([Message("user", "word " * 400)])


@pytest.mark.model
def test_model_loads_once_per_process(small_model_path):
    """Two backends on the same file share one loaded engine."""
    a = LlamaCppBackend(small_model_path).load()
    b = LlamaCppBackend(small_model_path, prefix_cache="off").load()
    assert a is b and a.load_seconds > 0


@pytest.mark.model
def test_ctrl_c_during_a_decode_leaves_the_engine_usable(small_model_path, requests_, state_dir, monkeypatch):
    """Ctrl-C lands when llama_decode returns (Python runs signal handlers then): the next request still works.

    The decode has already stored the batch in the KV cache, but the engine's
    token list never recorded it; the next prompt that reuses exactly the
    cached prefix must not decode on top of those phantom cells.
    """
    options = CompletionOptions(max_tokens=60, stop=STOP)
    backend = LlamaCppBackend(small_model_path, prefix_cache="memory")
    expected = backend.complete(requests_["vendors"], options).text
    engine = backend.load()

    class InterruptAfterDecode:
        """The llama library, except that the first decode is followed by a Ctrl-C."""

        def __init__(self, lib):
            self._real = lib

        def __getattr__(self, name):
            return getattr(self._real, name)

        def llama_decode(self, ctx, batch):
            self._real.llama_decode(ctx, batch)
            monkeypatch.setattr(engine, "_lib", self._real)
            raise KeyboardInterrupt

    monkeypatch.setattr(engine, "_lib", InterruptAfterDecode(engine._lib))
    with pytest.raises(KeyboardInterrupt):
        backend.complete(requests_["spines"], options)  # interrupted while evaluating its request part
    assert backend.complete(requests_["vendors"], options).text == expected
