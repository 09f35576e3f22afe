"""Click commands for NER: ``train_command``, ``tag_command`` and ``eval_command``.

They are attached to the ``khabar`` CLI as ``khabar train ner``, ``khabar tag`` and ``khabar eval ner``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from khabar.ner import conll

if TYPE_CHECKING:
    from khabar.ner.model import NerTagger

_MODEL_HELP = (
    "A model file NAME.crfsuite (NAME.pass1.crfsuite, NAME.clusters.tsv, NAME.json and any NAME.seen.tsv "
    "and NAME.namelike.tsv beside it); "
    "default: the packaged model."
)


def _tagger(model: Path | None) -> NerTagger:
    from khabar.ner.model import NerTagger, default_tagger  # lazily: keeps CLI start-up fast

    return default_tagger() if model is None else NerTagger(model)


@click.command("ner")
@click.option(
    "--train",
    "train_paths",
    multiple=True,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Training data in CoNLL format (token TAG per line, blank line between sentences). Repeatable.",
)
@click.option(
    "--extra",
    "extra_paths",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra training data (e.g. AQMAR); never used for the dev split. Repeatable.",
)
@click.option(
    "--unlabelled",
    "unlabelled_paths",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="More text for learning the word clusters only (CoNLL, first column; tags ignored). Repeatable.",
)
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the model, NAME.crfsuite (NAME.pass1.crfsuite, NAME.clusters.tsv, NAME.json and, "
    "with their features, NAME.seen.tsv and NAME.namelike.tsv are written beside it).",
)
@click.option("--seed", default=0, show_default=True, help="Random seed (training is reproducible from it).")
@click.option(
    "--dev",
    "dev_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Dev data to score on. Without it, the last ~10% of the first --train file (whole documents) is "
    "held out as dev and the model is trained on the rest.",
)
@click.option(
    "--holdout",
    default=0.1,
    show_default=True,
    help="Share of the first --train file held out as dev when --dev is not given (0: train on all of it).",
)
@click.option("--c1", default=0.05, show_default=True, help="L1 regularisation strength.")
@click.option("--c2", default=0.05, show_default=True, help="L2 regularisation strength.")
@click.option("--max-iterations", default=200, show_default=True, help="L-BFGS iterations.")
@click.option(
    "--folds",
    default=4,
    show_default=True,
    help="Jackknife folds: the second pass learns from first-pass tags of models that did not see the text.",
)
@click.option(
    "--oversample",
    multiple=True,
    default=("ORG", "MISC"),
    show_default=True,
    help="Entity types whose sentences are repeated in training (raises their recall). Repeatable.",
)
@click.option(
    "--oversample-times", default=2, show_default=True, help="Extra copies of each oversampled sentence."
)
@click.option(
    "--lexicons/--no-lexicons",
    default=True,
    show_default=True,
    help="Use the packaged name lexicons and gazetteers as features.",
)
@click.option(
    "--seen/--no-seen",
    default=True,
    show_default=True,
    help="Use the entities of the training data as features (jackknifed in training; shipped as "
    "NAME.seen.tsv).",
)
@click.option(
    "--namelike/--no-namelike",
    default=True,
    show_default=True,
    help="Give Arabic words a name-likeness feature (character n-grams of the name lexicons against "
    "frequent words; shipped as NAME.namelike.tsv).",
)
@click.option(
    "--quotes/--no-quotes",
    default=True,
    show_default=True,
    help='Mark the words of short quoted runs (« ... », " ... "): names of programmes, products, papers.',
)
def train_command(
    train_paths: tuple[Path, ...],
    extra_paths: tuple[Path, ...],
    unlabelled_paths: tuple[Path, ...],
    out: Path,
    seed: int,
    dev_path: Path | None,
    holdout: float,
    c1: float,
    c2: float,
    max_iterations: int,
    folds: int,
    oversample: tuple[str, ...],
    oversample_times: int,
    lexicons: bool,
    seen: bool,
    namelike: bool,
    quotes: bool,
) -> None:
    """Train the CRF named-entity tagger and print its dev scores."""
    from khabar.ner.train import train

    result = train(
        train_paths,
        extra_paths,
        out,
        seed,
        dev_path=dev_path,
        unlabelled_paths=unlabelled_paths,
        holdout=holdout,
        c1=c1,
        c2=c2,
        max_iterations=max_iterations,
        folds=folds,
        oversample=oversample,
        oversample_times=oversample_times,
        use_lexicons=lexicons,
        use_seen=seen,
        use_namelike=namelike,
        use_quotes=quotes,
    )
    click.echo(f"model: {result.model} (trained on {result.n_train} sentences)")
    if result.dev is not None:
        click.echo(f"dev ({result.n_dev} sentences):")
        click.echo(result.dev.table())


@click.command("tag")
@click.option(
    "--conll",
    "conll_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path),
    help="Input: one token per line (first column; other columns ignored), blank line between sentences. "
    "'-' reads stdin.",
)
@click.option("--model", type=click.Path(exists=True, dir_okay=False, path_type=Path), help=_MODEL_HELP)
def tag_command(conll_path: Path, model: Path | None) -> None:
    """Tag named entities: write 'token TAG' lines (IOB2 over PERS, LOC, ORG, MISC) to stdout."""
    from khabar.ner.repair import repair

    tagger = _tagger(model)
    if str(conll_path) == "-":
        sentences = list(conll.parse(sys.stdin, tagged=False))
    else:
        sentences = conll.read(conll_path, tagged=False)
    conll.write(((toks, repair(toks, tagger.tag(toks))) for toks, _ in sentences), sys.stdout)


@click.command("ner")
@click.option(
    "--conll",
    "conll_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold data: token TAG per line, blank line between sentences.",
)
@click.option("--model", type=click.Path(exists=True, dir_okay=False, path_type=Path), help=_MODEL_HELP)
def eval_command(conll_path: Path, model: Path | None) -> None:
    """Score the tagger, KB repair included, on gold CoNLL data: entity-level micro P/R/F1 per type."""
    from khabar.ner.evaluate import evaluate
    from khabar.ner.repair import repair_sentences

    tagger = _tagger(model)
    gold = conll.read(conll_path)
    sentences = [toks for toks, _ in gold]
    report = evaluate(
        [tags for _, tags in gold], repair_sentences(sentences, tagger.tag_sentences(sentences))
    )
    click.echo(report.table())
