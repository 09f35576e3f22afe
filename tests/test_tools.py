"""The evaluation tools the README's events tables are made with: ``scripts/readme_tables.py`` writes a new
stop's column from two runs of ``scripts/eval_all.sh``, ``bench/events_suites.py`` sums scores."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from khabar.events.evaluate import EventScores

ROOT = Path(__file__).resolve().parents[1]


def eval_output(name: str, gold: int, pred: int, matched: int, lenient: int) -> str:
    """A ``khabar eval events`` output of one file, as far as the tool reads it."""
    return (
        f"== {name}\n"
        f"type        gold  pred match      P      R     F1\n"
        f"ALL        {gold:>5} {pred:>5} {matched:>5}  0.000  0.000  0.000\n"
        f"lenient    {gold:>5} {pred:>5} {lenient:>5}  0.000  0.000  0.000  (type + one actor)\n"
    )


def write_run(folder: Path, figures: dict[str, tuple[int, int, int, int]]) -> Path:
    folder.mkdir()
    for name, (g, p, m, lm) in figures.items():
        (folder / name.replace(".jsonl", ".txt")).write_text(eval_output(name, g, p, m, lm), encoding="utf-8")
    return folder


README = """# Scores

| suite | blind | now (end of stop 1) |
|---|---|---|
| one half | 5 (P 0.500, R 0.500, **F1 0.500**) | 6 (P 0.600, R 0.600, **F1 0.600**, lenient 0.700) |
| two halves together | — | 9 (P 0.450, R 0.450, **F1 0.450**, lenient 0.550) |

Text after the table.
"""


def run_tool(
    tmp_path: Path, new: dict[str, tuple[int, int, int, int]], *flags: str
) -> subprocess.CompletedProcess[str]:
    old = {"events_a.jsonl": (10, 10, 6, 7), "events_b.jsonl": (10, 10, 3, 4)}
    readme = tmp_path / "README.md"
    readme.write_text(README, encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "readme_tables.py"),
            str(write_run(tmp_path / "old", old)),
            str(write_run(tmp_path / "new", new)),
            str(readme),
            "--old-stop",
            "1",
            "--new-stop",
            "2",
            *flags,
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_new_column_holds_each_rows_files_found_by_their_figures(tmp_path: Path) -> None:
    new = {"events_a.jsonl": (10, 8, 7, 8), "events_b.jsonl": (10, 10, 3, 4)}
    result = run_tool(tmp_path, new, "--write")
    assert result.returncode == 0, result.stdout + result.stderr
    rows = (tmp_path / "README.md").read_text(encoding="utf-8").splitlines()
    assert rows[2] == "| suite | blind | end of stop 1 | now (end of stop 2) |"
    assert rows[3] == "|---|---|---|---|"
    # the row of file a: its last cell compacted, the new figures appended in full
    assert rows[4].endswith("| 6 (F1 0.600) | 7 (P 0.875, R 0.700, **F1 0.778**, lenient 0.889) |")
    # the row of a and b summed (6 + 3 of 20), found as a sum of two files
    assert rows[5].endswith("| — | 9 (F1 0.450) | 10 (P 0.556, R 0.500, **F1 0.526**, lenient 0.632) |")
    assert rows[-1] == "Text after the table."


def test_a_row_no_file_reproduces_is_reported_and_nothing_written(tmp_path: Path) -> None:
    # file b is missing from the new run: the summed row cannot be written
    result = run_tool(tmp_path, {"events_a.jsonl": (10, 8, 7, 8)}, "--write")
    assert result.returncode == 1
    assert "rows unmapped: 1" in result.stdout
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == README


def load_bench(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("scores", "line"),
    [
        (
            [EventScores(Counter(ACCUSE=4), Counter(ACCUSE=5), Counter(ACCUSE=2), 3)],
            "2 of 4 (P 0.400, R 0.500, F1 0.444, lenient 0.667; 5 predicted)",
        ),
        # summed over files and types
        (
            [
                EventScores(Counter(ACCUSE=4), Counter(ACCUSE=5), Counter(ACCUSE=2), 3),
                EventScores(Counter(AID=1000), Counter(AID=995), Counter(AID=598), 800),
            ],
            "600 of 1,004 (P 0.600, R 0.598, F1 0.599, lenient 0.801; 1,000 predicted)",
        ),
    ],
)
def test_the_suites_sums_add_files_then_score(scores: list[EventScores], line: str) -> None:
    assert load_bench("events_suites").summed(scores) == line
