"""Command line: `python -m etl build` and `python -m etl extract`.

    python -m etl build [--articles DIR] [--sources CSV] [--db PATH] [--workers N | --dask ADDRESS]
    python -m etl fetch URL ... [--list FILE] [--feed URL] [--sitemap URL]   download, then build
    python -m etl extract [FILE ...]            claims of files (or stdin) as JSON
    python -m etl extract --jsonl               {"id", "text"} lines in, {"id", "claims"} out
    python -m etl impacts [FILE ...]            impact statements of files (or stdin) as JSON
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from .batches import BATCH_MB
from .build import EmptyBuild, build
from .engine import EngineFailed, default_workers
from .extract import extract_claims
from .fetch import DEFAULT_DELAY, DEFAULT_MAX_MB, DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT, fetch
from .impacts import extract_impacts
from .lake import default_lake
from .normalise import FxRates
from .read import MAX_ARTICLE_MB
from .record import JSONL_FIELDS
from .store import BuildLocked

DATA = Path("data")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the claims database from a folder of articles")
    b.add_argument("--articles", type=Path, default=DATA / "articles", help="folder of .txt/.md/.html articles (default: data/articles)")
    b.add_argument("--sources", type=Path, default=DATA / "sources.csv", help="manifest CSV (default: data/sources.csv)")
    b.add_argument("--db", type=Path, default=DATA / "claims.duckdb", help="database to write (default: data/claims.duckdb)")
    b.add_argument("--rates", type=Path, default=None, help="exchange-rate table (default: data/fx_rates.csv)")
    b.add_argument("--reviews", type=Path, default=DATA / "reviews.csv", help="analysts' reviews to apply (default: data/reviews.csv; missing is fine)")
    b.add_argument("--max-mb", type=float, default=MAX_ARTICLE_MB, help=f"skip article files larger than this (default: {MAX_ARTICLE_MB:g} MB)")
    b.add_argument("--wait", type=float, default=0.0, metavar="SECONDS", help="when another build of the same database is running, wait this long for it (default: refuse at once)")
    b.add_argument("--quiet", action="store_true", help="print only the summary line")
    b.add_argument("--workers", type=int, default=default_workers(), metavar="N", help=f"extract on N local processes (default: all {default_workers()} cores of this machine; 1: in this process)")
    b.add_argument("--dask", default=None, metavar="ADDRESS", help="extract on the Dask scheduler at ADDRESS (tcp://host:8786) instead; its workers must see the articles and the lake")
    b.add_argument("--lake", type=Path, default=None, help="folder of the Parquet lake the batches are written to (default: lake/ beside the database)")
    b.add_argument("--batch-mb", type=float, default=BATCH_MB, help=f"text per batch, the unit of work on a worker (default: {BATCH_MB:g} MB)")
    b.add_argument("--full", action="store_true", help="extract every article again, even those unchanged since the last build")
    b.add_argument("--allow-empty", action="store_true", help="let a folder from which no article can be read replace a database that has articles (refused by default, exit code 5)")
    b.add_argument("--if-stale", action="store_true", help="build only when the database is missing or older than an article, the manifest, the rates or the extractor")
    f = sub.add_parser("fetch", help="download articles (URLs, a list, a feed, a sitemap) into the articles folder, then build")
    f.add_argument("urls", nargs="*", help="article URLs (http or https)")
    f.add_argument("--list", type=Path, action="append", default=[], metavar="FILE", help="a file of URLs, one a line (# comments)")
    f.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS or Atom feed (or a page that links one): fetch its articles")
    f.add_argument("--sitemap", action="append", default=[], metavar="URL", help="a sitemap (or a site): fetch its pages")
    f.add_argument("--articles", type=Path, default=DATA / "articles", help="articles folder (default: data/articles)")
    f.add_argument("--sources", type=Path, default=DATA / "sources.csv", help="manifest to add rows to (default: data/sources.csv)")
    f.add_argument("--db", type=Path, default=DATA / "claims.duckdb", help="database the build writes (default: data/claims.duckdb)")
    f.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS", help=f"time-out per page (default: {DEFAULT_TIMEOUT:g})")
    f.add_argument("--max-mb", type=float, default=DEFAULT_MAX_MB, help=f"size cap per page, after decompression (default: {DEFAULT_MAX_MB:g} MB)")
    f.add_argument("--delay", type=float, default=DEFAULT_DELAY, metavar="SECONDS", help=f"pause between two requests to one host (default: {DEFAULT_DELAY:g})")
    f.add_argument("--max-pages", type=int, default=DEFAULT_MAX_PAGES, help=f"links taken from one feed or sitemap (default: {DEFAULT_MAX_PAGES})")
    f.add_argument("--allow-private", action="store_true", help="fetch hosts on loopback or private addresses (refused by default)")
    f.add_argument("--no-build", action="store_true", help="only download; do not rebuild the database")
    f.add_argument("--workers", type=int, default=default_workers(), metavar="N", help="local processes for the build")
    e = sub.add_parser("extract", help="print the claims of files or of stdin as JSON")
    e.add_argument("files", nargs="*", type=Path, help="article files; none reads stdin")
    e.add_argument("--jsonl", action="store_true", help='read {"id", "text"} lines on stdin, write {"id", "claims"} lines')
    e.add_argument("--published", type=date.fromisoformat, default=None, help="publication date (YYYY-MM-DD) for forecast horizons and exchange rates")
    e.add_argument("--figures-only", action="store_true", help="only the figures the database keeps, not every quantity")
    i = sub.add_parser("impacts", help="print the impact statements of files or of stdin as JSON")
    i.add_argument("files", nargs="*", type=Path, help="article files; none reads stdin")
    i.add_argument("--published", type=date.fromisoformat, default=None, help="publication date (YYYY-MM-DD) for time frames")
    args = parser.parse_args(argv)
    if args.command == "build":
        return _build(args)
    if args.command == "impacts":
        return _impacts(args)
    if args.command == "fetch":
        return _fetch(args)
    return _extract(args)


# How `build` ends when it cannot: the exit code of each failure (the README lists them).
BUILD_EXIT_CODES = {FileNotFoundError: 2, BuildLocked: 3, EngineFailed: 4, EmptyBuild: 5}


def _build(args) -> int:
    if args.if_stale:
        newer = stale_inputs(args.db, args.articles, args.sources, args.rates, args.reviews)
        if not newer:
            print(f"{args.db} is up to date")
            return 0
        print(f"building {args.db}: {newer}", file=sys.stderr)
    sources = args.sources if args.sources and args.sources.exists() else None
    if args.sources and not args.sources.exists():
        print(f"warning: {args.sources}: manifest not found; articles load without metadata", file=sys.stderr)
    try:
        report = build(args.articles, sources, args.db, args.rates, log=None if args.quiet else sys.stderr,
                       reviews_path=args.reviews, max_mb=args.max_mb, wait=args.wait, workers=args.workers,
                       dask=args.dask, lake=args.lake, batch_mb=args.batch_mb, full=args.full,
                       allow_empty=args.allow_empty)
    except tuple(BUILD_EXIT_CODES) as err:
        after = f"; the build stopped and {args.db} was not changed" if isinstance(err, EngineFailed) else ""
        print(f"error: {err}{after}", file=sys.stderr)
        return BUILD_EXIT_CODES[type(err)]
    print(report.summary(args.db))
    return 0


def _fetch(args) -> int:
    urls = list(args.urls)
    for path in args.list:
        try:
            urls += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.lstrip().startswith("#")]
        except OSError as err:
            print(f"error: {path}: cannot be read ({err.strerror or err})", file=sys.stderr)
            return 2
    if not (urls or args.feed or args.sitemap):
        print("error: nothing to fetch: give URLs, --list, --feed or --sitemap", file=sys.stderr)
        return 2
    report = fetch(urls, args.articles, args.sources, feeds=args.feed, sitemaps=args.sitemap,
                   timeout=args.timeout, max_mb=args.max_mb, delay=args.delay, max_pages=args.max_pages,
                   allow_private=args.allow_private, lake=default_lake(args.db), log=sys.stderr)
    for url, why in report.failed:
        print(f"failed {url}: {why}", file=sys.stderr)
    print(report.summary())
    if args.no_build or not (report.saved or report.updated):
        return 0
    try:
        built = build(args.articles, args.sources if args.sources.exists() else None, args.db, log=sys.stderr,
                      workers=args.workers)
    except (BuildLocked, EngineFailed, EmptyBuild) as err:
        print(f"error: {err}", file=sys.stderr)
        return 3
    print(built.summary(args.db))
    return 0


def stale_inputs(db: Path, articles: Path, sources: Path | None, rates: Path | None,
                 reviews: Path | None = None) -> str | None:
    """Why the database needs a build, or None when it is newer than everything it is built from."""
    if not db.exists():
        return "no database yet"
    built = db.stat().st_mtime
    inputs = [p for p in articles.rglob("*") if p.is_file()] if articles.is_dir() else []
    inputs += [p for p in (sources, rates or DATA / "fx_rates.csv", reviews) if p and p.exists()]
    inputs += list(Path(__file__).resolve().parent.glob("*.py"))
    if articles.is_dir() and articles.stat().st_mtime > built:
        return f"{articles} changed"
    for p in inputs:
        if p.stat().st_mtime > built:
            return f"{p} is newer"
    return None


def _claims_json(text: str, published: date | None, rates: FxRates, figures_only: bool) -> list[dict]:
    out = []
    for c in extract_claims(text, published=published, rates=rates, figures_only=figures_only):
        d = c.as_dict()
        out.append({k: d[k] for k in JSONL_FIELDS})
    return out


class JsonlSkip(Exception):
    """Why one line of `extract --jsonl` input is skipped."""


def _jsonl_line(raw: bytes, line_no: int) -> dict | None:
    """One input line as {"id", "text"}, None for a blank line; JsonlSkip says what is wrong.
    Each line is decoded on its own, so bad bytes on one line cost that line only."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise JsonlSkip(f"not UTF-8: byte 0x{raw[err.start]:02x} at column {err.start + 1}") from None
    line = line.removeprefix("\ufeff").strip()  # a byte-order mark on a line is not data
    if not line:
        return None
    try:
        item = json.loads(line)
    except RecursionError:
        raise JsonlSkip("nested too deeply to read") from None
    except ValueError as err:
        raise JsonlSkip(f"not JSON: {err}") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise JsonlSkip("not an object with a string 'text'")
    surrogate = next((ch for ch in item["text"] if "\ud800" <= ch <= "\udfff"), None)
    if surrogate is not None:  # a lone half of a UTF-16 pair: no text, and no UTF-8 to write it in
        raise JsonlSkip(f"'text' holds a lone surrogate U+{ord(surrogate):04X}")
    if not isinstance(item.get("id"), (str, int, float, type(None))):
        raise JsonlSkip("'id' is not a string or number")
    return item


