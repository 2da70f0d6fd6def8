"""containerlab topology files (``*.clab.yml``): nodes, links and inheritance.

::

    name: dc1                          # name, prefix, mgmt, settings, debug: graph attributes
    mgmt: {network: clab-mgmt, ipv4-subnet: 172.20.20.0/24}
    topology:
      defaults:
        kind: nokia_srlinux
        labels: {site: ams}
      kinds:
        nokia_srlinux: {image: ghcr.io/nokia/srlinux:${SRL_VERSION:=24.10}, type: ixrd3}
      groups:
        spines: {labels: {role: spine}}
      nodes:
        spine1: {group: spines, mgmt-ipv4: 172.20.20.11}
        leaf1:
          labels: {role: leaf, rack: r1, graph-icon: switch}
          mgmt-ipv4: 172.20.20.21
      links:
        - endpoints: ["spine1:e1-1", "leaf1:e1-49"]          # brief form
          mtu: 9000
        - type: veth                                          # extended form
          endpoints:
            - {node: spine1, interface: e1-2, mac: "02:00:00:00:01:02"}
            - {node: leaf1, interface: e1-50}
          vars: {cost: 10}
        - endpoints: ["leaf1:e1-10", "host:leaf1-e1-10"]     # not device-to-device

Environment variables
    As containerlab does before it parses a file, ``${VAR}`` and ``$VAR`` are
    replaced by the variable's value and left as written when it is unset;
    ``${VAR:=default}``/``${VAR:-default}`` give ``default`` when VAR is unset
    or empty, ``${VAR=default}``/``${VAR-default}`` only when it is unset,
    ``${VAR:+other}``/``${VAR+other}`` give ``other`` when it is set (and, with
    the colon, not empty) and nothing otherwise; ``$${`` and ``$$VAR`` escape
    the ``$``. The default may use ``$VAR`` but not a nested ``${...}``.
    Written files carry the expanded values, and the writer doubles each
    ``$`` that would start a reference (a value ``$HOME`` is written
    ``$$HOME``), so values read back as they were.

Reading
    A node's settings are resolved as containerlab resolves them:
    ``topology.defaults`` < ``topology.kinds.<kind>`` <
    ``topology.groups.<group>`` < the node's own keys (the node wins), where
    the group is the node's ``group`` or ``defaults.group`` and the kind the
    node's ``kind``, else its group's, else ``defaults.kind``. ``labels`` and
    ``env`` merge key by key across the levels; every other key is taken
    whole from the most specific level that sets it (containerlab merges
    ``binds``/``env-files``/``devices`` lists; here they are taken whole).
    Inherited values are copied per node, so changing one node never changes
    another.

Node attributes
    A node's attributes are its resolved settings plus its labels: each label
    becomes a plain attribute (``G.nodes["leaf1"]["role"] == "leaf"``, as in
    every other format), except labels named like a containerlab setting
    (``image``, ``kind``, ...), which stay in the ``labels`` attribute. When no
    ``vendor`` label is given, ``vendor`` comes from the kind's vendor prefix
    (``nokia_srlinux`` -> ``nokia``, ``arista_ceos`` -> ``arista``, see
    :data:`KIND_VENDORS`), so ``netops topo stats`` and questions by vendor
    work on containerlab files. A file that sets a name both as a label and
    as a node key is refused.

Labels written by netops
    containerlab's schema allows only its own node keys and keeps user data in
    ``labels`` (non-empty strings or non-negative numbers), so the writer puts
    every attribute that is not a containerlab setting there. Values that are
    no such label value (``True``, ``-3``, ``None``, ``""``, lists, mappings),
    and names that would be mistaken for something else (a containerlab
    setting's name, an empty name, a name starting ``netops.``), are written
    as ``netops.json/<name>: '<value as JSON>'``, which reads back as
    attribute ``<name>`` with its type (and wins over a plain label or a node
    key of that name). Two more labels are netops's own:

    * ``netops.unset: '["kind", ...]'`` lists names the file gives the node
      (a kind filled in, a vendor implied by the kind, a setting, label or
      whole ``labels``/``env`` mapping inherited from ``defaults``/``kinds``/
      ``groups``) that the topology's node does not have; the reader drops
      them, so ``containerlab deploy`` gets a complete node and netops gets
      the node back as it was. (An ``env`` mapping that lacks only some of
      the entries it inherits cannot be written: a ``TopologyFormatError``.)
    * ``netops.graph/<name>: '<JSON>'`` in ``topology.defaults.labels`` holds
      graph attributes that containerlab has no top-level key for
      (``description``, ...); nodes do not get them.

Kinds
    A node with a ``kind`` (a non-empty string, kept as it is) is a
    containerlab node: its attributes named like containerlab settings are
    written as node keys. A node without one is not, so all its attributes
    go to labels (a ``type`` from GraphML is not an SR Linux chassis type),
    and it is written with the kind the file's ``defaults``/``groups`` give
    it, else one netops picks (containerlab needs one): from its
    ``platform``/``os`` (``eos`` -> ``arista_ceos``, ``nxos`` ->
    ``cisco_n9kv``, see :data:`PLATFORM_KINDS`), else its ``vendor``
    (``arista``, ``nokia``, see :data:`VENDOR_KINDS`; not Cisco or Juniper,
    which have several), else :data:`DEFAULT_KIND` (``linux``). That kind is
    listed in ``netops.unset``.

Links
    Device-to-device links become graph links: ``interfaces`` from the
    endpoints, the link's keys (``mtu``, ``type``, ``ipv4``, ...) and each
    entry of its ``vars`` as link attributes (a ``vars`` entry whose name is
    also a link key or ``interfaces``/``endpoint_options`` stays in the
    ``vars`` attribute), and per-endpoint extras of the extended form
    (``mac``, ...) under ``endpoint_options`` = ``{node: {"mac": ...}}``. An
    endpoint without an interface (``"r1"``) is accepted so that any topology
    can be written and read back; containerlab itself needs interfaces.
    Links netops cannot model -- brief links to ``host``/``mgmt-net``/
    ``macvlan``, extended links with a single ``endpoint`` (``mgmt-net``,
    ``macvlan``, ``host``, ``vxlan``, ``vxlan-stitch``, ``dummy``), and loops
    joining two interfaces of one node -- are checked (nodes exist,
    interfaces unused) and kept verbatim. Any other ``type`` with two
    ``endpoints`` is a link whose ``type`` attribute is kept.

    The writer writes ``mtu`` (a number 1..65535), ``ipv4``/``ipv6`` (one or
    two addresses with prefix length) and ``type: veth`` as link keys and
    every other attribute in ``vars``, which takes any value, so link
    attributes keep their types without encoding. (A ``vars`` attribute is
    merged into ``vars``, so its entries read back as attributes unless
    their names are link keys.) Links with ``type: veth`` or
    ``endpoint_options`` use the extended form, the rest the brief form.
    Links without interfaces are written without them (containerlab needs
    ``node:interface``; netops does not invent interface names).

Round trip
    The ``topology`` section minus its nodes and modelled links (that is:
    ``defaults``, ``kinds``, ``groups``, any other key, and the verbatim
    links under ``links``) is stored as the graph attribute ``topology``.
    The writer writes that back and, for each node, only the keys and labels
    whose value differs from what inheritance gives, so a node is written
    with its own values and inherited ones stay inherited. ``name`` is
    written from the graph attribute, else the topology's name. Empty
    ``labels``/``env`` mappings are not kept. A node or lab name that
    containerlab does not accept (``[a-zA-Z0-9][a-zA-Z0-9-._]*``) is written
    as it is: renaming would break the round trip.
"""

