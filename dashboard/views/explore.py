"""Explore: filter every figure, read the headline numbers, charts and table, download."""
from __future__ import annotations

import streamlit as st

from dashboard import data, downloads
from dashboard.filters import (
    CORROBORATION_CHOICES,
    FORECAST_CHOICES,
    MAX_TEXT,
    MULTI_KEYS,
    PAGE_KEYS,
    REVIEW_CHOICES,
    YEARS,
    Filters,
    describe,
)
from dashboard.format import escape_markdown, format_sources, value_with_unit, words

PAGE_SIZE = 50

st.title("Impact Claims")
st.caption("Every figure and forecast the press printed about AI video and the film and TV industry, "
           "each tied to the sentence it came from.")

version = data.database_version()

data.stale_database_message(version)
facets = dict(data.run("facet_options", version))
# articles named in the URL join the list even when they are not among its top ones
url_ids = tuple(dict.fromkeys(st.query_params.get_all("article")))[:50]
facets["article"] = facets["article"] + [
    row for row in data.run("known_articles", version, None, url_ids) if row not in facets["article"]]
options = {key: [value for value, _ in facets[key]] for key in MULTI_KEYS}
counts = {key: dict(facets[key]) for key in MULTI_KEYS}
titles = data.run("article_titles", version, None, tuple(options["article"]))

# URL parameters are checked before the widgets read them: anything unknown or malformed is
# ignored by the widgets, and said so here.
checked = data.checked_url({key: set(map(str, values)) for key, values in options.items()}, Filters, PAGE_KEYS)


def year_input(column, label: str, key: str) -> int | None:
    """A horizon year, synced with the URL by hand: a bound integer input would parse the URL
    itself, and Streamlit's parser fails on values such as 1e309 before any check can run."""
    value = column.number_input(label, min_value=YEARS[0], max_value=YEARS[1], value=getattr(checked, key),
                                step=1, key=f"{key}_input", placeholder="year")
    wanted = [str(int(value))] if value is not None else []
    if st.query_params.get_all(key) != wanted:
        if wanted:
            st.query_params[key] = wanted
        else:
            del st.query_params[key]
    return value


def counts_help(key: str) -> str:
    return "Figures per value: " + ", ".join(f"{v} {n:,}" for v, n in list(counts[key].items())[:12])


def article_title(article_id: str) -> str:
    return titles.get(article_id, article_id)


with st.sidebar:
    st.header("Filters")
    # Bound widgets keep their values in the URL as the option strings themselves.
    publisher = st.multiselect("Publisher", options["publisher"], key="publisher", bind="query-params",
                               help=counts_help("publisher"))
    source = st.multiselect("Who says it", options["source"], key="source", bind="query-params",
                            help="The person, organisation, report or survey a figure is attributed to; "
                                 "“(the article itself)” when the article states it in its own voice. "
                                 + counts_help("source"))
    # Articles show as titles but live in the URL as ids, so they are synced by hand.
    url_articles = [a for a in st.query_params.get_all("article") if a in counts["article"]]
    article = st.multiselect("Article", options["article"], default=url_articles, format_func=article_title,
                             key="article_pick")
    if article != url_articles:
        if article:
            st.query_params["article"] = article
        else:
            del st.query_params["article"]
    claim_type = st.multiselect("Claim type", options["type"], key="type", bind="query-params",
                                format_func=words, help=counts_help("type"))
    family = st.multiselect("Unit", options["family"], key="family", bind="query-params",
                            help="percent, money, count, time, or other units (miles, points, …)")
    forecast = st.segmented_control("Forecast or reported", FORECAST_CHOICES, default="all", key="forecast",
                                    bind="query-params", required=True)
    col1, col2 = st.columns(2)
    hmin = year_input(col1, "Horizon from", "hmin")
    hmax = year_input(col2, "Horizon to", "hmax")
    qualifier = st.multiselect("Qualifier", options["qualifier"], key="qualifier", bind="query-params",
                               help=counts_help("qualifier"))
    subject = st.text_input("Subject contains", key="subject", bind="query-params", max_chars=MAX_TEXT,
                            placeholder="e.g. CVL Economics")
    search = st.text_input("Sentence contains", key="q", bind="query-params", max_chars=MAX_TEXT,
                           placeholder="e.g. jobs")
    col3, col4 = st.columns(2)
    vmin = col3.number_input("Value from", value=None, key="vmin", bind="query-params", placeholder="min")
    vmax = col4.number_input("Value to", value=None, key="vmax", bind="query-params", placeholder="max")
    corroboration = st.selectbox(
        "Corroboration", CORROBORATION_CHOICES, key="corroboration", bind="query-params",
        help="corroborated: other articles report the same figure; single: no other article does; "
             "disputed: articles report it with values that disagree beyond rounding")
    review = st.selectbox(
        "Review", REVIEW_CHOICES, key="review", bind="query-params",
        help="Analysts' reviews from data/reviews.csv. Rejected figures are hidden unless you ask for them.")
    st.caption("Every filter is kept in the page address: copy it to share this view.")

