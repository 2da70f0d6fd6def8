"""Schema-variant topologies and golden cases: the samples rewritten under other conventions.

Prompt examples are written for the sample topologies (campus, dc-fabric,
geant2012, lab). To measure accuracy on networks no example was written for,
this script rewrites three samples under different attribute conventions and
rewrites their golden cases with the *same* mapping:

- ``hqnet`` (from ``topologies/campus.yaml``): ``function`` for role,
  ``location`` for building, ``campus`` for site, ``make`` for vendor,
  ``software_version``, ``oob_ip``, ``bgp_asn``, ``serial_number``,
  ``admin_status`` (``in-service``/``maintenance``); links carry ``speed_bps``
  (bit/s), ``delay_us`` (microseconds), a boolean ``oper_up``, ``util_pct``
  (percent) and ``link_type``; device names are upper case (``ACC-N1``).
- ``dcnet`` (from ``topologies/dc-fabric.yaml``): roles live in a ``tags``
  list together with the site (``tags: [leaf, ams]``), ``dc`` for site,
  ``manufacturer`` with display names (``Arista``, ``HPE``); links carry
  ``speed_mbps``, ``oper_status`` ``UP``/``DOWN``, ``util_pct``, ``cid`` and
  ``carrier`` (for circuit_id and provider).
- ``wannet`` (from ``topologies/geant2012.graphml``): the backbone as an
  operator's WAN inventory: routers named ``cr1.<city code>`` (``cr1.ams``),
  ``country``, ``lat``/``lon``, a ``city``, and ``tags`` of ``key:value``
  entries (``role:core``, ``partner:nordunet`` for the Zoo's ``type``); links
  carry ``capacity_gbit`` (Gbit/s, absent where unknown) and ``descr``; the
  Zoo's bookkeeping attributes (``Internal``, ``id``, ``LinkSpeed``,
  ``LinkSpeedUnits``, ...) are dropped.

Each variant case names the sample case it derives from and a new, rephrased
request. Its golden program is the sample's golden rewritten by the variant's
rules (attribute renames, value encodings, units), or written out where the
rules cannot express it (membership in ``tags``, answers asked in another
unit). Before writing anything the script checks every case: the variant
golden, run on the variant topology, must give the sample golden's answer on
the sample topology (device names and encodings mapped, a stated unit scale
applied), and a change must leave the variant topology exactly as the sample
change leaves the sample, mapped the same way. So the goldens are right by
construction, and the check fails loudly when a sample changes under them.

Run ``.venv/bin/python tests/eval/variants.py`` to regenerate
``tests/eval/topologies/{hqnet,dcnet,wannet}.yaml`` and
``tests/eval/suite/{hqnet,dcnet,wannet}.yaml``; the output is deterministic.
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from similarity import too_similar

from netops.evaluation import compare, compare_graphs, load_suite, run_golden
from netops.topology import Topology, dumps, load
from netops.topology.model import INTERFACES

Rule = tuple[str, Any]  # (regex, replacement string or function)


@dataclass
class Spec:
    """One variant case: the sample case it derives from and how it differs."""

    source: str  # id of the sample case
    request: str  # the rephrased request (device names as in the sample; renamed on output)
    golden: str | None = None  # written out instead of rule-rewritten
    scale: float | None = None  # variant answer = sample answer * scale (another unit)
    values: dict[str, str] = field(default_factory=dict)  # sample string values -> variant values
    keys: Callable[[Any], Any] | None = None  # sample mapping key -> variant key
    tolerance: float | None = None


@dataclass
class Variant:
    name: str
    description: str
    header: str
    source_topology: str
    source_suite: str
    node_attrs: Callable[[dict], dict]
    link_attrs: Callable[[dict], dict]
    rules: list[Rule]
    attr_names: dict[str, str | None]  # for `ignore` lists (None: dropped in the variant)
    specs: list[Spec]
    rename: Callable[[str], str] = str  # device names: unchanged when left as `str`
    extra_names: tuple[str, ...] = ()  # devices that only a change case adds
    invariants: list[dict] | None = None  # written out; None: rewrite the sample's with the rules


# -- shared rewriting helpers ---------------------------------------------------------------


def renamed(attrs: dict, names: dict[str, str], values: dict[str, Callable[[Any], Any]]) -> dict:
    """Attributes renamed per ``names`` (order kept), values converted per ``values`` (by old name)."""
    out = {}
    for key, value in attrs.items():
        if key in values:
            value = values[key](value)
        out[names.get(key, key)] = value
    return out


def attribute_rules(names: dict[str, str]) -> list[Rule]:
    """Rename an attribute where a golden names it: as a keyword (``role=``) and as a string (``"role"``)."""
    rules: list[Rule] = []
    for old, new in names.items():
        rules.append((rf'(?<![\w."]){old}=(?!=)', f"{new}="))
        rules.append((rf'"{old}"', f'"{new}"'))
    return rules


def pct_threshold(match: re.Match) -> str:
    return f'["util_pct"] {match.group(1)} {round(float(match.group(2)) * 100, 6):g}'


def rewrite(text: str, variant: Variant, names: set[str]) -> str:
    """A sample golden (or invariant program) rewritten by the variant's rules and device renaming."""
    for pattern, replacement in variant.rules:
        text = re.sub(pattern, replacement, text)
    return rename_names(text, variant, names)


def rename_names(text: str, variant: Variant, names: set[str]) -> str:
    """Device names in a program's string literals renamed the variant's way."""
    if variant.rename is not str:
        text = re.sub(r'"([\w-]+)"', lambda m: f'"{variant.rename(m.group(1))}"' if m.group(1) in names else m.group(0), text)
    return text


def rename_in_request(text: str, variant: Variant, names: set[str]) -> str:
    if variant.rename is str:
        return text
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", variant.rename(name), text)
    return text


def transform_graph(graph, variant: Variant) -> Topology:
    """The sample graph (or a changed copy of it) under the variant's conventions."""
    topo = Topology(name=variant.name)
    for name, attrs in graph.nodes(data=True):
        topo.add_device(variant.rename(name), **variant.node_attrs(copy.deepcopy(dict(attrs))))
    for a, b, _key, attrs in graph.edges(keys=True, data=True):
        attrs = copy.deepcopy(dict(attrs))
        interfaces = attrs.pop(INTERFACES, None)
        if interfaces:
            interfaces = {variant.rename(n): i for n, i in interfaces.items()}
        topo.add_link(variant.rename(a), variant.rename(b), interfaces=interfaces, **variant.link_attrs(attrs))
    return topo


