"""Throughput of the whole default pipeline on one core.

    python bench/bench_pipeline.py [--repeat N]                 # the example article, N times
    python bench/bench_pipeline.py --conll PATH [--limit N]     # news text: a CoNLL file's documents

The first form repeats one article, so after the first run every per-word cache is warm: it measures
the pipeline's steady state on familiar vocabulary. The second rebuilds the news items of a CoNLL
file (tokens joined with spaces, split at datelines and into article-sized pieces) and runs each
once, so the caches fill as they would on a real corpus. Both print words/s (tokens) and peak memory.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from common import peak_mb, pin_one_core
from khabar.config import Config
from khabar.extract import extract_text, get_pipeline
from khabar.ner import conll

ROOT = Path(__file__).resolve().parents[1]
#: ANERcorp's news items run together where a dateline is missing; pieces of this many sentences
#: (about 600 words) stand for articles
ARTICLE_SENTENCES = 20


def conll_documents(path: Path, limit: int | None, size: int = ARTICLE_SENTENCES) -> list[str]:
    """News items of a CoNLL file, cut into article-sized pieces of ``size`` sentences."""
    tokens = [toks for toks, _ in conll.read(path, tagged=False)]
    docs = [
        " ".join(" ".join(tokens[i]) for i in doc[k : k + size])
        for doc in conll.documents(tokens)
        for k in range(0, len(doc), size)
    ]
    return docs[:limit] if limit else docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=200, help="runs of the example article")
    ap.add_argument("--file", type=Path, default=ROOT / "examples" / "seed.txt")
    ap.add_argument("--conll", type=Path, help="run over the documents of this CoNLL file instead")
    ap.add_argument("--limit", type=int, help="at most this many CoNLL documents")
    args = ap.parse_args()
    pin_one_core()
    texts = conll_documents(args.conll, args.limit) if args.conll else [args.file.read_text("utf-8")]
    config = Config.default()
    t0 = time.perf_counter()
    get_pipeline(config)
    extract_text("نص قصير.", config=config)  # loads lexicons, the knowledge base and the model
    load_s = time.perf_counter() - t0
    runs = texts if args.conll else texts * args.repeat
    words = 0
    t0 = time.perf_counter()
    for i, text in enumerate(runs):
        doc = extract_text(text, config=config, id=str(i), date="2025-09-03")
        words += len(doc.tokens)
    elapsed = time.perf_counter() - t0
    print(f"pipeline: {', '.join(config.pipeline)}")
    print(f"documents: {len(runs)}  tokens: {words}  seconds: {elapsed:.2f}")
    print(f"throughput: {words / elapsed:,.0f} words/s on one core")
    print(f"loading (lexicons, knowledge base, model): {load_s:.2f} s;  peak memory: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
