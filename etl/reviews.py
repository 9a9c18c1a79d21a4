"""Analysts' reviews of extracted figures, applied by every build.

`data/reviews.csv` is a log a person edits (or fills from the dashboard's review sheet):

    claim_id,action,value,value_high,unit,qualifier,claim_type,is_forecast,horizon_year,subject,source,measure,note,reviewer,date
    3f0c…,confirm,,,,,,,,,checked against the survey,ana,2026-11-20
    9a41…,reject,,,,,,,,,a page number, not a figure,ana,2026-11-20
    d2e7…,correct,,,,,cost,,,,drawings are work done, not money,ben,2026-11-21

`action` is confirm, reject or correct; for correct, every non-empty field column replaces
the extracted value. Other columns (the sheet carries the figure and sentence for
context) are ignored. Claim ids are stable across rebuilds of the same text, so reviews
keep applying; a review whose claim no longer exists is reported, never dropped silently.
When one claim has several rows the last one wins, as in any log.

Pure: rows in, reviewed claims and a report out. Reading the file is `read_reviews`.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .lexicon import CLAIM_TYPES, CURRENCY_CODES, QUALIFIER_KINDS, TIME_UNIT_NAMES

ACTIONS = ("confirm", "reject", "correct")
STATUS = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}
UNITS = ("percent", "count", *TIME_UNIT_NAMES)
# Columns a correction may change, and how a cell's text becomes a value.
CORRECTABLE = ("value", "value_high", "unit", "qualifier", "claim_type", "is_forecast",
               "horizon_year", "subject", "source", "measure")
SHEET_COLUMNS = ("claim_id", "action", *CORRECTABLE, "note", "reviewer", "date")
TRUE, FALSE = {"true", "yes", "y", "1"}, {"false", "no", "n", "0"}


class ReviewError(ValueError):
    """A review row that cannot be applied; the message says why."""


@dataclass
class Review:
    line: int
    claim_id: str
    action: str
    changes: dict = field(default_factory=dict)
    note: str | None = None
    reviewer: str | None = None
    reviewed_on: date | None = None


@dataclass
class ReviewReport:
    applied: list[dict] = field(default_factory=list)   # one row per review, for the reviews table
    problems: list[str] = field(default_factory=list)   # bad rows and orphaned reviews

    @property
    def orphans(self) -> list[dict]:
        return [r for r in self.applied if r["status"] == "orphaned"]


def parse_cell(column: str, text: str):
    """The value a correction cell stands for; ReviewError when it cannot be one."""
    text = text.strip()
    if column in ("value", "value_high"):
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            raise ReviewError(f"{column} {text!r} is not a number") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise ReviewError(f"{column} {text!r} is not a finite number")
        return number
    if column == "unit":
        unit = text.upper() if text.upper() in CURRENCY_CODES else text.lower()
        if unit not in UNITS and unit not in CURRENCY_CODES:
            raise ReviewError(f"unit {text!r} is not percent, count, a time unit or an ISO currency code")
        return unit
    if column == "qualifier":
        return _one_of(column, text.lower(), QUALIFIER_KINDS)
    if column == "claim_type":
        return _one_of(column, text.lower(), CLAIM_TYPES)
    if column == "is_forecast":
        if text.lower() in TRUE:
            return True
        if text.lower() in FALSE:
            return False
        raise ReviewError(f"is_forecast {text!r} is not true or false")
    if column == "horizon_year":
        if not (text.isascii() and text.isdigit()) or not 1900 <= int(text) <= 2200:  # "²⁰²⁴" is digits, not a year
            raise ReviewError(f"horizon_year {text!r} is not a year")
        return int(text)
    return text  # subject, source, measure


def _one_of(column: str, text: str, allowed: tuple[str, ...]):
    if text not in allowed:
        raise ReviewError(f"{column} {text!r} is not one of {', '.join(allowed)}")
    return text


def parse_reviews(text: str, name: str = "reviews.csv") -> tuple[list[Review], list[str]]:
    """Reviews from CSV text, and a message (naming the file and line) for every bad row.
    A quote that is never closed costs its own row: the lines after it are read again."""
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    if not lines:
        return [], []
    reader = csv.DictReader(io.StringIO(lines[0]))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in ("claim_id", "action") if c not in header]
    if missing:
        return [], [f"{name}: no {' or '.join(missing)} column; no review applied"]
    reviews, problems = [], []
    first = 1  # index in `lines` of the first row still to read
    while first < len(lines):
        rows = csv.reader(io.StringIO("".join(lines[first:])), strict=True)
        start = first
        try:
            for cells_list in rows:
                line = first + rows.line_num  # the row's last line, numbered from 1
                _review_row(dict(zip(header, cells_list, strict=False)), line, name, reviews, problems)
                start = first + rows.line_num
            break
        except csv.Error as e:
            problems.append(f"{name} line {start + 1}: {_csv_problem(e)}; row skipped")
            first = start + 1  # read on from the line after the broken row's first line
    return reviews, problems


def _csv_problem(error: csv.Error) -> str:
    text = str(error)
    if "unexpected end of data" in text or "EOF" in text:
        return "a quote is opened and never closed"
    if "field larger than field limit" in text:
        return "a cell is too long (a quote never closed?)"
    return text


def _review_row(row: dict, line: int, name: str, reviews: list, problems: list) -> None:
    cells = {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
    claim_id, action = cells.get("claim_id", ""), cells.get("action", "").lower()
    if not claim_id and not action:
        return  # a blank line, or a sheet row nobody reviewed
    if not claim_id:
        problems.append(f"{name} line {line}: no claim_id")
        return
    if not action:
        return  # pre-filled but not reviewed yet
    if action not in ACTIONS:
        problems.append(f"{name} line {line}: action {action!r} is not confirm, reject or correct")
        return
    review = Review(line, claim_id, action, note=cells.get("note") or None, reviewer=cells.get("reviewer") or None)
    try:
        review.reviewed_on = _date(cells.get("date", ""))
        if action == "correct":
            review.changes = {c: parse_cell(c, cells[c]) for c in CORRECTABLE if cells.get(c)}
    except ReviewError as e:
        problems.append(f"{name} line {line}: {e}")
        return
    reviews.append(review)


def _date(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ReviewError(f"date {text!r} is not YYYY-MM-DD") from None


def read_reviews(path: Path) -> tuple[list[Review], list[str]]:
    """The reviews in `path` (none when it does not exist), and the problems found."""
    if not path.exists():
        return [], []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return [], [f"{path}: cannot be read ({e}); no review applied"]
    return parse_reviews(text, str(path))


def apply_reviews(claims: list[dict], reviews: list[Review], name: str = "reviews.csv") -> ReviewReport:
    """Set review_status (and corrections) on `claims` in place; report every review."""
    report = ReviewReport()
    by_id = {c["claim_id"]: c for c in claims}
    last: dict[str, Review] = {}
    for review in reviews:
        last[review.claim_id] = review  # the log's last word on a claim wins
    for review in reviews:
        claim = by_id.get(review.claim_id)
        superseded = last[review.claim_id] is not review
        row = {"line": review.line, "claim_id": review.claim_id, "action": review.action,
               "changes": None, "note": review.note, "reviewer": review.reviewer,
               "reviewed_on": review.reviewed_on}
        if claim is None:
            row["status"] = "orphaned"
            report.problems.append(f"{name} line {review.line}: no claim {review.claim_id} in this build "
                                   "(its article changed or is gone); review kept, not applied")
        elif superseded:
            row["status"] = "superseded"
        else:
            row["status"] = "applied"
            changed = {k: v for k, v in review.changes.items() if claim.get(k) != v}
            if changed:
                row["changes"] = "; ".join(f"{k}: {claim.get(k)!r} → {v!r}" for k, v in changed.items())
                claim.update(changed)
            claim["review_status"] = STATUS[review.action] if review.action != "correct" or changed \
                else "confirmed"
            claim["review_note"], claim["reviewer"] = review.note, review.reviewer
            claim["reviewed_on"] = review.reviewed_on
        report.applied.append(row)
    return report
