"""Who states a figure: its source, named in the sentence or carried over from the report it
continues.

Order of evidence in a sentence: "according to X"; a document with its author ("a survey by
X", "data from X"); a named document ("the State of the Game Industry Survey found");
'"…," said X'; "In X's view"; the subject of a speech verb ("X said", "X estimates that").
A source must hold a name the article uses as a name (etl.names): "the salon said" or "New
data shows" name nobody. A sentence that speaks through a pronoun, a definite description
("The report said", "The bank noted") or its respondents ("41 percent of respondents said")
continues the source named in the last few sentences; a share of respondents with no speech
verb continues the survey its paragraph is reporting.

Pure: sentences in, sources out. `SourceRegister` walks an article's sentences in order.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import (
    ABBREVIATIONS,
    AMOUNT_HEDGES,
    ATTRIBUTION_VERBS,
    BODIES_NOT_BUSINESSES,
    BODY_STAFF_NOUNS,
    BULLET_CHARS,
    BUSINESS_DESCRIPTIONS,
    CLAUSE_OPENERS,
    COMMON_VERBS,
    CONTRAST_OPENERS_ALT,
    DETERMINERS,
    EVENT_VERBS,
    FINANCIAL_BUSINESSES,
    FORECAST_FRAME_VERBS,
    FORECAST_NOUNS,
    FRACTION_WORDS,
    GENERIC_ACRONYMS,
    GOVERNMENT_BODIES,
    HONORIFICS,
    INDEFINITE_OPENERS,
    IRREGULAR_DEMONYMS,
    IRREGULAR_PAST,
    MADE_WORK_NOUNS,
    MARKET_ANALYSTS,
    MOVED_VERBS,
    NOUN_LIKE_SPEECH_VERBS,
    ORGANISATION_WORDS,
    OWN_WORDS_NOUNS,
    PEOPLE_GROUPS,
    PEOPLES_BY_NATION,
    PLACES,
    PRONOUNS,
    ROLE_ADJECTIVES,
    ROLE_BREAKING_PREPOSITIONS,
    ROLE_NOUNS,
    SECTION_LABELS,
    SIMPLE_PREPOSITIONS,
    SMALL_NUMBERS,
    SOURCE_ANAPHORS,
    SOURCE_NOUNS,
    SPEAKER_FILLERS,
    SPEAKS_FOR_ORGANISATION,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    TITLE_WORDS,
    UNAFFILIATED_SPEAKERS,
    UNNAMED_BODY_NOUNS,
    UNNAMED_PERSON_NOUNS,
    UNNAMED_SPEAKERS,
    VAGUE_SOURCES,
)
from .names import DATELINE_RE, ArticleNames, is_acronym, listed_names_end, name_runs, source_kind
from .numbers import ascii_lower
from .patterns import trie_pattern, word_start_branches
from .phrases import (
    APPOSITIVE_RE,
    DEMONYM_RE,
    HEARER_BEFORE_RE,
    LISTED_AFTER_NAME,
    MEASURED_AGAINST_BEFORE_RE,
    NOUN_CLOSED_AFTER_RE,
    RELATIVE_SPEAKER,
    SHARES_OF,
    SUBORDINATE_OPENERS,
)
from .segment import QUOTATION_RE, paragraph_starts, speaker_turns
from .units import singular

_VERB_ALT = trie_pattern(SPEECH_VERBS)
VERB_RE = re.compile(rf"\b(?P<verb>{_VERB_ALT})\b")
_SOURCE_NOUN_ALT = trie_pattern(SOURCE_NOUNS, " ")  # (a prefix tree: a faster scan, longest first)
# "per the report", "per Bloomberg"; never "9.4 per cent" or "per share"
# (not a rate's "per": "$2 to $3 per GPU-hour", "revenue per ARPU")
ACCORDING_RE = re.compile(r"\b(?:according\s+to|cited\s+by|(?-i:(?<![\d%]\s)(?<!\bcost\s)(?<!\bcosts\s)(?<!\bprice\s)(?<!\brevenue\s)"
                          r"per\s+(?=the\s|an?\s+(?:(?:new|recent|latest|annual|joint)\s+)?[A-Z]|[A-Z]"
                          # ("per app analytics firm Sensor Tower": a name after its description)
                          rf"|(?:[a-z][\w-]*\s+){{0,3}}(?:{'|'.join(sorted(BUSINESS_DESCRIPTIONS))})\s+[A-Z]))"
                          r"|(?-i:^Per\s+(?=[A-Z])))\s*"  # ("Per Variety, Netflix has set aside …")
                          # ("a study of 2,036 adults", "according to Market.us")
                          # (an abbreviation's full stop inside a name: "Warner Bros. Discovery's annual report")
                          r"(?P<np>(?:[^,;:.()\"“”]|(?<=\d)[,.](?=\d)|(?<=\w)\.(?=\w)"
                          r"|(?:(?<=Bros)|(?<=Corp)|(?<=Inc)|(?<=Ltd)|(?<=\bCo))\.(?=\s+[A-Z])){2,160})",
                          re.IGNORECASE)
# "a survey developed by X", "new data from app intelligence firm Appfigures"
# (a noun, not a verb with its clause: "The analysts estimate that … will come from Hollywood studios")
# who saw or obtained a document, named after it: "according to an internal memo seen by the Associated Press"
SEEN_BY_BEFORE_RE = re.compile(r"\b(?:seen|obtained|reviewed)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
BY_SOURCE_RE = re.compile(
    # (not past another citation: "… AI-generated forecasts, according to an internal memo seen by the AP")
    rf"\b(?:{_SOURCE_NOUN_ALT})\b(?!\s+that\b)(?:(?!according\s+to\b)[^;.]){{0,80}}?(?<!sponsored\s)(?<!commissioned\s)"
    rf"(?<!funded\s)\b(?:by|from)\s+"
    r"(?P<np>[^,;:()\"“”]{2,120})", re.IGNORECASE)
# "a poll of 2,500 members of …, conducted by Morning Consult": who made it, further from its noun
MADE_BY_RE = re.compile(
    rf"\b(?:{_SOURCE_NOUN_ALT})\b[^;.]{{0,160}}?\b(?:conducted|carried\s+out|fielded|compiled|prepared|run)\s+by\s+"
    r"(?P<np>[^,;:()\"“”]{2,120})", re.IGNORECASE)
# those asked, and who asked them: "62 percent of 1,000 artists surveyed by the Korea Creative Content Agency"
# (not analysts polled for a consensus, which etl.attribute reads as what they expected)
_SURVEYED_WORDS = {"surveyed", "polled", "asked", "questioned", "interviewed"}
_SURVEYED_ALT = "|".join(sorted(_SURVEYED_WORDS))
_SURVEYED_BY_NAME_RE = re.compile(rf"(?<!analysts\s)(?<!economists\s)\b(?:{_SURVEYED_ALT})\s+by\s+"
                                 r"(?P<np>[^,;:()\"“”]{2,120})", re.IGNORECASE)
# "a survey sponsored by Sony": who paid for a study, not who made it
_SPONSOR_RE = re.compile(r"\s+(?:sponsored|commissioned|funded|paid\s+for)\s+by\s+.*$", re.IGNORECASE)
# '"We did it," said Maria Lopez': the speaker after the verb
INVERTED_RE = re.compile(
    r"(?:^|[,\"”’]\s*)(?:said|says|added|noted|explained|wrote|argued|"
    # (a figure's estimate or report credited after it: "…, estimates Omdia", "…, reported Variety")
    r"estimates|estimated|reports|reported|predicts|predicted|calculates|calculated)\s+"
    # (an honorific's full stop is inside the name: "said Mr. Li")
    # (nor a possessive's noun, the subject of a clause reported: "Ubisoft, which …, said its Neo NPC project had cut")
    # (nor a figure, the start of a clause reported: "…, said more than 60% of Fortune 500 companies have")
    r"(?!(?:she|he|they|it|we|i|you|that|this|its|their|his|her|our|my|more|less|fewer|about|nearly|almost|around|"
    r"roughly|over|under|up\s+to)\b|[\d$€£¥₹])(?P<np>(?:(?-i:Mr|Ms|Mrs|Dr|Prof)\.\s+)?[^,;:.\"“”]{2,80})", re.IGNORECASE)
# a description and its name after a comma: "said the group, Fairplay for Kids"
_DEFINITE_DESCRIPTION_RE = re.compile(r"the\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w-]*", re.IGNORECASE)  # ("the studio's founder")
_NAME_AFTER_DESCRIPTION_RE = re.compile(r",\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:for|of|and|&|the|[A-Z][\w&.'’-]*))*?)\s*"
                                        r"(?=[,.;]|$)")
_POSSESSED_ROLE_RE = re.compile(rf"[A-Z][\w&.' -]*['’]s\s+(?:[\w-]+\s+){{0,2}}(?:co-)?(?:{'|'.join(sorted(ROLE_NOUNS | TITLE_WORDS))})",
                                re.IGNORECASE)
_CLAUSE_AFTER_NAME_RE = re.compile(r"\s+(?:now\s+|also\s+|still\s+)?(?:[a-z]+s|is|are|was|were|has|have|had|will|would|could|"
                                   r"may|might|can)\b(?!\s+(?:on|in|at)\b)")
VIEW_RE = re.compile(r"\bIn\s+(?:the\s+)?(?P<np>[A-Z][\w.'’ -]{1,60}?)['’]s?\s+(?:(?:view|opinion|words|estimate)\b"
                     r"|(?:[a-z][\w-]*\s+){0,2}"  # "In the GDC's annual survey of …"
                     # (its title: "In the GDC's annual State of the Game Industry survey")
                     r"(?P<title>[A-Z][\w&'’-]*(?:\s+(?:(?:of|the|and|for|on|in|&)\s+)*[A-Z][\w&'’-]*){0,6}\s+)?"
                     r"(?P<doc>survey|report|study|poll|analysis|census|data)\b)")
# ... and by whose count, opening the sentence or closing it: "…, by the Animation Guild's count"
_BY_OWN_COUNT_RE = re.compile(r"(?:\bBy|(?<=,\s)by)\s+(?:the\s+)?(?P<np>[A-Z][\w&.'’ -]{1,60}?)['’]s?\s+(?:own\s+)?"
                              r"(?:count|tally|reckoning|estimates?|calculations?|figures|data|analysis)\b")
# ... without the possessive, after an article: "In a Gartner survey of 200 chief marketing officers"
# (or closing the sentence: "…, in a Pew Research Center survey")
_A_NAMED_DOC = (r"(?:a|an)\s+(?:(?:new|recent|latest|annual|separate|global)\s+)?"
                r"(?P<np>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+")
_IN_A_NAMED_DOC_RE = re.compile(rf"(?:\bIn|(?<=,\s)in)\s+{_A_NAMED_DOC}(?:survey|report|study|poll|analysis|census)\b")
# ... or after the group it asked, mid-sentence: "38% of visual effects artists in a Foundry survey use AI tools weekly"
_GROUP_IN_A_NAMED_DOC_RE = re.compile(rf"\b[a-z]{{3,}}s\s+in\s+{_A_NAMED_DOC}(?:survey|study|poll)\b")
_CLAUSE_MARKS = ',;:()"“”'
# a title in quotes after a word of the phrase it is in: 'behind "One Piece"', 'and "Dragon Ball"'
_QUOTED_TITLE_END_RE = re.compile(r'(?<=[a-z] )["“][A-Z][^"“”,.;:!?]{0,40}["”]$')
_SUBORDINATE_RE = re.compile(
    r"\b(?:that|and|but|while|because|when|if|after|before|as|since|although|though|whereas|"
    r"until|so|where|once|unless)\s+", re.IGNORECASE)
# what makes an event verb a report: "released a survey", "announced that", "shared results",
# "announced it had"
_STATEMENT_AFTER_RE = re.compile(
    rf"\s+(?:that\b|:|(?:(?:a|an|the|its|their|new|annual|latest|first|\w+ly)\s+){{0,3}}(?:{_SOURCE_NOUN_ALT})\b"
    # ("Vantora AI announced it has surpassed …": a clause of its own follows, "that" left out)
    rf"|(?:it|they|we|he|she)\s+(?:has|have|had|will|would|is|are|was|were|plans|expects|can|could)\b)",
    re.IGNORECASE)
# what may follow a reporting verb that closes its sentence: "…, the union announced Wednesday."
# (whom it was told first: "…, Vice Chair Michael Burns told Reuters.")
_CLOSING_FRAME_RE = re.compile(r"(?:\s+(?:reporters|investors|analysts|(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}))?"
                               r"(?:\s+(?:on|in|at|this|last|late|early|earlier|today|yesterday)\b[\w ,]{0,40}?"
                               r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                               # (or before the figure's comparison only: "…, the report said, down from 48% two years earlier.")
                               r"(?:\s*[.!?\"”]*\s*$|,\s+(?:down|up)\s+from\b[^,;]*$"
                               # (or a phrase of when or why: "…, the union announced Monday, after two years of talks.")
                               r"|,\s+(?:after|following|amid|ahead\s+of)\s[^;]*$)")
_SPEAKS_AFTER_RE = re.compile(r"\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|"
                              r"say|says|said|found|find|finds)\b")
# "Hextar added 15 sen": "add" before an amount is a rise, not a remark
# ("adding about HK$15 billion to its market value": an amount added, a currency's letters before its sign too)
_WHEN_CLAUSE_BEFORE_RE = re.compile(r"\b(?:when|after|before|since|until|as|once|while)\s+[^,;]*$", re.IGNORECASE)
_FINITE_BEFORE_NAME_RE = re.compile(r"\b(?:would|will|could|can|may|might|should|is|are|was|were|has|have|had)\b",
                                    re.IGNORECASE)
_ADDED_AMOUNT_RE = re.compile(rf"\s+(?:an?\s+)?{AMOUNT_HEDGES}(?:[A-Z]{{1,3}})?[$€£¥₩₹]?\d")
# "Growth has been forecast to slow", "Netflix is expected to add": the subject is what is
# forecast; who forecasts it comes after "by", if anywhere
# "told" right before a clause, with nobody it was told to: a headline's passive ("MPs told AI could cut …",
# "Staff told that 200 jobs will go"); "told Reuters the studio would" has its hearer first
TOLD_CLAUSE_AFTER_RE = re.compile(r"\s+(?:that\b|[\w'’-]+\s+(?:could|would|will|may|might|must|should|can)\b)")
_PASSIVE_BEFORE_RE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|am)|['’](?:m|s|re))\s+(?:\w+ly\s+)?$",
                                re.IGNORECASE)
_AGENT_AFTER_RE = re.compile(r"\s+by\s+(?P<np>[^,;:.()\"“”]{2,80})")
# what a body does to data of its own, said of it in a relative clause: "About 17% of the campaigns it tracked used …"
_OWN_DATA_VERBS = frozenset(_SURVEYED_WORDS | {"tracked", "analysed", "analyzed", "studied", "examined", "reviewed",
                                               "counted", "monitored", "measured", "sampled"})
# a sentence opening on a share of what the sentence before counted: "Around a third of them came from …", "About 60
# percent came from games"
SHARE_OF_BEFORE_OPENS_RE = re.compile(r"\s*(?:(?:about|around|roughly|nearly|almost|some|just|more\s+than|over)\s+)?"
                                     r"(?:(?:a|one|two|three|four)\s+)?(?:half|thirds?|quarters?|fifths?|tenths?|"
                                     r"\d[\d.,]*\s*(?:%|percent|per\s+cent))\s+(?:of\s+(?:them|those|these)\b|"
                                     # (or of the amount before, its verb right after it: "About 60 percent came from
                                     # games")
                                     r"(?:came|comes|come|went|goes|go)\s+(?:from|to)\b)", re.IGNORECASE)
_PERSON_SUBJECT_RE = re.compile(r"(?:^|[,;:\"“]\s*)(?:I|He|She|We)\s+[a-z]"
                                r"|^\s*(?:It|They)\s+(?:\w+\s+)?(?:also\s+)?(?:" + _VERB_ALT + r")\b"
                                r"|\b[Ii]n\s+(?:his|her|their|its)\s+(?:view|opinion|words|estimate)\b")
_OWN_DATA_RE = re.compile(r"\b[a-z]{3,}s\s+(?:that\s+)?(?P<pronoun>it|they)\s+(?:has\s+|had\s+|have\s+)?"
                          rf"(?:{'|'.join(sorted(_OWN_DATA_VERBS))})\b")
# the words without which _PERSON_SUBJECT_RE cannot match: looked up before it runs
_PERSON_WORDS = frozenset({"i", "he", "she", "we", "it", "they", "view", "opinion", "words", "estimate"})
_CUE_WORDS = SPEECH_VERBS | SOURCE_NOUNS | _OWN_DATA_VERBS | {"according", "cited", "per", "i", "he", "she", "we",
                                             "them", "came", "comes", "went", "goes",  # (SHARE_OF_BEFORE_OPENS_RE)
                                             "view", "opinion", "words", "estimate",
                                             "target", "rating",  # (an analyst's own call: _OWN_CALL_RE)
                                             "count", "tally", "reckoning", "calculation", "calculations"  # (_BY_OWN_COUNT_RE)
                                             } | STANCE_ADJECTIVES  # (_STANCE_RE)
_CUE_RE = re.compile(rf"\b(?:{trie_pattern(_CUE_WORDS)})\b")
# a document named in capitals: "the State of the Game Industry Survey", "Q3 Earnings Report"
# a sentence whose subject is somebody's document: "Netflix's estimate, shared with investors, is that …"
_NAME_POSSESSING = r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+"  # "Netflix's", "Omdia's"
_OWNED_DOCUMENT_RE = re.compile(rf"\s*{_NAME_POSSESSING}(?:[\w-]+\s+){{0,2}}?(?:{_SOURCE_NOUN_ALT})\b")
# (a "Note" in capitals is a product's name, "Galaxy Note 20", not an analysts' note)
_NAMED_DOC_RE = re.compile(rf"[A-Z][\w&'’-]*\s+(?:{trie_pattern((w.title() for w in SOURCE_NOUNS - {'note'}), ' ')})\b")
_REPORTED_RE = re.compile(r"\b(?:" + _VERB_ALT + r")\s+that\b", re.IGNORECASE)
_HEDGED_RE = re.compile(r"\b(?:if|may|might|could|would)\b", re.IGNORECASE)


def is_a_people(words: str) -> bool:
    """A people by its name ("Indians", "Britons"): a group of persons, no name of anybody's."""
    return re.fullmatch(rf"(?:{DEMONYM_RE.pattern})s", words) is not None or words in PEOPLES_BY_NATION


_COMPASS_DEMONYM_RE = re.compile(r"(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central)(?:ern)?\s+"
                                 r"[A-Z][a-z]+(?:an|ian|ese|ish|ch|i|ine)")


def nationality_of(name: str, text: str, end: int) -> bool:
    """Whether `name`, ending at text[end], is a nationality describing the word after it ("the
    French publisher", "Japanese studio Toho"): no source and no owner."""
    # (nationalities listed before one noun are each one: "Polish, Czech and Hungarian dubs")
    demonym = all(DEMONYM_RE.fullmatch(p) or _COMPASS_DEMONYM_RE.fullmatch(p) for p in _LIST_SPLIT_RE.split(name)) \
        if "," in name or " and " in name or " or " in name else bool(DEMONYM_RE.fullmatch(name) or _COMPASS_DEMONYM_RE.fullmatch(name)
                                                                      or _ENDS_IN_DEMONYM_RE.search(name))
    if demonym and _LISTED_DEMONYM_AFTER_RE.match(text, end):
        return True
    if not demonym or re.match(r"\s+[a-z]", text[end:end + 3]) is None:
        return False  # (a region's too: "South Indian films")
    # "Citi raised its target", "Morgan said": a name ending like a nationality, before its verb
    after = re.match(r"\s+([a-z]+)", text[end:end + 30]).group(1)
    return after not in SPEECH_VERBS and after not in SPEAKER_FILLERS \
        and not _PAST_WITH_OBJECT_RE.match(text, end)
_LIST_SPLIT_RE = re.compile(r",\s*|\s+(?:and|or)\s+")
# (a run that ends in one, opening its sentence: "Major South Korean broadcasters plan …")
_ENDS_IN_DEMONYM_RE = re.compile(rf"^[A-Z][a-z]+\s+(?:{_COMPASS_DEMONYM_RE.pattern}|{DEMONYM_RE.pattern})$")
_LISTED_DEMONYM_AFTER_RE = re.compile(rf"(?:,\s*|\s+(?:and|or)\s+)(?:{DEMONYM_RE.pattern})\b")
# a verb in the past with its object: "raised their target", "cut its forecast", "upgraded the stock"
_PAST_WITH_OBJECT_RE = re.compile(r"\s+(?:[a-z]{2,}ed|cut|set|put)\s+(?:the|its|their|his|her|a|an|to|that|by|[$€£¥]|\d)\b")
# the word before a verb that makes it a noun: "the show", "a forecast", "the Argentine show"
_NOUN_BEFORE_RE = re.compile(rf"(?:\b(?:the|a|an|this|that|its|their|his|her|our|every)|\b[A-Z][a-z]+(?:an|ian|ese|ish|i)"
                             rf"|\b(?:{'|'.join(IRREGULAR_DEMONYMS)}))\s+$")
# a document's noun after a name, not the name's verb: "the Harbor Research poll"; not "EY estimates
# that", "a market Grand View Research estimates will reach"
# a line of a list: a bullet, or a short label and its colon ("Jobs: 17,200 people work in UK animation")
# a heading's document, by whose it is: "Highlights of Omdia's 2025 animation market report"
_HEADING_DOCUMENT_RE = re.compile(rf"\b{_NAME_POSSESSING}(?:[\w-]+\s+){{0,4}}?(?:{_SOURCE_NOUN_ALT})\b")
# a line followed by bulleted or numbered lines heads them
_HEADS_BULLETS_RE = re.compile(rf"[ \t]*\n\s*(?:[{re.escape(BULLET_CHARS)}]\s|\d{{1,2}}[.)]\s)")
_LIST_LINE_RE = re.compile(rf"[ \t]*(?:[{re.escape(BULLET_CHARS)}]\s|\d{{1,2}}[.)]\s|[A-Z][\w &'’/-]{{0,30}}:\s)")
# a document's verb and what follows it, past its maker: "(data from the culture ministry) showed Monday"
_STATING_TAIL_RE = re.compile(r"\s+(?:showed|shows|show|said|says|found|finds|revealed|reveals|indicated|indicates|"
                              r"estimated|estimates|suggested|suggests)\b.*$", re.DOTALL)
_CLOSING_VERB_RE = re.compile(r"\s+(?:estimates|reports|forecasts|projects|predicts|finds|shows|says|calculates)\s*[.!]?[\"”’']?\s*$")
_DOC_AFTER_RE = re.compile(rf"\s+(?:{_SOURCE_NOUN_ALT})\b(?!\s+(?:that|will|would|could|may|might|can|should|"
                           rf"the|a|an|its|their|this|these|global|total)\b)",  # ("… estimate the creator economy")
                           re.IGNORECASE)
# (not a ticker: "Publicis (PUBP.PA)", "WPP (WPP.L)")
_PAREN_ACRONYM_RE = re.compile(r"\s*\((?P<a>(?![A-Z]+\.[A-Z]{1,2}\))[A-Z][A-Z&.+-]{1,9})\)")
REGISTER_LIFETIME = 4  # sentences a source keeps speaking for pronouns in its paragraph
ANAPHOR_LIFETIME = 12  # sentences "the report", "the bank" can reach back across paragraphs


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str | None  # the name the sentence itself gives its statement
    continues: bool  # spoken through a pronoun, a definite description or respondents
    anaphor: bool = False  # through a definite description ("the report"): reaches past paragraphs
    respondents: bool = False  # through a share of respondents ("38% said"): continues only a survey
    at: int = 0  # where the speaking phrase stands in the sentence
    refers: str | None = None  # what the pronoun or description stands for: person, document or thing
    document: bool = False  # the name is an author of a document the sentence names ("a report by EY")
    head: str | None = None  # the noun of a description that stands for an organisation ("union")
    unnamed: bool = False  # said by somebody described, not named ("one compositor in London said")


NO_ATTRIBUTION = Attribution(None, False)

