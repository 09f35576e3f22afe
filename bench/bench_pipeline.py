"""Throughput of the whole default pipeline on one core.

    python bench/bench_pipeline.py [--repeat N] [--file PATH]

Runs ``khabar.extract.extract_text`` over the example article N times (each run a fresh Document,
so nothing is cached between documents except what the stages load once) and prints words/s.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

from khabar.config import Config
from khabar.extract import extract_text, get_pipeline

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--file", type=Path, default=ROOT / "examples" / "seed.txt")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    text = args.file.read_text(encoding="utf-8")
    config = Config.default()
    t0 = time.perf_counter()
    get_pipeline(config)
    extract_text(text, config=config)  # first call: loads lexicons and models
    load_s = time.perf_counter() - t0
    words = 0
    t0 = time.perf_counter()
    for i in range(args.repeat):
        doc = extract_text(text, config=config, id=str(i))
        words += len(doc.tokens)
    elapsed = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pipeline: {', '.join(config.pipeline)}")
    print(f"documents: {args.repeat}  tokens: {words}  seconds: {elapsed:.2f}")
    print(f"throughput: {words / elapsed:,.0f} words/s on one core")
    print(f"first document (loading included): {load_s:.2f} s;  peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
