"""Replay choosing policies offline from one ``netops eval`` run that drew every candidate.

Run the suite once with every request cross-checked::

    NETOPS_SAMPLE_WHEN=always netops eval --samples 4 --timeout 0 --save runs/always4.json

Each case then holds the greedy program and four samples, each judged on its
own, with the digest of what the vote groups it by. This script replays, on
those same candidates, what other policies would have answered:

- greedy alone (no samples, no repair);
- a fixed number of samples (vote over the first 1+N candidates);
- adaptive sampling for several log-probability thresholds (samples drawn
  only when the greedy program failed, broke the answer contract or was
  unlikely), with the early stop the pipeline uses, so the number of
  candidates drawn is what it would have cost;
- pass@k, the ceiling of any selection;
- how well the greedy program's mean log-probability predicts it is right.

One approximation: the run does not record which answers were empty, so the
replay does not apply the pipeline's preference for non-empty answers (nor
its doubt of an empty greedy answer). The pipeline's own adaptive run is the
figure to report; this replay is for choosing the threshold.

Usage: ``python tests/benchmarks/choosing_replay.py runs/always4.json``
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from typing import Any

NOT_RUN = {"no-code", "syntax", "repeated", "duplicate", "prompt-too-long"}


def _usable(candidate: dict[str, Any]) -> bool:
    return candidate["failure"] is None and candidate.get("contract") is None and candidate.get("key") is not None


def vote(candidates: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The candidate the pipeline's vote would pick among ``candidates`` (None when none is usable).

    Groups by ``key``; most votes, then best mean log-probability in the
    group, then the group holding the greedy candidate, then first seen.
    """
    groups: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for index, candidate in enumerate(candidates):
        if _usable(candidate):
            groups.setdefault(candidate["key"], []).append((index, candidate))
    if not groups:
        return None

    def rank(members: list[tuple[int, dict[str, Any]]]) -> tuple[Any, ...]:
        logprobs = [c["logprob"] for _, c in members if c["logprob"] is not None]
        best = max(logprobs) if logprobs else -math.inf
        greedy = any(c["origin"] == "greedy" for _, c in members)
        return (-len(members), -best, not greedy, members[0][0])

    best_group = min(groups.values(), key=rank)
    return next((c for _, c in best_group if c["origin"] == "greedy"), best_group[0][1])


def decided(candidates: Sequence[dict[str, Any]], remaining: int) -> bool:
    """The pipeline's early stop: no other group can catch up with ``remaining`` more votes."""
    counts: dict[str, int] = {}
    for candidate in candidates:
        if _usable(candidate):
            counts[candidate["key"]] = counts.get(candidate["key"], 0) + 1
    ordered = sorted(counts.values(), reverse=True)
    if not ordered:
        return False
    runner_up = ordered[1] if len(ordered) > 1 else 0
    return ordered[0] > runner_up + remaining


def doubted(greedy: dict[str, Any], threshold: float) -> bool:
    """Whether adaptive sampling would draw samples for this greedy candidate."""
    if greedy["failure"] is not None or greedy.get("contract") is not None:
        return True
    return greedy["logprob"] is not None and greedy["logprob"] < threshold


def adaptive(candidates: Sequence[dict[str, Any]], threshold: float) -> tuple[dict[str, Any] | None, int]:
    """The adaptive policy's pick and how many candidates it drew."""
    greedy = candidates[0]
    if not doubted(greedy, threshold):
        return greedy, 1
    samples = len(candidates) - 1
    drawn = 1
    for index in range(samples):
        drawn += 1
        if decided(candidates[:drawn], samples - index - 1):
            break
    return vote(candidates[:drawn]), drawn


def _right(candidate: dict[str, Any] | None) -> bool:
    return candidate is not None and candidate["status"] == "pass"


