"""``-`` on the command line: standard input where a file is read, standard output where one is written.

Unix tools read ``-`` as "the stream, not a file", so ``netops`` does too:

* ``-t -`` reads the topology from standard input (the format is taken from
  ``--format`` or detected from the content, as there is no extension);
* ``netops run -`` reads the program from standard input;
* an output path of ``-`` (``topo convert … -``, ``--output -``, ``--save-as -``)
  writes to standard output.

Standard input gets the same defences as a file (``guards.read_input_bytes``):
a size cap (so ``yes | netops …`` cannot fill memory) and the exit-3 error of
the file kind being read. An interactive terminal is refused rather than read,
since a user who typed ``-`` by mistake would otherwise face a silent wait.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from netops.errors import InputError, TopologyFormatError, UsageError

if TYPE_CHECKING:  # only for annotations: importing the topology package here would load networkx
    from netops.topology.model import Topology

__all__ = [
    "DASH",
    "STDIN_NAME",
    "display_name",
    "is_dash",
    "load_topology",
    "read_stdin_text",
    "stdout_format",
    "write_stdout",
]

#: The path that means a standard stream.
DASH = "-"

#: How standard input is named in error messages (``<stdin>:3: problem``).
STDIN_NAME = "<stdin>"

_READ_CHUNK = 1024 * 1024


def is_dash(path: str | Path | None) -> bool:
    """Whether a path argument is ``-`` (a standard stream).

    >>> is_dash("-"), is_dash(Path("-")), is_dash("./-"), is_dash(None)
    (True, True, False, False)
    """
    return path is not None and str(path) == DASH


def display_name(path: str | Path) -> str:
    """How an input path is shown in messages: ``<stdin>`` for ``-``, else the path as given.

    >>> display_name("-"), display_name("topologies/campus.yaml")
    ('<stdin>', 'topologies/campus.yaml')
    """
    return STDIN_NAME if is_dash(path) else str(path)


def _stdin_bytes(kind: str, error: type[InputError]) -> bytes:
    """Read standard input whole, bounded by the input size cap."""
    # Read the cap at call time, as read_input_bytes does, so tests (and a future setting) can lower it.
    from netops.topology.formats import guards

    stream = sys.stdin
    if stream is None:
        raise UsageError(f"- means: read the {kind} from standard input, but there is none")
    if stream.isatty():
        raise UsageError(
            f"- means: read the {kind} from standard input, but standard input is a terminal",
            hint=f"pipe the {kind} in (… | netops …, or netops … < FILE), or give its file name",
        )
    limit = guards.MAX_INPUT_BYTES
    source = getattr(stream, "buffer", None)
    chunks: list[bytes] = []
    total = 0
    while True:
        # At most one byte past the cap: an endless stream is refused once it passes it.
        if source is not None:
            chunk = source.read(min(_READ_CHUNK, limit + 1 - total))
        else:  # a text-only stream (an embedding application replaced sys.stdin)
            chunk = stream.read(min(_READ_CHUNK, limit + 1 - total)).encode("utf-8")
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise error(f"is over the {limit // (1024 * 1024)} MiB a {kind} may be", path=STDIN_NAME)
    return b"".join(chunks)


def read_stdin_text(kind: str, error: type[InputError] = TopologyFormatError) -> str:
    """Standard input as UTF-8 text (a byte-order mark dropped), or ``error`` naming ``<stdin>`` and the line."""
    data = _stdin_bytes(kind, error)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error("not UTF-8 text", path=STDIN_NAME, line=data[: exc.start].count(b"\n") + 1) from None


def load_topology(path: str | Path, format: str | None = None) -> Topology:
    """``netops.topology.load``, except that ``-`` reads the topology from standard input.

    There is no extension to go by, so the format is ``format`` or detected
    from the content; errors name ``<stdin>`` and the line.
    """
    from netops.topology import detect_format, load, loads

    if not is_dash(path):
        return load(path, format=format)
    text = read_stdin_text("topology")
    name = format or detect_format(Path(STDIN_NAME), text)
    topology = loads(text, format=name, path=STDIN_NAME)
    if not topology.name or topology.name == "topology":
        topology.name = "stdin"
    return topology


def stdout_format(topology: Topology, to: str | None = None) -> str:
    """The format a topology is written in on standard output, where there is no extension to go by.

    ``to`` if given; else the format it was read in, so ``run … -t x.graphml --save-as - > y.graphml``
    round-trips; else (a read-only format such as NetBox) native YAML.
    """
    from netops.topology.formats import writable_formats

    if to:
        return to
    source = getattr(topology, "source_format", None)
    return source if source in writable_formats() else "yaml"


def write_stdout(text: str) -> None:
    """Write ``text`` to standard output as is (no markup, no wrapping) and flush it."""
    sys.stdout.write(text)
    sys.stdout.flush()
