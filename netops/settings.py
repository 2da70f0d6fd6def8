"""Settings: explicit flag > ``NETOPS_*`` environment > config file > default.

The config file is YAML, looked up at ``$NETOPS_CONFIG``, else
``~/.config/netops/config.yaml``. Keys are the field names below, e.g.::

    model: qwen2.5-coder-1.5b
    retries: 2
    tiers: [qwen2.5-coder-1.5b, http://gpu-box:8080/v1]

Unknown keys are an error (a typo should not be silently ignored).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from netops.errors import InputError

#: A config file is a few lines; anything past this is not one.
_MAX_CONFIG_BYTES = 1024 * 1024

__all__ = ["Settings", "load_settings", "config_path", "data_dir", "cache_dir"]


def data_dir() -> Path:
    """Directory for the SQLite store and REPL history (``$NETOPS_HOME`` or ~/.local/share/netops)."""
    base = os.environ.get("NETOPS_HOME") or os.path.join(
        os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share"), "netops"
    )
    return Path(base)


def cache_dir() -> Path:
    """Directory for assembled model weights and saved prompt state."""
    base = os.environ.get("NETOPS_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "netops"
    )
    return Path(base)


def config_path() -> Path:
    """Path of the user's config file (it need not exist)."""
    explicit = os.environ.get("NETOPS_CONFIG")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    return Path(base) / "netops" / "config.yaml"


#: When extra candidate programs are drawn (see ``Settings.sample_when``).
SAMPLE_WHEN = ("adaptive", "always")
#: How the schema segment of the prompt is written (``netops.topology.notes.render``).
SCHEMA_STYLES = ("compact", "full", "notes")


@dataclass(frozen=True)
class Settings:
    """Resolved settings for one run.

    Attributes
    ----------
    model : str
        Embedded model name, GGUF path or OpenAI-compatible URL.
    tiers : list of str
        Escalation order after ``model`` fails (larger models or servers).
    retries : int
        Repair attempts per tier after the first try.
    examples : int
        How many similar examples go into the prompt.
    timeout : float
        Wall-clock seconds a generated program may run.
    deadline : float
        Seconds one request may take in all: every attempt on every model
        tier, and running the programs (``--timeout`` of ``ask``, ``repl``
        and ``eval``). 0 means no deadline.
    cache : bool
        Answer repeated requests from the program cache.
    prefix_cache_mb : int
        Disk budget (MiB) for saved llama.cpp prompt prefixes
        (``<cache dir>/prompt-state``); least recently used go first. The
        default holds about eight 64 MiB states.
    program_cache_entries : int
        Most programs kept in the program cache; least recently used go first.
    model_cache_mb : int
        Disk budget (MiB) for assembled model weights (``<cache dir>/models``).
        The model being assembled or in use is never evicted; the default
        holds both embedded models (1.6 GB) with room for a larger tier.
    samples : int
        Extra candidate programs drawn when the first (greedy) program gives
        a reason to doubt it; the answer is then chosen by what the programs
        do (``netops.answering.selection``). 0 turns choosing off: first valid program
        wins, as before.
    sample_when : str
        ``adaptive`` (draw samples only for a failed, empty, wrongly shaped or
        unlikely greedy program) or ``always``.
    sample_below_logprob : float
        ``adaptive`` also samples when the greedy program's mean token
        log-probability is below this.
    sample_temperature : float
        Temperature of the extra samples.
    result_limit_kb : int
        Largest result (KiB, encoded as JSON) a program may return. A larger
        one is an ``output-limit`` failure, stopped in the sandbox child
        before it is sent, so a runaway result never reaches this process.
    retarget_examples : bool
        Rewrite the prompt examples (written for the sample topologies) to
        the attribute names and encodings of the topology asked about
        (``netops.answering.retarget``): ``role="leaf"`` becomes ``function="leaf"``,
        ``status="down"`` becomes ``oper_up=False``. Examples it cannot map
        with confidence stay as written; on the sample topologies nothing
        changes.
    schema_style : str
        How the schema segment of the prompt describes the topology
        (``netops.topology.notes``): ``compact`` (default: every small
        vocabulary, numbers as ranges, one sample of identifiers, no counts;
        a third fewer tokens than ``full``, so a topology the model has not
        seen costs less to read), ``full`` (attribute samples and counts by
        role, site, vendor) or ``notes`` (``compact``'s values with counts,
        units, and which attribute is the role, status or speed).
    adapt_programs : bool
        When a generated program uses attribute names this topology does not
        have but a sample topology does (``role=`` where devices have
        ``function``), rewrite it with the mapping from that sample before
        it runs (``netops.answering.retarget.adapt_program``); the answer shows the
        program that ran. Rewrites that cannot be exact are not made.
    resolve_names : bool
        When a helper's selection finds nothing because it filters on a name
        this topology does not have (``nodes(G, role="leaf")`` where devices
        carry ``device_role`` or a ``tags`` list, ``links(G, status="down")``
        where links carry ``oper_up``), retry in the topology's own names and
        encodings (``netops.program.aliases``); only unambiguous resolutions are made.
    """

    model: str = "qwen2.5-coder-1.5b"
    tiers: list[str] = field(default_factory=list)
    retries: int = 2
    examples: int = 4
    timeout: float = 10.0
    deadline: float = 45.0
    cache: bool = True
    threads: int = 0
    prefix_cache_mb: int = 512
    program_cache_entries: int = 2000
    model_cache_mb: int = 4096
    samples: int = 4
    sample_when: str = "adaptive"
    sample_below_logprob: float = -0.2
    sample_temperature: float = 0.7
    result_limit_kb: int = 1024
    retarget_examples: bool = True
    schema_style: str = "compact"
    adapt_programs: bool = True
    resolve_names: bool = True

    def __post_init__(self) -> None:
        if self.sample_when not in SAMPLE_WHEN:
            raise InputError(f"setting 'sample_when' must be one of {', '.join(SAMPLE_WHEN)}, got {self.sample_when!r}")
        if self.schema_style not in SCHEMA_STYLES:
            raise InputError(
                f"setting 'schema_style' must be one of {', '.join(SCHEMA_STYLES)}, got {self.schema_style!r}"
            )
        if self.samples < 0:
            raise InputError(f"setting 'samples' must be 0 or more, got {self.samples}")
        if self.result_limit_kb <= 0:
            raise InputError(f"setting 'result_limit_kb' must be positive, got {self.result_limit_kb}")

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the given non-None values applied."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _coerce(name: str, raw: Any, default: Any, origin: str) -> Any:
    try:
        if isinstance(default, bool):
            if isinstance(raw, str):
                if raw.lower() in {"1", "true", "yes", "on"}:
                    return True
                if raw.lower() in {"0", "false", "no", "off"}:
                    return False
                raise ValueError(raw)
            return bool(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, list):
            if isinstance(raw, str):
                return [part.strip() for part in raw.split(",") if part.strip()]
            return [str(item) for item in raw]
        return str(raw)
    except (TypeError, ValueError):
        raise InputError(f"setting {name!r} from {origin} has a bad value: {raw!r}") from None


