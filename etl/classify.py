"""What a figure is about (claim type) and whether it looks ahead (forecast, horizon year).

The claim type is the first row of `lexicon.CLAIM_TYPE_RULES` that holds for the figure:
its own noun and verb first, then the phrase it belongs to, then the sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    AMOUNT_HEDGES,
    ATTRIBUTION_VERBS,
    BELIEF_VERBS,
    CLAIM_TYPE_RULES,
    COMMON_VERBS,
    FORECAST_COMPOUND_HEADS,
    FORECAST_NOUNS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    MEASURE_NOUNS,
    MONTHS,
    MOVEMENT_PARTICLES,
    MOVEMENT_VERBS,
    OPERATING_EARNINGS,
    PEOPLE_GROUPS,
    REPORTING_PARTICIPLES,
    REVISING_VERBS,
    TIME_UNIT_NAMES,
    YEAR_EVENT_NOUNS,
)
from .patterns import trie_pattern
from .phrases import DETERMINER_END_RE, MEASURED_AGAINST_BEFORE_RE, NOUN_CLOSED_AFTER_RE
from .quantities import Quantity
from .record import unit_family
from .segment import CLAUSE_BREAK_RE, QUOTATION_RE

TIME_UNITS = TIME_UNIT_NAMES


# --- forecast -----------------------------------------------------------------------------
FORWARD_VERBS_RE = re.compile(
    r"\b(?:predict\w*|forecast\w*|expect(?:s|ed|ing)?|estimat(?:es?|ed)\s+(?:that|to)|"
    # (or a clause reported without "that": "estimated compliance would cost platforms $40 million")
    r"estimat(?:es?|ed)\s+(?=(?:[\w'’-]+\s+){1,3}?(?:would|will|could)\b(?!\s+have\b))|"
    # (not a plural noun after a number or a determiner: "supported 96 projects that spent €560 million")
    r"projecting\s+(?:that|a|an|the)|(?<!\d\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bmany\s)(?<!\bsome\s)"
    r"(?<!\bof\s)(?<!\bother\s)projects\s+(?:that|a|an|the)|(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthis\s)(?<!\bthat\s)"
    r"(?<=[a-z]\s)project\s+(?:that|a|an)\b|projected\s+(?:that|to|a|an|the)|projections?\s+(?:that|to|of)|(?=projects)(?<=[a-z]\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\btwo\s)(?<!\bthree\s)(?<!\bfour\s)(?<!\bfive\s)(?<!\bmany\s)(?<!\bseveral\s)(?<!\bsome\s)(?<!\bsuch\s)(?<!\ball\s)(?<!\bother\s)(?<!\bnew\s)(?<!\bfilm\s)(?<!\bmore\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\d\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bto\s)(?<!\bon\s)(?<!\bin\s)(?<!\band\s)(?<!\bwith\s)(?<!(?-i:[A-Z]{2})\s)projects(?!\s+(?:to|for|in|on|at|and|with|from)\b|\s*[,.;])"
    # (a noun when its own verb follows: "video projects raised $67 million", "the projects were")
    r"(?!\s+(?:are|were|have|had|has|is|was|will|would|can|could|may|might|must|should)\b|\s+\w+ed\s+(?:[$€£¥]|\d|$))|anticipat(?:e|es|ed|ing)|foresee\w*|envisag(?:e|es|ed|ing)|"
    r"speculat\w+|is\s+likely|are\s+likely|could\s+reach|will\s+reach|"
    r"sees\s+(?:[\w'’-]+\s+){1,4}?(?:growing|rising|falling|reaching|climbing|declining|hitting)|"
    # a company's guidance: "Sees Q3 revenue of $101 mln to $104 mln", "sees full-year profit at"
    rf"sees?\s+(?:[\w'’-]+\s+){{0,3}}?(?:revenues?|sales|earnings|profits?|loss(?:es)?|{OPERATING_EARNINGS}|margins?|growth)\s+"
    r"(?:of|at|to|between|in|rising|falling|growing)|"
    # "The company guided Q4 revenue to $430–$440 million"
    rf"guid(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){{0,3}}?(?:revenues?|sales|earnings|profits?|loss(?:es)?|{OPERATING_EARNINGS}|margins?|"
    r"growth))\b",
    re.IGNORECASE)
# a participle clause after a comma: a consequence or a reason, outside a verb of prediction's reach
PARTICIPLE_BREAK_RE = re.compile(r",\s+(?:sending|pushing|lifting|dragging|driving|citing|leaving|making|"
                                 r"taking|bringing|giving|wiping|adding\s+to)\b", re.IGNORECASE)
# what makes an estimate look ahead: the verb it reports is future or hypothetical
# "going to" says a future before its verb, not before the place or the one something goes to ("with $15,000
# going to the winner", "going to Netflix")
_GOING_TO = r"going\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|each|every)\b)(?!(?-i:[A-Z])|[\d$£€¥₹])"
ESTIMATE_AHEAD_RE = re.compile(rf"\b(?:will|would|could|may|might|shall|{_GOING_TO}|reach|exceed|hit|grow|rise|"
                               r"by\s+(?:19|20)\d{2})\b", re.IGNORECASE)
# the figure's own verb is in a past tense of speculation: "may have exceeded", "had reached"
# (not what was forecast: "Analysts at Jarden had forecast profit of $160 million")
PAST_ESTIMATE_RE = re.compile(r"\b(?:(?:may|might|could|would|must)\s+have|had(?!\s+(?:\w+ly\s+)?(?:forecast|predicted|projected|expected|"
                              r"anticipated)\b))\b(?:\s+(?:been\s+)?\w+(?:ed|en))?"
                              r"\s+(?:[\w,]+\s+){0,3}$", re.IGNORECASE)
# the figure's own verb, in the past: "which lost 1.3 million", "grossed $154 million"
# ("won" after an amount is the currency: "30 billion won over three years")
_PAST_VERB = (r"(?:lost|rose|fell|grew|sold|(?<!\d\s)(?<!lion\s)won|made|took|paid|spent|hit|earned|raised|reached|gained|dropped|"
              r"grossed|recorded|posted|reported|added|shed|slipped|slid|sank|jumped|climbed|declined|plunged|"
              r"surged|soared|tumbled|employed|hired|moved|laid\s+off|eliminated|axed|(?:was|were)\s+worth|stood(?!\s+to\b)|"
              r"(?<!-)generated|collected|attracted|drew|logged|"  # ("the market generated about Rs 28,000 crore in 2024")
              # (a level reached: "Users numbered 576 million by the end of 2024")
              r"numbered|totall?ed|amounted\s+to|topped|exceeded|surpassed)")
# a noun with its determiner right before a past form: the form is a participle of the noun ("the labour needed for")
_NOUN_BEFORE_PARTICIPLE_RE = re.compile(r"\b(?:the|a|an|its|their)\s+[a-z][\w-]*\s+$")
# a forecast revised, by a share or to its new value
_REVISED_FORECAST_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(REVISING_VERBS))})\s+(?:its|their|the|his|her|our|my)\s+(?:[\w'’-]+\s+){{0,5}}?"
    rf"(?:{'|'.join(n + 's?' for n in FORECAST_NOUNS)})\s+(?:(?:for|on)\s+(?:[\w'’.&-]+\s+){{1,3}}?)?"  # ("… estimate for Adobe to")
    r"(?:by\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+to\s+)?|to\s+)"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
# a sentence labelled as a prediction before a colon: "My guess: …", "Our forecast: …", "Prediction: …"
_PREDICTION_LABEL_RE = re.compile(r"\s*(?:(?:my|our|the|one|a)\s+(?:(?:best|bold|safe)\s+)?)?"
                                  rf"(?:{'|'.join((*FORECAST_NOUNS, 'guess', 'bet', 'prediction', 'expectation'))})s?\s*:\s",
                                  re.IGNORECASE)
_UNTIL_YEAR_RE = re.compile(r"\b(?:[Uu]ntil|[Tt]hrough|[Tt]ill)\s+(?:19|20)\d{2}\b")
_PRESENT_AUXILIARY_RE = re.compile(r"\b(?:is|are|will|shall)\b", re.IGNORECASE)
_ED_VERB_BEFORE_RE = re.compile(r"\b[a-z]{3,}ed\s+(?:[\w'’-]+\s+){0,2}$")  # the figure's own verb, past: "billed €600"
# a figure before its noun and a relative clause without "that" in the past: "the 3% raises they won in 2023"
# (not a share of the noun: "10% of the jobs they created")
_PAST_CONTACT_RELATIVE_RE = re.compile(r"(?:\s+(?!of\b)[a-z][\w-]*){1,2}\s+(?:they|it|he|she|we)\s+(?:had\s+)?"
                                       rf"(?:[a-z]{{2,}}ed|{'|'.join(sorted(IRREGULAR_PAST))})\b")
_MODAL_BETWEEN_RE = re.compile(r"\s(?:will|would|could|might|shall|may)\s+(?!have\b)[a-z]+\b")
PAST_VERB_BEFORE_RE = re.compile(
    # (the verb looked for first: the look-behinds, tried at every position, cost ten times more)
    rf"\b(?={_PAST_VERB})"
    # (nor a passive after a modal: "might be made for $25 million by 2027")
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bto\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)(?<!\bshould\s)"
    r"(?<!\bbe\s)(?<!\bbeing\s)"
    rf"{_PAST_VERB}\b[^.;:!?]{{0,25}}$", re.IGNORECASE)
# a relative clause set off by commas keeps its own tense: "The company, which employs 19,000
# people, expects growth next year"
# (closed by a comma, or by the clause's end: "…, which has a $5 million fund.")
RELATIVE_RE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*(?:,|$)")
# an aside of a past participle set off by commas: "The company, valued at $183 billion in its latest round, said"
# (and what a thing is put at now: "The localisation market, currently estimated at Rs 2,800 crore, is expected to …")
_PARTICIPLE_ASIDE_RE = re.compile(r",\s+(?:(?:currently|now|already)\s+)?(?:valued|founded|backed|owned|based|headquartered|"
                                  r"launched|released|acquired|bought|created|formed|listed|estimated|pegged|put)\b[^,;]*,")
FUTURE_MARKERS_RE = re.compile(
    rf"\b(?:will|won't|shall|'ll|{_GOING_TO}|set\s+to|poised\s+to|due\s+to\s+(?:be|reach|rise|fall)|"
    # ("targeting" a verb, with its object: not "helped by AI-driven ad targeting")
    # (not a comparison with the plan: "12 minutes longer than planned")
    # (an aim reported in the past is still ahead: "said the group aimed for sales of 1 trillion yen by fiscal 2030")
    # (not a group compared by how likely it was: "the most likely to have been asked")
    r"(?<!most\s)(?<!least\s)(?<!more\s)(?<!less\s)likely\s+to(?!\s+have\s+(?:been|had|[a-z]+ed)\b)|plans?\s+to|(?<!than\s)(?<!as\s)planned|(?:aims?|aimed)\s+(?:to|for)|targets?|"
    r"targeting(?=\s+(?:a|an|the|its|their|more|revenue|sales|growth|profits?|[$€£¥₹\d]))|in\s+the\s+(?:coming|next|future)|"
    r"next\s+(?:year|decade|month|week|quarter)|(?:over|within|for|in|during)\s+the\s+(?:next|coming)|"
    r"by\s+(?:the\s+end\s+of\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?)?(?:19|20)\d{2}|by\s+FY\s?\d{2}\b|by\s+the\s+end\s+of\s+the\s+(?:decade|year)|"
    # ("by the third quarter of 2026", "by the second half of 2027")
    r"by\s+(?:the\s+end\s+of\s+)?the\s+(?:first|second|third|fourth)\s+(?:half|quarter)\s+of\s+(?:19|20)\d{2}|"
    r"in\s+the\s+long\s+run|from\s+now|by\s+(?:the\s+)?mid-?decade|(?:through|until)\s+(?:19|20)\d{2}|"
    # a course projected: "is tracking to open between $40 million and $45 million", "on track to hit";
    # what should come: "should take in roughly $18 million"; "according to industry projections"
    # a plan or an outlook in reported speech: "Sunrise said it would raise starting pay by 20%", "He added
    # that the union would seek a minimum payment of £250", "said capital expenditure would be between …"
    # (not what would have been, nor what a task would take or whom it would suit: "said it would take about
    # a week to produce such a video", "said they would be willing to pay $2 less")
    # (or told somebody: "told investors the studio would cut 300 jobs")
    # (a counted subject too, with its phrase: "said 22 projects accepted into the program in the latest round would
    # spend an estimated $1.2 billion")
    # (past an amount describing the subject: "says the £2.5 billion project would create 1,200 jobs")
    r"(?:said|says|added|announced|(?:told|tells)\s+(?:[\w'’-]+\s+){1,3}?)\s*(?:that\s+)?(?:it|they|(?:the|its|their)\s+(?:[\w'’.,$£€¥₹-]+\s+){0,2}?[\w'’-]+|(?:[a-z]+\s+)?[a-z]+"
    r"|\d[\d,.]*\s+(?:(?!(?:and|but|or|was|were|is|are|has|have|had|which|who|that|said)\b)[\w'’-]+\s+){0,9}?[\w'’-]+)\s+would\s+"
    r"(?!have\b|take\b|cost\b|be\s+(?:willing|able|happy|ready|open|prepared)\b|like\b|prefer\b|rather\b|consider\b)[a-z]+|"
    # (not a relative clause's person: "A fan who wants to watch every match now needs three subscriptions")
    r"seeks?\s+to|seeking\s+to|(?<!\bwho\s)(?:hopes?|hoping|wants|intends?|intending)\s+to|"
    # a commitment to spend or hire: "has committed to spending $1 billion in the state over 10 years"
    r"(?:committed|commits|commit|pledged|pledges)\s+to\s+(?:spend|spending|invest|investing|hire|hiring|create|creating|"
    r"build|building|employ|employing)|(?:is|are)\s+to\s+(?:cut|close|shed|axe|lay\s+off|hire|create|invest|spend|raise|launch|"
    r"open|build|sell|buy|acquire|double|add|end|stop|scrap|slash|reduce)|"  # ("ITV is to cut 220 jobs")
    r"tracking\s+to|on\s+(?:track|course|pace)\s+(?:to|for)|should\s+(?:take|gross|earn|add|open|reach|hit|finish|generate|bring|top|pass|"
    r"rise|fall|grow|climb|increase|decline|drop|double|exceed|surpass)|"
    r"according\s+to\s+(?:[\w'’-]+\s+){0,3}(?:projections|forecasts))\b",
    re.IGNORECASE)
# "could cut that bill by 40-50%": the modal's verb and its object, up to the figure (fourteen words at most, read
# within 110 characters: "could reduce the labour needed for some tasks by 40%", "could cut the cost of dubbing
# films and series into Indian languages by up to 60 per cent")
# (not "could not", an ability that failed: "14 productions could not document at least $3.1 million")
WEAK_MODAL_RE = re.compile(r"\b(?:(?-i:may)|might|could(?!\s+not\b))\s+(?!have\b|had\b)(?:\w+ly\s+)?(?:[^\s,;:!?]+\s+){0,14}$",
                           re.IGNORECASE)  # ("said in May that about 40%": the month)
# a figure named as a prediction: "its 300 million yuan forecast", "guidance to $125 million"
FORECAST_NOUN_AFTER_RE = re.compile(r"\s*(?:forecast|estimate|projection|target|guidance|outlook)\b", re.IGNORECASE)
# (a scenario of a forecast too: "Its bull case has that share reaching 35%")
# (not a cinema's projection: "digital projection remove two-thirds of our jobs")
FORECAST_NOUN_BEFORE_RE = re.compile(r"\b(?:guidance|outlook|target|(?<!digital\s)(?<!laser\s)(?<!film\s)(?<!cinema\s)projection)"
                                     r"\s+(?:\w+\s+){0,4}$"
                                     # (what analysts estimate: "missing the average analyst estimate of $9.83 billion")
                                     r"|\b(?:analysts?['’]?|consensus)\s+(?:\w+\s+){0,2}?estimates?\s+(?:of|for|at)\s+$"
                                     # ("In a bear case, the market would reach only $8 billion")
                                     r"|\b(?:bull|bear|base|worst|best|downside|upside)[\s-]+(?:case|scenario),?\s+(?:\w+,?\s+){0,6}$",
                                     re.IGNORECASE)
# the words between figure and modal stay in its noun phrase: no verb of their own
MODAL_AFTER_RE = re.compile(
    # (not past a conjunction that opens a clause of its own: "slide 14% as investors worry rivals will")
    r"\s+(?:(?!\w+ed\b|sa(?:id|ys?)\b|believe|think|expect|estimate|predict|hope|fear|worr|"
    r"(?:as|because|while|since|when|if|but|after|amid|and|than)\b|(?:19|20)\d\d\b)[\w-]+\s+){0,4}?"
    # ("would otherwise have been": no future; nor what is habitual, "such a film would typically cost")
    # (nor a past counterfactual past an adverb: "plates that would once have needed a second unit")
    r"(?:(?:(?-i:may)|might|could|will|would)\s+(?!(?:otherwise\s+|once\s+|then\s+|already\s+|never\s+|also\s+|\w+ly\s+)?have\b)"
    r"(?!(?:typically|normally|usually|ordinarily|generally)\b)"
    # (nor what could be shown or traced, a finding's: "found that only about 4,000 of the images could be shown
    # to have been copied")
    r"(?!be\s+(?:shown|proven|proved|traced|identified|confirmed|verified|linked|attributed)\b)"
    # ("About 500 jobs are expected to go": the figure's own verb of prediction; "Revenue of $2 billion is forecast
    # for 2027", "savings of £50 million were expected from the platform": its subject's, in the passive)
    r"|(?:is|are)\s+(?:expected|forecast|projected|predicted|set|likely|due)\s+to\b"
    r"|(?:is|are|was|were)\s+(?:now\s+|also\s+|still\s+)?(?:expected|forecast|projected|predicted|anticipated)\b"
    r"(?!\s+to\b))", re.IGNORECASE)
# a share of a group, the subject of a modal past its of-phrase: "Half of the roughly 4,000 dubbing
# jobs in Italy could disappear"
# (not past a verb of its own or a relative clause: "88% of them backed a system in which developers would need")
_SHARE_MODAL_AFTER_RE = re.compile(r"\s+of\s+(?:(?!(?:\w+ed|which|who|whom|where|that|said|says)\b)[\w,.%$-]+\s+){1,9}?"
                                   r"(?:(?-i:may)|might|could|will|would)\s+(?!have\b)", re.IGNORECASE)
# ... and a count, the subject of a modal past its phrase of where: "About 118,500 jobs in California's film, TV
# and animation industries could be consolidated"
_PLACED_MODAL_AFTER_RE = re.compile(r"\s+(?:in|at|across|from)\s+(?:(?!(?:said|says|told|added|noted|which|who|that)\b)"
                                    r"[\w'’.-]+,?\s+(?:(?:and|or)\s+)?){1,7}?"
                                    r"(?:(?-i:may)|might|could|will|would)\s+(?!have\b)", re.IGNORECASE)
WOULD_AHEAD_RE = re.compile(
    r"\bwould\b.*\b(?:within|in|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?[\w-]+(?:\s+(?:to|or)\s+[\w-]+)?\s+(?:years|decades)\b"
    r"|\bwould\b.*\bby\s+(?:19|20)\d{2}\b", re.IGNORECASE)
_MONTH_NAME = rf"(?-i:{'|'.join(m.title() for m in MONTHS if len(m) > 3)})"  # (written out, capitalised: not "may")
YEAR_HORIZON_RE = re.compile(
    r"\b(?:(?:by|in|for|until|till|through|before|to)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?|"
    r"(?:the\s+)?(?:first|second|third|fourth)\s+(?:half|quarter)\s+of\s+)?"  # ("in the second half of 2025")
    # ("by March 2027", "by June 30, 2026")
    rf"(?:{_MONTH_NAME}\s+(?:\d{{1,2}},?\s+)?)?"
    r"|full[-\s]year\s+|fiscal\s+(?:year\s+)?|(?:fiscal\s+|financial\s+)?year\s+(?:ending|ended|to|through)\s+(?:[A-Z][a-z]+\s+)?)"
    r"(?P<y>(?:19|20)\d{2})(?P<more>(?:\s*(?:,|and|to|-|–)\s*(?:19|20)\d{2})*)\b", re.IGNORECASE)
# a year before the measure it dates: "forecast 2026 revenue of $50.7 billion", "its 2030 sales target"
_YEAR_MODIFIER_RE = re.compile(rf"\b((?:19|20)\d{{2}})\s+(?:full[-\s]year\s+)?"
                               rf"(?:{'|'.join(sorted(MEASURE_NOUNS, key=len, reverse=True))})\b", re.IGNORECASE)
# a time named by its year and what happens in it: "during the 2026 midterm cycle", "ahead of the 2028 Olympics"
_YEAR_EVENT_RE = re.compile(r"\b(?:during|in|for|through|over|ahead\s+of)\s+the\s+(?P<y>(?:19|20)\d{2})\s+(?:[\w-]+\s+){0,2}?"
                            rf"(?:{trie_pattern(YEAR_EVENT_NOUNS, ' ')})\b", re.IGNORECASE)
# a fiscal year written short: "FY26", "FY2026" (the year it ends in)
_FISCAL_SHORT_RE = re.compile(r"\bFY\s?(?:20)?(\d{2})\b")
SPAN_HORIZON_RE = re.compile(
    r"\b(?:in|within|over|during|for)\s+(?:the\s+)?(?:next|coming|following)?\s*(?P<n>[\w-]+)"
    r"(?:\s+(?:to|or|-)\s+(?P<n2>[\w-]+))?\s+(?P<u>years?|decades?|months?)\b"
    r"|\bnext\s+(?P<nx>year|decade|quarter|month)\b|\b(?P<n3>[\w-]+)\s+years?\s+from\s+now\b|\b(?P<this>this\s+year)\b"
    r"|\bby\s+the\s+end\s+of\s+the\s+(?P<end>decade|year)\b|\bby\s+(?:the\s+)?(?P<mid>mid-?decade)\b"
    # a month without its year: the next one from the article's date ("by the end of December")
    rf"|\bby\s+(?:the\s+(?:end|start|middle)\s+of\s+)?(?P<month>{_MONTH_NAME})\b"
    r"(?!\s*,?\s*(?:19|20)\d{2})",
    re.IGNORECASE)


# a span of months ahead: "within 18 months", "in the next 12 months" (not "in the six months to
# September", a period reported; nor "passed 10 million units in four months", one gone by)
_MONTHS_AHEAD_RE = re.compile(r"(?:within|(?:in|over|during|for)\s+the\s+(?:next|coming|following))\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of lexicon.CLAIM_TYPE_RULES, compiled."""

    claim_type: str
    families: frozenset[str]
    where: str
    pattern: re.Pattern | None
    also: tuple[str, re.Pattern] | None = None


