from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

import khabar.times.quantities  # noqa: F401  (registers the quantities stage)
from conftest import ROOT
from khabar.config import Config
from khabar.document import Document
from khabar.extract import extract_text
from khabar.pipeline import Pipeline
from khabar.times.dates import Times
from khabar.times.evaluate import DEFAULT_GOLD, eval_times_command, evaluate, read_gold, read_negative
from khabar.times.hijri import gregorian_to_hijri, hijri_to_gregorian

_BASE = Config.default().pipeline
#: the default pipeline with the times and quantities stages (appended when not yet there)
CONFIG = Config.default().replace(
    pipeline=(*_BASE, *(s for s in ("times", "quantities") if s not in _BASE)),
)
TIMES_ONLY = Pipeline.from_config(Config.default().replace(pipeline=("sentences", "tokens", "times")))


def times(text: str, ref: str | None = "2025-09-03") -> list[tuple[str, str | None]]:
    doc = TIMES_ONLY(Document(text, date=ref))
    assert not doc.errors
    for t in doc.times:
        assert doc.text[t.start : t.end] == t.text
    return [(t.text, t.value) for t in doc.times]


CASES = [
    # absolute dates in every form
    ("ولد في 3 سبتمبر 2025 .", [("3 سبتمبر 2025", "2025-09-03")]),
    ("صدر القرار في 3/9/2025 .", [("3/9/2025", "2025-09-03")]),
    ("صدر القرار في 15/1/2024 .", [("15/1/2024", "2024-01-15")]),
    ("نشر في 2025-09-03 .", [("2025-09-03", "2025-09-03")]),
    ("تم التوقيع في ٣ أيلول ٢٠٢٥ .", [("٣ أيلول ٢٠٢٥", "2025-09-03")]),
    ("زار البلاد عام 2023 .", [("عام 2023", "2023")]),
    ("انتخب في 2023 رئيسا .", [("2023", "2023")]),
    ("تأسست العام 1898 .", [("العام 1898", "1898")]),
    ("بني سنة 1974 م .", [("سنة 1974 م", "1974")]),
    ("منذ عام2004 .", [("عام2004", "2004")]),
    ("في 30 ابريل / نيسان 1998 .", [("30 ابريل / نيسان 1998", "1998-04-30")]),
    ("في 6 كانون الثاني ( يناير ) 1903 .", [("6 كانون الثاني ( يناير ) 1903", "1903-01-06")]),
    ("في 26 يوليو من عام 1987 .", [("26 يوليو من عام 1987", "1987-07-26")]),
    ("في 1 اغسطس 1914 وفي 3 اغسطس .", [("1 اغسطس 1914", "1914-08-01"), ("3 اغسطس", "1914-08-03")]),
    ("بين ابريل ومايو 1916 .", [("ابريل", "1916-04"), ("مايو 1916", "1916-05")]),
    ("اعتداءات الحادي عشر من سبتمبر 2001 .", [("الحادي عشر من سبتمبر 2001", "2001-09-11")]),
    # month names of every series
    ("في كانون الثاني 2024 .", [("كانون الثاني 2024", "2024-01")]),
    ("في جانفي 2023 .", [("جانفي 2023", "2023-01")]),
    ("في شباط 2020 .", [("شباط 2020", "2020-02")]),
    ("في فيفري 2020 .", [("فيفري 2020", "2020-02")]),
    ("في آذار 2020 .", [("آذار 2020", "2020-03")]),
    ("في أفريل 2021 .", [("أفريل 2021", "2021-04")]),
    ("في أيار 2021 .", [("أيار 2021", "2021-05")]),
    ("في ماي 1926 .", [("ماي 1926", "1926-05")]),
    ("في جوان 2022 .", [("جوان 2022", "2022-06")]),
    ("في تموز 2022 .", [("تموز 2022", "2022-07")]),
    ("في جويلية 2022 .", [("جويلية 2022", "2022-07")]),
    ("في آب 2019 .", [("آب 2019", "2019-08")]),
    ("في أوت 2019 .", [("أوت 2019", "2019-08")]),
    ("في تشرين الأول 2018 .", [("تشرين الأول 2018", "2018-10")]),
    ("في تشرين الثاني 2018 .", [("تشرين الثاني 2018", "2018-11")]),
    ("في كانون الأول 2018 .", [("كانون الأول 2018", "2018-12")]),
    # relative to the article date (2025-09-03, a Wednesday)
    ("قال أمس .", [("أمس", "2025-09-02")]),
    ("قال أمس الأول .", [("أمس الأول", "2025-09-01")]),
    ("قال أول أمس .", [("أول أمس", "2025-09-01")]),
    ("يصل اليوم .", [("اليوم", "2025-09-03")]),
    ("يصل غدا .", [("غدا", "2025-09-04")]),
    ("يصل بعد غد .", [("بعد غد", "2025-09-05")]),
    ("وقال يوم أمس .", [("يوم أمس", "2025-09-02")]),
    ("وصل صباح اليوم .", [("صباح اليوم", "2025-09-03")]),
    ("قال أمس الثلاثاء .", [("أمس الثلاثاء", "2025-09-02")]),
    ("التقيا يوم الأربعاء .", [("يوم الأربعاء", "2025-09-03")]),
    ("وصل الاثنين .", [("الاثنين", "2025-09-01")]),
    ("سيلتقي الأربعاء .", [("الأربعاء", "2025-09-10")]),
    ("سوف يصل يوم الأحد .", [("يوم الأحد", "2025-09-07")]),
    ("ومن المقرر أن يلتقي الخميس .", [("الخميس", "2025-09-04")]),
    ("يعتزم الوزير زيارة باريس الجمعة .", [("الجمعة", "2025-09-05")]),
    ("وقع الهجوم الأربعاء الماضي .", [("الأربعاء الماضي", "2025-08-27")]),
    ("تبدأ الانتخابات السبت المقبل .", [("السبت المقبل", "2025-09-06")]),
    ("وقع ذلك الأسبوع الماضي .", [("الأسبوع الماضي", "2025-W35")]),
    ("يصدر الشهر المقبل .", [("الشهر المقبل", "2025-10")]),
    ("صدر الشهر الماضي .", [("الشهر الماضي", "2025-08")]),
    ("تراجع العام الماضي .", [("العام الماضي", "2024")]),
    ("ينمو العام المقبل .", [("العام المقبل", "2026")]),
    ("ارتفع هذا العام .", [("هذا العام", "2025")]),
    ("في يونيو من العام الماضي .", [("يونيو من العام الماضي", "2024-06")]),
    ("افتتح في يونيو .", [("يونيو", "2025-06")]),
    ("افتتح في ديسمبر .", [("ديسمبر", "2024-12")]),
    ("سيفتتح في ديسمبر .", [("ديسمبر", "2025-12")]),
    ("زارها في مارس الماضي .", [("مارس الماضي", "2025-03")]),
    ("يزورها في نوفمبر المقبل .", [("نوفمبر المقبل", "2025-11")]),
    ("يرسل الجنود منذ العام الماضي .", [("العام الماضي", "2024")]),
    ("أعلن ذلك قبل ثلاثة أيام .", [("قبل ثلاثة أيام", "2025-08-31")]),
    # one unit named alone; not a year's or a month's name after it
    ("أطلق قبل أسبوع عملية .", [("قبل أسبوع", "2025-08-27")]),
    ("غادر قبل شهر .", [("قبل شهر", "2025-08")]),
    ("تغير قبل عام 2020 .", [("عام 2020", "2020")]),
    ("اجتمع في 23 من الشهر الماضي .", [("23 من الشهر الماضي", "2025-08-23")]),
    ("قتل يوم 12 من هذا الشهر .", [("يوم 12 من هذا الشهر", "2025-09-12")]),
    ("تبدأ في السادس من الشهر المقبل .", [("السادس من الشهر المقبل", "2025-10-06")]),
    # durations
    ("حكم لمدة ثلاث سنوات .", [("لمدة ثلاث سنوات", "P3Y")]),
    ("حكم لمدة 14 عامًا .", [("لمدة 14 عامًا", "P14Y")]),
    ("بقي ثلاثة أيام .", [("ثلاثة أيام", "P3D")]),
    ("توقفت أسبوعين .", [("أسبوعين", "P2W")]),
    ("استغرق ساعتين .", [("ساعتين", "PT2H")]),
    ("استمر ثلاث ساعات .", [("ثلاث ساعات", "PT3H")]),
    ("بقي شهرين .", [("شهرين", "P2M")]),
    ("بقي خمسة أيام .", [("خمسة أيام", "P5D")]),
    ("بث لمدة ساعة ونصف .", [("لمدة ساعة ونصف", "PT1H30M")]),
    ("حكم أكثر من 5 قرون .", [("5 قرون", "P500Y")]),
    ("تأجلت قبل يومين من التصويت .", [("يومين", "P2D")]),
    # Hijri
    ("صدر عام 1446 هـ .", [("عام 1446 هـ", "2024")]),
    ("صدر سنة 1420ه .", [("سنة 1420ه", "1999")]),
    ("توفي في 15 رمضان 1446 هـ .", [("15 رمضان 1446 هـ", "2025-03-15")]),
    ("تزداد التبرعات في رمضان .", [("رمضان", "2025-03")]),
    ("خلال شهر رمضان .", [("شهر رمضان", "2025-03")]),
    ("مات عام 203 للهجرة .", [("عام 203 للهجرة", "0818")]),
    # times of day
    (
        "بدأت الساعة العاشرة صباحا يوم الأربعاء .",
        [("الساعة العاشرة صباحا", "2025-09-03T10:00"), ("يوم الأربعاء", "2025-09-03")],
    ),
    ("يبدأ الساعة 10:30 غدا .", [("الساعة 10:30", "2025-09-04T10:30"), ("غدا", "2025-09-04")]),
    ("يبدأ في 10:30 .", [("10:30", "T10:30")]),
    ("الساعة الحادية عشرة ليلا .", [("الساعة الحادية عشرة ليلا", "T23:00")]),
    ("الساعة الثالثة بعد الظهر .", [("الساعة الثالثة بعد الظهر", "T15:00")]),
    ("الساعة 9 مساء .", [("الساعة 9 مساء", "T21:00")]),
]

