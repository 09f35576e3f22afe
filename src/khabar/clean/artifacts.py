"""Stage ``artifacts``: flag machine-translation artifacts without touching the raw text.

Each :class:`~khabar.document.Artifact` covers the raw span to replace and, where clear, a
``suggestion`` to replace it with:

- ``latin``: a Latin-script word inside a sentence whose letters are at least
  ``config.artifact_min_arabic_share`` Arabic (``Dioyutai``, ``XI``). Not flagged: Latin inside
  parentheses with no Arabic (agency codes such as ``(AP)``, glosses such as ``(WHO)``), URLs,
  e-mail addresses and host names, unit symbols (``km``), codes with digits (``F-35``) and single
  letters. Suggestions come from the packaged lexicon ``latin.tsv`` (one edit away for longer words).
- ``calque_article``: the English indefinite article calqued as a lone ``أ`` before a noun
  (``أ موكب``); the span runs to the end of the noun and the suggestion is the noun alone. Not
  flagged: initials (``د ب أ``, ``أ ف ب``) and labels or abbreviations followed by punctuation
  (``أ)``, ``أ-``, ``أ.``).
- ``transliteration``: an English word written in Arabic letters where an Arabic word was meant
  (``مارك`` for "marked"), from ``transliterations.tsv`` plus ``config.artifact_lexicons``. Flagged
  only in a context where that reading is clear: after a word that is neither a title (``السيد``) nor
  a reporting verb (``قال``) nor a listed name part (``واشنطن`` before ``بوست``), and before a
  preposition, particle or a word with the article; so ``مارك روته`` and ``السيد مارك`` stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from khabar.config import Config
from khabar.document import Artifact, Document
from khabar.lexicon import load
from khabar.pipeline import register
from khabar.text.normalize import normalize, strip_diacritics

LATIN_LEXICON = "latin.tsv"
TRANSLITERATION_LEXICON = "transliterations.tsv"

_ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06fa-\u06fc]")
_LATIN_CLASS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_LATIN_LETTER = re.compile(f"[{_LATIN_CLASS}]")
_LATIN_RUN = re.compile(f"[{_LATIN_CLASS}0-9]+(?:[-'’.&][{_LATIN_CLASS}0-9]+)*")
_DIGIT = re.compile(r"[0-9]")
#: an Arabic word: letters with their diacritics and tatweel
_ARABIC_WORD = re.compile(
    r"[\u0621-\u064a\u0671-\u06d3\u06d5\u06fa-\u06fc\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+"
)
_NOT_FLAGGED = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b(?:/\S*)?"
    r"|\([^()]*\)"
)
#: unit symbols (single letters are never flagged anyway)
_UNITS = frozenset(
    {
        "km",
        "cm",
        "mm",
        "nm",
        "kg",
        "mg",
        "ml",
        "kW",
        "MW",
        "GW",
        "kWh",
        "MWh",
        "GWh",
        "mph",
        "kmh",
        "hp",
        "Hz",
        "kHz",
        "MHz",
        "GHz",
        "KB",
        "MB",
        "GB",
        "TB",
        "bpd",
        "ppm",
    }
)

_FUZZY_MIN_LETTERS = 6
_CALQUE = "أ"
_ARTICLE_PREFIXES = ("ال", "لل", "وال", "بال", "فال", "كال")


def _normalized_set(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


#: words after which a transliteration entry is read as a name
_TITLES = _normalized_set(
    "السيد السيدة الآنسة الرئيس رئيس الوزير وزير وزيرة النائب السيناتور الأمير الملك الملكة الدكتور "
    "د الأستاذ المستشار الكاتب الكاتبة الصحفي الصحفية المدرب اللاعب الممثل الممثلة المغني الفنان "
    "القس الأب السير اللورد الجنرال العقيد اللواء الأدميرال المدير المديرة المتحدث الناطق الحاكم "
    "العمدة القاضي المحامي البروفيسور المخرج"
)
_REPORTING_VERBS = _normalized_set(
    "قال قالت يقول تقول صرح صرحت أعلن أعلنت أكد أكدت أضاف أضافت أوضح أوضحت ذكر ذكرت كتب كتبت "
    "أشار أشارت أفاد أفادت رأى رأت اعتبر اعتبرت التقى التقت استقبل دعا دعت سأل سألت أجاب"
)
_NAME_CONTEXT = _TITLES | _REPORTING_VERBS
#: words after which a transliteration entry reads as a verb or common noun
_FUNCTION_WORDS = _normalized_set(
    "في على من إلى عن مع منذ خلال بعد قبل حول ضد عند لدى حتى بين عبر نحو أن إن أنه إنه ما لا لم لن "
    "قد كما أو ثم الذي التي الذين هذا هذه ذلك تلك هناك بشكل"
)


@dataclass(frozen=True, slots=True)
class Transliteration:
    english: str
    suggestion: str
    not_after: frozenset[str]


class _Word(NamedTuple):
    start: int
    end: int
    norm: str
    #: the word is the lone letter of a calqued article (``أ``, diacritics aside)
    calque: bool


@lru_cache(maxsize=1 << 16)
def _word_forms(raw: str) -> tuple[str, bool]:
    """An Arabic word's normalised form, and whether it is the calqued article ``أ``."""
    return normalize(raw), strip_diacritics(raw) == _CALQUE


