"""The events suites' sums the README reports: the wire suites held out whole, their held-out and dev halves.

    python bench/events_suites.py [--jobs N] [--files]

Scores every wire suite (``bench/data/events_wire_*.jsonl``) and the two construction files with the default
pipeline, as ``khabar eval events`` does file by file, and prints the sums: the suites held out whole (no dev
half), also in the nested groups of the stops that added them (the six of stops 18–21, then with stop 22's,
23's, 24's and 25's); the held-out halves of the suites split in two; their dev halves with the construction
files. With ``--files``, one line per file too.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from multiprocessing import Pool
from pathlib import Path

from khabar.config import Config
from khabar.events.evaluate import EventScores, evaluate, load_gold

DATA = Path(__file__).resolve().parent / "data"
#: the suites held out whole, by the stop that added them (the README's nested groups)
WHOLE_BY_STOP = {
    "18–21": ("agencies", "broadcasters", "international", "online", "regional", "reuters_afp"),
    "22": ("translated",),
    "23": ("statements",),
    "24": ("economy",),
    "25": ("domestic",),
}


def score(path: Path) -> tuple[str, EventScores]:
    return path.name, evaluate(load_gold(path), Config.default())


def summed(scores: Iterable[EventScores]) -> str:
    """One line for ``scores`` summed: matched of gold, P, R, F1, the lenient F1 and the predictions."""
    items = list(scores)
    total = sum(items[1:], items[0])
    matched, gold = sum(total.matched.values()), sum(total.gold.values())
    predicted = sum(total.predicted.values())
    p, r, f1 = EventScores._prf(matched, predicted, gold)
    lenient = EventScores._prf(total.overlapping, predicted, gold)[2]
    return (
        f"{matched:,} of {gold:,} (P {p:.3f}, R {r:.3f}, F1 {f1:.3f}, lenient {lenient:.3f};"
        f" {predicted:,} predicted)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=1, help="processes to score the files with")
    ap.add_argument("--files", action="store_true", help="one line per file too")
    args = ap.parse_args()
    paths = sorted(DATA.glob("events_wire_*.jsonl")) + sorted(DATA.glob("events_constructions_*.jsonl"))
    with Pool(args.jobs) as pool:
        scores = dict(pool.map(score, paths, chunksize=1))
    names = set(scores)
    held = [n for n in names if n.endswith("_heldout.jsonl")]
    halves = sorted(n for n in held if n.replace("_heldout", "_dev") in names)
    whole = sorted(n for n in held if n not in halves)
    devs = sorted(n for n in names if n.endswith("_dev.jsonl") or n.startswith("events_constructions_"))
    if args.files:
        for name in sorted(names):
            print(f"{name}: {summed([scores[name]])}")
    group: list[str] = []
    for stops, suites in WHOLE_BY_STOP.items():
        group += [f"events_wire_{s}_heldout.jsonl" for s in suites]
        total = summed(scores[n] for n in group)
        print(f"held out whole, the suites of stops to {stops} ({len(group)}): {total}")
    if rest := [n for n in whole if n not in group]:
        total = summed(scores[n] for n in whole)
        print(f"held out whole, all ({len(whole)}; {len(rest)} in no group): {total}")
    print(f"held-out halves ({len(halves)}): {summed(scores[n] for n in halves)}")
    print(f"dev halves and construction files ({len(devs)}): {summed(scores[n] for n in devs)}")


if __name__ == "__main__":
    main()