_ANCHORED = ("left", "right", "surface")
WEAK_WHERE = ("sentence", "context", "default")  # rows that say nothing of the figure itself


def _compile(where: str, pattern: str) -> re.Pattern | None:
    if where == "default":
        return None
    if where in _ANCHORED or pattern.startswith("^"):
        # (a pattern anchored itself holds of an empty text too: "^(?!…)" of a figure with no noun)
        return re.compile(pattern, re.IGNORECASE)
    if where == "head":
        return re.compile(rf"(?:{pattern})", re.IGNORECASE)  # the whole head word: fullmatch below
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


def compile_rules(rows) -> tuple[Rule, ...]:
    """Rows of the form of lexicon.CLAIM_TYPE_RULES, compiled."""
    return tuple(Rule(row[0], frozenset(row[1].split()), row[2], _compile(row[2], row[3]),
                      (row[4][0], _compile(*row[4])) if len(row) > 4 else None)
                 for row in rows)


RULES = compile_rules(CLAIM_TYPE_RULES)
# the rules a family's figures are read by, in order (most rules are for one or two families)
_RULES_OF_FAMILY = {fam: tuple(r for r in RULES if fam in r.families) for r0 in RULES for fam in r0.families}


@dataclass(frozen=True, slots=True)
class Context:
    """What the rules read about one figure."""

    noun: str
    measure: str
    left: str
    right: str
    surface: str
    sentence: str
    context: str  # the sentence before in the paragraph, and this one

    def view(self, where: str) -> str:
        if where == "head":
            return self.noun.rsplit(None, 1)[-1] if self.noun else ""
        if where == "near":  # (within the figure's clause: "Revenue rose 10% while shares fell 5%")
            return _near(self.left[-40:], self.right[:40])
        return getattr(self, where)


