"""The dashboard's pure parts: URL filters, SQL, charts, downloads, article highlighting."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dashboard import charts, downloads, links, queries
from dashboard.components import chart_credit
from dashboard.filters import Filters, ImpactFilters, check_params, describe
from dashboard.highlight import article_html, scroll_script

OPTIONS = {"publisher": {"Global Times", "Mondo games"}, "type": {"survey", "jobs"}, "article": {"a1"},
           "family": {"percent"}, "qualifier": {"approx"}}


def test_check_params_keeps_good_values_and_notes_the_rest():
    params = {"type": ["survey", "nope"], "publisher": ["Global Times"], "hmin": ["2025"], "vmax": ["ten"],
              "forecast": ["maybe"], "evil": ["1; DROP TABLE claims"], "q": ["x" * 500]}
    filters, notes = check_params(params, OPTIONS)
    assert filters == Filters(type=("survey",), publisher=("Global Times",), hmin=2025, q="x" * 200)
    assert notes == [
        "Ignored type value 'nope': not in the data.",
        "Ignored vmax='ten': not a number.",
        "Ignored forecast='maybe': use all, forecast or reported.",
        "Ignored unknown parameter 'evil'.",
        "Shortened q to 200 characters.",
    ]


def test_check_params_rejects_non_finite_numbers():
    filters, notes = check_params({"vmin": ["nan"], "vmax": ["inf"]}, OPTIONS)
    assert filters == Filters() and len(notes) == 2


def test_describe_makes_file_name_slugs():
    assert describe(Filters()) == "all"
    assert describe(Filters(type=("survey", "jobs"), q="AI jobs!")) == "type-survey+jobs_q-ai-jobs"


def _count(con, sql, params=()):
    return con.execute(sql, params).fetchone()[0]


def explore(con, filters, limit=50, offset=0):
    with con.cursor() as cur:
        return queries.explore(cur, filters, limit, offset)


@pytest.mark.parametrize("filters, sql, params", [
    (Filters(), "SELECT count(*) FROM claims", ()),
    (Filters(type=("survey",)), "SELECT count(*) FROM claims WHERE claim_type = 'survey'", ()),
    (Filters(publisher=("China News Service",)),
     "SELECT count(*) FROM claims JOIN articles a USING (article_id) WHERE a.publisher = 'China News Service'", ()),
    (Filters(forecast="forecast"), "SELECT count(*) FROM claims WHERE is_forecast", ()),
    (Filters(forecast="reported", family=("time",)),
     "SELECT count(*) FROM claims WHERE NOT is_forecast AND unit_family = 'time'", ()),
    (Filters(hmin=2028), "SELECT count(*) FROM claims WHERE horizon_year >= 2028", ()),
    (Filters(q="Hollywood"), "SELECT count(*) FROM claims WHERE sentence ILIKE '%hollywood%'", ()),
    (Filters(subject="cvl"), "SELECT count(*) FROM claims WHERE subject ILIKE '%cvl%'", ()),
    (Filters(family=("count",), vmin=100, vmax=1e6),
     "SELECT count(*) FROM claims WHERE unit_family = 'count' AND value BETWEEN 100 AND 1000000", ()),
    # money compares in US dollars, whatever the currency written
    (Filters(family=("money",), vmin=1e8), "SELECT count(*) FROM claims WHERE value_usd >= 100000000", ()),
    # a value range without one unit family would mix percent, seconds and dollars: it is not applied
    (Filters(vmin=100, vmax=1e6), "SELECT count(*) FROM claims", ()),
    (Filters(qualifier=("approx", "more_than")),
     "SELECT count(*) FROM claims WHERE qualifier IN ('approx', 'more_than')", ()),
])
def test_filters_count_what_plain_sql_counts(seed_db, filters, sql, params):
    con = duckdb.connect(str(seed_db), read_only=True)
    expected = _count(con, sql, params)
    view = explore(con, filters)
    assert view["headline"]["figures"] == expected
    assert len(view["table"]) == min(50, expected)
    assert len(queries.export(con, filters)) == expected


@pytest.mark.parametrize("hostile", ["'; DROP TABLE claims; --", "%", "_", "\\", "a' OR '1'='1", "\x00", "é" * 300])
def test_filter_values_never_reach_sql_as_code(seed_db, hostile):
    con = duckdb.connect(str(seed_db), read_only=True)
    filters = Filters(q=hostile, subject=hostile, publisher=(hostile,), type=(hostile,))
    assert explore(con, filters)["headline"]["figures"] == 0
    assert len(queries.export(con, filters)) == 0
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] > 0


@pytest.mark.parametrize("text", ["%", "_", "\\", "AI", "ai", "box office", "50%"])
def test_sentence_search_is_literal_and_ignores_case(seed_db, text):
    # plain text takes the fast ILIKE, text with a wildcard character the escaped one: same meaning
    con = duckdb.connect(str(seed_db), read_only=True)
    literal = con.execute("SELECT count(*) FROM claims WHERE contains(lower(sentence), lower(?))", [text]).fetchone()[0]
    assert explore(con, Filters(q=text))["headline"]["figures"] == literal
    assert text != "AI" or literal > 0


def test_table_pages_are_bounded_and_ordered(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    total = explore(con, Filters())["headline"]["figures"]
    first, second = explore(con, Filters(), 20, 0)["table"], explore(con, Filters(), 20, 20)["table"]
    assert len(first) == 20 and len(second) == 20
    assert not set(first["claim_id"]) & set(second["claim_id"])
    assert list(first["published"]) == sorted(first["published"], reverse=True)
    assert len(explore(con, Filters(), 20, 40)["table"]) == total - 40


def test_charts_build_from_query_results_and_say_when_empty(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    view = explore(con, Filters())
    built = [charts.by_type_and_source(view["by_type"]), charts.survey_percentages(view["survey"]),
             charts.money_usd(view["money"]), charts.job_figures(view["jobs"]),
             charts.forecast_timeline(view["forecasts"]), charts.multi_source(view["multi_source"])]
    for fig in built:
        assert fig.data, fig.layout.title.text
    survey = built[1]
    assert "CVL Economics" in str(survey.data[0].customdata) and "respondents" in str(survey.data[0].customdata)
    assert "%{customdata[3]}" in survey.data[0].hovertemplate
    assert view["by_type"]["figures"].sum() == view["headline"]["figures"]
    multi = view["multi_source"]
    assert multi.groupby("group_label")["article_id"].nunique().min() >= 2
    assert "CVL Economics" in set(multi["subject"])  # the survey quoted by two articles
    # each report as a share of its group's value: 204,000 and 200,000 are 100 % and 98 %
    shares = {x for trace in built[5].data for x in trace.x}
    assert {100.0, 100 * 200_000 / 204_000} <= shares
    # database words read as words: "box office", never "box_office"
    categories = {x for trace in built[0].data for x in trace.x}
    assert "box office" in categories and not any("_" in c for c in categories)
    assert built[0].layout.yaxis.tickformat == ",d"  # counts tick on whole numbers
    assert charts.count_axis("figures", 3)["dtick"] == 1
    # forecasts that name no year are counted under the chart, not dropped in silence
    undated = con.execute("SELECT count(*) FROM claims WHERE is_forecast AND horizon_year IS NULL").fetchone()[0]
    assert view["headline"]["forecasts_without_year"] == undated > 0
    timeline = charts.forecast_timeline(view["forecasts"], undated)
    drawn = view["forecasts"]["horizon_year"].notna().sum()
    assert f"{drawn} forecasts ({undated} more without a year" in timeline.layout.annotations[0].text
    # every forecast is its own dot: none hidden under another, however many share a year and type
    points = [(x, y) for trace in timeline.data for x, y in zip(trace.x, trace.y, strict=True)]
    assert len(points) == drawn and len(set(points)) == drawn
    # job counts from 5 to 200,000 need a log axis, so they are dots: a bar's length would mean nothing
    assert built[3].layout.xaxis.type == "log" and {t.type for t in built[3].data} == {"scatter"}
    nothing = explore(con, Filters(q="no sentence says this"))
    for name in ("survey", "money", "jobs", "forecasts", "multi_source", "table"):
        assert nothing[name].empty
    empty = charts.survey_percentages(nothing["survey"])
    assert not empty.data and "No figures match" in empty.layout.annotations[0].text


@pytest.mark.parametrize("fmt", list(downloads.FORMATS))
def test_downloads_hold_exactly_the_filtered_rows(seed_db, fmt):
    con = duckdb.connect(str(seed_db), read_only=True)
    filters = Filters(type=("survey",))
    frame = queries.export(con, filters)
    blob = downloads.to_bytes(frame, fmt)
    back = {"CSV": lambda b: pd.read_csv(io.BytesIO(b)),
            "Excel": lambda b: pd.read_excel(io.BytesIO(b)),
            "Parquet": lambda b: pd.read_parquet(io.BytesIO(b)),
            "JSON": lambda b: pd.DataFrame(json.loads(b))}[fmt](blob)
    assert sorted(back["claim_id"]) == sorted(frame["claim_id"])
    assert len(back) == con.execute("SELECT count(*) FROM claims WHERE claim_type = 'survey'").fetchone()[0]
    assert downloads.file_name(describe(filters), fmt) == f"impact-claims_type-survey.{downloads.FORMATS[fmt][0]}"
    # the file DuckDB writes for the page holds the same rows and columns, in the same order
    direct = queries.export_file(con, filters, fmt)
    if direct is not None:
        again = {"CSV": lambda b: pd.read_csv(io.BytesIO(b)), "Parquet": lambda b: pd.read_parquet(io.BytesIO(b)),
                 "JSON": lambda b: pd.DataFrame(json.loads(b))}[fmt](direct)
        assert list(again.columns) == list(frame.columns)
        assert list(again["claim_id"]) == list(frame["claim_id"])
        assert list(again["value"]) == list(frame["value"])


def test_a_parquet_download_records_its_filters_build_date_and_link(seed_db):
    import pyarrow.parquet as pq
    con = duckdb.connect(str(seed_db), read_only=True)
    about = {"Filters": "claim type: survey; search: 'it''s \"quoted\"'", "Database built": "2026-12-04",
             "View": "http://localhost:8501/?type=survey"}
    blob = queries.export_file(con, Filters(type=("survey",)), "Parquet", about=about)
    stored = pq.read_schema(io.BytesIO(blob)).metadata
    assert stored[b"impact_claims.filters"].decode() == about["Filters"]  # kept exactly, quotes and all
    assert stored[b"impact_claims.database_built"] == b"2026-12-04"
    assert stored[b"impact_claims.view"] == b"http://localhost:8501/?type=survey"
    assert len(pd.read_parquet(io.BytesIO(blob))) == con.execute(
        "SELECT count(*) FROM claims WHERE claim_type = 'survey'").fetchone()[0]


def test_downloads_carry_data_never_formulas(tmp_path):
    """A sentence that starts like a formula stays text in every download (OWASP CSV injection)."""
    from openpyxl import load_workbook

    from etl.build import build
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text('=HYPERLINK("http://evil.example","click") says sales rose 5% in May.\n'
                                  "@SUM(1+1) the studio cut 40 jobs.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,title,publisher\na.txt,=cmd|' /C calc'!A0,+Wire\n", encoding="utf-8")
    db = tmp_path / "claims.duckdb"
    build(folder, tmp_path / "sources.csv", db, log=None)
    con = duckdb.connect(str(db), read_only=True)
    frame = queries.export(con, Filters())
    assert len(frame) >= 2
    for blob in (queries.export_file(con, Filters(), "CSV"), downloads.to_bytes(frame, "CSV")):
        rows = list(csv.DictReader(io.StringIO(blob.decode("utf-8"))))
        assert {r["sentence"][:2] for r in rows} == {"'=", "'@"}
        assert {r["title"] for r in rows} == {"'=cmd|' /C calc'!A0"} and {r["publisher"] for r in rows} == {"'+Wire"}
        assert {"5.0", "40.0"} <= {r["value"] for r in rows}  # numbers stay numbers
    book = load_workbook(io.BytesIO(downloads.to_bytes(frame, "Excel")))
    cells = [c for row in book.active.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]  # no formula anywhere
    assert not [c for c in cells if c.hyperlink]  # no http(s) link here: nothing became one
    assert any(isinstance(c.value, str) and c.value.startswith("=HYPERLINK") for c in cells)  # kept as text
    # Parquet and JSON stay exact
    assert pd.read_parquet(io.BytesIO(queries.export_file(con, Filters(), "Parquet")))["title"].iloc[0] \
        == "=cmd|' /C calc'!A0"


def test_article_html_escapes_everything_and_marks_each_figure():
    text = 'Intro <script>alert(1)</script> **bold** costs $5 million and 30% more <b onclick="x()">.'
    claims = [{"claim_id": "a" * 16, "char_start": text.index("$5"), "char_end": text.index("$5") + 10,
               "claim_type": "cost", "value": 5e6, "unit": "USD"},
              {"claim_id": "b" * 16, "char_start": text.index("30%"), "char_end": text.index("30%") + 3,
               "claim_type": "other", "value": 30, "unit": "percent"}]
    out = article_html(text, claims, selected="b" * 16)
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<b onclick" not in out and "&lt;b onclick=&quot;x()&quot;&gt;" in out
    assert f'<mark id="claim-{"a" * 16}" class="ic-figure"' in out
    assert f'<mark id="claim-{"b" * 16}" class="ic-selected"' in out
    assert out.count("<mark") == 2


@pytest.mark.parametrize("claim_id, ok", [("0123456789abcdef", True), ("x');alert(1);//", False),
                                          ("", False), (None, False), ("0123456789ABCDEF", False)])
def test_scroll_script_only_takes_well_formed_ids(claim_id, ok):
    script = scroll_script(claim_id)
    assert (script is not None) == ok
    if ok:
        assert f"claim-{claim_id}" in script


@pytest.mark.parametrize("value, high, unit, text", [
    (8.016e9, None, "CNY", "8.016 billion CNY"), (75.0, None, "percent", "75%"), (3.0, 4.0, "years", "3–4 years"),
    (1e9, 1e10, "count", "1 billion–10 billion"), (204000.0, None, "count", "204,000"), (0.5, None, "years", "0.5 years"),
    (1.0, None, "minutes", "1 minute"), (1.0, None, "weeks", "1 week"), (1.0, 2.0, "weeks", "1–2 weeks"),
])
def test_values_read_as_people_write_them(value, high, unit, text):
    from dashboard.format import value_with_unit
    assert value_with_unit(value, high, unit) == text


def test_a_source_has_one_colour_in_every_chart(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    view = explore(con, Filters())
    colours = charts.publisher_colours(view["by_type"])  # as the page does, once for all its charts
    seen: dict[str, set] = {}
    for fig in (charts.by_type_and_source(view["by_type"], colours), charts.survey_percentages(view["survey"], colours),
                charts.job_figures(view["jobs"], colours), charts.money_usd(view["money"], colours)):
        for trace in fig.data:
            seen.setdefault(trace.name, set()).add(trace.marker.color)
    assert seen and all(len(colours) == 1 for colours in seen.values())
    assert len({next(iter(c)) for c in seen.values()}) == len(seen)  # and no two share one


def test_many_publishers_share_one_grey_entry_and_the_legend_never_squeezes_the_plot():
    publishers = [f"Outlet {chr(65 + i)}" for i in range(16)]
    frame = pd.DataFrame({"claim_type": ["jobs", "cost"] * 16, "publisher": sorted(publishers * 2),
                          "figures": list(range(1, 33))})
    fig = charts.by_type_and_source(frame)
    names = [t.name for t in fig.data]
    assert len(names) == charts.NAMED_PUBLISHERS + 1 and names[-1] == charts.OTHER_PUBLISHERS
    assert len({t.marker.color for t in fig.data}) == len(names)
    assert sum(sum(t.y) for t in fig.data) == sum(range(1, 33))  # nothing dropped, the rest stacked in grey
    few = charts.by_type_and_source(frame[frame["publisher"] == "Outlet A"])
    assert fig.layout.height - few.layout.height == charts.LEGEND_LINE * (len(names) - 1)


def test_the_multi_source_chart_converts_time_units():
    from dashboard.charts import _in_group_unit
    assert _in_group_unit(1, "minutes", "seconds") == 60
    assert _in_group_unit(75, "percent", "percent") == 75


@pytest.mark.parametrize("page_url, root", [
    ("http://localhost:8501/", "http://localhost:8501/"),
    ("http://localhost:8501/impacts", "http://localhost:8501/"),
    ("https://example.org/claims/article?id=x", "https://example.org/claims/"),
    ("https://example.org/claims", "https://example.org/claims/"),
    ("javascript:alert(1)", ""), (None, ""),
])
def test_the_app_root_comes_from_any_page_address(page_url, root):
    assert links.app_root(page_url) == root


def test_one_shape_for_every_link():
    assert links.figure_link("a_1", "c9", "http://h/") == "http://h/article?id=a_1&claim=c9"
    assert links.statement_link("a 1", "i&2") == "article?id=a%201&impact=i%262"
    assert links.view_link("http://h/", "explore", {"type": ["jobs", "box_office"]}) == \
        "http://h/?type=jobs&type=box_office"
    assert links.view_link("http://h/", "impacts", {}) == "http://h/impacts"
    # the SQL form builds the same permalink for downloads
    con = duckdb.connect()
    sql = f"SELECT {links.figure_link_sql('a', 'c')} FROM (SELECT 'a 1' AS a, 'c&9' AS c)"
    assert con.execute(sql, ["http://h/"]).fetchone()[0] == links.figure_link("a 1", "c&9", "http://h/")


def test_every_chart_carries_its_credit_into_exported_images(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    view = explore(con, Filters())
    credit = chart_credit(["Value Planet", "Mondo games", "Global Times"], "2026-11-23", "http://h/?type=jobs")
    assert credit == "Impact Claims · data of 2026-11-23\nsources: Value Planet, Mondo games + 1 more\nhttp://h/?type=jobs"
    long = chart_credit(["A"], "2026-11-23", "http://h/?" + "q=x&" * 40, root="http://h/")
    assert long.endswith("\nhttp://h/")  # a view link too long for a chart gives the app's address
    for figure in (charts.by_type_and_source(view["by_type"]), charts.job_figures(view["jobs"]),
                   charts.survey_percentages(view["survey"].iloc[0:0])):
        title = charts.with_credit(figure, credit).layout.xaxis.title.text
        assert "Impact Claims · data of 2026-11-23" in title and "sources: Value Planet" in title
        assert "http://h/?type=jobs" in title
    hostile = charts.with_credit(charts.empty("x"), "<b>bold</b> & co").layout.xaxis.title.text
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in hostile


def test_an_empty_charts_credit_shows_without_a_bare_axis():
    # the axis of a chart with nothing to show is made visible only to carry the credit: no
    # ticks, grid or zero line under the "no figures" message
    axis = charts.with_credit(charts.empty("Job figures"), "Impact Claims · data of 2026-11-23").layout.xaxis
    assert axis.visible and "Impact Claims" in axis.title.text
    assert (axis.showticklabels, axis.showgrid, axis.zeroline, axis.showline) == (False, False, False, False)
    assert charts.with_credit(charts.empty("Job figures"), "").layout.xaxis.visible is False


def test_excel_download_has_dates_sized_columns_frozen_header_filters_and_its_record(seed_db):
    from openpyxl import load_workbook
    con = duckdb.connect(str(seed_db), read_only=True)
    frame = queries.export(con, Filters(type=("survey",)), "http://h/")
    about = {"Filters": "type: survey", "Database built": "2026-11-23"}
    book = load_workbook(io.BytesIO(downloads.to_bytes(frame, "Excel", about)))
    sheet = book["figures"]
    header = [c.value for c in sheet[1]]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    published = sheet.cell(row=2, column=header.index("published") + 1)
    assert published.is_date and published.number_format == "yyyy-mm-dd"
    assert sheet.column_dimensions["A"].width > 10  # sized to its content, not Excel's default
    permalink = sheet.cell(row=2, column=header.index("permalink") + 1)
    assert permalink.value.startswith("http://h/article?id=") and "&claim=" in permalink.value
    assert permalink.hyperlink.target == permalink.value  # one click opens it
    assert [[c.value for c in row] for row in book["about"].iter_rows()] == [list(kv) for kv in about.items()]


def test_csv_download_opens_in_excel_as_utf8_and_carries_permalinks(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    for blob in (queries.export_file(con, Filters(), "CSV", "http://h/"),
                 downloads.to_bytes(queries.export(con, Filters(), "http://h/"), "CSV")):
        assert blob.startswith(b"\xef\xbb\xbf")
        rows = list(csv.DictReader(io.StringIO(blob.decode("utf-8-sig"))))
        assert rows[0]["permalink"] == f"http://h/article?id={rows[0]['article_id']}&claim={rows[0]['claim_id']}"


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(type=("survey",), publisher=("Mondo games",)),
    Filters(type=("jobs", "survey"), forecast="reported", q="the", family=("count", "percent")),
    Filters(source=("(the article itself)",), qualifier=("approx", "exact"), hmin=2027),
])
def test_facet_counts_are_counts_under_every_other_filter(seed_db, filters):
    """Each facet, computed in one pass, equals its own plain count: the filters with the
    facet's own left out, grouped by its column."""
    con = duckdb.connect(str(seed_db), read_only=True)
    got = queries.facets(con, filters)
    for key, column in queries.FACETS.items():
        w, p = queries.where(dataclasses.replace(filters, **{key: ()}))
        expected = con.execute(f"SELECT {column}, count(*) FROM claims c {w} GROUP BY 1", p).fetchall()
        assert dict(got[key]) == dict(expected), key
        assert 0 not in dict(got[key]).values()


