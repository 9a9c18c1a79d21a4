"""Text in, claims out: the extractor as one pure function.

    quantities (etl.quantities)  ->  sentences, clauses, paragraphs (etl.segment)
      -> names of the article (etl.names) -> what each figure measures (etl.measure)
      -> claim type, forecast, horizon (etl.classify) -> source (etl.attribute)
      -> derived values: unit family, US dollars (etl.record)

No database, no files: the build, the `extract` command and the tests all call
`extract_claims`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date
from functools import partial

from .attribute import (
    CITED_FOR_DATA,
    CONSENSUS_SUBJECT_RE,
    CONSENSUS_WORDS_RE,
    SHARE_OF_BEFORE_OPENS_RE,
    article_topic,
    figure_source,
    is_a_people,
    is_person,
    lead_company,
    organisation_in,
    pollster_before,
    sentence_sources,
    source_kind,
    told_by_someone_unnamed,
)
from .classify import Context, claim_type, horizon_year, is_forecast, respective_years
from .lexicon import (
    AMOUNT_HEDGES,
    BARE_STATISTICS,
    BOX_OFFICE_WORDS,
    BULLET_CHARS,
    BUSINESS_DESCRIPTIONS,
    CINEMA_NOUNS,
    FILM_NOUNS,
    GEOGRAPHIC_UNITS,
    JOB_NOUNS,
    MOVED_BY,
    ORGANISATION_NOUNS,
    PART_OF_WHOLE_VERBS,
    PEOPLE_GROUPS,
    PLACE_NOUNS,
    POINTING_BACK,
    PRONOUNS,
    SENTENCE_ADVERBS,
    SIMPLE_PREPOSITIONS,
    TIME_ADVERBS,
    TIME_UNIT_NAMES,
    TYPE_MEASURES,
    UNNAMED_SPEAKERS,
)
from .measure import (
    DASH_ASIDE_RE,
    EARNED_BEFORE_RE,
    FASTER_AFTER_RE,
    JUST_NAMED,
    MORE_OR_FEWER_RE,
    OF_IT_AFTER_RE,
    OF_THAT_MEASURE_AFTER_RE,
    OF_TOTAL_AFTER_RE,
    OF_WHICH_AFTER_RE,
    OF_WHOM_BEFORE_RE,
    OLD_VALUE_BEFORE_RE,
    TRAILING_ASIDE_RE,
    changes_the_amount_before,
    group_in,
    is_people_noun,
    line_label,
    measure_of,
    mentions_a_measure,
    names_a_measure,
    question_measure,
    share_of_them,
)
from .names import ArticleNames
from .normalise import FxRates
from .owners import ASIDE_RE, MOVED_BY_RE, TITLE_RE, owner_before
from .phrases import SHARES_OF, verbish
from .quantities import Quantity, find_quantities
from .record import Claim, derived, unit_family
from .segment import clause_spans, paragraph_starts, sentence_spans

# a figure whose verb is left out, its own phrase after it: "…, and 53% by filmmakers of colour"
_GAPPED_PHRASE_AFTER_RE = re.compile(r"\s+(?P<prep>by|in|on|for|from|to|at|among|with)\s+(?P<np>[^,;.\d]{2,60}?)\s*(?=[,;.]|$)")
_GAP_JOIN_BEFORE_RE = re.compile(r"(?:\band|,)\s+$")
_JOB_NOUN_RE = re.compile(rf"(?:{JOB_NOUNS})", re.IGNORECASE)
# what ends one statement inside a sentence: a list does not run across it
# a share of the count before, named by what they are: "…, 30% of them women", "more than half of them freelancers"
_OF_THEM_NOUN_RE = re.compile(r"\s*of\s+them\s+(?!(?:in|on|at|for|with|from|by|to|under|over|aged|who|that|which|"
                              r"now|still|already)\b)(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*(?:[.,;:]|$))")
_INDEX_NUMBER_RE = re.compile(r" \d{2,4}\b(?![.,]\d|%)")  # "S&P 500", "FTSE 100", "CSI 300"
_PAREN_AFTER_TITLE_RE = re.compile(r"[\"”'’],?\s*\($")
_TO_BETWEEN_RE = re.compile(r"\s+to\s+")  # the second level of "from … to …"
_UP_FROM_BEFORE_RE = re.compile(r",\s+(?:up|down)\s+from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$")
# (not the level a verb sets: "valued it at $450 million, down from $1.2 billion")
_FRAMING_PLACE_BEFORE_RE = re.compile(r"\b(?:in|across|from|(?<!valued\s)(?<!valued\sit\s)(?<!priced\s)(?<!priced\sit\s)at)\s+$")
_CLOSE_OF_AFTER_RE = re.compile(r"\)\s+of\s+\w")
_THE_FIGURE_RE = re.compile(r"\b(?:the|that|this)\s+(?:figure|number|share|proportion|percentage|total)\s+"
                            r"(?:was|is|has|had|rose|fell|grew|jumped|climbed|dropped|plummeted|plunged|slumped|soared|"
                            r"surged|doubled|halved|shrank|declined|increased|decreased)\b")
# a level a figure reached once, no word of the same measure at another level: "a peak user count of one
# million, that number plummeted to fewer than 500,000" (the user count, no peak)
_LEVEL_ADJECTIVE_RE = re.compile(r"^(?:peak|record|all-time|highest|lowest|maximum|minimum)\s+(?:high\s+|low\s+)?")
# the figure before, put at another level: "the study puts the figure at roughly 204,000"
_PUTS_THE_FIGURE_RE = re.compile(rf"\b(?:puts?|putting|places?|placing)\s+(?:the|that|this|its)\s+(?:figure|number|total|tally)\s+"
                                 rf"at\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_OF_THEM_END_RE = re.compile(r"\bof\s+them$")
_ANOTHER_BEFORE_RE = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$", re.IGNORECASE)
_LIST_BREAK_RE = re.compile(r"[…;]|(?<!\d):(?!\d)|\.\.\.|\s[-–—]\s"  # (not a clock's colon: "at 10:14 a.m.")
                            # (nor a report of its own after "and": "38% of composers said …, and the union estimates
                            # that music … could lose a quarter of its value")
                            r"|,\s+and\s+(?:the\s+)?[\w'’ -]{2,40}?\s+(?:estimates|estimated|expects|expected|predicts|"
                            r"predicted|forecasts|says|said)\s+(?:that\s+)?")
# between a move and the level it ended at: "rose 8.1 percent to 99.20 yuan", "closed 3.1
# percent higher at 78,500 won", "gained 1% to close at 1,478 points"
_LEVEL_AFTER_MOVE_RE = re.compile(r"\s*(?:higher|lower|up|down)?\s*(?:to|at)\s+(?:(?:close|end|finish)\s+at\s+)?")
# a verb between two counts that makes the second a statement of its own, not an item of a list
# (or a participle of making after a comma: "… 22 million users, generating 168 million videos")
_OWN_VERB_RE = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:also\s+)?[a-z]+(?:ed|en)\b"
                          r"|,\s+(?:generating|producing|creating|making|uploading|publishing)\b"
                          # ("hired 450 local crew members and booked more than 6,800 hotel room nights")
                          rf"|\band\s+(?:also\s+)?[a-z]{{3,}}ed\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# a counted figure that opens a clause of its own, its verb after it: "Ticket sales reached 325,000,
# and 20,000 accredited guests attended"
_CLAUSE_JOIN_RE = re.compile(r",?\s+(?:and|while|but)\s+$|;\s+$")
_OWN_VERB_AFTER_RE = re.compile(r"\s+(?:also\s+)?(?:attended|visited|joined|signed|registered|voted|took\s+part|"
                                r"(?:were|was|are|is|have|has|had)\s+(?:also\s+)?[a-z]+(?:ed|en)\b)")
# the value of the shares a move is of, named through a pronoun: "… of their value"
_SHARES_OWN_VALUE_RE = re.compile(r"(?:\w+\s+)?value")
# between a figure and a multiple said of it: "$125 million, doubling …"
_MULTIPLE_OF_BEFORE_RE = re.compile(r",\s*(?:more\s+than\s+|nearly\s+|almost\s+|roughly\s+|about\s+)?")
# shares named by nobody's name: the article's company's
_ITS_SHARES_RE = re.compile(r"\s*(?:its|their|the)\s+(?:shares|stock)\b", re.IGNORECASE)  # ("The stock is down 18%")
_UNOWNED_SHARES_RE = re.compile(r"\s*(?:its\s+|the\s+company['’]s\s+|the\s+)?(?:shares|stock)\b(?!\s+of\s+[A-Z])", re.IGNORECASE)
# a share of an amount, not of people: "less than half the national median wage"
_SHARE_OF_AN_AMOUNT_RE = re.compile(r"share\s+of\s+(?:[\w'’-]+\s+){0,4}(?:wages?|pay|salar(?:y|ies)|incomes?|earnings|revenues?|"
                                    r"budgets?|costs?|spending|prices?|sales|gdp|economy)$", re.IGNORECASE)
# what a share of is no people: "more than 40% of their tasks"
_THINGS_RE = re.compile(r"\b(?:tasks?|work|time|jobs?|roles?|budgets?|revenues?|costs?|content|videos?|films?|shows?|"
                        r"projects?|spending|sales|submissions?|entries|applications?|titles?|tracks?|songs?|games?|"
                        # (things a study counts, none of which answers it: "one in ten of the fastest-growing channels")
                        r"channels?|accounts?|posts?|clips?|images?|uploads?|websites?|apps?)\b",
                        re.IGNORECASE)
_DESCRIBED_ANTECEDENT_RE = re.compile(rf"\b[Tt]he\s+(?P<noun>{'|'.join(BUSINESS_DESCRIPTIONS)})$")
# a share of the people counted just before, described by a phrase of place or kind and no verb of theirs
_OF_THEM_WHERE_RE = re.compile(r"\s+of\s+them(?:\s+(?P<where>(?:from|in|at|aged|under|over|outside|with|without|based\s+in)"
                               r"\s+[^,;.:()]{2,40}?))?(?=\s*(?:[,;.:)]|$|\s+(?:and|while|but)\b))")
_PRONOUN_OPENS_RE = re.compile(r"(?:They|It)\s+(?!(?:is|was|are|were)\s+(?:a|an|the)\b)")  # (not "It is a …")
_PEOPLE_AFTER_RE = re.compile(rf"\b(?:{PEOPLE_GROUPS})\b", re.IGNORECASE)
# what a correction says an earlier version got wrong
_RETRACTED_RE = re.compile(r"\s*(?:Correction|CORRECTION|Clarification)?[:.\s-]*(?:An?|The)\s+(?:earlier|previous|original)\s+"
                           r"version\s+of\s+this\s+(?:article|story|report|piece)\b")
_SHARES_OF_RE = re.compile(SHARES_OF, re.IGNORECASE)
_SHARES_OF_DESCRIBED_RE = re.compile(rf"\b{SHARES_OF}the\s+[^.;]{{0,60}}?\b(?:{'|'.join(BUSINESS_DESCRIPTIONS)})\b",
                                     re.IGNORECASE)
# a place in a ranking: "was second with", "came next with", "followed with"
# a measure that says what an audience did but not of what: a title before it is what it is of
_AUDIENCE_ALONE_RE = re.compile(r"(?:views|viewers|viewing|minutes|hours|streams|audience|watch\s+time|viewership)", re.IGNORECASE)
_BULLET_RE = re.compile(rf"\s*[{BULLET_CHARS}]\s")
# a list's line that opens on a title and a dash, numbered or bulleted: '2. "Predator: Badlands" — $13 million domestic'
_TITLED_ITEM_RE = re.compile(rf"[ \t]*(?:\d{{1,2}}[.)]\s+|[{BULLET_CHARS}]\s+)?[\"“][^\"”\n]{{1,80}}[\"”]\s*[—–:-]\s")
_BOX_OFFICE_WORDS_RE = re.compile(rf"\b(?:{BOX_OFFICE_WORDS})", re.IGNORECASE)


# a line labelled by a name, in a list: "• Netflix: +4.1% to $1,012"
_LABELLED_ITEM_RE = re.compile(rf"[ \t]*(?:[{BULLET_CHARS}][ \t]*)?[A-Za-z][^:\n]{{0,40}}:[ \t]*[+−–-]?(?:[$€£¥₹]|Rs\.?[ \t]?)?\d")
# ... headed by what a film took, in a list of its days or weeks: "Day-wise collections:" ("collections" the Indian
# trade's word for takings)
_TAKINGS_HEADING_RE = re.compile(rf"\b(?:{BOX_OFFICE_WORDS}|collections?\b)", re.IGNORECASE)
# what a list of a market's movers is headed by: "Media stocks: what moved on Wednesday"
_MOVERS_HEADING_RE = re.compile(r"\b(?:stocks?|shares|movers|markets?|trading)\b", re.IGNORECASE)


def _list_heading(text: str, line_start: int, item: re.Pattern = _TITLED_ITEM_RE) -> str:
    """The line above a list of `item` lines (titled ones by default): what its lines are about ("Global Box Office
    Top Five")."""
    start = line_start
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start].strip()
        if line and not item.match(text, above):
            return line
        start = above
    return ""