_CREDITED_NAME_RE = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")  # (capitalised words only: not "(company data)")
# a list item that ends by crediting its source in brackets: "- 75%: share of executives who … (CVL Economics)"
_ITEM_CREDIT_RE = re.compile(rf"\s*(?:[{BULLET_CHARS}]\s+|\d)[^\n]*\((?P<np>[A-Z][^()\n]{{1,60}})\)\.?")
# a headline's credit before a colon at its start: "PwC: entertainment and media revenue to reach $3.5 trillion"
# (whose claim of what is to come follows: not a section's label, "Sundance: Netflix pays $17m")
# a forecast's headline, its source before a colon: "Omdia: generative AI video market to reach $14.8 billion"
HEADLINE_LEAD_CREDIT_RE = re.compile(r"\s*(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}):\s+[^:]{3,80}?"
                                      r"\s(?:to|will|could|may|set\s+to)\s+[a-z]+\b")
_OBJECT_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:on|to|for|at|with|from|into|against|over|toward|towards|by)\s+$")
_AGENT_BEFORE_RE = re.compile(r"\b[a-z]{3,}(?:ed|en)\s+by\s+$")
_THE_SURVEY_OPENS_RE = re.compile(r"\s*(?:The|That|This|Its)\s+(?:report|survey|study|poll|research|findings)\b")
_RELATIVE_ASIDE_RE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
# a headline (no full stop) crediting its source after a colon: "…as AI reshapes creative work: WARC"
# (or a wire's, after a spaced hyphen: "Paramount to cut 3% of US staff -WSJ")
_HEADLINE_CREDIT_RE = re.compile(r"(?:\S:\s+|\S\s-)(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
                                 r"(?:\s+(?P<doc>report|survey|study|data|analysis|research|poll|estimates?|forecasts?))?\s*$")


# "a/an <Name> <description>": a person described by a name ("A Hollywood visual effects supervisor")
_DESCRIBED_RE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+(?P<name>[A-Z][\w&.'’+-]*(?:\s+[A-Z][\w&.'’+-]*){0,2})\s+"
                           r"(?P<desc>(?:[a-z][\w-]*\s+){0,4}(?P<head>[a-z][\w-]*))")
# a document named in brackets at a sentence's end: "… this year (HubSpot State of Marketing report)."
_CITED_AFTER_RE = re.compile(rf"\((?P<np>[^()]{{3,80}}\b(?:{_SOURCE_NOUN_ALT}))\)\s*[.!?]?\s*$", re.IGNORECASE)
# "the union", "the guild last year": a description, with the time its phrase may carry
_DEFINITE_ORGANISATION_RE = re.compile(r"the\s+([a-z]+)(?:\s+(?:last|this|earlier\s+this)\s+(?:year|month|week|quarter)|"
                                       r"\s+in\s+(?:19|20)\d{2})?", re.IGNORECASE)


# a role between an organisation and a person: "WGA West president Meredith Stiehm", "Pixar story
# artist Dana Whitfield", "Netflix veteran Ann Lee" (the person speaks)
_ROLE_BETWEEN_RE = re.compile(r"\b(?:ceo|chief|head|president|founder|chair|veteran|executive|official|spokes\w+|"
                              # (a role by its ending, no preposition: "a poll by Morning Consult for the Hollywood Reporter")
                              r"(?!(?:after|over|under|other|either|neither|later|never|ever|before)\b)[a-z]{2,}(?:er|or|ist|ian)s?)\b",
                              re.IGNORECASE)
_TOLD_OUTLET_RE = re.compile(r"\btold\s+(?:the\s+)?(?P<np>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
                             r"(?:\s+\([A-Z]{2,8}\))?)")
# tellers nobody names, a plural right before "told", and a body that asked them: "…, translators told the Audiovisual
# Translators Europe (AVTE) federation, which surveyed 1,700 members" (not "prosecutors told Leeds Crown Court", "film
# insiders told the Global Times": whom they spoke to, no author)
_PLURAL_TELLERS_BEFORE_RE = re.compile(r"(?:^|[,;:]\s+|[\"”]\s*)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+$")
_WHICH_SURVEYED_RE = re.compile(rf"(?:\s+[a-z]+)?,\s+which\s+(?:{_SURVEYED_ALT})\b")
_CLOSE_TO_RE = re.compile(r"\b(?:close\s+to|familiar\s+with|briefed\s+on|knowledgeable\s+about|"
                          r"(?:with\s+)?(?:direct\s+)?knowledge\s+of)\b", re.IGNORECASE)  # ("a person with knowledge of")
# "by" that describes, not who wrote it: "analysts led by X" speak for their firm (but "a memo seen
# by Reuters" is cited by Reuters, the source a reader can follow)
# a "by" that names no author of what the phrase reports: "analysts led by X" (the firm's), "an internal memo seen
# by Reuters" (who reports it saw it, not who wrote it)
_DESCRIBING_BY_RE = re.compile(r"\b(?:led|headed|founded|backed|owned|run|chaired|seen|reviewed|obtained|viewed|verified)"
                               r"\s+by\b", re.IGNORECASE)
_EXCHANGE_AFTER_RE = re.compile(r"\s+(?:stock\s+)?(?:exchanges?|bourse)\b", re.IGNORECASE)


# a country's public body, named by its nationality: "the Nigerian government", "the French culture ministry"
_PUBLIC_BODIES = (r"(?:[a-z]+\s+)?(?:government|ministry|regulator|central\s+bank|parliament|"
                  r"authorities|statistics\s+(?:office|bureau|agency)|cabinet|treasury|film\s+board)")
_PUBLIC_BODY_RE = re.compile(rf"(?:the\s+)?(?P<adj>(?-i:[A-Z])[a-z]+(?:an|ian|ese|ish|i|ch))\s+(?P<body>{_PUBLIC_BODIES})",
                             re.IGNORECASE)
# ... or by the country's possessive: "South Korea's culture ministry said" (the caller checks the place)
_PLACE_BODY_RE = re.compile(rf"(?P<place>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){{0,2}})['’]s\s+(?P<body>{_PUBLIC_BODIES})",
                            re.IGNORECASE)


# where or under what, not who: "in federal court in Los Angeles", "filed with the state under the WARN Act"
_IN_BEFORE_RE = re.compile(r"\b(?:[Ii]n|[Uu]nder)\s+(?:the\s+)?$")
_IN_A_BEFORE_RE = re.compile(r"\b[Ii]n\s+an?\s+$")


PLACE_DESCRIBES_RE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}?(?:largest|biggest|leading|top|second-largest|"
                                 r"third-largest|oldest|main|only|first|[a-z-]+est)\b")
_FILED_WITH_BEFORE_RE = re.compile(r"\b(?:filings?|filed|submitted|submissions?|lodged)\s+(?:with|to)\s+(?:the\s+)?$",
                                   re.IGNORECASE)




# the places a list names after "in", up to a name of it: "in Japan, Korea, " (where, no owner: etl.owners); after
# "across" or "throughout" too, where a survey's respondents are, no author of it
_PLACE_LIST_BEFORE = (r"\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?){0,6}"
                      r"(?:[a-z]+\s+){0,2}$")  # ("in Japan, Korea and the ")
IN_PLACE_LIST_BEFORE_RE = re.compile(rf"\bin{_PLACE_LIST_BEFORE}")
_ACROSS_PLACE_LIST_BEFORE_RE = re.compile(rf"\b(?:in|across|throughout){_PLACE_LIST_BEFORE}")


def all_places(name: str) -> bool:
    """Whether a name is places only, one or several ("China and Malaysia", "Hong Kong")."""
    return all(part.lower() in PLACES for part in re.split(r",\s+|\s+and\s+", name))


def _named_in(np: str, names: ArticleNames, offset_text: str | None = None) -> str | None:
    """The source a noun phrase names: after its last "by"/"from" when it has one; a name
    followed by a document noun keeps it ("a WGA summary" -> "WGA summary"); an acronym in
    brackets right after the name is kept ("Interactive Advertising Bureau (IAB)")."""
    unsponsored = _SPONSOR_RE.sub("", np)
    if unsponsored != np and names.find(unsponsored):
        np = unsponsored  # "an IDC survey sponsored by Sony": its author; with none named, who commissioned it
    if _CLOSE_TO_RE.search(np):
        return None  # "a person close to WME said": somebody unnamed, not WME
    describing = _DESCRIBING_BY_RE.search(np)
    if describing:
        np = np[:describing.start()].rstrip()  # "analysts led by X": the firm's
    for sep in (" by ", " from "):
        if sep in np:
            tail = np.rsplit(sep, 1)[1]
            found = _named_in(tail, names, offset_text)
            if found:
                return found
    place_body = _PLACE_BODY_RE.fullmatch(np.strip()) if "'" in np or "’" in np else None
    if place_body and place_body.group("place").lower() in PLACES:
        return f"{place_body.group('place')}'s {' '.join(place_body.group('body').split())}"
    hits = [h for h in names.find(np) if not nationality_of(h[2], np, h[1])
            and not is_a_people(h[2])  # ("42% of Americans aged 18 to 29 said": those asked, no speaker)
            and not _EXCHANGE_AFTER_RE.match(np, h[1])  # "a filing with the Hong Kong stock exchange": a place
            # "the complaint filed in federal court in Los Angeles": where, not who
            and not _IN_BEFORE_RE.search(np, max(0, h[0] - 10), h[0])
            # ("a filing in a Delaware court": where; not "in a Morning Consult poll", a document by its maker)
            and not (_IN_A_BEFORE_RE.search(np, max(0, h[0] - 6), h[0])
                     and not ((after := _COMMON_NOUN_AFTER_RE.match(np, h[1])) and after.group(1) in SOURCE_NOUNS))
            # "a filing with the Securities and Exchange Commission": where it was filed, not who wrote it
            and not _FILED_WITH_BEFORE_RE.search(np, max(0, h[0] - 24), h[0])
            # "China's largest video platform": a place's possessive describing a thing, nobody who speaks
            and not (h[2].lower() in PLACES and PLACE_DESCRIBES_RE.match(np, h[1]))
            # "a department head at a London facility": a name describing something unnamed
            and not (_INDEFINITE_DESCRIBED_BEFORE_RE.search(np, max(0, h[0] - 40), h[0])
                     and (after := _COMMON_NOUN_AFTER_RE.match(np, h[1]))
                     and (after.group(1) not in SOURCE_NOUNS | ROLE_NOUNS | TITLE_WORDS | _SPOKESPEOPLE
                          # ("A mid-sized Tokyo studio says": a place describing a body it does not name)
                          or h[2].lower() in PLACES and after.group(1) in UNNAMED_BODY_NOUNS
                          and not _COMMON_NOUN_AFTER_RE.match(np, after.end())))]
    if not hits and offset_text and "," in offset_text[len(np.rstrip()):len(np.rstrip()) + 2]:
        # a name listed past the comma the phrase was cut at, found in no part of its own ("according to
        # outplacement firm Challenger, Gray & Christmas")
        hits = [h for h in names.find(offset_text, 0, len(np) + 60) if h[0] < len(np.rstrip()) < h[1]][:1]
    if not hits:
        public = _PUBLIC_BODY_RE.fullmatch(np.strip())
        if public:  # "according to the Nigerian government": a country's public body is a source
            return f"{public.group('adj')} {' '.join(public.group('body').split())}"
        described = _DEFINITE_ORGANISATION_RE.fullmatch(np.strip())
        if described and (described.group(1).lower() in ORGANISATION_WORDS or described.group(1)[:1].isupper()):
            # "a survey … by the union": the VFX Union; "the Commission estimates": the one name
            # of the article that ends in it, the European Commission
            return names.described_as(described.group(1).lower())
        return None  # "the French publisher said": an adjective of nationality, not a name
    start, end, name = hits[0]
    # ("Universal Music, Sony Music and Warner Records are seeking": the names the subject lists)
    end = listed_names_end(np, hits)
    name = np[start:end]
    at = offset_text.find(name) if offset_text else -1
    if at >= 0:  # a name whose words list past a comma the phrase was cut at: "the Department for Culture, Media and Sport"
        longer = [h[2].rstrip(".") for h in names.find(offset_text, at, at + len(name) + 60)
                  if h[0] == at and h[2].startswith(name + ",")]
        name = longer[0] if longer else name
    doc = _DOC_AFTER_RE.match(np, end)
    if doc and doc.group().strip().lower() != name.split()[-1].lower():
        name += doc.group()
    else:
        between = np[end:hits[-1][0]] if len(hits) > 1 else ""
        # (not a document's title after its maker's: "Nielsen's monthly report The Gauge" is Nielsen's)
        if between and re.fullmatch(r"[\s\w'’-]{0,40}", between) and not re.search(r"\band\b", between) and (
                set(between.lower().split()) & ROLE_NOUNS or _ROLE_BETWEEN_RE.search(between)) \
                and not set(between.lower().split()) & SOURCE_NOUNS:
            # "WGA West president Meredith Stiehm": the person, the last name of the phrase
            name = hits[-1][2]
            end = hits[-1][1]
    paren = _PAREN_ACRONYM_RE.match(offset_text or np, (offset_text or np).find(name) + len(name)) if (
        offset_text or np).find(name) >= 0 else None
    if paren:
        name += f" ({paren.group('a')})"
    return name


INDEFINITE_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+$")
# ... past its adjectives: "A mid-sized Tokyo studio says"
_INDEFINITE_DESCRIBED_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}$")
INDEFINITE_OPENING_RE = re.compile(r"\s*(?:An?|One)\s")  # a sentence whose subject is introduced unnamed
# (no relative pronoun: "a producer at a Seoul studio who asked not to be named" is at a studio Seoul describes)
_COMMON_NOUN_AFTER_RE = re.compile(r"\s+(?!(?:who|which|that|whose)\b)([a-z][\w-]*)\b(?<!\bsaid)(?<!\bsays)")
# a name before a description of a business is that business's place or kind, no name of it: "A Bristol
# animation studio has doubled its workforce", "One Tokyo studio said", "Bristol animation studio doubles staff"
# (two trades joined: "A Los Angeles camera and lighting rental company")
DESCRIBES_UNNAMED_AFTER_RE = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}(?:and\s+(?:[a-z][\w-]*\s+){{1,2}})?"
                                        rf"(?:{'|'.join(sorted(UNNAMED_BODY_NOUNS | UNNAMED_PERSON_NOUNS))})\b")


def describes_unnamed(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] describes a business introduced without a name ("A Bristol
    animation studio"): an owner of nothing and a speaker for nobody."""
    return bool(_INDEFINITE_DESCRIBED_BEFORE_RE.search(text, max(0, start - 40), start)) \
        and DESCRIBES_UNNAMED_AFTER_RE.match(text, end) is not None


# a relative clause saying who estimates the figure of its antecedent: "the global box office, which Gower Street
# estimates at $38.5 billion" (etl.measure reads the antecedent as the measure)
WHICH_ESTIMATES_AT_RE = re.compile(rf",\s+which\s+(?P<who>(?!(?:was|were|is|are|has|have|had|been|it|they)\b)[^,;]{{1,40}}?)\s+(?:estimates?|estimated|puts?|values?|valued|"
                                   rf"forecasts?|projects?|expects?)\s+(?:at\s+|to\s+(?:reach|be|hit|top)\s+)?{AMOUNT_HEDGES}$")
# the word right after an aside, past an adverb: "Getty, whose shares fell 6.8%, (said)"
_WORD_AFTER_ASIDE_RE = re.compile(r"\s*(?:[a-z]+ly\s+)?([a-z]+)\b")
# a survey its author ran, named by a description: "a survey of 640 artists the firm ran", "a poll the union conducted"
_RAN_SURVEY = r"\b(?:survey|poll|study|questionnaire)\b[^,;.]{0,60}?\b(?:that\s+|which\s+)?"
_RAN = r"\s+(?:ran|runs|conducted|conducts|carried\s+out|commissioned|did)\b"
_SURVEY_RUN_BY_RE = re.compile(rf"{_RAN_SURVEY}the\s+(?P<head>[a-z]+){_RAN}")
# ... or by the one the sentence before named, as "it": "In a poll of 850 freelancers it ran in September"
_SURVEY_IT_RAN_RE = re.compile(rf"{_RAN_SURVEY}it{_RAN}")
# a preposition right after a word that may be a verb of saying, its noun phrase going on, and a lower-case modifier
# before it: "of senior notes (on Tuesday)" (a verb reports a clause: "notes that", "Newzoo forecast on Tuesday")
_PHRASE_GOES_ON_AFTER_RE = re.compile(r"\s+(?:on|in|at|due|of|for|worth|with|from)\s")
_POSSESSOR_OF_NOUN_RE = re.compile(r"\b(?:its|their|his|her|our)\s+(?:[\w-]+\s+){0,3}$")
# a relative clause with its own speaker, right before the figure: "which the union says employs about"
_RELATIVE_SPEAKER_BEFORE_RE = re.compile(rf"{RELATIVE_SPEAKER}\s+(?:[a-z]+\s+){{1,3}}?{AMOUNT_HEDGES}$")
# who is cited for the data a figure comes from ("Analysts polled by FactSet"), never whose shares "the stock" are
CITED_FOR_DATA = r"\b(?:according\s+to|polled\s+by|compiled\s+by|surveyed\s+by|data\s+from)\s+(?:data\s+from\s+)?"
_CITED_FOR_DATA_BEFORE_RE = re.compile(CITED_FOR_DATA + "$")
_DATA_FIRM_DESCRIBED_RE = re.compile(r"\s*the\s+(?:measurement|research|data|analytics|ratings|tracking|polling|"
                                     r"market[\s-]research)\s+(?:firm|company|group|provider|agency)\b", re.IGNORECASE)
_COMPOUND_MODIFIER_BEFORE_RE = re.compile(r"\b[\w]+-(?:[a-z]+ed|made|based|generated|driven|powered|funded|backed|led)\s+$")
_MODIFIER_BEFORE_RE = re.compile(r"\b(?!(?:it|they|he|she|we|analysts|experts|firm|company)\s)[a-z][a-z-]+\s+$")
# a reported clause opening right after a verb that is also a noun: "forecasts the film's …", "estimates that"
# what the verb "highlights" takes: a noun phrase or a clause ("highlights the risk", "highlights how"), where the
# noun has a preposition or another noun ("highlights in a deal", "highlights rights")
_HIGHLIGHTED_AFTER_RE = re.compile(r"\s+(?:that|the|its|their|this|these|those|a|an|how|why|what|growing|rising|[A-Z])")
_CLAUSE_OPENS_AFTER_RE = re.compile(r"\s+(?:that|the|its|their|this|these|a|an)\s")  # ("Maoyan project a total of")
_ASIDE_BEFORE_RE = re.compile(r"\s*\([^()\d]{1,30}\)\s*$")  # (an acronym, a ticker; not an amount)
_THE_DOCUMENT_RE = re.compile(rf"\bthe\s+(?:{'|'.join(sorted(n for n in SOURCE_NOUNS if not n.endswith('s')))})\b", re.IGNORECASE)
_LOWER_CASE_DESCRIPTION_END_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:[a-z][\w'’-]*\s+){0,6}[a-z][\w'’-]*$")


def _nps_before(sentence: str, verb_start: int):
    """Noun phrases that may be a speech verb's subject, nearest first: the words back to the
    clause start (auxiliaries dropped), then past an appositive ("Tyler Perry, 54, said") up
    to two comma-separated segments further back."""
    end = verb_start
    for hop in range(3):
        aside = _ASIDE_BEFORE_RE.search(sentence, max(0, end - 40), end)
        acronym = sentence[aside.start():aside.end()].strip().strip("()") if aside and hop == 0 else ""
        if is_acronym(acronym) and _LOWER_CASE_DESCRIPTION_END_RE.search(sentence, max(0, aside.start() - 80), aside.start()):
            yield acronym  # "The national federation of cinemas (FNCF) said": a body named in lower case, by its acronym
        if aside:
            # "Rival Publicis (PUBP.PA) said", "The Asociación Nacional de Actores (ANDA), the actors' union,
            # said": the name before its ticker or acronym in brackets
            end = aside.start()
        window_start = max(0, end - 120)
        if window_start and sentence[window_start - 1].isalnum():
            window_start = sentence.rfind(" ", 0, window_start) + 1  # (from a word's start: not "ersal Music Group")
        cut = _clause_mark_before(sentence, window_start, end)
        if cut > 0 and sentence[cut] == ",":
            # a comma inside a name that lists its words: "the Culture, Media and Sport Committee said"
            listed = next((a for a, b, _ in name_runs(sentence, max(0, cut - 40), end) if a < cut < b), None)
            if listed is not None:
                cut = _clause_mark_before(sentence, window_start, listed)
        while cut > 0 and sentence[cut] == ",":
            # a comma between names the subject lists: "Universal Music, Sony Music and Warner Records
            # are seeking": all of them, not the last two
            listing = next((a for a, b, _ in name_runs(sentence, max(window_start, cut - 60), cut)
                            if b == cut and _LIST_AFTER_RE.match(sentence, b)), None)
            if listing is None:
                break
            cut = _clause_mark_before(sentence, window_start, listing)
        words = sentence[max(cut + 1, window_start):end].split()
        while hop == 0 and words and words[-1].lower() in SPEAKER_FILLERS:
            words.pop()
        # past a comma, a segment in lower case is an appositive ("Shi Wenxue, a film
        # critic with the Beijing Film Festival, told"): its names are not the speaker
        # (so is "YouTube's director of partnerships" after "Maria Lopez,": a role held at a name)
        role_of = hop > 0 and len(words) > 1 and _POSSESSIVE_END_RE.search(words[0]) is not None \
            and words[1].lower() in ROLE_NOUNS | TITLE_WORDS and cut >= 0 and sentence[cut] == ","
        # (a place of one word or more: "China's", "South Korea's")
        owner_at = next((k for k, w in enumerate(words[:3]) if _POSSESSIVE_END_RE.search(w)), None)
        place = _POSSESSIVE_END_RE.sub("", " ".join(words[:owner_at + 1])) if owner_at is not None else ""
        # (closed by its own comma: "…, Germany's culture ministry said" is the speaker, no description)
        closed = sentence[end:end + 1] == "," or bool(words) and words[-1].endswith(",")
        if words and cut > 0 and sentence[cut] == "," and place[:1].isupper() and closed and (
                place.lower() in PLACES and PLACE_DESCRIBES_RE.match(" ".join(words), len(place))
                or owner_at == 0 and len(words) > 1 and all(w[:1].islower() for w in words[1:])):
            # "Bilibili, China's largest video platform for young people, said": a place's description of
            # the name before it, the speaker; so is a name's ("Kuaishou, Douyin's main rival, reported")
            end = cut
            continue
        # (a name with its article is no lower-case description: "The trade group, the Georgia Screen Coalition, said")
        named_segment = len(words) > 1 and words[0] == "the" and words[1][:1].isupper()
        if (hop == 0 or not words or not words[0][:1].islower() or named_segment) and not role_of:
            yield " ".join(words)
        elif words[0].lower() in ("which", "who"):
            # a relative clause between commas is one too, however many commas it has ("The
            # guild, which represents 5,000 artists, writers and technicians, said"): its subject
            # is the segment before it
            relative = sentence.rfind(words[0], max(cut + 1, window_start), end)
            cut = _clause_mark_before(sentence, max(0, relative - 120), relative)
            if cut >= 0 and sentence[cut] == ",":
                aside = _ASIDE_BEFORE_RE.search(sentence, max(0, cut - 40), cut)
                if aside:  # "The Recording Industry Association of America (RIAA), which …, said": the name before its acronym
                    cut = aside.start()
                opens = _clause_mark_before(sentence, max(0, cut - 120), cut) + 1
                # (past a comma inside a name that lists its words: "The Department of Trade, Industry and
                # Competition (DTIC), which runs the rebate, said")
                listed = next((a for a, b, _ in name_runs(sentence, max(0, opens - 60), cut) if a < opens - 1 < b), None) \
                    if opens > 0 and sentence[opens - 1] == "," else None
                before = sentence[listed if listed is not None else opens:cut].split()
                if before and not before[0][:1].islower():
                    yield " ".join(before)
            return
        if cut < 0 or sentence[cut] != "," or hop == 0 and words:
            # an appositive sits between commas ("Shi Wenxue, a critic, said"); words running
            # up to the verb are its subject ("…for CP, the regulator said"), and what stands
            # before their comma is what was said
            return
        end = cut


def _clause_mark_before(sentence: str, start: int, end: int) -> int:
    """The last clause mark in sentence[start:end], or -1; the comma of "1,300" is none, nor are the
    quotation marks of a title ('the studio behind "One Piece", said')."""
    while True:
        cut = max(sentence.rfind(c, start, end) for c in _CLAUSE_MARKS)
        title = _QUOTED_TITLE_END_RE.search(sentence, max(0, cut - 60), cut + 1) if cut > 0 and sentence[cut] in '"”' else None
        if title:
            end = title.start()
            continue
        if cut <= 0 or sentence[cut] != "," or not (sentence[cut - 1].isdigit() and sentence[cut + 1:cut + 2].isdigit()):
            return cut
        end = cut


def _after_subordinator(np: str, names: ArticleNames) -> str:
    """The words of a speaker phrase after its last subordinating word ("that", "and", "while" …),
    unless that word is inside a name ("the … Federation of Television and Radio Artists")."""
    cuts = list(_SUBORDINATE_RE.finditer(np))
    if not cuts:
        return np
    described = _DOCUMENT_WITH_PP_RE.match(np)
    if described:
        # "The survey of 225 senior buyers at brands and agencies": the nouns of its phrase joined, no clause
        cuts = [c for c in cuts if c.start() < described.end("head") or not c.group().lower().startswith("and")]
        if not cuts:
            return np
    # (an organisation's name, with an organisation word before its "and"; not "John Howell and Tom Rothel")
    spans = [(a, b) for a, b, _ in names.find(np)] if any(c.group().lower().startswith("and") for c in cuts) else []
    for cut in reversed(cuts):
        if not any(a < cut.start() < b and (ORGANISATION_WORDS & set(np[a:cut.start()].lower().split())
                                            or _two_people(np[a:cut.start()], np[cut.end():b])
                                            # ("Quebec Film and Television Council": one body, its head after the
                                            # "and", its first part no name on its own)
                                            or np[a:b].split()[-1].lower() in ORGANISATION_WORDS
                                            and not names.runs.get(np[a:cut.start()].strip()))
                   for a, b in spans):
            return np[cut.end():]
    return np


def _two_people(first: str, second: str) -> bool:
    """"Anna Lee and Tom Park said": two people who speak together, one name each side of "and"."""
    return source_kind(first.strip()) == "person" and source_kind(second.strip()) == "person"


# a document described by its phrase: "The survey of 225 senior buyers at brands and agencies"
_DOCUMENT_WITH_PP_RE = re.compile(rf"(?:[Tt]he|[Tt]his|[Ii]ts|[Aa])\s+(?:[\w-]+\s+)?(?P<head>{_SOURCE_NOUN_ALT})\s+(?:of|among|by)\b")
# a sentence opening on something introduced without a name: "A mid-sized game studio in Poland replaced"
# (not one named right after its description: "A studio, Lumen, said"; the name check is the caller's)
_UNNAMED_SUBJECT_RE = re.compile(rf"(?:A|An)\s+(?:[\w-]+\s+){{0,4}}?(?P<head>{'|'.join(sorted(BUSINESS_DESCRIPTIONS | OWN_WORDS_NOUNS))})"
                                 r"(?:\s+(?:in|from|based\s+in)\s+[A-Z][\w-]*)?\s+(?!(?:called|named)\b)[a-z]+(?:ed|s)\b")
# ... or the object of a verb, never named: "fined a video streaming platform €250 million" (not an appositive of a
# name: "Netflix, a streaming platform, said"; nor what a name is: "Lumen is a start-up")
_INDEFINITE_BEFORE_HEAD = r"(?<![,\w])(?<!\bis\s)(?<!\bwas\s)(?<!\bas\s)(?<=[a-z]\s)(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?"
# a document its sentence's speaker made: "said in its annual Drama Report"
_OWN_DOCUMENT_BEFORE_RE = re.compile(r"\b(?:in|from)\s+(?:its|their)\s+(?:[a-z][\w-]*\s+){0,2}$")
# a maker described by what it made: "the studio behind One Piece", "the company behind ChatGPT"
# a maker described by what it made: "The studio behind One Piece expects …" (etl.measure too)
MAKER_DESCRIBED_RE = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+behind\s")
_TIME_OPENERS = {"today", "now", "currently", "meanwhile", "still", "also", "yesterday", "later", "then", "already"}


def _head_words(np: str) -> list[str]:
    """The words of a speaker phrase, lower case, up to its head: "the survey of 4,600
    members" -> the, survey; past an opening time word ("Today the studio")."""
    words = [w.strip("\"“”'‘’,").lower() for w in np.split()]
    while len(words) > 1 and words[0] in _TIME_OPENERS:
        words = words[1:]
    if words[:1] and words[0] in ("the", "this", "that", "these", "its", "their"):
        # (up to the phrase after its head: "the survey of 4,600 members", "the studio behind One Piece")
        cut = next((k for k, w in enumerate(words[1:], 1) if w in ("of", "behind")), None)
        words = words[:cut] if cut else words
    return words


# a document an organisation made of its own people: "a survey of its members", "a poll of their staff"
_ITS_DOCUMENT_RE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:survey|poll|study|census)\s+(?:of|among)\s+(?:its|their)\s+\w+$")


