"""Does a word look like a name? A character n-gram naive Bayes score for words the CRF has not seen.

The positive words are those of the packaged name lexicons and gazetteers (given names, surnames,
places, organisations: mostly transliterated foreign names and Arabic proper names); the negative words
are those that occur at least ``min_count`` times in the text the model learns its word clusters from
and are in no lexicon (most frequent words are not names). Each word is compared without its clitics
(the bare stem of :func:`khabar.ner.features.split`), with ``^`` and ``$`` at its ends, through its
character 2- and 3-grams. The score is the naive Bayes log-odds of "name"; the features see it in
buckets (``nm=-3`` .. ``nm=3``).

The table of per-n-gram log-odds is stored beside the model (``NAME.namelike.tsv``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from khabar.lexicon import packaged
from khabar.text.normalize import normalize

#: the lexicons whose words are the positive examples (first column)
SOURCES = ("person_given_names.tsv", "person_surnames.tsv", "places.tsv", "org_names.tsv")
#: width of a score bucket and the most extreme bucket
BUCKET = 4.0
MAX_BUCKET = 3
_SMOOTH = 0.5
_CACHE_MAX = 300_000


def grams(bare: str) -> list[str]:
    """The character 2- and 3-grams of a word, ``^`` and ``$`` marking its ends."""
    w = "^" + bare + "$"
    return [w[i : i + k] for k in (2, 3) for i in range(len(w) - k + 1)]


class NameLike:
    """Scores bare stems: ``prior`` plus the log-odds of each n-gram (``default`` for an unknown one)."""

    def __init__(self, log_odds: dict[str, float], prior: float, default: float) -> None:
        self.log_odds = log_odds
        self.prior = prior
        self.default = default
        self._buckets: dict[str, int] = {}

    def score(self, bare: str) -> float:
        """The log-odds that ``bare`` is a name (the n-grams of :func:`grams`, summed without a list)."""
        get, default = self.log_odds.get, self.default
        w = "^" + bare + "$"
        s = self.prior
        for i in range(len(w) - 1):
            s += get(w[i : i + 2], default)
        for i in range(len(w) - 2):
            s += get(w[i : i + 3], default)
        return s

    def bucket(self, bare: str) -> int:
        """The score's bucket, -MAX_BUCKET .. MAX_BUCKET (cached per word)."""
        hit = self._buckets.get(bare)
        if hit is None:
            hit = max(-MAX_BUCKET, min(MAX_BUCKET, math.floor(self.score(bare) / BUCKET)))
            if len(self._buckets) < _CACHE_MAX:
                self._buckets[bare] = hit
        return hit


def lexicon_words() -> set[str]:
    """The bare stems of the words of the packaged lexicons in :data:`SOURCES` (two letters or more)."""
    from khabar.ner.features import split  # the features module imports this one

    out: set[str] = set()
    for name in SOURCES:
        for row in packaged(name):
            for w in normalize(row[0]).split():
                if len(w) > 1:
                    out.add(split(w).bare)
    return out


def learn(sentences: Iterable[Sequence[str]], *, min_count: int = 3) -> NameLike:
    """Learn the scorer from the lexicons and raw ``sentences`` (the source of the negative words)."""
    from khabar.ner.features import split

    counts = Counter(normalize(w) for s in sentences for w in s)
    pos = lexicon_words()
    neg = {split(w).bare for w, c in counts.items() if c >= min_count} - pos
    neg.discard("")
    cp: Counter[str] = Counter()
    cn: Counter[str] = Counter()
    for w in pos:
        cp.update(grams(w))
    for w in neg:
        cn.update(grams(w))
    vocab = set(cp) | set(cn)
    zp = sum(cp.values()) + _SMOOTH * len(vocab)
    zn = sum(cn.values()) + _SMOOTH * len(vocab)
    log_odds = {g: math.log((cp[g] + _SMOOTH) / zp) - math.log((cn[g] + _SMOOTH) / zn) for g in sorted(vocab)}
    return NameLike(log_odds, math.log(len(pos) / max(len(neg), 1)), math.log(zn / zp))


def save(model: NameLike, path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# name-likeness n-gram log-odds for the khabar NER model: gram<TAB>log-odds\n")
        fh.write(f"#prior\t{model.prior!r}\n#default\t{model.default!r}\n")
        for g, v in model.log_odds.items():
            fh.write(f"{g}\t{v:.4f}\n")


def load(path: str | Path) -> NameLike:
    log_odds: dict[str, float] = {}
    special: dict[str, float] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            name, _, value = line.rstrip("\n").partition("\t")
            if line.startswith("#prior") or line.startswith("#default"):
                special[name[1:]] = float(value)
            elif not line.startswith("#"):
                log_odds[name] = float(value)
    return NameLike(log_odds, special["prior"], special["default"])
