"""Run an untrusted program: policy layer inside process layer.

``run(code, namespace)`` forks an isolated child (``sandbox.process``); the
child compiles the program under the policy (``sandbox.policy``), runs it
with the guards and builtins of ``sandbox.guards`` and the caller's names,
converts its ``result`` to plain data (``sandbox.plain``) and sends it back
as JSON. Everything that can go wrong comes back as a typed ``Outcome``.

The caller can hook into the child, where its code runs after isolation and
before the program (``setup``), and after the program (``finish``, which
returns plain data, e.g. a changed graph as node-link data). Both run
trusted code in the child: they may touch the objects the program got, and
cost nothing in the parent.

Examples
--------
>>> outcome = run("result = sorted(x * x for x in data)", {"data": [3, 1, 2]})
>>> outcome.ok, outcome.value
(True, [1, 4, 9])
>>> outcome = run("import os", {})
>>> outcome.kind, outcome.line, outcome.message
('policy', 1, 'import is not allowed: use only the names the program is given')
>>> run("result = undefined_name + 1", {}).message
"NameError: name 'undefined_name' is not defined"
"""

from __future__ import annotations

import gc
import json
import random
import signal
import sys
import time
import types
from collections.abc import Callable, Container, Iterable, Mapping
from typing import Any, NoReturn

from sandbox import guards as guards_module
from sandbox.errors import PolicyViolation, ResultError, SizeLimitExceeded
from sandbox.guards import Guards, program_line
from sandbox.limits import Limits
from sandbox.outcome import FAILURE_KINDS, MEMORY, OUTPUT_LIMIT, POLICY, RUNTIME, TIMEOUT, Outcome
from sandbox.plain import EncodedJSON, ResultTooLarge, to_plain
from sandbox.policy import PROGRAM_FILENAME, compile_program
from sandbox.process import Channel, ChildReport, run_in_child

__all__ = ["run", "run_isolated", "MESSAGE_CHARS"]

#: Longest failure message sent back (messages are fed to a model; keep them short).
MESSAGE_CHARS = 300

_EMERGENCY_RESERVE = 2 << 20


def run(
    code: str,
    namespace: Mapping[str, Any],
    *,
    limits: Limits | None = None,
    protected: Container[int] | Callable[[], Container[int]] | None = None,
    protected_name: str = "the protected data",
    setup: Callable[[dict[str, Any]], None] | None = None,
    finish: Callable[[dict[str, Any]], Any] | None = None,
    convert: Callable[[Any], Any] | None = None,
    attribute_modules: Iterable[str] = (),
    result_name: str = "result",
    seed: int | None = 0,
) -> Outcome:
    """Run ``code`` in a fresh isolated child and return its outcome.

    Parameters
    ----------
    code : str
        The program text.
    namespace : Mapping[str, object]
        Names the program sees besides the safe builtins. Only these objects
        (and what is reachable from them through public attributes of
        allowed types) are reachable: vet them.
    limits : Limits, optional
        Resource limits (defaults: ``Limits()``).
    protected : collection of int, or callable returning one, optional
        ``id()`` values of objects the program must not change; a change is
        a ``mutation`` failure. A callable is evaluated in the child, the
        first time a write needs it.
    protected_name : str
        How mutation messages call the protected data.
    setup : callable, optional
        ``setup(globals)`` in the child before the program runs.
    finish : callable, optional
        ``finish(globals)`` in the child after the program; its return value
        (plain data, convertible by ``convert``, or ``sandbox.EncodedJSON``)
        becomes ``Outcome.extra``.
        It may raise ``ResultError`` to fail the run with its message.
    convert : callable, optional
        Hook for objects in the result that are not plain data (see
        ``sandbox.plain.to_plain``).
    attribute_modules : iterable of str
        Extra top-level modules whose objects' public attributes may be read.
    result_name : str
        The global the program assigns its answer to.
    seed : int or None
        Seed for the child's ``random`` module (which trusted code such as
        randomized algorithms uses); ``None`` leaves it as forked.

    Returns
    -------
    Outcome

    Raises
    ------
    SandboxError
        When the sandbox itself cannot work (fork failed, isolation failed).
    """
    limits = limits or Limits()
    started = time.perf_counter()
    if not isinstance(code, str):
        raise TypeError(f"code must be str, not {type(code).__name__}")
    if len(code) > limits.max_source_chars:
        return Outcome(
            False,
            kind=POLICY,
            message=f"the program is {len(code)} characters long; the limit is {limits.max_source_chars}",
            timings={"compile": 0.0, "run": 0.0, "transfer": 0.0, "total": time.perf_counter() - started},
        )
    names = dict(namespace)
    for name in names:
        # Checked here too, so a caller's mistake is an exception here, not a failed child.
        if not isinstance(name, str) or not name.isidentifier() or name.startswith("_"):
            raise ValueError(f"namespace name {name!r} is not a public identifier")
    modules = tuple(attribute_modules)

    def child_main(channel: Channel) -> None:
        _run_program(
            channel,
            code=code,
            namespace=names,
            limits=limits,
            protected=protected,
            protected_name=protected_name,
            setup=setup,
            finish=finish,
            convert=convert,
            modules=modules,
            result_name=result_name,
            seed=seed,
        )

    report = run_in_child(child_main, limits)
    return _outcome(report, started)


