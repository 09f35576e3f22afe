"""Entity-level evaluation with conlleval chunking (the same numbers as seqeval's default mode)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

Chunk = tuple[str, int, int]


def chunks(tags: Sequence[str]) -> set[Chunk]:
    """Entity chunks ``(type, start, end)`` as conlleval reads them (:func:`chunk_list`, as a set)."""
    return set(chunk_list(tags))


#: the tags :func:`chunk_list` was last asked about (a copy) and their chunks: the NER repair rules ask
#: about 70 times for the chunks of one sentence, mostly after a rule that left its tags as they were,
#: and a list compares with the last one faster than a tuple of it is made and hashed for :func:`_chunks`
_last: tuple[list[str], tuple[Chunk, ...]] = ([], ())


def chunk_list(tags: Sequence[str]) -> list[Chunk]:
    """Entity chunks ``(type, start, end)`` as conlleval reads them, in order.

    A chunk starts at ``B-T``, or at ``I-T`` after anything but a ``T`` chunk (an ``I-`` without
    ``B-`` opens a chunk), and ends before ``O``, ``B-``, or a tag of another type. Cached by the
    tags: the NER repair rules ask again for the chunks of a sentence most of them leave unchanged.
    """
    global _last
    last_tags, found = _last  # (one tuple, read and replaced whole: safe across threads)
    if tags != last_tags:
        found = _chunks(tuple(tags))
        _last = (list(tags), found)
    return list(found)


@lru_cache(maxsize=1 << 12)
def _chunks(tags: tuple[str, ...]) -> tuple[Chunk, ...]:
    out: list[Chunk] = []
    start = -1
    cur = ""
    for i, tag in enumerate(tags):
        if tag == "O":  # the common case, first
            if cur:
                out.append((cur, start, i))
                cur = ""
            continue
        prefix, typ = (tag[0], tag[2:]) if len(tag) > 2 else ("O", "")
        if cur and (prefix in ("O", "B") or typ != cur):
            out.append((cur, start, i))
            cur = ""
        if prefix in ("B", "I") and not cur:
            cur, start = typ, i
    if cur:
        out.append((cur, start, len(tags)))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Report:
    overall: Score
    per_type: dict[str, Score]

    def table(self) -> str:
        rows = [f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}"]
        for name, s in [*sorted(self.per_type.items()), ("overall", self.overall)]:
            rows.append(
                f"{name:<8}{100 * s.precision:8.2f}{100 * s.recall:8.2f}{100 * s.f1:8.2f}{s.support:8d}"
            )
        return "\n".join(rows)


def _score(tp: int, n_pred: int, n_gold: int) -> Score:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f, n_gold)


def evaluate(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Report:
    """Micro P/R/F1 over exact-match entity chunks, overall and per type, summed over sentences."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError(f"gold has {len(g)} tags but prediction has {len(p)}")
        gc, pc = chunks(g), chunks(p)
        n_gold.update(c[0] for c in gc)
        n_pred.update(c[0] for c in pc)
        tp.update(c[0] for c in gc & pc)
    types = sorted(set(n_gold) | set(n_pred))
    per_type = {t: _score(tp[t], n_pred[t], n_gold[t]) for t in types}
    overall = _score(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return Report(overall, per_type)
