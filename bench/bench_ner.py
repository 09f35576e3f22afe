"""NER tagging benchmark: throughput (words/s on one core, feature extraction included), model load time,
peak memory; for the tagger (:class:`khabar.ner.decoder.NerDecoder`) and, as a reference, for crfsuite's own
tagger over the featurizer's feature strings (``--no-reference`` skips it).

    .venv/bin/python bench/bench_ner.py [--conll PATH] [--model MODEL] [--words N] [--no-reference]

Text: the dev split of a CoNLL file (default: ANERcorp train at /work/shared/data/anercorp/train.txt, when
present) or else examples/seed.txt, repeated to at least ``--words`` words, tagged document by document. The
first pass over the text is reported separately (cold per-word-type caches).
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from common import peak_mb, pin_one_core

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


Tagger = Callable[[Sequence[Sequence[str]]], list[list[str]]]


def _reference(model: Path | None) -> Tagger:
    """crfsuite's tagger over the featurizer's feature strings (what NerTagger did before the decoder)."""
    import pycrfsuite

    from khabar.ner.model import default_model_path, load_featurizer, pass1_path

    path = model or default_model_path()
    fz = load_featurizer(path)
    pass1, pass2 = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    pass1.open(str(pass1_path(path)))
    pass2.open(str(path))

    def tag_document(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        base = [fz.sentence(s) if s else [] for s in sentences]
        first = [list(pass1.tag(f)) if f else [] for f in base]
        doc = fz.document(sentences, first)
        return [
            list(pass2.tag([a + b for a, b in zip(f, d, strict=True)])) if f else []
            for f, d in zip(base, doc, strict=True)
        ]

    return tag_document


def _run(name: str, make: Callable[[], Tagger], docs: list[list[list[str]]], reps: int) -> None:
    n_words = sum(len(s) for d in docs for s in d)
    t0 = time.perf_counter()
    tag = make()
    tag([["تجربة"]])
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    for d in docs:
        tag(d)
    cold_s = time.perf_counter() - t1
    t2 = time.perf_counter()
    for _ in range(reps):
        for d in docs:
            tag(d)
    warm_s = time.perf_counter() - t2
    peak = peak_mb()
    per_doc = 1000 * warm_s / (reps * len(docs))
    print(f"{name}:")
    print(f"  load (incl. first tag): {load_s:.3f} s")
    print(
        f"  first pass (cold caches): {n_words / cold_s:,.0f} words/s, {1000 * cold_s / len(docs):.2f} ms/doc"
    )
    print(f"  warm: {n_words * reps / warm_s:,.0f} words/s, {per_doc:.2f} ms/doc")
    print(f"  peak memory of the process so far (ru_maxrss): {peak:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--conll", type=Path, default=_ANERCORP if _ANERCORP.is_file() else None)
    ap.add_argument("--model", type=Path, default=None, help="default: the packaged model")
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--no-reference", action="store_true", help="skip crfsuite's tagger")
    args = ap.parse_args()
    pin_one_core()

    from khabar.ner import conll
    from khabar.ner.model import NerTagger

    sentences = _sentences(args.conll)
    docs = [[sentences[i] for i in d] for d in conll.documents(sentences)]
    n_words = sum(map(len, sentences))
    reps = max(1, -(-args.words // n_words))
    print(f"text: {len(docs)} documents, {len(sentences)} sentences, {n_words} words, x{reps}")
    _run("decoder (NerTagger)", lambda: NerTagger(args.model).tag_document, docs, reps)
    if not args.no_reference:
        _run("reference (crfsuite Tagger)", lambda: _reference(args.model), docs, reps)


if __name__ == "__main__":
    main()
