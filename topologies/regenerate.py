"""Rebuild the generated sample topologies in this directory.

``campus.yaml`` and ``dc-fabric.yaml`` are written by the seeded builders in
``netops.topology.generate``; running this script again gives byte-identical
files. ``lab.clab.yml`` is written by hand and ``geant2012.graphml`` is
upstream Internet Topology Zoo data, so neither is touched here.

Usage::

    python topologies/regenerate.py            # rewrite the files
    python topologies/regenerate.py --check    # exit 1 if a committed file differs
    python topologies/regenerate.py --out DIR  # write to another directory
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from netops.topology import save
from netops.topology.generate import SAMPLES

__all__ = ["HERE", "build", "main"]

HERE = Path(__file__).resolve().parent


def build(directory: Path) -> list[Path]:
    """Write every generated sample into ``directory``; return the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, builder in SAMPLES.items():
        path = directory / filename
        save(builder(), path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    parser.add_argument("--out", type=Path, default=HERE, help="directory to write (default: this one)")
    args = parser.parse_args(argv)
    if not args.check:
        for path in build(args.out):
            print(f"wrote {path}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        stale = [
            path.name
            for path in build(Path(tmp))
            if not (args.out / path.name).is_file() or (args.out / path.name).read_bytes() != path.read_bytes()
        ]
    for name in stale:
        print(f"{name} differs from what the generators produce; run topologies/regenerate.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
