"""Near-duplicate detection between suite requests and prompt examples (used by test_no_leak).

Two requests are "the same" when either

- their normalized text (lower case, punctuation dropped, blanks collapsed) has a
  ``difflib.SequenceMatcher`` ratio of at least ``RATIO`` (catches verbatim copies,
  typos, and one-word edits), or
- their token sets (``netops.answering.retrieval.tokenize``: stop words dropped, plurals and
  network synonyms folded, so "boxes"/"devices" and "circuits"/"links" match) have a
  Jaccard similarity of at least ``JACCARD`` while both have at least ``MIN_TOKENS``
  tokens (catches reordered or synonym-swapped copies; short requests are left to
  the ratio, where three shared words out of four would be too eager).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from netops.answering.retrieval import tokenize

__all__ = ["RATIO", "JACCARD", "MIN_TOKENS", "normalize", "ratio", "jaccard", "too_similar"]

RATIO = 0.9
JACCARD = 0.8
MIN_TOKENS = 3


def normalize(text: str) -> str:
    """Lower-case text with punctuation turned into blanks and blanks collapsed."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def ratio(a: str, b: str) -> float:
    """``difflib`` similarity of the normalized texts (0..1)."""
    return SequenceMatcher(None, normalize(a), normalize(b), autojunk=False).ratio()


def jaccard(a: str, b: str) -> float:
    """Jaccard similarity of the folded token sets (0..1)."""
    left, right = set(tokenize(a)), set(tokenize(b))
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def too_similar(a: str, b: str) -> str | None:
    """Why two requests count as the same (a short reason), or None."""
    r = ratio(a, b)
    if r >= RATIO:
        return f"text ratio {r:.2f}"
    if min(len(set(tokenize(a))), len(set(tokenize(b)))) >= MIN_TOKENS:
        j = jaccard(a, b)
        if j >= JACCARD:
            return f"token jaccard {j:.2f}"
    return None
