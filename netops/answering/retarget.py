"""Re-target prompt examples to the user's topology schema.

The curated examples are written for the shipped sample topologies
(``prompts/examples/*.yaml``: ``nodes(G, role="leaf")``, ``links(G,
status="down")``, ``d["speed"]``). A small model copies what it sees, so on a
topology with other attribute names (``function``, ``oper_up``,
``speed_bps``) an unadapted example leads it to names that match nothing.

This module rewrites an example's program before it enters the prompt:

1. :func:`map_schema` compares the schema summary of the example's sample
   topology with the user's, and maps device and link attribute *names*
   (a small synonym table plus overlap of sample values, case-insensitive),
   the *values* that need it ("down" -> "DOWN", "up" -> ``True`` for a
   boolean ``oper_up``) and numeric *units* where both names say them
   (Mb/s -> bit/s, fraction -> percent).
2. :func:`retarget_code` applies the mapping with the ``ast`` module: keyword
   filters of the API helpers, attribute names passed as strings
   (``count_by(G, "vendor")``), ``d["x"]`` and ``d.get("x")`` on attribute
   dicts, and the constants they are compared with.

It is conservative: when any attribute the program uses cannot be mapped with
confidence, or a use cannot be rewritten exactly (a unit conversion inside
arithmetic, a role kept in a list used anywhere but a ``nodes()`` filter),
the example is left exactly as written. On the sample topologies themselves
nothing changes, so their prompts (and accuracy figures) stay as they were.

>>> from netops.topology.schema import AttributeSummary as A
>>> def schema(nodes, links):
...     return SchemaSummary("t", 3, 2, 0, nodes, links, {}, [])
>>> ours = schema([A("role", ["str"], 3, ["leaf", "spine"])], [A("status", ["str"], 2, ["up", "down"])])
>>> theirs = schema([A("function", ["str"], 3, ["leaf", "spine"])], [A("oper_up", ["bool"], 2, [True, False])])
>>> mapping = map_schema(ours, theirs)
>>> print(retarget_code('result = [a for a, b, k, d in links(G) if d["status"] == "down"]', mapping))
result = [a for a, b, k, d in links(G) if d["oper_up"] == False]
>>> print(retarget_code('result = nodes(G, role="leaf")', mapping))
result = nodes(G, function="leaf")
"""

from __future__ import annotations

import ast
import hashlib
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from netops.answering.retrieval import Example
from netops.resources import sample_topologies_dir
from netops.topology.conventions import NAME_GROUPS, UNIT_WORDS
from netops.topology.conventions import words as _words
from netops.topology.schema import AttributeSummary, SchemaSummary, fingerprint

__all__ = [
    "AttributeMap",
    "Retargeter",
    "SchemaMapping",
    "adapt_program",
    "map_schema",
    "retarget_code",
    "retarget_examples",
    "sample_schema",
    "used_attributes",
    "schema_key",
    "why_unchanged",
]

NODE = "node"
LINK = "link"

#: Sample topology of an example (``Example.topology``) -> its file under ``topologies/``.
SAMPLE_FILES = {
    "campus": "campus.yaml",
    "dc-fabric": "dc-fabric.yaml",
    "geant2012": "geant2012.graphml",
    "lab": "lab.clab.yml",
}

# Values that mean the same thing in a status-like attribute.
VALUE_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "up active oper-up operational online enabled",
        "down oper-down offline failed disabled",
        "active in-service inservice in_service production live",
        "maintenance maint in-maintenance drained",
    )
)
_TRUE_WORDS = frozenset({"up", "true", "yes", "active", "enabled", "online", "operational", "oper-up"})
_FALSE_WORDS = frozenset({"down", "false", "no", "disabled", "offline", "failed", "oper-down"})

# Units of the sample topologies' numeric attributes whose names do not say
# them (prompts/examples/capacity.yaml: speed in Mb/s, utilization 0..1;
# backbone.yaml: LinkSpeedRaw in bit/s).
SAMPLE_UNITS = {
    "speed": ("rate", 1e6),
    "utilization": ("ratio", 1.0),
    "LinkSpeedRaw": ("rate", 1.0),
}

_SAMPLES_SHOWN = 4  # netops.topology.schema keeps at most this many distinct samples


# -- schema side -----------------------------------------------------------------------------


def _groups(name: str) -> set[int]:
    words = _words(name)
    keys = {"_".join(words)} | {w for w in words if w not in UNIT_WORDS}
    return {i for i, group in enumerate(NAME_GROUPS) if keys & group}


def _unit(name: str, *, sample: bool) -> tuple[str, float] | None:
    for word in reversed(_words(name)):
        if word in UNIT_WORDS:
            return UNIT_WORDS[word]
    return SAMPLE_UNITS.get(name) if sample else None


def _shape(attribute: AttributeSummary) -> str:
    """The attribute's main value type: str, num, bool, list, dict or other."""
    for name in attribute.types:
        if name in ("int", "float"):
            return "num"
        if name != "null":
            return name if name in ("str", "bool", "list", "dict") else "other"
    return "other"


