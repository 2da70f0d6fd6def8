"""The one orchestrator: request -> program -> sandbox -> validation -> diff.

For each request::

    cache?  ──hit──> run cached program ──ok──> answer (from_cache)
      │miss
    tier 0: prompt -> generate (greedy) -> extract -> sandbox -> validate ──ok, no doubt──> answer
      │ doubt (failed, empty, wrong shape, unlikely): sample more programs, run each,
      │ choose by what they do (netops.answering.selection) ──a winner──> answer + confidence
      │ no program survived: feedback for the failure kind, retry (bounded, no repeated program)
    tier 1 ... (larger model / server: request, schema and examples only)
      │ all failed
    answer(ok=False, error=...)  # nothing applied

The pipeline never writes the topology file: it returns the changed graph and
its diff, and the front end applies it after confirmation (``netops.store.apply``).
"""

from __future__ import annotations

import ast
import math
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from netops.answering.entities import EntityResolver
from netops.answering.intent import is_change_request, refers_back
from netops.answering.prompting import Feedback, PromptBuilder, Turn, prompt_version
from netops.answering.retarget import adapt_program, retarget_examples, schema_key
from netops.answering.retrieval import ExampleIndex
from netops.answering.selection import (
    Candidate,
    Selection,
    answer_contract,
    needs_more_candidates,
    normalize_program,
    select,
)
from netops.errors import DeadlineExceeded, PromptTooLong
from netops.llm.base import Backend, CompletionOptions, Message
from netops.program import api
from netops.program.diff import TopologyDiff
from netops.program.execute import execute_within
from netops.program.failures import FailureKind
from netops.program.validate import Evaluation, Violation, evaluate_execution, invariant_runner
from netops.settings import Settings
from netops.topology.model import Topology
from netops.topology.notes import render as render_schema
from netops.topology.schema import fingerprint, summarize

__all__ = ["Attempt", "Answer", "Pipeline", "Trial", "extract_code", "TopologyContext"]

_FENCE = re.compile(r"```[ \t]*(?:python|py|python3)?[ \t]*\n(.*?)(?:```|\Z)", re.S | re.I)

STOP = ("\n```",)
#: Most tokens a generated program may have.
MAX_PROGRAM_TOKENS = 400
#: Sampling temperature of repair attempts (the first attempt is greedy).
REPAIR_TEMPERATURE = 0.7
#: Seed of the first extra candidate sample; sample i uses SAMPLE_SEED + i, so a run is repeatable.
SAMPLE_SEED = 1000


def extract_code(text: str) -> str | None:
    """The program in a model answer: the first fenced block, else the text if it parses.

    >>> extract_code("```python\\nresult = 1\\n```")
    'result = 1\\n'
    >>> extract_code("```python\\nresult = len(G)")  # the closing fence was a stop sequence
    'result = len(G)\\n'
    >>> extract_code("The answer is 3.") is None
    True
    """
    match = _FENCE.search(text)
    if match:
        code = match.group(1)
    else:
        code = text
        try:
            ast.parse(code)
        except SyntaxError:
            return None
        if "result" not in code:
            return None
    code = code.strip("\n")
    return code + "\n" if code.strip() else None


def _is_empty_answer(evaluation: Evaluation) -> bool:
    """True for an answer that says "nothing": None, an empty collection, or a zero count.

    A question answered with nothing is most often a filter that matched
    nothing (a misspelt value, equality where a threshold was meant), so it
    is worth one more look by the model before it is shown.
    """
    value = getattr(evaluation.execution, "value", None)
    if value is None:
        return True
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return value == 0
    if isinstance(value, (str, bytes)):
        return not value.strip() if isinstance(value, str) else not value
    try:
        return len(value) == 0
    except TypeError:
        return False


def _rejection(trial: Trial, selection: Selection) -> tuple[FailureKind, str]:
    """The failure kind and message that tell the model what was wrong with ``trial``'s program.

    A program that failed keeps its failure kind; one that ran but was left
    out of the vote is a ``contract`` failure (a wrong shape of answer) or
    ``no-change``.
    """
    if trial.candidate.failure is not None:
        return FailureKind(trial.candidate.failure), trial.candidate.message or trial.attempt.message or ""
    reason = next((r.reason for r in selection.rejected if r.candidate is trial.candidate), "")
    if reason == "changed nothing":
        return FailureKind.NO_CHANGE, "the program left G unchanged"
    return FailureKind.CONTRACT, reason or "the answer does not fit the request"


def _mean_logprob(completion: Any) -> float | None:
    """The completion's mean token log-probability, when its backend reports one."""
    value = (getattr(completion, "details", None) or {}).get("mean_logprob")
    return float(value) if isinstance(value, (int, float)) and not math.isnan(value) else None


def _decided(selection: Selection, remaining: int) -> bool:
    """Whether ``remaining`` more votes could no longer change the winner of ``selection``."""
    if selection.winner is None:
        return False
    runner_up = selection.groups[1].votes if len(selection.groups) > 1 else 0
    return selection.votes > runner_up + remaining