@lru_cache(maxsize=4096)  # (read by every "near" row a figure's family tries)
def _near(left: str, right: str) -> str:
    """The words near a figure, up to where a clause of another subject opens on either side."""
    cut = CLAUSE_BREAK_RE.search(right)
    starts = [m.end() for m in CLAUSE_BREAK_RE.finditer(left)]
    return left[starts[-1] if starts else 0:] + " " + (right[:cut.start()] if cut else right)


def claim_type(q: Quantity, ctx: Context, rules: tuple[Rule, ...] = RULES) -> tuple[str, bool]:
    """(claim type, evidenced): the first rule of lexicon.CLAIM_TYPE_RULES that holds;
    `evidenced` is False when only the sentence or a unit's default typed it."""
    fam = unit_family(q.unit)
    for rule in _RULES_OF_FAMILY[fam] if rules is RULES and fam in _RULES_OF_FAMILY else rules:
        if fam not in rule.families:
            continue
        if rule.pattern is None:
            return rule.claim_type, False
        view = ctx.view(rule.where)
        if not (rule.pattern.fullmatch(view) if rule.where == "head" else rule.pattern.search(view)):
            continue
        if rule.also and not rule.also[1].search(ctx.view(rule.also[0])):
            continue
        return rule.claim_type, rule.where not in WEAK_WHERE
    return "other", False


