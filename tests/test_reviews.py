"""The review loop: data/reviews.csv is applied by every build, survives rebuilds, and a
review whose claim is gone is reported."""
from __future__ import annotations

import csv
import io

import duckdb

from etl.build import build
from etl.reviews import SHEET_COLUMNS, parse_reviews

ARTICLE = ("Anvil Analytics estimates that 120,000 animation jobs will be lost to AI by 2028. "
           "A survey of 400 editors found that 35% already use AI tools. "
           "The studio paid 2 million yuan for the software.")


def write_reviews(path, rows: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=SHEET_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)


def claims_by_surface(db) -> dict[str, dict]:
    con = duckdb.connect(str(db), read_only=True)
    frame = con.execute("SELECT * FROM claims").df()
    return {r["surface"]: r for r in frame.to_dict("records")}


def setup(tmp_path, articles_dir):
    (articles_dir / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "claims.duckdb"
    build(articles_dir, None, db, log=None)
    return db, claims_by_surface(db)


def test_confirm_reject_and_correct_are_applied_and_survive_a_rebuild(tmp_path, articles_dir):
    db, before = setup(tmp_path, articles_dir)
    jobs, share, money = before["120,000 animation jobs"], before["35%"], before["2 million yuan"]
    reviews = tmp_path / "reviews.csv"
    write_reviews(reviews, [
        {"claim_id": jobs["claim_id"], "action": "confirm", "reviewer": "ana", "date": "2026-11-20"},
        {"claim_id": share["claim_id"], "action": "reject", "note": "a usage share, not an impact"},
        {"claim_id": money["claim_id"], "action": "correct", "value": "3,000,000", "claim_type": "investment",
         "reviewer": "ben", "date": "2026-11-21", "note": "the article's figure was updated"},
    ])
    log = io.StringIO()
    report = build(articles_dir, None, db, log=log, reviews_path=reviews)
    assert (report.reviews_applied, report.reviews_orphaned) == (3, 0)
    for _ in range(2):  # and again: claim ids are stable, so the reviews keep applying
        after = claims_by_surface(db)
        assert after["120,000 animation jobs"]["review_status"] == "confirmed"
        assert after["120,000 animation jobs"]["reviewer"] == "ana"
        assert after["35%"]["review_status"] == "rejected"
        corrected = after["2 million yuan"]
        assert (corrected["review_status"], corrected["value"], corrected["claim_type"]) == \
            ("corrected", 3_000_000.0, "investment")
        # derived columns follow the correction
        assert corrected["value_usd"] == money["value_usd"] * 1.5
        assert corrected["value_key"] == "CNY:3.0e+06"
        build(articles_dir, None, db, log=None, reviews_path=reviews)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT changes FROM reviews WHERE action = 'correct'").fetchone()[0] == \
        "value: 2000000.0 → 3000000.0; claim_type: 'cost' → 'investment'"


def test_a_review_of_a_claim_that_is_gone_is_reported_not_dropped(tmp_path, articles_dir):
    db, before = setup(tmp_path, articles_dir)
    reviews = tmp_path / "reviews.csv"
    write_reviews(reviews, [{"claim_id": before["35%"]["claim_id"], "action": "reject"}])
    # the article is edited: its text changes, so its claims get new ids
    (articles_dir / "a.txt").write_text(ARTICLE.replace("400 editors", "450 editors"), encoding="utf-8")
    log = io.StringIO()
    report = build(articles_dir, None, db, log=log, reviews_path=reviews)
    assert report.reviews_orphaned == 1
    assert f"{reviews} line 2: no claim {before['35%']['claim_id']}" in log.getvalue()
    assert "1 reviews applied" not in report.summary(db) and "(1 orphaned)" in report.summary(db)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT status FROM reviews").fetchall() == [("orphaned",)]
    assert "no claim" in con.execute("SELECT problems FROM runs ORDER BY finished_at DESC LIMIT 1").fetchone()[0]
    assert con.execute("SELECT count(*) FROM claims WHERE review_status IS NOT NULL").fetchone()[0] == 0


def test_rejected_figures_are_left_out_of_corroboration(tmp_path, articles_dir):
    (articles_dir / "a.txt").write_text("Anvil Analytics estimates that 120,000 animation jobs will be lost to AI.")
    (articles_dir / "b.txt").write_text("Anvil Analytics estimates that 120,000 animation jobs will go to AI.")
    db = tmp_path / "claims.duckdb"
    build(articles_dir, None, db, log=None)
    rows = claims_by_surface(db)
    assert rows["120,000 animation jobs"]["group_id"] is not None
    con = duckdb.connect(str(db), read_only=True)
    ids = [r[0] for r in con.execute("SELECT claim_id FROM claims ORDER BY article_id").fetchall()]
    con.close()
    reviews = tmp_path / "reviews.csv"
    write_reviews(reviews, [{"claim_id": ids[0], "action": "reject"}])
    build(articles_dir, None, db, log=None, reviews_path=reviews)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM claim_groups").fetchone()[0] == 0


def test_bad_rows_name_the_file_and_line_and_the_rest_applies():
    text = ("claim_id,action,value,unit,qualifier,is_forecast,horizon_year,date\n"
            "aaa,confirm,,,,,,\n"
            "bbb,delete,,,,,,\n"
            ",reject,,,,,,\n"
            "ccc,correct,lots,,,,,\n"
            "ddd,correct,,furlongs,,,,\n"
            "eee,correct,,,roughly,,,\n"
            "fff,correct,,,,maybe,,\n"
            "ggg,correct,,,,,20x0,\n"
            "hhh,confirm,,,,,,yesterday\n"
            "iii,,,,,,,\n"
            "jjj,correct,12.5,usd,approx,yes,2030,2026-11-20\n"
            "kkk,correct,,,,,²⁰²⁴,\n")
    reviews, problems = parse_reviews(text, "data/reviews.csv")
    assert [r.claim_id for r in reviews] == ["aaa", "jjj"]
    assert reviews[1].changes == {"value": 12.5, "unit": "USD", "qualifier": "approx", "is_forecast": True,
                                  "horizon_year": 2030}
    assert problems == [
        "data/reviews.csv line 3: action 'delete' is not confirm, reject or correct",
        "data/reviews.csv line 4: no claim_id",
        "data/reviews.csv line 5: value 'lots' is not a number",
        "data/reviews.csv line 6: unit 'furlongs' is not percent, count, a time unit or an ISO currency code",
        "data/reviews.csv line 7: qualifier 'roughly' is not one of exact, approx, at_least, more_than, "
        "at_most, less_than, range",
        "data/reviews.csv line 8: is_forecast 'maybe' is not true or false",
        "data/reviews.csv line 9: horizon_year '20x0' is not a year",
        "data/reviews.csv line 10: date 'yesterday' is not YYYY-MM-DD",
        "data/reviews.csv line 13: horizon_year '²⁰²⁴' is not a year",  # digits to Unicode, not a year
    ]


def test_a_file_without_the_key_columns_applies_nothing_and_says_so():
    reviews, problems = parse_reviews("id,verdict\nabc,reject\n", "r.csv")
    assert reviews == [] and problems == ["r.csv: no claim_id or action column; no review applied"]


def test_the_last_review_of_a_claim_wins(tmp_path, articles_dir):
    db, before = setup(tmp_path, articles_dir)
    cid = before["35%"]["claim_id"]
    reviews = tmp_path / "reviews.csv"
    write_reviews(reviews, [{"claim_id": cid, "action": "reject"}, {"claim_id": cid, "action": "confirm"}])
    build(articles_dir, None, db, log=None, reviews_path=reviews)
    assert claims_by_surface(db)["35%"]["review_status"] == "confirmed"
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT status FROM reviews ORDER BY line").fetchall() == [("superseded",), ("applied",)]


def test_the_review_sheet_round_trips_through_the_build(seed_db, tmp_path):
    """The dashboard's review sheet is pre-filled as extracted: marking every row `correct`
    without touching a field changes nothing and confirms every figure."""
    from dashboard.filters import Filters
    from dashboard.queries import review_sheet
    from etl.reviews import apply_reviews

    con = duckdb.connect(str(seed_db), read_only=True)
    sheet = review_sheet(con, Filters(type=("survey", "jobs")))
    assert list(sheet.columns[:len(SHEET_COLUMNS)]) == list(SHEET_COLUMNS)
    assert len(sheet) == con.execute("SELECT count(*) FROM claims WHERE claim_type IN ('survey', 'jobs')").fetchone()[0]
    blank, problems = parse_reviews(sheet.to_csv(index=False))
    assert blank == [] and problems == []  # nobody reviewed yet: nothing applies
    sheet["action"] = "correct"
    reviews, problems = parse_reviews(sheet.to_csv(index=False))
    assert problems == [] and len(reviews) == len(sheet)
    claims = con.execute("SELECT * FROM claims").df().to_dict("records")
    report = apply_reviews(claims, reviews)
    assert {r["changes"] for r in report.applied} == {None}
    assert {c.get("review_status") for c in claims if c["claim_type"] in ("survey", "jobs")} == {"confirmed"}


def test_the_dashboard_hides_rejected_figures_and_shows_the_review_log(seed_copy, tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT
    db = tmp_path / "claims.duckdb"
    build(seed_copy, None, db, log=None)
    con = duckdb.connect(str(db), read_only=True)
    total = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    rejected = con.execute("SELECT claim_id FROM claims WHERE surface = '7 awards'").fetchone()[0]
    con.close()
    reviews = tmp_path / "reviews.csv"
    write_reviews(reviews, [{"claim_id": rejected, "action": "reject", "note": "an award count"},
                            {"claim_id": "0123456789abcdef", "action": "confirm"}])
    build(seed_copy, None, db, log=None, reviews_path=reviews)
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(db))
    import importlib

    import dashboard.queries
    importlib.reload(dashboard.queries)
    app = str(ROOT / "dashboard" / "app.py")

    def figures(**params) -> str:
        at = AppTest.from_file(app, default_timeout=60)
        for key, value in params.items():
            at.query_params[key] = value
        at.run()
        assert not at.exception
        return next(m.value for m in at.metric if m.label == "Figures")

    assert figures() == str(total - 1)  # rejected figures are hidden by default
    assert figures(review="all") == str(total)
    assert figures(review="rejected") == "1"
    assert figures(review="reviewed") == "1"
    at = AppTest.from_file(app, default_timeout=60)
    at.switch_page("views/about.py").run()
    log = at.dataframe[-1].value
    assert sorted(log["status"]) == ["applied", "orphaned"]


def test_a_review_corrects_source_and_measure_and_an_older_file_without_them_still_reads(tmp_path, articles_dir):
    db, before = setup(tmp_path, articles_dir)
    claim_id = before["35%"]["claim_id"]
    write_reviews(tmp_path / "reviews.csv", [{"claim_id": claim_id, "action": "correct",
                                              "source": "Editors Guild survey", "measure": "editors using AI tools"}])
    build(articles_dir, None, db, log=None)
    after = claims_by_surface(db)["35%"]
    assert (after["source"], after["measure"], after["subject"], after["review_status"]) == (
        "Editors Guild survey", "editors using AI tools", "Editors Guild survey", "corrected")
    # a file written before the source and measure columns existed
    (tmp_path / "reviews.csv").write_text(
        "claim_id,action,value,value_high,unit,qualifier,claim_type,is_forecast,horizon_year,subject,note,reviewer,date\n"
        f"{claim_id},correct,,,,,jobs,,,,,ana,2026-11-20\n", encoding="utf-8")
    build(articles_dir, None, db, log=None)
    after = claims_by_surface(db)["35%"]
    assert after["claim_type"] == "jobs" and after["source"] != after["source"]  # NULL (NaN in pandas)


def test_a_quote_never_closed_costs_its_row_only():
    text = ("claim_id,action,note\n"
            "aaa,confirm,fine\n"
            'bbb,reject,"this note never ends\n'
            "ccc,confirm,after the broken row\n"
            "ddd,reject,\n")
    reviews, problems = parse_reviews(text, "reviews.csv")
    assert [(r.claim_id, r.line) for r in reviews] == [("aaa", 2), ("ccc", 4), ("ddd", 5)]
    assert problems == ["reviews.csv line 3: a quote is opened and never closed; row skipped"]
    # a quote opened on the last row, with a cell too long for the CSV reader, is named the same way
    reviews, problems = parse_reviews('claim_id,action,note\naaa,confirm,"' + "x" * 200_000 + "\n", "r.csv")
    assert reviews == [] and problems in (["r.csv line 2: a quote is opened and never closed; row skipped"],
                                          ["r.csv line 2: a cell is too long (a quote never closed?); row skipped"])