filters = Filters(
    publisher=tuple(publisher), source=tuple(source), article=tuple(article), type=tuple(claim_type), family=tuple(family),
    forecast=forecast or "all", hmin=int(hmin) if hmin is not None else None,
    hmax=int(hmax) if hmax is not None else None, qualifier=tuple(qualifier),
    subject=(subject or "").strip(), q=(search or "").strip(), vmin=vmin, vmax=vmax,
    corroboration=corroboration or "all", review=review or "hide rejected",
)

# The tabs are made first, so the query computes only what the open one draws; the headline
# and downloads fill a container that stands above them.
header = st.container()
# Only the open tab is drawn; which one is open is kept in the URL too (?view=Table).
chart_tab, table_tab, group_tab = st.tabs(["Charts", "Table", "Corroboration"], key="view", on_change="rerun",
                                          bind="query-params")
page = st.session_state.get("page", 1)
view = data.explore(version, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE, chart_tab.open, table_tab.open)
numbers = view["headline"]
slug = describe(filters, titles)
metrics = header.columns(5)
metrics[0].metric("Figures", f"{numbers['figures']:,}")
metrics[1].metric("Articles", f"{numbers['articles']:,}")
metrics[2].metric("Publishers", f"{numbers['publishers']:,}",
                  help="The outlets that published these figures; who states a figure is its source ('Who says it')")
metrics[3].metric("Forecasts", f"{numbers['forecasts']:,}")
horizon = (f"{numbers['horizon_min']}–{numbers['horizon_max']}" if numbers["horizon_min"] else "–")
metrics[4].metric("Forecast horizon", horizon)

with header.container(horizontal=True):
    for fmt in downloads.FORMATS:
        st.download_button(
            f"{fmt}", key=f"download-{fmt}", icon=":material/download:",
            data=lambda fmt=fmt, f=filters, v=version: data.download(v, f, fmt),
            file_name=downloads.file_name(slug, fmt), mime=downloads.FORMATS[fmt][1],
            disabled=numbers["figures"] == 0,
        )
    st.download_button(
        "Review sheet", key="download-review", icon=":material/rate_review:",
        data=lambda f=filters, v=version: downloads.to_bytes(data.run("review_sheet", v, f), "CSV"),
        file_name=f"impact-claims_review_{slug}.csv", mime="text/csv", disabled=numbers["figures"] == 0,
        help="These figures as a CSV for data/reviews.csv: fill in action (confirm, reject or correct), "
             "change any field to correct it, add note, reviewer and date, then save or append the rows "
             "to data/reviews.csv and rebuild. Rows left without an action are ignored.")

def chart(column, figure, name: str) -> None:
    # the chart's own PNG export (camera icon) names the file after the chart and the filters
    column.plotly_chart(figure, key=f"chart-{name}",
                        config={"toImageButtonOptions": {"filename": f"impact-claims_{name}_{slug}", "scale": 2}})


if chart_tab.open:
    with chart_tab:
        left, right = st.columns(2)
        figures = data.explore_charts(version, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE, True, table_tab.open)
        for n, (name, figure) in enumerate(figures.items()):
            chart(left if n % 2 == 0 else right, figure, name)

