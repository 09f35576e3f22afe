"""Entity-linking accuracy against a gold file (``khabar eval linking [--gold PATH]``).

The gold file is JSON Lines (``#`` lines are comments): one passage a line,
``{"id", "text", "date"?, "mentions": [{"start", "end", "text", "type", "kb", "name_en"}]}`` with ``type``
the tagger's PERS/LOC/ORG/MISC and ``kb`` the gold KB id or null (NIL: not in the KB). The gold mentions
are the entities (grouped as the ``entities`` stage groups them), so the figures measure linking and
coreference alone, not recognition. A mention counts as right when its entity's ``kb_id`` is the gold
id, or is a ``local:`` id when the gold is NIL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import click

from khabar.config import Config
from khabar.document import Document, Mention
from khabar.kb.coref import Coreference
from khabar.kb.link import LOCAL_ID_PREFIX, Linker
from khabar.ner.stage import group_mentions
from khabar.pipeline import Pipeline

DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "bench" / "data" / "linking_dev.jsonl"


@dataclass(frozen=True, slots=True)
class LinkingScores:
    mentions: int
    correct: int
    in_kb: int
    in_kb_correct: int
    nil: int
    nil_correct: int

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    def lines(self) -> list[str]:
        return [
            f"mentions: {self.mentions} ({self.in_kb} in the KB, {self.nil} NIL)",
            f"accuracy: {self.ratio(self.correct, self.mentions):.3f} ({self.correct}/{self.mentions})",
            f"in-KB accuracy: {self.ratio(self.in_kb_correct, self.in_kb):.3f}"
            f" ({self.in_kb_correct}/{self.in_kb})",
            f"NIL accuracy: {self.ratio(self.nil_correct, self.nil):.3f} ({self.nil_correct}/{self.nil})",
        ]


def read_gold(path: str | Path) -> list[dict]:
    out = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"{path}:{lineno}: invalid JSON: {exc.msg}") from exc
    return out


def evaluate(gold: list[dict], config: Config | None = None) -> LinkingScores:
    config = config or Config.default()
    prep = Pipeline.from_config(config.replace(pipeline=("sentences", "tokens")))
    stages = (Linker(config), Coreference(config))
    counts = [0, 0, 0, 0, 0, 0]
    for item in gold:
        doc = prep(Document(item["text"], id=item.get("id"), date=item.get("date")))
        found = [(m["type"], Mention(m["start"], m["end"], m["text"])) for m in item["mentions"]]
        doc.entities = group_mentions(found)
        for stage in stages:
            doc = stage(doc)
        for m in item["mentions"]:
            ent = next(
                (
                    e
                    for e in doc.entities
                    if any(x.start == m["start"] and x.end == m["end"] for x in e.mentions)
                ),
                None,
            )
            linked = ent is not None and ent.kb_id and not ent.kb_id.startswith(LOCAL_ID_PREFIX)
            predicted = ent.kb_id if linked else None
            ok = predicted == m["kb"]
            counts[0] += 1
            counts[1] += ok
            if m["kb"] is None:
                counts[4] += 1
                counts[5] += ok
            else:
                counts[2] += 1
                counts[3] += ok
    return LinkingScores(*counts)


@click.command(name="linking")
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="gold JSON Lines file (default: bench/data/linking_dev.jsonl)",
)
def eval_linking_command(gold: str | None) -> None:
    """Linking accuracy (overall, on in-KB mentions, on NIL mentions) against a gold file."""
    path = Path(gold) if gold else DEFAULT_GOLD
    if not path.exists():
        raise click.ClickException(f"{path}: gold file not found (give one with --gold)")
    click.echo(f"gold: {path}")
    click.echo("\n".join(evaluate(read_gold(path)).lines()))