def map_value(value: Any, variant: Variant, spec: Spec, names: set[str]) -> Any:
    """The sample answer as the variant should give it: names renamed, encodings and units converted."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value * spec.scale if spec.scale is not None else value
    if isinstance(value, str):
        value = spec.values.get(value, value)
        return variant.rename(value) if value in names else value
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            key = spec.keys(key) if spec.keys else map_value(key, variant, Spec("", ""), names)
            out[key] = map_value(item, variant, spec, names)
        return out
    if isinstance(value, tuple):
        return tuple(map_value(v, variant, spec, names) for v in value)
    if isinstance(value, list):
        return [map_value(v, variant, spec, names) for v in value]
    if isinstance(value, (set, frozenset)):
        return {map_value(v, variant, spec, names) for v in value}
    return value


# -- hqnet: the campus under hostname-style, bit/s, boolean-status conventions ----------------

HQ_NODE_NAMES = {
    "role": "function",
    "site": "campus",
    "building": "location",
    "vendor": "make",
    "os_version": "software_version",
    "mgmt_ip": "oob_ip",
    "asn": "bgp_asn",
    "serial": "serial_number",
    "status": "admin_status",
}
HQ_LINK_NAMES = {
    "speed": "speed_bps",
    "latency_ms": "delay_us",
    "status": "oper_up",
    "utilization": "util_pct",
    "kind": "link_type",
}
HQ_ADMIN = {"active": "in-service"}


def hq_node(attrs: dict) -> dict:
    return renamed(attrs, HQ_NODE_NAMES, {"status": lambda v: HQ_ADMIN.get(v, v)})


def hq_link(attrs: dict) -> dict:
    return renamed(
        attrs,
        HQ_LINK_NAMES,
        {
            "speed": lambda v: int(v) * 1_000_000,
            "latency_ms": lambda v: round(v * 1000, 6),
            "status": lambda v: str(v).lower() == "up",
            "utilization": lambda v: round(v * 100, 6),
        },
    )


HQ_RULES: list[Rule] = [
    # link status: up/down -> a boolean
    (r'(?<![\w])status="down"', "oper_up=False"),
    (r'(?<![\w])status="up"', "oper_up=True"),
    (r'd\["status"\] = "down"', 'd["oper_up"] = False'),
    (r'd\["status"\] == "down"', 'not d["oper_up"]'),
    # device status
    (r'(?<![\w])status="active"', 'admin_status="in-service"'),
    (r'(?<![\w])status="maintenance"', 'admin_status="maintenance"'),
    # utilisation: a fraction -> percent
    (r'\["utilization"\] ([<>]=?) (0\.\d+)', pct_threshold),
    (r'\["utilization"\]', '["util_pct"] / 100'),
    # speed: Mb/s -> bit/s
    (r'd\["speed"\]', 'd["speed_bps"] / 1e6'),
    (r"(?<![\w])speed=(\d+)", lambda m: f"speed_bps={int(m.group(1)) * 1_000_000}"),
    # latency: ms -> us (answers asked in ms)
    (r'path_length\(([^()]*), weight="latency_ms"\)', r'path_length(\1, weight="delay_us") / 1000'),
    (r'weight="latency_ms"', 'weight="delay_us"'),
    *attribute_rules({k: v for k, v in HQ_NODE_NAMES.items() if k != "status"}),
    *attribute_rules({"kind": "link_type", "speed": "speed_bps"}),
    (r'"status"', '"admin_status"'),
]

HQ_SPECS = [
    # count
    Spec("campus-count-01", "number of access-layer switches at hq"),
    Spec("campus-count-02", "ap count for the south building pls"),
    Spec("campus-count-03", "count of access uplinks that r not oper up right now"),
    Spec("campus-count-04", "how many devices still run 16.x software"),
    Spec("campus-count-05", "how many servers does acc-srv1 have attached"),
    Spec("campus-count-06", "how many boxes are made by cisco"),
    Spec("campus-count-07", "count access switches left with just one oper-up uplink to distribution"),
    # filter
    Spec("campus-filter-01", "list every box whose admin status is maintenance"),
    Spec("campus-filter-02", "which access switches are located in the north bldg"),
    Spec("campus-filter-03", "jumbo-frame links, i.e. mtu over 1500"),
    Spec("campus-filter-04", "which links are loaded over 40 %"),
    Spec("campus-filter-05", "aps connected to a switch whose make is aruba"),
    Spec("campus-filter-06", "which servers are dell make"),
    Spec("campus-filter-07", "access switches from a maker other than cisco"),
    # lookup
    Spec("campus-lookup-01", "oob ip of wan1"),
    Spec("campus-lookup-02", "fw1 interface facing the wan edge router?"),
    Spec("campus-lookup-03", "core2 hw model?"),
    Spec("campus-lookup-04", "which device sits on GigabitEthernet1/0/1 of acc-n1"),
    Spec("campus-lookup-05", "firewall serial number pls"),
    Spec("campus-lookup-06", "acc-s3 uplinks go to which distribution switches"),
    Spec("campus-lookup-07", "bgp asn configured on the wan edge"),
    # aggregate
    Spec("campus-agg-01", "device count per function"),
    Spec("campus-agg-02", "which software version is the most widespread"),
    Spec("campus-agg-03", "for each location, how many devices of each function"),
    Spec(
        "campus-agg-04",
        "mean load on the uplinks, in %",
        golden='values = [d["util_pct"] for a, b, k, d in links(G, link_type="uplink")]\nresult = sum(values) / len(values)\n',
        scale=100,
        tolerance=0.01,
    ),
    Spec("campus-agg-05", "distribution switch(es) with the largest number of access switches attached, ties included"),
    Spec("campus-agg-06", "which link carries the highest load"),
    Spec(
        "campus-agg-07",
        "link count per speed value (bps)",
        golden='result = count_links_by(G, "speed_bps")\n',
        keys=lambda k: int(k) * 1_000_000,
    ),
    # path
    Spec("campus-path-01", "hop count ap-n1 -> wan1"),
    Spec(
        "campus-path-02",
        "min delay between ap-s2 and srv-dns1 in microseconds",
        golden='result = path_length(G, "ap-s2", "srv-dns1", weight="delay_us")\n',
        scale=1000,
        tolerance=0.01,
    ),
    Spec("campus-path-03", "fastest path by delay from acc-s1 to fw1, list the hops in order"),
    Spec("campus-path-04", "is srv-radius1 reachable from ap-s3"),
    Spec("campus-path-05", "hop distance from one wlc to the other"),
    Spec("campus-path-06", "delay in ms from wan1 to acc-s4 over oper-up links only"),
    # what-if
    Spec("campus-whatif-01", "with core1 dead, is wlc2 still reachable from wlc1"),
    Spec("campus-whatif-02", "suppose dist-s1 fails: which aps can no longer get to core1, not using links that are oper down"),
    Spec("campus-whatif-03", "would the wan edge router be left with no neighbours if fw1 failed"),
    Spec("campus-whatif-04", "which boxes are spofs in this network"),
    Spec("campus-whatif-05", "if we lose both distribution switches in north, how many devices can't reach core1 anymore"),
    Spec("campus-whatif-06", "if the cable dist-s1 to acc-s3 is cut, is acc-s3 left with any oper-up uplink to distribution"),
    # capacity
    Spec(
        "campus-cap-01",
        "core1<->core2 aggregate bandwidth in Gbps",
        golden='result = sum(d["speed_bps"] for a, b, k, d in links_between(G, "core1", "core2") if d["oper_up"]) / 1e9\n',
    ),
    Spec("campus-cap-02", "acc-s4 working uplink capacity towards distribution, Mbps"),
    Spec("campus-cap-03", "headroom left on the fw1 - wan1 link in Gbps"),
    Spec("campus-cap-04", "sum of core-distribution link speeds in Gbps"),
    Spec("campus-cap-05", "anything running hotter than 80 pct util?"),
    # inventory
    Spec("campus-inv-01", "core, distribution and access switches with their hw model and software version, as a table"),
    Spec("campus-inv-02", "oob address for each ap"),
    Spec("campus-inv-03", "everything located in south: name, function, make, admin status", values=HQ_ADMIN),
    Spec("campus-inv-04", "uplink interface names per access switch (the ones facing distribution)"),
    # mutation
    Spec("campus-mut-01", "set acc-n3 admin status to maintenance"),
    Spec("campus-mut-02", "set oper_up true again on the uplink between acc-s4 and dist-s2"),
    Spec(
        "campus-mut-03",
        "add ap-n3 (function ap, make cisco, model C9120AXI, campus hq, location north, oob 10.0.100.41, in-service)"
        " and connect acc-n3 GigabitEthernet1/0/1 to its GigabitEthernet0 at 1G, oper up",
    ),
    Spec("campus-mut-04", "delete ap-s3 from the topology, it was decommissioned"),
    Spec("campus-mut-05", "upgrade every access switch made by aruba to 10.13.1010"),
    Spec("campus-mut-06", "set oper_up false on all links of dist-s2"),
    Spec("campus-mut-07", "set the bgp asn of the wan edge router to 64611"),
    Spec("campus-mut-08", "bump mtu on all ap-facing links to 9198"),
]

HQNET = Variant(
    name="hqnet",
    description="eval-only HQ campus (two buildings) under hostname-style conventions; derived from campus",
    header=(
        "# Generated by tests/eval/variants.py from topologies/campus.yaml - do not edit by hand.\n"
        "# The campus under other conventions: function (not role), location (not building), campus (not\n"
        "# site), make (not vendor), software_version, oob_ip, bgp_asn, serial_number, admin_status\n"
        "# in-service/maintenance; links: speed_bps (bit/s), delay_us (microseconds), boolean oper_up,\n"
        "# util_pct (percent), link_type; device names upper case.\n"
    ),
    source_topology="topologies/campus.yaml",
    source_suite="campus.yaml",
    node_attrs=hq_node,
    link_attrs=hq_link,
    rules=HQ_RULES,
    attr_names={**HQ_NODE_NAMES, **HQ_LINK_NAMES},
    specs=HQ_SPECS,
    rename=str.upper,
    extra_names=("ap-n3",),
)


# -- dcnet: the fabric with roles as tags, Mb/s, UP/DOWN, percent ----------------------------

DC_MAKERS = {"dell": "Dell", "hpe": "HPE", "arista": "Arista", "supermicro": "Supermicro", "juniper": "Juniper", "cisco": "Cisco"}
DC_LINK_NAMES = {
    "speed": "speed_mbps",
    "status": "oper_status",
    "utilization": "util_pct",
    "circuit_id": "cid",
    "provider": "carrier",
}


def dc_node(attrs: dict) -> dict:
    out = {"tags": [attrs.pop("role"), attrs["site"]]} if "role" in attrs else {}
    out.update(renamed(attrs, {"site": "dc", "vendor": "manufacturer"}, {"vendor": lambda v: DC_MAKERS.get(v, v)}))
    return out


def dc_link(attrs: dict) -> dict:
    return renamed(
        attrs,
        DC_LINK_NAMES,
        {"status": lambda v: str(v).upper(), "utilization": lambda v: round(v * 100, 6)},
    )


DC_RULES: list[Rule] = [
    (r'(?<![\w])status="(up|down)"', lambda m: f'oper_status="{m.group(1).upper()}"'),
    (r'd\["status"\] (==|=) "(up|down)"', lambda m: f'd["oper_status"] {m.group(1)} "{m.group(2).upper()}"'),
    (r'd\["status"\]', 'd["oper_status"]'),
    (r'"status"(?!\])', '"oper_status"'),
    (r'(?<![\w])vendor="(\w+)"', lambda m: f'manufacturer="{DC_MAKERS[m.group(1)]}"'),
    (r'\["utilization"\] ([<>]=?) (0\.\d+)', pct_threshold),
    (r'\["utilization"\]', '["util_pct"] / 100'),
    *attribute_rules({"site": "dc", "vendor": "manufacturer", "speed": "speed_mbps", "circuit_id": "cid", "provider": "carrier"}),
]

DC_SPECS = [
    # count
    Spec("dc-count-01", "number of leaf switches in dc ams", golden='result = len(nodes(G, dc="ams", where=lambda d: "leaf" in d["tags"]))\n'),
    Spec("dc-count-02", "how many servers live in fra", golden='result = len([n for n in nodes(G, dc="fra") if "host" in attr(G, n, "tags")])\n'),
    Spec("dc-count-03", "count fabric links with oper status DOWN"),
    Spec(
        "dc-count-04",
        "number of links from fra-leaf1 up to spines, counting each parallel link",
        golden='result = len([e for e in links(G, "fra-leaf1") if "spine" in attr(G, e[1], "tags")])\n',
    ),
    Spec("dc-count-05", "what is the total of HPE-manufactured gear"),
    Spec(
        "dc-count-06",
        "how many servers sit in rack ams-r03",
        golden='result = len(nodes(G, rack="ams-r03", where=lambda d: "host" in d["tags"]))\n',
    ),
    Spec("dc-count-07", "how many links in total, parallel links included"),
    # filter
    Spec("dc-filter-01", "list devices with status maintenance"),
    Spec(
        "dc-filter-02",
        "which leafs are on a 4.28.x os",
        golden='result = nodes(G, where=lambda d: "leaf" in d["tags"] and str(d.get("os_version", "")).startswith("4.28"))\n',
    ),
    Spec(
        "dc-filter-03",
        "border routers whose os version differs from the one most borders run",
        golden=(
            'borders = nodes(G, where=lambda d: "border" in d["tags"])\n'
            'versions = {}\n'
            'for n in borders:\n'
            '    versions[attr(G, n, "os_version")] = versions.get(attr(G, n, "os_version"), 0) + 1\n'
            "usual = argmax_all(versions)[0]\n"
            'result = [n for n in borders if attr(G, n, "os_version") != usual]\n'
        ),
    ),
    Spec(
        "dc-filter-04",
        "hosts with at least one DOWN link",
        golden='result = [n for n in nodes(G, where=lambda d: "host" in d["tags"]) if links(G, n, oper_status="DOWN")]\n',
    ),
    Spec(
        "dc-filter-05",
        "which leafs have an uplink to a spine that is oper down",
        golden=(
            'result = [n for n in nodes(G, where=lambda d: "leaf" in d["tags"])\n'
            '          if any("spine" in attr(G, b, "tags") for a, b, k, d in links(G, n, oper_status="DOWN"))]\n'
        ),
    ),
    Spec(
        "dc-filter-06",
        "spine to leaf fabric links loaded more than 80 pct",
        golden=(
            'def role(n):\n'
            '    return "spine" if "spine" in attr(G, n, "tags") else "leaf" if "leaf" in attr(G, n, "tags") else None\n'
            'result = [(a, b) for a, b, k, d in links(G, kind="fabric", where=lambda d: d["util_pct"] > 80)\n'
            '          if {role(a), role(b)} == {"spine", "leaf"}]\n'
        ),
    ),
    Spec("dc-filter-07", "which devices are manufactured by cisco"),
    # lookup
    Spec("dc-lookup-01", "ams-leaf7 bgp asn"),
    Spec("dc-lookup-02", "rack location of ams-host100?"),
    Spec(
        "dc-lookup-03",
        "fra-host7 is dual-homed to which leafs",
        golden='result = [n for n in neighbors(G, "fra-host7") if "leaf" in attr(G, n, "tags")]\n',
    ),
    Spec("dc-lookup-04", "cid for the circuit colt provides"),
    Spec("dc-lookup-05", "peer device on Ethernet1 of ams-leaf4"),
    Spec("dc-lookup-06", "software running on fra-border2"),
    # aggregate
    Spec("dc-agg-01", "breakdown of devices by manufacturer", keys=lambda k: DC_MAKERS[k]),
    Spec(
        "dc-agg-02",
        "per-rack host count for the fra dc",
        golden=(
            'result = {}\n'
            'for n in nodes(G, dc="fra", where=lambda d: "host" in d["tags"]):\n'
            '    result[attr(G, n, "rack")] = result.get(attr(G, n, "rack"), 0) + 1\n'
        ),
    ),
    Spec(
        "dc-agg-03",
        "leaf(s) with the highest number of attached hosts, list all on a tie",
        golden=(
            'hosts = set(nodes(G, where=lambda d: "host" in d["tags"]))\n'
            'result = argmax_all({n: len(set(neighbors(G, n)) & hosts) for n in nodes(G, where=lambda d: "leaf" in d["tags"])})\n'
        ),
    ),
    Spec(
        "dc-agg-04",
        "mean util in % across ams spine<->leaf links",
        golden=(
            'def role(n):\n'
            '    return "spine" if "spine" in attr(G, n, "tags") else "leaf" if "leaf" in attr(G, n, "tags") else None\n'
            'values = [d["util_pct"] for a, b, k, d in links(G, kind="fabric")\n'
            '          if {role(a), role(b)} == {"spine", "leaf"} and attr(G, a, "dc") == "ams"]\n'
            "result = sum(values) / len(values)\n"
        ),
        scale=100,
        tolerance=0.01,
    ),
    Spec("dc-agg-05", "how many links per oper status", keys=str.upper),
    Spec(
        "dc-agg-06",
        "host hardware models with counts",
        golden=(
            'result = {}\n'
            'for n in nodes(G, where=lambda d: "host" in d["tags"]):\n'
            '    result[attr(G, n, "model")] = result.get(attr(G, n, "model"), 0) + 1\n'
        ),
    ),
    Spec("dc-agg-07", "three most loaded links, highest util first"),
    # path
    Spec("dc-path-01", "hop count from ams-host1 over to fra-host1"),
    Spec("dc-path-02", "best-case latency in ms ams-leaf1 to fra-leaf4 using UP links only"),
    Spec("dc-path-03", "is there any path ams-host17 -> ams-border1"),
    Spec("dc-path-04", "lowest delay route ams-spine1 to fra-spine2, all hops in order"),
    Spec("dc-path-05", "hop distance fra-host3 <-> ams-leaf9"),
    # what-if
    Spec("dc-whatif-01", "with ams-leaf4 gone and DOWN links ignored, does ams-host17 still get to ams-spine1"),
    Spec("dc-whatif-02", "lumen circuit fails - do ams and fra still have connectivity over UP links"),
    Spec("dc-whatif-03", "ams-border2 dead plus the lumen carrier circuit cut: is fra-spine1 still reachable from ams-spine1 via UP links"),
    Spec(
        "dc-whatif-04",
        "suppose ams-spine1 fails: which leafs in ams end up with under 3 UP spine uplinks",
        golden=(
            'H = without(G, nodes="ams-spine1")\n'
            'result = [n for n in nodes(H, dc="ams", where=lambda d: "leaf" in d["tags"])\n'
            '          if len([e for e in links(H, n, oper_status="UP") if "spine" in attr(H, e[1], "tags")]) < 3]\n'
        ),
    ),
    Spec(
        "dc-whatif-05",
        "losing both spines in fra, how many devices would be cut off from ams-border1",
        golden=(
            'H = without(G, nodes=nodes(G, dc="fra", where=lambda d: "spine" in d["tags"]))\n'
            'result = len([n for n in H if not reachable(H, n, "ams-border1")])\n'
        ),
    ),
    Spec("dc-whatif-06", "colt circuit out: lowest latency in ms ams-spine1 -> fra-spine1 across UP links"),
    # capacity
    Spec("dc-cap-01", "sum of speeds of the UP wan circuits between the dcs, in Gbps"),
    Spec(
        "dc-cap-02",
        "fra-leaf2 spine-facing capacity over UP links, Gbps",
        golden='result = sum(d["speed_mbps"] for a, b, k, d in links(G, "fra-leaf2", oper_status="UP") if "spine" in attr(G, b, "tags")) / 1000\n',
    ),
    Spec("dc-cap-03", "combined speed of all fra-spine1 <-> fra-leaf1 links in Mbps"),
    Spec("dc-cap-04", "unused headroom on UP wan circuits in total, Gbps"),
    Spec("dc-cap-05", "links running hotter than 90 pct"),
    Spec(
        "dc-cap-06",
        "capacity from ams-leaf1 down to its hosts in Gbps, UP links only",
        golden='result = sum(d["speed_mbps"] for a, b, k, d in links(G, "ams-leaf1", oper_status="UP") if "host" in attr(G, b, "tags")) / 1000\n',
    ),
    # inventory
    Spec(
        "dc-inv-01",
        "border routers with model and os version, as a table",
        golden=(
            'result = table([(n, attr(G, n, "model"), attr(G, n, "os_version")) for n in nodes(G, where=lambda d: "border" in d["tags"])],\n'
            '               ["device", "model", "os_version"])\n'
        ),
    ),
    Spec("dc-inv-02", "list the wan circuits: cid, carrier, speed in Mbps, oper status"),
    Spec(
        "dc-inv-03",
        "spine mgmt addresses",
        golden='result = {n: attr(G, n, "mgmt_ip") for n in nodes(G, where=lambda d: "spine" in d["tags"])}\n',
    ),
    Spec(
        "dc-inv-04",
        "for the fra leafs give name, rack, model, os and asn",
        golden=(
            'result = table([(n, d["rack"], d["model"], d["os_version"], d["asn"]) for n, d in G.nodes(data=True)\n'
            '                if "leaf" in d["tags"] and d["dc"] == "fra"],\n'
            '               ["device", "rack", "model", "os_version", "asn"])\n'
        ),
    ),
    # mutation
    Spec("dc-mut-01", "set status maintenance on fra-border2"),
    Spec("dc-mut-02", "set the colt carrier circuit to DOWN"),
    Spec("dc-mut-03", "bring the DOWN fra-spine1 - fra-leaf2 link back UP"),
    Spec(
        "dc-mut-04",
        "add host ams-host209 in dc ams, rack ams-r01, Dell PowerEdge R650, mgmt 10.10.8.209, status active;"
        " cable its eth0 to ams-leaf1 Ethernet17 and eth1 to ams-leaf2 Ethernet17 at 25000 Mbps, UP",
        golden=(
            'add_device(G, "ams-host209", tags=["host", "ams"], dc="ams", rack="ams-r01", manufacturer="Dell", model="PowerEdge R650",\n'
            '           mgmt_ip="10.10.8.209", status="active")\n'
            'add_link(G, "ams-host209", "ams-leaf1", "eth0", "Ethernet17", speed_mbps=25000, oper_status="UP")\n'
            'add_link(G, "ams-host209", "ams-leaf2", "eth1", "Ethernet17", speed_mbps=25000, oper_status="UP")\n'
        ),
    ),
    Spec(
        "dc-mut-05",
        "upgrade all Arista leafs running 4.28.x to 4.32.1F",
        golden=(
            'set_attrs(G, nodes(G, manufacturer="Arista", where=lambda d: "leaf" in d["tags"] and d["os_version"].startswith("4.28")),\n'
            '          os_version="4.32.1F")\n'
        ),
    ),
    Spec("dc-mut-06", "set every link on fra-spine1 to oper status DOWN"),
    Spec("dc-mut-07", "remove ams-host42 from the topology"),
    Spec("dc-mut-08", "change the mtu of all wan circuits to 9000"),
]

DC_INVARIANTS = [
    {
        "id": "unique-mgmt-ip",
        "description": "no two devices share a management address",
        "program": 'ips = [d["mgmt_ip"] for n, d in G.nodes(data=True) if d.get("mgmt_ip")]; '
        "result = sorted(set(ip for ip in ips if ips.count(ip) > 1))",
        "expect": "empty",
    },
    {
        "id": "connected",
        "description": "every device can reach every other device",
        "program": "result = nx.is_connected(G)",
        "expect": True,
    },
    {
        "id": "wan-circuits-documented",
        "description": "every WAN link names its circuit and carrier",
        "program": 'result = [(u, v) for u, v, d in G.edges(data=True) if d.get("kind") == "wan" and not (d.get("cid") and d.get("carrier"))]',
        "expect": "empty",
    },
    {
        "id": "leaf-has-spine-uplink",
        "description": "every leaf has at least one link to a spine of its own dc",
        "program": 'result = [n for n, d in G.nodes(data=True) if "leaf" in d.get("tags", []) and not any('
        '"spine" in G.nodes[m].get("tags", []) and G.nodes[m].get("dc") == d.get("dc") for m in G.neighbors(n))]',
        "expect": "empty",
    },
    {
        "id": "hosts-dual-homed",
        "description": "every host is cabled to two different leaves",
        "program": 'result = [n for n, d in G.nodes(data=True) if "host" in d.get("tags", []) and '
        'len([m for m in G.neighbors(n) if "leaf" in G.nodes[m].get("tags", [])]) < 2]',
        "expect": "empty",
    },
    {
        "id": "two-borders-per-dc",
        "description": "every dc has at least two border routers",
        "program": 'dcs = sorted(set(d.get("dc") for n, d in G.nodes(data=True))); result = [s for s in dcs '
        'if len([n for n, d in G.nodes(data=True) if d.get("dc") == s and "border" in d.get("tags", [])]) < 2]',
        "expect": "empty",
    },
    {
        "id": "dcs-interconnected",
        "description": "at least one WAN circuit is up",
        "program": 'result = any(d.get("kind") == "wan" and d.get("oper_status") == "UP" for u, v, d in G.edges(data=True))',
        "expect": True,
    },
]

DCNET = Variant(
    name="dcnet",
    description="eval-only two-dc leaf-spine fabric (ams, fra) with roles as tags; derived from dc-fabric",
    header=(
        "# Generated by tests/eval/variants.py from topologies/dc-fabric.yaml - do not edit by hand.\n"
        "# The fabric under other conventions: no role attribute but a tags list ([leaf, ams]), dc (not\n"
        "# site), manufacturer with display names (Arista, HPE); links: speed_mbps, oper_status UP/DOWN,\n"
        "# util_pct (percent), cid and carrier (not circuit_id, provider).\n"
    ),
    source_topology="topologies/dc-fabric.yaml",
    source_suite="dc-fabric.yaml",
    node_attrs=dc_node,
    link_attrs=dc_link,
    rules=DC_RULES,
    attr_names={"site": "dc", "vendor": "manufacturer", **DC_LINK_NAMES},
    specs=DC_SPECS,
    invariants=DC_INVARIANTS,
)


# -- wannet: the backbone as an operator's WAN inventory: router hostnames, Gbit/s, key:value tags --

# Zoo PoP (country code) -> (city code, city) from the PoP's coordinates (country centroids for TR, IL, NO).
WAN_SITES = {
    "NL": ("ams", "Amsterdam"), "BE": ("bru", "Brussels"), "DK": ("cph", "Copenhagen"), "PL": ("poz", "Poznan"),
    "DE": ("fra", "Frankfurt"), "CZ": ("prg", "Prague"), "LU": ("lux", "Luxembourg"), "FR": ("par", "Paris"),
    "CH": ("brn", "Bern"), "IT": ("mil", "Milan"), "UA": ("iev", "Kyiv"), "MD": ("kiv", "Chisinau"),
    "BG": ("sof", "Sofia"), "RO": ("buh", "Bucharest"), "TR": ("ank", "Ankara"), "GR": ("ath", "Athens"),
    "CY": ("nic", "Nicosia"), "IL": ("tlv", "Tel Aviv"), "MT": ("mla", "Valletta"), "BY": ("msq", "Minsk"),
    "MK": ("skp", "Skopje"), "ME": ("tgd", "Podgorica"), "HU": ("bud", "Budapest"), "SK": ("bts", "Bratislava"),
    "PT": ("lis", "Lisbon"), "ES": ("mad", "Madrid"), "RS": ("beg", "Belgrade"), "HR": ("zag", "Zagreb"),
    "SL": ("lju", "Ljubljana"), "AT": ("vie", "Vienna"), "LT": ("kun", "Kaunas"), "RU": ("mow", "Moscow"),
    "IS": ("rek", "Reykjavik"), "IE": ("dub", "Dublin"), "UK": ("lon", "London"), "NO": ("osl", "Oslo"),
    "SE": ("sto", "Stockholm"), "FI": ("tku", "Turku"), "EE": ("tll", "Tallinn"), "LV": ("rix", "Riga"),
}
WAN_CITY_BY_COUNTRY = {
    "Netherlands": "NL", "Belgium": "BE", "Denmark": "DK", "Poland": "PL", "Germany": "DE", "Czech Republic": "CZ",
    "Luxembourg": "LU", "France": "FR", "Switzerland": "CH", "Italy": "IT", "Ucrania ": "UA", "Moldavia ": "MD",
    "Bulgaria": "BG", "Romania": "RO", "Turkey": "TR", "Greece": "GR", "Cyprus": "CY", "Israel": "IL", "Malta": "MT",
    "Bielorrussia": "BY", "Macedonia": "MK", "Montenegro": "ME", "Hungary": "HU", "Slovakia": "SK", "Portugal": "PT",
    "Spain": "ES", "Serbia": "RS", "Croatia": "HR", "Slovenia": "SL", "Austria": "AT", "Lithuania": "LT",
    "Russia": "RU", "Iceland": "IS", "Ireland": "IE", "United Kingdom": "UK", "Norway": "NO", "Sweden": "SE",
    "Finland": "FI", "Estonia": "EE", "Latvia": "LV",
}
WAN_NODE_NAMES = {"Country": "country", "Latitude": "lat", "Longitude": "lon"}
WAN_LINK_NAMES = {"LinkSpeedRaw": "capacity_gbit", "LinkLabel": "descr"}
WAN_DROPPED_NODE = ("Internal", "id", "type", "geocode_country", "geocode_id")
WAN_DROPPED_LINK = ("LinkSpeed", "LinkSpeedUnits", "LinkType", "LinkNote", "id", "key")
NORDUNET = "partner:nordunet"


def wan_rename(name: str) -> str:
    return f"cr1.{WAN_SITES[name][0]}" if name in WAN_SITES else name


def gbit(bps: float) -> int | float:
    value = round(bps / 1e9, 6)
    return int(value) if value == int(value) else value


def wan_node(attrs: dict) -> dict:
    """city, country, lat, lon, then any other attribute renamed, then the tags."""
    out = {"city": WAN_SITES[WAN_CITY_BY_COUNTRY[attrs["Country"]]][1]} if "Country" in attrs else {}
    first = {k: attrs[k] for k in WAN_NODE_NAMES if k in attrs}
    rest = {k: v for k, v in attrs.items() if k not in WAN_DROPPED_NODE and k not in WAN_NODE_NAMES}
    out.update(renamed({**first, **rest}, WAN_NODE_NAMES, {}))
    out["tags"] = ["role:core"] + ([NORDUNET] if attrs.get("type") == "NORDUNet" else [])
    return out


def wan_link(attrs: dict) -> dict:
    """capacity_gbit (where known), descr, then any other attribute renamed."""
    first = {k: attrs[k] for k in WAN_LINK_NAMES if k in attrs}
    rest = {k: v for k, v in attrs.items() if k not in WAN_DROPPED_LINK and k not in WAN_LINK_NAMES}
    return renamed({**first, **rest}, WAN_LINK_NAMES, {"LinkSpeedRaw": gbit})


WAN_RULES: list[Rule] = [
    # speed: bit/s -> Gbit/s; "/ 1e9" was the conversion to Gbit/s, now a no-op
    (r"\s*/\s*1e9", ""),
    (r"LinkSpeedRaw=(\d+(?:\.\d+)?(?:e\d+)?)", lambda m: f"capacity_gbit={gbit(float(m.group(1)))}"),
    (r"(?<![\w.])(\d+(?:\.\d+)?)e9(?![\w.])", lambda m: f"{gbit(float(m.group(1)) * 1e9)}"),
    *attribute_rules({**WAN_NODE_NAMES, **WAN_LINK_NAMES}),
]

WAN_NORDUNET = f'nodes(G, where=lambda d: "{NORDUNET}" in d["tags"])'

WAN_SPECS = [
    # count
    Spec("geant-count-01", "how many routers do we have in the wan"),
    Spec("geant-count-02", "total link count, whole network"),
    Spec("geant-count-03", "# of circuits w/ 10 gbit capacity"),
    Spec("geant-count-04", "how many pops are tagged as nordunet partner sites", golden=f"result = len({WAN_NORDUNET})\n"),
    Spec("geant-count-05", "circuits missing a capacity value - how many?"),
    Spec("geant-count-06", "number of directly attached peers of DE"),
    # filter
    Spec("geant-filter-01", "list the routers adjacent to UK"),
    Spec("geant-filter-02", "circuits under 1 gbit/s capacity"),
    Spec("geant-filter-03", "routers sitting further east than 30 deg E"),
    Spec("geant-filter-04", "single-homed routers (only one circuit)"),
    # lookup
    Spec("geant-lookup-01", "which country is SL located in"),
    Spec("geant-lookup-02", "capacity of the NL <-> UK circuit, gbit"),
    Spec("geant-lookup-03", "gps coords for CH as (lat, lon)"),
    Spec("geant-lookup-04", "router located in iceland?"),
    # aggregate
    Spec("geant-agg-01", "highest-degree router(s), ties included"),
    Spec("geant-agg-02", "circuit count per capacity value in gbit/s, leave out links w/o capacity"),
    Spec("geant-agg-03", "mean number of links per router"),
    Spec("geant-agg-04", "router with the largest number of 10 gbit links"),
    # path
    Spec("geant-path-01", "hop count from PT over to FI"),
    Spec("geant-path-02", "min-hop path BE -> ME, list each router in order"),
    Spec("geant-path-03", "can MD reach IS at all?"),
    # what-if
    Spec("geant-whatif-01", "DE down: count of remaining routers that still have a path to NL"),
    Spec("geant-whatif-02", "lose IT + HU together - which routers lose connectivity to DE"),
    Spec("geant-whatif-03", "list routers that are single points of failure for the wan"),
    Spec("geant-whatif-04", "RO outage: would MD be left with zero neighbours"),
    # capacity
    Spec("geant-cap-01", "sum of UK's circuit capacities in gbit/s (skip unknowns)"),
    Spec("geant-cap-02", "aggregate capacity across all circuits, gbit, where known"),
    Spec("geant-cap-03", "IT<->GR capacity in gbit/s"),
    # inventory
    Spec("geant-inv-01", "router / country list as a table"),
    Spec(
        "geant-inv-02",
        "neighbours of each nordunet partner router",
        golden=f"result = {{n: neighbors(G, n) for n in {WAN_NORDUNET}}}\n",
    ),
    # mutation
    Spec("geant-mut-01", "add a new 10 gbit circuit between IE and FR"),
    Spec("geant-mut-02", "decommission the circuit between BG and MK"),
    Spec("geant-mut-03", "bump the NL <-> UK circuit to 10 gbit capacity"),
    Spec("geant-mut-04", "retire router MT, that site is closing"),
]

WAN_INVARIANTS = [
    {
        "id": "routers-geolocated",
        "description": "every router has coordinates",
        "program": 'result = [n for n, d in G.nodes(data=True) if d.get("lat") is None or d.get("lon") is None]',
        "expect": "empty",
    },
    {
        "id": "role-tagged",
        "description": "every router carries a role:... tag",
        "program": 'result = [n for n, d in G.nodes(data=True) if not any(str(t).startswith("role:") for t in d.get("tags", []))]',
        "expect": "empty",
    },
    {
        "id": "capacity-positive",
        "description": "a circuit's capacity, where known, is a positive number of Gbit/s",
        "program": 'result = [(u, v) for u, v, d in G.edges(data=True) if d.get("capacity_gbit") is not None and not d["capacity_gbit"] > 0]',
        "expect": "empty",
    },
]

WANNET = Variant(
    name="wannet",
    description="eval-only pan-European WAN with router hostnames and capacities in Gbit/s; derived from geant2012",
    header=(
        "# Generated by tests/eval/variants.py from topologies/geant2012.graphml - do not edit by hand.\n"
        "# The backbone as an operator's WAN inventory: routers named cr1.<city code> (cr1.ams), country,\n"
        "# lat, lon, city, tags as key:value entries (role:core, partner:nordunet); links: capacity_gbit\n"
        "# (Gbit/s, absent where unknown), descr. Zoo bookkeeping (Internal, id, LinkSpeed*) dropped.\n"
    ),
    source_topology="topologies/geant2012.graphml",
    source_suite="geant.yaml",
    node_attrs=wan_node,
    link_attrs=wan_link,
    rules=WAN_RULES,
    attr_names={
        **WAN_NODE_NAMES,
        **WAN_LINK_NAMES,
        "type": "tags",
        **{name: None for name in WAN_DROPPED_LINK if name not in ("id", "key")},
    },
    specs=WAN_SPECS,
    rename=wan_rename,
    invariants=WAN_INVARIANTS,
)

VARIANTS = (HQNET, DCNET, WANNET)


def leftover(program: str, variant: Variant) -> list[str]:
    """Sample attribute names a rewritten program still uses (as a keyword or a string)."""
    gone = [name for name in variant.attr_names if name != "status"] + ["role"]
    return [name for name in gone if re.search(rf'(?<![\w."]){name}=(?!=)|"{name}"', program)]


# -- building and checking ---------------------------------------------------------------------


class Block(str):
    """A string written as a YAML literal block."""


yaml.SafeDumper.add_representer(Block, lambda dumper, s: dumper.represent_scalar("tag:yaml.org,2002:str", s, style="|"))


def build(variant: Variant) -> tuple[str, str, list[str]]:
    """The variant's topology text and suite text, and the problems its checks found."""
    sample = load(ROOT / variant.source_topology)
    names = set(sample.graph.nodes) | set(variant.extra_names)
    topo = transform_graph(sample.graph, variant)
    topo.graph.graph.update({"name": variant.name, "description": variant.description})
    if variant.invariants is not None:
        topo.invariants = copy.deepcopy(variant.invariants)
    else:
        topo.invariants = [{**inv, "program": rewrite(inv["program"], variant, names)} for inv in sample.invariants]
    problems: list[str] = [f"{variant.name}: invariant {inv['id']} uses {leftover(inv['program'], variant)}"
                           for inv in topo.invariants if leftover(inv["program"], variant)]
    topo_text = variant.header + dumps(topo, format="yaml")

    source_cases = {c.id: c for c in load_suite(HERE / "suite" / variant.source_suite, root=ROOT)}
    cases = []
    counters: dict[str, int] = {}
    for spec in variant.specs:
        src = source_cases[spec.source]
        category = src.category
        short = {"aggregate": "agg", "capacity": "cap", "inventory": "inv", "mutation": "mut", "what-if": "whatif"}.get(category, category)
        counters[short] = counters.get(short, 0) + 1
        case_id = f"{variant.name}-{short}-{counters[short]:02d}"
        golden = spec.golden if spec.golden is not None else rewrite(src.golden, variant, names)
        if spec.golden is not None:
            golden = rename_names(golden, variant, names)
        if leftover(golden, variant):
            problems.append(f"{case_id}: the golden still uses {leftover(golden, variant)}: {golden!r}")
        request = rename_in_request(spec.request, variant, names)
        if too_similar(spec.request, src.request) or spec.request.strip().lower() == src.request.strip().lower():
            problems.append(f"{case_id}: request too close to {src.id}'s")
        case: dict[str, Any] = {"id": case_id, "request": request, "category": category, "difficulty": src.difficulty}
        tolerance = spec.tolerance if spec.tolerance is not None else src.tolerance
        if tolerance is not None:
            case["tolerance"] = tolerance
        if src.ordered:
            case["ordered"] = True
        ignore = [variant.attr_names.get(a, a) for a in src.ignore]
        ignore = [a for a in ignore if a is not None]  # None: the variant has no such attribute
        if ignore:
            case["ignore"] = ignore
        case["golden"] = Block(golden if golden.endswith("\n") else golden + "\n")
        cases.append((case, src, spec))
    suite_doc = {"topology": f"tests/eval/topologies/{variant.name}.yaml", "cases": [c for c, _s, _p in cases]}
    suite_text = (
        f"# Generated by tests/eval/variants.py from suite/{variant.source_suite} - do not edit by hand.\n"
        f"# {variant.description}.\n" + yaml.safe_dump(suite_doc, sort_keys=False, width=120, allow_unicode=True)
    )
    problems += check(variant, sample, topo_text, suite_text, cases, names)
    return topo_text, suite_text, problems


