"""Quantities: a numeric core read together with its unit, scale, qualifier and direction.

`find_quantities(text)` is the extractor's first stage and knows nothing about claims: it
returns every quantity in the text ("one man" included), each with `is_figure` saying
whether it is a figure worth a claim (a measured or counted amount, not an incidental
"two photographers"). Pure: text in, quantities out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    ANNUAL_WORDS,
    CASE_SENSITIVE_UNITS,
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DIRECTION_DOWN,
    DIRECTION_NOUNS_DOWN,
    DIRECTION_NOUNS_UP,
    DIRECTION_UP,
    GLUED_ONLY_UNITS,
    IDIOMS,
    MAGNITUDE_SUFFIXES,
    MINOR_CURRENCY,
    MONTHS,
    NOT_NAME_WORDS,
    PERCENT_WORDS,
    PHYSICAL_UNITS,
    QUALIFIERS,
    TIME_UNITS,
)
from .numbers import Core, ascii_lower, find_cores
from .patterns import trie_pattern
from .record import unit_family


@dataclass(frozen=True, slots=True)
class Quantity:
    char_start: int
    char_end: int
    surface: str
    value: float
    value_high: float | None
    unit: str  # percent | ISO 4217 | count | seconds..years | own lowercase singular name
    qualifier: str  # exact approx at_least more_than at_most less_than range
    direction: str | None  # up | down | None
    noun: str | None  # what is counted, or what a percentage is of
    per: str | None  # rate: "$3,500 a month" -> "month"
    is_figure: bool
    temporal_ref: bool = False  # "three years ago": points at a date, measures nothing


# --- spans that hold numbers but are not quantities --------------------------------------
# Lower-case patterns: they run over the ASCII-lowercased text (see numbers.ascii_lower).
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_BLOCK_PATTERNS = [
    r"\b(?:https?://|www\.)\S+", r"\b[\w.+-]+@[\w-]+\.[\w.]+", r"(?<!\w)[@#]\w+",
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:t[\d:.]+z?)?\b", r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", r"\b\d{1,2}\.\d{1,2}\.\d{4}\b",
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+\d{{4}})?(?!\d|\s*(?:%|percent|per\s+cent))",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?\b",
    rf"\b{_MONTH}\s+\d{{4}}\b",
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)", r"\b\d{1,2}:\d{2}(?::\d{2})?\b",
    r"\b\d{4}\s+(?:gmt|utc|edt|est|pdt|pst|bst|cet|et|pt)\b",
    r"\b\d+(?:st|nd|rd|th)\b", r"\b\d{4}s\b", r"'\d0s\b", r"\b\d{4}['’′]s\b",
    r"\b\d+-\d+-\d+(?:-\d+)*\b",  # phone numbers, ISBNs, scores chains
    r"\b(?:19|20)\d{2}[-–/]\d{2}\b(?!\s*(?:%|percent|per\s+cent))",  # seasons, fiscal years: "2014-15"
    r"\d(?:\.\d+)?\s?[×x]\s?10\s?[−-]?\d+",  # scientific notation: read as nothing rather than wrong
    r"(?<![\w.])\d{1,2}\s?[-–]\s?\d{1,2}(?=\s+(?:win|victory|defeat|loss|lead|draw|down|up|on\s+aggregate|thanks|in\s+the)\b)",  # scores
    r"\(\d{1,2}\)",  # jersey numbers, list markers
]
# Digit patterns matter only around digits, idioms only around number words.
BLOCK_RE = re.compile("|".join(f"(?:{p})" for p in _BLOCK_PATTERNS))
IDIOM_RE = re.compile("|".join(rf"(?:\b{p}\b)" for p in IDIOMS))
URL_RE = re.compile(r"(?:https?://|www\.)\S+")
HANDLE_RE = re.compile(r"[@#]\w+(?:[.-]\w+)*")  # handles, hashtags, and the tail of an email


class _Blocked:
    """Spans that hold numbers but are not quantities, looked up around each core only:
    running every pattern over a whole article would cost more than the rest together."""

    WINDOW = 24

    def __init__(self, low: str):
        self.text = low  # ASCII-lowercased article text
        self.urls = [(m.start(), m.end()) for m in URL_RE.finditer(low)] if (
            "http" in low or "www." in low) else []
        if "@" in low or "#" in low:
            for m in HANDLE_RE.finditer(low):
                start = m.start()
                while start > 0 and (low[start - 1].isalnum() or low[start - 1] in "._+-"):
                    start -= 1  # "news42@example.com": the name before the @
                self.urls.append((start, m.end()))

    def covers(self, start: int, end: int, kind: str) -> bool:
        for s, e in self.urls:
            if s < end and start < e:
                return True
        lo = max(0, start - self.WINDOW)
        hi = min(len(self.text), end + self.WINDOW)
        pattern = BLOCK_RE if kind == "digits" else IDIOM_RE
        for m in pattern.finditer(self.text, lo, hi):
            if m.start() < end and start < m.end():
                return True
            if m.start() >= end:
                break
        return False


# --- context readers ---------------------------------------------------------------------
def _alternation(words, boundary=True) -> str:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        p = re.escape(w).replace(r"\ ", r"\s+")
        if boundary and w[-1].isalnum():
            p += r"\b"
        parts.append(p)
    return "|".join(parts)


QUALIFIER_LEFT_RE = re.compile(
    r"(?:(?<=\W)|^)(?P<q>" + trie_pattern(q for q, _ in QUALIFIERS) + r")[\s-]*$",
    re.IGNORECASE,
)
MAGNITUDE_RIGHT_RE = re.compile(
    r"(?P<sp>\s*|-)(?P<m>hundred|thousand|million|billion|trillion|lakhs?|crores?|mn|mln|bn|bln|tn|trn|mil|grand)\b"
    r"(?:\s+(?P<m2>million|billion|trillion)\b)?"
    r"|(?P<g>[kKmMbBtT])(?![\w$])"
    r"|\s(?P<sb>[BMK])(?=\s+[a-z])",
)
_PERCENT = r"%|percent\b|per\s?cent\b|pct\b|pc\b|percentage\s+points?\b|basis\s+points?\b|bps\b"
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
TIME_RIGHT_RE = re.compile(rf"(?P<sp>\s*|-)(?P<u>{_TIME_ALT})(?P<old>[\s-]+old|-olds?)?", re.IGNORECASE)
AGE_RIGHT_RE = re.compile(r"[\s-]*(?:years?[\s-]+old|-year-old|\s*year-old)", re.IGNORECASE)
_PHYS_WORDS = [w for w in PHYSICAL_UNITS if w not in GLUED_ONLY_UNITS]
PHYS_SPACED_RE = re.compile(rf"(?:\s+|-)(?P<u>{_alternation(_PHYS_WORDS)})(?![\w/])", re.IGNORECASE)
PHYS_GLUED_RE = re.compile(rf"(?P<u>{_alternation(list(PHYSICAL_UNITS))})(?![\w/])", re.IGNORECASE)
TIMES_RIGHT_RE = re.compile(r"\s+times\b|-fold\b|\s*x\b(?=\s)", re.IGNORECASE)
RATE_RIGHT_RE = re.compile(
    r"(?:\s+|-)(?:a|an|per|each|every)[\s-]+(?P<r>(?:sq\.?\s+)?[a-z]+)\b|/(?P<s>[a-z]{2,8})\b|\s+(?P<a>"
    + "|".join(ANNUAL_WORDS) + r")\b",
    re.IGNORECASE,
)
OF_RIGHT_RE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|those\s+|these\s+|our\s+|his\s+|her\s+)?", re.IGNORECASE)
NOUN_WORD_RE = re.compile(r"[\s-]*(?P<w>[A-Za-z][A-Za-z'’.-]*[A-Za-z.]|[A-Za-z])")
HYPHEN_WORD_LEFT_RE = re.compile(r"[A-Za-z][A-Za-z]*-$")
NAME_LEFT_RE = re.compile(r"(?P<w>[A-Z][\w&'’.]*|[A-Z]{2,}|[A-Za-z]+[&][A-Za-z]+)\s$")
YEAR_CONTEXT_LEFT_RE = re.compile(
    r"\b(?:in|by|since|from|of|until|till|through|to|before|after|during|between|and|or|year|early|late|mid|fiscal|fy|the|circa|spring|summer|autumn|fall|winter|season|end)\s*$",
    re.IGNORECASE,
)
FRACTION_UNIT_RE = re.compile(r"\s+(?:of\s+)?(?:a|an)\s+(?:US\s+|U\.S\.\s+|imperial\s+|metric\s+)?|(?=\s+[a-z])", re.IGNORECASE)
COMPOUND_UNIT_RE = re.compile(
    r"-(?:" + _alternation(list(TIME_UNITS) + [w for w in PHYSICAL_UNITS if len(w) > 2]) + r"|year-old|percent)",
    re.IGNORECASE)
AGE_APPOSITION_RE = re.compile(r"\b[A-Z][a-z]+,\s$")
# Nouns that a number after them names rather than counts: "category 4", "Game 2".
ID_NOUNS = {"category", "level", "grade", "phase", "stage", "round", "game", "chapter",
            "page", "pages", "no", "no.", "number", "vol", "volume", "episode", "part", "section",
            "article", "room", "row", "seat", "gate", "terminal", "platform", "route",
            "highway", "interstate", "channel", "tier", "class", "type", "version", "step",
            "act", "scene", "item", "figure", "table", "unit", "flight", "bus", "line",
            "district", "ward", "lot", "block", "floor", "suite", "apartment", "apt", "box",
            "exhibit", "appendix", "clause", "rule", "amendment", "bill", "resolution",
            "code", "id", "model", "series", "mark", "season", "week", "day", "match", "race",
            "leg", "heat", "lane", "hole", "pick", "jersey", "squad", "slot", "track",
            "disc", "issue", "edition", "generation", "gen", "world", "war", "top",
            "covid", "sars", "ps", "xbox", "windows", "ios", "android"}
TEMPORAL_REF_RIGHT_RE = re.compile(r"\s+(?:ago|earlier|later|before|prior|hence|from\s+now)\b", re.IGNORECASE)
NOUN_STOP = {
    "the", "a", "an", "of", "in", "on", "at", "by", "for", "from", "to", "with", "and", "or",
    "but", "as", "that", "which", "who", "whom", "whose", "than", "this", "these", "those",
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could",
    "should", "may", "might", "must", "shall", "has", "have", "had", "do", "does", "did",
    "said", "says", "say", "if", "when", "while", "after", "before", "since", "until",
    "into", "over", "under", "about", "up", "down", "out", "off", "per", "each", "every",
    "more", "less", "it", "its", "their", "his", "her", "they", "he", "she", "we",
    "i", "you", "not", "no", "so", "such", "also", "then", "there", "here", "through",
    "come", "came", "go", "went", "get", "got", "make", "made", "take", "took", "left",
    "died", "saw", "see", "seen", "became", "become", "remain", "remained", "only",
    "just", "all", "both", "either", "other", "another", "between", "among", "against",
    "during", "without", "within", "across", "toward", "towards", "behind", "via", "vs",
    "nor", "yet", "because", "though", "although", "whereas", "where", "why", "how",
    "what", "now", "already", "still", "even", "very", "too", "again", "ago", "later",
    "earlier", "respectively", "including", "compared", "like", "mostly", "some", "many",
    "most", "few", "several", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "times", "year", "years", "month", "months", "week", "weeks",
    "day", "days", "hour", "hours", "percent", "cent", "cents", "plus", "minus", "next",
    "last", "today", "yesterday", "tomorrow", "annually", "yearly", "monthly", "weekly",
    "daily", "apiece", "altogether", "overall", "worldwide", "globally",
}
_UNIT_LOOKUP = {k.lower(): v for k, v in PHYSICAL_UNITS.items()}


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


@dataclass(slots=True)
class _Draft:
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
    scaled: bool = False  # a magnitude word or suffix was read
    currency_left: bool = False
    temporal_ref: bool = False
    fraction_of: bool = False
    explicit_qualifier: bool = False


_CURRENCY_BY_KEY = {re.sub(r"[\s.]", "", k): v for k, v in CURRENCY_PREFIXES.items()}
_GLUED_ONLY_PREFIXES = {"ps", "r", "rm", "rs", "yen"}  # "PS2.7m", "RM79": currency only when glued
_QUALIFIER_PHRASES = {q: k for q, k in QUALIFIERS}
_MAX_QUALIFIER_WORDS = max(len(q.split()) for q in _QUALIFIER_PHRASES)
_DIRECTION_FILLERS = ("by", "of", "be", "to", "average", "total", "an", "a")


def _currency_before(text: str, p: int) -> tuple[str, int] | None:
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
        if cand[0].isspace() or before.isalnum() or before == "$":
            continue
        key = re.sub(r"[\s.]", "", cand).lower()
        code = _CURRENCY_BY_KEY.get(key)
        if code is None and key.endswith("$") and key.startswith("us"):
            code = "USD"
        if code is None:
            continue
        if "$" in cand and any(ch.islower() for ch in cand):
            continue  # "a $149.99": the article, not the Australian dollar
        if key in _GLUED_ONLY_PREFIXES and (not glued or not cand[0].isupper()):
            return None
        if cand[0].isalpha() and before in "-/":
            return None  # "PLX-R18": a product code
        return code, start
    return None


def _read_left(text: str, d: _Draft) -> None:
    """Currency sign, sign, qualifier and direction written before the number, read as
    tokens backwards from the number (end-anchored regexes cost far more)."""
    p = d.start
    if d.core.kind == "digits":
        found = _currency_before(text, p)
        if found:
            d.unit, p = found
            d.currency_left = True
        prev = text[p - 1] if p > 0 else ""
        if prev and prev in "-−+" and (p < 2 or text[p - 2] in " \t\n("):
            if prev == "+":
                d.direction = "up"
            else:
                d.value, d.direction = -d.value, "down"
            p -= 1
        else:
            low_tail = text[max(0, p - 6):p].lower()
            if low_tail.endswith(("minus ", "minus-")) or low_tail == "minus":
                d.value, d.direction = -d.value, "down"
                p -= 6
            elif low_tail.endswith("plus "):
                d.direction = "up"
                p -= 5
    window = text[max(0, p - 40):p]
    stripped = window.rstrip(" -\t")
    if stripped.endswith("~"):
        d.qualifier, d.explicit_qualifier = "approx", True
        p = p - (len(window) - len(stripped)) - 1
        window = text[max(0, p - 40):p]
        stripped = window.rstrip(" \t")
    else:
        words = stripped.lower().split()
        for n in range(min(_MAX_QUALIFIER_WORDS, len(words)), 0, -1):
            tail = words[-n:]
            tail[0] = tail[0].lstrip("(\"“'‘[")
            phrase = " ".join(tail)
            kind = _QUALIFIER_PHRASES.get(phrase)
            if kind is not None and (window[-1:] in " -\t" or window == ""):
                if phrase == "sub" and not window.endswith("-"):
                    continue
                d.qualifier, d.explicit_qualifier = kind, True
                # the phrase starts at the n-th word from the end (searching for its first
                # word would find the "a" inside "maximum")
                cut = [m.start() for m in re.finditer(r"\S+", stripped)][-n]
                cut += len(stripped[cut:]) - len(stripped[cut:].lstrip("(\"“'‘["))
                p = p - len(window) + cut
                stripped = window[:cut].rstrip()
                break
    if d.direction is None:
        words = stripped.lower().split()[-5:]
        while words and words[-1] in _DIRECTION_FILLERS:
            words.pop()
        if words:
            last = words[-1].strip(",;:()\"“”")
            if last in DIRECTION_UP:
                d.direction = "up"
            elif last in DIRECTION_DOWN:
                d.direction = "down"
    d.start = p


def _read_unit(text: str, d: _Draft, pos: int) -> int:
    """Read the unit after position `pos`; return the new end."""
    kind = d.core.kind
    m = PERCENT_RIGHT_RE.match(text, pos)
    if m and not (m.group("p") in ("pc",) and kind != "digits"):
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
            d.unit = _UNIT_LOOKUP[m.group("u").lower()]
            return m.end()
    m = PHYS_SPACED_RE.match(text, pos)
    if m and _accept_unit(m.group("u")):
        d.unit = _UNIT_LOOKUP[m.group("u").lower()]
        if d.unit == "pound-mass" and d.scaled and m.group("u").lower().startswith("pound"):
            d.unit = "GBP"  # "2 million pounds" is money; "208 pounds" a weight
        return m.end()
    return pos


# "1080p" is a video resolution, not pence
VIDEO_LINES_RE = re.compile(r"[pPiI]\b(?!\s+(?:a|an|per|each)\b)")  # "720p a week" is money
VIDEO_LINES = {144, 240, 360, 480, 540, 576, 720, 1080, 1440, 2160, 4320}
_CASE_SENSITIVE_LOWER = {u.lower() for u in CASE_SENSITIVE_UNITS}


def _accept_unit(surface: str) -> bool:
    """Short units that are also words or initials count only in their own case ("300 PS")."""
    if surface.lower() in _CASE_SENSITIVE_LOWER:
        return surface in CASE_SENSITIVE_UNITS
    return True


def _read_noun(text: str, pos: int, max_words: int = 4) -> tuple[str | None, int]:
    words: list[str] = []
    end = pos
    p = pos
    for _ in range(max_words):
        m = NOUN_WORD_RE.match(text, p)
        if not m or m.start("w") - p > 2 or "\n" in text[p:m.start("w")]:
            break
        raw = m.group("w")
        w = raw.rstrip(".")
        if w.lower() in NOUN_STOP or (w.lower().endswith("ly") and len(w) > 4):
            break
        if words and w.lower().endswith(("ed", "ing")) and not w[0].isupper():
            break
        words.append(w)
        end = m.start("w") + len(w)
        p = m.end()
        if raw.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.)+", raw):
            break  # a full stop ends the noun, and maybe the sentence
    if not words:
        return None, pos
    # a trailing verb-like word ("people believe") is not part of the noun
    return " ".join(words), end


def _read_right(text: str, d: _Draft, blocked: _Blocked) -> None:
    pos = d.core.end
    kind = d.core.kind
    if kind == "digits":
        m = MAGNITUDE_RIGHT_RE.match(text, pos)
        if m:
            if m.group("m"):
                mult = MAGNITUDE_SUFFIXES[m.group("m").lower().rstrip("s") if m.group("m").lower().startswith(("lakh", "crore")) else m.group("m").lower()]
                if m.group("m2"):
                    mult *= MAGNITUDE_SUFFIXES[m.group("m2").lower()]
                d.value *= mult
                d.scaled = True
                pos = m.end()
            elif m.group("g") or m.group("sb"):
                g = (m.group("g") or m.group("sb"))
                after = text[m.end():m.end() + 30]
                # "37m (121ft)" is metres, "$6m" and "1.2m tons" are millions.
                if g in "mM" and not d.currency_left and g == "m":
                    nxt = re.match(r"\s+([a-z]+)", after)
                    if not nxt or nxt.group(1) in NOUN_STOP and nxt.group(1) != "of" or nxt.group(1) in ("long", "wide", "high", "deep", "tall", "away"):
                        g = None
                if g in ("t", "T", "b") and not d.currency_left:
                    g = None
                if g:
                    d.value *= MAGNITUDE_SUFFIXES[g.lower()]
                    d.scaled = True
                    pos = m.end()
    elif kind == "words" and (d.value >= 100 or "dozen" in text[d.core.start:d.core.end].lower()):
        d.scaled = True
    if kind == "magnitude":
        m = re.compile(r"\s+of\s+").match(text, pos)
        if m:
            probe = _Draft(d.core, d.start, d.end, d.value, d.value_high)
            p2 = _read_unit(text, probe, m.end() - 1)
            if probe.unit and probe.unit != "percent":
                d.unit, d.value, d.value_high = probe.unit, probe.value, probe.value_high
                pos = p2
            else:
                noun, p3 = _read_noun(text, m.end())
                if noun:
                    d.unit, d.noun, pos = "count", noun, p3
    pos = _read_unit(text, d, pos)
    if d.unit is None and kind == "fraction":
        m = FRACTION_UNIT_RE.match(text, pos)
        if m:
            unit_probe = _Draft(d.core, d.start, d.end, 1.0)
            p2 = _read_unit(text, unit_probe, m.end())
            if unit_probe.unit and unit_probe.unit not in ("percent",):
                d.unit = unit_probe.unit
                d.value = d.value * unit_probe.value
                pos = p2
    if d.unit is None and kind == "fraction":
        m = OF_RIGHT_RE.match(text, pos)
        if m:
            # "half of the eight movies" is a count; "three-quarters of respondents" a share.
            inner = re.compile(r"(?P<n>\w[\w,.-]*)\s").match(text, m.end())
            count_of = None
            if inner:
                for c in find_cores(text[m.end():m.end() + len(inner.group("n"))]):
                    if c.start == 0 and c.kind in ("digits", "words") and c.end == len(inner.group("n")):
                        count_of = c.value
            if count_of:
                d.value = d.value * count_of
                d.unit = "count"
                noun, pos2 = _read_noun(text, inner.end())
                d.noun = noun
                pos = pos2 if noun else m.end() + len(inner.group("n"))
            else:
                d.value = round(d.value * 100, 3)
                d.unit = "percent"
                noun, pos2 = _read_noun(text, m.end())
                d.noun = noun
                pos = pos2 if noun else pos
            d.fraction_of = True
    if d.unit in ("percent", "percentage point") or d.unit is None and kind == "fraction":
        m = OF_RIGHT_RE.match(text, pos)
        if m and d.noun is None:
            noun, _ = _read_noun(text, m.end())
            d.noun = noun
    if d.unit is None:
        if kind == "fraction":
            d.unit = "percent"
            d.value = round(d.value * 100, 3)
        else:
            d.unit = "count"
            noun, pos2 = _read_noun(text, pos)
            if noun:
                d.noun = noun
                pos = pos2
    m = RATE_RIGHT_RE.match(text, pos)
    if m:
        r = m.group("r") or m.group("s") or m.group("a")
        low = r.lower()
        if m.group("a"):
            d.per = ANNUAL_WORDS[low]
            pos = m.end()
        elif low in TIME_UNITS or low in ("share", "copy", "barrel", "ounce", "gallon", "gram",
                                           "kilogram", "kg", "litre", "liter", "unit", "person",
                                           "head", "capita", "game", "ticket", "seat", "piece",
                                           "set", "customer", "user", "household", "tonne",
                                           "ton", "pound", "sq", "square", "night", "trip",
                                           "episode", "film", "movie", "video", "minute",
                                           "employee", "worker", "student", "child", "mile"):
            # "per century" stays a century: the unit it maps to (years) would change the value
            d.per = _singular(TIME_UNITS[low][0]) if low in TIME_UNITS and TIME_UNITS[low][1] == 1 else _singular(low)
            pos = m.end()
    if TEMPORAL_REF_RIGHT_RE.match(text, pos) and d.unit in ("seconds", "minutes", "hours", "days", "weeks", "months", "years"):
        d.temporal_ref = True
    d.end = pos


def _is_not_quantity(text: str, c: Core, blocked: _Blocked) -> bool:
    if blocked.covers(c.start, c.end, c.kind):
        return True
    before = text[max(0, c.start - 1):c.start]
    after = text[c.end:c.end + 1]
    if c.kind == "digits":
        # glued to letters: "S23", "H100"; currency prefixes are read separately
        if before.isalpha():
            lm = re.search(r"([A-Za-z$=]+)$", text[max(0, c.start - 6):c.start])
            prefix = lm.group(1).lower() if lm else ""
            if prefix not in CURRENCY_PREFIXES and not prefix.endswith("$") and prefix not in ("y=",):
                return True
        if HYPHEN_WORD_LEFT_RE.search(text[max(0, c.start - 20):c.start]):
            word = re.search(r"([A-Za-z]+)-$", text[max(0, c.start - 20):c.start]).group(1).lower()
            if word not in ("minus", "plus", "us", "to", "from", "over", "under", "than", "and", "or", "approx", "about", "sub"):
                return True
        # "3D", "5G", "4K": digits glued to a letter that is no unit or magnitude
        if after.isalpha():
            rest = re.match(r"[^\W\d_][\w°/.-]*", text[c.end:c.end + 12]).group()
            low = rest.lower().rstrip(".")
            ok = (low in MAGNITUDE_SUFFIXES or low in _UNIT_LOOKUP or low in TIME_UNITS
                  or low in ("pc", "pct", "p", "x") or low.split("/")[0] in _UNIT_LOOKUP
                  or low.startswith(("mil", "bn", "tn", "km/h", "sq")) or low in MINOR_CURRENCY
                  or rest.lower() in _UNIT_LOOKUP)
            if not ok and not (low in ("p", "i") and c.value in VIDEO_LINES):
                return True  # "3D", "5G": labels, not amounts ("1080p" is a resolution)
        if after in ("/",) and text[c.end + 1:c.end + 2].isdigit():
            return True
        raw = text[c.start:c.end]
        idm = re.search(r"\b([A-Za-z]+\.?)\s?#?$", text[max(0, c.start - 20):c.start])
        if idm and raw.isdigit() and idm.group(1).lower() in ID_NOUNS and not _has_unit_after(text, c.end):
            return True
        # names with numbers: "Model 3", "Game 2", "iPhone 14", "S&P 500"
        nm = NAME_LEFT_RE.search(text[max(0, c.start - 30):c.start])
        if nm and raw.isdigit() and len(raw) <= 3 and not _has_unit_after(text, c.end):
            w = nm.group("w").rstrip(".").lower()
            if w not in NOT_NAME_WORDS and w not in MONTHS:
                return True
        # years used as dates
        if raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2199:
            if not _has_unit_after(text, c.end) and not re.search(r"[$€£¥]\s?$", text[max(0, c.start - 3):c.start]):
                left = text[max(0, c.start - 25):c.start]
                if YEAR_CONTEXT_LEFT_RE.search(left) or int(raw) >= 1900 or not QUALIFIER_LEFT_RE.search(left):
                    if not QUALIFIER_LEFT_RE.search(left) or YEAR_CONTEXT_LEFT_RE.search(left):
                        return True
    elif c.kind == "words":
        phrase = text[c.start:c.end]
        low = phrase.lower()
        # number words inside names and titles: "Three Kingdoms", "Formula One"
        if phrase[0].isupper() and c.start > 0 and not _sentence_initial(text, c.start):
            nxt = re.match(r"[\s-]+([A-Za-z]+)", text[c.end:c.end + 30])
            if nxt and nxt.group(1)[0].isupper():
                return True
            prv = re.search(r"([A-Za-z]+)[\s-]+$", text[max(0, c.start - 30):c.start])
            if prv and prv.group(1)[0].isupper() and prv.group(1).lower() not in NOT_NAME_WORDS:
                return True
        if phrase[0].isupper() and re.match(r"\s+\d", text[c.end:c.end + 3]):
            return True  # "If You Are the One 3"
        if low == "one":
            prev = re.search(r"(\w+)\W*$", text[max(0, c.start - 20):c.start])
            pw = prev.group(1).lower() if prev else ""
            if pw in ("the", "this", "that", "each", "every", "no", "any", "which", "another",
                      "same", "only", "last", "first", "next", "little", "big", "new", "old",
                      "right", "wrong", "such", "a", "an", "no", "everyone", "someone", "anyone"):
                return True
            nxt = re.match(r"\s*(['’]s\b|\w+)", text[c.end:c.end + 20])
            nw = nxt.group(1).lower() if nxt else ""
            if nw in ("is", "was", "can", "could", "should", "must", "might", "may", "would",
                      "will", "has", "had", "does", "did", "'s", "’s", "who", "that", "which",
                      "another", "thing", "day", "way", "time", "point", "hand", "side"):
                # "one hand ... the other": an idiom; "one is selected": a pronoun
                if nw not in ("hand", "side") or re.search(r"\bon\s+(?:the\s+)?$", text[max(0, c.start - 10):c.start]):
                    return True
        if after == "-" and not COMPOUND_UNIT_RE.match(text, c.end):
            return True  # compound adjectives: "three-body", "one-stop", "two-way"
    elif c.kind == "fraction":
        low = text[c.start:c.end].lower()
        if low == "half":
            nxt = text[c.end:c.end + 30]
            if re.match(r"\s+(?:a|an)\s", nxt, re.IGNORECASE):
                probe = _Draft(c, c.start, c.end, 1.0)
                after_article = c.end + re.match(r"\s+(?:a|an)", nxt, re.IGNORECASE).end()
                if _read_unit(text, probe, after_article) == after_article:
                    return True  # "half a lifetime": no unit, no figure
            elif not re.match(r"\s+(?:of|the)\b", nxt, re.IGNORECASE):
                return True
            prev = text[max(0, c.start - 12):c.start].lower()
            if re.search(r"\b(?:first|second|other|the|latter|back|front)\s+$", prev):
                return True
        if low.startswith(("a ", "an ")) or re.match(r"^(?:one|two|three)", low):
            nxt = text[c.end:c.end + 6].lower()
            if not re.match(r"\s+(?:of|the)\b", nxt) and not re.match(r"\s*(?:%|percent)", nxt):
                if low.startswith(("a ", "an ")):
                    return True
    elif c.kind == "magnitude":
        nxt = text[c.end:c.end + 6].lower()
        if not nxt.startswith((" of", " more", " upon", " and")) and text[c.start:c.end].lower() not in ("dozens",):
            return True
    return False


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos]
    return before.strip() == "" and (pos < 4 or "\n" in before) or bool(re.search(r"[.!?\"“”'‘’:]\s*[\"“‘']?\s*$", before))


def _has_unit_after(text: str, end: int) -> bool:
    probe = _Draft(Core(end, end, 1.0, "digits"), end, end, 1.0)
    pos = end
    m = MAGNITUDE_RIGHT_RE.match(text, pos)
    if m and (m.group("m") or m.group("g")):
        return True
    return _read_unit(text, probe, pos) != pos


def _draft(text: str, c: Core, blocked: _Blocked) -> _Draft:
    d = _Draft(core=c, start=c.start, end=c.end, value=c.value, value_high=c.value_high,
               scaled=c.kind == "magnitude" and c.value_high is not None)
    _read_left(text, d)
    if c.kind == "digits" and AGE_APPOSITION_RE.search(text, max(0, c.start - 40), c.start) \
            and text[c.end:c.end + 1] == "," and 0 < c.value <= 120 and "." not in text[c.start:c.end]:
        d.unit = "year of age"  # "Senard, 65, now faces": news style for a person's age
        d.end = c.end
        return d
    if c.kind == "magnitude" and d.qualifier == "exact":
        d.qualifier = "at_least"  # "thousands of", "dozens of": at least that order
    _read_right(text, d, blocked)
    if c.kind == "multiplier":
        d.unit = "times"
        d.noun = None
    return d


_RANGE_GAP_RE = re.compile(r"^\s*(?:-|–|—|to|or|and|to-|through|till|until)\s*$", re.IGNORECASE)


def _merge_ranges(text: str, drafts: list[_Draft]) -> list[_Draft]:
    out: list[_Draft] = []
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


def _try_merge(text: str, a: _Draft, b: _Draft, gap: str) -> _Draft | None:
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
    if connector in ("to", "till", "until", "through") and re.search(r"\bby\s+$", left) and not a_bare:
        return None  # "increased by $43.6 billion to $419.2 billion": a change, then a level
    if a.value_high is not None or b.value_high is not None:
        return None
    if a.core.kind in ("fraction", "magnitude", "multiplier") or b.core.kind in ("fraction", "magnitude", "multiplier"):
        return None
    if connector == "or" and a.core.kind == "article":
        return None
    # "three or four years", "10-15%", "$10 to $15 billion": the first end takes the
    # second's unit and scale.
    if a.unit != b.unit and not a_bare:
        return None
    a_value = a.value
    if b.scaled and not a.scaled and a.noun is None:
        scale = _scale_of(b)
        if scale and abs(a.value) * scale <= abs(b.value) * 1.0001:
            a_value = a.value * scale
    elif a_bare and b.unit in ("seconds", "minutes", "hours", "days", "weeks", "months", "years"):
        a_value = a.value * (b.value / b.core.value if b.core.value else 1.0)  # "three or four decades"
    lo, hi = sorted((a_value, b.value))
    return _Draft(core=a.core, start=a.start, end=b.end, value=lo, value_high=hi, unit=b.unit,
                  qualifier="range", direction=a.direction or b.direction, noun=b.noun,
                  per=b.per or a.per, scaled=b.scaled, currency_left=a.currency_left or b.currency_left,
                  explicit_qualifier=a.explicit_qualifier)


def _range_follows(text: str, end: int) -> bool:
    return bool(re.match(r"\s*(?:-|–|to|or)\s*\w", text[end:end + 8]))


def _scale_of(d: _Draft) -> float | None:
    if d.core.kind == "digits" and d.core.value:
        s = d.value / d.core.value
        return abs(s) if s else None
    if d.core.kind == "words":
        v = d.core.value
        for scale in (1e12, 1e9, 1e6, 1e3, 100):
            if v >= scale and v % scale == 0:
                return scale
    return None


def _right_direction(text: str, d: _Draft) -> str | None:
    # "a 3 percent drop", "a 34.9 percent year-on-year increase"
    m = re.match(r"[\s-]*(?:(?:year|quarter|month|week)-(?:on|over)-(?:year|quarter|month|week)\s+|annual\s+)?"
                 r"([a-z]+)(?:\s+([a-z]+))?", text[d.end:d.end + 40], re.IGNORECASE)
    if not m:
        return None
    for w in (m.group(1), m.group(2)):
        if not w:
            continue
        w = w.lower()
        if w in DIRECTION_NOUNS_UP:
            return "up"
        if w in DIRECTION_NOUNS_DOWN:
            return "down"
    return None


def _is_figure(d: _Draft) -> bool:
    if d.unit == "generation wireless":
        return False  # "5G": a label, reported by `extract` but not a figure
    kind = d.core.kind
    if d.temporal_ref:
        return False
    if kind in ("digits",):
        return True
    if d.value_high is not None:
        return True
    if d.unit in ("percent", "percentage point", "basis point") or d.unit in CURRENCY_CODES:
        return True
    if d.scaled or kind == "magnitude" or d.fraction_of:
        return True
    if d.unit in ("seconds", "minutes", "hours", "days", "weeks", "months", "years"):
        return kind != "article" or d.explicit_qualifier
    if d.unit in ("count", "times"):
        return d.explicit_qualifier and d.qualifier != "exact"
    return kind != "article"


GENERATION_RE = re.compile(r"[2-6]G")
APPOSITIVE_GAP_RE = re.compile(r",?\s+or\s+(?:about\s+|nearly\s+|roughly\s+)?")
# an index named in the text before a level: "S&P 500", "TA-125", "Composite", "index"
_INDEX_RE = re.compile(r"\b(?:index|indices|nasdaq|dow|s&p|ftse|nikkei|hang\s+seng|dax|cac|composite|"
                       r"ta-\d+|stoxx|kospi|sensex|topix|tsx|asx|exchange)\b")
_LEVEL_LEFT_RE = re.compile(r"\b(?:to|at)\s+(?:a\s+close\s+of\s+|end\s+at\s+)?$|\(\s*$")
_POINTS_AFTER_RE = re.compile(r"\s+(?:up|down|higher|lower)\s+[\d.,]+\s+points?\b")


_PARALLEL_GAP_RE = re.compile(r"[^\d.!?;]{0,60}")
_PARALLEL_JOIN_RE = re.compile(r",|\b(?:and|or|while|but|whereas|versus|vs|compared\s+with)\b")


def _parallel(text: str, previous: _Draft, d: _Draft) -> bool:
    """`d` stands in a list or comparison with the figure before it, unit unsaid: "84.75 cents,
    while the lowest is 74.07"; "2 percent but NASDAQ decreased by 1"; "about 14-18 mpg to 24"."""
    gap = text[previous.end:d.start]
    if not _PARALLEL_GAP_RE.fullmatch(gap):
        return False
    if previous.unit in ("percent", "percentage point") and re.search(r"\bto\s*$", gap):
        return False  # "rose 5% to 120": a level after a change, in its own unit
    return bool(_PARALLEL_JOIN_RE.search(gap)) or re.fullmatch(r"\s*(?:to|-|–)\s*", gap) is not None


