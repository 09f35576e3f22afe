from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.document import Document, Span
from khabar.pipeline import registered
from khabar.text.sentences import SentenceSplitter, split_sentences

SEED = Path(__file__).resolve().parents[1] / "examples" / "seed.txt"


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_count(seed: str) -> None:
    assert len(split_sentences(seed)) == 17


def test_seed_quotes_stay_whole(seed: str) -> None:
    spans = split_sentences(seed)
    quotes = list(re.finditer(r"“[^”]*”", seed))
    assert len(quotes) == 5
    for q in quotes:
        inside = [s for s in spans if s.start <= q.start() and q.end() <= s.end]
        assert len(inside) == 1, q.group()


def test_seed_dateline_does_not_end_a_sentence(seed: str) -> None:
    first = split_sentences(seed)[0]
    assert first.start == 0
    assert seed[first.start : first.end].startswith("بكين (AP) – التقى")
    assert seed[first.start : first.end].endswith("يوم الأربعاء.")


def test_seed_quote_then_period_is_a_boundary(seed: str) -> None:
    sents = texts(seed)
    assert "وقال “أريد أن أقول إن لا أحد يخطط لأي شيء ؛ لم يكن أحد ينسج أي مؤامرات”." in sents
    assert "“لم يفكر أي من القادة الثلاثة في مثل هذا الشيء.”" in sents
    assert sents[-1] == "شاركها."


def test_seed_spans_cover_all_text(seed: str) -> None:
    check_cover(seed)


