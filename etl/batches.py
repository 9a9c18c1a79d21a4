"""Extract a batch of articles into the lake: the unit of work every engine runs.

`extract_article` is pure (an article's text and metadata in, its table rows out);
`run_batch` reads a batch's files, extracts each, writes the batch's Parquet files and
returns a small report. Whatever goes wrong with one article (a file that cannot be read, a
name that is not UTF-8, an extractor error) is named in the report and the batch goes on.
"""
from __future__ import annotations

import hashlib
import os
import stat
import time
import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import EXTRACTOR_VERSION
from .attribute import sentence_sources
from .corroborate import corroboration_keys
from .extract import extract_claims
from .impacts import SECTOR_LABELS, extract_impacts
from .lake import input_key, write_batch
from .manifest import parse_published
from .metadata import date_from_text, is_http_url, title_from_text
from .names import ArticleNames
from .normalise import FxRates
from .read import ArticleError, RawArticle, read_article
from .record import value_key
from .segment import sentence_spans

# A batch is at most this much text, or this many articles: small enough to spread over the
# workers and to show progress, big enough that each task does real work.
BATCH_MB = 1.0
BATCH_ARTICLES = 400


@dataclass(frozen=True)
class BatchSpec:
    index: int
    articles_dir: str
    generation: str
    files: tuple[tuple[str, dict], ...]  # (relative path, manifest row), in the listing's order
    rates: FxRates
    max_mb: float
    today: date | None = None


@dataclass
class BatchReport:
    index: int
    articles: int = 0
    claims: int = 0
    impacts: int = 0
    bytes_read: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


def plan_batches(files: list[tuple[str, dict, int]], articles_dir: Path, generation: Path, rates: FxRates,
                 max_mb: float, today: date | None, batch_mb: float = BATCH_MB) -> list[BatchSpec]:
    """Cut the files to extract ((relative path, manifest row, size in bytes), in the listing's
    order) into batches, in order."""
    specs: list[BatchSpec] = []
    current: list[tuple[str, dict]] = []
    size = 0
    for rel, meta, nbytes in files:
        if current and (size + nbytes > batch_mb * 1e6 or len(current) >= BATCH_ARTICLES):
            specs.append(BatchSpec(len(specs), str(articles_dir), str(generation), tuple(current), rates, max_mb, today))
            current, size = [], 0
        current.append((rel, meta))
        size += nbytes
    if current:
        specs.append(BatchSpec(len(specs), str(articles_dir), str(generation), tuple(current), rates, max_mb, today))
    return specs


def run_batch(spec: BatchSpec) -> BatchReport:
    """Read, extract and store one batch; every article's problem is named, none stops it."""
    t0 = time.perf_counter()
    report = BatchReport(spec.index)
    folder = Path(spec.articles_dir)
    tables: dict[str, list[dict]] = {"articles": [], "claims": [], "impacts": [], "impact_sectors": []}
    for rel, meta in spec.files:
        shown = folder / rel
        try:
            rel.encode("utf-8")
        except UnicodeEncodeError:
            report.skipped.append((_printable(rel), "file name is not valid UTF-8; rename the file"))
            continue
        try:  # the file as found before reading it: the next build compares it (build._Unchanged)
            info = os.lstat(shown)
            file_stat = (info.st_size, info.st_mtime_ns) if stat.S_ISREG(info.st_mode) else (None, None)
        except OSError:
            file_stat = (None, None)
        try:
            raw = read_article(shown, folder, spec.max_mb)
        except ArticleError as e:
            report.skipped.append((rel, str(e)))
            continue
        if meta.get("url") and not is_http_url(meta["url"]):
            report.warnings.append(f"{shown}: url {meta['url'][:200]!r} in the manifest is not an http(s) link; "
                                   "not stored as a link")
            meta = {**meta, "url": None}
        try:
            rows = extract_article(raw, meta, spec.rates, spec.today)
        except Exception as e:  # an extractor bug must cost one article, not the build
            where = traceback.extract_tb(e.__traceback__)[-1]
            report.skipped.append((rel, f"extractor failed ({type(e).__name__}: {e} at "
                                        f"{Path(where.filename).name}:{where.lineno})"))
            continue
        rows["articles"][0]["file_size"], rows["articles"][0]["file_mtime_ns"] = file_stat
        report.warnings.extend(f"{shown}: {note}" for note in raw.notes)
        report.bytes_read += len(raw.text)
        report.articles += 1
        report.claims += len(rows["claims"])
        report.impacts += len(rows["impacts"])
        for table, found in rows.items():
            tables[table].extend(found)
    write_batch(Path(spec.generation), spec.index, tables)
    report.seconds = time.perf_counter() - t0
    return report