def run_isolated(function: Callable[[], Any], *, limits: Limits | None = None) -> Outcome:
    """Run a *trusted* callable in the isolated child; its return value becomes ``value``.

    No policy layer is involved: this exposes the process layer alone, for
    checking what an escaped program could do (``open``, ``os.fork``,
    sockets) and for trusted batch work that must not touch the parent.
    Exceptions become ``runtime`` failures.
    """
    limits = limits or Limits()
    started = time.perf_counter()

    def child_main(channel: Channel) -> None:
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        try:
            value = to_plain(function(), max_items=limits.max_result_items)
            _check_value_size(value, limits, "the result")
        except ResultTooLarge as exc:
            channel.send(_failure(OUTPUT_LIMIT, _one_line(str(exc)), None, "", timings))
        except MemoryError:
            channel.send(_failure(MEMORY, "out of memory", None, "", timings))
        except BaseException as exc:  # noqa: BLE001 - everything becomes a typed failure
            channel.send(_failure(RUNTIME, _describe(exc), None, "", timings))
        timings["run"] = time.perf_counter() - t0
        channel.send({"ok": True, "value": value, "extra": None, "stdout": "", "timings": timings})

    return _outcome(run_in_child(child_main, limits), started)


# -- in the child ------------------------------------------------------------------------


def _run_program(
    channel: Channel,
    *,
    code: str,
    namespace: dict[str, Any],
    limits: Limits,
    protected: Container[int] | Callable[[], Container[int]] | None,
    protected_name: str,
    setup: Callable[[dict[str, Any]], None] | None,
    finish: Callable[[dict[str, Any]], Any] | None,
    convert: Callable[[Any], Any] | None,
    modules: tuple[str, ...],
    result_name: str,
    seed: int | None,
) -> None:
    timings: dict[str, float] = {"compile": 0.0, "run": 0.0}
    reserve: list[bytearray] = []
    guards = _start_guards(channel, limits, protected, protected_name, modules, seed, reserve, timings)

    t0 = time.perf_counter()
    try:
        program = compile_program(code)
    except PolicyViolation as exc:
        timings["compile"] = time.perf_counter() - t0
        channel.send(_failure(POLICY, exc.message, exc.line, "", timings))
    timings["compile"] = time.perf_counter() - t0

    env = guards.globals_for(namespace)
    if setup is not None:
        setup(env)
    reserve.append(bytearray(_EMERGENCY_RESERVE))
    t0 = time.perf_counter()
    # The program runs in this frame, not in a helper: the recursion depth it may use stays the same.
    try:
        exec(program, env)  # noqa: S102 - compiled under the policy, run with guards
    except BaseException as exc:  # noqa: BLE001 - every exception is a typed failure
        timings["run"] = time.perf_counter() - t0
        # Free the memory first: the program's data may be what exhausted it.
        reserve.clear()
        kind, message, line = _classify(exc, limits)
        del exc
        env.clear()
        gc.collect()
        channel.send(_failure(kind, message, line, guards.stdout(), timings))
    timings["run"] = time.perf_counter() - t0
    reserve.clear()
    _send_result(channel, env, guards, limits, timings, finish=finish, convert=convert, result_name=result_name)


