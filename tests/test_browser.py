"""A real browser: `streamlit run` on a free port, Debian's Chromium driven by Playwright.

Loads the app, applies a filter, follows a figure's link to its highlighted sentence,
downloads the CSV and checks it against the database."""
from __future__ import annotations

import csv
import os
import shutil
import urllib.parse

import duckdb
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.conftest import load_bench

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (make test installs it)")]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


serve = load_bench.serve  # `streamlit run` on a free port against a database; yields the base URL


SERVER_LOG: list = []  # the module's server log, for a failure's message
CONSOLE: list[str] = []  # the browser console's errors


@pytest.fixture(scope="module")
def app_url(seed_db, tmp_path_factory):
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    SERVER_LOG[:] = [log]
    with serve(seed_db, log=log) as url:
        yield url


def what_went_on() -> str:
    """The end of the server's log and the browser's console errors: what a failure shows."""
    log = SERVER_LOG[0].read_text(errors="replace")[-3000:] if SERVER_LOG and SERVER_LOG[0].exists() else ""
    return f"\n--- server log ---\n{log}\n--- console errors ---\n" + "\n".join(CONSOLE[-20:])


@pytest.fixture(scope="module")
def page(app_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        tab = context.new_page()
        tab.on("console", lambda m: CONSOLE.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        yield tab
        browser.close()


def wait_idle(page) -> None:
    """Until Streamlit's running indicator is gone: the script has finished its rerun."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget]')"
        " || document.querySelector('[data-testid=stStatusWidget]').innerText.trim() === ''",
        timeout=30_000)


def wait_for_figures(page, n: int, label: str = "Figures") -> None:
    """Until the headline metric `label` shows `n` (the page may still be drawing)."""
    page.wait_for_function(
        "([label, n]) => { const m = [...document.querySelectorAll('[data-testid=stMetric]')]"
        ".find(e => e.innerText.startsWith(label)); return m && m.innerText.trim().endsWith(String(n)); }",
        arg=[label, n], timeout=30_000)


def figures_shown(page) -> int:
    value = page.locator('[data-testid="stMetric"]').filter(has_text="Figures").locator(
        '[data-testid="stMetricValue"]')
    return int(value.inner_text().replace(",", ""))


def test_filter_follow_a_figure_and_download(app_url, page, seed_db, tmp_path):
    con = duckdb.connect(str(seed_db), read_only=True)
    total = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    forecasts = con.execute("SELECT count(*) FROM claims WHERE is_forecast").fetchone()[0]

    page.goto(app_url)
    page.get_by_text("Figures", exact=True).first.wait_for(timeout=30_000)
    wait_for_figures(page, total)
    assert figures_shown(page) == total
    assert page.locator('[data-testid="stException"]').count() == 0

    # apply a filter: the segmented control "forecast"; the URL keeps it
    page.get_by_role("radio", name="forecast", exact=True).click()
    page.wait_for_url("**forecast=forecast**", timeout=30_000)
    wait_for_figures(page, forecasts)
    assert figures_shown(page) == forecasts

    # download exactly the filtered rows as CSV, once the rerun after the filter is over
    wait_idle(page)
    download = None
    for _ in range(3):  # a click that lands while the page redraws is lost: try again
        try:
            with page.expect_download(timeout=20_000) as info:
                page.get_by_role("button", name="CSV").click()
            download = info.value
            break
        except PlaywrightTimeout:
            wait_idle(page)
    assert download is not None, "no CSV download" + what_went_on()
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.name == "impact-claims_forecast-forecast.csv"
    with open(saved, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == forecasts and all(r["is_forecast"] == "true" for r in rows)

    # follow a figure's link (as the table builds it) to its highlighted sentence
    article_id, claim_id, surface = con.execute(
        "SELECT article_id, claim_id, surface FROM claims WHERE surface = 'nearly 204,000 positions'").fetchone()
    page.goto(f"{app_url}/article?id={article_id}&claim={claim_id}")
    mark = page.locator(f"#claim-{claim_id}")
    mark.wait_for(timeout=30_000)
    assert mark.inner_text() == surface
    assert "ic-selected" in mark.get_attribute("class")
    page.wait_for_function(
        f"() => {{ const r = window.parent.document.getElementById('claim-{claim_id}').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }", timeout=30_000)
    page.screenshot(path=str(tmp_path / "article.png"))


def test_hostile_article_text_is_shown_as_text(page, tmp_path):
    """An article carrying scripts, HTML attributes, markdown and Streamlit markup renders as
    text; nothing in it runs."""
    from etl.build import build

    folder = tmp_path / "articles"
    folder.mkdir()
    hostile = ('Costs rose 5% <script>window.__ic_pwned = 1</script> and '
               '<img src=x onerror="window.__ic_pwned = 2"> **bold** :red[alert] $$x$$ '
               '<a href="javascript:window.__ic_pwned=3">click</a> by $3 million.')
    (folder / "hostile.txt").write_text(hostile, encoding="utf-8")
    build(folder, None, tmp_path / "claims.duckdb", log=None)
    with serve(tmp_path / "claims.duckdb") as url:
        page.goto(f"{url}/article?id=hostile")
        page.locator(".ic-article").wait_for(timeout=30_000)
        shown = page.locator(".ic-article").inner_text()
        assert "<script>window.__ic_pwned = 1</script>" in shown
        assert '<img src=x onerror="window.__ic_pwned = 2">' in shown
        assert "**bold** :red[alert]" in shown
        page.wait_for_timeout(1000)
        assert page.evaluate("() => window.__ic_pwned === undefined")
        assert page.locator(".ic-article img, .ic-article script, .ic-article a").count() == 0
        marks = page.locator(".ic-article mark").all_inner_texts()
        assert "5%" in marks and "$3 million" in marks


def test_impacts_page_opens_by_its_address_and_a_dot_opens_its_statements(page, seed_db):
    """A fresh server asked for /impacts first (a bookmarked link) serves the page through the
    router; clicking a dot of the matrix filters to that sector and direction."""
    con = duckdb.connect(str(seed_db), read_only=True)
    with serve(seed_db) as url:
        page.goto(f"{url}/impacts")
        page.get_by_role("heading", name="Impact statements").wait_for(timeout=30_000)
        dots = page.locator('[data-testid="stPlotlyChart"] .scatterlayer .trace').first.locator(".point")
        dots.first.wait_for(timeout=30_000)
        assert page.locator('[data-testid="stException"]').count() == 0
        wait_idle(page)
        box = dots.first.bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_url("**direction=harm**", timeout=30_000)
        wait_idle(page)
        sector = urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)["sector"][0]
        expected = con.execute("SELECT count(DISTINCT impact_id) FROM impact_sectors "
                               "WHERE sector_label = ? AND direction = 'harm'", [sector]).fetchone()[0]
        value = page.locator('[data-testid="stMetric"]').filter(has_text="Statements").locator(
            '[data-testid="stMetricValue"]')
        wait_for_figures(page, expected, "Statements")
        assert int(value.inner_text()) == expected > 0
        assert page.locator('[data-testid="stAlert"]').count() == 0  # the URL values are valid filters


PAGE_TITLES = {"/": "Impact Claims", "/impacts": "Impact statements", "/about": "About Impact Claims"}
EXPLORE_KEYS = {"publisher", "source", "article", "type", "family", "forecast", "hmin", "hmax", "qualifier",
                "subject", "q", "vmin", "vmax", "corroboration", "review", "view", "sort", "page"}
IMPACT_KEYS = {"publisher", "speaker", "sector", "direction", "kind", "q"}


def test_the_address_always_matches_the_page_on_screen(app_url, page):
    """Explore → Impacts → Explore, twenty times, each with filters of its own: the address bar
    always shows the page on screen and only that page's parameters; Back returns to the view
    before, filters and all."""
    page.goto(f"{app_url}/?type=jobs")
    page.get_by_role("heading", name="Impact Claims").wait_for(timeout=30_000)
    wait_idle(page)
    assert "type=jobs" in page.url
    nav = page.locator(".st-key-menu")  # the menu of pages in the sidebar
    for _ in range(20):
        nav.get_by_text("Impacts", exact=True).click()
        page.get_by_role("heading", name="Impact statements").wait_for(timeout=30_000)
        wait_idle(page)
        url = urllib.parse.urlparse(page.url)
        assert url.path == "/impacts" and set(urllib.parse.parse_qs(url.query)) <= IMPACT_KEYS, page.url
        assert "type" not in url.query
        nav.get_by_text("Explore", exact=True).click()
        page.get_by_role("heading", name="Impact Claims").wait_for(timeout=30_000)
        wait_idle(page)
        url = urllib.parse.urlparse(page.url)
        assert url.path == "/" and set(urllib.parse.parse_qs(url.query)) <= EXPLORE_KEYS, page.url
        assert page.locator("h1").first.inner_text() == PAGE_TITLES[url.path]
    page.go_back()
    page.get_by_role("heading", name="Impact statements").wait_for(timeout=30_000)
    assert urllib.parse.urlparse(page.url).path == "/impacts"


def test_explore_answers_at_its_own_name_too(app_url, page):
    """The default page is served at the root; "/explore", typed or shared, shows it as well,
    filters and all, with no "Page not found"."""
    page.goto(f"{app_url}/explore?type=jobs")
    page.get_by_role("heading", name="Impact Claims").wait_for(timeout=30_000)
    wait_idle(page)
    assert page.get_by_text("Page not found").count() == 0
    assert urllib.parse.urlparse(page.url).path == "/explore" and "type=jobs" in page.url
    page.get_by_text("Figures by claim type and publisher").first.wait_for(timeout=30_000)  # Explore's charts
    menu = [a.inner_text().split("\n")[-1] for a in page.locator(".st-key-menu a").all()]  # after the icon's name
    assert menu == ["Explore", "Impacts", "Article", "Add articles", "About"]  # each page once


def test_one_click_on_a_table_link_opens_the_figure_and_the_table_offers_no_page_download(app_url, page, seed_db):
    """The table's "in article" cell opens the figure's sentence with one click; the grid's own
    CSV button (which would save only the 50 rows on screen) is gone, the page's downloads stay."""
    page.goto(f"{app_url}/?view=Table&sort=largest+in+US+dollars+first")
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for(timeout=30_000)
    wait_idle(page)
    grid.hover()
    toolbar = page.locator('[data-testid="stElementToolbar"]').first
    toolbar.wait_for(timeout=10_000)
    labels = [b.get_attribute("aria-label") for b in toolbar.locator("button").all()]
    assert "Search" in labels and "Download as CSV" not in labels
    assert page.get_by_role("button", name="CSV").count() == 1  # the page's own download
    box = grid.bounding_box()
    # the pinned "figure as written" column is 200 px wide; "in article" follows it; row 1
    # sits under the 35 px header. A hand reaches the link before it clicks: the grid knows a
    # link is under the pointer from the pointer's move
    x, y = box["x"] + 230, box["y"] + 35 + 17
    page.mouse.move(x - 5, y)
    page.wait_for_timeout(200)
    with page.context.expect_page(timeout=30_000) as opened:
        page.mouse.click(x, y)
    article = opened.value
    article.wait_for_load_state()
    query = urllib.parse.parse_qs(urllib.parse.urlparse(article.url).query)
    con = duckdb.connect(str(seed_db), read_only=True)
    article_id, claim_id, surface = con.execute(
        "SELECT article_id, claim_id, surface FROM claims ORDER BY value_usd DESC NULLS LAST LIMIT 1").fetchone()
    assert (query["id"], query["claim"]) == ([article_id], [claim_id]), article.url
    mark = article.locator(f"#claim-{claim_id}")
    mark.wait_for(timeout=30_000)
    assert mark.inner_text() == surface
    article.close()


def test_a_chart_exported_as_png_keeps_its_labels_and_carries_its_credit(app_url, page, tmp_path):
    from PIL import Image

    page.goto(f"{app_url}/?type=jobs")
    chart = page.locator('[data-testid="stPlotlyChart"]').filter(has_text="Job figures").first
    chart.wait_for(timeout=30_000)
    # on screen: the credit under the axis, every tick label inside the chart
    assert "Impact Claims · data of" in chart.locator(".xtitle").first.text_content()
    box = chart.locator(".main-svg").first.bounding_box()
    for label in chart.locator(".ytick text").all():
        assert label.bounding_box()["x"] >= box["x"] - 1, label.text_content()
    chart.hover()
    with page.expect_download(timeout=30_000) as download:
        chart.locator('[data-title="Download plot as a PNG"]').click()
    target = tmp_path / "chart.png"
    download.value.save_as(target)
    assert download.value.suggested_filename.startswith("impact-claims_jobs_type-jobs")
    image = Image.open(target).convert("L")
    width, height = image.size
    ink = lambda x0, y0, x1, y1: sum(image.crop((x0, y0, x1, y1)).histogram()[:160])  # noqa: E731 - dark pixels
    assert ink(0, 0, 3, height) == 0  # nothing cut at the left edge
    assert ink(0, height - 60, width, height) > 50  # the credit line at the bottom


def test_markdown_in_titles_names_and_addresses_is_shown_as_text(page, tmp_path):
    """An article's title, publisher and file name, and a value in the address, written as
    markdown images and links: shown as text, and the reader's browser fetches nothing. Its
    javascript: URL is no link anywhere."""
    import http.server
    import threading

    from etl.build import build

    fetched = []

    class Pixel(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            fetched.append(self.path)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pixel)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    image = f"![x](http://127.0.0.1:{server.server_address[1]}/pixel.png)"
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "md.txt").write_text("Studios cut 40 jobs, a survey of 300 producers found.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(f'file,title,publisher,url\nmd.txt,"Title {image}","Wire {image}",'
                                          '"javascript:window.__ic_pwned=4"\n', encoding="utf-8")
    build(folder, tmp_path / "sources.csv", tmp_path / "claims.duckdb", log=None)
    try:
        with serve(tmp_path / "claims.duckdb") as url:
            page.goto(f"{url}/article?id=md")
            page.get_by_role("heading", name="Title").wait_for(timeout=30_000)
            wait_idle(page)
            assert image in page.locator("h1").first.inner_text()
            page.get_by_text("No link to the original article recorded.").wait_for(timeout=10_000)
            assert page.locator('a[href^="javascript"]').count() == 0
            page.goto(f"{url}/?type={urllib.parse.quote(image)}&view=Table")
            page.get_by_text("Ignored type value").wait_for(timeout=30_000)
            wait_idle(page)
            page.goto(f"{url}/about")
            page.get_by_role("heading", name="About Impact Claims").wait_for(timeout=30_000)
            wait_idle(page)
            page.wait_for_timeout(1000)
            assert fetched == []
    finally:
        server.shutdown()