def _printable(name: str) -> str:
    """A file name as its bytes read, undecodable ones escaped ("caf\\xe9.txt")."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def article_id_for(source_file: str) -> str:
    """Stable id from the file's path, one per path: the same file keeps its id across builds.
    Only a `.txt` ending is dropped ("x.txt" is "x"); any other stays ("x.md", "x.html"), so
    two files that differ only in their ending are two articles, not one id."""
    stem = (source_file[:-4] if source_file.lower().endswith(".txt") else source_file).replace("/", "__")
    return stem if len(stem) <= 64 else hashlib.sha1(source_file.encode()).hexdigest()[:16]


def claim_id_for(text_sha: str, start: int, end: int) -> str:
    """Stable across rebuilds of the same text (and across renames of its file)."""
    return hashlib.sha1(f"{text_sha}:{start}:{end}".encode()).hexdigest()[:16]


def impact_id_for(text_sha: str, sentence_start: int) -> str:
    """Stable across rebuilds of the same text: one statement per sentence."""
    return hashlib.sha1(f"{text_sha}:impact:{sentence_start}".encode()).hexdigest()[:16]


def extract_article(raw: RawArticle, meta: dict, rates: FxRates, today: date | None = None) -> dict[str, list[dict]]:
    """The rows of every lake table for one article: pure, text and metadata in."""
    text_sha = hashlib.sha256(raw.text.encode()).hexdigest()
    article = article_row(raw, meta, today)
    article["text_sha256"] = text_sha
    article["extractor_version"] = EXTRACTOR_VERSION
    article["input_key"] = input_key(raw.sha256, meta, today)
    published = article["published"]
    sentences = sentence_spans(raw.text)
    names = ArticleNames.learn(raw.text, sentences)
    sources = sentence_sources(raw.text, sentences, names)
    found = extract_claims(raw.text, published=published, rates=rates, sentences=sentences,
                           names=names, sources=sources)
    article["n_claims"] = len(found)
    claims = []
    for c in found:
        row = c.as_dict()
        del row["is_figure"]  # the build stores figures only
        row.update({"claim_id": claim_id_for(text_sha, c.char_start, c.char_end),
                    "article_id": article["article_id"], "source_file": raw.source_file,
                    "publisher": article["publisher"], "published": published,
                    "value_key": value_key(c.value, c.unit)})
        row.update(corroboration_keys(row))
        claims.append(row)
    impacts, impact_sectors = [], []
    for i in extract_impacts(raw.text, published=published, sentences=sentences, sources=sources):
        impact_id = impact_id_for(text_sha, i.sentence_start)
        impacts.append({"impact_id": impact_id, "article_id": article["article_id"], "source_file": raw.source_file,
                        "publisher": article["publisher"], "published": published, **i.as_dict()})
        impact_sectors.extend({"impact_id": impact_id, "article_id": article["article_id"],
                               "sector_label": SECTOR_LABELS[x.sector],
                               **{k: getattr(x, k) for k in x.__slots__}} for x in i.sectors)
    return {"articles": [article], "claims": claims, "impacts": impacts, "impact_sectors": impact_sectors}


def article_row(raw: RawArticle, meta: dict, today: date | None) -> dict:
    """The article's row: the manifest first, then the page's own metadata, then its text."""
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
        "url": meta.get("url") or (raw.html_meta.get("url") if is_http_url(raw.html_meta.get("url")) else None),
        "text": raw.text, "sha256": raw.sha256,
    }
