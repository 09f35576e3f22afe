"""``khabar kb add FILE`` and ``khabar kb show NAME`` (click command objects; the lead attaches them)."""

from __future__ import annotations

from pathlib import Path

import click

from khabar.kb.kb import (
    COLUMNS,
    KBEntry,
    KBError,
    iter_rows,
    load_kb,
    packaged_kb,
    read_user_file,
    user_dir,
    user_files,
)

#: the file ``kb add`` writes in the user KB directory
USER_FILE = "user.tsv"


def add_file(path: str | Path, directory: str | Path | None = None) -> tuple[int, int]:
    """Validate a user KB file and merge its entries into the user KB directory.

    Returns (entries added, entries already present); adding the same file twice adds nothing.
    """
    target_dir = user_dir(str(directory) if directory else None)
    known = frozenset(packaged_kb().entries)
    existing: set[str] = set()
    for f in user_files(target_dir):
        existing.update(iter_rows(read_user_file(f, known | _ids(target_dir))))
    rows = list(iter_rows(read_user_file(path, known | _ids(target_dir))))
    new = [r for r in dict.fromkeys(rows) if r not in existing]
    if new:
        target_dir.mkdir(parents=True, exist_ok=True)
        out = target_dir / USER_FILE
        header = (
            ""
            if out.exists()
            else "# khabar user knowledge base (khabar kb add)\n# " + "\t".join(COLUMNS) + "\n"
        )
        with out.open("a", encoding="utf-8") as fh:
            fh.write(header + "".join(r + "\n" for r in new))
    return len(new), len(rows) - len(new)


def _ids(directory: Path) -> frozenset[str]:
    ids: set[str] = set()
    for f in user_files(directory):
        for line in f.read_text(encoding="utf-8-sig").splitlines():
            if line.strip() and not line.startswith("#"):
                ids.add(line.split("\t", 1)[0].strip())
    return frozenset(ids)


def describe(entry: KBEntry) -> str:
    lines = [f"{entry.id}  {entry.type}  {entry.name_en}"]
    facts = [
        f"wikidata {entry.wikidata or '-'}",
        f"country {entry.country or '-'}",
        f"sector {entry.sector or '-'}",
    ]
    if entry.metonym_of:
        facts.append(f"speaks for {entry.metonym_of}")
    lines.append("  " + " · ".join(facts))
    lines.append("  aliases: " + " | ".join(entry.aliases))
    if entry.roles:
        lines.append("  roles: " + " | ".join(str(r) for r in entry.roles))
    return "\n".join(lines)


@click.command(name="add")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--into",
    "into",
    type=click.Path(file_okay=False),
    default=None,
    help="user KB directory (default: $KHABAR_KB_DIR, else ~/.local/share/khabar/kb)",
)
def kb_add_command(file: str, into: str | None) -> None:
    """Validate FILE (TSV in the actors.tsv format, JSON or JSON Lines) and add it to the user KB."""
    try:
        added, present = add_file(file, into)
    except KBError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"{added} entr{'y' if added == 1 else 'ies'} added to {user_dir(into) / USER_FILE}"
        f" ({present} already present)"
    )


@click.command(name="show")
@click.argument("name")
@click.option(
    "--kb",
    "kb_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="an extra KB file (repeatable)",
)
@click.option("--into", "into", type=click.Path(file_okay=False), default=None, help="user KB directory")
def kb_show_command(name: str, kb_files: tuple[str, ...], into: str | None) -> None:
    """Print the KB entries matching NAME (an id, an Arabic alias or an English name)."""
    try:
        kb = load_kb(kb_files, into)
    except KBError as exc:
        raise click.ClickException(str(exc)) from exc
    hits = kb.search(name)
    if not hits:
        raise click.ClickException(f"no knowledge-base entry matches {name!r}")
    click.echo("\n\n".join(describe(e) for e in hits))
