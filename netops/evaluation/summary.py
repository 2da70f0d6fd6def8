"""Summaries of a run (pass@1 by category, difficulty, topology, familiarity; latency; selection), and saved runs."""

from __future__ import annotations

import datetime as _dt
import json
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from netops.errors import InputError
from netops.evaluation.run import CaseResult
from netops.evaluation.suite import CATEGORIES, DIFFICULTIES, RESULTS_FORMAT

__all__ = [
    "RunComparison",
    "summarize",
    "percentile",
    "results_document",
    "save_results",
    "load_results",
    "compare_runs",
]


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) with linear interpolation; 0.0 for no values.

    >>> percentile([1, 2, 3, 4], 50), percentile([5.0], 90)
    (2.5, 5.0)
    """
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    if low == high:
        return float(ordered[low])
    return float(ordered[low] + (ordered[high] - ordered[low]) * (position - low))


def _rate(passed: int, judged: int) -> float | None:
    return round(passed / judged, 4) if judged else None


def _group(
    results: Sequence[CaseResult], key: Callable[[CaseResult], str], order: Sequence[str] = ()
) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[CaseResult]] = {}
    for result in results:
        groups.setdefault(key(result), []).append(result)
    names = [n for n in order if n in groups] + sorted(n for n in groups if n not in order)
    out = {}
    for name in names:
        members = groups[name]
        passed = sum(r.passed for r in members)
        judged = sum(r.status != "error" for r in members)
        out[name] = {"cases": len(members), "passed": passed, "pass_at_1": _rate(passed, judged)}
    return out


#: Sample topologies have prompt examples written for them; foreign ones (like an operator's own) have none.
FAMILIARITY = ("sample", "foreign")


def _topology_stem(path: str) -> str:
    """``topologies/lab.clab.yml`` -> ``lab``: a topology file's name as prompt examples cite it."""
    return Path(path).name.split(".")[0]


_EXAMPLE_TOPOLOGIES: frozenset[str] | None = None


def familiarity(result: CaseResult) -> str:
    """``sample`` when some prompt example was written for the case's topology, else ``foreign``."""
    global _EXAMPLE_TOPOLOGIES
    if _EXAMPLE_TOPOLOGIES is None:
        from netops.answering.retrieval import load_examples

        _EXAMPLE_TOPOLOGIES = frozenset(e.topology for e in load_examples() if e.topology)
    return "sample" if _topology_stem(result.topology) in _EXAMPLE_TOPOLOGIES else "foreign"


def summarize(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Aggregate statistics of a run: pass@1 (overall, per category, difficulty, topology), latency, tokens, attempts, tiers.

    pass@1 is the share of judged cases (status ``pass`` or ``fail``) whose
    single greedy answer matched; cases in ``error`` are counted apart.
    """
    judged = [r for r in results if r.status != "error"]
    passed = sum(r.passed for r in judged)
    latencies = [r.latency for r in judged]
    attempts = [r.attempts for r in judged]
    tiers: Counter[str] = Counter()
    for r in judged:
        if r.ok:
            tiers[f"{r.tier}: {r.model}" if r.tier is not None else str(r.model)] += 1
    tokens = {k: sum(r.tokens.get(k, 0) for r in judged) for k in ("prompt", "completion", "cached")}
    return {
        "cases": len(results),
        "judged": len(judged),
        "passed": passed,
        "failed": len(judged) - passed,
        "errors": len(results) - len(judged),
        "pass_at_1": _rate(passed, len(judged)),
        "by_category": _group(results, lambda r: r.category, CATEGORIES),
        "by_difficulty": _group(results, lambda r: r.difficulty, DIFFICULTIES),
        "by_topology": _group(results, lambda r: r.topology),
        "by_familiarity": _group(results, familiarity, FAMILIARITY),
        "latency": {
            "p50": round(percentile(latencies, 50), 4),
            "p90": round(percentile(latencies, 90), 4),
            "max": round(max(latencies), 4) if latencies else 0.0,
            "mean": round(sum(latencies) / len(latencies), 4) if latencies else 0.0,
            "total": round(sum(latencies), 4),
        },
        "tokens": {
            **tokens,
            "prompt_per_case": round(tokens["prompt"] / len(judged), 1) if judged else 0.0,
            "completion_per_case": round(tokens["completion"] / len(judged), 1) if judged else 0.0,
        },
        "attempts": {
            "total": sum(attempts),
            "retries": sum(max(0, a - 1) for a in attempts),
            "mean": round(sum(attempts) / len(attempts), 3) if attempts else 0.0,
            "passed_after_repair": sum(1 for r in judged if r.passed and r.attempts > 1),
        },
        "tiers": dict(tiers.most_common()),
        "from_cache": sum(r.from_cache for r in judged),
        "selection": _selection_summary(judged),
    }


#: Confidence labels, most trusted first (``unchecked``: one program, nothing to compare it with).
CONFIDENCE_LABELS = ("high", "medium", "low", "unchecked")


def _selection_summary(judged: Sequence[CaseResult]) -> dict[str, Any]:
    """Choosing by running, measured: greedy alone vs the chosen answer, pass@k, candidates, calibration.

    ``greedy_pass_at_1`` judges the greedy program alone (no samples, no
    repair), from the same run; ``pass_at_k`` counts a case when any of its
    candidates was right (the ceiling of selection). ``calibration`` gives,
    per confidence label, how often answers with that label were right.
    """
    with_candidates = [r for r in judged if r.candidates]
    greedy = sum(1 for r in with_candidates if r.candidates[0]["status"] == "pass")
    any_right = sum(1 for r in with_candidates if any(c["status"] == "pass" for c in r.candidates))
    counts = [len(r.candidates) for r in with_candidates]
    calibration: dict[str, dict[str, Any]] = {}
    for label in CONFIDENCE_LABELS:
        members = [r for r in judged if r.confidence and r.confidence.get("label") == label]
        if members:
            right = sum(r.passed for r in members)
            calibration[label] = {"cases": len(members), "passed": right, "accuracy": _rate(right, len(members))}
    by_familiarity = {}
    for group in FAMILIARITY:
        members = [r for r in with_candidates if familiarity(r) == group]
        if members:
            by_familiarity[group] = {
                "cases": len(members),
                "greedy_pass_at_1": _rate(sum(1 for r in members if r.candidates[0]["status"] == "pass"), len(members)),
                "selected_pass_at_1": _rate(sum(r.passed for r in members), len(members)),
            }
    return {
        "cases": len(with_candidates),
        "by_familiarity": by_familiarity,
        "greedy_pass_at_1": _rate(greedy, len(with_candidates)),
        "selected_pass_at_1": _rate(sum(r.passed for r in with_candidates), len(with_candidates)),
        "pass_at_k": _rate(any_right, len(with_candidates)),
        "candidates_per_case": round(sum(counts) / len(counts), 3) if counts else 0.0,
        "sampled_cases": sum(1 for n in counts if n > 1),
        "calibration": calibration,
    }


def results_document(
    results: Sequence[CaseResult],
    *,
    suite: str = "",
    model: str | None = None,
    options: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A run as one JSON-able object: metadata, summary and per-case results."""
    return {
        "format": RESULTS_FORMAT,
        "created": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "suite": suite,
        "model": model,
        "options": dict(options or {}),
        "summary": summarize(results),
        "results": [r.to_dict() for r in results],
    }


def save_results(document: Mapping[str, Any], path: Path | str) -> Path:
    """Write a run document (from :func:`results_document`) as JSON, atomically."""
    from netops.fsutil import atomic_write_text

    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(document, indent=2, default=str) + "\n")
    return path


