"""kg.explorer.render / payload / layout / view: the offline HTML page and how it is written."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from kg.explorer import ExplorerSummary, render_explorer, view_from_ttl, write_explorer
from kg.explorer.layout import grid_pairs, layout
from kg.explorer.payload import build_payload
from kg.explorer.projection import project

from .conftest import FIXTURE_TTL, load_fixture

URL_ALLOWLIST: tuple[str, ...] = ()  # nothing: the page holds no URL at all
SCRIPTS_DIR = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def html(projected) -> str:
    return render_explorer(projected)


def embedded(page: str) -> dict:
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert match, "embedded data not found"
    return json.loads(match.group(1))


def test_no_remote_url_anywhere(html):
    for scheme in ("http://", "https://", "ftp://", "//cdn"):
        hits = [m.start() for m in re.finditer(re.escape(scheme), html)]
        unexpected = [html[i - 40:i + 60] for i in hits if not html.startswith(URL_ALLOWLIST, i)]
        assert unexpected == [], scheme


def test_everything_is_inline(html):
    assert not re.search(r"<(link|iframe|img|object|embed)\b", html, re.I)
    assert not re.search(r"\ssrc\s*=", html, re.I)
    assert "@import" not in html and "url(" not in html.replace("url(\"data:", "")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "vis-network" in html and "@version 9.1.2" in html  # pyvis's bundled build, inlined


def test_same_graph_same_bytes(projected, fixture_graph, tmp_path):
    assert render_explorer(projected) == render_explorer(project(load_fixture()))
    a = write_explorer(fixture_graph, tmp_path / "a.html")
    b = write_explorer(load_fixture(), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert a.bytes == b.bytes


def test_embedded_counts_labels_and_tooltips(html):
    data = embedded(html)
    assert data["meta"] | {"big": False} == {
        "nodes": 15, "edges": 30, "calls": 5, "dateMin": "2019-05-13", "dateMax": "2020-02-28",
        "undatedCalls": 1, "big": False,
    }
    nodes = {n["id"]: n for n in data["nodes"]}
    assert (nodes["region/idlib"]["ar"], nodes["region/idlib"]["en"]) == ("إدلب", "Idlib")
    assert "en" not in nodes["person/ibrahim-kalin"]  # no English label: none invented
    tooltip = nodes["person/recep-tayyip-erdogan"]["tt"]
    assert tooltip.splitlines() == ["رجب طيب أردوغان", "Recep Tayyip Erdoğan", "Person · President / الرئيس", "3 calls"]
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])


def test_embedded_edges_calls_and_evidence(html):
    data = embedded(html)
    ids = [n["id"] for n in data["nodes"]]
    called = [e for e in data["edges"] if e["r"] == "called"]
    pairs = {(ids[e["f"]], ids[e["t"]]) for e in called}
    assert ("person/recep-tayyip-erdogan", "person/vladimir-putin") in pairs
    c1 = next(c for c in data["calls"] if c["d"] == "2019-05-13")
    assert [ids[i] for i in c1["i"]] == ["person/recep-tayyip-erdogan"]
    quote = data["evidence"][c1["ev"][0]]
    assert quote["a"] == "000_c995f5e66b655fd3" and (quote["s"], quote["e"]) == (120, 260)
    assert "إدلب" in quote["q"]
    undated = next(c for c in data["calls"] if "d" not in c)
    assert undated["i"] == []


def test_write_explorer_summary_and_atomic_write(fixture_graph, tmp_path):
    out = tmp_path / "out" / "network.html"
    out.parent.mkdir()
    out.write_text("old")
    summary = write_explorer(fixture_graph, out)
    assert summary == ExplorerSummary(nodes=15, edges=30, bytes=out.stat().st_size, calls=5, path=out)
    assert os.listdir(out.parent) == ["network.html"]  # no temporary file left behind
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(fixture_graph, tmp_path, monkeypatch):
    out = tmp_path / "network.html"
    out.write_text("old")

    def refuse(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        write_explorer(fixture_graph, out)
    assert out.read_text() == "old" and os.listdir(tmp_path) == ["network.html"]


def test_view_from_ttl(tmp_path):
    summary = view_from_ttl(FIXTURE_TTL, tmp_path / "network.html")
    assert (summary.nodes, summary.edges, summary.calls) == (15, 30, 5)


def test_view_from_ttl_errors_name_the_file(tmp_path):
    missing = tmp_path / "nope.ttl"
    with pytest.raises(FileNotFoundError, match="nope.ttl"):
        view_from_ttl(missing, tmp_path / "x.html")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> ", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.ttl.*Turtle"):
        view_from_ttl(broken, tmp_path / "x.html")
    assert not (tmp_path / "x.html").exists()


def test_data_cannot_break_out_of_the_page(tmp_path):
    graph = load_fixture()
    from rdflib import Literal
    from kg.vocab import KG, resource

    evidence = resource("evidence", "000_c995f5e66b655fd3-120-260")
    graph.add((evidence, KG.quote, Literal("</script><script>alert(1)</script> https://example.org/x", lang="ar")))
    page = render_explorer(project(graph))
    assert page.count("</script>") == 3 and "https://" not in page
    assert any("https://example.org/x" in e["q"] for e in embedded(page)["evidence"])


def test_layout_is_deterministic_and_spread(projected):
    first, second = layout(projected), layout(projected)
    assert first == second
    points = np.array(list(first.values()), dtype=float)
    gaps = np.sqrt(((points[:, None] - points[None]) ** 2).sum(-1)) + np.eye(len(points)) * 1e9
    assert gaps.min() > 30  # no two nodes on top of each other


def test_grid_pairs_match_brute_force():
    rng = np.random.default_rng(3)
    cells = rng.integers(1, 9, size=(300, 2))
    key = cells[:, 0] * 12 + cells[:, 1]
    i, j = grid_pairs(key, 12)
    found = {tuple(sorted(p)) for p in zip(i.tolist(), j.tolist())}
    near = np.abs(cells[:, None] - cells[None]).max(-1) <= 1
    expected = {(a, b) for a, b in zip(*np.nonzero(np.triu(near, 1)))}
    assert found == expected and len(i) == len(found)


def test_big_graph_switches_to_light_mode(projected):
    payload = build_payload(projected, layout(projected), big=10)
    assert payload["meta"]["big"] is True


def test_synthetic_graph_renders(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("synthetic_graph", SCRIPTS_DIR / "synthetic_graph.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    sizes = module.Sizes(actors=120, calls=300, countries=10, organizations=10, regions=20, agreements=5)
    graph = module.build(sizes, seed=1)
    summary = write_explorer(graph, tmp_path / "synthetic.html")
    assert summary.calls == 300 and summary.nodes >= 120
    page = (tmp_path / "synthetic.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page


def test_same_bytes_across_processes(tmp_path):
    code = ("import sys; from kg.explorer import view_from_ttl; "
            "view_from_ttl(sys.argv[1], sys.argv[2])")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}.html"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", code, str(FIXTURE_TTL), str(out)], check=True, env=env)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