@register("artifacts")
class Artifacts:
    name = "artifacts"
    requires = ("sentences",)
    adds = ("artifacts",)

    def __init__(self, config: Config) -> None:
        self.min_arabic_share = config.artifact_min_arabic_share
        self.latin = {normalize(latin): ar for latin, ar in load(LATIN_LEXICON, min_cols=2, max_cols=2)}
        self.transliterations: dict[str, Transliteration] = {}
        for row in load(TRANSLITERATION_LEXICON, config.artifact_lexicons, min_cols=3, max_cols=4):
            not_after = _normalized_set(row[3]) if len(row) == 4 else frozenset()
            self.transliterations[normalize(row[0])] = Transliteration(row[1], row[2], not_after)

    def __call__(self, doc: Document) -> Document:
        found: list[Artifact] = []
        for sentence in doc.sentences:
            found += self.latin_words(doc.text, sentence.start, sentence.end)
            words = [
                _Word(m.start(), m.end(), *_word_forms(m.group()))
                for m in _ARABIC_WORD.finditer(doc.text, sentence.start, sentence.end)
            ]
            found += self.calques(doc.text, words)
            found += self.transliterated(doc.text, words)
        doc.artifacts = sorted(found, key=lambda a: (a.start, a.end))
        return doc

    def latin_words(self, text: str, start: int, end: int) -> list[Artifact]:
        arabic = len(_ARABIC_LETTER.findall(text, start, end))
        latin = len(_LATIN_LETTER.findall(text, start, end))
        if not latin or arabic / (arabic + latin) < self.min_arabic_share:
            return []
        skip = [
            (m.start(), m.end())
            for m in _NOT_FLAGGED.finditer(text, start, end)
            if not _ARABIC_LETTER.search(m.group())
        ]
        out = []
        for m in _LATIN_RUN.finditer(text, start, end):
            word = m.group()
            if (
                len(word) < 2
                or word in _UNITS
                or _DIGIT.search(word)
                or any(s <= m.start() and m.end() <= e for s, e in skip)
            ):
                continue
            out.append(Artifact(m.start(), m.end(), word, "latin", self.latin_suggestion(word)))
        return out

    def latin_suggestion(self, word: str) -> str | None:
        """The Arabic rendering of a Latin word: exact, or for a word of six letters or more one
        edit away from a lexicon entry (machine translation misspells names: ``Dioyutai``)."""
        key = normalize(word)
        if key in self.latin or len(key) < _FUZZY_MIN_LETTERS:
            return self.latin.get(key)
        match = process.extractOne(key, self.latin.keys(), scorer=Levenshtein.distance, score_cutoff=1)
        return self.latin[match[0]] if match else None

    def calques(self, text: str, words: list[_Word]) -> list[Artifact]:
        out = []
        for i, word in enumerate(words):
            if not word.calque or i + 1 == len(words):
                continue
            nxt = words[i + 1]
            if not _adjacent(text, word, nxt) or len(nxt.norm) < 2:
                continue  # a label or abbreviation (أ) أ- أ.), or initials (أ ف ب)
            if i > 0 and _adjacent(text, words[i - 1], word) and len(words[i - 1].norm) == 1:
                continue  # initials (د ب أ)
            noun = text[nxt.start : nxt.end]
            out.append(Artifact(word.start, nxt.end, text[word.start : nxt.end], "calque_article", noun))
        return out

    def transliterated(self, text: str, words: list[_Word]) -> list[Artifact]:
        out = []
        for i in range(1, len(words) - 1):
            word = words[i]
            entry = self.transliterations.get(word.norm)
            if entry is None:
                continue
            prev, nxt = words[i - 1], words[i + 1]
            if not (_adjacent(text, prev, word) and _adjacent(text, word, nxt)):
                continue
            before = {prev.norm, prev.norm[1:]} if prev.norm.startswith(("و", "ف")) else {prev.norm}
            if before & _NAME_CONTEXT or before & entry.not_after:
                continue
            if nxt.norm in _FUNCTION_WORDS or (nxt.norm.startswith(_ARTICLE_PREFIXES) and len(nxt.norm) > 3):
                raw = text[word.start : word.end]
                out.append(Artifact(word.start, word.end, raw, "transliteration", entry.suggestion))
        return out


def _adjacent(text: str, left: _Word, right: _Word) -> bool:
    """Only whitespace between two words."""
    gap = text[left.end : right.start]
    return gap.isspace()
