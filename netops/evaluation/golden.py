"""The golden-suite evaluation: load cases, judge answers by meaning, summarize runs.

A suite is a directory (or one file) of YAML files. Each file is a list of
cases, or a mapping with a default ``topology`` and a ``cases`` list::

    topology: topologies/campus.yaml      # relative to the repository root
    cases:
      - id: campus-count-01
        request: how many access switches in bldg a?
        category: count                   # one of CATEGORIES
        difficulty: easy                  # easy | medium | hard
        golden: |                         # a trusted program; or `expect: <literal>`
          result = len(nodes(G, role="access", building="a"))
      - id: campus-path-02
        request: hops from acc-a1 to the wan edge, in order
        category: path
        difficulty: medium
        ordered: true                     # the order of the answer matters
        tolerance: 0.01                   # absolute tolerance for numbers
        golden: |
          result = path(G, "acc-a1", "wan1")

Golden programs are our own trusted code: they run with plain ``exec`` on a
copy of the graph, with ``G``, ``nx`` and the helpers of :mod:`netops.program.api`.
The expected value is computed at evaluation time (so a topology can change
without hand-editing expected outputs); for a change request the expected
outcome is the graph the golden program leaves behind.

Judging (:func:`compare`, :func:`compare_graphs`) is by meaning, not by
representation:

- numbers equal within ``tolerance`` (absolute; default: relative 1e-6); a
  string that is exactly a number (``"2.5"``) counts as that number; bools
  never equal numbers, and "yes"/"no"/"true"/"false" strings equal bools;
- strings equal ignoring case and surrounding blanks;
- collections equal as multisets (order ignored) unless the case says
  ``ordered: true``; any two empty collections are equal;
- a tuple in a golden value is a record: compared position by position;
- links are identities: ``(a, b)``, ``(b, a)``, ``(a, b, key)`` and
  ``(a, b, key, data)`` all name the same link (keys compared only when both
  sides give one; attributes never);
- tables (``{"columns", "rows"}``) compare by rows; the answer may also be a
  list of rows, a list of records (dicts), or a mapping from the first column
  to the rest, and columns are matched by name when both sides name them;
- mappings compare key by key (keys by text, so ``1``, ``1.0`` and ``"1"`` match); an
  answer given as ``[(key, value), ...]`` or as a two-column table counts;
- a single answer wrapped in a one-item collection or mapping equals the bare
  answer (``["spine1"]`` for ``"spine1"``, ``{"leaf": 4}`` for ``4``), and
  when a set of names is asked for, a mapping keyed by exactly those names is
  accepted (the extra values are detail, not error), and so is a list of
  rows or a table whose first column is exactly those names;
- a change is judged only by its after-state: same devices, same links (a
  multiset of order-free endpoints with their attributes, keys ignored) and
  equal attributes, with the same value rules; ``ignore`` names attributes
  left out of the comparison.

Runs are summarized (:func:`summarize`) as pass@1 overall, per category,
difficulty and topology, latency percentiles, tokens, attempts and the tier
that answered; saved as JSON (:func:`save_results`) and compared between runs
(:func:`compare_runs`).

>>> compare([("leaf1", "spine1"), ("leaf2", "spine2")], [["spine2", "leaf2"], ["spine1", "leaf1"]]).ok
True
>>> compare(12, 12.0000001).ok, compare(12, 13).reason
(True, 'expected 12, got 13')
"""

from __future__ import annotations

import copy
import datetime as _dt
import hashlib
import json
import math
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import yaml

from netops.errors import DeadlineExceeded, InputError, ModelError
from netops.program import api
from netops.program.failures import FailureKind
from netops.topology.model import Topology

__all__ = [
    "CATEGORIES",
    "DIFFICULTIES",
    "RESULTS_FORMAT",
    "Case",
    "Golden",
    "Verdict",
    "CaseResult",
    "TrustedExecution",
    "ProgramPipeline",
    "RunComparison",
    "load_suite",
    "run_golden",
    "trusted_execute",
    "compare",
    "compare_graphs",
    "judge",
    "run_suite",
    "summarize",
    "percentile",
    "results_document",
    "save_results",
    "load_results",
    "compare_runs",
    "default_suite_path",
]

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

_CASE_KEYS = {"id", "topology", "request", "category", "difficulty", "golden", "expect", "ordered", "tolerance", "ignore", "note"}
_REQUIRED = ("id", "request", "category", "difficulty")


def default_suite_path() -> Path:
    """The suite in a source checkout: ``tests/eval/suite`` under the current directory."""
    return Path("tests") / "eval" / "suite"


