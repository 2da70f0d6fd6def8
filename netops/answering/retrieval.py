"""Example library and similarity retrieval (Okapi BM25 over request text).

The curated examples live in ``prompts/examples/*.yaml``::

    topology: dc-fabric          # the sample topology the programs were written for
    examples:
      - request: how many spine switches are in ams?
        category: count
        code: |
          result = len(nodes(G, role="spine", site="ams"))

Examples the operator accepts are added to the store and retrieved alongside
(see ``netops.store.database``). Retrieval is BM25 with light normalization (lower
case, plural "-s"/"-es" folded, a few network synonyms) so that "boxes" finds
"devices" and "circuits" finds "links".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from netops.answering.intent import is_change_request
from netops.errors import InputError
from netops.resources import prompts_dir

__all__ = ["Example", "load_examples", "ExampleIndex", "tokenize"]


@dataclass(frozen=True)
class Example:
    """One request -> program pair."""

    request: str
    code: str
    category: str = ""
    topology: str = ""
    source: str = "library"

    @property
    def changes_topology(self) -> bool:
        """Whether the example's program edits G (a change request) rather than answering a question.

        Curated examples say so by category; learned ones (no category) by
        their request's wording, the same test the pipeline applies.
        """
        if self.category:
            return self.category == "mutation"
        return is_change_request(self.request)


_SYNONYMS = {
    "box": "device", "boxes": "device", "router": "device", "routers": "device", "switch": "device",
    "switches": "device", "node": "device", "nodes": "device", "devices": "device", "host": "device",
    "circuit": "link", "circuits": "link", "cable": "link", "cables": "link", "connection": "link",
    "connections": "link", "edge": "link", "edges": "link", "links": "link", "uplink": "link",
    "uplinks": "link", "neighbour": "neighbor", "neighbours": "neighbor", "neighbors": "neighbor",
    "leaves": "leaf", "leafs": "leaf", "spines": "spine", "sites": "site", "vendors": "vendor",
    "many": "count", "number": "count", "utilisation": "utilization", "util": "utilization",
    "decommission": "remove", "delete": "remove", "drop": "remove", "shut": "down", "shutdown": "down",
    "fails": "fail", "failed": "fail", "failure": "fail", "dies": "fail", "die": "fail", "goes": "go",
    "latency": "latency", "delay": "latency", "bandwidth": "capacity", "speed": "capacity",
}

_STOP = frozenset(
    "a an the of in on at to for is are be do does which what who with and or by from that this these "
    "those all any there their its it me show list give tell i we our my please".split()
)

_WORD = re.compile(r"[a-z0-9]+(?:[-_/.][a-z0-9]+)*")


def tokenize(text: str) -> list[str]:
    """Lower-case words with synonyms and simple plurals folded, stop words removed.

    >>> tokenize("Which boxes have DOWN circuits?")
    ['device', 'have', 'down', 'link']
    """
    tokens = []
    for word in _WORD.findall(text.lower()):
        word = _SYNONYMS.get(word, word)
        if word in _STOP:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss") and word not in _SYNONYMS:
            word = _SYNONYMS.get(word[:-1], word[:-1])
        tokens.append(word)
    return tokens


def _load_file(path: Path) -> list[Example]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError("invalid YAML in example file", path=str(path), line=mark.line + 1 if mark else None) from None
    if not isinstance(data, dict) or not isinstance(data.get("examples"), list):
        raise InputError("an example file needs an 'examples' list", path=str(path))
    topology = str(data.get("topology") or "")
    examples = []
    for index, item in enumerate(data["examples"]):
        if not isinstance(item, dict) or not isinstance(item.get("request"), str) or not isinstance(item.get("code"), str):
            raise InputError(f"example #{index + 1} needs string 'request' and 'code'", path=str(path))
        examples.append(
            Example(
                request=item["request"].strip(),
                code=item["code"].strip() + "\n",
                category=str(item.get("category") or ""),
                topology=str(item.get("topology") or topology),
                source=path.stem,
            )
        )
    return examples


def load_examples(directory: Path | None = None) -> list[Example]:
    """Load every ``*.yaml`` example file in ``directory`` (default: the shipped library)."""
    directory = directory or prompts_dir() / "examples"
    examples: list[Example] = []
    for path in sorted(directory.glob("*.yaml")):
        examples.extend(_load_file(path))
    return examples


class ExampleIndex:
    """BM25 index over example requests.

    Parameters
    ----------
    examples : sequence of Example
        The examples to search.
    k1, b : float
        The usual BM25 parameters.
    """

    def __init__(self, examples: Sequence[Example], *, k1: float = 1.4, b: float = 0.75) -> None:
        self.examples = list(examples)
        self.k1 = k1
        self.b = b
        self._docs = [Counter(tokenize(e.request)) for e in self.examples]
        self._changes = [e.changes_topology for e in self.examples]
        self._lengths = [sum(d.values()) for d in self._docs]
        self._avg = (sum(self._lengths) / len(self._lengths)) if self._lengths else 0.0
        frequency: Counter[str] = Counter()
        for doc in self._docs:
            frequency.update(doc.keys())
        n = len(self._docs)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in frequency.items()}

    def scores(self, query: str) -> list[float]:
        """BM25 score of every example for ``query``."""
        terms = tokenize(query)
        scores = []
        for doc, length in zip(self._docs, self._lengths):
            score = 0.0
            for term in terms:
                tf = doc.get(term)
                if not tf:
                    continue
                norm = tf + self.k1 * (1 - self.b + self.b * length / (self._avg or 1))
                score += self._idf.get(term, 0.0) * tf * (self.k1 + 1) / norm
            scores.append(score)
        return scores

    def search(
        self,
        query: str,
        k: int = 4,
        *,
        prefer_topology: str | None = None,
        exclude: Iterable[str] = (),
        change: bool | None = None,
    ) -> list[Example]:
        """The ``k`` most similar examples, distinct programs, best first.

        Examples written for ``prefer_topology`` get a small boost: their
        attribute names match the topology the request is about. With
        ``change`` given, only examples of the same kind are returned: a small
        model shown "set X to maintenance" next to "which devices are in
        maintenance?" copies whichever shares more words, so a question never
        sees an edit and a change request never sees a query.
        """
        excluded = {e.strip().lower() for e in exclude}
        scored = []
        for example, changes, score in zip(self.examples, self._changes, self.scores(query)):
            if score <= 0 or example.request.lower() in excluded:
                continue
            if change is not None and changes != change:
                continue
            if prefer_topology and example.topology == prefer_topology:
                score *= 1.15
            scored.append((score, example))
        scored.sort(key=lambda item: -item[0])
        chosen: list[Example] = []
        seen_code: set[str] = set()
        for _score, example in scored:
            if example.code in seen_code:
                continue
            seen_code.add(example.code)
            chosen.append(example)
            if len(chosen) == k:
                break
        return chosen
