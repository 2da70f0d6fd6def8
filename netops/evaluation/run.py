"""Running the suite through a pipeline, judging every answer (and every candidate) against its golden."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import networkx as nx

from netops.errors import DeadlineExceeded, InputError, ModelError
from netops.evaluation.compare import _plain_answer, compare, compare_graphs
from netops.evaluation.suite import Case
from netops.evaluation.trusted import Golden, run_golden, trusted_execute
from netops.program.failures import FailureKind
from netops.topology.model import Topology

__all__ = ["CaseResult", "ProgramPipeline", "judge", "run_suite"]


@dataclass
class CaseResult:
    """One case's outcome.

    ``status`` is ``pass``, ``fail`` (the answer was wrong or missing) or
    ``error`` (the case itself could not be judged: its golden program or
    topology failed; not counted in pass@1).
    """

    id: str
    category: str
    difficulty: str
    topology: str
    request: str
    status: str
    reason: str = ""
    expected: Any = None
    got: Any = None
    code: str | None = None
    ok: bool = False
    error_kind: str | None = None
    attempts: int = 0
    tier: int | None = None
    model: str | None = None
    from_cache: bool = False
    latency: float = 0.0
    tokens: dict[str, int] = field(default_factory=lambda: {"prompt": 0, "completion": 0, "cached": 0})
    timings: dict[str, float] = field(default_factory=dict)
    #: Every candidate program of the vote, judged on its own: origin, mean
    #: log-probability, ``pass``/``fail``/``not-run``, failure kind, whether it won.
    candidates: list[dict[str, Any]] = field(default_factory=list)
    #: The answer's confidence (``Answer.confidence()``), None without one.
    confidence: dict[str, Any] | None = None
    #: How many of the case's programs were adapted to the topology's names before running.
    adapted: int = 0

    @property
    def passed(self) -> bool:
        """Whether the answer matched."""
        return self.status == "pass"

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the saved run."""
        data = asdict(self)
        data["expected"] = _jsonable(self.expected)
        data["got"] = _jsonable(self.got)
        return data


def _jsonable(value: Any, limit: int = 20000) -> Any:
    try:
        text = json.dumps(_plain_answer(value), default=str)
    except (TypeError, ValueError):
        return repr(value)[:limit]
    if len(text) > limit:
        return text[:limit] + "..."
    return json.loads(text)


def judge(case: Case, golden: Golden, answer: Any, topology: Topology) -> tuple[str, str]:
    """``(status, reason)`` for one answer (``netops.answering.pipeline.Answer`` or any object shaped like one)."""
    if golden.error is not None:
        return "error", golden.error
    if not getattr(answer, "ok", False):
        kind = getattr(answer, "error_kind", None)
        message = getattr(answer, "error", None) or "no valid program"
        return "fail", f"{kind}: {message}" if kind and not str(message).startswith(kind) else str(message)
    if case.mutation:
        after = getattr(answer, "after", None)
        graph = after.graph if isinstance(after, Topology) else after
        verdict = compare_graphs(golden.after, graph, tolerance=case.tolerance, ignore=case.ignore)
    else:
        verdict = compare(
            golden.value,
            getattr(answer, "value", None),
            ordered=case.ordered,
            tolerance=case.tolerance,
            nodes=set(topology.graph.nodes),
        )
    return ("pass", "") if verdict.ok else ("fail", verdict.reason)


@dataclass
class _CandidateAnswer:
    """One candidate's outcome, shaped like an answer so :func:`judge` can judge it."""

    ok: bool
    value: Any = None
    after: Topology | None = None
    error_kind: str | None = None
    error: str | None = None


def vote_key(value: Any, diff: Any, *, change: bool, contract: Any) -> str:
    """What the vote groups a candidate by, as a short digest, so votes can be replayed offline.

    A change is grouped by its diff (``diff`` as ``TopologyDiff.to_dict()``), a question by
    its answer under the request's contract (``selection.result_key``).
    """
    from netops.answering.selection import diff_key, result_key

    raw = diff_key(diff) if change else result_key(value, contract)
    return hashlib.sha256(repr(raw).encode()).hexdigest()[:12]


