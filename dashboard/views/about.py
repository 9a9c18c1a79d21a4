"""About: what the data is, how figures are found and normalised, what each column means,
how well extraction scores, how to add articles."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import streamlit as st

from dashboard import data, queries

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

st.title("About Impact Claims")
st.markdown("""
**What this is.** Every figure and forecast in news articles about AI video and the film and TV
industry — survey percentages, job numbers, box office, costs, market sizes, stock moves,
durations — each tied to the exact sentence and article it came from.

**How figures are found.** A rule-based extractor (`etl/`) reads each article, finds every
number (digits, number words, fractions, "thousands of"), reads its unit, scale, qualifier and
direction from the words around it, joins ranges, and leaves out dates, years, times, ordinals,
IDs, titles and set phrases. Each figure then gets a claim type, a forecast flag and horizon
year, and the source it is attributed to, and money is converted to US dollars at the yearly
average rate of the publication year (`data/fx_rates.csv`, U.S. IRS yearly average rates).

**Columns.**

| column | meaning |
| --- | --- |
| figure as written | the words of the article, exactly |
| value | the figure in its unit as a reader says it: "8.016 billion CNY", "75%", "3–4 years" |
| number, number to | the same as plain numbers (the low and high ends of a range), to sort and filter by |
| unit | `percent`, an ISO currency code, `count`, a time unit, or the unit's own name |
| type | survey, jobs, box_office, cost, revenue, market_size, investment, stock_move, audience, capability, duration, other |
| subject | who the figure is attributed to, else what it is about |
| forecast, horizon | whether it predicts; the year it is about |
| qualifier | exact, approx, at_least, more_than, at_most, less_than, range |
| sentence | the whole sentence that holds the figure |

**Headline numbers on Explore.** *Figures*: claims matching the filters. *Articles* and
*Sources*: distinct articles and publishers they come from. *Forecasts*: figures marked as
predictions. *Forecast horizon*: the earliest and latest horizon years among them.

**Add articles.** Put `.txt`, `.md` or `.html` files in `data/articles/`, optionally describe
them in `data/sources.csv` (`file`, `title`, `publisher`, `author`, `published`, `url`), then
run `make run`: the database is rebuilt when an article is newer than it, and this app
shows the new data without a restart.
""")

version = data.db_version()
if version is None:
    data.missing_database_message()
    st.stop()


@st.cache_data(show_spinner="Scoring against the gold files…")
def gold_scores(db: str, version: float) -> list[dict]:
    scorer = SHARED / "tools" / "score_claims.py"
    results = []
    for gold in sorted((SHARED / "gold").glob("*.csv")) if scorer.exists() else []:
        out = subprocess.run([sys.executable, str(scorer), db, str(gold)], capture_output=True, text=True,
                             timeout=60).stdout
        scores = dict(re.findall(r"^(\w+): ([\d.]+)$", out, re.MULTILINE))
        if scores:
            results.append({"gold file": gold.name, **{k: float(v) for k, v in scores.items()
                                                        if k not in ("gold", "gold_required", "predicted", "matched")}})
    return results


st.subheader("Extraction scores")
scores = gold_scores(str(queries.DEFAULT_DB), version)
if scores:
    st.dataframe(scores, hide_index=True)
    st.caption("Computed now, on this database, by `../shared/tools/score_claims.py` against each gold file.")
else:
    st.caption("No gold files found beside this project (`../shared/gold/`), so no scores to show.")
run = data.run("last_run", version)
if run:
    st.caption(f"Database built {run['finished_at']:%Y-%m-%d %H:%M}: {run['articles']} articles, "
               f"{run['claims']} figures, {run['skipped']} files skipped (extractor {run['extractor_version']}).")
