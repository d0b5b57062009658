"""Benchmark: rdflib's memory store against the embedded Oxigraph store (oxrdflib).

Builds a synthetic call graph of about N triples (default 1,000,000) in the project's shape, then
times, for each store: loading it from N-Triples, a one-actor lookup (SPARQL, one actor's calls)
and a two-hop join (who spoke with someone who spoke with the actor).
    python scripts/bench_store.py [N]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import RDF, Graph, Literal
from rdflib.namespace import XSD

from kg.vocab import KG, resource

ONE_ACTOR = """PREFIX kg: <https://w3id.org/arabic-news-kg/ontology#>
SELECT ?call ?date WHERE { ?call kg:participant <%s> ; kg:date ?date } ORDER BY ?date"""
TWO_HOPS = """PREFIX kg: <https://w3id.org/arabic-news-kg/ontology#>
SELECT (COUNT(DISTINCT ?far) AS ?n) WHERE { <%s> kg:spokeWith ?near . ?near kg:spokeWith ?far }"""


def synthetic_ntriples(path: Path, triples: int) -> str:
    randomness = random.Random(7)
    actors = [resource("person", f"actor-{i}") for i in range(max(50, triples // 200))]
    graph = Graph()
    call = 0
    while len(graph) < triples:
        node = resource("call", f"c{call}")
        a, b = randomness.sample(actors, 2)
        day = f"20{randomness.randint(15, 26)}-0{randomness.randint(1, 9)}-1{randomness.randint(0, 9)}"
        graph.add((node, RDF.type, KG.PhoneCall))
        graph.add((node, KG.participant, a))
        graph.add((node, KG.participant, b))
        graph.add((node, KG.date, Literal(day, datatype=XSD.date)))
        graph.add((a, KG.spokeWith, b))
        graph.add((b, KG.spokeWith, a))
        call += 1
    graph.serialize(path, format="nt", encoding="utf-8")
    return str(actors[0])


def timed(action) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def bench(store: str, path: Path, actor: str) -> None:
    graph = Graph(store=store)
    # Oxigraph parses natively through oxrdflib's "ox-nt"; the memory store through rdflib's parser
    load, _ = timed(lambda: graph.parse(path, format="ox-nt" if store == "Oxigraph" else "nt"))
    lookup, rows = timed(lambda: list(graph.query(ONE_ACTOR % actor)))
    join, count = timed(lambda: list(graph.query(TWO_HOPS % actor)))
    print(f"{store:9s} load {load:7.2f} s   one-actor lookup {lookup * 1000:8.1f} ms ({len(rows)} rows)   two-hop join {join:6.2f} s")


def main(triples: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.nt"
        actor = synthetic_ntriples(path, triples)
        print(f"{triples:,} triples")
        for store in ("Oxigraph", "default"):
            bench(store, path, actor)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
