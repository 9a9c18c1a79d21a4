"""Quantities: a numeric core read together with its unit, scale, qualifier and direction.

`find_quantities(text)` is the extractor's first stage and knows nothing about claims: it
returns every quantity in the text ("one man" included), each with `is_figure` saying
whether it is a figure worth a claim (a measured or counted amount, not an incidental
"two photographers"). Pure: text in, quantities out.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import pairwise

from .drafts import Draft
from .lexicon import (
    ADD_VERBS,
    AMOUNT_HEDGES,
    ANNUAL_WORDS,
    ATTRIBUTIVE_ADJECTIVES,
    CHANGE_VERBS,
    CHANGED_BY_VERBS_DOWN,
    CHANGED_BY_VERBS_UP,
    COLLECTIVE_PEOPLE_NOUNS,
    COMMON_VERBS,
    COMPOUND_HEAD_VERBS,
    COUNT_MODIFIERS,
    COUNTED_NOUNS,
    CURRENCY_CODES,
    DIRECTION_BREAKING_WORDS,
    DIRECTION_DOWN,
    DIRECTION_FILLERS,
    DIRECTION_NOUNS_DOWN,
    DIRECTION_NOUNS_UP,
    DIRECTION_UP,
    DOWN_PARTICLE_VERBS,
    GERUND_NOUNS,
    IRREGULAR_PAST,
    MAGNITUDE_SUFFIXES,
    MEASURE_NOUNS,
    MOVEMENT_VERBS,
    NOUN_STOP,
    PARTICIPLES_AFTER_NOUN,
    PESO_BY_PLACE,
    PLURALS_WITHOUT_S,
    QUALIFIERS,
    RISE_TO_VERBS,
    SEASON_NOUNS,
    SPEECH_VERBS,
    TIME_UNIT_NAMES,
    TIME_UNITS,
    TRADING_LIMIT_OF,
    UNNAMED_PERSON_NOUNS,
    UP_PARTICLE_VERBS,
)
from .not_quantities import Blocked, has_unit_after, is_not_quantity
from .numbers import Core, ascii_lower, find_cores, scaled
from .patterns import trie_pattern
from .phrases import PEOPLE_RE
from .ranges import merge_ranges, range_follows
from .record import unit_family
from .units import (
    FRACTION_UNIT_RE,
    GENERATION_RE,
    MAGNITUDE_RIGHT_RE,
    RATE_RIGHT_RE,
    RESOLUTION_CONTEXT_AFTER_RE,
    RESOLUTION_NAMES,
    UNIT_LOOKUP,
    currency_before,
    read_unit,
    singular,
)


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
    restates: bool = False  # the figure before, in other units in brackets: "100 billion won (US$72 million)"


# (a closing quotation mark may end a figure quoted in scare quotes: 'lost "a quarter" of its staff')
# (a possessive before a number stands as "its" does: "half of the group's 108,000 staff")
_RATE_AFTER_RE = re.compile(r"\s+rates?\b")
OF_RIGHT_RE = re.compile(r"[\"”]?\s+of\s+(?:(?:the\s+)?[A-Za-z][\w&.-]*['’]s\s+(?=\d)"
                         r"|the\s+|its\s+|their\s+|all\s+|those\s+|these\s+|our\s+|his\s+|her\s+)?", re.IGNORECASE)
# (a model's name with its number is one word: "4.5 million PS5 consoles", "Gen3", "20,000 Nvidia H100 chips"; so is a
# service's with its plus: "new Disney+ subscribers"; a plural's possessive is a word of the noun after it: "its members'
# cinemas")
NOUN_WORD_RE = re.compile(r"[\s-]*(?P<w>[A-Z][A-Za-z]*\d{1,4}(?![\w.])|[A-Z][A-Za-z]*\+(?![\w+])|[a-z]+s['’](?=\s+[a-z])"
                          r"|[A-Za-z][A-Za-z'’.-]*[A-Za-z.]|[A-Za-z])")
# an object pronoun or a verb's particle right after a word: the word is a verb ("19 rate it a buy", "turns out")
# (not an object relative clause: "47% of the 210 studios it surveyed")
_OBJECT_PRONOUN_AFTER_RE = re.compile(r"\s+(?:(?:it|them|him|her)\s+(?:a|an|the|as)\b|out(?!\s+of\b))\b")
AGE_LEFT_RE = re.compile(r"(?:\b(?:he|she|who)\s+(?:will\s+be|would\s+be|is|was|turns|turned|turning)|"
                         r"\baged|\b(?:at|over|under|above|below)\s+(?:the\s+)?age\s+of|\bages?)\s+$", re.IGNORECASE)
# (a person named or described: "Senard, 65,", "The man, 41, pleaded guilty")
AGE_APPOSITION_RE = re.compile(rf"\b(?:[A-Z][a-z]+|(?:[Tt]he|[Aa])\s+(?:{'|'.join(sorted(UNNAMED_PERSON_NOUNS))})),\s$")
_MARK_OF_RE = re.compile(r"\b(above|over|beyond|past|below|under)\s+the\s+(?:[\w-]+\s+){0,2}(?:mark|level|threshold|"
                         r"barrier|line|age)\s+of$", re.IGNORECASE)
_OR_SO_RE = re.compile(r"\s+or\s+(?:so|thereabouts)\b", re.IGNORECASE)  # a hedge after the number
_OPEN_END_RE = re.compile(r"\s+or\s+(?:(?P<up>more|greater|higher|longer|above|over)|(?P<down>less|fewer|lower|"
                          r"shorter|below|under))\b|(?P<vague>\s+to\s+(?:a\s+few|several|many)\b)", re.IGNORECASE)
# a figure right before "below"/"above": how far from the mark, which is itself exact
_GAP_BEFORE_RE = re.compile(r"\d\s*(?:%|percent|per\s+cent|points?|[mb]n|million|billion)?\s+$", re.IGNORECASE)
# a body of people and how many are in it: "a team of 14", "a crew of about 30"
_COLLECTIVE_OF_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(COLLECTIVE_PEOPLE_NOUNS))})\s+of\s+(?:[a-z]+\s+){{0,2}}\S+$",
                                      re.IGNORECASE)
# what follows a past verb, not a counted noun: "a crew of 60 worked a week"
_VERB_OBJECT_AFTER_RE = re.compile(r"\s+(?:(?:a|an|the|on|at|in|for|with|to|from|out|up|down|off|by)\b|[$€£¥]?\d"
                                   # (or an amount's hedge: "one in four earned less than 2 million yen")
                                   r"|(?:less|more|fewer|about|nearly|around|roughly|almost|just|only|between)\s)", re.IGNORECASE)
# the size of the group a share is of, and whose group it is: "of 500 editors", "of Disney's
# roughly 233,000 employees" (etl.measure reads the owner too)
GROUP_SIZE_RE = re.compile(r"(?:the\s+|its\s+|their\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s\s+)?"
                           # ("the 50 million people", "its 3,000-strong workforce")
                           rf"{AMOUNT_HEDGES}\d[\d,.]*(?:-strong)?\s+(?:(?:thousand|million|billion)\s+)?(?=[a-z])")
_ASKED_AFTER_RE = re.compile(r"\s+(?:polled|surveyed|asked|questioned|interviewed|who\s+(?:took\s+part|responded))\b")
_OF_SOMETHING_RE = re.compile(r"\s+of\s+[a-z]", re.IGNORECASE)
# "a year and a half", "two hours and a half": the half belongs to the unit just read
_AND_A_HALF_RE = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_SPAN_OF_BEFORE_RE = re.compile(r"\b(?:period|window|notice|span|term|gap|wait|deadline)\s+of\s+(?:at\s+least\s+|up\s+to\s+)?$",
                                re.IGNORECASE)
TEMPORAL_REF_RIGHT_RE = re.compile(r"\s+(?:ago|earlier|later|before|prior|hence|from\s+now)\b", re.IGNORECASE)


_QUALIFIER_PHRASES = {q: k for q, k in QUALIFIERS}
# a sentence's last word glued to the next one's first: "technology.more" (not "u.s.more")
_GLUED_STOP_RE = re.compile(r"[a-z]{3,}[.!?](?=[a-z]{2,})")
_MAX_QUALIFIER_WORDS = max(len(q.split()) for q in _QUALIFIER_PHRASES)


_PLUS_OR_MINUS_RE = re.compile(r"\bplus\s+or\s+minus\s+$|\+/-\s*$", re.IGNORECASE)


def _read_left(text: str, d: Draft) -> None:
    """Currency sign, sign, qualifier and direction written before the number, read as
    tokens backwards from the number (end-anchored regexes cost far more)."""
    p = d.start
    if d.core.kind == "digits":
        found = currency_before(text, p)
        if found:
            d.unit, p = found
            d.currency_left = True
        prev = text[p - 1] if p > 0 else ""
        if prev and prev in "-−+" and (p < 2 or text[p - 2] in " \t\n("):
            if prev == "+":
                d.direction = "up"
            else:
                d.value, d.direction = -d.value, "down"
            d.signed = True
            p -= 1
        else:
            low_tail = text[max(0, p - 6):p].lower()
            margin = _PLUS_OR_MINUS_RE.search(text, max(0, p - 16), p)
            if margin or prev == "±":  # "plus or minus 4.8 percentage points", "±3%": a margin, no sign
                p = margin.start() if margin else p - 1
            elif low_tail.endswith(("minus ", "minus-")) or low_tail == "minus":
                d.value, d.direction, d.signed = -d.value, "down", True
                p -= 6
            elif low_tail.endswith("plus "):
                d.direction, d.signed = "up", True
                p -= 5
    window = text[max(0, p - 40):p]
    stripped = window.rstrip(" -\t")
    if stripped.endswith("~"):
        d.qualifier, d.explicit_qualifier = "approx", True
        p = p - (len(window) - len(stripped)) - 1
        window = text[max(0, p - 40):p]
        stripped = window.rstrip(" \t")
    elif _MARK_OF_RE.search(stripped) and not _GAP_BEFORE_RE.search(stripped, 0, _MARK_OF_RE.search(stripped).start()):
        # "stood above the important mark of 2,900 points", "children under the age of five": the bound
        # is said of the mark (not when a gap is measured from it: "45% below the 2019 level of 227 million")
        mark = _MARK_OF_RE.search(stripped)
        d.qualifier, d.explicit_qualifier = ("more_than" if mark.group(1).lower() in ("above", "over", "beyond", "past")
                                             else "less_than"), True
    elif d.currency_left and re.search(r"(?:^|\s)top$", stripped.lower()) \
            and not re.search(r"\b(?:the|a|an|its|their|his|her|our|to)\s+top$", stripped.lower()):
        # "the most expensive shows easily top $10 million": a verb of passing before an amount
        d.qualifier, d.explicit_qualifier = "more_than", True
        p -= len(stripped) - stripped.lower().rfind("top") + (len(window) - len(stripped))
    else:
        words = stripped.lower().split()
        quoted = bool(words) and words[-1][-1:] in "\"”’"
        if quoted:
            words[-1] = words[-1].rstrip("\"”’")  # a hedge quoted: 'make "at least" £50m of savings', whole
        for n in range(min(_MAX_QUALIFIER_WORDS, len(words)), 0, -1):
            tail = words[-n:]
            tail[0] = tail[0].lstrip("(\"“'‘[")
            glued = _GLUED_STOP_RE.match(tail[0])
            if glued:
                tail[0] = tail[0][glued.end():]  # "technology.More than half": a space lost after a full stop
            phrase = " ".join(tail)
            kind = _QUALIFIER_PHRASES.get(phrase)
            if kind is not None and (window[-1:] in " -\t" or window == ""):
                if phrase == "sub" and not window.endswith("-"):
                    continue
                if tail[0] == "up" and len(words) > n and words[-n - 1] in ADD_VERBS | RISE_TO_VERBS:
                    break  # "the costs add up to $5 million": a total, no ceiling; "went up to $29.99": a rise
                if tail[0] == "as" and len(words) > n and words[-n - 1] in ("times", "twice", "thrice", "half"):
                    break  # "nearly three times as much as a year earlier": a comparison, no ceiling
                if tail[-1] == "than" and len(words) > n and re.fullmatch(r"[\d.,]+%?|percent|cent|points?", words[-n - 1]):
                    # "about 12% less than five years ago", "about 300 fewer than two years ago": a comparison with
                    # another time, no bound on it
                    break
                if tail[0] in ("short", "shy") and len(words) > n and words[-n - 1] in _FALL_SHORT_VERBS:
                    break  # "could run short of $80 million": the shortfall itself, no bound on it
                d.qualifier, d.explicit_qualifier = kind, True
                # the phrase starts at the n-th word from the end (searching for its first
                # word would find the "a" inside "maximum")
                cut = [m.start() for m in re.finditer(r"\S+", stripped)][-n]
                cut += 0 if quoted else len(stripped[cut:]) - len(stripped[cut:].lstrip("(\"“'‘["))
                cut += glued.end() if glued else 0
                p = p - len(window) + cut
                stripped = window[:cut].rstrip()
                break
    if d.direction is None or d.signed:  # a word beats a sign: "dip down to minus-130 degrees"
        # (a trading limit between the verb and its move: "rose by the daily limit of 20%")
        words = (_LIMIT_OF_RE.sub("", stripped) if stripped.endswith(" of") else stripped).lower().split()[-5:]
        if words and not words[-1].strip("\"“‘'"):
            words.pop()  # the opening mark of a quoted amount: 'lost "something like a quarter" of'
        if words[-2:-1] == ["by"] and words[-1] in ("only", "just"):
            words.pop()  # ("shrank by only about 10%": a hedge before the hedge the figure opens on)
        by = words[-1:] == ["by"]
        added_to = len(words) > 1 and words[-1] == "to" and words[-2] in ADD_VERBS  # ("adding to some 2,000 cuts": more of them)
        while words and words[-1] in DIRECTION_FILLERS:
            words.pop()
        if added_to:
            words = []
        if words:
            last = words[-1].strip(",;:()\"“”")
            if last == "up" and len(words) > 1 and words[-2] in UP_PARTICLE_VERBS \
                    or last == "down" and len(words) > 1 and words[-2] in DOWN_PARTICLE_VERBS:
                pass  # "make up 40% of staff": a share, no rise; "shut down 1,400 piracy services": no fall
            elif last in DIRECTION_UP:
                d.direction, d.signed = "up", False
            elif last in DIRECTION_DOWN:
                d.direction, d.signed = "down", False
            elif by:
                d.direction = _moved_by(words) or _moved_by(_words_before(text, p - (len(window) - len(stripped)))) \
                    or d.direction
            elif len(words) > 1 and last in MEASURE_NOUNS \
                    and (moved := _GREW_OBJECT_RE.search(text, text.rfind("\n", 0, p) + 1, p)):
                # "grew revenue 4% to £2.2 billion", "cut costs 10%": the verb moves the measure after it (on the
                # figure's own line)
                d.direction, d.signed = ("up" if moved.group(1).lower() in CHANGED_BY_VERBS_UP else "down"), False
    d.start = p


# a verb that moves the measure right after it by the figure after that, without "by": "grew revenue 4%" (the verbs
# that move what they take: lexicon.CHANGED_BY_VERBS_UP and _DOWN)
_GREW_OBJECT_RE = re.compile(rf"(?<![\w\n])({trie_pattern(CHANGED_BY_VERBS_UP | CHANGED_BY_VERBS_DOWN)})[ \t]+[a-z]+[ \t]*$",
                             re.IGNORECASE)


def _words_before(text: str, end: int, reach: int = 100) -> list[str]:
    """The last words before `end` (its "by" and the fillers before it dropped), whole words only, lower case."""
    start = max(0, end - reach)
    words = text[start:end].lower().split()
    if start and not text[start - 1].isspace():
        words = words[1:]  # (a word cut by the window's edge is no word)
    while words and words[-1] in DIRECTION_FILLERS:
        words.pop()
    return words[-10:]


def _moved_by(words: list[str]) -> str | None:
    """Which way a verb moves its object, the words before "by X" read back to it: "The new contract
    raises pay (by 15%)", "has cut its local commissions (by half)"; a word with punctuation or a third
    object word stops the reading."""
    # (through an of-phrase of the object, its words a name's number too: "cut the price of generating a second of
    # video (by 40%)", "lowered the price of Veo 3 (by about a third)")
    reach = 10 if "of" in words[-8:] else 4
    for k in range(len(words) - 2, max(-1, len(words) - 1 - reach), -1):
        if words[k] in CHANGED_BY_VERBS_UP:
            return "up"
        if words[k] in CHANGED_BY_VERBS_DOWN:
            return "down"
        if not words[k].isalnum() and "-" not in words[k] or words[k] in ("by", "and", "but", "as", "than"):
            return None
    return None


# verbs that "short of" a sum says how much is lacking after ("run short of $80 million"; what "fell short of"
# is a mark not reached, a bound)
_FALL_SHORT_VERBS = {"run", "runs", "ran", "running"}
# two moves of one verb, listed: "down 52% and 61% respectively", "up 3%, 5% and 8%."
_LISTED_MOVE_GAP_RE = re.compile(r",\s*|\s+and\s+|,\s+and\s+"
                                 # (past the first's span: "by 7% in the first year and 3.5% in each of …")
                                 r"|\s+(?:in|for|over|during)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                                 r"(?:year|quarter|month|half|week)s?,?\s+and\s+")
# (or a span of its own: "raises minimum pay by 7% in the first year and 3.5% in each of the following two years")
_LIST_CLOSES_RE = re.compile(r"\s+respectively\b|\s*(?:[,.;]|$)|\s+(?:in|for|over|during)\s+(?:each|every|the|a|its|their)\b")
_LIMIT_OF_RE = re.compile(rf"(?:\s+by)?\s+{TRADING_LIMIT_OF}$", re.IGNORECASE)


# ("12,500 monthly credits", "3 million weekly viewers": any plural noun after the period word)
_PERIOD_GROUP_RE = re.compile(r" (?:active|unique|logged-in|paying|[a-z]{3,}(?<!ss)s)\b")


# words in -s that are no plural nouns
_NOT_PLURALS = ("is", "was", "has", "does", "this", "thus", "its", "his", "hers", "as", "us", "plus")
_PLURAL_NOUN_AFTER_RE = re.compile(rf"\s+(?!(?:{'|'.join(_NOT_PLURALS)})\b)[a-z]{{3,}}s\b")
# the noun a count modifier stands before ("3,000 more animators"; not "3,000 more than")
_NOUN_NEXT_RE = re.compile(r"\s+(?!(?:than|of|and|or|to|in|on|at|for|from|by|with|as|this|that|"
                           r"the|a|an|is|are|was|were|will|would|have|has|had|people\s+than)\b)[a-z]{3,}", re.IGNORECASE)


# the second half of two modifiers sharing one plural noun: "(animation and) VFX workers"
_COORDINATED_NOUN_RE = re.compile(r"\s+(?P<np>(?:(?!(?:the|a|an|its|their|this|that|these|those)\s)[A-Za-z][\w-]*\s+){0,2}?"
                                  # (a hyphenated head too: "marketing and media decision-makers")
                                  r"(?P<head>(?!(?:across|always|perhaps|towards|besides|sometimes|whereas|unless)\b)"
                                  r"(?:[a-z]+-)?[a-z]{3,}s))"
                                  r"\b(?!['’-])")


_PLURAL_VERB_AFTER_RE = re.compile(r"\s+(?:(?:now|still|also|already|all)\s+)?(?:are|were|have|had)\b")  # ("shows now have")
# nouns already plural without an "s": an "and" after them joins no modifier ("85 people and plans")
_TO_AFTER_RE = re.compile(r"\s+to\s")
# (or of an adjective: "10 internationally competitive film bases")
_ADVERBED_PARTICIPLE_RE = re.compile(r"\s+[\w-]*(?:ed|made|ive|al|ic|ent|ant|ous|ful|able|ible|ary)\s+"
                                     r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\b")
_QUOTED_MODIFIER_RE = re.compile(r"\s[\"“‘'](?P<w>[a-z][a-z-]*)[\"”’'](?=\s+[A-Za-z])")


# what a plural's verb takes after it, no word a noun's compound goes on with: "account for", "cover only the"
_PLURAL_VERB_OBJECT_AFTER_RE = re.compile(r"\s+(?:for|only|the|their|its|our|every|most|all)\s")


def _read_noun(text: str, pos: int, max_words: int = 4) -> tuple[str | None, int]:
    words: list[str] = []
    end = pos
    p = pos
    for _ in range(max_words):
        quoted = _QUOTED_MODIFIER_RE.match(text, p) if not words else None
        if quoted:  # 'removed more than 75 million "spammy" tracks': a word in quotes before the noun is one of its
            words.append(quoted.group("w"))
            p = end = quoted.end()
            continue
        m = NOUN_WORD_RE.match(text, p)
        if not m or m.start("w") - p > 2 or "\n" in text[p:m.start("w")]:
            break
        raw = m.group("w")
        w = raw if re.fullmatch(r"(?:[A-Za-z]\.){2,}", raw) else raw.rstrip(".")  # (initials keep their stops: "U.S.")
        if words and words[-1].islower() and words[-1].endswith("s") and w[:1].isupper() and not w.isupper():
            break  # "a quarter of the policies Marsh placed": a name after the plural opens a clause of its own
        if len(w) == 1 and text.startswith("/", m.start("w") + 1):
            break  # "(+0.6 million q/q)", "up 12% y/y": a period of comparison, no noun
        # "monthly active users", "190 million monthly users": the period names the group, not a rate
        active = w.lower() in ANNUAL_WORDS and _PERIOD_GROUP_RE.match(text, m.end()) is not None
        more = False
        if not words and w.lower() in COUNT_MODIFIERS and _NOUN_NEXT_RE.match(text, m.end()):
            if not COUNT_MODIFIERS[w.lower()]:
                p = m.end()  # "1,240 such trailers": the trailers, "such" pointing back to what they are
                continue
            more = True  # "3,000 more animators": how many more of the noun after it
        if words and w.lower() in ("and", "or") and not words[-1].lower().endswith("s") \
                and words[-1].lower() not in PLURALS_WITHOUT_S:  # ("85 people and plans to …", "40 staff and offices")
            joined = _COORDINATED_NOUN_RE.match(text, m.end())
            # (a verb's spelling after a modifier is the noun: "62 film and TV projects")
            if joined and joined.group("head").lower() not in COMMON_VERBS \
                    and (joined.group("head").lower() not in SPEECH_VERBS or len(joined.group("np").split()) > 1) \
                    and not _TO_AFTER_RE.match(text, joined.end("np")):  # ("animation and VFX plans to": a verb)
                # "2,000 former animation and VFX workers", "UK film and TV freelancers": one noun
                words += [w, *joined.group("np").split()]
                end = joined.end("np")
                break
        # an adverb of the participle before the noun is the noun's ("20,000 fully AI-generated tracks",
        # "1,000 newly released films"), not an adverb after it ("3 million views daily")
        modifier = w.lower().endswith("ly") and _ADVERBED_PARTICIPLE_RE.match(text, m.end()) is not None
        # a word that is also a verb is the noun when the plural's own verb follows it, after a modifier
        # ("a fifth of new shows were dubbed", "recent plans have"; not "300 members fear")
        headed = (bool(words) and not words[-1].lower().endswith("s") or not words and w.lower() in NOUN_STOP) \
            and w.lower().endswith("s") and w.lower() not in _NOT_PLURALS and (
                _PLURAL_VERB_AFTER_RE.match(text, m.end()) is not None
                # (or after an adjective, which no verb follows: "about 240 high-end shows a year", "240 new shows")
                or bool(words) and ("-" in words[-1] or words[-1].lower() in ATTRIBUTIVE_ADJECTIVES)
                # (or right after the number, nothing a verb would take after it: "with $1.04 billion from 85 shows, …")
                or not words and _NOTHING_TAKEN_AFTER_RE.match(text, m.end()) is not None
                # (or after a determiner's number, which a noun must follow: "across the 31 shows running")
                or not words and _DETERMINED_NUMBER_END_RE.search(text, max(0, pos - 30), pos) is not None)
        if headed and w.lower() in NOUN_STOP:
            words.append(w)
            end = m.start("w") + len(w)
            break
        if words and w.lower() in COMPOUND_HEAD_VERBS and (words[-1][:1].islower() or w[:1].isupper()) \
                and not words[-1].lower().endswith("s") and words[-1].lower() not in PLURALS_WITHOUT_S:
            words.append(w)  # "a fifth of dubbing work": after a singular noun, no plural's verb but the noun's head
            end = m.start("w") + len(w)
            break
        # (a period before "rate" is a word of the compound: "her old day rate", "an hourly rate" is one already)
        period_rate = w.lower() in ("day", "hour", "week", "month") and _RATE_AFTER_RE.match(text, m.end()) is not None
        if not (active or more or modifier or period_rate) \
                and (w.lower() in NOUN_STOP or (w.lower().endswith("ly") and len(w) > 4)):
            break
        if words and (w.lower().endswith(("ed", "ing")) or w.lower() in PARTICIPLES_AFTER_NOUN) and not w[0].isupper() \
                and not words[-1].lower().endswith("ly") and not (w.lower() in GERUND_NOUNS and not words[-1].lower().endswith("s")) \
                and not (w.lower().endswith("ing") and _PLURAL_NOUN_AFTER_RE.match(text, m.end())) \
                and not (words[-1].lower() in ATTRIBUTIVE_ADJECTIVES and _PLURAL_NOUN_AFTER_RE.match(text, m.end())):
            break  # "300 jobs cut", "one in three such jobs gone": a participle after the noun
            # (but "300 new animated films": after an adjective, the participle before its noun is one more)
            # (but "1,000 French dubbing actors": a gerund naming the kind of the noun after it)
        if not words and w.lower() in UP_PARTICLE_VERBS and text.startswith(" up", m.end()) \
                and not text.startswith(" up to", m.end()):
            break  # "10 million sign up": a phrasal verb after the number, no noun
        if not words and _OBJECT_PRONOUN_AFTER_RE.match(text, m.end()):
            break  # "19 rate it a buy", "a team of 12 turns out 30 episodes": a verb with its object, no noun
        if not words and w.lower() == "short" and text.startswith(" of", m.end()):
            break  # "about 30 million short of pre-pandemic levels": how far from a mark, no noun
        if not words and w.lower() in MOVEMENT_VERBS and (w.lower().endswith("ed") or w.lower() in IRREGULAR_PAST):
            break  # "our team of 40 grew to 120": the verb
        if not words and w.lower().endswith("ed") and _VERB_OBJECT_AFTER_RE.match(text, m.end()):
            break  # "a crew of 60 worked a week": a verb, not "50 listed companies"
        if not words and w[:1].islower() and not w.lower().endswith("s") and w.lower() not in PLURALS_WITHOUT_S \
                and _COLLECTIVE_OF_BEFORE_RE.search(text, max(0, pos - 40), pos) \
                and _VERB_OBJECT_AFTER_RE.match(text, m.end()):
            break  # "a team of 14 finish a 22-minute episode", "a crew of 30 shot the film": the body counted, then its verb
        if not words and w.lower().endswith("ed") and (raw.endswith(".") or re.match(r"\s*(?:[,;:!?)]|$)", text[m.end():])):
            break  # "rather than the 45 planned.": a participle said of a noun left out, no noun
        if words and (words[-1].lower().endswith("s") or words[-1].lower() in PLURALS_WITHOUT_S) \
                and (w.lower() in MOVEMENT_VERBS or w.lower() in COMMON_VERBS or w.lower() in IRREGULAR_PAST
                     or w.lower() == "watch" and not _WATCH_NOUN_RE.match(text, m.end())
                     or w.lower() == "cast" and _BALLOTS_AFTER_RE.match(text, m.end())):  # ("34,687 members cast ballots")
            break  # "300 firms cut 5,000 jobs", "12 animators rose", "2 million views brings", "1 billion users
            # watch podcasts": the verb after a plural (not "watch time")
        if words and words[-1].lower().endswith("s") and words[-1][:1].islower() and w[:1].islower() \
                and not w.lower().endswith("s") and _PLURAL_VERB_OBJECT_AFTER_RE.match(text, m.end()):
            break  # "50 customers account for 41%", "140 commentators cover only top-flight games": the plural's verb
        if words and not words[-1].lower().endswith("s") and w.lower() in COMMON_VERBS and w.lower().endswith("s") \
                and _PREPOSITION_AFTER_RE.match(text, m.end()):
            break  # "a quarter of its revenue comes from enterprise contracts": a singular's verb, its phrase after it
        if words and PEOPLE_RE.fullmatch(words[-1]) and w.lower().endswith("s") and w[:1].islower() \
                and not w.lower().endswith("ss"):
            break  # "showed 1,450 participants pairs of scenes": people are counted, what they got is an object
        if words and words[-1].lower().endswith("s") and w.lower().endswith("s") and _AMOUNT_NEXT_RE.match(text, m.end()):
            break  # "a drama of 100 episodes costs between 300,000 and 800,000 yuan": a verb before its amount
        words.append(w)
        end = m.start("w") + len(w)
        p = m.end()
        if raw.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.)+", raw):
            break  # a full stop ends the noun, and maybe the sentence
    if not words:
        return None, pos
    # a trailing verb-like word ("people believe") is not part of the noun
    return " ".join(words), end


_DETERMINED_NUMBER_END_RE = re.compile(r"\b(?:the|its|their|these|those|our|his|her)\s+\d[\d,]*$", re.IGNORECASE)
_NOTHING_TAKEN_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|across|during|since|over|this|last|per|a|an)\s")
_BALLOTS_AFTER_RE = re.compile(r"\s+(?:their\s+)?(?:ballots|votes)\b", re.IGNORECASE)
_NOUN_AFTER_ADVERB_RE = re.compile(r"\s+(?:limit|limits|cap|average|high|low|record|active|users?|visitors?|"
                                   r"budget|allowance|quota|target|rate|volume|turnover|trading)\b", re.IGNORECASE)
_AMOUNT_NEXT_RE = re.compile(r"\s+(?:[$€£¥₹₩]|\d|(?:between|about|around|roughly|nearly|almost|up\s+to|as\s+much\s+as|"
                             r"more\s+than|less\s+than|an?\s+(?:average|estimated))\b)")
_PARTITIVE_BEFORE_RE = re.compile(r"\bof\s+(?:whom|which|them|those)\s+$", re.IGNORECASE)
# (who polled them may stand between: "the 6.1 million analysts polled by FactSet had expected")
_EXPECTED_AFTER_RE = re.compile(r"(?:\s+(?:polled|surveyed)\s+by\s+[A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,2})?"
                                r"\s+(?:had\s+|have\s+)?(?:expected|forecast|estimated|projected|predicted|anticipated)\b")
_PREPOSITION_AFTER_RE = re.compile(r"\s+(?:for|to|in|on|at|with|from|about)\b")
# '"hundreds of millions" of videos': a quotation may close before the counted noun
_MAGNITUDE_OF_RE = re.compile(r"[\"”’']?\s+of\s+")


_AREA_RATE_RE = re.compile(r"(?:sq\.?|square)\s+(ft|feet|foot|m|metre|meter|metres|meters|mile|miles|km|kilometre|kilometer)")


def _read_right(text: str, d: Draft, blocked: Blocked) -> None:
    pos = d.core.end
    kind = d.core.kind
    odd = _ODD_SUFFIX_RE.match(text, pos) if kind == "digits" else None
    if odd:  # "50-odd films", "40-some titles": about that many
        d.qualifier, d.explicit_qualifier, pos = "approx", True, odd.end()
    if kind == "digits" and d.value in RESOLUTION_NAMES and text.startswith("K", pos) and not d.currency_left \
            and RESOLUTION_CONTEXT_AFTER_RE.match(text, pos + 1):
        # "renders 4K video", "clips at 4K resolution": a resolution, in lines (not four thousand; "4K views" is)
        d.value, d.unit, d.end = float(RESOLUTION_NAMES[int(d.value)]), "video lines", pos + 1
        return
    if kind in ("digits", "vague"):  # "5 million", and "several hundred employees": at least 300
        m = MAGNITUDE_RIGHT_RE.match(text, pos)
        if kind == "vague" and m and not m.group("m"):
            m = None  # "several" takes a scale word, never a suffix
        if m:
            if m.group("m"):
                mult = MAGNITUDE_SUFFIXES[m.group("m").lower().rstrip("s") if m.group("m").lower().startswith(("lakh", "crore")) else m.group("m").lower()]
                if m.group("m2"):  # "2.32 lakh crore": a lakh of crores
                    mult *= MAGNITUDE_SUFFIXES[m.group("m2").lower().rstrip("s") if m.group("m2").lower().startswith("crore") else m.group("m2").lower()]
                d.value = scaled(d.value, mult)
                d.scaled = True
                pos = m.end()
            elif m.group("g") or m.group("sb"):
                g = (m.group("g") or m.group("sb"))
                after = text[m.end():m.end() + 30]
                # "37m (121ft)" is metres, "$6m" and "1.2m tons" are millions.
                if g in "mM" and not d.currency_left and g == "m" \
                        and not _MILLIONS_DASH_BEFORE_RE.search(text, max(0, d.start - 16), d.start):
                    # ("£1m-2m": the second end of a range of millions; "10m+ users": millions of them, at least)
                    nxt = re.match(r"\+?\s+([a-z]+)", after)
                    if not nxt or nxt.group(1) in NOUN_STOP and nxt.group(1) != "of" or nxt.group(1) in ("long", "wide", "high", "deep", "tall", "away"):
                        g = None
                if g in ("t", "T", "b") and not d.currency_left:
                    g = None
                if g:
                    d.value = scaled(d.value, MAGNITUDE_SUFFIXES[g.lower()])
                    d.scaled = True
                    pos = m.end()
    elif kind == "words" and (d.value >= 100 or "dozen" in text[d.core.start:d.core.end].lower()):
        d.scaled = True
    or_so = _OR_SO_RE.match(text, pos) if kind in ("digits", "words") and d.qualifier == "exact" else None
    if or_so:
        # "the 60 or so shots", "$5 million or so": about that many, the noun past the hedge
        d.qualifier, d.explicit_qualifier, pos = "approx", True, or_so.end()
    if kind == "magnitude":
        m = _MAGNITUDE_OF_RE.match(text, pos)
        if m:
            probe = Draft(d.core, d.start, d.end, d.value, d.value_high)
            p2 = read_unit(text, probe, m.end() - 1)
            if probe.unit and probe.unit != "percent":
                d.unit, d.value, d.value_high = probe.unit, probe.value, probe.value_high
                pos = p2
            else:
                noun, p3 = _read_noun(text, m.end())
                if noun:
                    d.unit, d.noun, pos = "count", noun, p3
    plus = _PLUS_SUFFIX_RE.match(text, pos) if d.scaled and d.qualifier == "exact" else None
    if plus:  # "a $40 million-plus opening", "$2bn+": at least that
        d.qualifier, d.explicit_qualifier, pos = "at_least", True, plus.end()
    pos = read_unit(text, d, pos)
    if d.unit is None and kind == "fraction":
        m = FRACTION_UNIT_RE.match(text, pos)
        if m:
            unit_probe = Draft(d.core, d.start, d.end, 1.0)
            p2 = read_unit(text, unit_probe, m.end())
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
                amount = Draft(d.core, d.start, d.end, 1.0)
                read_unit(text, amount, m.end() + len(inner.group("n")))
                scale = MAGNITUDE_RIGHT_RE.match(text, m.end() + len(inner.group("n")))
                if amount.unit and amount.unit != "count" or scale and scale.group("m"):
                    # "less than a fifth of the 5 hours 36 minutes watched", "half of the 10 million users": a share of
                    # an amount, which is a figure of its own, no count of things (nor of 5 of them)
                    count_of = None
            # (a share of a sample asked is a share, however whole: "More than half of the 1,000 executives
            # polled by Deloitte expect …")
            asked = count_of and _ASKED_AFTER_RE.match(text, inner.end() + len(_read_noun(text, inner.end())[0] or ""))
            if count_of and float(d.value * count_of).is_integer() and not asked:
                d.value = d.value * count_of
                d.unit = "count"
                noun, pos2 = _read_noun(text, inner.end())
                d.noun = noun
                pos = pos2 if noun else m.end() + len(inner.group("n"))
            elif count_of:
                # "a third of its 47,000 members" is no count of 15,666.67: a share of the members,
                # whose number is a figure of its own
                d.value = round(d.value * 100, 3)
                d.unit = "percent"
                d.noun, _ = _read_noun(text, inner.end())
            else:
                d.value = round(d.value * 100, 3)
                d.unit = "percent"
                noun, pos2 = _read_noun(text, m.end())
                d.noun = noun
                pos = pos2 if noun else pos
            d.fraction_of = True
    core_text = text[d.core.start:d.core.end].lower()
    if d.unit is None and kind == "fraction" and (" in " in core_text or " out of " in core_text):
        # ("Eight out of ten Korean voice actors believe": the group, as after "in")
        noun, pos2 = _read_noun(text, pos)
        if noun and " " not in noun and _ARTICLE_AFTER_RE.match(text, pos2):
            noun = None  # "one in ten makes a profit": the verb of the part, no group
        if noun:  # "one in five developers said": the group the share is of
            d.noun, pos = noun, pos2
    if d.unit in ("percent", "percentage point") or d.unit is None and kind == "fraction":
        m = OF_RIGHT_RE.match(text, pos)
        if m and d.noun is None:
            size = GROUP_SIZE_RE.match(text, m.end())  # "1% of Disney's roughly 233,000 employees": the employees
            noun, _ = _read_noun(text, size.end() if size else m.end())
            d.noun = noun
    if d.unit is None:
        if kind == "fraction":
            d.unit = "percent"
            d.value = round(d.value * 100, 3)
        else:
            d.unit = "count"
            noun, pos2 = _read_noun(text, pos)
            if noun and " " not in noun and _PARTITIVE_BEFORE_RE.search(text, max(0, d.start - 16), d.start) \
                    and _PREPOSITION_AFTER_RE.match(text, pos2):
                noun = None  # "of whom 252 million pay for a subscription": the verb of the part counted
            if noun and noun.split()[-1].lower() in ("analysts", "economists") and _EXPECTED_AFTER_RE.match(text, pos2):
                noun = None  # "the 116 million Visible Alpha analysts had forecast": who forecast it
            if noun:
                d.noun = noun
                pos = pos2
    m = RATE_RIGHT_RE.match(text, pos)
    if m and TEMPORAL_REF_RIGHT_RE.match(text, m.end()):
        m = None  # "38% a year earlier", "$5 a week ago": a time, not a rate
    if m and m.group("a") and _NOUN_AFTER_ADVERB_RE.match(text, m.end()):
        m = None  # "hitting their 20% daily limit": an adjective of the noun after it, no rate of the figure
    if m:
        r = m.group("r") or m.group("s") or m.group("a")
        low = r.lower()
        area = _AREA_RATE_RE.fullmatch(low)
        if m.group("a"):
            d.per = ANNUAL_WORDS[low]
            pos = m.end()
        elif area:  # "£18 per square foot a year": the rent of an area's unit
            d.per = f"square {UNIT_LOOKUP[area.group(1)]}"
            pos = m.end()
        elif low in TIME_UNITS or low in ("share", "copy", "barrel", "ounce", "gallon", "gram",
                                           "kilogram", "kg", "litre", "liter", "unit", "person",
                                           "head", "capita", "game", "ticket", "seat", "piece",
                                           "set", "customer", "user", "household", "tonne",
                                           "ton", "pound", "sq", "square", "night", "trip",
                                           "episode", "film", "movie", "video", "minute",
                                           "employee", "worker", "student", "child", "mile",
                                           # (where takings are averaged: "an average of £12,800 per site")
                                           "site", "screen", "theater", "theatre", "cinema", "location", "venue"):
            # "per century" stays a century: the unit it maps to (years) would change the value
            d.per = singular(TIME_UNITS[low][0]) if low in TIME_UNITS and TIME_UNITS[low][1] == 1 else singular(low)
            pos = m.end()
    if d.unit in TIME_UNIT_NAMES and d.value_high is None:
        m = _AND_A_HALF_RE.match(text, pos)
        if m:
            d.value += 0.5 * d.value / d.core.value if d.core.value else 0.0  # "a decade and a half": 15
            d.half_added = True
            pos = m.end()
    if TEMPORAL_REF_RIGHT_RE.match(text, pos) and d.unit in TIME_UNIT_NAMES \
            and not _SPAN_OF_BEFORE_RE.search(text, max(0, d.start - 30), d.start):
        d.temporal_ref = True  # (not a span named so: "a minimum consent period of 30 days before any scan")
    if kind == "magnitude" and d.unit == "years" and _OF_SOMETHING_RE.match(text, pos):
        d.rhetorical = True  # "hundreds of years of cultural accumulation", "thousands of years of history"
    d.end = pos


_WATCH_NOUN_RE = re.compile(r"\s+(?:time|hours|minutes|list|party|history)\b")
_MILLIONS_DASH_BEFORE_RE = re.compile(r"[$£€¥₹]\s?[\d.,]+\s?m\s?[-–—]\s?$")
_SPAN_COMPARED_GAP_RE = re.compile(r"\b(?:instead\s+of|rather\s+than|versus|vs\.?|compared\s+(?:with|to)|against)\b",
                                   re.IGNORECASE)
_SPAN_OF_CHANGE_BEFORE_RE = re.compile(r"\b(?:in|over|within|after|for)\s+(?:the\s+(?:last|past|first)\s+)?$", re.IGNORECASE)
_ARTICLE_AFTER_RE = re.compile(r"\s+(?:a|an|the|its|their)\s", re.IGNORECASE)
_OVER_RE = re.compile(r"over\s+", re.IGNORECASE)
_CLAUSE_START_BEFORE_RE = re.compile(r"(?:^|[.;:!?,]\s+|\n\s*)$")
_AS_LONG_AS_RE = re.compile(r"as\s+long\s+as\s+", re.IGNORECASE)
_PLUS_SUFFIX_RE = re.compile(r"(?:-plus\b|\+(?![\d%]))")
_ODD_SUFFIX_RE = re.compile(r"-(?:odd|some)\b(?!-)")


def _draft(text: str, c: Core, blocked: Blocked) -> Draft:
    d = Draft(core=c, start=c.start, end=c.end, value=c.value, value_high=c.value_high,
               scaled=c.kind == "magnitude" and c.value_high is not None)
    _read_left(text, d)
    if c.kind == "digits" and AGE_APPOSITION_RE.search(text, max(0, c.start - 40), c.start) \
            and text[c.end:c.end + 1] == "," and 0 < c.value <= 120 and "." not in text[c.start:c.end]:
        d.unit = "year of age"  # "Senard, 65, now faces": news style for a person's age
        d.end = c.end
        return d
    if c.kind == "digits" and 0 < c.value <= 120 and "." not in text[c.start:c.end] \
            and AGE_LEFT_RE.search(text, max(0, c.start - 30), c.start) and not has_unit_after(text, c.end) \
            and not range_follows(text, c.end):
        d.unit = "year of age"  # "he will be 35", "aged 35", "at the age of 35"
        d.end = c.end
        return d
    if c.kind in ("magnitude", "vague") and d.qualifier == "exact":
        d.qualifier = "at_least"  # "thousands of", "dozens of", "several months": at least that order
    _read_right(text, d, blocked)
    over = _OVER_RE.match(text, d.start) if d.unit in TIME_UNIT_NAMES and d.qualifier == "more_than" else None
    if over and text[d.end:d.end + 1] == "," and _CLAUSE_START_BEFORE_RE.search(text, max(0, d.start - 3), d.start):
        # "Over 10 years, costs rose …": the period a clause opens on, no "more than"
        d.start, d.qualifier, d.explicit_qualifier = over.end(), "exact", False
    if d.unit not in TIME_UNIT_NAMES and (long_as := _AS_LONG_AS_RE.match(text, d.start)):
        # "as long as" bounds a time ("could last as long as six months"); before anything else it is
        # a condition: "as long as 50% of members approve"
        d.start, d.qualifier, d.explicit_qualifier = long_as.end(), "exact", False
    or_so = _OR_SO_RE.match(text, d.end) if d.qualifier == "exact" else None
    if or_so:  # "10 days or so", "a week or so": about that long, the hedge after the unit
        d.qualifier, d.explicit_qualifier, d.end = "approx", True, or_so.end()
    if d.qualifier == "exact" and (c.kind == "digits" or d.scaled):  # not "one or more studios"
        m = _OPEN_END_RE.match(text, d.end)
        if m:
            # "50 people or more", "$5 or less", "from 90 seconds to a few minutes": a bound
            d.qualifier, d.explicit_qualifier = ("at_most" if m.group("down") else "at_least"), True
            if not m.group("vague"):
                d.end = m.end()
    if c.kind == "multiplier":
        if not text[c.start:c.end].lower().endswith("fold"):
            # a verb's object is what it multiplies, no noun of the figure: "doubled headcount", "plans to
            # triple headcount" (etl.measure names it)
            d.end = c.end
        d.unit, d.noun = "count", "times"  # "sixfold": how many times, as "3,200 times" is
        d.ratio = True  # a multiple of another amount: a figure ("more than doubling the valuation")
    return d


def _right_direction(text: str, d: Draft) -> str | None:
    # "a 3 percent drop", "a 34.9 percent year-on-year increase"
    m = re.match(r"[\s-]*(?:(?:year|quarter|month|week)-(?:on|over)-(?:year|quarter|month|week)\s+|annual\s+)?"
                 r"([a-z]+)(?:\s+([a-z]+))?", text[d.end:d.end + 40], re.IGNORECASE)
    if not m or m.group(1).lower() in DIRECTION_BREAKING_WORDS:
        return None  # ("€860 million as higher ticket prices partly offset the decline": another clause's word)
    for w in (m.group(1), m.group(2)):
        if not w:
            continue
        w = w.lower()
        if d.unit == "percent" and w == m.group(1).lower() and w in ("more", "fewer", "less") \
                and not re.match(r"\s*(?:or|and)\b", text[d.end:d.end + 5]):
            return "up" if w == "more" else "down"  # "watched 23% more highlight clips", "15% fewer tickets"
        if w in DIRECTION_NOUNS_UP:
            return "up"
        if w in DIRECTION_NOUNS_DOWN and not (w == "loss" and d.unit != "percent"):
            return "down"  # (a sum's loss is a level of losses, no fall: "the Rs 389 crore loss a year earlier")
    return None


def _is_figure(d: Draft) -> bool:
    if d.unit == "generation wireless":
        return False  # "5G": a label, reported by `extract` but not a figure
    kind = d.core.kind
    if d.rhetorical:
        return False
    if d.temporal_ref:
        # "a year ago", "about two years ago" point at a date; "only six months ago", "less than
        # an hour before" say how little (or much) time passed: a word bounding or stressing it
        return d.explicit_qualifier and d.qualifier != "approx"
    if kind in ("digits",):
        return True
    if d.value_high is not None:
        return True
    if d.unit in ("percent", "percentage point", "basis point") or d.unit in CURRENCY_CODES:
        return True
    if d.scaled or kind == "magnitude" or d.fraction_of:
        return True
    if d.unit in TIME_UNIT_NAMES:
        return kind != "article" or d.explicit_qualifier or d.half_added
    if d.ratio:
        return True
    if d.unit in ("count", "times"):
        # "more than 20 studios" says how many; "at least one other language" says only "some"
        return d.explicit_qualifier and d.qualifier != "exact" and not (kind == "words" and d.value <= 1)
    return kind != "article"


# a figure restated in other units in brackets: "100 kilometers (60 miles)", "(224 kW / 300 PS)"
CONVERSION_GAP_RE = re.compile(r"\s*\(\s*|\s*/\s*")
CONVERSION_END_RE = re.compile(r"\s*[)/]")
APPOSITIVE_GAP_RE = re.compile(r",?\s+or\s+(?:about\s+|nearly\s+|roughly\s+)?")
# a verb left out in a list of moves: "Ross were down 2.3%, Burlington by 2.6%": the same verb, the same way
GAPPED_MOVE_RE = re.compile(r"(?:,|;)?\s+(?:and\s+|while\s+)?(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+by\s+")
# an index named in the text before a level: "S&P 500", "TA-125", "Composite", "index"
_INDEX_RE = re.compile(r"\b(?:index|indices|nasdaq|dow|s&p|ftse|nikkei|hang\s+seng|dax|cac|composite|"
                       r"ta-\d+|stoxx|kospi|sensex|topix|tsx|asx|exchange)\b")
_LEVEL_LEFT_RE = re.compile(r"\b(?:to|at)\s+(?:a\s+close\s+of\s+|end\s+at\s+)?$|\(\s*$")
_POINTS_AFTER_RE = re.compile(r"\s+(?:up|down|higher|lower)\s+[\d.,]+\s+points?\b")


# a multiple that compares: "three times faster", "twice as many", "four times the number" (etl.measure too)
RATIO_AFTER_RE = re.compile(r"\s+(?:as\s+(?:many|much|large|big|high|fast|long)\b|(?:more|higher|larger|bigger|"
                             r"faster|greater|cheaper|fewer|less|lower|smaller)\b|the\s+(?:number|amount|size|cost|rate)\b)",
                             re.IGNORECASE)
_PARALLEL_GAP_RE = re.compile(r"(?:[^\d.!?;]|(?:19|20)\d\d){0,60}")  # a year may stand between: "in 2018 and 2.1"
# a plural subject of its own, with its verb, just before the number
_OWN_SUBJECT_RE = re.compile(r"\b[a-z]{3,}s\s+(?:grew|rose|reached|fell|dropped|climbed|increased|decreased|jumped|"
                             r"hit|totall?ed|numbered|stood|topped|passed|exceeded|surpassed|"
                             # (the participle too: "1.83 billion yuan in ticket sales, with audience visits reaching 45.4 million")
                             r"reaching|growing|rising|hitting|topping|totall?ing|numbering|standing|climbing|passing|"
                             r"exceeding|surpassing)(?:\s+(?:to|at|from|by))?\s*$"
                             # (a level held by a noun of its own: "…, enrolment held steady at around 1,800")
                             r"|\b[a-z]{3,}\s+(?:held|stood|remained|stayed|hovered|sat)\s+(?:steady\s+|flat\s+|unchanged\s+|"
                             r"firm\s+)?(?:at|near|around)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$")
# a noun of its own, of things counted, introduces the number: "…, with admissions of 1.01 billion"
_COUNTED_OF_RE = re.compile(rf"\b(?:{COUNTED_NOUNS})\s+of\s*$", re.IGNORECASE)
# the span a statement is framed in: "in the first nine months", "over the past three years"
_FRAMING_SPAN_SURFACE_RE = re.compile(r"(?:the\s+)?(?:first|past|last|next|coming|previous|final)\s", re.IGNORECASE)
_FRAMING_SPAN_BEFORE_RE = re.compile(r"\b(?:in|over|during|within|for)\s+(?:the\s+)?(?:first|past|last|next|coming|"
                                     r"previous|opening|final)\s+$", re.IGNORECASE)
# the old value of a figure after its clause: "…, down from 20", "…, up from 3.9 million"
_CHANGED_FROM_GAP_RE = re.compile(r"[^.;!?\n\d]{0,120},\s+(?:up|down)\s+from\s+")
# (a clause: not past a comma and a conjunction, "dropped to 1,300 from 1,900, and the room now runs 10 weeks")
_DIGIT_IN_CLAUSE_BEFORE_RE = re.compile(r"\d(?:(?!,\s+(?:and|but|while|whereas)\b)[^.;!?\n])*$")
_PARALLEL_JOIN_RE = re.compile(r",|\b(?:and|or|while|but|whereas|versus|vs|compared\s+with|instead\s+of|rather\s+than)\b")


# the first end of a range "between" opens, written in words: "between one and ten minutes"
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_NEXT_RE = re.compile(r"\s+and\s+\w")
# the end of a change written without its unit: "from 12 weeks to five", "from five years to less than two"
_FROM_TO_BEFORE_RE = re.compile(r"\bfrom\s+(?:[\d.,]+|[a-z]+)\s+[a-z]+\s+to\s+$", re.IGNORECASE)
_ANNUAL_END_RE = re.compile(r"(?:annually|yearly|monthly|weekly|daily|hourly)$", re.IGNORECASE)
# what may follow a bare number that continues a list: punctuation, the end, a time or place phrase
# an amount added to one of the same kind, its noun left out, after the verb both take: "sold a further 6 million"
_MORE_OF_BEFORE_RE = re.compile(r"\b(?P<verb>[a-z]{3,})\s+(?:a\s+further|another|an\s+additional|an\s+extra)\s+$")
_LIST_END_RE = re.compile(r"\s*(?:[.,;:)(]|$|(?:in|for|last|this|each|respectively|at|on|per|from)\b"
                          # (a verb of its own after "and" opens the next clause: "to less than two and cut costs")
                          rf"|and\s+(?:[a-z]{{3,}}ed|{CHANGE_VERBS}|{'|'.join(sorted(IRREGULAR_PAST))})\b"
                          # (the time of an old value: "rose to 3.68 billion euros from 3.47 billion a year earlier")
                          r"|(?:a|one)\s+(?:year|month|week|quarter|decade)\s+(?:earlier|ago|before)\b"
                          # (a participle said of the unit left out: "in 28 days instead of the 40 originally scheduled")
                          r"|(?:(?:originally|initially|first)\s+)?(?:scheduled|planned|budgeted|expected|estimated|"
                          r"needed|required|projected|promised|agreed)\b)")


_YEN_WORDS_RE = re.compile(r"\b(?:yen|JPY)\b")
_YUAN_WORDS_RE = re.compile(r"\b(?:yuan|RMB|CNY|renminbi)\b", re.IGNORECASE)
_JAPAN_RE = re.compile(r"\b(?:Japan|Japanese|Tokyo|Osaka|Kyoto|Nikkei)\b")
_CHINA_RE = re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|Shenzhen|Hangzhou)\b")


_BARE_PESOS_RE = re.compile(r"(?<!Mexican\s)(?<!mexican\s)\bpesos?\b")
_PESO_PLACE_RE = re.compile(r"\b(?:" + "|".join(sorted(PESO_BY_PLACE, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _yen_article(text: str) -> bool:
    """"¥" is both the yen and the yuan: the article's own words for its money, then its
    places, say which (the yuan when they do not)."""
    yen = 2 * len(_YEN_WORDS_RE.findall(text)) + len(_JAPAN_RE.findall(text))
    yuan = 2 * len(_YUAN_WORDS_RE.findall(text)) + len(_CHINA_RE.findall(text))
    return yen > yuan


# a price in an aside, before its amount: "paying users, at $9.99 a month, get 300"
_PRICE_ASIDE_BEFORE_RE = re.compile(r",\s+at\s+$")


def _parallel(text: str, previous: Draft, d: Draft) -> bool:
    """`d` stands in a list or comparison with the figure before it, unit unsaid: "84.75 cents,
    while the lowest is 74.07"; "2 percent but NASDAQ decreased by 1"; "about 14-18 mpg to 24"."""
    gap = text[previous.end:d.start]
    if previous.unit in TIME_UNITS and _SPAN_OF_CHANGE_BEFORE_RE.search(text, max(0, previous.start - 12), previous.start) \
            and not _SPAN_COMPARED_GAP_RE.search(gap):
        # "145 million views in 24 hours, up from 90 million": a span framing the figure heads no list (but
        # "in four months instead of 14" compares the span itself)
        return False
    if previous.unit in ("percent", "percentage point") and d.value > 100:
        return False  # "18% of the tracks uploaded …, more than 20,000 a day": a count, no share
    if previous.unit in TIME_UNITS and text.startswith(" ago", previous.end):
        return False  # "Five years ago, a show like this needed about 40": when, heading no list of years
    if _CHANGED_FROM_GAP_RE.fullmatch(gap):
        # "11 weeks: average time to complete an animated short with AI tools, down from 20" (the old value of
        # the figure heading its clause; not "1,500 artists generated more than $1 million each, up from 1,450",
        # whose old value is the artists', in their unit)
        return not _DIGIT_IN_CLAUSE_BEFORE_RE.search(text, max(0, previous.start - 120), previous.start)
    if gap.lstrip().startswith(",") and _PRICE_ASIDE_BEFORE_RE.search(text, max(0, previous.start - 6), previous.start):
        return False  # "paying users, at $9.99 a month, get 300": the aside's price heads no list of the clause
    if gap.lstrip().startswith("("):
        gap = re.sub(r"\([^()]{0,40}\)", " ", gap, count=1)  # past the restatement in brackets
    if not _PARALLEL_GAP_RE.fullmatch(gap) or not _LIST_END_RE.match(text, d.end):
        return False  # "95,800 who have been unemployed": a number with its own predicate
    if previous.unit in TIME_UNITS and (_FRAMING_SPAN_BEFORE_RE.search(text, max(0, previous.start - 30), previous.start)
                                        or _FRAMING_SPAN_SURFACE_RE.match(text, previous.start)):
        # ("fell over the past decade, while households dropped by 500,000 last year": no 500,000 years)
        return False  # "lost their jobs in the first nine months of 2025, compared with roughly 14,600": a period, no item
    if previous.unit in ("percent", "percentage point") and re.search(r"\bto\s*$", gap):
        return False  # "rose 5% to 120": a level after a change, in its own unit
    if _OWN_SUBJECT_RE.search(gap):
        return False  # "RMB 150 million …, as paying users grew to over 1.5 million": users, not yuan
    if _COUNTED_OF_RE.search(gap):
        return False  # "RMB42.5 billion, with admissions of 1.01 billion": tickets, not yuan
    return bool(_PARALLEL_JOIN_RE.search(gap)) or re.fullmatch(r"\s*(?:to|from|-|–)\s*", gap) is not None


