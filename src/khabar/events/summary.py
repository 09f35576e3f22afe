"""One English line per event, built from its structure (no machine translation).

``Vladimir Putin (RUS) met Kim Jong Un (PRK) in Beijing on 2025-09-03``: actor names (``name_en``,
else the Arabic name) with their country code, a verb phrase for the type and mode from
``data/plover/ontology.json`` (``past`` with a recipient, ``alone`` without, ``did not`` + ``base``
when negated), the place, the date, and who reports it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from khabar.document import Entity, Event
from khabar.events.lexicon import ontology

UNKNOWN_ACTOR = "Unidentified actors"


def actor_name(entity: Entity) -> str:
    name = entity.name_en or entity.name
    return f"{name} ({entity.country})" if entity.country else name


def _names(ids: Sequence[str], entities: Mapping[str, Entity]) -> str:
    names = [actor_name(entities[i]) for i in ids if i in entities]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _phrases(ev: Event) -> dict[str, Any]:
    spec: dict[str, Any] = ontology()["types"][ev.type]
    phrases = {k: spec[k] for k in ("past", "base", "alone")}
    mode = spec["modes"].get(ev.mode or "", {})
    phrases.update({k: mode[k] for k in ("past", "base", "alone") if k in mode})
    if "past" in mode and "alone" not in mode:
        phrases["alone"] = mode["past"]
    return phrases


def _when(date: str) -> str:
    return f"on {date}" if len(date) == 10 else f"in {date}"


def summarize(ev: Event, entities: Mapping[str, Entity]) -> str:
    phrases = _phrases(ev)
    sources = list(ev.source)
    targets = list(ev.target)
    spec = ontology()["types"][ev.type]
    if spec["symmetric"] and not targets and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]  # "A met B" rather than "A and B met"
    subject = _names(sources, entities) or UNKNOWN_ACTOR
    obj = _names(targets, entities)
    if ev.negated:
        verb = "did not " + phrases["base"]
        alone = verb.removesuffix(" with").removesuffix(" to").removesuffix(" from")
        line = f"{subject} {verb} {obj}" if obj else f"{subject} {alone}"
    else:
        line = f"{subject} {phrases['past']} {obj}" if obj else f"{subject} {phrases['alone']}"
    parts = [line.strip()]
    if ev.location and ev.location in entities and ev.location not in ev.target:
        place = entities[ev.location]
        # the place left by a withdrawal with no recipient: "withdrew from Lebanon"
        where = "from" if not targets and phrases["past"].endswith(" from") else "in"
        parts.append(f"{where} {place.name_en or place.name}")
    if ev.date:
        parts.append(_when(ev.date))
    if ev.attributed_to and ev.attributed_to in entities:
        parts.append(f"(according to {_names([ev.attributed_to], entities)})")
    return " ".join(parts)