def judge_candidates(case: Case, golden: Golden, answer: Any, topology: Topology) -> list[dict[str, Any]]:
    """Judge every candidate program of ``answer``'s vote (``answer.trials``) against the golden answer.

    This is what pass@k (was any candidate right?), greedy-versus-selected
    and the calibration of the confidence label are computed from.
    """
    from netops.answering.selection import answer_contract, check_contract

    trials = list(getattr(answer, "trials", []) or [])
    selection = getattr(answer, "selection", None)
    winner = selection.winner if selection is not None else None
    contract = answer_contract(case.request)
    judged = []
    for trial in trials:
        candidate, evaluation = trial.candidate, trial.evaluation
        ran = evaluation is not None and getattr(evaluation.execution, "ok", False)
        status = "not-run"
        if ran and candidate.failure is None:
            after = None
            graph_after = getattr(evaluation.execution, "graph_after", None)
            if case.mutation and graph_after is not None:
                after = topology.with_graph(graph_after)
            status, _reason = judge(case, golden, _CandidateAnswer(True, candidate.value, after), topology)
        elif ran:
            status = "fail"  # it ran, but broke a rule (invariant, a question that changed G, ...)
        key = contract_problem = None
        if candidate.failure is None:
            key = vote_key(candidate.value, candidate.diff, change=candidate.change, contract=contract)
            contract_problem = None if candidate.change else check_contract(contract, candidate.value)
        judged.append(
            {
                "origin": candidate.origin,
                "key": key,
                "contract": contract_problem,
                "logprob": None if candidate.logprob is None else round(candidate.logprob, 4),
                "status": status,
                "failure": candidate.failure,
                "same_as": trial.same_as,
                "selected": candidate is winner,
            }
        )
    return judged


class _Topologies:
    def __init__(self) -> None:
        self._loaded: dict[Path, Topology | InputError] = {}

    def get(self, path: Path) -> Topology:
        if path not in self._loaded:
            from netops.topology import load

            try:
                self._loaded[path] = load(path)
            except InputError as exc:
                self._loaded[path] = exc
        value = self._loaded[path]
        if isinstance(value, InputError):
            raise value
        return value


class AnswersRequests(Protocol):
    """What a run needs of a pipeline: ``ask(request, topology)`` returning an ``Answer``-like object
    (``netops.answering.pipeline.Pipeline``, or ``ProgramPipeline`` for golden programs)."""

    def ask(self, request: str, topology: Topology) -> Any: ...


PipelineLike = AnswersRequests


def run_suite(
    cases: Sequence[Case],
    pipeline: PipelineLike | Callable[[], PipelineLike],
    *,
    on_start: Callable[[Case], None] | None = None,
) -> Iterator[CaseResult]:
    """Ask every case's request and judge the answer, yielding results as they come.

    Parameters
    ----------
    cases : sequence of Case
        From :func:`load_suite`.
    pipeline : Pipeline, or a callable returning one
        Anything with ``ask(request, topology)`` returning a
        ``netops.answering.pipeline.Answer``-like object (``ok``, ``value``, ``after``,
        ``code``, ``attempts``, ``tier``, ``model``, ``timings``, ``error``).
        A factory is called once, before the first case.

    A ``ModelError`` (no usable model) stops the run; any other exception from
    the pipeline fails that case with the exception as the reason. A case
    whose request outlived its deadline (``--timeout``) fails with
    ``error_kind`` ``deadline``, whether the pipeline answered so or raised
    ``DeadlineExceeded``.
    """
    if not hasattr(pipeline, "ask") and callable(pipeline):
        pipeline = pipeline()
    assert hasattr(pipeline, "ask")
    topologies = _Topologies()
    for case in cases:
        if on_start is not None:
            on_start(case)
        base = CaseResult(case.id, case.category, case.difficulty, case.topology, case.request, status="error")
        try:
            topology = topologies.get(case.topology_path)
        except InputError as exc:
            base.reason = f"topology: {exc.message}"
            yield base
            continue
        golden = run_golden(case, topology)
        base.expected = golden.value if not case.mutation else _change_summary(topology.graph, golden.after)
        if golden.error is not None:
            base.reason = golden.error
            yield base
            continue
        started = time.perf_counter()
        try:
            answer = pipeline.ask(case.request, topology)
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001 - a pipeline bug must not end the whole run
            base.status, base.reason = "fail", f"pipeline raised {type(exc).__name__}: {exc}"
            if isinstance(exc, DeadlineExceeded):
                base.error_kind, base.reason = FailureKind.DEADLINE, f"deadline: {exc}"
            base.latency = time.perf_counter() - started
            yield base
            continue
        elapsed = time.perf_counter() - started
        yield _judged_result(case, golden, answer, topology, base.expected, elapsed)


