"""Units: percent, currencies as ISO codes, counts with what is counted, time, own names."""
import pytest

from etl.extract import extract_claims
from tests.conftest import figures, one


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
    ("a sequence that cost 400,000 zlotys", 400000, "PLN"),
    ("a grant of 2 million złotys", 2e6, "PLN"),
    ("a budget of 6.2 billion Chilean pesos", 6.2e9, "CLP"),
    ("the fund paid out COP 38 billion", 38e9, "COP"),
    ("a fee of 900,000 Argentine pesos", 900000, "ARS"),
    # a bare "pesos" is the peso of the country named last before it, the Mexican peso when none is
    ("In Argentina, a dubbing actor earns roughly 900,000 pesos a month", 900000, "ARS"),
    ("In Bogotá, a short costs about 80 million pesos", 80e6, "COP"),
    ("a studio that spent 45 million pesos", 45e6, "MXN"),
    # (the guard: an article before a prefix is no code, "a Rs" is no "ARS")
    ("a Rs 1,500 crore fund", 1.5e10, "INR"),
])
def test_currencies_as_iso_codes(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, noun", [
    ("nearly 204,000 positions, including VFX", "positions"),
    ("a survey of 300 Hollywood industry leaders in January", "Hollywood industry leaders"),
    ("nearly one million views.", "views"),
    ("he sold 250,000 sets of this course", "sets"),
    ("the 12 animators rose to fame", "animators"),  # the verb after the plural is no part of it
    ("some 40 studios slashed budgets", "studios"),
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


@pytest.mark.parametrize("text, value, unit", [
    ("The station orbited Earth more than 3,200 times.", 3200, "count"),  # a count of occurrences
    ("a sensor with a 352 μm pixel pitch", 352, "micrometre"),
    ("The neck is 25.5″ long.", 25.5, "inch"),
    ("a cut of 800,000 barrels a day", 800_000, "barrel per day"),  # a rate is a unit of its own
    ("seas could rise 11 feet per century", 11, "foot per century"),  # not per year: the value would change
])
def test_occurrences_symbols_and_rates(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


def test_a_network_generation_is_a_label_not_grams():
    from etl.quantities import find_quantities
    [q] = find_quantities("The phone supports 5G networks.")
    assert (q.unit, q.is_figure) == ("generation wireless", False)


def test_an_index_level_is_in_points():
    from etl.quantities import find_quantities
    found = {q.surface: q.unit for q in find_quantities("The S&P 500 rose 64.06 points to 4,577.10.")}
    assert found == {"64.06 points": "point", "4,577.10": "point"}


def test_a_restated_move_keeps_its_direction_and_a_list_its_unit():
    from etl.quantities import find_quantities
    found = {q.surface: (q.unit, q.direction) for q in find_quantities(
        "The Dow lost 190 points, or 0.6%, while the highest forecast is 84.75 cents and the lowest 74.07.")}
    assert found["0.6%"] == ("percent", "down")
    assert found["74.07"][0] == "cent"


def test_a_move_whose_verb_is_left_out_in_a_list_goes_the_same_way():
    from etl.quantities import find_quantities
    found = {q.surface: q.direction for q in find_quantities(
        "Shares of Kestrel rose 4.1%, Vexa by 2.2% and Orrin by 0.9%, while a forecast put costs at 3.5%.")}
    assert (found["2.2%"], found["0.9%"], found["3.5%"]) == ("up", "up", None)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("He will be 35 by the end of the year.", "35", 35, "year of age"),
    ("a squad of 17 players over the age of 21", "21", 21, "year of age"),
    ("Sales rose for three consecutive years.", "three consecutive years", 3, "years"),
    ("Greenland loses 286 gigatonnes annually.", "286 gigatonnes annually", 286, "gigaton"),
    ("Revenue grew more than sixfold.", "more than sixfold", 6, "count"),
])
def test_ages_spans_with_an_adjective_annual_amounts_and_folds(text, surface, value, unit):
    from etl.quantities import find_quantities
    found = {q.surface: (q.value, q.unit) for q in find_quantities(text)}
    assert found[surface] == (value, unit)


def test_a_list_unit_skips_a_restatement_in_brackets_and_not_a_number_with_its_own_verb():
    from etl.quantities import find_quantities
    found = {q.surface: q.unit for q in find_quantities(
        "It costs 2,435,000 YEN ($22,480) for the manual and 2,380,000 ($21,972) for the CVT.")}
    assert found["2,380,000"] == "JPY"
    found = {q.surface: q.unit for q in find_quantities(
        "Some 68400 people have been unemployed for two years and 95800 who have been out longer.")}
    assert found["95800"] == "count"


def test_a_unit_written_in_full_after_one_modifier():
    from etl.quantities import find_quantities
    assert [(q.value, q.unit) for q in find_quantities("The defense gave up 517 rushing yards.")] == [(517, "yard")]


