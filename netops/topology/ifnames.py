"""Interface names as operators type them: "Gi1/0/1" for "GigabitEthernet1/0/1".

Device CLIs accept any unambiguous prefix of an interface type followed by
the full port number ("Gi1/0/1", "Te1/1/2", "Eth1", "Hu0/0/0/1"), and
operators write requests the same way. A name is split into its type (the
letters before the first digit) and its port (the rest, compared exactly);
a typed name matches a stored one when the ports are equal and the typed
type is a prefix of the stored type, ignoring case, spaces and dashes.

>>> match_interface("Gi1/0/1", ["GigabitEthernet1/0/1", "TenGigabitEthernet1/1/1"])
'GigabitEthernet1/0/1'
>>> match_interface("ethernet1", ["Ethernet1", "Ethernet10"])
'Ethernet1'
>>> match_interface("T1/1/1", ["TenGigabitEthernet1/1/1", "TwentyFiveGigE1/1/1"]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["looks_like_interface", "match_interface"]

_SPLIT = re.compile(r"^([A-Za-z][A-Za-z \-]*?)[ ]?(\d.*)$")


def _parts(name: str) -> tuple[str, str] | None:
    """(type, port) of an interface name, type lower-cased without spaces or dashes; None if no port."""
    match = _SPLIT.match(name.strip())
    if not match:
        return None
    return match.group(1).replace(" ", "").replace("-", "").lower(), match.group(2).lower()


def looks_like_interface(word: str) -> bool:
    """Whether ``word`` has the shape of an interface name: letters, then a port with a separator or digits.

    >>> [looks_like_interface(w) for w in ("Gi1/0/1", "Ethernet49", "e1-1", "spine1", "ams")]
    [True, True, True, False, False]
    """
    parts = _parts(word)
    if parts is None:
        return False
    kind, port = parts
    if any(sep in port for sep in "/:.-"):
        return True
    # "spine1" is a device, "Ethernet49" an interface: bare numbers count only after a known type word.
    return kind.startswith(("eth", "et", "gi", "te", "fa", "hu", "fo", "tw", "po", "lo", "mg", "ge", "xe", "swp"))


def match_interface(typed: str, names: Iterable[str]) -> str | None:
    """The one name in ``names`` that ``typed`` denotes (exactly, ignoring case, or abbreviated), else None."""
    names = list(names)
    lowered = typed.strip().lower()
    exact = [n for n in names if str(n).lower() == lowered]
    if exact:
        return exact[0]
    parts = _parts(typed)
    if parts is None:
        return None
    kind, port = parts
    found = []
    for name in names:
        other = _parts(str(name))
        if other is not None and other[1] == port and other[0].startswith(kind):
            found.append(name)
    return found[0] if len(found) == 1 else None
