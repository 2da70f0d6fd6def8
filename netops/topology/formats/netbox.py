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

Each section may be a plain list or an API page (``{"count": ..,
"results": [...]}``); YAML with the same structure is read too. Older
exports' ``termination_a``/``termination_b`` (with ``termination_a_type``)
and hand-made terminations ``{"device": "r1", "interface": "eth1"}`` work.

Devices
    become nodes named by ``name`` (unnamed devices are an error: name them
    or drop them from the export). Reference objects are flattened to one
    value: ``slug`` when present, else ``value`` (choices such as
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
    (circuits, front/rear ports, power, console) and cables looping back to
    the same device are not links; their ids (or labels) are listed in the
    graph attribute ``netbox_skipped_cables``. Interfaces without a cable are
    checked (their device must exist) but not stored. Other top-level keys
    of the export are kept as graph attributes.
"""

from __future__ import annotations

import re
from typing import Any

from netops.topology.formats.guards import brief
from netops.topology.formats.node_link import load_located_json
from netops.topology.formats.yaml_lines import load_located
from netops.topology.model import INTERFACES, Topology

__all__ = ["EXTENSIONS", "NAME", "read", "sniff", "write"]

NAME = "netbox"
EXTENSIONS = (".netbox.json", ".netbox.yaml", ".netbox.yml")
write = None

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


def _section(doc: Any, data: dict[str, Any], key: str) -> tuple[list[Any], tuple[str, ...]]:
    raw = data.get(key)
    if raw is None:
        return [], (key,)
    if isinstance(raw, dict) and "results" in raw:
        raw, where = raw["results"], (key, "results")
    else:
        where = (key,)
    if not isinstance(raw, list):
        raise doc.error(f"'{key}' must be a list (or an API page with 'results')", *where)
    return raw, where


def read(text: str, path: str) -> Topology:
    """Parse a NetBox export into a Topology (errors carry ``path:line``)."""
    if text.lstrip("\ufeff \t\r\n").startswith(("{", "[")):
        doc: Any = load_located_json(text, path)
    else:
        doc = load_located(text, path)
    data = doc.data
    if not isinstance(data, dict) or "devices" not in data:
        raise doc.error("a NetBox export must be a mapping with 'devices' (and 'interfaces', 'cables')")
    devices, dwhere = _section(doc, data, "devices")
    interfaces, iwhere = _section(doc, data, "interfaces")
    cables, cwhere = _section(doc, data, "cables")
    name = data.get("name")
    topology = Topology(name=name if isinstance(name, str) else "")
    graph = topology.graph
    graph.graph.update({k: v for k, v in data.items() if k not in ("devices", "interfaces", "cables")})

    by_id: dict[Any, str] = {}
    for index, device in enumerate(devices):
        where = (*dwhere, index)
        if not isinstance(device, dict):
            raise doc.error("each device must be a mapping", *where)
        node = device.get("name")
        if node is None:
            ident = f" (NetBox id {device['id']})" if "id" in device else ""
            raise doc.error(f"device{ident} has no name; netops needs named devices", *where)
        if not isinstance(node, str) or not node.strip():
            raise doc.error(f"device name must be a non-empty string, got {brief(node)}", *where)
        if node in graph:
            raise doc.error(f"duplicate device name {brief(node)} (NetBox names are unique per site only)", *where)
        graph.add_node(node)
        graph.nodes[node].update(_device_attrs(device))
        if "id" in device:
            by_id[device["id"]] = node

    def device_name(ref: Any, where: tuple[Any, ...]) -> str:
        if isinstance(ref, dict):
            name = ref.get("name")
            if name is None and "id" in ref:
                name = by_id.get(ref["id"])
        elif isinstance(ref, str):
            name = ref
        elif isinstance(ref, int) and not isinstance(ref, bool):
            name = by_id.get(ref)
        else:
            name = None
        if not isinstance(name, str) or name not in graph:
            shown = ref.get("name", ref.get("id")) if isinstance(ref, dict) else ref
            raise doc.error(f"device {brief(shown)} is not in 'devices'", *where)
        return name

    ports: dict[tuple[str, str], dict[str, Any]] = {}
    port_by_id: dict[Any, tuple[str, str]] = {}
    for index, interface in enumerate(interfaces):
        where = (*iwhere, index)
        if not isinstance(interface, dict):
            raise doc.error("each interface must be a mapping", *where)
        if "device" not in interface:
            raise doc.error("interface has no 'device'", *where)
        node = device_name(interface["device"], (*where, "device"))
        ifname = interface.get("name")
        if not isinstance(ifname, str) or not ifname:
            raise doc.error(f"interface name must be a non-empty string, got {brief(ifname)}", *where)
        if (node, ifname) in ports:
            raise doc.error(f"duplicate interface {node}:{ifname}", *where)
        attrs = {k: _field(k, v) for k, v in interface.items() if k not in _IFACE_NOISE}
        if "id" in interface:
            attrs["netbox_id"] = interface["id"]
            port_by_id[interface["id"]] = (node, ifname)
        if "speed" in attrs:
            attrs["speed"] = _mbps(attrs["speed"])
        ports[(node, ifname)] = attrs

    def termination(raw: Any, kind: Any, where: tuple[Any, ...]) -> tuple[str, str] | None:
        if not isinstance(raw, dict):
            raise doc.error("a cable termination must be a mapping", *where)
        kind = raw.get("object_type", raw.get("termination_type", kind))
        if kind is not None and kind != "dcim.interface":
            return None
        obj = raw.get("object", raw)
        if not isinstance(obj, dict):
            raise doc.error("a cable termination 'object' must be a mapping", *where)
        if "device" in obj and ("interface" in obj or "name" in obj):
            node = device_name(obj["device"], where)
            ifname = obj.get("interface", obj.get("name"))
            if isinstance(ifname, dict):
                ifname = ifname.get("name")
            if not isinstance(ifname, str) or not ifname:
                raise doc.error(f"interface name must be a non-empty string, got {brief(ifname)}", *where)
            return node, ifname
        ident = raw.get("object_id", obj.get("id"))
        if ident in port_by_id:
            return port_by_id[ident]
        raise doc.error("cannot tell which device interface this cable end is (no device/name, unknown id)", *where)

    used: dict[tuple[str, str], int] = {}
    skipped: list[Any] = []
    for index, cable in enumerate(cables):
        where = (*cwhere, index)
        if not isinstance(cable, dict):
            raise doc.error("each cable must be a mapping", *where)
        sides: list[list[tuple[str, str] | None]] = []
        for side in ("a", "b"):
            terms = cable.get(f"{side}_terminations")
            kind = None
            if terms is None and cable.get(f"termination_{side}") is not None:
                terms = [cable[f"termination_{side}"]]
                kind = cable.get(f"termination_{side}_type")
                spots: list[tuple[Any, ...]] = [(*where, f"termination_{side}")]
            else:
                if not isinstance(terms, list) or not terms:
                    raise doc.error(f"cable has no {side.upper()} side terminations", *where)
                spots = [(*where, f"{side}_terminations", i) for i in range(len(terms))]
            sides.append([termination(t, kind, spot) for t, spot in zip(terms, spots)])
        label = cable.get("id", cable.get("label"))
        a_side, b_side = sides
        if any(t is None for t in a_side + b_side):
            skipped.append(label)
            continue
        if len(a_side) != len(b_side):
            raise doc.error(
                f"cable has {len(a_side)} A-side and {len(b_side)} B-side interfaces; netops needs pairs", *where
            )
        attrs_base = {k: _field(k, v) for k, v in cable.items() if k not in _CABLE_SKIP}
        if "id" in cable:
            attrs_base["netbox_id"] = cable["id"]
        for (a, ia), (b, ib) in zip(a_side, b_side):  # type: ignore[misc]
            if a == b:
                skipped.append(label)
                continue
            for port in ((a, ia), (b, ib)):
                if port in used:
                    first = doc.line_of(*cwhere, used[port])
                    raise doc.error(
                        f"interface {port[0]}:{port[1]} is already used by the cable on line {first}", *where
                    )
                used[port] = index
            attrs = dict(attrs_base)
            attrs[INTERFACES] = {a: ia, b: ib}
            details = {node: dict(ports[(node, ifname)]) for node, ifname in ((a, ia), (b, ib)) if (node, ifname) in ports}
            if details:
                attrs["interface_attrs"] = details
                speeds = [d["speed"] for d in details.values() if isinstance(d.get("speed"), (int, float))
                          and not isinstance(d.get("speed"), bool)]
                if speeds and "speed" not in attrs:
                    attrs["speed"] = min(speeds)
            key = graph.add_edge(a, b)
            graph.edges[a, b, key].update(attrs)
    if skipped:
        graph.graph["netbox_skipped_cables"] = skipped
    return topology
