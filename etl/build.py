"""Build the claims database from a folder of articles and a manifest.

Read every article (bad files are named, skipped and counted), extract its claims, and
write the database in one atomic swap. The last line printed is the run's summary.
"""
from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from . import __version__
from .attribute import sentence_sources
from .corroborate import group_claims
from .extract import extract_claims
from .impacts import SECTOR_LABELS, extract_impacts
from .manifest import load_manifest, parse_published
from .metadata import date_from_text, title_from_text
from .names import ArticleNames
from .normalise import FxRates
from .read import MAX_ARTICLE_MB, ArticleError, list_article_files, read_article
from .record import derived, value_key
from .reviews import apply_reviews, read_reviews
from .segment import sentence_spans
from .store import build_lock, previous_runs, remove_leftovers, write_database

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
        return (f"built {db}: {self.articles} articles, {self.claims} claims "
                f"({self.groups} corroborated groups), {self.impacts} impact statements{reviews}, "
                f"{skipped}{warnings}, {self.seconds:.1f} s")


def article_id_for(source_file: str) -> str:
    """Stable id from the file's path: the same file keeps its id across builds."""
    stem = source_file.rsplit(".", 1)[0].replace("/", "__")
    return stem if len(stem) <= 64 else hashlib.sha1(source_file.encode()).hexdigest()[:16]


def claim_id_for(text_sha: str, start: int, end: int) -> str:
    """Stable across rebuilds of the same text (and across renames of its file)."""
    return hashlib.sha1(f"{text_sha}:{start}:{end}".encode()).hexdigest()[:16]


def impact_id_for(text_sha: str, sentence_start: int) -> str:
    """Stable across rebuilds of the same text: one statement per sentence."""
    return hashlib.sha1(f"{text_sha}:impact:{sentence_start}".encode()).hexdigest()[:16]


def build(articles_dir: Path, sources: Path | None, db: Path, rates_path: Path | None = None,
          log=sys.stderr, today: date | None = None, reviews_path: Path | None = None,
          max_mb: float = MAX_ARTICLE_MB, wait: float = 0.0) -> BuildReport:
    """Build `db` from the articles; `reviews_path` (default: reviews.csv beside the
    articles folder) holds analysts' reviews, applied to the claims they name.

    One build at a time per database: another build's lock makes this one wait up to `wait`
    seconds, then raise store.BuildLocked. The new file replaces the old one only when it is
    complete, so a build that fails or is killed leaves the previous database as it was."""
    if not articles_dir.is_dir():
        raise FileNotFoundError(f"{articles_dir}: articles folder not found")
    with build_lock(db, wait, log):
        for leftover in remove_leftovers(db):
            _say(log, f"removed {leftover.name}, left by a build that was interrupted")
        return _build(articles_dir, sources, db, rates_path, log, today, reviews_path, max_mb)


