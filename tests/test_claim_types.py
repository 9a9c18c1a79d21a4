"""Claim types from what a figure measures (lexicon.CLAIM_TYPE_RULES), lists, and forecasts,
on sentences written for each case."""
from datetime import date

import pytest

from etl.classify import Context, claim_type, compile_rules
from etl.extract import extract_claims
from etl.lexicon import CLAIM_TYPE_RULES
from tests.conftest import claim, claims_by_surface, one

PUBLISHED = date(2024, 5, 1)


@pytest.mark.parametrize("text, part, ctype", [
    # the figure's own verb and noun
    ("Shares of Pixelworks fell 5.44% on Tuesday.", "5.44%", "stock_move"),
    ("Framewise raised $308 million in its latest round.", "$308", "investment"),
    ("The film earned $2 million a day in ticket sales.", "$2 million", "box_office"),
    ("Kestrel's quarterly revenue grew 13% to 4.1 billion yuan.", "13%", "revenue"),
    ("The studio's budget of $40 million was spent by June.", "$40 million", "cost"),
    ("The dubbing market is worth $3.2 billion.", "$3.2", "market_size"),
    ("Asia's animation industry, now worth $9 billion, keeps growing.", "$9 billion", "market_size"),
    ("The new camera rig is worth exactly $2,000.", "$2,000", "cost"),  # a price: a bare "worth" is no market
    ("The app passed 627,000 downloads in a week.", "627,000", "audience"),
    ("The studio will cut 1,200 jobs.", "1,200", "jobs"),
    # a share of a surveyed group, a vote, the people asked
    ("Fully 62% of the surveyed editors said they use AI tools daily.", "62%", "survey"),
    ("Of 4,100 members, 3,900 voted to ratify the deal.", "3,900", "survey"),
    ("Harbor Research polled 1,500 adults in March.", "1,500", "survey"),
    # a capability of a tool, a span of time
    ("The model can generate clips of up to 20 seconds.", "20 seconds", "capability"),
    ("The strike lasted 118 days.", "118 days", "duration"),
    ("The tool renders 1080p video.", "1080p", "capability"),
    # a word of the sentence does not type a figure that measures something else
    ("Investors cheered as the studio hired 300 animators.", "300", "jobs"),
    # an amount is a cost only when something says it is paid for: a price, a sale, a rate
    ("Get the Lumen desk lamp for just $49 at most stores.", "$49", "cost"),
    ("Spot gold was marginally higher at $1,271.2 an ounce.", "$1,271.2", "cost"),
    ("The streaming plan is $14.95 a month.", "$14.95", "cost"),
    ("The trust posted a first-quarter loss of 63 cents per share.", "63 cents", "other"),  # no price
    ("Stamp duty on people buying homes adds tens of thousands of dollars to the price.", "tens of thousands", "cost"),
    ("She has sold more than 520 copies of the course for 199 yuan a copy.", "199 yuan", "revenue"),
    ("Before the crisis, global debt was about $113 trillion.", "$113 trillion", "other"),
    ("Reserves in Canadian dollars are now about $200 billion.", "$200 billion", "other"),
    ("The rebate goes to people earning between $48,000 and $90,000 a year.", "$48,000", "other"),
    ("The Walsh family has a net worth of $1.7 billion.", "$1.7 billion", "other"),
    ("Box office receipts totaled $94 million. \"Lumen\" led with $40.5 million from 4,440 theaters.",
     "$40.5", "box_office"),
    ("Tyler Perry paused an $800 million expansion of his studio.", "$800", "investment"),
    ("More than 10,500 people in the games industry lost their jobs last year.", "10,500", "jobs"),
    ("Kestrel will lay off 25% of its staff, or about 1,800 people.", "1,800", "jobs"),  # the share restated
    ("Lumen's \"Kung Fu Panda 4\" opened in second place with $30 million at theaters.", "$30", "box_office"),
    ("Cinema chain Orbit said attendance rose 8% in the first quarter.", "8%", "audience"),
    ("The market was worth 5 trillion won, and production costs per episode have risen to as much as "
     "2 billion won for major series.", "2 billion", "cost"),  # its own clause's measure, not the list's
    ("The median film costs about $150 million. Labor accounts for roughly 60% of that, or about $90 million.",
     "60%", "cost"),  # a share of what was just named
    ("The median film costs about $150 million. Labor accounts for roughly 60% of that, or about $90 million.",
     "$90", "cost"),  # and the same share in dollars
    # what people at work are paid is pay, neither takings nor a market; what settles a claim is a cost
    ("The average sound editor in Ohio earned $61,200 in 2023, the state said.", "$61,200", "other"),
    ("Props makers in the industry were paid a median of $24 an hour.", "$24", "other"),
    ("The games industry is short of staff, and starting pay for testers averages 2,900 euros a month.",
     "2,900", "other"),
    ("The studio agreed to pay $12 million to settle the suit.", "$12 million", "cost"),
    ("The photographers seek damages of up to $30,000 for each image.", "$30,000", "cost"),
    # people counted by what they watched; a move that wipes value off a market capitalisation
    ("Some 41 million people, or 8.5 per cent of adults, watched the final.", "41 million", "audience"),
    ("Shares of Orbitel sank 9%, wiping about $2 billion off the company's market value.", "$2 billion", "stock_move"),
    # jobs: a change in postings, and how many more workers are needed
    ("Job postings for compositors fell 31% last year.", "31%", "jobs"),
    ("The dubbing sector needs 1,200 more voice actors by 2027.", "1,200", "jobs"),
    # the figure's own verb of costing beats a box-office word of its sentence
    ("The prequel, which cost about $90 million to make, had the biggest opening weekend of the spring.",
     "$90", "cost"),
    # the length of what a tool makes, named just before it
    ("The new model renders 1080p video in clips of up to 45 seconds.", "45 seconds", "capability"),
    # days counted by what is done in them
    ("The crew needed only 22 filming days.", "22 filming days", "duration"),
    # an unemployment rate is about jobs; what a tool outputs at a resolution is a capability
    ("The jobless rate among stunt performers rose to 18% last year.", "18%", "jobs"),
    ("The U.S. unemployment rate held at 4.1% in June.", "4.1%", "jobs"),
    ("The upgrade exports at up to 6K resolution.", "6K", "capability"),
    # time spent watching and a share of viewing measure an audience
    ("Viewers watched 2.3 billion minutes of the series in its first week.", "2.3 billion", "audience"),
    ("Streaming took 41.2% of all TV viewing in March.", "41.2%", "audience"),
    # a price named after its amount
    ("The $19.99 yearly plan adds 500 credits.", "$19.99", "cost"),
    ("That works out at about 45 cents per clip.", "45 cents", "cost"),
    # a penalty by its verb, a refund; a fee is no investment because something was funded by it
    ("The regulator fined the maker of the Vidlo app $4 million for fake reviews.", "$4 million", "cost"),
    ("The company must refund $2.5 million to subscribers.", "$2.5 million", "cost"),
    ("The network, funded mainly by a licence fee of €17.50 a month, cut costs.", "€17.50", "cost"),
    # organisations closed or sold are no sales; a profit that rose is no share move
    ("The group, which has closed or sold more than 20 studios, will split in three.", "20 studios", "other"),
    ("Net profit rose 12% to 3.1 billion yuan, according to a filing with the Shanghai stock exchange.",
     "12%", "other"),
    # a figure per share is no takings; what users made is no audience
    ("Analysts expect quarterly earnings of $2.15 per share.", "$2.15", "other"),
    ("Users have generated more than 9 billion images with the tool.", "9 billion", "other"),
    # what advertisers pay per thousand views is a price; what creators earn per thousand is takings
    ("Average CPMs on streaming platforms have fallen to about $28.", "$28", "cost"),
    ("Creators report RPMs of $2 to $4 per 1,000 views.", "$2 to $4", "revenue"),
    ("The median annual income the members reported was £21,000.", "£21,000", "other"),
    # turnout is part of a vote; "the share of" is a proportion, not shares that moved
    ("Turnout was 41.5% of eligible members.", "41.5%", "survey"),
    ("The share of studios using AI rose to 64%, up 9 percentage points, a poll of 300 studios found.",
     "9 percentage points", "survey"),
    # a share that moved is no answer to a survey reported just before
    ("The survey of 300 editors found 64 per cent use AI. Day rates have fallen by 7 per cent since 2023.",
     "7 per cent", "other"),
    ("ByteDance's market share in short video rose to 28%.", "28%", "other"),  # a market share is no stock
    ("The strike cost California's economy an estimated $5 billion.", "$5 billion", "cost"),  # its own verb
    # an index moving in points; the share that restates a figure is the same figure
    ("The Dow Jones Industrial Average lost 190 points, or 0.6%.", "190 points", "stock_move"),
    ("The Dow Jones Industrial Average lost 190 points, or 0.6%.", "0.6%", "stock_move"),
    # an amount named by its funding round, or led by an investor where funding is spoken of
    ("Framewise closed a $308 million Series D.", "$308", "investment"),
    ("Funding rounds grew this year.\n- Vexa: $900 million, led by Harbor Capital", "$900", "investment"),
    ("The $200 million film, led by a star cast, flopped.", "$200", "other"),
    # money set aside for a purpose is funding; what is wiped from spending is spending
    ("The regulator said it had set aside 2 million euros to support training in AI tools.", "2 million", "investment"),
    ("Screen sector warns AI could wipe $1.1b from production spend", "$1.1b", "cost"),
    # a sentence opening on "It" continues the figure before only when it measures nothing else
    ("The deal passed with 95% of votes. It includes pay raises totaling more than 24% over three years.",
     "24%", "other"),
    # a vote by its side, and those who voted, however long the name of what they belong to
    ("More than 8,000 members of the Picture Editors Guild of America voted to approve the deal, with 87% in favour.",
     "87%", "survey"),
    ("More than 8,000 members of the Picture Editors Guild of America voted to approve the deal, with 87% in favour.",
     "8,000", "survey"),
    ("The committee said 87% of the 1,200 freelancers it surveyed had lost work.", "1,200", "survey"),
    ("Animation studio Pixelhaus to close, laying off 140", "140", "jobs"),  # a bare number let go is people
    ("Vexa cut 140 last year.", "140", "other"),  # ("cut 140" may be of anything)
    ("Brands say AI-made ads cost 90% less", "90%", "cost"),  # a cost a share lower
    ("Studio 3 renders video three times faster at 70% lower cost.", "70%", "cost"),
    ('"Synthetic" drew 1.2 billion minutes viewed on Netflix.', "1.2 billion", "audience"),  # time watched
    ("Studio 3 renders 4K video in seconds.", "4K", "capability"),
    ("A judge approved a $1.5 billion settlement between the company and authors.", "$1.5 billion", "cost"),
    # what changes hands in a market of shares is trading, not takings
    ("The AI video concept stocks rose 4.87%, and turnover exceeded 68 billion yuan.", "68 billion", "other"),
    ("Gulf studio bets $250m on AI film slate", "$250m", "investment"),  # a stake put on something
    # people who signed a letter about "their work" are no jobs
    ("More than 10,500 actors and writers have signed a statement opposing the use of their work.", "10,500", "other"),
    # a market for production is a market's size; what marketing adds to a film is no takings
    ("Generative video could take 30% of the $70 billion global market for advertising production.", "$70", "market_size"),
    ("A $100 million film would cost half as much. But marketing, which often adds another $60 million, would not "
     "shrink.", "$60", "other"),
    ("Analysts at Harbor had forecast profit of $160 million.", "$160", "other"),
    ("Spotify pays rights holders an average of between $0.003 and $0.005 per stream, according to industry "
     "estimates.", "$0.003", "cost"),  # what a payer pays, not an industry's size
    ("Kestrel will hold a 25% stake.", "25%", "investment"),  # a share of a company held
    ("At $14.99, that implies gross sales of roughly $15 million.", "$14.99", "cost"),  # a price the sentence opens on
    ("The game sold 1 million copies before Valve's 30% cut.", "30%", "cost"),  # a platform's commission
    # prices raised are prices, not money raised
    ("Netflix is raising prices for UK subscribers by up to 15pc, with its standard plan rising by £1 to £12.99 a "
     "month.", "£12.99",
     "cost"),
    ("Netflix hikes prices by up to 15pc in UK", "15pc", "cost"),
    # a multiple of spending is spending; money pooled for a purpose is funding
    ("Consumer spending on AI video apps quadrupled to about $1.1 billion last year.", "quadrupled", "cost"),
    ("Seven broadcasters will pool €500 million over five years to develop shared AI tools.", "€500", "investment"),
    ("The sector contributed £124.6 billion to the UK economy.", "£124.6", "market_size"),  # (not "contributed")
    # a share more or fewer of something is no answer to a poll
    ("Webtoon artists using AI coloring tools work about 30% fewer hours per episode, according to a survey of 512 "
     "artists.", "30%", "other"),
    ("Hours watched on Twitch fell 9% year on year to 4.6 billion in the third quarter.", "9%", "audience"),
    # net income is a profit; a report named an index is no stock index; a cost that fell is a cost
    ("Kestrel reported second-quarter net income of $1.58 billion.", "$1.58", "other"),
    ("Stanford AI Index: video models improve fast\n\nThe cost of generating a minute of video fell more than 90% "
     "between 2023 and 2025, according to the AI Index report.", "90%", "cost"),
    ("The United States accounted for about $109 billion of total private AI investment.", "$109", "investment"),
    # a share of staff doing something is no count of jobs; what a company expands with is an investment
    ("Omnicom said 60% of its creative staff use AI daily.", "60%", "other"),
    ("Pinewood expands with £150m AI-ready stages", "£150m", "investment"),
    ("DreamWorks veteran launches AI animation studio with $20m", "$20m", "investment"),  # launched with
    # what a suit seeks is damages
    ("Record labels sue AI music generator, seeking up to $150,000 per song", "$150,000", "cost"),
    # a share of an audience's time is audience
    ("Streaming takes record 38.2% share of TV viewing in May", "38.2%", "audience"),
    ("Orrin remained the most-watched platform with 10.4% of total TV time.", "10.4%", "audience"),
    # a figure's own noun before what else its clause measures; people by the work they do
    ("Vexa surpassed $50 million in annual revenue and closed a $120 million Series C round.", "$120", "investment"),
    ("The number of people employed in the games industry stood at 81,000.", "81,000", "jobs"),
    # a staff cut by a share is jobs; adjusted earnings and their estimate are a profit
    ("Kestrel said it had cut its staff by about 20%.", "20%", "jobs"),
    # how many of a trade there are is a workforce; takings lost are a cost
    ("The Kestrel Animators Association says there are about 6,000 animators in the country.", "6,000", "jobs"),
    ("A ban would cost creators more than $1.3 billion in lost revenue in its first month.", "$1.3", "cost"),
    ("Vexa reported quarterly adjusted earnings of $1.45 per share, beating analysts' average estimate of $1.20.",
     "$1.20", "other"),
])
def test_claim_type_from_what_the_figure_measures(text, part, ctype):
    assert claim(text, part).claim_type == ctype


