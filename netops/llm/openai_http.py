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

import functools
import http.client
import ipaddress
import json
import os
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Self

from netops.errors import (
    BackendUnavailableError,
    DeadlineExceeded,
    ModelNotFoundError,
    NetOpsError,
    UsageError,
)
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


_URL_HINT = "an endpoint looks like http://127.0.0.1:8080/v1 (optionally #MODEL after it)"


def parse_endpoint(spec: str) -> tuple[str, str | None]:
    """Split an endpoint spec into the API base URL and an optional model name.

    A malformed URL (no host, a port that is not a number, an unclosed
    ``[`` of an IPv6 address) is a ``UsageError`` (exit 2) naming it.

    >>> parse_endpoint("http://127.0.0.1:abc/v1")
    Traceback (most recent call last):
    ...
    netops.errors.UsageError: bad model URL 'http://127.0.0.1:abc/v1': the port must be a number from 0 to 65535
    """
    url, _, model = spec.partition("#")
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError as exc:  # e.g. "Invalid IPv6 URL" for http://[::1
        raise UsageError(f"bad model URL {spec!r}: {exc}", hint=_URL_HINT) from None
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise UsageError(f"bad model URL {spec!r}: it needs http:// or https:// and a host", hint=_URL_HINT)
    try:
        parts.port  # noqa: B018 - parsing the port is the check
    except ValueError:
        raise UsageError(
            f"bad model URL {spec!r}: the port must be a number from 0 to 65535", hint=_URL_HINT
        ) from None
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
        Read timeout: seconds the server may stay silent (no byte at all)
        while we wait for its answer.
    connect_timeout : float
        Seconds to wait for the TCP (and TLS) connection.
    total_timeout : float or None
        Seconds one HTTP exchange may take in all, however steadily the server
        trickles bytes; the request's deadline (``CompletionOptions.deadline``)
        ends it sooner when nearer, with ``DeadlineExceeded``. None: no cap
        besides the deadline.
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
        connect_timeout: float = 10.0,
        total_timeout: float | None = 900.0,
        name: str | None = None,
        transport: Transport | None = None,
    ) -> None:
        self.base_url, spec_model = parse_endpoint(endpoint)
        self.model = model or spec_model
        self.api_key = api_key or os.environ.get("NETOPS_API_KEY") or os.environ.get("OPENAI_API_KEY")
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        #: None: our own opener, with separate connect/read timeouts and the watchdog.
        self.transport: Transport | None = transport
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

    def _stop_at(self, deadline: float | None) -> tuple[float | None, bool]:
        """When the exchange must end, and whether that is the request's deadline (not our own cap)."""
        own = None if self.total_timeout is None else time.monotonic() + self.total_timeout
        if deadline is not None and (own is None or deadline <= own):
            return deadline, True
        return own, False

    def _send(self, request: urllib.request.Request, watchdog: _Watchdog, deadline: float | None) -> Any:
        """Open the request: our timed opener by default, else the injected transport."""
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            raise DeadlineExceeded()
        if self.transport is not None:
            # A stand-in transport gets one timeout, as urlopen would; the watchdog cannot reach its socket.
            return self.transport(request, timeout=self.timeout if left is None else min(self.timeout, left))
        connect = self.connect_timeout if left is None else min(self.connect_timeout, left)
        opener = urllib.request.build_opener(
            _TimedHTTPHandler(self.timeout, watchdog), _TimedHTTPSHandler(self.timeout, watchdog)
        )
        return opener.open(request, timeout=connect)

    @contextmanager
    def _exchange(
        self, path: str, payload: dict[str, Any] | None = None, deadline: float | None = None
    ) -> Iterator[Any]:
        """One HTTP request; yields the response, whose body the caller reads inside the block.

        Three limits apply: ``connect_timeout`` to connect, ``timeout`` to each
        wait for data, and an overall end (``deadline`` or ``total_timeout``,
        whichever is first) enforced by a :class:`_Watchdog`, so a server that
        trickles bytes cannot hold the client forever. Every network failure
        becomes a ``BackendUnavailableError`` (or ``DeadlineExceeded`` when the
        request's deadline passed), never a traceback.
        """
        stop_at, by_request = self._stop_at(deadline)
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
        url = self.base_url + path
        sent = False
        watchdog = _Watchdog(stop_at)
        try:
            with watchdog:
                response = self._send(request, watchdog, deadline)
                sent = True
                with response:
                    yield response
                if watchdog.fired:  # the body may have ended early only because the watchdog cut it
                    raise TimeoutError("overall time limit")
        except BaseException as exc:
            if watchdog.fired and not isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise self._out_of_time(url, by_request) from None
            if isinstance(exc, urllib.error.HTTPError):
                raise self._http_error(exc, path, payload) from None
            if isinstance(exc, (OSError, http.client.HTTPException)) and not isinstance(exc, NetOpsError):
                raise self._network_error(exc, url, sent=sent, deadline=deadline) from None
            raise

    def _out_of_time(self, url: str, by_request: bool) -> NetOpsError:
        if by_request:
            return DeadlineExceeded()
        return BackendUnavailableError(
            f"{url} did not finish answering within {self.total_timeout:g} s",
            hint="check the server's log; is it overloaded, or is this port another service?",
        )

    def _http_error(self, exc: urllib.error.HTTPError, path: str, payload: dict[str, Any] | None) -> NetOpsError:
        body = _read_error(exc)
        if exc.code in (401, 403):
            return BackendUnavailableError(
                f"{self.base_url} refused the request ({exc.code}): {body}",
                hint="set NETOPS_API_KEY to a valid key for this server",
            )
        if exc.code == 404 and payload is not None and "model" in body.lower():
            return ModelNotFoundError(
                f"{self.base_url} does not serve model {self.model!r}: {body}",
                hint="name the served model after '#', e.g. http://host:8000/v1#MODEL",
            )
        return BackendUnavailableError(
            f"{self.base_url}{path} answered HTTP {exc.code}: {body}",
            hint="check the server's log; is this an OpenAI-compatible /v1 endpoint?",
        )

    def _network_error(
        self, exc: BaseException, url: str, *, sent: bool, deadline: float | None
    ) -> NetOpsError:
        reason = getattr(exc, "reason", exc) if isinstance(exc, urllib.error.URLError) else exc
        if isinstance(reason, TimeoutError):
            if deadline is not None and deadline - time.monotonic() < 0.05:
                return DeadlineExceeded()  # we waited only as long as the request had left
            if sent:
                return BackendUnavailableError(
                    f"{self.base_url} stopped answering (no data for {self.timeout:g} s)",
                    hint="check the server's log; is it overloaded?",
                )
        if isinstance(reason, http.client.HTTPException) and not isinstance(reason, ConnectionError):
            return BackendUnavailableError(
                f"{url} did not answer like an HTTP server ({type(reason).__name__}: {_short(reason)})",
                hint="is this the port of an OpenAI-compatible server (e.g. http://127.0.0.1:8080/v1)?",
            )
        if sent:
            return BackendUnavailableError(
                f"the connection to {self.base_url} failed mid-answer: {_short(reason)}",
                hint="check the server's log; did it crash or restart?",
            )
        return BackendUnavailableError(
            f"cannot reach {self.base_url}: {_short(reason)}",
            hint="is the server running and the URL right? (e.g. http://127.0.0.1:8080/v1)",
        )

    def _get_json(self, path: str, deadline: float | None = None) -> Any:
        with self._exchange(path, deadline=deadline) as response:
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

        Waits for the server at most until ``options.deadline`` (or
        ``total_timeout``): a watchdog cuts the connection then, and a stream
        is also checked between events.
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
        if on_status is not None:
            on_status("waiting for the server")
        with self._exchange("/chat/completions", payload, options.deadline) as response:
            if on_token is None:
                reply = _read_body(response, sink, self.base_url + "/chat/completions")
            else:
                reply = _read_stream(response, sink, options, on_status)
        text = sink.finish()
        total = time.perf_counter() - started
        usage, server_timings = reply.usage, reply.server_timings
        details = _optional_object(usage.get("prompt_tokens_details"))
        cached = _token_count(details.get("cached_tokens")) or _token_count(server_timings.get("cache_n"))
        return Completion(
            text=text,
            model=str(model),
            prompt_tokens=_token_count(usage.get("prompt_tokens")),
            completion_tokens=_token_count(usage.get("completion_tokens")) or reply.pieces,
            cached_tokens=cached,
            timings=reply.timings(started, total),
            finish_reason="length" if reply.finish == "length" else "stop",
            details={"endpoint": self.base_url},
        )


