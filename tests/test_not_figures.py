"""Numbers that are not figures: dates, years, times, ordinals, URLs and IDs, titles,
model names, idioms, incidental counts."""
import pytest

from etl.extract import extract_claims
from tests.conftest import figures


@pytest.mark.parametrize("text", [
    "On February 15, openai released the model.",
    "China News Service, Beijing, February 24 (Reporter Wang Shiyao)",
    "During the Spring Festival of 2024, the film opened.",
    "Published: Feb 21, 2024 11:09 PM",
    "Updated on 2024-02-22",
    "The hearing is on 9 May and again on Sept. 20-24.",
    "Brexit is due to take place on March 29.",
    "The market opened at 9:30 a.m. and closed at 4pm.",
    "It was the 21st time, the 2nd attempt and the 10th record.",
    "Dynamic picture source: https://twitter.com/gabor/status/1758282791547232482",
    "Write to news@example.com or @reporter42 with #AI2024 tips.",
    "The movie \"If You Are the One 3\" and \"The Wandering Earth 2\" were hits.",
    "It renders 3D scenes and 2D frames.",
    "Compared with GPT-4 and COVID-19 and the Galaxy S23, it is new.",
    "it can be said that \"one stone stirs up a thousand waves\", they said.",
    "He can achieve multiple things with one stone.",
    "The category 4 hurricane hit Game 2 of the Model 3 launch.",
    "the 2014-15 season and the 1990s were different",
    "One year ago, ChatGPT set off a wave.",
    "About two years ago, the studio moved and three weeks later it reopened.",
    "Last year the film grossed well; the past year was hard; next year's festival is in May.",
    "Several years ago, it began.",
    "Each brush stroke carries thousands of years of painting tradition.",  # an idiom of a long time
    "Attendance remains below 2019 levels and above 2021 figures.",  # the year of what follows
    "Homes in the 90049 ZIP Code sold fast.",  # a code, not an amount
    "One or more studios may follow.",
    "one person can complete the film, and the two photographers agreed on four words.",
    "Sora has three major highlights.",
    "maybe one day it will be",
    "The studio sold its offices at 49 Harbour View Road, Sydney, and 9 E 71st St. in New York.",
    "The premiere was held at 22 Ave Foch, Paris, and at 12 Rue de Rivoli.",
    "Kuaishou shares posted their biggest one-day gain since August.",  # a market's measure of a move
    "The studio passed its ISO 9001 audit.",
])
def test_not_figures(text):
    assert [q.surface for q in figures(text)] == []


def test_a_count_before_a_street_name_is_still_a_count():
    assert [q.surface for q in figures("About 300 Wall Street firms hired 12 Street Fighter animators.")] == [
        "About 300 Wall Street firms", "12 Street Fighter animators"]


def test_by_year_sets_a_horizon_but_is_not_a_figure():
    text = "The cost is expected to reach US$500 million by 2030."
    claims = extract_claims(text)
    assert [c.surface for c in claims] == ["US$500 million"]
    assert claims[0].horizon_year == 2030


def test_incidental_counts_are_quantities_but_not_figures():
    from etl.quantities import find_quantities
    found = find_quantities("The two photographers met one man.")
    assert [(q.value, q.is_figure) for q in found] == [(2, False), (1, False)]


def test_a_range_of_days_in_words_is_a_date():
    surfaces = [q.surface for q in figures("Box office from Oct. 1 to 7 reached 2.1 billion yuan.")]
    assert surfaces == ["2.1 billion yuan"]


def test_an_exchange_rate_noted_for_the_reader_is_no_figure():
    text = "The firm raised £60 million ($76 million) from investors.\n\n($1 = 0.7895 pounds)\n"
    assert [q.surface for q in figures(text)] == ["£60 million", "$76 million"]


def test_a_study_s_notation_and_an_age_bracket_are_no_figures():
    text = ("Participants identified AI clips only 52% of the time in a study of 1,276 adults (n = 1,276; p < 0.01). "
            "Participants aged 18 to 34 did slightly better, at 56%.")
    assert [c.surface for c in extract_claims(text)] == ["only 52%", "1,276 adults", "56%"]


@pytest.mark.parametrize("text", ["The service runs 24/7 across the region.", "Security changed after 9/11."])
def test_round_the_clock_and_a_date_named_event_are_no_figures(text):
    assert extract_claims(text) == []


def test_a_person_s_age_after_their_name_is_no_figure():
    text = '"The tools pay for themselves," said Reyes, 41. Maria Lopez, 35, a colourist, agreed.'
    assert [c.surface for c in extract_claims(text)] == []
    # (the guard: counts listed after names stay)
    assert [c.surface for c in extract_claims("Nominations: Netflix, 18, Disney, 12.")] == ["18", "12"]


def test_an_age_in_words_bounding_a_group_is_no_figure():
    text = "Children aged four to 15 spent an average of 2 hours a day online."
    assert [c.surface for c in extract_claims(text) if c.is_figure] == ["an average of 2 hours a day"]


def test_a_second_day_after_a_month_is_no_figure():
    assert figures("Ten finalists will screen their films on June 7 and 8.") == []
    # (the guard: a count after a date stays)
    assert [c.surface for c in extract_claims("Screenings on May 3 and 40 more in June.")] == ["40"]
