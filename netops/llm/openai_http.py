"""Any OpenAI-compatible chat server: llama.cpp server, vLLM, Ollama, ...

Standard library only (``urllib``). The endpoint is the API base URL, e.g.
``http://127.0.0.1:8080/v1``; a bare ``http://host:port`` gets ``/v1``. The
served model's name may follow a ``#``: ``http://gpu-box:11434/v1#qwen2.5-coder:7b``;
without one the backend asks ``GET /models`` and takes the first. An API key
is read from ``NETOPS_API_KEY`` (then ``OPENAI_API_KEY``) when not given.

The HTTP call goes through a ``transport`` callable (``urllib.request.urlopen``
by default) so tests can hand in a fake one instead of patching.

>>> parse_endpoint("http://127.0.0.1:8080")
('http://127.0.0.1:8080/v1', None)
>>> parse_endpoint("https://gpu-box/v1#qwen2.5-coder:7b")
('https://gpu-box/v1', 'qwen2.5-coder:7b')
"""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Sequence
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

__all__ = ["OpenAIHTTPBackend", "parse_endpoint", "is_loopback"]

Transport = Callable[..., Any]
"""``transport(request, timeout=seconds)`` returning a file-like HTTP response."""


def parse_endpoint(spec: str) -> tuple[str, str | None]:
    """Split an endpoint spec into the API base URL and an optional model name."""
    url, _, model = spec.partition("#")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError(f"not an http(s) endpoint URL: {spec!r}")
    path = parts.path.rstrip("/") or "/v1"
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))
    return base, (model or None)