def test_a_number_with_a_scale_word_in_a_list_after_a_share_is_no_share():
    found = {q.surface: q for q in figures("Spain sold 71.2 million tickets, up 3.4%, while Italy held at 64 million.")}
    assert found["64 million"].unit == "count" and found["3.4%"].unit == "percent"


def test_more_before_a_counted_noun_keeps_the_noun():
    assert one("The festival hired 40 more ushers this year.").noun == "more ushers"
    assert one("Attendance was 3,000 more than last year.").noun is None


def test_a_verb_between_a_number_and_a_share_is_no_noun():
    found = {q.surface: q for q in figures("Of the class, over 65 scored 46% on the test.")}
    assert "over 65" in found and "46%" in found


@pytest.mark.parametrize("text, figure", [
    ("Among adults under 30, 41% said they would watch it.", "41%"),
    ("Viewers over 55 watched 3 hours a day.", "3 hours a day"),
    ("It was 71% for those 65 and older.", "71%"),
    ("Employment for women aged 25 to 54 grew by 12,600 positions.", "12,600 positions"),
])
def test_an_age_that_bounds_a_group_of_people_is_no_figure(text, figure):
    assert [q.surface for q in figures(text)] == [figure]


def test_energy_in_kilowatt_hours_and_a_passive_participle_after_a_number():
    assert one("A clip uses about 0.9 kilowatt-hours of power.").unit == "kilowatt hour"
    found = {q.surface for q in figures("It scored 84.2, ahead of the 82.9 scored by the leader.")}
    assert "82.9" in found


def test_a_margin_of_error_is_no_negative_number():
    found = one("The poll has a margin of error of plus or minus 3.5 percentage points.")
    assert (found.surface, found.value) == ("plus or minus 3.5 percentage points", 3.5)
    assert one("The margin is ±2 points.").value == 2


def test_a_multiple_of_another_amount_is_a_figure_and_a_count_of_times_is_not():
    assert [q.surface for q in figures("Studios released three times as many trailers as in 2024.")] == ["three times"]
    assert figures("He called three times.") == []


def test_a_bare_number_after_from_continues_the_unit_and_such_points_back():
    found = {q.surface: q for q in figures("The average time fell to 9 days from 21.")}
    assert found["21"].unit == "days"
    assert one("The firm counted 1,240 such trailers.").noun == "trailers"
    assert one("Perhaps one in three such jobs gone by 2030.").noun == "jobs"


def test_a_range_of_scaled_amounts_joined_by_a_hyphen():
    found = one("Producers face a funding gap of £1m-£2m per feature film.")
    assert (found.value, found.value_high, found.unit, found.qualifier) == (1e6, 2e6, "GBP", "range")


def test_the_dong_and_hours_counted_by_what_was_done_in_them():
    found = one("Box office reached a record 4.9 trillion dong last year.")
    assert (found.unit, found.value) == ("VND", 4.9e12)
    assert one("Actors still voice roughly 1,500 dubbed hours a year.").unit == "hours"


def test_a_gerund_naming_the_kind_of_the_noun_after_it():
    assert one("About 1,000 French dubbing actors walked off the job.").noun == "French dubbing actors"
    assert one("About 300 people working on the film were laid off.").noun == "people"


def test_a_period_lends_no_unit_and_tr_is_a_trillion():
    from etl.quantities import find_quantities
    found = {q.surface: q for q in find_quantities(
        "Income fell over the past decade, while households dropped by 500,000 last year.")}
    assert found["500,000"].unit == "count"
    [q] = find_quantities("The market is worth £3tr.")
    assert (q.value, q.unit) == (3e12, "GBP")


@pytest.mark.parametrize("text, surface, unit", [
    # a currency's letter glued to an amount with its scale: naira, won
    ("Nigerian cinemas grossed a record N7.2 billion in 2023.", "N7.2 billion", "NGN"),
    ("Netflix invested W1.2tr in Korean content.", "W1.2tr", "KRW"),
])
def test_a_currency_letter_glued_to_a_scaled_amount(text, surface, unit):
    assert [(c.surface, c.unit) for c in extract_claims(text)] == [(surface, unit)]


@pytest.mark.parametrize("text", ["The N95 mask costs $2.", "The W40 model sold 5,000 units."])
def test_a_letter_glued_to_a_bare_number_is_a_name(text):
    assert all(c.unit not in ("NGN", "KRW") and "95" not in c.surface and "40" not in c.surface
               for c in extract_claims(text))


