"""The Parquet lake: what extraction wrote, batch by batch, before the database is made.

A build writes one *generation* folder under the lake (`data/lake/` beside the database by
default), and in it one Parquet file per batch and table:

    data/lake/gen-20261123T180102-4711/articles/batch-00003.parquet
                                       claims/batch-00003.parquet
                                       impacts/batch-00003.parquet
                                       impact_sectors/batch-00003.parquet

Every article row carries its text's hash (`sha256`) and the `extractor_version` that read
it, so a later build can tell which results it may reuse. The corpus-wide steps read these
files with plain DuckDB SQL (`read_parquet('…/claims/*.parquet')`), and so can anyone else.
A generation is complete once its `_SUCCESS` file exists; the build keeps only the
generation its database was made from.
"""
from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .schema import ARTICLE_COLUMNS, CLAIM_COLUMNS, IMPACT_COLUMNS, IMPACT_SECTOR_COLUMNS

# What the corroboration needs of each claim that depends on that claim alone (etl.corroborate):
# computed where the claim is extracted, so the corpus-wide step is SQL over columns.
CORROBORATION_KEYS = {
    "cmp_scale": "VARCHAR", "cmp_value": "DOUBLE", "span_low": "DOUBLE", "span_high": "DOUBLE",
    "source_key": "VARCHAR", "terms": "VARCHAR[]",
}
_SET_BY_THE_BUILD = ("group_id", "review_status", "review_note", "reviewer", "reviewed_on")
LAKE_TABLES = {
    "articles": {**ARTICLE_COLUMNS, "file_order": "INTEGER", "text_sha256": "VARCHAR", "extractor_version": "VARCHAR"},
    "claims": {**{c: t for c, t in CLAIM_COLUMNS.items() if c not in _SET_BY_THE_BUILD}, **CORROBORATION_KEYS},
    "impacts": IMPACT_COLUMNS,
    "impact_sectors": {**IMPACT_SECTOR_COLUMNS, "article_id": "VARCHAR"},
}
SUCCESS = "_SUCCESS"

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
    """The read_parquet pattern of a table's files in a generation."""
    return str(gen / table / "batch-*.parquet")


def has_files(gen: Path, table: str) -> bool:
    return any((gen / table).glob("batch-*.parquet"))


def mark_complete(gen: Path) -> None:
    (gen / SUCCESS).write_text(f"complete {datetime.now():%Y-%m-%d %H:%M:%S}\n", encoding="utf-8")


def keep_only(lake: Path, gen: Path) -> None:
    """Remove every other generation: older builds and any a killed build left behind."""
    for other in lake.glob("gen-*"):
        if other != gen and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)
