"""About, for readers: what is covered, how figures are found and checked, the limits, how to
cite a figure, and what every number on screen means. How to run and extend the tool is in
the README."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import streamlit as st

from dashboard import data
from dashboard.components import built_on
from dashboard.format import escape_markdown, words, year_span
from etl.lexicon import CLAIM_TYPES, QUALIFIER_KINDS

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
# The scorer's measures in readers' words, in the order shown.
SCORE_WORDS = {"recall_all": "figures found", "recall_required": "key figures found",
               "precision": "found figures that are real", "claim_type_acc": "claim type right",
               "subject_acc": "source or subject right", "forecast_acc": "forecast or not right",
               "horizon_acc": "forecast year right", "qualifier_acc": "qualifier right"}

st.title("About Impact Claims")
version = data.database_version()
cover = data.coverage(version)
outlets = escape_markdown(", ".join(cover["outlets"])) + (" and others" if cover["publishers"] > len(cover["outlets"])
                                                          else "")
period = year_span(cover["first"].year if cover["first"] else None, cover["last"].year if cover["last"] else None)
st.markdown(f"""
Impact Claims collects every figure and forecast that news articles print about AI video and the
film and TV industry — survey percentages, job numbers, box office, costs, market sizes, stock
moves, durations — and ties each one to the exact sentence and article it came from.

**What is covered.** {cover['articles']:,} article{'s' * (cover['articles'] != 1)} from
{cover['publishers']:,} outlet{'s' * (cover['publishers'] != 1)} ({outlets}), published {period}:
{cover['figures']:,} figures and {cover['statements']:,} statements about what AI video will do to a
sector. {f"{cover['reviewed']:,} of the figures have" if cover['reviewed'] else "None of the figures has yet"}
been checked by an analyst. The data is as of
{built_on(version)}.

**How figures are found and checked.** A program reads each article and finds every number with
its unit, how the article hedges it ("nearly", "more than"), and ranges; it leaves out dates,
years, times, rankings and names. It then says what kind of figure it is (claim type), what it
measures, who says it (the source), and whether it is a forecast and for which year. Money is
also shown in US dollars, at the yearly average exchange rate of the year the article was
published (U.S. IRS yearly averages). When several articles report the same figure, they are
grouped; when their values disagree beyond rounding, the group is marked *disputed*. Analysts
can confirm, reject or correct any figure: rejected figures are hidden unless you ask for them
(the *Review* filter), and corrections show as the analyst wrote them.

**Limitations.** Extraction is automatic and can be wrong: always read the sentence (every
figure shows it) and, before you publish, the original article. Who says a figure is taken only
from a name the article gives; "analysts say" stays unattributed. A figure reported by several
articles may come from one original source, so a corroborated figure is not an independent
confirmation. Exchange rates are yearly averages, not the rate of the day. The collection is the
set of articles gathered here, not every article ever written on the subject.

**How to cite a figure.** Every figure has a permalink: *show ↗* in Explore's table and on the
Article page, and the *permalink* column of every download. It opens the article with the figure
highlighted. Cite the original publisher first, for example: *Publisher, "Title", date — figure
found via Impact Claims, permalink, accessed (date)*. Charts exported with their camera icon carry
their own credit line: sources, data date and a link to the view.

**Licence.** The sentences shown are short quotations for reporting and research; copyright in
each article stays with its publisher — follow *original article ↗* for the full text.

**Numbers on Explore.** *Figures*: the figures that match the filters. *Articles* and
*Publishers*: the articles and outlets they come from. *Forecasts*: figures that predict.
*Forecast horizon*: the earliest and latest years the forecasts look to. Every filter lists its
choices with the number of figures each would give under the other filters.

**Words.** *Publisher*: the outlet that printed the article. *Source*: who says the figure (a
person, company, report or survey); blank when the article says it in its own voice. *Measure*:
what the figure counts. *Claim type*: {", ".join(words(t) for t in CLAIM_TYPES)}. *Qualifier*:
{", ".join(words(q) for q in QUALIFIER_KINDS)} ("approx" is about, nearly, some). *Original article*: the
publisher's page.

**Impact statements.** Sentences that say what AI video will do to a sector or occupation
(animation, visual effects, screenwriting, acting, games …), with a direction — harm, benefit,
mixed, or little / none — who says it, and by when. The *Impacts* page shows them as a sector ×
direction matrix; click a dot to read its sentences.
""")


@st.cache_data(show_spinner="Scoring against the gold files…")
def gold_scores(db: str, version: data.Version) -> list[dict]:
    scorer = SHARED / "tools" / "score_claims.py"
    results = []
    for gold in sorted((SHARED / "gold").glob("*.csv")) if scorer.exists() else []:
        out = subprocess.run([sys.executable, str(scorer), db, str(gold)], capture_output=True, text=True,
                             timeout=60).stdout
        scores = dict(re.findall(r"^(\w+): ([\d.]+)$", out, re.MULTILINE))
        # a gold file scores only the articles it annotates: skip one about articles not built here
        if scores and float(scores.get("predicted", 0)) > 0:
            results.append({"gold file": gold.name, **{k: float(v) for k, v in scores.items()
                                                        if k not in ("gold", "gold_required", "predicted", "matched")}})
    return results


st.subheader("How accurate it is")
scores = gold_scores(version.path, version)
if scores:
    st.dataframe([{"answer key": row["gold file"].removesuffix("_claims.csv") + " articles",
                   **{words: f"{row[key]:.0%}" for key, words in SCORE_WORDS.items() if key in row}}
                  for row in scores], hide_index=True)
    st.caption("Each row compares this database with an answer key of hand-checked figures: the share of the "
               "key's figures found, the share of found figures that are real figures, and how often each "
               "field is right. The dev key covers twelve articles the extractor was never tuned on.")
else:
    st.caption("No answer keys of hand-checked figures are available on this server, so no scores to show.")
run = data.last_run(version)
if run:
    st.caption(f"Database built {run['finished_at']:%Y-%m-%d %H:%M}: {run['articles']:,} articles, "
               f"{run['claims']:,} figures, {run['skipped']:,} files skipped (extractor {run['extractor_version']}).")

log = data.review_log(version)
st.subheader("Analysts' reviews")
if log.empty:
    st.caption("No figure has been reviewed yet.")
else:
    counts = log["status"].value_counts()
    st.caption(", ".join(f"{n} {status}" for status, n in counts.items())
               + ". An orphaned review names a figure that is no longer in the database (its article changed).")
    st.dataframe(log, hide_index=True, key="review-log",
                 column_config={"reviewed_on": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
                                "claim_id": st.column_config.TextColumn("figure id")})
