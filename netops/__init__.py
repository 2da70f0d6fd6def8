"""netops: a NetOps assistant that writes code.

A natural-language request becomes a short Python program over a NetworkX
topology (written by a local quantized model), which runs in a sandbox and is
validated before anything is applied.

The same steps are a small Python API, for scripts and notebooks:

``netops.load(path)``
    read a topology file (any supported format) into a :class:`Topology`;
``netops.save(topology, path)``
    write one (format by extension), e.g. ``answer.after``;
``netops.run(program, topology)``
    run a program in the sandbox, with no model, and return its
    :class:`Execution` (``.value`` is the program's ``result``);
``netops.ask(request, topology, model=...)``
    have the model write and run a program, and return the :class:`Answer`
    (nothing is ever written: a change comes back as ``answer.diff`` and
    ``answer.after``).

>>> import netops
>>> topo = netops.Topology(name="lab")
>>> topo.add_device("r1", role="router")
>>> topo.add_device("s1", role="switch")
>>> _ = topo.add_link("r1", "s1", speed=10000)
>>> netops.run('result = nodes(G, role="router")', topo).value
['r1']

This package imports nothing heavy at import time (networkx, the sandbox and
the model backends load on first use), so that ``import netops`` stays fast and
``python -m netops.buildflags`` works before installation.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # for annotations and type checkers only; at run time these load lazily (__getattr__)
    from netops.answering.pipeline import Answer
    from netops.llm.base import Backend
    from netops.program.execute import Execution
    from netops.topology.model import Topology

__all__ = ["Answer", "Execution", "Topology", "__version__", "ask", "load", "run", "save"]

__version__ = "0.1.0"

#: Public names defined in other modules, imported on first access (PEP 562).
_LAZY = {
    "Answer": "netops.answering.pipeline",
    "Execution": "netops.program.execute",
    "Topology": "netops.topology.model",
}


def __getattr__(name: str) -> Any:
    """Import the classes of the public API on first use (``netops.Answer`` loads the pipeline then)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'netops' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


def load(path: str | os.PathLike[str], *, format: str | None = None) -> Topology:
    """Read a topology file, choosing the format by extension or content (or ``format``).

    Formats: native YAML, containerlab, node-link JSON, GraphML, GML, and (read
    only, by ``format="netbox"`` / ``"nornir"``) NetBox exports and Nornir
    inventories.

    Raises
    ------
    netops.errors.TopologyError
        The file is missing, unreadable or invalid; the message names the file and line.
    """
    from netops.topology import load as load_file

    return load_file(os.fspath(path), format=format)


def save(topology: Topology, path: str | os.PathLike[str], *, format: str | None = None) -> str:
    """Write ``topology`` atomically (format by extension, or ``format``); return the format used."""
    from netops.topology import save as save_file

    return save_file(topology, os.fspath(path), format=format)


def _topology(topology: Topology | str | os.PathLike[str]) -> Topology:
    """A topology given as an object, or as a path to load."""
    return load(topology) if isinstance(topology, (str, os.PathLike)) else topology


