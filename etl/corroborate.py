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
group is flagged as a disagreement. A group never holds two claims from one article.

What depends on one claim alone (`corroboration_keys`: its scale, interval, source and words)
is computed where the claim is extracted. The corpus-wide part is DuckDB SQL (`corroborate`):
candidate pairs come from a join on value cells and shared distinctive words (or a shared
source), each claim meeting at most NEIGHBOURS others per block, and are scored there; only
the pairs that pass come to Python, where the best are merged first, and the groups go back
to SQL to be described (only two integers a grouped claim make the trip). `group_claims`
runs the same on a list of claim dicts.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import duckdb
import numpy as np
import pyarrow as pa

from .lexicon import (
    FRACTION_WORDS,
    SCALES,
    SECONDS_PER_UNIT,
    SMALL_NUMBERS,
    STOPWORDS,
    TERM_SYNONYMS,
    TIME_UNITS,
)

# How alike two sentences must be (IDF-weighted cosine of their word sets).
SAME_SOURCE_MIN_SIMILARITY = 0.12   # both name the same source
NO_SOURCE_MIN_SIMILARITY = 0.30     # at most one names a source
DISAGREEMENT_MIN_SIMILARITY = 0.55  # values incompatible: flagged only when this alike
DISAGREEMENT_MAX_RATIO = 3.0
# A word shared by more than this share of claim sentences does not propose candidates.
BLOCKING_MAX_SHARE = 0.05
# Words of a claim's sentence that propose candidates: its rarest ones.
BLOCKING_WORDS = 4
# Rarity is counted as if this many more sentences, none with the word, had been seen: a
# build of two articles must not find every shared word common.
IDF_PRIOR_SENTENCES = 20
# Candidate pairs per claim and block (shared word and value cell, or shared source): bounds
# the work on corpora where one figure is repeated by hundreds of articles, which still join
# one group through chains of neighbours. (25 grouped the 50 MB bench corpus 4 % less finely
# at twice the cost.)
NEIGHBOURS = 10
PAIRS_PER_FETCH = 100_000  # scored pairs come to Python this many at a time
CLUSTER_CHUNK = 2048  # pairs checked against the groups at once (see _cluster)
BLOCKING_MIN_COUNT = 25

_NUMBER_WORDS = set(SMALL_NUMBERS) | set(SCALES) | set(FRACTION_WORDS) | {
    u for u in TIME_UNITS} | {"dozen", "dozens", "hundreds", "thousands", "millions", "billions"}
_WORD_RE = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        return self.low < other.high and other.low < self.high  # touching ends do not overlap


@lru_cache(maxsize=1024)  # an article's figures share sentences: each is read once
def terms(sentence: str) -> frozenset[str]:
    """Content words of a sentence, lower case, plural and synonyms folded."""
    return frozenset(filter(None, map(_term, _WORD_RE.findall(sentence.lower()))))


@lru_cache(maxsize=65536)  # words recur far more than sentences do
def _term(word: str) -> str | None:
    """A word's term: plural and synonyms folded; None for short, stop and number words."""
    word = word.replace("’", "'").removesuffix("'s")
    if len(word) < 3 or word in STOPWORDS or any(p in _NUMBER_WORDS for p in word.split("-")):
        return None
    word = _singular(word)
    return TERM_SYNONYMS.get(word, word)


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
    if unit in SECONDS_PER_UNIT:
        f = SECONDS_PER_UNIT[unit]
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


def corroboration_keys(claim: dict) -> dict:
    """What the grouping needs of one claim, computed from that claim alone (so it runs where
    the claim is extracted): its comparable scale and value, the interval its value allows,
    its named source and the content words of its sentence."""
    c, span = comparable(claim), interval(claim)
    return {"cmp_scale": c[0] if c else None, "cmp_value": c[1] if c else None,
            "span_low": span.low if span else None, "span_high": span.high if span else None,
            "source_key": named_source(claim), "terms": sorted(terms(claim.get("sentence") or ""))}


# Value cells for blocking: a claim proposes candidates in every cell its interval touches,
# cells being factors of two on each side of zero (an interval across zero sits in the cells
# of its two ends and in the zero cell).
CELL_WIDTH = math.log(2.0)
MAX_CELLS = 64