@pytest.mark.parametrize("text, surface, unit", [
    # an ISO code before an amount with its scale, and the rupiah's and the lira's own signs
    ("The Saudi fund committed SAR 3.75 billion to film.", "SAR 3.75 billion", "SAR"),
    ("The Dubai studio cost AED 500 million.", "AED 500 million", "AED"),
    ("Indonesian box office reached Rp 2.5 trillion.", "Rp 2.5 trillion", "IDR"),
    ("The Turkish series earned TL 150 million.", "TL 150 million", "TRY"),
    ("Televisa's revenue fell to MXN$20.3 billion.", "MXN$20.3 billion", "MXN"),
])
def test_currency_codes_and_signs_before_a_scaled_amount(text, surface, unit):
    assert [(c.surface, c.unit) for c in extract_claims(text)] == [(surface, unit)]


def test_a_code_before_a_bare_number_is_no_currency():
    assert all(c.unit == "count" for c in extract_claims("The site runs on PHP 8.2 and serves 5,000 users."))


@pytest.mark.parametrize("text, surface, unit", [
    # an ISO code written with the dollar sign after it
    ("It costs CAD$5 million.", "CAD$5 million", "CAD"),
    ("It costs AUD$2bn.", "AUD$2bn", "AUD"),
])
def test_codes_written_with_a_dollar_sign(text, surface, unit):
    assert [(c.surface, c.unit) for c in extract_claims(text)] == [(surface, unit)]


def test_a_level_reached_over_a_span_takes_no_time_unit():
    # "in two years to 40 million": where the change ended, not 40 million years
    found = {c.surface: c for c in extract_claims("Subscribers doubled in two years to 40 million.")}
    assert (found["two years"].unit, found["40 million"].unit) == ("years", "count")


def test_a_level_after_a_span_of_weeks_takes_no_time_unit():
    found = {c.surface: c for c in extract_claims("Viewership rose for three straight weeks to 12 million.")}
    assert found["12 million"].unit == "count"


@pytest.mark.parametrize("text, surface, unit", [
    # an old value after a span that frames the figure is the figure's, not the span's
    ("The trailer got 145 million views in 24 hours, up from 90 million for the first film.", "90 million", "count"),
    # but a span compared with another keeps its unit
    ("We finished post-production in four months instead of 14.", "14", "months"),
])
def test_a_framing_span_heads_no_list(text, surface, unit):
    assert {c.surface: c.unit for c in extract_claims(text)}[surface] == unit


@pytest.mark.parametrize("text, unit", [
    # energy in watt-hours, data in bytes, an area hyphenated before its noun
    ("Rendering one clip takes roughly 720 watt-hours.", "watt hour"),
    ("A single query uses 0.4 Wh.", "watt hour"),
    ("The scan produces about 6 terabytes of data.", "terabyte"),
    ("The archive now holds 3 petabytes.", "petabyte"),
    ("The studio opened a 250,000-square-foot campus.", "square feet"),
])
def test_watt_hours_bytes_and_a_hyphened_area(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text, surfaces", [
    # a number compared with a span takes its unit, past a participle said of the unit left out
    ("The series wrapped in 31 days instead of the 45 originally scheduled.", [("31 days", "days"), ("45", "days")]),
    ("The shoot ran 18 weeks rather than the 12 planned.", [("18 weeks", "weeks"), ("12", "weeks")]),
])
def test_a_number_compared_with_a_span_past_a_participle(text, surfaces):
    assert [(q.surface, q.unit) for q in figures(text)] == surfaces


def test_a_level_held_by_a_noun_of_its_own_takes_no_currency():
    found = [(q.surface, q.unit) for q in figures("Where fees top $50,000, attendance held steady at around 2,400.")]
    assert found == [("top $50,000", "USD"), ("around 2,400", "count")]


def test_an_old_value_after_a_restated_amount_keeps_the_amount_s_unit():
    text = "Net revenue rose to 2.9 billion euros ($3.4 billion) from 2.7 billion a year earlier."
    assert [(q.surface, q.unit) for q in figures(text)][-1] == ("2.7 billion", "EUR")


@pytest.mark.parametrize("text, figures_read", [
    # a change "by" a figure, then a level far above it: two figures, not a range
    ("The number of broadcasting workers decreased by 1,214 to 37,000 last year.", [(1214, None), (37000, None)]),
    ("Revenue fell by 5% to 30%.", [(5, None), (30, None)]),
    # ... but ends near each other are a range (the guards)
    ("AI could cut costs by 15% to 25%.", [(15, 25)]),
    ("Budgets fell by 20 to 30 percent.", [(20, 30)]),
])
def test_a_change_by_then_a_level_is_no_range(text, figures_read):
    assert [(q.value, q.value_high) for q in figures(text)] == figures_read


def test_energy_in_joules():
    assert [one(text).unit for text in ("A clip uses about 3.1 million joules of electricity.",
                                        "One render takes 2.6 megajoules.")] == ["joule", "megajoule"]
