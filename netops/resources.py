"""Where the shipped data files are: ``prompts/`` and ``topologies/`` in a checkout, ``netops/_prompts``
and ``netops/_topologies`` in a wheel. Both are found from this module's place, the package root."""

from __future__ import annotations

from pathlib import Path

__all__ = ["prompts_dir", "sample_topologies_dir"]


def prompts_dir() -> Path:
    """The prompts directory, for an installed wheel or an editable checkout."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "_prompts", package.parent / "prompts"):
        if (candidate / "system.md").is_file():
            return candidate
    raise FileNotFoundError(
        "netops prompt templates are missing (expected netops/_prompts or ./prompts); reinstall netops"
    )


def sample_topologies_dir() -> Path | None:
    """The shipped sample topologies (``topologies/`` of a checkout); None when not installed.

    The prompt examples are re-targeted from these samples' schemas (``netops.answering.retarget``).
    """
    package = Path(__file__).resolve().parent
    for candidate in (package / "_topologies", package.parent / "topologies"):
        if (candidate / "campus.yaml").is_file():
            return candidate
    return None
