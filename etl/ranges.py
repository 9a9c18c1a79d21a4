"""Ranges: two figures joined by "to", "-", "or", "between … and" become one with both ends
("three to four thousand" -> 3000-4000; "$10 to $15 billion"). Pure.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .drafts import Draft
from .lexicon import (
    AMOUNT_HEDGES,
    DIRECTION_DOWN,
    DIRECTION_UP,
    SECONDS_PER_UNIT,
)
from .numbers import scaled

# how far above a change "by" a figure after "to" must be to be the level reached, not a range's end
CHANGE_THEN_LEVEL_RATIO = 4.0
# ... and after a verb of movement with no "by", where a move's own range is rarer still
MOVE_THEN_LEVEL_RATIO = 2.0
_FROM_BEFORE_RE = re.compile(rf"\bfrom\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_RANGE_GAP_RE = re.compile(r"^\s*(?:-|–|—|to|or|and|to-|through|till|until)\s*$", re.IGNORECASE)


def merge_ranges(text: str, drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    i = 0
    while i < len(drafts):
        a = drafts[i]
        if i + 1 < len(drafts):
            b = drafts[i + 1]
            gap = text[a.end:b.start] if b.start >= a.end else None
            merged = _try_merge(text, a, b, gap) if gap is not None else None
            if merged:
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _try_merge(text: str, a: Draft, b: Draft, gap: str) -> Draft | None:
    if not _RANGE_GAP_RE.match(gap):
        return None
    connector = gap.strip().lower()
    left = text[max(0, a.start - 12):a.start].lower()
    if connector == "and" and not re.search(r"\bbetween\s+$", left):
        return None
    a_bare = a.unit == "count" and a.noun is None and not a.scaled
    last = text[a.start:a.end].rsplit(None, 1)[-1].lower()
    if connector == "to" and (last in DIRECTION_UP or last in DIRECTION_DOWN):
        return None  # "one million users fell to 500,000": a move to a new level, not a range
    if connector in ("to", "till", "until", "through") and re.search(r"\bby\s+$", left) and not a_bare \
            and not (a.unit == b.unit == "percent"):
        return None  # "increased by $43.6 billion to $419.2 billion": a change, then a level
    if connector == "to" and re.search(r"\bby\s+$", left) and (a_bare or a.unit == b.unit == "percent") \
            and b.unit in ("count", "percent") and a.value > 0 and b.value > CHANGE_THEN_LEVEL_RATIO * a.value:
        # "decreased by 1,214 to 37,000", "fell by 5% to 30%": a change, then a level far above it (the
        # ends of a range are near each other: "cut costs by 15% to 25%", "by 20 to 30 percent")
        return None
    verb = text[max(0, a.start - 20):a.start].split()[-1:]  # (the word right before the first end)
    if connector == "to" and verb and verb[0].lower() in DIRECTION_UP | DIRECTION_DOWN and a.value > 0 \
            and b.value > MOVE_THEN_LEVEL_RATIO * a.value:
        # "Shares rose $1.20 to $45.60", "will rise $3 to $10.99": a move, then the level it reaches (a range
        # of a move keeps its ends near: "expected to rise 10 to 15 cents")
        return None
    if a.core.kind == b.core.kind == "magnitude" and connector in ("to", "or", "-", "–", "—") \
            and a.unit == "count" and a.noun is None and a.value < b.value:
        # "tens of millions to hundreds of millions of won": from the first order to the second
        return Draft(core=a.core, start=a.start, end=b.end, value=a.value, value_high=b.value, unit=b.unit,
                     qualifier="range", noun=b.noun, per=b.per, scaled=True, currency_left=b.currency_left,
                     explicit_qualifier=a.explicit_qualifier)
    if a.value_high is not None or b.value_high is not None:
        return None
    if a.core.kind == b.core.kind == "fraction" and a.unit in (None, "percent") and b.unit == "percent" \
            and connector != "or":
        # "between a third and a half of that spending": a share between the two
        lo, hi = sorted((a.value * 100 if a.unit is None else a.value, b.value))
        return Draft(core=a.core, start=a.start, end=b.end, value=lo, value_high=hi, unit="percent",
                     qualifier="range", noun=b.noun, explicit_qualifier=a.explicit_qualifier)
    if a.explicit_qualifier and b.explicit_qualifier and a.qualifier != b.qualifier:
        return None  # "from about £40,000 a year to less than £15,000": two levels, each bounded its own way
    if a.core.kind in ("fraction", "magnitude", "multiplier", "vague") or b.core.kind in ("fraction", "magnitude", "multiplier", "vague"):
        return None
    if connector == "or" and a.core.kind == "article":
        return None
    # "three or four years", "10-15%", "$10 to $15 billion": the first end takes the
    # second's unit and scale; "$250-300 million", "Rs 250-300 crore": the second end takes the
    # first's currency, the first the second's scale.
    b_unit = a.unit if a.currency_left and b.unit == "count" and b.noun is None and b.scaled \
        and connector in ("-", "–", "—", "to") else b.unit
    if a.unit in SECONDS_PER_UNIT and b.unit in SECONDS_PER_UNIT and a.unit != b.unit \
            and SECONDS_PER_UNIT[a.unit] < SECONDS_PER_UNIT[b.unit]:
        # "between 90 seconds and three minutes": both ends in the first's unit, 90 to 180 seconds
        b = replace(b, value=b.value * SECONDS_PER_UNIT[b.unit] / SECONDS_PER_UNIT[a.unit], unit=a.unit)
        b_unit = a.unit
    if a.unit != b_unit and not a_bare and not (a.unit == "count" and a.noun is None and a.scaled and b.scaled):
        return None  # ("300 million to 500 million won": the first end takes the second's unit too)
    a_value = a.value
    if b.scaled and not a.scaled and a.noun is None:
        scale = _scale_of(b)
        if scale and abs(a.value) * scale <= abs(b.value) * 1.0001:
            a_value = scaled(a.value, scale)
    elif a_bare and b.unit in ("seconds", "minutes", "hours", "days", "weeks", "months", "years"):
        a_value = a.value * (b.value / b.core.value if b.core.value else 1.0)  # "three or four decades"
    if abs(a_value) > abs(b.value) * 1.0001 and connector != "or" \
            and not _FROM_BEFORE_RE.search(text, max(0, a.start - 40), a.start):
        # "The vote was 50 to 1", "won 3-1": a tally or a score; values run upwards in a range (a
        # change "from 600 artists to about 180" is written as one, as the rises "from … to …" are)
        return None
    lo, hi = sorted((a_value, b.value))
    return Draft(core=a.core, start=a.start, end=b.end, value=lo, value_high=hi, unit=b_unit,
                  qualifier="range", direction=a.direction or b.direction, noun=b.noun or a.noun,
                  per=b.per or a.per, scaled=b.scaled, currency_left=a.currency_left or b.currency_left,
                  explicit_qualifier=a.explicit_qualifier)


def range_follows(text: str, end: int) -> bool:
    return bool(re.match(r"\s*(?:-|–|to|or)\s*\w", text[end:end + 8]))


def _scale_of(d: Draft) -> float | None:
    if d.core.kind == "digits" and d.core.value:
        s = d.value / d.core.value
        return abs(s) if s else None
    if d.core.kind == "words":
        v = d.core.value
        for scale in (1e12, 1e9, 1e6, 1e3, 100):
            if v >= scale and v % scale == 0:
                return scale
    return None
