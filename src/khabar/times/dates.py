"""The ``times`` stage: time expressions with ISO 8601 values, resolved against the article date.

Values: a day ``2025-09-03``, a month ``2024-06``, a year ``2023``, an ISO week ``2025-W35``, a
duration ``P3Y`` / ``P2W`` / ``PT3H``, a time of day ``T10:30`` (``2025-09-03T10:30`` when the
sentence names its day), or null when the expression cannot be resolved (a relative expression in a
document without a date). Spans leave conjunction and preposition proclitics outside (``وأمس`` →
``أمس``) but keep the words that make the expression (``يوم الأربعاء``, ``عام 2023``, ``لمدة ثلاث
سنوات``, ``قبل ثلاثة أيام``).

Resolution rules:

- ``أمس`` / ``أمس الأول`` / ``اليوم`` / ``غدا`` / ``بعد غد`` count days from the article date;
- a weekday (``الأربعاء``, ``يوم الأربعاء``) is the last such day on or before the article date,
  or the next one after it when its clause speaks of the future (a ``سـ`` verb, ``سوف``,
  ``يعتزم``, ``من المقرر``, ``من المتوقع``, or ``المقبل`` after the weekday); ``الماضي`` after it
  means strictly before;
- a month without a year (``في يونيو``) is the last such month on or before the article month (the
  next one in a future clause); ``يونيو الماضي`` / ``يونيو المقبل`` are strictly before / after;
  ``يونيو من العام الماضي`` takes the year before the article's;
- ``الأسبوع/الشهر/العام`` with ``الماضي``, ``المقبل`` or ``الجاري`` (or after ``هذا``) shift by one;
- ``قبل ثلاثة أيام`` counts back from the article date; other number + unit phrases are durations;
- Hijri dates use the tabular calendar (:mod:`khabar.times.hijri`): a full date becomes its
  Gregorian day; a Hijri month or year becomes the Gregorian month or year in which it begins
  (``رمضان`` before an article of 2025-09-03 → ``2025-03``; ``1446 هـ`` → ``2024``).

Document date: when ``doc.date`` is None (no metadata, no ``--date``), the stage looks for a full
date on the first line of the text (a dateline such as ``القاهرة في 3 سبتمبر 2025 (أ ف ب) -``) and,
when one is found, writes it into ``doc.date``; a date already set is never changed, and a document
without either keeps ``date`` null — never "today".
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import ClassVar

from khabar.config import Config
from khabar.document import Document, Time
from khabar.lexicon import packaged
from khabar.pipeline import register
from khabar.text.normalize import normalize
from khabar.times.hijri import gregorian_to_hijri, hijri_to_gregorian
from khabar.times.numbers import TokenView, TokenViews, number_words, parse_number

MONTHS_LEXICON = "months.tsv"
WEEKDAYS_LEXICON = "weekdays.tsv"


def _n(*words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


_PAST = _n("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق", "السابقة")
_NEXT = _n("المقبل", "المقبلة", "القادم", "القادمة")
_CURRENT = _n("الجاري", "الجارية", "الحالي", "الحالية")
_THIS = _n("هذا", "هذه")
_FUTURE_WORDS = _n("سوف", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "يزمع", "تزمع")
_FUTURE_AFTER_MIN = _n("المقرر", "المتوقع", "المنتظر", "المفترض", "المزمع")
_MIN = normalize("من")
_MIN_FORMS = _n("من", "ومن", "فمن")
_CLAUSE_BREAKS = frozenset({"،", ",", "؛", ";", ":", ".", "!", "?", "؟", "(", ")", "«", "»", '"', "“", "”"})
#: words before a month name that make it a month (with the ambiguous names: مارس, آب, رمضان ...)
_MONTH_CONTEXT = _n(
    "في", "منذ", "حتى", "خلال", "مطلع", "أوائل", "أواخر", "أواسط", "منتصف", "نهاية", "بداية", "شهر",
    "شهري", "قبل", "بعد", "الى", "إلى", "غرة", "مستهل",
)  # fmt: skip
_MONTH_WORD = _n("شهر")
#: words before a bare year that make it a year
_YEAR_PREP = _n(
    "في", "منذ", "حتى", "خلال", "مطلع", "أوائل", "أواخر", "أواسط", "منتصف", "نهاية", "بداية", "قبل",
    "بعد", "إلى", "الى", "مستهل", "صيف", "شتاء", "ربيع", "خريف",
)  # fmt: skip
_YEAR_WORDS = _n("عام", "العام", "سنة", "السنة", "عامي")
_ERA_AD = _n("م", "ميلادي", "ميلادية", "للميلاد", "الميلاد")
_ERA_AH = _n("ه", "هـ", "هجري", "هجرية", "للهجرة", "الهجرة")
_DAY = normalize("يوم")
_DAY_PARTS = _n("صباح", "مساء", "ظهر", "ليل", "ليلة", "فجر", "عصر", "ظهيرة", "منتصف")
_RELATIVE_DAYS = {
    normalize("أمس"): -1,
    normalize("الأمس"): -1,
    normalize("البارحة"): -1,
    normalize("اليوم"): 0,
    normalize("غدا"): 1,
    normalize("الغد"): 1,
    normalize("غد"): 1,
}
#: ``اليوم`` after these is the day last named (في نفس اليوم, في ذلك اليوم)
_SAME_DAY_BEFORE = _n("نفس", "ذات", "ذلك")
#: and after these too it is "that day", not the article's day
_ANAPHORIC_BEFORE = _SAME_DAY_BEFORE | _n("تلك", "هذا")
#: ``اليوم`` before these is the day after, before or the same as the day last named
_ANAPHORIC_AFTER = {
    normalize(w): shift for w, shift in (("التالي", 1), ("السابق", -1), ("نفسه", 0), ("ذاته", 0))
}
#: ``العام السابق`` after these is a title (المدير العام السابق "the former director-general")
_TITLES = _n("المدير", "مدير", "الأمين", "أمين", "المدعي", "مدعي", "النائب", "المفتش", "المراقب", "المنسق")
#: ordinal day numbers (masculine, as in الحادي عشر من سبتمبر)
_ORDINAL_DAYS = {
    normalize(w): d
    for d, w in enumerate(
        ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"),
        start=1,
    )
}
_ORDINAL_DAYS[normalize("الحادي")] = 1
_ORDINAL_TENS = {
    normalize("العشرين"): 20,
    normalize("والعشرين"): 20,
    normalize("الثلاثين"): 30,
    normalize("والثلاثين"): 30,
}
_AWWAL = _n("الأول", "أول")
_BAAD = normalize("بعد")
_QABL = normalize("قبل")
_GHAD = _n("غد", "الغد")
_PERIODS = {
    normalize("الأسبوع"): "W",
    normalize("الشهر"): "M",
    normalize("العام"): "Y",
    normalize("السنة"): "Y",
}
_THE_MONTH = normalize("الشهر")
_SHIFTS = {**dict.fromkeys(_PAST, -1), **dict.fromkeys(_NEXT, 1), **dict.fromkeys(_CURRENT, 0)}
_FOR = _n("مدة", "لمدة", "طيلة", "طوال")
#: duration unit words → (ISO designator, count for a form that carries it: a dual is 2)
_UNITS: dict[str, tuple[str, int]] = {}
for _forms, _designator in (
    (("يوم", "يوما", "أيام"), "D"),
    (("أسبوع", "أسبوعا", "أسابيع"), "W"),
    (("شهر", "شهرا", "أشهر", "شهور"), "M"),
    (("سنة", "سنوات", "سنين", "عام", "عاما", "أعوام"), "Y"),
    (("ساعة", "ساعات"), "TH"),
    (("دقيقة", "دقائق"), "TM"),
    (("عقد", "عقود"), "10Y"),
    (("قرن", "قرون"), "100Y"),
):
    for _f in _forms:
        _UNITS[normalize(_f)] = (_designator, 0)
for _f, _designator in (
    ("يومين", "D"),
    ("يومان", "D"),
    ("أسبوعين", "W"),
    ("أسبوعان", "W"),
    ("شهرين", "M"),
    ("شهران", "M"),
    ("سنتين", "Y"),
    ("سنتان", "Y"),
    ("عامين", "Y"),
    ("عامان", "Y"),
    ("ساعتين", "TH"),
    ("ساعتان", "TH"),
    ("دقيقتين", "TM"),
    ("دقيقتان", "TM"),
    ("عقدين", "10Y"),
    ("قرنين", "100Y"),
):
    _UNITS[normalize(_f)] = (_designator, 2)
#: singular unit words that may stand alone after لمدة (one unit)
_SINGULAR_UNITS = _n("يوم", "أسبوع", "شهر", "سنة", "عام", "ساعة", "عقد", "قرن")
_RELATIVE_TO = _n("من", "على")
_RANGE_TO = _n("إلى", "الى", "حتى", "وحتى")
_AND_HALF = _n("ونصف", "نصف")
#: what half of a unit adds to the ISO duration
_HALVES = {"TH": "30M", "Y": "6M", "D": "T12H", "M": "15D"}
_HOUR = _n("الساعة")
_HOURS = {
    normalize(w): h
    for w, h in (
        ("الواحدة", 1),
        ("الثانية", 2),
        ("الثالثة", 3),
        ("الرابعة", 4),
        ("الخامسة", 5),
        ("السادسة", 6),
        ("السابعة", 7),
        ("الثامنة", 8),
        ("التاسعة", 9),
        ("العاشرة", 10),
        ("الحادية", 11),
    )
}
_TEEN = _n("عشرة", "عشر")
_MINUTES_WORDS = {
    normalize("والنصف"): 30,
    normalize("النصف"): 30,
    normalize("والربع"): 15,
    normalize("الربع"): 15,
}
_AM = _n("صباحا", "صباح", "فجرا", "الصباح", "الفجر")
_PM = _n("مساء", "مساءا", "المساء", "عصرا", "العصر")
_NIGHT = _n("ليلا", "الليل")
_NOON = _n("ظهرا", "الظهر")
_TWO = normalize("الاثنين")
_AHAD = normalize("الأحد")
_NOT_WEEKDAY_BEFORE = _n("بين", "كلا", "هذين", "لهذين")
_NOT_WEEKDAY_AFTER = _n("معا", "من", "عشر", "عشرة")


@dataclass(frozen=True, slots=True)
class _Month:
    words: tuple[str, ...]
    month: int
    hijri: bool
    needs_context: bool


@dataclass(slots=True)
class _Hit:
    """A match over token indices ``[i, j)`` of a sentence; ``start`` overrides the raw start."""

    i: int
    j: int
    value: str | None
    start: int | None = None
    time_of_day: bool = False


def _months() -> dict[str, list[_Month]]:
    out: dict[str, list[_Month]] = {}
    for name, month, cal, ctx in packaged(MONTHS_LEXICON, 4, 4):
        words = tuple(normalize(name).split())
        out.setdefault(words[0], []).append(_Month(words, int(month), cal == "h", ctx == "1"))
    for entries in out.values():
        entries.sort(key=lambda m: -len(m.words))
    return out


def _weekdays() -> dict[str, int]:
    return {normalize(name): int(day) for name, day in packaged(WEEKDAYS_LEXICON, 2, 2)}


def _day(d: date) -> str:
    return d.isoformat()


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    y2, m0 = divmod(m - 1 + k, 12)
    return y + y2, m0 + 1


def _year_token(core: str, lo: int = 1000, hi: int = 2100) -> int | None:
    if not 3 <= len(core) <= 4 or not core.isdigit():
        return None
    y = int(core)
    return y if lo <= y <= hi else None


class _Sentence:
    """The matchers over one sentence's token views."""

    def __init__(
        self, stage: Times, toks: Sequence[TokenView], ref: date | None, anchor: date | None = None
    ) -> None:
        self.stage = stage
        self.toks = toks
        self.cores = [t.core for t in toks]
        self.ref = ref
        #: the last day named so far in the document, for ``اليوم التالي`` ("the next day")
        self.anchor = anchor
        self.future = self._future_clauses()
        #: the year of the last Gregorian date with an explicit year, for a later day and month
        self.last_year: int | None = None

    # --- helpers -------------------------------------------------------------------------------
    def _future_clauses(self) -> list[bool]:
        cores = self.cores
        clause = 0
        ids: list[int] = []
        flags = [False]
        for k, (c, t) in enumerate(zip(cores, self.toks, strict=True)):
            if c in _CLAUSE_BREAKS:
                clause += 1
                flags.append(False)
            ids.append(clause)
            if (
                t.future
                or c in _FUTURE_WORDS
                or (c in _FUTURE_AFTER_MIN and k and cores[k - 1] in _MIN_FORMS)
            ):
                flags[clause] = True
        return [flags[i] for i in ids]

    def core(self, k: int) -> str:
        return self.cores[k] if 0 <= k < len(self.cores) else ""

    def adjacent(self, a: int, b: int) -> bool:
        """Tokens ``a`` and ``b`` touch (no space between)."""
        return self.toks[a].end == self.toks[b].tstart

    def _direction(self, i: int, j: int) -> int:
        """-1 for past (on or before), +1 for future (on or after) at the expression ``[i, j)``."""
        if self.core(j) in _NEXT:
            return 1
        return 1 if self.future[i] else -1

    # --- matchers ------------------------------------------------------------------------------
    def scan(self) -> list[_Hit]:
        hits: list[_Hit] = []
        cores = self.cores
        triggers = self.stage.triggers
        i = 0
        n = len(cores)
        while i < n:
            c = cores[i]
            hit = self.match(i) if c[:1].isdigit() or c in triggers else None
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            if hit.value and len(hit.value) == 10 and not hit.time_of_day:
                self.anchor = date.fromisoformat(hit.value)
            i = hit.j
        return hits

    def match(self, i: int) -> _Hit | None:
        c = self.cores[i]
        if c[:1].isdigit():
            return (
                self.numeric_date(i)
                or self.clock(i)
                or self.day_month(i)
                or self.hijri_year(i)
                or self.duration(i)
            )
        if c in _HOUR:
            return self.clock(i)
        if c in self.stage.weekdays or c == _DAY:
            return self.weekday(i)
        if c in _DAY_PARTS:
            return self.day_part(i)
        if c in self.stage.months:
            return self.month(i, None, i)
        if c in _ORDINAL_DAYS or c in _ORDINAL_TENS:
            hit = self.ordinal_day(i)
            if hit is not None:
                return hit
        if c in _RELATIVE_DAYS or c in _AWWAL or c == _BAAD:
            return self.relative_day(i)
        if c in _YEAR_WORDS:
            hit = self.year_word(i)
            if hit is not None:
                return hit
        if c in _YEAR_PREP:
            hit = self.year_after_prep(i)
            if hit is not None:
                return hit
        if c in _PERIODS or c in _THIS:
            hit = self.period(i)
            if hit is not None:
                return hit
        if c == _QABL:
            return self.ago(i)
        if c in _FOR or c in _UNITS or c in self.stage.numbers:
            return self.duration(i)
        return None

    def numeric_date(self, i: int) -> _Hit | None:
        """``2025-09-03``, ``3/9/2025``, ``3-9-2025``, ``3.9.2025`` (day/month/year)."""
        c = self.cores[i]
        parts: list[str]
        if c.count(".") == 2:
            parts = c.split(".")
            j = i + 1
        else:
            if (
                i + 4 >= len(self.cores)
                or self.core(i + 1) not in ("/", "-")
                or self.core(i + 3) != self.core(i + 1)
            ):
                return None
            if not all(self.adjacent(k, k + 1) for k in range(i, i + 4)):
                return None
            parts = [c, self.cores[i + 2], self.cores[i + 4]]
            j = i + 5
        if not all(p.isdigit() for p in parts):
            return None
        a, b, y = (int(p) for p in parts)
        if len(parts[0]) == 4:  # year-month-day
            a, y = y, a
        elif len(parts[2]) != 4:
            return None
        try:
            d = date(y, b, a)
        except ValueError:
            return None
        return _Hit(i, j, _day(d))

    def clock(self, i: int) -> _Hit | None:
        """``الساعة العاشرة صباحا``, ``الساعة 10:30``, ``10:30``."""
        j = i
        if self.cores[i] in _HOUR:
            j += 1
        c = self.core(j)
        minute = 0
        if c in _HOURS:
            hour = _HOURS[c]
            j += 1
            if hour in (2, 11) and self.core(j) in _TEEN:  # الحادية عشرة, الثانية عشرة
                hour = 11 if hour == 11 else 12
                j += 1
            if self.core(j) in _MINUTES_WORDS:
                minute = _MINUTES_WORDS[self.core(j)]
                j += 1
        elif c.isdigit() and int(c) < 24:
            hour = int(c)
            j += 1
            if self.core(j) == ":" and self.core(j + 1).isdigit() and len(self.core(j + 1)) == 2:
                if not (self.adjacent(j - 1, j) and self.adjacent(j, j + 1)) or int(self.core(j + 1)) > 59:
                    return None
                minute = int(self.core(j + 1))
                j += 2
            elif j - 1 == i:  # bare digits without الساعة: only HH:MM
                return None
        else:
            return None
        part = self.core(j)
        if part in _AM:
            hour = 0 if hour == 12 else hour
            j += 1
        elif part in _PM or (part == _BAAD and self.core(j + 1) in _NOON):
            hour += 12 if hour < 12 else 0
            j += 2 if part == _BAAD else 1
        elif part in _NIGHT:
            hour += 12 if 6 <= hour < 12 else 0
            j += 1
        elif part in _NOON:
            hour += 12 if hour < 6 else 0
            j += 1
        return _Hit(i, j, f"T{hour:02d}:{minute:02d}", time_of_day=True)

    def day_part(self, i: int) -> _Hit | None:
        """``صباح اليوم``, ``مساء أمس``, ``مساء يوم الأربعاء``."""
        k = i + 1
        if self.core(k) in self.stage.weekdays or self.core(k) == _DAY:
            hit = self.weekday(k)
        elif self.core(k) in _RELATIVE_DAYS or self.core(k) in _AWWAL:
            hit = self.relative_day(k)
        else:
            return None
        if hit is None:
            return None
        hit.i = i
        hit.start = None
        return hit

    def relative_day(self, i: int) -> _Hit | None:
        """``أمس``, ``أمس الأول``, ``أول أمس``, ``أول من أمس``, ``اليوم``, ``غدا``, ``بعد غد``."""
        c = self.cores[i]
        offset: int
        j = i + 1
        if c in _AWWAL:
            k = i + 1 + (self.core(i + 1) == _MIN)
            if self.core(k) != normalize("أمس"):
                return None
            offset, j = -2, k + 1
        elif c == _BAAD:
            if self.core(i + 1) not in _GHAD:
                return None
            offset, j = 2, i + 2
        else:
            offset = _RELATIVE_DAYS[c]
            if offset == -1 and self.core(j) in _AWWAL:
                offset, j = -2, j + 1
            elif c in _GHAD and self.core(i - 1) != _DAY:
                return None  # غد / الغد alone is "the future"; يوم غد is tomorrow
            elif offset == 0 and (self.core(i - 1) in _ANAPHORIC_BEFORE or self.core(j) in _ANAPHORIC_AFTER):
                return self.anaphoric_day(i, j)  # ذلك اليوم, اليوم التالي: "that day", "the next day"
        if self.core(j) in self.stage.weekdays:  # أمس الخميس: the weekday names the same day
            j += 1
        value = _day(self.ref + timedelta(offset)) if self.ref else None
        return _Hit(i, j, value)

    def anaphoric_day(self, i: int, j: int) -> _Hit | None:
        """``اليوم التالي``, ``اليوم نفسه``, ``في نفس اليوم``: counted from the day last named, if any."""
        if self.anchor is None:
            return None
        shift = _ANAPHORIC_AFTER.get(self.core(j))
        if shift is not None:
            return _Hit(i, j + 1, _day(self.anchor + timedelta(shift)))
        if self.core(i - 1) in _SAME_DAY_BEFORE:
            return _Hit(i - 1, j, _day(self.anchor))
        return None  # هذا اليوم, تلك اليوم

    def weekday(self, i: int) -> _Hit | None:
        """``الأربعاء``, ``يوم الأربعاء``, ``الأربعاء الماضي``, ``الأربعاء 3 سبتمبر 2025``."""
        k = i + 1 if self.cores[i] == _DAY else i
        c = self.core(k)
        wd = self.stage.weekdays.get(c)
        if wd is None:
            if k != i and c[:1].isdigit():  # يوم 30 أبريل
                hit = self.numeric_date(k) or self.day_month(k)
                if hit is not None:
                    hit.i = i
                return hit
            if k != i and c in _RELATIVE_DAYS:  # يوم أمس, يوم الغد
                hit = self.relative_day(k)
                if hit is not None:
                    hit.i = i
                return hit
            return None
        if (
            c == _TWO
            and k == i
            and (self.core(i - 1) in _NOT_WEEKDAY_BEFORE or self.core(i + 1) in _NOT_WEEKDAY_AFTER)
        ):
            return None
        if c == _AHAD and self.core(k + 1) in _TEEN:  # الأحد عشر "the eleven"
            return None
        j = k + 1
        after = self.core(j)
        if after == "،" or after == ",":
            full = self.day_month(j + 1)
            if full is not None and full.value and len(full.value) == 10:
                return _Hit(i, full.j, full.value)
        elif after[:1].isdigit():
            full = self.numeric_date(j) or self.day_month(j)
            if full is not None:
                return _Hit(i, full.j, full.value)
        if self.ref is None:
            return _Hit(i, j + (after in _PAST or after in _NEXT), None)
        back = (self.ref.isoweekday() - wd) % 7
        if after in _PAST:
            return _Hit(i, j + 1, _day(self.ref - timedelta(back or 7)))
        if self._direction(i, j) > 0:
            ahead = (wd - self.ref.isoweekday()) % 7 or 7
            return _Hit(i, j + (after in _NEXT), _day(self.ref + timedelta(ahead)))
        return _Hit(i, j, _day(self.ref - timedelta(back)))

    def _month_at(self, i: int) -> _Month | None:
        for m in self.stage.months.get(self.core(i), ()):
            if all(self.core(i + k) == w for k, w in enumerate(m.words)):
                if m.words == (normalize("آب"),) and not self.toks[i].raw.startswith("آب"):
                    continue
                return m
        return None

    def ordinal_day(self, i: int) -> _Hit | None:
        """``الحادي عشر من سبتمبر``, ``السادس من الشهر القادم``, ``الخامس والعشرين من مايو``."""
        c = self.cores[i]
        j = i + 1
        if c in _ORDINAL_TENS:
            day = _ORDINAL_TENS[c]
        else:
            day = _ORDINAL_DAYS[c]
            if self.core(j) in _TEEN:
                day, j = day + 10, j + 1
            elif self.core(j) in _ORDINAL_TENS:
                day, j = day + _ORDINAL_TENS[self.core(j)], j + 1
        if day > 31 or self.core(j) != _MIN:
            return None
        return self.day_month_after(j + 1, day, i)

    def day_month(self, i: int) -> _Hit | None:
        """A day number before a month: ``3 سبتمبر 2025``, ``15 رمضان 1446 هـ``."""
        c = self.cores[i]
        if not c.isdigit() or not 1 <= int(c) <= 31 or len(c) > 2:
            return None
        return self.day_month_after(i + 1 + (self.core(i + 1) == _MIN), int(c), i)

    def day_month_after(self, k: int, day: int, start: int) -> _Hit | None:
        """The month part at ``k`` of a date whose day (at ``start``) is ``day``."""
        if self.core(k) in _THIS and self.core(k + 1) == _THE_MONTH:  # 12 من هذا الشهر
            shift, end = 0, k + 2
        elif self.core(k) == _THE_MONTH and self.core(k + 1) in _SHIFTS:  # 23 من الشهر الجاري
            shift, end = _SHIFTS[self.core(k + 1)], k + 2
        else:
            shift, end = None, k
        if shift is not None:
            if self.ref is None:
                return _Hit(start, end, None)
            y, m = _shift_month(self.ref.year, self.ref.month, shift)
            if day > calendar.monthrange(y, m)[1]:
                return None
            return _Hit(start, end, _day(date(y, m, day)))
        if self.core(k) not in self.stage.months:
            return None
        return self.month(k, day, start)

    def month(self, i: int, day: int | None, start: int) -> _Hit | None:
        """A month name, with what follows it (a year, ``الماضي``, ``من العام الماضي``)."""
        m = self._month_at(i)
        if m is None:
            return None
        j = i + len(m.words)
        if self.core(j) in ("/", "("):  # أغسطس / آب, كانون الثاني ( يناير ): a second series
            other = self._month_at(j + 1)
            if other is not None and other.month == m.month and other.hijri == m.hijri:
                closing = self.core(j) == "(" and self.core(j + 1 + len(other.words)) == ")"
                if self.core(j) == "/" or closing:
                    j += 1 + len(other.words) + closing
        year: int | None = None
        rel = 0  # -1 past, +1 next: relative to the article month; 0 none
        year_shift: int | None = None  # من العام الماضي (-1), الجاري (0), المقبل (+1)
        after = self.core(j)
        lo, hi = (100, 1600) if m.hijri else (1000, 2100)
        if after == _MIN and self.core(j + 1) in _YEAR_WORDS:
            k = j + 2
            y = _year_token(self.core(k), lo, hi)
            if y is not None:
                year, j = y, k + 1
            elif self.core(k) in _PAST or self.core(k) in _NEXT or self.core(k) in _CURRENT:
                year_shift = -1 if self.core(k) in _PAST else 1 if self.core(k) in _NEXT else 0
                j = k + 1
        elif after == _MIN and self.core(j + 1) in _THIS and self.core(j + 2) in _YEAR_WORDS:
            year_shift, j = 0, j + 3
        elif after in _YEAR_WORDS and _year_token(self.core(j + 1), lo, hi):
            year, j = _year_token(self.core(j + 1), lo, hi), j + 2
        elif _year_token(after, lo, hi) is not None:
            year, j = _year_token(after, lo, hi), j + 1
        elif after in _CURRENT:
            year_shift, j = 0, j + 1
        elif after in _PAST:
            rel, j = -1, j + 1
        elif after in _NEXT:
            rel, j = 1, j + 1
        bare = day is None and year is None and year_shift is None and not rel
        if m.needs_context and bare and self.core(start - 1) not in _MONTH_CONTEXT:
            return None
        if year is None and year_shift is None and not rel and not m.hijri:
            # 1 اغسطس 1914 ... في 3 اغسطس; بين أبريل ومايو 1916
            year = self.last_year if self.last_year is not None else self._range_year(j)
        if year is not None and not m.hijri:
            self.last_year = year
        if self.core(j) in (_ERA_AH if m.hijri else _ERA_AD):
            j += 1
        if self.core(start - 1) in _MONTH_WORD:
            start -= 1
        return _Hit(start, j, self._month_value(m, day, year, rel, year_shift, start))

    def _month_value(
        self, m: _Month, day: int | None, year: int | None, rel: int, year_shift: int | None, i: int
    ) -> str | None:
        if m.hijri:
            return self._hijri_value(m.month, day, year, i)
        ref = self.ref
        if year is None:
            if ref is None:
                return None
            if year_shift is not None:
                year = ref.year + year_shift
            else:
                here = (m.month, day or 0)
                now = (ref.month, ref.day if day else 0)
                if rel < 0:
                    year = ref.year if here < now else ref.year - 1
                elif rel > 0 or self.future[i]:
                    year = ref.year if (here > now if rel > 0 else here >= now) else ref.year + 1
                else:
                    year = ref.year if here <= now else ref.year - 1
        if day is None:
            return _month(year, m.month)
        if day > calendar.monthrange(year, m.month)[1]:
            return None
        return _day(date(year, m.month, day))

    def _range_year(self, j: int) -> int | None:
        """The year of a month at ``j`` that closes a range (``بين أبريل ومايو 1916``)."""
        if self.core(j) in _RANGE_TO:
            j += 1
        elif not (j < len(self.toks) and self.toks[j].conj):
            return None
        other = self._month_at(j)
        if other is None:
            return None
        j += len(other.words)
        second = self._month_at(j + 1) if self.core(j) == "/" else None
        if second is not None:
            j += 1 + len(second.words)
        return _year_token(self.core(j))

    def _hijri_value(self, month: int, day: int | None, year: int | None, i: int) -> str | None:
        if year is None:
            if self.ref is None:
                return None
            hy = gregorian_to_hijri(self.ref)[0]
            begins = hijri_to_gregorian(hy, month, day or 1)
            if self.future[i] and begins < self.ref:
                hy += 1
            elif not self.future[i] and begins > self.ref:
                hy -= 1
            year = hy
        g = hijri_to_gregorian(year, month, day or 1)
        return _day(g) if day else _month(g.year, g.month)

    def hijri_year(self, i: int) -> _Hit | None:
        """``1446 هـ`` → the Gregorian year in which the Hijri year begins; ``818 م`` → ``0818``."""
        y = _year_token(self.cores[i], 100, 1600)
        if y is None:
            return None
        if self.core(i + 1) in _ERA_AD:  # 818 ميلادي
            return _Hit(i, i + 2, f"{y:04d}")
        if self.core(i + 1) not in _ERA_AH:
            return None
        start = i - 1 if self.core(i - 1) in _YEAR_WORDS else i
        return _Hit(start, i + 2, f"{hijri_to_gregorian(y, 1, 1).year:04d}")

    def year_word(self, i: int) -> _Hit | None:
        """``عام 2023``, ``العام 2023``, ``سنة 1446 هـ``."""
        c = self.core(i + 1)
        if c[:1].isdigit() and self.core(i + 2) in _ERA_AH:
            return self.hijri_year(i + 1)
        y = _year_token(c)
        if y is None:
            return None
        j = i + 2 + (self.core(i + 2) in _ERA_AD)
        return _Hit(i, j, f"{y:04d}")

    def year_after_prep(self, i: int) -> _Hit | None:
        """``في 2023``, ``منذ 2014``: the year alone is the span."""
        c = self.core(i + 1)
        if c[:1].isdigit() and self.core(i + 2) in _ERA_AH:
            return self.hijri_year(i + 1)
        y = _year_token(c, 1900, 2100)
        if y is None or self.core(i + 2) in self.stage.months or self.numeric_date(i + 1) is not None:
            return None
        j = i + 2 + (self.core(i + 2) in _ERA_AD)
        return _Hit(i + 1, j, f"{y:04d}")

    def period(self, i: int) -> _Hit | None:
        """``الأسبوع الماضي``, ``الشهر المقبل``, ``العام الجاري``, ``هذا العام``."""
        if self.cores[i] in _THIS:
            kind = _PERIODS.get(self.core(i + 1))
            shift, j = 0, i + 2
        else:
            kind = _PERIODS.get(self.cores[i])
            after = self.core(i + 1)
            if after in _PAST:
                shift = -1
            elif after in _NEXT:
                shift = 1
            elif after in _CURRENT:
                shift = 0
            else:
                return None
            if kind == "Y" and self.core(i - 1) in _TITLES:
                return None
            j = i + 2
        if kind is None:
            return None
        return _Hit(i, j, self._period_value(kind, shift))

    def _period_value(self, kind: str, shift: int) -> str | None:
        ref = self.ref
        if ref is None:
            return None
        if kind == "W":
            y, w, _ = (ref + timedelta(weeks=shift)).isocalendar()
            return f"{y:04d}-W{w:02d}"
        if kind == "M":
            return _month(*_shift_month(ref.year, ref.month, shift))
        return f"{ref.year + shift:04d}"

    def _amount(self, i: int) -> tuple[int, str, int] | None:
        """A number and a duration unit at ``i``: ``(count, designator, end)``; duals count 2."""
        unit = _UNITS.get(self.core(i))
        if unit is not None and unit[1]:
            return unit[1], unit[0], i + 1
        num = parse_number(self.cores, i)
        if num is None or num.vague or num.ordinal or num.value != int(num.value) or num.value <= 0:
            return None
        unit = _UNITS.get(self.core(num.end))
        if unit is None or unit[1]:
            return None
        return int(num.value), unit[0], num.end + 1

    def duration(self, i: int) -> _Hit | None:
        """``لمدة ثلاث سنوات``, ``14 عامًا``, ``أسبوعين``, ``ساعتين``."""
        start = None
        k = i
        if self.cores[i] in _FOR:
            start = self.toks[i].start
            k = i + 1
            if self.core(k) in _SINGULAR_UNITS:
                designator = _UNITS[self.core(k)][0]
                value, j = _duration(1, designator), k + 1
                if self.core(j) in _AND_HALF and designator in _HALVES:
                    value, j = value + _HALVES[designator], j + 1
                return _Hit(i, j, value, start=start)
        amount = self._amount(k)
        if amount is None:
            return None
        count, designator, j = amount
        value = _duration(count, designator)
        if self.core(j) in _AND_HALF and designator in _HALVES:  # ساعة ونصف, عام ونصف
            value, j = value + _HALVES[designator], j + 1
        return _Hit(i, j, value, start=start)

    def ago(self, i: int) -> _Hit | None:
        """``قبل ثلاثة أيام`` → the day (month, year) that many units before the article date; one unit
        named alone (``قبل أسبوع``، ``قبل عام``), not a year's or a month's name after it (``قبل عام
        2020``، ``قبل شهر رمضان``)."""
        amount = self._amount(i + 1)
        if (
            amount is None
            and self.core(i + 1) in _SINGULAR_UNITS
            and parse_number(self.cores, i + 2) is None
            and self._month_at(i + 2) is None
        ):
            amount = 1, _UNITS[self.core(i + 1)][0], i + 2
        if amount is None:
            return self.year_after_prep(i)
        count, designator, j = amount
        if self.core(j) in _RELATIVE_TO:  # قبل يومين من التصويت: before an event, a duration
            return _Hit(i + 1, j, _duration(count, designator))
        ref = self.ref
        if ref is None:
            return _Hit(i, j, None)
        if designator == "D":
            value = _day(ref - timedelta(days=count))
        elif designator == "W":
            value = _day(ref - timedelta(weeks=count))
        elif designator == "M":
            value = _month(*_shift_month(ref.year, ref.month, -count))
        elif designator in ("TH", "TM"):
            value = _day(ref)
        else:
            years = count * (int(designator[:-1]) if designator[:-1] else 1)
            value = f"{ref.year - years:04d}"
        return _Hit(i, j, value)


