"""Real-world topology files (issue 15): every file of the committed corpus loads as a user gets it.

``data/corpus/<source>/`` holds files as their projects publish them, unchanged; each source's
``NOTICE.md`` names the repository, commit, paths and licence:

``containerlab``
    every topology file of srl-labs/containerlab's ``lab-examples/`` and ``tests/`` (BSD-3-Clause)
``topology-zoo``
    every GraphML and GML file of the Internet Topology Zoo (CC BY 4.0)
``topohub``
    TopoHub's networkx node-link JSON (links under ``edges``, integer or text ids) and GML (MIT)
``sndlib``
    networks in TopoHub's SNDlib shape written for this corpus (SNDlib's terms are unclear)

Besides the corpus: graphs networkx writes itself, with int, str and tuple node ids (node-link
JSON with ``links`` and with ``edges``, GraphML, GML), and the multi-site NetBox export and NAPALM
LLDP answers of the format tests (``data/multisite.netbox.json``, ``data/lldp/``), used in place.
``tests/benchmarks/format_corpus.py`` prints the table of files tried and read per source and
format (BENCHMARKS.md, "Real-world files").
"""

from __future__ import annotations

import functools
import html
import json
import logging
from pathlib import Path

import networkx as nx
import pytest
import yaml
from format_helpers import DATA

from netops.errors import TopologyError
from netops.topology.formats import dumps, load
from netops.topology.formats.lldp import attach_links, load_lldp
from netops.topology.model import Topology

CORPUS = DATA / "corpus"

#: The format each file must be read as, by its ending (the first that matches). Plain ``.yml``
#: files are all containerlab labs here, which netops must tell from other YAML by content.
EXPECTED_FORMAT = {".clab.yml": "clab", ".clab.yaml": "clab", ".yml": "clab", ".graphml": "graphml",
                   ".gml": "gml", ".json": "json"}

#: Corpus files that do not load: (part of the error each gives, why). Kept true: each must still
#: fail so. Go templates: containerlab renders a topology file's {{ if .addNode }}...{{ end }}
#: blocks with the values of `clab deploy --vars` before it parses the YAML, and two of its own
#: tests use that; as published they are not YAML, and netops reads YAML.
GO_TEMPLATE = "Go template: not YAML until containerlab renders its {{ if }} blocks"
KNOWN_UNREADABLE = {
    "containerlab/tests/01-smoke/29-apply.clab.yml": ("invalid YAML", GO_TEMPLATE),
    "containerlab/tests/13-srsim/11-srsim-apply.clab.yml": ("invalid YAML", GO_TEMPLATE),
}

#: containerlab files that break containerlab's own schema (data/clab.schema.json, the same
#: commit) as published. Written back by netops they may break it in the same places, no others.
SCHEMA_INVALID_AS_PUBLISHED = {
    # `type: 5132`: a number where the schema wants text.
    "containerlab/lab-examples/ciena_saos/ciena_saos.clab.yml",
    # `kind: cumulus_cvx`, which the schema's list of kinds no longer has.
    "containerlab/lab-examples/cvx01/topo.clab.yml",
    "containerlab/lab-examples/cvx02/topo.clab.yml",
    # SR-SIM chassis types in capitals ("SR-1", "SR-7", "SR-14s"), which the schema's
    # nokia_srsim type patterns do not accept.
    "containerlab/lab-examples/sr-sim/lab-distributed-components.clab.yaml",
    "containerlab/lab-examples/sr-sim/lab-distributed.clab.yaml",
    "containerlab/lab-examples/sr-sim/lab-integrated.clab.yaml",
    "containerlab/lab-examples/sr-sim/lab.clab.yaml",
    "containerlab/lab-examples/sr-sim/sr-14s-components.clab.yaml",
    "containerlab/lab-examples/sr-sim/sr-14s.clab.yaml",
    "containerlab/lab-examples/sr-sim/sr-2s.clab.yaml",
    # `ports: [601342, ...]`: numbers where the schema wants "host:container" text.
    "containerlab/tests/13-srsim/07-srsim-mix.clab.yml",
    # A card type ("cpm-1x/i24-800gqsfpdd-1") missing from the schema's list.
    "containerlab/tests/13-srsim/10-srsim-lifecycle.clab.yml",
}


def corpus_files() -> list[Path]:
    """Every corpus file but the notices, in a stable order."""
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "NOTICE.md")


def relative(path: Path) -> str:
    """The file's path under the corpus, ``<source>/...``."""
    return path.relative_to(CORPUS).as_posix()


