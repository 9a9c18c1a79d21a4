"""Corroboration: the same figure in different articles, in different words, is one group;
different studies that happen to share a number are not."""
from __future__ import annotations

import duckdb
import pytest

from etl.build import build
from etl.corroborate import comparable, group_claims, interval, rounding, terms


def write(folder, articles: dict[str, str]) -> None:
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")


def build_groups(tmp_path, articles_dir, articles: dict[str, str]):
    write(articles_dir, articles)
    db = tmp_path / "claims.duckdb"
    build(articles_dir, None, db, log=None)
    con = duckdb.connect(str(db), read_only=True)
    groups = con.execute("SELECT group_id, claim_type, canonical_value, unit, n_articles, disagreement "
                         "FROM claim_groups ORDER BY group_id").fetchall()
    members = con.execute("SELECT group_id, article_id, surface FROM claims WHERE group_id IS NOT NULL "
                          "ORDER BY group_id, article_id").fetchall()
    return groups, members


def test_seed_articles_group_the_cvl_survey_and_job_estimate(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    rows = con.execute("""SELECT g.claim_type, g.canonical_value, g.n_articles, g.disagreement,
                                 list(c.surface ORDER BY c.article_id)
                          FROM claim_groups g JOIN claims c USING (group_id) GROUP BY ALL""").fetchall()
    by_surfaces = {tuple(r[4]): r[:4] for r in rows}
    assert by_surfaces[("Three-quarters of the respondents", "75 percent")] == ("survey", 75.0, 2, False)
    assert by_surfaces[("nearly 204,000 positions", "more than 200,000 jobs")] == ("jobs", 204000.0, 2, False)
    # the same survey's other shares, reported by one article only, stay single-source
    single = con.execute("SELECT surface FROM claims WHERE group_id IS NULL AND claim_type = 'survey' "
                         "AND unit = 'percent'").fetchall()
    assert {s for (s,) in single} >= {"36%", "72%"}


def test_same_study_in_different_words_is_one_group(tmp_path, articles_dir):
    groups, members = build_groups(tmp_path, articles_dir, {
        "a.txt": "A survey by Brightline Research of 500 studio executives found that 62 percent "
                 "expect AI to shrink visual effects budgets next year.",
        "b.txt": "Nearly two-thirds of studio executives polled by Brightline Research said they expect "
                 "AI tools to shrink their visual effects budgets.",
    })
    assert len(groups) == 1
    _, claim_type, canonical, unit, n_articles, disagreement = groups[0]
    assert (claim_type, canonical, unit, n_articles, disagreement) == ("survey", 62.0, "percent", 2, False)
    assert [m[2] for m in members] == ["62 percent", "Nearly two-thirds of studio executives"]


def test_different_surveys_sharing_a_percentage_are_not_grouped(tmp_path, articles_dir):
    groups, _ = build_groups(tmp_path, articles_dir, {
        "pew.txt": "A Pew Research Center survey found that 40 percent of Americans have watched a "
                   "video made by AI.",
        "deloitte.txt": "According to a Deloitte poll, 40% of studio executives plan to use AI for "
                        "storyboards this year.",
        "viewers.txt": "In a survey of cinema audiences, 40% of viewers said they would pay to see a film "
                       "made with AI.",
        "editors.txt": "Some 40 percent of trailer editors have already used AI tools at work.",
    })
    assert groups == []


def test_reports_of_one_estimate_that_disagree_are_flagged(tmp_path, articles_dir):
    groups, members = build_groups(tmp_path, articles_dir, {
        "high.txt": "Anvil Analytics estimates that 120,000 animation jobs will be lost to AI by 2028.",
        "low.txt": "Anvil Analytics estimates that 90,000 animation jobs will be lost to AI by 2028, "
                   "a report shows.",
    })
    assert len(groups) == 1 and groups[0][5] is True  # disagreement
    assert sorted(m[2] for m in members) == ["120,000 animation jobs", "90,000 animation jobs"]


def test_one_article_repeating_a_figure_is_not_corroboration(tmp_path, articles_dir):
    groups, _ = build_groups(tmp_path, articles_dir, {
        "one.txt": "Anvil Analytics estimates that 120,000 animation jobs will be lost. "
                   "Anvil Analytics repeated that 120,000 animation jobs will be lost.",
    })
    assert groups == []


def claim(value, unit, qualifier="exact", value_high=None, value_usd=None, **extra):
    return {"value": value, "unit": unit, "qualifier": qualifier, "value_high": value_high,
            "value_usd": value_usd, **extra}


@pytest.mark.parametrize(("a", "b", "overlap"), [
    (claim(204000, "count", "approx"), claim(200000, "count", "more_than"), True),
    (claim(75, "percent"), claim(75.0, "percent"), True),
    (claim(75, "percent"), claim(72, "percent"), False),
    (claim(60, "seconds", "at_most"), claim(1, "minutes", "at_most"), True),  # units convert
    (claim(1.4e12, "CNY", value_usd=1.94e11), claim(200e9, "USD", value_usd=200e9), True),
    (claim(3000, "count", "range", value_high=4000), claim(3500, "count"), True),
    (claim(5, "count", "less_than"), claim(6, "count"), False),
])
def test_values_compare_through_qualifiers_rounding_and_units(a, b, overlap):
    assert comparable(a)[0] == comparable(b)[0]
    assert interval(a).overlaps(interval(b)) is overlap


def test_rounding_is_half_the_last_significant_digit():
    assert [rounding(v) for v in (204000, 200000, 75, 8.016, 0.5)] == [500, 50000, 0.5, 0.0005, 0.05]


def test_terms_fold_plurals_and_synonyms_and_drop_numbers():
    assert terms("Nearly 204,000 positions in Hollywood's studios") == {"job", "hollywood", "studio"}
    assert terms("three-quarters of the respondents") == {"survey"}


def test_group_ids_are_stable_and_groups_pure():
    rows = [
        {"claim_id": "a1", "article_id": "a", "publisher": "A", "value": 62.0, "unit": "percent",
         "qualifier": "exact", "claim_type": "survey", "subject": "Brightline Research", "noun": None,
         "sentence": "Brightline Research found 62 percent of executives expect smaller effects budgets."},
        {"claim_id": "b1", "article_id": "b", "publisher": "B", "value": 62.0, "unit": "percent",
         "qualifier": "exact", "claim_type": "survey", "subject": "Brightline Research", "noun": None,
         "sentence": "Executives expect smaller effects budgets, 62 percent told Brightline Research."},
    ]
    first, of_first = group_claims(rows)
    again, _ = group_claims(list(reversed(rows)))
    assert [g["group_id"] for g in first] == [g["group_id"] for g in again]
    assert set(of_first) == {"a1", "b1"}


def test_a_group_is_described_by_its_best_worded_claim_and_its_members_majority():
    """The exact figure with the most digits as written names the group's value and unit;
    the others are read on its scale; the claim type and the source are the members' most
    frequent (the first in claim order on a tie), a claim of type `other` not counting; an
    article without a publisher counts as an outlet of its own; the id hashes the members' ids."""
    import hashlib
    sentence = "The Brightline Research census of effects studios counted {} effects artists in Vancouver."
    rows = [
        {"claim_id": "c1", "article_id": "a", "publisher": "Wire", "value": 4000.0, "unit": "count",
         "qualifier": "approx", "claim_type": "other", "subject": "effects artists", "source": None},
        {"claim_id": "c2", "article_id": "b", "publisher": "Wire", "value": 4210.0, "unit": "count",
         "qualifier": "exact", "claim_type": "jobs", "subject": "Brightline Research", "source": "Brightline Research"},
        {"claim_id": "c3", "article_id": "c", "publisher": None, "value": 4200.0, "unit": "count",
         "qualifier": "exact", "claim_type": "jobs", "subject": "Brightline Research", "source": "Brightline Research"},
        {"claim_id": "c4", "article_id": "d", "publisher": "Daily", "value": 4.2, "unit": "count",
         "qualifier": "more_than", "claim_type": "other", "subject": "Vancouver census", "source": "Vancouver census"},
    ]
    for row in rows:
        row["sentence"] = sentence.format(row["value"])
        row["noun"] = "artists"
    rows[3]["value"] = 4100.0
    groups, group_of = group_claims(rows)
    assert len(groups) == 1
    group = groups[0]
    assert group_of == dict.fromkeys(["c1", "c2", "c3", "c4"], group["group_id"])
    assert group["group_id"] == "g" + hashlib.sha1(b"c1:c2:c3:c4").hexdigest()[:15]
    assert (group["canonical_value"], group["unit"], group["claim_type"]) == (4210.0, "count", "jobs")
    assert (group["value_min"], group["value_max"]) == (4000.0, 4210.0)
    assert group["spread"] == pytest.approx(210 / 4210)
    assert (group["n_claims"], group["n_articles"], group["n_publishers"]) == (4, 4, 3)
    assert group["subject"] == "Brightline Research" and group["disagreement"] is False
