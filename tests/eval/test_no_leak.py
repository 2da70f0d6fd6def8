"""No golden-suite request appears, verbatim or nearly, among the prompt examples.

Retrieval puts the most similar examples into the prompt; a suite request that
is (nearly) an example would be answered by copying, and the accuracy figure
would mean nothing. The rule (``similarity.too_similar``): a difflib ratio of
at least 0.9 on the normalized text, or a Jaccard similarity of at least 0.8
on the synonym-folded token sets when both requests have three or more tokens.
Asking about the same *kind* of thing as an example is fine: that is what the
examples are for.
"""

from __future__ import annotations

import pytest
from similarity import JACCARD, RATIO, jaccard, ratio, too_similar
from suite_support import suite_cases

from netops.answering.retrieval import load_examples


def test_no_suite_request_is_near_a_prompt_example():
    """Every suite request stays below both similarity thresholds against every shipped example."""
    examples = load_examples()
    if not examples:
        pytest.skip("no prompt examples shipped yet")
    leaks = []
    for case in suite_cases():
        for example in examples:
            reason = too_similar(case.request, example.request)
            if reason:
                leaks.append(f"{case.id}: {case.request!r} ~ {example.request!r} ({reason})")
    assert leaks == [], "\n".join(leaks)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("how many leafs in fra?", "how many leafs in fra"),
        ("which spine switches are down", "which spine swithces are down"),
        ("show the down circuits at ams-leaf1", "ams-leaf1: show the down circuits"),
        ("count boxes per vendor in ams", "count devices per vendor in ams"),
    ],
)
def test_near_copies_are_caught(a, b):
    """Copies with punctuation, a typo, reordered words or a synonym swap count as leaks."""
    assert too_similar(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("how many leafs in fra?", "which leaf has the most hosts"),
        ("hops from ap-n1 to wan1", "lowest latency from ap-s2 to srv-dns1, in ms"),
        ("single points of failure in the campus", "pops whose loss alone would partition the backbone"),
    ],
)
def test_different_requests_are_not_flagged(a, b):
    """Requests that only share a topic stay below the thresholds."""
    assert too_similar(a, b) is None
    assert ratio(a, b) < RATIO and jaccard(a, b) < JACCARD
