"""The one shape of the app's links to an article, a figure in it or a statement in it: the
Article page with plain ids in the query ("article?id=…&claim=…"). Pure.

Ids are the ETL's own (letters, digits, "_", "-", "."), so they need no escaping; they are
quoted anyway, so a link stays a link whatever an id becomes.
"""
from __future__ import annotations

from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import pandas as pd

ARTICLE_PAGE = "article"


def _q(value: str) -> str:
    return quote(str(value), safe="")


def article_link(article_id: str, base: str = "") -> str:
    return f"{base}{ARTICLE_PAGE}?id={_q(article_id)}"


def figure_link(article_id: str, claim_id: str, base: str = "") -> str:
    """The figure's permalink: its article, scrolled to it and highlighted."""
    return f"{article_link(article_id, base)}&claim={_q(claim_id)}"


def statement_link(article_id: str, impact_id: str, base: str = "") -> str:
    return f"{article_link(article_id, base)}&impact={_q(impact_id)}"


def column(ids: pd.Series, kind: str = "", second: pd.Series | None = None, base: str = "") -> pd.Series:
    """A column of links: to each article, or (kind "claim" or "impact") to a figure or statement in it."""
    if not kind:
        return pd.Series([article_link(a, base) for a in ids], index=ids.index, dtype=object)
    make = figure_link if kind == "claim" else statement_link
    return pd.Series([make(a, b, base) for a, b in zip(ids, second, strict=True)], index=ids.index, dtype=object)


def figure_link_sql(article_column: str, claim_column: str) -> str:
    """The same permalink built in SQL from a base parameter (`?`), for downloads DuckDB writes."""
    return f"? || '{ARTICLE_PAGE}?id=' || url_encode({article_column}) || '&claim=' || url_encode({claim_column})"


PAGE_PATHS = ("explore", "impacts", "article", "add", "about")  # the router's url_paths


def app_root(page_url: str | None) -> str:
    """The app's own address ("http://host:8501/") from the address of any of its pages, for
    links that leave the app (downloads, chart credits); empty when unknown."""
    if not page_url:
        return ""
    parts = urlsplit(page_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    if last in PAGE_PATHS:
        path = head
    return urlunsplit((parts.scheme, parts.netloc, path + "/", "", ""))


def view_link(root: str, page: str, params: dict[str, list[str]]) -> str:
    """The address of a page with its parameters (the Explore page is the app's root)."""
    query = urlencode([(key, value) for key, values in params.items() for value in values])
    path = "" if page == "explore" else page
    return f"{root}{path}" + (f"?{query}" if query else "")
