"""Explore: filter every figure, read the headline numbers, charts and table, download."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard import charts, data, downloads, links
from dashboard.address import PageAddress
from dashboard.components import TABLE_COLUMNS, built_on, chart_credit
from dashboard.filters import (
    CORROBORATION_CHOICES,
    FORECAST_CHOICES,
    MAX_TEXT,
    MULTI_KEYS,
    REVIEW_CHOICES,
    SORTS,
    YEARS,
    Filters,
    TableView,
    describe,
    describe_filters,
    url_values,
)
from dashboard.format import escape_markdown, format_sources, value_with_unit, words, year_span
from dashboard.links import app_root, view_link
from dashboard.queries import ARTICLE_CHOICES

PAGE_SIZE = 50
# Charts whose rows are labelled by their figures' words take the full width; the others pair up.
CHART_ROWS = (("types", "forecasts"), ("surveys",), ("jobs",), ("money", "multi-source"))

st.title("Impact Claims")
st.caption("Every figure and forecast the press printed about AI video and the film and TV industry, "
           "each tied to the sentence it came from.")

version = data.database_version()
data.stale_database_message(version)

# Every value a filter can take, for checking the URL: articles named in it join the list
# even when they are not among the most frequent ones.
known = dict(data.facets(version, Filters()))  # every value, for checking the URL
url_ids = tuple(dict.fromkeys(st.query_params.get_all("article")))[:50]
known["article"] = known["article"] + [row for row in data.known_articles(version, url_ids)
                                       if row not in known["article"]]
address = PageAddress("explore", (Filters, TableView),
                      {key: {str(v) for v, _ in known[key]} for key in MULTI_KEYS}, foreign=("view",),
                      data_version=version)


def current_filters() -> Filters:
    """The filters as the widgets hold them (their session keys are the URL keys)."""
    state = st.session_state
    hmin, hmax = state.get("hmin"), state.get("hmax")
    return Filters(
        publisher=tuple(state.get("publisher", ())), source=tuple(state.get("source", ())),
        article=tuple(state.get("article", ())), type=tuple(state.get("type", ())),
        family=tuple(state.get("family", ())), forecast=state.get("forecast") or "all",
        hmin=int(hmin) if hmin is not None else None, hmax=int(hmax) if hmax is not None else None,
        qualifier=tuple(state.get("qualifier", ())), subject=(state.get("subject") or "").strip(),
        q=(state.get("q") or "").strip(), vmin=state.get("vmin"), vmax=state.get("vmax"),
        corroboration=state.get("corroboration") or "all", review=state.get("review") or "hide rejected")


def facet(label: str, key: str, shown=words, **kwargs) -> None:
    """A multi-select whose options are the values that give figures under the other filters,
    each with that count, most frequent first; chosen values stay listed even at zero."""
    counts = dict(facet_lists[key])
    chosen = [v for v in st.session_state.get(key, [])]
    values = list(counts) + [v for v in chosen if v not in counts]
    st.multiselect(label, values, key=key, format_func=lambda v: f"{shown(v)} · {counts.get(v, 0):,}",
                   placeholder=f"All ({len(counts):,}{'+' if len(counts) >= ARTICLE_CHOICES else ''})", **kwargs)


facet_lists = data.facets(version, current_filters())
titles = data.article_titles(version, tuple(dict.fromkeys(
    [v for v, _ in facet_lists["article"]] + list(st.session_state.get("article", [])))))
UNIT_WORDS = {"percent": "percent", "money": "US dollars", "count": "count", "time": "the figure's time unit",
              "other": "the figure's unit"}

with st.sidebar:
    head, clear = st.columns([1, 1], vertical_alignment="center")
    head.header("Filters")
    clear.button("Clear all", icon=":material/filter_alt_off:", type="tertiary", on_click=address.clear, args=(Filters(),),
                 disabled=not current_filters().active(), help="Every filter back to showing all figures")
    facet("Publisher", "publisher", str, help="The outlet that published the article")
    facet("Source", "source", str,
          help="Who says it: the person, organisation, report or survey a figure is attributed to; "
               "“(the article itself)” when the article states it in its own voice.")
    facet("Article", "article", lambda a: titles.get(a, a))
    facet("Claim type", "type", help="What kind of figure: a survey result, jobs, box office, a cost …")
    facet("Unit", "family", help="percent, money, count, time, or other units (miles, points, …)")
    st.segmented_control("Forecast or reported", FORECAST_CHOICES, key="forecast", required=True)
    col1, col2 = st.columns(2)
    col1.number_input("Horizon from", min_value=YEARS[0], max_value=YEARS[1], value=None, step=1, key="hmin",
                      placeholder="year", help="The year a forecast looks to")
    col2.number_input("Horizon to", min_value=YEARS[0], max_value=YEARS[1], value=None, step=1, key="hmax",
                      placeholder="year")
    facet("Qualifier", "qualifier", help="How the article hedges the figure: about, more than, up to …")
    st.text_input("Subject contains", key="subject", max_chars=MAX_TEXT, placeholder="e.g. CVL Economics")
    st.text_input("Sentence contains", key="q", max_chars=MAX_TEXT, placeholder="e.g. jobs")
    families = st.session_state.get("family", [])
    one_unit = len(families) == 1
    unit_word = UNIT_WORDS.get(families[0], "its unit") if one_unit else ""
    value_help = (f"In {unit_word}." if one_unit else
                  "Choose one unit first: a range of values means something within one unit only.")
    col3, col4 = st.columns(2)
    col3.number_input("Value from", value=None, key="vmin", placeholder="min", disabled=not one_unit, help=value_help)
    col4.number_input("Value to", value=None, key="vmax", placeholder="max", disabled=not one_unit)
    if not one_unit and (st.session_state.get("vmin") is not None or st.session_state.get("vmax") is not None):
        st.caption("The value range applies once one unit is chosen; until then it is ignored.")
    st.selectbox(
        "Corroboration", CORROBORATION_CHOICES, key="corroboration",
        help="corroborated: other articles report the same figure; single: no other article does; "
             "disputed: articles report it with values that disagree beyond rounding")
    st.selectbox("Review", REVIEW_CHOICES, key="review",
                 help="Analysts' reviews. Rejected figures are hidden unless you ask for them.")
    st.caption("Every filter is kept in the page address: copy it to share this view.")

filters = current_filters()
if address.seeded:  # the table's own widgets follow the address, not what they last held
    for key in ("sort_pick", "page_pick"):
        st.session_state.pop(key, None)
table_view = TableView(sort=st.session_state.get("sort") or "newest first", page=int(st.session_state.get("page") or 1))
root = app_root(st.context.url)
view_url = view_link(root, "explore", url_values(filters))

# The tabs are made first, so the query computes only what the open one draws; the headline
# and downloads fill a container that stands above them.
header = st.container()
# Only the open tab is drawn; which one is open is kept in the URL too (?view=Table).
chart_tab, table_tab, group_tab = st.tabs(["Charts", "Table", "Corroboration"], key="view", on_change="rerun",
                                          bind="query-params")


def explore_view(page: int) -> dict:
    """The headline, and what the open tab draws. With the table closed its page is not
    asked for, so the call is the very one the charts make and is computed once."""
    if not table_tab.open:
        return data.explore(version, filters, 0, 0, chart_tab.open, False)
    return data.explore(version, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE, chart_tab.open, True, table_view.sort)


view = explore_view(table_view.page)
numbers = view["headline"]
total = numbers["figures"]
pages = max(1, -(-total // PAGE_SIZE))
if table_view.page > pages:  # the filters shrank the selection under the page the reader was on
    st.session_state["page"] = 1
    st.session_state.pop("page_pick", None)
    table_view = TableView(sort=table_view.sort, page=1)
    view = explore_view(1)
address.write(filters, table_view)

slug = describe(filters, titles)
# a row that wraps, not columns: on a phone the five numbers take two lines, not five screens
with header.container(horizontal=True, horizontal_alignment="distribute", gap="medium"):
    st.metric("Figures", f"{total:,}", width="content")
    st.metric("Articles", f"{numbers['articles']:,}", width="content")
    st.metric("Publishers", f"{numbers['publishers']:,}", width="content",
              help="The outlets that published these figures (a figure's Source is who says it)")
    st.metric("Forecasts", f"{numbers['forecasts']:,}", width="content")
    st.metric("Forecast horizon", year_span(numbers["horizon_min"], numbers["horizon_max"]), width="content",
              help="The earliest and latest years these forecasts look to")

built = built_on(version)
about = {"What": "Impact Claims: figures about AI video and the film and TV industry, each with its sentence",
         "Filters": ", ".join(f"{k}: {v}" for k, v in describe_filters(filters, titles).items()) or "none (every figure)",
         "Figures": f"{total:,}", "Database built": built, "Exported": date.today().isoformat(),
         "View": view_url or "(address unknown)", "Cite a figure": "its permalink column"}
with header.container(horizontal=True):
    for fmt in downloads.FORMATS:
        st.download_button(  # no rerun on click: the download is all it does
            f"{fmt}", key=f"download-{fmt}", icon=":material/download:", on_click="ignore",
            data=lambda fmt=fmt, f=filters, v=version: data.download(v, f, fmt, root, about),
            file_name=downloads.file_name(slug, fmt), mime=downloads.FORMATS[fmt][1], disabled=total == 0,
            help="Every filtered figure (not only the page on screen), each with its permalink")
    st.download_button(  # no rerun on click: the download is all it does
        "Review sheet", key="download-review", icon=":material/rate_review:", on_click="ignore",
        data=lambda f=filters, v=version: downloads.to_bytes(data.review_sheet(v, f), "CSV"),
        file_name=f"impact-claims_review_{slug}.csv", mime="text/csv", disabled=total == 0,
        help="These figures as a CSV for data/reviews.csv: fill in action (confirm, reject or correct), "
             "change any field to correct it, add note, reviewer and date, then save or append the rows "
             "to data/reviews.csv and rebuild. Rows left without an action are ignored.")


def chart(column, figure, name: str) -> None:
    # the chart's own PNG export (camera icon) names the file after the chart and the filters
    column.plotly_chart(figure, key=f"chart-{name}", config=charts.export_config(f"impact-claims_{name}_{slug}", figure))


if chart_tab.open:
    with chart_tab:
        publishers = sorted(view["by_type"]["publisher"].unique())
        credit = chart_credit(publishers, built, view_url, root)
        figures = data.explore_charts(version, filters, credit)
        for row in CHART_ROWS:
            for column, name in zip(st.columns(len(row)), row, strict=True):
                chart(column, figures[name], name)


def pick(key: str) -> None:
    """A table widget changed: keep its value (the widget's own state is dropped on other tabs)."""
    st.session_state[key] = st.session_state[f"{key}_pick"]
    if key == "sort":
        st.session_state["page"] = 1
        st.session_state.pop("page_pick", None)


if table_tab.open:
    with table_tab:
        order, pager, shown = st.columns([2, 1, 3], vertical_alignment="bottom")
        sorts = tuple(SORTS)
        order.selectbox("Order (all filtered figures)", sorts, index=sorts.index(table_view.sort), key="sort_pick",
                        on_change=pick, args=("sort",))
        pager.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1, value=table_view.page,
                           key="page_pick", on_change=pick, args=("page",))
        offset = (table_view.page - 1) * PAGE_SIZE
        shown.caption(f"Showing {offset + 1 if total else 0:,}–{min(offset + PAGE_SIZE, total):,} "
                      f"of {total:,} figure{'s' * (total != 1)}")
        rows = view["table"].copy()  # the cached frame stays as it is
        rows["permalink"] = links.column(rows["article_id"], "claim", rows["claim_id"])
        rows["reported by"] = [format_sources(n, d) for n, d in zip(rows["group_articles"], rows["group_disagreement"],
                                                                       strict=True)]
        for column in ("measure", "source", "qualifier", "review_status"):
            rows[column] = rows[column].map(words)  # blank, not "None"; "more than", not "more_than"
        rows["url"] = rows["url"].fillna("")  # no link recorded: an empty cell, not "None"
        rows["claim_type"] = rows["claim_type"].map(words)  # "box office", not "box_office"
        rows["horizon_year"] = rows["horizon_year"].map(lambda y: "" if pd.isna(y) else str(int(y)))
        rows["value shown"] = [value_with_unit(v, h, u) for v, h, u in zip(rows["value"], rows["value_high"],
                                                                             rows["unit"], strict=True)]
        st.dataframe(
            rows[["figure", "permalink", "value shown", "measure", "claim_type", "source", "is_forecast",
                  "horizon_year", "publisher", "published", "reported by", "review_status", "sentence", "url",
                  "value", "unit"]],
            hide_index=True, key="table", column_config=TABLE_COLUMNS)

