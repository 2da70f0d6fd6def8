"""Would candidates from a second prompt add right answers to the vote? Replayed offline from two runs.

The first run drew every candidate from the usual prompt::

    NETOPS_SAMPLE_WHEN=always netops eval --samples 4 --retries 0 --timeout 0 --save runs/always4.json

The second answered the same cases from another prompt, greedy (here: no
retrieved examples)::

    netops eval --samples 0 --retries 0 --timeout 0 --no-retrieval --save runs/noexamples.json

Each case's second-prompt program is run again (in-process, with today's
helpers) to get what the vote groups it by, and then joins the first run's
candidates: in place of the last sample (the same cost) and as a sixth. The
vote is ``choosing_replay.vote`` (no preference for non-empty answers, no
repairs), so it reads a little below the pipeline.

Usage: ``python tests/benchmarks/second_prompt_replay.py runs/always4.json runs/noexamples.json``
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))

from choosing_replay import vote  # noqa: E402


def _second_candidate(case: Any, result: dict[str, Any], topologies: dict[str, Any]) -> dict[str, Any]:
    """The second prompt's program as a candidate record of the first run's shape."""
    from netops.answering.selection import answer_contract, check_contract
    from netops.evaluation.run import vote_key
    from netops.evaluation.trusted import trusted_execute
    from netops.program.diff import diff_graphs
    from netops.topology import load

    candidate: dict[str, Any] = {
        "origin": "second prompt", "logprob": None, "status": result["status"], "failure": None,
        "contract": None, "key": None,
    }
    code = result.get("code")
    if not code or not result.get("ok"):
        candidate["failure"] = result.get("error_kind") or "runtime"
        return candidate
    topology = topologies.setdefault(str(case.topology), load(case.topology))
    execution = trusted_execute(topology, code, read_only=not case.mutation, timeout=10.0)
    if not execution.ok:
        candidate["failure"] = execution.failure_kind or "runtime"
        return candidate
    contract = answer_contract(case.request)
    diff = None
    if case.mutation:
        after = execution.graph_after if execution.graph_after is not None else topology.graph
        diff = diff_graphs(topology.graph, after).to_dict()
    else:
        candidate["contract"] = check_contract(contract, execution.value)
    candidate["key"] = vote_key(execution.value, diff, change=case.mutation, contract=contract)
    return candidate


def main(argv: Sequence[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    from netops.evaluation import load_suite

    first = {r["id"]: r for r in json.loads(Path(argv[1]).read_text(encoding="utf-8"))["results"]}
    second = {r["id"]: r for r in json.loads(Path(argv[2]).read_text(encoding="utf-8"))["results"]}
    cases = {case.id: case for case in load_suite(ROOT / "tests" / "eval" / "suite", root=ROOT)}
    topologies: dict[str, Any] = {}
    rows = {
        "greedy alone": 0, "vote over 5 (greedy + 4 samples)": 0, "pass@5": 0, "second prompt alone": 0,
        "vote over greedy + 3 samples + second prompt": 0, "vote over 6 (+ second prompt)": 0, "pass@6": 0,
    }
    judged = 0
    for case_id, result in first.items():
        candidates = result.get("candidates") or []
        if case_id not in second or case_id not in cases or not candidates:
            continue
        judged += 1
        other = _second_candidate(cases[case_id], second[case_id], topologies)

        def right(candidate: dict[str, Any] | None) -> bool:
            return candidate is not None and candidate["status"] == "pass"

        rows["greedy alone"] += right(candidates[0])
        rows["vote over 5 (greedy + 4 samples)"] += right(vote(candidates))
        rows["pass@5"] += any(right(c) for c in candidates)
        rows["second prompt alone"] += right(other)
        rows["vote over greedy + 3 samples + second prompt"] += right(vote(candidates[:4] + [other]))
        rows["vote over 6 (+ second prompt)"] += right(vote(candidates + [other]))
        rows["pass@6"] += any(right(c) for c in candidates + [other])
    print(f"{judged} cases in both runs\n\n| policy | right | pass@1 |\n|---|---:|---:|")
    for name, count in rows.items():
        print(f"| {name} | {count} | {100 * count / max(judged, 1):.1f}% |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
