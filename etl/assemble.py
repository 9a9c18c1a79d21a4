"""The corpus-wide steps, in DuckDB SQL over the lake: from a generation's Parquet files to
the tables the app reads.

1. articles: one per text — a file whose text another file (earlier in the listing) already
   has is a duplicate, named and left out with its figures;
2. reviews: analysts' reviews (`data/reviews.csv`) applied to the claims they name;
3. corroboration: claims of different articles that report the same figure grouped
   (etl.corroborate, candidate pairs in SQL);
4. every table written in a fixed order (the listing's, then the text's), so any engine,
   any number of workers and any batch order give the same database.

Only what is small comes into Python: the reviewed claims, the scored candidate pairs and the
members of the groups they form. Everything else stays in DuckDB, which spills to disk.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa

from .corroborate import corroborate, corroboration_keys
from .lake import LAKE_TABLES, SCHEMAS, glob, has_files, sql_literal
from .normalise import FxRates
from .record import derived
from .reviews import apply_reviews, read_reviews
from .schema import (
    ARTICLE_COLUMNS,
    CLAIM_COLUMNS,
    GROUP_COLUMNS,
    IMPACT_COLUMNS,
    IMPACT_SECTOR_COLUMNS,
    REVIEW_COLUMNS,
)
from .store import create_table

if TYPE_CHECKING:
    from .build import BuildReport

_REVIEW_STATE = {"review_status": "VARCHAR", "review_note": "VARCHAR", "reviewer": "VARCHAR", "reviewed_on": "DATE"}


def _columns(columns: dict[str, str], prefix: str = "") -> str:
    return ", ".join(f'{prefix}"{c}"' for c in columns)


def _lake_table(con: duckdb.DuckDBPyConnection, gen: Path, table: str) -> str:
    """A view of one lake table: its Parquet files, or an empty relation of its columns."""
    name = f"lake_{table}"
    if has_files(gen, table):
        con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM read_parquet({sql_literal(glob(gen, table))})")
    else:
        cols = ", ".join(f'CAST(NULL AS {t}) AS "{c}"' for c, t in LAKE_TABLES[table].items())
        con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT {cols} WHERE false")
    return name


def assemble(con: duckdb.DuckDBPyConnection, gen: Path, listing: list[str], reviews_path: Path, rates: FxRates,
             out: BuildReport) -> None:
    """Create articles, claims, claim_groups, impacts, impact_sectors and reviews on `con`
    from the lake generation `gen`, in the order of `listing` (the article files, relative
    paths); the counts, duplicates and review problems go into `out`.

    The tables of the articles' texts and impact statements need nothing of the claims: a
    second connection writes them while this one applies the reviews and corroborates (much
    of which is Python, holding one core), so an incremental build, whose time is this step,
    uses both."""
    side = con.cursor()  # a connection of its own to the same database, for the other thread
    try:
        with ThreadPoolExecutor(1) as pool:
            _kept_articles(side, gen, listing)
            texts = pool.submit(_write_texts, side)
            try:
                _kept_articles(con, gen, listing, out)
                _write_claims(con, reviews_path, rates, out)
            finally:
                texts.result()  # raises what failed there; and never leaves it writing
    finally:
        side.close()
    out.articles, out.claims, out.impacts = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims), (SELECT count(*) FROM impacts)"
    ).fetchone()
    for view in (f"lake_{t}" for t in LAKE_TABLES):
        con.execute(f"DROP VIEW IF EXISTS {view}")
    con.execute("DROP TABLE article_order")


def _kept_articles(con: duckdb.DuckDBPyConnection, gen: Path, listing: list[str], out: BuildReport | None = None) -> None:
    """On `con`: views of the lake tables and `article_order`, the articles kept in the
    listing's order: one per text, the first in the listing (the duplicates go into `out`)."""
    for table in LAKE_TABLES:
        _lake_table(con, gen, table)
    con.register("listing", pa.table({"source_file": pa.array(listing, pa.string()),
                                      "file_order": pa.array(range(len(listing)), pa.int32())}))
    con.execute("""CREATE TEMP TABLE article_order AS
        SELECT a.article_id, a.source_file, l.file_order, a.text_sha256,
               first_value(a.source_file) OVER (PARTITION BY a.text_sha256 ORDER BY l.file_order) AS first_file
        FROM lake_articles a JOIN listing l USING (source_file)""")
    con.unregister("listing")
    if out is not None:
        out.skipped.extend((f, f"duplicate (same text as {first})") for f, first in con.execute(
            "SELECT source_file, first_file FROM article_order WHERE source_file <> first_file ORDER BY file_order"
        ).fetchall())
    con.execute("DELETE FROM article_order WHERE source_file <> first_file")


