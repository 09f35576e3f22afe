"""NER tagging benchmark: throughput (words/s on one core, feature extraction included), model load time,
peak memory.

    .venv/bin/python bench/bench_ner.py [--conll PATH] [--model MODEL] [--words N]

Text: the dev split of a CoNLL file (default: ANERcorp train at /work/shared/data/anercorp/train.txt, when
present) or else examples/seed.txt, repeated to at least ``--words`` words. The first pass over the text is
reported separately (cold per-word-type feature cache).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import time
from pathlib import Path

_ANERCORP = Path("/work/shared/data/anercorp/train.txt")
_SEED = Path(__file__).resolve().parent.parent / "examples" / "seed.txt"
_WORD = re.compile(r"\w+|[^\w\s]")
_SENT_END = re.compile(r"(?<=[.!?؟])\s+|\n+")


def _sentences(conll_path: Path | None) -> list[list[str]]:
    from khabar.ner import conll
    from khabar.ner.train import dev_split

    if conll_path is not None and conll_path.is_file():
        sents = conll.read(conll_path)
        return [toks for toks, _ in sents[dev_split(sents) :]]
    text = _SEED.read_text(encoding="utf-8")
    return [_WORD.findall(s) for s in _SENT_END.split(text) if s.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--conll", type=Path, default=_ANERCORP if _ANERCORP.is_file() else None)
    ap.add_argument("--model", type=Path, default=None, help="default: the packaged model")
    ap.add_argument("--words", type=int, default=100_000)
    args = ap.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    sentences = _sentences(args.conll)
    t0 = time.perf_counter()
    from khabar.ner.model import NerTagger

    tagger = NerTagger(args.model)
    tagger.tag(["تجربة"])
    load_s = time.perf_counter() - t0

    n_words = sum(map(len, sentences))
    reps = max(1, -(-args.words // n_words))
    t1 = time.perf_counter()
    tagger.tag_sentences(sentences)
    cold_s = time.perf_counter() - t1
    t2 = time.perf_counter()
    for _ in range(reps):
        tagger.tag_sentences(sentences)
    warm_s = time.perf_counter() - t2
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"text: {len(sentences)} sentences, {n_words} words, x{reps} = {n_words * reps} words")
    print(f"model load (incl. first tag): {load_s:.3f} s")
    print(f"first pass (cold cache): {n_words / cold_s:,.0f} words/s")
    print(f"throughput: {n_words * reps / warm_s:,.0f} words/s")
    print(f"peak memory (ru_maxrss): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