# -- the suite --------------------------------------------------------------------------------


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
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read suite file: {exc}", path=str(file)) from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise InputError("invalid YAML in suite file", path=str(file), line=mark.line + 1 if mark else None) from None
        default_topology = None
        if isinstance(data, dict):
            unknown = set(data) - {"topology", "cases", "description"}
            if unknown:
                raise InputError(f"unknown top-level key(s) {sorted(unknown)} (expected topology, cases)", path=str(file))
            default_topology = data.get("topology")
            data = data.get("cases")
        if not isinstance(data, list):
            raise InputError("a suite file is a list of cases or a mapping with a 'cases' list", path=str(file))
        lines = _case_lines(text)
        for index, item in enumerate(data):
            line = lines[index] if index < len(lines) else None

            def fail(problem: str) -> InputError:
                return InputError(problem, path=str(file), line=line)  # noqa: B023 - used at once

            if not isinstance(item, dict):
                raise fail(f"case #{index + 1} must be a mapping")
            unknown = set(item) - _CASE_KEYS
            if unknown:
                raise fail(f"unknown field(s) {sorted(unknown)} (known: {', '.join(sorted(_CASE_KEYS))})")
            for key in _REQUIRED:
                if not isinstance(item.get(key), str) or not item[key].strip():
                    raise fail(f"case #{index + 1} needs a non-empty string {key!r}")
            case_id = item["id"].strip()
            if case_id in seen:
                raise fail(f"duplicate case id {case_id!r} (first at {seen[case_id]})")
            if item["category"] not in CATEGORIES:
                raise fail(f"{case_id}: unknown category {item['category']!r} (known: {', '.join(CATEGORIES)})")
            if item["difficulty"] not in DIFFICULTIES:
                raise fail(f"{case_id}: unknown difficulty {item['difficulty']!r} (known: {', '.join(DIFFICULTIES)})")
            has_golden, has_expect = "golden" in item, "expect" in item
            if has_golden == has_expect:
                raise fail(f"{case_id}: give exactly one of 'golden' (a program) or 'expect' (a value)")
            if has_golden and (not isinstance(item["golden"], str) or "result" not in item["golden"] and item["category"] != "mutation"):
                raise fail(f"{case_id}: 'golden' must be a program that assigns result")
            if has_expect and item["category"] == "mutation":
                raise fail(f"{case_id}: a mutation case needs a 'golden' program (its graph is the expected outcome)")
            if has_golden:
                try:
                    compile(item["golden"], f"{case_id}.golden", "exec")
                except SyntaxError as exc:
                    raise fail(f"{case_id}: golden program has a syntax error: {exc.msg} (line {exc.lineno})") from None
            tolerance = item.get("tolerance")
            if tolerance is not None and (isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or tolerance < 0):
                raise fail(f"{case_id}: 'tolerance' must be a non-negative number")
            ordered = item.get("ordered", False)
            if not isinstance(ordered, bool):
                raise fail(f"{case_id}: 'ordered' must be true or false")
            ignore = item.get("ignore") or []
            if isinstance(ignore, str):
                ignore = [ignore]
            if not isinstance(ignore, list) or not all(isinstance(i, str) for i in ignore):
                raise fail(f"{case_id}: 'ignore' must be a list of attribute names")
            topology = item.get("topology", default_topology)
            if not isinstance(topology, str) or not topology.strip():
                raise fail(f"{case_id}: no 'topology' (give one per case or at the top of the file)")
            resolved = _resolve_topology(topology, file, root)
            if resolved is None:
                raise fail(f"{case_id}: topology {topology!r} not found (paths are relative to the repository root)")
            seen[case_id] = f"{file}:{line}"
            cases.append(
                Case(
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
            )
    if not cases:
        raise InputError("the suite has no cases", path=str(path))
    return cases


# -- trusted execution (golden programs, and tests that bypass the model) ----------------------


@dataclass
class TrustedExecution:
    """The outcome of a program run with plain ``exec``; shaped like ``netops.program.execute.Execution``."""

    ok: bool
    value: Any = None
    graph_after: nx.MultiGraph | None = None
    stdout: str = ""
    failure_kind: str | None = None
    message: str | None = None
    line: int | None = None
    timings: dict[str, float] = field(default_factory=dict)


def trusted_execute(topology: Topology, code: str, *, read_only: bool = False, timeout: float | None = None) -> TrustedExecution:
    """Run trusted code on a deep copy of the graph, without any sandbox.

    For golden programs and for tests that feed programs instead of asking a
    model. Never use it on generated code. ``timeout`` is accepted (and
    ignored) so this can stand in for the sandbox's executor.
    """
    del timeout
    graph = copy.deepcopy(topology.graph)
    printed: list[str] = []

    def _print(*args: Any, **_kwargs: Any) -> None:
        printed.append(" ".join(str(a) for a in args))

    namespace: dict[str, Any] = {"G": graph, "nx": nx, "print": _print, **api.helpers(read_only=False)}
    started = time.perf_counter()
    try:
        exec(compile(code, "<program>", "exec"), namespace)  # noqa: S102 - trusted code only
    except Exception as exc:  # noqa: BLE001 - a golden program's bug, reported by the caller
        line = None
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == "<program>":
                line = tb.tb_lineno
            tb = tb.tb_next
        return TrustedExecution(False, failure_kind=FailureKind.RUNTIME, message=f"{type(exc).__name__}: {exc}", line=line, stdout="\n".join(printed))
    if "result" not in namespace and not read_only:
        namespace["result"] = None
    if "result" not in namespace:
        return TrustedExecution(False, failure_kind=FailureKind.NO_RESULT, message="the program did not assign result", graph_after=graph)
    return TrustedExecution(
        True,
        value=to_plain(namespace["result"]),
        graph_after=graph,
        stdout="\n".join(printed) + ("\n" if printed else ""),
        timings={"execute": time.perf_counter() - started},
    )


def to_plain(value: Any, _depth: int = 0) -> Any:
    """A program result as plain JSON-like data, keeping tuples (records) and sets as they are.

    Graph views and generators become lists; objects without a plain form
    become their ``repr``.
    """
    if _depth > 50:
        return repr(value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Mapping):
        return {k if isinstance(k, (str, int, float, bool, type(None), tuple)) else repr(k): to_plain(v, _depth + 1) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(to_plain(v, _depth + 1) for v in value)
    if isinstance(value, (set, frozenset)):
        return frozenset(_hashable(to_plain(v, _depth + 1)) for v in value)
    if isinstance(value, nx.Graph):
        return repr(value)
    if isinstance(value, Iterable) and not isinstance(value, (bytes, bytearray)):
        return [to_plain(v, _depth + 1) for v in value]
    return repr(value)


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple((k, _hashable(v)) for k, v in value.items())
    return value


@dataclass
class Golden:
    """What a case expects: a value, or (for a change) the graph after it."""

    value: Any = None
    after: nx.MultiGraph | None = None
    error: str | None = None


def run_golden(case: Case, topology: Topology) -> Golden:
    """The expected outcome of a case on its topology (``error`` set if the golden program fails)."""
    if case.has_expect:
        return Golden(value=case.expect)
    execution = trusted_execute(topology, case.golden or "", read_only=not case.mutation)
    if not execution.ok:
        where = f" (line {execution.line})" if execution.line else ""
        return Golden(error=f"golden program failed{where}: {execution.message}")
    if case.mutation:
        return Golden(value=execution.value, after=execution.graph_after)
    return Golden(value=execution.value)


# -- the comparator ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """Whether an answer matches, and if not, one line saying how it differs."""

    ok: bool
    reason: str = ""

    def __bool__(self) -> bool:
        return self.ok


_NO = None  # "no problem" from the internal comparison functions
_YES_WORDS = {"yes", "true", "y"}
_NO_WORDS = {"no", "false", "n"}


@dataclass(frozen=True)
class _Rules:
    ordered: bool
    tolerance: float | None
    nodes: frozenset[str] | None


def _short(value: Any, limit: int = 120) -> str:
    if isinstance(value, frozenset):
        value = sorted(value, key=str)
    try:
        text = json.dumps(value, default=str, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_table(value: Any) -> bool:
    return isinstance(value, Mapping) and set(value) == {"columns", "rows"} and isinstance(value.get("rows"), (list, tuple))


def _is_seq(value: Any) -> bool:
    return isinstance(value, (list, tuple, set, frozenset))


def _numbers_equal(a: float, b: float, tolerance: float | None) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if tolerance is not None:
        return abs(a - b) <= tolerance + 1e-12
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _text(value: Any) -> str:
    return value.strip().casefold()


def _key_text(key: Any) -> str:
    """Mapping keys compare as text: ``1`` == ``"1"``, ``None`` == ``"null"`` == ``"None"``."""
    if key is None:
        return "none"
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, float) and key.is_integer():
        return str(int(key))
    if isinstance(key, (int, float)):
        return repr(key)
    if isinstance(key, tuple):
        return "|".join(sorted(_key_text(k) for k in key)) if len(key) == 2 else "|".join(_key_text(k) for k in key)
    text = _text(str(key))
    if text in {"null", "none"}:
        return "none"
    try:
        number = float(text)
    except ValueError:
        return text
    return _key_text(number) if math.isfinite(number) else text


def _link_like(value: Any, rules: _Rules) -> bool:
    if not isinstance(value, (list, tuple)) or not 2 <= len(value) <= 4:
        return False
    a, b = value[0], value[1]
    if not (isinstance(a, str) and isinstance(b, str)):
        return False
    if rules.nodes is not None and (a not in rules.nodes or b not in rules.nodes):
        return False
    if len(value) == 4 and not isinstance(value[3], Mapping):
        return False
    if len(value) == 3 and (isinstance(value[2], bool) or not isinstance(value[2], (int, Mapping))):
        return False
    return True


def _link_key(value: Sequence[Any]) -> Any:
    if len(value) >= 3 and not isinstance(value[2], Mapping):
        return value[2]
    return None


def _compare_links(expected: Sequence[Any], got: Sequence[Any]) -> str | None:
    if {_text(expected[0]), _text(expected[1])} != {_text(got[0]), _text(got[1])} or (
        _text(expected[0]) == _text(expected[1])) != (_text(got[0]) == _text(got[1])
    ):
        return f"expected link {expected[0]}--{expected[1]}, got {got[0]}--{got[1]}"
    ek, gk = _link_key(expected), _link_key(got)
    if ek is not None and gk is not None and _key_text(ek) != _key_text(gk):
        return f"link {expected[0]}--{expected[1]}: expected key {ek!r}, got {gk!r}"
    return _NO


def _unwrap_single(value: Any) -> tuple[bool, Any]:
    """A one-item collection or mapping value, unwrapped."""
    if _is_table(value):
        rows = value["rows"]
        if len(rows) == 1 and len(rows[0]) == 1:
            return True, rows[0][0]
        return False, None
    if isinstance(value, Mapping) and len(value) == 1:
        return True, next(iter(value.values()))
    if _is_seq(value) and len(value) == 1:
        return True, next(iter(value))
    return False, None


def _cmp(expected: Any, got: Any, rules: _Rules, top: bool = False) -> str | None:
    """None when ``got`` means ``expected``, else a one-line reason."""
    if _is_table(expected):
        return _cmp_table(expected, got, rules, top)
    if isinstance(expected, Mapping):
        return _cmp_mapping(expected, got, rules)
    if isinstance(expected, bool):
        if isinstance(got, bool):
            return _NO if got == expected else f"expected {expected}, got {got}"
        if isinstance(got, str) and _text(got) in (_YES_WORDS if expected else _NO_WORDS):
            return _NO
        single, inner = _unwrap_single(got)
        if single and isinstance(inner, (bool, str)):
            return _cmp(expected, inner, rules)
        return f"expected {expected}, got {_short(got)}"
    if _is_number(expected):
        if _is_number(got):
            if _numbers_equal(float(expected), float(got), rules.tolerance):
                return _NO
            return f"expected {_short(expected)}, got {_short(got)}"
        if isinstance(got, str):
            try:
                number = float(got.strip())
            except ValueError:
                number = None
            if number is not None:
                return _cmp(expected, number, rules)
        single, inner = _unwrap_single(got)
        if single and (_is_number(inner) or isinstance(inner, str)):
            return _cmp(expected, inner, rules)
        return f"expected the number {_short(expected)}, got {_short(got)}"
    if isinstance(expected, str):
        if isinstance(got, str):
            return _NO if _text(got) == _text(expected) else f"expected {expected!r}, got {got!r}"
        single, inner = _unwrap_single(got)
        if single and isinstance(inner, str):
            return _cmp(expected, inner, rules)
        if single and isinstance(got, Mapping):  # {"spine1": 7} for "spine1"
            key = next(iter(got))
            if isinstance(key, str) and _text(key) == _text(expected):
                return _NO
        return f"expected {expected!r}, got {_short(got)}"
    if expected is None:
        return _NO if got is None else f"expected nothing (None), got {_short(got)}"
    if _is_seq(expected):
        return _cmp_collection(expected, got, rules, top)
    # Anything else (should not happen with plain data): compare as text.
    return _NO if str(expected) == str(got) else f"expected {_short(expected)}, got {_short(got)}"


def _pairs_to_mapping(got: Any) -> dict[Any, Any] | None:
    """``[(k, v), ...]`` or a two-column table as a mapping; None if it is not one."""
    rows = got["rows"] if _is_table(got) else got
    if not isinstance(rows, (list, tuple)):
        return None
    mapping: dict[Any, Any] = {}
    for row in rows:
        if not isinstance(row, (list, tuple)) or len(row) != 2:
            return None
        try:
            mapping[row[0]] = row[1]
        except TypeError:
            return None
    return mapping


def _cmp_mapping(expected: Mapping[Any, Any], got: Any, rules: _Rules) -> str | None:
    if not isinstance(got, Mapping) or _is_table(got):
        converted = _pairs_to_mapping(got)
        if converted is None:
            if not expected and _is_seq(got) and not got:
                return _NO
            return f"expected a mapping of {len(expected)} item(s), got {_short(got)}"
        got = converted
    want = {_key_text(k): (k, v) for k, v in expected.items()}
    have = {_key_text(k): (k, v) for k, v in got.items()}
    missing = [want[k][0] for k in want if k not in have]
    extra = [have[k][0] for k in have if k not in want]
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"missing key(s) {_short(missing)}")
        if extra:
            parts.append(f"unexpected key(s) {_short(extra)}")
        return "; ".join(parts)
    nested = _Rules(rules.ordered, rules.tolerance, rules.nodes)
    for text, (key, value) in want.items():
        problem = _cmp(value, have[text][1], nested)
        if problem is not None:
            return f"at {key!r}: {problem}"
    return _NO


def _elements(got: Any) -> list[Any] | None:
    """The items of a collection answer (a table's rows, single-column rows unwrapped)."""
    if _is_table(got):
        rows = list(got["rows"])
        if rows and all(isinstance(r, (list, tuple)) and len(r) == 1 for r in rows):
            return [r[0] for r in rows]
        return rows
    if isinstance(got, (list, tuple)):
        return list(got)
    if isinstance(got, (set, frozenset)):
        return list(got)
    return None


def _canonical(value: Any, rules: _Rules) -> Any:
    """A hashable form that equal values share (fast path for multiset matching)."""
    if isinstance(value, bool) or value is None:
        return value
    if _is_number(value):
        if rules.tolerance:
            return ("number",)  # tolerance needs the slow path
        number = float(value)
        return ("n", round(number, 6) if math.isfinite(number) else str(number))
    if isinstance(value, str):
        return ("s", _text(value))
    if _link_like(value, rules):
        key = _link_key(value)
        return ("link", frozenset((_text(value[0]), _text(value[1]))), _key_text(key) if key is not None else None)
    return ("other", json.dumps(value, default=str, sort_keys=True))


def _multiset_problem(expected: list[Any], got: list[Any], rules: _Rules) -> str | None:
    nested = _Rules(rules.ordered, rules.tolerance, rules.nodes)
    buckets: dict[Any, list[int]] = {}
    for index, item in enumerate(got):
        buckets.setdefault(_safe_canonical(item, nested), []).append(index)
    used: set[int] = set()
    unmatched: list[Any] = []
    for item in expected:
        bucket = buckets.get(_safe_canonical(item, nested), [])
        # Links with a key on one side only do not share a canonical form; the slow path handles them.
        match = next((i for i in bucket if i not in used and _cmp(item, got[i], nested) is None), None)
        if match is None:
            unmatched.append(item)
        else:
            used.add(match)
    missing = []
    for item in unmatched:
        match = next((i for i in range(len(got)) if i not in used and _cmp(item, got[i], nested) is None), None)
        if match is None:
            missing.append(item)
        else:
            used.add(match)
    extra = [got[i] for i in range(len(got)) if i not in used]
    if not missing and not extra:
        return _NO
    parts = []
    if missing:
        parts.append(f"missing {len(missing)}: {_short(missing)}")
    if extra:
        parts.append(f"unexpected {len(extra)}: {_short(extra)}")
    return f"{len(expected)} expected, {len(got)} given; " + "; ".join(parts)


def _safe_canonical(item: Any, rules: _Rules) -> Any:
    try:
        key = _canonical(item, rules)
        hash(key)
        return key
    except TypeError:
        return ("unhashable",)


def _cmp_collection(expected: Any, got: Any, rules: _Rules, top: bool) -> str | None:
    # A golden tuple of two device names is a link anywhere; a list only inside a collection
    # (a top-level list of two names is a set of devices), and never in an ordered answer.
    as_link = (isinstance(expected, tuple) or not top) and not (top and rules.ordered)
    if as_link and _link_like(expected, rules):
        if _link_like(got, rules):
            return _compare_links(expected, got)
        single, inner = _unwrap_single(got)
        if single and _link_like(inner, rules):
            return _compare_links(expected, inner)
        return f"expected the link {expected[0]}--{expected[1]}, got {_short(got)}"
    if isinstance(expected, tuple):  # a record: position by position
        items = _elements(got)
        if items is None and isinstance(got, Mapping) and len(got) == 1 and len(expected) == 2:
            items = list(next(iter(got.items())))
        if items is not None and len(items) == 1 and isinstance(items[0], (list, tuple)) and len(items[0]) == len(expected) != 1:
            items = list(items[0])
        if items is None or len(items) != len(expected):
            return f"expected {_short(expected)}, got {_short(got)}"
        for index, (want, have) in enumerate(zip(expected, items)):
            problem = _cmp(want, have, rules)
            if problem is not None:
                return f"item {index + 1}: {problem}"
        return _NO
    expected_items = list(expected) if not isinstance(expected, (set, frozenset)) else sorted(expected, key=str)
    items = _elements(got)
    if items is None and isinstance(got, Mapping) and all(not _is_seq(e) and not isinstance(e, Mapping) for e in expected_items):
        items = list(got.keys())  # {"leaf1": {...}, ...} answers "which devices"
    if items is None:
        if len(expected_items) == 1:
            return _cmp(expected_items[0], got, rules)
        return f"expected {len(expected_items)} item(s), got {_short(got)}"
    if not expected_items:
        return _NO if not items else f"expected nothing, got {len(items)}: {_short(items)}"
    if (
        all(isinstance(e, (str, int, float, bool)) for e in expected_items)
        and items
        and all(isinstance(i, (list, tuple)) and len(i) >= 2 for i in items)
        and len({len(i) for i in items}) == 1
    ):
        items = [row[0] for row in items]  # [("leaf1", 3), ...] answers "which devices": the first column
    if rules.ordered and not isinstance(expected, (set, frozenset)):
        if len(items) != len(expected_items):
            return f"expected {len(expected_items)} item(s) in order, got {len(items)}: {_short(items)}"
        for index, (want, have) in enumerate(zip(expected_items, items)):
            problem = _cmp(want, have, rules)
            if problem is not None:
                return f"position {index + 1}: {problem}"
        return _NO
    return _multiset_problem(expected_items, items, rules)


def _rows_of(got: Any, columns: Sequence[str]) -> list[list[Any]] | None:
    """An answer as table rows in ``columns`` order (matching column names when both sides name them)."""
    wanted = [_text(str(c)) for c in columns]
    if _is_table(got):
        have = [_text(str(c)) for c in got["columns"]]
        rows = [list(r) if isinstance(r, (list, tuple)) else [r] for r in got["rows"]]
        if set(wanted) <= set(have) and have != wanted:
            order = [have.index(c) for c in wanted]
            return [[row[i] for i in order] if len(row) == len(have) else row for row in rows]
        return rows
    if isinstance(got, Mapping):
        rows = []
        for key, value in got.items():
            if isinstance(value, Mapping):
                names = {_text(str(k)): v for k, v in value.items()}
                if set(wanted[1:]) <= set(names):
                    rows.append([key, *(names[c] for c in wanted[1:])])
                else:
                    rows.append([key, *value.values()])
            elif isinstance(value, (list, tuple)) and len(columns) > 2:
                rows.append([key, *value])
            else:
                rows.append([key, value])
        return rows
    if isinstance(got, (list, tuple)):
        rows = []
        for row in got:
            if isinstance(row, Mapping):
                names = {_text(str(k)): v for k, v in row.items()}
                if set(wanted) <= set(names):
                    rows.append([names[c] for c in wanted])
                else:
                    rows.append(list(row.values()))
            elif isinstance(row, (list, tuple)):
                rows.append(list(row))
            else:
                rows.append([row])
        return rows
    return None


def _cmp_table(expected: Mapping[str, Any], got: Any, rules: _Rules, top: bool) -> str | None:
    columns = list(expected["columns"])
    rows = _rows_of(got, columns)
    if rows is None:
        return f"expected a table of {len(expected['rows'])} row(s), got {_short(got)}"
    want = [tuple(r) if isinstance(r, (list, tuple)) else (r,) for r in expected["rows"]]
    have = [tuple(r) for r in rows]
    if not want:
        return _NO if not have else f"expected no rows, got {len(have)}"
    if any(len(r) != len(want[0]) for r in have):
        widths = sorted({len(r) for r in have})
        return f"expected rows of {len(want[0])} column(s) {columns}, got rows of {widths} column(s)"
    problem = _cmp_collection(want, have, rules, top) if rules.ordered else _multiset_problem(want, have, rules)
    return None if problem is None else f"table rows differ: {problem}"


def compare(
    expected: Any,
    got: Any,
    *,
    ordered: bool = False,
    tolerance: float | None = None,
    nodes: Iterable[str] | None = None,
) -> Verdict:
    """Judge an answer value against the expected one, by meaning (see the module docstring).

    Parameters
    ----------
    expected : object
        The golden value (tuples are records, sets are unordered).
    got : object
        The answer, usually already plain JSON.
    ordered : bool
        Whether the order of collections matters.
    tolerance : float, optional
        Absolute tolerance for numbers (default: relative 1e-6).
    nodes : iterable of str, optional
        The topology's device names: pairs of them are recognised as links.

    >>> compare(["a", "b"], ["b", "a"]).ok, compare(["a", "b"], ["b", "a"], ordered=True).ok
    (True, False)
    >>> compare({"arista": 3}, [["Arista", 3]]).ok
    True
    >>> compare({"columns": ["device", "site"], "rows": [["l1", "ams"]]}, [{"site": "ams", "device": "l1"}]).ok
    True
    """
    rules = _Rules(ordered, tolerance, frozenset(nodes) if nodes is not None else None)
    problem = _cmp(to_plain(expected), _plain_answer(got), rules, top=True)
    return Verdict(problem is None, problem or "")


def _plain_answer(value: Any) -> Any:
    """An answer as plain data; tuples become lists (the JSON form has no tuples)."""
    value = to_plain(value)

    def strip(v: Any) -> Any:
        if isinstance(v, (tuple, frozenset)):
            return [strip(x) for x in v]
        if isinstance(v, list):
            return [strip(x) for x in v]
        if isinstance(v, dict):
            return {k: strip(x) for k, x in v.items()}
        return v

    return strip(value)


def _attrs_problem(expected: Mapping[str, Any], got: Mapping[str, Any], ignore: set[str], rules: _Rules) -> str | None:
    want = {k: v for k, v in expected.items() if k not in ignore}
    have = {k: v for k, v in got.items() if k not in ignore}
    for name in sorted(set(want) | set(have)):
        if name not in have:
            return f"{name} missing (expected {_short(want[name], 60)})"
        if name not in want:
            return f"unexpected {name}={_short(have[name], 60)}"
        problem = _cmp(to_plain(want[name]), _plain_answer(have[name]), rules)
        if problem is not None:
            return f"{name}: {problem}"
    return _NO


def compare_graphs(
    expected: nx.MultiGraph,
    got: nx.MultiGraph | None,
    *,
    tolerance: float | None = None,
    ignore: Iterable[str] = (),
) -> Verdict:
    """Judge a changed topology against the golden after-state.

    Devices are compared by name and attributes, links as a multiset of
    order-free endpoints with attributes (edge keys do not matter, parallel
    links do); attribute values follow the same rules as :func:`compare`.
    Graph-level metadata is not compared.

    >>> before = api.demo_graph(); after = before.copy(); api.set_attrs(after, "leaf1", rack="r9")
    1
    >>> print(compare_graphs(after, before).reason)
    device leaf1: rack: expected 'r9', got 'r1'
    """
    if got is None:
        return Verdict(False, "no change was made")
    skip = set(ignore)
    rules = _Rules(False, tolerance, None)
    missing = sorted(set(expected.nodes) - set(got.nodes), key=str)
    extra = sorted(set(got.nodes) - set(expected.nodes), key=str)
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"missing device(s) {_short(missing)}")
        if extra:
            parts.append(f"unexpected device(s) {_short(extra)}")
        return Verdict(False, "; ".join(parts))
    for node in sorted(expected.nodes, key=str):
        problem = _attrs_problem(expected.nodes[node], got.nodes[node], skip, rules)
        if problem is not None:
            return Verdict(False, f"device {node}: {problem}")
    want = _links_by_ends(expected)
    have = _links_by_ends(got)
    for ends in sorted(set(want) | set(have), key=lambda e: sorted(map(str, e))):
        label = "--".join(sorted(map(str, ends))) if len(ends) == 2 else f"{next(iter(ends))}--{next(iter(ends))}"
        want_list, have_list = want.get(ends, []), have.get(ends, [])
        if not have_list:
            return Verdict(False, f"missing link {label} ({len(want_list)} expected)")
        if not want_list:
            return Verdict(False, f"unexpected link {label} ({len(have_list)} given)")
        if len(want_list) == len(have_list) == 1:
            problem = _attrs_problem(want_list[0], have_list[0], skip, rules)
            if problem is not None:
                return Verdict(False, f"link {label}: {problem}")
            continue
        unmatched = list(range(len(have_list)))
        for attrs in want_list:
            match = next((i for i in unmatched if _attrs_problem(attrs, have_list[i], skip, rules) is None), None)
            if match is None:
                return Verdict(False, f"link {label}: no link matches {_short({k: v for k, v in attrs.items() if k not in skip})}")
            unmatched.remove(match)
        if unmatched:
            return Verdict(False, f"link {label}: {len(unmatched)} unexpected parallel link(s)")
    return Verdict(True)


