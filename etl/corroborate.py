"""Group figures that report the same underlying number in different articles.

"Three-quarters of the respondents" (one outlet) and "75 percent said" (another) are one
survey finding; "nearly 204,000 positions" and "more than 200,000 jobs" one estimate. Two
claims from different articles are the same figure when

- their units compare (percent with percent, counts with counts, any duration in seconds,
  any currency in US dollars when both converted);
- their values are compatible once qualifiers and rounding are read as intervals
  ("nearly 204,000" is 183,100-224,900; "more than 200,000" is 180,000-320,000; "75"
  written as a whole number is 74.5-75.5);
- they say it about the same thing: the sentences share distinctive words (cosine of
  rarity-weighted word sets, rarity measured over all claim sentences of the build), and
  a named source, where both have one, is the same.

Reports that name the same source and are about the same thing by a wide margin, but
whose values are *not* compatible (within a factor of three), are grouped too, and the
group is flagged as a disagreement. A group never holds two claims from one article. Pure: claim dicts in,
groups out.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .lexicon import FRACTION_WORDS, SCALES, SMALL_NUMBERS, STOPWORDS, TERM_SYNONYMS, TIME_UNITS

# How alike two sentences must be (IDF-weighted cosine of their word sets).
SAME_SOURCE_MIN_SIMILARITY = 0.12   # both name the same source
NO_SOURCE_MIN_SIMILARITY = 0.30     # at most one names a source
DISAGREEMENT_MIN_SIMILARITY = 0.55  # values incompatible: flagged only when this alike
DISAGREEMENT_MAX_RATIO = 3.0
# A word shared by more than this share of claim sentences does not propose candidates.
BLOCKING_MAX_SHARE = 0.05
# Rarity is counted as if this many more sentences, none with the word, had been seen: a
# build of two articles must not find every shared word common.
IDF_PRIOR_SENTENCES = 20
# Candidate pairs per claim and shared word (or source): bounds the work on corpora where one
# figure is repeated by hundreds of articles.
NEIGHBOURS = 25
BLOCKING_MIN_COUNT = 25

_SECONDS = {unit: seconds for unit, seconds in {
    "seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800,
    "months": 2629746, "years": 31556952}.items()}
_NUMBER_WORDS = set(SMALL_NUMBERS) | set(SCALES) | set(FRACTION_WORDS) | {
    u for u in TIME_UNITS} | {"dozen", "dozens", "hundreds", "thousands", "millions", "billions"}
_WORD_RE = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        return self.low < other.high and other.low < self.high  # touching ends do not overlap


def terms(sentence: str) -> frozenset[str]:
    """Content words of a sentence, lower case, plural and synonyms folded."""
    out = set()
    for word in _WORD_RE.findall(sentence.lower()):
        word = word.replace("’", "'").removesuffix("'s")
        if len(word) < 3 or word in STOPWORDS or any(p in _NUMBER_WORDS for p in word.split("-")):
            continue
        word = _singular(word)
        out.add(TERM_SYNONYMS.get(word, word))
    return frozenset(out)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def comparable(claim: dict) -> tuple[str, float, float | None] | None:
    """(scale, value, value_high) on a scale shared by every claim that can match it."""
    unit, value, high = claim["unit"], _number(claim["value"]), _number(claim.get("value_high"))
    if value is None or not unit:
        return None
    if unit in _SECONDS:
        f = _SECONDS[unit]
        return "seconds", value * f, high * f if high is not None else None
    usd = _number(claim.get("value_usd"))
    if usd is not None and value:
        f = usd / value
        return "USD", usd, high * f if high is not None else None
    return unit, value, high


def _number(x) -> float | None:
    """None for missing values, whether None or a NaN from a data frame."""
    return None if x is None or x != x else float(x)


def rounding(value: float) -> float:
    """Half a unit of the last significant digit as written: 204,000 -> 500, 75 -> 0.5."""
    v = abs(value)
    if v == 0:
        return 0.5
    if v != int(v):
        decimals = len(f"{v:.6f}".rstrip("0").split(".")[1])
        return 0.5 * 10 ** -decimals
    digits = str(int(v))
    place = 10 ** (len(digits) - len(digits.rstrip("0")))
    return 0.5 * place


def interval(claim: dict) -> Interval | None:
    """The values a claim allows, given its qualifier and the rounding of its number."""
    c = comparable(claim)
    if c is None:
        return None
    _, v, high = c
    raw = claim["value"]
    # rounding on the scale of the number as written, at most 10 % of it
    slack = min(rounding(raw) * (v / raw if raw else 1), abs(v) * 0.10) if raw else 0.5
    q = claim.get("qualifier") or "exact"
    if q == "range" and high is not None:
        return Interval(v - slack, high + slack)
    if q == "approx":
        return Interval(v * 0.9 - slack, v * 1.1 + slack)
    if q in ("more_than", "at_least"):
        return Interval(v - slack, v * 1.5 + slack)
    if q in ("less_than", "at_most"):
        return Interval(v * 0.5 - slack, v + slack)
    return Interval(v - slack, v + slack)


def named_source(claim: dict) -> str | None:
    """Who states the claim (its `source`, etl.attribute), case-folded; None in the article's
    own voice."""
    source = (claim.get("source") or "").strip()
    return source.casefold() or None


def same_source(a: str, b: str) -> bool:
    return a == b or a in b or b in a


@dataclass
class _Item:
    index: int
    claim: dict
    scale: str
    value: float  # on the scale
    span: Interval
    words: frozenset[str]  # interned: equal word sets are one object
    source: str | None
    weights: dict[str, float]
    norm: float


def group_claims(claims: list[dict]) -> tuple[list[dict], dict[str, str]]:
    """Groups of claims reporting the same figure, and each grouped claim's group id.

    Each group: group_id, claim_type, unit, canonical_value, value_min, value_max, spread,
    n_claims, n_articles, n_publishers, disagreement, subject, claim_ids.
    """
    items = _items(claims)
    pairs = _scored_pairs(items)
    members = _cluster(items, pairs)
    groups: list[dict] = []
    group_of: dict[str, str] = {}
    for indices in members:
        group = _describe([items[i] for i in indices])
        groups.append(group)
        for cid in group["claim_ids"]:
            group_of[cid] = group["group_id"]
    groups.sort(key=lambda g: (-g["n_articles"], g["group_id"]))
    return groups, group_of


def _items(claims: list[dict]) -> list[_Item]:
    sentences = {c["sentence"] for c in claims}
    interned: dict[frozenset[str], frozenset[str]] = {}
    words_of = {s: interned.setdefault(w, w) for s in sentences for w in (terms(s),)}
    df: Counter[str] = Counter()
    for words in words_of.values():
        df.update(words)
    n = len(sentences)
    weights_of: dict[int, tuple[dict[str, float], float]] = {}
    for words in interned.values():
        weights = {w: math.log((n + IDF_PRIOR_SENTENCES) / (df[w] + 0.5)) for w in words}
        weights_of[id(words)] = weights, math.sqrt(sum(x * x for x in weights.values())) or 1.0
    items = []
    for c in claims:
        span = interval(c)
        if span is None:
            continue
        scale, value, _ = comparable(c)
        words = words_of[c["sentence"]]
        weights, norm = weights_of[id(words)]
        items.append(_Item(len(items), c, scale, value, span, words, named_source(c), weights, norm))
    return items


def similarity(a: _Item, b: _Item) -> float:
    shared = a.words & b.words
    return sum(a.weights[w] * b.weights[w] for w in shared) / (a.norm * b.norm)


def _scored_pairs(items: list[_Item]) -> list[tuple[int, float, int, int]]:
    """(kind, score, i, j): kind 0 corroborates, 1 disagrees.

    Only plausible pairs are looked at, so the work grows with the matches, not with the
    square of the claims: agreeing candidates share a distinctive word *and* have
    overlapping values (a sweep over each word's claims sorted by value); disagreeing
    candidates share a named source and are within the ratio (a sweep per source)."""
    cap = max(BLOCKING_MIN_COUNT, int(BLOCKING_MAX_SHARE * len(items)))
    by_word: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    by_source: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for it in items:
        for w in it.words:
            by_word[(it.scale, w)].append(it)
        if it.source and it.value > 0:
            by_source[(it.scale, it.source)].append(it)
    candidates: set[tuple[int, int]] = set()
    for posting in by_word.values():
        if 1 < len(posting) <= cap:
            _overlapping(posting, candidates)
    for posting in by_source.values():
        if 1 < len(posting) <= cap:
            _within_ratio(posting, candidates)
    similar: dict[tuple[int, int], float] = {}
    pairs = []
    for i, j in candidates:
        a, b = items[i], items[j]
        key = (id(a.words), id(b.words))
        if key not in similar:
            similar[key] = similarity(a, b)
        scored = _judge(a, b, similar[key])
        if scored:
            pairs.append((scored[0], -scored[1], i, j))
    pairs.sort()
    return pairs


def _overlapping(posting: list[_Item], out: set[tuple[int, int]]) -> None:
    """Pairs whose value intervals overlap, each claim with at most NEIGHBOURS before it:
    a figure repeated by hundreds of articles still joins one group through its neighbours."""
    active: list[_Item] = []
    for it in sorted(posting, key=lambda x: x.span.low):
        active = [a for a in active[-NEIGHBOURS:] if a.span.high > it.span.low]
        for a in active:
            out.add((a.index, it.index) if a.index < it.index else (it.index, a.index))
        active.append(it)


def _within_ratio(posting: list[_Item], out: set[tuple[int, int]]) -> None:
    """Pairs within DISAGREEMENT_MAX_RATIO of each other, nearest values first, bounded."""
    ordered = sorted(posting, key=lambda x: x.value)
    start = 0
    for k, it in enumerate(ordered):
        while ordered[start].value * DISAGREEMENT_MAX_RATIO < it.value:
            start += 1
        for a in ordered[max(start, k - NEIGHBOURS):k]:
            out.add((a.index, it.index) if a.index < it.index else (it.index, a.index))


def _judge(a: _Item, b: _Item, sim: float) -> tuple[int, float] | None:
    ca, cb = a.claim, b.claim
    if ca["article_id"] == cb["article_id"]:
        return None
    types = {ca["claim_type"], cb["claim_type"]}
    if len(types - {"other"}) > 1:
        return None
    if a.source and b.source and not same_source(a.source, b.source):
        return None
    sourced = bool(a.source and b.source)
    if a.span.overlaps(b.span):
        needed = SAME_SOURCE_MIN_SIMILARITY if sourced else NO_SOURCE_MIN_SIMILARITY
        return (0, sim) if sim >= needed else None
    lo, hi = sorted((abs(a.value), abs(b.value)))
    if sourced and "other" not in types and sim >= DISAGREEMENT_MIN_SIMILARITY and lo > 0 \
            and hi / lo <= DISAGREEMENT_MAX_RATIO:
        return 1, sim
    return None


def _cluster(items: list[_Item], pairs) -> list[list[int]]:
    """Merge the best pairs first; a group keeps one claim per article, and agreeing pairs
    never merge groups whose values would stop overlapping. Each group keeps its articles
    and the interval all its values share (None once it holds a disagreement), so a merge
    is checked without walking its members."""
    group = {it.index: it.index for it in items}
    members: dict[int, list[int]] = {it.index: [it.index] for it in items}
    articles: dict[int, set[str]] = {it.index: {it.claim["article_id"]} for it in items}
    common: dict[int, Interval | None] = {it.index: it.span for it in items}
    for kind, _, i, j in pairs:
        gi, gj = group[i], group[j]
        if gi == gj or not articles[gi].isdisjoint(articles[gj]):
            continue
        both = _intersection(common[gi], common[gj])
        if kind == 0 and both is None and common[gi] is not None and common[gj] is not None:
            continue
        if len(members[gi]) < len(members[gj]):
            gi, gj = gj, gi  # move the smaller group
        for k in members[gj]:
            group[k] = gi
        members[gi].extend(members.pop(gj))
        articles[gi] |= articles.pop(gj)
        common[gi] = both
        del common[gj]
    return [sorted(m) for m in members.values() if len(m) > 1]


def _intersection(a: Interval | None, b: Interval | None) -> Interval | None:
    if a is None or b is None:
        return None
    low, high = max(a.low, b.low), min(a.high, b.high)
    return Interval(low, high) if low < high else None


def _common(items: list[_Item], indices: list[int]) -> Interval | None:
    low = max(items[k].span.low for k in indices)
    high = min(items[k].span.high for k in indices)
    return Interval(low, high) if low < high else None


def _precision(claim: dict) -> tuple:
    """Sort key: the most precise wording first (exact, more significant digits)."""
    qualifier_rank = {"exact": 0, "range": 1, "approx": 2}.get(claim.get("qualifier"), 3)
    raw = claim["value"]
    digits = len(str(abs(raw)).replace(".", "").strip("0")) if raw else 0
    return qualifier_rank, -digits, str(claim.get("published") or ""), claim["claim_id"]


def _describe(group: list[_Item]) -> dict:
    claims = [it.claim for it in group]
    best = min(claims, key=_precision)
    factor = comparable(best)[1] / best["value"] if best["value"] else 1.0
    values = [comparable(c)[1] / factor for c in claims]
    ids = sorted(c["claim_id"] for c in claims)
    types = Counter(c["claim_type"] for c in claims if c["claim_type"] != "other")
    sources = Counter(it.claim["subject"] for it in group if it.source)
    canonical = best["value"]
    return {
        "group_id": "g" + hashlib.sha1(":".join(ids).encode()).hexdigest()[:15],
        "claim_type": types.most_common(1)[0][0] if types else "other",
        "unit": best["unit"],
        "canonical_value": canonical,
        "value_min": min(values),
        "value_max": max(values),
        "spread": (max(values) - min(values)) / abs(canonical) if canonical else None,
        "n_claims": len(claims),
        "n_articles": len({c["article_id"] for c in claims}),
        "n_publishers": len({c.get("publisher") or c["article_id"] for c in claims}),
        "disagreement": _common(list(group), list(range(len(group)))) is None,
        "subject": sources.most_common(1)[0][0] if sources else best.get("subject"),
        "claim_ids": ids,
    }
