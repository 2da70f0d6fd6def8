"""Model backends: one small protocol, several implementations.

``base`` defines :class:`~netops.llm.base.Backend` and its data classes;
``resolve`` turns a ``--model`` string into a backend; ``models`` holds the
embedded default models. Backend modules import their heavy libraries
(llama-cpp-python, torch) only when a backend is constructed.
"""

from netops.llm.base import Backend, Completion, CompletionOptions, Message

__all__ = ["Backend", "Completion", "CompletionOptions", "Message"]
