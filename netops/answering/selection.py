"""Choose an answer by running several programs: the pure part (issue 12).

The pipeline generates several candidate programs for one request (the
greedy one and a few samples), runs each in the sandbox and hands the
outcomes here. This module decides, without running anything:

- which candidates are the same program (:func:`normalize_program`), so a
  duplicate is not run twice;
- what shape of answer the request asks for (:func:`answer_contract`) and
  whether a value clearly breaks it (:func:`check_contract`): a "how many"
  answered with a list of names, a yes/no question answered with a list, a
  "per site" question answered with one number. A contract only rejects what
  is clearly wrong; when in doubt it is ``any``;
- which answers mean the same (:func:`result_key`, :func:`diff_key`, and the
  golden-suite comparator :func:`netops.evaluation.compare.compare` for what a key
  cannot see);
- which answer wins the vote (:func:`select`), with how many programs agree
  and a confidence label;
- whether the greedy program alone is good enough (:func:`needs_more_candidates`).

``Pipeline.ask`` uses it (``Pipeline._choose_by_running``): the greedy
program, samples when it is in doubt, the vote, and the confidence shown in
the CLI, JSON, REPL (``:alt``) and ``audit --freeze``.

In outline::

    contract = answer_contract(request)
    greedy = Candidate(code, "greedy", mean_logprob, value=..., diff=diff.to_dict(), failure=kind, change=change)
    why = needs_more_candidates(greedy, contract, min_logprob=...)
    if why:                                   # sample more, skip duplicates, run each
        seen = {normalize_program(greedy.code)}
        ...
    picked = select(candidates, contract)
    if not picked.ok:                         # repair, using picked.rejected[i].reason
        ...
    else:                                     # answer with picked.winner; show picked.describe(), picked.label
        ...

>>> contract = answer_contract("how many spines are there?")
>>> picked = select([
...     Candidate('result = len(nodes(G, role="spine"))', origin="greedy", logprob=-0.2, value=2),
...     Candidate('result = nodes(G, role="spine")', logprob=-0.4, value=["spine1", "spine2"]),
...     Candidate('result = sum(1 for n in G if n.startswith("spine"))', logprob=-0.3, value=2.0),
... ], contract)
>>> picked.winner.value, picked.describe(), picked.label
(2, '2 of 3 programs agree', 'medium')
>>> picked.rejected[0].reason
'expected a number ("how many"), got a list of 2 items'
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from netops.answering.intent import is_change_request
from netops.program.failures import FailureKind

__all__ = [
    "ANY",
    "DEFAULT_THRESHOLDS",
    "NOT_RUN_FAILURES",
    "AnswerContract",
    "Candidate",
    "ContractKind",
    "Group",
    "Rejection",
    "Selection",
    "Thresholds",
    "answer_contract",
    "check_contract",
    "diff_key",
    "is_empty_diff",
    "is_empty_value",
    "needs_more_candidates",
    "normalize_program",
    "result_key",
    "select",
]

# -- programs ----------------------------------------------------------------------------------


def normalize_program(code: str) -> str:
    """A canonical form of a program, equal for programs that differ only in layout.

    Formatting, comments, blank lines and bare string statements (docstrings)
    do not count; a program that does not parse is compared by its text,
    with trailing blanks and empty lines removed.

    Parameters
    ----------
    code : str
        The program.

    Returns
    -------
    str
        The dump of its syntax tree, or its stripped text.

    Examples
    --------
    >>> a = normalize_program('result = len( nodes(G, role="leaf") )  # count\\n')
    >>> b = normalize_program("\\n\\nresult = len(nodes(G, role='leaf'))\\n")
    >>> a == b
    True
    >>> a == normalize_program('result = len(nodes(G, role="spine"))')
    False
    >>> normalize_program("result = (\\n  \\n")
    'result = ('
    """
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return "\n".join(line.rstrip() for line in code.strip().splitlines() if line.strip())
    tree.body = [
        node
        for node in tree.body
        if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str))
    ]
    return ast.dump(tree, annotate_fields=False, include_attributes=False)


# -- the answer contract -----------------------------------------------------------------------

ContractKind = Literal["any", "number", "boolean", "names", "mapping", "table", "path"]

_EXPECTS: dict[str, str] = {
    "any": "anything",
    "number": "a number",
    "boolean": "yes or no",
    "names": "names (a list, a table or a single name)",
    "mapping": "a breakdown (a mapping or a table)",
    "table": "a table",
    "path": "an ordered list (a path)",
}


@dataclass(frozen=True)
class AnswerContract:
    """The shape of answer a request asks for.

    Attributes
    ----------
    kind : {"any", "number", "boolean", "names", "mapping", "table", "path"}
        ``any`` accepts everything.
    cue : str
        The words of the request that decided the kind (for messages).
    columns : tuple of str
        For a table asked for with named columns: those names, in order.
    """

    kind: ContractKind = "any"
    cue: str = ""
    columns: tuple[str, ...] = ()

    @property
    def ordered(self) -> bool:
        """Whether the order of a collection answer matters (only for paths)."""
        return self.kind == "path"

    @property
    def expects(self) -> str:
        """What the contract asks for, in words (``'a number'``)."""
        if self.kind == "table" and self.columns:
            return f"a table with the columns {', '.join(self.columns)}"
        return _EXPECTS[self.kind]


#: The contract that accepts every answer.
ANY = AnswerContract()

_AUX = frozenset(
    """is are was were can could does do did has have had will would should shall
    isn't aren't wasn't weren't can't cannot couldn't doesn't don't didn't hasn't haven't won't wouldn't""".split()
)
_POLITE = re.compile(
    r"^(?:(?:please|pls|now|then|also|ok|okay|and|so|hey|hi|kindly|just|quickly|"
    r"can you|could you|would you|will you|can u|could u|do you know|"
    r"tell me|let me know|i want to know|i'd like to know|i need to know|"
    r"i want to see|i'd like to see|i need)\b[\s,]*)+"
)
_NAME_VERBS = frozenset("which what list show name give display find get enumerate".split())
_NOUNS = frozenset(
    """device devices box boxes node nodes link links cable cables circuit circuits switch switches
    router routers host hosts server servers leaf leaves leafs spine spines pop pops ap aps access-point
    access-points firewall firewalls neighbour neighbours neighbor neighbors peer peers wlc wlcs
    uplink uplinks downlink downlinks connection connections edge edges machine machines appliance appliances
    gear equipment member members client clients container containers endpoint endpoints pe pes""".split()
)
_FILLERS = frozenset("me us the all any every of a an those these".split())
# Words that end a noun phrase without being a noun of it.
_PHRASE_STOP = frozenset(
    """is are was were does do did has have had can could will would should on in to with from for by at
    that which who whose where when than as if and or but not""".split()
)
# A noun followed by one of these is a modifier: "link speed", "device count".
_PROPERTY = frozenset(
    """speed speeds count counts model models os version versions name names ip ips address addresses asn asns
    type types status statuses role roles vendor vendors id ids utilization utilisation util capacity bandwidth
    latency mtu port ports interface interfaces serial serials number numbers degree degrees cost costs load
    state states site sites rack racks location locations provider providers config configs total totals
    length lengths image images firmware""".split()
)
_COUNT = re.compile(r"\bhow many\b|\bnumber of\b|\bcounts?\b|#\s*of\b|\bnr\.? of\b|\bnum of\b")
# "count" as an instruction about what to include, not a question about a number; and a count
# that picks the things asked for ("the switch with the largest number of ports" asks for a switch).
_COUNT_NOT_ASKED = re.compile(
    r"\b(?:only|also|don't|do not|dont|not|parallels?)\s+count\b|\bcount only\b"
    r"|\b(?:with|has|have|having|holds?|holding)\s+(?:the\s+)?(?:largest|highest|biggest|greatest|smallest|lowest"
    r"|most|fewest|max|maximum|min|minimum)\s+(?:number|count|#|nr\.?|num)\s+of\b"
)
# The condition of a what-if question; what follows it is the question proper.
_CONDITION = re.compile(
    r"^(?:what if|if|suppose|say|assuming|when)\b[^,:;?]*?\b(?:fails?|failed|dies|die|died|goes down|go down|went down"
    r"|is down|are down|is gone|are gone|goes offline|go offline|is cut|are cut|is removed|are removed|breaks|break"
    r"|crashes|crash|is lost|are lost|is unplugged|is shut|are shut|is drained)\b(?:\s+too|\s+as well|\s+then)?\s+"
)
_AGGREGATE = re.compile(r"\bhow many\b|\bnumber of\b|\bcounts?\b|\btotals?\b|\bsum\b|\baverage\b|\bavg\b|\bmean\b")
_AVERAGE = re.compile(r"\baverage\b|\bavg\b|\bmean\b|\bratio\b|\bon average\b")
_SUPERLATIVE = re.compile(
    r"\b(?:most|least|highest|lowest|max|maximum|min|minimum|top|busiest|biggest|largest|smallest|fewest)\b"
)
_PER = re.compile(r"\bper\b(?!\s+(?:cent|second|sec|s|minute|min|hour|day|week|month|year)\b)")
_FOR_EACH = re.compile(r"\bfor (?:each|every)\b")
_BREAKDOWN = re.compile(r"\bbreak\s*downs?\b|\bbroken down\b|\bbreaks down\b|\bgroup(?:ed)? by\b|\bsplit by\b|\btally\b")
# "each" before what is counted ("in each rack", "how many of each"), not "2 uplinks each" or "each other".
_EACH = re.compile(r"\beach\s+(?!other\b|have\b|has\b|with\b|of them\b|one\b)[a-z]|\bof each\b")
_BY = re.compile(r"\b(\w+)\s+by\s+(?!(?:the|a|an|its|their|way|now|far|default|design|hand)\b)(?![\w-]+ing\b)[\w-]+")
_BY_NOT_GROUPING = frozenset(
    """made sorted ordered ranked owned used managed connected served hosted cabled reachable affected caused
    followed replaced impacted covered run operated supplied provided built reached fed powered backed
    blocked isolated cut taken marked tagged labelled labeled named identified""".split()
)
_PATH = re.compile(r"\b(?:path|paths|route|routes|hops?)\b")
_PATH_WORD = re.compile(r"\b(?:path|route)\b")
_PATH_ORDER = re.compile(
    r"\bevery hop\b|\beach hop\b|\bhop by hop\b|\bhop-by-hop\b|\bin order\b|\bon the way\b|\balong the way\b"
    r"|\blist the hops\b|\bwhich hops\b|\bthe hops\b"
)
_SOME_PATH = re.compile(r"\b(?:a|an|any|some|no|another|alternative|other)\s+(?:[\w-]+\s+)?(?:path|route)s?\b")
_PATH_SCALAR = re.compile(
    r"\blength\b|\bcost\b|\blatency\b|\bdelay\b|\bdistance\b|\bmetric\b|\bweight\b|\bms\b|\bhow long\b|\bhow far\b"
)
_TABLE = re.compile(r"\btables?\b|\btabular\b|\btabulate\b|\bspreadsheet\b|\bcsv\b")
_COLUMNS = re.compile(r"\b(?:headers?|headings?|columns?|fields)\s*(?:named|called|of|:|=)?\s*(?P<list>.+)$")
_TABLE_COLON = re.compile(r"\btable\b[^:]*:\s*(?P<list>.+)$")
_BOOL_LEAD = re.compile(
    r"^(?:(?:please |can you |could you )?(?:check|tell me|let me know|find out|see|verify|confirm)\s+)?whether\b"
    r"|^(?:please |can you |could you )?(?:check|tell me|let me know|find out|see|verify|confirm)\s+(?:if|that)\b"
)
_YES_NO = re.compile(r"\byes or no\b|\btrue or false\b|\by/n\b")
_CLAUSES = re.compile(r"[,:;?!()]|\.\s|\.$|\s[-\u2013\u2014]+\s|\s->\s")


