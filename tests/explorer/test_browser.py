"""The explorer page in headless Chromium (system /usr/bin/chromium through Playwright).

Never downloads a browser: skipped when /usr/bin/chromium or the playwright package is absent.
One browser for the module; each test gets a fresh page of the fixture graph.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg.explorer import project, render_explorer, write_explorer

from .conftest import load_fixture

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update"]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
IDLIB = "region/idlib"
ERDOGAN = "person/recep-tayyip-erdogan"
C1_QUOTE = "أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python package) is not installed")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)),
                       reason=f"no Chromium at {CHROMIUM} (tests never download one)"),
]


@pytest.fixture(scope="module")
def page_url(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("explorer") / "network.html"
    write_explorer(load_fixture(), out)
    return out.as_uri()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Recorder:
    def __init__(self, page) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))


@pytest.fixture()
def page(browser, page_url):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    tab = context.new_page()
    tab.recorder = Recorder(tab)
    tab.goto(page_url)
    tab.wait_for_function("document.body.dataset.ready === '1'", timeout=20_000)
    yield tab
    context.close()


def api(page, expression: str, *args):
    return page.evaluate(f"(a) => window.kgExplorer.{expression}", list(args))


def node_point(page, node_id: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    point = page.evaluate("""(id) => { const net = window.kgExplorer.network;
      const p = net.canvasToDOM(net.getPositions([id])[id]);
      const box = document.querySelector("#network canvas").getBoundingClientRect();
      return [box.left + p.x, box.top + p.y]; }""", node_id)
    return point[0], point[1]


def test_loads_offline_without_errors(page):
    assert page.evaluate("window.kgExplorer.ready") is True
    assert page.recorder.errors == []
    assert page.recorder.requests and all(u.startswith(LOCAL_SCHEMES) for u in page.recorder.requests)
    assert len(api(page, "visibleNodeIds()")) == 15 and len(api(page, "visibleEdgeIds()")) == 30
    assert "15 nodes" in page.inner_text("#stats")


def test_search_without_hamza_focuses_idlib(page):
    page.fill("#search", "ادلب")
    page.press("#search", "Enter")
    assert api(page, "selectedNodeId()") == IDLIB
    assert page.evaluate("window.kgExplorer.network.getSelectedNodes()") == [IDLIB]
    near = api(page, "highlightedNodeIds()")
    assert IDLIB in near and ERDOGAN in near and "country/turkey" not in near
    dimmed = api(page, "dimmedNodeIds()")
    assert "country/turkey" in dimmed and set(dimmed).isdisjoint(near)
    drawn = "(id) => window.kgExplorer.network.body.nodes[id].options.opacity"
    assert page.evaluate(drawn, "country/turkey") < 0.5 and page.evaluate(drawn, IDLIB) == 1
    assert "إدلب" in page.inner_text("#panel-body")


@pytest.mark.parametrize("query, expected", [
    ("erdogan", ERDOGAN), ("أَردوغـان", ERDOGAN), ("IDLIB", IDLIB), ("الطريق الدولى", "region/m4-highway"),
])
def test_search_normalises_arabic_and_latin(page, query, expected):
    assert api(page, "search(a[0])", query) == expected


def test_typing_suggests_matches(page):
    page.type("#search", "رو")  # روسيا (prefix), بروتوكول موسكو (substring)
    items = page.locator("#search-results li[data-node-id]")
    assert items.count() >= 2
    first = items.first.get_attribute("data-node-id")
    items.first.click()
    assert api(page, "selectedNodeId()") == first


def test_untick_region_hides_exactly_the_regions(page):
    before = set(api(page, "visibleNodeIds()"))
    page.uncheck("#type-filters input[data-key=region]")
    after = set(api(page, "visibleNodeIds()"))
    assert before - after == {IDLIB, "region/m4-highway"}
    assert not any(IDLIB in e for e in api(page, "visibleEdgeIds()"))
    page.check("#type-filters input[data-key=region]")
    assert set(api(page, "visibleNodeIds()")) == before
    api(page, "search(a[0])", "إدلب")
    api(page, "setTypeFilter(a[0], false)", "region")  # the focused node disappears: nothing stays dimmed
    assert api(page, "dimmedNodeIds()") == [] and api(page, "highlightedNodeIds()") == []


def test_relation_filter(page):
    api(page, "setRelationFilter(a[0], false)", "about")
    edges = api(page, "visibleEdgeIds()")
    assert len(edges) == 14 and not any(e.startswith("about|") for e in edges)
    assert page.is_checked("#relation-filters input[data-key=about]") is False


def test_date_filter_hides_calls_outside_the_range(page):
    page.fill("#date-from", "2020-01-01")
    page.fill("#date-to", "2020-12-31")
    edges = set(api(page, "visibleEdgeIds()"))
    assert f"called|{ERDOGAN}|person/vladimir-putin" not in edges  # 2019
    assert "spokeWith|person/emmanuel-macron|person/vladimir-putin" not in edges  # 2019
    assert f"called|person/angela-merkel|{ERDOGAN}" in edges  # 2020-02-21
    assert f"spokeWith|organization/kremlin|{ERDOGAN}" in edges  # undated: kept by default
    assert "covers|agreement/sochi-agreement|region/idlib" in edges  # no date filter on agreements
    assert "person/emmanuel-macron" not in api(page, "visibleNodeIds()")
    page.uncheck("#date-undated")
    assert f"spokeWith|organization/kremlin|{ERDOGAN}" not in set(api(page, "visibleEdgeIds()"))
    api(page, "setDateRange(null, null)")
    page.check("#date-undated")
    assert len(api(page, "visibleEdgeIds()")) == 30


def test_selecting_an_edge_shows_its_arabic_evidence(page):
    api(page, "selectEdge(a[0])", f"called|{ERDOGAN}|person/vladimir-putin")
    text = page.inner_text("#panel-body")
    assert C1_QUOTE in text and "000_c995f5e66b655fd3" in text and "2019-05-13" in text
    assert page.get_attribute("#panel-body blockquote", "dir") == "rtl"


def test_real_click_on_an_edge_midpoint(page):
    target = page.evaluate("""() => {
      const x = window.kgExplorer, net = x.network, pos = net.getPositions();
      for (const id of x.visibleEdgeIds().filter((e) => !e.startsWith("about|"))) {
        const [from, to] = net.getConnectedNodes(id);
        const mid = net.canvasToDOM({ x: (pos[from].x + pos[to].x) / 2, y: (pos[from].y + pos[to].y) / 2 });
        if (net.getEdgeAt(mid) === id && net.getNodeAt(mid) === undefined) {
          const box = document.querySelector("#network canvas").getBoundingClientRect();
          return { id, x: box.left + mid.x, y: box.top + mid.y };
        }
      }
      return null; }""")
    assert target, "no edge midpoint is clickable"
    page.mouse.click(target["x"], target["y"])
    assert api(page, "selectedEdgeId()") == target["id"]
    assert page.locator("#panel-body blockquote").count() >= 1


def test_clicking_a_node_lists_its_calls_and_agreements(page):
    page.mouse.click(*node_point(page, ERDOGAN))
    assert api(page, "selectedNodeId()") == ERDOGAN
    text = page.inner_text("#panel-body")
    assert "calls: 3" in text.lower() and "2019-05-13" in text and "date unknown" in text
    assert "Initiator not stated" in text
    page.click("#panel-body li.call >> nth=0 >> button.link")  # the first call's evidence
    assert C1_QUOTE in page.inner_text("#panel-body")
    page.click("#panel-body button.link >> text=back")
    assert "calls: 3" in page.inner_text("#panel-body").lower()
    api(page, "selectNode(a[0])", "country/turkey")
    text = page.inner_text("#panel-body")
    assert "party to" in text and "اتفاق سوتشي" in text


def test_hovering_a_node_shows_its_tooltip(page):
    x, y = node_point(page, ERDOGAN)
    page.mouse.move(x + 2, y + 2)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    text = page.inner_text("div.vis-tooltip")
    assert "رجب طيب أردوغان" in text and "Recep Tayyip Erdoğan" in text and "3 calls" in text


def test_english_toggle_switches_labels_with_arabic_fallback(page):
    assert api(page, "nodeLabel(a[0])", IDLIB) == "إدلب"
    page.click("#lang button[data-lang=en]")
    assert api(page, "nodeLabel(a[0])", IDLIB) == "Idlib"
    assert api(page, "nodeLabel(a[0])", "person/ibrahim-kalin") == "إبراهيم قالن"
    api(page, "selectNode(a[0])", ERDOGAN)
    assert "Recep Tayyip Erdoğan" in page.inner_text("#panel-body h2")
    page.click("#lang button[data-lang=ar]")
    assert api(page, "nodeLabel(a[0])", IDLIB) == "إدلب"
    assert page.recorder.errors == []


def test_empty_graph_page_loads(browser, tmp_path):
    from rdflib import Graph

    out = tmp_path / "empty.html"
    write_explorer(Graph(), out)
    tab = browser.new_page()
    recorder = Recorder(tab)
    tab.goto(out.as_uri())
    tab.wait_for_function("document.body.dataset.ready === '1'", timeout=20_000)
    assert api(tab, "visibleNodeIds()") == [] and api(tab, "search(a[0])", "ادلب") is None
    assert recorder.errors == []
    tab.close()


def test_big_graph_mode_creates_about_edges_on_demand(browser, tmp_path):
    out = tmp_path / "big.html"
    out.write_text(render_explorer(project(load_fixture()), big=5), encoding="utf-8")
    tab = browser.new_page()
    recorder = Recorder(tab)
    tab.goto(out.as_uri())
    tab.wait_for_function("document.body.dataset.ready === '1'", timeout=20_000)
    assert len(api(tab, "visibleEdgeIds()")) == 14  # "about" starts unticked
    assert tab.evaluate("Object.keys(window.kgExplorer.network.body.edges).length") == 14
    api(tab, "selectNode(a[0])", ERDOGAN)
    api(tab, "setRelationFilter(a[0], true)", "about")
    assert len(api(tab, "visibleEdgeIds()")) == 30
    opacity = "(id) => window.kgExplorer.network.body.edges[id].options.color.opacity"
    assert tab.evaluate(opacity, "about|person/hulusi-akar|region/idlib") < 0.5  # created dimmed
    assert tab.evaluate(opacity, f"about|{ERDOGAN}|region/idlib") == 1
    assert recorder.errors == []
    tab.close()
