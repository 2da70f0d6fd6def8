"""The comparator: an answer is judged by meaning, not representation (order, containers, number formats, link ends)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from netops.evaluation.trusted import to_plain

__all__ = ["Verdict", "compare", "compare_graphs"]


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
    return (
        isinstance(value, Mapping)
        and set(value) == {"columns", "rows"}
        and isinstance(value.get("rows"), (list, tuple))
    )


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
        _text(expected[0]) == _text(expected[1])
    ) != (_text(got[0]) == _text(got[1])):
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
        if (
            items is not None
            and len(items) == 1
            and isinstance(items[0], (list, tuple))
            and len(items[0]) == len(expected) != 1
        ):
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
    if (
        items is None
        and isinstance(got, Mapping)
        and all(not _is_seq(e) and not isinstance(e, Mapping) for e in expected_items)
    ):
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

    >>> from netops.program import api
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
                return Verdict(
                    False, f"link {label}: no link matches {_short({k: v for k, v in attrs.items() if k not in skip})}"
                )
            unmatched.remove(match)
        if unmatched:
            return Verdict(False, f"link {label}: {len(unmatched)} unexpected parallel link(s)")
    return Verdict(True)


def _links_by_ends(graph: nx.MultiGraph) -> dict[frozenset[str], list[dict[str, Any]]]:
    found: dict[frozenset[str], list[dict[str, Any]]] = {}
    for a, b, data in graph.edges(data=True):
        found.setdefault(frozenset((a, b)), []).append(dict(data))
    return found