from __future__ import annotations

import copy
import ipaddress
import json
import math
import os
import re
from collections.abc import Callable, Mapping
from typing import Any

import networkx as nx
import yaml

from netops.errors import TopologyFormatError
from netops.topology.formats.guards import MAX_INPUT_BYTES, brief
from netops.topology.formats.yaml_lines import LocatedYAML, load_located
from netops.topology.model import INTERFACES, Topology

__all__ = ["EXTENSIONS", "NAME", "expand_env", "line_index", "read", "sniff", "vendor_of", "write"]

NAME = "clab"
EXTENSIONS = (".clab.yml", ".clab.yaml")

#: Top-level keys containerlab accepts besides ``name`` and ``topology``; other
#: graph attributes are written as ``netops.graph/`` labels.
TOP_LEVEL_KEYS = ("prefix", "mgmt", "settings", "debug")
#: The keys of a containerlab node (``node-config`` in containerlab's JSON schema).
NODE_SETTINGS = frozenset({
    "image", "image-pull-policy", "restart-policy", "kind", "license", "type", "group", "startup-config",
    "startup-delay", "enforce-startup-config", "suppress-startup-config", "auto-remove", "exec", "binds",
    "volumes", "ports", "env", "credentials", "env-files", "user", "hostname", "entrypoint", "cmd", "labels",
    "runtime", "mgmt-ipv4", "mgmt-ipv6", "network-mode", "link-apply-mode", "cpu", "memory", "cpu-set",
    "extras", "config", "stages", "dns", "certificate", "healthcheck", "components", "aliases", "shm-size",
    "cap-add", "privileged", "cgroupns-mode", "cgroup-parent", "pid-mode", "tmpfs", "security-opts",
    "sysctls", "devices",
})
#: Node keys merged key by key across defaults, kind, group and node.
MERGED_KEYS = ("labels", "env")
#: Endpoint names that are not nodes unless a node is so named.
SPECIAL_ENDPOINTS = ("host", "mgmt-net", "macvlan")
OPTIONS = "endpoint_options"

#: Label prefixes and names netops reserves (see the module docstring).
NETOPS_PREFIX = "netops."
JSON_PREFIX = "netops.json/"
GRAPH_PREFIX = "netops.graph/"
UNSET_LABEL = "netops.unset"

#: Kind prefix -> vendor, for the ``vendor`` of a node that has no vendor label.
KIND_VENDORS = (
    ("nokia_", "nokia"), ("arista_", "arista"), ("juniper_", "juniper"), ("cjunos", "juniper"),
    ("cisco_", "cisco"), ("dell_", "dell"), ("aruba_", "aruba"), ("nvidia_", "nvidia"), ("huawei_", "huawei"),
    ("mikrotik_", "mikrotik"), ("paloalto_", "paloalto"), ("fortinet_", "fortinet"),
    ("ipinfusion_", "ipinfusion"), ("ciena_", "ciena"), ("checkpoint_", "checkpoint"),
    ("vyosnetworks_", "vyos"), ("6wind_", "6wind"), ("arrcus_", "arrcus"), ("f5_", "f5"),
    ("keysight_", "keysight"), ("spirent_", "spirent"),
)
#: ``platform``/``os`` value (NAPALM, Netmiko and Nornir spellings) -> the kind of a node written without one.
PLATFORM_KINDS = {
    "eos": "arista_ceos", "arista_eos": "arista_ceos",
    "srlinux": "nokia_srlinux", "srl": "nokia_srlinux", "nokia_srl": "nokia_srlinux",
    "sros": "nokia_sros", "nokia_sros": "nokia_sros",
    "nxos": "cisco_n9kv", "nxos_ssh": "cisco_n9kv", "cisco_nxos": "cisco_n9kv",
    "iosxr": "cisco_xrd", "cisco_xr": "cisco_xrd", "cisco_iosxr": "cisco_xrd",
    "ios": "cisco_iol", "iosxe": "cisco_iol", "cisco_ios": "cisco_iol", "cisco_xe": "cisco_iol",
    "cumulus": "nvidia_cumulusvx", "routeros": "mikrotik_ros", "mikrotik_routeros": "mikrotik_ros",
    "vyos": "vyosnetworks_vyos", "sonic": "sonic-vs", "linux": "linux",
}
#: ``vendor`` -> the kind of a node written without one, where the vendor has one obvious container.
#: (Cisco and Juniper have several -- IOL, XRd, N9Kv; cRPD, vJunos -- so they need a platform.)
VENDOR_KINDS = {
    "arista": "arista_ceos", "nokia": "nokia_srlinux", "nvidia": "nvidia_cumulusvx",
    "cumulus": "nvidia_cumulusvx", "mikrotik": "mikrotik_ros", "vyos": "vyosnetworks_vyos",
}
#: The kind of a node written without a kind, platform or known vendor: a plain container.
DEFAULT_KIND = "linux"

