"""The one serialiser: Document ⇄ the JSON contract (docs/output.md, schema/document.schema.json)."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

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
)

META_KEYS = ("id", "title", "date", "url", "source", "author", "lang")


def _span(s: Span) -> dict[str, int]:
    return {"start": s.start, "end": s.end}


def _text_span(s: TextSpan | Mention) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "text": s.text}


def _record(rec: Any) -> dict[str, Any]:
    """A flat record's fields in declaration order (tuples become JSON lists)."""
    out = {}
    for f in fields(rec):
        value = getattr(rec, f.name)
        out[f.name] = list(value) if isinstance(value, tuple) else value
    return out


def _entity(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "name": e.name,
        "name_en": e.name_en,
        "wikidata": e.wikidata,
        "country": e.country,
        "mentions": [_text_span(m) for m in e.mentions],
        "kb_id": e.kb_id,
        "sector": e.sector,
        "metonym_of": e.metonym_of,
    }


def _event(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "source": list(e.source),
        "target": list(e.target),
        "location": e.location,
        "date": e.date,
        "trigger": _text_span(e.trigger),
        "sentence": _span(e.sentence),
        "attributed_to": e.attributed_to,
        "negated": e.negated,
        "summary_en": e.summary_en,
        "mentions": [_text_span(m) for m in e.mentions],
    }


def to_dict(doc: Document) -> dict[str, Any]:
    out: dict[str, Any] = {k: getattr(doc, k) for k in META_KEYS}
    out["text"] = doc.text
    out["sentences"] = [_span(s) for s in doc.sentences]
    out["entities"] = [_entity(e) for e in doc.entities]
    out["quotes"] = [_record(q) for q in doc.quotes]
    out["events"] = [_event(e) for e in doc.events]
    out["times"] = [_record(t) for t in doc.times]
    out["quantities"] = [_record(q) for q in doc.quantities]
    out["artifacts"] = [_record(a) for a in doc.artifacts]
    out["boilerplate"] = [_text_span(b) for b in doc.boilerplate]
    out["errors"] = [_record(e) for e in doc.errors]
    return out


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)


def from_json(data: str | dict[str, Any]) -> Document:
    """Read a document back from the contract (tokens are not part of it and stay empty)."""
    d: dict[str, Any] = json.loads(data) if isinstance(data, str) else data
    doc = Document(d["text"], **{k: d.get(k) for k in META_KEYS if k != "lang"}, lang=d.get("lang") or "ar")
    doc.sentences = [Span(s["start"], s["end"]) for s in d.get("sentences", [])]
    doc.entities = [
        Entity(
            id=e["id"],
            type=e["type"],
            name=e["name"],
            mentions=[Mention(**m) for m in e["mentions"]],
            name_en=e.get("name_en"),
            wikidata=e.get("wikidata"),
            country=e.get("country"),
            kb_id=e.get("kb_id"),
            sector=e.get("sector"),
            metonym_of=e.get("metonym_of"),
        )
        for e in d.get("entities", [])
    ]
    doc.quotes = [Quote(**{**q, "flags": tuple(q.get("flags", ()))}) for q in d.get("quotes", [])]
    doc.events = [
        Event(
            **{
                **e,
                "source": tuple(e["source"]),
                "target": tuple(e["target"]),
                "trigger": TextSpan(**e["trigger"]),
                "sentence": Span(**e["sentence"]),
                "mentions": tuple(TextSpan(**m) for m in e.get("mentions", ())),
            }
        )
        for e in d.get("events", [])
    ]
    doc.times = [Time(**t) for t in d.get("times", [])]
    doc.quantities = [Quantity(**q) for q in d.get("quantities", [])]
    doc.artifacts = [Artifact(**a) for a in d.get("artifacts", [])]
    doc.boilerplate = [TextSpan(**b) for b in d.get("boilerplate", [])]
    doc.errors = [DocError(**e) for e in d.get("errors", [])]
    return doc
