"""`python -m etl fetch` against pages this test serves on 127.0.0.1: each outcome named,
the good pages saved with their metadata and built into claims."""
from __future__ import annotations

import contextlib
import functools
import gzip
import io
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest

from etl.fetch import fetch

from .conftest import ROOT


def page(title: str, body: str, *, author: str = "Dana Reyes", date: str = "2024-03-05",
         site: str = "Studio Ledger", canonical: str | None = None) -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return f"""<!doctype html><html><head><title>{title}</title>
<meta name="author" content="{author}"><meta property="article:published_time" content="{date}">
<meta property="og:site_name" content="{site}">{link}</head>
<body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<article><h1>{title}</h1>{paragraphs}</article><footer>Copyright Studio Ledger</footer></body></html>""".encode()


ARTICLE = page("Effects houses brace for AI", "A survey of 1,200 visual effects artists found 41 percent "
               "expect fewer jobs by 2027.\nThe studio said it would spend $35 million on new tools this year, "
               "and that its animation unit had cut 300 positions since January.\n" + "Background. " * 30)
SECOND = page("Box office climbs", "The festival box office reached 8.2 billion yuan, a record for the week.\n"
              "Analysts at Maoyan said attendance rose 12 percent from a year earlier.\n" + "Context. " * 30)
FEED_A = page("Union vote", "Members approved the contract with 78 percent of the vote.\n" + "More. " * 40)
SITE_A = page("Streaming costs", "Production budgets fell by 15 percent in 2023, the report said.\n" + "Detail. " * 40)


class Site(BaseHTTPRequestHandler):
    base = ""

    def log_message(self, *args) -> None:  # quiet test output
        pass

    def do_HEAD(self) -> None:  # trafilatura checks that a site is up before reading its sitemap
        self.send_response(200 if self.path == "/" else 404)
        self.send_header("Content-Type", "text/html")
        self.end_headers()

    def do_GET(self) -> None:
        routes = {
            "/": (200, "text/html", page("Studio Ledger", "Latest stories from the studio beat. " * 10)),
            "/article.html": (200, "text/html; charset=utf-8", ARTICLE),
            "/copy.html": (200, "text/html", ARTICLE),
            "/second.html": (200, "text/html", SECOND),
            "/feed-a.html": (200, "text/html", FEED_A),
            "/site-a.html": (200, "text/html", SITE_A),
            "/doc.pdf": (200, "application/pdf", b"%PDF-1.4 " + b"0" * 500),
            "/empty.html": (200, "text/html", b"<html><body><nav>menu</nav></body></html>"),
            "/big.html": (200, "text/html", page("Big", "Filler text. " * 200_000)),
            "/feed.xml": (200, "application/rss+xml", f"""<?xml version="1.0"?><rss version="2.0"><channel>
                <title>Ledger</title><link>{self.base}/</link><description>news</description>
                <item><title>Union vote</title><link>{self.base}/feed-a.html</link></item>
                </channel></rss>""".encode()),
            "/sitemap.xml": (200, "application/xml", f"""<?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>{self.base}/site-a.html</loc></url></urlset>""".encode()),
        }
        if self.path in ATTACKS:
            ATTACKS[self.path](self)
            return
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/second.html")
            self.end_headers()
            return
        if self.path == "/slow.html":
            time.sleep(3)
        status, kind, body = routes.get(self.path, (404, "text/html", b"<html><body>Not found</body></html>"))
        if self.path == "/slow.html":
            status, kind, body = 200, "text/html", ARTICLE
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@functools.cache
def _gzip_bomb_body() -> bytes:
    """About 1 MB on the wire, 1 GB once decompressed. Made once, when the site starts:
    compressing a gigabyte takes seconds, which the page's own time-out must not count."""
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as z:
        chunk = b"<p>" + b"A" * (1 << 20)
        for _ in range(1024):
            z.write(chunk)
    return buf.getvalue()


