"""Topologies: the model, its schema summary, file formats and generators."""

from netops.topology.formats import detect_format, dumps, load, loads, save
from netops.topology.model import INTERFACES, Topology, same_topology
from netops.topology.schema import SchemaSummary, fingerprint, summarize

__all__ = [
    "INTERFACES",
    "Topology",
    "same_topology",
    "SchemaSummary",
    "summarize",
    "fingerprint",
    "load",
    "loads",
    "save",
    "dumps",
    "detect_format",
]
