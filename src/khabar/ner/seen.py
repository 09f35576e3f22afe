"""The seen-entity dictionary: the entity strings of the training data, with their types.

An entry is an entity's tokens in the form :class:`khabar.ner.features.LexiconMatcher` looks them up
(normalised, proclitics off), with the classes a match gets as features (``OFF:sn=CLASS``):

- each type the string was tagged with in the training data (``PERS``, ``LOC``, ``ORG``, ``MISC``);
- ``MIX`` when only between half and 90% of the string's (longest-match) occurrences in the training data
  are that entity, ``AMB`` when fewer than half are (a common word that is sometimes a name or part of one).

In training the features of each document come from a dictionary built from the *other* documents
(:func:`jackknife`), so the CRF learns how far a seen string is to be trusted on text it has not seen;
the model ships the dictionary of all the training data (``NAME.seen.tsv`` beside the model file).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from khabar.ner import conll
from khabar.ner.evaluate import chunks
from khabar.ner.features import LexiconMatcher

Entries = dict[tuple[str, ...], tuple[str, ...]]

#: share of a string's occurrences that are the entity, below which it is marked ``MIX`` / ``AMB``
MIXED = 0.9
AMBIGUOUS = 0.5


def build(sentences: Iterable[conll.Sentence], *, min_count: int = 1) -> Entries:
    """The seen-entity entries of gold-tagged ``sentences``: strings tagged ``min_count`` times or more."""
    sents = list(sentences)
    keyer = LexiconMatcher({})
    types: dict[tuple[str, ...], dict[str, int]] = {}
    for toks, tags in sents:
        keys = [keyer.keys(t)[0] for t in toks]
        for typ, start, end in chunks(tags):
            key = tuple(keys[start:end])
            per = types.setdefault(key, {})
            per[typ] = per.get(typ, 0) + 1
    types = {k: v for k, v in types.items() if sum(v.values()) >= min_count}
    # how often a longest match of the string is that entity, over all the text
    index = list(types)
    matcher = matcher_of({k: (str(i),) for i, k in enumerate(index)})
    hits = [[0, 0] for _ in index]
    for toks, tags in sents:
        gold = {(start, end) for _, start, end in chunks(tags)}
        for start, end, (i, *_) in matcher.spans(toks):
            count = hits[int(i)]
            count[0] += (start, end) in gold
            count[1] += 1
    out: Entries = {}
    for key, (entity, total) in zip(index, hits, strict=True):
        per = types[key]
        share = entity / total if total else 1.0
        flag = () if share >= MIXED else ("MIX",) if share >= AMBIGUOUS else ("AMB",)
        out[key] = tuple(sorted(per)) + flag
    return out


def matcher_of(entries: Entries) -> LexiconMatcher:
    """The matcher of the seen-entity features over ``entries`` (a first word keeps its article)."""
    return LexiconMatcher(entries, strip_article=False)


def jackknife(docs: Sequence[Sequence[conll.Sentence]], folds: int) -> list[Entries]:
    """For each fold (documents ``fold``, ``fold + folds``, ...), the entries of the other documents."""
    return [build(s for d, doc in enumerate(docs) if d % folds != fold for s in doc) for fold in range(folds)]


def save(entries: Entries, path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# entities seen in the khabar NER training data: words (space-separated)<TAB>classes\n")
        for key, classes in sorted(entries.items()):
            fh.write(" ".join(key) + "\t" + " ".join(classes) + "\n")


def load(path: str | Path) -> Entries:
    out: Entries = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            words, classes = line.rstrip("\n").split("\t")
            out[tuple(words.split(" "))] = tuple(classes.split(" "))
    return out
