"""A linear-chain CRF decoder for crfsuite models, used instead of crfsuite at tagging time.

:func:`read_model` reads the weights straight from a crfsuite model file (format ``lCRF``/``FOMC``:
a header, the feature array and two string databases for the labels and attributes), keeping them
exact (crfsuite's text dump rounds them to six decimals). :func:`viterbi` decodes all the sentences of a
document at once, vectorised over sentences and labels; it breaks ties as crfsuite does (the lowest label
index wins), so its tags are crfsuite's.

:class:`NerDecoder` runs the two passes of :class:`khabar.ner.model.NerTagger` without building feature
strings per token: for each word type it caches the summed weights of the type's own features and of its
features as a neighbour at each offset of the window, for both models at once, so a token's emission
scores are the sum of five cached rows plus the few features that are built per token (bigrams, lexicon
and seen-entity matches, and in the second pass the first pass's tags and the document features). The
features are exactly those of :meth:`Featurizer.sentence` and :meth:`Featurizer.document`.
"""

from __future__ import annotations

import struct
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

import numpy as np

from khabar.ner.features import NEIGHBOURS, WINDOW, Featurizer

_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_CQDB = struct.Struct("<4sIIIII")
_RECORD = struct.Struct("<II")
#: most word types whose summed weights are cached (each takes 5 rows of both models' labels)
_CACHE_MAX = 50_000
_CACHE_START = 1024
#: the table's slots per word type: its own features, then its features as a neighbour at each WINDOW offset
_SLOTS = 1 + len(WINDOW)
_BOS, _EOS = 0, 1  # the padding types: before and after a sentence


@dataclass(frozen=True, slots=True)
class CrfModel:
    """The weights of a linear-chain CRF.

    ``transitions[i, j]`` scores label ``j`` after label ``i``; ``state[attributes[a]]`` holds attribute
    ``a``'s weight for each label.
    """

    labels: tuple[str, ...]
    transitions: np.ndarray
    attributes: dict[str, int]
    state: np.ndarray


def _strings(data: bytes, offset: int, count: int) -> list[str]:
    """The ``count`` strings of the crfsuite string database (CQDB) at ``offset``, in id order."""
    magic, _, _, _, n_bwd, off_bwd = _CQDB.unpack_from(data, offset)
    if magic != b"CQDB" or n_bwd < count:
        raise ValueError("not a crfsuite string database")
    out = []
    for rec in struct.unpack_from(f"<{count}I", data, offset + off_bwd):
        _, size = _RECORD.unpack_from(data, offset + rec)
        start = offset + rec + _RECORD.size
        out.append(data[start : start + size - 1].decode("utf-8"))
    return out


def read_model(path: str | Path) -> CrfModel:
    """The exact weights of a crfsuite CRF model file."""
    data = Path(path).read_bytes()
    magic, _, kind, _, _, n_labels, n_attrs, off_feat, off_labels, off_attrs, _, _ = _HEADER.unpack_from(data)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"not a crfsuite CRF model: {path}")
    chunk, _, n_feat = _CHUNK.unpack_from(data, off_feat)
    if chunk != b"FEAT":
        raise ValueError(f"no feature table in crfsuite model: {path}")
    feats = np.frombuffer(data, dtype=_FEATURE, count=n_feat, offset=off_feat + _CHUNK.size)
    state_f = feats[feats["type"] == 0]
    trans_f = feats[feats["type"] == 1]
    state = np.zeros((n_attrs, n_labels))
    state[state_f["src"], state_f["dst"]] = state_f["weight"]
    transitions = np.zeros((n_labels, n_labels))
    transitions[trans_f["src"], trans_f["dst"]] = trans_f["weight"]
    attrs = _strings(data, off_attrs, n_attrs)
    return CrfModel(
        labels=tuple(_strings(data, off_labels, n_labels)),
        transitions=transitions,
        attributes={a: i for i, a in enumerate(attrs)},
        state=state,
    )