def load_results(path: Path | str) -> dict[str, Any]:
    """Read a saved run, checking that it is one (``InputError`` otherwise)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such saved run", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read saved run: {exc}", path=str(path)) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg}", path=str(path), line=exc.lineno) from None
    if not isinstance(data, dict) or data.get("format") != RESULTS_FORMAT or not isinstance(data.get("results"), list):
        raise InputError(f"not a saved netops eval run (expected format {RESULTS_FORMAT!r})", path=str(path))
    for index, item in enumerate(data["results"]):
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("id"), str)
            or item.get("status") not in {"pass", "fail", "error"}
        ):
            raise InputError(f"result #{index + 1} needs an 'id' and a status of pass/fail/error", path=str(path))
    return data


@dataclass
class RunComparison:
    """What changed between two runs of a suite, case by case."""

    fixed: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    still_failing: list[str] = field(default_factory=list)
    still_passing: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    old_pass_at_1: float | None = None
    new_pass_at_1: float | None = None
    by_category: dict[str, dict[str, float | None]] = field(default_factory=dict)

    @property
    def delta(self) -> float | None:
        """Change in pass@1 over the cases both runs judged."""
        if self.old_pass_at_1 is None or self.new_pass_at_1 is None:
            return None
        return round(self.new_pass_at_1 - self.old_pass_at_1, 4)

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        data = asdict(self)
        data["delta"] = self.delta
        return data


def compare_runs(old: Mapping[str, Any], new: Mapping[str, Any]) -> RunComparison:
    """Compare two run documents: fixed and broken cases, and pass@1 over the cases both judged.

    >>> old = {"results": [{"id": "a", "status": "fail", "category": "count"}, {"id": "b", "status": "pass", "category": "count"}]}
    >>> new = {"results": [{"id": "a", "status": "pass", "category": "count"}, {"id": "b", "status": "fail", "category": "count"}]}
    >>> c = compare_runs(old, new); c.fixed, c.broken, c.delta
    (['a'], ['b'], 0.0)
    """
    before = {r["id"]: r for r in old.get("results", [])}
    after = {r["id"]: r for r in new.get("results", [])}
    comparison = RunComparison(
        added=sorted(set(after) - set(before)),
        removed=sorted(set(before) - set(after)),
    )
    both = [i for i in after if i in before and before[i]["status"] != "error" and after[i]["status"] != "error"]
    for case_id in both:
        was, now = before[case_id]["status"] == "pass", after[case_id]["status"] == "pass"
        bucket = {
            (False, True): comparison.fixed,
            (True, False): comparison.broken,
            (False, False): comparison.still_failing,
            (True, True): comparison.still_passing,
        }[(was, now)]
        bucket.append(case_id)
    if both:
        comparison.old_pass_at_1 = round(sum(before[i]["status"] == "pass" for i in both) / len(both), 4)
        comparison.new_pass_at_1 = round(sum(after[i]["status"] == "pass" for i in both) / len(both), 4)
    categories: dict[str, list[str]] = {}
    for case_id in both:
        categories.setdefault(str(after[case_id].get("category", "")), []).append(case_id)
    for name in [c for c in CATEGORIES if c in categories] + sorted(c for c in categories if c not in CATEGORIES):
        ids = categories[name]
        comparison.by_category[name] = {
            "old": round(sum(before[i]["status"] == "pass" for i in ids) / len(ids), 4),
            "new": round(sum(after[i]["status"] == "pass" for i in ids) / len(ids), 4),
        }
    return comparison
