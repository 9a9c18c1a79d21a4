"""Article metadata the manifest does not give, read from the text itself.

Publication dates come from datelines and bylines near the top ("China News Service,
Beijing, February 24", "Published: Feb 21, 2024 11:09 PM", "Updated on 2024-02-22"). A
dateline without a year takes the latest year the article mentions that is not after the
build date; such dates are marked `day-inferred-year`.
"""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from .lexicon import MONTHS

HEAD_CHARS = 600
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
ISO_RE = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
MDY_RE = re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?\b")
DMY_RE = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?\b")
CUE_RE = re.compile(r"\b(?:published|updated|posted|released|date|dateline)\b|^[A-Z][\w .]+,\s+[A-Z][\w .]+,\s", re.IGNORECASE | re.MULTILINE)
DATELINE_RE = re.compile(rf"^[A-Z][\w .]+,\s+[A-Z][\w .]+,\s+{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?\s*(?:\([^)]*\))?\s*")
CAPTION_RE = re.compile(r"(?i)^(?:picture|photo|image|video|source|text|published|updated|posted|by)\b|@|\|")
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def date_from_text(text: str, today: date | None = None) -> tuple[date, str] | None:
    """(date, precision) of the first dateline or byline date near the top of the text."""
    head = text[:HEAD_CHARS]
    today = today or date.today()
    candidates = []
    for rx in (ISO_RE, MDY_RE, DMY_RE):
        for m in rx.finditer(head):
            candidates.append((m.start(), m))
    for start, m in sorted(candidates, key=lambda c: c[0]):
        line_start = head.rfind("\n", 0, start) + 1
        context = head[line_start:start]
        # the date must sit in a byline or dateline, not in the story ("On February 16, ...")
        if start > 200 and not CUE_RE.search(context):
            continue
        if not CUE_RE.search(context) and not re.match(r"\s*[A-Z][\w .]*,", context) and start > 0:
            if not (line_start == start or context.strip().endswith((",", ":", "|"))):
                continue
        groups = m.groupdict()
        month = int(groups["m"]) if groups.get("m") else MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["d"])
        year = groups.get("y")
        precision = "day"
        if year is None:
            year = _latest_year_mentioned(text, today)
            if year is None:
                continue
            precision = "day-inferred-year"
        try:
            return date(int(year), month, day), precision
        except ValueError:
            continue
    return None


def _latest_year_mentioned(text: str, today: date) -> int | None:
    years = [int(y) for y in YEAR_RE.findall(text) if int(y) <= today.year]
    return max(years) if years else None


def title_from_text(text: str) -> str:
    """The first line when it reads like a headline, else the first sentence, shortened."""
    for line in text.splitlines():
        line = DATELINE_RE.sub("", line.strip()).strip()
        if not line or CAPTION_RE.search(line) or len(line.split()) < 2:
            continue
        if len(line) <= 160 and not line.endswith((".", "。")):
            return line
        first = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
        return first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "…"
    return ""


def is_http_url(url) -> bool:
    """An absolute http(s) URL with a host: the only kind stored, and so shown, as a link."""
    if not isinstance(url, str):
        return False
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)
