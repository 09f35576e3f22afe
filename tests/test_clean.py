from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from khabar.clean.artifacts import Artifacts
from khabar.clean.boilerplate import Boilerplate
from khabar.config import Config
from khabar.document import Document, Span
from khabar.pipeline import Pipeline

SEED_PATH = Path(__file__).resolve().parent.parent / "examples" / "seed.txt"
CONFIG = Config.default()
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?؟](?=\s|$)|(?=\n)|$)")


def hand_split(text: str) -> Document:
    """A document with simple sentences (ending at . ! ? ؟ before a space, or at a newline),
    independent of the real splitter."""
    doc = Document(text)
    doc.sentences = [Span(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    return doc


def assert_spans_exact(doc: Document) -> None:
    for record in [*doc.boilerplate, *doc.artifacts]:
        assert doc.text[record.start : record.end] == record.text, record


# --- boilerplate -----------------------------------------------------------------------------

BOILERPLATE = [
    ("شاركها.", ["شاركها."]),
    ("  شارك هذا المقال  ", ["شارك هذا المقال"]),
    ("اقرأ أيضا: بوتين يدعو كيم إلى زيارة موسكو", ["اقرأ أيضا: بوتين يدعو كيم إلى زيارة موسكو"]),
    ("إقرأ أيضاً", ["إقرأ أيضاً"]),
    ("اقرأ أيضًا:", ["اقرأ أيضًا:"]),
    ("تابعونا على فيسبوك وتويتر", ["تابعونا على فيسبوك وتويتر"]),
    ("© 2025 وكالة الأنباء. جميع الحقوق محفوظة", ["© 2025 وكالة الأنباء. جميع الحقوق محفوظة"]),
    ("حقوق النشر © 2025", ["حقوق النشر © 2025"]),
    ("للمزيد", ["للمزيد"]),
    ("اشترك في النشرة البريدية", ["اشترك في النشرة البريدية"]),
    ("Share this", ["Share this"]),
    ("Read more: Putin meets Kim in Beijing", ["Read more: Putin meets Kim in Beijing"]),
    # a paragraph line is too long, but its last sentence is boilerplate on its own
    (
        "لم يفكر أي من القادة الثلاثة في مثل هذا الشيء. شاركها.\nالسطر التالي.",
        ["شاركها."],
    ),
    # negatives: news sentences that merely contain such words
    ("شارك الرئيس في القمة.", []),
    ("وشارك في الاجتماع وزراء الخارجية.", []),
    ("شاركها ثلاثون بلدا في القمة.", []),
    ("تابع الرئيس حديثه أمام الصحفيين.", []),
    ("وتسعى الحكومة للمزيد من الإصلاحات الاقتصادية.", []),
    ("قرأ الرئيس البيان أيضا أمام البرلمان.", []),
    ("Share prices fell sharply on Monday.", []),
    (
        "اقرأ أيضا " + " ".join(["كلمة"] * 25),  # longer than any boilerplate line
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOILERPLATE)
def test_boilerplate(text: str, expected: list[str]) -> None:
    doc = Boilerplate(CONFIG)(hand_split(text))
    assert [b.text for b in doc.boilerplate] == expected
    assert doc.text == text
    assert_spans_exact(doc)


def test_boilerplate_user_lexicon(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("# version: 1\nتابعوا قناتنا *\tfollow\n", encoding="utf-8")
    text = "وقال الوزير إن الاتفاق مهم.\nتابعوا قناتنا على يوتيوب"
    assert Boilerplate(CONFIG)(hand_split(text)).boilerplate == []
    stage = Boilerplate(CONFIG.replace(boilerplate_lexicons=(str(extra),)))
    assert [b.text for b in stage(hand_split(text)).boilerplate] == ["تابعوا قناتنا على يوتيوب"]


# --- artifacts -------------------------------------------------------------------------------

ARTIFACTS = [
    # latin
    ("التقى الزعيمان في دار الضيافة Dioyutai بعد الظهر.", [("Dioyutai", "latin", "دياويوتاي")]),
    ("ينتظر المراقبون لمعرفة ما إذا كان كيم قد يلتقي XI بشكل ثنائي.", [("XI", "latin", "شي")]),
    ("التقى الوزير ممثلي شركة Gazprom في موسكو.", [("Gazprom", "latin", None)]),
    ("وصل الوفد إلى Diaoyutai مساء.", [("Diaoyutai", "latin", "دياويوتاي")]),
    ("وصل الوفد إلى Pyongyangg مساء.", [("Pyongyangg", "latin", "بيونغ يانغ")]),  # one edit away
    ("وصل الوفد إلى Pyonyanng مساء.", [("Pyonyanng", "latin", None)]),  # two edits: no guess
    ("قال مسؤول إن Pulin وصل.", [("Pulin", "latin", None)]),  # short words need an exact match
    ("بكين (AP) – التقى الرئيس الروسي فلاديمير بوتين نظيره.", []),
    ("وأعلنت منظمة الصحة العالمية (WHO) أن الوباء انتهى.", []),
    ("للمزيد زوروا https://example.com/news أو راسلونا على info@example.com اليوم.", []),
    ("ونشرت الخبر على موقع aljazeera.net صباح اليوم.", []),
    ("تبعد المدينة 40 km عن الحدود الشمالية.", []),
    ("اشترت الدولة طائرات F-35 الأمريكية وأنظمة S-400 الروسية.", []),
    ("تحتوي البرتقالة على فيتامين C بكميات كبيرة.", []),
    ("Putin met Kim Jong Un in Beijing on Wednesday في بكين.", []),  # not mostly Arabic
    # calque_article
    ("بعد حضور أ موكب عسكري رئيسي في العاصمة.", [("أ موكب", "calque_article", "موكب")]),
    ("منذ توقيع البلدين أ اتفاق الشراكة الاستراتيجية.", [("أ اتفاق", "calque_article", "اتفاق")]),
    ("وقع البلدان أَ اتفاقا جديدا.", [("أَ اتفاقا", "calque_article", "اتفاقا")]),
    ("برلين (د ب أ) قال المتحدث إن الاجتماع انتهى.", []),
    ("نقلت وكالة (أ ف ب) عن مصادر مطلعة.", []),
    ("نقلت وكالة أ ف ب عن مصادر مطلعة.", []),
    ("أ) البند الأول من الاتفاق.", []),
    ("أ- البند الأول من الاتفاق.", []),
    ("قال أ. محمد علي إن الاجتماع انتهى.", []),
    # transliteration
    (
        "احتفالات الذكرى في بكين مارك في المرة الأولى التي حضر فيها كيم.",
        [("مارك", "transliteration", "شكّلت")],
    ),
    ("الاحتفال مارك الذكرى الثمانين لنهاية الحرب.", [("مارك", "transliteration", "شكّلت")]),
    ("كتب الوزير في بوست على فيسبوك أنه سيستقيل.", [("بوست", "transliteration", "منشور")]),
    ("قال مارك روته إن الحلف مستعد.", []),
    ("وقال مارك في مؤتمر صحفي إن الحلف مستعد.", []),
    ("التقى السيد مارك في المرة الأولى وزير الخارجية.", []),
    ("التقى الرئيس الأمين العام مارك.", []),
    ("ذكرت صحيفة واشنطن بوست الأمريكية أن الاجتماع تأجل.", []),
    ("مارك في المرة الأولى.", []),  # sentence-initial: no noun phrase before it
]


@pytest.mark.parametrize(("text", "expected"), ARTIFACTS)
def test_artifacts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    doc = Artifacts(CONFIG)(hand_split(text))
    assert [(a.text, a.kind, a.suggestion) for a in doc.artifacts] == expected
    assert doc.text == text
    assert_spans_exact(doc)


def test_latin_share_threshold_comes_from_config() -> None:
    text = "التقى الزعيمان في دار الضيافة Dioyutai بعد الظهر."
    assert Artifacts(CONFIG)(hand_split(text)).artifacts
    assert not Artifacts(CONFIG.replace(artifact_min_arabic_share=0.99))(hand_split(text)).artifacts


def test_transliteration_user_lexicon(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("# version: 1\nفايل\tfile\tملف\n", encoding="utf-8")
    text = "أرسل الموظف فايل إلى الإدارة."
    assert Artifacts(CONFIG)(hand_split(text)).artifacts == []
    stage = Artifacts(CONFIG.replace(artifact_lexicons=(str(extra),)))
    assert [(a.text, a.suggestion) for a in stage(hand_split(text)).artifacts] == [("فايل", "ملف")]


# --- the seed story --------------------------------------------------------------------------


def _real_splitter_available() -> bool:
    return all(
        importlib.util.find_spec(m) is not None for m in ("khabar.text.sentences", "khabar.text.tokenize")
    )


def seed_document() -> Document:
    text = SEED_PATH.read_text(encoding="utf-8")
    if _real_splitter_available():
        return Pipeline.from_config(CONFIG)(Document(text))
    doc = Document(text)  # paragraphs as sentences, split on blank lines
    doc.sentences = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    return Boilerplate(CONFIG)(Artifacts(CONFIG)(doc))


def test_seed() -> None:
    doc = seed_document()
    assert doc.errors == []
    assert doc.text == SEED_PATH.read_text(encoding="utf-8")
    assert [b.text for b in doc.boilerplate] == ["شاركها."]
    found = {(a.kind, a.text, a.suggestion) for a in doc.artifacts}
    assert found == {
        ("latin", "Dioyutai", "دياويوتاي"),
        ("latin", "XI", "شي"),
        ("calque_article", "أ موكب", "موكب"),
        ("calque_article", "أ اتفاق", "اتفاق"),
        ("transliteration", "مارك", "شكّلت"),
    }
    assert_spans_exact(doc)