def _links_by_ends(graph: nx.MultiGraph) -> dict[frozenset[str], list[dict[str, Any]]]:
    found: dict[frozenset[str], list[dict[str, Any]]] = {}
    for a, b, data in graph.edges(data=True):
        found.setdefault(frozenset((a, b)), []).append(dict(data))
    return found


# -- running ----------------------------------------------------------------------------------


@dataclass
class CaseResult:
    """One case's outcome.

    ``status`` is ``pass``, ``fail`` (the answer was wrong or missing) or
    ``error`` (the case itself could not be judged: its golden program or
    topology failed; not counted in pass@1).
    """

    id: str
    category: str
    difficulty: str
    topology: str
    request: str
    status: str
    reason: str = ""
    expected: Any = None
    got: Any = None
    code: str | None = None
    ok: bool = False
    error_kind: str | None = None
    attempts: int = 0
    tier: int | None = None
    model: str | None = None
    from_cache: bool = False
    latency: float = 0.0
    tokens: dict[str, int] = field(default_factory=lambda: {"prompt": 0, "completion": 0, "cached": 0})
    timings: dict[str, float] = field(default_factory=dict)
    #: Every candidate program of the vote, judged on its own: origin, mean
    #: log-probability, ``pass``/``fail``/``not-run``, failure kind, whether it won.
    candidates: list[dict[str, Any]] = field(default_factory=list)
    #: The answer's confidence (``Answer.confidence()``), None without one.
    confidence: dict[str, Any] | None = None
    #: How many of the case's programs were adapted to the topology's names before running.
    adapted: int = 0

    @property
    def passed(self) -> bool:
        """Whether the answer matched."""
        return self.status == "pass"

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the saved run."""
        data = asdict(self)
        data["expected"] = _jsonable(self.expected)
        data["got"] = _jsonable(self.got)
        return data


def _jsonable(value: Any, limit: int = 20000) -> Any:
    try:
        text = json.dumps(_plain_answer(value), default=str)
    except (TypeError, ValueError):
        return repr(value)[:limit]
    if len(text) > limit:
        return text[:limit] + "..."
    return json.loads(text)


def judge(case: Case, golden: Golden, answer: Any, topology: Topology) -> tuple[str, str]:
    """``(status, reason)`` for one answer (``netops.answering.pipeline.Answer`` or any object shaped like one)."""
    if golden.error is not None:
        return "error", golden.error
    if not getattr(answer, "ok", False):
        kind = getattr(answer, "error_kind", None)
        message = getattr(answer, "error", None) or "no valid program"
        return "fail", f"{kind}: {message}" if kind and not str(message).startswith(kind) else str(message)
    if case.mutation:
        after = getattr(answer, "after", None)
        graph = after.graph if isinstance(after, Topology) else after
        verdict = compare_graphs(golden.after, graph, tolerance=case.tolerance, ignore=case.ignore)
    else:
        verdict = compare(
            golden.value, getattr(answer, "value", None), ordered=case.ordered, tolerance=case.tolerance, nodes=set(topology.graph.nodes)
        )
    return ("pass", "") if verdict.ok else ("fail", verdict.reason)


@dataclass
class _CandidateAnswer:
    """One candidate's outcome, shaped like an answer so :func:`judge` can judge it."""

    ok: bool
    value: Any = None
    after: Topology | None = None
    error_kind: str | None = None
    error: str | None = None


