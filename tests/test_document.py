from __future__ import annotations

import json

import pytest

from khabar.document import (
    Artifact,
    DocError,
    Document,
    Entity,
    Event,
    Mention,
    Quantity,
    Quote,
    Span,
    TextSpan,
    Time,
    Token,
    Word,
    content_id,
)
from khabar.serialize import from_json, to_dict, to_json

TEXT = "التقى بوتين كيم في بكين يوم الأربعاء. وقال الكرملين إن 15000 جندي وصلوا."


def _full_doc() -> Document:
    doc = Document(TEXT, title="قمة", date="2025-09-03", url="https://example.org/a", source="AP")
    doc.sentences = [Span(0, 38), Span(39, len(TEXT))]
    doc.entities = [
        Entity("E1", "PER", "بوتين", [Mention(6, 11, "بوتين")], "Vladimir Putin", "Q7747", "RUS"),
        Entity("E2", "GPE", "بكين", [Mention(19, 23, "بكين")]),
    ]
    doc.quotes = [Quote("Q1", TEXT[56:72], 56, 72, False, "E3", "الكرملين", "قال")]
    doc.events = [
        Event(
            "V1",
            "CONSULT",
            TextSpan(0, 5, "التقى"),
            Span(0, 38),
            mode="visit",
            source=("E1",),
            target=("E2",),
            location="E2",
            date="2025-09-03",
            summary_en="Vladimir Putin met Kim",
        )
    ]
    doc.times = [Time(24, 37, "يوم الأربعاء", "2025-09-03")]
    doc.quantities = [Quantity(56, 66, "15000 جندي", 15000, "soldiers")]
    doc.artifacts = [Artifact(6, 11, "بوتين", "latin", None)]
    doc.boilerplate = [TextSpan(39, 43, "وقال")]
    doc.errors = [DocError("times", "something")]
    return doc


def test_text_is_read_only() -> None:
    doc = Document(TEXT)
    with pytest.raises(AttributeError):
        doc.text = "x"  # type: ignore[misc]


def test_id_is_content_hash_unless_given() -> None:
    assert Document(TEXT).id == content_id(TEXT) == Document(TEXT).id
    assert Document(TEXT + " ").id != Document(TEXT).id
    assert Document(TEXT, id="a1").id == "a1"


def test_non_str_text_rejected() -> None:
    with pytest.raises(TypeError):
        Document(b"bytes")  # type: ignore[arg-type]


def test_contract_keys_and_order() -> None:
    d = to_dict(_full_doc())
    assert list(d) == [
        "id", "title", "date", "url", "source", "author", "lang", "text", "sentences", "entities", "quotes",
        "events", "times", "quantities", "artifacts", "boilerplate", "errors",
    ]  # fmt: skip
    assert list(d["entities"][0]) == [
        "id", "type", "name", "name_en", "wikidata", "country", "mentions", "kb_id", "sector", "metonym_of",
    ]  # fmt: skip
    assert list(d["quotes"][0]) == [
        "id", "text", "start", "end", "direct", "speaker", "speaker_text", "cue", "flags",
    ]  # fmt: skip
    assert list(d["events"][0]) == [
        "id", "type", "mode", "source", "target", "location", "date", "trigger", "sentence",
        "attributed_to", "negated", "summary_en", "mentions",
    ]  # fmt: skip
    assert d["events"][0]["trigger"] == {"start": 0, "end": 5, "text": "التقى"}


def test_round_trip_is_lossless() -> None:
    doc = _full_doc()
    first = to_json(doc)
    back = from_json(first)
    assert to_json(back) == first
    assert back.entities[0].mentions[0] == Mention(6, 11, "بوتين")
    assert back.events[0].source == ("E1",)
    assert Document.from_json(json.loads(first)).text == TEXT


def test_normalized_view_maps_back() -> None:
    doc = Document("قالَ الرَّئيسُ")
    norm = doc.normalized
    assert norm.text == "قال الرييس"
    i = norm.text.index("الرييس")
    assert norm.raw_slice(i, i + 6) == "الرَّئيسُ"


def test_token_proclitics_leave_the_article_out() -> None:
    parts = [("و", "prefix", "و"), ("ب", "prefix", "ب"), ("ال", "prefix", "ال"), ("قدس", "stem", "قدس")]
    words, at = [], 0
    for text, kind, form in parts:
        words.append(Word(at, at + len(text), text, 0, kind, form))
        at += len(text)
    assert Token(0, at, "وبالقدس", 0, tuple(words)).proclitics == ("و", "ب")
    assert Token(0, 3, "قدس", 0, (Word(0, 3, "قدس", 0, "stem", "قدس"),)).proclitics == ()


def test_token_stem_and_norm_are_set_from_its_words_and_text() -> None:
    stem = Word(3, 7, "قدسِ", 0, "stem", "قدس")
    prefixes = (Word(0, 1, "ب", 0, "prefix", "ب"), Word(1, 3, "ال", 0, "prefix", "ال"))
    token = Token(0, 7, "بالقدسِ", 0, (*prefixes, stem))
    assert (token.stem, token.norm) == (stem, "بالقدس")
    assert Token(0, 1, "،", 0).stem is None
