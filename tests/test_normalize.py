from __future__ import annotations

import re

import pytest

from khabar.text.normalize import normalize, normalize_with_map, strip_diacritics

CASES = [
    # diacritics (harakat, tanween, shadda, sukun, superscript alef)
    ("مُحَمَّدٌ", "محمد"),
    ("رسميًا", "رسميا"),
    ("اللّٰه", "الله"),
    ("قُرْآن", "قران"),
    # tatweel
    ("العـــربية", "العربيه"),
    ("ـمرحبا", "مرحبا"),
    # ligatures and presentation forms
    ("ﻻ", "لا"),
    ("ﻷ", "لا"),
    ("لاعب ﻻعب", "لاعب لاعب"),
    ("ﺑﻜﻴﻦ", "بكين"),
    ("ﷲ", "الله"),
    ("ﺋ", "ي"),
    # digits and separators
    ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
    ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
    ("٣٫٥", "3.5"),
    ("١٥٬٠٠٠", "15,000"),
    ("15,000", "15,000"),
    # bidi, zero-width and BOM controls, soft hyphen
    ("\u200fبكين\u200e", "بكين"),
    ("\u202bنص\u202c", "نص"),
    ("\u2067نص\u2069", "نص"),
    ("\ufeffنص", "نص"),
    ("مي\u200cخواهم", "ميخواهم"),
    ("\u061cنص", "نص"),
    ("co\u00adoperation", "cooperation"),
    # alef and hamza forms
    ("أإآٱ", "اااا"),
    ("أحمد", "احمد"),
    ("إسرائيل", "اسراييل"),
    ("مؤتمر", "موتمر"),
    ("رئيس", "رييس"),
    ("ا\u0654", "ا"),
    # taa marbuta and alef maqsura
    ("مدرسة", "مدرسه"),
    ("مصطفى", "مصطفي"),
    ("إلى", "الي"),
    # Persian and Urdu letters
    ("ی ک ہ ە", "ي ك ه ه"),
    # Latin is lower-cased, other text kept
    ("Dioyutai AP", "dioyutai ap"),
    ("ÉCOLE", "école"),
    ("بكين (AP) –", "بكين (ap) –"),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalize_with_map_text(raw: str, expected: str) -> None:
    nt = normalize_with_map(raw)
    assert nt.raw == raw
    assert nt.text == expected
    assert len(nt.starts) == len(nt.ends) == len(nt.text)


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_map_points_back(raw: str, expected: str) -> None:
    nt = normalize_with_map(raw)
    previous = 0
    for i, ch in enumerate(nt.text):
        start, end = nt.starts[i], nt.ends[i]
        assert previous <= start < end <= len(raw)
        assert ch in normalize(raw[start:end])
        previous = start


@pytest.mark.parametrize(
    "raw",
    [
        "وَقَالَ الكَرْمْلِينُ إِنَّ بُوتِين",
        "العـــربية ﻻ تُقْرَأُ ١٥٬٠٠٠ مرة",
        "\u200fبكين\u200e (AP) – التقى الرئيس",
        "ﺑﻜﻴﻦ ﻭﻣﻮﺳﻜﻮ ﷲ",
        "مدرسةٌ مصطفى إلى رئيسٍ",
    ],
)
def test_word_spans_map_back(raw: str) -> None:
    nt = normalize_with_map(raw)
    for m in re.finditer(r"\S+", nt.text):
        start, end = nt.to_raw(*m.span())
        assert normalize(raw[start:end]) == m.group()
        assert nt.raw_slice(*m.span()) == raw[start:end]
        assert not raw[start:end].isspace()


def test_diacritics_belong_to_their_letter() -> None:
    raw = "مُحَمَّدٌ"
    nt = normalize_with_map(raw)
    assert nt.to_raw(0, 1) == (0, 2)
    assert nt.to_raw(2, 3) == (4, 7)
    assert nt.to_raw(0, 4) == (0, len(raw))


def test_ligature_maps_to_whole_glyph() -> None:
    nt = normalize_with_map("ﻻعب")
    assert nt.to_raw(0, 1) == nt.to_raw(1, 2) == (0, 1)
    assert nt.to_raw(0, 2) == (0, 1)


def test_removed_controls_have_no_counterpart() -> None:
    raw = "\u200fبكين\u200e"
    nt = normalize_with_map(raw)
    assert nt.to_raw(0, len(nt.text)) == (1, 5)


def test_empty_span() -> None:
    nt = normalize_with_map("أبو")
    assert nt.to_raw(1, 1) == (1, 1)
    assert nt.to_raw(3, 3) == (3, 3)


def test_identity_map_when_lengths_are_kept() -> None:
    nt = normalize_with_map("أحمد ومدرسة")
    assert nt.starts == tuple(range(11))
    assert nt.ends == tuple(range(1, 12))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("مُحَمَّدٌ", "محمد"), ("أحمـــد", "أحمد"), ("مدرسةٌ", "مدرسة"), ("إلى", "إلى")],
)
def test_strip_diacritics_keeps_letter_forms(raw: str, expected: str) -> None:
    assert strip_diacritics(raw) == expected


def test_normalize_is_idempotent() -> None:
    for raw, _ in CASES:
        once = normalize(raw)
        assert normalize(once) == once
