"""Numerals: find the numeric core of every quantity and read its value.

A core is digits ("204,000", "8.016", "1,20,000", ".5"), a run of number words ("three",
"twenty-eight thousand six hundred forty-two", "one and a half"), a fraction ("1/3",
"three-quarters", "a third", "one in five"), an order of magnitude ("thousands",
"tens of millions"), a multiplier ("sixfold") or the article "a"/"an" before a time unit
("a week"). Pure functions, no state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (FRACTION_WORDS, MULTIPLIER_WORDS, PLURAL_MAGNITUDES, SCALES,
                      SMALL_NUMBERS, TIME_UNITS)


@dataclass(frozen=True, slots=True)
class Core:
    start: int
    end: int
    value: float
    kind: str  # digits | words | fraction | magnitude | multiplier | article
    value_high: float | None = None


_WORD = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
_SCALE = "hundred|thousand|million|billion|trillion"
_WORDNUM = rf"(?:{_WORD})(?:-(?:{_WORD}))?"
WORD_NUMBER_RE = re.compile(
    rf"\b(?:(?:a|an)\s+(?:{_SCALE}|dozen)\b|{_WORDNUM}(?:(?:\s+|-)(?:and\s+)?(?:{_WORDNUM}|{_SCALE}|dozen)\b)*)"
    rf"(?:\s+and\s+a\s+half)?\b|\ba\s+dozen\b|\bdozens\b",
    re.IGNORECASE,
)
DIGITS_RE = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,]\d)|\d+)(?:\.\d+)?"
    r"|(?<![\w.,])\.\d+"
)
_FRAC_NAME = "|".join(sorted(FRACTION_WORDS, key=len, reverse=True))
FRACTION_RE = re.compile(
    rf"\b(?:(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<den>{_FRAC_NAME})"
    rf"|(?P<half>half)"
    rf"|(?P<n1>one|two|three|four|five|\d{{1,2}})\s+(?:in|out\s+of)\s+(?P<n2>two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})"
    rf")\b"
    r"|(?<![\w/.])(?P<dn>\d{1,3})\s?[/⁄]\s?(?P<dd>\d{1,3})(?![\w/.])",
    re.IGNORECASE,
)
MAGNITUDE_RE = re.compile(
    r"\b(?:(?P<lead>tens|hundreds|dozens)\s+of\s+)?(?P<mag>hundreds|thousands|millions|billions|trillions)\b",
    re.IGNORECASE,
)
MULTIPLIER_RE = re.compile(r"\b(?:" + "|".join(MULTIPLIER_WORDS) + r")\b", re.IGNORECASE)
_TIME_WORDS = "|".join(sorted((w for w in TIME_UNITS if len(w) > 3), key=len, reverse=True))
ARTICLE_TIME_RE = re.compile(rf"\b(?:a|an)(?=\s+(?:{_TIME_WORDS})\b)", re.IGNORECASE)


def word_number_value(phrase: str) -> float | None:
    """Value of a run of number words: "twenty-eight thousand six hundred forty-two" -> 28642."""
    words = re.split(r"[\s-]+", phrase.lower().strip())
    total = 0.0
    current = 0.0
    seen = False
    half = False
    if words[-3:] == ["and", "a", "half"]:
        half = True
        words = words[:-3]
    for w in words:
        if w in ("and",):
            continue
        if w in ("a", "an"):
            current = max(current, 1)
            seen = True
        elif w in SMALL_NUMBERS:
            current += SMALL_NUMBERS[w]
            seen = True
        elif w == "dozen" or w == "dozens":
            current = (current or 1) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    value = total + current
    return value + 0.5 if half else value


def parse_digits(s: str) -> float:
    return float(s.replace(",", ""))


def _fraction_value(m: re.Match) -> float | None:
    if m.group("half"):
        return 0.5
    if m.group("den"):
        num = m.group("num").lower()
        n = 1 if num in ("a", "an") else SMALL_NUMBERS[num]
        den_word = m.group("den").lower()
        if n > 1 and not den_word.endswith("s") and den_word != "half":
            return None  # "two quarter" is not a fraction
        a, b = FRACTION_WORDS[den_word]
        return n * a / b
    if m.group("n1"):
        n1, n2 = m.group("n1").lower(), m.group("n2").lower()
        a = float(n1) if n1.isdigit() else SMALL_NUMBERS[n1]
        b = float(n2) if n2.isdigit() else SMALL_NUMBERS[n2]
        return a / b if 0 < a < b else None
    a, b = int(m.group("dn")), int(m.group("dd"))
    return a / b if 0 < a < b else None


def find_cores(text: str) -> list[Core]:
    """Every numeric core in the text, earliest first, overlaps resolved to the longest."""
    found: list[Core] = []
    for m in FRACTION_RE.finditer(text):
        v = _fraction_value(m)
        if v is not None:
            found.append(Core(m.start(), m.end(), v, "fraction"))
    for m in MAGNITUDE_RE.finditer(text):
        base = PLURAL_MAGNITUDES[m.group("mag").lower()]
        lead = (m.group("lead") or "").lower()
        if lead == "dozens":
            base *= 24
        elif lead:
            base *= PLURAL_MAGNITUDES[lead]
        found.append(Core(m.start(), m.end(), base, "magnitude", base * 10))
    for m in MULTIPLIER_RE.finditer(text):
        found.append(Core(m.start(), m.end(), MULTIPLIER_WORDS[m.group().lower()], "multiplier"))
    for m in WORD_NUMBER_RE.finditer(text):
        phrase = m.group()
        low = phrase.lower()
        if low == "dozens":
            found.append(Core(m.start(), m.end(), 24, "magnitude"))
            continue
        v = word_number_value(phrase)
        if v is not None:
            found.append(Core(m.start(), m.end(), v, "words"))
    for m in ARTICLE_TIME_RE.finditer(text):
        found.append(Core(m.start(), m.end(), 1, "article"))
    for m in DIGITS_RE.finditer(text):
        found.append(Core(m.start(), m.end(), parse_digits(m.group()), "digits"))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    cores: list[Core] = []
    last_end = -1
    for c in found:
        if c.start >= last_end:
            cores.append(c)
            last_end = c.end
    return cores