@dataclass(frozen=True)
class _Vocabulary:
    """The string values an attribute is seen with (case-folded -> spelling)."""

    spelling: dict[str, Any]
    complete: bool
    originals: tuple[Any, ...]


def _vocabulary(attribute: AttributeSummary, counts: dict[str, dict[str, int]]) -> _Vocabulary:
    spelling: dict[str, Any] = {}
    for value in attribute.samples:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                spelling.setdefault(item.casefold(), item)
    # Fewer distinct samples than the summary keeps means every value was seen;
    # counts list a grouping attribute's whole vocabulary unless they say "more".
    complete = len(attribute.samples) < _SAMPLES_SHOWN and not any(isinstance(v, list) for v in attribute.samples)
    counted = counts.get(attribute.name)
    if counted:
        more = any(key.startswith("... ") for key in counted)
        for key in counted:
            if not key.startswith("... "):
                spelling.setdefault(key.casefold(), key)
        complete = complete or not more
    originals = tuple(v for v in attribute.samples if isinstance(v, str))
    return _Vocabulary(spelling, complete, originals)


@dataclass(frozen=True)
class AttributeMap:
    """How one attribute of the example's sample topology reads in the user's.

    ``shape`` is the user attribute's value type: "bool" means string states
    become booleans, "list" that the value is one member of a list
    (``tags: [leaf, ams]``). ``scale`` converts numbers (Mb/s -> bit/s: 1e6).
    """

    source: str
    target: str
    kind: str
    shape: str = "str"
    scale: float = 1.0
    status_like: bool = False
    vocabulary: _Vocabulary = field(default_factory=lambda: _Vocabulary({}, False, ()), repr=False)

    @property
    def converts(self) -> bool:
        """Whether values need more than a spelling change (units, booleans, list members)."""
        return self.scale != 1.0 or self.shape in ("bool", "list")

    @property
    def renames(self) -> bool:
        return self.source != self.target

    def value(self, value: Any) -> tuple[bool, Any]:
        """``(True, value in the user's encoding)``, or ``(False, None)`` when there is none."""
        if value is None:
            return True, None
        if self.shape == "bool":
            if isinstance(value, bool):
                return True, value
            if isinstance(value, str) and value.casefold() in _TRUE_WORDS:
                return True, True
            if isinstance(value, str) and value.casefold() in _FALSE_WORDS:
                return True, False
            return False, None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if self.scale == 1.0:
                return True, value
            return True, _scaled(value, self.scale)
        if not isinstance(value, str):
            return True, value
        if self.scale != 1.0:
            return False, None
        folded = value.casefold()
        spelling = self.vocabulary.spelling
        if folded in spelling:
            return True, spelling[folded]
        for group in VALUE_GROUPS:
            if folded in group:
                for other in sorted(group):
                    if other in spelling:
                        return True, spelling[other]
        if self.status_like and self.vocabulary.complete:
            # A state the user's data never takes: the example would mislead.
            return False, None
        originals = self.vocabulary.originals
        if len(originals) >= 2 and all(v.isupper() for v in originals):
            return True, value.upper()
        # Otherwise the value is the example request's own word ("leaf",
        # "ams"); the model replaces it from the user's request anyway.
        return True, value


def _scaled(value: float, scale: float) -> int | float:
    result = round(value * scale, 9)
    if float(result).is_integer() and abs(result) < 1e18:
        return int(result)
    return result


@dataclass
class SchemaMapping:
    """Attribute maps for devices and links. A source name mapped to None has no counterpart."""

    node: dict[str, AttributeMap | None]
    link: dict[str, AttributeMap | None]

    def knows(self, kind: str, name: str) -> bool:
        """Whether ``name`` is a device (``kind="node"``) or link attribute of the sample topology."""
        return name in (self.node if kind == NODE else self.link)

    def get(self, kind: str, name: str) -> AttributeMap | None:
        """The map for a sample attribute ``name``; None when it has no counterpart."""
        return (self.node if kind == NODE else self.link).get(name)

    def describe(self) -> dict[str, str]:
        """``{"node.role": "function", ...}`` for the names that change (for tests and logs)."""
        shown = {}
        for kind, table in ((NODE, self.node), (LINK, self.link)):
            for name, found in table.items():
                if found is None:
                    shown[f"{kind}.{name}"] = "?"
                elif found.renames or found.converts:
                    extra = f" x{found.scale:g}" if found.scale != 1.0 else ""
                    extra += f" ({found.shape})" if found.shape in ("bool", "list") else ""
                    shown[f"{kind}.{name}"] = found.target + extra
        return shown


def _numbers(attribute: AttributeSummary) -> list[float]:
    return [abs(float(v)) for v in attribute.samples if isinstance(v, (int, float)) and not isinstance(v, bool)]