def run(
    program: str | os.PathLike[str],
    topology: Topology | str | os.PathLike[str],
    *,
    read_only: bool = False,
    timeout: float = 10.0,
    check: bool = True,
) -> Execution:
    """Run a program over a topology in the sandbox, with no model (what ``netops run`` does).

    Parameters
    ----------
    program : str or os.PathLike
        The program's source text, or (a ``pathlib.Path``) a file holding it.
        It sees ``G``, ``nx`` and the helpers of :mod:`netops.program.api`, and
        assigns its answer to ``result``.
    topology : Topology, str or os.PathLike
        The topology, or a file to :func:`load`. It is never changed: a
        program that changes ``G`` changes a copy, returned as
        ``Execution.graph_after``.
    read_only : bool
        Make any change to ``G`` a failure (``mutation``).
    timeout : float
        Wall-clock seconds before the program is stopped.
    check : bool
        Raise :class:`netops.errors.SandboxFailure` when the program fails
        (the default); with ``check=False`` the failed :class:`Execution` is
        returned (``ok`` false, ``failure_kind``, ``message``, ``line``).

    Returns
    -------
    Execution
        ``value`` (the program's ``result`` as JSON-like data), ``stdout``,
        ``changed``, ``graph_after``, ``timings``.

    Examples
    --------
    >>> import netops
    >>> topo = netops.Topology(name="lab")
    >>> topo.add_device("r1", role="router")
    >>> netops.run("result = 1 / 0", topo)
    Traceback (most recent call last):
        ...
    netops.errors.SandboxFailure: <program>:1: runtime: ZeroDivisionError: division by zero
    >>> netops.run("result = 1 / 0", topo, check=False).failure_kind
    'runtime'
    """
    from pathlib import Path

    from netops.errors import SandboxFailure
    from netops.program.execute import execute
    from netops.program.source import check_wall_seconds, read_program
    from sandbox import Limits

    check_wall_seconds(timeout, "timeout")
    if isinstance(program, os.PathLike):
        name, code = os.fspath(program), read_program(Path(program))  # the file guards and errors of `netops run`
    else:
        name, code = "<program>", program
    execution = execute(_topology(topology), code, read_only=read_only, limits=Limits(wall_seconds=timeout))
    if check and not execution.ok:
        raise SandboxFailure(
            execution.failure_kind or "runtime", execution.message or "failed", line=execution.line, path=name
        )
    return execution


def ask(
    request: str,
    topology: Topology | str | os.PathLike[str],
    *,
    model: str | Backend | None = None,
    **settings: Any,
) -> Answer:
    """Have the model answer one request about ``topology`` (what ``netops ask`` does, minus the applying).

    The model writes a program, the sandbox runs it, the result is validated;
    failed attempts are repaired, and a doubtful answer is cross-checked
    against more candidate programs, exactly as on the command line. Nothing
    is written: a change comes back as ``answer.diff`` and ``answer.after``
    (write it with :func:`save`). Nothing is logged to the history or taken
    from the program cache either: the call has no side effects.

    Parameters
    ----------
    request : str
        A question or a change, in plain language.
    topology : Topology, str or os.PathLike
        The topology, or a file to :func:`load`.
    model : str or Backend, optional
        A model spec as ``--model`` takes it (an embedded model name, a
        ``.gguf`` path, an ``http://host:port/v1`` endpoint) or a backend
        object, such as :class:`netops.testing.FakeBackend` in tests. Default:
        the configured model (``NETOPS_MODEL``, the config file).
    **settings
        Overrides of :class:`netops.settings.Settings` fields, e.g.
        ``samples=0``, ``retries=1``, ``deadline=30``.

    Returns
    -------
    Answer
        ``ok``, ``value`` (a question's answer), ``diff`` and ``after`` (a
        change), ``code``, ``error``, ``confidence()``, ``timings``. Model or
        program failures do not raise: ``answer.ok`` is false and
        ``answer.error`` says why.

    Raises
    ------
    netops.errors.ModelError
        No usable model (not installed, server unreachable).

    Examples
    --------
    A scripted backend stands in for the model here:

    >>> import netops
    >>> from netops.testing import FakeBackend
    >>> topo = netops.Topology(name="lab")
    >>> topo.add_device("r1", role="router")
    >>> topo.add_device("s1", role="switch")
    >>> model = FakeBackend(['```python\\nresult = nodes(G, role="router")\\n```'])
    >>> answer = netops.ask("which devices are routers?", topo, model=model, samples=0)
    >>> answer.ok, answer.value, answer.changed
    (True, ['r1'], False)
    """
    from netops.answering.pipeline import Pipeline
    from netops.app import build_pipeline
    from netops.settings import load_settings

    if model is None or isinstance(model, str):  # a spec, resolved as --model resolves it (None: configured)
        pipeline = build_pipeline(load_settings(model=model, **settings), frontend="python", store=None)
    else:  # a backend object: the one tier
        pipeline = Pipeline([model], load_settings(**settings), store=None, frontend="python")
    return pipeline.ask(request, _topology(topology))
