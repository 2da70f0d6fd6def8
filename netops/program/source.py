"""Program files and per-program time limits, shared by ``netops run``, ``netops audit`` and the Python API.

Kept apart from the command modules so that library code (``netops.run``)
can read a program file with the same guards and errors as the command line
without importing the terminal UI (typer, rich), per the import contract in
docs/architecture.md.
"""

from __future__ import annotations

import math
from pathlib import Path

from netops.errors import ProgramFileError, UsageError
from netops.stdio import is_dash, read_stdin_text

__all__ = ["check_wall_seconds", "read_program"]


def check_wall_seconds(value: float, option: str = "--timeout") -> float:
    """Validate a per-program wall-clock limit: a finite number of seconds above zero.

    0, negative numbers, ``nan`` and ``inf`` are usage errors (exit 2): the
    sandbox needs a real limit to kill a runaway program.

    >>> check_wall_seconds(2.5)
    2.5
    """
    if not (math.isfinite(value) and value > 0):
        raise UsageError(f"{option} must be a positive number of seconds, not {value:g}")
    return value


def read_program(path: Path) -> str:
    """Read a program file, mapping I/O and encoding problems to ``ProgramFileError``.

    A UTF-8 byte-order mark (editors on Windows add one) is dropped, as it
    is for topology and checks files; left in, it is not valid Python.
    ``-`` reads the program from standard input (``cat check.py | netops run - -t …``).
    """
    # Imported here: the guards module sits in the topology package, which loads networkx.
    from netops.topology.formats.guards import read_input_bytes

    if is_dash(path):
        return read_stdin_text("program", ProgramFileError)
    # The guards every user file gets: no devices or pipes (/dev/zero would be read
    # until memory runs out, a pipe would wait forever), a size cap, exit 3.
    raw = read_input_bytes(path, kind="program", error=ProgramFileError, missing="no such file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProgramFileError("not UTF-8 text", path=str(path), line=raw[: exc.start].count(b"\n") + 1) from None
