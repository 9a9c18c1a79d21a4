"""Qualitative impact statements: who expects what for which sector.

    "Sora's impact on equipment manufacturers and leasing companies will be devastating."
      -> sector equipment_leasing, direction harm, strength strong, speaker Hou Mao

A statement is a sentence part (split at "but", "while", "although", "because", ";") that
names a sector or occupation of the vocabulary (`lexicon.IMPACT_SECTORS`) within a few
words of an impact cue (`lexicon.IMPACT_CUES`). The cue gives the direction:

- harm ("affected", "replace", "devastating"), benefit ("benefit", "opportunity", "help"),
  little/none ("little impact", "remain unchanged");
- a negator just before a harm or benefit cue ("will *not* be replaced", "*little* impact")
  or a dismissal in the clause ("the idea ... is *unfounded*") turns it into none;
- "more of an opportunity than a challenge" counts what comes before "than";
- harm and benefit cues for one sector in one clause make it mixed.

Hedges ("may", "could", "should") are kept as a flag, strength words ("devastating",
"major"; "to a certain extent") as strong or weak, and the time frame ("in the short term",
"in the next three years", "by 2030", "in the future") as words and, where it has one, a
year. Questions are not statements and are skipped. The speaker is only the source the
sentence attributes it to (etl.attribute: named there, or continued through a pronoun, a
definite description or a quotation).

A sentence is one statement, however many sectors it names: its sectors are a list, each with
its own direction (harm for one, benefit for another makes the statement mixed). Its kind says
whether it looks ahead (forecast), observes the present, states history ("every technological
innovation has threatened some jobs") or reports unnamed people's speculation ("some fear
that ...") — the last two are not forecasts of harm.

Pure: text in, impacts out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .attribute import sentence_sources
from .lexicon import (
    IMPACT_CUES,
    IMPACT_DISMISSALS,
    IMPACT_HEDGES,
    IMPACT_NEGATORS,
    IMPACT_REVERSERS,
    IMPACT_SECTORS,
    IMPACT_STRONG,
    IMPACT_WEAK,
    SMALL_NUMBERS,
)
from .names import ArticleNames
from .patterns import trie_pattern
from .segment import sentence_spans

SECTOR_LABELS = {key: label for key, (label, _) in IMPACT_SECTORS.items()}
DIRECTIONS = ("harm", "benefit", "mixed", "none")
MAX_WORDS_APART = 16  # a cue further than this from the sector says nothing about it
NEGATION_WORDS_BEFORE = 6
HEDGE_WORDS_BEFORE = 8
STRENGTH_WORDS_AROUND = 3


def _alternation(phrases) -> str:
    return trie_pattern(phrases, r"[\s-]+")  # a prefix tree: long lists stay fast


_SECTOR_OF = {phrase: key for key, (_, phrases) in IMPACT_SECTORS.items() for phrase in phrases}
SECTOR_RE = re.compile(rf"\b(?P<p>{_alternation(_SECTOR_OF)})(?:e?s)?\b")
_CUE_OF = {phrase: direction for direction, phrases in IMPACT_CUES.items() for phrase in phrases}
CUE_RE = re.compile(rf"\b(?P<p>{_alternation(_CUE_OF)})\b")
DISMISSAL_RE = re.compile(rf"\b(?:{_alternation(IMPACT_DISMISSALS)})\b")
WEAK_PHRASE_RE = re.compile(r"\bto\s+(?:a|some)\s+(?:certain\s+)?(?:extent|degree)\b|\ba\s+little\b")
COMPARATIVE_RE = re.compile(r"\bmore\s+(?:of\s+)?(?:an?\s+)?[\w-]+\s+than\b")
_CLAUSE_CONJUNCTIONS = ("but", "while", "whereas", "although", "though", "however", "because")
CLAUSE_RE = re.compile(rf";|,\s*yet\b|\s*\b(?:{'|'.join(_CLAUSE_CONJUNCTIONS)})\b\s*", re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z0-9'’-]+")
_NUMBER = rf"(?:\d+|{'|'.join(SMALL_NUMBERS)})"
TIME_FRAMES = [
    (re.compile(r"\bin\s+the\s+short[\s-]+(?:term|run)\b|\bshort[\s-]term\b"), "short term"),
    (re.compile(r"\bin\s+the\s+(?:long[\s-]+(?:term|run))\b|\blong[\s-]term\b"), "long term"),
    (re.compile(rf"\b(?:in|within|over)\s+the\s+(?:next|coming)\s+(?P<n>{_NUMBER})\s+years?\b"
                rf"|\bwithin\s+(?P<n2>{_NUMBER})\s+years?\b"), "years"),
    (re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?P<y>(?:19|20)\d\d)\b"), "by year"),
    (re.compile(r"\bin\s+the\s+(?:near\s+)?future\b|\beventually\b|\bone\s+day\b|\bsooner\s+or\s+later\b"),
     "future"),
    (re.compile(r"\b(?:at\s+present|currently|for\s+now|at\s+the\s+moment|so\s+far|now)\b"), "now"),
]


@dataclass(frozen=True, slots=True)
class SectorImpact:
    """What one statement says of one sector it names."""
    sector: str            # key of lexicon.IMPACT_SECTORS
    sector_text: str       # the words that named it ("leasing companies")
    direction: str         # harm | benefit | mixed | none
    hedged: bool
    negated: bool
    mention_start: int     # the sector's words in the article text
    mention_end: int


@dataclass(frozen=True, slots=True)
class Impact:
    """One statement: a sentence that says what AI video does to one or more sectors."""
    sectors: tuple[SectorImpact, ...]  # in the order the sentence names them
    direction: str         # harm | benefit | mixed | none, over all its sectors
    strength: str | None   # strong | weak | None when not stated
    hedged: bool           # "may", "could", "should" ...
    negated: bool          # a harm or benefit the sentence denies ("will not be replaced")
    kind: str              # forecast | present | history | speculation (see KINDS)
    time_frame: str | None  # "short term", "3 years", "by 2030", "future", "now"
    horizon_year: int | None
    speaker: str | None
    cue: str               # the impact words, as written
    sentence: str
    sentence_start: int
    sentence_end: int

    @property
    def sector(self) -> str:
        return self.sectors[0].sector

    def as_json(self) -> dict:
        """The statement with what it says of each sector, for `python -m etl impacts`."""
        row = {name: getattr(self, name) for name in self.__slots__ if name != "sectors"}
        row["sectors"] = [{name: getattr(x, name) for name in x.__slots__} for x in self.sectors]
        return row

    def as_dict(self) -> dict:
        """The statement as an impacts row: its sectors' keys and labels as lists."""
        row = {name: getattr(self, name) for name in self.__slots__ if name != "sectors"}  # asdict is slow
        row["sectors"] = [x.sector for x in self.sectors]
        row["sector_labels"] = [SECTOR_LABELS[x.sector] for x in self.sectors]
        return row


