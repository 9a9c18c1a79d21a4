"""All SQL the dashboard runs, parameterised. Nothing else in the app writes SQL.

Filters become a WHERE clause with `?` parameters (values never enter the SQL text);
filtering, counting and paging happen in DuckDB, so the app never loads every claim.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd

from dashboard.filters import Filters

# IMPACT_CLAIMS_DB points the app at another database (tests, benchmarks).
DEFAULT_DB = Path(os.environ.get("IMPACT_CLAIMS_DB")
                  or Path(__file__).resolve().parent.parent / "data" / "claims.duckdb")
PUBLISHER = "coalesce(a.publisher, '(unknown)')"
FROM = "FROM claims c JOIN articles a USING (article_id)"
# Columns of the table and of every download, in order.
EXPORT_COLUMNS = f"""
    c.claim_id, c.surface AS figure, c.value, c.value_high, c.unit, c.unit_family, c.noun, c.per,
    c.qualifier, c.direction, c.claim_type, c.subject, c.is_forecast, c.horizon_year,
    c.value_usd, {PUBLISHER} AS publisher, a.published, a.title, a.url, c.article_id,
    c.source_file, c.char_start, c.char_end, c.sentence
"""


def connect(path: Path = DEFAULT_DB) -> duckdb.DuckDBPyConnection:
    """Read-only: the app never changes the database the ETL built."""
    return duckdb.connect(str(path), read_only=True)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where(f: Filters) -> tuple[str, list]:
    """The WHERE clause for a set of filters, and its parameters."""
    conds: list[str] = []
    params: list = []

    def add(sql: str, *values) -> None:
        conds.append(sql)
        params.extend(values)

    if f.publisher:
        add(f"list_contains(?, {PUBLISHER})", list(f.publisher))
    if f.article:
        add("list_contains(?, c.article_id)", list(f.article))
    if f.type:
        add("list_contains(?, c.claim_type)", list(f.type))
    if f.family:
        add("list_contains(?, c.unit_family)", list(f.family))
    if f.forecast == "forecast":
        add("c.is_forecast")
    elif f.forecast == "reported":
        add("NOT c.is_forecast")
    if f.hmin is not None:
        add("c.horizon_year >= ?", f.hmin)
    if f.hmax is not None:
        add("c.horizon_year <= ?", f.hmax)
    if f.qualifier:
        add("list_contains(?, c.qualifier)", list(f.qualifier))
    if f.subject:
        add("c.subject ILIKE ? ESCAPE '\\'", _like(f.subject))
    if f.q:
        add("c.sentence ILIKE ? ESCAPE '\\'", _like(f.q))
    if f.vmin is not None:
        add("c.value >= ?", f.vmin)
    if f.vmax is not None:
        add("c.value <= ?", f.vmax)
    return ("WHERE " + " AND ".join(conds)) if conds else "", params


def facet_options(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    """Values each multi-select filter can take, with counts, most frequent first."""
    def values(sql: str) -> list[tuple]:
        return con.execute(sql).fetchall()
    return {
        "publisher": values(f"SELECT {PUBLISHER} AS v, count(*) {FROM} GROUP BY v ORDER BY 2 DESC, 1"),
        "article": values("SELECT a.article_id, count(c.claim_id) FROM articles a LEFT JOIN claims c USING (article_id) "
                          "GROUP BY a.article_id ORDER BY 1"),
        "type": values("SELECT claim_type, count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC, 1"),
        "family": values("SELECT unit_family, count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC, 1"),
        "qualifier": values("SELECT qualifier, count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC, 1"),
    }


def article_titles(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    rows = con.execute("SELECT article_id, coalesce(title, source_file), publisher, published FROM articles").fetchall()
    return {aid: f"{title[:70]}" + (f" ({pub}" + (f", {pub_date}" if pub_date else "") + ")" if pub else "")
            for aid, title, pub, pub_date in rows}


def horizon_bounds(con: duckdb.DuckDBPyConnection) -> tuple[int | None, int | None]:
    return tuple(con.execute("SELECT min(horizon_year), max(horizon_year) FROM claims").fetchone())


def headline(con: duckdb.DuckDBPyConnection, f: Filters) -> dict:
    w, p = where(f)
    row = con.execute(f"""
        SELECT count(*), count(DISTINCT c.article_id), count(DISTINCT {PUBLISHER}),
               count(*) FILTER (WHERE c.is_forecast), min(c.horizon_year), max(c.horizon_year),
               sum(c.value_usd) FILTER (WHERE c.unit_family = 'money')
        {FROM} {w}""", p).fetchone()
    return {"figures": row[0], "articles": row[1], "publishers": row[2], "forecasts": row[3],
            "horizon_min": row[4], "horizon_max": row[5]}


def table_page(con: duckdb.DuckDBPyConnection, f: Filters, limit: int, offset: int) -> pd.DataFrame:
    """One page of the filtered figures: the table never receives more rows than it shows."""
    w, p = where(f)
    return con.execute(f"""
        SELECT {EXPORT_COLUMNS} {FROM} {w}
        ORDER BY a.published DESC NULLS LAST, c.source_file, c.char_start
        LIMIT ? OFFSET ?""", [*p, limit, offset]).df()


def export(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Every filtered figure, for downloads."""
    w, p = where(f)
    return con.execute(f"""
        SELECT {EXPORT_COLUMNS} {FROM} {w}
        ORDER BY a.published DESC NULLS LAST, c.source_file, c.char_start""", p).df()


