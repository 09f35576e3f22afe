"""The ``quantities`` stage: numbers with what they count.

A quantity is an optional approximator (``حوالي``, ``نحو``, ``قرابة``, ``زهاء``, ``أكثر من``,
``أقل من``, ``ما يقرب من``, ``ما لا يقل عن``), a number (:func:`~khabar.times.numbers.parse_number`:
digits in any script, number words, scale words, vague plurals) and what it counts:

- ``%``, ``٪``, ``في المئة``, ``بالمئة``, ``بالمائة`` → unit ``percent``;
- a currency (``currencies.tsv``) → its ISO 4217 code (``15 مليون دولار`` → ``USD``); a currency
  name shared by several countries and not qualified (``ريال``, ``دينار``) → the Arabic noun;
- a counted noun from ``units.tsv`` → its English unit (``15000 جندي`` → ``soldiers``); another
  Arabic noun → that noun as written (without clitics); nothing countable → unit null.

``approx`` is set by an approximator and by a vague plural (``عشرات`` has the value 10, its lower
bound); ``ordinal`` by an ordinal tens word (``الذكرى الثمانين`` → 80). Numbers inside a time
expression (years, days, durations) are not quantities, nor are bare four-digit years
(1900–2100) with nothing counted, numbers that label (``القرار 1701``), or lone number words that
count nothing (``ثلاثة`` alone).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from khabar.config import Config
from khabar.document import Document, Quantity
from khabar.lexicon import packaged
from khabar.pipeline import register
from khabar.text.normalize import normalize
from khabar.times.numbers import NumberMatch, TokenView, TokenViews, number_words, parse_number

UNITS_LEXICON = "units.tsv"
CURRENCIES_LEXICON = "currencies.tsv"


def _n(*words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


#: approximators, as tuples of normalised cores
_APPROX: tuple[tuple[str, ...], ...] = tuple(
    tuple(normalize(p).split())
    for p in (
        "ما يقرب من",
        "ما لا يقل عن",
        "ما يزيد على",
        "ما يزيد عن",
        "أكثر من",
        "أقل من",
        "أزيد من",
        "حوالي",
        "حوالى",
        "نحو",
        "قرابة",
        "زهاء",
    )
)
_ROUGHLY = normalize("تقريبا")
_PERCENT_SIGNS = frozenset({"%", "٪"})
_PER_HUNDRED = _n("المئة", "المائة")
_FI = normalize("في")
_MIN = normalize("من")
#: words before a number that make it a label, not a count
_LABELS = _n(
    "القرار", "قرار", "رقم", "الرقم", "المادة", "مادة", "البند", "الفقرة", "الصفحة", "الطريق",
    "الجولة", "الدورة", "الفصل", "الكيلومتر", "الفرقة", "اللواء",
)  # fmt: skip
#: words that never name what is counted
_NOT_NOUNS = _n(
    "في", "من", "الى", "إلى", "على", "عن", "مع", "او", "أو", "ثم", "و", "حتى", "منذ", "بعد", "قبل", "خلال",
    "بين", "عند", "لدى", "كما", "إلا", "الا", "أن", "ان", "إن", "لا", "لم", "لن", "قد", "هذا", "هذه",
    "ذلك", "تلك", "التي", "الذي", "الذين", "فقط", "أيضا", "ايضا", "مقابل", "نحو", "حوالي", "منها",
    "منهم", "الف", "ألف",
)  # fmt: skip


@register("quantities")
class Quantities:
    """Stage ``quantities``: fills ``doc.quantities``; runs after ``times``."""

    name: ClassVar[str] = "quantities"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "times")
    adds: ClassVar[tuple[str, ...]] = ("quantities",)

    def __init__(self, config: Config) -> None:
        self.config = config
        self.numbers = number_words()
        self.units = {normalize(ar): en for ar, en in packaged(UNITS_LEXICON, 2, 2)}
        self.currencies: dict[str, dict[str, str]] = {}
        for row in packaged(CURRENCIES_LEXICON, 2, 3):
            qualifier = normalize(row[2]) if len(row) > 2 else ""
            self.currencies.setdefault(normalize(row[0]), {})[qualifier] = row[1]
        self.views = TokenViews({*self.numbers, *self.units, *self.currencies, *_PER_HUNDRED})

    def __call__(self, doc: Document) -> Document:
        time_starts = [t.start for t in doc.times]
        time_ends = [t.end for t in doc.times]
        out: list[Quantity] = []
        for toks in self.views(doc):
            cores = [t.core for t in toks]
            i = 0
            while i < len(toks):
                c = cores[i]
                if not (c[:1].isdigit() or c in self.numbers):
                    i += 1
                    continue
                k = bisect_right(time_starts, toks[i].start) - 1
                if k >= 0 and time_ends[k] > toks[i].start:  # inside a time expression
                    i += 1
                    continue
                q = self._quantity(doc, toks, cores, i)
                if q is None:
                    i += 1
                    continue
                record, i = q
                if not doc.in_boilerplate(record.start, record.end):
                    out.append(record)
        doc.quantities = out
        return doc

    def _quantity(
        self, doc: Document, toks: list[TokenView], cores: list[str], i: int
    ) -> tuple[Quantity, int] | None:
        num = parse_number(cores, i)
        if num is None:
            return None
        if i and cores[i - 1] in _LABELS:
            return None
        j = num.end
        start, end = toks[i].start, toks[j - 1].end
        approx = num.vague
        for phrase in _APPROX:
            m = len(phrase)
            if i >= m and tuple(cores[i - m : i]) == phrase:
                approx, start = True, toks[i - m].start
                break
        unit: str | None = None
        nxt = cores[j] if j < len(cores) else ""
        if nxt in _PERCENT_SIGNS:
            unit, j = "percent", j + 1
        elif nxt == _FI and j + 1 < len(cores) and cores[j + 1] in _PER_HUNDRED:
            unit, j = "percent", j + 2
        elif nxt in _PER_HUNDRED:  # بالمئة
            unit, j = "percent", j + 1
        elif nxt in self.currencies:
            forms = self.currencies[nxt]
            qualifier = cores[j + 1] if j + 1 < len(cores) else ""
            if qualifier in forms and qualifier:
                unit, j = forms[qualifier], j + 2
            else:
                unit, j = forms.get("", toks[j].raw), j + 1
        elif not num.ordinal and not _two(num) and j < len(toks) and _is_noun(toks[j]) and not toks[j].conj:
            # (a word with و goes on with a clause: قتلت اثنين واعتقلت 16; and اثنان counts no word
            # after it, Arabic counts two with the dual: بينهم اثنان أطلقا صواريخ)
            unit, j = self._unit(doc.text, toks[j]), j + 1
        elif nxt == _MIN and j + 1 < len(toks) and _is_noun(toks[j + 1]):  # عشرات الآلاف من المتظاهرين
            unit, j = self._unit(doc.text, toks[j + 1]), j + 2
        if unit is None:
            if not num.digits and not num.vague and not num.ordinal and num.end - i == 1:
                return None  # a lone number word counting nothing (ثلاثة)
            if num.digits and 1900 <= num.value <= 2100 and num.value == int(num.value) and not approx:
                return None  # a bare year
        if j < len(cores) and cores[j] == _ROUGHLY:
            approx, j = True, j + 1
        end = toks[j - 1].end
        record = Quantity(
            start, end, doc.text[start:end], num.value, unit, approx=approx, ordinal=num.ordinal
        )
        return record, j

    def _unit(self, text: str, tok: TokenView) -> str:
        """The English unit of a listed counted noun, else the noun as written (without a
        conjunction or article: the segmenter's other cuts are not trusted here, لاعبا is no ل + اعبا)."""
        raw = text[tok.tstart : tok.end]
        if tok.conj:
            raw = raw[1:]
        noun = raw[2:] if raw.startswith("ال") and len(raw) > 4 else raw
        for key in (normalize(noun), tok.core, tok.core[2:] if tok.core.startswith("ال") else ""):
            if key in self.units:
                return self.units[key]
        return noun


def _two(num: NumberMatch) -> bool:
    """The number is the word two (اثنان، اثنتين), which stands alone: two things are counted by a dual."""
    return not num.digits and num.value == 2


def _is_noun(tok: TokenView | None) -> bool:
    """A word that can name what is counted: Arabic letters, not a particle or preposition."""
    if tok is None or len(tok.core) < 2 or tok.core in _NOT_NOUNS:
        return False
    return all("\u0621" <= ch <= "\u064a" for ch in tok.core)
