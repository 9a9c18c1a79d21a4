"""All SQL the dashboard runs, parameterised. Nothing else in the app writes SQL.

Filters become a WHERE clause with `?` parameters (values never enter the SQL text);
filtering, counting and paging happen in DuckDB, so the app never loads every claim.
"""
from __future__ import annotations

import io
import os
import tempfile
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.filters import SORTS, Filters, ImpactFilters
from dashboard.format import value_with_unit
from dashboard.links import figure_link_sql
from etl.record import CLAIM_COLUMNS, EXPORT_FIELDS

PROJECT_DB = Path(__file__).resolve().parent.parent / "data" / "claims.duckdb"


def database_path() -> Path:
    """The database the app shows: IMPACT_CLAIMS_DB (tests, benchmarks), else data/claims.duckdb.
    Read when used, so a test or a server can point the app elsewhere without reloading."""
    return Path(os.environ.get("IMPACT_CLAIMS_DB") or PROJECT_DB)
# Claims carry their article's publisher and date, so filtering and charts need no join.
PUBLISHER = "coalesce(c.publisher, '(unknown)')"
FROM = "FROM claims c"
# Who says a figure: its source, or the article itself when it names none.
OWN_VOICE = "(the article itself)"
SOURCE = f"coalesce(c.source, '{OWN_VOICE}')"
# Columns of the table and of every download, in the order of etl.record.EXPORT_FIELDS.
_EXPORT_SQL = {"surface": "c.surface AS figure", "publisher": f"{PUBLISHER} AS publisher",
               "title": "a.title", "url": "a.url"}
EXPORT_COLUMNS = ", ".join(_EXPORT_SQL.get(name, f"c.{name}") for name in EXPORT_FIELDS)
# Tables and columns this version of the app reads; an older database lacks some.
REQUIRED = {"claims": ("group_id", "review_status", "source", "measure"), "claim_groups": ("group_id",),
            "impacts": ("sectors", "direction", "kind"), "impact_sectors": ("sector", "direction"), "reviews": ("status",)}


CATALOG = "claims_db"


def connect(path: Path = PROJECT_DB) -> duckdb.DuckDBPyConnection:
    """Read-only (the app never changes the database the ETL built), and always the file now
    at `path`. The file is attached to a private in-memory DuckDB: `duckdb.connect(path)`
    would hand back the instance this process already has open on that path, which still
    reads the file a rebuild has since replaced."""
    con = duckdb.connect()
    con.execute(f"ATTACH ? AS {CATALOG} (READ_ONLY)", [str(path)])
    con.execute(f"USE {CATALOG}")
    return con


