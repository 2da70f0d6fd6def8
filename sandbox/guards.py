"""Run-time guards and the builtins a program sees.

``compile_program`` rewrites attribute reads into ``_getattr_(obj, name)``,
subscripts into ``_getitem_``, loops into ``_getiter_``, item and attribute
writes into ``_write_(obj)[...] = ...``, ``x += y`` into ``_inplacevar_`` and
``print`` into a collector from ``_print_``. This module provides those
functions, bound to one run by a ``Guards`` object.

Attribute reads (``_getattr_``) are allowed only on plain data and on
objects from an allow-list of modules (by default ``builtins``,
``collections`` and ``sandbox``; a caller adds its own, e.g. ``networkx``).
They are refused outright on modules, functions, methods, classes (except a
few safe builtin classes), frames, code, tracebacks, generators, coroutines
and exceptions, whatever the name: those objects are where escapes start
(``f.__globals__``, ``AttributeError.obj``, ``gen.gi_frame``). Names
starting with ``_`` and the inspection attributes RestrictedPython lists are
refused everywhere. ``str.format`` is replaced by a version whose fields may
only be names or numbers, so ``"{0.__class__}".format(x)`` cannot walk
attributes.

Writes (``_write_``) are allowed on ``dict`` and ``list`` objects only.
Objects the caller marks *protected* (by ``id``) cannot be written, nor
changed through mutating methods (``append``, ``update``, ``clear`` ...) or
in-place operators: that is how a read-only run refuses to touch the data it
was given.

A refusal ends the run at once through the ``abort`` callback (the runner
writes the failure to the parent and exits), so ``try: ... except: pass``
cannot hide it. Without a callback (guards used in-process, in tests) a
refusal raises ``RunAborted``.

Examples
--------
>>> guards = Guards()
>>> env = guards.globals_for({"data": {"a": 1}})
>>> env["_getattr_"]({"a": 1}, "keys")()
dict_keys(['a'])
>>> env["_getattr_"](len, "__self__")
Traceback (most recent call last):
...
sandbox.guards.RunAborted: policy (line None): attribute '__self__' is not accessible
>>> env["_getattr_"]("{0.__class__}", "format")(1)
Traceback (most recent call last):
...
sandbox.guards.RunAborted: policy (line None): format field '0.__class__' is not allowed: use plain names or numbers
"""

from __future__ import annotations

import builtins
import functools
import math
import operator
import string
import sys
import types
from collections.abc import Callable, Container, Iterable, Mapping
from typing import Any, NoReturn

from RestrictedPython.transformer import INSPECT_ATTRIBUTES

from sandbox.errors import MutationRefused, PolicyViolation
from sandbox.limits import Limits
from sandbox.namespace import Namespace
from sandbox.outcome import MUTATION, OUTPUT_LIMIT, POLICY
from sandbox.policy import PROGRAM_FILENAME

__all__ = [
    "Guards",
    "RunAborted",
    "BUILTIN_NAMES",
    "MUTATING_METHODS",
    "MATH",
    "program_line",
    "refuse",
    "refuse_mutation",
]

#: Builtins every program gets (plus a capped ``range``, ``math`` and the exceptions below).
BUILTIN_NAMES = (
    "abs", "all", "any", "bin", "bool", "chr", "dict", "divmod", "enumerate", "filter", "float",
    "frozenset", "hash", "hex", "int", "isinstance", "iter", "len", "list", "map", "max", "min",
    "next", "oct", "ord", "pow", "repr", "reversed", "round", "set", "slice", "sorted", "str",
    "sum", "tuple", "zip",
)  # fmt: skip

#: Exceptions a program may raise and catch (no BaseException, SystemExit, KeyboardInterrupt).
EXCEPTION_NAMES = (
    "ArithmeticError", "AssertionError", "AttributeError", "Exception", "IndexError", "KeyError",
    "LookupError", "NotImplementedError", "OverflowError", "RecursionError", "RuntimeError",
    "StopIteration", "TypeError", "ValueError", "ZeroDivisionError",
)  # fmt: skip

#: Methods that change a dict, list, set or deque in place.
MUTATING_METHODS = frozenset(
    {
        "append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse",
        "update", "popitem", "setdefault",
        "add", "discard", "difference_update", "intersection_update", "symmetric_difference_update",
        "subtract", "move_to_end", "appendleft", "extendleft", "popleft", "rotate",
    }
)  # fmt: skip

