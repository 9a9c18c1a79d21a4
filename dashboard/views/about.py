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
year, what it measures, and who says it (only a name the article itself uses as a name:
never a word that is capitalised just because it opens a sentence, a dateline or a pronoun),
and money is converted to US dollars at the yearly
average rate of the publication year (`data/fx_rates.csv`, U.S. IRS yearly average rates).

**Columns.**

| column | meaning |
| --- | --- |
| figure as written | the words of the article, exactly |
| value | the figure in its unit as a reader says it: "8.016 billion CNY", "75%", "3–4 years" |
| number, number to | the same as plain numbers (the low and high ends of a range), to sort and filter by |
| unit | `percent`, an ISO currency code, `count`, a time unit, or the unit's own name |
| measure | what the figure counts, in a few words ("Kling AI second-quarter revenue", "game developers who reported being laid off") |
| type | survey, jobs, box_office, cost, revenue, market_size, investment, stock_move, audience, capability, duration, other |
| who says it | the person, organisation, report, survey or data firm the article attributes the figure to; empty when the article states it in its own voice |
| subject | who says it when someone does, else what the figure is about |
| forecast, horizon | whether it predicts; the year it is about |
| qualifier | exact, approx, at_least, more_than, at_most, less_than, range |
| sentence | the whole sentence that holds the figure |

**Corroboration.** When several articles report the same figure in different words
("three-quarters of the respondents" and "75 percent said"; "nearly 204,000 positions" and
"more than 200,000 jobs"), the build groups them. Two figures from different articles are one
when their units compare (any duration in seconds, money in US dollars), their values fit
together once qualifiers and rounding are read as ranges ("nearly 204,000" allows about
183,000–225,000), their sentences share distinctive words, and no two different named sources
are involved. Reports of one thing whose values do not fit are grouped too and flagged as a
*disagreement*. On Explore, the *Corroboration* filter keeps corroborated, single-source or
disputed figures, the *sources* column says how many articles report each figure, and the
*Corroboration* tab shows each group's wordings side by side.

**Impact statements.** Sentences that say what AI video will do to a sector or occupation
(animation, VFX, equipment and leasing, photography, screenwriting, acting, directing, short
video, advertising, post-production, concept design, games, education, software, translation,
the film and TV industry as a whole, jobs in general), with a direction — *harm*, *benefit*,
*mixed*, or *little / none* ("will not be replaced", "little impact") — a strength where the
sentence states one ("devastating", "to a certain extent"), a hedge flag ("may", "should"), a
time frame ("in the short term", "in the next three years", "by 2030") and who said it. The
*Impacts* page shows them as a sector × direction matrix; click a dot to read its sentences.

**Reviews.** Analysts confirm, reject or correct figures in `data/reviews.csv` (columns
`claim_id, action, value, value_high, unit, qualifier, claim_type, is_forecast, horizon_year,
subject, source, measure, note, reviewer, date`); every build applies it. Claim ids are stable across rebuilds,
so reviews keep applying; one whose figure no longer exists is reported by the build, never
dropped silently. Rejected figures are hidden on Explore unless the *Review* filter asks for
them. *Review sheet* on Explore downloads the current selection pre-filled: fill in `action`,
save or append the rows to `data/reviews.csv`, and rebuild.

**Headline numbers on Explore.** *Figures*: claims matching the filters. *Articles* and
*Publishers*: distinct articles and outlets they come from (who states a figure is its
source, the *Who says it* filter). *Forecasts*: figures marked as
predictions. *Forecast horizon*: the earliest and latest horizon years among them.

**Add articles.** Put `.txt`, `.md` or `.html` files in `data/articles/`, optionally describe
them in `data/sources.csv` (`file`, `title`, `publisher`, `author`, `published`, `url`), then
run `make run`: the database is rebuilt when an article is newer than it, and this app
shows the new data without a restart.
""")

version = data.database_version()


@st.cache_data(show_spinner="Scoring against the gold files…")
def gold_scores(db: str, version: float) -> list[dict]:
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

log = data.run("review_log", version)
st.subheader("Reviews applied by the last build")
if log.empty:
    st.caption("No reviews yet: `data/reviews.csv` is missing or empty.")
else:
    counts = log["status"].value_counts()
    st.caption(", ".join(f"{n} {status}" for status, n in counts.items())
               + ". An orphaned review names a figure that is no longer in the database (its article changed).")
    st.dataframe(log, hide_index=True, key="review-log",
                 column_config={"reviewed_on": st.column_config.DateColumn("date", format="YYYY-MM-DD")})
