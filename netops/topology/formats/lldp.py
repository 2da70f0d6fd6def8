"""Links from LLDP: NAPALM ``get_lldp_neighbors`` output and SuzieQ's LLDP table.

An inventory (Nornir, or NetBox without cables) lists devices but not how
they are cabled; the devices themselves know, through LLDP. This module
reads what operators already collect and turns it into links:
:func:`load_lldp` reads neighbour reports from a file (or a directory of
them), :func:`attach_links` adds them to a topology.

    >>> from netops.topology.model import Topology
    >>> topo = Topology()
    >>> for name in ("leaf1", "spine1"):
    ...     topo.add_device(name)
    >>> reports = parse_lldp('{"leaf1": {"Ethernet49": [{"hostname": "spine1.example.net", "port": "Et1"}]},'
    ...                      ' "spine1": {"Ethernet1": [{"hostname": "leaf1", "port": "Ethernet49"}]}}')
    >>> attach_links(topo, reports).added
    1
    >>> topo.graph.edges["leaf1", "spine1", 0]["interfaces"]
    {'leaf1': 'Ethernet49', 'spine1': 'Ethernet1'}

Inputs
------
NAPALM ``get_lldp_neighbors`` (JSON)
    Several devices' answers keyed by device, as saved from Nornir's
    ``napalm_get`` (the answer may sit under the getter's name,
    ``get_lldp_neighbors`` or ``lldp_neighbors``)::

        {"ams-leaf1": {"Ethernet49": [{"hostname": "core1.example.net", "port": "et-0/0/0"}]},
         "core1": {"lldp_neighbors": {"et-0/0/0": [{"hostname": "ams-leaf1", "port": "Ethernet49"}]}}}

    or one device's answer, keyed by local interface (what ``napalm ...
    call get_lldp_neighbors`` prints); the device is then named by the file:
    ``ams-leaf1.json`` or ``ams-leaf1.lldp.json`` is ``ams-leaf1``.
    ``get_lldp_neighbors_detail`` answers (``remote_system_name``,
    ``remote_port``) are read too.
SuzieQ's LLDP table
    ``suzieq-cli lldp show --format=json`` (a list of rows) or
    ``--format=csv``; the columns used are ``hostname``, ``ifname``,
    ``peerHostname`` and ``peerIfname``; others (``namespace``, ``mgmtIP``,
    ``timestamp``, ...) are ignored.

A directory is read file by file (its ``*.json`` and ``*.csv``), so one
NAPALM answer per device can sit in one folder.

Merge rules (:func:`attach_links`)
----------------------------------
* Device names are matched exactly, then ignoring case, then by the first
  label of a domain name (LLDP often reports ``core1.example.net`` for the
  inventory's ``core1``); a device's ``hostname`` attribute (Nornir) and
  ``netbox_name`` (a NetBox name repeated across sites, see the NetBox
  reader) match too. When a name matches several devices, the one at the
  reporting device's ``site`` wins; otherwise the report is skipped.
* A peer's port name is matched to the names that device reports for its
  own interfaces, or that its existing links use (``Et1`` is
  ``Ethernet1``, see :mod:`netops.topology.ifnames`); a port id that is a MAC
  address is no interface name and counts as unknown.
* A link seen from both ends is one link. A report without the peer's
  port joins the peer's own report of the same link when there is exactly
  one each way between the two devices; otherwise it is a link with one
  interface.
* Links the topology already has win: a report that matches one is
  counted as ``confirmed``; one that would reuse an interface already
  linked elsewhere is not added and is listed as a conflict (a cabling
  record and the wire disagree). A local interface with several different
  neighbours (a hub, a shared segment) adds no link.
* Reports naming a device not in the topology (phones, access points, the
  other side of a WAN) are skipped and counted.

New links get ``discovered_by: "lldp"``. Whatever was skipped is said in
one warning per kind on the ``netops.topology`` logger and returned in the
:class:`LldpMerge` summary.
"""

from __future__ import annotations

