"""Every page through Streamlit's AppTest, against a database built from the seeds."""
from __future__ import annotations

import json
import re

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")


@pytest.fixture
def app(seed_db, monkeypatch):
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(seed_db))
    import importlib

    import dashboard.queries
    importlib.reload(dashboard.queries)

    def make(**params) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        for key, value in params.items():
            at.query_params[key] = value
        return at
    return make


@pytest.fixture
def sql(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    return lambda q, p=(): con.execute(q, p).fetchone()[0]


@pytest.fixture
def sql_counts(seed_db):
    """{value: count} from a query of two columns."""
    con = duckdb.connect(str(seed_db), read_only=True)
    return lambda q, p=(): dict(con.execute(q, p).fetchall())


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_explore_shows_headline_numbers_charts_table_and_downloads(app, sql):
    at = app().run()
    assert not at.exception
    assert metrics(at)["Figures"] == str(sql("SELECT count(*) FROM claims"))
    assert metrics(at)["Articles"] == str(sql("SELECT count(*) FROM articles"))
    assert len(at.get("plotly_chart")) == 6 and not at.dataframe  # only the open tab is drawn
    at = app(view="Table").run()
    assert not at.get("plotly_chart")
    table = at.dataframe[0].value
    assert len(table) == min(50, sql("SELECT count(*) FROM claims"))
    assert table["permalink"].str.fullmatch(r"article\?id=[\w.-]+&claim=[0-9a-f]{16}").all()
    assert [b.proto.label for b in at.get("download_button")] == ["CSV", "Excel", "Parquet", "JSON", "Review sheet"]


def test_filters_change_headline_and_table_to_the_sql_counts(app, sql):
    at = app(view="Table").run()
    at.multiselect(key="type").set_value(["survey"]).run()
    expected = sql("SELECT count(*) FROM claims WHERE claim_type = 'survey'")
    assert metrics(at)["Figures"] == str(expected)
    assert len(at.dataframe[0].value) == expected
    at.segmented_control(key="forecast").set_value("forecast").run()
    assert metrics(at)["Figures"] == str(sql("SELECT count(*) FROM claims WHERE claim_type = 'survey' AND is_forecast"))
    at.segmented_control(key="forecast").set_value("all").run()
    at.text_input(key="q").set_value("Hollywood").run()
    assert metrics(at)["Figures"] == str(sql(
        "SELECT count(*) FROM claims WHERE claim_type = 'survey' AND sentence ILIKE '%hollywood%'"))


def test_query_parameters_restore_filters(app, sql):
    at = app(type=["survey", "jobs"], article="002_3a99fb76429dd7ca", forecast="reported").run()
    assert not at.exception
    assert at.multiselect(key="type").value == ["survey", "jobs"]
    assert at.multiselect(key="article").value == ["002_3a99fb76429dd7ca"]
    assert metrics(at)["Figures"] == str(sql(
        "SELECT count(*) FROM claims WHERE claim_type IN ('survey', 'jobs') AND NOT is_forecast "
        "AND article_id = '002_3a99fb76429dd7ca'"))


def test_bad_parameters_show_a_note_not_a_traceback(app, sql):
    at = app(type="nonsense", vmin="lots", bogus="1", forecast="perhaps", q="x' OR 1=1 --").run()
    assert not at.exception
    notes = " ".join(i.value for i in at.info)
    for fragment in ("type value 'nonsense'", "vmin='lots'", "unknown parameter 'bogus'", "forecast='perhaps'"):
        assert fragment in notes
    assert metrics(at)["Figures"] == "0"  # the SQL fragment is searched for as text, and not found


def test_article_page_highlights_each_of_its_figures(app, sql):
    article_id = "001_1003821db47bb39a"
    claim = sql("SELECT claim_id FROM claims WHERE article_id = ? ORDER BY char_start LIMIT 1", [article_id])
    at = app(id=article_id, claim=claim)
    at.switch_page("views/article.py").run()
    assert not at.exception
    body = at.get("html")[0].proto.body
    n = sql("SELECT count(*) FROM claims WHERE article_id = ?", [article_id])
    assert body.count('<mark id="claim-') == n
    assert body.count('<mark id="impact-') > 0  # sector words of impact statements, underlined
    assert f'id="claim-{claim}" class="ic-selected"' in body
    assert len(at.dataframe[0].value) == n
    assert "Value Planet" in at.caption[0].value
    # this seed has no URL in the manifest: said in words, with no empty link
    assert "No link to the original article recorded." in [c.value for c in at.caption]
    assert not [b for b in at.get("link_button")]


def test_article_page_opens_only_articles_in_the_database(app):
    at = app(id="../../etc/passwd")
    at.switch_page("views/article.py").run()
    assert not at.exception
    assert "No article with id" in at.warning[0].value
    assert len(at.dataframe[0].value) == 5  # the list of articles to pick from


def test_about_page_is_written_for_readers(app, sql):
    at = app()
    at.switch_page("views/about.py").run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    for part in ("What is covered", "How figures are found and checked", "Limitations", "How to cite a figure",
                 "Licence", "Impact statements"):
        assert f"**{part}.**" in text
    articles = sql("SELECT count(*) FROM articles")
    assert f"{articles} articles from" in text
    assert "make " not in text and "etl/" not in text  # developer details live in the README
    from etl.lexicon import CLAIM_TYPES
    assert all(ctype.replace("_", " ") in text for ctype in CLAIM_TYPES)
    scores = at.dataframe[0].value if at.dataframe else None
    if scores is not None:
        assert scores["key figures found"][0].endswith("%") and int(scores["key figures found"][0][:-1]) >= 95


def test_missing_database_says_how_to_build_it(tmp_path, monkeypatch):
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(tmp_path / "none.duckdb"))
    import importlib

    import dashboard.queries
    importlib.reload(dashboard.queries)
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "make build" in at.error[0].value


