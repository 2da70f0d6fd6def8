"""Scripted audits: checks as code, pinned programs, run in the sandbox with no model.

A **checks file** (YAML) lists the rules a team keeps for its network, each a
question in plain language with an expectation on its answer::

    checks:
      - id: leaf-dual-homed              # stable: rule id in SARIF, test name in JUnit
        question: Which leaf switches are connected to fewer than two spines?
        severity: error                  # error (default) | warning
        expect: empty                    # the default
      - id: spine-count
        question: How many spine switches are there?
        expect: count >= 4               # count <,<=,==,!=,>=,> N: len() of a collection, or an int
      - id: ntp-everywhere
        question: Does every device have an ntp_server attribute?
        expect: true                     # true | false | empty | nonempty | {equals: VALUE}
      - id: no-down-uplinks
        question: Which links are down?
        severity: warning
        program: |                       # optional: hand-written, used instead of the lock
          result = [(a, b) for a, b, k, d in links(G, status="down")]

Unknown keys are errors (a typo must not silently disable a rule), and every
error carries ``file:line``.

**Freezing** (``netops audit CHECKS --freeze``) asks the model once per check
(``Pipeline.ask(question, topology, change_request=False)``), checks that the
answer fits the expectation, and writes a **lock file** next to the checks
file (``NAME.lock.yaml``) holding, per check id, the program, the SHA-256 of
the question (whitespace-normalized), the model and the prompt version. The
lock is reviewed and committed like code. A later run uses the lock only; a
check whose question no longer matches its lock entry (*stale*) or that has
none (*missing*) is an error in CI (``--no-llm``) and is regenerated in an
interactive run. A changed model or prompt version does not make an entry
stale: a reviewed program stays valid until its question changes.

**Running** executes every (check, topology) pair in the sandbox, read-only,
in a thread pool: each ``netops.program.execute.execute`` call forks its own child,
so threads spread the work over the cores. Results are plain data
(:class:`CheckResult`) with the offending items located in the topology file
where its format has lines; ``netops.audit.report`` renders them.

Outcomes: ``pass``; ``fail`` (the expectation does not hold); ``error`` (the
program failed in the sandbox, or its answer has the wrong shape for the
expectation). Exit codes follow docs/architecture.md §3.1: 1 when a check fails at or
above ``--fail-on``; 3 bad checks or lock file; 4 generation or sandbox
failure (any ``error`` outcome); 5 nothing ran.

Expectations (``empty``, ``count <= 2``, ...) are :mod:`netops.program.expectations`, the language
topology invariants speak too.

>>> question_sha256("Which  leaves\\nare down?") == question_sha256("Which leaves are down?")
True
"""

from __future__ import annotations

import ast
import datetime as _dt
import hashlib
import json
import os
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import yaml

from netops.errors import EXIT_NOTHING_RAN, ChecksFileError, NetOpsError, TopologyFormatError
from netops.fsutil import atomic_write_text
from netops.program.execute import execute_within
from netops.program.expectations import (  # the expectation language, shared with topology invariants
    Expectation,
    ExpectationMismatch,
    Verdict,
    parse_expectation,
)
from netops.program.expectations import items_of as _items
from netops.program.expectations import short_text as _short
from netops.topology.formats.clab import line_index
from netops.topology.formats.guards import read_input_bytes
from netops.topology.formats.yaml_lines import LocatedYAML, load_located
from netops.topology.model import Topology

__all__ = [
    "SEVERITIES",
    "FAIL_ON",
    "MAX_FINDINGS",
    "LOCK_VERSION",
    "NothingRan",
    "Expectation",
    "ExpectationMismatch",
    "Verdict",
    "parse_expectation",
    "Check",
    "ChecksFile",
    "load_checks",
    "pin_check",
    "question_sha256",
    "program_sha256",
    "LockEntry",
    "LockFile",
    "LockProblem",
    "lock_path_for",
    "load_lock",
    "write_lock",
    "dump_lock",
    "lock_problems",
    "Program",
    "resolve_programs",
    "FreezeFailure",
    "FreezeReport",
    "freeze",
    "Finding",
    "TopologyLocator",
    "CheckResult",
    "AuditRun",
    "run_audit",
    "evaluate_result",
    "DiffEntry",
    "AuditDiff",
    "diff_runs",
    "default_jobs",
    "severity_at_or_above",
]

#: Check severities, lowest first.
SEVERITIES = ("warning", "error")
#: Values of ``--fail-on``: a failing check at or above this severity fails the run.
FAIL_ON = ("error", "warning", "never")
#: Findings kept per result with full detail (the count is always exact).
MAX_FINDINGS = 200
#: Version of the lock file layout.
LOCK_VERSION = 1

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CHECK_KEYS = {"id", "question", "severity", "expect", "program", "description", "tags"}
_FILE_KEYS = {"version", "description", "checks"}
_LOCK_ENTRY_KEYS = {
    "question", "question_sha256", "program_sha256", "model", "prompt_version", "frozen_at", "topology", "program"
}
_SHA256 = re.compile(r"[0-9a-f]{64}")


class NothingRan(NetOpsError):
    """No check was run: the checks file holds none, or ``--check`` selected none (exit 5)."""

    exit_code = EXIT_NOTHING_RAN


def severity_at_or_above(severity: str, fail_on: str) -> bool:
    """Whether a failing check of ``severity`` fails a run with ``--fail-on fail_on``.

    >>> severity_at_or_above("warning", "error"), severity_at_or_above("warning", "warning")
    (False, True)
    >>> severity_at_or_above("error", "never")
    False
    """
    if fail_on == "never":
        return False
    return SEVERITIES.index(severity) >= SEVERITIES.index(fail_on)


