"""What holds a number but is not a quantity: dates, times, URLs, handles, IDs and model
names ("Model 3", "category 4"), labels ("3D"), idioms ("one stone stirs up a thousand waves").
Looked up around each numeric core only. Pure.
"""
from __future__ import annotations

import re

from .drafts import Draft
from .lexicon import (
    AMOUNT_HEDGES,
    ATTITUDES,
    CHANGE_VERBS,
    CODE_NOUNS_AFTER,
    CURRENCY_NAME_WORDS,
    CURRENCY_PREFIXES,
    ID_NOUNS,
    IDIOMS,
    IRREGULAR_PAST,
    MAGNITUDE_SUFFIXES,
    MINOR_CURRENCY,
    MONTHS,
    MOVEMENT_PARTICLES,
    MOVEMENT_VERBS,
    NOT_NAME_WORDS,
    ORGANISATION_WORDS,
    PART_OF_WHOLE_VERBS,
    PEOPLE_GROUPS,
    PERCENT_WORDS,
    SCALED_CURRENCY_LETTERS,
    STREET_TYPES_AFTER,
    STREET_TYPES_BEFORE,
    TIME_UNITS,
    VOTING_BODIES,
    YEAR_NOUNS,
)
from .numbers import Core
from .patterns import trie_pattern
from .units import (
    COMPOUND_UNIT_RE,
    MAGNITUDE_RIGHT_RE,
    QUALIFIER_LEFT_RE,
    UNIT_LOOKUP,
    VIDEO_LINES,
    currency_before,
    read_unit,
)

# --- spans that hold numbers but are not quantities --------------------------------------
# Lower-case patterns: they run over the ASCII-lowercased text (see numbers.ascii_lower).
# "one" going on to a range's other end is a number, whatever word before makes it look a pronoun ("each one to two")
_RANGE_ON_RE = re.compile(r"\s+(?:to|or)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"


_BLOCK_PATTERNS = [
    r"\b(?:https?://|www\.)\S+", r"\b[\w.+-]+@[\w-]+\.[\w.]+", r"(?<!\w)[@#]\w+",
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:t[\d:.]+z?)?\b", r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", r"\b\d{1,2}\.\d{1,2}\.\d{4}\b",
    # an exchange rate noted for the reader: "($1 = 0.7895 pounds)", "(£1 = $1.27)"
    r"\(\s*(?:[$€£¥]|us\$)\s?1\s*=\s*(?:[$€£¥]|us\$)?\s?[\d.,]+\s*[a-z. ]{0,20}\)",
    # (a range of days: "Oct. 14-20", "from Oct. 1 to 7")
    rf"\b{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}}|\s+(?:to|through|until)\s+\d{{1,2}}\b"
    # ("on June 7 and 8": a second day, not a count after the date: "on May 3 and 40 more in June")
    rf"|\s+(?:and|or)\s+(?:[12]?\d|3[01])\b(?!\s+(?:more|others?|[a-z]+s)\b))?(?:,?\s+\d{{4}})?"
    r"(?!\d|\s*(?:%|percent|per\s+cent))",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?\b",
    rf"\b{_MONTH}\s+\d{{4}}\b",
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)", r"\b\d{1,2}:\d{2}(?::\d{2})?\b",
    r"\b\d{4}\s+(?:gmt|utc|edt|est|pdt|pst|bst|cet|et|pt)\b",
    r"\b(?:gmt|utc)\s?[+−-]\s?\d{1,2}(?::?\d{2})?\b",  # a time zone's offset: "12:00 PM GMT+1", "UTC-5"
    r"\b\d+(?:st|nd|rd|th)\b", r"\b\d{4}s\b", r"'\d0s\b", r"\b\d{4}['’′]s\b",
    r"\b\d+-\d+-\d+(?:-\d+)*\b",  # phone numbers, ISBNs, scores chains
    r"\b(?:19|20)\d{2}[-–/]\d{2}\b(?!\s*(?:%|percent|per\s+cent))",  # seasons, fiscal years: "2014-15"
    r"\d(?:\.\d+)?\s?[×x]\s?10\s?[−-]?\d+",  # scientific notation: read as nothing rather than wrong
    r"(?<![\w.])\d{1,2}\s?[-–]\s?\d{1,2}(?=\s+(?:win|victory|defeat|loss|lead|draw|down|up|on\s+aggregate|thanks|in\s+the)\b)",  # scores
    # a unit defined for the reader: "One crore equals 10 million", "one lakh is 100,000"
    r"\bone\s+(?:crore|lakh|billion|trillion|million)\s+(?:equals|is|=|means)\s+[\d,.]+(?:\s+(?:million|thousand|billion|lakh))?",
    # an age something happens by: "1 in 4 have their own tablet by age 2"
    r"\b(?:by|at|from|until|before|after)\s+(?:the\s+)?age\s+(?:of\s+)?\d{1,2}\b(?![.,]\d|\s*(?:%|percent))",
    # a person's age at death, or said of them: "Disney animator, dies at 91", "She was 91."
    r"\b(?:dies|died|dead|passes\s+away|passed\s+away)\s+at\s+(?:age\s+|the\s+age\s+of\s+)?\d{1,3}\b(?![.,]\d|\s*(?:%|percent))",
    r"\b(?:(?:he|she)\s+(?:was|is)|i\s+(?:am|was)|i['’]m)\s+\d{1,3}(?=\s*[.;](?:\s|$)|\s+(?:when|years?\s+old)\b)",
    # a game's score after its verb: "won 112-104", "beat Boston 3-1" (a vote's tally is two counts: "voted 7-2")
    r"\b(?:won|beat|defeated|lost|drew)\s+(?:(?:the\s+)?[a-z]+\s+){0,2}"
    r"\d{1,3}\s?[-–]\s?\d{1,3}\b(?![-–.,]\d|\s*(?:%|percent|per\s+cent)|\s+[a-z]+s\b)",  # (not "won 3-4 awards")
    r"\(\d{1,2}\)",  # jersey numbers, list markers
    r"(?<![^\n])[ \t]*\d{1,2}/(?:\d{1,2})?(?=[ \t]+[a-z\"“])",  # a thread's post number opening its line: "1/ We made"
    r"(?<=[\"“])\d[\d.]*(?=:\s+[a-z])",  # a quoted title's number before its subtitle: '"12.12: The Day"'
    r"\b24\s*/\s*7\b(?:\s*/\s*365\b)?",  # round the clock
]


