from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

import khabar.times.dates  # noqa: F401  (registers the times stage)
from khabar.config import Config
from khabar.document import Document, Quantity
from khabar.extract import extract_text
from khabar.pipeline import Pipeline
from khabar.serialize import from_json, to_dict
from khabar.text.normalize import normalize
from khabar.times.numbers import parse_digits, parse_number
from khabar.times.quantities import Quantities

_BASE = Config.default().pipeline
CONFIG = Config.default().replace(
    pipeline=(*_BASE, *(s for s in ("times", "quantities") if s not in _BASE)),
)
STAGES = Pipeline.from_config(
    Config.default().replace(pipeline=("sentences", "tokens", "times", "quantities"))
)

Row = tuple[str, float | int | None, str | None, bool, bool]


def quantities(text: str) -> list[Row]:
    doc = STAGES(Document(text, date="2025-09-03"))
    assert not doc.errors
    for q in doc.quantities:
        assert doc.text[q.start : q.end] == q.text
    return [(q.text, q.value, q.unit, q.approx, q.ordinal) for q in doc.quantities]


CASES: list[tuple[str, list[Row]]] = [
    # a word with و goes on with a clause, not what is counted; "two" counts no word after it
    ("قتلت القوات اثنين واعتقلت 16 آخرين .", [("16 آخرين", 16, "آخرين", False, False)]),
    ("بينهم اثنان أطلقا صواريخ .", []),
    ("قتل اثنا عشر جنديا .", [("اثنا عشر جنديا", 12, "soldiers", False, False)]),
    ("أرسلت حوالي 15000 جندي .", [("حوالي 15000 جندي", 15000, "soldiers", True, False)]),
    ("أرسلت 15,000 جندي .", [("15,000 جندي", 15000, "soldiers", False, False)]),
    ("أرسلت ١٥٬٠٠٠ جندي .", [("١٥٬٠٠٠ جندي", 15000, "soldiers", False, False)]),
    ("بلغ ٣٫٥ مليون ريال سعودي .", [("٣٫٥ مليون ريال سعودي", 3500000, "SAR", False, False)]),
    ("قتل ثلاثة آلاف شخص .", [("ثلاثة آلاف شخص", 3000, "people", False, False)]),
    ("نزح مليون ونصف لاجئ .", [("مليون ونصف لاجئ", 1500000, "refugees", False, False)]),
    ("سقط عشرات القتلى .", [("عشرات القتلى", 10, "dead", True, False)]),
    ("تظاهر عشرات الآلاف من المتظاهرين .", [("عشرات الآلاف من المتظاهرين", 10000, "متظاهرين", True, False)]),
    ("أصيب مئات الأشخاص .", [("مئات الأشخاص", 100, "people", True, False)]),
    ("الذكرى الثمانين للنصر .", [("الثمانين", 80, None, False, True)]),
    ("جمع 15 ألف دولار .", [("15 ألف دولار", 15000, "USD", False, False)]),
    ("خصص 2.5 مليار يورو .", [("2.5 مليار يورو", 2500000000, "EUR", False, False)]),
    ("ارتفع 20% .", [("20%", 20, "percent", False, False)]),
    ("ارتفع 15٪ .", [("15٪", 15, "percent", False, False)]),
    ("ارتفع 20 في المئة .", [("20 في المئة", 20, "percent", False, False)]),
    ("ارتفع 30 بالمئة .", [("30 بالمئة", 30, "percent", False, False)]),
    ("ارتفع 40 بالمائة .", [("40 بالمائة", 40, "percent", False, False)]),
    ("تراجع ستة في المائة .", [("ستة في المائة", 6, "percent", False, False)]),
    ("دفع 500 دينار كويتي .", [("500 دينار كويتي", 500, "KWD", False, False)]),
    ("دفع 100 جنيه مصري .", [("100 جنيه مصري", 100, "EGP", False, False)]),
    ("دفع 100 جنيه إسترليني .", [("100 جنيه إسترليني", 100, "GBP", False, False)]),
    ("دفع 300 درهم .", [("300 درهم", 300, "درهم", False, False)]),
    ("دفع 200 ليرة تركية .", [("200 ليرة تركية", 200, "TRY", False, False)]),
    ("دفع 55 مليون دولار .", [("55 مليون دولار", 55000000, "USD", False, False)]),
    ("أطلق أكثر من 200 صاروخ .", [("أكثر من 200 صاروخ", 200, "missiles", True, False)]),
    ("عبر أقل من 40 شاحنة .", [("أقل من 40 شاحنة", 40, "trucks", True, False)]),
    ("وصل ما يقرب من 40 شاحنة .", [("ما يقرب من 40 شاحنة", 40, "trucks", True, False)]),
    ("هاجم زهاء 300 مسلح .", [("زهاء 300 مسلح", 300, "gunmen", True, False)]),
    ("عمل نحو 50 عاملا .", [("نحو 50 عاملا", 50, "workers", True, False)]),
    ("عمل قرابة 50 عاملا .", [("قرابة 50 عاملا", 50, "workers", True, False)]),
    ("عمل 50 عاملا تقريبا .", [("50 عاملا تقريبا", 50, "workers", True, False)]),
    ("يعيش 10 ملايين نسمة .", [("10 ملايين نسمة", 10000000, "people", False, False)]),
    ("نجح خمسة وعشرون طالبا .", [("خمسة وعشرون طالبا", 25, "students", False, False)]),
    ("بني 7 مستشفيات .", [("7 مستشفيات", 7, "مستشفيات", False, False)]),
    ("قطع 1500 متر .", [("1500 متر", 1500, "m", False, False)]),
    ("أنتج 400 ألف برميل .", [("400 ألف برميل", 400000, "barrels", False, False)]),
    ("فاز بفارق 246 صوتا .", [("246 صوتا", 246, "votes", False, False)]),
    ("عمل زهاء ثلاثمائة شخص .", [("زهاء ثلاثمائة شخص", 300, "people", True, False)]),
    ("لعب 73 مباراة .", [("73 مباراة", 73, "مباراة", False, False)]),
    ("حضر أحد عشر لاعبا .", [("أحد عشر لاعبا", 11, "لاعبا", False, False)]),
    ("بلغ 6.3 مليون سيارة .", [("6.3 مليون سيارة", 6300000, "vehicles", False, False)]),
    ("حصل على 13 عضوا من 15 .", [("13 عضوا", 13, "members", False, False), ("15", 15, None, False, False)]),
]