def _auc(positives: list[float], negatives: list[float]) -> float:
    """Probability that a right program's log-probability beats a wrong one's (ties count half)."""
    if not positives or not negatives:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def calibration(document: dict[str, Any]) -> list[str]:
    """Accuracy per confidence label: as the run recorded it, and with today's labelling rule.

    The rule applied afresh is :attr:`netops.answering.selection.Selection.label`'s
    "an empty answer is never above low"; the run's ``got`` is the chosen
    answer, so the relabelling needs nothing the run did not save.
    """
    from netops.answering.selection import is_empty_value

    recorded: dict[str, list[bool]] = {}
    relabelled: dict[str, list[bool]] = {}
    for case in document["results"]:
        label = (case.get("confidence") or {}).get("label")
        if label is None:
            continue
        right = case["status"] == "pass"
        recorded.setdefault(label, []).append(right)
        # A change request's empty diff never wins a vote, so only questions are relabelled.
        empty = case["category"] != "mutation" and is_empty_value(case.get("got"))
        now = "low" if empty else label
        relabelled.setdefault(now, []).append(right)
    lines = ["", "| confidence label | as recorded | empty answers never above low |", "|---|---:|---:|"]
    for label in ("high", "medium", "low"):
        cells = []
        for table in (recorded, relabelled):
            marks = table.get(label, [])
            cells.append(f"{sum(marks)}/{len(marks)} ({sum(marks) / max(1, len(marks)):.1%})")
        lines.append(f"| {label} | {cells[0]} | {cells[1]} |")
    return lines


def report(document: dict[str, Any]) -> str:
    cases = [r for r in document["results"] if r["status"] != "error" and r.get("candidates")]
    n = len(cases)
    lines = [f"{n} cases with candidates ({document.get('created', '?')}, model {document.get('model')})", ""]
    lines.append("| policy | pass@1 | candidates/case | sampled cases |")
    lines.append("|---|---:|---:|---:|")
    greedy_right = sum(_right(r["candidates"][0]) for r in cases)
    lines.append(f"| greedy alone | {greedy_right / n:.1%} | 1.00 | 0 |")
    most = max(len(r["candidates"]) for r in cases) - 1
    for samples in range(1, most + 1):
        right = sum(_right(vote(r["candidates"][: 1 + samples])) for r in cases)
        lines.append(f"| fixed {samples} sample(s), always | {right / n:.1%} | {1 + samples:.2f} | {n} |")
    for threshold in (-math.inf, -0.3, -0.2, -0.15, -0.1, -0.05, 0.0):
        picks = [adaptive(r["candidates"], threshold) for r in cases]
        right = sum(_right(pick) for pick, _ in picks)
        drawn = sum(d for _, d in picks)
        sampled = sum(1 for _, d in picks if d > 1)
        name = "failures and contract only" if threshold == -math.inf else f"log-prob < {threshold}"
        lines.append(f"| adaptive: {name} | {right / n:.1%} | {drawn / n:.2f} | {sampled} |")
    ceiling = sum(any(c["status"] == "pass" for c in r["candidates"]) for r in cases)
    lines.append(f"| pass@{most + 1} (ceiling) | {ceiling / n:.1%} | {most + 1:.2f} | {n} |")
    ran = [r["candidates"][0] for r in cases if r["candidates"][0]["failure"] is None and r["candidates"][0]["logprob"] is not None]
    good = [c["logprob"] for c in ran if c["status"] == "pass"]
    bad = [c["logprob"] for c in ran if c["status"] != "pass"]
    lines.append("")
    lines.append(
        f"greedy programs that ran: {len(ran)}; right {len(good)}, wrong {len(bad)}; "
        f"AUC of mean log-probability for right-vs-wrong: {_auc(good, bad):.3f}"
    )
    for threshold in (-0.3, -0.2, -0.15, -0.1, -0.05):
        below = [c for c in ran if c["logprob"] < threshold]
        wrong = sum(c["status"] != "pass" for c in below)
        lines.append(f"  below {threshold}: {len(below)} programs, {wrong} wrong ({wrong / max(1, len(below)):.0%})")
    lines.extend(calibration(document))
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        print(report(json.load(handle)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
