"""Build the claims database from a folder of articles and a manifest.

Read every article (bad files are named, skipped and counted), extract its claims, and
write the database in one atomic swap. The last line printed is the run's summary.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import stat
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from . import EXTRACTOR_VERSION
from .assemble import assemble
from .batches import BATCH_MB, BatchReport, BatchSpec, plan_batches, run_batch
from .engine import open_engine, run_all
from .lake import (
    Extracted,
    carry_over,
    default_lake,
    generation_started,
    input_key,
    keep_only,
    latest_complete,
    mark_complete,
    new_generation,
    previous_articles,
)
from .manifest import load_manifest
from .normalise import FxRates
from .progress import say
from .read import MAX_ARTICLE_MB, ArticleError, list_article_files, read_bytes_inside
from .schema import RUN_COLUMNS
from .store import build_lock, create_table, new_database, previous_runs, remove_leftovers

PROGRESS_EVERY_SECONDS = 2.0


@dataclass
class BuildReport:
    articles: int = 0
    claims: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    bytes_read: int = 0
    impacts: int = 0
    groups: int = 0
    reviews_applied: int = 0
    reviews_orphaned: int = 0
    reused: int = 0  # articles whose rows were copied from the last build, not extracted again

    def summary(self, db: Path) -> str:
        skipped = f"{len(self.skipped)} files skipped"
        if self.skipped:
            reasons: dict[str, int] = {}
            for _, why in self.skipped:
                key = why.split(" (")[0]
                reasons[key] = reasons.get(key, 0) + 1
            skipped += " (" + ", ".join(f"{n} {why}" for why, n in sorted(reasons.items())) + ")"
        reviews = ""
        if self.reviews_applied or self.reviews_orphaned:
            reviews = f", {self.reviews_applied} reviews applied ({self.reviews_orphaned} orphaned)"
        warnings = f", {len(self.warnings)} warnings" if self.warnings else ""
        reused = f" ({self.reused} unchanged, reused)" if self.reused else ""
        return (f"built {db}: {self.articles} articles{reused}, {self.claims} claims "
                f"({self.groups} corroborated groups), {self.impacts} impact statements{reviews}, "
                f"{skipped}{warnings}, {self.seconds:.1f} s")


def build(articles_dir: Path, sources: Path | None, db: Path, rates_path: Path | None = None,
          log=sys.stderr, today: date | None = None, reviews_path: Path | None = None,
          max_mb: float = MAX_ARTICLE_MB, wait: float = 0.0, workers: int = 1, dask=None,
          lake: Path | None = None, batch_mb: float = BATCH_MB, full: bool = False,
          allow_empty: bool = False) -> BuildReport:
    """Build `db` from the articles; `reviews_path` (default: reviews.csv beside the
    articles folder) holds analysts' reviews, applied to the claims they name.

    Articles are extracted in batches on `workers` local processes (1: this process) or on
    the Dask scheduler at `dask`; each batch's rows go to the Parquet lake (`lake`, default
    `lake/` beside the database), and the corpus-wide steps make the database from the lake
    in DuckDB. Articles whose file, manifest row and extractor are unchanged since the last
    build keep their rows from its lake (`full`: extract everything). One build at a time per database: another build's lock makes this one wait up
    to `wait` seconds, then raise store.BuildLocked. The new file replaces the old one only
    when it is complete, so a build that fails or is killed leaves the previous database as
    it was; a lost worker raises engine.EngineFailed. A folder from which no article can be
    read does not replace a database that has some (EmptyBuild) unless `allow_empty`."""
    if not articles_dir.is_dir():
        raise FileNotFoundError(f"{articles_dir}: articles folder not found")
    with build_lock(db, wait, log):
        for leftover in remove_leftovers(db):
            say(log, f"removed {leftover.name}, left by a build that was interrupted")
        return _build(articles_dir, sources, db, rates_path, log, today, reviews_path, max_mb,
                      workers, dask, lake or default_lake(db), batch_mb, full, allow_empty)


def _build(articles_dir: Path, sources: Path | None, db: Path, rates_path: Path | None, log,
           today: date | None, reviews_path: Path | None, max_mb: float, workers: int, dask,
           lake: Path, batch_mb: float, full: bool, allow_empty: bool) -> BuildReport:
    started = datetime.now()
    t0 = time.perf_counter()
    report = BuildReport()
    manifest = load_manifest(sources)
    for problem in manifest.problems:
        say(log, f"warning: {problem}")
    report.warnings.extend(manifest.problems)
    rates = FxRates.load(rates_path) if rates_path else FxRates.load()
    for problem in rates.problems:
        say(log, f"warning: {problem}")
    report.warnings.extend(rates.problems)
    files = list_article_files(articles_dir)
    listing = [path.relative_to(articles_dir).as_posix() for path in files]  # relative paths, in order
    listed = set(manifest.rows)
    found_names = set(listing) | {p.name for p in files}
    for name in sorted(listed - found_names):
        msg = f"{sources}: lists {name}, which is not in {articles_dir}"
        say(log, f"warning: {msg}")
        report.warnings.append(msg)
    previous = None if full else latest_complete(lake)
    known = previous_articles(previous) if previous else {}
    unchanged = _Unchanged(articles_dir, max_mb, today, generation_started(previous) if previous else 0)
    gen = new_generation(lake)
    to_extract, reused = [], []
    for path, rel in zip(files, listing, strict=True):
        meta = manifest.lookup(rel)
        seen = known.get(rel)
        if seen is not None and unchanged(path, seen, meta):
            reused.append(rel)
        else:
            to_extract.append((rel, meta, _size(path)))
    if reused:
        linked = carry_over(previous, gen, set(reused))
        report.reused = len(reused)
        say(log, f"reused {len(reused)} unchanged articles from the last build ({linked} lake files linked)")
    specs = plan_batches(to_extract, articles_dir, gen, rates, max_mb, today, batch_mb)
    by_index: dict[int, BatchReport] = {}
    try:
        # one batch gains nothing from a local pool: it runs here, without starting workers
        with open_engine(workers if len(specs) > 1 else 1, dask if specs else None) as (engine, executor):
            say(log, f"extracting {len(to_extract)} files in {len(specs)} batches on {engine}")
            last_progress = time.perf_counter()
            for done in run_all(executor, run_batch, specs, _describe_batch):
                by_index[done.index] = done
                report.bytes_read += done.bytes_read
                for rel, why in done.skipped:
                    say(log, f"skipped {articles_dir / rel}: {why}")
                for warning in done.warnings:
                    say(log, f"warning: {warning}")
                now = time.perf_counter()
                if now - last_progress >= PROGRESS_EVERY_SECONDS or len(by_index) == len(specs):
                    last_progress = now
                    mb = report.bytes_read / 1e6
                    say(log, f"[{len(by_index)}/{len(specs)} batches] "
                              f"{sum(b.articles for b in by_index.values())} articles, "
                              f"{sum(b.claims for b in by_index.values())} claims, "
                              f"{mb:.1f} MB at {mb / (now - t0):.2f} MB/s")
        for index in sorted(by_index):  # problems in the listing's order, whatever the engine's
            report.skipped.extend(by_index[index].skipped)
            report.warnings.extend(by_index[index].warnings)
        mark_complete(gen)
        runs_before = previous_runs(db)
        had = runs_before[-1]["articles"] if runs_before else 0
        if not allow_empty and had and not reused and not any(b.articles for b in by_index.values()):
            raise EmptyBuild(f"{articles_dir}: no article could be read ({len(files)} files, "
                             f"{len(report.skipped)} refused); {db.name} keeps its {had} articles. "
                             "Pass --allow-empty to replace it with an empty database.")
        say(log, "corroborating and writing the database")
        with new_database(db) as con:
            skipped_before, warned_before = len(report.skipped), len(report.warnings)
            assemble(con, gen, [rel for rel in listing if _utf8(rel)], reviews_path or articles_dir.parent / "reviews.csv", rates, report)
            for rel, why in report.skipped[skipped_before:]:
                say(log, f"skipped {articles_dir / rel}: {why}")
            for warning in report.warnings[warned_before:]:
                say(log, f"warning: {warning}")
            report.seconds = time.perf_counter() - t0
            run = {
                "started_at": started, "finished_at": datetime.now(), "articles": report.articles,
                "claims": report.claims, "skipped": len(report.skipped),
                "problems": "\n".join([f"{f}: {why}" for f, why in report.skipped] + report.warnings) or None,
                "seconds": round(report.seconds, 3), "extractor_version": EXTRACTOR_VERSION,
                "warnings": len(report.warnings), "impacts": report.impacts,
            }
            create_table(con, "runs", [*runs_before, run], RUN_COLUMNS)
    except BaseException:
        shutil.rmtree(gen, ignore_errors=True)  # the lake keeps only what a database was made from
        raise
    keep_only(lake, gen)
    report.seconds = time.perf_counter() - t0
    return report


class EmptyBuild(Exception):
    """Nothing could be read, and the database has articles: it is kept as it is."""


def _describe_batch(spec: BatchSpec) -> str:
    first = spec.files[0][0]
    more = f" and {len(spec.files) - 1} more" if len(spec.files) > 1 else ""
    return f"batch {spec.index + 1} ({first}{more})"


class _Unchanged:
    """Whether the rows the last generation made of a file still hold: its manifest row, the
    date relative dates are read against and the extractor are the same, and so are its
    bytes. As make and git do, a regular file whose size and modification time are those
    recorded when it was read is taken as unchanged without reading it, unless it was
    modified within two seconds of that build's start (a time stamp too close to tell an
    edit from the read); any other file is read and hashed again."""

    RACY_NS = 2_000_000_000

    def __init__(self, folder: Path, max_mb: float, today: date | None, previous_started_ns: int) -> None:
        self.folder, self.max_mb, self.today = folder, max_mb, today
        self.trusted_before = previous_started_ns - self.RACY_NS
        self._inside: dict[Path, bool] = {}

    def __call__(self, path: Path, seen: Extracted, meta: dict) -> bool:
        try:
            info = os.lstat(path)
        except OSError:
            return False  # its reader says what is wrong
        if info.st_size > self.max_mb * 1e6:
            return False
        if (stat.S_ISREG(info.st_mode) and (info.st_size, info.st_mtime_ns) == (seen.size, seen.mtime_ns)
                and info.st_mtime_ns < self.trusted_before and self._folder_inside(path.parent)):
            return seen.input_key == input_key(seen.sha256, meta, self.today)
        try:  # read as its reader reads it: inside the folder, a regular file, within the limit
            raw = read_bytes_inside(path, self.folder, self.max_mb)
        except ArticleError:
            return False  # its reader will say what is wrong
        return seen.input_key == input_key(hashlib.sha256(raw).hexdigest(), meta, self.today)

    def _folder_inside(self, folder: Path) -> bool:
        """A sub-folder that is a link out of the articles folder is read (and refused) by the reader."""
        if folder not in self._inside:
            self._inside[folder] = folder.resolve().is_relative_to(self.folder.resolve())
        return self._inside[folder]


def _utf8(name: str) -> bool:
    """A file name the lake can hold (one that is not is refused by name in its batch)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # a broken link: its reader says what is wrong

