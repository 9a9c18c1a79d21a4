"""Fetch articles from the web into the articles folder: single URLs, lists, feeds, sitemaps.

Downloading, feed and sitemap discovery are trafilatura's (encodings, redirects, size caps,
its SSRF guard); this module decides what to keep. Each page is saved as the HTML that was
downloaded, under `web/<host>/` in the articles folder (so the build reads it like any saved
page), and its row in the manifest is added or updated from the page's metadata: title,
author, date, site name as publisher, canonical URL. Every URL ends as one outcome — saved,
updated, duplicate or failed with its reason — and none stops the others.
"""
from __future__ import annotations

import csv
import hashlib
import io
import ipaddress
import logging
import re
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .files import atomic_write
from .metadata import is_http_url
from .progress import say
from .read import html_main_text

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_MB = 5.0
DEFAULT_DELAY = 1.0  # seconds between two requests to one host
DEFAULT_MAX_PAGES = 100  # links taken from one feed or sitemap
MANIFEST_COLUMNS = ("file", "title", "publisher", "author", "published", "url")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# main text shorter than this is a menu, a cookie wall or an index page, not an article
MIN_MAIN_TEXT = 200


@dataclass
class FetchReport:
    saved: list[tuple[str, str]] = field(default_factory=list)     # (url, file)
    updated: list[tuple[str, str]] = field(default_factory=list)   # (url, file)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (url, why)
    failed: list[tuple[str, str]] = field(default_factory=list)    # (url, why)

    def summary(self) -> str:
        failed = f"{len(self.failed)} failed"
        if self.failed:
            reasons: dict[str, int] = {}
            for _, why in self.failed:
                key = why.split(" (")[0].split(":")[0]
                reasons[key] = reasons.get(key, 0) + 1
            failed += " (" + ", ".join(f"{n} {why}" for why, n in sorted(reasons.items())) + ")"
        total = len(self.saved) + len(self.updated) + len(self.duplicates) + len(self.failed)
        return (f"fetched {total} URLs: {len(self.saved)} new, {len(self.updated)} updated, "
                f"{len(self.duplicates)} duplicates skipped, {failed}")


