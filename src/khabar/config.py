"""One frozen configuration object with packaged defaults (``data/defaults.toml``).

Users override any field from a TOML file of their own (``khabar extract --config FILE``) or in code
with :meth:`Config.replace`. Unknown keys are an error, so a typo never passes silently.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any


class ConfigError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Config:
    #: stage names, in the order they run
    pipeline: tuple[str, ...]
    #: documents larger than this (UTF-8 bytes of the decoded text, or file bytes) are refused
    max_doc_bytes: int
    #: extra boilerplate lexicons (TSV, same format as the packaged one)
    boilerplate_lexicons: tuple[str, ...] = ()
    #: extra transliteration lexicons for MT artifacts (TSV: arabic<TAB>english<TAB>suggestion)
    artifact_lexicons: tuple[str, ...] = ()
    #: a Latin word inside an Arabic sentence is flagged when the sentence is at least this share Arabic
    artifact_min_arabic_share: float = 0.6
    #: extra speech-cue lexicons (TSV: form<TAB>lemma<TAB>verb|participle|noun[<TAB>preposition])
    quote_speech_lexicons: tuple[str, ...] = ()
    #: extra attribution-cue lexicons (TSV: form<TAB>lemma<TAB>cue|medium|source)
    quote_attribution_lexicons: tuple[str, ...] = ()
    #: a quotation of at most this many words is a name or scare quote unless a speech cue governs it
    quote_scare_max_words: int = 3
    #: a quote with no speaker of its own takes the previous quote's speaker up to this many sentences on
    quote_continuation_sentences: int = 2
    #: extra event-trigger lexicons (TSV as event_triggers.tsv: form, lemma, type, mode, pos, frame)
    event_lexicons: tuple[str, ...] = ()
    #: one-sided events left out, as ``TYPE:source`` or ``TYPE:target`` (the side that is missing): those
    #: whose missing side mostly tells that the coder misread the clause; ``[]`` keeps them all
    event_one_sided_dropped: tuple[str, ...] = ()

    #: extra knowledge-base files (TSV as actors.tsv, JSON or JSON Lines), read after the user KB dir
    kb_files: tuple[str, ...] = ()
    #: the user KB directory; empty: $KHABAR_KB_DIR, else ~/.local/share/khabar/kb
    kb_dir: str = ""
    #: rapidfuzz ratio (0-100) a spelling variant needs to be linked to a KB alias
    link_fuzzy_threshold: float = 90.0

    @classmethod
    def default(cls) -> Config:
        return _DEFAULT

    @classmethod
    def from_mapping(cls, data: dict[str, Any], base: Config | None = None, origin: str = "config") -> Config:
        names = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - set(names))
        if unknown:
            raise ConfigError(f"{origin}: unknown option(s) {', '.join(unknown)}")
        values = {}
        for key, value in data.items():
            values[key] = tuple(value) if isinstance(value, list) else value
        if base is None:
            return cls(**values)
        return dataclasses.replace(base, **values)

    @classmethod
    def load(cls, path: str | Path) -> Config:
        """Packaged defaults overridden by a user TOML file."""
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{p}: cannot read config: {exc}") from exc
        return cls.from_mapping(data, base=_DEFAULT, origin=str(p))

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **changes)


def _load_default() -> Config:
    text = resources.files("khabar").joinpath("data/defaults.toml").read_text(encoding="utf-8")
    return Config.from_mapping(tomllib.loads(text), origin="packaged defaults.toml")


_DEFAULT = _load_default()
