"""Where the shipped data files are: ``prompts/`` in a checkout, ``netops/_prompts`` in a wheel."""

from __future__ import annotations

from pathlib import Path

__all__ = ["prompts_dir"]


def prompts_dir() -> Path:
    """The prompts directory, for an installed wheel or an editable checkout."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "_prompts", package.parent / "prompts"):
        if (candidate / "system.md").is_file():
            return candidate
    raise FileNotFoundError(
        "netops prompt templates are missing (expected netops/_prompts or ./prompts); reinstall netops"
    )
