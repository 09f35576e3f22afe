"""The ``khabar`` command line: a thin shell over the library functions."""

from __future__ import annotations

import json
import sys
from importlib import resources
from typing import TextIO

import click

from khabar import __version__
from khabar.config import Config, ConfigError
from khabar.document import Document
from khabar.events.evaluate import eval_agreement_command, eval_events_command
from khabar.events.plover import plover_command
from khabar.extract import check_date, extract_paths
from khabar.kb import cli as kb_cli
from khabar.kb.evaluate import eval_linking_command
from khabar.ner import cli as ner_cli
from khabar.quotes.evaluate import eval_quotes_command
from khabar.report import render_text
from khabar.serialize import to_dict
from khabar.times.evaluate import eval_times_command


def _config(path: str | None, max_bytes: int | None) -> Config:
    try:
        config = Config.load(path) if path else Config.default()
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    if max_bytes is not None:
        config = config.replace(max_doc_bytes=max_bytes)
    return config


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    try:
        return check_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khabar")
def cli() -> None:
    """khabar: turn Arabic news into structured, linked, queryable knowledge — offline."""


@cli.command()
@click.argument("inputs", nargs=-1, metavar="FILE...")
@click.option("--date", callback=_date, help="Article date YYYY-MM-DD for documents whose metadata has none.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "text"]),
    default="json",
    show_default=True,
    help="json: one object (an array for several documents); jsonl: one document per line; text: a report.",
)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="TOML overrides.")
@click.option("--max-bytes", type=click.IntRange(min=1), help="Per-document size limit (default 5 MB).")
@click.option(
    "--kb",
    "kb_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="A knowledge-base file of your own (TSV/JSON) to use besides the packaged one; repeatable.",
)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here.")
def extract(
    inputs: tuple[str, ...],
    date: str | None,
    fmt: str,
    config_path: str | None,
    max_bytes: int | None,
    kb_files: tuple[str, ...],
    output: TextIO,
) -> None:
    """Analyse FILE... (.txt, .html, .jsonl, directories; '-' or nothing for stdin).

    Bad inputs are reported on stderr, one line each, and the rest go on. The exit status
    is 0 when at least one document was analysed and 1 when none was.
    """
    config = _config(config_path, max_bytes)
    if kb_files:
        config = config.replace(kb_files=config.kb_files + kb_files)
    if not inputs:
        if sys.stdin.isatty():
            raise click.UsageError("give FILE... or pipe a document on stdin")
        inputs = ("-",)
    ok = failed = 0
    docs: list[Document] = []
    for item in extract_paths(inputs, config=config, date=date):
        if not isinstance(item, Document):
            failed += 1
            click.echo(f"khabar: error: {item}", err=True)
            continue
        ok += 1
        if fmt == "jsonl":
            output.write(json.dumps(to_dict(item), ensure_ascii=False) + "\n")
        elif fmt == "text":
            output.write(("\n" if ok > 1 else "") + render_text(item))
        else:
            docs.append(item)
    if fmt == "json" and docs:
        payload = to_dict(docs[0]) if len(docs) == 1 else [to_dict(d) for d in docs]
        output.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if failed:
        click.echo(f"khabar: {ok} document(s) analysed, {failed} failed", err=True)
    sys.exit(0 if ok else 1)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the output contract."""
    click.echo(resources.files("khabar").joinpath("schema/document.schema.json").read_text(encoding="utf-8"))


@cli.group()
def train() -> None:
    """Train khabar's models."""


@cli.group(name="eval")
def evaluate() -> None:
    """Evaluate khabar's stages against gold data."""


train.add_command(ner_cli.train_command, "ner")
evaluate.add_command(ner_cli.eval_command, "ner")
evaluate.add_command(eval_times_command, "times")
evaluate.add_command(eval_quotes_command, "quotes")
evaluate.add_command(eval_linking_command, "linking")
evaluate.add_command(eval_events_command, "events")
evaluate.add_command(eval_agreement_command, "agreement")


@cli.group()
def export() -> None:
    """Export extracted records in other formats."""


export.add_command(plover_command, "plover")


@cli.group()
def kb() -> None:
    """Look up and extend the knowledge base."""


kb.add_command(kb_cli.kb_add_command, "add")
kb.add_command(kb_cli.kb_show_command, "show")
cli.add_command(ner_cli.tag_command, "tag")


def main() -> None:
    cli()
