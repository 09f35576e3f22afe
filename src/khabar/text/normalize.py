"""Arabic normalisation for matching, with an offset map back to the raw text.

The normalised text is a *view*: the raw text is never rewritten. :func:`normalize` is the
fast string-only form (one ``str.translate``) used for lexicon keys and token matching;
:func:`normalize_with_map` also returns, for every normalised character, the raw span it came from.

What is normalised:
- diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic marks) and tatweel: removed;
- alef forms أ إ آ ٱ → ا; hamza carriers ؤ → و, ئ → ي; alef maqsura ى → ي; taa marbuta ة → ه;
- Persian/Urdu letters ی ې → ي, ک → ك, ہ ە → ه;
- Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9; Arabic decimal ٫ → ``.``, thousands ٬ → ``,``;
- presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → their letters (NFKC, so ﻻ → لا);
- bidi, zero-width and BOM controls: removed; Latin letters: lower-cased.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_REMOVE = [
    *range(0x064B, 0x0660),  # harakat, tanween, shadda, sukun, maddah/hamza above/below, ...
    0x0670,  # superscript alef
    0x0640,  # tatweel
    *range(0x06D6, 0x06DD),
    *range(0x06DF, 0x06E5),
    0x06E7,
    0x06E8,
    *range(0x06EA, 0x06EE),  # Quranic annotation marks
    *range(0x200B, 0x2010),  # zero-width space/joiners, LRM, RLM
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2066, 0x206A),  # bidi isolates
    0x061C,  # Arabic letter mark
    0xFEFF,  # BOM
    0x00AD,  # soft hyphen
]

_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ؤ": "و",
    "ئ": "ي",
    "ى": "ي",
    "ة": "ه",
    "ی": "ي",
    "ې": "ي",
    "ک": "ك",
    "ہ": "ه",
    "ە": "ه",
    "٫": ".",
    "٬": ",",
}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = dict.fromkeys(_REMOVE, "")
    for src, dst in _LETTERS.items():
        table[ord(src)] = dst
    for i in range(10):
        table[0x0660 + i] = str(i)
        table[0x06F0 + i] = str(i)
    for cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn" or cp == 0xFEFF:
            continue
        folded = unicodedata.normalize("NFKC", ch).strip()
        if folded and folded != ch:
            # fold again so that e.g. a presentation-form alef with hamza also loses its hamza
            table[cp] = "".join(table.get(ord(c), c) for c in folded)
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    for cp in range(0xC0, 0x250):  # Latin-1 supplement and Latin Extended-A/B capitals
        ch = chr(cp)
        low = ch.lower()
        if low != ch and len(low) == 1:
            table[cp] = low
    return table


TABLE: dict[int, str] = _build_table()
_MARKS = frozenset(chr(cp) for cp in (*range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x06D6, 0x06EE)))
_STRIP_ONLY: dict[int, str] = dict.fromkeys(map(ord, _MARKS), "")
_LENGTH_CHANGING = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp, rep in sorted(TABLE.items()) if len(rep) != 1) + "]"
)


#: strings up to this long (words, short names) are normalised through a cache: ``str.translate``
#: with a dict looks up every character, which costs more than the cache for a word
_CACHED_LEN = 32
#: normalised endings of a relational (nisba) adjective: ي، ية (written يه after normalize)
NISBA_ENDINGS = ("يه", "ي")


def normalize(text: str) -> str:
    """Normalise a string for matching (no offset map)."""
    if len(text) <= _CACHED_LEN:
        return _normalize_short(text)
    return text.translate(TABLE)


@lru_cache(maxsize=1 << 16)
def _normalize_short(text: str) -> str:
    return text.translate(TABLE)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised view of a raw string.

    ``starts[i]``/``ends[i]`` give the raw span of normalised character ``i``: for a character
    kept or replaced one-for-one this is ``(j, j + 1)``, widened over the diacritics and
    tatweel that follow it; removed controls have no normalised counterpart, and the characters of
    an expanded ligature all map to the ligature's raw span.
    """

    raw: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the raw span that covers it."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.raw)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def raw_slice(self, start: int, end: int) -> str:
        s, e = self.to_raw(start, end)
        return self.raw[s:e]


def normalize_with_map(raw: str) -> NormalizedText:
    """Normalise ``raw`` and keep, for each output character, the raw span it came from."""
    if _LENGTH_CHANGING.search(raw) is None:  # one-for-one: the map is the identity
        n = len(raw)
        return NormalizedText(raw, raw.translate(TABLE), tuple(range(n)), tuple(range(1, n + 1)))
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    get = TABLE.get
    for j, ch in enumerate(raw):
        rep = get(ord(ch), ch)
        if not rep:
            if ends and ch in _MARKS:  # a diacritic or tatweel belongs to the letter before it
                last = ends[-1]
                k = len(ends) - 1
                while k >= 0 and ends[k] == last:
                    ends[k] = j + 1
                    k -= 1
            continue
        parts.append(rep)
        starts.extend([j] * len(rep))
        ends.extend([j + 1] * len(rep))
    return NormalizedText(raw, "".join(parts), tuple(starts), tuple(ends))


def strip_diacritics(text: str) -> str:
    """Remove only diacritics and tatweel, keeping letter forms (for display names)."""
    return text.translate(_STRIP_ONLY)