def _with_phase(status: Callable[[str], None], phase: str) -> Callable[[str], None]:
    """``status`` with the phase appended to each message ("evaluating 812 prompt tokens" + " with m (attempt 2 of 3)")."""
    return lambda text: status(f"{text} {phase}")


def _expired(deadline: float | None) -> bool:
    """Whether the request's deadline (a ``time.monotonic()`` value) has passed."""
    return deadline is not None and time.monotonic() >= deadline


def _short_value(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _normalized_code(code: str) -> str:
    return "\n".join(line.rstrip() for line in code.strip().splitlines() if line.strip())


@dataclass
class Attempt:
    """One generation + execution try."""

    tier: int
    model: str
    code: str | None
    failure: str | None = None  # a FailureKind value
    message: str | None = None
    line: int | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    #: ``greedy``, ``sample`` or ``repair``.
    origin: str = "greedy"
    #: Mean token log-probability of the generation (None when the backend does not say).
    logprob: float | None = None
    #: The program as the model wrote it, when it was adapted to this topology's names (``code`` is what ran).
    adapted_from: str | None = None


@dataclass
class Answer:
    """What the pipeline produced for one request (nothing is applied yet)."""

    request: str
    change_request: bool
    ok: bool = False
    code: str | None = None
    value: Any = None
    stdout: str = ""
    diff: TopologyDiff | None = None
    after: Topology | None = None
    model: str | None = None
    tier: int | None = None
    attempts: list[Attempt] = field(default_factory=list)
    from_cache: bool = False
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    error_kind: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    #: Every candidate program that was run or tried for the vote (empty when none was drawn).
    trials: list[Trial] = field(default_factory=list)
    #: The vote among the candidates, when the answer was chosen by running several programs.
    selection: Selection | None = None

    @property
    def changed(self) -> bool:
        """Whether the answer carries a change to apply."""
        return self.diff is not None and not self.diff.is_empty()

    def to_json(self, *, applied: bool = False, saved_as: str | None = None) -> dict[str, Any]:
        """The result JSON (docs/architecture.md §3.2)."""
        return {
            "query": self.request,
            "code": self.code,
            "ok": self.ok,
            "result": self.value if self.ok else None,
            "changed": self.changed,
            "diff": self.diff.to_dict() if self.diff is not None else None,
            "applied": applied,
            "saved_as": saved_as,
            "model": self.model,
            "tier": self.tier,
            "attempts": len(self.attempts),
            "from_cache": self.from_cache,
            "warnings": self.warnings,
            "error": None if self.ok else {"kind": self.error_kind, "message": self.error},
            "confidence": self.confidence(),
            "alternatives": self.alternatives(),
            "adapted_from": self.adapted_from(),
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "tokens": {
                "prompt": sum(a.prompt_tokens for a in self.attempts),
                "completion": sum(a.completion_tokens for a in self.attempts),
                "cached": sum(a.cached_tokens for a in self.attempts),
            },
        }

    def adapted_from(self) -> str | None:
        """The program as the model wrote it, when the answer's program is an adaptation of it."""
        for attempt in reversed(self.attempts):
            if attempt.adapted_from is not None and attempt.code == self.code:
                return attempt.adapted_from
        return None

    def confidence(self) -> dict[str, Any] | None:
        """How far to trust the answer: how many programs agree with it (None for a failed answer).

        An answer from one program that raised no doubt has ``votes`` 1 of
        ``considered`` 1 and the label ``unchecked``: nothing contradicted it,
        but nothing confirmed it either.
        """
        if not self.ok:
            return None
        if self.selection is None or self.selection.winner is None or self.selection.considered <= 1:
            return {"votes": 1, "considered": 1, "share": 1.0, "label": "unchecked", "text": "one program, not cross-checked"}
        picked = self.selection
        return {
            "votes": picked.votes,
            "considered": picked.considered,
            "share": round(picked.confidence, 4),
            "label": picked.label,
            "text": picked.describe(),
        }

    def alternative_trials(self) -> list[tuple[int, Trial]]:
        """The runner-up answers of the vote, best first: their votes and the trial that stands for each."""
        if not self.ok or self.selection is None:
            return []
        options = []
        for group in self.selection.alternatives:
            trial = next((t for t in self.trials if t.candidate is group.representative), None)
            if trial is not None and trial.evaluation is not None:
                options.append((group.votes, trial))
        return options

    def runner_up(self) -> tuple[int, Trial] | None:
        """The best runner-up answer of the vote: its votes and the trial that stands for it (None if none)."""
        options = self.alternative_trials()
        return options[0] if options else None

    def alternatives(self) -> list[dict[str, Any]]:
        """The runner-up answers of the vote, best first: program, result (or change) and votes."""
        if not self.ok or self.selection is None:
            return []
        return [
            {"code": group.code, "result": None if group.diff is not None else group.value, "diff": group.diff, "votes": group.votes}
            for group in self.selection.alternatives
        ]


@dataclass
class Trial:
    """One candidate program of a vote: its generation, what running it gave, and its vote entry."""

    attempt: Attempt
    candidate: Candidate
    evaluation: Evaluation | None = None  # None when it did not run (no code, syntax error)
    #: Index of an earlier trial with the same program (its run is reused, not repeated).
    same_as: int | None = None


class TopologyContext:
    """Everything derived from one topology that requests reuse: schema, prompt prefix, entity index."""

    def __init__(self, topology: Topology, *, schema_style: str = "compact") -> None:
        self.topology = topology
        self.schema = summarize(topology)
        self.fingerprint = fingerprint(self.schema)
        schema_text = render_schema(self.schema, schema_style)
        self.builder = PromptBuilder(schema_text)
        #: Keys the re-targeted examples of this schema (its sample values count, so not the fingerprint).
        self.retarget_key = schema_key(schema_text)
        self.resolver = EntityResolver(topology)


class PipelineStore(Protocol):
    """What the pipeline needs of a store (``netops.store.database.Store``): the program cache and the log."""

    def cache_key(self, request: str, fingerprint: str, model: str, prompt_version: str) -> str: ...

    def cache_get(self, key: str) -> Any: ...

    def cache_put(self, key: str, code: str, *, read_only: bool, model: str | None = None) -> None: ...

    def log_answer(self, answer: Any, *, topology: Any, fingerprint: str | None, frontend: str) -> int: ...


Status = Callable[[str], None]
#: Rewrites a generated program to the topology's own attribute names (``netops.answering.retarget.adapt_program``).
Adapter = Callable[[str], str]


class _Expired(Exception):
    """Internal: the request's deadline passed; :meth:`Pipeline.ask` ends it with :meth:`Pipeline._expire`."""


#: Returned by :meth:`Pipeline._candidates` when the prompt does not fit a tier's context.
_PROMPT_TOO_LONG = object()


@dataclass
class _Request:
    """One request on its way through the stages of :meth:`Pipeline.ask`."""

    answer: Answer
    topology: Topology
    context: TopologyContext
    turns: Sequence[Turn]  # the conversation so far (REPL), for requests that refer back
    change: bool
    started: float  # perf_counter() at the start, for timings["total"]
    budget: float  # seconds the request was given (for the deadline message)
    deadline: float | None  # monotonic() time by which it must end
    status: Status
    on_token: Callable[[str], None] | None
    cache_key: str | None = None
    entities: Any = ()
    examples: list[Any] = field(default_factory=list)
    adapt: Adapter | None = None
    last_violation: Violation | None = None  # the latest failure, reported if every tier fails


@dataclass
class _Tries:
    """What one tier's repairs remember: the feedback so far, the programs tried, empty answers kept."""

    feedback: list[Feedback] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    #: Questions whose program ran but answered nothing, by normalized program: returned if the
    #: model insists (writes it again) or runs out of tries.
    empty_answers: dict[str, tuple[str, Evaluation]] = field(default_factory=dict)


class Pipeline:
    """Answer requests with a cascade of model tiers, a sandbox and validation.

    Parameters
    ----------
    tiers : sequence of Backend
        The edge model first, then larger models or servers.
    settings : Settings
        Retries, examples per prompt, timeout, cache.
    examples : ExampleIndex, optional
        The example library (default: the shipped one plus learned examples).
    store : netops.store.database.Store, optional
        Interaction log and program cache; ``None`` disables both.
    executor : callable, optional
        ``executor(topology, code, read_only=..., timeout=...)`` returning a
        ``netops.program.execute.Execution``; tests may pass a fake.
    """

    def __init__(
        self,
        tiers: Sequence[Backend],
        settings: Settings | None = None,
        *,
        examples: ExampleIndex | None = None,
        store: PipelineStore | None = None,
        executor: Callable[..., Any] | None = None,
        frontend: str = "cli",
    ) -> None:
        if not tiers:
            raise ValueError("a pipeline needs at least one model tier")
        self.tiers = list(tiers)
        self.settings = settings or Settings()
        self.store = store
        self.frontend = frontend
        if examples is None:
            from netops.answering.retrieval import load_examples

            learned = list(store.learned_examples()) if store is not None and hasattr(store, "learned_examples") else []
            examples = ExampleIndex(load_examples() + [_as_example(e) for e in learned])
        self.examples = examples
        self._executor = executor or execute_within
        self._contexts: dict[int, TopologyContext] = {}

    # -- helpers -----------------------------------------------------------------

    def context_for(self, topology: Topology) -> TopologyContext:
        """The cached per-topology context (rebuilt if the topology object changes)."""
        key = id(topology)
        context = self._contexts.get(key)
        if context is None or context.topology is not topology:
            context = TopologyContext(topology, schema_style=self.settings.schema_style)
            self._contexts = {key: context}
        return context

    def prepare(self, topology: Topology, cancel: threading.Event | None = None) -> bool:
        """Evaluate the first tier's prompt prefix for ``topology`` ahead of a request; whether it did.

        Only a local backend with a ``prepare`` method (``LlamaCppBackend.prepare``)
        and its model loaded does anything; see ``netops.answering.prefill``.
        """
        prepare = getattr(self.tiers[0], "prepare", None)
        if prepare is None:
            return False
        # Any request renders the system message the same way; the user message only marks where it ends.
        messages = self.context_for(topology).builder.messages("")
        return bool(prepare(messages, cancel))

    def _execute(self, topology: Topology, code: str, read_only: bool, deadline: float | None = None) -> Any:
        timeout = self.settings.timeout
        if deadline is not None:
            # A program may not outlive the request: it gets at most the time that is left.
            timeout = max(0.01, min(timeout, deadline - time.monotonic()))
        with api.name_resolution(self.settings.resolve_names):
            return self._executor(topology, code, read_only=read_only, timeout=timeout)

    def evaluate_program(
        self, topology: Topology, code: str, change_request: bool | None, *, deadline: float | None = None
    ) -> Evaluation:
        """Run a program in the sandbox and validate its result and any change (``validate.evaluate_execution``).

        ``change_request`` None runs it able to change G and judges it by
        what it did. With a ``deadline`` (a ``time.monotonic()`` value) no
        sandbox run lasts past it.
        """
        execution = self._execute(topology, code, change_request is False, deadline)
        return evaluate_execution(
            topology, execution, change_request=change_request, run_invariant=invariant_runner(topology, lambda probe, code: self._execute(probe, code, True, deadline))
        )

    # -- the request ---------------------------------------------------------------

    def ask(
        self,
        request: str,
        topology: Topology,
        *,
        context: Sequence[Turn] = (),
        on_token: Callable[[str], None] | None = None,
        on_status: Status | None = None,
        change_request: bool | None = None,
        deadline: float | None = None,
    ) -> Answer:
        """Answer one request; never raises for model or program failures (see ``Answer.error``).

        The whole request (every attempt on every tier, and the sandbox runs)
        must finish by ``deadline``, a ``time.monotonic()`` value; by default
        ``settings.deadline`` seconds from now (0: no deadline). When it
        passes, the answer fails with ``error_kind="deadline"``.

        The stages, in order: the program cache (:meth:`_from_cache`), the
        prompt (:meth:`_prepare_prompt`), then per tier the candidates, their
        execution and the vote (:meth:`_candidates`), the repairs
        (:meth:`_repairs`), and the end (:meth:`_finish`, :meth:`_expire`,
        :meth:`_give_up`).
        """
        run = self._start(request, topology, context, on_token, on_status, change_request, deadline)
        try:
            cached = self._from_cache(run)
            if cached is not None:
                return cached
            self._prepare_prompt(run)
            for tier_index, backend in enumerate(self.tiers):
                answer = self._on_tier(run, tier_index, backend)
                if answer is not None:
                    return answer
        except _Expired:
            return self._expire(run)
        return self._give_up(run)

    # -- stages of a request --------------------------------------------------------

    def _start(
        self,
        request: str,
        topology: Topology,
        turns: Sequence[Turn],
        on_token: Callable[[str], None] | None,
        on_status: Status | None,
        change_request: bool | None,
        deadline: float | None,
    ) -> _Request:
        """The request's state: its kind (question or change), its deadline, its topology context."""
        started = time.perf_counter()
        clock = time.monotonic()
        if deadline is not None:
            budget = round(max(0.0, deadline - clock), 2)
        else:
            budget = self.settings.deadline
            deadline = clock + budget if budget > 0 else None
        change = is_change_request(request) if change_request is None else change_request
        return _Request(
            answer=Answer(request=request, change_request=change),
            topology=topology,
            context=self.context_for(topology),
            turns=turns,
            change=change,
            started=started,
            budget=budget,
            deadline=deadline,
            status=on_status or (lambda _message: None),
            on_token=on_token,
        )

    def _from_cache(self, run: _Request) -> Answer | None:
        """Stage 1: a program cached for the same request and schema, if it still runs and validates."""
        if not (self.settings.cache and self.store is not None and not run.turns):
            return None
        run.cache_key = self.store.cache_key(
            run.answer.request, run.context.fingerprint, self.tiers[0].name, prompt_version()
        )
        cached = self.store.cache_get(run.cache_key)
        if cached is None:
            return None
        run.status("running the cached program")
        evaluation = self.evaluate_program(run.topology, cached.code, run.change, deadline=run.deadline)
        if evaluation.violation is not None:
            return None
        self.complete_answer(run.answer, run.topology, cached.code, evaluation, model=self.tiers[0].name, tier=0)
        run.answer.from_cache = True
        run.answer.timings["total"] = time.perf_counter() - run.started
        self._log(run.answer, run.topology, run.context)
        return run.answer

    def _prepare_prompt(self, run: _Request) -> None:
        """Stage 2: the entities the request names, its examples (re-targeted), the program adapter."""
        t0 = time.perf_counter()
        request, topo_context = run.answer.request, run.context
        run.entities = topo_context.resolver.resolve(request)
        query = f"{run.turns[-1].request} {request}" if run.turns and refers_back(request) else request
        examples = self.examples.search(
            query, k=self.settings.examples, prefer_topology=run.topology.name, change=run.change
        )
        if self.settings.retarget_examples:
            # The examples were written for our samples: show them in this topology's names and encodings.
            examples = retarget_examples(examples, topo_context.schema, key=topo_context.retarget_key)
        run.examples = examples
        run.answer.timings["prompt"] = time.perf_counter() - t0
        if self.settings.adapt_programs:
            samples_shown = [e.topology for e in examples if e.topology]

            def adapt(code: str) -> str:
                # The model still writes our samples' names now and then (role= where devices have function=).
                return adapt_program(
                    code, topo_context.schema, request, prefer=samples_shown, key=topo_context.retarget_key
                )

            run.adapt = adapt

    def _on_tier(self, run: _Request, tier_index: int, backend: Backend) -> Answer | None:
        """Stages 3-5 on one tier: candidates and the vote, then repairs; None to go on to the next tier."""
        remote = bool(getattr(backend, "remote", False))

        def build(turns: list[Feedback]) -> list[Message]:
            # A remote tier sees the request, schema and examples, never names from the topology.
            return run.context.builder.messages(
                run.answer.request, examples=run.examples, entities=() if remote else run.entities,
                context=run.turns, feedback=turns,
            )

        tries = _Tries()
        first_try = 0
        if self.settings.samples > 0:
            chosen = self._candidates(run, tier_index, backend, build, tries)
            if chosen is _PROMPT_TOO_LONG:
                return None  # the prompt no longer fits this tier's context
            if isinstance(chosen, Answer):
                return chosen
            first_try = 1
        answer = self._repairs(run, tier_index, backend, build, tries, first_try)
        if answer is None and tier_index + 1 < len(self.tiers):
            run.status(f"{backend.name} did not succeed; escalating to {self.tiers[tier_index + 1].name}")
        return answer

    def _candidates(
        self,
        run: _Request,
        tier_index: int,
        backend: Backend,
        build: Callable[[list[Feedback]], list[Message]],
        tries: _Tries,
    ) -> Answer | object | None:
        """Stage 3: choose by running (the greedy program, more when in doubt, a vote).

        Returns the answer when a candidate won, ``_PROMPT_TOO_LONG`` when
        the prompt does not fit this tier, or None when no candidate
        survived: ``tries`` then starts the repairs from the greedy program's failure.
        """
        answer = run.answer
        first_trial = len(answer.trials)
        try:
            chosen = self._choose_by_running(run, backend, tier_index, build)
        except DeadlineExceeded as exc:
            answer.attempts.append(Attempt(tier_index, backend.name, None, failure=FailureKind.DEADLINE, message=str(exc)))
            raise _Expired from None
        if chosen is None:
            return _PROMPT_TOO_LONG
        if chosen.winner is not None:
            trial = next(t for t in answer.trials if t.candidate is chosen.winner)
            assert trial.evaluation is not None
            answer.selection = chosen
            return self._finish(run, trial.candidate.code, trial.evaluation, backend.name, tier_index)
        if _expired(run.deadline):
            raise _Expired
        # No program survived: repair, starting from what was wrong with the greedy program.
        greedy = answer.trials[first_trial]
        kind, message = _rejection(greedy, chosen)
        run.last_violation = Violation(kind, message)
        tries.feedback.append(
            Feedback(kind=kind, message=message, code=greedy.attempt.code or "", line=greedy.attempt.line)
        )
        tries.seen.update(_normalized_code(t.candidate.code) for t in answer.trials[first_trial:])
        return None

    def _repairs(
        self,
        run: _Request,
        tier_index: int,
        backend: Backend,
        build: Callable[[list[Feedback]], list[Message]],
        tries: _Tries,
        first_try: int,
    ) -> Answer | None:
        """Stage 4: generate, run and validate one program at a time, each failure fed back (bounded)."""
        total = 1 + max(0, self.settings.retries)
        for attempt_number in range(first_try, total):
            if _expired(run.deadline):
                raise _Expired
            phase = f"with {backend.name} (attempt {attempt_number + 1} of {total})"
            run.status(f"generating {phase}")
            try:
                attempt = self._attempt_fitting(
                    backend, tier_index, build, tries.feedback, run.on_token, repair=attempt_number,
                    deadline=run.deadline, on_status=_with_phase(run.status, phase),
                    adapt=run.adapt,
                )
            except DeadlineExceeded as exc:
                run.answer.attempts.append(
                    Attempt(tier_index, backend.name, None, failure=FailureKind.DEADLINE, message=str(exc))
                )
                raise _Expired from None
            if attempt is None:
                break  # even the latest failure alone no longer fits the context: this tier is done
            run.answer.attempts.append(attempt)
            run.answer.timings["generate"] = run.answer.timings.get("generate", 0.0) + attempt.seconds.get("generate", 0.0)
            if attempt.failure is None:
                answer = self._run_attempt(run, attempt, tries, backend.name, tier_index, last_try=attempt_number >= total - 1)
                if answer is not None:
                    return answer
            if attempt.failure != FailureKind.EMPTY:
                run.last_violation = Violation(FailureKind(attempt.failure or FailureKind.RUNTIME), attempt.message or "")
            tries.feedback.append(
                Feedback(kind=attempt.failure or FailureKind.RUNTIME, message=attempt.message or "", code=attempt.code or "",
                         line=attempt.line)
            )
        if tries.empty_answers:
            # Every try failed or answered nothing: nothing is a valid answer.
            kept_code, kept = next(iter(tries.empty_answers.values()))
            return self._finish(run, kept_code, kept, backend.name, tier_index)
        return None

    def _run_attempt(
        self, run: _Request, attempt: Attempt, tries: _Tries, model: str, tier_index: int, *, last_try: bool
    ) -> Answer | None:
        """Stage 5 for one repair attempt: run and validate its program; the answer if it stands.

        Otherwise ``attempt.failure`` says why not: the program repeats a
        failed one, broke a rule, or (a question, with tries left) answered
        nothing -- kept in ``tries`` and taken if the model writes it again.
        """
        code = attempt.code or ""
        normalized = _normalized_code(code)
        if normalized in tries.empty_answers:
            # The model stands by its empty answer: take it.
            kept_code, kept = tries.empty_answers[normalized]
            return self._finish(run, kept_code, kept, model, tier_index)
        if normalized in tries.seen:
            attempt.failure, attempt.message = FailureKind.REPEATED, "same program as a failed attempt"
            return None
        if _expired(run.deadline):
            raise _Expired
        tries.seen.add(normalized)
        run.status("running the program in the sandbox")
        t1 = time.perf_counter()
        evaluation = self.evaluate_program(run.topology, code, run.change, deadline=run.deadline)
        attempt.seconds["execute"] = time.perf_counter() - t1
        run.answer.timings["execute"] = run.answer.timings.get("execute", 0.0) + attempt.seconds["execute"]
        if evaluation.violation is None and not run.change and not last_try and _is_empty_answer(evaluation):
            tries.empty_answers[normalized] = (code, evaluation)
            attempt.failure = FailureKind.EMPTY
            attempt.message = f"result = {_short_value(evaluation.execution.value)}"
            return None
        if evaluation.violation is None:
            return self._finish(run, code, evaluation, model, tier_index)
        attempt.failure = evaluation.violation.kind
        attempt.message = evaluation.violation.message
        attempt.line = getattr(evaluation.execution, "line", None)
        if _expired(run.deadline):  # e.g. the sandbox run was cut short by the deadline
            raise _Expired
        return None

    def _give_up(self, run: _Request) -> Answer:
        """The end when no tier produced a valid program: the last failure is the error."""
        answer, last = run.answer, run.last_violation
        answer.ok = False
        answer.error_kind = last.kind if last else FailureKind.RUNTIME
        answer.error = (
            f"no valid program after {len(answer.attempts)} attempt(s) on {len(self.tiers)} tier(s); "
            f"last failure: {last.kind if last else '?'}: {last.message if last else ''}"
        )
        answer.code = answer.attempts[-1].code if answer.attempts else None
        answer.timings["total"] = time.perf_counter() - run.started
        self._log(answer, run.topology, run.context)
        return answer

    def _choose_by_running(
        self, run: _Request, backend: Backend, tier: int, build: Callable[[list[Feedback]], list[Message]]
    ) -> Selection | None:
        """Run the greedy program, draw and run more when it is in doubt, and vote (issue 12).

        Every candidate becomes a :class:`Trial` in ``answer.trials`` (and its
        generation an attempt). Samples share the greedy prompt, so each
        costs only its decoding. Sampling stops early once no other answer can
        win the vote, and before a sample that would likely not finish by
        ``deadline``; the vote is then among what ran.

        Returns the vote (its ``winner`` None when no candidate survived), or
        None when the prompt does not fit this tier's context at all.
        """
        answer, status, deadline, adapt = run.answer, run.status, run.deadline, run.adapt
        topology, change = run.topology, run.change
        samples = self.settings.samples
        phase = f"with {backend.name} (candidate 1 of {1 + samples})"
        status(f"generating {phase}")
        greedy = self._attempt_fitting(
            backend, tier, build, [], run.on_token, deadline=deadline,
            on_status=_with_phase(status, phase), adapt=adapt,
        )
        if greedy is None:
            return None
        first = len(answer.trials)
        self._add_trial(answer, greedy, topology, change, deadline, status)
        contract = answer_contract(answer.request)
        doubt = (
            "cross-checking every answer"
            if self.settings.sample_when == "always"
            else needs_more_candidates(answer.trials[first].candidate, contract, min_logprob=self.settings.sample_below_logprob)
        )
        if doubt is None:
            return select([answer.trials[first].candidate], contract)
        messages = build([])
        slowest = answer.trials[first].attempt.seconds.get("generate", 0.0)
        # A sample much longer than the greedy program is most likely rambling: cap it, since decoding is the cost.
        max_tokens = min(MAX_PROGRAM_TOKENS, max(64, 2 * greedy.completion_tokens + 32))
        for index in range(samples):
            if deadline is not None and time.monotonic() + slowest > deadline:
                break  # this sample would most likely not finish: vote among what ran
            phase = f"with {backend.name} (candidate {index + 2} of {1 + samples}: {doubt})"
            status(f"generating {phase}")
            try:
                attempt = self._attempt(
                    backend, tier, messages, None, sample=index, max_tokens=max_tokens, deadline=deadline, adapt=adapt,
                    on_status=_with_phase(status, phase),
                )
            except (DeadlineExceeded, PromptTooLong):
                break
            slowest = max(slowest, attempt.seconds.get("generate", 0.0))
            self._add_trial(answer, attempt, topology, change, deadline, status)
            if self.settings.sample_when == "adaptive" and _decided(
                select([t.candidate for t in answer.trials[first:]], contract), samples - index - 1
            ):
                break
        return select([t.candidate for t in answer.trials[first:]], contract)

    def _add_trial(
        self, answer: Answer, attempt: Attempt, topology: Topology, change: bool, deadline: float | None, status: Status
    ) -> None:
        """Run ``attempt``'s program (once per distinct program) and record it as a candidate."""
        answer.attempts.append(attempt)
        answer.timings["generate"] = answer.timings.get("generate", 0.0) + attempt.seconds.get("generate", 0.0)
        code = attempt.code or ""
        candidate = Candidate(code, attempt.origin, attempt.logprob, change=change)
        if attempt.failure is not None:  # no code, or it does not parse
            candidate.failure, candidate.message = attempt.failure, attempt.message
            answer.trials.append(Trial(attempt, candidate))
            return
        normalized = normalize_program(code)
        for index, earlier in enumerate(answer.trials):
            if earlier.evaluation is not None and normalize_program(earlier.candidate.code) == normalized:
                # The same program again: its answer counts again, but it is not run again.
                same = earlier.candidate
                candidate.value, candidate.diff = same.value, same.diff
                candidate.failure, candidate.message = same.failure, same.message
                attempt.failure, attempt.message = same.failure, same.message
                answer.trials.append(Trial(attempt, candidate, earlier.evaluation, same_as=index))
                return
        status("running the program in the sandbox")
        t0 = time.perf_counter()
        evaluation = self.evaluate_program(topology, code, change, deadline=deadline)
        attempt.seconds["execute"] = time.perf_counter() - t0
        answer.timings["execute"] = answer.timings.get("execute", 0.0) + attempt.seconds["execute"]
        candidate.value = getattr(evaluation.execution, "value", None)
        candidate.diff = evaluation.diff.to_dict() if evaluation.diff is not None else None
        if evaluation.violation is not None:
            candidate.failure, candidate.message = evaluation.violation.kind, evaluation.violation.message
            attempt.failure, attempt.message = candidate.failure, candidate.message
            attempt.line = getattr(evaluation.execution, "line", None)
        answer.trials.append(Trial(attempt, candidate, evaluation))

    def _expire(self, run: _Request) -> Answer:
        """The end when the request's deadline passed: the answer fails (nothing is applied); logged."""
        answer = run.answer
        answer.ok = False
        answer.error_kind = FailureKind.DEADLINE
        answer.error = DeadlineExceeded(seconds=run.budget).message
        answer.code = next((a.code for a in reversed(answer.attempts) if a.code), None)
        answer.timings["total"] = time.perf_counter() - run.started
        self._log(answer, run.topology, run.context)
        return answer

    def _finish(self, run: _Request, code: str, evaluation: Evaluation, model: str, tier: int) -> Answer:
        """The end with a valid program: complete the answer, cache the program, log the request."""
        self.complete_answer(run.answer, run.topology, code, evaluation, model=model, tier=tier)
        if run.cache_key is not None and self.store is not None:
            self.store.cache_put(run.cache_key, code, model=model, read_only=not run.change)
        run.answer.timings["total"] = time.perf_counter() - run.started
        self._log(run.answer, run.topology, run.context)
        return run.answer

    def _attempt_fitting(
        self,
        backend: Backend,
        tier: int,
        build: Callable[[list[Feedback]], list[Message]],
        feedback: list[Feedback],
        on_token: Callable[[str], None] | None,
        *,
        repair: int = 0,
        deadline: float | None = None,
        on_status: Status | None = None,
        adapt: Adapter | None = None,
    ) -> Attempt | None:
        """An attempt whose prompt fits the model's context, or None.

        Each repair adds the failed program and its error to the prompt; after
        a few, a long prompt can outgrow a small context. Then only the latest
        failure is kept (it is the one the model must fix). A first attempt
        that does not fit is the operator's problem and raises PromptTooLong.
        """
        try:
            return self._attempt(
                backend, tier, build(feedback), on_token, repair=repair, deadline=deadline, on_status=on_status, adapt=adapt
            )
        except PromptTooLong:
            if not feedback:
                raise
        if len(feedback) > 1:
            try:
                return self._attempt(
                    backend, tier, build(feedback[-1:]), on_token, repair=repair, deadline=deadline, on_status=on_status,
                    adapt=adapt,
                )
            except PromptTooLong:
                pass
        return None

    def _attempt(
        self,
        backend: Backend,
        tier: int,
        messages: list[Message],
        on_token: Callable[[str], None] | None,
        *,
        repair: int = 0,
        sample: int | None = None,
        max_tokens: int = 0,
        deadline: float | None = None,
        on_status: Status | None = None,
        adapt: Adapter | None = None,
    ) -> Attempt:
        # The first try is greedy (reproducible). A greedy repair tends to
        # write the failed program again, so repairs sample, with a seed per
        # attempt so that a run is still repeatable; so do candidate samples.
        options = CompletionOptions(max_tokens=MAX_PROGRAM_TOKENS, stop=STOP, deadline=deadline)
        origin = "greedy"
        if sample is not None:
            origin = "sample"
            options = CompletionOptions(
                max_tokens=max_tokens or MAX_PROGRAM_TOKENS, stop=STOP, temperature=self.settings.sample_temperature,
                seed=SAMPLE_SEED + sample, deadline=deadline,
            )
        elif repair:
            origin = "repair"
            options = CompletionOptions(
                max_tokens=MAX_PROGRAM_TOKENS, stop=STOP, temperature=REPAIR_TEMPERATURE, seed=41 + repair,
                deadline=deadline,
            )
        t0 = time.perf_counter()
        completion = backend.complete(messages, options, on_token=on_token, on_status=on_status)
        attempt = Attempt(
            tier=tier,
            model=completion.model or backend.name,
            code=extract_code(completion.text),
            prompt_tokens=completion.prompt_tokens,
            completion_tokens=completion.completion_tokens,
            cached_tokens=completion.cached_tokens,
            seconds={"generate": time.perf_counter() - t0},
            origin=origin,
            logprob=_mean_logprob(completion),
        )
        if attempt.code is None:
            attempt.failure, attempt.message = FailureKind.NO_CODE, "no ```python block in the answer"
            attempt.code = completion.text[:400]
            return attempt
        try:
            ast.parse(attempt.code)
        except SyntaxError as exc:
            attempt.failure = FailureKind.SYNTAX
            attempt.line = exc.lineno
            attempt.message = f"SyntaxError: {exc.msg} (line {exc.lineno})"
            return attempt
        if adapt is not None:
            adapted = adapt(attempt.code)
            if adapted != attempt.code:
                attempt.adapted_from, attempt.code = attempt.code, adapted
        return attempt

    def complete_answer(
        self, answer: Answer, topology: Topology, code: str, evaluation: Evaluation, *, model: str, tier: int
    ) -> None:
        """Fill ``answer`` from a successful evaluation of ``code`` (also used for edited programs)."""
        execution = evaluation.execution
        answer.ok = True
        answer.code = code
        answer.value = execution.value
        answer.stdout = execution.stdout
        answer.model = model
        answer.tier = tier
        answer.warnings = evaluation.warnings
        answer.diff = evaluation.diff
        if answer.changed:
            answer.after = topology.with_graph(execution.graph_after)

    def _log(self, answer: Answer, topology: Topology, context: TopologyContext) -> None:
        if self.store is None:
            return
        try:
            self.store.log_answer(answer, topology=topology, fingerprint=context.fingerprint, frontend=self.frontend)
        except Exception as exc:  # noqa: BLE001 - a busy log must not fail a good answer
            answer.warnings.append(f"not logged to the history database: {exc}")

    def explain(self, request: str, code: str) -> str:
        """A short plain-language explanation of a program, from the first tier."""
        messages = [
            Message(
                "system",
                "You explain short Python programs over a network topology to network operators. "
                "Answer in at most three plain sentences; no code.",
            ),
            Message("user", f"Request: {request}\nProgram:\n```python\n{code.rstrip()}\n```\nWhat does it do?"),
        ]
        completion = self.tiers[0].complete(messages, CompletionOptions(max_tokens=120))
        return completion.text.strip()


def _as_example(row: Any) -> Any:
    from netops.answering.retrieval import Example

    return Example(request=row.request, code=row.code, topology=getattr(row, "topology", ""), source="learned")


