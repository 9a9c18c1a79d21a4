"""Impacts: what the articles say AI video will do to each sector, and who says it."""
from __future__ import annotations

import streamlit as st

from dashboard import charts, data, downloads
from dashboard.filters import MAX_TEXT, ImpactFilters, describe

ROWS_SHOWN = 500

st.title("Impact statements")
st.caption("Beyond the numbers: what each article expects AI video to do to a sector or occupation — "
           "harm, benefit, mixed, or little or none — who expects it, and by when.")

version = data.database_version()
facets = data.run("impact_options", version)
options = {key: [value for value, _ in facets[key]] for key in ImpactFilters.MULTI_KEYS}

data.checked_url({key: set(values) for key, values in options.items()}, ImpactFilters)


def open_cell() -> None:
    """A click on the matrix filters to that sector and direction (and the URL follows).
    The dots carry the sector's label, which is also what the Sector filter and URL hold."""
    points = st.session_state["impact-matrix"].selection.points
    cells = [p["customdata"][:2] for p in points if p.get("customdata")]
    if cells:
        st.session_state["sector"] = list(dict.fromkeys(sector for sector, _ in cells))
        st.session_state["direction"] = list(dict.fromkeys(direction for _, direction in cells))


with st.sidebar:
    st.header("Filters")
    publisher = st.multiselect("Publisher", options["publisher"], key="publisher", bind="query-params")
    speaker = st.multiselect("Speaker", options["speaker"], key="speaker", bind="query-params",
                             help="Who made the statement, as named in the article")
    # plain values, no format_func: a bound widget keeps what it shows in the URL
    sector = st.multiselect("Sector", options["sector"], key="sector", bind="query-params")
    direction = st.multiselect("Direction", options["direction"], key="direction", bind="query-params",
                               help="harm, benefit, mixed (both), or none (little or no impact)")
    kind = st.multiselect("Kind", options["kind"], key="kind", bind="query-params",
                          help="forecast: looks ahead; present: says what is happening; history: a general "
                               "truth about the past; speculation: what unnamed people fear or claim")
    search = st.text_input("Sentence contains", key="q", bind="query-params", max_chars=MAX_TEXT)
    st.caption("Every filter is kept in the page address: copy it to share this view.")

filters = ImpactFilters(publisher=tuple(publisher), speaker=tuple(speaker), sector=tuple(sector),
                        direction=tuple(direction), kind=tuple(kind), q=(search or "").strip())
matrix = data.run("impact_matrix", version, filters)
total = data.run("impact_count", version, filters)
slug = describe(filters)

metrics = st.columns(4)
metrics[0].metric("Statements", f"{total:,}")
metrics[1].metric("Sectors", f"{matrix['sector'].nunique():,}")
metrics[2].metric("Harm : benefit", f"{data.run('impact_direction_count', version, filters, 'harm'):,} : "
                                    f"{data.run('impact_direction_count', version, filters, 'benefit'):,}",
                  help="Statements that say a sector is harmed, and that say one benefits (a statement "
                       "naming several sectors counts once)")
metrics[3].metric("Articles", f"{data.run('impact_articles', version, filters):,}")

with st.container(horizontal=True):
    for fmt in downloads.FORMATS:
        st.download_button(
            fmt, key=f"download-{fmt}", icon=":material/download:",
            data=lambda fmt=fmt, f=filters, v=version: downloads.to_bytes(data.run("impact_rows", v, f), fmt),
            file_name=f"impact-statements_{slug}.{downloads.FORMATS[fmt][0]}", mime=downloads.FORMATS[fmt][1],
            disabled=total == 0)

st.plotly_chart(charts.impact_matrix(matrix), key="impact-matrix", on_select=open_cell, selection_mode="points",
                config={"toImageButtonOptions": {"filename": f"impact-statements_matrix_{slug}", "scale": 2}})
st.caption("Click a dot to read its statements (the Sector and Direction filters follow); clear them in the "
           "sidebar to see everything again.")

rows = data.run("impact_rows", version, filters, ROWS_SHOWN).copy()
if len(rows) < total:
    st.caption(f"Showing the {len(rows):,} most recent of {total:,} statements; the downloads hold all of them.")
rows["in article"] = "article?id=" + rows["article_id"] + "&impact=" + rows["impact_id"]
rows["direction"] = rows["direction"].map(lambda d: charts.DIRECTION_LABELS.get(d, d))
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
        "published": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
        "sentence": st.column_config.TextColumn("sentence", width="large"),
        "cue": st.column_config.TextColumn("impact words"),
        "in article": st.column_config.LinkColumn("in article", display_text="show ↗"),
        "url": st.column_config.LinkColumn("original", display_text="source ↗"),
    })