# Digit patterns matter only around digits, idioms only around number words.
BLOCK_RE = re.compile("|".join(f"(?:{p})" for p in _BLOCK_PATTERNS))


IDIOM_RE = re.compile("|".join(rf"(?:\b{p}\b)" for p in IDIOMS))


URL_RE = re.compile(r"(?:https?://|www\.)\S+")


HANDLE_RE = re.compile(r"[@#]\w+(?:[.-]\w+)*")  # handles, hashtags, and the tail of an email


# A page's furniture scraped with its article, a line of its own: a teaser for another story ("Read more: Studios bet
# $1 billion on AI tools"), a share bar ("Share this article: Facebook | Twitter | 12 comments"), a newsletter's
# pitch ("Subscribe to our newsletter for $1 a week"). Its numbers are no figures of the article.
_FURNITURE_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:read\s+more|related(?:\s+\w+)?|see\s+also|also\s+read|recommended(?:\s+\w+){0,2}|"
    r"more\s+from[^:\n]{0,30}|share\s+this(?:\s+\w+)?)\s*:|subscribe\s+(?:to|now|for|today)\b|"
    r"sign\s+up\s+for\s+(?:our|the)\s+(?:\w+\s+)?newsletter)[^\n]*")
_FURNITURE_WORDS = ("read more", "related", "see also", "also read", "recommended", "more from", "share this", "subscribe",
                    "sign up")


class Blocked:
    """Spans that hold numbers but are not quantities, looked up around each core only:
    running every pattern over a whole article would cost more than the rest together."""

    WINDOW = 24

    def __init__(self, low: str):
        self.text = low  # ASCII-lowercased article text
        self.urls = [(m.start(), m.end()) for m in URL_RE.finditer(low)] if (
            "http" in low or "www." in low) else []
        if any(word in low for word in _FURNITURE_WORDS):
            self.urls += [(m.start(), m.end()) for m in _FURNITURE_LINE_RE.finditer(low)]
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


