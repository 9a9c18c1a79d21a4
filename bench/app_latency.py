"""App latency on a synthetic database of 1,000,000 claims.

Times a filter change end to end (the Explore page script run on the server, through
Streamlit's AppTest: every query, facet, chart and table page included) on each tab, with a
selection never used before each time (so no cache helps) that always returns figures (the
page's count is checked against SQL), and the filtered CSV download through the app's own
path (DuckDB's COPY). Prints median and p95.

    .venv/bin/python bench/app_latency.py [--claims 1000000] [--changes 40]
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from etl.schema import ARTICLE_COLUMNS, CLAIM_COLUMNS  # noqa: E402

TYPES = ["survey", "jobs", "box_office", "cost", "revenue", "market_size", "investment", "stock_move",
         "audience", "capability", "duration", "other"]
PUBLISHERS = ["Global Times", "China News Service", "Reuters", "Variety", "Deadline", "Mondo games",
              "Value Planet", "Bloomberg", "The Hollywood Reporter", "Xinhua"]
UNITS = [("percent", "percent"), ("USD", "money"), ("CNY", "money"), ("count", "count"), ("years", "time"),
         ("seconds", "time"), ("EUR", "money"), ("count", "count")]
QUALIFIERS = ["exact", "approx", "more_than", "at_least", "at_most", "less_than", "range"]


def make_database(path: Path, claims: int, articles: int) -> None:
    con = duckdb.connect(str(path))
    sql_list = lambda xs: "[" + ", ".join("'" + x.replace("'", "''") + "'" for x in xs) + "]"  # noqa: E731
    con.execute(f"""
        CREATE TABLE articles AS
        SELECT 'gen_' || lpad(CAST(i AS VARCHAR), 6, '0') AS article_id,
               'gen_' || lpad(CAST(i AS VARCHAR), 6, '0') || '.txt' AS source_file,
               'Generated article ' || i AS title,
               {sql_list(PUBLISHERS)}[1 + i % {len(PUBLISHERS)}] AS publisher,
               NULL::VARCHAR AS author,
               DATE '2020-01-01' + CAST(i % 1800 AS INTEGER) AS published,
               'day' AS published_precision,
               'https://example.org/a/' || i AS url,
               repeat('Sample article text with figures. ', 40) AS text,
               md5(CAST(i AS VARCHAR)) AS sha256,
               0 AS n_claims
        FROM range({articles}) t(i)""")
    con.execute(f"""
        CREATE TABLE claims AS
        WITH base AS (
            SELECT i, CAST(hash(i) % 1000000007 AS BIGINT) AS h, CAST(hash(i * 7 + 3) % 1000000007 AS BIGINT) AS h2 FROM range({claims}) t(i)
        ), u AS (
            SELECT *, {sql_list([u for u, _ in UNITS])}[1 + h % {len(UNITS)}] AS unit,
                      {sql_list([f for _, f in UNITS])}[1 + h % {len(UNITS)}] AS unit_family
            FROM base
        )
        SELECT substr(md5(CAST(i AS VARCHAR)), 1, 16) AS claim_id,
               'gen_' || lpad(CAST(i % {articles} AS VARCHAR), 6, '0') AS article_id,
               'gen_' || lpad(CAST(i % {articles} AS VARCHAR), 6, '0') || '.txt' AS source_file,
               CAST(i % 900 AS INTEGER) AS char_start, CAST(i % 900 + 12 AS INTEGER) AS char_end,
               'about ' || (h2 % 100000) || ' ' || unit AS surface,
               'Analysts at firm ' || (h % 500) || ' said about ' || (h2 % 100000) || ' ' || unit ||
                   ' were ' || {sql_list(["reported", "expected", "estimated", "cut", "added"])}[1 + h2 % 5] ||
                   ' in the ' || {sql_list(["film", "television", "animation", "VFX", "games"])}[1 + h % 5] ||
                   ' industry.' AS sentence,
               0 AS sentence_start,
               CAST(h2 % 100000 AS DOUBLE) AS value,
               CASE WHEN h % 7 = 0 THEN CAST(h2 % 100000 AS DOUBLE) * 2 END AS value_high,
               unit, unit_family, CASE WHEN unit = 'count' THEN 'jobs' END AS noun, NULL::VARCHAR AS per,
               {sql_list(QUALIFIERS)}[1 + h2 % {len(QUALIFIERS)}] AS qualifier,
               CASE WHEN h % 5 = 0 THEN 'up' WHEN h % 5 = 1 THEN 'down' END AS direction,
               {sql_list(TYPES)}[1 + (h // 7) % {len(TYPES)}] AS claim_type,
               h % 4 = 0 AS is_forecast,
               CASE WHEN h % 4 = 0 THEN CAST(2024 + h2 % 10 AS INTEGER) END AS horizon_year,
               CASE WHEN h % 3 > 0 THEN 'Firm ' || (h % 500) END AS source,
               CASE WHEN unit = 'count' THEN 'jobs at firm ' || (h2 % 900) ELSE 'revenue of firm ' || (h2 % 900) END
                   AS measure,
               'Firm ' || (h % 500) AS subject,
               CASE WHEN unit_family = 'money' THEN CAST(h2 % 100000 AS DOUBLE) END AS value_usd,
               {sql_list(PUBLISHERS)}[1 + (i % {articles}) % {len(PUBLISHERS)}] AS publisher,
               DATE '2020-01-01' + CAST((i % {articles}) % 1800 AS INTEGER) AS published,
               unit || ':' || printf('%.1e', CAST(printf('%.2g', CAST(h2 % 100000 AS DOUBLE)) AS DOUBLE)) AS value_key,
               -- one claim in ten reported by several articles; one in a thousand rejected
               CASE WHEN h % 10 = 0 THEN 'g' || (h2 % {max(1, claims // 50)}) END AS group_id,
               CASE WHEN h % 1000 = 1 THEN 'rejected' WHEN h % 1000 = 2 THEN 'confirmed' END AS review_status,
               NULL::VARCHAR AS review_note, NULL::VARCHAR AS reviewer, NULL::DATE AS reviewed_on
        FROM u""")
    con.execute("""
        CREATE TABLE claim_groups AS
        SELECT group_id, any_value(claim_type) AS claim_type, any_value(unit) AS unit,
               min(value) AS canonical_value, min(value) AS value_min, max(value) AS value_max,
               (max(value) - min(value)) / nullif(min(value), 0) AS spread, count(*) AS n_claims,
               count(DISTINCT article_id) AS n_articles, count(DISTINCT publisher) AS n_publishers,
               max(value) > 1.5 * min(value) AS disagreement, any_value(subject) AS subject
        FROM claims WHERE group_id IS NOT NULL GROUP BY group_id""")
    sectors = ["Animation", "VFX / special effects", "Photography / cinematography", "Acting",
               "Short video", "Film and TV industry (whole)", "Jobs in general"]
    con.execute(f"""
        CREATE TABLE impacts AS
        SELECT substr(md5('i' || i), 1, 16) AS impact_id,
               'gen_' || lpad(CAST(i % {articles} AS VARCHAR), 6, '0') AS article_id,
               'gen_' || lpad(CAST(i % {articles} AS VARCHAR), 6, '0') || '.txt' AS source_file,
               {sql_list(PUBLISHERS)}[1 + (i % {articles}) % {len(PUBLISHERS)}] AS publisher,
               DATE '2020-01-01' + CAST((i % {articles}) % 1800 AS INTEGER) AS published,
               ['sector' || (i % {len(sectors)})] AS sectors,
               [{sql_list(sectors)}[1 + i % {len(sectors)}]] AS sector_labels,
               ['harm', 'benefit', 'mixed', 'none'][1 + (i // 7) % 4] AS direction, NULL::VARCHAR AS strength,
               i % 3 = 0 AS hedged, false AS negated,
               ['forecast', 'present', 'history', 'speculation'][1 + i % 4] AS kind,
               NULL::VARCHAR AS time_frame, NULL::INTEGER AS horizon_year,
               'Speaker ' || (i % 300) AS speaker, 'affected' AS cue,
               'Speaker ' || (i % 300) || ' said the sector will be affected.' AS sentence,
               0 AS sentence_start, 40 AS sentence_end
        FROM range({claims // 5}) t(i)""")
    con.execute("""
        CREATE TABLE impact_sectors AS
        SELECT impact_id, sectors[1] AS sector, sector_labels[1] AS sector_label, 'words' AS sector_text,
               direction, hedged, negated, 0 AS mention_start, 5 AS mention_end
        FROM impacts""")
    con.execute("CREATE TABLE reviews (line INTEGER, claim_id VARCHAR, action VARCHAR, status VARCHAR, "
                "changes VARCHAR, note VARCHAR, reviewer VARCHAR, reviewed_on DATE)")
    have_a = [r[0] for r in con.execute("DESCRIBE articles").fetchall()]
    have_c = [r[0] for r in con.execute("DESCRIBE claims").fetchall()]
    assert set(ARTICLE_COLUMNS) <= set(have_a) and set(CLAIM_COLUMNS) <= set(have_c)
    con.execute("CREATE TABLE runs AS SELECT now() AS started_at, now() AS finished_at, "
                f"{articles} AS articles, {claims} AS claims, 0 AS skipped, NULL AS problems, 0.0 AS seconds, "
                "'bench' AS extractor_version")
    con.close()


VERBS = ["reported", "expected", "estimated", "cut", "added"]
SECTORS = ["film", "television", "animation", "VFX", "games"]
# A different text for every timed change of a tab, so the app's cache of text matches (one
# scan per text, reused while only other filters change) never serves a timed change. Texts
# that match many sentences (a fifth or a 25th of them) alternate with texts that match one
# firm's (a 500th).
_MANY = [f"were {verb}" for verb in VERBS] + [f"the {sector} industry" for sector in SECTORS] + [
    f"{verb} in the {sector}" for verb in VERBS for sector in SECTORS]
_FEW = [f"firm {n} said" for n in range(100, 500)]
PHRASES = [text for pair in zip(_MANY, _FEW[:len(_MANY)], strict=True) for text in pair] + _FEW[len(_MANY):]


def first_load(AppTest) -> float:
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
    t = time.perf_counter()
    at.run()
    assert not at.exception, at.exception
    return 1000 * (time.perf_counter() - t)


def figures(at) -> int:
    return int(next(m.value for m in at.metric if m.label == "Figures").replace(",", ""))


def time_tab(AppTest, con, tab: str, selections: list) -> list[float]:
    """Milliseconds per filter change with `tab` open, each change a new selection; checks
    that the page shows the figures plain SQL counts for it."""
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
    at.query_params["view"] = tab
    at.run()
    timings = []
    for types, text in selections:
        at.multiselect(key="type").set_value(list(types))
        at.text_input(key="q").set_value(text)
        t = time.perf_counter()
        at.run()
        timings.append(1000 * (time.perf_counter() - t))
        assert not at.exception, at.exception
        expected = con.execute("SELECT count(*) FROM claims WHERE claim_type IN (?, ?) AND sentence ILIKE ? "
                               "AND review_status IS DISTINCT FROM 'rejected'", [*types, f"%{text}%"]).fetchone()[0]
        assert figures(at) == expected > 0, (types, text, figures(at), expected)
        if tab == "Charts":
            assert len(at.get("plotly_chart")) == 6
        elif tab == "Table":
            assert 0 < len(at.dataframe[0].value) <= 50
    return timings


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--changes", type=int, default=40)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="app-bench-"))
    db = work / "claims.duckdb"
    t = time.perf_counter()
    make_database(db, args.claims, args.articles)
    print(f"database: {args.claims:,} claims, {args.articles:,} articles, "
          f"{db.stat().st_size / 1e6:.0f} MB, built in {time.perf_counter() - t:.1f} s")

    os.environ["IMPACT_CLAIMS_DB"] = str(db)
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from dashboard import queries
    from dashboard.filters import Filters

    con = queries.connect(db)
    print(f"first page load (cold caches): {first_load(AppTest):.0f} ms")
    # Distinct selections that all return figures: two claim types and a text some sentences
    # have. No selection and no text repeats, so no timed run is served from a cache.
    # Each tab starts with empty caches.
    assert args.changes <= len(PHRASES), f"at most {len(PHRASES)} changes"
    selections = [((TYPES[i % len(TYPES)], TYPES[(i * 5 + 1) % len(TYPES)]), PHRASES[i]) for i in range(args.changes)]
    for tab in ("Charts", "Table", "Corroboration"):
        st.cache_data.clear()
        st.cache_resource.clear()
        timings = time_tab(AppTest, con, tab, selections)
        print(f"filter change on the {tab} tab, script run end to end ({len(timings)} distinct changes, every one "
              f"with figures): median {statistics.median(timings):.0f} ms, p95 {percentile(timings, 0.95):.0f} ms, "
              f"max {max(timings):.0f} ms (target p95 <= 150 ms)")

    # downloads through the app's own path: DuckDB writes the file (data.download -> queries.export_file)
    for label, filters in (("one claim type", Filters(type=("jobs",))),
                           ("one type, one publisher", Filters(type=("jobs",), publisher=("Reuters",)))):
        t = time.perf_counter()
        blob = queries.export_file(queries.cursor(con), filters, "CSV", "http://127.0.0.1:8501/")
        ms = 1000 * (time.perf_counter() - t)
        rows = blob.count(b"\n") - 1
        print(f"filtered CSV download ({label}): {rows:,} rows, {len(blob) / 1e6:.1f} MB in {ms:.0f} ms")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
