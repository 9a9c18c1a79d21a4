"""Impacts: what the articles say AI video will do to each sector, and who says it."""
from __future__ import annotations

import streamlit as st

from dashboard import charts, data, downloads, links
from dashboard.address import PageAddress
from dashboard.components import TABLE_COLUMNS, built_on, chart_credit
from dashboard.filters import MAX_TEXT, ImpactFilters, describe, url_values
from dashboard.format import words
from dashboard.links import app_root, view_link

ROWS_SHOWN = 500

st.title("Impact statements")
st.caption("Beyond the numbers: what each article expects AI video to do to a sector or occupation — "
           "harm, benefit, mixed, or little or none — who expects it, and by when.")

version = data.database_version()
known = data.impact_facets(version, ImpactFilters())  # every value, for checking the URL
address = PageAddress("impacts", (ImpactFilters,),
                      {key: {v for v, _ in known[key]} for key in ImpactFilters.MULTI_KEYS}, data_version=version)


def open_cell() -> None:
    """A click on the matrix filters to that sector and direction (and the URL follows).
    The dots carry the sector's label, which is also what the Sector filter and URL hold."""
    points = st.session_state["impact-matrix"].selection.points
    cells = [p["customdata"][:2] for p in points if p.get("customdata")]
    if cells:
        st.session_state["sector"] = list(dict.fromkeys(sector for sector, _ in cells))
        st.session_state["direction"] = list(dict.fromkeys(direction for _, direction in cells))


def current_filters() -> ImpactFilters:
    """The filters as the widgets hold them (their session keys are the URL keys)."""
    state = st.session_state
    return ImpactFilters(publisher=tuple(state.get("publisher", ())), speaker=tuple(state.get("speaker", ())),
                         sector=tuple(state.get("sector", ())), direction=tuple(state.get("direction", ())),
                         kind=tuple(state.get("kind", ())), q=(state.get("q") or "").strip())


live = data.impact_facets(version, current_filters())


def choice(label: str, key: str, shown=str, **kwargs) -> None:
    """A facet: the values that give statements under the other filters, with that count;
    chosen values stay listed."""
    counts = dict(live[key])
    values = list(counts) + [v for v in st.session_state.get(key, []) if v not in counts]
    st.multiselect(label, values, key=key, format_func=lambda v: f"{shown(v)} · {counts.get(v, 0):,}",
                   placeholder=f"All ({len(counts):,})", **kwargs)


with st.sidebar:
    head, clear = st.columns([1, 1], vertical_alignment="center")
    head.header("Filters")
    clear.button("Clear all", icon=":material/filter_alt_off:", type="tertiary", on_click=address.clear,
                 args=(ImpactFilters(),), disabled=not current_filters().active(), help="Every filter back to showing all statements")
    choice("Publisher", "publisher", help="The outlet that published the article")
    choice("Speaker", "speaker", help="Who made the statement, as named in the article")
    choice("Sector", "sector")
    choice("Direction", "direction", lambda d: charts.DIRECTION_LABELS.get(d, d),
           help="harm, benefit, mixed (both), or little / none")
    choice("Kind", "kind", help="forecast: looks ahead; present: says what is happening; history: a general "
                                "truth about the past; speculation: what unnamed people fear or claim")
    st.text_input("Sentence contains", key="q", max_chars=MAX_TEXT)
    st.caption("Every filter is kept in the page address: copy it to share this view.")

filters = current_filters()
address.write(filters)
matrix = data.impact_matrix(version, filters)
total = data.impact_count(version, filters)
slug = describe(filters)
built = built_on(version)
view_url = view_link(app_root(st.context.url), "impacts", url_values(filters))

with st.container(horizontal=True, horizontal_alignment="distribute", gap="medium"):
    st.metric("Statements", f"{total:,}", width="content")
    st.metric("Sectors", f"{matrix['sector'].nunique():,}", width="content")
    st.metric("Harm : benefit", f"{data.impact_direction_count(version, filters, 'harm'):,} : "
                                f"{data.impact_direction_count(version, filters, 'benefit'):,}",
              width="content", help="Statements that say a sector is harmed, and that say one benefits "
                                    "(a statement naming several sectors counts once)")
    st.metric("Articles", f"{data.impact_articles(version, filters):,}", width="content")

with st.container(horizontal=True):
    for fmt in downloads.FORMATS:
        st.download_button(  # no rerun on click: the download is all it does
            fmt, key=f"download-{fmt}", icon=":material/download:", on_click="ignore",
            data=lambda fmt=fmt, f=filters, v=version: data.impact_download(v, f, fmt),
            file_name=f"impact-statements_{slug}.{downloads.FORMATS[fmt][0]}", mime=downloads.FORMATS[fmt][1],
            disabled=total == 0)

credit = chart_credit(sorted(data.impact_rows(version, filters)["publisher"].unique()), built, view_url,
                      app_root(st.context.url))
matrix_chart = charts.with_credit(charts.impact_matrix(matrix), credit)
st.plotly_chart(matrix_chart, key="impact-matrix", on_select=open_cell, selection_mode="points",
                config=charts.export_config(f"impact-statements_matrix_{slug}", matrix_chart))
st.caption("Click a dot to read its statements (the Sector and Direction filters follow); clear them in the "
           "sidebar to see everything again.")

rows = data.impact_rows(version, filters, ROWS_SHOWN).copy()
if len(rows) < total:
    st.caption(f"Showing the {len(rows):,} most recent of {total:,} statements; the downloads hold all of them.")
rows["in article"] = links.column(rows["article_id"], "impact", rows["impact_id"])
rows["direction"] = rows["direction"].map(lambda d: charts.DIRECTION_LABELS.get(d, d))
for column in ("strength", "time_frame", "speaker", "cue"):
    rows[column] = rows[column].map(words)  # blank, not "None"
rows["url"] = rows["url"].fillna("")
st.dataframe(
    rows[["sectors", "direction", "kind", "strength", "hedged", "time_frame", "speaker", "publisher", "published",
          "sentence", "cue", "in article", "url"]],
    hide_index=True, key="impact-table",
    column_config={
        "sectors": st.column_config.TextColumn("sectors", pinned=True, help="Every sector the statement names"),
        "kind": st.column_config.TextColumn("kind", help="forecast, present, history or speculation"),
        "strength": st.column_config.TextColumn("strength", help="strong or weak where the sentence says so"),
        "hedged": st.column_config.CheckboxColumn("hedged", help="may, might, could, should, likely …"),
        "time_frame": st.column_config.TextColumn("time frame"),
        "cue": st.column_config.TextColumn("impact words"),
        "in article": st.column_config.LinkColumn("statement in article", display_text="show ↗"),
        **{key: TABLE_COLUMNS[key] for key in ("publisher", "published", "sentence", "url")},
    })
