"""The OpenAI-compatible HTTP backend: protocol handling with a fake transport, then a real server."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from netops.errors import BackendUnavailableError, ModelNotFoundError
from netops.llm.base import CompletionOptions, Message
from netops.llm.openai_http import OpenAIHTTPBackend

PROMPT = [Message("system", "You write Python."), Message("user", "Write add(a, b).")]


class _Response(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class FakeTransport:
    """Answers requests from a list of (status, body) and records them."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.requests = []

    def __call__(self, request, timeout=None):
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        status, body = answer
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        if status >= 400:
            raise urllib.error.HTTPError(request.full_url, status, "error", {}, io.BytesIO(raw))
        return _Response(raw)


def _chat(text, **extra):
    return {
        "choices": [{"message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 12, "completion_tokens": 5, "prompt_tokens_details": {"cached_tokens": 8}},
        **extra,
    }


def test_request_carries_greedy_options_and_model():
    """The payload has the messages, temperature 0, seed, max_tokens, stop and the model name."""
    transport = FakeTransport((200, _chat("x")))
    backend = OpenAIHTTPBackend("http://127.0.0.1:1/v1#coder", api_key="k", transport=transport)
    completion = backend.complete(PROMPT, CompletionOptions(max_tokens=9, stop=("\n```",)))
    request = transport.requests[0]
    body = json.loads(request.data)
    assert request.full_url == "http://127.0.0.1:1/v1/chat/completions"
    assert request.get_header("Authorization") == "Bearer k"
    assert body["model"] == "coder" and body["temperature"] == 0.0 and body["seed"] == 42
    assert body["max_tokens"] == 9 and body["stop"] == ["\n```"] and body["stream"] is False
    assert body["messages"][0] == {"role": "system", "content": "You write Python."}
    assert (completion.prompt_tokens, completion.completion_tokens, completion.cached_tokens) == (12, 5, 8)


def test_model_is_discovered_when_not_named():
    """Without '#model' the first model of GET /models is used."""
    transport = FakeTransport((200, {"data": [{"id": "served-one"}]}), (200, _chat("ok")))
    completion = OpenAIHTTPBackend("http://127.0.0.1:1", transport=transport).complete(PROMPT)
    assert transport.requests[0].full_url == "http://127.0.0.1:1/v1/models"
    assert completion.model == "served-one" and completion.text == "ok"


def test_stop_is_enforced_even_if_the_server_ignores_it():
    """Text after a stop sequence is cut on our side too."""
    transport = FakeTransport((200, _chat("a = 1\n```\nprose")))
    completion = OpenAIHTTPBackend("http://127.0.0.1:1/v1#m", transport=transport).complete(
        PROMPT, CompletionOptions(stop=("\n```",))
    )
    assert completion.text == "a = 1"


def test_streaming_parses_server_sent_events():
    """Deltas arrive through on_token; usage comes from the final event."""
    events = [
        {"choices": [{"delta": {"role": "assistant"}}]},
        {"choices": [{"delta": {"content": "def "}}]},
        {"choices": [{"delta": {"content": "add"}}]},
        {"choices": [{"delta": {}, "finish_reason": "length"}]},
        {"choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 2}},
    ]
    body = b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events) + b"data: [DONE]\n\n"
    pieces: list[str] = []
    backend = OpenAIHTTPBackend("http://127.0.0.1:1/v1#m", transport=FakeTransport((200, body)))
    completion = backend.complete(PROMPT, on_token=pieces.append)
    assert completion.text == "def add" and pieces == ["def ", "add"]
    assert completion.finish_reason == "length" and completion.prompt_tokens == 3


def test_unreachable_server_is_backend_unavailable():
    """Connection refused becomes BackendUnavailableError with a hint (exit 5)."""
    transport = FakeTransport(urllib.error.URLError(ConnectionRefusedError(111, "Connection refused")))
    with pytest.raises(BackendUnavailableError, match="cannot reach") as info:
        OpenAIHTTPBackend("http://127.0.0.1:1/v1#m", transport=transport).complete(PROMPT)
    assert "server running" in info.value.hint


def test_unauthorized_names_the_key_variable():
    """A 401 says to set NETOPS_API_KEY."""
    transport = FakeTransport((401, {"error": {"message": "bad key"}}))
    with pytest.raises(BackendUnavailableError, match="bad key") as info:
        OpenAIHTTPBackend("http://127.0.0.1:1/v1#m", transport=transport).complete(PROMPT)
    assert "NETOPS_API_KEY" in info.value.hint


def test_unknown_served_model_is_model_not_found():
    """A 404 about the model is a ModelNotFoundError."""
    transport = FakeTransport((404, {"error": {"message": "model 'x' not found"}}))
    with pytest.raises(ModelNotFoundError):
        OpenAIHTTPBackend("http://127.0.0.1:1/v1#x", transport=transport).complete(PROMPT)


def test_non_json_answer_is_reported():
    """An HTML page instead of JSON is not an OpenAI-compatible endpoint."""
    transport = FakeTransport((200, b"<html>hello</html>"))
    with pytest.raises(BackendUnavailableError, match="JSON"):
        OpenAIHTTPBackend("http://127.0.0.1:1/v1#m", transport=transport).complete(PROMPT)


@pytest.mark.parametrize(
    "body, what",
    [
        ([{"choices": []}], "the reply is a list"),
        ({"choices": {"message": "hi"}}, "'choices' is an object"),
        ({"choices": ["hi"]}, "first choice is a string"),
        ({"choices": [{"message": "hi"}]}, "'message' is a string"),
        ({"choices": [{"message": {"content": ["a = 1"]}}]}, "'content' is a list"),
    ],
)
def test_a_reply_of_another_shape_is_a_backend_error(body, what):
    """JSON that is not a chat completion is a clear BackendUnavailableError (exit 5), never AttributeError."""
    transport = FakeTransport((200, body))
    with pytest.raises(BackendUnavailableError, match=what) as info:
        OpenAIHTTPBackend("http://127.0.0.1:1/v1#m", transport=transport).complete(PROMPT)
    assert "OpenAI-compatible" in info.value.hint


def test_a_streamed_event_of_another_shape_is_a_backend_error():
    """A streamed choice that is not an object is reported, not crashed on."""
    body = b'data: {"choices": [{"delta": {"content": "a"}}]}\n\ndata: {"choices": ["b"]}\n\ndata: [DONE]\n\n'
    backend = OpenAIHTTPBackend("http://127.0.0.1:1/v1#m", transport=FakeTransport((200, body)))
    with pytest.raises(BackendUnavailableError, match="streamed choice is a string"):
        backend.complete(PROMPT, on_token=lambda _piece: None)


def test_usage_of_another_shape_is_ignored():
    """Usage and timings are extras: a malformed one leaves the counts at zero, the text stands."""
    reply = _chat("x = 1")
    reply["usage"] = {"prompt_tokens": "many", "completion_tokens": None, "prompt_tokens_details": [1]}
    reply["timings"] = "fast"
    completion = OpenAIHTTPBackend("http://127.0.0.1:1/v1#m", transport=FakeTransport((200, reply))).complete(PROMPT)
    assert completion.text == "x = 1"
    assert (completion.prompt_tokens, completion.completion_tokens, completion.cached_tokens) == (0, 0, 0)


def test_only_loopback_servers_count_as_local():
    """Servers off this machine are remote, so the pipeline withholds topology data."""
    assert not OpenAIHTTPBackend("http://localhost:8080/v1").remote
    assert not OpenAIHTTPBackend("http://[::1]:8080/v1").remote
    assert OpenAIHTTPBackend("http://gpu-box:8000/v1").remote


def test_api_key_from_environment(monkeypatch):
    """NETOPS_API_KEY is used when no key is passed."""
    monkeypatch.setenv("NETOPS_API_KEY", "from-env")
    transport = FakeTransport((200, _chat("x")))
    OpenAIHTTPBackend("http://127.0.0.1:1/v1#m", transport=transport).complete(PROMPT)
    assert transport.requests[0].get_header("Authorization") == "Bearer from-env"


# --------------------------------------------------------------------------- real server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def llama_server(small_model_path, tmp_path_factory):
    """`python -m llama_cpp.server` serving the embedded 0.5B model on loopback."""
    pytest.importorskip("llama_cpp.server", reason="needs the server extra")
    port = _free_port()
    cmd = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(small_model_path), "--model_alias", "netops-small",
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "2048", "--n_threads", str(min(2, os.cpu_count() or 1)), "--seed", "42",
        "--verbose", "False",
    ]
    log_path = tmp_path_factory.mktemp("server") / "server.log"
    log = log_path.open("wb")  # a file, not a pipe: a full pipe would block the server
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 180
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited: {log_path.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(url + "/models", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("llama_cpp.server did not come up within 180 s")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)
        log.close()


@pytest.mark.server
@pytest.mark.model
def test_real_server_completes_a_request(llama_server):
    """A real llama.cpp server on loopback answers a coding request through the backend."""
    backend = OpenAIHTTPBackend(llama_server)
    assert backend.discover_model() == "netops-small"
    messages = [
        Message("system", "You write short Python programs. Answer with one ```python code block."),
        Message("user", "Write a function add(a, b) that returns the sum."),
    ]
    completion = backend.complete(messages, CompletionOptions(max_tokens=80))
    assert "def add" in completion.text
    assert completion.prompt_tokens > 10 and 0 < completion.completion_tokens <= 80
    assert completion.finish_reason in {"stop", "length"}


@pytest.mark.server
@pytest.mark.model
def test_real_server_streams_and_honours_stop(llama_server):
    """Streaming from the real server delivers the text in pieces and stops at the stop sequence."""
    backend = OpenAIHTTPBackend(llama_server + "#netops-small")
    messages = [
        Message("system", "You write short Python programs. Answer with one ```python code block."),
        Message("user", "Write a function add(a, b) that returns the sum."),
    ]
    pieces: list[str] = []
    completion = backend.complete(messages, CompletionOptions(max_tokens=80, stop=("\n```",)), on_token=pieces.append)
    assert len(pieces) > 3 and "".join(pieces) == completion.text
    assert "def add" in completion.text and not completion.text.rstrip().endswith("```")


def test_closed_loopback_port_is_unavailable():
    """A loopback port with no server gives BackendUnavailableError quickly."""
    backend = OpenAIHTTPBackend(f"http://127.0.0.1:{_free_port()}/v1#m", timeout=5)
    with pytest.raises(BackendUnavailableError):
        backend.complete(PROMPT)
