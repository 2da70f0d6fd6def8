"""The process layer: run a trusted callable in a forked, locked-down child.

``run_in_child(main, limits)`` forks. The child, before calling ``main``:

1. starts a new session and process group (``setsid``), resets signal
   handlers it inherited, and redirects stdin/stdout/stderr to ``/dev/null``;
2. closes every inherited file descriptor except its end of the result pipe
   (which becomes fd 3);
3. empties its environment;
4. when running as root: moves into a new, empty network namespace
   (``unshare(CLONE_NEWNET)``: no interfaces but a down loopback), changes
   its root to a fresh empty directory (``chroot``) owned by root and not
   writable, and drops to the ``nobody`` user and group with no
   supplementary groups. Without root it tries an unprivileged user and
   network namespace, and only changes directory into the empty one (no
   chroot, no user change); what was in force is reported
   (``Outcome.isolation``), so a caller can refuse to run without it;
5. forbids new privileges (``PR_SET_NO_NEW_PRIVS``), makes itself
   non-dumpable (no ``ptrace`` by other processes of the same user) and asks
   for ``SIGKILL`` if the parent dies;
6. sets resource limits: ``RLIMIT_CORE`` 0, ``RLIMIT_CPU`` (a backstop a
   second or two past ``Limits.cpu_seconds``), ``RLIMIT_AS`` (inherited size
   plus ``Limits.memory_bytes``), ``RLIMIT_FSIZE``, ``RLIMIT_NOFILE`` and
   ``RLIMIT_NPROC`` 0, so no process or thread can be created once the
   child is not root;
7. freezes the garbage collector's view of inherited objects (``gc.freeze``):
   a collection in the child then never walks the parent's heap, which
   would copy every page of a large graph.

Because the child is a fork, it sees the parent's objects (a large graph)
copy-on-write: nothing is copied up front, and nothing the child does can
change the parent's memory. The kernel still copies the parent's page
tables at fork, so a fork costs time in proportion to the parent's resident
memory (about 5-30 ms for a few hundred MiB on a small VM), not to what the
program does. The child's memory holds everything the parent held: the
policy layer is what keeps objects the program was not given unreachable.

``main(channel)`` runs in the child and ends by ``channel.send(message)``,
which encodes the message as JSON, checks the size cap, writes it to the
pipe behind a length header and exits. The parent reads the pipe with a
wall-clock deadline and a byte cap, and stops as soon as the announced
length has arrived: it does not wait for the child to finish exiting (on a
large parent, tearing down the copy-on-write address space takes as long
as the fork). It then sends ``SIGKILL`` through a pidfd (a reused pid can
never be hit), removes the temporary directory, and decodes the JSON as
untrusted input; the parent never unpickles anything. Children still
exiting are reaped at the start of the next run and at interpreter exit
(``reap_children``).

The child is alone in its process group: it cannot create processes, so
killing the child kills everything the program could have started.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import faulthandler
import fcntl
import gc
import json
import math
import os
import pwd
import resource
import select
import shutil
import signal
import struct
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

from sandbox.errors import SandboxError
from sandbox.limits import Limits
from sandbox.outcome import MEMORY, OUTPUT_LIMIT, RUNTIME, TIMEOUT
from sandbox.plain import EncodedJSON

__all__ = ["Channel", "ChildReport", "run_in_child", "reap_children", "RESULT_FD"]

#: The file descriptor the child writes its answer to.
RESULT_FD = 3

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_PR_SET_PDEATHSIG = 1
_PR_SET_DUMPABLE = 4
_PR_SET_NO_NEW_PRIVS = 38
_F_SETPIPE_SZ = 1031
_HEADER = struct.Struct("!QQ")
_TRAILER_CAP = 64 * 1024

try:  # loaded in the parent: the child may not be able to open libraries any more
    _LIBC: ctypes.CDLL | None = ctypes.CDLL(None, use_errno=True)
except OSError:  # pragma: no cover - non-glibc platforms
    _LIBC = None

try:
    _NOBODY = pwd.getpwnam("nobody")
    _NOBODY_IDS = (_NOBODY.pw_uid, _NOBODY.pw_gid)
except KeyError:  # pragma: no cover - minimal images
    _NOBODY_IDS = (65534, 65534)


@dataclass(frozen=True)
class ChildReport:
    """What the parent learned about one child.

    Attributes
    ----------
    message : dict or None
        The decoded message the child sent, when it sent a valid one.
    kind, problem : str or None
        When there is no valid message: the failure kind and one line saying
        why (killed at the deadline, too much data, crashed ...).
    decode_seconds : float
        Time the parent spent decoding the message.
    """

    message: dict[str, Any] | None
    kind: str | None = None
    problem: str | None = None
    decode_seconds: float = 0.0


class Channel:
    """The child's end of the result pipe: send one message, then exit."""

    def __init__(self, limits: Limits, isolation: list[str]) -> None:
        self.limits = limits
        self.isolation = isolation
        self.encode_seconds = 0.0

    def send(self, message: dict[str, Any]) -> NoReturn:
        """Encode ``message`` as JSON, write it to the parent and exit the child."""
        # No CPU-timer handler may start a second answer while this one is written.
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, signal.SIG_IGN)
        started = time.perf_counter()
        try:
            data = _encode(message)
        except MemoryError:
            data = _encode({"ok": False, "kind": MEMORY, "message": "the result did not fit in memory"})
        except (TypeError, ValueError) as exc:
            data = _encode({"ok": False, "kind": RUNTIME, "message": f"the result could not be encoded: {exc}"})
        if len(data) > self.limits.max_result_bytes:
            data = _encode(
                {
                    "ok": False,
                    "kind": OUTPUT_LIMIT,
                    "message": f"the result is {len(data)} bytes; the limit is {self.limits.max_result_bytes}",
                    "stdout": message.get("stdout", "")[:1000] if isinstance(message.get("stdout"), str) else "",
                }
            )
        self.encode_seconds = time.perf_counter() - started
        trailer = _encode({"encode": self.encode_seconds, "isolation": self.isolation})
        _write_all(RESULT_FD, _frame(data, trailer))
        os._exit(0)


