"""A real browser on the writing side of the app: upload an article on Add articles and find
its figures on Explore; reject a figure on its Article page and see the review after the
rebuild; a read-only server offers neither."""
from __future__ import annotations

import os
import shutil

import duckdb
import pytest

from etl.build import build
from tests.conftest import SEED_ARTICLES, SEED_SOURCES, load_bench
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, figures_shown, wait_for_figures, wait_idle

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (make test installs it)")]
ARTICLE = ("Animation studio report.\nThe studio hired 450 animators in 2024, and a survey of its artists found "
           "62 percent expect AI tools to cut jobs by 2027.\n")


@pytest.fixture
def data_dir(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(SEED_ARTICLES, data / "articles")
    shutil.copy(SEED_SOURCES, data / "sources.csv")
    build(data / "articles", data / "sources.csv", data / "claims.duckdb", log=None)
    return data


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def count(db, sql: str, params=()) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchone()[0]
    finally:
        con.close()


def test_upload_an_article_then_reject_a_figure(data_dir, browser, tmp_path):
    db = data_dir / "claims.duckdb"
    before = count(db, "SELECT count(*) FROM claims")
    upload = tmp_path / "studio-report.txt"
    upload.write_text(ARTICLE, encoding="utf-8")
    with load_bench.serve(db) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url + "/add")
        page.get_by_text("Article links, one a line").wait_for(timeout=30_000)
        page.locator('input[type="file"]').set_input_files(str(upload))
        page.get_by_text("studio-report.txt").first.wait_for(timeout=30_000)
        page.get_by_role("button", name="Add and build").click()
        page.get_by_text("The new figures are in the database").wait_for(timeout=90_000)
        assert (data_dir / "articles" / "uploads" / "studio-report.txt").exists()
        after = count(db, "SELECT count(*) FROM claims")
        assert after >= before + 2
        page.goto(url)  # Explore, the default page, is served at the root
        wait_for_figures(page, after)
        assert figures_shown(page) == after

        # reject one of the new figures on its Article page
        article_id, claim_id = duckdb.connect(str(db), read_only=True).execute(
            "SELECT article_id, claim_id FROM claims WHERE surface = '450 animators'").fetchone()
        page.goto(f"{url}/article?id={article_id}&claim={claim_id}")
        page.get_by_text("Save review and rebuild").wait_for(timeout=30_000)
        page.get_by_text("reject", exact=True).click()
        page.get_by_label("Note").fill("a hiring figure, not about AI")
        page.get_by_label("Your name").fill("ana")
        page.get_by_role("button", name="Save review and rebuild").click()
        page.get_by_text("Saved to data/reviews.csv").wait_for(timeout=30_000)
        for _ in range(180):  # the rebuild runs in the background
            if count(db, "SELECT count(*) FROM claims WHERE claim_id = ? AND review_status = 'rejected'",
                     [claim_id]):
                break
            page.wait_for_timeout(500)
        assert count(db, "SELECT count(*) FROM claims WHERE claim_id = ? AND review_status = 'rejected'",
                     [claim_id]) == 1
        wait_idle(page)
        assert page.locator('[data-testid="stException"]').count() == 0
        page.close()


def test_paste_a_link_and_find_its_figures(data_dir, browser):
    from tests.test_fetch import serve_site

    db = data_dir / "claims.duckdb"
    with serve_site() as site, load_bench.serve(db, IMPACT_CLAIMS_FETCH_PRIVATE="1") as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url + "/add")
        page.get_by_text("Article links, one a line").wait_for(timeout=30_000)
        page.get_by_role("textbox", name="Article links, one a line").fill(f"{site}/second.html")
        page.get_by_role("button", name="Add and build").click()
        page.get_by_text("The new figures are in the database").wait_for(timeout=90_000)
        # the job's summary, on the page (waited for: the panel re-renders every 2 s, and a loaded machine
        # was seen to count it in the middle of one)
        page.get_by_text("fetched 1 URLs: 1 new").wait_for(timeout=15_000)
        assert count(db, "SELECT count(*) FROM claims WHERE surface = '8.2 billion yuan'") == 1
        assert count(db, "SELECT count(*) FROM articles WHERE url = ?", [f"{site}/second.html"]) == 1
        page.close()


def test_a_read_only_server_offers_no_writing(data_dir, browser):
    db = data_dir / "claims.duckdb"
    with load_bench.serve(db, IMPACT_CLAIMS_READ_ONLY="1") as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url + "/article?id=001_1003821db47bb39a")
        page.get_by_text("Figures in this article").wait_for(timeout=30_000)
        wait_idle(page)
        assert page.get_by_text("Review a figure").count() == 0
        assert page.get_by_role("link", name="Add articles").count() == 0
        page.goto(url + "/add")
        wait_idle(page)
        assert page.get_by_text("Article links, one a line").count() == 0
        page.close()
