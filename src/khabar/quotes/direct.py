"""Quotation marks: find the spans of quoted text in raw text.

Pairs recognised: ``“ ”``, ``« »``, ``„ “`` (or ``„ ”``), ``" "``, ``' '`` and ``‘ ’``; machine
translation also writes ``“ … “`` and the mirrored ``” … “`` and ``» … »`` (or ``» … «``),
accepted when the marks sit at word boundaries.

A quotation may run over several paragraphs (lines): a paragraph that opens with a quote mark and
closes none continues into the next paragraph when that one opens with the same mark (the English
convention). A quotation whose closing mark never comes ends at the end of its (last) paragraph and
is unbalanced; an unclosed ``'``, ``”`` or ``»`` is taken for an apostrophe or a stray mark and
ignored. Quote marks inside a quotation are nested and are not quotations of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: opening mark → the marks that may close it, preferred first
_PAIRS: dict[str, str] = {
    "“": "”“",
    "«": "»",
    "„": "“”",
    "”": "“",
    "»": "»«",
    '"': '"',
    "'": "'",
    "‘": "’",
}
#: openers that need a word boundary before them (and ``'`` a non-space after it); a closer other
#: than an opener's preferred one (except after a mirrored opener), and any closer of ``'``, needs a
#: non-space before it and a boundary after it
_BOUNDED = frozenset("'”»")
#: mirrored openers: any of their closers closes them
_MIRRORED = frozenset("”»")
#: openers whose quotation is dropped when no closing mark comes
_NEED_CLOSE = frozenset("'”»")
_OPENER = re.compile("[“«„”»\"'‘]")
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_SPACE = " \t\u00a0\u200f\u200e"
_BOUNDARY = frozenset(_SPACE + ".,،؛;:!?؟()[]-–—")


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quoted stretch: ``open`` is the opening mark's offset, ``start``/``end`` the content
    (without the marks and surrounding whitespace), ``close`` the closing mark's offset or ``None``."""

    open: int
    start: int
    end: int
    close: int | None

    @property
    def balanced(self) -> bool:
        return self.close is not None


def _opens(text: str, i: int, line_end: int) -> bool:
    c = text[i]
    after = text[i + 1] if i + 1 < line_end else ""
    if not after or (c == "'" and after in _SPACE):
        return False
    if c in _BOUNDED:
        return i == 0 or text[i - 1] in _BOUNDARY or text[i - 1] in "\n\r"
    return True


def _closes(text: str, i: int, opener: str) -> bool:
    if opener in _MIRRORED or (text[i] == _PAIRS[opener][0] and opener != "'"):
        return True
    before = text[i - 1]
    after = text[i + 1] if i + 1 < len(text) else " "
    return before not in _SPACE and (after in _BOUNDARY or after in "\n\r" or after in "”»\"'")


def _find_close(
    text: str, pos: int, opener: str, lines: list[tuple[int, int]], li: int
) -> tuple[int | None, int]:
    """The offset of the mark closing ``opener`` (searching from ``pos`` in line ``li`` and in the
    continuation paragraphs after it), or ``None``; and the index of the last line searched."""
    closers = _PAIRS[opener]
    while True:
        end = lines[li][1]
        for closer in closers:
            i = text.find(closer, pos, end)
            while i != -1 and not _closes(text, i, opener):
                i = text.find(closer, i + 1, end)
            if i != -1:
                return i, li
        if li + 1 >= len(lines):
            return None, li
        nxt_start, nxt_end = lines[li + 1]
        first = nxt_start
        while first < nxt_end and text[first] in _SPACE:
            first += 1
        if first >= nxt_end or text[first] != opener:
            return None, li
        li += 1
        pos = first + 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotations(text: str) -> list[Quotation]:
    """Quotations of ``text`` in order, outermost only."""
    lines = [m.span() for m in _LINE.finditer(text)]
    out: list[Quotation] = []
    li = 0
    pos = lines[0][0] if lines else 0
    while li < len(lines):
        line_end = lines[li][1]
        m = _OPENER.search(text, pos, line_end)
        if m is None:
            li += 1
            if li < len(lines):
                pos = lines[li][0]
            continue
        o = m.start()
        opener = text[o]
        if not _opens(text, o, line_end):
            pos = o + 1
            continue
        close, last = _find_close(text, o + 1, opener, lines, li)
        if close is None:
            if opener in _NEED_CLOSE:
                pos = o + 1
                continue
            start, end = _strip(text, o + 1, lines[last][1])
            if start < end:
                out.append(Quotation(o, start, end, None))
            li = last + 1
            if li < len(lines):
                pos = lines[li][0]
            continue
        start, end = _strip(text, o + 1, close)
        if start < end:
            out.append(Quotation(o, start, end, close))
        li, pos = last, close + 1
    return out
