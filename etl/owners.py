"""Whose figure it is: the owner named before a figure in its clause, for etl.measure.

"Kuaishou's Kling AI revenue", "Sora recorded 627,000 downloads", "the studio, which employs
300 people": `owner_before` finds the organisation, person or title the figure belongs to
(never a speaker, a place, a partner named after "with", a payer after "cost"), and
`possessor` the name of a possessive, `owned_group` a group with whose it is. Pure: text and
positions in, a name out.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .attribute import (
    BARE_DESCRIPTIONS,
    COUNT_BEFORE_NAME_RE,
    DESCRIBES_UNNAMED_AFTER_RE,
    EXAMPLE_BEFORE_RE,
    HEADLINE_LEAD_CREDIT_RE,
    IN_PLACE_LIST_BEFORE_RE,
    OPENS_QUOTE_RE,
    PLACE_DESCRIBES_RE,
    RANKING_NAME_AFTER_RE,
    SEEN_BY_BEFORE_RE,
    TOLD_CLAUSE_AFTER_RE,
    all_places,
    describes_unnamed,
    is_person,
    nationality_of,
    organisation_in,
    source_kind,
)
from .lexicon import (
    AMOUNT_HEDGES,
    ATTRIBUTION_VERBS,
    BULLET_CHARS,
    BUSINESS_DESCRIPTIONS,
    EVENT_VERBS,
    FILM_NOUNS,
    FORECAST_FRAME_VERBS,
    FORECAST_NOUNS,
    GOVERNMENT_BODIES,
    MOVED_BY,
    PEOPLE_GROUPS,
    PLACES,
    REVISING_VERBS,
    ROLE_NOUNS,
    SECTOR_BODY_WORDS,
    SOURCE_ANAPHORS,
    TITLE_WORDS,
    WHOLE_MARKET_NOUNS,
)
from .names import DATELINE_RE, ArticleNames, listed_names_end
from .phrases import (
    APPOSITIVE_RE,
    HEARER_BEFORE_RE,
    LISTED_AFTER_NAME,
    RELATIVE_SPEAKER_RE,
    past_subordinate_lead,
    past_subordinate_tail,
)
from .segment import sentence_spans

# a body a name owns, which "its" after it stands for: "South Africa's animation industry"
_POSSESSED_BODY_RE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:and\s+(?:[a-z][\w-]*\s+){1,2})?"
                                r"(?:industry|sector|market|business|economy|government|union|guild)\b")  # ("animation and VFX sector")

_PAYER_BEFORE_RE = re.compile(r"\b(?:cost|costs|costing|charged|charges)\s+(?:the\s+)?$")


# a plural subject and its verb before "their": "footballers pledge 1% of their earnings"
# a name "its" has, as the object of a verb ("close its Leeds studio"), not one a reported clause opens
# on ("said its Kling AI model had 22 million users": the model's)
_POSSESSED_NAME_BEFORE_RE = re.compile(r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\bthat\s)(?<![,.;]\s)\b(?:its|their|our)\s+$",
                                       re.IGNORECASE)
# people asked, as the subject of a clause that goes on to "their": the share is of their own
_PEOPLE_SUBJECT_BEFORE_RE = re.compile(rf"\b(?:{PEOPLE_GROUPS})\s+(?:\w+\s+){{0,2}}?(?:say|said|expect|expected|believe|"
                                       rf"believed|think|thought|plan|planned|reported|estimate|estimated)\b[^.;]*$",
                                       re.IGNORECASE)
# a work as the subject of a clause that goes on to "its": "They say the film will be drawn by hand and that none
# of its 110,000 frames …" (the film's frames, not those of the platform named before)
_WORK_SUBJECT_RE = re.compile(rf"\b(?:[Tt]he|[Tt]his)\s+(?:[a-z][\w-]*\s+)?(?:{'|'.join(FILM_NOUNS)}|series|show|game|album)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:will|would|is|was|has|had|can|could|earned|cost|took|made|used)\b")
# a participle that reports the clause after it: ", saying rates for dubbing work have fallen"
_REPORTING_PARTICIPLE_RE = re.compile(r",\s+(?:saying|adding(?!\s+to\b)|arguing|warning|noting|claiming|stressing)\s+"
                                      r"(?:that\s+)?")
_PRONOUN_WORD_RE = re.compile(r"\b(?:it|its|they|their|we|our|he|his|she|her)\b", re.IGNORECASE)
# an apposition that describes a noun by a relative clause, the figure inside it: ", an industry that employs"
# (a whole trade's, the relative clause going on to the figure: not "Clipforge, a startup that makes AI tools …, is
# laying off about 60 of its 180 employees")
_DESCRIBED_BY_RELATIVE_RE = re.compile(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(WHOLE_MARKET_NOUNS))})\s+"
                                       r"(?:that|which|whose)\s[^,;]*$")
_PLURAL_SUBJECT_RE = re.compile(r"\b[a-z]{3,}(?<!s)s\s+(?:[\w-]+\s+){0,3}?(?:were|are|have|had|do|did)\b")
PLURAL_BEFORE_VERB_RE = re.compile(r"\b(?P<noun>[a-z]{3,}(?<!s)s)\s+[a-z]+\s+(?:[^\s.;:]+\s+){0,5}$")

# words of a description before the name it describes: "Chinese AI video firm Lumos", "US chip giant Nvidia"
_DESCRIBES_NAME_AFTER_RE = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{'|'.join(sorted(BUSINESS_DESCRIPTIONS))})\s+[A-Z]")

_REPORTS_NAMED_AFTER_RE = re.compile(r"\s+(?:estimates|estimated|says|said|reports|reported|finds|found)\s+(?:that\s+)?"
                                     r"(?=[A-Z][\w&.-]*\s+(?:had|has|have|was|is|were|will|would|drew|reached|made|earned))")
_ESTIMATES_WILL_AFTER_RE = re.compile(r"\s+(?:estimates|estimated|forecasts|projects|projected|expects|predicts)\s+"
                                      r"(?:that\s+)?(?:it\s+)?(?:will|would|could|may|might)\b")

# the places by name, longest first (one alternation for every pattern here that reads them)
_PLACES_ALT = "|".join(re.escape(p) for p in sorted(PLACES, key=len, reverse=True))
# words that make a measure a whole market's, nobody's: "global", "worldwide", "industry-wide"
_WHOLE_MARKET = "global|worldwide|industry-wide"
# a forecaster revising its forecast of a whole market: "Magna cut its U.S. national TV ad revenue
# forecast to $58 billion" (who forecasts, not whose; "Netflix raised its revenue forecast" is its own)
_REVISES_FORECAST_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(sorted(REVISING_VERBS))})\s+(?:its|their)\s+"
                                        rf"(?P<np>(?:[\w.&'’-]+\s+){{1,6}}?)(?:{'|'.join(n + 's?' for n in FORECAST_NOUNS)})\b")
_WHOLE_SCOPE_RE = re.compile(rf"\b(?:{_WHOLE_MARKET}|national|nationwide|industry|market|sector|{_PLACES_ALT})\b", re.IGNORECASE)


# ... or forecasting it: "The Interactive Advertising Bureau projects U.S. podcast ad revenue will rise 12%"
_FORECASTS_AFTER_RE = re.compile(r"\s+(?:projects|projected|forecasts|forecast|predicts|predicted|expects|expected|"
                                 r"estimates|estimated)\s+(?:that\s+)?(?P<np>(?:[^,;.]|(?<=[A-Z])\.){1,60}?)\s+(?:will|would|could|to)\b")


def _forecasts_a_market(text: str, end: int) -> bool:
    """Whether the name ending at `end` forecasts a whole market (its scope a place, "global", "industry"…)."""
    m = _REVISES_FORECAST_AFTER_RE.match(text, end) or _FORECASTS_AFTER_RE.match(text, end)
    return bool(m and _WHOLE_SCOPE_RE.search(m.group("np").replace(".", ""))
                and not re.search(r"\b(?:its|their|our)\b", m.group("np"), re.IGNORECASE))  # (its own: "expects its US revenue")


_QUANTIFIER_BEFORE_RE = re.compile(r"\b(?:several|many|some|various|numerous|most|all|other|two|three|four|five|a\s+few|"
                                   r"(?:dozens|scores|hundreds|thousands)\s+of)\s+$",
                                   re.IGNORECASE)
_COMMON_PLURAL_AFTER_RE = re.compile(r"\s+[a-z][a-z-]*s\b")
# (verbs of a clause only: "Netflix reported 5 million new subscribers" are its own, and "added 15 sen" a move)
# (past a description of the speaker between commas: "UK Screen Alliance, the industry body, said at least six")
_SAID_FIGURE_AFTER_RE = re.compile(r"(?:,\s+(?:the|an?|its)\s+[^,;.]{1,60},)?"
                                   r"\s+(?:said|says|told\s+[\w-]+|noted|notes|stated|states)\s+(?:that\s+)?"
                                   rf"{AMOUNT_HEDGES}")
_REPORTS_CLAUSE_AFTER_RE = re.compile(r"\s+(?:said|says|reported|reports|estimated|estimates|found|finds|noted|notes)\s+"
                                      r"(?:on\s+\w+\s+)?(?:that\s+)?(?!(?:it|its|their|we|our)\b)")
# ... unless what is said is the speaker's own: "Meta said 4 million advertisers were using its tools"
_ITS_AFTER_RE = re.compile(r"[^.;:!?]{0,80}?\b(?:its|their|our)\b", re.IGNORECASE)
# a name a participle governs, with the names it lists: "Listings mentioning Unreal or Unity"
_PARTICIPLE_OBJECT_BEFORE_RE = re.compile(r"\b(?!(?:during|according|including|excluding|following)\b)[a-z]{3,}ing\s+"
                                          r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*(?:,?\s+(?:and|or)\s+|,\s+))*$")
# what is left out: "Box office outside the U.S. and China"
_LEFT_OUT_BEFORE_RE = re.compile(r"\b(?:outside|beyond|excluding|except)\s+(?:the\s+)?(?:[\w.'’-]+(?:,\s+|\s+(?:and|or)\s+))*$",
                                 re.IGNORECASE)  # (each name of a list: "outside the U.S. and China")
_PARTNER_BEFORE_RE = re.compile(r"\bwith\s+(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*(?:,?\s+(?:and|or)\s+|,\s+))*$")

# a person acting in a clause: "Governor Gavin Newsom has proposed more than doubling the state's film tax credit"
_PERSON_ACTS_RE = re.compile(r"\s+(?:has|have|had|will|would|is|was)\s+(?:also\s+)?(?:proposed|called|pushed|urged|"
                             r"asked|pledged|promised|vowed|sought|suggested|backed)\b")

_SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?\s")

_PRONOUN_OPENS_RE = re.compile(r"\s*(?:it|its|they|their)\b", re.IGNORECASE)

_BUSINESS_SAID_RE = re.compile(rf"\b(?:the\s+(?:{'|'.join(BUSINESS_DESCRIPTIONS)})|its)\b", re.IGNORECASE)

# a name after "by", "from", "according to" is who says or made it, not whose figure it is, with
# a description between ("new data from app intelligence firm Appfigures"); after "in" a place
# ("In South Korea, CJ ENM plans")
# (and who a contest is between: "the bout between Jake Paul and Mike Tyson was streamed by 65 million households")
_AGENT_BEFORE_RE = re.compile(r"\b(?:(?<!followed\s)by|to|from|at|with|[Ii]n|[Pp]er|between|versus|vs\.?)\s+"
                              # (an acronym may open the description's last noun: "organised by former AI executive X")
                              r"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,4}(?:[A-Z]{2,5}\s+[a-z][\w-]*\s+)?$")
# ... but what takings come from is whose they are: "Revenue from Kling AI" is Kling AI's
# (no model's number, "i4 M50", nor a season's, "The 2014-15 Highlander")
# a description between an owner's possessive and the name of what it owns: "Kuaishou's AI video tool Kling"
_OWNED_DESCRIPTION_RE = re.compile(r"\s+(?:(?:[a-z][\w-]*|AI|VFX|TV)\s+){1,4}")
_FRAME_AFTER_NAME_RE = re.compile(r"\s+(?:said|says|added|noted|estimated|estimates|reported),")
_TAKINGS_FROM_RE = re.compile(r"\b(?:revenues?|sales|income|earnings|proceeds)\s+from\s+(?:the\s+)?$", re.IGNORECASE)


def _aside_spans(text: str, start: int, pos: int) -> list[tuple[int, int]]:
    spans = [m.span() for m in ASIDE_RE.finditer(text, start, pos)] if " wh" in text[start:pos] else []
    if ", " in text[start:pos]:
        # ("Jimeng, ByteDance's AI video and image generation app, had 10.2 million users": the name the
        # description after it describes owns them, not the owner inside the description)
        spans += [m.span() for m in APPOSITIVE_RE.finditer(text, start, pos)]
        # ("The researchers, from the University of Oxford, showed 1,483 US adults": where they work, no owner)
        spans += [m.span() for m in _AFFILIATION_ASIDE_RE.finditer(text, start, pos)]
    return spans


_AFFILIATION_ASIDE_RE = re.compile(r"(?<=[a-z]),\s+(?:from|at)\s+(?:the\s+)?[A-Z][^,;]{2,100},")


_OF_ELSEWHERE_RE = re.compile(r"\bthere\s+(?:are|were|is|was)\b|\b(?:" + _PLACES_ALT
                              + r")\s+(?:households|homes|adults|consumers|residents|citizens|viewers|people|internet\s+users)\b",
                              re.IGNORECASE)


def _is_government_office(name: str) -> bool:
    """"Bureau of Labor Statistics", "Employment Development Department": an office of a government by its name."""
    return any(w.lower() in GOVERNMENT_BODIES for w in name.split())


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


# (a speaker's own count as research, said so: not "Netflix counted 300 million subscribers", its own)
_COUNTED_BY_RE = re.compile(r"\b(?:said|says)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:counted|tallied|"
                            r"tracked|identified|detected|spotted|flagged)\s+(?:[\w-]+\s+){0,3}$")
# a name told something, right after the verb: its hearer ("told Reuters", "telling The Information")


# an index or an exchange describing a business: "The FTSE 250 company", "the Nasdaq-listed firm"
_LISTED_AFTER_NAME_RE = re.compile(LISTED_AFTER_NAME)


def owner_before(text: str, start: int, pos: int, names: ArticleNames) -> str | None:
    """The name a figure belongs to: a quoted title that is its clause's subject ('"Kung Fu
    Panda 4" opened with $30 million'), a possessive before it in its clause ("Kuaishou's"),
    else the first name of the clause (its subject)."""
    dateline = DATELINE_RE.match(text, start, pos)
    if dateline:  # "VANCOUVER - British Columbia's animation sector has shed …": where it was filed, nobody's
        start = dateline.end()
    start = past_subordinate_lead(text, start, pos)  # ("While Netflix spent …, Amazon spent $19 billion": Amazon's)
    reporting = max(_REPORTING_PARTICIPLE_RE.finditer(text, start, pos), key=lambda m: m.start(), default=None)
    if reporting and not _PRONOUN_WORD_RE.search(text, reporting.end(), pos):
        # ("… have urged the European Commission to act, saying rates have fallen": the clause said, not its object;
        # but "…, saying it now expects …" is the subject's own)
        start = reporting.end()
    start = past_subordinate_tail(text, start, pos)  # ("X fell after a rival unveiled two-minute clips": not X's)
    titles = [m for m in _TITLE_RE.finditer(text, start, pos)]
    speakers_inside = [m.span() for m in RELATIVE_SPEAKER_RE.finditer(text, start, pos)]
    if titles and _TITLE_WITH_RE.fullmatch(text, titles[-1].end(), pos):
        return titles[-1].group("title") or titles[-1].group("title2")
    for m in titles:
        acts = _TITLE_ACTS_RE.match(text, m.end())
        if acts and (not acts.group("comma") or _APPOSITIVE_OPEN_RE.search(text, max(start, m.start() - 3), m.start())):
            # ('The top film, "Inside Out 2", grossed': a title between commas names the subject; not '…
            # such as "The Hunger Games" and "John Wick", reported', the end of a list in an aside)
            return m.group("title") or m.group("title2")
    hits = [h for h in names.find(text, start, pos)
            if not (_AGENT_BEFORE_RE.search(text, max(start, h[0] - 60), h[0])  # "a report by X": the source
                    and not _TAKINGS_FROM_RE.search(text, max(start, h[0] - 20), h[0]))
            and not (_SPEAKER_BEFORE_RE.search(text, max(start, h[0] - 70), h[0])  # '…," said X, the …': who
                     and re.match(r"\s*(?:[,.;]|$)", text[h[1]:h[1] + 2])  # speaks (not "he said Osler has")
                     and not text.startswith(", who ", h[1]))  # (unless a clause is said of them: "…, who has run the study")
            and not any(m.start() < h[0] < m.end() for m in titles)  # "Part Two" of "Dune: Part Two"
            and not any(a < h[0] < b for a, b in _aside_spans(text, start, pos))  # ", which opened during the Lunar New Year,"
            and not nationality_of(h[2], text, h[1])  # "Japanese studio Toho"
            and not _LISTED_AFTER_NAME_RE.match(text, h[1])  # "The FTSE 250 company reported": the index owns nothing
            # "…was £38,000, Bectu said, well below the £52,000 average": who speaks in a frame between commas
            and not (text[max(start, h[0] - 2):h[0]] == ", " and _FRAME_AFTER_NAME_RE.match(text, h[1]))
            # "A cluster of 20,000 Nvidia H100 chips draws about 30 megawatts": a name in a count is what is
            # counted, not whose the clause's other figures are (a year is no count: "In 2024 Netflix spent")
            and not COUNT_BEFORE_NAME_RE.search(text, max(start, h[0] - 16), h[0])
            and not _POSSESSED_NAME_BEFORE_RE.search(text, max(start, h[0] - 14), h[0])  # "its Leeds studio": possessed
            # "agreements with Disney, NBCUniversal and Amazon worth …": partners, not whose
            and not _PARTNER_BEFORE_RE.search(text, max(start, h[0] - 80), h[0])
            # "Box office outside the U.S. and China": what is left out, not whose
            and not _LEFT_OUT_BEFORE_RE.search(text, max(start, h[0] - 40), h[0])
            # "Listings mentioning Unreal or Unity offered …": what a participle's object names (not "boosting
            # Netflix's revenue": a possessive owns)
            and not (_PARTICIPLE_OBJECT_BEFORE_RE.search(text, max(start, h[0] - 60), h[0])
                     and text[h[1]:h[1] + 1] not in ("'", "’"))
            # "a market that research firm Grand View Research estimates will reach": who estimates, not whose
            and not _ESTIMATES_WILL_AFTER_RE.match(text, h[1])
            # "firm Sensor Tower estimates Sora had about 4 million users": who estimates, the clause after it its own
            and not _REPORTS_NAMED_AFTER_RE.match(text, h[1])
            and not _forecasts_a_market(text, h[1])
            # "Revenue from its cinemas in Hong Kong, mainland China and Malaysia": where, not whose
            and not (IN_PLACE_LIST_BEFORE_RE.search(text, max(start, h[0] - 90), h[0]) and all_places(h[2]))
            and not _SAYS_WHOLE_SCOPE_AFTER_RE.match(text, h[1])  # (the market's, nobody's)
            # "Nielsen said it had counted more than 400 AI-generated channels": who counts, not whose
            and not _COUNTED_BY_RE.search(text, h[1], pos)
            # "According to the Korea Creative Content Agency (KOCCA), 34 dramas …": who says, not whose
            and not _ACCORDING_BEFORE_RE.search(text, max(start, h[0] - 60), h[0])
            # "Executives told Reuters that 400 jobs would go", "MPs told AI could cut dubbing work": whom it is told
            and not HEARER_BEFORE_RE.search(text, max(start, h[0] - 12), h[0])
            and not (text.startswith(" told", h[1]) and TOLD_CLAUSE_AFTER_RE.match(text, h[1] + 5))
            # "The Film Commission said 42 international productions were shot": the speaker of the clause
            # the figure opens, not its owner
            and not (_SAID_FIGURE_AFTER_RE.fullmatch(text, h[1], pos) and not _ITS_AFTER_RE.match(text, pos))
            # "The UK Cinema Association said admissions fell 3%": a body that reports on its sector owns none of
            # the figures of the clause it reports (unless "its": "the association said its members' earnings")
            and not (h[2].split()[-1].lower() in SECTOR_BODY_WORDS and _REPORTS_CLAUSE_AFTER_RE.match(text, h[1])
                     and not re.search(r"\b(?:its|their|our)\b", text[h[1]:pos], re.IGNORECASE))
            and not _DOCUMENT_OF_AFTER_RE.match(text, h[1])  # "A Deadline analysis of 40 features": its author's, not whose
            and not _DESCRIBES_NAME_AFTER_RE.match(text, h[1])  # "Chinese AI video firm Lumos": Lumos
            # "the group behind work on several Marvel films": a name describing the noun of another phrase
            and not (_QUANTIFIER_BEFORE_RE.search(text, max(start, h[0] - 12), h[0]) and _COMMON_PLURAL_AFTER_RE.match(text, h[1]))
            # "Bilibili, China's largest video platform, said its users": the place describes, owns nothing
            and not (h[2].lower() in PLACES and PLACE_DESCRIBES_RE.match(text, h[1]))
            # "Seven public broadcasters including ARD, France Télévisions and RAI will pool €500 million": examples
            and not EXAMPLE_BEFORE_RE.search(text, max(start, h[0] - 60), h[0])
            # "… tax credit cost the State an estimated €200 million": who pays, not whose it is
            and not _PAYER_BEFORE_RE.search(text, max(start, h[0] - 12), h[0])
            # "beating the LSEG SmartEstimate of 35.2 billion yuan": a data firm's consensus, whose it is not
            and not h[2].split()[-1].lower().endswith(("estimate", "consensus"))
            and not CONSENSUS_NOUN_AFTER_RE.match(text, h[1])
            # "One Tokyo studio said AI had cut its coloring time", "a Seoul studio", "A Bristol animation studio
            # has doubled its workforce": an unnamed one's
            and not (DESCRIBES_UNNAMED_AFTER_RE.match(text, h[1]) and h[2].startswith(("One ", "A ", "An ")))
            and not describes_unnamed(text, h[0], h[1])
            # "… marched down Avenida Paulista …, an industry that employs roughly 2,500 professionals": the figure
            # is said of the noun the apposition describes, whatever was named before it
            and not _DESCRIBED_BY_RELATIVE_RE.search(text, h[1], pos)
            # "the sector, which the union Verdi says generates about €100 million": who speaks inside the relative
            # clause, not whose the figure is
            and not any(a < h[0] < b for a, b in speakers_inside)]
    label = text.rfind(": ", start, pos)
    line_start = text.rfind("\n", 0, label) + 1 if label >= 0 else -1
    # (a forecast's credit owns nothing even with no name after it: "Omdia: generative AI video market to reach …")
    if label >= 0 and (any(h[0] > label for h in hits) or HEADLINE_LEAD_CREDIT_RE.match(text, line_start, pos + 80)) \
            and not OPENS_QUOTE_RE.match(text, label + 2) \
            and _HEADLINE_LINE_RE.fullmatch(text, line_start, _line_end(text, pos)):
        # a headline's credit before a colon owns nothing of the clause after it: "Sky News: ITV to cut
        # 220 jobs" (a label of a list or a document does: "* LIONSGATE: Signed a deal", "Kuaishou's Q3
        # financial report: Kling AI revenue …")
        hits = [h for h in hits if h[0] > label]
    frame = _SPEAKER_FRAME_RE.search(text, start, pos) if hits else None
    if frame and hits[0][1] <= frame.start():
        # "Appfigures notes that Canada accounted for 45,000 installs": Canada's; "Goldman Sachs
        # economists wrote in a note that AI may raise GDP by 7%": nobody's named; "Kestrel said
        # its user count peaked": the speaker's own, unless "its" goes with a name after it
        after = [h for h in hits if h[0] >= frame.end()]
        said = text[frame.end():pos]
        speaker = max((h for h in hits if h[1] <= frame.start()), key=lambda h: h[0], default=None)
        if not after and speaker and is_person(speaker[2], names) and not _PRONOUN_OPENS_RE.match(said) \
                and not re.search(r"\b(?:he|she|his|her)\b", text[frame.end():min(len(text), pos + 80)], re.IGNORECASE):
            # "Okafor said revenue had tripled": the company's revenue, not the speaker's; the
            # organisation named with the speaker when what is said is its own ("Pixar president
            # Jim Morris said the studio had no plans to cut its workforce")
            employer = [h for h in hits if h[1] <= speaker[0] and not is_person(h[2], names)]
            own = _BUSINESS_SAID_RE.search(said)
            return employer[-1][2] if employer and own else None
        nobody = (frame.group().lower().endswith("that") and not _SPEAKER_AGAIN_RE.match(said)
                  or frame.group().lower().endswith("the") and not re.search(r"\b(?:its|their)\b", said, re.IGNORECASE)
                  or frame.group().lower().endswith(("his", "her"))  # "X said his company …": a person's, unnamed
                  or frame.group().strip().lower() in FORECAST_FRAME_VERBS)
        # ("X said that it will invest", "said the number of its users": the speaker's own)
        hits = after if after or nobody else hits
    # a person who speaks owns nothing of what they say, unless it is theirs: "Local director Wong
    # Ka-fai said production budgets for mid-sized Hong Kong films had shrunk to about HK$10 million"
    # (nor what they expect: "Trade analyst Taran Adarsh expects it to end its run above Rs 275 crore")
    hits = [h for h in hits if not (((_PERSON_SPOKE_AFTER_RE if _TITLED_BEFORE_RE.search(text, max(0, h[0] - 30), h[0])
                                      else _SPOKE_AFTER_RE).match(text, h[1]) or _PERSON_ACTS_RE.match(text, h[1])
                                     or _EXPECTS_AFTER_RE.match(text, h[1]))
                                    and is_person(h[2], names))]
    # ... nor an organisation what it says of a country or of those in it: "Ofcom said 58% of UK
    # households", "The association says there are about 6,000 animators in the country"
    # (nor a government office what it says at all: "The Employment Development Department said film
    # employment in the county averaged 98,300", statistics of others, not its own)
    hits = [h for h in hits if not (_SPOKE_AFTER_RE.match(text, h[1])
                                    and (_OF_ELSEWHERE_RE.search(text, h[1], pos + 40) or _is_government_office(h[2]))
                                    and not re.search(r"\b(?:its|their|our)\b", text[h[1]:pos + 60]))]
    # the last relative clause before it: "… into ChatGPT, which has more than 800 million weekly users",
    # "a rebuke from SAG-AFTRA, which represents about 160,000 performers" (whatever the name's preposition)
    described = max(_DESCRIBED_RELATIVE_RE.finditer(text, start, pos), key=lambda m: m.start(), default=None)
    if described and not re.search(r",(?!\d)", text[described.end():pos]):
        # "Mira Chen runs Lantern Studios, a 60-person animation house that raised $20 million": the
        # organisation the description with its relative clause is of
        described_name = [h for h in names.find(text, start, described.start() + 1) if h[1] == described.start()
                          and not is_person(h[2], names)]
        if described_name:
            return described_name[0][2]
    relative = max(_RELATIVE_OPEN_RE.finditer(text, start, pos), key=lambda m: m.start(), default=None)
    if relative and not re.search(r",(?!\d)", text[relative.end():pos]):
        # ("which" is said of no person: "Premiere Pro, which has" is a product whatever its name looks like)
        antecedent = [h for h in names.find(text, start, relative.start() + 1) if 0 <= relative.start() - h[1] <= 1]
        if antecedent:
            return antecedent[0][2]  # what the relative clause the figure is in says it of
    if not hits:
        return None
    for k in range(len(hits) - 1, -1, -1):
        e, name = hits[k][1], hits[k][2]
        if text[e:e + 2] in ("'s", "’s") or text[e:e + 1] in ("'", "’"):
            if k + 1 < len(hits) and _OWNED_DESCRIPTION_RE.fullmatch(text, e + 2, hits[k + 1][0]):
                return hits[k + 1][2]  # "Kuaishou's AI video tool Kling passes 45 million users": what it owns, named
            body = _POSSESSED_BODY_RE.match(text, e) if name.lower() in PLACES else None
            if body and body.end() <= pos and not _NATIONAL_MEASURE_AFTER_RE.match(text, pos):
                # "South Korea's webtoon industry generated sales of": the industry's (a country's GDP stays the country's)
                return text[hits[k][0]:body.end()]
            return name
    last = hits[-1]
    if len(hits) > 1 and _COORDINATE_BEFORE_RE.search(text, max(start, last[0] - 12), last[0]) \
            and (gap := _SPACE_RE.match(text, last[1], pos)) and MOVED_BY_RE.fullmatch(text, gap.end(), pos):
        return last[2]  # "X climbed 8.7% and Hanwang Technology added 6.2%": the subject of its own move
    if len(hits) > 1 and _LIST_ITEM_BEFORE_RE.search(text, max(start, last[0] - 12), last[0]) \
            and _WITH_AMOUNT_RE.fullmatch(text, last[1], pos):
        return last[2]  # "Embracer Group followed with 1,387, then Sony Interactive with 900": the item's own
    return text[hits[0][0]:listed_names_end(text, hits)]  # (all the names a subject lists: "A, B and C are seeking")


CONSENSUS_NOUN_AFTER_RE = re.compile(r"\s+(?:consensus|estimates?|forecasts?|expectations?)\s+(?:of|for)\b", re.IGNORECASE)

# a relative clause set off by commas: an aside to its sentence, whose nouns measure only its own figures
# (past a place's region between commas: ", which moves to Boulder, Colorado, in 2027,")
_LIST_GOES_ON = r"\s+[\w-]+(?:\s+[\w-]+){0,2}\s+(?:and|or)\s+[^,;]{2,40},"  # ", downloadable content and in-game purchases,"
# (its own list's commas inside it: "Spending on content, which includes full games, downloadable content and in-game
# purchases, slipped 5%")
ASIDE_RE = re.compile(r",[\"”’']?\s+(?:which|who|whose)\b(?:[^;,]|,(?=\d)|,(?=\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?,)"
                      rf"|,(?={_LIST_GOES_ON}))*?,(?!\d)(?!{_LIST_GOES_ON})"
                      r"(?!\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?,)")  # (after a quoted title too: '"Moon Fox," which')

# a headline's line: neither a list's item nor closed by a full stop, its credit a name before the colon
_HEADLINE_LINE_RE = re.compile(rf"(?![ \t]*[{BULLET_CHARS}])[^\n]*?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}}: [^\n]*(?<![.!?\"”’])[ \t]*")

_RELATIVE_OPEN_RE = re.compile(r",\s+which\s+"
                               # (past who reckons it: "Premiere Pro, which they estimate has 12 million subscribers")
                               r"(?:(?:it|they|we|he|she|analysts)\s+(?:estimates?|says?|said|believes?|reckons?|thinks?)\s+)?"
                               r"(?:has|have|had|employs|employed|owns|runs|operates|reported|represents|represented|"
                               r"is|was|counts)\b")

# a name's description with a relative clause of its own: ", a 60-person animation house in Vancouver that raised"
# (or with a "with" of what it has: "Lena Moritz runs Pixelkraft, a Munich visual-effects company with 400 artists")
_DESCRIBED_RELATIVE_RE = re.compile(r",\s+(?:a|an)\s+[^,;.]{1,60}?\s+(?:(?:that|which)\s+(?:has|have|had|raised|employs|"
                                    r"employed|owns|runs|operates|reported|is|was|counts|generates|earned|makes|made)|with)\b")

_COORDINATE_BEFORE_RE = re.compile(r"(?:,|\band|\bwhile|\bwhereas|\bbut)\s+$", re.IGNORECASE)

# an item of a list with its amount: ", then Sony Interactive with 900", "and Georgia with 7,800"
_LIST_ITEM_BEFORE_RE = re.compile(r"(?:,|\band|\bthen|;|\bfollowed\s+by)\s+$", re.IGNORECASE)

# (or "at": "YouTube was the biggest platform, with a 12.5% share, followed by Netflix at 7.5%")
_WITH_AMOUNT_RE = re.compile(rf"\s+(?:with|at)\s+{AMOUNT_HEDGES}")

# a move by its own verb, up to the share it moved by: "climbed ", "rose by its " (read here after a
# name, and by etl.extract before a figure)
MOVED_BY_RE = re.compile(MOVED_BY, re.IGNORECASE)

_SPACE_RE = re.compile(r"\s+")

# (after an appositive's closing comma too: "Its chief executive, Ana Ruiz, said revenue would")
# a verb of expecting after a person: "Trade analyst Taran Adarsh expects it to end its run above …"
_EXPECTS_AFTER_RE = re.compile(r"\s+(?:expects|expected|predicts|predicted|forecasts|projects|reckons|believes|thinks)\s+"
                               r"(?!(?:his|her|their|my)\b)")
# (past a description of the speaker: "Olivier Henrard, the CNC's acting president, said …")
_SPOKE = (rf"(?:{APPOSITIVE_RE.pattern})?"
          r",?\s+(?:said|says|told|added|noted|argued|explained|warned|estimated)\s+")
_SPOKE_AFTER_RE = re.compile(rf"{_SPOKE}(?![^.,;]{{0,30}}?\b(?:it|its|he|she|they|his|her|their|we|our|I|my)\b)")
# ... of a person named with a title, whom "it" never stands for: "chief executive Adam Aron said attendance
# across its 540 theatres" is the company's (a name that only looks like a person's may be what "it" is:
# "Cayman Airways said it was grounding two jets")
_TITLED_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(ROLE_NOUNS | TITLE_WORDS))})\s+$", re.IGNORECASE)
_PERSON_SPOKE_AFTER_RE = re.compile(rf"{_SPOKE}(?![^.,;]{{0,30}}?\b(?:he|she|they|his|her|their|we|our|I|my)\b)")

# who speaks, right after the verb: '"…," said Dana Cole, the head of …'
# (past the speaker's role before the name: "said the company's general counsel, Dana Whitfield, adding …")
_SPEAKER_BEFORE_RE = re.compile(r"\b(?:said|says|told|added|noted|explained)\s+"
                                r"(?:(?:the|its|their)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*,\s+)?$")

# the speaker named again by a pronoun after a frame: "X said that it will invest"
_SPEAKER_AGAIN_RE = re.compile(r"\s+(?:it|they)\b", re.IGNORECASE)

# a speaker's frame: what follows "X notes that", "X wrote in a note that", "X told analysts
# the company would", "X said its" is said of something else (an event verb, "X published an
# article", frames nothing)
# a speaker whose words open on the scope of a whole market: "the IFPI said global recorded music revenue rose"
_SAYS_WHOLE_SCOPE_AFTER_RE = re.compile(r"\s+(?:said|says|reported|reports|estimated|estimates)\s+(?:that\s+)?"
                                        rf"(?:{_WHOLE_MARKET}|overall)\b")
_FINITE_AUX = r"\s+(?:had|has|have|was|were|is|are|would|will|could)\b"  # a clause's own verb after its subject
_SPEAKER_FRAME_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(ATTRIBUTION_VERBS - EVENT_VERBS))})\s+(?:(?:[\w’'-]+\s+){{0,5}}?(?:that|(?<!\bon\s)(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bby\s)the)|its|their|his|her)\b"
    # ("Okafor said revenue had tripled": a clause of its own after the verb, without "that")
    rf"|\bsaid\s+(?=[a-z][\w-]*{_FINITE_AUX})"
    # ("Mohan said more than 3 million channels were in the programme": a figure opens what is said)
    r"|\b(?:said|says)\s+$"  # (read up to the figure: right before it)
    # ("Byrne says Pika has raised $30 million": a name opening what is said, its own subject)
    rf"|\b(?:said|says)\s+(?=(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}}){_FINITE_AUX})"
    # ("Magna expects total global ad revenue to grow 6.1%": what it predicts of something not its own)
    # (a market's, the wider words say; bare "revenue" is the speaker's own: "Netflix expects revenue to grow")
    r"|\b(?:expects?|expected|predicts?|predicted|forecasts?|projects?|sees)\s+(?=(?:(?!its\b|their\b)[\w'’-]+\s+){1,6}?"
    r"to\s+(?:grow|rise|reach|fall|hit|top|increase|decline|climb|double|triple|exceed|surpass|drop|shrink)\b)"
    r"(?=(?:(?!\bto\b)[^.;]){0,60}?\b(?:the|global|worldwide|total|overall|industry|market|sector|world)\b)",
    re.IGNORECASE)

# a title in quotes ("Dune: Part Two", “Ne Zha 2”), and a verb right after it: the title is the subject
# (the comma a US style puts inside the quotes is not the title's: '"Paper Moon," fell 52%')
TITLE_RE = _TITLE_RE = re.compile(r"[\"“](?P<title>[A-Z0-9À-ÖØ-Þ][^\"“”\n]{0,60}?)[,.]?[\"”]"
                                  r"|(?<!\w)['‘](?P<title2>[A-Z0-9À-ÖØ-Þ][^'‘’\n]{0,60}?)[,.]?['’](?!\w)")

# (past an aside: '"Jade Rabbit", made with extensive use of AI tools, has earned')
_TITLE_ACTS_RE = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:,[^,\"“”\n]{1,80},\s*|(?P<comma>,)\s*(?=[a-z]))?"
                            r"(?:from\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s+)?"
                            r"(?:has\s+|had\s+|have\s+|also\s+|now\s+|reportedly\s+)?"
                            r"(?:is|was|held|led|took|made|won|opened|collected|earned|grossed|topped|tops|leads|"
                            r"sails|soars|takes|earns|opens|debuts|grosses|crosses|passes|hits|holds|wins|rules|"
                            r"fell|rose|grew|slid|sank|drew|brought|cost|[a-z]{3,}ed)\b")

_APPOSITIVE_OPEN_RE = re.compile(r",\s*$")

# a title right before the figure it took: '… followed by "Oppenheimer" with £58.6 million'
_TITLE_WITH_RE = re.compile(r"\s+(?:with|at)\s+(?:about\s+|an\s+estimated\s+|nearly\s+|roughly\s+)?$")

# an organisation the text names by a description only, nearer than any name: "his company"
_UNNAMED_ORGANISATION_RE = re.compile(r"\b(?:his|her|my|our|your)\s+(?:[\w-]+\s+)?(?:company|studio|firm|employer|"
                                      r"agency|startup|start-up|business|network)\b"
                                      # (or one introduced without a name, its "its" right after: "A union representing
                                      # webtoon artists said its members")
                                      r"|(?:^|[.!?]\s+)(?:A|An)\s+(?:[\w-]+\s+){0,2}?(?:union|guild|association|company|studio|"
                                      r"firm|agency|startup|group|body|network|broadcaster|streamer)\b(?![^.!?]*[.!?]\s)",
                                      re.IGNORECASE)

_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
_IT_BEFORE_RE = re.compile(r"\bit\s+(?:(?:now|still|also)\s+)?$", re.IGNORECASE)

_ANTECEDENT_REACH = 600  # characters: about a paragraph back

# a clause whose subject is an organisation described, not named, and what it has: "The union has
# 47,000 members", "The company employs about 14,000 people"
_DESCRIBED_HAS_RE = re.compile(rf"\s*[Tt]he\s+(?:{'|'.join(sorted(BARE_DESCRIPTIONS))})"
                               rf"\s+(?:now\s+|still\s+|also\s+)?(?:has|had|have|employs|employed|represents|represented)"
                               rf"\s+{AMOUNT_HEDGES}")


def described_owner(text: str, clause_start: int, pos: int, names: ArticleNames) -> str | None:
    """Whose figure a clause opening on "The union has", "The company employs" gives: the
    organisation the nearest sentence before it is about (within about a paragraph), as "the
    union said" would be read (attribute.organisation_in); None when they name none."""
    if not _DESCRIBED_HAS_RE.fullmatch(text, clause_start, pos):
        return None
    before = text[max(0, clause_start - _ANTECEDENT_REACH):clause_start]
    spans = sentence_spans(before)
    for start, end in reversed(spans[1:] if clause_start > _ANTECEDENT_REACH else spans):  # (the first may be cut)
        found = organisation_in(before[start:end], names)
        if found and not is_person(found, names):  # (a surname alone: "Sarandos said …")
            return found
    return None

