"""Reliability: builds killed at any moment, two builds at once, the app serving while the
database is swapped, the history of builds."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.store import BuildLocked, build_lock
from tests.conftest import ROOT, SEED_ARTICLES


def corpus(folder: Path, copies: int) -> Path:
    """`copies` variants of each seed article (a line of its own makes each text distinct)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(SEED_ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for n in range(copies):
            (folder / f"{path.stem}_{n:03d}.txt").write_text(f"{text}\nEdition {n} of this story.\n", encoding="utf-8")
    return folder


def etl(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "etl", "build", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def snapshot(db: Path) -> tuple[bytes, int, int]:
    con = duckdb.connect()
    con.execute("ATTACH ? AS db (READ_ONLY)", [str(db)])
    counts = con.execute("SELECT (SELECT count(*) FROM db.articles), (SELECT count(*) FROM db.claims)").fetchone()
    con.close()
    return db.read_bytes(), *counts


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def leftovers(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.glob(f".{db.name}.*.tmp*"))


@pytest.fixture
def big(tmp_path) -> tuple[Path, Path]:
    """A database built from the seeds, and a folder of 300 articles that takes seconds to build."""
    db = tmp_path / "claims.duckdb"
    build(SEED_ARTICLES, None, db, log=None)
    return corpus(tmp_path / "big", 60), db


def descendants(pid: int) -> set[int]:
    """The processes started by `pid` and by them, read from /proc."""
    parent_of = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        parent_of[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parent_of.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pids: set[int]) -> set[int]:
    return {pid for pid in pids if Path(f"/proc/{pid}").exists()
            and Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"}


def kill_when(proc: subprocess.Popen, ready, timeout: float = 60.0) -> set[int]:
    """SIGKILL the build when `ready()`; the processes it had started then."""
    end = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, "the build finished before the moment to kill it"
        assert time.monotonic() < end, "the moment to kill the build never came"
        time.sleep(0.002)
    started = descendants(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return started


@pytest.mark.parametrize("moment", ["starting", "reading articles", "writing the new file"])
def test_a_build_killed_at_any_moment_leaves_the_previous_database_intact(big, moment):
    articles, db = big
    before = snapshot(db)
    proc = etl("--articles", str(articles), "--sources", "none.csv", "--db", str(db))
    if moment == "starting":
        kill_when(proc, lambda: True)
    elif moment == "reading articles":
        # once it holds the lock and has started its workers (waited for, not timed: a loaded
        # machine starts processes slowly), and a moment after, while they read
        workers = kill_when(proc, lambda: (db.parent / f".{db.name}.lock").exists() and time.sleep(0.05) is None
                            and bool(descendants(proc.pid)) and time.sleep(0.3) is None)
        assert workers  # the build runs on worker processes (all cores) ...
        end = time.monotonic() + 15
        while alive(workers) and time.monotonic() < end:
            time.sleep(0.2)
        assert not alive(workers)  # ... which stop with it, not waiting for work forever
    else:  # DuckDB is writing: the temporary file has content (mkstemp's empty one is not it yet)
        kill_when(proc, lambda: any(_size(db.parent / name) > 0 for name in leftovers(db)))
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(db) == before  # byte for byte, and readable
    # the next build is not blocked (the killed build's lock died with it) and cleans up
    rebuilt = etl("--articles", str(SEED_ARTICLES), "--sources", "none.csv", "--db", str(db))
    out, err = rebuilt.communicate(timeout=120)
    assert rebuilt.returncode == 0, err
    if moment == "writing the new file":
        assert "left by a build that was interrupted" in err
    assert leftovers(db) == []


def test_a_second_build_refuses_clearly_or_waits(tmp_path):
    db = tmp_path / "claims.duckdb"
    with build_lock(db):
        proc = etl("--articles", str(SEED_ARTICLES), "--db", str(db))
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 3
        assert re.search(rf"error: another build is writing {re.escape(str(db))} \(pid {os.getpid()}, started ", err)
        assert "--wait" in err and not db.exists()
        with pytest.raises(BuildLocked):
            build(SEED_ARTICLES, None, db, log=None)
    # with --wait, the second build runs once the first is done. The lock is let go only after the
    # second build has said it waits (its first line), so a slow interpreter start cannot race it.
    with build_lock(db):
        proc = etl("--articles", str(SEED_ARTICLES), "--db", str(db), "--wait", "60")
        killer = threading.Timer(90, proc.kill)  # bounds the blocking read if the build hangs
        killer.start()
        first = proc.stderr.readline()
        time.sleep(0.3)  # still held: the second build keeps waiting
        assert proc.poll() is None and not db.exists()
    out, rest = proc.communicate(timeout=90)
    killer.cancel()
    assert proc.returncode == 0, first + rest
    assert first.startswith(f"waiting for the build of {db} held by pid {os.getpid()}") and out.startswith("built ")


def test_the_runs_table_records_every_build(tmp_path, articles_dir):
    (articles_dir / "a.txt").write_text("Shares fell 7% on Friday.", encoding="utf-8")
    db = tmp_path / "claims.duckdb"
    build(articles_dir, None, db, log=None)
    (articles_dir / "b.txt").write_text("It cost $5 million.", encoding="utf-8")
    (articles_dir / "c.txt").write_bytes(b"")
    build(articles_dir, None, db, log=None)
    con = duckdb.connect(str(db), read_only=True)
    runs = con.execute("SELECT articles, claims, skipped, problems, started_at <= finished_at FROM runs "
                       "ORDER BY started_at").fetchall()
    assert [r[:3] for r in runs] == [(1, 1, 0), (2, 2, 1)]
    assert runs[0][3] is None and "c.txt: empty file" in runs[1][3]
    assert all(r[4] for r in runs)


def test_the_app_keeps_serving_while_builds_swap_the_database(seed_copy, tmp_path, monkeypatch):
    """Page runs in one thread while another rebuilds the database again and again: every
    run succeeds and shows either the old or the new data, never an error in between."""
    from streamlit.testing.v1 import AppTest
    db = tmp_path / "claims.duckdb"
    build(seed_copy, None, db, log=None)
    old = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM claims").fetchone()[0]
    (seed_copy / "new.txt").write_text("A survey found 64% of editors use AI tools.", encoding="utf-8")
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(db))
    import importlib

    import dashboard.queries
    importlib.reload(dashboard.queries)
    stop = threading.Event()
    errors: list[BaseException] = []

    def rebuild() -> None:
        try:
            while not stop.is_set():
                build(seed_copy, None, db, log=None, wait=30)
        except BaseException as e:  # reported to the test below
            errors.append(e)
    builder = threading.Thread(target=rebuild)
    builder.start()
    seen = set()
    try:
        for n in range(12):
            at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
            if n % 3 == 1:
                at.query_params["view"] = "Table"
            at.run()
            assert not at.exception, at.exception
            seen.add(next(int(m.value) for m in at.metric if m.label == "Figures"))
    finally:
        stop.set()
        builder.join()
    assert not errors
    assert seen <= {old, old + 1} and old + 1 in seen