@dataclass
class _Reply:
    """What a chat completion said besides its text: usage, the server's timings, why it stopped.

    ``first_token_at`` and ``pieces`` are known only for a streamed reply.
    """

    usage: dict[str, Any] = field(default_factory=dict)
    server_timings: dict[str, Any] = field(default_factory=dict)
    finish: str = "stop"
    first_token_at: float | None = None
    pieces: int = 0

    def timings(self, started: float, total: float) -> dict[str, float]:
        """Seconds: ``total``, and ``prompt``/``decode`` from the server's timings or else the first streamed text."""
        timings = {"total": total}
        if self.server_timings.get("prompt_ms") is not None:
            timings["prompt"] = float(self.server_timings["prompt_ms"]) / 1000
            timings["decode"] = float(self.server_timings.get("predicted_ms") or 0) / 1000
        elif self.first_token_at is not None:
            timings["prompt"] = self.first_token_at - started
            timings["decode"] = total - timings["prompt"]
        return timings


def _read_body(response: Any, sink: StopFilter, where: str) -> _Reply:
    """A whole (not streamed) reply: its text goes to ``sink``."""
    body = _shaped(_decode_json(response.read(), where), dict, "the reply", where)
    choices = _shaped(body.get("choices") or [{}], list, "its 'choices'", where)
    choice = _shaped(choices[0] if choices else {}, dict, "its first choice", where)
    message = _shaped(choice.get("message") or {}, dict, "the choice's 'message'", where)
    sink.push(_shaped(message.get("content") or "", str, "the message's 'content'", where))
    return _Reply(
        finish=str(choice.get("finish_reason") or "stop"),
        usage=_optional_object(body.get("usage")),
        server_timings=_optional_object(body.get("timings")),
    )


