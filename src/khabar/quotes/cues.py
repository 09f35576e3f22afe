"""The speech-cue and attribution-cue lexicons (``speech_cues.tsv``, ``attribution_cues.tsv``).

Both are matched on :func:`~khabar.text.normalize.normalize`\\ d token text. A speech cue is one
word (a verb in any listed conjugation, a participle such as ``قائلا``, or a noun such as ``بيان``),
found with or without a leading ``و``/``ف`` conjunction; nouns also with the article and ``ب``/``ل``
before them. An attribution cue is a phrase of one or more words whose last word may be a preposition
written joined to the next word (``وفقا لـ`` matches ``وفقًا لتقييمات``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from khabar.lexicon import LexiconError, load, packaged
from khabar.text.normalize import normalize

SPEECH_LEXICON = "speech_cues.tsv"
ATTRIBUTION_LEXICON = "attribution_cues.tsv"
#: person-name lexicons (first column): a name that begins with ب / ل is not a preposition
NAME_LEXICONS = ("person_given_names.tsv", "person_surnames.tsv")
SPEECH_KINDS = frozenset({"verb", "participle", "noun"})
ATTRIBUTION_KINDS = frozenset({"cue", "medium", "source"})
#: what may stand before a noun cue: conjunction, preposition, article
_NOUN_PREFIXES = ("وبال", "فبال", "وال", "فال", "بال", "لل", "ال", "وب", "ول", "فب", "فل", "ب", "ل", "و", "ف")
#: the same, by first letter (in the same order)
_NOUN_PREFIXES_BY_FIRST = {
    c: tuple(p for p in _NOUN_PREFIXES if p[0] == c) for c in {p[0] for p in _NOUN_PREFIXES}
}


@dataclass(frozen=True, slots=True)
class SpeechCue:
    lemma: str
    kind: str
    #: normalised preposition that introduces content without a complementizer, or ""
    prep: str


@dataclass(frozen=True, slots=True)
class Phrase:
    """An attribution cue: its normalised words, a joined preposition (``ل``) or "", its lemma."""

    words: tuple[str, ...]
    joined: str
    lemma: str


class CueLexicon:
    """Speech and attribution cues, loaded once (packaged lexicons plus optional user files)."""

    def __init__(
        self, speech_extra: Iterable[str | Path] = (), attribution_extra: Iterable[str | Path] = ()
    ) -> None:
        self.speech: dict[str, SpeechCue] = {}
        for row in load(SPEECH_LEXICON, speech_extra, 3, 4):
            if row[2] not in SPEECH_KINDS:
                raise LexiconError(f"{SPEECH_LEXICON}: unknown cue kind {row[2]!r} for {row[0]!r}")
            prep = normalize(row[3]) if len(row) > 3 else ""
            self.speech.setdefault(normalize(row[0]), SpeechCue(row[1], row[2], prep))
        phrases: dict[str, list[Phrase]] = {}
        media: set[str] = set()
        sources: set[str] = set()
        for row in load(ATTRIBUTION_LEXICON, attribution_extra, 3, 3):
            form, lemma, kind = row
            if kind not in ATTRIBUTION_KINDS:
                raise LexiconError(f"{ATTRIBUTION_LEXICON}: unknown cue kind {kind!r} for {form!r}")
            if kind != "cue":
                (media if kind == "medium" else sources).add(bare(normalize(form)))
                continue
            words = form.split()
            joined = ""
            if words[-1].endswith("ـ"):
                joined = normalize(words.pop())
            phrase = Phrase(tuple(normalize(w) for w in words), joined, lemma)
            phrases.setdefault(phrase.words[0], []).append(phrase)
        for group in phrases.values():
            group.sort(key=lambda p: (len(p.words), bool(p.joined)), reverse=True)
        self.phrases = phrases
        #: the normalised tokens an attribution cue can start at (its first word, or that word after و / ف)
        self.phrase_starts = frozenset({*phrases, *(c + w for w in phrases if len(w) > 2 for c in "وف")})
        self.media = frozenset(media)
        self.sources = frozenset(sources | media)
        self.names = person_names()
        self._memo: dict[str, tuple[SpeechCue, int] | None] = {}

    def speech_cue(self, norm: str) -> tuple[SpeechCue, int] | None:
        """The speech cue a normalised token is, and how many leading letters are clitics."""
        try:
            return self._memo[norm]
        except KeyError:
            found = self._memo[norm] = self._speech_cue(norm)
            return found

    def _speech_cue(self, norm: str) -> tuple[SpeechCue, int] | None:
        cue = self.speech.get(norm)
        if cue is not None:
            return cue, 0
        if len(norm) > 3 and norm[0] in "وف":
            cue = self.speech.get(norm[1:])
            if cue is not None and cue.kind != "noun":
                return cue, 1
        for prefix in _NOUN_PREFIXES_BY_FIRST.get(norm[:1], ()):
            if norm.startswith(prefix) and len(norm) > len(prefix) + 2:
                cue = self.speech.get(norm[len(prefix) :])
                if cue is not None and cue.kind == "noun":
                    return cue, len(prefix)
        return None

    def phrase_at(self, norms: list[str], i: int, stop: int) -> tuple[Phrase, int] | None:
        """The longest attribution cue starting at token ``i`` (tokens before ``stop``), and the
        index of the token where the source begins (the one carrying the joined preposition)."""
        first = norms[i]
        candidates = self.phrases.get(first)
        if candidates is None and len(first) > 3 and first[0] in "وف":
            candidates = self.phrases.get(first[1:])
        if candidates is None:
            return None
        for phrase in candidates:
            n = len(phrase.words)
            if i + n > stop or any(norms[i + k] != phrase.words[k] for k in range(1, n)):
                continue
            if not phrase.joined:
                return phrase, i + n
            j = i + n
            if (
                j < stop
                and norms[j].startswith(phrase.joined)
                and (norms[j] == phrase.joined or len(norms[j]) > len(phrase.joined) + 1)
            ):
                return phrase, j
        return None


def bare(word: str) -> str:
    """A normalised word without its article (for matching media and source nouns)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def person_names() -> frozenset[str]:
    """Normalised one-word person names from the packaged name lexicons."""
    names: set[str] = set()
    for name in NAME_LEXICONS:
        names.update(normalize(row[0]) for row in packaged(name) if " " not in row[0])
    return frozenset(names)
