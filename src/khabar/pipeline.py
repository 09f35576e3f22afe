"""Stages and the pipeline that runs them.

A stage is a small class with ``name``, ``requires`` and ``adds`` (layer names) and
``__call__(doc) -> doc``. Stages register themselves with :func:`register`; a
:class:`Pipeline` is built from :class:`~khabar.config.Config` and refuses an order in which
a stage runs before a layer it requires has been added.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import ClassVar, Protocol, runtime_checkable

from khabar.config import Config
from khabar.document import DocError, Document

#: where a stage's failure is reported, one line each (Python prints warnings on stderr when the caller has
#: set no logging up)
log = logging.getLogger("khabar")

#: layers every document has before any stage runs
BASE_LAYERS = frozenset({"text", "meta"})


@runtime_checkable
class Stage(Protocol):
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    adds: ClassVar[tuple[str, ...]]

    def __call__(self, doc: Document) -> Document: ...


StageFactory = Callable[[Config], Stage]

_REGISTRY: dict[str, StageFactory] = {}

#: modules that define the packaged stages; imported on first lookup so the registry is complete
_STAGE_MODULES = (
    "khabar.text.sentences",
    "khabar.text.tokenize",
    "khabar.clean.boilerplate",
    "khabar.clean.artifacts",
    "khabar.ner.stage",
    "khabar.kb.link",
    "khabar.kb.coref",
    "khabar.times.dates",
    "khabar.times.quantities",
    "khabar.quotes.stage",
    "khabar.events.stage",
)


def register(name: str) -> Callable[[type], type]:
    """Class decorator: make a stage available to pipelines under ``name``."""

    def deco(cls: type) -> type:
        if name in _REGISTRY and _REGISTRY[name] is not cls:
            raise ValueError(f"stage {name!r} is already registered")
        cls.name = name
        _REGISTRY[name] = cls
        return cls

    return deco


def registered() -> dict[str, StageFactory]:
    for mod in _STAGE_MODULES:
        importlib.import_module(mod)
    return dict(_REGISTRY)


def record_failure(doc: Document, stage: str, message: str) -> None:
    """Record on the document that a stage (or one step of it) failed, and report it on one line; the batch
    goes on."""
    doc.errors.append(DocError(stage, message))
    log.warning("khabar: warning: document %s: stage %s: %s", doc.id, stage, message)


class PipelineError(ValueError):
    pass


_gc_lock = threading.Lock()
_gc_paused = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one document's analysis.

    A document's layers are tens of thousands of small records that all live until the document is
    done, so the collector's passes while it is analysed free nothing; each full pass also walks
    every lexicon, knowledge-base and model object loaded before (about 10% of the pipeline's time on
    news, ``bench/bench_pipeline.py --conll``). Reference counting still frees everything acyclic at
    once. Only the first of concurrent callers pauses the collector and it turns it back on when its
    document is done, so the collector is never off for longer than one document; a collector the
    caller had turned off stays off.
    """
    global _gc_paused
    with _gc_lock:
        own = not _gc_paused and gc.isenabled()
        if own:
            gc.disable()
            _gc_paused = True
    try:
        yield
    finally:
        if own:
            with _gc_lock:
                gc.enable()
                _gc_paused = False


class Pipeline:
    """An ordered list of stages, checked so that each stage's requirements are met."""

    def __init__(self, stages: Iterable[Stage]) -> None:
        self.stages: list[Stage] = list(stages)
        have = set(BASE_LAYERS)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {', '.join(missing)}, "
                    f"which no earlier stage adds (have: {', '.join(sorted(have))})"
                )
            have.update(stage.adds)
        self.layers = frozenset(have)

    @classmethod
    def from_config(cls, config: Config | None = None) -> Pipeline:
        config = config or Config.default()
        registry = registered()
        stages = []
        for name in config.pipeline:
            if name not in registry:
                raise PipelineError(f"unknown stage {name!r}; known: {', '.join(sorted(registry))}")
            stages.append(registry[name](config))
        return cls(stages)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        with gc_paused():
            for stage in self.stages:
                try:
                    doc = stage(doc)
                except Exception as exc:  # one stage failing must not lose the document
                    record_failure(doc, stage.name, f"{type(exc).__name__}: {exc}")
        return doc