def judge_candidates(case: Case, golden: Golden, answer: Any, topology: Topology) -> list[dict[str, Any]]:
    """Judge every candidate program of ``answer``'s vote (``answer.trials``) against the golden answer.

    This is what pass@k (was any candidate right?), greedy-versus-selected
    and the calibration of the confidence label are computed from.
    """
    from netops.answering.selection import answer_contract, check_contract, diff_key, result_key

    trials = list(getattr(answer, "trials", []) or [])
    selection = getattr(answer, "selection", None)
    winner = selection.winner if selection is not None else None
    contract = answer_contract(case.request)
    judged = []
    for trial in trials:
        candidate, evaluation = trial.candidate, trial.evaluation
        ran = evaluation is not None and getattr(evaluation.execution, "ok", False)
        status = "not-run"
        if ran and candidate.failure is None:
            after = None
            graph_after = getattr(evaluation.execution, "graph_after", None)
            if case.mutation and graph_after is not None:
                after = Topology(graph_after, name=topology.name)
            status, _reason = judge(case, golden, _CandidateAnswer(True, candidate.value, after), topology)
        elif ran:
            status = "fail"  # it ran, but broke a rule (invariant, a question that changed G, ...)
        key = contract_problem = None
        if candidate.failure is None:
            # What the vote groups by (a short digest), so votes over fewer candidates can be replayed offline.
            raw = diff_key(candidate.diff) if candidate.change else result_key(candidate.value, contract)
            key = hashlib.sha256(repr(raw).encode()).hexdigest()[:12]
            contract_problem = None if candidate.change else check_contract(contract, candidate.value)
        judged.append(
            {
                "origin": candidate.origin,
                "key": key,
                "contract": contract_problem,
                "logprob": None if candidate.logprob is None else round(candidate.logprob, 4),
                "status": status,
                "failure": candidate.failure,
                "same_as": trial.same_as,
                "selected": candidate is winner,
            }
        )
    return judged


