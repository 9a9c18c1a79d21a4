"""Chart builders: pure functions from a DataFrame to a plotly figure.

Every hover shows the figure as written, what it measures, who says it, the publisher and
the sentence it came from. A chart with nothing to show says so in words instead of drawing empty axes. Traces
are built with plotly's graph objects, one per source: plotly express does the same work
several times slower, which a page with six charts feels on every filter change.
"""
from __future__ import annotations

from collections import Counter

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from dashboard.format import words
from etl.lexicon import SECONDS_PER_UNIT

HEIGHT = 380
LEGEND_LINE = 22  # px a line of the legend takes
# A font the browser has itself: plotly sizes the margins by the page's web font, but an exported
# image is drawn without it, in a wider fallback that ran the longest labels off the left edge.
FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif"
EXPORT_WIDTH = 1200  # px: an exported image is drawn this wide, whatever the column on screen, so no label is cut


def export_config(file_name: str, figure: go.Figure) -> dict:
    """plotly's config for a chart's camera icon: the file's name, and a size that leaves room
    for every label and the credit line (on-screen sizes cut long labels in the image)."""
    return {"toImageButtonOptions": {"filename": file_name, "width": EXPORT_WIDTH,
                                     "height": figure.layout.height or HEIGHT, "scale": 2},
            "displaylogo": False}
PALETTE = qualitative.Plotly  # ten colours far apart; a chart names at most NAMED_PUBLISHERS
HOVER = ("<b>%{customdata[0]}</b> · %{customdata[2]}<br>said by %{customdata[3]} · in %{customdata[1]}"
         "%{customdata[5]}<br><br>%{customdata[4]}<extra></extra>")
# Figures an analyst confirmed or corrected are drawn as diamonds, the rest as dots.
REVIEWED = ("confirmed", "corrected")
REVIEWED_NOTE = "◆ checked by an analyst · ● not yet checked"
OWN_VOICE = "the article itself"


# A chart names at most this many publishers, each in its own colour; the rest share one grey
# entry: twenty colours in a stack cannot be told apart, and their legend squeezed the plot.
NAMED_PUBLISHERS = 7
OTHER_PUBLISHERS = "other publishers"
OTHER_COLOUR = "#b0b0b0"


def publisher_colours(df: pd.DataFrame) -> dict[str, str]:
    """Colours for the publishers with the most figures in `df` (a `publisher` column, and a
    `figures` count when it has one), a distinct one each; the page computes them once so a
    publisher has the same colour in all its charts. Publishers left out are drawn grey."""
    weights = df["figures"] if "figures" in df.columns else pd.Series(1, index=df.index)
    totals = weights.groupby(df["publisher"]).sum()
    return {publisher: PALETTE[i] for i, publisher in enumerate(_ranked(totals)[:NAMED_PUBLISHERS])}


def _ranked(totals: pd.Series) -> list[str]:
    """The index of `totals`, largest first, ties by name."""
    return [key for key, _ in sorted(totals.items(), key=lambda kv: (-kv[1], str(kv[0])))]


def _legend_name(publisher: str, colours: dict[str, str]) -> str:
    return publisher if publisher in colours else OTHER_PUBLISHERS


def _colour_of(name: str, colours: dict[str, str]) -> str:
    return colours.get(name, OTHER_COLOUR)


def empty(title: str, why: str = "No figures match the current filters for this chart.") -> go.Figure:
    return _figure([], {"title": {"text": title}, "height": HEIGHT, "margin": {"t": 60, "b": 20},
                        "xaxis": {"visible": False}, "yaxis": {"visible": False},
                        "annotations": [{"text": why, "x": 0.5, "y": 0.5, "xref": "paper", "yref": "paper",
                                         "showarrow": False, "font": {"size": 14, "color": "#666"}}]})


BARS = 25  # bar charts show the largest figures: more bars than this cannot be read


def _wrap(text: str, width: int = 70, limit: int = 280) -> str:
    """Break a sentence for a hover label at spaces, about every `width` characters (a cheap
    stand-in for textwrap, which costs too much over hundreds of points per chart)."""
    text = text if len(text) <= limit else text[:limit] + "…"
    lines, start = [], 0
    while len(text) - start > width:
        cut = text.rfind(" ", start, start + width)
        cut = cut if cut > start else start + width
        lines.append(text[start:cut])
        start = cut + 1
    lines.append(text[start:])
    return "<br>".join(lines)


