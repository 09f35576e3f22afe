"""Reading inputs (text, HTML, JSONL files, directories, stdin) into :class:`~khabar.document.Document`.

Every reader yields documents and :class:`IngestError` records side by side: a bad file or line is
reported and the rest still comes through; no exception escapes for bad input.

- ``.txt`` (and any file named explicitly with an unknown extension): decoded by :func:`decode_bytes`;
  the decoded text is kept as is (only a leading BOM is dropped; newlines are not rewritten).
- ``.html``/``.htm``: main text and metadata (title, date, url, sitename → ``source``) by trafilatura.
- ``.jsonl``: one article per line, ``text`` required, optional ``id title date url source``.
- a directory: its files with those extensions, recursively, in sorted order (hidden names skipped).
- ``-``: standard input, sniffed as JSONL, HTML or text.
"""

from __future__ import annotations

import codecs
import datetime
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from khabar.config import Config
from khabar.document import Document

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

STDIN_NAME = "<stdin>"

#: encodings charset-normalizer may propose for bytes that are not UTF-8
_LEGACY_ENCODINGS = ["cp1256", "iso8859_6"]
#: share of letters that must be Arabic before a legacy decoding is accepted
_MIN_ARABIC_LETTERS = 0.6
#: share of bytes that may be control characters (other than tab, newlines, form feed) in a text file
_MAX_CONTROL_SHARE = 0.01
#: share of the NUL bytes that must sit on one byte parity for BOM-less UTF-16
_UTF16_NUL_PARITY = 0.95

_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06fa-\u06fc]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_ISO_DATE_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])")
_JSONL_OPTIONAL = ("title", "date", "url", "source", "author")
_SKIP_CHUNK = 1 << 20


@dataclass(frozen=True)
class IngestError:
    """A file or line that could not be read into a document."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


class DecodeError(ValueError):
    """Bytes that are not text in a supported encoding (or are binary)."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


def decode_bytes(data: bytes, name: str) -> str:
    """Decode the bytes of one text file; raise :class:`DecodeError` when they are not text.

    Tried in order: a BOM (UTF-8, UTF-16 LE/BE); BOM-less UTF-16 recognised by its NUL bytes;
    strict UTF-8; then windows-1256 / ISO-8859-6 as proposed by charset-normalizer, accepted only
    when the result is mostly Arabic letters. NUL bytes or many control bytes otherwise mean binary.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name)
    if data.startswith(codecs.BOM_UTF16_LE):
        return _strict(data[2:], "utf-16-le", name)
    if data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data[2:], "utf-16-be", name)
    if b"\x00" in data:
        text = _bomless_utf16(data)
        if text is None:
            raise DecodeError(name, "binary file (NUL bytes)")
        return text
    if len(_CONTROL_BYTES.findall(data)) > _MAX_CONTROL_SHARE * len(data):
        raise DecodeError(name, "binary file (control bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    best = from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
    if best is not None:
        text = str(best)
        if _arabic_share(text) >= _MIN_ARABIC_LETTERS:
            return text
    raise DecodeError(
        name,
        f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and not recognisable "
        "windows-1256 Arabic text; convert the file to UTF-8",
    )


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(name, f"invalid {encoding} after its byte-order mark: {exc.reason}") from exc


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII characters (spaces, digits) leave their NUL byte on one parity."""
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if odd >= _UTF16_NUL_PARITY * (even + odd):
        encoding = "utf-16-le"
    elif even >= _UTF16_NUL_PARITY * (even + odd):
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        return None
    return text


def _arabic_share(text: str) -> float:
    letters = sum(1 for ch in text if ch.isalpha())
    return len(_ARABIC_LETTER.findall(text)) / letters if letters else 0.0


def _oversize(size: int, config: Config) -> str:
    return f"document is {size} bytes, over the limit of {config.max_doc_bytes} (max_doc_bytes)"


def read_paths(paths: Iterable[str | Path], config: Config) -> Iterator[Document | IngestError]:
    """Documents and errors from each path in turn; ``"-"`` reads standard input."""
    for path in paths:
        if str(path) == "-":
            yield from read_stdin(config)
        else:
            yield from read_path(path, config)


def read_path(path: str | Path, config: Config) -> Iterator[Document | IngestError]:
    """Documents and errors from one file or directory (recursive, sorted)."""
    p = Path(path)
    try:
        is_dir = p.is_dir()
        exists = is_dir or p.exists()
    except OSError as exc:
        yield IngestError(str(p), f"cannot access: {exc.strerror or exc}")
        return
    if not exists:
        yield IngestError(str(p), "no such file or directory")
    elif is_dir:
        for item in _walk(p):
            if isinstance(item, IngestError):
                yield item
            else:
                yield from _read_file(item, config)
    else:
        yield from _read_file(p, config)


def _walk(root: Path) -> Iterator[Path | IngestError]:
    try:
        with os.scandir(root) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield IngestError(str(root), f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path))
            elif entry.is_file() and Path(entry.name).suffix.lower() in KNOWN_SUFFIXES:
                yield Path(entry.path)
        except OSError as exc:
            yield IngestError(entry.path, f"cannot access: {exc.strerror or exc}")


def _read_file(path: Path, config: Config) -> Iterator[Document | IngestError]:
    name = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl_file(path, config)
            return
        size = path.stat().st_size
        if size > config.max_doc_bytes:
            yield IngestError(name, _oversize(size, config))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(name, f"cannot read: {exc.strerror or exc}")
        return
    if suffix in HTML_SUFFIXES:
        yield _html_document(data, name)
    else:
        yield _text_document(data, name)