# the sentence "its" is in opens on a thing described, not named and no source: "The film, which cost
# less than $1m to make, used generative AI for about 40pc of its animated sequences" (the film's)
_DESCRIBED_THING_OPENS_RE = re.compile(r"(?:^|(?<=[.!?])\s+|\n)(?:The|This|That)\s+(?P<noun>[a-z][a-z-]+)\b"
                                       r"(?P<rest>(?:[^.!?\n]|\.(?=\d))*)$")

# ... and one met for the first time, unnamed: "One agency that manages 60 channels said its accounts made"
_UNNAMED_THING_OPENS_RE = re.compile(r"(?:^|(?<=[.!?])\s+|\n)(?:An?|One)\s+(?:[\w'’-]+\s+){0,2}?[a-z][a-z-]+\b"
                                     r"(?P<rest>(?:[^.!?\n]|\.(?=\d))*)$")
_IN_PLACE_BEFORE_RE = re.compile(r"\bin\s+$")  # "voice actors in Germany": where, not whose
# ... and every place of a list after "in": "raise prices in the United States, Canada, Portugal and Argentina"
# (or a region's word before the last: "in Hong Kong, mainland China and Malaysia")
_MODIFIER_BEFORE_RE = re.compile(r"\b(?:two|three|four|five|several|many|some|former|ex-|other|senior|veteran)\s+$",
                                 re.IGNORECASE)

