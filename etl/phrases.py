"""Noun phrases of news English, read around a figure: the words its measure is made of.

`noun_phrase` reads the phrase a figure opens or belongs to on its right ("627,000 iOS
downloads", "$308 million of Series D capital"); `np_left` the nearest noun phrase before a
position ("revenue growing 13%"); `np_around` the phrase whose noun sits on both sides of a
figure; `predicate` what a group does ("developers who said they were laid off"); `verbish`
tells a word that is likely a verb. Pure: text and positions in, words out (etl.measure builds
the measure from them).
"""
from __future__ import annotations

import re

from .lexicon import (
    AFTER_A_TOTAL,
    AGE_GROUP,
    AGENT_MEASURE_NOUNS,
    AIM_VERBS,
    AMOUNT_HEDGES,
    ATTRIBUTIVE_ADJECTIVES,
    BARE_PARTICIPLES,
    BUSINESS_DESCRIPTIONS,
    CHANGE_VERBS,
    COMMON_VERBS,
    COMPOUND_HEAD_VERBS,
    CURRENCY_NAME_WORDS,
    DETERMINERS,
    DIRECTION_NOUNS_DOWN,
    DIRECTION_NOUNS_UP,
    GERUND_NOUNS,
    ING_ADJECTIVES,
    IRREGULAR_DEMONYMS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    LY_NOUNS,
    MAGNITUDE_SUFFIXES,
    MEASURE_ADJECTIVES,
    MEASURE_NOUNS,
    MOVEMENT_PARTICLES,
    MOVEMENT_VERBS,
    NOUN_LIKE_SPEECH_VERBS,
    PEOPLE_GROUPS,
    PHRASE_PREPOSITIONS,
    PLACE_ADVERBS,
    PLACES,
    PLURALS_WITHOUT_S,
    RATE_PERIODS,
    ROLE_BREAKING_PREPOSITIONS,
    SCALES,
    SIMPLE_PREPOSITIONS,
    SMALL_NUMBERS,
    SPEECH_VERBS,
    SUBORDINATORS,
    SUM_ADJECTIVES,
    TITLE_CASE_VERBS,
    UNNAMED_BODY_NOUNS,
)
from .patterns import trie_pattern
from .segment import HEADLINE_TAG

_MOVE_WORDS = MOVEMENT_VERBS - MOVEMENT_PARTICLES  # ("rose", "doubled"; not "up")
_MOVE_VERB_AT_RE = re.compile(rf"\s*(?:{'|'.join(sorted(_MOVE_WORDS, key=len, reverse=True))})\b", re.IGNORECASE)
# (a currency's letters before its dollar sign are no word: "of HK$2.1 billion", "A$512 million")
_WORD_RE = re.compile(r"(?![A-Za-z]{1,3}\$\d)[A-Za-z0-9][\w&'’.+/-]*(?:,\d{3})*|[,;:()\"“”—–…]|(?<!\S)--(?!\S)")  # ("TOKYO -- …": a dash)

# words that can follow a group but are no verb of it: "14% of Staff as Disney ..."
NOT_VERBS = {"and", "&", "in", "of", "as", "at", "by", "with", "from", "to", "on", "for", "than", "while",
             "but", "or", "that", "which", "who", "about", "over", "under", "into", "after", "before",
             "within", "during", "until", "since", "through", "across", "per", "via"}

_PLURAL_AUXILIARIES = ("are", "were", "have", "had")
_ACRONYM_NOUN_RE = re.compile(r"[A-Z]{2,4}s?")  # "TV", "IP", "GPUs": a noun in capitals
_RELATIVES = ("whose", "which", "who", "whom")
_HEDGE_OPENERS = ("about", "around", "roughly", "nearly", "almost", "some", "just", "over", "under", "up", "as", "more",
                  "less")
_SINGULAR_AUXILIARY_AT_RE = re.compile(r"\s*(?:was|is|has)\b")
_AUXILIARY_AFTER = {"are", "were", "is", "was", "said", "say", "have", "had", "reported", "expect", "plan"}

PUNCT = set(",;:()\"“”—–…") | {"--"}

STOP = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
        "seek", "seeks", "seeking", "sought", "demand", "demands", "demanding",  # "seek damages of …"
        "pull", "pulls", "rake", "rakes", "bring", "brings",  # "drama apps pull in $700 million"
        "pays",  # "Spotify pays rights holders an average of …"
        "today", "yesterday", "tomorrow",  # "Framecraft Inc. today announced": when, no noun
        "can", "could", "may", "might", "should", "must", "do", "does", "did", "to", "at", "by",
        "with", "from", "as", "than", "or", "but", "while", "which", "who", "that", "on",
        "about", "around", "nearly", "over", "under", "up", "down", "into", "between", "reached",
        "stood", "hit", "topped", "rose", "fell", "grew", "led", "made", "paid", "held", "sold", "bought", "run", "runs", "ran", "reach", "total",
        "totaled", "totalled", "amounted", "accounted", "when", "where", "if", "after", "before",
        "since", "because", "so", "not", "also", "just", "only", "already", "still", "now", "then",
        "there", "here", "it", "they", "we", "he", "she", "i", "you", "in", "represent", "represents",
        "make", "makes", "add", "adds", "top", "tops", "easily", "roughly", "approximately", "almost", "alone",
        "per", "mostly", "including", "less", "more", "fewer", "like", "and", "&", "worldwide", "globally", "domestically",
        "overseas", "internationally", "nationally", "locally", "fear", "fears", "worry", "worries",
        "last", "next", "past",
        "believe", "expect", "want", "use", "plan", "agree", "hope", "support", "oppose",
        "comes", "came", "goes", "went"}  # ("40% of energy use comes from rendering")

STOP |= set(SPEECH_VERBS) | COMMON_VERBS
# a pronoun with its verb run in ("you'd spend six or seven months", "we've cut"): no noun of a phrase
_CONTRACTED = {"i": "d ll m ve", "you": "d ll re ve", "we": "d ll re ve", "they": "d ll re ve", "he": "d ll s", "she": "d ll s",
               "it": "d ll s"}
STOP |= {f"{pronoun}{mark}{verb}" for pronoun, verbs in _CONTRACTED.items() for verb in verbs.split() for mark in "'’"}

# (a prefix tree: a fast scan; not a compound's first word: "stock footage" is footage)
MEASURE_NOUN_RE = re.compile(rf"\b(?:{trie_pattern(MEASURE_NOUNS, ' ')})\b(?!\s+(?:footage|photos?|photography|imagery|music)\b)",
                             re.IGNORECASE)

TIME_WORDS_RE = re.compile(r"\b(?:year|years|month|months|quarter|quarters|half|week|weeks|day|days|past|last|next|"
                           r"first|second|third|fourth|fifth|final|decades?|century|centuries|"  # "4% in the second (year)"
                           r"recent|coming|future|time|period|history|fiscal|q[1-4]|h[12]|fy\s?\d{2,4}|(?:19|20)\d{2}|"
                           r"january|february|march|april|may|june|july|august|september|october|november|"
                           r"december|morning|afternoon|evening|overnight|session|trading)\b",
                           re.IGNORECASE)  # "reached 662 million in June", "at $112.30 in afternoon trading": when

_REPORTING = set(SPEECH_VERBS) | {"saying", "reporting", "noting", "indicating", "observing",
                                  "witnessing", "expecting", "planning"}

_GROUP_VERBS = {"say", "said", "think", "believe", "expect", "plan", "use", "have", "are", "were",
                "feel", "want", "voted", "approved", "reported", "anticipate", "agreed", "indicated",
                "cast",  # ("38% cast ballots": the verb, whatever "cast and crew" makes of it elsewhere)
                # a poll's answers: "52% of Quebecers back the new levy, while 29% oppose it"
                "back", "oppose", "favour", "favor", "prefer", "reject", "trust", "distrust",
                # where they work: "a survey of 3,000 developers found that 52% work at companies using generative AI"
                "work"}


