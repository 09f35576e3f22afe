"""Numbers written in digits or words, shared by the ``times`` and ``quantities`` stages.

:func:`parse_number` reads a number at the start of a run of token *cores* (normalised tokens
without their conjunction and preposition proclitics, see :func:`token_views`): digits in any script
with thousands and decimal separators (``15,000``, ``١٥٬٠٠٠``, ``2.5``, ``٣٫٥``), number words from
``number_words.tsv`` (``ثلاثة آلاف`` = 3000, ``خمسة وعشرون`` = 25, ``مليون ونصف`` = 1500000),
digits with a scale word (``15 ألف``, ``2.5 مليار``), vague plurals (``عشرات`` = 10, ``مئات`` = 100,
``آلاف`` = 1000, each the lower bound and flagged ``vague``; ``عشرات الآلاف`` = 10000) and ordinal
tens with the article (``الثمانين`` = 80, flagged ``ordinal``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from khabar.document import Document, Token
from khabar.lexicon import packaged
from khabar.text.normalize import normalize

NUMBER_WORDS_LEXICON = "number_words.tsv"

#: proclitics left outside a core: conjunctions, prepositions and the future prefix
_OUTER_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "س"})
#: proclitics cut off an unsegmented known word (وغدا, لمدة, بالمئة); never ك (كميات is no ك + مئات)
_LEFT_ON = frozenset({"و", "ف", "ب", "ل"})
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


class TokenView(NamedTuple):
    """A token as the time and number matchers see it (a named tuple: one is built per token).

    ``core`` is the normalised token without its conjunction/preposition proclitics and pronoun
    suffix (the article stays); ``start`` is the raw offset where the core begins and ``end`` the
    raw end of the token; ``raw`` is the raw text of the core; ``future`` is true for a verb with
    the future prefix ``سـ``; ``conj`` is true when the token starts with the conjunction ``و``.
    """

    core: str
    start: int
    end: int
    raw: str
    future: bool
    conj: bool
    tstart: int


#: (core, core offset in the token, future, conj): everything of a view that the token text decides
_Shape = tuple[str, int, bool, bool]


class TokenViews:
    """Builds the token views of documents for one stage, given the words the stage knows.

    When the segmenter cut a token that is itself in ``known`` (``ليلا`` is not ``ل`` + ``يلا``) the
    whole token is the core; when it left a proclitic on (``وغدا``, ``لمدة``) that is cut off when
    what remains is in ``known``. A token's shape depends on its text alone and is cached.
    """

    _MAX_CACHE = 1 << 17

    def __init__(self, known: Collection[str]) -> None:
        self.known = frozenset(known)
        self._shapes: dict[str, _Shape] = {}

    def __call__(self, doc: Document) -> list[list[TokenView]]:
        """The token views of each sentence of ``doc``, in order."""
        out: list[list[TokenView]] = [[] for _ in doc.sentences]
        shapes = self._shapes
        for tok in doc.tokens:
            text = tok.text
            shape = shapes.get(text)
            if shape is None:
                if len(shapes) > self._MAX_CACHE:
                    shapes.clear()
                shape = shapes[text] = self._shape(tok)
            core, offset, future, conj = shape
            start = tok.start
            view = TokenView(core, start + offset, tok.end, text[offset:], future, conj, start)
            out[tok.sentence].append(view)
        return out

    def _shape(self, tok: Token) -> _Shape:
        words = tok.words
        whole = tok.norm
        known = self.known
        if not words or whole in known:
            return whole, 0, False, False
        k = 0
        while k < len(words) - 1 and words[k].kind == "prefix" and words[k].form in _OUTER_PROCLITICS:
            k += 1
        future = any(w.kind == "prefix" and w.form == "س" for w in words[:k])
        conj = words[0].kind == "prefix" and words[0].form == "و"
        core = "".join(w.form for w in words[k:] if w.kind != "suffix")
        offset = words[k].start - tok.start
        if len(words) == 1 and core[:1] in _LEFT_ON and core not in known and core[1:] in known:
            core = core[1:]
            conj = tok.text[0] == "و"
            offset = 1
            while offset < len(tok.text) and "\u064b" <= tok.text[offset] <= "\u065f":  # its diacritic
                offset += 1
        return core, offset, future, conj


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number read from ``words[start:end]`` (token indices)."""

    value: int | float
    end: int
    ordinal: bool = False
    vague: bool = False
    digits: bool = False


