"""Run a program over a topology in the sandbox: the netops side of ``sandbox``.

``execute(topology, code)`` builds what a program sees — ``G`` (the topology
graph), ``nx`` (the curated facade of ``netops.program.safe_nx``) and the helpers of
``netops.program.api`` — runs it through ``sandbox.run`` and returns a typed
``Execution``.

How the topology is protected:

- **Secrets and callables are never visible.** Attribute keys that name a
  secret (``password``, ``secret``, ``community``, ``key``, ``token`` ...,
  at any depth) and values that are code (functions, classes, modules) are
  left out of the graph programs see; other non-data values (dates, custom
  objects) are shown as text. This sanitized view is built once per
  topology and cached; when a topology has nothing to hide, the view *is*
  the topology's graph and nothing is copied.
- **The operator's graph cannot change.** Each run is a child forked from
  this process, so the program works on a copy-on-write image of the graph.
  Nothing is copied up front, and nothing the child does reaches this
  process.
- **Read-only runs** (``read_only=True``): in the child the graph's
  mutating methods are replaced by refusals, and every container of the
  graph (the attribute dicts, nested lists and dicts, the adjacency dicts)
  is protected by ``id`` so writes, mutating methods and in-place operators
  on them fail as ``mutation``. The id set is computed once per topology.
- **Mutating runs**: the child serializes its graph and compares a hash
  with the one of the unchanged view (computed once per topology); only a
  changed graph is sent back, as compact node-link data, and rebuilt here.
  Values the program could not see or did not change (secrets, callables,
  tuples, dates) are restored from the operator's graph, and multigraph
  keys are kept, so a diff shows exactly what the program did.

The cache is keyed by the graph object and checked against its number of
nodes (and a ``revision`` attribute of the topology, if it has one): both
are O(1). After changing a graph *in place* — attributes, links, or nodes
removed and added back — call ``forget(topology)`` (or bump
``topology.revision``).

Examples
--------
>>> from netops.topology import Topology
>>> topo = Topology(name="lab")
>>> topo.add_device("r1", role="router", password="hunter2")
>>> topo.add_device("r2", role="router")
>>> topo.add_link("r1", "r2", speed=10000)
0
>>> run = execute(topo, "result = sorted(G.nodes['r1'])", helpers={})
>>> run.ok, run.value, run.changed
(True, ['role'], False)
>>> run = execute(topo, "G.nodes['r2']['role'] = 'switch'", helpers={})
>>> run.changed, run.graph_after.nodes["r2"]["role"], run.graph_after.nodes["r1"]["password"]
(True, 'switch', 'hunter2')
>>> topo.graph.nodes["r2"]["role"]
'router'
>>> run = execute(topo, "G.add_node('r3')", read_only=True, helpers={})
>>> run.failure_kind, run.line, run.message
('mutation', 1, 'the topology is read-only in this run: G.add_node() would change it')
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import json
import re
import time
import types
import weakref
from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

import sandbox
from netops.errors import ExecutionError, SandboxFailure
from netops.program import safe_nx

__all__ = [
    "Execution",
    "execute",
    "raise_for_failure",
    "prepare",
    "forget",
    "is_secret_key",
    "GRAPH_MUTATORS",
    "ATTRIBUTE_MODULES",
]

#: Graph methods that change structure; refused in read-only runs.
GRAPH_MUTATORS = (
    "add_node", "add_nodes_from", "remove_node", "remove_nodes_from", "add_edge", "add_edges_from",
    "add_weighted_edges_from", "remove_edge", "remove_edges_from", "update", "clear", "clear_edges",
)  # fmt: skip

#: Modules whose objects' public attributes programs may read (graphs, views, helper results).
ATTRIBUTE_MODULES = ("networkx", "netops")

# Attribute names that hold secrets: these words anywhere in the name ...
_SECRET_SUBSTRINGS = ("password", "passwd", "passphrase", "secret", "community", "token", "apikey", "credential")
# ... or these as a whole word (``ssh_key``, ``authKey``; not ``monkey``).
_SECRET_WORDS = frozenset({"key", "keys", "pwd", "psk", "pass"})
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_WORD = re.compile(r"[a-z0-9]+")

_READ_ONLY_NAME = "the topology"

#: Room in a read-only run's transfer for what comes with the value: the message
#: itself, timings, and printed text (up to 6 bytes per character as escaped JSON).
_TRANSFER_OVERHEAD_BYTES = 64 * 1024
_BYTES_PER_OUTPUT_CHAR = 6


@dataclass(frozen=True)
class Execution:
    """The outcome of running one program over a topology.

    Attributes
    ----------
    ok : bool
        The program ran to the end and its result could be sent back.
    value : object
        The program's ``result`` as plain JSON data: sets and tuples become
        lists, mappings stay dicts with ``str`` keys, graphs become
        ``{"nodes": [...], "edges": [[u, v], ...]}``, node and edge views
        become lists; ``netops.program.api.table`` already returns
        ``{"columns": [...], "rows": [[...]]}``. None on failure.
    graph_after : networkx.MultiGraph or None
        The changed graph, rebuilt here, only when a mutating run changed it.
    changed : bool
        Whether the program changed the graph.
    stdout : str
        What the program printed (capped), also on failure.
    failure_kind : str or None
        ``policy``, ``runtime``, ``timeout``, ``memory``, ``output-limit`` or
        ``mutation``.
    message : str or None
        One short line, e.g. ``NameError: name 'foo' is not defined``.
    line : int or None
        The program line the failure points at, when known.
    timings : dict
        Seconds: ``compile``, ``run``, ``transfer`` (encoding, decoding and
        rebuilding a changed graph) and ``total``.
    """

    ok: bool
    value: object = None
    graph_after: nx.MultiGraph | None = None
    changed: bool = False
    stdout: str = ""
    failure_kind: str | None = None
    message: str | None = None
    line: int | None = None
    timings: dict[str, float] = field(default_factory=dict)


def execute(
    topology: Any,
    code: str,
    *,
    read_only: bool = False,
    helpers: Mapping[str, object] | None = None,
    limits: sandbox.Limits | None = None,
    result_limit_bytes: int | None = None,
) -> Execution:
    """Run ``code`` over ``topology`` in the sandbox.

    Parameters
    ----------
    topology : netops.topology.Topology
        Anything with a ``.graph`` (a ``networkx.MultiGraph``). Never changed.
    code : str
        The program. It sees ``G``, ``nx`` and the helpers, and assigns its
        answer to ``result``.
    read_only : bool
        Any change to ``G`` is then a ``mutation`` failure.
    helpers : Mapping[str, callable], optional
        Extra names (plain functions taking ``G`` first). By default
        ``netops.program.api.helpers(read_only=read_only)``, or none if that module
        is missing. In a read-only run, helpers with a true ``mutates``
        attribute are left out.
    limits : sandbox.Limits, optional
        Resource limits (``sandbox.Limits()`` by default).
    result_limit_bytes : int, optional
        Largest ``result`` (encoded as JSON) the program may return; a larger
        one is an ``output-limit`` failure decided in the sandbox child.
        Default: the ``result_limit_kb`` setting (1 MiB). A read-only run's
        whole transfer is capped at this plus room for printed text, so this
        process never reads more; a mutating run keeps ``limits``' transfer
        cap for the changed graph.

    Returns
    -------
    Execution

    Raises
    ------
    netops.errors.ExecutionError
        When the sandbox itself cannot run (not when the program fails).
    """
    started = time.perf_counter()
    graph = topology.graph
    if not isinstance(graph, nx.MultiGraph) or graph.is_directed():
        raise TypeError("topology.graph must be a networkx.MultiGraph")
    limits = _with_result_limit(limits or sandbox.Limits(), result_limit_bytes, read_only)
    prepared = _prepare(topology)
    view = prepared.view(graph)
    namespace = _namespace(view, read_only, _default_helpers(read_only) if helpers is None else dict(helpers))
    outcome = _run_sandboxed(code, namespace, prepared, view, read_only=read_only, limits=limits)
    timings = dict(outcome.timings)
    if not outcome.ok:
        timings["total"] = time.perf_counter() - started
        return Execution(
            False,
            stdout=outcome.stdout,
            failure_kind=outcome.kind,
            message=outcome.message,
            line=outcome.line,
            timings=timings,
        )
    graph_after = None
    changed = False
    if not read_only:
        rebuild_started = time.perf_counter()
        try:
            changed, graph_after = _changes(outcome.extra, graph)
        except _BadChanges as exc:
            timings["total"] = time.perf_counter() - started
            return Execution(
                False, stdout=outcome.stdout, failure_kind=sandbox.RUNTIME, message=str(exc), timings=timings
            )
        timings["transfer"] = timings.get("transfer", 0.0) + time.perf_counter() - rebuild_started
    timings["total"] = time.perf_counter() - started
    return Execution(
        True,
        value=outcome.value,
        graph_after=graph_after,
        changed=changed,
        stdout=outcome.stdout,
        timings=timings,
    )


def _run_sandboxed(
    code: str,
    namespace: dict[str, object],
    prepared: _Prepared,
    view: nx.MultiGraph,
    *,
    read_only: bool,
    limits: sandbox.Limits,
) -> sandbox.Outcome:
    """Run ``code`` over ``view`` in the sandbox: frozen and protected by id when read-only, else hashed for changes."""
    common: dict[str, Any] = {
        "limits": limits,
        "convert": _convert_value,
        "attribute_modules": ATTRIBUTE_MODULES,
    }
    try:
        if read_only:
            return sandbox.run(
                code,
                namespace,
                protected=prepared.protected_ids(view),
                protected_name=_READ_ONLY_NAME,
                setup=functools.partial(_freeze, view),
                **common,
            )
        return sandbox.run(
            code,
            namespace,
            finish=functools.partial(_finish, view, prepared.digest(view)),
            **common,
        )
    except sandbox.SandboxError as exc:
        raise ExecutionError(f"the sandbox is unavailable: {exc}") from None


def _with_result_limit(limits: sandbox.Limits, result_limit_bytes: int | None, read_only: bool) -> sandbox.Limits:
    """``limits`` with the result cap applied (see ``execute``)."""
    if result_limit_bytes is None:
        from netops.settings import load_settings

        result_limit_bytes = load_settings().result_limit_kb * 1024
    value_cap = min(int(result_limit_bytes), limits.max_value_bytes)
    transfer_cap = limits.max_result_bytes
    if read_only:
        # Nothing but the value and the printed text comes back: cap the pipe to that.
        needed = value_cap + limits.max_output_chars * _BYTES_PER_OUTPUT_CHAR + _TRANSFER_OVERHEAD_BYTES
        transfer_cap = min(transfer_cap, needed)
    return dataclasses.replace(limits, max_value_bytes=value_cap, max_result_bytes=transfer_cap)


def raise_for_failure(execution: Execution) -> Execution:
    """Return ``execution`` if it succeeded, else raise ``netops.errors.SandboxFailure``."""
    if not execution.ok:
        raise SandboxFailure(execution.failure_kind or sandbox.RUNTIME, execution.message or "failed", line=execution.line)
    return execution


def prepare(topology: Any, *, read_only: bool = True, mutating: bool = True) -> None:
    """Build the cached program view of a topology now (instead of on the first run).

    Useful right after loading a large topology: the first ``execute`` then
    costs no more than the others.
    """
    graph = topology.graph
    prepared = _prepare(topology)
    view = prepared.view(graph)
    if read_only:
        prepared.protected_ids(view)
    if mutating:
        prepared.digest(view)


def forget(topology: Any) -> None:
    """Drop the cached view of a topology (call after changing its graph in place)."""
    _CACHE.pop(topology.graph, None)


# -- secrets and the program's view of the graph ----------------------------------------------


def is_secret_key(key: object) -> bool:
    """Whether an attribute name holds a secret (its value is never shown to programs).

    >>> [is_secret_key(k) for k in ("enable_password", "snmpCommunity", "ssh_key", "monkey", "role")]
    [True, True, True, False, False]
    """
    if not isinstance(key, str):
        return False
    lowered = key.lower()
    if any(word in lowered for word in _SECRET_SUBSTRINGS):
        return True
    words = _WORD.findall(_CAMEL.sub(r"\1_\2", key).lower())
    return any(word in _SECRET_WORDS for word in words)


def _is_code(value: object) -> bool:
    # Functions, methods, classes, callable objects and modules: never data.
    return callable(value) or isinstance(value, types.ModuleType)


def _hidden(key: object, value: object) -> bool:
    """Whether an attribute is left out of the program's view (and restored afterwards)."""
    return is_secret_key(key) or _is_code(value) or _is_code(key)


