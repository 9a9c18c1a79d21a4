"""Chart builders: pure functions from a DataFrame to a plotly figure.

Every hover shows the figure as written, its source and the sentence it came from. A chart
with nothing to show says so in words instead of drawing empty axes.
"""
from __future__ import annotations

import textwrap

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

HEIGHT = 380


def empty(title: str, why: str = "No figures match the current filters for this chart.") -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=why, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                       font={"size": 14, "color": "#666"})
    fig.update_layout(title=title, height=HEIGHT, xaxis={"visible": False}, yaxis={"visible": False},
                      margin={"t": 60, "b": 20})
    return fig


def _wrap(text: str, width: int = 70, limit: int = 280) -> str:
    text = text if len(text) <= limit else text[:limit] + "…"
    return "<br>".join(textwrap.wrap(text, width))


def _hover(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["sentence_wrapped"] = df["sentence"].map(_wrap)
    return df


HOVER = ("<b>%{customdata[0]}</b><br>%{customdata[1]} · %{customdata[2]}<br><br>"
         "%{customdata[3]}<extra></extra>")


HOVER_COLUMNS = ["figure", "publisher", "subject", "sentence_wrapped"]


def _with_hover(fig: go.Figure) -> go.Figure:
    fig.update_traces(hovertemplate=HOVER)
    return _legend_below(fig)


def _legend_below(fig: go.Figure) -> go.Figure:
    fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.18, "x": 0, "title_text": "source"},
                      margin={"t": 60, "b": 40})
    return fig


def by_type_and_source(df: pd.DataFrame) -> go.Figure:
    title = "Figures by claim type and source"
    if df.empty:
        return empty(title)
    order = df.groupby("claim_type")["figures"].sum().sort_values(ascending=False).index.tolist()
    fig = px.bar(df, x="claim_type", y="figures", color="publisher", title=title,
                 category_orders={"claim_type": order}, height=HEIGHT,
                 labels={"claim_type": "claim type", "figures": "figures", "publisher": "source"})
    fig.update_layout(bargap=0.25)
    return _legend_below(fig)


def survey_percentages(df: pd.DataFrame) -> go.Figure:
    title = "Survey percentages, by source"
    if df.empty:
        return empty(title)
    df = _hover(df)
    df["label"] = df["figure"].str.slice(0, 40) + " — " + df["subject"].str.slice(0, 30)
    fig = px.bar(df, custom_data=HOVER_COLUMNS, x="value", y="label", color="publisher", orientation="h", title=title,
                 height=max(HEIGHT, 28 * len(df) + 120), labels={"value": "percent", "label": ""},
                 range_x=[0, 100])
    fig.update_yaxes(autorange="reversed")
    return _with_hover(fig)


def money_usd(df: pd.DataFrame) -> go.Figure:
    title = "Money figures in US dollars (log scale)"
    if df.empty:
        return empty(title)
    df = _hover(df)
    fig = px.strip(df, custom_data=HOVER_COLUMNS, x="value_usd", y="claim_type", color="publisher", title=title, log_x=True,
                   height=HEIGHT, labels={"value_usd": "US dollars", "claim_type": ""})
    fig.update_traces(marker={"size": 11, "opacity": 0.8})
    return _with_hover(fig)


def job_figures(df: pd.DataFrame) -> go.Figure:
    title = "Job figures"
    if df.empty:
        return empty(title)
    df = _hover(df)
    df["label"] = df["figure"].str.slice(0, 45)
    fig = px.bar(df, custom_data=HOVER_COLUMNS, x="value", y="label", color="publisher", orientation="h", title=title,
                 height=max(HEIGHT, 28 * len(df) + 120), labels={"value": "count (log scale)", "label": ""},
                 log_x=True)
    fig.update_yaxes(autorange="reversed")
    return _with_hover(fig)


def forecast_timeline(df: pd.DataFrame) -> go.Figure:
    title = "Forecasts by horizon year"
    if df.empty:
        return empty(title, "No forecast with a horizon year matches the current filters.")
    df = _hover(df)
    fig = px.strip(df, custom_data=HOVER_COLUMNS, x="horizon_year", y="claim_type", color="publisher", title=title, height=HEIGHT,
                   labels={"horizon_year": "horizon year", "claim_type": ""})
    fig.update_traces(marker={"size": 12, "opacity": 0.85})
    fig.update_xaxes(dtick=1)
    return _with_hover(fig)


def multi_source(df: pd.DataFrame) -> go.Figure:
    title = "The same figure reported by more than one article"
    if df.empty:
        return empty(title, "No figure in the current selection is reported by more than one article.")
    df = _hover(df)
    fig = px.bar(df, custom_data=HOVER_COLUMNS, x="value", y="group_label", color="publisher", barmode="group", orientation="h",
                 title=title, height=max(HEIGHT, 40 * df["group_label"].nunique() + 140),
                 labels={"value": "value as reported", "group_label": ""})
    return _with_hover(fig)