def viterbi(emissions: np.ndarray, lengths: Sequence[int], transitions: np.ndarray) -> np.ndarray:
    """The best label index per token for consecutive sentences of ``lengths`` tokens.

    ``emissions`` has one row of label scores per token (sentences one after another, ``sum(lengths)``
    rows); the result has one label index per row. Among equal scores the lowest label index wins,
    as in crfsuite.
    """
    n_labels = transitions.shape[0]
    lens = np.asarray(lengths, dtype=np.intp)
    keep = lens > 0
    order = np.argsort(-lens, kind="stable")[: int(keep.sum())]  # longest first: the active ones lead
    if not len(order):
        return np.zeros(0, dtype=np.intp)
    lens_sorted = lens[order]
    n_sent, t_max = len(order), int(lens_sorted[0])
    starts = np.concatenate(([0], np.cumsum(lens)[:-1]))[order]
    # position-major arrays (position, sentence, label), the sentences still running at a position
    # first; ``real``: the cells that are tokens, ``rows``: their rows in ``emissions``
    pos = np.arange(t_max)
    real = pos[:, None] < lens_sorted[None, :]
    rows = (pos[:, None] + starts[None, :])[real]
    padded = np.zeros((t_max, n_sent, n_labels))
    padded[real] = emissions[rows]
    active = real.sum(axis=1)  # sentences still running at each position
    back = np.zeros((t_max, n_sent, n_labels), dtype=np.intp)
    alpha = padded[0].copy()
    # scores[s, j, i]: label j after label i in sentence s; the best score is read at the argmax
    # (cheaper than a max over the short last axis), through ``flat`` where each (s, j) row starts
    scores = np.empty((n_sent, n_labels, n_labels))
    flat = scores.reshape(-1)
    row_starts = np.arange(n_sent * n_labels) * n_labels
    after = transitions.T
    for t in range(1, t_max):
        k = active[t]
        best = back[t, :k]
        np.add(alpha[:k, None, :], after, out=scores[:k])
        scores[:k].argmax(axis=2, out=best)
        at_best = flat[row_starts[: k * n_labels] + best.reshape(-1)]
        np.add(at_best.reshape(k, n_labels), padded[t, :k], out=alpha[:k])
    path = np.zeros((t_max, n_sent), dtype=np.intp)
    label = alpha.argmax(axis=1)  # a sentence's alpha stops changing after its last token
    sent = np.arange(n_sent)
    for t in range(t_max - 1, 0, -1):
        k = active[t]
        path[t, :k] = label[:k]
        label[:k] = back[t, sent[:k], label[:k]]
    path[0] = label
    out = np.zeros(len(emissions), dtype=np.intp)
    out[rows] = path[real]
    return out


class _TypeTable:
    """Word types seen so far: their summed weights (``rows``: type × slot × both models' labels),
    stems (the bigram features' parts) and document keys. Only grows; full tables are replaced whole."""

    def __init__(self, width: int, pads: np.ndarray) -> None:
        self.ids: dict[str, int] = {}
        self.rows = np.zeros((_CACHE_START, _SLOTS, width))
        self.rows[: len(pads)] = pads
        self.stems: list[str] = ["", ""]
        self.keys: list[str] = ["", ""]


