from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.ner import namelike
from khabar.ner.features import Featurizer

_TEXT = [
    ["قال", "الرئيس", "في", "بيان", "إن", "الحكومة", "ستعمل", "على", "تحسين", "الأوضاع"],
    ["وأضاف", "أن", "الوزير", "قال", "في", "المؤتمر", "إن", "الحكومة", "لن", "تعمل"],
    ["وقال", "الرئيس", "إن", "الأوضاع", "في", "بيان", "على", "تحسين", "ستعمل", "المؤتمر"],
] * 3


@pytest.fixture(scope="module")
def scorer() -> namelike.NameLike:
    return namelike.learn(_TEXT)


def test_grams() -> None:
    assert namelike.grams("ab") == ["^a", "ab", "b$", "^ab", "ab$"]


def test_foreign_names_look_like_names(scorer: namelike.NameLike) -> None:
    # names that are in no lexicon, against words of the text
    for name in ("فابريغاس", "نيستلروي", "شوفكوفسكي", "كوبنهاغن"):
        for word in ("الحكومه", "تحسين", "المؤتمر", "ستعمل"):
            assert scorer.score(name) > scorer.score(word), (name, word)
    assert scorer.bucket("فابريغاس") >= scorer.bucket("الحكومه")
    assert -namelike.MAX_BUCKET <= scorer.bucket("ا") <= namelike.MAX_BUCKET


def test_save_and_load(scorer: namelike.NameLike, tmp_path: Path) -> None:
    path = tmp_path / "m.namelike.tsv"
    namelike.save(scorer, path)
    loaded = namelike.load(path)
    assert loaded.prior == scorer.prior and loaded.default == scorer.default
    for w in ("فابريغاس", "الحكومه", "x"):
        assert loaded.score(w) == pytest.approx(scorer.score(w), abs=1e-3 * len(w) + 1e-3)


def test_namelike_features(scorer: namelike.NameLike) -> None:
    fz = Featurizer({}, namelike=scorer)
    feats = fz.sentence(["قال", "فابريغاس", "2006", "."])
    nm = f"nm={scorer.bucket('فابريغاس')}"
    assert nm in feats[1]
    assert f"-1:{nm}" in feats[2] and f"1:{nm}" in feats[0]
    assert not any(f.startswith("nm=") for f in feats[2] + feats[3])  # only Arabic words get one
    assert not any("nm=" in f for fs in Featurizer({}).sentence(["قال", "فابريغاس"]) for f in fs)


def test_packaged_model_ships_its_scorer() -> None:
    from khabar.ner.model import default_model_path, meta_path, namelike_path

    path = default_model_path()
    assert json.loads(meta_path(path).read_text(encoding="utf-8"))["namelike"] is True
    scorer = namelike.load(namelike_path(path))
    assert namelike_path(path).stat().st_size < 500_000
    assert scorer.bucket("فابريغاس") > 0 > scorer.bucket("الحكومه")
