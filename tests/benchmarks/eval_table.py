"""Print the BENCHMARKS.md accuracy tables from saved `netops eval --save` runs.

Run it directly (it is not collected by pytest)::

    .venv/bin/python tests/benchmarks/eval_table.py \
        "1.5B (default)=tests/eval/runs/1.5b.json" "0.5B=tests/eval/runs/0.5b.json"

Each argument is ``LABEL=PATH``. The first table has one row per run
(pass@1, latency percentiles, attempts, tokens); the second has pass@1 per
category, one column per run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


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
    groups = [("category", "by_category"), ("difficulty", "by_difficulty"), ("topology", "by_topology")]
    print("| | " + " | ".join(label for label, _ in runs) + " |")
    print("|---|" + "---|" * len(runs))
    for title, key in groups:
        names = list(runs[0][1]["summary"][key])
        for name in names:
            cells = []
            for _label, run in runs:
                row = run["summary"][key].get(name)
                cells.append(_pct(row["pass_at_1"]) if isinstance(row, dict) else "-")
            count = runs[0][1]["summary"][key][name]
            cases = count.get("cases", "") if isinstance(count, dict) else ""
            print(f"| {title}: {name} ({cases}) | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