class _Captured(logging.Handler):
    """trafilatura says why a download failed only in its log: keep the last message."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.last: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            self.last = record.getMessage()


def _config(timeout: float, max_mb: float, allow_private: bool):
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(max(1, round(timeout))))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(int(max_mb * 1_000_000)))
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if allow_private else "on")
    config.set("DEFAULT", "SLEEP_TIME", "0")
    return config


def private_host(url: str) -> str | None:
    """The address a URL's host resolves to when it is loopback, private, link-local or
    otherwise not public; None when every address is public."""
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return None  # unresolvable: the download says so
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            return str(address)
    return None


def check_url(url: str) -> str | None:
    """Why a URL is refused before any request (None: fine)."""
    return None if is_http_url(url) else "not an http(s) URL"


def expand(feeds: list[str], sitemaps: list[str], config, max_pages: int, report: FetchReport, log) -> list[str]:
    """The article links of feeds and sitemaps, at most `max_pages` from each."""
    from trafilatura.feeds import find_feed_urls
    from trafilatura.sitemaps import sitemap_search

    found: list[str] = []
    for kind, sources, finder in (("feed", feeds, lambda u: find_feed_urls(u, sleep_time=0, config=config)),
                                  ("sitemap", sitemaps, lambda u: sitemap_search(u, sleep_time=0, config=config))):
        for source in sources:
            why = check_url(source)
            if why:
                report.failed.append((source, why))
                continue
            links = finder(source)[:max_pages]
            if not links:
                report.failed.append((source, f"no article links found in the {kind}"))
            say(log, f"{kind} {source}: {len(links)} links")
            found.extend(links)
    return found


def fetch(urls: list[str], articles_dir: Path, sources: Path, *, feeds: list[str] = (), sitemaps: list[str] = (),
          timeout: float = DEFAULT_TIMEOUT, max_mb: float = DEFAULT_MAX_MB, delay: float = DEFAULT_DELAY,
          max_pages: int = DEFAULT_MAX_PAGES, allow_private: bool = False, lake: Path | None = None,
          log=None) -> FetchReport:
    """Download every URL (and every link of the feeds and sitemaps) into `articles_dir`,
    recording each in the manifest `sources`. `lake`: the build's lake, whose text hashes of
    the pages saved before spare reading each of them again."""
    from trafilatura.downloads import fetch_response

    report = FetchReport()
    config = _config(timeout, max_mb, allow_private)
    captured = _Captured()
    traf_log = logging.getLogger("trafilatura")
    traf_log.addHandler(captured)
    try:
        todo = [u.strip() for u in [*urls, *expand(list(feeds), list(sitemaps), config, max_pages, report, log)]]
        manifest = _Manifest(sources)
        known_texts = _texts_of(articles_dir, lake)
        last_request: dict[str, float] = {}
        seen: set[str] = set()
        for n, url in enumerate(todo, start=1):
            if url in seen:
                report.duplicates.append((url, "listed more than once"))
                say(log, f"[{n}/{len(todo)}] duplicate {url}: listed more than once")
                continue
            seen.add(url)
            why = check_url(url)
            if not why and not allow_private:
                address = private_host(url)
                if address:
                    why = f"refused: the host resolves to a private or loopback address ({address}); --allow-private fetches it"
            if why:
                report.failed.append((url, why))
                say(log, f"[{n}/{len(todo)}] failed {url}: {why}")
                continue
            host = urlsplit(url).hostname or ""
            wait = last_request.get(host, -1e9) + delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            last_request[host] = time.monotonic()
            captured.last = None
            response, late = _within(PAGE_DEADLINE_FACTOR * timeout, fetch_response, url, config=config)
            if late:
                report.failed.append((url, "time-out"))
                outcome = f"failed {url}: time-out (no whole page within {PAGE_DEADLINE_FACTOR * timeout:g} s)"
            else:
                outcome = _keep(url, response, captured.last, articles_dir, manifest, known_texts, report)
            say(log, f"[{n}/{len(todo)}] {outcome}")
        manifest.save()
    finally:
        traf_log.removeHandler(captured)
    return report


def _keep(url, response, logged, articles_dir: Path, manifest: _Manifest, known_texts: dict[str, str],
          report: FetchReport) -> str:
    """Save one response, or say why not; returns the line for the log."""
    if response is None:
        why = _reason(logged)
        report.failed.append((url, why))
        return f"failed {url}: {why}"
    if response.status != 200:
        why = f"HTTP {response.status}"
        report.failed.append((url, why))
        return f"failed {url}: {why}"
    content_type = (response.headers or {}).get("content-type", "").split(";")[0].strip().lower()
    if content_type and content_type not in HTML_TYPES:
        why = f"not HTML ({content_type})"
        report.failed.append((url, why))
        return f"failed {url}: {why}"
    data: bytes = response.data or b""
    html = data.decode("utf-8", errors="replace")
    text, meta = html_main_text(html)
    if len(text.strip()) < MIN_MAIN_TEXT:
        why = f"no main text in the page ({len(text.strip())} characters)"
        report.failed.append((url, why))
        return f"failed {url}: {why}"
    text_sha = hashlib.sha256(text.encode()).hexdigest()
    final_url = meta.get("url") if is_http_url(meta.get("url")) else response.url
    rel = manifest.file_for(final_url) or manifest.file_for(url) or _file_name(final_url)
    if text_sha in known_texts and known_texts[text_sha] != rel:
        why = f"same text as {known_texts[text_sha]}"
        report.duplicates.append((url, why))
        return f"duplicate {url}: {why}"
    path = articles_dir / rel
    if path.exists() and path.read_bytes() == data:
        report.duplicates.append((url, f"same URL, same text ({rel})"))
        return f"duplicate {url}: already saved as {rel}"
    updated = path.exists()
    atomic_write(path, data)
    known_texts[text_sha] = rel
    manifest.set(rel, {"title": meta.get("title"), "publisher": meta.get("sitename") or urlsplit(final_url).hostname,
                       "author": meta.get("author"), "published": (meta.get("date") or "")[:10] or None,
                       "url": final_url})
    (report.updated if updated else report.saved).append((url, rel))
    return f"{'updated' if updated else 'saved'} {url} as {rel}"


# The time-out bounds each read, so a server that sends a byte now and then would hold a page
# for as long as it likes: the whole page gets this many time-outs, then the fetch moves on.
PAGE_DEADLINE_FACTOR = 3


def _within(seconds: float, fn, *args, **kwargs):
    """(fn(*args, **kwargs), False), or (None, True) when it takes longer than `seconds`: the
    call is left to finish on a daemon thread (its socket times out on its own), the fetch goes on."""
    import threading
    result: list = []
    worker = threading.Thread(target=lambda: result.append(fn(*args, **kwargs)), daemon=True)
    worker.start()
    worker.join(seconds)
    return (result[0] if result else None), worker.is_alive()


def _reason(logged: str | None) -> str:
    """A short reason from trafilatura's last log message."""
    message = logged or "download failed"
    low = message.lower()
    if "exceeds max_file_size" in low or "too large" in low:
        return "over the size limit"
    if "timeout" in low or "timed out" in low or "incompleteread" in low:
        return "time-out"
    if "ssrf" in low or "non-public address" in low:
        return "refused: a redirect led to a private or loopback address"
    if "redirect" in low:
        return "too many redirects"
    return f"download failed ({message[-160:]})"


