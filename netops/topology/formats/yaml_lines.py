"""YAML loading that remembers where things are, for errors with file:line.

PyYAML's composer gives every node a start mark; we parse once into the node
tree, construct plain Python data from it, and keep the tree so a reader can
ask for the line of ``nodes[3]`` or ``links[7].endpoints`` when it finds a
problem. Duplicate mapping keys, which PyYAML silently collapses (losing
data), are reported as errors here.

Anchors and aliases (``&name``/``*name``, and ``<<: *name`` merges) are read,
but bounded: a loop (an alias inside its own anchor) is refused, and so is a
document whose aliases expand to more than :data:`MAX_ALIAS_EXPANSION` extra
values. Every YAML input of netops -- topologies, audit checks and lock files
-- is read through :func:`load_located`, so each gets these checks.
"""

from __future__ import annotations

import sys
from typing import Any

import yaml

from netops.errors import TopologyFormatError
from netops.topology.formats.guards import brief, int_too_long

__all__ = ["LocatedYAML", "load_located"]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LocatedYAML:
    """Parsed YAML data together with its node tree, for line lookups.

    Parameters
    ----------
    data : Any
        The constructed Python value.
    root : yaml.Node or None
        The composed node tree (``None`` for an empty document).
    path : str
        File name used in error messages.
    """

    def __init__(self, data: Any, root: yaml.Node | None, path: str) -> None:
        self.data = data
        self.root = root
        self.path = path

    def line_of(self, *keys: str | int) -> int | None:
        """Return the 1-based line of the value at ``keys`` (e.g. ``"nodes", 3``).

        Falls back to the deepest ancestor that exists.
        """
        node = self.root
        if node is None:
            return None
        line = node.start_mark.line + 1
        for key in keys:
            child = _child(node, key)
            if child is None:
                break
            node = child
            line = node.start_mark.line + 1
        return line

    def error(self, problem: str, *keys: str | int) -> TopologyFormatError:
        """Build a ``TopologyFormatError`` located at ``keys``."""
        return TopologyFormatError(problem, path=self.path, line=self.line_of(*keys))


def _child(node: yaml.Node, key: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int):
        return node.value[key] if 0 <= key < len(node.value) else None
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key or (isinstance(key, int) and key_node.value == str(key)):
                return value_node
    return None


#: How many values alias references may add beyond those written out in the
#: text. Aliases are shared, not copied, when PyYAML builds the data, but
#: everything downstream (conversion, prompts, deep copies, writing) sees the
#: expanded tree: nine nested levels of ten aliases ("billion laughs") fit in
#: 400 bytes and expand to 10**9 values. Legitimate use (a containerlab
#: ``defaults: &d`` merged into every node) adds a few per node.
MAX_ALIAS_EXPANSION = 1_000_000

_INT_TAG = "tag:yaml.org,2002:int"


def _children(node: yaml.Node) -> list[tuple[yaml.Node, int]]:
    """Child nodes with the line that refers to each (an alias has no line of its own)."""
    if isinstance(node, yaml.MappingNode):
        pairs = []
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            pairs.append((key_node, line))
            pairs.append((value_node, line))
        return pairs
    if isinstance(node, yaml.SequenceNode):
        line = node.start_mark.line + 1
        return [(item, line) for item in node.value]
    return []


def _check_mapping_keys(node: yaml.MappingNode, path: str) -> None:
    seen: dict[str, int] = {}
    for key_node, _value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            line = key_node.start_mark.line + 1
            if key_node.value in seen and key_node.value != "<<":
                raise TopologyFormatError(
                    f"duplicate key {key_node.value!r} (first on line {seen[key_node.value]})",
                    path=path,
                    line=line,
                )
            seen[key_node.value] = line


def _check_scalar(node: yaml.ScalarNode, path: str) -> None:
    # int() refuses decimal literals over sys.get_int_max_str_digits() with a bare ValueError.
    if node.tag == _INT_TAG and int_too_long(node.value):
        raise TopologyFormatError(
            f"integer of {len(node.value):,} characters is too long (at most "
            f"{sys.get_int_max_str_digits():,} digits are read)",
            path=path,
            line=node.start_mark.line + 1,
        )


