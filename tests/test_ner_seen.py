from __future__ import annotations

import json
from pathlib import Path

from khabar.ner import seen
from khabar.ner.features import Featurizer, LexiconMatcher

_TRAIN = [
    (["زار", "الرئيس", "بوتين", "الصين"], ["O", "O", "B-PERS", "B-LOC"]),
    (["وقالت", "حركة", "حماس", "إن", "حماس", "لن"], ["O", "B-ORG", "I-ORG", "O", "B-ORG", "O"]),
    (["فاز", "الأهلي", "على", "الزمالك"], ["O", "B-ORG", "O", "B-ORG"]),
    (["النادي", "الأهلي", "في", "القاهرة"], ["O", "O", "O", "B-LOC"]),
    # "الأمل": once a name, three times a common word
    (["حزب", "الأمل", "."], ["B-ORG", "I-ORG", "O"]),
    (["الأمل", "كبير", "و", "الأمل", "و", "بالأمل"], ["B-ORG", "O", "O", "O", "O", "O"]),
]


def test_build_types_and_ambiguity() -> None:
    entries = seen.build(_TRAIN)
    assert entries[("بوتين",)] == ("PERS",)
    assert entries[("حركه", "حماس")] == ("ORG",)  # normalised: ة → ه
    assert entries[("حماس",)] == ("ORG",)
    assert entries[("الاهلي",)] == ("ORG", "MIX")  # 1 of its 2 occurrences is the entity
    assert entries[("الامل",)] == ("ORG", "AMB")  # 1 of 4 (بالأمل counts: the proclitic is off)
    assert entries[("حزب", "الامل")] == ("ORG",)
    assert ("الرييس",) not in entries
    assert seen.build([*_TRAIN, _TRAIN[0]], min_count=2).keys() == {("بوتين",), ("الصين",)}


def test_jackknife_leaves_each_fold_out() -> None:
    docs = [[_TRAIN[0]], [_TRAIN[1]], [_TRAIN[2]]]
    folds = seen.jackknife(docs, 2)  # fold 0: documents 0 and 2; fold 1: document 1
    assert ("بوتين",) not in folds[0] and ("الزمالك",) not in folds[0] and ("حماس",) in folds[0]
    assert ("بوتين",) in folds[1] and ("حماس",) not in folds[1]


def test_matcher_keeps_the_article() -> None:
    m = seen.matcher_of({("سوريه",): ("LOC",), ("الامم", "المتحده"): ("ORG",)})
    assert m.tags(["السورية", "وسورية"]) == [[], ["B-LOC"]]
    assert m.tags(["للأمم", "المتحدة"]) == [["B-ORG"], ["I-ORG"]]
    # the gazetteer matcher drops the article of a first word, the seen-entity matcher does not
    assert LexiconMatcher({("سوريه",): ("LOC",)}).tags(["السورية"]) == [["B-LOC"]]


def test_seen_features_on_a_sentence() -> None:
    fz = Featurizer({}, seen=seen.matcher_of(seen.build(_TRAIN)))
    feats = fz.sentence(["قال", "بوتين", "إن", "حركة", "حماس"])
    assert "0:sn=B-PERS" in feats[1]
    assert "-1:sn=B-PERS" in feats[2] and "1:sn=B-PERS" in feats[0]  # the match seen from its neighbours
    assert {"0:sn=B-ORG", "1:sn=I-ORG"} <= set(feats[3]) and "0:sn=I-ORG" in feats[4]
    assert not any(":sn=" in f for f in feats[0] if not f.startswith("1:"))
    assert not any(":lx=" in f for fs in feats for f in fs)  # no gazetteer matcher given
    assert Featurizer({}).span_features(["بوتين"]) == []


def test_save_and_load(tmp_path: Path) -> None:
    entries = seen.build(_TRAIN)
    path = tmp_path / "m.seen.tsv"
    seen.save(entries, path)
    assert seen.load(path) == entries


def test_packaged_model_ships_its_dictionary() -> None:
    from khabar.ner.model import default_model_path, meta_path, seen_path

    path = default_model_path()
    assert json.loads(meta_path(path).read_text(encoding="utf-8"))["seen"] is True
    entries = seen.load(seen_path(path))
    assert 1_000 < len(entries) < 20_000
    assert seen_path(path).stat().st_size < 500_000
    classes = {c for cs in entries.values() for c in cs}
    assert classes <= {"PERS", "LOC", "ORG", "MISC", "MIX", "AMB"}
    assert "LOC" in entries[("القاهره",)]
