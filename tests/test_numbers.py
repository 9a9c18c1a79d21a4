"""Numbers as written: digits, magnitude words and abbreviations, number words, fractions."""
import pytest

from etl.extract import extract_claims
from tests.conftest import figures, one


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
    ("it took a year and a half to build", 1.5, None),
    ("the meeting ran an hour and a half", 1.5, None),
    ("a rivalry of two decades and a half", 25, None),
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
    ("Nearly nine in ten advertisers plan to use AI.", 90, "percent"),
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


def test_a_range_of_orders_of_magnitude_runs_from_the_first_to_the_second():
    q = one("it cost tens of millions to hundreds of millions of won to make an advert")
    assert (q.value, q.value_high, q.unit, q.qualifier) == (1e7, 1e8, "KRW", "range")
    assert q.surface == "tens of millions to hundreds of millions of won"


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("production took several months", 3, "months", "at_least"),
    ("it fell over the past four trading days", 4, "days", "exact"),
    ("the deal closes within ten business days", 10, "days", "at_most"),
    ("the next decade will be defined by creation", 10, "years", "exact"),
    ("over the past decade, streaming grew", 10, "years", "exact"),
    ("90% of advertisers will use it next year", 1, "years", "exact"),
])
def test_time_spans_in_words(text, value, unit, qualifier):
    q = [f for f in figures(text) if f.unit == unit][0]
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("what many said was impossible only six months ago", 6, "months", "exact"),
    ("since its launch just a year and a half ago, the division grew", 1.5, "years", "exact"),
    ("Disney learned of it less than an hour before the announcement", 1, "hours", "less_than"),
])
def test_a_stressed_or_bounded_time_before_now_is_a_figure(text, value, unit, qualifier):
    q = one(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text", [
    "Relevant to production, half expect the tech to be used, while 30% anticipate its use.",
    "Nearly half say they use it every day.",
])
def test_half_as_the_subject_of_an_answer_is_a_share(text):
    first = figures(text)[0]
    assert (first.surface.lower().endswith("half"), first.value, first.unit) == (True, 50, "percent")


def test_hours_counted_on_a_machine_or_a_person_are_hours():
    assert [(q.value, q.unit) for q in figures("Training took about 3,500 GPU hours and 200 person days.")] == [
        (3500, "hours"), (200, "days")]


def test_a_fraction_of_a_number_is_a_count_only_when_whole():
    assert [(q.surface, q.value, q.unit) for q in figures("Half of its 8,000 employees were laid off.")] == [
        ("Half of its 8,000 employees", 4000, "count")]
    found = [(q.surface, round(q.value, 1), q.unit) for q in figures("A third of its 47,000 members are extras.")]
    assert found == [("A third", 33.3, "percent"), ("47,000 members", 47000, "count")]


@pytest.mark.parametrize("text, surface, value, unit, qualifier", [
    ("The studio is laying off several hundred employees.", "several hundred employees", 300, "count", "at_least"),
    ("It plans to invest several hundred billion won.", "several hundred billion won", 300e9, "KRW", "at_least"),
    ("Costs fell by a third last year.", "a third", 33.333, "percent", "exact"),  # the size of a change
    ("The studio cut its staff by half.", "half", 50, "percent", "exact"),
    # the verb of change may stand far from its "by"
    ("AI tools have cut rendering times on several big holiday releases this year by as much as half.",
     "as much as half", 50, "percent", "at_most"),
])
def test_several_hundred_and_a_change_by_a_fraction(text, surface, value, unit, qualifier):
    found = [(q.surface, q.unit, q.qualifier) for q in figures(text)]
    assert (surface, unit, qualifier) in found
    assert any(q.surface == surface and q.value == pytest.approx(value) for q in figures(text))
    assert figures("The film came out a third time.") == []


def test_a_share_of_a_group_whose_size_is_given_is_of_the_group():
    q = figures("The cuts are less than 1% of Disney's roughly 233,000 employees.")[0]
    assert (q.surface, q.noun) == ("less than 1%", "employees")


def test_a_sentence_s_article_before_a_dollar_sign_is_no_australian_dollar():
    assert [q.unit for q in figures("NEWARK — A $750 million studio will open.")] == ["USD"]
    assert [q.unit for q in figures("The deal is worth A$300 million.")] == ["AUD"]


def test_a_scaled_amount_keeps_the_digits_written():
    assert [q.value for q in figures("Spending fell to £4.23bn, or 4.23 billion pounds.")] == [4_230_000_000] * 2