def _plausible_scale(source: AttributeSummary, target: AttributeSummary, scale: float) -> bool:
    """Scaled source samples are of the same magnitude as the user's (names can lie)."""
    ours, theirs = _numbers(source), _numbers(target)
    if not ours or not theirs or max(ours) == 0 or max(theirs) == 0:
        return True
    return abs(math.log10(max(ours) * scale / max(theirs))) <= 1.7


def _pair(
    source: AttributeSummary,
    target: AttributeSummary,
    kind: str,
    ours: dict[str, dict[str, int]],
    theirs: dict[str, dict[str, int]],
    total: int,
) -> tuple[float, AttributeMap] | None:
    """Score how confidently ``source`` is ``target``; None when it is not.

    ``total`` is the number of devices (or links) of the source topology.
    """
    named = bool(_groups(source.name) & _groups(target.name))
    status_like = bool(_groups(source.name) & _groups("status"))
    src_shape, dst_shape = _shape(source), _shape(target)
    src_vocab, dst_vocab = _vocabulary(source, ours), _vocabulary(target, theirs)
    common = set(src_vocab.spelling) & set(dst_vocab.spelling)
    smaller = min(len(src_vocab.spelling), len(dst_vocab.spelling)) or 1
    overlap = len(common) / smaller
    base = AttributeMap(source.name, target.name, kind, status_like=status_like, vocabulary=dst_vocab)
    if src_shape == "str" and dst_shape == "str":
        # Sites and roles differ between networks, so values need not overlap
        # for a synonym; but a sparse attribute (geant's "type", on 5 of 40
        # PoPs) is not the same thing as a role on every device.
        if named and (common or source.present * 2 >= total):
            return 1.0 + overlap, base
        if len(common) >= 2 and overlap >= 0.5:
            return overlap, base
        return None
    if src_shape == "str" and dst_shape == "list":
        # A role kept as one tag of a list: only strong value evidence will do.
        if len(common) >= 2 and overlap >= 0.5:
            return overlap + (1.0 if named else 0.0), replace(base, shape="list")
        return None
    if src_shape == "str" and dst_shape == "bool":
        if named and src_vocab.spelling and all(v in _TRUE_WORDS | _FALSE_WORDS for v in src_vocab.spelling):
            return 1.0, replace(base, shape="bool")
        return None
    if src_shape == "num" and dst_shape == "num":
        if not named:
            return None
        ours_unit, theirs_unit = _unit(source.name, sample=True), _unit(target.name, sample=False)
        if ours_unit is None and theirs_unit is None:
            scale = 1.0  # plain numbers (asn ~ bgp_asn)
        elif ours_unit is None or theirs_unit is None or ours_unit[0] != theirs_unit[0]:
            return None  # one side's unit unknown: a constant could be off by 1000
        else:
            scale = ours_unit[1] / theirs_unit[1]
        if not _plausible_scale(source, target, scale):
            return None
        return 1.0, replace(base, shape="num", scale=_scaled(scale, 1.0))
    if named and src_shape == dst_shape and src_shape in ("bool", "list", "dict"):
        return 1.0, replace(base, shape=src_shape)
    return None


def _map_kind(
    ours: list[AttributeSummary],
    theirs: list[AttributeSummary],
    kind: str,
    our_counts: dict[str, dict[str, int]],
    their_counts: dict[str, dict[str, int]],
    total: int,
) -> dict[str, AttributeMap | None]:
    by_name = {a.name: a for a in theirs}
    result: dict[str, AttributeMap | None] = {}
    for attribute in ours:
        if attribute.name in by_name:
            target = by_name[attribute.name]
            result[attribute.name] = AttributeMap(
                attribute.name,
                attribute.name,
                kind,
                shape=_shape(target),
                status_like=bool(_groups(attribute.name) & _groups("status")),
                vocabulary=_vocabulary(target, their_counts),
            )
    free = [a for a in theirs if a.name not in result]
    candidates = []
    for attribute in ours:
        if attribute.name in result:
            continue
        result[attribute.name] = None
        for target in free:
            found = _pair(attribute, target, kind, our_counts, their_counts, total)
            if found is not None:
                candidates.append((found[0], attribute.name, target.name, found[1]))
    # Best pairs first; two equally good claims on one name are ambiguous
    # (campus "site" and "building" both ~ "location"), so neither is taken.
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    done: set[str] = set()
    taken: set[str] = set()
    for score, source_name, target_name, chosen in candidates:
        if source_name in done or target_name in taken:
            continue
        rivals = [
            c for c in candidates
            if c[0] == score and (c[1], c[2]) != (source_name, target_name)
            and (c[1] == source_name or c[2] == target_name) and c[1] not in done and c[2] not in taken
        ]
        for rival in rivals:
            done.add(rival[1])
            taken.add(rival[2])
        if not rivals:
            result[source_name] = chosen
        done.add(source_name)
        taken.add(target_name)
    return result


