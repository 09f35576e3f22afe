"""The name lexicons and gazetteers the NER features look up, as one multi-word index.

Each packaged lexicon (loaded through :func:`khabar.lexicon.packaged`) contributes a class to the
entries it lists; a lexicon that is not (yet) packaged contributes nothing.
"""

from __future__ import annotations

from functools import cache

from khabar.lexicon import packaged
from khabar.text.normalize import normalize

#: lexicon file → the feature class of its entries (``None``: the class is the row's second column)
SOURCES: dict[str, str | None] = {
    "places.tsv": None,
    "demonyms.tsv": "DEMONYM",
    "person_titles.tsv": "TITLE",
    "person_given_names.tsv": "GIVEN",
    "person_surnames.tsv": "SURNAME",
    "org_keywords.tsv": "ORGKW",
    "org_names.tsv": "ORGNAME",
    "facility_keywords.tsv": "FACKW",
}


@cache
def lexicon_entries() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Normalised word tuples → their classes, over all packaged lexicons (built once per process)."""
    out: dict[tuple[str, ...], set[str]] = {}
    for name, cls in SOURCES.items():
        for row in packaged(name):
            key = tuple(normalize(row[0]).split())
            label = cls if cls is not None else (row[1].upper() if len(row) > 1 else "PLACE")
            if key:
                out.setdefault(key, set()).add(label)
    return {k: tuple(sorted(v)) for k, v in out.items()}
