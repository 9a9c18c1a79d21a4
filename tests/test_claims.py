"""Claim type, forecast and horizon, subject, USD value: whole sentences in, claims out."""
from datetime import date

import pytest

from etl.extract import extract_claims
from etl.normalise import FxRates

PUBLISHED = date(2024, 2, 22)


def claim(text, surface_part, published=PUBLISHED):
    found = [c for c in extract_claims(text, published=published, rates=FxRates.load())
             if surface_part in c.surface]
    assert len(found) == 1, [c.surface for c in extract_claims(text)]
    return found[0]


@pytest.mark.parametrize("text, part, ctype", [
    ("A poll by Ipsos found 61% of adults distrust AI video.", "61%", "survey"),
    ("CVL Economics surveyed 300 industry leaders in January.", "300", "survey"),
    ("Of those, 75 percent said the tools cut jobs.", "75 percent", "survey"),
    ("The studio will cut 1,200 jobs next year.", "1,200", "jobs"),
    ("a team of less than 5 people will make a feature", "5 people", "jobs"),
    ("The film grossed $120 million at the box office.", "$120 million", "box_office"),
    ("Training a model is expected to cost US$500 million.", "US$500 million", "cost"),
    ("The company reported revenue of $2.3 billion.", "$2.3 billion", "revenue"),
    ("it may change the US$200 billion short video creation ecosystem", "US$200 billion", "market_size"),
    ("The startup raised $50 million in a funding round.", "$50 million", "investment"),
    ("Shares of Adobe fell 7% after the launch.", "7%", "stock_move"),
    ("the videos have received nearly one million views", "million views", "audience"),
    ("Sora can generate videos of up to 60 seconds.", "60 seconds", "capability"),
    ("It would take about a week to produce such a video.", "a week", "duration"),
    ("The ceremony handed out 7 awards.", "7 awards", "other"),
])
def test_claim_type(text, part, ctype):
    assert claim(text, part).claim_type == ctype


@pytest.mark.parametrize("text, part, forecast, horizon", [
    ("Zak Kukoff predicts that a team of less than 5 people will make a hit within 5 years.", "5 people", True, 2029),
    ("It is expected that more than 200,000 jobs will be affected in the next three years.", "200,000", True, 2027),
    ("The cost is expected to rise from US$100 million to US$500 million by 2030.", "US$100", True, 2030),
    ("If it is quick, it may take three or four years.", "three or four", True, 2028),
    ("The box office reached 8.016 billion yuan this season.", "8.016", False, None),
    ("In the last 10 or 15 years, almost everyone will tell you to code.", "10 or 15", False, None),
    ("Although videos are a maximum of one minute long, insiders predict longer ones.", "one minute", False, None),
    ("The tool has helped reduce about 1/3 of labor costs, and may be compressed in the future.", "1/3", False, None),
])
def test_forecast_and_horizon(text, part, forecast, horizon):
    c = claim(text, part)
    assert (c.is_forecast, c.horizon_year) == (forecast, horizon)


def test_horizon_needs_a_publication_date_for_relative_spans():
    c = claim("Analysts expect 5,000 jobs to go in the next three years.", "5,000", published=None)
    assert (c.is_forecast, c.horizon_year) == (True, None)


@pytest.mark.parametrize("text, part, subject", [
    ("San Francisco early investor Zak Kukoff predicts that 5 people will do it.", "5 people", "Zak Kukoff"),
    ("According to a survey by CVL Economics, 36% of respondents agreed.", "36%", "CVL Economics"),
    ("A report from OpenAI states that the cost will reach US$500 million.", "US$500", "OpenAI"),
    ("Industry research company CVL Economics released a survey of 300 leaders.", "300", "CVL Economics"),
    ("Before that, a domestic university team stated that costs fell about 1/3.", "1/3", "domestic university team"),
])
def test_subject_from_the_sentence(text, part, subject):
    assert claim(text, part).subject == subject


def test_subject_carries_over_to_pronouns_and_vague_sources():
    text = ("Industry research company CVL Economics released a survey of 300 leaders. "
            "Three-quarters of the respondents admitted AI cut jobs. "
            "Some organizations estimate that nearly 204,000 positions will be affected.")
    subjects = {c.surface: c.subject for c in extract_claims(text)}
    assert subjects["Three-quarters of the respondents"] == "CVL Economics"
    assert subjects["nearly 204,000 positions"] == "CVL Economics"


def test_value_usd_uses_the_rate_of_the_publication_year():
    rates = FxRates.load()
    c = claim("The season took 8.016 billion yuan at the box office.", "8.016")
    assert c.value_usd == pytest.approx(8.016e9 / rates.by_currency["CNY"][2024])
    assert claim("It cost $5 million.", "$5 million").value_usd == 5e6
    assert claim("Some 300 people came.", "300").value_usd is None


def test_offsets_point_at_the_figure_and_its_sentence():
    text = "Intro line here.\nShares of Adobe fell 7% on Friday. Nothing else."
    (c,) = extract_claims(text)
    assert text[c.char_start:c.char_end] == c.surface == "7%"
    assert text[c.sentence_start:c.sentence_start + len(c.sentence)] == c.sentence
    assert c.sentence == "Shares of Adobe fell 7% on Friday."


@pytest.mark.parametrize("text, part, subject", [
    ('"We did it in two weeks," said Maria Lopez, chief executive of Pixel Forge.', "two weeks", "Maria Lopez"),
    ("Tyler Perry, 54, said he had paused an $800 million expansion.", "$800 million", "Tyler Perry"),
    ("About 40% of respondents in a Morning Consult poll said they would watch it.", "40%", "Morning Consult poll"),
])
def test_subject_in_news_constructions(text, part, subject):
    assert claim(text, part).subject == subject


