"""Sentences and clauses: spans into the article text, never copies that drift from it.

A rule-based splitter tuned for news copy (abbreviations, initials, decimals, lines broken
mid-sentence by scrapers). It is a few regexes over the whole text, so it keeps the build
well above 1 MB/s where library splitters with per-character models do not.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (
    ABBREVIATIONS,
    CONTRAST_OPENERS_ALT,
    CURRENCY_WORDS,
    DEFINITION_HEDGES,
    GERUND_NOUNS,
    MAGNITUDE_SUFFIXES,
    MOVED_PAST,
    ORGANISATION_WORDS,
    PERCENT_WORDS,
    TIME_UNIT_NAMES,
    TURN_ROLE_WORDS,
)

# A run of sentence marks with its closing quotes and line break, a mark glued to the next
# sentence ("jobs.For"), or a run of line breaks (a boundary exactly when its first break is).
# The pattern opens with one character class, the first character of every branch, so the
# scan skips ordinary text to the next mark or line break.
_CANDIDATE_RE = re.compile(
    r"[.!?。！？…\n](?:(?<=[.!?。！？…])[.!?。！？…]*[\"”’')\]]*(?:[ \t]*\n)?(?=\s|$)"
    r"|(?<=[.!?])(?=[A-Z][a-z])|(?<=\n)(?:[ \t]*\n)*)")
# (not a letter glued to a figure, "save £50m.", "to 67.3p.": a unit, not an initial)
_WORD_BEFORE_RE = re.compile(r"(?<![\w.'’])([A-Za-z.]+)\.$")
# a quotation, in curly or straight double quotes: its words are what somebody said
QUOTATION_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")
# where a clause opens inside a sentence (etl.classify reads the words near a figure up to it as well)
# A wire headline's credit: a spaced hyphen, then who reported it ("-WSJ", "-Bloomberg News") or
# what ("-sources", "-filing"), closing the line (the full names it takes are etl.attribute's).
HEADLINE_TAG = r"(?-i:[A-Za-z][\w.&'’]*(?:[ \t][A-Z][\w.&'’]*){0,3})[ \t]*$"
CLAUSE_BREAK_RE = re.compile(
    rf";|,\s+(?=(?:and|but|although|though|however|yet|{CONTRAST_OPENERS_ALT})\b)"
    # (not an aside before the verb: "The number of series, however, fell to 300")
    r"(?!however,\s+(?:[a-z]+ed|fell|rose|grew|is|was|are|were|has|had|have|will|would|remains?|stood|came|went)\b)"
    # (no clause opens on "not": "a short that was shortlisted but not nominated had been viewed")
    # (one space before the words that open a clause without a comma, tried once: the pattern runs at every space)
    r"|\s+(?:but\s+(?!not\b|also\b)|whereas\s+"
    # (a contrast without its comma: "Revenue rose 10% while shares fell 5%"; not "while keeping", "while in Seoul")
    # (nor an activity's noun in -ing that takes an object: "while shooting 47.6% from the field")
    rf"|while\s+(?!(?!(?:{'|'.join(sorted(GERUND_NOUNS))})\b)[a-z]+ing\b|in\b|at\b|on\b"
    r"|[a-z]+ing\s+(?:the|a|an|its|their|his|her|our|more|less|[\d$€£¥]))"
    # (a subject of its own after "and", its verb right after it: "Sales rose 10% and the shares jumped 5%")
    rf"|and\s+(?=(?:the|its|their)\s+[a-z]+\s+(?:{'|'.join(MOVED_PAST)})\b)"
    # (a report of its own joined to the subject's: "offers a rebate of up to 40% and says it has approved …")
    r"|and\s+(?=(?:says|said|adds|added)\s+(?:it|that|they)\b))"
    # (a second quotation of the same speaker: '…," adding, "The production period was also shortened …"')
    r"|(?:,|(?<=[\"”]))\s+adding,?\s+(?=[\"“])"
    # (a participle that reports a clause of its own: "kept its rating on the stock, arguing that the streamer spends")
    r"|,\s+(?=(?:arguing|saying|adding|noting|warning|explaining|claiming|suggesting)\s+that\s)"
    # (a reason's clause: "…, the company said, as attendance remains about 25% below …"; not "as much as")
    # (nor a standard it is measured by, set off: "the quality of their work, as judged by graders, rose")
    r"|,\s+(?=as\s+(?!much\b|many\b|well\b|little\b|few\b|high\b|low\b|part\b|of\b|a\s+result\b|expected\b"
    r"|[a-z]+ed\s+by\b)[a-z]+\s)"
    r"|:\s*(?=[\"“])"  # 'X said: "The creative industries contribute £124bn"': the quotation is a clause of its own
    # (a wire headline's credit after a spaced hyphen, closing it: "Paramount to cut 3% of US staff -WSJ")
    rf"|\s-(?={HEADLINE_TAG})",
    re.IGNORECASE,
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, whitespace trimmed, in order. A transcript's speaker label
    ("James Barge, CFO:") is no part of its turn's first sentence (see `speaker_turns`)."""
    spans = _sentence_spans(text)
    turns = speaker_turns(text)
    if turns:
        spans = [(turns[s][1], e) if s in turns and turns[s][1] < e else (s, e) for s, e in spans]
    return spans