HYPHEN_WORD_LEFT_RE = re.compile(r"[A-Za-z][A-Za-z]*-$")


_VERSION_RE = re.compile(r"\d{1,2}\.\d{1,2}")
_TALLY_REST_RE = re.compile(r"\s?[-–]\s?\d{1,3}\b(?![-–.,]\d)")  # "59-3": a vote's other side
NAME_LEFT_RE = re.compile(r"(?P<w>[A-Z][\w&'’.]*|[A-Z]{2,}|[A-Za-z]+[&][A-Za-z]+)\s$")


YEAR_CONTEXT_LEFT_RE = re.compile(
    r"\b(?:in|by|since|from|of|until|till|through|to|before|after|beyond|during|between|and|or|year|early|late|mid|fiscal|fy|the|circa|spring|summer|autumn|fall|winter|season|end)\s*$",
    re.IGNORECASE,
)


_CODE_NOUNS = "|".join(w.replace(" ", r"\s+") for w in CODE_NOUNS_AFTER)
_CODE_AFTER_RE = re.compile(rf"\s+(?:{_CODE_NOUNS})\b", re.IGNORECASE)
_YEAR_NOUN_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(YEAR_NOUNS)})\b", re.IGNORECASE)
LIST_MARKER_RE = re.compile(r"[.)]\s")
# the number of a house: "49 Zorro Ranch Road, Stanley", "9 E 71st St.", "22 Ave Foch, Paris";
# the street ends the phrase ("300 Wall Street firms" are firms, "12 Street Fighter games" games)
_ADDRESS_END = r"(?:\.|(?=[ \t]*(?:[,;)\n]|$)))"
ADDRESS_AFTER_RE = re.compile(
    r"(?:[ \t]+[NSEW]\.?)?(?:[ \t]+(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)){0,3}[ \t]+"
    rf"(?:{'|'.join(STREET_TYPES_AFTER)}){_ADDRESS_END}"
    rf"|[ \t]+(?:{'|'.join(STREET_TYPES_BEFORE)})\.?(?:[ \t]+(?:de|du|des|la|le|del|della|di|da))?"
    rf"[ \t]+[A-Z][\w'’-]*{_ADDRESS_END}")
TICKER_AFTER_RE = re.compile(r"\.[A-Z]{1,2}\b")


# an age that bounds a group of people, no amount of its own: "adults under 30", "those 65 and
# older", "women aged 25 to 54" (not "over the age of 21", an age said as one)
_AGE_GROUP = rf"(?:{PEOPLE_GROUPS}|those|men|women|children|teens|teenagers|viewers|population|[A-Z][a-z]+ans)"
# (past a copula too: "more than half of viewers were under 35")
_AGE_GROUP_LEFT_RE = re.compile(rf"\b{_AGE_GROUP}\s+(?:(?:(?:were|are|was|is)\s+)?(?:aged|ages|under|over|older\s+than|younger\s+than)\s+"
                                rf"|aged\s+(?:\d{{1,2}}|[a-z]+)\s*(?:to|-|–|and)\s*)$"
                                # (any plural before "aged": "Participants aged 18 to 34")
                                rf"|\b[A-Za-z]{{3,}}s\s+aged\s+(?:\d{{1,2}}\s*(?:to|-|–|and)\s*)?$"
                                # (an aside of ages: "The suspects, aged between 22 and 51, face …")
                                rf"|\b[A-Za-z]{{3,}}s,?\s+aged\s+(?:between\s+)?(?:\d{{1,2}}\s*(?:to|-|–|and)\s*)?$"
                                # (a bracket right after the group, no "aged": "adults 18 to 49", "viewers 18-34")
                                rf"|\b{_AGE_GROUP}\s+\d{{1,2}}\s*(?:to|-|–)\s*$", re.IGNORECASE)
