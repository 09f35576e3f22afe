"""The NER tagger: two stacked crfsuite models plus the word clusters and settings their features need.

The first pass tags each sentence from its own words; the second pass sees, besides the same
features, the first pass's tags and, for each word, the types the first pass gave its other
occurrences in the same document (names recur in a news item, their contexts do not). Both passes are
trained with crfsuite and tagged with :class:`khabar.ner.decoder.NerDecoder`.

A model is up to six files side by side: ``NAME.crfsuite`` (second pass), ``NAME.pass1.crfsuite``,
``NAME.clusters.tsv`` (the word clusters), ``NAME.json`` (feature settings) and, when the model uses
them, ``NAME.seen.tsv`` (the entities of the training data, :mod:`khabar.ner.seen`) and
``NAME.namelike.tsv`` (the name-likeness scorer, :mod:`khabar.ner.namelike`).
The packaged default lives in ``khabar/data/ner/`` and is loaded once per process by :func:`default_tagger`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from khabar.ner import clusters as clusters_mod
from khabar.ner import conll
from khabar.ner import namelike as namelike_mod
from khabar.ner import seen as seen_mod
from khabar.ner.decoder import NerDecoder, read_model
from khabar.ner.features import Featurizer, LexiconMatcher
from khabar.ner.lexicons import lexicon_entries
from khabar.text.normalize import normalize


def default_model_path() -> Path:
    return Path(str(resources.files("khabar").joinpath("data", "ner", "model.crfsuite")))


def companion(model: str | Path, suffix: str) -> Path:
    """A file that goes with the model ``NAME.crfsuite``: ``NAME`` + ``suffix`` beside it."""
    p = Path(model)
    return p.with_name(p.stem + suffix)


def clusters_path(model: str | Path) -> Path:
    return companion(model, ".clusters.tsv")


def pass1_path(model: str | Path) -> Path:
    return companion(model, ".pass1.crfsuite")


def seen_path(model: str | Path) -> Path:
    return companion(model, ".seen.tsv")


def namelike_path(model: str | Path) -> Path:
    return companion(model, ".namelike.tsv")


def meta_path(model: str | Path) -> Path:
    return companion(model, ".json")


def build_featurizer(
    clusters: clusters_mod.Clusters,
    *,
    use_lexicons: bool,
    seen: seen_mod.Entries | None = None,
    namelike: namelike_mod.NameLike | None = None,
    use_quotes: bool = False,
) -> Featurizer:
    lexicon = LexiconMatcher(lexicon_entries()) if use_lexicons else None
    return Featurizer(
        clusters,
        lexicon,
        seen_mod.matcher_of(seen) if seen is not None else None,
        namelike,
        quotes=use_quotes,
    )


def load_featurizer(model: str | Path) -> Featurizer:
    """The featurizer of a model, from the settings and side files beside its model file."""
    meta = json.loads(meta_path(model).read_text(encoding="utf-8"))
    return build_featurizer(
        clusters_mod.load(clusters_path(model)),
        use_lexicons=bool(meta["lexicons"]),
        seen=seen_mod.load(seen_path(model)) if meta.get("seen") else None,
        namelike=namelike_mod.load(namelike_path(model)) if meta.get("namelike") else None,
        use_quotes=bool(meta.get("quotes")),
    )


def write_meta(
    model: str | Path,
    *,
    use_lexicons: bool,
    use_seen: bool = False,
    use_namelike: bool = False,
    use_quotes: bool = False,
) -> None:
    meta = {
        "format": 1,
        "lexicons": use_lexicons,
        "seen": use_seen,
        "namelike": use_namelike,
        "quotes": use_quotes,
    }
    meta_path(model).write_text(json.dumps(meta) + "\n", encoding="utf-8")


class NerTagger:
    """Tags token sequences with IOB2 tags over PERS, LOC, ORG and MISC."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_model_path()
        if not self.path.is_file():
            raise FileNotFoundError(f"NER model not found: {self.path}")
        featurizer = load_featurizer(self.path)
        self._vocabulary = featurizer.clusters
        self._decoder = NerDecoder(featurizer, read_model(pass1_path(self.path)), read_model(self.path))

    def knows(self, word: str) -> bool:
        """True when ``word`` (normalised) is in the word clusters' vocabulary: a word of running text,
        not a rare name."""
        return normalize(word) in self._vocabulary

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """One tag per token (``[]`` for an empty sentence); the sentence is its own document."""
        return self.tag_document([tokens])[0]

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags for the sentences of one document."""
        return self._decoder.tag_document(sentences)

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags for a run of sentences, split into documents at news datelines (:func:`conll.documents`)."""
        out: list[list[str]] = []
        for doc in conll.documents(sentences):
            out.extend(self.tag_document([sentences[i] for i in doc]))
        return out


_DEFAULT: NerTagger | None = None
_DEFAULT_LOCK = threading.Lock()


def default_tagger() -> NerTagger:
    """The packaged model, loaded on first use and then shared by the whole process (the lock only
    while it is not loaded yet: the NER repairs ask for it sentence by sentence)."""
    global _DEFAULT
    tagger = _DEFAULT
    if tagger is not None:
        return tagger
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = NerTagger()
        return _DEFAULT
