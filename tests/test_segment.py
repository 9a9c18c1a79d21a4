"""Sentences: where news copy ends one and where a full stop only abbreviates."""
import pytest

from etl.segment import clause_spans, sentence_spans, table_cell


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
    # "No." is a number's only before one; an answer's "No." ends its sentence
    ("A: No. I'd rather spend it on the shoot.", ["A: No.", "I'd rather spend it on the shoot."]),
    ("It ranked No. 1 in 40 countries.", ["It ranked No. 1 in 40 countries."]),
])
def test_where_a_sentence_ends(text, expected):
    assert sentences(text) == expected


TABLE = ("Weekend box office\n\nRank | Film | Weekend gross | Total\n1 | Ironclad | $48.0M | $48.0M\n"
         "2 | Paper Moon | $21.3M | $78.4M\n")


@pytest.mark.parametrize("part, cell", [
    ("$21.3M", ("Paper Moon", "Weekend gross")),
    ("$78.4M", ("Paper Moon", "Total")),
    ("Weekend gross", None),  # the heading itself
    ("Weekend box", None),  # no table
])
def test_a_table_cell_is_read_by_its_row_and_column(part, cell):
    assert table_cell(TABLE, TABLE.index(part)) == cell


def test_a_possessive_before_a_full_stop_is_no_initial():
    text = "Audits elsewhere reached findings similar to Georgia's. A 2023 review in Louisiana found the same."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Audits elsewhere reached findings similar to Georgia's.", "A 2023 review in Louisiana found the same."]


def test_while_opens_a_clause_of_its_own_without_its_comma():
    text = "Ad revenue rose 10% while licensing income fell 4%."
    assert [text[a:b] for a, b in clause_spans(text, 0, len(text))] == ["Ad revenue rose 10%", "licensing income fell 4%."]
    # (the guards: "while" before a participle or a place is no clause of its own)
    for text in ("Ad revenue rose 10% while keeping costs flat.", "Ad revenue rose 10% while in Seoul sales fell."):
        assert len(clause_spans(text, 0, len(text))) == 1
