"""Units and currencies: what stands right before or after a number ("US$", "yuan",
"percent", "years", "km", "barrels a day"), read into a Draft. Pure; no claims.
"""
from __future__ import annotations

import re

from .drafts import Draft
from .lexicon import (
    ANNUAL_WORDS,
    CASE_SENSITIVE_UNITS,
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    GLUED_ONLY_UNITS,
    MAGNITUDE_SUFFIXES,
    MINOR_CURRENCY,
    PERCENT_WORDS,
    PHYSICAL_UNITS,
    QUALIFIERS,
    SCALED_CURRENCY_LETTERS,
    TIME_UNIT_MODIFIERS,
    TIME_UNITS,
)
from .patterns import trie_pattern


# --- context readers ---------------------------------------------------------------------
def _alternation(words, boundary=True) -> str:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        p = re.escape(w).replace(r"\ ", r"\s+")
        if boundary and w[-1].isalnum():
            p += r"\b"
        parts.append(p)
    return "|".join(parts)


# the words of a share, from lexicon.PERCENT_WORDS, longest first ("per cent" also written "percent")
_PERCENT = "|".join(re.escape(w).replace(r"\ ", r"\s+") + (r"\b" if w[-1].isalpha() else "")
                    for w in sorted(PERCENT_WORDS, key=len, reverse=True))


# abbreviations after digits only ("30pc", not "thirty pc"), the points glued ("0.5pp", not "12 pp": pages)
_GLUED_PERCENT_WORDS = {"pc", "pp", "ppt", "ppts"}
PERCENT_RIGHT_RE = re.compile(rf"(?:\s*|-)(?P<p>{_PERCENT})", re.IGNORECASE)


_CURRENCY_WORDS = _alternation(CURRENCY_WORDS)


_SYMBOLS_AFTER = {sym: code for sym, code in CURRENCY_PREFIXES.items() if not sym.isascii()}


CURRENCY_RIGHT_RE = re.compile(
    rf"\s*(?P<w>{_CURRENCY_WORDS})|\s?(?P<code>" + "|".join(sorted(CURRENCY_CODES)) + r")\b"
    # a symbol after the number, as European copy writes it: "40 €", "5,00\u202f€"
    rf"|[ \u00a0\u202f]?(?P<sym>{'|'.join(map(re.escape, _SYMBOLS_AFTER))})",
    re.IGNORECASE,
)


MINOR_RIGHT_RE = re.compile(r"\s*(?P<w>cents?|pence|sen)\b|(?P<g>p)\b(?!\.?\s*m\.)", re.IGNORECASE)


_TIME_ALT = _alternation(TIME_UNITS)


TIME_RIGHT_RE = re.compile(
    rf"(?P<sp>\s*|-)(?:(?:{'|'.join(TIME_UNIT_MODIFIERS)})\s+)?"
    rf"(?P<u>{_TIME_ALT})(?P<old>[\s-]+old|-olds?)?", re.IGNORECASE)


AGE_RIGHT_RE = re.compile(r"[\s-]*(?:years?[\s-]+old|-year-old|\s*year-old)", re.IGNORECASE)


_PHYS_WORDS = [w for w in PHYSICAL_UNITS if w not in GLUED_ONLY_UNITS]


PHYS_SPACED_RE = re.compile(rf"(?:\s+|-)(?P<u>{_alternation(_PHYS_WORDS)})(?![\w/])", re.IGNORECASE)


PHYS_GLUED_RE = re.compile(rf"(?P<u>{_alternation(list(PHYSICAL_UNITS))})(?![\w/])", re.IGNORECASE)


TIMES_RIGHT_RE = re.compile(r"\s+times\b|-fold\b|\s*x\b(?=\s)", re.IGNORECASE)


RATE_RIGHT_RE = re.compile(
    # (within its line: "promising 1,500 jobs" over a paragraph opening "A film studio …" is no rate)
    r"(?:[ \t]+|-)(?:a|an|per|each|every)[ \t-]+(?P<r>(?:sq\.?\s+|square\s+|cubic\s+)?[a-z]+)\b|/(?P<s>[a-z]{2,8})\b|[ \t]+(?P<a>"
    + "|".join(ANNUAL_WORDS) + r")\b",
    re.IGNORECASE,
)


FRACTION_UNIT_RE = re.compile(r"\s+(?:of\s+)?(?:a|an)\s+(?:US\s+|U\.S\.\s+|imperial\s+|metric\s+)?|(?=\s+[a-z])", re.IGNORECASE)


COMPOUND_UNIT_RE = re.compile(
    r"-(?:" + _alternation(list(TIME_UNITS) + [w for w in PHYSICAL_UNITS if len(w) > 2]) + r"|year-old|percent)",
    re.IGNORECASE)


UNIT_LOOKUP = {k.lower(): v for k, v in PHYSICAL_UNITS.items()}


def singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


