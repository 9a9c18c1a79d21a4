"""Property tests: any text, no exception, every span inside the text and equal to its surface."""
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract import extract_claims
from etl.impacts import extract_impacts
from etl.quantities import find_quantities

# CI runs a few hundred cases; HYPOTHESIS_PROFILE=nightly runs 10,000.
settings.register_profile("ci", max_examples=300, deadline=None)
settings.register_profile("nightly", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

NUMBERISH = st.sampled_from([
    "1", "204,000", "8.016", "1,20,000", ".5", "3/4", "1⁄32", "one", "three", "a", "half",
    "thousand", "million", "billion", "bn", "k", "m", "%", "percent", "per cent", "$", "US$",
    "¥", "€", "£", "yuan", "dollars", "seconds", "-second", "years", "a week", "to", "or", "-",
    "–", "between", "and", "from", "nearly", "more than", "up to", "at least", "fell", "rose",
    "by", "2030", "February", "15", "GPT-", "Model ", "(", ")", ",", ".", " ", "\n", "said",
    "will", "survey", "jobs", "box office", "minus", "+", "~", "sub-", "dozens of", "PS", "RM",
    "animation", "actors", "will not be", "replaced", "impact on", "may", "little", "benefit",
    "but", "than", "more of an", "?", "in the next", "short-term", "Post Production", "VFX",
])


def _check(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.char_start < q.char_end <= len(text)
        assert text[q.char_start:q.char_end] == q.surface
    for c in extract_claims(text):
        assert 0 <= c.char_start < c.char_end <= len(text)
        assert text[c.char_start:c.char_end] == c.surface
        assert c.sentence in text
    for i in extract_impacts(text):
        assert text[i.sentence_start:i.sentence_end] == i.sentence
        for x in i.sectors:
            assert i.sentence_start <= x.mention_start < x.mention_end <= i.sentence_end
            assert text[x.mention_start:x.mention_end] == x.sector_text


@given(st.text())
def test_any_text(text):
    _check(text)


@given(st.lists(NUMBERISH, max_size=40).map("".join))
def test_number_dense_text(text):
    _check(text)


@given(st.lists(st.one_of(NUMBERISH, st.text(max_size=3)), max_size=30).map(" ".join))
def test_number_dense_text_with_noise(text):
    _check(text)


# The hostile pieces bench/pathological.py times: runs of one character, digits of other
# scripts, invisible marks, combining marks, NUL, and sentences past the segmenter's cap.
HOSTILE = st.sampled_from([
    " " * 50, "," * 30, "$" * 20, "!" * 30, "more than ", "7" * 40, "１２３，", "١٢٣ ", "\u200b", "\u200f",
    "\u200e", "\u202e", "e\u0301", "\x00", "5%", "<span>5%</span>", "\n- 5% of studios", "\ufeff", "million",
])


@given(st.lists(st.one_of(HOSTILE, NUMBERISH), max_size=60).map("".join))
def test_hostile_text(text):
    _check(text)


@given(st.lists(st.one_of(HOSTILE, NUMBERISH), min_size=300, max_size=400).map("".join))
@settings(max_examples=30)
def test_overlong_hostile_sentences_are_cut_and_still_exact(text):
    """Past the segmenter's cap a sentence is cut into pieces; offsets stay exact."""
    from etl.segment import MAX_SENTENCE, sentence_spans
    _check(text)
    assert all(end - start <= MAX_SENTENCE for start, end in sentence_spans(text))
