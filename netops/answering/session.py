"""A conversation with one topology: the state behind the REPL, without any terminal code.

The session keeps the file as loaded (``original``), the working topology
(``current`` — the original plus any pending, unapplied change), the recent
turns (request + program, for follow-ups), and the last answer. A change
request runs on the working topology, so "add leaf9" followed by "connect it
to both spines" builds one pending change; ``apply`` writes it atomically,
``discard`` drops it, ``undo`` restores the file as it was before the last
apply.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netops.answering.pipeline import Answer, Pipeline, Trial
from netops.answering.prefill import BackgroundPrefill
from netops.answering.prompting import Turn
from netops.errors import ChangeRejected, NetOpsError
from netops.program.diff import TopologyDiff, diff_graphs
from netops.topology import Topology, save
from netops.topology.schema import summarize

if TYPE_CHECKING:
    from netops.store.database import Store

__all__ = ["Session"]

_MAX_TURNS = 2


@dataclass
class Session:
    """State of one interactive conversation.

    Parameters
    ----------
    path : Path
        The topology file.
    pipeline : Pipeline
        Answers requests (model stays loaded between turns).
    store : netops.store.database.Store
        Interaction log, journal and learned examples.
    prefill : BackgroundPrefill, optional
        When given (the REPL), each time the working topology changes its
        prompt prefix is evaluated in the background, ahead of the next
        request (``netops.answering.prefill``).
    """

    path: Path
    pipeline: Pipeline
    store: Store
    original: Topology = field(init=False)
    current: Topology = field(init=False)
    sha256: str = field(init=False)
    turns: list[Turn] = field(default_factory=list)
    last: Answer | None = None
    prefill: BackgroundPrefill | None = None
    #: The working topology before the last answer, while that answer's alternatives can still replace it.
    _before_last: Topology | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.reload()

    # -- loading ------------------------------------------------------------------

    def reload(self) -> None:
        """(Re)load the topology file; any pending change is dropped."""
        from netops.store.apply import load_for_change

        self.original, self.sha256 = load_for_change(self.path)
        self.current = self.original
        self._before_last = None  # what the last answer was computed on is gone
        self._topology_changed()

    def _topology_changed(self) -> None:
        """The working topology is new: have its prompt prefix evaluated before the next request."""
        if self.prefill is not None:
            self.prefill.start(self.pipeline, self.current)

    @property
    def pending(self) -> TopologyDiff | None:
        """The unapplied change (working topology vs the file), or None."""
        if self.current is self.original:
            return None
        diff = diff_graphs(self.original.graph, self.current.graph)
        return None if diff.is_empty() else diff

    # -- requests -----------------------------------------------------------------------

    def ask(
        self,
        request: str,
        *,
        on_status: Callable[[str], None] | None = None,
        on_token: Callable[[str], None] | None = None,
        deadline: float | None = None,
    ) -> Answer:
        """Answer a request on the working topology, with the recent turns as context.

        The request must finish by ``deadline`` (a ``time.monotonic()`` value;
        default: the pipeline's ``settings.deadline`` seconds from now); past
        it the answer fails with ``error_kind="deadline"`` and the session is
        unchanged.
        """
        answer = self.pipeline.ask(
            request, self.current, context=self.turns[-_MAX_TURNS:], on_status=on_status, on_token=on_token,
            deadline=deadline,
        )
        self._record(answer)
        return answer

    def run_program(self, code: str, request: str = "(program)") -> Answer:
        """Run a given program (``:run FILE``) through the same validation as a generated one."""
        # One run, judged by what it did: a change if it changed G (then the invariants apply).
        evaluation = self.pipeline.evaluate_program(self.current, code, change_request=None)
        answer = Answer(request=request, change_request=evaluation.diff is not None and not evaluation.diff.is_empty())
        if evaluation.violation is not None:
            answer.ok = False
            answer.code = code
            answer.error_kind = evaluation.violation.kind
            answer.error = evaluation.violation.message
        else:
            self.pipeline.complete_answer(answer, self.current, code, evaluation, model="program", tier=0)
        self._record(answer)
        return answer

    def alternatives(self) -> list[tuple[int, Trial]]:
        """The runner-up answers of the last request's vote, best first: (votes, trial standing for it)."""
        return self.last.alternative_trials() if self.last is not None else []

    def choose_alternative(self, number: int) -> Answer:
        """Take runner-up answer ``number`` (1-based, see :meth:`alternatives`) instead of the chosen one.

        The working topology goes back to what it was before the last
        request, and the alternative's outcome (result or change) replaces
        it; nothing is written to the file.
        """
        options = self.alternatives()
        if not 1 <= number <= len(options):
            raise ChangeRejected(f"no alternative {number}")
        if self._before_last is None:
            raise ChangeRejected("the last answer's change was already applied or discarded; ask again")
        previous = self.last
        assert previous is not None
        _votes, trial = options[number - 1]
        assert trial.evaluation is not None
        chosen = Answer(request=previous.request, change_request=previous.change_request)
        self.current = self._before_last
        self.pipeline.complete_answer(
            chosen, self.current, trial.candidate.code, trial.evaluation,
            model=trial.attempt.model, tier=trial.attempt.tier,
        )
        chosen.trials = previous.trials  # kept for the log; the vote no longer describes this answer
        if self.turns and self.turns[-1].request == previous.request:
            self.turns.pop()  # the chosen program replaces the last turn
        self._record(chosen)
        if not (chosen.ok and chosen.changed):
            self._topology_changed()  # back to the topology before the last request
        return chosen

    def _record(self, answer: Answer) -> None:
        self._before_last = self.current
        self.last = answer
        if answer.ok and answer.code:
            self.turns.append(Turn(answer.request, answer.code))
            del self.turns[:-_MAX_TURNS]
        if answer.ok and answer.changed and answer.after is not None:
            self.current = answer.after
            self._topology_changed()

    # -- changes ----------------------------------------------------------------------------

    def apply(self) -> Any:
        """Write the pending change to the file atomically (journaled); return the journal entry."""
        pending = self.pending
        if pending is None:
            raise ChangeRejected("nothing to apply")
        from netops.store.apply import apply_change

        request = "; ".join(t.request for t in self.turns) or "repl change"
        entry = apply_change(
            self.path, self.current, expected_sha256=self.sha256, store=self.store, request=request,
            summary=pending.summary(),
        )
        if self.last is not None and self.last.ok and self.last.code and hasattr(self.store, "add_learned_example"):
            self.store.add_learned_example(
                self.last.request,
                self.last.code,
                topology=self.original.name,
                fingerprint=self.pipeline.context_for(self.original).fingerprint,
            )
        self.reload()
        return entry

    def discard(self) -> TopologyDiff | None:
        """Drop the pending change; return what was dropped."""
        dropped = self.pending
        self.current = self.original
        self._before_last = None
        self._topology_changed()
        return dropped

    def undo(self) -> Any:
        """Restore the file as it was before the last apply; pending changes are dropped."""
        from netops.store.apply import undo

        entry = undo(self.store, self.path)
        self.reload()
        return entry

    def save_as(self, target: Path) -> str:
        """Write the working topology (with any pending change) to another file."""
        if target.resolve() == self.path.resolve():
            raise ChangeRejected("use :apply to change the loaded file")
        return save(self.current, target)

    def stats(self) -> Any:
        """The schema summary of the working topology."""
        return summarize(self.current)

    def explain(self) -> str:
        """Explain the last program in plain language."""
        if self.last is None or not self.last.code:
            raise NetOpsError("no program yet: ask something first")
        return self.pipeline.explain(self.last.request, self.last.code)
