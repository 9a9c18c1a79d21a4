"""Ranges, qualifiers and direction."""
import pytest

from etl.extract import extract_claims
from tests.conftest import claim, one


@pytest.mark.parametrize("text, low, high, unit", [
    ("rise from US$100 million to US$500 million by 2030", 100e6, 500e6, "USD"),
    ("it may take three or four years", 3, 4, "years"),
    ("in the last 10 or 15 years", 10, 15, "years"),
    ("a 10-15% rise", 10, 15, "percent"),
    ("between 750,000 and 800,000 units", 750000, 800000, "count"),
    ("a fine of $3 billion to $5 billion", 3e9, 5e9, "USD"),
    ("from $10 to $15 billion", 10e9, 15e9, "USD"),
    ("three to four thousand drawings", 3000, 4000, "count"),
    ("fell from $36,040 to $34,935", 34935, 36040, "USD"),
])
def test_ranges(text, low, high, unit):
    q = one(text)
    assert (q.value, q.value_high, q.unit, q.qualifier) == (pytest.approx(low), pytest.approx(high), unit, "range")


def test_a_change_then_a_level_is_not_a_range():
    found = [q for q in __import__("tests.conftest").conftest.figures(
        "the deficit increased by $43.6 billion to $419.2 billion")]
    assert [(q.value, q.value_high) for q in found] == [(43.6e9, None), (419.2e9, None)]


@pytest.mark.parametrize("text, qualifier", [
    ("nearly 204,000 positions", "approx"),
    ("about 1/3 of costs", "approx"),
    ("around 600 people", "approx"),
    ("some 300 residents", "approx"),
    ("more than 520 copies", "more_than"),
    ("over 2 billion users", "more_than"),
    ("at least half a year", "at_least"),
    ("up to 60 seconds", "at_most"),
    ("a maximum of one minute", "at_most"),
    ("within 5 years", "at_most"),
    ("less than 5 people", "less_than"),
    ("under $10 per gram", "less_than"),
    ("sub-300 sq m offices", "less_than"),
    ("exactly 13 units", "exact"),
    ("they use the technology.More than half of developers agree", "more_than"),  # a space lost
    ("Lumen revenue tops 150 million yuan", "more_than"),  # a headline's present tense
    ("the market is expected to exceed 68 billion yuan", "more_than"),
    ("It took over three years to finish.", "more_than"),
    ("The studio hired 50 people or more.", "at_least"),
    ("Tickets cost $5 or less.", "at_most"),
    ("Episodes run from 90 seconds to a few minutes.", "at_least"),  # the upper end is vague
    ("The index stood above the important mark of 2,900 points.", "more_than"),
    ("The most expensive shows easily top $10 million per episode.", "more_than"),
    ("The list ranks the top $10 million earners.", "exact"),  # "the top": no verb
    ("Most of the viewers were under the age of 25.", "less_than"),
    ("Shares were sold to people over the age of 18.", "more_than"),
    ("The films were rated at an average of 7.2 stars.", "exact"),  # a mean is stated, not estimated
])
def test_qualifiers(text, qualifier):
    assert one(text).qualifier == qualifier


def test_a_gap_measured_from_a_mark_leaves_the_mark_exact():
    assert claim("Attendance was 30% below the 2019 level of 180 million.", "180").qualifier == "exact"