import csv
import io
import ipaddress
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from netops.errors import TopologyFormatError
from netops.topology.formats.guards import brief, read_input_bytes
from netops.topology.formats.node_link import load_located_json
from netops.topology.ifnames import match_interface
from netops.topology.model import INTERFACES, Topology

__all__ = ["LldpMerge", "LldpNeighbor", "attach_links", "load_lldp", "parse_lldp"]

_log = logging.getLogger("netops.topology")

#: Keys under which a device's NAPALM answer may sit (Nornir's napalm_get keys results by getter).
_WRAPPERS = ("get_lldp_neighbors", "lldp_neighbors", "get_lldp_neighbors_detail", "lldp_neighbors_detail")
_SUZIEQ_COLUMNS = ("hostname", "ifname", "peerHostname")
_NOT_LLDP = (
    "not LLDP neighbours: expected NAPALM get_lldp_neighbors JSON ({device: {interface: [{hostname, port}]}}) "
    "or a SuzieQ LLDP table (JSON rows or CSV with hostname, ifname, peerHostname, peerIfname)"
)
_MAC = re.compile(r"^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$|^(?:[0-9a-f]{4}\.){2}[0-9a-f]{4}$", re.IGNORECASE)


class LldpNeighbor(NamedTuple):
    """One neighbour report: ``device``'s ``interface`` hears ``peer`` on ``peer_interface``."""

    device: str
    interface: str
    peer: str
    peer_interface: str | None  # None when the peer did not say (or gave a MAC address)


@dataclass
class LldpMerge:
    """What :func:`attach_links` did with the reports."""

    added: int = 0  # new links
    confirmed: int = 0  # links the topology already had
    unknown: Counter[str] = field(default_factory=Counter)  # device name not in the topology -> reports
    conflicts: list[str] = field(default_factory=list)  # "a:x -- b:y" not added: an interface was linked already
    shared: list[str] = field(default_factory=list)  # "a:x" with several neighbours: no link


# -- reading ---------------------------------------------------------------------------------


def load_lldp(path: str | Path) -> list[LldpNeighbor]:
    """Read the neighbour reports in an LLDP file, or in every ``*.json``/``*.csv`` of a directory.

    Raises
    ------
    netops.errors.TopologyFormatError
        With the file and line, for a file that is not NAPALM or SuzieQ LLDP data (exit 3).
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in (".json", ".csv") and p.is_file())
        if not files:
            raise TopologyFormatError("no .json or .csv LLDP files in this directory", path=str(path))
        return [report for file in files for report in load_lldp(file)]
    data = read_input_bytes(path, kind="LLDP file", missing="no such file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TopologyFormatError("not UTF-8 text", path=str(path), line=line) from None
    return parse_lldp(text, str(path), device=_device_of_file(path))


def _device_of_file(path: Path) -> str:
    """The device a one-device NAPALM answer belongs to: its file name without .json/.lldp."""
    name = path.name
    for suffix in (".json", ".csv", ".lldp"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


def parse_lldp(text: str, path: str = "<string>", *, device: str | None = None) -> list[LldpNeighbor]:
    """Parse NAPALM or SuzieQ LLDP text; ``device`` names the device of a one-device NAPALM answer."""
    if text.lstrip("\ufeff \t\r\n").startswith(("{", "[")):
        doc = load_located_json(text, path)
        if isinstance(doc.data, list):
            return _suzieq_rows(doc)
        return _napalm(doc, device)
    return _suzieq_csv(text, path)


def _peer_port(value: Any) -> str | None:
    """A reported peer port as an interface name; None when missing or a MAC address (no name to match)."""
    if not isinstance(value, str) or not value.strip() or _MAC.match(value.strip()):
        return None
    return value.strip()


def _is_interfaces(answer: Any) -> bool:
    """Whether ``answer`` is one device's NAPALM answer: {interface: [neighbour, ...]}."""
    return isinstance(answer, dict) and all(isinstance(v, list) for v in answer.values())


