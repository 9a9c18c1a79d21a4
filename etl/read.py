"""Read article files into text, or say exactly why a file cannot be read.

`.txt` is read as it is: UTF-8, UTF-16 with a byte-order mark, or, when a file is not valid
UTF-8 but reads as Western European text, Windows-1252 / Latin-1 (said so in a note, since
accented letters may then be wrong). `.md` is decoded so too, then its Markdown is read by
markdown-it-py into plain text: its words without their marks ("**40%**", "[The
Information](https://…)" read as "40%" and "The Information"), a block a paragraph, a list item a
line of its own. `.html` keeps only the page's main text, found by trafilatura. Line endings become "\\n", so the character offsets of claims
refer to the text stored in the database. Files larger than a limit are refused before they
are read: a 50 MB "article" is a dump, not an article.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
SNIFF_BYTES = 8192
MAX_ARTICLE_MB = 20.0
# Read as Windows-1252, text with more than this share of its letters outside ASCII is not
# Western European (French runs at about 5 %): most likely an East Asian encoding, which
# would only come out as mojibake.
MAX_NON_ASCII_SHARE = 0.3


class ArticleError(Exception):
    """A file that cannot become an article; the message says why, in a few words."""


@dataclass(frozen=True)
class RawArticle:
    source_file: str  # relative to the articles folder, "/"-separated
    text: str
    sha256: str  # of the raw file
    html_meta: dict  # title/author/date/sitename found in an HTML page
    notes: tuple[str, ...] = ()  # how the file was read, when a reader should know (encoding)


def list_article_files(folder: Path) -> list[Path]:
    """The article files under `folder`, in the order of their relative paths' parts; hidden
    files and folders are left out, and linked folders are not walked. A link is listed by
    its name, even when broken, so a dangling one is reported, not silently lost. (One
    os.scandir per folder: a build of a large unchanged corpus mostly lists it.)"""
    found: list[tuple[tuple[str, ...], str]] = []
    folders: list[tuple[str, tuple[str, ...]]] = [(str(folder), ())]
    while folders:
        path, parts = folders.pop()
        try:
            entries = list(os.scandir(path))
        except OSError:
            continue  # a folder that cannot be listed holds nothing the build can read
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir, is_link = entry.is_dir(), entry.is_symlink()
            except OSError:
                is_dir, is_link = False, True
            if is_dir and not is_link:
                folders.append((entry.path, (*parts, entry.name)))
            elif os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
                found.append(((*parts, entry.name), entry.path))
    found.sort()
    return [Path(path) for _, path in found]


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters but tab, newlines, form feed


def decode(raw: bytes) -> tuple[str, str | None]:
    """The text of a file's bytes, and a note when it was not read as UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError as e:
            raise ArticleError(f"invalid UTF-16 at byte {e.start}") from None
    if b"\x00" in raw[:SNIFF_BYTES]:
        raise ArticleError("binary file (contains NUL bytes)")
    note = None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        first_bad = f"byte 0x{raw[e.start]:02x} at offset {e.start}"
        text = raw.decode("cp1252", errors="strict") if _is_cp1252(raw) else raw.decode("latin-1")
        letters = [ch for ch in text if ch.isalpha()]
        if sum(ord(ch) > 127 for ch in letters) > MAX_NON_ASCII_SHARE * max(1, len(letters)):
            raise ArticleError(f"not UTF-8 ({first_bad}) and not Western European text either "
                               "(an East Asian encoding?); save it as UTF-8") from None
        note = (f"not UTF-8 ({first_bad}); read as Windows-1252 / Latin-1, so check its accented "
                "letters, or save it as UTF-8")
    controls = len(_CONTROL_RE.findall(text, 0, SNIFF_BYTES))  # a pattern, not a loop per character
    if controls > 0.05 * max(1, len(text[:SNIFF_BYTES])):
        raise ArticleError("binary file (mostly control characters)")
    return text, note


def _is_cp1252(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: undefined there, defined in Latin-1
    return True


def read_article(path: Path, folder: Path, max_mb: float = MAX_ARTICLE_MB) -> RawArticle:
    rel = path.relative_to(folder).as_posix()
    raw = read_bytes_inside(path, folder, max_mb)
    if not raw.strip():
        raise ArticleError("empty file")
    text, note = decode(raw)
    meta: dict = {}
    if path.suffix.lower() in (".html", ".htm"):
        text, meta = html_main_text(text)
    elif path.suffix.lower() == ".md":
        text = markdown_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError("no text found" + (" in the HTML page" if meta is not None else ""))
    return RawArticle(rel, text, hashlib.sha256(raw).hexdigest(), meta, (note,) if note else ())


def markdown_text(source: str) -> str:
    """The plain text of a Markdown article: each block's words as a paragraph of their own
    (headings too), each list item on a line of its own after a "- ", links and emphasis read as
    their words, images as their alt text, code as written."""
    from markdown_it import MarkdownIt  # (only Markdown files need it)

    text = ""
    item = False  # the next inline opens a list item: its line is a bullet
    last_was_item = False
    for token in MarkdownIt("commonmark").parse(source):
        if token.type == "list_item_open":
            item = True
            continue
        if token.type == "inline":
            block = "".join(" " if child.type == "softbreak" else "\n" if child.type == "hardbreak" else child.content
                            for child in token.children or ()
                            if child.type in ("text", "code_inline", "softbreak", "hardbreak", "image"))
        elif token.type in ("fence", "code_block"):
            block = token.content.rstrip("\n")
        else:
            if token.type in ("bullet_list_close", "ordered_list_close"):
                last_was_item = False  # (the paragraph after a list is one of its own)
            continue
        # list items one to a line, every other block a paragraph apart
        joint = "\n" if item and last_was_item else "\n\n"
        text += (joint if text else "") + ("- " if item else "") + block
        last_was_item, item = item, False
    return text + "\n"


def read_bytes_inside(path: Path, folder: Path, max_mb: float = MAX_ARTICLE_MB) -> bytes:
    """The bytes of an article file, refusing what is not one: a link that leads outside the
    articles folder (a link to /etc/hostname would be served to every reader), anything but a
    regular file (a named pipe blocks the build forever, /dev/zero never ends), and more than
    `max_mb` — counted while reading, since /proc and devices report a size of 0."""
    limit = int(max_mb * 1_000_000)
    try:
        target = path.resolve(strict=True)
        if not target.is_relative_to(folder.resolve()):
            raise ArticleError("a link to a file outside the articles folder")
        info = target.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(f"not a regular file ({_kind(info.st_mode)})")
        if info.st_size > limit:
            raise ArticleError(f"too large ({info.st_size / 1e6:.1f} MB; articles are limited to {max_mb:g} MB, "
                               "raise the limit with --max-mb)")
        # O_NONBLOCK: should the file become a pipe between the check and the open, opening it
        # still returns at once
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise ArticleError(f"not a regular file ({_kind(os.fstat(handle.fileno()).st_mode)})")
            raw = handle.read(limit + 1)
    except PermissionError:
        raise ArticleError("unreadable (permission denied)") from None
    except FileNotFoundError:
        raise ArticleError("unreadable (a broken link, or the file is gone)") from None
    except OSError as e:
        raise ArticleError(f"unreadable ({e.strerror or e})") from None
    if len(raw) > limit:
        raise ArticleError(f"too large (over {max_mb:g} MB; articles are limited to {max_mb:g} MB, "
                           "raise the limit with --max-mb)")
    return raw


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "a special file"


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