def _extract(args) -> int:
    rates = FxRates.load()
    figures_only = args.figures_only
    if args.jsonl:
        for line_no, raw in enumerate(sys.stdin.buffer, start=1):
            try:
                record = _jsonl_line(raw, line_no)
                if record is None:
                    continue
                claims = _claims_json(record["text"], args.published, rates, figures_only)
                sys.stdout.write(json.dumps({"id": record.get("id"), "claims": claims}, ensure_ascii=False) + "\n")
            except JsonlSkip as why:
                print(f"stdin line {line_no}: skipped ({why})", file=sys.stderr)
            except Exception as err:  # one line's failure must not lose the stream
                print(f"stdin line {line_no}: skipped (extraction failed: {type(err).__name__}: {err})",
                      file=sys.stderr)
        sys.stdout.flush()
        return 0
    return _print_json(args.files, lambda text: _claims_json(text, args.published, rates, figures_only))


def _impacts(args) -> int:
    return _print_json(args.files, lambda text: [i.as_json() for i in extract_impacts(text, args.published)])


def _print_json(files: list[Path], of_text) -> int:
    """`of_text` of stdin, or of each file (by path; unreadable files named on stderr), as JSON."""
    if not files:
        print(json.dumps(of_text(sys.stdin.read()), ensure_ascii=False, indent=2))
        return 0
    from .read import ArticleError, read_article
    result, status = {}, 0
    for path in files:
        try:
            raw = read_article(path, path.parent)
        except ArticleError as err:
            print(f"skipped {path}: {err}", file=sys.stderr)
            status = 1
            continue
        result[str(path)] = of_text(raw.text)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return status


if __name__ == "__main__":
    sys.exit(main())
