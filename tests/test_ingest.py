from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.document import Document, content_id
from khabar.ingest import DecodeError, IngestError, decode_bytes, read_path, read_paths

SEED = (Path(__file__).resolve().parent.parent / "examples" / "seed.txt").read_text(encoding="utf-8")
ARABIC = "التقى الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون في بكين يوم الأربعاء.\r\n"
CONFIG = Config.default()

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>بوتين وكيم يلتقيان في بكين</title>
<meta property="og:title" content="بوتين وكيم يلتقيان في بكين">
<meta property="og:site_name" content="وكالة الأنباء">
<meta property="og:url" content="https://news.example.org/2025/09/03/putin-kim">
<meta property="article:published_time" content="2025-09-03T10:00:00Z">
<meta name="author" content="أحمد علي">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
<article><h1>بوتين وكيم يلتقيان في بكين</h1>
<p>التقى الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون لإجراء محادثات ثنائية
في بكين يوم الأربعاء، بعد حضورهما عرضا عسكريا كبيرا في قلب العاصمة الصينية.</p>
<p>وقال الكرملين في منشور على وسائل التواصل الاجتماعي إن الزعيمين سافرا من حفل الاستقبال الرسمي
إلى المفاوضات في السيارة نفسها، وإن اجتماعا ثنائيا بين الوفدين سبق لقاء منفردا بين الزعيمين.</p>
<p>ودعا بوتين كيم إلى زيارة روسيا مرة أخرى، بعد آخر زيارة للزعيم الكوري الشمالي إلى البلاد عام 2023.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>
"""


def only(items: list[Document | IngestError]) -> Document | IngestError:
    assert len(items) == 1, items
    return items[0]


def read(path: Path, config: Config = CONFIG) -> list[Document | IngestError]:
    return list(read_path(path, config))


# --- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"],
)
@pytest.mark.parametrize("text", [SEED, ARABIC], ids=["seed", "short"])
def test_text_file_encodings_decode_to_the_original(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    doc = only(read(path))
    assert isinstance(doc, Document), doc
    assert doc.text == text  # BOM dropped, \r\n kept, nothing else rewritten
    assert doc.id == content_id(text)
    assert doc.source == str(path)


def test_utf16_bom_written_explicitly_is_stripped() -> None:
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xef\xbb\xbf", "utf-8")):
        assert decode_bytes(bom + ARABIC.encode(enc), "x") == ARABIC


def test_non_arabic_legacy_bytes_are_refused_not_guessed() -> None:
    with pytest.raises(DecodeError, match="not UTF-8") as info:
        decode_bytes("Café crème brûlée à la française".encode("latin-1"), "menu.txt")
    assert info.value.source == "menu.txt"


def test_binary_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    err = only(read(path))
    assert isinstance(err, IngestError)
    assert "binary file" in err.message
    assert str(err).startswith(f"{path}: ")


def test_control_bytes_without_nul_are_binary() -> None:
    with pytest.raises(DecodeError, match="binary file"):
        decode_bytes(bytes([1, 2, 3, 4, 5, 6, 0x41]) * 50, "x")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n", "\ufeff  \n".encode()])
def test_empty_document_is_an_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    err = only(read(path))
    assert isinstance(err, IngestError)
    assert err.message == "empty document"
    assert str(err) == f"{path}: empty document"


# --- size limit ------------------------------------------------------------------------------


def test_oversize_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text(SEED, encoding="utf-8")
    size = path.stat().st_size

    def no_read(self: Path) -> bytes:
        raise AssertionError("an oversize file must not be read")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    err = only(read(path, CONFIG.replace(max_doc_bytes=100)))
    assert isinstance(err, IngestError)
    assert err.message == f"document is {size} bytes, over the limit of 100 (max_doc_bytes)"


def test_oversize_jsonl_line_is_refused_and_the_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "خبر قصير"}, ensure_ascii=False),
        json.dumps({"id": "b", "text": "خبر " * 200}, ensure_ascii=False),
        json.dumps({"id": "c", "text": "خبر آخر"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path, CONFIG.replace(max_doc_bytes=300))
    assert [i.id for i in items if isinstance(i, Document)] == ["a", "c"]
    (err,) = [i for i in items if isinstance(i, IngestError)]
    assert err.line == 2
    assert "over the limit of 300 (max_doc_bytes)" in err.message
    assert str(err).startswith(f"{path}:2: document is ")


# --- HTML ------------------------------------------------------------------------------------


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "article.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    doc = only(read(path))
    assert isinstance(doc, Document), doc
    assert "التقى الرئيس الروسي فلاديمير بوتين" in doc.text
    assert "ودعا بوتين كيم إلى زيارة روسيا" in doc.text
    assert "الرئيسية" not in doc.text  # navigation dropped
    assert doc.title == "بوتين وكيم يلتقيان في بكين"
    assert doc.date == "2025-09-03"
    assert doc.url == "https://news.example.org/2025/09/03/putin-kim"
    assert doc.source == "وكالة الأنباء"


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div><p>",
        "<html><head><title>x</title></head><body></body></html>",
        "<<<>>><!-- <html",
        "<html><body>" + "<div>" * 5000 + "</body></html>",
    ],
    ids=["unclosed", "no-body-text", "garbage", "deep-nesting"],
)
def test_broken_html_gives_an_error_not_a_crash(tmp_path: Path, html: str) -> None:
    path = tmp_path / "broken.htm"
    path.write_text(html, encoding="utf-8")
    err = only(read(path))
    assert isinstance(err, IngestError)
    assert err.source == str(path)
    assert "HTML" in err.message


# --- JSONL -----------------------------------------------------------------------------------


def test_jsonl_bad_lines_are_reported_with_their_number(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [
        json.dumps({"id": "one", "text": ARABIC, "title": "عنوان", "date": "2025-09-03", "source": "AP"}),
        "{not json",
        "[1, 2]",
        json.dumps({"id": "x", "text": "   "}),
        "",
        json.dumps({"text": "بلا معرّف", "url": "https://example.org/a"}, ensure_ascii=False),
        json.dumps({"id": 7, "text": "رقم"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = read(path)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [(e.line, e.source) for e in errors] == [(2, str(path)), (3, str(path)), (4, str(path))]
    assert "invalid JSON" in errors[0].message
    assert "expected a JSON object" in errors[1].message
    assert "'text'" in errors[2].message
    assert str(errors[0]).startswith(f"{path}:2: invalid JSON")
    first, second, third = docs
    assert (first.id, first.text, first.title, first.date, first.source) == (
        "one",
        ARABIC,
        "عنوان",
        "2025-09-03",
        "AP",
    )
    assert second.id == content_id("بلا معرّف")
    assert second.source == str(path)
    assert second.url == "https://example.org/a"
    assert third.id == "7"


def test_jsonl_wrong_field_type_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "خبر", "title": ["x"]}) + "\n", encoding="utf-8")
    err = only(read(path))
    assert isinstance(err, IngestError)
    assert err.line == 1
    assert "'title' must be a string" in err.message


# --- paths -----------------------------------------------------------------------------------


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "2.txt").write_text("نص ب٢", encoding="utf-8")
    (tmp_path / "a" / "deep" / "1.txt").write_text("نص أ١", encoding="utf-8")
    (tmp_path / "a" / "0.jsonl").write_text(json.dumps({"id": "j", "text": "نص"}) + "\n", encoding="utf-8")
    (tmp_path / "a" / "page.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("# skipped", encoding="utf-8")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    items = read(tmp_path)
    assert [i.source if isinstance(i, Document) else str(i) for i in items] == [
        str(tmp_path / "a" / "0.jsonl"),
        str(tmp_path / "a" / "deep" / "1.txt"),
        "وكالة الأنباء",  # a/page.html, by its sitename
        str(tmp_path / "b" / "2.txt"),
        f"{tmp_path / 'c.txt'}: empty document",
    ]
    assert items[1].text == "نص أ١"


def test_explicit_file_with_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(ARABIC, encoding="utf-8")
    doc = only(read(path))
    assert isinstance(doc, Document)
    assert doc.text == ARABIC


def test_missing_and_unreadable_paths_are_errors(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    locked = tmp_path / "locked.txt"
    locked.write_text(ARABIC, encoding="utf-8")
    locked.chmod(0)
    good = tmp_path / "good.txt"
    good.write_text(ARABIC, encoding="utf-8")
    try:
        items = list(read_paths([missing, locked, good], CONFIG))
    finally:
        locked.chmod(0o644)
    assert isinstance(items[0], IngestError)
    assert str(items[0]) == f"{missing}: no such file or directory"
    if isinstance(items[1], IngestError):  # root can read anything
        assert items[1].message.startswith("cannot read")
    assert isinstance(items[-1], Document)
    assert items[-1].text == ARABIC


# --- stdin -----------------------------------------------------------------------------------


class FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def read_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, config: Config = CONFIG) -> list:
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    return list(read_paths(["-"], config))


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = only(read_stdin(monkeypatch, SEED.encode("utf-8")))
    assert isinstance(doc, Document)
    assert doc.text == SEED
    assert doc.source == "<stdin>"


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "\n".join(json.dumps({"id": str(i), "text": f"خبر {i}"}) for i in range(3)) + "\n"
    items = read_stdin(monkeypatch, data.encode("utf-8"))
    assert [(d.id, d.text) for d in items] == [("0", "خبر 0"), ("1", "خبر 1"), ("2", "خبر 2")]


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = only(read_stdin(monkeypatch, ARTICLE_HTML.encode("utf-8")))
    assert isinstance(doc, Document)
    assert doc.title == "بوتين وكيم يلتقيان في بكين"


def test_stdin_with_one_non_object_line_is_text(monkeypatch: pytest.MonkeyPatch) -> None:
    data = '{"text": "خبر"}\nليس JSON\n'
    doc = only(read_stdin(monkeypatch, data.encode("utf-8")))
    assert isinstance(doc, Document)
    assert doc.text == data


def test_stdin_oversize_and_binary(monkeypatch: pytest.MonkeyPatch) -> None:
    err = only(read_stdin(monkeypatch, SEED.encode("utf-8"), CONFIG.replace(max_doc_bytes=10)))
    assert isinstance(err, IngestError)
    assert "max_doc_bytes" in err.message
    err = only(read_stdin(monkeypatch, b"\x00\x01\x02\x03\xff" * 20))
    assert isinstance(err, IngestError)
    assert str(err).startswith("<stdin>: binary file")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-09-03", "2025-09-03"),
        ("2025-09-03T10:00:00+03:00", "2025-09-03"),
        ("2025-09-03 10:00", "2025-09-03"),
        ("2025-02-30", None),
        ("03/09/2025", None),
        ("2025-09-031", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value: str | None, expected: str | None) -> None:
    from khabar.ingest import iso_date

    assert iso_date(value) == expected


def test_jsonl_bad_date_is_a_line_error(tmp_path: Path) -> None:
    f = tmp_path / "d.jsonl"
    f.write_text(
        '{"text": "خبر", "date": "3 Sep 2025"}\n{"text": "خبر آخر", "date": "2025-09-03T08:00"}\n',
        encoding="utf-8",
    )
    items = list(read_path(f, Config.default()))
    assert isinstance(items[0], IngestError) and items[0].line == 1 and "ISO date" in items[0].message
    assert isinstance(items[1], Document) and items[1].date == "2025-09-03"