def _decoded(data: bytes, name: str, decode: Callable[[bytes, str], str]) -> str | IngestError:
    """The decoded text, or the error that names why there is none (undecodable, empty)."""
    try:
        text = decode(data, name)
    except DecodeError as exc:
        return IngestError(name, exc.message)
    return text if text.strip() else IngestError(name, "empty document")


def _text_document(data: bytes, name: str) -> Document | IngestError:
    text = _decoded(data, name, decode_bytes)
    return text if isinstance(text, IngestError) else Document(text, source=name)


def _decode_html(data: bytes, name: str) -> str:
    try:
        return decode_bytes(data, name)
    except DecodeError:
        declared = _META_CHARSET.search(data[:4096])
        if declared is None:
            raise
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            raise DecodeError(name, "not decodable as UTF-8, windows-1256 or its declared charset") from None


def iso_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or date-time string, else None."""
    if not value or not _ISO_DATE_PREFIX.match(value):
        return None
    try:
        return datetime.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _html_document(data: bytes, name: str) -> Document | IngestError:
    import trafilatura

    html = _decoded(data, name, _decode_html)
    if isinstance(html, IngestError):
        return html
    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        return IngestError(name, f"cannot parse HTML: {type(exc).__name__}: {exc}")
    text = getattr(result, "text", None) if result is not None else None
    if not text or not any(ch.isalpha() for ch in text):
        return IngestError(name, "no main text found in HTML")
    return Document(
        text,
        title=result.title or None,
        date=iso_date(result.date),
        url=result.url or None,
        source=result.sitename or name,
        author=result.author or None,
    )


def _read_jsonl_file(path: Path, config: Config) -> Iterator[Document | IngestError]:
    """Line by line, never holding more than ``max_doc_bytes`` of one line in memory."""
    name = str(path)
    limit = config.max_doc_bytes
    with path.open("rb") as fh:
        lineno = 0
        while True:
            raw = fh.readline(limit + 1)
            if not raw:
                return
            lineno += 1
            size = len(raw.rstrip(b"\r\n"))
            if size > limit:
                while not raw.endswith(b"\n"):
                    raw = fh.readline(_SKIP_CHUNK)
                    if not raw:
                        break
                    size += len(raw.rstrip(b"\r\n"))
                yield IngestError(name, _oversize(size, config), lineno)
                continue
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield IngestError(name, f"invalid UTF-8: {exc.reason}", lineno)
                continue
            item = _jsonl_document(line, name, lineno)
            if item is not None:
                yield item


def _jsonl_document(line: str, name: str, lineno: int) -> Document | IngestError | None:
    """One JSONL line as a document; ``None`` for a blank line."""
    if not line.strip():
        return None
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        return IngestError(name, f"invalid JSON: {exc.msg} (column {exc.colno})", lineno)
    if not isinstance(obj, dict):
        return IngestError(name, f"expected a JSON object, got {type(obj).__name__}", lineno)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return IngestError(name, "missing or empty 'text'", lineno)
    fields: dict[str, str | None] = {}
    for key in _JSONL_OPTIONAL:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return IngestError(name, f"'{key}' must be a string, got {type(value).__name__}", lineno)
        fields[key] = value or None
    doc_id = obj.get("id")
    if doc_id is not None and not isinstance(doc_id, str | int):
        return IngestError(name, f"'id' must be a string or integer, got {type(doc_id).__name__}", lineno)
    date = iso_date(fields["date"])
    if fields["date"] and date is None:
        return IngestError(name, f"'date' {fields['date']!r} is not an ISO date (YYYY-MM-DD)", lineno)
    return Document(
        text,
        id=None if doc_id is None or doc_id == "" else str(doc_id),
        title=fields["title"],
        date=date,
        url=fields["url"],
        source=fields["source"] or name,
        author=fields["author"],
    )


def read_stdin(config: Config) -> Iterator[Document | IngestError]:
    """Standard input, sniffed: JSONL if every non-empty line is a JSON object, HTML if it starts
    like an HTML document, else plain text."""
    data = sys.stdin.buffer.read()
    try:
        text = decode_bytes(data, STDIN_NAME)
    except DecodeError as exc:
        yield IngestError(STDIN_NAME, exc.message)
        return
    if _is_jsonl(text):
        for lineno, line in enumerate(text.split("\n"), 1):
            size = len(line.encode("utf-8"))
            if size > config.max_doc_bytes:
                yield IngestError(STDIN_NAME, _oversize(size, config), lineno)
            else:
                item = _jsonl_document(line, STDIN_NAME, lineno)
                if item is not None:
                    yield item
        return
    if len(data) > config.max_doc_bytes:
        yield IngestError(STDIN_NAME, _oversize(len(data), config))
    elif _HTML_START.match(text):
        yield _html_document(data, STDIN_NAME)
    elif not text.strip():
        yield IngestError(STDIN_NAME, "empty document")
    else:
        yield Document(text, source=STDIN_NAME)


def _is_jsonl(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return False
    for line in lines:
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except json.JSONDecodeError:
            return False
    return True


__all__ = ["DecodeError", "IngestError", "decode_bytes", "read_path", "read_paths", "read_stdin"]