def test_a_video_resolution_is_a_capability_not_pence():
    c = claim("The model creates 1080P HD videos.", "1080P")
    assert (c.value, c.unit, c.claim_type) == (1080, "video lines", "capability")
    assert claim("Tickets cost 500p each.", "500p").unit == "pence"


def test_a_bare_number_in_a_list_continues_the_figure_before():
    text = "California lost 62,000 creative jobs last year, followed by New York (26,000) and Georgia (7,800)."
    assert [c.claim_type for c in extract_claims(text)] == ["jobs", "jobs", "jobs"]


def test_a_list_stops_at_an_ellipsis():
    text = "86% of advertisers plan to adopt AI…90% production expected next year"
    types = {c.surface: c.claim_type for c in extract_claims(text, published=PUBLISHED)}
    assert types["86%"] == "survey" and types["90%"] != "survey"


def test_a_sentence_opening_on_this_continues_the_figure_before():
    text = "The micro-drama market reached 50 billion yuan in 2024. This marks a 35 percent year-on-year increase."
    assert claim(text, "35 percent").claim_type == "market_size"


def test_adding_a_claim_type_is_one_row():
    rows = (("subscribers", "count", "noun", r"subscribers?|paying\s+members"), *CLAIM_TYPE_RULES)
    q = one("The service ended the year with 9,000 subscribers.")
    ctx = Context(noun=q.noun or "", measure="", left="ended the year with ", right=".", surface=q.surface,
                  sentence="The service ended the year with 9,000 subscribers.", context="")
    assert claim_type(q, ctx, compile_rules(rows)) == ("subscribers", True)
    assert claim_type(q, ctx)[0] == "audience"  # the shipped table, without the row


# --- forecasts -------------------------------------------------------------------------------
def test_a_share_of_people_who_expect_something_is_measured_now():
    c = claim("In the poll, 64% of respondents expect AI to replace some roles within five years.", "64%")
    assert (c.claim_type, c.is_forecast) == ("survey", False)


def test_may_have_is_an_estimate_of_the_past():
    text = "Analysts at Ridgeway estimate that cash receipts may have exceeded 90 million euros in the quarter."
    c = claim(text, "90 million")
    assert (c.is_forecast, c.qualifier) == (False, "more_than")


def test_a_figure_named_as_a_forecast_or_guidance_is_one():
    assert claim("Receipts fell short of its 80 million euro forecast.", "80 million").is_forecast
    c = claim("Vantage raised its full-year 2025 revenue guidance to $410 million.", "$410")
    assert (c.is_forecast, c.horizon_year) == (True, 2025)


def test_respectively_gives_each_forecast_its_year():
    text = "Ridgeway projects revenue of $500 million and $650 million in 2026 and 2027, respectively."
    years = {c.surface: (c.is_forecast, c.horizon_year) for c in extract_claims(text, published=PUBLISHED)}
    assert years == {"$500 million": (True, 2026), "$650 million": (True, 2027)}


def test_exceeded_expectations_is_not_a_forecast():
    c = claim("Quarterly results exceeded expectations, with revenue growing 9% to 2 billion yuan.", "9%")
    assert not c.is_forecast


def test_a_move_to_a_new_level_is_not_a_range():
    found = {c.surface for c in extract_claims("Its users fell to fewer than 500,000 from about one million.")}
    assert "fewer than 500,000" in found


def test_the_figure_s_own_noun_beats_a_cost_word_in_its_phrase():
    assert claim("The studio cuts 14% of staff as its owner tightens spending.", "14%").claim_type == "jobs"
    assert claim("The tool helped reduce about 1/3 of labor costs.", "1/3").claim_type == "cost"


def test_a_relative_clause_in_the_past_is_not_a_forecast():
    c = claim("The company will make fewer series for its service, which lost 1.3 million subscribers.", "1.3")
    assert (c.claim_type, c.is_forecast) == ("audience", False)


def test_a_range_of_percentages_after_by_and_box_office_from_the_sentence_before():
    text = ("The sequel grossed $154 million in its opening weekend. Analysts at Ridgeway expect the film "
            "to pass $1 billion worldwide by August, and budgets to fall by 10% to 15% next year.")
    found = {c.surface: c for c in __import__("etl.extract", fromlist=["x"]).extract_claims(text)}
    assert found["$1 billion"].claim_type == "box_office" and found["$1 billion"].source == "Ridgeway"
    assert (found["10% to 15%"].value, found["10% to 15%"].value_high) == (10, 15)


def test_employs_slipped_and_a_share_of_spending():
    text = "The company, which employs about 19,000 people worldwide, expects bookings to grow next year."
    c = claim(text, "19,000")
    assert (c.claim_type, c.is_forecast) == ("jobs", False)  # its own clause is in the present
    assert claim("Netflix shares slipped 3.4% on Monday.", "3.4%").claim_type == "stock_move"
    c = claim("Mobile games accounted for 49% of spending last year.", "49%")
    assert (c.claim_type, c.measure) == ("cost", "Mobile games share of spending")
    c = claim("Bookings fell 17% to 1.85 billion euros as the studio will close.", "1.85")
    assert not c.is_forecast  # its own verb is past


def test_this_year_and_a_change_restating_the_figure_before():
    c = claim("The market is expected to exceed 68 billion yuan this year, up 35 percent from 2023.", "35 percent")
    assert (c.claim_type, c.is_forecast, c.horizon_year) == ("market_size", True, 2024)
    c = claim("Revenue grew 13% to 35 billion yuan, and adjusted net profit increased 20%.", "20%")
    assert c.claim_type != "revenue"  # it says what else it measures


def test_monthly_active_users_is_a_noun_not_a_rate():
    c = claim("The app now has more than 100 million monthly active users.", "100 million")
    assert (c.noun, c.per, c.claim_type) == ("monthly active users", None, "audience")


def test_the_level_a_move_ended_at_is_part_of_the_move():
    assert claim("Shares of Orbit Media closed 3.1 percent higher at 78,500 won.", "78,500").claim_type == "stock_move"
    assert claim("Lumen shares rose 8.1 percent to 99.20 yuan on Monday.", "99.20").claim_type == "stock_move"


def test_a_conversion_in_brackets_is_the_same_statement():
    c = claim("Orbit Media said it will invest 100 billion won (US$72 million) in AI dubbing by 2028.", "US$72")
    assert (c.claim_type, c.is_forecast, c.horizon_year, c.source) == ("investment", True, 2028, "Orbit Media")


def test_a_span_up_to_now_or_in_a_comparison_is_no_forecast():
    text = ('"Studios move faster than anyone expected," said Mira Okafor, a supervisor who has worked in '
            'the industry for 22 years.')
    assert claim(text, "22 years").is_forecast is False


def test_the_value_a_forecast_starts_from_is_no_forecast():
    found = claims_by_surface("Spending is expected to reach $25 billion in 2025, up from $9 billion last year.")
    assert (found["$25 billion"].is_forecast, found["$9 billion"].is_forecast) == (True, False)


def test_a_span_ahead_of_now_is_a_forecast_with_its_year():
    found = claims_by_surface("The studio plans to cut budgets by 20 billion won next year.")
    assert (found["next year"].is_forecast, found["next year"].horizon_year) == (True, 2025)


def test_a_deadline_already_passed_is_no_forecast():
    text = "Viewers of AI dramas reached 320 million by the end of 2023, accounting for 31.2 percent of internet users."
    assert not claim(text, "31.2 percent").is_forecast  # published 2024: "by the end of 2023" is past
    assert claim("Viewers will reach 400 million by the end of 2025, or 38 percent of internet users.",
                 "38 percent").is_forecast


def test_an_estimate_of_the_present_is_no_forecast():
    assert not claim("She estimates that the tools now handle about 70 percent of the masking work.", "70").is_forecast
    assert claim("Analysts estimate that the tools will handle 70 percent of masking by 2027.", "70").is_forecast


@pytest.mark.parametrize("text, part, ctype", [
    # a share of people who say or do is a survey result; a share of things is not
    ("About 62 percent of the editors at Lumen said they use AI.", "62 percent", "survey"),
    ("Fully 41% of the producers who answered expect cuts.", "41%", "survey"),
    ("Some 86% of advertisers in the U.S. are using generative AI.", "86%", "survey"),
    ("The tools handle about 70 percent of the masking work her team used to do.", "70 percent", "other"),
    ("Insiders predict that more than 40 percent of micro-dramas will use AI.", "40 percent", "other"),
    # a share of workers hired or lost is a jobs figure
    ("We lost a third of our artists in eighteen months.", "a third", "jobs"),
])
def test_shares_of_people_and_of_things(text, part, ctype):
    assert claim(text, part).claim_type == ctype


def test_a_compound_adjective_is_part_of_the_noun_and_a_pronoun_measures_nothing():
    assert claim("The studio plans to produce 15 AI-assisted dramas next year.", "15").measure == "AI-assisted dramas"
    assert claim("I've worked in film production for 22 years.", "22 years").measure is None


