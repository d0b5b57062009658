"""Benchmark the network explorer on a big graph (default: the 5,000-actor synthetic one).

    python scripts/bench_explorer.py [--graph output/synthetic.ttl] [--out output/synthetic.html] [--no-browser]

Prints: parse, projection, layout and render times in Python; the HTML size; then, in
headless Chromium (/usr/bin/chromium through Playwright, never downloaded), the time until
the network is drawn and the time of a search, a type filter, a date filter, a node
selection and the language switch, each measured up to the next painted frame.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.explorer.layout import layout
from kg.explorer.payload import build_payload, embed_json
from kg.explorer.projection import project
from kg.explorer.render import assemble, write_atomic
from kg.explorer.view import load_graph

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Runs `action` (a JS expression over the API `x`) and waits for two animation frames.
TIMED = """async (action) => {
  const x = window.kgExplorer;
  const t0 = performance.now();
  const result = (new Function("x", "return " + action))(x);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return { ms: performance.now() - t0, result: String(JSON.stringify(result)).slice(0, 80),
           nodes: x.visibleNodeIds().length, edges: x.visibleEdgeIds().length };
}"""
ACTIONS = [
    ("search hub (Arabic)", "x.search(HUB_AR)"),
    ("search hub (no hamza, normalised)", "x.search(HUB_AR_PLAIN)"),
    ("clear selection", "x.clearSelection()"),
    ("untick region", "x.setTypeFilter('region', false)"),
    ("tick region", "x.setTypeFilter('region', true)"),
    ("date range 2020", "x.setDateRange('2020-01-01', '2020-12-31')"),
    ("all dates", "x.setDateRange(null, null)"),
    ("select hub (panel)", "x.selectNode(HUB_ID)"),
    ("tick about (all edges)", "x.setRelationFilter('about', true)"),
    ("search hub, all edges", "x.search(HUB_AR)"),
    ("date range 2020, all edges", "x.setDateRange('2020-01-01', '2020-12-31')"),
    ("all dates, all edges", "x.setDateRange(null, null)"),
    ("untick about", "x.setRelationFilter('about', false)"),
    ("English labels", "x.setLanguage('en')"),
    ("Arabic labels", "x.setLanguage('ar')"),
]


def timed(label: str, func, *args):
    start = time.perf_counter()
    value = func(*args)
    print(f"  {label:<28} {time.perf_counter() - start:7.2f} s")
    return value


def build(graph_path: Path, out: Path) -> None:
    print(f"Python ({graph_path})")
    graph = timed("parse Turtle (Oxigraph)", load_graph, graph_path)
    start = time.perf_counter()
    projected = timed("project", project, graph)
    positions = timed("layout", layout, projected)
    html = timed("payload + assemble", lambda: assemble(embed_json(build_payload(projected, positions))))
    size = write_atomic(out, html)
    print(f"  {'project+layout+render':<28} {time.perf_counter() - start:7.2f} s")
    print(f"  nodes {projected.number_of_nodes()}, edges {projected.number_of_edges()}, "
          f"calls {len(projected.graph['calls'])}, HTML {size / 1e6:.1f} MB -> {out}")


def browse(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    from screenshot_explorer import launch

    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1600, "height": 950})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        start = time.perf_counter()
        page.goto(out.resolve().as_uri())
        page.wait_for_function("document.body.dataset.ready === '1'", timeout=300_000)
        print("Chromium")
        print(f"  {'load + parse + first draw':<28} {time.perf_counter() - start:7.2f} s")
        print(f"  in-page timings (ms): {page.evaluate('window.kgExplorer.timings')}")
        hub = page.evaluate("() => { const n = [...window.kgExplorer.network.body.data.nodes.get()]"
                            ".sort((a, b) => b.value - a.value)[0]; return n.id; }")
        hub_ar = page.evaluate("id => JSON.parse(document.getElementById('kg-data').textContent)"
                               ".nodes.find(n => n.id === id).ar", hub)
        plain = hub_ar.replace("أ", "ا").replace("إ", "ا")
        for label, action in ACTIONS:
            expr = action.replace("HUB_AR_PLAIN", repr(plain)).replace("HUB_AR", repr(hub_ar)).replace("HUB_ID", repr(hub))
            r = page.evaluate(TIMED, expr)
            print(f"  {label:<34} {r['ms']:7.0f} ms  -> {r['nodes']} nodes, {r['edges']} edges shown  {r['result']}")
        page.screenshot(path=str(out.with_suffix(".png")))
        print(f"  page errors: {errors or 'none'}; screenshot {out.with_suffix('.png')}")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=Path("output/synthetic.ttl"))
    parser.add_argument("--out", type=Path, default=Path("output/synthetic.html"))
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    if not args.graph.is_file():
        from synthetic_graph import build as synthesize

        args.graph.parent.mkdir(parents=True, exist_ok=True)
        timed("generate synthetic graph", lambda: synthesize().serialize(args.graph, format="ox-turtle"))
    build(args.graph, args.out)
    if not args.no_browser:
        browse(args.out)


if __name__ == "__main__":
    main()