def map_schema(source: SchemaSummary, target: SchemaSummary) -> SchemaMapping:
    """Map the attributes of ``source`` (an example's sample topology) to those of ``target``."""
    return SchemaMapping(
        node=_map_kind(source.node_attributes, target.node_attributes, NODE, source.counts, target.counts, source.devices),
        link=_map_kind(source.link_attributes, target.link_attributes, LINK, {}, {}, source.links),
    )


# -- program side -----------------------------------------------------------------------------

# Helpers whose keyword arguments are device attributes (filters or values set).
_NODE_KEYWORDS = {"nodes", "neighbors", "count_by", "group_by", "single_points_of_failure", "set_attrs", "add_device"}
# Helpers whose keyword arguments are link attributes.
_LINK_KEYWORDS = {
    "links", "remove_links", "set_link_attrs", "update_links", "add_link", "count_links_by", "link_count",
    "mean", "median", "percentile",
}
# Keyword arguments of those helpers that are not attributes.
_NOT_ATTRIBUTES = {"where", "peer", "key", "data"}
# Helpers whose keyword arguments select (rather than set): a role kept in a
# list can be selected with nodes(G, where=...), nothing else.
_SETTERS = {"set_attrs", "add_device", "set_link_attrs", "update_links", "add_link"}
# helper -> (positional index, keyword) of an argument that names an attribute.
_NAME_ARGUMENTS = {
    "count_by": (1, "name", NODE),
    "group_by": (1, "name", NODE),
    "attr": (2, "name", NODE),
    "count_links_by": (1, "name", LINK),
    "capacity": (3, "name", LINK),
    "path": (3, "weight", LINK),
    "path_length": (3, "weight", LINK),
    # mean(G, "utilization", kind="wan"): the examples summarize link attributes.
    "mean": (1, "name", LINK),
    "median": (1, "name", LINK),
    "percentile": (1, "name", LINK),
}
# Iterating these gives (a, b, key, data) link tuples.
_LINK_LISTS = {"links", "links_between"}


class _Unsafe(Exception):
    """The program uses an attribute in a way this module cannot rewrite exactly."""


@dataclass
class _Access:
    """A read of an attribute value (``d["x"]``, ``d.get("x", default)``, ``attr(G, n, "x")``)."""

    node: ast.expr
    found: AttributeMap


