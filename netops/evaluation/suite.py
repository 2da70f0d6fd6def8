"""The golden suite's cases: YAML files of requests with a category, a difficulty, a topology and a golden (see :mod:`netops.evaluation`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from netops.errors import InputError

__all__ = ["CATEGORIES", "DIFFICULTIES", "RESULTS_FORMAT", "Case", "load_suite", "default_suite_path"]


#: What a request asks for; every case names one.
CATEGORIES: tuple[str, ...] = (
    "count",  # how many ...
    "filter",  # which devices / links match ...
    "lookup",  # one fact: an attribute, an interface, a neighbour
    "aggregate",  # group, rank, most/least, per-x totals
    "path",  # shortest paths, hop counts, latency, reachability
    "what-if",  # the same questions with devices or links failed
    "capacity",  # bandwidth sums, headroom, utilization
    "inventory",  # tables of devices/links with attributes
    "mutation",  # change the topology
)

DIFFICULTIES: tuple[str, ...] = ("easy", "medium", "hard")

#: Identifies saved run files.
RESULTS_FORMAT = "netops-eval/1"

_CASE_KEYS = {
    "id",
    "topology",
    "request",
    "category",
    "difficulty",
    "golden",
    "expect",
    "ordered",
    "tolerance",
    "ignore",
    "note",
}
_REQUIRED = ("id", "request", "category", "difficulty")


def default_suite_path() -> Path:
    """The suite in a source checkout: ``tests/eval/suite`` under the current directory."""
    return Path("tests") / "eval" / "suite"


@dataclass(frozen=True)
class Case:
    """One golden-suite request.

    Attributes
    ----------
    id : str
        Unique in the suite.
    topology : str
        The topology file as written in the suite (relative to the repository root).
    topology_path : pathlib.Path
        That file, resolved.
    request : str
        What the operator typed.
    category, difficulty : str
        See ``CATEGORIES`` and ``DIFFICULTIES``.
    golden : str or None
        A trusted program whose ``result`` (or, for a change, whose graph) is the expected outcome.
    expect : object
        A literal expected value when there is no golden program.
    ordered : bool
        Whether the order of a collection answer matters.
    tolerance : float or None
        Absolute tolerance for numbers.
    ignore : tuple of str
        Attributes left out when comparing a changed topology.
    source : str
        ``file:line`` where the case is written.
    """

    id: str
    topology: str
    topology_path: Path
    request: str
    category: str
    difficulty: str
    golden: str | None = None
    expect: Any = None
    has_expect: bool = False
    ordered: bool = False
    tolerance: float | None = None
    ignore: tuple[str, ...] = ()
    note: str = ""
    source: str = ""

    @property
    def mutation(self) -> bool:
        """Whether the request asks for a change (judged by the after-state)."""
        return self.category == "mutation"


def _case_lines(text: str) -> list[int]:
    """1-based line of each case mapping in a suite file (best effort)."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return []
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if getattr(key, "value", None) == "cases":
                root = value
                break
    if not isinstance(root, yaml.SequenceNode):
        return []
    return [item.start_mark.line + 1 for item in root.value]


def _resolve_topology(name: str, suite_file: Path, root: Path | None) -> Path | None:
    candidates: list[Path] = []
    raw = Path(name)
    if raw.is_absolute():
        candidates.append(raw)
    else:
        if root is not None:
            candidates.append(root / raw)
        candidates.extend(parent / raw for parent in suite_file.resolve().parents)
        candidates.append(Path.cwd() / raw)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return None


def _suite_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
        if not files:
            raise InputError("no suite files (*.yaml) in this directory", path=str(path))
        return files
    if path.is_file():
        return [path]
    raise InputError("no such suite file or directory", path=str(path))


def _read_suite_file(file: Path) -> tuple[Any, list[Any], list[int]]:
    """One suite file: its default topology, its case items and the line each starts on."""
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read suite file: {exc}", path=str(file)) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(
            "invalid YAML in suite file", path=str(file), line=mark.line + 1 if mark else None
        ) from None
    default_topology = None
    if isinstance(data, dict):
        unknown = set(data) - {"topology", "cases", "description"}
        if unknown:
            raise InputError(
                f"unknown top-level key(s) {sorted(unknown)} (expected topology, cases)", path=str(file)
            )
        default_topology = data.get("topology")
        data = data.get("cases")
    if not isinstance(data, list):
        raise InputError("a suite file is a list of cases or a mapping with a 'cases' list", path=str(file))
    return default_topology, data, _case_lines(text)


