"""Lock files: the reviewed program pinned for each check, with the hashes that keep it honest."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from netops.audit.checks import (
    Check,
    _check_program,
    _located,
    _LockDumper,
    _read,
    program_sha256,
)
from netops.errors import ChecksFileError
from netops.fsutil import atomic_write_text
from netops.topology.formats.yaml_lines import LocatedYAML

__all__ = [
    "LOCK_VERSION",
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
]

#: Version of the lock file layout.
LOCK_VERSION = 1
#: The fields of a lock entry before its program, in the order they are written.
_LOCK_ENTRY_FIELDS = ("question", "question_sha256", "program_sha256", "model", "prompt_version", "frozen_at", "topology")
_LOCK_ENTRY_KEYS = {*_LOCK_ENTRY_FIELDS, "program"}
_SHA256 = re.compile(r"[0-9a-f]{64}")


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
        for name in _LOCK_ENTRY_FIELDS:
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
        entry = _lock_entry(doc, path, check_id, raw)
        if verify and not entry.intact:
            had_hash = bool(entry.program_sha256)  # "" when the file holds none
            raise _tampered(path, str(check_id), had_hash, doc.line_of("checks", check_id, "program"))
        entries[str(check_id)] = entry
    return LockFile(path, entries)


def _lock_entry(doc: LocatedYAML, path: Path, check_id: Any, raw: Any) -> LockEntry:
    """One entry of a lock file, validated (its program is not checked against its hash here)."""
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
    return LockEntry(
        question_sha256=digest,
        program=program,
        line=doc.line_of(*where),
        program_sha256=pinned or "",  # "" (not None): a file without the hash must not get one computed
        **strings,
    )


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