class NerDecoder:
    """Tags documents with a first-pass and a second-pass crfsuite model over ``featurizer``'s features.

    Thread-safe: the word-type cache is only added to under a lock, and a call keeps the table it started
    with.
    """

    def __init__(self, featurizer: Featurizer, pass1: CrfModel, pass2: CrfModel) -> None:
        self._fz = featurizer
        self._pass1, self._pass2 = pass1, pass2
        n1, n2 = len(pass1.labels), len(pass2.labels)
        self._n1 = n1
        # the attributes of both models, with both models' weights side by side
        names = list(pass1.attributes)
        names += [a for a in pass2.attributes if a not in pass1.attributes]
        self._attrs = {a: i for i, a in enumerate(names)}
        # a neighbour's features without their offset prefix (``w=X`` of ``-1:w=X``): their rows at the
        # offsets of WINDOW (the last row, zeros, where the model has none)
        self._ctx: dict[str, list[int]] = {}
        none = [len(names)] * len(WINDOW)
        for j, (prefix, _) in enumerate(NEIGHBOURS):
            cut = len(prefix)
            for a, i in self._attrs.items():
                if a[:cut] == prefix:
                    if (base := a[cut:]) not in self._ctx:
                        self._ctx[base] = [*none]
                    self._ctx[base][j] = i
        weights = np.zeros((len(names) + 1, n1 + n2))  # the last row: zeros
        weights[: len(pass1.attributes), :n1] = pass1.state
        weights[[self._attrs[a] for a in pass2.attributes], n1:] = pass2.state
        self._weights = weights
        # second pass: the first pass's tag at the token and its neighbours (the last row: BOS or EOS)
        self._p0 = self._pass2_rows([f"p0={t}" for t in pass1.labels])
        self._p_prev = self._pass2_rows([f"p-1={t}" for t in (*pass1.labels, "BOS")])
        self._p_next = self._pass2_rows([f"p+1={t}" for t in (*pass1.labels, "EOS")])
        self._doc = {t[2:]: self._row(f"d={t[2:]}")[n1:] for t in pass1.labels if t != "O"}
        self._labels1 = pass1.labels
        self._labels2 = pass2.labels
        pads = np.zeros((2, _SLOTS, n1 + n2))
        pads[_BOS, 1 + WINDOW.index(-1)] = self._row("-1:BOS")
        pads[_EOS, 1 + WINDOW.index(1)] = self._row("1:EOS")
        self._pads = pads
        self._table = _TypeTable(n1 + n2, pads)
        self._lock = threading.Lock()

    def _row(self, attribute: str) -> np.ndarray:
        i = self._attrs.get(attribute)
        return self._weights[i] if i is not None else np.zeros(self._weights.shape[1])

    def _pass2_rows(self, attributes: Sequence[str]) -> np.ndarray:
        return np.array([self._row(a)[self._n1 :] for a in attributes])

    def _add_types(self, tokens: Sequence[str]) -> _TypeTable:
        """The current type table (a fresh one when it has no room) with every type of ``tokens`` added."""
        with self._lock:
            table = self._table
            new = [t for t in dict.fromkeys(tokens) if t not in table.ids]
            if len(table.ids) + len(new) + len(self._pads) > _CACHE_MAX:
                table = self._table = _TypeTable(self._weights.shape[1], self._pads)
                new = list(dict.fromkeys(tokens))
            n = len(table.keys)
            if n + len(new) > len(table.rows):
                size = max(2 * len(table.rows), n + len(new))
                rows = np.zeros((size, *table.rows.shape[1:]))
                rows[:n] = table.rows[:n]
                table.rows = rows  # readers holding the old array find their types in it too
            # the rows of the new types: sums of weight rows, one segment per (type, slot), each segment
            # led by the zero row so that none is empty; unknown attributes count as the zero row too
            get, zero = self._attrs.get, len(self._weights) - 1
            zeros = repeat(zero)
            ctx_get, no_ctx = self._ctx.get, repeat([zero] * len(WINDOW))
            idx: list[int] = []
            starts: list[int] = []
            for token in new:
                own, near, far, key = self._fz.type_parts(token)
                starts.append(len(idx))
                idx.append(zero)
                idx.extend(map(get, own, zeros))
                # a neighbour feature's rows by offset: one lookup for all the offsets, then by offset
                by_near = tuple(zip(*map(ctx_get, near, no_ctx), strict=True))
                by_far = tuple(zip(*map(ctx_get, far, no_ctx), strict=True))
                for j, (_, next_to) in enumerate(NEIGHBOURS):
                    starts.append(len(idx))
                    idx.append(zero)
                    idx.extend(by_near[j] if next_to else by_far[j])
                table.stems.append(own[2])
                table.keys.append(key)
            if new:
                sums = np.add.reduceat(self._weights[idx], starts)
                table.rows[n : n + len(new)] = sums.reshape(len(new), _SLOTS, -1)
                table.ids.update(zip(new, range(n, n + len(new)), strict=True))
            return table

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags for the sentences of one document (``[]`` for an empty sentence)."""
        table = self._table
        ids = table.ids
        if any(t not in ids for s in sentences for t in s):
            table = self._add_types([t for s in sentences for t in s])
            ids = table.ids
        rows, stems, keys = table.rows, table.stems, table.keys
        # the document's types, each sentence between two BOS and two EOS pads
        padded: list[int] = [_BOS, _BOS]
        real: list[int] = []
        lengths = [len(s) for s in sentences]
        extra_pos: list[int] = []
        extra_attr: list[int] = []
        attrs = self._attrs
        span_features = self._fz.span_features
        n_tok = 0
        for s in sentences:
            if not s:
                continue
            start = len(padded)
            sent_ids = [ids[t] for t in s]
            padded += sent_ids
            padded += (_EOS, _EOS, _BOS, _BOS)
            real.extend(range(start, start + len(s)))
            # per-token features: bigrams of stems and lexicon matches around the token
            st = [stems[i] for i in sent_ids]
            n = len(s)
            for i, cur in enumerate(st):
                prev = st[i - 1] if i else "st=BOS"
                nxt = st[i + 1] if i + 1 < n else "st=EOS"
                a = attrs.get(f"bg-={prev}|{cur}")
                if a is not None:
                    extra_pos.append(n_tok + i)
                    extra_attr.append(a)
                a = attrs.get(f"bg+={cur}|{nxt}")
                if a is not None:
                    extra_pos.append(n_tok + i)
                    extra_attr.append(a)
            for i, f in span_features(s):
                a = attrs.get(f)
                if a is not None:
                    extra_pos.append(n_tok + i)
                    extra_attr.append(a)
            n_tok += n
        if not n_tok:
            return [[] for _ in sentences]
        p = np.asarray(padded, dtype=np.intp)
        r = np.asarray(real, dtype=np.intp)
        scores = rows[p[r], 0]
        for j, off in enumerate(WINDOW, 1):
            scores += rows[p[r + off], j]
        if extra_pos:
            np.add.at(scores, np.asarray(extra_pos), self._weights[extra_attr])
        n1 = self._n1
        first = viterbi(scores[:, :n1], lengths, self._pass1.transitions)
        # second pass: the first pass's tags around each token, and the document features
        tags_padded = np.full(len(padded), len(self._labels1), dtype=np.intp)
        tags_padded[r] = first
        scores2 = scores[:, n1:]
        scores2 += self._p0[first] + self._p_prev[tags_padded[r - 1]] + self._p_next[tags_padded[r + 1]]
        labels1 = self._labels1
        tok_keys = [keys[i] for i in p[r].tolist()]
        first_l = first.tolist()
        seen: dict[str, dict[str, int]] = {}
        for k, t in zip(tok_keys, first_l, strict=True):
            tag = labels1[t]
            if k and tag != "O":
                per_type = seen.setdefault(k, {})
                per_type[tag[2:]] = per_type.get(tag[2:], 0) + 1
        if seen:
            doc = self._doc
            for i, (k, t) in enumerate(zip(tok_keys, first_l, strict=True)):
                others = seen.get(k) if k else None
                if others:
                    own = labels1[t][2:]
                    for typ, c in others.items():
                        if c > (typ == own):
                            scores2[i] += doc[typ]
        second = viterbi(scores2, lengths, self._pass2.transitions).tolist()
        labels2 = self._labels2
        out: list[list[str]] = []
        i = 0
        for n in lengths:
            out.append([labels2[x] for x in second[i : i + n]])
            i += n
        return out