def word_tokens(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def verbish(word: str) -> bool:
    low = word.lower()
    if low in GERUND_NOUNS:
        return False  # "Podcast advertising in the U.S.": a trade, a noun
    if word[:1].isupper() and low in TITLE_CASE_VERBS:
        return True  # "Kinemo Secures $20 Million" (in lower case, "job cuts" are a noun)
    if "-" in low and low.split("-", 1)[0] not in _VERB_PREFIXES:
        return low in STOP  # "AI-assisted dramas", "well-funded studios": a compound adjective
    return low in STOP or (low.endswith("ed") and len(low) > 4) or (low.endswith("ing") and len(low) > 5) \
        or low in _MOVES or low in IRREGULAR_PAST \
        or low in ("using", "being", "going", "doing") \
        or low in _MULTIPLYING  # "the Dow Jones Industrial Average lost", "spending went"; "ElevenLabs triples valuation"


# verbs of movement that are no noun: not the particles ("up", "off"), nor a present form that is
# also a plural ("gains", "cuts")
_MOVES = frozenset(w for w in MOVEMENT_VERBS - MOVEMENT_PARTICLES if not w.endswith("s"))

_MULTIPLYING = {"doubles", "triples", "quadruples", "halves"}

_VERB_PREFIXES = ("co", "re", "pre", "un", "de", "over", "under", "out", "mis")


def _amount_opens(word: str) -> bool:
    """Whether an amount can open on `word` ("by $1", "to 5%", "by about a third"; not "cuts to AI")."""
    low = word.lower()
    return bool(word) and (word[0].isdigit() or word[0] in "$€£¥₹" or low in _AMOUNT_OPENERS or low in SMALL_NUMBERS)


_AMOUNT_OPENERS = {"about", "around", "nearly", "almost", "roughly", "some", "over", "under", "more", "less", "just",
                   "only", "a", "an", "half"}


WIRE_CREDIT_RE = re.compile(rf"\s-{HEADLINE_TAG}")


# a verb of change in its bare form, no noun: "expand", "grow", "cut" (not "increases", "cuts")
_BARE_CHANGE_VERB_RE = re.compile(rf"(?:{CHANGE_VERBS})(?<!s)(?<!ing)(?<!ed)", re.IGNORECASE)


def noun_phrase(text: str, pos: int, end: int, max_words: int = 7) -> list[str]:
    """Words of the noun phrase starting at `pos`: up to a verb or punctuation; "and" joins
    two nouns ("media and entertainment companies") but not two clauses."""
    tag = text.find(" -", pos, end)
    if tag >= 0 and WIRE_CREDIT_RE.match(text, tag, end):
        end = tag  # "… at $1.2 billion valuation -sources": the phrase ends before a wire headline's credit
    words = word_tokens(text[pos:end])
    out: list[str] = []
    joined_at = -1
    for i, w in enumerate(words):
        low = w.lower()
        if i == joined_at:
            out.append(w)
            continue
        if out and low in ("employed", "working") and i + 2 < len(words) and words[i + 1] in ("in", "at", "by", "across") \
                and words[i + 2][:1].isalpha() and _WORKERS_RE.fullmatch(out[-1]):
            out.append(w)  # "The number of people employed in the content industry": who they are, by their work
            joined_at = i + 1
            continue
        after_determiner = bool(out) and out[-1].lower() in DETERMINERS
        if w == "," and out and not out[-1].endswith(",") and (
                _list_goes_on(words, i) or any(o.endswith(",") for o in out)
                and i + 1 < len(words) and words[i + 1].lower() in ("and", "or")):
            out[-1] += ","  # "film, television and animation jobs", "writers, actors, and directors": a list
            continue
        if out and re.fullmatch(r"\d{1,2}", w) and (out[-1].lower() == "aged" or len(out) > 2
                                                   and out[-3].lower() == "aged" and out[-1].lower() in ("to", "and")):
            out.append(w)  # "Participants aged 18 to 34": the ages are part of the group
            continue
        if out and low in ("to", "and") and out[-1].isdigit() and len(out) > 1 and out[-2].lower() == "aged" \
                and i + 1 < len(words) and re.fullmatch(r"\d{1,2}", words[i + 1]):
            out.append(w)
            continue
        if out and low in ("account", "accounts") and i + 1 < len(words) and words[i + 1].lower() == "for" \
                and out[-1].lower() not in DETERMINERS:
            break  # "Media and entertainment account for nearly half of demand": the verb, no noun of the phrase
        if out and re.fullmatch(r"[a-z]{3,}[^s'’]s", w) and re.fullmatch(r"[a-z]{3,}[^s'’]", out[-1]) \
                and out[-1] not in DETERMINERS and not _ADJECTIVE_RE.fullmatch(out[-1]) and i + 1 < len(words) \
                and (words[i + 1][:1].isdigit() or words[i + 1][:1] in "$€£¥₹"):
            break  # "a typical $200 million blockbuster saves 30% on …": a singular noun's verb, with its amount after it
        if after_determiner and low.rstrip(".") in CURRENCY_NAME_WORDS and i + 1 < len(words) and words[i + 1][:1].isdigit():
            continue  # "of its Rs 500 crore budget": the amount's currency, read with its number
        ranked = bool(out) and out[-1].lower() in ("top", "bottom")  # "the weekend's top 10 films": a ranking
        if low in ("top", "bottom") and i + 2 < len(words) and (re.fullmatch(r"[\d,]{1,5}", words[i + 1])
                                                               or words[i + 1].lower() in SMALL_NUMBERS) \
                and words[i + 2][:1].isalpha():
            out.append(w)
            continue
        if low in ("top", "bottom") and i + 1 < len(words) and re.fullmatch(r"[\d,]{1,5}[.,;:]?", words[i + 1]) \
                and (i + 2 == len(words) or words[i + 2] in PUNCT):
            out += [w, words[i + 1]]  # "40 of the world's top 100.": the ranking ends the phrase
            break
        if len(out) >= max_words + (3 if joined_at >= 0 else 0) and w not in PUNCT and low not in SIMPLE_PREPOSITIONS \
                and w[0].isalpha() and not verbish(w):
            # the phrase goes on past its length: end it before its last phrase, not inside it ("dubbing work for
            # Hindi versions (of Hollywood films)", not "… of Hollywood")
            cut = max((k for k, o in enumerate(out) if o.lower() in SIMPLE_PREPOSITIONS), default=-1)
            del out[cut if cut >= 2 else len(out):]
            break
        if w in PUNCT or len(out) >= max_words + (3 if joined_at >= 0 else 0) or w[0].isdigit() and not after_determiner and not ranked \
                and not _AGE_GROUP_RE.fullmatch(w) and not (
                # ("a 30-second ad"; "in 12-month revenue": a measured modifier opening the phrase before its noun)
                (out or i + 1 < len(words) and words[i + 1].rstrip(".,;:!?").isalpha() and words[i + 1].islower()
                        and not verbish(words[i + 1]))
                and _MEASURED_MODIFIER_RE.fullmatch(w)) and not (
                out and out[-1][:1].isupper() and out[-1][-1:].isalpha() and len(out[-1]) > 1
                and re.fullmatch(r"\d{3,4}", w) and i + 1 < len(words) and words[i + 1][:1].islower()
                and not verbish(words[i + 1]) and words[i + 1].lower() not in _SCALE_WORDS) and not (  # ("Fortune 500 companies")
                out and out[-1][:1].isupper() and out[-1][-1:].isalpha() and len(out[-1]) > 1
                and re.fullmatch(r"\d{2,4}[.,;:]?", w) and (i + 1 == len(words) or words[i + 1] in PUNCT)):
            # (a name's number ending the phrase: "30 of the Fortune 100.", "of the FTSE 100,")
            break
        if after_determiner and re.fullmatch(r"[\d,.]+", w):
            continue  # "of its 5,000 members": the group is the members
        if w[0].isdigit():
            out.append(w)  # "a 30-second ad", "a typical 80-episode drama": a measured modifier
            continue
        if out and (out[-1].lower() in DETERMINERS or out[-1].lower() in ("most", "least")
                    or out[-1].endswith(("'s", "’s")) and i + 1 < len(words) and words[i + 1][:1].isalpha()) \
                and low.endswith(("ed", "ing")):
            # "the surveyed editors", "the most exposed jobs", "Netflix's operating profit": a participle after a
            # determiner or a possessive is an adjective
            out.append(w)
            continue
        if out and (out[-1].lower() in ATTRIBUTIVE_ADJECTIVES or out[-1].lower() in MEASURE_ADJECTIVES) \
                and (low.endswith("ed") or low in IRREGULAR_PAST) and i + 1 < len(words) \
                and words[i + 1].isalpha() and words[i + 1].islower() and not verbish(words[i + 1]) \
                and words[i + 1] not in STOP:
            # "new scripted series", "major animated films", "the average paid admission": a participle between an
            # adjective and its noun
            out.append(w)
            continue
        if out and (out[-1].lower().rstrip(".") in PLACES or DEMONYM_RE.fullmatch(out[-1])) \
                and low.endswith("ed") and i + 1 < len(words) \
                and words[i + 1].isalpha() and words[i + 1].islower() and not verbish(words[i + 1]) \
                and words[i + 1] not in STOP:
            out.append(w)  # "US scripted series production", "UK animated films": a participle between a place and its noun
            continue
        if not out and low.endswith("ed") and i + 2 < len(words) and words[i + 1].isalpha() and words[i + 1].islower() \
                and not verbish(words[i + 1]) and words[i + 1] not in STOP and verbish(words[i + 2]) \
                and words[i + 2].lower() not in STOP:
            # "while filmed entertainment declined 2%", "recorded music rose": a participle opening the phrase, before
            # its noun and the noun's verb, is an adjective
            out.append(w)
            continue
        if len(out) > 1 and out[-2].lower() in _NP_OPENERS and _ADJECTIVE_RE.fullmatch(out[-1]) \
                and low.endswith(("ed", "ing")) and (i + 1 >= len(words) or not words[i + 1][:1].isdigit()):
            # "a typical animated episode", "the share of digital advertising": after a determiner or
            # a preposition and an adjective
            out.append(w)
            continue
        if out and low.endswith("ing") and i + 1 < len(words) and (re.fullmatch(r"[a-z]{3,}(?<!s)s", words[i + 1])
                                                                   or _ADJECTIVE_RE.fullmatch(out[-1])
                                                                   and MEASURE_NOUN_RE.fullmatch(words[i + 1].rstrip("."))) \
                and not verbish(words[i + 1]) and words[i + 1].lower() not in STOP:
            out.append(w)  # "new streaming releases", "top grossing films": a gerund before a plural noun modifies it
            continue
        if len(out) == 1 and _ADJECTIVE_RE.fullmatch(out[0]) and low.endswith("ing") \
                and (i + 1 >= len(words) or words[i + 1] in PUNCT or verbish(words[i + 1])):
            out.append(w)  # "digital advertising exceeded": an adjective and a gerund, the noun phrase whole
            continue
        if (low in ("and", "&", "of", "for") or low == "in" and out[-1:] and out[-1].lower() in SHARE_NOUNS) and out:
            # (shares in a company are its shares, as British English writes them: "Shares in ITV rose")
            nxt = words[i + 1] if i + 1 < len(words) else ""
            # (a gerund's phrase is the noun's complement: "Support for banning AI-generated political adverts")
            if not nxt or nxt in PUNCT or verbish(nxt) and nxt.lower() not in ("the",) \
                    and not (low in ("of", "for") and nxt.lower().endswith("ing") and len(nxt) > 5):
                break
            after = words[i + 2].lower() if i + 2 < len(words) else ""
            if low == "and" and (after[:1].isdigit() or after in ("more", "the", "its", "their", "a", "an", "up")
                                 or _BARE_CHANGE_VERB_RE.fullmatch(nxt) and (after in SIMPLE_PREPOSITIONS or after in ("into", "across"))):
                # "invest $1 billion in OpenAI and license more than 200 characters", "triple our engineering team
                # and expand into Europe": a verb after "and" (not "films and series into Indian languages")
                break
            out.append(w)
            continue
        if not out and low in ("them", "it", "us", "you") and w != "US":  # (not the country)
            out.append(w)  # a pronoun is the whole noun phrase: "of them watch ..."
            break
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if out and low.endswith("ed") and nxt in _AUXILIARY_AFTER:
            out[-1] = f"{out[-1]} {w}"  # "companies surveyed are": a participle after its noun, kept with it
            continue
        if out and low in ("watched", "viewed", "streamed") and out[-1].lower() in _WATCH_TIME_NOUNS:
            out.append(w)  # "Hours watched on Twitch fell 9%": the hours watched, how an audience is measured
            continue
        bare = nxt.rstrip(".,;:!?")  # (the next word at a sentence's end: "of total streams.")
        if not out and (bare.replace("-", "").isalpha() or _MEASURED_MODIFIER_RE.fullmatch(bare)) \
                and (bare in _PLAN_NOUNS or bare not in STOP and not verbish(bare)) \
                and bare not in DETERMINERS and (
                low in ADJECTIVAL_OPENERS or w[:1].isupper() and (low.endswith("ed") and not low.endswith("eed")
                                                                  and len(low) > 4 or low in IRREGULAR_PAST)
                and nxt == words[i + 1]):  # (not "Indeed basketball"; "Paid subscription streaming grew")
            out.append(w)  # "Filmed entertainment recovered", "Total TV usage rose": a phrase opening on an adjective
            continue
        if not out and w.islower() and (low.endswith("ed") and len(low) > 4 or low in IRREGULAR_PAST) \
                and i + 1 < len(words) and (MEASURE_NOUN_RE.fullmatch(words[i + 1].rstrip(".,;:"))
                                            or _ACRONYM_NOUN_RE.fullmatch(words[i + 1].rstrip(".,;:")) or (  # ("connected TV")
                    # ("spent $4.2 billion on animated features": before a plural noun)
                    re.fullmatch(r"[a-z]{3,}(?<!s)s", words[i + 1].rstrip(".,;:")) and not verbish(words[i + 1])
                    and words[i + 1].lower() not in STOP) or (
                    # ("paid subscription accounts": through the measure's modifier)
                    i + 2 < len(words) and words[i + 1].isalpha() and not verbish(words[i + 1])
                    and words[i + 1].lower() not in STOP and words[i + 1].lower() not in DETERMINERS and (MEASURE_NOUN_RE.fullmatch(words[i + 2].rstrip(".,;:"))
                                                             or re.fullmatch(r"[a-z]{3,}(?<!s)s", words[i + 2])))):
            out.append(w)  # "200 million euros in fixed costs", "paid subscriptions": a participle before a measure noun
            continue
        if not out and w[:1].isupper() and low.endswith("ing") and nxt == "of":
            out.append(w)  # "Viewing of broadcast television fell": a gerund opening its phrase is its noun
            continue
        if not out and low.endswith("ing") and "-" not in low and (_noun_follows(words, i) or (
                # ("Waiting times rose": a plural noun its verb follows, at the sentence's start)
                w[:1].isupper() and i + 2 < len(words) and re.fullmatch(r"[a-z]{3,}(?<!s)s", words[i + 1])
                and not verbish(words[i + 1]) and words[i + 1] not in STOP and verbish(words[i + 2]))):
            out.append(w)  # "advertising agencies", "streaming services": a gerund modifying a noun
            continue
        if len(out) > 1 and " ".join((*out[-2:], low)).lower() in MEASURE_NOUNS:
            out.append(w)  # "gross value added": a measure's name of three words, whatever its last looks like
            continue
        following = nxt if i + 1 < len(words) else text[end:end + 1]  # (the figure itself, when the words end at it)
        if out and following and (
                (low in DIRECTION_NOUN_WORDS or low.endswith("s") and low[:-1] in DIRECTION_NOUN_WORDS)
                and (following in ("as", "about", "nearly", "almost", "more")
                     or following in ("by", "to") and (i + 2 >= len(words) or _amount_opens(words[i + 2]))
                     or following[0].isdigit() or following[0] in "$€£¥₹")
                or low == "costs" and not out[-1].lower().endswith("s") and (following[0].isdigit()
                                                                             or following[0] in "$€£¥₹"
                                                                             # (its object first: "costs OpenAI $1.30")
                                                                             or i + 1 < len(words) and words[i + 1][:1].isupper()
                                                                             or following in ("us", "them", "it")
                                                                             # ("A 24-minute episode costs about")
                                                                             or following in _HEDGE_OPENERS)):
            break  # "shares jump 11%", "the ad tier rises by $1": a move's verb, present tense (not "a 5% jump")
        if len(out) >= 2 and out[0].lower() in ("the", "this", "that", "its", "their") and following \
                and _PRESENT_VERB_FORM_RE.fullmatch(low) and not out[-1].lower().endswith("s") \
                and (following[0].isdigit() or following[0] in "$€£¥₹" or following in ("about", "around", "roughly",
                                                                                       "nearly", "almost", "some")):
            break  # "The deal covers about 500,000 works": a present verb right before an amount, after its subject
        if out and low == "used" and nxt == "to":
            break  # "A 22-minute episode used to take us 18 weeks": a habit's verb, no participle
        if out and low in ("earlier", "later") and nxt in ("this", "last", "that", "in", "on"):
            break  # "15% of its workforce earlier this year": when, not what
        if out and low in SUM_ADJECTIVES and (out[-1].lower() in DETERMINERS or re.search(r"['’]s?$", out[-1])) \
                and nxt[:1].islower() and nxt not in STOP:
            out.append(w)  # "The film's worldwide gross stands at": an adjective after its possessive
            continue
        if out and low in ("stand", "stands", "stood") and nxt == "at":
            break  # "The film's worldwide gross stands at about Rs 405 crore": the level's verb
        if out and low in ("set", "run", "held", "led") and nxt == "by":
            break  # "above the 60% quota set by the regulator": a participle with its agent, no noun of the phrase
        if out and low in ("average", "averages", "total", "totals") and i == len(words) - 1 \
                and AMOUNT_AT_RE.match(text, end):
            break  # "Production costs of AI short dramas average 30,000 yuan": the verb before the amount
        if out and low in _PLAN_NOUNS and (nxt != "to" or i + 2 < len(words) and _amount_opens(words[i + 2])
                                           or i + 2 == len(words) and AMOUNT_AT_RE.match(text, end)):
            # "its basic plan, which …": a plan after its modifier is a noun ("they plan to" is no noun, but "the
            # price of its mobile plan to Rs 199" is the plan's new price)
            out.append(w)
            continue
        if out and low.endswith("s") and not low.endswith("ss") and nxt and nxt.lower() in _MOVES:
            out.append(w)  # "views of official highlights rose": a plural before a verb of its own is its subject, a noun
            continue
        if out and out[-1].islower() and (_ADJECTIVE_RE.fullmatch(out[-1]) or out[-1] in ADJECTIVAL_OPENERS) \
                and verbish(w) and not low.endswith(("ed", "ing")) and i + 1 < len(words) and words[i + 1] in PUNCT:
            out.append(w)  # "roughly 1.5% of global demand,": after an adjective, the phrase's last word is its noun
            break
        if out and out[-1].islower() and (out[-1] in ATTRIBUTIVE_ADJECTIVES or _ADJECTIVE_RE.fullmatch(out[-1])) \
                and verbish(w) and low.endswith("s") and not low.endswith("ss") \
                and (not nxt or nxt in PUNCT or nxt in SIMPLE_PREPOSITIONS):
            out.append(w)  # "$1.5 billion of senior notes on Tuesday", "of convertible notes.": a plural after its adjective
            continue
        if out and low in COMPOUND_HEAD_VERBS and out[-1][:1].islower() and not out[-1].lower().endswith("s") \
                and out[-1].lower() not in STOP and out[-1].lower() not in DETERMINERS \
                and out[-1].lower() not in PLURALS_WITHOUT_S:
            out.append(w)  # "40% of energy use comes from rendering": after a singular noun, the compound's head
            continue
        if out and low.endswith("s") and not low.endswith("ss") and (
                nxt in _PLURAL_AUXILIARIES
                # (or before "to" and a verb: "called for the number of cinema screens to reach 100,000")
                or nxt == "to" and i + 2 < len(words) and words[i + 2].islower() and verbish(words[i + 2])
                and not words[i + 2].endswith(("s", "ed", "ing"))) \
                and not out[-1].lower().endswith("s") and out[-1].lower() not in STOP:
            out.append(w)  # "a fifth of new shows were dubbed": a plural before its own auxiliary is the noun
            continue
        if out and out[0].lower() in DETERMINERS and verbish(w) and not low.endswith(("ed", "ing", "s")) \
                and out[-1].lower() not in STOP and (nxt in ("was", "is", "has") if i + 1 < len(words)
                                                     else _SINGULAR_AUXILIARY_AT_RE.match(text, end)):
            out.append(w)  # "The 100-episode show was produced": a word after its determiner, before its auxiliary, the noun
            continue
        if out and low in ("total", "totals") and out[-1].lower() not in DETERMINERS and nxt in AFTER_A_TOTAL:
            out.append(w)  # "The sequel's domestic total now stands at": a running sum, the noun before its verb
            continue
        if out and low.rstrip(".,;:") in _PREDICTION_NOUNS and (out[-1].lower() in ADJECTIVAL_OPENERS
                                                               or out[-1].lower() in ("consensus", "analyst", "analysts'")):
            out.append(w)  # "the 32.1 billion yuan average estimate of analysts": a noun after its adjective, no verb
            continue
        if out and low in ADJECTIVAL_OPENERS and MEASURE_NOUN_RE.fullmatch(nxt.rstrip(".,;:")):
            out.append(w)  # "of the company's total revenue": an adjective before its measure, inside the phrase too
            continue
        if not out and low in PLACE_ADVERBS and bare.isalpha() and not verbish(bare) and bare not in DETERMINERS:
            out.append(w)  # "(to double) overseas sales": before a noun, an adjective
            continue
        if out and out[-1].lower() in ("of", "for") and low.endswith("ing") and len(low) > 5 and nxt and nxt not in PUNCT \
                and not verbish(nxt) and len(out) < max_words:
            out.append(w)  # "Support for banning AI-generated political adverts": a gerund with its object, the complement
            continue
        if not out and verbish(w) and w[:1].isupper() and nxt in ("for", "of") and not low.endswith(("ed", "ing")) \
                and low not in _MOVES:
            out.append(w)  # "Support for banning AI-generated political adverts stood at 61%": a noun opening its phrase
            continue
        if not out and verbish(w) and re.fullmatch(r"[a-z]{3,}[^s\W]s", low) and low not in _MOVES \
                and (nxt in SIMPLE_PREPOSITIONS and nxt != "to" or nxt in ("that", "which", "who") or bare != nxt):
            out.append(w)  # "(spent 30% more on) shows with a video version": a plural opening a phrase before its own phrase
            continue
        if out and "-" in out[-1] and low.endswith("ed") and nxt.isalpha() and nxt.islower() and not verbish(nxt) \
                and nxt not in SIMPLE_PREPOSITIONS and nxt not in DETERMINERS:
            out.append(w)  # "An AI-assisted animated series": a participle between an adjective and its noun
            continue
        if verbish(w) and (out or not MEASURE_NOUN_RE.fullmatch(w)) and not (
                # ("Claims rose fourfold", "The show drew": a noun before its verb or after a determiner)
                low in NOUN_LIKE_SPEECH_VERBS and (nxt in _MOVE_WORDS or after_determiner
                                                   # ("Film and video projects on Kickstarter": after a lower-case
                                                   # modifier, before its phrase of where)
                                                   or bool(out) and out[-1][:1].islower() and out[-1] not in STOP
                                                   and nxt in ("on", "in", "at", "from", "for", "with"))) and not (
                out and low.endswith("ing") and MEASURE_NOUN_RE.fullmatch(w)) and not (
                # ("third-quarter operating profit": a participle before its measure noun modifies it)
                out and low.endswith("ing") and MEASURE_NOUN_RE.fullmatch(nxt.rstrip(".,;:"))) and not (
                out and MEASURE_NOUN_RE.fullmatch(w) and nxt in AUXILIARIES) and not (  # "49% of spending", "seed funding": a noun here
                out and out[-1].lower() in DETERMINERS and low in ("top", "bottom") and nxt.isalpha()):  # ("The top earner has made")
            break  # (as is the head before an auxiliary: "Kuaishou's Hong Kong-listed shares have more than doubled")
        if out and nxt in ("a", "an", "the", "him", "her", "them", "us", "me") \
                and not (nxt in ("a", "an") and i + 2 < len(words) and words[i + 2].lower().rstrip(".,;:") in RATE_PERIODS) \
                or out and low.endswith("ing") and low not in GERUND_NOUNS \
                and nxt in ("its", "their", "his", "her", "our", "your", "this", "these", "those"):
            # (a rate after the noun is no object: "34 minutes of short dramas a day")
            # "This marks a ...": a word followed by an article is a verb; "a new subsidiary housing its
            # biggest franchises": a participle with its object
            break
        if out and low == "by" and re.match(r"(?:the\s+end|(?:19|20)\d\d|then|now|mid-?decade|next|early|late|year-end)\b",
                                            " ".join(words[i + 1:i + 3])):
            break  # "new streaming releases by the end of the decade": when, not what
        if out and low in _OBJECT_VERBS and nxt not in _AUXILIARY_AFTER and nxt not in ROLE_BREAKING_PREPOSITIONS \
                and not (nxt in MODALS and nxt != "to"):  # ("the new hires would be artists": the subject's noun)
            break  # "the three-year deal raises minimum rates": a verb with its object (not "pay raises of 5%")
        if out and nxt == "to" and low.endswith("s") and not low.endswith("ss") and not MEASURE_NOUN_RE.fullmatch(w) \
                and low[:-1] not in DIRECTION_NOUN_WORDS \
                and not _NO_INFINITIVE_RE.match(words[i + 2] if i + 2 < len(words) else "") \
                and not (out[-1].lower() in DETERMINERS or out[-1].lower() in ATTRIBUTIVE_ADJECTIVES
                         or out[-1].islower() and _ADJECTIVE_RE.fullmatch(out[-1])  # ("the number of digital films to fall")
                         or len(out) > 1 and out[-2].lower() in ATTRIBUTIVE_ADJECTIVES  # ("of new animated features to")
                         or out[-1].lower().endswith("est")  # ("the big studios to cut jobs": a noun after them)
                         or any(o.lower() == "of" for o in out)):  # ("the revenue of AI voice firms to fund": a preposition's object)
            break  # "Toho plans to invest", "the studio aims to": a verb before its infinitive (not
            # "daily uploads to streaming services", "payments to the music industry", nor a measure's
            # noun: "a levy on UK revenues to fund training", nor a change's: "600 of the media cuts to AI")
        out.append(w)
    while out and out[-1].lower() in ("of", "for", "and", "&"):
        out.pop()
    return out


def _list_goes_on(words: list[str], i: int) -> bool:
    """Whether the comma at words[i] is one of a list of short items that ends on "and" or "or"
    ("writers, actors and directors"; "film, television, and animation jobs"), not a clause's."""
    item = 0
    for w in words[i + 1:i + 12]:
        low = w.lower()
        if low in ("and", "or"):
            return item > 0  # (", and ground is …": a clause)
        if w == ",":
            if item == 0:
                return False
            item = 0
            continue
        if w in PUNCT or w[0].isdigit() or verbish(w) or low in DETERMINERS or item >= 2:
            return False
        item += 1
    return False


# a word after "to" that is no infinitive's verb: a gerund, a determiner, a name, a number
# (a plural after "to" is no infinitive: "payouts to rights holders")
_NO_INFINITIVE_RE = re.compile(r"[a-z]+ing$|(?:the|a|an|its|their|his|her|our|this|these|those)$|[A-Z0-9$€£¥]|[a-z]{2,}[^su]s$")

# an earlier prediction a result is measured against, the words of what it was before the noun: "beats
# forecasts", "beat subscriber forecasts", "ahead of analysts' estimates", "topped Wall Street projections"
# an article or a possessive right before an amount: "the £2.5 billion project", "a $200 million film", "its $40
# million budget" (etl.classify and etl.measure read what the amount then describes)
DETERMINER_END_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+$")
# a dash or a closing bracket right after a word that may be a verb of saying: the word is a noun, its phrase set
# off ("Inward investment productions — largely US studio projects — accounted for £3.4bn")
NOUN_CLOSED_AFTER_RE = re.compile(r"\s*[—–)]")
MEASURED_AGAINST_BEFORE_RE = re.compile(
    r"\b(?:beat|beats|beating|miss|missed|misses|missing|top|topped|tops|topping|exceeded|exceeds|exceeding|"
    r"surpassed|surpasses|surpassing|matched|matches|met|meets|lagged|trailed|ahead\s+of|short\s+of|in\s+line\s+with)"
    r"\s+(?:[\w'’.-]+\s+){0,3}$", re.IGNORECASE)
_WATCH_TIME_NOUNS = {"hours", "minutes"}
_PRESENT_VERB_FORM_RE = re.compile(r"[a-z]{3,}[^su']s")  # "covers", "centres" (not "process", "status")
_PREDICTION_NOUNS = {"estimate", "estimates", "forecast", "forecasts", "projection", "projections"}

_NP_OPENERS = DETERMINERS | {"of", "in", "for", "on"}

# scale words, which a measure's left side does not take: "2 million views" is not "million views"
SCALE_WORDS = _SCALE_WORDS = set(SCALES) | {word for word in MAGNITUDE_SUFFIXES if word.startswith(("lakh", "crore"))}

# words an adjective ends with: "typical", "digital", "creative", "famous", "affordable"
_ADJECTIVE_RE = re.compile(r"[a-z]{2,}(?:al|ic|ive|ous|ful|less|able|ible|ary|ory)", re.IGNORECASE)


def _noun_follows(words: list[str], i: int) -> bool:
    """Whether the word after words[i] is a group of people or a measured thing, which a
    gerund before it modifies ("advertising agencies", "streaming revenue")."""
    nxt = words[i + 1].rstrip(".,;:!?") if i + 1 < len(words) else ""  # (at a sentence's end: "to its operating income.")
    return bool(PEOPLE_RE.fullmatch(nxt) or MEASURE_NOUN_RE.fullmatch(nxt))


def _subject_of(word: str) -> bool:
    """Whether a word before a form in -ed makes it a verb, being its subject ("company guided",
    "Netflix reported"), not a word that makes it a modifier ("the estimated", "Kestrel's dubbed",
    "newly dubbed", "of licensed")."""
    low = word.lower()
    if low in ("i", "we", "they", "he", "she", "you"):
        return True  # "I received residuals of $312.40": a personal pronoun is a subject, always
    return word[:1].isalpha() and low not in DETERMINERS and low not in NOT_VERBS and low not in ("or", "not") \
        and not low.endswith(("'s", "’s", "'", "’", "ly", "ed", "ing")) and not _POSSESSIVE_PRONOUN_RE.fullmatch(low) \
        and not verbish(word)  # ("includes compounded pay raises": an adjective after a verb)


# what names joined before it may be the subject of ("… together account for", "… hold")
_NAMES_JOINED_BEFORE_VERB_RE = re.compile(r"\s*(?:together\s+|combined\s+|collectively\s+|jointly\s+)?"
                                          r"(?:account|accounted|make|made|hold|held|represent|represented|control|"
                                          r"controlled|have|had|paid|pay|spent|spend|invested|invest)\b")


_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# "French", "Korean", "Chinese", "Israeli", "Argentine" (of the words in -ine, only the demonyms: "Deadline",
# "Storyline" and "Pipeline" are names or nouns)
DEMONYM_RE = re.compile(rf"(?:[A-Z][a-z]+(?:an|ian|ese|ish|ch|i)|{'|'.join(IRREGULAR_DEMONYMS)})")  # (grouped: other patterns embed it)
_OF_KIND_END_RE = re.compile(r"\s+of\s+(?:this|that|these|those|such\s+an?|the\s+same)\s+(?:kind|sort|type)s?\s*$",
                             re.IGNORECASE)


def np_left(text: str, lo: int, s: int, max_words: int = 4) -> list[str]:
    """Modifiers before text[s]: back to a determiner, verb, number or punctuation."""
    of_kind = _OF_KIND_END_RE.search(text, max(lo, s - 40), s)
    if of_kind:
        s = of_kind.start()  # "Copyright cases of this kind (take)": what is of that kind
    left: list[str] = []
    tokens = word_tokens(text[max(lo, s - 80):s])
    listed = False  # a comma of a list of names read: the name before it is one of them
    for k in range(len(tokens) - 1, -1, -1):
        w = tokens[k]
        low = w.lower()
        if w == "," and left and left[0][:1].isupper() and any(t.lower() == "and" for t in left) and k \
                and tokens[k - 1][:1].isupper() and tokens[k - 1] not in PUNCT and not listed:
            listed = True  # "Netflix, Amazon and Disney (together account for)": the whole list
            continue
        if listed:
            if not w[:1].isupper() or w.lower() in DETERMINERS:
                break
            left.insert(0, f"{w},")
            listed = False
            continue
        if k and tokens[k - 1].lower() in MODALS:
            break  # "AI may raise global GDP": after a modal or "to" comes a verb
        if k and (low in BARE_PARTICIPLES or low in IRREGULAR_PARTICIPLES) and tokens[k - 1].lower() in ("had", "has", "have"):
            # "had cut net debt (from £2.1 billion)", "have seen bookings (fall by a third)": a verb, no word of the measure
            break
        if k and (low in NOUN_LIKE_SPEECH_VERBS and not low.endswith("s") or _BARE_CHANGE_VERB_RE.fullmatch(low)) \
                and re.fullmatch(r"[a-z]{3,}[^s'’]s", tokens[k - 1]):
            # "its members report average day rates falling", "Video podcasts lift U.S. podcast ad revenue": a plural's
            # verb, no noun of the phrase
            break
        if k and low in ("means", "meant") and tokens[k - 1].lower() in ("that", "this", "it", "which"):
            break  # "That means streamers accounted for 26%": what the clause before means, a verb
        if k and low in BARE_PARTICIPLES and tokens[k - 1].lower() in UNNAMED_BODY_NOUNS:
            break  # "The studio cut costs about 10%": the business's verb (a "tax cut" is a noun's)
        if not left and k and w[:1].islower() and w not in PUNCT and (
                tokens[k - 1].lower() == "the" or _POSSESSIVE_PRONOUN_RE.fullmatch(tokens[k - 1].lower())
                or tokens[k - 1].endswith(("'s", "’s"))):
            left.insert(0, w)  # "Its shares (have more than doubled)", "The cuts": after "the" or a possessive, a noun
            continue
        if not left and low in NOUN_LIKE_SPEECH_VERBS and _MOVE_VERB_AT_RE.match(text, s):
            left.insert(0, w)  # "Claims rose fourfold", "Reports doubled": a noun, the verb its own after it
            continue
        # "dubbing market", "streaming revenue": a participle right before the noun modifies it
        participle = low.endswith(("ing", "ed")) and low not in STOP and low not in _RESULT_VERBS \
            and not (k and tokens[k - 1].lower() in AUXILIARIES) \
            and not (k and tokens[k - 1] == "," and low.endswith("ing") and not (left and left[0].lower() in ("and", "or"))
                     and low not in ING_ADJECTIVES) \
            and not (k and tokens[k - 1] == "," and low.endswith("ed") and low not in ADJECTIVAL_OPENERS) \
            and not (low.endswith("ed") and k and (MEASURE_NOUN_RE.fullmatch(tokens[k - 1]) or _subject_of(tokens[k - 1]))) \
            or bool(left) and (low in IRREGULAR_PARTICIPLES or low in IRREGULAR_PAST) and k > 0 and (
                # (an irregular one too, after a determiner, a possessive or a superlative: "Runway's cheapest paid
                # plan (costs)", "the built environment")
                tokens[k - 1].lower() in DETERMINERS or tokens[k - 1].endswith(("'s", "’s")) or tokens[k - 1].lower().endswith("est"))
        # ("Netflix is raising prices", "revenue surpassed", "The company guided Q4 revenue": a verb after
        # an auxiliary or its subject)
        names_joined = low == "and" and left and k and left[0][:1].isupper() and left[0] not in PUNCT \
            and tokens[k - 1][:1].isupper() and tokens[k - 1].lower() not in DETERMINERS and len(left) < max_words + 2
        if names_joined and _NAMES_JOINED_BEFORE_VERB_RE.match(text, s):
            left.insert(0, w)  # "Netflix and Amazon (together) account for": names joined, the subject whole
            continue
        if low == "and" and left and k and (tokens[k - 1].islower() or k == 1 and tokens[0][1:].islower()
                                            # ("UK and Ireland box office takings": two places)
                                            or tokens[k - 1].lower().rstrip(".") in PLACES
                                            and left[0].lower().rstrip(".") in PLACES) \
                and not verbish(tokens[k - 1]) \
                and tokens[k - 1] not in DETERMINERS and len(left) < max_words \
                and not any(t[:1].isdigit() and not _YEAR_RE.fullmatch(t) or t.lower() in _SCALE_WORDS
                            for t in tokens[max(0, k - 3):k]):
            # (not "14.0 mm and valve duration", "35 billion yuan and adjusted net profit"; but a year modifies the
            # nouns joined: "The 2023 writers' and actors' strikes")
            left.insert(0, w)  # "food and beverage spending": two nouns joined
            continue
        if low in PLACE_ADVERBS and len(left) < max_words:
            left.insert(0, w)  # "overseas revenue", "worldwide sales": before a noun, an adjective
            continue
        if low in _AIMING_VERBS and k and (tokens[k - 1][:1].isupper() or left and left[0].lower() == "for"):
            # "Toho aims for overseas sales", "Toho targets overseas sales", "The group aims for anime-related sales": a
            # verb of aiming, no modifier (nor the "for" it takes)
            if left and left[0].lower() == "for":
                left.pop(0)
            break
        compound = bool(left) and f"{low} {left[0].lower()}" in MEASURE_NOUNS  # "run rate": a noun, not a verb
        if not left and low in ("plan", "plans", "tier", "tiers"):
            left.insert(0, w)  # "The standard plan (now costs)": the head noun before its verb
            continue
        if len(left) >= max_words and w[:1].isupper() and (left[0][:1].isupper() or left[0] == "and") and left[0] not in PUNCT \
                and w not in PUNCT and low not in DETERMINERS and len(left) < max_words + 2 and not verbish(w):
            left.insert(0, w)  # "a Hong Kong initial public offering": a name is not cut at the phrase's length
            continue
        if w in PUNCT or verbish(w) and not participle and not compound or low in DETERMINERS or w[0].isdigit() \
                or low in _SCALE_WORDS or low in PHRASE_PREPOSITIONS or low in _RELATIVES \
                or len(left) >= max_words and left[0].lower() not in ("and", "or"):  # (a conjunct is never cut off its "and")
            # ("2 million views": not "million views"; "Among subscribers": the subscribers; "Getty, whose shares")
            break
        left.insert(0, w)
    return left


# verbs of aiming after their subject's name, which look like plural nouns ("targets", "plans"): the lexicon's
# verbs of aiming in their present form, and those of targeting and foreseeing
_AIMING_VERBS = {w for w in AIM_VERBS if w.endswith("s")} | {"targets", "eyes", "forecasts", "sees"}
_POSSESSIVE_PRONOUN_RE = re.compile(r"its|their|his|her|our|my|your")

# an amount starts here ("$5", "HK$5", "5", and a currency's word before the number: "Rs 199", "USD 5")
AMOUNT_AT_RE = re.compile(rf"\s*{AMOUNT_HEDGES}(?:[$€£¥₹]|[A-Z]{{1,3}}\$|\d|"
                          rf"(?i:{'|'.join(sorted(CURRENCY_NAME_WORDS, key=len, reverse=True))})\.?\s?\d)")

_CHANGE_AFTER_RE = re.compile(r"\s+(increases?|rises?|hikes?|cuts?|gains?|growth|declines?|reductions?)(?=\s+(?:of|in|for|on)\b)")

# verbs of the present that take an object and look like plural nouns: "the deal raises minimum rates"
# verbs of a business result, never a participle modifying the measure after them: "the division
# generated operating income of $9.3 billion"
_RESULT_VERBS = {"generated", "posted", "booked", "recorded", "delivered", "achieved", "reported", "logged", "notched"}

_OBJECT_VERBS = {"raises", "cuts", "lifts", "boosts", "doubles", "triples", "halves", "lowers", "increases",
                 "reduces", "extends", "covers", "requires", "gives", "guarantees", "sets", "caps", "limits",
                 "employs", "hires", "supports", "generates", "attracts", "draws"}

_WHEN_AFTER_RE = re.compile(r"(?:the\s+)?(?:end|start|beginning|middle|close|turn)\b|(?:19|20)\d\d|next|this|last|mid-?decade",
                            re.IGNORECASE)

ADVERB_RE = re.compile(r"[A-Za-z]{3,}ly")  # "Fully", "roughly", "typically" (a few nouns end so too: LY_NOUNS)
_WORD_BEFORE_RE = re.compile(r"\b(\w+)\s+$")
_AVERAGE_AFTER_RE = re.compile(r"\s+(?:average|median)\b(?!\s+(?:about|around|roughly|nearly|almost|some|[$€£¥₹\d]))")
_NOUN_PP_RE = re.compile(r"\s+(of|for|on|per|by)\s+(?:(\w+ing)\s+)?")
# a company's shares, as American and British English write them: "Shares of Netflix", "Shares in ITV"
SHARE_NOUNS = ("shares", "stock")
SHARES_OF = r"(?:shares|stock)\s+(?:of|in)\s+"
# what follows a name that describes a business by its index or its listing: "The FTSE 250 company", "the
# Nasdaq-listed firm" (the name is no company's: etl.attribute reads the description, etl.owners skips the name)
LISTED_AFTER_NAME = rf"(?:\s+\d{{2,4}}|-listed)\s+(?:{'|'.join(sorted(BUSINESS_DESCRIPTIONS))})\b"
_SHARES_IN_RE = re.compile(r"\s+(in)\s+()(?=[A-Z]|the\s)")


def np_around(text: str, lo: int, s: int, e: int, hi: int) -> list[str]:
    """A measure noun at text[s:e] with its modifiers and an of/for phrase, within [lo, hi)."""
    right: list[str] = []
    average = _AVERAGE_AFTER_RE.match(text, e)
    if average and average.end() <= hi:  # "below the industry average of $35": the average, not the industry
        e = average.end()
    m = _NOUN_PP_RE.match(text[e:e + 24])
    if m is None and text[s:e].lower() in SHARE_NOUNS:
        m = _SHARES_IN_RE.match(text[e:e + 24])  # "Shares in ITV rose": British for "shares of"
    if m and e + m.end() < hi:
        tail = noun_phrase(text, e + m.end(), hi, 5)  # "cost of producing a 30-second ad"
        if tail and m.group(1) == "for" and TIME_WORDS_RE.search(" ".join(tail)) and not MEASURE_NOUN_RE.search(" ".join(tail)):
            tail = []  # "for the first time", "for the year": when, not what
        if m.group(1) == "on" and tail and (not tail[0][:1].islower() and not tail[0].isupper()  # ("spending on AI tools")
                                            or TIME_WORDS_RE.search(" ".join(tail))
                                            or tail[-1].lower().endswith("est") or tail[-1].lower() in DETERMINERS):
            tail = []  # "spending on drama production", not "revenue on Thursday" nor "CPMs on the largest …"
        if m.group(1) == "by" and (text[s:e].lower() not in AGENT_MEASURE_NOUNS or m.group(2) or not tail
                                   or TIME_WORDS_RE.search(" ".join(tail)) or any(w[:1].isdigit() for w in tail)):
            tail = []  # "Spending by global streamers": who spent (not "revenue by region", "spending by 2030")
        right = [m.group(1), *([m.group(2)] if m.group(2) else []), *tail] if tail else []
    change = _CHANGE_AFTER_RE.match(text, e, hi) if not right else None  # "wage increases of 7%"
    before = _WORD_BEFORE_RE.search(text, max(lo, s - 20), s)
    # (an adverb modifies no noun: "Post-editing jobs typically pay 40% less", the noun a verb, nothing before it its)
    adverb = before and before.group(1).islower() and ADVERB_RE.fullmatch(before.group(1)) \
        and before.group(1) not in LY_NOUNS
    left = [] if adverb else np_left(text, lo, s)
    return left + [text[s:e]] + ([change.group(1)] if change else right)


# words that are verbs elsewhere ("budgets total $5 million") but adjectives opening a noun phrase
_AGE_GROUP_RE = re.compile(AGE_GROUP)  # "38% of 16-24-year-olds said": people by their age
_PLAN_NOUNS = {"plan", "plans", "tier", "tiers"}  # (nouns after a modifier: "its Unlimited plan", "the ad tier")
ADJECTIVAL_OPENERS = {"total", "average", "gross", "net", "combined", "trailing", "top",  # ("Top actors now earn")
                      # participles of accounting, adjectives before a measure: "adjusted net profit"
                      "adjusted", "diluted", "consolidated", "annualised", "annualized", "estimated", "projected"}

_MEASURED_MODIFIER_RE = re.compile(r"[\d.,]+-[A-Za-z]+")  # "12-month", "30-second"
_WORKERS_RE = re.compile(r"people|persons|workers|staff|employees|professionals|artists|animators", re.IGNORECASE)

MODALS = {"may", "might", "could", "would", "will", "can", "should", "must", "to"}

CLAUSE_JOINS = {"while", "whereas", "but", "although", "though", "yet"}

_PLACE_PREPOSITIONS = {"in", "at", "on", "for", "with", "across", "from", "inside", "outside"}

_WHEN_WORDS = {"next", "past", "last", "this", "coming"}

_SPAN_ORDINALS = {"first", "last", "past", "next", "final", "coming", "opening"}

_THRESHOLD_WORDS = {"more", "fewer", "less"}
# a threshold with its unit: "fewer than 20 weeks", "more than $100,000 a year", "less than 2 million yen"
_THRESHOLD_RE = re.compile(r"\b(?:more|fewer|less)\s+than\s+[^\s\d]{0,3}\d[\d,.]*\d?(?:\s+(?:million|billion|thousand))?"
                           r"(?:\s+(?!(?:a|an|the|in|of|to|for|and|or|at|on|by|per|than|from)\b)[a-z]+)?"
                           r"(?:\s+(?:a|per)\s+(?:year|month|week|day|hour))?")
_QUOTE_MARKS = {'"', "“", "”"}
_PREDICATE_WORDS = 10  # "who said they believed generative AI was having a negative impact"
_RESPONDED = {"responded", "answered", "replied", "completed", "participated"}


def predicate(text: str, pos: int, end: int, any_verb: bool = False) -> str | None:
    """What the members of a group did or think: "who said they had felt the impact"."""
    words = word_tokens(text[pos:end])
    while words and words[0] in ")(":
        words = words[1:]
    if words and words[0].lower() in SUBORDINATORS:
        return None  # "deduct up to 60% of the amount if they invest …": a condition, no predicate of the group
    if words and words[0].lower() in ("between", "from", "since", "during", "over", "until"):
        return None  # "median earnings fell 19% between 2020 and 2024": when, no predicate of the group
    if len(words) > 3 and words[0].lower() == "who" and words[1].lower() in _RESPONDED:
        # "65% of members who responded to a recent survey believed AI posed a threat": who answered says only who
        # was asked; what they answered is the verb after it
        main = next((k for k in range(2, min(len(words), 10)) if words[k].lower() in AUXILIARIES
                     or words[k].lower() in _REPORTING or words[k].lower() in IRREGULAR_PAST
                     or words[k].islower() and len(words[k]) > 4 and words[k].endswith("ed")), None)
        words = ["who", *words[main:]] if main else words
    out: list[str] = []
    truncated = False
    for i, w in enumerate(words):
        truncated = len(out) >= _PREDICATE_WORDS and w not in PUNCT
        if out and w.lower() == "and" and [x.lower() for x in words[i + 1:i + 3]] in (["the", "rest"], ["the", "remainder"],
                                                                                  ["the", "others"]):
            break  # "31% said no and the rest did not know": the rest is another group
        if out and w.lower() == "and" and words[i + 1:i + 2] and words[i + 1].lower() == "that":
            break  # "found that 44% had been offered unpaid work and that one in four had left": another finding
        if len(out) >= 2 and w[0].isdigit() and out[-1].lower() == "than" and out[-2].lower() in _THRESHOLD_WORDS:
            # "creators who earn more than $100,000 a year": the threshold is part of who they are
            threshold = _THRESHOLD_RE.search(text, pos, end)
            if threshold:
                out[-2:] = threshold.group().split()
            break
        if out and w in _QUOTE_MARKS:
            continue  # words the writer quotes are still the predicate's: "said they were "very" or "somewhat" worried"
        if w in PUNCT or len(out) >= _PREDICATE_WORDS or out and (w[0].isdigit() or w.lower() in CLAUSE_JOINS
                                                                   and not (w.lower() == "yet" and out[-1].lower() == "not")):
            break  # "who voted no while 8,435 of them approved": the next clause is another figure's ("had not yet": an adverb)
        out.append(w)
    # (back past a number cut from its noun: "who had seen at least one deepfake (in the last six months)")
    reach = 4 if out and out[-1].lower() in SMALL_NUMBERS else 3
    cut_at = max((k for k in range(len(out) - reach, len(out)) if k > 1 and out[k].lower() in NOT_VERBS), default=None) \
        if truncated and out and not _NOUN_LIKE_RE.fullmatch(out[-1]) else None
    if cut_at:  # cut at its length inside a phrase: "who say they used an AI tool (on a paid job …)"
        out = out[:cut_at]
    if len(out) > 2 and (out[0].lower().endswith("ing") and out[1].lower() in _PLACE_PREPOSITIONS
                         or out[0].lower() in ("it", "they", "we", "he", "she")
                         or out[0].lower() in ("who", "that") and out[1].lower() in ("it", "they", "we", "he", "she")):
        # a participle's phrase of where, or an object relative, ends before the verb after it: "people
        # working in Hong Kong's film industry (have seen …)", "the ads it produced in the third quarter (were
        # made …)" (not "respondents saying their company has banned it": what they say)
        cut = next((k for k in range(2, len(out)) if out[k].lower() in AUXILIARIES
                    or out[k].islower() and out[k] not in NOT_VERBS and out[k] not in ("or", "the", "a", "an")
                    and verbish(out[k]) and out[k - 1].lower() not in DETERMINERS), len(out))
        out = out[:cut]
    while out and (out[-1].lower() in NOT_VERBS or out[-1].lower() in DETERMINERS or out[-1].lower() in AUXILIARIES
                   or out[-1].lower() in _WHEN_WORDS or len(out) > 1 and out[-2].lower() in _WHEN_WORDS
                   and TIME_WORDS_RE.fullmatch(out[-1].rstrip(".,;:"))
                   # (nor a verb of saying with nobody's words after it: "who said they (were cut …)")
                   or out[-1].lower() in ("they", "we", "he", "she", "that", "because", "since", "if", "when")
                   or out[-1].lower() in ("said", "say", "says")
                   # (nor an ordinal cut from its span: "who had joined a waiting list in the first (48 hours)")
                   or out[-1].lower() in _SPAN_ORDINALS and len(out) > 1 and out[-2].lower() in DETERMINERS):
        # cut at its length: "who plan to raise their spending in the next (12 months)" ends on "spending";
        # "who plan to use AI video this year": when, no part of what they do
        out.pop()
    if len(out) > 1 and out[0].lower() in ("who", "that") and verbish(out[1]):
        out = out[1:]  # "of the 50 million people who consider themselves creators": their own relative clause
    if not out:
        return None
    first = out[0].lower()
    if first in ("last", "next", "past", "this") and len(out) > 1 and TIME_WORDS_RE.fullmatch(out[1].rstrip(".,;:")):
        return None  # "fell 8.2 percent to 31,000 last year": when, not what the group did
    if first in ("by", "until", "through", "within", "in", "over") and _WHEN_AFTER_RE.match(" ".join(out[1:4])):
        return None  # "20% of new streaming releases by the end of the decade": when, not what they do
    if first in NOT_VERBS or first in PLACE_ADVERBS \
            or not (any_verb or first in _REPORTING or first in _GROUP_VERBS or verbish(out[0])) \
            or first in _THRESHOLD_WORDS and len(out) > 1 and out[1].lower() == "than":
        # ("employees worldwide, come as": where they are, no verb of theirs; nor a comparison the figure
        # makes: "Post-editing jobs pay 40% to 60% less than full translation")
        return None
    if first.endswith("ing") and first not in ("bring",) or first.endswith("ed") and len(out) > 1 and out[1].lower() == "by" \
            or _PARTICIPLE_ONLY_RE.fullmatch(first) and len(out) > 1:  # ("films and series shown in the country")
        while out and out[-1].lower() in AUXILIARIES:
            out.pop()  # ("people working in Hong Kong's film industry have …": the participle's phrase, not the verb after)
        return " ".join(out).rstrip(".")  # "respondents saying their company has banned it", "tasks performed by workers"
    return "who " + " ".join(out).rstrip(".")


# a word that may end a noun phrase: a name or acronym, a plural, a noun by its ending
_NOUN_LIKE_RE = re.compile(r"[A-Z][\w-]*|[a-z-]*(?:tion|sion|ment|ity|ness|ship|ism|ist|er|or|s|crew|job|work|staff)")

# a past participle that is no past tense: a reduced relative ("shown in the country", "written by")
DIRECTION_NOUN_WORDS = frozenset(DIRECTION_NOUNS_UP | DIRECTION_NOUNS_DOWN) - {"higher", "lower", "premium", "discount"}

_PARTICIPLE_ONLY_RE = re.compile(r"(?!(?:been|even|often|seven|eleven|ten|women|children|open|green|screen|queen|"
                                 r"citizen|kitchen|garden|golden|sudden|token|between|"
                                 # (verbs whose base form ends so: "135 million Americans listen to podcasts")
                                 r"listen|happen|threaten|widen|worsen|deepen|soften|tighten|lessen|broaden|shorten|"
                                 r"lengthen|loosen|sharpen|weaken|strengthen|harden|flatten|fasten|darken)$)[a-z]{2,}(?:wn|en)")

AUXILIARIES = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
               "might", "should", "must", "do", "does", "did"}