def _napalm(doc: Any, device: str | None) -> list[LldpNeighbor]:
    data = doc.data
    if _is_interfaces(data):
        if data and not device:
            raise doc.error("one device's NAPALM answer: name the file after the device (ams-leaf1.json)")
        return _napalm_device(doc, device or "", data, ())
    reports: list[LldpNeighbor] = []
    for name, answer in data.items():
        where: tuple[Any, ...] = (name,)
        if isinstance(answer, dict):
            wrapper = next((key for key in _WRAPPERS if key in answer), None)
            if wrapper is not None:
                answer, where = answer[wrapper], (name, wrapper)
        if not _is_interfaces(answer):
            raise doc.error(f"{_NOT_LLDP}; device {brief(name)} has {brief(answer)}", *where)
        reports.extend(_napalm_device(doc, name, answer, where))
    return reports


def _napalm_device(doc: Any, device: str, answer: dict[str, Any], where: tuple[Any, ...]) -> list[LldpNeighbor]:
    reports = []
    for interface, entries in answer.items():
        for index, entry in enumerate(entries):
            at = (*where, interface, index)
            if not isinstance(entry, dict):
                raise doc.error("each LLDP neighbour must be an object with 'hostname' and 'port'", *at)
            peer = entry.get("hostname", entry.get("remote_system_name"))
            if peer is not None and not isinstance(peer, str):
                raise doc.error(f"neighbour 'hostname' must be a string, got {brief(peer)}", *at)
            reports.append(LldpNeighbor(device, interface, peer or "", _peer_port(entry.get("port", entry.get("remote_port")))))
    return reports


def _suzieq_row(row: dict[str, Any], problem: Any) -> LldpNeighbor:
    """One SuzieQ row; ``problem(text, column)`` builds the located error."""
    for column in _SUZIEQ_COLUMNS:
        value = row.get(column)
        if value is None:
            raise problem(f"row has no '{column}' ({_NOT_LLDP})", column)
        if not isinstance(value, str) or (column != "peerHostname" and not value.strip()):
            raise problem(f"'{column}' must be a non-empty string, got {brief(value)}", column)
    return LldpNeighbor(row["hostname"].strip(), row["ifname"].strip(), row["peerHostname"].strip(),
                        _peer_port(row.get("peerIfname")))


def _suzieq_rows(doc: Any) -> list[LldpNeighbor]:
    reports = []
    for index, row in enumerate(doc.data):
        if not isinstance(row, dict):
            raise doc.error(f"each row must be an object ({_NOT_LLDP})", index)
        reports.append(_suzieq_row(row, lambda text, column, i=index: doc.error(text, i, column)))
    return reports


def _suzieq_csv(text: str, path: str) -> list[LldpNeighbor]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    reports = []
    try:
        if not set(_SUZIEQ_COLUMNS) <= set(reader.fieldnames or ()):
            raise TopologyFormatError(_NOT_LLDP, path=path, line=1)
        for row in reader:
            line = reader.line_num
            reports.append(_suzieq_row(row, lambda text, _column, n=line: TopologyFormatError(text, path=path, line=n)))
    except csv.Error as exc:
        raise TopologyFormatError(f"invalid CSV: {exc}", path=path, line=reader.line_num) from None
    return reports


# -- merging ---------------------------------------------------------------------------------


def _short(name: str) -> str | None:
    """The first label of a domain name ("core1" of "core1.example.net"); None for IPs and plain names."""
    if "." not in name:
        return None
    try:
        ipaddress.ip_address(name)
        return None
    except ValueError:
        return name.split(".", 1)[0] or None