# Candidate pairs, scored, from the claims in `grouping_input` with their corroboration keys. Values
# are compared only within a block (scale, distinctive word, value cell) or (scale, named
# source), each claim with the NEIGHBOURS claims after it in the block's value order: blocks
# are joined on an equality (rank // NEIGHBOURS and the next block of ranks), so a figure
# quoted by thousands of articles costs NEIGHBOURS pairs a claim, not thousands.
_STEPS = (
    # the claims' columns the grouping reads, once: `grouping_input` may be a view over
    # Parquet files and joins, read again by every step that names it
    ("gi", """
        SELECT claim_id, article_id, claim_type, unit, value, qualifier, published, subject, publisher,
               cmp_scale, cmp_value, span_low, span_high, source_key, hash(sentence) AS sh, terms
        FROM grouping_input WHERE span_low IS NOT NULL"""),
    # every claim, word, scale, source and article by a small integer: the joins below move
    # numbers, not strings (claim numbers follow claim ids, so orders stay the ids' orders)
    # (the numbering runs on the narrow columns, the other columns joined after: window
    # operators that carry strings and lists are several times slower)
    ("it", """
        WITH numbered AS (
            SELECT claim_id, CAST(row_number() OVER (ORDER BY claim_id) AS INTEGER) AS i,
                   CAST(dense_rank() OVER (ORDER BY article_id) AS INTEGER) AS art,
                   CAST(dense_rank() OVER (ORDER BY cmp_scale) AS INTEGER) AS scale,
                   CASE WHEN source_key IS NOT NULL THEN CAST(dense_rank() OVER (ORDER BY source_key) AS INTEGER) END AS sid
            FROM gi)
        SELECT n.i, g.claim_id, n.art, g.claim_type, n.scale, g.cmp_value AS v, g.span_low AS lo, g.span_high AS hi,
               g.source_key AS src, n.sid, g.sh
        FROM numbered n JOIN gi g USING (claim_id)"""),
    ("sent", """
        SELECT sh, any_value(terms) AS terms FROM gi GROUP BY sh"""),
    ("idf", """
        SELECT t AS term, CAST(row_number() OVER (ORDER BY t) AS INTEGER) AS tid,
               ln(((SELECT count(*) FROM sent) + $prior) / (count(*) + 0.5)) AS w
        FROM (SELECT unnest(terms) AS t FROM sent) GROUP BY t"""),
    ("sent_word", """
        SELECT s.sh, idf.tid, idf.w FROM (SELECT sh, unnest(terms) AS t FROM sent) s JOIN idf ON idf.term = s.t"""),
    ("norm", """
        SELECT sh, sqrt(sum(w * w)) AS nrm FROM sent_word GROUP BY sh"""),
    ("cap", """
        SELECT greatest($min_count, CAST(floor($max_share * count(*)) AS BIGINT)) AS c FROM it"""),
    # a claim proposes candidates through its BLOCKING_WORDS rarest words that are not common
    # (in at most BLOCKING_MAX_SHARE of claims): two reports of one figure share their rarest
    # words, and each further word would only find the same pairs again
    # (the word's count per scale is a grouped count joined back: cheaper than a window over
    # every claim-word pair)
    ("word_member", """
        WITH pairs AS (SELECT it.i, it.scale, w.tid, w.w, it.lo, it.hi FROM it JOIN sent_word w USING (sh)),
             df AS (SELECT scale, tid, count(*) AS df FROM pairs GROUP BY scale, tid)
        SELECT i, scale, tid, lo, hi FROM pairs JOIN df USING (scale, tid)
        WHERE df BETWEEN 2 AND (SELECT c FROM cap)
        QUALIFY row_number() OVER (PARTITION BY i ORDER BY w DESC, tid) <= $blocking_words"""),
    # ... in every value cell its interval touches, ranked by value within each block
    ("cell_ranked", """
        SELECT *, rk // $neighbours AS blk FROM (
        SELECT *, CAST(row_number() OVER (PARTITION BY scale, tid, cell ORDER BY lo, i) AS INTEGER) AS rk
        FROM (SELECT m.i, m.scale, m.tid, m.lo, m.hi,
                     unnest(CASE WHEN m.lo > 0 OR m.hi < 0
                                 THEN range(cell(m.lo), least(cell(m.hi), cell(m.lo) + $max_cells - 1) + 1)
                                 ELSE [cell(m.lo), 0, cell(m.hi)] END) AS cell
              FROM word_member m))"""),
    ("source_ranked", """
        SELECT *, rk // $neighbours AS blk FROM (
        SELECT i, scale, sid, v,
               CAST(row_number() OVER (PARTITION BY scale, sid ORDER BY v, i) AS INTEGER) AS rk,
               count(*) OVER (PARTITION BY scale, sid) AS size
        FROM it WHERE sid IS NOT NULL AND v > 0)"""),
    # the pairs of the two kinds of block, each pair once: each claim meets the NEIGHBOURS
    # after it in its block's value order, blocks joined on an equality (rank // NEIGHBOURS,
    # and the next block of ranks) so a figure quoted by thousands of articles costs
    # NEIGHBOURS pairs a claim, not thousands (a pair found through several words or cells is
    # kept once, as one 64-bit key: one column deduplicates faster than two)
    ("cand", """
        SELECT CAST(k >> 32 AS INTEGER) AS x, CAST(k & 4294967295 AS INTEGER) AS y FROM (
        SELECT DISTINCT (CAST(least(x, y) AS BIGINT) << 32) | greatest(x, y) AS k FROM (
            SELECT a.i AS x, b.i AS y
            FROM (SELECT *, blk + step AS want FROM cell_ranked, (SELECT unnest([0, 1]) AS step)) a
            JOIN cell_ranked b ON b.scale = a.scale AND b.tid = a.tid AND b.cell = a.cell AND b.blk = a.want
            WHERE b.rk > a.rk AND b.rk <= a.rk + $neighbours AND a.hi > b.lo AND b.hi > a.lo
            UNION ALL
            SELECT a.i AS x, b.i AS y
            FROM (SELECT *, blk + step AS want FROM source_ranked, (SELECT unnest([0, 1]) AS step)) a
            JOIN source_ranked b ON b.scale = a.scale AND b.sid = a.sid AND b.blk = a.want
            WHERE a.size <= (SELECT c FROM cap) AND b.rk > a.rk AND b.rk <= a.rk + $neighbours
              AND a.v * $max_ratio >= b.v))"""),
    # both claims of each candidate side by side, then the rules on that one table (with the
    # rules in the join, the planner would pair claims on their claim types first)
    ("cand_sides", """
        SELECT cand.x, cand.y, a.art AS ax, b.art AS bx, a.lo AS alo, a.hi AS ahi,
               b.lo AS blo, b.hi AS bhi, a.sh AS ash, b.sh AS bsh, a.src AS asrc, b.src AS bsrc,
               a.claim_type AS atype, b.claim_type AS btype, a.v AS av, b.v AS bv
        FROM cand JOIN it a ON a.i = cand.x JOIN it b ON b.i = cand.y"""),
    ("judged", """
        SELECT x, y, ax, bx, alo, ahi, blo, bhi, ash, bsh,
               asrc IS NOT NULL AND bsrc IS NOT NULL AS sourced,
               alo < bhi AND blo < ahi AS overlap,
               atype <> 'other' AND btype <> 'other' AS typed,
               least(abs(av), abs(bv)) AS low_v, greatest(abs(av), abs(bv)) AS high_v
        FROM cand_sides
        WHERE ax <> bx AND (atype = btype OR atype = 'other' OR btype = 'other')
          AND (asrc IS NULL OR bsrc IS NULL OR asrc = bsrc OR contains(asrc, bsrc) OR contains(bsrc, asrc))"""),
    # similarity per pair of sentences (many claims share one): the weights of the words both have
    ("dots", """
        SELECT p.ash, p.bsh, sum(wa.w * wa.w) AS dot
        FROM (SELECT DISTINCT ash, bsh FROM judged) p
        JOIN sent_word wa ON wa.sh = p.ash JOIN sent_word wb ON wb.sh = p.bsh AND wb.tid = wa.tid
        GROUP BY p.ash, p.bsh"""),
    ("scored", """
        SELECT j.*, round(coalesce(d.dot, 0) / (greatest(coalesce(na.nrm, 0), 1e-300)
                                                * greatest(coalesce(nb.nrm, 0), 1e-300)), 12) AS sim
        FROM judged j LEFT JOIN dots d USING (ash, bsh)
        LEFT JOIN norm na ON na.sh = j.ash LEFT JOIN norm nb ON nb.sh = j.bsh"""),
)
# numbers, not ids, come to Python: claim numbers sort as their ids do; what each claim
# brings to the merge (its article, its interval) comes once per claim (_CLAIMS_SQL)
_PAIRS_SQL = """SELECT CASE WHEN overlap THEN 0 ELSE 1 END AS kind, x, y
FROM scored
WHERE (overlap AND sim >= CASE WHEN sourced THEN $same_source ELSE $no_source END)
   OR (NOT overlap AND sourced AND typed AND sim >= $disagree AND low_v > 0 AND high_v / low_v <= $max_ratio)
ORDER BY kind, sim DESC, x, y
"""
_CLAIMS_SQL = "SELECT i, art, lo, hi FROM it WHERE i IN (SELECT x FROM scored UNION SELECT y FROM scored)"
_CELL_MACRO = """CREATE OR REPLACE TEMP MACRO cell(x) AS
    CASE WHEN x > 1e-12 THEN 1000 + CAST(floor(ln(x) / $width) AS BIGINT)
         WHEN x < -1e-12 THEN -1000 - CAST(floor(ln(-x) / $width) AS BIGINT)
         ELSE 0 END"""