def test_a_stale_database_says_how_to_rebuild(tmp_path, monkeypatch):
    import os
    import shutil
    import time

    from etl.build import build
    from tests.conftest import SEED_ARTICLES
    shutil.copytree(SEED_ARTICLES, tmp_path / "articles")
    build(tmp_path / "articles", None, tmp_path / "claims.duckdb", log=None)
    later = time.time() + 60
    os.utime(tmp_path / "articles" / "000_16de123b900099b9.txt", (later, later))
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(tmp_path / "claims.duckdb"))
    import importlib

    import dashboard.queries
    importlib.reload(dashboard.queries)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "1 article file is newer than the database" in at.warning[0].value


def test_the_open_tab_is_page_state_not_an_unknown_parameter(app):
    at = app(view="Table").run()
    assert not at.exception and not at.info
    assert at.dataframe and not at.get("plotly_chart")


def test_corroboration_tab_shows_each_sources_wording_side_by_side(app, sql):
    at = app(view="Corroboration").run()
    assert not at.exception
    groups = sql("SELECT count(*) FROM claim_groups")
    assert len(at.dataframe) == groups
    figures = {tuple(sorted(df.value["figure"])) for df in at.dataframe}
    assert ("75 percent", "Three-quarters of the respondents") in figures
    assert ("more than 200,000 jobs", "nearly 204,000 positions") in figures
    assert all(df.value["publisher"].nunique() == len(df.value) for df in at.dataframe)
    assert "values agree" in " ".join(m.value for m in at.markdown)


def test_corroboration_filter_splits_the_figures(app, sql):
    at = app(corroboration="corroborated").run()
    corroborated = sql("SELECT count(*) FROM claims WHERE group_id IS NOT NULL")
    assert corroborated > 0 and metrics(at)["Figures"] == str(corroborated)
    at = app(corroboration="single").run()
    assert metrics(at)["Figures"] == str(sql("SELECT count(*) FROM claims WHERE group_id IS NULL"))
    at = app(corroboration="disputed").run()
    assert metrics(at)["Figures"] == "0"


def test_impacts_page_matrix_filters_and_downloads(app, sql):
    at = app()
    at.switch_page("views/impacts.py").run()
    assert not at.exception
    assert metrics(at)["Statements"] == str(sql("SELECT count(*) FROM impacts"))
    assert len(at.get("plotly_chart")) == 1
    assert [b.proto.label for b in at.get("download_button")] == ["CSV", "Excel", "Parquet", "JSON"]
    at.multiselect(key="sector").set_value(["Equipment and leasing"]).run()
    at.multiselect(key="direction").set_value(["harm"]).run()
    expected = sql("SELECT count(DISTINCT impact_id) FROM impact_sectors "
                   "WHERE sector = 'equipment_leasing' AND direction = 'harm'")
    assert metrics(at)["Statements"] == str(expected) and expected > 0
    table = at.dataframe[0].value
    assert len(table) == expected and table["sentence"].str.contains("devastating").any()
    assert table["in article"].str.fullmatch(r"article\?id=[\w.-]+&impact=[0-9a-f]{16}").all()