PEOPLE_RE = re.compile(rf"\b(?:{PEOPLE_GROUPS})\b|\b{AGE_GROUP}\b", re.IGNORECASE)  # (people by their age too)


# a subordinate clause put before the main one, opening its sentence: "If AI removes half of that, …",
# "While Netflix spent …, …" (not a clause joined after a comma: ", while the Nasdaq slipped 0.4%, to …")
SUBORDINATE_OPENERS = _SUBORDINATORS = r"If|When|Whenever|Once|Unless|Although|Though|While|Whereas|Because|Since|After|Before|Until|As"
# (past a short phrase of time before it too: "In 1927, when "The Jazz Singer" brought sound to cinemas, …")
_SUBORDINATE_LEAD_RE = re.compile(rf"\s*(?:(?:In|By|On|At|During)\s+[^,]{{1,25}},\s*(?i:{_SUBORDINATORS})|{_SUBORDINATORS})"
                                  r"\s+[^,]*?\S+\s+\S+[^,]*,")


# a subordinate clause put after the main one, with a subject of its own that is new: somebody
# unnamed or a name ("Shares of X fell 6.3% after a rival unveiled a model that can generate two-minute
# clips": the rival's clips; not "after the company reported", who is the subject again)
_SUBORDINATE_TAIL_RE = re.compile(
    r"(?:\b(?:after|because|when|while|since|although|though|whereas|before|until)|(?<!\bsuch\s)(?<!\bwell\s)\bas)\s+"
    # (or a noun phrase in lower case: "…, the chain said, after average seat occupancy fell to 17%")
    r"(?:(?:a|an|another|one)\s+(?:[\w-]+\s+){0,3}?|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s+|"
    # (a bare one: "after the company reported" and "after its lenders took" are of the clause's own subject)
    r"(?!(?:the|its|their|his|her|our|it|they|he|she|we|i|you)\s)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+)"
    r"(?:[a-z]{2,}ed|said|says|won|made|began|took|sold|saw|gave|grew|rose|fell|cut|built|bought|spent|lost|paid)\b")


