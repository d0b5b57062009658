"""`kg`: build the graph, query it, look at it, score it. Each command parses, calls the library, prints."""

from __future__ import annotations

import signal
import sys
import time
import webbrowser
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli_output import (
    OutputFormat,
    ReportFormat,
    fail,
    print_build_summary,
    print_query_result,
    print_stats,
    progress_for,
)

app = typer.Typer(help="A knowledge graph of diplomatic phone calls and agreements from Arabic news.", no_args_is_help=True)

DEFAULT_OUT = Path("output")
DEFAULT_GRAPH = DEFAULT_OUT / "graph.ttl"
GraphOption = Annotated[Path, typer.Option("--graph", "-g", help="The graph.ttl to read (its store/ beside it is used when there is one).")]
StoreOption = Annotated[Optional[Path], typer.Option("--store", help="An Oxigraph store folder written by kg build (default: the one beside --graph).")]


@app.command()
def build(
    corpus_dir: Annotated[Optional[Path], typer.Argument(help="Folder of *.txt articles (default: the bundled sample corpus).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for graph.ttl, store/, network.html, build-report.json.")] = DEFAULT_OUT,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes for extraction (default: all cores).")] = None,
    dask: Annotated[Optional[str], typer.Option(help="Run extraction on a Dask cluster: tcp://HOST:PORT of its scheduler.")] = None,
    cache: Annotated[bool, typer.Option(help="Reuse the facts of unchanged articles from OUT/cache.")] = True,
    prefilter: Annotated[bool, typer.Option(help="Only articles and sentences near a call or agreement trigger go through the pipeline.")] = True,
    strict: Annotated[bool, typer.Option(help="Stop at the first bad article or fact instead of skipping and reporting it.")] = False,
    gazetteer: Annotated[Optional[Path], typer.Option(help="Gazetteer folder (default: the shipped ontology/gazetteer).")] = None,
    explorer: Annotated[bool, typer.Option(help="Also write the network explorer.")] = True,
    store: Annotated[bool, typer.Option(help="Also write the Oxigraph store that kg query, stats and serve use.")] = True,
) -> None:
    """Extract calls and agreements from a corpus and write graph.ttl, store/, network.html and build-report.json."""
    from kg.build import BuildError, BuildOptions
    from kg.build import build as run_build
    from kg.corpus import list_corpus
    from kg.paths import BUNDLED_CORPUS_DIR

    try:
        options = BuildOptions(
            cache=cache, prefilter=prefilter, strict=strict, explorer=explorer, store=store, gazetteer_dir=gazetteer, dask=dask,
            **({"jobs": jobs} if jobs else {}),
        )
        listing = list_corpus(corpus_dir or BUNDLED_CORPUS_DIR)
        with progress_for(len(listing)) as advance:
            summary = run_build(corpus_dir, out, options, on_article=advance, listing=listing)
    except BuildError as error:  # the SHACL report follows the one-line error
        fail(error, detail=error.report)
    except Exception as error:  # every other failure is one line on stderr
        fail(error)
    print_build_summary(summary)


