"""The scanning patterns are written to open with a letter or a character class, so `re` can
skip ahead (etl/patterns.py). Each must find exactly what its plain form, opening with `\\b`,
finds: the plain forms are written out here as the reference."""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from etl import attribute, classify, impacts, names, numbers, segment
from etl.lexicon import BUSINESS_DESCRIPTIONS, FRACTION_WORDS, MEASURE_NOUNS, SMALL_NUMBERS, SOURCE_NOUNS, TIME_UNITS
from etl.patterns import finditer_at, trie_pattern, word_start_branches, word_starts
from etl.phrases import MEASURE_NOUN_RE

_WORD = trie_pattern(SMALL_NUMBERS)
_WORDNUM = rf"(?:{_WORD})(?:-(?:{_WORD}))?"
_SCALE = "hundred|thousand|million|billion|trillion"
PLAIN_WORD_NUMBER = re.compile(
    rf"\b(?:(?:a|an)\s+(?:{_SCALE}|dozen)\b|{_WORDNUM}(?:(?:\s+|-)(?:and\s+)?(?:{_WORDNUM}|{_SCALE}|dozen)\b)*)"
    rf"(?:\s+and\s+a\s+half(?:\s+(?:million|billion|trillion)\b)?)?\b|\ba\s+dozen\b|\bdozens\b")
PLAIN_DIGIT_RUN = re.compile(r"\.?\d[\d,.]*")
PLAIN_ARTICLE_TIME = re.compile(rf"\b(?:a|an)(?=\s+(?:{trie_pattern(w for w in TIME_UNITS if len(w) > 3)})\b)")
PLAIN_FRACTION_DEN = re.compile(r"\b(?P<den>" + "|".join(sorted(FRACTION_WORDS, key=len, reverse=True)) + r")\b")
PLAIN_SLASH_FRACTION = re.compile(r"(?<![\w/.])(?P<dn>\d{1,3})\s?[/⁄]\s?(?P<dd>\d{1,3})(?![\w/]|\.\d)")
PLAIN_CANDIDATE = re.compile(r"[.!?。！？…]+[\"”’')\]]*(?:[ \t]*\n)?(?=\s|$)|[.!?](?=[A-Z][a-z])|\n(?:[ \t]*\n)*")

PIECES = st.sampled_from([
    "one", "twenty", "-one", " hundred", " and a half", " million", "a", "an", "A", " dozen", "dozens",
    "someone", "often", "half", "halves", "third", "quarters", "/", "1/3", "24/7", "⁄", "weight", " hour", " year", "1", "2,000", ".5", "3.", "..", ",", ".", "!", "?",
    "…", "”", ")", " ", "\n", "\n\n", " \t", "e", "eBay", "iiMedia", "Bay", "Sora", "US$", "$US", "€", "é",
    "Q", "of the", " of ", "and", "&", "Inc.", "’s", "x", "_", "Mr", "IPO",
])
TEXTS = st.lists(PIECES, max_size=40).map("".join)


def spans(rx, text, *args):
    return [m.span() for m in rx.finditer(text, *args)]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_number_scans_find_what_their_plain_forms_find(text):
    low = numbers.ascii_lower(text)
    assert spans(numbers.WORD_NUMBER_RE, low) == spans(PLAIN_WORD_NUMBER, low)
    assert spans(numbers.DIGIT_RUN_RE, low) == spans(PLAIN_DIGIT_RUN, low)
    assert spans(numbers.ARTICLE_TIME_RE, low) == spans(PLAIN_ARTICLE_TIME, low)
    assert spans(numbers.FRACTION_DEN_RE, low) == spans(PLAIN_FRACTION_DEN, low)
    assert spans(numbers.SLASH_FRACTION_RE, low) == spans(PLAIN_SLASH_FRACTION, low)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_sentence_candidates_are_those_of_the_plain_form(text):
    assert spans(segment._CANDIDATE_RE, text) == spans(PLAIN_CANDIDATE, text)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(0, 60))