def _index_level(text: str, low: str, d: Draft) -> bool:
    """A bare number that is where a stock index stands: after "to"/"at" in a sentence about an
    index that moves in points or percent, or followed by "up 58.06 points"."""
    if _POINTS_AFTER_RE.match(low, d.end):
        return True
    if not _LEVEL_LEFT_RE.search(low, max(0, d.start - 20), d.start):
        return False
    window = low[max(0, d.start - 160):d.start]
    return bool(_INDEX_RE.search(window)) and ("point" in window or "%" in window or "percent" in window)


def _amount_before(text: str, previous: Draft | None, d: Draft) -> bool:
    """Whether an amount (not a time) stands shortly before `d` in its sentence."""
    return previous is not None and previous.unit not in TIME_UNITS and 0 <= d.start - previous.end <= 60 \
        and not re.search(r"[.;!?]\s", text[previous.end:d.start])


# a length written in two units, the larger first: "1 hour 47 minutes", "2 years and 3 months"
_COMPOUND_TIMES = {("hours", "minutes"): 60, ("minutes", "seconds"): 60, ("days", "hours"): 24, ("years", "months"): 12}
_COMPOUND_GAP_RE = re.compile(r"\s+(?:and\s+)?")  # (a list with commas counts each: "24 hours, 39 minutes")


