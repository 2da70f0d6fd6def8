"""Model strings (--model / NETOPS_MODEL) to backends."""

from __future__ import annotations

import pytest

from netops.errors import ModelCorruptError, ModelNotFoundError, UsageError
from netops.llm import resolve
from netops.llm.llama_cpp import PromptLookupDrafter
from netops.llm.openai_http import OpenAIHTTPBackend


@pytest.fixture(autouse=True)
def _fresh_cache(monkeypatch):
    for name in ("NETOPS_DRAFT", "NETOPS_PREFIX_CACHE", "NETOPS_N_CTX"):
        monkeypatch.delenv(name, raising=False)
    resolve._CACHE.clear()
    yield
    resolve._CACHE.clear()


@pytest.mark.parametrize(
    ("spec", "kind", "target"),
    [
        (None, "embedded", "qwen2.5-coder-1.5b"),
        ("", "embedded", "qwen2.5-coder-1.5b"),
        ("0.5b", "embedded", "qwen2.5-coder-0.5b"),
        ("llama_cpp:1.5b", "embedded", "qwen2.5-coder-1.5b"),
        ("/models/x.gguf", "gguf", "/models/x.gguf"),
        ("gguf:weights/x.bin", "gguf", "weights/x.bin"),
        ("http://127.0.0.1:8080/v1", "http", "http://127.0.0.1:8080/v1"),
        ("HTTPS://gpu-box/v1#big", "http", "HTTPS://gpu-box/v1#big"),
        ("transformers:./hf-model", "transformers", "./hf-model"),
        ("hf:qwen2.5-coder-0.5b", "transformers", "qwen2.5-coder-0.5b"),
    ],
)
def test_parse_spec_forms(spec, kind, target):
    """Each accepted form of a model string is classified."""
    parsed = resolve.parse_spec(spec)
    assert (parsed.kind, parsed.target) == (kind, target)


def test_unknown_model_string_is_not_found():
    """A word that is no model, file or URL says what is accepted."""
    with pytest.raises(ModelNotFoundError, match="not an embedded model") as info:
        resolve.parse_spec("gpt-17")
    assert "netops model list" in info.value.hint


def test_missing_gguf_file(tmp_path):
    """A .gguf path that does not exist is a ModelNotFoundError (exit 5)."""
    with pytest.raises(ModelNotFoundError, match="does not exist"):
        resolve.resolve_backend(str(tmp_path / "nope.gguf"))


def test_non_gguf_file_is_reported_as_corrupt(tmp_path):
    """A file without the GGUF magic is refused before llama.cpp sees it."""
    bogus = tmp_path / "model.gguf"
    bogus.write_bytes(b"not a model at all")
    backend = resolve.resolve_backend(str(bogus))
    with pytest.raises(ModelCorruptError, match="not a GGUF file"):
        backend.load()


def test_endpoint_resolves_to_http_backend_once():
    """A URL gives an OpenAI-compatible backend, cached for the process."""
    first = resolve.resolve_backend("http://127.0.0.1:9/v1#served")
    assert isinstance(first, OpenAIHTTPBackend) and first.model == "served" and not first.remote
    assert resolve.resolve_backend("http://127.0.0.1:9/v1#served") is first


def test_bad_prefix_cache_setting_is_a_usage_error(monkeypatch, tmp_path):
    """NETOPS_PREFIX_CACHE accepts only disk, memory or off."""
    monkeypatch.setenv("NETOPS_PREFIX_CACHE", "sometimes")
    with pytest.raises(UsageError, match="NETOPS_PREFIX_CACHE"):
        resolve.resolve_backend(str(tmp_path / "x.gguf"))


def test_drafter_names():
    """Drafting methods are chosen by name; unknown names are usage errors."""
    assert resolve.make_drafter("none") is None
    assert isinstance(resolve.make_drafter("prompt-lookup"), PromptLookupDrafter)
    with pytest.raises(UsageError, match="drafting"):
        resolve.make_drafter("psychic")


def test_transformers_spec_needs_an_existing_model(tmp_path):
    """transformers: with a missing path fails as ModelNotFoundError, downloading nothing."""
    with pytest.raises(ModelNotFoundError, match="does not exist"):
        resolve.resolve_backend(f"transformers:{tmp_path / 'missing'}")


@pytest.mark.model
def test_embedded_name_resolves_to_llama_cpp_with_its_hash(small_model_path):
    """An embedded name gives a llama.cpp backend keyed by the model's SHA-256, cached per process."""
    from netops.llm import models
    from netops.llm.llama_cpp import LlamaCppBackend

    backend = resolve.resolve_backend("0.5b")
    assert isinstance(backend, LlamaCppBackend)
    assert backend.name == "qwen2.5-coder-0.5b" and backend.model_path == small_model_path
    assert backend.identity == models.get_model("0.5b").sha256 and backend.drafter is None
    assert resolve.resolve_backend("0.5b") is backend
    assert resolve.resolve_backend("qwen2.5-coder-0.5b-instruct") is backend  # aliases share it


def test_environment_knobs_reach_the_backend(monkeypatch, tmp_path):
    """NETOPS_PREFIX_CACHE, NETOPS_DRAFT and NETOPS_N_CTX configure a GGUF backend."""
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF" + b"\0" * 16)
    monkeypatch.setenv("NETOPS_PREFIX_CACHE", "off")
    monkeypatch.setenv("NETOPS_DRAFT", "prompt-lookup")
    monkeypatch.setenv("NETOPS_N_CTX", "2048")
    backend = resolve.resolve_backend(str(gguf))
    assert backend.prefix_cache == "off" and backend.n_ctx == 2048
    assert isinstance(backend.drafter, PromptLookupDrafter)