@pytest.mark.parametrize("text, part, ctype", [
    # takings of a film: its own verb, a film in the sentence or the one before
    ("The animated sequel earned $98.2 million from Friday to Sunday.", "$98.2", "box_office"),
    ("The sequel opened big. Overseas it added $61.5 million from 40 markets.", "$61.5", "box_office"),
    ("It brought its domestic total to $212.5 million after two weekends.", "$212.5", "box_office"),
    ("'Lumen 3' sails to record $145 million holiday debut", "$145", "box_office"),
    # a market's size is no company valuation; a headline's "raises" is funding
    ("The global AI dubbing market size was valued at USD 554.9 million in 2023.", "554.9", "market_size"),
    ("Framewise was valued at $1.5 billion in its latest round.", "$1.5", "investment"),
    ("AI dubbing start-up raises Rs 45 crore", "Rs 45", "investment"),
    # hours of video are an amount of material, not a span of time
    ("The platform has dubbed more than 120,000 hours of video.", "120,000 hours", "other"),
])
def test_takings_markets_funding_and_material(text, part, ctype):
    assert claim(text, part).claim_type == ctype


def test_a_headline_scale_word_in_capitals_scales():
    c = claim("Global AI Dubbing Market to Reach USD 2.56 Billion by 2032", "2.56")
    assert (c.value, c.unit, c.claim_type, c.horizon_year) == (2.56e9, "USD", "market_size", 2032)


def test_a_prediction_in_a_survey_paragraph_is_a_forecast_not_a_survey_answer():
    text = ("Only one in five respondents said they were confident. The researchers warn that by 2027 as much "
            "as 90 percent of online video could be synthetic.")
    c = claim(text, "90 percent")
    assert (c.claim_type, c.is_forecast, c.horizon_year) == ("other", True, 2027)


def test_of_whom_and_of_the_time_measure_the_group_not_the_pronoun():
    c = claim("The guild represents about 160,000 actors, roughly 2,600 of whom work in games.", "2,600")
    assert "whom" not in (c.measure or "")
    c = claim("Viewers correctly spotted AI clips only 52 percent of the time.", "52 percent")
    assert c.measure == "Viewers"


def test_a_year_earlier_is_a_time_not_a_rate_and_a_list_number_is_no_figure():
    c = claim("47% were not working, up from 38% a year earlier.", "38%")
    assert (c.surface, c.per) == ("38%", None)
    from tests.conftest import figures
    found = [q.surface for q in figures("Three numbers\n\n1. 1 million downloads in five days.\n\n2) 627,000 installs.")]
    assert found == ["1 million downloads", "five days", "627,000 installs"]


def test_a_count_is_sales_only_by_its_own_words():
    assert claim("He sold 250,000 sets in a year.", "250,000").claim_type == "revenue"
    assert claim("I generated 140 clips with seven tools, spending $212 on subscriptions.", "140").claim_type == "other"


def test_those_jobs_is_a_noun_phrase_and_the_list_goes_on():
    text = "California, home to 62,000 of those jobs, would be hit hardest, followed by Texas (26,000)."
    found = claims_by_surface(text)
    assert (found["62,000"].claim_type, found["62,000"].measure) == ("jobs", "jobs")
    assert found["26,000"].claim_type == "jobs"


def test_yen_sign_in_a_yen_article_a_stock_code_and_a_subject_of_its_own():
    text = "Lumen Animation posted profit of 2.4 billion yen. It plans to spend ¥10 billion on tools."
    found = claims_by_surface(text)
    assert found["¥10 billion"].unit == "JPY"
    assert found["2.4 billion yen"].claim_type == "other"  # a profit is neither takings nor a cost
    assert claims_by_surface("The film grossed ¥8 billion in China.")["¥8 billion"].unit == "CNY"
    text = "Orbit Media (01024.HK) said revenue topped RMB 150 million, as paying users grew to over 1.5 million."
    found = claims_by_surface(text)
    assert not any("01024" in s for s in found)
    assert found["over 1.5 million"].unit == "count"  # users, not yuan


def test_half_a_million_one_and_a_half_million_and_a_purchase_price():
    from tests.conftest import figures
    assert [(q.surface, q.value) for q in figures("It holds half a million hours of video.")] == [
        ("half a million hours", 5e5)]
    assert figures("The show drew one and a half million viewers.")[0].value == 1.5e6
    text = "Orbit agreed to buy Melbourne-based video company Lumen for about A$300 million (US$195 million)."
    found = claims_by_surface(text)
    assert found["about A$300 million"].claim_type == found["US$195 million"].claim_type == "investment"
    assert claims_by_surface("The app has about 190 million monthly users.")["about 190 million monthly users"].measure
    text = "Spending is forecast to triple over the next five years, while margins shrank by 4 percentage points."
    assert claims_by_surface(text)["4 percentage points"].claim_type != "duration"


def test_the_figure_s_own_measure_beats_shares_in_context_and_a_consequence_is_no_forecast():
    text = ("Lumen raised its annual revenue forecast to $5 billion on Thursday, sending its shares up 4% in late "
            "trading. Revenue in the quarter rose 11% to $1.2 billion.")
    found = claims_by_surface(text)
    assert found["11%"].claim_type == "revenue"
    assert not found["4%"].is_forecast and found["$5 billion"].is_forecast
    assert claim("The stock price of Orbit fell by more than 7%.", "7%").claim_type == "stock_move"


def test_for_the_next_three_years_looks_ahead():
    c = claim('"This deal protects our work for the next three years," she said.', "three years")
    assert (c.is_forecast, c.horizon_year) == (True, 2027)


def test_frame_rates_and_a_clip_s_top_length_are_capabilities_and_a_quoted_magnitude_counts():
    assert claim("The tool supports 30 frames per second.", "30 frames").claim_type == "capability"
    assert claim("Its rival tops out at 8 seconds per clip.", "8 seconds").claim_type == "capability"
    c = claim('It was trained on "hundreds of millions" of licensed videos.', "hundreds")
    assert (c.value, c.qualifier, c.noun) == (1e8, "at_least", "licensed videos")


def test_could_reaches_its_verb_s_object_and_the_span_after_it():
    found = claims_by_surface("AI tools could cut that bill by 40-50% within two years.")
    assert found["40-50%"].is_forecast and found["within two years"].is_forecast


@pytest.mark.parametrize("text, part, forecast", [
    # a result measured against predictions is no prediction itself
    ("Studio beats forecasts as streaming service passes 40 million users\n\nIt reported on Tuesday.",
     "40 million", False),
    ("Quarterly revenue of $3.1 billion came in ahead of analysts' estimates.", "$3.1", False),
    # but a forecast's own value is one
    ("The company beat its own forecast of $2 billion.", "$2 billion", True),
])
def test_a_result_beating_forecasts_is_no_forecast(text, part, forecast):
    assert claim(text, part).is_forecast is forecast


def test_a_price_target_is_no_money_raised_and_money_raised_is_the_verb_s_object():
    text = "The broker raised its price target on the studio's shares to $72 from $65."
    assert {c.claim_type for c in extract_claims(text, published=PUBLISHED)} == {"other"}
    assert claim("Lumen Labs raised $40 million from venture investors.", "$40").claim_type == "investment"
    assert claim("The start-up raised a further $12 million last month.", "$12").claim_type == "investment"


def test_paid_memberships_are_an_audience_measured_by_their_own_noun():
    found = claim("The streamer added 2.3 million paid memberships in the quarter.", "2.3 million")
    assert (found.claim_type, found.measure) == ("audience", "paid memberships")


def test_for_a_year_is_the_horizon_of_a_forecast():
    found = claim("The studio said it expects a margin of 18% for 2026.", "18%")
    assert (found.is_forecast, found.horizon_year) == (True, 2026)


@pytest.mark.parametrize("text, part, ctype", [
    # a film that reaches an amount reaches it in takings; "industry analysts" are speakers, no market
    ("Industry analysts expect the sequel to pass 2 billion yuan by the end of its run.", "2 billion", "box_office"),
    ("Market watchers expect the studio to spend $40 million on the project.", "$40", "cost"),
    ("The animation market is expected to reach $9 billion by 2030.", "$9", "market_size"),
])
def test_a_film_reaching_an_amount_and_speakers_of_an_industry(text, part, ctype):
    assert claim(text, part).claim_type == ctype


def test_a_fiscal_year_ending_is_a_horizon_and_the_value_a_rise_starts_from_is_no_forecast():
    text = ("The studio aims to lift licensing sales to 80 billion yen in the fiscal year ending March 2028, "
            "up from about 30 billion yen last fiscal year.")
    found = claims_by_surface(text)
    assert (found["80 billion yen"].is_forecast, found["80 billion yen"].horizon_year) == (True, 2028)
    assert found["about 30 billion yen"].is_forecast is False


def test_people_who_work_on_a_film_are_jobs_and_the_studios_they_come_from_are_not():
    found = claims_by_surface("About 2,500 artists from 90 studios worked on the sequel.")
    assert found["About 2,500 artists"].claim_type == "jobs"
    assert found["90 studios"].claim_type == "other"


@pytest.mark.parametrize("text, part, ctype", [
    ("'Lumen 3' topped the domestic chart with $48.2 million from 3,900 theaters.", "$48.2", "box_office"),
    ("Analysts expect holiday ticket sales to finish near $900 million, about 30% below 2019.", "30%", "box_office"),
    ("A comparable live-action shoot would have run at least $80,000.", "$80,000", "cost"),
    ("Its retail gross margins rose to 61 per cent.", "61", "other"),  # "gross" margins are no takings
])
def test_box_office_charts_ticket_sales_and_what_a_shoot_runs(text, part, ctype):
    assert claim(text, part).claim_type == ctype


def test_could_in_a_sentence_set_in_the_past_is_no_forecast_and_a_market_growing_is_its_size():
    assert claim("Ten years ago, a crowd scene could employ hundreds of extras.", "hundreds").is_forecast is False
    assert claim("The deal could cost up to $40 million next year.", "$40").is_forecast is True
    found = claim("The market for dubbing tools is growing at about 25% a year.", "25%")
    assert found.claim_type == "market_size"


def test_a_minimum_an_agreement_guarantees_is_a_term_not_a_forecast():
    assert claim("Under the deal, extras will receive a minimum of $300 for each day on set.", "$300").is_forecast \
        is False
    assert claim("The pact will guarantee a minimum of four editors per series.", "four").is_forecast is False
    assert claim("Revenue will reach a minimum of $5 billion next year.", "$5 billion").is_forecast is True


@pytest.mark.parametrize("text, part, ctype", [
    ("The pact includes raises of 12% upon ratification.", "12%", "other"),  # no share of voters
    ("The contract was ratified by 81% of members.", "81%", "survey"),
    ("The app has 12 million users in over 150 countries.", "150 countries", "other"),  # places, no audience
])
def test_votes_and_places(text, part, ctype):
    assert claim(text, part).claim_type == ctype


def test_a_market_s_size_beats_the_box_office_its_sentence_mentions():
    text = "The short-drama market reached 41 billion yuan last year, surpassing the domestic box office."
    assert claim(text, "41 billion").claim_type == "market_size"
    assert claim("The film market box office reached 42 billion yuan.", "42 billion").claim_type == "box_office"


def test_a_relative_clause_of_what_is_stays_out_of_an_estimate_s_reach():
    text = ("Analysts estimate that AI could shrink marketing budgets, which typically run 30% to 50% of a "
            "film's cost, within five years.")
    assert claim(text, "30% to 50%").is_forecast is False
    assert claim("Analysts estimate that the studio could cut 300 jobs.", "300").is_forecast is True


@pytest.mark.parametrize("text, part, ctype", [
    ("Firms that break the rules face fines of up to €20 million.", "€20", "cost"),  # a penalty, no takings
    ("A video with a million views brings in up to $4,000 from ads.", "$4,000", "revenue"),
])
def test_fines_and_what_a_thing_brings_in(text, part, ctype):
    assert claim(text, part).claim_type == ctype