class _Rewriter:
    """Collects source edits for one program; raises _Unsafe when it must be left alone."""

    def __init__(self, code: str, mapping: SchemaMapping, request: str = "") -> None:
        self.code = code
        self.mapping = mapping
        # A converted number that reaches the result is in the user's unit;
        # when the example's request names a unit ("in ms") it would no
        # longer match, so converted numbers may then only be compared.
        self.fixed_units = bool(_UNIT_IN_REQUEST.search(request))
        self.tree = ast.parse(code)
        self.edits: list[tuple[int, int, str]] = []
        #: Every attribute the program uses, as (kind, name); kind None when it could be either.
        self.used: set[tuple[str | None, str]] = set()
        self.accesses: list[_Access] = []
        # A converted number read where no comparison shows it (path weights).
        self.scaled_elsewhere = False
        self.parents: dict[ast.AST, ast.AST] = {}
        for parent in ast.walk(self.tree):
            for child in ast.iter_child_nodes(parent):
                self.parents[child] = parent
        data = code.encode("utf-8")
        self.data = data
        self.line_starts = [0]
        for index, byte in enumerate(data):
            if byte == 0x0A:
                self.line_starts.append(index + 1)

    # -- edits

    def _offset(self, line: int, col: int) -> int:
        return self.line_starts[line - 1] + col

    def _replace(self, node: Any, text: str, *, length: int | None = None) -> None:
        start = self._offset(node.lineno, node.col_offset)
        end = start + length if length is not None else self._offset(node.end_lineno, node.end_col_offset)
        self.edits.append((start, end, text))

    def _source(self, node: Any) -> str:
        start = self._offset(node.lineno, node.col_offset)
        return self.data[start : self._offset(node.end_lineno, node.end_col_offset)].decode("utf-8")

    def _literal(self, node: ast.Constant, value: Any) -> None:
        """Replace a constant, keeping its quote style."""
        if value == node.value and type(value) is type(node.value):
            return
        if isinstance(value, str):
            text = _quote(value) if self._source(node).startswith('"') else repr(value)
        else:
            text = repr(value)
        self._replace(node, text)

    def result(self) -> str:
        spans = sorted(self.edits)
        for (_s1, e1, _t1), (s2, _e2, _t2) in itertools.pairwise(spans):
            if s2 < e1:
                raise _Unsafe("overlapping edits")
        out = self.data
        for start, end, text in reversed(spans):
            out = out[:start] + text.encode("utf-8") + out[end:]
        return out.decode("utf-8")

    # -- resolving names

    def _map(self, kind: str, name: str) -> AttributeMap | None:
        """The map for a used attribute; None when ``name`` is not a sample attribute (left as is)."""
        self.used.add((kind, name))
        if not self.mapping.knows(kind, name):
            return None
        found = self.mapping.get(kind, name)
        if found is None:
            raise _Unsafe(f"{kind} attribute {name!r} has no counterpart")
        return found

    def _map_either(self, kind: str | None, name: str) -> AttributeMap | None:
        if kind is not None:
            return self._map(kind, name)
        self.used.add((None, name))
        # Receiver of unknown kind: fine when the name means nothing, or the
        # same thing, whichever kind it is.
        kinds = [k for k in (NODE, LINK) if self.mapping.knows(k, name)]
        if not kinds:
            return None
        candidates = [self.mapping.get(k, name) for k in kinds]
        if all(c is not None and not c.renames and not c.converts for c in candidates):
            return None
        raise _Unsafe(f"cannot tell whether {name!r} is a device or link attribute here")

    def _kind_of(self, node: ast.expr, env: dict[str, str]) -> str | None:
        """Whether an expression is a device's or a link's attribute dict."""
        if isinstance(node, ast.Name):
            return env.get(node.id)
        if isinstance(node, ast.Subscript):
            base = node.value
            if isinstance(base, ast.Attribute) and base.attr == "nodes":
                return NODE  # G.nodes[n]
            if isinstance(base, ast.Attribute) and base.attr == "edges":
                return LINK  # G.edges[a, b, k]
            if isinstance(node.slice, ast.Constant) and node.slice.value == 3:
                return LINK  # e[3] of a link tuple
        return None

    def _bind(self, target: ast.expr, iterable: ast.expr, env: dict[str, str]) -> None:
        if isinstance(target, ast.Name):
            env.pop(target.id, None)
            return
        if not isinstance(target, ast.Tuple) or not target.elts:
            return
        names = [e.id for e in target.elts if isinstance(e, ast.Name)]
        for name in names:
            env.pop(name, None)
        last = target.elts[-1]
        if not isinstance(last, ast.Name) or not isinstance(iterable, ast.Call):
            return
        func = iterable.func
        if isinstance(func, ast.Name) and func.id in _LINK_LISTS and len(target.elts) == 4:
            env[last.id] = LINK
        elif isinstance(func, ast.Attribute) and any(k.arg == "data" for k in iterable.keywords):
            if func.attr == "nodes" and len(target.elts) == 2:
                env[last.id] = NODE
            elif func.attr == "edges" and len(target.elts) >= 3:
                env[last.id] = LINK

    # -- walking

    def run(self) -> None:
        self._visit(self.tree, {})
        self._check_accesses()

    def _visit(self, node: ast.AST, env: dict[str, str]) -> None:
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            inner = dict(env)
            for generator in node.generators:
                self._visit(generator.iter, inner)
                self._bind(generator.target, generator.iter, inner)
                for condition in generator.ifs:
                    self._visit(condition, inner)
            for part in (node.key, node.value) if isinstance(node, ast.DictComp) else (node.elt,):
                self._visit(part, inner)
            return
        if isinstance(node, ast.For):
            self._visit(node.iter, env)
            self._bind(node.target, node.iter, env)
            for statement in node.body + node.orelse:
                self._visit(statement, env)
            return
        if isinstance(node, ast.Assign):
            self._visit(node.value, env)
            kind = self._kind_of(node.value, env)
            for target in node.targets:
                if isinstance(target, ast.Name):
                    env.pop(target.id, None)
                    if kind is not None:
                        env[target.id] = kind
                else:
                    self._visit(target, env)
            return
        if isinstance(node, ast.Lambda):
            inner = dict(env)
            for arg in node.args.args:
                inner.pop(arg.arg, None)
            self._visit(node.body, inner)
            return
        if isinstance(node, ast.Call):
            self._call(node, env)
        elif isinstance(node, ast.Subscript):
            self._subscript(node, env)
        for child in ast.iter_child_nodes(node):
            if isinstance(node, ast.Call) and isinstance(child, ast.keyword) and child.arg == "where":
                self._where(node, child, env)
                continue
            self._visit(child, env)

    def _where(self, call: ast.Call, keyword: ast.keyword, env: dict[str, str]) -> None:
        """A ``where=lambda d: ...`` predicate: ``d`` is a device or link attribute dict."""
        func = call.func
        kind = None
        if isinstance(func, ast.Name):
            kind = NODE if func.id == "nodes" else LINK if func.id == "links" else None
        value = keyword.value
        if isinstance(value, ast.Lambda) and kind is not None and len(value.args.args) == 1:
            inner = dict(env)
            inner[value.args.args[0].arg] = kind
            self._visit(value.body, inner)
        else:
            self._visit(value, env)

    def _subscript(self, node: ast.Subscript, env: dict[str, str]) -> None:
        if not (isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str)):
            return
        if isinstance(node.value, ast.Attribute) and node.value.attr in ("nodes", "edges"):
            return  # G.nodes["name"]: a device name, not an attribute
        found = self._map_either(self._kind_of(node.value, env), node.slice.value)
        if found is not None:
            self._rename_string(node.slice, found)
            self.accesses.append(_Access(node, found))

    def _rename_string(self, constant: ast.Constant, found: AttributeMap) -> None:
        if found.shape == "list":
            raise _Unsafe(f"{found.target!r} is a list: only nodes() filters can select by a member")
        self._literal(constant, found.target)

    def _call(self, call: ast.Call, env: dict[str, str]) -> None:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "get" and call.args:
            key = call.args[0]
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                found = self._map_either(self._kind_of(func.value, env), key.value)
                if found is not None:
                    self._rename_string(key, found)
                    if len(call.args) > 1:
                        self._value(call.args[1], found)
                    self.accesses.append(_Access(call, found))
            return
        if not isinstance(func, ast.Name):
            return
        name = func.id
        if name == "capacity":
            # capacity() reads "speed" and "status" itself: only exact names will do, unless
            # unit= is given (then it converts from whatever the topology's speed is).
            converts = any(k.arg == "unit" for k in call.keywords)
            for implicit in ("status",) if converts else ("speed", "status"):
                found = self._map(LINK, implicit)
                if found is not None and (found.renames or found.converts):
                    raise _Unsafe("capacity() needs 'speed' and 'status' as in the samples")
        if name in _NAME_ARGUMENTS:
            index, keyword_name, name_kind = _NAME_ARGUMENTS[name]
            argument = call.args[index] if len(call.args) > index else None
            argument = argument or next((k.value for k in call.keywords if k.arg == keyword_name), None)
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found = self._map(name_kind, argument.value)
                if found is not None:
                    if found.scale != 1.0 and name not in ("path", "path_length"):
                        raise _Unsafe(f"{name}() over a converted attribute")
                    if found.scale != 1.0 and (self.fixed_units or name == "path_length"):
                        raise _Unsafe(f"{name}() would answer in another unit")
                    self.scaled_elsewhere = self.scaled_elsewhere or found.scale != 1.0
                    self._rename_string(argument, found)
                    if name == "attr":
                        if len(call.args) > 3:
                            self._value(call.args[3], found)
                        self.accesses.append(_Access(call, found))
        kind = NODE if name in _NODE_KEYWORDS else LINK if name in _LINK_KEYWORDS else None
        if kind is None:
            return
        for keyword in call.keywords:
            if keyword.arg is None or keyword.arg in _NOT_ATTRIBUTES:
                if keyword.arg == "peer":
                    self._peer(keyword.value)
                continue
            if name in _NAME_ARGUMENTS and keyword.arg == _NAME_ARGUMENTS[name][1]:
                continue
            found = self._map(kind, keyword.arg)
            if found is None:
                continue
            if found.shape == "list":
                self._member_filter(call, name, keyword, found)
                continue
            if found.renames:
                self._replace(keyword, found.target, length=len(keyword.arg))
            self._value(keyword.value, found, strict=found.converts)

    def _peer(self, value: ast.expr) -> None:
        """``peer={"role": "spine"}``: device attributes of the far end."""
        if not isinstance(value, ast.Dict):
            raise _Unsafe("peer= that is not a dict literal")
        for key, item in zip(value.keys, value.values):
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                raise _Unsafe("peer= with a computed key")
            found = self._map(NODE, key.value)
            if found is None:
                continue
            self._rename_string(key, found)
            self._value(item, found, strict=found.converts)

    def _member_filter(self, call: ast.Call, name: str, keyword: ast.keyword, found: AttributeMap) -> None:
        """``nodes(G, role="leaf")`` where roles are tags -> ``nodes(G, where=lambda d: "leaf" in d.get("tags", []))``."""
        value = keyword.value
        if name != "nodes" or any(k.arg == "where" for k in call.keywords):
            raise _Unsafe(f"{found.target!r} is a list: only nodes() filters can select by a member")
        if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
            raise _Unsafe("member filter with a non-constant value")
        ok, member = found.value(value.value)
        if not ok:
            raise _Unsafe(f"no value for {value.value!r}")
        self._replace(keyword, f"where=lambda d: {_quote(member)} in d.get({_quote(found.target)}, [])")

    def _value(self, node: ast.expr, found: AttributeMap, *, strict: bool = False) -> None:
        """Rewrite constants given as an attribute's value; with ``strict``, anything else is unsafe."""
        if isinstance(node, ast.Constant):
            ok, value = found.value(node.value)
            if not ok:
                raise _Unsafe(f"no {found.target!r} value for {node.value!r}")
            self._literal(node, value)
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            for item in node.elts:
                self._value(item, found, strict=strict)
        elif strict:
            raise _Unsafe(f"a computed value for {found.target!r}")

    def _check_accesses(self) -> None:
        """Constants compared with a read value follow its encoding; converted values stay out of arithmetic."""
        scaled = self.scaled_elsewhere
        for access in self.accesses:
            parent = self.parents.get(access.node)
            if isinstance(parent, ast.Compare):
                others = [parent.left, *parent.comparators]
                others = [o for o in others if o is not access.node]
                for other in others:
                    if _is_constant(other):
                        self._value(other, access.found)
                    elif access.found.converts:
                        raise _Unsafe(f"{access.found.target!r} compared with a computed value")
                continue
            if access.found.converts and not _neutral(parent):
                # str(d.get("status")).lower() == "down" would compare the old encoding.
                raise _Unsafe(f"a converted {access.found.target!r} inside an expression")
            if access.found.scale != 1.0 and self.fixed_units:
                raise _Unsafe("the request names a unit the converted number no longer has")
            scaled = scaled or access.found.scale != 1.0
        if scaled and _numeric_arithmetic(self.tree):
            # A converted number used anywhere but a plain comparison may meet
            # a constant in the old unit later on (sum(...) / 1000): leave it.
            raise _Unsafe("converted numbers next to numeric arithmetic")