class _Topologies:
    def __init__(self) -> None:
        self._loaded: dict[Path, Topology | InputError] = {}

    def get(self, path: Path) -> Topology:
        if path not in self._loaded:
            from netops.topology import load

            try:
                self._loaded[path] = load(path)
            except InputError as exc:
                self._loaded[path] = exc
        value = self._loaded[path]
        if isinstance(value, InputError):
            raise value
        return value


PipelineLike = Any  # anything with ``ask(request, topology) -> Answer``


def run_suite(
    cases: Sequence[Case],
    pipeline: PipelineLike | Callable[[], PipelineLike],
    *,
    on_start: Callable[[Case], None] | None = None,
) -> Iterator[CaseResult]:
    """Ask every case's request and judge the answer, yielding results as they come.

    Parameters
    ----------
    cases : sequence of Case
        From :func:`load_suite`.
    pipeline : Pipeline, or a callable returning one
        Anything with ``ask(request, topology)`` returning a
        ``netops.answering.pipeline.Answer``-like object (``ok``, ``value``, ``after``,
        ``code``, ``attempts``, ``tier``, ``model``, ``timings``, ``error``).
        A factory is called once, before the first case.

    A ``ModelError`` (no usable model) stops the run; any other exception from
    the pipeline fails that case with the exception as the reason. A case
    whose request outlived its deadline (``--timeout``) fails with
    ``error_kind`` ``deadline``, whether the pipeline answered so or raised
    ``DeadlineExceeded``.
    """
    if not hasattr(pipeline, "ask") and callable(pipeline):
        pipeline = pipeline()
    topologies = _Topologies()
    for case in cases:
        if on_start is not None:
            on_start(case)
        base = CaseResult(case.id, case.category, case.difficulty, case.topology, case.request, status="error")
        try:
            topology = topologies.get(case.topology_path)
        except InputError as exc:
            base.reason = f"topology: {exc.message}"
            yield base
            continue
        golden = run_golden(case, topology)
        base.expected = golden.value if not case.mutation else _change_summary(topology.graph, golden.after)
        if golden.error is not None:
            base.reason = golden.error
            yield base
            continue
        started = time.perf_counter()
        try:
            answer = pipeline.ask(case.request, topology)
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001 - a pipeline bug must not end the whole run
            base.status, base.reason = "fail", f"pipeline raised {type(exc).__name__}: {exc}"
            if isinstance(exc, DeadlineExceeded):
                base.error_kind, base.reason = FailureKind.DEADLINE, f"deadline: {exc}"
            base.latency = time.perf_counter() - started
            yield base
            continue
        elapsed = time.perf_counter() - started
        status, reason = judge(case, golden, answer, topology)
        attempts = list(getattr(answer, "attempts", []) or [])
        timings = dict(getattr(answer, "timings", {}) or {})
        after = getattr(answer, "after", None)
        result = CaseResult(
            case.id,
            case.category,
            case.difficulty,
            case.topology,
            case.request,
            status=status,
            reason=reason,
            expected=base.expected,
            got=_change_summary(topology.graph, after.graph if isinstance(after, Topology) else after)
            if case.mutation
            else getattr(answer, "value", None),
            code=getattr(answer, "code", None),
            ok=bool(getattr(answer, "ok", False)),
            error_kind=getattr(answer, "error_kind", None),
            attempts=len(attempts),
            tier=getattr(answer, "tier", None),
            model=getattr(answer, "model", None),
            from_cache=bool(getattr(answer, "from_cache", False)),
            latency=float(timings.get("total", elapsed)),
            tokens={
                "prompt": sum(int(getattr(a, "prompt_tokens", 0) or 0) for a in attempts),
                "completion": sum(int(getattr(a, "completion_tokens", 0) or 0) for a in attempts),
                "cached": sum(int(getattr(a, "cached_tokens", 0) or 0) for a in attempts),
            },
            timings={k: round(float(v), 4) for k, v in timings.items()},
            candidates=judge_candidates(case, golden, answer, topology),
            confidence=answer.confidence() if callable(getattr(answer, "confidence", None)) else None,
            adapted=sum(1 for a in attempts if getattr(a, "adapted_from", None)),
        )
        yield result