_PLURAL_AFTER_RE = re.compile(r"\s+[a-z]{3,}s\b")

_CITED_DATA_AFTER_RE = re.compile(r"\s+(?:data|figures|statistics)\b")

# a name a figure is according to, past its description: "According to the Korea Creative Content Agency (KOCCA)"
_ACCORDING_BEFORE_RE = re.compile(r"\b(?:according\s+to|per)\s+(?:data\s+from\s+)?(?:[\w'’.&-]+\s+){0,5}\(?$", re.IGNORECASE)


_SPEAKER_VERB_AFTER_RE = re.compile(r"\s+(?:said|says|told|added|noted|argued|explained|warned)\b")
# a document of what its author counts: "A Deadline analysis of 40 recent features", "a Deloitte survey of 2,000
# consumers" (not its own people: "a Writers Guild of America survey of 1,200 members" are the Guild's)
_DOCUMENT_OF_AFTER_RE = re.compile(r"\s+(?:analysis|survey|study|report|poll|review|census|audit)\s+of\s+"
                                   r"(?!(?:[\w,.]+\s+){0,3}?(?:members|employees|staff|subscribers|customers|users)\b)",
                                   re.IGNORECASE)
_THAT_BETWEEN_RE = re.compile(r"\s+(?:that\s+)?")


