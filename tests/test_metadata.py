"""Metadata read from the text when the manifest is silent."""
from datetime import date

import pytest

from etl.manifest import parse_published
from etl.metadata import date_from_text, title_from_text

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize("text, expected", [
    ("Sora AI story\nPublished: Feb 21, 2024 11:09 PM\nBody.", (date(2024, 2, 21), "day")),
    ("Anxiety maker\n\nMondo games Updated on 2024-02-22\n\nBody.", (date(2024, 2, 22), "day")),
    ("China News Service, Beijing, February 24 (Reporter Wang Shiyao) During the Spring Festival of 2024, ...",
     (date(2024, 2, 24), "day-inferred-year")),
    ("LOS ANGELES, March 3 (Reuters) - Shares rose in 2023.", (date(2023, 3, 3), "day-inferred-year")),
    ("Posted 5 June 2023\nText.", (date(2023, 6, 5), "day")),
])
def test_dates_from_datelines_and_bylines(text, expected):
    assert date_from_text(text, TODAY) == expected


def test_a_date_inside_the_story_is_not_the_publication_date():
    text = "Headline here\n" + "Background. " * 30 + "On February 16, the model was released in 2024."
    assert date_from_text(text, TODAY) is None


def test_a_dateline_without_any_year_stays_unknown():
    assert date_from_text("China News Service, Beijing, February 22 (Reporter X) No year here.", TODAY) is None


@pytest.mark.parametrize("value, expected", [
    ("2024-02-24", (date(2024, 2, 24), "day")), ("2024-02", (date(2024, 2, 1), "month")),
    ("2024-13-01", None), ("Feb 2024", None), ("", None),
])
def test_manifest_dates(value, expected):
    assert parse_published(value) == expected


def test_titles_skip_captions_datelines_and_bylines():
    assert title_from_text("Picture source @Visual China\ntext | Value Planet\nsora came out of the blue, and more.") == \
        "sora came out of the blue, and more."
    assert title_from_text("Published: Feb 21\nSora AI story\nBody") == "Sora AI story"


def test_one_huge_manifest_cell_costs_that_cell_only(tmp_path):
    """A 10 MB title used to end the reading of the manifest (csv's field limit): every article
    lost its metadata. Now the cell is named and ignored; its row and the others are kept."""
    from etl.manifest import load_manifest
    manifest_path = tmp_path / "sources.csv"
    manifest_path.write_text('file,title,publisher\na.txt,"' + "x" * 10_000_000 + '",Wire\nb.txt,Fine,Post\n',
                             encoding="utf-8")
    manifest = load_manifest(manifest_path)
    assert manifest.rows["a.txt"] == {"title": None, "publisher": "Wire"}
    assert manifest.rows["b.txt"] == {"title": "Fine", "publisher": "Post"}
    assert manifest.problems == [f"{manifest_path}:2: a.txt: title is 10,000,000 characters (at most 2,000); "
                                 "cell ignored"]
