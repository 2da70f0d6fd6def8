"""Synthetic topologies: fabrics for scale work and the sample networks in ``topologies/``.

Every generator is deterministic: the same arguments give the same devices,
links and attributes in the same order, so a file written from one is
byte-identical every time. Where a sample needs variety (serial numbers,
utilization, latency jitter) it draws from a private ``random.Random(seed)``,
never from the global generator.

The samples follow the attribute conventions that examples and evaluations
rely on:

devices
    ``role`` (core, distribution, access, spine, leaf, border, host, firewall,
    router, wlc, server, ap, aggregation, edge), ``site``, ``vendor``,
    ``model``, ``os_version``, ``mgmt_ip``, ``rack``, ``asn``, ``serial``,
    ``status`` (``active`` or ``maintenance``);
links
    ``speed`` (Mb/s, int), ``latency_ms`` (float), ``status`` (``up`` or
    ``down``), ``utilization`` (fraction 0..1), ``kind`` (fabric, wan, access,
    uplink, mgmt), ``mtu``, and for WAN circuits ``circuit_id`` and
    ``provider``; interface names per vendor in the ``interfaces`` map.

Examples
--------
>>> topo = fat_tree(4)
>>> topo.number_of_devices(), topo.number_of_links()
(36, 48)
>>> fabric = leaf_spine(2, 4, 2)
>>> sorted(fabric.counts_by("role").items())
[('host', 8), ('leaf', 4), ('spine', 2)]
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import networkx as nx

from netops.errors import UsageError
from netops.topology.model import INTERFACES, Topology

__all__ = [
    "MAX_FAT_TREE_K",
    "MAX_DEVICES",
    "CAMPUS_SEED",
    "DC_FABRIC_SEED",
    "fat_tree",
    "leaf_spine",
    "campus",
    "dc_fabric",
    "SAMPLES",
]

#: Largest radix ``fat_tree`` accepts (k=64: 5,120 switches, 65,536 hosts).
MAX_FAT_TREE_K = 64

#: Most devices ``leaf_spine`` will build in one topology.
MAX_DEVICES = 250_000

#: Seed of the committed ``topologies/campus.yaml``.
CAMPUS_SEED = 20240611

#: Seed of the committed ``topologies/dc-fabric.yaml``.
DC_FABRIC_SEED = 20240612

# Current network OS per vendor family in the samples; anything else is outdated.
_EOS = "4.31.2F"
_EOS_OLD = "4.28.3M"
_NXOS = "10.3(4a)"
_JUNOS = "22.4R3-S1"
_JUNOS_OLD = "20.4R3-S2"
_IOSXE = "17.9.4a"
_IOSXE_OLD = "16.12.4"
_AOSCX = "10.13.1000"
_PANOS = "10.2.9"
_WLC = "17.9.4a"


# -- argument checks -----------------------------------------------------------------


def _require_int(name: str, value: Any, minimum: int, maximum: int | None = None) -> int:
    """Return ``value`` if it is an int within bounds, else raise ``UsageError``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise UsageError(f"{name} must be an integer, got {value!r}")
    if value < minimum:
        raise UsageError(f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise UsageError(f"{name} must be at most {maximum}, got {value}")
    return value


def _require_name(name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise UsageError(f"{name} must be a non-empty string, got {value!r}")
    return value


# -- synthetic fabrics ---------------------------------------------------------------


def fat_tree(
    k: int,
    *,
    site: str = "dc1",
    speed: int = 100_000,
    host_speed: int = 25_000,
) -> Topology:
    """Build a k-ary fat-tree (Al-Fares et al., 2008) of switches and hosts.

    There are ``k`` pods, each with ``k/2`` aggregation and ``k/2`` edge
    switches; ``(k/2)**2`` core switches; each edge switch serves ``k/2``
    hosts, ``k**3/4`` hosts in all. Every switch uses exactly ``k`` ports,
    named ``Ethernet1`` .. ``Ethernet<k>`` (down-facing ports first); hosts
    use ``eth0``. Core switch ``i`` (counting from 0) connects to aggregation
    switch ``i // (k/2) + 1`` of every pod, on its port numbered by the pod.

    Parameters
    ----------
    k : int
        Switch radix: even and at least 2, at most ``MAX_FAT_TREE_K``.
        ``k=32`` gives 1,280 switches and 8,192 hosts.
    site : str
        Value of every device's ``site`` attribute.
    speed : int
        Speed of switch-to-switch links in Mb/s.
    host_speed : int
        Speed of host links in Mb/s.

    Returns
    -------
    Topology
        Devices named ``core<n>``, ``pod<p>-agg<a>``, ``pod<p>-edge<e>`` and
        ``pod<p>-host<h>`` with ``role`` (core, aggregation, edge, host),
        ``site`` and (except cores) ``pod``; links with ``speed``,
        ``status`` ``up``, ``kind`` (``fabric`` or ``access``) and interfaces.

    Raises
    ------
    netops.errors.UsageError
        If ``k`` is not an even integer between 2 and ``MAX_FAT_TREE_K``, or
        a speed is not a positive integer.

    Examples
    --------
    >>> topo = fat_tree(4)
    >>> sorted(topo.counts_by("role").items())
    [('aggregation', 8), ('core', 4), ('edge', 8), ('host', 16)]
    >>> topo.graph.degree("core1"), topo.graph.degree("pod2-edge1")
    (4, 4)
    >>> topo.interface_of("pod1-edge1", "pod1-agg2", 0, "pod1-edge1")
    'Ethernet4'
    >>> fat_tree(3)
    Traceback (most recent call last):
    ...
    netops.errors.UsageError: k must be even (a fat-tree splits each switch's ports in half), got 3
    """
    _require_int("k", k, 2, MAX_FAT_TREE_K)
    if k % 2:
        raise UsageError(f"k must be even (a fat-tree splits each switch's ports in half), got {k}")
    _require_name("site", site)
    _require_int("speed", speed, 1)
    _require_int("host_speed", host_speed, 1)
    half = k // 2

    graph = nx.MultiGraph()
    graph.graph.update(
        name=f"fat-tree-k{k}",
        description=f"{k}-ary fat-tree: {half * half} core, {k * half} aggregation, "
        f"{k * half} edge switches, {k * half * half} hosts",
    )
    switch = {"vendor": "arista", "model": "DCS-7060DX5-64S", "os_version": _EOS}
    cores = [f"core{i + 1}" for i in range(half * half)]
    graph.add_nodes_from((name, {"role": "core", "site": site, **switch}) for name in cores)

    def fabric(a: str, ia: str, b: str, ib: str) -> tuple[str, str, dict[str, Any]]:
        return a, b, {"speed": speed, "status": "up", "kind": "fabric", INTERFACES: {a: ia, b: ib}}

    for pod in range(1, k + 1):
        aggs = [f"pod{pod}-agg{a + 1}" for a in range(half)]
        edges = [f"pod{pod}-edge{e + 1}" for e in range(half)]
        graph.add_nodes_from((n, {"role": "aggregation", "site": site, "pod": pod, **switch}) for n in aggs)
        graph.add_nodes_from((n, {"role": "edge", "site": site, "pod": pod, **switch}) for n in edges)
        links = []
        for a, agg in enumerate(aggs):
            for j in range(half):
                core = cores[a * half + j]
                links.append(fabric(agg, f"Ethernet{half + j + 1}", core, f"Ethernet{pod}"))
            for e, edge in enumerate(edges):
                links.append(fabric(edge, f"Ethernet{half + a + 1}", agg, f"Ethernet{e + 1}"))
        host_number = 0
        for edge in edges:
            for h in range(half):
                host_number += 1
                host = f"pod{pod}-host{host_number}"
                graph.add_node(host, role="host", site=site, pod=pod)
                links.append(
                    (
                        edge,
                        host,
                        {
                            "speed": host_speed,
                            "status": "up",
                            "kind": "access",
                            INTERFACES: {edge: f"Ethernet{h + 1}", host: "eth0"},
                        },
                    )
                )
        graph.add_edges_from(links)
    return Topology(graph, name=f"fat-tree-k{k}")


def leaf_spine(
    spines: int,
    leaves: int,
    hosts_per_leaf: int = 0,
    *,
    uplinks: int = 1,
    site: str = "dc1",
    speed: int = 100_000,
    host_speed: int = 25_000,
    asn_base: int = 65000,
) -> Topology:
    """Build a two-tier leaf-spine fabric: every leaf connects to every spine.

    Leaves are Arista-style: host ports ``Ethernet1`` upwards, uplinks after
    port 48 (or after the last host port when a leaf has more than 48 hosts).
    Spine ports are numbered by leaf. With ``uplinks`` > 1 each leaf-spine
    pair has that many parallel links. Spines share ``asn_base``; leaf ``n``
    has ASN ``asn_base + n`` (an eBGP fabric).

    Parameters
    ----------
    spines : int
        Number of spine switches (at least 1).
    leaves : int
        Number of leaf switches (at least 1).
    hosts_per_leaf : int
        Hosts attached to each leaf (0 or more).
    uplinks : int
        Parallel links between each leaf and each spine (at least 1).
    site : str
        Value of every device's ``site`` attribute.
    speed : int
        Speed of leaf-spine links in Mb/s.
    host_speed : int
        Speed of host links in Mb/s.
    asn_base : int
        ASN of the spines; leaves count up from it.

    Returns
    -------
    Topology
        Devices ``spine<n>``, ``leaf<n>`` (with ``rack`` ``rack<n>`` and
        ``asn``) and ``host<n>`` (numbered across the fabric, in their leaf's
        rack), all with ``role`` and ``site``.

    Raises
    ------
    netops.errors.UsageError
        If a count is out of range or the fabric would exceed ``MAX_DEVICES``.

    Examples
    --------
    >>> topo = leaf_spine(2, 4, 2)
    >>> topo.number_of_devices(), topo.number_of_links()
    (14, 16)
    >>> topo.interface_of("leaf1", "spine2", 0, "leaf1")
    'Ethernet50'
    >>> topo.graph.nodes["host3"]["rack"]
    'rack2'
    >>> leaf_spine(2, 2, uplinks=2).graph.number_of_edges("leaf1", "spine1")
    2
    """
    _require_int("spines", spines, 1)
    _require_int("leaves", leaves, 1)
    _require_int("hosts_per_leaf", hosts_per_leaf, 0)
    _require_int("uplinks", uplinks, 1, 16)
    _require_name("site", site)
    _require_int("speed", speed, 1)
    _require_int("host_speed", host_speed, 1)
    _require_int("asn_base", asn_base, 1, 4_294_967_295 - leaves)
    total = spines + leaves * (1 + hosts_per_leaf)
    if total > MAX_DEVICES:
        raise UsageError(
            f"a fabric of {total:,} devices is larger than the limit of {MAX_DEVICES:,}",
            hint="use fewer leaves or hosts per leaf",
        )

    graph = nx.MultiGraph()
    graph.graph.update(
        name=f"leaf-spine-{spines}x{leaves}",
        description=f"leaf-spine fabric: {spines} spines, {leaves} leaves, {hosts_per_leaf} hosts per leaf",
    )
    common = {"site": site, "vendor": "arista", "os_version": _EOS}
    spine_names = [f"spine{s + 1}" for s in range(spines)]
    graph.add_nodes_from(
        (n, {"role": "spine", **common, "model": "DCS-7280CR3-32P4", "asn": asn_base}) for n in spine_names
    )
    first_uplink = max(48, hosts_per_leaf) + 1
    links = []
    host_number = 0
    for index in range(leaves):
        leaf = f"leaf{index + 1}"
        rack = f"rack{index + 1}"
        graph.add_node(
            leaf, role="leaf", **common, model="DCS-7050SX3-48YC8", rack=rack, asn=asn_base + index + 1
        )
        for s, spine in enumerate(spine_names):
            for c in range(uplinks):
                leaf_port = f"Ethernet{first_uplink + s * uplinks + c}"
                spine_port = f"Ethernet{index * uplinks + c + 1}"
                links.append(
                    (
                        leaf,
                        spine,
                        {
                            "speed": speed,
                            "status": "up",
                            "kind": "fabric",
                            INTERFACES: {leaf: leaf_port, spine: spine_port},
                        },
                    )
                )
        for h in range(hosts_per_leaf):
            host_number += 1
            host = f"host{host_number}"
            graph.add_node(host, role="host", site=site, rack=rack)
            links.append(
                (
                    leaf,
                    host,
                    {
                        "speed": host_speed,
                        "status": "up",
                        "kind": "access",
                        INTERFACES: {leaf: f"Ethernet{h + 1}", host: "eth0"},
                    },
                )
            )
    graph.add_edges_from(links)
    return Topology(graph, name=graph.graph["name"])


# -- the sample networks ---------------------------------------------------------------

_SERIAL_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _serial(rng: random.Random, vendor: str) -> str:
    """A plausible serial number in the vendor's usual shape."""
    digits = "".join(rng.choice("0123456789") for _ in range(8))
    mixed = "".join(rng.choice(_SERIAL_ALPHABET) for _ in range(8))
    if vendor == "arista":
        return f"JPE{digits}"
    if vendor == "cisco":
        return f"FDO{digits[:4]}{mixed[:4]}"
    if vendor == "juniper":
        return f"JN{mixed}{digits[:2]}"
    if vendor == "aruba":
        return f"SG{digits[:2]}{mixed[:6]}"
    if vendor == "paloalto":
        return f"0{digits}{digits[:4]}"
    if vendor == "dell":
        return mixed[:7]
    if vendor == "hpe":
        return f"CZJ{digits[:7]}"
    if vendor == "supermicro":
        return f"S{digits}{digits[:1]}"
    return mixed


class _Builder:
    """Adds devices and links to a topology with the sample conventions and a seeded RNG."""

    def __init__(self, topology: Topology, rng: random.Random) -> None:
        self.topology = topology
        self.rng = rng

    def device(self, name: str, **attrs: Any) -> None:
        """Add a device; a serial number is drawn for its vendor, ``status`` defaults to active."""
        status = attrs.pop("status", "active")
        attrs["serial"] = _serial(self.rng, attrs.get("vendor", ""))
        attrs["status"] = status
        self.topology.add_device(name, **attrs)

    def link(
        self,
        a: str,
        ia: str,
        b: str,
        ib: str,
        *,
        speed: int,
        kind: str,
        mtu: int,
        latency: tuple[float, float],
        utilization: tuple[float, float] | float,
        status: str = "up",
        **extra: Any,
    ) -> None:
        """Add a link; latency and utilization are drawn from the given ranges.

        A down link carries no traffic, so its utilization is 0.0.
        """
        latency_ms = round(self.rng.uniform(*latency), 3)
        if isinstance(utilization, tuple):
            load = round(self.rng.uniform(*utilization), 2)
        else:
            load = utilization
        if status == "down":
            load = 0.0
        self.topology.add_link(
            a,
            b,
            interfaces={a: ia, b: ib},
            speed=speed,
            latency_ms=latency_ms,
            status=status,
            utilization=load,
            kind=kind,
            mtu=mtu,
            **extra,
        )


def _invariant(rule_id: str, description: str, program: str, expect: str | bool) -> dict[str, Any]:
    return {"id": rule_id, "description": description, "program": program, "expect": expect}


_UNIQUE_MGMT_IP = _invariant(
    "unique-mgmt-ip",
    "no two devices share a management address",
    'ips = [d["mgmt_ip"] for n, d in G.nodes(data=True) if d.get("mgmt_ip")]; '
    "result = sorted(set(ip for ip in ips if ips.count(ip) > 1))",
    "empty",
)

_CONNECTED = _invariant(
    "connected",
    "every device can reach every other device",
    "result = nx.is_connected(G)",
    True,
)

_WAN_DOCUMENTED = _invariant(
    "wan-circuits-documented",
    "every WAN link names its circuit and provider",
    'result = [(u, v) for u, v, d in G.edges(data=True) if d.get("kind") == "wan" '
    'and not (d.get("circuit_id") and d.get("provider"))]',
    "empty",
)


def campus(seed: int = CAMPUS_SEED) -> Topology:
    """Build the campus sample: a two-building enterprise campus of 30 devices.

    Building ``north`` holds the core pair, the firewall, the WAN edge router,
    two wireless controllers, a server access switch with five servers, a
    distribution pair, five access switches and two access points; building
    ``south`` a distribution pair, four access switches (two of them Aruba)
    and three access points. Every device has ``site`` ``hq`` and a
    ``building``. Deliberate imperfections: the ``acc-s4`` to ``dist-s2``
    uplink is down, ``acc-n5`` runs an outdated IOS-XE, ``ap-s3`` is in
    maintenance, and the WAN edge link runs hot.

    Parameters
    ----------
    seed : int
        Seed for serial numbers, utilization and latency jitter;
        ``CAMPUS_SEED`` gives the committed ``topologies/campus.yaml``.

    Returns
    -------
    Topology
        With ``invariants`` the campus satisfies.

    Examples
    --------
    >>> topo = campus()
    >>> topo.number_of_devices()
    30
    >>> topo.counts_by("building")["south"]
    9
    >>> campus().graph.nodes["core1"] == topo.graph.nodes["core1"]
    True
    """
    _require_int("seed", seed, 0)
    rng = random.Random(seed)
    topo = Topology(name="campus")
    topo.graph.graph.update(
        name="campus",
        description="HQ campus: two buildings (north, south), collapsed services in north",
    )
    build = _Builder(topo, rng)
    addresses = iter(f"10.0.100.{n}" for n in range(11, 200))

    def cisco_switch(name: str, role: str, building: str, model: str, os_version: str = _IOSXE) -> None:
        build.device(
            name,
            role=role,
            site="hq",
            building=building,
            vendor="cisco",
            model=model,
            os_version=os_version,
            mgmt_ip=next(addresses),
        )

    # north: core, edge services, distribution, access
    cisco_switch("core1", "core", "north", "C9500-48Y4C")
    cisco_switch("core2", "core", "north", "C9500-48Y4C")
    build.device(
        "fw1", role="firewall", site="hq", building="north", vendor="paloalto", model="PA-3220",
        os_version=_PANOS, mgmt_ip=next(addresses),
    )
    build.device(
        "wan1", role="router", site="hq", building="north", vendor="cisco", model="ISR4451-X",
        os_version=_IOSXE, mgmt_ip=next(addresses), asn=64610,
    )
    for n in (1, 2):
        build.device(
            f"wlc{n}", role="wlc", site="hq", building="north", vendor="cisco", model="C9800-40",
            os_version=_WLC, mgmt_ip=next(addresses),
        )
    for n in (1, 2):
        cisco_switch(f"dist-n{n}", "distribution", "north", "C9500-24Y4C")
    for n in range(1, 6):
        cisco_switch(f"acc-n{n}", "access", "north", "C9300-48P", _IOSXE_OLD if n == 5 else _IOSXE)
    cisco_switch("acc-srv1", "access", "north", "C9300-24UX")
    servers = [("srv-dns1", "R450"), ("srv-dhcp1", "R450"), ("srv-radius1", "R450"), ("srv-ntp1", "R250"),
               ("srv-files1", "R750")]
    for name, model in servers:
        build.device(
            name, role="server", site="hq", building="north", vendor="dell", model=f"PowerEdge {model}",
            mgmt_ip=next(addresses),
        )
    # south: distribution, access (two Cisco, two Aruba)
    for n in (1, 2):
        cisco_switch(f"dist-s{n}", "distribution", "south", "C9500-24Y4C")
    for n in (1, 2):
        cisco_switch(f"acc-s{n}", "access", "south", "C9300-48P")
    for n in (3, 4):
        build.device(
            f"acc-s{n}", role="access", site="hq", building="south", vendor="aruba", model="6300M-48G",
            os_version=_AOSCX, mgmt_ip=next(addresses),
        )
    aps = [("ap-n1", "north"), ("ap-n2", "north"), ("ap-s1", "south"), ("ap-s2", "south"), ("ap-s3", "south")]
    for name, building in aps:
        attrs: dict[str, Any] = {}
        if name == "ap-s3":
            attrs["status"] = "maintenance"
        build.device(
            name, role="ap", site="hq", building=building, vendor="cisco", model="C9120AXI",
            os_version=_IOSXE, mgmt_ip=next(addresses), **attrs,
        )

    lan: dict[str, Any] = {"latency": (0.05, 0.2), "mtu": 9198}
    # core pair: two parallel 100G links
    for port in (51, 52):
        build.link("core1", f"HundredGigE1/0/{port}", "core2", f"HundredGigE1/0/{port}",
                   speed=100_000, kind="fabric", utilization=(0.05, 0.3), **lan)
    # core <-> distribution, distribution pairs
    for d, dist in enumerate(("dist-n1", "dist-n2", "dist-s1", "dist-s2")):
        for c, core in enumerate(("core1", "core2")):
            build.link(core, f"TwentyFiveGigE1/0/{d + 1}", dist, f"TwentyFiveGigE1/0/{23 + c}",
                       speed=25_000, kind="fabric", utilization=(0.1, 0.5), **lan)
    for pair in (("dist-n1", "dist-n2"), ("dist-s1", "dist-s2")):
        build.link(pair[0], "HundredGigE1/0/25", pair[1], "HundredGigE1/0/25",
                   speed=100_000, kind="fabric", utilization=(0.02, 0.2), **lan)
    # access -> distribution uplinks (acc-s4's second uplink is down)
    access = {
        ("dist-n1", "dist-n2"): [f"acc-n{n}" for n in range(1, 6)] + ["acc-srv1"],
        ("dist-s1", "dist-s2"): [f"acc-s{n}" for n in range(1, 5)],
    }
    for dists, switches in access.items():
        for a, acc in enumerate(switches):
            aruba = topo.graph.nodes[acc]["vendor"] == "aruba"
            for u, dist in enumerate(dists):
                uplink = f"1/1/{49 + u}" if aruba else f"TenGigabitEthernet1/1/{u + 1}"
                speed = 25_000 if acc == "acc-srv1" else 10_000
                status = "down" if (acc, dist) == ("acc-s4", "dist-s2") else "up"
                build.link(acc, uplink, dist, f"TwentyFiveGigE1/0/{a + 1}", speed=speed, kind="uplink",
                           utilization=(0.05, 0.45), status=status, **lan)
    # edge services: firewall between the core and the WAN edge router; controllers on the core
    for c, core in enumerate(("core1", "core2")):
        build.link(core, "TwentyFiveGigE1/0/20", "fw1", f"ethernet1/{c + 1}", speed=10_000, kind="uplink",
                   utilization=(0.2, 0.5), **lan)
    build.link("fw1", "ethernet1/3", "wan1", "GigabitEthernet0/0/0", speed=10_000, kind="uplink",
               utilization=0.87, latency=(0.1, 0.2), mtu=1500)
    for n, core in ((1, "core1"), (2, "core2")):
        build.link(core, "TwentyFiveGigE1/0/10", f"wlc{n}", "TenGigabitEthernet0/1/0", speed=10_000,
                   kind="access", utilization=(0.05, 0.3), **lan)
    # servers and access points
    for s, (name, _model) in enumerate(servers):
        build.link("acc-srv1", f"TenGigabitEthernet1/0/{s + 1}", name, "eno1", speed=10_000, kind="access",
                   utilization=(0.02, 0.4), latency=(0.02, 0.05), mtu=9000)
    ap_ports = {"ap-n1": "acc-n1", "ap-n2": "acc-n2", "ap-s1": "acc-s1", "ap-s2": "acc-s3", "ap-s3": "acc-s4"}
    for ap, acc in ap_ports.items():
        aruba = topo.graph.nodes[acc]["vendor"] == "aruba"
        access_port = "1/1/1" if aruba else "GigabitEthernet1/0/1"
        build.link(acc, access_port, ap, "GigabitEthernet0", speed=1_000, kind="access", utilization=(0.01, 0.3),
                   latency=(0.02, 0.05), mtu=1500)

    topo.invariants = [
        _UNIQUE_MGMT_IP,
        _CONNECTED,
        _invariant(
            "access-has-distribution-uplink",
            "every access switch has at least one link to a distribution switch",
            'result = [n for n, d in G.nodes(data=True) if d.get("role") == "access" '
            'and not any(G.nodes[m].get("role") == "distribution" for m in G.neighbors(n))]',
            "empty",
        ),
        _invariant(
            "wan-edge-behind-firewall",
            "the WAN edge router connects only to firewalls",
            'result = [m for n, d in G.nodes(data=True) if d.get("role") == "router" '
            'for m in G.neighbors(n) if G.nodes[m].get("role") != "firewall"]',
            "empty",
        ),
    ]
    return topo


def dc_fabric(seed: int = DC_FABRIC_SEED) -> Topology:
    """Build the dc-fabric sample: a two-site data-center fabric (``ams`` and ``fra``).

    ``ams`` is an all-Arista eBGP fabric: 4 spines, 20 leaves in 10 racks
    (leaf pairs ``ams-leaf1``/``ams-leaf2`` in ``ams-r01`` and so on) and 160
    dual-homed hosts (16 per rack). ``fra`` is mixed-vendor: 2 Cisco Nexus
    spines, 2 Cisco and 2 Arista leaves in 2 racks, each leaf with two
    parallel uplinks to each spine, and 48 dual-homed hosts. Each site has two
    Juniper border routers linked to every spine and to each other; three WAN
    circuits join the sites (two parallel ones between ``ams-border1`` and
    ``fra-border1``).

    Deliberate imperfections, for questions worth asking:

    - links down: ``ams-leaf3``--``ams-spine2``, one of the two
      ``fra-leaf2``--``fra-spine1`` links, the Zayo WAN circuit, and the
      ``ams-host17``--``ams-leaf4`` host link;
    - utilization above 0.85: ``ams-spine1``--``ams-border1``,
      ``ams-leaf5``--``ams-spine1``, the first ``fra-leaf4``--``fra-spine2``
      link and the 10G Colt WAN circuit (everything else is at most 0.6);
    - outdated ``os_version``: ``ams-leaf7`` and ``fra-leaf3`` (EOS 4.28.3M)
      and ``fra-border2`` (Junos 20.4R3-S2);
    - ``ams-leaf9`` is in ``status: maintenance``;
    - ``ams-leaf20`` has a single uplink (to ``ams-spine1``);
    - ``ams-host42`` has no ``mgmt_ip``.

    Parameters
    ----------
    seed : int
        Seed for serial numbers, host hardware, utilization and latency
        jitter; ``DC_FABRIC_SEED`` gives the committed
        ``topologies/dc-fabric.yaml``.

    Returns
    -------
    Topology
        With ``invariants`` the fabric satisfies.

    Examples
    --------
    >>> topo = dc_fabric()
    >>> topo.number_of_devices(), topo.number_of_links()
    (242, 526)
    >>> sorted(topo.counts_by("site").items())
    [('ams', 186), ('fra', 56)]
    >>> topo.graph.number_of_edges("ams-border1", "fra-border1")
    2
    """
    _require_int("seed", seed, 0)
    rng = random.Random(seed)
    topo = Topology(name="dc-fabric")
    topo.graph.graph.update(
        name="dc-fabric",
        description="Two-site data-center fabric (ams, fra) with WAN circuits between the border routers",
    )
    build = _Builder(topo, rng)
    fabric: dict[str, Any] = {"kind": "fabric", "mtu": 9214, "latency": (0.04, 0.09)}
    access: dict[str, Any] = {"kind": "access", "mtu": 9000, "latency": (0.01, 0.03)}
    hot = {  # (a, b, nth link between them) -> utilization
        ("ams-spine1", "ams-border1", 0): 0.93,
        ("ams-leaf5", "ams-spine1", 0): 0.88,
        ("fra-leaf4", "fra-spine2", 0): 0.86,
    }
    down = {("ams-leaf3", "ams-spine2", 0), ("fra-leaf2", "fra-spine1", 1), ("ams-host17", "ams-leaf4", 0)}

    def state(a: str, b: str, nth: int, default: tuple[float, float]) -> dict[str, Any]:
        key = (a, b, nth)
        return {
            "status": "down" if key in down else "up",
            "utilization": hot.get(key, default),
        }

    host_models = {
        "ams": [("dell", "PowerEdge R750"), ("dell", "PowerEdge R650"), ("hpe", "ProLiant DL380 Gen10")],
        "fra": [("supermicro", "SYS-620U-TNR"), ("dell", "PowerEdge R750")],
    }

    def site(
        code: str,
        octet: int,
        spines: list[tuple[str, str, str]],
        leaves: list[tuple[str, str, str]],
        hosts_per_rack: int,
        uplinks: int,
    ) -> None:
        """Add one site: ``spines``/``leaves`` are (vendor, model, os_version) per device."""
        network_ips = iter(f"10.{octet}.0.{n}" for n in range(1, 255))
        host_ips = iter(f"10.{octet}.8.{n}" for n in range(1, 255))
        borders = [f"{code}-border{n}" for n in (1, 2)]
        spine_names = [f"{code}-spine{n + 1}" for n in range(len(spines))]
        leaf_names = [f"{code}-leaf{n + 1}" for n in range(len(leaves))]
        spine_asn = 65100 if code == "ams" else 65200
        for name in borders:
            old = name == "fra-border2"
            build.device(
                name, role="border", site=code, vendor="juniper", model="MX10003",
                os_version=_JUNOS_OLD if old else _JUNOS, mgmt_ip=next(network_ips), rack=f"{code}-net01",
                asn=65000,
            )
        for name, (vendor, model, os_version) in zip(spine_names, spines):
            build.device(
                name, role="spine", site=code, vendor=vendor, model=model, os_version=os_version,
                mgmt_ip=next(network_ips), rack=f"{code}-net01", asn=spine_asn,
            )
        for n, (name, (vendor, model, os_version)) in enumerate(zip(leaf_names, leaves)):
            pair = n // 2 + 1
            attrs: dict[str, Any] = {}
            if name == "ams-leaf9":
                attrs["status"] = "maintenance"
            build.device(
                name, role="leaf", site=code, vendor=vendor, model=model, os_version=os_version,
                mgmt_ip=next(network_ips), rack=f"{code}-r{pair:02d}", asn=spine_asn + pair, **attrs,
            )
        # borders: to every spine and to each other
        for b, border in enumerate(borders):
            for s, spine in enumerate(spine_names):
                cisco = topo.graph.nodes[spine]["vendor"] == "cisco"
                spine_port = f"Ethernet1/{63 + b}" if cisco else f"Ethernet{31 + b}"
                build.link(spine, spine_port, border, f"et-0/0/{s}", speed=100_000,
                           **fabric, **state(spine, border, 0, (0.1, 0.6)))
        build.link(borders[0], "et-0/1/2", borders[1], "et-0/1/2", speed=100_000,
                   **fabric, **state(borders[0], borders[1], 0, (0.05, 0.4)))
        # leaves: uplinks to every spine (ams-leaf20 has only one), hosts on the leaf pairs
        for n, leaf in enumerate(leaf_names):
            cisco_leaf = topo.graph.nodes[leaf]["vendor"] == "cisco"
            for s, spine in enumerate(spine_names):
                if leaf == "ams-leaf20" and s > 0:
                    continue
                cisco_spine = topo.graph.nodes[spine]["vendor"] == "cisco"
                for c in range(uplinks):
                    up = s * uplinks + c
                    leaf_port = f"Ethernet1/{49 + up}" if cisco_leaf else f"Ethernet{49 + up}"
                    down_port = n * uplinks + c + 1
                    spine_port = f"Ethernet1/{down_port}" if cisco_spine else f"Ethernet{down_port}"
                    build.link(leaf, leaf_port, spine, spine_port, speed=100_000,
                               **fabric, **state(leaf, spine, c, (0.1, 0.6)))
        host_number = 0
        for pair in range(len(leaf_names) // 2):
            pair_leaves = leaf_names[2 * pair : 2 * pair + 2]
            for h in range(hosts_per_rack):
                host_number += 1
                host = f"{code}-host{host_number}"
                vendor, model = rng.choice(host_models[code])
                attrs = {"role": "host", "site": code, "vendor": vendor, "model": model}
                if host != "ams-host42":
                    attrs["mgmt_ip"] = next(host_ips)
                else:
                    next(host_ips)
                attrs["rack"] = f"{code}-r{pair + 1:02d}"
                build.device(host, **attrs)
                for side, leaf in enumerate(pair_leaves):
                    cisco_leaf = topo.graph.nodes[leaf]["vendor"] == "cisco"
                    port = f"Ethernet1/{h + 1}" if cisco_leaf else f"Ethernet{h + 1}"
                    build.link(host, f"eth{side}", leaf, port, speed=25_000,
                               **access, **state(host, leaf, 0, (0.01, 0.5)))

    arista_spine = ("arista", "DCS-7280CR3-32P4", _EOS)
    arista_leaf = ("arista", "DCS-7050SX3-48YC8", _EOS)
    cisco_spine = ("cisco", "N9K-C9364C", _NXOS)
    cisco_leaf = ("cisco", "N9K-C93180YC-FX3", _NXOS)
    ams_leaves = [arista_leaf] * 20
    ams_leaves[6] = ("arista", "DCS-7050SX3-48YC8", _EOS_OLD)  # ams-leaf7
    site("ams", 10, [arista_spine] * 4, ams_leaves, hosts_per_rack=16, uplinks=1)
    fra_leaves = [cisco_leaf, cisco_leaf, ("arista", "DCS-7050SX3-48YC8", _EOS_OLD), arista_leaf]
    site("fra", 20, [cisco_spine] * 2, fra_leaves, hosts_per_rack=24, uplinks=2)

    # WAN circuits between the sites' border routers
    wan: dict[str, Any] = {"kind": "wan", "mtu": 9100}
    build.link("ams-border1", "et-0/1/0", "fra-border1", "et-0/1/0", speed=100_000, latency=(7.6, 7.9),
               utilization=(0.3, 0.5), circuit_id="LMN-AMSFRA-100G-0001", provider="Lumen", **wan)
    build.link("ams-border1", "et-0/1/1", "fra-border1", "et-0/1/1", speed=100_000, latency=(9.2, 9.5),
               utilization=0.0, status="down", circuit_id="ZYO-AMSFRA-100G-0417", provider="Zayo", **wan)
    build.link("ams-border2", "xe-0/2/0", "fra-border2", "xe-0/2/0", speed=10_000, latency=(8.0, 8.3),
               utilization=0.91, circuit_id="COLT-AMSFRA-10G-7731", provider="Colt", **wan)

    topo.invariants = [
        _UNIQUE_MGMT_IP,
        _CONNECTED,
        _WAN_DOCUMENTED,
        _invariant(
            "leaf-has-spine-uplink",
            "every leaf has at least one link to a spine of its own site",
            'result = [n for n, d in G.nodes(data=True) if d.get("role") == "leaf" '
            'and not any(G.nodes[m].get("role") == "spine" and G.nodes[m].get("site") == d.get("site") '
            "for m in G.neighbors(n))]",
            "empty",
        ),
        _invariant(
            "hosts-dual-homed",
            "every host is cabled to two different leaves",
            'result = [n for n, d in G.nodes(data=True) if d.get("role") == "host" '
            'and len([m for m in G.neighbors(n) if G.nodes[m].get("role") == "leaf"]) < 2]',
            "empty",
        ),
        _invariant(
            "two-borders-per-site",
            "every site has at least two border routers",
            'sites = sorted(set(d.get("site") for n, d in G.nodes(data=True))); '
            'result = [s for s in sites if len([n for n, d in G.nodes(data=True) '
            'if d.get("site") == s and d.get("role") == "border"]) < 2]',
            "empty",
        ),
        _invariant(
            "sites-interconnected",
            "at least one WAN circuit is up",
            'result = any(d.get("kind") == "wan" and d.get("status") == "up" for u, v, d in G.edges(data=True))',
            True,
        ),
    ]
    return topo


#: Sample builders by the file name they are written to in ``topologies/``.
SAMPLES: dict[str, Callable[[], Topology]] = {
    "campus.yaml": campus,
    "dc-fabric.yaml": dc_fabric,
}