_SCALED_ONLY_KEYS = {**SCALED_CURRENCY_LETTERS, **{c.lower(): c for c in CURRENCY_CODES
                                                   if c.lower() not in CURRENCY_PREFIXES and c != "RMB"}}
_CURRENCY_BY_KEY = {re.sub(r"[\s.]", "", k): v for k, v in (*CURRENCY_PREFIXES.items(), *_SCALED_ONLY_KEYS.items())}


_SPACED_TOO = {"rs"}  # written "Rs 12,000" as often as "Rs12,000"
_GLUED_ONLY_PREFIXES = {"ps", "r", "rm", "rs", "yen", "dh", "sr"}  # "PS2.7m", "RM79": currency only when glued
# ... or spaced before an amount with its scale: "RM 560 million", "Dh 1 million", "SR 3.7 billion"
_SPACED_WITH_SCALE = {"rm", "dh", "sr"}
_DIGITS_RE = re.compile(r"[\d.,]+")
_WORD_SPACE_LETTER_RE = re.compile(r"[A-Za-z]\s+[A-Za-z]")


def _scale_after(text: str, p: int) -> bool:
    """An amount at `p` with its scale word or letter after it ("7.2 billion", "1.2tr", "3.75bn")."""
    digits = _DIGITS_RE.match(text, p)
    return bool(digits) and MAGNITUDE_RIGHT_RE.match(text, digits.end()) is not None


def currency_before(text: str, p: int) -> tuple[str, int] | None:
    """(ISO code, start) of a currency sign or code written right before position p."""
    seg = text[max(0, p - 8):p]
    glued = not seg.endswith(" ")
    body = seg[:-1] if not glued else seg
    if not body:
        return None
    for length in (6, 5, 4, 3, 2, 1):
        if length > len(body):
            continue
        cand = body[-length:]
        start = p - (0 if glued else 1) - length
        before = text[start - 1] if start > 0 else " "
        if cand[0].isspace() or cand[0] in ".,;:!?)" or before.isalnum() or before == "$":
            continue  # (a currency opens on a letter or a sign: "Pika (Palo Alto). $80 million" is dollars)
        if _WORD_SPACE_LETTER_RE.search(cand):
            continue  # no code is two words: "brought in R2.1 billion" is rand, not "INR"
        key = re.sub(r"[\s.]", "", cand).lower()
        code = _CURRENCY_BY_KEY.get(key)
        if code is None and key.endswith("$") and key.startswith("us"):
            code = "USD"
        if code is None:
            continue
        if "$" in cand and (any(ch.islower() for ch in cand) or key == "a$" and not cand.startswith("A$")):
            continue  # "a $149.99", "A $750 million film studio": the article, not the Australian dollar
        if key in _GLUED_ONLY_PREFIXES and (not glued or not cand[0].isupper()) and not (
                key in _SPACED_TOO and cand[:2] == "Rs") \
                and not (key in _SPACED_WITH_SCALE and cand[0].isupper() and _scale_after(text, p)):
            return None  # "Rs 12,000 crore" is rupees spaced or glued; "PS2", "RM79" only glued
        if key in _SCALED_ONLY_KEYS and any(ch.isspace() for ch in cand):
            continue  # "a Rs 1,500 crore": a code is written whole, not the article and a prefix ("ARS")
        if key in _SCALED_ONLY_KEYS and not (cand.isupper() and (glued or len(key) > 1) and _scale_after(text, p)):
            return None  # "N7.2 billion", "W1.2tr", "SAR 3.75 billion" are money; "N95", "W40", "PHP 8" are names
        if cand[0].isalpha() and before in "-/":
            return None  # "PLX-R18": a product code
        return code, start
    return None


