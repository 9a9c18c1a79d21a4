"""Sentences: where news copy ends one and where a full stop only abbreviates."""
import pytest

from etl.segment import sentence_spans


def sentences(text):
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    # a letter glued to a figure is its unit, and its full stop ends the sentence
    ("The cuts would save £50m. Its shares fell.", ["The cuts would save £50m.", "Its shares fell."]),
    ("The stock closed at 67.3p. Analysts were split.", ["The stock closed at 67.3p.", "Analysts were split."]),
    ("The firm raised $3bn. Then it hired.", ["The firm raised $3bn.", "Then it hired."]),
    ("TV was meant to kill it in the 1950s. Yet it lives.", ["TV was meant to kill it in the 1950s.", "Yet it lives."]),
    ("It renders at 1080p. A clip costs $1.", ["It renders at 1080p.", "A clip costs $1."]),
    # an initial, an abbreviation or initials go on
    ("J. Okafor said so at 5 p.m. Monday.", ["J. Okafor said so at 5 p.m. Monday."]),
    ("Mr. Feng joined the U.S. Army in 2001.", ["Mr. Feng joined the U.S. Army in 2001."]),
    ("Kestrel Inc. The company said no.", ["Kestrel Inc.", "The company said no."]),
])
def test_where_a_sentence_ends(text, expected):
    assert sentences(text) == expected