NEGATIVES = [
    "زار البلاد عام 2023 .",  # a year is a time, not a quantity
    "حكم لمدة 14 عامًا .",  # a duration
    "وصل في 3 سبتمبر 2025 .",
    "صدر القرار 1701 .",  # a label
    "لا أحد يعرف .",
    "أحد الجنود أصيب .",
    "قال ثلاثة .",  # a lone number word counting nothing
    "في مونديال 2006 .",  # a bare year
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quantities(text: str, expected: list[Row]) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_quantity(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("words", "value", "end"),
    [
        ("ثلاثة آلاف جندي", 3000, 2),
        ("مليون ونصف", 1500000, 2),
        ("مئة وخمسة وعشرون", 125, 3),
        ("ثلاثمئة وخمسون ألف", 350000, 3),
        ("مليون وخمسمئة ألف", 1500000, 3),
        ("ثلاثة عشر", 13, 2),
        ("ألفين", 2000, 1),
        ("مليوني جنيه", 2000000, 1),  # the construct dual: two million pounds
        ("ملياري دينار", 2000000000, 1),
        ("15 ألف", 15000, 2),
    ],
)
def test_parse_number(words: str, value: int, end: int) -> None:
    m = parse_number([normalize(w) for w in words.split()])
    assert m is not None and (m.value, m.end) == (value, end)


def test_parse_number_edges() -> None:
    assert parse_number([normalize("أحد"), normalize("الجنود")]) is None
    assert parse_number(["كتاب"]) is None
    vague = parse_number([normalize("عشرات")])
    assert vague is not None and vague.vague and vague.value == 10
    assert parse_digits("15,000") == 15000
    assert parse_digits("2,5") == 2.5
    assert parse_digits("1.2.3") is None


def test_seed_article(seed_text: str) -> None:
    doc = extract_text(seed_text, date="2025-09-03", config=CONFIG)
    assert not doc.errors
    found = {q.text: q for q in doc.quantities}
    soldiers = found["حوالي 15000 جندي"]
    assert (soldiers.value, soldiers.unit, soldiers.approx) == (15000, "soldiers", True)
    eightieth = found["الثمانين"]
    assert (eightieth.value, eightieth.ordinal) == (80, True)
    assert not any("2023" in q.text or "14" in q.text for q in doc.quantities)
    for q in doc.quantities:
        assert doc.text[q.start : q.end] == q.text


def test_contract_round_trip(seed_text: str) -> None:
    doc = extract_text(seed_text, date="2025-09-03", config=CONFIG)
    data = to_dict(doc)
    schema = json.loads(resources.files("khabar").joinpath("schema/document.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)
    assert {"approx", "ordinal"} <= set(data["quantities"][0])
    back = from_json(data)
    assert back.quantities == doc.quantities and back.times == doc.times


def test_quantity_defaults() -> None:
    q = Quantity(0, 1, "5", 5)
    assert (q.unit, q.approx, q.ordinal) == (None, False, False)
    assert Quantities.requires == ("tokens", "times")
