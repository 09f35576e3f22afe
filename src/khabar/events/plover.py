"""PLOVER/POLECAT-style event records (``khabar export plover FILE...`` writes them as JSONL).

One record per event: ``id``, ``story_id``, ``date``, ``event_type``, ``mode``, ``context``
(``negation`` for negated events), ``source``/``target`` (actor records: entity id, Arabic and English
name, ISO 3166 alpha-3 ``country``, ``sector``, ``wikidata``, and the words naming it), ``location``,
``attributed_to``, ``text`` (the trigger span), ``sentence``, ``summary_en``, ``url`` and ``publisher``.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

import click

from khabar.document import Document, Entity, Event


def _actor(entity: Entity | None, entity_id: str) -> dict[str, Any]:
    if entity is None:
        return {"entity_id": entity_id}
    return {
        "entity_id": entity.id,
        "name": entity.name,
        "name_en": entity.name_en,
        "type": entity.type,
        "country": entity.country or entity.metonym_of,
        "sector": entity.sector,
        "kb_id": entity.kb_id,
        "wikidata": entity.wikidata,
        "text": entity.mentions[0].text if entity.mentions else entity.name,
    }


def event_record(doc: Document, ev: Event, entities: dict[str, Entity]) -> dict[str, Any]:
    return {
        "id": f"{doc.id}-{ev.id}",
        "story_id": doc.id,
        "date": ev.date,
        "event_type": ev.type,
        "mode": ev.mode,
        "context": ["negation"] if ev.negated else [],
        "source": [_actor(entities.get(i), i) for i in ev.source],
        "target": [_actor(entities.get(i), i) for i in ev.target],
        "location": _actor(entities.get(ev.location), ev.location) if ev.location else None,
        "attributed_to": (
            _actor(entities.get(ev.attributed_to), ev.attributed_to) if ev.attributed_to else None
        ),
        "text": {"start": ev.trigger.start, "end": ev.trigger.end, "text": ev.trigger.text},
        "sentence": doc.text[ev.sentence.start : ev.sentence.end],
        "mentions": len(ev.mentions) + 1,
        "summary_en": ev.summary_en,
        "url": doc.url,
        "publisher": doc.source,
    }


def to_plover(doc: Document) -> list[dict[str, Any]]:
    """The document's events as PLOVER records."""
    entities = {e.id: e for e in doc.entities}
    return [event_record(doc, ev, entities) for ev in doc.events]


@click.command("plover")
@click.argument("inputs", nargs=-1, required=True, metavar="FILE...")
@click.option("--date", help="Article date YYYY-MM-DD for documents whose metadata has none.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here.")
def plover_command(inputs: tuple[str, ...], date: str | None, output: TextIO) -> None:
    """Analyse FILE... and write their events as PLOVER JSON records, one per line."""
    from khabar.extract import check_date, extract_paths  # lazily: the pipeline loads models

    try:
        date = check_date(date)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--date") from exc
    ok = 0
    for item in extract_paths(inputs, date=date):
        if not isinstance(item, Document):
            click.echo(f"khabar: error: {item}", err=True)
            continue
        ok += 1
        for record in to_plover(item):
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
    if not ok:
        raise SystemExit(1)
