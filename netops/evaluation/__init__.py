"""The golden-suite evaluation: load cases, judge answers by meaning, summarize runs.

A suite is a directory (or one file) of YAML files. Each file is a list of
cases, or a mapping with a default ``topology`` and a ``cases`` list::

    topology: topologies/campus.yaml      # relative to the repository root
    cases:
      - id: campus-count-01
        request: how many access switches in bldg a?
        category: count                   # one of CATEGORIES
        difficulty: easy                  # easy | medium | hard
        golden: |                         # a trusted program; or `expect: <literal>`
          result = len(nodes(G, role="access", building="a"))
      - id: campus-path-02
        request: hops from acc-a1 to the wan edge, in order
        category: path
        difficulty: medium
        ordered: true                     # the order of the answer matters
        tolerance: 0.01                   # absolute tolerance for numbers
        golden: |
          result = path(G, "acc-a1", "wan1")

Golden programs are our own trusted code: they run with plain ``exec`` on a
copy of the graph, with ``G``, ``nx`` and the helpers of :mod:`netops.program.api`.
The expected value is computed at evaluation time (so a topology can change
without hand-editing expected outputs); for a change request the expected
outcome is the graph the golden program leaves behind.

Judging (:func:`compare`, :func:`compare_graphs`) is by meaning, not by
representation:

- numbers equal within ``tolerance`` (absolute; default: relative 1e-6); a
  string that is exactly a number (``"2.5"``) counts as that number; bools
  never equal numbers, and "yes"/"no"/"true"/"false" strings equal bools;
- strings equal ignoring case and surrounding blanks;
- collections equal as multisets (order ignored) unless the case says
  ``ordered: true``; any two empty collections are equal;
- a tuple in a golden value is a record: compared position by position;
- links are identities: ``(a, b)``, ``(b, a)``, ``(a, b, key)`` and
  ``(a, b, key, data)`` all name the same link (keys compared only when both
  sides give one; attributes never);
- tables (``{"columns", "rows"}``) compare by rows; the answer may also be a
  list of rows, a list of records (dicts), or a mapping from the first column
  to the rest, and columns are matched by name when both sides name them;
- mappings compare key by key (keys by text, so ``1``, ``1.0`` and ``"1"`` match); an
  answer given as ``[(key, value), ...]`` or as a two-column table counts;
- a single answer wrapped in a one-item collection or mapping equals the bare
  answer (``["spine1"]`` for ``"spine1"``, ``{"leaf": 4}`` for ``4``), and
  when a set of names is asked for, a mapping keyed by exactly those names is
  accepted (the extra values are detail, not error), and so is a list of
  rows or a table whose first column is exactly those names;
- a change is judged only by its after-state: same devices, same links (a
  multiset of order-free endpoints with their attributes, keys ignored) and
  equal attributes, with the same value rules; ``ignore`` names attributes
  left out of the comparison.

Runs are summarized (:func:`summarize`) as pass@1 overall, per category,
difficulty and topology, latency percentiles, tokens, attempts and the tier
that answered; saved as JSON (:func:`save_results`) and compared between runs
(:func:`compare_runs`).

>>> compare([("leaf1", "spine1"), ("leaf2", "spine2")], [["spine2", "leaf2"], ["spine1", "leaf1"]]).ok
True
>>> compare(12, 12.0000001).ok, compare(12, 13).reason
(True, 'expected 12, got 13')
"""

from __future__ import annotations

from netops.evaluation.compare import Verdict, compare, compare_graphs
from netops.evaluation.run import CaseResult, ProgramPipeline, judge, run_suite
from netops.evaluation.suite import CATEGORIES, DIFFICULTIES, RESULTS_FORMAT, Case, default_suite_path, load_suite
from netops.evaluation.summary import (
    RunComparison,
    compare_runs,
    load_results,
    percentile,
    results_document,
    save_results,
    summarize,
)
from netops.evaluation.trusted import Golden, TrustedExecution, run_golden, trusted_execute

__all__ = [
    "CATEGORIES",
    "DIFFICULTIES",
    "RESULTS_FORMAT",
    "Case",
    "Golden",
    "Verdict",
    "CaseResult",
    "TrustedExecution",
    "ProgramPipeline",
    "RunComparison",
    "load_suite",
    "run_golden",
    "trusted_execute",
    "compare",
    "compare_graphs",
    "judge",
    "run_suite",
    "summarize",
    "percentile",
    "results_document",
    "save_results",
    "load_results",
    "compare_runs",
    "default_suite_path",
]