def _clean(request: str) -> str:
    text = " ".join(request.strip().lower().replace("\u2019", "'").split())
    return text.strip("\"'` ")


def _names_cue(clause: str) -> str | None:
    """The leading words of a clause asking for names ("which leaves", "list the cisco switches")."""
    words = [w.strip(".'\"") for w in clause.split()]
    if not words:
        return None
    first = words[0]
    if first == "who" and len(words) > 1:
        return "who"
    if first not in _NAME_VERBS:
        return None
    rest = words[1:]
    start = 1 if first in {"what", "which"} and rest and rest[0] in {"are", "is", "were", "was"} else 0
    modifiers = 0
    allowed = 1 if first == "what" else 2
    for index in range(start, len(rest)):
        word = rest[index]
        if word in _NOUNS:
            following = rest[index + 1] if index + 1 < len(rest) else ""
            if following in _NOUNS:
                continue  # "leaf switches": the next noun is the head
            if following in _PROPERTY:
                return None  # "link speed", "device count": a property, not names
            if first == "what" and not (word.endswith("s") or word in {"gear", "equipment"}):
                return None  # "what is the busiest link": a singular "what" is a lookup
            return " ".join(words[: index + 2])
        if word in _PHRASE_STOP or word in _AUX:
            return None
        if word in _FILLERS:
            continue
        modifiers += 1
        if modifiers > allowed:
            return None
    return None


