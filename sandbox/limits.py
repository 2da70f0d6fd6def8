"""Resource limits for one sandboxed run.

Every limit is enforced outside the program's reach: CPU and memory by the
kernel (``setrlimit``) and a profiling timer in the child, the wall clock by
the parent (``SIGKILL`` to the child's process group), output and result
sizes by the child's collectors and again by the parent when it reads the
pipe.

Examples
--------
>>> Limits().cpu_seconds
5.0
>>> Limits(wall_seconds=2).wall_seconds
2
>>> Limits(cpu_seconds=0)
Traceback (most recent call last):
...
ValueError: Limits.cpu_seconds must be positive, got 0
"""

from __future__ import annotations

from dataclasses import dataclass, fields

__all__ = ["Limits"]

_MIB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What one run may consume.

    Attributes
    ----------
    cpu_seconds : float
        CPU time (user + system) for compiling and running the program. A
        timer in the child stops Python-level loops at this point (and reports
        the line); ``RLIMIT_CPU`` kills the child about a second later if it is
        stuck inside one C call (a huge ``pow``, a regex).
    wall_seconds : float
        Wall-clock time from fork to result; the parent kills the child's
        process group when it passes (sleeping and blocked programs).
    memory_bytes : int
        Address space the child may add to what it inherited from the parent
        at fork (``RLIMIT_AS`` is set to the inherited size plus this).
    file_bytes : int
        Largest file the child may write (``RLIMIT_FSIZE``); 0 means none.
    open_files : int
        Highest file descriptor number plus one (``RLIMIT_NOFILE``).
    max_output_chars : int
        Characters the program may ``print`` in total.
    max_result_bytes : int
        Size of the encoded answer the child sends back (value, changes and
        output together): the transfer cap, checked by the child before it
        sends and by the parent before it reads.
    max_value_bytes : int
        Size of the program's ``result`` alone, encoded as JSON. A larger one
        is an ``output-limit`` failure decided in the child, so only the
        failure crosses the pipe. Callers that return large changes (a
        changed graph) keep ``max_result_bytes`` large and cap the value here.
    max_result_items : int
        Containers and elements in the program's ``result``; stops endless
        generators and runaway nesting before they are encoded.
    max_source_chars : int
        Length of the program text; longer programs are refused before a
        process is started.
    max_range : int
        Largest ``range()`` a program may create.
    recursion_limit : int
        Python recursion limit in the child.
    """

    cpu_seconds: float = 5.0
    wall_seconds: float = 10.0
    memory_bytes: int = 1024 * _MIB
    file_bytes: int = 0
    open_files: int = 16
    max_output_chars: int = 64 * 1024
    max_result_bytes: int = 256 * _MIB
    max_value_bytes: int = 256 * _MIB
    max_result_items: int = 1_000_000
    max_source_chars: int = 64 * 1024
    max_range: int = 10_000_000
    recursion_limit: int = 1000

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"Limits.{item.name} must be a number, got {type(value).__name__}")
            if item.name == "file_bytes":
                if value < 0:
                    raise ValueError(f"Limits.file_bytes must not be negative, got {value}")
            elif value <= 0:
                raise ValueError(f"Limits.{item.name} must be positive, got {value}")
