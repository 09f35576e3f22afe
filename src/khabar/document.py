"""The document model: one immutable raw text and typed layers of spans over it.

Every record carries character offsets ``start``/``end`` into :attr:`Document.text`;
records that carry a ``text`` field hold exactly ``doc.text[start:end]``.
Serialisation to and from the JSON contract lives in :mod:`khabar.serialize`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from khabar.text.normalize import normalize

if TYPE_CHECKING:
    from khabar.text.normalize import NormalizedText

ENTITY_TYPES = ("PER", "ORG", "GPE", "LOC", "FAC", "VEH", "EVENT", "MISC")


@dataclass(frozen=True, slots=True)
class Span:
    """A bare character span (used for sentences and nested spans)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A span together with the exact raw text it covers."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Word:
    """One clitic-level part of a token: a proclitic, the stem, or an enclitic.

    ``start``/``end`` are offsets into the raw text, inside the token's span;
    ``token`` is the index of the token in ``Document.tokens``; ``kind`` is
    ``"prefix"``, ``"stem"`` or ``"suffix"``; ``form`` is the normalised
    underlying form (e.g. ``ال`` for the article even where it is written ``ل`` in ``لل``).
    """

    start: int
    end: int
    text: str
    token: int
    kind: str
    form: str


@dataclass(frozen=True, slots=True)
class Token:
    """A surface token; ``words`` are its clitic-split parts, in order."""

    start: int
    end: int
    text: str
    sentence: int
    words: tuple[Word, ...] = ()
    #: the normalised forms of its conjunction and preposition proclitics, not the article (وبال: و ب);
    #: set once from ``words``, as the rules read it on every token they pass
    proclitics: tuple[str, ...] = field(init=False, repr=False, compare=False)
    #: its first stem word (None when it has none), set once from ``words`` like ``proclitics``
    stem: Word | None = field(init=False, repr=False, compare=False)
    #: its text normalised (:func:`normalize`), once: several stages read every token's
    norm: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        clitics: list[str] = []
        stem = None
        for w in self.words:
            if w.kind == "prefix":
                if w.form != "ال":
                    clitics.append(w.form)
            elif w.kind == "stem" and stem is None:
                stem = w
        object.__setattr__(self, "proclitics", tuple(clitics))
        object.__setattr__(self, "stem", stem)
        object.__setattr__(self, "norm", normalize(self.text))


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    name: str
    mentions: list[Mention]
    name_en: str | None = None
    wikidata: str | None = None
    country: str | None = None
    #: knowledge-base id (``per:vladimir_putin``, ``geo:RUS``), or ``local:<hash>`` when not in the KB
    kb_id: str | None = None
    #: actor sector from the KB: GOV MIL REB IGO NGO MED BUS PTY REL EDU SPT
    sector: str | None = None
    #: ISO 3166 alpha-3 of the country whose government the entity stands for (``الكرملين`` → RUS)
    metonym_of: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    #: notes on how the quote was read: ``unbalanced`` (no closing mark), ``partial`` (a quoted
    #: fragment inside reported speech), ``continued`` (speaker carried over from the previous
    #: quote), ``claim`` (an attributed claim: وفقًا لـ، بحسب ...)
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    trigger: TextSpan
    sentence: Span
    mode: str | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    location: str | None = None
    date: str | None = None
    attributed_to: str | None = None
    negated: bool = False
    summary_en: str | None = None
    #: other places in the article that tell the same happening again (the event itself is ``trigger``)
    mentions: tuple[TextSpan, ...] = ()

    @property
    def named(self) -> bool:
        """The event names an actor, as source or target (a protest by an unnamed crowd names none)."""
        return bool(self.source or self.target)


@dataclass(frozen=True, slots=True)
class Time:
    start: int
    end: int
    text: str
    value: str | None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number and what it counts.

    ``approx`` marks ``حوالي``/``نحو``/``عشرات`` ...; ``ordinal`` marks ``الثمانين`` "the eightieth".
    """

    start: int
    end: int
    text: str
    value: float | int | None
    unit: str | None = None
    approx: bool = False
    ordinal: bool = False


@dataclass(frozen=True, slots=True)
class Artifact:
    """A machine-translation artifact; ``kind`` is ``latin``, ``calque_article`` or ``transliteration``."""

    start: int
    end: int
    text: str
    kind: str
    suggestion: str | None = None


@dataclass(frozen=True, slots=True)
class DocError:
    """A problem met while reading or processing one document (the document may still be usable)."""

    stage: str
    message: str


class Document:
    """Raw text plus metadata plus layers. The raw text never changes."""

    def __init__(
        self,
        text: str,
        *,
        id: str | None = None,
        title: str | None = None,
        date: str | None = None,
        url: str | None = None,
        source: str | None = None,
        author: str | None = None,
        lang: str = "ar",
    ) -> None:
        if not isinstance(text, str):
            raise TypeError("Document text must be str")
        self._text = text
        self.id = id if id is not None else content_id(text)
        self.title = title
        self.date = date
        self.url = url
        self.source = source
        self.author = author
        self.lang = lang
        self.sentences: list[Span] = []
        self.tokens: list[Token] = []
        self.boilerplate: list[TextSpan] = []
        self.entities: list[Entity] = []
        self.quotes: list[Quote] = []
        self.events: list[Event] = []
        self.times: list[Time] = []
        self.quantities: list[Quantity] = []
        self.artifacts: list[Artifact] = []
        self.errors: list[DocError] = []

    @property
    def text(self) -> str:
        return self._text

    @cached_property
    def normalized(self) -> NormalizedText:
        """The normalised matching view of the whole text, with its map back to raw offsets."""
        from khabar.text.normalize import normalize_with_map

        return normalize_with_map(self._text)

    @property
    def words(self) -> list[Word]:
        return [w for t in self.tokens for w in t.words]

    def span_text(self, start: int, end: int) -> str:
        return self._text[start:end]

    def in_boilerplate(self, start: int, end: int) -> bool:
        """True when the span lies inside a boilerplate line."""
        return any(b.start <= start and end <= b.end for b in self.boilerplate)

    def sentence_tokens(self, index: int) -> list[Token]:
        return [t for t in self.tokens if t.sentence == index]

    def to_json(self, **kwargs: Any) -> str:
        from khabar.serialize import to_json

        return to_json(self, **kwargs)

    def to_dict(self) -> dict[str, Any]:
        from khabar.serialize import to_dict

        return to_dict(self)

    @classmethod
    def from_json(cls, data: str | dict[str, Any]) -> Document:
        from khabar.serialize import from_json

        return from_json(data)

    def __repr__(self) -> str:
        return f"Document(id={self.id!r}, chars={len(self._text)}, sentences={len(self.sentences)})"


def content_id(text: str) -> str:
    """A stable id from the content: the first 16 hex digits of its SHA-256."""
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


__all__ = [
    "ENTITY_TYPES",
    "Artifact",
    "DocError",
    "Document",
    "Entity",
    "Event",
    "Mention",
    "Quantity",
    "Quote",
    "Span",
    "TextSpan",
    "Time",
    "Token",
    "Word",
    "content_id",
]