class _Names:
    """Finds the device an LLDP system name denotes (see the module's merge rules)."""

    def __init__(self, topology: Topology) -> None:
        self.nodes = set(topology.graph.nodes)
        self.site = {node: attrs.get("site") for node, attrs in topology.devices()}
        self.full: dict[str, set[str]] = defaultdict(set)
        self.short: dict[str, set[str]] = defaultdict(set)
        for node, attrs in topology.devices():
            for alias in (node, attrs.get("netbox_name"), attrs.get("hostname")):
                if isinstance(alias, str) and alias:
                    self.full[alias.lower()].add(node)
                    short = _short(alias.lower())
                    if short:
                        self.short[short].add(node)

    def find(self, name: str, near: str | None = None) -> str | None:
        if name in self.nodes:
            return name
        lowered = name.strip().lower()
        for key in (lowered, _short(lowered)):
            for table in (self.full, self.short):
                nodes = table.get(key, set()) if key else set()
                if len(nodes) == 1:
                    return next(iter(nodes))
                if nodes:
                    # core1@ams1 and core1@fra1 both answer to "core1": the reporter's site decides.
                    here = self.site.get(near) if near is not None else None
                    same = [n for n in nodes if here is not None and self.site.get(n) == here]
                    return same[0] if len(same) == 1 else None
        return None


def attach_links(topology: Topology, reports: list[LldpNeighbor], *, source: str = "LLDP") -> LldpMerge:
    """Add the links LLDP reports to ``topology`` (in place), by the module's merge rules.

    ``source`` names the input in warnings (the file names, for the CLI).
    """
    summary = LldpMerge()
    names = _Names(topology)
    links = _Links(topology, summary)
    resolved, around = _resolve_reports(reports, names, summary, links.known)
    # Several neighbours on one port (known or not): something sits between, so no link uses it.
    shared = {(node, links.canon(node, ifname)) for (node, ifname), heard in around.items() if len(heard) > 1}
    summary.shared = sorted(f"{node}:{ifname}" for node, ifname in shared)
    full, halves = links.split(resolved, shared)
    links.add_full(full)
    links.add_halves(halves)
    _warn(summary, source)
    return summary


_Report = tuple[str, str, str, str | None]  # (local device, local interface, peer device, peer interface or None)
_Port = tuple[str, str]  # (device, interface)


def _resolve_reports(
    reports: list[LldpNeighbor], names: _Names, summary: LldpMerge, known: dict[str, dict[str, None]]
) -> tuple[list[_Report], dict[_Port, set[str]]]:
    """The reports whose two devices are in the topology, and every neighbour heard on each local port.

    Unknown devices are counted in ``summary``; each reporting port is added to ``known``.
    """
    resolved: list[_Report] = []
    around: dict[_Port, set[str]] = defaultdict(set)  # local port -> every neighbour heard there
    for report in reports:
        local = names.find(report.device)
        if local is None:
            summary.unknown[report.device or "(no system name)"] += 1
            continue
        around[(local, report.interface)].add(report.peer.lower())
        known[local][report.interface] = None
        peer = names.find(report.peer, near=local)
        if peer is None:
            summary.unknown[report.peer or "(no system name)"] += 1
        elif peer != local:  # a port looped back to its own device is no link between devices
            resolved.append((local, report.interface, peer, report.peer_interface))
    return resolved, around


