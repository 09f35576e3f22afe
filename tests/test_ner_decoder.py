from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from khabar.ner import conll, decoder
from khabar.ner.decoder import read_model, viterbi
from khabar.ner.model import NerTagger, default_model_path, load_featurizer, pass1_path

_ANERCORP = [
    base / "shared" / "data" / "anercorp" / "train.txt"
    for base in (Path(__file__).resolve().parents[1].parent, Path("/work"))
]

# --- a tiny hand-made model ------------------------------------------------------------------

_TOY = [
    (["the", "cat", "sat"], ["O", "B-X", "O"]),
    (["a", "big", "cat", "ran"], ["O", "B-Y", "B-X", "O"]),
    (["dogs", "bark"], ["B-Y", "I-Y"]),
    (["the", "dog", "saw", "a", "cat"], ["O", "B-Y", "O", "O", "B-X"]),
    (["cat"], ["B-X"]),
]


def _toy_features(words: Sequence[str]) -> list[list[str]]:
    return [
        ["bias", f"w={w}", f"suf={w[-1]}", f"prev={words[i - 1] if i else 'BOS'}"]
        for i, w in enumerate(words)
    ]


@pytest.fixture(scope="module")
def toy_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crf") / "toy.crfsuite"
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in _TOY:
        trainer.append(_toy_features(words), tags)
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50, "feature.possible_transitions": True})
    trainer.train(str(path))
    return path


def _emissions(model: decoder.CrfModel, feats: Sequence[Sequence[str]]) -> np.ndarray:
    out = np.zeros((len(feats), len(model.labels)))
    for i, fs in enumerate(feats):
        for f in fs:
            if f in model.attributes:
                out[i] += model.state[model.attributes[f]]
    return out


def test_read_model_matches_crfsuite_dump(toy_model: Path) -> None:
    model = read_model(toy_model)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(toy_model))
    info = tagger.info()
    assert model.labels == tuple(tagger.labels())
    for (attr, label), w in info.state_features.items():  # the dump rounds to six decimals
        assert model.state[model.attributes[attr], model.labels.index(label)] == pytest.approx(w, abs=1e-6)
    for (a, b), w in info.transitions.items():
        assert model.transitions[model.labels.index(a), model.labels.index(b)] == pytest.approx(w, abs=1e-6)
    assert np.count_nonzero(model.state) == len(info.state_features)


def test_read_model_rejects_other_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"\0" * 64)
    with pytest.raises(ValueError, match="not a crfsuite"):
        read_model(bad)


def test_viterbi_matches_crfsuite_on_toy_model(toy_model: Path) -> None:
    model = read_model(toy_model)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(toy_model))
    sentences = [
        ["the", "cat", "sat"],
        ["dogs", "bark", "at", "a", "cat"],
        ["big", "big", "dog", "cat", "cat", "ran"],
        ["unseen"],
        ["a", "cat"],
    ]
    feats = [_toy_features(s) for s in sentences]
    emissions = np.concatenate([_emissions(model, f) for f in feats])
    got = viterbi(emissions, [len(s) for s in sentences], model.transitions).tolist()
    want = [model.labels.index(t) for f in feats for t in tagger.tag(f)]
    assert got == want


def test_viterbi_hand_computed() -> None:
    # two labels; staying costs nothing, switching costs 2
    trans = np.array([[0.0, -2.0], [-2.0, 0.0]])
    em = np.array([[1.0, 0.0], [0.0, 1.5], [1.0, 0.0], [0.0, 3.0], [0.0, 3.0]])
    # sentence 1: [0,1,0] scores 1+1.5+1-4 = -0.5 against 2 for staying in 0 (1+0+1) and 1.5 for 1
    # sentence 2: [1,1]
    assert viterbi(em, [3, 2], trans).tolist() == [0, 0, 0, 1, 1]


def test_viterbi_ties_take_the_lowest_label_and_empty_sentences() -> None:
    trans = np.zeros((3, 3))
    assert viterbi(np.zeros((4, 3)), [0, 3, 0, 1], trans).tolist() == [0, 0, 0, 0]
    assert viterbi(np.zeros((0, 3)), [0, 0], trans).tolist() == []
    assert viterbi(np.zeros((0, 3)), [], trans).tolist() == []


