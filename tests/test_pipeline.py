from __future__ import annotations

import gc
import threading
from typing import ClassVar

import pytest

from khabar.config import Config, ConfigError
from khabar.document import Document, Span
from khabar.pipeline import Pipeline, PipelineError, gc_paused, registered


class _Adds:
    name = "adds_x"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    adds: ClassVar[tuple[str, ...]] = ("x",)

    def __call__(self, doc: Document) -> Document:
        doc.sentences.append(Span(0, 1))
        return doc


class _NeedsX:
    name = "needs_x"
    requires: ClassVar[tuple[str, ...]] = ("x",)
    adds: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> Document:
        raise RuntimeError("boom")


def test_order_is_checked() -> None:
    with pytest.raises(PipelineError, match=r"needs_x.*requires x"):
        Pipeline([_NeedsX(), _Adds()])
    assert Pipeline([_Adds(), _NeedsX()]).layers >= {"x", "text"}


def test_failing_stage_is_recorded_not_raised() -> None:
    doc = Pipeline([_Adds(), _NeedsX()])(Document("نص"))
    assert doc.sentences == [Span(0, 1)]
    assert [(e.stage, e.message) for e in doc.errors] == [("needs_x", "RuntimeError: boom")]


class _SeesCollector:
    name = "sees_collector"
    requires: ClassVar[tuple[str, ...]] = ()
    adds: ClassVar[tuple[str, ...]] = ()

    def __init__(self) -> None:
        self.enabled: list[bool] = []

    def __call__(self, doc: Document) -> Document:
        self.enabled.append(gc.isenabled())
        raise RuntimeError("boom")


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_collector_paused_for_a_document_and_back_after_a_failing_stage(collector_on) -> None:
    seen = _SeesCollector()
    doc = Pipeline([seen])(Document("نص"))
    assert seen.enabled == [False]
    assert doc.errors and gc.isenabled()


def test_collector_turned_off_by_the_caller_stays_off(collector_on) -> None:
    gc.disable()
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_collector_back_when_the_first_of_concurrent_documents_ends(collector_on) -> None:
    inside, release = threading.Event(), threading.Event()
    during: list[bool] = []

    def first() -> None:
        with gc_paused():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=first)
    t.start()
    inside.wait(5)
    with gc_paused():  # a second document while the first is analysed
        during.append(gc.isenabled())
    during.append(gc.isenabled())  # the second does not turn it back on: the first paused it
    release.set()
    t.join(5)
    assert during == [False, False]
    assert gc.isenabled()


def test_default_pipeline_builds_from_config() -> None:
    pipe = Pipeline.from_config(Config.default())
    assert pipe.names == list(Config.default().pipeline)
    assert set(Config.default().pipeline) <= set(registered())


def test_unknown_stage_named() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'nope'"):
        Pipeline.from_config(Config.default().replace(pipeline=("sentences", "nope")))


def test_config_is_frozen_and_user_file_overrides(tmp_path) -> None:
    cfg = Config.default()
    with pytest.raises(AttributeError):
        cfg.max_doc_bytes = 3  # type: ignore[misc]
    f = tmp_path / "k.toml"
    f.write_text("max_doc_bytes = 1234\n", encoding="utf-8")
    assert Config.load(f).max_doc_bytes == 1234
    assert Config.load(f).pipeline == cfg.pipeline
    f.write_text("max_doc_byte = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown option.*max_doc_byte"):
        Config.load(f)
    f.write_text("max_doc_bytes = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"k\.toml"):
        Config.load(f)