def _read_stream(response: Any, sink: StopFilter, options: CompletionOptions, on_status: StatusCallback | None) -> _Reply:
    """A streamed reply, event by event (the deadline checked between them): its text goes to ``sink``."""
    reply = _Reply()
    where = "the server's event stream"
    for event in _sse_events(response):
        check_deadline(options)
        if event.get("usage"):
            reply.usage = _optional_object(event["usage"])
        if event.get("timings"):
            reply.server_timings = _optional_object(event["timings"])
        for choice in _shaped(event.get("choices") or [], list, "an event's 'choices'", where):
            choice = _shaped(choice, dict, "a streamed choice", where)
            delta = _shaped(choice.get("delta") or {}, dict, "a choice's 'delta'", where)
            piece = _shaped(delta.get("content") or "", str, "a delta's 'content'", where)
            if piece:
                if reply.first_token_at is None:
                    reply.first_token_at = time.perf_counter()
                    if on_status is not None:
                        on_status("generating")
                reply.pieces += 1
                sink.push(piece)
            if choice.get("finish_reason"):
                reply.finish = choice["finish_reason"]
    return reply


class _Watchdog:
    """Shuts a connection's socket down when the exchange's time is up.

    Socket timeouts bound each wait for data, not the whole exchange: a
    server that sends one byte a second never trips them. The watchdog is a
    timer thread; when it fires it shuts the socket down, which ends any read
    blocked on it (with EOF or an error), and ``fired`` tells the reader why.
    """

    def __init__(self, stop_at: float | None) -> None:
        self.stop_at = stop_at
        self.fired = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def __enter__(self) -> Self:
        if self.stop_at is not None:
            self._timer = threading.Timer(max(0.0, self.stop_at - time.monotonic()), self._fire)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            self._sock = None

    def attach(self, sock: socket.socket) -> None:
        """Watch ``sock`` (the connection just opened); shut it at once if time is already up."""
        with self._lock:
            self._sock = sock
            fired = self.fired
        if fired:
            _shutdown(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sock = self._sock
        if sock is not None:
            _shutdown(sock)


def _shutdown(sock: socket.socket) -> None:
    # The plain socket's shutdown, also for TLS sockets: ssl.SSLSocket.shutdown would tear down
    # its SSL state under the thread that is reading.
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass


class _Timed:
    """Connects within the opener's timeout, then waits ``read_timeout`` per read, watched by a watchdog.

    Mixed into the plain and the TLS connection classes alike.
    """

    sock: socket.socket

    def __init__(self, host: str, *, read_timeout: float, watchdog: _Watchdog, **kwargs: Any) -> None:
        super().__init__(host, **kwargs)  # type: ignore[call-arg]
        self._read_timeout = read_timeout
        self._watchdog = watchdog

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self.sock.settimeout(self._read_timeout)
        self._watchdog.attach(self.sock)


class _TimedHTTPConnection(_Timed, http.client.HTTPConnection):
    """An HTTP connection with the read timeout and the watchdog of :class:`_Timed`."""


class _TimedHTTPSConnection(_Timed, http.client.HTTPSConnection):
    """The TLS twin of :class:`_TimedHTTPConnection`."""


class _TimedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, read_timeout: float, watchdog: _Watchdog) -> None:
        super().__init__()
        self._connection = functools.partial(_TimedHTTPConnection, read_timeout=read_timeout, watchdog=watchdog)

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(self._connection, req)


class _TimedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, read_timeout: float, watchdog: _Watchdog) -> None:
        super().__init__()
        self._connection = functools.partial(_TimedHTTPSConnection, read_timeout=read_timeout, watchdog=watchdog)

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(self._connection, req, context=self._context)  # type: ignore[attr-defined]  # set by HTTPSHandler.__init__


def _short(exc: BaseException, limit: int = 200) -> str:
    """An exception as one short line (BadStatusLine carries whatever the other end sent)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


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


def _shaped(value: Any, kind: type, what: str, where: str) -> Any:
    """``value`` when it is of the JSON ``kind`` the protocol promises, else a clear error.

    A server that answers 200 with JSON of another shape (a list body, a
    string where a choice belongs) is not speaking the OpenAI protocol; that
    is a backend problem (exit 5), not a crash.
    """
    if isinstance(value, kind):
        return value
    raise BackendUnavailableError(
        f"{where} has an unexpected shape: {what} is {_json_kind(value)}, not {_json_kind(kind())}",
        hint="is this an OpenAI-compatible /v1 endpoint? (chat completions: choices[0].message.content)",
    )


def _json_kind(value: Any) -> str:
    """How a decoded JSON value reads in a message ("a list", "null")."""
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(type(value), "a number")


def _optional_object(value: Any) -> dict[str, Any]:
    """Usage and timings are extras: one of another shape is ignored rather than trusted."""
    return value if isinstance(value, dict) else {}


def _token_count(value: Any) -> int:
    """A token count from the server's usage, 0 when it is missing or not a number."""
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0 else 0


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