@app.command()
def query(
    sparql: Annotated[Optional[str], typer.Argument(help="SPARQL text or a path to a .rq file.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="A named query shipped in ontology/queries.")] = None,
    bind: Annotated[Optional[list[str]], typer.Option("--bind", "-b", help="Parameter as NAME=VALUE (repeatable).")] = None,
    graph: GraphOption = DEFAULT_GRAPH,
    store: StoreOption = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
) -> None:
    """Run a SPARQL query (text, .rq file, or --name) against a built graph."""
    from kg.graph.query import list_named_queries, load_named_query, run_query
    from kg.graph.store import open_graph

    if list_queries:
        for named in list_named_queries():
            typer.echo(f"{named.name}\t{named.description}")
        return
    try:
        text = load_named_query(name).text if name else read_query_text(sparql)
        result = run_query(open_graph(graph, store), text, parse_bindings(bind or []))
    except Exception as error:
        fail(error)
    print_query_result(result, output_format)


def read_query_text(sparql: str | None) -> str:
    if not sparql:
        raise ValueError("give SPARQL text, a .rq file, or --name NAME (see kg query --list)")
    path = Path(sparql)
    if sparql.endswith(".rq") or (len(sparql) < 255 and path.is_file()):
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    return sparql


def parse_bindings(pairs: list[str]) -> dict[str, str]:
    bindings = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ValueError(f"--bind {pair!r}: expected NAME=VALUE")
        bindings[key.strip()] = value
    return bindings


@app.command()
def stats(graph: GraphOption = DEFAULT_GRAPH, store: StoreOption = None) -> None:
    """Counts of a built graph: entities by class and the actors with most calls."""
    from kg.graph.stats import graph_stats
    from kg.graph.store import open_graph

    try:
        result = graph_stats(open_graph(graph, store))
    except Exception as error:
        fail(error)
    print_stats(result)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Gold annotations (seeds.jsonl format).")],
    corpus_dir: Annotated[Optional[Path], typer.Argument(help="Corpus to build (default: the bundled one).")] = None,
    graph: Annotated[Optional[Path], typer.Option("--graph", "-g", help="Score this graph.ttl instead of building.")] = None,
    output_format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.text,
) -> None:
    """Score calls, dates, initiators and agreement regions against gold annotations."""
    from kg.evaluate.gold import load_gold
    from kg.evaluate.report import format_report, report_as_dict
    from kg.evaluate.scoring import evaluate as score

    try:
        gold_articles = load_gold(gold)
        built = load_or_build(graph, corpus_dir)
        report = score(built, gold_articles)
    except Exception as error:
        fail(error)
    if output_format is ReportFormat.json:
        import json

        typer.echo(json.dumps(report_as_dict(report), ensure_ascii=False, indent=2))
    else:
        typer.echo(format_report(report))


def load_or_build(graph: Path | None, corpus_dir: Path | None):
    from kg.build import build_corpus_graph
    from kg.graph.serialize import read_turtle

    if graph is not None:
        return read_turtle(graph)
    return build_corpus_graph(corpus_dir)


@app.command()
def view(
    graph: GraphOption = DEFAULT_GRAPH,
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the explorer.")] = DEFAULT_OUT / "network.html",
    open_browser: Annotated[bool, typer.Option("--open", help="Open it in the default browser.")] = False,
) -> None:
    """Rebuild network.html from an existing graph.ttl, without re-extracting."""
    from kg.explorer.view import view_from_ttl

    try:
        summary = view_from_ttl(graph, out)
    except Exception as error:
        fail(error)
    typer.echo(f"{out}: {summary.nodes} nodes, {summary.edges} edges, {summary.bytes / 1e6:.2f} MB")
    if open_browser:
        webbrowser.open(out.resolve().as_uri())


@app.command()
def serve(
    graph: Annotated[Optional[Path], typer.Option("--graph", "-g", help="A graph.ttl (its store/ beside it is served when there is one).")] = None,
    store: StoreOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 7878,
    timeout: Annotated[int, typer.Option(help="Longest a query may run, in seconds.")] = 30,
    max_result_mb: Annotated[int, typer.Option(help="Largest result sent, in MB; a larger one is refused.")] = 50,
    memory: Annotated[bool, typer.Option("--memory/--on-disk", help="Load the graph into memory (fastest; about 400 MB per million triples) or read the on-disk store.")] = True,
) -> None:
    """A read-only SPARQL 1.1 endpoint at /query (Oxigraph), and the explorer at /."""
    from kg.serve import start_endpoint

    try:
        endpoint = start_endpoint(graph, store, memory, host=host, port=port, timeout=timeout,
                                  max_result_bytes=max_result_mb * 1024 * 1024)
    except Exception as error:
        fail(error)
    typer.echo(f"SPARQL endpoint {endpoint.url}/query (read-only), explorer {endpoint.url}/ — Ctrl-C stops")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the Oxigraph process too
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        endpoint.stop()


def main() -> None:  # pragma: no cover - console entry point
    app(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
