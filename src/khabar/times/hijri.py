"""The arithmetic (tabular) Islamic calendar, civil epoch, without dependencies.

Leap years are years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each 30-year cycle; odd months
have 30 days, even months 29, and Dhu al-Hijja 30 in a leap year. Day 1 Muharram 1 AH is Friday
16 July 622 (Julian). Dates come out as Python :class:`datetime.date` (proleptic Gregorian). The
tabular calendar can differ by a day or two from the sighted or Umm al-Qura calendar.
"""

from __future__ import annotations

from datetime import date

#: the proleptic Gregorian ordinal (``date.toordinal``) of 1 Muharram 1 AH
EPOCH = 227015


def _ordinal(year: int, month: int, day: int) -> int:
    return EPOCH - 1 + (year - 1) * 354 + (3 + 11 * year) // 30 + 29 * (month - 1) + month // 2 + day


def hijri_to_gregorian(year: int, month: int, day: int = 1) -> date:
    """The Gregorian date of a Hijri date."""
    if not 1 <= month <= 12 or not 1 <= day <= 30 or year < 1:
        raise ValueError(f"invalid Hijri date {year}-{month}-{day}")
    return date.fromordinal(_ordinal(year, month, day))


def gregorian_to_hijri(d: date) -> tuple[int, int, int]:
    """The Hijri ``(year, month, day)`` of a Gregorian date."""
    rd = d.toordinal()
    year = (30 * (rd - EPOCH) + 10646) // 10631
    month = min(12, -(-(rd - 29 - _ordinal(year, 1, 1)) * 2 // 59) + 1)
    return year, month, rd - _ordinal(year, month, 1) + 1