def test_a_prediction_does_not_reach_past_its_clause():
    text = "The guild found that 62% expect change within two years, and one in four said they had lost work."
    # "62% expect ..." is a survey share held now; what they expect is "within two years"
    assert not claim(text, "62%").is_forecast
    assert (claim(text, "two years").is_forecast, claim(text, "two years").horizon_year) == (True, 2026)
    assert not claim(text, "one in four").is_forecast


def test_funding_is_not_a_move_up():
    c = claim("Pixel Forge raised $45 million in a Series B round.", "$45 million")
    assert (c.direction, c.claim_type) == (None, "investment")


def test_time_spent_is_a_duration_not_a_cost():
    assert claim("We used to spend six months on a sequence.", "six months").claim_type == "duration"
    assert claim("The cost of making a 1-minute segment is high.", "1-minute").claim_type == "cost"


def test_camel_case_sources_and_data_from():
    assert claim("According to iiMedia Research, the market reached 37.39 billion yuan.", "37.39").subject == "iiMedia Research"
    assert claim("Data from the China Film Administration showed 86,000 screens.", "86,000").subject == "China Film Administration"


def test_a_modal_after_the_figure_makes_it_a_forecast():
    assert claim("Some 12,000 animators may need retraining, analysts estimate.", "12,000").is_forecast


def test_would_with_a_time_ahead_covers_only_what_follows_it():
    text = "More than 60 percent believed AI would replace some jobs within three to five years."
    assert not claim(text, "60 percent").is_forecast
    c = claim(text, "three to five")
    assert (c.is_forecast, c.horizon_year, c.claim_type) == (True, 2029, "duration")


def test_take_n_days_is_a_duration_even_beside_a_cost():
    text = "A series used to cost 300,000 yuan and take about 10 days to shoot."
    assert claim(text, "10 days").claim_type == "duration"
    assert claim(text, "300,000").claim_type == "cost"


@pytest.mark.parametrize("text, part, field, value", [
    # a figure in scare quotes is still a share of what follows the closing mark, moved by the verb before it
    ('Its chief executive said the sector had lost "something like a quarter" of its workforce in two years.',
     "a quarter", "value", 25.0),
    ('Its chief executive said the sector had lost "something like a quarter" of its workforce in two years.',
     "a quarter", "direction", "down"),
    ("The union said the studio had cut “a third” of its crew.", "a third", "value", 33.333),
    # hedges of rough size
    ('Its chief executive said the sector had lost "something like a quarter" of its workforce in two years.',
     "a quarter", "qualifier", "approx"),
    ("The producer put the cost in the region of $40 million.", "$40 million", "qualifier", "approx"),
    ("Training runs now cost on the order of $100 million.", "$100 million", "qualifier", "approx"),
    # a plural that could spell a verb is the noun before its own auxiliary
    ("Nearly a fifth of new shows were dubbed into at least five languages.", "a fifth", "measure",
     "new shows that were dubbed into at least five languages"),
    ("About 40% of its reality shows have been cancelled.", "40%", "measure", "reality shows that have been cancelled"),
])
def test_quoted_fractions_rough_hedges_and_plural_heads(text, part, field, value):
    assert getattr(claim(text, part), field) == value


@pytest.mark.parametrize("text, part, measure", [
    # a possessive stands where the article would before a figure that modifies a noun
    ("The government's 40% tax relief for visual effects took effect in April.", "40%", "tax relief for visual effects"),
    # a share's whole ends before its verb, and is the possessor's
    ("Lumora's 30% share of the market is at risk.", "30%", "share of market"),
    ("Netflix said its 20% share of the market was safe.", "20%", "Netflix share of market"),
])
def test_a_possessive_before_a_figure_and_a_share_s_whole(text, part, measure):
    assert claim(text, part).measure == measure


def test_a_target_by_a_quarter_of_a_year_to_come_is_a_forecast():
    text = "The company is targeting 500 million users by the third quarter of 2026."
    assert claim(text, "500 million").is_forecast
    assert claim(text, "500 million").horizon_year == 2026
    assert not claim("Revenue rose 5% in the third quarter of 2023.", "5%").is_forecast  # (a quarter gone by)


def test_a_research_firm_named_for_its_research_is_what_the_firm_stands_for():
    text = ("The market will grow to $2.56 billion by 2032, according to Fortune Business Insights.\n\n"
            "Grand View Research puts the market at $3.4 billion by the end of the decade. Spending on AI tools by "
            "studios could triple to $9 billion within five years, the firm said.")
    assert claim(text, "$9 billion").source == "Grand View Research"


def test_a_participle_after_a_possessive_is_an_adjective_and_a_boost_is_to_its_measure():
    # "add 20 billion won to CJ ENM's operating profit this year": the profit's boost, no investment
    found = claim("Analysts estimate the deal will add 20 billion won to CJ ENM's operating profit this year.", "20 billion")
    assert (found.measure, found.claim_type) == ("boost to CJ ENM's operating profit", "other")


def test_an_offering_is_a_noun():
    found = claim("The company raised HK$4.6 billion in the initial public offering, selling 150 million shares.",
                  "HK$4.6 billion")
    assert found.measure == "initial public offering"


@pytest.mark.parametrize("text, part, horizon", [
    # a month without its year: the next one from the article's date (22 February 2024)
    ("It forecast between 40 million and 42 million subscribers by the end of December.", "40 million", 2024),
    ("The studio expects to hire 300 animators by January.", "300", 2025),
    # a month with its year
    ("The studio expects to hire 300 animators by March 2027.", "300", 2027),
])
def test_a_forecast_by_a_month_reaches_that_month_s_year(text, part, horizon):
    c = claim(text, part)
    assert (c.is_forecast, c.horizon_year) == (True, horizon)
