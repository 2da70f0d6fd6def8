"""sandbox: run untrusted Python programs so that nothing outside can be touched.

A standalone package (it knows nothing about networks): a caller hands it a
program text and the objects the program may use, and gets back a typed
``Outcome``. Two layers:

- **policy** (``sandbox.policy``, ``sandbox.guards``): the program is
  compiled with RestrictedPython (>= 9.0) plus stricter rules, and runs with
  guarded attribute access, subscripts, iteration and writes, a short
  allow-list of builtins, no imports and no ``_`` names. Only the objects in
  the namespace are reachable.
- **process** (``sandbox.process``): each run happens in a child forked from
  the caller, isolated (new session, no inherited descriptors, empty
  environment, empty root directory, no network, unprivileged user, no new
  processes) and limited (CPU, memory, file size, open files, wall clock,
  output and result size). It sends back plain JSON data only.

The full process isolation needs root (``chroot``, the network namespace,
dropping to ``nobody``). Without root the child still gets its limits
(including ``RLIMIT_NPROC`` 0), a new session, closed descriptors and an
empty environment, and a network namespace where the kernel allows
unprivileged user namespaces; ``Outcome.isolation`` lists what was in
force. The policy layer is the same either way.

Examples
--------
>>> from sandbox import Limits, run
>>> outcome = run("result = {'total': sum(values)}", {"values": [1, 2, 3]}, limits=Limits(cpu_seconds=2))
>>> outcome.ok, outcome.value
(True, {'total': 6})
>>> run("while True:\\n    pass", {}, limits=Limits(cpu_seconds=0.2)).kind
'timeout'

See ``sandbox.runner.run`` for the hooks a caller uses to protect data
(read-only runs), prepare the child and extract changes.
"""

from sandbox.errors import MutationRefused, PolicyViolation, ResultError, SandboxError, SizeLimitExceeded
from sandbox.guards import MATH, refuse, refuse_mutation
from sandbox.limits import Limits
from sandbox.namespace import Namespace, namespace_members
from sandbox.outcome import (
    FAILURE_KINDS,
    MEMORY,
    MUTATION,
    OUTPUT_LIMIT,
    POLICY,
    RUNTIME,
    TIMEOUT,
    Outcome,
)
from sandbox.plain import EncodedJSON, to_plain
from sandbox.policy import PROGRAM_FILENAME, compile_program
from sandbox.runner import run, run_isolated

__all__ = [
    "run",
    "run_isolated",
    "Limits",
    "Outcome",
    "Namespace",
    "namespace_members",
    "to_plain",
    "EncodedJSON",
    "compile_program",
    "refuse",
    "refuse_mutation",
    "MATH",
    "PROGRAM_FILENAME",
    "FAILURE_KINDS",
    "POLICY",
    "RUNTIME",
    "TIMEOUT",
    "MEMORY",
    "OUTPUT_LIMIT",
    "MUTATION",
    "SandboxError",
    "PolicyViolation",
    "MutationRefused",
    "SizeLimitExceeded",
    "ResultError",
]