def cursor(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """A cursor of `con` (its own session, for one page's queries) on the attached database."""
    cur = con.cursor()
    cur.execute(f"USE {CATALOG}")
    return cur


def contains_text(column: str, text: str) -> tuple[str, str]:
    """A case-insensitive "contains `text`" condition on `column` and its parameter. ILIKE with
    an ESCAPE clause runs at half the speed of a plain one (DuckDB cannot rewrite it as a
    substring search), so the escape is used only when the text holds a wildcard character."""
    if not any(ch in text for ch in "%_\\"):
        return f"{column} ILIKE ?", f"%{text}%"
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{column} ILIKE ? ESCAPE '\\'", f"%{escaped}%"


# The choice filters as fixed conditions ("all" adds none).
_CORROBORATION = {
    "corroborated": "c.group_id IS NOT NULL",
    "single": "c.group_id IS NULL",
    "disputed": "c.group_id IN (SELECT group_id FROM claim_groups WHERE disagreement)",
}
_REVIEW = {
    "hide rejected": "c.review_status IS DISTINCT FROM 'rejected'",
    "reviewed": "c.review_status IS NOT NULL",
    "unreviewed": "c.review_status IS NULL",
    "rejected": "c.review_status = 'rejected'",
}


# The claims whose text matches the text filters, as a relation registered under this name:
# the text scan is the costly part of a filter change, so a page finds the matching row ids
# once (`text_hits`) and its facets, headline, charts and table all join them.
TEXT_HITS = "text_hits"


def text_hits(con: duckdb.DuckDBPyConnection, f: Filters) -> pa.Table | None:
    """Row ids (`rid`) of the claims whose sentence and subject contain the filters' texts;
    None when neither text filter is set."""
    conds, params = [], []
    for column, text in (("c.subject", f.subject), ("c.sentence", f.q)):
        if text:
            condition, pattern = contains_text(column, text)
            conds.append(condition)
            params.append(pattern)
    if not conds:
        return None
    return con.sql(f"SELECT c.rowid AS rid {FROM} WHERE {' AND '.join(conds)}", params=params).to_arrow_table()


def with_text_hits(con: duckdb.DuckDBPyConnection, hits: pa.Table | None, query, *args, **kwargs):
    """`query(con, *args, text_hits=…)` with `hits` registered on `con` for its duration."""
    if hits is None:
        return query(con, *args, **kwargs)
    con.register(TEXT_HITS, hits)
    try:
        return query(con, *args, text_hits=True, **kwargs)
    finally:
        con.unregister(TEXT_HITS)


def where(f: Filters, text_hits: bool = False) -> tuple[str, list]:
    """The WHERE clause for a set of filters, and its parameters. With `text_hits` the text
    filters read the row ids registered as TEXT_HITS instead of scanning the text."""
    conds: list[str] = []
    params: list = []

    def add(sql: str, *values) -> None:
        conds.append(sql)
        params.extend(values)

    def one_of(column: str, values: tuple) -> None:
        add(f"{column} IN ({', '.join('?' * len(values))})", *values)

    if f.publisher:
        one_of(PUBLISHER, f.publisher)
    if f.source:
        one_of(SOURCE, f.source)
    if f.article:
        one_of("c.article_id", f.article)
    if f.type:
        one_of("c.claim_type", f.type)
    if f.family:
        one_of("c.unit_family", f.family)
    if f.forecast == "forecast":
        add("c.is_forecast")
    elif f.forecast == "reported":
        add("NOT c.is_forecast")
    if f.hmin is not None:
        add("c.horizon_year >= ?", f.hmin)
    if f.hmax is not None:
        add("c.horizon_year <= ?", f.hmax)
    if f.qualifier:
        one_of("c.qualifier", f.qualifier)
    if text_hits and (f.subject or f.q):
        add(f"c.rowid IN (SELECT rid FROM {TEXT_HITS})")
    else:
        if f.subject:
            add(*contains_text("c.subject", f.subject))
        if f.q:
            add(*contains_text("c.sentence", f.q))
    # A value range means something within one unit family only; money compares in US dollars
    # (a yuan figure and a dollar figure of the same size are not the same amount).
    value = value_column(f)
    if value and f.vmin is not None:
        add(f"{value} >= ?", f.vmin)
    if value and f.vmax is not None:
        add(f"{value} <= ?", f.vmax)
    for condition in (_CORROBORATION.get(f.corroboration), _REVIEW.get(f.review)):
        if condition:
            add(condition)
    return ("WHERE " + " AND ".join(conds)) if conds else "", params


def value_column(f: Filters) -> str | None:
    """The column the value range filters on: none unless one unit family is chosen."""
    if len(f.family) != 1:
        return None
    return "c.value_usd" if f.family[0] == "money" else "c.value"


def missing_schema(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Tables or columns this app needs that the database lacks (built by an older version)."""
    have: dict[str, set[str]] = {}
    for table, column in con.execute("SELECT table_name, column_name FROM information_schema.columns "
                                     "WHERE table_catalog = current_database()").fetchall():
        have.setdefault(table, set()).add(column)
    return [f"{table}.{column}" for table, columns in REQUIRED.items() for column in columns
            if column not in have.get(table, set())]


# The column behind each multi-select filter.
FACETS = {"publisher": PUBLISHER, "source": SOURCE, "article": "c.article_id", "type": "c.claim_type",
          "family": "c.unit_family", "qualifier": "c.qualifier"}
# A facet lists at most this many values, most frequent first: a list a person can pick from,
# whatever the corpus size (sources and articles run to thousands).
ARTICLE_CHOICES = 300


def facets(con: duckdb.DuckDBPyConnection, f: Filters, text_hits: bool = False) -> dict[str, list[tuple[str, int]]]:
    """For each multi-select filter, figures per value under all the other filters, its own left
    out (as Datasette's facets count): how many figures choosing that value would give. Values
    that would give none are not listed; most frequent first.

    One pass: the rows that pass every filter but the facets' own (the text search is the
    costly part) are read once, with a flag per facet filter; each facet counts the rows
    whose other flags hold."""
    w, p = where(replace(f, **{key: () for key in FACETS}), text_hits)
    flags, flag_params = [], []
    for key, column in FACETS.items():
        chosen = getattr(f, key)
        flags.append(f"{column} IN ({', '.join('?' * len(chosen))}) AS ok_{key}" if chosen else f"true AS ok_{key}")
        flag_params.extend(chosen)
    columns = ", ".join(f"{column} AS {key}" for key, column in FACETS.items())
    counts = " UNION ALL ".join(
        f"""(SELECT '{key}' AS facet, {key} AS v, count(*) AS n FROM base
             WHERE {' AND '.join(f'ok_{other}' for other in FACETS if other != key)} AND {key} IS NOT NULL
             GROUP BY v ORDER BY n DESC, v LIMIT {ARTICLE_CHOICES})""" for key in FACETS)
    rows = con.execute(f"WITH base AS MATERIALIZED (SELECT {columns}, {', '.join(flags)} {FROM} {w}) {counts}",
                       [*flag_params, *p]).fetchall()
    out: dict[str, list[tuple[str, int]]] = {key: [] for key in FACETS}
    for facet, value, n in rows:
        out[facet].append((value, n))
    for key in out:  # UNION ALL keeps no order between its parts
        out[key].sort(key=lambda pair: (-pair[1], pair[0]))
    return out


def known_articles(con: duckdb.DuckDBPyConnection, ids: tuple[str, ...]) -> list[tuple[str, int]]:
    """Those of `ids` that are articles in the database, with their figure counts."""
    if not ids:
        return []
    return con.execute(f"""SELECT a.article_id, count(c.claim_id) FROM articles a LEFT JOIN claims c USING (article_id)
                           WHERE a.article_id IN ({', '.join('?' * len(ids))}) GROUP BY 1 ORDER BY 1""",
                       list(ids)).fetchall()


def article_titles(con: duckdb.DuckDBPyConnection, ids: tuple[str, ...]) -> dict[str, str]:
    """Articles as a reader tells them apart: "China News Service, 2024-02-18 — title"."""
    if not ids:
        return {}
    rows = con.execute(f"""SELECT article_id, coalesce(title, source_file), publisher, published FROM articles
                           WHERE article_id IN ({', '.join('?' * len(ids))})""", list(ids)).fetchall()
    return {aid: ", ".join(str(part) for part in (pub, pub_date) if part) + (" — " if pub or pub_date else "")
            + (title if len(title) <= 90 else title[:89] + "…")
            for aid, title, pub, pub_date in rows}


def horizon_bounds(con: duckdb.DuckDBPyConnection) -> tuple[int | None, int | None]:
    return tuple(con.execute("SELECT min(horizon_year), max(horizon_year) FROM claims").fetchone())


def _export_sql(f: Filters, base: str) -> tuple[str, list]:
    """Every filtered figure with its permalink (the app's address `base` + its Article link)."""
    w, p = where(f)
    return f"""
        SELECT {EXPORT_COLUMNS}, {figure_link_sql('c.article_id', 'c.claim_id')} AS permalink
        {FROM} JOIN articles a USING (article_id) {w}
        ORDER BY c.published DESC NULLS LAST, c.source_file, c.char_start""", [base, *p]


def export(con: duckdb.DuckDBPyConnection, f: Filters, base: str = "") -> pd.DataFrame:
    """Every filtered figure, for downloads."""
    sql, p = _export_sql(f, base)
    return con.execute(sql, p).df()


# DuckDB writes these itself, in parallel and without holding Python's lock, so one large
# download does not stall every other session (pandas took 25 s for a million rows).
_COPY_FORMATS = {"CSV": "(FORMAT csv, HEADER true)", "JSON": "(FORMAT json, ARRAY true)"}
PARQUET_ROWS_PER_GROUP = 100_000  # rows of a Parquet export read from DuckDB and written at a time


# Text cells a spreadsheet would run as a formula (OWASP "CSV injection") start with one of
# these; in a CSV they get a leading apostrophe. Numbers stay numbers.
FORMULA_START_RE = r"^[=+\-@\t\r]"
_TEXT_EXPORT_COLUMNS = tuple(("figure" if name == "surface" else name) for name in EXPORT_FIELDS
                             if name in ("publisher", "title", "url") or CLAIM_COLUMNS.get(name) == "VARCHAR"
                             ) + ("permalink",)
# Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; other readers skip it.
UTF8_BOM = b"\xef\xbb\xbf"


def _neutralised(sql: str) -> str:
    """`sql` with every text column of the export made inert for spreadsheets."""
    cases = ", ".join(
        f"""CASE WHEN regexp_matches("{c}", '{FORMULA_START_RE}') THEN chr(39) || "{c}" ELSE "{c}" END AS "{c}\""""
        for c in _TEXT_EXPORT_COLUMNS)
    return f"SELECT * REPLACE ({cases}) FROM ({sql})"


def export_file(con: duckdb.DuckDBPyConnection, f: Filters, fmt: str, base: str = "",
                about: dict[str, str] | None = None) -> bytes | None:
    """The filtered figures as a file in `fmt`, written by DuckDB (CSV, JSON) or streamed from
    it in Arrow batches (Parquet, whose file metadata then records `about`: the filters, the
    build date, the view's link); None for Excel, which the caller builds from `export`. A
    CSV's text cells carry no formula, and it opens in Excel as UTF-8; Parquet and JSON stay
    exact."""
    if fmt == "Parquet":
        return _parquet(con, *_export_sql(f, base), about or {})
    if fmt not in _COPY_FORMATS:
        return None
    sql, p = _export_sql(f, base)
    if fmt == "CSV":
        sql = _neutralised(sql)
    with tempfile.TemporaryDirectory(prefix="impact-claims-") as folder:
        target = Path(folder) / f"export.{fmt.lower()}"
        con.execute(f"COPY ({sql}) TO '{target}' {_COPY_FORMATS[fmt]}", p)
        return (UTF8_BOM if fmt == "CSV" else b"") + target.read_bytes()


def _parquet(con: duckdb.DuckDBPyConnection, sql: str, p: list, about: dict[str, str]) -> bytes:
    # a cursor of its own: the relation streams, whatever else `con` has open
    with con.cursor() as cur:
        reader = cur.sql(sql, params=p).to_arrow_reader(PARQUET_ROWS_PER_GROUP)
        schema = reader.schema.with_metadata({f"impact_claims.{k.lower().replace(' ', '_')}": v for k, v in about.items()})
        buf = io.BytesIO()
        with pq.ParquetWriter(buf, schema, compression="zstd") as writer:
            for batch in reader:
                writer.write_batch(batch)
    return buf.getvalue()


# Charts show at most this many points: enough to read, bounded whatever the database size.
CHART_POINTS = 300


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
        SELECT claim_id, surface AS figure, value, value_high, unit, qualifier, claim_type, measure, source,
               subject, is_forecast, horizon_year, char_start, char_end, sentence, group_id, review_status
        FROM claims WHERE article_id = ? ORDER BY char_start""", [article_id]).df()


def articles_list(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute("""
        SELECT a.article_id, coalesce(a.title, a.source_file) AS title, a.publisher, a.published,
               count(c.claim_id) AS figures
        FROM articles a LEFT JOIN claims c USING (article_id)
        GROUP BY ALL ORDER BY a.published DESC NULLS LAST, title""").df()


def coverage(con: duckdb.DuckDBPyConnection) -> dict:
    """What the database covers, for readers: articles, outlets, the period, figures."""
    row = con.execute("""SELECT count(*), count(DISTINCT publisher), min(published), max(published),
                                (SELECT count(*) FROM claims), (SELECT count(*) FROM claims WHERE review_status
                                 IS NOT NULL), (SELECT count(*) FROM impacts)
                         FROM articles""").fetchone()
    keys = ("articles", "publishers", "first", "last", "figures", "reviewed", "statements")
    result = dict(zip(keys, row, strict=True))
    result["outlets"] = [r[0] for r in con.execute(
        "SELECT publisher FROM articles WHERE publisher IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 12"
    ).fetchall()]
    return result


def last_run(con: duckdb.DuckDBPyConnection) -> dict | None:
    try:
        row = con.execute("SELECT finished_at, articles, claims, skipped, extractor_version FROM runs "
                          "ORDER BY finished_at DESC LIMIT 1").fetchone()
    except duckdb.CatalogException:
        return None
    if row is None:
        return None
    return dict(zip(("finished_at", "articles", "claims", "skipped", "extractor_version"), row, strict=True))


# --- Explore: every number on the page from one filtering pass ---------------------------
# The filters run once per change, into a cursor-local temporary table of numbers only:
# row ids, hashes standing in for the text columns, values. Copying text is what costs; a
# hash counts, groups and joins the same. The headline, the charts and the table page are
# computed from it, and the shown rows' text is fetched in one pass by row id.
_SELECTION = f"""
    c.rowid AS rid, hash(c.article_id) AS article_h, hash({PUBLISHER}) AS publisher_h,
    hash(c.claim_type) AS type_h, c.group_id IS NOT NULL AS grouped, hash(c.group_id) AS group_h,
    c.value, c.value_usd,
    c.is_forecast, c.horizon_year, c.published, c.char_start,
    c.claim_type = 'survey' AND c.unit = 'percent' AS is_survey_share,
    c.claim_type = 'jobs' AND c.unit = 'count' AS is_job_count
"""
_CHART_ROWS = {
    "survey": ("is_survey_share", "value DESC, rid"),
    "money": ("value_usd > 0", "value_usd DESC, rid"),
    "jobs": ("is_job_count", "value DESC, rid"),
    "forecasts": ("is_forecast AND horizon_year IS NOT NULL", "horizon_year, value, rid"),
}
MULTI_SOURCE_GROUPS, MULTI_SOURCE_ARTICLES = 10, 6


# What the charts read of a figure, their hover text included.
_CHART_COLUMNS = f"""c.claim_id, c.article_id, c.surface AS figure, c.value, c.value_high, c.value_usd, c.unit,
    c.claim_type, c.measure, c.source, c.subject, {PUBLISHER} AS publisher, c.review_status, c.sentence,
    c.is_forecast, c.horizon_year, c.published, c.group_id"""


def _rows_by_id(con: duckdb.DuckDBPyConnection, rids: list[int], columns: str, join: str) -> pd.DataFrame:
    """The claims of row ids `rids` with `columns` and their corroboration group's, by row id."""
    return con.execute(f"""
        SELECT c.rowid AS rid, {columns}, g.n_articles AS group_articles,
               g.disagreement AS group_disagreement, g.canonical_value AS group_value,
               g.unit AS group_unit, g.subject AS group_subject
        FROM claims c {join} LEFT JOIN claim_groups g USING (group_id)
        WHERE {"c.rowid = ANY(?::BIGINT[])" if rids else "false"}""",  # "false" reads no column at all
        [rids] if rids else []).df().set_index("rid", drop=False)


def explore(con: duckdb.DuckDBPyConnection, f: Filters, limit: int, offset: int,
            charts: bool = True, table: bool = True, sort: str = "newest first", text_hits: bool = False) -> dict:
    """Headline numbers, chart data and one table page for the filters (`con` should be a
    cursor of its own: the temporary table is local to it). `charts=False` or `table=False`
    leaves out what a view does not draw. The table page is taken after sorting every
    filtered figure by `sort` (a key of filters.SORTS)."""
    order = SORTS.get(sort, SORTS["newest first"])
    w, p = where(f, text_hits)
    con.execute(f"CREATE OR REPLACE TEMP TABLE selection AS SELECT {_SELECTION} {FROM} {w}", p)
    try:
        row = con.execute("""
            SELECT count(*), count(DISTINCT article_h), count(DISTINCT publisher_h),
                   count(*) FILTER (WHERE is_forecast), min(horizon_year), max(horizon_year),
                   count(*) FILTER (WHERE is_forecast AND horizon_year IS NULL)
            FROM selection""").fetchone()
        result: dict = {"headline": {"figures": row[0], "articles": row[1], "publishers": row[2],
                                     "forecasts": row[3], "horizon_min": row[4], "horizon_max": row[5],
                                     "forecasts_without_year": row[6]}}
        by_type = con.execute("SELECT any_value(rid), count(*) FROM selection GROUP BY type_h, publisher_h").fetchall()
        picks = {name: [r[0] for r in con.execute(
                    f"SELECT rid FROM selection WHERE {cond} ORDER BY {order} LIMIT ?",
                    [CHART_POINTS if charts else 0]).fetchall()]
                 for name, (cond, order) in _CHART_ROWS.items()}
        # the corroboration groups with the most articles in the selection
        members = [] if not charts else con.execute(f"""
            WITH keys AS (
                SELECT group_h FROM selection WHERE grouped GROUP BY ALL HAVING count(DISTINCT article_h) > 1
                ORDER BY count(DISTINCT article_h) DESC, count(*) DESC, group_h LIMIT {MULTI_SOURCE_GROUPS}
            )
            SELECT rid FROM (
                SELECT s.rid, row_number() OVER (PARTITION BY s.group_h ORDER BY s.article_h) AS nth
                FROM selection s JOIN keys USING (group_h))
            WHERE nth <= {MULTI_SOURCE_ARTICLES}""").fetchall()
        page = [r[0] for r in con.execute(f"""
            SELECT rid FROM selection ORDER BY {order}, published DESC NULLS LAST, article_h, char_start
            LIMIT ? OFFSET ?""", [limit if table else 0, offset]).fetchall()]
    finally:
        con.execute("DROP TABLE IF EXISTS selection")
    multi = [r[0] for r in members]
    # Reading scattered rows costs per column read, so the chart points (hundreds) get the
    # columns the charts show and the table page (fifty) gets every column.
    shown = _rows_by_id(con, sorted({rid for rids in picks.values() for rid in rids} | set(multi)
                                    | {r[0] for r in by_type}), _CHART_COLUMNS, "")
    shown = shown.assign(subject=shown["subject"].fillna("(unknown)"))
    rows = _rows_by_id(con, page, EXPORT_COLUMNS, "JOIN articles a USING (article_id)")

    def take(rids: list[int]) -> pd.DataFrame:
        return shown.loc[rids].reset_index(drop=True) if rids else shown.iloc[0:0].reset_index(drop=True)

    result["by_type"] = pd.DataFrame({
        "claim_type": [shown.at[rid, "claim_type"] for rid, _ in by_type],
        "publisher": [shown.at[rid, "publisher"] for rid, _ in by_type],
        "figures": [n for _, n in by_type]}).sort_values("figures", ascending=False, ignore_index=True)
    for name, rids in picks.items():
        result[name] = take(rids)
    grouped = take(multi)
    grouped["group_label"] = [
        f"{kind} · {value_with_unit(value, None, unit)}" + (f" · {subject}"[:40] if subject else "")
        + (" ⚠ disputed" if disputed else "")
        for kind, value, unit, subject, disputed in zip(
            grouped["claim_type"], grouped["group_value"], grouped["group_unit"], grouped["group_subject"],
            grouped["group_disagreement"], strict=True)]
    result["multi_source"] = grouped.sort_values(["group_label", "publisher"], ignore_index=True)
    result["table"] = rows.loc[page].reset_index(drop=True) if page else rows.iloc[0:0].reset_index(drop=True)
    return result


# --- Corroboration: every source's wording of the same figure --------------------------
GROUPS_SHOWN = 30


def corroboration(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = GROUPS_SHOWN,
                  text_hits: bool = False) -> tuple[int, pd.DataFrame]:
    """The groups with a member among the filtered figures (most articles first), and every
    member of the first `limit` of them, so each source's wording shows side by side."""
    w, p = where(f, text_hits)
    total = con.execute(f"SELECT count(DISTINCT c.group_id) {FROM} {w} {'AND' if w else 'WHERE'} "
                        "c.group_id IS NOT NULL", p).fetchone()[0]
    rows = con.execute(f"""
        WITH shown AS (
            SELECT g.* FROM claim_groups g
            WHERE g.group_id IN (SELECT c.group_id {FROM} {w})
            ORDER BY g.n_articles DESC, g.disagreement DESC, g.group_id LIMIT ?
        )
        SELECT s.group_id, s.claim_type AS group_type, s.canonical_value, s.unit AS group_unit,
               s.value_min, s.value_max, s.spread, s.n_articles, s.n_publishers, s.disagreement,
               s.subject AS group_subject, {EXPORT_COLUMNS}
        FROM shown s JOIN claims c USING (group_id) JOIN articles a USING (article_id)
        ORDER BY s.n_articles DESC, s.disagreement DESC, s.group_id, c.published NULLS LAST, c.article_id""",
                       p + [limit]).df()
    return total, rows


# --- Review sheet: the current selection, pre-filled for data/reviews.csv -----------------
def review_sheet(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """One row per filtered figure: the review columns (action empty, fields as extracted)
    then, for context, the figure, its sentence and article. Fill `action` and save or
    append the rows to data/reviews.csv; rows left without an action are ignored."""
    w, p = where(f)
    return con.execute(f"""
        SELECT c.claim_id, '' AS action, c.value, c.value_high, c.unit, c.qualifier, c.claim_type,
               c.is_forecast, c.horizon_year, c.subject, c.source, c.measure, '' AS note, '' AS reviewer, '' AS date,
               c.review_status AS current_review, c.surface AS figure, c.sentence,
               {PUBLISHER} AS publisher, c.published, c.source_file
        {FROM} {w} ORDER BY c.published DESC NULLS LAST, c.source_file, c.char_start""", p).df()


# --- Impacts: who expects what for which sector ---------------------------------------------
IMPACT_EXPORT = """
    i.impact_id, array_to_string(i.sector_labels, ', ') AS sectors, i.direction, i.kind, i.strength, i.hedged,
    i.negated, i.time_frame, i.horizon_year, i.speaker, i.cue,
    coalesce(i.publisher, '(unknown)') AS publisher, i.published, a.title, a.url, i.article_id,
    i.source_file, i.sentence_start, i.sentence_end, i.sentence
"""
SPEAKER = "coalesce(i.speaker, '(not attributed)')"


def impact_where(f: ImpactFilters) -> tuple[str, list]:
    """WHERE for statements. Sector and direction are said of each sector a statement names,
    so they filter through impact_sectors: a statement is kept when one of its sectors fits."""
    conds: list[str] = []
    params: list = []

    def one_of(column: str, values: tuple) -> str:
        params.extend(values)
        return f"{column} IN ({', '.join('?' * len(values))})"

    for column, values in (("coalesce(i.publisher, '(unknown)')", f.publisher), (SPEAKER, f.speaker),
                           ("i.kind", f.kind)):
        if values:
            conds.append(one_of(column, values))
    if f.sector or f.direction:
        inner = [one_of("s.sector_label", f.sector)] if f.sector else []
        if f.direction:
            inner.append(one_of("s.direction", f.direction))
        conds.append(f"i.impact_id IN (SELECT s.impact_id FROM impact_sectors s WHERE {' AND '.join(inner)})")
    if f.q:
        condition, pattern = contains_text("i.sentence", f.q)
        conds.append(condition)
        params.append(pattern)
    return ("WHERE " + " AND ".join(conds)) if conds else "", params


# The column behind each Impacts filter; sector and direction are said per sector named.
IMPACT_FACETS = {"publisher": "coalesce(i.publisher, '(unknown)')", "speaker": SPEAKER, "sector": "s.sector_label",
                 "direction": "s.direction", "kind": "i.kind"}


def impact_facets(con: duckdb.DuckDBPyConnection, f: ImpactFilters) -> dict[str, list[tuple[str, int]]]:
    """Statements per value of each Impacts filter under all the other filters (its own left
    out), most first; values that would give none are not listed."""
    out = {}
    for key, column in IMPACT_FACETS.items():
        w, p = impact_where(replace(f, **{key: ()}))
        out[key] = con.execute(f"""
            SELECT {column} AS v, count(DISTINCT i.impact_id) AS n
            FROM impacts i JOIN impact_sectors s ON s.impact_id = i.impact_id {w}
            GROUP BY v HAVING v IS NOT NULL ORDER BY n DESC, v LIMIT {ARTICLE_CHOICES}""", p).fetchall()
    return out


def impact_matrix(con: duckdb.DuckDBPyConnection, f: ImpactFilters) -> pd.DataFrame:
    """Statements per sector and direction (a statement naming three sectors counts once in
    each of their cells), with how many articles and speakers make them."""
    w, p = impact_where(f)
    sector_cond, sector_params = "", []
    if f.sector or f.direction:  # only the cells the filters ask for
        parts = []
        if f.sector:
            parts.append(f"s.sector_label IN ({', '.join('?' * len(f.sector))})")
            sector_params.extend(f.sector)
        if f.direction:
            parts.append(f"s.direction IN ({', '.join('?' * len(f.direction))})")
            sector_params.extend(f.direction)
        sector_cond = " AND " + " AND ".join(parts)
    return con.execute(f"""
        SELECT s.sector, any_value(s.sector_label) AS sector_label, s.direction,
               count(DISTINCT i.impact_id) AS statements,
               count(DISTINCT i.article_id) AS articles, count(DISTINCT i.speaker) AS speakers
        FROM impacts i JOIN impact_sectors s ON s.impact_id = i.impact_id{sector_cond}
        {w} GROUP BY s.sector, s.direction ORDER BY s.sector, s.direction""", sector_params + p).df()


def impact_rows(con: duckdb.DuckDBPyConnection, f: ImpactFilters, limit: int | None = None) -> pd.DataFrame:
    """The filtered statements (all of them for downloads, `limit` for the page)."""
    w, p = impact_where(f)
    tail = "LIMIT ?" if limit is not None else ""
    return con.execute(f"""
        SELECT {IMPACT_EXPORT} FROM impacts i JOIN articles a USING (article_id) {w}
        ORDER BY i.published DESC NULLS LAST, i.source_file, i.sentence_start {tail}""",
                       p + ([limit] if limit is not None else [])).df()


def impact_articles(con: duckdb.DuckDBPyConnection, f: ImpactFilters) -> int:
    w, p = impact_where(f)
    return con.execute(f"SELECT count(DISTINCT i.article_id) FROM impacts i {w}", p).fetchone()[0]


def impact_direction_count(con: duckdb.DuckDBPyConnection, f: ImpactFilters, direction: str) -> int:
    """Filtered statements that say `direction` of at least one of their sectors."""
    w, p = impact_where(f)
    cond = "i.impact_id IN (SELECT impact_id FROM impact_sectors WHERE direction = ?)"
    w = f"{w} AND {cond}" if w else f"WHERE {cond}"
    return con.execute(f"SELECT count(*) FROM impacts i {w}", [*p, direction]).fetchone()[0]


def impact_count(con: duckdb.DuckDBPyConnection, f: ImpactFilters) -> int:
    w, p = impact_where(f)
    return con.execute(f"SELECT count(*) FROM impacts i {w}", p).fetchone()[0]


def article_impacts(con: duckdb.DuckDBPyConnection, article_id: str) -> pd.DataFrame:
    """One row per sector a statement of the article names (its words are underlined there)."""
    return con.execute("""
        SELECT i.impact_id, s.sector_label AS sector, s.direction, i.kind, i.strength, i.hedged, i.time_frame,
               i.speaker, s.sector_text, i.cue, s.mention_start, s.mention_end, i.sentence_start,
               i.sentence_end, i.sentence
        FROM impacts i JOIN impact_sectors s USING (impact_id)
        WHERE i.article_id = ? ORDER BY i.sentence_start, s.mention_start""", [article_id]).df()


def review_log(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute("""SELECT line, claim_id, action, status, changes, note, reviewer, reviewed_on
                          FROM reviews ORDER BY line""").df()
