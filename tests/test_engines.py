"""The same build on every engine: one process, local worker processes, a Dask cluster.

Real builds of the seed articles plus small articles written for the case, cut into many
batches so the workers really share the work and finish in any order."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pytest

import etl.build
from etl.build import build
from etl.corroborate import NEIGHBOURS, group_claims

from .conftest import ROOT, SEED_ARTICLES, SEED_SOURCES

TABLES = {
    "articles": "article_id",
    "claims": "claim_id",
    "claim_groups": "group_id",
    "impacts": "impact_id",
    "impact_sectors": "impact_id, sector, mention_start",
    "reviews": "line",
}
BAD_NAME = os.fsdecode(b"caf\xe9-report.txt")  # Latin-1 bytes: not a UTF-8 file name


def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """The seeds, two outlets repeating one survey figure, a duplicate text, a file whose name is
    not UTF-8, and a review; many batches of a few KB each."""
    folder = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, folder)
    shutil.copy(SEED_SOURCES, tmp_path / "sources.csv")
    for i, outlet in enumerate(("Wire", "Daily", "Herald")):
        (folder / f"survey_{outlet.lower()}.txt").write_text(
            f"{outlet} report {i}.\nA Brightline Research survey found 62 percent of effects artists expect "
            "fewer jobs by 2027.\nThe studio cut 1,200 jobs last year.\n", encoding="utf-8")
    (folder / "survey_copy.txt").write_text((folder / "survey_wire.txt").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    (folder / BAD_NAME).write_bytes(b"Sales rose 5% in May.")
    return folder, tmp_path / "sources.csv"


def tables(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY {key}").fetchall() for t, key in TABLES.items()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) \
            as cluster, distributed.Client(cluster) as client:
        yield client


def test_one_worker_two_workers_and_a_dask_cluster_build_identical_tables(tmp_path, dask_client):
    folder, manifest = corpus(tmp_path)
    (tmp_path / "reviews.csv").write_text("claim_id,action,note\n0000000000000000,reject,gone\n", encoding="utf-8")
    built = {}
    for name, engine in {"one": {"workers": 1}, "two": {"workers": 2}, "dask": {"dask": dask_client}}.items():
        db = tmp_path / name / "claims.duckdb"
        report = build(folder, manifest, db, log=None, batch_mb=0.01, **engine)
        assert report.articles == 8 and report.claims > 50 and report.groups >= 2
        built[name] = (tables(db), report.skipped)
    one, two, dask = built["one"], built["two"], built["dask"]
    assert one == two == dask
    data, skipped = one
    # the duplicate and the bad file name are named, whatever engine ran them
    assert skipped == [
        (os.fsencode(BAD_NAME).decode("utf-8", "backslashreplace"),
         "file name is not valid UTF-8; rename the file"),
        ("survey_wire.txt", "duplicate (same text as survey_copy.txt)"),
    ]
    survey = [g for g in data["claim_groups"] if g[3] == 62.0]
    assert len(survey) == 1 and survey[0][9] == 3  # one group, three outlets
    assert [r[3] for r in data["reviews"]] == ["orphaned"]


def test_a_failing_article_on_a_worker_is_named_and_the_rest_is_built(tmp_path, dask_client):
    folder, manifest = corpus(tmp_path)
    for engine in ({"workers": 2}, {"dask": dask_client}):
        db = tmp_path / f"{len(engine)}-{next(iter(engine))}.duckdb"
        log = tmp_path / "log.txt"
        with open(log, "w", encoding="utf-8") as out:
            report = build(folder, manifest, db, log=out, batch_mb=0.01, **engine)
        assert report.articles == 8
        said = log.read_text(encoding="utf-8")
        assert "caf\\xe9-report.txt: file name is not valid UTF-8" in said
        con = duckdb.connect(str(db), read_only=True)
        problems = con.execute("SELECT problems FROM runs").fetchone()[0]
        assert "caf\\xe9-report.txt: file name is not valid UTF-8" in problems
        con.close()


def test_the_lake_is_plain_parquet_that_duckdb_reads(tmp_path):
    folder, manifest = corpus(tmp_path)
    db = tmp_path / "claims.duckdb"
    build(folder, manifest, db, log=None, batch_mb=0.01, workers=2)
    generations = list((tmp_path / "lake").glob("gen-*"))
    assert len(generations) == 1 and (generations[0] / "_SUCCESS").exists()
    lake = str(generations[0])
    con = duckdb.connect()
    n_files = con.execute("SELECT count(*) FROM glob(?)", [lake + "/claims/*.parquet"]).fetchone()[0]
    assert n_files > 3  # one file per batch
    versions = con.execute("SELECT DISTINCT extractor_version FROM read_parquet(?)",
                           [lake + "/articles/*.parquet"]).fetchall()
    assert versions == [(__import__("etl").EXTRACTOR_VERSION,)]
    hashes = con.execute("SELECT count(DISTINCT text_sha256), count(*) FROM read_parquet(?)",
                         [lake + "/articles/*.parquet"]).fetchone()
    assert hashes == (8, 9)  # the copy has its original's text hash
    in_lake = con.execute("SELECT claim_id, surface FROM read_parquet(?) WHERE article_id <> 'survey_wire' "
                          "ORDER BY claim_id", [lake + "/claims/*.parquet"]).fetchall()
    in_db = duckdb.connect(str(db), read_only=True).execute(
        "SELECT claim_id, surface FROM claims ORDER BY claim_id").fetchall()
    assert in_lake == in_db
    # a second build replaces the generation: the lake keeps only what the database came from
    build(folder, manifest, db, log=None, workers=1)
    assert [g.name for g in (tmp_path / "lake").glob("gen-*")] != [generations[0].name]
    assert len(list((tmp_path / "lake").glob("gen-*"))) == 1


def test_a_worker_lost_mid_build_fails_the_build_and_keeps_the_old_database(tmp_path):
    folder, manifest = corpus(tmp_path)
    for i in range(120):  # enough batches that the workers are still busy when one is killed
        shutil.copy(SEED_ARTICLES / sorted(os.listdir(SEED_ARTICLES))[i % 5], folder / f"more_{i:03d}.txt")
        with open(folder / f"more_{i:03d}.txt", "a", encoding="utf-8") as f:
            f.write(f"\nCopy {i} adds 1,{i:03d} jobs.\n")
    db = tmp_path / "claims.duckdb"
    build(SEED_ARTICLES, SEED_SOURCES, db, log=None)
    before = db.read_bytes()
    cmd = [sys.executable, "-m", "etl", "build", "--articles", str(folder), "--sources", str(manifest),
           "--db", str(db), "--workers", "2", "--batch-mb", "0.01"]
    build_process = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        victim = None
        deadline = time.monotonic() + 60
        while victim is None and time.monotonic() < deadline and build_process.poll() is None:
            workers = [p for p in psutil.Process(build_process.pid).children(recursive=True)
                       if p.ppid() != build_process.pid]  # forked by the forkserver: the pool's workers
            victim = workers[0] if workers else None
            time.sleep(0.05)
        assert victim is not None, "the build finished before a worker could be killed"
        os.kill(victim.pid, signal.SIGKILL)
        _, err = build_process.communicate(timeout=120)
    finally:
        if build_process.poll() is None:
            build_process.kill()
    assert build_process.returncode == 4, err
    assert "failed on its worker" in err and "was not changed" in err
    assert db.read_bytes() == before
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".claims.duckdb.") and "lock" not in p.name]
    assert leftovers == []
    assert len(list((tmp_path / "lake").glob("gen-*"))) == 1  # the old database's generation, nothing half-made


def test_a_figure_repeated_by_many_articles_joins_one_group():
    """Each claim meets only its NEIGHBOURS nearest in value order, yet all join one group."""
    sentence = "A Brightline Research survey found 62 percent of effects artists expect fewer jobs."
    rows = [{"claim_id": f"c{i:03d}", "article_id": f"a{i:03d}", "publisher": f"P{i}", "value": 62.0,
             "unit": "percent", "qualifier": "exact", "claim_type": "survey", "subject": "Brightline Research",
             "source": "Brightline Research", "sentence": sentence} for i in range(3 * NEIGHBOURS)]
    # in a corpus of other figures, so the survey's words stay distinctive (under 5 % of claims)
    rows += [{"claim_id": f"o{i:04d}", "article_id": f"b{i:04d}", "publisher": "Q", "value": float(i),
              "unit": "count", "qualifier": "exact", "claim_type": "other", "subject": None,
              "sentence": f"Item {chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}x counted."} for i in range(2000)]
    groups, group_of = group_claims(rows)
    assert len(groups) == 1 and groups[0]["n_articles"] == 3 * NEIGHBOURS
    assert len(group_of) == 3 * NEIGHBOURS


def test_a_rebuild_extracts_only_new_and_changed_articles_and_builds_the_same_tables(tmp_path, monkeypatch):
    folder, manifest = corpus(tmp_path)
    db = tmp_path / "claims.duckdb"
    first = build(folder, manifest, db, log=None, batch_mb=0.01)
    assert first.reused == 0
    built_first = tables(db)
    again = build(folder, manifest, db, log=None, batch_mb=0.01)
    assert again.reused == 8 + 1  # every article, the duplicate too (the bad name is never read)
    assert tables(db) == built_first
    # one new article, one edited, one whose manifest row changed
    (folder / "a_new.txt").write_text("The studio hired 450 animators in 2024.", encoding="utf-8")
    (folder / "survey_daily.txt").write_text("Daily report.\nThe studio cut 2,400 jobs last year.\n",
                                             encoding="utf-8")
    manifest.write_text(manifest.read_text(encoding="utf-8") + "survey_herald.txt,Herald story,The Herald,2024-03-01\n",
                        encoding="utf-8")
    log = tmp_path / "log.txt"
    with open(log, "w", encoding="utf-8") as out:
        third = build(folder, manifest, db, log=out, batch_mb=0.01)
    assert third.reused == 9 - 2 and "extracting 4 files" in log.read_text(encoding="utf-8")  # 3 + the bad name
    incremental = tables(db)
    full = build(folder, manifest, tmp_path / "full.duckdb", log=None, batch_mb=0.01, full=True,
                 lake=tmp_path / "full-lake")
    assert full.reused == 0 and tables(tmp_path / "full.duckdb") == incremental
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT DISTINCT publisher FROM claims WHERE source_file = 'survey_herald.txt'").fetchall() \
        == [("The Herald",)]
    assert con.execute("SELECT surface FROM claims WHERE source_file = 'survey_daily.txt'").fetchall() == [("2,400 jobs",)]
    con.close()
    # another extractor (any edit of its code changes the version) re-extracts everything
    monkeypatch.setattr("etl.lake.EXTRACTOR_VERSION", "0.0.0+another")
    assert build(folder, manifest, db, log=None).reused == 0


def _age(folder: Path, seconds: float) -> None:
    for path in folder.iterdir():
        if path.is_file():
            os.utime(path, (time.time() - seconds, time.time() - seconds))


def _lake_files(tmp_path: Path, table: str = "claims") -> list[str]:
    (gen,) = (tmp_path / "lake").glob("gen-*")
    return sorted(p.name for p in (gen / table).glob("*.parquet"))


def test_unchanged_articles_are_neither_read_nor_copied_again(tmp_path, monkeypatch):
    folder, manifest = corpus(tmp_path)
    _age(folder, 3600)  # written an hour ago: their time stamps can be trusted
    db = tmp_path / "claims.duckdb"
    build(folder, manifest, db, log=None, batch_mb=0.01)
    batches = _lake_files(tmp_path)
    assert batches and all(name.startswith("batch-") for name in batches)
    read = []
    real_read = etl.build.read_bytes_inside
    monkeypatch.setattr("etl.build.read_bytes_inside", lambda path, *a: read.append(path.name) or real_read(path, *a))
    # a new article first in the listing: every other article moves one place down
    (folder / "a_first.txt").write_text("The studio hired 450 animators in 2024.", encoding="utf-8")
    again = build(folder, manifest, db, log=None, batch_mb=0.01)
    assert again.reused == 9 and read == []  # size and time unchanged: not one file read to be hashed
    kept = _lake_files(tmp_path)
    assert sum(name.startswith("kept-") for name in kept) == len(batches) and "reused.parquet" not in kept
    full = build(folder, manifest, tmp_path / "full.duckdb", log=None, batch_mb=0.01, full=True,
                 lake=tmp_path / "full-lake")
    assert full.reused == 0 and tables(tmp_path / "full.duckdb") == tables(db)


def test_a_generation_not_named_by_a_build_is_reused_by_hashing_every_file(tmp_path, monkeypatch):
    folder, manifest = corpus(tmp_path)
    _age(folder, 3600)
    db = tmp_path / "claims.duckdb"
    build(folder, manifest, db, log=None, batch_mb=0.01)
    (gen,) = (tmp_path / "lake").glob("gen-*")
    gen.rename(gen.with_name("gen-copied-by-hand"))  # its start time cannot be read from the name
    read = []
    real_read = etl.build.read_bytes_inside
    monkeypatch.setattr("etl.build.read_bytes_inside", lambda path, *a: read.append(path.name) or real_read(path, *a))
    again = build(folder, manifest, db, log=None, batch_mb=0.01)
    assert again.reused == 9 and len(read) == 9  # no time stamp trusted: every file hashed, none extracted


def test_an_edit_within_seconds_of_a_build_is_seen_even_with_the_same_size_and_time(tmp_path):
    folder, manifest = corpus(tmp_path)
    db = tmp_path / "claims.duckdb"
    build(folder, manifest, db, log=None, batch_mb=100)  # one batch: an edit leaves the rest to copy
    daily = folder / "survey_daily.txt"
    before = daily.stat()
    daily.write_text(daily.read_text(encoding="utf-8").replace("1,200 jobs", "9,900 jobs"), encoding="utf-8")
    os.utime(daily, ns=(before.st_atime_ns, before.st_mtime_ns))  # as if written in the same clock tick
    assert daily.stat().st_size == before.st_size
    again = build(folder, manifest, db, log=None, batch_mb=100)
    assert again.reused == 9 - 1
    assert _lake_files(tmp_path) == ["batch-00000.parquet", "reused.parquet"]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT surface FROM claims WHERE source_file = 'survey_daily.txt' AND surface LIKE '%jobs'"
                       ).fetchall() == [("9,900 jobs",)]
    con.close()


def test_an_unreachable_dask_scheduler_fails_the_build_cleanly(tmp_path, monkeypatch):
    monkeypatch.setattr("etl.engine.DASK_CONNECT_TIMEOUT", "2s")
    folder, manifest = corpus(tmp_path)
    db = tmp_path / "claims.duckdb"
    build(SEED_ARTICLES, SEED_SOURCES, db, log=None)
    before = db.read_bytes()
    from etl.engine import EngineFailed
    with pytest.raises(EngineFailed, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        build(folder, manifest, db, log=None, dask="tcp://127.0.0.1:9")
    assert db.read_bytes() == before
    assert len(list((tmp_path / "lake").glob("gen-*"))) == 1
