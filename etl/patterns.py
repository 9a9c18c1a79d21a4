"""Regular expressions for long word lists.

Python's `re` tries each branch of an alternation in turn at every position, so a list of a
few hundred words ("animation|animator|animation industry|…") costs time in proportion to
its length. The same list written as a prefix tree ("anim(?:at(?:ion(?:[\\s-]+industry)?|or))")
fails after a character or two. Same matches, longest first at every branch.
"""
from __future__ import annotations

import re


def trie_pattern(phrases, space: str = r"\s+") -> str:
    """A non-capturing pattern matching exactly `phrases` (longest first); a space inside a
    phrase matches `space`."""
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a phrase
    return _emit(trie, space)


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