_GROUP_LEFT_RE = re.compile(rf"\b{_AGE_GROUP}\s+(?:aged\s+)?$", re.IGNORECASE)
# a person's age right after their name, between commas or closing the sentence: "said Reyes, 41.",
# "Maria Lopez, 35, a teacher" (not a list of counts: "Netflix, 18, Disney, 12")
_NAME_BEFORE_AGE_RE = re.compile(r"\b[A-Z][a-zà-ÿ'’-]+,\s$")
# (or where they are from: "Daniel Hurst, 34, of Leeds, admitted …")
_AGE_CLOSES_RE = re.compile(r"(?:,\s+(?:who|a|an|the|said|says|told|added|of|from)\b|\.(?:\s|$)|\s+(?:said|says|told)\b)")
# ... or, after a full name (a first name and a surname), the person's own verb: "Michael Smith, 52, used …",
# "Ana Ruiz, 34, was …" (not a list's count after one name: "Apple, 9, received")
_FULL_NAME_BEFORE_AGE_RE = re.compile(r"\b[A-Z][a-zà-ÿ'’-]+\s+[A-Z][a-zà-ÿ'’-]+,\s$")
_AGE_THEN_VERB_RE = re.compile(rf",\s+(?:was|is|has|had|faces|joined|{'|'.join(sorted(IRREGULAR_PAST))}|[a-z]{{2,}}ed)\b")
# the rest of a bracket of ages after its first: " to 49", "-34" (no amount after it: not "18 to 20 million")
_AGE_BRACKET_REST_RE = re.compile(r"\s*(?:to|-|–)\s*\d{1,2}\b(?![\d%]|[.,]\d|\s*(?:percent|per\s+cent|million|billion|thousand)\b)")
# currencies written as words before an amount: "Rs 149", "USD 20", "RMB 35"
# a bracket of ages that names a group: "16- to 24-year-olds", "25-to-34-year-olds"
_AGE_BRACKET_AFTER_RE = re.compile(r"-?\s*(?:to|-|–)[\s-]*\d{1,2}-year-olds\b")
_AGE_BRACKET_BEFORE_RE = re.compile(r"\b\d{1,2}-?\s*(?:to|-|–)[\s-]*$")
_AGE_OR_OLDER_RE = re.compile(r"\s+(?:and|or)\s+(?:older|over|above|up|younger|under)\b")
_COMPARED_TO_YEAR_RE = re.compile(r"(?:%|\bpercent|\bper\s+cent|\bpoints?)\s+(?:below|above|under|over|behind|ahead\s+of)\s+$",
                                  re.IGNORECASE)
_CURRENCY_SIGN_LEFT_RE = re.compile(r"[$€£¥]\s?$")


def _after_currency_sign(text: str, c: Core) -> bool:
    """"$2024", "£ 22": an amount, whatever else the number looks like."""
    return bool(_CURRENCY_SIGN_LEFT_RE.search(text, max(0, c.start - 3), c.start))


# quarters of a year, not of a whole: "for the first three quarters of the year", "three quarters in a row"
_QUARTERS_OF_A_YEAR_RE = re.compile(r"(?:two|three|four)[\s-]+quarters$", re.IGNORECASE)
_SPAN_ORDINAL_BEFORE_RE = re.compile(r"\b(?:first|last|past|next|previous|coming|straight|consecutive)\s+$", re.IGNORECASE)
_OF_A_YEAR_AFTER_RE = re.compile(r"\s+(?:in\s+a\s+row|running|of\s+(?:the|this|last|its|their|fiscal)\s+(?:fiscal\s+)?year|"
                                 r"of\s+(?:fiscal\s+)?(?:19|20)\d\d)\b(?!['’])", re.IGNORECASE)  # (not "of the year's releases")
# the other end of a range of fractions: "between a third and a half of that spending"
_FRACTION_RANGE_AFTER_RE = re.compile(r"\s+(?:and|to|or)\s+(?:(?:a|an|one|two|three|four)[\s-]+)?"
                                      r"(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\s+of\b", re.IGNORECASE)
