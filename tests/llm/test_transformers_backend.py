"""The transformers backend on the embedded GGUF (dequantized on the CPU)."""

from __future__ import annotations

import pytest

from netops.errors import ModelNotFoundError
from netops.llm.base import CompletionOptions, Message


def test_missing_model_directory_is_not_found(tmp_path):
    """A path that does not exist fails before transformers is even imported."""
    from netops.llm.transformers_backend import TransformersBackend

    with pytest.raises(ModelNotFoundError, match="does not exist"):
        TransformersBackend(tmp_path / "nothing-here")


@pytest.mark.transformers
@pytest.mark.model
def test_transformers_generates_from_the_embedded_gguf(small_model_path):
    """transformers loads the 0.5B GGUF and greedily generates a few tokens, streamed."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("gguf")
    from netops.llm.transformers_backend import TransformersBackend

    backend = TransformersBackend(small_model_path, name="0.5b (transformers)")
    pieces: list[str] = []
    messages = [
        Message("system", "You write short Python programs."),
        Message("user", "Write a Python function add(a, b) that returns a + b."),
    ]
    completion = backend.complete(messages, CompletionOptions(max_tokens=12), on_token=pieces.append)
    assert 0 < completion.completion_tokens <= 12
    assert completion.text.strip() and "".join(pieces) == completion.text
    assert completion.prompt_tokens > 10 and "load" in completion.timings
    again = backend.complete(messages, CompletionOptions(max_tokens=12))
    assert again.text == completion.text  # greedy: deterministic