def test_impacts_page_speaker_filter_and_bad_parameters(app, sql):
    at = app(speaker="Hou Mao", sector="nonsense")
    at.switch_page("views/impacts.py").run()
    assert not at.exception
    assert "sector value 'nonsense'" in " ".join(i.value for i in at.info)
    assert metrics(at)["Statements"] == str(sql("SELECT count(*) FROM impacts WHERE speaker = 'Hou Mao'"))


def test_article_page_opens_an_impact_statement(app, sql):
    impact_id, article_id = sql("SELECT (impact_id, article_id) FROM impacts WHERE list_contains(sectors, 'animation') "
                                "ORDER BY sentence_start LIMIT 1")
    at = app(id=article_id, impact=impact_id)
    at.switch_page("views/article.py").run()
    assert not at.exception and not at.info
    assert f'id="impact-{impact_id}" class="ic-impact-selected"' in at.get("html")[0].proto.body
    assert len(at.dataframe[1].value) == sql("SELECT count(*) FROM impacts WHERE article_id = ?", [article_id])
    assert "sectors" in at.dataframe[1].value.columns  # one row per statement, its sectors listed


def test_an_old_database_says_to_rebuild(tmp_path, monkeypatch):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE claims (claim_id VARCHAR)")
    con.close()
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(db))
    import importlib

    import dashboard.queries
    importlib.reload(dashboard.queries)
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "older version" in at.error[0].value and "make build" in at.error[0].value


def test_a_rebuilt_database_shows_without_a_restart(seed_copy, tmp_path, monkeypatch):
    """The app keeps running while the ETL swaps in a new file; the next run shows the new
    data (DuckDB would otherwise hand back the instance still open on the replaced file)."""
    from etl.build import build
    db = tmp_path / "claims.duckdb"
    build(seed_copy, None, db, log=None)
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(db))
    import importlib

    import dashboard.queries
    importlib.reload(dashboard.queries)
    at = AppTest.from_file(APP, default_timeout=60).run()
    before = int(metrics(at)["Figures"])
    (seed_copy / "new.txt").write_text("A survey found 64% of editors use AI tools; it cost $2 million.")
    build(seed_copy, None, db, log=None)
    at.run()
    assert not at.exception
    assert int(metrics(at)["Figures"]) == before + 2


def test_horizon_years_restore_from_and_write_to_the_address(app, sql):
    at = app(hmin="2028").run()
    assert not at.exception
    assert at.number_input(key="hmin").value == 2028
    assert metrics(at)["Figures"] == str(sql("SELECT count(*) FROM claims WHERE horizon_year >= 2028"))
    at.number_input(key="hmax").set_value(2029).run()
    assert at.query_params["hmax"] == "2029"
    assert metrics(at)["Figures"] == str(sql("SELECT count(*) FROM claims WHERE horizon_year BETWEEN 2028 AND 2029"))