_PLAIN_SCALARS = (str, int, float, bool, type(None))


_VIEW_DEPTH = 32  # deeper attribute data is shown as a placeholder (it also ends cycles)


def _needs_view(value: Any) -> bool:
    """Whether a value has anything to hide or to show as text (nested secrets, code, objects).

    Cycles and nesting deeper than the view depth count as needing a view.
    """
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, _PLAIN_SCALARS):
            continue
        if depth >= _VIEW_DEPTH:
            return True
        if isinstance(item, dict):
            for key, member in item.items():
                if _hidden(key, member):
                    return True
                stack.append((member, depth + 1))
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend((member, depth + 1) for member in item)
        else:
            return True
    return False


def _view_value(value: Any, depth: int = 0) -> Any:
    """The program's view of a value: secrets and code left out, other objects as text."""
    if isinstance(value, _PLAIN_SCALARS):
        return value
    if depth >= _VIEW_DEPTH:
        return "<nested too deep>"
    if isinstance(value, dict):
        return {k: _view_value(v, depth + 1) for k, v in value.items() if not _hidden(k, v)}
    if isinstance(value, list):
        return [_view_value(v, depth + 1) for v in value]
    if isinstance(value, tuple):
        return tuple(_view_value(v, depth + 1) for v in value)
    if isinstance(value, (set, frozenset)):
        return type(value)(_view_value(v, depth + 1) for v in value if not _is_code(v))
    if _is_code(value):
        return f"<{type(value).__name__}>"
    return str(value)