def _case(
    item: Any, index: int, file: Path, line: int | None, default_topology: Any, root: Path | None, seen: dict[str, str]
) -> Case:
    """Check one case item and build its Case; the error names the file and the case's line."""

    def fail(problem: str) -> InputError:
        return InputError(problem, path=str(file), line=line)

    case_id = _case_id(item, index, seen, fail)
    has_expect = _check_golden(item, case_id, fail)
    tolerance, ordered, ignore = _comparison_options(item, case_id, fail)
    topology = item.get("topology", default_topology)
    if not isinstance(topology, str) or not topology.strip():
        raise fail(f"{case_id}: no 'topology' (give one per case or at the top of the file)")
    resolved = _resolve_topology(topology, file, root)
    if resolved is None:
        raise fail(f"{case_id}: topology {topology!r} not found (paths are relative to the repository root)")
    return Case(
        id=case_id,
        topology=topology,
        topology_path=resolved,
        request=" ".join(item["request"].split()),
        category=item["category"],
        difficulty=item["difficulty"],
        golden=item.get("golden"),
        expect=item.get("expect"),
        has_expect=has_expect,
        ordered=ordered,
        tolerance=float(tolerance) if tolerance is not None else None,
        ignore=tuple(ignore),
        note=str(item.get("note") or ""),
        source=f"{file}:{line}" if line else str(file),
    )


def _case_id(item: Any, index: int, seen: dict[str, str], fail: Callable[[str], InputError]) -> str:
    """The id of a case item whose fields, category and difficulty are valid; a duplicate id is refused."""
    if not isinstance(item, dict):
        raise fail(f"case #{index + 1} must be a mapping")
    unknown = set(item) - _CASE_KEYS
    if unknown:
        raise fail(f"unknown field(s) {sorted(unknown)} (known: {', '.join(sorted(_CASE_KEYS))})")
    for key in _REQUIRED:
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise fail(f"case #{index + 1} needs a non-empty string {key!r}")
    case_id: str = item["id"].strip()
    if case_id in seen:
        raise fail(f"duplicate case id {case_id!r} (first at {seen[case_id]})")
    if item["category"] not in CATEGORIES:
        raise fail(f"{case_id}: unknown category {item['category']!r} (known: {', '.join(CATEGORIES)})")
    if item["difficulty"] not in DIFFICULTIES:
        raise fail(f"{case_id}: unknown difficulty {item['difficulty']!r} (known: {', '.join(DIFFICULTIES)})")
    return case_id


def _check_golden(item: dict[str, Any], case_id: str, fail: Callable[[str], InputError]) -> bool:
    """Check the case's 'golden' program or 'expect' value (exactly one); whether it has 'expect'."""
    has_golden, has_expect = "golden" in item, "expect" in item
    if has_golden == has_expect:
        raise fail(f"{case_id}: give exactly one of 'golden' (a program) or 'expect' (a value)")
    if has_golden and (
        not isinstance(item["golden"], str) or "result" not in item["golden"] and item["category"] != "mutation"
    ):
        raise fail(f"{case_id}: 'golden' must be a program that assigns result")
    if has_expect and item["category"] == "mutation":
        raise fail(f"{case_id}: a mutation case needs a 'golden' program (its graph is the expected outcome)")
    if has_golden:
        try:
            compile(item["golden"], f"{case_id}.golden", "exec")
        except SyntaxError as exc:
            raise fail(f"{case_id}: golden program has a syntax error: {exc.msg} (line {exc.lineno})") from None
    return has_expect


def _comparison_options(
    item: dict[str, Any], case_id: str, fail: Callable[[str], InputError]
) -> tuple[float | None, bool, list[str]]:
    """The case's 'tolerance', 'ordered' and 'ignore' (how the answer is compared), checked."""
    tolerance = item.get("tolerance")
    if tolerance is not None and (
        isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or tolerance < 0
    ):
        raise fail(f"{case_id}: 'tolerance' must be a non-negative number")
    ordered = item.get("ordered", False)
    if not isinstance(ordered, bool):
        raise fail(f"{case_id}: 'ordered' must be true or false")
    ignore = item.get("ignore") or []
    if isinstance(ignore, str):
        ignore = [ignore]
    if not isinstance(ignore, list) or not all(isinstance(i, str) for i in ignore):
        raise fail(f"{case_id}: 'ignore' must be a list of attribute names")
    return tolerance, ordered, ignore


def load_suite(path: Path | str, *, root: Path | None = None) -> list[Case]:
    """Load and check every case of a suite file or directory.

    Parameters
    ----------
    path : path-like
        A suite YAML file, or a directory of them (read in name order).
    root : pathlib.Path, optional
        The directory topology paths are relative to; by default the nearest
        ancestor of the suite file where the topology exists.

    Raises
    ------
    netops.errors.InputError
        With the file and line of the first problem: bad YAML, a missing or
        unknown field, an unknown category or difficulty, both or neither of
        ``golden``/``expect``, a duplicate id, a topology that does not exist.
    """
    cases: list[Case] = []
    seen: dict[str, str] = {}
    for file in _suite_files(Path(path)):
        default_topology, items, lines = _read_suite_file(file)
        for index, item in enumerate(items):
            line = lines[index] if index < len(lines) else None
            case = _case(item, index, file, line, default_topology, root, seen)
            seen[case.id] = f"{file}:{line}"
            cases.append(case)
    if not cases:
        raise InputError("the suite has no cases", path=str(path))
    return cases