_S, _F = pa.string(), pa.float64()
_INPUT_SCHEMA = pa.schema([
    ("claim_id", _S), ("article_id", _S), ("claim_type", _S), ("unit", _S), ("value", _F), ("value_usd", _F),
    ("qualifier", _S), ("published", _S), ("subject", _S), ("publisher", _S), ("sentence", _S),
    ("cmp_scale", _S), ("cmp_value", _F), ("span_low", _F), ("span_high", _F), ("source_key", _S),
    ("terms", pa.list_(_S))])

def corroborate(con) -> tuple[list[dict], pa.Table]:
    """Groups of the claims in `grouping_input` (a table or view on `con` with the claim
    columns and their corroboration_keys), and each grouped claim's group id (a table of
    claim_id, group_id). Candidate pairs and their scores are DuckDB SQL; only the pairs that
    pass come back to Python, to be merged; the groups are described in SQL again."""
    con.execute(_CELL_MACRO.replace("$width", repr(CELL_WIDTH)))
    params = {
        "prior": IDF_PRIOR_SENTENCES, "min_count": BLOCKING_MIN_COUNT, "max_share": BLOCKING_MAX_SHARE,
        "max_cells": MAX_CELLS, "neighbours": NEIGHBOURS, "blocking_words": BLOCKING_WORDS, "max_ratio": DISAGREEMENT_MAX_RATIO,
        "same_source": SAME_SOURCE_MIN_SIMILARITY, "no_source": NO_SOURCE_MIN_SIMILARITY,
        "disagree": DISAGREEMENT_MIN_SIMILARITY}
    # each step a temporary table: DuckDB then plans every join on known sizes, and spills them
    for name, sql in _STEPS:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}", _used(params, sql))
    try:
        claims = {i: (art, lo, hi) for columns in _fetched(con, _CLAIMS_SQL, {})
                  for i, art, lo, hi in zip(*(c.tolist() for c in columns), strict=True)}
        members = _cluster(_fetched(con, _PAIRS_SQL, _used(params, _PAIRS_SQL)), claims)
        del claims
        # which group each grouped claim is in: two integers a claim, all that goes back to SQL
        numbers = [i for m in members for i in m]
        con.register("membership", pa.table({
            "i": pa.array(numbers, pa.int32()),
            "g": pa.array([g for g, m in enumerate(members) for _ in m], pa.int32())}))
        del members, numbers
        con.execute(f"CREATE OR REPLACE TEMP TABLE grouped AS {_GROUPED_SQL}")
        con.unregister("membership")
        con.execute(f"CREATE OR REPLACE TEMP TABLE described AS {_DESCRIBED_SQL}")
        groups = con.sql("SELECT * EXCLUDE (g) FROM described ORDER BY n_articles DESC, group_id"
                             ).to_arrow_table().to_pylist()
        group_of = con.sql("SELECT claim_id, group_id FROM grouped JOIN described USING (g)").to_arrow_table()
    finally:
        for name in (*(name for name, _ in _STEPS), "grouped", "described"):
            con.execute(f"DROP TABLE IF EXISTS {name}")
    return groups, group_of