def test_what_was_spent_is_a_cost_by_its_own_verb():
    assert claim("The state's film industry spent a record $900 million in 2024.", "$900").claim_type == "cost"


def test_may_the_month_is_no_modal_and_a_relative_clause_closing_a_forecast_sentence_states_what_is():
    assert claim("Lumen said in May that about 40% of its animators had tried AI.", "40%").is_forecast is False
    text = ("The studio raised its profit forecast to 90 billion yen, helped by its console, which has sold "
            "5 million units in four months.")
    assert claim(text, "5 million").is_forecast is False
    assert claim(text, "90 billion").is_forecast is True


def test_the_number_of_tickets_sold_is_box_office():
    text = "Takings fell 10 percent, while the number of tickets sold dropped to 790 million."
    assert claim(text, "790 million").claim_type == "box_office"


def test_a_future_inside_a_quote_is_not_the_future_of_a_figure_outside_it():
    text = ('"Clients will pay for the real thing," said Dana Cole, who runs an agency that employs 200 people.')
    assert claim(text, "200").is_forecast is False
    assert claim('"We will hire 300 people next year," said Dana Cole.', "300").is_forecast is True


def test_spending_across_a_sector_is_spending_and_a_price_target_s_old_level_too():
    text = "The bank estimates that content spending across the industry, about $200 billion a year, could fall 5%."
    found = claim(text, "$200 billion")
    assert (found.claim_type, found.measure) == ("cost", "content spending across the industry")
    targets = claims_by_surface("The analyst raised his price target on Lumenix to $1,500 from $1,400.")
    assert {targets["$1,500"].claim_type, targets["$1,400"].claim_type} == {"other"}


def test_the_base_of_a_forecast_rise_is_no_forecast_but_a_forecast_range_is_and_books_are_no_jobs():
    found = claims_by_surface("The dubbing market is expected to grow from $2.1bn in 2023 to $9.4bn by 2030.")
    assert (found["$2.1bn"].is_forecast, found["$9.4bn"].is_forecast) == (False, True)
    assert claim("Costs are expected to rise from $10 million to $50 million by 2030.", "$10").is_forecast is True
    assert claim("Publishers used to hire me for six or seven books a year.", "six").claim_type == "other"
    assert claim("The studio hired 40 animators.", "40").claim_type == "jobs"


def test_by_the_end_of_the_decade_is_a_horizon():
    found = claim("Analysts expect the format to take a 15% share by the end of the decade.", "15%",
                  published=date(2025, 3, 1))
    assert found.is_forecast and found.horizon_year == 2030


def test_a_side_clause_after_the_figure_keeps_its_future_to_itself():
    text = ("Orbitel agreed to buy the effects house Halcyon for $800 million, betting that demand for "
            "AI-assisted work will keep growing.")
    assert not claim(text, "$800").is_forecast
    assert claim("Ticket sales will reach $2 billion by 2027, as more screens open.", "$2 billion").is_forecast


def test_a_restatement_that_predicts_more_keeps_the_figure_a_fact():
    text = ("Cinemas took about 3.1% of leisure spending in 2023, a share the trade body says could fall to "
            "2% by 2028.")
    assert not claim(text, "3.1%").is_forecast and claim(text, "2%").is_forecast


def test_what_is_spent_on_films_is_no_box_office():
    assert claim("Film production spending in Wales reached a record £95 million.", "£95").claim_type == "cost"
    assert claim("Analysts expect the film to pass $1 billion worldwide.", "$1 billion").claim_type == "box_office"


@pytest.mark.parametrize("text, part", [
    ("The studio said it had no plans to cut its workforce of roughly 900 people.", "900"),
    ("The company will lay off about 15% of its 600 employees.", "600"),
    ("When I started, a studio might hire 30 junior artists for a feature.", "30"),
])
def test_a_size_now_or_a_past_habit_is_no_forecast(text, part):
    assert not claim(text, part).is_forecast


def test_a_change_by_a_fraction_after_a_perfect_tense_is_a_figure():
    found = claim("Members' earnings had fallen by a third.", "a third")
    assert (round(found.value, 1), found.unit, found.direction) == (33.3, "percent", "down")


def test_a_value_reported_before_a_second_verb_of_projection_is_a_fact():
    text = ("The dubbing market was valued at $2.1 billion in 2024 and is projected to reach $5.3 billion by 2031, "
            "according to Meridian Research.")
    assert not claim(text, "$2.1").is_forecast
    assert claim(text, "$5.3").is_forecast and claim(text, "$5.3").horizon_year == 2031


def test_a_share_may_go_and_the_whole_it_is_of_is_now():
    text = "Half of the roughly 3,000 subtitling jobs in Spain could disappear within two years, the union warned."
    assert claim(text, "Half").is_forecast
    assert not claim(text, "3,000").is_forecast


def test_sees_a_market_growing_is_a_forecast():
    found = claim("The research firm sees the market growing to $4 billion in fiscal 2029.", "$4 billion")
    assert found.is_forecast and found.horizon_year == 2029


def test_projects_as_a_noun_and_a_report_of_its_own_after_and_said():
    text = ("The studio doubled its spending on AI pilot projects to $15 million and said revenue would be flat "
            "next quarter.")
    assert not claim(text, "$15 million").is_forecast
    assert claim("The research firm projects a 12% rise in ad spending next year.", "12%").is_forecast


def test_what_has_happened_after_which_a_rule_will_apply_is_no_forecast():
    text = "The festival will not accept AI films in competition, organisers said, after receiving more than 3,100 submissions."
    assert not claim(text, "3,100").is_forecast


def test_a_company_s_guidance_and_a_short_fiscal_year():
    assert claim("* Sees Q3 revenue of $101 mln to $104 mln", "$101").is_forecast
    found = claim("The company expects revenue to grow 15-18 per cent in FY26.", "15-18")
    assert found.is_forecast and found.horizon_year == 2026


def test_an_event_before_with_its_own_figures_is_no_forecast():
    text = "The studio will use AI dubbing on dozens of titles next year after a pilot on 9 films cut dubbing time."
    assert not claim(text, "9 films").is_forecast


def test_what_happened_first_after_a_bare_figure_is_no_forecast():
    text = "The studio has no plans to use AI, its producer said, after millions of users shared imitations."
    assert not claim(text, "millions").is_forecast


def test_the_base_a_prediction_starts_from_is_no_forecast():
    text = "Analysts at Halden expect the market to grow to $3.1 billion in 2031 from $540 million in 2024."
    published = date(2024, 11, 2)
    assert claim(text, "$3.1 billion", published).is_forecast
    assert not claim(text, "$540 million", published).is_forecast
    # a value of a year gone by is no prediction, whatever verb governs the sentence
    assert not claim("Analysts expect revenue, which was $90 million in 2022, to double.", "$90 million",
                     published).is_forecast


def test_to_last_a_span_is_a_verb_not_a_span_gone_by():
    assert claim("She expects the strike to last at least three more weeks.", "three more weeks").is_forecast
    assert not claim("Over the last three years, revenue doubled.", "three years").is_forecast


def test_what_buyers_pay_is_a_price():
    assert claim("Customers on its premium tier pay $79.99 a month.", "$79.99").claim_type == "cost"
    assert claim("Animators are paid $22 an hour.", "$22").claim_type == "other"  # pay, not a price


def test_a_list_of_share_moves_runs_on_into_the_next_sentence():
    text = ("Shares of Chinese animation studios jumped on Tuesday. Bluefin Pictures rose by its 20% daily limit. "
            "Koru Media climbed 7.5% and Zhenlan Technology added 4.1%.")
    assert [claim(text, s).claim_type for s in ("20%", "7.5%", "4.1%")] == ["stock_move"] * 3
    assert claim(text, "4.1%").measure == "Zhenlan Technology share price"  # the subject of its own move


def test_a_ranking_runs_on_into_the_next_sentence():
    text = ("The animated sequel Red Lantern took 3.2 billion yuan at the box office over the holiday. "
            "The comedy Harbour Nights was second with 1.1 billion yuan.")
    assert claim(text, "1.1 billion").claim_type == "box_office"


def test_a_count_with_a_verb_of_its_own_starts_a_list_of_its_own():
    text = "Vexa has 9 million users and has generated 41 million clips and 12 million images."
    found = claims_by_surface(text)
    assert found["9 million users"].claim_type == "audience"
    assert [found[s].claim_type for s in ("41 million clips", "12 million images")] == ["other", "other"]


@pytest.mark.parametrize("text, part, claim_type", [
    ("The remake, budgeted at around $140 million, starts shooting in May.", "$140 million", "cost"),
    ("Paid streaming subscriptions rose to 41.2 million last year.", "41.2 million", "audience"),
    ("Revenue from subscriptions rose 9% to $2 billion.", "$2 billion", "revenue"),
    # a change of the figure before it, measured on the same thing in other words
    ("The country's games market size reached a record 2.1 trillion won in 2023, up 9.4 percent from the "
     "year before.", "9.4 percent", "market_size"),
])
def test_budgets_subscriptions_and_a_change_of_the_figure_before(text, part, claim_type):
    assert claim(text, part).claim_type == claim_type


def test_a_modal_before_a_verb_that_is_also_a_past_makes_a_forecast():
    assert claim("The AI dubbing market could hit $4 billion.", "$4 billion").is_forecast


def test_perhaps_hedges_an_amount():
    found = claim("A decade ago it would have needed a budget of perhaps $300,000.", "$300,000")
    assert (found.surface, found.qualifier, found.measure) == ("perhaps $300,000", "approx", "budget")


@pytest.mark.parametrize("text, part, claim_type", [
    ("Paramount's 'Harbour Nights' came in second with $31.5 million in North America.", "$31.5", "box_office"),
    ("Kestrel's market value has roughly tripled in five years to about 900 billion yen.", "900 billion", "other"),
    ("The work is tedious. It pays $17 an hour, less than she earned before.", "$17", "other"),
])
def test_a_chart_place_a_company_s_market_value_and_what_a_job_pays(text, part, claim_type):
    assert claim(text, part).claim_type == claim_type


def test_an_aside_measures_only_its_own_figures():
    text = ("The musical, which cost a reported $150 million to produce, added $48.2 million from international "
            "markets for a global start of $160.1 million.")
    assert claim(text, "$160.1").claim_type != "cost" and "cost" not in (claim(text, "$48.2").measure or "")


def test_shares_named_by_nobody_are_those_of_the_company_the_article_is_about():
    text = ("Veltro reported revenue of $2.1 billion. Veltro said its ad tier had grown. Veltro forecast more growth. "
            "Its shares rose 6.5% in extended trading.")
    assert claim(text, "6.5%").measure == "Veltro share price"


def test_a_share_of_surveyed_freelancers_is_a_survey_answer():
    text = "Almost two in three UK film and TV freelancers are out of work, according to a survey by the ACTT union."
    found = claim(text, "two in three")
    assert (found.claim_type, found.surface) == ("survey", "Almost two in three UK film and TV freelancers")


@pytest.mark.parametrize("text, part, claim_type", [
    ("10:40 a.m. ET — Orbitel is down 2.8%.", "2.8%", "stock_move"),
    ("Revenue is down 2.8%.", "2.8%", "revenue"),  # a measure, not a company
    ("The study, based on interviews with 85 executives, found most used AI.", "85 executives", "survey"),
])
def test_a_named_company_down_by_a_share_and_interviews_with_a_group(text, part, claim_type):
    assert claim(text, part).claim_type == claim_type


def test_a_span_after_something_past_is_no_forecast():
    text = "Orbitel will close the app on March 31, less than two years after it was first shown."
    assert not claim(text, "two years").is_forecast


def test_a_share_of_a_whole_is_no_share_price():
    text = ("Its director said that share could reach half by 2027. Spending on linear TV advertising is "
            "expected to fall 2.1% to $139 billion.")
    assert claim(text, "2.1%").claim_type == "cost"