@pytest.mark.parametrize("text, direction, value", [
    ("the stock fell by more than 7%", "down", 7),
    ("shares rose 6.5% in early trade", "up", 6.5),
    ("the company cut 1,200 jobs", "down", 1200),
    ("sales increased by 30 percent", "up", 30),
    ("it dropped 0.4 per cent", "down", 0.4),
    ("Stoxx 50 -1.3% on the day", "down", -1.3),
    ("Dow +0.2% at noon", "up", 0.2),
    ("a sharp 3 percent drop", "down", 3),
    ("a profit of 10 percent", None, 10),
    ("the share price was plummeting 40% by noon", "down", 40),
    ("the forecast was revised upward by 12 percent", "up", 12),
    ("the freezer holds at minus 18 degrees Celsius", None, -18),
    ("the offence was -5 yards", None, -5),
    ("the night air can dip down to minus-40 degrees", "down", -40),
    ("women make up 40% of the crew", None, 40),  # "up" a particle of the verb, not a rise
    ("the defence gave up 320 yards", None, 320),
    ("prices went up 4% last year", "up", 4),
    # a verb that moves its object by the figure: which way, read past the object
    ("the contract raises minimum pay by 6%", "up", 6),
    ("the broadcaster has cut its drama budget by 25% since 2022", "down", 25),
    ("the studio lowered its forecast by 3%", "down", 3),
    ("the studio beat estimates by 3%", None, 3),  # (the guard: no verb of movement)
    ("the studio raised $30 million", None, 30_000_000),  # (the guard: money raised, no "by")
    ("subtitling rates have fallen by between 30% and 50%", "down", 30),  # a range of the move
])
def test_direction(text, direction, value):
    q = one(text)
    assert (q.direction, q.value) == (direction, value)


def test_costs_that_add_up_to_a_sum_are_that_sum_not_a_ceiling():
    q = one("the costs add up to $5 million")
    assert (q.surface, q.qualifier, q.direction) == ("$5 million", "exact", None)
    assert one("it could cost up to $5 million").qualifier == "at_most"


def test_negative_values():
    assert one("the offence was minus-5 yards").value == -5
    assert one("it can dip to minus 130 degrees Fahrenheit").value == -130


@pytest.mark.parametrize("text, qualifier, direction", [
    ("the moths can fly more than 100 kilometers (60 miles) a night", "more_than", None),
    ("an engine of just under 296 hp (224 kW / 300 PS)", "less_than", None),
    ("the river fell by 2 feet (61 cm) overnight", "exact", "down"),
])
def test_a_conversion_in_brackets_is_bounded_and_moved_as_the_figure_it_converts(text, qualifier, direction):
    converted = __import__("tests.conftest").conftest.figures(text)[-1]
    assert (converted.qualifier, converted.direction) == (qualifier, direction)


def test_a_bracketed_figure_that_is_not_a_conversion_keeps_its_own_qualifier():
    found = __import__("tests.conftest").conftest.figures("more than 300 people (20 of them children) came")
    assert [q.qualifier for q in found] == ["more_than", "exact"]


def test_over_a_decade_is_during_one_unless_it_is_for_over_a_decade():
    from tests.conftest import claim
    assert claim("Members could lose $1 billion in residuals over a decade.", "decade").qualifier == "exact"
    assert claim("It has worked for over a decade.", "decade").qualifier == "more_than"
    assert claim("It took over 10 years.", "10 years").qualifier == "more_than"


@pytest.mark.parametrize("text, surface, low, high", [
    ("Between a third and a half of that spending came from subscriptions.", "a third and a half", 100 / 3, 50.0),
    ("Between a third and half of the staff left.", "a third and half of the staff", 100 / 3, 50.0),
    ("between one-third and one-half of users", "one-third and one-half of users", 100 / 3, 50.0),
])
def test_a_range_of_fractions_is_one_share_between_its_ends(text, surface, low, high):
    found = claim(text, surface)
    assert (found.unit, found.qualifier) == ("percent", "range")
    assert found.value == pytest.approx(low, rel=1e-3) and found.value_high == pytest.approx(high)


@pytest.mark.parametrize("text, surface, qualifier", [
    # a floor named as little, few or low: at least that
    ("The deal could be worth as much as $2 billion, or as little as $500 million.", "as little as $500 million",
     "at_least"),
    ("Production costs can be as low as 100,000 yuan.", "as low as 100,000 yuan", "at_least"),
    ("As few as 40 artists worked on it.", "As few as 40 artists", "at_least"),
])
def test_a_floor_named_as_little_few_or_low(text, surface, qualifier):
    assert [(c.surface, c.qualifier) for c in extract_claims(text)][-1] == (surface, qualifier)