_TIME_UNIT_WORD_RE = re.compile(r"\b(?:second|minute|hour|day|week|month|year|decade)s?\b", re.IGNORECASE)
# the words of what a figure is compared with, not what it measures: "doubling previous expectations"
_COMPARED_WITH_WORDS_RE = re.compile(r"\b(?:previous|prior|earlier|expectations?|forecasts?|estimates?|guidance)\b",
                                     re.IGNORECASE)
# a figure set against the one before it: "in six weeks instead of five months", "rather than the 45 planned"
# a span that describes a noun: "a 30-second spot"
_ATTRIBUTE_SPAN_RE = re.compile(rf"[\w.]+-(?:{'|'.join(unit[:-1] for unit in TIME_UNIT_NAMES)})")
_INSTEAD_OF_BEFORE_RE = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_VERSUS_BEFORE_RE = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+$", re.IGNORECASE)
_RANKED_WITH_RE = re.compile(r"\b(?:was|were|came|finished|ranked|placed|is|are)\s+(?:in\s+)?(?:second|third|fourth|fifth|"
                             r"next|last)\s+with\s+$|\bfollowed\s+with\s+$"
                             # a quoted title's takings in a plain verb: '"Five Nights at Freddy's 2" added $10.1 million'
                             r"|[”\"]\s+(?:added|took\s+in|earned|made|collected|brought\s+in|pulled\s+in)\s+(?:another\s+)?$",
                             re.IGNORECASE)
