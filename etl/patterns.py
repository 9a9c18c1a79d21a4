"""Regular expressions for long word lists.

Python's `re` tries each branch of an alternation in turn at every position, so a list of a
few hundred words ("animation|animator|animation industry|…") costs time in proportion to
its length. The same list written as a prefix tree ("anim(?:at(?:ion(?:[\\s-]+industry)?|or))")
fails after a character or two. Same matches, longest first at every branch.

A pattern that opens with `\\b` is tried at every position of the text. One that opens with
a literal character, or with an alternation whose branches all open with one, lets `re` skip
ahead to the next character that can start a match (several times faster over an article):
`word_start_branches` writes a word list that way, the word boundary checked just after the
first letter ("o(?<!\\wo)ne").
"""
from __future__ import annotations

import re
from functools import lru_cache


def trie_pattern(phrases, space: str = r"\s+") -> str:
    """A non-capturing pattern matching exactly `phrases` (longest first); a space inside a
    phrase matches `space`."""
    return _emit(_trie(phrases), space)


def word_start_branches(phrases, tail: str = "", space: str = r"\s+") -> list[str]:
    """One branch per first letter of `phrases`, each opening with that letter, then a check
    that no word character precedes it (the `\\b` before a word), then the rest of the prefix
    tree and `tail`. Joined with "|" inside "(?:…)" at the start of a pattern, `re` can skip
    to the letters that start a phrase. Every phrase starts with a letter."""
    trie = _trie(phrases)
    return [f"{re.escape(ch)}(?<!\\w{re.escape(ch)}){_emit(trie[ch], space)}{tail}" for ch in sorted(trie)]


def _trie(phrases) -> dict:
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a phrase
    return trie


def _emit(node: dict, space: str) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        head = space if ch == " " else re.escape(ch)
        branches.append(head + _emit(node[ch], space))
    if not branches:
        return ""
    # longer continuations first, so the longest phrase wins as in a sorted alternation
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def word_starts(text: str, words) -> list[int]:
    """Every offset at which one of `words` occurs in `text` (as a substring; the pattern
    tried there checks its boundaries), in order. str.find runs in C, far faster than a
    pattern that must be tried at every position."""
    starts = []
    for word in _needles(tuple(words)):
        at = text.find(word)
        while at >= 0:
            starts.append(at)
            at = text.find(word, at + 1)
    return sorted(set(starts))


@lru_cache(maxsize=64)
def _needles(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words to look for: a word that another starts with is found with it ("third" finds "thirds")."""
    unique = set(words)
    return tuple(sorted(w for w in unique if not any(w != other and w.startswith(other) for other in unique)))


def finditer_at(pattern: re.Pattern, text: str, starts: list[int]):
    """The matches of pattern.finditer(text) when every match must begin at one of `starts`
    (sorted): each start is tried as finditer would reach it, left to right and never inside
    the match before. For a pattern that opens with "\\b" or a long alternation, with starts
    found by word_starts."""
    end = 0
    for at in starts:
        if at < end:
            continue
        m = pattern.match(text, at)
        if m and m.end() > at:
            yield m
            end = m.end()
