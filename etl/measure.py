"""What a figure counts, as a short noun phrase readable on its own.

Built from, in order: the figure's own noun or of-phrase ("627,000 iOS downloads", "11
percent of developers who reported being laid off"); the phrase it belongs to on its right
("$308 million of Series D capital", "a 400 percent increase in in-app purchases"); for a
length of time, the thing that lasts ("148-day strike", "videos of up to 60 seconds"); the
nearest measure noun phrase before it in its clause ("revenue growing 13%"); a group named
before ("Of their 8,525 members, just 90 voted no" -> members who voted no); the measure of
the figure before it ("a peak of one million users; that number fell to 500,000"); else the
clause's subject. The owner named before the figure in its clause ("Kuaishou's", "Sora
recorded") is put in front when the phrase does not hold it already: "Sora iOS downloads".

The phrases themselves are read by etl.phrases, the owners by etl.owners; this module decides,
figure by figure, which reading holds. Pure: text and spans in, a phrase out.
"""
from __future__ import annotations

import re

from .attribute import (
    DEMONYM_RE,
    DESCRIBES_UNNAMED_AFTER_RE,
    MAKER_DESCRIBED_RE,
    WHICH_ESTIMATES_AT_RE,
    is_a_people,
    source_kind,
)
from .lexicon import (
    AGE_GROUP,
    AIM_VERBS,
    AMOUNT_HEDGES,
    ANNUAL_WORDS,
    ASIDE_ADVERBS,
    AT_CINEMAS,
    ATTITUDES,
    ATTRIBUTION_VERBS,
    ATTRIBUTIVE_ADJECTIVES,
    BELIEF_VERBS,
    BULLET_CHARS,
    BUSINESS_DESCRIPTIONS,
    CHANGE_VERBS,
    CLAUSE_OPENERS,
    COLLECTIVE_PEOPLE_NOUNS,
    COMMON_VERBS,
    COMPLEX_PREPOSITION_NOUNS,
    COMPOUND_HEAD_VERBS,
    CONTRAST_OPENERS_ALT,
    CURRENCY_NAME_WORDS,
    CURRENCY_PREFIXES,
    DEFINITION_HEDGES,
    DETERMINERS,
    DIMENSION_NOUNS,
    FEAR_VERBS,
    FILM_NOUNS,
    FOCUS_ADVERBS,
    FORECAST_NOUNS,
    FRACTION_WORDS,
    HEADCOUNT_NOUNS,
    IE_PLURALS,
    INDIAN_SCALES,
    ING_ADJECTIVES,
    ING_PREPOSITIONS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    LETTING_VERBS,
    LEVEL_PARTICIPLES,
    LY_NOUNS,
    MARKET_SPEAKERS,
    MATERIAL_NOUNS,
    MEASURE_ADJECTIVES,
    MEASURE_NOUNS,
    MIND_VERBS,
    MONEY_MOVED_VERBS,
    MOVED_BY,
    MOVEMENT_PARTICLES,
    MOVEMENT_VERBS,
    NOUN_LIKE_SPEECH_VERBS,
    NOUN_STOP,
    ORGANISATION_NOUNS,
    ORGANISATION_WORDS,
    PARTICIPLE_BASES,
    PEOPLE_AT_LARGE,
    PEOPLE_GROUPS,
    PEOPLES_BY_NATION,
    PERSON_EARNED,
    PHRASE_PREPOSITIONS,
    PLACE_ADVERBS,
    PLACES,
    PLURALS_WITHOUT_S,
    PRETERITES_ONLY,
    PRICED_OFFERING,
    PRODUCT_NOUNS,
    PRONOUNS,
    REPORTED_IN,
    REPORTING_PARTICIPLES,
    ROLE_BREAKING_PREPOSITIONS,
    SAME_IN_SINGULAR,
    SCALES,
    SECTION_LABELS,
    SENTENCE_ADVERBS,
    SHARES_SOLD_PASSIVE,
    SIMPLE_PREPOSITIONS,
    SMALL_NUMBERS,
    SOURCE_ANAPHORS,
    SOURCE_NOUNS,
    SPENT_BY_PEOPLE_NOUNS,
    STOCK_INDEX_WORDS,
    SUM_ADJECTIVES,
    TIME_UNITS,
    TIMES_NOUNS,
    UNIT_DIMENSIONS,
    UNNAMED_BODY_NOUNS,
    WATCHED_TIME,
    WEAK_NOUNS,
    WHOLE_MARKET_NOUNS,
    WORKING_PEOPLE,
    WORKING_PERSON,
)
from .names import DATELINE_RE, ArticleNames
from .owners import (
    ASIDE_RE,
    CONSENSUS_NOUN_AFTER_RE,
    PLURAL_BEFORE_VERB_RE,
    TITLE_RE,
    described_owner,
    owned_group,
    owner_before,
    possessor,
    sentence_start_before,
)
from .patterns import trie_pattern
from .phrases import (
    ADJECTIVAL_OPENERS,
    ADVERB_RE,
    AMOUNT_AT_RE,
    APPOSITIVE_RE,
    AUXILIARIES,
    CLAUSE_JOINS,
    DETERMINER_END_RE,
    DIRECTION_NOUN_WORDS,
    MEASURE_NOUN_RE,
    MODALS,
    NOT_VERBS,
    PEOPLE_RE,
    PUNCT,
    SCALE_WORDS,
    SHARES_OF,
    STOP,
    TIME_WORDS_RE,
    noun_phrase,
    np_around,
    np_left,
    past_subordinate_lead,
    past_subordinate_tail,
    predicate,
    verbish,
    word_tokens,
)
from .quantities import GROUP_SIZE_RE, RATIO_AFTER_RE
from .segment import table_cell

MAX_WORDS = 10
# a length that only describes a thing inside a measure's phrase: "the cost of making a 1-minute segment"
_INSIDE_MEASURE_RE = re.compile(r"(?P<np>\b(?:" + "|".join(sorted(MEASURE_NOUNS, key=len, reverse=True))
                                + r")\s+of\s+(?:\w+ing\s+)?(?:an?|the)\s+)$", re.IGNORECASE)
_TAIL_RE = re.compile(r"(?:\s+[\w-]+){1,2}?(?:\s+in\s+(?:a|an|the)\s+[\w-]+\s+way)?"
                      r"(?=\s+(?:is|was|are|were|has|had|will|would|can|could|fell|rose|dropped|climbed|jumped|doubled|halved)\b|[,.;])")
_REACH_RE = re.compile(r"\s+(?:to\s+)?(?:pass|passe[sd]|reach(?:es|ed)?|hit|hits|top|tops|topped|exceed(?:s|ed)?|"
                       # (no number between: "the weekend's top 10 grossed" is a ranking, not a verb)
                       r"cross(?:es|ed)?|surpass(?:es|ed)?)\s+(?:[^\s\d]\S*\s+){0,2}$", re.IGNORECASE)
# "of developers", "in Q2 revenue", "in the education sector", "year-on-year increase in in-app purchases"
_COMPARED_AFTER_RE = re.compile(r"\s+(?:higher|lower|more|less|cheaper|dearer|bigger|smaller|greater|fewer)\s+than\b")
_RIGHT_PHRASE_RE = re.compile(
    r"\s*(?:(?:[\w-]+\s+){0,2}?(?:increase|rise|growth|gain|jump|decline|drop|fall|cut|share)\s+)?(?:of|in|for)\s+"
    rf"(?!(?:{'|'.join(sorted(COMPLEX_PREPOSITION_NOUNS))})\s+(?:with|to|of|for)\b)",  # (not "in connection with")
    re.IGNORECASE)
_LASTING_RE = re.compile(r"(?:(?:that|which)\s+(?:has\s+|had\s+)?(?=last|ran|run))?"
                         r"(?:lasting|lasted|lasts|long|of(?:\s+up\s+to|\s+about)?|running|runs|ran|up\s+to)\s+$", re.IGNORECASE)
# auxiliaries and modals right before a verb: "the lawsuit (could) take"
_AUXILIARIES_END_RE = re.compile(r"(?:\b(?:could|would|will|may|might|can|should|must|to|does|did|do|has|have|had|now|still|"
                                 r"often|typically|usually)\s+)*$")
# what a span a thing took was for: "took 14 months (to make)"
_TO_VERB_AFTER_RE = re.compile(r"\s+to\s+(?P<verb>(?!(?:the|a|an|its|their|this|be)\b)[a-z]{3,})\b")
# time spent doing something: "spends about 10 hours (checking AI-drawn frames)"
_SPENT_TIME_BEFORE_RE = re.compile(rf"\b(?:spend|spends|spent|spending)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_DOING_AFTER_RE = re.compile(r"\s+(?:on\s+|in\s+)?(?P<act>[a-z]{3,}ing(?:\s+(?!(?:per|a|an|each|every|on|in|at|for|to|"
                             r"with|this|last|next)\b)[\w-]+){0,3})")
# a relative clause whose second verb "and" joins: "a strike that began in July 2024 and (lasted)"
_RELATIVE_AND_BEFORE_RE = re.compile(r"\s(?P<rel>that|which)\s+[^,;:]*?\band\s+$")
_TIME_ADJECTIVE_RE = re.compile(r"-(?:second|minute|hour|day|week|month|year)$", re.IGNORECASE)
_COPULA_BEFORE_RE = re.compile(rf"\b(?:(?:was|were|is|are)(?:\s+(?:light|heavy|moderate|thin|low|high|steady)\s+at)?|stood\s+at|"
                               rf"totall?ed|reached)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)  # ("Volume was moderate at 410 million shares")
_BUDGETED_AT_RE = re.compile(rf",?\s*\bbudgeted\s+at\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_TO_SETTLE_AFTER_RE = re.compile(r"\s+to\s+settle\b")
_SETTLED_FOR_BEFORE_RE = re.compile(rf"\b(?:settles?|settled|settling)\s+for\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_IN_NOUN_AFTER_RE = re.compile(r"\s+in\s+[a-z]")  # ("awarded $1.02 billion in credits": the credits)
# (not "awarded grants of £50,000": the grants)
_AWARDED_BEFORE_RE = re.compile(rf"\b(?:awarded|awards|award)\s+(?:(?:a|an|the|her|him|them|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?"
                                rf"{AMOUNT_HEDGES}(?<!\bof\s)$")
_WORKS_OUT_RE = re.compile(rf"\s+(?:works?|worked|comes?|came|amounts?|amounted)\s+(?:out\s+)?(?:to|at)\s+{AMOUNT_HEDGES}$")
_FOR_EACH_AFTER_RE = re.compile(r"(?:\s+(?:a|per)|\s+for\s+each(?:\s+of\s+(?:the\s+)?(?:roughly\s+|about\s+|some\s+)?[\d,.]+"
                                r"(?:\s+(?:million|billion))?)?)\s+(?P<item>[a-z]+)")
_TOOK_A_SHARE_RE = re.compile(r"\b(?:took|takes|take|had|has|have|held|holds|hold|won|claimed|captured|commanded)\s+"
                              r"(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+)?)?$")
# ... or a share of a figure held: "held the largest revenue share of 31.5%", "accounted for a share of 12%"
_HELD_SHARE_OF_RE = re.compile(rf"\b(?:took|takes|had|has|held|holds|won|claimed|captured|commanded|accounted\s+for)\s+"
                               rf"(?:an?|the|its|their)\s+(?:(?:largest|biggest|highest|smallest|lowest|greatest|dominant|"
                               rf"leading|major|combined)\s+)?(?P<kind>(?:[a-z][\w-]*\s+)?)share\s+of\s+{AMOUNT_HEDGES}$")
_SPEND_BEFORE_RE = re.compile(rf"\bspend\s+{AMOUNT_HEDGES}$", re.IGNORECASE)  # (after a modal or "to")
_SIZED_OF_RE = re.compile(rf"\b(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})\s+of\s+{AMOUNT_HEDGES}$")
_TIME_POSSESSIVE_RE = re.compile(r"['’]\s+(?P<noun>notice|pay|leave|wages|salary|work|rest|holiday|vacation|training|"
                                 r"delay|wait|severance|shooting|filming)\b", re.IGNORECASE)
_RESOLUTION_AFTER_RE = re.compile(r"\s+(?:\d{1,2}[Kk]|\d{3,4}p|U?HD)(?=\s)")
# "2-gigawatt", "1.2 million-square-foot", "two-gigawatt"
_UNIT_ADJECTIVE_RE = re.compile(rf"(?:\d|\b(?:thousand|million|billion|{'|'.join(sorted(SMALL_NUMBERS))}))-[a-z][\w-]*$",
                                re.IGNORECASE)


# A first word that is the whole phrase, standing for a group named before: "2,600 of whom work
# in games" ("those jobs" is a noun phrase, "those" no pronoun there)
_STANDS_FOR = PRONOUNS | {"whom", "which"}


def _stands_for(words: list[str]) -> bool:
    """Whether a phrase is a pronoun standing for a group named before ("of them", "of whom"),
    not a possessive with its noun ("of its staff": the staff)."""
    if len(words) == 1 and words[0].lower().rstrip(".,") in ("that", "this"):
        return True  # a demonstrative alone: "30% of that"
    if not words or words[0].lower().rstrip(".") not in _STANDS_FOR:  # (a sentence's last word: "60% of it.")
        return False
    return not (len(words) > 1 and words[0].lower() in DETERMINERS)


# measure nouns that are also verbs, a measure alone (etl.phrases.STOP holds them as verbs)
_LONE_MEASURE_NOUNS = frozenset(n for n in MEASURE_NOUNS if n in STOP and n not in ("shares", "stock"))


def _clean(words: list[str]) -> str | None:
    words = words[:MAX_WORDS]  # (cut first: what ends the phrase is judged where it ends)
    rest = next((k for k in range(1, len(words) - 2) if words[k].lower() == "and" and words[k + 1].lower() == "the"
                 and words[k + 2].lower().rstrip(".,;") in ("rest", "remainder", "others")), None)
    if rest:
        words = words[:rest]  # "$900 to music licensing and the rest to festival fees": the rest is another item
    by = next((k for k in range(len(words) - 1, 0, -1) if words[k].lower() == "by"
               and _BY_WHEN_RE.fullmatch(" ".join(words[k + 1:]))), None)
    if by:
        words = words[:by]  # "testing done by AI by the end (of 2027)", "refurbishing 25 sites by 2026": when, not what
    within = next((k for k in range(len(words) - 1, 0, -1) if words[k].lower() in ("within", "in", "over", "for")
                   and _SPAN_WHEN_RE.fullmatch(" ".join(words[k + 1:]))
                   or words[k].lower() == "for" and _PERIOD_RE.fullmatch(" ".join(words[k + 1:]))), None)
    if within:
        # "30% to 40% of routine production tasks within two years", "operating profit for the six
        # months", "revenue for the full year": when, not what
        words = words[:within]
    if len(words) > 1 and words[0].lower() in LEVEL_PARTICIPLES:
        words = words[1:]  # "…, taking total employment in the sector to roughly 2.6 lakh": what it took there
    while words and not (words[0].lower() == "those" and len(words) > 1 and words[1].lower() == "aged") and (
                     words[0].lower() in DETERMINERS or words[0] in PUNCT or words[0].lower() in CLAUSE_OPENERS
                     or words[0].lower() == "whose"  # ("Getty, whose shares fell": what is Getty's)
                     # ("40% of its $200 million marketing budget": the amount's own scale word, no noun)
                     or len(words) > 1 and (words[0].lower() in SCALES or words[0].lower() in INDIAN_SCALES
                                            or words[0].lower().rstrip(".") in CURRENCY_NAME_WORDS)
                     or words[0].lower() in NOT_VERBS or words[0].lower() in PHRASE_PREPOSITIONS
                     # (its stop too: "up from 95 billion yen previously.")
                     or ADVERB_RE.fullmatch(words[0].rstrip(".,;:!?")) and not (len(words) > 1 and (
                         words[1].lower() == "active" or words[0].lower() in LY_NOUNS))):  # ("daily uploads")
        words = words[1:]
    # (a noun alone that is also a verb of speech is the noun: "Claims rose fourfold")
    # (nor one that is a measure's noun before its verb: "Demand fell 30%"; shares are read by whose they are)
    while words and (words[-1].lower() in STOP and not (len(words) == 1 and (
                         words[0].lower() in NOUN_LIKE_SPEECH_VERBS or words[0].lower() in _LONE_MEASURE_NOUNS))
                     and not (len(words) > 1 and (
                         MEASURE_NOUN_RE.fullmatch(words[-1]) or words[-1].lower() in ("plan", "plans")  # ("its basic plan")
                         # ("Film and video projects": a plural that spells a verb of saying, after its modifier)
                         or words[-1].lower() in NOUN_LIKE_SPEECH_VERBS and words[-1].lower().endswith("s")
                         and words[-2][:1].islower() and words[-2].lower() not in STOP
                         # ("energy use", "dubbing work": a compound's head after a singular noun)
                         or words[-1].lower() in COMPOUND_HEAD_VERBS and not words[-2].lower().endswith("s")
                         and words[-2].lower() not in STOP and words[-2].lower() not in PLURALS_WITHOUT_S
                         # ("senior notes", "new shares": a plural after its adjective is a noun)
                         or words[-2].lower() in ATTRIBUTIVE_ADJECTIVES and words[-1].lower().endswith("s")
                         or " ".join(words[-3:]).lower() in MEASURE_NOUNS  # ("gross value added")
                         # ("its domestic total", "the industry's total")
                         or words[-1].lower() == "total" and (words[-2].lower() in SUM_ADJECTIVES
                                                              or re.search(r"['’]s?$", words[-2]))))
                     or words[-1].lower() in DETERMINERS or words[-1] in PUNCT
                     # ("growth through 2029"; "a three-year deal worth (about $25 million)")
                     or words[-1].lower() in ("for", "of", "through", "until", "by", "worth")
                     or len(words) > 2 and words[-2].lower() == "of" and words[-1].lower() in CURRENCY_NAME_WORDS  # ("revenue of Rs")
                     or len(words) > 1 and ADVERB_RE.fullmatch(words[-1].rstrip(".,;:!?"))
                     and words[-1].lower().rstrip(".,;:!?") not in LY_NOUNS):
        # "participants correctly (identified)": an adverb ends no noun phrase
        words = words[:-1]
    if len(words) > 2 and words[-2].lower() == "on" and words[-1].lower() in ("track", "course", "pace"):
        words = words[:-2]  # "Global box office on track for $33.5 billion": where it is heading, no word of what
    if words and words[-1].lower() == "ago":
        return None  # "Three years ago we had 520": when, not what
    if " ".join(words).lower() in _INDEFINITE_PRONOUNS:
        return None  # "no one was allowed to buy more than 40": nobody says what is counted
    if words and all(w.lower() in PLACE_ADVERBS for w in words):
        return None  # "earned a record €76 million abroad": where, not what
    if words and words[-1].lower() in _WHEN_UNITS and all(w.lower() in _WHEN_UNITS or w.lower() in _WHEN_DEICTICS
                                                            for w in words):
        return None  # "This year I have worked 60 days": when, not what
    if len(words) > 2 and words[-2].lower() in ("a", "each") and words[-3].lower() not in ("of", "per", "for") \
            and words[-1].lower().rstrip(".,") in ("day", "week", "month", "year"):
        words = words[:-2]  # "sets of this AI course a year": the course, sold at a rate (not "the cost of a minute")
    if not words or all(w.lower() in WEAK_NOUNS or re.split(r"['’]", w.lower(), maxsplit=1)[0] in PRONOUNS
                        or re.fullmatch(r"(?:that|this|there|here|what|who)['’](?:s|re|ll|d)", w.lower())  # ("That's")
                        or w.lower() in SMALL_NUMBERS  # ("eight of the 12 were gone": a number says nothing either)
                        for w in words) or len(words) == 1 and len(words[0]) == 1:
        return None  # "it", "I've": a pronoun says nothing of what is counted, nor a letter ("Q: Where …")
    # (a compound cut at its hyphen is one word again: "fuel-" "economy"; a title's closing quotation mark is no
    # possessive: "'Chhaava' box office", not "Chhaava' box office")
    joined = _TITLE_QUOTE_CLOSE_RE.sub("", re.sub(r"(?<=\w-) ", "", " ".join(words[:MAX_WORDS])))
    return joined.strip(" ,;:\"“”‘’'.") or None


# things by their worth, the amount after it: "projects worth about $150 million"
_STAKE_SIZE_RE = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*")
_AT_CINEMAS_AFTER_RE = re.compile(AT_CINEMAS)
_SOLD_BEFORE_RE = re.compile(r"\b(?:sold|sells|sell|selling)\s+(?:[\w-]+\s+){0,2}$")
_THINGS_WORTH_BEFORE_RE = re.compile(rf"\b(?P<np>(?:[a-z][\w-]*\s+)?(?!(?:is|was|has|does|this|its|his|as|us|plus|less)\b)"
                                     rf"[a-z][\w-]*s)\s+worth\s+(?:a\s+combined\s+)?{AMOUNT_HEDGES}$")
# investors trading a market's stocks, by the sum: "Foreigners sold a net 512 billion won worth of stocks"
_TRADED_NET_BEFORE_RE = re.compile(rf"\b(?P<verb>sold|sell|sells|bought|buy|buys|purchased|offloaded|dumped)\s+"
                                   rf"(?:a\s+net\s+|net\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)
_WORTH_OF_STOCKS_AFTER_RE = re.compile(r"\s+worth\s+of\s+(?:local\s+|domestic\s+)?(?:stocks|shares|equities)\b")
# a business's description with its name after it: "(Market) heavyweight Samsung Electronics"
_BUSINESS_NAMED_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(sorted(BUSINESS_DESCRIPTIONS))})\s+[A-Z]")
# a goal set by its level: "a target of 150 million"
_GOAL_OF_BEFORE_RE = re.compile(rf"\b(?P<goal>target|goal)\s+of\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_QUOTE_MARKS_RE = re.compile(r"[\"“”]")  # (double quotation marks, read as spaces where a quoted term is a phrase's words)
# a share of a group opening a phrase: "Two-thirds of", "67% of the", "one in five of"
# the words of a share of people, once for the patterns that read one: "62%", "one in five", "two-thirds", "half"
_NUMBER_WORD = rf"(?:\d+|{'|'.join(sorted(SMALL_NUMBERS, key=len, reverse=True))})"
_SHARE_WORDS = (rf"(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)|{_NUMBER_WORD}\s+in\s+{_NUMBER_WORD}"
                rf"|(?:[a-z]+-|a\s+|one\s+)?(?:{'|'.join(sorted(FRACTION_WORDS, key=len, reverse=True))}))")
_SHARE_OF_OPENS_RE = re.compile(rf"^(?:{_SHARE_WORDS}|\d[\d.,]*)\s+of\s+(?:the\s+)?(?=\S)", re.IGNORECASE)
# what a thing would cost, as a clause after it: "(a comparable animated film) that would cost"
_WOULD_COST_RE = re.compile(r"that\s+(?P<more>(?:(?!would|could|might|will)\w+\s+){0,3}?)(?:would|could|might|will)\s+"
                            r"(?:have\s+)?cost\b")
_TITLE_QUOTE_CLOSE_RE = re.compile(r"(?<=[^sS\W])['’](?=\s|$)")
# (and a quantifier alone: "For most of the last decade I billed $900 a day")
_INDEFINITE_PRONOUNS = {"no one", "nobody", "none", "anyone", "anybody", "everyone", "everybody", "someone", "somebody",
                        "most", "many", "much", "all", "some", "several", "few"}
_AGE_BRACKET_RE = re.compile(r"(?:the\s+)?[a-z]+\s+(?:aged\s+)?\d{1,2}\s+(?:and|or)\s+(?:older|over|above|younger|under)\b"
                             r"|(?:the\s+)?[a-z]+\s+aged\s+\d{1,2}\s*(?:to|-|–)\s*\d{1,2}\b"  # "those aged 18 to 24"
                             r"|(?:the\s+)?(?:those|people|adults|respondents|members|viewers|users|workers|men|women)"
                             r"\s+(?:over|under|above|below)\s+(?:the\s+age\s+of\s+)?\d{1,2}\b")  # "those over 55"
_ON_TRACK_RE = re.compile(r"\b(?:is|are|was|were|remains?)\s+(?:on\s+(?:track|course|pace)|set|poised|due)\s*$")
# the value a change starts from, or a value set against: "up from 37% a year earlier", "compared with 24% of …"
OLD_VALUE_BEFORE_RE = re.compile(rf"\b(?:up|down|rising|falling|increasing|decreasing)\s+from\s+{AMOUNT_HEDGES}$"
                                  rf"|\bcompared\s+(?:with|to)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_CHANGED_FROM_BEFORE_RE = re.compile(rf"\b(?:up|down|rising|falling|increasing|decreasing)\s+from\s+{AMOUNT_HEDGES}$",
                                     re.IGNORECASE)  # (what a change starts from, no value set against: "compared with …")
_STATE_PARTICIPLE_BEFORE_RE = re.compile(r",\s+(?:remaining|staying|standing|sitting|still)\s+(?:about\s+|roughly\s+|some\s+)?$")
_RISING_AFTER_COMMA_RE = re.compile(r",\s+(?:rising|falling|growing|climbing|dropping|declining|jumping|surging|"
                                    r"increasing|decreasing|reaching|totall?ing|gaining|losing|sliding|remaining|staying)\b")
_ITS_RIGHT_BEFORE_RE = re.compile(r"\b(?:said|says|reported|reports|added|estimated|estimates)\s+(?:that\s+)?its\s$")
_ITS_IN_SURFACE_RE = re.compile(r"\bof\s+its\s+(?=\w)")
_FUNDING_WORDS_RE = re.compile(r"\b(?:funding|round|rounds|investment|capital|share\s+sale)\b", re.IGNORECASE)
# (a list of a name's words counts: "Department of Trade, Industry and Competition")
_NAME_WORD_BEFORE_RE = re.compile(r"[A-Z][\w&.'’-]*,?\s+$")
_VALUING_NAME_RE = re.compile(rf"\bvalu(?:ing|es|e)\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,2}})\s+at\s+{AMOUNT_HEDGES}$")
# growth at a named rate: "is forecast to expand at a CAGR of", "grew at a compound annual growth rate of"
_GROWS_AT_RATE_RE = re.compile(r"\b(?:grow|grows|grew|growing|expand|expands|expanded|expanding|rise|rises|rose|rising|"
                               r"increase|increases|increased|increasing|climb|climbs|climbed|climbing)"
                               # (how fast, before the rate: "is expected to grow fastest, at a CAGR of 23.1%")
                               r"(?:\s+(?:the\s+)?(?:fastest|faster|quickest|quicker|slowest|slower|steadily|rapidly|strongly|"
                               r"fast|quickly|slowly)\s*,?)?\s+at\s+(?:an?\s+)?"
                               r"(?P<rate>(?:[\w-]+\s+){0,3}?(?:CAGR|growth\s+rate|rate))\s+of\s+"
                               rf"{AMOUNT_HEDGES}$")
# what was settled and for how much: "settled the lawsuit for", "was settled last month for"
_SETTLED_FOR_RE = re.compile(rf"\b(?:was\s+|were\s+|been\s+)?settled\s+(?P<what>(?:[\w'’-]+\s+){{0,5}}?)?for\s+{AMOUNT_HEDGES}$")
# the price an offering of shares is set at: "priced its initial public offering at (310 pence a share)"
_PRICED_OFFERING_BEFORE_RE = re.compile(rf"{PRICED_OFFERING}{AMOUNT_HEDGES}$")
_TIME_OF_RE = re.compile(r"\s+of\s+(?=[a-z])")  # "40 days of shooting" (not "of Netflix", "of 2024")
_SAVING_BEFORE_RE = re.compile(rf"\b(?:sav(?:e|es|ed|ing)|cut(?:s|ting)?|shav(?:e|es|ed|ing)|trimm?(?:ed|ing|s)?|"
                               rf"reduc(?:e|es|ed|ing))\s+(?:\w+\s+)?{AMOUNT_HEDGES}$")
# a clause before a comma, not an adverbial: "Streaming was the fastest-growing segment, expanding 24%"
_FINITE_IN_LEAD_RE = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must)\b")
_PAST_VERB_RE = re.compile(r"\b[a-z]{3,}ed\b")


def _has_verb(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has a finite verb: an auxiliary, a past tense or a verb of movement
    ("Junior roles were hit hardest", "openings … dropped by"; not "a 185-hp four-cylinder or")."""
    words = text[start:end].lower().split()
    return bool(_FINITE_IN_LEAD_RE.search(text, start, end) or _PAST_VERB_RE.search(text, start, end)) \
        or any(w in IRREGULAR_PAST or w in MOVEMENT_VERBS or w in _PRESENT_LINKING_VERBS for w in words)


# verbs in the present that are no nouns: "Labour costs remain a big draw: …", "… an animator earns about"
_PRESENT_LINKING_VERBS = {"remain", "remains", "seem", "seems", "stay", "stays", "earns", "earn"}
# a rate named by its noun before the share: "a levy of 1 per cent", "a discount of 20%"
_RATE_NOUN_OF_RE = re.compile(rf"\b(?:a|an)\s+(?P<noun>[a-z][a-z-]+)\s+of\s+{AMOUNT_HEDGES}$")
# what a bond pays: "priced to yield 5.25%", "a yield of 6%"
_YIELD_BEFORE_RE = re.compile(rf"(?:\b(?P<kind>[a-z]+)\s+)?\byield(?:s|ed|ing)?\s+(?:of\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)
# a score given on a scale: "a rating of 9.1", "an average score of 87"
_SCORE_OF_RE = re.compile(r"\b(?:a|an|its|their|the)\s+(?:(?P<kind>net|average|overall|mean|median|approval)\s+|\w+\s+)?"
                          r"(?P<noun>rating|score)\s+of\s+(?:about\s+|around\s+|nearly\s+)?$",
                          re.IGNORECASE)
_NOT_RATE_NOUNS = {"total", "average", "maximum", "minimum", "majority", "minority", "share", "number", "quarter",
                   "third", "half", "fifth", "tenth", "fraction", "proportion", "percentage", "sample", "survey",
                   "poll", "group", "panel", "range", "high", "low", "peak", "record", "gain", "loss", "rise", "fall",
                   "drop", "decline", "increase", "decrease", "jump", "slump", "growth", "change", "return", "margin"}
_ON_AFTER_RE = re.compile(r"\s+on\s+(?=\S)")
_OF_THEIR_AFTER_RE = re.compile(r"\s+of\s+their\s")
# whom a loss of things costs, before the count: "could cost UK screen sector 20,000 jobs"
_COST_TO_BEFORE_RE = re.compile(rf"\bcost(?:s|ing)?\s+(?:the\s+)?(?P<np>[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){{0,3}}?)\s+"
                                rf"{AMOUNT_HEDGES}$")
# the participles of a move in a "with" construction
_MOVING = "rising|falling|adding|gaining|losing|shedding|climbing|dropping|jumping|sliding|slipping|advancing|declining"
# an item of a "with" construction and its move: "with linear TV down 4.8% and streaming up 13.5%"
_WITH_ITEM_RE = re.compile(rf"(?:\bwith|\band|,)\s+(?!with\b|and\b)(?P<np>(?:[\w&.'’-]+\s+){{0,3}}?[\w&.'’-]+)\s+(?:(?:was|were)\s+)?"
                           # (a particle after a gerund is its verb's: "with overseas revenue making up 1.72 trillion yen")
                           rf"(?:(?<!making\s)(?<!taking\s)(?<!picking\s)(?<!setting\s)(?<!giving\s)(?<!turning\s)(?<!ending\s)"
                           rf"(?:up|down|off)|higher|lower|{_MOVING})\s+(?:by\s+)?{AMOUNT_HEDGES}$")
_RIGHTS_RE = re.compile(r"\b(?:[\w'’-]+\s+){0,2}?rights\b", re.IGNORECASE)  # "global rights", "North American rights"
# the noun whose amount a range gives: "an opening in the $65 million to $70 million range"
_IN_THE_RANGE_BEFORE_RE = re.compile(r"\b(?:an?|the|its|their)\s+(?P<np>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+in\s+the\s+"
                                     rf"{AMOUNT_HEDGES}$", re.IGNORECASE)
# the time people spend on a place named before: "YouTube, where children aged 4 to 12 now spend an average of"
_SPENT_WHERE_BEFORE_RE = re.compile(r"\b(?P<place>[A-Z][\w&.'’+-]*(?:\s+[A-Z][\w&.'’+-]*){0,2}),\s+where\s+"
                                    r"(?P<who>[a-z][^,;.]{0,50}?)\s+(?:now\s+)?spends?\s+(?:an\s+average\s+of\s+|about\s+|"
                                    r"around\s+|nearly\s+|more\s+than\s+|some\s+)?$")
# a running sum of what the figure before measured, with no noun of its own: "for a running total of $204 million"
_TOTAL_OF_BEFORE_RE = re.compile(rf"\b(?:a|an|its|the|their)\s+(?:(?P<adj>{'|'.join(sorted(SUM_ADJECTIVES))})\s+)?total\s+of\s+"
                                 rf"{AMOUNT_HEDGES}$", re.IGNORECASE)
# ... its head noun followed by a phrase of its own, or the level the move reached: "with upfront
# commitments to ad-supported services such as Netflix and Peacock rising 21% to $12.1 billion"
_WITH_HEAD_MOVED_RE = re.compile(rf"\bwith\s+(?P<np>(?:[a-z][\w'’-]*\s+){{0,3}}?[a-z][\w'’-]*)"
                                 rf"(?:\s+(?:to|for|of|from|in|at|on|among|across)\s+(?:[^;:,\d]|,(?=\s+[A-Z])){{1,100}}?)?\s+"
                                 rf"(?:{_MOVING}|growing|increasing|decreasing|shrinking)\s+(?:by\s+)?"
                                 rf"(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+to\s+)?{AMOUNT_HEDGES}$")
# the verbs of a part's share: "account for 73.2% of", "made up 49% of", "represents 12% of"
_SHARE_VERB_BEFORE_RE = re.compile(r"\s(?:(?:will|would|could|can|may|might|should|must|to)\s+)?(?:account(?:s|ed|ing)?\s+for|"
                                   r"ma(?:de|kes?|king)\s+up|represent(?:s|ed|ing)?|comprise[sd]?|comprising|"
                                   r"generat(?:ed|es?|ing)|contribut(?:ed|es?|ing)|deriv(?:ed|es?|ing)|"
                                   # (or a part's take of the whole: "Korean films took 54% of admissions")
                                   r"took|takes|taking|captur(?:ed|es?|ing))\s+"
                                   rf"(?:less\s+than\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)
# a verb of a share with its first share and whole, before a second share that leaves the verb out
_GAPPED_SHARE_VERB_RE = re.compile(r"\s(?:account(?:s|ed|ing)?\s+for|ma(?:de|kes?|king)\s+up|represent(?:s|ed|ing)?)\s+"
                                   r"[^;,]{1,60}?\d[^;,]{1,40}?\s+(?:but|and|while|against)\s+"
                                   r"(?:only\s+|just\s+|about\s+|nearly\s+|roughly\s+|almost\s+)?$", re.IGNORECASE)
# what a share of a whole comes from, after the whole: " of its revenue from advertising"
_SHARE_FROM_AFTER_RE = re.compile(r"\s+of\s+(?:its|their|the|his|her|our)\s+(?:[\w-]+\s+){0,3}?from\s+(?!the\s+(?:year|previous|same)\b)")
# an amount beside a length, both before one noun: "an 11-year, $77 billion media rights deal"
_AMOUNT_BESIDE_RE = re.compile(r",\s+(?:[$€£¥₹]|[A-Z]{1,3}\$)?\d[\d.,]*(?:\s+(?:million|billion|trillion))?(?:-[a-z]+)?"
                               r"(?:\s+\([^()]{1,20}\))?\s+")  # ("a five-year, 1.8 billion-mile (2.8bn km) journey")
# a multiple of speed or of cost: "(finishing it) ten times faster", "ten times cheaper"
# a valuation multiple after "N times": "9 times forward earnings", "12 times sales"
_EARNINGS_MULTIPLE_AFTER_RE = re.compile(r"\s+(?P<what>(?:(?:forward|trailing|expected|next\s+year's|this\s+year's)\s+)?"
                                         r"(?:earnings|profits?|sales|revenue|ebitda|EBITDA|book\s+value))\b", re.IGNORECASE)
_FOR_NAME_AFTER_RE = re.compile(r"\s+for\s+(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})")
_TIMES_FASTER_RE = re.compile(r"\s+(faster|quicker|cheaper)\b", re.IGNORECASE)
# ... and the act it is said of, right before it: "finishing it", "to render a scene"
_PARTICIPLE_BEFORE_FIGURE_RE = re.compile(r"\b(?P<act>[a-z]{3,}ing|to\s+[a-z]{3,})\s+(?:(?:it|them|the\s+\w+|a\s+\w+)\s+)?$",
                                          re.IGNORECASE)
# a share more or fewer of something: "watched 23% more highlight clips", "15% fewer tickets"
# an activity counted, right after "more" or "less": "60% less computing per second of footage"
_GERUND_PER_RE = re.compile(r"[a-z]{3,}ing(?:\s+per\s+[a-z]+(?:\s+of\s+[a-z]+)?)?(?=[\s,.;]|$)")
_MORE_OF_AFTER_RE = re.compile(r"\s+(?:more|fewer|less)\s+(?!than\b|of\b|or\b|and\b|likely\b)(?=[a-z])")
_TOOK_SHARE_VERBS = {"took", "takes", "had", "has", "held", "holds", "claimed", "captured", "won", "grabbed", "got"}
_OF_AFTER_RE = re.compile(r"\s+of\s+(?=\S)")
# (or the level it held: "inflation, which averaged 33% over the year")
_WHICH_MOVED_BEFORE_RE = re.compile(rf",\s+which\s+(?:rose|gained|fell|lost|climbed|dropped|added|slipped|jumped|advanced|"
                                    rf"declined|shed|slid|sank|soared|surged|tumbled|edged\s+(?:up|down|higher|lower)|"
                                    rf"averaged|averages|reached|peaked\s+at|stood\s+at|totall?ed|amounted\s+to)\s+"
                                    rf"(?:by\s+)?{AMOUNT_HEDGES}$")
_PLURAL_PARTICIPLE_END_RE = re.compile(r"\b[a-z]{3,}[^s\W]s\s+[a-z]{3,}ed$")  # "hours worked", "films released"
# ... and an object relative clause whose verb moved it: "Streaming residuals, which the 2023 contract increased by 76%"
_WHICH_OBJECT_MOVED_RE = re.compile(rf",\s+which\s+(?:the\s+|its\s+|their\s+)?(?:(?!to\s)[\w'’-]+\s+){{1,3}}(?:{CHANGE_VERBS})\s+"
                                    rf"(?:by\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)
_POSSESSIVE_OPENS_RE = re.compile(r"(?:its|their)\s+", re.IGNORECASE)
_WITH_BEFORE_RE = re.compile(r"\bwith\s+(?:[^.;:]|\.\d)*$")
# a market index by its name is a measure itself: "The S&P 500 gained 0.8%", "the Nasdaq Composite climbed"
_INDEX_NAME_RE = re.compile(rf"(?<![\w&])(?:{'|'.join(re.escape(w) for w in STOCK_INDEX_WORDS)})(?![\w&])", re.IGNORECASE)
_INDEX_LEAD_RE = re.compile(r"(?:the\s+)?(?:(?:benchmark|broader|wider|blue-chip|main|key)\s+)?")
_PART_WORDS = ("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths")
_PART_WORD_END_RE = re.compile(rf"\b(?:{'|'.join(_PART_WORDS)})$", re.IGNORECASE)
_THE_WHOLE_AFTER_RE = re.compile(r"\s+(?:the|its|their|his|her|our|my)\s+(?=[a-z])")
_MOVE_NOUN_AFTER_RE = re.compile(r"\s+(?:gain|rise|drop|fall|decline|loss|jump|slide|advance|increase|decrease|"
                                 r"surge|slump|plunge|climb|dip)\b")
_DESCRIBED_NAME_RE = re.compile(rf"\b(?:{'|'.join(sorted(BUSINESS_DESCRIPTIONS))})\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)$")
# a count of the noun before, through "whose number": ", whose number exceeded", ", whose ranks have grown to"
_WHOSE_NUMBER_BEFORE_RE = re.compile(r",\s+whose\s+(?:number|numbers|total|ranks|count)\s+(?:(?:has|have|had)\s+)?"
                                     r"(?:(?:now\s+)?[a-z]+\s+(?:to\s+|at\s+)?)?$")
# the adjective of a period, for a count at a rate: "installs per day" are daily installs
_RATE_ADJECTIVES = {period: word for word, period in ANNUAL_WORDS.items() if word != "annually"}
_REASON_WORDS = {"due", "because", "amid", "as", "when", "while", "after", "before"}
_SPAN_TO_EVENT_RE = re.compile(r"\s+(after|before|since)\s+(?=(?:its|their|the|his|her|a|an)\s)", re.IGNORECASE)
_OF_AFTER_FIGURE_RE = re.compile(r"\s+of\s+(?=\S)")
# a bare figure alone in brackets right after the item it is of: "transcription (81%)"
_BARE_IN_BRACKETS_RE = re.compile(r"(?<=[a-z])\s*\(\s*$")
_BRACKET_CLOSES_RE = re.compile(r"\s*\)")
# (not a share in words that the bracketed figure restates: "About half (51%) of decision makers")
_SHARE_WORD_END_RE = re.compile(rf"\b(?:{'|'.join(_PART_WORDS)}|majority|minority|most|many|few|all)$")
_BRACKETED_ITEM_RE = re.compile(r"[a-z]\s*\(\s*[^()\s]{1,12}\s*\)")
_TRAILING_BRACKET_RE = re.compile(r"\s*\([^()]*\)\.?$")
_WITH_PARTNERS_BEFORE_RE = re.compile(r"\s+with\s+[A-Z][^.;]*$")
# the subject of a clause past an adverbial and an aside: "By comparison, its predecessor, released in 2013, cost"
_SUBJECT_BEFORE_ASIDE_RE = re.compile(r"\s*(?:[^,]{1,30},\s+)?(?P<np>(?:[Ii]ts|[Tt]heir|[Tt]he|[Aa]n?|[Tt]his)\s+[^,]{1,60}),"
                                      r"[^,]{2,60},\s*")
_OWING_BEFORE_RE = re.compile(r"\bow(?:es|ed|ing|e)\s+(?:(?P<to>(?!about\b|around\b|nearly\b|more\b|some\b)[a-z][\w'’-]*"
                              r"(?:\s+[a-z][\w'’-]*){0,2}?)\s+)?(?:about\s+|around\s+|nearly\s+|more\s+than\s+|some\s+)?$")
_LOSING_BEFORE_RE = re.compile(rf"\b(?:lost|losing|lose|loses)\s+{AMOUNT_HEDGES}$")
_LOST_TO_RE = re.compile(r"\s+to\s+(?=[a-z])")
_LISTING_AT_RE = re.compile(rf"\b(?:listing|IPO|flotation|float)\s+(?:price\s+)?(?:at|of)\s+{AMOUNT_HEDGES}$",
                            re.IGNORECASE)
_PRICED_AT_RE = re.compile(r"\b(?:a|an|the|its|their)\s+(?P<np>(?:(?!\bof\b)[^,;.]){1,50}?)\s+"
                           r"(?:(?:is|are|was|were)\s+|(?:will|would|could|may)\s+be\s+|(?:has|have)\s+been\s+)?priced\s+"
                           rf"(?:at|from)\s+{AMOUNT_HEDGES}$")
_RATE_OF_RE = re.compile(r"\s+of\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b")  # "(per second) of generated video"
_EACH_ITEM_RE = re.compile(r"(?:each|every)\s+(?P<item>[a-z][\w-]*)\b")  # "(paid … for) each day"
# what is charged for something: "charges subscribers $95 a month for its Unlimited plan"
_CHARGES_BEFORE_RE = re.compile(rf"\b(?:charges?|charged|charging)\s+(?:[a-z]+\s+){{0,2}}?{AMOUNT_HEDGES}$")
_CHARGED_FOR_RE = re.compile(r"\s+for\s+(?:(?:its|their|the|a|an)\s+|(?P<each>each|every)\s+)?(?=[A-Za-z])")
# what an estimate puts at an amount: "putting AI-driven revenue at $25 billion", "pegs the market at"
_PUT_AT_RE = re.compile(r"\b(?:put|puts|putting|peg|pegs|pegged|pegging)\s+(?P<np>(?:(?!\b(?:at|near)\b)[^,;.]){2,80}?)\s+"
                        rf"(?:at|near|close\s+to)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)  # ("putting the bill near $22 million")
# what is licensed for an amount, and what made for one: "license about 10 million video clips to an AI
# developer for $40 million", "made the film for about $78 million"
_LICENSED_FOR_RE = re.compile(rf"\blicen[cs](?:e|es|ed|ing)\s+(?P<what>[^,;$€£¥]{{1,70}}?)\s+for\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# an aside that says what the noun phrase before it is worth: "the creative industries, worth £126 billion a year"
_APPOSITIVE_WORTH_RE = re.compile(rf",\s+(?:now\s+|currently\s+|together\s+)?worth\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# a sum for each of the things counted before: "in-between drawings, each paid at around 200 yen"
_EACH_PAID_BEFORE_RE = re.compile(rf",\s+each\s+(?P<verb>paid|priced|sold|selling|costing)\s+(?:at\s+|for\s+)?{AMOUNT_HEDGES}$",
                                  re.IGNORECASE)
# a sum something lacks: "could run short of about $300 million", "fell short by $40 million" (what "fell short
# of" is a mark not reached)
_RUNS_SHORT_RE = re.compile(rf"\b(?:(?:run|runs|ran|running)\s+short\s+of|(?:run|runs|ran|running|fall|falls|fell|falling|come|"
                            rf"comes|came|coming)\s+short\s+by)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# a sum of its own shares a company buys: "would buy back $7 billion of its shares", "repurchased $2 billion of stock"
_BOUGHT_BACK_RE = re.compile(rf"\b(?:(?:buy|buys|buying|bought)\s+back|repurchas(?:e|es|ed|ing))\s+{AMOUNT_HEDGES}$",
                             re.IGNORECASE)
# the same, said of the passive's subject: "The 100-episode show was produced for under ₹25 crore"
_MADE_FOR_PASSIVE_RE = re.compile(rf"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:made|produced|shot|filmed|built|"
                                  rf"developed|animated)(?:\s+(?:for|with|using|in)\s+[^,;$€£¥]{{1,40}}?)?\s+for\s+"
                                  rf"(?:just\s+|only\s+|under\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)
_HEDGE_WORDS = {"about", "around", "roughly", "nearly", "some", "almost", "over", "under", "more", "than", "up", "just",
                "only"}  # (words of an amount's hedge, no word of what it counts: "and set carpenters just 0.08")
_MADE_FOR_RE = re.compile(rf"\b(?:made|making|produced|producing|shot|shooting|filmed|filming|built|building|developed|"
                          rf"developing|animated|animating|finished|finishing|completed|completing|trained|training|makes)\s+"
                          # (an object, not the means of a passive: "can be produced with AI for under $40,000")
                          rf"(?!(?:with|using|by|in|on|at|from|for)\b)(?P<what>(?:(?:a|an|the|its|his|her|their)\s+)?"
                          rf"(?:[\w'’-]+\s+){{0,2}}?[a-z][\w'’-]*)"
                          # (past whom and with what: "made a four-minute music video for a major-label artist with
                          # generative AI tools for about $25,000")
                          rf"(?:\s+(?:for|with|using)\s+[^,;$€£¥]{{1,60}}?)?\s+for\s+(?:just\s+|only\s+|under\s+)?{AMOUNT_HEDGES}$",
                          re.IGNORECASE)
# what sold, and to whom, for an amount: "sold to Netflix for about", "sells for", "sold the film for"
_SOLD_FOR_RE = re.compile(r"\b(?:sold|sells|sell|selling|went|goes|going)\s+(?:to\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*\s+|"
                          rf"(?P<what>(?:the|its|their|a|an)\s+(?:[\w%'’-]+\s+){{1,8}}?)"
                          # (and whom to, described: "sell a 45% stake in its TV arm to a private equity firm for $1.2 billion")
                          rf"(?:to\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){{1,4}}?|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*\s+))?)?"
                          r"for\s+(?:a\s+reported\s+)?"
                          rf"{AMOUNT_HEDGES}$", re.IGNORECASE)
# what is bought for the amount: "agreed to acquire animation studio Vanta Pictures for $18.50 a share"
_DEFRAUDED_OF_RE = re.compile(rf"\b(?P<verb>defrauded|cheated|swindled|scammed|robbed|conned)\b[^.;$€£¥]{{0,60}}?\b(?:of|out\s+of)\s+"
                              rf"{AMOUNT_HEDGES}$", re.IGNORECASE)
_BUYING = r"(?P<verb>acquire[sd]?|acquiring|buy|buys|bought|buying|purchase[sd]?|purchasing)"
# (past an aside on what is bought: "to acquire Redline Studios, an independent visual effects company, for")
_BOUGHT_FOR_RE = re.compile(rf"\b{_BUYING}\s+(?P<what>[^,;.$€£¥]{{2,90}}?)(?:,\s+(?:an?|the)\s+[^,;.$€£¥]{{1,80}},)?"
                            rf"\s+for\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_STAKE_IN_RE = re.compile(r"\bstakes?\s+in\s+(?P<what>[^,;.$€£¥]{2,60}?)\s*(?:\b(?:at|that|which|valuing)\b|$)", re.IGNORECASE)
_BOUGHT_OBJECT_RE = re.compile(rf"\b{_BUYING}\s+(?P<what>[^,;.$€£¥]{{2,60}}?)\s+for\b", re.IGNORECASE)
# a premium or discount a share is of a price: "a 35% premium to Friday's closing price"
_PREMIUM_AFTER_RE = re.compile(r"\s+(?P<kind>premium|discount)\s+(?P<rel>to|over|on)\s+(?P<np>[^,;.()]{2,50}?)(?=\s*(?:[,;.()]|$))",
                               re.IGNORECASE)
_PER_SHARE_AFTER_RE = re.compile(r"\s+(?:a|per)\s+share\b")
_FINED_BEFORE_RE = re.compile(r"\bfin(?:ed|es|ing)\s+(?!of\b|from\b|for\b|ranging\b)(?P<whom>(?:[\w&.'’-]+\s+){0,5}?)"
                              r"(?:a\s+(?:record\s+)?|about\s+|nearly\s+|more\s+than\s+|up\s+to\s+)?$", re.IGNORECASE)
_TAKES_BEFORE_RE = re.compile(rf"\b(?:take|takes|took|taking)\s+{AMOUNT_HEDGES}$")
# a level a verb of movement went from or to: "had fallen from six weeks to ten days", "have shrunk to an average of 40 days"
_LEVEL_MOVED_BEFORE_RE = re.compile(rf"\b(?:{trie_pattern(MOVEMENT_VERBS - MOVEMENT_PARTICLES)})\s+(?:[\w%.,$€£¥]+\s+){{0,5}}?"
                                    rf"(?:from|to)\s+(?:an?\s+average\s+of\s+)?{AMOUNT_HEDGES}$")
_GROWS_AT_RE = re.compile(r"\b(?:grow|grows|grew|growing|expand|expands|expanded|expanding|rise|rises|rising|"
                          rf"increase|increases|increasing|climb|climbs|climbing)\s+(?:by\s+)?at\s+{AMOUNT_HEDGES}$")


def _periodic(words: str, annual: bool = False) -> tuple[re.Pattern, re.Pattern]:
    """A figure's period, right after it or at the end of its surface ("$180 a week"), as two patterns."""
    yearly = r"|annually|per\s+annum" if annual else ""
    period = rf"(?:(?:a|an|per|each|every)\s+(?:{words}){yearly})"
    return re.compile(rf"\s+{period}\b"), re.compile(rf"\b{period}$")


def _per(q, text: str, period: tuple[re.Pattern, re.Pattern]) -> bool:
    return bool(period[0].match(text, q.char_end) or period[1].search(q.surface))


_PER_YEAR = _periodic("year", annual=True)
_PER_WAGE_PERIOD = _periodic("hour|day|week|shift")  # (no year: a company earns by the year too)
# a count the clause's subject drew or has: "The previous season drew 68 million views", "…, with 265.2 million views"
_COUNTED_BY_SUBJECT_RE = re.compile(rf"(?:\s(?:drew|draws|drawn|attracted|attracts|racked\s+up|amassed|garnered|"
                                    rf"notched|clocked\s+up|pulled\s+in|posted|scored)|,\s+with)\s+{AMOUNT_HEDGES}(?:an?\s+)?$")
_COPULA_NAME_RE = re.compile(r"\b(?:is|was|are|were)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*(?=[\s,])(?!['’])")
_ING_AFTER_RE = re.compile(r"\s+[a-z]+ing\b")
# (or, after "with", a participle of what was done to them: "with more than 14,000 industry professionals registered")
_ED_AFTER_RE = re.compile(r"\s+(?!(?:need|seed|feed|breed|speed|shed)\b)[a-z]{2,}ed\b")
_NAMED_AFTER_RE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\"“'‘]|[A-Z])")
_PARTICIPLE_AFTER_COMMA_RE = re.compile(r",\s+\w")
# whom "pay" pays: "pay artists", "pay songwriters", "pay them"
_WHOM_PAID = rf"\s+(?:them|us|him|her|staff|{PEOPLE_GROUPS}|[a-z]+(?:ers|ors|ists|ians|ees|ants))\b"
_PAID_AFTER_RE = re.compile(_WHOM_PAID, re.IGNORECASE)
_MODAL_BEFORE_RE = re.compile(r"\b(?:will|would|could|can|may|might|must|to|did|does|do)\s+$", re.IGNORECASE)
# a sentence opening on the question its figures answer, or on the group they are of
_ASKED_LEAD_RE = re.compile(r"\s*(?:When\s+|If\s+)?[Aa]sked\b[^,;.]{0,200},")
_AMONG_LEAD_RE = re.compile(r"\s*Among\s+(?:the\s+)?(?P<group>[a-z][\w-]*(?:\s+[\w-]+){0,6}),")  # (ages too: "under 30")
_SHARE_DOING_RE = re.compile(r"\bshare\s+(?P<doing>(?:who\s+)?[a-z]+ing\b[^,;.]{0,50}?)\s+(?:rose|fell|was|is|stood|reached|"
                             r"jumped|climbed|increased|dropped|grew|hit)\b")
_BARE_SHARE_WORDS = {"share", "proportion", "percentage", "figure", "rate", "number"}
_VERB_SLOT_BEFORE_RE = re.compile(r"\bwho\s+$", re.IGNORECASE)
# (past a conclusion's adverb before it: "A five-second clip therefore costs 1.75 yuan")
_COSTS_VERB_BEFORE_RE = re.compile(rf"(?<=[\w,])\s+(?:(?:therefore|thus|hence|also|now|still|typically|usually|only)\s+)?"
                                   rf"(?:used\s+to\s+|(?:will|would|could|can|may|might)\s+"
                                   # (and one after the modal: "A comparable commercial would typically cost")
                                   rf"(?:(?:typically|usually|normally|generally|still|also|only|easily)\s+)?)?(?:costs?|costing)\s+"
                                   rf"(?:(?:now|currently|still|typically|usually|only|just)\s+)*"
                                   # (whom it costs, named between: "Each Sora video costs OpenAI an estimated $1.30")
                                   rf"(?:(?:[A-Z][\w.&'’-]*\s+){{1,3}}|(?:it|them|us|him|her|me|you|the\s+company|studios)\s+"
                                   rf"|[A-Z][\w.&-]*['’]s\s+[a-z]+\s+"  # ("cost California's economy about $6.5 billion")
                                   # (or described: "will cost a typical provider between 200,000 and …")
                                   # (or a plural: "used to cost producers around Rs 40 lakh")
                                   rf"|(?:(?:an?|the|each|every)\s+(?:[a-z][\w-]*\s+){{1,3}}?|[a-z]{{3,}}s\s+)(?=(?:about|around|"
                                   rf"roughly|nearly|almost|some|just|only|over|under|up\s+to|as\s+much\s+as|an\s+estimated|between|"
                                   rf"more\s+than|at\s+least)\s|$))?"
                                   rf"{AMOUNT_HEDGES}$")
_SPEAKER_AFTER_RE = re.compile(rf"\s+(?:{MARKET_SPEAKERS})\b", re.IGNORECASE)
_PRONOUN_SUBJECT_RE = re.compile(r"\b(?:they|it|these|those)(?:\s+(?:now|still|only|already))?\s*$", re.IGNORECASE)
# a tool as the subject of its making: "Sora 2 produces clips of", "Kling 2.5 can generate two-minute videos"
_WHICH_AFTER_RE = re.compile(r"(?:\s+[\d.]+)?,\s+which")
# (the product's noun between: "Its Gen-4 model can produce clips of up to 10 seconds")
_MAKES_AFTER_RE = re.compile(r"(?:\s+[\d.]+)?(?:\s+(?:model|tool|app|system|generator|engine|version))?"
                             r"\s+(?:can\s+(?:now\s+)?|will\s+)?(?:produce|generate|make|render|create|output)s?\b")
_TAKINGS_WORDS = {"revenue", "revenues", "sales", "turnover"}
_PREPOSITION_RE = re.compile(r"\b(?:to|of|for|in|from|on|by|at)\b")
# a name as the subject of a verb in the present or past, its object opening right after: "dominates the", "valued the"
_ACTS_ON_OBJECT_RE = re.compile(r"\s+(?:(?:will|would|could|may|might|has|have|had|is|was|also)\s+)?(?:\w+ly\s+)?"
                                r"[a-z]+(?:s|ed)?\s+(?:the|a|an|its|their|[A-Z][\w-]*['’]s)\s")
_MEASURE_OF_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(MEASURE_NOUNS, key=len, reverse=True))})\s+of\s+{AMOUNT_HEDGES}$",
                                   re.IGNORECASE)
_PARTICIPLE_FIRST_RE = re.compile(r"([a-z]+ed)\s+")
_SPENT_AFTER_RE = re.compile(r"\s+(?:(?:is|are|was|were|will\s+be|would\s+be|to\s+be|has\s+been|have\s+been|had\s+been)\s+)?"
                             r"(?:spent|(?P<invested>invested)|(?P<wagered>wagered|staked|bet))\s+(?:on|in)\s+")
_PERIOD_BEFORE_RE = re.compile(r"\b(?:in|during|for|over)\s+the\s+(?:first|last|past|final|latest|opening|second|"
                               r"third|fourth|previous|prior|preceding)\s+$", re.IGNORECASE)
_STAFF_NOUN_RE = re.compile(rf"\b(?:{'|'.join(sorted(COLLECTIVE_PEOPLE_NOUNS))})$")
_PLACE_TAIL_RE = re.compile(r"\s+(?:in|for|on|at|across)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s*){1,3}")
_ADVERBS_BEFORE_RE = re.compile(r"(?:\s+(?:now|currently|still|typically|usually|already|reportedly|often|once|together|combined|collectively|jointly))+\s*$")
_AMOUNT_OF_RE = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:total\s+)?(?=(?:[\w-]+\s+){0,3}"
                           r"(?:investment|spending|revenue|sales|funding|budget|box\s+office)\b)")
_WORK_VERB_END_RE = re.compile(r"\s+(?:work|works|worked)$", re.IGNORECASE)  # (the verb read into the subject's phrase)
_WORKS_BEFORE_RE = re.compile(rf"\b(?:work|works|worked)\s+(?:an\s+average\s+of\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)
_WHICH_BEFORE_RE = re.compile(r",\s*(?:which|that|who)\s+(?:(?:together|jointly|now|still|currently|already)\s+)?$")
_GERUND_ACT = r"[a-z]+ing\s+(?:(?:a|an|the|its|their)\s+)?[\w-]+(?:\s+(?!into\b|for\b|with\b|in\b|on\b|to\b|from\b)[\w-]+){0,3}"
_GERUND_SUBJECT_RE = re.compile(rf"\s*(?P<act>[A-Z]{_GERUND_ACT})\b")
# ... or of a clause reported with "that": "He added that dubbing into 10 Indian languages now costs"
_REPORTED_GERUND_SUBJECT_RE = re.compile(rf"\bthat\s+(?P<act>{_GERUND_ACT})\b")
_RELATIVE_END_RE = re.compile(r",?\s*\b(?:which|that)\s*$")
_ANTECEDENT_WITH_PP_RE = re.compile(r"\b(?:a|an|the)\s+(?P<np>[a-z][\w-]*(?:\s+[\w-]+){0,2}\s+(?:in|at|over|with)\s+"
                                    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s*$")
# a subject whose noun has a phrase of its agent or party after it: "The 11-month strike by video game
# performers cost", "A dispute with the tax office cost": the strike's, the dispute's cost
_HEAD_BEFORE_AGENT_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his)\s+(?P<np>(?:[\w-]+\s+){0,2}?[a-z][\w-]*)\s+"
                                   # (or its phrase of where or when: "A 30-second slot in a prime Saturday screening costs")
                                   r"(?:by|with|between|among|against|over|in|on|at|during|for)\s+[^,;]{1,50}$")
_SHARE_OPENS_RE = re.compile(rf"{AMOUNT_HEDGES}\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+of\b", re.IGNORECASE)
_PERSON_EARNED_RE = re.compile(PERSON_EARNED)
# (with their ages: "animators aged 20 to 24 earned an average of ¥1.5 million")
_EARNERS_RE = re.compile(rf"\b(?:{WORKING_PEOPLE}|{WORKING_PERSON})(?:\s+aged\s+\d{{1,2}}(?:\s*(?:to|-|–)\s*\d{{1,2}})?)?$",
                         re.IGNORECASE)
EARNED_BEFORE_RE = re.compile(rf"\b(?:earned|earn|earns|earning|made|make|makes|received|receive|receives|took\s+home|were\s+paid)\s+"
                               rf"(?:an?\s+(?:median|average|mean)\s+of\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)  # ("earn a median of")
# ... or by a relative clause on the people who earn it: "animators, who often earn less than 2 million yen"
_EARNERS_WHO_RE = re.compile(rf"\b(?P<who>{WORKING_PEOPLE}),\s+who\s+(?:[a-z]+\s+)?(?:earn|earns|earned|make|makes|made|"
                             rf"take\s+home|are\s+paid|were\s+paid)\s+(?:an?\s+(?:median|average|mean)\s+of\s+)?"
                             rf"{AMOUNT_HEDGES}$", re.IGNORECASE)
_RANKED_BY_END_RE = re.compile(r"\s+by\s+(?:revenue|revenues|sales|market\s+value|value|size|assets|subscribers|users)\s*$",
                               re.IGNORECASE)
_CONJUNCTION_AFTER_COMMA_RE = re.compile(r",\s+(?:so|and|but|while|whereas|yet)\s")
_VERB_IN_RE = re.compile(r"\b(?:was|were|is|are|has|have|had)\b")  # (a finite verb between: the gerund is no subject)
OF_WHICH_AFTER_RE = re.compile(r"\s+of\s+(?:which|whom)\b", re.IGNORECASE)  # "15% of which disclosed …"
# a share of the thing just named, by a pronoun alone: "The $4.5 million budget was raised in three parts:
# pre-sales covered 60% of it"
# what stands for the amount just named: "60% of that", "a third of it", "half of that time"
JUST_NAMED = r"that|it|this|(?:the|that|this)\s+(?:total|whole|sum|amount|money|time|figure)"
# ... or named again by its measure noun: "Productions spent C$3.15 billion …. Foreign productions
# accounted for 61 per cent of that spending"
OF_THAT_MEASURE_AFTER_RE = re.compile(rf"\s+of\s+(?:that|this|those|these)\s+(?P<noun>{trie_pattern(MEASURE_NOUNS, ' ')})\b",
                                      re.IGNORECASE)
# ... or by the whole it was, as the next paragraph names it: "Local titles took 61% of the total"
OF_TOTAL_AFTER_RE = re.compile(r"\s+of\s+(?:the|that|this)\s+(?:total|whole)\b", re.IGNORECASE)
OF_IT_AFTER_RE = re.compile(rf"\s+of\s+(?:{JUST_NAMED})(?=\s*(?:[.,;:!?]|$)|\s+(?:on|in|for|to|into|from|with|goes|went|"
                            r"is|was|comes|came|will|would|could|may|might|must|should|has|had|have)\s)", re.IGNORECASE)
_PART_OPENS_RE = re.compile(r"[:;]\s+|(?:,?\s+|\b)(?:and|while|but|whereas|with|if|when|although|though|because)\s+",
                            re.IGNORECASE)
# where the share of it is: "half of it from public funds", "half of that time goes to short-form video"
_OF_IT_TAIL_RE = re.compile(r"\s+(?P<verb>(?:goes|went|is\s+spent|was\s+spent|comes|came)\s+)?(?:from|on|in|for|to)\s+"
                            r"[^,;.:()]{1,40}?(?=\s*(?:[,;.:]|$))")  # where the part's clause opens
OF_WHOM_BEFORE_RE = re.compile(r"\bof\s+whom\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE)
# "a 20 per cent …", "a sharp 3 percent …", "A 10% saving", "helped by the 30% location offset"
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[a-z]+\s+)?$")
# a possessive stands where the article would: "The government's 40% tax relief", "its 5% price rise"
_AUXILIARY_AT_RE = re.compile(rf"\s+(?:{'|'.join(sorted(AUXILIARIES))})\b")
# a share the clause's subject holds: "YouTube remained the most-watched platform with a 13.4% share of viewing"
_HOLDS_SHARE_BEFORE_RE = re.compile(r"\b(?:has|had|have|holds?|held|with|commands?|commanded|claims?|claimed)\s+an?\s+"
                                    r"(?:\w+\s+)?$")
_OWNER_BEFORE_FIGURE_RE = re.compile(r"(?:\b[Ii]ts|\b[Tt]heir|[\w.&-]['’]s)\s+$")
# (past a comparative before its noun: "a 12% higher click-through rate"; not "12% higher than")
_MODIFIED_AFTER_RE = re.compile(r"\s+(?:(?:higher|lower|bigger|smaller|larger|cheaper|faster)\s+)?(?=[a-z])"
                                r"(?!(?:of|in|for|on|to|from|by|at|over|within|and|or|a|an|the|this|that|than|higher|lower|"
                                r"more|less|up|down|increase|rise|decline|drop|fall|"
                                # (nor a preposition or a conjunction opening a phrase of its own: "falls 22% despite
                                # record animated hit")
                                r"despite|after|amid|as|since|while|with|before|following|against|versus|vs)\b)")
_HEAD_OF_RE = re.compile(r"(?P<m>[\w'’-]+)\s+of\s+(?P<rest>.+)$")  # "cost of Canadian animation"
_POSSESSED_HEAD_RE = re.compile(r"['’]s?\s+(\S+)$")
_AND_DETERMINER_RE = re.compile(r"\s+and\s+(?:the|a|an|its|their|this|that)\s+")
# (a premium or a discount is no change of nothing named: "pay a 15% premium" measures the premium)
_CHANGE_NOUN_RE = re.compile(r"(?:increase|rise|growth|gain|jump|decline|drop|fall|cut|decrease|rebound|surge|"
                             r"improvement|reduction|hike|boost|slump|plunge)s?", re.IGNORECASE)
_TOTALLING_RE = re.compile(rf"\b(?:totall?ing|amounting\s+to|worth)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# ("Investors poured $4.6 billion into generative video startups": invested in them)
_SPENT_BEFORE_RE = re.compile(r"\b(spend|spends|spent|spending|invest|invests|invested|investing|"
                              rf"pour|pours|poured|pouring|pump|pumps|pumped|pumping|plough\w*|plow\w*|inject|injects|injected|injecting)\s+"
                              rf"(?:an?\s+(?:additional|extra|further)\s+)?[\"“]?{AMOUNT_HEDGES}$",
                              re.IGNORECASE)
# money set aside for a purpose: "will devote €10 million over two years to training", "earmarked $5 million for"
# a limit set on something, the figure its level: "caps unpaid overtime at 10 hours a week"
_CAPPED_BEFORE_RE = re.compile(rf"\b(?:cap(?:s|ped|ping)?\s+(?P<what>(?:[a-z][\w'’-]*\s+){{1,4}}?)at|"
                               rf"limit(?:s|ed|ing)?\s+(?P<what2>(?:[a-z][\w'’-]*\s+){{1,4}}?)to)\s+{AMOUNT_HEDGES}$")
_DEVOTED_BEFORE_RE = re.compile(rf"\b(?:devot(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|dedicat(?:e|es|ed|ing)|"
                                rf"set(?:s|ting)?\s+aside|provid(?:e|es|ed|ing))\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_DEVOTED_TO_RE = re.compile(r"(?:\s+(?:over|in|during)\s+(?:the\s+next\s+)?(?:[\w-]+\s+)?(?:years?|months?)"
                            r"|\s+(?:a|per|each|this|next)\s+year)?\s+(?:to|for|on)\s+(?=[a-z])")  # ("… this year to support")
# when something is counted, at a phrase's end: "employees this year"
_DEICTIC_TIME_END_RE = re.compile(r"\s+(?:this|next|last)\s+(?:year|month|week|quarter|decade|season)$")
_TRAILING_TIME_RE = re.compile(r"\s+(?:(?:earlier|later)\s+)?(?:this|next|last|every|each|per|a)\s+(?:year|month|week|quarter|decade|season)\b.*$")
_SPENT_ON_RE = re.compile(r"[\"”’]?(?:\s+\([^()]{1,40}\))?\s+(?:(?:a|per)\s+(?:year|month|week|day)\s+)?"
                          # (past the span it is spent over: "spend about $60 billion over the next decade on")
                          r"(?:(?:over|during|in)\s+(?:the\s+(?:next|past|last|coming|previous)\s+)?(?:[\w-]+\s+)?"
                          r"(?:years?|decades?|months?)\s+)?(?P<prep>on|in|into)\s+(?=[a-zA-Z])(?!(?:19|20)\d\d|[A-Z][a-z]+\b(?!\s+[a-z]))")
# money spent doing something, past a time: "spent £3.2 million last year testing dynamic pricing"
_SPENT_DOING_MONEY_RE = re.compile(r"(?:\s+(?:last|this)\s+(?:year|month|week|quarter)"
                                   # (past the span it is spent over: "spend $150 million over two years converting")
                                   r"|\s+over\s+(?:the\s+(?:next|coming|past|last)\s+)?(?:[\w-]+\s+)?(?:years?|months?|weeks?|quarters?|decades?))?"
                                   r"\s+(?P<act>[a-z]{3,}ing\s+[^,;.()]{2,60})")
_SPENT_DOING_RE = re.compile(r"\s+(?:(?:a|per)\s+(?:day|week|month)\s+)?(?:(?P<verb>watching|playing|using|reading|"
                             r"listening\s+to|streaming|scrolling)\s+|on\s+)(?=\w)")
_PAYS_BEFORE_RE = re.compile(rf"\b(?:pays?|paid|paying)\s+(?:out\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)
# the verb of being paid, before "paid": "Creators in its partner programme (were) paid"
_PAID_PASSIVE_BEFORE_RE = re.compile(r"\s(?:were|was|are|is|been|being|get|gets|got)\s+$")
# "to" or a modal before a verb of paying, past which its payer stands: "wants producers to pay"
_TO_BEFORE_RE = re.compile(r"\s+(?:used\s+to|to|will|would|must|should|could|may|might|can)\s+$")
# (not "paid" as an adjective after a determiner, "the average paid admission was $145.40"; nor a verb taken
# for a plural, "admission was")
_PAID_WHOM_RE = re.compile(rf"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\baverage\s)(?<!\btotal\s)(?<!\bits\s)(?<!\btheir\s)"
                           rf"\b(?:paid|pays|paying|pay(?={_WHOM_PAID}))\s+(?:out\s+)?(?P<who>(?!(?:out|about|more|less|over|up|a|an|the|"
                           rf"between|around|roughly|nearly|almost|some|just|only|from|at|to|for|in|as|"
                           # (nor what "paid" describes, a product: "Runway's cheapest paid plan costs $12 a month")
                           rf"{'|'.join(sorted(PRODUCT_NOUNS))}|"
                           # (nor a pronoun, which names nobody paid: "the same episode paid me $4,800")
                           rf"me|us|him|her|them|you)\b)[a-z]+"
                           rf"(?:\s+(?!(?:and|was|is|has|does)\b)[a-z]+s)?"
                           # (or a list of them: "paid creators, artists and media companies more than $70 billion")
                           rf"(?:,\s+[a-z]+(?:\s+[a-z]+s)?){{0,4}}(?:,?\s+and\s+[a-z]+(?:\s+[a-z]+s)?)?)\s+{AMOUNT_HEDGES}$")  # ("paid podcast creators")
# a thing with its price set between commas after it: "The Plus plan, at $9.99 a month, raises …"
_PRICED_ASIDE_BEFORE_RE = re.compile(rf"\b(?:the|a|an|its|their)\s+(?P<np>(?:[\w'’+-]+\s+){{0,3}}?[\w'’+-]+),\s+at\s+"
                                     rf"{AMOUNT_HEDGES}$", re.IGNORECASE)
# ... or whom, with its article: "agreed to pay a major record label $50 million upfront" (not what is paid:
# "paid a total of", "pay the hefty sum of")
# (nor what qualifies the sum: "paid a combined $2.7 billion a year", "paid a record $5 million")
_NOT_A_PAYEE = (r"(?:of|for|fee|fees|price|prices|bill|bills|sum|sums|amount|amounts|total|totals|cost|costs|"
                r"record(?!\s+(?:labels?|compan(?:y|ies)))|reported|"
                rf"estimated|further|additional|net|{'|'.join(sorted(SUM_ADJECTIVES))})\b")
_PAID_DEFINITE_WHOM_RE = re.compile(rf"\b(?:paid|pays|paying|pay)\s+(?:the|a|an)\s+(?P<who>(?:(?!{_NOT_A_PAYEE})[a-z][\w-]*\s+){{0,3}}?"
                                    rf"(?!{_NOT_A_PAYEE})[a-z][\w-]*)\s+{AMOUNT_HEDGES}$")
# damages asked for in a suit, by the participle after it: "sued Suno …, seeking up to (150,000 per infringed work)"
# (its noun said, "seeks damages of", is read as the noun it is)
_DAMAGES_SOUGHT_BEFORE_RE = re.compile(rf"\bsu(?:ed|es|ing)\b[^.;]{{0,80}}?,\s+(?:seeking|demanding|claiming)\s+"
                                       rf"{AMOUNT_HEDGES}$", re.IGNORECASE)
# (a time is a rate's period, read elsewhere: "per hour")
_PER_ITEM_AFTER_RE = re.compile(r"\s+per\s+(?!(?:second|minute|hour|day|week|month|year|quarter|annum|cent)\b)"
                                r"(?P<item>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|for|and|but)\b)")
# an aside between a subject and its verb: "The studio, founded in 2022 by former Ubisoft staff, (employs)"
_ASIDE_BEFORE_VERB_RE = re.compile(r",\s+(?:which|who|founded|based|headquartered|owned|backed|created|formed|launched)\b"
                                   r"[^,;]*,\s*$")
_WENT_TO_RE = re.compile(r"\s+(?:went|goes|will\s+go|is\s+going|are\s+going)\s+(?:to|towards?|into|on)\s+(?=[a-z])")
_IN_WHAT_RE = re.compile(r"\s+(?:each\s+)?in\s+(royalties|revenues?|sales|profits?|damages|fines|fees|compensation|"
                         r"savings|settlements?|"
                         # what an audience pays in: "¥32 million in paid \"Super Chat\" messages", "$40,000 in tips"
                         r"(?:paid\s+)?((?:[\"“]?[\w-]+(?:\s+[\w-]+)?[\"”]?\s+)?(?:tips|donations|gifts|messages|"
                         r"subscriptions|pledges|commitments|orders)))\b")
_QUOTE_MARKS_RE = re.compile(r"[\"“”]")
# (not "to settle"; a noun before the plural: "to podcast publishers and creators")
_PAID_TO_RE = re.compile(r"\s+(?:each\s+)?to\s+(?=(?:the|a|an|its|their|his|her)\s|[A-Z]|(?:[a-z]+\s+)?[a-z]+s\b|them\b)")
_PAID_FOR_RE = re.compile(r"\s+for\s+(?:the\s+)?(?:(?:worldwide|global|u\.s\.|north\s+american|streaming|distribution)\s+)?"
                          r"(?:rights\s+to\s+)?(?=\w)")
_NAME_MOVED_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?" + MOVED_BY.removeprefix(r"\b"), re.IGNORECASE)  # "Pluristem rose 8.15%"
_OF_THE_COUNTED_RE = re.compile(r"\s*Of\s+(?:the\s+)?(?:about\s+|some\s+|nearly\s+)?[\d,.]+\s+(?:million\s+|billion\s+)?"
                                r"(?P<noun>[a-z][\w\s'’-]{1,40}?),\s+")
_CONTRAST_LEAD_RE = re.compile(rf"(?:{CONTRAST_OPENERS_ALT}|but|and)\s+(?:only\s+|just\s+|about\s+|nearly\s+|"
                               r"some\s+|another\s+|a\s+further\s+)?", re.IGNORECASE)
_COPULA_RE = re.compile(r"^(?:were|was|are|is|had\s+been|have\s+been)\s+")
_SESSION_RE = re.compile(r"(?:after-hours|premarket|pre-market|extended|early|late|afternoon|morning|midday|"
                         r"overnight|heavy|light)\b", re.IGNORECASE)  # "jumped 14% in after-hours trading"
# people by the dozen, not named by their work: "7 million people", "2,000 users", "300 fans"
_PEOPLE_NOUN_RE = re.compile(r"(?:[\w-]+\s+)?(?:people|persons|individuals|users|fans|viewers|players|gamers|customers|"
                             r"consumers|visitors|adults|children|teenagers|Americans|Britons)", re.IGNORECASE)
# what they did, right after them: "have used", "had tried", "watched", "signed up"
_DID_AFTER_RE = re.compile(r"\s+(?:(?:have|has|had)\s+(?:already\s+|now\s+)?(?:[a-z]+ed|tried|seen|watched|used|made|"
                           r"signed|downloaded|paid|bought|joined)\b|(?:watched|tried|used|downloaded|signed\s+up|"
                           r"paid|bought|joined|visited|streamed|attended|"
                           # (what they do habitually: "more than 1 billion people watch podcasts")
                           r"(?:now\s+)?(?:watch|use|play|stream|visit|listen\s+to|subscribe\s+to|pay\s+for))\b)")
_EARNING_AFTER_COMMA_RE = re.compile(rf",\s+(?:earning|generating|grossing|collecting|bringing\s+in|taking\s+in|"
                                     rf"raking\s+in|pulling\s+in)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# the time work takes, right before its span: "completed … in eight months", "takes about 60 seconds"
_TIME_TAKEN_BEFORE_RE = re.compile(r"(?:\b(?:takes?|took|taking|taken|needs?|needed|requires?|required)\b[^,;.]{0,40}|\bin\s+)$",
                                   re.IGNORECASE)
_CHANGE_APPOSITIVE_RE = re.compile(r"[\d%](?:\s+(?:yuan|won|yen|dollars|euros|pounds|rupees|million|billion|trillion))*,"
                                   r"\s+(?:an?\s+(?:[\w-]+\s+){0,3}(?:increase|rise|growth|gain|decrease|decline|drop|fall)"
                                   r"\s+of|up|down)\s+(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
# ... or a change set after the figure's clause, its phrases of place and time between: "Advertisers spent $7.2
# billion on connected-TV ads in the quarter, up 14%": the change of what the figure before measures
# (past the amount's own words: "produced 1,860 short dramas in the first nine months of this year, up 64 percent")
_CHANGE_AFTER_PHRASES_RE = re.compile(r"[\d%](?:\s+(?!(?:in|on|for|at|during|over|across|through|from|to|of)\b)[A-Za-z][\w'’-]*){0,3}"
                                      # (a year or a season among the words: "for the 2025-26 season")
                                      r"(?:\s+(?:in|on|for|at|during|over|across|through|from|to|of)\s+"
                                      # (a day of a month too: "in the fiscal year ended March 31")
                                      r"(?:[^,;.\d]|(?<!\d)(?:19|20)\d\d(?:[-–/]\d\d)?\b|(?<=[a-z]{2} )\d{1,2}(?=,)){1,60}?)+"
                                      r",\s+(?:up|down)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$")
# (and a people by its size: "for a population of more than 220 million", "a membership of 160,000")
_TEAM_OF_RE = re.compile(r"\b((?:[A-Z][\w&.-]*['’]s\s+)?(?:team|crew|staff|workforce|population|membership))\s+of\s+"
                         r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|approximately\s+|more\s+than\s+)?$", re.IGNORECASE)
_SIZED_BY_PEOPLE_RE = re.compile(r"\d-(?:person|people|strong|member)\s+(?P<org>[a-z][\w\s-]{2,40})$")
# an amount lost: "One Hong Kong firm lost HK$200 million"
_LOST_BEFORE_RE = re.compile(rf"\b(?:lose|loses|lost|losing)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# what may follow an amount lost that names nothing else it is of (not "lost $4 billion in market value")
_LOST_ALONE_RE = re.compile(r"\s*(?:[,;.]|$|in\s(?!(?:[\w-]+\s+){0,2}?(?:value|revenue|revenues|sales|ticket|box|market|profits?)\b)"
                            r"|(?:last|this|during|a|per|on|after|as|when|over|to|since|until|through|every|each)\s)")
_SPENT_ALONE_RE = re.compile(r"\s*(?:[,;.]|$|(?:in|last|this|during|a|per|over)\s)")
_DEICTIC_SURFACE_RE = re.compile(r"(?:next|last|this|coming|past)\b", re.IGNORECASE)  # "next year", "the past decade"
_TO_LEVEL_AFTER_RE = re.compile(r"\s+(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?\d")
# a move, and the level it reached right before the figure: "had fallen by 8% since 2022, to about"
_REACHED_LEVEL_BEFORE_RE = re.compile(rf"\b(?:had\s+|has\s+|have\s+)?(?:{trie_pattern(MOVEMENT_VERBS - MOVEMENT_PARTICLES)})\b"
                                      r"[^.;:]{0,60}?\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|"
                                      r"just\s+(?:over|under)\s+)?$", re.IGNORECASE)
_MOVED_FROM_RE = re.compile(r"\b(?P<word>[A-Za-z]+)\s+(?:down\s+|up\s+)?from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$")
_EMPLOYS_BEFORE_RE = re.compile(rf"\b(?:employs|employ|employed|employing)\s+{AMOUNT_HEDGES}(?:an\s+estimated\s+)?$", re.IGNORECASE)
_IT_SUBJECT_END_RE = re.compile(r"\b[Ii]t\s+(?:now\s+|still\s+|also\s+)?$")
_AND_END_RE = re.compile(r"\band\s+(?:now\s+|still\s+|also\s+)?$")
_WORK_VERB_RE = re.compile(r"\bwork\b")  # "voice actors work in …" -> "voice actors working in …"
# a share said again between commas, right after it: "Nearly two-thirds, 64%, said"
# (or in brackets, and the bracketed share's own closing bracket: "Two-thirds (66%) want platforms to …")
_SHARE_RESTATED_RE = re.compile(r"(?:,|\s*\()\s*(?:about|nearly|around|almost|roughly|some|just\s+over|just\s+under)?\s*"
                                r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s*[,)]|\)(?=\s+[a-z])", re.IGNORECASE)
# a capitalised word shaped as a common noun ("Compliance", "Access", "Subscriptions"), not as a name ("Sora")
_COMMON_NOUN_FORM_RE = re.compile(r"[A-Z][a-z]+(?:ance|ence|tion|sion|ment|ness|ity|ship|ess|ions|ments|ies)\b")
_OBJECT_RELATIVE_RE = re.compile(r"who\s+(?:it|they|we|he|she)\s")
_TRAILING_AUXILIARY_RE = re.compile(r"\s+(?:were|was|are|is|have|has|had)$")


def _after_last_verb(text: str, lo: int, hi: int) -> int:
    """Where the words after the last verb of text[lo:hi] start (lo when it has none)."""
    at = lo
    named = None  # (nor a word of a measure's name: "Gross value added from the creative industries reached")
    for m in re.finditer(r"[A-Za-z][\w'’-]*", text[lo:hi]):
        if m.group().islower() and verbish(m.group()) and m.group() not in NOT_VERBS \
                and not MEASURE_NOUN_RE.fullmatch(m.group()):  # ("spending" is a noun)
            if named is None:  # (looked up once, and only when a verb-like word is met)
                named = [(a - lo, b - lo) for a, b in (n.span() for n in MEASURE_NOUN_RE.finditer(text, lo, hi))
                         if " " in text[a:b]]
            if not any(a <= m.start() < b for a, b in named):
                at = lo + m.end()
    return at


_NUMBER_OF_RE = re.compile(r"\s*(?:the\s+)?(?:total\s+)?number\s+of\s+", re.IGNORECASE)


# those asked, and by whom or about what, up to what they did: "surveyed said", "polled by the firm
# said", "asked about AI expect"
_ASKED_PARTICIPLE_RE = re.compile(r"(?:who\s+)?((?:surveyed|polled|asked|interviewed|questioned)\b[^,;.]{0,40}?)\s+"
                                  r"(?=(?:said|say|says|reported|expect|expected|believe|believed|think|thought|"
                                  r"were|are|was|is|had|have|has|would|will|could|plan|planned|use|used)\b)")


_RAISES_OF_RE = re.compile(rf"\b(?:(?P<what>pay|wage|salary|rate)\s+)?(?P<noun>raises|rises|hikes)\s+of\s+{AMOUNT_HEDGES}$",
                           re.IGNORECASE)
_HYPHENED_BEFORE_RE = re.compile(r"\w-$")
_WORD_AFTER_RE = re.compile(r" ([\w-]+)")
# (past an aside between commas: "A government official, speaking on condition of anonymity, said")
_SPEECH_AFTER_RE = re.compile(r"(?:,[^,;.]{1,60},)?\s+(?:said|says|told|added|announced|expects|expected|plans|planned)\b")
# a noun phrase alone after "and" or a list's comma, before the figure whose verb it shares: "and the actors'
# strike 118 days", ", high-end television £880 million"
# (or after a semicolon, the verb's place marked by a comma: "The writers' strike lasted 148 days; the actors' strike, 118 days")
_GAPPED_NP_RE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+|;\s+)(?:the\s+|its\s+|their\s+)?(?P<np>(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
                           r"(?:,\s+|\s+)")
_ACRONYM_COMPOUND_RE = re.compile(r"[A-Z]{2,}-[a-z]")
_GLOSS_RE = re.compile(r",\s+or\s+[^,;\d]{1,60},(?!\d)")
# examples or a part set after a noun between commas: ", including full games and in-game purchases,"
_EXAMPLES_ASIDE_RE = re.compile(r",\s+(?:including|excluding|notably|mostly|mainly|chiefly|such\s+as|led\s+by)\b[^,;]{1,80},")
# a phrase set between two dashes inside its sentence: "So-called serial churners — people who have cancelled
# at least three services — now number 23 million" (a dash between words, not a range's "10–20")
DASH_ASIDE_RE = re.compile(r"(?<=[^\W\d_])\s*—\s*(?=[^\W\d_])[^—;\n]{3,160}?(?<=[^\W\d_])\s*—\s*(?=[^\W\d_])"
                           r"|\s–\s[^–;\n]{3,160}?\s–\s")
TRAILING_ASIDE_RE = re.compile(r",[\"”’']?\s+(?:which|who|whose)\b[^;,]*$")  # one that closes its sentence
# a clause joined after another, with its own subject and verb of movement: "and the gain shrinks to"
_JOINED_SUBJECT_MOVED_RE = re.compile(rf"\b(?:and|while|but|whereas)\s+(?P<np>(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?[a-z]+)\s+"
                                      rf"(?:{trie_pattern(MOVEMENT_VERBS - MOVEMENT_PARTICLES)}|{CHANGE_VERBS})\s+"
                                      rf"(?:to\s+|by\s+)?{AMOUNT_HEDGES}$")
_JOINED_CLAUSE_RE = re.compile(r"\d[^,;]*?(?:,|\band\b)\s+(?:there\s+(?:were|are|was|is)|[a-z]+\s+(?:had|has|have))\b")
# a verb of change, its object and "by" before a share: "shorten drama production periods by up to"
# (or "from" before its old value: "shortened the production cycle of a typical drama from 15 days
# to about 7 days", but not "raised its forecast to 370 billion yen from 360 billion yen")
# (a verb, not the noun after an article: "expect the increase to lift the service's revenue per user by 15%")
# (a comma only inside a number: "cut costs, employment … falls by 18%" is two clauses)
_CHANGED_BY_RE = re.compile(rf"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)\b(?:{CHANGE_VERBS})\s+(?P<np>(?:(?:[\w'’$.-]|(?<=\d),(?=\d))+\s+){{1,9}}?)(?:by|(?P<from>from)|"
                            # ... and the level it changes to after its change: "raise starting pay by 20% to ¥300,000"
                            rf"by\s+(?:[^\s,;]+\s+){{1,3}}?to)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# ... or to its new value, a plain noun phrase its object: "raise content exports to $25 billion"
# (a verb that takes an object: "grew more than sixfold to" has none)
_CHANGED_TO_RE = re.compile(r"\b(?:rais|lift|boost|cut|reduc|lower|doubl|tripl|expand|bring|brought|push|slash|trimm?)[a-z]*\s+"
                            r"(?P<np>(?:(?!(?:by|from|to|on|for|of|in|at|with|is|are|was|were|only|just|about|around|nearly|"
                            r"more|less|than|next|last|this|year|years|month|months|quarter|week|weeks|again|sharply|"
                            r"since|then|already|now|"  # ("has more than tripled since then to about $60 million")
                            # (nor a change in words before the new value: "expanded three percentage points to 31%")
                            rf"{'|'.join(SMALL_NUMBERS)})\b)"
                            # (not a forecast raised: "raised its full-year revenue forecast to …" measures the revenue)
                            r"[A-Za-z'’-]+\s+){1,4}?)(?<!forecast\s)(?<!forecasts\s)(?<!guidance\s)(?<!outlook\s)"
                            rf"(?<!estimate\s)(?<!estimates\s)(?<!projection\s)to\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_NEW_VALUE_RE = re.compile(r"\bto\s+(?:\S+\s+){0,2}?\S*\d")  # "… to 370 billion yen from": the new value before the old
# a list's number defined after its colon: "118,500: the number of entertainment jobs …"
# (not a headline's credit: "Webtoon AI tools cut artists' hours by 30%: survey")
_DEFINED_AFTER_RE = re.compile(rf":\s+(?:(?:the|a|an)\s+)?(?=[a-z])(?!(?:{'|'.join(sorted(SOURCE_NOUNS))})\s*$)"
                               # (or on the line after a figure's own: "48 hours¶How long it took …", etl.segment)
                               r"|[ \t]*\n[ \t]*(?=(?:How|What)\s)", re.MULTILINE)
# (or a dash: "204,000 — the number of US entertainment jobs …")
_DEFINED_AT_LINE_START_RE = re.compile(r"(?::|[ \t]+[—–-]|(?=[ \t]*\n))\s+"
                                       rf"(?:(?:{'|'.join(DEFINITION_HEDGES)})\s+)?"
                                       r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?=[A-Za-z])"
                                       r"(?!(?:How|Why|What|When|Where|Who|It|We|I|They|He|She)\b)")
# a line a number heads, defined up to its clause's end ("…, according to PitchBook", "… by October")
_DEFINITION_RE = re.compile(r"[^,;\n]+?(?=\s+(?:according\s+to|by\s+(?:January|February|March|April|May|June|July|"
                            r"August|September|October|November|December)|in\s+the\s+first)\b|[,;\n]|(?<!\b[A-Z])\.(?:\s|$)|$)")
# ("$1.5 billion: The amount …" heading its line, after a bullet too: "• 62%: share of US teens …")
_LINE_START_RE = re.compile(rf"(?:^|\n)[ \t]*(?:[{BULLET_CHARS}][ \t]*)?$")
# (or a number, before a dash: "1. 204,000 — …"; a numbered line's colon is read in the sentence: "3. 96,000: the
# number of animation jobs in Canada that could be affected" measures the jobs)
_NUMBERED_LINE_START_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+$")
_LABEL_LINKS = {"per", "of", "and", "&", "for", "in", "on", "from"}  # "Earnings per share", "Cost of revenue"
_DATA_LINE_CHARS = 100  # a label's line is short: a line of data, not a sentence of prose with a colon
# a line headed by what its figures are: "Revenue: $24.69 billion vs. $24.62 billion expected"
_LINE_LABEL_RE = re.compile(rf"[ \t]*(?:[{BULLET_CHARS}][ \t]*)?(?P<label>[A-Za-z][\w’'&/ +.-]{{1,50}}?):[ \t]+"
                            r"(?:[^\n:]{0,40}?\b(?:vs\.?|versus|compared\s+with|against)[ \t]+)?$")
# a verb that takes an amount away from something: "wipe $1.1b from production spend", "knocked
# 5% off the company's value"
_TAKING_BEFORE_RE = re.compile(rf"\b(?:wipe[sd]?|wiping|shave[sd]?|shaving|knock(?:s|ed|ing)?|slash(?:es|ed|ing)?|"
                               rf"trim(?:s|med|ming)?|"  # ("Suppose generative AI trims 5% off the cost of making its shows")
                               rf"tak(?:e|es|en|ing)|took|"  # ("We have taken about 20% out of our budget")
                               rf"strip(?:s|ped|ping)?|erase[sd]?|erasing|remove[sd]?|removing)\s+(?:out\s+)?{AMOUNT_HEDGES}$",
                               re.IGNORECASE)
# a share more or fewer of a thing: "work about 30% fewer hours per episode" (etl.extract too)
FASTER_AFTER_RE = re.compile(r"\s+(?:faster|quicker)\b", re.IGNORECASE)  # a speed-up: "40% faster" ("20% cheaper" is a price's)
MORE_OR_FEWER_RE = re.compile(r"\s+(?:fewer|more|less)\s+(?P<np>(?!than\b)[a-z][\w-]*(?:\s+(?:per|a|an|each)\s+[a-z][\w-]*)?)\b")
_COMPARED_COST_RE = re.compile(r"\s+(?:lower|higher|less|more|cheaper)(?:\s+(?P<noun>costs?|prices?|spending)\b|(?=[\s,.;]|$))")
_COST_VERB_BEFORE_RE = re.compile(r"\bcosts?\s+$")
# hours of material, an amount of it (etl.lexicon types it the same way)
_MATERIAL_OF_RE = re.compile(rf"\s+of\s+(?P<np>(?:[\w-]+\s+){{0,2}}?(?:{MATERIAL_NOUNS}))\b", re.IGNORECASE)
_WATCHED_BEFORE_RE = re.compile(r"\b(?:watch|watches|watched|watching|stream|streams|streamed|view|views|viewed|"
                                # (not a business named by its trade: "Streaming platforms commission 3,000 hours")
                                rf"streaming(?!\s+(?:[\w-]+\s+)?(?:{ORGANISATION_NOUNS}|services?|giants?|apps?|sites?|providers?)\b))\b"
                                r"[^,;.]{0,30}$", re.IGNORECASE)
_WATCH_HOURS_SURFACE_RE = re.compile(rf"\b{WATCHED_TIME}$", re.IGNORECASE)
# what money was made from, after the amount made: "made Hurst an estimated £640,000 from advertising and subscriptions",
# "earned $50,000 from Spotify" (not a time: "from 2019 to 2021")
_MADE_BEFORE_RE = re.compile(rf"\b(?:(?P<earned>earned|earns|earn|earning)|made|makes|make|making|generated|generates|"
                             rf"generate|generating|(?:brought|brings|took|takes|pulled|pulls)\s+in)\s+"
                             rf"(?:(?:him|her|them|it|[A-Z][\w'’-]+)\s+)?{AMOUNT_HEDGES}$")
_MADE_FROM_AFTER_RE = re.compile(r"\s+(?:(?:a|per)\s+(?:year|month|week)\s+|last\s+year\s+)?from\s+(?:the\s+)?(?=[a-zA-Z])")
# a name whose change a figure is, right before it: "the S&P 500's 21% gain" (with the number it may have)
_POSSESSOR_OF_CHANGE_RE = re.compile(r"(?P<name>[A-Z][\w&.+-]*(?:\s+[A-Z0-9][\w&.+-]*){0,3})['’]s\s+")
_CHANGE_NOUN_FOLLOWS_RE = re.compile(rf"\s+{_CHANGE_NOUN_RE.pattern}\b", re.IGNORECASE)
# what one share was sold at: "sold 61.2 million shares at HK$27.80 each"
_SHARES_AT_BEFORE_RE = re.compile(rf"\b(?:{SHARES_SOLD_PASSIVE}\s+|shares\s+)(?:at|for)\s+{AMOUNT_HEDGES}$",
                                  re.IGNORECASE)  # (passive too: "Shares were sold at £250 each")
# how many times over an offering was asked for: "the retail offering was oversubscribed about 420 times"
_OVERSUBSCRIBED_BEFORE_RE = re.compile(rf"(?:\s+(?:was|were|is|are|has\s+been|had\s+been|been|being))?\s+"
                                       rf"oversubscribed\s+(?:by\s+)?{AMOUNT_HEDGES}$")
# a time a court orders somebody to spend in prison: "jailed for four years and three months", "sentenced Hurst to six
# years", "faces up to 10 years in jail"
_JAILED_BEFORE_RE = re.compile(rf"\b(?:jailed|imprisoned|incarcerated|sentenced|locked\s+up)\s+(?:(?:him|her|them|[A-Z][\w'’-]+)\s+)?"
                               rf"(?:for|to)\s+{AMOUNT_HEDGES}$")
_IN_PRISON_AFTER_RE = re.compile(r"\s+(?:in\s+(?:prison|jail|custody)|behind\s+bars|of\s+imprisonment|imprisonment)\b")
_VIEWED_AFTER_RE = re.compile(r"\s+(?P<verb>viewed|watched|streamed)\b")
# (not an adverb before it: "two accounts, together worth about $3 million in annual fees")
_WORTH_BEFORE_RE = re.compile(rf"(?<=[a-z])(?<!\btogether)(?<!\beach)(?<!\bboth)(?<!\ball)(?<!\bjointly)\s+worth\s+"
                              rf"(?:a\s+(?:combined|total(?:\s+of)?)\s+)?{AMOUNT_HEDGES}$")
_COMMON_POSSESSOR_RE = re.compile(r"^(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*['’]s\s+(?=\w)")  # "software maker's "
_TAKEN_FROM_RE = re.compile(r"\s+(?:from|off|out\s+of)\s+(?:the\s+|its\s+|their\s+|our\s+)?")
# a commission a platform takes, named with its owner before the share: "before Valve's 30% cut"
_FEE_AFTER_RE = re.compile(r"\s+(?P<fee>cut|commission|fee|take|royalty)\b")
_POSSESSOR_BEFORE_RE = re.compile(r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+$")
# (a participle may open it: "paid subscriptions"; a phrase of time or place ends it)
_SHARE_WHOLE_RE = re.compile(r"[a-z][\w'’-]*(?:\s+(?!(?:in|on|at|by|for|from|to|with|since|than|under|over|and|or|the|a|an|"
                             r"this|last|their|its|is|are|was|were|has|have|had|will|would|could|can|may|might|said|says)\b)"
                             r"[a-z][\w'’-]*){0,3}", re.IGNORECASE)  # (not its verb: "share of the market is at risk")
_SHARE_OF_AFTER_RE = re.compile(r"\s+(?:market\s+)?share\s+of\s+(?:the\s+)?")
_STAKE_AFTER_RE = re.compile(r"\s+(?:equity\s+|minority\s+|majority\s+|controlling\s+)?(?:stake|holding|shareholding)\b")
_VOTE_SIDE_RE = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:votes|ballots)\s+)?(?P<side>in\s+favou?r|against)\b", re.IGNORECASE)
_SENTENCE_ADVERB_RE = re.compile(rf"\s*(?i:{'|'.join(sorted(SENTENCE_ADVERBS))}),\s+")
_COMPARATIVE_QUANTIFIERS = {"more", "fewer", "less", "further", "additional", "extra"}
# the item a bulleted line is about, before its colon: "- Runway: $308 million Series D, …"
_BULLET_ITEM_RE = re.compile(rf"[ \t]*[{BULLET_CHARS}][ \t]*(?P<item>[A-Z][\w’'&.+-]*(?:[ \t]+[\w’'&.+-]+){{0,4}}?):[ \t]")
# a listicle's share of a group: "85%: the share of marketers who plan to …"
_SHARE_OF_GROUP_RE = re.compile(r"(?:share|percentage|proportion|percent)\s+of\s+")
# what a count of times counts, by its verb: "viewed 14 million times" counts views
_DONE_TIMES_RE = re.compile(rf"\b({'|'.join(TIMES_NOUNS)})\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# "cut the time to dub a two-hour film from four weeks to three days": the time to do something
_GERUND_RE = re.compile(r"([a-z]{3,}ing)\b")
_ADDED_BEFORE_RE = re.compile(rf"\badd(?:s|ed|ing)?\s+(?:an?\s+(?:extra|additional|further)\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)
# (not the level a price moved to: "Hextar Technologies added 15 sen to RM2.70")
_ADDED_TO_RE = re.compile(r"\s+(?:a\s+year\s+|annually\s+|each\s+year\s+)?to\s+(?:the\s+|its\s+|their\s+)?(?=[a-zA-Z])(?!\S*\d)")
_MONEY_MOVED_BEFORE_RE = re.compile(rf"\b(?P<verb>{'|'.join(sorted(MONEY_MOVED_VERBS))})\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_CLAUSE_SWITCH_RE = re.compile(r"[;]|,?\s+(?:while|whereas|but)\s", re.IGNORECASE)
_BUSINESS_PART_SUBJECT_RE = re.compile(r"(?:^|(?<=[,;])\s*|\b(?:while|and|but|whereas)\s+|(?<=\n))"
                                       r"(?P<np>(?:(?:[Ii]ts|[Tt]heir|[Tt]he)\s+)?(?:[\w&'’-]+\s+){0,3}"
                                       r"(?:unit|segment|division|business|arm|subsidiary|operations))"
                                       # (past a relative aside: "Its digital media segment, which includes Creative
                                       # Cloud, posted revenue of $4.62 billion")
                                       r"(?:,\s+(?:which|that)\s+[^,;]{1,80},)?\s+"
                                       r"(?:posted|reported|had|recorded|generated|booked|delivered|saw)\b")
_SCORED_BEFORE_RE = re.compile(rf"\b(?:scored|scores|scoring|achieved|achieves)\s+(?:a\s+score\s+of\s+)?{AMOUNT_HEDGES}$",
                               re.IGNORECASE)
_SCORED_ON_RE = re.compile(r"\s+(?:on|in)\s+(?:the\s+|its\s+)?(?P<test>[\w-]+(?:\.\d+)?(?:\s+[\w-]+(?:\.\d+)?){0,3}?)(?=\s*(?:[,;.:]|$)|\s+(?:test|exam)\b"
                           r"|\s+(?:while|and|but|which|ahead|behind|edging|beating|against|compared)\b)")
# the test a score is on, named before it: "On a standard benchmark it scored 84.2"
_TEST_BEFORE_RE = re.compile(r"\b[Oo]n\s+(?:a|an|the|its)\s+(?P<test>(?:[\w-]+\s+){0,3}(?:benchmark|test|leaderboard|scale))\b")
# (its object a noun phrase, no verb of another clause: "A campaign to save the building has raised £62,000")
_SAVED_RE = re.compile(rf"\b(?:save|saves|saved|saving)\s+(?:(?:its|their|the|our)\s+"
                       rf"(?:(?!(?:has|have|had|is|was|are|were|will|would|[a-z]+ed)\b)[\w'’-]+\s+){{1,3}}?|(?:it|them|us)\s+)?"
                       rf"(?:a\s+further\s+|an?\s+(?:additional|extra)\s+|between\s+)?{AMOUNT_HEDGES}[\"“']?$",
                       re.IGNORECASE)  # ('save it "tens of millions of dollars"')
# what is saved, said after it in a relative clause: "the 20% we save", "the $2 million it saved"
_SAVED_AFTER_RE = re.compile(r"\s+(?:that\s+|which\s+)?(?:we|they|it|you|he|she|I|the\s+[a-z]+)\s+(?:save|saves|saved|will\s+save|"
                             r"could\s+save|would\s+save)\b")
# the takings of what a clause sold or made, in a phrase after it: ", with sales of nearly 50 million"
_WITH_TAKINGS_BEFORE_RE = re.compile(rf",\s+with\s+(?:total\s+|combined\s+)?(?P<takings>sales|revenues?|turnover)\s+of\s+"
                                     rf"{AMOUNT_HEDGES}$", re.IGNORECASE)
# a relative clause that only says the group was asked: "(the artists) it surveyed last spring", "they polled in March"
_SURVEYED_RELATIVE_RE = re.compile(r"\s+(?:that\s+|whom\s+)?(?:it|they|we|the\s+[a-z]+)\s+(?:surveyed|polled|asked|interviewed|"
                                   r"questioned)(?:\s+(?:last|this|in)\s+[A-Za-z]+)?(?=\s+(?:had|have|has|said|say|says|were|are|"
                                   r"was|is|would|will|could|expect|believe|think|[a-z]+ed)\b)")
_TIME_ADVERB_RE = re.compile(r"now|still|already|also|often|once|then|ever|never")
_CONTRAST_OPENER_RE = re.compile(rf"\s*(?:but|and|(?P<contrast>{CONTRAST_OPENERS_ALT}))\s+", re.IGNORECASE)
_LEADING_DETERMINER_RE = re.compile(r"^(?:the|its|their|his|her|our|your|my|a|an|this|that|these|those)\s+", re.IGNORECASE)
_ADVERB_WORD_RE = re.compile(r"\b\w{3,}ly\b|[,.]$|,\s")
# "cut the time taken per episode from three weeks to four days": the time, per what
_TIME_PER_RE = re.compile(rf"\btime\s+(?P<lead>taken|spent|needed|required)\s+(?P<what>(?:per|for|on)\s+(?:(?!\s+from\s)[\w\s'’-]){{2,40}}?)\s+"
                          rf"(?:from|to|by)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_TIME_TO_RE = re.compile(r"\btime\s+(?:needed\s+|it\s+takes\s+)?to\s+(?P<what>[a-z](?:(?!\s+from\s)[\w\s'’-]){2,50}?)\s+"
                         rf"(?:from|to|by)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# a relative pronoun: a clause of its own before a colon ("The AI film that cost $3,000: a case study")
_RELATIVE_WORD_RE = re.compile(r"\b(?:that|which|who)\s")
# what a clause sent up or down, the participle after its comma: "…, sending its shares down as much as (18%)"
_SENT_MOVING_BEFORE_RE = re.compile(rf",\s+(?:sending|pushing|driving|dragging|lifting|knocking|taking)\s+"
                                    rf"(?P<np>(?:[\w'’-]+\s+){{1,4}}?)(?:down|up|lower|higher)\s+(?:by\s+)?{AMOUNT_HEDGES}$",
                                    re.IGNORECASE)
# a group compared by how likely it was to do something, its share after: "… were the most likely to have been asked, at"
_LIKELIEST_BEFORE_RE = re.compile(r"(?P<np>[^,;]{2,60}?)\s+(?:were|are|was|is)\s+(?:the\s+)?(?:most|least|more|less)\s+likely"
                                  r"(?:\s+to\s+(?P<pred>[^,;]{2,60}?))?,\s+(?:at\s+)?", re.IGNORECASE)
# a relative set off after its noun, its pronoun the subject of a verb after: "Its shares, which (have more than doubled)"
_ASIDE_RELATIVE_END_RE = re.compile(r",\s+(?:which|that)\s+$")
# a figure that is a verb of passing and its mark: "Vidu user base tops 30 million"
# a multiple written as a verb, and the object after it
_MULTIPLIED_RE = re.compile(r"(?:doubl|tripl|quadrupl)(?:ed|ing|es|e)$")
# ... or a noun phrase right after it, no determiner: "plans to triple headcount" (not "doubled in 2024",
# "doubles every year", "to double by 2027", "doubled to 945 TWh")
_BARE_OBJECT_AFTER_RE = re.compile(rf"\s+(?=(?!(?:{'|'.join(sorted(NOUN_STOP, key=len, reverse=True))})\b|[a-z]+ly\b)[a-z][\w-]*\b)")
_OBJECT_AFTER_RE = re.compile(r"\s+(?:the|its|their|his|her|our)\s+")
_PASSING_SURFACE_RE = re.compile(r"(?:tops|topped|surpass(?:es|ed)?|exceed(?:s|ed)?|pass(?:es|ed)|cross(?:es|ed)|"
                                 r"hits|reach(?:es|ed))\s", re.IGNORECASE)
# the agent of a measure noun's participle: "Gross value added by the sector"
_BY_AGENT_BEFORE_RE = re.compile(r"\bby\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$")
# between a measure noun and the noun of its phrase of where: "spending across the sector"
# (a chain of two: "Average hourly earnings for production workers in the industry rose to $41.18")
# (a loss's "to" whom: "the losses to the film and television industry ran into tens of millions of pounds")
_PP_BETWEEN_RE = re.compile(r"\s+(?:(?:across|in|for|at|on|of|(?<=loss\s)to|(?<=losses\s)to|(?<=damage\s)to|per|less|minus|"
                            r"excluding)\s+(?:the\s+|its\s+|their\s+)?"
                            r"(?!\d)(?:[\w'’-]+\s+){0,5}?){1,2}")  # (not a time: "growth in 2025 and operating margin")
_IN_TOTAL_RE = re.compile(r"\s+in\s+(?:total|all|aggregate|sum|(?:real|nominal|absolute|cash|relative)\s+terms)\b",
                          re.IGNORECASE)  # an adverb, no measure ("fell by £1.2bn in real terms")
_OWN_VERB_BEFORE_RE = re.compile(rf"\b(?:raised|raises|raising|secured|secures|securing|earned|earns|earning|spent|spends|"
                                 rf"spending|paid|pays|paying|made|makes|making|generated|generates|generating|collected|"
                                 rf"collects|collecting|grossed|grosses|grossing|opened|opens|debuted|debuts|"
                                 # a price fetched: "… might have sold its rights for Rs 35 crore … now fetches about Rs 18 crore"
                                 rf"fetched|fetches|fetching)\s+(?:(?:to|at|with)\s+)?"
                                 rf"{AMOUNT_HEDGES}$", re.IGNORECASE)
# ... and a sum given to something, whose verb is as much the figure's own: "and contributed A$3.1 billion to the economy"
_CONTRIBUTED_BEFORE_RE = re.compile(rf"\b(?:contributed|contributes|contributing)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# a clause joined with its own subject and verb, no item of a list: "…, and the number of videos
# generated has exceeded 200 million"
# (or a clause of time with its own subject and verb of reaching: "…, when the number of productions reached 412")
_OWN_SUBJECT_ITEM_RE = re.compile(r"\b(?:and|when|while|where)\s+(?:the|its|their)\s+[\w'’ -]{1,60}?(?:,[^,;]{1,50},)?\s(?:(?:has|have|had|is|are|"
                                  r"was|were)\s+(?:[a-z]+\s+){0,2}|(?:reached|hit|totall?ed|topped|passed|stood\s+at)\s+"
                                  # ... or moved by it: "…, and the quality of their work rose by 18%"
                                  rf"|(?:{trie_pattern(MOVEMENT_VERBS - MOVEMENT_PARTICLES)})\s+(?:by\s+)?)$"
                                  # (or a clause on nobody or everybody: "…, and no one was allowed to buy more than 40")
                                  r"|\b(?:and|but|while)\s+(?:no\s+one|nobody|everyone|anyone|none)\s+(?:[a-z]+\s+){1,4}$")
_DIGIT_RE = re.compile(r"\d")
_PP_OPENERS = {"to", "of", "for", "in", "on", "at", "from", "with", "across", "among", "against", "by", "over"}
_COUNTED_BEFORE_NOUN_RE = re.compile(r"\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:[a-z][\w-]*\s+){0,2}$")
# a transaction valued: its value, nobody's valuation
_DEAL_VALUED_RE = re.compile(r"\b(?P<deal>deal|transaction|acquisition|takeover|merger|buyout|purchase|sale|offer|bid|contract)s?"
                             r"(?:\s+(?:that\s+)?(?:is|was|were|are|has\s+been|had\s+been))?\s+valued\s+at\s+"
                             r"(?:about\s+|around\s+|nearly\s+|roughly\s+|more\s+than\s+|some\s+|up\s+to\s+)?$", re.IGNORECASE)
_VALUED_AT_RE = re.compile(r"\bvalu(?:ed|ing|ation|e|es)\b[^.;:]{0,40}\b(?:at|of)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$",
                           re.IGNORECASE)
# a subject and a present verb right before the amount: "Runway raises $308 million"
# (past "at" and a hedge: "Equity's membership stands at around 50,000")
_VERB_BEFORE_FIGURE_RE = re.compile(r".*\b(?P<verb>[a-z]{3,}(?<!s)s|(?:stands|sits|stays|remains|hovers|rests)(?=\s+at))(?:\s+at)?\s+"
                                    r"(?:(?:about|around|roughly|nearly|some|almost)\s+)?", re.DOTALL)
# people counted by their work, with whom they work for: "cast and crew employed on local productions"
_EMPLOYED_AFTER_RE = re.compile(r"(?:\s+and\s+[a-z]{3,})?\s+(?:employed|working|hired|work)\s+"
                                r"(?:(?:mainly|mostly|primarily|chiefly|largely|full-time|part-time)\s+)?(?:on|in|at|by|across|for)\s+"
                                r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?=[,.;]|\s+(?:in|during|last|this|since|at|by|were|are|have|had|will|would|lost|and\s+that|that|but|while)\b)")


# Past the size of the group a share is of, besides GROUP_SIZE_RE's counts: an amount ("30% of the
# $70 billion global market", a currency the lexicon knows) and an owner in lower case ("40% of the
# film's 1,100 effects shots")
_AMOUNT_BEFORE_NOUN_RE = re.compile(
    r"(?:the|an?)\s+(?P<owner>)(?i:" + "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
    + r")\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|mn|m|b)\b)?\s+(?=[A-Za-z])")
_OWNED_SIZE_RE = re.compile(rf"the\s+(?P<owner>[a-z][\w-]*['’]s\s+){AMOUNT_HEDGES}\d[\d,.]*"
                            rf"(?:\s+(?:{'|'.join(sorted(SCALE_WORDS))}))?\s+(?=[a-z])")  # ("the country's 3.5 million visitors")


def line_label(q, text: str, family: str, sentence: tuple[int, int] | None = None) -> str | None:
    """The label of the short line of data a figure is on, a noun phrase: "Revenue: $24.69
    billion vs. …", "- Runway: $308 million Series D" (not "Storyboard artists were the most
    worried: 78% …"; nor for a figure with a noun of its own, "TAG Survey: One in Three Animation
    Workers …"). With `sentence`, of the short sentence instead ("… three weekends. Total cost:
    about $300 in subscriptions.")."""
    if q.noun and family in ("count", "percent"):
        return None
    line_start = text.rfind("\n", 0, q.char_start) + 1 if sentence is None else sentence[0]
    line_end = text.find("\n", q.char_start) if sentence is None else sentence[1]
    if (line_end if line_end >= 0 else len(text)) - line_start > _DATA_LINE_CHARS:
        return None
    if _CLAUSE_GOES_ON_RE.search(text, q.char_end, line_end if line_end >= 0 else len(text)):
        return None  # a headline's clause, no line of data: "Budget 2025: $50 million boost for …, but producers want more"
    label = _LINE_LABEL_RE.fullmatch(text, line_start, q.char_start)
    if label and len(label.group("label").split()) <= 5 and not any(
            verbish(w) and not MEASURE_NOUN_RE.fullmatch(w) and w.lower() not in _LABEL_LINKS or w.lower() in AUXILIARIES
            for w in label.group("label").split()[1:]) \
            and not label.group("label").lower().startswith(("by the", "in ", "at ")):
        return label.group("label").strip()
    return None


# a clause equating its subject with a complement, up to the comma before a participle: "Asia Pacific will be the
# fastest-growing region,"
_COPULA_CLAUSE_RE = re.compile(r"(?:while\s+|whereas\s+)?(?P<np>(?:[\w'’&.-]+\s+){1,5}?)(?:will\s+be|is|was|are|were|remains?|"
                               r"remained)\s+[^,;]{2,60},\s*", re.IGNORECASE)
_TO_FUND_AFTER_RE = re.compile(r"\s+to\s+(?:fund|support|finance|back|develop)\b")
_CLAUSE_GOES_ON_RE = re.compile(r",\s+(?:but|while|yet|although|though)\s")
_SPAN_WHEN_RE = re.compile(r"(?:the\s+)?(?:next\s+|coming\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"twelve|eighteen|\d+-\d+)\s+(?:years?|months?|weeks?|decades?)\W*", re.IGNORECASE)
# a reporting period: "for the year", "for the first half", "for the fiscal quarter"
_PERIOD_RE = re.compile(r"(?:the\s+)?(?:(?:first|second|third|fourth|last|past|latest|full|fiscal|financial|same|whole)"
                        r"[\s-]+)*(?:year|quarter|half|period|season)\W*", re.IGNORECASE)
_BY_WHEN_RE = re.compile(r"(?:the\s+)?(?:end|start|middle|close|turn)(?:\s+of\b.*)?|(?:(?:the\s+)?end\s+of\s+)?(?:19|20)\d\d\W*|"
                         r"(?:next|this)\s+(?:year|month|week|decade|quarter)\W*|mid-?decade\W*|year-end\W*", re.IGNORECASE)
# (a time cut off from its year: "done by AI by the end"; a whole one stays: "jobs expected to be disrupted by 2026")
# how far a total has come, after what reaches it: "China's total box office for the year so far reached"
_SO_FAR_TAIL_RE = re.compile(r"(?:\s+for\s+the\s+year)?\s+(?:so\s+far|to\s+date|thus\s+far)(?:\s+this\s+year)?\s*$")
_BY_WHEN_TAIL_RE = re.compile(r"\s+by\s+(?:the\s+)?(?:end|start|middle|close|turn)$", re.IGNORECASE)
_PREPOSITION_WORDS = SIMPLE_PREPOSITIONS | {"over", "per", "and", "or", "than", "as",  # (and what joins or compares)
                                             "inside", "outside", "within", "across"}
_WHEN_UNITS = {"year", "month", "week", "day", "quarter", "decade", "season", "time", "weekend", "morning", "night",
               "spring", "summer", "autumn", "fall", "winter"}  # ("This spring I finished a film for $40,000": when)
_WHEN_DEICTICS = {"this", "last", "next", "that", "each", "every", "the", "a", "same", "past", "coming"}
_COMPARED_BEFORE_RE = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$",
                                 re.IGNORECASE)
_FOR_WHAT_AFTER_RE = re.compile(r"(?:\s+or\s+(?:more|less|so))?\s+for\s+(?:a|an|the|each)\s+(?=[a-z])")
# counted acts or instances whose of-phrase says of what: "1,300 unauthorised uses of client likenesses"
_USES_NOUN_RE = re.compile(r"(?:[\w-]+\s+)?(?:uses|instances|cases|copies|episodes|hours|pieces|units|samples)")
_PP_AFTER_SUBJECT_RE = re.compile(r"\s+(?:of|from|for|in|at|on|with|across|among)\s+")
_WORD_TOKEN_RE = re.compile(r"[\w'’-]+")


def _subject_end(text: str, start: int, end: int) -> int:
    """Where the subject opening at `start` ends: its noun phrase, and a phrase after its noun up to
    the clause's verb ("revenue from its IMAX and 4DX screens (rose)")."""
    pos = start + len(" ".join(noun_phrase(text, start, end, 5)))
    pp = _PP_AFTER_SUBJECT_RE.match(text, pos, end)
    if pp:
        for w in _WORD_TOKEN_RE.finditer(text, pp.end(), end):
            if verbish(w.group()):
                return w.start()
            if w.group()[:1].isdigit():
                break
    return pos


_OF_THEM_AFTER_RE = re.compile(r"\s+of\s+(?:them|those)\b")


def _participle(word: str) -> bool:
    """Whether a lower-case word may be a past participle ("made", "uploaded")."""
    return word.endswith("ed") or word in IRREGULAR_PAST and word not in PRETERITES_ONLY or word in IRREGULAR_PARTICIPLES


def share_of_them(text: str, pos: int, end: int, counted: str, said_of_them: bool = False) -> str | None:
    """What a share "of them" right after `pos` measures, when "them" are the things the figure before
    counted: "about 30,000 micro-dramas. Some 20 percent of them used AI-generated footage" ->
    "micro-dramas that used AI-generated footage". `said_of_them`: the sentence said so before the
    share ("Of those, 41% were directed by women"), and the predicate follows it directly."""
    of_them = None if said_of_them else _OF_THEM_AFTER_RE.match(text, pos)
    pred = predicate(text, of_them.end() if of_them else pos, end, any_verb=True) if of_them or said_of_them else None
    if not pred:
        return None
    if pred.startswith("who ") and not _PERSONS_RE.search(counted):
        second, third = ([*pred.lower().split()[1:3], "", ""])[:2]
        # (things "made with AI-generated scenes" are so made: a participle with its phrase, no relative's verb;
        # not "used AI footage", a verb with its object)
        participle = _participle(second) and (third in _PARTICIPLE_PHRASE_OPENERS or third.endswith("ly"))
        return f"{counted} {pred[4:] if participle else 'that ' + pred[4:]}"[:120]
    return f"{counted} {pred if pred.startswith(('who ', 'that ')) else 'that ' + pred}"[:120]


_DESCRIPTION_OPENS_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}$")  # ", the AI music generator (valued at)"
_WORTH_AFTER_LIST_RE = re.compile(r"\b(?:its|their|the|a|an)\s+(?P<np>(?:[\w'’-]+\s+){1,4}?)(?:with|between)\s+[^;.]{2,80},"
                                  r"\s+worth\s+(?:a\s+combined\s+|a\s+total\s+of\s+|about\s+|around\s+|roughly\s+|nearly\s+)?$")
# a time given to do something: "The platform has 90 days to comply", "Studios have 30 days to respond"
_HAS_TIME_BEFORE_RE = re.compile(r"\b(?:has|have|had|gets|get|got|given|gives)\s+(?:about\s+|only\s+|just\s+|up\s+to\s+)?$")
_TO_DO_AFTER_RE = re.compile(r"\s+to\s+(?P<act>[a-z]+(?:\s+(?!or\b|and\b|but\b|before\b|after\b)[\w'’-]+){0,4})")
_LEAD_CAPITALS_RE = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?")


def _lead_name(text: str, s: int, names: ArticleNames) -> str | None:
    """The name opening the sentence at `s`: one the article knows, or a place ("China contributed")."""
    found = names.find(text, s, min(len(text), s + 60))
    if found and found[0][0] == s:
        return found[0][2]
    m = _LEAD_CAPITALS_RE.match(text, s)
    return m.group() if m and m.group().lower() in PLACES else None


def _in_lower_case(phrase: str | None, names: ArticleNames) -> str | None:
    """A subject capitalised only as its sentence's first word, in lower case inside a measure ("Productions
    spent …": spending by productions); a name or a place keeps its capital."""
    first = re.sub(r"['’]s?$", "", phrase.split()[0]) if phrase else ""  # (a possessive's: "UK's creative industries")
    if phrase and phrase[:1].isupper() and not any(h[0] == 0 for h in names.find(phrase)) \
            and first.lower() not in PLACES and not (len(first) > 1 and first.isupper()) \
            and not (DEMONYM_RE.fullmatch(first) and " " in phrase):
        # (nor an acronym, "VFX sector", nor a nationality, "Japanese animators")
        return phrase[0].lower() + phrase[1:]
    return phrase


def is_people_noun(word: str) -> bool:
    """Whether `word` counts people ("attendees", "members", "staff")."""
    return _PERSONS_RE.fullmatch(word) is not None


# a change the amount before implies: "forecast revenue of at least $756 million, implying growth of about 25%"
_IMPLIED_CHANGE_BEFORE_RE = re.compile(rf",\s+(?:(?:implying|representing|signalling|signaling|suggesting)\s+)?(?:an?\s+)?"
                                       rf"(?:(?:annual|year-on-year|year-over-year)\s+)?(?:growth|increase|rise|decline|drop|"
                                       rf"fall)\s+(?:of\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)

# an amount that is its clause's own, then ", a": not one in a phrase after it ("earning $31.2 million
# from 3,804 theaters, a 46% drop": the takings dropped)
_APPOSED_BEFORE_RE = re.compile(r"(?<!\bfrom)(?<!\bin)(?<!\bat)(?<!\bacross)(?<!\bon)(?<!\bover)(?<!\bof)"
                                r"\s+[$€£¥₹]?\d[\d.,]*(?:\s+[\w'’-]+){0,4},\s+an?\s+$")
_CHANGE_NOUN_AFTER_RE = re.compile(r"[\d.,]+\s?(?:%|percent\b|per\s+cent\b)\s+(?:(?:annual|year-on-year|year-over-year)\s+)?"
                                   rf"{_CHANGE_NOUN_RE.pattern}\b", re.IGNORECASE)


def changes_the_amount_before(text: str, sentence_start: int, pos: int) -> bool:
    """Whether the figure at `pos` is a change set after an amount's clause, its phrases of place and time
    between: "Advertisers spent $7.2 billion on connected-TV ads in the quarter, up 14%"; or a change
    put beside it: "…, an increase of 12%", "…, a 12% increase"."""
    return text.startswith((" up", " down"), text.rfind(",", sentence_start, pos) + 1) \
        and bool(_CHANGE_AFTER_PHRASES_RE.search(text, max(sentence_start, pos - 120), pos)) \
        or bool(_IMPLIED_CHANGE_BEFORE_RE.search(text, max(sentence_start, pos - 60), pos)) \
        or bool(_APPOSED_BEFORE_RE.search(text, max(sentence_start, pos - 80), pos) and _CHANGE_NOUN_AFTER_RE.match(text, pos))



_OWN_POSSESSOR_OPENS_RE = re.compile(r"(?:the\s+)?[a-z][\w-]*['’]s\s")  # "agency's pictures": a common noun's possessive
# a fund named by its size: "a special fund of 1 billion yuan" (not "the fund's grants of")
_FUND_OF_BEFORE_RE = re.compile(rf"\b(?:an?|the|its|their)\s+(?P<np>(?:[a-z][\w-]*\s+){{0,2}}funds?)\s+of\s+{AMOUNT_HEDGES}$")
# a share of spending by where it goes: "spends … 20–25% on above-the-line talent"
# (not a comparison's year or an idiom: "down 6% on 2023", "on average")
_SPENT_ON_AFTER_RE = re.compile(r"\s+on\s+(?!\d|(?:average|top|track|time|schedule|budget|course|the\s+year|a\s+year)\b)"
                                r"(?P<np>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=\s+(?:and|or|but|while)\b|\s*[,;.)]|\s*$)")
_SPENDS_RE = re.compile(r"\b(?:spends?|spent|spending|allocates?|allocated|devotes?|devoted)\b", re.IGNORECASE)


def measure_of(q, text: str, sentence: tuple[int, int], clause: tuple[int, int],
               names: ArticleNames, family: str, group: str | None = None,
               previous: str | None = None, topic: str | None = None) -> str | None:
    """A short noun phrase for what the figure `q` (a Quantity) counts. `group` is the group of
    people last named in the paragraph ("respondents"); `previous` the measure of the figure
    before this one in its sentence. A part's share of a whole is named with the part, whichever
    reader named the whole ("Digital channels will account for 73.2% of the total")."""
    fund = _FUND_OF_BEFORE_RE.search(text, max(clause[0], q.char_start - 40), q.char_start) if family == "money" else None
    if fund:  # "will set up a special fund of 1 billion yuan": the fund's size
        return " ".join(fund.group("np").split())
    spent_on = _SPENT_ON_AFTER_RE.match(text, q.char_end) if family == "percent" else None
    if spent_on and _SPENDS_RE.search(text, clause[0], q.char_start):
        # "A typical $100M film spends something like 20–25% on above-the-line talent and ~50% on crew": the
        # share of its spending that goes there
        return f"spending on {' '.join(spent_on.group('np').split())}"
    multiple = _EARNINGS_MULTIPLE_AFTER_RE.match(text, q.char_end) if q.noun == "times" else None
    if multiple:  # "trades at about 9 times forward earnings": a valuation multiple, whose the clause's subject says
        whose = _FOR_NAME_AFTER_RE.match(text, multiple.end())
        owner = whose.group("name") if whose else owner_before(text, clause[0], q.char_start, names)
        base = f"{' '.join(multiple.group('what').split()).lower()} multiple"
        return f"{owner} {base}" if owner else base
    again = _FOR_NAME_AFTER_RE.match(text, q.char_end) if q.noun == "times" and previous \
        and previous.endswith(" multiple") else None
    if again:  # "…, compared with 17 times for Netflix": the same multiple, of the name after it
        base = previous.split(" ", 1)[1] if previous.split()[0][:1].isupper() and len(previous.split()) > 2 else previous
        return f"{again.group('name')} {base}"
    faster = _TIMES_FASTER_RE.match(text, q.char_end) if q.noun == "times" else None
    if family == "percent" and FASTER_AFTER_RE.match(text, q.char_end):
        faster = _TIMES_FASTER_RE.match(text, q.char_end)  # "finished writing tasks 40% faster": a speed-up too
    if faster:  # "finishing it ten times faster than with traditional effects": how much faster, not whose
        done = _PARTICIPLE_BEFORE_FIGURE_RE.search(text, max(clause[0], q.char_start - 40), q.char_start)
        noun = "speed-up" if faster.group(1).lower() in ("faster", "quicker") else "saving"
        return f"{noun} in {done.group('act').lower()}" if done else noun
    phrase = _measure_of(q, text, sentence, clause, names, family, group, previous, topic)
    if family == "money" and (phrase is None or not mentions_a_measure(phrase) or _TAKINGS_END_RE.search(phrase)):
        phrase = _made_from(q, text, clause, names, phrase) or phrase
    rate = _RATE_ADJECTIVES.get(q.per) if family == "count" and q.noun and phrase \
        and MEASURE_NOUN_RE.fullmatch(q.noun.split()[-1]) else None
    if rate and phrase.lower().endswith(q.noun.lower()) and not any(w in _RATE_ADJECTIVES.values() for w in phrase.lower().split()):
        # "between 84,400 and 98,500 installs per day": a count a day is a daily count ("daily installs")
        phrase = f"{phrase[:len(phrase) - len(q.noun)]}{rate} {phrase[len(phrase) - len(q.noun):]}"
    more = _MORE_OF_AFTER_RE.match(text, q.char_end) if family == "percent" else None
    of_more = _clean(noun_phrase(text, more.end(), clause[1], 4)) if more else None
    gerund = _GERUND_PER_RE.match(text, more.end(), clause[1]) if more and of_more is None else None
    if gerund:  # "needs 60% less computing per second of footage": less of the activity (per what it is counted)
        return " ".join(gerund.group().split())
    if of_more and not (phrase and of_more.lower() in phrase.lower()):
        # "Viewers … watched 23% more highlight clips", "sold 15% fewer tickets": more of what follows
        return _TRAILING_TIME_RE.sub("", of_more) or of_more
    c_start = clause[0]
    held = _HELD_SHARE_OF_RE.search(text, max(c_start, q.char_start - 70), q.char_start) \
        if family == "percent" and not _OF_AFTER_RE.match(text, q.char_end) else None  # (the whole after: read below)
    holder = _clean(noun_phrase(text, _subject_start(text, c_start, held.start(), said_clause=False), held.start(), 6)) \
        if held else None
    if holder and not any(c.isdigit() for c in holder):
        # "The gaming segment held the largest revenue share of 31.5%": whose share, of what
        return f"{holder} {' '.join(held.group('kind').split()) + ' ' if held.group('kind') else ''}share"[:120]
    took = _TOOK_A_SHARE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
        if family == "percent" and phrase and phrase.startswith("share of ") \
        and not (previous and OF_IT_AFTER_RE.match(text, q.char_end)) else None  # ("took 30% of the total": read below)
    if took:  # "UK independent films took a 9.2% share of the box office": whose share
        part = _clean(noun_phrase(text, _subject_start(text, c_start, took.start(), said_clause=False), took.start(), 6))
        if part and not any(c.isdigit() for c in part):
            return f"{part} {phrase}"[:120]
    of_whole = family == "percent" and phrase and (_OF_AFTER_RE.match(text, q.char_end) or " of " in q.surface)
    share_verb = _SHARE_VERB_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if of_whole else None
    gapped_share = _GAPPED_SHARE_VERB_RE.search(text, max(sentence[0], q.char_start - 90), q.char_start) \
        if of_whole and share_verb is None else None
    if gapped_share:  # "accounted for 15% of admissions but 27% of box office": the verb of the share before, left out
        share_verb, c_start = gapped_share, sentence[0]
    if share_verb:  # (the whole after the figure or in it: "about a third of viewing")
        adverbs = _ADVERBS_BEFORE_RE.search(text, c_start, share_verb.start())  # ("Video podcasts now account for")
        verb_at = adverbs.start() if adverbs else share_verb.start()
        relative = _WHICH_BEFORE_RE.search(text, max(c_start, verb_at - 14), verb_at + 1)
        # ("Premium large-format screens, which make up 9% of the chain's screens": the noun the clause is of)
        left = np_left(text, c_start, relative.start() if relative else verb_at, 4)
        if left and left[0].endswith(","):  # (a list cut inside its first name: "The United Kingdom, Germany and France")
            left = np_left(text, c_start, relative.start() if relative else verb_at, 6)
        cut = max((k for k, w in enumerate(left) if w.lower() in ("with", "while")), default=-1)
        part = _clean(left[cut + 1:])  # ("…, with streaming accounting for 69% of the total": streaming's)
        who_at = text.rfind(" who ", c_start, verb_at)
        head = _clean(np_left(text, c_start, who_at, 3)) if who_at >= 0 and not relative else None
        if head and len(text[who_at:verb_at].split()) <= 9:
            # "Members who used AI tools in their writing made up less than 5% of respondents": the people the clause says
            part = f"{head} {' '.join(text[who_at:verb_at].split())}"
        source = _SHARE_FROM_AFTER_RE.match(text, q.char_end)
        if source and source.end() <= clause[1]:
            # "generates more than 60 per cent of its revenue from advertising": the share that comes from it
            part = _clean(noun_phrase(text, source.end(), clause[1], 4)) or part
        if part is None and text[max(c_start, share_verb.start() - 1):share_verb.start()] == ",":
            # "The number of micro-drama users hit 662 million, accounting for 59.7 percent of all internet
            # users": the clause's subject, counted
            opening = _subject_start(text, c_start, share_verb.start(), said_clause=False)
            part = _clean(noun_phrase(text, opening, share_verb.start(), 6))
            part = part[len("number of "):] if part and part.lower().startswith("number of ") else part
        if part and " and " in part:  # (the part's names are no owner of the whole: "Netflix, Amazon and Disney … account for")
            phrase = _without_owner_in(phrase, part)
        whole = _clean(noun_phrase(text, of.end(), clause[1], 5)) \
            if part and phrase.lower() == part.lower() and (of := _OF_AFTER_RE.match(text, q.char_end)) else None
        if whole:  # "Streaming rights made up 38% of overseas sales": the whole after "of", the part read as the measure
            phrase = f"{part} share of {whole}"[:120]
        elif part and " share of " not in phrase and phrase.lower().startswith(part.lower() + " "):
            phrase = f"{part} share of {phrase[len(part) + 1:]}"  # (its owner the part: "Women workforce")
        elif part and part.lower() not in phrase.lower() and " share of " not in phrase:
            phrase = f"{part} share of {_LEADING_DETERMINER_RE.sub('', phrase)}"[:120]
        elif part is None and "share" not in phrase.split() \
                and _PRONOUN_SUBJECT_RE.search(text, max(c_start, share_verb.start() - 20), share_verb.start()):
            phrase = f"share of {_LEADING_DETERMINER_RE.sub('', phrase)}"[:120]  # "they account for 0.5% of total streams"
    if phrase and " by " in phrase:
        by = _BY_WHEN_TAIL_RE.search(phrase)
        phrase = phrase[:by.start()] if by and by.start() > 0 else phrase  # ("testing done by AI by the end"): when
    if phrase and _DEICTIC_TIME_END_RE.search(phrase) and " who " not in phrase and " that " not in phrase:
        # "cut about 3,000 of its employees this year": when, no part of what is counted (what people did
        # "last year" keeps it)
        phrase = _DEICTIC_TIME_END_RE.sub("", phrase) or phrase
    return phrase


_TAKINGS_END_RE = re.compile(r"\b(?:earnings|revenues?|income|sales)$")


def _made_from(q, text: str, clause: tuple[int, int], names: ArticleNames, maker: str | None) -> str | None:
    """What money made was made from, when no measure names it: "had earned an estimated $117 million a year
    from advertising" (earnings from it), "made an estimated £640,000 from advertising" (revenue from it),
    "Shutterstock said it had earned $104 million from data licensing" (a business's revenue from it), "The
    channel had made $300,000 from ads" (`maker`, the subject read, its revenue)."""
    earned = _MADE_BEFORE_RE.search(text, max(clause[0], q.char_start - 50), q.char_start)
    made_from = _MADE_FROM_AFTER_RE.match(text, q.char_end) if earned else None
    what = _clean(noun_phrase(text, made_from.end(), clause[1], 5)) if made_from else None
    if what is None:
        return None
    if maker and _TAKINGS_END_RE.search(maker):
        return f"{maker} from {what}"  # "Two creators had earned $90,000 from ads": their earnings from them
    owner = owner_before(text, clause[0], earned.start(), names) or maker
    if owner and earned.group("earned") and is_people_noun(owner.split()[-1]):
        return f"{owner} earnings from {what}"  # "The families had earned $90,000 a year from ads": what people earn
    if owner:
        return f"{owner} revenue from {what}"
    return f"{'earnings' if earned.group('earned') else 'revenue'} from {what}"


def _descriptions_after_subject(text: str, c_start: int, pos: int, names: ArticleNames) -> list[tuple[int, int]]:
    """The descriptions set between commas after a name or after the clause's short subject, before `pos`:
    ", the largest market," in "The United States, the largest market, grew 2.1%"."""
    return [a.span() for a in APPOSITIVE_RE.finditer(text, c_start, pos)
            if any(n[1] == a.start() for n in names.find(text, c_start, a.start() + 1))
            or _short_subject(text[c_start:a.start()])] \
        + [a.span() for a in _EXAMPLES_ASIDE_RE.finditer(text, c_start, pos)]  # (or its examples, as the subject's)


def _short_subject(words: str) -> bool:
    """A clause's opening words that can only be its subject: a few, or a list of a few, with no verb or number."""
    split = words.replace(",", " ").split()
    return (len(split) <= 4 or len(split) <= 8 and "," in words) and not any(c.isdigit() for c in words) \
        and not any(verbish(w) and w.lower() not in ("and", "&") for w in split)


def _without_owner_in(phrase: str, part: str) -> str:
    """`phrase` less an owner written before it whose words all name the part ("Amazon and Disney
    subscription revenue", part "Netflix, Amazon and Disney": "subscription revenue")."""
    named = {w.strip(",").lower() for w in part.split()}
    words = phrase.split()
    k = 0
    while k < len(words) - 1 and (words[k][:1].isupper() or words[k] == "and") and words[k].strip(",").lower() in named:
        k += 1
    return " ".join(words[k:]) if k and words[k - 1] != "and" else phrase


def _measure_of(q, text: str, sentence: tuple[int, int], clause: tuple[int, int],
               names: ArticleNames, family: str, group: str | None = None,
               previous: str | None = None, topic: str | None = None) -> str | None:
    """A short noun phrase for what the figure `q` (a Quantity) counts. `group` is the group of
    people last named in the paragraph ("respondents"); `previous` the measure of the figure
    before this one in its sentence."""
    s, e = sentence
    c_start, c_end = clause
    if (dateline := DATELINE_RE.match(text, c_start)) and dateline.end() <= q.char_start:
        c_start = dateline.end()  # "SEOUL - South Korea's webtoon industry, worth …": where it was filed, no word of the measure
    phrase, owned = None, True
    bracketed = _BARE_IN_BRACKETS_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
        if not q.noun and family in ("percent", "count") and _BRACKET_CLOSES_RE.match(text, q.char_end) else None
    item = _clean(np_left(text, c_start, bracketed.start(), 3)) if bracketed else None
    if item and (cut := max((k for k, w in enumerate(item.split()) if w in SIMPLE_PREPOSITIONS), default=-1)) >= 0:
        item = " ".join(item.split()[cut + 1:])  # ("use the tools for captions (64%)": the captions')
    if item and item.islower() and not _SHARE_WORD_END_RE.search(item) and (previous is None or _BRACKETED_ITEM_RE.search(text, s, bracketed.start())):
        # "Most use it for transcription (81%), translation (62%)": the share is the item's (the items of such a
        # list are each their own; a bracketed figure after one of another kind continues its measure instead:
        # "62,000 creative jobs …, followed by New York (26,000)")
        return item
    sent = _SENT_MOVING_BEFORE_RE.search(text, max(c_start, q.char_start - 60), q.char_start) \
        if family in ("percent", "money") else None
    moved = (" ".join(sent.group("np").split()).lower() if sent.group("np").split()[-1].lower() in ("shares", "stock")
             else _clean(sent.group("np").split())) if sent else None
    if moved and not _stands_for(moved.split()):
        # "…, sending its shares down as much as 18%": what the clause before moved (its shares, whose etl.extract
        # reads)
        return moved
    # (its clause's subject looked for only when the clause compares how likely: _subject_start is no cheap read)
    likeliest = _LIKELIEST_BEFORE_RE.fullmatch(text, _subject_start(text, c_start, q.char_start), q.char_start) \
        if family == "percent" and " likely" in text[c_start:q.char_start] else None
    if likeliest:
        # "Writers under 35 were the most likely to have been asked, at 58%": the share of that group that was
        group = _in_lower_case(" ".join(likeliest.group("np").split()), names)
        return f"{group} who {' '.join(likeliest.group('pred').split())}" if likeliest.group("pred") else group
    if q.unit == "video lines":  # "1080p", "renders 4K video": a resolution, of the tool its clause says makes
        makers = _makers(text, c_start, q.char_start, names)  # the video ("… released Kling 2.0, which can generate")
        owner = makers[-1] if makers else owner_before(text, c_start, q.char_start, names)
        return f"{owner} resolution" if owner else "resolution"
    takings = _WITH_TAKINGS_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if previous else None
    if takings and not mentions_a_measure(previous) and not names.is_name(previous):
        # "he sold 250,000 sets of this AI course a year, with sales of nearly 50 million": the takings
        # of what the figure before measured
        return f"{previous} {takings.group('takings').lower()}"[:120]
    if previous and family == "percent" and changes_the_amount_before(text, s, q.char_start):
        return previous
    ranged = _IN_THE_RANGE_BEFORE_RE.search(text, max(c_start, q.char_start - 60), q.char_start) \
        if text.startswith(" range", q.char_end) else None
    in_range = _clean(ranged.group("np").split()) if ranged else None
    if in_range:  # "pointed to an opening in the $65 million to $70 million range": the opening's, in that range
        return in_range
    total = _TOTAL_OF_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
        if previous and family == "money" else None
    if total and not names.is_name(previous):  # "…, down 41%, for a running total of $204 million": the sum so far of it
        return f"{previous} {(total.group('adj') or '').lower()} total".replace("  ", " ")[:120]
    estimated_at = WHICH_ESTIMATES_AT_RE.search(text, max(c_start, q.char_start - 70), q.char_start) \
        if family in ("money", "count") else None
    antecedent = _clean(np_left(text, c_start, estimated_at.start(), 5)) if estimated_at else None
    if antecedent:  # "the global box office, which Gower Street estimates at $38.5 billion": what is estimated
        return antecedent
    whose = _WHOSE_NUMBER_BEFORE_RE.search(text, max(c_start, q.char_start - 60), q.char_start) if family == "count" else None
    counted = _clean(np_left(text, c_start, whose.start(), 4)) if whose else None
    if counted:  # "… to overseas readers, whose number exceeded 200 million": those counted are the ones before
        return counted
    apposed = _APPOSITIVE_WORTH_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if family == "money" else None
    valued = _clean(np_left(text, c_start, apposed.start(), 4)) if apposed else None
    if valued and not names.is_name(valued):
        # "the UK's creative industries, worth £126 billion a year to the economy, face …": what the aside is said of
        return valued
    worth = _WORTH_AFTER_LIST_RE.search(text, max(s, q.char_start - 160), q.char_start) if family == "money" else None
    agreements = _clean(worth.group("np").split()) if worth else None
    if agreements and not names.find(agreements):
        # "its new media rights agreements with Disney, NBCUniversal and Amazon, worth a combined $76 billion":
        # what the partners' list follows is what is worth it
        return f"value of {agreements}"[:120]
    given = _HAS_TIME_BEFORE_RE.search(text, max(s, q.char_start - 20), q.char_start) if family == "time" else None
    deadline = _TO_DO_AFTER_RE.match(text, q.char_end) if given else None
    act = deadline.group("act").split() if deadline else []
    while act and (act[-1].lower() in DETERMINERS or act[-1].lower() in _PREPOSITION_WORDS):
        act.pop()  # ("to respond to the …": the phrase whole, or its verb alone)
    if act:  # "The platform has 90 days to comply": the time it has to do it
        return f"time to {' '.join(act)}"
    compared = _FOR_WHAT_AFTER_RE.match(text, q.char_end, c_end) \
        if previous and family == "money" and _COMPARED_BEFORE_RE.search(text, max(s, q.char_start - 24), q.char_start) else None
    what = _clean(noun_phrase(text, compared.end(), c_end, 5)) if compared else None
    if what:
        # "…, against $2 million or more for a traditional shoot": the same measure, of what it is set against
        # (its head kept where the measure names what it is for: "Production costs for such ads averaged $18,000,
        # compared with $120,000 for a traditional spot")
        head = "cost of" if previous.startswith("cost of ") else previous.split(" for ", 1)[0] + " for" \
            if " for " in previous else None
        return f"{head} {what}"[:120] if head else what
    obj = (_OBJECT_AFTER_RE.match(text, q.char_end) or _BARE_OBJECT_AFTER_RE.match(text, q.char_end)) \
        if q.noun == "times" and _MULTIPLIED_RE.search(q.surface) else None
    if obj:  # a multiple by its verb, with what it multiplies after it: "more than doubling the company's valuation"
        phrase = _clean(noun_phrase(text, obj.end(), c_end, 6))
        whose = owner_before(text, c_start, q.char_start, names) if phrase and obj.group().strip() == "" else None
        at = text.find(whose, c_start, q.char_start) if whose else -1
        if at >= 0 and DESCRIBES_UNNAMED_AFTER_RE.match(text, at + len(whose)):
            whose = None  # (a name describing a business it does not name: "Bristol animation studio doubles staff")
        if phrase:  # ("Toho aims to double overseas sales": Toho's)
            return _joined(whose, phrase) if whose and whose.lower() not in phrase.lower() else phrase
    elif q.noun == "times" and _MULTIPLIED_RE.search(q.surface):
        # (past its auxiliaries: "Its shares have more than doubled"; and a relative's pronoun set off after its
        # noun: "Its shares, which have more than doubled")
        verb_at = _AUXILIARIES_END_RE.search(text, c_start, q.char_start).start()
        relative = _ASIDE_RELATIVE_END_RE.search(text, c_start, verb_at)
        left = np_left(text, c_start, relative.start() if relative else verb_at, 4)
        before = text[c_start:text.rfind(left[0], c_start, q.char_start)].split() if left else []
        # (not a preposition's object: "Consumer spending on AI video apps quadrupled" is the spending's)
        while before and before[-1].lower() in DETERMINERS:
            before = before[:-1]  # (past its article: "The average production cost of a South Korean drama series")
        multiplied = _clean(left) if not (before and before[-1].lower() in SIMPLE_PREPOSITIONS) else None
        if multiplied and not names.is_name(multiplied) and not mentions_a_measure(multiplied):
            return multiplied  # "… as ad tier doubles": what doubles, right before its verb
        if left and " ".join(left).lower() in ("shares", "stock"):
            return left[0]  # "Its shares have more than doubled": whose, etl.extract reads (a share price)
    fee = _FEE_AFTER_RE.match(text, q.char_end) if family == "percent" else None
    whose_fee = _POSSESSOR_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if fee else None
    if whose_fee:  # "before Valve's 30% cut": the platform's commission
        return f"{whose_fee.group('name')} {fee.group('fee')}"
    part_the = _THE_WHOLE_AFTER_RE.match(text, q.char_end) if family == "percent" and _PART_WORD_END_RE.search(q.surface) else None
    whole = _clean(noun_phrase(text, part_the.end(), c_end, 5)) if part_the else None
    if whole:  # "often more than half the production budget": a part of that whole ("roughly half the
        return f"share of {whole}"  # national average": a share of it as much)
    moved = _MOVE_NOUN_AFTER_RE.match(text, q.char_end) if family == "percent" else None
    whose_move = _POSSESSOR_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if moved else None
    if whose_move:  # "outperforming the benchmark KOSPI's 0.8 percent gain": the index's own move
        return whose_move.group("name")
    share = _SHARE_OF_AFTER_RE.match(text, q.char_end) if family == "percent" else None
    whole = _SHARE_WHOLE_RE.match(text, share.end(), c_end) if share else None
    if whole:  # "Netflix and Disney+ together hold about a 40% share of paid subscriptions"
        whose = possessor(text, q.char_start, names) \
            if _OWNER_BEFORE_FIGURE_RE.search(text, max(c_start, q.char_start - 24), q.char_start) \
            else owner_before(text, c_start, q.char_start, names) \
            if _HOLDS_SHARE_BEFORE_RE.search(text, max(c_start, q.char_start - 24), q.char_start) else None
        return f"{whose} share of {whole.group()}" if whose else f"share of {whole.group()}"  # ("Vantor's 30% share of")
    if family == "percent" and _STAKE_AFTER_RE.match(text, q.char_end):
        owner = owner_before(text, c_start, q.char_start, names)  # "Tencent will hold a 25% stake": Tencent's
        return f"{owner} stake" if owner else "stake"
    side = _VOTE_SIDE_RE.match(text, q.char_end) if family == "percent" else None
    if side:  # "with 87% in favour": the votes on that side
        return f"votes {' '.join(side.group('side').split()).lower()}"
    fined = _FINED_BEFORE_RE.search(text, max(c_start, q.char_start - 60), q.char_start) if family == "money" else None
    if fined:  # "Ofcom has fined the broadcaster Channel 9 Media £1.2 million": the fined party's fine
        whom = names.find(text, fined.start("whom"), fined.end("whom"))  # (from its first name on: "Channel 9 Media")
        return f"{text[whom[0][0]:fined.end('whom')].strip()} fine" if whom else "fine"
    licensed = _LICENSED_FOR_RE.search(text, max(c_start, q.char_start - 90), q.char_start) if family == "money" else None
    if licensed:  # "agreed to license about 10 million video clips to an AI developer for $40 million": the fee for them
        what = [w for w in licensed.group("what").split(" to ")[0].split()
                if not re.match(r"\d", w) and w.lower() not in DETERMINERS and w.lower() not in SCALES
                and w.lower() not in _HEDGE_WORDS]
        return f"licence fee for {' '.join(what)}" if what else "licence fee"
    made_for = _MADE_FOR_RE.search(text, max(c_start, q.char_start - 130), q.char_start) if family == "money" else None
    if made_for:  # "Indie director made feature for $300,000": what making it cost
        return f"cost of {' '.join(w for w in made_for.group('what').split() if w.lower() not in DETERMINERS)}"
    each = _EACH_PAID_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if family == "money" else None
    items = _clean(np_left(text, c_start, each.start(), 3)) if each else None
    if items:  # "3,000 to 4,000 in-between drawings, each paid at around 200 yen": the payment for one of them
        kind = "price" if each.group("verb").lower().startswith(("pric", "sold", "sell", "cost")) else "payment"
        return f"{kind} per {_singular(items)}"
    short = _RUNS_SHORT_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if family == "money" else None
    if short:  # "The … Health Plans could run short of about $300 million": what its subject lacks
        whose = _clean(noun_phrase(text, _subject_start(text, c_start, short.start(), said_clause=False), short.start(), 8))
        return f"{whose} shortfall"[:120] if whose else "shortfall"
    bought_back = _BOUGHT_BACK_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if family == "money" else None
    if bought_back:  # "Disney would buy back $7 billion of its shares": a buyback, its subject's
        whose = owner_before(text, c_start, bought_back.start(), names)
        return _joined(whose, "share buyback") if whose else "share buyback"
    made_passive = _MADE_FOR_PASSIVE_RE.search(text, max(c_start, q.char_start - 90), q.char_start) \
        if family == "money" else None
    if made_passive:  # "The 100-episode show was produced for under ₹25 crore": what making its subject cost
        # (its words whole: the noun before the auxiliary is a noun, whatever else it can be: "show")
        made = [w for w in noun_phrase(text, _subject_start(text, c_start, made_passive.start()), made_passive.start(), 5)
                if w.lower() not in DETERMINERS and w not in PUNCT]
        if made and not all(w.lower() in PRONOUNS for w in made):
            return f"cost of {' '.join(made)}"
    sold = _SOLD_FOR_RE.search(text, max(c_start, q.char_start - 120), q.char_start) if family == "money" else None
    if sold:  # '"Ghost in the Frame," … sold to Netflix for about $17 million', "sold the film for $5 million"
        # (not the size of a stake: "a 45% stake")
        what = [w for w in word_tokens(_STAKE_SIZE_RE.sub("", sold.group("what") or "")) if w.lower() not in ("to", "at")]
        what = _clean(what) if what and (len(what) > 2 or not names.find(" ".join(what))) else None  # (a name alone is the buyer's)
        if not what:
            titled = [m for m in TITLE_RE.finditer(text, c_start, sold.start())]
            what = (titled[-1].group("title") or titled[-1].group("title2")).rstrip(",") if titled else \
                _clean(noun_phrase(text, _subject_start(text, c_start, sold.start()), sold.start(), 5))
        return f"{what} sale price" if what else "sale price"
    defrauded = _DEFRAUDED_OF_RE.search(text, max(c_start, q.char_start - 90), q.char_start) if family == "money" else None
    if defrauded:  # "defrauded more than 3,000 victims of about 15 billion won": the sum taken from them
        return f"amount {defrauded.group('verb').lower()}"
    # (what is bought may be long: "acquired North American rights to the AI-assisted thriller "Glass Harbor" for")
    bought = _BOUGHT_FOR_RE.search(text, max(c_start, q.char_start - 130), q.char_start) if family == "money" else None
    if bought and not re.search(r"\bstakes?\b", bought.group("what")):  # (a stake bought is an investment in it)
        # "agreed to acquire animation studio Vanta Pictures for $18.50 a share": the price paid for a
        # business; "bought a notebook for 1,200€": a thing's purchase price
        named = names.find(bought.group("what"))
        what = named[-1][2] if named else _clean(noun_phrase(bought.group("what"), 0, len(bought.group("what")), 5))
        business = named or bought.group("verb").lower().startswith("acquir") \
            or any(w.lower() in BUSINESS_DESCRIPTIONS for w in bought.group("what").split())
        per_share = _PER_SHARE_AFTER_RE.search(q.surface) or _PER_SHARE_AFTER_RE.match(text, q.char_end)
        rights = _RIGHTS_RE.search(bought.group("what"))
        if rights:  # "acquiring global rights to the thriller "Blue Hour" for": a price paid for rights, no business
            rights_of = " ".join(rights.group().split())
            return f"{what + ' ' if named and what not in rights_of else ''}{rights_of} price"
        price = "acquisition price" if business else "purchase price"
        return f"{what + ' ' if what else ''}{price}{' per share' if per_share else ''}"
    premium = _PREMIUM_AFTER_RE.match(text, q.char_end) if family == "percent" else None
    if premium:  # "a 35% premium to Friday's closing price"
        return f"{premium.group('kind').lower()} {premium.group('rel').lower()} {' '.join(premium.group('np').split())}"
    owing = _OWING_BEFORE_RE.search(text, max(c_start, q.char_start - 50), q.char_start) if family == "money" else None
    if owing:  # "has gone into administration owing creditors about £24 million": its debts (to them)
        to = _clean((owing.group("to") or "").split())
        return f"debts to {to}" if to else "debts"
    losing = _LOSING_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) if family == "money" else None
    lost_to = _LOST_TO_RE.match(text, q.char_end) if losing else None
    what = _clean(noun_phrase(text, lost_to.end(), c_end, 5)) if lost_to else None
    if what:  # "Americans reported losing $25 million to scams involving AI-cloned voices"
        return f"losses to {what}"
    if losing and losing.start() - c_start < 3 and not _OF_AFTER_RE.match(text, q.char_end):
        phrase = "loss"  # "…, but lost £11 million": a clause of its own, its loss (whose, below)
    priced = _PRICED_OFFERING_BEFORE_RE.search(text, max(c_start, q.char_start - 80), q.char_start) if family == "money" else None
    if priced:  # "Voicecraft AI priced its initial public offering at 310 pence a share": the offer price, its issuer's
        opening = _subject_start(text, c_start, priced.start())
        # (the company named, not its description: "Shenzhen-based AI animation company Mingxing Digital priced")
        named = [h for h in names.find(text, opening, priced.start()) if text[h[1]:h[1] + 1] != "-"]
        what = named[-1][2] if named else _clean(noun_phrase(text, opening, priced.start(), 4))
        if not what:  # (a subject with an aside: "Voicecraft AI, a London-based company that …, priced")
            first = names.find(text, c_start, priced.start())[:1]
            what = first[0][2] if first and not text[c_start:first[0][0]].strip(" \"“'‘") else None
        return f"{what} offer price" if what and what.lower() not in PRONOUNS else "offer price"
    settled = _SETTLED_FOR_RE.search(text, max(c_start, q.char_start - 60), q.char_start) if family == "money" else None
    if settled:  # "The studio settled the lawsuit for $20 million", "A similar suit was settled for $1.5 billion"
        what = [w for w in word_tokens(settled.group("what") or "") if not TIME_WORDS_RE.search(w)]
        if not _clean(what):
            what = noun_phrase(text, _subject_start(text, c_start, settled.start()), settled.start(), 5)
        cut = next((k for k, w in enumerate(what) if k and w.lower() in ROLE_BREAKING_PREPOSITIONS), len(what))
        what = _clean(what[:cut])  # ("A similar suit against another AI company": the suit)
        return f"{what} settlement" if what and what.lower() not in ("it", "they") else "settlement"
    moved = (_WHICH_MOVED_BEFORE_RE.search(text, max(s, q.char_start - 40), q.char_start)
             or _WHICH_OBJECT_MOVED_RE.search(text, max(s, q.char_start - 60), q.char_start)) \
        if family in ("percent", "money") else None
    antecedent = _clean(np_left(text, s, moved.start(), 5)) if moved else None
    if moved and antecedent is None and (modified := _PLURAL_PARTICIPLE_END_RE.search(text, s, moved.start())):
        antecedent = modified.group()  # "hours worked, which fell 23%": a plural and the participle after it
    if antecedent:  # "outperforming the broader Hang Seng Index, which gained 1.1%": the index's move
        return antecedent
    headed = _WITH_HEAD_MOVED_RE.search(text, max(c_start, q.char_start - 200), q.char_start) \
        if family in ("percent", "money") and " with " in text[c_start:q.char_start] else None
    listed = _clean(headed.group("np").split()) if headed else None
    if listed:  # (whose the clause before says: "Kuaishou's Q2 performance exceeded expectations, with revenue growing 13%")
        whose = owner_before(text, c_start, headed.start(), names)
        return _joined(whose, listed) if whose and whose.lower() not in listed.lower() else listed
    item = _WITH_ITEM_RE.search(text, max(c_start, q.char_start - 60), q.char_start) \
        if family in ("percent", "money") and " with " in text[c_start:q.char_start] else None
    last = item.group("np").split()[-1].lower() if item else ""
    if item and _WITH_BEFORE_RE.search(text, max(c_start, item.start("np") - 80), item.start("np")) \
            and not _past_verb(last):  # (a verb: "budgets kept rising")
        # "…, with linear TV down 4.8% and streaming up 13.5%", "with Meitu rising 5.1%": each item's own move
        listed = _clean(item.group("np").split())
        its = _POSSESSIVE_OPENS_RE.match(item.group("np"))
        whose = possessor(text, item.start("np") + its.end(), names) if its and listed else None
        if listed:  # ("with its standard plan rising by £1": the company's plan)
            return _joined(whose, listed) if whose else listed
    yielded = _YIELD_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if family == "percent" else None
    if yielded:  # "a five-year tranche priced to yield 5.25%", "a dividend yield of 4.1 per cent": what it pays a year
        kind = yielded.group("kind")
        return f"{kind.lower()} yield" if kind and kind.lower() not in DETERMINERS and kind.lower() != "to" else "yield"
    rated = _RATE_NOUN_OF_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if family == "percent" else None
    if rated and rated.group("noun").lower() not in _NOT_RATE_NOUNS and rated.group("noun").lower() not in MEASURE_NOUNS \
            and not (_CHANGE_NOUN_RE.fullmatch(rated.group("noun")) and _OF_AFTER_FIGURE_RE.match(text, q.char_end)):
        # (a change of a share of a whole measures the whole: "a reduction of 8% of its global workforce")
        # "called for a levy of 1 per cent on streamers' UK revenues": the levy, on what it is levied
        on = _ON_AFTER_RE.match(text, q.char_end)
        what = _clean(noun_phrase(text, on.end(), c_end, 6)) if on else None
        return f"{rated.group('noun').lower()} on {what}" if what else rated.group("noun").lower()
    goal = _GOAL_OF_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
        if family == "count" and not q.noun else None
    if goal:  # "has set a target of 150 million by the end of 2026": the target, of what the paragraph counts
        return goal.group("goal").lower()
    scored = _SCORE_OF_RE.search(text, max(c_start, q.char_start - 30), q.char_start) if family == "count" else None
    if scored:  # "with a rating of 9.1 out of 10": the rating, of what the clause is about
        whose = owner_before(text, c_start, scored.start(), names)
        subject = whose or _clean(noun_phrase(text, _subject_start(text, c_start, scored.start(), said_clause=False),
                                              scored.start(), 6))
        noun = " ".join(filter(None, (scored.group("kind"), scored.group("noun")))).lower()  # ("a net score of")
        return _joined(subject, noun) if subject and noun not in subject.lower() else noun
    label = line_label(q, text, family) or line_label(q, text, family, sentence)
    if label:  # "Earnings per share: $1.76 adjusted vs. $1.45 expected": what the line's label names
        return label
    cell = table_cell(text, q.char_start) if "|" in text[sentence[0]:sentence[1]] else None
    if cell:  # a table's cell: its row and its column, "Paper Moon" and "Weekend gross"
        return f"{cell[0]} {cell[1].lower()}"
    taken = _TAKEN_FROM_RE.match(text, q.char_end, c_end) \
        if family in ("money", "percent") and _TAKING_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) else None
    fewer = MORE_OR_FEWER_RE.match(text, q.char_end) if family == "percent" else None
    if fewer and not _COMPARED_COST_RE.match(text, q.char_end):
        # "artists using AI tools work about 30% fewer hours per episode": the hours, not the artists
        return " ".join(fewer.group("np").split())
    raises = _RAISES_OF_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if family == "percent" else None
    if raises:  # "The union is seeking raises of 11% in the first year": pay rises
        return f"{(raises.group('what') or 'pay').lower()} {raises.group('noun').lower()}"
    taken_from = _clean(noun_phrase(text, taken.end(), c_end, 7)) if taken and family == "percent" else None
    if taken_from and mentions_a_measure(taken_from):  # "could shave 20% to 30% off the cost of a typical studio film"
        return taken_from
    compared = _COMPARED_COST_RE.match(text, q.char_end) if family == "percent" else None
    if compared:  # "at 70% lower cost": the cost; "AI-made ads cost 90% less": what they cost
        phrase = compared.group("noun")
        if not phrase:
            verb = _COST_VERB_BEFORE_RE.search(text, max(c_start, q.char_start - 12), q.char_start)
            subject = _clean(np_left(text, c_start, verb.start(), 4)) if verb else None
            phrase = f"{subject} cost" if subject else None
            spent = _SPENT_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) if not phrase else None
            spent_on = _SPENT_ON_RE.match(text, compared.end()) \
                if spent and spent.group(1).lower().startswith("spen") else None
            if spent_on:  # "we spent about 30% less on lighting and compositing": the spending on them
                what = _clean(noun_phrase(text, spent_on.end(), c_end, 5))
                phrase = f"spending on {what}" if what else None
        if phrase:
            return phrase
    material = _MATERIAL_OF_RE.match(text, q.char_end) if family == "time" else None
    if material:  # "40 hours of archive footage": the footage, an amount of material; the time spent on it
        what = _LEADING_DETERMINER_RE.sub("", " ".join(material.group("np").split()))
        watched = _WATCHED_BEFORE_RE.search(text, max(c_start, q.char_start - 50), q.char_start)
        return f"time spent watching {what}" if watched else what  # ("members watched 95 billion hours of content")
    watched_for = _WATCHED_FOR_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
        if family == "time" and _BIG_SCALE_SURFACE_RE.search(q.surface) else None
    if watched_for:  # "The season was watched for 368.4 million hours": the time spent watching the clause's subject
        words = np_left(text, c_start, watched_for.start(), 4)
        subject = _clean(words) or " ".join(words)  # ("season" alone is a span to _clean, not here)
        return f"time spent watching {subject}" if subject else "time spent watching"
    titled = TITLE_RE.match(text, q.char_end + 4) if family == "time" and text.startswith(" of ", q.char_end) else None
    if titled and _WATCHED_BEFORE_RE.search(text, max(c_start, q.char_start - 50), q.char_start):
        # 'Americans watched 20.4 billion minutes of "Squid Game"': the time spent watching the title
        return f"time spent watching {(titled.group('title') or titled.group('title2')).rstrip(',')}"
    watched = _WATCHED_RIGHT_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
        if family == "time" and _BIG_SCALE_SURFACE_RE.search(q.surface) else None
    if watched:
        # "Members watched over 94 billion hours": the time spent watching (of what, when the phrase after says it:
        # "18 billion minutes of anime")
        of_what = _clean(noun_phrase(text, q.char_end + 4, c_end, 4)) if text.startswith(" of ", q.char_end) else None
        return f"time spent watching {of_what}" if of_what else "time spent watching"
    viewed = _VIEWED_AFTER_RE.match(text, q.char_end) if family == "time" else None
    if viewed:  # '"Synthetic" drew 1.2 billion minutes viewed': the title's minutes viewed
        owner = owner_before(text, c_start, q.char_start, names)
        return " ".join(filter(None, (owner, q.surface.split()[-1].lower(), viewed.group("verb"))))
    if family == "money" and _SHARES_AT_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start):
        return "price per share"  # "sold 61.2 million shares at HK$27.80 each": no company's investment
    oversubscribed = _OVERSUBSCRIBED_BEFORE_RE.search(text, max(c_start, q.char_start - 50), q.char_start) \
        if family == "count" else None
    if oversubscribed:  # "the retail offering was oversubscribed about 420 times": its demand, in times the shares offered
        offering = _clean(np_left(text, c_start, oversubscribed.start(), 6))
        return f"{offering} oversubscription" if offering else "oversubscription"
    if family == "time" and (_JAILED_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start)
                             or _IN_PRISON_AFTER_RE.match(text, q.char_end)):
        # "A man … has been jailed for four years": no length of the man's (but "spent three years in prison": served)
        return "time in prison" if _SPENT_TIME_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
            else "prison sentence"
    watched = _WATCH_HOURS_SURFACE_RE.search(q.surface) if family == "time" else None
    if watched:  # "ITVX recorded 1.1 billion streaming hours": its streaming hours
        owner = owner_before(text, c_start, q.char_start, names)
        return " ".join(filter(None, (owner, watched.group().lower())))
    spent_after = _SPENT_AFTER_RE.match(text, q.char_end) if family == "money" else None
    if spent_after:  # "the roughly $4.5 billion spent on localisation by streamers": the spending on it
        # (and said in the passive: "£7.5 million would be spent on AI skills", "$20 million will be invested in studios")
        what = _clean(noun_phrase(text, spent_after.end(), c_end, 5))
        if what:
            # ("More than $4.1 million has been wagered on the question": the bets on it)
            return f"{'investment in' if spent_after.group('invested') else 'bets on' if spent_after.group('wagered') else 'spending on'} {what}"
    part_of = _AMOUNT_OF_RE.match(text, q.char_end) if family == "money" and phrase is None else None
    whole = _clean(noun_phrase(text, part_of.end(), c_end, 6)) if part_of else None
    if whole and mentions_a_measure(whole):  # "accounted for about $109 billion of total private AI investment"
        phrase = whole
    worth = _WORTH_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
        if family == "money" and not taken else None
    if worth:  # "lost two major contracts worth a combined €9 million": what is worth it
        left = np_left(text, c_start, worth.start(), 4)
        if len(left) > 1 and left[0].lower().endswith("ing") \
                and text[:text.rfind(left[0], c_start, worth.start())].rstrip().endswith(","):
            left = left[1:]  # ("…, claiming relief worth a combined £62 million": a participle with its object, the relief)
        phrase = _clean(left)
        sold = _SOLD_BEFORE_RE.search(text, max(c_start, worth.start() - 40), text.rfind(left[-1], c_start, worth.start())) \
            if phrase and phrase.lower() in ("tickets", "seats", "copies", "units", "subscriptions") else None
        if sold:  # "Nigerian cinemas sold tickets worth ₦7.8 billion": ticket sales
            phrase = f"{_singular(phrase)} sales"
        if phrase and phrase.split()[-1][:1].isupper():  # "deals with Disney, NBCUniversal and Amazon worth": whom, not what
            partners = _WITH_PARTNERS_BEFORE_RE.search(text, max(c_start, worth.start() - 80), worth.start())
            phrase = _clean(np_left(text, c_start, partners.start(), 4)) if partners else None  # the deals
    if taken:  # "AI could wipe $1.1b from production spend": what it is taken from (whose, below:
        # "wiping $340 million from the company's value")
        phrase = _clean(noun_phrase(text, taken.end(), c_end, 5))
        phrase = _COMMON_POSSESSOR_RE.sub("", phrase) if phrase else None
    heading = _DEFINED_AT_LINE_START_RE.match(text, q.char_end) \
        if _LINE_START_RE.search(text, max(0, q.char_start - 6), q.char_start) \
        or _NUMBERED_LINE_START_RE.search(text, max(0, q.char_start - 6), q.char_start) \
        and (text[q.char_end:q.char_end + 3].lstrip(" \t")[:1] in "—–-\n") else None
    if heading:  # "$1.5 billion: The amount venture investors put into AI video startups, according to …"
        # (or on the line after it: "2. $1.5 billion¶The amount Anthropic agreed to pay authors", etl.segment)
        # a line that a number heads defines it: its words up to the clause's end
        clause = _DEFINITION_RE.match(text, heading.end())
        share = _SHARE_OF_GROUP_RE.match(text, heading.end()) if family == "percent" and clause else None
        words = text[share.end() if share else heading.end():clause.end()].split() if clause else []
        if 1 < len(words) <= 16:  # (a whole sentence after the colon is no definition)
            # (without the source it credits in brackets at its end: "… by 2026 (CVL Economics)")
            return _free_relative(" ".join(words)) or _TRAILING_BRACKET_RE.sub("", " ".join(words)).rstrip(" ,;:")
    defined = _DEFINED_AFTER_RE.match(text, q.char_end)
    line_at = text.rfind("\n", 0, q.char_start) + 1
    if defined and (_has_verb(text, line_at, q.char_start) or _RELATIVE_WORD_RE.search(text, line_at, q.char_start)):
        defined = None  # "The AI film that cost $3,000: a case study": the amount has its clause, the colon a label after it
    what_done = _free_relative(text[defined.end():e]) if defined else None
    if what_done:  # "1. $1.8 billion: what AI video startups raised in 2024": the funding they raised
        return what_done
    if defined:  # a list of numbers, each defined after it: "118,500: the number of entertainment jobs in …"
        share = _SHARE_OF_GROUP_RE.match(text, defined.end()) if family == "percent" else None
        start = share.end() if share else defined.end()
        words = noun_phrase(text, start, e, 6)
        phrase = _clean(words)
        if phrase and share:  # "85%: the share of marketers who plan to …" → marketers who plan to …
            pred = predicate(text, _skip_to_end_of(text, start, phrase), e)
            phrase = f"{phrase} {pred}" if pred else phrase
        if phrase:
            return phrase[:120]
    sized = _SIZED_BY_PEOPLE_RE.search(q.surface) if family == "count" else None
    if sized:  # "a 40-person animation studio": its staff (a staff already: "its 3,000-strong workforce")
        org = sized.group("org")
        return org if _STAFF_NOUN_RE.search(org) else f"{org} staff"
    compound = _COUNT_COMPOUND_RE.match(q.surface) if family == "count" and not sized else None
    if compound:  # "a 12-episode anime series": the series' episodes, counted
        unit = compound.group("unit")
        return f"{compound.group('noun')} {unit if unit.endswith('s') else unit + 's'}"[:120]
    numbering = _WHO_NUMBER_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
        if family == "count" and not q.noun else None
    if numbering:  # "available to ChatGPT subscribers, who number more than 20 million": those counted
        counted = _clean(np_left(text, c_start, numbering.start(), 4))
        at = text.rfind(counted, c_start, numbering.start()) if counted else -1
        named = [h for h in names.find(text, max(c_start, at - 40), at) if h[1] == at - 1] if at > 0 else []
        if counted:  # (with the name before it: "ChatGPT subscribers")
            return f"{named[-1][2]} {counted}" if named else counted
    team = _TEAM_OF_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
        if family == "count" and (not q.noun or q.noun.lower() in HEADCOUNT_NOUNS) else None
    if team:  # "my team of 40 is down to 25": the team
        return team.group(1)
    # (past a quotation closing on the figure: '"at least 80%" of its content budget')
    m = _RIGHT_PHRASE_RE.match(text, q.char_end + (text[q.char_end:q.char_end + 1] in "\"”"))
    if m and q.per and m.group().strip().lower() == "of":
        m = None  # "0.5 yuan per second of video": what the rate's unit is of, no noun of the amount
    if family in ("percent", "count"):
        of_phrase = bool(m and m.group().strip().startswith("of"))
        if of_phrase and family == "count" and q.noun and (AMOUNT_AT_RE.match(text, m.end())
                                                           or _SPAN_OF_TIME_RE.match(text, m.end())):
            # "defrauded 3,000 victims of about 15 billion won": the victims, not the won ("412 clips of five seconds
            # each": the clips, how long each is)
            of_phrase, m = False, None
        bracket = _AGE_BRACKET_RE.match(text, m.end()) if of_phrase else None
        if bracket:  # "71% of those 65 and older": the group, its age with it
            return bracket.group()
        if of_phrase:
            # "62% of 500 professional editors": the group, past its size; "30% of the $70 billion
            # global market": the market, past its amount
            size = GROUP_SIZE_RE.match(text, m.end()) or _AMOUNT_BEFORE_NOUN_RE.match(text, m.end()) \
                or _OWNED_SIZE_RE.match(text, m.end())
            start = size.end() if size else m.end()
            words = noun_phrase(text, start, c_end)
            if size and size.group("owner") and words:
                words = [size.group("owner").strip(), *words]  # "Disney's employees"
            # "of whom work in games": past the pronoun only, to the verb of the group it stands for
            after = start + len(words[0] if _stands_for(words) else " ".join(words))
        else:
            words = (q.noun or "").split()
            if len(words) > 1 and words[0].lower() in _COMPARATIVE_QUANTIFIERS:
                words = words[1:]  # "cut 2,000 more jobs": the jobs
            after = q.char_end
        # the counted noun's first word may be a participle ("50 listed companies", "5 million paid
        # memberships", "6,000 dubbing professionals"); an of-phrase's may be a verb ("of whom work in games")
        participle = len(words) > 1 and (not of_phrase and words[0].lower().endswith(("ed", "ing"))
                                         or words[0].lower() in IRREGULAR_PAST)  # ("of paid subscription accounts")
        # (a plural counted right after its number is a noun, whatever verb it may spell: "to 20 projects")
        plural_counted = not of_phrase and family == "count" and re.fullmatch(r"[a-z]{3,}[^s']s", words[0] if words else "") \
            and not _COPULA_BEFORE_RE.search(text, max(c_start, q.char_start - 20), q.char_start)  # ("Volume was 15.2 billion shares")
        phrase = words[0] if plural_counted and len(words) == 1 else \
            _clean(words) if words and (participle or plural_counted or not verbish(words[0].split()[0])
                                        or len(words) > 1 and words[0].lower() in ADJECTIVAL_OPENERS) \
            and not _stands_for(words) else None
        if phrase and len(words) > 1 and f" {' '.join(words)} ".endswith(f" {phrase} {words[-1]} ") \
                and re.fullmatch(r"[a-z]{3,}[^s']s", words[-1]):
            phrase = f"{phrase} {words[-1]}"  # the counted noun's head, which may spell a verb: "a fifth of new shows"
        if phrase and of_phrase and family == "count" and phrase.endswith(" work"):
            # "1,200 of its members work mainly in dubbing": the members by the work they do (the verb, no noun "work")
            employed = _EMPLOYED_AFTER_RE.match(text, text.rfind(" work", start, after))
            if employed:
                phrase = " ".join(f"{phrase[:-5]} {_WORK_VERB_RE.sub('working', employed.group(), 1)}".split())
        if phrase and of_phrase and family == "count" and q.noun and (_PEOPLE_NOUN_RE.fullmatch(q.noun)
                                                                     or _USES_NOUN_RE.fullmatch(q.noun)) \
                and not names.find(phrase):
            phrase = f"{q.noun} of {_TRAILING_TIME_RE.sub('', phrase)}"  # "752 million users of streaming services": the users, of what
        elif phrase and of_phrase and family == "count" and q.noun and is_people_noun(q.noun.split()[-1]):
            named = names.find(phrase)
            if named and named[-1][0] > 0 and named[-1][1] == len(phrase):
                # "2,000 members of the broadcasting union Bectu": the members of the body its description names
                phrase = f"{named[-1][2]} {q.noun}"
        moved = _MOVED_FROM_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
            if phrase and not of_phrase and family == "count" and _PERSONS_RE.fullmatch(phrase) \
            and (q.value_high is not None or _TO_LEVEL_AFTER_RE.match(text, q.char_end)) else None
        if moved:
            # "cut its crew from 40 people to 12", "His team has shrunk from 40 people to 25": what
            # went from one size to the other is the group before "from", its people the unit
            verb = verbish(moved.group("word")) or moved.group("word").lower() in IRREGULAR_PAST
            at = _subject_start(text, c_start, moved.start()) if verb else None
            group = _clean(noun_phrase(text, at, moved.start(), 4)) if verb else _clean(np_left(text, c_start, moved.end("word"), 3))
            if group and not _stands_for(group.split()) and group.split()[-1].lower() not in PRONOUNS:
                return owned_group(text, s, q.char_start, group, names)
        reached = _REACHED_LEVEL_BEFORE_RE.search(text, max(c_start, q.char_start - 90), q.char_start) \
            if phrase and not of_phrase and family == "count" and _PERSONS_RE.fullmatch(phrase) else None
        body = _clean(noun_phrase(text, _subject_start(text, c_start, q.char_start), reached.start(), 6)) \
            if reached else None
        if body and body.split()[-1].lower() in COLLECTIVE_PEOPLE_NOUNS:
            # "its membership had fallen by 8% since 2022, to about 5,400 people": the level the body
            # reached, counted in people
            return owned_group(text, s, q.char_start, body, names)
        employs = _EMPLOYS_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
            if phrase and not of_phrase and family == "count" and _PERSONS_RE.fullmatch(phrase) else None
        # (a relative's adverb is no employer: "The studios, which together employ about 1,100 people")
        which = _WHICH_BEFORE_RE.search(text, max(c_start, employs.start() - 24), employs.start()) if employs else None
        # (past an adverb before the verb: "the editorial department once employed 12 to 15 people")
        adverbs = _ADVERBS_BEFORE_RE.search(text, c_start, employs.start()) if employs and not which else None
        employer = _clean(np_left(text, c_start, adverbs.start() if adverbs else employs.start(), 4)) \
            if employs and not which else None
        if which:  # "South Africa's animation industry, which employs about 4,800 people": the industry's
            # (past what it is ranked by: "The world's largest advertising group by revenue, which employs")
            ranked_by = _RANKED_BY_END_RE.search(text, c_start, which.start())
            employer = _clean(np_left(text, c_start, ranked_by.start() if ranked_by else which.start(), 4))
        aside = _ASIDE_BEFORE_VERB_RE.search(text, c_start, employs.start()) if employs and not which and employer is None \
            else None
        if aside:  # "The studio, founded in 2022 by former Ubisoft staff, employs 85 people": who the aside is about
            employer = _clean(np_left(text, c_start, aside.start(), 4))
        maker = MAKER_DESCRIBED_RE.match(text, _subject_start(text, c_start, employs.start(), said_clause=False),
                                         employs.start()) if employs and not which and employer is None else None
        if maker:  # 'The studio behind "One Piece" and "Dragon Ball" employs about 900 people': the studio the article is about
            employer = topic or maker.group("noun")
        if employs and not which and employer is None:
            before = text[max(c_start, employs.start() - 12):employs.start()]
            if _IT_SUBJECT_END_RE.search(before):  # "It employs about 108,000 people": the company "it" is
                employer = possessor(text, employs.start(), names, subject=True)
            elif _AND_END_RE.search(before):  # "The creative industries contributed £124 billion and employ 2.4 million
                # people": the subject of the verbs joined
                employer = _clean(noun_phrase(text, _subject_start(text, c_start, employs.start(), said_clause=False),
                                              employs.start(), 5))
        measured_of = _HEAD_OF_RE.match(employer) if employer else None
        if measured_of and measured_of.group("m").lower() in MEASURE_NOUNS:
            employer = measured_of.group("rest")  # "the cost of Canadian animation, which employs": a measure employs nobody
        described = _DESCRIBED_NAME_RE.search(employer) if employer else None
        if described:  # "Visual effects firm Prime Focus, which employs": Prime Focus, not its description
            employer = described.group("name")
        if employer:  # "The VFX industry employs an estimated 15,000 people": its employees
            return f"{employer} employees"
        employed = _EMPLOYED_AFTER_RE.match(text, q.char_end) if phrase and not of_phrase and family == "count" else None
        if employed:  # "12,400 cast and crew employed on local productions": who they are, by their work
            phrase = " ".join(f"{phrase} {_WORK_VERB_RE.sub('working', employed.group())}".split())
        did = predicate(text, q.char_end, c_end, any_verb=True) if phrase and not of_phrase and family == "count" \
            and _PEOPLE_NOUN_RE.fullmatch(phrase) and _DID_AFTER_RE.match(text, q.char_end) else None
        if did:  # "more than 7 million people have used Veo": the people who did it
            return did.removeprefix("who ") if did.split()[0].endswith("ing") else f"{phrase} {did}"[:120]
        if phrase and m and q.noun and family == "count":
            named = names.find(phrase)
            if named and named[0][0] == 0 and named[0][1] == len(phrase):
                phrase = _joined(named[0][2], q.noun)  # "2,500 members of the Writers Guild": the Guild's members
        if phrase and m and words[0].lower() in ("its", "their"):
            whose = possessor(text, text.find(words[1], m.end()), names)  # "25% of its staff": Unity's staff
            phrase = _joined(whose, phrase) if whose else phrase
        if phrase is None and family == "percent" or phrase and phrase.lower() in WEAK_NOUNS:
            phrase = None
        # (a group named by a measure's noun answers too: "Around 70% of viewers in a channel poll said …")
        # (so do people a measure's noun counts, by what they did: "About 20 percent of viewers paid for content")
        if phrase and family == "percent" and (MEASURE_NOUN_RE.fullmatch(phrase.split()[-1]) is None
                                               or is_people_noun(phrase.split()[-1])
                                               or _ANSWERED_AFTER_RE.match(text, _skip_to_end_of(text, after, phrase))):
            pred_at = _skip_to_end_of(text, after, phrase)
            aged = _AGED_AFTER_RE.match(text, pred_at, c_end)
            if aged:  # "Nearly half of Americans aged 18 to 24 say …": the group with its ages, then what it said
                phrase, pred_at = f"{phrase} {' '.join(aged.group().split())}", aged.end()
            polled = _IN_A_POLL_RE.match(text, pred_at, c_end)
            if polled:  # "Around 70% of viewers in a channel poll said …": past where they were asked
                pred_at = polled.end()
            surveyed = _SURVEYED_RELATIVE_RE.match(text, pred_at, c_end)
            if surveyed:  # "65% of the 1,000 audio artists it surveyed last spring had lost work": those asked, then what they did
                pred_at = surveyed.end()
            pred = predicate(text, pred_at, c_end)
            asked = _ASKED_PARTICIPLE_RE.match(pred) if pred else None
            if asked:  # "A quarter of the studios surveyed said they …": those asked, then what they said
                phrase, pred = f"{phrase} {asked.group(1)}", "who " + pred[asked.end():]
            asked = asked or pred and _ASKED_PARTICIPLE_RE.search(phrase + " " + pred.split(None, 1)[0])
            if asked and not pred.startswith("who "):
                pred = "who " + pred  # ("of the 900 writers polled by the Writers' Guild said": a name in the phrase)
            object_relative = bool(pred and _OBJECT_RELATIVE_RE.match(pred))
            if pred and pred.startswith("who ") and len(phrase.split()) > 1 \
                    and phrase.split()[0].lower() in SPENT_BY_PEOPLE_NOUNS and _PERSONS_RE.fullmatch(phrase.split()[-1]):
                pred = pred[4:]  # "of all the time children spent watching video": what they spent, a relative of its own
            if object_relative:
                pred = _TRAILING_AUXILIARY_RE.sub("", pred[4:])  # "the ads it produced": no pronoun before "it"
            # (a possessive's head is the thing possessed: "its members' work" is no people)
            possessed = _POSSESSED_HEAD_RE.search(phrase)
            if not object_relative and pred and pred.startswith("who ") and not asked \
                    and not _PERSONS_RE.search(possessed.group(1) if possessed else phrase):
                # "40% of all video ads will be made with AI": things, not people; "of the tracks
                # uploaded to its platform": a participle of things needs no pronoun
                # (past an adverb: "the tasks now done in film production" are done, not "that now done")
                rest = [w for w in pred.lower().split()[1:] if not (ADVERB_RE.fullmatch(w) or _TIME_ADVERB_RE.fullmatch(w))]
                second = rest[0] if rest else ""
                # (a past tense with its object is the things' own verb, no participle: "17% of all submissions
                # disclosed some use of generative AI")
                participle = _participle(second) and not (len(rest) > 1 and rest[1] in DETERMINERS | {"some", "any", "no"})
                pred = pred[4:] if participle or second in ("it", "they", "we") else "that " + pred[4:]
                finite = _FINITE_AFTER_PARTICIPLE_RE.search(pred) if participle else None
                if finite:  # "of the tracks delivered to its platform each day are now fully generated": theirs, that are
                    pred = f"{pred[:finite.start()].rstrip()} that {pred[finite.start():]}"
                pred = _TRAILING_AUXILIARY_RE.sub("", pred)  # ("… it produced in the third quarter were")
            would_cost = _WOULD_COST_RE.match(pred) if pred else None
            if would_cost:  # "roughly a tenth of what a comparable animated film would cost": its cost
                return f"{phrase} {would_cost.group('more')}cost"
            return f"{phrase} {pred}" if pred else phrase
        # (without an article when a measure follows: "Clients expect about 20% savings")
        owned_figure = _OWNER_BEFORE_FIGURE_RE.search(text, max(c_start, q.char_start - 24), q.char_start) \
            if phrase is None and family == "percent" else None
        modified = _MODIFIED_AFTER_RE.match(text, q.char_end) if phrase is None and family == "percent" and (
            _ARTICLE_BEFORE_RE.search(text, max(c_start, q.char_start - 24), q.char_start) or owned_figure
            or MEASURE_NOUN_RE.match(text, q.char_end + 1)
            # (a headline drops its articles: "EU lawmakers back 30% quota for European films on streamers")
            or not text[:sentence[0]].strip() and _HEADLINE_LINE_RE.fullmatch(text, sentence[0], sentence[1])
            and text[sentence[1]:sentence[1] + 1] in ("\n", "")) else None
        if modified:
            # "a 20 per cent local content quota on streaming services", "a 5% pay rise": the figure
            # is an adjective of the noun after it, which is what it measures
            words = [w.rstrip(".,;:") for w in noun_phrase(text, modified.end(), c_end, 5)]
            # (after an article, a word in -ing is a noun: "a 10% saving would add …")
            gerund = _GERUND_RE.match(text, modified.end()) if _ARTICLE_BEFORE_RE.search(
                text, max(c_start, q.char_start - 24), q.char_start) else None
            if gerund and not words:
                words = [gerund.group(1)]
            cand = _clean(words)
            if cand and (not verbish(words[0]) or gerund) and words[0].lower() not in {"share", "stake"} | WEAK_NOUNS and not (
                    any(_CHANGE_NOUN_RE.fullmatch(w) for w in words)
                    and not any(MEASURE_NOUN_RE.fullmatch(w) for w in words[:next(i for i, w in enumerate(words)
                                                                                  if _CHANGE_NOUN_RE.fullmatch(w))])):
                # (not a change of nothing named: "a 34.9 percent year-on-year increase"; but "a 5% pay rise")
                at = modified.end()
                whole = np_around(text, at, at, at + len(cand), c_end) if text.startswith(cand, at) else [cand]
                cand = _clean(" ".join(whole).split()) or cand
                cand = _AND_DETERMINER_RE.split(cand, maxsplit=1)[0]  # ("at a 25% premium and the rest on …": another phrase)
                whose = possessor(text, q.char_start, names) if owned_figure else None
                return (_joined(whose, cand) if whose and whose.lower() not in cand.lower() else cand)[:120]
            if len(words) == 1 and words[0].lower() in ("share", "stake"):
                # "YouTube remained the most-watched platform with a 13.1% share": the subject's share
                whose = owner_before(text, c_start, q.char_start, names)
                if whose:
                    return f"{whose} {words[0].lower()}"
        of_them = _OF_THE_COUNTED_RE.fullmatch(text, c_start, q.char_start) if phrase is None and family == "percent" else None
        if of_them is None and phrase is None and family == "percent" and c_start > s \
                and _CONTRAST_LEAD_RE.fullmatch(text, c_start, q.char_start):
            # "Of the 11,500 responses received, 88% backed …, while only 3% supported …": of the same whole
            of_them = _OF_THE_COUNTED_RE.match(text, s)
        pred = predicate(text, q.char_end, c_end, any_verb=True) if of_them else None
        if pred and _COPULA_RE.match(pred.removeprefix("who ")):  # (not "…, 47% said": the group's answer, below)
            return f"{of_them.group('noun').strip()} {_COPULA_RE.sub('', pred.removeprefix('who '))}"[:120]
        if pred and pred.startswith("who ") and not _PERSONS_RE.search(of_them.group("noun")):
            # "Of the 11,500 responses received, 88% backed a licensing requirement": things that did it
            return f"{of_them.group('noun').strip()} that {pred.removeprefix('who ')}"[:120]
        asked = _ASKED_LEAD_RE.match(text, s) if family == "percent" and phrase is None and group is None else None
        if asked and asked.end() <= q.char_start:
            # "Asked whether their employer had used AI tools, 44% said yes": those asked answered, the
            # question is no measure
            group = "respondents"
        if phrase is None:
            more = _MORE_AFTER_RE.match(text, q.char_end)  # "several hundred more, by their own account, have joined"
            pred = predicate(text, more.end() if more else q.char_end, c_end)
            if pred is None and text.startswith(", ", q.char_start - 2) and text.startswith(",", q.char_end):
                # "A majority of respondents, 54%, said they distrust AI-made news": the share between commas
                pred = predicate(text, q.char_end + 1, c_end)
            restated = _SHARE_RESTATED_RE.match(text, q.char_end) if pred is None else None
            if restated:  # "Nearly two-thirds, 64%, said they feared …": the share said again, then its verb
                pred = predicate(text, restated.end(), c_end)
            if pred is None and words and words[0].lower() in ("them", "those", "whom", "which"):
                # "67 percent of them watch short dramas": what follows "of them" is their verb
                pred = predicate(text, after, c_end, any_verb=True)
            if pred and group and text[max(0, q.char_start - 3):q.char_start] != "by ":
                # (not a change by the figure: "it cut post-production costs by 60% using generative tools")
                return f"{owned_group(text, s, q.char_start, group, names)} {pred}"
    scored = _SCORED_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
        if phrase is None and family in ("percent", "count", "other") else None
    test = _SCORED_ON_RE.match(text, q.char_end) if scored else None
    on_before = _TEST_BEFORE_RE.search(text, s, scored.start()) if scored and not test else None
    if test:  # "its model scored 86.2% on the VBench leaderboard": its score on that test
        phrase = f"{' '.join(test.group('test').split())} score"
    elif on_before:  # "On a standard benchmark it scored 84.2": the test named first
        phrase = f"{' '.join(on_before.group('test').split())} score"
    if phrase is None and family in ("money", "percent") and (
            _SAVED_RE.search(text, max(c_start, q.char_start - 60), q.char_start)
            or _SAVED_AFTER_RE.match(text, q.char_end)):  # ("I'd rather spend the 20% we save on the shoot")
        phrase = "savings"  # "expects to save a further £50m this year", "save the industry between $5 billion and …"
    budgeted = _BUDGETED_AT_RE.search(text, max(c_start, q.char_start - 30), q.char_start) if phrase is None and family == "money" else None
    if budgeted:  # "The film, budgeted at €9 million, was shot in 32 days": its budget
        subject = _clean(np_left(text, s, budgeted.start(), 4))
        return f"{subject} budget" if subject else "budget"
    if phrase is None and family == "money" and (_TO_SETTLE_AFTER_RE.match(text, q.char_end)
                                                  or _SETTLED_FOR_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start)):
        # "agreed to pay $1.5 billion to settle a class-action lawsuit", "Authors' class action settles for $1.5 billion"
        phrase = "settlement"
    each = _FOR_EACH_AFTER_RE.match(text, q.char_end) if phrase is None else None
    works_out = _WORKS_OUT_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if each else None
    if works_out:  # "The settlement works out to about $3,000 for each of the roughly 500,000 books": per one
        whole = _clean(noun_phrase(text, _subject_start(text, c_start, works_out.start()), works_out.start(), 6))
        if whole:
            return f"{whole} per {_singular(each.group('item'))}"
    paid = _PAID_FOR_RE.match(text, q.char_end) if phrase is None and family == "money" \
        and _PAYS_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) else None
    each_paid = _EACH_ITEM_RE.match(text, paid.end()) if paid else None
    if each_paid:  # "will be paid at least £125 for each day their digital likeness is used": a payment per day
        phrase = f"payment per {_singular(each_paid.group('item'))}"
    elif paid:  # "Netflix pays $17 million for comedy": the price paid for it
        what = _clean(noun_phrase(text, paid.end(), c_end, 5))
        if what and what.split()[0].lower() not in ("what", "which", "whatever", "how", "why"):
            phrase = f"price paid for {what}"  # (not "paid $800 for what they were told were …")
    what_in = _IN_WHAT_RE.match(text, q.char_end) if phrase is None and family == "money" else None
    if what_in:  # "more than $1 million each in royalties", "$31 million in damages"
        phrase = " ".join(_QUOTE_MARKS_RE.sub("", what_in.group(2) or what_in.group(1)).split())
    sought = _DAMAGES_SOUGHT_BEFORE_RE.search(text, max(c_start, q.char_start - 50), q.char_start) \
        if phrase is None and family == "money" else None
    if sought:  # "The record industry sued Suno …, seeking up to $150,000 per infringed work": the damages sought
        per = _PER_ITEM_AFTER_RE.match(text, q.char_end)
        return f"damages sought per {per.group('item')}" if per else "damages sought"
    awarded = _AWARDED_BEFORE_RE.search(text, max(c_start, q.char_start - 60), q.char_start) \
        if phrase is None and family == "money" and not _IN_NOUN_AFTER_RE.match(text, q.char_end) else None
    if awarded:  # "An employment tribunal has awarded a visual effects artist £48,000": an award, not the tribunal's
        phrase = "award"
    went = _WENT_TO_RE.match(text, q.char_end) if phrase is None and family == "money" else None
    if went and (where := _clean(noun_phrase(text, went.end(), c_end, 5))):
        phrase = f"spending on {where}"  # "About $11,000 went to cast and crew": what was spent on them
    priced = _PRICED_ASIDE_BEFORE_RE.search(text, max(c_start, q.char_start - 60), q.char_start) \
        if phrase is None and family == "money" and text.startswith(",", q.char_end) else None
    if priced:  # "The Plus plan, at $9.99 a month, raises the limit": the plan's price
        return f"{_clean(priced.group('np').split()) or priced.group('np')} price"[:120]
    paid_whom = (_PAID_WHOM_RE.search(text, max(c_start, q.char_start - 80), q.char_start)
                 or _PAID_DEFINITE_WHOM_RE.search(text, max(c_start, q.char_start - 60), q.char_start)) \
        if phrase is None and family == "money" else None
    if paid_whom:  # "Twitch paid creators more than $1 billion in 2023", "agreed to pay a major record label $50 million"
        phrase = f"payments to {paid_whom.group('who')}"
    paid_to = _PAID_TO_RE.match(text, q.char_end) if phrase is None and family == "money" \
        and _PAYS_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) else None
    if paid_to:  # "Spotify paid out more than $10 billion to the music industry": payments to it
        whom = noun_phrase(text, paid_to.end(), c_end, 5)
        what = _clean(whom)
        if whom and whom[0].lower().rstrip(".,") in PRONOUNS:
            phrase = "payouts"  # ("which has paid out over $1 million to them": whoever they are)
        elif what:
            phrase = f"payments to {what}"
    per_item = _PER_ITEM_AFTER_RE.match(text, q.char_end) if family == "money" and (
        paid_whom or phrase is None and _PAYS_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start)) else None
    if per_item:  # "Apple Music pays closer to $0.01 per stream", "pays rights holders $0.004 per stream": by the item
        phrase = f"{phrase or 'payout'} per {per_item.group('item')}"
    charges = _CHARGES_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
        if phrase is None and family == "money" else None
    if charges and not re.search(r"\bof\b", charges.group()):  # (not the noun: "restructuring charges of $20 million")  # "The company charges brands between $5,000 and $20,000 per appearance": its price, by the item
        item = _PER_ITEM_AFTER_RE.match(text, q.char_end)
        rate = re.search(r"\bper\s+(?:second|minute|hour)$", q.surface)
        of_what = _RATE_OF_RE.match(text, q.char_end) if rate else None
        what = [w for w in of_what.group("what").split() if w not in SIMPLE_PREPOSITIONS] if of_what else []
        what = " ".join(what[:1] if len(what) == 2 and what[1].endswith("ed") else what)  # (not "video generated")
        # ("Google will charge developers $0.75 per second of video": a price per second of it)
        phrase = f"price per {item.group('item')}" if item else f"price {rate.group()} of {what}" if what else "price"
    traded = _TRADED_NET_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
        if phrase is None and family == "money" else None
    if traded and (_WORTH_OF_STOCKS_AFTER_RE.match(text, q.char_end) or previous and previous.startswith("net ")
                   and " of stocks by " in previous):
        # "Foreigners sold a net 512 billion won worth of stocks, while individuals bought 498 billion won": who
        # traded how much of the market's stocks
        trader = _in_lower_case(_clean([w for w in np_left(text, c_start, traded.start(), 4) if w.lower() != "net"]), names)
        kind = "sales" if traded.group("verb").lower() in ("sold", "sell", "sells", "offloaded", "dumped") else "purchases"
        return f"net {kind} of stocks by {trader}" if trader else f"net {kind} of stocks"
    pays = _PAYS_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
        if phrase is None and family == "money" else None
    # (a rate paid to people by the hour, day or week is their pay, read below: "Animators are paid $22 an hour")
    passive = _PAID_PASSIVE_BEFORE_RE.search(text, max(c_start, pays.start() - 20), pays.start()) \
        if pays and not _per(q, text, _PER_WAGE_PERIOD) else None
    payee = _clean(noun_phrase(text, _subject_start(text, c_start, passive.start()), passive.start(), 5)) if passive else None
    if payee and not _stands_for(payee.split()):
        # "Creators in its partner programme were paid more than $100 million": payments to them
        phrase, pays = f"payments to {_in_lower_case(payee, names)}", None
    if pays:  # "wants producers to pay at least £1,000 each time …", "Producers pay £500 a day": whose payment
        left = np_left(text, c_start, len(_TO_BEFORE_RE.sub("", text[:pays.start()])), 3)
        cut = max((k for k, w in enumerate(left) if w.lower() in AIM_VERBS or w.lower() in MIND_VERBS), default=-1)
        payer = _clean(left[cut + 1:])  # (past the verb of the one who wants it: "The union wants studios to pay")
        noun = "payouts" if re.search(r"\bout\b", pays.group()) else "payment"  # ("the grant paid out NZ$215 million")
        phrase = f"{noun} by {_in_lower_case(payer, names)}" if payer and not _stands_for(payer.split()) else noun
        owned = owned and phrase == noun  # (the payer named is whose it is: no owner before it)
    listed = _LISTING_AT_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if family == "money" else None
    if listed and phrase is None:  # "since their June 2024 listing at $21": the price shares were first sold at
        phrase = "listing price"
    priced = _PRICED_AT_RE.search(text, max(c_start, q.char_start - 70), q.char_start) if family == "money" else None
    if priced and phrase is None:  # "a tier for professional teams priced at $99 per seat": its price
        phrase = f"{' '.join(priced.group('np').split())} price"
    charged = _CHARGES_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if family == "money" else None
    charged_for = _CHARGED_FOR_RE.match(text, q.char_end) if charged else None
    if charged_for and charged_for.group("each"):  # "charging 0.15 yuan for each second of 1080p video": by the item
        item = " ".join(w for w in noun_phrase(text, charged_for.end(), e, 5) if w not in PUNCT).rstrip(".,;:!?")
        phrase, charged_for = (f"price per {item}" if item else None), None
    if charged_for:  # "Runway charges subscribers $95 a month for its Unlimited plan": that plan's price
        what = _clean(noun_phrase(text, charged_for.end(), e, 5))
        whose = possessor(text, charged_for.end(), names) if what else None
        whose = whose if whose and text.find(whose, s, q.char_start) >= 0 else None  # (its own sentence's, no earlier one's)
        if what:
            phrase = f"{_joined(whose, what) if whose and whose.lower() not in what.lower() else what} price"
    put_at = _PUT_AT_RE.search(text, max(c_start, q.char_start - 80), q.char_start) if phrase is None else None
    if put_at:  # "Omdia forecast a modest impact, putting AI-driven revenue at $25 billion": what the estimate is of
        phrase = _clean(put_at.group("np").split())
        # (who puts it there estimates, owns nothing: only "its"/"their" says whose it is)
        owned = bool(re.match(r"(?:its|their)\s", put_at.group("np"), re.IGNORECASE))
    capped = _CAPPED_BEFORE_RE.search(text, max(c_start, q.char_start - 60), q.char_start) if phrase is None else None
    capped_what = _clean((capped.group("what") or capped.group("what2")).split()) if capped else None
    if capped_what:  # "caps unpaid overtime at 10 hours a week", "limits its use to 5% of a production": the cap on it
        phrase = f"cap on {capped_what}"
    devoted = _DEVOTED_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) if family == "money" else None
    to = _DEVOTED_TO_RE.match(text, q.char_end) if devoted else None
    plain = re.sub(r"[\"“”]", " ", text[to.end():c_end]) if to else ""  # (past a name's quotation marks: its "Audiovisual Hub" plan)
    what = _clean(noun_phrase(plain, 0, len(plain), 6)) if to else None
    if what:  # "will devote €10 million over two years to training film workers": the budget for what it goes to
        phrase = f"budget for {_TRAILING_TIME_RE.sub('', what)}"
    elif to and to.group().rstrip().endswith("to") and (purpose := _DEFINITION_RE.match(plain)):
        # "has allocated Rp 50 billion this year to support local animation": money given to that end, funding
        aim = _clean(purpose.group().split()[:5])
        phrase = f"funding to {aim}" if aim else None
    spent = _SPENT_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
        if phrase is None and family in ("money", "time") else None
    if spent:
        # "Amazon spent $18.9 billion on video and music content": spending on what it went to;
        # "spend an average of 54 minutes a day watching video": the time spent doing it
        invests = not spent.group(1).lower().startswith("spen")
        on = (_SPENT_ON_RE if family == "money" else _SPENT_DOING_RE).match(text, q.char_end)
        if on and family == "money" and (on.group("prep").lower() == "on") == invests:
            on = None  # one spends on something and invests in it ("spent $4.1 billion in the state": where)
        what = _clean(noun_phrase(text, on.end(), c_end, 6)) if on else None
        if on and what is None and _GERUND_RE.match(text, on.end()):  # "spent 12 billion won on dubbing and subtitles"
            clause = _DEFINITION_RE.match(text, on.end(), c_end)
            what = _clean(clause.group().split()[:6]) if clause else None  # (not "… system by": cut before "next year")
        what = _TRAILING_TIME_RE.sub("", what) if what else None
        if what and family == "money":
            phrase = f"{'investment in' if invests else 'spending on'} {what}"
        elif on is None and family == "money" and not invests \
                and (doing := _SPENT_DOING_MONEY_RE.match(text, q.char_end, c_end)) \
                and doing.group("act").split()[0].lower() not in ("including", "according", "excluding", "bringing") \
                and doing.group("act").split()[0].lower() not in PHRASE_PREPOSITIONS:  # (not "during the 2026 cycle")
            # "The broadcaster spent about £300,000 developing the avatar": what doing it cost
            # (up to a clause of its own: "courting film crews as rival cities cut fees")
            act = _clean(_CLAUSE_OPENER_IN_ACT_RE.split(_TRAILING_TIME_RE.sub("", doing.group("act")), maxsplit=1)[0].split()[:5])
            phrase, owned = (f"cost of {act}", False) if act else (None, owned)
        elif on is None and family == "money" and not invests and _SPENT_ALONE_RE.match(text, q.char_end):
            spender = None if owner_before(text, c_start, q.char_start, names) else _clean(
                noun_phrase(text, _subject_start(text, c_start, spent.start(), said_clause=False), spent.start(), 5))
            # "while Disney spent $24 billion, including sports rights": its spending; "Film and television
            # productions spent $2.6 billion in Georgia": theirs, named by what they are
            spender = _in_lower_case(spender, names)
            phrase = f"spending by {spender}" if spender and not _stands_for(spender.split()) else "spending"
        elif what:
            return f"time spent {on.group('verb') or 'on'} {what}"[:120]
    lost = _LOST_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
        if phrase is None and family == "money" and _LOST_ALONE_RE.match(text, q.char_end) else None
    if lost:  # "One Hong Kong firm lost HK$200 million after …", "Netflix lost $200 million": its loss
        # (of a reported clause, its own subject: "Manager Sophie Allen said the cinema … had been losing about £4,000")
        loser = None if owner_before(text, c_start, q.char_start, names) else _clean(
            noun_phrase(text, _subject_start(text, c_start, lost.start()), lost.start(), 5))
        loser = _in_lower_case(re.sub(r"^(?:One|one)\s+", "", loser), names) if loser else None
        phrase = f"{loser} loss" if loser and not _stands_for(loser.split()) else "loss"
    if phrase is None and family == "time" and previous and previous.startswith("time spent "):
        doing = _SPENT_DOING_RE.match(text, q.char_end)  # "…, compared with 29 minutes watching TV shows"
        what = _clean(noun_phrase(text, doing.end(), c_end, 6)) if doing and doing.group("verb") else None
        if what:
            return f"time spent {doing.group('verb')} {what}"[:120]
    if phrase is None and family == "time" and re.match(r"\s+(?:in\s+(?:length|duration)|long)\b", text[q.char_end:]):
        # "videos ... are a maximum of one minute in length": the length of the clause's subject
        noun = _clean(noun_phrase(text, _subject_start(text, c_start, q.char_start), q.char_start, 3))
        if noun and topic and not names.find(noun):
            return f"{topic} {_singular(noun)} length"
    spent_where = _SPENT_WHERE_BEFORE_RE.search(text, max(s, q.char_start - 120), q.char_start) \
        if phrase is None and family == "time" else None
    if spent_where:  # "on YouTube, where children aged 4 to 12 now spend an average of 1 hour 52 minutes a day"
        return f"time spent on {spent_where.group('place')} by {' '.join(spent_where.group('who').split())}"[:120]
    done_in = _done_within(text, c_start, q, names) if phrase is None and family == "time" else None
    if done_in:  # "produces highlight clips within 30 seconds of a goal": the time it takes to do it
        return done_in
    # (nor what a span is measured from: "within 30 seconds of a goal")
    activity = _TIME_OF_RE.match(text, q.char_end) if phrase is None and family == "time" \
        and not q.surface.lower().startswith("within") else None
    what = _clean(noun_phrase(text, activity.end(), c_end, 4)) if activity else None
    if what and not TIME_WORDS_RE.search(what) and not names.is_name(what):
        # "saved nearly 40 days of shooting", "after two years of negotiations": the time of an activity
        saved = _SAVING_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start)
        return f"{what} time saved" if saved else what
    if phrase is None and m and family != "time" and not _IN_TOTAL_RE.match(text, q.char_end) and not (
            # (nor the old value of a change, the figure before's: "valued it at $450 million, down from $1.2 billion
            # in its previous round")
            previous and _CHANGED_FROM_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start)
            or m.group().strip().lower() in ("for", "on") and MEASURE_NOUN_RE.search(text, c_start, q.char_start)
            # (nor where a move happened after what moved: "China's box office slumps 40% in summer season")
            or m.group().strip().lower() == "in" and q.direction and family == "percent"
            and MEASURE_NOUN_RE.search(text, c_start, q.char_start) and not MEASURE_NOUN_RE.match(text, m.end())):
        # ("costs per episode have risen to 2 billion won for major series": what it is for comes
        # after the measure named before it)
        words = noun_phrase(text, m.end(), e)
        cand = _clean(words) if not _stands_for(words) else None
        at = _INDEX_LEAD_RE.match(text, m.end()).end()  # ("a 1.2% rise in the benchmark CSI 300")
        index = _INDEX_NAME_RE.match(text, at) if re.search(r"\bin$", m.group().strip().lower()) else None
        if index:  # "compared with a 9% gain in the S&P 500": the index's own move, nobody's
            number = re.match(r"\s+\d+\b", text[index.end():index.end() + 6])
            return index.group() + (number.group() if number else "")
        if cand and cand.split()[0].lower() in ("what", "whatever") and m.group().strip().lower() == "for":
            cand = None  # "paid $800 for what they were told were research recordings": a clause, no noun
        # (a name's measure is no place: "in National Lottery funding")
        named_measure = bool(cand) and cand.split()[-1].islower() and MEASURE_NOUN_RE.fullmatch(cand.split()[-1]) is not None
        if cand and m.group().strip().lower() == "in" and (
                any(start == 0 for start, _, _ in names.find(cand)) and not named_measure
                or cand[:1].isupper() and not cand.split()[0].isupper() and not named_measure  # (not "in AI spending")
                or cand.split()[-1].lower() in REPORTED_IN or _SESSION_RE.match(cand)
                or cand.split()[0].lower() in REPORTED_IN  # ("$15,000 in cash plus 1 million credits")
                or len(cand.split()) <= 2 and any(end == len(cand) for _, end, _ in names.find(cand))  # ("in mainland China")
                or cand.lower().rstrip(".") in PLACES):  # ("by up to 15pc in UK")
            cand = None  # "opened to $35 million in North America", "£171mn in its latest accounts": where
        if cand and m.group().strip().lower() == "for" and family == "money" \
                and _TO_FUND_AFTER_RE.match(text, text.find(cand, m.end()) + len(cand)):
            cand = f"funding for {cand}"  # "$20 million for Screen Australia to fund children's television"
        if cand and _SPAN_OF_TIME_RE.fullmatch(cand):
            cand = None  # "About $60,000 for eleven minutes": the span the amount is for, no measure
        if cand and (not TIME_WORDS_RE.search(cand) or MEASURE_NOUN_RE.search(cand)):
            phrase = cand
            lead = m.group().strip()
            change = re.search(r"(increase|rise|growth|gain|jump|decline|drop|fall|cut)\s+in$", lead)
            if change:  # "a 400 percent increase in in-app purchases", "a 22% drop in hours worked"
                phrase = f"{cand} {'decline' if change.group(1) in ('decline', 'drop', 'fall', 'cut') else 'growth'}"
    if phrase is None and family == "time" and _TIME_ADJECTIVE_RE.search(q.surface):
        inside = _INSIDE_MEASURE_RE.search(text, c_start, q.char_start)
        if inside:
            # "the cost of making a 1-minute segment in the traditional way": the cost is measured
            tail = _TAIL_RE.match(text, q.char_end)
            return text[c_start + inside.start("np") - c_start:q.char_end].strip() + (tail.group() if tail else "")
    took = _TAKES_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
        if phrase is None and family == "time" else None
    todo = _TO_VERB_AFTER_RE.match(text, q.char_end) if took else None
    if todo:
        # "The film … took 14 months to make": the time to do it to the subject that took it; "the lawsuit could take
        # two to three years to reach trial": for the subject to do it to its object ("It took three weeks to edit
        # the trailer": to the object alone)
        verb = todo.group("verb").lower()
        # the noun phrase right before the verb and its auxiliaries ("such cases (take)", "the lawsuit (could take)"),
        # else the clause's subject before an aside ("The film, which premiered in March, (took)")
        group_at = took.start() - len(_AUXILIARIES_END_RE.search(text, c_start, took.start()).group())
        # ('The documentary "River of Names" (took)': the title right before the verb)
        title = next((m.group("title") or m.group("title2") for m in TITLE_RE.finditer(text, max(c_start, group_at - 80), group_at)
                      if not text[m.end():group_at].strip(" ,")), None)
        subject = title or _clean(np_left(text, c_start, group_at, 4)) or (
            _clean(noun_phrase(text, _subject_start(text, c_start, took.start()), took.start(), 5))
            if text[c_start:group_at].rstrip().endswith(",") else None)
        subject = None if subject and subject.lower() in PRONOUNS else subject
        done_to = _clean(noun_phrase(text, todo.end(), c_end, 4))
        if done_to and subject:
            return f"time for {subject} to {verb} {done_to}"[:120]
        if done_to or subject:
            return f"time to {verb} {done_to or subject}"[:120]
    spent_on = _SPENT_TIME_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
        if phrase is None and family == "time" else None
    doing = _DOING_AFTER_RE.match(text, q.char_end) if spent_on else None
    if doing:  # "now spends about 10 hours checking AI-drawn frames per episode": the time spent doing it
        return f"time spent {' '.join(doing.group('act').split())}"
    owed_time = _TIME_POSSESSIVE_RE.match(text, q.char_end) if phrase is None and family == "time" else None
    if owed_time:  # "must give 30 days' notice", "two weeks' pay": what the span measures
        noun = owed_time.group("noun").lower()
        return "notice period" if noun == "notice" else noun
    if phrase is None and family == "time":
        if _TIME_ADJECTIVE_RE.search(q.surface):
            # (past a resolution: "a 60-second 4K clip"; past an amount beside it: "an 11-year, $77 billion deal")
            resolution = _RESOLUTION_AFTER_RE.match(text, q.char_end) or _AMOUNT_BESIDE_RE.match(text, q.char_end)
            words = noun_phrase(text, resolution.end() if resolution else q.char_end, e, 3)
            # (the head's own length, without a phrase after it that three words would cut short: "an
            # 11-month strike against major video game companies" is a strike's)
            noun = _clean(words[:next((k for k, w in enumerate(words) if k and w.lower() in ROLE_BREAKING_PREPOSITIONS),
                                      len(words))])
            if noun and noun.split()[-1].lower() in ("average", "high", "low", "median", "mean", "record", "peak"):
                return None  # "below their five-year average": the window a level is compared over, no length of anything
            if noun:
                phrase = f"{_singular(noun)} length"
        elif re.match(r"\s+long\b", text[q.char_end:q.char_end + 6]):
            noun = _clean(np_left(text, c_start, q.char_start, 2))  # "AI videos dozens of minutes long"
            if noun:
                phrase = f"{_singular(noun)} length"
        else:
            # (not a time ahead or behind: "by the end of next year" is no length of the end)
            lasting = _LASTING_RE.search(text, c_start, q.char_start) if not _DEICTIC_SURFACE_RE.match(q.surface) else None
            if lasting:
                # (past the comma of a relative set off after its noun: "during the stoppages, which lasted 148 days")
                noun = _clean(np_left(text, c_start, lasting.start() - 2 if text.endswith(", ", 0, lasting.start())
                                      and lasting.group().lower().startswith("which") else lasting.start(), 2))
                relative = _RELATIVE_AND_BEFORE_RE.search(text, max(c_start, lasting.start() - 80), lasting.start()) \
                    if text.endswith(" and ", 0, lasting.start()) else None
                if relative:  # "a strike that began in July 2024 and lasted nearly 11 months": the relative's noun
                    noun = _clean(np_left(text, c_start, relative.start("rel"), 2))
                if noun:
                    phrase = f"{_singular(noun)} length"
        if phrase and topic and not names.find(phrase) and not re.match(r"[\w-]+['’]", phrase):
            # the length of what a tool outputs is said of the tool the article is about (not what
            # names its owner: "The writers' strike lasted 148 days"), or of the one its clause names
            # ("Rival OpenAI's Sora 2 produces clips of up to 25 seconds")
            named = _makers(text, c_start, q.char_start, names)
            return f"{named[-1] if named else topic} {phrase}"
    dimension = next((d for part, d in UNIT_DIMENSIONS if part in q.unit), None) \
        if phrase is None and family == "other" and " per " not in q.unit else None
    sized_of = _SIZED_OF_RE.search(text, max(c_start, q.char_start - 50), q.char_start) if dimension else None
    if dimension and _UNIT_ADJECTIVE_RE.search(q.surface):
        # "a 2-gigawatt compute cluster", "a 500,000-square-foot studio": that of the noun after it
        noun = _clean(noun_phrase(text, q.char_end, e, 5))  # ("film and television studio complex")
        gerund = re.match(r"\s+([a-z]+ing)\b", text[q.char_end:q.char_end + 30]) if noun is None else None
        if gerund:  # (a gerund that modifies it: "a two-gigawatt computing cluster")
            rest = _clean(noun_phrase(text, q.char_end + gerund.end(), e, 4))
            noun = f"{gerund.group(1)} {rest}" if rest else None
        phrase = f"{_singular(noun)} {dimension}" if noun else None
    elif sized_of:  # "a new office of 30,000 square feet": that of the noun before it ("a range of 400 km": the range)
        noun = _clean(np_left(text, c_start, sized_of.end("np"), 3))
        phrase = (noun if noun.split()[-1].lower() in DIMENSION_NOUNS else f"{_singular(noun)} {dimension}") if noun else None
    if phrase is None and family == "money":
        # (a nationality before its noun too: "the $40 billion Chinese gaming market"; past the amount in another
        # currency: "a $40 million (300 million yuan) funding round")
        converted = _CONVERTED_AFTER_RE.match(text, q.char_end)
        amount_end = converted.end() if converted else q.char_end
        nxt = re.match(rf"\s+([a-z][\w-]*|[A-Z]{{2,6}}\b|{DEMONYM_RE.pattern}(?=\s+[a-z]))", text[amount_end:amount_end + 40])
        if nxt and nxt.group(1).isupper() and not MEASURE_NOUN_RE.fullmatch(nxt.group(1)):
            nxt = None  # an acronym after an amount is its noun only when a measure's ("$100M ARR"; not "$5 million AI fund")
        after = amount_end
        if nxt and nxt.group(1) == "off":  # "wiping about $4 billion off its market value": what lost it
            after = amount_end + nxt.end()
            nxt = re.match(r"\s+([a-z][\w-]*)", text[after:after + 40])
        elif nxt and nxt.group(1) in ROLE_BREAKING_PREPOSITIONS or _COMPARED_AFTER_RE.match(text, amount_end):
            # "$5 million from investors": a phrase of its own, not the amount's noun; "are about $5 higher than":
            # a comparative, no noun
            nxt = None
        elif nxt and nxt.group(1) in CLAUSE_OPENERS:
            nxt = None  # "fell by $2.40 per ticket once the trailer was revealed": another clause, no noun
        elif nxt and nxt.group(1) in ("instead", "rather", "alone", "too", "apiece", "abroad", "worldwide", "globally",
                                      "domestically", "internationally", "nationwide", "locally"):
            # "It cost me about ¥2 million instead of ¥9 million", "accounted for about 420 billion yen abroad": an
            # adverb, no noun
            nxt = None
        elif nxt and _MEASURE_OF_BEFORE_RE.search(text, max(c_start, q.char_start - 50), q.char_start):
            nxt = None  # "Its opening haul of $41 million beat forecasts": the amount has its noun, the verb follows
        elif nxt and nxt.group(1) in ("net", "nett", "gross") and not MEASURE_NOUN_RE.match(text, amount_end + nxt.end() + 1):
            nxt = None  # "collected Rs 375 crore net in India": how it is counted, no noun
        # (or a word that spells a verb, between the amount's article and an auxiliary: "the £2.5 billion project
        # would create")
        noun_between = bool(nxt) and nxt.group(1) not in PRONOUNS and DETERMINER_END_RE.search(text, max(c_start, q.char_start - 6), q.char_start) is not None \
            and _AUXILIARY_AT_RE.match(text, amount_end + nxt.end()) is not None
        if nxt and (not verbish(nxt.group(1)) or MEASURE_NOUN_RE.fullmatch(nxt.group(1)) or noun_between) \
                and nxt.group(1) not in DETERMINERS and nxt.group(1) not in NOT_VERBS or after > amount_end:
            # (a gerund that names a measure is its noun: "a $180 million funding round")
            cand = _clean(noun_phrase(text, after, e, 5)) or (nxt.group(1) if noun_between else None)  # "US$200 billion
            # short video creation ecosystem"; "project" (a word that spells a verb, read above as the noun)
            phrase = cand if cand and (not TIME_WORDS_RE.search(cand) or MEASURE_NOUN_RE.search(cand)) else None
    earning = _EARNING_AFTER_COMMA_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
        if phrase is None and family == "money" else None
    if earning and not MEASURE_NOUN_RE.search(text, c_start, earning.start()):
        # "Digital media overtook television for the first time, earning ₹75,600 crore": its takings
        # (a measure named before says more: "led the North American box office, taking in $52 million")
        subject = _clean(noun_phrase(text, _subject_start(text, c_start, earning.start()), earning.start(), 4))
        if subject and not _stands_for(subject.split()) and not verbish(subject.split()[0]):
            # (by the hour, day or week, a wage: "joined as an in-betweener in 1983, earning $180 a week")
            wage = _per(q, text, _PER_WAGE_PERIOD)
            at_cinemas = _AT_CINEMAS_AFTER_RE.match(text, q.char_end)  # ("…, earning ₦1.9 billion at cinemas")
            phrase = f"{subject} {'pay' if wage else 'box office' if at_cinemas else 'revenue'}"
    if phrase is None and family == "money":
        reach = _REACH_RE.search(text, c_start, q.char_start)  # "expect the film to pass $1 billion"
        if reach and _ON_TRACK_RE.search(text, c_start, reach.start()):
            reach = None  # "The market is on track to reach $2.6 billion": the subject's, read below
        if reach and not MEASURE_NOUN_RE.search(text, _after_last_verb(text, c_start, reach.start()), reach.start()):
            # (a measure named in what reaches is found below: "Total spending on drama production reached";
            # not one before its verb: "Industry analysts expect the film to reach")
            so_far = _SO_FAR_TAIL_RE.search(text, c_start, reach.start())
            phrase = _clean(np_left(text, c_start, so_far.start() if so_far else reach.start(), 3))
            if phrase and names.is_name(phrase):
                phrase = None  # "production spending in Ireland reached": the place, not what reached
            if phrase and phrase.split()[-1].lower() in TIME_UNITS:
                phrase = None  # "grow at 10 per cent a year to reach …": the rate's time, not what reaches
    if phrase is None and q.surface.endswith("times"):
        done = _DONE_TIMES_RE.search(text, max(c_start, q.char_start - 30), q.char_start)
        if done:  # "its most popular upload has been viewed 14 million times": the upload's views
            aux = re.search(r"\b(?:has|have|had|was|were|is|are)(?:\s+been)?\s+$", text[c_start:done.start()])
            end = c_start + aux.start() if aux else done.start()
            # ("An AI-assisted short that was shortlisted but not nominated had been viewed": the short's)
            relative = next((m for m in _RELATIVE_OPENS_RE.finditer(text, c_start, end)
                             if _RELATIVE_VERB_RE.match(text, m.end())), None)
            subject = _clean(np_left(text, c_start, relative.start() if relative else end, 4))
            noun = TIMES_NOUNS[done.group(1).lower()]
            return f"{subject} {noun}" if subject else noun
    if phrase is None and family == "time" and (event := _SPAN_TO_EVENT_RE.match(text, q.char_end)):
        words = noun_phrase(text, event.end(), c_end, 5)
        cut = next((k for k, w in enumerate(words) if k and (w.lower() in _REASON_WORDS or verbish(w) and w.islower())),
                   len(words))
        what = _clean(words[:cut])  # ("after its public launch due to losses", "after the strike began": the event)
        if what and not TIME_WORDS_RE.search(what) and not what[:1].isdigit():
            # "only six months after its public launch", "less than an hour before the announcement": the time
            # between the two (not a date: "two weeks after March 1")
            return f"time {event.group(1).lower()} {what}"
    if phrase is None and family == "time":
        took = _TIME_TO_RE.search(text, max(c_start, q.char_start - 90), q.char_start)
        if took:  # "cut the time to dub a two-hour film from four weeks to three days"
            verb, _, rest = took.group("what").partition(" ")
            obj = noun_phrase(rest, 0, len(rest))  # up to a verb of its own ("to render a shot fell to")
            return " ".join(["time to", verb, *obj])
        per = _TIME_PER_RE.search(text, max(c_start, q.char_start - 90), q.char_start)
        if per:
            return f"time {per.group('lead').lower()} {' '.join(per.group('what').split())}"
    of_which = OF_WHICH_AFTER_RE.match(text, q.char_end) if (previous and phrase is None or not previous) else None
    if of_which and not previous:
        # "put pressure on smaller production houses, about 70 percent of which have …": the noun before
        comma = text.rfind(",", c_start, q.char_start)
        antecedent = _clean(np_left(text, c_start, comma, 5)) if comma > c_start else None
    else:
        antecedent = previous
        comma = text.rfind(",", s, q.char_start) if of_which else -1
        each = re.search(r"\s+(?:each|apiece)$", text[s:comma]) if comma > s else None  # ("eight trailers each")
        nearest = _clean(np_left(text, s, s + each.start() if each else comma, 5)) \
            if comma > s and not text[comma + 1:q.char_start].strip() else None
        if nearest and re.fullmatch(r"[a-z]{3,}[^s']s", nearest.split()[-1]) \
                and nearest.split()[-1].lower() not in (previous or "").lower().split():
            # "showed 1,204 adults … eight trailers each, half of which had been generated by AI": the
            # things named right before, not the people counted earlier
            words = nearest.split()
            counted = max((k for k, w in enumerate(words) if w.lower() in SMALL_NUMBERS), default=-1)
            antecedent = " ".join(words[counted + 1:])  # (past the count before the noun: "eight trailers")
    if of_which and antecedent:  # "received 4,200 submissions this year, 15% of which disclosed the use of AI": those that did
        pred = predicate(text, of_which.end(), c_end, any_verb=True)
        if pred:
            if pred.startswith("who ") and not _PERSONS_RE.search(antecedent):
                pred = "that " + pred.removeprefix("who ")  # things, not people: "submissions that disclosed …"
            return f"{antecedent.split(' who ', 1)[0]} {pred}"[:120]
    of_it = OF_IT_AFTER_RE.match(text, q.char_end) or OF_THAT_MEASURE_AFTER_RE.match(text, q.char_end)
    if (phrase is None or phrase.lower() in ("total", "whole")) and previous and family == "percent" and of_it:
        # (its whole read as the noun of the phrase: "took 30% of the total.")
        # "pre-sales to distributors covered 60% of it": the clause's subject, as a share of what "it" is
        opens = [m.end() for m in _PART_OPENS_RE.finditer(text, c_start, q.char_start)]
        words = noun_phrase(text, opens[-1] if opens else _subject_start(text, c_start, q.char_start, said_clause=False),
                            q.char_start, 5)
        part = _clean(words) if words and not _stands_for(words) and not any(c.isdigit() for c in " ".join(words)) \
            and words[-1].lower() not in _THRESHOLD_CUT_WORDS else None  # (not a phrase cut at its amount: "revenue above")
        previous = _in_lower_case(previous, names)  # (a sentence's first word, inside the phrase: "share of revenue")
        if part and part.lower() != previous.lower() and part.lower() not in previous.lower().split():
            # (not the verb of the amount taken for a part: "and cost about $1.5 million, 80% of it from grants")
            return f"{part} share of {previous}"[:120]
        # (no part of its own: "The festival's budget is €2.3 million, a third of it from public funds")
        tail = _OF_IT_TAIL_RE.match(text, of_it.end())
        if tail is None:
            return f"share of {previous}"
        return f"share of {previous} {'that ' if tail.group('verb') else ''}{' '.join(tail.group().split())}"[:120]
    if phrase is None and previous and OF_WHOM_BEFORE_RE.search(text, max(c_start, q.char_start - 16), q.char_start):
        # "640 million monthly active users, of whom 252 million pay for a subscription": those of them who pay
        pred = predicate(text, q.char_end, c_end, any_verb=True)
        if pred:
            return f"{previous.split(' who ', 1)[0]} {pred if pred.startswith(('who ', 'that ')) else 'who ' + pred}"[:120]
    # (nor a multiple said of a comparison, "renders 4K video three times faster", nor a valuation, "…,
    # valuing the unit at about €4 billion")
    valued = _VALUED_AT_RE.search(text, max(c_start, q.char_start - 60), q.char_start) if family == "money" else None
    state = _STATE_PARTICIPLE_BEFORE_RE.search(text, max(s, q.char_start - 30), q.char_start) if phrase is None else None
    if state:
        # "…, and shoot days have yet to recover, remaining 22% below their five-year average": what the
        # clause the participle follows is about
        and_at, semicolon_at = text.rfind(", and ", s, state.start()), text.rfind("; ", s, state.start())
        # (a mark not found is no opening: -1 + 6 would cut into the sentence's first word)
        opens = max(and_at + 6 if and_at >= 0 else s, semicolon_at + 2 if semicolon_at >= 0 else s)
        # (of a reported clause, its own subject: "Marquee Cinemas said attendance rose 4% …, still about 18% below")
        subject = _clean(noun_phrase(text, _subject_start(text, opens, state.start()), state.start(), 5))
        if subject:
            return subject
    if phrase is None and previous and not (q.noun == "times" and RATIO_AFTER_RE.match(text, q.char_end)) and not valued \
            and not _OWN_VERB_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
            and not _OWN_SUBJECT_ITEM_RE.search(text, max(s, q.char_start - 90), q.char_start) \
            and not _CHANGE_APPOSITIVE_RE.search(text, max(c_start, q.char_start - 60), q.char_start) \
            and not (family == "percent" and (changed := _CHANGED_BY_RE.search(text, max(c_start, q.char_start - 90), q.char_start))
                     and not re.search(r"[,;]", changed.group("np"))) \
            and not _TOTALLING_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
            and not (family == "percent" and _GROWS_AT_RE.search(text, max(c_start, q.char_start - 40), q.char_start)) \
            and not (not q.noun and _COPULA_BEFORE_RE.search(text, max(c_start, q.char_start - 20), q.char_start)
                     # (nor what the clause's subject is, a measure holding the figure before: "Attendance at its
                     # 1,200 cinemas was 121 million": the attendance, not more cinemas)
                     and MEASURE_NOUN_RE.match(text, _subject_start(text, c_start, q.char_start))) \
            and not (_own_clause_after_semicolon(text, s, q.char_start)
                     # (unless its noun is left out, the one before meant: "We used to need 200 render nodes;
                     # now we run on 40.")
                     and not (family == "count" and not q.noun and _CLAUSE_CLOSES_RE.match(text, q.char_end))):
        # (nor a clause of its own after a semicolon: "Runway charges $95 a month; OpenAI bundles Sora into
        # ChatGPT Pro at $200 a month")
        # (nor the change of the amount right before it: "profit was 4.99 billion yuan, a year-on-year
        # increase of 26.3%", which etl.extract measures as that amount's growth)
        # (nor a share a verb of its own changes a thing by: "… and that AI-assisted editing cut
        # post-production time by 30%", read below)
        # a list goes on: "62,000 creative jobs ..., followed by New York (26,000) and Georgia (7,800)"
        # (not a figure with a verb of its own: "valued at $1.5 billion, when it raised $141 million")
        # the group goes on, not what its first part did: "just 90 voted no while 8,435 of them approved"
        # (of people "who", of things "that": "62% of those contracts gave …, and only 15% offered …")
        relative = " who " if " who " in previous else " that " if " that " in previous else None
        # (but the old value of the same share is of the same group: "…, up from 7%")
        old_value = OLD_VALUE_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start)
        group = previous.split(relative, 1)[0] if relative and not old_value else previous
        own_answer = predicate(text, q.char_end, c_end) if relative and family == "percent" and not old_value else None
        if own_answer and own_answer.startswith("who "):
            # "46% of Canadians support current funding levels, while 31% want it cut": the same group, its own answer
            return f"{group}{relative}{own_answer[4:]}"[:120]
        if relative == " who ":
            previous = group  # (things keep what they were: "35% were made by students and 20% by first-time directors")
        gapped_to = _GAPPED_OBJECT_AFTER_RE.match(text, q.char_end)
        told_before = text.rfind(f" {gapped_to.group('prep')} ", s, q.char_start) if gapped_to else -1
        if told_before >= 0:
            # "$380,000 went to crew wages, $210,000 to equipment and locations": the verb left out, the object
            # after the figure in place of the one before
            old = _clean(noun_phrase(text, told_before + len(gapped_to.group("prep")) + 2, q.char_start, 5))
            new = _clean(noun_phrase(text, gapped_to.end(), c_end, 5))
            if old and new and old in previous and old != new:
                return previous.replace(old, new)[:120]
        base = previous
        lead = names.find(previous)
        if lead and lead[0][0] == 0:
            base = previous[lead[0][1]:].strip()
        if base.lower().removeprefix("the ") in FILM_NOUNS and _GROSSED_BEFORE_RE.search(text, c_start, q.char_start):
            # "the film has grossed $6.2 million, with North America accounting for $2.9 million": a part of its takings
            base = "box office"
        opener = _CONTRAST_OPENER_RE.match(text, c_start, q.char_start)
        # (an "and" inside the subject of a clause opening on "while" joins no list: "…, while video and
        # gaming software could bring in about $71 billion")
        # (nor an "and" inside the phrase after the subject's noun: "…, while revenue from its IMAX and 4DX screens rose")
        joined_from = _subject_end(text, opener.end(), q.char_start) if opener else c_start
        # (not a comma or an "and" of an aside: "while the networks business, which includes CNN and TNT, brought in")
        # (its closing comma ends an item, unless the subject's verb follows: "…, who tracks layoffs, compared with")
        asides_here = [(m.start(), m.end() if (nxt := _WORD_AFTER_RE.match(text, m.end())) and verbish(nxt.group(1))
                        and nxt.group(1).lower() not in _LIST_WORDS else m.end() - 1)
                       for m in (*ASIDE_RE.finditer(text, c_start, q.char_start),
                                 # (or of examples: "while spending on content, including full games and in-game purchases, rose")
                                 *_EXAMPLES_ASIDE_RE.finditer(text, c_start, q.char_start))]
        joined_item = _last_outside(text, " and ", joined_from, q.char_start, asides_here)
        if joined_item >= 0 and not _DIGIT_RE.search(text, c_start, joined_item):
            joined_item = -1  # (an "and" before any figure of its clause joins no items: "in the US and Canada rose 44 cents to $8.09")
        item = max(_last_outside(text, ",", c_start, q.char_start, asides_here), joined_item,
                   _last_outside(text, ";", c_start, q.char_start, asides_here))
        semicolon = text.rfind(";", s, q.char_start)  # (the clause may open after it)
        if 0 <= semicolon < item and text[item] == "," and _GAPPED_NP_RE.fullmatch(text, semicolon, q.char_start):
            item = semicolon  # "…; the actors' strike, 118 days": the comma stands for the verb left out
        # (the time a thing takes is no length of it: "The 90-minute film was completed in eight
        # months", "Generating a five-second clip takes about 60 seconds")
        listed = not (family == "time" and previous.endswith(" length") and not _TIME_ADJECTIVE_RE.search(q.surface)
                      and _TIME_TAKEN_BEFORE_RE.search(text, max(c_start, q.char_start - 50), q.char_start))
        followed = _FOLLOWED_BY_AT_RE.search(text, max(c_start, q.char_start - 80), q.char_start) \
            if " share of " in previous else None
        # (and the list's next part after it: "…, followed by social media at 27% and film and television production at 12%")
        followed = followed or (_AND_NEXT_PART_AT_RE.search(text, max(c_start, q.char_start - 90), q.char_start)
                                if " share of " in previous else None)
        if followed and not names.find(followed.group("np")):
            # "Travel … accounting for about half of a production's emissions, followed by energy use on set at 21%":
            # the next part's share of the same whole
            return f"{' '.join(followed.group('np').split())} share of {previous.split(' share of ', 1)[1]}"[:120]
        if listed and all(h.group().lower() in WEAK_NOUNS  # "and net profit rose 20%": its own; "that number": not
                          # (but "and the number of titles fell from 56 to 44": a count of its own)
                          and not (h.group().lower() == "number" and text.startswith(" of ", h.end()))
                          for h in MEASURE_NOUN_RE.finditer(text, max(item, c_start), q.char_start)):
            if item >= 0:  # (not a data firm's consensus: "…, beating the LSEG SmartEstimate of 35.2 billion yuan")
                own = [h for h in names.find(text, item + 1, q.char_start)
                       if not h[2].split()[-1].lower().endswith(("estimate", "consensus"))
                       and not CONSENSUS_NOUN_AFTER_RE.match(text, h[1])]
                gapped = _GAPPED_NP_RE.fullmatch(text, item, q.char_start) if not own else None
                if gapped and gapped.group("np").split()[0].lower() in ("down", "up", "compared", "versus", "against"):
                    gapped = None  # "…, the report said, down from 48%": the comparison's, no subject left out
                head = gapped.group("np").split()[-1] if gapped else ""
                if head and len(gapped.group("np").split()) > 1 and re.search(rf"\b{re.escape(head)}\b", previous):
                    # a verb left out: "The writers' strike lasted 148 days and the actors' strike 118 days":
                    # the new noun phrase in place of the one before, as headed
                    return " ".join(gapped.group("np").split()) + previous[re.search(rf"\b{re.escape(head)}\b", previous).end():]
                gapped_np = gapped.group("np").split() if gapped else []
                while gapped_np and gapped_np[-1].lower() in _HEDGE_WORDS:
                    gapped_np.pop()  # ("and set carpenters just 0.08": the hedge is the figure's)
                if gapped_np and (gapped_np[-1].lower() in DETERMINERS or gapped_np[-1].lower() in SIMPLE_PREPOSITIONS):
                    # ("came in at 28.2%, below the 31.5% the company had guided to": a comparison, no subject; "fell to
                    # 364,500, a drop of 12,100": the change of the figure before, no subject)
                    gapped_np = []
                if gapped_np and (text[s:].lower().startswith(previous.lower())
                                  or re.search(rf"(?:,|\bwhile|\bwhereas)\s+{re.escape(previous.lower())}\s",
                                               text[s:q.char_start].lower())) \
                        and not any(verbish(w) or w[:1].isdigit() for w in gapped_np):
                    # the same verb left out in a list of subjects: "Film productions received £630 million,
                    # high-end television £880 million and video games £190 million", "…, while camera operators
                    # scored 0.31 and set carpenters just 0.08": each its own
                    return " ".join(gapped_np)
            else:  # a clause of its own that opens on whose it is, in place of the name before
                # ("Germany recorded 90.1 million admissions, …, while France held steady at 181 million")
                # (or the sentence's first name ends the measure before: "China contributed $23 million, and Mexico
                # $14.5 million")
                own = [h for h in names.find(text, opener.end(), q.char_start) if h[0] == opener.end()
                       and not DEMONYM_RE.fullmatch(h[2])] \
                    if opener and (lead and lead[0][0] == 0 or opener.group().strip().lower() == "and"
                                   and (first := _lead_name(text, s, names)) and previous.endswith(" " + first)) else []
                if opener and not own and opener.group("contrast"):
                    # "…, while local feature films contributed A$385 million": the clause's own subject (a quoted
                    # term its words: 'while searches for "AI voice" rose nearly 900%')
                    plain = _QUOTE_MARKS_RE.sub(" ", text[:q.char_start])
                    words = noun_phrase(plain, opener.end(), q.char_start, 5)
                    subject = _clean(words)
                    words_end = opener.end()
                    for word in words:  # (where the phrase's words end, each found after the one before)
                        words_end = plain.find(word, words_end) + len(word)
                    # (past an aside on the subject: "while the networks business, which includes CNN, brought in")
                    rest = ASIDE_RE.sub(" ", plain[words_end:q.char_start], count=1).split()
                    if subject and len(rest) > 1 and rest[0].isdigit() and words[-1][:1].isupper() and verbish(rest[1]):
                        subject, rest = f"{subject} {rest[0]}", rest[1:]  # a name's number: "while the broader S&P 500 ended"
                    # (or a nationality's: "while Canadian feature film production rose 9 per cent")
                    took_share = bool(subject) and " share of " in previous and bool(rest) \
                        and rest[0].lower() in _TOOK_SHARE_VERBS and words[-1][:1].islower()
                    if subject and not took_share and (words[0][:1].islower() or _ACRONYM_COMPOUND_RE.match(words[0])
                                                       or DEMONYM_RE.fullmatch(words[0])) \
                            and rest and (verbish(rest[0]) or rest[0].lower()[:-1] in DIRECTION_NOUN_WORDS):
                        # (not a name: "AI-assisted video" is none; "while the ad tier rises by $1")
                        # (a share set against a share is one too: "Broadcast TV's share slipped to 18.5%, while
                        # cable fell to 22.9%")
                        share = previous.split()[-1] == "share" and not mentions_a_measure(subject)
                        return f"{subject} share" if share else subject
                    if took_share:
                        # "French films accounted for 44.4% of admissions, while American films took 36.6%":
                        # the other part's share of the same whole
                        return f"{subject} share of {previous.split(' share of ', 1)[1]}"
            if own and " share of " in base:  # "Streaming took 45.2% of TV viewing, with YouTube alone at 13.4%": its share
                base = "share of " + base.split(" share of ", 1)[1]
            changed = _POSSESSOR_OF_CHANGE_RE.fullmatch(text, own[-1][0], q.char_start) \
                if own and family == "percent" and _CHANGE_NOUN_FOLLOWS_RE.match(text, q.char_end) else None
            if changed:  # "Disney shares have risen 14%, trailing the S&P 500's 21% gain": the index's own change
                return changed.group("name")
            listed = [_lead_name(text, s, names), *(h[2] for h in names.find(text, s, own[-1][0]))] if own else []
            subject = next((n for n in listed if n and re.search(rf"\b{re.escape(n)}$", previous)), None)
            if subject:
                # the name before in its place: "China contributed $57 million, France $21 million": the amount
                # contributed by France
                return previous[:len(previous) - len(subject)] + own[-1][2]
            return " ".join(filter(None, (own[-1][2], base))) if own else previous  # (a name alone has no base)
    if phrase is None and family in ("percent", "time", "money", "count"):
        changed = _CHANGED_BY_RE.search(text, max(c_start, q.char_start - 90), q.char_start) \
            or _CHANGED_TO_RE.search(text, max(c_start, q.char_start - 60), q.char_start)
        np_start, np_end = (changed.start("np"), changed.end("np")) if changed else (0, 0)
        new_value = _NEW_VALUE_RE.search(changed.group("np")) if changed and changed.groupdict().get("from") else None
        if new_value:  # "raise content exports to $25 billion, from $13.2 billion": what changes, before its new value
            np_end = np_start + new_value.start()
            changed = changed if np_end > np_start else None
        if changed:  # "to shorten drama production periods by up to 40 percent": what it changes
            phrase = _clean(noun_phrase(text, np_start, np_end))
            whole = _LEADING_DETERMINER_RE.sub("", " ".join(text[np_start:np_end].split()))
            if whole and len(whole) > len(phrase or "") and not _ADVERB_WORD_RE.search(whole):
                # the verb's whole object: "cut the time needed to produce a drama's visual effects by
                # about 30 percent", "cut the cost of a $100 million film by a third"
                phrase = whole
    totalling = _TOTALLING_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
        if phrase is None and family != "time" else None
    if totalling:  # "compensation increases totaling more than 24%": what totals it
        phrase = _clean(np_left(text, c_start, totalling.start(), 4))
    counted = _NUMBER_OF_RE.match(text, _subject_start(text, c_start, q.char_start)) \
        if phrase is None and (family == "count" or family == "percent" and q.direction) else None
    if counted:  # "The number of people employed in the content industry stood at 654,000": those people
        counted_np = _clean(noun_phrase(text, counted.end(), q.char_start))
        participle = _PARTICIPLE_FIRST_RE.match(text, counted.end()) if not counted_np else None
        if participle:  # "The number of employed animators fell by a third": an adjective before the noun
            rest = _clean(noun_phrase(text, participle.end(), q.char_start))
            counted_np = f"{participle.group(1)} {rest}" if rest else None
        phrase = f"number of {counted_np}" if counted_np else None
    if phrase is None and family != "time":
        # (a time unit of a rate is no measure: "grow at 10 per cent a year to reach Rs 3.65 lakh crore")
        # ", which cost $150 million,"; a gloss of the noun before it: "Operating profit, or earnings
        # before interest and tax, rose 12%" measures the profit, under either name
        asides = [m.span() for m in (*ASIDE_RE.finditer(text, c_start, q.char_start),
                                     *_GLOSS_RE.finditer(text, c_start, q.char_start))]
        own_verb = _OWN_VERB_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
            or _CONTRIBUTED_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start)
        # (the measure nouns of the figure's own clause, past a clause's colon: "Labour costs remain a big draw: a
        # mid-level animator in Mumbai earns about Rs 60,000 a month")
        hits = [h for h in MEASURE_NOUN_RE.finditer(text, _past_clause_colon(text, c_start, q.char_start) if ": " in text[c_start:q.char_start]
                                                    else c_start, q.char_start) if h.group().lower() not in TIME_UNITS
                and not any(a < h.start() < b for a, b in asides)
                and text[h.end():h.end() + 1] != "-"  # (nor a compound's first part: "Stock-image company Shutterstock")
                # (nor a measure's word used as an adjective before its noun: "a premium streaming service")
                and not (h.group().lower() in MEASURE_ADJECTIVES and (after := _WORD_AFTER_RE.match(text, h.end()))
                         # (or a name's word before the name's next: "the ad-free Premium Plus plan")
                         and (after.group(1).islower() or h.group()[:1].isupper() and after.group(1)[:1].isupper())
                         and not verbish(after.group(1))
                         and after.group(1) not in PHRASE_PREPOSITIONS and after.group(1) not in _PREPOSITION_WORDS)
                # (nor the end of a compound before its noun: "a feature-length Hindi dub", "the median
                # big-budget film"; "fuel-economy climbed" is one)
                and not (_HYPHENED_BEFORE_RE.search(text, max(c_start, h.start() - 2), h.start())
                         and (after := _WORD_AFTER_RE.match(text, h.end())) and not verbish(after.group(1)))
                # (nor a measure's word as the verb of a relative clause: "those who pay for a streaming service")
                and not _VERB_SLOT_BEFORE_RE.search(text, max(c_start, h.start() - 8), h.start())
                # (nor "pay" with whom it pays or after a modal: "Streaming services pay artists roughly $0.003",
                # "Amazon will pay about $1.8 billion": a verb, whose noun is the payment; nor "spend" after one:
                # "plans to spend $150 million")
                and not (h.group().lower() == "pay" and _PAID_AFTER_RE.match(text, h.end()))
                and not (h.group().lower() in ("pay", "spend")
                         and _MODAL_BEFORE_RE.search(text, max(c_start, h.start() - 12), h.start()))
                # "was valued at $1.5 billion in 2023, when it raised $141 million": the valuation is
                # the figure's before; this one has a verb of its own
                and not (own_verb and _DIGIT_RE.search(text, h.end(), own_verb.start()))
                # (nor the counted noun of the figure before it, when this one has a verb of its own: "has
                # surpassed 25 million registered users and raised $900 million")
                and not (own_verb and own_verb.start() >= h.end() and _COUNTED_BEFORE_NOUN_RE.search(text, c_start, h.start()))
                # (nor a speaker's description: "Industry body FICCI estimates")
                and not _SPEAKER_AFTER_RE.match(text, h.end())
                # (nor a company's: "Market heavyweight Samsung Electronics dropped 2.6 percent")
                and not _BUSINESS_NAMED_AFTER_RE.match(text, h.end())
                # (nor the financial markets' expectation: "missing the market consensus of 58 billion won")
                and not (h.group().lower() == "market" and CONSENSUS_NOUN_AFTER_RE.match(text, h.end()))
                # (nor a word of a name: "led by Harbor Capital", "Department of Trade, Industry and Competition")
                # (the name looked up last: the plain tests rule out most hits)
                and not (h.group()[:1].isupper() and _NAME_WORD_BEFORE_RE.search(text, max(c_start, h.start() - 30), h.start())
                         and (h.group().lower() in ORGANISATION_WORDS or _inside_a_name(h, names, text, c_start)))]
        # (nor the share an amount is per: "earnings of $1.05 a share on revenue of $22.8 billion")
        hits = [h for h in hits if not (h.group().lower() == "share" and _PER_SHARE_BEFORE_RE.search(text, max(c_start, h.start() - 16), h.start()))]
        # (the subject's start read only for a clause that opens on a preposition and has a comma)
        lead_end = _subject_start(text, c_start, q.char_start) if hits and _LEAD_PREPOSITION_RE.match(text, c_start) \
            and ", " in text[c_start:q.char_start] else c_start
        if lead_end > c_start and _SUBJECT_OPENS_RE.match(text, lead_end):
            # (nor a noun of a phrase of circumstance leading the clause: "At the official exchange rate, the 2025
            # total is worth roughly $7.3 million")
            hits = [h for h in hits if h.start() >= lead_end]
        if hits and ", " in text[c_start:q.char_start]:
            # (nor a word of a description set after a name or after the clause's subject: "The United States,
            # the largest market, grew 2.1%" is the country's growth, not the market's; "Production committees,
            # the investor groups that fund most series, took in 3.3 trillion yen" their takings)
            described = _descriptions_after_subject(text, c_start, q.char_start, names)
            hits = [h for h in hits if not any(a < h.start() < b for a, b in described)]
        while len(hits) > 1 and _BY_AGENT_BEFORE_RE.search(text, max(c_start, hits[-1].start() - 30), hits[-1].start()):
            hits.pop()  # (nor the agent of another measure: "Gross value added by the sector reached": the value's)
        joined = _JOINED_SUBJECT_MOVED_RE.search(text, max(hits[-1].end(), q.char_start - 80), q.char_start) if hits else None
        if joined:
            # "employment … falls by 18% and the gain shrinks to £2 billion": the joined clause's own subject
            phrase, hits = _clean(joined.group("np").split()), []
        if len(hits) > 1 and _PP_BETWEEN_RE.fullmatch(text, hits[-2].end(), hits[-1].start()):
            # "content spending across the sector": the head with its phrase, not the phrase's noun
            head, tail = hits[-2], hits[-1]
            phrase = _clean(np_left(text, c_start, head.start()) + text[head.start():tail.start()].split()
                            + np_around(text, tail.start(), tail.start(), tail.end(), q.char_start))
        elif hits and family == "count" and q.noun and MEASURE_NOUN_RE.fullmatch(q.noun.split()[-1]) \
                and _JOINED_CLAUSE_RE.search(text, hits[-1].end(), q.char_start):
            # a count naming its own measure in a clause joined after another's: "revenue grew 9.5% and
            # there were 752 million users of paid subscription accounts"
            phrase = _clean(q.noun.split())
        elif family in ("count", "percent") \
                and (number := next((h for h in hits if h.group().lower() == "number" and text.startswith(" of ", h.end())), None)) \
                and (counted_np := _clean(noun_phrase(text, number.end() + 4, q.char_start, 5))):
            # "the number of households paying the fee dropped by 500,000": a count of those, not of the fee
            phrase = f"number of {counted_np}"
        elif hits:
            # "Overseas revenue surpassed domestic revenue …, rising to 1.72 trillion yen": a
            # participle after a comma says more of the clause's subject, not of its object
            h = hits[-1]
            aside = next((a for a in APPOSITIVE_RE.finditer(text, c_start, q.char_start)
                          if a.start() < h.start() < a.end()), None) if len(hits) > 1 else None
            subject = _clean(noun_phrase(text, c_start, aside.start(), 6)) \
                if aside and any(hit.end() <= aside.start() for hit in hits) else None
            if subject and MEASURE_NOUN_RE.search(subject):
                # "Marketing expenses, the company's biggest cost, rose to RMB1.36 billion": the subject, not
                # the description set beside it
                h = [hit for hit in hits if hit.end() <= aside.start()][-1]
            if _RISING_AFTER_COMMA_RE.search(text, hits[-1].end(), q.char_start):
                # (the subject's head, past its modifiers: "Membership services revenue was …, decreasing 7%")
                h = [hit for hit in hits if not any(verbish(w) or w in PUNCT for w in
                                                    word_tokens(text[hits[0].end():hit.start()]))][-1]
            head = hits[-2] if h is hits[-1] and len(hits) > 1 \
                and _HEAD_PREPOSITION_RE.fullmatch(text, hits[-2].end(), h.start()) else None
            # (a measure noun's complement is no head of its own: "Revenue from general licensing reached $196 million")
            phrase = subject if subject and MEASURE_NOUN_RE.search(subject) \
                else _clean(np_around(text, c_start, head.start() if head else h.start(), h.end(), q.char_start))
    subject_at = _subject_start(text, c_start, valued.start()) if valued and phrase else c_start
    if subject_at > c_start and _LEAD_PREPOSITION_RE.match(text, c_start, subject_at) \
            and phrase.split()[-1] in text[c_start:subject_at] and phrase.split()[-1] not in text[subject_at:valued.start()]:
        phrase = None  # "At the offer price, the company is valued at about HK$28 billion": a noun of the lead, no measure
    deal = _DEAL_VALUED_RE.search(text, max(c_start, q.char_start - 60), q.char_start) if valued else None
    if deal:  # "in a deal valued at about $1.2 billion including debt": the deal's value, no company's valuation
        return f"{deal.group('deal').lower()} value"
    stake = _STAKE_IN_RE.search(text, c_start, valued.start()) if valued and phrase in (None, "valuation") else None
    staked = names.find(stake.group("what")) if stake else []
    if staked:  # "taking a minority stake in Luma AI at a valuation of about $4 billion": the one the stake is in
        return f"{staked[-1][2]} valuation"
    whole = _clean(noun_phrase(text, _subject_start(text, c_start, valued.start()), valued.start(), 6)) \
        if valued and phrase is None else None
    if whole and whole.split()[-1].lower() in WHOLE_MARKET_NOUNS:
        return whole  # "The text-to-video segment was valued at USD 412.6 million": the segment's size, no valuation
    if valued and (phrase is None or _FUNDING_WORDS_RE.search(phrase)
                   # (a participle of valuing right before it: "…'s closing price, valuing the company at about $1.4 billion")
                   or valued.group().lower().startswith("valuing") and "," not in text[valued.start():q.char_start]):
        # "Synthesia was valued at $2.1 billion", "raised $308 million in a funding round …, valuing the
        # company at more than $3 billion": its valuation, not the round
        phrase = "valuation"
        valued_name = _VALUING_NAME_RE.search(text, max(c_start, q.char_start - 60), q.char_start)
        if valued_name and names.is_name(valued_name.group("name")):
            return f"{valued_name.group('name')} valuation"  # "…, valuing Kinema at about ¥150 billion": Kinema's
        bought_before = _BOUGHT_OBJECT_RE.search(text[c_start:valued.start()])
        bought_name = names.find(bought_before.group("what")) if bought_before else []
        if bought_name:  # "agreed to acquire … Vanta Pictures for $18.50 a share, …, valuing the company at": the bought one's
            return f"{bought_name[-1][2]} valuation"
        described = _DESCRIPTION_OPENS_RE.search(text, max(s, valued.start() - 60), valued.start())
        named = [h for h in names.find(text, max(s, described.start() - 60), described.start())
                 if h[1] == described.start()] if described else []
        if named:  # "… against Suno, the AI music generator valued at $2.45 billion": the one the description is of
            return f"{named[-1][2]} valuation"
    if phrase is None and _PASSING_SURFACE_RE.match(q.surface):
        # "Vidu user base tops 30 million": what passes the mark is right before its verb
        phrase = _clean(np_left(text, c_start, q.char_start, 4))
    if phrase is None and family == "time" and _DEICTIC_SURFACE_RE.match(q.surface):
        return None  # "negotiations with studios next year": a time ahead, no length of the subject's
    if family == "time" and _PERIOD_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start):
        return None  # "grew revenue by 4% in the first six months of the year": the period reported, no length
    # (whatever the clause's subject: "Kuaishou shares ended 6.4% higher, adding about HK$15 billion to its market value")
    added = _ADDED_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
        if family in ("percent", "money") else None
    added_to = _ADDED_TO_RE.match(text, q.char_end) if added else None
    if added_to:  # "AI could add 1.5 percentage points to annual productivity growth", "add $4 trillion to the economy"
        to = _clean(noun_phrase(text, added_to.end(), c_end, 8))
        to = _TRAILING_TIME_RE.sub("", to) if to else to  # ("to its operating profit this year": when, not what)
        whose = possessor(text, added_to.end(), names) if to else None  # (possessor reads "its" before the position)
        if to:  # (whose "its" says: "adding about HK$15 billion to its market value")
            return f"boost to {_joined(whose, to) if whose and whose.lower() not in to.lower() else to}"[:120]
    moved_money = _MONEY_MOVED_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
        if phrase is None and family == "money" else None
    if moved_money:
        # "Fraudsters stole $25 million", "An employee of Arup transferred HK$200 million": the sum
        # moved, by whom (the subject acted; it is not what the sum measures)
        who = _clean(noun_phrase(text, _subject_start(text, c_start, moved_money.start()), moved_money.start(), 6))
        moved = MONEY_MOVED_VERBS[moved_money.group("verb").lower()]
        who = _in_lower_case(who, names)  # ("Fraudsters stole"; not "China contributed")
        return f"amount {moved} by {who}"[:120] if who and not _stands_for(who.split()) else f"amount {moved}"
    spend = _SPEND_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
        if phrase is None and family == "money" else None
    if spend:  # "Amazon plans to spend $5 billion next year", "The culture ministry plans to spend": its spending
        who = _in_lower_case(_clean(noun_phrase(text, _subject_start(text, c_start, spend.start()), spend.start(), 6)), names)
        phrase = f"{who} spending" if who and not _stands_for(who.split()) and not names.find(who) else "spending"
    worth = _THINGS_WORTH_BEFORE_RE.search(text, max(c_start, q.char_start - 50), q.char_start) \
        if phrase is None and family == "money" else None
    if worth and not MEASURE_NOUN_RE.fullmatch(worth.group("np").split()[-1]):
        return f"value of {worth.group('np')}"  # "the strikes had delayed projects worth about $150 million": their value
    if phrase is None:
        # (not how long it took to say it, unless the time is what the reported clause's verb takes:
        # "Legal experts said the case could take two to three years to reach trial")
        # (nor the levels of a time the reported clause says moved: "…, said turnaround times had fallen from six weeks to ten days")
        takes = family == "time" and (_TAKES_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start)
                                      or _LEVEL_MOVED_BEFORE_RE.search(text, max(c_start, q.char_start - 60), q.char_start))
        start = _subject_start(text, c_start, q.char_start, said_clause=family != "time" or bool(takes))
        opener = re.match(r"[a-z]+\s+", text[start:q.char_start])
        joined = bool(opener) and opener.group().strip() in CLAUSE_JOINS
        if joined:
            start += opener.end()  # "Day rates are flat, while inflation has risen by 20%": the clause's own subject
        moving = _PARTICIPLE_OPENS_RE.match(text, start, q.char_start)
        moved = re.search(r"\b([a-z]+),\s*$", text[c_start:moving.start(1)]) if moving else None
        if moved and moving.group(1) in MOVEMENT_VERBS and moving.group(1).endswith("ing") \
                and moved.group(1) in MOVEMENT_VERBS:
            # "Reality TV grew, rising 6.2% to 445 shoot days": the move's participle is said of the subject that moved
            start = _subject_start(text, c_start, c_start + moved.start(1), said_clause=False)
        focus = re.match(r"[A-Za-z]+\s+", text[start:q.char_start])
        if focus and focus.group().strip().lower() in FOCUS_ADVERBS:
            start += focus.end()  # "Only reality TV grew, rising 6.2%": the subject after its focus
        words = noun_phrase(text, start, q.char_start)
        if len(words) == 1 and words[0].lower() in MOVEMENT_VERBS and _SINGULAR_PRONOUN_BEFORE_RE.search(
                text, max(0, text.find(words[0], start) - 6), text.find(words[0], start)):
            words = []  # "I think that drops by a third": a singular pronoun and its verb, no plural noun
        lead = next((a for a, b in _descriptions_after_subject(text, c_start, q.char_start, names) if a < start < b), None) \
            if ", " in text[c_start:q.char_start] else None
        if lead is not None:  # (the subject, not a noun inside its description: "Production committees, the investor
            # groups that fund most series, took in …")
            words = noun_phrase(text, _subject_start(text, c_start, lead, said_clause=False), lead)
        kept = (_clean(words) or "").split() if joined else []
        if joined and (any(verbish(w) or ADVERB_RE.fullmatch(w) for w in kept[1:])
                       or len(kept) == 1 and kept[0].lower().endswith("est")):
            words = []  # (a run the phrase reader could not end: "while three new releases each opened below"; "the lowest")
        if words and words[0].lower() in ATTRIBUTION_VERBS \
                and not (words[0].lower() in NOUN_LIKE_SPEECH_VERBS and (len(words) == 1 or words[1].lower() == "of")):
            # (a noun alone, or with its of-phrase: "Claims rose", "Reports of deepfake sex crimes rose to 964")
            words = []  # "Leela Roy said rates … had fallen … in two years": a verb of saying opens no noun phrase
        titled = TITLE_RE.match(text, text.find(words[-1], start) + len(words[-1]) + 1) if words else None
        if titled and len(words) <= 2 and all(w[:1].isupper() or w.lower() in DETERMINERS for w in words):
            words = []  # 'Holdover "Night Harbor" fell 58%': the word before a title describes it; the title's, below
        verb = _VERB_BEFORE_FIGURE_RE.fullmatch(text, start, q.char_start) if len(words) > 1 else None
        if verb and words[-1] == verb.group("verb"):
            words = words[:-1]  # "Runway raises $308 million": the word before the amount is the verb
        whose = next((k for k, w in enumerate(words) if k and w.lower() == "whose"), None)
        if whose is not None:
            # a relative clause on the subject: "A studio whose films grossed $2 billion" measures the
            # studio's films; "… last year has raised $42 million", past the clause's own verb and its
            # object, the studio
            inside = not re.search(r"\d|,|\b(?:has|have|had|is|are|was|were|will|would)\b",
                                   text[start:q.char_start].split(words[-1], 1)[-1])
            words = words[:whose] + words[whose + 1:] if inside else words[:whose]
        described = names.find(text, start, q.char_start) if words and words[-1].lower() in BUSINESS_DESCRIPTIONS else []
        if described and text[:described[0][0]].rstrip().endswith(words[-1]) and text.find(words[-1], start) < described[0][0]:
            words = described[0][2].split()  # "Shanghai-based AI video company Zhenying Technology priced …": the company named
        cut = next((k for k in range(len(words) - 1) if words[k].lower() in BUSINESS_DESCRIPTIONS
                    and words[k + 1][:1].isupper()), None) if len(words) > 2 else None
        if cut is not None and names.is_name(" ".join(words[cut + 1:])):
            words = words[cut + 1:]  # "Market heavyweight Samsung Electronics dropped 2.6 percent": the company described
        label = text.rfind(": ", start, q.char_start) if words else -1
        if label >= 0 and 0 <= text.find(words[-1], start) < label and text[label + 2:label + 3].isdigit() \
                and q.char_start > label + 2 and not _has_verb(text, start, label) \
                and not text[start:label].rstrip().lower().endswith(("including", "include", "includes", "such as")):
            # "Hollywood's AI reckoning: 5,000 VFX jobs gone in two years": a headline's label, no subject (but a list's
            # items are what its lead names: "Properties including: 9 E 71st St, worth $US55,931,000")
            words = []
        phrase = _clean(words)
        if phrase and _DANGLING_POSSESSIVE_RE.fullmatch(phrase[0].lower() + phrase[1:]) \
                and (phrase[:1].islower() or not names.find(phrase)):  # (or opening a headline: "Town's only cinema …")
            phrase = None  # "The guild's last contract, in 2021, raised …": a possessive cut from its noun measures nothing
        elif phrase and ("'s " in phrase or "’s " in phrase) and _ESTIMATE_NOUN_AFTER_RE.match(
                text, text.find(phrase.split()[-1], start) + len(phrase.split()[-1])):
            phrase = None  # "The institute's central estimate is a gain of …": whose estimate, no measure
        owned = False
        worked = _WORKS_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) \
            if family == "time" else None
        base = _WORK_VERB_END_RE.sub("", phrase) if worked and phrase else None
        if base and text[c_start:worked.start()].rstrip().endswith(base):
            # "Japanese animators work an average of 219 hours a month": the subject's working hours (days too)
            # (of a share of people, the people's: "Two-thirds of Canadian crew members worked fewer than 100 days")
            base = _SHARE_OF_OPENS_RE.sub("", base) or base
            phrase = f"{base} working {q.unit if q.unit in ('hours', 'days', 'weeks') else 'time'}"
        elif worked and phrase is None and _SHARE_SUBJECT_END_RE.search(text, max(c_start, worked.start() - 30), worked.start()):
            # "… and that 1 in 5 worked more than 300 hours a month": the working hours of a share of people
            phrase = f"working {q.unit if q.unit in ('hours', 'days', 'weeks') else 'time'}"
        if phrase and family == "count" and not q.noun and _EMPLOYS_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start):
            phrase = f"{phrase} employees"  # "The agency … now employs about 2,250": whom it employs
        if phrase and family == "time" and (at := text.find(phrase, start)) >= 0 \
                and _SPEECH_AFTER_RE.match(text, at + len(phrase)):
            # (read before whose it is joins it: "…, its director said the whole thing took … about a week")
            phrase = None  # "The company said it planned to invest … over the next three years": who speaks, not what lasts
        if phrase and family == "time" and phrase.split()[-1].lower() in UNNAMED_BODY_NOUNS:
            # "the entertainment company was informed … less than an hour before the announcement": who, not what lasts
            phrase = None
        earners = _EARNERS_WHO_RE.search(text, max(c_start, q.char_start - 70), q.char_start) \
            if family == "money" and ", who " in text[max(c_start, q.char_start - 70):q.char_start] else None
        if earners:
            # "…calls for training animators, who often earn less than 2 million yen a year": what they earn,
            # not the sentence's subject's
            phrase = f"{earners.group('who').lower()} earnings"
        elif phrase and family == "money" and _EARNERS_RE.search(phrase) \
                and EARNED_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start):
            # "Creators on the platform earned $427.9 million": what they earned
            phrase = f"{_in_lower_case(phrase, names) if not names.find(phrase) else phrase} earnings"
        elif phrase is None and family == "money" and _SHARE_OPENS_RE.match(text, start) \
                and EARNED_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start):
            phrase = "earnings"  # "About 30% of respondents earned less than 2 million yen a year": what they earn
        elif phrase is None and family == "money" and _PERSON_EARNED_RE.search(text, max(c_start, q.char_start - 40), q.char_start):
            phrase = "earnings"  # "when she earned $38 a week in the ink and paint department": what the person earned
        its = _POSSESSIVE_OPENS_RE.match(text, start + len(text[start:q.char_start]) - len(text[start:q.char_start].lstrip()))
        whose = (owner_before(text, c_start, its.start(), names) or possessor(text, its.end(), names)) \
            if its and phrase else None
        if whose and whose.lower() not in phrase.lower():
            # "Microsoft said its water consumption rose 34%", "IATSE Local 600 reported that its members
            # logged 5.8 million hours": the subject is whose "its" says (the one described, not a place
            # in its description: "Sonic Lingo, a London dubbing company, said its orders rose 12%")
            phrase = _joined(whose, phrase)
        named = names.find(phrase) if phrase else []
        where = _PLACE_PHRASE_END_RE.search(phrase, 0, named[-1][0]) if named and named[-1][1] == len(phrase) \
            and named[-1][2].lower() in PLACES and named[-1][0] == len(phrase) - len(named[-1][2]) else None
        if where and where.end() == named[-1][0] and where.start() > 0 and family != "time":
            # "Stage occupancy across Los Angeles fell to 63%": what is measured there, not the place
            phrase, named = phrase[:where.start()].rstrip(), []
        if phrase and (names.is_name(phrase) or named and named[-1][1] == len(phrase)) \
                and not _SHARES_OF_NAME_RE.match(phrase) and not (
                family == "percent" and source_kind(phrase) != "person"
                and _NAME_MOVED_RE.fullmatch(text, text.find(phrase, start) + len(phrase), q.char_start)):
            # "Mr. Feng has worked ... for 15 years", "Rival studio Kestrel has raised": who, not what
            # (but "Pluristem rose 8.15%": the name is what moved)
            phrase = None
    costs = _COSTS_VERB_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if family == "money" else None
    if costs and not (phrase is None or phrase.split()[-1].lower() in ("cost", "costs")
                      # (what the cost went on, after it: "cost him $200 in software subscriptions")
                      or text.find(phrase, q.char_end, c_end) >= 0
                      # (whom it costs, read as a measure: "cost California's economy about $6.5 billion")
                      or phrase.split()[-1] in costs.group().split()):
        costs = None
    if costs:  # "The average Hindi dub now costs ₹40 lakh", "A traditional dub costs about $50,000": its cost
        head = _ADVERBS_BEFORE_RE.search(text, c_start, costs.start())
        verb_at = head.start() if head else costs.start()
        relative = _RELATIVE_END_RE.search(text, max(c_start, verb_at - 8), verb_at)
        if relative:  # "A typical 30-second TV spot that once cost …": the noun the relative clause is of
            verb_at = relative.start()
        subject = _clean(np_left(text, c_start, verb_at, 5))
        if subject is None and not relative and text[verb_at - 1:verb_at] == "," and "," not in text[c_start:verb_at - 1]:
            # "Mid-budget films, costing $20 million to $60 million, have become rarer": the subject its participle is of
            subject = _clean(noun_phrase(text, c_start, verb_at - 1, 5))
        agent = _HEAD_BEFORE_AGENT_RE.search(text, c_start, verb_at) if not relative else None
        if agent:  # "The strike by video game performers cost California's economy …": the strike's cost
            subject = _clean(agent.group("np").split()) or subject
        antecedent = _ANTECEDENT_WITH_PP_RE.search(text, c_start, verb_at) if relative else None
        if antecedent:  # "a tax dispute in Brazil that cost about $619 million": the dispute, where it is
            subject = _clean(antecedent.group("np").split()) or subject
        gerund = _GERUND_SUBJECT_RE.match(text, c_start, verb_at) or _REPORTED_GERUND_SUBJECT_RE.search(text, c_start, verb_at)
        if gerund and (gerund.group("act").split()[0].lower() in ING_ADJECTIVES | ING_PREPOSITIONS
                       or _VERB_IN_RE.search(text, gerund.end(), verb_at)
                       # (another clause's subject: "Pricing starts at $0.40 …, so a one-minute sequence costs")
                       or _CONJUNCTION_AFTER_COMMA_RE.search(text, gerund.end(), verb_at)):
            gerund = None  # (an adjective, "Operating margin was 28% …, because of a dispute that cost": no act of its own)
        if gerund:  # "Dubbing a two-hour film into a regional language used to cost": the cost of doing it
            subject = " ".join(gerund.group("act").split())
        opening = _subject_start(text, c_start, verb_at)
        words = noun_phrase(text, opening, verb_at, 5)
        if subject is None and re.search(r"\band\s*$", text[max(c_start, verb_at - 6):verb_at]):
            # "Each episode runs 2 minutes and costs $500": the subject of the verbs joined
            subject = _clean(noun_phrase(text, _subject_start(text, c_start, verb_at), verb_at, 4))
        before_aside = _SUBJECT_BEFORE_ASIDE_RE.fullmatch(text, c_start, verb_at) if subject is None else None
        if before_aside:  # "By comparison, its predecessor, released in 2013, cost about $265 million": past the aside
            subject = _clean(before_aside.group("np").split())
        np_end = text.find(words[-1], opening) + len(words[-1]) if words else -1
        place = _PLACE_TAIL_RE.fullmatch(text, np_end, verb_at) if words and np_end > 0 else None
        if place and _clean(words):  # "The standard plan in the US now costs $17.99": the plan's, there
            subject = f"{_clean(words)} {' '.join(place.group().split())}"
        elif subject and not relative and not agent and not gerund and re.search(
                rf"\b(?:to|of|for|in|from|on|at)\s+(?:the\s+|an?\s+)?{re.escape(subject)}\s*$", text[c_start:verb_at]) \
                and len(whole := text[opening:verb_at].split()) <= 8 and _clean(whole):
            # "Rights to Premier League highlights in the UK cost about £100 million": the noun the phrases are
            # of, with them (np_left stops at the last preposition), a sentence's first word no name
            subject = _clean(whole)
            if not names.is_name(subject.split()[0]) and not any(h[0] == 0 for h in names.find(subject)):
                subject = subject[0].lower() + subject[1:]
        if subject and subject.lower() not in ("it", "this", "that"):
            if re.match(r"[A-Z][a-z]+ing\b", subject) or _COMMON_NOUN_FORM_RE.match(subject) \
                    and not any(h[0] == 0 for h in names.find(subject)) and not names.is_name(subject.split()[0]):
                # ("Running Sora cost OpenAI …": the cost of running Sora; "Compliance will cost …", capitalised
                # as its sentence's first word, no name)
                subject = subject[0].lower() + subject[1:]
            phrase, owned = f"cost of {subject}", False  # (its subject names whose it is, if anyone's)
    rate = (_GROWS_AT_RATE_RE.search(text, max(c_start, q.char_start - 80), q.char_start)
            or _GROWS_AT_RE.search(text, max(c_start, q.char_start - 40), q.char_start)) if family == "percent" else None
    if rate:  # "The e-learning segment is forecast to expand at a CAGR of 18.2%": what grows, at which rate
        # ("is expected to grow at 12-15 per cent a year": its annual growth rate)
        named = " ".join(rate.group("rate").split()) if rate.re is _GROWS_AT_RATE_RE else \
            "CAGR" if re.match(r"\s+CAGR\b", text[q.char_end:q.char_end + 6]) else \
            "annual growth rate" if _per(q, text, _PER_YEAR) \
            else "growth rate"
        if phrase and named.lower() not in phrase.lower():
            phrase = f"{phrase} {named}"  # ("the market … growing at a compound annual rate of")
        elif not _PARTICIPLE_AFTER_COMMA_RE.search(text, max(c_start, rate.start() - 2), rate.start() + 1):
            # (a participle after a comma is said of the clause's object, not of its subject: "Analysts
            # expect the market to reach $50 billion, growing at a compound annual rate of 20 percent")
            subject = _clean(noun_phrase(text, _subject_start(text, c_start, rate.start()), rate.start(), 5))
            phrase = f"{subject} {named}" if subject else named
        else:
            # ... but said of the subject a copula equates with its complement: "Asia Pacific will be the fastest-growing
            # region, expanding at 51% a year"
            opening = _subject_start(text, c_start, rate.start())
            copula = _COPULA_CLAUSE_RE.match(text, opening, rate.start())
            subject = _clean(noun_phrase(text, copula.start("np"), copula.end("np"), 5)) if copula else None
            phrase = f"{subject} {named}" if subject else None
    counted = _COUNTED_BY_SUBJECT_RE.search(text, max(s, q.char_start - 40), q.char_start) \
        if family == "count" and phrase and q.noun and phrase.lower() == q.noun.lower() else None
    if counted and not _ING_AFTER_RE.match(text, q.char_end) \
            and not (counted.group().startswith(",") and _ED_AFTER_RE.match(text, q.char_end)):
        # "The previous season drew 68 million views", "The first season remains …, with 265.2 million
        # views": the subject's count (a named subject is the owner, below; not "with more than 20
        # stocks hitting the daily limit", a count that acts itself)
        opening = _subject_start(text, s, counted.start())
        words = noun_phrase(text, opening, counted.start(), 5)
        np_end = text.find(words[-1], opening) + len(words[-1]) if words else -1
        subject = _clean(words)
        adjacent = counted.group().startswith(",") and not _COPULA_NAME_RE.search(text, np_end, counted.start()) \
            or not text[np_end:counted.start()].strip()  # (not "The biggest-selling film was The Greatest Showman, with …")
        if subject and adjacent and not names.is_name(subject) and not names.find(subject) \
                and not _NAMED_AFTER_RE.match(text, np_end) and not any(c.isdigit() for c in subject):
            # (not "The first volume of "Stranger Things 5" drew": the title's; nor "Season 4")
            phrase, owned = f"{subject} {phrase}", False
    if phrase is None:
        return None
    its = _ITS_IN_SURFACE_RE.search(q.surface) if owned else None
    its_before = _ITS_RIGHT_BEFORE_RE.search(text, max(0, q.char_start - 24), q.char_start) if owned and not its else None
    if its:  # "could lose up to a quarter of its jobs": whose "its" says, not the clause's first name
        owner = possessor(text, q.char_start + its.end(), names)
    elif its_before:  # "Britain's actors' union, Equity, said its 450 members": the speaker's, not Britain's
        owner = possessor(text, q.char_start, names)
    else:
        owner = owner_before(text, c_start, q.char_start, names) if owned else None
    cost_to = _COST_TO_BEFORE_RE.search(text, max(c_start, q.char_start - 50), q.char_start) \
        if owned and family == "count" else None
    if cost_to:  # "AI could cost UK screen sector 20,000 jobs": the jobs of whom it costs them
        owner = cost_to.group("np")
    if owner and _OF_THEIR_AFTER_RE.match(text, q.char_end) \
            and PLURAL_BEFORE_VERB_RE.search(text, max(c_start, q.char_start - 40), q.char_start):
        owner = None  # "Common Goal, through which footballers pledge 1% of their earnings": theirs, not the name's
    if owner is None and owned:
        owner = possessor(text, q.char_start, names)
    its_before = re.search(rf"\b(?:its|their)\s+(?=(?:[\w-]+\s+){{0,2}}{re.escape(phrase.split()[0])}\b)",
                           text[c_start:q.char_start], re.IGNORECASE) if owner is None and owned else None
    if its_before:  # "Studio Dragon's profit fell 31%, while its sales slipped 4.2%": whose "its" says, named before in its sentence
        whose = possessor(text, c_start + its_before.end(), names)
        # ... or opening its sentence, whom the sentence before opens on ("Redline employs 620 artists …. Its
        # revenue for fiscal 2025 was $118 million")
        before_start = sentence_start_before(text, s) if c_start == s and its_before.start() == 0 else None
        owner = whose if whose and (any(h[2] == whose for h in names.find(text, s, c_start))
                                    or before_start is not None and names.at_start(text[before_start:s]) == whose) else None
    # (read in the clause alone: its start is where the subject may open)
    part_of = max(_BUSINESS_PART_SUBJECT_RE.finditer(text[c_start:q.char_start]), key=lambda m: m.start(), default=None) \
        if owner is None and owned else None
    if part_of and not _CLAUSE_SWITCH_RE.search(text, c_start + part_of.end(), q.char_start):
        # (not past another clause's subject: "…, while the networks business brought in roughly $18 billion")
        # "Its theme parks unit posted revenue of $8.6 billion": the part of the business it is of, and whose
        part = _clean(part_of.group("np").split())
        its = _POSSESSIVE_OPENS_RE.match(part_of.group("np"))
        whose = possessor(text, c_start + part_of.start("np") + its.end(), names) if its else None
        owner = _joined(whose, part) if whose and part else part
    if owner is None and owned:
        owner = described_owner(text, c_start, q.char_start, names)  # "The union has 47,000 members": the union's
    if owner is None and owned:
        # "- Runway: $308 million Series D, …, at a valuation above $3 billion": the item its line is about
        item = _BULLET_ITEM_RE.match(text, text.rfind("\n", 0, q.char_start) + 1, q.char_start)
        owner = item.group("item") if item and not mentions_a_measure(item.group("item")) else None
    if owner and phrase.split()[-1].lower() in WHOLE_MARKET_NOUNS and not _PREPOSITION_RE.search(phrase) \
            and not any(w.lower() in PLACES for w in owner.split()) \
            and (at := text.find(owner, c_start, q.char_start)) >= 0 and _ACTS_ON_OBJECT_RE.match(text, at + len(owner)):
        # a market is nobody's who enters, leads or sizes it ("Tencent dominates the $40 billion gaming
        # market", "Grand View Research valued the AI dubbing market at"): the subject of a verb, the market its object
        owner = None
    if owner and family == "count" and (is_a_people(owner) or q.noun and q.noun.lower() in PEOPLE_AT_LARGE
                                        and _SAMPLE_OF_BEFORE_RE.search(text, max(c_start, q.char_start - 80), q.char_start)):
        # "Most Europeans are wary …, according to a survey of 12,000 adults": a people owns no count, nor
        # does who commissioned a survey own those it asked ("A survey Deezer commissioned from Ipsos of 9,000 people")
        owner = None
    if owner is None and owned and phrase.lower() in _TAKINGS_WORDS:
        # "The global games market will generate $188.8 billion in revenue": a market's or an industry's
        # takings, named by the clause's subject (a name owns them by the rules above)
        subject = _clean(noun_phrase(text, _subject_start(text, c_start, q.char_start, said_clause=False), q.char_start, 5))
        if subject and subject.split()[-1].lower() in WHOLE_MARKET_NOUNS:
            owner = _in_lower_case(subject, names)
    if owner and owner.lower().rstrip(".") not in phrase.lower() and not _stands_for(phrase.split()) \
            and not _OWN_POSSESSOR_OPENS_RE.match(phrase):  # ("CJ ENM Co." in "Shares of CJ ENM Co")
        # (nor a pronoun, which stands for a measure before: "Alsup cut that to 15%", etl.extract)
        # (nor a phrase with an owner of its own: "12 million of the agency's pictures")
        phrase = _joined(owner, phrase)
    among = _AMONG_LEAD_RE.match(text, s) if family == "percent" and phrase in _BARE_SHARE_WORDS else None
    if among and among.end() <= q.char_start:
        # "Among visual effects workers, the share was 81%" (and what the share is of them: "Among artists under
        # 30, the share reporting lost work rose to 71%")
        doing = _SHARE_DOING_RE.search(text, among.end(), q.char_start)
        return f"share of {among.group('group')}{' ' + ' '.join(doing.group('doing').split()) if doing else ''}"[:120]
    return phrase[:120]


# the people a survey asked, by their number: "A survey Deezer commissioned from Ipsos of (9,000 people)"
_SAMPLE_OF_BEFORE_RE = re.compile(rf"\b(?:survey|poll|study|sample)\b[^,;.\d]{{0,60}}?\bof\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_ESTIMATE_NOUN_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(FORECAST_NOUNS)})s?\b")
_PER_SHARE_BEFORE_RE = re.compile(r"\d\s+(?:a|per)\s+$")
_SINGULAR_PRONOUN_BEFORE_RE = re.compile(r"\b(?:that|this|it)\s+$", re.IGNORECASE)
_CLAUSE_OPENER_IN_ACT_RE = re.compile(rf"\s+(?:{'|'.join(sorted(CLAUSE_OPENERS - FOCUS_ADVERBS - {'&', 'what', 'why'}))}|amid)\s+")
_FINITE_AFTER_PARTICIPLE_RE = re.compile(r"(?<=\s)(?:are|is|were|was|have|has|had|will|would|could|may)\b")
_FOLLOWED_BY_AT_RE = re.compile(r"\bfollowed\s+by\s+(?P<np>[a-z][\w'’ -]{2,60}?)\s+(?:at|with)\s+(?:about\s+|around\s+|nearly\s+)?$")
_AND_NEXT_PART_AT_RE = re.compile(r"(?:\d\s?%|\bper\s?cent|\bpercent)\s*,?\s+and\s+(?P<np>[a-z][\w'’ -]{2,60}?)\s+at\s+"
                                  r"(?:about\s+|around\s+|nearly\s+|roughly\s+)?$")
_HEAD_PREPOSITION_RE = re.compile(r"\s+(?:from|of)\s+(?:[\w'’-]+\s+){0,2}")
_MORE_AFTER_RE = re.compile(r"\s+(?:more|others)\b(?:,[^,;]{1,40},)?")  # (past an aside after it)
_PARTICIPLE_OPENS_RE = re.compile(r"\s*([a-z]+)\s")
_LIST_WORDS = {"compared", "according", "including", "excluding", "followed", "up", "down"}  # (participles of a list)


_MADE_VERBS = set(PARTICIPLE_BASES.values())  # verbs of making, bare ("finish", "shoot")
_PASSIVE_AUX_RE = re.compile(r"\s+(?:was|were|is|are|(?:had|has|have)\s+been|been)\s+\w+\s+(?:in\s+)?$")
_ADVERBS_OF_TIME = {"now", "still", "already", "also", "even", "just", "soon", "once", "then"}


def _done_within(text: str, c_start: int, q, names: ArticleNames) -> str | None:
    """The time it takes to do what the clause's verb does, for a span "within" or "in" which it is
    done: "produces highlight clips within 30 seconds of a goal", "can render a 60-second 4K clip in
    under 2 minutes" -> "time to produce highlight clips", "time to render clip"."""
    if not (q.surface.lower().startswith("within") or text[max(c_start, q.char_start - 3):q.char_start] == "in "):
        return None
    words = word_tokens(text[c_start:q.char_start])
    if words and words[-1] == "in":
        words = words[:-1]
    if len(words) >= 2 and words[-2].lower() in ("was", "were", "is", "are", "been") \
            and (base := PARTICIPLE_BASES.get(words[-1].lower())):
        # "The film, budgeted at €9 million, was shot in 32 days": the time to do it to the subject
        aux = _PASSIVE_AUX_RE.search(text, c_start, q.char_start)  # (the subject right before its verb, a name whole)
        named = [h for h in names.find(text, c_start, aux.start()) if h[1] == aux.start()] if aux else []
        subject = named[-1][2] if named else (
            _clean(np_left(text, c_start, aux.start(), 6))  # (or the clause's subject, before an aside: "The film, budgeted …, was")
            or _clean(noun_phrase(text, _subject_start(text, c_start, aux.start(), said_clause=False), aux.start(), 6))) \
            if aux else None
        return f"time to {base} {subject}"[:120] if subject else None
    for k in range(len(words) - 1, max(-1, len(words) - 7), -1):
        low = words[k].lower()
        if low in PUNCT or low in AUXILIARIES or re.match(r"\d(?![\d.,]*-[a-z])", low):
            # (past a figure, the span is that figure's period: "cut costs by 40 percent within five years";
            # not past one that describes a noun: "finish a 22-minute episode in six weeks")
            return None
        before = [w.lower() for w in words[max(0, k - 6):k] if not w.lower().endswith("ly") and w.lower() not in _ADVERBS_OF_TIME]
        if low in AIM_VERBS or low in MIND_VERBS:
            continue  # (what one expects or fears is the verb after it: "expects the company to break even within 18 months")
        # a bare verb after a modal ("can now ship a game in 18 months"), or after "to" that a verb of aim
        # governs ("aims to go public within two years", "expects the company to break even"; not "losing work to
        # artificial intelligence")
        after_modal = low.isalpha() and low not in DETERMINERS and bool(before) and (
            before[-1] in ("can", "could", "will", "would", "may", "might", "must", "should")
            or before[-1] == "to" and any(w in AIM_VERBS for w in before[-5:-1])
            # (a second bare verb the modal governs, after "and": "must give 48 hours' notice … and delete the data")
            or before[-1] == "and" and any(w.lower() in ("can", "could", "will", "would", "may", "might", "must", "should")
                                           for w in words[:k - 1]))
        # "produces", not "clips", nor a noun before its own verb ("claims rose fourfold in two years")
        present = re.fullmatch(r"[a-z]{3,}[^s']s", low) and verbish(low) \
            and not (k + 1 < len(words) and words[k + 1].lower() in MOVEMENT_VERBS)
        # a verb of making in the past ("shot the film in 12 days"), or bare after a verb of letting
        # ("letting a team of 14 finish a 22-minute episode in six weeks")
        made = PARTICIPLE_BASES.get(low) if k and words[k - 1].lower() not in ("was", "were", "is", "are", "been", "be") \
            else None
        let = low in _MADE_VERBS and any(w in LETTING_VERBS for w in before[-6:])
        if made and k + 1 < len(words) and words[k + 1].lower() == "by":
            # "a nine-minute short made by two people in three weeks": done to the noun before it
            at = text.rfind(f" {words[k]} ", c_start, q.char_start)
            at = len(text[:at].rstrip(" ,"))  # (past an appositive's comma: "The trailer, edited by one person in two days")
            done_to = _clean(np_left(text, c_start, at, 4)) if at > c_start else None
            return f"time to {made} {done_to}"[:120] if done_to else None
        if made or let:
            after_modal, low = True, made or low
        if after_modal and any(w.lower() in FEAR_VERBS or w.lower() in BELIEF_VERBS for w in words[:k]):
            return None  # (what people fear will happen within a span: "62% worry AI will cost them work within two years")
        if after_modal or present:
            base = low if after_modal else low[:-2] if re.search(r"(?:ss|sh|ch|x|z)es$", low) else low[:-1]
            obj = [w for w in words[k + 1:] if not re.match(r"\d", w) and w.lower() not in DETERMINERS - {"this", "that"}]
            # (no object, or a pronoun alone: "can now produce in two days what …", "to halve that", "to publish them")
            alone = len(obj) == 1 and (obj[0].lower() in PRONOUNS or obj[0].lower() in ("that", "this"))
            return f"time to {base} {' '.join(obj)}"[:120] if obj and not alone else None
    return None


def _last_outside(text: str, needle: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> int:
    """The last `needle` in text[lo:hi] outside every span, or -1."""
    at = text.rfind(needle, lo, hi)
    while at >= 0 and any(a <= at < b for a, b in spans):
        at = text.rfind(needle, lo, at)
    return at


def _own_clause_after_semicolon(text: str, start: int, pos: int) -> bool:
    """Whether text[start:pos] ends in a clause after a semicolon with a subject and a verb of its own."""
    semi = text.rfind(";", start, pos)
    words = word_tokens(text[semi + 1:pos]) if semi >= 0 else []
    # (a pronoun's clause goes on about the same thing: "…; by March it had fewer than 600,000")
    return len(words) > 2 and words[0][:1].isalpha() and not any(w.lower() in _SAME_THING_PRONOUNS for w in words) \
        and any(verbish(w) or w.lower() in _PRESENT_VERB_WORDS for w in words[1:])


# the end of a clause right after a bare number: "now we run on 40,"
_CLAUSE_CLOSES_RE = re.compile(r"\s*(?:[.,;:!?)\"”]|$)")
_SAME_THING_PRONOUNS = {"it", "they", "its", "their", "this", "these", "those"}
_PRESENT_VERB_WORDS = {"bundles", "charges", "offers", "sells", "costs", "pays", "has", "is", "are", "gets", "takes"}


def _free_relative(definition: str) -> str | None:
    """What a definition by "what" says an amount is: "what AI video startups raised in 2024" ->
    "funding raised by AI video startups"; None for any other definition."""
    m = _FREE_RELATIVE_RE.match(definition)
    if m:
        return _DONE_NOUNS[" ".join(m.group("verb").lower().split())].format(" ".join(m.group("who").split()))
    took = _HOW_LONG_IT_TOOK_RE.match(definition)
    if took:  # "how long it took one studio to make a 20-minute animated pilot": the time to do it
        act = [w for w in took.group("act").split() if not re.match(r"\d", w) and w.lower() not in DETERMINERS]
        return f"time to {' '.join(act)}" if act else None
    m = _HOW_LONG_RE.match(definition)  # "how long the 2023 writers' strike lasted": its length
    return f"{' '.join(m.group('what').split())} length" if m else None


# what a free relative clause's verb says the amount is: "what X raised" is funding raised by X
_DONE_NOUNS = {"raised": "funding raised by {}", "earned": "earnings of {}", "spent": "spending by {}",
               "lost": "losses of {}", "paid": "payments by {}", "invested": "investment by {}",
               "valued at": "{} valuation"}  # ("what Runway has been valued at")
_DONE_VERBS_ALT = "|".join(verb.replace(" ", r"\s+") for verb in _DONE_NOUNS)
_FREE_RELATIVE_RE = re.compile(rf"(?:what|how\s+much)\s+(?P<who>[^,;.:]{{2,60}}?)\s+(?:(?:has|have|had|was|were|is)\s+"
                               rf"(?:been\s+)?)?(?P<verb>{_DONE_VERBS_ALT})\b", re.IGNORECASE)
# a definition by how long it took to do something: "how long it took one studio to make a 20-minute pilot"
_HOW_LONG_IT_TOOK_RE = re.compile(r"how\s+long\s+it\s+(?:took|takes|would\s+take|will\s+take)\s+(?:[\w'’-]+\s+){0,3}?to\s+"
                                  r"(?P<act>[a-z]+(?:\s+(?!with\b|using\b|in\b|by\b|for\b)[\w'’-]+){0,5})", re.IGNORECASE)
_HOW_LONG_RE = re.compile(r"how\s+long\s+(?:the\s+|a\s+|an\s+)?(?P<what>[^,;.:]{2,60}?)\s+(?:lasted|lasts|took|takes|ran|runs)\b",
                          re.IGNORECASE)


def _joined(owner: str, phrase: str) -> str:
    """The owner before the phrase, once where they overlap: "Kuaishou's Kling" + "Kling AI
    revenue" -> "Kuaishou's Kling AI revenue"; "Spring Festival" + "Festival box office"; never
    before its own initials: "Electronic Arts" + "EA workforce" -> "EA workforce"; over its short name:
    "Paramount Skydance" + "Paramount domestic workforce" -> "Paramount Skydance domestic workforce"."""
    own, words = owner.split(), phrase.split()
    if words[:1] and words[0] in ("".join(w[0] for w in own if w[:1].isupper()), "".join(w[0] for w in own).upper()):
        return phrase  # (its initials may take the small words too: "Asociación Nacional de Actores", "ANDA")
    short = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
    if 0 < short < len(own) and [w.lower() for w in own[:short]] == [w.lower() for w in words[:short]]:
        return " ".join(own + words[short:])  # the owner named short: "Paramount Skydance" + "Paramount domestic workforce"
    if words[0][1:].islower() and MEASURE_NOUN_RE.fullmatch(words[0]):
        words[0] = words[0].lower()  # a sentence's first word, no longer first: "Revenue from Kling AI" -> "Kling AI revenue"
    for n in range(min(len(own), len(words)), 0, -1):
        if [w.lower() for w in own[-n:]] == [w.lower() for w in words[:n - 1]] + [re.sub(r"['’]s$", "", words[n - 1].lower())]:
            # ("South Korea" + "Korea's content exports" -> "South Korea's content exports")
            return " ".join(own[:-n] + words)
    return " ".join([owner, *words])


def names_a_measure(phrase: str | None) -> bool:
    """Whether a measure phrase ends on a noun of what is measured ("production time length"),
    not on other words of its clause ("CJ ENM plans", "Industry officials")."""
    return bool(phrase) and (MEASURE_NOUN_RE.fullmatch(phrase.split()[-1]) is not None or _INDEX_NAME_RE.search(phrase) is not None)


def mentions_a_measure(phrase: str | None) -> bool:
    """Whether a measure phrase has a noun of what is measured anywhere ("Moana 2 North American
    box office"), not only other words ("year's", "animated sequel")."""
    return bool(phrase) and MEASURE_NOUN_RE.search(phrase) is not None


def _singular(phrase: str) -> str:
    """"AI videos" -> "AI video": a length is said of one of them."""
    head = phrase.split()[-1]
    if head.lower() in SAME_IN_SINGULAR:
        return phrase
    if len(head) > 4 and head.endswith("ies") and head.lower() not in IE_PLURALS:
        return phrase[:-3] + "y"  # "festival entries" -> "festival entry"
    if len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return phrase[:-1]
    return phrase


def _skip_to_end_of(text: str, pos: int, phrase: str) -> int:
    i = text.find(phrase.split()[-1], pos - len(phrase) - 2 if pos > len(phrase) + 2 else 0)
    return i + len(phrase.split()[-1]) if i >= 0 else pos


# a verb of answering after a group, past where it was asked: "(of viewers) in a channel poll said"
_ANSWERED_AFTER_RE = re.compile(r"(?:\s+in\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}(?:poll|survey|study))?\s+"
                                r"(?:said|say|says|believe|believed|think|thought|expect|expected)\b")
# where a group was asked, after it: "(viewers) in a channel poll"
_IN_A_POLL_RE = re.compile(r"\s+in\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}(?:poll|survey|study)\b")
# the ages of a group after its noun: "(Americans) aged 18 to 24"
_AGED_AFTER_RE = re.compile(r"\s+aged\s+\d{1,2}(?:\s*(?:to|-|–|and)\s*\d{1,2}|\s+and\s+(?:older|over|above|under|younger))?")
_AGENT_NOUNS = {"corporation", "move", "decision", "plan", "studios", "companies"}
_SAID_CLAUSE_RE = re.compile(r"\b(?:said|says|say|believes?|believed|predicts?|predicted|estimates?|estimated|expects?|"
                             r"expected|noted|notes|argued|argues|claimed|claims|found|finds|warned|warns|added|adds|"
                             r"explained|projects|projected|forecasts?|wrote|writes|concluded|suggested|suggests|insists|"
                             r"insisted|shows|showed|revealed|reveals)\s+(?!that\b)")
# a relative pronoun opening a clause inside a noun phrase: "a short that was shortlisted"
_RELATIVE_OPENS_RE = re.compile(r"\s(?:that|which|who)\s+")
_RELATIVE_VERB_RE = re.compile(r"(?:used|is|are|was|were|has|have|had|will|would|could|can|may|might)\b")
_SHARES_OF_NAME_RE = re.compile(rf"(?i:{SHARES_OF})[A-Z]")  # a company's shares: "Shares in ITV"
_DANGLING_POSSESSIVE_RE = re.compile(r"[a-z][\w-]*['’]s?")
_WATCHED_FOR_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:watched|viewed|streamed)\s+for\s+(?:a\s+(?:total|combined)\s+of\s+)?"
                                    r"(?:about\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?$")
# a verb of watching right before an amount of time watched: "watched over 94 billion hours"
_WATCHED_RIGHT_BEFORE_RE = re.compile(r"\b(?:watched|streamed|viewed)\s+(?:(?:a\s+)?(?:total|combined|record)\s+(?:of\s+)?)?"
                                      r"(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_BIG_SCALE_SURFACE_RE = re.compile(r"\b(?:million|billion|trillion)\b", re.IGNORECASE)
_TOLD_WHOM_END_RE = re.compile(r"\b(?:told|tells|tell|telling|informed|informs|assured|assures|reminded|reminds|warned|"
                               r"warns|wrote\s+to|said\s+to)\s+[a-z]+$")
_PLACE_PHRASE_END_RE = re.compile(r"\s+(?:in|across|throughout|around|at)\s+(?:the\s+)?$")
_DETERMINED_NOUN_END_RE = re.compile(r"\b(?:the|a|an|this|its|their|his|her)\s+[a-z][a-z-]{2,}$", re.IGNORECASE)  # ("a start-up")
_SPAN_OF_TIME_RE = re.compile(rf"(?:{_NUMBER_WORD}|[\d.,]+|a|an)\s+(?:{'|'.join(sorted(TIME_UNITS))})", re.IGNORECASE)
_COUNT_COMPOUND_RE = re.compile(r"[\d.,]+-(?P<unit>[a-z]{3,})\s+(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})$")
_WHO_NUMBER_BEFORE_RE = re.compile(rf",\s+(?:who|which)\s+(?:now\s+)?(?:number|numbered|total|totals|totalled|totaled)\s+"
                                   rf"{AMOUNT_HEDGES}$")
_THRESHOLD_CUT_WORDS = {"above", "below", "over", "under", "than", "of", "beyond", "exceeding"}
_PARTICIPLE_PHRASE_OPENERS = (SIMPLE_PREPOSITIONS - {"of", "to"}) | {"using", "through", "into"}
_GAPPED_OBJECT_AFTER_RE = re.compile(r"\s+(?P<prep>to|on|for)\s+(?=[a-z])")
_CONVERTED_AFTER_RE = re.compile(r"\s*\((?:about\s+|around\s+|roughly\s+|some\s+)?[^()\s]*\d[^()]{0,30}\)")  # " ($41.5 million)"
_GROSSED_BEFORE_RE = re.compile(r"\b(?:grossed|grosses|earned|collected|took\s+in|made)\b")
_MEANS_OPENS_RE = re.compile(r"(?:[Tt]hat|[Tt]his|[Ii]t)\s+(?:means|meant)\s+(?:that\s+)?")
_REPORTED_START_RE = re.compile(rf" that |,\s+(?:{'|'.join(REPORTING_PARTICIPLES)})\s+")


def _past_verb(word: str) -> bool:
    """Whether `word` reads as a verb in the past ("drew", "grossed"), not a short word in -ed ("red")."""
    low = word.lower()
    return low in IRREGULAR_PAST or low.endswith("ed") and len(low) > 4


def _makers(text: str, start: int, end: int, names: ArticleNames) -> list[str]:
    """The names in text[start:end] whose clause says they make video ("Rival OpenAI's Sora 2 produces
    clips", "released Kling 2.0, which can generate"); not a common word of a name ("Studio 2 renders")."""
    return [h[2] for h in names.find(text, start, end)
            if _MAKES_AFTER_RE.match(text, which.end() if (which := _WHICH_AFTER_RE.match(text, h[1])) else h[1])
            and not all(w.lower() in ORGANISATION_WORDS for w in h[2].split())]


_QUOTED_SUBJECT_RE = re.compile(r"\s*[\"“]\s*(?=(?:The|This|That|These|Those|Its|Our|Their|A|An)\s)")
# a quotation that opens the clause and runs past the figure: its subject is after the mark ('"Theatrical windows have
# shrunk to …"'; a quoted title closes before its figure: '"Gone Girl" earned …')
_QUOTE_OPENS_RE = re.compile(r"\s*[\"“]\s*(?=[A-Z][a-z-]+\s+(?!(?:we|i|you|they|he|she|it)\b)[a-z])")  # (not '"Together we')
_CLOSES_QUOTE_RE = re.compile(r"[\"”]")


def _inside_a_name(hit, names: ArticleNames, text: str, c_start: int) -> bool:
    """Whether a capitalised word is one of a list inside a name the article uses ("Department of Trade,
    Industry and Competition"; not "Toronto Stock Exchange", nor a name ending on it, "the Shanghai
    Composite Index rose": the measure)."""
    if "," not in text[max(c_start, hit.start() - 80):hit.start()]:
        return False
    return any(a < hit.start() and hit.end() < b and "," in text[a:hit.start()]
               for a, b, _ in names.find(text, max(c_start, hit.start() - 80), hit.end() + 40))


# a line of its own without a full stop: a headline or a heading
_HEADLINE_LINE_RE = re.compile(r"[^\n]*[^\s.!?\"”'’:]")
_SECTION_LABEL_RE = re.compile(rf"\s*(?:{'|'.join(re.escape(label) for label in sorted(SECTION_LABELS))})\s*:\s+",
                               re.IGNORECASE)


def _past_clause_colon(text: str, c_start: int, pos: int) -> int:
    """Past a clause's colon before `pos`: "Junior roles were hit hardest: openings for entry-level artists
    dropped by more than half", "Labour costs remain a big draw: a mid-level animator earns …" — a clause
    after a clause's colon has its own subject (not after a label's: "Kuaishou's Q3 report: Kling …")."""
    colon = text.rfind(": ", c_start, pos)
    # (or a quoted title after it: 'Some streaming shows cost much more: "The Crown" reportedly cost about £13 million')
    if colon > c_start and (text[colon + 2:colon + 3].islower() or text[colon + 2:colon + 3] in ('"', "“")) \
            and _has_verb(text, c_start, colon) \
            and _has_verb(text, colon, pos):
        return colon + 2
    return c_start


def _subject_start(text: str, c_start: int, pos: int, said_clause: bool = True) -> int:
    """Past a dateline or a leading adverbial ("Under the agreement, ..."): where the clause's
    subject starts; with `said_clause`, the subject of a clause reported without "that"."""
    dateline = DATELINE_RE.match(text, c_start, pos)
    if dateline:
        c_start = dateline.end()
    section = _SECTION_LABEL_RE.match(text, c_start, pos)
    if section:  # "Exclusive: AI-assisted epic 'Meridian' shot for under $30 million": the headline after its label
        c_start = section.end()
    c_start = _past_clause_colon(text, c_start, pos)
    tail = past_subordinate_tail(text, c_start, pos)
    if tail > c_start:  # ("…, after average seat occupancy fell to": its own subject, after its subordinator)
        c_start = text.index(" ", tail) + 1
    quoted = _QUOTED_SUBJECT_RE.match(text, c_start, pos) or _QUOTE_OPENS_RE.match(text, c_start, pos)
    if quoted and not _CLOSES_QUOTE_RE.search(text, quoted.end(), pos):  # (inside a quotation, its subject after the mark: '"The production period was also shortened by two weeks"')
        c_start = quoted.end()
    reported = [m.end() for m in _REPORTED_START_RE.finditer(text, c_start, pos)]
    if said_clause and reported and text.startswith(" that ", reported[-1] - 6) \
            and _SAID_CLAUSE_RE.search(text, reported[-1], pos):
        # "One agency that manages 60 channels said its accounts made $85,000": a relative clause, its noun the
        # speaker; the figure's clause is what is said after
        reported.pop()
    before_that = text[c_start:reported[-1] - 6].split()[-1:] if reported and text.startswith(" that ", reported[-1] - 6) else []
    # (or after a plural noun that is no verb of saying: "Two YouTube channels that post fake trailers drew")
    relative = reported and text.startswith(" that ", reported[-1] - 6) and (
        _RELATIVE_VERB_RE.match(text, reported[-1])
        or bool(before_that) and re.fullmatch(r"[a-z]{3,}[^s']s", before_that[0]) is not None
        # (not whom something is told: "told analysts that ad impressions rose 11%")
        and not _TOLD_WHOM_END_RE.search(text, c_start, reported[-1] - 6)
        and before_that[0] not in ATTRIBUTION_VERBS and before_that[0] not in MIND_VERBS
        and before_that[0] not in _THAT_CLAUSE_VERBS
        # (or after a noun its determiner marks, a verb in the past after it: "the revival that drew protests took
        # in $612,000"; not a clause of its own, "the fact that studios cut")
        or _DETERMINED_NOUN_END_RE.search(text, c_start, reported[-1] - 6) is not None
        # (or in the present, a verb that is no noun: "A start-up that makes animated films with AI has raised")
        and (_past_verb(after_that := (text[reported[-1]:reported[-1] + 20].split() or [""])[0])
             or after_that.endswith("s") and after_that in COMMON_VERBS))
    antecedent = np_left(text, c_start, reported[-1] - 6) if relative else []
    if antecedent and not re.search(r"(?:\d\S*|\b(?:dozens?|hundreds?|thousands?|millions?|billions?|trillions?))\s+$",
                                    text[c_start:text.rfind(antecedent[0], c_start, reported[-1] - 6)]):
        # (not the counted noun of another figure: "a model with 14 billion parameters that can produce")
        # a relative "that", its verb right after it: "Previs that used to take six weeks now takes six
        # days", "the small country that is about 90 miles wide": the noun it is said of
        c_start = text.rfind(antecedent[0], c_start, reported[-1] - 6)
    elif reported:
        # "Analysts estimate that Vantage's receipts …", "…, saying adoption in the top 50 advertisers
        # was below 5%": the reported clause
        c_start = reported[-1]
    elif said_clause:
        asides = [m.span() for m in ASIDE_RE.finditer(text, c_start, pos)] if " wh" in text[c_start:pos] else []
        for said in reversed(list(_SAID_CLAUSE_RE.finditer(text, c_start, pos))):
            if any(a < said.start() < b for a, b in asides):
                continue  # ('"Tin Heart", which its studio says cost less than £5 million, opened …': the aside's)
            told = noun_phrase(text, said.end(), pos, 5)
            rest = word_tokens(text[said.end():pos])[len(told):]
            told_end = text.find(told[-1], said.end()) + len(told[-1]) if told else -1
            aside = ASIDE_RE.match(text, told_end, pos) if rest and rest[0] == "," and told_end > 0 else None
            if aside:  # past an aside on it: "said the cinema, which has 312 seats, had been losing"
                rest = word_tokens(text[aside.end():pos])
            if rest and rest[0].lower() in _PP_OPENERS:  # past the noun's own phrase: "its payouts to rights holders rose"
                verb_at = next((k for k in range(1, min(len(rest), 6)) if rest[k] in PUNCT or verbish(rest[k])), None)
                if verb_at is None and len(rest) < 6 and PUNCT.isdisjoint(rest):
                    # (the phrase runs up to the figure's own verb: "said a similar suit against an image
                    # generator settled for $25 million")
                    rest = word_tokens(text[pos:pos + 30])[:1]
                rest = rest[verb_at:] if verb_at and rest[verb_at] not in PUNCT else rest
            if told and said.start() > c_start and rest and (verbish(rest[0]) or rest[0].lower() in MODALS) \
                    and not all(w[:1].isupper() for w in told) \
                    and told[-1].lower() not in BUSINESS_DESCRIPTIONS | SOURCE_ANAPHORS | _AGENT_NOUNS:
                # "The report said streaming distribution brought in …", "The report projects the
                # segment will cross …": what is reported, after its verb without "that" (not a name,
                # a company or an event that acts: "said AI would let", "said the move will enable")
                c_start = said.end()
                break
    relative_adverb = max(_RELATIVE_ADVERB_CLAUSE_RE.finditer(text, c_start, pos), key=lambda m: m.start(), default=None)
    if relative_adverb:
        # "The drop was steepest in visual effects, where credited artists fell by 28%": the clause "where" or
        # "when" opens has a subject of its own
        c_start = relative_adverb.end()
    opener = _SENTENCE_ADVERB_RE.match(text, c_start, pos) or _MEANS_OPENS_RE.match(text, c_start, pos)
    if opener:  # "Overall, the weekend's top 10 films grossed …, down 8%": past the adverb, whatever comes after
        # (or past what the clause says the sentence before means: "That means streamers accounted for 26%")
        c_start = opener.end()
    joined = _JOINING_WORD_RE.match(text, c_start, pos)
    if joined:  # "…, the company said, and creators earned $2.1 billion": a clause opens past its conjunction
        c_start = joined.end()
    comma = text.rfind(",", c_start, pos)
    while comma > 0 and text[comma - 1].isdigit() and text[comma + 1:comma + 2].isdigit():
        comma = text.rfind(",", c_start, comma)  # (a comma of "1,200" sets off no lead: "Attendance at its 1,200 cinemas was")
    if comma > 0 and _is_lead(text[c_start:comma]):
        return comma + 1
    first = _FIRST_COMMA_RE.search(text, c_start, comma) if comma > 0 else None
    if first and _ADVERBIAL_LEAD_RE.match(text, c_start, first.start()) and _is_lead(text[c_start:first.start()]):
        # (a phrase of time or place, not a subject and its aside: "The material, which is made of carbon, reached",
        # "Maddon, 66, has used", "Print advertising, by contrast, is expected")
        # "So far, ticket sales stand at $7.1 billion, about 4% behind last year's pace": a figure set after its
        # clause, past the clause's own lead
        return first.end()
    return past_subordinate_lead(text, c_start, pos)


_FIRST_COMMA_RE = re.compile(r",(?!\d)")
_LEAD_PREPOSITIONS = "during|in|on|at|after|before|since|under|for|with|by|from|over"  # (opening a phrase of time or place)
_ADVERBIAL_LEAD_RE = re.compile(rf"\s*(?:(?:{_LEAD_PREPOSITIONS}|to|through|until|as\s+of|year|last|this|so\s+far)\b"
                                r"|[^,]*\b(?:year|month|week|quarter|date)\b)", re.IGNORECASE)


def _is_lead(lead: str) -> bool:
    """Whether `lead`, up to a comma, opens its clause as an adverbial ("In 2024,", "According to
    Ampere Analysis,"), not as the clause's subject and verb."""
    if lead and _EXAMPLES_CLOSE_LEAD_RE.search(lead):
        return False  # "Post-production, including visual effects, accounts for another 15%": an aside on the subject, no lead
    if any(w in MOVEMENT_VERBS for w in lead.lower().split()[1:]):
        return False  # "Television production fell the most, by 30%": a clause with its verb, the figure its move
    aside = _ASIDE_ADVERB_END_RE.search(lead) if lead else None
    if aside:  # "Radio advertising, by contrast, is expected to decline 3%": the subject before its aside (but
        # past a phrase of place or time before it: "In emerging markets, by contrast, AI exposure is expected to be 40%")
        lead = lead[:aside.start() + 1] if _LEAD_PREPOSITION_RE.match(lead, 0, aside.start() + 1) else ""
    return bool(lead) and bool(
        len(lead.split()) <= 5 and not _FINITE_IN_LEAD_RE.search(lead) or len(lead.split()) <= 8 and _LEAD_PREPOSITION_RE.match(lead)
        # ("According to an EY-FICCI report released in March, the segment grew 8%": who says it, then the subject)
        or len(lead.split()) <= 12 and re.match(r"\s*according\s+to\b", lead, re.IGNORECASE)
        # ("Asked whether AI-made ads made them think better or worse of a brand, respondents gave …": a participle's clause)
        or len(lead.split()) <= 20 and "," not in lead and _PARTICIPLE_LEAD_RE.match(lead))


_PARTICIPLE_LEAD_RE = re.compile(r"\s*[A-Z][a-z]+(?:ed|ing)\s+(?:whether|about|at|in|on|by|with|to|for|from|after|before|"
                                 r"during|if|how|what|why|as)\b")
_RELATIVE_ADVERB_CLAUSE_RE = re.compile(r",\s+(?:where|when)\s+(?=[a-z])")
_EXAMPLES_CLOSE_LEAD_RE = re.compile(r"\S,\s+(?:including|excluding|such\s+as|like)\s+[^,;]+$")
# a subject opening a clause: its determiner or a name ("…, the 2025 total is"; not "…, excluding financial
# institutions, was": a lead that was the subject, its comma left out)
_SUBJECT_OPENS_RE = re.compile(rf"\s*(?:(?i:{'|'.join(sorted(DETERMINERS))})\s|[A-Z])")
_LEAD_PREPOSITION_RE = re.compile(rf"\s*(?:{_LEAD_PREPOSITIONS})\b", re.IGNORECASE)
# an adverb set off by commas after the subject: "Radio advertising, however, …"
_ASIDE_ADVERBS_ALT = "|".join(adverb.replace(" ", r"\s+") for adverb in ASIDE_ADVERBS)
_ASIDE_ADVERB_END_RE = re.compile(rf"\S,\s*(?:{_ASIDE_ADVERBS_ALT})\s*$", re.IGNORECASE)
# verbs in -s that a clause with "that" follows, no plural nouns: "This means that …"
_THAT_CLAUSE_VERBS = {"means", "implies", "signals", "indicates", "ensures", "requires", "hopes", "assumes", "proves"}
# the conjunction a clause opens on, before its subject: "…, and creators earned"
_JOINING_WORD_RE = re.compile(r"\s*(?:[Aa]nd|[Bb]ut|[Yy]et|so|[Oo]r)\s+(?=[a-z])")  # (opening its sentence too: "But production schedules shrank"; not "So far, …")
_GROUP_HEDGES = {"more", "than", "about", "around", "nearly", "over", "some", "almost", "roughly", "at", "least",
                 "approximately", "just", "under", "fewer", "less", "up", "to"}
# "of 2,000 U.S. consumers", "polled 430 members": the group a survey asked
# (a group "from" whom answers come, not one something is taken from: "would take jobs from actors and writers")
_GROUP_BEFORE_RE = re.compile(r"\b(?:among|of|(?:responses|answers|replies|feedback|input|data)\s+from|polled|surveyed|interviewed|questioned|asked)\s+(?:the\s+)?((?:[\w&.,’'-]+\s+){0,4})$",
                              re.IGNORECASE)
# the groups of people a sentence may count, by their work or age, or a people by its name ("2,000 Germans")
_GROUPS_RE = re.compile(rf"{PEOPLE_RE.pattern}|(?-i:\b(?:{DEMONYM_RE.pattern}s|{'|'.join(sorted(PEOPLES_BY_NATION))})\b)",
                        re.IGNORECASE)
_THOSE_ASKED_RE = re.compile(r"\b(?:among|of)\s+(?:all\s+)?those\s+(?:polled|surveyed|asked|questioned|interviewed)\b",
                             re.IGNORECASE)
# a share of people as a subject, right before its verb: "1 in 5", "a third of them", "62%"
_SHARE_SUBJECT_END_RE = re.compile(rf"\b{_SHARE_WORDS}(?:\s+of\s+(?:them|those))?\s+$", re.IGNORECASE)
_FINDING_THAT_END_RE = re.compile(r"\b(?:found|finds|showed|shows|revealed|reveals|suggested|suggests)\s+that\s+$")
_RELATIVE_PRONOUN_END_RE = re.compile(r"\b(?:which|whom|whose|where)\s+$", re.IGNORECASE)
_WORDS_BEFORE_RE = re.compile(r"((?:[\w&.’'-]+\s+){0,3})$")
_AGE_GROUP_RE = re.compile(AGE_GROUP)
_ATTITUDE_AFTER_RE = re.compile(rf"\s+(?:{ATTITUDES})\b", re.IGNORECASE)
# the ages that bound a group, after it: "under 35", "over 50", "aged 18 to 34", "55 and older"
_AGES_AFTER_GROUP_RE = re.compile(r"\s+(?:(?:under|over|aged)\s+\d{1,2}(?:\s*(?:to|-|–)\s*\d{1,2})?"
                                  r"|\d{1,2}\s+and\s+(?:older|over|above|younger|under))(?![\d%])", re.IGNORECASE)


# a group of people, by name or by what they do ("editors", "respondents", "economists")
_PERSONS_RE = re.compile(rf"\b(?:{PEOPLE_GROUPS}|staff|staffers|personnel|crews?)\b|\b[a-z]+(?:ers|ors|ists|ians|ants|(?<!m)ents|ees)\b"
                         rf"|\b{AGE_GROUP}\b",
                         re.IGNORECASE)


_IN_NAME_RE = re.compile(r"(?:['’]\s*|\s+(?:of\s+)?)[A-Z]")  # (and a plural's possessive: "Musicians' Union")
_NAME_BEFORE_RE = re.compile(r"[A-Z][\w&.'’-]*\s+(?:of\s+(?:the\s+)?)?$")


def group_in(sentence: str) -> str | None:
    """The last group of people a sentence names as holding a view or being counted:
    "among the industry's executives and managers", "M&E decision makers expect"."""
    found, found_at = None, -1
    for m in _THOSE_ASKED_RE.finditer(sentence):
        found, found_at = "respondents", m.start()  # "Of those surveyed, 45% said": the respondents
    for m in _GROUPS_RE.finditer(sentence):
        if m.group()[0].isupper() and m.start() > 0 and (
                _IN_NAME_RE.match(sentence, m.end()) or _NAME_BEFORE_RE.search(sentence, max(0, m.start() - 30), m.start())):
            continue  # "International Alliance of Theatrical Stage Employees": a word of a name (not "of Americans")
        window = sentence[max(0, m.start() - 60):m.start()]
        before = _GROUP_BEFORE_RE.search(window)
        if before and any(w.lower() in ATTRIBUTION_VERBS for w in before.group(1).split()):
            before = None  # "71% of participants said studios should …": the participants', not a group of theirs
        if window.split()[-1:] and (window.split()[-1].lower() in ATTRIBUTION_VERBS or window.split()[-1].lower() in MIND_VERBS
                                    or _RELATIVE_PRONOUN_END_RE.search(window)):
            # (a group that is the subject of what is said or feared, or of a relative clause, holds no view
            # counted here: "backed a system in which developers would need a licence", "feared studios would")
            continue
        aged = _AGES_AFTER_GROUP_RE.match(sentence, m.end())  # "Members under 35 were the most worried": theirs
        # (or the subject of what a survey found: "found that animators in their 20s earned …, and that 1 in 5 worked")
        finding = before is None and _FINDING_THAT_END_RE.search(window) is not None
        if before is None and not finding and not _ATTITUDE_AFTER_RE.match(sentence, aged.end() if aged else m.end()):
            continue
        if before is None and window.split()[-1:] and window.split()[-1].lower() in ROLE_BREAKING_PREPOSITIONS:
            continue  # "said they worked at companies using AI": where they work, not a group answering
        lead = before.group(1) if before else _WORDS_BEFORE_RE.search(window).group(1)
        if before is None:  # the words right before a group holding a view are its modifiers, back to a
            kept = lead.split()  # verb, pronoun or preposition ("said they worked at companies using": none)
            cut = max((k for k, w in enumerate(kept) if w.lower() in ROLE_BREAKING_PREPOSITIONS
                       or w.lower() in PRONOUNS or verbish(w) and w.lower() not in ("and", "&")), default=-1)
            lead = " ".join(kept[cut + 1:]) + " " if cut + 1 < len(kept) else ""
        words = (lead + m.group() + (aged.group() if aged and before is None else "")).split()
        comma = max((j for j, w in enumerate(words[:-1]) if w.endswith(",")), default=-1)
        words = words[comma + 1:]  # "In 22 percent of cases, studios were closed": the studios, past the comma
        hedge = next((k for k in range(1, len(words) - 2) if words[k].lower() == "or" and words[k - 1][:1].isdigit()
                      and words[k + 1].lower() in ("so", "thereabouts")), None)
        if hedge:
            del words[hedge:hedge + 2]  # ("Of the 30 or so concept artists I know": the number's hedge)
        stripped = 0
        aged_group = m.group().split() if _AGE_GROUP_RE.fullmatch(m.group()) else None  # ("18- to 24-year-olds")
        while words and words != aged_group and (words[0].lower() in DETERMINERS or words[0][0].isdigit() or words[0].lower() in _GROUP_HEDGES
                         or words[0].lower() in SMALL_NUMBERS or words[0].lower() == "in" and len(words) > 2
                         or words[0].lower() == "of" and stripped and len(words) > 1):
            words = words[1:]  # ("of more than 3,000 developers", "One in four respondents", "polled 1,085 of its
            stripped += 1      # members": the developers, respondents, members)
        if words and words[0] == m.group() and not sentence[:m.start()].strip():
            words[0] = words[0][0].lower() + words[0][1:]  # ("Members under 35 were …": capitalised as its sentence's first word)
        if words and m.start() > found_at:
            found = " ".join(words)
    return found


# an interview's question for a figure: "How many views do they get?", "How much does one film cost?"
_QUESTION_RE = re.compile(
    r"\s*(?:Q\s*[:.]\s*)?"  # (a transcript's "Q: How much …?")
    r"(?:(?i:how)\s+many\s+(?P<many>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:do|does|did|are|is|were|was|will|would|have|has|can)\b"
    r"|(?i:how\s+much|what)\s+(?:does|do|did|will|would|is|was|are|can)\s+(?P<what>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+"
    r"(?P<verb>cost|earn|make|pay|spend|raise|gross|charge|save)\b"
    # what a change changed: "How much has AI cut your production time?"
    rf"|(?i:how)\s+much\s+(?:has|have|did|does|do|will|would|could|can)\s+(?:[\w'’-]+\s+){{1,3}}?"
    rf"(?i:{CHANGE_VERBS}|saved?)\s+(?P<changed>[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)\s*(?=\?)"
    # how long something takes: "How long did it take?", "How long does a dub take to finish?"
    rf"|(?i:how)\s+long\s+(?:does|do|did|will|would|has|have|can)\s+(?P<taking>[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)\s+"
    rf"take(?:\s+to\s+(?P<todo>[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?))?"
    rf"(?:\s+(?:now|today|nowadays|these\s+days|usually|typically|on\s+average))?\s*(?=\?))[^?]*\?\s*$", re.IGNORECASE)


def question_measure(sentence: str) -> str | None:
    """What a question asks the amount of, for the answer after it: "How many views do they get?" ->
    "views"; "How much does one film cost?" -> "cost of one film"."""
    m = _QUESTION_RE.match(sentence) if sentence.endswith("?") else None
    if not m:
        return None
    if m.group("many"):
        return m.group("many")
    if m.group("changed"):
        return _LEADING_DETERMINER_RE.sub("", m.group("changed"))
    if m.group("taking"):
        taking = _LEADING_DETERMINER_RE.sub("", m.group("taking"))
        if m.group("todo"):
            return f"time to {m.group('todo')}" if taking.lower() in ("it", "this", "that") else f"time to {m.group('todo')} {taking}"
        # (its measure opens on "time", as every answer of how long does: etl.extract reads it so)
        return "time taken" if taking.lower() in ("it", "this", "that") else f"time for {taking}"
    what = _LEADING_DETERMINER_RE.sub("", m.group("what"))
    return f"{m.group('verb').lower()} of {what}" if m.group("verb").lower() in ("cost", "charge") \
        else f"{what} {m.group('verb').lower()}"
