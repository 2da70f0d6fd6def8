"""The schema as the model reads it, with notes on how *this* topology encodes things.

A small model copies the conventions it has seen, so the schema segment of the
prompt spells out the user's own: every value of a low-cardinality attribute
(so ``function="ap"`` is known to exist, not guessed), the members of
list-valued attributes and how to filter on them, numbers as ranges with
their unit, booleans, how device names are written, and which attribute plays
which part (role, site, vendor, status, speed, utilization, latency).

:func:`describe` renders a :class:`~netops.topology.schema.SchemaSummary`;
it is the ``notes`` style of the ``schema_style`` setting. :func:`compact` is
the default ``compact`` style: the same values, ranges and name samples with
no counts and no notes, a third fewer tokens than ``SchemaSummary.to_prompt()``
(the ``full`` style), because a topology the model has not seen pays for its
schema segment in prompt evaluation. :func:`render` picks the style.

>>> from netops.topology.schema import AttributeSummary as A, SchemaSummary
>>> summary = SchemaSummary(
...     "lab", 3, 2, 0,
...     [A("function", ["str"], 3, ["leaf"], values={"leaf": 2, "spine": 1})],
...     [A("oper_up", ["bool"], 2, [True], values={"true": 2}),
...      A("speed_bps", ["int"], 2, [10**10], values={"10000000000": 2}, low=10**10, high=10**10)],
...     {}, [], device_ids=["LEAF1", "LEAF2"])
>>> print(describe(summary))
Topology 'lab': 3 devices, 2 links
Device names look like: "LEAF1", "LEAF2"
Device attributes (name (type, coverage): values (count)):
  function (str, all): leaf (2), spine (1)
Link attributes:
  oper_up (bool, all): true (2)
  speed_bps (int, all): 10000000000 (2)
How this topology says it:
  device role: function
  link status: oper_up (true = up)
  link speed: speed_bps, in bit/s (10 Gb/s is 10000000000)
"""

from __future__ import annotations

import ipaddress
import json
from typing import Any

from netops.settings import SCHEMA_STYLES
from netops.topology.conventions import UNIT_WORDS, name_group, rate_unit, words
from netops.topology.model import INTERFACES
from netops.topology.schema import AttributeSummary, SchemaSummary

__all__ = ["SCHEMA_STYLES", "compact", "concepts", "describe", "render", "unit_note"]

# The parts an operator's request refers to, with the NAME_GROUPS entry that names them.
_CONCEPTS: tuple[tuple[str, str, str], ...] = (
    # (what it is called in the notes, a word of its NAME_GROUPS entry, device or link)
    ("device role", "role", "node"),
    ("site", "site", "node"),
    ("vendor", "vendor", "node"),
    ("device status", "status", "node"),
    ("link status", "status", "link"),
    ("link speed", "speed", "link"),
    ("utilization", "utilization", "link"),
    ("latency", "latency", "link"),
)
# Words that, as members of a list attribute, say the list carries device roles.
_ROLE_WORDS = frozenset(
    "leaf spine core access distribution edge border host server ap router switch firewall wlc "
    "superspine aggregation pe p ce".split()
)
_UNIT_TEXT = {
    ("rate", 1.0): "in bit/s (10 Gb/s is 10000000000)",
    ("rate", 1e3): "in kbit/s (10 Gb/s is 10000000)",
    ("rate", 1e6): "in Mbit/s (10 Gb/s is 10000)",
    ("rate", 1e9): "in Gbit/s (10 Gb/s is 10)",
    ("rate", 1e12): "in Tbit/s",
    ("ratio", 0.01): "in percent (40% is 40)",
    ("ratio", 1.0): "as a fraction (40% is 0.4)",
    ("time", 1e-3): "in milliseconds",
    ("time", 1e-6): "in microseconds (1 ms is 1000)",
    ("time", 1e-9): "in nanoseconds",
}
# Parts whose attribute should be a number when the topology has a numeric one.
_NUMERIC_PARTS = frozenset({"link speed", "utilization", "latency"})
_MAX_NUMBERS_LISTED = 6
_MAX_MEMBER_CHARS = 24
_EMPTY_TEXT = '""'  # an empty string is a value too (NetBox leaves descriptions empty)


def _is_named(attribute: AttributeSummary, word: str) -> bool:
    """Whether the attribute's name (whole, or one of its words) is in ``word``'s name group."""
    parts = words(attribute.name)
    keys = {"_".join(parts)} | {p for p in parts if p not in UNIT_WORDS}
    return bool(keys & name_group(word))


