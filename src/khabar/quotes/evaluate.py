"""Quote evaluation against a gold JSONL file (``khabar eval quotes [--gold PATH]``).

Gold format: one passage per line, ``{"text": ..., "quotes": [{"text", "speaker_text", "direct"}]}``
(``text`` of a quote is its content string, found in the passage; ``speaker_text`` may be null for an
unnamed pronoun subject); lines starting with ``#`` are comments. Each passage is analysed with the full
default pipeline (:func:`khabar.extract.extract_text`), so the entity layer is used when the pipeline
has one.

Matching: a predicted quote matches a gold quote when their character spans overlap by at least half
of the longer of the two; each gold quote is matched at most once (greedy, largest overlap first).
Precision, recall and F1 count matches. Speaker accuracy is over matched pairs: the speakers agree
when both are null, or when the normalised texts (:func:`~khabar.text.normalize.normalize`, spaces
collapsed) are equal or one contains the other. The ``direct`` flag is reported, not required to match.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import click

from khabar.config import Config
from khabar.extract import extract_text
from khabar.text.normalize import normalize

DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "bench" / "data" / "quotes_dev.jsonl"


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    speaker_text: str | None
    direct: bool


@dataclass(frozen=True, slots=True)
class Passage:
    text: str
    quotes: tuple[GoldQuote, ...]


@dataclass(frozen=True, slots=True)
class QuoteScores:
    precision: float
    recall: float
    f1: float
    speaker_accuracy: float
    direct_accuracy: float
    gold: int
    predicted: int
    matched: int

    def table(self) -> str:
        return "\n".join(
            (
                f"passages' quotes: gold {self.gold}, predicted {self.predicted}, matched {self.matched}",
                f"quote P {100 * self.precision:.1f}  R {100 * self.recall:.1f}  F1 {100 * self.f1:.1f}",
                f"speaker accuracy (matched) {100 * self.speaker_accuracy:.1f}",
                f"direct/indirect agreement (matched) {100 * self.direct_accuracy:.1f}",
            )
        )


def load_gold(path: str | Path) -> list[Passage]:
    """Read gold passages; each quote's span is the first occurrence of its text after the previous one."""
    out: list[Passage] = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        d = json.loads(line)
        text: str = d["text"]
        quotes = []
        for q in d["quotes"]:
            start = text.find(q["text"])
            if start < 0:
                raise ValueError(f"{path}:{lineno}: quote text not found in the passage: {q['text']!r}")
            quotes.append(
                GoldQuote(start, start + len(q["text"]), q.get("speaker_text"), bool(q.get("direct")))
            )
        out.append(Passage(text, tuple(quotes)))
    return out


def overlap_match(a: tuple[int, int], b: tuple[int, int]) -> int:
    """The overlap of two spans when it is at least half the longer one, else 0."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    return inter if inter > 0 and 2 * inter >= longer else 0


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = (" ".join(normalize(x).split()) for x in (gold, predicted))
    return g == p or g in p or p in g


def evaluate(passages: list[Passage], config: Config | None = None) -> QuoteScores:
    gold_n = pred_n = matched = speaker_ok = direct_ok = 0
    for passage in passages:
        doc = extract_text(passage.text, config=config)
        preds = doc.quotes
        gold_n += len(passage.quotes)
        pred_n += len(preds)
        pairs = sorted(
            (
                (ov, gi, pi)
                for gi, g in enumerate(passage.quotes)
                for pi, p in enumerate(preds)
                if (ov := overlap_match((g.start, g.end), (p.start, p.end)))
            ),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            g, p = passage.quotes[gi], preds[pi]
            matched += 1
            speaker_ok += same_speaker(g.speaker_text, p.speaker_text)
            direct_ok += g.direct == p.direct
    precision = matched / pred_n if pred_n else 0.0
    recall = matched / gold_n if gold_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return QuoteScores(
        precision,
        recall,
        f1,
        speaker_ok / matched if matched else 0.0,
        direct_ok / matched if matched else 0.0,
        gold_n,
        pred_n,
        matched,
    )


@click.command("quotes")
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False),
    default=str(DEFAULT_GOLD),
    show_default=True,
    help="Gold JSONL: one passage per line with its quotes.",
)
def eval_quotes_command(gold: str) -> None:
    """Score the quotes stage: quote P/R/F1 (span overlap ≥ 50% of the longer) and speaker accuracy."""
    click.echo(evaluate(load_gold(gold)).table())
