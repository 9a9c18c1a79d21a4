"""Everything the app writes, in one place: a review appended to `data/reviews.csv`, uploaded
article files, and the background job (fetch and build, or build) that brings them into the
database. The database itself is only ever written by the ETL, in its own process.

A server started with IMPACT_CLAIMS_READ_ONLY=1 (`make serve`) publishes the data: the pages
that write are not shown, and every function here refuses with ReadOnly, whoever calls it.
"""
from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dashboard.queries import database_path
from etl.files import atomic_write
from etl.read import ARTICLE_SUFFIXES
from etl.reviews import ACTIONS, CORRECTABLE, SHEET_COLUMNS, parse_cell

ROOT = Path(__file__).resolve().parent.parent
MAX_UPLOAD_MB = 5.0
MAX_UPLOADS = 20
MAX_URLS = 200
LOG_LINES_SHOWN = 12
_CLAIM_ID_RE = re.compile(r"[0-9a-f]{16}")
_SAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._-]+")


class ReadOnly(PermissionError):
    """This server publishes the data and changes nothing."""


def read_only() -> bool:
    return os.environ.get("IMPACT_CLAIMS_READ_ONLY", "").strip().lower() in ("1", "true", "yes", "on")


def _refuse_if_read_only() -> None:
    if read_only():
        raise ReadOnly("this server is read-only (IMPACT_CLAIMS_READ_ONLY is set): it adds and changes nothing")


def data_dir() -> Path:
    """The folder of the database the app reads: its articles, manifest and reviews are beside it."""
    return database_path().parent


# --- reviews ----------------------------------------------------------------------------------

def append_review(claim_id: str, action: str, changes: dict[str, str], note: str = "", reviewer: str = "",
                  path: Path | None = None) -> dict:
    """Append one review to reviews.csv (written whole to a temporary file, then renamed over
    it), checked as the build will read it. Returns the row written; ValueError says what is wrong."""
    _refuse_if_read_only()
    if not _CLAIM_ID_RE.fullmatch(claim_id or ""):
        raise ValueError("not a claim id")
    if action not in ACTIONS:
        raise ValueError(f"action must be one of {', '.join(ACTIONS)}")
    row = {"claim_id": claim_id, "action": action, "note": note.strip(), "reviewer": reviewer.strip(),
           "date": date.today().isoformat()}
    if action == "correct":
        cleaned = {k: str(v).strip() for k, v in changes.items() if k in CORRECTABLE and str(v).strip()}
        if not cleaned:
            raise ValueError("a correction needs at least one field to change")
        for column, text in cleaned.items():
            parse_cell(column, text)  # the build's own check: ReviewError is a ValueError
        row.update(cleaned)
    path = path or data_dir() / "reviews.csv"
    with _LOCK:
        existing = path.read_text(encoding="utf-8-sig") if path.exists() else ""
        reader = csv.DictReader(io.StringIO(existing))
        old_rows = list(reader)
        columns = list(dict.fromkeys([*(reader.fieldnames or []), *SHEET_COLUMNS]))
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(old_rows)
        writer.writerow(row)
        atomic_write(path, out.getvalue().encode("utf-8"))
    return row


# --- uploads ----------------------------------------------------------------------------------

def safe_upload_name(name: str) -> str | None:
    """A plain file name for an upload (no folders, no dots in front, only letters, digits, dot,
    dash and underscore), or None when it is not an article's suffix."""
    base = _SAFE_NAME_RE.sub("-", Path(name.replace("\\", "/")).name).strip(".-")[:100]
    if not base or Path(base).suffix.lower() not in ARTICLE_SUFFIXES:
        return None
    return base


def save_uploads(files: list[tuple[str, bytes]]) -> tuple[list[str], list[tuple[str, str]]]:
    """Save uploaded files under articles/uploads/ (never outside it, never over another file);
    (saved relative paths, [(name, why refused)])."""
    _refuse_if_read_only()
    folder = data_dir() / "articles" / "uploads"
    saved, refused = [], []
    for n, (name, content) in enumerate(files):
        if n >= MAX_UPLOADS:
            refused.append((name, f"more than {MAX_UPLOADS} files at once"))
            continue
        safe = safe_upload_name(name)
        if safe is None:
            refused.append((name, f"not one of {', '.join(ARTICLE_SUFFIXES)}"))
            continue
        if len(content) > MAX_UPLOAD_MB * 1_000_000:
            refused.append((name, f"larger than {MAX_UPLOAD_MB:g} MB"))
            continue
        if not content.strip():
            refused.append((name, "empty"))
            continue
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / safe
        stem, suffix, k = target.stem, target.suffix, 2
        while target.exists():
            if target.read_bytes() == content:
                break  # the same file again: nothing to do
            target = folder / f"{stem}-{k}{suffix}"
            k += 1
        if target.resolve().parent != folder.resolve():
            refused.append((name, "not a plain file name"))
            continue
        atomic_write(target, content)
        saved.append(target.relative_to(data_dir() / "articles").as_posix())
    return saved, refused


# --- the background job -----------------------------------------------------------------------

@dataclass
class Job:
    kind: str  # "fetch" or "build"
    started: float
    log: Path
    process: subprocess.Popen

    def status(self) -> str:
        code = self.process.poll()
        return "running" if code is None else ("done" if code == 0 else f"failed (exit code {code})")

    def tail(self, lines: int = LOG_LINES_SHOWN) -> list[str]:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
        except OSError:
            return []


_LOCK = threading.Lock()
_JOB: list[Job] = []  # the last job this server started (one at a time)


def current_job() -> Job | None:
    return _JOB[-1] if _JOB else None


def start_job(urls: list[str] = ()) -> Job:
    """Fetch `urls` and build, or (no URLs) build: in a separate process, one at a time. The
    ETL's build lock keeps it from racing a build started elsewhere (it waits up to a minute)."""
    _refuse_if_read_only()
    urls = [u.strip() for u in urls if u.strip()][:MAX_URLS]
    with _LOCK:
        job = current_job()
        if job is not None and job.status() == "running":
            raise RuntimeError("a job is already running; wait for it to finish")
        data = data_dir()
        logs = data / ".jobs"
        logs.mkdir(parents=True, exist_ok=True)
        common = ["--articles", str(data / "articles"), "--sources", str(data / "sources.csv"),
                  "--db", str(database_path())]
        if urls:
            command = [sys.executable, "-m", "etl", "fetch", *urls, *common]
            if os.environ.get("IMPACT_CLAIMS_FETCH_PRIVATE") == "1":
                command.append("--allow-private")  # the tests' local site only
        else:
            command = [sys.executable, "-m", "etl", "build", *common, "--reviews", str(data / "reviews.csv"),
                       "--wait", "60"]
        log = logs / f"{time.strftime('%Y%m%dT%H%M%S')}-{'fetch' if urls else 'build'}.log"
        with open(log, "w", encoding="utf-8") as out:
            process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL)
        job = Job("fetch" if urls else "build", time.time(), log, process)
        _JOB.append(job)
        del _JOB[:-1]
        return job
