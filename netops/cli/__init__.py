"""The ``netops`` command line: typer app, sub-apps, and the single error boundary.

Every expected failure is a ``NetOpsError``; ``NetOpsGroup.invoke`` catches
them once, prints one line (and a hint) on stderr, and exits with the code
documented in docs/architecture.md §3.1 (exit codes):

0 ok · 1 check failed / change rejected · 2 usage · 3 bad input file ·
4 generation or sandbox failure · 5 nothing ran (no usable model).

Commands live in ``cli_*`` modules, one per area; this module only wires
them together.
"""

from __future__ import annotations

from typing import Any

import typer
from rich.console import Console
from typer.core import TyperGroup, TyperOption

from netops import __version__
from netops.cli.render import error_text
from netops.errors import NetOpsError

__all__ = ["app", "main", "stderr_console", "stdout_console"]

stdout_console = Console(highlight=False, soft_wrap=False)
stderr_console = Console(stderr=True, highlight=False)

EXIT_INTERRUPTED = 130


def _hide_flag_types() -> None:
    """Show on/off flags as plain flags in help, not as ``--json <bool>``.

    Typer's rich help (0.29) prints every option's type, flags included, so
    ``--json``, ``--yes`` and even ``--help`` read ``<bool>`` -- and users
    typed ``--json true``, which fails (a flag takes no value). Typer's own
    plain-text help already leaves flags untyped; this makes the rich help
    agree. It wraps the one method that renders the type column, and only
    for flags and counters, so other options keep ``<path>``, ``<float>``.
    """
    original = getattr(TyperOption, "display_type_rich", None)
    if original is None or getattr(original, "_netops_flags_plain", False):
        return  # another typer version (nothing to fix), or already done

    def display_type_rich(self: TyperOption, ctx: Any) -> str | None:
        if getattr(self, "is_flag", False) or getattr(self, "count", False):
            return None
        return original(self, ctx)

    display_type_rich._netops_flags_plain = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_hide_flag_types()


class NetOpsGroup(TyperGroup):
    """The top-level group: the one place expected failures become exit codes."""

    def invoke(self, ctx: Any) -> Any:  # noqa: D102 - documented on the class
        try:
            return super().invoke(ctx)
        except NetOpsError as exc:
            # Consoles are looked up per call so tests capturing stderr see the line. soft_wrap:
            # the message stays one line (README) for logs and scripts reading stderr, instead
            # of being broken at the 80 columns rich assumes when stderr is not a terminal;
            # a terminal still wraps it visually.
            Console(stderr=True, highlight=False).print(error_text(exc.message, exc.hint), soft_wrap=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            Console(stderr=True, highlight=False).print("[yellow]interrupted[/yellow]")
            ctx.exit(EXIT_INTERRUPTED)


app = typer.Typer(
    cls=NetOpsGroup,
    name="netops",
    help=(
        "A NetOps assistant that writes code.\n\n"
        "Ask questions or request changes in plain language; a local model writes a short "
        "Python program over your topology, a sandbox runs it, and nothing is applied "
        "until it is validated and you confirm.\n\n"
        "Start with:  netops topo show -t topologies/campus.yaml"
    ),
    no_args_is_help=True,
    # --install-completion / --show-completion (bash, zsh, fish, PowerShell): completion of
    # commands and options, served by this program through the _NETOPS_COMPLETE protocol.
    add_completion=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"netops {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """A NetOps assistant that writes code."""


def _mount() -> None:
    from netops.cli.topo import topo_app

    app.add_typer(topo_app, name="topo")
    from netops.cli.model import model_app

    app.add_typer(model_app, name="model")
    from netops.cli import ask as cli_ask
    from netops.cli import history as cli_history
    from netops.cli import repl_command as cli_repl
    from netops.cli import run as cli_run

    cli_ask.register(app)
    cli_repl.register(app)
    cli_run.register(app)
    cli_history.register(app)
    from netops.cli import eval as cli_eval

    cli_eval.register(app)
    from netops.cli import audit as cli_audit

    cli_audit.register(app)
    from netops.cli.cache import cache_app

    app.add_typer(cache_app, name="cache")


_mount()


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: run the app; typer turns exits into the process status."""
    app(args=argv, prog_name="netops")


if __name__ == "__main__":  # pragma: no cover - python -m netops.cli (python -m netops: netops/__main__.py)
    main()
