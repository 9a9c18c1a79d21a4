"""Database access for the pages: a read-only connection per database file version.

The cache is keyed on the file's modification time, so a rebuilt database (swapped in
whole by the ETL) is picked up on the next interaction without a restart; sessions still
running a query on the previous file finish it there (the old connection stays open until
nothing uses it). Each query runs
on its own cursor, so sessions can query at the same time.
"""
from __future__ import annotations

import os

import streamlit as st

from dashboard import charts, downloads, queries
from dashboard.filters import Filters, ImpactFilters, check_params, corrections


def db_version() -> float | None:
    try:
        return os.stat(queries.DEFAULT_DB).st_mtime
    except OSError:
        return None


@st.cache_resource(max_entries=2, show_spinner=False)
def _connection(path: str, version: float):
    return queries.connect(queries.DEFAULT_DB)


@st.cache_data(max_entries=512, show_spinner=False)
def run(name: str, version: float, filters: Filters | ImpactFilters | None = None, *args):
    """queries.<name>(cursor, filters, *args), cached per database version and filters."""
    with queries.cursor(_connection(str(queries.DEFAULT_DB), version)) as cur:
        fn = getattr(queries, name)
        return fn(cur, filters, *args) if filters is not None else fn(cur, *args)


@st.cache_data(ttl=30, show_spinner=False)
def newer_articles(version: float) -> int:
    """How many files in the articles folder beside the database are newer than it."""
    folder = queries.DEFAULT_DB.parent / "articles"
    if not folder.is_dir():
        return 0
    return sum(1 for p in folder.rglob("*") if p.is_file() and p.stat().st_mtime > version)


def stale_database_message(version: float) -> None:
    n = newer_articles(version)
    if n:
        st.warning(f"{n} article file{'s are' if n > 1 else ' is'} newer than the database, so "
                   f"{'they are' if n > 1 else 'it is'} not shown yet. Rebuild with `make build` "
                   "(or `.venv/bin/python -m etl build`); this page picks up the new data by itself.")


@st.cache_resource(max_entries=64, show_spinner=False)
def explore(version: float, filters: Filters, limit: int, offset: int, charts: bool, table: bool) -> dict:
    """queries.explore, cached without copying: the page must not modify what it gets back
    (st.cache_data would pickle the frames on every hit, which costs more than the page)."""
    with queries.cursor(_connection(str(queries.DEFAULT_DB), version)) as cur:
        return queries.explore(cur, filters, limit, offset, charts, table)


def missing_database_message() -> None:
    st.error("No claims database yet. Build it with `make build` "
             "(or `.venv/bin/python -m etl build`), then reload this page.")


def database_version() -> float:
    """The database's version for the page, or a message and a stopped page when there is
    no database or one built by an older version of the ETL."""
    version = db_version()
    if version is None:
        missing_database_message()
        st.stop()
    missing = run("missing_schema", version)
    if missing:
        st.error("The claims database was built by an older version of the ETL (it lacks "
                 f"{', '.join(missing[:4])}). Rebuild it with `make build` "
                 "(or `.venv/bin/python -m etl build`), then reload this page.")
        st.stop()
    return version


@st.cache_resource(max_entries=64, show_spinner=False)
def explore_charts(version: float, filters: Filters, limit: int, offset: int, charts_open: bool,
                   table_open: bool) -> dict:
    """The Explore charts for the filters, built once and shared: building six plotly figures
    is most of a page run, and many sessions look at the same views. Read-only for pages."""
    view = explore(version, filters, limit, offset, charts_open, table_open)
    return {
        "types": charts.by_type_and_source(view["by_type"]),
        "surveys": charts.survey_percentages(view["survey"]),
        "money": charts.money_usd(view["money"]),
        "jobs": charts.job_figures(view["jobs"]),
        "forecasts": charts.forecast_timeline(view["forecasts"], view["headline"]["forecasts_without_year"]),
        "multi-source": charts.multi_source(view["multi_source"]),
    }


def download(version: float, filters: Filters, fmt: str) -> bytes:
    """The filtered figures as a file, built when the button is clicked and never cached:
    a large selection's file is as big as the database, and each click wants it once."""
    with queries.cursor(_connection(str(queries.DEFAULT_DB), version)) as cur:
        blob = queries.export_file(cur, filters, fmt)
        return blob if blob is not None else downloads.to_bytes(queries.export(cur, filters), fmt)


def checked_url(options: dict[str, set[str]], kind: type = Filters, page_keys: tuple[str, ...] = ()):
    """The page's filters as the URL gives them, checked before any widget reads the URL:
    a note for each ignored parameter, unknown keys removed, ignored values taken out."""
    raw = {key: st.query_params.get_all(key) for key in st.query_params.keys()}
    checked, notes = check_params(raw, options, kind, page_keys)
    for note in notes:
        st.info(note, icon="ℹ️")
    for key in raw:
        if key not in kind.__dataclass_fields__ and key not in page_keys:
            del st.query_params[key]
    for key, values in corrections(raw, checked).items():
        if values:
            st.query_params[key] = values
        else:
            del st.query_params[key]
    return checked
