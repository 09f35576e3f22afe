"""The one loader for packaged and user lexicons (TSV data files).

Format: UTF-8, one entry per line, columns separated by a TAB; ``#`` starts a comment line;
blank lines are skipped. The first comment line of a packaged file names its version, e.g.
``# version: 1``. A malformed line raises :class:`LexiconError` naming the file and line.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path


class LexiconError(ValueError):
    pass


def _parse(text: str, origin: str, min_cols: int, max_cols: int | None) -> tuple[tuple[str, ...], ...]:
    rows = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = tuple(c.strip() for c in line.rstrip("\r\n").split("\t"))
        if len(cols) < min_cols or (max_cols is not None and len(cols) > max_cols) or not cols[0]:
            want = f"{min_cols}" if max_cols == min_cols else f"{min_cols}-{max_cols or 'n'}"
            raise LexiconError(f"{origin}:{lineno}: expected {want} TAB-separated columns, got {len(cols)}")
        rows.append(cols)
    return tuple(rows)


@cache
def packaged(name: str, min_cols: int = 1, max_cols: int | None = None) -> tuple[tuple[str, ...], ...]:
    """Rows of a lexicon shipped in ``khabar/data/lexicons/NAME`` (cached: loaded once per process)."""
    res = resources.files("khabar").joinpath("data", "lexicons", name)
    return _parse(res.read_text(encoding="utf-8"), f"khabar/data/lexicons/{name}", min_cols, max_cols)


def load_file(
    path: str | Path, min_cols: int = 1, max_cols: int | None = None
) -> tuple[tuple[str, ...], ...]:
    """Rows of a user lexicon file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{p}: cannot read lexicon: {exc}") from exc
    return _parse(text, str(p), min_cols, max_cols)


def load(
    name: str, extra: Iterable[str | Path] = (), min_cols: int = 1, max_cols: int | None = None
) -> tuple[tuple[str, ...], ...]:
    """The packaged lexicon ``name`` followed by the rows of each user file in ``extra``."""
    rows = list(packaged(name, min_cols, max_cols))
    for path in extra:
        rows.extend(load_file(path, min_cols, max_cols))
    return tuple(rows)
