"""Numerals: find the numeric core of every quantity and read its value.

A core is digits ("204,000", "8.016", "1,20,000", ".5"), a run of number words ("three",
"twenty-eight thousand six hundred forty-two", "one and a half"), a fraction ("1/3",
"three-quarters", "a third", "one in five"), an order of magnitude ("thousands",
"tens of millions"), a multiplier ("sixfold") or the article "a"/"an" before a time unit
("a week") or a vague count before one ("several months"). Pure functions, no state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .lexicon import (
    DEICTIC_SPANS,
    DOUBLES_NOUN_MODIFIERS,
    FRACTION_WORDS,
    MULTIPLIER_BARE_VERBS,
    MULTIPLIER_WORDS,
    PLURAL_MAGNITUDES,
    SCALES,
    SMALL_NUMBERS,
    TIME_UNITS,
    VAGUE_TIME_COUNTS,
)
from .patterns import finditer_at, trie_pattern, word_start_branches, word_starts


@dataclass(frozen=True, slots=True)
class Core:
    start: int
    end: int
    value: float
    kind: str  # digits | words | fraction | magnitude | multiplier | article | vague | deictic
    value_high: float | None = None


_WORD = trie_pattern(SMALL_NUMBERS)  # a prefix tree: tried at every word of every article
_SCALE = "hundred|thousand|million|billion|trillion"
_WORDNUM = rf"(?:{_WORD})(?:-(?:{_WORD}))?"
_HALF = r"(?:\s+and\s+a\s+half(?:\s+(?:million|billion|trillion)\b)?)?\b"
# "a million", "twenty-one hundred and a half", "a dozen", "dozens"; every branch opens with
# a letter (patterns.word_start_branches), so the scan skips to the letters that can start one
WORD_NUMBER_RE = re.compile("(?:" + "|".join([
    *word_start_branches(("a", "an"), rf"\s+(?:{_SCALE}|dozen)\b{_HALF}"),
    *word_start_branches(SMALL_NUMBERS, rf"(?:-(?:{_WORD}))?(?:(?:\s+|-)(?:and\s+)?(?:{_WORDNUM}|{_SCALE}|dozen)\b)*{_HALF}"),
    *word_start_branches(("a dozen", "dozens"), r"\b"),
]) + ")")
# A run of digits, separators and points, validated by STRICT_NUMBER_RE: scanning for the
# run first is several times faster than a pattern with look-behinds at every position. It
# opens with a character class so the scan skips to the next digit or point; a point must
# be followed by a digit (".5").
DIGIT_RUN_RE = re.compile(r"[.\d](?:(?<=\d)|\d)[\d,.]*")
STRICT_NUMBER_RE = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?|\.\d+")
# Fractions are found from their rarest part: the denominator word, the "in"/"out of" of
# "one in five", the slash of "1/3"; the numerator is then read just before it.
_FRACTION_STARTS = tuple(FRACTION_WORDS)  # where a FRACTION_DEN_RE match can open
FRACTION_DEN_RE = re.compile(r"(?P<den>" + "|".join(word_start_branches(FRACTION_WORDS)) + r")\b")
FRACTION_NUM_LEFT_RE = re.compile(r"\b(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+$")
# found from its "in"/"out of" followed by a small number, the numerator read before it
ONE_IN_RE = re.compile(
    r" (?:in|out of) (?:every )?(?P<n2>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?!\s?\^)")  # ("one in every 14")
ONE_IN_LEFT_RE = re.compile(r"\b(?P<n1>one|two|three|four|five|six|seven|eight|nine|\d{1,2})$")  # "nine in ten"
# a capitalised word mid-sentence, right before a number: a name and its version ("Sora 2", "Gen 4");
# not a hedge opening the sentence ("Nearly 1 in 4")
_VERSION_NAME_BEFORE_RE = re.compile(r"(?<=[a-z,;:] )[A-Z][\w.-]*\s$")
_RANK_BEFORE_RE = re.compile(r"\b(?:no\.?|number|#)\s*$")
_PART_WORDS = {"a quarter": 0.25, "a third": 1 / 3, "a fifth": 0.2, "a tenth": 0.1, "three quarters": 0.75,
               "two thirds": 2 / 3}
_PART_OF_BEFORE_RE = re.compile(r"\b(?P<part>a\s+quarter|a\s+third|a\s+fifth|a\s+tenth|three[ -]quarters|two[ -]thirds)"
                                r"\s+of\s+$")
# "1/3", not part of "24/7/365" or a date; opens with a digit, so the scan skips to the next one
SLASH_FRACTION_RE = re.compile(r"(?P<dn>\d(?<![\w/.]\d)\d{0,2})\s?[/⁄]\s?(?P<dd>\d{1,3})(?![\w/]|\.\d)")
# a power of ten as scientific notation writes it in plain text: "10^25", "1.5 x 10^9" (base
# ten only: "2^10" is arithmetic, not a quantity of the news)
POWER_OF_TEN_RE = re.compile(r"(?<![\d.,])(?:(?P<mantissa>\d+(?:\.\d+)?)\s?[x×*]\s?)?10\s?\^\s?(?P<exp>[-−]?\d{1,3})(?!\d|\.\d)")
_MAGNITUDE_LEADS = ("tens", "hundreds", "dozens")  # "tens of millions", "dozens of thousands"
_PLURAL_SCALES = tuple(w for w in PLURAL_MAGNITUDES if w != "tens")  # "hundreds", "thousands", … "trillions"
_MAGNITUDE_STARTS = (*_MAGNITUDE_LEADS, *_PLURAL_SCALES)  # the words a MAGNITUDE_RE match opens with: where it is tried
MAGNITUDE_RE = re.compile(
    rf"\b(?:(?P<lead>{'|'.join(_MAGNITUDE_LEADS)})\s+of\s+)?(?P<mag>{'|'.join(_PLURAL_SCALES)})\b",
)
MULTIPLIER_RE = re.compile("".join(rf"(?<!\b{re.escape(w)} )" for w in DOUBLES_NOUN_MODIFIERS)  # ("digital doubles")
                           + r"\b(?:" + "|".join(MULTIPLIER_WORDS) + r")\b"
                           r"|(?<=\b(?:to|ll) )(?:more than )?(?P<bare>" + "|".join(MULTIPLIER_BARE_VERBS) + r")\b(?!-)"
                           r"|(?:(?<=\bwill )|(?<=\bwould )|(?<=\bcould )|(?<=\bmay )|(?<=\bmight )|(?<=\bcan )|(?<=\bshould ))"
                           r"(?:more than )?(?P<modal>" + "|".join(MULTIPLIER_BARE_VERBS) + r")\b(?!-)")
_TIME_WORDS = trie_pattern(w for w in TIME_UNITS if len(w) > 3)
_TIME_UNIT_AFTER_RE = re.compile(rf"\s+(?:{_TIME_WORDS})\b")  # "a team of two in six weeks" (etl.numbers._fractions)
ARTICLE_TIME_RE = re.compile("|".join(word_start_branches(("a", "an"), rf"(?=\s+(?:{_TIME_WORDS})\b)")))
# "several months", "next year", "the past decade": a word other than a number before a time
# unit. A span named by where it lies is found from its rarer word ("next", "past"), the "the"
# before it read after; "next year's" is a date's possessive, no span. Scanned only in a text
# that has one of SPAN_HINTS: a scan opening on six letters costs more than a look for a word.
SPAN_TIME_RE = re.compile("|".join(word_start_branches((*VAGUE_TIME_COUNTS, *DEICTIC_SPANS),
                                                       rf"(?=\s+(?:{_TIME_WORDS}|hundred|thousand|million|billion)\b)")))
SPAN_HINTS = (*VAGUE_TIME_COUNTS, *{u for units, _ in DEICTIC_SPANS.values() for u in units if u != "year"},
              *(f"{w} year" for w, (units, _) in DEICTIC_SPANS.items() if "year" in units))
_THE_BEFORE_RE = re.compile(r"\bthe\s+$")
# "and" after a number word that is no scale: the run is two numbers ("two and five"; "one hundred and ten" is one)
_AND_AFTER_NO_SCALE_RE = re.compile(r"(?<!hundred)(?<!thousand)(?<!million)(?<!billion)(?<!trillion)(?<!dozen)"
                                    r"\s+and\s+(?!a\s+half\b)")
_SCALE_WORD_AFTER_RE = re.compile(r"\s+(?:hundred|thousand|million|billion|trillion|dozen)\b")
_UNIT_AFTER_RE = re.compile(r"\s+([a-z]+)(?!['’])")
# Number words, "a"/"an" before a time unit, and digit runs, each scanned on its own.
_SCANS = (("words", WORD_NUMBER_RE), ("article", ARTICLE_TIME_RE), ("digits", DIGIT_RUN_RE))
# Only ASCII letters change, so offsets into the lowered copy are offsets into the text.
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """Lower case with offsets unchanged. str.lower is fast but may lengthen a few non-ASCII
    letters ("İ"); only then fall back to lowering ASCII letters alone."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(ASCII_LOWER)


