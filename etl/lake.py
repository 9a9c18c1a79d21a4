"""The Parquet lake: what extraction wrote, batch by batch, before the database is made.

A build writes one *generation* folder under the lake (`data/lake/` beside the database by
default), and in it one Parquet file per batch and table:

    data/lake/gen-20261123T180102-4711/articles/batch-00003.parquet
                                       claims/batch-00003.parquet
                                       impacts/batch-00003.parquet
                                       impact_sectors/batch-00003.parquet

Every article row carries its text's hash (`text_sha256`), the `extractor_version` that read
it and its `input_key` (the file's bytes, its manifest row and the extractor's code, hashed):
the next build copies the rows of every article whose key is unchanged (`reused.parquet`)
and extracts only the new and changed ones. The corpus-wide steps read these
files with plain DuckDB SQL (`read_parquet('…/claims/*.parquet')`), and so can anyone else.
A generation is complete once its `_SUCCESS` file exists; the build keeps only the
generation its database was made from.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from . import EXTRACTOR_VERSION
from .schema import ARTICLE_COLUMNS, CLAIM_COLUMNS, IMPACT_COLUMNS, IMPACT_SECTOR_COLUMNS

# What the corroboration needs of each claim that depends on that claim alone (etl.corroborate):
# computed where the claim is extracted, so the corpus-wide step is SQL over columns.
CORROBORATION_KEYS = {
    "cmp_scale": "VARCHAR", "cmp_value": "DOUBLE", "span_low": "DOUBLE", "span_high": "DOUBLE",
    "source_key": "VARCHAR", "terms": "VARCHAR[]",
}
_SET_BY_THE_BUILD = ("group_id", "review_status", "review_note", "reviewer", "reviewed_on")
LAKE_TABLES = {
    "articles": {**ARTICLE_COLUMNS, "file_order": "INTEGER", "text_sha256": "VARCHAR",
                 "extractor_version": "VARCHAR", "input_key": "VARCHAR"},
    "claims": {**{c: t for c, t in CLAIM_COLUMNS.items() if c not in _SET_BY_THE_BUILD}, **CORROBORATION_KEYS},
    "impacts": IMPACT_COLUMNS,
    "impact_sectors": {**IMPACT_SECTOR_COLUMNS, "article_id": "VARCHAR"},
}
SUCCESS = "_SUCCESS"
REUSED = "reused.parquet"  # the rows a generation took over from the one before

_ARROW = {"VARCHAR": pa.string(), "DOUBLE": pa.float64(), "INTEGER": pa.int32(), "BOOLEAN": pa.bool_(),
          "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "VARCHAR[]": pa.list_(pa.string())}
SCHEMAS = {name: pa.schema([(c, _ARROW[t]) for c, t in columns.items()]) for name, columns in LAKE_TABLES.items()}


def default_lake(db: Path) -> Path:
    return db.parent / "lake"


def new_generation(lake: Path) -> Path:
    """A fresh, empty generation folder (its name sorts by time)."""
    gen = lake / f"gen-{datetime.now():%Y%m%dT%H%M%S%f}-{os.getpid()}"
    for table in LAKE_TABLES:
        (gen / table).mkdir(parents=True, exist_ok=True)
    return gen


def batch_file(gen: Path, table: str, batch: int) -> Path:
    return gen / table / f"batch-{batch:05d}.parquet"


def write_batch(gen: Path, batch: int, tables: dict[str, list[dict]]) -> None:
    """One Parquet file per table for this batch, written under a temporary name and renamed,
    so a reader never sees half a file (and an empty table still gets a file with its schema)."""
    for table, schema in SCHEMAS.items():
        target = batch_file(gen, table, batch)
        tmp = target.with_suffix(".parquet.tmp")
        pq.write_table(pa.Table.from_pylist(tables.get(table, []), schema=schema), tmp, compression="zstd")
        os.replace(tmp, target)


def glob(gen: Path, table: str) -> str:
    """The read_parquet pattern of a table's files in a generation: its batches, and what it
    reused from the generation before."""
    return str(gen / table / "*.parquet")


def has_files(gen: Path, table: str) -> bool:
    return any((gen / table).glob("*.parquet"))


def sql_literal(path: Path | str) -> str:
    """A path as an SQL string literal, for the statements that take no parameters (views,
    COPY targets). The paths are the lake's own folders."""
    return "'" + str(path).replace("'", "''") + "'"


