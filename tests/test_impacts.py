"""Qualitative impact statements: sector, direction, strength, hedges, time frame, speaker."""
from __future__ import annotations

from datetime import date

import duckdb
import pytest

from etl.impacts import DIRECTIONS, SECTOR_LABELS, extract_impacts
from etl.lexicon import IMPACT_SECTORS

PUBLISHED = date(2024, 2, 22)


def impacts(text: str) -> dict[str, tuple]:
    """sector -> (what the statement says of it, its strength, hedge, time frame, speaker)."""
    found = extract_impacts(text, PUBLISHED)
    return {x.sector: (x.direction, i.strength, x.hedged, i.time_frame, i.speaker) for i in found for x in i.sectors}


@pytest.mark.parametrize(("text", "sector", "direction"), [
    # harm
    ("Industry analyst Mia Chen said AI video will devastate visual effects houses.", "vfx", "harm"),
    ("Storyboard artists could lose their jobs to text-to-video models.", "concept_design", "harm"),
    ("Dubbing studios are already being replaced by synthetic voices.", "post_production", "harm"),
    ("The new model threatens camera rental houses and equipment manufacturers.", "equipment_leasing", "harm"),
    # benefit
    ("The tool will be a major benefit for screenwriters.", "screenwriting", "benefit"),
    ("Small advertising agencies see an opportunity to make commercials for less.", "advertising", "benefit"),
    ("Film schools say the software will help students learn editing faster.", "education", "benefit"),
    # mixed
    ("For animators, Sora brings both new opportunities and serious threats.", "animation", "mixed"),
    # little or none
    ("AI will have little impact on documentary photographers.", "photography", "none"),
    ("Actors will not be replaced by AI, the union's president said.", "acting", "none"),
    ("The claim that AI will destroy the games industry is unfounded.", "games", "none"),
    # "more of X than Y" counts X
    ("For directors, AI is more of an opportunity than a challenge.", "directing", "benefit"),
    # an opportunity taken away is a harm; a reduction in another clause is not
    ("Animators fear the software would reduce their job opportunities.", "animation", "harm"),
    ("The tools led to the elimination of animation jobs at the studio.", "animation", "harm"),
    ("Editing costs are now greatly reduced, which is a major benefit for film editors.", "post_production", "benefit"),
])
def test_direction_for_each_kind_of_statement(text, sector, direction):
    assert impacts(text)[sector][0] == direction


def test_strength_hedge_and_time_frame():
    found = impacts("Sora may hurt short video creators within three years, a report warned.")
    assert found["short_video"] == ("harm", None, True, "3 years", None)
    found = impacts("In the short term, concept design jobs will be affected to a certain extent.")
    assert found["concept_design"][:4] == ("harm", "weak", False, "short term")
    found = impacts("Its impact on leasing companies will be devastating.")
    assert found["equipment_leasing"][:2] == ("harm", "strong")
    [found] = extract_impacts("By 2030, AI will replace many jobs in dubbing, the report predicts.", PUBLISHED)
    assert [x.sector for x in found.sectors] == ["labour", "post_production"]  # one statement, two sectors
    assert (found.time_frame, found.horizon_year, found.kind) == ("by 2030", 2030, "forecast")
    found = extract_impacts("Film editors will lose work in the next five years, he said.", PUBLISHED)
    assert [(i.sector, i.time_frame, i.horizon_year) for i in found] == [("post_production", "5 years", 2029)]


def test_a_denied_impact_is_none_and_flagged_negated():
    [actors] = extract_impacts("Actors will not be replaced by AI in the future.", PUBLISHED)
    assert (actors.direction, actors.negated, actors.time_frame) == ("none", True, "future")


def test_speaker_is_named_and_carried_over_pronouns():
    text = ("Hou Mao, founder of Moss AI, told reporters on Monday that Sora was a leap. "
            "He believes that the animation industry should be the first to be affected.")
    [animation] = extract_impacts(text, PUBLISHED)
    assert (animation.sector, animation.direction, animation.hedged, animation.speaker) == \
        ("animation", "harm", True, "Hou Mao")


def test_contrast_says_different_things_of_each_sector_in_one_statement():
    text = ("He said the model will not threaten large-scale film production but may disrupt "
            "the production of short videos.")
    [found] = extract_impacts(text, PUBLISHED)
    assert {(x.sector, x.direction, x.hedged) for x in found.sectors} == {("film_tv", "none", False),
                                                                          ("short_video", "harm", True)}
    assert found.direction == "harm"  # what it says of any sector: harm here, none there