def _quote(value: str) -> str:
    """A string literal in double quotes, as the examples write them."""
    return f'"{value}"' if not set(value) & {'"', "'", "\\"} and value.isprintable() else repr(value)


_UNIT_IN_REQUEST = re.compile(
    r"\b(?:in|as|to)\s+(?:ms|us|milliseconds?|microseconds?|[kmgt]b(?:it)?(?:/s|ps)|bps|bits?|percent|%)|%",
    re.IGNORECASE,
)

# Calls that pass a value on unchanged (or only order or collect it).
_PASSING_CALLS = {"top", "argmax_all", "argmin_all", "sorted", "max", "min", "sum", "len", "list", "set", "table", "round"}
_PASSING_METHODS = {"append", "add", "setdefault"}


def _neutral(parent: ast.AST | None) -> bool:
    """Whether a value read here is only collected or shown, not computed with."""
    if isinstance(
        parent,
        (ast.Dict, ast.Tuple, ast.List, ast.Set, ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp,
         ast.keyword, ast.Assign, ast.Expr),
    ):
        return True
    if isinstance(parent, ast.Call):
        func = parent.func
        if isinstance(func, ast.Name):
            return func.id in _PASSING_CALLS
        return isinstance(func, ast.Attribute) and func.attr in _PASSING_METHODS
    return False