def _write_texts(con: duckdb.DuckDBPyConnection) -> None:
    """articles, impacts and impact_sectors of the kept articles, in the listing's order."""
    con.execute(f"""CREATE TABLE articles AS SELECT {_columns(ARTICLE_COLUMNS, 'a.')}
        FROM lake_articles a JOIN article_order o USING (article_id) ORDER BY o.file_order""")
    con.execute(f"""CREATE TABLE impacts AS SELECT {_columns(IMPACT_COLUMNS, 'i.')}
        FROM lake_impacts i JOIN article_order o USING (article_id) ORDER BY o.file_order, i.sentence_start""")
    con.execute(f"""CREATE TABLE impact_sectors AS SELECT {_columns(IMPACT_SECTOR_COLUMNS, 's.')}
        FROM lake_impact_sectors s JOIN article_order o USING (article_id)
        ORDER BY o.file_order, s.impact_id, s.mention_start, s.sector""")


def _write_claims(con: duckdb.DuckDBPyConnection, reviews_path: Path, rates: FxRates, out: BuildReport) -> None:
    """reviews, claim_groups and claims: the claims of the kept articles with their reviews
    applied, grouped by corroboration, in the listing's order."""
    # the claims with room for their reviews: a view over the lake (no copy of every claim is
    # made), the few reviewed claims standing in for their lake rows
    review_cols = ", ".join(f'CAST(NULL AS {t}) AS "{c}"' for c, t in _REVIEW_STATE.items())
    con.execute(f"""CREATE OR REPLACE TEMP VIEW lake_claims_unreviewed AS
        SELECT c.*, {review_cols}, o.file_order FROM lake_claims c JOIN article_order o USING (article_id)""")
    _apply_reviews(con, reviews_path, rates, out)
    # corroboration over the claims nobody rejected
    con.execute("""CREATE OR REPLACE TEMP VIEW grouping_input AS
        SELECT * FROM lake_claims_kept WHERE review_status IS DISTINCT FROM 'rejected'""")
    groups, group_of = corroborate(con)
    create_table(con, "claim_groups", groups, GROUP_COLUMNS)
    con.register("group_of", group_of)
    select = ", ".join('g."group_id"' if c == "group_id" else f'c."{c}"' for c in CLAIM_COLUMNS)
    con.execute(f"""CREATE TABLE claims AS SELECT {select}
        FROM lake_claims_kept c LEFT JOIN group_of g USING (claim_id)
        ORDER BY c.file_order, c.char_start, c.char_end, c.claim_id""")
    con.unregister("group_of")
    con.execute("CREATE INDEX claims_article ON claims(article_id)")
    out.groups = len(groups)
    for view in ("grouping_input", "lake_claims_kept", "lake_claims_unreviewed"):
        con.execute(f"DROP VIEW IF EXISTS {view}")
    con.execute("DROP TABLE IF EXISTS reviewed_claims")


def _apply_reviews(con: duckdb.DuckDBPyConnection, path: Path, rates: FxRates, out: BuildReport) -> None:
    """Apply the reviews in `path` to the claims they name (only those come into Python);
    corrected figures get their derived columns and corroboration keys again. Problems are
    warnings: the build goes on."""
    reviews, problems = read_reviews(path)
    ids = sorted({r.claim_id for r in reviews})
    claims = []
    if ids:
        found = con.execute("SELECT * FROM lake_claims_unreviewed WHERE claim_id IN (SELECT unnest(?))", [ids])
        names = [d[0] for d in found.description]
        claims = [dict(zip(names, row, strict=True)) for row in found.fetchall()]
    result = apply_reviews(claims, reviews, str(path))
    out.warnings.extend(problems + result.problems)
    by_id = {c["claim_id"]: c for c in claims}
    for row in result.applied:
        if row["status"] == "applied" and row["changes"]:
            c = by_id[row["claim_id"]]
            c.update(derived(c["value"], c["unit"], c["published"].year if c["published"] else None, rates))
            if ("source:" in row["changes"] or "measure:" in row["changes"]) and "subject:" not in row["changes"]:
                c["subject"] = c["source"] or c["measure"] or c["subject"]  # the subject follows, as extracted
            c.update(corroboration_keys(c))
    create_table(con, "reviews", result.applied, REVIEW_COLUMNS)
    out.reviews_applied = sum(r["status"] == "applied" for r in result.applied)
    out.reviews_orphaned = len(result.orphans)
    reviewed = [c for c in claims if c.get("review_status")]
    if not reviewed:
        con.execute("CREATE OR REPLACE TEMP VIEW lake_claims_kept AS SELECT * FROM lake_claims_unreviewed")
        return
    schema = pa.schema([*SCHEMAS["claims"], ("review_status", pa.string()), ("review_note", pa.string()),
                        ("reviewer", pa.string()), ("reviewed_on", pa.date32()), ("file_order", pa.int32())])
    con.register("reviewed", pa.Table.from_pylist(reviewed, schema=schema))
    con.execute("CREATE TEMP TABLE reviewed_claims AS SELECT * FROM reviewed")
    con.unregister("reviewed")
    con.execute("""CREATE OR REPLACE TEMP VIEW lake_claims_kept AS
        SELECT * FROM lake_claims_unreviewed WHERE claim_id NOT IN (SELECT claim_id FROM reviewed_claims)
        UNION ALL BY NAME SELECT * FROM reviewed_claims""")