def _compound_times(text: str, drafts: list[Draft]) -> list[Draft]:
    """One figure of each length written in two units: 1 hour 47 minutes is 107 minutes."""
    out: list[Draft] = []
    for d in drafts:
        before = out[-1] if out else None
        factor = _COMPOUND_TIMES.get((before.unit, d.unit)) if before is not None else None
        listed = len(out) > 1 and out[-2].unit in TIME_UNITS and re.fullmatch(r"\s*,\s*", text[out[-2].end:before.start])
        if factor and not listed and before.value_high is None and d.value_high is None and before.per is None \
                and d.qualifier == "exact" and 0 <= d.value < factor and before.value == int(before.value) \
                and _COMPOUND_GAP_RE.fullmatch(text, before.end, d.start):
            before.value, before.unit, before.end, before.per = before.value * factor + d.value, d.unit, d.end, d.per
            continue
        out.append(d)
    return out


_SHARED_UNIT_GAP_RE = re.compile(r"\s+(?:and|or)\s+")


def _shared_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """Two numbers joined by "and"/"or" that share the second's unit: "the strikes lasted 148 and
    118 days", "rates of 2 and 3 percent" (each its own figure, not a range)."""
    for d, nxt in pairwise(drafts):
        if d.unit in (None, "count") and d.noun is None and d.core.kind == "digits" and not d.scaled \
                and d.value_high is None and nxt.unit not in (None, "count") and nxt.core.kind == "digits" \
                and not nxt.scaled and not 1900 <= d.value <= 2100 \
                and _SHARED_UNIT_GAP_RE.fullmatch(text, d.end, nxt.start) and not nxt.currency_left:
            d.unit, d.per = nxt.unit, nxt.per
    return drafts


