"""Write the explorer: one self-contained HTML file that works offline.

The page is assembled from our own template (kg/explorer/assets/template.html), not from
pyvis's: pyvis's template pulls Bootstrap and tom-select from CDNs and has no room for the
filters and the evidence panel. What is reused from pyvis is the vis-network 9.1.2 build it
ships (pyvis/templates/lib/vis-9.1.2/vis-network.min.js), inlined verbatim except that every
"://" is written ":\\/\\/" — the same string for JavaScript, and it keeps the licence comments'
and the SVG namespace's URLs from showing up as URLs in the file. The page loads nothing:
a Content-Security-Policy meta tag forbids any fetch, and the file contains no "http://" or
"https://" at all. The same graph always gives the same bytes (sorted data, seeded layout,
integer positions, no timestamps).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.explorer.layout import LayoutParams, layout
from kg.explorer.payload import BIG_GRAPH, build_payload, embed_json
from kg.explorer.projection import project

APP_SCRIPTS = ("filters.js", "search.js", "panel.js", "model.js", "view.js", "explorer.js")
VIS_JS = "templates/lib/vis-9.1.2/vis-network.min.js"
_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")


@dataclass(frozen=True)
class ExplorerSummary:
    """What `write_explorer` wrote."""

    nodes: int
    edges: int
    bytes: int
    calls: int = 0
    path: Path | None = None


@cache
def _asset(name: str) -> str:
    return resources.files("kg.explorer").joinpath("assets", name).read_text(encoding="utf-8")


@cache
def _vis_js() -> str:
    return resources.files("pyvis").joinpath(VIS_JS).read_text(encoding="utf-8")


def script_safe(js: str) -> str:
    """JavaScript that can sit inside <script> and contains no literal "://"."""
    return js.replace("://", ":\\/\\/").replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


def assemble(data_json: str) -> str:
    """The page around an embedded JSON document (see `kg.explorer.payload`)."""
    parts = {
        "CSS": _asset("explorer.css"),
        "VIS_JS": script_safe(_vis_js()),
        "APP_JS": script_safe("\n".join(_asset(name) for name in APP_SCRIPTS)),
        "DATA": data_json,
    }
    html = _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _asset("template.html"))
    if "http://" in html or "https://" in html:
        raise RuntimeError("explorer page would contain a URL; refusing to write a non-offline page")
    return html


def render_explorer(nx_graph: nx.MultiDiGraph, params: LayoutParams = LayoutParams(), big: int = BIG_GRAPH) -> str:
    """The explorer HTML for a projection made by `kg.explorer.projection.project`.

    Above `big` nodes the page starts in its light mode: "about" edges unticked (and created
    only when first shown), no hover effects, edges hidden while dragging or zooming.
    """
    return assemble(embed_json(build_payload(nx_graph, layout(nx_graph, params), big)))


def write_atomic(path: Path, text: str) -> int:
    """Write `text` as UTF-8 through a temporary file in the same folder; returns the size."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(data)


def write_explorer(graph: Graph | Iterable[tuple], path: Path) -> ExplorerSummary:
    """Project `graph` (or sorted triples), render the explorer and write it to `path` atomically."""
    projected = project(graph)
    size = write_atomic(Path(path), render_explorer(projected))
    return ExplorerSummary(
        nodes=projected.number_of_nodes(), edges=projected.number_of_edges(), bytes=size,
        calls=len(projected.graph.get("calls", ())), path=Path(path),
    )
