"""Conventions operators use in topology data: attribute names that mean the same, unit words.

Shared by the schema notes (:mod:`netops.topology.notes`), which tell the
model how *this* topology encodes roles, sites, status and units, and by the
example re-targeting (:mod:`netops.answering.retarget`), which maps a sample's names
onto the user's.
"""

from __future__ import annotations

import re

__all__ = ["NAME_GROUPS", "UNIT_WORDS", "name_group", "words"]

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
