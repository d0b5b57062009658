"""Benchmark `kg serve`: latency of the named queries over HTTP on a graph of ≥ 1,000,000 triples.

    python scripts/bench_serve.py [--graph FILE.ttl] [--actors 16000] [--calls 48000] [--runs 40]
                                  [--unbound-runs 3] [--budget 60] [--queries DIR] [--modes memory,disk]

Without --graph a synthetic graph in the shape `kg build` writes is generated
(scripts/synthetic_graph.py; 16,000 actors and 48,000 calls give about a million triples). It is
bulk-loaded into an Oxigraph store and served by `kg serve`'s endpoint in each mode (--modes:
`memory`, the default of `kg serve`, loads graph.ttl into the server's memory; `disk` reads the
store read-only), and each named query is sent
--runs times with SPARQLWrapper: with its parameters bound to names from the graph (as an analyst
asks "the calls of X"), and for the queries without a parameter as they are. A query with
parameters is also sent --unbound-runs times without them (the whole graph). Prints p50 and p95
of the latency, the rows, and the CPU time of the Oxigraph server per run, with its start-up
time and resident memory (from /proc, Linux).

A query stops after --budget seconds of runs; one that fails (the server's timeout, 60 s) is
reported as such. --queries benchmarks another folder of .rq files, e.g. an older version of
ontology/queries (`git archive REV ontology/queries | tar -x -C /tmp/old`), with the same bindings.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from SPARQLWrapper import JSON, SPARQLWrapper

from kg.graph.query import NamedQuery, bind_values, list_named_queries, parse_named_query
from kg.graph.store import write_store
from kg.serve import Endpoint, ServedData

SERVER_TIMEOUT_S = 60


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
        GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1 OFFSET 20""")
    actor = ask.queryAndConvert()["results"]["bindings"][0]["name"]["value"]
    ask.setQuery("""PREFIX kg: <https://w3id.org/arabic-news-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name WHERE { ?c kg:about ?r . ?r rdfs:label ?name FILTER(lang(?name) = "en") } ORDER BY ?name LIMIT 1""")
    region = ask.queryAndConvert()["results"]["bindings"][0]["name"]["value"]
    return {"actorName": actor, "regionName": region}


def server_cpu_seconds(endpoint: Endpoint) -> float | None:
    """User + system CPU time of the Oxigraph server process so far (None off Linux)."""
    try:
        fields = Path(f"/proc/{endpoint.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, AttributeError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(endpoint: Endpoint, text: str, runs: int, budget: float) -> tuple[list[float], int, float | None]:
    """Latencies of up to `runs` runs (stopping after `budget` seconds), rows, server CPU per run."""
    client = SPARQLWrapper(f"{endpoint.url}/query")
    client.setReturnFormat(JSON)
    client.setQuery(text)
    client.setMethod("POST")
    times, rows = [], 0
    cpu_before = server_cpu_seconds(endpoint)
    while len(times) < runs and sum(times) < budget:
        started = time.perf_counter()
        rows = len(client.queryAndConvert()["results"]["bindings"])
        times.append(time.perf_counter() - started)
    cpu_after = server_cpu_seconds(endpoint)
    cpu = None if cpu_before is None or cpu_after is None else (cpu_after - cpu_before) / len(times)
    return times, rows, cpu


def report(label: str, endpoint: Endpoint, text: str, runs: int, budget: float) -> None:
    try:
        times, rows, cpu = timed(endpoint, text, runs, budget)
    except Exception as error:  # the server's timeout or any other failure, on one line
        print(f"  {label:<44} failed: {str(error).splitlines()[0][:100]}")
        return
    p50 = statistics.median(times) * 1000
    p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)] * 1000
    server = "" if cpu is None else f"   server CPU {cpu * 1000:7.1f} ms/run"
    print(f"  {label:<44} p50 {p50:8.1f} ms   p95 {p95:8.1f} ms{server}   ({rows} rows, {len(times)} runs)")


def load_queries(folder: Path | None) -> list[NamedQuery]:
    if folder is None:
        return list_named_queries()
    return [parse_named_query(path.read_text(encoding="utf-8"), default_name=path.stem)
            for path in sorted(folder.glob("*.rq"))]


def server_rss_mib(endpoint: Endpoint) -> float | None:
    try:
        line = next(l for l in Path(f"/proc/{endpoint.process.pid}/status").read_text().splitlines() if l.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return None
    return int(line.split()[1]) / 1024


def bench_mode(data: ServedData, memory: bool, args: argparse.Namespace) -> None:
    """Start kg serve's endpoint in one mode and time every named query through it."""
    started = time.perf_counter()
    endpoint = Endpoint(data, port=0, timeout=SERVER_TIMEOUT_S, max_result_bytes=512 * 2**20, memory=memory).start()
    mode = "in memory" if memory else "on disk (read-only store)"
    rss = server_rss_mib(endpoint)
    print(f"kg serve {mode}: ready in {time.perf_counter() - started:.1f} s"
          + ("" if rss is None else f", Oxigraph server RSS {rss:,.0f} MiB"))
    try:
        names = sample_names(endpoint)
        print(f"named queries ({args.runs} runs each; parameters bound to {names}):")
        for query in load_queries(args.queries):
            bound = {p: names[p] for p in query.param_names if p in names}
            if bound:
                report(f"{query.name} ({', '.join(bound)} bound)", endpoint, bind_values(query.text, bound),
                       args.runs, args.budget)
            else:
                report(query.name, endpoint, query.text, args.runs, args.budget)
            if query.params and args.unbound_runs:
                report(f"{query.name} (whole graph)", endpoint, query.text, args.unbound_runs, args.budget)
    finally:
        endpoint.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path)
    parser.add_argument("--actors", type=int, default=16_000)
    parser.add_argument("--calls", type=int, default=48_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--unbound-runs", type=int, default=3, help="runs without the parameters (0: none)")
    parser.add_argument("--budget", type=float, default=60, help="seconds of runs per query at most")
    parser.add_argument("--queries", type=Path, help="a folder of .rq files instead of ontology/queries")
    parser.add_argument("--modes", default="memory,disk", help="memory, disk or both (comma-separated)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="kg-serve-bench-"))
    graph = args.graph or synthetic(scratch / "graph.ttl", args.actors, args.calls)
    started = time.perf_counter()
    store = write_store(graph, scratch / "store")
    import pyoxigraph

    triples = len(pyoxigraph.Store.read_only(str(store)))
    print(f"{graph}: {triples:,} triples, bulk-loaded into a store in {time.perf_counter() - started:.1f} s")
    for mode in args.modes.split(","):
        bench_mode(ServedData(store, graph), mode.strip() == "memory", args)


if __name__ == "__main__":
    main()