# a relative clause with a speaker of its own: "the sector, which the union says generates about €100 million"
# (etl.attribute reads whose statement the figure in it is, etl.owners that the speaker owns none of it)
RELATIVE_SPEAKER = r",\s+(?:which|who|that)\s+(?P<np>[^,;]{2,100}?)\s+(?:says|said|estimates|estimated|reckons|believes|thinks|expects)\b"
RELATIVE_SPEAKER_RE = re.compile(RELATIVE_SPEAKER)
# whom something is told, right before their name: "…, told Reuters", "told the BBC" (a hearer, who neither owns
# a figure nor is what "the company" stands for)
HEARER_BEFORE_RE = re.compile(r"\b(?:told|tell|tells|telling)\s+(?:[Tt]he\s+)?$")


def past_subordinate_tail(text: str, start: int, pos: int) -> int:
    """Where the clause of `pos` starts when text[start:pos] ends in a subordinate clause with a new
    subject of its own (_SUBORDINATE_TAIL_RE); else `start`."""
    if " after " not in text[start:pos] and not _TAIL_WORD_RE.search(text, start, pos):
        return start  # (a test of words first: most clauses have no such tail)
    tail = max(_SUBORDINATE_TAIL_RE.finditer(text, start, pos), key=lambda m: m.start(), default=None)
    return tail.start() if tail else start


_TAIL_WORD_RE = re.compile(r"\b(?:because|when|while|since|although|though|whereas|before|until|as) ")


# a description set between commas after a name, opening on an article or on its owner's possessive:
# "Runway, the New York-based startup behind the Gen-4 video model, has raised", "Jimeng, ByteDance's AI
# video and image generation app, had": the name it describes acts, not a name inside it
APPOSITIVE_RE = re.compile(r"(?<=[A-Za-z0-9)]),\s+(?:the|a|an|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?['’]s)\s+[^,;]{3,100},")


def past_subordinate_lead(text: str, start: int, pos: int) -> int:
    """Where the main clause of text[start:pos] starts: after a subordinate clause put first, up to
    its comma ("If AI removes half of that, the saving is …", "While Netflix spent $17 billion,
    Amazon spent …": the subject comes after it); else `start`."""
    lead = _SUBORDINATE_LEAD_RE.match(text, start, pos)
    return lead.end() if lead else start