@lru_cache(maxsize=2)  # (one article at a time, read again for each "Its" opening a sentence)
def _sentence_starts(text: str) -> tuple[int, ...]:
    return tuple(s for s, _ in sentence_spans(text))


def sentence_start_before(text: str, pos: int) -> int | None:
    """Where the sentence before the one at `pos` starts."""
    starts = _sentence_starts(text)
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i - 1] if i >= 1 else None


_TOLD_BEFORE_RE = re.compile(r"\btold\s+(?:the\s+)?$")


def possessor(text: str, pos: int, names: ArticleNames, subject: bool = False) -> str | None:
    """Whose figure "its"/"their" before it says: "Members of the Writers Guild of America voted …
    Of their 8,525 members": the last organisation or product named before, not a person. With
    `subject`, whom "it" before `pos` stands for ("It employs about 108,000 people")."""
    m = (_IT_BEFORE_RE if subject else _POSSESSIVE_BEFORE_RE).search(text, max(0, pos - 12), pos)
    if not m:
        return None
    before = sentence_start_before(text, m.start()) if m.group().startswith("Its") else None
    if before is not None and _WORK_SUBJECT_RE.match(text, before):
        # "The animated sequel has earned $460 million in the United States and Canada …. Its biggest international
        # markets": the work the sentence before is about, not the last name in it
        return None
    opened = sentence_start_before(text, m.start()) if subject and m.group().startswith("It") \
        and (m.start() == 0 or text[:m.start()].rstrip()[-1:] in ".!?") else None
    lead = names.at_start(text[opened:m.start()]) if opened is not None else None
    if lead and source_kind(lead) == "thing" and lead.lower() not in PLACES and not nationality_of(lead, text, opened + len(lead)):
        # "Runway has raised $850 million from investors including Google …. It employs about 300 people": the
        # company the sentence before opens on, not the last name in it
        return lead
    lo = max(0, m.start() - _ANTECEDENT_REACH)
    described = _DESCRIBED_THING_OPENS_RE.search(text, lo, m.start())
    if described and described.group("noun") not in SOURCE_ANAPHORS | BUSINESS_DESCRIPTIONS \
            and not any(text[h[0] - 1:h[0]] not in ('"', "“") for h in names.find(text, described.start("rest"), m.start())):
        # ("The animation studio behind "Paper Tigers 2" used AI for 15% of its background art": a
        # title in quotation marks describes the studio, no owner of its own)
        return None
    unnamed = _UNNAMED_THING_OPENS_RE.search(text, lo, m.start()) if m.group().lower().startswith("its") else None
    if unnamed and not names.find(text, unnamed.start("rest"), m.start()):
        return None  # its own, not a name's of the sentences before
    asides = [(a, b) for a, b in _aside_spans(text, lo, m.start()) if not _SENTENCE_END_RE.search(text, a, b)]
    plural = PLURAL_BEFORE_VERB_RE.search(text, max(lo, m.start() - 60), m.start()) \
        if m.group().lower().startswith("their") else None
    for start, e, name in reversed(names.find(text, lo, m.start())):
        if plural and e <= plural.start():
            return None  # "Netflix said studios spend 20% of their budgets": the studios', no name's
        if m.group().lower().startswith("their") and _PEOPLE_SUBJECT_BEFORE_RE.search(text, max(e, m.start() - 90), m.start()):
            return None  # "On average, respondents expect AI to account for 7% of their production budgets": theirs
        if m.group().lower().startswith("its") and _WORK_SUBJECT_RE.search(text, e, m.start()):
            return None  # "…on Kickstarter. They say the film will be drawn by hand and that none of its frames": the film's
        if m.group().lower().startswith("their") and _PLURAL_SUBJECT_RE.search(text, e, m.start()):
            # "…, the Brookings Institution found that workers in post-production were the most exposed: 47%
            # of their working hours …": the workers', the plural subject after the name
            return None
        if DATELINE_RE.match(text, start) and (start == 0 or text[start - 1] == "\n"):
            continue  # "VANCOUVER - British Columbia's …": where the story was filed owns nothing
        if _TOLD_BEFORE_RE.search(text, max(0, start - 10), start):
            continue  # "Paul Osei told the BBC that the company now produces 40% of its trailers": whom he told owns nothing
        if names.headlines and _line_at(text, start) in names.headlines:
            continue  # a title-case headline's words are no antecedent: "… but Writers Say AI Threatens Future Pay"
        if described and name.lower() in PLACES:
            continue  # "The agency's revenue … about 8 percent of its total revenue": the agency's, no place's
        if any(a < start < b for a, b in asides):
            continue  # "Omnicom, which completed its acquisition of Interpublic, said 60% of its staff": not the aside's
        spoke = _SPEAKER_VERB_AFTER_RE.match(text, e) if m.group().lower().startswith("its") else None
        if spoke and _THAT_BETWEEN_RE.fullmatch(text, spoke.end(), m.start()) and not nationality_of(name, text, e):
            return name  # "Prime Focus said its … business grew": the "its" right after the verb is the speaker's own
        if spoke and is_person(name, names):
            continue  # "Davie said … "at least 80%" of its content budget": a person speaking has no "its"
        if nationality_of(name, text, e):
            continue  # "into five Indian languages": a nationality owns nothing
        if RANKING_NAME_AFTER_RE.match(text, e):
            continue  # "60% of Fortune 500 companies": a ranking's name describes companies, owns nothing
        if describes_unnamed(text, start, e):
            return None  # "A Bristol animation studio has doubled its workforce": the unnamed studio's
        if name.lower() in PLACES and PLACE_DESCRIBES_RE.match(text, e):
            return None  # "Britain's third-largest cinema chain said it would close 12 of its 98 sites": the chain's
        if _POSSESSED_NAME_BEFORE_RE.search(text, max(0, start - 14), start):
            continue  # "close its Leeds studio, … a third of its revenue": what "its" had, not who has it
        if _UNNAMED_ORGANISATION_RE.search(text, e, m.start()):
            return None  # "a Hollywood supervisor said his company now budgets … of its work": not Hollywood's
        if _CITED_DATA_AFTER_RE.match(text, e) or _ACCORDING_BEFORE_RE.search(text, max(0, start - 30), start) \
                or SEEN_BY_BEFORE_RE.search(text, max(0, start - 20), start) \
                or _IN_PLACE_BEFORE_RE.search(text, max(0, start - 4), start) \
                or IN_PLACE_LIST_BEFORE_RE.search(text, max(0, start - 90), start) and all_places(name) \
                or _MODIFIER_BEFORE_RE.search(text, max(0, start - 12), start) and _PLURAL_AFTER_RE.match(text, e):
            # "…, according to LSEG data. Attendance across its 880 theatres": not LSEG's; "founded by two
            # former Pixar engineers. … 60% of its customers": a name that only describes people, no antecedent
            continue
        possessed = _POSSESSED_BODY_RE.match(text, e)
        if possessed:  # "South Africa's animation industry … could lose a quarter of its jobs": the industry's
            return text[start:possessed.end()]
        if source_kind(name) == "thing" or _opens_its_sentence(text, start, e, m.start()):
            return name
    return None


