"""Who a figure is attributed to, else what it is about.

Order of evidence: a named source in the sentence ("according to X", "X said", "a survey
by X", "a report from X"); the source named in the last few sentences when this one
speaks through a pronoun or a vague source ("he said", "some organizations estimate",
"75 percent said"); then what the figure is about: the counted noun, the company whose
stock moved, the first name in the sentence, the article's main topic.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .lexicon import ATTRIBUTION_VERBS, NOT_NAME_WORDS, PRONOUNS, ROLE_NOUNS, SMALL_NUMBERS, VAGUE_SOURCES

_VERB_ALT = "|".join(sorted(ATTRIBUTION_VERBS, key=len, reverse=True))
VERB_RE = re.compile(rf"\b(?P<verb>{_VERB_ALT})\b")
_AUXILIARIES = {"also", "recently", "further", "has", "have", "had", "is", "was", "are", "were",
                "once", "then", "previously", "publicly", "officially", "already", "even",
                "still", "who", "which", "that"}
_CLAUSE_MARKS = ',;:()"“”'


_SUBORDINATE_RE = re.compile(
    r"\b(?:that|and|but|while|because|when|if|after|before|as|since|although|though|whereas|"
    r"until|so|where|once|unless)\s+", re.IGNORECASE)
_INVERTED_VERBS = {"said", "says", "added", "noted", "explained", "wrote", "argued", "told"}


def words_of(low: str) -> set[str]:
    return set(re.findall(r"[a-z]+", low))


def _nps_before(sentence: str, verb_start: int):
    """Noun phrases that may be a speech verb's subject, nearest first: the words back to the
    clause start (auxiliaries dropped), then, past an appositive ("Tyler Perry, 54, said"),
    up to two comma-separated segments further back."""
    end = verb_start
    for hop in range(3):
        window_start = max(0, end - 120)
        cut = max(sentence.rfind(c, window_start, end) for c in _CLAUSE_MARKS)
        words = sentence[max(cut + 1, window_start):end].split()
        while hop == 0 and words and words[-1].lower() in _AUXILIARIES:
            words.pop()
        # past a comma, a segment in lower case is an appositive ("Shi Wenxue, a film
        # critic with the Beijing Film Festival, told"): its names are not the speaker
        if hop == 0 or not words or not words[0][:1].islower():
            yield " ".join(words)
        if cut < 0 or sentence[cut] != ",":
            return
        end = cut
ACCORDING_RE = re.compile(r"\baccording\s+to\s+(?P<np>[^,;:.()\"“”]{2,120})", re.IGNORECASE)
BY_SOURCE_RE = re.compile(
    r"\b(?i:survey|study|report|poll|analysis|research|estimate|forecast|data|figures|statistics)s?\b"
    r"[^,;.]{0,80}?\b(?:by|from)\s+(?P<np>(?:[a-z-]+\s+){0,4}(?:[A-Z][\w&.'’-]*\s*){1,6})"
)
# "a Morning Consult poll", "Maoyan data": the name written before the noun
NAMED_STUDY_RE = re.compile(
    r"(?P<np>(?:[A-Z][\w&'’-]*\s+){1,4})(?:survey|study|report|poll|analysis|research|data|figures|estimates?)\b")
# '"...," said Maria Lopez': the speaker after the verb
INVERTED_RE = re.compile(
    r"(?:^|[,\"”’]\s*)(?:said|says|added|noted|explained|wrote|argued)\s+"
    r"(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_SOURCE_NOUNS = ("survey", "study", "report", "poll", "analysis", "research", "estimate",
                 "forecast", "data", "figures", "statistics")
VIEW_RE = re.compile(r"\bIn\s+(?P<np>[A-Z][\w.'’ -]{1,60}?)['’]s?\s+(?:view|opinion|words)\b")
PRONOUN_SUBJECT_RE = re.compile(r"(?:^|[,;:\"“]\s*)(?:I|He|She|We|They|It)\b|\b(?:he|she|I|we|they|it)\s+(?:\w+\s+)?(?:\w+ed|said|says|drew|thinks|believes|may|might|could|will|would|only)\b")
_CAP = r"(?:[A-Z]|[a-z]{1,2}[A-Z])[\w&'’.-]*"  # "Sora", "CVL", and camel case: "iiMedia", "eBay"
NAME_SEQ_RE = re.compile(
    rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?{_CAP}(?:\s+(?:of|de|von|van|der|and|&)\s+{_CAP}|\s+{_CAP})*"
)
_LEAD_TRIM_RE = re.compile(
    r"^(?:(?:however|but|and|so|then|meanwhile|recently|also|moreover|furthermore|in\s+addition|"
    r"previously|earlier|now|today|yesterday|last\s+\w+|the|a|an|some|this|that|these|those)\b[\s,]*)+",
    re.IGNORECASE)
_TAIL_TRIM_RE = re.compile(r"(?:\s+(?:who|which|that|from|of|in|at|by|also|has|have|had|is|was|not|never|did|does|do))+$", re.IGNORECASE)
_DEFINITE = ("the", "this", "that", "these", "those", "its", "their", "his", "her", "our")
# "LOS ANGELES, March 3 (Reuters) - ", "China News Service, Beijing, February 24 (Reporter X)"
DATELINE_RE = re.compile(
    r"^(?:[A-Z][\w.'’ -]*,\s*){1,3}(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*(?:\([^)]{0,60}\))?\s*[-–—]*\s*")
REGISTER_LIFETIME = 4  # sentences a named source keeps speaking for pronouns and vague sources


def article_topic(text: str) -> str | None:
    """The most mentioned proper name: the product or company an article is about.

    Counted case-insensitively over words written capitalised at least once away from the
    start of a sentence; short all-capital acronyms ("AI", "TV") are left out as too generic."""
    capitalised = Counter()
    for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z][\w-]*\w)", text):  # no trailing hyphen
        capitalised[m.group(1).lower()] += 1
    if not capitalised:
        return None
    low = text.lower()
    best = None
    # written capitalised mid-sentence is the evidence of a name; raw frequency breaks ties
    for word, cap_count in capitalised.most_common(12):
        if word in NOT_NAME_WORDS or len(word) < 3:
            continue
        score = 2 * cap_count + low.count(word)  # substring count: cheap, close enough to rank
        if best is None or score > best[0]:
            best = (score, word)
    if best is None or best[0] < 3:
        return None
    word = best[1]
    m = re.search(rf"\b({re.escape(word)})\b", text, re.IGNORECASE)
    forms = Counter(x for x in re.findall(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) if x[0].isupper())
    return forms.most_common(1)[0][0] if forms else (m.group(1) if m else None)


def clean_source(np: str) -> tuple[str | None, bool]:
    """(name, vague) for a noun phrase that stands before a speech verb."""
    np = np.strip(" ,;:\"“”'‘’")
    definite = np.split(" ", 1)[0].lower() in _DEFINITE
    for sep in (" by ", " from "):
        if sep in np:
            np = np.rsplit(sep, 1)[1]
    np = _LEAD_TRIM_RE.sub("", np).strip()
    np = _TAIL_TRIM_RE.sub("", np).strip()
    if not np:
        return None, True
    words = np.split()
    if len(words) > 12:
        return None, True
    # a proper name wins, the last one: "Industry research company CVL Economics"
    names = [n for n in (m.group() for m in NAME_SEQ_RE.finditer(np)) if _is_name(n)]
    if names:
        return names[-1].rstrip(".'’"), False
    first = words[0].lower().strip("'’")
    if first in PRONOUNS or first in VAGUE_SOURCES or first[0].isdigit():
        return None, True
    roles = [i for i, w in enumerate(words) if w.lower().strip(".,") in ROLE_NOUNS]
    if roles and not definite:
        # "a domestic university team": keep the phrase up to its role noun
        return " ".join(words[max(0, roles[-1] - 4):roles[-1] + 1]), False
    return None, True


def _is_name(candidate: str) -> bool:
    first = candidate.split()[0].lower().rstrip(".")
    head = first.split("-")[0]
    return not (first in NOT_NAME_WORDS or first in VAGUE_SOURCES or first in PRONOUNS
                or head in SMALL_NUMBERS or head in ("half", "three-quarters"))


@lru_cache(maxsize=4096)
def find_source(sentence: str) -> tuple[str | None, bool]:
    """Named source of the sentence; `vague` when the sentence speaks through a pronoun or
    a source too vague to use ("some organizations")."""
    low = sentence.lower()
    m = ACCORDING_RE.search(sentence) if "according" in low else None
    if m:
        name, vague = clean_source(m.group("np"))
        if name:
            return name, False
    m = BY_SOURCE_RE.search(sentence) if any(k in low for k in _SOURCE_NOUNS) else None
    if m:
        name, vague = clean_source(m.group("np"))
        if name:
            return name, False
    m = NAMED_STUDY_RE.search(sentence) if any(k in low for k in _SOURCE_NOUNS) else None
    if m:
        name, _ = clean_source(m.group("np"))
        if name:
            return name, False
    m = INVERTED_RE.search(sentence) if not words_of(low).isdisjoint(_INVERTED_VERBS) else None
    if m:
        name, _ = clean_source(m.group("np"))
        if name:
            return name, False
    m = VIEW_RE.search(sentence) if "In " in sentence else None
    if m:
        name, _ = clean_source(m.group("np"))
        if name:
            return name, False
    # the sentence's first speech verb with a usable source: "X said that ...", "..., X said"
    saw_vague = False
    words = words_of(low)
    verbs = VERB_RE.finditer(sentence) if not words.isdisjoint(ATTRIBUTION_VERBS) else ()
    for v in verbs:
        for np in _nps_before(sentence, v.start()):
            np = _SUBORDINATE_RE.split(np)[-1]
            name, vague = clean_source(np)
            if name:
                return name, False
            saw_vague = saw_vague or vague
            if vague and np.strip():
                break  # "Regarding Sora, experts say": the vague subject is the speaker
    if not words.isdisjoint(PRONOUNS) and PRONOUN_SUBJECT_RE.search(sentence):
        saw_vague = True
    return None, saw_vague


def _trim_name(candidate: str) -> str | None:
    """Drop leading words that are not names: "Shares of Netflix Inc" -> "Netflix Inc"."""
    words = candidate.split()
    while words and (words[0].lower().rstrip(".") in NOT_NAME_WORDS or words[0].lower() in PRONOUNS
                     or words[0].lower() in ("of", "de", "and", "&")):
        words.pop(0)
    return " ".join(words).rstrip(".'’") if words else None


def _names(sentence: str, end: int | None = None):
    skip = DATELINE_RE.match(sentence)
    start = skip.end() if skip else 0
    for m in NAME_SEQ_RE.finditer(sentence, start, len(sentence) if end is None else end):
        name = _trim_name(m.group())
        if name:
            yield name


def first_name(sentence: str) -> str | None:
    return next(_names(sentence), None)


def nearest_name_before(sentence: str, pos: int) -> str | None:
    names = list(_names(sentence, pos))
    return names[-1] if names else None


class SourceRegister:
    """The last named source, kept for a few sentences for pronouns and vague sources."""

    def __init__(self) -> None:
        self.name: str | None = None
        self.age = 0

    def next_sentence(self) -> None:
        self.age += 1
        if self.age > REGISTER_LIFETIME:
            self.name = None

    def set(self, name: str) -> None:
        self.name, self.age = name, 0

    def refresh(self) -> None:
        if self.name:
            self.age = 0

    def read(self, sentence: str) -> tuple[str | None, bool]:
        """Move to the next sentence and take in its own source: a named source becomes the
        one carried over; a pronoun or vague source keeps the carried one alive. Returns
        find_source(sentence)."""
        self.next_sentence()
        name, vague = find_source(sentence)
        if name:
            self.set(name)
        elif vague:
            self.refresh()
        return name, vague