def _change_summary(before: nx.MultiGraph, after: nx.MultiGraph | None) -> str:
    """A change in a few words for reports, e.g. "1 link changed: a--b status"; the full graphs are compared."""
    from netops.program.diff import diff_graphs

    if after is None:
        return "no change"
    diff = diff_graphs(before, after)
    if diff.is_empty():
        return "no change"
    details = [f"+{name}" for name in sorted(diff.devices_added)][:5]
    details += [f"-{name}" for name in sorted(diff.devices_removed)][:5]
    details += [f"{c.name}.{a.name}={a.after!r}" for c in diff.devices_changed[:5] for a in c.changes]
    details += [f"+{ends[0]}--{ends[1]}" for ends, _key, _attrs in diff.links_added[:5]]
    details += [f"-{ends[0]}--{ends[1]}" for ends, _key, _attrs in diff.links_removed[:5]]
    details += [f"{c.ends[0]}--{c.ends[1]}.{a.name}={a.after!r}" for c in diff.links_changed[:5] for a in c.changes]
    text = f"{diff.summary()}: {', '.join(details[:8])}" + (" ..." if len(details) > 8 else "")
    return text


class ProgramPipeline:
    """A stand-in for ``Pipeline`` that answers each request with a given program, no model.

    For tests and for checking a suite against known programs: ``programs``
    maps a request (or a case id, with ``cases`` given) to code; requests
    without a program fail. Programs run through ``executor`` (default
    :func:`trusted_execute`; pass the sandbox's to check programs there).

    >>> from netops.topology import Topology
    >>> topo = Topology(api.demo_graph(), name="demo")
    >>> answer = ProgramPipeline({"how many boxes": "result = len(G)"}).ask("how many boxes", topo)
    >>> answer.ok, answer.value
    (True, 5)
    """

    name = "programs"

    def __init__(
        self,
        programs: Mapping[str, str],
        *,
        cases: Sequence[Case] = (),
        executor: Callable[..., Any] | None = None,
    ) -> None:
        by_id = {case.id: case.request for case in cases}
        self.programs = {by_id.get(key, key): code for key, code in programs.items()}
        self.executor = executor or trusted_execute
        self.mutations = {case.request for case in cases if case.mutation}

    def ask(self, request: str, topology: Topology, **_kwargs: Any) -> Any:
        """Run the program given for ``request`` and answer like the pipeline would."""
        from netops.program.diff import diff_graphs

        started = time.perf_counter()
        answer = _ProgramAnswer(request=request)
        code = self.programs.get(request)
        if code is None:
            answer.error_kind, answer.error = "no-program", "no program given for this request"
            return answer
        change = request in self.mutations
        if not self.mutations:
            from netops.answering.intent import is_change_request

            change = is_change_request(request)
        execution = self.executor(topology, code, read_only=not change, timeout=10.0)
        answer.code = code
        answer.attempts = [_ProgramAttempt()]
        if not execution.ok:
            answer.error_kind, answer.error = execution.failure_kind or FailureKind.RUNTIME, execution.message or "failed"
        else:
            answer.ok = True
            answer.value = execution.value
            answer.stdout = execution.stdout
            if execution.graph_after is not None and not diff_graphs(topology.graph, execution.graph_after).is_empty():
                answer.after = Topology(execution.graph_after, name=topology.name)
        answer.timings = {"total": time.perf_counter() - started}
        return answer


