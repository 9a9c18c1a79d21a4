"""Shared fixtures: the seed articles, a database built from them, small articles written
for a case."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from etl.build import build
from etl.quantities import find_quantities

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLES = ROOT / "data" / "articles"
SEED_SOURCES = ROOT / "data" / "sources.csv"
SHARED = ROOT.parent / "shared"


def _load_bench():
    """bench/load.py as a module: its `serve` (streamlit run on a free port) and `load` are
    what the browser and load tests use too."""
    spec = importlib.util.spec_from_file_location("load_bench", ROOT / "bench" / "load.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


load_bench = _load_bench()


def figures(text: str):
    """The figures (what the database keeps) in `text`."""
    return [q for q in find_quantities(text) if q.is_figure]


def one(text: str):
    """The single figure in `text`; fails the test when there is not exactly one."""
    found = figures(text)
    assert len(found) == 1, f"expected one figure in {text!r}, got {[q.surface for q in found]}"
    return found[0]


def claims_by_surface(text: str, published=None) -> dict:
    """Every claim of `text` by its figure as written (published 2024-05-01 unless given)."""
    from datetime import date

    from etl.extract import extract_claims
    return {c.surface: c for c in extract_claims(text, published=published or date(2024, 5, 1))}


def claim(text: str, part: str, published=None):
    """The single claim of `text` whose figure contains `part` (published 2024-05-01 unless
    given); fails the test when there is not exactly one."""
    from datetime import date

    from etl.extract import extract_claims
    published = published or date(2024, 5, 1)
    found = [c for c in extract_claims(text, published=published) if part in c.surface]
    assert len(found) == 1, [c.surface for c in extract_claims(text, published=published)]
    return found[0]


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    """A database built from the five seed articles and their manifest."""
    db = tmp_path_factory.mktemp("seed") / "claims.duckdb"
    build(SEED_ARTICLES, SEED_SOURCES, db, log=None)
    return db


@pytest.fixture
def articles_dir(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    return folder


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    """A writable copy of the seed articles and manifest."""
    folder = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, folder)
    shutil.copy(SEED_SOURCES, tmp_path / "sources.csv")
    return folder