def test_who_says_it_filters_by_source_and_the_table_shows_measure_and_source(app, sql):
    at = app(view="Table").run()
    who = at.multiselect(key="source")
    assert who.label == "Source" and "who says it" in who.help.lower()
    top = sql("SELECT source FROM claims WHERE source IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
    n = sql("SELECT count(*) FROM claims WHERE source = ?", [top])
    assert f"{top} · {n}" in who.options
    assert any(option.startswith("(the article itself) · ") for option in who.options)
    who.set_value([top]).run()
    assert metrics(at)["Figures"] == str(sql("SELECT count(*) FROM claims WHERE source = ?", [top]))
    table = at.dataframe[0].value
    assert set(table["source"]) == {top}
    assert {"measure", "source"} <= set(table.columns)
    # a link with ?source=… restores the filter
    assert metrics(app(source=top).run())["Figures"] == str(sql("SELECT count(*) FROM claims WHERE source = ?", [top]))
    # the article's own voice is an option of its own
    at.multiselect(key="source").set_value(["(the article itself)"]).run()
    assert metrics(at)["Figures"] == str(sql("SELECT count(*) FROM claims WHERE source IS NULL"))


def test_article_page_lists_measure_and_who_says_it(app, sql):
    article = sql("SELECT article_id FROM claims WHERE source IS NOT NULL LIMIT 1")
    at = app(id=article)
    at.switch_page("views/article.py").run()
    assert not at.exception
    figures = at.dataframe[0].value
    assert {"measure", "source"} <= set(figures.columns) and figures["source"].notna().any()


def own_params(at: AppTest) -> dict:
    return {key: value for key, value in at.query_params.items() if value not in ([], "", None)}


def test_page_parameters_never_leak_across_pages(app, sql):
    """Explore and Impacts both have a Publisher and a text filter: each page keeps its own.
    The menu opens a page with no parameters (as a browser's address does), Back restores one."""
    publisher = sql("SELECT publisher FROM impacts GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
    at = app(publisher=publisher, q="AI", type="jobs").run()
    explore_figures = metrics(at)["Figures"]
    assert explore_figures == str(sql("SELECT count(*) FROM claims WHERE publisher = ? AND claim_type = 'jobs' "
                                      "AND sentence ILIKE '%AI%'", [publisher]))
    for _ in range(3):
        at.query_params.clear()  # what following the menu's link does to the address
        at.switch_page("views/impacts.py").run()
        assert not at.exception and not at.info
        assert at.multiselect(key="publisher").value == [] and at.text_input(key="q").value in ("", None)
        assert metrics(at)["Statements"] == str(sql("SELECT count(*) FROM impacts"))
        assert own_params(at) == {}
        at.multiselect(key="kind").set_value(["forecast"]).run()
        assert at.query_params["kind"] in (["forecast"], "forecast")
        at.query_params.clear()
        at.switch_page("views/explore.py").run()
        assert not at.exception and not at.info
        assert "kind" not in own_params(at) and at.multiselect(key="publisher").value == []
        assert metrics(at)["Figures"] == str(sql("SELECT count(*) FROM claims"))
    # Back to the first address: Explore's own filters come back from it
    for key, value in {"publisher": publisher, "q": "AI", "type": "jobs"}.items():
        at.query_params[key] = value
    at.run()
    assert metrics(at)["Figures"] == explore_figures


def option_counts(widget) -> dict[str, int]:
    """A facet's options as shown ("Value Planet · 23") split into value and count."""
    pairs = (option.rsplit(" · ", 1) for option in widget.options)
    return {label: int(count.replace(",", "")) for label, count in pairs}


def test_facet_counts_are_sql_counts_under_the_other_filters(app, sql, sql_counts):
    at = app(type="survey", forecast="reported").run()
    publishers = option_counts(at.multiselect(key="publisher"))
    expected = sql_counts("SELECT publisher, count(*) FROM claims WHERE claim_type = 'survey' AND NOT is_forecast "
                          "GROUP BY 1")
    assert publishers == expected and all(n > 0 for n in publishers.values())
    # a facet counts without its own filter: every claim type still offered, with what it would give
    types = option_counts(at.multiselect(key="type"))
    assert types["survey"] == sql("SELECT count(*) FROM claims WHERE claim_type = 'survey' AND NOT is_forecast")
    assert sum(types.values()) == sql("SELECT count(*) FROM claims WHERE NOT is_forecast")
    # choosing a publisher narrows the other facets, and values that would give nothing go
    chosen = next(iter(publishers))
    at.multiselect(key="publisher").set_value([chosen]).run()
    types = option_counts(at.multiselect(key="type"))
    assert types == sql_counts("SELECT replace(claim_type, '_', ' '), count(*) FROM claims "
                               "WHERE publisher = ? AND NOT is_forecast GROUP BY 1", [chosen])
    # Clear all: every filter back to its default, and the address with it
    at.button[0].click().run()
    assert metrics(at)["Figures"] == str(sql("SELECT count(*) FROM claims")) and own_params(at) == {}


def test_the_table_sorts_every_filtered_figure_and_its_page_is_in_the_address(app, sql):
    at = app(view="Table", sort="largest value first").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert table["value"].iloc[0] == sql("SELECT max(value) FROM claims")
    assert list(table["value"]) == sorted(table["value"], reverse=True)
    at.selectbox(key="sort_pick").set_value("smallest value first").run()
    assert at.query_params["sort"] in ("smallest value first", ["smallest value first"])
    assert at.dataframe[0].value["value"].iloc[0] == sql("SELECT min(value) FROM claims")
    at = app(view="Table", page="7").run()  # past the last page: the first, and the address says so
    assert at.number_input(key="page_pick").value == 1 and "page" not in own_params(at)


SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")


def test_labels_are_words_for_readers(app):
    """No snake_case or None on screen: widget labels, options, metrics, table headers and cells."""
    for page, params in (("views/explore.py", {"view": "Table"}), ("views/explore.py", {"view": "Corroboration"}),
                         ("views/impacts.py", {}), ("views/about.py", {}),
                         ("views/article.py", {"id": "002_3a99fb76429dd7ca"})):
        at = app(**params)
        at.switch_page(page).run()
        assert not at.exception
        shown = [w.label for kind in ("multiselect", "selectbox", "text_input", "number_input", "button")
                 for w in at.get(kind)]
        shown += [o for w in at.get("multiselect") for o in w.options]
        shown += [m.label for m in at.metric] + [m.value for m in at.metric]
        for frame in at.dataframe:
            config = json.loads(frame.proto.columns or "{}")
            headers = [c.get("label") or name for name, c in config.items() if not c.get("hidden")]
            shown += [h for h in headers if h]
            cells = frame.value
            # a missing text cell shows as "None"; ids and links are not words
            shown += ["None" if v is None or v != v else str(v) for column in cells.columns
                      if cells[column].dtype.kind not in "iufbmM"
                      and column not in ("sentence", "permalink", "in article", "claim_id", "figure id")
                      for v in cells[column]]
        bad = [text for text in shown if SNAKE.search(str(text)) or str(text) == "None"]
        assert not bad, (page, params, bad[:5])


def test_an_open_page_survives_a_rebuild_that_removes_its_filter_value(seed_copy, tmp_path, monkeypatch):
    """The reader filters on a publisher; a rebuild drops that publisher's article: the next
    run says the value was ignored and shows the rest, no exception."""
    from etl.build import build
    db, manifest = tmp_path / "claims.duckdb", seed_copy.parent / "sources.csv"
    build(seed_copy, manifest, db, log=None)
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(db))
    con = duckdb.connect(str(db), read_only=True)
    publisher, article = con.execute("SELECT publisher, any_value(source_file) FROM articles GROUP BY 1 "
                                     "HAVING count(*) = 1 ORDER BY 1 LIMIT 1").fetchone()
    con.close()
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["publisher"] = publisher
    at.run()
    assert at.multiselect(key="publisher").value == [publisher]
    (seed_copy / article).unlink()
    build(seed_copy, manifest, db, log=None)
    at.run()
    assert not at.exception
    assert any("Ignored publisher value" in i.value for i in at.info)
    assert at.multiselect(key="publisher").value == [] and "publisher" not in own_params(at)
    assert metrics(at)["Figures"] == str(duckdb.connect(str(db), read_only=True).execute(
        "SELECT count(*) FROM claims").fetchone()[0])


def test_a_javascript_url_in_the_manifest_is_never_a_link_on_screen(tmp_path, monkeypatch):
    from etl.build import build
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("The studio cut 40 jobs in May.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text('file,title,url\na.txt,Cuts,"javascript:alert(document.cookie)"\n',
                                          encoding="utf-8")
    build(folder, tmp_path / "sources.csv", tmp_path / "claims.duckdb", log=None)
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(tmp_path / "claims.duckdb"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["id"] = "a"
    at.switch_page("views/article.py").run()
    assert not at.exception
    assert not at.get("link_button") and "No link to the original article recorded." in [c.value for c in at.caption]
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["view"] = "Table"
    at.run()
    table = at.dataframe[0].value
    assert list(table["url"]) == [""] and not table.astype(str).apply(lambda c: c.str.contains("javascript")).any().any()


def test_a_value_range_applies_within_one_unit_only(app, sql):
    at = app(vmin="100").run()
    assert metrics(at)["Figures"] == str(sql("SELECT count(*) FROM claims"))  # percent, seconds and dollars mixed
    assert any("applies once one unit is chosen" in c.value for c in at.caption)
    at = app(vmin="100", family="count").run()
    assert metrics(at)["Figures"] == str(sql("SELECT count(*) FROM claims WHERE unit_family = 'count' AND value >= 100"))
    at = app(vmin="100000000", family="money").run()
    assert metrics(at)["Figures"] == str(sql("SELECT count(*) FROM claims WHERE value_usd >= 100000000"))


@pytest.mark.parametrize("damage", ["truncated", "not a database"])
def test_a_damaged_database_gives_a_clear_message_not_a_traceback(seed_db, tmp_path, monkeypatch, damage):
    db = tmp_path / "claims.duckdb"
    db.write_bytes(seed_db.read_bytes()[:20_000] if damage == "truncated" else b"not a database at all")
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(db))
    for page in ("views/explore.py", "views/impacts.py", "views/article.py", "views/about.py"):
        at = AppTest.from_file(APP, default_timeout=60)
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        assert "cannot be read" in at.error[0].value and str(tmp_path) not in at.error[0].value
