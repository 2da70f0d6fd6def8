"""The process layer on its own: what code that escaped the policy could still do.

``run_isolated`` runs *trusted* functions in the same isolated child that
programs get, so these tests can call ``open``, ``os.fork`` or ``socket``
directly and check that the operating system refuses them. The parent side
is tested with children that misbehave: sleep, spin, crash, or send
malformed answers, as a compromised child would.
"""

from __future__ import annotations

import errno
import os
import resource
import signal
import socket
import struct
import subprocess
import tempfile
import threading
import time

import pytest

from sandbox import Limits, run_isolated
from sandbox.process import reap_children

ROOT = os.geteuid() == 0
QUICK = Limits(cpu_seconds=1, wall_seconds=5, memory_bytes=256 << 20)


def _value(function, limits: Limits = QUICK):
    outcome = run_isolated(function, limits=limits)
    assert outcome.ok, (outcome.kind, outcome.message)
    return outcome.value


def _frame(body: bytes, trailer: bytes = b"") -> bytes:
    return struct.pack("!QQ", len(body), len(trailer)) + body + trailer


def test_child_runs_as_nobody_without_groups(host):
    """The child drops to the nobody user and group, with no supplementary groups."""
    if not ROOT:
        pytest.fail("these tests document the root configuration; run them as root")
    assert _value(lambda: [os.getuid(), os.geteuid(), os.getgid(), os.getgroups()]) == [65534, 65534, 65534, []]


def test_child_root_directory_is_empty(host):
    """The child's file system root is an empty directory: no /etc, no /proc, no home."""
    assert _value(lambda: [os.getcwd(), os.listdir("/")]) == ["/", []]


def test_child_cannot_read_host_files(host):
    """Opening a host file from the child fails: the file does not exist in its root."""

    def read_passwd():
        try:
            with open("/etc/passwd") as handle:
                return handle.read()
        except OSError as exc:
            return exc.errno

    assert _value(read_passwd) == errno.ENOENT


def test_child_cannot_create_files(host):
    """Creating a file in the child's root fails, so nothing can be left behind."""

    def write_file():
        try:
            with open("/left-behind.txt", "w") as handle:
                handle.write("x")
        except OSError as exc:
            return exc.errno
        return "written"

    assert _value(write_file) == errno.EACCES


def test_child_has_no_network(host):
    """The child cannot reach a server listening on the host's loopback interface."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.setblocking(False)
    port = server.getsockname()[1]

    def connect():
        probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        probe.settimeout(1)
        try:
            probe.connect(("127.0.0.1", port))
        except OSError as exc:
            return exc.errno
        finally:
            probe.close()
        return "connected"

    try:
        assert _value(connect) == errno.ENETUNREACH
        with pytest.raises(BlockingIOError):
            server.accept()
    finally:
        server.close()


def test_child_sees_only_a_loopback_interface(host):
    """The child's network namespace holds nothing but its own (down) loopback."""
    assert _value(lambda: [name for _index, name in socket.if_nameindex()]) == ["lo"]


def test_child_cannot_fork(host):
    """os.fork() fails in the child: RLIMIT_NPROC is 0 for the unprivileged user."""

    def fork():
        try:
            pid = os.fork()
        except OSError as exc:
            return exc.errno
        if pid == 0:  # never expected; leave at once if it happens
            os._exit(0)
        return "forked"

    assert _value(fork) == errno.EAGAIN


def test_child_cannot_start_threads(host):
    """Starting a thread fails in the child (threads count against RLIMIT_NPROC)."""

    def start_thread():
        try:
            threading.Thread(target=lambda: None).start()
        except RuntimeError as exc:
            return str(exc)
        return "started"

    assert _value(start_thread) == "can't start new thread"


def test_child_cannot_run_commands(host):
    """subprocess.run() fails in the child: no new process can be created."""

    def run_true():
        try:
            subprocess.run(["/bin/true"], check=False)
        except OSError as exc:
            return type(exc).__name__
        return "ran"

    assert _value(run_true) in ("BlockingIOError", "FileNotFoundError", "PermissionError")


def test_child_environment_is_empty(host):
    """The child starts with an empty environment (no tokens or paths leak in)."""
    assert _value(lambda: dict(os.environ)) == {}


def test_child_holds_only_standard_descriptors_and_the_result_pipe(host):
    """Inherited descriptors are closed: only 0, 1, 2 (/dev/null) and the pipe (3) remain."""

    def open_fds():
        found = []
        for fd in range(256):
            try:
                os.fstat(fd)
            except OSError:
                continue
            found.append(fd)
        return found

    assert _value(open_fds) == [0, 1, 2, 3]


def test_child_resource_limits_are_set(host):
    """The child runs under NPROC 0, CORE 0, FSIZE 0, NOFILE 16 and finite CPU and AS limits."""

    def limits():
        names = ("RLIMIT_NPROC", "RLIMIT_CORE", "RLIMIT_FSIZE", "RLIMIT_NOFILE", "RLIMIT_CPU", "RLIMIT_AS")
        return {name: list(resource.getrlimit(getattr(resource, name))) for name in names}

    found = _value(limits)
    assert found["RLIMIT_NPROC"] == [0, 0]
    assert found["RLIMIT_CORE"] == [0, 0]
    assert found["RLIMIT_FSIZE"] == [0, 0]
    assert found["RLIMIT_NOFILE"] == [16, 16]
    assert found["RLIMIT_CPU"] == [2, 3]
    assert found["RLIMIT_AS"][0] > 0
    assert found["RLIMIT_AS"][0] != resource.RLIM_INFINITY


