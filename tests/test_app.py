"""The app as Streamlit's own test harness runs it, against a database built from the seeds."""
from __future__ import annotations

import duckdb
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")


def test_app_shows_what_the_database_holds(seed_db, monkeypatch):
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(seed_db))
    import importlib

    import dashboard.queries
    importlib.reload(dashboard.queries)
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    con = duckdb.connect(str(seed_db), read_only=True)
    assert metrics["Articles"] == str(con.execute("SELECT count(*) FROM articles").fetchone()[0])
    assert metrics["Figures"] == str(con.execute("SELECT count(*) FROM claims").fetchone()[0])
    table = at.dataframe[0].value
    assert len(table) == con.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert "nearly 204,000 positions" in set(table["figure"])


def test_app_without_a_database_says_how_to_build_it(tmp_path, monkeypatch):
    monkeypatch.setenv("IMPACT_CLAIMS_DB", str(tmp_path / "none.duckdb"))
    import importlib

    import dashboard.queries
    importlib.reload(dashboard.queries)
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "make build" in at.error[0].value