NEGATIVES = [
    "لا أحد يعرف .",
    "أحد الجنود أصيب .",
    "مارس الضغط على الحكومة .",
    "يمارس نفوذه .",
    "الأب والابن .",
    "أمسك الكرة .",
    "أمسية شعرية .",
    "بين الاثنين خلاف .",
    "الأمين العام .",
    "المدير العام السابق للشركة .",
    "سيارة نيسان جديدة .",
    "رجب طيب أردوغان .",
    "في اليوم التالي عاد .",
    "لم ينس ذلك اليوم .",
    "من أجل الغد .",
    "رأى الأحد عشر كوكبا .",
    "عقد الوزير اجتماعا .",
    "آبار النفط .",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_time_values(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert times(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_false_times(text: str) -> None:
    assert times(text) == []


def test_another_reference_date() -> None:
    assert times("أعلن الجيش الأحد الماضي .", "2024-01-15") == [("الأحد الماضي", "2024-01-14")]
    assert times("عقد الاجتماع في ديسمبر .", "2024-01-15") == [("ديسمبر", "2023-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال أمس .", [("أمس", None)]),
        ("التقيا يوم الأربعاء .", [("يوم الأربعاء", None)]),
        ("في يونيو من العام الماضي .", [("يونيو من العام الماضي", None)]),
        ("وقع ذلك الأسبوع الماضي .", [("الأسبوع الماضي", None)]),
        ("زار البلاد عام 2023 .", [("عام 2023", "2023")]),
        ("حكم لمدة ثلاث سنوات .", [("لمدة ثلاث سنوات", "P3Y")]),
    ],
)
def test_without_article_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert times(text, None) == expected


def test_dateline_sets_the_document_date() -> None:
    doc = TIMES_ONLY(Document("القاهرة في 3 سبتمبر 2025 (رويترز) - قال المتحدث أمس إن الوفد وصل ."))
    assert doc.date == "2025-09-03"
    assert [(t.text, t.value) for t in doc.times] == [("3 سبتمبر 2025", "2025-09-03"), ("أمس", "2025-09-02")]


def test_dateline_only_from_the_first_line_and_never_overrides() -> None:
    doc = TIMES_ONLY(Document("قال المتحدث أمس إن الوفد وصل .\nوكان قد زارها في 3 سبتمبر 2020 ."))
    assert doc.date is None
    doc = TIMES_ONLY(Document("القاهرة في 3 سبتمبر 2025 - قال أمس .", date="2025-01-10"))
    assert doc.date == "2025-01-10"
    assert ("أمس", "2025-01-09") in [(t.text, t.value) for t in doc.times]


def test_seed_article(seed_text: str) -> None:
    doc = extract_text(seed_text, date="2025-09-03", config=CONFIG)
    assert not doc.errors
    found = {t.text: t.value for t in doc.times}
    assert found["يوم الأربعاء"] == "2025-09-03"
    assert found["عام 2023"] == "2023"
    assert found["يونيو من العام الماضي"] == "2024-06"
    assert found["لمدة ثلاث سنوات"] == "P3Y"
    assert found["لمدة 14 عامًا"] == "P14Y"
    assert found["العام الماضي"] == "2024"  # منذ العام الماضي
    assert "أحد" not in " ".join(found)  # لا أحد
    for layer in (doc.times, doc.quantities):
        for rec in layer:
            assert doc.text[rec.start : rec.end] == rec.text


def test_hijri_calendar() -> None:
    assert hijri_to_gregorian(1446, 9, 1) == date(2025, 3, 1)
    assert hijri_to_gregorian(1446, 1, 1) == date(2024, 7, 8)
    assert hijri_to_gregorian(1, 1, 1) == date(622, 7, 19)  # 16 July 622 Julian
    assert gregorian_to_hijri(date(2025, 9, 3)) == (1447, 3, 10)
    d = date(1990, 1, 1)
    while d < date(2031, 1, 1):
        assert hijri_to_gregorian(*gregorian_to_hijri(d)) == d
        d = date.fromordinal(d.toordinal() + 17)
    with pytest.raises(ValueError):
        hijri_to_gregorian(1446, 13, 1)


def test_stage_declares_its_layers() -> None:
    assert Times.requires == ("tokens",) and Times.adds == ("times",)


def test_dev_set_meets_the_goal() -> None:
    gold = read_gold(DEFAULT_GOLD)
    assert sum(len(s.times) for s in gold) >= 200
    negative = read_negative(ROOT / "bench" / "data" / "times_negative.txt")
    assert len(negative) >= 40
    report = evaluate(gold, negative)
    assert report.value_accuracy >= 0.95
    assert report.false_hits == []


def test_eval_command() -> None:
    result = CliRunner().invoke(eval_times_command, [])
    assert result.exit_code == 0, result.output
    assert "value accuracy:" in result.output and "false hits: 0" in result.output