@pytest.mark.parametrize("text, part, claim_type", [
    ("The city will give subsidies of up to 8 million yuan to AI film projects.", "8 million", "investment"),
    ("It has about 400 employees and says more than 60,000 businesses use its software.", "60,000", "other"),
    ("In the survey, 48% of those aged 18 to 24 said they would watch a film made by AI.", "48%", "survey"),
])
def test_subsidies_organisations_after_a_workforce_and_a_described_group_s_answers(text, part, claim_type):
    assert claim(text, part).claim_type == claim_type


def test_people_a_tool_was_used_by_are_its_audience():
    assert claim("The app has been used by more than 9 million people since May.", "9 million").claim_type == "audience"


def test_shares_that_lost_part_of_their_value_are_the_company_s_share_price():
    text = ("Orbitel will cut 1,000 jobs, according to a memo reviewed by Reuters. Orbitel has 40,000 employees. "
            "Orbitel wants to save $3 billion. Its shares have lost more than 60% of their value since 2022.")
    assert claim(text, "60%").measure == "Orbitel share price"


def test_footfalls_are_admissions():
    assert claim("The multiplex chain said footfalls rose 4% last year to 151 million.", "4%").claim_type == "box_office"


def test_the_number_of_workers_falling_is_jobs():
    text = "The number of workers in advertising production fell 8.2 percent to 31,000 last year."
    assert claim(text, "8.2 percent").claim_type == "jobs"
    assert claim("It is worth more than doubling the studio's valuation.", "doubling").measure == "studio's valuation"


def test_a_multiple_said_of_the_figure_before_it_shares_its_forecast_and_type():
    text = "Orbitel raised its 2027 sales guidance to $90 million, doubling earlier expectations."
    found = claim(text, "doubling")
    assert (found.claim_type, found.is_forecast) == (claim(text, "$90 million").claim_type, True)
    assert claim("That is a feat, more than doubling the studio's valuation.", "doubling").claim_type == "investment"


def test_a_listicle_s_number_defined_after_its_colon():
    text = ("3. 85%: the share of marketers who plan to use AI video this year, per a Halden survey of 1,400 "
            "marketers.\n\n5. 30 million: monthly active users of Vexa's video features, Orbitel says.")
    share = claim(text, "85%")
    assert (share.claim_type, share.is_forecast, share.measure) == ("survey", False, "marketers who plan to use AI video")
    assert claim(text, "30 million").measure.startswith("monthly active users")


def test_a_list_of_counts_runs_on_past_a_span_and_each_item_owns_its_amount():
    text = ("An estimated 6,200 game developers lost their jobs in the first nine months of 2025, compared with "
            "roughly 14,600 in all of 2024 and 10,500 in 2023. Orbitel cut about 1,900 roles in January. "
            "Vexa Group followed with 1,387, then Kestrel Interactive with 900.")
    assert [claim(text, part).claim_type for part in ("14,600", "10,500")] == ["jobs", "jobs"]
    assert claims_by_surface(text)["900"].measure == "Kestrel Interactive jobs"
    assert claim(text, "nine months").unit == "months" and claim(text, "14,600").unit == "count"  # a period, no item


def test_a_bulleted_item_owns_the_figures_of_its_line():
    text = ("Startups raised $3.4 billion this year.\n\n- Framewise: $308 million Series D, led by Harbor Capital, "
            "at a valuation above $3 billion\n- Vexa: $80 million Series B")
    found = claims_by_surface(text)
    assert (found["$308 million"].claim_type, found["$308 million"].measure) == ("investment", "Framewise investment")
    assert found["above $3 billion"].measure == "Framewise valuation"  # not "Series D", a round
    assert found["$80 million"].measure == "Vexa investment"


def test_what_analysts_had_forecast_is_a_forecast_and_a_share_lends_no_unit_to_a_count():
    assert claim("Analysts at Harbor had forecast profit of $160 million.", "$160").is_forecast
    text = "Vexa said 18% of the tracks uploaded each day, more than 20,000 a day, are fully AI-generated."
    assert claim(text, "20,000").unit == "count"  # a share is never 20,000%
    listed = "• 11 weeks: average time to complete an animated short with AI tools, down from 20"
    assert claims_by_surface(listed)["20"].unit == "weeks"  # the old value of the figure heading its line


def test_a_table_row_is_measured_by_its_row_and_column_and_its_number_is_no_figure():
    text = ("Weekend box office\n\nRank | Film | Weekend gross | Total\n1 | Ironclad | $48.0M | $48.0M\n"
            "2 | Paper Moon | $21.3M | $78.4M\n")
    found = extract_claims(text)
    assert [c.surface for c in found] == ["$48.0M", "$48.0M", "$21.3M", "$78.4M"]  # no row numbers
    assert (found[2].measure, found[2].claim_type) == ("Paper Moon weekend gross", "box_office")


def test_a_span_behind_now_is_no_forecast_and_guidance_is_one():
    text = ("The BBC will cut 500 jobs over the next two years, the corporation said, as licence fee income fell "
            "by £1.2bn in real terms over the past decade.")
    assert not claim(text, "past decade").is_forecast
    assert claim(text, "£1.2bn").measure == "licence fee income"  # "in real terms" measures nothing
    assert claim("The company guided Q4 revenue to $430–$440 million.", "$430").is_forecast
    assert claim("The company guided Q4 revenue to $430–$440 million.", "$430").measure == "Q4 revenue"
    assert claim("Subscribers reached 8.2 million (+0.6 million q/q).", "0.6").surface == "+0.6 million"


def test_a_base_value_after_its_year_is_no_forecast_and_a_scenario_is_one():
    text = "Harbor analysts expect the market to grow to $25 billion by 2030 from about $1.2 billion this year."
    assert claim(text, "$25").is_forecast and not claim(text, "$1.2").is_forecast
    assert claim("In a bear case, the market would reach only $8 billion.", "$8").is_forecast


def test_an_interview_answer_is_measured_and_typed_by_its_question():
    text = ("Mira Okafor's studio made 40 short films last year.\n\nHow much does one film cost?\n\n"
            "Between $8,000 and $15,000, mostly for voice actors.\n\nHow many views do they get?\n\n"
            "On average, about 800,000.\n\nHer studio employs 12 people.")
    cost, views = claim(text, "$8,000"), claim(text, "800,000")
    assert (cost.measure, cost.claim_type) == ("cost of one film", "cost")
    assert (views.measure, views.claim_type) == ("views", "audience")
    assert claim(text, "12 people").measure != "views"  # the question answers the paragraph after it only


def test_a_part_of_a_group_of_workers_employed_is_jobs_and_its_officer_speaks_for_the_company():
    text = ("At Kestrel Animation, 14 of the 18 storyboard artists employed in 2023 are gone. The company declined "
            "to comment, but its chief financial officer told investors that efficiencies had saved $3.2 million.")
    assert claim(text, "14").claim_type == "jobs"
    assert claim(text, "$3.2").source == "Kestrel Animation"
    plan = "The company plans to cut drama production costs by 30% using its in-house AI studio and expects gains."
    assert claim(plan, "30%").source is None  # a clause with a figure is no speaker's description


def test_what_would_otherwise_have_been_is_no_forecast():
    text = "AI tools let them use 40 hours of archive footage that would otherwise have been unusable."
    assert not claim(text, "40 hours").is_forecast


def test_what_analysts_estimate_is_a_forecast():
    text = "Revenue fell 1% to $9.81 billion, missing the average analyst estimate of $9.83 billion."
    assert claim(text, "$9.83").is_forecast and not claim(text, "$9.81").is_forecast


def test_a_reason_after_a_comma_is_a_clause_of_its_own():
    text = ("Cineworld will close six of its 100 UK sites, the company said, as attendance remains about 25% below "
            "pre-pandemic levels.")
    assert not claim(text, "25%").is_forecast  # what remains now, not what will be
    assert claim("Kestrel, owned by Vexa Group, will close 26 sites, the company said.", "26").source == "Kestrel"


def test_a_headline_s_to_before_a_figure_announces_what_will_happen():
    assert claim("Kestrel to cut 900 jobs as streaming slows", "900").is_forecast
    assert claim("Latin American dubbing market to hit $2 billion, study finds", "$2 billion").is_forecast
    # a sentence of the body is read by its own tense; a deal agreed is no prediction
    assert not claim("Kestrel said it had decided to cut 900 jobs last year.", "900").is_forecast
    assert not claim("Vexa agrees to buy Kestrel Studios for $1.2 billion", "$1.2").is_forecast


def test_a_share_of_a_market_is_no_takings_and_a_share_price_stood_at_an_amount():
    found = claims_by_surface("Kestrel and Vexa together hold about a 35% share of paid subscriptions in Brazil.")
    assert (found["35%"].measure, found["35%"].claim_type) == ("share of paid subscriptions", "other")
    assert claim("The shares were little changed at $41.20 in New York.", "$41.20").claim_type == "stock_move"


def test_what_a_name_or_a_company_does_after_said_measures_nothing():
    assert claim("Chief executive Ana Ruiz said AI would let the group make ads ten times faster.",
                 "ten times").measure != "AI"
    assert claim("Indeed basketball has been played here for more than a century.", "century").measure is None


def test_a_headline_s_verb_inside_the_figure_and_a_demonstrative_measure_nothing():
    assert claim("Thai streaming market to exceed 9 billion baht in 2026", "9 billion").is_forecast
    assert claim("If a drama costs $40 million, AI could shave 20% off that. That's $8 million.", "$8").measure is None


def test_a_headline_subject_in_capitals_announces_and_a_purpose_after_a_verb_does_not():
    assert claim("BBC to cut 500 more jobs as licence fee income falls", "500").is_forecast
    assert not claim("Orrin uses AI to cut drama budgets by a third, executive says", "a third").is_forecast
    # a result compared with what was expected is no prediction
    assert not claim("Vexa reported a wider-than-expected quarterly loss of 36 cents per share.", "36 cents").is_forecast


def test_a_line_of_movers_is_about_the_company_that_leads_it():
    text = ("Here are the companies making headlines.\n\nVexa — The streaming device maker added 5.5% on news that its "
            "platform revenue grew 21%.\n\nOrrin — The studio's stock slipped 2% despite a partnership.")
    found = claims_by_surface(text)
    assert (found["5.5%"].claim_type, found["5.5%"].measure) == ("stock_move", "Vexa share price")
    assert found["2%"].measure == "Orrin share price"
    assert found["21%"].claim_type == "revenue"


@pytest.mark.parametrize("text, part, claim_type, forecast, measure", [
    # a film tracking to open from its theatres, adding from its markets, taking in what it should: box
    # office, projected (the industry's projections are no market)
    ('"Starfall" is tracking to open between $40 million and $45 million this weekend from 4,100 theaters, '
     "according to industry projections.", "$40 million", "box_office", True, None),
    ("Overseas, it is expected to add another $60 million from 52 markets.", "$60 million", "box_office", True, None),
    ('Last weekend\'s champion, "Paper Moon," should take in roughly $18 million in its third frame.', "$18 million",
     "box_office", True, None),
    # an estimate reported without "that" before a modal is a forecast; one of what would have been is not
    ("An industry group estimated compliance would cost platforms $40 million a year.", "$40 million", "cost", True,
     None),
    ("My friend estimates the same film would have needed three shooting days.", "three shooting days", None, False,
     None),
    # earnings per share are a profit; a margin's basis points are no takings
    ("Adjusted earnings per share came in at 58 cents.", "58 cents", "other", False, "Adjusted earnings per share"),
    ("Kestrel Media expects revenue growth in 2025 and operating margin expansion of 150 to 200 basis points.",
     "150 to 200", "other", True, "Kestrel Media operating margin"),
    # a share of people in a passage about a survey, whatever they did; what a worker makes is pay
    ("In a survey of its members, the association found that 7 in 10 had seen fewer bookings in 2024.", "7 in 10",
     "survey", False, None),
    ("A background actor makes about $187 a day.", "$187", "other", False, None),
    # job postings are jobs
    ("Overall postings in the sector fell 8%.", "8%", "jobs", False, "Overall postings in the sector"),
])
def test_box_office_previews_estimates_before_a_modal_eps_margins_shares_of_people_pay_and_postings(
        text, part, claim_type, forecast, measure):
    c = claim(text, part)
    assert (claim_type is None or c.claim_type == claim_type) and c.is_forecast is forecast
    assert measure is None or c.measure == measure


