"""The SQLite store: interaction log, program cache, learned examples, apply journal.

:class:`Store` is the one object front ends open (``netops.app.open_store``):
the database file and its schema (:mod:`netops.store.base`) with the methods of
each table (:mod:`~netops.store.interactions`, :mod:`~netops.store.program_cache`,
:mod:`~netops.store.examples`, :mod:`~netops.store.journal`). Rows come back as
frozen dataclasses. Nothing here renders or prints.
"""

from __future__ import annotations

from netops.store.base import MIGRATIONS, RESULT_CAP, SCHEMA_VERSION, default_db_path, normalize_request
from netops.store.examples import ExamplesTable, LearnedExample
from netops.store.interactions import Interaction, InteractionsTable
from netops.store.journal import JournalEntry, JournalTable
from netops.store.program_cache import CachedProgram, ProgramCacheTable, cache_key

__all__ = [
    "SCHEMA_VERSION",
    "MIGRATIONS",
    "RESULT_CAP",
    "Store",
    "Interaction",
    "CachedProgram",
    "LearnedExample",
    "JournalEntry",
    "default_db_path",
    "normalize_request",
    "cache_key",
]


class Store(InteractionsTable, ProgramCacheTable, ExamplesTable, JournalTable):
    """The netops SQLite database.

    Parameters
    ----------
    path : str or pathlib.Path, optional
        Database file; default :func:`default_db_path` (resolved when the
        store is created, so ``$NETOPS_HOME`` set before that is honoured).

    Notes
    -----
    One connection per store and process: a store used in a forked child
    opens its own connection there. Calls are serialized by a lock, so a
    store may be shared between threads.

    Examples
    --------
    >>> import tempfile, os
    >>> store = Store(os.path.join(tempfile.mkdtemp(), "netops.db"))
    >>> key = store.cache_key("How many leaves?", "fp", "m", "1")
    >>> store.cache_get(key) is None
    True
    >>> store.cache_put(key, "result = 4\\n", read_only=True)
    >>> store.cache_get(key).code
    'result = 4\\n'
    >>> store.close()
    """
