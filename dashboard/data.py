"""The pages' repository: typed, cached functions over a read-only connection per database
file version. The SQL itself is in `queries`.

A `Version` is the database's path and modification time, and every cache is keyed on it,
so a rebuilt database (swapped in whole by the ETL) is picked up on the next interaction
without a restart; sessions still running a query on the previous file finish it there (the
old connection stays open until nothing uses it). Each query runs on its own cursor, so
sessions can query at the same time.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import duckdb
import pandas as pd
import streamlit as st

from dashboard import charts, downloads, queries
from dashboard.filters import Filters, ImpactFilters


class Version(NamedTuple):
    path: str
    mtime: float


def db_version() -> Version | None:
    path = queries.database_path()
    try:
        return Version(str(path), os.stat(path).st_mtime)
    except OSError:
        return None


@st.cache_resource(max_entries=2, show_spinner=False)
def _connection(version: Version):
    return queries.connect(Path(version.path))


def _cursor(version: Version):
    return queries.cursor(_connection(version))


def _named_after(fn, wrapper):
    # Streamlit keys a cache by the function's name and code: each wrapper needs its own name
    wrapper.__name__ = wrapper.__qualname__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


def _cached(fn):
    """`fn(cursor, *args)` as `fn(version, *args)`, cached per database version and arguments."""
    def cached(version: Version, *args):
        with _cursor(version) as cur:
            return fn(cur, *args)
    return st.cache_data(max_entries=512, show_spinner=False)(_named_after(fn, cached))


@st.cache_resource(max_entries=16, show_spinner=False)
def _text_hits(version: Version, subject: str, q: str):
    """The row ids matching the text filters, shared read-only by every query of a view: a
    reader who typed a word and then clicks through the other filters scans the text once."""
    with _cursor(version) as cur:
        return queries.text_hits(cur, Filters(subject=subject, q=q))


def _on_text_hits(fn):
    """`fn(cursor, filters, *args)` as `fn(version, filters, *args)`, run with the rows the
    filters' text matches (found once per text by `_text_hits`). Not cached itself."""
    def run(version: Version, filters: Filters, *args):
        hits = _text_hits(version, filters.subject, filters.q) if filters.subject or filters.q else None
        with _cursor(version) as cur:
            return queries.with_text_hits(cur, hits, fn, filters, *args)
    return _named_after(fn, run)


missing_schema = _cached(queries.missing_schema)
facets = st.cache_data(max_entries=512, show_spinner=False)(_on_text_hits(queries.facets))
known_articles = _cached(queries.known_articles)
article_titles = _cached(queries.article_titles)
article = _cached(queries.article)
article_claims = _cached(queries.article_claims)
article_impacts = _cached(queries.article_impacts)
articles_list = _cached(queries.articles_list)
last_run = _cached(queries.last_run)
coverage = _cached(queries.coverage)
review_log = _cached(queries.review_log)
corroboration = st.cache_data(max_entries=512, show_spinner=False)(_on_text_hits(queries.corroboration))
review_sheet = _cached(queries.review_sheet)
impact_facets = _cached(queries.impact_facets)
impact_matrix = _cached(queries.impact_matrix)
impact_count = _cached(queries.impact_count)
impact_articles = _cached(queries.impact_articles)
impact_direction_count = _cached(queries.impact_direction_count)
impact_rows = _cached(queries.impact_rows)


@st.cache_data(ttl=30, show_spinner=False)
def newer_articles(version: Version) -> int:
    """How many files in the articles folder beside the database are newer than it."""
    folder = Path(version.path).parent / "articles"
    if not folder.is_dir():
        return 0
    return sum(1 for p in folder.rglob("*") if p.is_file() and p.stat().st_mtime > version.mtime)


def stale_database_message(version: Version) -> None:
    n = newer_articles(version)
    if n:
        st.warning(f"{n} article file{'s are' if n > 1 else ' is'} newer than the database, so "
                   f"{'they are' if n > 1 else 'it is'} not shown yet. Rebuild with `make build` "
                   "(or `.venv/bin/python -m etl build`); this page picks up the new data by itself.")


@st.cache_resource(max_entries=64, show_spinner=False)
def explore(version: Version, filters: Filters, limit: int, offset: int, charts_open: bool, table_open: bool,
            sort: str = "newest first") -> dict:
    """queries.explore, cached without copying: the page must not modify what it gets back
    (st.cache_data would pickle the frames on every hit, which costs more than the page)."""
    return _explore(version, filters, limit, offset, charts_open, table_open, sort)


_explore = _on_text_hits(queries.explore)


def missing_database_message() -> None:
    st.error("No claims database yet. Build it with `make build` "
             "(or `.venv/bin/python -m etl build`), then reload this page.")


def database_version() -> Version:
    """The database's version for the page, or a message and a stopped page when there is
    no database or one built by an older version of the ETL."""
    version = db_version()
    if version is None:
        missing_database_message()
        st.stop()
    try:
        missing = missing_schema(version)
    except duckdb.Error:
        # a damaged or truncated file, or not a database at all: say so, without DuckDB's
        # message (it names paths on the server)
        st.error("The claims database cannot be read: the file is damaged, cut short or not a DuckDB "
                 "database. Rebuild it with `make build` (or `.venv/bin/python -m etl build`), "
                 "then reload this page.")
        st.stop()
    if missing:
        st.error("The claims database was built by an older version of the ETL (it lacks "
                 f"{', '.join(missing[:4])}). Rebuild it with `make build` "
                 "(or `.venv/bin/python -m etl build`), then reload this page.")
        st.stop()
    return version


@st.cache_resource(max_entries=64, show_spinner=False)
def explore_charts(version: Version, filters: Filters, credit: str) -> dict:
    """The Explore charts for the filters, built once and shared: building six plotly figures
    is most of a page run, and many sessions look at the same views. Read-only for pages.
    `credit` is the footer every chart carries into its exported image."""
    view = explore(version, filters, 0, 0, True, False)
    colours = charts.publisher_colours(view["by_type"])  # one publisher, one colour, in every chart
    figures = {
        "types": charts.by_type_and_source(view["by_type"], colours),
        "surveys": charts.survey_percentages(view["survey"], colours),
        "money": charts.money_usd(view["money"], colours),
        "jobs": charts.job_figures(view["jobs"], colours),
        "forecasts": charts.forecast_timeline(view["forecasts"], view["headline"]["forecasts_without_year"], colours),
        "multi-source": charts.multi_source(view["multi_source"], colours),
    }
    return {name: charts.with_credit(figure, credit) for name, figure in figures.items()}


def download(version: Version, filters: Filters, fmt: str, base: str, about: dict[str, str]) -> bytes:
    """The filtered figures as a file, built when the button is clicked and never cached:
    a large selection's file is as big as the database, and each click wants it once.
    Each row carries its permalink (`base`: the app's address); `about` (the filters, the
    build date, the view's link) goes into an Excel file's own sheet and a Parquet file's metadata."""
    with _cursor(version) as cur:
        blob = queries.export_file(cur, filters, fmt, base, about)
        return blob if blob is not None else downloads.to_bytes(queries.export(cur, filters, base), fmt, about)


def impact_download(version: Version, filters: ImpactFilters, fmt: str) -> bytes:
    rows: pd.DataFrame = impact_rows(version, filters)
    return downloads.to_bytes(rows, fmt)
