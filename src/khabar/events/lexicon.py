"""The Arabic trigger lexicon (``data/lexicons/event_triggers.tsv``) and its conjugation generator.

A verb row names the perfect 3ms (``أرسل``), optionally with its imperfect 3ms (``أشاد|يشيد``);
:func:`conjugate` generates the forms news text uses: perfect 3ms/3fs/3mp/dual/1st, imperfect with
the prefixes ``ي ت ن أ``, plural and dual endings, the short (jussive) form of weak-final verbs and,
for the derived forms, the circumstantial participle (``منتقدا``: "criticising", its subject the clause's).
Proclitics (و ف س ب ل) and pronoun suffixes are left to :func:`~khabar.text.tokenize.segment`, so
forms are stored bare and normalised. A noun row is one written form (verbal nouns, plurals).

The ontology (types, modes and their English phrases) is ``data/plover/ontology.json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from khabar.lexicon import LexiconError, load
from khabar.text.normalize import normalize

TRIGGERS_LEXICON = "event_triggers.tsv"
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
#: the object head ``obj=`` names for people named by their nationality, any (رحل X ألف كولومبي)
NATIONALS = "@nationals"
_FLAGS = frozenset(
    {
        "to",
        "claim",
        "swap",
        "passive",
        "verbal",
        "given",
        "pair",
        "double",
        "warn",
        "refusal",
        "describe",
        "future",
    }
)


@dataclass(frozen=True, slots=True)
class Frame:
    """Conditions a trigger row puts on its context (see the lexicon header)."""

    objects: tuple[tuple[str, ...], ...] = ()  # normalised object heads, each a word sequence
    to: bool = False
    claim: bool = False
    swap: bool = False
    passive: bool = False
    verbal: bool = False  # a war of words: a person's "attack" on a person or an organisation
    given: bool = False  # forces handed to another: not the source's own (قواتها) unless sent to help
    pair: bool = False  # a symmetric noun coded only with its participants: بين X وY, or مع Y
    double: bool = False  # two objects (حمّل X المسؤولية): a lone actor after the verb is the first object
    warn: bool = False  # a warning: a threat, an accusation or nothing, by what it warns of (حذر من)
    refusal: bool = False  # holds only when negated, the negation making it a refusal (لن نقبل)
    describe: bool = False  # a stance only by what its object is called: blame or praise (وصف X بأنه)
    future: bool = False  # holds only in the future, what the actor says it will do (سترد، ستتخذ إجراءات)


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a trigger form."""

    lemma: str
    type: str
    mode: str | None
    pos: str  # "verb" or "noun"
    frame: Frame
    first_person: bool = False  # the form is 1st person (أرسل "I send", نرسل, أرسلنا)
    participle: bool = False  # the circumstantial participle (منتقدا): its subject is the clause's
    after_comma: bool = False  # a participle read so only right after a comma (، متهمة إياها)


def parse_frame(text: str, origin: str) -> Frame:
    if text in ("", "-"):
        return Frame()
    objects: list[tuple[str, ...]] = []
    flags: set[str] = set()
    for part in text.split():
        if part.startswith("obj="):
            for obj in part[4:].split(","):
                objects.append(tuple(normalize(w) for w in obj.replace("_", " ").split()))
        elif part in _FLAGS:
            flags.add(part)
        else:
            raise LexiconError(f"{origin}: unknown frame element {part!r}")
    return Frame(
        tuple(objects),
        "to" in flags,
        "claim" in flags,
        "swap" in flags,
        "passive" in flags,
        "verbal" in flags,
        "given" in flags,
        "pair" in flags,
        "double" in flags,
        "warn" in flags,
        "refusal" in flags,
        "describe" in flags,
        "future" in flags,
    )


