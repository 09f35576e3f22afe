"""End-to-end: the CLI and library over real inputs, checked against the schema and the raw text."""

from __future__ import annotations

import itertools
import json
import os
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import SEED
from khabar.cli import cli
from khabar.document import Document
from khabar.extract import extract_text
from khabar.serialize import to_dict

GOLDEN = Path(__file__).parent / "golden" / "seed.json"
SCHEMA = json.loads(resources.files("khabar").joinpath("schema/document.schema.json").read_text("utf-8"))


def _spans(d: dict) -> list[tuple[str, dict]]:
    """Every record in every layer that has start/end, with its layer name."""
    out: list[tuple[str, dict]] = []
    for layer in ("sentences", "quotes", "times", "quantities", "artifacts", "boilerplate"):
        out += [(layer, r) for r in d[layer]]
    for e in d["entities"]:
        out += [("mentions", m) for m in e["mentions"]]
    for ev in d["events"]:
        out += [("trigger", ev["trigger"]), ("sentence", ev["sentence"])]
    return out


def _run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def seed_json() -> dict:
    """The example through the CLI, named by a path relative to the repository (``source`` records it)."""
    cwd = os.getcwd()
    os.chdir(SEED.parents[1])
    try:
        res = _run("extract", "examples/seed.txt", "--date", "2025-09-03", "--format", "json")
    finally:
        os.chdir(cwd)
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_seed_validates_against_schema(seed_json: dict) -> None:
    jsonschema.validate(seed_json, SCHEMA)
    assert seed_json["date"] == "2025-09-03"
    assert seed_json["text"] == SEED.read_text(encoding="utf-8")


def test_every_span_slices_the_raw_text(seed_json: dict) -> None:
    text = seed_json["text"]
    spans = _spans(seed_json)
    assert len(spans) > 20
    for layer, r in spans:
        assert 0 <= r["start"] < r["end"] <= len(text), (layer, r)
        if "text" in r:
            assert text[r["start"] : r["end"]] == r["text"], (layer, r)


def test_sentences_are_ordered_and_disjoint(seed_json: dict) -> None:
    ends = [(s["start"], s["end"]) for s in seed_json["sentences"]]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


def test_boilerplate_excluded_from_entities(seed_json: dict) -> None:
    (bp,) = seed_json["boilerplate"]
    assert bp["text"].startswith("شاركها")
    for e in seed_json["entities"]:
        for m in e["mentions"]:
            assert not (bp["start"] <= m["start"] < bp["end"])


def test_golden_seed(seed_json: dict) -> None:
    """The whole output on the example; regenerate with KHABAR_UPDATE_GOLDEN=1 after a reviewed change."""
    if os.environ.get("KHABAR_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(seed_json, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert seed_json == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_json_round_trip_of_real_output(seed_json: dict) -> None:
    assert to_dict(Document.from_json(seed_json)) == seed_json


def test_library_and_cli_agree(seed_json: dict) -> None:
    doc = extract_text(SEED.read_text(encoding="utf-8"), date="2025-09-03", source="examples/seed.txt")
    assert to_dict(doc) == seed_json


def test_text_format_is_a_report() -> None:
    res = _run("extract", str(SEED), "--format", "text")
    assert res.exit_code == 0
    assert "Entities" in res.stdout and "Translation artifacts" in res.stdout
    assert "Dioyutai" in res.stdout


def test_batch_goes_on_past_bad_inputs(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("قال الرئيس إن الاجتماع كان مثمرا.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    jl = tmp_path / "d.jsonl"
    jl.write_text(
        json.dumps({"id": "x1", "text": "زار الوزير بيروت."}, ensure_ascii=False) + "\n{not json\n",
        encoding="utf-8",
    )
    res = _run("extract", str(tmp_path), "--format", "jsonl")
    assert res.exit_code == 0
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(docs) == 2 and "x1" in {d["id"] for d in docs}
    errors = [line for line in res.stderr.splitlines() if line.startswith("khabar: error:")]
    assert len(errors) == 3
    assert any("empty.txt" in e for e in errors) and any("bin.txt" in e for e in errors)
    assert any("d.jsonl:2" in e for e in errors)


def test_exit_1_when_nothing_succeeds(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    res = _run("extract", str(tmp_path / "empty.txt"))
    assert res.exit_code == 1
    assert "empty.txt" in res.stderr and res.stdout == ""


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("خبر " * 100, encoding="utf-8")
    res = _run("extract", str(f), "--max-bytes", "50")
    assert res.exit_code == 1 and "max_doc_bytes" in res.stderr


def test_stdin_and_several_documents_as_array(tmp_path: Path) -> None:
    res = _run("extract", "-", input="وصل الرئيس إلى القاهرة.".encode())
    assert res.exit_code == 0 and json.loads(res.stdout)["text"] == "وصل الرئيس إلى القاهرة."
    (tmp_path / "b.txt").write_text("خبر أول.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("خبر ثان.", encoding="utf-8")
    res = _run("extract", str(tmp_path / "b.txt"), str(tmp_path / "c.txt"))
    assert [d["text"] for d in json.loads(res.stdout)] == ["خبر أول.", "خبر ثان."]


@pytest.mark.parametrize("bad", ["2025-13-01", "03/09/2025", "yesterday"])
def test_bad_date_is_a_usage_error(bad: str) -> None:
    res = CliRunner().invoke(cli, ["extract", str(SEED), "--date", bad])
    assert res.exit_code == 2 and "--date" in res.output


def test_every_command_has_help() -> None:
    for args in (["--help"], ["extract", "--help"], ["schema", "--help"]):
        res = _run(*args)
        assert res.exit_code == 0 and "Usage:" in res.stdout