# What a statement is: a forecast (it looks ahead), a present observation, history (a general
# truth about the past: "every technological innovation has threatened some jobs"), or
# speculation reported from unnamed people ("some fear that ...": not the article's forecast).
KINDS = ("forecast", "present", "history", "speculation")
HISTORY_RE = re.compile(
    r"\b(?:historically|in\s+the\s+past|throughout\s+history|has\s+always|have\s+always|used\s+to|"
    r"(?:every|each|any)\s+(?:\w+\s+){0,3}(?:innovation|revolution|technology|invention|change)\s+(?:\w+\s+){0,2}has)\b",
    re.IGNORECASE)
SPECULATION_RE = re.compile(
    r"\b(?:some|many|others|people|netizens|critics|observers|fans|users|rumou?rs?|speculation|"
    r"it\s+is\s+(?:said|rumou?red|feared|speculated))\b(?:\s+\w+){0,3}?\s+"
    r"(?:speculate[sd]?|fear(?:s|ed)?|worr(?:y|ies|ied)|suspect(?:s|ed)?|wonder(?:s|ed)?|claim(?:s|ed)?|that)\b",
    re.IGNORECASE)
# sentences are lowered before these run: no IGNORECASE, and word lists as prefix trees
AHEAD_RE = re.compile(r"\b(?:" + trie_pattern(["will", "won't", "would", "shall", "should", "going to", "bound to",
                                                "may", "might", "could", "likely", "future", "soon", "next",
                                                "coming", "eventually"]) + r"|expect\w*|predict\w*|forecast\w*)\b")
_KIND_WORDS_RE = re.compile(r"\b(?:" + trie_pattern([
    "historically", "past", "history", "always", "used", "every", "each", "any", "some", "many", "others", "people",
    "netizens", "critics", "observers", "fans", "users", "rumor", "rumors", "rumour", "rumours", "speculation",
    "said", "feared"]) + r")\b")


def _kind(sentence: str, speaker: str | None, time_frame: str | None) -> str:
    low = sentence.lower()
    ahead = bool(time_frame and time_frame != "now")
    if not _KIND_WORDS_RE.search(low):  # no history and no reported speculation possible
        return "forecast" if ahead or AHEAD_RE.search(low) else "present"
    if HISTORY_RE.search(sentence):
        return "history"
    if speaker is None and SPECULATION_RE.search(sentence):
        return "speculation"
    return "forecast" if ahead or AHEAD_RE.search(low) else "present"


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().rstrip("”\"’')").endswith("?")


