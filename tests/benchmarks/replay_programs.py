"""Re-judge the programs of saved ``netops eval`` runs against today's helpers, without the model.

A helper change (a forgiving name lookup, a new filter rule) changes what a
program *does*, not what the model writes. With repairs and samples off
(``--retries 0 --samples 0``) each case's answer is exactly its one saved
program, so running those same programs through today's API and judging them
again measures the helper change on the same programs, side by side:

    python tests/benchmarks/replay_programs.py runs/a.json runs/b.json ...

It prints pass counts per suite as saved and as replayed, and the cases that
changed. Helper settings apply as in ``netops eval`` (``NETOPS_RESOLVE_NAMES=0``). Programs run in-process (``netops.evaluation.trusted.trusted_execute``): the
helpers are the same ones the sandbox gives a program.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: Sequence[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-5].strip(), file=sys.stderr)
        return 2
    from netops.evaluation import ProgramPipeline, load_suite, run_suite
    from netops.program.api import name_resolution
    from netops.settings import load_settings

    saved: dict[str, dict] = {}
    for path in argv[1:]:
        for result in json.loads(Path(path).read_text(encoding="utf-8"))["results"]:
            saved[result["id"]] = result
    cases = [case for case in load_suite(ROOT / "tests" / "eval" / "suite", root=ROOT) if case.id in saved]
    programs = {case.id: saved[case.id]["code"] for case in cases if saved[case.id].get("code")}
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    changed = []
    with name_resolution(load_settings().resolve_names):  # NETOPS_RESOLVE_NAMES=0 replays without it
        results = list(run_suite(cases, ProgramPipeline(programs, cases=cases)))
    for result in results:
        suite = result.id.rsplit("-", 2)[0]
        was = saved[result.id]["status"] == "pass"
        now = result.status == "pass"
        totals[suite] += 1
        before[suite] += was
        after[suite] += now
        if was != now:
            changed.append(f"  {'fixed' if now else 'broke'} {result.id}: {saved[result.id]['request']}")
    print(f"{'suite':<14}{'saved':>10}{'replayed':>10}")
    for suite in sorted(totals):
        print(f"{suite:<14}{before[suite]:>6}/{totals[suite]:<3}{after[suite]:>6}/{totals[suite]:<3}")
    n = sum(totals.values())
    print(f"{'all':<14}{sum(before.values()):>6}/{n:<3}{sum(after.values()):>6}/{n:<3}")
    print("\n".join(changed) or "  no case changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