def _start_guards(
    channel: Channel,
    limits: Limits,
    protected: Container[int] | Callable[[], Container[int]] | None,
    protected_name: str,
    modules: tuple[str, ...],
    seed: int | None,
    reserve: list[bytearray],
    timings: dict[str, float],
) -> Guards:
    """Prepare the child for the program: the active guards, the ``random`` seed and the CPU-time timer.

    A guard or the timer that ends the run frees ``reserve`` and sends the failure with ``timings``.
    """

    def abort(kind: str, message: str, line: int | None) -> NoReturn:
        # Called by guards and the CPU timer: the run ends here, whatever the program catches.
        reserve.clear()
        channel.send(_failure(kind, message, line, guards.stdout(), timings))

    guards = Guards(
        limits=limits,
        protected=protected,
        protected_name=protected_name,
        attribute_modules=modules,
        abort=abort,
    )
    guards_module._active = guards
    if seed is not None:
        random.seed(seed)

    def on_cpu_limit(_signum: int, frame: types.FrameType | None) -> None:
        abort(TIMEOUT, f"the program used more than {limits.cpu_seconds:g} s of CPU time", program_line(frame))

    signal.signal(signal.SIGPROF, on_cpu_limit)
    # Re-fires every 0.1 s in case the handler itself failed (say, at the recursion limit).
    signal.setitimer(signal.ITIMER_PROF, limits.cpu_seconds, 0.1)
    return guards


def _send_result(
    channel: Channel,
    env: dict[str, Any],
    guards: Guards,
    limits: Limits,
    timings: dict[str, float],
    *,
    finish: Callable[[dict[str, Any]], Any] | None,
    convert: Callable[[Any], Any] | None,
    result_name: str,
) -> NoReturn:
    """Convert the program's result (and ``finish``'s extra data) to plain data and send it: the child ends here."""
    t0 = time.perf_counter()
    try:
        value = to_plain(
            env.get(result_name),
            max_items=limits.max_result_items,
            # Text alone past the cap fails at once, before anything is encoded.
            max_chars=min(limits.max_result_bytes, limits.max_value_bytes),
            convert=convert,
            name=result_name,
        )
        _check_value_size(value, limits, result_name)
        extra = None
        if finish is not None:
            extra = finish(env)
            if not isinstance(extra, EncodedJSON):
                extra = to_plain(extra, max_items=sys.maxsize, convert=convert, name="changes")
    except ResultTooLarge as exc:
        channel.send(_failure(OUTPUT_LIMIT, _one_line(str(exc)), None, guards.stdout(), timings))
    except ResultError as exc:
        channel.send(_failure(RUNTIME, _one_line(str(exc)), None, guards.stdout(), timings))
    except MemoryError:
        env.clear()
        channel.send(_failure(MEMORY, "the result did not fit in memory", None, guards.stdout(), timings))
    signal.setitimer(signal.ITIMER_PROF, 0)
    timings["convert"] = time.perf_counter() - t0
    channel.send({"ok": True, "value": value, "extra": extra, "stdout": guards.stdout(), "timings": timings})