@cache
def number_words() -> dict[str, tuple[float, str]]:
    """Normalised number word → (value, kind), from ``number_words.tsv`` (loaded once)."""
    return {normalize(w): (float(v), kind) for w, v, kind in packaged(NUMBER_WORDS_LEXICON, 3, 3)}


def parse_digits(text: str) -> float | None:
    """The value of a digit string (ASCII digits, as :func:`normalize` leaves them) or None.

    A comma followed by groups of exactly three digits separates thousands (``15,000``); any other
    comma is a decimal comma (``2,5``); a period is a decimal point.
    """
    if not _DIGITS.fullmatch(text):
        return None
    if _THOUSANDS.fullmatch(text):
        return float(text.replace(",", ""))
    if text.count(",") + text.count(".") > 1:
        return None
    return float(text.replace(",", "."))


def _clean(value: float) -> int | float:
    return int(value) if value == int(value) else value


def _lookup(word: str, lexicon: dict[str, tuple[float, str]], conj: bool) -> tuple[float, str] | None:
    entry = lexicon.get(word)
    if entry is None and conj and word.startswith("و"):
        entry = lexicon.get(word[1:])
    return entry


def parse_number(words: Sequence[str], start: int = 0) -> NumberMatch | None:
    """The number that begins at ``words[start]`` (normalised token cores), or None.

    Reads as far as the number goes: ``["ثلاثة", "آلاف", "جندي"]`` gives 3000 ending at index 2.
    ``أحد``/``إحدى`` are read only as the first part of ``أحد عشر``; a vague plural alone is its
    lower bound with ``vague`` set.
    """
    lexicon = number_words()
    total = 0.0
    current = 0.0
    last_scale = 0.0
    vague = False
    digits = False
    j = start
    n = len(words)
    while j < n:
        w = words[j]
        first = j == start
        value = parse_digits(w) if w[:1].isdigit() else None
        if value is not None:
            if not first:
                break
            current, digits = value, True
            j += 1
            continue
        entry = _lookup(w, lexicon, not first)
        if entry is None:
            break
        v, kind = entry
        if kind == "ordinal":
            if not first:
                break
            return NumberMatch(_clean(v), j + 1, ordinal=True)
        if kind == "teen_unit":
            if first and j + 1 < n and words[j + 1] in _TEENS:
                current = 11
                j += 2
                continue
            break
        if kind == "unit":
            if first:
                current = v
            elif w in _TEENS and 0 < current < 10:
                current += 10
            elif current % 100 == 0:
                current += v
            else:
                break
        elif kind == "ten":
            if current % 100 >= 20:
                break
            current += v
        elif kind == "hundred":
            if current:
                break
            current = v
        elif kind in ("scale", "vague", "dual"):
            if kind == "dual":
                if current:
                    break
                total += v
                last_scale = v / 2
            elif current:
                total += current * v
                last_scale = v
            elif kind == "vague":
                if total:  # عشرات الآلاف
                    total *= v
                else:
                    total = v
                    vague = True
                last_scale = v
            else:
                total += v
                last_scale = v
            current = 0.0
        elif kind == "fraction":
            if first or not last_scale or current:
                break
            total += v * last_scale
            j += 1
            break
        j += 1
    if j == start:
        return None
    value = total + current
    if value == 0 and not digits:
        return None
    return NumberMatch(_clean(value), j, vague=vague, digits=digits)


#: the second word of a teen (ثلاثة عشر), normalised
_TEENS = frozenset({"عشر", "عشره"})