@example("Qone.", 0)  # a full stop after three lower-case letters ends a run (found by this test once)
@example("in Los Angeles. MPC and Sora", 0)
@example("Q3.", 0)  # a full stop after a word of two characters, no abbreviation, ends a run too
@example("estimates compiled by LSEG. Revenue rose", 0)
def test_name_runs_are_the_runs_of_name_re_from_any_start(text, start):
    start = min(start, len(text))
    assert [(s, e) for s, e, _ in names.name_runs(text, start)] == name_re_runs(text, start)


def name_re_runs(text, start):
    """NAME_RE's runs from `start`, each ended by a full stop that ends its sentence ("… in Los
    Angeles. MPC"), the scan going on after it: what name_runs must find."""
    out, pos = [], start
    while True:
        for m in names.NAME_RE.finditer(text, pos):
            stop = names._sentence_stop(text, m.start(), m.end())
            if stop is not None:
                out.append((m.start(), stop))
                pos = stop + 1
                break
            out.append(m.span())
        else:
            return out


def test_word_start_branches_keep_the_word_boundary():
    rx = re.compile("(?:" + "|".join(word_start_branches(["one", "ten", "two"])) + r")\b")
    assert [m.group() for m in rx.finditer("someone often one, ten-two")] == ["one", "ten", "two"]
    assert rx.pattern.startswith("(?:o(?<!\\wo)")  # opens with a letter: re can skip to it


def test_name_runs_include_lower_case_openings():
    text = "Shares of eBay and iiMedia rose; theBay did not, nor $US160."
    assert [r for _, _, r in names.name_runs(text)] == ["Shares of eBay and iiMedia"]


# --- patterns reordered or scanned from their words: the same matches, found faster ----------

SCAN_PIECES = st.sampled_from([
    " ", ", ", ".", "\n", "1", "30 ", "billion ", "tens", "hundreds", "dozens", " of ", "thousands", "millions",
    "attention", "intense", "billions", "trillions", "s", "Tens", "the ", "have ", "has ", "will ", "to ",
    "be ", "lost", "rose", "won", "lion ", "was worth", "stood", " to", "stood by", "grossed", "moved", "made",
    "projects", "its ", "new ", "film ", "He ", "predicts", "expected", "estimated that", "studio", "company",
    "startup", "Pinewood", "A", "survey", "report", "study by", "by ", "from ", "sponsored ", "conducted by ",
    "Morning Consult", "named", "not to be ", "who asked ", "identified", "anonymity", "on condition of ",
    "who were not authorized to speak", "third", "thirds", "half", "halves", "quarter", "one-", "two ",
])
SCAN_TEXTS = st.lists(SCAN_PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(SCAN_TEXTS)
def test_a_scan_from_its_words_finds_what_finditer_finds(text):
    low = numbers.ascii_lower(text)
    starts = word_starts(low, numbers._MAGNITUDE_STARTS)
    assert spans_of(finditer_at(numbers.MAGNITUDE_RE, low, starts)) == spans(numbers.MAGNITUDE_RE, low)
    starts = word_starts(low, numbers._FRACTION_STARTS)
    assert spans_of(finditer_at(numbers.FRACTION_DEN_RE, low, starts)) == spans(numbers.FRACTION_DEN_RE, low)


def spans_of(matches):
    return [m.span() for m in matches]


def test_word_starts_are_every_occurrence_in_order():
    assert word_starts("two thirds, a third", ("thirds", "third")) == [4, 14]  # "third" finds "thirds" too
    assert word_starts("tens of thousands, intense", ("tens", "thousands")) == [0, 8, 21]  # ("intense": a substring)


# the plain forms: each look-behind before its word, as first written
PLAIN_PAST_VERB_BEFORE = re.compile(
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bto\s)(?<!\bcould\s)(?<!\bmay\s)"
    r"(?<!\bmight\s)(?<!\bcan\s)(?<!\bshould\s)(?<!\bbe\s)(?<!\bbeing\s)"
    rf"\b{classify._PAST_VERB}\b[^.;:!?]{{0,25}}$", re.IGNORECASE)
