"""Locating findings: the line of the topology file where an offending device or link is written."""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import yaml

from netops.audit.checks import _Loader
from netops.errors import TopologyFormatError
from netops.program.expectations import short_text as _short
from netops.topology.formats.clab import line_index
from netops.topology.model import Topology

__all__ = ["Finding", "TopologyLocator"]


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
                path = tuple(f[1] for f in stack)
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
