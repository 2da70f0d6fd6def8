"""NetBox exports (read-only): devices, interfaces and cables as JSON or YAML.

::

    {
      "devices": [
        {"id": 1, "name": "ams-leaf1",
         "role": {"id": 3, "name": "Leaf", "slug": "leaf"},
         "device_type": {"model": "DCS-7050SX3", "manufacturer": {"name": "Arista", "slug": "arista"}},
         "site": {"name": "AMS1", "slug": "ams1"}, "platform": {"slug": "eos"},
         "rack": {"name": "R01"}, "status": {"value": "active", "label": "Active"},
         "primary_ip": {"address": "10.0.0.11/32"}, "serial": "JPE123",
         "tags": [{"name": "Fabric", "slug": "fabric"}], "custom_fields": {"owner": "netops"}}
      ],
      "interfaces": [
        {"id": 11, "device": {"id": 1, "name": "ams-leaf1"}, "name": "Ethernet49",
         "type": {"value": "100gbase-x-qsfp28"}, "speed": 100000000, "enabled": true, "mtu": 9214}
      ],
      "cables": [
        {"id": 7, "type": "smf", "status": {"value": "connected"}, "label": "C-0007",
         "a_terminations": [{"object_type": "dcim.interface", "object_id": 11,
                             "object": {"device": {"name": "ams-leaf1"}, "name": "Ethernet49"}}],
         "b_terminations": [{"object_type": "dcim.interface",
                             "object": {"device": {"name": "ams-spine1"}, "name": "Ethernet1"}}]}
      ]
    }

Each section may be a plain list or a complete API answer (``{"count":
.., "next": null, "results": [...]}``); YAML with the same structure is read
too. One page of a longer answer (``next`` or ``previous`` set, or fewer
``results`` than ``count``) is refused, naming what is missing: reading it
would silently drop devices. Older exports' ``termination_a``/
``termination_b`` (with ``termination_a_type``) and hand-made terminations
``{"device": "r1", "interface": "eth1"}`` work. How to produce an export:
see the README (section "NetBox exports").

Devices
    become nodes named by ``name``. Unnamed devices (NetBox allows them;
    patch panels and other passive gear are often left unnamed) are skipped
    with their interfaces and the cables to them, and one warning on the
    ``netops.topology`` logger counts them; their ids are listed in the graph
    attribute ``netbox_unnamed_devices``. They are skipped rather than named
    from their id because a made-up name such as ``device-41`` would reach
    questions and answers as if it were real. NetBox names are unique per
    site only: a name used at several sites becomes ``name@site`` (site
    slug) for each of its devices, the plain name is kept as
    ``netbox_name``, and one warning says so. References to devices are
    resolved by NetBox id first, so cables still find the right one; a
    reference by a repeated name alone is an error.

    Device fields: reference objects are flattened to one value: ``slug``
    when present, else ``value`` (choices such as
    ``status``), ``address`` (IP addresses), ``name``, ``model``, ``label``,
    ``display``. So ``role``/``device_role`` -> ``role`` (``"leaf"``),
    ``device_type`` -> ``model`` (its ``model``) and ``vendor`` (its
    manufacturer), ``site``, ``platform``, ``tenant``, ``rack``, ``status``,
    ``primary_ip``/``primary_ip4``/``primary_ip6`` (``"10.0.0.11/32"``),
    ``tags`` (list of slugs). NetBox's ``id`` is kept as ``netbox_id``;
    ``custom_fields``, ``config_context`` and ``local_context_data`` are kept
    as mappings; API noise (``url``, ``display``, ``created``,
    ``last_updated``) is dropped; every other field is kept, flattened if it
    is a reference object.

Cables
    between two device interfaces become links with ``interfaces`` =
    ``{device: interface}``; the cable's fields are link attributes
    (``type``, ``status``, ``label``, ``color``, ``length``, ``netbox_id``,
    ...). The attributes of the two interfaces (from ``interfaces``) are kept
    per side in ``interface_attrs`` = ``{device: {"type": ..., "speed": ...,
    "enabled": ..., "mtu": ...}}``; speeds are converted from NetBox's kb/s
    to Mb/s, netops' unit, and the link gets ``speed`` = the slower side's.
    A cable with several terminations per side becomes one link per pair
    (the counts must match). Cables to anything but device interfaces
    (circuits, front/rear ports, power, console), to unnamed devices, and
    cables looping back to the same device are not links themselves; their
    ids (or labels) are listed in the graph attribute
    ``netbox_skipped_cables``. Interfaces without a cable are checked (their
    device must exist) but not stored. Other top-level keys of the export
    are kept as graph attributes.

Traced connections
    Most cables in a data centre end on a patch panel, and sites are joined
    by circuits, so cables alone leave a fabric half-connected. NetBox traces
    each interface's whole cable path and reports its far end in
    ``connected_endpoints``; when that far end is one interface of a device
    in the export, and neither interface already has a cable link, the two
    become a link with ``netbox_path: "traced"`` (plus ``interface_attrs``
    and ``speed`` as for cables, and ``circuit`` = the circuit id when one
    of the two interfaces is cabled to a circuit termination). Paths NetBox
    marks unreachable (``connected_endpoints_reachable: false``: a planned
    or decommissioning cable on the way) are not links, and neither are far
    ends on devices missing from the export (a site-filtered export); their
    cables are still listed in ``netbox_skipped_cables``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Any

from netops.topology.formats.guards import brief
from netops.topology.formats.node_link import load_located_json
from netops.topology.formats.yaml_lines import load_located
from netops.topology.model import INTERFACES, Topology

__all__ = ["EXTENSIONS", "NAME", "read", "sniff", "write"]

NAME = "netbox"
EXTENSIONS = (".netbox.json", ".netbox.yaml", ".netbox.yml")
write = None

_log = logging.getLogger("netops.topology")

_PREFERRED = ("slug", "value", "address", "name", "model", "label", "display")
_REFERENCES = {
    "role", "device_role", "site", "platform", "tenant", "location", "rack", "status", "cluster",
    "virtual_chassis", "parent_device", "primary_ip", "primary_ip4", "primary_ip6", "oob_ip",
    "face", "airflow", "config_template", "region", "site_group", "tenant_group", "manufacturer",
    "type", "mode", "lag", "parent", "bridge", "vrf", "untagged_vlan", "length_unit", "poe_mode",
    "poe_type", "rf_role", "duplex",
}
_KEEP_WHOLE = {"custom_fields", "config_context", "local_context_data"}
_NOISE = {"url", "display", "display_url", "created", "last_updated", "_depth", "_occupied"}
_IFACE_NOISE = _NOISE | {
    "id", "device", "module", "name", "cable", "cable_end", "link_peers", "link_peers_type",
    "connected_endpoints", "connected_endpoints_type", "connected_endpoints_reachable",
    "mark_connected", "count_ipaddresses", "count_fhrp_groups",
}
_CABLE_SKIP = _NOISE | {
    "a_terminations", "b_terminations", "termination_a", "termination_b",
    "termination_a_type", "termination_b_type", "termination_a_id", "termination_b_id", "id",
}


def sniff(text: str) -> bool:
    """Return True for JSON or YAML with a top-level ``devices`` list and NetBox fields."""
    head = text[:20000]
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        return '"devices"' in head and any(
            f'"{word}"' in head for word in ("cables", "interfaces", "device_type", "device_role")
        )
    return re.search(r"(?m)^devices:", head) is not None and (
        re.search(r"(?m)^(cables|interfaces):", head) is not None or "device_type" in head
    )


def _flat(value: Any) -> Any:
    """Flatten a NetBox reference object (``{"id":.., "slug":..}``) to one value."""
    if isinstance(value, dict):
        for key in _PREFERRED:
            if key in value and not isinstance(value[key], (dict, list)):
                return value[key]
        return value
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return [_flat(v) for v in value]
    return value


def _looks_like_reference(value: Any) -> bool:
    return isinstance(value, dict) and "id" in value and any(k in value for k in _PREFERRED)


def _field(key: str, value: Any) -> Any:
    if key in _KEEP_WHOLE:
        return value
    if key in _REFERENCES or key == "tags" or _looks_like_reference(value):
        return _flat(value)
    if isinstance(value, list) and value and all(_looks_like_reference(v) for v in value):
        return [_flat(v) for v in value]
    return value


def _mbps(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    return value // 1000 if isinstance(value, int) and value % 1000 == 0 else value / 1000


def _device_attrs(device: dict[str, Any]) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    for key, value in device.items():
        if key in _NOISE or key == "name":
            continue
        if key == "id":
            attrs["netbox_id"] = value
        elif key in ("role", "device_role"):
            if "role" not in attrs or value is not None:
                attrs["role"] = _flat(value)
        elif key == "device_type":
            if isinstance(value, dict):
                attrs["model"] = value.get("model", _flat(value))
                if "manufacturer" in value:
                    attrs["vendor"] = _flat(value["manufacturer"])
            else:
                attrs["model"] = value
        elif key == "manufacturer":
            attrs["vendor"] = _flat(value)
        else:
            attrs[key] = _field(key, value)
    return attrs


# What to do about a partial API answer, said in every such error.
_FETCH_ALL = (
    "fetch every page and join their 'results' (REST API: ?limit=0 where MAX_PAGE_SIZE allows, "
    "else follow 'next' until it is null; pynetbox's .all() does this); see the README's NetBox exports"
)
# Sentinels a cable termination resolves to when it is not a device interface.
_OTHER = "other"  # a circuit, front/rear port, power or console port: not a link end
_UNNAMED = "unnamed"  # an interface of a skipped unnamed device


def _partial_page(page: dict[str, Any]) -> str | None:
    """Why an API answer ``{"count", "next", "previous", "results"}`` is only part of the data, or None."""
    results = page.get("results")
    held = len(results) if isinstance(results, list) else 0
    count = page.get("count")
    total = count if isinstance(count, int) and not isinstance(count, bool) else None
    of = f"{held} of {total}" if total is not None else f"{held}"
    if page.get("next"):
        return f"it holds {of} results and more are at 'next' ({brief(page['next'], 120)})"
    if page.get("previous"):
        return f"it is a later page ({of} results; earlier ones are at 'previous')"
    if total is not None and total != held:
        return f"it holds {of} results"
    return None


def _section(doc: Any, data: dict[str, Any], key: str) -> tuple[list[Any], tuple[str, ...]]:
    raw = data.get(key)
    if raw is None:
        return [], (key,)
    where: tuple[str, ...] = (key,)
    if isinstance(raw, dict) and "results" in raw:
        # One page of a paginated answer would load without error and silently lack
        # most of the network, so anything short of the whole answer is refused.
        problem = _partial_page(raw)
        if problem is not None:
            spot = (key, "next") if raw.get("next") else (key,)
            raise doc.error(f"'{key}' is one page of a paginated API answer: {problem}; {_FETCH_ALL}", *spot)
        raw, where = raw["results"], (key, "results")
    if not isinstance(raw, list):
        raise doc.error(f"'{key}' must be a list (or an API page with 'results')", *where)
    return raw, where


def _circuit_id(raw: Any) -> str | None:
    """The circuit id (``cid``) of a cable termination on a circuit, if it says."""
    if not isinstance(raw, dict):
        return None
    obj = raw.get("object", raw)
    circuit = obj.get("circuit") if isinstance(obj, dict) else None
    cid = circuit.get("cid") if isinstance(circuit, dict) else circuit
    return cid if isinstance(cid, str) and cid else None


def _some(values: list[Any], limit: int = 5) -> str:
    """A short list for a warning: the first few values, then how many more."""
    shown = ", ".join(str(v) for v in values[:limit])
    return shown + (f" and {len(values) - limit} more" if len(values) > limit else "")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def read(text: str, path: str) -> Topology:
    """Parse a NetBox export into a Topology (errors carry ``path:line``)."""
    if text.lstrip("\ufeff \t\r\n").startswith(("{", "[")):
        doc: Any = load_located_json(text, path)
    else:
        doc = load_located(text, path)
    data = doc.data
    if isinstance(data, dict) and "devices" not in data and "results" in data:
        # The answer of one endpoint (curl .../api/dcim/devices/) instead of an export.
        partial = _partial_page(data)
        also = f"; and {partial}: {_FETCH_ALL}" if partial else " (see the README's NetBox exports)"
        raise doc.error(
            "this is one NetBox API answer ('results' of a single endpoint), not an export: put the devices, "
            f"interfaces and cables answers in one file under those keys{also}"
        )
    if not isinstance(data, dict) or "devices" not in data:
        raise doc.error("a NetBox export must be a mapping with 'devices' (and 'interfaces', 'cables')")
    name = data.get("name")
    topology = Topology(name=name if isinstance(name, str) else "")
    topology.graph.graph.update({k: v for k, v in data.items() if k not in ("devices", "interfaces", "cables")})
    reader = _Reader(doc, topology)
    reader.read_devices(*_section(doc, data, "devices"))
    reader.read_interfaces(*_section(doc, data, "interfaces"))
    reader.read_cables(*_section(doc, data, "cables"))
    reader.add_traced_links()
    reader.finish(path)
    return topology


class _Reader:
    """The state of one export being read: devices by id, interfaces, ports taken by links."""

    def __init__(self, doc: Any, topology: Topology) -> None:
        self.doc = doc
        self.graph = topology.graph
        self.by_id: dict[Any, str] = {}
        self.unnamed: list[Any] = []  # NetBox ids of the unnamed devices skipped
        self.unnamed_ids: set[Any] = set()
        self.repeated: set[str] = set()  # names used by several devices (at different sites)
        self.ports: dict[tuple[str, str], dict[str, Any]] = {}
        self.port_by_id: dict[Any, tuple[str, str]] = {}
        self.skipped_port_ids: set[Any] = set()  # interfaces of unnamed devices
        self.far_ends: list[tuple[tuple[str, str], Any, tuple[Any, ...]]] = []  # (port, traced far end, where)
        self.used: dict[tuple[str, str], int] = {}  # port -> index of the cable using it
        self.skipped: list[Any] = []
        self.to_unnamed = 0  # cables skipped because they reach an unnamed device
        self.circuit_of: dict[tuple[str, str], str] = {}  # interface -> circuit its cable lands on

    # -- devices ------------------------------------------------------------------

    def read_devices(self, devices: list[Any], dwhere: tuple[Any, ...]) -> None:
        """Add the named devices; two passes, as a repeated name changes every device that has it."""
        doc, graph = self.doc, self.graph
        named: list[tuple[tuple[Any, ...], dict[str, Any], str]] = []
        for index, device in enumerate(devices):
            where = (*dwhere, index)
            if not isinstance(device, dict):
                raise doc.error("each device must be a mapping", *where)
            node = device.get("name")
            if node is None:
                self.unnamed.append(device.get("id"))
                continue
            if not isinstance(node, str) or not node.strip():
                raise doc.error(f"device name must be a non-empty string, got {brief(node)}", *where)
            named.append((where, device, node))
        self.repeated = {node for node, count in Counter(n for _, _, n in named).items() if count > 1}
        self.unnamed_ids = {i for i in self.unnamed if _is_id(i)}
        seen: dict[str, tuple[Any, ...]] = {}  # name -> where its first device is
        second: dict[str, tuple[Any, ...]] = {}  # name -> where its second device is
        for where, _device, plain in named:
            (second if plain in seen else seen).setdefault(plain, where)
        for where, device, plain in named:
            node = plain
            if plain in self.repeated:
                # '@', not '/': "ams1/core1" would look like an interface name ("Gi1/0/1") to netops.
                site = _flat(device.get("site"))
                if not isinstance(site, str) or not site:
                    # Said at a repeat, where the name stops being unique (not at the first device).
                    raise doc.error(
                        f"duplicate device name {brief(plain)} (NetBox names are unique per site only, "
                        "and a device of that name has no site to tell them apart)",
                        *(second[plain] if where == seen[plain] else where),
                    )
                node = f"{plain}@{site}"
            if node in graph:
                raise doc.error(f"duplicate device name {brief(node)}", *where)
            graph.add_node(node)
            graph.nodes[node].update(_device_attrs(device))
            if node != plain:
                graph.nodes[node]["netbox_name"] = plain
            if "id" in device:
                self.by_id[device["id"]] = node

    def device_name(self, ref: Any, where: tuple[Any, ...], *, missing_ok: bool = False) -> str | None:
        """The node a device reference denotes; None for a skipped unnamed device.

        The NetBox id wins over the name: names repeat across sites, ids do not.
        """
        ident: Any = None
        name: Any = None
        if isinstance(ref, dict):
            ident, name = ref.get("id"), ref.get("name")
        elif isinstance(ref, str):
            name = ref
        elif isinstance(ref, int) and not isinstance(ref, bool):
            ident = ref
        if _is_id(ident):
            if ident in self.by_id:
                return self.by_id[ident]
            if ident in self.unnamed_ids:
                return None
        if isinstance(ref, dict) and "name" in ref and name is None and self.unnamed:
            return None  # {"name": null}: one of the unnamed devices
        if isinstance(name, str):
            if name in self.graph:
                return name
            if name in self.repeated:
                raise self.doc.error(
                    f"device name {brief(name)} is used at several sites; refer to the device by its NetBox id",
                    *where,
                )
        if missing_ok:
            return None
        shown = ref.get("name", ref.get("id")) if isinstance(ref, dict) else ref
        raise self.doc.error(f"device {brief(shown)} is not in 'devices'", *where)

    # -- interfaces -----------------------------------------------------------------

    def read_interfaces(self, interfaces: list[Any], iwhere: tuple[Any, ...]) -> None:
        """Keep each interface's attributes (and its traced far end) for the links that use it."""
        doc = self.doc
        for index, interface in enumerate(interfaces):
            where = (*iwhere, index)
            if not isinstance(interface, dict):
                raise doc.error("each interface must be a mapping", *where)
            if "device" not in interface:
                raise doc.error("interface has no 'device'", *where)
            node = self.device_name(interface["device"], (*where, "device"))
            if node is None:
                if _is_id(interface.get("id")):
                    self.skipped_port_ids.add(interface["id"])
                continue
            ifname = interface.get("name")
            if not isinstance(ifname, str) or not ifname:
                raise doc.error(f"interface name must be a non-empty string, got {brief(ifname)}", *where)
            if (node, ifname) in self.ports:
                raise doc.error(f"duplicate interface {node}:{ifname}", *where)
            attrs = {k: _field(k, v) for k, v in interface.items() if k not in _IFACE_NOISE}
            if "id" in interface:
                attrs["netbox_id"] = interface["id"]
                self.port_by_id[interface["id"]] = (node, ifname)
            if "speed" in attrs:
                attrs["speed"] = _mbps(attrs["speed"])
            self.ports[(node, ifname)] = attrs
            # NetBox's own trace of the cable path: kept when it ends on one interface and is live.
            far = interface.get("connected_endpoints")
            if (
                isinstance(far, list)
                and len(far) == 1
                and interface.get("connected_endpoints_type", "dcim.interface") == "dcim.interface"
                and interface.get("connected_endpoints_reachable") is not False
            ):
                self.far_ends.append(((node, ifname), far[0], (*where, "connected_endpoints", 0)))

    # -- cables -------------------------------------------------------------------

    def termination(self, raw: Any, kind: Any, where: tuple[Any, ...]) -> tuple[str, str] | str:
        """The (device, interface) a cable end is, or _OTHER / _UNNAMED when it is no link end."""
        doc = self.doc
        if not isinstance(raw, dict):
            raise doc.error("a cable termination must be a mapping", *where)
        kind = raw.get("object_type", raw.get("termination_type", kind))
        if kind is not None and kind != "dcim.interface":
            return _OTHER
        obj = raw.get("object", raw)
        if not isinstance(obj, dict):
            raise doc.error("a cable termination 'object' must be a mapping", *where)
        ident = raw.get("object_id", obj.get("id"))
        if _is_id(ident) and ident in self.skipped_port_ids:
            return _UNNAMED
        if "device" in obj and ("interface" in obj or "name" in obj):
            node = self.device_name(obj["device"], where)
            if node is None:
                return _UNNAMED
            ifname = obj.get("interface", obj.get("name"))
            if isinstance(ifname, dict):
                ifname = ifname.get("name")
            if not isinstance(ifname, str) or not ifname:
                raise doc.error(f"interface name must be a non-empty string, got {brief(ifname)}", *where)
            return node, ifname
        if _is_id(ident) and ident in self.port_by_id:
            return self.port_by_id[ident]
        raise doc.error("cannot tell which device interface this cable end is (no device/name, unknown id)", *where)

    def cable_ends(self, cable: dict[str, Any], where: tuple[Any, ...]) -> tuple[list[Any], list[Any], list[Any]]:
        """A cable's A-side and B-side ends (see termination) and its raw terminations."""
        sides: list[list[Any]] = []
        raw_ends: list[Any] = []
        for side in ("a", "b"):
            terms = cable.get(f"{side}_terminations")
            kind = None
            if terms is None and cable.get(f"termination_{side}") is not None:
                terms = [cable[f"termination_{side}"]]
                kind = cable.get(f"termination_{side}_type")
                spots: list[tuple[Any, ...]] = [(*where, f"termination_{side}")]
            else:
                if not isinstance(terms, list) or not terms:
                    raise self.doc.error(f"cable has no {side.upper()} side terminations", *where)
                spots = [(*where, f"{side}_terminations", i) for i in range(len(terms))]
            sides.append([self.termination(t, kind, spot) for t, spot in zip(terms, spots)])
            raw_ends.extend(terms)
        return sides[0], sides[1], raw_ends

    def read_cables(self, cables: list[Any], cwhere: tuple[Any, ...]) -> None:
        """Cables between two device interfaces become links; the others are listed as skipped."""
        doc = self.doc
        for index, cable in enumerate(cables):
            where = (*cwhere, index)
            if not isinstance(cable, dict):
                raise doc.error("each cable must be a mapping", *where)
            a_side, b_side, raw_ends = self.cable_ends(cable, where)
            label = cable.get("id", cable.get("label"))
            if not all(isinstance(t, tuple) for t in a_side + b_side):
                self.skipped.append(label)
                if _UNNAMED in a_side + b_side:
                    self.to_unnamed += 1
                # Remember the circuit an interface is cabled to, for the traced link across it.
                cid = next((c for c in map(_circuit_id, raw_ends) if c), None)
                for end in a_side + b_side:
                    if cid is not None and isinstance(end, tuple):
                        self.circuit_of[end] = cid
                continue
            if len(a_side) != len(b_side):
                raise doc.error(
                    f"cable has {len(a_side)} A-side and {len(b_side)} B-side interfaces; netops needs pairs", *where
                )
            attrs_base = {k: _field(k, v) for k, v in cable.items() if k not in _CABLE_SKIP}
            if "id" in cable:
                attrs_base["netbox_id"] = cable["id"]
            for (a, ia), (b, ib) in zip(a_side, b_side):
                if a == b:
                    self.skipped.append(label)
                    continue
                for port in ((a, ia), (b, ib)):
                    if port in self.used:
                        first = doc.line_of(*cwhere, self.used[port])
                        raise doc.error(
                            f"interface {port[0]}:{port[1]} is already used by the cable on line {first}", *where
                        )
                    self.used[port] = index
                self.add_link(a, ia, b, ib, dict(attrs_base))

    def add_link(self, a: str, ia: str, b: str, ib: str, attrs: dict[str, Any]) -> None:
        """Add a link with both interfaces' attributes and the slower side's speed."""
        attrs[INTERFACES] = {a: ia, b: ib}
        ends = ((a, ia), (b, ib))
        details = {node: dict(self.ports[(node, ifname)]) for node, ifname in ends if (node, ifname) in self.ports}
        if details:
            attrs["interface_attrs"] = details
            speeds = [d["speed"] for d in details.values() if isinstance(d.get("speed"), (int, float))
                      and not isinstance(d.get("speed"), bool)]
            if speeds and "speed" not in attrs:
                attrs["speed"] = min(speeds)
        key = self.graph.add_edge(a, b)
        self.graph.edges[a, b, key].update(attrs)

    # -- traced connections -----------------------------------------------------------

    def add_traced_links(self) -> None:
        """Links from NetBox's traced paths (patch panels, circuits) where no cable link has the ports.

        Each connection is listed by both of its ends; the first adds it and takes both ports.
        """
        taken = set(self.used)
        for here, far, where in self.far_ends:
            there: tuple[str, str] | None = None
            if isinstance(far, dict):
                ident = far.get("id")
                if _is_id(ident) and ident in self.port_by_id:
                    there = self.port_by_id[ident]
                elif isinstance(far.get("name"), str) and "device" in far:
                    node = self.device_name(far["device"], where, missing_ok=True)
                    there = (node, far["name"]) if node is not None else None
            if there is None or there[0] == here[0] or here in taken or there in taken:
                continue
            taken.update((here, there))
            attrs: dict[str, Any] = {"netbox_path": "traced"}
            cid = self.circuit_of.get(here) or self.circuit_of.get(there)
            if cid is not None:
                attrs["circuit"] = cid
            self.add_link(here[0], here[1], there[0], there[1], attrs)

    def finish(self, path: str) -> None:
        """Record what was skipped, and say once what an operator would otherwise not notice."""
        graph = self.graph
        if self.skipped:
            graph.graph["netbox_skipped_cables"] = self.skipped
        if self.unnamed:
            graph.graph["netbox_unnamed_devices"] = self.unnamed
            # A warning, not an error: unnamed patch panels are normal in NetBox.
            _log.warning(
                "netops: %s: skipped %s (NetBox id %s) and %s to them; name them in NetBox to keep them",
                path, _plural(len(self.unnamed), "unnamed device"), _some(self.unnamed),
                _plural(self.to_unnamed, "cable"),
            )
        if self.repeated:
            renamed = sorted(n for n, attrs in graph.nodes(data=True) if attrs.get("netbox_name") in self.repeated)
            _log.warning(
                "netops: %s: %s used at several sites, so those devices are named NAME@SITE (%s)",
                path, _plural(len(self.repeated), "device name"), _some(renamed),
            )


def _is_id(value: Any) -> bool:
    """Whether ``value`` can be a NetBox id (and a dict key): an int or a string, not a bool."""
    return isinstance(value, (int, str)) and not isinstance(value, bool)
