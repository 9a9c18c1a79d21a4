"""The build: tables of the schema from the seed articles, bad input, atomic swaps."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date

import duckdb
import pytest

from etl import build as build_module
from etl.build import build
from tests.conftest import ROOT, SEED_ARTICLES, SHARED

SCHEMA_ARTICLES = {"article_id": "VARCHAR", "source_file": "VARCHAR", "title": "VARCHAR",
                   "publisher": "VARCHAR", "author": "VARCHAR", "published": "DATE",
                   "url": "VARCHAR", "text": "VARCHAR", "sha256": "VARCHAR"}
SCHEMA_CLAIMS = {"claim_id": "VARCHAR", "article_id": "VARCHAR", "source_file": "VARCHAR",
                 "char_start": "INTEGER", "char_end": "INTEGER", "sentence": "VARCHAR",
                 "value": "DOUBLE", "value_high": "DOUBLE", "unit": "VARCHAR",
                 "qualifier": "VARCHAR", "claim_type": "VARCHAR", "is_forecast": "BOOLEAN",
                 "horizon_year": "INTEGER", "subject": "VARCHAR", "value_usd": "DOUBLE"}


def columns(con, table):
    return {name: kind for name, kind, *_ in con.execute(f"DESCRIBE {table}").fetchall()}


def test_seed_build_has_the_schema_tables_and_columns(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    for table, schema in (("articles", SCHEMA_ARTICLES), ("claims", SCHEMA_CLAIMS)):
        have = columns(con, table)
        assert {c: have.get(c) for c in schema} == schema


def test_seed_build_offsets_and_metadata(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    rows = con.execute("""SELECT a.text, c.char_start, c.char_end, c.surface, c.sentence
                          FROM claims c JOIN articles a USING (article_id)""").fetchall()
    assert len(rows) >= 40
    for text, start, end, surface, sentence in rows:
        assert text[start:end] == surface
        assert surface in sentence and sentence in text
    meta = dict(con.execute("""SELECT source_file, publisher || '|' || published || '|' ||
                               coalesce(published_precision, '') || '|' || coalesce(url, '')
                               FROM articles""").fetchall())
    assert meta["004_65745d5dc8e5db22.txt"] == (
        "Global Times|2024-02-21|day|https://www.globaltimes.cn/page/202402/1307457.shtml")
    assert meta["001_1003821db47bb39a.txt"] == "Value Planet|2024-02-01|month|"


def test_claim_ids_are_stable_across_rebuilds(seed_db, tmp_path):
    again = tmp_path / "again.duckdb"
    build(SEED_ARTICLES, SEED_ARTICLES.parent / "sources.csv", again, log=None)
    ids = [sorted(r[0] for r in duckdb.connect(str(db), read_only=True).execute(
        "SELECT claim_id FROM claims").fetchall()) for db in (seed_db, again)]
    assert ids[0] == ids[1] and len(set(ids[0])) == len(ids[0])


@pytest.mark.skipif(not (SHARED / "tools" / "score_claims.py").exists(), reason="../shared not present")
def test_seed_gold_scores_meet_the_acceptance_bar(seed_db):
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score_claims.py"), str(seed_db),
                          str(SHARED / "gold" / "seed_claims.csv")], capture_output=True, text=True, check=True).stdout
    scores = dict(re.findall(r"^(\w+): ([\d.]+)$", out, re.MULTILINE))
    assert float(scores["recall_required"]) >= 0.95
    assert float(scores["precision"]) >= 0.85
    assert float(scores["claim_type_acc"]) >= 0.85
    assert float(scores["forecast_acc"]) >= 0.85


def test_bad_input_matrix_each_named_with_its_problem_and_the_rest_built(articles_dir, tmp_path, capsys):
    """Every kind of bad file a scrape produces: each is named with its problem (skipped, or
    read with a warning), the rest is built, and the summary counts them."""
    (articles_dir / "good.txt").write_text("Shares of Adobe fell 7% on Friday.", encoding="utf-8")
    (articles_dir / "empty.txt").write_bytes(b"")
    (articles_dir / "blank.md").write_text("   \n\n", encoding="utf-8")
    (articles_dir / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (articles_dir / "latin1.txt").write_bytes("Le film a coûté 5 millions d'euros, selon Canal+.".encode("latin-1"))
    (articles_dir / "cp1252.txt").write_bytes("Ça coûte 40 € — a 12% rise.".encode("cp1252"))
    (articles_dir / "gbk.txt").write_bytes("春节档票房达到80.16亿元，创下新纪录。".encode("gbk"))
    (articles_dir / "gone.txt").symlink_to(tmp_path / "does-not-exist.txt")
    (articles_dir / "utf16.txt").write_bytes("Revenue rose 12% to $3 billion.".encode("utf-16"))
    (articles_dir / "same.txt").write_text("Shares of Adobe fell 7% on Friday.", encoding="utf-8")
    with open(articles_dir / "dump.txt", "wb") as f:  # 50 MB, sparse: refused before it is read
        f.truncate(50_000_000)
    (articles_dir / "page.html").write_text(
        "<html><head><title>Studio report</title><style>p { content: '99% off'; }</style>"
        "<script>var jobs = 123456; alert('x')</script></head><body><nav>Home | 7 links</nav>"
        "<article><h1>Studio report</h1><p>The studio cut 300 jobs after AI tools arrived, "
        "executives said on Monday, adding that the move saved about $20 million a year.</p>"
        "<p>Analysts expect further cuts across the industry over the next two years.</p></article>"
        "</body></html>", encoding="utf-8")
    manifest = tmp_path / "sources.csv"
    manifest.write_text("file,publisher,published\ngood.txt,Wire,2024-02-30\ngood.txt,Wire,2024-02-01\n"
                        "missing.txt,Wire,2024-01-01\n", encoding="utf-8")
    report = build(articles_dir, manifest, tmp_path / "claims.duckdb", log=sys.stderr)
    err = capsys.readouterr().err
    skipped = dict(report.skipped)
    assert set(skipped) == {"empty.txt", "blank.md", "binary.txt", "gone.txt", "gbk.txt", "same.txt", "dump.txt"}
    assert skipped["empty.txt"] == "empty file"
    assert skipped["binary.txt"].startswith("binary file")
    assert skipped["gone.txt"].startswith("unreadable")
    assert skipped["gbk.txt"].startswith("not UTF-8") and "save it as UTF-8" in skipped["gbk.txt"]
    assert skipped["same.txt"] == "duplicate (same text as good.txt)"
    assert skipped["dump.txt"].startswith("too large (50.0 MB") and "--max-mb" in skipped["dump.txt"]
    for name in skipped:
        assert f"skipped {articles_dir / name}: " in err
    warnings = "\n".join(report.warnings)
    for name in ("latin1.txt", "cp1252.txt"):
        assert f"{articles_dir / name}: not UTF-8" in warnings and f"warning: {articles_dir / name}" in err
    assert "2024-02-30" in warnings and "missing.txt" in warnings and "good.txt listed again" in warnings
    # the rest is built: good, Latin-1, Windows-1252, UTF-16 and the HTML page's main text
    assert report.articles == 5
    con = duckdb.connect(str(tmp_path / "claims.duckdb"), read_only=True)
    texts = dict(con.execute("SELECT source_file, text FROM articles").fetchall())
    assert "coûté" in texts["latin1.txt"] and "40 €" in texts["cp1252.txt"]
    assert "300 jobs" in texts["page.html"] and "alert" not in texts["page.html"] and "99%" not in texts["page.html"]
    surfaces = {r[0] for r in con.execute("SELECT surface FROM claims").fetchall()}
    assert {"7%", "12%", "$3 billion", "300 jobs", "about $20 million a year", "40 €"} <= surfaces
    summary = report.summary(tmp_path / "claims.duckdb")
    assert "7 files skipped (1 binary file, 1 duplicate, 2 empty file, 1 not UTF-8, 1 too large, " \
           "1 unreadable)" in summary
    assert f"{len(report.warnings)} warnings" in summary
    problems = con.execute("SELECT problems FROM runs").fetchone()[0]
    assert all(name in problems for name in skipped)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_reported(articles_dir, tmp_path):
    secret = articles_dir / "secret.txt"
    secret.write_text("It cost $5 million.", encoding="utf-8")
    secret.chmod(0)
    report = build(articles_dir, None, tmp_path / "claims.duckdb", log=None)
    assert dict(report.skipped)["secret.txt"] == "unreadable (permission denied)"


def test_duplicate_text_is_skipped_once(articles_dir, tmp_path):
    for name in ("a.txt", "b.txt"):
        (articles_dir / name).write_text("Sales rose 5% in May.", encoding="utf-8")
    report = build(articles_dir, None, tmp_path / "claims.duckdb", log=None)
    assert report.articles == 1 and report.skipped == [("b.txt", "duplicate (same text as a.txt)")]


def test_a_failed_build_leaves_the_previous_database_intact(seed_copy, tmp_path, monkeypatch):
    db = tmp_path / "claims.duckdb"
    build(seed_copy, tmp_path / "sources.csv", db, log=None)
    before = db.read_bytes()

    def explode(*args, **kwargs):
        raise RuntimeError("killed mid-build")
    monkeypatch.setattr(build_module, "assemble", explode)  # fails while writing the new database
    with pytest.raises(RuntimeError):
        build(seed_copy, tmp_path / "sources.csv", db, log=None)
    assert db.read_bytes() == before
    assert duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    # nothing left behind but the build lock (an empty file the next build locks again)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [".claims.duckdb.lock", "claims.duckdb",
                                                                          "sources.csv"]
    # and the lake still holds the generation the database was made from, and only that one
    assert [(g / "_SUCCESS").exists() for g in (tmp_path / "lake").iterdir()] == [True]


def test_manifest_problems_are_reported_and_articles_still_load(articles_dir, tmp_path):
    (articles_dir / "listed.txt").write_text("It grossed $10 million.", encoding="utf-8")
    (articles_dir / "unlisted.txt").write_text(
        "Sora AI story\nPublished: Feb 21, 2024 11:09 PM\nThe clip lasts 60 seconds.", encoding="utf-8")
    manifest = tmp_path / "sources.csv"
    manifest.write_text("file,publisher,published,extra\n"
                        "listed.txt,Wire,2024-13-45,x\n"
                        "listed.txt,Other,2024-01-01,y\n"
                        "missing.txt,Wire,2024-01-01,z\n", encoding="utf-8")
    report = build(articles_dir, manifest, tmp_path / "claims.duckdb", log=None)
    text = "\n".join(report.warnings)
    assert "published '2024-13-45' is not YYYY-MM-DD or YYYY-MM" in text
    assert "listed.txt listed again; first row kept" in text
    assert "lists missing.txt, which is not in" in text
    con = duckdb.connect(str(tmp_path / "claims.duckdb"), read_only=True)
    rows = dict(con.execute("SELECT source_file, publisher FROM articles").fetchall())
    assert rows == {"listed.txt": "Wire", "unlisted.txt": None}
    published = con.execute("SELECT published, title FROM articles WHERE source_file = 'unlisted.txt'").fetchone()
    assert published == (date(2024, 2, 21), "Sora AI story")


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "data:text/html,<script>x</script>",
                                 "file:///etc/passwd", "/relative/page", "https//missing-colon.example"])
def test_a_manifest_url_that_is_not_http_is_not_stored_as_a_link(articles_dir, tmp_path, url):
    (articles_dir / "a.txt").write_text("It grossed $10 million.", encoding="utf-8")
    (articles_dir / "b.txt").write_text("It cost $4 million.", encoding="utf-8")
    manifest = tmp_path / "sources.csv"
    manifest.write_text(f'file,url\na.txt,"{url}"\nb.txt,https://example.org/b\n', encoding="utf-8")
    report = build(articles_dir, manifest, tmp_path / "claims.duckdb", log=None)
    assert any("in the manifest is not an http(s) link; not stored as a link" in w and "a.txt" in w
               for w in report.warnings)
    con = duckdb.connect(str(tmp_path / "claims.duckdb"), read_only=True)
    assert dict(con.execute("SELECT source_file, url FROM articles").fetchall()) == {
        "a.txt": None, "b.txt": "https://example.org/b"}
    assert url in con.execute("SELECT problems FROM runs").fetchone()[0]  # kept as text in the problems


def test_manifest_without_file_column_is_ignored_with_a_message(articles_dir, tmp_path):
    (articles_dir / "a.txt").write_text("It grossed $10 million.", encoding="utf-8")
    manifest = tmp_path / "sources.csv"
    manifest.write_text("name,publisher\na.txt,Wire\n", encoding="utf-8")
    report = build(articles_dir, manifest, tmp_path / "claims.duckdb", log=None)
    assert report.articles == 1
    assert any("no 'file' column" in w for w in report.warnings)


def test_html_keeps_the_main_text_only(articles_dir, tmp_path):
    paragraph = ("<p>The studio said the film grossed $120 million in its first week, "
                 "well ahead of the forecasts made by analysts before the release.</p>")
    (articles_dir / "page.html").write_text(
        "<html><head><title>Box office</title><style>p{width:999px}</style>"
        "<script>var price = 777;</script></head><body><nav>Home | 24 links</nav>"
        f"<article><h1>Box office record</h1>{paragraph * 3}</article></body></html>", encoding="utf-8")
    build(articles_dir, None, tmp_path / "claims.duckdb", log=None)
    con = duckdb.connect(str(tmp_path / "claims.duckdb"), read_only=True)
    text, = con.execute("SELECT text FROM articles").fetchone()
    assert "$120 million" in text and "777" not in text and "width" not in text
    values = {r[0] for r in con.execute("SELECT value FROM claims").fetchall()}
    assert values == {120e6}


def test_markdown_is_read_as_its_words_emphasis_and_links_dropped(articles_dir, tmp_path):
    (articles_dir / "note.md").write_text(
        "# Prices tumble\n\n**LONDON** — Vidra cut the price of a second of video by **35%**, to $0.05, per "
        "[The Information](https://example.com/story).\n\n## Key numbers\n\n- **Employees:** about 90\n"
        "- **Users:** more than 2 million\n\n> Google lowered the price of [Veo 3](https://example.com/veo) by "
        "about a third.\n", encoding="utf-8")
    build(articles_dir, None, tmp_path / "claims.duckdb", log=None)
    con = duckdb.connect(str(tmp_path / "claims.duckdb"), read_only=True)
    text, = con.execute("SELECT text FROM articles").fetchone()
    assert "**" not in text and "](" not in text and "#" not in text
    assert "- Employees: about 90\n- Users: more than 2 million" in text
    rows = dict(con.execute("SELECT surface, direction FROM claims").fetchall())
    assert rows["35%"] == "down" and rows["about a third"] == "down"
    source, = con.execute("SELECT source FROM claims WHERE surface = '35%'").fetchone()
    assert source == "The Information"


def test_a_number_too_long_for_a_float_is_no_figure_and_its_article_builds(articles_dir, tmp_path):
    (articles_dir / "a.txt").write_text(f"The deficit reached ${'9' * 400} last year, and sales rose 5 percent.\n",
                                        encoding="utf-8")
    (articles_dir / "b.txt").write_text("Sales rose 5 percent in May, the company said.\n", encoding="utf-8")
    report = build(articles_dir, None, tmp_path / "claims.duckdb", log=None)
    assert report.skipped == [] and report.articles == 2
    con = duckdb.connect(str(tmp_path / "claims.duckdb"), read_only=True)
    assert con.execute("SELECT source_file, surface FROM claims ORDER BY source_file").fetchall() == [
        ("a.txt", "5 percent"), ("b.txt", "5 percent")]


def test_a_rates_file_with_a_typo_or_a_zero_skips_those_rows_and_builds(articles_dir, tmp_path):
    (articles_dir / "a.txt").write_text("The film cost 70 million yuan and 2 million euros in 2024.\n", encoding="utf-8")
    rates = tmp_path / "fx_rates.csv"
    rates.write_text("# test rates\ncurrency,year,units_per_usd\nCNY,2024,7.0\nEUR,2024,0\nGBP,2O24,0.8\n"
                     "JPY,2024,abc\n", encoding="utf-8")
    report = build(articles_dir, None, tmp_path / "claims.duckdb", rates_path=rates, log=None)
    assert report.skipped == [] and report.articles == 1
    problems = [w for w in report.warnings if "row skipped" in w]
    assert [p.split(": ")[0].rsplit(" ", 1)[-1] for p in problems] == ["4", "5", "6"]  # the three bad lines
    con = duckdb.connect(str(tmp_path / "claims.duckdb"), read_only=True)
    usd = dict(con.execute("SELECT unit, value_usd FROM claims").fetchall())
    assert usd["CNY"] == pytest.approx(10e6) and usd["EUR"] is None  # no rate: not converted, not divided by 0


def test_the_articles_folder_holds_articles_only(tmp_path):
    """Links out of the folder, a named pipe and a device are refused by name; the rest is
    built, and the build does not hang on the pipe (it runs in a process with a time limit)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("The studio cut 40 jobs in May.", encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text("Password 1234 is 99% secret.", encoding="utf-8")
    (folder / "secret.txt").symlink_to(outside)
    (folder / "hostname.txt").symlink_to("/etc/hostname")
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    inside = folder / "sub"
    inside.mkdir()
    (inside / "real.txt").write_text("Sales rose 5% in June.", encoding="utf-8")
    (folder / "alias.txt").symlink_to(inside / "real.txt")  # a link that stays inside is an article
    db = tmp_path / "claims.duckdb"
    done = subprocess.run([sys.executable, "-m", "etl", "build", "--articles", str(folder), "--sources",
                           str(tmp_path / "none.csv"), "--db", str(db), "--workers", "1"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    for name in ("secret.txt", "hostname.txt", "zero.txt"):
        assert f"skipped {folder / name}: a link to a file outside the articles folder" in done.stderr
    assert f"skipped {folder / 'pipe.txt'}: not a regular file (a named pipe)" in done.stderr
    con = duckdb.connect(str(db), read_only=True)
    files = {r[0] for r in con.execute("SELECT source_file FROM articles").fetchall()}
    assert files == {"good.txt", "alias.txt"}  # sub/real.txt has alias.txt's text: the first listed is kept
    assert not con.execute("SELECT count(*) FROM articles WHERE text LIKE '%secret%'").fetchone()[0]


def test_a_file_that_reports_no_size_is_read_only_up_to_the_limit(tmp_path):
    from etl.read import ArticleError, read_bytes_inside
    folder = tmp_path / "articles"
    folder.mkdir()
    big = folder / "big.txt"
    big.write_bytes(b"x" * 3_000_001)
    with pytest.raises(ArticleError, match="too large"):
        read_bytes_inside(big, folder, max_mb=3)
    assert len(read_bytes_inside(big, folder, max_mb=4)) == 3_000_001


def test_files_that_differ_only_in_their_ending_are_two_articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "x.txt").write_text("The studio cut 40 jobs in May.", encoding="utf-8")
    (folder / "x.md").write_text("Box office rose 12% to $3 million.", encoding="utf-8")
    db = tmp_path / "claims.duckdb"
    build(folder, None, db, log=None)
    con = duckdb.connect(str(db), read_only=True)
    ids = dict(con.execute("SELECT source_file, article_id FROM articles").fetchall())
    assert ids == {"x.txt": "x", "x.md": "x.md"}
    # every figure is highlighted at its own article's offsets
    rows = con.execute("SELECT a.text, c.char_start, c.char_end, c.surface FROM claims c "
                       "JOIN articles a USING (article_id)").fetchall()
    assert rows and all(text[start:end] == surface for text, start, end, surface in rows)


def test_an_unreadable_folder_does_not_replace_a_built_database(tmp_path):
    from etl.build import EmptyBuild
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("The studio cut 40 jobs in May.", encoding="utf-8")
    db = tmp_path / "claims.duckdb"
    build(folder, None, db, log=None)
    before = db.read_bytes()
    (folder / "a.txt").write_bytes(b"\x00\x01binary")  # now nothing can be read
    with pytest.raises(EmptyBuild, match="keeps its 1 articles"):
        build(folder, None, db, log=None)
    assert db.read_bytes() == before
    done = subprocess.run([sys.executable, "-m", "etl", "build", "--articles", str(folder), "--db", str(db),
                           "--sources", str(tmp_path / "none.csv"), "--workers", "1"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 5 and "--allow-empty" in done.stderr and db.read_bytes() == before
    report = build(folder, None, db, log=None, allow_empty=True)
    assert report.articles == 0


def test_the_listing_leaves_out_hidden_files_and_linked_folders_and_keeps_a_stable_order(tmp_path):
    """Articles are listed in the order of their path's parts ("a/b.txt" before "a-c.txt",
    as in the folder tree); hidden files and folders and other suffixes are left out; a
    linked folder is not walked (its files would be listed twice), but a link with an
    article's suffix is listed, even broken, so its reader can say what is wrong."""
    from etl.read import list_article_files
    folder = tmp_path / "articles"
    for rel in ("a/b.txt", "a-c.txt", "Upper.TXT", "notes.md", "page.htm", "deep/er/story.html",
                ".draft.txt", ".cache/old.txt", "deep/.tmp/x.txt", "scan.pdf", "folder.txt/inside.txt"):
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text("The studio cut 40 jobs.", encoding="utf-8")
    (folder / "broken.txt").symlink_to(tmp_path / "missing.txt")
    (folder / "linked").symlink_to(folder / "deep")
    (folder / "linked.txt").symlink_to(folder / "deep")
    listed = [p.relative_to(folder).as_posix() for p in list_article_files(folder)]
    assert listed == ["Upper.TXT", "a/b.txt", "a-c.txt", "broken.txt", "deep/er/story.html",
                      "folder.txt/inside.txt", "linked.txt", "notes.md", "page.htm"]
