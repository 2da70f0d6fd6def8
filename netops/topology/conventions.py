"""Conventions operators use in topology data: attribute names that mean the same, unit words.

Shared by the schema notes (:mod:`netops.topology.notes`), which tell the
model how *this* topology encodes roles, sites, status and units, and by the
example re-targeting (:mod:`netops.answering.retarget`), which maps a sample's names
onto the user's.
"""

from __future__ import annotations

import re

__all__ = ["NAME_GROUPS", "UNIT_WORDS", "name_group", "rate_unit", "words"]

# Attribute names that mean the same thing. A name belongs to a group when the
# whole name or one of its words is listed ("admin_status" via "status",
# "hw_model" via "model"). Names are only compared within devices or within
# links, so "type" (a device role) and "link_type" (a link kind) do not clash.
NAME_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "role device_role function type device_type",
        "site location pop dc campus datacenter data_center",
        "building location",
        "vendor manufacturer make",
        "status state oper_status oper_up oper",
        "speed bandwidth capacity rate",
        "utilization utilisation util load",
        "circuit_id cid circuit_ref circuit",
        "provider carrier isp",
        "latency delay",
        "model hw_model platform",
        "os_version software_version sw_version version",
        "serial serial_number sn",
        "mgmt_ip oob_ip management_ip mgmt oob management",
        "asn bgp_asn as_number",
        "kind link_type media_type",
        "rack cabinet",
    )
)

# Unit words in attribute names: (dimension, size of one unit in base units).
UNIT_WORDS = {
    "bps": ("rate", 1.0),
    "kbps": ("rate", 1e3),
    "mbps": ("rate", 1e6),
    "gbps": ("rate", 1e9),
    "tbps": ("rate", 1e12),
    "kbit": ("rate", 1e3),
    "mbit": ("rate", 1e6),
    "gbit": ("rate", 1e9),
    "pct": ("ratio", 0.01),
    "percent": ("ratio", 0.01),
    "ms": ("time", 1e-3),
    "us": ("time", 1e-6),
    "ns": ("time", 1e-9),
}


def words(name: str) -> list[str]:
    """Lower-case words of an attribute name.

    >>> words("LinkSpeedRaw"), words("mgmt-ipv4"), words("oper_up")
    (['link', 'speed', 'raw'], ['mgmt', 'ipv4'], ['oper', 'up'])
    """
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name)
    return [w for w in re.split(r"[\s_\-./]+", spaced.lower()) if w]


def name_group(word: str) -> frozenset[str]:
    """The NAME_GROUPS entry holding ``word`` (``"speed"`` -> speed, bandwidth, capacity, rate).

    >>> sorted(name_group("speed"))
    ['bandwidth', 'capacity', 'rate', 'speed']
    """
    return next(group for group in NAME_GROUPS if word in group)


def rate_unit(name: str, high: float | None) -> float | None:
    """Bit/s in one stored unit of a speed attribute: from a unit word in its name, else from its largest value.

    A name says it outright (``speed_mbps``, ``capacity_gbit``, ``speed_bps``).
    Otherwise the magnitude does, the way operators' data is written: any
    value of 10^8 or more is in bit/s (Zoo's ``LinkSpeedRaw``), values from
    1000 are Mbit/s (``speed: 100000``), small ones Gbit/s (``bandwidth: 100``).
    None when nothing says (no unit word, no value).

    >>> rate_unit("speed_mbps", None), rate_unit("capacity_gbit", 10), rate_unit("LinkSpeedRaw", 1e10)
    (1000000.0, 1000000000.0, 1.0)
    >>> rate_unit("speed", 100000), rate_unit("bandwidth", 400), rate_unit("speed", None)
    (1000000.0, 1000000000.0, None)
    """
    for word in reversed(words(name)):
        dimension, size = UNIT_WORDS.get(word, ("", 0.0))
        if dimension == "rate":
            return size
    if high is None:
        return None
    if high >= 1e8:
        return 1.0
    return 1e6 if high >= 1000 else 1e9