# Each grouped claim with what its group's description needs: its group number `g`, and its
# precision: the most precise wording describes the group (exact before a range before an
# approximation, then more significant digits as written, then the earliest, then the id)
_GROUPED_SQL = """
    SELECT m.g, it.i, g.claim_id, g.article_id, g.claim_type, g.unit, g.value, g.subject,
           coalesce(g.source_key, '') <> '' AS sourced,
           coalesce(nullif(g.publisher, ''), g.article_id) AS outlet,
           g.cmp_value, g.span_low, g.span_high,
           CASE g.qualifier WHEN 'exact' THEN 0 WHEN 'range' THEN 1 WHEN 'approx' THEN 2 ELSE 3 END AS q_rank,
           CASE WHEN g.value = 0 THEN 0
                ELSE length(trim(replace(CAST(abs(g.value) AS VARCHAR), '.', ''), '0')) END AS digits,
           coalesce(CAST(g.published AS VARCHAR), '') AS published
    FROM membership m JOIN it USING (i) JOIN gi g USING (claim_id)"""
# One row per group, the most corroborated first. The claim type and the source are the most
# frequent among the members (ties: the first in claim order); values are on the scale of the
# best-worded claim; the id is a hash of the members' ids, so it is stable across builds.
_DESCRIBED_SQL = """
    WITH best AS (
        SELECT g, value, unit, subject, CASE WHEN value <> 0 THEN cmp_value / value ELSE 1.0 END AS factor
        FROM grouped QUALIFY row_number() OVER (PARTITION BY g ORDER BY q_rank, digits DESC, published, claim_id) = 1),
    top_type AS (
        SELECT g, claim_type FROM grouped WHERE claim_type IS DISTINCT FROM 'other' GROUP BY g, claim_type
        QUALIFY row_number() OVER (PARTITION BY g ORDER BY count(*) DESC, min(i)) = 1),
    top_source AS (
        SELECT g, subject FROM grouped WHERE sourced GROUP BY g, subject
        QUALIFY row_number() OVER (PARTITION BY g ORDER BY count(*) DESC, min(i)) = 1),
    agg AS (
        SELECT g, 'g' || sha1(string_agg(claim_id, ':' ORDER BY claim_id))[1:15] AS group_id,
               min(cmp_value / b.factor) AS value_min, max(cmp_value / b.factor) AS value_max,
               count(*) AS n_claims, count(DISTINCT article_id) AS n_articles,
               count(DISTINCT outlet) AS n_publishers, NOT (max(span_low) < min(span_high)) AS disagreement
        FROM grouped JOIN best b USING (g) GROUP BY g)
    SELECT a.g, a.group_id,
           CASE WHEN t.g IS NULL THEN 'other' ELSE t.claim_type END AS claim_type,
           b.unit, b.value AS canonical_value, a.value_min, a.value_max,
           CASE WHEN b.value <> 0 THEN (a.value_max - a.value_min) / abs(b.value) END AS spread,
           a.n_claims, a.n_articles, a.n_publishers, a.disagreement,
           CASE WHEN s.g IS NULL THEN b.subject ELSE s.subject END AS subject
    FROM agg a JOIN best b USING (g) LEFT JOIN top_type t USING (g) LEFT JOIN top_source s USING (g)"""


