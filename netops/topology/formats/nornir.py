"""Nornir SimpleInventory (read-only): ``hosts.yaml`` plus ``groups.yaml``/``defaults.yaml`` beside it.

::

    # hosts.yaml
    ams-leaf1:
      hostname: 10.0.0.11
      platform: eos
      groups: [ams, leaves]
      username: admin            # dropped on load, never stored
      password: s3cret           # dropped on load, never stored
      data:
        role: leaf
        links:                   # optional, see below
          - {interface: Ethernet49, peer: ams-spine1, peer_interface: Ethernet1, speed: 100000}

    # groups.yaml               # defaults.yaml: the same keys, without 'groups'
    leaves:
      data: {role: leaf}
    ams:
      platform: eos
      data: {site: ams}

Hosts become nodes. ``groups.yaml`` and ``defaults.yaml`` are read from the
hosts file's directory when they exist (for ``lab-hosts.yaml``, the files
``lab-groups.yaml`` and ``lab-defaults.yaml``; ``.yml`` works too).

Inheritance
    ``hostname``, ``platform``, ``port`` and each ``data`` key resolve as
    host > its groups in order, each group before its own parent groups
    (depth first) > defaults. A ``None`` hostname/platform/port counts as
    unset. ``connection_options`` resolve per connection name the same way.
    Unknown groups and group cycles are errors.

Node attributes
    ``hostname``, ``platform``, ``port``, ``groups`` (the host's own list),
    ``connection_options`` (resolved, credentials removed), every resolved
    ``data`` key as a plain attribute (a data key named like one of those
    fields is stored as ``data.<key>``), and any other key of the host entry.

Credentials
    are dropped on load and never stored: ``username`` and ``password`` at
    every level and inside every ``connection_options`` entry, and any key
    -- in ``data``, ``connection_options`` ``extras`` or elsewhere, at any
    depth -- whose name contains ``password``, ``passwd``, ``passphrase``,
    ``secret``, ``token``, ``api_key``/``apikey``, ``private_key``,
    ``community``, ``credential`` or ``username``, or is ``pass``/``pw``/``pwd``/``psk``.

Links
    Nornir has none. A host's own ``data.links`` (not inherited) may list
    links as mappings with ``peer`` (a host, required), ``interface`` and
    ``peer_interface`` (optional) and any other keys as link attributes. A
    link listed from both ends with the same two interfaces is one link (its
    attributes must agree); without both interfaces, each entry is a link.
    Links can also come from the devices themselves: see
    :mod:`netops.topology.formats.lldp` (NAPALM or SuzieQ LLDP neighbours).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from netops.errors import TopologyFormatError
from netops.topology.formats.guards import brief, read_input_bytes
from netops.topology.formats.yaml_lines import LocatedYAML, load_located
from netops.topology.model import INTERFACES, Topology

__all__ = ["EXTENSIONS", "NAME", "is_secret", "read", "sniff", "write"]

NAME = "nornir"
EXTENSIONS = ("hosts.yaml", "hosts.yml")
write = None

FIELDS = ("hostname", "platform", "port")
_ELEMENT_KEYS = {"hostname", "platform", "port", "username", "password", "groups", "data", "connection_options"}
_SECRET = re.compile(
    r"password|passwd|passphrase|secret|token|api_?key|private_?key|community|credential|username"
    r"|^(pass|pw|pwd|psk)$",
    re.IGNORECASE,
)
_LINK_KEYS = ("peer", "interface", "peer_interface")


def is_secret(key: Any) -> bool:
    """Return True when a key names a credential that must not be stored."""
    return isinstance(key, str) and _SECRET.search(key) is not None


def _scrub(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items() if not is_secret(k)}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def sniff(text: str) -> bool:
    """Return True for a YAML mapping of hosts whose entries use Nornir's keys."""
    head = text[:20000]
    top = re.findall(r"(?m)^([^\s#][^:\n]*):[ \t]*(?:#.*)?$", head)
    if not top or re.search(r"(?m)^(nodes|links|topology|devices|cables|graph)\s*:", head):
        return False
    inner = set(re.findall(r"(?m)^[ \t]+(hostname|platform|groups|data|connection_options|port)[ \t]*:", head))
    return bool(inner)


