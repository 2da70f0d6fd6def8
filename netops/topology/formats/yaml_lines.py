"""YAML loading that remembers where things are, for errors with file:line.

PyYAML's composer gives every node a start mark; we parse once into the node
tree, construct plain Python data from it, and keep the tree so a reader can
ask for the line of ``nodes[3]`` or ``links[7].endpoints`` when it finds a
problem. Duplicate mapping keys, which PyYAML silently collapses (losing
data), are reported as errors here.
"""

from __future__ import annotations

from typing import Any

import yaml

from netops.errors import TopologyFormatError

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


def _check_duplicate_keys(node: yaml.Node, path: str) -> None:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key_node, value_node in current.value:
                if isinstance(key_node, yaml.ScalarNode):
                    line = key_node.start_mark.line + 1
                    if key_node.value in seen and key_node.value != "<<":
                        raise TopologyFormatError(
                            f"duplicate key {key_node.value!r} (first on line {seen[key_node.value]})",
                            path=path,
                            line=line,
                        )
                    seen[key_node.value] = line
                stack.append(value_node)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def load_located(text: str, path: str) -> LocatedYAML:
    """Parse one YAML document, raising ``TopologyFormatError`` with the line on bad syntax."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return LocatedYAML(None, None, path)
        _check_duplicate_keys(root, path)
        data = loader.construct_document(root)
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