# a second change "by" a figure, its verb left out: "raises pay rates by 15.17% immediately and by 3% a year"
_AND_BY_GAP_RE = re.compile(r"(?:\s+[\w-]+){0,3}?(?:,\s+|\s+)(?:and|then|but)\s+by\s+(?:about\s+|around\s+|another\s+|a\s+further\s+)?")
_BY_BEFORE_RE = re.compile(r"\bby\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$")
_MOVED_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(CHANGED_BY_VERBS_UP | CHANGED_BY_VERBS_DOWN))})\s+(?:about\s+|around\s+|nearly\s+)?$")
_AND_GAP_RE = re.compile(r"(?:\s+(?:in|for|over|during)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+and\s+")


def _continued_moves(text: str, drafts: list[Draft]) -> list[Draft]:
    """A change "by" a figure after "and by" takes the direction of the change "by" before it."""
    for d, nxt in pairwise(drafts):
        if nxt.direction is None and d.direction and d.unit == nxt.unit and (
                _BY_BEFORE_RE.search(text, max(0, d.start - 16), d.start) and _AND_BY_GAP_RE.fullmatch(text, d.end, nxt.start)
                # (or a share a verb of movement moved, the second with its verb left out: "minimum pay rises 7% in
                # the first year and 4% in each of the next two")
                or d.unit == "percent" and _MOVED_BEFORE_RE.search(text, max(0, d.start - 16), d.start)
                and _AND_GAP_RE.fullmatch(text, d.end, nxt.start)):
            nxt.direction = d.direction
    return drafts


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, with spans into `text`."""
    low = ascii_lower(text)
    blocked = Blocked(low)
    drafts: list[Draft] = []
    last_end = -1
    for c in find_cores(text, low):
        if c.start < last_end:
            continue
        if is_not_quantity(text, c, blocked):
            continue
        d = _draft(text, c, blocked)
        if d.start < last_end:
            d.start = c.start
        if not math.isfinite(d.value) or (d.value_high is not None and not math.isfinite(d.value_high)):
            continue  # a run of 309 digits or more is no amount anyone reports (and no float holds it)
        if c.kind == "article" and (d.unit == "count" or not (d.explicit_qualifier or d.half_added)):
            continue  # "a year ago", "$3,500 a month": the article counts nothing here
        if c.kind == "words" and d.unit == "count" and d.noun is None and not d.scaled \
                and not d.explicit_qualifier and not range_follows(text, d.end) \
                and not (_BETWEEN_BEFORE_RE.search(text, max(0, c.start - 10), c.start) and _AND_NEXT_RE.match(text, d.end)) \
                and not _FROM_TO_BEFORE_RE.search(text, max(0, c.start - 40), c.start):
            # ("the bottom three", "all three": pronouns, not amounts; but "from 12 weeks to five", "between one and ten")
            continue
        drafts.append(d)
        last_end = d.end
    drafts = _continued_moves(text, _shared_units(text, _compound_times(text, merge_ranges(text, drafts))))
    yen = None  # whether "¥" is the yen here, decided once, only when a "¥" figure needs it
    out: list[Quantity] = []
    previous: Draft | None = None
    listed_before: Draft | None = None
    out_drafts: list[Draft] = []  # the drafts read so far, for the verb an elided amount shares
    for d in drafts:
        if d.unit == "CNY" and any(sign in text[d.start:d.end] for sign in "¥￥"):  # ("an average of ¥1.97 million")
            yen = _yen_article(text) if yen is None else yen
            if yen:
                d.unit = "JPY"  # "¥10 billion" in an article about Toho: yen, not yuan
        if d.unit == "MXN" and _BARE_PESOS_RE.search(text, d.start, d.end + 8):
            # "In Argentina, … a dubbing actor earns roughly 900,000 pesos a month": the peso of the country
            # named last before it (the Mexican peso when none is)
            place = max(_PESO_PLACE_RE.finditer(text, 0, d.start), key=lambda m: m.start(), default=None)
            d.unit = PESO_BY_PLACE[place.group().lower()] if place else d.unit
        if d.qualifier == "more_than" and (d.unit in TIME_UNITS or d.unit == "count" and d.noun in SEASON_NOUNS) \
                and text[d.start:d.start + 5].lower() == "over " \
                and not text[max(0, d.start - 4):d.start].lower().endswith("for ") \
                and (d.core.kind in ("article", "deictic") or _amount_before(text, previous, d)):
            # "invest 10 billion yen over three years", "grow 20% over three years": the period of
            # the amount before it, not more than three years
            d.qualifier = "exact"  # "residuals over a decade", "over the past decade": during one
            d.start += 5  # ("for over a decade": more than one)
        if d.signed and unit_family(d.unit or "count") == "other" and d.unit != "point":
            d.direction = None  # "minus 233 Celsius", "-5 yards": a measure below zero, not a move
        if d.direction is None and d.unit in ("percent", "percentage point", "basis point") or (
                d.direction is None and d.unit in CURRENCY_CODES):
            d.direction = _right_direction(text, d)
        restates = previous is not None and CONVERSION_GAP_RE.fullmatch(text, previous.end, d.start) is not None \
            and CONVERSION_END_RE.match(text, d.end) is not None
        restates_figure = restates and _is_figure(previous)  # what the claims beside it can take over
        if restates:
            # "more than 100 kilometers (60 miles)", "just under 296 hp (224 kW / 300 PS)": the
            # same amount in other units, so it is bounded and moved as the figure it converts
            if d.qualifier == "exact" and previous.qualifier not in ("exact", "range"):
                d.qualifier = previous.qualifier
            d.direction = d.direction or previous.direction
        elif d.direction is None and previous is not None and previous.direction and \
                APPOSITIVE_GAP_RE.fullmatch(text, previous.end, d.start):
            d.direction = previous.direction  # "lost 190 points, or 0.6%": the same move, restated
        elif d.direction is None and previous is not None and previous.direction and \
                GAPPED_MOVE_RE.fullmatch(text, previous.end, d.start):
            d.direction = previous.direction  # "Ross were down 2.3%, Burlington by 2.6%": "were down" left out
        elif d.direction is None and previous is not None and previous.direction and d.unit == previous.unit \
                and _LISTED_MOVE_GAP_RE.fullmatch(text, previous.end, d.start) and _LIST_CLOSES_RE.match(text, d.end):
            d.direction = previous.direction  # "down 52% and 61% respectively": one move's verb for the list
        if d.unit == "count" and d.noun is None and d.core.kind == "digits" and _index_level(text, low, d):
            d.unit = "point"  # "the S&P 500 rose 64.06 points to 4,577.10": an index level is in points
        listed = listed_before if previous is not None and text[max(0, previous.start - 2):previous.start].strip() \
            == "(" and listed_before is not None else previous  # "2,435,000 YEN ($22,480) for ..., 2,380,000"
        more = _MORE_OF_BEFORE_RE.search(text, max(0, d.start - 40), d.start) \
            if d.unit == "count" and d.noun is None and previous is not None else None
        if more:
            # "sold 18 million new shares, raising £55.8 million, and existing investors sold a further 6
            # million": more of what the same verb took before in the sentence, not of the figure nearest
            verb_before = re.compile(rf"\b{more.group('verb')}\s+(?:[\w-]+\s+){{0,2}}$")
            listed = next((b for b in reversed(out_drafts) if verb_before.search(text, max(0, b.start - 40), b.start)
                           and not re.search(r"[.!?;]\s", text[b.end:d.start])), listed)
            if listed is not previous and listed.unit == "count" and listed.noun:
                d.noun = listed.noun  # (its noun too: 6 million new shares more)
        if listed is not None and d.unit == "count" and d.noun is None and (
                d.core.kind == "digits" or d.core.kind == "words" and _FROM_TO_BEFORE_RE.search(
                    text, max(0, d.start - 40), d.start)) \
                and listed.unit not in (None, "count") and not 1900 <= d.value <= 2100 \
                and not (d.scaled and listed.unit in ("percent", "percentage point")) \
                and _parallel(text, listed, d):  # (a share is never "181 million")
            d.unit = listed.unit  # "the highest is 84.75 cents, the lowest 74.07": the list's unit
            if d.unit in CURRENCY_CODES or d.unit in ("cent", "pence", "sen"):
                d.currency_left = listed.currency_left
        if d.per and unit_family(d.unit or "count") == "other" and d.unit != "video lines" \
                and not _ANNUAL_END_RE.search(text, d.start, d.end):  # "286 gigatonnes annually" stays gigatonnes
            d.unit = f"{d.unit} per {d.per}"  # "800,000 barrels a day": a rate is a unit of its own
        if d.noun == "times" and RATIO_AFTER_RE.match(text, d.end):
            d.ratio = True  # "three times as many trailers", "five times more": a multiple, a figure
        if d.unit == "gram" and GENERATION_RE.fullmatch(text, d.core.start, d.end):
            d.unit = "generation wireless"  # "5G", "4G": a network generation, not grams
        listed_before = previous
        previous = d
        out_drafts.append(d)
        value = d.value
        high = d.value_high
        if high is not None and abs(high - value) < 1e-12:
            high = None
        out.append(Quantity(
            char_start=d.start, char_end=d.end, surface=text[d.start:d.end], value=value,
            value_high=high, unit=d.unit or "count", qualifier=d.qualifier if high is None or d.core.kind == "magnitude" else "range",
            direction=d.direction, noun=d.noun, per=d.per, is_figure=_is_figure(d),
            temporal_ref=d.temporal_ref, restates=restates_figure,
        ))
    return out

