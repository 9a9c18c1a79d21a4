"""The vocabulary is consistent data, and the docs name all of it."""
import csv
import re

from etl.lexicon import (
    CLAIM_TYPE_RULES,
    CLAIM_TYPES,
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    UNIT_FAMILIES,
)
from etl.record import CLAIM_COLUMNS, CLAIM_FIELDS, EXPORT_FIELDS, JSONL_FIELDS
from tests.conftest import ROOT

WHERE = {"noun", "head", "measure", "left", "right", "near", "surface", "sentence", "context", "default"}


def test_every_currency_has_a_code_and_an_exchange_rate():
    with open(ROOT / "data" / "fx_rates.csv", encoding="utf-8") as f:
        rated = {row["currency"] for row in csv.DictReader(line for line in f if not line.startswith("#"))}
    named = set(CURRENCY_PREFIXES.values()) | {code for code in CURRENCY_WORDS.values() if isinstance(code, str)}
    assert named <= CURRENCY_CODES, named - CURRENCY_CODES
    # RMB is the yuan's other code: rated as CNY
    assert CURRENCY_CODES - {"USD", "RMB"} <= rated, (CURRENCY_CODES - {"USD", "RMB"}) - rated


def test_claim_type_rules_are_well_formed():
    for row in CLAIM_TYPE_RULES:
        ctype, families, where, pattern = row[:4]
        assert ctype in CLAIM_TYPES, row
        assert set(families.split()) <= set(UNIT_FAMILIES), row
        assert where in WHERE, row
        re.compile(pattern)
        if len(row) > 4:
            assert row[4][0] in WHERE and re.compile(row[4][1])
    # every unit family ends on a default, so every figure gets a type
    defaults = {f for row in CLAIM_TYPE_RULES if row[2] == "default" for f in row[1].split()}
    assert defaults == set(UNIT_FAMILIES)


def test_readme_and_about_list_every_claim_type():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    about = (ROOT / "dashboard" / "views" / "about.py").read_text(encoding="utf-8")
    assert "CLAIM_TYPES" in about  # About lists them from the lexicon, in words (test_app checks the page)
    for ctype in CLAIM_TYPES:
        assert f"`{ctype}`" in readme, ctype


def test_the_claim_record_is_declared_once():
    stored = [name for name in CLAIM_FIELDS if name != "is_figure"]
    assert [c for c in CLAIM_COLUMNS if c in stored] == stored
    assert {"source", "measure"} <= set(JSONL_FIELDS) & set(EXPORT_FIELDS) & set(CLAIM_COLUMNS)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for column in ("source", "measure"):
        assert f"`{column}`" in readme


def test_every_time_unit_has_its_length_in_seconds():
    from etl.lexicon import SECONDS_PER_UNIT, TIME_UNIT_NAMES
    assert set(SECONDS_PER_UNIT) == set(TIME_UNIT_NAMES)
    assert SECONDS_PER_UNIT["minutes"] == 60 and SECONDS_PER_UNIT["years"] == 12 * SECONDS_PER_UNIT["months"]