def is_forecast(q: Quantity, sentence: str, sent_start: int, clause: tuple[int, int],
                text: str, published_year: int | None = None) -> bool:
    """Does the sentence predict this figure? Reporting verbs of prediction ("predicts",
    "expected", "estimate that") cover what follows them; future markers ("will", "by 2030")
    cover their clause; "may/might/could" only the verb they govern ("may take three years")."""
    rel_start = q.char_start - sent_start
    c_start, c_end = clause
    if _AGE_SURFACE_RE.search(q.surface):
        return False  # "The Ritz, the 104-year-old cinema, will close on Sunday": an age now, whatever will happen
    if q.unit == "years" and _YEARS_GONE_BY_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start):
        return False  # "will show its last film on Sunday, ending 87 years of screenings": the years behind it
    if unit_family(q.unit) == "money" and DETERMINER_END_RE.search(text, max(c_start, q.char_start - 6), q.char_start) \
            and _NOUN_AFTER_AMOUNT_RE.match(text, q.char_end):
        return False  # "says the £2.5 billion project would create 1,200 jobs": what describes the subject, no prediction
    if _PREDICTION_LABEL_RE.match(sentence) and rel_start > 0 \
            and not PAST_VERB_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start):
        return True  # "My guess: within five years, the average VFX-heavy feature costs 30% less": all of it predicted

    # a clause of time or consequence keeps its tense to itself: "the 1,000 jobs eliminated in October, when the
    # company said it would save …"; "Clients expect the saving to be passed on, so our margins are around 8%"
    # (and so does a relative clause after the figure, on the noun it follows: "about 1.5% of global electricity use,
    # according to the International Energy Agency, which expects their demand to more than double by 2030")
    after = _OWN_TENSE_CLAUSE_RE.search(text, q.char_end, c_end) or RELATIVE_RE.search(text, q.char_end, c_end)
    if after:
        c_end = after.start()
    before = max(_OWN_TENSE_CLAUSE_RE.finditer(text, c_start, q.char_start), key=lambda m: m.start(), default=None)
    if before:
        c_start = before.end()
    if _PAST_RECORD_BEFORE_RE.search(text, max(c_start, q.char_start - 50), q.char_start):
        return False  # "the season was on pace to top last year's record of $1.8 billion": the mark to beat, gone by
    if _PAST_SUBORDINATE_BEFORE_RE.search(text, max(c_start, q.char_start - 90), q.char_start):
        # "is expected to slow after attendance dipped 2% in the quarter", "Backers who pledged $500 or more will
        # receive": a clause of its own, in the past, whatever the main one predicts
        return False
    if c_start > sent_start and _COORDINATED_OBJECT_RE.fullmatch(text, c_start, q.char_start):
        # ", and an operating margin of 29%": an object joined to the verb of the clause before
        c_start = sent_start
    if q.unit not in TIME_UNITS and _MULTIPLE_OF_BASE_RE.search(text, max(c_start, q.char_start - 50), q.char_start):
        return False  # "nearly triple the roughly $2.7 billion a year under its current contracts": the base now
    if _TO_THEN_FROM_RE.search(text, max(c_start, q.char_start - 60), q.char_start) \
            and not _FORECAST_WORDS_RE.search(text, c_start, q.char_start):
        return False  # the old value a change starts from
    if _PAST_VALUE_RIGHT_RE.match(text, q.char_end) or q.value_high is None and (_STARTS_FROM_RE.search(
            text, max(c_start, q.char_start - 30), q.char_start) or _NOW_RIGHT_RE.match(text, q.char_end)
            and _FROM_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start)):
        # "expected to reach $25 billion, up from $9 billion last year": the value before (not a range
        # read whole, "expected to rise from $100 million to $500 million by 2030")
        return False
    before_year = _YEAR_BEFORE_VALUE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) if published_year else None
    if before_year and int(before_year.group("year")) < published_year:
        return False  # "still below its 2019 peak of $49.4 billion": a value of a year gone by
    year = _YEAR_RIGHT_RE.match(text, q.char_end) if published_year else None
    if year and (int(year.group("year")) < published_year or int(year.group("year")) == published_year
                 and _FROM_LEFT_RE.search(text, max(c_start, q.char_start - 30), q.char_start)):
        # "will grow to $2.6 billion in 2030 from $615 million in 2024": a value of a year gone by,
        # or the base a prediction starts from
        return False
    if _PRESENT_SIZE_RE.search(text, max(c_start, q.char_start - 60), q.char_start) \
            or _WHOLE_OF_SHARE_RE.search(text, max(c_start, q.char_start - 40), q.char_start) or (
            _OF_ITS_RE.search(text, max(c_start, q.char_start - 30), q.char_start)
            and _GROUP_NOUN_RE.search((q.noun or "").split()[-1] if q.noun else "")):
        return False  # the size of a group now, whatever is planned for it
    if _ACTED_ON_SIZE_RE.search(text, max(c_start, q.char_start - 50), q.char_start) \
            and _ATTRIBUTIVE_AFTER_RE.match(text, q.char_end):
        return False
    headline_to = _HEADLINE_TO_RE.search(text, max(c_start, q.char_start - 60), q.char_start) \
        if not sentence.rstrip().endswith((".", "!", "?", '"', "”", "’", ":")) else None
    if headline_to and (not text[:q.char_start].endswith(("to ", "to\xa0")) or re.match(_HEADLINE_VERBS, q.surface)
                        # (or the level a move reaches: "German broadcasting fee to rise to €18.94 a month")
                        or _HEADLINE_MOVE_TO_RE.search(text, max(0, q.char_start - 30), q.char_start)) \
            and not _own_verb_among(text[sent_start:headline_to.start()].lower().split()):
        # a headline's "to": "Southeast Asian streaming market to hit $4bn", "Korea to spend 30 billion won"
        # (not a purpose after a verb: "Tencent Video uses AI to cut drama budgets by a third"; but after the
        # headline's own "to": "Toei Animation to use AI to cut drawing time by 70%")
        return True
    if _HYPOTHETICAL_WHOLE_RE.match(text, q.char_end, c_end) and not _MODAL_AHEAD_RE.search(text, c_start, q.char_start) \
            and not FUTURE_MARKERS_RE.search(text, c_start, q.char_start):
        return False  # "roughly a tenth of what a comparable short would cost": a comparison, no prediction
    if _STIPULATED_RE.search(text, max(c_start, q.char_start - 60), q.char_start + len(q.surface)):
        return False  # "the deal will guarantee a minimum of three writers": a term agreed, not a prediction
    if q.unit in TIME_UNITS and _BEHIND_SURFACE_RE.match(q.surface):
        return False  # "as licence fee income fell … over the past decade": a span behind now, whatever will follows
    if q.unit in TIME_UNITS and (_AHEAD_SURFACE_RE.match(q.surface)
                                 or _AHEAD_LEFT_RE.search(text, max(0, q.char_start - 16), q.char_start)):
        return True  # "next year", "the next decade", "in the coming five years": a span ahead of now
    modal = max(_MODAL_AHEAD_RE.finditer(text, c_start, q.char_start), key=lambda m: m.start(), default=None) \
        if q.unit in TIME_UNITS and _IN_SPAN_LEFT_RE.search(text, max(c_start, q.char_start - 4), q.char_start) else None
    if modal and not re.search(r"[,;:]\s", text[modal.end():q.char_start]):
        # "AI could displace 200,000 jobs in three years": the span after which it may happen (not past a
        # comma: "Twitch will raise the price …, the first increase in nearly a decade")
        return True
    sent_end = sent_start + len(sentence)
    if _PREDICTION_TAG_RE.search(text, q.char_end, sent_end) and not _PAST_SETTING_RE.search(text, sent_start, sent_end):
        return True  # "Prices fall 90% in two years, she predicts": a prediction told after it
    if _SPAN_FROM_NOW_AFTER_RE.match(text, q.char_end) \
            and not BELIEF_VERBS.isdisjoint(text[sent_start:q.char_start].lower().split()):
        return True  # "We think the price falls another 90% in two years": a belief about a span from now
    # a verb of prediction covers what follows it up to the end of the figure's clause
    head = text[c_start:q.char_start]
    if _PAST_INABILITY_AFTER_RE.match(text, q.char_end, c_end) and _PAST_REPORT_RE.search(text, sent_start, q.char_start):
        return False  # "a survey found that 97% could not tell AI music from music made by humans": could then
    if _PERFECT_BEFORE_RE.search(text, max(c_start, q.char_start - 60), q.char_start):
        return False  # "as licence fee income has fallen by 6% since 2020": done by now, whatever "will" is near
    cause = max(_CAUSE_CLAUSE_RE.finditer(head), key=lambda m: m.start(), default=None) \
        if "fter" in head or "ecause" in head or "ince" in head else None  # (a plain test first: most clauses have none)
    if cause and PAST_VERB_BEFORE_RE.search(text, max(c_start + cause.end(), q.char_start - 40), q.char_start):
        # "raised its profit forecast after overseas revenue jumped 38%": what happened first, the
        # figure's own verb past in a clause of time or cause
        return False
    if PAST_ESTIMATE_RE.search(head):
        return False  # "may have exceeded 300 million": an estimate of what has happened
    window = text[max(c_start, q.char_start - 100):q.char_start]
    if any(w in window.lower() for w in FORECAST_NOUNS) and _REVISED_FORECAST_BEFORE_RE.search(window):  # (a plain test first)
        return True  # "raised its full-year operating profit forecast by 8% to 27 billion yen": the forecast and its change
    if _UNTIL_YEAR_RE.search(head) and _ED_VERB_BEFORE_RE.search(head) and not _MODAL_AHEAD_RE.search(head) \
            and not _PRESENT_AUXILIARY_RE.search(head):  # (not a term set now: "is extended until 2030 and capped at")
        return False  # "Until 2022 I billed €600 a day": how long it lasted, in the past
    for m in FORWARD_VERBS_RE.finditer(head):
        if not head[:m.start()].strip() and m.group()[:1].isupper():
            continue  # "Projects that disclosed the use of AI raised …": a plural noun opening the sentence, no verb
        if NOUN_CLOSED_AFTER_RE.match(head, m.end()):
            continue  # "— largely US studio projects — accounted for £3.4bn": a noun in a phrase set off
        if _THAN_BEFORE_RE.search(head, max(0, m.start() - 24), m.start()) \
                or MEASURED_AGAINST_BEFORE_RE.search(head, max(0, m.start() - 40), m.start()) \
                and not re.fullmatch(r"\s+(?:of|at)\s+(?:\w+\s+)?", head[m.end():]):
            # "faster than anyone expected", "beats forecasts": a comparison, no prediction (but
            # "beat its own forecast of $10 billion" names the forecast's value)
            continue
        if PARTICIPLE_BREAK_RE.search(head, m.end()):
            continue  # "raised its forecast …, sending its shares up 4%": what followed, not what is forecast
        if re.search(r",\s*$", head[:m.start()]) and "," in head[m.end():]:
            continue  # "The deal, expected to close in 2026, gives it 45 features": an aside's prediction, closed before it
        if _FORECAST_NOUN_OPENS_RE.search(head[:m.start()]) and _OWN_VALUE_AFTER_RE.match(head, m.end()):
            continue  # "below the company's forecast of 31.5%, because of a dispute that cost $619 million": that figure's
        if m.group().lower().startswith("estimat") and not ESTIMATE_AHEAD_RE.search(text, c_start + m.end(), c_end):
            continue  # "she estimates that the tools now handle 70 percent": an estimate of the present
        if not re.match(r"\s+(?:by|from)\b", head[m.end():m.end() + 6]) or "expect" in m.group().lower():
            if _in_present_relative(q, text, c_start + m.end(), c_end):
                return False  # "estimate that AI could cut budgets, which typically run 30% to 50% of …, by a fifth"
            return not _backward_span(q, text)
    if rel_start > 0 and c_start > sent_start and not before:
        # the clause continues one that holds the verb ("X predicts that A, and B will ...")
        lead = text[sent_start:c_start]
        joined = re.match(r"\s*(?:,\s*)?(and|but|while|whereas|yet|however)\b", text[c_start - 2:c_start + 12].lstrip(",; "))
        # (not a result measured against predictions: "Netflix Beats Forecasts as Ad Tier Grows; Shares Jump 6%")
        if not joined and any(not _forecast_noun(lead, m)
                              and not MEASURED_AGAINST_BEFORE_RE.search(lead, max(0, m.start() - 40), m.start())
                              for m in FORWARD_VERBS_RE.finditer(lead)):
            return not _backward_span(q, text)
        move = _MOVE_BEFORE_RE.search(text, max(c_start, q.char_start - 30), q.char_start) \
            if joined and joined.group(1) in ("while", "whereas") else None
        if move and _present_move(move.group("verb").lower()) and FORWARD_VERBS_RE.search(lead):
            # "expects demand for those roles to fall by 8%, while demand for technology workers rises 23%": the
            # contrast drawn in the present is the same prediction's (not "while costs rose 5% last year")
            return not _backward_span(q, text)
    if FORECAST_NOUN_AFTER_RE.match(text, q.char_end) or FORECAST_NOUN_BEFORE_RE.search(text, c_start, q.char_start):
        return True
    if _AFTER_DOING_RE.search(text, max(c_start, q.char_start - 40), q.char_start) or (
            _AFTER_BARE_RE.search(text, max(c_start, q.char_start - 30), q.char_start)
            and _PAST_VERB_AFTER_RE.match(text, q.char_end)):
        # "…, after receiving more than 2,900 submissions", "…, after millions of users shared AI
        # images": what happened first
        return False
    if _PAST_CONTACT_RELATIVE_RE.match(text, q.char_end):
        return False  # "will need more than the 3% annual raises they won in 2023": what they won, already
    past = PAST_VERB_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start)
    if past and _MODAL_AHEAD_RE.search(text, c_start, past.start()) \
            and _NOUN_BEFORE_PARTICIPLE_RE.search(text, max(c_start, past.start() - 30), past.start()):
        past = None  # "could reduce the labour needed for some tasks by 40%": a participle of the modal's object
    if past and _MODAL_BETWEEN_RE.search(text, re.match(r"\w+", text[past.start():]).end() + past.start(), q.char_start):
        past = None  # "Cindy Rose said WPP would invest £250 million": the modal after the past verb governs the figure
    verb = re.match(r"\w+", text[past.start():past.end()]).group().lower() if past else ""
    if past and MODAL_AFTER_RE.match(text, q.char_end, c_end) \
            and not ATTRIBUTION_VERBS.isdisjoint(text[past.start():q.char_start].lower().split()):
        past = None  # "Cindy Rose said savings of £50 million were expected …": the reported clause's own verb
    if past and not (verb in _SAME_IN_PRESENT and re.search(
            rf"\b(?:will|would|to|plans?\s+to)\s+\w+\b(?:[^,;]|,(?=\d))*\band\s+{verb}\b", text[c_start:past.end()],
            re.IGNORECASE)):
        # "Disney+, which lost 1.3 million subscribers": its own verb is past, whatever follows (not a verb
        # as written in the present, joined to a future: "will eliminate 1,000 positions and shed 400 roles")
        return False
    # the figure's own clause: up to a side clause with a tense of its own ("agreed to buy Lumina for
    # $1.2 billion, betting that AI work will keep growing"), or the relative clause it is in
    side = _SIDE_CLAUSE_AFTER_RE.search(text, q.char_end, c_end)
    # (nor a relative clause on a noun after it: "approved $12 million in tax breaks for a campus that its
    # developer says will create 500 jobs": what will happen is the campus's)
    relative_after = _RELATIVE_AFTER_RE.search(text, q.char_end, side.start() if side else c_end) \
        if _OBJECT_OF_VERB_RE.search(text, c_start, q.char_start + 1) else None  # (a subject's relative runs on to its verb)
    clause_text = text[c_start:relative_after.start() if relative_after else side.start() if side else c_end]
    for rel in (*RELATIVE_RE.finditer(text, c_start, c_end), *_PARTICIPLE_ASIDE_RE.finditer(text, c_start, c_end)):
        if rel.start() < q.char_start < rel.end():
            clause_text = rel.group()  # (an aside keeps its own time: "The company, valued at $183 billion …, said it would")
            break
    perfect = max(_AND_PERFECT_RE.finditer(text, c_start, q.char_start), key=lambda m: m.start(), default=None)
    if perfect:  # "said it would spend $18 billion this year and has used AI dubbing on more than 300 titles": done
        clause_text = text[perfect.start():side.start() if side else c_end]
    quoted = [m for m in QUOTATION_RE.finditer(text, c_start, c_end) if not m.start() < q.char_start < m.end()]
    if quoted:  # '"Clients will pay a premium," said X of an agency that employs 350 people': the quote's
        clause_text = QUOTATION_RE.sub(" ", clause_text)  # future is not the figure's, outside it
    if _looks_ahead(clause_text, published_year) and not _backward_span(q, text):
        return True
    modal = WEAK_MODAL_RE.search(text, max(c_start, q.char_start - 110), q.char_start)
    # (the past setting of the modal's own predicate: not "kept its rating last month but warned that cash
    # flow could drop below $500 million")
    setting_from = max((m.end() for m in _NEW_PREDICATE_RE.finditer(text, sent_start, modal.start())), default=sent_start) \
        if modal else sent_start
    if modal and not _PAST_SETTING_RE.search(text, setting_from, q.char_start) \
            and not (DETERMINER_END_RE.search(text, max(c_start, q.char_start - 5), q.char_start)
                     and _NOUN_RIGHT_AFTER_AMOUNT_RE.match(text, q.char_end)):
        # (not "A decade ago, a crowd scene could employ hundreds": "could" of the past; nor an amount describing
        # the object: "may be the first to change the US$200 billion short video creation ecosystem")
        return True
    # the figure is the subject of a modal: "some 12,000 animators may need retraining"
    # (not an amount describing the subject, "a $200 million film would save $18 million": read at the top)
    if MODAL_AFTER_RE.match(text, q.char_end, c_end) \
            or q.unit == "percent" and _SHARE_MODAL_AFTER_RE.match(text, q.char_end, c_end) \
            or unit_family(q.unit) == "count" and q.noun and _PLACED_MODAL_AFTER_RE.match(text, q.char_end, c_end):
        return True
    if published_year and _IF_CLAUSE_RE.search(text, sent_start, q.char_start) \
            and _WOULD_VERB_BEFORE_RE.search(text, max(c_start, q.char_start - 40), q.char_start):
        return True  # "If AI cuts VFX costs by 30%, a $200 million film would save $18 million": the outcome
    # future in reported speech: "believed AI would replace jobs within three to five years"
    if "would" in text[c_start:q.char_start] and WOULD_AHEAD_RE.search(clause_text) and not _backward_span(q, text):
        return True
    # ... or of a year to come: "estimated the market would grow from €3bn now to €64bn in 2028"
    later = year or _YEAR_SOON_AFTER_RE.match(text, q.char_end, c_end)  # ("would make £50m of savings in 2025")
    if published_year and "would" in text[c_start:q.char_start] and later and int(later.group("year")) > published_year:
        return True
    # a span within which what the clause predicts happens: "could lose a quarter of their income within four years"
    # (or "over" which the amount before it is spread: "would invest 30 billion won over three years")
    if q.unit in TIME_UNITS and (q.surface.lower().startswith("within") or text[max(0, q.char_start - 5):q.char_start].lower() == "over ") \
            and re.search(r"\b(?:could|might|may|will|would|expected\s+to|set\s+to|plans?\s+to|aims?\s+to)\b",
                          text[c_start:q.char_start]):
        return True
    return False


