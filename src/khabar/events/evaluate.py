"""Event evaluation against gold JSONL files (``khabar eval events [--gold PATH ...]``).

By default the nineteen packaged dev files are scored, per file and combined: ``events_dev.jsonl`` and
``events_dev2.jsonl`` (rules were developed on them), ``events_dev3.jsonl`` to ``events_dev6.jsonl``,
``events_dev11.jsonl`` to ``events_dev15.jsonl`` and ``events_up_dev.jsonl`` (each annotated blind, scored
blind, then developed on) and ``events_dev7.jsonl`` to ``events_dev10.jsonl``, ``events_dev16.jsonl``,
``events_dev17.jsonl`` and ``events_up_heldout.jsonl`` (annotated blind following
``bench/data/EVENTS_GUIDE.md`` and held out: never used to develop rules; their figures are the ones that
tell how the coder does on unseen text). The ``events_up_*`` files are another source: sentences of
UniversalPetrarch's Arabic validation sets (Arabic newspapers, 2006-2008), which also carry that project's
own coding of each sentence (``reference``, scored apart as the share of sentences where the coder finds
an event of the referenced type).

Each gold line is ``{"text", "date", "events": [{"type", "source": [names], "target": [names],
"trigger"}]}`` (lines starting with ``#`` are comments). The text runs through the full configured
pipeline (:func:`khabar.extract.extract_text`). A predicted event matches a gold event when the type is
the same and the actors match: each gold name must match a distinct predicted entity and no predicted
entity may be left over, source against source and target against target — for the symmetric types
(AGREE, CONSULT, COOPERATE) the participants are compared as one set. A name matches an entity when,
after :func:`~khabar.text.normalize.normalize` and without the article, it equals or contains one of
the entity's mention texts or is contained in one. Each gold event is matched at most once.
A lenient figure is printed too (``lenient``: the same type and one gold actor among the predicted
actors, as event-data checks that score the event code and the actors separately do). Gold events
that name no actor at all are left out, and so are predictions that name none (the coder keeps a
protest by an unnamed crowd where it took place) and negated predictions (:func:`coded`): the gold
codes only what happened, with a named actor.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click

from khabar.config import Config
from khabar.document import Document, Entity, Event, Mention, Span, TextSpan
from khabar.events.lexicon import symmetric_types
from khabar.kb.kb import bare
from khabar.ner import conll
from khabar.text.normalize import normalize

_DATA = Path(__file__).resolve().parents[3] / "bench" / "data"
DEFAULT_GOLD = tuple(
    _DATA / f"events_{name}.jsonl"
    for name in (*(f"dev{n}" for n in ("", *map(str, range(2, 18)))), "up_dev", "up_heldout")
)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    trigger: str


@dataclass(frozen=True, slots=True)
class Passage:
    text: str
    date: str | None
    events: tuple[GoldEvent, ...]
    #: the event types the passage's source coded it with in its own scheme (``reference``: the
    #: UniversalPetrarch validation sets give one type a sentence), scored apart from ``events``
    reference: tuple[str, ...] = ()


def load_gold(path: str | Path, sentences: Sequence[Sequence[str]] | None = None) -> list[Passage]:
    """The passages of a gold file. A line without ``text`` gives its ``anercorp_sentences`` instead
    (files that do not carry ANERcorp's text): the text is rebuilt from ``sentences``, the token lists
    of ANERcorp's ``train.txt``, the sentences' tokens joined by single spaces."""
    passages = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        d = json.loads(line)
        if "text" in d:
            text = d["text"]
        elif sentences is None:
            raise ValueError(f"line {n} has no text: give the ANERcorp train.txt it indexes (--anercorp)")
        elif missing := [i for i in d["anercorp_sentences"] if not 0 <= i < len(sentences)]:
            raise ValueError(
                f"line {n}: sentence {missing[0]} is not in the ANERcorp file ({len(sentences)})"
            )
        else:
            text = " ".join(" ".join(sentences[i]) for i in d["anercorp_sentences"])
        events = tuple(
            GoldEvent(e["type"], tuple(e.get("source", ())), tuple(e.get("target", ())), e.get("trigger", ""))
            for e in d.get("events", ())
            if e.get("source") or e.get("target")  # no named actor: out of the coder's scope
        )
        reference = tuple(e["type"] for e in d.get("reference", ()))
        passages.append(Passage(text, d.get("date"), events, reference))
    return passages


def _bare(s: str) -> str:
    s = " ".join(normalize(s).split())
    return " ".join(bare(w) for w in s.split())


def name_matches(name: str, entity: Entity) -> bool:
    g = _bare(name)
    for m in (entity.name, *(m.text for m in entity.mentions)):
        p = _bare(m)
        if p and (p == g or p in g or g in p):
            return True
    return False


def _actors_match(names: Sequence[str], ids: Sequence[str], entities: dict[str, Entity]) -> bool:
    if len(names) != len(ids):
        return False
    left = [entities[i] for i in ids if i in entities]
    for name in names:
        hit = next((e for e in left if name_matches(name, e)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def event_matches(gold: GoldEvent, ev: Event, entities: dict[str, Entity], symmetric: frozenset[str]) -> bool:
    if gold.type != ev.type:
        return False
    if gold.type in symmetric:
        return _actors_match([*gold.source, *gold.target], [*ev.source, *ev.target], entities)
    return _actors_match(gold.source, ev.source, entities) and _actors_match(gold.target, ev.target, entities)


def event_overlaps(
    gold: GoldEvent, ev: Event, entities: dict[str, Entity], symmetric: frozenset[str]
) -> bool:
    """The lenient match: the same type and at least one gold actor among the predicted actors."""
    del symmetric  # either side counts
    actors = [entities[i] for i in (*ev.source, *ev.target) if i in entities]
    return gold.type == ev.type and any(
        name_matches(n, e) for n in (*gold.source, *gold.target) for e in actors
    )


@dataclass(frozen=True, slots=True)
class EventScores:
    gold: Counter[str]
    predicted: Counter[str]
    matched: Counter[str]
    #: gold events matched leniently (:func:`event_overlaps`), all types together
    overlapping: int = 0
    #: reference types (:attr:`Passage.reference`), and those the coder found: an event of the type
    #: in the passage, whatever its actors
    reference: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)

    @staticmethod
    def _prf(m: int, p: int, g: int) -> tuple[float, float, float]:
        precision = m / p if p else 0.0
        recall = m / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def __add__(self, other: EventScores) -> EventScores:
        return EventScores(
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.matched + other.matched,
            self.overlapping + other.overlapping,
            self.reference + other.reference,
            self.found + other.found,
        )

    @property
    def f1(self) -> float:
        return self._prf(sum(self.matched.values()), sum(self.predicted.values()), sum(self.gold.values()))[2]

    def table(self) -> str:
        rows = [f"{'type':<10} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}"]
        types = sorted(set(self.gold) | set(self.predicted))
        for t in [*types, "ALL"]:
            if t == "ALL":
                g, p, m = sum(self.gold.values()), sum(self.predicted.values()), sum(self.matched.values())
            else:
                g, p, m = self.gold[t], self.predicted[t], self.matched[t]
            pr, rc, f1 = self._prf(m, p, g)
            rows.append(f"{t:<10} {g:>5} {p:>5} {m:>5} {pr:>6.3f} {rc:>6.3f} {f1:>6.3f}")
        g, p, m = sum(self.gold.values()), sum(self.predicted.values()), self.overlapping
        pr, rc, f1 = self._prf(m, p, g)
        rows.append(
            f"{'lenient':<10} {g:>5} {p:>5} {m:>5} {pr:>6.3f} {rc:>6.3f} {f1:>6.3f}  (type + one actor)"
        )
        for t in sorted(self.reference):
            n, k = self.reference[t], self.found[t]
            rows.append(f"{'reference':<10} {t}: {k} of {n} passages have an event of the type ({k / n:.3f})")
        return "\n".join(rows)


def happened(doc: Document) -> list[Event]:
    """The events told as having happened: negated ones (``لم يلتق``) are kept in the output with
    ``negated`` set, but the gold codes only what happened."""
    return [ev for ev in doc.events if not ev.negated]


def coded(doc: Document) -> list[Event]:
    """The events that count as predictions: those that happened and name an actor. The gold leaves out
    events that name none (a protest by an unnamed crowd), so the coder's are not scored either; they
    count in the reference rows, which ask only whether a passage's event type was found."""
    return [ev for ev in happened(doc) if ev.named]


Matcher = Callable[[GoldEvent, Event, dict[str, Entity], frozenset[str]], bool]


def score(
    passage: Passage, doc: Document, symmetric: frozenset[str], match: Matcher = event_matches
) -> Counter[str]:
    """Matched gold events of one passage, by type (each gold and each predicted event used once)."""
    entities = {e.id: e for e in doc.entities}
    matched: Counter[str] = Counter()
    free = coded(doc)
    for g in passage.events:
        hit = next((ev for ev in free if match(g, ev, entities, symmetric)), None)
        if hit is not None:
            free.remove(hit)
            matched[g.type] += 1
    return matched


def evaluate(passages: Sequence[Passage], config: Config | None = None) -> EventScores:
    from khabar.extract import extract_text  # lazily: the pipeline loads models

    symmetric = symmetric_types()
    gold: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    overlapping = 0
    reference: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for passage in passages:
        doc = extract_text(passage.text, config=config, date=passage.date)
        if doc.errors:  # a stage that failed would score as a worse coder: no figure is better
            err = doc.errors[0]
            raise RuntimeError(f"the {err.stage} stage failed on a gold passage: {err.message}")
        gold.update(e.type for e in passage.events)
        predicted.update(e.type for e in coded(doc))
        matched.update(score(passage, doc, symmetric))
        overlapping += sum(score(passage, doc, symmetric, event_overlaps).values())
        reference.update(passage.reference)
        found.update(t for t in passage.reference if any(ev.type == t for ev in happened(doc)))
    return EventScores(gold, predicted, matched, overlapping, reference, found)


def annotation_doc(passage: Passage) -> Document:
    """One annotation of a passage as a coded document: each distinct name an entity, each event an event.

    Scoring a second annotation of the same passages against the first (:func:`agreement`) then uses
    the very matcher the coder is scored with, so the two figures can be compared.
    """
    doc = Document(passage.text, date=passage.date)
    ids: dict[str, str] = {}
    for ev in passage.events:
        for name in (*ev.source, *ev.target):
            if name not in ids:
                ids[name] = f"n{len(ids)}"
                at = passage.text.find(name)
                doc.entities.append(Entity(ids[name], "NAME", name, [Mention(at, at + len(name), name)]))
    whole = Span(0, len(passage.text))
    for k, ev in enumerate(passage.events):
        at = passage.text.find(ev.trigger)
        doc.events.append(
            Event(
                f"e{k}",
                ev.type,
                TextSpan(at, at + len(ev.trigger), ev.trigger),
                whole,
                source=tuple(ids[n] for n in ev.source),
                target=tuple(ids[n] for n in ev.target),
            )
        )
    return doc


def agreement(first: Sequence[Passage], second: Sequence[Passage]) -> EventScores:
    """How far two annotations of the same passages agree: ``second`` scored as predictions against
    ``first`` with the coder's matcher (F1 is the same either way round, up to ties in matching)."""
    if len(first) != len(second):
        raise ValueError(f"the annotations have {len(first)} and {len(second)} passages")
    symmetric = symmetric_types()
    total = EventScores(Counter(), Counter(), Counter())
    for n, (a, b) in enumerate(zip(first, second, strict=True), 1):
        if a.text != b.text:
            raise ValueError(f"passage {n}: the texts differ")
        doc = annotation_doc(b)
        total += EventScores(
            Counter(e.type for e in a.events),
            Counter(e.type for e in b.events),
            score(a, doc, symmetric),
            sum(score(a, doc, symmetric, event_overlaps).values()),
        )
    return total


def second_annotations() -> list[tuple[Path, Path]]:
    """The packaged (first, second) annotation pairs: ``bench/data/agreement/events_NAME.second.jsonl``,
    the ANERcorp files in their number's order, then the others by name."""

    def order(path: Path) -> tuple[int, int, str]:
        name = path.name.split(".")[0].removeprefix("events_")
        number = name.removeprefix("dev")
        return (0, int(number), "") if name.startswith("dev") and number.isdigit() else (1, 0, name)

    seconds = sorted((_DATA / "agreement").glob("events_*.second.jsonl"), key=order)
    return [(_DATA / p.name.replace(".second", ""), p) for p in seconds]


@click.command("agreement")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
def eval_agreement_command(files: tuple[str, ...]) -> None:
    """Agreement of two event annotations of the same passages: FIRST SECOND [FIRST SECOND ...], each
    SECOND scored against its FIRST as the coder is scored against gold; the ceiling a coder can be
    expected to reach. Default: the packaged second annotations of the held-out sets."""
    if len(files) % 2:
        raise click.UsageError("give the annotations in pairs: FIRST SECOND")
    pairs = [(Path(a), Path(b)) for a, b in zip(files[::2], files[1::2], strict=True)] or second_annotations()
    if not pairs:
        raise click.UsageError("no annotations given and the packaged second annotations are missing")
    total = EventScores(Counter(), Counter(), Counter())
    for first, second in pairs:
        try:
            scores = agreement(load_gold(first), load_gold(second))
        except ValueError as exc:
            raise click.ClickException(f"{second.name} against {first.name}: {exc}") from exc
        total += scores
        click.echo(f"== {second.name} against {first.name}\n{scores.table()}\n")
    if len(pairs) > 1:
        click.echo(f"== combined ({len(pairs)} pairs)\n{total.table()}")


@click.command("events")
@click.option(
    "--gold",
    "golds",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Gold passages (JSONL: text, date, events[type, source, target, trigger]); repeatable. "
    "Default: bench/data/events_dev*.jsonl and events_up_*.jsonl (dev7 to dev10, dev16, dev17 and "
    "up_heldout are held out).",
)
@click.option(
    "--anercorp",
    type=click.Path(exists=True, dir_okay=False),
    help="ANERcorp's train.txt, for gold files that give sentence numbers instead of text "
    "(bench/data/events_rest_*.jsonl).",
)
def eval_events_command(golds: tuple[str, ...], anercorp: str | None) -> None:
    """P, R and F1 of the events stage (type + source + target must match), per file and combined."""
    sentences = [tokens for tokens, _ in conll.read(anercorp, tagged=False)] if anercorp else None
    config = Config.default()
    if "events" not in config.pipeline:
        raise click.UsageError("the configured pipeline has no 'events' stage")
    paths = [Path(g) for g in golds] or [p for p in DEFAULT_GOLD if p.exists()]
    if not paths:
        raise click.UsageError("no gold file given and the default dev files are missing")
    total: EventScores | None = None
    for path in paths:
        try:
            scores = evaluate(load_gold(path, sentences), config)
        except (RuntimeError, ValueError) as exc:
            raise click.ClickException(f"{path.name}: {exc}") from exc
        total = scores if total is None else total + scores
        click.echo(f"== {path.name}\n{scores.table()}\n")
    if total is not None and len(paths) > 1:
        click.echo(f"== combined ({len(paths)} files)\n{total.table()}")