def test_the_table_page_comes_from_every_figure_sorted(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    expected = [r[0] for r in con.execute("SELECT claim_id FROM claims ORDER BY value DESC NULLS LAST, "
                                          "published DESC NULLS LAST LIMIT 10 OFFSET 10").fetchall()]
    page = queries.explore(con, Filters(), 10, 10, charts=False, sort="largest value first")["table"]
    assert list(page["value"]) == [con.execute("SELECT value FROM claims WHERE claim_id = ?", [c]).fetchone()[0]
                                   for c in expected]


@pytest.mark.parametrize("filters", [
    ImpactFilters(),
    ImpactFilters(direction=("harm",), kind=("forecast",)),
    ImpactFilters(sector=("Animation", "Acting"), q="AI"),
])
def test_impact_facets_count_statements_under_every_other_filter(seed_db, filters):
    con = duckdb.connect(str(seed_db), read_only=True)
    got = queries.impact_facets(con, filters)
    for key, column in queries.IMPACT_FACETS.items():
        w, p = queries.impact_where(dataclasses.replace(filters, **{key: ()}))
        # the plain count: every statement that passes the other filters, once per value it has
        expected = con.execute(f"""SELECT {column}, count(DISTINCT i.impact_id) FROM impacts i
                                   JOIN impact_sectors s USING (impact_id) {w} GROUP BY 1""", p).fetchall()
        assert dict(got[key]) == dict(expected), key
    if filters.direction:
        harm = sum(n for _, n in got["kind"])  # kinds partition the statements that pass the rest
        assert harm == con.execute("SELECT count(DISTINCT impact_id) FROM impacts WHERE impact_id IN "
                                   "(SELECT impact_id FROM impact_sectors WHERE direction = 'harm')").fetchone()[0]


@pytest.mark.parametrize("trigger", list(downloads.FORMULA_START))
def test_every_formula_trigger_is_neutralised_in_both_csv_paths(trigger):
    """Each character a spreadsheet starts a formula with (OWASP): a text cell beginning with it
    gets an apostrophe in the pandas CSV and matches the pattern the DuckDB COPY path uses;
    numbers stay numbers."""
    frame = pd.DataFrame({"sentence": [f"{trigger}SUM(A1)"], "title": [f"{trigger}cmd"], "value": [-2.5]})
    back = next(csv.DictReader(io.StringIO(downloads.to_bytes(frame, "CSV").decode("utf-8-sig"), newline="")))
    assert back["sentence"] == f"'{trigger}SUM(A1)" and back["title"] == f"'{trigger}cmd"
    assert back["value"] == "-2.5"
    con = duckdb.connect()
    assert con.execute(f"SELECT regexp_matches(?, '{queries.FORMULA_START_RE}')", [f"{trigger}x"]).fetchone()[0]
    assert not con.execute(f"SELECT regexp_matches(?, '{queries.FORMULA_START_RE}')", ["x" + trigger]).fetchone()[0]


def test_the_claim_type_chart_is_the_same_whatever_order_its_rows_come_in():
    frame = pd.DataFrame({"claim_type": ["duration", "duration", "jobs", "cost", "jobs", "cost"],
                          "publisher": ["Outlet A", "Outlet B", "Outlet B", "Outlet A", "Outlet C", "Outlet C"],
                          "figures": [3, 3, 2, 2, 1, 1]})
    shuffled = frame.iloc[[5, 3, 1, 0, 4, 2]].reset_index(drop=True)
    first, second = charts.by_type_and_source(frame), charts.by_type_and_source(shuffled)
    assert first.to_json() == second.to_json()
    # (stacks and legend the most figures first, ties by name; bars likewise)
    assert [t.name for t in first.data] == ["Outlet A", "Outlet B", "Outlet C"]
    assert list(first.layout.xaxis.categoryarray) == ["duration", "cost", "jobs"]


def test_no_page_relies_on_streamlit_magic_which_the_config_turns_off():
    # .streamlit/config.toml sets runner.magicEnabled = false: a bare expression in a page
    # would silently draw nothing. Module and function docstrings are the only ones allowed.
    import ast
    import tomllib
    root = Path(__file__).resolve().parent.parent
    assert tomllib.loads((root / ".streamlit" / "config.toml").read_text())["runner"]["magicEnabled"] is False
    pages = [root / "dashboard" / "app.py", *sorted((root / "dashboard" / "views").glob("*.py"))]
    bare = []
    for page in pages:
        tree = ast.parse(page.read_text())
        docstrings = {id(body[0]) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and (body := node.body)}
        bare += [f"{page.name}:{node.lineno}" for node in ast.walk(tree)
                 if isinstance(node, ast.Expr) and id(node) not in docstrings
                 and not isinstance(node.value, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom))]
    assert len(pages) >= 6 and not bare, bare
