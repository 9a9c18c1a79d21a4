"""URL parameters and filter values from anywhere: checked, never code, never an exception.

Hypothesis sends arbitrary keys and values (SQL fragments, quotes, control characters, very
long strings) through the same path a URL takes: check_params, then the queries."""
from __future__ import annotations

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from dashboard.filters import Filters, ImpactFilters, check_params
from dashboard.queries import corroboration, explore, impact_matrix, impact_rows, review_sheet
from tests.conftest import ROOT

HOSTILE = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["'; DROP TABLE claims; --", "' OR 1=1 --", "%", "_", "\\", "\x00", '"', "`", ";",
                     "1e309", "nan", "-inf", "0x10", "survey' UNION SELECT text FROM articles --",
                     "<script>alert(1)</script>", "x" * 10_000]),
)
KEYS = st.sampled_from([*Filters.__dataclass_fields__, *ImpactFilters.__dataclass_fields__, "view",
                        "id", "claim", "impact", "__proto__", "q;DROP"])
PARAMS = st.dictionaries(KEYS, st.lists(HOSTILE, min_size=1, max_size=3), max_size=6)


@pytest.fixture(scope="module")
def con(seed_db):
    return duckdb.connect(str(seed_db), read_only=True)


def options(con) -> dict[str, set[str]]:
    return {"publisher": {r[0] for r in con.execute("SELECT DISTINCT publisher FROM claims").fetchall()},
            "type": {r[0] for r in con.execute("SELECT DISTINCT claim_type FROM claims").fetchall()}}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=PARAMS)
def test_any_url_parameters_are_checked_and_queried_safely(con, params):
    claims_before = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    filters, notes = check_params(params, options(con))
    assert isinstance(filters, Filters) and all(isinstance(n, str) for n in notes)
    with con.cursor() as cur:
        view = explore(cur, filters, 50, 0)
        corroboration(cur, filters)
        review_sheet(cur, filters)
    assert view["headline"]["figures"] <= claims_before
    impact_filters, _ = check_params(params, {"sector": set(), "direction": {"harm"}}, ImpactFilters, ())
    with con.cursor() as cur:
        impact_matrix(cur, impact_filters)
        impact_rows(cur, impact_filters, 10)
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == claims_before


@pytest.mark.parametrize("page", ["views/explore.py", "views/impacts.py", "views/article.py"])
def test_pages_take_hostile_and_very_long_parameters_without_an_exception(seed_db, monkeypatch, page):
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(seed_db))
    import importlib

    import dashboard.queries
    importlib.reload(dashboard.queries)
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    for key, value in {"q": "x' OR '1'='1" + "y" * 5000, "publisher": "'; DROP TABLE claims; --",
                       "speaker": "<script>alert(1)</script>", "sector": "%", "hmin": "1e309",
                       "id": "../../../../etc/passwd", "claim": "'); alert(1); ('", "impact": "x" * 20_000,
                       "review": "all'--", "corroboration": "\x00"}.items():
        at.query_params[key] = value
    at.switch_page(page).run()
    assert not at.exception
