"""Sentence splitting with offsets into the raw text.

Every line break ends a sentence. Inside a line a sentence ends after a run of end marks
(``. ؟ ? ! ؛ …`` and ``...``) together with the closing quotes and brackets that follow it, when
the run is followed by whitespace, the end of the line, an Arabic letter or an opening quote. A run
is not a boundary:

- inside a quotation that goes on after it (a mark just before the closing quote is a boundary,
  placed after the quote, so each quotation stays whole inside one sentence);
- inside a URL or e-mail address, or between digits (``3.5``);
- when it is a single period after an abbreviation from ``abbreviations.tsv``, a single letter
  (initials: ``ج. بوش``, ``د.``) or a dotted initialism (``أ.ف.ب``, ``U.S.``);
- when no letter or digit precedes it in the sentence so far.

Sentences are stripped of surrounding whitespace and invisible controls; together they cover
all other text.
"""

from __future__ import annotations

import re
from typing import ClassVar

from khabar.config import Config
from khabar.document import Document, Span
from khabar.lexicon import packaged
from khabar.pipeline import register
from khabar.text.normalize import normalize
from khabar.text.tokenize import URL_OR_EMAIL

ABBREVIATIONS_LEXICON = "abbreviations.tsv"

_LINE = re.compile(r"[^\n\r\v\f\x85\u2028\u2029]+")
_MARKS = re.compile(r"[.!?؟؛…]+")
_QUOTES = re.compile('["“”„«»]')
_CLOSERS = frozenset("”»’')]}")
_END_MARKS = frozenset(".!?؟؛…")
_OPENERS = frozenset("\"“„«(['")
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z.]*$")
_WORD_BEFORE = re.compile(r"[\w\u0640\u064b-\u065f\u0670.]+$")
_LEADING_DIGITS = re.compile(r"\d+")
_HAS_WORD = re.compile(r"[^\W_]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_SPACE = frozenset(" \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a")
_STRIP = _SPACE | frozenset(
    chr(c) for c in (0x061C, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x206A), 0xFEFF)
)
_FAMILY = {"“": 0, "”": 0, "„": 0, "«": 1, "»": 1, '"': 2}


def _load_abbreviations() -> dict[str, str]:
    return {normalize(row[0]): row[1] for row in packaged(ABBREVIATIONS_LEXICON, 2, 2)}


_ABBREVIATIONS = _load_abbreviations()


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``, stripped of surrounding whitespace, in order."""
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        for cut in (*_boundaries(text, start, end), end):
            span = _trim(text, start, cut)
            if span is not None:
                spans.append(span)
            start = cut
    return spans


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return Span(start, end) if start < end else None


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paired quotation marks ``(open, close)`` of one line; unpaired marks are ignored."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[int, int]] = []  # (family, position)
    for m in _QUOTES.finditer(text, start, end):
        i = m.start()
        family = _FAMILY[m.group()]
        closes = i > start and not text[i - 1].isspace()
        opens = i + 1 < end and not text[i + 1].isspace()
        if stack and stack[-1][0] == family and closes:
            pairs.append((stack.pop()[1], i))
        elif opens:
            stack.append((family, i))
    return pairs


def _boundaries(text: str, start: int, end: int) -> list[int]:
    """Offsets inside the line ``[start, end)`` after which a sentence ends."""
    marks = list(_MARKS.finditer(text, start, end))
    if not marks:
        return []
    quotes = _quotations(text, start, end) if _QUOTES.search(text, start, end) else []
    closing = {c for _, c in quotes}
    urls = [u.span() for u in URL_OR_EMAIL.finditer(text, start, end)]
    cuts: list[int] = []
    last = start
    for m in marks:
        p, e = m.span()
        if p < last:
            continue
        # take in the closing quotes and brackets, and any end marks after them
        while e < end and (text[e] in _CLOSERS or text[e] in _END_MARKS or e in closing):
            e += 1
        if any(o < p < c and not p <= c < e for o, c in quotes):
            continue  # the quotation goes on
        if any(a <= p < b for a, b in urls):
            continue
        if e < end and not (
            text[e].isspace() or text[e] in _OPENERS or _ARABIC_LETTER.match(text[e]) is not None
        ):
            continue
        if m.group() == "." and _abbreviation(text, start, p):
            continue
        if _HAS_WORD.search(text, last, p) is None:
            continue
        cuts.append(e)
        last = e
    return cuts


def _abbreviation(text: str, line_start: int, p: int) -> bool:
    """Is the period at ``p`` the end of an abbreviation or an initial?"""
    lo = max(line_start, p - 40)
    m = _LATIN_BEFORE.search(text, lo, p) or _WORD_BEFORE.search(text, lo, p)  # وMr. -> Mr
    if m is None:
        return False
    word = normalize(m.group()).strip(".")
    digits = _LEADING_DIGITS.match(word)
    after_number = digits is not None
    if digits is not None:
        word = word[digits.end() :]
    else:
        j = m.start()
        while j > line_start and text[j - 1] in _SPACE:
            j -= 1
        after_number = j > line_start and text[j - 1].isdigit() and j < m.start()
    if not word:
        return False
    kind = _ABBREVIATIONS.get(word)
    if kind == "era":
        return not after_number
    if kind is not None:
        return True
    parts = word.split(".")
    if len(parts) == 1:
        return len(word) == 1 and word.isalpha()
    return all(part.isalpha() and len(part) <= 2 for part in parts)


@register("sentences")
class SentenceSplitter:
    """Stage ``sentences``: :func:`split_sentences` over the raw text."""

    name: ClassVar[str] = "sentences"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    adds: ClassVar[tuple[str, ...]] = ("sentences",)

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document:
        doc.sentences = split_sentences(doc.text)
        return doc