@pytest.mark.parametrize("text, part, surface, year, measure", [
    # a span ahead reaches past the article's own year named before it
    ('"We saved roughly $45 million in 2024, and we expect that to more than double next year," she said.',
     "next year", "next year", 2025, None),
    # an adverb of the participle before a counted noun is the noun's
    ("About 20,000 fully AI-generated tracks are delivered every day.", "20,000", "About 20,000 fully AI-generated tracks",
     None, None),
    # a trade opening a sentence is no name: "its members" are the association's named after
    ("Dubbing actors are campaigning, the association VDS said.\n\nDubbing is a big business in Germany. In a "
     "survey of its members, VDS found that 7 in 10 had seen fewer bookings.", "7 in 10", "7 in 10", None,
     "VDS members who had seen fewer bookings"),
])
def test_spans_past_the_year_named_adverbed_participles_and_trades_opening_a_sentence(text, part, surface, year, measure):
    c = claims_by_surface(text, published=date(2024, 10, 17))[surface] if year else claim(text, part)
    assert c.surface == surface and (year is None or c.horizon_year == year)
    assert measure is None or c.measure == measure


@pytest.mark.parametrize("text, part, surface, claim_type, forecast, measure", [
    # a rank is no fraction: "No. 1 in 93 countries" counts countries
    ("The season debuted at No. 1 in 93 countries.", "93", "93 countries", None, False, "countries"),
    # streaming hours are time watched, and a change after them, past their period, is theirs
    ("ITVX recorded 1.1 billion streaming hours in the half, up 18%.", "1.1 billion", "1.1 billion streaming hours",
     "audience", False, "ITVX streaming hours"),
    ("ITVX recorded 1.1 billion streaming hours in the half, up 18%.", "18%", "18%", "audience", False,
     "ITVX streaming hours"),
    # a headline's credit before a colon owns nothing; "is to cut" and "seeks to" look ahead
    ("Sky News: ITV to cut 220 jobs as advertising slump bites", "220", "220 jobs", "jobs", True, "ITV jobs"),
    ("ITV is to cut 220 jobs, around 3% of its workforce, as it seeks to save £50m.", "£50m", "£50m", "cost", True,
     None),
    # "would" with a year to come after the figure's noun
    ("McCall has said the company would make £50m of savings in 2025.", "£50m", "£50m", "cost", True, "savings"),
    # savings are a cost, whoever's industry they are for; a share taken off something is of it
    ("The bank puts the potential savings for the industry at roughly $10 billion a year.", "$10 billion",
     "roughly $10 billion a year", "cost", False, None),
    ("Generative AI could shave 20% to 30% off the cost of a typical studio film.", "20%", "20% to 30%", "cost", True,
     "cost of a typical studio film"),
])
def test_ranks_streaming_hours_headline_credits_plans_savings_and_shares_taken_off(
        text, part, surface, claim_type, forecast, measure):
    c = claims_by_surface(text, published=date(2024, 10, 17))[surface]
    assert (claim_type is None or c.claim_type == claim_type) and c.is_forecast is forecast
    assert measure is None or c.measure == measure


def test_a_title_in_quotes_speaks_for_nobody():
    text = ('The first volume of "Stranger Things 5" drew 59.6 million views in its first five days on Netflix, '
            "the streamer said Tuesday.")
    assert claim(text, "59.6 million").source == "Netflix"


@pytest.mark.parametrize("text, part, claim_type, forecast, measure", [
    # the level a change reaches after its share: what the verb changed
    ("Sunrise said it would raise starting pay by 20% to ¥300,000 a month.", "300,000", "other", True,
     "Sunrise starting pay"),
    # a business line named by its trade is takings
    ("Overseas licensing grew 31% and now accounts for 44% of revenue.", "31%", "revenue", False,
     "Overseas licensing"),
    # a headline's "to pour" announces
    ("CJ ENM to pour W1.2tr into AI content over five years", "W1.2tr", "investment", True, None),
])
def test_levels_after_a_change_business_lines_and_headline_pouring(text, part, claim_type, forecast, measure):
    c = claim(text, part)
    assert c.claim_type == claim_type and c.is_forecast is forecast and (measure is None or c.measure == measure)


@pytest.mark.parametrize("text, part, forecast", [
    # a plan announced in reported speech looks ahead
    ("Unity said it would lay off 25% of its staff.", "25%", True),
    # the old value a change starts from does not
    ("The streamer said it would raise the price of its plan to $17.99 a month from $15.49.", "$15.49", False),
    ("The streamer said it would raise the price of its plan to $17.99 a month from $15.49.", "$17.99", True),
    # nor a verb joined in a perfect tense, done
    ("The company said it would spend about $18 billion on content this year and has used AI dubbing on more "
     "than 300 titles.", "300 titles", False),
])
def test_plans_in_reported_speech_old_values_and_perfects_joined(text, part, forecast):
    assert claim(text, part).is_forecast is forecast


@pytest.mark.parametrize("text, part, surface, claim_type, measure", [
    # a share restating an amount is of the same kind as the amount
    ("Companies face fines of up to €35 million or 7% of their global annual turnover.", "7%", "7%", "cost", None),
    # a count naming its own measure in a clause joined after another's
    ("Paid subscription streaming revenue grew 9.5% and there were 752 million users of paid subscription "
     "accounts at the end of the year.", "752 million", "752 million users", "audience",
     "users of paid subscription accounts"),  # (people counted: the people, then of what)
    # what an audience does after its plural ends the counted noun
    ("More than 1 billion monthly logged-in users watch podcasts on the platform.", "1 billion",
     "More than 1 billion monthly logged-in users", "audience", "monthly logged-in users"),
])
def test_restated_shares_own_counted_measures_and_audience_verbs(text, part, surface, claim_type, measure):
    c = claim(text, part)
    assert (c.surface, c.claim_type) == (surface, claim_type) and (measure is None or c.measure == measure)


@pytest.mark.parametrize("text, part, forecast, measure", [
    # an object joined after ", and" shares the verb of prediction before it
    ("For 2025, Netflix forecast revenue of $43.5 billion to $44.5 billion, and an operating margin of 29%.", "29%",
     True, "operating margin"),
    # "They" after a move of shares are those shares
    ("Glintworks reported revenue of $2 billion.\n\nShares of Glintworks rose 11% to $967 in extended trading. They "
     "have gained about 80% over the past 12 months.", "80%", False, "Glintworks share price"),
])
def test_joined_objects_of_a_forecast_and_shares_they_stand_for(text, part, forecast, measure):
    c = claim(text, part)
    assert (c.is_forecast, c.measure) == (forecast, measure)


@pytest.mark.parametrize("text, part, forecast, measure", [
    # the base a multiple is of is now, whatever will come
    ("The agreements will pay the league about $6.9 billion a year, nearly triple the roughly $2.7 billion a year "
     "under its current contracts.", "$2.7 billion", False, None),
    ("The company plans to double its headcount to 400 by the end of 2026.", "400", True, None),
    # a person acting in a clause owns nothing of it
    ("Governor Gavin Newsom has proposed more than doubling the state's film tax credit to $750 million a year.",
     "$750 million", False, "state's film tax credit"),
])
def test_bases_of_multiples_and_persons_acting(text, part, forecast, measure):
    c = claim(text, part)
    assert c.is_forecast is forecast and (measure is None or c.measure == measure)


@pytest.mark.parametrize("text, part, forecast", [
    # what would follow a condition is projected; an amount describing the subject of "would" is not
    ("If AI cuts VFX costs by 30%, a $200 million film would save $18 million.", "$18 million", True),
    ("If AI cuts VFX costs by 30%, a $200 million film would save $18 million.", "$200 million", False),
    ("Some 12,000 animators may need retraining.", "12,000", True),
])
def test_outcomes_of_a_condition_and_amounts_describing_a_subject(text, part, forecast):
    assert claim(text, part).is_forecast is forecast


@pytest.mark.parametrize("text, part, claim_type, source", [
    # a number of staff doing something is no count of jobs (a number cut is)
    ("About 50,000 of its 108,000 staff now use its WPP Open platform.", "50,000", "other", None),
    ("The studio cut 500 of its 2,000 staff.", "500", "jobs", None),
    # "the company" is the one whose product its sentence names
    ("More than 500,000 sellers now use TikTok's Symphony suite of AI tools to create video ads, the company said.",
     "500,000", "other", "TikTok"),
])
def test_staff_doing_something_and_the_company_owning_the_product(text, part, claim_type, source):
    c = claim(text, part)
    assert (c.claim_type, c.source) == (claim_type, source)


@pytest.mark.parametrize("text, part, claim_type, forecast, measure", [
    # a verb written the same in the present, joined to a future, is no past
    ("The studio will eliminate 1,000 positions and shed 400 roles in Canada.", "400 roles", "jobs", True, None),
    ("The studio shed 400 roles last year.", "400 roles", "jobs", False, None),
    # a change of the number of a trade is of that workforce
    ("The number of employed animators fell by a third.", "a third", "jobs", False, "number of employed animators"),
])
def test_present_forms_after_a_future_and_numbers_of_a_trade(text, part, claim_type, forecast, measure):
    c = claim(text, part)
    assert (c.claim_type, c.is_forecast) == (claim_type, forecast) and (measure is None or c.measure == measure)


@pytest.mark.parametrize("text, part, forecast", [
    # "could" with an adverb and a longer object before the figure; its restatement is as projected
    ("AI could eventually increase annual global GDP by 7%, or nearly $7 trillion, over a 10-year period.", "7%", True),
    ("AI could eventually increase annual global GDP by 7%, or nearly $7 trillion, over a 10-year period.",
     "$7 trillion", True),
])
def test_a_modal_with_an_adverb_and_a_restated_projection(text, part, forecast):
    assert claim(text, part).is_forecast is forecast


@pytest.mark.parametrize("text, part, surface, claim_type", [
    # a price written with a slash and its period, "mo" a month
    ("- Runway: $12/month (Standard), $28/month (Pro)", "$12", "$12/month", "cost"),
    ("- Midjourney Basic plan: $10/mo for about 200 images", "$10", "$10/mo", "cost"),
    # (what people earn a month stays pay)
    ("Salaries average $5,000/month.", "$5,000", "$5,000/month", "other"),
])
def test_prices_with_a_slash_and_their_period(text, part, surface, claim_type):
    c = claim(text, part)
    assert (c.surface, c.claim_type, c.per) == (surface, claim_type, "month")


@pytest.mark.parametrize("text, part, forecast, measure", [
    # what a market was worth is now, whatever it will grow to; what "stood to" be lost is ahead
    ("The AI dubbing market was worth $180 million in 2024 and will grow to $1.1 billion by 2030.", "$180 million",
     False, None),
    ("The AI dubbing market was worth $180 million in 2024 and will grow to $1.1 billion by 2030.", "$1.1 billion",
     True, None),
    ("Musicians stood to lose 24% of their revenues by 2028, the confederation said.", "24%", True, None),
    # an amount spent on something, the participle after it
    ("Of the roughly $4.5 billion spent on localisation by streamers last year, less than 5% went to synthetic "
     "voices.", "$4.5 billion", False, "spending on localisation"),
])
def test_worth_then_stood_to_and_amounts_spent_on(text, part, forecast, measure):
    c = claim(text, part)
    assert c.is_forecast is forecast and (measure is None or c.measure == measure)