@dataclass
class _ProgramAttempt:
    tier: int = 0
    model: str = "programs"
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0


@dataclass
class _ProgramAnswer:
    request: str
    ok: bool = False
    code: str | None = None
    value: Any = None
    stdout: str = ""
    after: Topology | None = None
    model: str = "programs"
    tier: int = 0
    attempts: list[Any] = field(default_factory=list)
    from_cache: bool = False
    error: str | None = None
    error_kind: str | None = None
    timings: dict[str, float] = field(default_factory=dict)


# -- summaries --------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) with linear interpolation; 0.0 for no values.

    >>> percentile([1, 2, 3, 4], 50), percentile([5.0], 90)
    (2.5, 5.0)
    """
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    if low == high:
        return float(ordered[low])
    return float(ordered[low] + (ordered[high] - ordered[low]) * (position - low))


def _rate(passed: int, judged: int) -> float | None:
    return round(passed / judged, 4) if judged else None


def _group(results: Sequence[CaseResult], key: Callable[[CaseResult], str], order: Sequence[str] = ()) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[CaseResult]] = {}
    for result in results:
        groups.setdefault(key(result), []).append(result)
    names = [n for n in order if n in groups] + sorted(n for n in groups if n not in order)
    out = {}
    for name in names:
        members = groups[name]
        passed = sum(r.passed for r in members)
        judged = sum(r.status != "error" for r in members)
        out[name] = {"cases": len(members), "passed": passed, "pass_at_1": _rate(passed, judged)}
    return out


#: Sample topologies have prompt examples written for them; foreign ones (like an operator's own) have none.
FAMILIARITY = ("sample", "foreign")


def _topology_stem(path: str) -> str:
    """``topologies/lab.clab.yml`` -> ``lab``: a topology file's name as prompt examples cite it."""
    return Path(path).name.split(".")[0]


_EXAMPLE_TOPOLOGIES: frozenset[str] | None = None


def familiarity(result: CaseResult) -> str:
    """``sample`` when some prompt example was written for the case's topology, else ``foreign``."""
    global _EXAMPLE_TOPOLOGIES
    if _EXAMPLE_TOPOLOGIES is None:
        from netops.answering.retrieval import load_examples

        _EXAMPLE_TOPOLOGIES = frozenset(e.topology for e in load_examples() if e.topology)
    return "sample" if _topology_stem(result.topology) in _EXAMPLE_TOPOLOGIES else "foreign"