def _boolean_cue(clause: str) -> str | None:
    words = clause.split()
    if not words:
        return None
    match = _BOOL_LEAD.match(clause)
    if match:
        return match.group(0)
    if words[0] in _AUX and len(words) > 1:
        if " or " in f" {clause} " and not _YES_NO.search(clause):
            return None  # "is it a cisco or an arista?": a choice, not yes/no
        return " ".join(words[:2])
    return None


def _grouping_cue(text: str) -> str | None:
    match = _FOR_EACH.search(text) or _BREAKDOWN.search(text)
    if match:
        return match.group(0)
    match = _PER.search(text)
    if match and not _AVERAGE.search(text) and not _SUPERLATIVE.search(text):
        tail = text[match.end():].split()
        return f"per {tail[0]}" if tail else "per"
    if _AGGREGATE.search(text) and not _SUPERLATIVE.search(text):
        match = _EACH.search(text)
        if match:
            words = text[match.start():].split()
            return " ".join(words[:2])
        for match in _BY.finditer(text):
            if match.group(1) not in _BY_NOT_GROUPING:
                return match.group(0).split(" ", 1)[1]
    return None


def _split_columns(text: str) -> tuple[str, ...]:
    text = re.split(r"[;.?!()]|\s[-\u2013\u2014]\s", text)[0]
    text = re.split(r"\b(?:sorted|ordered|grouped|where|whose|only|for|in|from|that|which|with|per|by)\b", text)[0]
    parts = re.split(r",|\band\b|&|\|", text)
    columns = tuple(p.strip(" \"'`[]") for p in parts if p.strip(" \"'`[]"))
    return columns if len(columns) >= 2 and all(len(c.split()) <= 3 for c in columns) else ()


def answer_contract(request: str) -> AnswerContract:
    """The shape of answer a request asks for, from its words alone.

    Conservative on purpose: a contract is there to reject what is clearly
    wrong, so a request that could be read two ways gets ``any``. A change
    request gets ``any`` (it is judged by its diff).

    Parameters
    ----------
    request : str
        The operator's request.

    Returns
    -------
    AnswerContract

    Examples
    --------
    >>> answer_contract("how many access switches?").kind
    'number'
    >>> answer_contract("if core1 fails, can wlc1 still reach wlc2?").kind
    'boolean'
    >>> answer_contract("which leaves have a down uplink").kind
    'names'
    >>> answer_contract("device count per building").kind
    'mapping'
    >>> answer_contract("as a table with the columns name, model and os").columns
    ('name', 'model', 'os')
    >>> answer_contract("least-latency path from ams-spine1 to fra-spine2, hop by hop").ordered
    True
    >>> answer_contract("mgmt ip for wan1?").kind
    'any'
    >>> answer_contract("the dist switch with the largest number of access switches").kind
    'any'
    """
    raw = _clean(request)
    if not raw or is_change_request(raw):
        return ANY
    text = _POLITE.sub("", raw)
    for pattern in (_COLUMNS, _TABLE_COLON):
        match = pattern.search(text)
        if match and (pattern is _TABLE_COLON or _TABLE.search(text) or match.group(0).startswith(("column", "header"))):
            columns = _split_columns(match.group("list"))
            if columns:
                return AnswerContract("table", match.group(0).split()[0].rstrip(":"), columns)
    cues: dict[str, str] = {}
    raw_clauses = [c.strip() for c in _CLAUSES.split(raw) if c.strip()]
    condition = _CONDITION.match(raw)
    if condition:
        raw_clauses.append(raw[condition.end():])  # "if fw1 dies is wan1 isolated": "is wan1 isolated"
    for raw_clause in raw_clauses:
        clause = _POLITE.sub("", raw_clause)
        lead = _BOOL_LEAD.match(raw_clause)
        cue = lead.group(0) if lead else _boolean_cue(clause)
        if cue:
            cues.setdefault("boolean", cue)
        cue = _names_cue(clause)
        if cue:
            cues.setdefault("names", cue)
    yes_no = _YES_NO.search(text)
    if yes_no:
        cues.setdefault("boolean", yes_no.group(0))
    grouping = _grouping_cue(text)
    if grouping:
        cues["mapping"] = grouping
    count = _COUNT.search(_COUNT_NOT_ASKED.sub(" ", text))
    if count:
        cues["number"] = count.group(0)
    if "number" not in cues and "boolean" not in cues:
        ordering = _PATH_ORDER.search(text)
        path_word = _PATH_WORD.search(text)
        if ordering and _PATH.search(text):  # "every hop in order": the path itself, even after "which"
            cues.pop("names", None)
            cues["path"] = ordering.group(0)
        elif path_word and "names" not in cues and not _PATH_SCALAR.search(text) and not _SOME_PATH.search(text):
            cues["path"] = path_word.group(0)  # not "path length", "latency of the route"
    table = _TABLE.search(text)
    if table and not cues.keys() & {"boolean", "number", "mapping"}:
        cues.pop("names", None)
        cues["table"] = table.group(0)
    if "mapping" in cues:
        # A breakdown overrides a count ("how many per site") and names ("list the ports for each switch").
        for kind in ("number", "names", "table"):
            cues.pop(kind, None)
    if len(cues) != 1:
        return ANY  # nothing asked for, or two readings ("which leaves, and how many?")
    kind, cue = next(iter(cues.items()))
    return AnswerContract(kind, cue)  # type: ignore[arg-type]