def _view_attrs(attrs: Mapping[Any, Any]) -> dict[Any, Any]:
    return {k: _view_value(v) for k, v in attrs.items() if not _hidden(k, v)}


def _attrs_need_view(attrs: Mapping[Any, Any]) -> bool:
    return any(_hidden(k, v) or _needs_view(v) for k, v in attrs.items())


def _sanitized_copy(graph: nx.MultiGraph) -> nx.MultiGraph | None:
    """A copy of ``graph`` without secrets and code, or None when there is nothing to hide."""
    needs = _attrs_need_view(graph.graph) or any(_attrs_need_view(d) for _, d in graph.nodes(data=True))
    needs = needs or any(_attrs_need_view(d) for *_e, d in graph.edges(keys=True, data=True))
    if not needs:
        return None
    view = nx.MultiGraph()
    view.graph.update(_view_attrs(graph.graph))
    view.add_nodes_from((n, _view_attrs(d)) for n, d in graph.nodes(data=True))
    view.add_edges_from((u, v, k, _view_attrs(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    return view


class _IdSet:
    """A compact, immutable set of ``id()`` values: a sorted array, searched by bisection.

    About 8 bytes per id instead of ~60 for a frozenset of ints: the set is
    held for the lifetime of a topology and every fork copies its page tables.
    """

    __slots__ = ("_ids",)

    def __init__(self, ids: set[int]) -> None:
        self._ids = array("Q", sorted(ids))

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, int):
            return False
        ids = self._ids
        index = bisect.bisect_left(ids, value)
        return index < len(ids) and ids[index] == value

    def __len__(self) -> int:
        return len(self._ids)


def _container_ids(graph: nx.MultiGraph) -> _IdSet:
    """``id()`` of every mutable container of the graph: attributes (at any depth) and adjacency."""
    # The adjacency dicts are reachable too (G.adjacency(), G.get_edge_data(u, v)).
    ids: set[int] = {id(graph._node), id(graph._adj)}
    stack: list[Any] = [graph.graph, *graph._node.values()]
    for neighbours in graph._adj.values():
        ids.add(id(neighbours))
        for keydict in neighbours.values():
            ids.add(id(keydict))
            stack.extend(keydict.values())
    while stack:
        item = stack.pop()
        if isinstance(item, (dict, list, set)):
            if id(item) in ids:  # edge dicts are listed twice; data may contain cycles
                continue
            ids.add(id(item))
            stack.extend(item.values() if isinstance(item, dict) else item)
        elif isinstance(item, (tuple, frozenset)):
            stack.extend(item)
    return _IdSet(ids)


class _Prepared:
    """What is computed once per topology: the program's view, protected ids, digest."""

    def __init__(self, graph: nx.MultiGraph, token: tuple[Any, ...]) -> None:
        self.token = token
        # No strong reference to the original graph: it is the cache's weak key.
        self.copy = _sanitized_copy(graph)
        self._protected: _IdSet | None = None
        self._digest: bytes | None = None

    def view(self, graph: nx.MultiGraph) -> nx.MultiGraph:
        return graph if self.copy is None else self.copy

    def protected_ids(self, view: nx.MultiGraph) -> _IdSet:
        if self._protected is None:
            self._protected = _container_ids(view)
        return self._protected

    def digest(self, view: nx.MultiGraph) -> bytes:
        if self._digest is None:
            try:
                self._digest = hashlib.blake2b(_encode_graph(view).encode("utf-8", "replace")).digest()
            except (sandbox.ResultError, ValueError, RecursionError):
                # Attribute data that cannot be encoded: no digest matches, so a mutating
                # run tries to send the graph and fails with the precise reason.
                self._digest = b""
        return self._digest


_CACHE: weakref.WeakKeyDictionary[nx.MultiGraph, _Prepared] = weakref.WeakKeyDictionary()


def _prepare(topology: Any) -> _Prepared:
    graph = topology.graph
    # O(1) checks only: counting edges is O(n) in networkx.
    token = (len(graph), getattr(topology, "revision", None))
    prepared = _CACHE.get(graph)
    if prepared is None or prepared.token != token:
        prepared = _Prepared(graph, token)
        _CACHE[graph] = prepared
    return prepared


# -- the namespace ---------------------------------------------------------------------------


def _default_helpers(read_only: bool) -> dict[str, object]:
    from netops.program.api import helpers

    return dict(helpers(read_only=read_only))


def _namespace(view: nx.MultiGraph, read_only: bool, helpers: dict[str, object]) -> dict[str, object]:
    namespace: dict[str, object] = {}
    for name, function in helpers.items():
        if not isinstance(name, str) or not name.isidentifier() or name.startswith("_"):
            raise ValueError(f"helper name {name!r} is not a public identifier")
        if name in ("G", "nx"):
            raise ValueError(f"helper name {name!r} is reserved")
        if not callable(function) or isinstance(function, (type, types.ModuleType)):
            raise TypeError(f"helper {name!r} must be a function")
        if read_only and getattr(function, "mutates", False):
            continue
        namespace[name] = function
    namespace["G"] = view
    namespace["nx"] = safe_nx.facade(read_only=read_only)
    return namespace


# -- hooks that run in the child -----------------------------------------------------------------


def _freeze(graph: nx.MultiGraph, _env: dict[str, Any]) -> None:
    """In the child of a read-only run: structural changes to ``G`` become refusals."""
    for name in GRAPH_MUTATORS:
        setattr(graph, name, _refusal(name))
    graph.frozen = True


def _refusal(name: str) -> Callable[..., Any]:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        sandbox.refuse_mutation(f"{_READ_ONLY_NAME} is read-only in this run: G.{name}() would change it")

    refuse.__name__ = name
    return refuse


def _finish(graph: nx.MultiGraph, digest: bytes, _env: dict[str, Any]) -> Any:
    """In the child of a mutating run: send the graph back only if it changed."""
    for node in graph:
        if type(node) is not str:
            raise sandbox.ResultError(
                f"the program added a node named {_short(node)} ({type(node).__name__}); device names must be strings"
            )
    for u, v, key in graph.edges(keys=True):
        if type(key) not in (int, str):
            raise sandbox.ResultError(f"the link {u}--{v} has a key of type {type(key).__name__}; use int or str keys")
    text = _encode_graph(graph)
    if hashlib.blake2b(text.encode("utf-8", "replace")).digest() == digest:
        return {"changed": False}
    return sandbox.EncodedJSON('{"changed":true,"graph":' + text + "}")


def _graph_data(graph: nx.MultiGraph) -> dict[str, Any]:
    return {
        "graph": graph.graph,
        "nodes": [[n, d] for n, d in graph.nodes(data=True)],
        "edges": [[u, v, k, d] for u, v, k, d in graph.edges(keys=True, data=True)],
    }


def _encode_graph(graph: nx.MultiGraph) -> str:
    """Compact node-link JSON of a graph; the same text for the same graph, here and in the child."""
    data = _graph_data(graph)
    try:
        # The C encoder handles the common case (plain attributes) fast.
        return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError):
        pass
    plain = {
        "graph": sandbox.to_plain(graph.graph, max_items=10**9, name="G.graph"),
        "nodes": [[n, sandbox.to_plain(d, max_items=10**9, name=f"node {_short(n)}")] for n, d in graph.nodes(data=True)],
        "edges": [
            [u, v, k, sandbox.to_plain(d, max_items=10**9, name=f"link {_short(u)}--{_short(v)}")]
            for u, v, k, d in graph.edges(keys=True, data=True)
        ],
    }
    return json.dumps(plain, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _convert_value(value: Any) -> Any:
    """Plain forms of networkx objects in a program's result."""
    if isinstance(value, nx.Graph):
        return {"nodes": list(value.nodes), "edges": [[u, v] for u, v in value.edges()]}
    if isinstance(value, (nx.classes.reportviews.NodeView, nx.classes.reportviews.EdgeView)):
        return list(value)
    return NotImplemented


# -- rebuilding a changed graph here ------------------------------------------------------------


class _BadChanges(Exception):
    """The child's graph data is malformed (it is untrusted)."""


def _changes(extra: Any, original: nx.MultiGraph) -> tuple[bool, nx.MultiGraph | None]:
    if not isinstance(extra, dict) or not isinstance(extra.get("changed"), bool):
        raise _BadChanges("the sandbox sent malformed change data")
    if not extra["changed"]:
        return False, None
    return True, _rebuild(extra.get("graph"), original)


def _rebuild(data: Any, original: nx.MultiGraph) -> nx.MultiGraph:
    """A MultiGraph from the child's node-link data, with unseen and unchanged values restored."""
    if not isinstance(data, dict):
        raise _BadChanges("the sandbox sent malformed graph data")
    graph_attrs, nodes, edges = data.get("graph"), data.get("nodes"), data.get("edges")
    if not isinstance(graph_attrs, dict) or not isinstance(nodes, list) or not isinstance(edges, list):
        raise _BadChanges("the sandbox sent malformed graph data")
    for item in nodes:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], dict)):
            raise _BadChanges("the sandbox sent a malformed node")
    names = {item[0] for item in nodes}
    for item in edges:
        if not (
            isinstance(item, list)
            and len(item) == 4
            and isinstance(item[0], str)
            and isinstance(item[1], str)
            and type(item[2]) in (int, str)
            and isinstance(item[3], dict)
            and item[0] in names
            and item[1] in names
        ):
            raise _BadChanges("the sandbox sent a malformed link")
    after = nx.MultiGraph()
    after.graph.update(graph_attrs)
    # Tuples with a data dict, not keyword arguments: an attribute named "key" cannot clash.
    after.add_nodes_from((node, attrs) for node, attrs in nodes)
    after.add_edges_from((u, v, key, attrs) for u, v, key, attrs in edges)
    # Direct dict access on the original: this is trusted code and it runs once per node and link.
    original_nodes, original_adj = original._node, original._adj
    _restore(original.graph, after.graph)
    for node, attrs in after._node.items():
        before = original_nodes.get(node)
        if before is not None:
            _restore(before, attrs)
    for u, v, key, attrs in after.edges(keys=True, data=True):
        before = original_adj.get(u, {}).get(v, {}).get(key)
        if before is not None:
            _restore(before, attrs)
    return after


