"""Units: percent, currencies as ISO codes, counts with what is counted, time, own names."""
import pytest

from tests.conftest import one


@pytest.mark.parametrize("text, unit", [
    ("36% of respondents", "percent"),
    ("75 percent said so", "percent"),
    ("up 5 per cent", "percent"),
    ("a 24pc discount", "percent"),
    ("rates rose 2 percentage points", "percentage point"),
    ("a 60 basis point improvement", "basis point"),
])
def test_percent_and_points_kept_distinct(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text, value, unit", [
    ("costs from US$100 to spare", 100, "USD"),
    ("a $149.99 price point", 149.99, "USD"),
    ("more than 50 million US dollars", 50e6, "USD"),
    ("8.016 billion yuan", 8.016e9, "CNY"),
    ("RMB 5 billion was raised", 5e9, "CNY"),
    ("a ¥300 ticket in Beijing", 300, "CNY"),
    ("a fee of €20", 20, "EUR"),
    ("a £1,000 payment", 1000, "GBP"),
    ("a notebook for 1,200€", 1200, "EUR"),
    ("revenue of HK$3.7 billion", 3.7e9, "HKD"),
    ("a USD10m yacht", 10e6, "USD"),
    ("the 110 JPY rate", 110, "JPY"),
    ("333.6 million yen paid", 333.6e6, "JPY"),
    ("7.5 million Danish crowns", 7.5e6, "DKK"),
    ("priced at RM79 a month", 79, "MYR"),
])
def test_currencies_as_iso_codes(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, noun", [
    ("nearly 204,000 positions, including VFX", "positions"),
    ("a survey of 300 Hollywood industry leaders in January", "Hollywood industry leaders"),
    ("nearly one million views.", "views"),
    ("he sold 250,000 sets of this course", "sets"),
])
def test_counts_keep_what_is_counted(text, noun):
    q = one(text)
    assert (q.unit, q.noun) == ("count", noun)


@pytest.mark.parametrize("text, value, unit", [
    ("with a 60-second video", 60, "seconds"),
    ("a 1-minute segment", 1, "minutes"),
    ("within 5 years", 5, "years"),
    ("for 15 years", 15, "years"),
    ("more than three decades", 30, "years"),
    ("in just one week", 1, "weeks"),
    ("about 48 hrs", 48, "hours"),
])
def test_time_units(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, unit", [
    ("a farm of 300 acres", "acre"),
    ("about 35 miles further", "mile"),
    ("the index lost 190 points", "point"),
    ("a 5kW solar system", "kilowatt"),
    ("50mph winds", "mile per hour"),
    ("256GB of storage", "gigabyte"),
    ("Senard, 65, now leads", "year of age"),
])
def test_other_units_keep_their_lowercase_singular_name(text, unit):
    assert one(text).unit == unit


def test_rates_are_kept_apart_from_the_unit():
    q = one("an AI course for 199 yuan a copy")
    assert (q.unit, q.per) == ("CNY", "copy")