def check_cover(text: str) -> None:
    spans = split_sentences(text)
    covered = [False] * len(text)
    previous = 0
    for s in spans:
        assert previous <= s.start < s.end
        assert text[s.start].isprintable() and not text[s.start].isspace()
        assert text[s.end - 1].isprintable() and not text[s.end - 1].isspace()
        for i in range(s.start, s.end):
            covered[i] = True
        previous = s.end
    assert all(covered[i] or ch.isspace() or unicodedata.category(ch) == "Cf" for i, ch in enumerate(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic and Latin end marks
        ("قال الرئيس. ثم غادر.", ["قال الرئيس.", "ثم غادر."]),
        ("هل جاء؟ نعم جاء.", ["هل جاء؟", "نعم جاء."]),
        ("Did he come? Yes! He did.", ["Did he come?", "Yes!", "He did."]),
        ("يا للعجب! انتهى الأمر", ["يا للعجب!", "انتهى الأمر"]),
        ("قال ذلك؛ ثم غادر", ["قال ذلك؛", "ثم غادر"]),
        ("وانتظر… ثم غادر", ["وانتظر…", "ثم غادر"]),
        ("وانتظر... ثم غادر", ["وانتظر...", "ثم غادر"]),
        ("أحقًا؟! لا أصدق", ["أحقًا؟!", "لا أصدق"]),
        ("زار الولايات المتحدة.وقال إنه", ["زار الولايات المتحدة.", "وقال إنه"]),
        # line breaks end sentences, blank lines and indentation are skipped
        ("عنوان الخبر\nنص الخبر", ["عنوان الخبر", "نص الخبر"]),
        ("  الأول  \n\n\n  الثاني  ", ["الأول", "الثاني"]),
        ("سطر\r\nسطر آخر\r\n", ["سطر", "سطر آخر"]),
        ("\u200fنص\u200f\nآخر", ["نص", "آخر"]),
        ("", []),
        (" \n \t ", []),
        # decimals and numbers
        ("ارتفع بنسبة 3.5 في المئة. وقال", ["ارتفع بنسبة 3.5 في المئة.", "وقال"]),
        ("ارتفع بنسبة ٣٫٥ في المئة", ["ارتفع بنسبة ٣٫٥ في المئة"]),
        ("ارتفع بنسبة ٣.٥ في المئة", ["ارتفع بنسبة ٣.٥ في المئة"]),
        ("أرسلت 15,000 جندي عام 2023. وقال", ["أرسلت 15,000 جندي عام 2023.", "وقال"]),
        # agency bylines and initials
        ("بيروت (د ب أ) - قال الوزير. ثم غادر", ["بيروت (د ب أ) - قال الوزير.", "ثم غادر"]),
        ("باريس (أ ف ب) - قال الوزير", ["باريس (أ ف ب) - قال الوزير"]),
        ("باريس (أ.ف.ب) - قال الوزير", ["باريس (أ.ف.ب) - قال الوزير"]),
        ("بكين (AP) – التقى الرئيسان", ["بكين (AP) – التقى الرئيسان"]),
        ("قال ج. بوش إن الحرب انتهت.", ["قال ج. بوش إن الحرب انتهت."]),
        ("قال د. محمد علي إن الوضع صعب.", ["قال د. محمد علي إن الوضع صعب."]),
        ("قال م. أحمد إن المبنى آمن", ["قال م. أحمد إن المبنى آمن"]),
        ("قال أ.د. سامي إن", ["قال أ.د. سامي إن"]),
        ("قال ق. م. الحسن إن", ["قال ق. م. الحسن إن"]),
        # era abbreviations after a year end the sentence
        ("ولد عام 1990 م. وعاش في القاهرة", ["ولد عام 1990 م.", "وعاش في القاهرة"]),
        ("ولد عام 1410 هـ. وعاش", ["ولد عام 1410 هـ.", "وعاش"]),
        ("بنيت عام 2500 ق.م. وقال", ["بنيت عام 2500 ق.م.", "وقال"]),
        ("بنيت عام 2500 ق.م تقريبا", ["بنيت عام 2500 ق.م تقريبا"]),
        # Latin abbreviations
        ("قال إن U.S. Army وصل", ["قال إن U.S. Army وصل"]),
        ("التقى Dr. Smith وMr. Jones اليوم.", ["التقى Dr. Smith وMr. Jones اليوم."]),
        ("Apple Inc. أعلنت", ["Apple Inc. أعلنت"]),
        # URLs and e-mail addresses
        ("انظر https://example.com/a?b=1&c=2! للمزيد", ["انظر https://example.com/a?b=1&c=2!", "للمزيد"]),
        ("زوروا www.aljazeera.net. وتابعوا", ["زوروا www.aljazeera.net.", "وتابعوا"]),
        ("راسلونا على info@example.com للمزيد", ["راسلونا على info@example.com للمزيد"]),
        # quotations stay whole
        ("قال «نعم. لا؟ ربما» ثم غادر.", ["قال «نعم. لا؟ ربما» ثم غادر."]),
        ("قال «نعم. لا.» ثم غادر.", ["قال «نعم. لا.»", "ثم غادر."]),
        ('قال "نعم. لا" ثم غادر.', ['قال "نعم. لا" ثم غادر.']),
        ("قال “نعم. لا”. “ثم غادر.”", ["قال “نعم. لا”.", "“ثم غادر.”"]),
        ("قال ”نعم. لا“ ثم غادر.", ["قال ”نعم. لا“ ثم غادر."]),
        # an unclosed quotation does not swallow the paragraph
        ("قال “نعم. ثم غادر.", ["قال “نعم.", "ثم غادر."]),
        # brackets after the end mark stay with the sentence
        ("(وهذا ما حدث.) ثم غادر", ["(وهذا ما حدث.)", "ثم غادر"]),
        # marks with no words before them do not make sentences of their own
        ("... ثم غادر. !! وعاد", ["... ثم غادر.", "!! وعاد"]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
    check_cover(text)


def test_stage_sets_sentences(seed: str) -> None:
    stage = SentenceSplitter(Config.default())
    assert stage.requires == ("text",)
    assert stage.adds == ("sentences",)
    doc = stage(Document(seed))
    assert doc.sentences == split_sentences(seed)
    assert all(isinstance(s, Span) for s in doc.sentences)


def test_stage_is_registered() -> None:
    assert registered()["sentences"] is SentenceSplitter
    assert SentenceSplitter.name == "sentences"
