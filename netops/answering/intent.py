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

# Change verbs that are also nouns an operator asks about ("cable label of X", "tags on Y?").
# Followed by one of _NOUN_FOLLOWERS, or in a request that ends with a question mark,
# they name a thing, not an action.
_ALSO_NOUNS = frozenset("label tag cable patch double drop plug lower raise bump".split())
_NOUN_FOLLOWERS = frozenset(
    "of for on in at between from to count counts id ids name names type types length lengths label labels "
    "is are was were does do has have with".split()
)

_LEADING = re.compile(
    r"^(?:(?:please|pls|now|then|also|ok|okay|and|so|go ahead and|can you|could you|would you|"
    r"i want to|i'd like to|we need to|let's|lets|kindly|just)\b[\s,]*)+"
)


def is_change_request(request: str) -> bool:
    """True when the request asks to change the topology rather than to learn about it.

    Verbs that double as nouns name a thing when a question follows them:

    >>> is_change_request("cable label of the osl1-br1 uplink"), is_change_request("tags on osl1-fw1?")
    (False, False)
    >>> is_change_request("label osl1-br1 as internet-edge"), is_change_request("drop the links below median weight")
    (True, True)
    """
    text = request.strip().lower()
    text = _LEADING.sub("", text)
    words = re.findall(r"[a-z']+", text)
    if not words or words[0] not in CHANGE_VERBS:
        return False
    asks = text.rstrip().endswith("?") or (len(words) > 1 and words[1] in _NOUN_FOLLOWERS)
    return not (words[0] in _ALSO_NOUNS and asks)


_BACK_REFERENCE = re.compile(r"\b(them|those|these|ones|they|it|same|only|instead|also|of which)\b")


def refers_back(request: str) -> bool:
    """True when a request leans on the previous one ("only the ones made by aruba", "now mark them down").

    Such a request says too little on its own to find similar examples by;
    the pipeline searches with the previous request's words added.

    >>> refers_back("only the ones made by aruba"), refers_back("which links are down?")
    (True, False)
    """
    return bool(_BACK_REFERENCE.search(request.lower()))