def _fetched(con, sql: str, params: dict):
    """The columns of a query as NumPy arrays, a slice of rows at a time (a million pairs never
    sit in memory at once, and no Python tuple is made per row by the database)."""
    reader = con.sql(sql, params=params).to_arrow_reader(PAIRS_PER_FETCH)
    for batch in reader:
        yield tuple(column.to_numpy(zero_copy_only=False) for column in batch.columns)


def _used(params: dict, sql: str) -> dict:
    return {k: v for k, v in params.items() if f"${k}" in sql}


def group_claims(claims: list[dict]) -> tuple[list[dict], dict[str, str]]:
    """Groups of claims reporting the same figure, and each grouped claim's group id: the
    build's corroboration run on a list of claim dicts, in a private in-memory DuckDB.

    Each group: group_id, claim_type, unit, canonical_value, value_min, value_max, spread,
    n_claims, n_articles, n_publishers, disagreement, subject.
    """
    rows = [{"claim_id": c["claim_id"], "article_id": c["article_id"], "claim_type": c["claim_type"],
             "unit": c["unit"], "value": float(c["value"]), "value_usd": _number(c.get("value_usd")),
             "qualifier": c.get("qualifier"), "published": str(c.get("published") or "") or None,
             "subject": c.get("subject"), "publisher": c.get("publisher"), "sentence": c.get("sentence") or "",
             **corroboration_keys(c)} for c in claims]
    con = duckdb.connect()
    try:
        table = pa.Table.from_pylist(rows, schema=_INPUT_SCHEMA)
        con.register("grouping_input", table)
        groups, group_of = corroborate(con)
        return groups, dict(zip(group_of["claim_id"].to_pylist(), group_of["group_id"].to_pylist(), strict=True))
    finally:
        con.close()


