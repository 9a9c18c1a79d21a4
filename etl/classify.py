"""What a figure is about (claim type) and whether it looks ahead (forecast, horizon year).

Decided from the figure's own unit and counted noun first, then the words around it, then
the sentence; the first rule that fires wins, in the order of `claim_type`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .quantities import Quantity, unit_family

TIME_UNITS = ("seconds", "minutes", "hours", "days", "weeks", "months", "years")


def _words(pattern: str) -> re.Pattern:
    return re.compile(r"\b(?:" + pattern + r")\b", re.IGNORECASE)


SURVEY_RE = _words(r"survey\w*|poll(?:ed|s|ing)?|respondents?|questionnaires?|interviewees|interviewed|"
                   r"canvassed|study of|asked")
SURVEY_SPEECH_RE = re.compile(
    r"^\s*(?:of\s+(?:respondents|those\s+(?:surveyed|polled|asked)|the\s+\w+\s+surveyed))?"
    r"[\s,]*(?:said|say|says|believe|believed|reported|agreed|admitted|expect|expected|think|"
    r"thought|feel|felt|worry|worried|plan|planned|saying|reporting|agree)\b",
    re.IGNORECASE)
STOCK_RE = _words(r"shares?|stocks?|share\s+price|stock\s+price|market\s+(?:cap|value|capitali[sz]ation)|"
                  r"nasdaq|dow|s&p|index|indices|ftse|nikkei|hang\s+seng|dax|cac|trading|traded|"
                  r"premarket|bourse|exchange|investors")
BOX_OFFICE_RE = _words(r"box[\s-]office|ticket\s+sales|grossed|grosses|gross(?:ing)?|admissions|"
                       r"opening\s+weekend|theatrical\s+revenue")
MOVIE_NOUNS_RE = _words(r"movies?|films?|tickets?|admissions|screenings|releases")
JOBS_NOUNS_RE = _words(r"jobs?|positions?|roles?|employees?|workers?|staff|staffers|layoffs?|"
                       r"job\s+cuts|labou?r|labou?r\s+force|workforce|employment|hires?|"
                       r"posts|vacancies|freelancers|crew|crews|people\s+employed|unemployed|"
                       r"artists|actors|writers|screenwriters|animators|members")
TEAM_RE = re.compile(r"\b(?:team|crew|staff|workforce|company)\s+of\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
JOBS_CONTEXT_RE = _words(r"jobs?|employment|unemployment|layoffs?|laid\s+off|hire|hiring|"
                         r"workforce|positions")
AUDIENCE_RE = _words(r"views?|viewers?|viewership|users?|audiences?|subscribers?|followers?|"
                     r"downloads?|visitors?|fans|watchers|players|plays|streams|impressions|"
                     r"monthly\s+active|daily\s+active|netizens|readers|listeners|likes")
MARKET_RE = _words(r"market|markets|ecosystem|industry|industries|sector|economy")
MARKET_SIZE_RE = _words(r"market\s+(?:size|value|worth)|valued\s+at|worth|size\s+of")
INVEST_RE = _words(r"invest\w*|funding|raised|raise|financing|venture|valuation|capital\s+"
                   r"expenditure|capex|fund(?:s|ed)?|round|backed|stake|acquisition|acquired|"
                   r"acquire|bought|buy|deal")
REVENUE_RE = _words(r"revenues?|sales|sold|sell(?:s|ing)?|earn(?:ed|s|ings)?|income|profits?|"
                    r"turnover|copies|subscriptions?|bookings|proceeds|receipts")
COST_RE = _words(r"costs?|costing|price[sd]?|pricing|budgets?|spend\w*|spent|expens\w*|cheap\w*|"
                 r"fees?|charges?|save[sd]?|saving|savings|afford\w*|paid|pay|payments?|"
                 r"wages?|salar\w+|fines?|efficien\w*")
CAPABILITY_MEDIA_RE = _words(r"videos?|clips?|footage|shots?|films?|movies?|segments?|scenes?|"
                             r"frames?|resolution|length|long|duration|generat\w*|output\w*|"
                             r"render\w*")
TAKES_RE = re.compile(r"\b(?:take|takes|took|taken|taking|spend|spends|spent|need|needs|needed|"
                      r"require|requires|required|last|lasts|lasted|in\s+just|in\s+only|"
                      r"within|over|after|ago|since|past|next|last|every)\b[\w\s-]{0,25}$",
                      re.IGNORECASE)

# --- forecast -----------------------------------------------------------------------------
FORWARD_VERBS_RE = re.compile(
    r"\b(?:predict\w*|forecast\w*|expect(?:s|ed|ing|ation|ations)?|estimat(?:es?|ed)\s+(?:that|to)|"
    r"project(?:s|ed|ing|ions?)\s+(?:that|to|a|an|the)|anticipat(?:e|es|ed|ing)|foresee\w*|envisag(?:e|es|ed|ing)|"
    r"speculat\w+|is\s+likely|are\s+likely|could\s+reach|will\s+reach)\b",
    re.IGNORECASE)
FUTURE_MARKERS_RE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|set\s+to|poised\s+to|due\s+to\s+(?:be|reach|rise|fall)|"
    r"likely\s+to|plans?\s+to|planned|aims?\s+to|targets?|in\s+the\s+(?:coming|next|future)|"
    r"next\s+(?:year|decade|month|week|quarter)|over\s+the\s+next|within\s+the\s+next|"
    r"by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}|in\s+the\s+long\s+run|from\s+now)\b",
    re.IGNORECASE)
WEAK_MODAL_RE = re.compile(r"\b(?:may|might|could)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# the words between figure and modal stay in its noun phrase: no verb of their own
MODAL_AFTER_RE = re.compile(
    r"\s+(?:(?!\w+ed\b|sa(?:id|ys?)\b|believe|think|expect|estimate|predict|hope|fear)[\w-]+\s+){0,4}?"
    r"(?:may|might|could|will|would)\s+(?!have\b)", re.IGNORECASE)
WOULD_AHEAD_RE = re.compile(
    r"\bwould\b.*\b(?:within|in|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?[\w-]+(?:\s+(?:to|or)\s+[\w-]+)?\s+(?:years|decades)\b"
    r"|\bwould\b.*\bby\s+(?:19|20)\d{2}\b", re.IGNORECASE)
YEAR_HORIZON_RE = re.compile(
    r"\b(?:by|in|until|till|through|before|to)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?"
    r"(?P<y>(?:19|20)\d{2})\b", re.IGNORECASE)
SPAN_HORIZON_RE = re.compile(
    r"\b(?:in|within|over|during|for)\s+(?:the\s+)?(?:next|coming|following)?\s*(?P<n>[\w-]+)"
    r"(?:\s+(?:to|or|-)\s+(?P<n2>[\w-]+))?\s+(?P<u>years?|decades?)\b"
    r"|\bnext\s+(?P<nx>year|decade)\b|\b(?P<n3>[\w-]+)\s+years?\s+from\s+now\b",
    re.IGNORECASE)


_SENTENCE_CUES = {"survey": SURVEY_RE, "stock": STOCK_RE, "box_office": BOX_OFFICE_RE,
                  "revenue": REVENUE_RE, "cost": COST_RE, "market": MARKET_RE,
                  "growth": re.compile(r"\b(?:growth|grow|cagr|compound|increase|year-on-year)", re.IGNORECASE)}


@lru_cache(maxsize=2048)
def sentence_cues(sentence: str) -> frozenset[str]:
    """Which topic words a sentence holds; computed once for all the figures in it."""
    return frozenset(name for name, rx in _SENTENCE_CUES.items() if rx.search(sentence))


def claim_type(q: Quantity, sentence: str, before: str, after: str) -> str:
    """Schema vocabulary: survey jobs box_office cost revenue market_size investment
    stock_move audience capability duration other.

    `before` and `after` are the sentence text on either side of the figure's span.
    """
    fam = unit_family(q.unit)
    cues = sentence_cues(sentence)
    noun = q.noun or ""
    near_after = after[:60]
    near_before = before[-80:]
    if fam == "percent" and (SURVEY_RE.search(noun) or SURVEY_SPEECH_RE.match(after)):
        return "survey"
    if "survey" in cues and (fam == "percent" or fam == "count" and (
            re.search(r"\b(?:of|polled|surveyed|interviewed|asked)\s+(?:\w+\s+){0,2}$", near_before)
            or SURVEY_RE.search(noun))):
        return "survey"
    if fam in ("percent", "money") and q.direction and "stock" in cues:
        return "stock_move"
    if fam == "percent" and STOCK_RE.search(near_before + " " + near_after):
        return "stock_move"
    if "box_office" in cues and (fam == "money" or MOVIE_NOUNS_RE.search(noun)
                                           or fam == "percent" and q.direction):
        return "box_office"
    if fam == "percent" and "market" in cues and "growth" in cues:
        return "market_size"
    if fam == "count":
        head = noun.split()[-1] if noun else ""
        if head and JOBS_NOUNS_RE.fullmatch(head) or TEAM_RE.search(before):
            return "jobs"
        if head and AUDIENCE_RE.fullmatch(head):
            return "audience"
        if noun == "" and q.is_figure and JOBS_CONTEXT_RE.search(near_after):
            return "jobs"
    if fam == "percent":
        head = noun.split()[-1] if noun else ""
        if head and AUDIENCE_RE.fullmatch(head):
            return "audience"
        if head and JOBS_NOUNS_RE.fullmatch(head):
            return "jobs"
        if head and COST_RE.fullmatch(head):
            return "cost"
    if fam == "money":
        if MARKET_RE.search(near_after[:50]) and not COST_RE.search(near_after[:30]) or MARKET_SIZE_RE.search(near_before[-40:]):
            return "market_size"
        if INVEST_RE.search(near_before[-60:]) or INVEST_RE.search(near_after[:25]):
            return "investment"
    if fam in ("money", "count", "percent") and "revenue" in cues:
        return "revenue"
    if fam in ("money", "percent") and "cost" in cues:
        return "cost"
    takes = fam == "time" and (TAKES_RE.search(before) or re.match(
        r"(?:within|for|in|over|after|during)\b", q.surface, re.IGNORECASE))
    if fam == "time" and not takes and re.search(r"\bcost|expensive|price", near_before[-40:], re.IGNORECASE):
        return "cost"
    if fam == "money":
        if "market" in cues:
            return "market_size"
        return "cost"
    if fam == "time":
        if takes:
            return "duration"
        # the length of what a model or tool outputs: "60-second video", "generate ... for 60 seconds"
        if CAPABILITY_MEDIA_RE.search(near_before[-40:] + " " + near_after[:25]) or q.surface.endswith("-second"):
            return "capability"
        return "duration"
    if fam == "count" and AUDIENCE_RE.search(near_after[:40]):
        return "audience"
    return "other"


def is_forecast(q: Quantity, sentence: str, sent_start: int, clause: tuple[int, int],
                text: str) -> bool:
    """Does the sentence predict this figure? Reporting verbs of prediction ("predicts",
    "expected", "estimate that") cover what follows them; future markers ("will", "by 2030")
    cover their clause; "may/might/could" only the verb they govern ("may take three years")."""
    rel_start = q.char_start - sent_start
    c_start, c_end = clause
    # a verb of prediction covers what follows it up to the end of the figure's clause
    head = text[c_start:q.char_start]
    for m in FORWARD_VERBS_RE.finditer(head):
        if not re.match(r"\s+(?:by|from)\b", head[m.end():m.end() + 6]) or "expect" in m.group().lower():
            return not _backward_span(q, text)
    if rel_start > 0 and c_start > sent_start:
        # the clause continues one that holds the verb ("X predicts that A, and B will ...")
        lead = text[sent_start:c_start]
        if FORWARD_VERBS_RE.search(lead) and not re.match(r"\s*(?:,\s*)?(?:and|but|while|whereas|yet|however)\b", text[c_start - 2:c_start + 12].lstrip(",; ")) :
            return not _backward_span(q, text)
    clause_text = text[c_start:c_end]
    if FUTURE_MARKERS_RE.search(clause_text) and not _backward_span(q, text):
        return True
    if WEAK_MODAL_RE.search(text[max(c_start, q.char_start - 40):q.char_start]):
        return True
    # the figure is the subject of a modal: "some 12,000 animators may need retraining"
    if MODAL_AFTER_RE.match(text, q.char_end, c_end):
        return True
    # future in reported speech: "believed AI would replace jobs within three to five years"
    if "would" in text[c_start:q.char_start] and WOULD_AHEAD_RE.search(clause_text) and not _backward_span(q, text):
        return True
    return False


def _backward_span(q: Quantity, text: str) -> bool:
    """"In the last 10 or 15 years", "over the past decade": a span that ends now or before."""
    return q.unit in TIME_UNITS and bool(re.search(
        r"\b(?:last|past|previous|prior|recent)\s+$|\bsince\s+$", text[max(0, q.char_start - 25):q.char_start],
        re.IGNORECASE)) or bool(re.match(r"\s+ago\b", text[q.char_end:q.char_end + 5]))


def horizon_year(q: Quantity, is_fc: bool, sentence: str, published_year: int | None) -> int | None:
    """The year a forecast is about: "by 2030" -> 2030; "in the next three years" in a 2024
    article -> 2027; a forecast duration ("it may take three or four years") -> 2028."""
    if not is_fc:
        return None
    years = [int(m.group("y")) for m in YEAR_HORIZON_RE.finditer(sentence)]
    future = [y for y in years if published_year is None or y >= published_year]
    if future:
        return max(future)
    if published_year is None:
        return None
    from .numbers import word_number_value
    for m in SPAN_HORIZON_RE.finditer(sentence):
        if m.group("nx"):
            return published_year + (1 if m.group("nx").lower() == "year" else 10)
        raw = m.group("n2") or m.group("n") or m.group("n3")
        if not raw:
            continue
        n = float(raw) if raw.replace(".", "", 1).isdigit() else word_number_value(raw)
        if n is None or n <= 0 or n > 100:
            continue
        unit = (m.group("u") or "year").lower()
        return published_year + int(round(n * (10 if unit.startswith("decade") else 1)))
    if q.unit == "years":
        span = q.value_high if q.value_high is not None else q.value
        if 0 < span <= 100:
            return published_year + int(round(span))
    return None
