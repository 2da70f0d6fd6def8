"""The interactive loop: read a line, hand it to the session, render what comes back.

Holds no business logic (that is ``netops.answering.session``): it reads input with
prompt_toolkit (persistent history, editing, completion of commands and of
device/site/role names, ``\\`` at the end of a line to continue it), shows a
spinner while the model works, and maps Ctrl-C to "cancel this request" and
Ctrl-D / ``:quit`` to a clean exit that asks before dropping a pending change.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.history import FileHistory, InMemoryHistory
from rich.console import Console
from rich.table import Table

from netops.answering.pipeline import Pipeline
from netops.answering.session import Session
from netops.cli.render import (
    code_panel,
    confidence_renderables,
    counts_table,
    diff_renderable,
    error_text,
    result_renderable,
    schema_table,
)
from netops.errors import NetOpsError

__all__ = ["COMMANDS", "Repl", "NameCompleter"]


@dataclass(frozen=True)
class Command:
    """A ``:command`` of the REPL."""

    name: str
    usage: str
    help: str


#: Other names a command answers to.
_ALIASES = {"q": "quit", "exit": "quit"}

COMMANDS = (
    Command("help", ":help", "this list"),
    Command("code", ":code", "show the last program"),
    Command("explain", ":explain", "explain the last program in plain language"),
    Command("alt", ":alt [N]", "list the other answers the candidate programs gave; :alt N takes answer N instead"),
    Command("diff", ":diff", "show the pending (unapplied) change"),
    Command("apply", ":apply", "write the pending change to the topology file (journaled)"),
    Command("discard", ":discard", "drop the pending change"),
    Command("undo", ":undo", "restore the file as it was before the last apply"),
    Command("history", ":history [N]", "recent requests and their outcomes"),
    Command("run", ":run FILE", "run a program file in the sandbox"),
    Command("model", ":model [NAME]", "show or switch the model"),
    Command("topo", ":topo", "schema and counts of the loaded topology"),
    Command("save", ":save PATH", "write the working topology (with pending change) to another file"),
    Command("pin", ":pin NAME [EXPECT]", "save the last question as an audit check (EXPECT: empty, count >= 4, ...)"),
    Command("quit", ":quit", "leave (asks if a change is pending)"),
)


class NameCompleter(Completer):
    """Complete ``:commands`` and the topology's device, site and role names."""

    def __init__(self, names: Callable[[], Iterable[str]]) -> None:
        self._names = names

    def get_completions(self, document, complete_event):  # noqa: D102 - prompt_toolkit API
        text = document.text_before_cursor
        word = document.get_word_before_cursor(WORD=True)
        if text.startswith(":") and " " not in text:
            for command in COMMANDS:
                if command.name.startswith(text[1:]):
                    yield Completion(command.name, start_position=-len(text) + 1, display_meta=command.help)
            return
        if len(word) < 1:
            return
        lower = word.lower()
        for name in sorted(self._names()):
            if name.lower().startswith(lower):
                yield Completion(name, start_position=-len(word))