def _sibling(path: Path, role: str) -> Path | None:
    stem = path.name
    candidates = []
    if "hosts" in stem:
        candidates.append(path.with_name(stem.replace("hosts", role)))
    for suffix in (".yaml", ".yml"):
        candidates.append(path.with_name(role + suffix))
    for candidate in candidates:
        if candidate != path and candidate.is_file():
            return candidate
    return None


def _load_sibling(path: Path) -> LocatedYAML:
    # groups.yaml / defaults.yaml get the same guards (regular file, size cap) as the hosts file.
    data = read_input_bytes(path, kind="Nornir inventory file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TopologyFormatError("not UTF-8 text", path=str(path)) from None
    return load_located(text, str(path))


class _Element:
    """One host, group or the defaults, checked and stripped of credentials."""

    def __init__(self, doc: LocatedYAML, raw: Any, where: tuple[Any, ...], *, defaults: bool = False) -> None:
        self.doc = doc
        self.where = where
        raw = {} if raw is None else raw
        if not isinstance(raw, dict):
            raise doc.error("must be a mapping of hostname, platform, groups, data, ...", *where)
        groups = raw.get("groups") or []
        if defaults and "groups" in raw:
            raise doc.error("defaults cannot have 'groups'", *where, "groups")
        if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
            raise doc.error("'groups' must be a list of group names", *where, "groups")
        data = raw.get("data") or {}
        if not isinstance(data, dict):
            raise doc.error("'data' must be a mapping", *where, "data")
        options = raw.get("connection_options") or {}
        if not isinstance(options, dict) or not all(isinstance(v, dict) or v is None for v in options.values()):
            raise doc.error("'connection_options' must map connection names to mappings", *where, "connection_options")
        port = raw.get("port")
        if port is not None and (isinstance(port, bool) or not isinstance(port, int)):
            raise doc.error(f"'port' must be an integer, got {brief(port)}", *where, "port")
        self.fields = {f: raw.get(f) for f in FIELDS}
        self.groups: list[str] = list(groups)
        self.links = data.get("links")
        self.data = _scrub({k: v for k, v in data.items() if k != "links"})
        self.options = {name: _scrub(opts or {}) for name, opts in options.items()}
        self.extra = _scrub({k: v for k, v in raw.items() if k not in _ELEMENT_KEYS})


def _chain(host: _Element, groups: dict[str, _Element]) -> list[_Element]:
    """Host, then its groups depth first, each once; errors on unknown groups and cycles."""
    order: list[_Element] = [host]
    seen: set[str] = set()

    def visit(element: _Element, path: tuple[str, ...]) -> None:
        for index, name in enumerate(element.groups):
            if name in path:
                raise element.doc.error(f"group cycle: {' -> '.join((*path, name))}", *element.where, "groups", index)
            if name not in groups:
                raise element.doc.error(f"group {brief(name)} is not defined in groups.yaml", *element.where, "groups", index)
            if name in seen:
                continue
            seen.add(name)
            order.append(groups[name])
            visit(groups[name], (*path, name))

    visit(host, ())
    return order


def read(text: str, path: str) -> Topology:
    """Parse a Nornir hosts file (and its groups/defaults) into a Topology; credentials are dropped."""
    doc = load_located(text, path)
    hosts_raw = doc.data
    if hosts_raw is None:
        hosts_raw = {}
    if not isinstance(hosts_raw, dict):
        raise doc.error("a Nornir hosts file must be a mapping of host name to settings")
    groups_raw: dict[Any, Any] = {}
    defaults = _Element(doc, {}, (), defaults=True)
    file_path = Path(path)
    if file_path.is_file():
        groups_path = _sibling(file_path, "groups")
        if groups_path is not None:
            groups_doc = _load_sibling(groups_path)
            if groups_doc.data is not None and not isinstance(groups_doc.data, dict):
                raise groups_doc.error("a Nornir groups file must be a mapping of group name to settings")
            groups_raw = {
                name: _Element(groups_doc, raw, (name,)) for name, raw in (groups_doc.data or {}).items()
            }
        defaults_path = _sibling(file_path, "defaults")
        if defaults_path is not None:
            defaults_doc = _load_sibling(defaults_path)
            defaults = _Element(defaults_doc, defaults_doc.data, (), defaults=True)

    topology = Topology()
    graph = topology.graph
    hosts: dict[str, _Element] = {}
    for name, raw in hosts_raw.items():
        if not isinstance(name, str) or not name:
            raise doc.error(f"host name must be a non-empty string, got {brief(name)}", name)
        host = _Element(doc, raw, (name,))
        hosts[name] = host
        chain = _chain(host, groups_raw)
        attrs: dict[str, Any] = {}
        for field in FIELDS:
            value = next((e.fields[field] for e in chain if e.fields[field] is not None), defaults.fields[field])
            if value is not None:
                attrs[field] = value
        if host.groups:
            attrs["groups"] = list(host.groups)
        options: dict[str, Any] = dict(defaults.options)
        for element in reversed(chain):
            options.update(element.options)
        if options:
            attrs["connection_options"] = options
        data: dict[str, Any] = dict(defaults.data)
        for element in reversed(chain):
            data.update(element.data)
        for key, value in data.items():
            attrs[f"data.{key}" if key in attrs or key in ("groups", "connection_options", *FIELDS) else key] = value
        for key, value in host.extra.items():
            attrs.setdefault(key, value)
        graph.add_node(name)
        graph.nodes[name].update(attrs)

    _read_links(doc, hosts, topology)
    return topology


def _read_links(doc: LocatedYAML, hosts: dict[str, _Element], topology: Topology) -> None:
    graph = topology.graph
    used: dict[tuple[str, str], tuple[str, int]] = {}
    paired: dict[frozenset[tuple[str, str]], tuple[str, str, int, dict[str, Any]]] = {}
    for name, host in hosts.items():
        links = host.links
        if links is None:
            continue
        where = (name, "data", "links")
        if not isinstance(links, list):
            raise doc.error("'data.links' must be a list of {peer, interface, peer_interface, ...}", *where)
        for index, entry in enumerate(links):
            at = (*where, index)
            if not isinstance(entry, dict):
                raise doc.error("each link must be a mapping with a 'peer'", *at)
            peer = entry.get("peer")
            if not isinstance(peer, str) or peer not in graph:
                raise doc.error(f"link peer {brief(peer)} is not a host", *at)
            if peer == name:
                raise doc.error("a link must join two different hosts", *at)
            local, remote = entry.get("interface"), entry.get("peer_interface")
            for value in (local, remote):
                if value is not None and (not isinstance(value, str) or not value):
                    raise doc.error("interface names must be non-empty strings", *at)
            attrs = _scrub({k: v for k, v in entry.items() if k not in _LINK_KEYS})
            if INTERFACES in attrs:
                raise doc.error(f"'{INTERFACES}' is reserved; use interface/peer_interface", *at)
            if local is not None and remote is not None:
                pair = frozenset({(name, local), (peer, remote)})
                if pair in paired:
                    a, b, key, first_attrs = paired.pop(pair)
                    if first_attrs != attrs:
                        raise doc.error(
                            f"link {a}:{local if a == name else remote}--{b} is listed from both ends "
                            "with different attributes",
                            *at,
                        )
                    continue
            interfaces = {node: iface for node, iface in ((name, local), (peer, remote)) if iface is not None}
            for node, iface in interfaces.items():
                if (node, iface) in used:
                    host_name, link_index = used[(node, iface)]
                    first = doc.line_of(host_name, "data", "links", link_index)
                    raise doc.error(f"interface {node}:{iface} is already used by the link on line {first}", *at)
                used[(node, iface)] = (name, index)
            if interfaces:
                attrs[INTERFACES] = interfaces
            key = graph.add_edge(name, peer)
            graph.edges[name, peer, key].update(attrs)
            if local is not None and remote is not None:
                paired[frozenset({(name, local), (peer, remote)})] = (
                    name, peer, key, {k: v for k, v in attrs.items() if k != INTERFACES}
                )