if group_tab.open:
    with group_tab:
        total_groups, members = data.corroboration(version, filters)
        if members.empty:
            st.info("No figure in the current selection is reported by more than one article.")
        else:
            shown = members["group_id"].nunique()
            st.caption(f"{total_groups:,} figure{'s' if total_groups != 1 else ''} in the selection "
                       f"{'are' if total_groups != 1 else 'is'} reported by more than one article"
                       + (f"; the {shown} with the most articles are shown." if shown < total_groups else ".")
                       + " Each group lists every article's wording side by side.")
        for group_id, group in members.groupby("group_id", sort=False):
            head = group.iloc[0]
            value = value_with_unit(head["canonical_value"], None, head["group_unit"])
            verdict = (":red-badge[:material/warning: values disagree]" if head["disagreement"]
                       else ":green-badge[:material/check: values agree]")
            spread = (f" · spread {head['spread']:.0%}" if head["spread"] else "")
            n_articles, n_publishers = int(head["n_articles"]), int(head["n_publishers"])
            st.markdown(f"**{escape_markdown(value)}** · {words(head['group_type'])}"
                        + (f" · {escape_markdown(head['group_subject'])}" if head["group_subject"] else "")
                        + f" — {n_articles} article{'s' * (n_articles != 1)}, "
                          f"{n_publishers} publisher{'s' * (n_publishers != 1)}{spread} {verdict}")
            group = group.assign(permalink=links.column(group["article_id"], "claim", group["claim_id"]),
                                 qualifier=group["qualifier"].map(words), url=group["url"].fillna(""))
            st.dataframe(
                group[["publisher", "published", "figure", "qualifier", "sentence", "permalink", "url"]],
                hide_index=True, key=f"group-{group_id}",
                column_config={key: TABLE_COLUMNS[key] for key in ("published", "figure", "sentence", "permalink",
                                                                   "url")})
