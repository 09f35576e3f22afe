"""A readable plain-text report of an analysed document (``khabar extract --format text``)."""

from __future__ import annotations

from collections import defaultdict

from khabar.document import Document, Entity

_RULE = "─" * 60


def _entity_label(e: Entity) -> str:
    parts = [e.name]
    if e.name_en:
        parts.append(f"= {e.name_en}")
    extra = ", ".join(x for x in (e.wikidata, e.country, e.sector) if x)
    if extra:
        parts.append(f"({extra})")
    if e.metonym_of:
        parts.append(f"[speaks for {e.metonym_of}]")
    return " ".join(parts)


def render_text(doc: Document) -> str:
    lines: list[str] = []
    head = doc.title or doc.id
    lines.append(f"■ {head}")
    meta = [f"id {doc.id}"] + [f"{k} {v}" for k in ("date", "source", "url") if (v := getattr(doc, k))]
    lines.append("  " + " · ".join(meta))
    words = len(doc.tokens)
    lines.append(f"  {len(doc.text)} characters, {len(doc.sentences)} sentences, {words} tokens")

    if doc.entities:
        lines += ["", "Entities", _RULE]
        by_type: dict[str, list[Entity]] = defaultdict(list)
        for e in doc.entities:
            by_type[e.type].append(e)
        for etype in sorted(by_type):
            for e in by_type[etype]:
                n = len(e.mentions)
                lines.append(f"  {etype:<5} {_entity_label(e)}  [{n} mention{'s' if n != 1 else ''}]")
    ents = {e.id: e for e in doc.entities}

    if doc.quotes:
        lines += ["", "Quotes", _RULE]
        by_speaker: dict[str, list[str]] = defaultdict(list)
        for q in doc.quotes:
            who = _entity_label(ents[q.speaker]) if q.speaker in ents else (q.speaker_text or "(unknown)")
            kind = "direct" if q.direct else "claim" if "claim" in q.flags else "reported"
            cue = f" [{q.cue}]" if q.cue else ""
            by_speaker[who].append(f"    - ({kind}{cue}) {q.text}")
        for who, qs in by_speaker.items():
            lines.append(f"  {who}")
            lines += qs

    if doc.events:
        lines += ["", "Events", _RULE]
        for ev in doc.events:
            code = f"{ev.type}/{ev.mode}" if ev.mode else ev.type
            more = f"  [told {len(ev.mentions) + 1} times]" if ev.mentions else ""
            lines.append(f"  {code:<22} {ev.summary_en or ev.trigger.text}{more}")
            lines.append(f"  {'':<22} ← {ev.trigger.text}")

    if doc.times:
        lines += ["", "Times", _RULE]
        lines += [f"  {t.text}  →  {t.value or '?'}" for t in doc.times]
    if doc.quantities:
        lines += ["", "Quantities", _RULE]
        for q in doc.quantities:
            value = f"{'~' if q.approx else ''}{q.value}{' (ordinal)' if q.ordinal else ''}"
            lines.append(f"  {q.text}  →  {value} {q.unit or ''}".rstrip())
    if doc.artifacts:
        lines += ["", "Translation artifacts", _RULE]
        for a in doc.artifacts:
            sugg = f"  → {a.suggestion}" if a.suggestion else ""
            lines.append(f"  {a.kind:<16} {a.text}{sugg}")
    if doc.boilerplate:
        lines += ["", "Boilerplate (excluded)", _RULE]
        lines += [f"  {b.text}" for b in doc.boilerplate]
    if doc.errors:
        lines += ["", "Errors", _RULE]
        lines += [f"  {e.stage}: {e.message}" for e in doc.errors]
    return "\n".join(lines) + "\n"
