"""The backend protocol's data classes and text helpers."""

from __future__ import annotations

import pytest

from netops.llm.base import Backend, Completion, CompletionOptions, Message, StopFilter, apply_stop, prompt_hash
from netops.testing import FakeBackend


def test_defaults_are_greedy_with_fixed_seed():
    """Completion options default to temperature 0 and seed 42."""
    options = CompletionOptions()
    assert (options.temperature, options.seed, options.max_tokens, options.stop) == (0.0, 42, 512, ())


def test_options_reject_nonsense():
    """Negative temperature and non-positive max_tokens are refused."""
    with pytest.raises(ValueError):
        CompletionOptions(temperature=-1)
    with pytest.raises(ValueError):
        CompletionOptions(max_tokens=0)


def test_empty_stop_strings_are_dropped():
    """An empty stop string would stop at once, so it is ignored."""
    assert CompletionOptions(stop=("", "\n```")).stop == ("\n```",)


def test_message_role_is_checked():
    """A message with an unknown role is a programming error."""
    with pytest.raises(ValueError, match="role"):
        Message("robot", "hi")


def test_prompt_hash_depends_on_text_and_options():
    """The hash changes with any message text or decoding option."""
    messages = [Message("system", "s"), Message("user", "u")]
    base = prompt_hash(messages, CompletionOptions())
    assert base == prompt_hash(list(messages), CompletionOptions())
    assert base != prompt_hash([Message("system", "s"), Message("user", "v")], CompletionOptions())
    assert base != prompt_hash(messages, CompletionOptions(max_tokens=7))


def test_apply_stop_cuts_at_earliest_sequence():
    """The earliest of several stop sequences wins."""
    assert apply_stop("a END b STOP", ["STOP", "END"]) == ("a ", True)


def test_stop_filter_holds_back_possible_stop_prefix():
    """Streamed text never shows the beginning of a stop sequence that then completes."""
    shown: list[str] = []
    sink = StopFilter(["\n```"], shown.append)
    for piece in ["result", " = 1", "\n", "`", "``", "\nmore"]:
        if sink.push(piece):
            break
    assert sink.finish() == "result = 1"
    assert "".join(shown) == "result = 1"


def test_stop_filter_releases_false_alarm():
    """Held-back text is shown once it turns out not to be a stop sequence."""
    shown: list[str] = []
    sink = StopFilter(["\n```"], shown.append)
    sink.push("a\n")
    assert "".join(shown) == "a"
    sink.push("b")
    assert "".join(shown) == "a\nb"
    assert sink.finish() == "a\nb"


def test_stop_filter_finds_sequence_split_across_pieces():
    """A stop sequence split over many pieces is still found."""
    sink = StopFilter(["STOP"])
    for ch in "abcSTOPdef":
        if sink.push(ch):
            break
    assert sink.finish() == "abc" and sink.stopped


def test_fake_backend_satisfies_protocol():
    """The test double is a Backend as far as the runtime check can tell."""
    assert isinstance(FakeBackend(), Backend)


def test_completion_defaults():
    """A bare completion reports a stop finish and empty timings."""
    completion = Completion(text="x", model="m")
    assert completion.finish_reason == "stop" and completion.timings == {} and completion.cached_tokens == 0