def unit_note(attribute: AttributeSummary, concept: str | None = None) -> str | None:
    """The unit of a numeric attribute, from its name or, for speed and utilization, its magnitude.

    >>> unit_note(AttributeSummary("util_pct", ["float"], 3, [], low=2.0, high=80.0))
    'in percent (40% is 40)'
    >>> unit_note(AttributeSummary("utilization", ["float"], 3, [], low=0.1, high=0.9), "utilization")
    'as a fraction (40% is 0.4)'
    >>> unit_note(AttributeSummary("speed", ["int"], 3, [], low=1000, high=100000), "link speed")
    'in Mbit/s (10 Gb/s is 10000)'
    """
    if attribute.high is None:
        return None
    for word in reversed(words(attribute.name)):
        if word in UNIT_WORDS:
            return _UNIT_TEXT.get(UNIT_WORDS[word])
    if concept == "utilization":
        return _UNIT_TEXT[("ratio", 1.0 if attribute.high <= 1.0 else 0.01)]
    if concept == "link speed":
        size = rate_unit(attribute.name, attribute.high)
        return None if size is None else _UNIT_TEXT.get(("rate", size))
    return None


def _role_list(summary: SchemaSummary) -> AttributeSummary | None:
    """A list-valued device attribute whose members are role words (roles kept as tags)."""
    for attribute in summary.node_attributes:
        if attribute.members and len(set(attribute.members) & _ROLE_WORDS) >= 2:
            return attribute
    return None


def _played_by(part: str, word: str, named: list[AttributeSummary], total: int) -> AttributeSummary | None:
    """The attribute that plays ``part`` among those named for it: present on at least
    half the records (a ``type`` on 5 of 40 devices is no role), a number where the
    part is numeric and one is there, else the most common."""
    common = [a for a in named if a.present * 2 >= total and a.types != ["null"]]
    if part in _NUMERIC_PARTS:
        numeric = [a for a in common if a.high is not None]
        common = numeric or common
    # The part's own name beats a synonym: a NetBox device has both `site` and `location`.
    exact = [a for a in common if a.name.casefold() == word]
    return max(exact or common, key=lambda a: a.present, default=None)


def concepts(summary: SchemaSummary) -> list[tuple[str, AttributeSummary | None, str]]:
    """Which attribute plays which part, as ``(part, attribute, note)`` rows (attribute None: not found).

    Only parts the topology has are listed, except a role kept in a tag list,
    which is named with how to filter on it.
    """
    rows: list[tuple[str, AttributeSummary | None, str]] = []
    for part, word, kind in _CONCEPTS:
        pool = summary.node_attributes if kind == "node" else summary.link_attributes
        total = summary.devices if kind == "node" else summary.links
        found = _played_by(part, word, [a for a in pool if _is_named(a, word) and "dict" not in a.types], total)
        if found is None:
            if part == "device role" and (tags := _role_list(summary)) is not None:
                example = next(m for m in tags.members or {} if m in _ROLE_WORDS)
                rows.append((part, tags, f'a member of the {tags.name} list: nodes(G, {tags.name}="{example}")'))
            continue
        note = found.name
        if "bool" in found.types and "status" in part:
            note += " (true = up)"
        elif (unit := unit_note(found, part)) is not None:
            note += f", {unit}"
        rows.append((part, found, note))
    return rows


def _text(value: Any) -> str:
    text = json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _number(value: float) -> str:
    """A number as the model should write it: no exponent (46062612.3, not 4.60626e+07).

    >>> _number(100.0), _number(0.024), _number(46062612.34), _number(1e-05)
    ('100', '0.024', '46062612.34', '0.00001')
    """
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:g}"
    return text if "e" not in text else f"{value:.{2 if abs(value) >= 1 else 8}f}".rstrip("0")


def _values_text(attribute: AttributeSummary) -> str:
    """What the attribute's values look like, in as few tokens as say it."""
    if attribute.members and all(len(m) <= _MAX_MEMBER_CHARS for m in attribute.members):
        shown = ", ".join(f"{m} ({n})" for m, n in attribute.members.items())
        return f"lists of: {shown}; a filter value matches a member"
    numeric = attribute.high is not None
    if attribute.values and not attribute.unique and (not numeric or len(attribute.values) <= _MAX_NUMBERS_LISTED):
        return ", ".join(f"{v or _EMPTY_TEXT} ({n})" for v, n in attribute.values.items())
    if attribute.high is not None and attribute.low is not None and not attribute.types[0] == "str":
        spread = f"{_number(attribute.low)} to {_number(attribute.high)}"
        return spread + (", all different" if attribute.unique else "")
    if attribute.unique:
        return "unique, e.g. " + ", ".join(_text(v) for v in attribute.samples[:2])
    dicts = [v for v in attribute.samples if isinstance(v, dict)]
    if dicts and attribute.name != INTERFACES:
        keys = dict.fromkeys(str(k) for d in dicts for k in d)
        return "mappings with keys " + ", ".join(keys) if keys else "{}"
    return ", ".join(_text(v) for v in attribute.samples)


def _attribute_line(attribute: AttributeSummary, total: int) -> str:
    coverage = "all" if attribute.present == total else f"{attribute.present}/{total}"
    return f"  {attribute.name} ({'|'.join(attribute.types)}, {coverage}): {_values_text(attribute)}"