_PAST_RECORD_BEFORE_RE = re.compile(rf"\b(?:last\s+year['’]s|the\s+previous|the\s+prior|the\s+old)\s+(?:[\w-]+\s+){{0,2}}?"
                                    rf"(?:record|high|peak|total|best)\s+of\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# (not a verb of expecting: "analysts, who expected $5.1 billion" gave a forecast)
_PAST_SUBORDINATE_BEFORE_RE = re.compile(rf"\b(?:after|since|because|who|which)\s+(?:[^,;]{{0,60}}?\s)?"
                                         rf"(?!(?:expect|forecast|project|predict|estimat|anticipat|target|plann|budget|guid)\w*\s)"
                                         rf"(?:[a-z]{{3,}}ed|"
                                         rf"{'|'.join(sorted(IRREGULAR_PAST))})\s+(?:by\s+)?{AMOUNT_HEDGES}$")
_OWN_TENSE_CLAUSE_RE = re.compile(r",\s+(?:when|so)\s+(?!(?:far|much|many|long|called|too|that)\b)(?=[a-z])")
# a share of what something would cost or take (a hypothetical whole, compared with now)
_HYPOTHETICAL_WHOLE_RE = re.compile(r"\s+of\s+what\s+(?:[\w'’-]+\s+){1,6}?(?:would|could|might)\s+"
                                    r"(?:have\s+)?(?:cost|costed|be|been|take|taken|run|require|required|need|needed)\b")


# what is forecast, right before a word of prediction that is then a noun: "Toho lifts profit forecast"
_FORECAST_COMPOUND_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in FORECAST_COMPOUND_HEADS) + r")\s+$", re.IGNORECASE)