def is_loopback(url: str) -> bool:
    """True if ``url``'s host is this machine (127.0.0.0/8, ::1, localhost).

    >>> is_loopback("http://127.0.0.1:8080/v1"), is_loopback("http://gpu-box:8080/v1")
    (True, False)
    """
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class OpenAIHTTPBackend:
    """Chat completions from an OpenAI-compatible HTTP server.

    Parameters
    ----------
    endpoint : str
        API base URL, optionally ``#model``; see :func:`parse_endpoint`.
    model : str, optional
        The served model's name (overrides the ``#`` part).
    api_key : str, optional
        Bearer token (default: ``NETOPS_API_KEY`` or ``OPENAI_API_KEY``).
    timeout : float
        Seconds to wait for the server on each read (less when the request's
        deadline, ``CompletionOptions.deadline``, is nearer).
    name : str, optional
        Name shown to users (default ``model@host``).
    transport : callable, optional
        Stand-in for :func:`urllib.request.urlopen`.

    Attributes
    ----------
    remote : bool
        False only for loopback servers: anything else gets no topology data.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        model: str | None = None,
        api_key: str | None = None,
        timeout: float = 300.0,
        name: str | None = None,
        transport: Transport | None = None,
    ) -> None:
        self.base_url, spec_model = parse_endpoint(endpoint)
        self.model = model or spec_model
        self.api_key = api_key or os.environ.get("NETOPS_API_KEY") or os.environ.get("OPENAI_API_KEY")
        self.timeout = timeout
        self.transport: Transport = transport or urllib.request.urlopen
        self.remote = not is_loopback(self.base_url)
        self._name = name

    @property
    def name(self) -> str:
        """``model@host`` unless a name was given."""
        if self._name:
            return self._name
        host = urllib.parse.urlsplit(self.base_url).netloc
        return f"{self.model or 'server'}@{host}"

    # ---- HTTP

    def _request(self, path: str, payload: dict[str, Any] | None = None, deadline: float | None = None) -> Any:
        timeout = self.timeout
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise DeadlineExceeded()
            timeout = min(timeout, left)
        headers = {"Accept": "application/json"}
        data = None
        if payload is not None:
            data = json.dumps(payload).encode()
            headers["Content-Type"] = "application/json"
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            self.base_url + path, data=data, headers=headers, method="POST" if data is not None else "GET"
        )
        try:
            return self.transport(request, timeout=timeout)
        except urllib.error.HTTPError as exc:
            body = _read_error(exc)
            if exc.code in (401, 403):
                raise BackendUnavailableError(
                    f"{self.base_url} refused the request ({exc.code}): {body}",
                    hint="set NETOPS_API_KEY to a valid key for this server",
                ) from None
            if exc.code == 404 and payload is not None and "model" in body.lower():
                raise ModelNotFoundError(
                    f"{self.base_url} does not serve model {self.model!r}: {body}",
                    hint="name the served model after '#', e.g. http://host:8000/v1#MODEL",
                ) from None
            raise BackendUnavailableError(
                f"{self.base_url}{path} answered HTTP {exc.code}: {body}",
                hint="check the server's log; is this an OpenAI-compatible /v1 endpoint?",
            ) from None
        except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError) as exc:
            reason = getattr(exc, "reason", exc)
            if deadline is not None and timeout < self.timeout and isinstance(reason, TimeoutError):
                raise DeadlineExceeded() from None  # we waited only as long as the request had left
            raise BackendUnavailableError(
                f"cannot reach {self.base_url}: {reason}",
                hint="is the server running and the URL right? (e.g. http://127.0.0.1:8080/v1)",
            ) from None

    def _get_json(self, path: str, deadline: float | None = None) -> Any:
        with self._request(path, deadline=deadline) as response:
            return _decode_json(response.read(), self.base_url + path)

    def discover_model(self, deadline: float | None = None) -> str:
        """Ask the server which model it serves (first of ``GET /models``), by ``deadline`` if given."""
        if self.model:
            return self.model
        listing = self._get_json("/models", deadline)
        items = listing.get("data") if isinstance(listing, dict) else None
        if not items:
            raise ModelNotFoundError(
                f"{self.base_url}/models lists no model",
                hint="name the served model after '#', e.g. http://host:8000/v1#MODEL",
            )
        self.model = str(items[0].get("id"))
        return self.model

    # ---- completion

    def complete(
        self,
        messages: Sequence[Message],
        options: CompletionOptions = CompletionOptions(),
        on_token: TokenCallback | None = None,
        on_status: StatusCallback | None = None,
    ) -> Completion:
        """Complete ``messages`` on the server (see :class:`netops.llm.base.Backend`).

        Waits for the server at most until ``options.deadline``: each read's
        timeout is the time left, and a stream is checked between events.
        """
        check_deadline(options)
        model = self.discover_model(options.deadline)
        payload: dict[str, Any] = {
            "model": model,
            "messages": [m.as_dict() for m in messages],
            "temperature": options.temperature,
            "seed": options.seed,
            "max_tokens": options.max_tokens,
            "stream": on_token is not None,
        }
        if options.stop:
            payload["stop"] = list(options.stop)
        started = time.perf_counter()
        sink = StopFilter(options.stop, on_token)
        usage: dict[str, Any] = {}
        server_timings: dict[str, Any] = {}
        finish = "stop"
        first_token_at: float | None = None
        pieces = 0
        if on_status is not None:
            on_status("waiting for the server")
        try:
            with self._request("/chat/completions", payload, options.deadline) as response:
                if on_token is None:
                    body = _decode_json(response.read(), self.base_url + "/chat/completions")
                    choice = (body.get("choices") or [{}])[0]
                    sink.push((choice.get("message") or {}).get("content") or "")
                    finish = choice.get("finish_reason") or "stop"
                    usage = body.get("usage") or {}
                    server_timings = body.get("timings") or {}
                else:
                    for event in _sse_events(response):
                        check_deadline(options)
                        _shorten_read_timeout(response, options.deadline)
                        if event.get("usage"):
                            usage = event["usage"]
                        if event.get("timings"):
                            server_timings = event["timings"]
                        for choice in event.get("choices") or ():
                            piece = (choice.get("delta") or {}).get("content") or ""
                            if piece:
                                if first_token_at is None:
                                    first_token_at = time.perf_counter()
                                    if on_status is not None:
                                        on_status("generating")
                                pieces += 1
                                sink.push(piece)
                            if choice.get("finish_reason"):
                                finish = choice["finish_reason"]
        except TimeoutError:  # a read timed out (socket.timeout is TimeoutError)
            if options.deadline is not None and options.deadline - time.monotonic() < 0.05:
                raise DeadlineExceeded() from None
            raise BackendUnavailableError(
                f"{self.base_url} stopped answering (no data for {self.timeout:g} s)",
                hint="check the server's log; is it overloaded?",
            ) from None
        text = sink.finish()
        total = time.perf_counter() - started
        timings = {"total": total}
        if server_timings.get("prompt_ms") is not None:
            timings["prompt"] = float(server_timings["prompt_ms"]) / 1000
            timings["decode"] = float(server_timings.get("predicted_ms") or 0) / 1000
        elif first_token_at is not None:
            timings["prompt"] = first_token_at - started
            timings["decode"] = total - timings["prompt"]
        details = usage.get("prompt_tokens_details") or {}
        cached = details.get("cached_tokens") or server_timings.get("cache_n") or 0
        return Completion(
            text=text,
            model=str(model),
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or pieces),
            cached_tokens=int(cached),
            timings=timings,
            finish_reason="length" if finish == "length" else "stop",
            details={"endpoint": self.base_url},
        )


def _shorten_read_timeout(response: Any, deadline: float | None) -> None:
    """Let the next socket read wait no longer than the time left (best effort: urllib responses only)."""
    if deadline is None:
        return
    sock = getattr(getattr(getattr(response, "fp", None), "raw", None), "_sock", None)
    if sock is not None and hasattr(sock, "settimeout"):
        try:
            sock.settimeout(max(0.01, deadline - time.monotonic()))
        except OSError:
            pass


def _read_error(exc: urllib.error.HTTPError) -> str:
    try:
        raw = exc.read().decode("utf-8", errors="replace")
    except Exception:  # noqa: BLE001 - the body is only decoration for the message
        return exc.reason if isinstance(exc.reason, str) else ""
    try:
        data = json.loads(raw)
        err = data.get("error", data) if isinstance(data, dict) else data
        message = err.get("message") if isinstance(err, dict) else err
        return " ".join(str(message).split())[:300]
    except ValueError:
        return " ".join(raw.split())[:300]


def _decode_json(raw: bytes, where: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        raise BackendUnavailableError(
            f"{where} did not answer with JSON", hint="is this an OpenAI-compatible /v1 endpoint?"
        ) from None


def _sse_events(response: Any) -> Iterator[dict[str, Any]]:
    """Parse a ``text/event-stream`` body into JSON events (until ``[DONE]``)."""
    data_lines: list[str] = []
    for raw in response:
        line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        if line.startswith("data:"):
            data_lines.append(line[5:].lstrip())
            continue
        if line == "" and data_lines:
            data = "\n".join(data_lines)
            data_lines = []
            if data == "[DONE]":
                return
            try:
                event = json.loads(data)
            except ValueError:
                continue
            if isinstance(event, dict):
                if event.get("error"):
                    raise BackendUnavailableError(f"the server reported an error: {event['error']}")
                yield event
    if data_lines and data_lines[0] != "[DONE]":
        try:
            event = json.loads("\n".join(data_lines))
        except ValueError:
            return
        if isinstance(event, dict):
            yield event
