"""Impact Claims: placeholder page until the full dashboard lands (issue 3).

Shows what the database holds, so `make run` has something real to serve.
"""
from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

# `streamlit run dashboard/app.py` puts dashboard/ on the path, not the project root.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dashboard import queries  # noqa: E402

st.set_page_config(page_title="Impact Claims", layout="wide")
st.title("Impact Claims")
st.caption("Figures and forecasts about AI video and the film and TV industry, each tied to "
           "the sentence it came from.")

if not queries.DEFAULT_DB.exists():
    st.error("No claims database yet. Build it with `make build` "
             "(or `.venv/bin/python -m etl build`), then reload this page.")
    st.stop()

con = queries.connect()
numbers = queries.headline(con)
cols = st.columns(4)
cols[0].metric("Articles", numbers["articles"])
cols[1].metric("Figures", numbers["claims"])
cols[2].metric("Claim types", numbers["claim_types"])
cols[3].metric("Forecasts", numbers["forecasts"])

st.subheader("Figures by claim type")
st.bar_chart(queries.claims_by_type(con), x="claim_type", y="claims")

st.subheader("Every figure, with its sentence")
st.dataframe(
    queries.claims_table(con),
    hide_index=True,
    column_config={
        "url": st.column_config.LinkColumn("original article"),
        "published": st.column_config.DateColumn("published", format="YYYY-MM-DD"),
        "value": st.column_config.NumberColumn("value", format="%g"),
        "value_high": st.column_config.NumberColumn("value high", format="%g"),
    },
)
