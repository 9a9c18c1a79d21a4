"""Numbers as people read them. Pure."""
from __future__ import annotations

import math

import pandas as pd

from etl.lexicon import TIME_UNIT_NAMES

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_UNIT_WORDS = {"percent": "%", "count": "", "percentage point": " percentage points"}


def words(token) -> str:
    """A stored vocabulary value as words: "box_office" -> "box office", "more_than" -> "more
    than"; empty for a missing one (never "None")."""
    if token is None or (isinstance(token, float) and math.isnan(token)):
        return ""
    return str(token).replace("_", " ")


def number(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{value / scale:,.4g} {word}"
    return f"{value:,.6g}" if abs(value) >= 1000 else f"{value:.6g}"


def value_with_unit(value: float | None, high: float | None, unit: str | None) -> str:
    """"8.016 billion CNY", "75%", "3–4 years", "1–10 billion"."""
    text = number(value)
    if high is not None and not (isinstance(high, float) and math.isnan(high)):
        text = f"{text}–{number(high)}"
    unit = unit or ""
    if unit in TIME_UNIT_NAMES and value == 1 and (high is None or (isinstance(high, float) and math.isnan(high))):
        unit = unit[:-1]  # "1 minute", not "1 minutes"
    suffix = _UNIT_WORDS.get(unit, f" {unit}")
    return f"{text}{suffix}".strip()


def format_sources(articles, disagreement) -> str:
    """The table's "sources" cell: "1" for a single-source figure, "2 ✓" when two articles
    agree, "3 ⚠" when their values disagree."""
    if articles is None or pd.isna(articles):  # in no group
        return "1"
    disputed = disagreement is not None and not pd.isna(disagreement) and bool(disagreement)
    return f"{int(articles)} {'⚠' if disputed else '✓'}"


_MARKDOWN_SPECIAL = "\\`*_{}[]()#+-.!|<>:~$"


def escape_markdown(text: str) -> str:
    """Text from an article, safe inside st.markdown: every markup character escaped."""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in str(text))


def year_span(first, last) -> str:
    """"2027–2030", "2027" when both ends are one year, "–" when there is none."""
    if first is None or (isinstance(first, float) and math.isnan(first)):
        return "–"
    return str(int(first)) if first == last else f"{int(first)}–{int(last)}"
