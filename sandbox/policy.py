"""The compile-time policy: RestrictedPython plus a few stricter rules.

``compile_program`` parses the program and rewrites it with RestrictedPython
(>= 9.0), so that every attribute read, subscript, iteration, item or
attribute write, ``print`` and augmented assignment goes through a guard
function (``sandbox.guards``). On top of RestrictedPython's own rules
(no names or attributes starting with ``_``, no ``exec``/``eval`` calls, no
frame and generator internals such as ``gi_frame`` or ``tb_frame``, no
``except*``, no ``async``, no positional-only parameters that shadow a guard)
this policy refuses:

- ``import`` and ``from ... import`` (RestrictedPython would only fail at
  run time, with a less useful message);
- ``class`` statements (they need a ``__metaclass__`` hook; programs over a
  graph do not need classes);
- the ``format_map`` attribute (a mapping-driven ``str.format``).

It also allows one thing RestrictedPython refuses: augmented assignment to a
subscript (``counts[k] += 1``), rewritten into guarded reads and writes,
because generated programs use it constantly.

Compilation happens in the sandboxed child, never in the parent: parsing a
hostile text (deep nesting, huge literals) is itself a resource risk.

Examples
--------
>>> compile_program("result = 1 + 1").co_filename
'<program>'
>>> compile_program("import os")
Traceback (most recent call last):
...
sandbox.errors.PolicyViolation: import is not allowed: use only the names the program is given
>>> try:
...     compile_program("x = 1\\ny = x.__class__")
... except PolicyViolation as exc:
...     print(exc.line, exc.message)
2 "__class__" is an invalid attribute name because it starts with "_".
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Sequence
from types import CodeType

from RestrictedPython.compile import compile_restricted_exec
from RestrictedPython.transformer import IOPERATOR_TO_STR, RestrictingNodeTransformer, copy_locations

from sandbox.errors import PolicyViolation

__all__ = ["PROGRAM_FILENAME", "SandboxTransformer", "compile_program"]

#: The file name compiled programs carry; tracebacks and frames are matched on it.
PROGRAM_FILENAME = "<program>"

#: What a transformer's visit method may return (as in RestrictedPython).
VisitResult = ast.AST | Iterable[ast.AST] | None

_IMPORT_MESSAGE = "import is not allowed: use only the names the program is given"
_ERROR_LINE = re.compile(r"^Line (\d+|None): (.*)$", re.DOTALL)


class SandboxTransformer(RestrictingNodeTransformer):
    """RestrictedPython's transformer with the stricter rules described above."""

    def visit_Import(self, node: ast.Import) -> ast.AST:
        """Refuse ``import``."""
        self.error(node, _IMPORT_MESSAGE)
        return node

    def visit_ImportFrom(self, node: ast.ImportFrom) -> ast.AST:
        """Refuse ``from ... import``."""
        self.error(node, _IMPORT_MESSAGE)
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        """Refuse class definitions."""
        self.error(node, "class definitions are not allowed")
        return node

    def visit_Attribute(self, node: ast.Attribute) -> VisitResult:
        """Refuse ``format_map``; otherwise RestrictedPython's checks and rewrite."""
        if node.attr == "format_map":
            self.error(node, '"format_map" is not allowed; use an f-string or str.format with plain fields')
        return super().visit_Attribute(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> VisitResult:
        """Allow ``obj[key] op= value`` by rewriting it into guarded steps.

        ``a[k] += v`` becomes::

            _tmp0 = _write_(a)
            _tmp1 = k
            _tmp0[_tmp1] = _inplacevar_('+=', _getitem_(_tmp0, _tmp1), v)

        so ``a`` and ``k`` are evaluated once, the write is checked by the
        write guard before anything is read, and the operation goes through
        the in-place guard. Slices and attributes keep RestrictedPython's
        refusal.
        """
        target = node.target
        if not isinstance(target, ast.Subscript) or isinstance(target.slice, ast.Slice):
            return super().visit_AugAssign(node)
        container = self.visit(target.value)
        key = self.visit(target.slice)
        value = self.visit(node.value)
        obj_name = self.gen_tmp_name()
        key_name = self.gen_tmp_name()
        operator = IOPERATOR_TO_STR[type(node.op)]
        statements: list[ast.stmt] = [
            ast.Assign(
                targets=[ast.Name(obj_name, ast.Store())],
                value=ast.Call(func=ast.Name("_write_", ast.Load()), args=[container], keywords=[]),
            ),
            ast.Assign(targets=[ast.Name(key_name, ast.Store())], value=key),
            ast.Assign(
                targets=[
                    ast.Subscript(
                        value=ast.Name(obj_name, ast.Load()), slice=ast.Name(key_name, ast.Load()), ctx=ast.Store()
                    )
                ],
                value=ast.Call(
                    func=ast.Name("_inplacevar_", ast.Load()),
                    args=[
                        ast.Constant(operator),
                        ast.Call(
                            func=ast.Name("_getitem_", ast.Load()),
                            args=[ast.Name(obj_name, ast.Load()), ast.Name(key_name, ast.Load())],
                            keywords=[],
                        ),
                        value,
                    ],
                    keywords=[],
                ),
            ),
        ]
        for statement in statements:
            copy_locations(statement, node)
        return statements


def compile_program(source: str) -> CodeType:
    """Compile a program under the policy.

    Parameters
    ----------
    source : str
        The program text.

    Returns
    -------
    types.CodeType
        Code to ``exec`` with the globals built by ``sandbox.guards``.

    Raises
    ------
    PolicyViolation
        The first problem found (syntax errors included), with its line.
    """
    try:
        result = compile_restricted_exec(source, filename=PROGRAM_FILENAME, policy=SandboxTransformer)
    except (ValueError, TypeError) as exc:  # e.g. NUL bytes in the source
        raise PolicyViolation(f"cannot compile the program: {exc}") from None
    except (RecursionError, MemoryError):
        raise PolicyViolation("cannot compile the program: it is nested too deeply") from None
    except SyntaxError as exc:  # raised by compile() itself for a few late checks
        raise PolicyViolation(f"SyntaxError: {exc.msg}", exc.lineno) from None
    if result.errors:
        return _raise_first(result.errors)
    if result.code is None:  # pragma: no cover - RestrictedPython always reports why
        raise PolicyViolation("cannot compile the program")
    return result.code


def _raise_first(errors: Sequence[str]) -> CodeType:
    text = errors[0]
    match = _ERROR_LINE.match(text)
    line: int | None = None
    if match:
        line = int(match.group(1)) if match.group(1) != "None" else None
        text = match.group(2)
    # RestrictedPython adds " at statement: '...'" to syntax errors; the line says where.
    text = re.sub(r" at statement: .*$", "", text, flags=re.DOTALL)
    raise PolicyViolation(text.strip(), line)