def _imperfect(perfect_raw: str) -> str:
    """The regular imperfect 3ms of a perfect 3ms (raw letters, hamza kept)."""
    p = perfect_raw
    # forms VII, VIII, X (اعتقل -> يعتقل) and IV (أرسل -> يرسل) drop their alef; I, II, III, V, VI keep all
    stem = p[1:] if p[0] == "ا" or (p[0] == "أ" and len(p) == 4) else p
    if stem.endswith("ا"):  # دعا -> يدعو
        stem = stem[:-1] + "و"
    elif stem.endswith("ى"):  # نفى -> ينفي, التقى -> يلتقي
        stem = stem[:-1] + "ي"
    return "ي" + stem


#: what a conjugated form is: 3rd person, 1st person, the circumstantial participle, or its feminine or
#: plural (read so only right after a comma: elsewhere mostly an adjective, متحدة، مستقلين)
THIRD, FIRST, PARTICIPLE, CIRCUMSTANTIAL = "3", "1", "participle", "circumstantial"


#: the shortest imperfect stem whose 1st person singular is generated (أصل "origin" is no verb)
_FIRST_PERSON_STEM = 3


def conjugate(form: str) -> dict[str, str]:
    """Normalised conjugations of a verb row's ``form`` → ``THIRD``, ``FIRST`` or ``PARTICIPLE``."""
    perfect_raw, _, imperfect_raw = form.partition("|")
    perfect = normalize(perfect_raw)
    out: dict[str, str] = {}

    def add(f: str, first: bool = False, kind: str = THIRD) -> None:
        if f not in out:  # a 3rd-person reading wins over a 1st-person one
            out[f] = FIRST if first else kind

    # perfect
    add(perfect)
    # weak final: دعا/نفى; a final hamza on its seat (تبرأ، هنأ، عبأ) normalises to ا but is a sound
    # root (تبرأت، هنأوا)
    if perfect[-1] in "اي" and not perfect_raw.endswith("أ"):
        root = perfect[:-1]
        glide = "و" if perfect_raw.endswith("ا") else "ي"
        add(root + "ت")
        add(root + "وا")
        add(root + "ا")  # before a pronoun suffix ى is written ا (نفاه، ألغاها)
        add(root + "تا")  # the feminine dual (ودعتا إيران إلى التفاوض)
        add(root + glide + "ا")
        add(root + glide + "ت", True)
        add(root + glide + "نا", True)
    else:
        for ending in ("ت", "وا", "ا", "تا"):
            add(perfect + ending)
        add(perfect + "نا", True)
        add(perfect + "تم")
    # imperfect
    if imperfect_raw == "-":
        return out
    imperfect = normalize(imperfect_raw or _imperfect(perfect_raw))
    stem = imperfect[1:]
    # the circumstantial active participle (منتقدا، مطالبا، مشيدا، ملتقيا) of the derived forms, and its
    # feminine and plural (، متهمة إياها); form I (رافضا) is left out: unvocalised, its perfect cannot be
    # told from form II (هدد)
    if len(perfect) >= 4:
        add("م" + stem + "ا", kind=PARTICIPLE)
        add("م" + stem + normalize("ة"), kind=CIRCUMSTANTIAL)
        add("م" + stem + "ين", kind=CIRCUMSTANTIAL)
    weak = stem[-1] in "وي" and len(stem) >= 3 and not imperfect_raw
    for prefix, first in (("ي", False), ("ت", False), ("ن", True), ("ا", True)):
        if prefix == "ا" and len(stem) < _FIRST_PERSON_STEM:
            continue  # أصل of وصل|يصل is mostly the noun "origin": no 1st singular of a two-letter stem
        add(prefix + stem, first)
        if weak:
            root = stem[:-1]
            add(prefix + root, first)  # jussive: لم ينف، لم يدع
            if not first:
                add(prefix + root + "ون")
                add(prefix + root + "وا")
                add(prefix + stem + "ان")
        elif not first:
            for ending in ("ون", "وا", "ان", "ا"):
                add(prefix + stem + ending)
    return out


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    """Normalised form → its readings, in lexicon order."""

    forms: dict[str, tuple[Entry, ...]]

    def get(self, form: str) -> tuple[Entry, ...]:
        return self.forms.get(form, ())


