"""What the app writes (dashboard.writes): reviews, uploads, the background build, and the
read-only mode that refuses all of it; the Add articles page and the review form in AppTest."""
from __future__ import annotations

import importlib
import shutil
import time

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from etl.build import build
from etl.reviews import read_reviews

from .conftest import ROOT, SEED_ARTICLES, SEED_SOURCES

APP = str(ROOT / "dashboard" / "app.py")


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A data folder of its own (seed articles, manifest, a built database) that the app reads."""
    data = tmp_path / "data"
    shutil.copytree(SEED_ARTICLES, data / "articles")
    shutil.copy(SEED_SOURCES, data / "sources.csv")
    build(data / "articles", data / "sources.csv", data / "claims.duckdb", log=None)
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(data / "claims.duckdb"))
    monkeypatch.delenv("IMPACT_CLAIMS_READ_ONLY", raising=False)
    import dashboard.queries
    import dashboard.writes
    importlib.reload(dashboard.queries)
    importlib.reload(dashboard.writes)
    return data


def a_claim(data, surface: str) -> str:
    con = duckdb.connect(str(data / "claims.duckdb"), read_only=True)
    try:
        return con.execute("SELECT claim_id FROM claims WHERE surface = ?", [surface]).fetchone()[0]
    finally:
        con.close()


def wait_for(job, seconds: float = 120) -> str:
    deadline = time.monotonic() + seconds
    while job.status() == "running" and time.monotonic() < deadline:
        time.sleep(0.2)
    return job.status()


def test_reviews_append_atomically_in_the_build_s_format_and_bad_ones_are_refused(data_dir):
    from dashboard import writes
    cid = a_claim(data_dir, "75 percent")
    writes.append_review(cid, "confirm", {}, "checked against the survey", "ana")
    writes.append_review(cid, "correct", {"claim_type": "survey", "source": "CVL Economics", "unit": ""}, "", "ben")
    before = (data_dir / "reviews.csv").read_bytes()
    with pytest.raises(ValueError, match="unit 'parsecs'"):
        writes.append_review(cid, "correct", {"unit": "parsecs"}, "", "ben")
    with pytest.raises(ValueError, match="at least one field"):
        writes.append_review(cid, "correct", {}, "", "ben")
    with pytest.raises(ValueError, match="not a claim id"):
        writes.append_review("../../etc", "reject", {})
    assert (data_dir / "reviews.csv").read_bytes() == before  # a refused review changes nothing
    reviews, problems = read_reviews(data_dir / "reviews.csv")
    assert problems == [] and [(r.action, r.reviewer) for r in reviews] == [("confirm", "ana"), ("correct", "ben")]
    assert reviews[1].changes == {"claim_type": "survey", "source": "CVL Economics"}
    assert not list(data_dir.glob(".reviews.csv.*"))  # no temporary file left


def test_uploads_stay_in_the_uploads_folder_with_plain_names(data_dir):
    from dashboard import writes
    saved, refused = writes.save_uploads([
        ("../../outside.txt", b"The studio cut 40 jobs."), (".hidden.md", b"Sales rose 5% in May."),
        ("run.exe", b"MZ"), ("big.txt", b"x" * int(writes.MAX_UPLOAD_MB * 1_000_000 + 1)), ("blank.txt", b"  \n"),
        ("outside.txt", b"A different text: 12 percent."), ("outside.txt", b"The studio cut 40 jobs.")])
    assert saved == ["uploads/outside.txt", "uploads/hidden.md", "uploads/outside-2.txt", "uploads/outside.txt"]
    assert [why for _, why in refused] == ["not one of .txt, .md, .html, .htm", "larger than 5 MB", "empty"]
    assert sorted(p.name for p in (data_dir / "articles" / "uploads").iterdir()) == [
        "hidden.md", "outside-2.txt", "outside.txt"]
    assert not (data_dir.parent / "outside.txt").exists()


def test_a_review_saved_from_the_app_is_applied_by_the_background_build(data_dir):
    from dashboard import writes
    cid = a_claim(data_dir, "36%")
    writes.append_review(cid, "reject", {}, "a share of another survey", "ana")
    assert wait_for(writes.start_job()) == "done"
    con = duckdb.connect(str(data_dir / "claims.duckdb"), read_only=True)
    assert con.execute("SELECT review_status FROM claims WHERE claim_id = ?", [cid]).fetchone() == ("rejected",)
    con.close()
    assert any("5 unchanged, reused" in line for line in writes.current_job().tail())


def test_read_only_refuses_every_write_and_hides_the_writing_pages(data_dir, monkeypatch):
    monkeypatch.setenv("IMPACT_CLAIMS_READ_ONLY", "1")
    from dashboard import writes
    cid = a_claim(data_dir, "75 percent")
    for call in (lambda: writes.append_review(cid, "reject", {}), lambda: writes.save_uploads([("a.txt", b"5%")]),
                 lambda: writes.start_job()):
        with pytest.raises(writes.ReadOnly):
            call()
    assert not (data_dir / "reviews.csv").exists() and not (data_dir / "articles" / "uploads").exists()
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["id"] = "001_1003821db47bb39a"
    at.switch_page("views/article.py").run()
    assert not at.exception
    assert not [e for e in at.expander if "Review a figure" in e.label]
    add = AppTest.from_file(APP, default_timeout=60)
    add.switch_page("views/add.py").run()  # not a page of this server: the default page shows
    assert not add.exception and "Add articles" not in [t.value for t in add.title]


def test_the_app_offers_add_articles_and_the_review_form_which_writes_a_review(data_dir):
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page("views/add.py").run()
    assert not at.exception and at.title[0].value == "Add articles"
    assert [t.label for t in at.text_area] == ["Article links, one a line"]
    cid = a_claim(data_dir, "75 percent")
    con = duckdb.connect(str(data_dir / "claims.duckdb"), read_only=True)
    article_id = con.execute("SELECT article_id FROM claims WHERE claim_id = ?", [cid]).fetchone()[0]
    con.close()
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["id"] = article_id
    at.query_params["claim"] = cid
    at.switch_page("views/article.py").run()
    assert not at.exception
    assert [e for e in at.expander if "Review a figure" in e.label]
    figure = next(s for s in at.selectbox if s.label == "Figure")
    assert figure.value == cid  # the figure named in the address is the one offered
    next(r for r in at.radio if r.label == "Review").set_value("correct")
    next(s for s in at.selectbox if s.label == "claim type").set_value("jobs")
    next(t for t in at.text_input if t.label == "Note").input("the share of leaders who expect cuts")
    next(t for t in at.text_input if t.label == "Your name").input("ana")
    next(b for b in at.button if "Save review" in str(b.label)).click().run()
    assert not at.exception
    reviews, problems = read_reviews(data_dir / "reviews.csv")
    assert problems == [] and [(r.claim_id, r.action, r.changes, r.reviewer) for r in reviews] == [
        (cid, "correct", {"claim_type": "jobs"}, "ana")]
    from dashboard import writes
    assert wait_for(writes.current_job()) == "done"