_MISSING = object()


def sniff(text: str) -> bool:
    """Return True for YAML with a top-level ``topology:`` holding ``nodes``/``links``/``kinds``.

    A top-level ``nodes:`` is netops' own YAML, never containerlab's (whose nodes sit under
    ``topology:``): a lab saved as native YAML keeps the lab's ``topology:`` block as a graph
    attribute, and must read back as what it is.
    """
    head = text[:20000]
    return (
        re.search(r"(?m)^topology:[ \t]*(#.*)?$", head) is not None
        and re.search(r"(?m)^[ \t]+(nodes|links|kinds|defaults|groups):", head) is not None
        and re.search(r"(?m)^nodes:", head) is None
    )


# -- environment variables ------------------------------------------------------

# ``$$`` before a name or brace (an escaped ``$``), ``${NAME}`` with an optional
# ``:-``/``-``/``:=``/``=``/``:+``/``+`` word, or a bare ``$NAME``.
_ENV_REF = re.compile(
    r"\$\$(?=[{A-Za-z_])|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)"
)
# Every "$" that expansion would read as the start of a reference; doubling it undoes expansion.
_ENV_ESCAPE = re.compile(r"\$(?=[{A-Za-z_])")


def expand_env(text: str, environ: Mapping[str, str] | None = None, path: str | None = None) -> str:
    """Expand environment variables the way containerlab does before parsing (see the module docstring).

    A variable that is unset and has no default is kept as written, as
    containerlab keeps it. The result may not grow past the input size cap:
    a file of many references to a long variable would otherwise fill memory.
    """
    if "$" not in text:
        return text
    env = os.environ if environ is None else environ
    budget = [MAX_INPUT_BYTES - len(text)]

    def substitute(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group(1) or match.group(4)
        value = env.get(name)
        operator, word = match.group(2), match.group(3)
        if operator is None:
            result = match.group(0) if value is None else value
        else:
            unset = value is None or (operator.startswith(":") and value == "")
            if operator.endswith("+"):
                result = "" if unset else _ENV_REF.sub(substitute, word)
            else:
                result = _ENV_REF.sub(substitute, word) if unset else str(value)
        budget[0] -= len(result) - len(match.group(0))
        if budget[0] < 0:
            raise TopologyFormatError("environment variables expand the file beyond the input size limit", path=path)
        return result

    return _ENV_REF.sub(substitute, text)


# -- helpers shared by reading and writing ------------------------------------------


def _same(left: Any, right: Any) -> bool:
    if left is _MISSING or right is _MISSING:
        return left is right
    if type(left) is not type(right):
        return False
    if isinstance(left, (dict, list)):
        return json.dumps(left, sort_keys=True, default=repr) == json.dumps(right, sort_keys=True, default=repr)
    if isinstance(left, float) and math.isnan(left):
        return math.isnan(right)
    return bool(left == right)


def vendor_of(kind: Any) -> str | None:
    """The vendor a containerlab kind implies (``arista_ceos`` -> ``arista``), or None."""
    if isinstance(kind, str):
        for prefix, vendor in KIND_VENDORS:
            if kind.startswith(prefix):
                return vendor
    return None


def _guess_kind(attrs: Mapping[str, Any]) -> str:
    """The kind to write for a node that has none: by platform/os, then vendor, else linux."""
    for key in ("platform", "os"):
        value = attrs.get(key)
        if isinstance(value, str) and value.strip().lower() in PLATFORM_KINDS:
            return PLATFORM_KINDS[value.strip().lower()]
    vendor = attrs.get("vendor")
    if isinstance(vendor, str) and vendor.strip().lower() in VENDOR_KINDS:
        return VENDOR_KINDS[vendor.strip().lower()]
    return DEFAULT_KIND


def _json_only(value: Any) -> bool:
    """Whether ``value`` survives JSON unchanged (no dates, no non-string mapping keys)."""
    if value is None or type(value) in (str, int, float, bool):
        return True
    if isinstance(value, list):
        return all(_json_only(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_only(v) for k, v in value.items())
    return False


def _to_json(value: Any, what: str) -> str:
    try:
        if not _json_only(value):
            raise TopologyFormatError(f"cannot write containerlab: {what}: {brief(value)} is not a JSON value")
        return json.dumps(value, ensure_ascii=False)
    except (ValueError, RecursionError):  # JSON input may nest values ~1,000 deep
        raise TopologyFormatError(f"cannot write containerlab: {what}: value nested too deeply") from None


def _from_json(text: Any, fail: Any) -> Any:
    if not isinstance(text, str):
        raise fail("must hold a JSON value in a string")
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise fail("must hold a JSON value in a string") from None


def _plain_label(name: Any, value: Any) -> bool:
    """Whether ``name: value`` can be a label as it is and read back as the same attribute."""
    if not isinstance(name, str) or not name or name in NODE_SETTINGS or name.startswith(NETOPS_PREFIX):
        return False
    if type(value) is str:
        return value != ""
    return type(value) in (int, float) and math.isfinite(value) and value >= 0


def _encode_label(name: str, value: Any, node: str, *, force_json: bool = False) -> tuple[str, Any]:
    """The label that carries attribute ``name`` (see "Labels written by netops")."""
    if not force_json and _plain_label(name, value):
        return name, value
    return JSON_PREFIX + str(name), _to_json(value, f"node {node!r} attribute {name!r}")


def _split_labels(labels: Mapping[Any, Any], fail: Any) -> tuple[dict[str, Any], dict[str, Any], dict[Any, Any], list[Any]]:
    """Labels -> (plain attributes, ``netops.json/`` attributes, labels kept as labels, unset names).

    ``fail(problem, key)`` builds the error for a bad netops label.
    """
    plain: dict[str, Any] = {}
    encoded: dict[str, Any] = {}
    kept: dict[Any, Any] = {}
    unset: list[Any] = []
    for key, value in labels.items():
        if key == UNSET_LABEL:
            unset = _from_json(value, lambda problem, key=key: fail(f"label {key!r} {problem}", key))
            if not isinstance(unset, list):
                raise fail(f"label {key!r} must hold a JSON list of names", key)
        elif isinstance(key, str) and key.startswith(JSON_PREFIX):
            encoded[key[len(JSON_PREFIX):]] = _from_json(value, lambda problem, key=key: fail(f"label {key!r} {problem}", key))
        elif isinstance(key, str) and key and key not in NODE_SETTINGS:
            plain[key] = value
        else:
            kept[key] = value
    return plain, encoded, kept, unset


class _Levels:
    """The ``defaults``/``kinds``/``groups`` of a file, validated."""

    def __init__(self, section: dict[str, Any], doc: LocatedYAML | None) -> None:
        def fail(problem: str, *keys: str) -> TopologyFormatError:
            if doc is None:
                return TopologyFormatError(f"cannot write containerlab: graph attribute 'topology': {problem}")
            return doc.error(problem, "topology", *keys)

        defaults = section.get("defaults") or {}
        if not isinstance(defaults, dict):
            raise fail("'defaults' must be a mapping", "defaults")
        self._check_level(defaults, fail, "defaults")
        self.defaults = defaults
        tables = {}
        for table in ("kinds", "groups"):
            raw = section.get(table) or {}
            if not isinstance(raw, dict):
                raise fail(f"'{table}' must be a mapping of name to settings", table)
            clean = {}
            for name, entry in raw.items():
                entry = {} if entry is None else entry
                if not isinstance(entry, dict):
                    raise fail(f"{table}.{name} must be a mapping", table, name)
                forbidden = "kind" if table == "kinds" else "group"
                if forbidden in entry:
                    raise fail(f"{table}.{name} must not set '{forbidden}'", table, name, forbidden)
                self._check_level(entry, fail, table, name)
                clean[name] = entry
            tables[table] = clean
        self.kinds = tables["kinds"]
        self.groups = tables["groups"]

    @staticmethod
    def _check_level(level: dict[str, Any], fail: Any, *keys: str) -> None:
        for key in MERGED_KEYS:
            if key in level and level[key] is not None and not isinstance(level[key], dict):
                raise fail(f"'{key}' must be a mapping", *keys, key)

    def inherited(self, kind: Any, group: Any) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        """Return (fields, merged maps) a node of ``kind`` in ``group`` inherits."""
        group_def = self.groups.get(group) if isinstance(group, str) else None
        kind_def = self.kinds.get(kind) if isinstance(kind, str) else None
        fields: dict[str, Any] = {}
        maps: dict[str, dict[str, Any]] = {key: {} for key in MERGED_KEYS}
        for level in (self.defaults, kind_def, group_def):
            if level:
                _apply(level, fields, maps)
        return fields, maps

    def resolve_kind_group(self, own: dict[str, Any]) -> tuple[Any, Any]:
        group = own["group"] if "group" in own else self.defaults.get("group")
        group_def = self.groups.get(group) if isinstance(group, str) else None
        if "kind" in own:
            kind = own["kind"]
        elif group_def and "kind" in group_def:
            kind = group_def["kind"]
        else:
            kind = self.defaults.get("kind")
        return kind, group


def _apply(
    level: dict[str, Any], fields: dict[str, Any], maps: dict[str, dict[str, Any]], *, shared: bool = True
) -> None:
    """Lay one level over ``fields``/``maps``; values of ``shared`` levels are copied."""
    for key, value in level.items():
        if shared and isinstance(value, (dict, list)):
            value = copy.deepcopy(value)
        if key in maps:
            if value:
                maps[key].update(value)
        else:
            fields[key] = value


# -- reading --------------------------------------------------------------------


def _parse_endpoint(doc: LocatedYAML, raw: Any, where: tuple[Any, ...]) -> tuple[str, str | None, dict[str, Any]]:
    if isinstance(raw, str):
        node, sep, interface = raw.partition(":")
        return node, (interface or None) if sep else None, {}
    if isinstance(raw, dict):
        extras = dict(raw)
        node = extras.pop("node", None)
        interface = extras.pop("interface", None)
        if not isinstance(node, str) or not node:
            raise doc.error("endpoint needs a 'node' name", *where)
        if interface is not None and not isinstance(interface, str):
            raise doc.error("endpoint 'interface' must be a string", *where)
        return node, interface or None, extras
    raise doc.error(f"endpoint must be 'node:interface' or {{node: ..., interface: ...}}, got {brief(raw)}", *where)


class _Ports:
    """Interface use across all links, for the duplicate check."""

    def __init__(self, doc: LocatedYAML) -> None:
        self.doc = doc
        self.used: dict[tuple[str, str], int] = {}

    def claim(self, node: str, interface: str | None, index: int, where: tuple[Any, ...]) -> None:
        if interface is None:
            return
        port = (node, interface)
        if port in self.used:
            first = self.doc.line_of("topology", "links", self.used[port])
            raise self.doc.error(f"interface {node}:{interface} is already used by the link on line {first}", *where)
        self.used[port] = index


def _graph_labels(doc: LocatedYAML, section: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Take the ``netops.graph/`` labels out of ``defaults``: (graph attributes, section without them)."""
    defaults = section.get("defaults")
    labels = defaults.get("labels") if isinstance(defaults, dict) else None
    if not isinstance(labels, dict):
        return {}, section
    attrs: dict[str, Any] = {}
    rest: dict[Any, Any] = {}
    for key, value in labels.items():
        if isinstance(key, str) and key.startswith(GRAPH_PREFIX):
            where = ("topology", "defaults", "labels", key)
            attrs[key[len(GRAPH_PREFIX):]] = _from_json(value, lambda p, w=where, k=key: doc.error(f"label {k!r} {p}", *w))
        else:
            rest[key] = value
    if not attrs:
        return {}, section
    # containerlab would give these labels to every node; netops keeps them off the nodes.
    defaults = dict(defaults or {})
    if rest:
        defaults["labels"] = rest
    else:
        del defaults["labels"]
    section = dict(section)
    if defaults:
        section["defaults"] = defaults
    else:
        del section["defaults"]
    return attrs, section


def _node_attrs(doc: LocatedYAML, levels: _Levels, name: str, own: dict[str, Any]) -> dict[str, Any]:
    """A node's attributes: resolved settings, labels as attributes, the implied vendor, minus netops.unset."""
    where = ("topology", "nodes", name)
    _Levels._check_level(own, lambda problem, *keys: doc.error(problem, *where, *keys))
    kind, group = levels.resolve_kind_group(own)
    fields, maps = levels.inherited(kind, group)
    _apply(own, fields, maps, shared=False)
    own_labels = own.get("labels") or {}

    def fail(problem: str, key: Any) -> TopologyFormatError:
        return doc.error(problem, *where, "labels", key) if key in own_labels else doc.error(problem, *where)

    plain, encoded, kept, unset = _split_labels(maps["labels"], fail)
    for key in plain:
        if key in fields:
            at = (*where, "labels", key) if key in own_labels else (*where, key)
            raise doc.error(f"node {brief(name)} sets {brief(key)} both as a label and as a node key", *at)
    attrs = {**fields, **plain, **encoded}
    if kept:
        attrs["labels"] = kept
    if maps["env"]:
        attrs["env"] = maps["env"]
    implied = vendor_of(fields.get("kind"))
    if implied and "vendor" not in attrs:
        attrs["vendor"] = implied
    for key in unset:
        if isinstance(key, str):
            attrs.pop(key, None)
    return attrs


def _link_attrs(item: dict[str, Any]) -> dict[str, Any]:
    """A link's attributes: its keys but ``endpoints``, and its ``vars`` entries (see "Links")."""
    attrs = {k: v for k, v in item.items() if k not in ("endpoints", "vars")}
    variables = item.get("vars", _MISSING)
    if not isinstance(variables, dict):
        if variables is not _MISSING:
            attrs["vars"] = variables
        return attrs
    lifted: dict[str, Any] = {}
    left: dict[Any, Any] = {}
    for key, value in variables.items():
        if not isinstance(key, str) or key in attrs or key in (INTERFACES, OPTIONS, "endpoints"):
            left[key] = value
        else:
            lifted[key] = value
    if left and "vars" in lifted:  # a 'vars' entry and entries that stay in 'vars': keep them together
        left["vars"] = lifted.pop("vars")
    attrs.update(lifted)
    if left:
        attrs["vars"] = left
    return attrs


def read(text: str, path: str) -> Topology:
    """Parse a containerlab topology into a Topology (errors carry ``path:line``)."""
    doc = load_located(expand_env(text, path=path), path)
    data = doc.data
    if not isinstance(data, dict):
        raise doc.error("a containerlab file must be a mapping with 'name' and 'topology'")
    section = data.get("topology")
    if not isinstance(section, dict):
        raise doc.error("missing 'topology' mapping" if section is None else "'topology' must be a mapping", "topology")
    graph_attrs, section = _graph_labels(doc, section)
    levels = _Levels(section, doc)
    topology = Topology(name=str(data.get("name") or ""))
    graph = topology.graph
    graph.graph.update({k: v for k, v in data.items() if k != "topology"})
    for key, value in graph_attrs.items():
        if key in graph.graph or key == "topology":
            raise doc.error(f"graph attribute {key!r} is given twice", "topology", "defaults", "labels", GRAPH_PREFIX + key)
        graph.graph[key] = value

    _add_nodes(doc, section.get("nodes"), graph, levels)
    verbatim = _add_links(doc, section.get("links"), graph)

    stash = {k: v for k, v in section.items() if k not in ("nodes", "links")}
    if verbatim:
        stash["links"] = verbatim
    if stash:
        graph.graph["topology"] = stash
    return topology


def _add_nodes(doc: LocatedYAML, nodes: Any, graph: nx.MultiGraph, levels: _Levels) -> None:
    """Add the devices, with their settings resolved through defaults, kinds and groups (``_Levels``)."""
    if nodes is None:
        nodes = {}
    if not isinstance(nodes, dict):
        raise doc.error("'nodes' must be a mapping of node name to settings", "topology", "nodes")
    for name, own in nodes.items():
        where = ("topology", "nodes", name)
        if not isinstance(name, str) or not name:
            raise doc.error(f"node name must be a non-empty string, got {brief(name)}", *where)
        own = {} if own is None else own
        if not isinstance(own, dict):
            raise doc.error(f"settings of node {brief(name)} must be a mapping", *where)
        graph.add_node(name)
        graph.nodes[name].update(_node_attrs(doc, levels, name, own))


def _add_links(doc: LocatedYAML, links: Any, graph: nx.MultiGraph) -> list[Any]:
    """Add the links between devices; return the links kept as written (special endpoints, loops, other kinds)."""
    if links is None:
        links = []
    if not isinstance(links, list):
        raise doc.error("'links' must be a list", "topology", "links")
    ports = _Ports(doc)
    verbatim: list[Any] = []
    for index, item in enumerate(links):
        where = ("topology", "links", index)
        if not isinstance(item, dict):
            raise doc.error(f"each link must be a mapping with 'endpoints', got {brief(item)}", *where)
        if "endpoint" in item:  # mgmt-net, macvlan, host, vxlan, vxlan-stitch, dummy
            _check_other_link(doc, item, graph, ports, index, where)
            verbatim.append(item)
            continue
        ends = _link_ends(doc, item, where)
        special = [n for n, _, _ in ends if n not in graph and n in SPECIAL_ENDPOINTS]
        for i, (node, _iface, _x) in enumerate(ends):
            if node not in graph and node not in SPECIAL_ENDPOINTS:
                raise doc.error(f"link endpoint {brief(node)} is not a defined node", *where, "endpoints", i)
        (a, ia, xa), (b, ib, xb) = ends
        loop = a == b and ia is not None and ib is not None
        for i, (node, iface, _x) in enumerate(ends):
            if node in graph:
                ports.claim(node, iface, index, (*where, "endpoints", i))
        if special or loop:
            verbatim.append(item)
            continue
        for reserved in (INTERFACES, OPTIONS):
            if reserved in item:
                raise doc.error(f"'{reserved}' is reserved; give it in 'endpoints'", *where, reserved)
        attrs = _link_attrs(item)
        interfaces = {node: iface for node, iface in ((a, ia), (b, ib)) if iface is not None}
        if interfaces:
            attrs[INTERFACES] = interfaces
        options = {node: extras for node, extras in ((a, xa), (b, xb)) if extras}
        if options:
            attrs[OPTIONS] = options
        key = graph.add_edge(a, b)
        graph.edges[a, b, key].update(attrs)
    return verbatim


def _link_ends(doc: LocatedYAML, item: dict[str, Any], where: tuple[Any, ...]) -> list[tuple[str, str | None, dict[str, Any]]]:
    endpoints = item.get("endpoints")
    if not isinstance(endpoints, list) or len(endpoints) != 2:
        raise doc.error("a link needs 'endpoints' with exactly two entries", *where)
    return [_parse_endpoint(doc, raw, (*where, "endpoints", i)) for i, raw in enumerate(endpoints)]


def _check_other_link(
    doc: LocatedYAML, item: dict[str, Any], graph: Any, ports: _Ports, index: int, where: tuple[Any, ...]
) -> None:
    """Validate a link kept verbatim: its nodes exist and its interfaces are free."""
    raw_ends: list[tuple[Any, tuple[Any, ...]]] = []
    if "endpoint" in item:
        raw_ends.append((item["endpoint"], (*where, "endpoint")))
    if isinstance(item.get("endpoints"), list):
        raw_ends.extend((raw, (*where, "endpoints", i)) for i, raw in enumerate(item["endpoints"]))
    if not raw_ends:
        raise doc.error(f"a {item.get('type')!r} link needs an 'endpoint'", *where)
    for raw, at in raw_ends:
        node, iface, _ = _parse_endpoint(doc, raw, at)
        if node in graph:
            ports.claim(node, iface, index, at)
        elif node not in SPECIAL_ENDPOINTS:
            raise doc.error(f"link endpoint {brief(node)} is not a defined node", *at)


def line_index(text: str, path: str = "<clab>") -> tuple[dict[str, int], dict[frozenset[str], list[int]]]:
    """Lines of devices and device-to-device links in a containerlab file, for locating audit findings.

    Returns ``({device: line of its key under nodes}, {frozenset({a, b}): [line of
    each link between a and b, in file order]})``; the order matches the keys
    :func:`read` gives parallel links. Raises ``TopologyFormatError`` on a
    file :func:`read` would refuse at the YAML level.
    """
    doc = load_located(expand_env(text), path)
    devices: dict[str, int] = {}
    links: dict[frozenset[str], list[int]] = {}
    section = _child_node(doc.root, "topology")
    nodes = _child_node(section, "nodes")
    if isinstance(nodes, yaml.MappingNode):
        for key_node, _value in nodes.value:
            if isinstance(key_node, yaml.ScalarNode):
                devices.setdefault(key_node.value, key_node.start_mark.line + 1)
    data = doc.data.get("topology") if isinstance(doc.data, dict) else None
    items = data.get("links") if isinstance(data, dict) else None
    for index, item in enumerate(items if isinstance(items, list) else []):
        ends = item.get("endpoints") if isinstance(item, dict) and "endpoint" not in item else None
        if not isinstance(ends, list) or len(ends) != 2:
            continue
        (a, ia), (b, ib) = (_endpoint_names(end) for end in ends)
        if a not in devices or b not in devices or (a == b and ia and ib):
            continue  # links to host/mgmt-net and loops are not graph links
        line = doc.line_of("topology", "links", index)
        if line is not None and a is not None and b is not None:
            links.setdefault(frozenset((a, b)), []).append(line)
    return devices, links


def _endpoint_names(raw: Any) -> tuple[str | None, Any]:
    """(node, interface) of an endpoint in either form, without validating it."""
    if isinstance(raw, str):
        return raw.partition(":")[0], raw.partition(":")[2]
    if isinstance(raw, dict):
        return raw.get("node"), raw.get("interface")
    return None, None


def _child_node(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                return value_node
    return None


# -- writing --------------------------------------------------------------------


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    def ignore_aliases(self, data: Any) -> bool:
        return True


class _Flow(list):
    """A list written in flow style: ``endpoints: ["r1:eth1", "r2:eth1"]``."""


_Dumper.add_representer(
    _Flow, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)
)


def _node_entry(node: str, attrs: dict[str, Any], levels: _Levels) -> dict[str, Any]:
    """The node's own settings and labels: what differs from what it inherits (see the module docstring)."""
    def fail(problem: str) -> TopologyFormatError:
        return TopologyFormatError(f"cannot write containerlab node {node!r}: {problem}")

    attrs, maps, kept_labels = _own_maps(attrs, fail)
    settings, label_attrs, base_fields, base_maps = _settings_and_inherited(attrs, levels)
    base_plain, base_encoded, base_kept, _ = _split_labels(
        base_maps["labels"], lambda problem, key: fail(f"inherited label: {problem}")
    )
    base_labels = {**base_plain, **base_encoded}
    unset = [k for k in (*settings, *base_fields) if k not in attrs]
    implied = vendor_of(settings.get("kind", base_fields.get("kind")))
    if implied and "vendor" not in base_labels:
        if _same(label_attrs.get("vendor", _MISSING), implied):
            del label_attrs["vendor"]  # the reader gets it back from the kind
        elif "vendor" not in label_attrs:
            unset.append("vendor")

    entry = {k: v for k, v in settings.items() if not _same(base_fields.get(k, _MISSING), v)}
    labels = _own_labels(node, label_attrs, kept_labels, base_labels, base_kept, base_fields)
    unset.extend(k for k in base_labels if k not in label_attrs)
    env = {k: v for k, v in maps["env"].items() if not _same(base_maps["env"].get(k, _MISSING), v)}
    unset.extend(_unset_mappings(kept_labels, base_kept, maps["env"], base_maps["env"], fail))
    if unset:
        labels[UNSET_LABEL] = _to_json(sorted(set(unset), key=str), f"node {node!r}")
    if labels:
        entry["labels"] = labels
    if env:
        entry["env"] = env
    return entry


def _own_maps(
    attrs: dict[str, Any], fail: Callable[[str], TopologyFormatError]
) -> tuple[dict[str, Any], dict[str, dict[Any, Any]], dict[Any, Any]]:
    """(attributes, merged mappings, labels kept as labels) of a node about to be written.

    The merged mappings (``labels``, ``env``, ...) come out of the attributes; the
    entries of 'labels' that the reader would turn into attributes are attributes.
    """
    attrs = dict(attrs)
    maps: dict[str, dict[Any, Any]] = {}
    for key in MERGED_KEYS:
        value = attrs.pop(key, {})
        if not isinstance(value, dict):
            raise fail(f"attribute {key!r} must be a mapping")
        maps[key] = dict(value)
    kept_labels: dict[Any, Any] = {}
    for key, value in maps.pop("labels").items():
        if isinstance(key, str) and key and key not in NODE_SETTINGS:
            if key in attrs:
                raise fail(f"{key!r} is both an attribute and a label")
            attrs[key] = value
        else:
            kept_labels[key] = value
    return attrs, maps, kept_labels


def _settings_and_inherited(
    attrs: dict[str, Any], levels: _Levels
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], dict[str, dict[str, Any]]]:
    """(settings, attributes written as labels, inherited fields, inherited maps) of a node.

    A containerlab node keeps its containerlab keys as keys; any other node gets the
    kind the file gives it, or one guessed from its attributes.
    """
    settings: dict[str, Any] = {}
    if isinstance(attrs.get("kind"), str) and attrs["kind"]:  # a containerlab node: its containerlab keys stay keys
        kind, group = attrs["kind"], attrs.get("group")
        base_fields, base_maps = levels.inherited(kind, group)
        settings = {k: v for k, v in attrs.items() if k in NODE_SETTINGS or k in base_fields}
        label_attrs = {k: v for k, v in attrs.items() if k not in settings}
    else:  # not a containerlab node: it gets the kind the file gives it, or one guessed
        kind, group = levels.resolve_kind_group({})
        if kind is None:
            kind = settings["kind"] = _guess_kind(attrs)
        base_fields, base_maps = levels.inherited(kind, group)
        label_attrs = dict(attrs)
    return settings, label_attrs, base_fields, base_maps


def _own_labels(
    node: str,
    label_attrs: dict[str, Any],
    kept_labels: dict[Any, Any],
    base_labels: dict[str, Any],
    base_kept: dict[Any, Any],
    base_fields: dict[str, Any],
) -> dict[Any, Any]:
    """The labels a node writes: its attributes and kept labels that differ from the inherited ones."""
    labels: dict[Any, Any] = {}
    for key, value in label_attrs.items():
        if not _same(base_labels.get(key, _MISSING), value):
            # A name the node inherits as a setting must be JSON: a JSON label wins over the setting.
            label, text = _encode_label(key, value, node, force_json=key in base_fields)
            labels[label] = text
    for key, value in kept_labels.items():
        if not _same(base_kept.get(key, _MISSING), value):
            labels[key] = value
    return labels


def _unset_mappings(
    kept_labels: dict[Any, Any],
    base_kept: dict[Any, Any],
    env: dict[Any, Any],
    base_env: dict[Any, Any],
    fail: Callable[[str], TopologyFormatError],
) -> list[str]:
    """Which of 'labels' and 'env' the node must unset: it has none of their inherited entries.

    An inherited entry the node lacks cannot be expressed otherwise: a mapping that
    lacks only some inherited entries is refused.
    """
    unset = []
    for name, own, base in (("labels", kept_labels, base_kept), ("env", env, base_env)):
        missing = [key for key in base if key not in own]
        if missing and not own:
            unset.append(name)
        elif missing:
            raise fail(f"inherited {name} entry {missing[0]!r} cannot be removed")
    return unset


def _link_key_ok(key: str, value: Any) -> bool:
    """Whether link attribute ``key`` can be the containerlab link key of that name (else it goes to vars)."""
    if key == "mtu":
        return type(value) in (int, float) and 1 <= value <= 65535
    if key in ("ipv4", "ipv6"):
        return (
            isinstance(value, list) and 1 <= len(value) <= 2 and len(set(map(repr, value))) == len(value)
            and all(_is_prefix(item, 4 if key == "ipv4" else 6) for item in value)
        )
    return False


def _is_prefix(value: Any, version: int) -> bool:
    """Whether ``value`` is an interface address with prefix length (``10.0.0.1/31``) or ``""``, as the schema asks."""
    if value == "":
        return True
    if not isinstance(value, str) or value.count("/") != 1:
        return False
    length = value.partition("/")[2]
    if not length.isdigit() or str(int(length)) != length:  # "/24", not "/024" or "/255.255.255.0"
        return False
    try:
        return ipaddress.ip_interface(value).version == version
    except ValueError:
        return False


def _link_entry(a: str, b: str, attrs: dict[str, Any]) -> dict[str, Any]:
    what = f"cannot write containerlab link {a}--{b}"
    if "endpoints" in attrs:
        raise TopologyFormatError(f"{what}: attribute 'endpoints' is reserved")
    interfaces = attrs.get(INTERFACES) or {}
    options = attrs.get(OPTIONS) or {}
    if not isinstance(interfaces, dict) or not isinstance(options, dict):
        raise TopologyFormatError(f"{what}: '{INTERFACES}' and '{OPTIONS}' must be mappings")
    for node, extras in options.items():
        if node not in (a, b) or not isinstance(extras, dict) or {"node", "interface"} & set(extras):
            raise TopologyFormatError(f"{what}: '{OPTIONS}' must map its nodes to extra endpoint settings")
    keys: dict[str, Any] = {}
    variables: dict[Any, Any] = {}
    for key, value in attrs.items():
        if key in (INTERFACES, OPTIONS) or (key == "vars" and isinstance(value, dict)):
            continue
        if (key == "type" and value == "veth") or _link_key_ok(key, value):
            keys[key] = value
        else:
            variables[key] = value
    extra = attrs.get("vars")
    for key, value in (extra if isinstance(extra, dict) else {}).items():
        if key in variables:
            raise TopologyFormatError(f"{what}: {key!r} is both an attribute and in 'vars'")
        variables[key] = value
    ends = [(a, interfaces.get(a)), (b, interfaces.get(b))]
    for _node, iface in ends:
        if iface is not None and not isinstance(iface, str):
            raise TopologyFormatError(f"{what}: interface names must be strings")
    if a == b:
        ends[1] = (b, None)
    extended = "type" in keys or bool(options) or ":" in a or ":" in b
    entry: dict[str, Any] = {}
    if extended:
        if "type" in keys:
            entry["type"] = keys.pop("type")
        endpoints = []
        for node, iface in ends:
            endpoint: dict[str, Any] = {"node": node}
            if iface:
                endpoint["interface"] = iface
            endpoint.update(options.get(node, {}))
            endpoints.append(endpoint)
        entry["endpoints"] = endpoints
    else:
        entry["endpoints"] = _Flow(f"{node}:{iface}" if iface else node for node, iface in ends)
    entry.update(keys)
    if variables:
        entry["vars"] = variables
    return entry


def write(topology: Topology) -> str:
    """Serialize a Topology as a containerlab file (see the module docstring)."""
    graph = topology.graph
    section = graph.graph.get("topology", {})
    if not isinstance(section, dict):
        raise TopologyFormatError("cannot write containerlab: graph attribute 'topology' must be a mapping")
    levels = _Levels(section, None)
    verbatim = section.get("links") or []
    if not isinstance(verbatim, list):
        raise TopologyFormatError("cannot write containerlab: graph attribute 'topology' links must be a list")

    document: dict[str, Any] = {"name": graph.graph.get("name", topology.name)}
    graph_labels: dict[str, str] = {}
    for key, value in graph.graph.items():
        if key in TOP_LEVEL_KEYS:
            document[key] = value
        elif key not in ("name", "topology"):
            graph_labels[GRAPH_PREFIX + str(key)] = _to_json(value, f"graph attribute {key!r}")
    body = {k: v for k, v in section.items() if k not in ("nodes", "links")}
    if graph_labels:
        defaults = dict(body.get("defaults") or {})
        defaults["labels"] = {**(defaults.get("labels") or {}), **graph_labels}
        body = {"defaults": defaults, **{k: v for k, v in body.items() if k != "defaults"}}
    nodes: dict[str, Any] = {}
    for node, attrs in graph.nodes(data=True):
        if not isinstance(node, str):
            raise TopologyFormatError(f"cannot write node {node!r}: node names must be strings")
        nodes[node] = _node_entry(node, attrs, levels)
    body["nodes"] = nodes
    links = [_link_entry(a, b, attrs) for a, b, attrs in graph.edges(data=True)]
    links.extend(verbatim)
    if links:
        body["links"] = links
    document["topology"] = body
    try:
        text = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    except yaml.YAMLError as exc:
        raise TopologyFormatError(f"cannot write containerlab: {exc}") from None
    except RecursionError:  # the dumper recurses; JSON input may nest values ~1,000 deep
        raise TopologyFormatError("cannot write containerlab: attribute values nested too deeply") from None
    # Readers (netops and containerlab) expand $VAR and ${VAR}; "$$" keeps a value's "$" as it is.
    return _ENV_ESCAPE.sub("$$", text)