_CLAUSE_WORDS = (";", "yet", *_CLAUSE_CONJUNCTIONS)  # one is in every CLAUSE_RE match


def _clauses(low: str) -> list[tuple[int, int]]:
    if low.isascii() and not any(w in low for w in _CLAUSE_WORDS):
        return [(0, len(low))] if low else []  # (most sentences: substring tests cost less than the scan)
    spans, start = [], 0
    for m in CLAUSE_RE.finditer(low):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(low):
        spans.append((start, len(low)))
    return spans


@dataclass
class _Cue:
    start: int
    end: int
    word_index: int
    direction: str
    text: str
    negated: bool = False


@dataclass(frozen=True, slots=True)
class _Part:
    """What one clause says of one sector, before the sentence's statement is made."""
    sector: SectorImpact
    strength: str | None
    time_frame: str | None
    horizon_year: int | None
    cue: str


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised sector word next to another capitalised word is part of a name."""
    if not text[start:start + 1].isupper():
        return False
    return bool(re.match(r"[ \t]+[A-Z][a-z]", text[end:end + 3]) or re.search(r"[A-Z][\w&.]*[ \t]+$", text[max(0, start - 30):start]))


def _clause_impacts(text, low, s, a, b, published) -> list[_Part]:
    clause = low[a - s:b - s]
    sector_matches = list(SECTOR_RE.finditer(clause))  # (each scan once: read again below)
    cue_matches = list(CUE_RE.finditer(clause)) if sector_matches else []
    if not cue_matches:
        return []  # the sentence's sector and its cue may sit in other clauses
    words = [(m.start() + a, m.group()) for m in _WORD_RE.finditer(clause)]
    if not words:
        return []
    starts = [w[0] for w in words]

    def word_at(pos: int) -> int:
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return max(0, lo - 1)

    cues = _cues(clause, a, words, word_at, cue_matches)
    if not cues:
        return []
    sectors: dict[str, tuple[int, int, int]] = {}
    for m in sector_matches:
        key = _SECTOR_OF.get(re.sub(r"[\s-]+", " ", m.group("p")).replace("post production", "post-production"))
        key = key or _SECTOR_OF.get(m.group("p"))
        if key and _inside_a_name(text, m.start() + a, m.end() + a):
            continue  # "the Animation Guild", "Sony Pictures Animation": an organisation, not the sector
        if key and key not in sectors:
            sectors[key] = (m.start() + a, m.end() + a, word_at(m.start() + a))
    out = []
    frame, horizon = _time_frame(clause, published)
    for key, (ms, me, wi) in sectors.items():
        near = [c for c in cues if abs(c.word_index - wi) <= MAX_WORDS_APART and not (c.start < me and ms < c.end)]
        if not near:
            continue
        directions = {c.direction for c in near}
        if {"harm", "benefit"} <= directions:
            direction = "mixed"
        elif directions - {"none"}:
            direction = (directions - {"none"}).pop()
        else:
            direction = "none"
        negated = any(c.negated for c in near)
        first = min(near, key=lambda c: c.start)
        out.append(_Part(
            sector=SectorImpact(sector=key, sector_text=text[ms:me], direction=direction,
                                hedged=_hedged(words, first.word_index), negated=negated,
                                mention_start=ms, mention_end=me),
            strength=_strength(clause, words, near) if direction != "none" else None,
            time_frame=frame, horizon_year=horizon,
            cue=", ".join(dict.fromkeys(text[c.start:c.end] for c in sorted(near, key=lambda c: c.start)))))
    return out


def _cues(clause: str, a: int, words, word_at, matches: list[re.Match]) -> list[_Cue]:
    """The cues of `clause` (its CUE_RE matches, at offset `a` into the text), read with their
    negation and reversal."""
    cues = []
    comparative = COMPARATIVE_RE.search(clause)
    dismissed = DISMISSAL_RE.search(clause)
    for m in matches:
        phrase = re.sub(r"[\s-]+", " ", m.group("p"))
        direction = _CUE_OF.get(phrase)
        if direction is None:
            continue
        if comparative and m.start() >= comparative.end():
            continue  # "more of an opportunity than a challenge": the challenge is discounted
        wi = word_at(m.start() + a)
        negated = False
        if direction != "none":
            before = {w for _, w in words[max(0, wi - NEGATION_WORDS_BEFORE):wi]}
            denied = before & IMPACT_NEGATORS or any(w.endswith("n't") for w in before)
            # a dismissal ("the idea ... is unfounded") answers a fear, not a hope
            if denied or dismissed and direction == "harm":
                direction, negated = "none", True
            elif direction == "benefit" and any(
                    w in IMPACT_REVERSERS and not re.search(r"[,;:]", clause[at - a:m.start()])
                    for at, w in words[max(0, wi - NEGATION_WORDS_BEFORE):wi]):
                # "would reduce their job opportunities": an opportunity taken away (not "costs are
                # reduced, which is a major benefit")
                direction = "harm"
        cues.append(_Cue(m.start() + a, m.end() + a, wi, direction, m.group(), negated))
    return cues


def _hedged(words, cue_index: int) -> bool:
    return any(w in IMPACT_HEDGES for _, w in words[max(0, cue_index - HEDGE_WORDS_BEFORE):cue_index + 1])


def _strength(clause: str, words, cues) -> str | None:
    around = set()
    for c in cues:
        around.update(w for _, w in words[max(0, c.word_index - STRENGTH_WORDS_AROUND):c.word_index + 2])
        around.update(c.text.split())
    if around & IMPACT_STRONG:
        return "strong"
    if around & IMPACT_WEAK or WEAK_PHRASE_RE.search(clause):
        return "weak"
    return None


# a word without which no time frame pattern matches: looked up before the patterns run
_TIME_FRAME_WORDS_RE = re.compile(r"\b(?:term|run|years?|by|future|eventually|day|later|present|currently|now|"
                                  r"moment|far)\b")


def _time_frame(clause: str, published: date | None) -> tuple[str | None, int | None]:
    if not _TIME_FRAME_WORDS_RE.search(clause):
        return None, None
    for pattern, kind in TIME_FRAMES:
        m = pattern.search(clause)
        if not m:
            continue
        if kind == "years":
            raw = m.group("n") or m.group("n2")
            n = int(raw) if raw.isdigit() else SMALL_NUMBERS[raw]
            return f"{n} years", (published.year + n) if published else None
        if kind == "by year":
            return f"by {m.group('y')}", int(m.group("y"))
        return kind, None
    return None, None


def extract_impacts(text: str, published: date | None = None,
                    sentences: list[tuple[int, int]] | None = None,
                    sources: list[tuple[str | None, str | None, str | None]] | None = None) -> list[Impact]:
    """Every impact statement in `text`: one per sentence, with the sectors it names,
    offsets into `text`. `sentences` and `sources` (etl.attribute.sentence_sources) are
    passed when already computed for the article."""
    impacts: list[Impact] = []
    sentences = sentence_spans(text) if sentences is None else sentences
    low_text = text.lower()
    if not SECTOR_RE.search(low_text):
        return impacts
    if sources is None:
        sources = sentence_sources(text, sentences, ArticleNames.learn(text, sentences))
    for (s, e), (speaker, *_) in zip(sentences, sources, strict=True):  # the speaker is named here, or continued
        sentence = text[s:e]
        low = low_text[s:e]
        if not SECTOR_RE.search(low) or not CUE_RE.search(low) and "impact" not in low:
            continue
        if "?" in sentence.rstrip("”\"’' )")[-2:] or _is_question(sentence):
            continue
        parts = [p for a, b in _clauses(low) for p in _clause_impacts(text, low, s, s + a, s + b, published)]
        if parts:
            impacts.append(_statement(text, s, e, parts, speaker))
    return impacts


def _statement(text: str, s: int, e: int, parts: list[_Part], speaker: str | None) -> Impact:
    """One statement from what each clause says of each sector (a sector named twice keeps its
    first mention)."""
    seen: dict[str, _Part] = {}
    for p in parts:
        seen.setdefault(p.sector.sector, p)
    kept = list(seen.values())
    directions = {p.sector.direction for p in kept}
    if "mixed" in directions or {"harm", "benefit"} <= directions:
        direction = "mixed"
    elif directions - {"none"}:
        direction = (directions - {"none"}).pop()
    else:
        direction = "none"
    strengths = {p.strength for p in kept}
    frame = next((p.time_frame for p in kept if p.time_frame), None)
    horizon = next((p.horizon_year for p in kept if p.horizon_year), None)
    sentence = text[s:e]
    return Impact(
        sectors=tuple(p.sector for p in kept), direction=direction,
        strength="strong" if "strong" in strengths else "weak" if "weak" in strengths else None,
        hedged=any(p.sector.hedged for p in kept), negated=any(p.sector.negated for p in kept),
        kind=_kind(sentence, speaker, frame), time_frame=frame, horizon_year=horizon, speaker=speaker,
        cue=", ".join(dict.fromkeys(c for p in kept for c in p.cue.split(", "))),
        sentence=sentence, sentence_start=s, sentence_end=e)
