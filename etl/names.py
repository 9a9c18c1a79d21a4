"""Proper names of an article, learned from the article as a whole.

A capitalised word is a name only on evidence a reader would accept: it is written
capitalised away from the start of a sentence somewhere in the article, it is an acronym
("CVL", "IAB"), it ends in an organisation word ("Inc", "Guild", "Economics"), it is used as
a possessive ("Kuaishou's"), or it names a study ("Morning Consult poll"). A word that is
capitalised only because it opens a sentence ("New", "Fully", "Relevant"), a dateline
("LOS ANGELES (CN) —"), a place adjective ("New York-based"), a pronoun or a month never is.
Headlines in title case teach nothing (every word is capitalised there) but are searched
with what the rest of the article taught.

Pure: `ArticleNames.learn(text, sentences)` in, spans of names out.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import (
    ABBREVIATIONS,
    BODY_STAFF_NOUNS,
    BULLET_CHARS,
    COMMON_VERBS,
    CURRENCY_NAME_WORDS,
    DATA_ADJECTIVES,
    DEFINED_TERMS,
    FIRM_NAME_ENDINGS,
    FRACTION_WORDS,
    GENERIC_ACRONYMS,
    GENERIC_PLACES,
    GERUND_NOUNS,
    HONORIFICS,
    MEASURE_NOUNS,
    MONTHS,
    NAME_DESCRIPTORS,
    NOT_DATELINE_PLACES,
    NOT_NAME_WORDS,
    ORGANISATION_WORDS,
    PLACES,
    PRODUCT_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    SECTION_LABELS,
    SENTENCE_ADVERBS,
    SMALL_NUMBERS,
    SOURCE_NOUNS,
    SURNAME_PARTICLE_WORDS,
    SURNAME_PARTICLES,
    TITLE_WORDS,
    UNNAMED_SPEAKERS,
    VAGUE_SOURCES,
)
from .phrases import PEOPLE_RE

# A capitalised word: "Sora", "CVL", "iiMedia", "eBay", "Runway's", "AT&T", "U.S.", "VIP+".
# Not one glued to a currency sign: "$US160 million", "$A82,615,680" are amounts.
_NOT_BEFORE = r"[\w$€£¥₩₹]"  # before a name: no letter, digit or currency sign
# (possessive, and never glued to a currency sign after it: "HK$88", "C$1.9 billion" are amounts)
_NAME_BODY = r"[\w&'’.+-]*+(?![$€£¥₩₹])"
_CAP = rf"(?<!{_NOT_BEFORE})(?:[A-Z]|[a-z]{{1,2}}[A-Z]){_NAME_BODY}"
# (a blank line ends a name: a headline's last name and a paragraph's first are two)
_SPACE = r"(?:[ \t]+|[ \t]*\n(?![ \t]*\n)[ \t]*)"
# ("on" joins "Committee on Culture", never a day: "Netflix on Thursday raised")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = rf"(?:{'|'.join(_WEEKDAYS)})\b"
# (two particles of a surname too: "Ursula von der Leyen", "Rafael van den Berg", "Carlos de la Cruz")
_JOIN = rf"(?:{_SPACE}(?:of{_SPACE}the|(?:von|van){_SPACE}(?:der|den|de)|de{_SPACE}la|of|de|du|des|del|della|di|da|dos|das|von|van|der|"\
        rf"and|&|for|on(?!{_SPACE}{_WEEKDAY})){_SPACE}|{_SPACE})"
NAME_RE = re.compile(rf"{_CAP}(?:{_JOIN}{_CAP})*")
# The same runs, found from their first capital letter so that a scan skips lower-case text
# (a pattern opening with "\\b" is tried at every position); name_runs adds the one or two
# lower-case letters of "eBay", "iiMedia" that come before it.
_NAME_SCAN_RE = re.compile(
    rf"[A-Z](?:(?<!{_NOT_BEFORE}[A-Z])|(?<=(?<!{_NOT_BEFORE})[a-z][A-Z])|(?<=(?<!{_NOT_BEFORE})[a-z]{{2}}[A-Z]))"
    rf"{_NAME_BODY}(?:{_JOIN}{_CAP})*")


# a full stop that ends a sentence inside a run: after a word of three or more lower-case
# letters that is no abbreviation ("Angeles. MPC"; not "Inc. Chief", "U.S. Steel", "J. Smith")
_SENTENCE_STOP_RE = re.compile(r"(?<=[a-z]{3})(?<!\bInc)(?<!\bCorp)(?<!\bBros)(?<!\bLtd)\.(?=\s|$)")
# ... or after any word of two or more characters, no initials and no abbreviation, as the
# sentence splitter reads it ("forecast by Boxoffice Pro. Its budget", "compiled by LSEG.")
_WORD_STOP_RE = re.compile(r"(?<![\w.&'’+-])([\w&'’+-]{2,})\.(?=\s|$)")


def _sentence_stop(text: str, start: int, end: int) -> int | None:
    """Where the first full stop that ends a sentence falls in text[start:end], if one does."""
    if text.find(".", start, end) < 0:
        return None
    stop = _SENTENCE_STOP_RE.search(text, start, end)
    for m in _WORD_STOP_RE.finditer(text, start, stop.start() if stop else end):
        if m.group(1).lower() not in ABBREVIATIONS:
            return m.end(1)
    return stop.start() if stop else None


def _headed_by(words: list[str], noun: str) -> bool:
    """Whether a name's head is `noun`: its last word ("VFX Union"), or the word before its "of" or
    "for" ("Association of Japanese Animations", "Writers Guild of America")."""
    return any(_core(w) == noun and (i == len(words) - 1 or words[i + 1] in ("of", "for"))
               for i, w in enumerate(words))


def _owned_by_its(sentence: str, run_start: int) -> re.Match | None:
    """ "its" before the name at `run_start`, past one modifier that is no title ("its ad-free Disney+
    plan"; not "its founder Sam Altman")."""
    by_its = _OWNED_BEFORE_RE.search(sentence, max(0, run_start - 24), run_start)
    return by_its if by_its and not _is_title(by_its.group("modifier") or "") else None


def _is_title(word: str) -> bool:
    low = word.lower().removeprefix("co-")
    # (a compound title by its first or last part: "Director-general", "Editor-in-chief", "Vice-president")
    parts = low.split("-") if "-" in low else [low]
    return any(part in ROLE_NOUNS or part in TITLE_WORDS for part in {low, parts[0], parts[-1]})


_DATA_PRODUCT_WORDS = {"index", "tracker", "monitor", "barometer"}  # what a data firm's name may end in
_NAME_LIST_JOINT_RE = re.compile(r",\s+|,?\s+(?:and|&)\s+")  # what joins names in a list


def listed_names_end(text: str, hits: list[tuple[int, int, str]]) -> int:
    """Where the list of names that hits[0] opens ends ("Universal Music, Sony Music and Warner
    Records"): the end of its last name when names joined by commas close on "and" or "&", else
    the end of hits[0]."""
    listed = hits[0][1]
    for hit in hits[1:]:
        if not _NAME_LIST_JOINT_RE.fullmatch(text, listed, hit[0]):
            break
        listed = hit[1]
    return listed if re.search(r"\s(?:and|&)\s", text[hits[0][1]:listed]) else hits[0][1]


def name_runs(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, run) of every NAME_RE match in text[start:end], in order; a union local keeps its
    number ("IATSE Local 600"), and a name whose words are a list ("the Culture, Media and Sport
    Committee", "Department for Culture, Media and Sport") is one run."""
    end = len(text) if end is None else end
    pos = start
    while True:
        for m in _NAME_SCAN_RE.finditer(text, pos, end):
            s = m.start()
            if s and "a" <= text[s - 1] <= "z":
                s -= 2 if s > 1 and "a" <= text[s - 2] <= "z" else 1
            if s < start:  # "eBay" cut by `start`: no word starts there; scan on after its capital
                pos = m.start() + 1
                break
            stop = _sentence_stop(text, s, m.end())
            if stop is not None:  # "in Los Angeles. MPC, Mikros …": a full stop ends the name with its sentence
                yield s, stop, text[s:stop]
                pos = stop + 1  # and the scan goes on after it
                break
            e = m.end()
            run = text[s:e]
            if run.endswith(" Local") and (number := _LOCAL_NUMBER_RE.match(text, e, end)):
                e = number.end()  # "IATSE Local 600": a union local by its number
                run = text[s:e]
            initialled = _INITIALLED_LIST_RE.match(text, s, end) if text.startswith(", ", e) else None
            if initialled and "".join(w[0] for w in re.split(r"[,\s]+", initialled.group("list"))
                                      if w not in ("and", "&")).upper() == initialled.group("acronym"):
                # "the Animation, VFX, Gaming and Comics (AVGC) task force": a list its acronym spells is one name
                yield s, initialled.end("list"), initialled.group("list")
                pos = initialled.end("list")
                break
            listed = _LISTED_NAME_RE.match(text, e + 2, end) if text.startswith(", ", e) else None
            if listed and (_core(listed.group().split()[-1]) in ORGANISATION_WORDS
                           or any(_core(w) in ORGANISATION_WORDS for w in run.split())) \
                    and " " not in run.rpartition(" for ")[2].rpartition(" of ")[2] \
                    and not _NAME_CONTINUES_RE.match(text, listed.end(), end):
                # (the list's first item a single word, the rest ending where the scan's run would)
                yield s, listed.end(), text[s:listed.end()]
                pos = listed.end()
                break
            partners = _PARTNERS_RE.match(text, e + 2, end) if text.startswith(", ", e) and " " not in run else None
            if partners and not _NAME_CONTINUES_RE.match(text, partners.end(), end):
                # "Challenger, Gray & Christmas", "Skadden, Arps, Slate, Meagher & Flom": a firm named by its
                # partners, the last joined by "&" (a list of several firms says "and")
                yield s, partners.end(), text[s:partners.end()]
                pos = partners.end()
                break
            if e != m.end():
                yield s, e, run
                pos = e
                break
            yield s, e, run
        else:
            return


_LOCAL_NUMBER_RE = re.compile(r" \d{1,4}\b")
# the rest of a name that lists its words: "Media and Sport Committee", "Media and Sport"
# (within its sentence and line: "… Media and Sport.\n\nFilm, TV …" ends at "Sport")
_LISTED_NAME_RE = re.compile(r"[A-Z][\w&'’-]*\s+(?:and|&)\s+[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*)?")
_PARTNERS_RE = re.compile(r"(?:[A-Z][\w'’-]*,\s+)*[A-Z][\w'’-]*\s+&\s+[A-Z][\w'’-]*\b")
_INITIALLED_LIST_RE = re.compile(r"(?P<list>[A-Z][\w&'’-]*(?:,\s+[A-Z][\w&'’-]*)+,?\s+(?:and|&)\s+[A-Z][\w&'’-]*)"
                                 r"\s+\((?P<acronym>[A-Z]{3,8})\)")
_NAME_CONTINUES_RE = re.compile(r"\s+[A-Z]")  # (a longer run after the comma is a name of its own)
_POSSESSIVE_RE = re.compile(r"['’]s?$")
# what a company owns: the name after a possessive inside a run, after "its", or before ", its"
_OWNED_RE = re.compile(r"^[^\s'’]+(?:\s+[^\s'’]+){0,2}['’]s\s+(?=[A-Z])")
# (past one modifier of the product's: "its ad-free Disney+ plan", "its flagship Kling model")
_OWNED_BEFORE_RE = re.compile(r"\b[Ii]ts\s+(?:(?P<modifier>[a-z][\w-]*)\s+)?$")
_OWNED_AFTER_RE = re.compile(r",\s+its\s")
# "New York-based", "AI-assisted", "Sony-backed", "US-style": an adjective made of a name
# a name described as what makes or owns what follows it: ", the developer of the Vidu video model"
_MAKER_OF_AFTER_RE = re.compile(r",\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:developer|maker|creator|owner|operator|"
                                r"publisher|parent(?:\s+company)?)\s+of\s+(?:the\s+)?")
_WORD_AFTER_RE = re.compile(r"\s+([a-z]+)\b")
_BASED_RE = re.compile(r"-(?:(?i:based|born|headquartered|listed|made)|[a-z]*(?:ed|like|style|related|free|only|native|first|centric|driven|heavy|friendly|ready|wide|rival))$")
# "LOS ANGELES (CN) —", "BEIJING, Feb 24 -", "China News Service, Beijing, February 24 (Reporter X)"
DATELINE_RE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]+(?:,\s*[A-Z][A-Za-z.]{1,12})?(?:\s*\([^)]{0,40}\))?\s*(?:[—–]|--?(?=\s)|:(?=\s))\s*"
    # (a month by its name: "A faster version, Veo 3 Fast, now costs" has no date)
    # (the day before the month too, as British releases write it: "LONDON, 1 February 2025 --")
    r"|(?:[A-Z][\w.'’ -]*,\s*){1,3}(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?)"
    r"(?:,?\s+\d{4})?\s*(?:\([^)]{0,60}\))?\s*"
    r"(?:/[A-Za-z][\w .-]{1,30}/\s*)?[-–—]*\s*"  # "PUNE, India, Jan. 14, 2025 /PRNewswire/ --"
    r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{1,4})?\s*(?:[—–]|-(?=\s)|:(?=\s))\s*"  # a live blog's "10:42 a.m. ET —"
    # a timeline's date: "February 2024 — OpenAI shows Sora", "2026 — Analysts at Bernstein estimate"
    r"|(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\s*(?:[—–]|-(?=\s)|:(?=\s))\s*"
    # a known place in title case and its colon, as Indian papers write it: "Mumbai: JioHotstar will raise …"
    # (and its dash, as agencies write a city in title case: "Tokyo — Toei Animation raised …"; not a film industry's
    # nickname: "Hollywood — and its unions — …" is what the sentence is about)
    rf"|(?:{'|'.join(sorted((re.escape(p.title()) for p in PLACES - GENERIC_PLACES), key=len, reverse=True))})"
    rf"(?::\s+|(?<!{')(?<!'.join(p.title() for p in sorted(NOT_DATELINE_PLACES - GENERIC_PLACES))})"
    r"(?:,\s*[A-Z][A-Za-z.]{1,12})?\s*(?:[—–]|--?)\s+(?=[A-Z\"“‘'])))",
    re.MULTILINE)  # a paragraph may open with one: match(text, pos) at a line start
