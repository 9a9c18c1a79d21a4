"""First visit to Explore in Chromium, on the seed database: from `streamlit run` to a drawn
page, and from a new visitor opening the address to every chart drawn (the server already up).

    .venv/bin/python bench/first_visit.py [--db data/claims.duckdb] [--visits 5]

Needs Debian's chromium (make test installs it); no browser is downloaded.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import serve  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHARTS = 6  # what a drawn Explore page shows on its Charts tab


def drawn(page, timeout_ms: int = 60_000) -> None:
    """Until the headline numbers and every chart are on screen."""
    page.wait_for_function(
        "n => document.querySelectorAll('[data-testid=stPlotlyChart] .main-svg').length >= n"
        " && document.querySelector('[data-testid=stMetricValue]')", arg=CHARTS, timeout=timeout_ms)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=ROOT / "data" / "claims.duckdb")
    ap.add_argument("--visits", type=int, default=5)
    args = ap.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db}: no database; run `make build` first")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        started = time.perf_counter()
        with serve(args.db) as url:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            drawn(page)
            print(f"from `streamlit run` to a drawn Explore page: {time.perf_counter() - started:.1f} s")
            page.close()
            visits = []
            for _ in range(args.visits):
                context = browser.new_context(viewport={"width": 1400, "height": 1000})  # a new visitor
                page = context.new_page()
                t = time.perf_counter()
                page.goto(url)
                drawn(page)
                visits.append(time.perf_counter() - t)
                context.close()
            print(f"first visit of a new visitor, address to every chart drawn ({args.visits} visits): "
                  f"median {statistics.median(visits):.2f} s, max {max(visits):.2f} s (target <= 3 s)")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