@pytest.mark.parametrize("text, part, claim_type, forecast, measure", [
    # an amount sought or raised in a share offering is investment; a description before a name is no owner
    ("Chinese AI video firm Lumos seeks up to HK$1.2 billion in Hong Kong IPO", "HK$1.2 billion", "investment", None,
     "Lumos investment"),
    # a company that hopes or intends to do something looks ahead
    ("The studio hopes to raise $300 million.", "$300 million", "investment", True, None),
    ("The studio intends to raise $300 million.", "$300 million", "investment", True, None),
    ("She didn't really want to wait another two hours to do it.", "two hours", None, False, None),
    # money devoted or set aside for a purpose is a budget for it
    ("The film body will devote €10 million over two years to training film workers in AI tools.", "€10 million",
     None, None, "budget for training film workers"),
    # a name in quotation marks is read past its marks
    ('The ministry set aside €1.6 billion for its "Audiovisual Hub" plan.', "€1.6 billion", None, None,
     "budget for Audiovisual Hub plan"),
])
def test_offerings_intentions_and_money_devoted(text, part, claim_type, forecast, measure):
    c = claim(text, part)
    assert claim_type is None or c.claim_type == claim_type
    assert forecast is None or c.is_forecast == forecast
    assert measure is None or c.measure == measure


@pytest.mark.parametrize("text, part, forecast", [
    # what someone said would happen looks ahead; what it would take or whom it would suit does not
    ("He said capital expenditure would be between $35 million and $40 million in the fourth quarter.", "$35 million",
     True),
    ("He added that the union would seek a minimum payment of £250 for any use of a digital replica.", "£250", True),
    ("Mr. Feng said it would take about a week to produce such a video using AI.", "a week", False),
    # what is done already is no forecast, whatever is planned beside it
    ("The chief executive has said the company would make £50m of savings in 2025 on top of £20m already identified.",
     "£20m", False),
])
def test_reported_would_and_what_is_done_already(text, part, forecast):
    assert claim(text, part).is_forecast == forecast


@pytest.mark.parametrize("text, part, forecast", [
    # the size of what a verb acts on is its size now, whatever the verb's modal
    ("Generative AI could reshape a $2.5 trillion media industry, consultancy says.", "$2.5 trillion", False),
    ("AI will disrupt the $100 billion dubbing market.", "$100 billion", False),
    # (what it may come to be is ahead)
    ("AI could create a $100 billion market by 2030.", "$100 billion", True),
    # what somebody said a described thing would do looks ahead
    ("Kuaishou said the short drama market would reach 50 billion yuan.", "50 billion yuan", True),
    ("He said AI would help it cut production costs by 20%.", "20%", True),
    # the span after which something may happen looks ahead; one after which it did, or one past a comma, does not
    ("AI could displace 200,000 entertainment jobs in three years.", "three years", True),
    ("Revenue grew fivefold in three years.", "three years", False),
    ("The service will raise its price to $5.99, the first increase in nearly a decade.", "nearly a decade", False),
])
def test_the_size_of_what_is_acted_on_is_now(text, part, forecast):
    assert claim(text, part).is_forecast == forecast


@pytest.mark.parametrize("text, part, claim_type", [
    # those left without work lost it
    ("The studio closed in February, leaving about 3,000 artists without jobs.", "about 3,000 artists", "jobs"),
    ("The collapse left 400 staff out of work.", "400 staff", "jobs"),
    # the votes cast are a vote's count, as those who cast them are
    ("The Parliament backed the rules, with 499 votes in favour, 28 against and 93 abstentions.", "499 votes", "survey"),
])
def test_those_left_without_work_and_the_votes_cast(text, part, claim_type):
    assert claim(text, part).claim_type == claim_type


@pytest.mark.parametrize("text, part, claim_type", [
    # cuts counted where jobs are spoken of are cuts of jobs; cuts to a film are edits
    ("The pace has slowed this year, with roughly 3,000 cuts announced by the end of June.", "3,000 cuts", "jobs"),
    ("The studio made 12 cuts to the film.", "12 cuts", "other"),
])
def test_cuts_counted_where_jobs_are_spoken_of(text, part, claim_type):
    assert claim(text, part).claim_type == claim_type


def test_a_share_of_people_by_their_age_who_say_is_a_survey_answer():
    c = claim("Younger viewers were more open: 38% of 16-24-year-olds said they would watch one.", "38%")
    assert (c.claim_type, c.is_forecast, c.measure) == ("survey", False, "16-24-year-olds who said they would watch one")


@pytest.mark.parametrize("text, part, claim_type, measure", [
    # a list's amount defined by what somebody did with it: its verb says what it is
    ("1. $1.8 billion: what AI video startups raised in 2024, according to PitchBook.", "$1.8 billion", "investment",
     "funding raised by AI video startups"),
    ("$2 billion: what viewers spent on streaming last year.", "$2 billion", None, "spending by viewers"),
])
def test_an_amount_defined_by_what_was_done_with_it(text, part, claim_type, measure):
    c = claim(text, part)
    assert (claim_type is None or c.claim_type == claim_type) and c.measure == measure


def test_a_year_before_its_measure_is_the_forecast_s_horizon():
    text = ("The company forecast fourth-quarter revenue of $11.96 billion and said it now expects 2026 revenue of "
            "about $45.1 billion.")
    found = {c.surface: c for c in extract_claims(text, published=date(2025, 10, 20))}
    assert found["about $45.1 billion"].horizon_year == 2026
    assert found["$11.96 billion"].horizon_year != 2026  # (the year dates the measure it stands before, no other)


def test_a_consensus_compiler_named_at_a_sentence_s_end_leaves_its_full_stop():
    text = ("Analysts had expected revenue of $50.4 billion, according to data compiled by Ravel Data.\n\n"
            "Earnings per share came in at $5.87, compared with estimates of $5.56.")
    assert claim(text, "$5.56").source == "Ravel Data"


def test_where_a_film_s_run_ends_is_its_box_office():
    assert claim("Trackers now expect the film to finish its run at around 16 billion yuan.",
                 "16 billion yuan").claim_type == "box_office"


def test_what_a_service_s_customers_pay_is_its_price():
    assert claim("The model is available to Ultra subscribers, who pay $249.99 a month.", "$249.99").claim_type == "cost"


def test_bills_cut_are_a_cost_whoever_pays_them():
    assert claim("AI has cut her clients' bills by roughly 60%.", "60%").claim_type == "cost"


def test_what_a_subscription_costs_is_a_price_and_churn_is_a_measure():
    c = claim("Subscription prices for U.S. streaming services will rise by an average of 8% to 12% next year.", "8%")
    assert c.claim_type == "cost"
    assert claim("He added that churn, now around 5% a month, would likely rise.", "5%").measure == "churn"


@pytest.mark.parametrize("text, part, measure", [
    # a market index moved is the index, with its number, not a company's share price
    ("The S&P 500 gained 0.8% to end at 6,012.45 points.", "0.8%", "S&P 500"),
    ("The S&P 500 fell 0.9%, while the Nasdaq Composite slid 1.1%.", "1.1%", "Nasdaq Composite"),
    ("Netflix shares added 2.4% on Wednesday.", "2.4%", "Netflix share price"),
])
def test_an_index_moves_itself(text, part, measure):
    c = claim(text, part)
    assert (c.claim_type, c.measure) == ("stock_move", measure)


def test_a_value_of_a_year_gone_by_is_no_forecast():
    text = "Cinema revenue is expected to reach $46.9 billion in 2029, still below its 2019 peak of $49.4 billion."
    found = {c.surface: c for c in extract_claims(text, published=date(2025, 6, 1))}
    assert (found["$46.9 billion"].is_forecast, found["$49.4 billion"].is_forecast) == (True, False)


def test_daily_active_users_by_their_acronym_are_an_audience():
    c = claim("Average DAUs: 409 million", "409 million")
    assert (c.claim_type, c.measure) == ("audience", "Average DAUs")


@pytest.mark.parametrize("text, part, forecast, horizon", [
    # a forecast said before, with an adverb between "had" and its verb, is still a forecast
    ("The service had previously forecast 10 million subscribers by 2025.", "10 million", True, 2025),
    # a fiscal year written short is a deadline, and no name
    ("By FY2027, the studio wants AI to handle 40% of its post-production work.", "40%", True, 2027),
])
def test_forecasts_said_before_and_fiscal_deadlines(text, part, forecast, horizon):
    c = claim(text, part)
    assert (c.is_forecast, c.horizon_year) == (forecast, horizon)


def test_a_market_on_track_to_reach_an_amount_is_what_reaches_it():
    assert claim("The AI video market is on track to reach $2.6 billion by 2030.", "$2.6 billion").measure == "AI video market"


@pytest.mark.parametrize("text, part, ctype", [
    # shares sold in an offering, and their price, are investment, not takings
    ("The company raised HK$4.6 billion in its listing, selling 150 million shares at HK$30.80 each.",
     "150 million shares", "investment"),
    ("The company raised HK$4.6 billion in its listing, selling 150 million shares at HK$30.80 each.",
     "HK$30.80", "investment"),
    ("Nintendo sold 15 million consoles in the quarter.", "15 million consoles", "revenue"),  # (the guard: goods sold)
])
def test_shares_sold_in_an_offering(text, part, ctype):
    assert claim(text, part).claim_type == ctype


def test_a_figure_expected_by_analysts_is_their_forecast_not_a_survey():
    text = "Organic growth was 4.9% in the quarter, ahead of the 4.2% expected by analysts in a company-compiled consensus."
    c = claim(text, "4.2%")
    assert (c.claim_type, c.is_forecast) == ("other", True)
    assert claim("Of 300 producers asked, 41% expected budget cuts.", "41%").claim_type == "survey"  # (the guard)


@pytest.mark.parametrize("text, part, ctype", [
    # where an industry meets is no market: "told an industry conference" says nothing of a market's size
    ("Its chief executive told an industry conference that the number of channels earning more than $50,000 a "
     "month had doubled.", "$50,000", "other"),
    ("Industry groups said members had spent $2 billion on new cameras.", "$2 billion", "cost"),
    ("The streaming industry was worth $90 billion last year.", "$90 billion", "market_size"),  # (the guard)
    # a move of jobs the figure measures is jobs, whatever shares the paragraph moved before
    ("Shares of Lionsgate fell 3%. The studio sector has cut more than 12,000 jobs so far this year, up 9% from a "
     "year earlier.", "9%", "jobs"),
    # what is spent on takings' words is spent
    ("The agency spends about $5,000 a month on subscriptions to image models.", "$5,000", "cost"),
    ("Subscriptions brought in $5 billion last year.", "$5 billion", "revenue"),  # (the guard)
    # a company named alone before its move is its share price ("Roku jumps 8%"), not a place, nor a move with its object
    ("14:05 ET — Lionsgate jumps 6% after raising its outlook.", "6%", "stock_move"),
    ("Nvidia advanced 5%, and Broadcom gained 2%.", "2%", "stock_move"),
    ("Vietnam grew 6% last year.", "6%", "other"),
    ("Lionsgate added 5% to its library of titles.", "5%", "other"),
    # the change of the figure right before it is its kind's, whatever shares the sentence moved
    ("15:02 ET — Roku shares are up 3.1%.\n\n15:10 ET — Tidal gains 2% after reporting 14 million paying "
     "subscribers, up 9% from a year earlier.", "9%", "audience"),
])
def test_what_a_figure_measures_and_who_moves_type_it(text, part, ctype):
    assert claim(text, part).claim_type == ctype


@pytest.mark.parametrize("text, part, forecast", [
    # a forecast that is a noun ("profit forecast") predicts nothing in the clause after it
    ("Shochiku raises profit forecast on anime demand; shares jump 9%", "9%", False),
    ("Analysts forecast revenue of $5 billion; profit of $1 billion.", "$1 billion", True),  # (the verb still does)
    # a clause opened by ", when" keeps its future to itself
    ("The cuts follow the 800 jobs eliminated in May, when the company said it would save $1 billion.", "800 jobs",
     False),
    # a share of what something would cost is a comparison, no prediction (unless predicted itself)
    ("The studio made the pilot for £60,000, roughly a fifth of what a live-action pilot would cost.", "a fifth", False),
    ("AI will cut the budget to a fifth of what it would cost today.", "a fifth", True),
    # a clause of consequence keeps its tense to itself
    ("Clients expect the savings to be passed on, so our margins are around 9% now.", "9%", False),
    ("The company expects sales to fall, so it will cut 500 jobs.", "500 jobs", True),  # (its own future)
])
def test_how_far_a_prediction_reaches(text, part, forecast):
    assert claim(text, part).is_forecast is forecast