def _viterbi_one(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """One sentence, position by position: the best previous label of each label, the lowest on a tie."""
    alpha, back = emissions[0], []
    for row in emissions[1:]:
        scores = alpha[:, None] + transitions
        back.append(scores.argmax(axis=0))
        alpha = scores.max(axis=0) + row
    path = [int(alpha.argmax())]
    for best in reversed(back):
        path.append(int(best[path[-1]]))
    return path[::-1]


def test_viterbi_of_a_batch_matches_each_sentence_alone() -> None:
    rng = np.random.default_rng(7)
    for trial in range(50):
        n_labels = int(rng.integers(1, 10))
        lengths = rng.integers(0, 30, int(rng.integers(1, 20))).tolist()
        emissions = rng.normal(size=(sum(lengths), n_labels))
        transitions = rng.normal(size=(n_labels, n_labels))
        if trial % 2:  # whole numbers: many ties
            emissions, transitions = emissions.round(), transitions.round()
        starts = np.cumsum([0, *lengths])[:-1]
        want = [
            x
            for s, n in zip(starts, lengths, strict=True)
            if n
            for x in _viterbi_one(emissions[s : s + n], transitions)
        ]
        assert viterbi(emissions, lengths, transitions).tolist() == want


# --- the packaged tagger against crfsuite -----------------------------------------------------


class _Reference:
    """The packaged model tagged by crfsuite over the featurizer's feature strings."""

    def __init__(self, path: Path) -> None:
        self.fz = load_featurizer(path)
        self.pass1 = pycrfsuite.Tagger()
        self.pass1.open(str(pass1_path(path)))
        self.pass2 = pycrfsuite.Tagger()
        self.pass2.open(str(path))

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        base = [self.fz.sentence(s) if s else [] for s in sentences]
        first = [list(self.pass1.tag(f)) if f else [] for f in base]
        doc = self.fz.document(sentences, first)
        return [
            list(self.pass2.tag([a + b for a, b in zip(f, d, strict=True)])) if f else []
            for f, d in zip(base, doc, strict=True)
        ]


@pytest.fixture(scope="module")
def reference() -> _Reference:
    return _Reference(default_model_path())


_HAND_BUILT = [
    ["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو", "إن", "روسيا", "مستعدة", "."],
    [],
    ["وأضاف", "بوتين", "أن", "الأمم", "المتحدة", "ومجلس", "الأمن", "الدولي", "يجتمعان", "في", "نيويورك"],
    ["بوتين"],
    ["(", "رويترز", ")", "-", "أعلنت", "شركة", "أرامكو", "السعودية", "عن", "أرباح", "بلغت", "5", "%", "."],
    ["Reuters", "and", "BBC", "reported", "from", "London", "!"],
]


def test_tagger_matches_crfsuite_on_hand_built_sentences(reference: _Reference) -> None:
    tagger = NerTagger()
    assert tagger.tag_document(_HAND_BUILT) == reference.tag_document(_HAND_BUILT)
    for s in _HAND_BUILT:
        assert tagger.tag(s) == reference.tag_document([s])[0]
    assert tagger.tag_document([]) == []
    assert tagger.tag_document([[], []]) == [[], []]


def test_tagger_matches_crfsuite_when_the_type_cache_overflows(
    reference: _Reference, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decoder, "_CACHE_MAX", 40)
    tagger = NerTagger()
    for _ in range(2):
        for s in _HAND_BUILT:
            assert tagger.tag_document([s, s[::-1]]) == reference.tag_document([s, s[::-1]])
    assert tagger.tag_document(_HAND_BUILT) == reference.tag_document(_HAND_BUILT)  # more types than fit


def test_tagger_is_thread_safe(reference: _Reference) -> None:
    tagger = NerTagger()
    docs = [_HAND_BUILT[i:] + _HAND_BUILT[:i] for i in range(len(_HAND_BUILT))] * 4
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(tagger.tag_document, docs))
    assert got == [reference.tag_document(d) for d in docs]


def test_tagger_matches_crfsuite_on_anercorp_dev(reference: _Reference) -> None:
    path = next((p for p in _ANERCORP if p.is_file()), None)
    if path is None:
        pytest.skip(f"ANERcorp is not available (looked for {', '.join(map(str, _ANERCORP))})")
    from khabar.ner.train import dev_split

    sents = conll.read(path)
    dev = [toks for toks, _ in sents[dev_split(sents) :]]
    tagger = NerTagger()
    for doc in conll.documents(dev):
        sentences = [dev[i] for i in doc]
        assert tagger.tag_document(sentences) == reference.tag_document(sentences)