_INTERVAL = r"(?:80|90|95|99)\s?%\s*(?:CI|[Cc]onfidence\s+[Ii]ntervals?|[Cc]redible\s+[Ii]ntervals?)\b"
_INTERVAL_RE = re.compile(_INTERVAL)
_INTERVAL_BEFORE_RE = re.compile(rf"{_INTERVAL}[:,]?\s*(?:[\d.]+\s*(?:-|–|to)\s*)?$")
_STATISTIC_BEFORE_RE = re.compile(r"(?<![\w.])[npPN]\s*[=<>≤≥]\s*$")
# a rate's denominator: "per 1,000 views", "for every 100 residents"
_PER_BEFORE_RE = re.compile(r"\b(?:per|for\s+every|every)\s+$", re.IGNORECASE)
_ROUND_DENOMINATORS = {100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0}
TABLE_CELL_END_RE = re.compile(r"[ \t]*\|")


def is_not_quantity(text: str, c: Core, blocked: Blocked) -> bool:
    if blocked.covers(c.start, c.end, c.kind):
        return True
    before = text[max(0, c.start - 1):c.start]
    after = text[c.end:c.end + 1]
    if c.kind == "fraction" and _QUARTERS_OF_A_YEAR_RE.match(text, c.start, c.end) \
            and (_SPAN_ORDINAL_BEFORE_RE.search(text, max(0, c.start - 12), c.start)
                 or _OF_A_YEAR_AFTER_RE.match(text, c.end)):
        return True  # "for the first three quarters of the year", "three quarters in a row": a span, no fraction
    if c.kind == "words" and c.value < 100 and _AGE_GROUP_LEFT_RE.search(text, max(0, c.start - 40), c.start):
        return True  # "children aged four to 15": who, as with digits below
    if c.kind == "digits":
        # glued to letters: "S23", "H100"; currency prefixes are read separately
        if before.isalpha():
            lm = re.search(r"([A-Za-z$=]+)$", text[max(0, c.start - 6):c.start])
            prefix = lm.group(1).lower() if lm else ""
            if prefix not in CURRENCY_PREFIXES and not prefix.endswith("$") and prefix not in ("y=",) and not (
                    prefix in SCALED_CURRENCY_LETTERS and currency_before(text, c.start)):  # ("N7.2 billion", not "N95")
                return True
        if HYPHEN_WORD_LEFT_RE.search(text[max(0, c.start - 20):c.start]):
            glued = re.search(r"(\d?)([A-Za-z]+)-$", text[max(0, c.start - 20):c.start])
            word = glued.group(2).lower()
            if word not in ("minus", "plus", "us", "to", "from", "over", "under", "than", "and", "or", "approx", "about", "sub") \
                    and not (glued.group(1) and word in MAGNITUDE_SUFFIXES):  # ("£1m-2m": the range's second end)
                return True
        # "3D", "5G", "4K": digits glued to a letter that is no unit or magnitude
        if after.isalpha():
            rest = re.match(r"[^\W\d_][\w°/.-]*", text[c.end:c.end + 12]).group()
            low = re.sub(r"-[\d£$€¥₹].*$", "", rest.lower()).rstrip(".-")  # ("£1m-£2m", "£1m-2m": the hyphen is the range's)
            ok = (low in MAGNITUDE_SUFFIXES or low in UNIT_LOOKUP or low in TIME_UNITS
                  or low in PERCENT_WORDS or low in ("p", "x") or low.split("/")[0] in UNIT_LOOKUP
                  or low.startswith(("mil", "bn", "tn", "km/h", "sq")) or low in MINOR_CURRENCY
                  or rest.lower() in UNIT_LOOKUP)
            if not ok and not (low in ("p", "i") and c.value in VIDEO_LINES):
                return True  # "3D", "5G": labels, not amounts ("1080p" is a resolution)
        if _SCORE_BEFORE_SCALE_RE.search(text, max(0, c.start - 16), c.start):
            return True  # "a rating of 9.1 out of 10", "4.5 out of 5 stars": the scale a score is given on
        if c.value in _ROUND_DENOMINATORS and _PER_BEFORE_RE.search(text, max(0, c.start - 16), c.start):
            return True  # "about 60 cents per 1,000 views", "per 100,000 people": a rate's denominator, no figure
        if after in ("/",) and text[c.end + 1:c.end + 2].isdigit():
            return True
        raw = text[c.start:c.end]
        if _STATISTIC_BEFORE_RE.search(text, max(0, c.start - 8), c.start):
            return True  # "(n = 1,276; p < 0.01)": a study's sample size and significance, in its notation
        if _INTERVAL_RE.match(text, c.start) or _INTERVAL_BEFORE_RE.search(text, max(0, c.start - 48), c.start):
            return True  # "(odds ratio 1.04, 95% CI 0.91-1.19)": a confidence interval, its level and its bounds
        if raw.isdigit() and TICKER_AFTER_RE.match(text, c.end):
            return True  # "(01024.HK)", "(7203.T)": a stock code
        if raw.isdigit() and len(raw) <= 5 and ADDRESS_AFTER_RE.match(text, c.end) and not _after_currency_sign(text, c):
            return True  # "358 El Brillo Way": a house number
        if raw.isdigit() and len(raw) <= 3 and TABLE_CELL_END_RE.match(text, c.end) \
                and (c.start == 0 or text[:c.start].rstrip(" \t|").endswith("\n") or not text[:c.start].strip(" \t|")):
            return True  # "1 | Ironclad | $48.0M": a table row's number, at the head of its line
        # "1. 1 million downloads", "3) Zero": the number of an item in a list, at the head of its line
        if raw.isdigit() and len(raw) <= 2 and LIST_MARKER_RE.match(text, c.end) \
                and (c.start == 0 or text[:c.start].rstrip(" \t").endswith("\n") or not text[:c.start].strip()):
            return True
        idm = re.search(r"\b([A-Za-z]+\.?)\s?#?$", text[max(0, c.start - 20):c.start])
        if idm and raw.isdigit() and idm.group(1).lower() in ID_NOUNS and not has_unit_after(text, c.end):
            return True
        # names with numbers: "Model 3", "Game 2", "iPhone 14", "S&P 500"
        nm = NAME_LEFT_RE.search(text[max(0, c.start - 30):c.start])
        # (four digits after an acronym that are no year: "Nvidia RTX 4090", "GTX 1080")
        if nm and (raw.isdigit() and (len(raw) <= 3 or len(raw) == 4 and nm.group("w").isupper() and len(nm.group("w")) > 1
                                      and not 1900 <= int(raw) <= 2199)
                   or _VERSION_RE.fullmatch(raw)) and not has_unit_after(text, c.end):
            # (and a version: "Kling 2.0", "Veo 3.1")
            w = nm.group("w").rstrip(".").lower()
            if w not in NOT_NAME_WORDS and w not in MONTHS and w not in CURRENCY_NAME_WORDS \
                    and not (w in VOTING_BODIES and _TALLY_REST_RE.match(text, c.end)):  # ("Rs 149": money)
                return True
        if raw.isdigit() and len(raw) <= 2 and (_AGE_BRACKET_AFTER_RE.match(text, c.end)
                                                 or _AGE_BRACKET_BEFORE_RE.search(text, max(0, c.start - 12), c.start)
                                                 and text.startswith("-year-olds", c.end)):
            return True  # "16- to 24-year-olds", "25-to-34-year-olds": an age group, no amount
        named = _NAME_BEFORE_AGE_RE.search(text, max(0, c.start - 24), c.start) if raw.isdigit() and 12 <= c.value <= 110 \
            else None
        if named and (_AGE_CLOSES_RE.match(text, c.end) or _AGE_THEN_VERB_RE.match(text, c.end)
                      and (full := _FULL_NAME_BEFORE_AGE_RE.search(text, max(0, c.start - 40), c.start))
                      and full.group().split()[-1].rstrip(",").lower() not in ORGANISATION_WORDS) \
                and not re.search(r"\d,\s*$", text[max(0, named.start() - 6):named.start()]):
            return True  # "said Reyes, 41.": his age, no figure
        if raw.isdigit() and len(raw) <= 2 and not has_unit_after(text, c.end) and (
                _AGE_GROUP_LEFT_RE.search(text, max(0, c.start - 40), c.start)
                or (_AGE_OR_OLDER_RE.match(text, c.end) or _AGE_BRACKET_REST_RE.match(text, c.end))
                and _GROUP_LEFT_RE.search(text, max(0, c.start - 40), c.start)):
            return True  # "adults under 30", "those 65 and older", "women aged 25 to 54": who, not how many
        # years used as dates
        if raw.isdigit() and _CODE_AFTER_RE.match(text, c.end):
            return True  # "the 90049 ZIP Code": a code, not an amount
        if raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2199 \
                and _COMPARED_TO_YEAR_RE.search(text, max(0, c.start - 30), c.start):
            return True  # "about 3% below 2023": the year compared with, no amount
        if raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2199:
            if 1900 <= int(raw) <= 2199 and _YEAR_NOUN_AFTER_RE.match(text, c.end):
                return True  # "25% below 2019 levels", "2023 figures": the year of what follows
            if not has_unit_after(text, c.end) and not _after_currency_sign(text, c):
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
        if low == "one" and not _RANGE_ON_RE.match(text, c.end):  # ("each one to two minutes long": a range's first end)
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
        if _BY_CHANGE_RE.search(text, max(0, c.start - 100), c.start):
            return False  # "fell by a third", "cut by half": the size of a change, a share
        if low == "half":
            nxt = text[c.end:c.end + 30]
            if re.match(r"\s+(?:a|an)\s", nxt, re.IGNORECASE):
                probe = Draft(c, c.start, c.end, 1.0)
                after_article = c.end + re.match(r"\s+(?:a|an)", nxt, re.IGNORECASE).end()
                if read_unit(text, probe, after_article) == after_article:
                    return True  # "half a lifetime": no unit, no figure
            # (a possessive determiner is the article's place: "lost close to half their work")
            elif not re.match(r"\s+(?:of|the|their|its|his|her|our|my|your|all|these|those)\b", nxt, re.IGNORECASE) and not (
                    _HALF_SAY_RE.match(text, c.end) and _CLAUSE_OPEN_RE.search(text, max(0, c.start - 30), c.start)) \
                    and not _LEVEL_REACHED_RE.search(text, max(0, c.start - 30), c.start) \
                    and not _SHARE_TAKEN_BEFORE_RE.search(text, max(0, c.start - 40), c.start):
                return True  # (but "that share could reach half", "costs could drop to half": a level)
            prev = text[max(0, c.start - 12):c.start].lower()
            if re.search(r"\b(?:first|second|other|the|latter|back|front)\s+$", prev):
                return True
        if low.startswith(("a ", "an ")) or re.match(r"^(?:one|two|three)", low):
            nxt = text[c.end:c.end + 7].lower().lstrip("\"”")  # ('lost "a quarter" of its staff')
            if not re.match(r"\s+(?:of|the)\b", nxt) and not re.match(r"\s*(?:%|percent)", nxt) \
                    and not _FRACTION_RANGE_AFTER_RE.match(text, c.end) \
                    and not (_MOVED_TO_BEFORE_RE.search(text, max(0, c.start - 90), c.start)
                             and _LEVEL_ENDS_AFTER_RE.match(text, c.end)) \
                    and not (_ANSWER_OPENS_BEFORE_RE.search(text, max(0, c.start - 30), c.start)
                             and _ANSWER_ENDS_AFTER_RE.match(text, c.end)) \
                    and not (_SHARE_TAKEN_BEFORE_RE.search(text, max(0, c.start - 40), c.start)
                             and _LEVEL_ENDS_AFTER_RE.match(text, c.end)):
                # ("between a third and a half of"; "rose from 5% in 2023 to nearly a third this year": the level;
                # "A: About a third.": an answer, the whole of its sentence; "programmatic ads made up about a
                # quarter.": the share a verb of making up takes)
                if low.startswith(("a ", "an ")):
                    return True
    elif c.kind == "magnitude":
        nxt = text[c.end:c.end + 7].lower().lstrip("\"”’'")  # '"hundreds of millions" of videos'
        if re.match(r"\s+and\s+" + re.escape(text[c.start:c.end].lower()) + r"\b", text[c.end:c.end + 30].lower()):
            return True  # "millions and millions of dollars": the second is the amount
        if not nxt.startswith((" of", " more", " upon", " and")) and text[c.start:c.end].lower() not in ("dozens",) \
                and not _MAGNITUDE_RANGE_RE.match(text, c.end):
            return True
    return False


