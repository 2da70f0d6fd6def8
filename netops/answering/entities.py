"""Resolve the names a request mentions against the topology.

Small models guess what a word is: a device name used as a site, a site used
as a rack. We tell them instead. Each word (and pair of words) of the request
is matched — ignoring case, folding plurals, tolerating small typos — against
device names and the values of low-cardinality attributes (role, site,
vendor, status, ...) and identifier-like link attributes (circuit ids). The
result is a few prompt lines such as::

    "ams" is the value "ams" of device attribute "site" (148 devices)
    "fra-leaf3" is device "fra-leaf3" (role=leaf, site=fra)
    "Gi1/0/1" is interface "GigabitEthernet1/0/1" of device "acc-n1"

Interface names (abbreviated the way CLIs accept) are resolved only on the
devices the request names: "Ethernet1" alone exists on every switch.

Only names go into the prompt, never the topology's contents at large.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass

from netops.topology.ifnames import looks_like_interface, match_interface
from netops.topology.model import INTERFACES, Topology

__all__ = ["Entity", "EntityResolver"]

_MAX_VALUES_PER_ATTRIBUTE = 60
_ID_ATTRIBUTES = ("circuit_id", "serial", "mgmt_ip", "asn", "rack", "id", "label")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_./:-]*[A-Za-z0-9]|[A-Za-z0-9]")
_IGNORED = frozenset("a an the of in on at to is are and or all any it its by be do which what how many".split())


@dataclass(frozen=True)
class Entity:
    """A phrase of the request and what it is in the topology."""

    text: str
    kind: str  # "device", "node-value", "link-value" or "interface"
    value: str
    attribute: str | None = None
    count: int = 0
    detail: str = ""

    def describe(self) -> str:
        """One prompt line."""
        if self.kind == "device":
            return f'"{self.text}" is device "{self.value}"' + (f" ({self.detail})" if self.detail else "")
        if self.kind == "interface":
            return (
                f'"{self.text}" is interface "{self.value}" of device "{self.detail}"; '
                f'its link is find_interface(G, "{self.detail}", "{self.value}")'
            )
        owner = "device" if self.kind == "node-value" else "link"
        plural = "s" if self.count != 1 else ""
        return (
            f'"{self.text}" is the value {self.value!r} of {owner} attribute "{self.attribute}" '
            f"({self.count} {owner}{plural})"
        )


def _singular(word: str) -> list[str]:
    forms = [word]
    if word.endswith("ves") and len(word) > 4:
        forms.append(word[:-3] + "f")  # leaves -> leaf
    if word.endswith("es") and len(word) > 4:
        forms.append(word[:-2])
    if word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    if word.endswith("'s"):
        forms.append(word[:-2])
    return forms


class EntityResolver:
    """Index a topology's names once; resolve many requests against it."""

    def __init__(self, topology: Topology) -> None:
        self.devices: dict[str, str] = {}
        self.details: dict[str, str] = {}
        self.interfaces: dict[str, list[str]] = defaultdict(list)
        self.values: dict[str, list[tuple[str, str, str, int]]] = defaultdict(list)
        node_values: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        link_values: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for name, attrs in topology.devices():
            self.devices[str(name).lower()] = str(name)
            self.details[str(name)] = ", ".join(
                f"{k}={attrs[k]}" for k in ("role", "site") if attrs.get(k) is not None
            )
            for key, value in attrs.items():
                if isinstance(value, (str, int)) and not isinstance(value, bool):
                    node_values[key][str(value)] += 1
        for _a, _b, _k, attrs in topology.links():
            for device, port in (attrs.get(INTERFACES) or {}).items():
                self.interfaces[str(device)].append(str(port))
            for key, value in attrs.items():
                if key != INTERFACES and isinstance(value, (str, int)) and not isinstance(value, bool):
                    link_values[key][str(value)] += 1
        for kind, table in (("node-value", node_values), ("link-value", link_values)):
            for attribute, counts in table.items():
                identifier = attribute.lower() in _ID_ATTRIBUTES
                if len(counts) > _MAX_VALUES_PER_ATTRIBUTE and not identifier:
                    continue
                for value, count in counts.items():
                    if len(value) < 2 or value.replace(".", "").isdigit() and not identifier:
                        continue  # bare numbers match too much ("2 spines")
                    self.values[value.lower()].append((kind, attribute, value, count))

    def _lookup(self, phrase: str) -> list[Entity]:
        found: list[Entity] = []
        for form in _singular(phrase.lower()):
            if form in self.devices:
                name = self.devices[form]
                found.append(Entity(phrase, "device", name, detail=self.details.get(name, "")))
            for kind, attribute, value, count in self.values.get(form, ()):
                found.append(Entity(phrase, kind, value, attribute, count))
            if found:
                return found
        return found

    def _one_edit_away(self, word: str) -> list[str]:
        """The one known name a single typo away from ``word`` (swap, drop, add or change a character).

        Operators' typos are mostly one edit ("sipne1", "spne1", "spiine1");
        a similarity ratio alone misses transpositions in short names. Only an
        unambiguous match counts.
        """
        alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-"
        variants = {word[:i] + word[i + 1 :] for i in range(len(word))}
        variants |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
        for i in range(len(word) + 1):
            for char in alphabet:
                variants.add(word[:i] + char + word[i:])
                if i < len(word):
                    variants.add(word[:i] + char + word[i + 1 :])
        variants.discard(word)
        known = sorted(v for v in variants if v in self.devices or v in self.values)
        return known if len(known) == 1 else []

    def resolve(self, request: str, *, limit: int = 10) -> list[Entity]:
        """The entities ``request`` mentions, in order of appearance, at most ``limit``."""
        words = _TOKEN.findall(request)
        found: list[Entity] = []
        seen: set[tuple[str, str | None, str]] = set()

        def add(entities: list[Entity]) -> None:
            for entity in entities:
                key = (entity.kind, entity.attribute, entity.value)
                if key not in seen:
                    seen.add(key)
                    found.append(entity)

        index = 0
        while index < len(words):
            # Two-word values first ("data center", "Los Angeles").
            if index + 1 < len(words):
                pair = f"{words[index]} {words[index + 1]}"
                matches = self._lookup(pair)
                if matches:
                    add(matches)
                    index += 2
                    continue
            word = words[index]
            index += 1
            if word.lower() in _IGNORED:
                continue
            matches = self._lookup(word)
            if not matches and len(word) >= 4:
                close = self._one_edit_away(word.lower()) or difflib.get_close_matches(
                    word.lower(), list(self.devices) + list(self.values), n=1, cutoff=0.84
                )
                if close:
                    matches = [
                        Entity(word, e.kind, e.value, e.attribute, e.count, e.detail)
                        for e in self._lookup(close[0])
                    ]
            add(matches)
        add(self._interfaces_of_named_devices(words, [e.value for e in found if e.kind == "device"]))
        return found[:limit]

    def _interfaces_of_named_devices(self, words: list[str], devices: list[str]) -> list[Entity]:
        """Interface names in ``words`` that belong to exactly one of the named ``devices``."""
        found = []
        for word in words:
            if word.lower() in self.devices or not looks_like_interface(word):
                continue
            owners = [(d, m) for d in devices if (m := match_interface(word, self.interfaces.get(d, ()))) is not None]
            if len(owners) == 1:
                device, name = owners[0]
                found.append(Entity(word, "interface", name, detail=device))
        return found