def test_a_move_of_a_person_s_average_income_is_pay():
    text = "The average annual income of session musicians was £21,000 last year, down 6.1 percent from 2023."
    assert [claim(text, part).claim_type for part in ("£21,000", "6.1 percent")] == ["other", "other"]


def test_a_prize_pool_is_no_takings_whatever_the_sentence_sells():
    text = "Last season's prize pool was $2.1 million, after the organiser stopped adding a share of ticket sales."
    assert claim(text, "$2.1 million").claim_type == "other"


def test_the_words_near_a_figure_stop_at_a_contrasting_clause():
    # a clause of another subject after the figure does not type it
    text = "Sales rose 12% in the quarter, while analyst Ana Ruiz said the stock could climb 20%."
    assert [claim(text, part).claim_type for part in ("12%", "20%")] == ["revenue", "stock_move"]
    # ... nor one before it, joined without a comma
    text = "Operating revenue rose 8% whereas the shares slid 3%."
    assert claim(text, "8%").claim_type == "revenue"
    # (the guard: a move of shares named just before its figure stays one)
    assert claim("The shares slid 3% after the results, but revenue rose 8%.", "3%").claim_type == "stock_move"


def test_a_number_of_footfalls_is_admissions():
    text = "Cinema footfalls fell to 740 million from 812 million, the trade body said."
    assert [claim(text, part).claim_type for part in ("740 million", "812 million")] == ["box_office", "box_office"]


def test_a_count_of_things_among_which_a_share_falls_is_no_survey_sample():
    text = "Vertical dramas made up 7% of new releases among the top 5,000 apps in October."
    assert claim(text, "5,000 apps").claim_type == "other"
    # (the guard: people among whom a share was found are those asked)
    assert claim("Support for the rules stood at 61% among 2,400 adults.", "2,400 adults").claim_type == "survey"


def test_a_subject_of_its_own_after_and_starts_the_words_near_its_figure():
    text = "Bookings rose 11% and the shares jumped 6%."
    assert [claim(text, part).claim_type for part in ("11%", "6%")] == ["revenue", "stock_move"]
    # (the guard: one subject's two moves stay one clause's)
    assert claim("The shares rose 4% and closed 6% higher.", "4%").claim_type == "stock_move"


def test_a_later_clause_s_modal_is_not_the_figure_s_future():
    text = "About 350 roles were cut in March and 120 more will go by June."
    assert [claim(text, part).is_forecast for part in ("350 roles", "120")] == [False, True]
    # (the guard: the modal before the figure covers it, whatever follows)
    assert claim("The studio will cut 350 roles and its rival may follow.", "350 roles").is_forecast


def test_a_measure_noun_with_a_long_phrase_of_where_heads_its_measure():
    text = "Employment in Canada's animation and visual effects sector fell to 21,000 in 2024."
    row = claim(text, "21,000")
    assert (row.claim_type, row.measure) == ("jobs", "Employment in Canada's animation and visual effects sector")


def test_a_change_of_that_is_a_change_of_the_amount_before():
    text = "A dubbed season costs 40,000 to 60,000 euros, and AI could cut that by half, producers estimate."
    row = claim(text, "half")
    assert (row.claim_type, row.measure) == ("cost", "cost of dubbed season")


def test_jobs_cut_near_a_vote_are_no_voters():
    text = "Keywords Studios will close its Montreal office, cutting 64 jobs, a month after staff voted to unionise."
    assert claim(text, "64 jobs").claim_type == "jobs"
    # (the guard: members who voted are a vote's count)
    assert claim("The guild said 1,900 members voted in favour.", "1,900 members").claim_type == "survey"


def test_a_count_with_its_own_subject_after_an_amount_keeps_no_currency():
    text = "The holiday took 2.4 billion yuan in ticket sales, with admissions reaching 61.2 million."
    assert claim(text, "61.2 million").unit == "count"


def test_what_a_budget_is_raised_by_is_no_money_raised():
    text = "Sony is weighing raising the studio's yearly research budget by about $40 million."
    assert claim(text, "about $40 million").claim_type == "cost"
    # (the guard: money raised, the verb's object)
    assert claim("Luma AI raised $90 million in a Series C round.", "$90 million").claim_type == "investment"


def test_a_re_release_s_takings_are_box_office():
    assert claim("The re-release collected Rs 2.3 crore in its first week.", "Rs 2.3 crore").claim_type == "box_office"


def test_a_trade_s_size_is_a_market_size():
    assert claim("UK cinema advertising was worth £240 million last year.", "£240 million").claim_type == "market_size"
    assert claim("Global podcast streaming is forecast to reach $9 billion by 2029.", "$9 billion").claim_type == "market_size"
    # (the guard: what one spends on a trade is a cost)
    assert claim("The studio spent $40 million on advertising last year.", "$40 million").claim_type == "cost"


def test_a_share_of_the_time_people_spent_is_no_cost():
    text = "Streamly accounted for 30% of all the time children spent watching video last year."
    assert claim(text, "30%").claim_type != "cost"
    # (the guard: a share of what is spent in money is a cost)
    assert claim("Studios spent 12% of their budgets on visual effects.", "12%").claim_type == "cost"


def test_a_part_of_the_amount_before_is_of_its_type_and_measure():
    text = ("The ministry announced €90 million in funding for animation studios in 2026.\n\n"
            "Of this amount, €12 million will support training for artists.")
    row = claim(text, "€12 million")
    assert (row.claim_type, row.measure) == ("investment", "funding for animation studios")


def test_an_ad_s_length_inside_a_cost_is_a_duration():
    row = claim("The average cost of producing a 30-second cinema spot fell to €85,000.", "30-second")
    assert (row.claim_type, row.measure) == ("duration", "cost of producing a 30-second cinema spot")
    # (the guard: a length said to be expensive is still its cost's)
    assert claim("Renting the stage costs $4,000 for a 10-hour day.", "$4,000").claim_type == "cost"


def test_time_people_watch_by_its_verb_is_an_audience():
    text = "Its users watch more than 1 billion hours of podcasts a month on TV screens."
    assert claim(text, "1 billion hours").claim_type == "audience"
    # (the guard: the time a thing takes is how long)
    assert claim("The film took 40 hours to render.", "40 hours").claim_type == "duration"


def test_earners_own_earnings_are_pay():
    text = "The association's chair said members' earnings had fallen by up to 40% since 2023."
    assert claim(text, "40%").claim_type == "other"
    # (the guard: a company's earnings are its takings)
    assert claim("Netflix's earnings rose 20% to $2 billion.", "$2 billion").claim_type == "revenue"


def test_what_advertisers_commit_is_spending():
    text = "Brands will commit about $4 billion to connected TV next year."
    row = claim(text, "$4 billion")
    assert (row.claim_type, row.measure) == ("cost", "amount committed by brands")
    # (the guard: what a fund commits is funding)
    assert claim("The fund committed $50 million to animation start-ups.", "$50 million").claim_type == "investment"


def test_an_opening_by_its_amount_is_box_office():
    row = claim("Forecasters expect an opening in the $30 million to $35 million range.", "$30 million")
    assert (row.claim_type, row.measure) == ("box_office", "opening")
    assert claim("Tracking pointed to a debut weekend of $22 million.", "$22 million").claim_type == "box_office"


def test_a_running_total_continues_the_amount_before_past_a_change():
    text = "The sequel placed second with $9.4 million, down 35%, for a running total of $77 million."
    assert [c.claim_type for c in extract_claims(text)] == ["box_office"] * 3


def test_what_a_share_of_people_earned_is_their_pay():
    text = "In the guild's poll, 30% of members earned more than $80,000, while 25% made less than $10,000."
    assert claim(text, "less than $10,000").claim_type == "other"
    # (the guard: what a company made is its takings)
    assert claim("The studio earned $10 million from streaming rights.", "$10 million").claim_type == "revenue"


def test_a_share_of_tickets_is_box_office():
    assert claim("Local productions accounted for 28% of tickets sold last year.", "28%").claim_type == "box_office"


def test_what_lasted_until_a_year_in_the_past_is_no_forecast():
    # (in an article without a date, whose year tells nothing of past or future: the tense does)
    def forecast(text: str) -> tuple:
        [row] = extract_claims(text)
        return row.is_forecast, row.horizon_year
    assert forecast("Until 2021 the agency charged $900 a day for a voice session.") == (False, None)
    # (the guards: a future verb, and a term set now)
    assert forecast("Until 2030 the agency will charge $900 a day.") == (True, 2030)
    assert forecast("The credit is extended until 2030 and capped at $50 million.") == (True, 2030)


def test_a_change_of_users_of_subscriptions_is_audience():
    text = "There were 310 million users of paid subscription plans at the end of June, up 8.2%."
    assert claim(text, "8.2%").claim_type == "audience"
    # (the guard: subscription takings stay takings)
    assert claim("Subscription revenue rose 9% to $4 billion.", "9%").claim_type == "revenue"


def test_rights_bought_are_paid_for():
    row = claim("Sony bought the Latin American rights to the drama for $3 million.", "$3 million")
    assert (row.claim_type, row.measure) == ("cost", "Latin American rights price")
    # (the guard: a business bought is an investment in it)
    assert claim("The group agreed to buy Vanta Studios for about $90 million.", "$90").claim_type == "investment"


def test_people_counted_by_what_they_listened_to_are_an_audience():
    assert claim("Some 41 million Britons aged 16 and over listened to an audiobook last year.", "41").claim_type == "audience"
    assert claim("Weekly listening rose to 38%.", "38%").claim_type == "audience"


def test_a_share_of_subscriptions_by_a_name_with_a_plus_is_audience():
    text = "Apple TV+ took 9% of all subscriptions, behind Paramount+ at 11%."
    assert claim(text, "11%").claim_type == "audience"


def test_things_a_studio_worked_on_are_no_jobs_after_its_staff():
    text = "The studio employed about 300 people at its peak and worked on more than 90 films."
    assert [c.claim_type for c in extract_claims(text)] == ["jobs", "other"]
    # (the guard: roles after jobs stay jobs)
    assert [c.claim_type for c in extract_claims("The studio cut 200 jobs and 40 contractor roles.")] == ["jobs", "jobs"]


def test_a_forecast_revised_by_a_share_is_a_forecast():
    rows = extract_claims("Toei raised its full-year net profit forecast by 12% to 18 billion yen.", published=PUBLISHED)
    assert [(c.surface, c.is_forecast) for c in rows] == [("12%", True), ("18 billion yen", True)]
    # (the guard: a result measured against a forecast is none)
    assert not claim("The film beat the forecast by 8%.", "8%").is_forecast


def test_the_time_users_can_generate_is_a_capability():
    assert claim("Paid users can generate up to 12 seconds at 720p.", "12 seconds").claim_type == "capability"


def test_a_long_time_is_no_length_of_an_output():
    text = '"Nine months is a long time to wait, but we can be proud of this deal," she said.'
    assert claim(text, "Nine months").claim_type == "duration"
    # (the guard: a length that is one)
    assert claim("The model makes videos up to 20 seconds long.", "20 seconds").claim_type == "capability"


def test_money_taken_from_people_is_no_box_office():
    text = ("Police said the gang sold shares in films that were never made. The gang collected about 900 million won "
            "from 64 victims.")
    assert claim(text, "900 million").claim_type == "other"
    # (the guard: a film's takings stay takings)
    assert claim("The sequel collected about $90 million in its first week.", "$90").claim_type == "box_office"


def test_visits_counted_are_an_audience():
    assert claim("Attendance at the top theme parks rose to 244 million visits.", "244").claim_type == "audience"


def test_the_price_shares_began_trading_at_is_a_share_price():
    text = "Starz shares, which began trading at $15.50, closed at $13.40 on Thursday."
    assert [(c.claim_type, c.measure) for c in extract_claims(text)] == [("stock_move", "Starz share price")] * 2