def test_two_levels_bounded_each_their_own_way_are_no_range():
    found = [(q.surface, q.qualifier) for q in figures("Her income fell from about £40,000 a year to less than £15,000.")]
    assert found == [("about £40,000 a year", "approx"), ("less than £15,000", "less_than")]


@pytest.mark.parametrize("text, surface, value", [
    ("Models trained with more than 10^26 operations face audits.", "more than 10^26 operations", 1e26),
    ("The archive holds about 2.5 x 10^9 frames.", "about 2.5 x 10^9 frames", 2.5e9),
    ("The chance is one in 10^6.", "10^6", 1e6),  # a power of ten, not "one in 10"
])
def test_a_power_of_ten_is_one_number(text, surface, value):
    found = [q for q in figures(text) if q.surface == surface]
    assert len(found) == 1 and found[0].value == value, [q.surface for q in figures(text)]


@pytest.mark.parametrize("text, surface", [
    ("Labelling firms employ about 1,500 former animation and VFX workers in the city.",
     "about 1,500 former animation and VFX workers"),
    ("The studio trained the model on more than 9,000 film and television titles.", "more than 9,000 film and television titles"),
    ("It has 300 employees and plans to hire more.", "300 employees"),  # a verb after "and": no second noun
])
def test_two_modifiers_sharing_one_plural_noun_are_one_noun(text, surface):
    assert surface in [q.surface for q in figures(text)]


def test_the_end_of_a_change_written_without_its_unit_takes_the_unit_of_its_start():
    found = {q.surface: q for q in figures("The tools cut his editing schedule from 12 weeks to five.")}
    assert (found["five"].value, found["five"].unit) == (5, "weeks")
    assert [q.surface for q in figures("All three agreed.")] == []  # a number word alone is no amount


def test_half_as_a_level_a_share_reaches_is_a_figure():
    assert [q.surface for q in figures("Its director said that share could reach half by 2027.")] == ["half"]
    assert [q.surface for q in figures("In the first half, spending held up.")] == []


def test_a_score_s_scale_is_no_figure_and_a_change_s_second_end_takes_its_unit_past_a_hedge():
    assert [q.surface for q in figures("The app is rated 4.6 out of 5 stars.")] == ["4.6"]
    assert [q.surface for q in figures("Nine out of 10 viewers liked it.")] == ["Nine out of 10 viewers"]  # (a share)
    found = {q.surface: q for q in figures("AI shortened the schedule from four years to less than one and cut "
                                           "costs by 30%.")}
    assert (found["less than one"].value, found["less than one"].unit) == (1, "years")


def test_number_words_joined_by_and_after_no_scale_are_two_numbers():
    found = [(q.surface, q.value, q.value_high) for q in figures("Entries had to be between two and five minutes long.")]
    assert found == [("two and five minutes", 2, 5)]
    assert [(q.surface, q.value) for q in figures("The studio has one hundred and ten staff.")] == [
        ("one hundred and ten staff", 110)]  # (the guard: "and" after a scale joins one number)


def test_a_fraction_that_is_the_whole_of_an_answer_is_a_figure():
    assert [q.surface for q in figures("Q: How much of the colouring is done by AI now?\nA: About a quarter. Last "
                                       "year it was none.")] == ["About a quarter"]
    assert [q.surface for q in figures("It was a third. The second went better.")] == []  # (the guard: no hedge, no "A:")


def test_a_fraction_a_verb_of_movement_reached_is_a_level():
    # past what else its clause says: where it came from, and when
    assert [q.surface for q in figures("The share of dubbed titles grew from 8% in 2022 to almost a quarter "
                                       "this year.")] == ["8%", "almost a quarter"]
    # (a noun after it makes it an ordinal, no level)
    assert [q.surface for q in figures("The show moved up from 12th place and rose to a third season.")] == []


@pytest.mark.parametrize("text, surface", [
    ("Its films did well abroad, with overseas sales making up more than half.", "more than half"),
    ("Ads represented less than half.", "less than half"),
    ("Streaming accounted for about half, the company said.", "about half"),
])
def test_half_as_the_share_a_part_makes_of_an_unsaid_whole_is_a_figure(text, surface):
    assert [q.surface for q in figures(text)] == [surface]


def test_a_verb_before_its_amount_ends_the_counted_noun():
    assert [q.surface for q in figures("A drama of 80 to 100 one-minute episodes costs between 300,000 and 800,000 "
                                       "yuan to make.")][0] == "80 to 100 one-minute episodes"


def test_a_rate_word_before_its_noun_is_the_noun_s_adjective():
    assert [q.surface for q in figures("Several stocks hit their 20% daily limit.")] == ["20%"]
    assert [q.surface for q in figures("The app has 3 million views daily.")] == ["3 million views daily"]