# -- checking a value against the contract -----------------------------------------------------

_YES = frozenset({"yes", "true", "y"})
_NO = frozenset({"no", "false", "n"})


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_table(value: Any) -> bool:
    return (
        isinstance(value, Mapping)
        and set(value) == {"columns", "rows"}
        and isinstance(value.get("rows"), (list, tuple))
        and isinstance(value.get("columns"), (list, tuple))
    )


def _is_collection(value: Any) -> bool:
    return isinstance(value, (list, tuple, set, frozenset))


def _numeric_text(value: str) -> float | None:
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _single(value: Any) -> tuple[bool, Any]:
    """The one item of a one-item collection, mapping or 1x1 table."""
    if _is_table(value):
        rows = value["rows"]
        if len(rows) == 1 and isinstance(rows[0], (list, tuple)) and len(rows[0]) == 1:
            return True, rows[0][0]
        return False, None
    if isinstance(value, Mapping) and len(value) == 1:
        return True, next(iter(value.values()))
    if _is_collection(value) and len(value) == 1:
        return True, next(iter(value))
    return False, None


def _items(count: int, noun: str = "item") -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"the boolean {value}"
    if _is_number(value):
        return f"the number {value!r}"
    if isinstance(value, str):
        text = value if len(value) <= 30 else value[:27] + "..."
        return f"the text {text!r}"
    if _is_table(value):
        return f"a table of {_items(len(value['rows']), 'row')}"
    if isinstance(value, Mapping):
        return f"a mapping of {_items(len(value))}"
    if _is_collection(value):
        return f"a list of {_items(len(value))}"
    return type(value).__name__


def _row_width(value: Any) -> int | None:
    """The number of columns of a table-like answer, when it has one clear width."""
    if _is_table(value):
        return len(value["columns"])
    if isinstance(value, (list, tuple)) and value:
        if all(isinstance(row, (list, tuple)) for row in value):
            widths = {len(row) for row in value}
            return widths.pop() if len(widths) == 1 else None
        if all(isinstance(row, Mapping) for row in value):
            widths = {len(row) for row in value}
            return max(widths)
        if all(not _is_collection(row) and not isinstance(row, Mapping) for row in value):
            return 1
    return None


def _problem(contract: AnswerContract, value: Any) -> str | None:
    kind = contract.kind
    if kind == "any" or is_empty_value(value):
        return None
    if kind in {"number", "boolean"}:
        single, inner = _single(value)
        if single and not _is_collection(inner) and not isinstance(inner, Mapping):
            value = inner
        if kind == "number":
            if _is_number(value) or (isinstance(value, str) and _numeric_text(value) is not None):
                return None
            return _describe(value)
        if isinstance(value, bool) or (isinstance(value, str) and value.strip().casefold() in _YES | _NO):
            return None
        return _describe(value)
    if kind in {"names", "path"}:
        return _describe(value) if isinstance(value, bool) or _is_number(value) else None
    if kind == "mapping":
        if isinstance(value, (bool, int, float, str)):
            return _describe(value)
        if (
            isinstance(value, (list, tuple, set, frozenset))
            and len(value) >= 2
            and all(not _is_collection(v) and not isinstance(v, Mapping) for v in value)
        ):
            return _describe(value) + " without labels"
        return None
    # table
    if isinstance(value, (bool, int, float, str)):
        return _describe(value)
    if not contract.columns or (isinstance(value, Mapping) and not _is_table(value)):
        return None  # a mapping from the first column to the rest may be any width
    width = 1 if isinstance(value, (set, frozenset)) else _row_width(value)
    if width is not None and width < len(contract.columns):
        return f"{_describe(value)} of {width} column{'s' if width != 1 else ''}"
    return None  # extra columns may be detail


def check_contract(contract: AnswerContract, value: Any) -> str | None:
    """Why ``value`` clearly breaks ``contract``, or None when it may be right.

    An empty answer (None, an empty collection, zero) never breaks a contract:
    emptiness is judged on its own (:func:`is_empty_value`).

    Parameters
    ----------
    contract : AnswerContract
        From :func:`answer_contract`.
    value : object
        A program's result as plain JSON-like data.

    Returns
    -------
    str or None
        One short line, e.g. ``'expected a number ("how many"), got a list of 3 items'``.

    Examples
    --------
    >>> how_many = answer_contract("how many leaves are in ams?")
    >>> check_contract(how_many, 4), check_contract(how_many, "4"), check_contract(how_many, [4])
    (None, None, None)
    >>> check_contract(how_many, ["leaf1", "leaf2"])
    'expected a number ("how many"), got a list of 2 items'
    >>> check_contract(answer_contract("is leaf1 up?"), ["leaf1", "leaf2"])
    'expected yes or no ("is leaf1"), got a list of 2 items'
    >>> check_contract(answer_contract("devices per site"), 12)
    'expected a breakdown (a mapping or a table) ("per site"), got the number 12'
    """
    problem = _problem(contract, value)
    if problem is None:
        return None
    cue = f' ("{contract.cue}")' if contract.cue else ""
    return f"expected {contract.expects}{cue}, got {problem}"


# -- emptiness ---------------------------------------------------------------------------------

_DIFF_SECTIONS = (
    "devices_added",
    "devices_removed",
    "devices_changed",
    "links_added",
    "links_removed",
    "links_changed",
    "graph_changed",
)


