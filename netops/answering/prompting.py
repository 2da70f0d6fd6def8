"""Prompt assembly from the templates in ``prompts/``.

A prompt is two chat messages:

1. **system** — the fixed prefix (role, rules, API reference generated from
   ``netops.program.api``) followed by the schema summary of the topology. The fixed
   part is identical for every request on every topology, and marked as such
   (``Message.stable_prefix``); the whole message is identical for every
   request on the same topology. The backend keeps the KV state of both
   levels (in process, and on disk for one-shots), so a topology it has never
   seen costs only its schema segment.
2. **user** — the per-request part, kept short: earlier turns (REPL
   follow-ups: request and program, never data), the entities the request
   mentions, the most similar examples, the request, and on a retry the
   failed program with feedback specific to the failure kind.

A remote tier (``include_entities=False``) gets no resolved entities: it sees
only the request, the schema summary and the examples, never topology data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from netops.answering.entities import Entity
from netops.answering.retrieval import Example
from netops.llm.base import Message
from netops.program.api import api_reference
from netops.resources import prompts_dir

__all__ = ["Turn", "Feedback", "PromptBuilder", "prompt_version", "repair_messages"]


@dataclass(frozen=True)
class Turn:
    """An earlier request in the conversation and the program that answered it."""

    request: str
    code: str


@dataclass(frozen=True)
class Feedback:
    """Why the previous attempt failed, to be said to the model."""

    kind: str
    message: str
    code: str
    line: int | None = None


@cache
def _template(name: str) -> str:
    return (prompts_dir() / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def repair_messages() -> dict[str, str]:
    """Failure kind -> feedback template, from ``prompts/repair.md``."""
    templates = {}
    for line in _template("repair.md").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, text = line.partition(":")
        templates[kind.strip()] = text.strip()
    return templates


@lru_cache(maxsize=1)
def prompt_version() -> str:
    """Hash of the templates and the API reference: part of the program cache key."""
    digest = hashlib.sha256()
    for name in ("system.md", "request.md", "repair.md"):
        digest.update(_template(name).encode())
    digest.update(api_reference().encode())
    return digest.hexdigest()[:12]


def fixed_prefix() -> str:
    """The system text shared by every request on every topology."""
    return _template("system.md").replace("{api_reference}", api_reference())


def _example_block(examples: Sequence[Example]) -> str:
    if not examples:
        return ""
    parts = ["Examples (from other requests; adapt names to this topology):"]
    for example in examples:
        parts.append(f"Request: {example.request}\n```python\n{example.code.rstrip()}\n```")
    return "\n".join(parts) + "\n\n"


def _entity_block(entities: Sequence[Entity]) -> str:
    if not entities:
        return ""
    return "Names in the request:\n" + "\n".join(f"- {e.describe()}" for e in entities) + "\n\n"


def _context_block(turns: Sequence[Turn]) -> str:
    if not turns:
        return ""
    parts = ["Earlier in this conversation:"]
    for turn in turns[-2:]:
        parts.append(f"Request: {turn.request}\n```python\n{turn.code.rstrip()}\n```")
    parts.append("The new request may refer to these (\"them\", \"only the ones in ...\").")
    return "\n".join(parts) + "\n\n"


def _feedback_text(feedback: Feedback) -> str:
    template = repair_messages().get(feedback.kind) or "{message}"
    text = template.replace("{message}", feedback.message or "").replace(
        "{line}", str(feedback.line) if feedback.line is not None else "?"
    )
    return f"{text}\nWrite the corrected program."


class PromptBuilder:
    """Builds the messages for one topology.

    Parameters
    ----------
    schema_text : str
        ``SchemaSummary.to_prompt()`` of the topology.
    """

    def __init__(self, schema_text: str) -> None:
        shared = f"{fixed_prefix().rstrip()}\n\n"
        self.system_text = f"{shared}The topology schema:\n{schema_text}\n"
        # Everything before the schema is the same for every topology: the
        # backend keeps its KV state apart, so a new schema costs only itself.
        self.shared_chars = len(shared)

    def messages(
        self,
        request: str,
        *,
        examples: Sequence[Example] = (),
        entities: Sequence[Entity] = (),
        context: Sequence[Turn] = (),
        feedback: Sequence[Feedback] = (),
    ) -> list[Message]:
        """The chat messages for a request (with repair feedback on a retry)."""
        user = (
            _template("request.md")
            .replace("{context}", _context_block(context))
            .replace("{entities}", _entity_block(entities))
            .replace("{examples}", _example_block(examples))
            .replace("{request}", request.strip())
        )
        messages = [
            Message("system", self.system_text, stable_prefix=self.shared_chars),
            Message("user", user.rstrip() + "\n"),
        ]
        for item in feedback:
            messages.append(Message("assistant", f"```python\n{item.code.rstrip()}\n```"))
            messages.append(Message("user", _feedback_text(item)))
        return messages