def summarize(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Aggregate statistics of a run: pass@1 (overall, per category, difficulty, topology), latency, tokens, attempts, tiers.

    pass@1 is the share of judged cases (status ``pass`` or ``fail``) whose
    single greedy answer matched; cases in ``error`` are counted apart.
    """
    judged = [r for r in results if r.status != "error"]
    passed = sum(r.passed for r in judged)
    latencies = [r.latency for r in judged]
    attempts = [r.attempts for r in judged]
    tiers: Counter[str] = Counter()
    for r in judged:
        if r.ok:
            tiers[f"{r.tier}: {r.model}" if r.tier is not None else str(r.model)] += 1
    tokens = {k: sum(r.tokens.get(k, 0) for r in judged) for k in ("prompt", "completion", "cached")}
    return {
        "cases": len(results),
        "judged": len(judged),
        "passed": passed,
        "failed": len(judged) - passed,
        "errors": len(results) - len(judged),
        "pass_at_1": _rate(passed, len(judged)),
        "by_category": _group(results, lambda r: r.category, CATEGORIES),
        "by_difficulty": _group(results, lambda r: r.difficulty, DIFFICULTIES),
        "by_topology": _group(results, lambda r: r.topology),
        "by_familiarity": _group(results, familiarity, FAMILIARITY),
        "latency": {
            "p50": round(percentile(latencies, 50), 4),
            "p90": round(percentile(latencies, 90), 4),
            "max": round(max(latencies), 4) if latencies else 0.0,
            "mean": round(sum(latencies) / len(latencies), 4) if latencies else 0.0,
            "total": round(sum(latencies), 4),
        },
        "tokens": {
            **tokens,
            "prompt_per_case": round(tokens["prompt"] / len(judged), 1) if judged else 0.0,
            "completion_per_case": round(tokens["completion"] / len(judged), 1) if judged else 0.0,
        },
        "attempts": {
            "total": sum(attempts),
            "retries": sum(max(0, a - 1) for a in attempts),
            "mean": round(sum(attempts) / len(attempts), 3) if attempts else 0.0,
            "passed_after_repair": sum(1 for r in judged if r.passed and r.attempts > 1),
        },
        "tiers": dict(tiers.most_common()),
        "from_cache": sum(r.from_cache for r in judged),
        "selection": _selection_summary(judged),
    }


#: Confidence labels, most trusted first (``unchecked``: one program, nothing to compare it with).
CONFIDENCE_LABELS = ("high", "medium", "low", "unchecked")


def _selection_summary(judged: Sequence[CaseResult]) -> dict[str, Any]:
    """Choosing by running, measured: greedy alone vs the chosen answer, pass@k, candidates, calibration.

    ``greedy_pass_at_1`` judges the greedy program alone (no samples, no
    repair), from the same run; ``pass_at_k`` counts a case when any of its
    candidates was right (the ceiling of selection). ``calibration`` gives,
    per confidence label, how often answers with that label were right.
    """
    with_candidates = [r for r in judged if r.candidates]
    greedy = sum(1 for r in with_candidates if r.candidates[0]["status"] == "pass")
    any_right = sum(1 for r in with_candidates if any(c["status"] == "pass" for c in r.candidates))
    counts = [len(r.candidates) for r in with_candidates]
    calibration: dict[str, dict[str, Any]] = {}
    for label in CONFIDENCE_LABELS:
        members = [r for r in judged if r.confidence and r.confidence.get("label") == label]
        if members:
            right = sum(r.passed for r in members)
            calibration[label] = {"cases": len(members), "passed": right, "accuracy": _rate(right, len(members))}
    by_familiarity = {}
    for group in FAMILIARITY:
        members = [r for r in with_candidates if familiarity(r) == group]
        if members:
            by_familiarity[group] = {
                "cases": len(members),
                "greedy_pass_at_1": _rate(sum(1 for r in members if r.candidates[0]["status"] == "pass"), len(members)),
                "selected_pass_at_1": _rate(sum(r.passed for r in members), len(members)),
            }
    return {
        "cases": len(with_candidates),
        "by_familiarity": by_familiarity,
        "greedy_pass_at_1": _rate(greedy, len(with_candidates)),
        "selected_pass_at_1": _rate(sum(r.passed for r in with_candidates), len(with_candidates)),
        "pass_at_k": _rate(any_right, len(with_candidates)),
        "candidates_per_case": round(sum(counts) / len(counts), 3) if counts else 0.0,
        "sampled_cases": sum(1 for n in counts if n > 1),
        "calibration": calibration,
    }


def results_document(
    results: Sequence[CaseResult],
    *,
    suite: str = "",
    model: str | None = None,
    options: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A run as one JSON-able object: metadata, summary and per-case results."""
    return {
        "format": RESULTS_FORMAT,
        "created": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "suite": suite,
        "model": model,
        "options": dict(options or {}),
        "summary": summarize(results),
        "results": [r.to_dict() for r in results],
    }


def save_results(document: Mapping[str, Any], path: Path | str) -> Path:
    """Write a run document (from :func:`results_document`) as JSON, atomically."""
    from netops.fsutil import atomic_write_text

    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(document, indent=2, default=str) + "\n")
    return path


def load_results(path: Path | str) -> dict[str, Any]:
    """Read a saved run, checking that it is one (``InputError`` otherwise)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such saved run", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read saved run: {exc}", path=str(path)) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg}", path=str(path), line=exc.lineno) from None
    if not isinstance(data, dict) or data.get("format") != RESULTS_FORMAT or not isinstance(data.get("results"), list):
        raise InputError(f"not a saved netops eval run (expected format {RESULTS_FORMAT!r})", path=str(path))
    for index, item in enumerate(data["results"]):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or item.get("status") not in {"pass", "fail", "error"}:
            raise InputError(f"result #{index + 1} needs an 'id' and a status of pass/fail/error", path=str(path))
    return data


@dataclass
class RunComparison:
    """What changed between two runs of a suite, case by case."""

    fixed: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    still_failing: list[str] = field(default_factory=list)
    still_passing: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    old_pass_at_1: float | None = None
    new_pass_at_1: float | None = None
    by_category: dict[str, dict[str, float | None]] = field(default_factory=dict)

    @property
    def delta(self) -> float | None:
        """Change in pass@1 over the cases both runs judged."""
        if self.old_pass_at_1 is None or self.new_pass_at_1 is None:
            return None
        return round(self.new_pass_at_1 - self.old_pass_at_1, 4)

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        data = asdict(self)
        data["delta"] = self.delta
        return data


def compare_runs(old: Mapping[str, Any], new: Mapping[str, Any]) -> RunComparison:
    """Compare two run documents: fixed and broken cases, and pass@1 over the cases both judged.

    >>> old = {"results": [{"id": "a", "status": "fail", "category": "count"}, {"id": "b", "status": "pass", "category": "count"}]}
    >>> new = {"results": [{"id": "a", "status": "pass", "category": "count"}, {"id": "b", "status": "fail", "category": "count"}]}
    >>> c = compare_runs(old, new); c.fixed, c.broken, c.delta
    (['a'], ['b'], 0.0)
    """
    before = {r["id"]: r for r in old.get("results", [])}
    after = {r["id"]: r for r in new.get("results", [])}
    comparison = RunComparison(
        added=sorted(set(after) - set(before)),
        removed=sorted(set(before) - set(after)),
    )
    both = [i for i in after if i in before and before[i]["status"] != "error" and after[i]["status"] != "error"]
    for case_id in both:
        was, now = before[case_id]["status"] == "pass", after[case_id]["status"] == "pass"
        bucket = {
            (False, True): comparison.fixed,
            (True, False): comparison.broken,
            (False, False): comparison.still_failing,
            (True, True): comparison.still_passing,
        }[(was, now)]
        bucket.append(case_id)
    if both:
        comparison.old_pass_at_1 = round(sum(before[i]["status"] == "pass" for i in both) / len(both), 4)
        comparison.new_pass_at_1 = round(sum(after[i]["status"] == "pass" for i in both) / len(both), 4)
    categories: dict[str, list[str]] = {}
    for case_id in both:
        categories.setdefault(str(after[case_id].get("category", "")), []).append(case_id)
    for name in [c for c in CATEGORIES if c in categories] + sorted(c for c in categories if c not in CATEGORIES):
        ids = categories[name]
        comparison.by_category[name] = {
            "old": round(sum(before[i]["status"] == "pass" for i in ids) / len(ids), 4),
            "new": round(sum(after[i]["status"] == "pass" for i in ids) / len(ids), 4),
        }
    return comparison