def _attribute_lines(attributes: list[AttributeSummary], total: int) -> list[str]:
    """One line per attribute; those that are always null share one line (NetBox exports have many)."""
    empty = [a.name for a in attributes if a.types == ["null"]]
    lines = [_attribute_line(a, total) for a in attributes if a.types != ["null"]]
    if empty:
        lines.append(f"  always null: {', '.join(empty)}")
    return lines


def _id_note(ids: list[str]) -> str:
    shown = ", ".join(_text(i) for i in ids)
    try:
        for name in ids:
            ipaddress.ip_address(name)
    except ValueError:
        return f"Device names look like: {shown}"
    return f"Device names are IP addresses, like: {shown}"


def describe(summary: SchemaSummary) -> str:
    """The schema segment of the prompt: attributes with their values, units and parts."""
    lines = [
        f"Topology '{summary.name}': {summary.devices} devices, {summary.links} links"
        + (f" ({summary.parallel_links} parallel)" if summary.parallel_links else "")
    ]
    if summary.device_ids:
        lines.append(_id_note(summary.device_ids))
    lines.append("Device attributes (name (type, coverage): values (count)):")
    lines += _attribute_lines(summary.node_attributes, summary.devices)
    lines.append("Link attributes:")
    lines += _attribute_lines(summary.link_attributes, summary.links)
    rows = concepts(summary)
    if rows:
        lines.append("How this topology says it:")
        lines += [f"  {part}: {note}" for part, _attribute, note in rows]
    return "\n".join(lines)


def _bare(value: str) -> str:
    """A vocabulary word as the model will write it: unquoted unless empty, long or holding ", "."""
    if value and len(value) <= 40 and ", " not in value:
        return value
    return _text(value) if value else _EMPTY_TEXT


def _compact_values(attribute: AttributeSummary) -> str:
    """An attribute's values in the fewest tokens that still show how to filter on them."""
    if attribute.members:
        return "lists of: " + ", ".join(_bare(m) for m in attribute.members)
    numeric = attribute.high is not None and attribute.low is not None and attribute.types[0] != "str"
    if attribute.values and not attribute.unique and (not numeric or len(attribute.values) <= _MAX_NUMBERS_LISTED):
        return ", ".join(_bare(v) for v in attribute.values)
    if numeric:
        return f"{_number(attribute.low or 0)}..{_number(attribute.high or 0)}"
    if attribute.unique and attribute.samples:
        return f"unique, e.g. {_text(attribute.samples[0])}"
    return ", ".join(_text(v) for v in attribute.samples[:2])


def _compact_lines(attributes: list[AttributeSummary], total: int) -> list[str]:
    lines = []
    for attribute in attributes:
        if attribute.types == ["null"]:
            continue
        coverage = "" if attribute.present == total else f", {attribute.present}/{total}"
        lines.append(f"  {attribute.name} ({'|'.join(attribute.types)}{coverage}): {_compact_values(attribute)}")
    return lines


def compact(summary: SchemaSummary) -> str:
    """The schema segment in few tokens: every small vocabulary, numbers as ranges, one sample of the rest.

    >>> from netops.topology.schema import AttributeSummary as A, SchemaSummary
    >>> summary = SchemaSummary(
    ...     "lab", 3, 2, 0,
    ...     [A("role", ["str"], 3, ["leaf"], values={"leaf": 2, "spine": 1}),
    ...      A("serial", ["str"], 3, ["S1", "S2", "S3"], unique=True),
    ...      A("asn", ["int"], 2, [65001], values={"65001": 1, "65002": 1}, low=65001, high=65002, unique=True)],
    ...     [A("util", ["float"], 2, [0.25, 0.5], low=0.25, high=0.5, unique=True)],
    ...     {"role": {"leaf": 2, "spine": 1}}, [], device_ids=["leaf1", "leaf2", "spine1"])
    >>> print(compact(summary))
    Topology 'lab': 3 devices, 2 links
    Device names look like: "leaf1", "leaf2", "spine1"
    Device attributes (name (type, on how many if not all): values):
      role (str): leaf, spine
      serial (str): unique, e.g. "S1"
      asn (int, 2/3): 65001..65002
    Link attributes:
      util (float): 0.25..0.5
    """
    lines = [
        f"Topology '{summary.name}': {summary.devices} devices, {summary.links} links"
        + (f" ({summary.parallel_links} parallel)" if summary.parallel_links else "")
    ]
    if summary.device_ids:
        lines.append(_id_note(summary.device_ids[:3]))
    lines.append("Device attributes (name (type, on how many if not all): values):")
    lines += _compact_lines(summary.node_attributes, summary.devices)
    lines.append("Link attributes:")
    lines += _compact_lines(summary.link_attributes, summary.links)
    empty = [a.name for a in summary.node_attributes + summary.link_attributes if a.types == ["null"]]
    if empty:
        lines.append(f"Always null: {', '.join(empty)}")
    return "\n".join(lines)


def render(summary: SchemaSummary, style: str) -> str:
    """The schema segment in one of :data:`SCHEMA_STYLES` (the ``schema_style`` setting)."""
    if style == "notes":
        return describe(summary)
    if style == "full":
        return summary.to_prompt()
    return compact(summary)
