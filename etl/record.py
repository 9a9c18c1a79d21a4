"""The claim record, declared once.

`Claim` is what the extractor returns for a figure. Its fields, with their SQL types, give
the `claims` table's columns (etl.store), the fields of `extract --jsonl` and the columns
of every download (dashboard.queries) — nothing else lists them. `derived` computes the
values that follow from a figure's value and unit (unit family, US dollars, value key),
for the extractor and again after a review corrects a figure.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

from .lexicon import CURRENCY_CODES, TIME_UNIT_NAMES


def _col(sql: str, jsonl: bool = True, stored: bool = True):
    return field(metadata={"sql": sql, "jsonl": jsonl, "stored": stored})


@dataclass(frozen=True, slots=True)
class Claim:
    char_start: int = _col("INTEGER")
    char_end: int = _col("INTEGER")
    surface: str = _col("VARCHAR")  # the figure as written
    value: float = _col("DOUBLE")
    value_high: float | None = _col("DOUBLE")
    unit: str = _col("VARCHAR")
    unit_family: str = _col("VARCHAR")
    qualifier: str = _col("VARCHAR")
    direction: str | None = _col("VARCHAR")
    noun: str | None = _col("VARCHAR")  # what is counted, or what a percentage is of
    per: str | None = _col("VARCHAR")  # a rate: "199 yuan a copy" -> copy
    claim_type: str = _col("VARCHAR")
    is_forecast: bool = _col("BOOLEAN")
    horizon_year: int | None = _col("INTEGER")
    source: str | None = _col("VARCHAR")  # who states it; None in the article's own voice
    measure: str | None = _col("VARCHAR")  # what it counts, readable on its own
    subject: str | None = _col("VARCHAR")  # the source when there is one, else the measure
    sentence: str = _col("VARCHAR")
    sentence_start: int = _col("INTEGER")
    is_figure: bool = _col("BOOLEAN", stored=False)
    value_usd: float | None = _col("DOUBLE")

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in CLAIM_FIELDS}  # asdict() deep-copies: slow


CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
JSONL_FIELDS = tuple(f.name for f in fields(Claim) if f.metadata["jsonl"])
# the claims table: who the claim belongs to, the record, then what the build adds
CLAIM_COLUMNS = {
    "claim_id": "VARCHAR", "article_id": "VARCHAR", "source_file": "VARCHAR",
    **{f.name: f.metadata["sql"] for f in fields(Claim) if f.metadata["stored"]},
    # copied from the article so the dashboard filters and groups without a join
    "publisher": "VARCHAR", "published": "DATE",
    # the value to two significant digits with its unit ("count:2.0e5"): the same figure
    # quoted by several sources shares it
    "value_key": "VARCHAR",
    # the corroboration group (claim_groups) when other articles report the same figure
    "group_id": "VARCHAR",
    # the analyst review applied from data/reviews.csv: confirmed | rejected | corrected
    "review_status": "VARCHAR", "review_note": "VARCHAR", "reviewer": "VARCHAR",
    "reviewed_on": "DATE",
}
# the columns of the table and of every download, in order (dashboard.queries selects them)
EXPORT_FIELDS = ("claim_id", "surface", "value", "value_high", "unit", "unit_family", "noun",
                 "per", "qualifier", "direction", "claim_type", "measure", "source", "subject",
                 "is_forecast", "horizon_year", "value_usd", "publisher", "published", "title",
                 "url", "article_id", "source_file", "char_start", "char_end", "sentence",
                 "group_id", "review_status", "review_note", "reviewer", "reviewed_on")


def unit_family(unit: str) -> str:
    if unit in ("percent", "percentage point", "basis point"):
        return "percent"
    if unit in CURRENCY_CODES or unit in ("cent", "pence", "sen"):
        return "money"
    if unit in TIME_UNIT_NAMES:
        return "time"
    if unit == "count":
        return "count"
    return "other"


def value_key(value: float, unit: str) -> str:
    """The value to two significant digits with its unit: "204,000 positions" and "more than
    200,000 jobs" both key as "count:2.0e5"."""
    if value == 0:
        return f"{unit}:0"
    return f"{unit}:{float(f'{value:.2g}'):.1e}"


def derived(value: float, unit: str, year: int | None, rates) -> dict:
    """What follows from a figure's value and unit: unit family, US dollars, value key."""
    family = unit_family(unit)
    usd = None
    if family == "money" and unit in CURRENCY_CODES:
        usd = value if unit == "USD" else (rates.to_usd(value, unit, year) if rates is not None else None)
    return {"unit_family": family, "value_usd": usd, "value_key": value_key(value, unit)}
