"""Print the CMAKE_ARGS that build llama-cpp-python safely on this CPU.

A default (native) llama.cpp build enables every instruction set the CPU
advertises. Some virtual machines advertise Intel AMX but trap its
instructions, so ggml's AMX kernels die with SIGILL. We therefore build with
``GGML_NATIVE=OFF`` and name the instruction sets ourselves, from the flags in
``/proc/cpuinfo``; AMX is never enabled.

Runs with the standard library only, before netops is installed::

    CMAKE_ARGS="$(python3 -m netops.buildflags)" pip install '.[model]'
"""

from __future__ import annotations

import platform
from pathlib import Path

__all__ = ["cpu_flags", "cmake_args"]

_BASE = ["-DGGML_NATIVE=OFF", "-DGGML_AVX=ON", "-DGGML_AVX2=ON", "-DGGML_FMA=ON", "-DGGML_F16C=ON"]
_AVX512 = [
    "-DGGML_AVX512=ON",
    "-DGGML_AVX512_VBMI=ON",
    "-DGGML_AVX512_VNNI=ON",
    "-DGGML_AVX512_BF16=ON",
    "-DGGML_AVX_VNNI=ON",
]


def cpu_flags(cpuinfo: str | None = None) -> set[str]:
    """Return the CPU feature flags named in ``/proc/cpuinfo`` (empty if unreadable)."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text()
        except OSError:
            return set()
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            return set(line.partition(":")[2].split())
    return set()


def cmake_args(flags: set[str]) -> str:
    """Choose the llama.cpp CMake flags for a CPU with the given feature flags.

    >>> cmake_args({"avx2"}).split()[0]
    '-DGGML_NATIVE=OFF'
    >>> "-DGGML_AVX512=ON" in cmake_args({"avx2", "avx512f", "avx512_vnni"})
    True
    >>> "AMX" in cmake_args({"avx512f", "avx512_vnni", "amx_tile"})
    False
    """
    if platform.machine().lower() not in {"x86_64", "amd64", "i686", "x86"}:
        # AMX is an x86 problem; elsewhere llama.cpp's own choice is safe.
        return ""
    if "avx2" not in flags:
        return "-DGGML_NATIVE=OFF"
    args = list(_BASE)
    if "avx512f" in flags and "avx512_vnni" in flags:
        args += _AVX512
    return " ".join(args)


if __name__ == "__main__":
    print(cmake_args(cpu_flags()))