def _duration(count: int, designator: str) -> str:
    if designator.startswith("T"):
        return f"PT{count}{designator[1:]}"
    if designator[:-1]:
        return f"P{count * int(designator[:-1])}{designator[-1]}"
    return f"P{count}{designator}"


@register("times")
class Times:
    """Stage ``times``: fills ``doc.times`` (and ``doc.date`` from a dateline when it is None)."""

    name: ClassVar[str] = "times"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    adds: ClassVar[tuple[str, ...]] = ("times",)

    def __init__(self, config: Config) -> None:
        self.config = config
        self.months = _months()
        self.weekdays = _weekdays()
        self.numbers = number_words()
        self.views = TokenViews(
            {
                *self.months,
                *self.weekdays,
                *_RELATIVE_DAYS,
                *_ANAPHORIC_AFTER,  # whole: نفسه is not نفس + a pronoun here
                *_UNITS,
                *_FOR,
                *_DAY_PARTS,
                *_PERIODS,
                *_AM,
                *_PM,
                *_NIGHT,
                *_NOON,
                *self.numbers,
            }
        )
        #: the cores at which :meth:`_Sentence.match` can find something, besides those of digits
        self.triggers = frozenset(
            {
                *_HOUR,
                *self.weekdays,
                _DAY,
                *_DAY_PARTS,
                *self.months,
                *_ORDINAL_DAYS,
                *_ORDINAL_TENS,
                *_RELATIVE_DAYS,
                *_AWWAL,
                _BAAD,
                *_YEAR_WORDS,
                *_YEAR_PREP,
                *_PERIODS,
                *_THIS,
                _QABL,
                *_FOR,
                *_UNITS,
                *self.numbers,
            }
        )

    def __call__(self, doc: Document) -> Document:
        views = self.views(doc)
        if doc.date is None:
            doc.date = self._dateline(doc, views)
        ref = date.fromisoformat(doc.date) if doc.date else None
        times: list[Time] = []
        anchor: date | None = None
        for toks in views:
            sentence = _Sentence(self, toks, ref, anchor)
            hits = sentence.scan()
            anchor = sentence.anchor
            days = [h for h in hits if h.value and len(h.value) == 10 and not h.time_of_day]
            for h in hits:
                start = h.start if h.start is not None else toks[h.i].start
                end = toks[h.j - 1].end
                if doc.in_boilerplate(start, end):
                    continue
                value = h.value
                if h.time_of_day and days and value:
                    nearest = min(days, key=lambda d, h=h: abs(d.i - h.i))  # type: ignore[misc]
                    value = f"{nearest.value}{value}"
                times.append(Time(start, end, doc.text[start:end], value))
        doc.times = times
        return doc

    def _dateline(self, doc: Document, views: list[list[TokenView]]) -> str | None:
        """The first full date on the first line of the text, if any."""
        newline = doc.text.find("\n")
        first_line_end = len(doc.text) if newline < 0 else newline
        for toks in views:
            if not toks or toks[0].start >= first_line_end:
                break
            for h in _Sentence(self, toks, None).scan():
                if toks[h.i].start < first_line_end and h.value and len(h.value) == 10 and not h.time_of_day:
                    return h.value
        return None


__all__ = ["Times"]
