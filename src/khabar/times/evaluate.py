"""Evaluation of the ``times`` stage on a gold file (``khabar eval times [--gold PATH]``).

The gold file is TSV (see ``bench/data/times_dev.tsv``): ``id``, ``source``, reference date (``-``
for none), sentence, then pairs of expression and gold value (``null`` for none). Reported:

- value accuracy: the share of gold expressions found with exactly their span and their value;
- span precision, recall and F1 (exact spans);
- false hits: time expressions found in the phrases of the negative list (one phrase a line), which
  must contain none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import click

from khabar.config import Config
from khabar.document import Document, Time
from khabar.lexicon import load_file
from khabar.pipeline import Pipeline
from khabar.times import dates  # noqa: F401  (registers the "times" stage)

#: the repository checkout this module lives in (the bench data is not part of the package)
REPO = Path(__file__).resolve().parents[3]
DEFAULT_GOLD = REPO / "bench" / "data" / "times_dev.tsv"
DEFAULT_NEGATIVE = REPO / "bench" / "data" / "times_negative.txt"
#: the reference date the negative phrases are read with
NEGATIVE_DATE = "2025-09-03"


@dataclass(frozen=True, slots=True)
class GoldTime:
    start: int
    end: int
    text: str
    value: str | None


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    source: str
    date: str | None
    text: str
    times: tuple[GoldTime, ...]


def read_gold(path: str | Path) -> list[GoldSentence]:
    """The sentences of a gold file, each expression placed at its first unused occurrence."""
    out: list[GoldSentence] = []
    for row in load_file(path, 4):
        rid, source, ref, text, *pairs = row
        if len(pairs) % 2:
            raise click.UsageError(f"{path}: row {rid}: expressions and values must come in pairs")
        used: set[int] = set()
        times: list[GoldTime] = []
        for expr, value in zip(pairs[::2], pairs[1::2], strict=True):
            pos = text.find(expr)
            while pos in used:
                pos = text.find(expr, pos + 1)
            if pos < 0:
                raise click.UsageError(f"{path}: row {rid}: {expr!r} is not in the sentence")
            used.add(pos)
            times.append(GoldTime(pos, pos + len(expr), expr, None if value == "null" else value))
        out.append(GoldSentence(rid, source, None if ref == "-" else ref, text, tuple(times)))
    return out


def read_negative(path: str | Path) -> list[str]:
    return [row[0] for row in load_file(path, 1, 1)]


def times_pipeline() -> Pipeline:
    """Sentences, tokens and times only: what the evaluation needs."""
    return Pipeline.from_config(Config.default().replace(pipeline=("sentences", "tokens", "times")))


def find_times(pipeline: Pipeline, text: str, date: str | None) -> list[Time]:
    return pipeline(Document(text, date=date)).times


@dataclass(slots=True)
class TimesReport:
    gold: int = 0
    predicted: int = 0
    span_correct: int = 0
    value_correct: int = 0
    errors: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)
    negatives: int = 0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.span_correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.span_correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def lines(self, show_errors: bool = False) -> list[str]:
        out = [
            f"gold expressions: {self.gold}  predicted: {self.predicted}",
            f"value accuracy: {self.value_accuracy:.3f} ({self.value_correct}/{self.gold})",
            f"span precision: {self.precision:.3f}  recall: {self.recall:.3f}  F1: {self.f1:.3f}",
            f"negative phrases: {self.negatives}  false hits: {len(self.false_hits)}",
        ]
        out += [f"  false hit: {h}" for h in self.false_hits]
        if show_errors:
            out += [f"  {e}" for e in self.errors]
        return out


def evaluate(gold: Iterable[GoldSentence], negative: Iterable[str] = ()) -> TimesReport:
    pipeline = times_pipeline()
    report = TimesReport()
    for sent in gold:
        predicted = {(t.start, t.end): t for t in find_times(pipeline, sent.text, sent.date)}
        report.gold += len(sent.times)
        report.predicted += len(predicted)
        gold_spans = {(g.start, g.end) for g in sent.times}
        for g in sent.times:
            hit = predicted.get((g.start, g.end))
            if hit is None:
                report.errors.append(f"{sent.id}: missed {g.text!r} (gold {g.value})")
                continue
            report.span_correct += 1
            if hit.value == g.value:
                report.value_correct += 1
            else:
                report.errors.append(f"{sent.id}: {g.text!r} → {hit.value} (gold {g.value})")
        for span, t in predicted.items():
            if span not in gold_spans:
                report.errors.append(f"{sent.id}: spurious {t.text!r} → {t.value}")
    for phrase in negative:
        report.negatives += 1
        found = find_times(pipeline, phrase, NEGATIVE_DATE)
        if found:
            report.false_hits.append(f"{phrase}: {', '.join(t.text for t in found)}")
    return report


@click.command("times")
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold TSV (default: bench/data/times_dev.tsv of this checkout).",
)
@click.option(
    "--negative",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Phrases that must give no time (default: bench/data/times_negative.txt of this checkout).",
)
@click.option("--show-errors", is_flag=True, help="Also list every missed, wrong and spurious expression.")
def eval_times_command(gold: Path | None, negative: Path | None, show_errors: bool) -> None:
    """Value accuracy, span P/R/F1 and false hits of the times stage on a gold file."""
    gold = gold or DEFAULT_GOLD
    if not gold.is_file():
        raise click.UsageError(f"no gold file at {gold}; pass --gold PATH")
    if negative is None and DEFAULT_NEGATIVE.is_file():
        negative = DEFAULT_NEGATIVE
    report = evaluate(read_gold(gold), read_negative(negative) if negative else ())
    for line in report.lines(show_errors):
        click.echo(line)
