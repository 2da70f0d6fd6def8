"""Converting a program's value to plain JSON data (``sandbox.to_plain``)."""

from __future__ import annotations

import enum
import json

import pytest

from sandbox import ResultError, to_plain
from sandbox.plain import ResultTooLarge


class Colour(enum.IntEnum):
    """An int subclass, as libraries return them."""

    RED = 1


class Name(str):
    """A str subclass, as libraries return them."""


def test_scalars_pass_through_unchanged():
    """str, int, float, bool and None come back as they are."""
    assert to_plain(["a", 1, 1.5, True, None]) == ["a", 1, 1.5, True, None]


def test_tuples_and_iterables_become_lists():
    """Tuples, generators and dict views become lists."""
    assert to_plain({"t": (1, (2, 3)), "g": (x for x in range(2)), "k": {"a": 1}.keys()}) == {"t": [1, [2, 3]], "g": [0, 1], "k": ["a"]}


def test_sets_become_sorted_lists_when_orderable():
    """Sets become lists sorted by value, so output does not depend on hash seeds."""
    assert to_plain({"c", "a", "b"}) == ["a", "b", "c"]
    assert sorted(to_plain({1, "a"}), key=str) == [1, "a"]


def test_mapping_keys_become_strings():
    """Keys become strings the way JSON writes them; tuple keys use their text."""
    assert to_plain({1: "i", 1.5: "f", None: "n", ("a", 1): "t"}) == {"1": "i", "1.5": "f", "null": "n", "('a', 1)": "t"}
    assert to_plain({True: "b", False: "c"}) == {"true": "b", "false": "c"}


def test_unsupported_keys_are_an_error():
    """A key that is not a scalar or a tuple of scalars is reported with its path."""
    with pytest.raises(ResultError, match=r"^result\['x'\] has a key of type frozenset"):
        to_plain({"x": {frozenset([1]): 1}})


def test_non_finite_floats_become_text():
    """inf, -inf and nan become strings: strict JSON has no such numbers."""
    assert to_plain([float("inf"), float("-inf"), float("nan")]) == ["inf", "-inf", "nan"]


def test_subclasses_of_scalars_become_the_base_type():
    """IntEnum and str subclasses come back as exact int and str."""
    plain = to_plain([Colour.RED, Name("x")])
    assert plain == [1, "x"]
    assert [type(item) for item in plain] == [int, str]


def test_bytes_become_text():
    """bytes are decoded as UTF-8, invalid bytes replaced."""
    assert to_plain(b"ab\xff") == "ab\ufffd"


def test_objects_are_an_error_naming_where_they_are():
    """A non-data object is refused with the path to it and its type."""
    with pytest.raises(ResultError, match=r"^result\['f'\]\[1\] is a function object; use plain data"):
        to_plain({"f": [1, lambda: 0]})


def test_huge_integers_are_an_error():
    """Integers beyond the size cap are refused instead of being encoded."""
    with pytest.raises(ResultError, match="is an integer with more than 13000 bits"):
        to_plain(1 << 20_000)


def test_nesting_depth_is_capped():
    """Values nested deeper than the cap are refused."""
    value: list = []
    for _ in range(100):
        value = [value]
    with pytest.raises(ResultError, match="nested more than 64 levels deep"):
        to_plain(value)


def test_cycles_are_reported():
    """A value that contains itself is reported as a cycle."""
    value: list = [1]
    value.append(value)
    with pytest.raises(ResultError, match=r"^result\[1\] contains itself"):
        to_plain(value)


def test_shared_values_are_not_cycles():
    """The same list appearing twice (not inside itself) converts fine."""
    shared = [1]
    assert to_plain([shared, shared]) == [[1], [1]]


def test_item_count_is_capped():
    """More items than the cap raise ResultTooLarge, also for endless generators."""
    def endless():
        while True:
            yield 1

    with pytest.raises(ResultTooLarge, match="has more than 100 items"):
        to_plain(endless(), max_items=100)


def test_text_size_is_capped():
    """More text than the cap raises ResultTooLarge before anything is encoded."""
    with pytest.raises(ResultTooLarge, match="holds more than 10 characters of text"):
        to_plain(["abcdef", "ghijkl"], max_chars=10)


def test_convert_hook_replaces_unknown_objects():
    """The convert hook's replacement is converted in turn; NotImplemented declines."""
    def hook(value):
        return {"wrapped": value.args} if isinstance(value, Exception) else NotImplemented

    assert to_plain([ValueError(1, 2)], convert=hook) == [{"wrapped": [1, 2]}]
    with pytest.raises(ResultError, match="is a object object"):
        to_plain(object(), convert=hook)


def test_convert_hook_returning_its_input_is_an_error():
    """A hook that hands back the same object cannot loop forever."""
    with pytest.raises(ResultError, match="could not be converted"):
        to_plain(object(), convert=lambda value: value)


def test_output_is_json_serializable():
    """Whatever to_plain returns encodes as strict JSON."""
    plain = to_plain({"a": {1, 2}, "b": (float("nan"),), 3: [b"x"]})
    assert json.loads(json.dumps(plain, allow_nan=False)) == plain