def _forecast_noun(text: str, m: re.Match) -> bool:
    """Is the word of prediction a noun, what a verb acts on ("Toho lifts profit forecast; shares
    rise 7%": no prediction of the clause after it), or in a phrase set off ("— largely US studio projects —")?"""
    if NOUN_CLOSED_AFTER_RE.match(text, m.end()):
        return True
    return m.group().lower() in ("forecast", "forecasts") and bool(
        _FORECAST_NOUN_OPENS_RE.search(text, max(0, m.start() - 8), m.start())
        or _FORECAST_COMPOUND_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()))


_FORECAST_NOUN_OPENS_RE = re.compile(r"(?:['’]s|\b(?:its|their|the|a|an|own))\s+$", re.IGNORECASE)
# a forecast noun's own value right after it: "the company's forecast of 31.5%" (not "its forecast for Switch 2 sales")
_OWN_VALUE_AFTER_RE = re.compile(r"s?\s+(?:of|at)\s+(?:about\s+|around\s+|roughly\s+)?(?:[$€£¥₹]|[A-Z]{1,3}\$|\d)")
_RELATIVE_AFTER_RE = re.compile(r"(?<=[a-z])\s+(?:that|which|who)\s+")
# a verb in the past before the figure in its clause: the figure is its object ("approved $12 million")
_OBJECT_OF_VERB_RE = re.compile(r"\b[a-z]{3,}ed\s+(?:[\w'’-]+\s+){0,3}?(?=[$€£¥\d]|(?:about|around|nearly|some|over|more)\b)",
                                re.IGNORECASE)
# a side clause after the figure, set off by a comma, with a tense of its own: what it says of
# the future is not said of the figure ("…, betting that …", "…, as rivals will …")
_SIDE_CLAUSE_AFTER_RE = re.compile(
    rf",\s+(?:{'|'.join(REPORTING_PARTICIPLES)}|betting|hoping|citing|as|because|since|after|while|although|"
    r"though|even\s+as|"
    # a restatement that says more: "4.4% of the power, a share the lab says could rise"
    r"an?\s+(?:share|figure|level|number|rate|amount|proportion|total)\s+(?:that\s+|which\s+)?"
    r"(?:the\s+)?[\w\s]{0,60}?\b(?:says?|said|expects?|estimates?|predicts?|could|will|may))\b"
    # a second verb of its own: "was valued at $534 million in 2024 and is projected to grow …"
    r"|\s+and\s+(?:is|are|was|were)\s+(?:projected|expected|forecast|estimated|set|likely)\s+to\b"
    # a report of its own: "doubled its spending to $20 million and said revenue would be flat"
    r"|\s+and\s+(?:said|says|added|warned|predicted)\b"
    # a plan of its own: "had cut net debt to £1.6 billion and plans to refurbish 80 sites by the end of 2026"
    r"|\s+and\s+(?:plans|aims|intends|hopes|expects|wants|planned|aimed|intended|hoped|expected|wanted)\s+to\b"
    # a subject of its own with a modal: "500 jobs were cut and 200 more will go"
    r"|\s+and\s+(?!(?:will|would|could|may|might)\b)(?:[\w$%.,'’-]+\s+){1,5}?(?:will|would|could|may|might)\s"
    # a headline's "as" of cause, comma or not: "Adobe shares slide 14% as investors worry rivals will …"
    # (not "as much as", "as many as", "as of", "as well as", "as a share of")
    r"|\s+as\s+(?!(?:much|many|high|low|little|few|long|far|well|part|of|a|an|if|to|the\s+(?:first|second|third|"
    r"largest|biggest|highest|lowest|most|best))\b)(?=[a-z]+\s+[a-z]+)"
    # what was said before, its cause, comma or not: "shares are down 4.1% after the company said it would cut …"
    r"|\s+(?:after|because)\s+(?:[\w'’.&-]+\s+){1,4}?(?:said|reported|announced|warned|disclosed|confirmed)\b",
    re.IGNORECASE)
_AFTER_DOING_RE = re.compile(rf"\b(?:after|since)\s+(?:(?:receiving|getting|selling|raising|hiring|cutting|losing|"
                             rf"adding|posting|reporting|drawing|attracting|earning|spending|making)\s+"
                             # "after a pilot on 12 films": an event before, with its own figures
                             rf"|(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}(?:pilot|trial|test|launch|study|survey|"
                             rf"round|deal|strike|acquisition|merger)\s+(?:on|of|with|in|at|across)\s+)"
                             rf"{AMOUNT_HEDGES}$", re.IGNORECASE)
