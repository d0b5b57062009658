"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a built graph, and the explorer.

The SPARQL work is done by Oxigraph's own server (the `oxigraph` package on PyPI), started on a
private loopback port with a query timeout. By default the graph is loaded into that server's
memory (`oxigraph serve`, then graph.ttl, or a dump of the store, posted to its Graph Store
endpoint): about 400 MB per million triples, for the fastest answers. With `memory=False`
(`kg serve --on-disk`) it reads the on-disk store instead (`oxigraph serve-read-only`): nothing is
loaded, answers that scan many labels are about twice as slow. In front of it a small gateway
answers on the public address:

- `/query` (GET and POST, `application/sparql-query` or form-encoded) is passed to Oxigraph, which
  does the content negotiation (JSON, XML, CSV, TSV); the gateway adds CORS headers so that
  YASGUI in a browser can use the endpoint, and answers CORS preflight requests;
- `/update`, `/store` and every other write are refused (403): only the gateway is public, and
  the engine's own port is bound to the loopback interface;
- Oxigraph bounds query time (`--timeout-s`; a result it had begun to send when time ran out is
  replaced by a 504) but not result size: the gateway reads at most `max_result_bytes` of an
  answer and replaces a larger one by a 413 that asks for a LIMIT;
- `/` serves the explorer page (network.html beside the graph, else rendered from the data).
"""

from __future__ import annotations

import http.client
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.graph.store import is_store, store_beside, write_store

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 7878
QUERY_TIMEOUT_SECONDS = 30
MAX_RESULT_BYTES = 50 * 1024 * 1024
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept",
}
PASSED_HEADERS = ("Content-Type", "Accept")
# what Oxigraph writes into a result it has started to stream when the query runs out of time
CANCELLED = b"The SPARQL operation has been cancelled"


class ServeError(RuntimeError):
    pass


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def oxigraph_command() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        raise ServeError("the oxigraph server is not installed (pip install oxigraph)")
    return found


@dataclass(frozen=True)
class ServedData:
    """What an endpoint serves: an on-disk store and/or a Turtle graph, and the explorer page."""

    store: Path | None
    graph: Path | None = None
    explorer: Path | None = None


@dataclass
class Endpoint:
    """The Oxigraph server process and the gateway in front of it."""

    data: ServedData
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    timeout: int = QUERY_TIMEOUT_SECONDS
    max_result_bytes: int = MAX_RESULT_BYTES
    memory: bool = True
    process: subprocess.Popen | None = field(default=None, repr=False)
    gateway: ThreadingHTTPServer | None = field(default=None, repr=False)
    upstream_port: int = 0
    explorer: Path | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> Endpoint:
        self.explorer = self.data.explorer
        self.upstream_port = free_port()
        self.process = subprocess.Popen(self.engine_command(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.wait_for_upstream()
        if self.memory:
            self.load_into_memory()
        handler = type("EndpointGateway", (Gateway,), {"endpoint": self})
        self.gateway = ThreadingHTTPServer((self.host, self.port), handler)
        self.port = self.gateway.server_address[1]
        threading.Thread(target=self.gateway.serve_forever, daemon=True).start()
        return self

    def engine_command(self) -> list[str]:
        if self.memory:
            mode = ["serve"]
        elif self.data.store is None:
            raise ServeError("serving from disk needs a store (kg build writes one)")
        else:
            mode = ["serve-read-only", "--location", str(self.data.store)]
        return [oxigraph_command(), *mode, "--bind", f"127.0.0.1:{self.upstream_port}", "--timeout-s", str(self.timeout)]

    def load_into_memory(self) -> None:
        """Post graph.ttl (or an N-Triples dump of the store) to the engine's default graph."""
        with tempfile.TemporaryDirectory(prefix="kg-serve-") as scratch:
            source, media_type = rdf_file(self.data, Path(scratch))
            connection = http.client.HTTPConnection("127.0.0.1", self.upstream_port)
            try:
                with source.open("rb") as body:
                    connection.request("POST", "/store?default", body=body,
                                       headers={"Content-Type": media_type, "Content-Length": str(source.stat().st_size)})
                answer = connection.getresponse()
                message = answer.read().decode(errors="replace").strip()
            finally:
                connection.close()
        if answer.status >= 300:
            self.stop()
            raise ServeError(f"{source}: oxigraph could not load it: {message}")

    def wait_for_upstream(self, seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServeError(f"oxigraph stopped: {self.process.stderr.read().decode(errors='replace').strip()}")
            try:
                with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise ServeError("oxigraph did not start in time")

    def stop(self) -> None:
        if self.gateway is not None:
            self.gateway.shutdown()
            self.gateway.server_close()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def explorer_page(self) -> bytes:
        if self.explorer is not None and self.explorer.is_file():
            return self.explorer.read_bytes()
        from kg.explorer.projection import project
        from kg.explorer.render import render_explorer
        from kg.graph.store import open_graph

        graph = open_graph(self.data.graph or Path("graph.ttl"), self.data.store)
        html = render_explorer(project(graph))
        self.explorer = Path(tempfile.mkdtemp(prefix="kg-serve-")) / "network.html"
        self.explorer.write_text(html, encoding="utf-8")
        return html.encode("utf-8")


class Gateway(BaseHTTPRequestHandler):
    """The public side of the endpoint; `endpoint` is set on a subclass per server."""

    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"
    endpoint: Endpoint

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass  # quiet: a SPARQL client makes many requests

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        self.reply(204, b"", "text/plain")

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?", 1)[0]
        if path in ("/", "/index.html"):
            self.reply(200, self.endpoint.explorer_page(), "text/html; charset=utf-8")
        elif path == "/query":
            self.forward(b"")
        else:
            self.refuse(path)

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.split("?", 1)[0] == "/query":
            self.forward(body)
        else:
            self.refuse(self.path)

    def refuse(self, path: str) -> None:
        if path.startswith("/update") or path.startswith("/store"):
            self.reply(403, b"this endpoint is read-only: SPARQL Update and the Graph Store protocol are refused\n", "text/plain")
        else:
            self.reply(404, b"not found: the SPARQL endpoint is /query\n", "text/plain")

    def forward(self, body: bytes) -> None:
        endpoint = self.endpoint
        try:
            status, content_type, data = self.ask_upstream(body)
        except (OSError, http.client.HTTPException) as error:
            self.reply(502, f"the SPARQL engine did not answer: {error}\n".encode(), "text/plain")
            return
        if CANCELLED in data[-len(CANCELLED) - 16 :]:
            self.reply(504, f"the query ran longer than this endpoint's limit of {endpoint.timeout} s\n".encode(), "text/plain")
        elif len(data) > endpoint.max_result_bytes:
            limit = f"{endpoint.max_result_bytes // (1024 * 1024)} MB"
            self.reply(413, f"the result is larger than this endpoint's limit of {limit}: add a LIMIT\n".encode(), "text/plain")
        else:
            self.reply(status, data, content_type)

    def ask_upstream(self, body: bytes) -> tuple[int, str, bytes]:
        """The engine's answer, read up to one byte past the size bound."""
        endpoint = self.endpoint
        connection = http.client.HTTPConnection("127.0.0.1", endpoint.upstream_port, timeout=endpoint.timeout + 5)
        headers = {name: self.headers[name] for name in PASSED_HEADERS if self.headers.get(name)}
        try:
            connection.request(self.command, self.path, body=body or None, headers=headers)
            answer = connection.getresponse()
            return answer.status, answer.getheader("Content-Type") or "application/octet-stream", answer.read(endpoint.max_result_bytes + 1)
        finally:
            connection.close()

    def reply(self, status: int, data: bytes, content_type: str) -> None:
        self.send_response(status)
        for name, value in CORS_HEADERS.items():
            self.send_header(name, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def rdf_file(data: ServedData, scratch: Path) -> tuple[Path, str]:
    """A file of the served triples and its media type: graph.ttl, else a dump of the store."""
    if data.graph is not None and data.graph.is_file():
        return data.graph, "text/turtle"
    import pyoxigraph

    dump = scratch / "graph.nt"
    store = pyoxigraph.Store.read_only(str(data.store))
    store.dump(str(dump), pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph())
    return dump, "application/n-triples"


def resolve_data(graph: Path | None, store: Path | None, memory: bool = True) -> ServedData:
    """What to serve: --store, else graph.ttl with the store beside it when there is one; on
    disk without a store beside graph.ttl, a temporary store is loaded from it."""
    if store is not None:
        if not is_store(store):
            raise ServeError(f"{store}: not an Oxigraph store written by kg build")
        return ServedData(store, None, store.parent / "network.html")
    graph = graph or Path("output/graph.ttl")
    if not graph.is_file():
        raise ServeError(f"{graph}: no such graph file (run `kg build` first)")
    beside = store_beside(graph) if is_store(store_beside(graph)) else None
    if beside is None and not memory:
        beside = write_store(graph, Path(tempfile.mkdtemp(prefix="kg-store-")) / "store")
    return ServedData(beside, graph, graph.parent / "network.html")


def start_endpoint(graph: Path | None = None, store: Path | None = None, memory: bool = True, **settings) -> Endpoint:
    return Endpoint(resolve_data(graph, store, memory), memory=memory, **settings).start()
