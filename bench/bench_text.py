"""Throughput of the text stages (``sentences`` then ``tokens``) on one core.

    python bench/bench_text.py [--repeat N] [--file PATH]

Runs both stages over the example article N times, each time on a fresh Document (by default
enough times for about 200,000 tokens), and prints words (tokens) per second and characters per
second. The segmentation cache is warmed by one run first, as it is in a long-running process.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from common import pin_one_core
from khabar.config import Config
from khabar.document import Document
from khabar.pipeline import Pipeline, registered

ROOT = Path(__file__).resolve().parents[1]
TARGET_WORDS = 200_000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=None, help="runs (default: about 200,000 words)")
    ap.add_argument("--file", type=Path, default=ROOT / "examples" / "seed.txt")
    args = ap.parse_args()
    pin_one_core()
    text = args.file.read_text(encoding="utf-8")
    config = Config.default()
    stages = registered()
    pipeline = Pipeline([stages["sentences"](config), stages["tokens"](config)])
    first = pipeline(Document(text))
    repeat = args.repeat or max(1, round(TARGET_WORDS / max(1, len(first.tokens))))
    tokens = words = chars = 0
    t0 = time.perf_counter()
    for i in range(repeat):
        doc = pipeline(Document(text, id=str(i)))
        tokens += len(doc.tokens)
        words += sum(len(t.words) for t in doc.tokens)
        chars += len(text)
    elapsed = time.perf_counter() - t0
    print(f"stages: {', '.join(pipeline.names)}  documents: {repeat}  seconds: {elapsed:.2f}")
    print(f"tokens: {tokens}  clitic words: {words}  characters: {chars}")
    print(f"throughput: {tokens / elapsed:,.0f} words/s, {chars / elapsed:,.0f} chars/s on one core")


if __name__ == "__main__":
    main()