def _check_value_size(value: Any, limits: Limits, name: str) -> None:
    """Raise ``ResultTooLarge`` when plain ``value`` encodes to more than ``limits.max_value_bytes``.

    Runs in the child: numbers and structure count too, not only text, and
    the parent only ever receives the one-line failure. The count is an
    upper bound on what the channel sends (same JSON settings).
    """
    if limits.max_value_bytes >= limits.max_result_bytes:
        return  # the transfer cap already covers it
    size = len(json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8", "replace"))
    if size > limits.max_value_bytes:
        raise ResultTooLarge(f"{name} is {size} bytes as JSON; the limit is {limits.max_value_bytes} bytes")


def _classify(exc: BaseException, limits: Limits) -> tuple[str, str, int | None]:
    line = _traceback_line(exc.__traceback__)
    if isinstance(exc, SizeLimitExceeded):
        return MEMORY, _one_line(str(exc)), line
    if isinstance(exc, MemoryError):
        mib = limits.memory_bytes / (1 << 20)
        return MEMORY, f"MemoryError: the program ran out of memory (limit {mib:g} MiB)", line
    if isinstance(exc, RecursionError):
        return RUNTIME, "RecursionError: maximum recursion depth exceeded", line
    return RUNTIME, _describe(exc), line


def _traceback_line(tb: types.TracebackType | None) -> int | None:
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == PROGRAM_FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _describe(exc: BaseException) -> str:
    try:
        text = str(exc)
    except Exception:  # noqa: BLE001 - a broken __str__ must not hide the failure
        text = ""
    name = type(exc).__name__
    return _one_line(f"{name}: {text}" if text else name)


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MESSAGE_CHARS:
        text = text[: MESSAGE_CHARS - 3] + "..."
    return text


def _failure(kind: str, message: str, line: int | None, stdout: str, timings: dict[str, float]) -> dict[str, Any]:
    return {"ok": False, "kind": kind, "message": message, "line": line, "stdout": stdout, "timings": timings}


# -- in the parent -------------------------------------------------------------------------


def _outcome(report: ChildReport, started: float) -> Outcome:
    """Build an ``Outcome`` from the child's report, trusting none of it."""
    message = report.message
    if message is None:
        total = time.perf_counter() - started
        return Outcome(
            False,
            kind=report.kind or RUNTIME,
            message=report.problem or "the sandbox sent no result",
            timings={"compile": 0.0, "run": 0.0, "transfer": report.decode_seconds, "total": total},
        )
    raw_meta, raw_timings, raw_stdout = message.get("_meta"), message.get("timings"), message.get("stdout")
    meta: dict[str, Any] = raw_meta if isinstance(raw_meta, dict) else {}
    child_timings: dict[str, Any] = raw_timings if isinstance(raw_timings, dict) else {}
    stdout = raw_stdout if isinstance(raw_stdout, str) else ""
    timings = {
        "compile": _seconds(child_timings.get("compile")),
        "run": _seconds(child_timings.get("run")),
        # Converting the result (and the finish hook), encoding it, decoding it here.
        "transfer": _seconds(child_timings.get("convert")) + _seconds(meta.get("encode")) + report.decode_seconds,
        "total": time.perf_counter() - started,
    }
    raw_isolation = meta.get("isolation")
    isolation = tuple(item for item in raw_isolation if isinstance(item, str)) if isinstance(raw_isolation, list) else ()
    if message.get("ok") is True:
        return Outcome(
            True,
            value=message.get("value"),
            extra=message.get("extra"),
            stdout=stdout,
            timings=timings,
            isolation=isolation,
        )
    kind = message.get("kind")
    text = message.get("message")
    line = message.get("line")
    if kind not in FAILURE_KINDS or not isinstance(text, str):
        kind, text = RUNTIME, "the sandbox sent a malformed result"
    if not (isinstance(line, int) and not isinstance(line, bool) and line > 0):
        line = None
    return Outcome(
        False,
        stdout=stdout,
        kind=kind,
        message=_one_line(text),
        line=line,
        timings=timings,
        isolation=isolation,
    )


def _seconds(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
        return float(value)
    return 0.0

