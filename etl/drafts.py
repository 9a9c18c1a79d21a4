"""The working record of a quantity while its context is read (etl.quantities, etl.units,
etl.ranges): a numeric core and what has been read around it so far."""
from __future__ import annotations

from dataclasses import dataclass

from .numbers import Core


@dataclass(slots=True)
class Draft:
    core: Core
    start: int
    end: int
    value: float
    value_high: float | None = None
    unit: str | None = None
    qualifier: str = "exact"
    direction: str | None = None
    noun: str | None = None
    per: str | None = None
    scaled: bool = False
    ratio: bool = False  # "three times as many": a multiple of another amount, like "threefold"  # a magnitude word or suffix was read
    currency_left: bool = False
    temporal_ref: bool = False
    fraction_of: bool = False
    explicit_qualifier: bool = False
    rhetorical: bool = False  # "hundreds of years of history": an idiom of a long time, no measurement
    half_added: bool = False  # "a year and a half": an amount, where "a year" alone is vague
    signed: bool = False  # a plus or minus sign, or the word, was read before the number