def is_empty_value(value: Any) -> bool:
    """True for an answer that says "nothing": None, an empty collection, zero, blank text.

    The same rule as the pipeline's empty-answer check, and a table without
    rows is empty too. ``False`` is an answer, not nothing.

    >>> [is_empty_value(v) for v in (None, [], 0, 0.0, "  ", {"columns": ["a"], "rows": []})]
    [True, True, True, True, True, True]
    >>> [is_empty_value(v) for v in (False, 3, ["a"], {"a": 0})]
    [False, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, bool):
        return False
    if _is_number(value):
        return value == 0
    if isinstance(value, str):
        return not value.strip()
    if _is_table(value):
        return len(value["rows"]) == 0
    try:
        return len(value) == 0
    except TypeError:
        return False


def is_empty_diff(diff: Any) -> bool:
    """True when a change did nothing: no diff, or a diff with no section filled.

    ``diff`` is the dict of :meth:`netops.program.diff.TopologyDiff.to_dict` (a
    ``TopologyDiff`` itself is accepted too).

    >>> is_empty_diff(None), is_empty_diff({"summary": "no changes", "links_added": []})
    (True, True)
    >>> is_empty_diff({"devices_removed": {"leaf9": {"role": "leaf"}}})
    False
    """
    if diff is None:
        return True
    if hasattr(diff, "is_empty"):
        return bool(diff.is_empty())
    return not any(diff.get(section) for section in _DIFF_SECTIONS)


# -- grouping keys -----------------------------------------------------------------------------


def _number_key(value: float) -> tuple[str, Any]:
    number = float(value)
    if not math.isfinite(number):
        return ("n", repr(number))
    return ("n", float(f"{number:.6g}"))


def _text_key(value: Any, fold: bool) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text.strip().casefold() if fold else text


def _sorted_bag(items: Iterable[Hashable]) -> tuple[Hashable, ...]:
    return tuple(sorted(items, key=repr))


def _canon(value: Any, *, ordered: bool, fold: bool, top: bool) -> Hashable:
    """A hashable form shared by values that mean the same (see :func:`result_key`)."""
    if value is None:
        return ("none",)
    if isinstance(value, bool):
        return ("b", value)
    if _is_number(value):
        return _number_key(value)
    if isinstance(value, str):
        return ("s", value.strip().casefold() if fold else value)
    if _is_table(value):
        rows = [list(r) if isinstance(r, (list, tuple)) else [r] for r in value["rows"]]
        if len(value["columns"]) == 1 or (rows and all(len(r) == 1 for r in rows)):
            return _canon([r[0] if r else None for r in rows], ordered=ordered, fold=fold, top=top)
        columns = [_text_key(c, fold) for c in value["columns"]]
        if len(set(columns)) == len(columns) and all(len(r) == len(columns) for r in rows):
            # Rows as records, so that a table equals the same list of dicts.
            return _canon([dict(zip(columns, row, strict=True)) for row in rows], ordered=ordered, fold=fold, top=top)
        cells = [tuple(_canon(c, ordered=ordered, fold=fold, top=False) for c in row) for row in rows]
        return ("table", tuple(cells) if ordered and top else _sorted_bag(cells))
    if isinstance(value, Mapping):
        return (
            "map",
            # Sorted tuples rather than frozensets: their repr (the sort key of bags) does not depend on hashing.
            _sorted_bag(
                (_text_key(k, fold), _canon(v, ordered=ordered, fold=fold, top=False)) for k, v in value.items()
            ),
        )
    if isinstance(value, (set, frozenset)):
        items = [_canon(v, ordered=ordered, fold=fold, top=False) for v in value]
        return _canon_single(items) or ("bag", _sorted_bag(items))
    if isinstance(value, (list, tuple)):
        if not top and 2 <= len(value) <= 4 and isinstance(value[0], str) and isinstance(value[1], str):
            link = _link_key(value, fold)
            if link is not None:
                return link
        items = [_canon(v, ordered=ordered, fold=fold, top=False) for v in value]
        single = _canon_single(items)
        if single is not None:
            return single
        return ("seq", tuple(items)) if ordered and top else ("bag", _sorted_bag(items))
    try:
        hash(value)
    except TypeError:
        return ("repr", repr(value))
    return ("other", value)


def _canon_single(items: list[Hashable]) -> Hashable | None:
    """A one-item list of a plain value means that value (as the comparator has it)."""
    if len(items) == 1 and isinstance(items[0], tuple) and items[0][0] in {"b", "n", "s"}:
        return items[0]
    return None


def _link_key(value: Sequence[Any], fold: bool) -> Hashable | None:
    """``[a, b]``, ``[a, b, key]``, ``[a, b, key, attrs]`` inside a collection: an order-free link."""
    a, b = (v.strip().casefold() if fold else v for v in value[:2])
    ends = (a, b) if a <= b else (b, a)
    if len(value) == 2:
        return ("link", ends, None)
    key = value[2]
    if isinstance(key, bool) or not isinstance(key, (int, str)):
        return None
    if len(value) == 4 and not isinstance(value[3], Mapping):
        return None
    if len(value) == 3 and isinstance(key, str):
        return None  # [name, site, "x"] is a record, not a link
    return ("link", ends, _text_key(key, fold))


def _plain(value: Any) -> Any:
    from netops.evaluation.trusted import to_plain  # imported here: the evaluation imports this module

    return to_plain(value)


def _as_mapping(value: Any) -> Any:
    """``[[key, value], ...]`` or a two-column table as a mapping (else ``value`` unchanged)."""
    rows = value["rows"] if _is_table(value) and len(value["columns"]) == 2 else value
    if not isinstance(rows, (list, tuple)) or not rows:
        return value
    if not all(isinstance(r, (list, tuple)) and len(r) == 2 and isinstance(r[0], (str, int, float)) for r in rows):
        return value
    mapping = {r[0]: r[1] for r in rows}
    return mapping if len(mapping) == len(rows) else value


def result_key(value: Any, contract: AnswerContract = ANY) -> Hashable:
    """A grouping key, equal for answers that mean the same.

    - the order of a list does not count unless the contract is ordered (a
      path); a list inside a collection keeps its order, except a pair of
      names (a link: ``[a, b]`` is ``[b, a]``);
    - numbers are rounded to 6 significant digits, ints equal equal floats;
      text compares without case and surrounding blanks;
    - the key order of a mapping does not count; a table with named columns
      is the list of its rows as records (dicts);
    - for a breakdown contract (per X) a list of ``[key, value]`` pairs or a
      two-column table is the mapping it spells;
    - a one-item list of a plain value is that value (``["spine1"]`` is
      ``"spine1"``), as in the golden-suite comparator; a one-column table
      is the list of its cells;
    - for a number contract a numeric text is its number and a one-item
      mapping its value; for a yes/no contract "yes"/"no" are booleans.

    Parameters
    ----------
    value : object
        A program's result as plain JSON-like data.
    contract : AnswerContract, optional
        From :func:`answer_contract` (default: ``any``).

    Returns
    -------
    Hashable

    Examples
    --------
    >>> result_key(["b", "a"]) == result_key(["a", "b"])
    True
    >>> result_key(3) == result_key(3.0000001) == result_key(["3.0"], answer_contract("how many?"))
    True
    >>> result_key({"x": 1, "y": 2}) == result_key({"y": 2.0, "x": 1})
    True
    >>> path = answer_contract("shortest path from a to c")
    >>> result_key(["a", "b", "c"], path) == result_key(["c", "b", "a"], path)
    False
    """
    value = _plain(value)
    if contract.kind == "mapping":
        value = _as_mapping(value)
    if contract.kind in {"number", "boolean"}:
        single, inner = _single(value)
        if single and not _is_collection(inner) and not isinstance(inner, Mapping):
            value = inner
        if isinstance(value, str):
            text = value.strip().casefold()
            if contract.kind == "number" and _numeric_text(text) is not None:
                value = _numeric_text(text)
            elif contract.kind == "boolean" and text in _YES | _NO:
                value = text in _YES
    return _canon(value, ordered=contract.ordered, fold=True, top=True)


def diff_key(diff: Any) -> Hashable:
    """A grouping key for a change, equal for changes with the same content.

    Built from :meth:`netops.program.diff.TopologyDiff.to_dict` (a ``TopologyDiff``
    is accepted too). The order of entries does not count, nor do the keys
    of links (which of two parallel links a program took); names and text
    values are compared exactly (the change is applied as written), numbers
    rounded to 6 significant digits.

    Examples
    --------
    >>> one = {"links_removed": [{"ends": ["a", "b"], "key": 0, "attributes": {"speed": 10}},
    ...                          {"ends": ["a", "c"], "key": 0, "attributes": {}}]}
    >>> two = {"links_removed": [{"ends": ["a", "c"], "key": 0, "attributes": {}},
    ...                          {"ends": ["b", "a"], "key": 1, "attributes": {"speed": 10.0}}],
    ...        "summary": "2 links removed"}
    >>> diff_key(one) == diff_key(two)
    True
    >>> diff_key(one) == diff_key({"links_removed": one["links_removed"][:1]})
    False
    """
    if diff is None:
        return ("diff", None)
    if hasattr(diff, "to_dict"):
        diff = diff.to_dict()

    def canon(value: Any) -> Hashable:
        return _canon(value, ordered=False, fold=False, top=False)

    def ends(entry: Mapping[str, Any]) -> tuple[str, ...]:
        return tuple(sorted((str(e) for e in entry.get("ends") or ()), key=str))

    def changes(items: Iterable[Mapping[str, Any]]) -> tuple[Hashable, ...]:
        return _sorted_bag((str(c.get("name")), canon(c.get("before")), canon(c.get("after"))) for c in items or ())

    def devices(section: Mapping[str, Any] | None) -> tuple[Hashable, ...]:
        return _sorted_bag((str(name), canon(attrs)) for name, attrs in (section or {}).items())

    return (
        "diff",
        devices(diff.get("devices_added")),
        devices(diff.get("devices_removed")),
        _sorted_bag((str(name), changes(items)) for name, items in (diff.get("devices_changed") or {}).items()),
        _sorted_bag((ends(e), canon(e.get("attributes") or {})) for e in diff.get("links_added") or ()),
        _sorted_bag((ends(e), canon(e.get("attributes") or {})) for e in diff.get("links_removed") or ()),
        _sorted_bag((ends(e), changes(e.get("changes"))) for e in diff.get("links_changed") or ()),
        changes(diff.get("graph_changed")),
    )


# -- the vote ----------------------------------------------------------------------------------

#: Failure kinds of candidates that never ran (they do not count as considered).
NOT_RUN_FAILURES = frozenset({FailureKind.NO_CODE, FailureKind.SYNTAX, FailureKind.REPEATED})


@dataclass
class Candidate:
    """One candidate program and what running it gave.

    Attributes
    ----------
    code : str
        The program.
    origin : str
        ``"greedy"`` for the greedy generation, else e.g. ``"sample"`` or ``"repair"``.
    logprob : float or None
        The mean token log-probability of the generation, when known.
    value : object
        The program's result (plain JSON-like data).
    diff : dict or None
        For a change: :meth:`netops.program.diff.TopologyDiff.to_dict` of its change.
    failure : str or None
        The failure kind (``runtime``, ``timeout``, ``syntax``, ...) or None.
    change : bool
        Whether the request is a change (judged by ``diff``, not ``value``).
    message : str or None
        The failure message, when there is one.
    """

    code: str
    origin: str = "sample"
    logprob: float | None = None
    value: Any = None
    diff: dict[str, Any] | None = None
    failure: str | None = None
    change: bool = False
    message: str | None = None

    @property
    def greedy(self) -> bool:
        """Whether this is the greedy generation."""
        return self.origin == "greedy"


@dataclass(frozen=True)
class Thresholds:
    """When agreement counts as high, medium or low confidence.

    Measured on the golden suite (BENCHMARKS.md, "Choosing by running"): with
    every program of five agreeing on a non-empty answer, the answer was right
    21 times in 22; a majority was right 80% of the time, less than that 34%.
    An empty answer is never above ``low`` (see :attr:`Selection.label`).

    Attributes
    ----------
    high : float
        Share of the considered programs that must agree for ``high``.
    high_min_considered : int
        ... and at least this many programs must have run.
    majority : float
        ``medium`` needs a share strictly above this; below or at it is ``low``.
    """

    high: float = 1.0
    high_min_considered: int = 3
    majority: float = 0.5

    def label(self, votes: int, considered: int) -> str:
        """``"high"``, ``"medium"`` or ``"low"`` for ``votes`` agreeing of ``considered``.

        >>> t = Thresholds()
        >>> t.label(3, 3), t.label(3, 4), t.label(1, 1), t.label(2, 4), t.label(0, 0)
        ('high', 'medium', 'medium', 'low', 'low')
        """
        if considered <= 0 or votes <= 0:
            return "low"
        share = votes / considered
        if share >= self.high and considered >= self.high_min_considered:
            return "high"
        if share > self.majority:
            return "medium"
        return "low"


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Rejection:
    """A candidate left out of the vote, and why."""

    index: int
    candidate: Candidate
    reason: str


def _score(logprob: float | None) -> float:
    return -math.inf if logprob is None or math.isnan(logprob) else logprob


@dataclass(frozen=True)
class Group:
    """Candidates whose answers mean the same.

    ``indexes`` are positions in the list given to :func:`select`, in order.
    """

    key: Hashable
    members: tuple[Candidate, ...]
    indexes: tuple[int, ...]

    @property
    def votes(self) -> int:
        """How many candidates gave this answer."""
        return len(self.members)

    @property
    def best_logprob(self) -> float | None:
        """The best mean log-probability among the members (None when none is known)."""
        known = [m.logprob for m in self.members if m.logprob is not None and not math.isnan(m.logprob)]
        return max(known) if known else None

    @property
    def has_greedy(self) -> bool:
        """Whether the greedy candidate gave this answer."""
        return any(m.greedy for m in self.members)

    @property
    def first_index(self) -> int:
        """The position of the first member."""
        return self.indexes[0]

    @property
    def representative(self) -> Candidate:
        """The member that stands for the group: the greedy one, else the most probable, else the first."""
        for member in self.members:
            if member.greedy:
                return member
        return max(self.members, key=lambda m: _score(m.logprob))  # max keeps the first of equals

    @property
    def code(self) -> str:
        """The representative's program."""
        return self.representative.code

    @property
    def value(self) -> Any:
        """The representative's result."""
        return self.representative.value

    @property
    def diff(self) -> dict[str, Any] | None:
        """The representative's change (None for a question)."""
        return self.representative.diff

    def rank(self) -> tuple[int, float, bool, int]:
        """Sort key: most votes, then best log-probability, then greedy, then first seen."""
        return (-self.votes, -_score(self.best_logprob), not self.has_greedy, self.first_index)


