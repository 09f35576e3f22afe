from __future__ import annotations

import pytest

from khabar.lexicon import LexiconError, load_file


@pytest.mark.parametrize(
    ("content", "rows"),
    [
        ("# version: 1\nبوتين\tPutin\n\nكيم\tKim\n", [("بوتين", "Putin"), ("كيم", "Kim")]),
        ("\ufeffأ\tb\r\n", [("أ", "b")]),
        ("# only comments\n", []),
    ],
)
def test_user_file_rows(tmp_path, content: str, rows: list[tuple[str, ...]]) -> None:
    f = tmp_path / "x.tsv"
    f.write_bytes(content.encode("utf-8"))
    assert list(load_file(f, min_cols=1)) == rows


def test_malformed_line_names_file_and_line(tmp_path) -> None:
    f = tmp_path / "bad.tsv"
    f.write_text("# version: 1\nok\tfine\nbroken\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.tsv:3: expected 2 TAB-separated columns, got 1"):
        load_file(f, min_cols=2, max_cols=2)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(LexiconError, match="cannot read lexicon"):
        load_file(tmp_path / "none.tsv")