def _check_tree(root: yaml.Node, path: str) -> None:
    """Check every node of a document without anchors: duplicate keys, integers too long for ``int``.

    Iterative, so a deeply nested document cannot hit Python's recursion limit here.
    """
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            _check_mapping_keys(node, path)
            stack.extend(key for key, _ in node.value)
            stack.extend(value for _, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        else:
            _check_scalar(node, path)


def _check_graph(root: yaml.Node, path: str) -> None:
    """Like :func:`_check_tree`, for a document with anchors, whose nodes form a graph.

    Aliases make the same node object reachable many times, and a merge key
    or alias inside its own anchor (``a: &a {<<: *a}``) makes a cycle; a plain
    walk then never ends. So each distinct node is checked once, a node reached
    again while it is still being walked is a cycle (refused), and the values
    that aliases add when expanded are counted and capped at
    :data:`MAX_ALIAS_EXPANSION`.
    """
    in_progress, done = 1, 2
    state: dict[int, int] = {}
    sizes: dict[int, int] = {}  # id(node) -> values in the node once aliases are expanded
    added = 0  # values that repeated references (aliases) add
    # (node, line that refers to it, its children once entered: the entry that finishes it)
    stack: list[tuple[yaml.Node, int, list[tuple[yaml.Node, int]] | None]] = [
        (root, root.start_mark.line + 1, None)
    ]
    while stack:
        node, via, children = stack.pop()
        key = id(node)
        if children is not None:
            total = 1
            for child, _line in children:
                total += sizes[id(child)]
            sizes[key] = total
            state[key] = done
            continue
        seen = state.get(key)
        if seen == done:
            # Reached again: an alias. Its whole expanded size is repeated.
            added += sizes[key]
            if added > MAX_ALIAS_EXPANSION:
                raise TopologyFormatError(
                    f"YAML aliases expand to more than {MAX_ALIAS_EXPANSION:,} extra values "
                    "(an alias bomb?); write the data out instead of repeating anchors",
                    path=path,
                    line=via,
                )
            continue
        if seen == in_progress:
            # Everything popped while a node is in progress lies below it, so this is a loop.
            raise TopologyFormatError(
                "a YAML alias or merge key ('<<') refers to a node that contains it (a loop)",
                path=path,
                line=via,
            )
        state[key] = in_progress
        if isinstance(node, yaml.MappingNode):
            _check_mapping_keys(node, path)
        elif isinstance(node, yaml.ScalarNode):
            _check_scalar(node, path)
        children = _children(node)
        stack.append((node, via, children))
        for child, line in reversed(children):
            stack.append((child, line, None))


def _bad_scalar(loader: Any, root: yaml.Node) -> tuple[str, int] | None:
    """Find the scalar whose construction raised ``ValueError`` (a date like 2020-13-45).

    Only called after construction failed, to give the error its line.
    """
    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            # The failed construction left its bookkeeping behind; start clean for each scalar.
            loader.constructed_objects = {}
            loader.recursive_objects = {}
            try:
                loader.construct_object(node)
            except (ValueError, OverflowError) as exc:
                return f"invalid value {brief(node.value)}: {exc}", node.start_mark.line + 1
            continue
        stack.extend(reversed([child for child, _ in _children(node)]))
    return None


def load_located(text: str, path: str) -> LocatedYAML:
    """Parse one YAML document, raising ``TopologyFormatError`` with the line on bad syntax."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return LocatedYAML(None, None, path)
        # Without '&' there is no anchor, hence no alias: the document is a plain tree and the
        # cheaper walk will do (large generated topologies never have anchors).
        if "&" in text:
            _check_graph(root, path)
        else:
            _check_tree(root, path)
        try:
            data = loader.construct_document(root)
        except (ValueError, OverflowError) as exc:
            # PyYAML lets a bad value through as a bare ValueError (a timestamp
            # like 2020-13-45); find which scalar it was, for the line.
            found = _bad_scalar(loader, root)
            problem, line = found if found is not None else (f"invalid value: {exc}", None)
            raise TopologyFormatError(problem, path=path, line=line) from None
    except RecursionError:  # the pure-Python composer and the constructor recurse
        raise TopologyFormatError("invalid YAML: nested too deeply", path=path) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise TopologyFormatError(f"invalid YAML: {problem}", path=path, line=line) from None
    except yaml.reader.ReaderError as exc:
        # Characters YAML forbids (control characters): one line, with its line number.
        line = text.count("\n", 0, exc.position) + 1
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        raise TopologyFormatError(f"invalid YAML: {exc.reason} (#x{code:04x})", path=path, line=line) from None
    except yaml.YAMLError as exc:
        raise TopologyFormatError(f"invalid YAML: {' '.join(str(exc).split())}", path=path) from None
    finally:
        loader.dispose()
    return LocatedYAML(data, root, path)
