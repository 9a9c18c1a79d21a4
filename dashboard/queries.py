"""All SQL the dashboard runs, parameterised. Nothing else in the app writes SQL."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd

# IMPACT_CLAIMS_DB points the app at another database (tests, benchmarks).
DEFAULT_DB = Path(os.environ.get("IMPACT_CLAIMS_DB")
                  or Path(__file__).resolve().parent.parent / "data" / "claims.duckdb")


def connect(path: Path = DEFAULT_DB) -> duckdb.DuckDBPyConnection:
    """Read-only: the app never changes the database the ETL built."""
    return duckdb.connect(str(path), read_only=True)


def headline(con: duckdb.DuckDBPyConnection) -> dict:
    row = con.execute("""
        SELECT (SELECT count(*) FROM articles), count(*), count(DISTINCT claim_type),
               count(*) FILTER (WHERE is_forecast)
        FROM claims
    """).fetchone()
    return {"articles": row[0], "claims": row[1], "claim_types": row[2], "forecasts": row[3]}


def claims_by_type(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute("""
        SELECT claim_type, count(*) AS claims FROM claims GROUP BY claim_type ORDER BY claims DESC
    """).df()


def claims_table(con: duckdb.DuckDBPyConnection, limit: int = 500) -> pd.DataFrame:
    return con.execute("""
        SELECT c.surface AS figure, c.value, c.value_high, c.unit, c.claim_type, c.subject,
               c.is_forecast, c.horizon_year, a.publisher, a.published, c.sentence, a.url
        FROM claims c JOIN articles a USING (article_id)
        ORDER BY a.published DESC NULLS LAST, c.source_file, c.char_start
        LIMIT ?
    """, [limit]).df()