# A line opening on a name, an optional role after a comma and a colon: a speaker's label ("James Barge,
# CFO: …", "Feltheimer: …"); a transcript has two or more.
_TURN_LABEL_RE = re.compile(r"[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})"
                            r"(?:,[ \t]+(?P<role>[^:\n]{1,60}?))?[ \t]*:[ \t]+(?=\S)")


@lru_cache(maxsize=2)  # (read for the sentences and again for their sources: the same article text)
def speaker_turns(text: str) -> dict[int, tuple[str, int]]:
    """A transcript's turns: label start -> (who speaks, where their words start). A transcript
    introduces its speakers by name and role ("Jon Feltheimer, CEO:") and may then call them by
    their last name alone ("Feltheimer:") or by the full name again; a label naming nobody it
    introduced ("Operator:", "Q:", "Revenue:", "Analyst (Wells Fargo):") is no turn."""
    if ": " not in text:
        return {}
    labels = []
    start = 0
    while start < len(text):  # (line by line: a label opens a line and has its colon near the line's start)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        m = _TURN_LABEL_RE.match(text, start, end) if ": " in text[start:min(end, start + 90)] else None
        if m:
            labels.append((m.start("name"), _label_name(m.group("name")), m.group("role"), m.end()))
        start = end + 1
    if len(labels) < 2:
        return {}
    speakers: dict[str, str] = {}
    for _, name, role, _ in labels:
        words = name.split()
        if 2 <= len(words) <= 3 and role and not any(w.lower() in ORGANISATION_WORDS for w in words) \
                and any(w.lower().strip(".,()") in TURN_ROLE_WORDS for w in role.split()):
            speakers[name] = speakers[words[-1]] = name
    for _, name, role, _ in labels:
        if name not in speakers and not role and " " not in name and len(name) > 2:
            # a surname alone whose full name the introduction gives ("My guest today is Priya Raman, …¶RAMAN: …")
            full = {m.group() for m in re.finditer(rf"\b[A-Z][a-z]+[ \t]+{re.escape(name)}\b", text)}
            if len(full) == 1:
                speakers[name] = full.pop()
    if not speakers:
        return {}
    turns = {start: (speakers[name], end) for start, name, _, end in labels if name in speakers}
    return turns if len(turns) >= 2 else {}


def _label_name(name: str) -> str:
    """A label's name as a name is written: "JAMES BARGE" -> "James Barge"."""
    return name.title() if name.isupper() and len(name) > 3 else name


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans as the marks and line breaks make them, labels and all."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _CANDIDATE_RE.finditer(text):
        end = m.end()
        if m.start() == start and m.group().isspace():
            continue  # a line break right after a boundary: nothing between them, boundary or not
        if not _is_boundary(text, m):
            continue
        _append(text, spans, start, end)
        start = end
    _append(text, spans, start, n)
    return spans


_NEXT_CHAR_RE = re.compile(r"\s*(\S)")
# A line that is nothing but a figure (an item's number before it), and the line after it saying what the figure is:
# "2. $1.5 billion¶The amount Anthropic agreed to pay authors …", "48 hours¶How long it took …" (a listicle's items):
# one sentence, the figure with its definition. (Not a year heading a section: "2027¶The studios …")
_FIGURE_WORDS = sorted({*MAGNITUDE_SUFFIXES, *PERCENT_WORDS, *CURRENCY_WORDS, *TIME_UNIT_NAMES,
                        *(unit[:-1] for unit in TIME_UNIT_NAMES), "times"}, key=len, reverse=True)
_FIGURE_LINE_RE = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]+)?(?:[A-Z]{0,3}[$€£¥₹][ \t]?)?(?P<number>\d[\d.,]*)"
                             rf"(?:[ \t]?(?:{'|'.join(re.escape(w) for w in _FIGURE_WORDS)})\b|%)*[ \t]*")
_DEFINITION_LINE_RE = re.compile(rf"[ \t]*(?:The|How|What|{'|'.join(DEFINITION_HEDGES)}|More\s+than|Fewer\s+than|Less\s+than)\s")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")