def test_one_sentence_is_one_statement_however_many_sectors_it_names():
    text = "AI will be a major benefit for directors, screenwriters and photographers."
    [found] = extract_impacts(text, PUBLISHED)
    assert [x.sector for x in found.sectors] == ["directing", "screenwriting", "photography"]
    assert (found.direction, found.strength) == ("benefit", "strong")
    text = "AI will hurt animators but help screenwriters."
    [found] = extract_impacts(text, PUBLISHED)
    assert found.direction == "mixed"


@pytest.mark.parametrize(("text", "kind"), [
    ("Every major technological innovation has threatened some jobs in animation.", "history"),
    ("Some netizens fear that AI will replace animators.", "speculation"),
    ("Animators will be replaced within five years, Lee Park said.", "forecast"),
    ("Dubbing studios are already being replaced by synthetic voices.", "present"),
])
def test_history_and_reported_speculation_are_not_forecasts(text, kind):
    [found] = extract_impacts(text, PUBLISHED)
    assert found.kind == kind


def test_questions_are_not_statements():
    assert extract_impacts("Will AI replace animators in the next five years?", PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "Many directors, screenwriters and actors attended the festival in Shanghai.",
    "Special effects were added in post-production last year.",
    "Will photographers be replaced by AI?",
    "The animation studio released its first feature in 2019.",
    "Photographers use new cameras with sharper lenses.",
])
def test_sector_mentions_without_an_impact_are_not_statements(text):
    assert extract_impacts(text, PUBLISHED) == []


def test_offsets_point_into_the_text():
    text = "Intro line.\n\nAI will be a major benefit for directors and screenwriters, she said."
    for i in extract_impacts(text, PUBLISHED):
        assert text[i.sentence_start:i.sentence_end] == i.sentence
        for x in i.sectors:
            assert text[x.mention_start:x.mention_end] == x.sector_text
            assert x.direction in DIRECTIONS and x.sector in SECTOR_LABELS


def test_the_vocabulary_is_documented_in_the_readme():
    readme = (__import__("pathlib").Path(__file__).resolve().parent.parent / "README.md").read_text()
    for key, (label, _) in IMPACT_SECTORS.items():
        assert f"`{key}`" in readme and label in readme, key


def test_seed_articles_yield_the_impact_statements_of_the_issue(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    rows = con.execute("""SELECT s.sector, s.direction, i.strength, i.time_frame, i.speaker, i.sentence
                          FROM impacts i JOIN impact_sectors s USING (impact_id)""").fetchall()

    def find(words: str, sector: str):
        hits = [r for r in rows if words in r[5] and r[0] == sector]
        assert len(hits) == 1, (words, sector, hits)
        return hits[0][1:5]

    assert find("animation industry should be the first to be affected", "animation")[0] == "harm"
    assert find("animation industry should be the first", "animation")[3] == "Hou Mao"
    assert find("equipment manufacturers and leasing companies will be devastating", "equipment_leasing") == \
        ("harm", "strong", None, "Hou Mao")
    # "Of course, there is also a bright side, which will be a major benefit for ...": the
    # sentence attributes it to nobody (no speech verb, pronoun or quotation), so no speaker
    for sector in ("directing", "screenwriting", "photography"):
        assert find("major benefit for professional jobs", sector) == ("benefit", "strong", None, None)
    assert find("little impact on realistic movies and TV series", "film_tv") == \
        ("none", None, "short term", "Hou Mao")
    assert find("concept design and video preview will be affected", "concept_design") == \
        ("harm", "weak", "short term", "Ma Heliang")
    assert find('undoubtedly "more of an opportunity than a challenge"', "film_tv") == \
        ("benefit", None, None, "Shi Wenxue")
    # every statement has a sector, a direction and its sentence; one statement per sentence
    assert all(r[0] in SECTOR_LABELS and r[1] in DIRECTIONS and r[5] for r in rows)
    n, sentences = con.execute("SELECT count(*), count(DISTINCT (article_id, sentence_start)) FROM impacts").fetchone()
    assert n == sentences


def test_a_sector_word_inside_an_organisation_s_name_is_not_the_sector():
    found = impacts("A study by the Animation Guild estimates that AI will cut 20,000 dubbing jobs.")
    assert "animation" not in found
    assert "animation" in impacts("AI will cut 20,000 animation jobs, the guild said.")
