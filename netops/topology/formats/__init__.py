"""Topology file formats: one module per format, each with ``read`` and (mostly) ``write``.

Every format module defines:

``NAME``
    the short name used by ``--format`` (``yaml``, ``clab``, ``graphml``, ...);
``EXTENSIONS``
    file name endings it claims, most specific first (``.clab.yml`` before ``.yml``);
``sniff(text) -> bool``
    whether the content looks like this format (used when the extension is ambiguous);
``read(text, path) -> Topology``
    parse, raising ``TopologyFormatError`` with the path and line on bad input;
``write(topology) -> str`` or ``WRITE = None``
    serialize (read-only formats set ``write = None``).

``load`` and ``save`` choose the format by extension, then by content, and
check the structural rules; ``save`` writes atomically.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from netops.errors import TopologyFormatError, UnknownFormatError
from netops.fsutil import atomic_write_text
from netops.topology.formats.guards import read_input_bytes
from netops.topology.model import Topology

__all__ = ["FORMAT_MODULES", "detect_format", "dumps", "format_module", "load", "loads", "save", "writable_formats"]

#: Format name -> module path, in sniffing order (most specific content first).
FORMAT_MODULES: dict[str, str] = {
    "clab": "netops.topology.formats.clab",
    "netbox": "netops.topology.formats.netbox",
    "nornir": "netops.topology.formats.nornir",
    "yaml": "netops.topology.formats.native_yaml",
    "json": "netops.topology.formats.node_link",
    "graphml": "netops.topology.formats.graphml",
    "gml": "netops.topology.formats.gml",
}


def format_module(name: str) -> ModuleType:
    """Return the module implementing format ``name``."""
    try:
        return importlib.import_module(FORMAT_MODULES[name])
    except KeyError:
        known = ", ".join(FORMAT_MODULES)
        raise UnknownFormatError(f"unknown format {name!r} (known: {known})") from None


def _available_modules() -> list[ModuleType]:
    return [format_module(name) for name in FORMAT_MODULES]


def writable_formats() -> list[str]:
    """Return the names of formats that can be written."""
    return [m.NAME for m in _available_modules() if getattr(m, "write", None) is not None]


#: Plain YAML endings. Several formats are YAML (containerlab's ``topology.yml``, NetBox
#: exports, Nornir inventories), so a file whose best ending is one of these is told by content.
YAML_EXTENSIONS = (".yml", ".yaml")


def detect_format(path: Path, text: str | None = None) -> str:
    """Choose a format for ``path``: by extension, then by content when ambiguous.

    A plain ``.yml``/``.yaml`` file is ambiguous: its content is offered to
    every YAML format (those claiming a YAML ending) in sniffing order, and
    native YAML is the answer when none claims it.
    """
    lower = path.name.lower()
    by_extension = [m for m in _available_modules() if any(lower.endswith(e) for e in m.EXTENSIONS)]
    # The longest matching extension wins (".clab.yml" over ".yml").
    by_extension.sort(key=lambda m: -max(len(e) for e in m.EXTENSIONS if lower.endswith(e)))
    plain_yaml = bool(by_extension) and max(
        (e for e in by_extension[0].EXTENSIONS if lower.endswith(e)), key=len
    ) in YAML_EXTENSIONS
    if by_extension and (text is None or (len(by_extension) == 1 and not plain_yaml)):
        return by_extension[0].NAME
    if text is not None:
        if plain_yaml:
            yaml_modules = [m for m in _available_modules() if any(e.endswith(YAML_EXTENSIONS) for e in m.EXTENSIONS)]
            candidates = yaml_modules + [m for m in by_extension if m not in yaml_modules]
        else:
            candidates = by_extension or _available_modules()
        for module in candidates:
            if module.sniff(text):
                return module.NAME
        if by_extension:
            return by_extension[0].NAME
    raise UnknownFormatError(
        "cannot tell the topology format from the extension or the content",
        path=str(path),
        hint="use a known extension (.yaml, .clab.yml, .json, .graphml, .gml) or pass --format",
    )


def _read_text(path: Path) -> str:
    # guards.read_input_bytes refuses devices, pipes and oversized files, which would
    # otherwise be read forever or fill memory.
    data = read_input_bytes(path, kind="topology file", missing="no such file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TopologyFormatError("not UTF-8 text", path=str(path), line=line) from None


def loads(text: str, *, format: str, path: str = "<string>") -> Topology:
    """Parse topology text of a known format and check its structural rules."""
    module = format_module(format)
    topology = module.read(text, path)
    problems = topology.structural_problems()
    if problems:
        raise TopologyFormatError(problems[0], path=path)
    topology.source_format = module.NAME
    return topology


def load(path: str | Path, *, format: str | None = None) -> Topology:
    """Read a topology file, choosing the format by extension or content.

    Raises
    ------
    netops.errors.TopologyError
        With the file, the line where the format has lines, and the problem.
    """
    path = Path(path)
    text = _read_text(path)
    name = format or detect_format(path, text)
    topology = loads(text, format=name, path=str(path))
    topology.source = path
    if not topology.name or topology.name == "topology":
        topology.name = path.name.split(".")[0]
    return topology


def dumps(topology: Topology, *, format: str) -> str:
    """Serialize a topology in ``format`` (which must be writable)."""
    module = format_module(format)
    if getattr(module, "write", None) is None:
        raise UnknownFormatError(
            f"format {format!r} is read-only",
            hint=f"write one of: {', '.join(writable_formats())}",
        )
    return module.write(topology)


def save(topology: Topology, path: str | Path, *, format: str | None = None) -> str:
    """Write a topology atomically; return the format name used.

    The whole text is produced before the file is touched, so a failure
    leaves any existing file as it was.
    """
    path = Path(path)
    name = format or detect_format(path)
    text = dumps(topology, format=name)
    atomic_write_text(path, text)
    return name