class _Links:
    """The topology's links as a merge sees them: interface names per device, linked ports, links by their ends."""

    def __init__(self, topology: Topology, summary: LldpMerge) -> None:
        self.topology = topology
        self.summary = summary
        # Interface names as the topology and the devices themselves spell them, for peer ports.
        self.known: dict[str, dict[str, None]] = defaultdict(dict)  # device -> its interface names (an ordered set)
        self.taken: dict[_Port, str] = {}  # linked interface -> the device at the other end
        self.existing: set[frozenset[_Port]] = set()
        for a, b, _key, attrs in topology.links():
            ports = attrs.get(INTERFACES) or {}
            for node, ifname in ports.items():
                self.known[node][str(ifname)] = None
                self.taken[(node, str(ifname))] = b if node == a else a
            if len(ports) == 2 and a != b:
                self.existing.add(frozenset((node, str(ifname)) for node, ifname in ports.items()))

    def canon(self, node: str, ifname: str) -> str:
        """The device's interface name that ``ifname`` denotes (same name, other case, or abbreviated), else ``ifname``."""
        return match_interface(ifname, self.known[node]) or ifname

    def split(
        self, resolved: list[_Report], shared: set[_Port]
    ) -> tuple[list[tuple[_Port, _Port]], dict[tuple[str, str], list[str]]]:
        """Reports naming both ports, and those naming only the local one (by device pair); shared ports left out."""
        full: list[tuple[_Port, _Port]] = []
        halves: dict[tuple[str, str], list[str]] = defaultdict(list)  # (local, peer) -> local interfaces
        for local, ifname, peer, peer_if in dict.fromkeys(resolved):  # each distinct report once, in order
            here = (local, self.canon(local, ifname))
            there = (peer, self.canon(peer, peer_if)) if peer_if is not None else None
            if here in shared or there in shared:
                continue
            if there is None:
                halves[(local, peer)].append(here[1])
            else:
                full.append((here, there))
        return full, halves

    def add(self, ends: list[_Port], a: str, b: str) -> None:
        """Add the link between ``a`` and ``b`` on the interfaces in ``ends``, found by LLDP."""
        self.topology.add_link(a, b, interfaces=dict(ends), discovered_by="lldp")
        for node, ifname in ends:
            self.taken[(node, ifname)] = b if node == a else a
        self.summary.added += 1

    def add_full(self, full: list[tuple[_Port, _Port]]) -> None:
        """Links with both ports known: new ones added, existing ones confirmed, clashes counted as conflicts."""
        done: set[frozenset[_Port]] = set()
        for here, there in full:
            pair = frozenset((here, there))
            if pair in done:
                continue  # the same link, reported from its other end
            done.add(pair)
            if pair in self.existing:
                self.summary.confirmed += 1
            elif here in self.taken or there in self.taken:
                self.summary.conflicts.append(f"{here[0]}:{here[1]} -- {there[0]}:{there[1]}")
            else:
                self.add([here, there], here[0], there[0])

    def add_halves(self, halves: dict[tuple[str, str], list[str]]) -> None:
        """Links known from one end only: paired with the one report back when there is one, else half-known."""
        for (local, peer), ports in sorted(halves.items()):
            ports = [p for p in ports if not _covered(local, p, peer, self.taken, self.summary)]
            if not ports:
                continue
            back = [p for p in halves.get((peer, local), []) if (peer, p) not in self.taken]
            if len(ports) == 1 and len(back) == 1:
                self.add([(local, ports[0]), (peer, back[0])], local, peer)  # one each way: the same cable
            else:
                for ifname in ports:
                    self.add([(local, ifname)], local, peer)


def _covered(local: str, ifname: str, peer: str, taken: dict[tuple[str, str], str], summary: LldpMerge) -> bool:
    """Whether a report without the peer's port is already a link (counted) or conflicts with one."""
    owner = taken.get((local, ifname))
    if owner is None:
        return False
    if owner != peer:
        summary.conflicts.append(f"{local}:{ifname} -- {peer}")
    return True


def _some(items: list[str], limit: int = 5) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def _warn(summary: LldpMerge, source: str) -> None:
    """One warning line per kind of skipped report, so nothing is dropped silently."""
    if summary.unknown:
        count = sum(summary.unknown.values())
        names = [f"{name} ({n})" if n > 1 else name for name, n in summary.unknown.most_common()]
        _log.warning(
            "netops: %s: skipped %d LLDP report%s naming a device not in the topology (or several of its devices): %s",
            source, count, "" if count == 1 else "s", _some(names),
        )
    if summary.conflicts:
        _log.warning(
            "netops: %s: %d LLDP link%s not added, an interface already has another link: %s",
            source, len(summary.conflicts), "" if len(summary.conflicts) == 1 else "s", _some(summary.conflicts),
        )
    if summary.shared:
        _log.warning(
            "netops: %s: no link for %d interface%s with several LLDP neighbours: %s",
            source, len(summary.shared), "" if len(summary.shared) == 1 else "s", _some(summary.shared),
        )
