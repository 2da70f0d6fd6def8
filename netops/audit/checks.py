"""Checks files: the rules a team keeps, each a question with an expectation (see :mod:`netops.audit`)."""

from __future__ import annotations

import ast
import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from netops.errors import EXIT_NOTHING_RAN, ChecksFileError, NetOpsError, TopologyFormatError
from netops.fsutil import atomic_write_text
from netops.program.expectations import (  # the expectation language, shared with topology invariants
    Expectation,
    parse_expectation,
)
from netops.program.expectations import short_text as _short
from netops.topology.formats.guards import read_input_bytes
from netops.topology.formats.yaml_lines import LocatedYAML, load_located

__all__ = [
    "SEVERITIES",
    "FAIL_ON",
    "MAX_FINDINGS",
    "NothingRan",
    "Check",
    "ChecksFile",
    "load_checks",
    "pin_check",
    "question_sha256",
    "program_sha256",
    "default_jobs",
    "severity_at_or_above",
]

#: Check severities, lowest first.
SEVERITIES = ("warning", "error")
#: Values of ``--fail-on``: a failing check at or above this severity fails the run.
FAIL_ON = ("error", "warning", "never")
#: Findings kept per result with full detail (the count is always exact).
MAX_FINDINGS = 200

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CHECK_KEYS = {"id", "question", "severity", "expect", "program", "description", "tags"}
_FILE_KEYS = {"version", "description", "checks"}


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


class _LockDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Safe YAML with multi-line strings (programs) as literal blocks: checks files and lock files."""


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value and all(line == line.rstrip() for line in value.splitlines()):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_LockDumper.add_representer(str, _str_presenter)


def load_checks(path: str | Path) -> ChecksFile:
    """Read and validate a checks file; every problem is a ``ChecksFileError`` with ``file:line``.

    The file is a mapping with ``checks:`` (and optional ``version: 1`` and
    ``description``), or a bare list of checks.
    """
    path = Path(path)
    doc = _located(_read(path, "checks file"), path)
    raw_checks, prefix, description = _raw_checks(doc, path)
    checks: list[Check] = []
    first_line: dict[str, int | None] = {}
    for index, raw in enumerate(raw_checks):
        checks.append(_check(doc, path, raw, (*prefix, index), first_line))
    return ChecksFile(path, checks, description if isinstance(description, str) else None)


def _raw_checks(doc: LocatedYAML, path: Path) -> tuple[list[Any], tuple[str | int, ...], Any]:
    """(the check items, where they sit in the file, the file's description) of a checks file's two layouts."""
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
    return raw_checks, prefix, description


def _check(
    doc: LocatedYAML, path: Path, raw: Any, where: tuple[str | int, ...], first_line: dict[str, int | None]
) -> Check:
    """One check item, validated; ``first_line`` (id -> line) catches duplicate ids and gets this one's."""
    line = doc.line_of(*where)

    def error(problem: str, *keys: str) -> ChecksFileError:
        return ChecksFileError(problem, path=str(path), line=doc.line_of(*where, *keys))

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
    return Check(
        id=check_id,
        question=" ".join(question.split()),
        severity=severity,
        expect=expectation,
        program=program,
        description=text,
        tags=tuple(tags),
        line=line,
    )


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
    entry = {
        "id": check_id,
        "question": " ".join(question.split()),
        "expect": expect,
        "program": program.rstrip() + "\n",
    }
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