def by_type_and_publisher(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    w, p = where(f)
    return con.execute(f"""
        SELECT c.claim_type, {PUBLISHER} AS publisher, count(*) AS figures
        {FROM} {w} GROUP BY ALL ORDER BY figures DESC""", p).df()


def _points(con, f: Filters, condition: str, order: str, limit: int) -> pd.DataFrame:
    w, p = where(f)
    w = (w + " AND " if w else "WHERE ") + condition
    return con.execute(f"""
        SELECT c.claim_id, c.surface AS figure, c.value, c.value_high, c.unit, c.value_usd,
               c.claim_type, coalesce(c.subject, '(unknown)') AS subject, c.horizon_year,
               c.is_forecast, {PUBLISHER} AS publisher, a.published, c.sentence, c.article_id
        {FROM} {w} ORDER BY {order} LIMIT ?""", [*p, limit]).df()


# Charts show at most this many points: enough to read, bounded whatever the database size.
CHART_POINTS = 300


def survey_points(con, f: Filters) -> pd.DataFrame:
    return _points(con, f, "c.claim_type = 'survey' AND c.unit = 'percent'", "c.value DESC", CHART_POINTS)


def money_points(con, f: Filters) -> pd.DataFrame:
    return _points(con, f, "c.value_usd IS NOT NULL AND c.value_usd > 0", "c.value_usd DESC", CHART_POINTS)


def job_points(con, f: Filters) -> pd.DataFrame:
    return _points(con, f, "c.claim_type = 'jobs' AND c.unit = 'count'", "c.value DESC", CHART_POINTS)


def forecast_points(con, f: Filters) -> pd.DataFrame:
    return _points(con, f, "c.is_forecast AND c.horizon_year IS NOT NULL", "c.horizon_year, c.value", CHART_POINTS)


def multi_source(con, f: Filters) -> pd.DataFrame:
    """Figures of the same type and unit whose values agree to two significant digits,
    reported in more than one article: the same survey or estimate quoted more than once."""
    w, p = where(f)
    return con.execute(f"""
        WITH picked AS (
            SELECT c.*, {PUBLISHER} AS publisher,
                   CASE WHEN c.value = 0 THEN 0 ELSE
                        round(c.value / pow(10, floor(log10(abs(c.value))) - 1)) END AS mantissa,
                   CASE WHEN c.value = 0 THEN 0 ELSE floor(log10(abs(c.value))) END AS magnitude
            {FROM} {w}
        ), groups AS (
            SELECT claim_type, unit, mantissa, magnitude
            FROM picked GROUP BY ALL HAVING count(DISTINCT article_id) > 1
            ORDER BY count(*) DESC LIMIT 40
        )
        SELECT g.claim_type || ' · ' || picked.unit || ' ≈ ' ||
                   CAST(g.mantissa * pow(10, g.magnitude - 1) AS VARCHAR) AS group_label,
               picked.surface AS figure, picked.value, picked.unit, picked.publisher,
               coalesce(picked.subject, '(unknown)') AS subject, picked.sentence, picked.claim_id,
               picked.article_id
        FROM picked JOIN groups g USING (claim_type, unit, mantissa, magnitude)
        ORDER BY group_label, picked.publisher""", p).df()


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict | None:
    row = con.execute("""SELECT article_id, source_file, title, publisher, author, published,
                                published_precision, url, text FROM articles WHERE article_id = ?""",
                      [article_id]).fetchone()
    if row is None:
        return None
    keys = ("article_id", "source_file", "title", "publisher", "author", "published",
            "published_precision", "url", "text")
    return dict(zip(keys, row, strict=True))


def article_claims(con: duckdb.DuckDBPyConnection, article_id: str) -> pd.DataFrame:
    return con.execute("""
        SELECT claim_id, surface AS figure, value, value_high, unit, qualifier, claim_type, subject,
               is_forecast, horizon_year, char_start, char_end, sentence
        FROM claims WHERE article_id = ? ORDER BY char_start""", [article_id]).df()


def articles_list(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute("""
        SELECT a.article_id, coalesce(a.title, a.source_file) AS title, a.publisher, a.published,
               count(c.claim_id) AS figures
        FROM articles a LEFT JOIN claims c USING (article_id)
        GROUP BY ALL ORDER BY a.published DESC NULLS LAST, title""").df()


def last_run(con: duckdb.DuckDBPyConnection) -> dict | None:
    try:
        row = con.execute("SELECT finished_at, articles, claims, skipped, extractor_version FROM runs "
                          "ORDER BY finished_at DESC LIMIT 1").fetchone()
    except duckdb.CatalogException:
        return None
    if row is None:
        return None
    return dict(zip(("finished_at", "articles", "claims", "skipped", "extractor_version"), row, strict=True))