def check(variant, sample, topo_text, suite_text, cases, names) -> list[str]:
    """Each variant golden must give the sample golden's outcome, mapped; the variant topology must keep its invariants."""
    import tempfile

    from suite_support import trusted_runner

    from netops.answering.intent import is_change_request
    from netops.answering.retrieval import load_examples
    from netops.program.validate import declared_violations
    from netops.topology import loads

    problems = []
    requests = [(c["id"], c["request"]) for c, _s, _p in cases]
    for index, (left_id, left) in enumerate(requests):
        for right_id, right in requests[index + 1 :]:
            if too_similar(left, right):
                problems.append(f"{left_id} and {right_id}: requests too similar")
    for case, _src, _spec in cases:
        for example in load_examples():
            if too_similar(case["request"], example.request):
                problems.append(f"{case['id']}: request too close to the prompt example {example.request!r}")
        if is_change_request(case["request"]) != (case["category"] == "mutation"):
            problems.append(f"{case['id']}: intent detection disagrees with the category")
    topo = loads(topo_text, format="yaml", path=f"{variant.name}.yaml")
    violations = declared_violations(topo, topo.graph, trusted_runner(variant.name))
    problems += [f"{variant.name}: invariant fails: {v.message}" for v in violations]
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "topologies").mkdir()
        (Path(tmp) / "topologies" / f"{variant.name}.yaml").write_text(topo_text)
        (Path(tmp) / "suite.yaml").write_text(suite_text.replace("tests/eval/topologies/", "topologies/"))
        variant_cases = {c.id: c for c in load_suite(Path(tmp) / "suite.yaml", root=Path(tmp))}
    for case, src, spec in cases:
        mine = variant_cases[case["id"]]
        want = run_golden(src, sample)
        got = run_golden(mine, topo)
        if got.error or want.error:
            problems.append(f"{mine.id}: {got.error or want.error}")
            continue
        if mine.mutation:
            expected = transform_graph(want.after, variant).graph
            verdict = compare_graphs(expected, got.after, ignore=())
        else:
            expected = map_value(want.value, variant, spec, names)
            verdict = compare(expected, got.value, ordered=mine.ordered, tolerance=mine.tolerance)
        if not verdict.ok:
            problems.append(f"{mine.id} differs from {src.id}: {verdict.reason}")
    return problems


def main() -> int:
    failed = False
    for variant in VARIANTS:
        topo_text, suite_text, problems = build(variant)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            failed = True
            continue
        (HERE / "topologies" / f"{variant.name}.yaml").write_text(topo_text)
        (HERE / "suite" / f"{variant.name}.yaml").write_text(suite_text)
        print(f"{variant.name}: {len(variant.specs)} cases, checked against {variant.source_suite}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
