"""Is a request a question or a change? Decided before any code runs.

A question's program runs read-only: if it mutates ``G`` that is a failure the
model is told about, so a confused model can never slip a change through a
question. A change request must change something (a no-op is a failure too).
The rule is simple on purpose: a request is a change when its first verb —
after politeness and follow-up words — is a mutation verb.

>>> is_change_request("which leaves in ams have a down uplink?")
False
>>> is_change_request("Please shut the links between fra-leaf1 and fra-spine2")
True
>>> is_change_request("now mark them as maintenance")
True
>>> is_change_request("what if spine1 fails: can leaf1 still reach border1?")
False
"""

from __future__ import annotations

import re

__all__ = ["is_change_request", "refers_back", "CHANGE_VERBS"]

CHANGE_VERBS = frozenset(
    """
    add remove delete decommission retire set shut shutdown disable enable rename connect disconnect
    move change update mark drain undrain upgrade downgrade replace assign tag untag create insert
    attach detach bring put patch cable uncable swap migrate reassign relabel label make increase
    decrease raise lower double halve fix clean cleanup strip unplug plug
    rewire recable provision deprovision drop bump
    """.split()
)

_LEADING = re.compile(
    r"^(?:(?:please|pls|now|then|also|ok|okay|and|so|go ahead and|can you|could you|would you|"
    r"i want to|i'd like to|we need to|let's|lets|kindly|just)\b[\s,]*)+"
)


def is_change_request(request: str) -> bool:
    """True when the request asks to change the topology rather than to learn about it."""
    text = request.strip().lower()
    text = _LEADING.sub("", text)
    match = re.match(r"[a-z']+", text)
    return bool(match) and match.group(0) in CHANGE_VERBS


_BACK_REFERENCE = re.compile(r"\b(them|those|these|ones|they|it|same|only|instead|also|of which)\b")


def refers_back(request: str) -> bool:
    """True when a request leans on the previous one ("only the ones made by aruba", "now mark them down").

    Such a request says too little on its own to find similar examples by;
    the pipeline searches with the previous request's words added.

    >>> refers_back("only the ones made by aruba"), refers_back("which links are down?")
    (True, False)
    """
    return bool(_BACK_REFERENCE.search(request.lower()))
