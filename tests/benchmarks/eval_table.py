"""Print the BENCHMARKS.md accuracy tables from saved `netops eval --save` runs.

Run it directly (it is not collected by pytest)::

    .venv/bin/python tests/benchmarks/eval_table.py \
        "1.5B (default)=tests/eval/runs/1.5b.json" "0.5B=tests/eval/runs/0.5b.json"

Each argument is ``LABEL=PATH``. The first table has one row per run
(pass@1, latency percentiles, attempts, tokens); the second has pass@1 per
category, one column per run; the third sorts the first run's failures by
cause (from the comparator's reason for each failed case).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

# First matching pattern wins; the reasons are the comparator's own words.
_CAUSES = [
    ("no valid program: the repairs wrote the same program again", r"^repeated:"),
    ("no valid program: runtime error in every attempt", r"^runtime:"),
    ("no valid program: syntax", r"^syntax:"),
    ("no valid program: a change request that changed nothing", r"^no-change:"),
    ("no valid program: other", r"no valid program|pipeline raised"),
    ("wrong change (other devices, links or attributes edited)", r"^(device|link|missing link|unexpected link)|changed:"),
    ("answered nothing (a filter matched nothing, or 0)", r"(\d+ expected, 0 given)|got \[\]$|got 0$|expected .* got (null|None)$"),
    ("wrong answer shape (a list for a count, names for a table...)", r"expected (the number|a mapping|rows|True|False|the link).*got [\[{\"]"),
    ("wrong selection (some items missing or extra)", r"expected, \d+ given|missing key|unexpected key|table rows differ|position \d"),
    ("wrong value (a unit, a threshold or a formula)", r"^expected"),
]


def failure_causes(run: dict) -> Counter:
    """Count the run's failed cases by cause."""
    causes: Counter = Counter()
    for case in run["results"]:
        if case["status"] == "pass":
            continue
        reason = case.get("reason") or ""
        cause = next((name for name, pattern in _CAUSES if re.search(pattern, reason)), "other")
        causes[cause] += 1
    return causes


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def main(argv: list[str]) -> int:
    runs = []
    for arg in argv:
        label, _, path = arg.partition("=")
        if not path:
            print(f"expected LABEL=PATH, got {arg!r}", file=sys.stderr)
            return 2
        runs.append((label, json.loads(Path(path).read_text())))
    if not runs:
        print(__doc__, file=sys.stderr)
        return 2

    print("| configuration | pass@1 | passed | p50 s | p90 s | mean attempts | passed after a repair | prompt tokens/case | answered by |")
    print("|---|---|---|---|---|---|---|---|---|")
    for label, run in runs:
        s = run["summary"]
        tiers = ", ".join(f"{name.split(': ', 1)[-1]} x{count}" for name, count in s["tiers"].items()) or "-"
        print(
            f"| {label} | {_pct(s['pass_at_1'])} | {s['passed']}/{s['cases']} | {s['latency']['p50']:.2f} "
            f"| {s['latency']['p90']:.2f} | {s['attempts']['mean']:.2f} | {s['attempts']['passed_after_repair']} "
            f"| {s['tokens']['prompt_per_case']:.0f} | {tiers} |"
        )
    print()
    chosen_runs = [(label, run["summary"]["selection"]) for label, run in runs if run["summary"].get("selection", {}).get("cases")]
    if chosen_runs:
        print("| configuration | greedy alone | chosen | pass@k | candidates/case | cases sampled | calibration (label: right/cases) |")
        print("|---|---|---|---|---|---|---|")
        for label, c in chosen_runs:
            calibration = "; ".join(
                f"{name} {v['passed']}/{v['cases']} ({_pct(v['accuracy'])})" for name, v in c["calibration"].items()
            )
            print(
                f"| {label} | {_pct(c['greedy_pass_at_1'])} | {_pct(c['selected_pass_at_1'])} | {_pct(c['pass_at_k'])} "
                f"| {c['candidates_per_case']:.2f} | {c['sampled_cases']}/{c['cases']} | {calibration} |"
            )
        print()
    groups = [
        ("category", "by_category"),
        ("difficulty", "by_difficulty"),
        ("topology", "by_topology"),
        ("familiarity", "by_familiarity"),
    ]
    print("| | " + " | ".join(label for label, _ in runs) + " |")
    print("|---|" + "---|" * len(runs))
    for title, key in groups:
        names = list(runs[0][1]["summary"].get(key, {}))
        for name in names:
            cells = []
            for _label, run in runs:
                row = run["summary"].get(key, {}).get(name)
                cells.append(_pct(row["pass_at_1"]) if isinstance(row, dict) else "-")
            count = runs[0][1]["summary"][key][name]
            cases = count.get("cases", "") if isinstance(count, dict) else ""
            print(f"| {title}: {name} ({cases}) | " + " | ".join(cells) + " |")
    print()
    label, first = runs[0]
    causes = failure_causes(first)
    print(f"| why {label} failed | cases |")
    print("|---|---|")
    for cause, count in causes.most_common():
        print(f"| {cause} | {count} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
