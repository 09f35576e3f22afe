"""Read and write CoNLL-style NER files, and normalise their tags.

Format: one token per line, the token in the first column and the tag in the last
(columns separated by spaces or TABs; extra middle columns are ignored); a blank line
ends a sentence. Tags are IOB2 over the types ``PERS``, ``LOC``, ``ORG`` and ``MISC``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

TYPES = ("PERS", "LOC", "ORG", "MISC")

Sentence = tuple[list[str], list[str]]

_SPLIT = re.compile(r"[ \t]+")
_TYPE_ALIASES = {
    "PER": "PERS",
    "PERS": "PERS",
    "PERSON": "PERS",
    "LOC": "LOC",
    "GPE": "LOC",
    "ORG": "ORG",
    "MISC": "MISC",
}
#: AQMAR marks a few foreign-language words; they are not entities
_NOT_ENTITIES = frozenset({"ENGLISH", "SPANISH"})
_TAG = re.compile(r"^([BI])[-_]+([A-Za-z]+)")
#: a news item starts with a dateline: a place, then a parenthesised agency (``فرانكفورت (د ب أ)``)
_DATELINE_OPEN = re.compile(r"^\(")


def normalize_type(raw: str) -> str:
    """Map a corpus entity class to the four-type scheme (AQMAR ``MIS0``-``MIS3`` and any other → MISC)."""
    return _TYPE_ALIASES.get(raw.upper(), "MISC")


def normalize_tag(raw: str) -> str:
    """One tag to ``O``/``B-T``/``I-T``: fixes typos (``OO``, ``I--ORG``, ``B-MIS1```); ``B-ENGLISH`` → O."""
    m = _TAG.match(raw.strip())
    if m is None or m.group(2).upper() in _NOT_ENTITIES:
        return "O"
    return f"{m.group(1)}-{normalize_type(m.group(2))}"


def repair_iob(tags: Iterable[str]) -> list[str]:
    """Make a tag sequence valid IOB2: an ``I-T`` that does not continue a ``T`` chunk becomes ``B-T``."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def parse(lines: Iterable[str], *, tagged: bool = True) -> Iterator[Sentence]:
    """Sentences as ``(tokens, tags)``; tags are normalised and repaired (``[]`` when ``tagged`` is false)."""
    tokens: list[str] = []
    tags: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            if tokens:
                yield tokens, repair_iob(tags) if tagged else []
                tokens, tags = [], []
            continue
        cols = _SPLIT.split(line)
        tokens.append(cols[0])
        if tagged:
            tags.append(normalize_tag(cols[-1]) if len(cols) > 1 else "O")
    if tokens:
        yield tokens, repair_iob(tags) if tagged else []


def read(path: str | Path, *, tagged: bool = True) -> list[Sentence]:
    """All sentences of a CoNLL file (UTF-8, a BOM is allowed)."""
    with open(path, encoding="utf-8-sig") as fh:
        return list(parse(fh, tagged=tagged))


def write(sentences: Iterable[Sentence], out: TextIO) -> None:
    """Write ``token TAG`` lines, a blank line after each sentence."""
    for tokens, tags in sentences:
        for tok, tag in zip(tokens, tags, strict=True):
            out.write(f"{tok} {tag}\n")
        out.write("\n")


def is_document_start(tokens: Sequence[str]) -> bool:
    """True when a sentence opens with a dateline (an agency in parentheses within its first four tokens)."""
    return any(_DATELINE_OPEN.match(t) for t in tokens[1:4])


def documents(sentences: Sequence[Sequence[str]]) -> list[range]:
    """Split a run of sentences into news items at their datelines (as sentence index ranges)."""
    starts = [0] + [i for i in range(1, len(sentences)) if is_document_start(sentences[i])]
    return (
        [range(a, b) for a, b in zip(starts, [*starts[1:], len(sentences)], strict=True)] if sentences else []
    )