def _index_level(text: str, low: str, d: _Draft) -> bool:
    """A bare number that is where a stock index stands: after "to"/"at" in a sentence about an
    index that moves in points or percent, or followed by "up 58.06 points"."""
    if _POINTS_AFTER_RE.match(low, d.end):
        return True
    if not _LEVEL_LEFT_RE.search(low, max(0, d.start - 20), d.start):
        return False
    window = low[max(0, d.start - 160):d.start]
    return bool(_INDEX_RE.search(window)) and ("point" in window or "%" in window or "percent" in window)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, with spans into `text`."""
    low = ascii_lower(text)
    blocked = _Blocked(low)
    drafts: list[_Draft] = []
    last_end = -1
    for c in find_cores(text, low):
        if c.start < last_end:
            continue
        if _is_not_quantity(text, c, blocked):
            continue
        d = _draft(text, c, blocked)
        if d.start < last_end:
            d.start = c.start
        if c.kind == "article" and (d.unit == "count" or not d.explicit_qualifier):
            continue  # "a year ago", "$3,500 a month": the article counts nothing here
        if c.kind == "words" and d.unit == "count" and d.noun is None and not d.scaled \
                and not d.explicit_qualifier and not _range_follows(text, d.end):
            continue  # "the bottom three", "all three": pronouns, not amounts
        drafts.append(d)
        last_end = d.end
    drafts = _merge_ranges(text, drafts)
    out: list[Quantity] = []
    previous: _Draft | None = None
    for d in drafts:
        if d.direction is None and d.unit in ("percent", "percentage point", "basis point") or (
                d.direction is None and d.unit in CURRENCY_CODES):
            d.direction = _right_direction(text, d)
        if d.direction is None and previous is not None and previous.direction and \
                APPOSITIVE_GAP_RE.fullmatch(text, previous.end, d.start):
            d.direction = previous.direction  # "lost 190 points, or 0.6%": the same move, restated
        if d.unit == "count" and d.noun is None and d.core.kind == "digits" and _index_level(text, low, d):
            d.unit = "point"  # "the S&P 500 rose 64.06 points to 4,577.10": an index level is in points
        if previous is not None and d.unit == "count" and d.noun is None and d.core.kind == "digits" \
                and previous.unit not in (None, "count") and not 1900 <= d.value <= 2100 \
                and _parallel(text, previous, d):
            d.unit = previous.unit  # "the highest is 84.75 cents, the lowest 74.07": the list's unit
            if d.unit in CURRENCY_CODES or d.unit in ("cent", "pence", "sen"):
                d.currency_left = previous.currency_left
        if d.per and unit_family(d.unit or "count") == "other" and d.unit != "video lines":
            d.unit = f"{d.unit} per {d.per}"  # "800,000 barrels a day": a rate is a unit of its own
        if d.unit == "gram" and GENERATION_RE.fullmatch(text, d.core.start, d.end):
            d.unit = "generation wireless"  # "5G", "4G": a network generation, not grams
        previous = d
        value = d.value
        high = d.value_high
        if high is not None and abs(high - value) < 1e-12:
            high = None
        out.append(Quantity(
            char_start=d.start, char_end=d.end, surface=text[d.start:d.end], value=value,
            value_high=high, unit=d.unit or "count", qualifier=d.qualifier if high is None or d.core.kind == "magnitude" else "range",
            direction=d.direction, noun=d.noun, per=d.per, is_figure=_is_figure(d),
            temporal_ref=d.temporal_ref,
        ))
    return out