def _file_name(url: str) -> str:
    """web/<host>/<slug>-<hash>.html: readable, unique per URL, nothing outside the folder."""
    parts = urlsplit(url)
    host = re.sub(r"[^a-z0-9.-]", "-", (parts.hostname or "unknown").lower()).strip(".-") or "unknown"
    slug = re.sub(r"[^a-z0-9]+", "-", parts.path.lower()).strip("-")[-60:] or "index"
    return f"web/{host}/{slug}-{hashlib.sha1(url.encode()).hexdigest()[:8]}.html"


def _texts_of(articles_dir: Path, lake: Path | None) -> dict[str, str]:
    """Main-text hashes of the pages already saved (web/), to spot a page under a new URL.
    A page the last build read unchanged (same bytes) takes its hash from the lake; only new
    or changed pages are read here."""
    from .lake import latest_text_hashes
    from .read import ArticleError, read_article

    folder = articles_dir / "web"
    if not folder.is_dir():
        return {}
    built = latest_text_hashes(lake) if lake is not None else {}
    out: dict[str, str] = {}
    for path in sorted(folder.rglob("*.html")):
        rel = path.relative_to(articles_dir).as_posix()
        known = built.get(rel)
        if known and known[0] == hashlib.sha256(path.read_bytes()).hexdigest():
            out.setdefault(known[1], rel)
            continue
        try:
            raw = read_article(path, articles_dir)
        except ArticleError:
            continue
        out.setdefault(hashlib.sha256(raw.text.encode()).hexdigest(), raw.source_file)
    return out


class _Manifest:
    """data/sources.csv, read once and written back whole (atomically), other columns kept."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.columns = list(MANIFEST_COLUMNS)
        self.rows: list[dict] = []
        if path.exists():
            reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")))
            self.columns = list(dict.fromkeys([*(reader.fieldnames or []), *MANIFEST_COLUMNS]))
            self.rows = [dict(r) for r in reader]
        self.changed = False

    def file_for(self, url: str | None) -> str | None:
        for row in self.rows:
            if url and row.get("url") == url and row.get("file"):
                return row["file"]
        return None

    def set(self, file: str, values: dict) -> None:
        row = next((r for r in self.rows if r.get("file") == file), None)
        if row is None:
            row = {"file": file}
            self.rows.append(row)
        row.update({k: v for k, v in values.items() if v})
        self.changed = True

    def save(self) -> None:
        if not self.changed:
            return
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=self.columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows)
        atomic_write(self.path, out.getvalue().encode("utf-8"))