def default_jobs() -> int:
    """Worker threads for a run: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# -- checks file ------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    """One rule of a checks file."""

    id: str
    question: str
    severity: str = "error"
    expect: Expectation = field(default_factory=lambda: Expectation("empty"))
    program: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    line: int | None = None

    @property
    def question_sha256(self) -> str:
        """SHA-256 of the whitespace-normalized question (the lock's staleness key)."""
        return question_sha256(self.question)


@dataclass
class ChecksFile:
    """A loaded checks file: its checks in file order and where it lives."""

    path: Path
    checks: list[Check]
    description: str | None = None

    def select(self, ids: Iterable[str]) -> ChecksFile:
        """A copy keeping only the checks named in ``ids`` (unknown ids are an error)."""
        wanted = list(dict.fromkeys(ids))
        known = {check.id for check in self.checks}
        unknown = [i for i in wanted if i not in known]
        if unknown:
            raise ChecksFileError(
                f"no check with id {', '.join(map(repr, unknown))} (known: {', '.join(sorted(known))})",
                path=str(self.path),
            )
        return ChecksFile(self.path, [c for c in self.checks if c.id in wanted], self.description)


def program_sha256(program: str) -> str:
    """SHA-256 of a pinned program's exact text (UTF-8): any edit, even whitespace, changes it.

    >>> program_sha256("result = []\\n") == program_sha256("result = [] \\n")
    False
    """
    return hashlib.sha256(program.encode("utf-8")).hexdigest()


def question_sha256(question: str) -> str:
    """SHA-256 (hex) of a question with runs of whitespace collapsed, so re-wrapping YAML does not matter."""
    return hashlib.sha256(" ".join(question.split()).encode("utf-8")).hexdigest()


def _read(path: Path, kind: str) -> str:
    # Same guards as topology files: no devices or pipes, a size cap, exit 3 when unreadable.
    data = read_input_bytes(path, kind=kind, error=ChecksFileError)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ChecksFileError("not UTF-8 text", path=str(path), line=line) from None
    # Universal newlines, as text-mode reading gave: pin_check appends "\n"-ended entries.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _located(text: str, path: Path) -> LocatedYAML:
    try:
        return load_located(text, str(path))
    except TopologyFormatError as exc:  # yaml_lines speaks topology; this is a checks/lock file
        raise ChecksFileError(exc.problem, path=exc.path, line=exc.line) from None


def _program_line(doc: LocatedYAML, keys: tuple[str | int, ...], code: str, syntax_line: int | None) -> int | None:
    """The file line of line ``syntax_line`` of a program stored at ``keys`` (block scalars start one line down)."""
    start = doc.line_of(*keys)
    if start is None or syntax_line is None:
        return start
    node = _node_at(doc, keys)
    block = isinstance(node, yaml.ScalarNode) and node.style in ("|", ">")
    return start + (1 if block else 0) + syntax_line - 1


def _node_at(doc: LocatedYAML, keys: tuple[str | int, ...]) -> yaml.Node | None:
    node = doc.root
    for key in keys:
        if isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            node = node.value[key] if 0 <= key < len(node.value) else None
        elif isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        else:
            return None
        if node is None:
            return None
    return node


def _check_program(doc: LocatedYAML, keys: tuple[str | int, ...], code: Any, what: str) -> str:
    if not isinstance(code, str) or not code.strip():
        raise ChecksFileError(
            f"{what} must be a non-empty string (Python code)", path=doc.path, line=doc.line_of(*keys)
        )
    try:
        ast.parse(code)
    except SyntaxError as exc:
        raise ChecksFileError(
            f"{what} has a syntax error: {exc.msg}", path=doc.path, line=_program_line(doc, keys, code, exc.lineno)
        ) from None
    return code if code.endswith("\n") else code + "\n"


def load_checks(path: str | Path) -> ChecksFile:
    """Read and validate a checks file; every problem is a ``ChecksFileError`` with ``file:line``.

    The file is a mapping with ``checks:`` (and optional ``version: 1`` and
    ``description``), or a bare list of checks.
    """
    path = Path(path)
    doc = _located(_read(path, "checks file"), path)
    data = doc.data
    prefix: tuple[str | int, ...] = ()
    description = None
    if isinstance(data, Mapping):
        unknown = sorted(set(map(str, data)) - _FILE_KEYS)
        if unknown:
            raise ChecksFileError(
                f"unknown key {unknown[0]!r} (known: {', '.join(sorted(_FILE_KEYS))})",
                path=str(path),
                line=doc.line_of(unknown[0]),
            )
        if data.get("version", 1) != 1:
            raise ChecksFileError(
                f"unsupported version {data.get('version')!r} (this netops reads version 1)",
                path=str(path),
                line=doc.line_of("version"),
            )
        description = data.get("description")
        raw_checks = data.get("checks")
        prefix = ("checks",)
        if raw_checks is None:
            raise ChecksFileError("missing 'checks:' (a list of checks)", path=str(path), line=doc.line_of())
    elif isinstance(data, list):
        raw_checks = data
    elif data is None:
        raw_checks = []
    else:
        raise ChecksFileError(
            "a checks file must be a mapping with 'checks:' or a list of checks", path=str(path), line=doc.line_of()
        )
    if not isinstance(raw_checks, list):
        raise ChecksFileError("'checks' must be a list", path=str(path), line=doc.line_of(*prefix))

    checks: list[Check] = []
    first_line: dict[str, int | None] = {}
    for index, raw in enumerate(raw_checks):
        where = (*prefix, index)
        line = doc.line_of(*where)

        def error(problem: str, *keys: str, _where: tuple = where) -> ChecksFileError:
            return ChecksFileError(problem, path=str(path), line=doc.line_of(*_where, *keys))

        if not isinstance(raw, Mapping):
            raise error(f"each check must be a mapping with id and question, got {_short(raw, 40)}")
        unknown = sorted(set(map(str, raw)) - _CHECK_KEYS)
        if unknown:
            raise error(f"unknown key {unknown[0]!r} in a check (known: {', '.join(sorted(_CHECK_KEYS))})", unknown[0])
        check_id = raw.get("id")
        if not isinstance(check_id, str) or not _ID.match(check_id):
            raise error(
                f"check id must be letters, digits, '.', '_' or '-' (up to 100), got {check_id!r}",
                *(("id",) if "id" in raw else ()),
            )
        if check_id in first_line:
            raise error(f"duplicate check id {check_id!r} (first on line {first_line[check_id]})", "id")
        first_line[check_id] = line
        question = raw.get("question")
        if not isinstance(question, str) or not question.strip():
            raise error(
                f"check {check_id!r} needs a 'question' (plain language)", *(("question",) if "question" in raw else ())
            )
        severity = raw.get("severity", "error")
        if severity not in SEVERITIES:
            raise error(f"severity must be one of {', '.join(reversed(SEVERITIES))}, got {severity!r}", "severity")
        try:
            expectation = parse_expectation(raw.get("expect"))
        except ValueError as exc:
            raise error(str(exc), "expect") from None
        program = None
        if "program" in raw:
            program = _check_program(doc, (*where, "program"), raw["program"], f"program of check {check_id!r}")
        tags = raw.get("tags", [])
        if isinstance(tags, str):
            tags = [tags]
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise error("tags must be a list of strings", "tags")
        text = raw.get("description")
        if text is not None and not isinstance(text, str):
            raise error("description must be a string", "description")
        checks.append(
            Check(
                id=check_id,
                question=" ".join(question.split()),
                severity=severity,
                expect=expectation,
                program=program,
                description=text,
                tags=tuple(tags),
                line=line,
            )
        )
    return ChecksFile(path, checks, description if isinstance(description, str) else None)


def pin_check(path: str | Path, check_id: str, question: str, program: str, expect: str = "empty") -> Check:
    """Append a check with a hand-pinned ``program`` to the checks file at ``path`` (created if missing).

    This is how an answer the operator trusts in the REPL becomes a rule CI
    keeps (``:pin NAME``). The new entry is appended as text, so the file's
    comments and layout survive; the result is validated with
    :func:`load_checks` (duplicate id, bad expectation, program syntax) before
    it replaces the file atomically, so a bad pin changes nothing.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "lab.checks.yaml"
    >>> pin_check(target, "down-links", "Which links are down?", "result = links(G, status='down')").expect.describe()
    'empty result'
    >>> [c.id for c in load_checks(target).checks]
    ['down-links']
    """
    path = Path(path)
    existing = _read(path, "checks file") if path.exists() else ""
    if not existing.strip():
        existing = "# Audit checks pinned from netops sessions; run with `netops audit THIS_FILE -t TOPOLOGY`.\nversion: 1\nchecks:\n"
    elif not existing.endswith("\n"):
        existing += "\n"
    entry = {"id": check_id, "question": " ".join(question.split()), "expect": expect, "program": program.rstrip() + "\n"}
    block = yaml.dump([entry], Dumper=_LockDumper, sort_keys=False, allow_unicode=True, width=100)
    data = _located(existing, path).data  # the bounded reader: aliases, bad YAML -> ChecksFileError
    if isinstance(data, Mapping):  # `checks:` is a top-level key: its items sit two spaces in
        block = "".join(f"  {line}" if line.strip() else line for line in block.splitlines(keepends=True))
    text = existing + block
    scratch = path.with_name(f".{path.name}.pin-check")
    scratch.parent.mkdir(parents=True, exist_ok=True)
    try:
        atomic_write_text(scratch, text)
        try:
            checks = load_checks(scratch)
        except ChecksFileError as exc:
            raise ChecksFileError(exc.problem, path=str(path), line=exc.line) from None
    finally:
        scratch.unlink(missing_ok=True)
    atomic_write_text(path, text)
    return next(c for c in checks.checks if c.id == check_id)


# -- lock file ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LockEntry:
    """A pinned program for one check, with what it was generated from.

    ``program_sha256`` is the hash written when the program was pinned. An
    entry made in code (by :func:`freeze`) gets the hash of its program; one
    read from a file keeps the hash the file holds ("" when it holds none),
    so :attr:`intact` is False for a program edited by hand after freezing,
    and writing the lock again never blesses such an edit with a fresh hash.
    """

    question_sha256: str
    program: str
    question: str | None = None
    model: str | None = None
    prompt_version: str | None = None
    frozen_at: str | None = None
    topology: str | None = None
    line: int | None = None
    program_sha256: str | None = None

    def __post_init__(self) -> None:
        if self.program_sha256 is None:
            object.__setattr__(self, "program_sha256", program_sha256(self.program))

    @property
    def intact(self) -> bool:
        """Whether the program is exactly the one that was pinned (its hash matches)."""
        return self.program_sha256 == program_sha256(self.program)

    def to_data(self) -> dict[str, Any]:
        """The entry as written in the lock file (program last, as a block)."""
        data: dict[str, Any] = {}
        for name in ("question", "question_sha256", "program_sha256", "model", "prompt_version", "frozen_at", "topology"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        data["program"] = self.program
        return data


@dataclass
class LockFile:
    """Pinned programs keyed by check id."""

    path: Path
    entries: dict[str, LockEntry] = field(default_factory=dict)
    exists: bool = True


@dataclass(frozen=True)
class LockProblem:
    """A check that cannot use the lock: ``kind`` is ``missing`` or ``stale`` (its question changed)."""

    check_id: str
    kind: str

    def describe(self) -> str:
        """One short phrase for messages."""
        return f"{self.check_id} ({'question changed since freezing' if self.kind == 'stale' else 'not in the lock'})"


def lock_path_for(checks_path: str | Path) -> Path:
    """The lock file beside a checks file: ``x.checks.yaml`` -> ``x.checks.lock.yaml``.

    >>> lock_path_for("audits/dc.checks.yaml").as_posix()
    'audits/dc.checks.lock.yaml'
    """
    checks_path = Path(checks_path)
    name = checks_path.name
    for suffix in (".yaml", ".yml"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return checks_path.with_name(f"{name}.lock.yaml")


def load_lock(path: str | Path, *, verify: bool = True) -> LockFile:
    """Read a lock file (a missing file is an empty lock); problems are ``ChecksFileError`` with ``file:line``.

    With ``verify`` (the default) every entry's program must match its
    ``program_sha256``: a program edited after freezing, or an entry from
    a lock that predates program hashes, is refused (exit 3) rather than
    run, because CI trusts the lock. ``netops audit --freeze`` reads with
    ``verify=False`` and regenerates such entries (see :func:`freeze`).
    """
    path = Path(path)
    if not path.exists():
        return LockFile(path, {}, exists=False)
    doc = _located(_read(path, "lock file"), path)
    data = doc.data
    if data is None:
        return LockFile(path, {})
    if not isinstance(data, Mapping) or not isinstance(data.get("checks", {}), Mapping):
        raise ChecksFileError(
            "a lock file must be a mapping with 'checks:' keyed by check id", path=str(path), line=doc.line_of()
        )
    if data.get("version", LOCK_VERSION) != LOCK_VERSION:
        raise ChecksFileError(
            f"unsupported lock version {data.get('version')!r}",
            path=str(path),
            line=doc.line_of("version"),
            hint="re-freeze with this netops: netops audit CHECKS --freeze -t TOPO",
        )
    entries: dict[str, LockEntry] = {}
    for check_id, raw in (data.get("checks") or {}).items():
        where = ("checks", check_id)
        if not isinstance(raw, Mapping):
            raise ChecksFileError(
                f"lock entry {check_id!r} must be a mapping", path=str(path), line=doc.line_of(*where)
            )
        unknown = sorted(set(map(str, raw)) - _LOCK_ENTRY_KEYS)
        if unknown:
            raise ChecksFileError(
                f"unknown key {unknown[0]!r} in lock entry {check_id!r}",
                path=str(path),
                line=doc.line_of(*where, unknown[0]),
            )
        digest = raw.get("question_sha256")
        if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise ChecksFileError(
                f"lock entry {check_id!r} needs question_sha256 (64 hex digits)",
                path=str(path),
                line=doc.line_of(*where, "question_sha256"),
            )
        program = _check_program(doc, (*where, "program"), raw.get("program"), f"program of lock entry {check_id!r}")
        pinned = raw.get("program_sha256")
        if pinned is not None and not (isinstance(pinned, str) and _SHA256.fullmatch(pinned)):
            raise ChecksFileError(
                f"lock entry {check_id!r}: program_sha256 must be 64 hex digits",
                path=str(path),
                line=doc.line_of(*where, "program_sha256"),
            )
        strings = {k: raw.get(k) for k in ("question", "model", "prompt_version", "frozen_at", "topology")}
        for key, value in strings.items():
            if value is not None and not isinstance(value, str):
                strings[key] = str(value)
        entry = LockEntry(
            question_sha256=digest,
            program=program,
            line=doc.line_of(*where),
            program_sha256=pinned or "",  # "" (not None): a file without the hash must not get one computed
            **strings,
        )
        if verify and not entry.intact:
            raise _tampered(path, str(check_id), bool(pinned), doc.line_of(*where, "program"))
        entries[str(check_id)] = entry
    return LockFile(path, entries)


def _tampered(path: Path, check_id: str, had_hash: bool, line: int | None) -> ChecksFileError:
    """The refusal for a lock entry whose program cannot be trusted."""
    if had_hash:
        return ChecksFileError(
            f"the program of lock entry {check_id!r} was changed after freezing (it does not match its "
            "program_sha256); refusing to run an unreviewed program",
            path=str(path),
            line=line,
            hint=f"restore the lock from version control, or re-freeze: netops audit CHECKS --freeze --check {check_id} -t TOPO",
        )
    return ChecksFileError(
        f"lock entry {check_id!r} has no program_sha256 (written by an older netops), so its program "
        "cannot be verified",
        path=str(path),
        line=line,
        hint="re-freeze and review the new lock: netops audit CHECKS --freeze -t TOPO",
    )


class _LockDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Safe YAML with multi-line strings (programs) as literal blocks."""


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value and all(line == line.rstrip() for line in value.splitlines()):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_LockDumper.add_representer(str, _str_presenter)

_LOCK_HEADER = """\
# netops audit lock file: the pinned program for each check of {checks}.
# Generated by `netops audit {checks} --freeze`; review every program before
# committing. CI runs these programs with no model and refuses one edited here
# (program_sha256); an entry is stale when its question changes: re-freeze.
"""


def dump_lock(lock: LockFile, *, checks_name: str = "CHECKS.yaml") -> str:
    """The lock file text (header comment, version, entries in the given order)."""
    document = {"version": LOCK_VERSION, "checks": {cid: entry.to_data() for cid, entry in lock.entries.items()}}
    body = yaml.dump(document, Dumper=_LockDumper, sort_keys=False, allow_unicode=True, width=100)
    return _LOCK_HEADER.format(checks=checks_name) + body


def write_lock(lock: LockFile, *, checks_name: str = "CHECKS.yaml") -> None:
    """Write the lock file atomically (all or nothing)."""
    atomic_write_text(lock.path, dump_lock(lock, checks_name=checks_name))
    lock.exists = True


def lock_problems(checks: Sequence[Check], lock: LockFile) -> list[LockProblem]:
    """Checks without a hand-written program whose lock entry is missing or stale, in file order."""
    problems = []
    for check in checks:
        if check.program is not None:
            continue
        entry = lock.entries.get(check.id)
        if entry is None:
            problems.append(LockProblem(check.id, "missing"))
        elif entry.question_sha256 != check.question_sha256:
            problems.append(LockProblem(check.id, "stale"))
    return problems


@dataclass(frozen=True)
class Program:
    """The code a check runs and where it came from (``checks`` file or ``lock``)."""

    code: str
    origin: str
    model: str | None = None
    prompt_version: str | None = None


def resolve_programs(checks: Sequence[Check], lock: LockFile) -> dict[str, Program]:
    """The program for every check: hand-written first, else the lock entry.

    Raises ``ChecksFileError`` (exit 3) naming every missing or stale entry.
    """
    problems = lock_problems(checks, lock)
    if problems:
        shown = ", ".join(p.describe() for p in problems[:5])
        more = f" and {len(problems) - 5} more" if len(problems) > 5 else ""
        what = "no lock file" if not lock.exists else "the lock is out of date"
        raise ChecksFileError(
            f"{what} for {len(problems)} check(s): {shown}{more}",
            path=str(lock.path),
            hint="freeze the checks with the model and commit the lock: netops audit CHECKS.yaml -t TOPO --freeze",
        )
    programs: dict[str, Program] = {}
    for check in checks:
        if check.program is not None:
            programs[check.id] = Program(check.program, "checks")
        else:
            entry = lock.entries[check.id]
            programs[check.id] = Program(entry.program, "lock", entry.model, entry.prompt_version)
    return programs


# -- freezing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FreezeFailure:
    """A check the model could not answer with a usable program."""

    check_id: str
    message: str
    code: str | None = None


@dataclass
class FreezeReport:
    """What a freeze did: the updated lock, the regenerated ids, the failures."""

    lock: LockFile
    generated: list[str] = field(default_factory=list)
    failures: list[FreezeFailure] = field(default_factory=list)


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _vote_split(answer: Any) -> bool:
    """Whether the programs behind ``answer`` gave different answers."""
    selection = getattr(answer, "selection", None)
    return selection is not None and bool(selection.alternatives)


def freeze(
    checks: Sequence[Check],
    lock: LockFile,
    topology: Topology,
    pipeline: Any,
    *,
    only: Iterable[str] | None = None,
    on_status: Callable[[str], None] | None = None,
    force: bool = False,
) -> FreezeReport:
    """Generate, validate and pin a program for each check (all, or those in ``only``).

    A program is pinned for every CI run to come, so one whose candidate
    programs disagreed (the vote split: ``answer.selection`` has
    alternatives) is refused unless ``force``: the question is probably
    ambiguous, or the model unsure.

    ``pipeline`` is a ``netops.answering.pipeline.Pipeline``; each question goes through
    ``pipeline.ask(question, topology, change_request=False)``, so the
    program is validated by the sandbox and the result contract, and then its
    answer must fit the check's expectation. Checks with a hand-written
    program are skipped and their lock entries dropped, as are entries of ids
    no longer in the checks file. The returned lock is not written.
    """
    from netops.answering.prompting import prompt_version

    status = on_status or (lambda _text: None)
    wanted = None if only is None else set(only)
    version = prompt_version()
    kept: dict[str, LockEntry] = {}
    report = FreezeReport(LockFile(lock.path, kept, exists=lock.exists))
    # An entry whose program no longer matches its hash (or predates hashes) is never kept:
    # it is regenerated even when --check names other checks, so the written lock is all verified.
    untrusted = {cid for cid, entry in lock.entries.items() if not entry.intact}
    targets = [
        c for c in checks if c.program is None and (wanted is None or c.id in wanted or c.id in untrusted)
    ]
    target_ids = {c.id for c in targets}
    for check in checks:
        if check.program is not None:
            continue
        if check.id in target_ids:
            status(f"[{len(report.generated) + len(report.failures) + 1}/{len(targets)}] {check.id}: {check.question}")
            answer = pipeline.ask(check.question, topology, change_request=False)
            failure = None
            if not answer.ok:
                failure = answer.error or "no valid program"
            elif not force and _vote_split(answer):
                failure = (
                    f"the candidate programs disagree ({answer.selection.describe()}); make the question "
                    "unambiguous, write the program by hand, or pin the chosen one with --force"
                )
            else:
                try:
                    check.expect.evaluate(answer.value)
                except ExpectationMismatch as exc:
                    failure = f"{exc}; rephrase the question so its answer fits, or write the program by hand"
            if failure is not None:
                report.failures.append(FreezeFailure(check.id, failure, answer.code))
                old = lock.entries.get(check.id)
                if old is not None and old.intact and old.question_sha256 == check.question_sha256:
                    kept[check.id] = old
                continue
            kept[check.id] = LockEntry(
                question_sha256=check.question_sha256,
                program=answer.code if answer.code.endswith("\n") else answer.code + "\n",
                question=check.question,
                model=answer.model,
                prompt_version=version,
                frozen_at=_now(),
                topology=topology.name,
            )
            report.generated.append(check.id)
        elif check.id in lock.entries:
            kept[check.id] = lock.entries[check.id]
    return report


# -- locating findings in the topology file ----------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One offending item of a failing check, named and (where possible) located.

    ``kind`` is ``device``, ``link`` or ``item`` (not recognised as either);
    ``line`` is the 1-based line in the topology file, where its format has lines.
    """

    label: str
    kind: str
    devices: tuple[str, ...] = ()
    line: int | None = None


class TopologyLocator:
    """Names offending items and finds their lines in the topology file.

    Native YAML and containerlab are located exactly (the device's entry
    under ``nodes``, the link's entry under ``links``, parallel links by
    their order). Other text formats locate a device at the first
    whole-word occurrence of its name (node sections come before links in
    every format netops writes); links there are located at their first
    endpoint. Without a source file there are no lines.
    """

    def __init__(self, topology: Topology) -> None:
        self.topology = topology
        self.graph: nx.MultiGraph = topology.graph
        self._lock = threading.Lock()
        self._loaded = False
        self._device_lines: dict[str, int] = {}
        self._link_lines: dict[frozenset[str], list[int]] = {}
        self._text: str | None = None

    def _load(self) -> None:
        with self._lock:
            if self._loaded:
                return
            self._loaded = True
            source = self.topology.source
            if source is None:
                return
            try:
                text = Path(source).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                return
            if self.topology.source_format == "yaml":
                try:
                    self._index_native(text)
                except yaml.YAMLError:
                    self._device_lines.clear()
                    self._link_lines.clear()
            elif self.topology.source_format == "clab":
                # Exact lines from the parsed file: a name search would stop at a comment or a
                # group label that mentions the device, and put every link on its first device.
                try:
                    self._device_lines, self._link_lines = line_index(text, str(source))
                except TopologyFormatError:
                    self._text = text
            else:
                self._text = text

    def _index_native(self, text: str) -> None:
        """Index device and link lines from the YAML event stream (ten times cheaper than composing nodes).

        Devices: ``nodes[i]`` entries with a ``name`` (or keys of a ``nodes``
        mapping); links: ``links[i]`` entries with two ``endpoints``.
        """
        stack: list[list[Any]] = []  # [kind, key-or-index, expecting_key]
        item_line = 0
        ends: list[str] = []
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                frame = stack.pop()
                path = [f[1] for f in stack]
                if frame[0] == "map" and len(path) == 2 and path[0] == "links" and len(ends) == 2 and all(ends):
                    self._link_lines.setdefault(frozenset(ends), []).append(item_line)
                if stack and stack[-1][0] == "map":
                    stack[-1][2] = True
                continue
            if not isinstance(
                event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.AliasEvent)
            ):
                continue
            line = event.start_mark.line + 1
            if stack and stack[-1][0] == "map" and stack[-1][2]:  # a key
                stack[-1][1] = event.value if isinstance(event, yaml.ScalarEvent) else None
                stack[-1][2] = False
                if isinstance(event, yaml.ScalarEvent) and len(stack) == 2 and stack[0][1] == "nodes":
                    self._device_lines.setdefault(event.value, line)  # nodes: {name: {...}}
                continue
            if stack and stack[-1][0] == "seq":
                stack[-1][1] += 1
            path = tuple(f[1] for f in stack)
            if isinstance(event, yaml.ScalarEvent):
                if len(path) == 3 and path[0] == "nodes" and path[2] == "name":
                    self._device_lines.setdefault(event.value, item_line)
                elif path[:1] == ("links",) and len(path) >= 4 and path[2] == "endpoints":
                    if len(path) == 4:
                        ends.append(event.value.partition(":")[0].strip())
                    elif len(path) == 5 and path[4] == "node":
                        ends.append(event.value)
            elif len(path) == 2 and path[0] in ("nodes", "links"):
                item_line, ends = line, []
            if isinstance(event, yaml.MappingStartEvent):
                stack.append(["map", None, True])
            elif isinstance(event, yaml.SequenceStartEvent):
                stack.append(["seq", -1, False])
            elif stack and stack[-1][0] == "map":
                stack[-1][2] = True

    def device_line(self, name: str) -> int | None:
        """The line where device ``name`` is defined, if the format has lines."""
        self._load()
        if name in self._device_lines:
            return self._device_lines[name]
        if self._text is not None:
            match = re.search(rf"(?<![\w.:/-]){re.escape(name)}(?![\w.:/-])", self._text)
            if match:
                line = self._text.count("\n", 0, match.start()) + 1
                self._device_lines[name] = line
                return line
        return None

    def link_line(self, a: str, b: str, key: Any = None) -> int | None:
        """The line of the link between ``a`` and ``b`` (the ``key``-th parallel one when known)."""
        self._load()
        lines = self._link_lines.get(frozenset((a, b)))
        if lines:
            if isinstance(key, int) and not isinstance(key, bool) and 0 <= key < len(lines):
                return lines[key]
            return lines[0]
        return self.device_line(a)

    def _is_device(self, value: Any) -> bool:
        return isinstance(value, str) and value in self.graph

    def describe(self, item: Any, *, locate: bool = True) -> Finding:
        """Turn one offending item (device name, link tuple, table row, mapping entry) into a Finding."""
        candidates: list[Any]
        pair = False
        if isinstance(item, str):
            candidates = [item]
        elif isinstance(item, (list, tuple)):
            candidates = list(item[:3])
            pair = isinstance(item, tuple) and len(item) == 2
        elif isinstance(item, Mapping):
            candidates = [item.get(k) for k in ("device", "node", "name", "a", "b", "source", "target", "u", "v")]
        else:
            candidates = []
        devices = [c for c in candidates if self._is_device(c)]
        devices = list(dict.fromkeys(devices))
        if (
            len(devices) >= 2
            and self.graph.has_edge(devices[0], devices[1])
            and (not isinstance(item, (list, tuple)) or item[0] == devices[0])
        ):
            a, b = devices[0], devices[1]
            key = item[2] if isinstance(item, (list, tuple)) and len(item) >= 3 else None
            label = f"{a} -- {b}"
            parallel = self.graph.number_of_edges(a, b)
            if parallel > 1 and not (isinstance(key, int) and not isinstance(key, bool)):
                # The answer names the device pair, not which of the parallel links: say so, point at the first.
                label += f" (one of {parallel} parallel links)"
            return Finding(label, "link", (a, b), self.link_line(a, b, key) if locate else None)
        if devices:
            name = devices[0]
            if isinstance(item, str):
                label = name
            elif pair and item[0] == name:
                label = f"{name}: {_short(item[1], 80)}"
            else:
                label = _label(item)
            return Finding(label, "device", (name,), self.device_line(name) if locate else None)
        return Finding(_label(item), "item")


def _label(item: Any) -> str:
    if isinstance(item, tuple) and len(item) == 2:  # a mapping entry
        return _short(f"{_short(item[0], 60)}: {_short(item[1], 90)}", 160)
    if isinstance(item, str):
        return _short(item, 160)
    if isinstance(item, (list, tuple)):
        return _short(", ".join(_short(x, 60) for x in item if not isinstance(x, Mapping)) or _short(item), 160)
    return _short(item, 160)


# -- running ---------------------------------------------------------------------------------


@dataclass
class CheckResult:
    """One check on one topology.

    ``outcome`` is ``pass``, ``fail`` or ``error``; ``message`` is one line;
    ``count`` the number of items in a collection answer; ``findings`` the
    first ``MAX_FINDINGS`` offending items, located; ``labels`` every
    offending item's label (for ``--diff``); ``value`` the answer itself
    when it is not a collection.
    """

    check: Check
    topology: str
    topology_path: str | None
    outcome: str
    message: str
    count: int | None = None
    findings: list[Finding] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    value: Any = None
    origin: str = "lock"
    error_kind: str | None = None
    error_line: int | None = None
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        """Whether the expectation did not hold."""
        return self.outcome == "fail"

    def key(self) -> tuple[str, str]:
        """(check id, topology name): identifies the result across runs."""
        return self.check.id, self.topology

    def comparable(self) -> tuple[Any, ...]:
        """Everything but timings: equal for equal runs (serial or parallel)."""
        return (
            self.check.id,
            self.topology,
            self.outcome,
            self.message,
            self.count,
            tuple(self.findings),
            tuple(self.labels),
            json.dumps(self.value, sort_keys=True, default=str),
            self.error_kind,
            self.error_line,
        )


@dataclass
class TopologyRef:
    """A topology as reports name it."""

    name: str
    path: str | None
    format: str | None


@dataclass
class AuditRun:
    """All results of one audit, in checks-file order per topology, with the run's context."""

    checks: list[Check]
    topologies: list[TopologyRef]
    results: list[CheckResult]
    programs: dict[str, Program] = field(default_factory=dict)
    checks_path: str | None = None
    lock_path: str | None = None
    jobs: int = 1
    seconds: float = 0.0
    started_at: str = ""

    def counts(self) -> dict[str, int]:
        """Results by outcome (``pass``, ``fail``, ``error``) and failures by severity."""
        outcome = Counter(r.outcome for r in self.results)
        severity = Counter(r.check.severity for r in self.results if r.failed)
        return {
            "total": len(self.results),
            "passed": outcome["pass"],
            "failed": outcome["fail"],
            "errors": outcome["error"],
            "failed_error": severity["error"],
            "failed_warning": severity["warning"],
        }

    def failing(self, fail_on: str) -> list[CheckResult]:
        """Failed results at or above ``fail_on``."""
        return [r for r in self.results if r.failed and severity_at_or_above(r.check.severity, fail_on)]

    def exit_code(self, fail_on: str) -> int:
        """docs/architecture.md §3.1: 4 if any check could not be evaluated, 1 if one failed at/above ``fail_on``, else 0."""
        if any(r.outcome == "error" for r in self.results):
            return 4
        return 1 if self.failing(fail_on) else 0


Executor = Callable[..., Any]


def evaluate_result(
    check: Check,
    topology: Topology,
    execution: Any,
    *,
    locator: TopologyLocator | None = None,
    origin: str = "lock",
    seconds: float = 0.0,
) -> CheckResult:
    """Judge one execution of a check's program on a topology."""
    path = str(topology.source) if topology.source is not None else None
    base = {"check": check, "topology": topology.name, "topology_path": path, "origin": origin, "seconds": seconds}
    if not getattr(execution, "ok", False):
        kind = getattr(execution, "failure_kind", None) or "runtime"
        message = getattr(execution, "message", None) or "the program failed"
        line = getattr(execution, "line", None)
        where = f" (program line {line})" if line else ""
        return CheckResult(
            outcome="error", message=f"{kind}{where}: {message}", error_kind=kind, error_line=line, **base
        )
    value = execution.value
    try:
        verdict = check.expect.evaluate(value)
    except ExpectationMismatch as exc:
        return CheckResult(outcome="error", message=str(exc), error_kind="result-shape", value=_scalar(value), **base)
    locator = locator or TopologyLocator(topology)
    findings = []
    labels = []
    for index, item in enumerate(verdict.items):
        finding = locator.describe(item, locate=index < MAX_FINDINGS)
        labels.append(finding.label)
        if index < MAX_FINDINGS:
            findings.append(finding)
    return CheckResult(
        outcome="pass" if verdict.passed else "fail",
        message=verdict.message,
        count=verdict.count,
        findings=findings,
        labels=labels,
        value=_scalar(value),
        **base,
    )


def _scalar(value: Any) -> Any:
    return value if _items(value) is None else None


def run_audit(
    checks: Sequence[Check],
    programs: Mapping[str, Program],
    topologies: Sequence[Topology],
    *,
    jobs: int | None = None,
    timeout: float = 10.0,
    executor: Executor | None = None,
    checks_path: str | None = None,
    lock_path: str | None = None,
    on_result: Callable[[CheckResult], None] | None = None,
) -> AuditRun:
    """Run every check on every topology, read-only, ``jobs`` at a time.

    ``executor(topology, code, read_only=True, timeout=...)`` returns a
    ``netops.program.execute.Execution``; the default is the real sandbox. Results
    come back in a fixed order (topologies as given, checks in file order),
    whatever order they finished in.
    """
    if not checks or not topologies:
        raise NothingRan("no checks to run" if not checks else "no topology to audit")
    run_one = executor or execute_within
    if executor is None:
        from netops.program.execute import prepare

        for topology in topologies:  # build the sandbox's cached view once, before the threads start
            prepare(topology, read_only=True, mutating=False)
    jobs = max(1, jobs or default_jobs())
    locators = {id(t): TopologyLocator(t) for t in topologies}
    tasks = [(t, c) for t in topologies for c in checks]
    started = time.perf_counter()
    started_at = _now()

    def task(topology: Topology, check: Check) -> CheckResult:
        program = programs[check.id]
        t0 = time.perf_counter()
        try:
            execution = run_one(topology, program.code, read_only=True, timeout=timeout)
        except NetOpsError as exc:
            execution = _Failed("runtime", exc.message)
        except Exception as exc:  # noqa: BLE001 - the boundary: a crash is this check's error, not the run's
            execution = _Failed("internal", f"{type(exc).__name__}: {exc}")
        seconds = time.perf_counter() - t0
        result = evaluate_result(
            check, topology, execution, locator=locators[id(topology)], origin=program.origin, seconds=seconds
        )
        if on_result is not None:
            on_result(result)
        return result

    if jobs == 1 or len(tasks) == 1:
        results = [task(t, c) for t, c in tasks]
    else:
        with ThreadPoolExecutor(max_workers=min(jobs, len(tasks)), thread_name_prefix="netops-audit") as pool:
            futures = [pool.submit(task, t, c) for t, c in tasks]
            results = [f.result() for f in futures]
    return AuditRun(
        checks=list(checks),
        topologies=[
            TopologyRef(t.name, str(t.source) if t.source is not None else None, t.source_format) for t in topologies
        ],
        results=results,
        programs=dict(programs),
        checks_path=checks_path,
        lock_path=lock_path,
        jobs=jobs,
        seconds=time.perf_counter() - started,
        started_at=started_at,
    )


@dataclass(frozen=True)
class _Failed:
    failure_kind: str
    message: str
    ok: bool = False
    line: int | None = None
    value: Any = None


# -- diff between two topologies ----------------------------------------------------------------


@dataclass
class DiffEntry:
    """How one check's outcome changes from the base topology to a head topology.

    ``change`` is ``broken`` (passed, now fails), ``fixed`` (failed or
    errored, now passes), ``worse`` (still fails, with new offending items),
    ``better`` (still fails, some items resolved, none new), ``unchanged``,
    or ``error`` (cannot be evaluated on the head topology).
    """

    check: Check
    base: CheckResult
    head: CheckResult
    change: str
    new: list[str] = field(default_factory=list)
    resolved: list[str] = field(default_factory=list)

    @property
    def regression(self) -> bool:
        """Whether the head is worse than the base for this check."""
        return self.change in ("broken", "worse")


@dataclass
class AuditDiff:
    """Per-check outcome changes between a base topology and each head topology."""

    base: AuditRun
    head: AuditRun
    entries: list[DiffEntry]

    def counts(self) -> dict[str, int]:
        """Entries by change."""
        counts = Counter(e.change for e in self.entries)
        return {k: counts[k] for k in ("broken", "worse", "fixed", "better", "unchanged", "error")}

    def regressions(self, fail_on: str) -> list[DiffEntry]:
        """Regressions at or above ``fail_on``."""
        return [e for e in self.entries if e.regression and severity_at_or_above(e.check.severity, fail_on)]

    def exit_code(self, fail_on: str) -> int:
        """4 if a check cannot be evaluated on a head topology; 1 for a regression at/above ``fail_on``; else 0.

        Failures that the base topology already had do not fail a diff run:
        it answers "what does this change break".
        """
        if any(e.change == "error" for e in self.entries):
            return 4
        return 1 if self.regressions(fail_on) else 0


def _multiset_delta(before: Sequence[str], after: Sequence[str]) -> tuple[list[str], list[str]]:
    old, new = Counter(before), Counter(after)
    return sorted((new - old).elements()), sorted((old - new).elements())


def diff_runs(base: AuditRun, head: AuditRun) -> AuditDiff:
    """Compare a run on the base topology (one) with a run on the head topologies, check by check."""
    base_by_check = {r.check.id: r for r in base.results}
    entries = []
    for result in head.results:
        before = base_by_check.get(result.check.id)
        if before is None:
            continue
        new, resolved = _multiset_delta(before.labels, result.labels)
        if result.outcome == "error":
            change = "error"
        elif result.outcome == "fail" and before.outcome != "fail":
            change = "broken"
        elif result.outcome == "pass" and before.outcome != "pass":
            change = "fixed"
        elif result.outcome == "fail" and new:
            change = "worse"
        elif result.outcome == "fail" and resolved:
            change = "better"
        elif (
            result.outcome == "fail"
            and before.outcome == "fail"
            and result.count is not None
            and before.count is not None
        ):
            change = (
                "worse" if result.count > before.count else "better" if result.count < before.count else "unchanged"
            )
        else:
            change = "unchanged"
        entries.append(DiffEntry(result.check, before, result, change, new, resolved))
    return AuditDiff(base, head, entries)
