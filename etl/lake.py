"""The Parquet lake: what extraction wrote, batch by batch, before the database is made.

A build writes one *generation* folder under the lake (`data/lake/` beside the database by
default), and in it one Parquet file per batch and table:

    data/lake/gen-20261123T180102-4711/articles/batch-00003.parquet
                                       claims/batch-00003.parquet
                                       impacts/batch-00003.parquet
                                       impact_sectors/batch-00003.parquet

Every article row carries its text's hash (`text_sha256`), the `extractor_version` that read
it, its `input_key` (the file's bytes, its manifest row and the extractor's code, hashed) and
the file's size and modification time when it was read. The next build takes over the rows
of every article whose key is unchanged and extracts only the new and changed ones: a file
of the generation before whose articles are all unchanged is hard-linked into the new one
(`kept-….parquet`, no bytes copied), the unchanged rows of the other files are copied into
`reused.parquet`. No row depends on where its file sits in the listing: the build orders
the tables by the listing of the day. The corpus-wide steps read these
files with plain DuckDB SQL (`read_parquet('…/claims/*.parquet')`), and so can anyone else.
A generation is complete once its `_SUCCESS` file exists; the build keeps only the
generation its database was made from.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
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
    "articles": {**ARTICLE_COLUMNS, "text_sha256": "VARCHAR", "extractor_version": "VARCHAR",
                 "input_key": "VARCHAR", "file_size": "BIGINT", "file_mtime_ns": "BIGINT"},
    "claims": {**{c: t for c, t in CLAIM_COLUMNS.items() if c not in _SET_BY_THE_BUILD}, **CORROBORATION_KEYS},
    "impacts": IMPACT_COLUMNS,
    "impact_sectors": {**IMPACT_SECTOR_COLUMNS, "article_id": "VARCHAR"},
}
SUCCESS = "_SUCCESS"
REUSED = "reused.parquet"  # the rows a generation copied from the one before
KEPT = "kept-"  # files a generation hard-linked from the one before

_ARROW = {"VARCHAR": pa.string(), "DOUBLE": pa.float64(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "BOOLEAN": pa.bool_(),
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


def generation_started(gen: Path) -> int:
    """When the build that wrote `gen` started, in nanoseconds since the epoch (from its name);
    0 for a folder not named by a build (then no file's time stamp is trusted)."""
    try:
        return int(datetime.strptime(gen.name.split("-")[1], "%Y%m%dT%H%M%S%f").timestamp() * 1e9)
    except (IndexError, ValueError):
        return 0


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
        return con.execute(f"SELECT source_file, {columns} FROM read_parquet({sql_literal(glob(gen, 'articles'))}, "
                           "filename = true)").fetchall()
    except duckdb.Error:
        return []
    finally:
        con.close()


@dataclass(frozen=True)
class Extracted:
    """What a generation records of one article's file: the key its rows were made from, the
    file's hash, and its size and modification time when it was read."""
    input_key: str
    sha256: str
    size: int | None
    mtime_ns: int | None


def previous_articles(gen: Path) -> dict[str, Extracted]:
    """source_file -> what the generation recorded of it."""
    return {f: Extracted(*rest) for f, *rest in _article_index(gen, "input_key, sha256, file_size, file_mtime_ns")}


def latest_text_hashes(lake: Path) -> dict[str, tuple[str, str]]:
    """source_file -> (file's sha256, its main text's sha256) from the newest complete generation."""
    gen = latest_complete(lake)
    return {f: (raw, text) for f, raw, text in _article_index(gen, "sha256, text_sha256")} if gen else {}


def carry_over(previous: Path, gen: Path, reused: set[str]) -> int:
    """Take the rows of the `reused` articles (source files) from the previous generation into
    `gen` without extracting them again. A file (one per table, same name) whose articles are
    all reused is hard-linked; the reused rows of the other files are copied into
    `reused.parquet`. Returns how many files were linked."""
    members: dict[str, list[str]] = {}
    for source_file, filename in _article_index(previous, "filename"):
        members.setdefault(Path(filename).name, []).append(source_file)
    whole = {name for name, files in members.items() if all(f in reused for f in files)}
    for name in whole:
        target = name if name.startswith(KEPT) else f"{KEPT}{previous.name}-{name}"
        for table in LAKE_TABLES:
            _link(previous / table / name, gen / table / target)
    rest = [name for name, files in members.items() if name not in whole and any(f in reused for f in files)]
    if rest:
        _copy_rows(previous, gen, rest, reused - {f for name in whole for f in members[name]})
    return len(whole)


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links, or the lake moved across devices
        shutil.copyfile(source, target)


def _copy_rows(previous: Path, gen: Path, names: list[str], reused: set[str]) -> None:
    """The rows of the `reused` articles held in the files `names` of `previous`, copied."""
    def files(table: str) -> str:
        return "[" + ", ".join(sql_literal(previous / table / n) for n in names) + "]"
    con = duckdb.connect()
    try:
        con.execute("SET memory_limit = '512MB'")
        con.register("kept", pa.table({"source_file": sorted(reused)}))
        con.execute(f"""CREATE TEMP TABLE reused_articles AS
            SELECT a.* FROM read_parquet({files('articles')}) a SEMI JOIN kept k USING (source_file)""")
        con.execute(f"COPY reused_articles TO {sql_literal(gen / 'articles' / REUSED)} (FORMAT parquet, COMPRESSION zstd)")
        for table in ("claims", "impacts", "impact_sectors"):
            con.execute(f"""COPY (SELECT t.* FROM read_parquet({files(table)}) t
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