def test_half_made_without_a_whole_is_no_share():
    assert [q.surface for q in figures("The film made half.")] == []


def test_a_bare_number_instead_of_a_figure_takes_its_unit():
    found = {q.surface: q for q in figures("It publishes clips within two minutes of a goal instead of 15.")}
    assert found["15"].unit == "minutes"


def test_a_length_in_two_units_is_one_figure():
    found = figures("Young viewers spent 1 hour 47 minutes a day on video apps.")
    assert [(q.surface, q.value, q.unit) for q in found] == [("1 hour 47 minutes a day", 107, "minutes")]
    # a list with commas counts each part, as the news benchmark does
    assert len(figures("A sol lasts 24 hours, 39 minutes and 35 seconds.")) == 3


def test_at_least_one_says_only_some():
    assert [q.surface for q in figures("Orbitel dubbed 1,240 titles into at least one other language.")] == ["1,240 titles"]


def test_a_version_after_a_name_is_no_figure():
    assert [q.surface for q in figures("Kestrel released Vexa 2.0, which makes clips of up to two minutes.")] == \
        ["up to two minutes"]


def test_a_scaled_range_takes_the_currency_written_after_its_second_end():
    found = figures("A 15-second commercial used to cost 300 million to 500 million won to shoot.")
    assert [(q.surface, q.value, q.value_high, q.unit) for q in found if q.unit == "KRW"] == \
        [("300 million to 500 million won", 300e6, 500e6, "KRW")]


@pytest.mark.parametrize("text, surface, value, qualifier", [
    ("That is an astounding result, more than doubling the studio's valuation.", "more than doubling", 2, "more_than"),
    ("Its annual revenue has roughly tripled to about $90 million.", "roughly tripled", 3, "approx"),
])
def test_a_multiple_written_as_a_verb_is_a_figure(text, surface, value, qualifier):
    found = {q.surface: q for q in figures(text)}
    assert (found[surface].value, found[surface].qualifier) == (value, qualifier)


@pytest.mark.parametrize("text, surface, value, unit, qualifier", [
    # a part of a scale word is that part of it
    ("A quarter of a billion views followed.", "A quarter of a billion views", 250_000_000, "count", "exact"),
    ("Three-quarters of a million people signed.", "Three-quarters of a million people", 750_000, "count", "exact"),
    # "-odd" and "-some" after a number: about that many
    ("The group made 50-odd films last year.", "50-odd films", 50, "count", "approx"),
    # percentage points glued as "pp"; "pp" spaced after a number is something else
    ("Margins fell 0.5pp to 12%.", "0.5pp", 0.5, "percentage point", "exact"),
    ("Turn to 12 pp of the report.", "12 pp", 12, "count", "exact"),
])
def test_parts_of_scale_words_odd_counts_and_glued_points(text, surface, value, unit, qualifier):
    c = next(c for c in extract_claims(text) if c.surface == surface)
    assert (c.value, c.unit, c.qualifier) == (pytest.approx(value), unit, qualifier)


@pytest.mark.parametrize("text, surface, value, qualifier", [
    # a vague count with a scale word is at least its lower bound; alone before a time, a loose while
    ("A few thousand artists signed.", "A few thousand artists", 2000, "at_least"),
    ("It made a couple of hundred episodes.", "a couple of hundred episodes", 200, "at_least"),
    # "cr" after a rupee amount is a crore
    ("The film earned Rs 500 cr.", "Rs 500 cr", 5e9, "exact"),
])
def test_vague_counts_with_a_scale_and_crores_abbreviated(text, surface, value, qualifier):
    c = next(c for c in extract_claims(text) if c.surface == surface)
    assert (c.value, c.qualifier) == (pytest.approx(value), qualifier)


@pytest.mark.parametrize("text", ["It took a few minutes.", "It took a couple of years.", "A couple of studios said so."])
def test_a_few_and_a_couple_alone_are_no_figure(text):
    assert extract_claims(text) == []


def test_a_plural_that_spells_a_verb_after_an_adjective_is_the_noun():
    from tests.conftest import claim
    assert claim("Britain made about 240 high-end shows a year.", "240").surface == "about 240 high-end shows a year"
    # (the guard: after a plural, the verb: "40 studios shows that" is no noun)
    assert claim("Data from 40 studios shows that budgets fell.", "40").surface == "40 studios"


def test_a_past_verb_before_an_amount_s_hedge_is_no_counted_noun():
    from tests.conftest import claim
    assert claim("One in four earned less than 2 million yen.", "One in four").surface == "One in four"