_STUDY_AFTER_RE = re.compile(r"\s+(?:" + "|".join(sorted(SOURCE_NOUNS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# where a sentence's first word starts: past quotes, brackets and list bullets
_LEAD_RE = re.compile(rf"[\s\"“‘'(\[{BULLET_CHARS}]*")
_SECTION_LABEL_RE = re.compile(rf"(?i:{'|'.join(re.escape(label) for label in sorted(SECTION_LABELS))})\s*:\s*")
_CAMEL_RE = re.compile(r"^\w+[a-z][A-Z]|^[A-Z]{2,}[a-z]")  # "JPMorgan", "YouTube", "iiMedia"
_ADVERB_RE = re.compile(r"\w{3,}ly$")
# the endings of adverbs that open sentences ("Separately", "Additionally", "Notably", "Recently",
# "Reportedly", "Lastly"), not of names in -ly ("Italy", "Kelly", "Streamly")
_SENTENCE_ADVERB_RE = re.compile(r"\w(?:al|ate|ent|ant|ous|ive|ed|ing|ab|ib|ful|less|ar|st|se|ct|ute)ly$")
# (a day may come between: "Netflix on Thursday raised its forecast")
_WHEN_BETWEEN = r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|(?:yesterday|today)\s+)?"
# ... or a focus on it: "Netflix alone has invested", "Disney itself said"
_FOCUS_BETWEEN = r"(?:(?:alone|itself)\s+)?"
# a word that ends like a plural or an adverb: no name alone ("Studios", "Separately"), whatever its verb
_PLURAL_OR_ADVERB_END_RE = re.compile(r"(?:[^s]s|ly)$")
_SPEAKS_RE = re.compile(r"\s+" + _WHEN_BETWEEN + _FOCUS_BETWEEN + r"(?:also\s+)?(?:said|says|estimates|estimated|reported|reports|predicts|predicted|"
                        r"expects|expected|forecasts|projects|notes|noted|announced|found|finds|told|stated|wrote|writes|argues)\b")
# a name whose data speak for it: "Nielsen data show", "Ampere figures suggest" (not "New data show")
_DATA_SPEAKS_RE = re.compile(r"\s+(?:data|figures|numbers|estimates|research)\s+(?:show|shows|showed|suggest|suggests|"
                             r"suggested|indicate|indicates|found|find)\b")
# "Ubisoft will close", "Disney had invested": a bare singular subject before its verb is a
# name (a common noun would need an article); plurals ("Studios agreed") and adverbs are not
# "Shutterstock, which licenses stock footage, …": a common noun opening a sentence would need "The"
# a description between commas, then a verb of speech: "Bilibili, China's largest video platform, said"
_APPOSITIVE_SPEAKS_RE = re.compile(r",\s+[^,;.()\"“”]{3,80},\s+(?:also\s+)?(?:said|says|told|reported|announced|estimates|"
                                   r"expects|predicts)\b")
_RELATIVE_AFTER_RE = re.compile(r",\s+(?:which|whose)\b")
# ... whose verb is a plural's: "Concessions, which carry far higher margins" (a firm "which carries")
_PLURAL_RELATIVE_RE = re.compile(r",\s+which\s+(?:(?:also|now|still|often|usually|typically)\s+)?"
                                 rf"(?:are|were|have|account|cost|pay|{'|'.join(sorted(v for v in COMMON_VERBS if not v.endswith('s')))})\b")
# a stock ticker in brackets after a word: "Netflix (NFLX) shares fell", "Publicis (PUBP.PA)"
_TICKER_AFTER_RE = re.compile(r"\s*\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSE|TYO|HKEX|KRX|SSE|SZSE)\s*:\s*)?[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?\)")
# ... but a common noun of an activity or a state needs no article: "Production is set to begin",
# "Employment fell", "Competition has grown"
_MASS_NOUN_RE = re.compile(r"[a-z](?:tion|sion|ment|ness|ity|ance|ence|ism|ship)$")
# a plural of people opening a sentence, a common noun whatever it does: "Administrators said",
# "Americans reported", "Officials said", "Executives expect"
_PEOPLE_PLURAL_RE = re.compile(r"[A-Z][a-z]+(?:ors|ists|ians|ees|ans|als|ives)")  # (not "Reuters")
# what a thing will do, not an actor: "Access will cost $0.10 per second", "Entry will be free"
_THING_MODAL_RE = re.compile(r"\s+(?:will|would|can|could|may|might)\s+(?:cost|be|include|require|last|remain|stay)\b")
_SPEAKS_AFTER_RE = re.compile(r"\s+(?:said|says|told|added|noted|explained|wrote)\b")
# (a company's shares move in the present too: "Paramount shares are down 4.1%")
# (an aside may follow its shares: "Imax shares, by contrast, gained"; a participle with its agent
# is no act of the word before it: "Value added by the games industry rose")
_SHARES = r"(?:shares|stock)(?:\s+|,\s+(?:[a-z]+\s+){0,3}[a-z]+,\s+)"
_ACTS_RE = re.compile(r"\s+" + _WHEN_BETWEEN + _FOCUS_BETWEEN + r"(?:" + _SHARES + r"(?:are|were|slid|sank)|(?:" + _SHARES + r")?"
                      r"(?:will|would|has|had|is|was|can|could|may|might|plans|wants|[a-z]{3,}ed(?!\s+by\b)|"
                      # (what a company does now: "Riot employs about 4,500 people")
                      r"employs|operates|owns|expects|aims|runs|sells|charges|reports|"
                      r"cut|laid|sold|bought|spent|lost|paid|won|made|took|hit|set|saw|got|gave|grew|rose|fell|shed|"
                      r"began|kept|held|led|built|ran|put|struck|sought|brought|sued"
                      # (a verb in -s before the amount it takes: "Netflix dubs about 90% of its releases")
                      # (not what a thing costs or totals: "Access costs $95 a month")
                      r"|(?!costs\b|totals\b|equals\b|averages\b)[a-z]{2,}[^s\W]s"
                      r"(?=\s+(?:about|around|nearly|almost|roughly|some|up\s+to|\d|[$€£¥])\b)))\b")
# ... or is described as a firm: "Brightwave, a startup founded by …", "Appfigures, an app analytics
# firm," (a common noun opening a sentence would not be: "Studios, a term for …" has no such noun)
_DESCRIBED_FIRM_RE = re.compile(r",\s+(?:owned|backed|run|operated|controlled)\s+by\b"  # ("Cineworld, owned by …")
                                # (or when it was founded: "Higgsfield, founded in 2023, raised $50 million")
                                r"|,\s+(?:founded|established|incorporated)\s+in\s+(?:19|20)\d{2}\b"
                                # (or its owner's: "Jimeng, ByteDance's AI video and image generation app, had …")
                                r"|,\s+(?:a|an|the|its|their|[A-Z][\w&.-]*['’]s)\s+(?:[\w-]+\s+){0,5}?(?:startup|start-up|company|"
                                r"firm|studio|maker|developer|publisher|platform|broadcaster|distributor|streamer|chain|agency|app|"
                                r"service|unit|subsidiary|group|lab|network|outlet|model|tool|generator|chatbot|rival|competitor)\b")
_NOT_SPEAKERS = VAGUE_SOURCES | UNNAMED_SPEAKERS | ROLE_NOUNS | BODY_STAFF_NOUNS | {"he", "she", "it", "they", "we", "i"}
# what introduces examples, each a name of its own: "streamers such as Netflix and Disney"
_EXAMPLES_BEFORE_RE = re.compile(r"\b(?:including|such\s+as|like)\s+$")
_JOIN_WORDS = {"of", "the", "de", "du", "des", "del", "della", "di", "da", "von", "van", "der", "and", "&", "for", "on"}
# a capitalised particle opening a surname: "Van der Velden said", "De Niro told" (not "The …")
_SURNAME_PARTICLE_RE = re.compile(rf"(?:{'|'.join(sorted(SURNAME_PARTICLES))})\s+(?:[A-Z]|der\b|den\b|de\b|la\b)")


_MID_SENTENCE_WORD_RE = re.compile(r"(?<=[a-z,;] )[a-z][\w-]*")


def _written_lower(text: str, word: str, seen: dict[str, set[str]]) -> bool:
    """Whether the article writes `word` in lower case inside a sentence, as a common noun: "Exposure is
    not elimination" opens on the word of "refers to exposure", no name that acts. `seen` keeps the
    article's words in lower case, read in one scan the first time a word is asked about."""
    if "words" not in seen:
        seen["words"] = set(_MID_SENTENCE_WORD_RE.findall(text))
    return word.lower() in seen["words"]


@lru_cache(maxsize=65536)
def _core(word: str) -> str:
    return _POSSESSIVE_RE.sub("", word).rstrip(".,+").lower()  # "Disney+" is Disney's service


@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """"CVL", "IAB", "U.S.", "AT&T", "VIP+", "IATSE's": two or more capitals, no lower-case run."""
    letters = [c for c in _POSSESSIVE_RE.sub("", word) if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and _core(word) not in GENERIC_ACRONYMS


def is_headline(line: str, share: float = 0.7) -> bool:
    """A line in title case: most of its words of four letters or more (`share` of them) are capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= share * len(words)


_AMOUNT_TOKEN_RE = re.compile(r"^(?:[a-z]{1,3}\$|(?:" + "|".join(sorted(CURRENCY_NAME_WORDS, key=len, reverse=True)) + r"))[\d.,]+")


# an amount written with a currency letter, no name: "N7.2 billion" (naira), "N4 million"
_AMOUNT_RUN_RE = re.compile(r"[A-Z]{1,3}\$?\d[\d.,]*")
_SCALE_AFTER_RE = re.compile(r"\s*(?:million|billion|trillion|thousand|bn|mn|m|k)\b", re.IGNORECASE)


def _is_amount_run(text: str, run: str, end: int) -> bool:
    if run[1:4].isalpha():
        return False  # (most runs are words: a plain test first, on every run)
    return _AMOUNT_RUN_RE.fullmatch(run) is not None and (
        "." in run or "," in run or _SCALE_AFTER_RE.match(text, end) is not None)


_FUNDING_ROUND_RE = re.compile(r"(?:Pre-)?Series\s+[A-H][+1-9]?(?:['’]s)?[.,]?")


_PERIOD_TOKEN_RE = re.compile(r"(?:fy|q[1-4]|h[12])[\s'’]?(?:\d{2}|\d{4})?")


@lru_cache(maxsize=65536)
def _never_a_name(word: str) -> bool:
    low = _core(word)
    # a pronoun with its verb ("I'm", "We’ve") is a pronoun; "Two-thirds", "Half" are shares
    if ("-" in low or low in FRACTION_WORDS) and all(p in SMALL_NUMBERS or p in FRACTION_WORDS for p in low.split("-")):
        return True
    if ("-" in low or "/" in low) and all(p in MONTHS for p in re.split(r"[-/]", low)):
        return True  # "the April-June quarter", "Jan/Feb": a period, nobody's name
    if low in SMALL_NUMBERS:
        return True  # "Two YouTube channels": a count of what the name describes, no word of it
    if _AMOUNT_TOKEN_RE.match(low):
        return True  # "RMB150", "HK$65.10": an amount written as one word
    if _PERIOD_TOKEN_RE.fullmatch(low):
        return True  # "FY2027", "Q3", "H1 2025": a period, nobody's name
    parts = _POSSESSIVE_RE.sub("", word).split("-")
    if len(parts) > 1 and parts[0].lower() in GENERIC_ACRONYMS and all(p.islower() for p in parts[1:]):
        return True  # "GPU-days", "VFX-heavy": a generic acronym compounded with common words, no name
    if len(parts) == 2 and len(parts[0]) == 1 and parts[1].islower() and len(parts[1]) > 1:
        return True  # "K-pop", "K-drama", "C-dramas": a letter marking a country's genre, no name
    return (low in NOT_NAME_WORDS or low in CURRENCY_NAME_WORDS or low in PRONOUNS or low in MONTHS or low in GENERIC_ACRONYMS
            or ("'" in low or "’" in low) and re.split(r"['’]", low, maxsplit=1)[0] in PRONOUNS
            or not any(c.isalpha() for c in low))


@lru_cache(maxsize=65536)
def _evidence(run: str, initial: bool, study_after: bool) -> tuple[str | None, tuple[str, ...]]:
    """What one capitalised run teaches: (a word that is a name on its own, words that are
    parts of names). Pure, so repeated runs ("Sora", "OpenAI") are read once."""
    words = [w for w in run.split() if w.lower() not in _JOIN_WORDS]
    while len(words) > 1 and _never_a_name(words[0]):
        words.pop(0)  # "In Ridgeway's view": what follows the opening word is mid-sentence
        initial = False
    while len(words) > 1 and _never_a_name(words[-1]):
        words.pop()  # "the European Commission on Wednesday": the name before the day
    if any(_core(w) in NOT_NAME_WORDS for w in words[1:]):
        return None, ()  # "Survey Reveals Concern About Generative AI": a headline run
    alone = None
    if len(words) == 1 and (not initial or is_acronym(words[0]) or _CAMEL_RE.search(words[0])
                            or _POSSESSIVE_RE.search(words[0])) and not _never_a_name(words[0]) \
            and _core(words[0]) not in DEFINED_TERMS:  # ("the Company's": a press release's defined term)
        alone = _core(words[0])
    known = [_core(w) for i, w in enumerate(words) if not _never_a_name(w) and (
        i > 0 or not initial or is_acronym(w) or _CAMEL_RE.search(w) or (_POSSESSIVE_RE.search(w) and len(w) > 3))]
    raw = run.split()
    # "Goldman Sachs projects": the next word joins the first directly ("Members of the Guild" does not)
    # (or through a surname's particle: "Sanne de Vries said", where "Members of the Guild" is no name)
    tail_named = len(raw) > 1 and (raw[1].lower() not in _JOIN_WORDS or raw[1] in SURNAME_PARTICLE_WORDS) \
        and not _never_a_name(raw[1])
    if initial and tail_named and not _never_a_name(words[0]) and not _ADVERB_RE.search(words[0]):
        known.append(_core(words[0]))  # "Goldman Sachs projects": the whole name
    if study_after or any(_core(w) in ORGANISATION_WORDS for w in words[1:]) or "&" in raw[1:-1]:
        # ("Ernst & Young", "Procter & Gamble": two names joined by an ampersand are a firm's)
        # "Writers Guild of America": its words are a name ("Members of the ..." opening a sentence is not)
        first = 0 if not initial or tail_named or "&" in raw[1:-1] else 1
        known.extend(_core(w) for w in words[first:] if not _never_a_name(w))
    return alone, tuple(known)


_POSSESSIVE_NAME_END_RE = re.compile(r"['’]s?$")  # "OpenAI's Sora": a product of a company, no person
_CAPITALS_ONLY_RE = re.compile(r"[^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*")




def source_kind(name: str) -> str:
    """person, document or thing (an organisation, a product): "Ritesh Sidhwani", "FICCI-EY report",
    "Goldman Sachs". A person is two or three capitalised words with no organisation word."""
    words = name.split()
    if words[-1].lower() in SOURCE_NOUNS and not (words[-1] in FIRM_NAME_ENDINGS and len(words) > 1):
        return "document"  # (but "Grand View Research", "Ampere Analysis": research firms by their names)
    if words[0].rstrip(".").lower() in HONORIFICS:
        return "person"
    # (no word all in capitals: "Luma AI", "Stability AI" are companies, whatever acronym ends them;
    # a title before a name is no part of it: "CEO Neal Mohan")
    while len(words) > 2 and words[0].lower().strip(".,") in ROLE_NOUNS | TITLE_WORDS:
        words = words[1:]
    if len(words) > 2 and words[-1][:1].isupper():  # (a surname's particles: "Sanne de Vries", "Ursula von der Leyen")
        words = [words[0], *(w for w in words[1:-1] if w not in SURNAME_PARTICLE_WORDS), words[-1]]
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and not _CAPITALS_ONLY_RE.fullmatch(w) and not _POSSESSIVE_NAME_END_RE.search(w)
                                    for w in words) and not any(w.lower().rstrip(".,") in ORGANISATION_WORDS for w in words) \
            and not any(w.lower() in PLACES for w in words[1:]):  # ("Screen Ontario", "Telefilm Canada": a body of a place)
        return "person"
    return "thing"


def premodifies_product(text: str, name_end: int) -> bool:
    """Whether the name ending at `name_end` describes a product the word after it names ("the
    Aurora app", "the Pro tier", "its Ultra plan"): a thing sold, never a company that says anything."""
    after = _WORD_AFTER_RE.match(text, name_end)
    return bool(after) and after.group(1) in PRODUCT_NOUNS


@dataclass(eq=False)  # hashed by identity: the attribution cache keys on it
class ArticleNames:
    """The names an article uses, by their lower-case form."""

    known: set[str] = field(default_factory=set)  # capitalised words seen as (part of) names
    surnames: set[str] = field(default_factory=set)  # words that end a person's name before "said" ("Cindy Rose said")
    alone: set[str] = field(default_factory=set)  # ...and seen as a name on their own
    headlines: set[str] = field(default_factory=set)  # sentences on title-case lines
    # what the article's clauses say a name is, "thing" or "person" (attribute.kind_hints, filled when its
    # sources are read): "Naver Webtoon, the country's largest platform," is no person, however it looks
    kinds: dict[str, str] = field(default_factory=dict)
    _trimmed: dict[str, str | None] = field(default_factory=dict)  # trim() of each run, once
    _described: dict[str, str | None] = field(default_factory=dict)  # described_as() of each noun, once
    runs: Counter = field(default_factory=Counter)  # capitalised runs of the prose, counted
    products: dict[str, str | None] = field(default_factory=dict)  # what a company owns (lower case): its owner

    @classmethod
    def learn(cls, text: str, sentences: list[tuple[int, int]]) -> ArticleNames:
        self = cls()
        headline_lines = set()
        for k, line in enumerate(re.finditer(r"[^\n]+", text)):
            # prose ends its lines with a full stop; a headline does not (but an article's first line in
            # title case, with the article after it, is its headline whatever closes it: "I Used AI to
            # Make a Short Film for $300.")
            # (every long word capitalised: a first sentence of prose has verbs and nouns in lower case)
            first = k == 0 and len(line.group()) <= 150 and bool(text[line.end():].strip()) \
                and is_headline(line.group(), 1.0)
            if (first or not line.group().rstrip().endswith((".", "!", ".”", '."', ":"))) and is_headline(line.group()):
                headline_lines.add(line.start())
        line_starts = [m.start() for m in re.finditer(r"^", text, re.MULTILINE)] if headline_lines else []
        lower_words: dict[str, set[str]] = {}  # the article's words in lower case, when a rule needs them
        naming_products: Counter = Counter()  # runs met right before a product noun ("the Pro tier")
        for s, e in sentences:
            sentence = text[s:e]
            if headline_lines and line_starts[bisect.bisect_right(line_starts, s) - 1] in headline_lines:
                self.headlines.add(sentence)
                continue
            # datelines open paragraphs only
            skip = DATELINE_RE.match(sentence) if s == 0 or "\n" in text[max(0, s - 3):s] else None
            lead = _LEAD_RE.match(sentence, skip.end() if skip else 0).end()
            label = _SECTION_LABEL_RE.match(sentence, lead)
            if label:  # "Live: Studio earnings day": the word after a section's label opens the sentence
                lead = label.end()
            maker: tuple[str, int] | None = None  # (a name, where what it makes is named): "X, the developer of Y"
            for run_start, run_end, run in name_runs(sentence, skip.end() if skip else 0):
                if _is_amount_run(sentence, run, run_end):
                    continue
                self.runs[run] += 1
                if premodifies_product(sentence, run_end):
                    naming_products[run] += 1
                if maker and run_start == maker[1]:  # "Shengshu Technology, the developer of the Vidu video model"
                    self.products.setdefault(run.lower(), maker[0])
                made = _MAKER_OF_AFTER_RE.match(sentence, run_end) if sentence.startswith(", ", run_end) else None
                maker = (run, made.end()) if made else None
                words = run.split()
                if len(words) >= 2 and _never_a_name(words[-1]) and words[-1].isalpha() and words[-2][:1].isupper() \
                        and not _never_a_name(words[-2]) and _SPEAKS_AFTER_RE.match(sentence, run_end):
                    # "Chief executive Cindy Rose said": a surname that spells a word, its verb right after it
                    self.surnames.add(_core(words[-1]))
                # (plain string tests first: most runs are no product, and this runs on every one)
                owned = ("'" in run or "’" in run) and _OWNED_RE.search(run) \
                    or "its " in sentence[max(0, run_start - 24):run_start].lower() \
                    and _owned_by_its(sentence, run_start) \
                    or sentence.startswith(", its", run_end) and _OWNED_AFTER_RE.match(sentence, run_end)
                if owned and owned.re is _OWNED_RE and _POSSESSIVE_RE.sub("", run[:owned.end()].rstrip()).lower() in PLACES:
                    owned = None  # "India's JioHotstar", "China's box office": where, not whose
                if owned and owned.re is _OWNED_RE and all(_core(w) in ORGANISATION_WORDS for w in run[owned.end():].split()):
                    owned = None  # "Moody's Ratings", "McDonald's Corp": a firm's own name, no product of "Moody"
                its_run = run.startswith("Its ") and run_start <= lead  # ("Its Shorts feature averages …": the sentence's "its")
                if owned or its_run:  # "Kuaishou's Kling", "its Kling AI video generator", "Vidu, its model,"
                    possessive = bool(owned) and owned.re is _OWNED_RE
                    product = (run[owned.end():] if possessive else run[4:] if its_run else run).lower()
                    self.products[product] = self.products.get(product) or (
                        _POSSESSIVE_RE.sub("", run[:owned.end()].rstrip()) if possessive else None)
                if run_start <= lead and " " not in run and not (
                        is_acronym(run) or _CAMEL_RE.search(run)
                        # (a plural's possessive is a common noun's: "Narrators' union SAG-AFTRA said")
                        or _POSSESSIVE_RE.search(run) and not run.endswith(("s'", "s’"))):
                    # one capitalised word opening a sentence says nothing, unless it speaks:
                    # "Newzoo estimates ...", where a common noun would need "The"
                    acts = _ACTS_RE.match(sentence, run_end) and not _THING_MODAL_RE.match(sentence, run_end) \
                        and not _PLURAL_OR_ADVERB_END_RE.search(run) \
                        and not _MASS_NOUN_RE.search(run) and run.lower() not in GERUND_NOUNS \
                        and not _written_lower(text, run, lower_words) \
                        or _DESCRIBED_FIRM_RE.match(sentence, run_end) \
                        or _APPOSITIVE_SPEAKS_RE.match(sentence, run_end) \
                        or _RELATIVE_AFTER_RE.match(sentence, run_end) \
                        and not (_PLURAL_OR_ADVERB_END_RE.search(run) and _PLURAL_RELATIVE_RE.match(sentence, run_end)) \
                        or _TICKER_AFTER_RE.match(sentence, run_end)  # (a plural may be a firm: "Appfigures")
                    # (an adverb opening its sentence is nobody: "Separately, the studio said")
                    adverb = _SENTENCE_ADVERB_RE.search(run) and sentence.startswith(",", run_end) \
                        or _core(run) in SENTENCE_ADVERBS  # (but a brand may end so: "Streamly, the service")
                    data_speak = _DATA_SPEAKS_RE.match(sentence, run_end) and _core(run) not in DATA_ADJECTIVES
                    if (_SPEAKS_RE.match(sentence, run_end) or acts or data_speak) and not adverb \
                            and _core(run) not in _NOT_SPEAKERS \
                            and not _PEOPLE_PLURAL_RE.fullmatch(run) and not PEOPLE_RE.fullmatch(run) \
                            and not _never_a_name(run) \
                            and (run.lower() not in MEASURE_NOUNS  # ("Price said" after "Sian Price": her surname)
                                 or _SPEAKS_RE.match(sentence, run_end) and any(r.endswith(" " + run) for r in self.runs)) \
                            and run.lower() not in ORGANISATION_WORDS:  # "Revenue was", "Television was"
                        self.alone.add(_core(run))
                        self.known.add(_core(run))
                    continue
                if run_start <= lead and run.startswith("The ") and run.count(" ") == 1 \
                        and _SPEAKS_RE.match(sentence, run_end) and _core(run[4:]) not in ORGANISATION_WORDS \
                        and _core(run[4:]) not in _NOT_SPEAKERS and not _never_a_name(run[4:]):
                    # "The Information reported": a capital a common noun would not have ("The
                    # Authority estimates" is the short form of a name the article gave in full)
                    self.alone.add(_core(run[4:]))
                if " and " in run and (run_start <= lead and (_ACTS_RE.match(sentence, run_end)
                                                               or _SPEAKS_RE.match(sentence, run_end))
                                         or _EXAMPLES_BEFORE_RE.search(sentence, max(0, run_start - 12), run_start)):
                    # "Disney and Universal sued Midjourney": names joined as a subject that acts, each a name
                    # (a common noun would need its article: "Film and television employ …" reads as one);
                    # so are examples ("streamers such as Netflix and Disney")
                    for part in run.split(" and "):
                        alone, known = _evidence(part, False, False)
                        if alone and part[:1].isupper() and not PEOPLE_RE.fullmatch(part) \
                                and not _PLURAL_OR_ADVERB_END_RE.search(part) \
                                and part.lower() not in MEASURE_NOUNS and part.lower() not in ORGANISATION_WORDS:
                            self.alone.add(alone)
                            self.known.update(known)
                first = run.split(" ", 1)[0]
                if run_start <= lead and _POSSESSIVE_RE.search(first) and _written_lower(text, _core(first), lower_words):
                    # "Broadcast's share fell to 18.5%" where the article writes "broadcast": a common noun's (and
                    # "Broadcaster's AI produced …": the name, if any, is what follows it)
                    if " " not in run:
                        continue
                    run = run.split(" ", 1)[1]
                # the first word of a sentence, or of a quotation, is capitalised anyway
                initial = run_start <= lead or sentence[run_start - 1] in "\"“‘'("
                alone, known = _evidence(run, initial, bool(_STUDY_AFTER_RE.match(sentence, run_end)))
                if alone:
                    self.alone.add(alone)
                self.known.update(known)
        for run, n in naming_products.items():
            if n == self.runs[run] and " " not in run:
                # a word that only ever names a version or a product ("the Pro tier", "the Aurora app"),
                # never anything that acts alone, is no company (a firm is met alone too: "Netflix said")
                self.products.setdefault(run.lower(), None)
        return self

    def kind_of(self, name: str) -> str:
        """person, document or thing: as the article's clauses say, else as the name looks (source_kind)."""
        return self.kinds.get(name) or source_kind(name)

    def is_product(self, name: str) -> bool:
        """Whether the article names it as something a company owns ("Kuaishou's Kling", "its
        Kling AI video generator"): a product is not "the company" that says anything."""
        return self._product(name) is not None

    def owner_of(self, name: str) -> str | None:
        """Who owns a product, when the article says so ("Amazon's Prime Video" -> Amazon)."""
        product = self._product(name)
        return self.products[product] if product is not None else None

    def _product(self, name: str) -> str | None:
        low = name.lower()
        owner = _OWNED_RE.search(name)
        if owner and low[owner.end():] in self.products:
            return low[owner.end():]  # "Amazon's Prime Video" itself
        # (a unit named after its company is no product the company is: "Runway Studios, its film arm" leaves
        # "Runway" the company; "Kling" is the product "Kling AI")
        return next((p for p in self.products if low == p or low.endswith(" " + p) or p.startswith(low + " ")
                     and not all(_core(w) in ORGANISATION_WORDS for w in p[len(low) + 1:].split())), None)

    def trim(self, candidate: str) -> str | None:
        """The name inside a capitalised run: leading and trailing words that are not names
        dropped ("Shares of Netflix Inc" -> "Netflix Inc"; "Fully" -> None)."""
        if candidate not in self._trimmed:
            self._trimmed[candidate] = self._trim(candidate)
        return self._trimmed[candidate]

    def _trim(self, candidate: str) -> str | None:
        words = candidate.split()
        if words and _BASED_RE.search(words[-1]) and _core(words[-1]) not in GENERIC_ACRONYMS:
            return None  # "New York-based": a place adjective, not who says anything
        # (not a generic acronym's: "Coca-Cola's AI-generated ad" is Coca-Cola's)
        adjective = max((i for i, w in enumerate(words) if _BASED_RE.search(w) and _core(w) not in GENERIC_ACRONYMS),
                        default=None) if "-" in candidate else None
        if adjective is not None:
            # "Munich-based Global Screen", "Sony-backed Crunchyroll": the name after it, which
            # the capital marks as a name even alone ("a Munich-based company" has none)
            words = words[adjective + 1:]
        while words and not (words[0] in SURNAME_PARTICLES and _SURNAME_PARTICLE_RE.match(" ".join(words[:2]))
                             and self._word_is_name(words[-1])) \
                and not (len(words) == 2 and words[0] in _WEEKDAYS and _core(words[1]) in ORGANISATION_WORDS) \
                and not (len(words) == 1 and _core(words[0]) in self.surnames) and (  # ("Rose said" after "Cindy Rose told")
                words[0].lower() in _JOIN_WORDS or _never_a_name(words[0]) or not self._word_is_name(words[0])):
            if len(words) > 1 and _core(words[0]) in GENERIC_ACRONYMS \
                    and (_core(words[-1]) in ORGANISATION_WORDS or _core(words[-1]) in _DATA_PRODUCT_WORDS) \
                    and all(w[:1].isupper() for w in words[1:]):
                # "the VFX Union", "the AI Film Association", "cloud broker GPU Index": the acronym is part of the name
                break
            words.pop(0)
        while words and (words[-1].lower() in _JOIN_WORDS or _never_a_name(words[-1]) and _core(words[-1]) not in self.surnames):
            if len(words) >= 2 and words[-2] == "Local" and words[-1].isdigit():
                break  # "IATSE Local 600": the local's number is part of its name
            last = _POSSESSIVE_RE.sub("", words[-1].rstrip(".,"))  # ("Animation UK's 2025 report")
            if len(words) >= 2 and last.isalpha() and last.isupper() and 2 <= len(last) <= 3 and words[-2][:1].isupper() \
                    and not words[-2].isupper():
                break  # "Animation UK", "Netflix US": the country is part of the name
            words.pop()
        while len(words) >= 2 and _core(words[-1]) in GENERIC_ACRONYMS and _POSSESSIVE_RE.search(words[-2]):
            words.pop()  # "Kuaishou's AI video tool Kling": the owner, "AI" a word of what it owns
        while len(words) >= 2 and _POSSESSIVE_RE.search(words[0]) and _POSSESSIVE_RE.sub("", words[0]).lower() in PLACES:
            words.pop(0)  # "China's Kuaishou", "India's JioHotstar": where it is, before its name
        described = False
        while len(words) >= 2 and words[0].lower() in NAME_DESCRIPTORS and words[1][:1].isupper():
            words.pop(0)  # "Rival Sony said": a description before the name
            described = True
        # (not a document's title: "the 2025 Creator Economy Report")
        titled = [i for i, w in enumerate(words[:-2]) if _is_title(w)] if words and _core(words[-1]) not in SOURCE_NOUNS else []
        if titled and all(w[:1].isupper() and _core(w) not in ORGANISATION_WORDS for w in words[titled[-1] + 1:]):
            # "Producer Ritesh Sidhwani", "Chief Executive Bob Iger", "Co-CEO Greg Peters", "Culture
            # Secretary Lisa Nandy": a title before a person's name
            words = words[titled[-1] + 1:]
        if not words or len(words) == 1 and (not (self._alone_is_name(words[0]) or _core(words[0]) in self.surnames
                                                  or described and self._word_is_name(words[0])
                                                  or adjective is not None and not _never_a_name(words[0]))
                                             or len(_core(words[0])) == 1):
            # "Developers" is a name inside "Game Developers Conference" only; a letter alone
            # ("Y=590 billion") is an initial or a symbol
            return None
        name = " ".join(words)
        if _FUNDING_ROUND_RE.fullmatch(name):
            return None  # "a $308 million Series D": a round of funding, nobody's name
        name = _POSSESSIVE_RE.sub("", name).rstrip(".,") if _POSSESSIVE_RE.search(name) else name.rstrip(",")
        if len(words) == 1 and candidate.startswith("The " + words[0]) and not is_acronym(name):
            return "The " + name  # "The Information reported", "The Verge": one word is no name without it
        return name

    def _word_is_name(self, word: str) -> bool:
        return _core(word) in self.known or is_acronym(word)

    def _alone_is_name(self, word: str) -> bool:
        return _core(word) in self.alone or is_acronym(word) or bool(_CAMEL_RE.search(word))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, name) of every name in text[start:end], offsets into `text`."""
        end = len(text) if end is None else end
        out = []
        skip = DATELINE_RE.match(text, start, end) if start == 0 or text[start - 1] in "\n" else None
        for run_start, run_end, run in name_runs(text, skip.end() if skip else start, end):
            name = self.trim(run) if not _is_amount_run(text, run, run_end) else None
            if name and name.startswith("The ") and premodifies_product(text, run_end):
                name = name[4:]  # "The Aurora app had …": the phrase's article, no word of the product's name
            if name:
                at = run_start + run.find(name.split()[0])
                out.append((at, at + len(name), name))
        return out

    def described_as(self, noun: str) -> str | None:
        """The one organisation of the article whose name is headed by `noun` ("union" -> "VFX Union",
        "department" -> "Department for Culture, Media and Sport", "guild" -> "Writers Guild of America"):
        what "the union" stands for; None when there is none, or more than one. Read once per noun."""
        if noun not in self._described:
            found = {name for run in self.runs if noun in run.lower()
                     for name in [(self.trim(run) or "").rstrip(".")]
                     if name and " " in name and _headed_by(name.split(), noun)}
            self._described[noun] = found.pop() if len(found) == 1 else None
        return self._described[noun]

    def at_start(self, sentence: str) -> str | None:
        """The name a sentence opens with ("Mr. Feng (...) has worked"), if any."""
        m = NAME_RE.match(sentence, _LEAD_RE.match(sentence).end())
        if not m:
            return None
        name = self.trim(m.group())
        return name if name and m.group().startswith(name.split()[0]) else None

    def is_name(self, phrase: str) -> bool:
        words = phrase.split()
        return bool(words) and all(w.lower() in _JOIN_WORDS or w[:1].isupper() and self._word_is_name(w)
                                   for w in words) and self._word_is_name(words[0])