def _restore(before: Mapping[Any, Any], after: dict[Any, Any]) -> None:
    """Put back what the program could not see, and original objects for values it left alone."""
    for key, old in before.items():
        if key in after:
            new = after[key]
            if old is new or _same(old, new):
                after[key] = old
            else:
                _merge_hidden(old, new)
        elif _hidden(key, old):
            after[key] = old


def _same(old: Any, new: Any) -> bool:
    try:
        if old == new:
            return True
        return bool(sandbox.to_plain(_view_value(old), max_items=10**9) == new)
    except Exception:  # noqa: BLE001 - an odd original value is simply not restored
        return False


def _merge_hidden(old: Any, new: Any) -> None:
    """Inside a changed dict value, put back nested secrets the program could not see."""
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return
    for key, value in old.items():
        if key in new:
            _merge_hidden(value, new[key])
        elif _hidden(key, value):
            new[key] = value


def execute_within(topology: Any, code: str, *, read_only: bool, timeout: float) -> Execution:
    """:func:`execute` with the default helpers and a wall-clock limit in seconds.

    The executor the pipeline and audits use (``executor(topology, code,
    read_only=..., timeout=...)``); tests pass their own with that signature.
    """
    from sandbox import Limits

    return execute(topology, code, read_only=read_only, limits=Limits(wall_seconds=timeout))