_DESCRIBED_DOCUMENT_RE = re.compile(
    rf"(?:[Aa]n?|[Tt]he)\s+(?:{'|'.join(sorted(SOURCE_ANAPHORS - SOURCE_NOUNS))})\s+"
    rf"(?:{'|'.join(sorted(SOURCE_NOUNS))})\b(?:\s+(?:last|this)\s+(?:year|month|week))?$")
_SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman", "representative", "official"}
_DESCRIBED_SPOKESPERSON_RE = re.compile(
    rf"(?:[Aa]n?|[Tt]he)\s+(?:(?:{'|'.join(sorted(BUSINESS_DESCRIPTIONS))})\s+)?(?:spokes(?:person|man|woman)|representative|official)")
_BASED_WORD_RE = re.compile(r"-(?:based|headquartered)$")


# an organisation a headline names by its description alone: "…, company says", "Union warns"
# (not people unnamed: "analysts say", "Researchers say")
BARE_DESCRIPTIONS = SOURCE_ANAPHORS - SOURCE_NOUNS - UNNAMED_SPEAKERS - {"researchers", "authors", "analyst", "team"}


# a number right before a name: the name modifies what is counted ("10 million Shorts views", "A cluster of 20,000
# Nvidia H100 chips"); a year is no count ("In 2024 Netflix spent") (etl.owners too)
COUNT_BEFORE_NAME_RE = re.compile(r"(?:(?<![\w.,-])\d{1,3}(?:,\d{3})+|(?<![\w.,-])\d{1,3}|(?<![\w.,-])\d+\.\d+|"
                                  r"\b(?:million|billion|thousand|hundred))\s+$")
# who wrote a study: "the authors wrote" is the study's, never a company the sentence before was about ("… on a
# single Nvidia H100 graphics card. Training took roughly 4,000 GPU-days, the authors wrote")
_AUTHORS = {"authors", "researchers"}


# what stands for a body named before, whose document a possessive may name: "the company's engagement
# report", "the union's figures" (not a document's own: "the report's findings")
_BODY_ANAPHORS = frozenset(SOURCE_ANAPHORS - SOURCE_NOUNS)
# ... those that are no business ("the union", "the league", "the regulator"): what a recent sentence named with
# them stands for (SourceRegister._described_recently); "the company" has rules of its own
_BODY_WORDS = _BODY_ANAPHORS - BUSINESS_DESCRIPTIONS
# a body's data named by the body's noun before it: "ministry data", "the agency's figures"
_BODY_DATA_RE = re.compile(r"(?:the\s+)?([a-z]+)(?:['’]s?)?\s+(?:data|figures|statistics|estimates|numbers)", re.IGNORECASE)


# who work for a body and speak for it after its possessive: its staff, its officers ("the company's chief executive")
_BODY_PEOPLE = BODY_STAFF_NOUNS | (ROLE_NOUNS | TITLE_WORDS) - SOURCE_ANAPHORS


def _possessor(words: list[str]) -> str | None:
    """The body a noun phrase's possessive names, its determiner first: "the union's figures" -> "union"."""
    if len(words) > 2 and words[1].endswith(("'s", "’s", "'", "’")):
        return re.sub(r"['’]s?$", "", words[1])
    return None


# a description that goes on with what was reported before: "The regulator also found", "The union further said"
_ALSO_AFTER_ANAPHOR_RE = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?:[\w'’-]+\s+){0,2}?[a-z]+\s+(?:also|further)\b")


# a noun with an object relative clause whose subject is a pronoun: "a number it", "a figure he"
_OBJECT_RELATIVE_PRONOUN_RE = re.compile(r"^(?:a|an|the)\s+[a-z][\w-]*\s+(?P<pronoun>it|he|she)\s*$", re.IGNORECASE)


def refers_to(np: str) -> str | None:
    """What a continuing speaker phrase stands for: "he" a person; "it", "the company" a thing
    (an organisation or a document); "the report" a document."""
    words = _head_words(np)
    if not words:
        return None
    if words[0] in ("he", "she", "his", "her", "i", "we"):
        return "person"
    if words[0] in ("it", "its"):
        return "thing"
    if words[0] in ("the", "its", "their") and _possessor(words) in _BODY_ANAPHORS and (
            words[-1] in SOURCE_NOUNS or words[-1] in ("card", "cards", "tally", "count", "records", "accounts")):
        # "according to the company's engagement report": the company's own document, whoever it is (not
        # "the company's agency partners": somebody else)
        return "organisation"
    if words[0] == "the" and _possessor(words) in _BODY_ANAPHORS and words[-1] in _BODY_PEOPLE:
        return "organisation"  # "The union's economists estimate", "The company's chief executive said": its own
    if (words[0] in ("the", "this", "that", "these", "its", "their") or _BASED_WORD_RE.search(words[0])
            or len(words) == 1 and words[0] in BARE_DESCRIPTIONS) and words[-1] in SOURCE_ANAPHORS:
        # "the company" is an organisation, never the data a sentence before cited
        return "document" if words[-1] in SOURCE_NOUNS else "organisation"
    if words[0] in ("the", "this", "that", "these", "those") and words[-1] in SOURCE_NOUNS:
        return "document"  # "the state's own figures show": documents, never the person quoted before
    if _ITS_DOCUMENT_RE.match(np.strip()) or _DESCRIBED_SPOKESPERSON_RE.fullmatch(np.strip()) \
            or _DESCRIBED_DOCUMENT_RE.match(np.strip()) or _plural_description(words):
        return "organisation"
    return None


# "the union ANAD", "the actors' union ANAD", "the broadcasting union Bectu": a name's description
# (or without an article, a trade before a name: "according to estimates by media research firm MoffettNathanson")
_DESCRIPTION_BEFORE_RE = re.compile(r"(?:\b[Tt]he\s+(?:[\w'’-]+\s+){0,2}?|(?<=[a-z] ))(?P<head>[a-z]+)\s+$")
_DESCRIPTION_AFTER_RE = re.compile(r"\s+(?P<head>[a-z]+)\b")
# ... or set after it between commas: "HYBE, the agency behind BTS, said" (its head before a phrase of its own)
_DESCRIPTION_APPOSED_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z]+)"
                                     r"(?=,|\s+(?:of|at|in|for|behind|based|that|which|with|owned|backed|founded|known)\b)")
# a description joined to the name it describes by a preposition: "Analysts at Wedbush", "researchers with the Institute"
_DESCRIPTION_AT_RE = re.compile(r"\b(?P<head>[A-Za-z]+)\s+(?:at|with|from)\s+(?:the\s+)?$")
_CAPITALISED_RE = re.compile(r"\b[A-Z][a-z'’-]+\b")
_NAME_AFTER_ROLE_RE = re.compile(r",\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})\s*(?:[,.;]|$)")
_ROLE_ENDS_RE = re.compile(rf"\b(?:{'|'.join(sorted(ROLE_NOUNS))})$", re.IGNORECASE)
# the data a speaker cites, set off between commas before the verb: "Industry body FICCI, citing data from EY, said"
_CITING_ASIDE_RE = re.compile(r",\s+citing\s+[^,;]{3,80},(?=\s+(?:said|says|told|estimated|estimates|reported|reports)\b)")
# a description set after a name between commas: ", the Mumbai-listed parent of visual effects studio DNEG,"
_APPOSED_DESCRIPTION_RE = re.compile(r"(?:the|an?)\s+\S")
# ... the name it describes, right before its comma
_NAME_THEN_COMMA_END_RE = re.compile(r"[A-Z][\w&.'’-]*,\s+$")
# a government office named by its noun alone: "the ministry", "the department"
_BARE_GOVERNMENT_BODY_RE = re.compile(rf"[Tt]he\s+({'|'.join(GOVERNMENT_BODIES)})")
# a phrase of time or place opening a sentence, set off by its comma: "On Thursday, ", "In Seoul, "
_LEAD_PHRASE_RE = re.compile(r"(?:On|In|At|Last|This|Earlier|Later|During|After|Before)\s+[^,;]{1,30},\s+")
# what a sentence says is so by nobody's account it names: "reportedly", "is said to"
_REPORTEDLY_RE = re.compile(r"\b(?:reportedly|(?:is|are|was|were)\s+(?:said|reported|rumou?red)\s+to)\b", re.IGNORECASE)
# words a capitalised run may open with at a sentence's start that are no one's first name ("When Tom Pryce")
_NOT_A_FIRST_NAME = DETERMINERS | CLAUSE_OPENERS | SIMPLE_PREPOSITIONS | set(PRONOUNS)
# the names of a listed run apart: "Varshul Gupta and Anuja Dhawan"
_NAME_LIST_SPLIT_RE = re.compile(r",\s+|\s+(?:and|&)\s+")
# a group of people opening a sentence, by where they work: "A separate team from", "Researchers at the"
_AFFILIATED_GROUP_OPENS_RE = re.compile(r"(?:(?:An?|The|One)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:team|group|researchers|"
                                        r"economists|scientists|academics|analysts|engineers|authors)\s+"
                                        r"(?:at|from|with|of)\s+(?:the\s+)?", re.IGNORECASE)
_UNNAMED_ACCORDING_RE = re.compile(r"(?:one|two|three|four|five|several|some|many|\d+)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                   r"(?:people|agents|sources|executives|officials|insiders|employees|staffers|analysts|"
                                   r"producers|buyers|persons|individuals)\b", re.IGNORECASE)
# who made a document, described: "a survey by the union", "a study from the agency"
_DESCRIBED_MAKER_RE = re.compile(r"(?:the|its)\s+([a-z]+)\b(?!['’-])", re.IGNORECASE)
_FOUND_AFTER_RE = re.compile(r"\b(?:found|finds|showed|shows|suggested|suggests|estimated|estimates|concluded|revealed)\b")
_BY_DESCRIBED_RE = re.compile(r"\b(?:survey|poll|study|report|analysis|estimate)\s+(?:by|from|of)\s+(?:the|its)\s+(\w+)$",
                              re.IGNORECASE)
OPENS_QUOTE_RE = re.compile(r"\s*[\"“]")
_TITLE_OPENS_RE = re.compile(r"\s*[\"“][^\"“”\n]{1,80}?[^\"“”,.!?;:\s][\"”]\s+(?:[a-z]|[A-Z][a-z]+\s+[a-z])")
_CLOSES_QUOTE_RE = re.compile(r"[\"”]")
_THIRD_PERSON_RE = re.compile(r"\b(?:he|she|his|her|they|their|it|its)\b", re.IGNORECASE)
_PERSONAL_PRONOUN_RE = re.compile(r"\s*(?:he|she)\b", re.IGNORECASE)
_HE_SAID_RE = re.compile(rf"\b(?:he|she)\s+(?:{_VERB_ALT})\b", re.IGNORECASE)
_ITS_OPENING_RE = re.compile(r"\s*(?:its|their)\b", re.IGNORECASE)
# a platform after "on" is where: "viewed 40 million times on YouTube"
_ON_BEFORE_RE = re.compile(r"\b[Oo]n\s+$")
_PLACE_BEFORE_RE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Aa]cross|[Ll]ike|[Uu]nlike|[Aa]fter|[Bb]efore)\s+(?:the\s+)?$")
# a group and where it works, not a place: "a research team at Tsinghua University", "analysts at X"
# a name in a list of names: "Nvidia, Fidelity and Baillie Gifford", "Sony and Netflix"
_LIST_AFTER_RE = re.compile(r"(?:,\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)*,?\s+(?:and|&)\s+[A-Z]")
# a name right after a verb is its object, not the subject a closing "the company said" speaks
# for: "About 25 million people have tried Dream Machine, the company said"
_OBJECT_BEFORE_RE = re.compile(rf"(?<![\w-])(?:[a-z]{{2,}}ed|{'|'.join(sorted(IRREGULAR_PAST | COMMON_VERBS))})\s+(?:the\s+)?$")
_QUANTIFIER_BEFORE_RE = re.compile(r"\b(?:every|each|all|any)\s+$", re.IGNORECASE)
_AFFILIATION_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(ROLE_NOUNS | SOURCE_ANAPHORS))})\s+(?:at|from)\s+(?:the\s+)?$",
                                    re.IGNORECASE)
_POSSESSIVE_END_RE = re.compile(r"['’]s?$")  # "OpenAI's Sora": a product of a company, no person


def _show_is_a_noun(low: str, verb: re.Match) -> bool:
    """Whether a speech verb "show" is the noun: "It beat ITV's talent show, which averaged 3.1 million" (but
    documents show: "figures from Ofcom show, which …")."""
    before = low[:verb.start()].split()[-1:]
    return verb.group("verb") in ("show", "shows") and bool(before) and before[0].strip(",") not in SOURCE_NOUNS \
        and _SHOW_NOUN_AFTER_RE.match(low, verb.end()) is not None


