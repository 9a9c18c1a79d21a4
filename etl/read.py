"""Read article files into text, or say exactly why a file cannot be read.

`.txt` and `.md` are read as they are (UTF-8, or UTF-16 with a byte-order mark); `.html`
keeps only the page's main text, found by trafilatura. Line endings become "\\n", so the
character offsets of claims refer to the text stored in the database.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
SNIFF_BYTES = 8192


class ArticleError(Exception):
    """A file that cannot become an article; the message says why, in a few words."""


@dataclass(frozen=True)
class RawArticle:
    source_file: str  # relative to the articles folder, "/"-separated
    text: str
    sha256: str  # of the raw file
    html_meta: dict  # title/author/date/sitename found in an HTML page


def list_article_files(folder: Path) -> list[Path]:
    # symlinks are listed even when broken, so a dangling one is reported, not silently lost
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES
                  and (p.is_symlink() or not p.is_dir())
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ArticleError(f"invalid UTF-16 at byte {e.start}") from None
    if b"\x00" in raw[:SNIFF_BYTES]:
        raise ArticleError("binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ArticleError(f"not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}); "
                           "save it as UTF-8") from None
    controls = sum(1 for ch in text[:SNIFF_BYTES] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * max(1, len(text[:SNIFF_BYTES])):
        raise ArticleError("binary file (mostly control characters)")
    return text


def read_article(path: Path, folder: Path) -> RawArticle:
    rel = path.relative_to(folder).as_posix()
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise ArticleError("unreadable (permission denied)") from None
    except OSError as e:
        raise ArticleError(f"unreadable ({e.strerror or e})") from None
    if not raw.strip():
        raise ArticleError("empty file")
    text = decode(raw)
    meta: dict = {}
    if path.suffix.lower() in (".html", ".htm"):
        text, meta = html_main_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError("no text found" + (" in the HTML page" if meta is not None else ""))
    return RawArticle(rel, text, hashlib.sha256(raw).hexdigest(), meta)


def html_main_text(html: str) -> tuple[str, dict]:
    """Main text of a page (no navigation, scripts, styles) and its metadata."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True,
                               favor_recall=True) or ""
    meta = trafilatura.extract_metadata(html)
    found = {}
    if meta is not None:
        for key in ("title", "author", "date", "sitename", "url"):
            value = getattr(meta, key, None)
            if value:
                found[key] = value
    return text, found
