"""Helpers for the golden-suite tests: the shipped suite, its topologies, expected outcomes (all cached)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from netops.evaluation import Case, Golden, load_suite, run_golden, trusted_execute
from netops.topology import Topology, load

__all__ = ["ROOT", "SUITE_DIR", "suite_cases", "topology", "golden", "case_by_id", "trusted_runner"]

ROOT = Path(__file__).resolve().parents[2]
SUITE_DIR = Path(__file__).resolve().parent / "suite"


@cache
def suite_cases() -> tuple[Case, ...]:
    """Every case of the shipped suite (loaded once per test session)."""
    return tuple(load_suite(SUITE_DIR, root=ROOT))


@cache
def topology(path: Path) -> Topology:
    """A suite topology, loaded once; callers must not change it (golden programs run on copies)."""
    return load(path)


@cache
def golden(case_id: str) -> Golden:
    """The expected outcome of a suite case, computed once."""
    case = case_by_id(case_id)
    return run_golden(case, topology(case.topology_path))


def case_by_id(case_id: str) -> Case:
    """The suite case with this id."""
    for case in suite_cases():
        if case.id == case_id:
            return case
    raise KeyError(case_id)


def trusted_runner(name: str):
    """``run_program(graph, code)`` for ``netops.program.validate.declared_violations``, with plain exec."""

    def run(graph: nx.MultiGraph, code: str) -> tuple[bool, Any, str]:
        execution = trusted_execute(Topology(graph, name=name), code, read_only=True)
        return execution.ok, execution.value, execution.message or ""

    return run