# "by" before a fraction, after a verb of change: "fell by a third", "could reduce budgets by a fifth"
# (the verbs of movement in every tense: "drops by a third", "fell by half")
_BY_CHANGE_RE = re.compile(rf"\b(?:\w+ed|{CHANGE_VERBS}|{trie_pattern(MOVEMENT_VERBS - MOVEMENT_PARTICLES)}|"
                           rf"rise|fall|drop|jump|slide)"
                           rf"\b[^,;.]{{0,60}}?\bby\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# "tens of millions to hundreds of millions of won": the first order of a range of orders
_MAGNITUDE_RANGE_RE = re.compile(r"\s+(?:to|or)\s+(?:tens\s+of\s+|hundreds\s+of\s+)?"
                                 r"(?:hundreds|thousands|millions|billions|trillions)\s+of\b", re.IGNORECASE)

# a share a part makes of its whole, the whole left unsaid: "with overseas sales making up more than half"
_SHARE_TAKEN_BEFORE_RE = re.compile(rf"\b(?:{PART_OF_WHOLE_VERBS}|represent(?:s|ed|ing)?)\s+(?:less\s+than\s+)?{AMOUNT_HEDGES}$",
                                    re.IGNORECASE)
# a score with a decimal before "out of": what follows is its scale ("9.1 out of 10"; "eight out of ten" is a share)
_SCORE_BEFORE_SCALE_RE = re.compile(r"\d\.\d+\s+out\s+of\s+$")
# a level a verb of movement reached, past what else its clause says: "rose from 5% in 2023 to nearly"
_MOVED_TO_BEFORE_RE = re.compile(rf"\b(?:{trie_pattern(MOVEMENT_VERBS - MOVEMENT_PARTICLES)})\b[^.;:]{{0,60}}?\bto\s+{AMOUNT_HEDGES}$",
                                 re.IGNORECASE)
# a fraction that is the whole of its sentence, an answer: "Q: How much …? A: About a third."
_ANSWER_OPENS_BEFORE_RE = re.compile(r"(?:^|[\n.!?]\s*|\bA:\s*)(?:(?:about|around|roughly|nearly|almost|more\s+than|less\s+than|"
                                     r"just\s+over|just\s+under|over|under)\s+)?$", re.IGNORECASE)
_ANSWER_ENDS_AFTER_RE = re.compile(r"\s*[.!](?:\s|$)")
# what closes a level (no noun after it, which would make "a third" an ordinal: "rose to a third season")
_LEVEL_ENDS_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|$|\s+(?:this|last|next|in|by|from|on|at|over|since|and|but|as)\b)")
# a level a share reaches: "could reach half", "fell to half"
_LEVEL_REACHED_RE = re.compile(r"\b(?:reach(?:es|ed)?|hit|hits|top(?:s|ped)?|exceed(?:s|ed)?|pass(?:es|ed)?|"
                               r"surpass(?:es|ed)?|(?:rise|rose|risen|grow|grew|grown|fall|fell|fallen|drop(?:s|ped)?|"
                               r"climb(?:s|ed)?|shrink|shrank)\s+to)\s+$", re.IGNORECASE)
# "half expect the tech to be used, while 30% anticipate": half of the group asked, as its subject
_HALF_SAY_RE = re.compile(rf"\s+(?:{ATTITUDES})\b", re.IGNORECASE)
_CLAUSE_OPEN_RE = re.compile(r"(?:^|[,;:.!?]\s*|\b(?:and|while|but|whereas|about|nearly|almost|roughly|"
                             r"around|over|under|just)\s+)$", re.IGNORECASE)


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos]
    # (a line's start too, after a headline that ends on no stop: "… Use AI\n\nNinety-one percent of marketers")
    return before.strip() == "" and (pos < 4 or "\n" in before) or bool(re.search(r"[.!?\"“”'‘’:]\s*[\"“‘']?\s*$|\n\s*$", before))


def has_unit_after(text: str, end: int) -> bool:
    probe = Draft(Core(end, end, 1.0, "digits"), end, end, 1.0)
    pos = end
    m = MAGNITUDE_RIGHT_RE.match(text, pos)
    if m and (m.group("m") or m.group("g")):
        return True
    return read_unit(text, probe, pos) != pos
