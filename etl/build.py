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
from .extract import extract_claims
from .manifest import load_manifest, parse_published
from .metadata import date_from_text, title_from_text
from .normalise import FxRates
from .read import ArticleError, list_article_files, read_article
from .store import write_database

PROGRESS_EVERY_SECONDS = 2.0


@dataclass
class BuildReport:
    articles: int = 0
    claims: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    bytes_read: int = 0

    def summary(self, db: Path) -> str:
        skipped = f"{len(self.skipped)} files skipped"
        if self.skipped:
            reasons: dict[str, int] = {}
            for _, why in self.skipped:
                key = why.split(" (")[0]
                reasons[key] = reasons.get(key, 0) + 1
            skipped += " (" + ", ".join(f"{n} {why}" for why, n in sorted(reasons.items())) + ")"
        return (f"built {db}: {self.articles} articles, {self.claims} claims, {skipped}, "
                f"{self.seconds:.1f} s")


def article_id_for(source_file: str) -> str:
    """Stable id from the file's path: the same file keeps its id across builds."""
    stem = source_file.rsplit(".", 1)[0].replace("/", "__")
    return stem if len(stem) <= 64 else hashlib.sha1(source_file.encode()).hexdigest()[:16]


def value_key(value: float, unit: str) -> str:
    """The value to two significant digits with its unit: "204,000 positions" and "more than
    200,000 jobs" both key as "count:2.0e5"."""
    if value == 0:
        return f"{unit}:0"
    return f"{unit}:{float(f'{value:.2g}'):.1e}"


def claim_id_for(text_sha: str, start: int, end: int) -> str:
    """Stable across rebuilds of the same text (and across renames of its file)."""
    return hashlib.sha1(f"{text_sha}:{start}:{end}".encode()).hexdigest()[:16]


def build(articles_dir: Path, sources: Path | None, db: Path, rates_path: Path | None = None,
          log=sys.stderr, today: date | None = None) -> BuildReport:
    started = datetime.now()
    t0 = time.perf_counter()
    report = BuildReport()
    if not articles_dir.is_dir():
        raise FileNotFoundError(f"{articles_dir}: articles folder not found")
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
    seen_text: dict[str, str] = {}
    last_progress = time.perf_counter()
    for n, path in enumerate(files, start=1):
        rel = path.relative_to(articles_dir).as_posix()
        try:
            raw = read_article(path, articles_dir)
        except ArticleError as e:
            report.skipped.append((rel, str(e)))
            _say(log, f"skipped {articles_dir / rel}: {e}")
            continue
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
        found = extract_claims(raw.text, published=published, rates=rates)
        article["n_claims"] = len(found)
        articles.append(article)
        for c in found:
            claims.append({
                "claim_id": claim_id_for(text_sha, c.char_start, c.char_end),
                "article_id": article["article_id"], "source_file": rel,
                "char_start": c.char_start, "char_end": c.char_end, "surface": c.surface,
                "sentence": c.sentence, "sentence_start": c.sentence_start, "value": c.value,
                "value_high": c.value_high, "unit": c.unit, "unit_family": c.unit_family,
                "noun": c.noun, "per": c.per, "qualifier": c.qualifier, "direction": c.direction,
                "claim_type": c.claim_type, "is_forecast": c.is_forecast,
                "horizon_year": c.horizon_year, "subject": c.subject, "value_usd": c.value_usd,
                "publisher": article["publisher"], "published": article["published"],
                "value_key": value_key(c.value, c.unit),
            })
        now = time.perf_counter()
        if now - last_progress >= PROGRESS_EVERY_SECONDS:
            last_progress = now
            mb = report.bytes_read / 1e6
            _say(log, f"[{n}/{len(files)}] {len(articles)} articles, {len(claims)} claims, "
                      f"{mb:.1f} MB at {mb / (now - t0):.2f} MB/s")
    report.articles = len(articles)
    report.claims = len(claims)
    report.seconds = time.perf_counter() - t0
    run = {
        "started_at": started, "finished_at": datetime.now(), "articles": report.articles,
        "claims": report.claims, "skipped": len(report.skipped),
        "problems": "\n".join([f"{f}: {why}" for f, why in report.skipped] + report.warnings) or None,
        "seconds": round(report.seconds, 3), "extractor_version": __version__,
    }
    write_database(db, articles, claims, run)
    report.seconds = time.perf_counter() - t0
    return report


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
