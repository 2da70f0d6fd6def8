"""Defences the file readers share against hostile or broken input.

A topology, checks or lock file comes from a user, a pull request or a
download, so a reader must fail with one located line -- never hang, never
exhaust memory, never show a traceback. The pieces here are:

* :func:`read_input_bytes` opens a path without blocking (a named pipe with
  no writer would otherwise wait forever), refuses anything that is not a
  regular file (``/dev/zero``, ``/dev/urandom``, pipes, sockets), and caps the
  size at :data:`MAX_INPUT_BYTES`;
* :func:`int_too_long` says whether an integer literal is longer than Python
  converts (``int()`` raises ``ValueError: Exceeds the limit`` beyond 4,300
  digits unless the limit was changed), so readers can refuse it by line;
* :func:`brief` shortens a value for an error message, so a 5,000-character
  value is not echoed whole onto the operator's terminal.

The YAML alias bound lives in :mod:`netops.topology.formats.yaml_lines`, where
YAML is read.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any

from netops.errors import InputError, TopologyFormatError

__all__ = ["MAX_INPUT_BYTES", "brief", "int_too_long", "read_input_bytes"]

#: The largest input file read, in bytes. A fat-tree with k=64 (about 70,000
#: devices and links) written as native YAML is under 20 MiB, so 64 MiB leaves
#: room for real networks while refusing a runaway file before it fills memory.
MAX_INPUT_BYTES = 64 * 1024 * 1024

#: Characters of a value shown in an error message before it is cut.
BRIEF_CHARS = 60

_READ_CHUNK = 1024 * 1024


def brief(value: Any, limit: int = BRIEF_CHARS) -> str:
    """``repr(value)``, cut to about ``limit`` characters with a note of the full length.

    >>> brief("abc")
    "'abc'"
    >>> brief("9" * 5000, limit=12)
    "'9999999999… (5002 characters)"
    """
    text = repr(value)
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}… ({len(text)} characters)"


def int_too_long(digits: str) -> bool:
    """Whether ``int(digits)`` would exceed Python's limit on decimal digits.

    The limit is ``sys.get_int_max_str_digits()`` (4,300 by default; 0 means
    none). Counting every digit character, whatever the base, is deliberately
    simple: no real topology holds a 4,300-digit number in any base.

    >>> int_too_long("12345"), int_too_long("1" * 5000)
    (False, True)
    """
    limit = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 0
    if limit <= 0 or len(digits) <= limit:
        return False
    return sum(char.isdigit() for char in digits) > limit


def _what_it_is(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MiB"


def read_input_bytes(
    path: str | Path,
    *,
    kind: str,
    error: type[InputError] = TopologyFormatError,
    missing: str | None = None,
    max_bytes: int | None = None,
) -> bytes:
    """Read a user's input file whole, refusing what a file reader must not read.

    Parameters
    ----------
    path : str or Path
        The file.
    kind : str
        What the file is, for messages (``"topology file"``, ``"checks file"``).
    error : type of InputError
        The exception raised (it carries the path; exit code 3).
    missing : str, optional
        The message for a missing file (default ``"no such <kind>"``).
    max_bytes : int, optional
        Size cap; :data:`MAX_INPUT_BYTES` (read at call time) by default.

    Raises
    ------
    InputError
        ``error`` for a missing, unreadable, non-regular or too large file.
    """
    limit = MAX_INPUT_BYTES if max_bytes is None else max_bytes
    shown = str(path)
    # O_NONBLOCK: opening a named pipe for reading otherwise waits for a writer.
    # It changes nothing for a regular file, the only kind read below.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise error(missing or f"no such {kind}", path=shown) from None
    except IsADirectoryError:
        raise error(f"is a directory, not a {kind}", path=shown) from None
    except OSError as exc:  # PermissionError included: a bad input file, exit 3
        raise error(f"cannot read: {exc.strerror or exc}", path=shown) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"is a directory, not a {kind}", path=shown)
        if not stat.S_ISREG(info.st_mode):
            raise error(
                f"is {_what_it_is(info.st_mode)}, not a {kind}; save it to a regular file and pass that",
                path=shown,
            )
        if info.st_size > limit:
            raise error(f"is {_mib(info.st_size)}, over the {_mib(limit)} a {kind} may be", path=shown)
        chunks: list[bytes] = []
        total = 0
        while True:
            # Read at most one byte past the cap: a file that grows while read is still bounded.
            chunk = os.read(fd, min(_READ_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise error(f"is over the {_mib(limit)} a {kind} may be", path=shown)
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", path=shown) from None
    finally:
        os.close(fd)
    return b"".join(chunks)