def _frame(body: bytes, trailer: bytes = b"") -> bytes:
    # Lengths first: the parent knows when the answer is complete without waiting
    # for the child to exit (tearing down a large address space takes a while).
    return _HEADER.pack(len(body), len(trailer)) + body + trailer


def _encode(message: dict[str, Any]) -> bytes:
    extra = message.get("extra")
    if isinstance(extra, EncodedJSON):
        # Splice the already-encoded part in as the last member of the object.
        head = {key: value for key, value in message.items() if key != "extra"}
        text = json.dumps(head, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        text = text[:-1] + ("," if head else "") + '"extra":' + extra.text + "}"
    else:
        text = json.dumps(message, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    # Lone surrogates (from program strings) cannot be UTF-8: replace them.
    return text.encode("utf-8", "replace")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


# -- the child -------------------------------------------------------------------------


def _child(main: Callable[[Channel], Any], limits: Limits, root_dir: str, write_fd: int, read_fd: int, parent: int) -> NoReturn:
    pipe = {"fd": write_fd}  # where the answer goes; _isolate moves it to RESULT_FD
    try:
        os.close(read_fd)
        isolation = _isolate(limits, root_dir, pipe, parent)
    except BaseException as exc:  # noqa: BLE001 - the child must never return into the parent's code
        try:
            _write_all(pipe["fd"], _frame(_encode({"setup_error": f"{type(exc).__name__}: {exc}"[:500]})))
        finally:
            os._exit(70)
    try:
        channel = Channel(limits, isolation)
        main(channel)
        channel.send({"ok": False, "kind": RUNTIME, "message": "the sandbox sent no result"})
    except BaseException as exc:  # noqa: BLE001
        try:
            Channel(limits, isolation).send(
                {"ok": False, "kind": RUNTIME, "message": f"internal sandbox error: {type(exc).__name__}"}
            )
        finally:
            os._exit(70)
    finally:
        os._exit(70)


def _isolate(limits: Limits, root_dir: str, pipe: dict[str, int], parent: int) -> list[str]:
    done: list[str] = []
    os.setsid()
    done.append("session")
    _reset_signals()
    faulthandler.disable()
    warnings.simplefilter("ignore")

    # Descriptors: /dev/null for 0-2, the result pipe as 3, nothing else. The pipe is
    # first moved above 9 so that redirecting 0-2 cannot clobber it.
    pipe["fd"] = fcntl.fcntl(pipe["fd"], fcntl.F_DUPFD, 10)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.dup2(pipe["fd"], RESULT_FD, inheritable=False)
    pipe["fd"] = RESULT_FD
    os.closerange(RESULT_FD + 1, _max_fd())
    sys.stdout = sys.stderr = _Discard()
    done.append("fds")

    os.environ.clear()
    done.append("env")

    # Large allocations must be new mappings, which RLIMIT_AS counts: glibc
    # otherwise raises its mmap threshold after the parent frees big blocks
    # (a model load, a big graph) and serves the child from inherited free
    # heap, each page a copy-on-write fault, so a memory bomb hit the CPU
    # limit first. Trimming hands those free pages back to the kernel.
    _malloc_for_limits()
    # Read before chroot hides /proc.
    inherited_vm = _vm_size_bytes()

    if os.geteuid() == 0:
        if _unshare(_CLONE_NEWNET):
            done.append("netns")
        os.chroot(root_dir)
        os.chdir("/")
        done.append("chroot")
        uid, gid = _NOBODY_IDS
        os.setgroups([])
        os.setgid(gid)
        os.setuid(uid)
        if os.getuid() != uid or os.geteuid() != uid:  # pragma: no cover - defensive
            raise SandboxError("could not drop to the nobody user")
        done.append("uid")
    else:
        if _unshare(_CLONE_NEWUSER | _CLONE_NEWNET):
            done.append("netns")
        os.chdir(root_dir)

    if _prctl(_PR_SET_NO_NEW_PRIVS, 1):
        done.append("no-new-privs")
    _prctl(_PR_SET_DUMPABLE, 0)
    # Changing uid clears the parent-death signal, so it is set afterwards.
    _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(71)

    cpu = math.ceil(limits.cpu_seconds) + 1
    _lower_limit(resource.RLIMIT_CORE, 0)
    _lower_limit(resource.RLIMIT_CPU, cpu, cpu + 1)
    _lower_limit(resource.RLIMIT_AS, inherited_vm + int(limits.memory_bytes))
    _lower_limit(resource.RLIMIT_FSIZE, int(limits.file_bytes))
    _lower_limit(resource.RLIMIT_NOFILE, int(limits.open_files))
    _lower_limit(resource.RLIMIT_NPROC, 0)
    done.extend(["rlimits", "nproc"])

    gc.freeze()
    sys.setrecursionlimit(int(limits.recursion_limit))
    return done


class _Discard:
    """A stand-in for sys.stdout/sys.stderr in the child: library chatter goes nowhere."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        return None


def _reset_signals() -> None:
    # The parent's Python handlers (a REPL's, pytest's) must not run in the child.
    for signum in signal.valid_signals():
        if signum in (signal.SIGKILL, signal.SIGSTOP):
            continue
        try:
            handler = signal.getsignal(signum)
        except (ValueError, OSError):
            continue
        if callable(handler) or signum == signal.SIGINT:
            try:
                signal.signal(signum, signal.SIG_DFL)
            except (ValueError, OSError):
                continue


def _max_fd() -> int:
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft > 1 << 20:
        return 1 << 20
    return int(soft)


def _vm_size_bytes() -> int:
    try:
        with open("/proc/self/statm", "rb") as handle:
            pages = int(handle.read().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _unshare(flags: int) -> bool:
    if _LIBC is None:
        return False
    return bool(_LIBC.unshare(ctypes.c_int(flags)) == 0)


_M_MMAP_THRESHOLD = -3  # mallopt parameter (glibc malloc.h)


def _malloc_for_limits() -> None:
    """Serve allocations over 128 KiB with fresh mmaps and release free heap pages (glibc; best effort)."""
    if _LIBC is None or not hasattr(_LIBC, "mallopt"):
        return
    _LIBC.mallopt(ctypes.c_int(_M_MMAP_THRESHOLD), ctypes.c_int(128 * 1024))
    if hasattr(_LIBC, "malloc_trim"):
        _LIBC.malloc_trim(ctypes.c_size_t(0))


def _prctl(option: int, value: int) -> bool:
    if _LIBC is None:
        return False
    result = _LIBC.prctl(ctypes.c_int(option), ctypes.c_ulong(value), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0))
    return bool(result == 0)


def _lower_limit(which: int, soft: int, hard: int | None = None) -> None:
    """Set a limit no higher than the current hard limit (lowering is always allowed)."""
    hard = soft if hard is None else hard
    _cur_soft, cur_hard = resource.getrlimit(which)
    if cur_hard != resource.RLIM_INFINITY:
        hard = min(hard, cur_hard)
        soft = min(soft, hard)
    resource.setrlimit(which, (soft, hard))


# -- the parent ------------------------------------------------------------------------


def run_in_child(main: Callable[[Channel], Any], limits: Limits) -> ChildReport:
    """Run ``main`` in an isolated child and return what it sent.

    Parameters
    ----------
    main : callable
        Called in the child with a ``Channel``; it should end with
        ``channel.send(message)`` where ``message`` is JSON-able.
    limits : Limits
        Wall-clock deadline and result cap (enforced here), and the limits
        the child sets on itself.

    Returns
    -------
    ChildReport

    Raises
    ------
    SandboxError
        When the child could not be started or isolated.
    """
    root_dir = tempfile.mkdtemp(prefix=f"sandbox-{os.getpid()}-")
    # Root-owned and not writable: the child (as nobody) cannot create files in its root.
    os.chmod(root_dir, 0o555 if os.geteuid() == 0 else 0o500)
    read_fd, write_fd = os.pipe()
    with contextlib.suppress(OSError):  # a larger pipe means fewer wake-ups for large results
        fcntl.fcntl(read_fd, _F_SETPIPE_SZ, 1 << 20)
    parent = os.getpid()
    started = time.monotonic()
    try:
        pid = os.fork()
    except OSError as exc:
        os.close(read_fd)
        os.close(write_fd)
        shutil.rmtree(root_dir, ignore_errors=True)
        raise SandboxError(f"cannot start the sandbox process: {exc.strerror}") from None
    if pid == 0:  # pragma: no cover - runs in the child, which never returns
        _child(main, limits, root_dir, write_fd, read_fd, parent)
    os.close(write_fd)
    child = _Child(pid)
    try:
        return _supervise(child, read_fd, limits, started)
    finally:
        os.close(read_fd)
        # The child has answered or is past its deadline: make sure it ends. It is
        # reaped later (its exit can take milliseconds for a large address space).
        child.kill()
        if not child.reap(block=False):
            with _PENDING_LOCK:
                _PENDING.append(child)
        shutil.rmtree(root_dir, ignore_errors=True)


#: Children that were killed but had not finished exiting; reaped on the next run and at exit.
_PENDING: list[_Child] = []
_PENDING_LOCK = threading.Lock()


def reap_children(*, block: bool = True) -> int:
    """Reap the children of earlier runs that were still exiting; return how many remain.

    Every such child has already been sent ``SIGKILL``; with ``block`` this
    waits for them to finish dying (milliseconds). Runs call it without
    blocking, and it runs blocking at interpreter exit.
    """
    with _PENDING_LOCK:
        _PENDING[:] = [child for child in _PENDING if not child.reap(block=block)]
        return len(_PENDING)


atexit.register(reap_children)


class _Child:
    """A forked child, signalled through a pidfd so that a reused pid can never be hit."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.status: int | None = None
        self.reaped = False
        try:
            self.pidfd: int | None = os.pidfd_open(pid)
        except (AttributeError, OSError):  # pragma: no cover - kernels before 5.3
            self.pidfd = None

    def kill(self) -> None:
        if self.reaped:
            return
        try:
            if self.pidfd is not None:
                signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
            else:  # pragma: no cover - kernels before 5.3
                os.kill(self.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def reap(self, *, block: bool = True) -> bool:
        """Collect the exit status; return True once the child is gone."""
        if self.reaped:
            return True
        try:
            pid, status = os.waitpid(self.pid, 0 if block else os.WNOHANG)
        except ChildProcessError:  # reaped by someone else
            pid, status = self.pid, None
        if pid == 0:
            return False
        self.status = status
        self.reaped = True
        if self.pidfd is not None:
            os.close(self.pidfd)
            self.pidfd = None
        return True

    def wait_exit(self, deadline: float) -> None:
        """Wait (until ``deadline``) for the child to exit, then reap it; kill it if it does not."""
        if self.pidfd is not None:
            poller = select.poll()
            poller.register(self.pidfd, select.POLLIN)
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not poller.poll(max(1, math.ceil(remaining * 1000))):
                self.kill()
        self.reap()


def _supervise(child: _Child, read_fd: int, limits: Limits, started: float) -> ChildReport:
    deadline = started + limits.wall_seconds
    buffer = bytearray()
    expected: int | None = None  # total frame size, once the header has arrived
    poller = select.poll()
    poller.register(read_fd, select.POLLIN | select.POLLHUP)
    reap_children(block=False)
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            child.kill()
            return ChildReport(None, TIMEOUT, f"the program ran longer than {limits.wall_seconds:g} s (wall-clock limit)")
        if not poller.poll(max(1, math.ceil(remaining * 1000))):
            continue
        chunk = os.read(read_fd, 1 << 20)
        if not chunk:  # the child exited (or crashed) without a complete answer
            child.wait_exit(deadline)
            return _report(None, child.status)
        buffer += chunk
        if expected is None and len(buffer) >= _HEADER.size:
            body_size, trailer_size = _HEADER.unpack_from(buffer)
            if body_size > limits.max_result_bytes or trailer_size > _TRAILER_CAP:
                child.kill()
                return ChildReport(None, OUTPUT_LIMIT, f"the result is larger than {limits.max_result_bytes} bytes")
            expected = _HEADER.size + body_size + trailer_size
        if expected is not None and len(buffer) >= expected:
            body_size, _trailer_size = _HEADER.unpack_from(buffer)
            body = bytes(buffer[_HEADER.size : _HEADER.size + body_size])
            trailer = bytes(buffer[_HEADER.size + body_size : expected])
            return _report((body, trailer), None)


def _report(frame: tuple[bytes, bytes] | None, status: int | None) -> ChildReport:
    """Decode a complete answer, or classify how the child ended without one."""
    if frame is None:
        kind, problem = _classify_exit(status)
        return ChildReport(None, kind, problem)
    started = time.perf_counter()
    body, trailer = frame
    message: Any = None
    try:
        message = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError, MemoryError):
        message = None
    decode = time.perf_counter() - started
    if not isinstance(message, dict):
        return ChildReport(None, RUNTIME, "the sandbox sent a malformed result", decode_seconds=decode)
    if "setup_error" in message:
        problem = " ".join(str(message["setup_error"]).split())[:500]
        raise SandboxError(f"the sandbox could not isolate the program: {problem}")
    try:
        meta = json.loads(trailer.decode("utf-8")) if trailer else None
    except (ValueError, RecursionError):
        meta = None
    if isinstance(meta, dict):
        message["_meta"] = meta
    return ChildReport(message, decode_seconds=decode)


def _classify_exit(status: int | None) -> tuple[str, str]:
    if status is None:
        return RUNTIME, "the sandbox process vanished"
    if os.WIFSIGNALED(status):
        signum = os.WTERMSIG(status)
        try:
            name = signal.Signals(signum).name
        except ValueError:
            name = f"signal {signum}"
        if signum == signal.SIGXCPU:
            return TIMEOUT, "the program used too much CPU time"
        if signum == signal.SIGKILL:
            # Not sent by us (ours are classified before reaping): the kernel's OOM killer
            # or the hard CPU limit.
            return MEMORY, "the sandbox process was killed by the system (out of memory?)"
        return RUNTIME, f"the sandbox process crashed ({name})"
    return RUNTIME, f"the sandbox process exited with status {os.WEXITSTATUS(status)} without a result"