def _participle_forms(form: str, listed: frozenset[str]) -> dict[str, str]:
    """A listed participle (داعيا) and, unless listed as rows of their own, its feminine and plural
    (، داعية الولايات المتحدة، ، نافين): read as participles only right after a comma, as the generated
    ones are (داعية is a preacher elsewhere)."""
    masculine = normalize(form)
    out = {masculine: PARTICIPLE}
    if masculine.endswith("ا"):
        for ending in (normalize("ة"), "ين"):
            other = masculine[:-1] + ending
            if other not in listed:
                out[other] = CIRCUMSTANTIAL
    return out


def build(rows: Iterable[tuple[str, ...]], origin: str = TRIGGERS_LEXICON) -> TriggerLexicon:
    forms: dict[str, list[Entry]] = {}
    types = set(PLOVER_TYPES)
    modes = ontology_modes()
    rows = tuple(rows)
    listed = frozenset(normalize(row[0]) for row in rows if len(row) > 4 and row[4] == PARTICIPLE)
    for row in rows:
        form, lemma, etype, mode, pos, frame_text = row
        where = f"{origin}: {form}"
        if etype not in types:
            raise LexiconError(f"{where}: unknown PLOVER type {etype!r}")
        mode_value = None if mode == "-" else mode
        if mode_value is not None and mode_value not in modes[etype]:
            raise LexiconError(f"{where}: mode {mode_value!r} is not a mode of {etype}")
        frame = parse_frame(frame_text, where)
        if pos == "verb":
            generated = conjugate(form)
        elif pos == "noun":
            generated = {normalize(form): THIRD}
        elif pos == PARTICIPLE:  # a form I participle, not generated (داعيا، رافضا)
            generated = _participle_forms(form, listed)
        else:
            raise LexiconError(f"{where}: pos must be verb, noun or participle, not {pos!r}")
        for f, kind in generated.items():
            reading = "verb" if pos == PARTICIPLE else pos
            circumstantial = kind == CIRCUMSTANTIAL
            entry = Entry(
                lemma,
                etype,
                mode_value,
                reading,
                frame,
                kind == FIRST,
                kind == PARTICIPLE or circumstantial,
                circumstantial,
            )
            forms.setdefault(f, []).append(entry)
    return TriggerLexicon({f: tuple(es) for f, es in forms.items()})


@cache
def ontology() -> dict[str, Any]:
    """The PLOVER ontology shipped in ``data/plover/ontology.json``."""
    text = resources.files("khabar").joinpath("data", "plover", "ontology.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def symmetric_types() -> frozenset[str]:
    """The types whose participants are one set, not a source and a target (AGREE, CONSULT, COOPERATE)."""
    return frozenset(t for t, spec in ontology()["types"].items() if spec["symmetric"])


def ontology_modes() -> dict[str, frozenset[str]]:
    return {t: frozenset(spec["modes"]) for t, spec in ontology()["types"].items()}


def load_triggers(extra: Iterable[str | Path] = ()) -> TriggerLexicon:
    """The packaged trigger lexicon followed by user lexicons of the same format."""
    return build(load(TRIGGERS_LEXICON, extra, min_cols=6, max_cols=6))


STANCE_WORDS = "stance_words.tsv"


@cache
def stance_words() -> dict[str, str]:
    """Normalised words of blame or praise (without the article) → ``blame`` or ``praise``: what makes a
    verb of describing a stance (``stance_words.tsv``)."""
    out: dict[str, str] = {}
    for word, polarity in load(STANCE_WORDS, min_cols=2, max_cols=2):
        if polarity not in ("blame", "praise"):
            raise LexiconError(f"{STANCE_WORDS}: {word}: polarity must be blame or praise, not {polarity!r}")
        key = normalize(word)
        out[key[2:] if key.startswith("ال") and len(key) > 4 else key] = polarity
    return out
