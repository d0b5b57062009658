"""The network explorer: RDF graph → networkx projection → one offline HTML page.

    project(graph)                    rdflib.Graph → networkx.MultiDiGraph (kg.explorer.projection)
    render_explorer(nx_graph)         → HTML text
    write_explorer(graph, path)       → ExplorerSummary(nodes, edges, bytes, calls, path)
    view_from_ttl(ttl_path, out_path) → ExplorerSummary, for `kg view`
"""

from kg.explorer.projection import project
from kg.explorer.render import ExplorerSummary, render_explorer, write_explorer
from kg.explorer.view import view_from_ttl

__all__ = ["ExplorerSummary", "project", "render_explorer", "view_from_ttl", "write_explorer"]
