"""Article: the full text with every extracted figure highlighted, its metadata and figures.

Only articles in the database open here: the id in the URL is looked up in the database,
never used as a path.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, links, writes
from dashboard.components import TABLE_COLUMNS
from dashboard.format import escape_markdown, value_with_unit, words
from dashboard.highlight import CLAIM_ID_RE, article_html, scroll_script
from etl.lexicon import CLAIM_TYPES, QUALIFIER_KINDS
from etl.reviews import ACTIONS


@st.fragment(run_every=2)
def watch_rebuild() -> None:
    """While a rebuild runs, say so; when it is done, show the page again on the new data."""
    job = writes.current_job()
    if job is not None and job.status() == "running":
        st.caption(":material/sync: Rebuilding the database…")
        st.session_state["rebuilding"] = True
    elif st.session_state.pop("rebuilding", False):
        st.rerun()


def review_form(claims, selected: str | None) -> None:
    """Confirm, reject or correct one of this article's figures: appended to data/reviews.csv,
    then an incremental build applies it (absent on a read-only server)."""
    with st.expander("Review a figure", icon=":material/rate_review:", expanded=bool(selected)):
        ids = claims["claim_id"].tolist()
        labels = {r.claim_id: f"{r.figure} ({r.measure or r.claim_type})" for r in claims.itertuples()}
        with st.form("review-figure", clear_on_submit=True):
            claim_id = st.selectbox("Figure", ids, index=ids.index(selected) if selected in ids else 0,
                                    format_func=lambda i: labels.get(i, i))
            action = st.radio("Review", ACTIONS, horizontal=True)
            st.caption("To correct, fill in only what changes.")
            a, b, c, d = st.columns(4)
            fields = {"value": a.text_input("value"), "value_high": b.text_input("upper value of a range"),
                      "unit": c.text_input("unit", help="percent, count, a time unit or a currency code (USD)"),
                      "qualifier": d.selectbox("qualifier", ("", *QUALIFIER_KINDS)),
                      "claim_type": a.selectbox("claim type", ("", *CLAIM_TYPES)),
                      "is_forecast": b.selectbox("forecast", ("", "true", "false")),
                      "horizon_year": c.text_input("horizon year"), "source": d.text_input("who says it"),
                      "measure": st.text_input("what it measures")}
            note = st.text_input("Note", placeholder="why: checked against the report, page 4")
            reviewer = st.text_input("Your name")
            submitted = st.form_submit_button("Save review and rebuild", icon=":material/save:")
        if submitted:
            try:
                writes.append_review(claim_id, action, fields, note, reviewer)
            except ValueError as err:
                st.error(f"Not saved: {err}")
                return
            try:
                writes.start_job()
                st.success("Saved to data/reviews.csv; rebuilding, the review shows in a few seconds.")
            except RuntimeError:
                st.info("Saved to data/reviews.csv; it applies when the build already running is done "
                        "or at the next build.")

version = data.database_version()

article_id = st.query_params.get("id")
selected = st.query_params.get("claim")
record = data.article(version, article_id) if article_id else None

if record is None:
    st.title("Articles")
    if article_id:
        st.warning(f"No article with id {escape_markdown(repr(article_id[:60]))} in the database; pick one below.")
    listing = data.articles_list(version)
    listing["open"] = links.column(listing["article_id"])
    st.dataframe(listing[["title", "publisher", "published", "figures", "open"]], hide_index=True,
                 column_config={"open": st.column_config.LinkColumn("open", display_text="read ↗"),
                                "published": st.column_config.DateColumn("date", format="YYYY-MM-DD")})
    st.stop()

claims = data.article_claims(version, article_id)
impacts = data.article_impacts(version, article_id)
if selected and (not CLAIM_ID_RE.fullmatch(selected) or selected not in set(claims["claim_id"])):
    st.info("The figure named in the address is not in this article; showing the whole article.")
    selected = None
selected_impact = st.query_params.get("impact")
if selected_impact and (not CLAIM_ID_RE.fullmatch(selected_impact)
                        or selected_impact not in set(impacts["impact_id"])):
    st.info("The impact statement named in the address is not in this article; showing the whole article.")
    selected_impact = None

# titles, publishers and file names come from the article: shown as text, never as markdown
st.title(escape_markdown(record["title"] or record["source_file"]))
meta = [record["publisher"] or "publisher unknown"]
if record["author"]:
    meta.append(record["author"])
if record["published"]:
    precision = {"month": "%Y-%m", "day-inferred-year": "%Y-%m-%d (year inferred)"}.get(
        record["published_precision"], "%Y-%m-%d")
    meta.append(record["published"].strftime(precision))
statements = impacts["impact_id"].nunique()  # one row per sector a statement names
meta.append(f"{len(claims)} figure{'s' * (len(claims) != 1)}, {statements} impact statement{'s' * (statements != 1)}")
st.caption(escape_markdown(" · ".join(meta)))
if record["url"]:
    st.link_button("Original article", record["url"], icon=":material/open_in_new:")
else:
    st.caption("No link to the original article recorded.")
st.caption(f"File: {escape_markdown(record['source_file'])}")

text_col, list_col = st.columns([3, 2])
with text_col:
    st.html(article_html(record["text"], claims.to_dict("records"), selected or selected_impact,
                         impacts.to_dict("records")))
    st.caption("Figures are highlighted; the sector words of impact statements are underlined.")
script = scroll_script(selected) or scroll_script(selected_impact, "impact")
if script:
    st.html(script, unsafe_allow_javascript=True)
with list_col:
    st.subheader("Figures in this article")
    claims["show"] = links.column(pd.Series(article_id, index=claims.index), "claim", claims["claim_id"])
    claims["corroborated"] = claims["group_id"].notna()
    for column in ("measure", "source", "claim_type", "review_status"):
        claims[column] = claims[column].map(words)  # blank, not "None"; "box office", not "box_office"
    claims["horizon_year"] = claims["horizon_year"].map(lambda y: "" if pd.isna(y) else str(int(y)))
    claims["value shown"] = [value_with_unit(v, h, u) for v, h, u in zip(claims["value"], claims["value_high"],
                                                                           claims["unit"], strict=True)]
    st.dataframe(claims[["figure", "value shown", "measure", "claim_type", "source", "is_forecast", "horizon_year",
                         "corroborated", "review_status", "show"]],
                 hide_index=True, key="article-figures",
                 column_config={"show": st.column_config.LinkColumn("", display_text="show"),
                                **{key: TABLE_COLUMNS[key] for key in ("figure", "value shown", "measure", "claim_type",
                                                                       "source", "is_forecast", "horizon_year",
                                                                       "review_status")},
                                "corroborated": st.column_config.CheckboxColumn(
                                    "corroborated", help="Another article reports the same figure")})
    if not writes.read_only() and not claims.empty:
        review_form(claims, selected)
        if writes.current_job() is not None:
            watch_rebuild()
    st.subheader("Impact statements")
    if impacts.empty:
        st.caption("No statement in this article says what AI video does to a sector.")
    else:
        # one row per statement, however many sectors it names
        statements = impacts.groupby("impact_id", sort=False).agg(
            sectors=("sector", ", ".join), direction=("direction", lambda d: ", ".join(dict.fromkeys(d))),
            kind=("kind", "first"), strength=("strength", "first"), time_frame=("time_frame", "first"),
            speaker=("speaker", "first"), sentence=("sentence", "first")).reset_index()
        statements["show"] = links.column(pd.Series(article_id, index=statements.index), "impact", statements["impact_id"])
        for column in ("strength", "time_frame", "speaker"):
            statements[column] = statements[column].map(words)  # blank, not "None"
        st.dataframe(statements[["sectors", "direction", "kind", "strength", "time_frame", "speaker", "sentence",
                                 "show"]],
                     hide_index=True, key="article-impacts",
                     column_config={"show": st.column_config.LinkColumn("", display_text="show"),
                                    "time_frame": "time frame",
                                    "sentence": st.column_config.TextColumn("sentence", width="medium")})
