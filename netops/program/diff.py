"""What a change does to a topology, as data (rendering lives in ``render``).

A link is identified by its endpoints (order-free) and its multigraph key,
which the sandbox preserves for links a program did not remove, so an edited
link shows as *changed* rather than removed-and-added.

Examples
--------
>>> import networkx as nx
>>> before = nx.MultiGraph(); before.add_node("a", role="leaf"); before.add_node("b")
>>> after = before.copy(); after.nodes["a"]["role"] = "spine"; after.add_edge("a", "b", speed=100)
0
>>> d = diff_graphs(before, after)
>>> d.is_empty(), d.summary()
(False, '1 link added, 1 device changed')
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

__all__ = ["AttributeChange", "DeviceChange", "LinkChange", "TopologyDiff", "diff_graphs"]

_MISSING = object()


@dataclass(frozen=True)
class AttributeChange:
    """One attribute that was added, removed or changed (``None`` side = absent)."""

    name: str
    before: Any
    after: Any
    added: bool = False
    removed: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {"name": self.name, "before": self.before, "after": self.after}


@dataclass(frozen=True)
class DeviceChange:
    """A device whose attributes changed."""

    name: str
    changes: tuple[AttributeChange, ...]


@dataclass(frozen=True)
class LinkChange:
    """A link whose attributes changed; ``ends`` is sorted, ``key`` the multigraph key."""

    ends: tuple[str, str]
    key: Any
    changes: tuple[AttributeChange, ...]


@dataclass
class TopologyDiff:
    """Devices and links added, removed and changed between two graphs."""

    devices_added: dict[str, dict[str, Any]] = field(default_factory=dict)
    devices_removed: dict[str, dict[str, Any]] = field(default_factory=dict)
    devices_changed: list[DeviceChange] = field(default_factory=list)
    links_added: list[tuple[tuple[str, str], Any, dict[str, Any]]] = field(default_factory=list)
    links_removed: list[tuple[tuple[str, str], Any, dict[str, Any]]] = field(default_factory=list)
    links_changed: list[LinkChange] = field(default_factory=list)
    graph_changes: tuple[AttributeChange, ...] = ()

    def is_empty(self) -> bool:
        """True when nothing changed."""
        return not (
            self.devices_added
            or self.devices_removed
            or self.devices_changed
            or self.links_added
            or self.links_removed
            or self.links_changed
            or self.graph_changes
        )

    def summary(self) -> str:
        """A short phrase such as ``'2 devices added, 1 link changed'``."""
        parts = []
        for count, noun, verb in (
            (len(self.devices_added), "device", "added"),
            (len(self.devices_removed), "device", "removed"),
            (len(self.links_added), "link", "added"),
            (len(self.links_removed), "link", "removed"),
            (len(self.devices_changed), "device", "changed"),
            (len(self.links_changed), "link", "changed"),
        ):
            if count:
                parts.append(f"{count} {noun}{'s' if count != 1 else ''} {verb}")
        if self.graph_changes:
            parts.append("topology metadata changed")
        return ", ".join(parts) if parts else "no changes"

    def to_dict(self) -> dict[str, Any]:
        """The ``diff`` object of the result JSON (docs/architecture.md §3.2)."""

        def link(entry: tuple[tuple[str, str], Any, dict[str, Any]]) -> dict[str, Any]:
            ends, key, attrs = entry
            return {"ends": list(ends), "key": key, "attributes": attrs}

        return {
            "summary": self.summary(),
            "devices_added": self.devices_added,
            "devices_removed": self.devices_removed,
            "devices_changed": {
                c.name: [a.to_dict() for a in c.changes] for c in self.devices_changed
            },
            "links_added": [link(e) for e in self.links_added],
            "links_removed": [link(e) for e in self.links_removed],
            "links_changed": [
                {"ends": list(c.ends), "key": c.key, "changes": [a.to_dict() for a in c.changes]}
                for c in self.links_changed
            ],
            "graph_changed": [a.to_dict() for a in self.graph_changes],
        }


def _same(a: Any, b: Any) -> bool:
    if a is b:
        return True
    try:
        if a == b and type(a) is type(b):
            return True
    except Exception:  # exotic values: fall back to their JSON text
        pass
    return json.dumps(a, sort_keys=True, default=repr) == json.dumps(b, sort_keys=True, default=repr)


def _attribute_changes(before: dict[str, Any], after: dict[str, Any]) -> tuple[AttributeChange, ...]:
    changes = []
    for name in sorted(set(before) | set(after), key=str):
        old = before.get(name, _MISSING)
        new = after.get(name, _MISSING)
        if old is _MISSING:
            changes.append(AttributeChange(name, None, new, added=True))
        elif new is _MISSING:
            changes.append(AttributeChange(name, old, None, removed=True))
        elif not _same(old, new):
            changes.append(AttributeChange(name, old, new))
    return tuple(changes)


def _link_index(graph: nx.MultiGraph) -> dict[tuple[tuple[str, str], Any], dict[str, Any]]:
    index = {}
    for a, b, key, attrs in graph.edges(keys=True, data=True):
        ends = (a, b) if str(a) <= str(b) else (b, a)
        index[(ends, key)] = attrs
    return index


def diff_graphs(before: nx.MultiGraph, after: nx.MultiGraph) -> TopologyDiff:
    """Compute the difference from ``before`` to ``after`` (neither is modified)."""
    diff = TopologyDiff()
    before_nodes = before.nodes
    after_nodes = after.nodes
    for node in after_nodes:
        if node not in before_nodes:
            diff.devices_added[node] = dict(after_nodes[node])
    for node in before_nodes:
        if node not in after_nodes:
            diff.devices_removed[node] = dict(before_nodes[node])
            continue
        changes = _attribute_changes(before_nodes[node], after_nodes[node])
        if changes:
            diff.devices_changed.append(DeviceChange(node, changes))
    old_links = _link_index(before)
    new_links = _link_index(after)
    for ident, attrs in new_links.items():
        if ident not in old_links:
            diff.links_added.append((ident[0], ident[1], dict(attrs)))
        else:
            changes = _attribute_changes(old_links[ident], attrs)
            if changes:
                diff.links_changed.append(LinkChange(ident[0], ident[1], changes))
    for ident, attrs in old_links.items():
        if ident not in new_links:
            diff.links_removed.append((ident[0], ident[1], dict(attrs)))
    diff.graph_changes = _attribute_changes(dict(before.graph), dict(after.graph))
    return diff