def _read_config(path: Path) -> Any:
    """The config file's YAML, read with the guards every user file gets (exit 3 on anything bad).

    Size cap and no devices or pipes (``read_input_bytes``); UTF-8 with the
    line of a bad byte; the bounded YAML loader of topology files, which
    refuses alias bombs, self-referencing values and numbers too long to
    convert, each with its line.
    """
    from netops.topology.formats.guards import read_input_bytes
    from netops.topology.formats.yaml_lines import load_located

    raw = read_input_bytes(path, kind="config file", error=InputError, max_bytes=_MAX_CONFIG_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("config file is not UTF-8 text", path=str(path), line=raw[: exc.start].count(b"\n") + 1) from None
    try:
        return load_located(text, str(path)).data or {}
    except InputError as exc:  # the loader speaks of topologies; this is the config file
        raise InputError(f"config file: {exc.problem}", path=exc.path, line=exc.line) from None


def load_settings(**overrides: Any) -> Settings:
    """Resolve settings from the config file, the environment and explicit overrides."""
    defaults = Settings()
    values: dict[str, Any] = {}
    path = config_path()
    if path.is_file():
        data = _read_config(path)
        if not isinstance(data, dict):
            raise InputError("config file must be a mapping", path=str(path))
        known = {f.name for f in fields(Settings)}
        for key, raw in data.items():
            if key == "schema_notes":
                raise InputError("setting 'schema_notes' is now 'schema_style: notes'", path=str(path))
            if key not in known:
                raise InputError(
                    f"unknown setting {key!r} (known: {', '.join(sorted(known))})", path=str(path)
                )
            values[key] = _coerce(key, raw, getattr(defaults, key), str(path))
    for f in fields(Settings):
        env = os.environ.get(f"NETOPS_{f.name.upper()}")
        if env is not None and env != "":
            values[f.name] = _coerce(f.name, env, getattr(defaults, f.name), f"NETOPS_{f.name.upper()}")
    return replace(defaults, **values).with_overrides(**overrides)