@pytest.mark.parametrize("text, surface, low, high, unit", [
    # a currency before the first end and a scale after the second: one range of money
    ("A big action film now costs Rs 250-300 crore to make.", "Rs 250-300 crore", 2.5e9, 3e9, "INR"),
    ("The deal is worth $250-300 million.", "$250-300 million", 2.5e8, 3e8, "USD"),
    ("Savings could reach €2–3 billion.", "€2–3 billion", 2e9, 3e9, "EUR"),
])
def test_a_currency_first_and_a_scale_last_make_one_range(text, surface, low, high, unit):
    assert [(c.surface, c.value, c.value_high, c.unit) for c in extract_claims(text)] == [(surface, low, high, unit)]


@pytest.mark.parametrize("text, surface, low, high, unit, qualifier", [
    # the second end's "m" after a currency's first is a million, no metres (a length stays one)
    ("It costs £1m-2m.", "£1m-2m", 1e6, 2e6, "GBP", "range"),
    ("It costs $2m-3m a year.", "$2m-3m a year", 2e6, 3e6, "USD", "range"),
    ("The pool is 25m-50m long.", "25m-50m", 25, 50, "metre", "range"),
    # "-plus" and "+" after a scaled amount: at least that
    ("Starfall eyes $40 million-plus opening", "$40 million-plus", 4e7, None, "USD", "at_least"),
    ("It has 10m+ users.", "10m+ users", 1e7, None, "count", "at_least"),
])
def test_millions_glued_in_ranges_and_plus_suffixes(text, surface, low, high, unit, qualifier):
    assert [(c.surface, c.value, c.value_high, c.unit, c.qualifier) for c in extract_claims(text)] == [
        (surface, low, high, unit, qualifier)]


@pytest.mark.parametrize("text, surface, qualifier", [
    # "as long as" bounds a time; before anything else it is a condition ("provided that")
    ("The strike could last as long as six months.", "as long as six months", "at_most"),
    ("The vote passes as long as 50% of members approve.", "50%", "exact"),
])
def test_as_long_as_bounds_a_time_only(text, surface, qualifier):
    assert [(c.surface, c.qualifier) for c in extract_claims(text)][0] == (surface, qualifier)


@pytest.mark.parametrize("text, surfaces", [
    # a tally or a score runs downwards: two counts, not a range (values run upwards in a range)
    ("The vote was 50 to 1 in favor.", ["50", "1"]),
    ("The board voted 7-2 to approve the deal.", ["7", "2"]),
    # a change from one level to another is written as a range, upwards or downwards
    ("Headcount fell from 600 to 180.", ["600 to 180"]),
    ("Costs are expected to rise from $100 million to $500 million by 2030.", ["$100 million to $500 million"]),
])
def test_a_tally_is_no_range(text, surfaces):
    assert [c.surface for c in extract_claims(text)] == surfaces


def test_a_quoted_hedge_bounds_the_figure():
    c = [c for c in extract_claims('The company would make "at least" £50m of savings in 2025.')][0]
    assert (c.surface, c.qualifier) == ('"at least" £50m', "at_least")


def test_a_range_of_times_in_two_units_is_in_the_first():
    c = extract_claims("In our tests, a clip took between 90 seconds and three minutes to render.")[0]
    assert (c.value, c.value_high, c.unit, c.qualifier) == (90, 180, "seconds", "range")


@pytest.mark.parametrize("text, surface, qualifier", [
    # "over" opening a clause on a span is the period, no "more than"
    ("Over 10 years, costs rose from $10 million to $25 million per film.", "10 years", "exact"),
    ("It took over 10 years to finish.", "over 10 years", "more_than"),
])
def test_over_a_span_opening_a_clause_is_a_period(text, surface, qualifier):
    assert (surface, qualifier) in [(c.surface, c.qualifier) for c in extract_claims(text)]


def test_over_seasons_after_an_amount_is_its_period_no_bound():
    assert [c.surface for c in extract_claims("The rights are worth about £900 million over three seasons.")] \
        == ["about £900 million"]
    # (the guard: seasons counted on their own keep their "over")
    assert claim("The show has run for over 12 seasons.", "12 seasons").qualifier == "more_than"