@dataclass(frozen=True)
class Selection:
    """The outcome of a vote.

    Attributes
    ----------
    winner : Candidate or None
        The winning group's representative; None when no candidate survived.
    votes : int
        The size of the winning group.
    considered : int
        How many candidates ran (failures before running, such as ``syntax``,
        do not count; see :data:`NOT_RUN_FAILURES`).
    groups : tuple of Group
        Every group, the winner first.
    rejected : tuple of Rejection
        The candidates left out, each with its reason.
    reason : str or None
        Why there is no winner (None when there is one).
    thresholds : Thresholds
        What :attr:`label` is computed with.
    """

    winner: Candidate | None
    votes: int
    considered: int
    groups: tuple[Group, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    reason: str | None = None
    thresholds: Thresholds = field(default=DEFAULT_THRESHOLDS)

    @property
    def ok(self) -> bool:
        """Whether there is a winner."""
        return self.winner is not None

    @property
    def alternatives(self) -> tuple[Group, ...]:
        """The runner-up groups (their ``code``, ``value``, ``diff`` and ``votes``), best first."""
        return self.groups[1:]

    @property
    def confidence(self) -> float:
        """The share of considered programs that agree with the winner (0.0 without one)."""
        return self.votes / self.considered if self.considered and self.winner is not None else 0.0

    @property
    def label(self) -> str:
        """``"high"``, ``"medium"`` or ``"low"`` (see :class:`Thresholds`).

        An empty winning answer is always ``low``, however many programs agree
        on it: wrong programs converge on "nothing" (a filter on a value no
        device has matches nothing every time), so agreement on empty is no
        evidence. On the golden suite none of 24 agreed-on empty answers was right.
        """
        if self.empty:
            return "low"
        return self.thresholds.label(self.votes if self.winner is not None else 0, self.considered)

    @property
    def empty(self) -> bool:
        """Whether the winning answer is empty (all surviving programs answered nothing)."""
        if self.winner is None:
            return False
        if self.winner.change:
            return is_empty_diff(self.winner.diff)
        return is_empty_value(self.winner.value)

    def describe(self) -> str:
        """The agreement in words: ``'3 of 4 programs agree'``.

        >>> Selection(None, 0, 2, reason="no program gave a usable answer").describe()
        'no program gave a usable answer'
        """
        if self.winner is None:
            return self.reason or "no program gave a usable answer"
        noun = "program" if self.considered == 1 else "programs"
        verb = "agrees" if self.votes == 1 and self.considered == 1 else "agree"
        return f"{self.votes} of {self.considered} {noun} {verb}"


def _same_meaning(a: Any, b: Any, contract: AnswerContract) -> bool:
    """Both ways equal by the golden-suite comparator (which keys alone may miss)."""
    from netops.evaluation.compare import compare  # imported here: the evaluation imports this module

    try:
        return compare(a, b, ordered=contract.ordered).ok and compare(b, a, ordered=contract.ordered).ok
    except Exception:  # noqa: BLE001 - an exotic value is simply not merged
        return False


def _group(survivors: list[tuple[int, Candidate]], contract: AnswerContract) -> list[Group]:
    buckets: dict[tuple[str, Hashable], list[tuple[int, Candidate]]] = {}
    for index, candidate in survivors:
        key: tuple[str, Hashable] = ("change", diff_key(candidate.diff)) if candidate.change else ("value", result_key(candidate.value, contract))
        buckets.setdefault(key, []).append((index, candidate))
    # Merge buckets of questions that the comparator says mean the same (a table and its list of rows).
    merged: list[tuple[tuple[str, Hashable], list[tuple[int, Candidate]]]] = []
    for key, members in buckets.items():
        if key[0] == "value":
            for other_key, other in merged:
                if other_key[0] == "value" and _same_meaning(other[0][1].value, members[0][1].value, contract):
                    other.extend(members)
                    break
            else:
                merged.append((key, list(members)))
        else:
            merged.append((key, list(members)))
    groups = []
    for key, members in merged:
        members.sort(key=lambda item: item[0])
        groups.append(Group(key, tuple(c for _, c in members), tuple(i for i, _ in members)))
    groups.sort(key=Group.rank)
    return groups


def _no_winner_reason(rejected: Sequence[Rejection], total: int) -> str:
    if not total:
        return "no candidates"
    failures = [r.candidate.failure for r in rejected if r.candidate.failure is not None]
    parts = []
    if failures:
        parts.append(f"{len(failures)} failed ({', '.join(sorted(set(failures)))})")
    contract = sum(1 for r in rejected if r.candidate.failure is None and r.reason.startswith("expected "))
    if contract:
        parts.append(f"{contract} broke the answer contract")
    unchanged = sum(1 for r in rejected if r.reason == "changed nothing")
    if unchanged:
        parts.append(f"{unchanged} changed nothing")
    return "no program gave a usable answer: " + "; ".join(parts)


def select(
    candidates: Sequence[Candidate],
    contract: AnswerContract = ANY,
    *,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    prefer_nonempty: bool = True,
) -> Selection:
    """Pick an answer by execution agreement.

    1. failed candidates are left out;
    2. a question's answer that breaks ``contract`` is left out;
    3. an empty answer is left out unless every remaining answer is empty
       (a change that changed nothing is always left out);
    4. the rest are grouped by meaning (:func:`result_key` and the
       comparator, :func:`diff_key` for changes); the largest group wins,
       ties going to the best mean log-probability in the group, then to
       the group holding the greedy candidate, then to the first seen.

    Parameters
    ----------
    candidates : sequence of Candidate
        In generation order (greedy first, usually).
    contract : AnswerContract, optional
        From :func:`answer_contract` (not applied to changes).
    thresholds : Thresholds, optional
        For the confidence label.
    prefer_nonempty : bool, optional
        Step 3 (default True).

    Returns
    -------
    Selection
        With no winner (and ``reason``, ``rejected``) when nothing survived.

    Examples
    --------
    >>> s = select([Candidate("result = 1", failure="runtime"), Candidate("result = []", value=[])])
    >>> s.winner.value, s.describe(), s.label
    ([], '1 of 2 programs agree', 'low')
    >>> s = select([Candidate("x", failure="syntax"), Candidate("y", failure="timeout")])
    >>> s.ok, s.reason
    (False, 'no program gave a usable answer: 2 failed (syntax, timeout)')
    """
    rejected: list[Rejection] = []
    survivors: list[tuple[int, Candidate]] = []
    considered = 0
    for index, candidate in enumerate(candidates):
        if candidate.failure not in NOT_RUN_FAILURES:
            considered += 1
        if candidate.failure is not None:
            detail = f": {candidate.message}" if candidate.message else ""
            rejected.append(Rejection(index, candidate, f"failed ({candidate.failure}){detail}"))
            continue
        if candidate.change:
            if is_empty_diff(candidate.diff):
                rejected.append(Rejection(index, candidate, "changed nothing"))
                continue
        else:
            problem = check_contract(contract, candidate.value)
            if problem is not None:
                rejected.append(Rejection(index, candidate, problem))
                continue
        survivors.append((index, candidate))
    if prefer_nonempty:
        questions = [(i, c) for i, c in survivors if not c.change]
        nonempty = [(i, c) for i, c in questions if not is_empty_value(c.value)]
        if nonempty and len(nonempty) < len(questions):
            keep = {i for i, _ in nonempty}
            for index, candidate in questions:
                if index not in keep:
                    rejected.append(Rejection(index, candidate, "empty answer"))
            survivors = [(i, c) for i, c in survivors if c.change or i in keep]
    rejected.sort(key=lambda r: r.index)
    if not survivors:
        return Selection(
            None,
            0,
            considered,
            rejected=tuple(rejected),
            reason=_no_winner_reason(rejected, len(candidates)),
            thresholds=thresholds,
        )
    groups = _group(survivors, contract)
    best = groups[0]
    return Selection(
        best.representative,
        best.votes,
        considered,
        groups=tuple(groups),
        rejected=tuple(rejected),
        thresholds=thresholds,
    )


def needs_more_candidates(greedy: Candidate, contract: AnswerContract, *, min_logprob: float) -> str | None:
    """Why the greedy program alone is not enough and samples should be drawn, or None.

    In order: a failure, an empty answer (a change that changed nothing), a
    broken contract, a mean log-probability below ``min_logprob``. An
    unknown log-probability is no reason.

    Examples
    --------
    >>> how_many = answer_contract("how many spines?")
    >>> needs_more_candidates(Candidate("result = 2", "greedy", -0.1, value=2), how_many, min_logprob=-0.5) is None
    True
    >>> needs_more_candidates(Candidate("result = 2", "greedy", -0.9, value=2), how_many, min_logprob=-0.5)
    'low confidence: mean log-probability -0.900 < -0.500'
    >>> needs_more_candidates(Candidate("result = x", "greedy", failure="runtime"), how_many, min_logprob=-0.5)
    'failed (runtime)'
    """
    if greedy.failure is not None:
        return f"failed ({greedy.failure})"
    if greedy.change:
        if is_empty_diff(greedy.diff):
            return "changed nothing"
    else:
        if is_empty_value(greedy.value):
            return "empty answer"
        problem = check_contract(contract, greedy.value)
        if problem is not None:
            return problem
    if greedy.logprob is not None and not math.isnan(greedy.logprob) and greedy.logprob < min_logprob:
        return f"low confidence: mean log-probability {greedy.logprob:.3f} < {min_logprob:.3f}"
    return None