def test_isolation_report_lists_every_protection(host):
    """As root, every isolation step is in force and reported in the outcome."""
    outcome = run_isolated(lambda: 1, limits=QUICK)
    expected = {"session", "fds", "env", "netns", "chroot", "uid", "no-new-privs", "rlimits", "nproc"}
    assert set(outcome.isolation) == expected


def test_child_is_alone_in_a_new_session(host):
    """The child leads a new session and process group, so one kill reaches all of it."""
    parent_session = os.getsid(0)
    session, group, pid = _value(lambda: [os.getsid(0), os.getpgid(0), os.getpid()])
    assert session == group == pid
    assert session != parent_session


def test_wall_clock_deadline_kills_a_sleeping_child(host):
    """A child that sleeps past the wall-clock limit is killed and reported as a timeout."""
    outcome = run_isolated(lambda: time.sleep(30), limits=Limits(wall_seconds=0.5))
    assert (outcome.ok, outcome.kind) == (False, "timeout")
    assert outcome.message == "the program ran longer than 0.5 s (wall-clock limit)"


def test_cpu_limit_kills_a_spinning_child(host):
    """A child spinning in trusted code past RLIMIT_CPU dies of SIGXCPU, reported as a timeout."""

    def spin():
        while True:
            pass

    outcome = run_isolated(spin, limits=Limits(cpu_seconds=1, wall_seconds=30))
    assert (outcome.kind, outcome.message) == ("timeout", "the program used too much CPU time")


def test_memory_limit_stops_a_large_allocation(host):
    """Allocating more than the memory limit raises MemoryError in the child, reported as memory."""
    outcome = run_isolated(lambda: len(bytearray(1 << 30)), limits=QUICK)
    assert (outcome.kind, outcome.message) == ("memory", "out of memory")


def test_crash_is_reported_with_its_signal(host):
    """A child that aborts is reported as a runtime failure naming the signal."""
    outcome = run_isolated(os.abort, limits=QUICK)
    assert (outcome.kind, outcome.message) == ("runtime", "the sandbox process crashed (SIGABRT)")


def test_unexplained_sigkill_is_reported_as_memory(host):
    """A child killed by SIGKILL that the parent did not send is taken for the OOM killer."""
    outcome = run_isolated(lambda: os.kill(os.getpid(), signal.SIGKILL), limits=QUICK)
    assert outcome.kind == "memory"
    assert "killed by the system" in outcome.message


def test_exit_without_answer_is_a_runtime_failure(host):
    """A child that exits without answering is a runtime failure with its exit status."""
    outcome = run_isolated(lambda: os._exit(3), limits=QUICK)
    assert (outcome.kind, outcome.message) == ("runtime", "the sandbox process exited with status 3 without a result")


def test_trusted_exception_becomes_runtime_failure(host):
    """An exception in the isolated function becomes a one-line runtime failure."""
    outcome = run_isolated(lambda: 1 / 0, limits=QUICK)
    assert (outcome.kind, outcome.message) == ("runtime", "ZeroDivisionError: division by zero")


def test_oversized_answer_announced_in_header_is_refused(host):
    """A child announcing more bytes than the cap is killed without the parent reading them."""

    def lie():
        os.write(3, struct.pack("!QQ", 1 << 40, 0))
        time.sleep(10)

    outcome = run_isolated(lie, limits=Limits(wall_seconds=5, max_result_bytes=1 << 20))
    assert (outcome.kind, outcome.message) == ("output-limit", "the result is larger than 1048576 bytes")


def test_oversized_answer_is_refused_in_the_child(host):
    """An answer larger than the cap is replaced by an output-limit failure before it is sent."""
    outcome = run_isolated(lambda: "x" * (2 << 20), limits=Limits(max_result_bytes=1 << 20))
    assert outcome.kind == "output-limit"
    assert outcome.message.startswith("the result is ")


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1, 2, 3]", b"[" * 100_000 + b"]" * 100_000, b'{"ok": false, "kind": "explode", "message": 1}', b"\xff\xfe"],
    ids=["garbage", "not-an-object", "deep-nesting", "unknown-kind", "bad-utf8"],
)
def test_malformed_answers_are_untrusted(host, body):
    """Malformed answers from a compromised child become runtime failures, never exceptions here."""

    def send():
        os.write(3, _frame(body))
        os._exit(0)

    outcome = run_isolated(send, limits=QUICK)
    assert (outcome.ok, outcome.kind, outcome.message) == (False, "runtime", "the sandbox sent a malformed result")


def test_forged_success_carries_only_plain_data(host):
    """Even a forged answer yields only JSON data in the parent: nothing is unpickled or called."""

    def forge():
        os.write(3, _frame(b'{"ok": true, "value": {"__reduce__": ["os.system", ["id"]]}, "stdout": 5}'))
        os._exit(0)

    outcome = run_isolated(forge, limits=QUICK)
    assert outcome.ok
    assert outcome.value == {"__reduce__": ["os.system", ["id"]]}
    assert outcome.stdout == ""


def test_children_are_reaped(host):
    """After runs finish, reaping leaves no child processes of this process behind."""
    for _ in range(3):
        run_isolated(lambda: 1, limits=QUICK)
    assert reap_children() == 0


def test_without_root_the_child_degrades_and_says_so(host, monkeypatch):
    """Without root there is no chroot or user change, but limits and the network namespace still apply."""
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    prefix = os.path.join(tempfile.gettempdir(), f"sandbox-{os.getpid()}-")

    def probe():
        return [resource.getrlimit(resource.RLIMIT_NPROC)[0], os.getcwd().startswith(prefix),
                [name for _index, name in socket.if_nameindex()]]

    outcome = run_isolated(probe, limits=QUICK)
    assert outcome.value == [0, True, ["lo"]]
    assert set(outcome.isolation) == {"session", "fds", "env", "netns", "no-new-privs", "rlimits", "nproc"}
