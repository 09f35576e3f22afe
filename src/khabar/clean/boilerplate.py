"""Stage ``boilerplate``: mark share / read-more / follow / copyright / subscribe lines.

Patterns come from the packaged lexicon ``boilerplate.tsv`` plus ``config.boilerplate_lexicons``
(same format: ``pattern<TAB>kind``). Matching is word by word on :func:`~khabar.text.normalize.normalize`\\ d
text, against whole lines and whole sentences of at most :data:`MAX_WORDS` words, so that a news
sentence merely containing a word such as ``شارك`` is never marked. A pattern matches the whole
unit; one ending in ``*`` may be followed by more words; one that also starts with ``*`` may occur
anywhere in the unit. The raw text is untouched: the layer is a list of :class:`TextSpan`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from khabar.config import Config
from khabar.document import Document, TextSpan
from khabar.lexicon import LexiconError, load
from khabar.pipeline import register
from khabar.text.normalize import normalize

LEXICON = "boilerplate.tsv"
#: longer lines and sentences are never boilerplate
MAX_WORDS = 20
#: a unit longer than this many characters is first counted on its head: more than ``MAX_WORDS``
#: words there rule it out without normalising the whole unit
_HEAD_CHARS = 10 * MAX_WORDS

_WORD = re.compile(r"\w+")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Pattern:
    words: tuple[str, ...]
    kind: str
    prefix: bool  # more words may follow
    anywhere: bool  # may also be preceded by other words

    def matches(self, words: list[str]) -> bool:
        n = len(self.words)
        if self.anywhere:
            return any(tuple(words[i : i + n]) == self.words for i in range(len(words) - n + 1))
        if self.prefix:
            return tuple(words[:n]) == self.words
        return tuple(words) == self.words


def parse_pattern(pattern: str, kind: str) -> Pattern:
    text = pattern.strip()
    prefix = text.endswith("*")
    anywhere = prefix and text.startswith("*")
    words = tuple(_WORD.findall(normalize(text.strip("* "))))
    if not words:
        raise LexiconError(f"boilerplate pattern {pattern!r} has no words")
    return Pattern(words, kind, prefix, anywhere)


@register("boilerplate")
class Boilerplate:
    name = "boilerplate"
    requires = ("sentences",)
    adds = ("boilerplate",)

    def __init__(self, config: Config) -> None:
        rows = load(LEXICON, config.boilerplate_lexicons, min_cols=2, max_cols=2)
        self.patterns = tuple(dict.fromkeys(parse_pattern(p, k) for p, k in rows))
        #: patterns anchored at the start of a unit, by their first word; the others
        self._by_first: dict[str, list[Pattern]] = {}
        for pattern in self.patterns:
            if not pattern.anywhere:
                self._by_first.setdefault(pattern.words[0], []).append(pattern)
        self._anywhere = [p for p in self.patterns if p.anywhere]

    def is_boilerplate(self, text: str) -> bool:
        """Whether one line or sentence (raw text) is boilerplate."""
        # normalising is character by character, so the head's words (all but its last complete)
        # are words of the whole unit
        if len(text) > _HEAD_CHARS and len(_WORD.findall(normalize(text[:_HEAD_CHARS]))) > MAX_WORDS:
            return False
        words = _WORD.findall(normalize(text))
        if not 0 < len(words) <= MAX_WORDS:
            return False
        return any(p.matches(words) for p in self._by_first.get(words[0], ())) or any(
            p.matches(words) for p in self._anywhere
        )

    def __call__(self, doc: Document) -> Document:
        spans: list[TextSpan] = []
        for start, end in _units(doc):
            if any(s.start <= start and end <= s.end for s in spans):
                continue
            text = doc.text[start:end]
            if self.is_boilerplate(text):
                spans.append(TextSpan(start, end, text))
        doc.boilerplate = sorted(spans, key=lambda s: s.start)
        return doc


def _units(doc: Document) -> Iterator[tuple[int, int]]:
    """Whole lines, then sentences, each trimmed of surrounding whitespace."""
    text = doc.text
    candidates = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    candidates += [(s.start, s.end) for s in doc.sentences]
    for start, end in candidates:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            yield start + lead, start + lead + len(stripped)