PLAIN_FORWARD_VERBS = re.compile(classify.FORWARD_VERBS_RE.pattern.replace("(?=projects)", ""), re.IGNORECASE)
PLAIN_BUSINESS_BEFORE_NAME = re.compile(rf"\b(?:{'|'.join(sorted(BUSINESS_DESCRIPTIONS))})\s+(?=[A-Z])")
_SOURCE_NOUNS_LONGEST_FIRST = "|".join(sorted(SOURCE_NOUNS, key=len, reverse=True))
PLAIN_BY_SOURCE = re.compile(attribute.BY_SOURCE_RE.pattern.replace(attribute._SOURCE_NOUN_ALT, _SOURCE_NOUNS_LONGEST_FIRST),
                             re.IGNORECASE)
PLAIN_MADE_BY = re.compile(attribute.MADE_BY_RE.pattern.replace(attribute._SOURCE_NOUN_ALT, _SOURCE_NOUNS_LONGEST_FIRST),
                           re.IGNORECASE)


@settings(max_examples=400, deadline=None)
@given(SCAN_TEXTS, st.integers(0, 40))
@example("sales of 30 billion won", 0)
@example("the company has made", 0)
def test_reordered_patterns_match_as_their_plain_forms(text, start):
    start = min(start, len(text))
    assert [m.span() for m in [classify.PAST_VERB_BEFORE_RE.search(text, start)] if m] \
        == [m.span() for m in [PLAIN_PAST_VERB_BEFORE.search(text, start)] if m]
    assert spans(classify.FORWARD_VERBS_RE, text) == spans(PLAIN_FORWARD_VERBS, text)
    assert spans(attribute._BUSINESS_BEFORE_NAME_CUE_RE, text) == spans(PLAIN_BUSINESS_BEFORE_NAME, text)
    assert [m.group("np") for m in attribute.BY_SOURCE_RE.finditer(text)] == [m.group("np") for m in PLAIN_BY_SOURCE.finditer(text)]
    assert [m.group("np") for m in attribute.MADE_BY_RE.finditer(text)] == [m.group("np") for m in PLAIN_MADE_BY.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(SCAN_TEXTS)
@example("a man who asked not to be named")
@example("ON CONDITION OF ANONYMITY")
def test_the_anonymity_pretest_never_hides_a_match(text):
    if attribute._ANONYMOUS_RE.search(text):
        assert attribute._may_ask_anonymity(text)


def reference_sentence_spans(text):
    """Every boundary candidate judged by _is_boundary: what sentence_spans must give."""
    out, start = [], 0
    for m in segment._CANDIDATE_RE.finditer(text):
        if segment._is_boundary(text, m):
            segment._append(text, out, start, m.end())
            start = m.end()
    segment._append(text, out, start, len(text))
    return out


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("Jobs fell.\nThe studio said.\n\nrates rose.\n")
def test_sentences_skip_only_line_breaks_that_cannot_change_them(text):
    assert segment.sentence_spans(text) == reference_sentence_spans(text)


CLAUSE_PIECES = st.sampled_from([" ", ", ", ";", "yet", "but", "butter", "while", "whereas", "although", "though",
                                 "however", "because", "jobs", "film", "ſ", "é", "\n", "."])


def reference_clauses(low):
    spans, start = [], 0
    for m in impacts.CLAUSE_RE.finditer(low):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(low):
        spans.append((start, len(low)))
    return spans


@settings(max_examples=300, deadline=None)
@given(st.lists(CLAUSE_PIECES, max_size=20).map("".join))
def test_clauses_without_a_clause_word_are_the_sentence(low):
    assert impacts._clauses(low) == reference_clauses(low)


PLAIN_MEASURE_NOUN = re.compile(r"\b(?:" + "|".join(sorted(MEASURE_NOUNS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*sorted(MEASURE_NOUNS)[:60], " ", "s", "-", "Box Office", "write-down", "run"]),
                max_size=12).map("".join))
def test_measure_nouns_as_a_prefix_tree_match_as_the_word_list(text):
    assert spans(MEASURE_NOUN_RE, text) == spans(PLAIN_MEASURE_NOUN, text)
    assert bool(MEASURE_NOUN_RE.fullmatch(text)) == bool(PLAIN_MEASURE_NOUN.fullmatch(text))
