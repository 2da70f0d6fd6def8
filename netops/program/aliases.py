"""Filters written in the samples' words, resolved to the topology's own attribute names.

A small model writes ``nodes(G, role="leaf")`` or ``links(G, status="down")``
whatever the topology calls those things: the prompt examples and its
training use ``role`` and ``status``. On an operator's own topology the
devices may carry ``device_role``, ``function`` or a ``tags`` list, and the
links ``oper_up: false`` or ``LinkStatus``. The helpers of :mod:`netops.program.api`
call :func:`resolve_filters` when a selection came back empty, and retry with
what it returns; only when that fails too do they raise their error naming
the attributes that exist.

The resolution is deliberately narrow, so that it never turns a right empty
answer into a wrong full one:

* a filter name no element has is replaced by the one attribute that spells
  it differently (``mgmt-ip`` -> ``mgmt_ip``, ``latitude`` -> ``Latitude``),
  else by the one attribute of the same meaning (:data:`NAME_GROUPS`:
  ``role`` -> ``device_role``, ``circuit_id`` -> ``circuit_ref``), else by
  the one list-valued attribute holding the wanted value as a member
  (``role="leaf"`` -> ``tags`` containing ``leaf`` or ``role:leaf``);
  two candidates are never guessed between;
* a status word is translated to how the attribute encodes status
  (``"down"`` -> ``False`` for ``oper_up``; ``"up"`` -> ``"active"`` when
  the values are ``active``/``failed``);
* numeric filters are left alone: ``speed=100`` on ``speed_bps`` would need
  a unit the filter does not state.

>>> records = [{"device_role": "leaf", "oper_up": True}, {"device_role": "spine", "oper_up": False}]
>>> resolve_filters(records, {"role": "leaf", "status": "down"})
{'device_role': 'leaf', 'oper_up': False}
>>> resolve_filters([{"tags": ["role:leaf", "ams"]}], {"role": "leaf"})
{'tags': 'role:leaf'}
>>> resolve_filters([{"function": "leaf", "type": "switch"}], {"role": "leaf"}) is None  # two candidates
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from netops.topology.conventions import NAME_GROUPS, words

__all__ = ["resolve_filters", "resolve_name", "UP_WORDS", "DOWN_WORDS"]

#: Status values meaning "working" and "not working", as topologies spell them (compared lower-case).
UP_WORDS = frozenset("up oper-up active enabled on true yes online operational connected in-service".split())
DOWN_WORDS = frozenset("down oper-down inactive disabled off false no offline failed disconnected shutdown".split())


def _spelling(name: str) -> str:
    """A name with case, ``-``, ``_``, ``.`` and spaces ignored: ``mgmt-IP`` and ``mgmt_ip`` are one."""
    return "".join(words(name))


def _meanings(name: str) -> set[int]:
    """Indexes of the NAME_GROUPS entries the name belongs to (by the whole name or one of its words)."""
    keys = {name.lower(), *words(name)}
    return {i for i, group in enumerate(NAME_GROUPS) if keys & group}


def _keys(records: Iterable[Mapping[str, Any]]) -> dict[str, None]:
    keys: dict[str, None] = {}
    for record in records:
        keys.update(dict.fromkeys(record))
    return keys


def _one(candidates: list[str]) -> str | None:
    return candidates[0] if len(candidates) == 1 else None


def resolve_name(records: Sequence[Mapping[str, Any]], name: str) -> str | None:
    """The attribute these records keep under another name for ``name``, or None.

    Only for a name no record has: the same spelling first, then the same
    meaning (one candidate only).

    >>> resolve_name([{"LinkStatus": "up", "LinkSpeed": 10}], "status")
    'LinkStatus'
    >>> resolve_name([{"status": "up"}], "status") is None  # the name exists: nothing to resolve
    True
    """
    keys = _keys(records)
    if not isinstance(name, str) or name in keys:
        return None
    spelled = _one([k for k in keys if isinstance(k, str) and _spelling(k) == _spelling(name)])
    if spelled is not None:
        return spelled
    meanings = _meanings(name)
    if not meanings:
        return None
    return _one([k for k in keys if isinstance(k, str) and k != "interfaces" and _meanings(k) & meanings])


def _status_value(records: Sequence[Mapping[str, Any]], name: str, wanted: Any) -> Any:
    """``wanted`` (a status word or bool) in the encoding ``name`` uses in these records; unchanged if unsure."""
    if isinstance(wanted, bool):
        up = wanted
    elif isinstance(wanted, str) and wanted.strip().lower() in UP_WORDS | DOWN_WORDS:
        up = wanted.strip().lower() in UP_WORDS
    else:
        return wanted
    values = [r[name] for r in records if r.get(name) is not None]
    if values and all(isinstance(v, bool) for v in values):
        return up
    spelled = {str(v) for v in values if isinstance(v, str)}
    if any(v.strip().lower() == str(wanted).strip().lower() for v in spelled):
        return wanted  # the topology uses this very word
    side = UP_WORDS if up else DOWN_WORDS
    matching = sorted(v for v in spelled if v.strip().lower() in side)
    if not matching:
        return wanted
    return matching[0] if len(matching) == 1 else matching  # a list filter matches any member


def _member(value: Any, name: str, wanted: Any) -> Any:
    """The member of a list value that stands for ``name=wanted`` (``leaf``, ``role:leaf``, ``role=leaf``)."""
    if not isinstance(value, (list, tuple, set, frozenset)) or not isinstance(wanted, str):
        return None
    forms = {wanted.lower(), f"{name}:{wanted}".lower(), f"{name}={wanted}".lower()}
    return next((m for m in value if isinstance(m, str) and m.strip().lower() in forms), None)


def _list_holding(records: Sequence[Mapping[str, Any]], name: str, wanted: Any) -> tuple[str, Any] | None:
    """The one list-valued attribute with a member meaning ``name=wanted``, and that member as written."""
    found: dict[str, Any] = {}
    for record in records:
        for key, value in record.items():
            member = _member(value, name, wanted)
            if member is not None:
                found.setdefault(key, member)
    return next(iter(found.items())) if len(found) == 1 else None


def _textual(wanted: Any) -> bool:
    """Filters worth resolving: words and flags, not numbers (whose units the filter does not state)."""
    if isinstance(wanted, (list, tuple, set, frozenset)):
        return bool(wanted) and all(_textual(w) for w in wanted)
    return isinstance(wanted, (str, bool))


def resolve_filters(records: Sequence[Mapping[str, Any]], filters: Mapping[str, Any]) -> dict[str, Any] | None:
    """``filters`` restated in the records' own names and encodings, or None when nothing could change.

    ``records`` are the attribute dicts of the elements filtered (devices, or
    links). The caller retries its selection with the result; see the module
    docstring for what is resolved and what is left alone.
    """
    keys = _keys(records)
    resolved: dict[str, Any] = {}
    changed = False
    for name, wanted in filters.items():
        target, value = name, wanted
        if name not in keys and _textual(wanted):
            alias = resolve_name(records, name)
            if alias is not None:
                target = alias
            elif isinstance(wanted, str):
                held = _list_holding(records, name, wanted)
                if held is not None:
                    target, value = held
        if target in keys and _textual(value) and not isinstance(value, (list, tuple, set, frozenset)):
            value = _status_value(records, target, value)
        if target in resolved:
            return None  # two filters landed on one attribute: the request meant something else
        changed = changed or target != name or value is not wanted
        resolved[target] = value
    return resolved if changed else None