def _build(articles_dir: Path, sources: Path | None, db: Path, rates_path: Path | None, log,
           today: date | None, reviews_path: Path | None, max_mb: float) -> BuildReport:
    started = datetime.now()
    t0 = time.perf_counter()
    report = BuildReport()
    manifest = load_manifest(sources)
    for problem in manifest.problems:
        _say(log, f"warning: {problem}")
    report.warnings.extend(manifest.problems)
    rates = FxRates.load(rates_path) if rates_path else FxRates.load()
    files = list_article_files(articles_dir)
    listed = set(manifest.rows)
    found_names = {p.relative_to(articles_dir).as_posix() for p in files} | {p.name for p in files}
    for name in sorted(listed - found_names):
        msg = f"{sources}: lists {name}, which is not in {articles_dir}"
        _say(log, f"warning: {msg}")
        report.warnings.append(msg)
    articles: list[dict] = []
    claims: list[dict] = []
    impacts: list[dict] = []
    impact_sectors: list[dict] = []
    seen_text: dict[str, str] = {}
    last_progress = time.perf_counter()
    for n, path in enumerate(files, start=1):
        rel = path.relative_to(articles_dir).as_posix()
        try:
            raw = read_article(path, articles_dir, max_mb)
        except ArticleError as e:
            report.skipped.append((rel, str(e)))
            _say(log, f"skipped {articles_dir / rel}: {e}")
            continue
        for note in raw.notes:
            report.warnings.append(f"{articles_dir / rel}: {note}")
            _say(log, f"warning: {articles_dir / rel}: {note}")
        text_sha = hashlib.sha256(raw.text.encode()).hexdigest()
        if text_sha in seen_text:
            why = f"same text as {seen_text[text_sha]}"
            report.skipped.append((rel, f"duplicate ({why})"))
            _say(log, f"skipped {articles_dir / rel}: duplicate, {why}")
            continue
        seen_text[text_sha] = rel
        report.bytes_read += len(raw.text)
        article = _article_row(raw, manifest.lookup(rel), today)
        published = article["published"]
        sentences = sentence_spans(raw.text)
        names = ArticleNames.learn(raw.text, sentences)
        sources = sentence_sources(raw.text, sentences, names)
        found = extract_claims(raw.text, published=published, rates=rates, sentences=sentences,
                               names=names, sources=sources)
        article["n_claims"] = len(found)
        articles.append(article)
        for c in found:
            row = c.as_dict()
            del row["is_figure"]  # the build stores figures only
            claims.append({
                "claim_id": claim_id_for(text_sha, c.char_start, c.char_end),
                "article_id": article["article_id"], "source_file": rel, **row,
                "publisher": article["publisher"], "published": article["published"],
                "value_key": value_key(c.value, c.unit),
            })
        for i in extract_impacts(raw.text, published=published, sentences=sentences, sources=sources):
            impact_id = impact_id_for(text_sha, i.sentence_start)
            impacts.append({"impact_id": impact_id, "article_id": article["article_id"], "source_file": rel,
                            "publisher": article["publisher"], "published": published, **i.as_dict()})
            impact_sectors.extend({"impact_id": impact_id, "sector_label": SECTOR_LABELS[x.sector],
                                   **{k: getattr(x, k) for k in x.__slots__}} for x in i.sectors)
        now = time.perf_counter()
        if now - last_progress >= PROGRESS_EVERY_SECONDS:
            last_progress = now
            mb = report.bytes_read / 1e6
            _say(log, f"[{n}/{len(files)}] {len(articles)} articles, {len(claims)} claims, "
                      f"{mb:.1f} MB at {mb / (now - t0):.2f} MB/s")
    review_rows = _apply_reviews(claims, reviews_path or articles_dir.parent / "reviews.csv",
                                 rates, report, log)
    groups, group_of = group_claims([c for c in claims if c.get("review_status") != "rejected"])
    for c in claims:
        c["group_id"] = group_of.get(c["claim_id"])
    report.articles = len(articles)
    report.claims = len(claims)
    report.impacts = len(impacts)
    report.groups = len(groups)
    report.seconds = time.perf_counter() - t0
    run = {
        "started_at": started, "finished_at": datetime.now(), "articles": report.articles,
        "claims": report.claims, "skipped": len(report.skipped),
        "problems": "\n".join([f"{f}: {why}" for f, why in report.skipped] + report.warnings) or None,
        "seconds": round(report.seconds, 3), "extractor_version": __version__,
        "warnings": len(report.warnings), "impacts": report.impacts,
    }
    write_database(db, articles, claims, run, groups=groups, impacts=impacts, impact_sectors=impact_sectors,
                   reviews=review_rows,
                   runs_before=previous_runs(db))
    report.seconds = time.perf_counter() - t0
    return report


def _apply_reviews(claims: list[dict], path: Path, rates: FxRates, report: BuildReport, log) -> list[dict]:
    """Apply the reviews in `path` to `claims`; corrected figures get their derived columns
    (unit family, US dollars, value key) again. Problems are warnings: the build goes on."""
    reviews, problems = read_reviews(path)
    result = apply_reviews(claims, reviews, str(path))
    for problem in problems + result.problems:
        _say(log, f"warning: {problem}")
    report.warnings.extend(problems + result.problems)
    by_id = {c["claim_id"]: c for c in claims}
    for row in result.applied:
        if row["status"] == "applied" and row["changes"]:
            c = by_id[row["claim_id"]]
            c.update(derived(c["value"], c["unit"], c["published"].year if c["published"] else None, rates))
            if ("source:" in row["changes"] or "measure:" in row["changes"]) and "subject:" not in row["changes"]:
                c["subject"] = c["source"] or c["measure"] or c["subject"]  # the subject follows, as extracted
    report.reviews_applied = sum(r["status"] == "applied" for r in result.applied)
    report.reviews_orphaned = len(result.orphans)
    return result.applied


def _article_row(raw, meta: dict, today: date | None) -> dict:
    published, precision = None, None
    if meta.get("published"):
        published, precision = parse_published(meta["published"])
    elif raw.html_meta.get("date") and parse_published(raw.html_meta["date"][:10]):
        published, precision = parse_published(raw.html_meta["date"][:10])
    else:
        found = date_from_text(raw.text, today)
        if found:
            published, precision = found
    return {
        "article_id": article_id_for(raw.source_file), "source_file": raw.source_file,
        "title": meta.get("title") or raw.html_meta.get("title") or title_from_text(raw.text),
        "publisher": meta.get("publisher") or raw.html_meta.get("sitename"),
        "author": meta.get("author") or raw.html_meta.get("author"),
        "published": published, "published_precision": precision,
        "url": meta.get("url") or raw.html_meta.get("url"),
        "text": raw.text, "sha256": raw.sha256,
    }


def _say(log, message: str) -> None:
    if log is not None:
        print(message, file=log, flush=True)
