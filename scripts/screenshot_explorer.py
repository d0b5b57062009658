"""Screenshot of the network explorer in headless Chromium (for docs/explorer.png).

    python scripts/screenshot_explorer.py output/network.html docs/explorer.png [--select ID] [--lang en]

Uses the system Chromium (/usr/bin/chromium, or $CHROMIUM) through Playwright's Python API;
it never downloads a browser. Without --select, the node with the most calls is selected so
that the evidence panel shows something.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update"]


def launch(playwright):
    """The system Chromium, headless, with no background network traffic."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def screenshot(html: Path, png: Path, select: str | None = None, lang: str = "ar",
               size: tuple[int, int] = (1600, 950)) -> Path:
    """Open `html`, wait until the network is drawn, select a node, save `png`."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": size[0], "height": size[1]})
        page.goto(Path(html).resolve().as_uri())
        page.wait_for_function("document.body.dataset.ready === '1'", timeout=120_000)
        page.evaluate("lang => window.kgExplorer.setLanguage(lang)", lang)
        target = select or page.evaluate(
            "() => { const d = JSON.parse(document.getElementById('kg-data').textContent);"
            " const best = d.nodes.slice().sort((a, b) => b.n - a.n)[0]; return best ? best.id : null; }")
        if target:
            page.evaluate("id => { window.kgExplorer.selectNode(id); window.kgExplorer.network.fit(); }", target)
        page.wait_for_timeout(600)
        Path(png).parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        browser.close()
    return Path(png)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--select", help="node id to select, e.g. person/recep-tayyip-erdogan")
    parser.add_argument("--lang", choices=("ar", "en"), default="ar")
    args = parser.parse_args()
    print(screenshot(args.html, args.png, args.select, args.lang))


if __name__ == "__main__":
    main()