def word_number_value(phrase: str) -> float | None:
    """Value of a run of number words: "twenty-eight thousand six hundred forty-two" -> 28642."""
    words = re.split(r"[\s-]+", phrase.lower().strip())
    total = 0.0
    current = 0.0
    seen = False
    half = False
    if len(words) > 4 and words[-4:-1] == ["and", "a", "half"] and words[-1] in SCALES:
        value = word_number_value(" ".join(words[:-1]))  # "one and a half million"
        return value * SCALES[words[-1]] if value is not None else None
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


def scaled(value: float, factor: float) -> float:
    """`value` times a scale (a million, a crore) without binary rounding noise: "4.23bn" is
    4,230,000,000, not 4,230,000,000.0000005."""
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def parse_digits(s: str) -> float:
    return float(s.replace(",", ""))


def _fractions(low: str, text: str | None = None) -> list[Core]:
    out: list[Core] = []
    if any(w in low for w in ("half", "halves", "third", "quarter", "fourth", "fifth", "sixth",
                              "eighth", "tenth")):
        for m in finditer_at(FRACTION_DEN_RE, low, word_starts(low, _FRACTION_STARTS)):
            den = m.group("den")
            a, b = FRACTION_WORDS[den]
            num = FRACTION_NUM_LEFT_RE.search(low, max(0, m.start() - 8), m.start())
            if num:
                word = num.group("num")
                n = 1 if word in ("a", "an") else SMALL_NUMBERS[word]
                if n > 1 and not den.endswith("s"):
                    continue  # "two quarter" is not a fraction
                out.append(Core(num.start(), m.end(), n * a / b, "fraction"))
            elif den == "half":
                out.append(Core(m.start(), m.end(), 0.5, "fraction"))
    if " in " in low or " out of " in low:
        for m in ONE_IN_RE.finditer(low):
            left = ONE_IN_LEFT_RE.search(low, max(0, m.start() - 6), m.start())
            if not left or _RANK_BEFORE_RE.search(low, max(0, left.start() - 8), left.start()):
                continue  # (a rank: "debuted at No. 1 in 93 countries", "number one in 40 markets")
            if text is not None and left.group("n1").isdigit() and _VERSION_NAME_BEFORE_RE.search(
                    text, max(0, left.start() - 24), left.start()):
                continue  # (a name's version: "more closely than Sora 2 in 14 of 20 cases")
            if _TIME_UNIT_AFTER_RE.match(low, m.end()):
                continue  # "made by a team of two in six weeks": a span of time after "in", no share
            n1, n2 = left.group("n1"), m.group("n2")
            a = float(n1) if n1.isdigit() else SMALL_NUMBERS[n1]
            b = float(n2) if n2.isdigit() else SMALL_NUMBERS[n2]
            if 0 < a < b:
                out.append(Core(left.start(), m.end(), a / b, "fraction"))
    if "/" in low or "⁄" in low:
        for m in SLASH_FRACTION_RE.finditer(low):
            a, b = int(m.group("dn")), int(m.group("dd"))
            if 0 < a < b:
                out.append(Core(m.start(), m.end(), a / b, "fraction"))
    return out