def expected_format(path: Path) -> str:
    return next(fmt for ending, fmt in EXPECTED_FORMAT.items() if path.name.endswith(ending))


def node_link_data(graph: nx.Graph, key: str) -> dict:
    """networkx's node-link data with links under ``key`` (3.4+ ``edges=``, before that ``link=``)."""
    try:
        return nx.node_link_data(graph, edges=key)
    except TypeError:
        return nx.node_link_data(graph, link=key)


def node_link_graph(data: dict) -> nx.Graph:
    key = "edges" if "edges" in data else "links"
    try:
        return nx.node_link_graph(data, edges=key)
    except TypeError:
        return nx.node_link_graph(data, link=key)


def read_with_networkx(path: Path) -> nx.Graph:
    """The file as networkx's own reader gives it (GML nodes by id: labels may repeat)."""
    if path.suffix == ".graphml":
        return nx.read_graphml(path)
    if path.suffix == ".gml":
        # networkx reads only ASCII GML, as the format says; TopoHub writes names in UTF-8
        # (netops reads both), so networkx gets those characters as the &#N; references GML has.
        text = path.read_text(encoding="utf-8")
        return nx.parse_gml("".join(c if c.isascii() else f"&#{ord(c)};" for c in text), label="id")
    return node_link_graph(json.loads(path.read_text(encoding="utf-8")))


#: Node ids of each kind networkx users have: ints (generators), text, tuples (grids).
NETWORKX_GRAPHS = {
    "int": nx.petersen_graph,
    "str": nx.les_miserables_graph,
    "tuple": lambda: nx.grid_2d_graph(4, 5),
}
NETWORKX_FILES = ["links.json", "edges.json", "graphml", "gml"]


def write_networkx_graph(ids: str, style: str, folder: Path) -> Path:
    """Write one NETWORKX_GRAPHS graph the way networkx does, as a user would, in ``style``."""
    graph = NETWORKX_GRAPHS[ids]()
    path = folder / f"{ids}-ids.{style}"
    if style.endswith(".json"):
        path.write_text(json.dumps(node_link_data(graph, style.split(".")[0])), encoding="utf-8")
    elif style == "graphml":
        nx.write_graphml(graph, path)
    else:
        # GML labels are text: networkx writes other ids only through a stringizer.
        nx.write_gml(graph, path, stringizer=None if ids != "tuple" else str)
    return path


@functools.cache
def _load(path: Path) -> Topology:
    """Each file is loaded once per session (the tests only read the topologies)."""
    return load(path)


CORPUS_FILES = corpus_files()
IDS = [relative(p) for p in CORPUS_FILES]


def test_corpus_is_what_the_notices_say():
    """Each source is present with its notice; the expected list entries name real files."""
    sources = {p.parts[len(CORPUS.parts)] for p in CORPUS_FILES}
    assert sources == {"containerlab", "topology-zoo", "topohub", "sndlib"}
    assert all((CORPUS / source / "NOTICE.md").is_file() for source in sources)
    counts = {source: sum(relative(p).startswith(source + "/") for p in CORPUS_FILES) for source in sources}
    assert counts["containerlab"] >= 40 and counts["topology-zoo"] == 552
    assert set(KNOWN_UNREADABLE) | SCHEMA_INVALID_AS_PUBLISHED <= set(IDS)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=IDS)
def test_corpus_file_loads(path):
    """The file loads, format chosen by its ending or content as for a user, and has devices."""
    name = relative(path)
    if name in KNOWN_UNREADABLE:
        with pytest.raises(TopologyError, match=KNOWN_UNREADABLE[name][0]):
            load(path)
        return
    topology = _load(path)
    assert topology.source_format == expected_format(path)
    assert topology.number_of_devices() > 0


COMPARED = [
    p for p in CORPUS_FILES
    if p.suffix in (".graphml", ".json") or (p.suffix == ".gml" and "topology-zoo" not in p.parts)
]


@pytest.mark.parametrize("path", COMPARED, ids=[relative(p) for p in COMPARED])
def test_counts_match_networkx(path):
    """netops reads as many devices and links as networkx's own reader of the format.

    (The Topology Zoo's GML files repeat edges without saying ``multigraph 1``, which networkx
    refuses; they are checked against their GraphML twins instead.)
    """
    graph = read_with_networkx(path)
    topology = _load(path)
    read = (topology.number_of_devices(), topology.number_of_links())
    assert read == (graph.number_of_nodes(), graph.number_of_edges())


