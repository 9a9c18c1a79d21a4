"""The sources manifest: a CSV read by column name.

`file` is required; `title`, `publisher`, `author`, `published` (YYYY-MM-DD or YYYY-MM)
and `url` are optional; other columns are ignored. Problems are reported, never fatal:
an article missing from the manifest still loads.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

FIELDS = ("title", "publisher", "author", "published", "url")


@dataclass
class Manifest:
    rows: dict[str, dict] = field(default_factory=dict)  # by file name as written
    problems: list[str] = field(default_factory=list)

    def lookup(self, source_file: str) -> dict:
        """Row for an article, matched on its relative path or, failing that, its name."""
        row = self.rows.get(source_file)
        if row is None:
            row = self.rows.get(source_file.rsplit("/", 1)[-1], {})
        return row


def parse_published(value: str) -> tuple[date, str] | None:
    """"2024-02-24" -> (date, "day"); "2024-02" -> (2024-02-01, "month"); else None."""
    value = value.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", value)
    if not m:
        return None
    try:
        if m.group(3):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day"
        return date(int(m.group(1)), int(m.group(2)), 1), "month"
    except ValueError:
        return None


# A manifest cell is a title, a name, a date or a URL: longer than this it is not one, and the
# cell (not the row, not the manifest) is ignored. The reader itself takes cells up to
# MAX_FILE_CELL, so one huge cell is a named problem on its line rather than a csv.Error that
# would end the reading there.
MAX_CELL = 2_000
MAX_FILE_CELL = 64_000_000


def load_manifest(path: Path | None) -> Manifest:
    manifest = Manifest()
    if path is None:
        return manifest
    name = str(path)
    if not path.exists():
        manifest.problems.append(f"{name}: manifest not found; articles load without metadata")
        return manifest
    if csv.field_size_limit() < MAX_FILE_CELL:
        csv.field_size_limit(MAX_FILE_CELL)
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            columns = {c.strip().lower(): c for c in (reader.fieldnames or []) if c}
            if "file" not in columns:
                manifest.problems.append(f"{name}: no 'file' column (found: {', '.join(columns) or 'none'}); manifest ignored")
                return manifest
            for line_no, row in enumerate(reader, start=2):
                file = (row.get(columns["file"]) or "").strip()
                if not file:
                    manifest.problems.append(f"{name}:{line_no}: empty 'file'; row ignored")
                    continue
                if file in manifest.rows:
                    manifest.problems.append(f"{name}:{line_no}: {file} listed again; first row kept")
                    continue
                entry = {k: (row.get(columns[k]) or "").strip() or None for k in FIELDS if k in columns}
                for key, value in entry.items():
                    if value and len(value) > MAX_CELL:
                        manifest.problems.append(f"{name}:{line_no}: {file[:200]}: {key} is {len(value):,} characters "
                                                 f"(at most {MAX_CELL:,}); cell ignored")
                        entry[key] = None
                if entry.get("published") and parse_published(entry["published"]) is None:
                    manifest.problems.append(
                        f"{name}:{line_no}: {file}: published '{entry['published']}' is not YYYY-MM-DD or YYYY-MM; date taken from the text if it has one")
                    entry["published"] = None
                manifest.rows[file] = entry
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        manifest.problems.append(f"{name}: cannot read manifest ({e}); articles load without metadata")
    return manifest
