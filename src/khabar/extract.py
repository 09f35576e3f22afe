"""Library entry points: analyse documents with the configured pipeline.

The CLI and any web layer are thin shells over these functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from khabar.config import Config
from khabar.document import Document
from khabar.ingest import IngestError, iso_date, read_paths
from khabar.pipeline import Pipeline


@lru_cache(maxsize=8)
def get_pipeline(config: Config) -> Pipeline:
    """The pipeline for a config, built once per process."""
    return Pipeline.from_config(config)


def check_date(date: str | None) -> str | None:
    """Validate an article date given by a user (``YYYY-MM-DD``)."""
    if date is None:
        return None
    if iso_date(date) != date:
        raise ValueError(f"date {date!r} is not a valid YYYY-MM-DD date")
    return date


def analyse(doc: Document, config: Config | None = None) -> Document:
    """Run the configured pipeline over a document (in place) and return it."""
    return get_pipeline(config or Config.default())(doc)


def extract_text(text: str, *, config: Config | None = None, **meta: str | None) -> Document:
    """Analyse one text. ``meta`` takes the Document metadata (id, title, date, url, source, lang)."""
    if "date" in meta:
        meta["date"] = check_date(meta["date"])
    return analyse(Document(text, **meta), config)  # type: ignore[arg-type]


def extract_paths(
    paths: Iterable[str | Path], *, config: Config | None = None, date: str | None = None
) -> Iterator[Document | IngestError]:
    """Read files, directories or ``-`` (stdin) and analyse each document.

    ``date`` is the article date for documents whose metadata has none. Unreadable inputs come
    through as :class:`IngestError` values so that one bad file never stops a batch.
    """
    config = config or Config.default()
    date = check_date(date)
    for item in read_paths(paths, config):
        if isinstance(item, Document):
            if item.date is None and date is not None:
                item.date = date
            yield analyse(item, config)
        else:
            yield item