def _is_constant(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return all(_is_constant(e) for e in node.elts)
    return False


def _numeric_arithmetic(tree: ast.AST) -> bool:
    """Whether a number literal takes part in arithmetic or a comparison anywhere."""

    def number(node: ast.expr) -> bool:
        if isinstance(node, ast.UnaryOp):
            node = node.operand
        return isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool)

    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and (number(node.left) or number(node.right)):
            return True
        if isinstance(node, ast.AugAssign) and number(node.value):
            return True
        if isinstance(node, ast.Compare) and any(number(n) for n in [node.left, *node.comparators]):
            return True
    return False


def retarget_code(code: str, mapping: SchemaMapping, request: str = "") -> str:
    """The program with attribute names and values mapped; ``code`` itself when it cannot be done exactly.

    ``request`` is the example's request: when it names a unit ("in ms"),
    converted numbers may only be compared, never shown.
    """
    rewritten, _reason = _rewrite(code, mapping, request)
    return rewritten


def why_unchanged(code: str, mapping: SchemaMapping, request: str = "") -> str | None:
    """Why :func:`retarget_code` leaves ``code`` as it is (None when it rewrites it, or nothing needs it)."""
    return _rewrite(code, mapping, request)[1]


def _rewrite(code: str, mapping: SchemaMapping, request: str) -> tuple[str, str | None]:
    try:
        rewriter = _Rewriter(code, mapping, request)
        rewriter.run()
        if not rewriter.edits:
            return code, None
        rewritten = rewriter.result()
        ast.parse(rewritten)  # never hand the model a program that does not parse
    except (_Unsafe, SyntaxError, ValueError) as exc:
        return code, str(exc) or type(exc).__name__
    return rewritten, None


def used_attributes(code: str) -> set[tuple[str | None, str]]:
    """The attributes a program reads, filters on or sets, as ``(kind, name)``; kind None when unknown.

    >>> sorted(used_attributes('result = [a for a, b, k, d in links(G, status="down") if d["speed"] > 1]'))
    [('link', 'speed'), ('link', 'status')]
    >>> sorted(used_attributes('result = table([(n, attr(G, n, "vendor")) for n in nodes(G, role="core")], ["n", "v"])'))
    [('node', 'role'), ('node', 'vendor')]
    """
    try:
        rewriter = _Rewriter(code, SchemaMapping({}, {}))
        rewriter.run()
    except (_Unsafe, SyntaxError, ValueError):
        return set()
    return rewriter.used


def _unknown_attributes(code: str, schema: SchemaSummary) -> set[tuple[str | None, str]]:
    nodes = {a.name for a in schema.node_attributes}
    links = {a.name for a in schema.link_attributes}
    known = {NODE: nodes, LINK: links, None: nodes | links}
    return {(kind, name) for kind, name in used_attributes(code) if name not in known[kind]}


# -- sample topologies and caching -------------------------------------------------------------