def _cluster(batches, claims: dict[int, tuple[int, float, float]]) -> list[list[int]]:
    """Merge the best pairs first; a group keeps one claim per article, and agreeing pairs
    never merge groups whose values would stop overlapping. Each group keeps its articles
    and the interval all its values share (None once it holds a disagreement), so a merge
    is checked without walking its members. `batches`: arrays (kind, x, y) of pairs, best
    first; `claims`: each claim's (article, low, high)."""
    size = max(claims, default=-1) + 1
    group = list(range(size))  # each claim's group, named by one of its claims
    group_arr = np.arange(size)  # the same, for whole chunks of pairs at once
    # a claim alone is its own group: the three maps below hold groups of two or more only
    members: dict[int, list[int]] = {}
    articles: dict[int, set[int]] = {}
    common: dict[int, tuple[float, float] | None] = {}
    for kinds, xs, ys in batches:
        for start in range(0, len(xs), CLUSTER_CHUNK):
            x, y = xs[start:start + CLUSTER_CHUNK], ys[start:start + CLUSTER_CHUNK]
            # groups only grow, so a pair already inside one group stays a no-op: most pairs
            # are, and they are dropped a chunk at a time instead of one at a time
            apart = np.flatnonzero(group_arr[x] != group_arr[y])
            for kind, a, b in zip(kinds[start:start + CLUSTER_CHUNK][apart].tolist(), x[apart].tolist(),
                                  y[apart].tolist(), strict=True):
                gi, gj = group[a], group[b]
                if gi == gj:
                    continue
                arts_i = articles.get(gi) or {claims[gi][0]}
                arts_j = articles.get(gj) or {claims[gj][0]}
                if not arts_i.isdisjoint(arts_j):
                    continue
                ci = common[gi] if gi in common else claims[gi][1:]
                cj = common[gj] if gj in common else claims[gj][1:]
                if ci is None or cj is None:
                    both = None
                else:
                    low = ci[0] if ci[0] > cj[0] else cj[0]
                    high = ci[1] if ci[1] < cj[1] else cj[1]
                    both = (low, high) if low < high else None
                    if both is None and kind == 0:
                        continue  # agreeing reports whose values would stop overlapping
                mi, mj = members.get(gi) or [gi], members.get(gj) or [gj]
                if len(mi) < len(mj) or (len(mi) == len(mj) and gj < gi):
                    gi, gj, mi, mj, arts_i, arts_j = gj, gi, mj, mi, arts_j, arts_i  # move the smaller group
                for k in mj:
                    group[k] = gi
                group_arr[mj] = gi
                mi.extend(mj)
                arts_i |= arts_j
                members[gi], articles[gi], common[gi] = mi, arts_i, both
                for gone in (members, articles, common):
                    gone.pop(gj, None)
    return [sorted(m) for m in members.values() if len(m) > 1]
