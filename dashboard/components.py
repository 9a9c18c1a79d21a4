"""What several pages show the same way: table columns in readers' words, the credit line of
a chart, the database's build date."""
from __future__ import annotations

from datetime import UTC, datetime

import streamlit as st

from dashboard.data import Version

# Every table of figures names its columns so: Publisher is the outlet, Source who says it.
TABLE_COLUMNS = {
    "figure": st.column_config.TextColumn("figure as written", width="medium", pinned=True),
    "value shown": st.column_config.TextColumn("value", width="medium",
                                               help="The figure in its unit; a range shows both ends"),
    "value": st.column_config.NumberColumn("number", format="%.6g"),
    "value_high": st.column_config.NumberColumn("number to", format="%.6g"),
    "unit": st.column_config.TextColumn("unit"),
    "claim_type": st.column_config.TextColumn("claim type"),
    "qualifier": st.column_config.TextColumn("qualifier", help="about, more than, up to … as the article words it"),
    "measure": st.column_config.TextColumn("measure", width="medium", help="What the figure counts"),
    "source": st.column_config.TextColumn(
        "source", help="Who says it: the named source of the figure; empty when the article states it itself"),
    "is_forecast": st.column_config.CheckboxColumn("forecast"),
    "horizon_year": st.column_config.TextColumn("horizon", help="The year a forecast looks to"),
    "publisher": st.column_config.TextColumn("publisher", help="The outlet that published the article"),
    "published": st.column_config.DateColumn("date", format="YYYY-MM-DD", help="When the article was published"),
    "sentence": st.column_config.TextColumn("sentence", width="large"),
    "permalink": st.column_config.LinkColumn("in article", display_text="show ↗", width="small",
                                             help="The figure highlighted in its article: its permalink"),
    "url": st.column_config.LinkColumn("original article", display_text="open ↗",
                                       help="The article on its publisher's site"),
    "reported by": st.column_config.TextColumn(
        "articles", help="How many articles report this figure: ✓ they agree, ⚠ their values disagree "
                         "(see the Corroboration tab)"),
    "review_status": st.column_config.TextColumn("review", help="confirmed, rejected or corrected by an analyst"),
}


def built_on(version: Version) -> str:
    """The day the database was built (UTC), as the date figures are "as of"."""
    return datetime.fromtimestamp(version.mtime, tz=UTC).date().isoformat()


LONGEST_LINK = 80  # characters a chart's credit line has room for; a longer view link gives the app's address


def chart_credit(publishers: list[str], built: str, link: str, root: str = "", shown: int = 2) -> str:
    """"Impact Claims · data of 2026-11-23", "sources: A, B + 2 more" and the view's link, a
    line each: what a chart carries into its exported image, so a copy says where it came from."""
    names = ", ".join(publishers[:shown]) + (f" + {len(publishers) - shown} more" if len(publishers) > shown else "")
    link = link if len(link) <= LONGEST_LINK else root
    lines = (f"Impact Claims · data of {built}", f"sources: {names}" if names else "", link)
    return "\n".join(line for line in lines if line)
