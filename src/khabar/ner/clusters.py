"""Word clusters learned from unlabelled text: PPMI of neighbour counts, truncated SVD, k-means.

The result maps a normalised word to one cluster id per granularity; it is stored next to
the model as a TSV file (``word<TAB>id<TAB>id...``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from khabar.text.normalize import normalize

Clusters = dict[str, tuple[str, ...]]


def _kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iters: int = 20) -> np.ndarray:
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    sq = (x * x).sum(1)
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        dist = sq[:, None] - 2 * x @ centres.T + (centres * centres).sum(1)[None, :]
        labels = dist.argmin(1)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                centres[c] = members.mean(0)
            else:  # re-seed an empty cluster at a random point
                centres[c] = x[rng.integers(len(x))]
    return labels


def learn(
    sentences: Iterable[Sequence[str]],
    *,
    seed: int = 0,
    sizes: Sequence[int] = (32, 128, 512),
    min_count: int = 2,
    max_vocab: int = 20_000,
    n_context: int = 1_000,
    dim: int = 64,
) -> Clusters:
    """Cluster the words seen at least ``min_count`` times, at each granularity in ``sizes``."""
    sents = [[normalize(t) for t in s] for s in sentences]
    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, c in counts.most_common(max_vocab) if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    ctx_index = {w: i for i, w in enumerate(vocab[:n_context])}
    rows: list[int] = []
    cols: list[int] = []
    for s in sents:
        padded = ["<s>", *s, "</s>"]
        for i in range(1, len(padded) - 1):
            r = index.get(padded[i])
            if r is None:
                continue
            for side, nb in ((0, padded[i - 1]), (1, padded[i + 1])):
                c = ctx_index.get(nb)
                if c is not None:
                    rows.append(r)
                    cols.append(side * n_context + c)
    m = np.zeros((len(vocab), 2 * n_context), dtype=np.float64)
    np.add.at(m, (np.asarray(rows), np.asarray(cols)), 1.0)
    total = m.sum()
    row_p = m.sum(1, keepdims=True) / total
    col_p = m.sum(0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((m / total) / (row_p * col_p))
    ppmi = np.nan_to_num(np.maximum(pmi, 0.0), nan=0.0, posinf=0.0, neginf=0.0)
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(ppmi @ rng.standard_normal((ppmi.shape[1], dim + 16)))
    u_small, s, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    emb = (q @ u_small[:, :dim]) * np.sqrt(s[:dim])
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    labels = [_kmeans(emb, k, rng) for k in sizes if k < len(vocab)]
    return {w: tuple(str(int(lab[i])) for lab in labels) for i, w in enumerate(vocab)}


def save(clusters: Clusters, path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# word clusters for the khabar NER model: word<TAB>cluster id per granularity\n")
        for w, ids in clusters.items():
            fh.write(w + "\t" + "\t".join(ids) + "\n")


def load(path: str | Path) -> Clusters:
    out: Clusters = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            out[parts[0]] = tuple(parts[1:])
    return out