def _chart(traces: list[dict], title: str, height: int, annotations: list[dict] = (), **layout) -> go.Figure:
    """A chart made in one go from its traces and layout (see `_figure`)."""
    # The legend sits at the foot of the figure, under the axis and its credit line: plotly
    # grows the bottom margin to fit it, however many lines it wraps to on a phone (above
    # the plot, a wrapped legend ran over the title). The figure grows with it, a line an
    # entry (long publisher names take a line each), so the legend never takes the plot's
    # own height; the other publishers' entry comes last.
    traces = sorted(traces, key=lambda t: t["name"] == OTHER_PUBLISHERS)
    entries = len({t["name"] for t in traces if t.get("showlegend", True)})
    return _figure(traces, {
        "title": {"text": title}, "height": height + LEGEND_LINE * entries,
        "margin": {"t": 50, "b": 40, "l": 10, "r": 10},
        "font": {"family": FONT}, "annotations": list(annotations),
        "legend": {"orientation": "h", "yref": "container", "yanchor": "bottom", "y": 0, "x": 0,
                   "title": {"text": "publisher"}},
        **layout})


def with_credit(fig: go.Figure, credit: str) -> go.Figure:
    """`fig` with a credit under its x axis ("Impact Claims · sources: … · date", then the link),
    which goes with it into every exported PNG or SVG. It is part of the axis title, so
    plotly makes room for it below the tick labels, however long they are. (A new figure
    from `fig`'s own data and layout, as `_figure` makes them: plotly's validated setters
    cost more than the chart's own building, on every filter change.)"""
    if not credit:
        return fig
    spec = fig.to_plotly_json()
    layout = dict(spec["layout"])
    axis = dict(layout.get("xaxis") or {})
    if axis.get("side") == "top":  # the axis is above the plot: the credit goes under it on its own
        layout["annotations"] = [*layout.get("annotations", ()), {
            "text": "<br>".join(_escape(part) for part in credit.split("\n")), "xref": "paper", "yref": "paper",
            "x": 1, "y": 0, "yshift": -12, "xanchor": "right", "yanchor": "top", "showarrow": False,
            "align": "right", "font": {"size": 10, "color": "#666"}}]
        return _figure(spec["data"], layout)
    title = axis.get("title") or {}
    title = dict(title) if isinstance(title, dict) else {"text": title}
    line = "<br>".join(f"<span style='font-size:10px;color:#666'>{_escape(part)}</span>"
                       for part in credit.split("\n"))
    title["text"] = f"{title['text']}<br>{line}" if title.get("text") else line
    if axis.get("visible") is False:  # an empty chart's hidden axis: show only the credit
        axis.update(showticklabels=False, showgrid=False, zeroline=False, showline=False)
    layout["xaxis"] = {**axis, "title": title, "automargin": True, "visible": True}
    return _figure(spec["data"], layout)