def input_key(raw_sha256: str, meta: dict, today) -> str:
    """What an article's extraction depends on: the file's bytes, its manifest row, the date
    relative dates are read against, and the extractor's code. The same key, the same rows."""
    described = json.dumps({"sha256": raw_sha256, "meta": meta, "today": str(today) if today else None,
                            "extractor": EXTRACTOR_VERSION}, sort_keys=True, default=str)
    return hashlib.sha1(described.encode()).hexdigest()


def latest_complete(lake: Path) -> Path | None:
    """The newest generation a build finished, whose rows the next build may reuse."""
    done = sorted(g for g in lake.glob("gen-*") if (g / SUCCESS).exists())
    return done[-1] if done else None


def _article_index(gen: Path, columns: str) -> list[tuple]:
    """(source_file, columns…) of every article a generation holds; none for a generation of
    an older layout."""
    if not has_files(gen, "articles"):
        return []
    con = duckdb.connect()
    try:
        return con.execute(f"SELECT source_file, {columns} FROM read_parquet({sql_literal(glob(gen, 'articles'))})"
                           ).fetchall()
    except duckdb.Error:
        return []
    finally:
        con.close()


def previous_keys(gen: Path) -> dict[str, str]:
    """source_file -> input_key of every article a generation holds."""
    return {f: key for f, key in _article_index(gen, "input_key")}


def latest_text_hashes(lake: Path) -> dict[str, tuple[str, str]]:
    """source_file -> (file's sha256, its main text's sha256) from the newest complete generation."""
    gen = latest_complete(lake)
    return {f: (raw, text) for f, raw, text in _article_index(gen, "sha256, text_sha256")} if gen else {}


def copy_reused(previous: Path, gen: Path, reused: list[tuple[int, str]]) -> None:
    """Copy the rows of the articles `reused` ((position in the new listing, file)) from the
    previous generation into `gen`, at their new positions, without extracting them again."""
    con = duckdb.connect()
    try:
        con.execute("SET memory_limit = '512MB'")
        con.register("kept", pa.table({"source_file": [r for _, r in reused],
                                       "new_order": pa.array([p for p, _ in reused], pa.int32())}))
        con.execute(f"""CREATE TEMP TABLE reused_articles AS
            SELECT a.* REPLACE (k.new_order AS file_order)
            FROM read_parquet({sql_literal(glob(previous, 'articles'))}) a JOIN kept k USING (source_file)""")
        con.execute(f"COPY reused_articles TO {sql_literal(gen / 'articles' / REUSED)} (FORMAT parquet, COMPRESSION zstd)")
        for table in ("claims", "impacts", "impact_sectors"):
            con.execute(f"""COPY (SELECT t.* FROM read_parquet({sql_literal(glob(previous, table))}) t
                                  SEMI JOIN reused_articles r USING (article_id))
                            TO {sql_literal(gen / table / REUSED)} (FORMAT parquet, COMPRESSION zstd)""")
    finally:
        con.close()


def mark_complete(gen: Path) -> None:
    (gen / SUCCESS).write_text(f"complete {datetime.now():%Y-%m-%d %H:%M:%S}\n", encoding="utf-8")


def keep_only(lake: Path, gen: Path) -> None:
    """Remove every other generation: older builds and any a killed build left behind."""
    for other in lake.glob("gen-*"):
        if other != gen and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)
