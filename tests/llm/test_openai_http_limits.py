"""The HTTP backend against misbehaving local servers: trickling, silent, and not speaking HTTP.

Each server is a plain socket in a thread on loopback, so nothing leaves the
machine. Bounds on elapsed time are generous: they prove "does not hang",
not speed.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from netops.errors import BackendUnavailableError, DeadlineExceeded, UsageError
from netops.llm.base import CompletionOptions, Message
from netops.llm.openai_http import OpenAIHTTPBackend, parse_endpoint

PROMPT = [Message("user", "Write add(a, b).")]

#: Far above the limits the tests set (about a second); a hang would run into minutes.
NO_HANG_S = 60.0


def _serve(handler: Callable[[socket.socket, threading.Event], None]) -> Iterator[str]:
    """Run ``handler(connection, stop)`` for every connection on a loopback port; yield its base URL."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    stop = threading.Event()

    def accept_loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=_handle, args=(handler, conn, stop), daemon=True).start()

    thread = threading.Thread(target=accept_loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def _handle(handler, conn: socket.socket, stop: threading.Event) -> None:
    with conn:
        conn.settimeout(5)
        try:
            conn.recv(65536)  # the request (small enough to arrive in one piece on loopback)
            handler(conn, stop)
        except OSError:
            pass  # the client hung up: that is what these tests expect


def _trickle(conn: socket.socket, stop: threading.Event, head: bytes) -> None:
    """Send ``head``, then one byte every 0.1 s until the client goes away."""
    conn.sendall(head)
    while not stop.is_set():
        conn.sendall(b"x")
        time.sleep(0.1)


@pytest.fixture
def trickling_headers():
    """A server that starts a status line and then sends a header one byte at a time, forever."""
    yield from _serve(lambda conn, stop: _trickle(conn, stop, b"HTTP/1.1 200 OK\r\nX-Slow: "))


@pytest.fixture
def trickling_body():
    """A server that sends complete headers for a large body, then the body one byte at a time."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n"
    yield from _serve(lambda conn, stop: _trickle(conn, stop, head))


@pytest.fixture
def garbage_server():
    """A loopback port that speaks another protocol: it answers any request with a non-HTTP line."""
    yield from _serve(lambda conn, stop: conn.sendall(b"SSH-2.0-OpenSSH_9.6 garbage\r\n\r\n"))


def test_trickled_headers_stop_at_the_request_deadline(trickling_headers):
    """Bytes arriving every 0.1 s never trip the read timeout; the request's deadline still ends it."""
    backend = OpenAIHTTPBackend(trickling_headers + "#m", timeout=30)
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        backend.complete(PROMPT, CompletionOptions(deadline=time.monotonic() + 1.0))
    assert time.monotonic() - started < NO_HANG_S


def test_trickled_body_stops_at_the_request_deadline(trickling_body):
    """A body trickled after complete headers is cut at the deadline too (non-streaming read)."""
    backend = OpenAIHTTPBackend(trickling_body + "#m", timeout=30)
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        backend.complete(PROMPT, CompletionOptions(deadline=time.monotonic() + 1.0))
    assert time.monotonic() - started < NO_HANG_S


def test_trickled_stream_stops_at_the_request_deadline(trickling_body):
    """Streaming (on_token) from a trickling server ends at the deadline as well."""
    backend = OpenAIHTTPBackend(trickling_body + "#m", timeout=30)
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        backend.complete(PROMPT, CompletionOptions(deadline=time.monotonic() + 1.0), on_token=lambda _t: None)
    assert time.monotonic() - started < NO_HANG_S


def test_without_a_deadline_the_backend_caps_the_exchange(trickling_headers):
    """With no request deadline (--timeout 0), total_timeout still ends a trickle, as 'server unavailable'."""
    backend = OpenAIHTTPBackend(trickling_headers + "#m", timeout=30, total_timeout=1.0)
    started = time.monotonic()
    with pytest.raises(BackendUnavailableError, match="did not finish answering within 1 s"):
        backend.complete(PROMPT)
    assert time.monotonic() - started < NO_HANG_S


def test_model_discovery_is_bounded_too(trickling_headers):
    """GET /models (no '#model' in the URL) obeys the same deadline."""
    backend = OpenAIHTTPBackend(trickling_headers, timeout=30)
    with pytest.raises(DeadlineExceeded):
        backend.complete(PROMPT, CompletionOptions(deadline=time.monotonic() + 1.0))


def test_a_port_speaking_another_protocol_is_unavailable(garbage_server):
    """A non-HTTP answer (BadStatusLine) is BackendUnavailableError naming the URL, not a traceback."""
    backend = OpenAIHTTPBackend(garbage_server + "#m", timeout=10)
    with pytest.raises(BackendUnavailableError, match="did not answer like an HTTP server") as info:
        backend.complete(PROMPT)
    assert garbage_server in info.value.message and info.value.hint


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ("http://", "needs http:// or https:// and a host"),
        ("http://127.0.0.1:abc/v1", "the port must be a number"),
        ("http://127.0.0.1:99999/v1", "the port must be a number"),
        ("http://[::1", "Invalid IPv6 URL"),
    ],
)
def test_malformed_endpoint_urls_are_usage_errors(spec, problem):
    """Malformed model URLs are UsageError (exit 2) naming the URL."""
    with pytest.raises(UsageError, match="bad model URL") as info:
        parse_endpoint(spec)
    assert problem in info.value.message and spec in info.value.message
    assert info.value.exit_code == 2