ZOO = sorted(p.stem for p in (CORPUS / "topology-zoo" / "gml").glob("*.gml"))


def _comparable(attrs: dict) -> str:
    # The Zoo's GraphML files escape '&' and '"' in some values twice ("&amp;quot;T&amp;quot;"), its
    # GML files once or not at all; unescaping both sides compares what was meant. Each node's
    # original 'id' is a GraphML column, and in GML an attribute only for nodes sharing a label.
    text = {k: html.unescape(v) if isinstance(v, str) else v for k, v in attrs.items() if k not in ("id", "key")}
    return json.dumps(text, sort_keys=True)


@pytest.mark.parametrize("name", ZOO)
def test_topology_zoo_gml_and_graphml_agree(name):
    """The GML and GraphML files of a Zoo network read as the same devices, links and attributes."""
    gml = _load(CORPUS / "topology-zoo" / "gml" / f"{name}.gml")
    graphml = _load(CORPUS / "topology-zoo" / "graphml" / f"{name}.graphml")
    assert _comparable(gml.graph.graph) == _comparable(graphml.graph.graph)
    assert {n: _comparable(a) for n, a in gml.devices()} == {n: _comparable(a) for n, a in graphml.devices()}

    def links(topology: Topology) -> list[tuple[list[str], str]]:
        return sorted((sorted((a, b)), _comparable(attrs)) for a, b, _key, attrs in topology.links())

    assert links(gml) == links(graphml)


CLAB = [p for p in CORPUS_FILES if expected_format(p) == "clab" and relative(p) not in KNOWN_UNREADABLE]


@pytest.fixture(scope="module")
def clab_schema():
    """test_formats_clab_schema's validator (the module pytest imported: the schema is read once)."""
    pytest.importorskip("jsonschema")
    import test_formats_clab_schema

    return test_formats_clab_schema


@pytest.mark.parametrize("path", CLAB, ids=[relative(p) for p in CLAB])
def test_containerlab_file_written_back_validates(path, clab_schema):
    """Written back as containerlab, the lab is valid by containerlab's schema.

    A lab that breaks the schema as published may break it in the same places, and no others.
    """
    written = dumps(_load(path), format="clab")
    if relative(path) not in SCHEMA_INVALID_AS_PUBLISHED:
        clab_schema.assert_valid(written)
        return

    def problems(text: str) -> set[tuple[str, str]]:
        return {(e.json_path, e.validator) for e in clab_schema.VALIDATOR.iter_errors(yaml.safe_load(text))}

    published = problems(path.read_text(encoding="utf-8"))
    assert published, "valid as published now: take it off SCHEMA_INVALID_AS_PUBLISHED"
    assert problems(written) <= published


@pytest.fixture(scope="module")
def networkx_folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("networkx")


@pytest.mark.parametrize("style", NETWORKX_FILES)
@pytest.mark.parametrize("ids", list(NETWORKX_GRAPHS))
def test_networkx_written_graph_loads(ids, style, networkx_folder, caplog):
    """A graph networkx wrote loads with its nodes (ids as text), links and format; non-text ids are said."""
    path = write_networkx_graph(ids, style, networkx_folder)
    with caplog.at_level(logging.WARNING, logger="netops.topology"):
        topology = load(path)
    assert topology.source_format == style.split(".")[-1]
    graph = read_with_networkx(path) if style != "gml" else nx.read_gml(path)
    assert set(topology.graph.nodes) == {str(node) for node in graph.nodes}
    assert topology.number_of_links() == graph.number_of_edges() > 0
    said = any("read as text" in r.getMessage() for r in caplog.records)
    assert said == (style.endswith(".json") and ids != "str")


def test_multisite_netbox_export_loads():
    """The multi-site NetBox export (devices, interfaces, cables answers in one file) loads with links."""
    topology = load(DATA / "multisite.netbox.json")
    assert topology.source_format == "netbox"
    assert topology.number_of_devices() > 0 and topology.number_of_links() > 0


@pytest.mark.parametrize("answers", ["napalm.json", "per-device"])
def test_napalm_lldp_answers_give_an_inventory_its_links(answers):
    """A Nornir inventory without links gets them from NAPALM get_lldp_neighbors answers."""
    topology = load(DATA / "lldp" / "inventory" / "hosts.yaml")
    assert topology.number_of_devices() > 0 and topology.number_of_links() == 0
    summary = attach_links(topology, load_lldp(DATA / "lldp" / answers))
    assert summary.added == topology.number_of_links() > 0
    assert topology.structural_problems() == []
