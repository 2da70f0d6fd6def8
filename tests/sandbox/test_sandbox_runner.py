"""sandbox.run as a standalone package: outcomes, hooks, protection, isolation between runs."""

from __future__ import annotations

import random

import pytest

from sandbox import EncodedJSON, Limits, ResultError, run
from sandbox.process import reap_children

QUICK = Limits(cpu_seconds=1, wall_seconds=5, memory_bytes=256 << 20)


def test_success_carries_value_stdout_timings_and_isolation(host):
    """A successful run returns the value, printed text, four timings and the isolation list."""
    outcome = run("print('hi')\nresult = {'n': n * 2}", {"n": 21}, limits=QUICK)
    assert (outcome.ok, outcome.value, outcome.stdout) == (True, {"n": 42}, "hi\n")
    assert set(outcome.timings) == {"compile", "run", "transfer", "total"}
    assert all(seconds >= 0 for seconds in outcome.timings.values())
    assert "netns" in outcome.isolation


def test_missing_result_is_none(host):
    """A program that assigns no result succeeds with value None."""
    assert run("x = 1", {}, limits=QUICK).value is None


def test_result_name_can_be_chosen(host):
    """The caller can read the answer from another global name."""
    assert run("answer = 7", {}, limits=QUICK, result_name="answer").value == 7


def test_runtime_error_message_and_line(host):
    """An exception becomes a one-line runtime message with the program line."""
    outcome = run("a = 1\nb = {}\nc = b['missing']", {}, limits=QUICK)
    assert (outcome.kind, outcome.message, outcome.line) == ("runtime", "KeyError: 'missing'", 3)


def test_exception_inside_a_function_points_at_the_innermost_program_line(host):
    """The line is the innermost program line on the traceback, not the call site."""
    outcome = run("def f(x):\n    return x / 0\nresult = f(1)", {}, limits=QUICK)
    assert (outcome.message, outcome.line) == ("ZeroDivisionError: division by zero", 2)


def test_stdout_is_kept_on_failure(host):
    """What the program printed before failing comes back with the failure."""
    outcome = run("print('before')\nx = 1 / 0", {}, limits=QUICK)
    assert (outcome.kind, outcome.stdout) == ("runtime", "before\n")


def test_long_source_is_refused_without_starting_a_process(host):
    """A program longer than the source cap is refused before any fork."""
    outcome = run("x = 1\n" * 10, {}, limits=Limits(max_source_chars=20))
    assert (outcome.kind, outcome.message) == ("policy", "the program is 60 characters long; the limit is 20")
    assert outcome.isolation == ()


def test_changes_in_the_child_never_reach_the_parent(host):
    """Objects the program changes are the child's copies; the caller's stay as they were."""
    shared = {"count": 0, "items": []}
    outcome = run("state['count'] = 99\nstate['items'].append(1)\nresult = state", {"state": shared}, limits=QUICK)
    assert outcome.value == {"count": 99, "items": [1]}
    assert shared == {"count": 0, "items": []}


def test_each_run_starts_from_the_callers_state(host):
    """Rebinding names or builtins in one run does not affect the next."""
    run("len = None\nstate['x'] = 1", {"state": {}}, limits=QUICK)
    assert run("result = len(state)", {"state": {}}, limits=QUICK).value == 0


def test_setup_and_finish_hooks_run_in_the_child(host):
    """setup prepares the child's objects; finish's return value becomes extra."""
    box = {"items": []}

    def setup(env):
        env["box"]["items"].append("prepared")

    def finish(env):
        return {"seen": env["box"]["items"], "result": env.get("result")}

    outcome = run("box['items'].append('program')\nresult = 1", {"box": box}, limits=QUICK, setup=setup, finish=finish)
    assert outcome.extra == {"seen": ["prepared", "program"], "result": 1}
    assert box == {"items": []}


def test_finish_may_fail_the_run_with_its_own_message(host):
    """A finish hook raising ResultError turns the run into a runtime failure with that message."""
    def finish(env):
        raise ResultError("the changes are not valid")

    outcome = run("result = 1", {}, limits=QUICK, finish=finish)
    assert (outcome.kind, outcome.message) == ("runtime", "the changes are not valid")


def test_finish_may_return_encoded_json(host):
    """A finish hook can hand over JSON text it encoded itself; it arrives decoded."""
    outcome = run("result = 1", {}, limits=QUICK, finish=lambda env: EncodedJSON('{"big": [1, 2, 3]}'))
    assert outcome.extra == {"big": [1, 2, 3]}


def test_protected_objects_make_changes_a_mutation_failure(host):
    """Changing an object whose id is protected is a mutation failure naming the data."""
    data = {"a": [1]}
    outcome = run(
        "data['a'].append(2)", {"data": data}, limits=QUICK,
        protected=lambda: {id(data), id(data["a"])}, protected_name="the inventory",
    )
    assert (outcome.kind, outcome.line) == ("mutation", 1)
    assert outcome.message == "the inventory is read-only in this run: list.append() would change it"


def test_convert_hook_shapes_unknown_result_objects(host):
    """The convert hook turns library objects in the result into data."""
    outcome = run("result = [box]", {"box": range(3)}, limits=QUICK,
                  convert=lambda value: list(value) if isinstance(value, range) else NotImplemented)
    assert outcome.value == [[0, 1, 2]]


def test_attribute_modules_extend_the_allow_list(host):
    """Objects from an allowed module expose their public attributes; others do not."""
    refused = run("result = r.random()", {"r": random.Random(1)}, limits=QUICK)
    assert refused.kind == "policy"
    allowed = run("result = r.random()", {"r": random.Random(1)}, limits=QUICK, attribute_modules=["random"])
    assert allowed.value == random.Random(1).random()


def test_random_state_is_seeded_per_run(host):
    """Trusted code using the random module gets the same numbers in every run."""
    first = run("result = draw()", {"draw": random.random}, limits=QUICK).value
    second = run("result = draw()", {"draw": random.random}, limits=QUICK).value
    assert first == second == random.Random(0).random()


def test_namespace_with_underscore_names_is_refused():
    """The caller cannot hand a program names starting with an underscore."""
    with pytest.raises(ValueError, match="not a public identifier"):
        run("x = 1", {"_hidden": 1}, limits=QUICK)
    reap_children()
