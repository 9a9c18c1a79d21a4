"""Numbers as written: digits, magnitude words and abbreviations, number words, fractions."""
import pytest

from tests.conftest import one


@pytest.mark.parametrize("text, value", [
    ("nearly 204,000 positions were affected", 204000),
    ("a box office of 8.016 billion yuan", 8.016e9),
    ("priced at 1,20,000 rupees", 120000),
    ("a rate of .5 percent", 0.5),
    ("revenue of $13.6M last year", 13.6e6),
    ("a deal worth $1.762bn was signed", 1.762e9),
    ("wealth of $1tn in total", 1e12),
    ("it sold 25k copies", 25000),
    ("fines of RM3.06mil were paid", 3.06e6),
    ("the current population is about 8 B people", 8e9),
    ("There were 4 hundred million people.", 4e8),
    ("It installed 12.3m tonnes of steel.", 12.3e6),
    ("it employs 35m of its devices", 35e6),
])
def test_digits_with_separators_and_magnitudes(text, value):
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize("text, value, high", [
    ("nearly one million views", 1e6, None),
    ("I drew three to four thousand, and selected a few", 3000, 4000),
    ("there are twenty-eight thousand six hundred forty-two students", 28642, None),
    ("it took about a week", 1, None),
    ("at least half a year of work", 0.5, None),
    ("a dozen new films", 12, None),
    ("it lasted one and a half years", 1.5, None),
])
def test_number_words(text, value, high):
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.value_high == (pytest.approx(high) if high is not None else None)


@pytest.mark.parametrize("text, value, unit", [
    ("reduce about 1/3 of labor costs", 33.333, "percent"),
    ("Three-quarters of the respondents admitted it", 75, "percent"),
    ("two-thirds of viewers left", 66.667, "percent"),
    ("half of the eight Spring Festival movies flopped", 4, "count"),
    ("one in five adults agreed", 20, "percent"),
    ("A third of the population lives there.", 33.333, "percent"),
])
def test_fractions(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (pytest.approx(value, abs=0.001), unit)


def test_half_of_an_explicit_count_counts_what_is_counted():
    q = one("half of the eight Spring Festival movies ended in disgrace")
    assert q.noun == "Spring Festival movies"


@pytest.mark.parametrize("text, value, high, qualifier", [
    ("billions of artificial labor", 1e9, 1e10, "at_least"),
    ("tens of thousands of dollars", 1e4, 1e5, "at_least"),
    ("videos dozens of minutes long", 24, None, "at_least"),
])
def test_orders_of_magnitude(text, value, high, qualifier):
    q = one(text)
    assert (q.value, q.value_high, q.qualifier) == (value, high, qualifier)