def read_unit(text: str, d: Draft, pos: int) -> int:
    """Read the unit after position `pos`; return the new end."""
    kind = d.core.kind
    m = PERCENT_RIGHT_RE.match(text, pos)
    if m and not (m.group("p").lower() in _GLUED_PERCENT_WORDS and (kind != "digits" or m.start("p") != pos
                                                                     and m.group("p").lower() != "pc")):
        word = re.sub(r"\s+", " ", m.group("p").lower())
        d.unit = PERCENT_WORDS.get(word, "percent")
        return m.end()
    if d.unit is None:
        m = CURRENCY_RIGHT_RE.match(text, pos)
        if m:
            if m.group("w"):
                d.unit = CURRENCY_WORDS[re.sub(r"\s+", " ", m.group("w").lower())]
            elif m.group("code"):
                code = m.group("code").upper()
                if m.group("code").isupper():
                    d.unit = "CNY" if code == "RMB" else code
            else:
                d.unit = _SYMBOLS_AFTER[m.group("sym")]
            if d.unit:
                return m.end()
    elif d.unit in CURRENCY_CODES:
        return pos
    if kind == "digits" and d.value in VIDEO_LINES and not d.currency_left:
        m = VIDEO_LINES_RE.match(text, pos)
        if m:
            d.unit = "video lines"  # "1080p", "720i": a video's vertical resolution
            return m.end()
    if kind == "digits":
        m = MINOR_RIGHT_RE.match(text, pos)
        if m and (m.group("w") or not d.scaled and d.value not in VIDEO_LINES):
            d.unit = MINOR_CURRENCY[(m.group("w") or m.group("g")).lower()]
            return m.end()
    m = AGE_RIGHT_RE.match(text, pos)
    if m:
        d.unit = "year of age"
        return m.end()
    m = TIME_RIGHT_RE.match(text, pos)
    if m:
        word = m.group("u")
        glued = m.group("sp") == ""
        if not (glued and kind != "digits" and word.lower() in ("min", "mins", "sec", "secs")):
            unit, mult = TIME_UNITS[word.lower()]
            d.unit = unit
            d.value *= mult
            if d.value_high is not None:
                d.value_high *= mult
            return m.end()
    m = TIMES_RIGHT_RE.match(text, pos)
    if m:
        d.unit, d.noun = "count", "times"  # "orbiting more than 3,200 times": a count of occurrences
        return m.end()
    if kind == "digits":
        m = PHYS_GLUED_RE.match(text, pos)
        if m and _accept_unit(m.group("u")):
            d.unit = UNIT_LOOKUP[m.group("u").lower()]
            return m.end()
    m = PHYS_SPACED_RE.match(text, pos)
    if m and _accept_unit(m.group("u")):
        d.unit = UNIT_LOOKUP[m.group("u").lower()]
        if d.unit == "pound-mass" and (d.scaled or kind == "magnitude") and m.group("u").lower().startswith("pound"):
            d.unit = "GBP"  # "2 million pounds", "millions of pounds" are money; "208 pounds" a weight
        return m.end()
    m = MODIFIED_UNIT_RE.match(text, pos)
    if m and m.group("mod").lower() not in _NOT_MODIFIERS:
        d.unit = UNIT_LOOKUP[m.group("u").lower()]  # "517 rushing yards", "40 nautical miles"
        return m.end()
    return pos


# "1080p" is a video resolution, not pence
VIDEO_LINES_RE = re.compile(r"[pPiI]\b(?!\s+(?:a|an|per|each)\b)")  # "720p a week" is money


VIDEO_LINES = {144, 240, 360, 480, 540, 576, 720, 1080, 1440, 2160, 4320}
# "4K" and "8K" name a resolution by its width: their lines, as "2160p" and "4320p" say them
RESOLUTION_NAMES = {4: 2160, 8: 4320}
# what follows "4K" or "8K" when it names a resolution, not four or eight thousand ("4K views" stays a count)
RESOLUTION_CONTEXT_AFTER_RE = re.compile(r"(?:[ -](?:resolution|video|videos|output|footage|clips?|displays?|screens?|TVs?|"
                                          r"HDR|UHD|monitors?|quality|upscaling|seconds?|frames?|streaming|content|"
                                          r"and|or|at|in|with)\b|\s*[.,;:)]|\s*$)", re.IGNORECASE)



_CASE_SENSITIVE_LOWER = {u.lower() for u in CASE_SENSITIVE_UNITS}


def _accept_unit(surface: str) -> bool:
    """Short units that are also words or initials count only in their own case ("300 PS")."""
    if surface.lower() in _CASE_SENSITIVE_LOWER:
        return surface in CASE_SENSITIVE_UNITS
    return True


GENERATION_RE = re.compile(r"[2-6]G")


# a unit of length, weight or volume written in full after one modifier: "517 rushing yards"
MODIFIED_UNIT_RE = re.compile(r"\s+(?P<mod>[a-z]{3,})\s+(?P<u>yards|miles|feet|metres|meters|kilometres|kilometers|"
                              r"tons|tonnes|barrels|acres|gallons|litres|liters)\b", re.IGNORECASE)
_NOT_MODIFIERS = {"square", "cubic", "more", "fewer", "less", "per", "of", "and", "or", "million", "billion",
                  "thousand", "hundred", "the", "extra", "metric"}

# scale suffixes and qualifier phrases, read next to numbers here and in etl.not_quantities
QUALIFIER_LEFT_RE = re.compile(
    r"(?:(?<=\W)|^)(?P<q>" + trie_pattern(q for q, _ in QUALIFIERS) + r")[\s-]*$",
    re.IGNORECASE,
)
MAGNITUDE_RIGHT_RE = re.compile(
    # any case: a headline writes "USD 2.56 Billion"
    # (the words of lexicon.MAGNITUDE_SUFFIXES; its single letters are the glued "g" below)
    r"(?P<sp>\s*|-)(?P<m>(?i:" + trie_pattern(w for w in MAGNITUDE_SUFFIXES if len(w) > 1) + r"))\b"
    r"(?:\s+(?P<m2>(?i:million|billion|trillion|crores?))\b)?"
    r"|(?P<g>[kKmMbBtT])(?![\w$])"
    r"|\s(?P<sb>[BMK])(?=\s+[a-z])",
)