@cache
def sample_schema(name: str) -> SchemaSummary | None:
    """Schema summary of a sample topology, loaded once per process; None if it is not available."""
    directory = sample_topologies_dir()
    if name not in SAMPLE_FILES or directory is None:
        return None
    path = directory / SAMPLE_FILES[name]
    if not path.is_file():
        return None
    from netops.topology import load, summarize

    try:
        return summarize(load(path))
    except Exception:  # noqa: BLE001 - a broken sample must not break asking: examples stay as written
        return None


@lru_cache(maxsize=1)
def _sample_fingerprints() -> frozenset[str]:
    schemas = (sample_schema(name) for name in SAMPLE_FILES)
    return frozenset(fingerprint(s) for s in schemas if s is not None)


def schema_key(schema_text: str) -> str:
    """The cache key of a schema: a digest of its prompt text (``SchemaSummary.to_prompt()``).

    The shape fingerprint ignores sample values, which the mapping uses
    (UP/DOWN vs up/down), so the whole text counts.
    """
    return hashlib.sha256(schema_text.encode()).hexdigest()[:16]


def _schema_key(schema: SchemaSummary) -> str:
    return schema_key(schema.to_prompt())


class Retargeter:
    """Re-targets examples to a schema, with mappings and results cached.

    Parameters
    ----------
    max_entries : int
        Most rewritten programs kept; the cache starts over when full.
    """

    def __init__(self, max_entries: int = 4096) -> None:
        self.max_entries = max_entries
        self._mappings: dict[tuple[str, str], SchemaMapping | None] = {}
        self._programs: dict[tuple[str, str, str, str], str] = {}

    def mapping(self, topology: str, schema: SchemaSummary, key: str | None = None) -> SchemaMapping | None:
        """The mapping from sample ``topology`` to ``schema``; None when there is nothing to map."""
        key = key or _schema_key(schema)
        if (topology, key) not in self._mappings:
            source = sample_schema(topology)
            if source is None or fingerprint(schema) in _sample_fingerprints():
                # Unknown source, or the user's topology is one of the samples:
                # their prompts stay exactly as they were.
                self._mappings[(topology, key)] = None
            else:
                self._mappings[(topology, key)] = map_schema(source, schema)
        return self._mappings[(topology, key)]

    def retarget(self, example: Example, schema: SchemaSummary, key: str | None = None) -> Example:
        """``example`` with its program re-targeted to ``schema`` (the same object when nothing changes)."""
        if not example.topology:
            return example
        key = key or _schema_key(schema)
        cache_key = (example.topology, example.request, example.code, key)
        code = self._programs.get(cache_key)
        if code is None:
            mapping = self.mapping(example.topology, schema, key)
            code = example.code if mapping is None else retarget_code(example.code, mapping, example.request)
            if len(self._programs) >= self.max_entries:
                self._programs.clear()
            self._programs[cache_key] = code
        return example if code == example.code else replace(example, code=code)

    def retarget_all(self, examples: Iterable[Example], schema: SchemaSummary, key: str | None = None) -> list[Example]:
        """Every example re-targeted to ``schema`` (``key``: its :func:`schema_key`, when known)."""
        key = key or _schema_key(schema)
        return [self.retarget(example, schema, key) for example in examples]


_default = Retargeter()


def adapt_program(
    code: str, schema: SchemaSummary, request: str = "", *, prefer: Sequence[str] = (), key: str | None = None
) -> str:
    """A generated program with the sample topologies' names it used mapped to ``schema``'s.

    A small model copies the conventions of the examples it learned from:
    ``role="edge"`` where the user's devices have ``device_role``,
    ``d["utilization"] > 0.8`` where links have ``load_pct`` in percent. When
    the program uses attribute names ``schema`` does not have, it is rewritten
    with the mapping from a sample topology (``prefer`` first: the samples
    of the prompt's examples) that leaves the fewest unknown names, by the
    same exact rewrite as :func:`retarget_code`, units and values included.
    The program comes back unchanged when every name it uses exists, when no
    mapping explains the unknown ones, or when a rewrite would not be exact
    (the run then fails with the list of real names, and the model repairs it).
    ``request`` is the user's: when it names a unit, converted numbers may
    only be compared.
    """
    unknown = _unknown_attributes(code, schema)
    if not unknown:
        return code
    best, fewest = code, len(unknown)
    for name in dict.fromkeys([*prefer, *SAMPLE_FILES]):
        mapping = _default.mapping(name, schema, key)
        if mapping is None:
            continue
        rewritten = retarget_code(code, mapping, request)
        if rewritten == code:
            continue
        left = len(_unknown_attributes(rewritten, schema))
        if left < fewest:
            best, fewest = rewritten, left
    return best


def retarget_examples(examples: Sequence[Example], schema: SchemaSummary, *, key: str | None = None) -> list[Example]:
    """Re-target retrieved examples to the schema of the topology asked about (process-wide cache).

    ``key`` is the schema's :func:`schema_key`; callers that keep it per topology save rehashing it.
    """
    return _default.retarget_all(examples, schema, key)
