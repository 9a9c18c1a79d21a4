"""The scanning patterns are written to open with a letter or a character class, so `re` can
skip ahead (etl/patterns.py). Each must find exactly what its plain form, opening with `\\b`,
finds: the plain forms are written out here as the reference."""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from etl import names, numbers, segment
from etl.lexicon import FRACTION_WORDS, SMALL_NUMBERS, TIME_UNITS
from etl.patterns import trie_pattern, word_start_branches

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