#: Pure functions and constants of ``math``, as a namespace.
MATH = Namespace(
    "math",
    {
        name: getattr(math, name)
        for name in (
            "acos", "asin", "atan", "atan2", "ceil", "comb", "cos", "degrees", "dist", "e", "exp",
            "fabs", "factorial", "floor", "fsum", "gcd", "hypot", "inf", "isclose", "isfinite",
            "isinf", "isnan", "lcm", "log", "log10", "log2", "nan", "perm", "pi", "prod", "radians",
            "sin", "sqrt", "tan", "tau", "trunc",
        )  # fmt: skip
    },
)

# Names refused on every object, whatever its type.
_REFUSED_NAMES = frozenset(INSPECT_ATTRIBUTES) | {"format_map"}

# Builtin types whose instances may have their public attributes read.
_DATA_TYPES = frozenset(
    {
        str, int, float, bool, complex, list, tuple, dict, set, frozenset, bytes, range, slice,
        type({}.keys()), type({}.values()), type({}.items()),
    }
)  # fmt: skip

# Builtin classes whose own (non-inherited) public attributes may be read: dict.fromkeys, str.join.
_SAFE_CLASSES = frozenset({str, int, float, bool, list, tuple, dict, set, frozenset, bytes})

# Objects whose attributes are never readable, by what a message calls them.
_REFUSED_KINDS: tuple[tuple[type, str], ...] = (
    (types.ModuleType, "module"),
    (types.FunctionType, "function"),
    (types.BuiltinFunctionType, "function"),
    (types.MethodType, "method"),
    (types.MethodWrapperType, "method"),
    (types.WrapperDescriptorType, "method"),
    (types.MethodDescriptorType, "method"),
    (types.ClassMethodDescriptorType, "method"),
    (types.GetSetDescriptorType, "descriptor"),
    (types.MemberDescriptorType, "descriptor"),
    (types.FrameType, "frame"),
    (types.CodeType, "code"),
    (types.TracebackType, "traceback"),
    (types.GeneratorType, "generator"),
    (types.CoroutineType, "coroutine"),
    (types.AsyncGeneratorType, "async generator"),
    (types.CellType, "cell"),
    (types.MappingProxyType, "mappingproxy"),
    (functools.partial, "function"),
    (property, "descriptor"),
    (staticmethod, "descriptor"),
    (classmethod, "descriptor"),
    (super, "super"),
    (BaseException, "exception"),
)

_INPLACE_OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "+=": operator.iadd,
    "-=": operator.isub,
    "*=": operator.imul,
    "/=": operator.itruediv,
    "//=": operator.ifloordiv,
    "%=": operator.imod,
    "**=": operator.ipow,
    "<<=": operator.ilshift,
    ">>=": operator.irshift,
    "|=": operator.ior,
    "^=": operator.ixor,
    "&=": operator.iand,
    "@=": operator.imatmul,
}

# Rules for attribute reads, cached per type.
_ALLOW = "allow"
_CONTAINER = "container"
_CLASS = "class"

_FORMATTER = string.Formatter()

#: The guards of the run in progress in this process (set by the runner in the child).
_active: Guards | None = None


class RunAborted(BaseException):
    """A guard stopped the run (raised only when guards run outside a sandboxed child)."""

    def __init__(self, kind: str, message: str, line: int | None) -> None:
        super().__init__(f"{kind} (line {line}): {message}")
        self.kind = kind
        self.message = message
        self.line = line


def program_line(frame: types.FrameType | None) -> int | None:
    """Return the line of the innermost program frame at or above ``frame``."""
    while frame is not None:
        if frame.f_code.co_filename == PROGRAM_FILENAME:
            return frame.f_lineno
        frame = frame.f_back
    return None


def refuse(message: str) -> NoReturn:
    """Stop the run as a ``policy`` failure: for trusted wrappers that refuse an argument.

    Outside a run it raises ``PolicyViolation``.

    Parameters
    ----------
    message : str
        The message, e.g. ``"nx.shortest_path(): backend= is not allowed in the sandbox"``.
    """
    line = program_line(sys._getframe(1))
    if _active is None:
        raise PolicyViolation(message, line)
    _active.abort(POLICY, message, line)


def refuse_mutation(what: str) -> NoReturn:
    """Stop the run as a ``mutation`` failure: for trusted read-only wrappers.

    A caller that freezes its own objects in the child (for example a graph
    whose ``add_node`` must not be called in a read-only run) calls this
    from the replacement method. Outside a run it raises ``MutationRefused``.

    Parameters
    ----------
    what : str
        The message, e.g. ``"the topology is read-only in this run: G.add_node()"``.
    """
    line = program_line(sys._getframe(1))
    if _active is None:
        raise MutationRefused(what, line)
    _active.abort(MUTATION, what, line)


def _module_root(kind: type) -> str:
    return (getattr(kind, "__module__", None) or "").split(".", 1)[0]