def _escape(text: str) -> str:
    """Text for plotly's label markup, which reads a few HTML tags: shown as written."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def count_axis(title: str, largest) -> dict:
    """An axis of whole counts: ticks on whole numbers only (no "0.5 figures")."""
    axis = {"title": {"text": title}, "tickformat": ",d", "rangemode": "tozero"}
    if largest is not None and largest <= 10:
        axis["dtick"] = 1
    return axis


def _figure(traces: list[dict], layout: dict | None = None) -> go.Figure:
    """A figure from trace dicts this module built, without plotly's property-by-property
    validation (`_validate=False`): it checks nothing our own code could get wrong that the
    tests and the browser tests do not, and it took three quarters of each chart's time
    (17 ms of 22 for 300 dots), on every filter change."""
    return go.Figure(data=traces, layout=layout, _validate=False)


def _by_publisher(df: pd.DataFrame, kind: str, x: str, y: str, colours: dict[str, str] | None = None,
                  **kwargs) -> list[dict]:
    """One trace (a plotly trace dict of type `kind`) per named publisher, in order of appearance,
    and one for the others (`colours`: see publisher_colours), with the figure's words in the
    hover, its own publisher's name included. (Read as plain columns: pandas' per-column
    machinery cost more than the rest of a 300-dot chart.)"""
    colours = publisher_colours(df) if colours is None else colours
    col = {name: df[name].tolist() for name in ("figure", "publisher", "measure", "subject", "source", "sentence",
                                                "review_status")}
    xs, ys = df[x].tolist(), df[y].tolist()
    rows: dict[str, list[int]] = {}
    for i, publisher in enumerate(col["publisher"]):
        rows.setdefault(_legend_name(publisher, colours), []).append(i)
    traces = []
    for publisher, part in rows.items():
        custom = [[_escape(col["figure"][i]), col["publisher"][i],
                   _escape(_text(col["measure"][i]) or _text(col["subject"][i])),
                   _escape(_text(col["source"][i]) or OWN_VOICE), _escape(_wrap(col["sentence"][i])),
                   f"<br>{col['review_status'][i]} by an analyst" if col["review_status"][i] in REVIEWED else ""]
                  for i in part]
        style = dict(kwargs)
        style["marker"] = {**kwargs.get("marker", {}), "color": _colour_of(publisher, colours)}
        if "marker" in kwargs:  # dots: a reviewed figure is a diamond
            style["marker"]["symbol"] = ["diamond" if col["review_status"][i] in REVIEWED else "circle" for i in part]
        traces.append({"type": kind, "x": [xs[i] for i in part], "y": [ys[i] for i in part],
                       "name": _escape(publisher), "customdata": custom, "hovertemplate": HOVER, **style})
    return traces


def _text(value) -> str:
    """A text cell as text: "" for a missing one (None, or NaN from a data frame)."""
    return "" if value is None or value != value else str(value)


def _spread(df: pd.DataFrame, x: str, y: str) -> tuple[pd.DataFrame, dict]:
    """Dots that would sit on one another (the same x in the same row) spread across their
    row, so nine forecasts show as nine dots. Returns the frame with a numeric `row_y` and
    the y axis that labels the rows."""
    ys = df[y].tolist()
    rows = list(dict.fromkeys(ys))
    row_of = {row: i for i, row in enumerate(rows)}
    keys = [f"{a}\0{b}" for a, b in zip(df[x].tolist(), ys, strict=True)]
    n = Counter(keys)
    seen: Counter = Counter()
    row_y = []
    for key, row in zip(keys, ys, strict=True):
        step = min(0.7 / n[key], 0.22)
        row_y.append(row_of[row] + (seen[key] - (n[key] - 1) / 2) * step)
        seen[key] += 1
    out = df.assign(row_y=row_y)
    return out, {"tickvals": list(range(len(rows))), "ticktext": rows, "range": [len(rows) - 0.5, -0.5],
                 "title": {"text": ""}, "automargin": True, "showgrid": False}


def _points_note(df: pd.DataFrame, what: str, left_out: str = "") -> dict:
    """How many figures the chart draws, those it leaves out, and what the marker shapes mean
    (an annotation above the plot)."""
    n = len(df)
    text = f"{n:,} {what}{'s' * (n != 1)}" + (f" ({left_out})" if left_out else "")
    if df["review_status"].isin(REVIEWED).any():
        text += " · " + REVIEWED_NOTE
    return {"text": text, "xref": "paper", "yref": "paper", "x": 1, "y": 1, "showarrow": False,
            "xanchor": "right", "yanchor": "bottom", "font": {"size": 11, "color": "#666"}}


def by_type_and_source(df: pd.DataFrame, colours: dict[str, str] | None = None) -> go.Figure:
    title = "Figures by claim type and publisher"
    if df.empty:
        return empty(title)
    colours = publisher_colours(df) if colours is None else colours
    df = df.assign(claim_type=df["claim_type"].map(words),
                   publisher=df["publisher"].map(lambda p: _legend_name(p, colours)))
    df = df.groupby(["publisher", "claim_type"], as_index=False)["figures"].sum()
    # (bars, stacks and legend in an order of the data alone, the most figures first, ties by name: the same
    # selection draws the same chart whatever order its rows came in)
    order = _ranked(df.groupby("claim_type")["figures"].sum())
    parts = dict(tuple(df.groupby("publisher")))
    traces = [{"type": "bar", "x": parts[publisher]["claim_type"].tolist(), "y": parts[publisher]["figures"].tolist(),
               "name": _escape(publisher), "marker": {"color": _colour_of(publisher, colours)},
               "hovertemplate": "%{x}: %{y} figures<extra>%{fullData.name}</extra>"}
              for publisher in sorted(_ranked(df.groupby("publisher")["figures"].sum()),
                                      key=lambda name: name == OTHER_PUBLISHERS)]  # (the grey rest last)
    return _chart(traces, title, HEIGHT, barmode="stack", bargap=0.25,
                   xaxis={"categoryorder": "array", "categoryarray": order, "tickangle": -35},
                   yaxis=count_axis("figures", df.groupby("claim_type")["figures"].sum().max()))


def _labels(df: pd.DataFrame, width: int = 40) -> pd.Series:
    """A row's label: the figure as written and what it measures, cut short enough to leave
    the plot most of the chart ("nearly 204,000 positions — positions"); the hover has it all."""
    what = df["measure"].fillna(df["subject"]).fillna("")
    return df["figure"].map(lambda t: _cut(t, width)) + " — " + what.map(lambda t: _cut(t, 30))


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


ROW = 44  # px per labelled row: its words above, its mark below


def _labelled_rows(df: pd.DataFrame, title: str, kind: str, xaxis: dict, colours: dict[str, str] | None = None,
                   **kwargs) -> go.Figure:
    """The largest figures a row each, most first: the figure's words written above its mark,
    across the chart's width (as tick labels they took half the chart and were cut on a
    phone), one colour per publisher."""
    df = df.head(BARS).reset_index(drop=True)
    df = df.assign(row=range(len(df)), label=_labels(df))
    return _chart(_by_publisher(df, kind, "value", "row", colours, **kwargs), title, ROW * len(df) + 190,
                  annotations=_row_labels(df["label"], 15), xaxis=xaxis,
                  yaxis={"visible": False, "range": [len(df) - 0.5, -0.9]})


def _row_labels(labels, shift: int) -> list[dict]:
    """Each row's words above it, at the plot's left edge."""
    return [{"text": _escape(label), "x": 0, "xref": "paper", "y": row, "yref": "y", "yshift": shift,
             "xanchor": "left", "showarrow": False, "font": {"size": 11, "color": "#555"}}
            for row, label in enumerate(labels)]


def _ranked_bars(df: pd.DataFrame, title: str, xaxis: dict, colours: dict[str, str] | None = None) -> go.Figure:
    if df.empty:
        return empty(title)
    return _labelled_rows(df, title, "bar", xaxis, colours, orientation="h", width=0.4)


def survey_percentages(df: pd.DataFrame, colours: dict[str, str] | None = None) -> go.Figure:
    return _ranked_bars(df, "Survey results: percent of those asked", {"title": {"text": "percent of those asked"},
                                                                         "range": [0, 100], "ticksuffix": "%"}, colours)


def money_usd(df: pd.DataFrame, colours: dict[str, str] | None = None) -> go.Figure:
    title = "Money figures in US dollars (log scale)"
    if df.empty:
        return empty(title)
    df, yaxis = _spread(df.assign(claim_type=df["claim_type"].map(words)), "value_usd", "claim_type")
    traces = _by_publisher(df, "scatter", "value_usd", "row_y", colours, mode="markers",
                           marker={"size": 11, "opacity": 0.8})
    return _chart(traces, title, HEIGHT, annotations=[_points_note(df, "figure")],
                  xaxis={"type": "log", "title": {"text": "US dollars (log scale)"}}, yaxis=yaxis)


def job_figures(df: pd.DataFrame, colours: dict[str, str] | None = None) -> go.Figure:
    """Dots, not bars: the counts run from a handful to hundreds of thousands, which only a log
    axis shows, and on a log axis the length of a bar means nothing."""
    title = "Job figures (log scale)"
    if df.empty:
        return empty(title)
    return _labelled_rows(df, title, "scatter", {"type": "log", "title": {"text": "count (log scale)"}}, colours,
                          mode="markers", marker={"size": 11, "opacity": 0.85})


def forecast_timeline(df: pd.DataFrame, without_year: int = 0, colours: dict[str, str] | None = None) -> go.Figure:
    """Forecasts at their horizon year; those that name no year are counted under the chart,
    not dropped in silence."""
    title = "Forecasts by horizon year"
    left_out = (f"{without_year} more without a year {'are' if without_year != 1 else 'is'} not drawn"
                if without_year else "")
    if df.empty:
        return empty(title, "No forecast with a horizon year matches the current filters."
                     + (f" ({left_out}.)" if left_out else ""))
    df, yaxis = _spread(df.assign(claim_type=df["claim_type"].map(words)), "horizon_year", "claim_type")
    traces = _by_publisher(df, "scatter", "horizon_year", "row_y", colours, mode="markers",
                           marker={"size": 12, "opacity": 0.85})
    return _chart(traces, title, HEIGHT, annotations=[_points_note(df, "forecast", left_out)],
                  xaxis={"title": {"text": "the year the forecast looks to"}, "dtick": 1, "tickformat": "d"},
                  yaxis=yaxis)


def _in_group_unit(value: float, unit: str, group_unit: str) -> float:
    """A member's value in its group's unit ("one minute" in a group of seconds is 60)."""
    if unit != group_unit and unit in SECONDS_PER_UNIT and group_unit in SECONDS_PER_UNIT:
        return value * SECONDS_PER_UNIT[unit] / SECONDS_PER_UNIT[group_unit]
    return value


def multi_source(df: pd.DataFrame, colours: dict[str, str] | None = None) -> go.Figure:
    """Each corroboration group on a row, each source's report as a bar: its value as a share
    of the group's value, so agreement reads as bars at 100 % and disagreement stands out,
    whatever the size of the numbers."""
    title = "Same figure, several articles (% of the group's value)"
    if df.empty:
        return empty(title, "No figure in the current selection is reported by more than one article.")
    share = [100 * _in_group_unit(v, u, gu) / g if g else None
             for v, u, gu, g in zip(df["value"], df["unit"], df["group_unit"], df["group_value"], strict=True)]
    groups = list(dict.fromkeys(df["group_label"]))
    df = df.assign(share=share, row=df["group_label"].map({label: i for i, label in enumerate(groups)}))
    return _chart(_by_publisher(df, "bar", "share", "row", colours, orientation="h"), title, 60 * len(groups) + 190,
                  annotations=_row_labels(groups, 22),  # the group's words above its bars
                  barmode="group", bargap=0.45,
                  xaxis={"title": {"text": "reported value, % of the group's value"}, "ticksuffix": "%"},
                  yaxis={"visible": False, "range": [len(groups) - 0.5, -0.9]})


DIRECTION_ORDER = ("harm", "mixed", "none", "benefit")
DIRECTION_COLOURS = {"harm": "#c0392b", "mixed": "#e6a23c", "none": "#8c8c8c", "benefit": "#2e8b57"}
DIRECTION_LABELS = {"harm": "harm", "mixed": "mixed", "none": "little / none", "benefit": "benefit"}


def impact_matrix(df: pd.DataFrame) -> go.Figure:
    """Sectors down, directions across, a dot per cell sized by its number of statements.
    Each dot's customdata is (sector label, direction) so a click can open its sentences."""
    title = "Statements by sector and direction"
    if df.empty:
        return empty(title, "No impact statement matches the current filters.")
    totals = df.groupby("sector_label")["statements"].sum().sort_values()
    biggest = df["statements"].max()
    traces = []
    for direction in DIRECTION_ORDER:
        part = df[df["direction"] == direction]
        if part.empty:
            continue
        traces.append({
            "type": "scatter", "x": [DIRECTION_LABELS[direction]] * len(part), "y": part["sector_label"].tolist(),
            "mode": "markers+text", "text": part["statements"].tolist(), "textposition": "middle center",
            "textfont": {"color": "white", "size": 11},
            # at most 30 px: four columns of them still stand apart on a 390 px phone
            "marker": {"size": (14 + 16 * (part["statements"] / biggest) ** 0.5).tolist(),
                       "color": DIRECTION_COLOURS[direction], "opacity": 0.9},
            "customdata": part[["sector_label", "direction", "statements", "articles", "speakers"]].to_numpy(),
            "hovertemplate": "<b>%{y}</b> · %{x}<br>%{customdata[2]} statements in %{customdata[3]} articles, "
                             "by %{customdata[4]} named speakers<br>click to read them<extra></extra>",
            "name": DIRECTION_LABELS[direction], "showlegend": False})
    fig = _figure(traces)
    fig.update_layout(title=title, height=max(HEIGHT, 34 * len(totals) + 180),
                      margin={"t": 60, "b": 70, "l": 10, "r": 10}, font={"family": FONT}, clickmode="event+select",
                      xaxis={"categoryorder": "array", "side": "top", "title": "",
                             "categoryarray": [DIRECTION_LABELS[d] for d in DIRECTION_ORDER],
                             "range": [-0.5, len(DIRECTION_ORDER) - 0.5]},  # every direction, even an empty one
                      yaxis={"categoryorder": "array", "categoryarray": totals.index.tolist(), "title": "",
                             "automargin": True})
    return fig