# a work or product a name describes, as the head of the phrase after it: "Hollywood feature", "Kling video model"
_MADE_WORK_AFTER_RE = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?(?:{'|'.join(MADE_WORK_NOUNS)})s?\b(?!['’-])")


def _describes_made_work(np: str, name: str) -> bool:
    """Whether the name in a speaker's phrase only describes a work or a product, the phrase's head: "The
    average Hollywood feature released in 2024 listed …" (a feature lists nothing it states)."""
    at = np.find(name)
    return at >= 0 and _MADE_WORK_AFTER_RE.match(np, at + len(name)) is not None


def _unnamed_head(np: str) -> bool:
    """Whether speakers described by an of-phrase are unnamed ones: "Representatives of the games industry"."""
    words = np.lower().split()
    return "of" in words[1:] and words[words.index("of") - 1] in UNNAMED_SPEAKERS


def _plural_description(words: list[str]) -> bool:
    """"the studios", "the two companies": several organisations described, named before as a list."""
    if len(words) < 2 or words[0] not in ("the", "these", "both") or not words[-1].endswith("s"):
        return False
    head = words[-1]
    return singular(head) in SOURCE_ANAPHORS and singular(head) not in SOURCE_NOUNS and head not in SOURCE_ANAPHORS


def _continuation(np: str) -> tuple[bool, bool, bool]:
    """(continues, anaphor, respondents) for a speaker phrase that names nobody."""
    words = _head_words(np)
    if not words or words[-1] in ("which", "who", "that"):
        return False, False, False  # a relative pronoun speaks for the phrase before it
    if _CLOSE_TO_RE.search(np):
        return False, False, False  # "people familiar with the plan said": somebody unnamed, nobody before
    if words[0] in ("its", "their") and words[-1] in SOURCE_ANAPHORS and words[-1] not in SOURCE_NOUNS:
        return False, False, False  # "its distributor said": an organisation of the subject's, unnamed
    if words[0] in PRONOUNS:
        return True, False, False
    if words[0] == "the" and _possessor(words) in _BODY_ANAPHORS and words[-1] in _BODY_PEOPLE:
        # "The committee's staff estimated", "the union's treasurer told members": the body named before, by its people
        return True, True, False
    if (words[0] in ("the", "this", "that", "these", "its", "their") or _BASED_WORD_RE.search(words[0])
            or len(words) == 1 and words[0] in BARE_DESCRIPTIONS) and words[-1] in SOURCE_ANAPHORS:
        # (", California-based company said": "the company" described; a headline's "…, company says")
        return True, True, False
    if _plural_description(words):
        return True, True, False  # "…, the studios said": the ones the article listed
    if _ITS_DOCUMENT_RE.match(np.strip()) or _DESCRIBED_SPOKESPERSON_RE.fullmatch(np.strip()) \
            or _DESCRIBED_DOCUMENT_RE.match(np.strip()):
        # "A survey of its members found": the survey of whoever "its" is; "a company spokesperson
        # said", "A union survey last year found": the company, the union named before
        return True, True, False
    if any(w in ("percent", "%", "respondents", "participants") or w.endswith("%")
           or any(part in FRACTION_WORDS for part in w.split("-")) for w in words) \
            or len(words) > 1 and words[-1] in _SURVEYED_WORDS:  # "Two-thirds said", "The leaders surveyed expect"
        return True, False, True
    if words[-1] in UNNAMED_SPEAKERS or _unnamed_head(np):
        return False, False, False  # "industry insiders predict": someone else, not the source before
    if words[-1] in SOURCE_NOUNS and len(words) > 1 and words[0] not in PRONOUNS \
            and words[0] not in ("the", "this", "that", "these", "those", "a", "an", "its", "their", "his", "her"):
        return False, False, False  # "industry estimates show": a new document, unnamed, not the source before
    if words[0] in ("a", "an") and words[-1] in SOURCE_NOUNS:
        return False, False, False  # "A state-commissioned study found": a new document, unnamed
    if words[0] in VAGUE_SOURCES or words[-1] in VAGUE_SOURCES or words[-1] in SOURCE_NOUNS:
        return True, False, False
    return False, False, False


def cue_words(low: str, start: int = 0, end: int | None = None) -> set[str]:
    """The words of text[start:end] (lower case) that can make it attributed: speech verbs,
    "according", document nouns, personal pronouns, "view"."""
    return set(_CUE_RE.findall(low, start, len(low) if end is None else end))


# (or for a document named before: "Of the 2,000 webtoon artists surveyed for the report, 51.2 percent said")
_SURVEYED_BY_RE = re.compile(rf"\b(?:{_SURVEYED_ALT})\s+(?:by|for)\s+(?:the|its)\s+(?P<head>\w+)", re.IGNORECASE)
_ANONYMOUS_RE = re.compile(r"\b(?:who|which)\s+(?:asked|declined|requested|wished)\s+not\s+to\s+be\s+(?:named|identified)"
                           r"|\bon\s+(?:the\s+)?condition\s+of\s+anonymity|\bwho\s+(?:asked|requested)\s+anonymity"
                           r"|\bwho\s+(?:was|were)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment)", re.IGNORECASE)


def _may_ask_anonymity(sentence: str) -> bool:
    """Whether `sentence` has a word every _ANONYMOUS_RE match has (a test of substrings is
    many times cheaper than the pattern, and most sentences have none)."""
    low = sentence.lower()
    return "anonymity" in low or "authori" in low or "named" in low or "identified" in low


def _find(sentence: str, names: ArticleNames, words: set[str] | None = None) -> Attribution:
    """What `sentence` says of its source; `words` are its cue words when already known. A speaker
    who asked not to be named, when the sentence does not describe them, is somebody unnamed: not
    the source the paragraph had before ('"…," said a senior executive at a major studio, who asked
    not to be named')."""
    condition = _CONDITION_LEAD_RE.match(sentence)
    if condition:
        # "If a court found all of them infringed wilfully, damages could exceed $345 million": what a
        # condition supposes somebody finds is nobody's statement (blanked, so every place in it stays)
        sentence = " " * condition.end() + sentence[condition.end():]
    found = _find_named(sentence, names, words)
    if (found.source is None and not found.unnamed or found.source and not names.find(found.source)) \
            and _may_ask_anonymity(sentence) and _ANONYMOUS_RE.search(sentence):
        # (a speaker described by a role who may not be named is unnamed all the same: "A government
        # official, speaking on condition of anonymity, said")
        return Attribution(None, False, unnamed=True)
    owned = _OWN_ESTIMATE_IS_RE.match(sentence) if found.source is None and not found.continues and not found.unnamed else None
    if owned:
        # "Goldman's central estimate is a gain of $8 billion", "The think tank's central estimate is …": whose the
        # estimate is, named or described
        name = _named_in(owned.group("owner"), names)
        head = owned.group("owner").split()[-1].lower()
        if name:
            return Attribution(name, False)
        if owned.group("owner").lower().startswith("the ") and head in _BODY_ANAPHORS:
            return Attribution(None, True, anaphor=True, refers="organisation", head=head)
    return found


# a condition opening a sentence, to its comma: "If a court found …, ", "Unless the studio says otherwise, "
_CONDITION_LEAD_RE = re.compile(r"[\s\"“‘(]*(?:(?:Even|Only)\s+if|If|Unless|Assuming|Provided\s+that)\s[^,;:]*,\s+")
# a sentence opening on whose estimate or forecast a figure is: "The think tank's central estimate is"
_OWN_ESTIMATE_IS_RE = re.compile(r"(?P<owner>[\w&.-]+(?:\s+[\w&.-]+){0,4}?)['’]s?\s+(?:[\w-]+\s+){0,2}?"
                                 rf"(?:{'|'.join(FORECAST_NOUNS)})s?\s+"
                                 r"(?:is|was|are|were|puts?|sees|calls\s+for)\b")


# a name given as an example, in a list or not: "including ARD, France Télévisions and RAI", "tools such as
# Runway or Kling" (etl.owners too)
EXAMPLE_BEFORE_RE = re.compile(r"\b(?:including|such\s+as|among\s+them)\s+"
                               # (or inside a phrase of it: "Cornerstone investors, including a unit of Alibaba, …")
                               r"(?:[^.;]{0,50}?,\s+|[^.;]{0,50}?\s+(?:and|or)\s+|(?:[\w'’-]+\s+){1,4})?$")
# a ranking's name, its number and the plural it ranks after it: "the Fortune 500 companies" (etl.owners too)
RANKING_NAME_AFTER_RE = re.compile(r"\s+\d{1,4}\s+[a-z]+s\b")
_NUMBER_BEFORE_RE = re.compile(rf"(?:\b\d[\d,.]*|\b(?:{'|'.join(sorted(set(SMALL_NUMBERS) - {'one', 'zero'}))}|dozens|hundreds))\s+$")
_AND_BEFORE_VERB_RE = re.compile(r"[a-z0-9],?\s+and\s+$")  # (a verb right after "and", its comma or not: its subject the clause's)


def _find_named(sentence: str, names: ArticleNames, words: set[str] | None = None) -> Attribution:
    credited = _HEADLINE_CREDIT_RE.search(sentence) if (":" in sentence or " -" in sentence) \
        and not sentence.rstrip().endswith(".") else None
    if credited:  # "Global ad spend to top $1 trillion: WARC", "…by 2027: EY-FICCI report": the headline's source
        name = _named_in(credited.group("name"), names) or (
            credited.group("name") if all(is_acronym(w) for w in credited.group("name").split("-")) else None)
        if name:
            return Attribution(name, False, document=bool(credited.group("doc")))
    lead_credit = HEADLINE_LEAD_CREDIT_RE.match(sentence) if ":" in sentence[:40] and not sentence.rstrip().endswith(".") \
        else None
    if lead_credit and names.is_name(lead_credit.group("name")) and lead_credit.group("name").lower() not in SECTION_LABELS:
        # "PwC: entertainment and media revenue to reach …" (not a section's label: "Q&A: Why …")
        return Attribution(lead_credit.group("name"), False)
    credit = _ITEM_CREDIT_RE.fullmatch(sentence) if sentence.endswith(")") or sentence.endswith(").") else None
    name = _named_in(credit.group("np"), names) if credit else None
    if credit and name is None and _CREDITED_NAME_RE.fullmatch(credit.group("np")):
        name = credit.group("np")  # "- 41%: share of US marketers who … (Forrester)": a name, however seldom the article uses it
    if name and name == credit.group("np"):  # "- 203,800: US entertainment jobs expected to be
        return Attribution(name, False)  # disrupted by 2026 (CVL Economics)": a list item credits its source
    if words is None:
        words = cue_words(sentence.lower())
    if not words:
        return NO_ATTRIBUTION
    low = sentence.lower()
    compared = _compared(sentence)
    if compared and CONSENSUS_WORDS_RE.search(sentence, compared.end()):
        # "The company forecast revenue of $23.3 billion, below the $23.79 billion analysts polled by
        # LSEG had expected": the sentence is the company's, the consensus its comparison's
        # (and what its subject goes on to say past it: "Acme added 9.3 million members, beating the 6.1 million
        # analysts polled by FactSet had expected, and said revenue rose 15%")
        goes_on = _AND_STATES_RE.search(sentence, compared.end())
        own = _find(sentence[:compared.start()] + (sentence[goes_on.start():] if goes_on else "."), names)
        if own.source or own.continues:
            return own
        if goes_on:  # ("The streaming company added …, and said": its subject speaks, unnamed)
            return Attribution(None, False, unnamed=True)
    m = ACCORDING_RE.search(sentence) if not words.isdisjoint(("according", "cited", "per")) else None
    if m:
        name = _named_in(m.group("np"), names, sentence[m.start("np"):])
        if name:  # "according to a report by EY": EY's report
            return Attribution(name, False, document=bool(_DOC_NOUN_RE.search(m.group("np").replace(name, ""))))  # ("Edison Research": a firm's name, no document)
        named_after = _NAME_AFTER_ROLE_RE.match(sentence, m.end("np"))
        person = _named_in(named_after.group(1), names) if named_after and role_phrase(m.group("np")) is None \
            and _ROLE_ENDS_RE.search(m.group("np")) else None
        if person:
            return Attribution(person, False)  # "according to its chief executive, Dan Clancy"
        body = government_body(m.group("np"))
        if body:  # "according to the culture ministry"
            return Attribution(body, False)
        if _UNNAMED_ACCORDING_RE.match(m.group("np")):
            return Attribution(None, False, unnamed=True)  # "according to three agents who spoke on condition of anonymity"
        by_described = _BY_DESCRIBED_RE.search(m.group("np"))
        if by_described and by_described.group(1).lower() in SOURCE_ANAPHORS:
            # "according to a 2022 survey by the union": the union named before
            return Attribution(None, True, True, False, m.start("np"), "organisation", head=by_described.group(1).lower())
        body_data = _BODY_DATA_RE.fullmatch(m.group("np").strip())
        if body_data and (body_data.group(1).lower() in _BODY_WORDS or body_data.group(1).lower() in GOVERNMENT_BODIES):
            # "according to ministry data": the ministry named before, as "the ministry's data" would be
            described = names.described_as(body_data.group(1).lower())
            return Attribution(described, False) if described else \
                Attribution(None, True, True, False, m.start("np"), "organisation", head=body_data.group(1).lower())
        refers = refers_to(m.group("np"))
        if refers in ("organisation", "document"):  # "according to the union": the union named before
            words = _head_words(m.group("np"))
            # (a body's document stands for the body: "according to the union's figures" is the union's)
            body = _possessor(words)
            return Attribution(None, True, True, False, m.start("np"), refers,
                               head=body if body in _BODY_WORDS else words[-1])
        if refers == "thing" and _head_words(m.group("np"))[-1] in SOURCE_NOUNS:
            # "according to its wage survey": the survey of the organisation the text is about
            return Attribution(None, True, True, False, m.start("np"), "organisation")
    if not words.isdisjoint(SOURCE_NOUNS):
        cited = _CITED_AFTER_RE.search(sentence)
        if cited and _named_in(cited.group("np"), names):
            # "65% of marketers plan to … (HubSpot State of Marketing report).": the document cited, named
            return Attribution(cited.group("np").strip(), False, document=True)
        described = None
        citing = [c.span() for c in _CITING_ASIDE_RE.finditer(sentence)] if "citing " in sentence else []
        for m in (*BY_SOURCE_RE.finditer(sentence), *MADE_BY_RE.finditer(sentence)):
            if any(a <= m.start() < b for a, b in citing):
                continue  # "FICCI, citing data from EY, said …": who cites the data says it
            # (the verb of the document the agent made, closing the sentence, is no word of its name: "…, a
            # tracker run by developer Farhan Noor estimates.")
            verb = _CLOSING_VERB_RE.search(m.group("np"))
            name = _named_in(m.group("np")[:verb.start()] if verb else m.group("np"), names, sentence[m.start("np"):])
            if name:
                return Attribution(name, False, document=True)
            body = government_body(_STATING_TAIL_RE.sub("", m.group("np")))
            if body:  # "…, data from the culture ministry showed Monday": the ministry's, described by its field
                return Attribution(body, False, document=True)
            if described is None and m.re is BY_SOURCE_RE:
                maker = _DESCRIBED_MAKER_RE.match(m.group("np"))
                if maker and refers_to(maker.group()) == "organisation" and _FOUND_AFTER_RE.search(sentence, m.start("np")):
                    # "A survey by the union last year found that 86% …": the union named before
                    described = Attribution(None, True, True, False, m.start("np"), "organisation", head=maker.group(1).lower())
        run_by = _SURVEY_RUN_BY_RE.search(sentence) if described is None else None
        if run_by and run_by.group("head").lower() in SOURCE_ANAPHORS and _FOUND_AFTER_RE.search(sentence, run_by.end()):
            # "A survey the union conducted in March found that 93% …": the union named before
            described = Attribution(None, True, True, False, run_by.start("head"), "organisation",
                                    head=run_by.group("head").lower())
        if described:
            return described
        if _NAMED_DOC_RE.search(sentence):
            for start, end, name in names.find(sentence):
                if name.lower().split()[-1] in SOURCE_NOUNS and len(name.split()) > 1 \
                        and not _OWN_DOCUMENT_BEFORE_RE.search(sentence, max(0, start - 30), start):
                    # (not a speaker's own: "Screen Australia said in its annual Drama Report": Screen Australia)
                    doc = _DOC_AFTER_RE.match(sentence, end)  # "the Harbor Research poll"
                    if doc and doc.group().lower().endswith("s") and re.match(r"\s*(?:[.,;]|$)", sentence[doc.end():]):
                        doc = None  # a closing frame's verb: "…, the research firm Ampere Analysis estimates."
                    return Attribution(name + doc.group() if doc else name, False)  # "the State of the Game Industry Survey"
    if not words.isdisjoint(_SURVEYED_WORDS):
        for m in _SURVEYED_BY_NAME_RE.finditer(sentence):
            name = _named_in(m.group("np"), names, sentence[m.start("np"):])
            if name:  # "62 percent of 1,000 webtoon artists surveyed by the Korea Creative Content Agency said"
                return Attribution(name, False, document=True)
    m = _IN_A_NAMED_DOC_RE.search(sentence) if "In " in sentence or ", in a" in sentence else None
    name = _named_in(m.group("np"), names) if m else None
    if name:  # "In a Gartner survey of 200 chief marketing officers, 63% said": Gartner's
        return Attribution(name, False, document=True)
    m = _BY_OWN_COUNT_RE.search(sentence) if ("By " in sentence or ", by " in sentence) \
        and ("'" in sentence or "’" in sentence) else None
    name = _named_in(m.group("np"), names) if m else None
    if name:  # "…, by the Animation Guild's count": the Guild's
        return Attribution(name, False, document=True)
    m = VIEW_RE.search(sentence) if "In " in sentence else None
    if m:
        name = _named_in(m.group("np"), names) or (
            # (a titled document's owner is a name however seldom the article names it: "In Deloitte's
            # Digital Media Trends report")
            m.group("np") if m.group("title") and len(m.group("np").split()) <= 3 else None)
        if name and m.group("title"):  # the document by its title: "GDC State of the Game Industry survey"
            return Attribution(f"{name} {m.group('title').strip()} {m.group('doc')}", False, document=True)
        if name:
            return Attribution(name, False)
    verbs = list(VERB_RE.finditer(low)) if not words.isdisjoint(SPEECH_VERBS) else []
    verbs = [v for v in verbs if not _show_is_a_noun(low, v)]
    if verbs and ('"' in sentence or "“" in sentence):
        # '"We expect AI to …," the company's finance chief, X, said': the quotation's own verbs
        # are what is said; the verb outside it says who says it
        quoted = [(m.start(), m.end()) for m in QUOTATION_RE.finditer(sentence)]
        outside = [v for v in verbs if not any(a < v.start() < b for a, b in quoted)]
        verbs = outside or verbs
    owned_doc = _OWNED_DOCUMENT_RE.match(sentence) if "'s" in sentence or "’s" in sentence else None
    if owned_doc:
        name = _named_in(owned_doc.group("name"), names)
        if name:  # "Netflix's estimate, shared with investors, is that …": Netflix's
            return Attribution(name, False, document=True)
    stance = _STANCE_RE.match(sentence) if not words.isdisjoint(STANCE_ADJECTIVES) else None
    name = _named_in(stance.group("np"), names) if stance else None
    if name:  # "Analysts at rival bank Citi were more cautious.": who holds the view the next sentence states
        return Attribution(name, False)
    own_call = _OWN_CALL_RE.search(sentence) if "target" in sentence or "rating" in sentence or "goal" in sentence else None
    if own_call:
        subject = _NAME_RIGHT_BEFORE_RE.search(sentence, 0, own_call.start())
        name = _named_in(subject.group("name"), names) if subject else None
        if name:  # "Shares of Adobe fell 3% after Jefferies cut its price target": the name right before the verb calls it
            return Attribution(name, False)
        for np in _nps_before(sentence, own_call.start()):
            name = _named_in(np, names)
            if name:  # "Analysts at Bernstein cut their price target to $14": the analysts' firm calls it
                return Attribution(name, False)
        described = next(iter(_nps_before(sentence, own_call.start())), None)
        refers = refers_to(described) if described else None
        if refers in ("organisation", "document"):
            # "The bank raised its price target on Netflix to $1,450", "The note kept its rating": the bank named
            # before (a note's call is its authors')
            return Attribution(None, True, True, False, sentence.find(described), "organisation",
                               head=_head_words(described)[-1])
        if described and described.strip() in ("They", "they"):
            # "Analysts at Morgan Stanley said … They raised their price target to $1,350": the analysts before
            return Attribution(None, True, at=sentence.find(described))
    asked_in = _GROUP_IN_A_NAMED_DOC_RE.search(sentence) if not verbs and " in a" in sentence else None
    name = _named_in(asked_in.group("np"), names) if asked_in else None
    if name:  # "38% of visual effects artists in a Foundry survey use AI tools weekly", no verb of saying: Foundry's
        return Attribution(name, False, document=True)
    if not verbs:
        return _continued_by_pronoun(sentence, words)
    if len(verbs) > 1 and _CLOSING_FRAME_RE.match(sentence, verbs[-1].end()) \
            and "," in sentence[max(0, verbs[-1].start() - 60):verbs[-1].start()]:
        # "Netflix spent $17 billion and expects to spend $18 billion, its finance chief said": the
        # frame that closes the sentence says who says all of it (unless it names nobody: "Anvil
        # estimates that …, a report shows")
        closing = sentence[sentence.rfind(",", 0, verbs[-1].start()) + 1:verbs[-1].start()].split()
        if closing and closing[0].lower() not in INDEFINITE_OPENERS \
                and not any(w[:1].isdigit() or w.lower() == "than" for w in closing):  # (not ", worse than the 4.9% …")
            verbs = [verbs[-1], *verbs[:-1]]
    m = INVERTED_RE.search(sentence)
    if m:
        name = _named_in(m.group("np"), names)
        # (or a role of the name, the person named after it: "…," says Wildseed's co-founder, Priya Raman)
        named_after = _NAME_AFTER_DESCRIPTION_RE.match(sentence, m.end("np")) \
            if name is None and _DEFINITE_DESCRIPTION_RE.fullmatch(m.group("np").strip()) \
            or name and _POSSESSED_ROLE_RE.fullmatch(m.group("np").strip()) else None
        after_name = named_after.group("name").rstrip(".") if named_after else None
        if after_name and _named_in(after_name, names) == after_name:
            return Attribution(after_name, False)  # "…, said the group, Fairplay for Kids": the name
        hits = names.find(m.group("np")) if name else []
        if len(hits) > 1 and hits[0][2] == name and source_kind(hits[-1][2]) == "person" \
                and all(w.lower().strip(",").removeprefix("co-") in ROLE_NOUNS | TITLE_WORDS | {"and", "&"}
                        # (past the company's possessive and a comma: "says Wildseed's co-founder, Priya Raman")
                        for w in re.sub(r"^['’]s\b", "", m.group("np")[hits[0][1]:hits[-1][0]]).split()):
            # '"…," said Framewise co-founder and CEO Nadia Okonkwo': the person its roles describe, not the company
            name = hits[-1][2]
        at = m.group("np").find(name.split()[0]) if name else -1
        # the name is who speaks when nothing but a time or a place follows it ("…," said X on Monday);
        # "…, said Shorts now draws 70 billion views" reports a clause whose subject it is
        # (nor a name at the end of a clause reported without "that": "Runway, …, said the model would be
        # available only to Lionsgate's filmmakers")
        if name and not _CLAUSE_AFTER_NAME_RE.match(m.group("np"), at + len(name)) \
                and not _FINITE_BEFORE_NAME_RE.search(m.group("np"), 0, max(0, at)):
            return Attribution(name, False)
    continues = anaphor = respondents = unnamed = False
    at = 0
    refers = None
    head = None
    # a clause put before the main one says nothing of who speaks in it: "After Netflix reported revenue of $11.51
    # billion, Sarandos said …", "Speaking on a call after Netflix reported …, Sarandos said …": the main clause's
    main_at = _main_clause_speaker_at(sentence) if len(verbs) > 1 else 0
    if main_at and any(v.start() >= main_at for v in verbs):
        verbs = [v for v in verbs if v.start() >= main_at]
    for v in verbs:
        if v.group("verb").endswith("ing") and not sentence[:v.start()].rstrip().endswith(","):
            continue  # "…, saying" reports for the subject; "with analysts saying" is a side remark
        if v.group("verb").endswith("ing") and not (v.group("verb").startswith(("add", "claim"))
                                                     and _ADDED_AMOUNT_RE.match(sentence, v.end())):
            # ... the sentence's subject, not the object nearest it: "Voice actors … have urged the European
            # Commission to protect them …, saying rates have fallen by up to 40%" (the actors, unnamed)
            # (past a dateline or a phrase of time or place before it: "On Thursday, S&P Global Ratings cut …")
            dateline = DATELINE_RE.match(sentence)
            lead = _LEAD_PHRASE_RE.match(sentence, dateline.end() if dateline else 0)
            lead_end = lead.end() if lead else dateline.end() if dateline else 0
            opening = [h for h in names.find(sentence, lead_end, v.start())
                       if h[0] <= lead_end + 4 and h[2].lower() not in PLACES]
            if opening:
                return Attribution(opening[0][2], False)
            continue
        if v.group("verb") in EVENT_VERBS and not _STATEMENT_AFTER_RE.match(sentence, v.end()) \
                and not (_CLOSING_FRAME_RE.match(sentence, v.end()) and "," in sentence[max(0, v.start() - 40):v.start()]
                         and not _WHEN_CLAUSE_BEFORE_RE.search(sentence, max(0, v.start() - 40), v.start())):
            # "OpenAI announced the shutdown of Sora": an event, not a statement (but "…, the company
            # announced on Monday." closing the sentence reports what came before; "…, up from eight
            # seconds when Veo 3 launched in May." is when, no report)
            continue
        if v.group("verb").startswith(("add", "claim")) and _ADDED_AMOUNT_RE.match(sentence, v.end()):
            continue  # "added $5 million", "Companies claimed £1.7 billion in tax relief": an amount, no statement
        if _SPEAKS_AFTER_RE.match(sentence, v.end()):
            continue  # "industry estimates show": a noun, the subject of the verb after it
        if v.group("verb") == "told" and TOLD_CLAUSE_AFTER_RE.match(sentence, v.end()):
            continue  # "MPs told AI could cut dubbing work": a headline's passive, whom it was told
        if sentence[v.start()].isupper() and v.start() > 0 or sentence[v.start() - 1:v.start()] == "-":
            continue  # "the Galaxy Note 20", "EPA-estimated range": a name, an adjective
        if v.group("verb") in NOUN_LIKE_SPEECH_VERBS and _NUMBER_BEFORE_RE.search(sentence, max(0, v.start() - 12), v.start()):
            continue  # "with $1.04 billion from 85 shows", "three reports": what is counted, a noun
        if v.group("verb") in NOUN_LIKE_SPEECH_VERBS and NOUN_CLOSED_AFTER_RE.match(sentence, v.end()):
            continue  # "— largely US studio projects —": a noun in a phrase set off
        if v.group("verb") in SOURCE_NOUNS and MEASURED_AGAINST_BEFORE_RE.search(sentence, max(0, v.start() - 40), v.start()):
            continue  # "after it beat subscriber forecasts": what a result beat or missed, a noun
        noun = _NOUN_BEFORE_RE.search(sentence, max(0, v.start() - 20), v.start())
        if noun and noun.group()[:1].isupper() and (v.group("verb") not in SOURCE_NOUNS | NOUN_LIKE_SPEECH_VERBS
                                                     or _CLAUSE_OPENS_AFTER_RE.match(sentence, v.end())):
            # "Neal Mohan said": a name that ends like a nationality, before a verb that is no noun; "Maoyan
            # forecasts the film's total will reach": a name's verb, with the clause it reports after it
            noun = None
        if noun:  # "the Argentine show El Eternauta", "a forecast of": a noun
            if noun.group().split()[0] in ("its", "their", "his", "her", "our") and v.group("verb") in SOURCE_NOUNS:
                # "Analysts at Ridgeway raised their estimate": whose estimate it is
                for np in _nps_before(sentence, noun.start()):
                    name = _named_in(np, names)
                    if name:
                        return Attribution(name, False)
            continue
        if v.group("verb") in NOUN_LIKE_SPEECH_VERBS and _PHRASE_GOES_ON_AFTER_RE.match(sentence, v.end()) \
                and _MODIFIER_BEFORE_RE.search(sentence, max(0, v.start() - 20), v.start()) \
                and not _POSSESSOR_OF_NOUN_RE.search(sentence, max(0, v.start() - 40), v.start()):
            # "sold $1.5 billion of senior notes on Tuesday": a noun after its modifier, its phrase going on (whose
            # a possessive says is read below: "Toei raised its full-year profit forecast on Tuesday")
            continue
        if v.group("verb") in NOUN_LIKE_SPEECH_VERBS and _COMPOUND_MODIFIER_BEFORE_RE.search(sentence, max(0, v.start() - 30), v.start()):
            continue  # "called on Kickstarter to label AI-assisted projects": a noun after its compound adjective
        if v.group("verb") in ("highlight", "highlights") and not _HIGHLIGHTED_AFTER_RE.match(sentence, v.end()):
            continue  # "Streamer lands Premier League highlights in $1.2 billion deal": the league's highlights, a noun
        if v.group("verb") == "put" and not _PUT_REPORTS_RE.match(sentence, v.end()):
            continue  # "as she put it", "put the figure at 10%" report; "they put the game out of sight" does not
        if _PASSIVE_BEFORE_RE.search(sentence, max(0, v.start() - 30), v.start()):
            agent = _AGENT_AFTER_RE.match(sentence, v.end())
            name = _named_in(agent.group("np"), names) if agent else None
            if name:
                return Attribution(name, False)
            continue
        if _AND_BEFORE_VERB_RE.search(sentence, max(0, v.start() - 7), v.start()):
            # "Pika, founded in 2023 by two Stanford PhD students, has 13 employees and says …": a verb joined to
            # the clause's own, said by the name the sentence opens on
            opening = names.find(sentence, 0, min(len(sentence), 80))
            # (or named in apposition to the description it opens on: "The company, Vocalyst Inc., did not admit
            # wrongdoing and said …")
            described = _BUSINESS_OPENING_RE.match(sentence) if opening and opening[0][0] else None
            if opening and (opening[0][0] == 0 or described and sentence.startswith(", ", described.end())
                            and described.end() + 2 == opening[0][0]
                            and sentence.startswith(",", opening[0][1] + (sentence[opening[0][1]:opening[0][1] + 1] == "."))) \
                    and source_kind(opening[0][2]) != "document":
                return Attribution(opening[0][2], False)
        for np in _nps_before(sentence, v.start()):
            np = _after_subordinator(np, names)
            if np.split()[:1] and np.split()[0].lower() in ("which", "who", "whose"):
                break  # "Ford (F) which has workers in the UK has estimated": a relative clause, not the subject
            if np.split()[-1:] and np.split()[-1].lower() in ("who", "which"):
                break  # "a settlement with a group of authors who said …": a relative clause's speaker, not the sentence's
            described = _DESCRIBED_RE.fullmatch(np.strip())
            # ("One Osaka studio said": one of several, unnamed; "A Netflix spokesperson said": Netflix speaking)
            place = bool(described) and (described.group("name").lower() in PLACES or np.strip().startswith("One "))
            if described and (described.group("head").lower() not in SPEAKS_FOR_ORGANISATION or place) \
                    and (names.find(described.group("name")) or place):
                # ("One Tokyo studio said": a studio described by its place or as one of several, no company named)
                # "A Hollywood visual effects supervisor said": somebody described, not Hollywood
                # ("a Netflix spokesperson said" is Netflix speaking)
                return Attribution(f"{described.group('name')} {described.group('desc')}", False)
            at_np = sentence.rfind(np, 0, v.start()) if np else -1
            if at_np > 0 and _APPOSED_DESCRIPTION_RE.match(np) and _NAME_THEN_COMMA_END_RE.search(sentence, 0, at_np) \
                    and sentence[at_np + len(np):v.start()].lstrip().startswith(","):
                continue  # "Prime Focus, the Mumbai-listed parent of visual effects studio DNEG, reported": the name it describes
            # ("The studio behind One Piece expects": the studio named before, not what it made)
            # (nor the index or the exchange a company is described by: "The FTSE 250 company reported": the company)
            name = _named_in(np, names, sentence[at_np:v.start()] if at_np >= 0 else None) \
                if not MAKER_DESCRIBED_RE.match(np.strip()) and not _LISTED_DESCRIBED_RE.fullmatch(np.strip()) else None
            if name and all_places(name) and at_np >= 0 and name in np \
                    and _ACROSS_PLACE_LIST_BEFORE_RE.search(sentence, max(0, at_np - 90), at_np + np.index(name)):
                # "The survey of 900 producers across North America, Latin America and the Middle East found": the
                # last of the places its respondents are in, no author
                continue
            if name and at_np >= 0 and _describes_made_work(np, name):
                continue  # "The average Hollywood feature listed 1,230 crew members": the feature's, no speaker
            if name:  # ("The Interactive Advertising Bureau (IAB) said": with its acronym)
                return Attribution(name, False)
            according = _ACCORDING_NP_RE.match(np) if "ccording" in np else None
            if according:  # "according to studio estimates": the verb is a document's noun
                return Attribution(f"{according.group('doc')} {v.group('verb')}", False)
            role = role_phrase(np) or government_body(np)
            if role:
                return Attribution(role, False)
            bare_body = _BARE_GOVERNMENT_BODY_RE.fullmatch(np.strip())
            if bare_body:  # "…, the ministry said": the government body the article described before
                return Attribution(None, True, True, False, max(0, sentence.rfind(np, 0, v.start())), "organisation",
                                   head=bare_body.group(1).lower())
            c, a, r = _continuation(np)
            if c:
                continues, anaphor, respondents = True, a, r
                at = max(0, sentence.rfind(np, 0, v.start()))  # right before its verb ("he" is in "the" too)
                refers = refers_to(np)
                pronoun = _OBJECT_RELATIVE_PRONOUN_RE.search(np) if refers is None else None
                if pronoun:  # "…, a number it said would not change": the pronoun the relative clause opens on speaks
                    at += pronoun.start("pronoun")
                    refers = "person" if pronoun.group("pronoun").lower() in ("he", "she") else "thing"
                # (a body's staff stand for it: "The committee's staff estimated")
                head = (_possessor(_head_words(np)) if _head_words(np)[-1] in _BODY_PEOPLE else None) \
                    or _head_words(np)[-1] if refers == "organisation" else None
                break
            if np.split() and np.split()[-1].lower().strip(",") in UNNAMED_SPEAKERS or _unnamed_head(np):
                break  # "industry insiders predict": the speaker, unnamed
            if _SOMEONE_RE.match(np.strip()):
                unnamed = True  # '"…," one compositor in London said': somebody unnamed, nobody before
                break
        if continues or unnamed:
            break
    told = _TOLD_OUTLET_RE.search(sentence) if not continues and "told" in words else None
    if told and (_CLOSE_TO_RE.search(sentence, 0, told.start())
                 or _PLURAL_TELLERS_BEFORE_RE.search(sentence, max(0, told.start() - 40), told.start())
                 and _WHICH_SURVEYED_RE.match(sentence, told.end())):
        outlet = _named_in(told.group("np").rstrip("."), names)
        if outlet:  # "two people familiar with its finances told The Information": the outlet a reader can follow
            return Attribution(outlet, False)  # (and "translators told the AVTE federation": the body they told)
    if not continues and not unnamed:
        by_pronoun = _continued_by_pronoun(sentence, words)
        if by_pronoun.continues:
            return replace(by_pronoun, at=by_pronoun.at or at)
    return Attribution(None, continues, anaphor, respondents, at, refers, head=head, unnamed=unnamed)


# a name and its verb of saying after a comma: where the main clause opens after a clause put before it
_NAME_SPEAKS_AFTER_COMMA_RE = re.compile(r",\s+(?=[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:said|says|told|added)\b)")
# (a subordinate clause or a participle's, whose commas phrases.past_subordinate_lead does not read past: "Speaking
# … after Netflix reported revenue of $11.51 billion, up 17% …, Sarandos said")
_LEAD_CLAUSE_OPENS_RE = re.compile(rf"\s*(?:{SUBORDINATE_OPENERS}|[A-Z][a-z]+ing)\b")


def _main_clause_speaker_at(sentence: str) -> int:
    """Where the main clause opens, on its speaker, after a subordinate or participial clause that opens the
    sentence ("After Netflix reported …, Sarandos said"); 0 when the sentence opens on its main clause."""
    if not _LEAD_CLAUSE_OPENS_RE.match(sentence):
        return 0
    speaker = _NAME_SPEAKS_AFTER_COMMA_RE.search(sentence)
    return speaker.end() if speaker else 0


def _continued_by_pronoun(sentence: str, words: set[str]) -> Attribution:
    """A sentence that names no speaker but speaks of the one before through a pronoun: "he sold 250,000 sets",
    "I drew three to four thousand" (the person before); "About 17% of the campaigns it tracked used …" (the body
    that tracked them, named before)."""
    if not words.isdisjoint(_PERSON_WORDS) and _PERSON_SUBJECT_RE.search(sentence):
        return Attribution(None, True, refers="person")
    own_data = _OWN_DATA_RE.search(sentence) if not words.isdisjoint(_OWN_DATA_VERBS) else None
    if own_data:
        return Attribution(None, True, at=own_data.start("pronoun"),
                           refers="thing" if own_data.group("pronoun") == "it" else None)
    if SHARE_OF_BEFORE_OPENS_RE.match(sentence):  # "Around a third of them came from supporting artists": a part of
        return Attribution(None, True)  # what the sentence before counted, in the same report
    return Attribution(None, False)


# a statement, memo or letter put out, as a sentence that names its author mentions it ("in a memo to staff")
_OWN_WORDS_MENTIONED_RE = re.compile(rf"\b(?:an?|its|his|her|their)\s+(?:[\w-]+\s+)?({'|'.join(sorted(OWN_WORDS_NOUNS))})\b",
                                     re.IGNORECASE)


class SourceRegister:
    """Walks an article's sentences in order and says, for each, whose statement it is."""

    def __init__(self, names: ArticleNames, kinds: dict[str, str] | None = None) -> None:
        self.names = names
        self.kinds = kinds or {}  # what the article's grammar says a name is (kind_hints)
        self.name: str | None = None  # the paragraph's current source
        self.age = 0
        self.last: str | None = None  # the last source named anywhere, for "the report"
        self.last_age = 0
        self.from_survey = False  # the current source is a survey, poll or study
        self.in_paragraph = False  # the current source was named or continued in this paragraph
        self.quoting = False  # inside a quotation that runs over several sentences
        self.quoted_paragraph: str | None = None  # whose quotation opened this paragraph
        # the last sentences without a source, read for the name they open with only when a
        # pronoun needs it ("Mr. Feng, a blogger, has worked ... He said that")
        self.unsourced = 0
        self.recent: list[tuple[str, int]] = []
        self.sources: list[tuple[str, str, int]] = []  # (name, kind, sentence number) named lately
        self.reported = False  # the last sentence reported what its source says or thinks ("… that …")
        self.last_sentence = ""
        self.sourced = self.sourced_last = False
        self.article_survey: str | None = None  # who made the survey the article last reported
        # what each description stood for when it was last read: "the union" said it once, so it
        # is still the union of the next "according to the union"
        self.described: dict[str, str] = {}
        self.people: dict[str, str] = {}  # every person quoted so far, by surname ("Hale" -> "Marcus Hale")
        # who is only cited for data ("…, according to LSEG"): no company a later "the company" stands for
        self.cited: set[str] = set()
        self.analysts_firms: set[str] = set()  # whose analysts gave their view ("Analysts at Trigon")
        self.read_so_far: list[str] = []  # the sentences read: a name first met after a sentence is no antecedent of it
        # what the article introduced without a name ("A mid-sized game studio in Poland replaced …"): "the
        # studio" later is that one, not a name of another kind met since
        self.unnamed_heads: set[str] = set()
        self.full_name_of: dict[str, str] | None = None  # (read when first needed: full_names)
        self.namesakes_of: dict[str, list[str]] | None = None  # (read when first needed: namesakes)
        self.hearers: set[str] = set()  # whom something was told ("told Reuters"): no company the article is about

    def read(self, sentence: str, new_paragraph: bool = False,
             words: set[str] | None = None) -> tuple[str | None, Attribution]:
        """Take in the next sentence; (its source, what it says itself). `words`: its cue
        words (cue_words), when already known."""
        self.age += 1
        self.last_age += 1
        if new_paragraph:
            self.in_paragraph = False
            self.quoting = False
            self.quoted_paragraph = None
        # (a quoted title opening the sentence is its subject, no quotation: '"Ne Zha 2" alone took')
        quoted = self.quoting or sentence.lstrip()[:1] in "\"“" and not _TITLE_OPENS_RE.match(sentence)
        before, self.last_sentence = self.last_sentence, sentence
        self.read_so_far.append(sentence)
        self.sourced_last, self.sourced = self.sourced, False  # whether the sentence before named its source
        self.quoting = _still_quoting(sentence, self.quoting)
        if self.age > REGISTER_LIFETIME:
            self.name = None
        if self.last_age > ANAPHOR_LIFETIME:
            self.last = None
        if sentence in self.names.headlines:
            return None, NO_ATTRIBUTION  # "Cash Flow Outpaces Reported Revenue" reports nothing
        introduced = _UNNAMED_SUBJECT_RE.match(sentence) if sentence[:3] in ("A m", "An ") or sentence[:2] == "A " else None
        if introduced and not any(h[2].lower() not in PLACES for h in self.names.find(
                sentence, 0, introduced.end() if introduced.group("head").lower() in BUSINESS_DESCRIPTIONS else len(sentence))):
            # (a statement or post is its author's unless the sentence names nobody: "A post shared 40,000
            # times claims …" has no author; "A memo seen by Reuters said" may be the company's)
            self.unnamed_heads.add(introduced.group("head").lower())
        if "told " in sentence:
            self.hearers.update(h[2] for h in self.names.find(sentence) if HEARER_BEFORE_RE.search(sentence, max(0, h[0] - 12), h[0]))
        found = _find(sentence, self.names, words)
        opening = _BUSINESS_OPENING_RE.match(sentence) if found.continues and not found.anaphor \
            and found.refers == "thing" else None
        if opening is None and found.continues and not found.anaphor and found.refers == "thing" and found.at == 0 \
                and sentence[:3] == "It " and not new_paragraph and not self.sourced_last:
            # "The studio spent 241 million zlotys …. It expects …": "it" is the business the sentence before opens on
            # (when that sentence names nothing: "The studio behind "One Piece" employs …. It reported" is read below)
            opening = _BUSINESS_OPENING_RE.match(before) if not self.names.find(before) else None
        if opening:  # "The company expects …, it said": "it" is the company the sentence opens on, as "the company said"
            found = replace(found, anaphor=True, refers="organisation", head=opening.group("head").lower())
        if found.source and found.source not in sentence:
            found = self._described_before(sentence, found)
        if found.source in self.people:  # "Okafor said" after "Nina Okafor told employees": the same person
            found = replace(found, source=self.people[found.source])
        elif found.source and " " not in found.source and found.source[1:].islower() \
                and found.source in self.full_names() and not self.kinds.get(found.source):
            # "Gupta said" after "Founded in 2021 by Varshul Gupta and …": the person named in full
            found = replace(found, source=self.full_names()[found.source])
        if found.source:
            according = ACCORDING_RE.search(sentence)
            compared = _compared(sentence)
            if according and found.source in according.group("np") or compared and found.source in sentence[compared.end():] \
                    and CONSENSUS_WORDS_RE.search(sentence, compared.end()):
                # (and who compiled the consensus a result is compared with: "…, compared with the 5.2 billion
                # yuan average of analysts' estimates compiled by LSEG")
                self.cited.add(found.source)
            if _OTHER_COMPANY_RE.search(sentence, 1):
                # "S&P Global Ratings kept its BB+ rating on the company": who speaks of "the company" as
                # another is not what a later "the company said" stands for
                self.cited.add(found.source)
            self.reported = bool(_REPORTED_RE.search(sentence))  # X said / believes that …
            self.name = self.last = found.source
            self.age = self.last_age = 0
            # "a report by EY": what "the report said" later stands for
            kind = "document" if found.document or _IN_DOCUMENT_RE.search(sentence) else self._kind(found.source)
            self.sources = [*self.sources[-5:], (found.source, kind, self.unsourced)]
            if kind == "person":
                self._know_person(found.source)
            self.in_paragraph = True
            # its survey's answers follow: "a survey by HarrisX", "X surveyed 300 members", "the
            # X survey found" (not "X said the survey results were noise")
            self.from_survey = bool(_SURVEY_WORDS_RE.search(sentence)) and bool(
                found.document or _CONDUCTED_RE.search(sentence) or _SURVEY_NAME_RE.search(found.source))
            if self.from_survey:
                self.article_survey = found.source
            self.sourced = True
            self._learn_description(sentence, found.source)
            return found.source, found
        self.unsourced += 1
        if _REPORTEDLY_RE.search(sentence) and not found.anaphor:
            # '"The Crown" reportedly cost about £13 million an episode': reports nobody named, not the source before
            return None, replace(found, continues=False, unnamed=True)
        if found.unnamed:
            self.quoted_paragraph = None
            return None, found  # a quotation of somebody unnamed is not the last source's
        surveyed_by = _SURVEYED_BY_RE.search(sentence) if found.respondents else None
        if surveyed_by and surveyed_by.group("head").lower() in SOURCE_ANAPHORS:
            # "only 12% of industry professionals surveyed by the firm said …": the firm just named; the author
            # of the study just reported before one described so earlier ("A study by Goldman Sachs estimates …
            # Half of the creators polled by the firm said", after "data firm Tubular Labs")
            latest = self.sources[-1] if self.sources else None
            authored = latest[0] if latest and latest[0] == self.name and latest[1] == "document" \
                and self._kind(self.name) != "person" else None
            head = surveyed_by.group("head").lower()
            if head in SOURCE_NOUNS:  # "surveyed for the report": the last document's maker, whoever spoke since
                own = next((name for name, kind, _ in reversed(self.sources) if kind == "document"), None)
            else:
                own = authored or self.described.get(head) or (
                    self.name if self.name and self._kind(self.name) != "person" else None)
            if own:
                return own, found
        if found.respondents and not self.from_survey and not quoted:
            run_by = _SURVEY_RUN_BY_RE.search(sentence)
            # (or the one name of the article that ends in the word: "A survey the union conducted in March found …"
            # after "The Japan Actors Union said")
            author = (self.described.get(run_by.group("head").lower())
                      or self.names.described_as(run_by.group("head").lower())) if run_by else None
            it_ran = _SURVEY_IT_RAN_RE.search(sentence) if author is None and self.in_paragraph and not new_paragraph \
                and self.name and self._kind(self.name) != "person" else None
            if it_ran:  # "Bectu says …. In a poll of 850 freelancers it ran in September, 72% said": Bectu's poll
                author = self.name
            if author:
                # "In a survey of 640 artists the firm ran alongside the report, 44% said": the survey of the
                # one "the firm" stood for before ("recruitment firm Framestack")
                self.from_survey = True
                self.article_survey = author
                self.name, self.age, self.in_paragraph = author, 0, True
                return author, found
            last = self.sources[-1] if self.sources else None
            # (or of its paragraph, what the body that reported it goes on to give: "…, according to Ofcom's annual media
            # use report. … the regulator said. Among 12- to 15-year-olds, 71% said they had seen AI-generated videos")
            if last and last[0] == self.name and last[1] == "document" and self.age <= 2 \
                    and (_SURVEY_WORDS_RE.search(sentence) or self.in_paragraph and not new_paragraph) \
                    and not self.names.find(sentence) and not self.article_survey:
                # "…, according to a report by KOCCA. About 48% of webtoon companies surveyed said": the
                # report's own survey (unless the article reported a survey before: "42 film programs surveyed
                # by UFVA … according to figures from the Institute …. Nearly two-thirds of program directors
                # surveyed said" are UFVA's)
                self.from_survey = True
                self.article_survey = self.name
                return self.name, found
            return None, found  # "38% said" continues a survey, never a person named before
        elaborates = (self.reported and self.age == 1 and self.in_paragraph and not self.names.find(sentence)
                      and bool(_HEDGED_RE.search(sentence)))  # "X believes that …. If it is quick, it may take …"
        self.reported = False
        if found.anaphor and found.head in GOVERNMENT_BODIES:
            # "…, the science ministry said. … the ministry said": the last body described by that noun, or nobody
            # named (never another organisation the sentence before names)
            body = next((name for name, _kind, at in reversed(self.sources)
                         if name.split()[-1].lower() == found.head and name[:1].islower()), None)
            if body:
                self.name, self.age, self.in_paragraph = body, 0, True
            return body, found if body else replace(found, unnamed=True)
        if found.continues or elaborates or quoted and (self.in_paragraph or self.age <= 1) or self.quoted_paragraph:
            own = None
            if found.anaphor and self._unnamed(found.head) and found.head not in self.described:
                return None, found  # "The studio said" after "A mid-sized game studio …": unnamed still
            if found.anaphor and _DATA_FIRM_DESCRIBED_RE.match(sentence, found.at):
                # "Netflix held 8.8%, second to YouTube, the measurement firm said": the firm the article cited for
                # its data ("according to Nielsen's monthly report"), not the sentence's subject
                own = next((name for name, kind, _ in reversed(self.sources) if kind != "person"
                            and (name in self.cited or kind == "document")), None)
            its_role = found.refers == "thing" and sentence[found.at:found.at + 4].lower() == "its "
            # ("it" after the sentence's subject is that subject: "Getty Images jumped 11% after it said")
            it_after = found.refers == "thing" and sentence[found.at:found.at + 3].lower() == "it "
            several = found.anaphor and _plural_description(["the", found.head or ""])
            if several:  # "…, the studios said": the studios listed before, not one name of the sentence
                own = self._names_listed([sentence[:found.at], *reversed(self.read_so_far[-4:-1])])
                if own is None:
                    return None, replace(found, unnamed=True)  # (none listed: no one of them, whoever is near)
            elif own is None and found.at > 0 and (found.anaphor and found.refers != "document" or found.refers == "person" or its_role
                                   or it_after):
                # "Netflix shares slipped after the streamer said", "In South Korea, CJ ENM plans …, the
                # company said", "Tyler Perry paused …, he told": the sentence's subject, the first name
                # of its kind outside a phrase of place or time before it
                dateline = DATELINE_RE.match(sentence)
                # (not a name inside a relative clause: "The company, which worked on several Marvel films,
                # had revenue of £68 million …, its latest accounts show")
                relatives = [m.span() for m in (*_RELATIVE_ASIDE_RE.finditer(sentence, 0, found.at),
                                                *APPOSITIVE_RE.finditer(sentence, 0, found.at))]
                hits = [h for h in self.names.find(sentence, dateline.end() if dateline else 0, found.at)
                        if not any(a < h[0] < b for a, b in relatives)
                        and not DEMONYM_RE.fullmatch(h[2].removeprefix("The ")) and not is_a_people(h[2])
                        and h[2].lower() not in PLACES  # ("Spain's attendance was flat …, it added": where, nobody who speaks)
                        and not _OBJECT_BEFORE_RE.search(sentence, max(0, h[0] - 30), h[0])
                        # ("… of every Premier League match …, the broadcaster said": a name describing what is counted)
                        and not _QUANTIFIER_BEFORE_RE.search(sentence, max(0, h[0] - 8), h[0])
                        # ("A creator with 10 million Shorts views …, the firm estimates": a count's modifier)
                        and not COUNT_BEFORE_NAME_RE.search(sentence, max(0, h[0] - 16), h[0])
                        # ("About 60% of the Fortune 500 companies have …, it said": a ranking's name describes, nobody speaks)
                        and not RANKING_NAME_AFTER_RE.match(sentence, h[1])
                        # ("Freelancers listing tools such as Runway or Kling charged …, the company found": examples)
                        and not EXAMPLE_BEFORE_RE.search(sentence, max(0, h[0] - 60), h[0])
                        and sentence[max(0, h[0] - 1):h[0]] not in ('"', "“", "'", "‘")  # (a title in quotes speaks for nobody)
                        # ('"… inside Creative Cloud," the analysts wrote': what the quotation names, not who speaks)
                        and not _quoted_before(sentence, h[0], found.at)
                        # ("A Bristol animation studio has doubled …, its founder said": a name describing one unnamed)
                        and not describes_unnamed(sentence, h[0], h[1])
                        and (not _PLACE_BEFORE_RE.search(sentence, max(0, h[0] - 12), h[0])
                             or _AFFILIATION_BEFORE_RE.search(sentence, max(0, h[0] - 40), h[0]))
                        # ("viewed 40 million times on YouTube, its producers said": where, not whose producers;
                        # "the streamer said" may well be the platform, and "on Fastly's network" is Fastly's)
                        and not (its_role and _ON_BEFORE_RE.search(sentence, max(0, h[0] - 4), h[0])
                                 and sentence[h[1]:h[1] + 1] not in ("'", "’"))]
                named = [h[2] for h in hits]
                if found.refers == "organisation" and _BUSINESS_OPENING_RE.match(sentence):
                    # "The service added about 10 crore subscribers in the first two months of the Indian Premier
                    # League …, the company said": the subject is the company described, named before; the
                    # names after it are its objects
                    named = []
                if found.refers == "person":
                    named = [n for n in named if self._kind(n) == "person"]
                elif its_role:  # "Naver Webtoon plans …, its head of content strategy said": Naver Webtoon's
                    named = [self.names.owner_of(n) or n for n in named]  # ("its": whatever it looks like, no person)
                elif found.refers == "organisation":
                    if hits and (" and " in hits[0][2] or _LIST_AFTER_RE.match(sentence, hits[0][1])):
                        # "Nvidia, Fidelity Management and Baillie Gifford took part, the company
                        # said": one company is not the several the sentence opens with
                        named = []
                    # "Kling has …, the company said": not the product, its owner when the article says it
                    # (or as its name says: "Sony Interactive's PlayStation Plus service now has …")
                    named = [self.names.owner_of(n) or re.split(r"['’]s\s", n, maxsplit=1)[0] for n in named]
                    named = [n for n in named if not self.names.is_product(n)]
                own = named[0] if named else None
                if own and self._kind(own) == "person":
                    own = self._person_called(own)  # ("Reyes has not cut any jobs, he says": Tomás Reyes)
                if own is None and found.refers == "organisation":
                    # "Artists earned a combined $9 billion from Spotify last year, the company said": who pays
                    # them, the one company of the sentence (a place after "from" is no company)
                    payers = [h[2] for h in self.names.find(sentence, 0, found.at)
                              if re.search(r"\bfrom\s+$", sentence[max(0, h[0] - 6):h[0]])
                              and h[2].lower() not in PLACES and not DEMONYM_RE.fullmatch(h[2])
                              and self._kind(h[2]) != "person"
                              # (a product is what takings come from, not who pays: "Revenue from Kling AI")
                              and not self.names.is_product(h[2])]
                    own = payers[0] if len(payers) == 1 else None
                if own is None and found.refers == "organisation" and found.head in BUSINESS_DESCRIPTIONS:
                    # "More than 500,000 sellers now use TikTok's Symphony suite …, the company said": the
                    # company whose product the sentence names
                    owners = [owner for h in self.names.find(sentence, 0, found.at)
                              if (owner := self.names.owner_of(h[2])) and self._kind(owner) != "person"
                              and owner.lower() not in PLACES]
                    own = owners[0] if len(set(owners)) == 1 else None
                if own is None and its_role and INDEFINITE_OPENING_RE.match(sentence):
                    # "An AI-assisted short … had been viewed 40 million times on YouTube, its producers
                    # said": the producers of something unnamed, nobody named before
                    return None, replace(found, unnamed=True)
                if own is None and its_role and _BUSINESS_OPENING_RE.match(sentence):
                    # "The company declined to comment, but its chief financial officer told investors": the
                    # company the sentence opens on, named before
                    own = self._organisation_in(before) or self._lead_company()
            if own is None and its_role and found.at == 0 and not new_paragraph:
                # "The film was made on a budget of ₹250 crore. Its makers said …": the makers of what the sentence
                # before is about, a company it names, else somebody unnamed (not the source before)
                own = self._organisation_in(before, business=True)
                if own is None:
                    return None, replace(found, unnamed=True)
            if own is None and found.head in BUSINESS_DESCRIPTIONS and not self.sourced_last:
                # "Luma AI … raised $90 million. About 25 million people have tried Dream Machine, the
                # company said": the company the sentence before is about, not one "the company" meant earlier
                own = self._organisation_in(before, business=found.head != "group")
            if found.head in self.described and (own is None or found.head not in BUSINESS_DESCRIPTIONS):
                # "the union" is the union it stood for before ("the union SFA-CGT said"), not the
                # sentence's subject ("France's dubbing sector employs …, according to the union");
                # "the company" may well be the sentence's subject
                own = self.described[found.head]
            if own is None and found.refers == "organisation" and found.head in _BODY_WORDS:
                own = self._described_recently(found.head)  # "the performers' union Equity …. according to the union"

            if own is None and found.refers == "organisation" and found.head in BUSINESS_DESCRIPTIONS - _ANY_BUSINESS:
                # "…, said Maria Okafor, head of entertainment at the broker Gallagher. … Lloyd's underwriters told
                # Reuters …. …, the broker said": the one the trade described, not whoever spoke last
                own = self._described_recently(found.head)
            if own is None and found.at == 0 and not new_paragraph and not self.sourced_last \
                    and sentence[:5] in ("They ", "they "):
                # "A separate team from Imperial College London looked at illustrators. They reported …": the
                # group the sentence before opens on, where it works, not whoever spoke before it
                own = self._affiliated_subject(before)
            if own is None and _PERSONAL_PRONOUN_RE.match(sentence, found.at):
                own = self._person_in(before)  # "For Hale, the question is settled. He plans …": Hale
                own = own or self._person_mentioned_since()
                if own is None and self.name is None:
                    # "When the director Hana Ito started her last feature, …. For her next one, she used ….¶"…,"
                    # she said": the one person named a few sentences before, nobody having spoken since
                    own = next((p for sentence_before in reversed(self.read_so_far[-4:-2])
                                if (p := self._person_in(sentence_before))), None)
                if own:  # the next "he" is the same person
                    self.sources = [*self.sources[-5:], (own, "person", self.unsourced)]
                    self._know_person(own)
            if own is None and found.head in _BODY_WORDS and self.last \
                    and self._kind(self.last) != "person" and _ALSO_AFTER_ANAPHOR_RE.match(sentence, found.at):
                # "… according to Ofcom's annual report. YouTube alone accounted for 34%. The regulator also found
                # …": the body that reported before goes on, not the company the sentence before is about
                own = self.last
            if own is None and found.refers == "organisation" and found.head not in _AUTHORS and (
                    not self.sourced_last or self.name and self._kind(self.name) != "thing"
                    # (nor an outlet somebody told: "…, people familiar with the deal told Caixin. The company says")
                    or found.head in BUSINESS_DESCRIPTIONS and self.name in self.hearers):
                # (a person or a document named before is no company: "X's managing director said ….
                # The company expects"; "X reported revenue …, according to LSEG data. …, the company said")
                # "Netflix added 8.8 million subscribers. The streamer expects"
                own = self._organisation_in(before, business=found.head in BUSINESS_DESCRIPTIONS - {"group"})
            opened = _BUSINESS_OPENING_RE.match(before) if own is None and found.head in _SPOKESPEOPLE else None
            if opened and self._unnamed(opened.group("head").lower()) and opened.group("head").lower() not in self.described:
                return None, replace(found, unnamed=True)  # ("The platform said it would appeal. "…," a spokesperson said")
            if own is None and found.head in _SPOKESPEOPLE:
                own = article_topic(self.names)  # "a company spokesperson said": the company the article is about
                if own is None and not self.quoted_paragraph:
                    # a spokesperson speaks for a company: the one that spoke in the sentence before, never a
                    # firm cited for data or a person; with none named, somebody unnamed
                    own = self.name if self.name and self.age <= 1 and self._kind(self.name) == "thing" \
                        and self.name not in self.cited else None
                    if own is None:
                        return None, replace(found, unnamed=True)
            if own is None and found.refers is None and not found.anaphor and self.name \
                    and self._kind(self.name) == "person" and _HE_SAID_RE.search(sentence):
                own = self._person_mentioned_since()  # ("In a 2015 interview he said …": the same reading)
            kind = self._recent_kind(found.refers)  # "it said" is the report, "he added" the person
            kind = None if kind and found.head in BUSINESS_DESCRIPTIONS and found.head != "group" and is_no_business(kind) else kind
            business_cited = found.head in BUSINESS_DESCRIPTIONS - {"firm", "group"} \
                and (kind in self.cited or self.name in self.cited  # ("the platform said" after a report's maker)
                     or kind in self.analysts_firms and found.head not in FINANCIAL_BUSINESSES)
            if business_cited:
                # "…, according to LSEG. The company forecast …": the company the article leads with, not who
                # was cited for data (which may be "the firm" or "the group")
                lead = next((n for n, k, _ in reversed(self.sources)
                             if k == "thing" and n not in self.cited and n not in self.analysts_firms), None) \
                    or lead_company(self.names, self._kind, lambda n: self._cited(n) or n in self.analysts_firms) \
                    or article_topic(self.names)
                # (one the article has not named yet is no antecedent: "The film's distributor said …" before the
                # Federal Trade Commission's paragraph)
                kind = lead if lead not in self.cited and lead and any(lead in read for read in self.read_so_far) else None
            def fits(name: str | None) -> str | None:  # "the company said" is no document, "the survey" no person
                if name is None or found.refers == "organisation" and self._kind(name) != "thing":
                    return None
                if found.head in BUSINESS_DESCRIPTIONS and found.head != "group" and is_no_business(name):
                    return None  # "…, the distributor said" is no national film centre cited before
                if found.refers == "thing" and self._kind(name) == "person":
                    return None  # "…, it said": an organisation or a document, never the minister who spoke before
                if found.refers == "person" and self._kind(name) != "person":
                    return None  # "I have started teaching …": a person goes on, never the collective cited before
                return None if found.refers == "document" and self._kind(name) == "person" else name
            # "The report also found …" after another source spoke: the survey the article last reported, if
            # nothing named since is a document
            surveyed = self.article_survey if found.refers == "document" and kind is None \
                and _THE_SURVEY_OPENS_RE.match(sentence) and self.name != self.article_survey and self.name \
                and self._kind(self.name) != "document" else None
            opener = self.names.at_start(self.read_so_far[-2]) if own is None and found.refers == "thing" \
                and found.at == 0 and not found.anaphor and len(self.read_so_far) > 1 else None
            if opener and opener != self.name and self._kind(opener) not in ("person", "document") \
                    and not self._cited(opener):
                # "Analysts at Morgan Stanley estimate …. Spotify has 276 million paying subscribers. It reported its
                # first full-year profit": "it" is the subject of the sentence before, not the source before that
                own = opener
            carried = own or self.quoted_paragraph or kind or surveyed or (None if business_cited else fits(self.name)) \
                or (fits(self.last) if found.anaphor and not business_cited else None)
            headed = self.names.described_as(found.head) if carried is None and found.anaphor and found.head else None
            if headed and any(headed in read for read in self.read_so_far[:-1]) and not self._cited(headed):
                # "The Sundance Film Festival received … submissions, organisers said. … the festival said": the one
                # name the article gave that noun, named before though never cited
                carried = headed
            if carried is None and found.head in BUSINESS_DESCRIPTIONS:
                # "According to the company, Vidu has …" with no company named near: the one the article
                # leads with ("Shengshu Technology completes new funding round …")
                lead = article_topic(self.names) or self._lead_company()
                lead = None if lead in self.hearers else lead  # (nor whom it was told: "…, told Reuters")
                # (one named after it, in its sentence or later, is no antecedent; nor a guild or a union)
                carried = lead if lead and lead not in sentence \
                    and (found.head == "group" or not is_no_business(lead)) and any(lead in s for s in self.read_so_far[:-1]) \
                    and not self._cited(lead) else None  # (nor one only cited for data: "according to price tracker TicketData")
            if quoted and carried and not self.in_paragraph:
                self.quoted_paragraph = carried  # a paragraph that opens quoting X is X's
            if carried is None and not found.anaphor and _THIRD_PERSON_RE.search(sentence):
                carried = self._mentioned()  # "Mr. Feng, a blogger, has worked ... He said that" (not "I have …")
            if carried and _OTHER_COMPANY_RE.search(sentence, found.at + 1):
                self.cited.add(carried)  # ("The agency expects the company's leverage to …": the company is another)
            if carried:
                self.name, self.age, self.in_paragraph = carried, 0, True
                # ("The authors estimate that …. That would be …": what it elaborates is theirs too)
                self.reported = bool(_REPORTED_RE.search(sentence))
                if found.head:
                    self.described[found.head] = carried
                # "The federation … surveyed 1,100 members": what follows are its survey's answers
                self.from_survey = self.from_survey or bool(_SURVEY_WORDS_RE.search(sentence))
            return carried, found
        self.recent = [*self.recent[-1:], (sentence, self.unsourced)]
        return None, found

    def _described_before(self, sentence: str, found: Attribution) -> Attribution:
        """A definite description stands for what was named before it: "The union said 79% of
        respondents …" after a poll of Equity's members is Equity's, not the Musicians' Union the
        article names only a paragraph later (the one name ending in "Union" it would otherwise
        stand for); such a description continues the source named before, as "the union" does."""
        for m in _DEFINITE_ORGANISATION_RE.finditer(sentence):
            noun = m.group(1).lower()
            if self.names.described_as(noun) == found.source:
                if any(found.source in s for s in self.read_so_far):
                    return found
                return Attribution(None, True, True, False, m.start(), "organisation", head=noun)
        return found

    def _recent_kind(self, refers: str | None) -> str | None:
        """The latest source of the kind a pronoun or description stands for, still in reach."""
        if refers is None or not self.sources:
            return None
        wanted = {"document": ("document",), "person": ("person",), "organisation": ("thing",)}.get(
            refers, ("thing", "document"))  # "it said": a company or a report
        for name, kind, at in reversed(self.sources):
            if self.unsourced - at > ANAPHOR_LIFETIME:
                break
            if kind in wanted or refers == "organisation" and kind == "document" and self._kind(name) == "thing":
                return name  # ("a study by consultancy MarketCast … The firm estimated": the study's author)
        return None

    def _learn_description(self, sentence: str, source: str) -> None:
        """A source described as it is named ("the actors' union ANAD warned", "the Bectu union
        found", "Analysts at Wedbush"): what "the union" or "the analysts" stands for later."""
        at = sentence.find(source)
        if at < 0:
            return
        for put_out in _OWN_WORDS_MENTIONED_RE.finditer(sentence):
            # "…, according to a memo to employees from Beth Galetti": what "the memo said" stands for later
            self.described[put_out.group(1).lower()] = source
        for described in ((_DESCRIPTION_BEFORE_RE.search(sentence, max(0, at - 40), at) if at > 0 else None),
                          _DESCRIPTION_AFTER_RE.match(sentence, at + len(source)),  # "a survey by the Bectu union"
                          _DESCRIPTION_APPOSED_RE.match(sentence, at + len(source)),
                          (_DESCRIPTION_AT_RE.search(sentence, max(0, at - 40), at) if at > 0 else None)):
            if described and described.group("head").lower() in SOURCE_ANAPHORS:
                self.described[described.group("head").lower()] = source
                if described.group("head").lower() in MARKET_ANALYSTS:
                    # "Analysts at Trigon had expected …": a firm giving its view of another's results, not the
                    # studio or the company a later "the studio expects" stands for (a bank or a broker it may be)
                    self.analysts_firms.add(source)
                return

    def _described_recently(self, head: str) -> str | None:
        """The name a recent sentence gave right after the description `head`, or ending in it, whether or
        not it spoke then: "Sarah Ellis, general secretary of the performers' union Equity, told MPs …":
        Equity is what "the union" stands for in the sentences after it."""
        for sentence in reversed(self.read_so_far[-ANAPHOR_LIFETIME - 1:-1]):
            for start, _end, name in reversed(self.names.find(sentence)):
                described = _DESCRIPTION_BEFORE_RE.search(sentence, max(0, start - 40), start)
                if (described and described.group("head").lower() == head or name.lower().endswith(" " + head)) \
                        and self._kind(name) != "person":
                    return name  # (or the one named by it: "the Premier League" is what "the league" stands for)
        return None

    def _affiliated_subject(self, sentence: str) -> str | None:
        """The organisation a sentence's subject is said to work at or come from, the subject being a group:
        "A separate team from Imperial College London looked at …", "Researchers at MIT studied …"."""
        opening = _AFFILIATED_GROUP_OPENS_RE.match(sentence)
        hit = self.names.find(sentence, opening.end(), min(len(sentence), opening.end() + 60)) if opening else []
        if hit and hit[0][0] == opening.end() and self._kind(hit[0][2]) != "person":
            return hit[0][2]
        return None

    def _know_person(self, name: str) -> None:
        """What a later sentence may call a person named in full: the surname ("Okafor said"), and, for a name of
        two words, the first, which is the family name in Chinese, Korean and Japanese order ("Lin Xiaoyu said …
        Lin said"); a surname known already keeps its person."""
        words = name.split()
        self.people[words[-1]] = name
        if len(words) == 2 and words[0].isalpha() and words[0].lower() not in TITLE_WORDS:
            self.people.setdefault(words[0], name)

    def _person_in(self, sentence: str) -> str | None:
        """The one person the sentence before names, by full name or by a surname a source had
        ("Others, like Tom Weller of Capital Economics, think …", "For Hale, …"): who "he" or
        "she" after it is. None when it names no person, or more than one."""
        found = [name.split(" of ")[0] for _s, _e, name in self.names.find(sentence)]  # "Tom Weller of Capital Economics"
        people = {self._person_called(name) for name in found if self._kind(name) == "person" or name in self.people}
        people |= {self._person_called(w) for w in _CAPITALISED_RE.findall(sentence) if w in self.people}  # a surname alone
        people = {p for p in people if not any(p != q and p in q for q in people)}  # "Hale" within "Marcus Hale"
        return people.pop() if len(people) == 1 else None

    def _unnamed(self, head: str | None) -> bool:
        """Whether the article introduced a business of this kind without a name: opening a sentence ("A mid-sized
        game studio in Poland replaced …") or acted on ("The European Commission fined a video streaming platform
        €250 million …. The platform said it would appeal"). The second is looked for only when "the <head>" speaks,
        in the sentences read so far: a scan of every sentence for it would cost more than all its uses."""
        if head is None or head in self.unnamed_heads:
            return head is not None
        if head not in BUSINESS_DESCRIPTIONS:
            return False
        acted_on = re.compile(rf"{_INDEFINITE_BEFORE_HEAD}{re.escape(head)}\b(?!\s+(?:called|named|[A-Z]|,))")
        return any(acted_on.search(sentence) for sentence in self.read_so_far)

    def _person_mentioned_since(self) -> str | None:
        """The person one of the two sentences before opened on, after the current source was named: "His daughter,
        Ruth Finch, said …. Mr. Finch worked on …. His team's …. He was born": Mr. Finch, not the source."""
        for sentence_before in reversed(self.read_so_far[-4:-2]) if self.name else ():
            if self.name in sentence_before:
                return None
            subject = self.names.at_start(sentence_before)
            if subject and self._kind(subject) == "person" and (person := self._person_in(sentence_before)):
                return person
        return None

    def _person_called(self, name: str) -> str:
        """Whom a name stands for. A surname alone or after a title ("Mr. Finch") that several people the
        article names in full share is the first of them, the one the article is about: the others are
        named in full where they come in ("His daughter, Ruth Finch, said"); else the person quoted by it."""
        words = name.split()
        surname = words[-1] if len(words) == 1 or len(words) == 2 and words[0].lower().rstrip(".") in HONORIFICS else None
        namesakes = self.namesakes().get(surname, []) if surname else []
        return namesakes[0] if len(namesakes) > 1 else self.people.get(name, name)

    def namesakes(self) -> dict[str, list[str]]:
        """The people the article names in full, by surname, in the article's order."""
        if self.namesakes_of is None:
            self.namesakes_of = {}
            for run in self.names.runs:
                for part in _NAME_LIST_SPLIT_RE.split(run):
                    if " " in part and part.split()[0].lower().rstrip(".") not in HONORIFICS \
                            and part.split()[0].lower() not in _NOT_A_FIRST_NAME \
                            and (self.kinds.get(part) or source_kind(part)) == "person":
                        self.namesakes_of.setdefault(part.rsplit(None, 1)[-1], []).append(part)
        return self.namesakes_of

    def _names_listed(self, sentences: list[str]) -> str | None:
        """The first list of names ("Disney and Universal") the sentences open, most recent first: what "the
        studios" stand for."""
        for sentence in sentences:
            hits = [h for h in self.names.find(sentence) if h[2].lower() not in PLACES and self._kind(h[2]) != "person"]
            if len(hits) > 1 or hits and " and " in hits[0][2]:
                end = listed_names_end(sentence, hits)
                if end > hits[0][1] or " and " in hits[0][2]:
                    return sentence[hits[0][0]:end]
        return None

    def _organisation_in(self, sentence: str, business: bool = False) -> str | None:
        """The organisation the sentence is about; with `business`, only one a "the company" may stand for
        (not "the Authors Guild": "…, chief executive of the Authors Guild, called …. The company said")."""
        found = organisation_in(sentence, self.names, self._kind)
        return None if business and found and is_no_business(found) else found

    def _kind(self, name: str) -> str:
        """person, document or thing: as the article's grammar shows it, else as the name looks (a surname
        of a person the article names in full is that person: "Gupta said" after "Varshul Gupta")."""
        kind = self.kinds.get(name) or source_kind(name)
        if kind == "thing" and " " not in name and name[1:].islower():
            if name in self.full_names() or name in self.people:  # (or of one quoted: "Judge William Alsup said")
                return "person"
        return kind

    def full_names(self) -> dict[str, str]:
        """The people the article names in full, by their last word ("Gupta" -> "Varshul Gupta"), read once."""
        if self.full_name_of is None:
            # (not a run a sentence's first word opens: "When Tom Pryce", "A Netflix spokesperson")
            self.full_name_of = {part.rsplit(None, 1)[-1]: part for run in self.names.runs
                             for part in _NAME_LIST_SPLIT_RE.split(run)  # ("Varshul Gupta and Anuja Dhawan")
                             if " " in part and part.split()[0].lower() not in _NOT_A_FIRST_NAME
                             and (self.kinds.get(part) or source_kind(part)) == "person"
                             # (a name the article's reading keeps whole: not "Rival Lumenix", the rival Lumenix)
                             and _named_in(part, self.names) == part}
        return self.full_name_of

    def _cited(self, name: str) -> bool:
        """Whether the name is one only cited, or speaking of "the company" as another: "Moody's Ratings"
        cited, the "Moody's" of a headline too."""
        return name in self.cited or any(c.startswith((f"{name}'s ", f"{name}’s ")) for c in self.cited)

    def _lead_company(self) -> str | None:
        return lead_company(self.names, self._kind)

    def _mentioned(self) -> str | None:
        """The name the last two sentences without a source open with, most recent first."""
        for sentence, at in reversed(self.recent):
            if self.unsourced - at > 2:
                break
            subject = self.names.at_start(sentence)
            if subject and not is_acronym(subject) and not DEMONYM_RE.fullmatch(subject.removeprefix("The ")) \
                    and not DESCRIBES_UNNAMED_AFTER_RE.match(sentence, sentence.find(subject) + len(subject)):
                return subject  # (not "Bristol animation studio doubles staff": the studio's place, no name of it)
        return None

    def survey_source(self) -> str | None:
        """The survey whose report the paragraph is giving, for its shares of respondents."""
        return self.name if self.from_survey and self.in_paragraph else None


# an author's own line near the top ("By Dana Whitfield"), and the first person outside quotations (the
# plural too: "Our budget for the series was about £1.4 million" is the author's, for the author's studio)
_AUTHOR_LINE_RE = re.compile(r"^[ \t]*By\s+(?P<name>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})[ \t]*$", re.MULTILINE)
_SPEECH_HEADLINE_RE = re.compile(r"[ \t]*(?:Speech|Remarks|Statement|Keynote)\s*:\s*(?P<name>[A-Z][^\n:]{2,60}?)"
                                 r"(?:\s+(?:at|to|on|before)\s+[^\n]*)?[ \t]*$", re.MULTILINE)
# a signature closing the text: a name on a line, its office on the next
_SIGNATURE_RE = re.compile(r"\n[ \t]*(?P<name>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})[ \t]*\n[ \t]*"
                           r"(?P<role>(?:[A-Z0-9][\w&,.-]*[ \t]*){1,6})\s*$")  # ("President, Local 700")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]ine|me|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]urs?|us)\b")
_QUOTE_MARK_RE = re.compile(r"[\"“”]")
# the author as the one told, not the one who tells: "One tells me AI will cut his effects bill by 30%"
_TELLS_ME_RE = re.compile(r"\b(?:tells|told|telling|says\s+to|said\s+to|assures|assured|insists\s+to)\s+(?:me|us)\b")
_BYLINE_RE = re.compile(r"\b(?:[Bb]y|[Ii]nterview(?:ed)?\s+by|[Ww]ritten\s+by)\s+$")
_INTERVIEW_CUE_RE = re.compile(r"\b(?:Q\s*&\s*A|Q\s+and\s+A|[Ii]nterview(?:ed|s)?|(?:spoke|talked|speaks|talks)\s+(?:to|with)|"
                               r"sat\s+down\s+with|conversation\s+with)\b")
_HONORIFIC_RE = re.compile(rf"(?:{'|'.join(HONORIFICS)})\.?\s", re.IGNORECASE)


def interview(text: str, paragraphs: list[int], names: ArticleNames) -> tuple[str | None, list[int]]:
    """A question-and-answer interview: who answers, and which paragraphs (by index) are the
    questions; (None, []) for any other article. An interview says so before its first question
    ("Q&A:", "we spoke with", "in an interview") and has at least two paragraphs that are one
    short question each; who answers is the person the article calls by an honorific most often
    ("Mr. Feng"), else the first person its introduction names (not its byline)."""
    ends = [*paragraphs[1:], len(text)]
    questions = [i for i, (a, b) in enumerate(zip(paragraphs, ends, strict=True))
                 if text[a:b].rstrip().endswith("?") and len(text[a:b].strip()) <= 200]
    if len(questions) < 2 or not _INTERVIEW_CUE_RE.search(text, 0, paragraphs[questions[0]]):
        return None, []  # (questions alone may be an essay's: an interview says it is one before them)
    people = Counter()
    for run, n in names.runs.items():
        name = names.trim(run)
        if name and _HONORIFIC_RE.match(name) and source_kind(name) == "person":
            people[name] += n
    if people:
        return people.most_common(1)[0][0], questions
    for start, _end, name in names.find(text, 0, paragraphs[questions[0]]):
        if source_kind(name) == "person" and not _BYLINE_RE.search(text, max(0, start - 20), start) \
                and not any(part.lower() in SMALL_NUMBERS for part in re.split(r"[\s-]", name)):
            return name, questions  # (not a title: "Three-Body Problem")
    return None, []


# what the grammar around a name says it is: "Naver Webtoon said Tuesday its tool …", "X, which
# employs …" (a thing); "X, who founded …", "X said his …" (a person)
# (two scans, each opening on a fixed mark: ten times faster than their alternation)
_RELATIVE_CUE_RE = re.compile(r",\s+(which|who)\b")
# a show a clause goes on about after a comma: "ITV's talent show, which averaged 3.1 million"
_SHOW_NOUN_AFTER_RE = re.compile(r"\s*,\s+(?:which|who|whose)\b")
# descriptions any business answers to: "the company" may be any of them, not only one the words described
_ANY_BUSINESS = {"company", "firm", "group", "corporation"}
# a company spoken of as another, the object of a preposition or a possessive: "its rating on the company",
# "a lawsuit against the firm", "expects the company's leverage to rise"
_OTHER_COMPANY_RE = re.compile(r"\b(?:on|against|in|into|about)\s+the\s+(?:company|firm|corporation)\b(?!['’])|"
                               r"(?<=[a-z])\s+the\s+(?:company|firm|corporation)['’]s\b")
_SHARES_OF_CUE_RE = re.compile(rf"(?i:{SHARES_OF})")
# shares that move, after the name whose they are: "Paramount Skydance shares fell 3.2%" (a person has no
# share price)
_SHARES_MOVED_CUE_RE = re.compile(rf"(?:shares|stock)\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:{MOVED_VERBS})\b")
# a verb of results with what it reports: only a business posts revenue, a profit or a loss
# (one branch per first letter, so the scan skips to the letters that open a verb; kind_hints checks the name before)
_RESULTS_CUE_RE = re.compile("(?:" + "|".join(word_start_branches(("posts", "posted", "reports", "reported", "books", "booked")))
                             + r")\s+(?:(?:a|an|its|their|record|quarterly|annual|net|operating|full-year|[a-z]+-quarter)\s+){0,3}"
                             r"(?:revenues?|sales|profits?|loss(?:es)?|earnings|income)\b")
# a business described right before its name (lower-case description, then the name)
_BUSINESS_BEFORE_NAME_CUE_RE = re.compile(rf"\b(?:{trie_pattern(BUSINESS_DESCRIPTIONS, ' ')})[ \t]+(?=[A-Z])")  # (not across a line)
_SAID_ITS_CUE_RE = re.compile(r"sa(?:id|ys)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:that\s+)?(its|his|her)\b")
# a description between commas right after a name, read up to its head: "Teikoku Databank, a credit
# research firm, found" (the head is the last word before a phrase after it: "a unit of Sony")
_DESCRIPTION_HEAD_RE = re.compile(r", (?:a|an|the) (?:[\w&'’-]+ ){0,4}?([a-z]+(?:-[a-z]+)?)(?:,| (?:of|at|in|for|behind|based|"
                                  r"that|which|with|owned|backed|founded|known)\b)")


def kind_hints(text: str, names: ArticleNames) -> dict[str, str]:
    """name -> "thing" or "person", for the names whose clause says which they are; a name it says
    both of is left to how it looks (source_kind)."""
    hints: dict[str, str] = {}
    for m in (*_RELATIVE_CUE_RE.finditer(text), *_SAID_ITS_CUE_RE.finditer(text)):
        before = names.find(text, max(0, m.start() - 60), m.start())
        if not before or before[-1][1] < m.start() - 2:
            continue  # the cue follows no name directly
        kind = "thing" if m.group(1) in ("which", "its") else "person"
        name = before[-1][2]
        hints[name] = kind if hints.get(name, kind) == kind else ""
    for m in _BUSINESS_BEFORE_NAME_CUE_RE.finditer(text):  # "visual effects company Pinewood Pixel": a company
        after = names.find(text, m.end(), min(len(text), m.end() + 60))
        if after and after[0][0] == m.end():
            hints[after[0][2]] = "thing" if hints.get(after[0][2], "thing") == "thing" else ""
    for m in _DESCRIPTION_HEAD_RE.finditer(text):
        # "Teikoku Databank, a credit research firm,": a firm, though its two words look like a person's name
        if m.group(1) not in BUSINESS_DESCRIPTIONS and m.group(1) not in ORGANISATION_WORDS \
                or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == ")"):
            continue
        before = names.find(text, max(0, m.start() - 60), m.start())
        if before and before[-1][1] == m.start():
            name = before[-1][2]
            hints[name] = "thing" if hints.get(name, "thing") == "thing" else ""
    # "Paramount Skydance posts revenue of $6.7 billion": a company's results; "Paramount Skydance shares
    # fell": a company's shares
    for m in (*_RESULTS_CUE_RE.finditer(text), *_SHARES_MOVED_CUE_RE.finditer(text)):
        if m.start() < 2 or text[m.start() - 1] != " ":
            continue
        before = names.find(text, max(0, m.start() - 60), m.start())
        if before and before[-1][1] == m.start() - 1:
            name = before[-1][2]
            hints[name] = "thing" if hints.get(name, "thing") == "thing" else ""
    for m in _SHARES_OF_CUE_RE.finditer(text):  # "Shares of Paramount Skydance dropped": a company's
        if m.start() and text[m.start() - 1].isalnum():
            continue  # ("Timeshares of …": no shares)
        after = names.find(text, m.end(), min(len(text), m.end() + 60))
        if after and after[0][0] == m.end():
            hints[after[0][2]] = "thing" if hints.get(after[0][2], "thing") == "thing" else ""
    return {name: kind for name, kind in hints.items() if kind}


def sentence_sources(text: str, sentences: list[tuple[int, int]],
                     names: ArticleNames) -> list[tuple[str | None, str | None, str | None]]:
    """For each sentence of an article, in order: (its source, the survey its paragraph is
    reporting, who made the survey the article last reported). Computed once per article for
    figures and impact statements alike."""
    hints = kind_hints(text, names)
    names.kinds.update(hints)  # (read wherever the names are: "The company has …" after "Naver Webtoon, the platform,")
    register = SourceRegister(names, hints)
    paragraphs = paragraph_starts(text)
    answering, questions = interview(text, paragraphs, names)
    turns = speaker_turns(text)  # a transcript's: each paragraph its speaker's, whose label opens it
    # an opinion piece speaks in its author's first person: "By Dana Whitfield … Here is mine: about one in ten"
    author = _AUTHOR_LINE_RE.search(text, 0, min(len(text), 600)) if not answering else None
    # ... and a letter or a memo in the first person plural, signed at its end: "To our shareholders … Maya
    # Lindqvist¶Chief Executive Officer"
    signed = _SIGNATURE_RE.search(text, max(0, len(text) - 200)) if not answering and author is None else None
    # ... or a speech its headline gives to its speaker: "Speech: Culture Secretary at the Screen Industries Summit"
    spoken = _SPEECH_HEADLINE_RE.match(text) if not answering and author is None and signed is None else None
    written_by = author.group("name") if author else signed.group("name") if signed else spoken.group("name") if spoken else None
    written = (author.end(), len(text)) if author else (0, signed.start()) if signed else \
        (spoken.end(), len(text)) if spoken else (0, 0)
    # the cue words of every sentence from one scan of the article
    low = ascii_lower(text)
    starts = [s for s, _ in sentences]
    cues: list[set[str]] = [set() for _ in sentences]
    for m in _CUE_RE.finditer(low):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.end() <= sentences[i][1]:
            cues[i].add(m.group())
    out = []
    paragraph = -1
    p = 0
    listing = None  # the source a list's heading names ("Key figures from Animation UK's 2025 report:")
    for (s, e), words in zip(sentences, cues, strict=True):
        while p + 1 < len(paragraphs) and paragraphs[p + 1] <= s:
            p += 1  # sentences come in order: walk the paragraph starts alongside
        source, _ = register.read(text[s:e], p != paragraph, words)
        turn = turns.get(paragraphs[p]) if turns else None
        if turn and source is None:
            source = turn[0]  # "James Barge, CFO: Adjusted OIBDA was $61 million.": the speaker's
        if answering and source is None:
            # a question-and-answer interview: the questions are nobody's source, the answers the interviewee's
            source = answering if p not in questions and questions[0] < p else None
        if written_by and source is None and written[0] < s < written[1] and not _QUOTE_MARK_RE.search(text, s, e) \
                and (spoken or _FIRST_PERSON_RE.search(_TELLS_ME_RE.sub("", text[s:e]))):
            # (not inside a quotation: "'I think …,' said X" is X's; a speech is its speaker's throughout)
            source = written_by
        item = _LIST_LINE_RE.match(text, s) if listing and (s == 0 or text[s - 1] == "\n") else None
        if item and source is None:
            source = listing  # a list's line, its heading's source
        # (not a heading that sets results against expectations: its source is the consensus's, "Here's how the
        # company did, compared with what Wall Street was expecting, according to LSEG:")
        heads_list = text[s:e].rstrip().endswith(":") or _HEADS_BULLETS_RE.match(text, e) \
            and not ((s == 0 or text[s - 1] == "\n") and _LIST_LINE_RE.match(text, s))  # (an item heads none)
        if heads_list and source is None and words & SOURCE_NOUNS:
            # ("Key takeaways from Ampere Analysis's 2025 content spending report" over bullets: a heading read as one)
            owned = _HEADING_DOCUMENT_RE.search(text, s, e)
            source = _find(text[s:e], names, words).source or (_named_in(owned.group("name"), names) if owned else None)
            if source is None and _THE_DOCUMENT_RE.search(text, s, e):
                # ("Key findings from the report:": the document the article reported last, by whoever made it)
                source = register._recent_kind("document")
            heading = source
            source = None if text[s:e] in names.headlines else source
        else:
            heading = source
        listing = heading if heads_list and heading and not CONSENSUS_WORDS_RE.search(text, s, e) \
            else listing if item else None
        paragraph = p
        out.append((source, register.survey_source(), register.article_survey))
    for i in range(len(out) - 2, -1, -1):
        # '"We used to quote $250,000 for a sequence like that. Now we quote $180,000," said Priya
        # Nair': a quotation's first sentences are said by whom its last one names
        s, e = sentences[i]
        opens = OPENS_QUOTE_RE.match(text, s)
        # (over a source carried from the paragraph before, when the quotation opens its own paragraph)
        if (out[i][0] is None or bisect.bisect_left(paragraphs, s) < len(paragraphs)
                and paragraphs[bisect.bisect_left(paragraphs, s)] == s) \
                and out[i + 1][0] and opens and not _CLOSES_QUOTE_RE.search(text, opens.end(), e) \
                and _CLOSES_QUOTE_RE.search(text, *sentences[i + 1]):
            out[i] = (out[i + 1][0], *out[i][1:])
    return out


# an unnamed speaker and their verb: "Industry insiders estimate", "analysts expect"
# (a noun, not a pronoun: "what many said was impossible" quotes no speaker of its own)
# (not a definite one, who is the one named before: "Goldman Sachs analysts expect …. The analysts estimate")
_STATING_VERB_ALT = trie_pattern(ATTRIBUTION_VERBS - EVENT_VERBS)  # "said", "expects": no event ("announced")
_UNNAMED_SPEAKER_RE = re.compile(
    rf"(?<!\bthe\s)(?<!\bThe\s)(?<!\bthese\s)(?<!\bThese\s)"
    rf"\b(?:{'|'.join(sorted(UNNAMED_SPEAKERS - PRONOUNS - {'many', 'others', 'everyone', 'everybody'}))})\s+"
    rf"(?:{_STATING_VERB_ALT})\b(?!{_ADDED_AMOUNT_RE.pattern})", re.IGNORECASE)  # (not "Companies claimed £1.7 billion")


# an analyst's own call on a stock, changed or kept: "cut their price target", "raised its rating"
# who holds a view, by the adjective of their stance: "Analysts at rival bank Citi were more cautious"
_STANCE_RE = re.compile(rf"\s*(?P<np>[^,;:\"“]{{2,80}}?)\s+(?:were|was|are|is|remained|remains|remain|seemed|seems|seem)\s+"
                        rf"(?:(?:more|less|far|much|even|somewhat|slightly|rather|still|also)\s+)*"
                        rf"(?:{'|'.join(sorted(STANCE_ADJECTIVES))})\b")
_OWN_CALL_RE = re.compile(r"\b(?:cut|cuts|raised|raises|lowered|lowers|lifted|lifts|trimmed|trims|boosted|boosts|"
                          r"reduced|reduces|set|sets|kept|keeps|maintained|maintains|reiterated|reiterates)\s+"
                          # (or a rating with its target: "Citi maintained a buy rating with a target of HK$92")
                          r"(?:its|their|his|her|an?)\s+(?:[\w-]+\s+){0,2}?(?:price\s+target|target\s+price|rating)s?\b"
                          # (or holds a target: "Pivotal Research's Jeff Wlodarczak has a price target of $1,100")
                          r"|\b(?:has|have|had)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:price\s+target|target\s+price)\b"
                          # (or sets a goal: "Chief Executive David Zaslav has set a target of 150 million")
                          r"|\b(?:set|sets)\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:target|goal)\s+of\b")
_NAME_RIGHT_BEFORE_RE = re.compile(r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+$")
_AND_NAME_SPEAKS_RE = re.compile(r",\s+and\s+(?=[A-Z])")
_SPEAKS_AFTER_NAME_RE = re.compile(rf"\s+(?:{_STATING_VERB_ALT})\b")
# a verb of stating or expecting whose subject stands before it ("Analysts expect", not "is expected")
_ACTIVE_SPEECH_VERB_RE = re.compile(rf"(?<=[a-z] )(?:{_STATING_VERB_ALT})\b(?!\s+to\b)")
_UNNAMED_SPEAKS_RE = re.compile(rf"(?:one|another|some|several|two|three)\s+(?:[a-z][\w-]*\s+){{0,3}}?"
                                rf"(?:{'|'.join(sorted(v for v in ATTRIBUTION_VERBS if ' ' not in v))})\b")
_ACTED_AFTER_NAME_RE = re.compile(rf"\s+(?:also\s+|has\s+|had\s+|have\s+)?(?P<verb>[a-z]{{2,}}ed|{'|'.join(sorted(IRREGULAR_PAST))})\b")
# a name's verb of reckoning with the modal of what it reckons, right before a figure
_NAMED_RECKONS_BEFORE_RE = re.compile(rf"\s+(?:estimates|estimated|{'|'.join(sorted(FORECAST_FRAME_VERBS))})\s+"
                                      r"(?:that\s+)?(?:it\s+)?(?:could|will|would|may|might|can)\s+[^,;.]{0,50}$")
_NEW_CLAUSE_RE = re.compile(r",\s*(?:but|and|while|whereas|yet|although|though)\b|;|\s[-–—]\s", re.IGNORECASE)


# a comparison clause after a figure: ", compared with analysts' average estimate of …"
_COMPARED = (r"\s+(?:(?:slightly|well|just|far|comfortably|narrowly)\s+)?(?:compared\s+(?:with|to)|versus|vs\.?|against|"
             r"above|below|ahead\s+of|short\s+of|beating|topping|missing|exceeding)\b")
# (after a comma, or joined by "and": "up 17% and slightly above the $11.5 billion analysts had expected"; two
# patterns, each opening on a literal, are ten times faster than one opening on either)
_COMPARED_RE = re.compile(rf",{_COMPARED}", re.IGNORECASE)
_AND_STATES_RE = re.compile(rf",\s+and\s+(?:also\s+)?(?:{_STATING_VERB_ALT})\b")
_AND_COMPARED_RE = re.compile(rf" and{_COMPARED}", re.IGNORECASE)


def _compared(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The first comparison clause in text[start:end]."""
    end = len(text) if end is None else end
    comma = _COMPARED_RE.search(text, start, end) if text.find(",", start, end) >= 0 else None
    joined = _AND_COMPARED_RE.search(text, start, end) if text.find(" and ", start, end) >= 0 else None
    return comma if joined is None or comma is not None and comma.start() < joined.start() else joined
# (a box office's forecasters are its tracking: "well above the $35 million industry tracking had projected")
_TRACKING = r"(?:industry\s+|pre-release\s+|box[\s-]office\s+)?(?:tracking|trackers|forecasters)"
# what analysts expected, named after the figure: "the $9.77 billion analysts polled by LSEG had expected"
_CONSENSUS_AFTER_RE = re.compile(
    r"\s+(?:(?:decline|drop|fall|rise|increase|gain|growth)\s+)?(?:that\s+)?(?:(?:some|many|most)\s+)?(?P<firm>(?:[A-Z][\w&.+-]*\s+){1,3})?(?:analysts|economists|investors|the\s+market|wall\s+street|" + _TRACKING + r")"
    r"(?:\s+(?:polled|surveyed)\s+by\s+(?P<np>[^,;.]{2,60}?))?\s+(?:had\s+)?"
    r"(?:expected|forecast|estimated|projected|predicted|anticipated)\b"
    # a consensus set beside the result, the market's unnamed: "Revenue: $24.69 billion vs. $24.62 billion expected"
    r"|[ \t]+(?:expected|estimated)(?!\s+(?:to|that|by|in|at|for|from|of|on)\b)(?=\s*(?:[,;.)]|$))"
    # ... or by its agent: "ahead of the 5.1% expected by analysts in a company-compiled consensus"
    r"|\s+(?:expected|forecast|estimated|projected|predicted)\s+by\s+(?:(?:some|many|most)\s+)?"
    r"(?P<by_firm>(?:[A-Z][\w&.+-]*\s+){1,3})?(?:analysts|economists|investors|the\s+market|wall\s+street|" + _TRACKING + r")\b",
    re.IGNORECASE | re.MULTILINE)
# who put a consensus together, named right after its amount: "the estimate of $2 billion compiled by LSEG"
_COMPILED_BY_RE = re.compile(r"\s+(?:compiled|collected|gathered|calculated|tallied)\s+by\s+(?P<np>[^,;.]{2,60})")
# ... or as the subject before it: "Analysts polled by LSEG had expected 73.5%" (etl.extract too)
CONSENSUS_SUBJECT_RE = re.compile(
    r"\b(?:analysts|economists|wall\s+street)(?:\s+(?:polled|surveyed)\s+by\s+(?P<np>[^,;.]{2,60}?))?\s+(?:had\s+)?"
    rf"(?:expected|forecast|estimated|projected|predicted|anticipated)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:of\s+)?{AMOUNT_HEDGES}$", re.IGNORECASE)
# ... or before it: "analysts' average estimate of $23.78 billion", "the consensus forecast of"
_CONSENSUS_BEFORE_RE = re.compile(
    # (or the market's consensus: "missing the market consensus of 41 billion won")
    rf"\b(?:analysts['’]?|consensus|wall\s+street['’]?s?|market)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:estimates?|forecasts?|expectations?|projections?|consensus)\s+(?:of|for)\s+{AMOUNT_HEDGES}$"
    # ... or bare after a comparison: "Earnings per share were $4.27, compared with estimates of $4.20"
    rf"|\b(?:compared\s+(?:with|to)|versus|vs\.?|against|beating|topping|missing|above|below|ahead\s+of)\s+"
    rf"(?:the\s+)?(?:average\s+)?(?:estimates?|forecasts?|expectations?|consensus)\s+(?:of|for)\s+{AMOUNT_HEDGES}$"
    # ... or a data firm's consensus by its name: "beating the LSEG SmartEstimate of 35.2 billion yuan"
    # (or bare: "falling short of FactSet estimates of 64,900")
    rf"|(?:\bthe\s+|(?<=\s))(?P<firm>(?-i:[A-Z][\w&.-]*))\s+(?:[A-Za-z]+\s+)?(?-i:(?:Smart)?(?:Estimate|estimate|consensus|"
    rf"Consensus))s?\s+(?:of|for)\s+{AMOUNT_HEDGES}$", re.IGNORECASE)


# a cause or a time named by what its source said: "… dropped 7% after OpenAI said"
# (or a contrast whose own subject speaks: "Microsoft eliminated 1,900 jobs, while Electronic Arts said …")
_EVENT_BEFORE_SOURCE_RE = re.compile(rf"\b(?:after|as|when|because|since|following|before|{CONTRAST_OPENERS_ALT})\s+"
                                     r"(?:the\s+|rival\s+)?$",
                                     re.IGNORECASE)
_SPEAKS_RIGHT_AFTER_RE = re.compile(rf"\s+(?:{_STATING_VERB_ALT})\b(?!\s+to\b)")
# (or by its pronoun: "Shares in ITV rose 6.1% after it said …")
_EVENT_BEFORE_DESCRIBED_RE = re.compile(r"\b(?:after|as|when|because|following)\s+(?:(?:the|its)\s+(?:company|firm|studio|group|"
                                         r"streamer|startup|network|broadcaster|chain|maker|publisher|developer)|it)\s+"
                                         r"(?:said|announced|reported|warned|forecast|disclosed|confirmed|posted)\b",
                                         re.IGNORECASE)
# what a comparison's own source measured: "compared with analysts' average estimate of …, according to LSEG"
# (not "…, compared with 500,000 yuan for a live-action one, DataEye said": the whole sentence's)
# (analysts "polled" by a data firm; not "a YouGov poll", a survey of its own)
CONSENSUS_WORDS_RE = re.compile(r"\b(?:analysts?|estimates?|consensus|forecasts?|expect\w*|polled|projections?)\b",
                                 re.IGNORECASE)


def figure_source(text: str, sentence_start: int, sentence_end: int, figure_start: int, figure_end: int,
                  source: str | None, names: ArticleNames, before: str | None = None) -> tuple[str | None, bool]:
    """Who states one figure of a sentence whose source is `source`, and whether the figure is
    what analysts expected (a forecast). "Adobe expects revenue of $23.3 billion, compared with
    analysts' average estimate of $23.78 billion, according to LSEG data": the first is Adobe's,
    the second LSEG's consensus; "the $9.77 billion analysts polled by LSEG had expected" too.
    `before`: the source of the sentence before, whom "the company" opening a comparison stands for."""
    after = _CONSENSUS_AFTER_RE.match(text, figure_end)
    if after:
        polled = _named_in(after.group("np"), names) if after.group("np") else None
        firm = _named_in((after.group("firm") or after.group("by_firm")).strip(), names) \
            if after.group("firm") or after.group("by_firm") else None
        # ("the 116 million Visible Alpha analysts had forecast"); unnamed analysts are the
        # sentence's source only when it is named after them ("…, according to LSEG data")
        later = source is not None and text.find(source, after.end(), sentence_end) >= 0
        return polled or firm or (source if later else _find(text[after.end():sentence_end], names).source), True
    before = _CONSENSUS_BEFORE_RE.search(text, max(sentence_start, figure_start - 80), figure_start)
    if before:
        compiled = _COMPILED_BY_RE.match(text, figure_end)
        firm = _named_in(compiled.group("np"), names) if compiled else None
        if firm:  # "beating the average estimate of $2.0 billion compiled by LSEG": the firm that compiled it
            return firm, True
        # ("…, compared with analysts' average estimate of $23.78 billion, according to LSEG data":
        # LSEG's; "beating analysts' forecasts of 4.5%": nobody named; "the LSEG SmartEstimate of": LSEG's)
        # (the sentence's source may be the company whose figure it compares: the pollster is named after)
        if before.group("firm") and names.is_name(before.group("firm")):
            return before.group("firm"), True
        return (source if source is not None and text.find(source, figure_end, sentence_end) >= 0
                else _find(text[figure_end:sentence_end], names).source), True
    relative = _RELATIVE_SPEAKER_BEFORE_RE.search(text, max(sentence_start, figure_start - 140), figure_start)
    named = _named_in(relative.group("np"), names) if relative else None
    if named:
        # "the sector, which the Association of German Dubbing Actors (IVS) says generates about 100 million euros":
        # who says the relative clause the figure is in
        return named, False
    main_at = _main_clause_speaker_at(text[sentence_start:sentence_end]) if source else 0
    if main_at and figure_end <= sentence_start + main_at:
        # a figure of the clause put before the main one is that clause's speaker's: "After Netflix reported revenue of
        # $11.51 billion, Sarandos said …": Netflix's
        lead = _find(text[sentence_start:sentence_start + main_at], names).source
        if lead:
            return lead, False
    subject = CONSENSUS_SUBJECT_RE.search(text, max(sentence_start, figure_start - 120), figure_start)
    if subject:
        polled = _named_in(subject.group("np"), names) if subject.group("np") else None
        return polled or (source if source and source.lower() not in UNNAMED_SPEAKERS else None), True
    if source:
        contrast = _NEW_CLAUSE_RE.search(text, figure_end, sentence_end)
        if contrast and source.lower() not in text[sentence_start:contrast.start()].lower() \
                and source.lower() in text[contrast.end():sentence_end].lower():
            # "Industry groups expect admissions to reach 950 million, though the Observatory said …": a
            # figure whose own clause has its speaker is theirs, not that of the clause after it
            # (or said after it, closing the clause: "More than 135,000 people attended, organisers said on Sunday, and
            # the event generated …, according to the Tourism Authority")
            speaker = _ACTIVE_SPEECH_VERB_RE.search(text, sentence_start, figure_start) \
                or _ACTIVE_SPEECH_VERB_RE.search(text, figure_end, contrast.start())
            if speaker and not _PASSIVE_BEFORE_RE.search(text, max(sentence_start, speaker.start() - 24), speaker.start()):
                return _clause_before(text, sentence_start, contrast.start(), names).source, False
    opened = max(_NEW_CLAUSE_RE.finditer(text, sentence_start, figure_start), key=lambda m: m.start(), default=None)
    if opened and (source is None or source.lower() in text[sentence_start:opened.start()].lower()
                   and source.lower() not in text[opened.end():sentence_end].lower()):
        # "Ms Nandy said AI could supercharge growth, but the union Bectu warned that up to 30% …", "The company
        # said sales rose 5%, and Jane Doe, its chief executive, said profit would double": the clause the figure
        # is in has a speaker of its own, named or not before it
        own = _find(text[opened.end():sentence_end], names)
        if own.source:
            return own.source, False
        clause = text[opened.end():sentence_end].lstrip()
        actor = names.at_start(clause) if source else None
        acted = _ACTED_AFTER_NAME_RE.match(clause, len(actor)) if actor and actor.lower() != source.lower() else None
        if acted and acted.group("verb").lower() not in ATTRIBUTION_VERBS:
            # "Shutterstock said it had earned $104 million, and Reddit struck an agreement with Google worth about
            # $60 million a year": another name acting in a clause of its own is the writer's report, not the speaker's
            return None, False
        if source and _UNNAMED_SPEAKS_RE.match(clause):
            return None, False  # "…, and one independent network told staff it would cut …": somebody else, unnamed
    if source:
        joined = _AND_NAME_SPEAKS_RE.search(text, figure_end, sentence_end)
        if joined and text.startswith(source, joined.end()) and _SPEAKS_AFTER_NAME_RE.match(text, joined.end() + len(source)) \
                and source.lower() not in text[sentence_start:joined.start()].lower() \
                and any(n != source for _, _, n in names.find(text, sentence_start, joined.start())):
            # "Google's Veo 3 produces eight-second clips, and Kuaishou says its Kling model …": the clause
            # before, about another name, is not what the later speaker says
            return _clause_before(text, sentence_start, joined.start(), names).source, False
    estimated = WHICH_ESTIMATES_AT_RE.search(text, max(sentence_start, figure_start - 70), figure_start)
    who = _named_in(estimated.group("who"), names) if estimated else None
    if who:  # "the global box office, which Gower Street estimates at $38.5 billion": the estimate's
        return who, False
    reckons = _NAMED_RECKONS_BEFORE_RE.search(text, max(sentence_start, figure_start - 90), figure_start) \
        if source else None
    named = [h for h in names.find(text, max(sentence_start, reckons.start() - 60), reckons.start() + 1)
             if h[1] == reckons.start()] if reckons else []
    if named and named[-1][2] != source:
        # "…, the Treasury confirmed, in a move the industry body UK Screen Alliance estimates could bring in an
        # extra £175 million": the estimate of the name right before its verb, inside the sentence's report
        return named[-1][2], False
    aside = next((m for m in _RELATIVE_ASIDE_RE.finditer(text, sentence_start, sentence_end)
                  if m.start() < figure_start and figure_end < m.end()), None) if source else None
    spoke = _WORD_AFTER_ASIDE_RE.match(text, aside.end()) if aside else None
    if spoke and spoke.group(1).lower() in ATTRIBUTION_VERBS and not spoke.group(1).endswith("ing") \
            and not _ACTIVE_SPEECH_VERB_RE.search(text, aside.start(), aside.end()):
        return None, False  # "Getty, whose shares fell 6.8% after the ruling, said …": the writer's aside, not its words
    named_at = text.find(source, sentence_start, figure_start) if source else -1
    # (unless the source said it before the figure: "Bectu says up to 500 jobs are at risk … after the company announced")
    spoke_first = named_at >= 0 and _SPEAKS_RIGHT_AFTER_RE.match(text, named_at + len(source)) is not None
    if source and not spoke_first and _EVENT_BEFORE_DESCRIBED_RE.search(text, figure_end, sentence_end) \
            and source.lower() not in text[figure_end:sentence_end].lower():
        return None, False  # "Roku's shares fell 16% as the company said it would …": what followed what it said
    if source:
        said_after = text.find(source, figure_end, sentence_end)
        if said_after >= 0 and text.find(source, sentence_start, figure_start) < 0 \
                and _EVENT_BEFORE_SOURCE_RE.search(text, max(figure_end, said_after - 30), said_after):
            return None, False  # "Getty shares dropped 7% after OpenAI said …": what followed what OpenAI said
        compared = _compared(text, figure_end, sentence_end)
        named_at = text.find(source, compared.end(), sentence_end) if compared else -1
        # (the consensus in the comparison's own words: "compared with analysts' average estimate of 29 cents,
        # according to LSEG"; not a citation's, which is the whole sentence's: "…, compared with $2 to $5 for
        # longer videos, according to estimates from the firm Later")
        cited = ACCORDING_RE.search(text, compared.end(), sentence_end) if named_at >= 0 else None
        consensus_end = cited.start() if cited and cited.start() <= named_at \
            else min(sentence_end, named_at + len(source) + 24)
        if named_at >= 0 and text.find(source, sentence_start, compared.start()) < 0 \
                and CONSENSUS_WORDS_RE.search(text, compared.end(), consensus_end):
            # the source named after the comparison is the comparison's: the figure's own clause says
            # whose it is (one that speaks through "the company" is left to the sentence's source)
            own = _clause_before(text, sentence_start, compared.start(), names)
            if own.continues and own.refers == "organisation":
                # "The company expects $1.14 billion, compared with …": the company before, else the
                # company the article is about (never the comparison's pollster)
                return (before if before and source_kind(before) == "thing" else article_topic(names)), False
            return (source if own.continues and not own.source else own.source), False
    return source, False


def _clause_before(text: str, start: int, split: int, names: ArticleNames) -> Attribution:
    """What the clause text[start:split] says of its source, read as a sentence of its own."""
    return _find(text[start:split] + ".", names)


def pollster_before(text: str, sentences: list[tuple[int, int]], sources: list[tuple], i: int,
                    reach: int = 3) -> str | None:
    """Who compiled the consensus a figure of sentence `i` states without naming them: the source
    of a sentence shortly before that speaks of expectations ("Here's how the company did,
    compared with what Wall Street was expecting, according to LSEG: … Revenue: $24.69 billion vs.
    $24.62 billion expected")."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        polled = _POLLED_BY_RE.search(text, *sentences[k])
        if polled:  # "… the $10.11 billion analysts polled by LSEG had expected. … compared with estimates of $4.20"
            name = polled.group("name")
            # (without the full stop of its sentence: "… compiled by LSEG."; "Hanwa Corp." keeps its own)
            return name[:-1] if name.endswith(".") and name.split()[-1][:-1].lower() not in ABBREVIATIONS else name
        cited = _CONSENSUS_CITED_RE.search(text, *sentences[k])
        if cited:  # "… above the $11.48 billion analysts had expected, according to LSEG data": who the consensus is from
            return cited.group("name")
        source = sources[k][0]
        if source and source_kind(source) != "person" and CONSENSUS_WORDS_RE.search(text, *sentences[k]):
            return source
    return None


_POLLED_BY_RE = re.compile(r"\b(?:polled|surveyed|compiled)\s+by\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})")
# a consensus, then who it is from: "analysts had expected, according to LSEG data"
_CONSENSUS_CITED_RE = re.compile(r"\b(?:expected|expectations?|estimates?|consensus|forecasts?)\b[^.;]{0,40}?,\s+according\s+to\s+"
                                 r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}(?:\s+(?:data|estimates))?)")


_ACCORDING_TO_BEFORE_RE = re.compile(r"\baccording\s+to\b[^,;.]*$", re.IGNORECASE)


def told_by_someone_unnamed(text: str, sentence_start: int, figure_start: int, source: str | None) -> bool:
    """Whether the figure is what unnamed speakers before it in its sentence say, and not what
    its sentence's named source says after it: in "Industry insiders estimate that AI could
    cut costs by 30 to 50 percent, but some 3,000 animators have lost work, a union official
    said" the first figure is the insiders' estimate, the second the official's."""
    if not source or source.lower() in text[sentence_start:figure_start].lower():
        return False
    named_at = text.find(source, figure_start)
    if named_at >= 0 and _ACCORDING_TO_BEFORE_RE.search(text, max(figure_start, named_at - 60), named_at):
        return False  # "Listed companies reported revenue of …, according to an analysis by ICRA": ICRA's data
    # (read up to the figure, with what follows the verb in view: "Companies claimed £1.7 billion" is no speech)
    speakers = [m for m in _UNNAMED_SPEAKER_RE.finditer(text, sentence_start, min(len(text), figure_start + 24))
                if m.end() <= figure_start]
    # what they say runs to the next clause of its own ("…, but some 3,000 animators …")
    return bool(speakers) and not _NEW_CLAUSE_RE.search(text, speakers[-1].end(), figure_start)


# a business described by the index it belongs to or where it is listed: "The FTSE 250 company", "the Nasdaq-listed firm"
_LISTED_DESCRIBED_RE = re.compile(rf"[Tt]he\s+[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*)?{LISTED_AFTER_NAME}")
_SHARES_IN_BEFORE_RE = re.compile(rf"\b(?i:{SHARES_OF})$")
_INDEX_AFTER_RE = re.compile(r"\s+(?:index|indices|benchmark)\b|['’]s\s+(?:benchmark\s+)?index\b", re.IGNORECASE)


def organisation_in(sentence: str, names: ArticleNames, kind=None) -> str | None:
    """The organisation or product the sentence is about: what "the company" in the next
    one stands for, rather than a source named paragraphs before. That is its subject, the
    first such name outside a phrase of place or time ("Lumen Labs, a startup founded by
    former Google researchers, released …": Lumen Labs; "In Seoul, CJ ENM said": CJ ENM)."""
    kind = kind or names.kind_of
    if sentence in names.headlines:
        return None  # a title-case headline is one long capitalised run, no subject a reader can use
    sentence = sentence.rstrip().rstrip(".!?")  # the full stop is the sentence's, not the name's
    if _ITS_OPENING_RE.match(sentence):
        return None  # "Its shares have fallen since their Nasdaq debut": about the one before, not Nasdaq
    dateline = DATELINE_RE.match(sentence)
    for start, _e, name in names.find(sentence, dateline.end() if dateline else 0):
        owner = names.owner_of(name) if names.is_product(name) else None
        if owner and kind(owner) == "thing":
            return owner  # "Kuaishou's Kling has pulled ahead. The platform said": its maker speaks
        if kind(name) == "thing" and not DEMONYM_RE.fullmatch(name) and not names.is_product(name) \
                and name.lower() not in PLACES and " and " not in name \
                and (not _PLACE_BEFORE_RE.search(sentence, max(0, start - 12), start)
                     # (shares in a company are its own, as British English writes them: "Shares in ITV jumped 9pc")
                     or _SHARES_IN_BEFORE_RE.search(sentence, max(0, start - 12), start)) \
                and not ACCORDING_RE.search(sentence, max(0, start - 24), start + 1) \
                and not _CITED_FOR_DATA_BEFORE_RE.search(sentence, max(0, start - 30), start) \
                and not HEARER_BEFORE_RE.search(sentence, max(0, start - 12), start) \
                and not SEEN_BY_BEFORE_RE.search(sentence, max(0, start - 20), start) \
                and not _INDEX_AFTER_RE.match(sentence, _e) and not name.endswith(" Index") \
                and not DESCRIBES_UNNAMED_AFTER_RE.match(sentence, _e) \
                and not EXAMPLE_BEFORE_RE.search(sentence, max(0, start - 60), start) \
                and (not _OBJECT_PREPOSITION_BEFORE_RE.search(sentence, max(0, start - 10), start)
                     or _AGENT_BEFORE_RE.search(sentence, max(0, start - 30), start)):
            # (but the agent of a participle is: "Performers represented by SAG-AFTRA voted … the union said")
            # (nor an example of it: "Cornerstone investors, including a unit of Alibaba, took up 45%. The stock …")
            # (nor a stock index: "The stock has gained 30%, outpacing the Topix index's 12% rise")
            # (nor the object of a preposition: "He raised his price target on Netflix. The bank expects …")
            # (not who is cited for it: "Revenue rose 11%, according to LSEG data. The company forecast …")
            return name
    return None


def is_person(name: str, names: ArticleNames, kind=None) -> bool:
    """A person's name, or the surname of a person the article names in full ("Okafor")."""
    kind = kind or names.kind_of
    return kind(name) == "person" or " " not in name and any(
        run.endswith(" " + name) and kind(run) == "person" for run in names.runs)


def is_no_business(name: str) -> bool:
    """Whether a name is of a body no "the company" stands for, by its head word: "Authors Guild", "National Centre
    for Cinema (CNC)", "Association of German Dubbing Actors"."""
    words = re.sub(r"\s*\([^()]*\)", "", name).split(" of ")[0].split(" for ")[0].split()
    return bool(words) and words[-1].lower() in BODIES_NOT_BUSINESSES


def lead_company(names: ArticleNames, kind=None, passed=lambda name: False) -> str | None:
    """The first organisation the article names: what "the company", or "Shares closed at $11.52",
    stands for when nothing nearer does. `kind`: how a name's kind is told (source_kind);
    `passed`: which names are known to be some other body."""
    kind = kind or names.kind_of
    for run in names.runs:
        name = names.trim(run)
        if name and kind(name) == "thing" and not names.is_product(name) and not passed(name) \
                and not (" " not in name and is_person(name, names, kind)) \
                and name.lower() not in PLACES and not DEMONYM_RE.fullmatch(name) and (not is_acronym(name) or names.runs[run] >= 2):
            return name
    return None


@lru_cache(maxsize=8)  # asked for by many figures of one article (ArticleNames hashes by identity)
def article_topic(names: ArticleNames) -> str | None:
    """The name the article mentions most: the product or company it is about (from the
    capitalised runs names.learn counted)."""
    counts = Counter()
    for run, n in names.runs.items():
        name = names.trim(run)
        if name and name.lower() not in GENERIC_ACRONYMS and name.lower() not in PLACES \
                and not DEMONYM_RE.fullmatch(name):  # "AI" is no topic, nor "German" or "Germany"; "WPP" may be
            counts[name] += n
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return name if n >= 3 else None


_CLAUSE_WORDS = {"is", "was", "are", "were", "be", "been", "has", "had", "have", "than", "will", "would"}


_AMOUNT_WORD_RE = re.compile(r"[$€£¥₩₹]|(?:[A-Z]{1,3}\$)|(?:million|billion|trillion|thousand|hundred)$", re.IGNORECASE)


# a speaker described, not named: "one compositor in London", "two artists", "a senior executive"
_SOMEONE_RE = re.compile(r"(?i:one|two|three|four|several|a|an|another)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z]+(?:ers?|ors?|ists?|ants?|ents?|ives?|ians?|men|women|people|staff|sources?)"
                         r"(?:\s+(?:in|at|from|of|with)\s+[\w\s.'’-]{1,40})?$")


# (not one its name follows: "The start-up Lumenix Labs has closed …", the name the subject)
_BUSINESS_OPENING_RE = re.compile(rf"\s*(?:The|This)\s+(?P<head>{'|'.join(sorted(BUSINESS_DESCRIPTIONS))})\b(?!\s+[A-Z])")
_YEAR_WORD_RE = re.compile(r"(?:19|20)\d\d")
_SHARE_WORD_RE = re.compile(r"[\d.,]+%?|(?i:share|percent|half|third|quarter|majority|most|many|some|none|all)")


_PEOPLE_HEAD_RE = re.compile(rf"{PEOPLE_GROUPS}|staff|staffers|crews?", re.IGNORECASE)


_ROLES_NOT_SOURCES = ROLE_NOUNS - SOURCE_NOUNS


# a government's office by its field, past an article or a possessive that is no name ("the country's"): "the
# culture ministry", "Germany's culture ministry", "the national statistics bureau"
_GOVERNMENT_BODY_RE = re.compile(
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:(?:country|nation|state|city|government)['’]s\s+)?"
    rf"(?P<body>(?:[A-Z][\w.-]+['’]s\s+)?(?:(?!(?:the|a|an|its|their|and|or|of|that|who|which)\b)[a-z][a-z-]+\s+){{1,2}}"
    rf"(?:{'|'.join(GOVERNMENT_BODIES)})"
    # (or named by its field after it: "the ministry of culture", "the department of trade and industry")
    rf"|(?:{'|'.join(GOVERNMENT_BODIES)})\s+of\s+(?:[a-z]+\s+(?:and\s+)?){{0,2}}[a-z]+)")


def government_body(np: str) -> str | None:
    """A government office described by its field, as a source: "the culture ministry" ->
    "culture ministry" (a bare "the ministry" says no more than a word)."""
    m = _GOVERNMENT_BODY_RE.fullmatch(np.strip())
    return m.group("body") if m else None


def role_phrase(np: str) -> str | None:
    """"a domestic university team stated": a source without a name but with a role."""
    if _DESCRIBED_SPOKESPERSON_RE.fullmatch(np.strip()) or _DESCRIBED_DOCUMENT_RE.match(np.strip()):
        return None  # "a company spokesperson said", "a union survey found": the one named before
    words = np.split()
    if len(words) == 1 and (words[0].lower() in BARE_DESCRIPTIONS or words[0] in ROLE_NOUNS and not words[0].endswith("s")):
        # a headline's "…, company says", "…, executive says": the company, or somebody unnamed (but
        # "Director says AI saved …" opening an interview is the one who answers; "…, economists say" a group)
        return None
    roles = [i for i, w in enumerate(words) if w.lower().strip(".,") in _ROLES_NOT_SOURCES
             and not (w.lower() in ROLE_ADJECTIVES and i + 1 < len(words) and words[i + 1].lower().strip(".,") in SOURCE_NOUNS)]
    if not roles or any(w.lower() in _CLAUSE_WORDS or w.lower() in SPEECH_VERBS
                        or any(c.isdigit() for c in w) and not _YEAR_WORD_RE.fullmatch(w)  # (not "a 2023 survey")
                        for w in words[:roles[-1]]):
        # "Revenue was higher than analysts", "Insiders said the studio", "The company plans to cut costs
        # by 30% using its in-house AI studio and (expects)": a clause, no speaker's description
        return None
    head = words[roles[-1] + 1].lower().strip(".,") if roles[-1] + 1 < len(words) else ""
    if head in UNNAMED_SPEAKERS or _PEOPLE_HEAD_RE.fullmatch(head):
        return None  # "Studio workers said", "Studio executives expect": a group unnamed, the role its modifier
    start = max(0, roles[-1] - 4)
    for i in range(min(roles[0], roles[-1]) - 1, start - 1, -1):
        if words[i].lower() in ROLE_BREAKING_PREPOSITIONS:
            # "ahead of the 4.5 million analysts": the role is what the preposition governs (not
            # "analysts at the bank", where the preposition follows a role)
            start = i + 1
            break
    if words[start].lower() in ("the", "this", "that", "these", "its", "their"):
        return None
    if start >= 2 and words[start - 1].lower() == "of" and _SHARE_WORD_RE.fullmatch(words[start - 2]):
        return None  # "34% of studio executives say", "share of studio executives who say": those asked, no speaker
    if start >= 2 and words[start - 1].lower() == "of" and re.fullmatch(r"[a-z]{3,}[^s']s", words[start - 2]):
        return None  # "social media views of official highlights rose": a plural's modifier, no speaker
    if roles[-1] == start and words[start].lower().strip(".,") in UNNAMED_SPEAKERS:
        return None  # "Analysts expect": unnamed, no description
    if words[roles[-1]].lower().strip(".,") in UNAFFILIATED_SPEAKERS and not head \
            and not any(w[:1].isupper() for w in words[start + 1:roles[-1]]):
        return None  # "trade analysts said": unnamed, a group no modifier names
    if any(w.lower() in ("the", "this", "its", "their") for w in words[start:roles[0]]):
        return None  # "Today the studio expects": a description of the one named before
    if words[start].lower() in ("a", "an") and words[roles[-1]].lower().strip(".,").endswith("s"):
        return None  # "in a move officials estimate will cost": "a" is the noun's before them, the officials unnamed
    if any(w.lower().endswith(("-based", "-headquartered")) for w in words[start:roles[-1]]):
        return None  # "The Burbank, California-based company said": the company named before, described
    if any(_AMOUNT_WORD_RE.match(w) for w in words[start:roles[-1]]):
        return None  # "beat the $1.31 billion analysts had expected": a figure's phrase, no speaker's description
    end = roles[-1] + 1
    if head in TITLE_WORDS:
        end += 1  # "One studio head estimated": the head of a studio, no studio
    if end < len(words) and words[end].lower().strip(".,") in SOURCE_NOUNS:
        end += 1  # "a 2023 government survey found": the survey
    # (not its year, nor a dateline's dash: "TOKYO — A mid-sized Tokyo studio says")
    kept = [w for w in words[start:end] if w.lower() not in ("a", "an", "one") and not w[:1].isdigit() and w.strip("—–-:")]
    return " ".join(kept) or None


def _still_quoting(sentence: str, quoting: bool) -> bool:
    """Whether a quotation is still open after `sentence`: curly quotes open and close, a
    straight double quote toggles."""
    for ch in _QUOTE_RE.findall(sentence):  # usually none: one scan in C, not a loop per character
        if ch == "“":
            quoting = True
        elif ch == "”":
            quoting = False
        else:
            quoting = not quoting
    return quoting


_QUOTE_RE = re.compile('["“”]')


def _quoted_before(sentence: str, pos: int, at: int) -> bool:
    """Whether `pos` lies inside a quotation of `sentence` that closes before `at`."""
    if sentence.count('"', 0, pos) % 2 and '"' in sentence[pos:at]:
        return True
    return sentence.count("“", 0, pos) > sentence.count("”", 0, pos) and "”" in sentence[pos:at]
_PUT_REPORTS_RE = re.compile(r"\s+(?:it\b|the\s+(?:[\w-]+\s+)?(?:figure|number|total|cost|loss|damage|estimate|bill|value|"
                             r"peak|tally|count|toll|audience)\b"  # ("put the peak at 6.94 million")
                             # (or any amount it puts at a figure: "They put the saving at 8% to 12%")
                             r"|(?:the|its|their)\s+(?:[\w'’-]+\s+){1,3}?at\s+(?:[a-z]+\s+){0,2}?[\d$€£¥])")
_DOC_NOUN_RE = re.compile(rf"\b(?:{_SOURCE_NOUN_ALT})\b", re.IGNORECASE)
# a source that speaks in a document of its own ("McKinsey said in a report released on Thursday"):
# what "the report said" later stands for
_IN_DOCUMENT_RE = re.compile(r"\b(?:said|says|estimated|estimates|found|finds|forecast|forecasts|predicted|predicts|"
                             r"projected|projects|wrote|writes|warned|warns)\s+in\s+(?:a|an|its|their)\s+"
                             rf"(?:[\w-]+\s+){{0,2}}?(?:{_SOURCE_NOUN_ALT})\b", re.IGNORECASE)
_ACCORDING_NP_RE = re.compile(r"(?:.*\s)?according\s+to\s+(?!(?:a|an|one)\s)(?P<doc>.+)$", re.IGNORECASE)
_CONDUCTED_RE = re.compile(r"\b(?:surveyed|polled|interviewed|questioned|canvassed)\b|"
                           r"\b(?:survey|poll|study)\s+(?:[\w-]+\s+){0,8}?(?:by|from|of|conducted)\b|"
                           # "The guild released a survey on Tuesday": its maker puts it out
                           r"\b(?:released|published|issued|conducted|ran)\s+(?:(?:a|an|the|its|their|new|annual|latest)\s+){1,3}"
                           r"(?:survey|poll|study)\b", re.IGNORECASE)
_SURVEY_NAME_RE = re.compile(r"\b(?:survey|poll|study|research)\b", re.IGNORECASE)
_SURVEY_WORDS_RE = re.compile(r"\b(?:survey|poll|study|respondents|surveyed|polled)\b", re.IGNORECASE)
