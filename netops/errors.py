"""The one exception tree of netops.

Every expected failure is a ``NetOpsError``; the CLI catches them once (in
``netops.cli``) and maps each to its documented exit code without a traceback.
Anything else that escapes is a bug and is reported as one.

::

    NetOpsError                        exit 1 unless a subclass says otherwise
    ├── UsageError                     2  bad flags or arguments
    ├── InputError                     3  a file the user gave us is bad
    │   ├── TopologyError                 topology file: parse or validation
    │   │   ├── UnknownFormatError        extension and content match no format
    │   │   └── TopologyFormatError       malformed file (carries file and line)
    │   ├── ChecksFileError               audit checks / lock file
    │   └── ProgramFileError              a program given to ``netops run``
    ├── StoreError                     3  the netops database: damaged, unusable, busy
    ├── ExecutionError                 4  code generation or sandbox failure
    │   ├── SandboxFailure                policy / runtime / timeout / memory / output
    │   ├── RetriesExhausted              every attempt (and tier) failed
    │   └── DeadlineExceeded              the request's --timeout passed first
    ├── ModelError                     5  nothing ran: no usable model
    │   ├── ModelNotFoundError            unknown name, missing file or package
    │   ├── ModelCorruptError             SHA-256 mismatch on assembled weights
    │   └── BackendUnavailableError       server unreachable, library missing
    ├── ChangeRejected                 1  validation or the operator said no
    └── AuditFailed                    1  at least one check failed

Messages are single lines meant for operators: they say what is wrong and,
where there is one, what fixes it.
"""

from __future__ import annotations

__all__ = [
    "EXIT_OK",
    "EXIT_FAILED",
    "EXIT_USAGE",
    "EXIT_INPUT",
    "EXIT_EXECUTION",
    "EXIT_NOTHING_RAN",
    "NetOpsError",
    "UsageError",
    "InputError",
    "TopologyError",
    "UnknownFormatError",
    "TopologyFormatError",
    "ChecksFileError",
    "ProgramFileError",
    "StoreError",
    "ExecutionError",
    "SandboxFailure",
    "RetriesExhausted",
    "DeadlineExceeded",
    "ModelError",
    "ModelNotFoundError",
    "ModelCorruptError",
    "BackendUnavailableError",
    "ChangeRejected",
    "AuditFailed",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_EXECUTION = 4
EXIT_NOTHING_RAN = 5


class NetOpsError(Exception):
    """Base of every expected failure; ``exit_code`` is what the CLI returns."""

    exit_code = EXIT_FAILED

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class UsageError(NetOpsError):
    """Bad command-line usage that typer itself could not catch."""

    exit_code = EXIT_USAGE


class InputError(NetOpsError):
    """A file the user handed us is unreadable or invalid.

    ``path`` and ``line`` (1-based) locate the problem where the format has
    lines; the message is rendered as ``path:line: problem``.
    """

    exit_code = EXIT_INPUT

    def __init__(
        self,
        problem: str,
        *,
        path: str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.problem = problem
        self.path = path
        self.line = line
        location = ""
        if path is not None:
            location = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(f"{location}{problem}", hint=hint)


class TopologyError(InputError):
    """A topology file cannot be loaded or breaks a structural rule."""


class UnknownFormatError(TopologyError):
    """Neither the extension nor the content identifies a known format."""


class TopologyFormatError(TopologyError):
    """The file is malformed for its format (syntax, types, references)."""


class ChecksFileError(InputError):
    """An audit checks file or its lock file is invalid."""


class ProgramFileError(InputError):
    """A program file given on the command line cannot be read."""


class StoreError(NetOpsError):
    """The netops database (``$NETOPS_HOME/netops.db``) cannot be used.

    Exit 3, like any other bad file netops reads: the database is damaged
    (corrupt pages, a missing table, truncated to nothing), was written by a
    newer netops, cannot be created, or another process holds it too long.
    The message names the file; the hint says how to recover. Exit 1 stays
    reserved for failed audits and declined or invalid changes. It is not an
    ``InputError``: code that handles a bad topology or checks file must not
    mistake a broken database for one.

    >>> StoreError("the netops database /srv/netops.db is damaged", path="/srv/netops.db").exit_code
    3
    """

    exit_code = EXIT_INPUT

    def __init__(self, message: str, *, path: str, hint: str | None = None) -> None:
        self.path = path
        super().__init__(message, hint=hint)


class ExecutionError(NetOpsError):
    """Code generation or sandboxed execution failed."""

    exit_code = EXIT_EXECUTION


class PromptTooLong(ExecutionError):
    """The prompt does not fit the model's context window (the pipeline may shorten a repair prompt)."""


class SandboxFailure(ExecutionError):
    """The sandbox refused or stopped a program; ``kind`` says how.

    ``kind`` is one of ``policy``, ``runtime``, ``timeout``, ``memory``,
    ``output-limit``, ``mutation`` (a read-only program changed the graph).

    ``path`` names the program file, when the program came from one
    (``netops run``): the message then starts ``FILE:LINE:`` like every other
    located error, so an editor or a log reader can jump to the line.

    >>> str(SandboxFailure("policy", "SyntaxError: '(' was never closed", line=3, path="check.py"))
    "check.py:3: policy: SyntaxError: '(' was never closed"
    >>> str(SandboxFailure("runtime", "ZeroDivisionError: division by zero", line=2))
    'runtime (line 2): ZeroDivisionError: division by zero'
    """

    def __init__(self, kind: str, message: str, *, line: int | None = None, path: str | None = None) -> None:
        self.kind = kind
        self.line = line
        self.path = path
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
            super().__init__(f"{where}{kind}: {message}")
            return
        where = f" (line {line})" if line is not None else ""
        super().__init__(f"{kind}{where}: {message}")


class RetriesExhausted(ExecutionError):
    """Every attempt, on every configured model tier, failed."""


class DeadlineExceeded(ExecutionError):
    """The request's deadline passed before a valid answer; nothing was changed.

    Backends raise it (with no arguments, or a short message) as soon as
    ``CompletionOptions.deadline`` has passed: before sending a prompt and
    between generated tokens. The pipeline turns it into an answer with
    ``error_kind="deadline"``; front ends raise it again with ``seconds``, the
    operator's ``--timeout``, which the message names.

    >>> str(DeadlineExceeded(seconds=45))
    'no answer within 45 s (--timeout 45); nothing was changed'
    """

    def __init__(self, message: str | None = None, *, seconds: float | None = None, hint: str | None = None) -> None:
        self.seconds = seconds
        if message is None:
            if seconds is not None:
                message = f"no answer within {seconds:g} s (--timeout {seconds:g}); nothing was changed"
            else:
                message = "the request's deadline passed before an answer; nothing was changed"
        super().__init__(
            message,
            hint=hint or "allow more time with --timeout SECONDS (0 = no limit), or use a smaller, faster --model",
        )


class ModelError(NetOpsError):
    """No usable model: nothing ran."""

    exit_code = EXIT_NOTHING_RAN


class ModelNotFoundError(ModelError):
    """The model name, file or weight packages cannot be found."""


class ModelCorruptError(ModelError):
    """Assembled weights do not match their published SHA-256."""


class BackendUnavailableError(ModelError):
    """The backend library is not installed or the server is unreachable."""


class ChangeRejected(NetOpsError):
    """A change failed validation or the operator declined it."""

    exit_code = EXIT_FAILED


class AuditFailed(NetOpsError):
    """At least one audit check failed at or above the ``--fail-on`` level."""

    exit_code = EXIT_FAILED
