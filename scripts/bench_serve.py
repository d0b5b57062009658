"""Benchmark `kg serve`: latency of the named queries over HTTP on a graph of ≥ 1,000,000 triples.

    python scripts/bench_serve.py [--graph FILE.ttl] [--actors 16000] [--calls 48000] [--runs 40]

Without --graph a synthetic graph in the shape `kg build` writes is generated
(scripts/synthetic_graph.py; 16,000 actors and 48,000 calls give about a million triples). It is
bulk-loaded into an Oxigraph store, served by `kg serve`'s endpoint, and each named query is sent
--runs times with SPARQLWrapper: with its parameter bound to a name from the graph (as an analyst
asks "the calls of X"), and for the queries without a parameter as they are. Prints p50 and p95.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from SPARQLWrapper import JSON, SPARQLWrapper

from kg.graph.query import bind_values, list_named_queries
from kg.graph.store import write_store
from kg.serve import Endpoint


def synthetic(path: Path, actors: int, calls: int) -> Path:
    from synthetic_graph import Sizes, build

    graph = build(Sizes(actors=actors, calls=calls), 13)
    graph.serialize(path, format="ox-turtle")
    return path


def sample_names(endpoint: Endpoint) -> dict[str, str]:
    """A busy actor's and a region's name, to bind the parameters with."""
    ask = SPARQLWrapper(f"{endpoint.url}/query")
    ask.setReturnFormat(JSON)
    ask.setQuery("""PREFIX kg: <https://w3id.org/arabic-news-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name (COUNT(?c) AS ?n) WHERE { ?c kg:participant ?a . ?a rdfs:label ?name FILTER(lang(?name) = "en") }
        GROUP BY ?name ORDER BY DESC(?n) LIMIT 1 OFFSET 20""")
    actor = ask.queryAndConvert()["results"]["bindings"][0]["name"]["value"]
    ask.setQuery("""PREFIX kg: <https://w3id.org/arabic-news-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name WHERE { ?c kg:about ?r . ?r rdfs:label ?name FILTER(lang(?name) = "en") } LIMIT 1""")
    region = ask.queryAndConvert()["results"]["bindings"][0]["name"]["value"]
    return {"actorName": actor, "regionName": region}


def timed(endpoint: Endpoint, text: str, runs: int) -> tuple[list[float], int]:
    client = SPARQLWrapper(f"{endpoint.url}/query")
    client.setReturnFormat(JSON)
    client.setQuery(text)
    client.setMethod("POST")
    times, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = len(client.queryAndConvert()["results"]["bindings"])
        times.append(time.perf_counter() - started)
    return times, rows


def report(label: str, times: list[float], rows: int) -> None:
    p50 = statistics.median(times) * 1000
    p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)] * 1000
    print(f"  {label:<44} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   ({rows} rows)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path)
    parser.add_argument("--actors", type=int, default=16_000)
    parser.add_argument("--calls", type=int, default=48_000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="kg-serve-bench-"))
    graph = args.graph or synthetic(scratch / "graph.ttl", args.actors, args.calls)
    started = time.perf_counter()
    store = write_store(graph, scratch / "store")
    import pyoxigraph

    triples = len(pyoxigraph.Store.read_only(str(store)))
    print(f"{graph}: {triples:,} triples, bulk-loaded in {time.perf_counter() - started:.1f} s")
    endpoint = Endpoint(store, port=0, timeout=60, max_result_bytes=512 * 2**20).start()
    try:
        names = sample_names(endpoint)
        print(f"named queries through kg serve ({args.runs} runs each; parameters bound to {names}):")
        for query in list_named_queries():
            bound = {p: names[p] for p in query.param_names if p in names}
            if bound:
                report(f"{query.name} ({', '.join(bound)} bound)", *timed(endpoint, bind_values(query.text, bound), args.runs))
            else:
                report(query.name, *timed(endpoint, query.text, args.runs))
    finally:
        endpoint.stop()


if __name__ == "__main__":
    main()