def _is_boundary(text: str, m: re.Match) -> bool:
    mark = m.group()
    pos = m.end()
    # the next character that is not a space: usually right after one space
    nxt_char = text[pos:pos + 1]
    if nxt_char.isspace():
        nxt_char = text[pos + 1:pos + 2]
        if nxt_char.isspace():
            nxt = _NEXT_CHAR_RE.match(text, pos)
            nxt_char = nxt.group(1) if nxt else ""
    if mark[0] == "\n":
        line = _FIGURE_LINE_RE.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())
        if line and not _YEAR_RE.fullmatch(text[line.start("number"):line.end()].strip()) \
                and _DEFINITION_LINE_RE.match(text, pos):
            return False  # a figure's line and its definition's
        # a scraper's line break inside a sentence: the next line goes on in lower case
        prev = text[max(0, m.start() - 1):m.start()]
        return not (nxt_char.islower() and prev not in ".!?\"”")
    if pos < len(text) and not text[pos].isspace() and mark in ".!?":
        # "jobs.For example": a missing space after a full stop between two sentences
        return text[max(0, m.start() - 2):m.start()].isalpha() and text[max(0, m.start() - 2):m.start()].islower()
    if nxt_char.islower():
        return False  # "approx. five", "the U.S. economy": the sentence goes on
    mark = mark.rstrip(" \t\n")
    if mark.startswith(".") and len(mark.rstrip("\"”’')]")) == 1:
        wb = _WORD_BEFORE_RE.search(text[max(0, m.start() - 20):m.start() + 1])
        word = wb.group(1).lower().rstrip(".") if wb else ""
        if word == "no" and not (nxt_char.isdigit() or nxt_char == "#"):
            return True  # "A: No. I'd rather …": the answer "No", not "No. 1"
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            # "Mr. Feng", "J. Smith": a name goes on; "Inc. The …" ends a sentence
            return nxt_char.isupper() and word in ("etc", "inc", "ltd", "co", "corp")
        if _INITIALS_RE.fullmatch(word):
            return False  # initials ("U.S.", "e.g."): the sentence goes on
    return True


# Longer "sentences" are cut into pieces of at most this many characters. News sentences run
# to a few hundred; beyond that it is a list, a table or junk without full stops, and every
# step that looks at a figure's sentence would make the work grow with the square of its length.
MAX_SENTENCE = 1_000


def _append(text: str, spans: list, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start, start + MAX_SENTENCE)
        _append(text, spans, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def _cut(text: str, start: int, limit: int) -> int:
    """Where to cut an overlong sentence before `limit`: after its last space in the second
    half of the piece (so a figure and its words stay together), else at the limit."""
    space = max(text.rfind(" ", start + MAX_SENTENCE // 2, limit), text.rfind("\n", start + MAX_SENTENCE // 2, limit))
    return space + 1 if space > start else limit


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of the sentence text[start:end]: split at semicolons and at ", and", ", but"…"""
    out = []
    s = start
    for m in CLAUSE_BREAK_RE.finditer(text, start, end):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of paragraphs: a line break ends one, unless the next line goes on in
    lower case (a scraper's break inside a sentence)."""
    starts = [0]
    for m in _PARAGRAPH_BREAK_RE.finditer(text):
        if not text[m.end():m.end() + 1].islower():
            starts.append(m.end())
    return starts


_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*")


_TABLE_RULE_RE = re.compile(r"[\s|:+-]*")  # a table's rule line: "---|---|---"


def table_cell(text: str, pos: int) -> tuple[str, str] | None:
    """(row label, column heading) of the pipe-table cell at text[pos] ("2 | Paper Moon | $21.3M |
    $78.4M" under "Rank | Film | Weekend gross | Total": ("Paper Moon", "Total") for the last), or
    None outside a table's body."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[start:end]
    if line.count("|") < 2:
        return None
    top = start
    while top > 0:  # up the block of table lines to its first, the heading
        above = text.rfind("\n", 0, top - 1) + 1
        if text[above:top - 1].count("|") < 2:
            break
        top = above
    if top == start:
        return None  # the heading itself
    heading_end = text.find("\n", top)
    headings = [c.strip() for c in text[top:heading_end].strip().strip("|").split("|")]
    cells = line.strip().strip("|").split("|")
    offset = start + len(line) - len(line.lstrip()) + (1 if line.lstrip().startswith("|") else 0)
    column = None
    for i, cell in enumerate(cells):
        if offset <= pos < offset + len(cell):
            column = i
            break
        offset += len(cell) + 1
    label = next((c.strip() for c in cells if any(ch.isalpha() for ch in c) and not any(ch.isdigit() for ch in c)), None)
    if column is None or column >= len(headings) or not label or _TABLE_RULE_RE.fullmatch(headings[column]):
        return None
    return label, headings[column]