# what was just named, after "of": "roughly 60% of that", "20–25% of the total"
_SHARE_OF_IT_RE = re.compile(rf"\s+of\s+(?:{JUST_NAMED})\b", re.IGNORECASE)
# between a figure and the share that restates it: "8,435 of them, or 99%", "190 points, or 0.6%",
# "60% of that, or about $90 million"
# a change set after an amount, past the period it was counted in: "…, in the half, up 18%"
_MOVE_AFTER_AMOUNT_RE = re.compile(r"(?:\s+(?:in|during|over|for|from|on)\s+(?:the\s+)?[\w\s'’.-]{1,30}?)?"
                                   r"(?:\s+(?:this|last|next)\s+(?:year|season|quarter|month|week))?"
                                   # (past who forecasts it: "…, the Interactive Advertising Bureau forecasts, a rise of 12%")
                                   r"(?:,\s+(?:the\s+)?[\w\s&'’.-]{2,60}?\s+(?:said|says|estimates|estimated|forecasts|"
                                   r"forecast|predicts|predicted|expects|reported|reports))?"
                                   r",\s+(?:(?:up|down)\s+|an?\s+(?:[\w-]+\s+){0,2}(?:rise|increase|gain|jump|growth|decline|"
                                   r"drop|fall|decrease)\s+of\s+)"
                                   r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?")
# the word before a count that hangs it from another figure: "$44 million from 4,000 theaters, down 54%"
_TIME_FRAME_BEFORE_RE = re.compile(r"\b(?:in|during|over|within)\s+(?:(?:the|its|their|his|her)\s+)?(?:first|last|past|opening)?\s*$",
                                   re.IGNORECASE)
_ADJUNCT_BEFORE_RE = re.compile(r"\b(?:from|in|at|across|on|over|by|with|among|of)\s+$", re.IGNORECASE)
_THE_SAME_RE = re.compile(r"\b[Tt]he\s+same\s+(?P<noun>[A-Za-z][\w-]*)\b")
_THEY_OPEN_RE = re.compile(r"\s*(?:They|It)\s+(?:have\s+|has\s+|had\s+)?(?:\w+ed|rose|fell|lost|gained|jumped|climbed)\b")
_SHARE_RESTATED_RE = re.compile(rf"(?:\s+of\s+(?:them|those|these|us|{JUST_NAMED}|"
                                r"(?:(?:its|their|the)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?))?(?:,?\s+or|,\s+at)\s+", re.IGNORECASE)
# a verb that makes a part of a whole: "Foreign productions accounted for (A$512 million)", "contributed"
_PART_VERB_BEFORE_RE = re.compile(rf"\b(?:{PART_OF_WHOLE_VERBS}|contribut(?:ed|es|ing|e))\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_OF_IT_ENDS_RE = re.compile(rf"\s+of\s+(?:{JUST_NAMED})$", re.IGNORECASE)
_UNREAD = object()
# a participle's phrase between commas, an aside of its own: "The film, made on a budget of about Rs 150 crore, earned"
# (any participle of the past: "The class action, brought in 2024 by two actors who …, covers about 1,400 performers")
_PARTICIPLE_ASIDE_RE = re.compile(r",\s+(?:made|shot|built|bought|brought|founded|[a-z]{3,}ed)\s+"
                                  r"(?:on|for|at|in|by|with|over|from)\b[^,;]{2,100},(?!\d)")
# ... of them, those of a prediction, not of what was done: ", projected at $5 billion by 2030,"
_PREDICTED_ASIDE_RE = re.compile(r",\s+(?:projected|expected|predicted|forecasted|anticipated|estimated|slated|scheduled|"
                                 r"planned|due)\b")
# between a change by a share and the level it reaches, past what it is of: " for its Pro tier, to "
_LEVEL_AFTER_CHANGE_RE = re.compile(rf"\s+(?:for|in|on|at)\s+[^,;.\d]{{1,40}}?,?\s+to\s+{AMOUNT_HEDGES}")
# a multiple compared with another time: "nearly three times as much as a year earlier"
_AS_MUCH_AS_AFTER_RE = re.compile(r"\s+as\s+(?:much|many|large|big|high)\s+as\b", re.IGNORECASE)
# a share compared with the amount before it: "…, 6% fewer than in 2023"
_COMPARED_THAN_RE = re.compile(r"\s+(fewer|more|less|higher|lower)\s+than\b", re.IGNORECASE)
# what a figure is compared with after "than", when no time: "than comparable editing jobs" (not "than in
# 2023", "than a year earlier", "than last year", "than expected")
_COMPARED_THING_RE = re.compile(r"\s+(?!in\b|a\s+year\b|the\s+(?:year|previous|prior|same)\b|last\b|before\b|expected\b|"
                                r"forecast\b|estimated\b|anticipated\b|(?:19|20)\d\d\b|during\b|at\s+the\b|"
                                r"(?:[\w-]+\s+){0,3}(?:earlier|ago|before|previously|prior)\b)"
                                r"(?P<np>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})(?=\s*[.,;)]|\s*$)")
# (past a year, or a span that describes a noun: "for a 30-second spot")
# (past an adverb of how it still stands: "sold about 64 million tickets in 2024, still 20% fewer than in 2019")
_CLAUSE_GAP_RE = re.compile(r"(?:[^.;:()\d]|(?:19|20)\d\d|\d[\d.]*-[a-z]+){0,60}?,\s*(?:still\s+|now\s+)?"
                            r"(?:or\s+|about\s+|nearly\s+|some\s+|roughly\s+)?")
# a span that frames the amount before it: "in the next 12 months", "within three years", "next year",
# "cut about 1,200 jobs over the past 18 months",
# "627,000 downloads in its first seven days"
_HORIZON_RE = re.compile(r"\b(?:within|(?:in|over|during)\s+the\s+(?:next|coming|past|last)|next|coming|"
                         r"in\s+(?:under|less\s+than|just|only)\b|"  # "1M downloads in under 5 days"
                         r"(?:in|during|over)\s+(?:its|their|the)\s+(?:first|opening))\b", re.IGNORECASE)
# a sentence that opens on what the one before said: "This marks a 34.9 percent increase"
# (or on a noun that restates it: "The figure marks a 19.1 percent increase from a year earlier")
_ANAPHORIC_START_RE = re.compile(r"\s*(?:This|That|It|Which|The\s+(?:figure|total|amount|sum|number)\s+"
                                 r"(?:marks|represents|was|is|reflects)"
                                 # (past a word of now: "…employed 48 people. Today it has 19.")
                                 r"|(?:Today|Now|These\s+days|Since\s+then|By\s+then),?\s+(?:it|they)\s+(?:has|have|employs?))\b")
# ... or on a part of the amount it gave: "Of this amount, €18 million will support training"
_PART_OF_BEFORE_START_RE = re.compile(r"\s*Of\s+(?:this|that|these|those|the)(?:\s+(?:amount|sum|total|money|budget|funding|investment))?\s*,")
# a bare count that "it" or "they" added, lost or cut: more or fewer of the count before
_ANAPHOR_CHANGE_RE = re.compile(r"\s*(?:It|They)\s+(?:has\s+|have\s+|had\s+)?(?:added|gained|lost|shed|cut|"
                                 r"adds|gains|loses|sheds|cuts)\s+(?:about\s+|around\s+|nearly\s+|another\s+|a\s+further\s+)?$")
_IN_PLACE_AFTER_RE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")  # "including 811 in China"
_ANAPHOR_LEVEL_RE = re.compile(r"\b(?:that|this|it)\s+(?:(?:will|would|could|might|may|should)\s+)?(?:be|reach|hit|rise\s+to|"
                               r"grow\s+to|fall\s+to|climb\s+to|drop\s+to|is|was)\s+"
                               # (or its old level: "That is up from 15 million in 2023")
                               r"(?:(?:up|down)\s+from\s+)?" + AMOUNT_HEDGES + "$",  # ("Now it is closer to 12 cents")
                               re.IGNORECASE)
# a possessive whose noun is left out, the measure of the figure before: "Peacock had the highest churn rate at
# 7.2%. Netflix's was about 2%"
_ELIDED_HEDGE = r"(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?$"  # (the figure's own hedge, before it)
_ELIDED_POSSESSIVE_RE = re.compile(r"(?P<owner>\b[A-Z][\w&+.-]*(?:\s+[A-Z][\w&+.-]*){0,3})['’]s\s+(?:was|is|were|are|"
                                   r"stood\s+at|came\s+(?:in\s+)?at)\s+" + _ELIDED_HEDGE)
# ... or left out after "and", its verb too: "Broadcast's share fell to 18.5% and cable's to 24.1%"
_GAPPED_POSSESSIVE_RE = re.compile(r"\band\s+(?P<owner>[\w&+.-]+(?:\s+[\w&+.-]+)?)['’]s\s+(?:to|at|by)\s+" + _ELIDED_HEDGE)
_OWNER_OPENS_RE = re.compile(r"[\w&+.-]+(?:\s+[\w&+.-]+)?(['’]s\s+)")  # (the measure's own owner: "Broadcast's ")
_SUPERLATIVE_RE = re.compile(r"\b(?:highest|lowest|biggest|largest|smallest|best|worst)\s+")


# a named company and its move: "Saregama India gained 1.8%", "Nintendo shares plunged 4.28 percent"
_MOVER_BEFORE_RE = re.compile(rf"(?<![\w&.'’-])(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}}(?:\s+\d{{2,4}}\b)?)\s+"
                              rf"(?:shares\s+|stock\s+)?(?:(?:is|was|are|were|has|have|had)\s+)?(?:{MOVED_BY})")  # ("the S&P 500 is up 16%")


_JOINED_BEFORE_RE = re.compile(r"\b(?:and|or|&|of)\s+$", re.IGNORECASE)
_ITS_SHARES_OPENING_RE = re.compile(r"\s*(?:its|their)\s+(?:[\w'’-]+\s+){1,3}(?:shares|stock)\b", re.IGNORECASE)
_SHARES_TAIL_RE = re.compile(r"(?<=\w)(?:['’]s)?\s+(?:shares|stock)$", re.IGNORECASE)
_MARKET_SPEAKERS_RE = re.compile(r"\b(?:analysts?|economists?|wall\s+street|consensus|investors)\b", re.IGNORECASE)


# an analyst's call on a company's stock, naming it: "raised its target price on Kuaishou", "cut its rating on Adobe"
_CALL_ON_NAME_RE = re.compile(r"\b(?:price\s+target|target\s+price|rating)s?\s+(?:on|for)\s+(?:the\s+)?"
                              r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})")


def _unnamed_company(text: str, clause_start: int, figure_start: int, previous_sentence: str,
                     names: ArticleNames, topic, kind) -> str | None:
    """Whose shares "Its shares fell 4.3%", "Shares rose 5.5%", "The stock has lost 22%" are: after
    "its" or "the", the company of the sentence before; else the one the article is about (`topic()`)
    or leads with. `kind` tells a name's kind as the article's grammar says it ("Shares of X": a company)."""
    its = _ITS_SHARES_RE.match(text, clause_start, figure_start)
    covered = _CALL_ON_NAME_RE.search(previous_sentence) if its else None
    if covered and names.is_name(covered.group("name")):
        # "Morgan Stanley raised its target price on Kuaishou …. The stock closed up 3.6%": the stock the call is on
        return covered.group("name")
    own = organisation_in(previous_sentence, names, kind) if its else None
    about = topic()  # (a person has no shares: "Aron told analysts …. Shares closed down 6.4%")
    # (nor one cited for its data: "Analysts polled by FactSet expect …. The stock has fallen 4%")
    return own or (about if about and not is_person(about, names, kind) else None) \
        or lead_company(names, kind, lambda name: re.search(CITED_FOR_DATA + re.escape(name), text[:figure_start]) is not None)


# the same measure named again for another time: "; in 2024 it was", ", and last year it was"
# (or of another occasion or place: "My crew was 14 people; on my first feature it was 45")
_SAME_MEASURE_AGAIN_RE = re.compile(rf"[;,]\s+(?:and\s+)?(?:in\s+(?:19|20)\d\d|last\s+year|a\s+year\s+(?:earlier|before)"
                                    rf"|(?:on|in|for|at)\s+(?:my|our|his|her|its|their|the)\s+(?:[\w-]+\s+){{0,2}}?[a-z]+)"
                                    rf",?\s+(?:it|that|this|the\s+figure)\s+(?:was|is|had\s+been)\s+{AMOUNT_HEDGES}")
_FROM_OLD_GAP_RE = re.compile(rf"\s+from\s+{AMOUNT_HEDGES}")
_TO_LEVEL_BEFORE_RE = re.compile(rf"\bto\s+{AMOUNT_HEDGES}$")  # (the level a change reached, before where it started)
_SET_AGAINST_BEFORE_RE = re.compile(rf"\b(?:below|above|short\s+of|ahead\s+of|beating|missing|topping|against|versus|vs\.?)\s+"
                                    rf"(?:the\s+|an?\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)
_EXPECTED_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:expected|estimated|forecast|anticipated|projected|predicted)\b")
_VERB_BEFORE_RE = re.compile(rf"\b([a-z]{{3,}})\s+{AMOUNT_HEDGES}$")


def _verb_before(text: str, pos: int) -> str | None:
    """The word right before a figure (past its hedge) when it is a verb: "sold" in "we sold about 76 million"."""
    m = _VERB_BEFORE_RE.search(text, max(0, pos - 40), pos)
    return m.group(1) if m and verbish(m.group(1)) and m.group(1) not in SIMPLE_PREPOSITIONS else None


def _last_group(sentences: list[str], group: str | None) -> str | None:
    """The last group of people these sentences name (etl.measure.group_in), else `group`."""
    for sentence in sentences:
        group = group_in(sentence) or group
    return group


# the change of the figure right before it, after its noun: "276 million paying subscribers, up 12%"
_RESTATED_CHANGE_RE = re.compile(r"[^,;.]{0,60},\s+(?:up|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+|almost\s+)?")
# a line of a list of movers, led by the company it is about: "Roku — The streaming device maker added 5.5%"
# (a share opening a clause joined after a count: "…, and about one in eight disclosed", "…, about 15% of them made")
_JOINED_SHARE_BEFORE_RE = re.compile(r",\s+(?:(?:and|while|but)\s+)?$")
_LINE_ITEM_RE = re.compile(r"\s*(?P<item>[A-Z][\w&.'’ -]{0,40}?)\s+[—–]\s+(?:The\s|Shares\s+of\s+the\s|Its\s)")


# a business's shares by its description: "company's shares", "the studio's stock"
_DESCRIBED_SHARES_RE = re.compile(rf"(?:the\s+)?(?:{'|'.join(sorted(BUSINESS_DESCRIPTIONS))})(?:['’]s)?\s+"
                                  r"(?:shares|stock|share\s+price)", re.IGNORECASE)
_EXCHANGE_BEFORE_RE = re.compile(r"\b[Oo]n\s+(?:the\s+)?$")


def _share_price(measure: str | None, q: Quantity, family: str, text: str, clause_start: int,
                 names: ArticleNames, unnamed) -> str | None:
    """A stock move's measure as the share price of a named company: "Kuaishou shares rose" and
    "Kuaishou's Hong Kong-listed shares have more than doubled" (the shares named), "The stock has
    lost 22%" (`unnamed()`, whose they are), "…, while Saregama India gained 1.8%" (each mover its own)."""
    price = TYPE_MEASURES["stock_move"]
    if measure and measure.lower() in ("stock", "shares", "the stock", "its shares"):
        whose = unnamed()
        measure = f"{whose} {price}" if whose else measure
    elif measure and _SHARES_TAIL_RE.search(measure) and _ITS_SHARES_OPENING_RE.match(text, clause_start, q.char_start):
        whose = unnamed()  # "Its Hong Kong-listed shares have more than doubled": the company's
        measure = f"{whose} {measure}" if whose and whose.lower() not in measure.lower() else measure
    elif measure and _DESCRIBED_SHARES_RE.fullmatch(measure) and (whose := unnamed()):
        measure = f"{whose} {price}"  # "The company's shares fell 14%": the company the article names, described
    if measure and _SHARES_TAIL_RE.search(measure):
        measure = _SHARES_TAIL_RE.sub(f" {price}", measure)
    item = _LINE_ITEM_RE.match(text, text.rfind("\n", 0, q.char_start) + 1, q.char_start) if family == "percent" else None
    if item and all(w[:1].isupper() or w == "&" for w in item.group("item").split()) and (
            measure is None or measure in (price, item.group("item")) or measure.endswith(price) and measure[:1].islower()):
        # "Lionsgate — The studio's stock slipped 2%": the company its line is about
        measure = f"{item.group('item')} {price}"
    mover = _MOVER_BEFORE_RE.search(text, max(clause_start, q.char_start - 60), q.char_start) \
        if family == "percent" and not text.startswith(" of ", q.char_end) else None
    if mover and _JOINED_BEFORE_RE.search(text, max(0, mover.start() - 5), mover.start()):
        mover = None  # the last of several names is not the mover: "Shares of Urban Outfitters and Ross were down"
    if mover and _EXCHANGE_BEFORE_RE.search(text, max(0, mover.start("name") - 8), mover.start("name")):
        mover = None  # where the shares trade is not what moved: "Shares of Webtoon Entertainment on the Nasdaq have fallen"
    if mover and names.is_name(re.sub(r"\s+\d+$", "", mover.group("name"))):  # (an index's number: "S&P 500")
        # (a mover that names its own measure is that measure: "The Hang Seng Tech Index fell 1.3%")
        # (its possessive is no part of the name: "Kuaishou's shares rose 3.4%" is Kuaishou's share price)
        name = re.sub(r"['’]s$", "", mover.group("name"))
        measure = name if names_a_measure(name) else f"{name} {price}"
    return measure


def extract_claims(text: str, published: date | None = None, rates: FxRates | None = None,
                   figures_only: bool = True, sentences: list[tuple[int, int]] | None = None,
                   names: ArticleNames | None = None,
                   sources: list[tuple[str | None, str | None, str | None]] | None = None) -> list[Claim]:
    """Every figure in `text` as a claim, offsets into `text`.

    `published` dates forecasts ("in the next three years") and picks the exchange rate;
    `figures_only=False` also returns incidental quantities ("two photographers"), marked
    `is_figure=False`. `sentences`, `names` and `sources` (etl.attribute.sentence_sources)
    are passed when already computed for the article.
    """
    quantities = find_quantities(text)
    if figures_only:
        quantities = [q for q in quantities if q.is_figure]
    sentences = sentence_spans(text) if sentences is None else sentences
    if not sentences:
        return []
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        i = max(0, bisect.bisect_right(starts, q.char_start) - 1)
        by_sentence.setdefault(i, []).append(q)
    if not by_sentence:
        return []
    names = ArticleNames.learn(text, sentences) if names is None else names
    sources = sentence_sources(text, sentences, names) if sources is None else sources
    topic_cache: list[str | None] = []

    def topic() -> str | None:  # the article's main name, read only when a figure needs it
        if not topic_cache:
            topic_cache.append(article_topic(names))
        return topic_cache[0]
    kind = names.kind_of  # a name's kind, the article's grammar first (read with its sources)
    paragraphs = paragraph_starts(text)
    year = published.year if published else None
    claims: list[Claim] = []
    previous_sentence = ""
    previous_typed: tuple[str, str, str | None] | None = None  # (family, type, measure) of the last typed figure
    paragraph = -1
    asked: str | None = None  # what the question before the paragraph asked for
    group: str | None = None  # the group of people the paragraph last named
    surveyed: tuple[str, str] | None = None  # (survey, the group of people it asked), named last
    unread: list[str] = []  # the paragraph's sentences not yet read for a group
    amount_before: tuple[str, str] | None = None  # (type, measure) of the paragraph's last amount before this sentence
    amount_paragraph_before: tuple[str, str] | None = None  # ... and of the paragraph before's last
    typed_paragraph_before: tuple[str, str, str | None] | None = None  # the last typed figure of the paragraph before
    typed_before_by_family: dict[str, tuple[str, str, str | None]] = {}  # the last typed figure of each family so far
    for i, (s, e) in enumerate(sentences):
        sentence = text[s:e]
        p = bisect.bisect_right(paragraphs, s) - 1
        # (a list's items go on with the paragraph that leads into them: "… found:¶- 68% of creators …¶- 1 in 4 say …")
        new_paragraph = p != paragraph and not (_BULLET_RE.match(sentence) and (
            previous_sentence.rstrip().endswith(":") or _BULLET_RE.match(previous_sentence)))
        paragraph = p
        source, survey_source, article_survey = sources[i]
        if new_paragraph:  # the sentence before stays as context ("...a survey by X.¶ Fully 79% of ...")
            # (the people a survey asked answer it over the paragraphs that go on reporting it: "a survey of
            # 12,000 adults ….¶ Only 18% said …"; so do they in a paragraph of bare shares the survey's maker is
            # read for: "Two-thirds (66%) believed …")
            reporting = survey_source or (article_survey if source is None else None)
            if reporting and i and sources[i - 1][1] == reporting:
                group = _last_group(unread, group)  # (the paragraph's last sentences, read for it only now)
                if group:
                    surveyed = (reporting, group)
            typed_paragraph_before = previous_typed
            # (the paragraph's last amount stays for a share of it named as such in the next one's first sentence:
            # "…grossed 11.2 billion naira in 2025.¶Local titles took 61% of the total")
            amount_paragraph_before = amount_before
            previous_typed, unread, amount_before = None, [], None
            group = surveyed[1] if surveyed and reporting and surveyed[0] == reporting else None
            # an interview's answer is measured by its question: "How many views do they get?¶ … about 800,000."
            asked = question_measure(previous_sentence)
        qs = by_sentence.get(i)
        if qs and _RETRACTED_RE.match(sentence):
            qs = None  # "Correction: An earlier version of this article said … 12,000": a figure taken back
        if not qs:
            previous_sentence = sentence
            unread.append(sentence)
            continue
        clauses = clause_spans(text, s, e)
        # the sentence's asides (", which cost $150 million,"), read once for all its figures
        asides = [m.span() for m in (*ASIDE_RE.finditer(text, s, e), *TRAILING_ASIDE_RE.finditer(text, s, e))] \
            if " wh" in sentence else []  # (", which grossed about $410 million worldwide." closing it too)
        # (and a participle's between commas: "The film, made on a budget of about Rs 150 crore, earned …")
        asides += [m.span() for m in _PARTICIPLE_ASIDE_RE.finditer(text, s, e)] if ", " in sentence else []
        # (of them, those that say what was done, no prediction: not ", projected at $5 billion by 2030,")
        done_asides = [a for a in asides if _PARTICIPLE_ASIDE_RE.match(text, a[0]) and not _PREDICTED_ASIDE_RE.match(text, a[0])]
        # (and one between dashes: "Serial churners — people who have cancelled at least three services — now number")
        asides += [m.span() for m in DASH_ASIDE_RE.finditer(text, s, e)] if "—" in sentence or " – " in sentence else []
        context = previous_sentence + " " + sentence
        part_of_before = _PART_OF_BEFORE_START_RE.match(sentence)
        anaphoric = bool(part_of_before or _ANAPHORIC_START_RE.match(sentence))
        typed_here: tuple[str, str, str | None] | None = None
        typed_families: dict[str, tuple[str, str, str | None]] = {}  # the last typed figure of each unit family
        last_amount: tuple[str, str] | None = None  # (type, measure) of the sentence's last amount
        last_end = s
        measured: dict[str, str] = {}  # the last measure of each unit family in the sentence
        spread: dict[str, str] = {}  # ... and the one before it, when the last counts the places it is spread over
        clause_measured: tuple[tuple[int, int] | None, str | None] = (None, None)  # the last amount's, by clause
        if any(unit_family(q.unit) in ("percent", "count") for q in qs):
            # the group of people the paragraph last named, read only where a share needs it
            group = _last_group(unread, group)
            if group and survey_source:
                surveyed = (survey_source, group)
        unread = [sentence]
        for q in qs:
            typed_before = typed_here  # (the figures before this one: a share "of it" is of their kind)
            family = unit_family(q.unit)
            end = min(q.char_end, e) if q.char_start < e else q.char_end
            clause = next(((a, b) for a, b in clauses if a <= q.char_start < b), (s, e))
            within = next(((a, b) for a, b in asides if a < q.char_start < b), None)  # the aside it is in
            near_group = group_in(text[s:q.char_start]) or group if family in ("percent", "count") else None
            # (a share "of that spending" is of the paragraph's last figure that measured spending)
            # (a share "of which" is of the amount before it, whatever its unit: "4,200 submissions, 15% of which")
            # ("Ad revenue will reach $1.04 trillion. Digital formats will make up 73% of that": the sentence before's)
            # (a share "of whom" is of the people counted before it: "54.7 crore Indians …, of whom about 18% paid")
            named_again = OF_THAT_MEASURE_AFTER_RE.match(text, q.char_end) if family == "percent" else None
            again = next((c.measure for c in reversed(claims) if c.measure and c.sentence_start >= paragraphs[p]
                          and named_again.group("noun").lower().rstrip("s") in c.measure.lower()), None) if named_again else None
            before_it = again if again \
                else last_amount[1] if last_amount and family == "percent" and OF_WHICH_AFTER_RE.match(text, q.char_end) \
                else (last_amount or amount_before)[1] if (last_amount or amount_before) and family == "percent" \
                and OF_IT_AFTER_RE.match(text, q.char_end) \
                else amount_paragraph_before[1] if amount_paragraph_before and new_paragraph and family == "percent" \
                and OF_TOTAL_AFTER_RE.match(text, q.char_end) \
                else last_amount[1] if last_amount and family == "percent" and changes_the_amount_before(text, s, q.char_start) \
                else measured["count"] if family == "percent" and "count" in measured \
                and OF_WHOM_BEFORE_RE.search(text, max(s, q.char_start - 16), q.char_start) \
                else measured.get(family)
            if family == "count" and not q.noun and family in spread and _IN_PLACE_AFTER_RE.match(text, q.char_end):
                before_it = spread[family]  # "1,807 systems in 89 countries, including 811 in China": systems
            if within and claims and claims[-1].sentence_start == s and within[0] < claims[-1].char_start \
                    and claims[-1].unit_family == family and claims[-1].measure:
                # a list inside an aside goes on inside it: "the stoppages, which lasted 148 days for writers and 118
                # days for actors"
                before_it = claims[-1].measure
            # a share restated in brackets is read as its words are: "Nearly half (48%) of companies use AI"
            bracketed = family == "percent" and text[q.char_start - 1:q.char_start] == "(" \
                and _CLOSE_OF_AFTER_RE.match(text, q.char_end)
            measure = measure_of(replace(q, char_end=q.char_end + 1) if bracketed else q, text, (s, e), clause, names,
                                 family, near_group, before_it,
                                 # (and of a count whose employer is a maker described: "The studio behind …")
                                 topic() if family == "time" or family == "count" and " behind " in text[clause[0]:q.char_start]
                                 else None)
            if measure and measure == before_it and _THE_FIGURE_RE.search(text, clause[0], q.char_start):
                measure = _LEVEL_ADJECTIVE_RE.sub("", measure) or measure  # ("that number plummeted to …": no peak)
            # 'the film "Moon Fox," which grossed about $410 million': the aside's own words type
            # it, and it is the film's
            title = _title_before(text, s, within[0]) if within else None
            if title:
                measure = None
            if measure and text.startswith(f"{measure}: ", paragraphs[p]) and s <= paragraphs[p] + len(measure) + 2 \
                    and not mentions_a_measure(measure) and is_person(measure, names):
                measure = None  # "Brooks: About $60,000 for eleven minutes.": who answers, measured by the question

            if measure is None and anaphoric and not part_of_before and not q.noun and family in ("count", "percent") \
                    and claims and claims[-1].measure and unit_family(claims[-1].unit) == family \
                    and not text[claims[-1].sentence_start + len(claims[-1].sentence):s].strip():
                # "… accounting for 28% of all new music uploaded. That is up from 10% in January": the
                # same share, of the sentence right before, typed or not
                measure = claims[-1].measure
            if measure and measure.lower() in BARE_STATISTICS and claims and claims[-1].measure \
                    and unit_family(claims[-1].unit) == family and p == bisect.bisect_right(paragraphs, claims[-1].sentence_start) - 1:
                # "The average ticket cost €9.60 in Denmark …. Across the EU, the average was about €7.50": that average
                measure = claims[-1].measure
            gapped_owner = _GAPPED_POSSESSIVE_RE.search(text, max(clause[0], q.char_start - 40), q.char_start) \
                if measure and claims and claims[-1].measure and measure.endswith(claims[-1].measure) \
                and unit_family(claims[-1].unit) == family \
                and ("'s " in text[clause[0]:q.char_start] or "’s " in text[clause[0]:q.char_start]) else None
            if gapped_owner:
                # "Broadcast's share fell to 18.5% and cable's to 24.1%": the same measure, the second owner's
                base = claims[-1].measure
                owned = _OWNER_OPENS_RE.match(base)
                lead = names.find(base) if not owned else []
                rest = base[owned.end():] if owned else base[lead[0][1]:].strip() if lead and lead[0][0] == 0 else base
                measure = f"{gapped_owner.group('owner')}{owned.group(1) if owned else ' '}{rest}"[:120]
            if measure and measure.lower() in ("analysts", "economists", "wall street") \
                    and CONSENSUS_SUBJECT_RE.search(text, max(clause[0], q.char_start - 120), q.char_start):
                measure = None  # "Analysts had forecast $1.18 billion": who forecast it, no measure (the one before, below)
            # the figure before in this paragraph, with a measure: what an anaphor, a possessive whose noun is left
            # out and a share "of them" may be of (found once for the three readings below)
            # (nor an adverb: "raised its forecast to $45 billion, from $44 billion previously")
            pronoun = measure is not None and (measure.lower() in PRONOUNS or measure.lower() in SENTENCE_ADVERBS
                                               or measure.lower() in TIME_ADVERBS)
            if pronoun:
                measure = None  # "Compression lowers it by a further 6 percentage points": what "it" stands for, below
            last_here = claims[-1] if measure is None and claims and claims[-1].measure \
                and p == bisect.bisect_right(paragraphs, claims[-1].sentence_start) - 1 else None
            if last_here and unit_family(last_here.unit) == family and (
                    pronoun or _ANAPHOR_LEVEL_RE.search(text, max(clause[0], q.char_start - 40), q.char_start)
                    # ("Roku expects revenue of about $1.2 billion. Analysts had forecast $1.18 billion": the same measure)
                    or CONSENSUS_SUBJECT_RE.search(text, max(clause[0], q.char_start - 120), q.char_start)
                    # ("The service had 61 million paying subscribers. It added 8.4 million in the quarter": more of them)
                    or family == "count" and not q.noun and _ANAPHOR_CHANGE_RE.match(text, clause[0], q.char_start)):
                # "Roughly 40% of our shots involve some machine learning. I'd say that will be 80% by 2027": the
                # same measure, at another level
                measure = last_here.measure
            elided = _ELIDED_POSSESSIVE_RE.search(text, max(clause[0], q.char_start - 60), q.char_start) \
                if measure is None and last_here and unit_family(last_here.unit) == family \
                and ("'s " in text[clause[0]:q.char_start] or "’s " in text[clause[0]:q.char_start]) else None
            if elided:
                # "Peacock had the highest churn rate at 7.2%. Netflix's was about 2%": the same measure, its owner's
                base = last_here.measure
                lead = names.find(base)
                base = base[lead[0][1]:].strip() if lead and lead[0][0] == 0 else base
                measure = f"{elided.group('owner')} {_SUPERLATIVE_RE.sub('', base)}"[:120]
            if measure is None and last_here and family == "percent" and unit_family(last_here.unit) == "count" \
                    and group is None and " of " in text[q.char_end:q.char_end + 5]:
                # "Production companies released about 30,000 micro-dramas. Some 20 percent of them used AI
                # footage": a share of the things the figure before counted, by what they did
                measure = share_of_them(text, q.char_end, clause[1], last_here.measure)
            if measure is None and last_here and family == "percent" and unit_family(last_here.unit) == "count" \
                    and group is None and _PART_OF_BEFORE_START_RE.match(text, s):
                # "Just 86 features were selected. Of those, 41% were directed by women": a share of what the figure
                # before counted, by what they were or did
                measure = share_of_them(text, q.char_end, clause[1], last_here.measure, said_of_them=True) \
                    or f"share of {last_here.measure}"
            counted = next((c for c in reversed(claims) if c.sentence_start == s and unit_family(c.unit) == "count"
                            and c.noun and c.measure), None) \
                if family == "percent" and group is None and claims and claims[-1].sentence_start == s \
                and _JOINED_SHARE_BEFORE_RE.search(text, max(s, q.char_start - 12), q.char_start) else None
            if counted and (measure is None or measure.lower() in text[s:counted.char_start].lower()):
                # "The festival received 3,200 submissions …, and about one in eight disclosed the use of generative AI":
                # a share of the things counted before it in its sentence, by what they did (not the festival)
                measure = share_of_them(text, q.char_end, clause[1], counted.measure) \
                    or share_of_them(text, q.char_end, clause[1], counted.measure, said_of_them=True) or measure
            if measure is None and asked and (family == "time") == asked.startswith("time"):
                # (a time answers "How long did it take?", any other amount the other questions)
                measure = asked
            if measure is None and family == "count" and not q.noun \
                    and (named := _PLURAL_COLON_BEFORE_RE.search(text, max(clause[0], q.char_start - 40), q.char_start)):
                measure = named.group("plural")  # "But we take on more projects: 14 this year, up from nine": projects
            if family == "time" and clause_measured[0] == clause and not names_a_measure(measure) \
                    and not (measure or "").startswith("time to ") \
                    and _HORIZON_RE.search(text, max(clause[0], q.char_start - 24), q.char_end):
                # "96% of studios plan to spend more in the next 12 months": the horizon of the figure
                # before it (not "costs 300,000 yuan to shoot in about a week": a span of its own)
                measure = clause_measured[1]
            gapped = _GAPPED_PHRASE_AFTER_RE.match(text, q.char_end) if measure and claims \
                and claims[-1].sentence_start == s and claims[-1].measure == measure \
                and _GAP_JOIN_BEFORE_RE.search(text, max(clause[0], q.char_start - 6), q.char_start) else None
            if gapped and f" {gapped.group('prep')} " in measure:
                # "41% were directed by women and 53% by filmmakers of colour": the verb left out is the one
                # before, its phrase this figure's own
                measure = f"{measure[:measure.rindex(' ' + gapped.group('prep') + ' ')]} {gapped.group('prep')} " \
                          f"{' '.join(gapped.group('np').split())}"[:120]
            aside = within is not None
            if measure and not aside:  # (what an aside measures is not what the sentence goes on about:
                if family in measured and measure.split()[-1].lower() in GEOGRAPHIC_UNITS:
                    spread[family] = measured[family]
                measured[family] = measure  # "Wicked, which cost $150 million, added $50.2 million")
                if family != "time" and q.unit != "video lines":  # (a resolution is no span's: "render a 4K clip in
                    clause_measured = (clause, measure)           # under 2 minutes")
            own_sentence = sentence
            left = text[clause[0]:q.char_start]
            for a, b in asides:  # an aside's words type its own figures only ("which cost $150 million")
                if not a < q.char_start < b:
                    own_sentence = own_sentence[:a - s] + " " * (b - a) + own_sentence[b - s:]
                    if clause[0] <= a and b <= q.char_start:  # (nor the words just before a figure after it:
                        # "The game, which has sold 2.4 million copies, drew 18,000 reviews")
                        left = left[:a - clause[0]] + " " * (b - a) + left[b - clause[0]:]
            if within:  # ... and the words after it type none of them ("Premium screens, which make up 9% of
                # the chain's screens, generated 21% of box office revenue": no box office of the 9%)
                own_sentence = own_sentence[:within[1] - s] + " " * (e - within[1])
            ctx = Context(noun=q.noun or "", measure=measure or "", left=left[-80:],
                          # (an aside's figure is typed by the aside's words: "The cinema, which has 450 seats, sold
                          # about 38,000 tickets": no seats sold)
                          right=text[end:within[1] if within else e][:100], surface=q.surface, sentence=own_sentence,
                          context=context if own_sentence is sentence else previous_sentence + " " + own_sentence)
            ctype, evidenced = claim_type(q, ctx)
            list_before = claims[-1] if measure and claims and claims[-1].sentence_start == s and claims[-1].measure \
                and unit_family(claims[-1].unit) == family and measure != claims[-1].measure else None
            if list_before:
                # "YouTube was the most-used service, at 31% of weekly listeners, ahead of Spotify at 27% and Apple
                # Podcasts at 15%": each item named in the list measures what the one before measured, of its kind
                lead = names.find(list_before.measure)
                base = list_before.measure[lead[0][1]:].strip() if lead and lead[0][0] == 0 else list_before.measure
                item = next((h[2] for h in names.find(text, list_before.char_end, q.char_start)), None)
                if base and item and measure == f"{item} {base}":
                    ctype = list_before.claim_type
            parallel = claims[-1] if measure is None and family == "count" and not q.noun and claims \
                and claims[-1].sentence_start >= paragraphs[p] and unit_family(claims[-1].unit) == "count" \
                and claims[-1].noun and claims[-1].measure else None
            if parallel and _verb_before(text, q.char_start) == _verb_before(text, parallel.char_start) is not None:
                # "We sold 57 million tickets in the quarter. In 2019 we sold 76 million": the same verb's bare
                # number counts what it counted before
                measure, ctype = parallel.measure, parallel.claim_type
                owner = names.find(measure)[:1]
                subject = names.find(text, clause[0], q.char_start)[:1]
                if owner and owner[0][0] == 0 and subject and subject[0][2] != owner[0][2] \
                        and not text[clause[0]:subject[0][0]].strip(" \"“‘'"):
                    # "Douyin had 755 million daily active users. Kuaishou, its main rival, had 408 million": the same
                    # count, of the name the clause opens with
                    measure = f"{subject[0][2]} {measure[owner[0][1]:].strip()}"
            # (the old value a change starts from, or the value expected that a result is set against: "came in
            # at 54 million, below the 57 million expected by analysts")
            old_of = next((c for c in reversed(claims) if c.sentence_start == s and unit_family(c.unit) == family), None) \
                if OLD_VALUE_BEFORE_RE.search(text, max(clause[0], q.char_start - 30), q.char_start) \
                or _SET_AGAINST_BEFORE_RE.search(text, max(s, q.char_start - 30), q.char_start) \
                and _EXPECTED_AFTER_RE.match(text, q.char_end) else None
            same_before = claims[-1] if measure and not q.noun and claims and claims[-1].sentence_start == s \
                and unit_family(claims[-1].unit) == family and claims[-1].measure == measure else None
            if same_before and ctype != same_before.claim_type and _SAME_MEASURE_AGAIN_RE.fullmatch(
                    text, same_before.char_end, q.char_start):
                # "In 2023 I earned about €52,000; in 2024 it was €26,000": the same measure again, of the same type
                ctype = same_before.claim_type
            started = claims[-1] if claims and claims[-1].sentence_start == s and claims[-1].unit_family == family \
                and not q.noun and _FROM_OLD_GAP_RE.fullmatch(text, claims[-1].char_end, q.char_start) \
                and _TO_LEVEL_BEFORE_RE.search(text, max(s, claims[-1].char_start - 30), claims[-1].char_start) else None
            if started:  # "cut its forecast to about 1.75 billion euros from 1.95 billion euros": where the change started
                ctype, measure = started.claim_type, started.measure or measure
            if old_of and ctype != old_of.claim_type and old_of.claim_type != "other":
                ctype = old_of.claim_type  # "About 39% of subscribers cancelled …, up from 37% a year earlier": the same answer, before
            if ctype == "other" and family == "money" and not evidenced and _TITLED_ITEM_RE.match(text, s) \
                    and _BOX_OFFICE_WORDS_RE.search(_list_heading(text, s)):
                ctype = "box_office"  # '2. "Predator: Badlands" — $13 million domestic' under "Global Box Office Top Five"
            elif ctype == "other" and family == "money" and not evidenced and _LABELLED_ITEM_RE.match(text, s) \
                    and _TAKINGS_HEADING_RE.search(_list_heading(text, s, _LABELLED_ITEM_RE)):
                ctype = "box_office"  # "Day 1: Rs 31 crore" under "Day-wise collections:"
            if ctype == "other" and family == "percent" and q.direction and not evidenced \
                    and (label := line_label(q, text, family)) \
                    and all(any(ch.isupper() for ch in w) or w == "&" for w in label.split()) \
                    and _LABELLED_ITEM_RE.match(text, text.rfind("\n", 0, q.char_start) + 1) \
                    and _MOVERS_HEADING_RE.search(_list_heading(text, text.rfind("\n", 0, q.char_start) + 1, _LABELLED_ITEM_RE)):
                ctype = "stock_move"  # "• Roku: +7.8%" under "Media stocks: what moved on Wednesday": Roku's shares moved
            weak = not evidenced  # typed only by its sentence or its paragraph, not by a figure before it
            if not evidenced and not aside:  # (an aside is no item of the list around it)
                # a bare figure in a list continues the figure before it: "62,000 creative
                # jobs ..., followed by New York (26,000)"; a sentence opening on "This"
                # continues the last figure of the one before
                # (not a figure that measures a thing of its own: "38.5% of eligible members voted. It
                # includes compounded pay raises totaling more than 24%")
                # (a part of the amount before opens its own paragraph too: "…¶Of this amount, €18 million …")
                # (a paragraph opening on it, too: "…record sales of 2.22 trillion won.¶The figure marks a 19.1
                # percent increase")
                told_before = previous_typed or (typed_paragraph_before if part_of_before or anaphoric else None)
                before = typed_here or (told_before if anaphoric and told_before and (
                    measure is None or _same_thing(measure, told_before[2])) else None)
                if typed_here and typed_here[0] != family and family in typed_families and (
                        family == "count" or family == "money" and typed_here[2] and typed_here[2] == typed_families[family][2]
                        or family == "percent" and typed_here[1] == typed_families[family][1] == "stock_move"):
                    # "6,200 game developers lost their jobs in the first nine months of 2025, compared
                    # with roughly 14,600 in all of 2024": a list of counts runs on past a figure of another kind
                    # (and of amounts, past a change of the amount before: "placed third with $12.3 million, down
                    # 41%, for a running total of $204 million"; and of a share's moves past its price: "fell 2.1% to
                    # $11.87, bringing their decline this year to 18%")
                    before = typed_families[family]
                if typed_here and _LIST_BREAK_RE.search(text, last_end, q.char_start):
                    before = None  # "86% plan to adopt AI…90% production expected": two statements
                elif typed_here and q.noun and family == "count" and (
                        _OWN_VERB_RE.search(text, last_end, q.char_start)
                        or _CLAUSE_JOIN_RE.search(text, last_end, q.char_start) and _OWN_VERB_AFTER_RE.match(text, q.char_end)):
                    # "has 22 million users and has generated 168 million videos and 344 million images":
                    # a verb of its own starts a list of its own, before its figures or after them
                    before = typed_here = None
                # a change of it restates the figure before: "68 billion yuan this year, up 35 percent"
                # (unless it says what else it measures: "and net profit rose 20%")
                if before and measure and measure.startswith("number of ") and before[2] \
                        and not _same_thing(measure, before[2]):
                    before = None  # "…, when the number of productions reached 412": a count of its own, no item
                if before and family == "count" and _ORGANISATIONS_RE.search(q.noun or "") \
                        and not _ORGANISATIONS_RE.search(before[2] or ""):
                    before = None  # "4,000 animators from 138 studios", "200 countries": organisations or places
                if before and family == "count" and before[1] == "jobs" and q.noun and q.noun.split()[-1][:1].islower() \
                        and not is_people_noun(q.noun.split()[-1]) and not _JOB_NOUN_RE.fullmatch(q.noun.split()[-1]):
                    before = None  # "employing about 400 people … and working on more than 120 films": films, no jobs
                if before and (before[0] == family or q.direction and family == "percent" and before[0] != "time"
                               and (anaphoric or typed_here) and _same_thing(measure, before[2])):
                    ctype, weak = before[1], False
                    if measure is None and part_of_before and before[0] == family and before[2]:
                        measure = before[2]  # "… €120 million in funding for films. Of this amount, €18 million": part of it
                    elif measure is None and anaphoric and before[0] == family == "count" and before[2] and not q.noun \
                            and before is told_before:
                        measure = before[2]  # "…, the studio employed 48 people. Today it has 19.": the same count
                    if measure is None and before[2] and family == "percent" and q.direction and before[0] != family:
                        # "the industry reached 50.44 billion yuan. This marks a 34.9 percent increase":
                        # the change of the figure before
                        measure = f"{before[2]} {'growth' if q.direction == 'up' else 'decline'}"
                elif typed_here and _LEVEL_AFTER_MOVE_RE.fullmatch(text, last_end, q.char_start) \
                        and (typed_here[0] in (family, "percent", "time") or family == "percent") \
                        and not (typed_here[0] == "time" and "percent" not in typed_families and family == "percent"
                                 and "money" not in typed_families):
                    # (an amount's level is of its own family: "paid out $180 million to about 95,000 creators" is
                    # whom it was paid to)
                    # "closed 3.1 percent higher at 78,500 won": where the move ended (past the span it took: "fell by
                    # about a fifth over two years to roughly 10,000" is the fifth's, not the span's)
                    # (a change after the span an amount took is the amount's: "earned ₱1.07 billion in their first
                    # two weeks, organisers said, down 14%")
                    moved = (typed_families.get("percent") or (typed_families.get("money") if family == "percent" else None)) \
                        if typed_here[0] == "time" else typed_here
                    ctype, weak = (moved or typed_here)[1], False
                elif previous_typed and previous_typed[1] == "stock_move" and family == "percent" \
                        and MOVED_BY_RE.search(text, max(clause[0], q.char_start - 40), q.char_start):
                    # a list of moves runs on: "Kunlun Tech rose 20%. … Hanwang Technology added 6.2%."
                    ctype, weak = "stock_move", False
                elif previous_typed and previous_typed[0] == family \
                        and _RANKED_WITH_RE.search(text, max(clause[0], q.char_start - 40), q.char_start):
                    # a ranking runs on: "Ne Zha 2 took 4.8 billion yuan. Detective Chinatown 1900 was second with 2.4 billion yuan."
                    ctype, weak = previous_typed[1], False
            if ctype == "stock_move" and family == "percent" and typed_here and typed_here[0] != "percent" \
                    and typed_here[1] != "stock_move" and _RESTATED_CHANGE_RE.fullmatch(text, last_end, q.char_start):
                # "Spotify adds 1.5% after reporting 276 million paying subscribers, up 12% from a year earlier":
                # the change of the figure right before, whatever shares the sentence moved
                ctype, weak = typed_here[1], False
            ranked = _RANKED_WITH_RE.search(text, max(clause[0], q.char_start - 40), q.char_start)
            # (a ranking runs on from the last figure of its kind: "ReelShort generated $214 million …, up 119%.
            # DramaBox followed with $158 million")
            ranked_from = (typed_families.get(family) or typed_before_by_family.get(family)) if ranked else None
            ranked_from = ranked_from or typed_here or previous_typed or typed_paragraph_before
            if ctype in ("duration", "other") and ranked_from and ranked_from[0] == family and ranked_from[1] not in ("duration", "other") \
                    and (ranked or ranked_from is typed_here and family == "time" and not _TIME_UNIT_WORD_RE.search(q.surface)):
                # a ranking or a list runs on whatever the unit alone says, a paragraph on too: '"Wednesday" drew
                # 1.8 billion minutes of viewing.¶ "Squid Game" followed with 1.2 billion minutes, while "Andor"
                # logged 620 million' (its unit carried, a bare number is an item of the list)
                ctype, weak = ranked_from[1], False
                own = names.find(text, clause[0], q.char_start) if ranked and measure is None and ranked_from[2] \
                    and not _titles(text, clause[0], q.char_start) else []  # (a title's, read below)
                if own:  # the ranked one's, as the one before was measured: "DramaBox in-app revenue"
                    lead = names.find(ranked_from[2])
                    base = ranked_from[2][lead[0][1]:].strip() if lead and lead[0][0] == 0 else ranked_from[2]
                    base = "share of " + base.split(" share of ", 1)[1] if " share of " in base else base  # (its own share)
                    measure = f"{own[-1][2]} {base}" if base else measure
            titled = [t for t in _titles(text, clause[0], q.char_start) if len(t.split()) <= 6] \
                if ctype == "audience" and family in ("time", "count") and (
                    measure is None or _AUDIENCE_ALONE_RE.fullmatch(measure)) else []  # (not a quotation's words)
            if titled and not (measure and titled[-1] in measure):
                # what a title drew is its audience: '"Wednesday" drew 1.8 billion minutes of viewing', '"Andor"
                # logged 620 million' (a list's item measured as the one before it, past that one's title)
                base = measure or (ranked_from[2] if ranked_from else None)
                earlier = [t for t in _titles(text, 0, clause[0]) if base and base.startswith(f"{t} ")]
                base = base[len(earlier[-1]) + 1:] if earlier else base
                measure = f"{titled[-1]} {base}" if base else measure
            versus = _VERSUS_BEFORE_RE.search(text, max(clause[0], q.char_start - 24), q.char_start) \
                if family == "percent" and measure and " who " not in measure and claims else None
            if versus and claims[-1].sentence_start == s and unit_family(claims[-1].unit) == "percent" \
                    and " who " in (claims[-1].measure or ""):
                # "91% said they expected to use AI video, compared with 74% of large advertisers": the same
                # answer, of the group compared
                measure = f"{measure} who {claims[-1].measure.split(' who ', 1)[1]}"[:120]
            instead = claims[-1] if claims and claims[-1].sentence_start == s and unit_family(claims[-1].unit) == family \
                and _INSTEAD_OF_BEFORE_RE.search(text, max(clause[0], q.char_start - 24), q.char_start) else None
            if instead:  # "finish an episode in six weeks instead of five months": what the figure before measures
                measure, ctype = instead.measure, instead.claim_type
            moved_to = claims[-1] if family != "percent" and claims and claims[-1].sentence_start == s \
                and unit_family(claims[-1].unit) == "percent" and claims[-1].direction and claims[-1].measure \
                and _LEVEL_AFTER_CHANGE_RE.fullmatch(text, claims[-1].char_end, q.char_start) else None
            if moved_to:  # "raise subscription prices by 8% for its Pro tier, to $2,200 a year": where the change ends
                measure = moved_to.measure
                ctype = moved_to.claim_type if ctype == "other" or moved_to.claim_type != "other" else ctype
            as_much = _AS_MUCH_AS_AFTER_RE.match(text, q.char_end) if q.noun == "times" and last_amount else None
            if as_much and _CLAUSE_GAP_RE.fullmatch(text, last_end, q.char_start):
                # "spent $1.2 billion on short-drama apps …, nearly three times as much as a year earlier": the
                # amount before, as a multiple of what it was
                measure = last_amount[1]
                ctype = last_amount[0] if ctype == "other" else ctype
            if family == "percent" and last_amount and (measure or "").lower() in POINTING_BACK and q.direction:
                # "costs 300,000 to 500,000 yuan to make, and AI could cut that by a third": the amount before
                measure = last_amount[1]
                ctype = last_amount[0] if ctype == "other" else ctype
            compared = _COMPARED_THAN_RE.match(text, q.char_end) if family == "percent" and last_amount else None
            if compared and _CLAUSE_GAP_RE.fullmatch(text, last_end, q.char_start):
                # "made 1,979 feature films in 2024, 6% fewer than in 2023": the change of the amount before
                change = "decline" if compared.group(1).lower() in ("fewer", "less", "lower") else "growth"
                other = _COMPARED_THING_RE.match(text, compared.end())
                # (than another thing, not another time: "a median salary of $98,000, about 14% more than
                # comparable editing jobs" is the gap between the two)
                measure = f"{last_amount[1]} {change}" if other is None \
                    else f"{last_amount[1]} compared with {' '.join(other.group('np').split())}"
                ctype = last_amount[0] if ctype == "other" else ctype
            # (money has its own; a count hung from it is not moved: "$44 million from 4,000 theaters, down 54%";
            # a count's change right after it is the count's, whatever the clause's subject)
            pair = claims[-1] if claims and claims[-1].sentence_start == s and claims[-1].measure \
                and unit_family(claims[-1].unit) == family and _TO_BETWEEN_RE.fullmatch(text, claims[-1].char_end, q.char_start) \
                and text[max(s, claims[-1].char_start - 5):claims[-1].char_start].lower() == "from " else None
            if pair:
                # "cut turnaround time from six weeks to under five days": the same measure at its new level
                measure = pair.measure
                ctype = pair.claim_type if ctype == "other" or family == "time" else ctype
            moved_from = claims[-1] if family == "percent" and q.direction and claims \
                and claims[-1].sentence_start == s and claims[-1].measure and (
                    unit_family(claims[-1].unit) == "time" and measure in (None, claims[-1].measure)
                    or unit_family(claims[-1].unit) in ("count", "money")
                    and not _ADJUNCT_BEFORE_RE.search(text, max(s, claims[-1].char_start - 10), claims[-1].char_start)) \
                else None
            framed = claims[-2] if moved_from and unit_family(moved_from.unit) == "time" and len(claims) > 1 \
                and claims[-2].sentence_start == s and unit_family(claims[-2].unit) in ("count", "money") \
                and _TIME_FRAME_BEFORE_RE.search(text, max(s, moved_from.char_start - 30), moved_from.char_start) else None
            if framed and _MOVE_AFTER_AMOUNT_RE.fullmatch(text, framed.char_end, q.char_start):
                # "earned ₱1.07 billion in their first two weeks, organisers said, down 14%": the amount's change,
                # past the span it was earned in
                moved_from = framed
            if moved_from and _MOVE_AFTER_AMOUNT_RE.fullmatch(text, moved_from.char_end, q.char_start):
                # "ITVX recorded 1.1 billion streaming hours in the half, up 18%", "The festival received
                # 7,800 submissions this year, up 11% from last year": the amount's own change
                measure = moved_from.measure or measure
                ctype = moved_from.claim_type if moved_from.claim_type != "other" else ctype  # (its type too)
            of_them = _OF_THEM_NOUN_RE.match(text, q.char_end) or _OF_THEM_NOUN_RE.search(q.surface) \
                if family == "percent" and claims and claims[-1].sentence_start == s \
                and unit_family(claims[-1].unit) == "count" and claims[-1].measure else None
            if of_them:  # "employs around 220,000 people, more than half of them freelancers": a share of that count
                measure = f"{of_them.group('noun')} among {claims[-1].measure}"
                ctype = claims[-1].claim_type if ctype == "other" else ctype
            elif family == "percent" and claims and claims[-1].sentence_start == s and claims[-1].measure \
                    and unit_family(claims[-1].unit) == "count" and _OF_THEM_END_RE.search(q.surface):
                # "120,000 people across the EU, about a quarter of them in Germany and France": a share of that count
                measure = claims[-1].measure
                ctype = claims[-1].claim_type if ctype == "other" else ctype
            elif family == "percent" and claims and claims[-1].sentence_start == s and claims[-1].measure \
                    and unit_family(claims[-1].unit) == "count" and text[claims[-1].char_end:q.char_start] == ", " \
                    and is_people_noun(claims[-1].measure.split()[-1]) \
                    and (where_from := _OF_THEM_WHERE_RE.match(text, q.char_end)):
                # "drew 86,000 attendees, 38% of them from out of town": a share of those just counted, as described
                where = " ".join(where_from.group("where").split()) if where_from.group("where") else None
                measure = f"{claims[-1].measure} {where}"[:120] if where else f"share of {claims[-1].measure}"
                ctype = claims[-1].claim_type if ctype == "other" else ctype
            titled_paren = _titles(text, max(s, q.char_start - 80), q.char_start) \
                if family == "money" and _PAREN_AFTER_TITLE_RE.search(text, max(s, q.char_start - 4), q.char_start) else []
            if titled_paren and (ctype == "box_office" or ctype == "other" and any(c.claim_type == "box_office" for c in claims)):
                # 'including "Inside Out 2" ($1.69 billion)' in a box-office report: that film's takings
                ctype, weak, measure = "box_office", False, f"{titled_paren[-1]} {TYPE_MEASURES['box_office']}"
            heads = [c for c in claims if c.sentence_start == s and unit_family(c.unit) == family] \
                if family in ("count", "money") and _UP_FROM_BEFORE_RE.search(text, max(s, q.char_start - 12), q.char_start) else []
            if len(heads) > 1 and _FRAMING_PLACE_BEFORE_RE.search(text, max(s, heads[-1].char_start - 10), heads[-1].char_start):
                # "It employs 300 people in 12 countries, up from 200 in 2022": the old value of the figure
                # heading the clause, not of the countries it is in
                measure, ctype = heads[-2].measure, heads[-2].claim_type
            named_figure = ((_THE_FIGURE_RE.search(text, clause[0], q.char_start) if measure is None else None)
                            # ("Across the U.S., the study puts the figure at roughly 204,000": the figure's, whatever else)
                            or _PUTS_THE_FIGURE_RE.search(text, max(clause[0], q.char_start - 50), q.char_start)) \
                if claims else None
            # (a change of "that number" is of the last amount, whatever its unit: "employed about 12,000 people
            # …. The group estimates that number has since fallen by about a quarter")
            same = next((c for c in reversed(claims) if c.measure and (
                unit_family(c.unit) == family or q.direction and unit_family(c.unit) in ("count", "money"))), None) \
                if named_figure else None
            restated = same if same and q.char_start - same.char_end < 400 and named_figure.re is _PUTS_THE_FIGURE_RE else None
            if same and q.char_start - same.char_end < 400:
                # "44% said they had lost work …. The guild said the figure was up from 17%": that figure's
                measure, ctype = same.measure, same.claim_type if ctype == "other" else ctype
                measure = _LEVEL_ADJECTIVE_RE.sub("", measure) or measure
            further = claims[-1] if family == "count" and not q.noun and claims and claims[-1].noun \
                and unit_family(claims[-1].unit) == "count" and q.char_start - claims[-1].char_end < 300 \
                and _ANOTHER_BEFORE_RE.search(text, max(clause[0], q.char_start - 20), q.char_start) else None
            if further:  # "Microsoft, which cut 1,900 gaming jobs in January, eliminated another 650": more of them
                ctype, weak, measure = further.claim_type, False, measure or further.measure
            typed = (evidenced or ctype != "other") and not aside  # (an aside heads no list of the sentence)
            if family in ("money", "count", "time") and measure and not aside \
                    and not (family == "time" and last_amount and (measure == last_amount[1]
                                                                  or _ATTRIBUTE_SPAN_RE.fullmatch(q.surface))):
                # (not the span of the amount before: "spend $4.2 billion … next year, … 8% less than in 2023")
                last_amount = (ctype, measure)
            if not (family == "time" and last_amount and last_amount[1] != measure and _ATTRIBUTE_SPAN_RE.fullmatch(q.surface)):
                # (not past a span that describes a noun: "paid $550,000 for a 30-second spot …, about 10% more than a
                # year ago": the amount's change)
                last_end = q.char_end
            # (a share is of an amount, not of a span: "took 4.84 billion yuan during the eight-day holiday,
            # more than half of the total")
            # (a market's part is no market's size: "Overseas markets contributed about Rs 85 crore")
            part_of_amount = family == "money" and not q.noun and ctype in ("other", "market_size") \
                and _PART_VERB_BEFORE_RE.search(text, max(clause[0], q.char_start - 30), q.char_start) is not None
            # (the paragraph before's, as a paragraph's first sentence names it: "…grossed 11.2 billion naira.¶Local
            # titles took 61% of the total")
            share_of = next((t for t in (typed_before, previous_typed,
                                         typed_paragraph_before if new_paragraph and OF_TOTAL_AFTER_RE.match(text, q.char_end)
                                         else None)
                             if t and t[0] != "time"), None)
            whole = (typed_families.get("money") or typed_before_by_family.get("money")) if part_of_amount else None
            if whole and whole[1] != "other":
                # "Spending on drama fell to A$1.46 billion. Foreign productions accounted for A$512 million": a part
                # of the last amount typed before, of its kind ('"Ne Zha 2" contributed more than 4.8 billion yuan')
                ctype = whole[1]
            if ctype == "other" and family == "percent" and share_of and share_of[1] != "other" \
                    and (_SHARE_OF_IT_RE.match(text, q.char_end) or _OF_IT_ENDS_RE.search(q.surface)):
                # ("Mobile games will account for about half of the total": of the market named before)
                ctype = share_of[1]  # "costs about $150 million … accounts for roughly 60% of that": of the cost
            # (the figure put at another level is as forecast as it is: "could be eliminated within three years. …
            # the study puts the figure at roughly 204,000")
            fc = is_forecast(q, sentence, s, clause, text, year) or bool(restated and restated.is_forecast)
            if fc and within in done_asides:
                fc = False  # "The digital double, built from 40 hours of footage, will read …": what was done, no prediction
            continues_other_share = not weak and typed_before is not None and typed_before[:2] == ("percent", "other")
            if ctype == "other" and not continues_other_share and q.unit == "percent" and not q.direction and survey_source \
                    and not fc \
                    and not _THINGS_RE.search(q.noun or q.surface) and not MORE_OR_FEWER_RE.match(text, q.char_end) \
                    and not FASTER_AFTER_RE.match(text, q.char_end) \
                    and not _SHARE_OF_AN_AMOUNT_RE.match(measure or ""):  # ("less than half the national median wage")
                # (not "40% of their tasks", "half of watch time", nor "work about 30% fewer hours" or "finished
                # writing tasks 40% faster": a change; nor one
                # a figure before it typed: "about 34% of their video ads …, up from 11%")
                # a share in a paragraph that reports a survey is one of its results (what its
                # authors predict, "by 2027 90 percent of video could be synthetic", or a move,
                # "margins shrank by 4 percentage points", is not)
                ctype = "survey"
            if ctype == "survey" and (fc or _THINGS_RE.search(q.noun or q.surface)) and weak:
                # a prediction in a survey's paragraph is no answer to it ("by 2027 … could"), nor a
                # share of things ("more than half of watch time … came from viewers outside")
                ctype = "other"
            elif ctype == "survey" and family in ("percent", "count"):
                fc = False  # a share of people who expect something is measured now
            if typed:  # (recorded once its type is settled: "about 34% of their video ads …, up from 11%" continues a
                # share of things, not the survey answer the 34% was first taken for)
                typed_here = typed_families[family] = (family, ctype, measure)
            owner: str | None | object = _UNREAD  # the name before the figure, read at most once
            if ctype == "stock_move" and family == "percent" and measure and _SHARES_OWN_VALUE_RE.fullmatch(measure):
                measure = None  # "Its shares have lost 60% of their value": the shares' own, a share price
            shares_of = _SHARES_OF_RE.search(measure) if ctype == "stock_move" and measure else None
            if (shares_of or ctype == "stock_move" and measure is None) \
                    and _SHARES_OF_DESCRIBED_RE.search(text, clause[0], q.char_start):
                # "Shares of the Leawood, Kansas-based company jumped 9%": described, not named; the
                # company named before them ("Walmart — Shares of the retail giant"), or the article's
                # (a measure may stop before "in": "Shares in the streaming giant rose")
                whose = (measure[:shares_of.start()].strip() if shares_of else "") or topic() or lead_company(names, kind)
                measure, owner = " ".join(filter(None, (whose, TYPE_MEASURES["stock_move"]))), None
            elif shares_of and shares_of.start() == 0 and names.is_name(measure[shares_of.end():]):
                measure = f"{measure[shares_of.end():]} {TYPE_MEASURES['stock_move']}"  # "Shares of Webtoon fell": its share price
            elif shares_of and shares_of.start() == 0 and (described := names.find(measure, shares_of.end())) \
                    and described[-1][1] == len(measure):
                # "Shares in British broadcaster ITV rose 6.1% to 78.4 pence": the company its description names
                measure = f"{described[-1][2]} {TYPE_MEASURES['stock_move']}"
            if ctype == "stock_move":
                measure = _share_price(measure, q, family, text, clause[0], names,
                                       partial(_unnamed_company, text, clause[0], q.char_start, previous_sentence,
                                               names, topic, kind))
                if measure is None and claims and claims[-1].claim_type == "stock_move" and claims[-1].measure \
                        and claims[-1].sentence_start < s and _THEY_OPEN_RE.match(text, s):
                    measure = claims[-1].measure  # "Shares rose 11% …. They have gained about 80% this year": the same
            if title and ctype in TYPE_MEASURES:
                measure = f"{title} {TYPE_MEASURES[ctype]}"
            level_of = claims[-1] if ctype == "stock_move" and family == "money" and claims \
                and claims[-1].sentence_start == s and claims[-1].claim_type == "stock_move" and claims[-1].measure \
                and claims[-1].unit_family == "percent" and _LEVEL_AFTER_MOVE_RE.fullmatch(text, claims[-1].char_end, q.char_start) \
                else None
            if level_of:  # "…, Netflix slipped 1.2% to $583.95": the level its mover's shares reached
                measure = level_of.measure
            if measure is None and ctype in TYPE_MEASURES and family != "time":
                owner = owner_before(text, clause[0], q.char_start, names)
                if ctype == "box_office" and (titled := _titles(text, clause[0], q.char_start)):
                    owner = titled[-1]  # 'Paramount's "Gladiator II" came in second with $55.5 million': the film's
                described = _DESCRIBED_ANTECEDENT_RE.search(text, s, within[0]) if owner is None and within else None
                if described:
                    # "The company, which raised $45 million in a Series B round": the article's company
                    # (with none, the business as described: "The start-up, which raised $125 million")
                    owner = topic() or (source if source and source_kind(source) == "thing" else None) \
                        or described.group("noun")
                if owner is None and ctype == "stock_move" and _UNOWNED_SHARES_RE.match(text, clause[0], q.char_start):
                    owner = _unnamed_company(text, clause[0], q.char_start, previous_sentence, names, topic, kind)
                measure = f"{owner} {TYPE_MEASURES[ctype]}" if owner else None  # "Pika has raised $135 million"
                if owner and ctype == "revenue" and kind(owner) == "person" \
                        and EARNED_BEFORE_RE.search(text, max(clause[0], q.char_start - 30), q.char_start):
                    # "Hannah Reid earned about £40,000 a year storyboarding": what a person earns is pay, no takings
                    ctype, measure = "other", f"{owner} earnings"
                if owner and ctype == "stock_move" and names_a_measure(owner):
                    # "The S&P 500 gained 0.8%": the index moved (with its number), no share price
                    at = text.find(owner, clause[0], q.char_start)
                    number = _INDEX_NUMBER_RE.match(text, at + len(owner)) if at >= 0 else None
                    measure = owner + (number.group() if number else "")
                if measure:
                    clause_measured = (clause, measure)  # what a span after it is the period of
            elif measure and ctype in TYPE_MEASURES and family != "time" and (
                    names.is_name(measure) and not names_a_measure(measure)  # ("Lumen ARR" names one)
                    and not is_a_people(measure)  # ("550 million Indians watched": people, no name's audience)
                    or family == "money" and measure.lower() in BUSINESS_DESCRIPTIONS  # ("The startup … after raising $180 million")
                    or not mentions_a_measure(measure) and measure == line_label(q, text, family)
                    and not is_people_noun(measure.split()[-1].lower())):  # ("Employees: about 60": what it counts)
                # "Disney shares have fallen 40%": Disney's share price; "- Pika: $80 million Series B": Pika's
                # funding (a line's label that names no measure names whose it is)
                measure = f"{measure} {TYPE_MEASURES[ctype]}"
            elif ctype == "box_office" and family == "money" and measure and not mentions_a_measure(measure) \
                    and _CINEMAS_RE.fullmatch(measure):
                # "Nigerian cinemas grossed 11.2 billion naira": their takings (and what a share of it is of)
                last_amount = (ctype, f"{measure} {TYPE_MEASURES[ctype]}") if last_amount == (ctype, measure) else last_amount
                measure = f"{measure} {TYPE_MEASURES[ctype]}"
            elif ctype == "box_office" and family == "money" and not mentions_a_measure(measure) \
                    and (titled := _titles(text, clause[0], q.char_start)):
                # '"Barbie" was the year's top film with £95.7 million', 'Paramount's "Gladiator II" came
                # in second with $55.5 million': the film's box office
                measure = f"{titled[-1]} {TYPE_MEASURES[ctype]}"
            if ctype == "box_office" and family != "time" and (measure is None or _FILM_ALONE_RE.fullmatch(measure)):
                # "The film collected Rs 14.25 crore net on Saturday", "Overseas, it has grossed $8.2
                # million": the takings of the film the article last reported by its title (a title in
                # the sentence is its own: 'Last weekend's champion, "Paper Moon," should take in')
                # (the last one a title heads, past takings of no film's: "Overseas markets contributed about Rs 85 crore")
                reported = [c.measure for c in reversed(claims) if c.claim_type == "box_office" and c.measure]
                titles_before = _titles(text, 0, s) if reported else []
                titled = _titles(text, s, q.char_start) or next(
                    ([t] for m in reported for t in reversed(titles_before) if m.startswith(f"{t} ")), [])
                measure = f"{titled[-1]} {TYPE_MEASURES[ctype]}" if titled else measure
            if measure is None and family == "percent" and claims and claims[-1].measure and claims[-1].sentence_start < s \
                    and claims[-1].unit_family in ("money", "count") and SHARE_OF_BEFORE_OPENS_RE.match(text, s) \
                    and q.char_end <= SHARE_OF_BEFORE_OPENS_RE.match(text, s).end():
                # "Content exports reached US$13.2 billion last year. About 60 percent came from games": a share of it
                whole = claims[-1].measure
                if whole[:1].isupper() and not names.is_name(whole.split()[0]):
                    whole = whole[0].lower() + whole[1:]  # (a sentence's first word, no longer first)
                measure = f"share of {whole}"
            same = _THE_SAME_RE.search(text, clause[0], q.char_start) \
                if claims and claims[-1].measure and claims[-1].claim_type == ctype \
                and unit_family(claims[-1].unit) == family else None
            if same and same.group("noun").lower() in claims[-1].measure.lower().split() \
                    and (measure is None or measure.lower().startswith("same ")
                         or same.group("noun").lower() not in measure.lower().split()):
                # "Renting an Nvidia H100 chip for an hour cost about $8 …. Today the same chip can be had for less
                # than $2 an hour": the measure before, of the thing it named
                measure = claims[-1].measure
            who, consensus = figure_source(text, s, e, q.char_start, q.char_end, source, names,
                                           sources[i - 1][0] if i else None)
            if consensus and who is None and not _MARKET_SPEAKERS_RE.search(sentence):
                # "…, according to LSEG: … Revenue: $24.69 billion vs. $24.62 billion expected": a
                # consensus line under the sentence that names who compiled it (not "below analysts'
                # expectations of $35 million": analysts unnamed)
                who = pollster_before(text, sentences, sources, i)
            if not consensus and family != "time" and line_label(q, text, family) \
                    and _under_expectations(text, sentences, i):
                # "Here is what Wall Street expects, according to analysts polled by LSEG:¶Earnings per share:
                # $1.05": a line of the consensus the sentence before its list introduced
                consensus, who = True, who or pollster_before(text, sentences, sources, i, reach=_LIST_REACH)
            fc = fc or consensus  # "the $9.77 billion analysts had expected": what they forecast
            if consensus:
                # what analysts expect is a forecast of a figure, not a share of them answering a poll
                ctype = "other" if ctype == "survey" else ctype
                before = claims[-1] if claims and claims[-1].sentence_start == s \
                    and unit_family(claims[-1].unit) == family else None
                if measure and before and measure.split()[-1].lower() in text[q.char_end:q.char_end + 30].lower():
                    # "opened to $48 million, well above the $35 million industry tracking had projected": not
                    # the forecasters' modifier, what they expected of the figure before
                    measure, ctype = before.measure, before.claim_type
                expected = measure is None or measure.split()[-1].lower() in UNNAMED_SPEAKERS
                # "Earnings per share were $5.87, below the $6.97 analysts had expected": what they expected of it, the
                # sentence's figure before of its kind ("revenue of $11.51 billion, up 17% …, above the $11.5 billion
                # analysts had expected"), else its type's word ("the $1.31 billion analysts had expected": not the
                # analysts, what they expected)
                same = next((c.measure for c in reversed(claims) if c.sentence_start == s and c.measure
                             and c.unit_family == family), None) if expected else None
                if expected:
                    measure = same or (TYPE_MEASURES.get(ctype) if measure else None)
            who = None if told_by_someone_unnamed(text, s, q.char_start, who) else who
            if who is None and family == "percent" and claims and claims[-1].sentence_start != s \
                    and p == bisect.bisect_right(paragraphs, claims[-1].sentence_start) - 1 \
                    and OF_IT_AFTER_RE.match(text, q.char_end):
                # "…, chief executive Kevin Vaz told reporters. Around 60% of that will go to sports rights": a
                # share of what the one before said, said by the same
                who = claims[-1].source
            if who is None and ctype == "survey":
                # "Fully 79% of decision makers …" two paragraphs after "a survey by HarrisX": its answers
                who = survey_source or article_survey
            before = claims[-1] if claims and claims[-1].sentence_start == s else None
            if measure is None and ctype != "other" and _PRONOUN_OPENS_RE.match(text, s) and claims \
                    and claims[-1].sentence_start != s and claims[-1].claim_type == ctype and claims[-1].measure \
                    and p == bisect.bisect_right(paragraphs, claims[-1].sentence_start) - 1:
                # "Shares of Roku rose 9%. They had fallen about 40% this year.": what the pronoun stands for, the
                # figure before measured (of the same kind, in the same paragraph)
                measure = claims[-1].measure
            if who is None and before is not None and before.claim_type == "survey" and before.source \
                    and not before.is_forecast:
                # "About 30% of respondents … earned less than 2 million yen a year": the same answer's, the survey's
                who = before.source
            if who is None and ctype == "capability" and not measure:
                measure = topic()
            if before is not None and {family, unit_family(before.unit)} in (
                    {"percent", "count"}, {"percent", "other"}, {"percent", "money"}) \
                    and _SHARE_RESTATED_RE.fullmatch(text, before.char_end, q.char_start):
                # "8,435 of them, or 99%", "lost 190 points, or 0.6%", "25% of its staff, or about
                # 1,800 people": the same figure as a share and as a count, of the same kind
                measure = before.measure or measure
                ctype = before.claim_type if ctype == "other" else ctype
                # (a share restating an amount is of the same kind: "fines of up to €35 million or 7% of
                # their global turnover" are fines, whatever the share is of)
                ctype = before.claim_type if ctype == "other" or family == "percent" and unit_family(before.unit) == "money" \
                    and before.claim_type != "other" else ctype
                fc = fc or before.is_forecast  # ("could increase GDP by 7%, or nearly $7 trillion": as projected)
            # (in lower case, or opening the sentence: a word of a name is no thing counted, "The Venice Film Festival
            # received 4,800 submissions")
            things = [m for m in _THINGS_RE.finditer(text, s, q.char_start) if m.group().islower() or m.start() == s] \
                if ctype == "survey" and (q.noun or "").split()[:1] in (["them"], ["those"]) else []
            if things and not _PEOPLE_AFTER_RE.search(text, things[-1].end(), q.char_start):
                # "release eight films in 2025, half of them using AI effects": a share of the films, no answer
                ctype, measure = "other", things[-1].group()
            # (not of the period an amount is spread over: "worth $76 billion over 11 years, nearly tripling the value")
            if before is not None and q.noun == "times" and unit_family(before.unit) != "time" \
                    and _MULTIPLE_OF_BEFORE_RE.fullmatch(text, before.char_end, q.char_start):
                # "raised its guidance to $125 million, doubling previous expectations": a multiple said of
                # the figure before it, as forecast as it is
                fc = before.is_forecast
                ctype = before.claim_type if ctype == "other" else ctype
                if measure is None or _COMPARED_WITH_WORDS_RE.search(measure):
                    # (what it multiplies is the figure's measure, not what it is compared with; but "tripling its
                    # workforce" names its own)
                    measure = before.measure or measure
            converts = before if q.restates else None
            if converts and unit_family(converts.unit) == family:
                # the same amount in another currency or unit: the same statement, told the same way
                ctype, fc, measure, who = converts.claim_type, converts.is_forecast, converts.measure, converts.source
            claims.append(Claim(
                char_start=q.char_start, char_end=q.char_end, surface=q.surface, value=q.value,
                value_high=q.value_high, unit=q.unit, unit_family=family,
                qualifier=q.qualifier, direction=q.direction, noun=q.noun, per=q.per,
                claim_type=ctype, is_forecast=fc,
                horizon_year=converts.horizon_year if converts and unit_family(converts.unit) == family
                else horizon_year(q, fc, sentence, year, published.month if published else None)
                or (restated.horizon_year if restated and fc else None),
                source=who, measure=measure,
                subject=who or measure or (owner_before(text, clause[0], q.char_start, names)
                                           if owner is _UNREAD else owner) or topic(),
                sentence=sentence, sentence_start=s, is_figure=q.is_figure,
                value_usd=derived(q.value, q.unit, year, rates)["value_usd"],
            ))
        if typed_here:
            previous_typed = typed_here
        amount_before = last_amount or amount_before
        typed_before_by_family.update(typed_families)
        _respectively(claims, len(claims) - len(qs), sentence)
        _gapped_shares(claims, len(claims) - len(qs), text)
        _respective_owners(claims, len(claims) - len(qs), text, s, names)
        previous_sentence = sentence
    return claims


# a film the sentence names only by its kind: "The film collected …", "the animated sequel added …"
_FILM_ALONE_RE = re.compile(rf"(?:[a-z-]+\s+)?(?:{'|'.join(FILM_NOUNS)})")
# ... and the places that sell tickets, by their kind: "Nigerian cinemas (grossed)"
_CINEMAS_RE = re.compile(rf"(?:[\w'’-]+\s+){{0,3}}(?:{'|'.join(CINEMA_NOUNS)})", re.IGNORECASE)
# the plural a colon announces a count of: "we take on more projects: (14 this year)"
_PLURAL_COLON_BEFORE_RE = re.compile(r"\b(?P<plural>[a-z][a-z-]{2,}[^s'’\W]s):\s+$")
_ORGANISATIONS_RE = re.compile(rf"\b(?:{ORGANISATION_NOUNS}|{PLACE_NOUNS})$", re.IGNORECASE)


def _respectively(claims: list[Claim], first: int, sentence: str) -> None:
    """Give each forecast of a "respectively" sentence its own year, in order."""
    years = respective_years(sentence)
    if not years:
        return
    idx = [i for i in range(first, len(claims)) if claims[i].is_forecast and claims[i].unit_family != "time"]
    if len(idx) == len(years):
        for i, year in zip(idx, years, strict=True):
            claims[i] = replace(claims[i], horizon_year=year)


# between two shares of groups the predicate after the second is said of: "30% of colorists and 41% of editors had lost
# work" ("of colorists and ")
_GAPPED_SHARE_BETWEEN_RE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?P<group>[\w'’ -]{1,40}?),?\s+and\s+")


def _gapped_shares(claims: list[Claim], first: int, text: str) -> None:
    """Give a share whose group's predicate is left out ("30% of colorists and 41% of editors had already lost work")
    the predicate of the share after it: its type, and its measure with the predicate."""
    for k in range(first, len(claims) - 1):
        share, after = claims[k], claims[k + 1]
        gap = _GAPPED_SHARE_BETWEEN_RE.fullmatch(text, share.char_end, after.char_start) \
            if share.unit_family == after.unit_family == "percent" else None
        if gap and share.measure == gap.group("group") and after.measure and " who " in after.measure:
            measure = f"{share.measure} who {after.measure.split(' who ', 1)[1]}"
            claims[k] = replace(share, claim_type=after.claim_type, measure=measure,
                                subject=measure if share.subject == share.measure else share.subject)


# a sentence that introduces a list of what is expected, ending on a colon with words of a consensus: "Here is what Wall
# Street expects, according to analysts polled by LSEG:"; the lines of data after it, at most _LIST_REACH of them
_LIST_REACH = 6
_RESULT_AGAINST_RE = re.compile(r"\b(?:vs\.?|versus|compared|against|did)\s", re.IGNORECASE)


def _under_expectations(text: str, sentences: list[tuple[int, int]], i: int) -> bool:
    """Whether sentence `i`, a line of data, is in a list that a sentence ending on a colon introduced as what is
    expected (the lines between it and the list's sentence all data lines too: "Label: amount")."""
    if _RESULT_AGAINST_RE.search(text, *sentences[i]):
        return False  # "Earnings per share: $1.76 adjusted vs. $1.45 expected": a result set against the consensus
    for k in range(i - 1, max(-1, i - 1 - _LIST_REACH), -1):
        line = text[sentences[k][0]:sentences[k][1]]
        if line.endswith(":") and CONSENSUS_WORDS_RE.search(line):
            return not _RESULT_AGAINST_RE.search(line)  # (not "Here's how the company did, compared with what …")
        if ": " not in line or len(line) > 100:
            return False
    return False


def _titles(text: str, start: int, end: int) -> list[str]:
    """The quoted titles in text[start:end], in order ('"Wicked" soared', "'Raat Ki Rani' crosses"); not
    the words between two quotation marks of different titles ('"Funke Akindele's "A Tribe …"')."""
    found = ((m.group("title") or m.group("title2")).rstrip(",") for m in TITLE_RE.finditer(text, start, end))
    return [t for t in found if not t.endswith((" ", "'s", "’s"))]


def _title_before(text: str, start: int, at: int) -> str | None:
    """The quoted title an aside at `at` follows ('the film "Moon Fox," which …', '"Moana 2", which')."""
    before = [m for m in TITLE_RE.finditer(text, start, at + 2) if at <= m.end() <= at + 2]
    return (before[-1].group("title") or before[-1].group("title2")).rstrip(",") if before else None


def _same_thing(measure: str | None, before: str | None) -> bool:
    """Whether a change measures what the figure before it measured: no measure of its own, or
    one sharing a noun with it ("industry's market size" and "anime industry's market")."""
    if measure is None or measure == before:
        return True
    def nouns(phrase: str) -> set[str]:  # its common words: a name it opens with is whose, not what
        return {w.removesuffix("'s").removesuffix("’s") for w in phrase.split() if w.islower() and len(w) > 3}
    return before is not None and bool(nouns(measure) & nouns(before))


def _respective_owners(claims: list[Claim], first: int, text: str, start: int, names: ArticleNames) -> None:
    """"Douyin and Kuaishou have 750 million and 400 million daily active users, respectively":
    each amount is the users of the name in its place, the noun said once for all of them."""
    amounts = [i for i in range(first, len(claims)) if claims[i].unit_family != "time"]
    if len(amounts) < 2 or "respectively" not in claims[amounts[0]].sentence.lower():
        return
    owners = []
    for _s, _e, name in names.find(text, start, claims[amounts[0]].char_start):
        parts = re.split(r",\s+|\s+and\s+|\s+&\s+", name)  # a run "Douyin and Kuaishou" holds two names
        owners += parts
    noun = claims[amounts[-1]].noun
    if len(owners) != len(amounts) or not noun:
        return
    for i, owner in zip(amounts, owners, strict=True):
        measure = f"{owner} {noun}"
        claims[i] = replace(claims[i], measure=measure, subject=claims[i].source or measure)