# "could not" after a figure in a past report is what they could not do then
_PAST_INABILITY_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:could\s+not|couldn['’]t|could\s+never)\b", re.IGNORECASE)
_PAST_REPORT_RE = re.compile(r"\b(?:found|said|showed|reported|revealed|admitted|told|answered|responded)\b", re.IGNORECASE)
# a present perfect right before the figure, no modal before it ("will have risen 6%" is ahead)
# (the auxiliary looked for first: the look-behinds, tried at every position, cost ten times more)
_PERFECT_BEFORE_RE = re.compile(r"\b(?=ha[sv])(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)"
                                r"(?<!\bshould\s)(?<!\bmust\s)(?<!\bto\s)(?:has|have)\s+(?:(?:already|now|also|since)\s+)?"
                                rf"(?:[a-z]{{3,}}ed|cut|shed|hit|{'|'.join(sorted(IRREGULAR_PAST | IRREGULAR_PARTICIPLES))})\s+"
                                rf"(?:by\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)
_CAUSE_CLAUSE_RE = re.compile(r"\b(?:after|because|since)\s+(?=[\w'’-]+\s)", re.IGNORECASE)
_AFTER_BARE_RE = re.compile(rf"\b(?:after|since|when)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_PAST_VERB_AFTER_RE = re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+(?:[a-z]{{3,}}ed|lost|{'|'.join(sorted(IRREGULAR_PAST))})\b")
_RELATIVE_TO_END_RE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*(?:,|$|(?=[.!?]))")




def _in_present_relative(q: Quantity, text: str, start: int, end: int) -> bool:
    """Whether the figure is in a relative clause set off by commas after `start` whose own
    verb states what is, not what will be: "marketing budgets, which typically run 30% to 50%
    of a film's cost,"."""
    for rel in _RELATIVE_TO_END_RE.finditer(text, start, end):
        if rel.start() < q.char_start < rel.end():
            return not (FUTURE_MARKERS_RE.search(rel.group()) or WEAK_MODAL_RE.search(rel.group()[:q.char_start - rel.start()])
                        or re.search(r"\b(?:would|may|might|could)\b", rel.group()))
    return False


def _looks_ahead(clause: str, published_year: int | None) -> bool:
    """A future marker in the clause that is not a deadline already passed."""
    pos = 0
    while m := FUTURE_MARKERS_RE.search(clause, pos):  # usually none, else the first decides
        if not _past_year(m.group(), published_year):
            return True
        pos = m.end()
    return False


def _past_year(marker: str, published_year: int | None) -> bool:
    """"by the end of 2024" in a 2025 article: a deadline already passed, no future."""
    year = re.search(r"(?:19|20)\d{2}$", marker)
    return bool(year and published_year and int(year.group()) < published_year)


_YEAR_BEFORE_VALUE_RE = re.compile(r"\b(?P<year>(?:19|20)\d{2})\s+(?:peak|high|low|level|record|total|figure|value|"
                                   r"revenue|sales|budget)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$")
_PAST_VALUE_RIGHT_RE = re.compile(r"\s+(?:last\s+(?:fiscal\s+|financial\s+)?year|a\s+year\s+(?:earlier|ago|before)|"
                                  r"(?:just\s+|only\s+)?(?:a\s+few|several|some|[\w-]+)\s+(?:years?|months?|decades?)\s+ago|"
                                  r"(?:in\s+)?the\s+previous\s+(?:fiscal\s+|financial\s+)?year|"
                                  # what is done already: "on top of £20m already identified"
                                  r"(?:of\s+\w+\s+)?(?:that\s+(?:it\s+|they\s+)?(?:has|have|had)\s+)?already\s+"
                                  r"(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b)\b",
                                  re.IGNORECASE)
# a bound an agreement sets, right before the figure: "will guarantee a minimum of", "will receive at least"
_STIPULATED_RE = re.compile(
    r"\b(?:guarantee[sd]?|guaranteeing|entitle[sd]?\s+to|mandate[sd]?|requir(?:e|es|ed|ing)|receive|get|be\s+paid)\s+"
    r"(?:(?:a|an|the)\s+)?(?:minimum|maximum|floor|cap)\s+of\s+", re.IGNORECASE)
# a sentence set in the past, where "could" is the past of "can": "A decade ago, …", "Back then"
# the years something has gone on when it ends or marks them: "to close after 87 years", "ending 87 years of
# screenings", "marking 50 years since its opening"
# (an end after them, not whatever comes after: "The deal will expire after three years" is ahead)
_YEARS_GONE_BY_BEFORE_RE = re.compile(r"\b(?:(?:close|closes|closing|shut|shuts|shutting|retire|retires|retiring|leave|"
                                      r"leaves|leaving|quit|quits|quitting|step\s+down|steps\s+down)\s+after|"
                                      r"ending|ends|marking|marks|capping|caps|celebrating|celebrates)\s+"
                                      r"(?:(?:almost|nearly|more\s+than|over|some)\s+)?$")
_AGE_SURFACE_RE = re.compile(r"-year-old\b", re.IGNORECASE)  # (attributive: "He will be 30 years old" is ahead)
_NEW_PREDICATE_RE = re.compile(r"\s(?:but|whereas|while|yet)\s")
_PAST_SETTING_RE = re.compile(r"\b(?:ago|back\s+then|in\s+the\s+past|in\s+those\s+days|at\s+the\s+time|"
                              r"last\s+(?:year|decade|century|month)|when\s+(?:I|we|he|she|they)\s+(?:started|began|joined))\b",
                              re.IGNORECASE)
# the size a group has now, named in passing: "plans to cut its workforce of roughly 1,200 people",
# "will lay off 20% of its 450 employees"
_PRESENT_SIZE_RE = re.compile(rf"\b(?:its|their|his|her|our)\s+(?:[\w-]+\s+){{0,2}}(?:workforce|staff|team|headcount|"
                              rf"membership|fleet|library|catalog(?:ue)?|user\s+base)\s+of\s+{AMOUNT_HEDGES}$"
                              # ... or what a body has or employs now: "The company employs 85 people and plans to …"
                              rf"|\b(?:employs|has)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# the size a thing has now, said of it as the object of a verb that acts on what exists: "could
# reshape a $2.5 trillion media industry", "will disrupt the $100 billion dubbing market" (not "could
# create a $100 billion market", which may come to be)
_ACTED_ON_SIZE_RE = re.compile(rf"\b(?:reshap|transform|disrupt|upend|threaten|overhaul|revolutioni[sz]|shak(?:e|es|ing)\s+up|"
                               rf"dominat|enter|enters|entering|join|joins|joining|hurt|hurts|hurting)\w*\s+"
                               rf"(?:a|an|the|its|their)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# ... said before its noun, as an adjective: "$2.5 trillion media industry"
_ATTRIBUTIVE_AFTER_RE = re.compile(r"[ -](?!(?:by|in|to|of|from|for|a|an|the|and|or|over|within|at)\b)[a-z][\w-]*")
# (or any possessive's: "whether AI will put my 22 animators out of work")
_OF_ITS_RE = re.compile(rf"\b(?:of\s+)?(?:its|their|our|my|his|her)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# the whole a share is of: "Half of the roughly 4,000 dubbing jobs … could disappear" (the half may go; the 4,000 are)
_WHOLE_OF_SHARE_RE = re.compile(rf"(?:\b(?:half|third|quarter|fifth|tenth|percent|cent)|%)\s+of\s+(?:the|its|their|our)\s+"
                                rf"{AMOUNT_HEDGES}$", re.IGNORECASE)
_GROUP_NOUN_RE = re.compile(rf"(?:{PEOPLE_GROUPS}|staff|staffers|stages|studios|screens|stores|theaters|cinemas)$", re.IGNORECASE)
# the value a change starts from: "up from about 45 billion yen"
_STARTS_FROM_RE = re.compile(r"\b(?:up|down|rising|falling|climbing|growing|grow|rise|increase|expand|climb|fall|"
                             rf"drop|decline)\s+from\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
# ... or the old value after the new: "raise the price … to $17.99 a month from $15.49" (not an old
# forecast: "raised its forecast to 110 billion yen from 95 billion yen")
# a noun phrase joined after a comma and "and", no verb of its own before the figure
_COORDINATED_OBJECT_RE = re.compile(r"\s*,?\s*and\s+(?:(?:an?|the|its|their)\s+)?(?:[\w'’-]+\s+){1,4}(?:of|at)\s+"
                                    rf"{AMOUNT_HEDGES}", re.IGNORECASE)
# a verb joined in a perfect tense: its clause has a tense of its own
_AND_PERFECT_RE = re.compile(r"\s+and\s+(?:has|have|had)\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\b")
# (a mark to pass is what is predicted: "might push past the 1000 hp barrier")
_NOUN_RIGHT_AFTER_AMOUNT_RE = re.compile(r"\s+(?!(?:a|an|the|by|to|in|of|for|on|at|per|each|or|and|mark|barrier|level|"
                                         r"threshold|milestone|target)\b)[a-z][\w-]+")
_NOUN_AFTER_AMOUNT_RE = re.compile(r"\s+[a-z][\w-]+\s+(?:would|could|may|might|will)\b")
_IF_CLAUSE_RE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]ere)\b[^.;]*,")
_WOULD_VERB_BEFORE_RE = re.compile(r"\bwould\s+(?:\w+ly\s+)?(?!have\b)\w+\s+(?:\w+\s+){0,3}?$")
# the verb of a move right before its figure ("rises 23%", "fall by about 8%")
_MOVE_BEFORE_RE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$")


def _present_move(verb: str) -> bool:
    return verb in MOVEMENT_VERBS and verb not in MOVEMENT_PARTICLES and verb not in IRREGULAR_PAST \
        and verb not in _SAME_IN_PRESENT and not verb.endswith(("ed", "ing"))


_SAME_IN_PRESENT = {"shed", "hit", "cut", "put", "set", "cost", "spread"}  # past forms that are present forms too
_MULTIPLE_OF_BASE_RE = re.compile(rf"\b(?:double|triple|quadruple|twice|(?:two|three|four|five|ten)\s+times|\d+(?:\.\d+)?\s*"
                                  rf"times)\s+(?:the|its|their)\s+(?:(?!to\b|by\b)[\w-]+\s+){{0,2}}?{AMOUNT_HEDGES}$",
                                  re.IGNORECASE)
_TO_THEN_FROM_RE = re.compile(rf"\bto\s+\S*\d[^,;]{{0,30}}?\s+from\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_FORECAST_WORDS_RE = re.compile(r"\b(?:forecasts?|guidance|outlook|targets?|estimates?|projections?)\b", re.IGNORECASE)
# ... or after a comma, said to be now: "will nearly double to $480 billion by 2027, from roughly $250
# billion today" (not "raised its forecast to 110 billion yen, from 95 billion yen": a forecast before)
_FROM_BEFORE_RE = re.compile(rf"(?:,|\b(?:19|20)\d\d)\s+from\s+{AMOUNT_HEDGES}$", re.IGNORECASE)  # (or after its year: "by 2030 from")
_NOW_RIGHT_RE = re.compile(r"\s+(?:today|now|currently|at\s+present|this\s+year)\b", re.IGNORECASE)
_YEAR_RIGHT_RE = re.compile(r"\s+(?:(?:recorded|reported|posted|registered|seen|logged)\s+)?(?:in|during)\s+(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?P<year>(?:19|20)\d{2})\b(?!\s*[-–/])",
                            re.IGNORECASE)
_YEAR_SOON_AFTER_RE = re.compile(r"[^,;.]{0,30}?\b(?:in|during)\s+(?P<year>(?:19|20)\d{2})\b")
_FROM_LEFT_RE = re.compile(rf"\bfrom\s+{AMOUNT_HEDGES}$", re.IGNORECASE)
_HEADLINE_VERBS = (r"(?:hit|reach|top|pass|exceed|surpass|cut|spend|invest|raise|hire|add|close|build|train|"
                   r"create|launch|double|triple|grow|lose|shed|axe|slash|pour|pump|plough|plow|commit|sink)\b")
_HEADLINE_MOVE_TO_RE = re.compile(r"\bto\s+(?:rise|fall|grow|climb|increase|drop|decline|jump|reach|hit|top)\s+to\s+$")
def _own_verb_among(words: list[str]) -> bool:
    """Whether a verb of its own comes among `words` (one right after "to" is the headline's plan)."""
    return any(w in COMMON_VERBS and not (i and words[i - 1] == "to") for i, w in enumerate(words))


_HEADLINE_TO_RE = re.compile(rf"(?<=\w )to\s+(?:{_HEADLINE_VERBS}[^.;]{{0,40}})?$")
_BEHIND_SURFACE_RE = re.compile(r"(?:the\s+)?(?:past|last|previous|preceding)\b", re.IGNORECASE)
_AHEAD_SURFACE_RE = re.compile(r"(?:the\s+)?(?:next|coming)\b", re.IGNORECASE)
_AHEAD_LEFT_RE = re.compile(r"\b(?:next|coming)\s+$", re.IGNORECASE)
_IN_SPAN_LEFT_RE = re.compile(r"\bin\s+$")
# a speaker's verb of prediction closing the sentence: ", she predicts.", ", the firm expects."
_PREDICTION_TAG_RE = re.compile(r",\s+(?:[\w.'’&-]+\s+){1,4}?(?:predicts|predicted|forecasts|expects|projects|anticipates)"
                                r"\s*[.!]?[\"”’]?\s*$")
# a span from now right after a figure: "falls 90% in two years", "within the next five years"
_SPAN_FROM_NOW_AFTER_RE = re.compile(r"\s+(?:in|within)\s+(?:the\s+next\s+)?(?:[a-z]+|\d+)\s+(?:years?|months?|decades?)\b")
_MODAL_AHEAD_RE = re.compile(r"\b(?:will|could|may|might|would|set\s+to|expected\s+to|likely\s+to)\s+(?!have\b)", re.IGNORECASE)
_THAN_BEFORE_RE = re.compile(r"\b(?:than|as)[\s-]+(?:\w+\s+){0,2}$", re.IGNORECASE)  # ("a wider-than-expected loss")
# a perfect tense with "for" before a span: "has worked in the industry for 22 years"
_PERFECT_FOR_RE = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:\s+[\w'’-]+){0,5}\s+for\s+$",
                             re.IGNORECASE)
_BACKWARD_SPAN_SURFACE_RE = re.compile(r"(?:the\s+)?(?:last|past|previous)\b", re.IGNORECASE)  # "the past decade"


# "the last 10 years", "since 2019" (but "to last two more weeks", "will last a year": the verb)
# ("the first decline in a decade", "the third increase in two years": a span behind now)
_FIRST_IN_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?in\s+"
                          r"(?:nearly\s+|almost\s+|more\s+than\s+|over\s+|about\s+)?$",
                          re.IGNORECASE)
_BACKWARD_LEFT_RE = re.compile(r"\b(?:(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)"
                               r"(?<!\bcan\s)(?<!\bshould\s)last|past|previous|prior|recent)\s+$|\bsince\s+$",
                               re.IGNORECASE)


_AFTER_PAST_EVENT_RE = re.compile(r"\s+(?:after|since)\s+[^,.;]{0,60}?\b(?:was|were|had|did|launched|began|started|"
                                  r"opened|debuted|released|founded|unveiled)\b", re.IGNORECASE)


def _backward_span(q: Quantity, text: str) -> bool:
    """"In the last 10 or 15 years", "over the past decade", "who has worked in film for 22
    years": a span that ends now or before."""
    if q.unit in TIME_UNITS and _PERFECT_FOR_RE.search(text, max(0, q.char_start - 80), q.char_start):
        return True
    if q.unit in TIME_UNITS and _AFTER_PAST_EVENT_RE.match(text, q.char_end):
        return True  # "less than two years after the generator was first shown": time since something past
    return q.unit in TIME_UNITS and bool(_BACKWARD_LEFT_RE.search(text[max(0, q.char_start - 25):q.char_start])) \
        or bool(re.match(r"\s+ago\b", text[q.char_end:q.char_end + 5])) \
        or bool(_BACKWARD_SPAN_SURFACE_RE.match(q.surface)) \
        or q.unit in TIME_UNITS and bool(_FIRST_IN_RE.search(text, max(0, q.char_start - 50), q.char_start + len(q.surface) - len(q.surface.lstrip())))


_OWN_YEAR_AFTER_RE = re.compile(r"\s+by\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b(?!\s*(?:levels?|figures?|baseline)\b)")


def horizon_year(q: Quantity, is_fc: bool, sentence: str, published_year: int | None,
                 published_month: int | None = None) -> int | None:
    """The year a forecast is about: "by 2030" -> 2030; "in the next three years" in a 2024
    article -> 2027; a forecast duration ("it may take three or four years") -> 2028; "over the
    next 18 months" in an article of October 2024 -> 2026 (the month counted when it is known)."""
    if not is_fc:
        return None
    at = sentence.find(q.surface)
    if ";" in sentence and at >= 0:
        # a semicolon's clause keeps its years to itself: "AI dubbing to cut localisation costs by up to 60%, says
        # industry body; market seen at Rs 6,000 crore by FY28"
        end = sentence.find(";", at)
        sentence = sentence[sentence.rfind(";", 0, at) + 1:end if end >= 0 else len(sentence)]
    own = _OWN_YEAR_AFTER_RE.match(sentence, at + len(q.surface)) if at >= 0 else None
    if own and (published_year is None or int(own.group(1)) >= published_year):
        # the year right after the figure is its own, whatever later year another clause names: "cut its emissions
        # by 50% by 2030 from 2022 levels and reach net zero by 2040"
        return int(own.group(1))
    years = [int(y) for m in YEAR_HORIZON_RE.finditer(sentence)
             for y in [m.group("y"), *re.findall(r"(?:19|20)\d{2}", m.group("more"))]]
    years += [2000 + int(m.group(1)) for m in _FISCAL_SHORT_RE.finditer(sentence)]  # "in FY26"
    years += [int(m.group("y")) for m in _YEAR_EVENT_RE.finditer(sentence)]  # "during the 2026 midterm cycle"
    at = sentence.find(q.surface)
    # "forecast 2026 revenue of $50.7 billion": the year of the measure right before the figure (not another's:
    # "forecast fourth-quarter revenue of $11.96 billion and … 2025 revenue of about $45.1 billion")
    years += [int(m.group(1)) for m in _YEAR_MODIFIER_RE.finditer(sentence, 0, max(at, 0)) if at - m.end() < 30]
    future = [y for y in years if published_year is None or y >= published_year]
    if future and (published_year is None or max(future) > published_year):
        return max(future)
    if published_year is None:
        return None
    if future:  # only the article's own year named: a span ahead in the sentence may reach further
        # ("We saved $45 million in 2024, and we expect that to more than double next year": 2025)
        ahead = _span_horizon(q, sentence, published_year, published_month)
        return max(published_year, ahead or published_year)
    return _span_horizon(q, sentence, published_year, published_month)


def _span_horizon(q: Quantity, sentence: str, published_year: int, published_month: int | None) -> int | None:
    """The year a span of the sentence reaches from the article's date ("over the next three years",
    "by the end of the decade"), or that a forecast duration does; None without one."""
    from .numbers import word_number_value
    for m in SPAN_HORIZON_RE.finditer(sentence):
        if m.group().lower().startswith("in ") and _FIRST_IN_RE.search(sentence[max(0, m.start() - 50):m.start()] + "in "):
            continue  # "the third increase in two years": a span behind now, no horizon
        if m.group("this") or m.group("end") and m.group("end").lower() == "year":
            return published_year  # "expected to exceed 68 billion yuan this year", "by the end of the year"
        if m.group("month"):
            month = MONTHS[m.group("month").lower()]
            return published_year + (1 if published_month and month < published_month else 0)
        if m.group("end"):
            return (published_year // 10 + 1) * 10  # "by the end of the decade": its last year, as "by 2030" says it
        if m.group("mid"):
            return published_year // 10 * 10 + 5  # "by mid-decade": the fifth year of the decade
        if m.group("nx"):
            span = m.group("nx").lower()
            if span in ("quarter", "month"):  # "next quarter": the year it falls in, from the article's month
                return published_year + ((published_month or 7) - 1 + (3 if span == "quarter" else 1)) // 12
            return published_year + (1 if span == "year" else 10)
        raw = m.group("n2") or m.group("n") or m.group("n3")
        if not raw:
            continue
        n = float(raw) if raw.replace(".", "", 1).isdigit() else word_number_value(raw)
        if n is None or n <= 0 or n > 100:
            continue
        unit = (m.group("u") or "year").lower()
        if unit.startswith("month"):
            if n > 1200 or not _MONTHS_AHEAD_RE.match(m.group()):
                continue  # (not "in the six months to September": a period reported, ended)
            # the month the span ends in: from the article's month, or from mid-year without one
            return published_year + int(((published_month or 7) - 1 + n) // 12)
        return published_year + int(round(n * (10 if unit.startswith("decade") else 1)))
    if q.unit == "years":
        span = q.value_high if q.value_high is not None else q.value
        if 0 < span <= 100:
            return published_year + int(round(span))
    return None


def respective_years(sentence: str) -> list[int]:
    """"$250 million and $365 million in 2026 and 2027, respectively": the years, in order,
    that the sentence's forecasts take one each (empty without "respectively")."""
    if "respectively" not in sentence.lower():
        return []
    for m in YEAR_HORIZON_RE.finditer(sentence):
        years = [int(m.group("y")), *map(int, re.findall(r"(?:19|20)\d{2}", m.group("more")))]
        if len(years) > 1:
            return years
    return []