if table_tab.open:
    with table_tab:
        total = numbers["figures"]
        pages = max(1, -(-total // PAGE_SIZE))
        if page > pages:  # the filters shrank the selection under the page the reader was on
            st.session_state["page"] = page = 1
            view = data.explore(version, filters, PAGE_SIZE, 0, chart_tab.open, True)
        pager, _ = st.columns([1, 4])
        pager.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1, key="page")
        offset = (page - 1) * PAGE_SIZE
        rows = view["table"].copy()  # the cached frame stays as it is
        st.caption(f"Showing {offset + 1 if total else 0:,}–{min(offset + PAGE_SIZE, total):,} of {total:,} figures")
        rows["in article"] = "article?id=" + rows["article_id"] + "&claim=" + rows["claim_id"]
        rows["sources"] = [format_sources(n, d) for n, d in zip(rows["group_articles"], rows["group_disagreement"],
                                                                   strict=True)]
        rows[["measure", "source"]] = rows[["measure", "source"]].fillna("")  # blank, not "None"
        rows["claim_type"] = rows["claim_type"].map(words)  # "box office", not "box_office"
        rows["normalised"] = [value_with_unit(v, h, u) for v, h, u in zip(rows["value"], rows["value_high"],
                                                                             rows["unit"], strict=True)]
        st.dataframe(
            rows[["figure", "normalised", "measure", "claim_type", "source", "is_forecast", "horizon_year",
                  "publisher", "published", "sources", "review_status", "sentence", "in article", "url", "value",
                  "value_high", "unit"]],
            hide_index=True, key="table",
            column_config={
                "figure": st.column_config.TextColumn("figure as written", pinned=True),
                "normalised": st.column_config.TextColumn("value", width="medium",
                                                      help="The figure in its unit; a range shows both ends"),
                "value": st.column_config.NumberColumn("number", format="%.6g"),
                "value_high": st.column_config.NumberColumn("number to", format="%.6g"),
                "claim_type": "type",
                "measure": st.column_config.TextColumn("measure", width="medium", help="What the figure counts"),
                "source": st.column_config.TextColumn(
                    "who says it", help="The named source of the figure; empty when the article states it itself"),
                "is_forecast": st.column_config.CheckboxColumn("forecast"),
                "horizon_year": st.column_config.NumberColumn("horizon", format="%d"),
                "published": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
                "sentence": st.column_config.TextColumn("sentence", width="large"),
                "in article": st.column_config.LinkColumn("in article", display_text="show ↗"),
                "url": st.column_config.LinkColumn("original", display_text="source ↗"),
                "sources": st.column_config.TextColumn(
                    "sources", help="How many articles report this figure (see the Corroboration tab)"),
                "review_status": st.column_config.TextColumn("review", help="confirmed, rejected or corrected "
                                                                            "by an analyst (data/reviews.csv)"),
            },
        )

if group_tab.open:
    with group_tab:
        total_groups, members = data.run("corroboration", version, filters)
        if members.empty:
            st.info("No figure in the current selection is reported by more than one article.")
        else:
            shown = members["group_id"].nunique()
            st.caption(f"{total_groups:,} figure{'s' if total_groups != 1 else ''} in the selection "
                       f"{'are' if total_groups != 1 else 'is'} reported by more than one article"
                       + (f"; the {shown} with the most sources are shown." if shown < total_groups else ".")
                       + " Each group lists every source's wording side by side.")
        for group_id, group in members.groupby("group_id", sort=False):
            head = group.iloc[0]
            value = value_with_unit(head["canonical_value"], None, head["group_unit"])
            verdict = (":red-badge[:material/warning: values disagree]" if head["disagreement"]
                       else ":green-badge[:material/check: values agree]")
            spread = (f" · spread {head['spread']:.0%}" if head["spread"] else "")
            st.markdown(f"**{value}** · {head['group_type']}"
                        + (f" · {escape_markdown(head['group_subject'])}" if head["group_subject"] else "")
                        + f" — {head['n_articles']} articles, {head['n_publishers']} sources{spread} {verdict}")
            group = group.assign(**{"in article": "article?id=" + group["article_id"] + "&claim=" + group["claim_id"]})
            st.dataframe(
                group[["publisher", "published", "figure", "qualifier", "sentence", "in article", "url"]],
                hide_index=True, key=f"group-{group_id}",
                column_config={
                    "published": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
                    "figure": st.column_config.TextColumn("figure as written"),
                    "sentence": st.column_config.TextColumn("sentence", width="large"),
                    "in article": st.column_config.LinkColumn("in article", display_text="show ↗"),
                    "url": st.column_config.LinkColumn("original", display_text="source ↗"),
                })