def _line_at(text: str, pos: int) -> str:
    """The line of text that holds `pos`, stripped."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:len(text) if end < 0 else end].strip()


_NATIONAL_MEASURE_AFTER_RE = re.compile(r"[^,;]{0,20}?\bof\s+(?:the\s+country's\s+)?(?:GDP|gross\s+domestic\s+product|the\s+economy)\b")
_PERSONAL_RE = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)


def _opens_its_sentence(text: str, start: int, end: int, its: int) -> bool:
    """Whether the name at text[start:end] is the subject opening the sentence that "its" at `its` is
    in, acting (not speaking): "Square Enix aims to have 70% of its testing done by AI" ("its" is
    said of no person, whatever the name looks like)."""
    opening = text[max(0, start - 3):start]
    return (start == 0 or "\n" in opening or _SENTENCE_END_RE.search(opening) is not None) \
        and its - end <= 80 and not _SENTENCE_END_RE.search(text, end, its) \
        and not _SPEAKER_VERB_AFTER_RE.match(text, end) and not _PERSONAL_RE.search(text, end, its)


def owned_group(text: str, start: int, pos: int, group: str, names: ArticleNames) -> str:
    """The group with whose it is, when the text before the figure says "their" of it: "Of
    their 8,525 members, just 90 voted no" after "Members of the Writers Guild of America"."""
    m = re.search(rf"\b(?:its|their)\s+(?:[\d,.]+\s+)?{re.escape(group)}\b", text[start:pos], re.IGNORECASE)
    owner = possessor(text, start + m.start() + len(m.group().split()[0]) + 1, names) if m else None
    return f"{owner} {group}" if owner else group
