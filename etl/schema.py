"""The tables of the claims database (../shared/claims-schema.md, plus a few extra columns),
declared once: the database (etl.store), the Parquet lake (etl.lake) and the benches read
their columns from here. The claims table's columns come from the claim record (etl.record).
"""
from __future__ import annotations

from .record import CLAIM_COLUMNS

__all__ = ["ARTICLE_COLUMNS", "CLAIM_COLUMNS", "GROUP_COLUMNS", "IMPACT_COLUMNS", "IMPACT_SECTOR_COLUMNS",
           "REVIEW_COLUMNS", "RUN_COLUMNS"]

ARTICLE_COLUMNS = {
    "article_id": "VARCHAR", "source_file": "VARCHAR", "title": "VARCHAR",
    "publisher": "VARCHAR", "author": "VARCHAR", "published": "DATE",
    "published_precision": "VARCHAR", "url": "VARCHAR", "text": "VARCHAR", "sha256": "VARCHAR",
    "n_claims": "INTEGER",
}
GROUP_COLUMNS = {
    "group_id": "VARCHAR", "claim_type": "VARCHAR", "unit": "VARCHAR", "canonical_value": "DOUBLE",
    "value_min": "DOUBLE", "value_max": "DOUBLE", "spread": "DOUBLE", "n_claims": "INTEGER",
    "n_articles": "INTEGER", "n_publishers": "INTEGER", "disagreement": "BOOLEAN",
    "subject": "VARCHAR",
}
# one row per statement (a sentence), its sectors as lists
IMPACT_COLUMNS = {
    "impact_id": "VARCHAR", "article_id": "VARCHAR", "source_file": "VARCHAR",
    "publisher": "VARCHAR", "published": "DATE", "sectors": "VARCHAR[]", "sector_labels": "VARCHAR[]",
    "direction": "VARCHAR", "strength": "VARCHAR", "hedged": "BOOLEAN", "negated": "BOOLEAN",
    "kind": "VARCHAR", "time_frame": "VARCHAR", "horizon_year": "INTEGER", "speaker": "VARCHAR",
    "cue": "VARCHAR", "sentence": "VARCHAR", "sentence_start": "INTEGER", "sentence_end": "INTEGER",
}
# one row per sector a statement names: what it says of that sector, and where
IMPACT_SECTOR_COLUMNS = {
    "impact_id": "VARCHAR", "sector": "VARCHAR", "sector_label": "VARCHAR", "sector_text": "VARCHAR",
    "direction": "VARCHAR", "hedged": "BOOLEAN", "negated": "BOOLEAN",
    "mention_start": "INTEGER", "mention_end": "INTEGER",
}
REVIEW_COLUMNS = {
    "line": "INTEGER", "claim_id": "VARCHAR", "action": "VARCHAR", "status": "VARCHAR",
    "changes": "VARCHAR", "note": "VARCHAR", "reviewer": "VARCHAR", "reviewed_on": "DATE",
}
RUN_COLUMNS = {
    "started_at": "TIMESTAMP", "finished_at": "TIMESTAMP", "articles": "INTEGER",
    "claims": "INTEGER", "skipped": "INTEGER", "problems": "VARCHAR", "seconds": "DOUBLE",
    "extractor_version": "VARCHAR", "warnings": "INTEGER", "impacts": "INTEGER",
}
