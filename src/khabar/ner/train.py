"""Training the two-pass CRF tagger (reproducible from a seed).

``train()`` learns word clusters from the training text and any unlabelled text and fits two linear-chain
CRFs (crfsuite, L-BFGS with L1+L2). The second pass learns from first-pass tags that are
*jackknifed*: the training documents are cut into ``folds`` groups and each group is tagged by a
first-pass model trained on the others, so the second pass sees first-pass errors as they are on
unseen text. Unless a dev file is given, a fixed dev split is carved from the end of the first
training file (see :func:`dev_split`) and the model is trained on the rest.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from khabar.ner import clusters as clusters_mod
from khabar.ner import conll
from khabar.ner import namelike as namelike_mod
from khabar.ner import seen as seen_mod
from khabar.ner.evaluate import Report, evaluate
from khabar.ner.model import (
    NerTagger,
    build_featurizer,
    clusters_path,
    namelike_path,
    pass1_path,
    seen_path,
    write_meta,
)
from khabar.ner.repair import repair_sentences


def dev_split(sentences: Sequence[conll.Sentence], share: float = 0.1) -> int:
    """Index of the first dev sentence: the last document start at or before the point where the final
    ``share`` of the sentences begins (so dev is made of whole documents and is at least ``share``)."""
    cut = int(len(sentences) * (1 - share))
    for i in range(cut, 0, -1):
        if conll.is_document_start(sentences[i][0]):
            return i
    return cut


@dataclass(frozen=True, slots=True)
class TrainResult:
    model: Path
    n_train: int
    n_dev: int
    dev: Report | None


@dataclass(frozen=True, slots=True)
class Fit:
    """CRF settings: crfsuite ``params``; a sentence with an entity of a type in ``oversample`` is
    added ``1 + times`` times (the CRF is conservative on rare types: this trades precision for recall).
    """

    params: dict[str, object]
    oversample: frozenset[str]
    times: int

    def __call__(self, xs: Sequence[list[list[str]]], ys: Sequence[Sequence[str]], out: Path) -> None:
        trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
        for x, y in zip(xs, ys, strict=True):
            n = 1 + self.times if any(t[2:] in self.oversample for t in y) else 1
            for _ in range(n):
                trainer.append(x, y)
        trainer.set_params(self.params)
        trainer.train(str(out))


def _jackknife(
    docs: Sequence[list[conll.Sentence]],
    feats: Sequence[list[list[list[str]]]],
    folds: int,
    fit: Fit,
) -> list[list[list[str]]]:
    """First-pass tags for every training document, each from a model that did not see it."""
    tags: list[list[list[str]]] = [[] for _ in docs]
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(folds):
            held = set(range(fold, len(docs), folds))
            path = Path(tmp) / f"fold{fold}.crfsuite"
            xs = [x for d, f in enumerate(feats) if d not in held for x in f]
            ys = [y for d, doc in enumerate(docs) if d not in held for _, y in doc]
            fit(xs, ys, path)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            for d in held:
                tags[d] = [list(tagger.tag(x)) for x in feats[d]]
            tagger.close()
    return tags


def train(
    train_paths: Sequence[str | Path],
    extra_paths: Sequence[str | Path] = (),
    out: str | Path = "model.crfsuite",
    seed: int = 0,
    *,
    dev_path: str | Path | None = None,
    unlabelled_paths: Sequence[str | Path] = (),
    holdout: float = 0.1,
    c1: float = 0.05,
    c2: float = 0.05,
    max_iterations: int = 200,
    folds: int = 4,
    oversample: Sequence[str] = ("ORG", "MISC"),
    oversample_times: int = 2,
    use_lexicons: bool = True,
    use_seen: bool = True,
    use_namelike: bool = True,
    use_quotes: bool = True,
) -> TrainResult:
    """Train a model into ``out`` (plus its side files) and score it on the dev sentences (after the
    KB repair of :mod:`khabar.ner.repair`, as ``khabar eval ner`` scores it).

    ``seed`` drives the only randomness, the word clusters (random projection and k-means);
    L-BFGS is deterministic, so the same data, seed and settings give the same model.

    The word clusters are learned from the training sentences and those of ``unlabelled_paths``
    (CoNLL files whose tags are ignored).

    With ``use_seen``, the tokens get seen-entity features (:mod:`khabar.ner.seen`): in training, those of
    a document come from the entities of the documents outside its jackknife fold; the model ships the
    entities of all the training data. With ``use_namelike``, Arabic words get a name-likeness feature
    (:mod:`khabar.ner.namelike`) learned from the lexicons and the same text as the clusters. With
    ``use_quotes``, the words of short quoted runs are marked (:func:`khabar.ner.features.quote_spans`).
    """
    main: list[conll.Sentence] = [s for p in train_paths for s in conll.read(p)]
    if dev_path is not None:
        dev = conll.read(dev_path)
    elif holdout > 0:
        cut = dev_split(main, holdout)
        main, dev = main[:cut], main[cut:]
    else:
        dev = []
    sources = [main] + [conll.read(p) for p in extra_paths]
    data = [s for src in sources for s in src]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    unlabelled = [toks for p in unlabelled_paths for toks, _ in conll.read(p, tagged=False)]
    learned = clusters_mod.learn([toks for toks, _ in data] + unlabelled, seed=seed)
    clusters_mod.save(learned, clusters_path(out))
    namelike = None
    if use_namelike:
        namelike_mod.save(namelike_mod.learn([toks for toks, _ in data] + unlabelled), namelike_path(out))
        namelike = namelike_mod.load(namelike_path(out))  # as the tagger will see it
    else:
        namelike_path(out).unlink(missing_ok=True)
    fz = build_featurizer(learned, use_lexicons=use_lexicons, namelike=namelike, use_quotes=use_quotes)
    params: dict[str, object] = {
        "c1": c1,
        "c2": c2,
        "max_iterations": max_iterations,
        "feature.possible_transitions": True,
    }
    fit = Fit(params, frozenset(oversample), oversample_times)
    docs = [[src[i] for i in r] for src in sources for r in conll.documents([toks for toks, _ in src])]
    if use_seen:
        seen_mod.save(seen_mod.build(s for doc in docs for s in doc), seen_path(out))
        fold_fz = [
            dataclasses.replace(fz, seen=seen_mod.matcher_of(entries))
            for entries in seen_mod.jackknife(docs, folds)
        ]
        feats = [[fold_fz[d % folds].sentence(toks) for toks, _ in doc] for d, doc in enumerate(docs)]
    else:
        seen_path(out).unlink(missing_ok=True)
        feats = [[fz.sentence(toks) for toks, _ in doc] for doc in docs]
    first = _jackknife(docs, feats, folds, fit)
    fit([x for f in feats for x in f], [y for doc in docs for _, y in doc], pass1_path(out))
    xs2: list[list[list[str]]] = []
    for doc, f, tags in zip(docs, feats, first, strict=True):
        extra_feats = fz.document([toks for toks, _ in doc], tags)
        xs2.extend(
            [a + b for a, b in zip(fs, es, strict=True)] for fs, es in zip(f, extra_feats, strict=True)
        )
    fit(xs2, [y for doc in docs for _, y in doc], out)
    write_meta(
        out,
        use_lexicons=use_lexicons,
        use_seen=use_seen,
        use_namelike=use_namelike,
        use_quotes=use_quotes,
    )
    report = None
    if dev:
        sentences = [toks for toks, _ in dev]
        report = evaluate(
            [tags for _, tags in dev], repair_sentences(sentences, NerTagger(out).tag_sentences(sentences))
        )
    return TrainResult(out, len(data), len(dev), report)