def find_cores(text: str, low: str | None = None) -> list[Core]:
    """Every numeric core in the text, earliest first, overlaps resolved to the longest.

    The word patterns are written in lower case and run over `low`, the ASCII-lowercased
    text (computed here when not given)."""
    if low is None:
        low = ascii_lower(text)
    found: list[Core] = _fractions(low, text)
    for m in finditer_at(MAGNITUDE_RE, low, word_starts(low, _MAGNITUDE_STARTS)):
        base = PLURAL_MAGNITUDES[m.group("mag").lower()]
        lead = (m.group("lead") or "").lower()
        if lead == "dozens":
            base *= 24
        elif lead:
            base *= PLURAL_MAGNITUDES[lead]
        found.append(Core(m.start(), m.end(), base, "magnitude", base * 10))
    if "^" in low:
        for m in POWER_OF_TEN_RE.finditer(low):
            exponent = int(m.group("exp").replace("−", "-"))
            mantissa = float(m.group("mantissa")) if m.group("mantissa") else 1.0
            found.append(Core(m.start(), m.end(), mantissa * 10.0 ** exponent, "digits"))
    for m in (MULTIPLIER_RE.finditer(low) if "fold" in low or "doubl" in low or "tripl" in low or "quadrupl" in low
              else ()):
        bare = m.group("bare") or m.group("modal")
        start = m.start("bare") if m.group("bare") else m.start("modal") if bare else m.start()
        found.append(Core(start, m.end(), MULTIPLIER_BARE_VERBS[bare] if bare else MULTIPLIER_WORDS[m.group()], "multiplier"))
    # three scans beat one scan of their alternation: each fails fast on its own first character
    scans = [(m.start(), kind, m) for kind, rx in _SCANS for m in rx.finditer(low)]
    if any(hint in low for hint in SPAN_HINTS):
        scans += [(m.start(), "span", m) for m in SPAN_TIME_RE.finditer(low)]
    scans.sort(key=lambda x: x[0])
    for _, kind, m in scans:
        if kind == "words":
            phrase = m.group()
            if phrase == "dozens":
                found.append(Core(m.start(), m.end(), 24, "magnitude"))
                continue
            end = m.end()
            joined = _AND_AFTER_NO_SCALE_RE.search(phrase) if " and " in phrase else None
            if joined:  # "between two and five minutes": two numbers, a range's ends (not "one hundred and ten")
                phrase, end = phrase[:joined.start()], m.start() + joined.start()
                rest = word_number_value(m.group()[joined.end():])
                if rest is not None:
                    found.append(Core(m.start() + joined.end(), m.end(), rest, "words"))
            v = word_number_value(phrase)
            if v is not None:
                start = m.start()
                if phrase.startswith(("a ", "an ")) and low.endswith("half ", max(0, start - 5), start):
                    start, v = start - 5, v / 2  # "half a million": half of it (read here, not by the scan)
                elif phrase.startswith(("a ", "an ")) and (part := _PART_OF_BEFORE_RE.search(low, max(0, start - 24), start)):
                    # "a quarter of a billion views", "three-quarters of a million": that part of it
                    start, v = part.start(), v * _PART_WORDS[" ".join(part.group("part").replace("-", " ").split())]
                found.append(Core(start, end, v, "words"))
            continue
        if kind == "article":
            found.append(Core(m.start(), m.end(), 1, "article"))
            continue
        if kind == "span":
            word = m.group()
            if word in VAGUE_TIME_COUNTS:
                if VAGUE_TIME_COUNTS[word] < 3 and not _SCALE_WORD_AFTER_RE.match(low, m.end()):
                    continue  # "a few minutes", "a couple of years": a loose while (but "a few thousand artists")
                found.append(Core(m.start(), m.end(), VAGUE_TIME_COUNTS[word], "vague"))
                continue
            units, needs_the = DEICTIC_SPANS[word]
            unit = _UNIT_AFTER_RE.match(low, m.end())
            the = _THE_BEFORE_RE.search(low, max(0, m.start() - 8), m.start())
            if unit and unit.group(1) in units and (the or not needs_the):
                found.append(Core(the.start() if the else m.start(), m.end(), 1, "deictic"))
            continue
        run = m.group()
        start = m.start()
        if start and text[start - 1] in ",." and run[0] != ".":
            continue  # the tail of "1,2,3" or of a version number
        if run[0] == "." and start and (text[start - 1].isalnum() or text[start - 1] in ",."):
            continue  # "ID.3", "v.2": part of a name
        strict = STRICT_NUMBER_RE.match(run)
        if not strict:
            continue
        rest = run[strict.end():]
        if rest and rest.rstrip(".,") and not re.fullmatch(r"[.,]", rest[:1]) :
            continue
        if rest.rstrip(".,") and rest[:1] in ".," and rest[1:2].isdigit():
            continue  # "2.4.1", "1,2,3": versions and lists, not quantities
        found.append(Core(start, start + strict.end(), parse_digits(strict.group()), "digits"))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    cores: list[Core] = []
    last_end = -1
    for c in found:
        if c.start >= last_end:
            cores.append(c)
            last_end = c.end
    return cores
