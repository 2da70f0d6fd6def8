"""The schema summary of a topology, and its fingerprint.

The summary tells a model what *this* topology's data looks like — attribute
names, their types, a few sample values, counts by role/site/vendor — without
pasting the topology itself. It stays a few hundred tokens even for a
ten-thousand-node fabric, because it lists names and samples, not devices.

The fingerprint hashes only the shape (attribute names and types, and the
role/site/vendor vocabularies), so it changes when the schema changes but not
when a link's utilization does. The program cache keys on it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from netops.topology.model import INTERFACES, Topology

__all__ = ["AttributeSummary", "SchemaSummary", "summarize", "fingerprint", "GROUPING_ATTRIBUTES"]

#: Node attributes whose value counts are worth showing, when present.
GROUPING_ATTRIBUTES = ("role", "site", "vendor", "model", "os_version", "status", "kind", "type")

_SAMPLES = 4
_MAX_COUNTED_VALUES = 12
_MAX_MEMBERS = 24


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    if isinstance(value, (list, tuple)):
        return "list"
    if isinstance(value, dict):
        return "dict"
    return type(value).__name__


@dataclass
class AttributeSummary:
    """What one attribute looks like across all nodes or all links."""

    name: str
    types: list[str]
    present: int
    samples: list[Any] = field(default_factory=list)
    #: Every scalar value with its count, when there are at most 12 (None otherwise).
    values: dict[str, int] | None = None
    #: Every member of list values with its count, when there are at most 24 (None otherwise).
    members: dict[str, int] | None = None
    #: The smallest and largest number seen (None when the attribute holds no numbers).
    low: float | None = None
    high: float | None = None
    #: Whether every record that has it holds a different value (serials, addresses).
    unique: bool = False

    def describe(self, total: int) -> str:
        """One prompt line: ``name (type, n/N): sample, sample``."""
        coverage = "all" if self.present == total else f"{self.present}/{total}"
        samples = ", ".join(_short(v) for v in self.samples)
        return f"{self.name} ({'|'.join(self.types)}, {coverage}): {samples}"


def _short(value: Any) -> str:
    text = json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


@dataclass
class SchemaSummary:
    """A compact, prompt-sized description of a topology's data."""

    name: str
    devices: int
    links: int
    parallel_links: int
    node_attributes: list[AttributeSummary]
    link_attributes: list[AttributeSummary]
    counts: dict[str, dict[str, int]]
    graph_attributes: list[str]
    #: The first few device names, to show how names are written.
    device_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json`` output."""
        return {
            "name": self.name,
            "devices": self.devices,
            "links": self.links,
            "parallel_links": self.parallel_links,
            "node_attributes": [vars(a) for a in self.node_attributes],
            "link_attributes": [vars(a) for a in self.link_attributes],
            "counts": self.counts,
            "graph_attributes": self.graph_attributes,
            "device_ids": self.device_ids,
        }

    def to_prompt(self) -> str:
        """Render the summary as compact text for a prompt."""
        lines = [
            f"Topology '{self.name}': {self.devices} devices, {self.links} links"
            + (f" ({self.parallel_links} parallel)" if self.parallel_links else ""),
            "Node attributes (name (type, coverage): samples):",
        ]
        lines += [f"  {a.describe(self.devices)}" for a in self.node_attributes]
        lines.append("Link attributes:")
        lines += [f"  {a.describe(self.links)}" for a in self.link_attributes]
        for attribute, counts in self.counts.items():
            shown = ", ".join(f"{k}={v}" for k, v in counts.items())
            lines.append(f"Devices by {attribute}: {shown}")
        return "\n".join(lines)


class _Profile:
    """What one pass over an attribute's values learns about them."""

    def __init__(self) -> None:
        self.types: Counter[str] = Counter()
        self.samples: list[Any] = []
        self.seen: set[str] = set()
        self.distinct = 0
        self.values: Counter[str] | None = Counter()
        self.members: Counter[str] | None = Counter()
        self.low: float | None = None
        self.high: float | None = None

    def add(self, value: Any) -> None:
        self.types[_type_name(value)] += 1
        marker = json.dumps(value, sort_keys=True, default=str)
        if marker not in self.seen:
            self.seen.add(marker)
            self.distinct += 1
            if len(self.samples) < _SAMPLES:
                self.samples.append(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            self.low = value if self.low is None else min(self.low, value)
            self.high = value if self.high is None else max(self.high, value)
        if self.values is not None and value is not None:
            if isinstance(value, (list, tuple, dict)):
                self.values = None
            else:
                self.values[_value_text(value)] += 1
                if len(self.values) > _MAX_COUNTED_VALUES:
                    self.values = None
        if self.members is not None and isinstance(value, (list, tuple)):
            for member in value:
                if isinstance(member, (list, tuple, dict)):
                    self.members = None
                    break
                self.members[_value_text(member)] += 1
            if self.members is not None and len(self.members) > _MAX_MEMBERS:
                self.members = None

    def summary(self, name: str) -> AttributeSummary:
        present = sum(self.types.values())
        lists = "list" in self.types
        values = dict(self.values.most_common()) if self.values and not lists else None
        members = dict(self.members.most_common()) if self.members and lists else None
        return AttributeSummary(
            name=name,
            types=[t for t, _ in self.types.most_common()],
            present=present,
            samples=self.samples,
            values=values,
            members=members,
            low=self.low,
            high=self.high,
            unique=present > 2 and self.distinct == present,
        )


def _value_text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


def _attribute_summaries(records: list[dict[str, Any]]) -> list[AttributeSummary]:
    profiles: dict[str, _Profile] = defaultdict(_Profile)
    for attrs in records:
        for key, value in attrs.items():
            profiles[key].add(value)
    ordered = sorted(profiles.items(), key=lambda item: (-sum(item[1].types.values()), item[0]))
    return [profile.summary(key) for key, profile in ordered]


def summarize(topology: Topology) -> SchemaSummary:
    """Build the schema summary of a topology (linear in its size, no copies)."""
    graph = topology.graph
    node_records = [attrs for _, attrs in graph.nodes(data=True)]
    link_records = []
    pairs: Counter[frozenset[str]] = Counter()
    for a, b, attrs in graph.edges(data=True):
        pairs[frozenset((a, b))] += 1
        if INTERFACES in attrs:
            # Show interface names as the model will meet them, not per node name.
            shown = dict(attrs)
            shown[INTERFACES] = {"<node>": next(iter(attrs[INTERFACES].values()), None)}
            link_records.append(shown)
        else:
            link_records.append(attrs)
    counts: dict[str, dict[str, int]] = {}
    for attribute in GROUPING_ATTRIBUTES:
        values = Counter(
            str(attrs[attribute]) for attrs in node_records if attrs.get(attribute) is not None
        )
        if values and len(values) <= max(_MAX_COUNTED_VALUES, 1):
            counts[attribute] = dict(sorted(values.items(), key=lambda kv: (-kv[1], kv[0])))
        elif values:
            top = values.most_common(_MAX_COUNTED_VALUES)
            counts[attribute] = dict(top) | {f"... {len(values) - len(top)} more": 0}
    return SchemaSummary(
        name=topology.name,
        devices=graph.number_of_nodes(),
        links=graph.number_of_edges(),
        parallel_links=sum(n - 1 for n in pairs.values() if n > 1),
        node_attributes=_attribute_summaries(node_records),
        link_attributes=_attribute_summaries(link_records),
        counts=counts,
        graph_attributes=sorted(str(k) for k in graph.graph),
        device_ids=[str(n) for n in itertools.islice(graph.nodes, _SAMPLES)],
    )


def fingerprint(summary: SchemaSummary) -> str:
    """Hash the schema's shape: attribute names and types, and grouping vocabularies."""
    shape = {
        "nodes": sorted((a.name, a.types) for a in summary.node_attributes),
        "links": sorted((a.name, a.types) for a in summary.link_attributes),
        "vocab": {k: sorted(v) for k, v in summary.counts.items()},
    }
    digest = hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()
    return digest[:16]