class _PrintCollector:
    """Where ``print`` goes: one capped buffer for the whole run."""

    def __init__(self, guards: Guards) -> None:
        self._guards = guards
        self._parts: list[str] = []
        self._size = 0

    def _call_print(self, *objects: Any, sep: str | None = " ", end: str | None = "\n", file: Any = None, flush: bool = False) -> None:
        if file is not None:
            self._guards.refuse("print(file=...) is not allowed; print writes to the program's output")
        sep = " " if sep is None else sep
        end = "\n" if end is None else end
        if not isinstance(sep, str) or not isinstance(end, str):
            raise TypeError("print() sep and end must be strings")
        self.write(sep.join(str(item) for item in objects) + end)

    def write(self, text: str) -> None:
        limit = self._guards.limits.max_output_chars
        room = limit - self._size
        if len(text) > room:
            self._parts.append(text[: max(room, 0)])
            self._size = limit
            self._guards.abort(
                OUTPUT_LIMIT,
                f"the program printed more than {limit} characters",
                program_line(sys._getframe(1)),
            )
        self._parts.append(text)
        self._size += len(text)

    def __call__(self) -> str:
        # What the name ``printed`` evaluates to.
        return "".join(self._parts)


class Guards:
    """The guard functions and builtins of one run.

    Parameters
    ----------
    limits : Limits, optional
        Output cap, ``range`` cap.
    protected : collection of int, or callable returning one, optional
        ``id()`` values of objects the program must not change. A callable is
        called once, the first time a write or mutating method needs it.
    protected_name : str
        How messages call the protected data ("the topology").
    attribute_modules : iterable of str
        Top-level module names (besides ``builtins``, ``collections`` and
        ``sandbox``) whose objects' public attributes programs may read.
    abort : callable, optional
        ``abort(kind, message, line)``; must not return. Defaults to raising
        ``RunAborted``.
    """

    def __init__(
        self,
        *,
        limits: Limits | None = None,
        protected: Container[int] | Callable[[], Container[int]] | None = None,
        protected_name: str = "the protected data",
        attribute_modules: Iterable[str] = (),
        abort: Callable[[str, str, int | None], NoReturn] | None = None,
    ) -> None:
        self.limits = limits or Limits()
        self._protected_source = protected
        self._protected: Container[int] | None = None
        self.protected_name = protected_name
        self.modules = frozenset({"builtins", "collections", "sandbox", *attribute_modules})
        self._abort = abort
        self._rules: dict[type, str] = {}
        self.printer = _PrintCollector(self)

    # -- stopping -----------------------------------------------------------------

    def abort(self, kind: str, message: str, line: int | None) -> NoReturn:
        """End the run with a failure of ``kind``."""
        if self._abort is not None:
            self._abort(kind, message, line)
        raise RunAborted(kind, message, line)

    def refuse(self, message: str) -> NoReturn:
        """End the run as a policy failure at the current program line."""
        self.abort(POLICY, message, program_line(sys._getframe(1)))

    def refuse_change(self, operation: str) -> NoReturn:
        """End the run as a mutation failure at the current program line."""
        self.abort(
            MUTATION,
            f"{self.protected_name} is read-only in this run: {operation}",
            program_line(sys._getframe(1)),
        )

    def stdout(self) -> str:
        """Return what the program printed so far."""
        return self.printer()

    # -- protection ---------------------------------------------------------------

    def is_protected(self, obj: object) -> bool:
        """Return True when ``obj`` is one of the protected objects."""
        source = self._protected_source
        if source is None:
            return False
        if self._protected is None:
            self._protected = source() if callable(source) else source
        return id(obj) in self._protected

    # -- attribute rules ----------------------------------------------------------

    def _rule(self, kind: type) -> str:
        rule = self._rules.get(kind)
        if rule is None:
            rule = self._rules[kind] = self._classify(kind)
        return rule

    def _classify(self, kind: type) -> str:
        if issubclass(kind, type):
            return _CLASS
        for base, label in _REFUSED_KINDS:
            if issubclass(kind, base):
                return label
        root = _module_root(kind)
        if root == "builtins":
            if kind in _DATA_TYPES:
                return _CONTAINER if issubclass(kind, (dict, list, set)) else _ALLOW
            return kind.__name__
        if root in self.modules:
            return _CONTAINER if issubclass(kind, (dict, list, set)) else _ALLOW
        return f"{kind.__module__}.{kind.__qualname__}"

    # -- the guard functions ---------------------------------------------------------

    def getattr(self, obj: Any, name: str) -> Any:
        """``obj.name`` in a program."""
        if type(name) is not str:
            raise TypeError("attribute name must be a string")
        if name[:1] == "_" or name in _REFUSED_NAMES:
            self.refuse(f"attribute {name!r} is not accessible")
        rule = self._rule(type(obj))
        if rule is _ALLOW or rule is _CONTAINER:
            if rule is _CONTAINER and name in MUTATING_METHODS and self.is_protected(obj):
                self.refuse_change(f"{type(obj).__name__}.{name}() would change it")
            if name == "format" and isinstance(obj, str):
                return functools.partial(_safe_format, self, obj)
            return getattr(obj, name)
        if rule is _CLASS:
            if (
                obj in _SAFE_CLASSES
                and name in vars(obj)
                and name not in MUTATING_METHODS
                and name not in ("format", "format_map")
            ):
                return getattr(obj, name)
            self.refuse(f"attributes of classes are not accessible ({getattr(obj, '__name__', '?')}.{name})")
        self.refuse(f"attributes of {rule} objects are not accessible ({name!r})")

    def getitem(self, obj: Any, key: Any) -> Any:
        """``obj[key]`` in a program."""
        return obj[key]

    def write(self, obj: Any) -> Any:
        """The object of ``obj[key] = v``, ``del obj[key]`` and ``obj.attr = v``."""
        if isinstance(obj, (dict, list)):
            if self.is_protected(obj):
                self.refuse_change(f"assignment to an item of a {type(obj).__name__}")
            return obj
        self.refuse(f"cannot assign to attributes or items of {type(obj).__name__} objects")

    def inplace(self, op: str, target: Any, value: Any) -> Any:
        """``target op= value`` in a program (in place, except on protected objects)."""
        if self.is_protected(target):
            self.refuse_change(f"in-place {op} on a {type(target).__name__}")
        return _INPLACE_OPERATORS[op](target, value)

    def range(self, *args: int) -> range:
        """``range()`` with a cap on its length."""
        span = range(*args)
        cap = self.limits.max_range
        try:
            too_long = len(span) > cap
        except OverflowError:
            too_long = True
        if too_long:
            raise ValueError(f"range() is limited to {cap} items in the sandbox")
        return span

    def print_factory(self, _getattr: Any = None) -> _PrintCollector:
        """``_print_``: every scope of the program shares one collector."""
        return self.printer

    # -- the program's globals ---------------------------------------------------------

    def builtins(self) -> dict[str, Any]:
        """Return the builtins dict a program runs with."""
        table: dict[str, Any] = {name: getattr(builtins, name) for name in BUILTIN_NAMES}
        table.update({name: getattr(builtins, name) for name in EXCEPTION_NAMES})
        table.update({"None": None, "True": True, "False": False, "range": self.range, "math": MATH})
        return table

    def globals_for(self, namespace: Mapping[str, Any]) -> dict[str, Any]:
        """Return a fresh globals dict: builtins, guards and the caller's names."""
        env: dict[str, Any] = {
            "__builtins__": self.builtins(),
            "__name__": "program",
            "_getattr_": self.getattr,
            "_getitem_": self.getitem,
            "_getiter_": iter,
            "_write_": self.write,
            "_inplacevar_": self.inplace,
            "_apply_": _apply,
            "_print_": self.print_factory,
            "_unpack_sequence_": _unpack,
            "_iter_unpack_sequence_": _unpack,
        }
        for name, value in namespace.items():
            if not isinstance(name, str) or not name.isidentifier() or name.startswith("_"):
                raise ValueError(f"namespace name {name!r} is not a public identifier")
            env[name] = value
        return env


def _unpack(iterable: Any, _spec: Any, _getiter: Any) -> Any:
    # RestrictedPython routes tuple unpacking through _getiter_ so that a guarded
    # iterator sees nested sequences too. Here _getiter_ is plain iter() (iteration
    # itself is not a risk; what is reachable is decided by _getattr_), so Python's
    # own unpacking is equivalent, and several times faster in loops over a graph.
    return iterable


def _apply(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    # Calls written with *args or **kwargs.
    return function(*args, **kwargs)


def _safe_format(guards: Guards, template: str, *args: Any, **kwargs: Any) -> str:
    """``template.format(...)`` with fields limited to plain names and numbers."""
    _check_format_fields(guards, template, 0)
    return template.format(*args, **kwargs)


def _check_format_fields(guards: Guards, template: str, depth: int) -> None:
    for _literal, field, spec, _conversion in _FORMATTER.parse(template):
        if field is None:
            continue
        if field and not (field.isdigit() or field.isidentifier()):
            guards.refuse(f"format field {field!r} is not allowed: use plain names or numbers")
        if spec and "{" in spec:
            if depth >= 1:
                guards.refuse("format specs may nest only one level")
            _check_format_fields(guards, spec, depth + 1)