class Repl:
    """The read-eval-print loop over a ``Session``.

    Parameters
    ----------
    session : Session
        The conversation state.
    console : rich.console.Console
        Where output goes.
    history_path : Path or None
        File for persistent input history (None keeps it in memory).
    rebuild_pipeline : callable
        ``rebuild_pipeline(model_spec) -> Pipeline`` for ``:model NAME``.
    pin : callable
        ``pin(name, question, program, expect) -> Path`` saves an audit check.
    """

    def __init__(
        self,
        session: Session,
        console: Console,
        *,
        history_path: Path | None,
        rebuild_pipeline: Callable[[str], Pipeline] | None = None,
        pin: Callable[[str, str, str, str], Path] | None = None,
        model_name: str = "",
    ) -> None:
        self.session = session
        self.console = console
        self.rebuild_pipeline = rebuild_pipeline
        self.pin = pin
        self.model_name = model_name
        history = FileHistory(str(history_path)) if history_path is not None else InMemoryHistory()
        self.prompt: PromptSession[str] = PromptSession(history=history, completer=NameCompleter(self._names), complete_while_typing=False)

    def _names(self) -> set[str]:
        names: set[str] = set()
        for node, attrs in self.session.current.devices():
            names.add(str(node))
            for key in ("site", "role", "vendor"):
                if attrs.get(key) is not None:
                    names.add(str(attrs[key]))
        return names

    # -- input --------------------------------------------------------------------------

    def read(self) -> str | None:
        """One (possibly continued) input line; None on Ctrl-D."""
        marker = "*" if self.session.pending is not None else ""
        try:
            line = self.prompt.prompt(f"netops {self.session.original.name}{marker}> ")
        except EOFError:
            return None
        except KeyboardInterrupt:
            return ""
        while line.endswith("\\"):
            try:
                more = self.prompt.prompt("... ")
            except (EOFError, KeyboardInterrupt):
                return ""
            line = line[:-1] + "\n" + more
        return line.strip()

    def confirm(self, question: str) -> bool:
        """Ask a yes/no question (no on Ctrl-C/Ctrl-D)."""
        try:
            return self.prompt.prompt(f"{question} [y/N] ").strip().lower().startswith("y")
        except (EOFError, KeyboardInterrupt):
            return False

    # -- loop -----------------------------------------------------------------------------

    def run(self) -> int:
        """Loop until :quit or Ctrl-D; return the exit status."""
        self.banner()
        while True:
            line = self.read()
            if line is None:
                if self._may_quit():
                    self.console.print("bye")
                    return 0
                continue
            if not line:
                continue
            try:
                if line.startswith(":"):
                    if self.command(line) == "quit":
                        return 0
                else:
                    self.request(line)
            except KeyboardInterrupt:
                self.console.print("[yellow]cancelled[/yellow]")
            except NetOpsError as exc:
                self.console.print(error_text(exc.message, exc.hint))
            except Exception as exc:  # noqa: BLE001 - one failed request must not end the session
                # A bug (or a backend failing in a way no one foresaw) costs this
                # request, not the conversation and its pending change.
                self.console.print(
                    error_text(
                        f"unexpected {type(exc).__name__}: {exc}",
                        "this is a netops bug; the session goes on and a pending change is kept",
                    )
                )

    def banner(self) -> None:
        """Say what is loaded and how to get help."""
        topo = self.session.original
        self.console.print(
            f"[bold]netops[/bold] — {topo.name}: {topo.number_of_devices()} devices, "
            f"{topo.number_of_links()} links ({self.session.path}); model {self.model_name}\n"
            "Ask in plain language. :help lists commands, Ctrl-C cancels, Ctrl-D quits."
        )

    def _may_quit(self) -> bool:
        pending = self.session.pending
        if pending is None:
            return True
        return self.confirm(f"a change is pending ({pending.summary()}); quit and discard it?")

    def request(self, text: str) -> None:
        """Send a request through the pipeline and render the answer."""
        with self.console.status("thinking...", spinner="dots") as spinner:
            answer = self.session.ask(text, on_status=lambda message: spinner.update(f"{message}..."))
        if answer.code:
            suffix = ", from cache" if answer.from_cache else f", {len(answer.attempts)} attempt(s)"
            self.console.print(code_panel(answer.code, title=f"program ({answer.model}{suffix})"))
        if not answer.ok:
            hint = (
                "try again, ask something simpler, :model a faster one, or restart with a larger --timeout"
                if answer.error_kind == "deadline"
                else "rephrase the request, or :model a larger one"
            )
            self.console.print(error_text(answer.error or "no valid program", hint))
            return
        if answer.stdout:
            self.console.print(answer.stdout.rstrip("\n"), markup=False)
        if answer.changed:
            self.console.print(diff_renderable(self.session.pending or answer.diff))
            self.console.print("[dim]pending: :apply to write it, :discard to drop it[/dim]")
        else:
            self.console.print(result_renderable(answer.value))
        for line in confidence_renderables(answer):
            self.console.print(line)
        for warning in answer.warnings:
            self.console.print(f"[yellow]warning:[/yellow] {warning}")

    def _alternatives(self, args: list[str]) -> None:
        """``:alt`` lists the runner-up answers of the last vote; ``:alt N`` takes answer N instead."""
        session = self.session
        answer = session.last
        options = session.alternatives()
        if answer is None or not options:
            self.console.print("no alternatives: the last answer came from one program, or every program agreed")
            return
        if not args:
            confidence = answer.confidence() or {}
            self.console.print(f"chosen: {confidence.get('text', '')}")
            for number, (votes, trial) in enumerate(options, start=1):
                noun = "program" if votes == 1 else "programs"
                self.console.print(f"[bold]{number}[/bold] ({votes} {noun})")
                self.console.print(code_panel(trial.candidate.code))
                if answer.change_request and trial.evaluation is not None:
                    self.console.print(diff_renderable(trial.evaluation.diff, max_items=10))
                else:
                    self.console.print(result_renderable(trial.candidate.value))
            self.console.print("[dim]:alt N takes answer N instead[/dim]")
            return
        if not args[0].isdigit() or not 1 <= int(args[0]) <= len(options):
            self.console.print(f"usage: :alt N, with N from 1 to {len(options)}")
            return
        chosen = session.choose_alternative(int(args[0]))
        self.console.print(f"[green]took answer {args[0]}[/green]")
        if chosen.changed:
            self.console.print(diff_renderable(session.pending or chosen.diff))
            self.console.print("[dim]pending: :apply to write it, :discard to drop it[/dim]")
        else:
            self.console.print(result_renderable(chosen.value))

    def command(self, line: str) -> str | None:
        """Run a ``:command`` (one ``_cmd_<name>`` method each); returns "quit" to leave the loop."""
        try:
            parts = shlex.split(line[1:])
        except ValueError as exc:
            self.console.print(error_text(f"cannot parse command: {exc}"))
            return None
        if not parts:
            return None
        name, args = parts[0].lower(), parts[1:]
        handler = getattr(self, f"_cmd_{_ALIASES.get(name, name)}", None)
        if handler is None:
            self.console.print(f"unknown command :{name} (:help lists them)")
            return None
        return handler(args)

    # -- the commands (COMMANDS lists them for :help and completion) --------------------

    def _cmd_quit(self, _args: list[str]) -> str | None:
        return "quit" if self._may_quit() else None

    def _cmd_help(self, _args: list[str]) -> None:
        table = Table(show_header=False, show_edge=False)
        for command in COMMANDS:
            table.add_row(command.usage, command.help)
        self.console.print(table)

    def _cmd_code(self, _args: list[str]) -> None:
        last = self.session.last
        self.console.print(code_panel(last.code) if last is not None and last.code else "no program yet")

    def _cmd_explain(self, _args: list[str]) -> None:
        with self.console.status("explaining...", spinner="dots"):
            text = self.session.explain()
        self.console.print(text)

    def _cmd_alt(self, args: list[str]) -> None:
        self._alternatives(args)

    def _cmd_diff(self, _args: list[str]) -> None:
        pending = self.session.pending
        self.console.print(diff_renderable(pending) if pending is not None else "no pending change")

    def _cmd_apply(self, _args: list[str]) -> None:
        entry = self.session.apply()
        self.console.print(f"[green]applied[/green] to {self.session.path} (journal #{entry.id}; :undo reverts)")

    def _cmd_discard(self, _args: list[str]) -> None:
        dropped = self.session.discard()
        self.console.print(f"discarded: {dropped.summary()}" if dropped else "no pending change")

    def _cmd_undo(self, _args: list[str]) -> None:
        entry = self.session.undo()
        self.console.print(f"[green]restored[/green] {self.session.path} as before journal #{entry.id}")

    def _cmd_history(self, args: list[str]) -> None:
        self._history(int(args[0]) if args and args[0].isdigit() else 10)

    def _cmd_run(self, args: list[str]) -> None:
        if not args:
            self.console.print("usage: :run FILE")
            return
        from netops.program.source import read_program

        session = self.session
        answer = session.run_program(read_program(Path(args[0])), request=f":run {args[0]}")
        if not answer.ok:
            self.console.print(error_text(f"{answer.error_kind}: {answer.error}"))
        elif answer.changed:
            self.console.print(diff_renderable(session.pending or answer.diff))
        else:
            self.console.print(result_renderable(answer.value))

    def _cmd_model(self, args: list[str]) -> None:
        if not args:
            self.console.print(f"model: {self.model_name}")
            return
        if self.rebuild_pipeline is None:
            self.console.print("switching models is not available here")
            return
        with self.console.status(f"loading {args[0]}...", spinner="dots"):
            self.session.pipeline = self.rebuild_pipeline(args[0])
        self.model_name = args[0]
        self.console.print(f"model: {self.model_name}")

    def _cmd_topo(self, _args: list[str]) -> None:
        summary = self.session.stats()
        self.console.print(schema_table(summary))
        self.console.print(counts_table(summary.counts))

    def _cmd_save(self, args: list[str]) -> None:
        if not args:
            self.console.print("usage: :save PATH (use :apply to change the loaded file)")
            return
        fmt = self.session.save_as(Path(args[0]))
        self.console.print(f"[green]wrote[/green] {args[0]} ({fmt})")

    def _cmd_pin(self, args: list[str]) -> None:
        last = self.session.last
        if not args:
            self.console.print("usage: :pin NAME [EXPECT]   e.g. :pin down-links   or   :pin spines count >= 4")
        elif last is None or not last.ok or not last.code or last.changed:
            self.console.print("pin needs a successful question (not a change) first")
        elif self.pin is None:
            self.console.print("pinning is not available here")
        else:
            expect = " ".join(args[1:]) or "empty"
            where = self.pin(args[0], last.request, last.code, expect)
            self.console.print(f"[green]pinned[/green] {args[0]} (expect {expect}) in {where}")

    def _history(self, limit: int) -> None:
        rows = self.session.store.history(limit=limit)
        table = Table(show_edge=False)
        for column in ("when", "request", "outcome", "model", "attempts"):
            table.add_column(column)
        for row in rows:
            table.add_row(
                str(getattr(row, "time", "")),
                str(getattr(row, "request", "")),
                str(getattr(row, "outcome", "")),
                str(getattr(row, "model", "")),
                str(getattr(row, "attempts", "")),
            )
        self.console.print(table)
