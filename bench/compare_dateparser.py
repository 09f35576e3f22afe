"""dateparser on the times dev set, for the README comparison with khabar's ``times`` stage.

    python bench/compare_dateparser.py [--gold PATH]

dateparser is a development tool here, not a khabar dependency (``pip install dateparser``). Each
sentence goes through ``dateparser.search.search_dates`` (languages ``ar``, ``RELATIVE_BASE`` the
reference date, ``PREFER_DATES_FROM`` past). A gold expression counts as right when a found string
overlaps it and the found datetime, cut to the gold value's precision (day ``YYYY-MM-DD``, month
``YYYY-MM``, year ``YYYY``), equals the gold value; dateparser has no durations, ISO weeks, times of
day or nulls, so those gold values count as misses. The same set is scored for khabar.
"""

from __future__ import annotations

import argparse
import re
import warnings
from datetime import datetime
from pathlib import Path

from khabar.times.evaluate import DEFAULT_GOLD, GoldSentence, evaluate, find_times, read_gold, times_pipeline

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR = re.compile(r"\d{4}")


def _cut(value: str, found: datetime) -> str | None:
    """``found`` written at the precision of the gold ``value`` (None for a kind dateparser lacks)."""
    if _DAY.fullmatch(value):
        return found.date().isoformat()
    if _MONTH.fullmatch(value):
        return f"{found.year:04d}-{found.month:02d}"
    if _YEAR.fullmatch(value):
        return f"{found.year:04d}"
    return None


def score_dateparser(gold: list[GoldSentence]) -> tuple[int, int, int, int]:
    """(right, total, right on day/month/year golds, day/month/year golds)."""
    from dateparser.search import search_dates

    right = total = right_dates = dates = 0
    for sent in gold:
        settings = {"PREFER_DATES_FROM": "past"}
        if sent.date:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(sent.date)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(sent.text, languages=["ar"], settings=settings) or []
        for g in sent.times:
            total += 1
            is_date = g.value is not None and _cut(g.value, datetime(2000, 1, 1)) is not None
            dates += is_date
            if g.value is None or not is_date:
                continue
            ok = any((s in g.text or g.text in s) and _cut(g.value, dt) == g.value for s, dt in found)
            right += ok
            right_dates += ok
    return right, total, right_dates, dates


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = ap.parse_args()
    gold = read_gold(args.gold)
    right, total, right_dates, dates = score_dateparser(gold)
    print(f"dateparser value accuracy: {right / total:.3f} ({right}/{total})")
    print(f"dateparser on day/month/year golds only: {right_dates / dates:.3f} ({right_dates}/{dates})")
    ours = evaluate(gold)
    print(f"khabar value accuracy: {ours.value_accuracy:.3f} ({ours.value_correct}/{ours.gold})")
    pipeline = times_pipeline()
    right_ours = dates_ours = 0
    for sent in gold:
        found = {(t.start, t.end): t.value for t in find_times(pipeline, sent.text, sent.date)}
        for g in sent.times:
            if g.value and _cut(g.value, datetime(2000, 1, 1)):
                dates_ours += 1
                right_ours += found.get((g.start, g.end)) == g.value
    print(f"khabar on day/month/year golds only: {right_ours / dates_ours:.3f} ({right_ours}/{dates_ours})")


if __name__ == "__main__":
    main()