def _gzip_bomb(handler) -> None:
    body = _gzip_bomb_body()
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Encoding", "gzip")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _endless(handler) -> None:
    """A page that never ends: no length, bytes for as long as anyone reads (at most 60 s)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    deadline = time.monotonic() + 60
    try:
        handler.wfile.write(b"<html><body>")
        while time.monotonic() < deadline:
            handler.wfile.write(b"<p>More jobs were cut by 5 percent.</p>" * 1000)
    except OSError:
        pass  # the reader hung up: what it should do


def _loop(handler) -> None:
    handler.send_response(302)
    handler.send_header("Location", "/loop-b" if handler.path == "/loop-a" else "/loop-a")
    handler.end_headers()


def _trickle(handler) -> None:
    """Headers at once, then a byte a second for a minute: every read is within the time-out,
    the page never is."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    try:
        for _ in range(60):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(1)
    except OSError:
        pass


def _html(body: bytes):
    def send(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        try:
            handler.wfile.write(body)
        except OSError:
            pass  # a reader that stopped at its cap
    return send


TAGS = (b"<html><body><article><h1>Tags</h1><p>The studio cut 40 jobs, a survey of 300 producers found.</p>"
        + b"<div><span>x</span></div>" * 100_000 + b"</article></body></html>")
SCRIPT = (b"<html><head><script>" + b"var a = 1;" * 500_000 + b"</script></head><body><article><h1>Script</h1>"
          b"<p>Ticket sales rose 12 percent, the cinema chain said in its annual report on Monday.</p>"
          b"<p>" + b"Its analysts expect a further rise next year across the country. " * 10 + b"</p></article></body></html>")
def _to_private(handler) -> None:
    handler.send_response(302)
    handler.send_header("Location", "http://127.0.0.3/second.html")
    handler.end_headers()


ATTACKS = {"/js-canonical.html": _html(page("Canonical trick", "The union said 62 percent of members voted yes.\n"
                                           + "More. " * 40, canonical="javascript:alert(1)")),
           "/to-private": _to_private, "/bomb.html": _gzip_bomb, "/endless.html": _endless, "/loop-a": _loop, "/loop-b": _loop,
           "/trickle.html": _trickle, "/tags.html": _html(TAGS), "/script.html": _html(SCRIPT)}


@contextlib.contextmanager
def serve_site():
    """The pages above on http://127.0.0.2: trafilatura's feed and sitemap readers (through
    courlan) take no URL with a port, so the site has port 80 of a loopback address of its
    own (tests run as root here)."""
    try:
        server = ThreadingHTTPServer(("127.0.0.2", 80), Site)
    except OSError as err:
        pytest.skip(f"cannot serve on 127.0.0.2:80 ({err})")
    Site.base = "http://127.0.0.2"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site.base
    finally:
        server.shutdown()
        server.server_close()


def run_fetch(tmp_path, *args: str, limit: float = 120) -> subprocess.CompletedProcess:
    """`python -m etl fetch ARGS` into tmp_path's articles, manifest and database, private hosts
    allowed (the test site is on loopback), no delay, one worker; it must succeed."""
    run = subprocess.run(
        [sys.executable, "-m", "etl", "fetch", *args, "--articles", str(tmp_path / "articles"),
         "--sources", str(tmp_path / "sources.csv"), "--db", str(tmp_path / "claims.duckdb"), "--allow-private",
         "--delay", "0", "--workers", "1"], cwd=ROOT, capture_output=True, text=True, timeout=limit)
    assert run.returncode == 0, run.stderr
    return run


@pytest.fixture(scope="module")
def site():
    _gzip_bomb_body()  # made before any page is timed
    with serve_site() as base:
        yield base


def test_every_outcome_is_named_and_the_good_pages_are_built(site, tmp_path, monkeypatch):
    articles, sources, db = tmp_path / "articles", tmp_path / "sources.csv", tmp_path / "claims.duckdb"
    articles.mkdir()
    urls = [f"{site}/article.html", f"{site}/moved", f"{site}/missing", f"{site}/slow.html", f"{site}/big.html",
            f"{site}/doc.pdf", f"{site}/empty.html", f"{site}/copy.html", f"{site}/article.html",
            "ftp://example.org/x", "javascript:alert(1)"]
    listed = tmp_path / "urls.txt"
    listed.write_text("# a colleague's list\n" + "\n".join(urls) + "\n", encoding="utf-8")
    run = run_fetch(tmp_path, "--list", str(listed), "--feed", f"{site}/feed.xml", "--sitemap", f"{site}/sitemap.xml",
                    "--timeout", "1", "--max-mb", "1")
    err = run.stderr
    assert f"failed {site}/missing: HTTP 404" in err
    assert f"failed {site}/slow.html: time-out" in err
    assert f"failed {site}/big.html: over the size limit" in err
    assert f"failed {site}/doc.pdf: not HTML (application/pdf)" in err
    assert f"failed {site}/empty.html: no main text in the page (4 characters)" in err
    assert "failed ftp://example.org/x: not an http(s) URL" in err
    assert "failed javascript:alert(1): not an http(s) URL" in err
    assert f"duplicate {site}/copy.html: same text as web/127.0.0.2/article-html-" in err
    assert f"duplicate {site}/article.html: listed more than once" in err
    summary = run.stdout.splitlines()[0]
    assert summary == ("fetched 13 URLs: 4 new, 0 updated, 2 duplicates skipped, 7 failed (1 HTTP 404, "
                       "1 no main text in the page, 1 not HTML, 2 not an http(s) URL, 1 over the size limit, "
                       "1 time-out)")
    # the manifest has the pages' own metadata; the redirect is recorded under where it led
    rows = sources.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "file,title,publisher,author,published,url"
    article_row = next(r for r in rows if r.endswith(f"{site}/article.html"))
    assert ",Effects houses brace for AI,Studio Ledger,Dana Reyes,2024-03-05," in article_row
    assert any(r.endswith(f"{site}/second.html") for r in rows)
    # and the build that followed has their figures, linked to their URLs
    con = duckdb.connect(str(db), read_only=True)
    figures = {s for (s,) in con.execute("SELECT surface FROM claims").fetchall()}
    assert {"41 percent", "$35 million", "8.2 billion yuan", "78 percent", "15 percent"} <= figures
    urls_built = {u for (u,) in con.execute("SELECT url FROM articles").fetchall()}
    assert f"{site}/article.html" in urls_built and f"{site}/feed-a.html" in urls_built
    con.close()
    # the next fetch takes the saved pages' text hashes from the build's lake: it reads none of them again
    import etl.read

    def no_reading(path, *args, **kwargs):
        raise AssertionError(f"{path} read again")
    monkeypatch.setattr(etl.read, "read_article", no_reading)
    again = fetch([f"{site}/copy.html"], articles, sources, delay=0, allow_private=True, lake=tmp_path / "lake")
    assert [why for _, why in again.duplicates] == [f"same text as {article_row.split(',')[0]}"]


def test_private_hosts_are_refused_unless_allowed(site, tmp_path):
    articles, sources = tmp_path / "articles", tmp_path / "sources.csv"
    articles.mkdir()
    report = fetch([f"{site}/article.html"], articles, sources, delay=0)
    assert report.failed == [(f"{site}/article.html", "refused: the host resolves to a private or loopback "
                              "address (127.0.0.2); --allow-private fetches it")]
    assert not any(articles.rglob("*.html")) and not sources.exists()


def test_a_page_fetched_again_is_a_duplicate_and_a_changed_page_is_updated(site, tmp_path, monkeypatch):
    articles, sources = tmp_path / "articles", tmp_path / "sources.csv"
    articles.mkdir()
    first = fetch([f"{site}/second.html"], articles, sources, delay=0, allow_private=True)
    assert [u for u, _ in first.saved] == [f"{site}/second.html"]
    again = fetch([f"{site}/second.html"], articles, sources, delay=0, allow_private=True)
    assert again.saved == [] and len(again.duplicates) == 1
    monkeypatch.setattr(sys.modules[__name__], "SECOND", page("Box office climbs", "Now 9.1 billion yuan. " * 20))
    changed = fetch([f"{site}/second.html"], articles, sources, delay=0, allow_private=True)
    assert [u for u, _ in changed.updated] == [f"{site}/second.html"]
    assert len(sources.read_text(encoding="utf-8").splitlines()) == 2  # one row, updated in place


def test_fetching_under_attack_ends_each_page_in_a_named_outcome_in_bounded_time(site, tmp_path):
    """A gzip bomb, a page that never ends, a redirect loop, a server that trickles, 100,000 tags
    and a 5 MB script: each ends in a named outcome within its limits, and the good page of the
    batch is built."""
    (tmp_path / "articles").mkdir()
    db = tmp_path / "claims.duckdb"
    urls = [f"{site}/{name}" for name in ("bomb.html", "endless.html", "loop-a", "trickle.html", "tags.html",
                                          "script.html", "article.html")]
    started = time.monotonic()
    run = run_fetch(tmp_path, *urls, "--timeout", "3", "--max-mb", "8", limit=180)
    elapsed = time.monotonic() - started
    err = run.stderr
    assert f"failed {site}/bomb.html: over the size limit" in err
    assert f"failed {site}/endless.html: over the size limit" in err
    assert f"failed {site}/loop-a: too many redirects" in err
    assert f"failed {site}/trickle.html: time-out (no whole page within 9 s)" in err
    for name in ("tags.html", "script.html", "article.html"):  # big but under the cap: read, kept, built
        assert f"saved {site}/{name} as " in err, (name, err[-2000:])
    assert elapsed < 120
    con = duckdb.connect(str(db), read_only=True)
    figures = {s for (s,) in con.execute("SELECT surface FROM claims").fetchall()}
    assert {"41 percent", "12 percent", "40 jobs"} <= figures


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(site, tmp_path, monkeypatch):
    """127.0.0.2 stands in for a public site (both checks are told so); it redirects to
    127.0.0.3, a loopback address that answers. The redirect's hop is vetted again and refused."""
    import trafilatura.downloads

    import etl.fetch
    try:
        private = ThreadingHTTPServer(("127.0.0.3", 80), Site)
    except OSError as err:
        pytest.skip(f"cannot serve on 127.0.0.3:80 ({err})")
    threading.Thread(target=private.serve_forever, daemon=True).start()
    vet = trafilatura.downloads._vet_peer
    monkeypatch.setattr(trafilatura.downloads, "_vet_peer", lambda host: None if host == "127.0.0.2" else vet(host))
    monkeypatch.setattr(etl.fetch, "private_host", lambda url: None if "127.0.0.2" in url else "127.0.0.3")
    try:
        report = fetch([f"{site}/to-private", f"{site}/article.html"], tmp_path / "articles", tmp_path / "sources.csv",
                       delay=0, allow_private=False)
    finally:
        private.shutdown()
        private.server_close()
    assert report.failed == [(f"{site}/to-private", "refused: a redirect led to a private or loopback address")]
    assert [url for url, _ in report.saved] == [f"{site}/article.html"]


def test_a_javascript_canonical_url_in_a_fetched_page_is_not_its_link(site, tmp_path):
    report = fetch([f"{site}/js-canonical.html"], tmp_path / "articles", tmp_path / "sources.csv", delay=0,
                   allow_private=True)
    assert [url for url, _ in report.saved] == [f"{site}/js-canonical.html"]
    rows = (tmp_path / "sources.csv").read_text(encoding="utf-8")
    assert "javascript:" not in rows and rows.rstrip().endswith(f"{site}/js-canonical.html")