def _judged_result(
    case: Case, golden: Golden, answer: Any, topology: Topology, expected: Any, elapsed: float
) -> CaseResult:
    """The result of a case the pipeline answered: the verdict, what it got, its cost, every candidate judged."""
    status, reason = judge(case, golden, answer, topology)
    attempts = list(getattr(answer, "attempts", []) or [])
    timings = dict(getattr(answer, "timings", {}) or {})
    after = getattr(answer, "after", None)
    return CaseResult(
        case.id,
        case.category,
        case.difficulty,
        case.topology,
        case.request,
        status=status,
        reason=reason,
        expected=expected,
        got=_change_summary(topology.graph, after.graph if isinstance(after, Topology) else after)
        if case.mutation
        else getattr(answer, "value", None),
        code=getattr(answer, "code", None),
        ok=bool(getattr(answer, "ok", False)),
        error_kind=getattr(answer, "error_kind", None),
        attempts=len(attempts),
        tier=getattr(answer, "tier", None),
        model=getattr(answer, "model", None),
        from_cache=bool(getattr(answer, "from_cache", False)),
        latency=float(timings.get("total", elapsed)),
        tokens={
            "prompt": sum(int(getattr(a, "prompt_tokens", 0) or 0) for a in attempts),
            "completion": sum(int(getattr(a, "completion_tokens", 0) or 0) for a in attempts),
            "cached": sum(int(getattr(a, "cached_tokens", 0) or 0) for a in attempts),
        },
        timings={k: round(float(v), 4) for k, v in timings.items()},
        candidates=judge_candidates(case, golden, answer, topology),
        confidence=answer.confidence() if callable(getattr(answer, "confidence", None)) else None,
        adapted=sum(1 for a in attempts if getattr(a, "adapted_from", None)),
    )


def _change_summary(before: nx.MultiGraph, after: nx.MultiGraph | None) -> str:
    """A change in a few words for reports, e.g. "1 link changed: a--b status"; the full graphs are compared."""
    from netops.program.diff import diff_graphs

    if after is None:
        return "no change"
    diff = diff_graphs(before, after)
    if diff.is_empty():
        return "no change"
    details = [f"+{name}" for name in sorted(diff.devices_added)][:5]
    details += [f"-{name}" for name in sorted(diff.devices_removed)][:5]
    details += [f"{c.name}.{a.name}={a.after!r}" for c in diff.devices_changed[:5] for a in c.changes]
    details += [f"+{ends[0]}--{ends[1]}" for ends, _key, _attrs in diff.links_added[:5]]
    details += [f"-{ends[0]}--{ends[1]}" for ends, _key, _attrs in diff.links_removed[:5]]
    details += [f"{c.ends[0]}--{c.ends[1]}.{a.name}={a.after!r}" for c in diff.links_changed[:5] for a in c.changes]
    text = f"{diff.summary()}: {', '.join(details[:8])}" + (" ..." if len(details) > 8 else "")
    return text


class ProgramPipeline:
    """A stand-in for ``Pipeline`` that answers each request with a given program, no model.

    For tests and for checking a suite against known programs: ``programs``
    maps a request (or a case id, with ``cases`` given) to code; requests
    without a program fail. Programs run through ``executor`` (default
    :func:`trusted_execute`; pass the sandbox's to check programs there).

    >>> from netops.topology import Topology
    >>> from netops.program import api
    >>> topo = Topology(api.demo_graph(), name="demo")
    >>> answer = ProgramPipeline({"how many boxes": "result = len(G)"}).ask("how many boxes", topo)
    >>> answer.ok, answer.value
    (True, 5)
    """

    name = "programs"

    def __init__(
        self,
        programs: Mapping[str, str],
        *,
        cases: Sequence[Case] = (),
        executor: Callable[..., Any] | None = None,
    ) -> None:
        by_id = {case.id: case.request for case in cases}
        self.programs = {by_id.get(key, key): code for key, code in programs.items()}
        self.executor = executor or trusted_execute
        self.mutations = {case.request for case in cases if case.mutation}

    def ask(self, request: str, topology: Topology, **_kwargs: Any) -> Any:
        """Run the program given for ``request`` and answer like the pipeline would."""
        from netops.program.diff import diff_graphs

        started = time.perf_counter()
        answer = _ProgramAnswer(request=request)
        code = self.programs.get(request)
        if code is None:
            answer.error_kind, answer.error = "no-program", "no program given for this request"
            return answer
        change = request in self.mutations
        if not self.mutations:
            from netops.answering.intent import is_change_request

            change = is_change_request(request)
        execution = self.executor(topology, code, read_only=not change, timeout=10.0)
        answer.code = code
        answer.attempts = [_ProgramAttempt()]
        if not execution.ok:
            answer.error_kind, answer.error = (
                execution.failure_kind or FailureKind.RUNTIME,
                execution.message or "failed",
            )
        else:
            answer.ok = True
            answer.value = execution.value
            answer.stdout = execution.stdout
            if execution.graph_after is not None and not diff_graphs(topology.graph, execution.graph_after).is_empty():
                answer.after = topology.with_graph(execution.graph_after)
        answer.timings = {"total": time.perf_counter() - started}
        return answer


@dataclass
class _ProgramAttempt:
    tier: int = 0
    model: str = "programs"
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0


@dataclass
class _ProgramAnswer:
    request: str
    ok: bool = False
    code: str | None = None
    value: Any = None
    stdout: str = ""
    after: Topology | None = None
    model: str = "programs"
    tier: int = 0
    attempts: list[Any] = field(default_factory=list)
    from_cache: bool = False
    error: str | None = None
    error_kind: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
