"""Write the claims database: tables of ../shared/claims-schema.md, plus a few extra columns.

The database is written to a temporary file beside the target and moved over it in one
`os.replace`, so readers see the old file or the new one, never half of one, and a build
that dies leaves the previous database as it was.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

from .schema import (
    RUN_COLUMNS,
)

MAX_RUNS_KEPT = 1000  # the runs table keeps the history of this many builds
ASSEMBLY_MEMORY = "768MB"  # DuckDB's share of the build's memory while it makes the tables
ASSEMBLY_SPILL = "50GB"  # and of the disk, past which a build fails rather than fill it


def create_table(con: duckdb.DuckDBPyConnection, name: str, rows: list[dict], columns: dict[str, str]) -> None:
    """Table `name` with `columns` (name: SQL type), filled from a (small) list of row dicts."""
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    casts = ", ".join(f'CAST("{c}" AS {t}) AS "{c}"' for c, t in columns.items())
    con.register("incoming", frame)
    con.execute(f"CREATE TABLE {name} AS SELECT {casts} FROM incoming")
    con.unregister("incoming")


class BuildLocked(RuntimeError):
    """Another build holds the database's lock."""


@contextmanager
def build_lock(db: Path, wait: float = 0.0, log=None):
    """Hold `db`'s build lock (a lock file beside it) for the block. When another build holds
    it, wait up to `wait` seconds, then raise BuildLocked naming the holder. The operating
    system releases the lock when its holder dies, even by SIGKILL, so it never goes stale."""
    db.parent.mkdir(parents=True, exist_ok=True)
    lock_path = db.parent / f".{db.name}.lock"
    handle = open(lock_path, "a+", encoding="utf-8")
    deadline = time.monotonic() + wait
    told = False
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = lock_path.read_text(encoding="utf-8").strip() or "another process"
                if time.monotonic() >= deadline:
                    raise BuildLocked(f"another build is writing {db} ({holder}); run this one when it has "
                                      "finished, or pass --wait SECONDS to wait for it") from None
                if log is not None and not told:
                    print(f"waiting for the build of {db} held by {holder} (up to {wait:g} s)", file=log, flush=True)
                    told = True
                time.sleep(0.1)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {datetime.now():%Y-%m-%d %H:%M:%S}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        handle.close()


def remove_leftovers(db: Path) -> list[Path]:
    """Temporary files of builds that were killed before their swap (call under the lock)."""
    removed = []
    for leftover in db.parent.glob(f".{db.name}.*.tmp*"):
        leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed


def previous_runs(db: Path) -> list[dict]:
    """The runs recorded in the database being replaced (none when it is missing or unreadable)."""
    if not db.exists():
        return []
    try:
        con = duckdb.connect()  # private instance: never the one another connection has open
        try:
            con.execute("ATTACH ? AS previous (READ_ONLY)", [str(db)])
            frame = con.execute("SELECT * FROM previous.runs ORDER BY started_at").df()
        finally:
            con.close()
    except duckdb.Error:
        return []
    rows = frame.to_dict("records")
    return [{c: (None if isinstance(r.get(c), float) and r.get(c) != r.get(c) else r.get(c)) for c in RUN_COLUMNS}
            for r in rows][-(MAX_RUNS_KEPT - 1):]


@contextmanager
def new_database(path: Path):
    """A connection to a new, empty database file beside `path`. When the block ends without
    an error the file is checkpointed, made durable and swapped in for `path` in one rename;
    when it fails (or the process dies) `path` is left as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.unlink(tmp_name)  # DuckDB wants to create the file itself
    tmp = Path(tmp_name)
    try:
        con = duckdb.connect(str(tmp))
        try:
            # bounded memory: the corpus-wide steps spill to disk beside the database instead
            con.execute("SET memory_limit = ?", [ASSEMBLY_MEMORY])
            con.execute("SET temp_directory = ?", [str(tmp) + ".spill"])
            con.execute("SET max_temp_directory_size = ?", [ASSEMBLY_SPILL])
            yield con
            con.execute("CHECKPOINT")
        finally:
            con.close()
        wal = Path(str(tmp) + ".wal")
        if wal.exists():
            wal.unlink()
        _fsync(tmp)
        os.replace(tmp, path)
        _fsync(path.parent)  # the rename itself survives a crash
    except BaseException:
        for leftover in (tmp, Path(str(tmp) + ".wal")):
            if leftover.exists():
                leftover.unlink()
        raise
    finally:
        shutil.rmtree(str(tmp) + ".spill", ignore_errors=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
