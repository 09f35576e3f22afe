from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.document import Document, Span
from khabar.lexicon import packaged
from khabar.pipeline import Pipeline, registered
from khabar.text.normalize import normalize
from khabar.text.sentences import SentenceSplitter
from khabar.text.tokenize import NO_SPLIT_LEXICON, Tokenizer, segment, tokenize

SEED = Path(__file__).resolve().parents[1] / "examples" / "seed.txt"


#: names, function words and frequent words that are never split
WHOLE = """
بكين كيم بوتين لبنان فلسطين بيروت كاليفورنيا سوريا بريطانيا فرنسا لندن موسكو واشنطن فيينا بغداد باردو
ولاية والي كان كما لكن ليس بين بعد كوريا كورسك بيونغ بينغ ألمانيا
وزير وسائل وفدا وفود بطولة كتب كبير كميات التقى الذي التي الله لله هناك ذلك إنه أنه منها واجبًا وفقًا مصطفى مُحَمَّد
"""


def parts(word: str) -> list[str]:
    return [word[a:b] for a, b, _, _ in segment(word)]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # proclitics and the article
        ("وبالكرملين", ["و", "ب", "ال", "كرملين"]),
        ("و", ["و"]),
        ("ف", ["ف"]),
        ("وص", ["وص"]),
        ("بل", ["بل"]),
        ("والزعيم", ["و", "ال", "زعيم"]),
        ("الرئيس", ["ال", "رئيس"]),
        ("الكوري", ["ال", "كوري"]),
        ("فالمدينة", ["ف", "ال", "مدينة"]),
        ("بالتأكيد", ["ب", "ال", "تأكيد"]),
        ("كالعادة", ["ك", "ال", "عادة"]),
        ("للزعيم", ["ل", "ل", "زعيم"]),
        ("للمساعدة", ["ل", "ل", "مساعدة"]),
        ("وللمدينة", ["و", "ل", "ل", "مدينة"]),
        ("وقال", ["و", "قال"]),
        ("فسوف", ["ف", "سوف"]),
        ("لإجراء", ["ل", "إجراء"]),
        ("لأوكرانيا", ["ل", "أوكرانيا"]),
        ("بشجاعة", ["ب", "شجاعة"]),
        ("وفي", ["و", "في"]),
        # notables: a word of its own, and with و before it
        ("وجهاء", ["وجهاء"]),
        ("ووجهاء", ["و", "وجهاء"]),
        # sailors, no ب before a neighbourhood (حارة)
        ("بحارة", ["بحارة"]),
        ("وبحارة", ["و", "بحارة"]),
        # sailors (or seas) in the plural and the accusative, no ب before حار
        ("بحار", ["بحار"]),
        ("بحارا", ["بحارا"]),
        # a doubled verb of two letters takes a third-person suffix; no other two-letter word does
        ("شنها", ["شن", "ها"]),
        # a nationality that begins with a clitic letter is whole; a proclitic before it is cut
        ("لبنانيين", ["لبنانيين"]),
        ("بريطانيين", ["بريطانيين"]),
        ("وفلسطينيين", ["و", "فلسطينيين"]),
        ("لبنانيا", ["لبنانيا"]),  # in the accusative
        # participles of describing, placing and trusting are words, no و before them
        ("واصفا", ["واصفا"]),
        ("وواصفا", ["و", "واصفا"]),
        ("واصفة", ["واصفة"]),
        ("واضعا", ["واضعا"]),
        ("واثقا", ["واثقا"]),
        ("لويز", ["لويز"]),  # a name (لويز إيناسيو لولا دا سيلفا), no ل + ويز
        ("وحثه", ["و", "حث", "ه"]),
        # and a few are cut from ب or ل before them; not بحث ("discussed") nor برد ("cold")
        ("بشن", ["ب", "شن"]),
        ("لصد", ["ل", "صد"]),
        ("بحث", ["بحث"]),
        ("برد", ["برد"]),
        ("منها", ["منها"]),
        # future س only before an imperfect verb
        ("سيكون", ["س", "يكون"]),
        ("ستكون", ["س", "تكون"]),
        ("سنعمل", ["س", "نعمل"]),
        ("وسأكون", ["و", "س", "أكون"]),
        ("سيارة", ["سيارة"]),
        ("سيرت", ["سيرت"]),  # the perfect of سيّر, no imperfect
        ("سياسة", ["سياسة"]),
        ("سنوات", ["سنوات"]),
        ("سافروا", ["سافروا"]),
        # names with a proclitic keep the name whole
        ("وبوتين", ["و", "بوتين"]),
        ("لبوتين", ["ل", "بوتين"]),
        ("ببكين", ["ب", "بكين"]),
        ("وكيم", ["و", "كيم"]),
        ("للبنان", ["ل", "لبنان"]),
        ("وموسكو", ["و", "موسكو"]),
        ("وكوريا", ["و", "كوريا"]),
        ("بالمانيا", ["ب", "المانيا"]),
        ("ولاعب", ["و", "لاعب"]),
        # one-word names of organisations beginning with a clitic letter are kept whole, with their own
        # proclitics; a short one that is a clitic and a word is split (فورد "and came"), and a listed
        # organisation's name draws no split of a place (بابل, not ب+أبل)
        ("بوينغ", ["بوينغ"]),
        ("لبوينغ", ["ل", "بوينغ"]),
        ("فيسبوك", ["فيسبوك"]),
        ("وواتساب", ["و", "واتساب"]),
        ("فورد", ["ف", "ورد"]),
        ("بابل", ["بابل"]),
        # names and frequent words that are never split
        *[(w, [w]) for w in WHOLE.split()],
        # pronoun suffixes
        ("شاركها", ["شارك", "ها"]),
        ("أعتبره", ["أعتبر", "ه"]),
        ("تحمله", ["تحمل", "ه"]),
        ("ملاحظاته", ["ملاحظات", "ه"]),
        ("مدينته", ["مدينت", "ه"]),
        ("يمكنني", ["يمكن", "ني"]),
        ("تحياتي", ["تحيات", "ي"]),
        ("حكومتي", ["حكومت", "ي"]),
        ("بلادنا", ["بلاد", "نا"]),
        ("كتابهم", ["كتاب", "هم"]),
        ("كتابكم", ["كتاب", "كم"]),
        ("بينهما", ["بين", "هما"]),
        ("عليه", ["علي", "ه"]),
        ("لديه", ["لدي", "ه"]),
        ("لكنها", ["لكن", "ها"]),
        ("وزارته", ["وزارت", "ه"]),  # a listed word (وزارة) with its ة written ت: not و + زارته
        ("وزارات", ["وزارات"]),
        # the plural in ات of a listed word is whole too (not ل + قاءات, ب + عثات)
        ("لقاءات", ["لقاءات"]),
        ("بعثات", ["بعثات"]),
        ("وبلديات", ["و", "بلديات"]),
        ("فبعثات", ["ف", "بعثات"]),
        # conjunctions and adverbs that begin with a clitic letter (not ب + ينما, ب + عدما, ل + يلا)
        ("بينما", ["بينما"]),
        ("وبينما", ["و", "بينما"]),
        ("بعدما", ["بعدما"]),
        ("لكنما", ["لكنما"]),
        ("لاسيما", ["لاسيما"]),
        ("بعيدا", ["بعيدا"]),
        ("ليلا", ["ليلا"]),
        ("لاحقا", ["لاحقا"]),
        ("فورا", ["فورا"]),
        ("برامج", ["برامج"]),
        ("فيضانات", ["فيضانات"]),
        # nouns that begin with و of their own (not و + ساطة, و + كيل); a conjunction before them is cut
        ("وساطة", ["وساطة"]),
        ("ووساطة", ["و", "وساطة"]),
        ("وكيل", ["وكيل"]),
        ("باشرت", ["باشرت"]),
        ("بلدتي", ["بلدتي"]),
        ("فخامة", ["فخامة"]),
        ("سنيين", ["سنيين"]),  # not the future س
        ("بنين", ["بنين"]),
        ("بضائع", ["بضائع"]),  # goods, not ب + ضائع (lost)
        ("وببضائعها", ["و", "ب", "بضائع", "ها"]),
        # a verb that begins with a clitic letter (not ف + رضت)
        ("فرضت", ["فرضت"]),
        ("وفرضت", ["و", "فرضت"]),
        ("فرضتها", ["فرضت", "ها"]),
        ("لوحت", ["لوحت"]),
        ("بحثوا", ["بحثوا"]),
        ("بينهم", ["بين", "هم"]),
        ("وكتابها", ["و", "كتاب", "ها"]),
        ("لقاؤهم", ["لقاؤ", "هم"]),
        ("للقائها", ["ل", "لقائ", "ها"]),
        ("والتزامنا", ["و", "التزام", "نا"]),
        # آل "the family of", with madda, is no article: و is cut before it
        ("وآل", ["و", "آل"]),
        # endings that only look like suffixes
        ("المدينة", ["ال", "مدينة"]),
        ("مدرسة", ["مدرسة"]),
        ("مشترك", ["مشترك"]),
        ("تحرك", ["تحرك"]),
        ("اتجاه", ["اتجاه"]),
        ("مياه", ["مياه"]),
        ("تفاهم", ["تفاهم"]),
        ("أماكن", ["أماكن"]),
        ("أحيانا", ["أحيانا"]),
        # but a verb ending in alef takes an object pronoun (دعاه "called on him")
        ("ودعاه", ["و", "دعا", "ه"]),
        ("استدعاه", ["استدعا", "ه"]),
        # (the plural stays whole: it mostly takes back people with no name)
        ("ودعاهم", ["و", "دعاهم"]),
        ("لبناني", ["لبناني"]),
        ("فلسطيني", ["فلسطيني"]),
        ("قانوني", ["قانوني"]),
        ("روسي", ["روسي"]),
        ("رسميًا", ["رسميًا"]),
        # a refugee in the accusative or the nominative plural: no ل before اجئ
        ("لاجئا", ["لاجئا"]),
        ("لاجئون", ["لاجئون"]),
        ("للاجئين", ["ل", "لاجئين"]),
        # diacritics stay with their letters; offsets are raw
        ("وَبِالْكِتَابِ", ["وَ", "بِ", "الْ", "كِتَابِ"]),
        ("والعـــربية", ["و", "ال", "عـــربية"]),
        # non-Arabic tokens are one stem
        ("Dioyutai", ["Dioyutai"]),
        ("15,000", ["15,000"]),
        ("ﻻعب", ["ﻻعب"]),
    ],
)
def test_segment(word: str, expected: list[str]) -> None:
    assert parts(word) == expected


def test_segment_kinds_and_forms() -> None:
    assert segment("وبالكرملين") == [
        (0, 1, "prefix", "و"),
        (1, 2, "prefix", "ب"),
        (2, 4, "prefix", "ال"),
        (4, 10, "stem", "كرملين"),
    ]
    assert segment("للزعيم") == [(0, 1, "prefix", "ل"), (1, 2, "prefix", "ال"), (2, 6, "stem", "زعيم")]
    assert segment("شاركها") == [(0, 4, "stem", "شارك"), (4, 6, "suffix", "ها")]
    assert segment("لأوكرانيا")[1] == (1, 9, "stem", "اوكرانيا")
    assert segment("Dioyutai") == [(0, 8, "stem", "dioyutai")]


def test_segment_parts_cover_the_token() -> None:
    for word in ("وَبِالْكِتَابِ", "وبالكرملين", "للمساعدة", "ملاحظاته", "\u064bكتاب", "ـالعربية"):
        got = segment(word)
        assert got[0][0] == 0 and got[-1][1] == len(word)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(got))
        assert [k for _, _, k, _ in got].count("stem") == 1


def test_no_split_lexicon_words_stay_whole() -> None:
    rows = packaged(NO_SPLIT_LEXICON, 1, 1)
    assert len(rows) > 100
    for (word,) in rows:
        assert parts(word) == [word], word


def test_one_word_kb_aliases_stay_whole() -> None:
    # a name in the KB that begins with a clitic letter is not cut (فيفا، لوكاشنكو، فياض), but for one
    # that is a clitic and a frequent word (فورد "and came")
    from khabar.kb.kb import load_kb

    actors = [e for e in load_kb().entries.values() if e.type in ("PER", "ORG")]
    words = {a for e in actors for a in e.aliases if " " not in a and a[:1] in "وفبلكس"}
    assert len(words) > 100
    assert [w for w in sorted(words) if len(parts(w)) > 1] == ["فورد"]


def test_gazetteer_countries_stay_whole() -> None:
    # a country that begins with a clitic letter is not cut (ليسوتو، بيلاروس), but takes a proclitic
    rows = [r for r in packaged("places.tsv") if len(r) > 1 and r[1] == "COUNTRY" and " " not in r[0]]
    words = [r[0] for r in rows if r[0][:1] in "وفبلكس"]
    assert len(words) > 20
    assert [w for w in words if len(parts(w)) > 1] == []
    assert parts("لليسوتو") == ["ل", "ليسوتو"]


def test_no_split_lexicon_has_a_version() -> None:
    res = Path(__file__).resolve().parents[1] / "src" / "khabar" / "data" / "lexicons"
    for name in (NO_SPLIT_LEXICON, "abbreviations.tsv"):
        assert (res / name).read_text(encoding="utf-8").startswith("# version: 1\n")


def surfaces(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[a:b] for a, b in tokenize(text, start, end)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أرسلت 15,000 جندي", ["أرسلت", "15,000", "جندي"]),
        ("بنسبة ٣٫٥ و3.5%.", ["بنسبة", "٣٫٥", "و", "3.5", "%", "."]),
        ("١٥٬٠٠٠ جندي", ["١٥٬٠٠٠", "جندي"]),
        ("عام 2023م.", ["عام", "2023", "م", "."]),
        ("عام 2023.", ["عام", "2023", "."]),
        ("الضيافة Dioyutai (AP) –", ["الضيافة", "Dioyutai", "(", "AP", ")", "–"]),
        ("قال: «نعم»...", ["قال", ":", "«", "نعم", "»", "..."]),
        ("“أريد أن”.", ["“", "أريد", "أن", "”", "."]),
        ("هل؟! لا، نعم؛", ["هل", "؟", "!", "لا", "،", "نعم", "؛"]),
        ("U.S. F-16 don't COVID-19 G7", ["U.S.", "F-16", "don't", "COVID-19", "G7"]),
        ("مُحَمَّدٌ العـــربية رسميًا", ["مُحَمَّدٌ", "العـــربية", "رسميًا"]),
        ("\u200fبكين\u200e ﻻعب", ["بكين", "ﻻعب"]),
        ("https://example.com/a?b=1. info@x.org", ["https://example.com/a?b=1", ".", "info@x.org"]),
        ("Привет мир", ["Привет", "мир"]),
        ("", []),
    ],
)
def test_tokenize(text: str, expected: list[str]) -> None:
    assert surfaces(text) == expected


def test_tokenize_window() -> None:
    text = "قال الرئيس. ثم غادر."
    assert surfaces(text, 12) == ["ثم", "غادر", "."]
    assert surfaces(text, 0, 11) == ["قال", "الرئيس", "."]
    assert tokenize(text, 12, 14) == [(12, 14)]


def check_document(doc: Document) -> None:
    assert doc.tokens
    for i, token in enumerate(doc.tokens):
        assert doc.text[token.start : token.end] == token.text
        sentence = doc.sentences[token.sentence]
        assert sentence.start <= token.start < token.end <= sentence.end
        assert token.words and token.words[0].start == token.start and token.words[-1].end == token.end
        assert token.stem is not None
        for w in token.words:
            assert doc.text[w.start : w.end] == w.text
            assert w.token == i and doc.tokens[w.token] is token
            assert token.start <= w.start < w.end <= token.end
            assert w.kind in {"prefix", "stem", "suffix"}
            assert w.form == "ال" or normalize(w.text) == w.form


def test_stage_on_hand_built_document() -> None:
    text = "وقال الكرملين: “سيكون لقاؤهم مُهِمًّا”.\nوبالكرملين التقى بوتين وكيم 15,000 مرة."
    doc = Document(text)
    doc.sentences = [Span(0, 39), Span(40, len(text))]
    stage = Tokenizer(Config.default())
    assert stage.requires == ("sentences",)
    assert stage.adds == ("tokens",)
    doc = stage(doc)
    check_document(doc)
    assert [t.sentence for t in doc.tokens].count(0) == 9
    first = doc.tokens[0]
    assert [(w.text, w.kind, w.form) for w in first.words] == [("و", "prefix", "و"), ("قال", "stem", "قال")]
    kremlin = doc.tokens[9]
    assert kremlin.sentence == 1
    assert [w.text for w in kremlin.words] == ["و", "ب", "ال", "كرملين"]
    assert kremlin.stem is not None and kremlin.stem.form == "كرملين"
    meeting = doc.tokens[5]
    assert [(w.text, w.kind) for w in meeting.words] == [("لقاؤ", "stem"), ("هم", "suffix")]


def test_stage_on_seed() -> None:
    config = Config.default()
    stages = registered()
    assert stages["tokens"] is Tokenizer
    pipeline = Pipeline([SentenceSplitter(config), Tokenizer(config)])
    doc = pipeline(Document(SEED.read_text(encoding="utf-8")))
    assert not doc.errors
    check_document(doc)
    stems = {t.stem.form for t in doc.tokens if t.stem is not None}
    assert {"بوتين", "كيم", "بكين", "موسكو", "كرملين"} <= stems


@pytest.mark.parametrize("word", ["سيطرت", "وسيطروا"])
def test_a_perfect_beginning_with_si_keeps_its_letters(word: str) -> None:
    # سيطرت "took control": its سي is the verb's own, no future س before an imperfect
    from khabar.extract import extract_text

    token = extract_text(word).tokens[0]
    assert next(w.form for w in token.words if w.kind == "stem").startswith("سيطر")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("فرضها", ["فرض", "ها"]),
        ("فرضه", ["فرض", "ه"]),
        ("فتحهم", ["فتح", "هم"]),
        ("وزعها", ["وزع", "ها"]),
        ("وبخه", ["وبخ", "ه"]),
        ("فنده", ["فند", "ه"]),
        # a real clitic before a word stays cut; ة is never the pronoun
        ("ومنها", ["و", "منها"]),
        ("فرقة", ["فرقة"]),
    ],
)
def test_a_listed_verb_with_an_object_pronoun_has_no_proclitic(word: str, expected: list[str]) -> None:
    # فرضها "imposed it": ف is the verb's own letter, رض+ها no word
    assert parts(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # a final hamza on alef is a root letter: the object or possessive pronoun after it is split
        ("وهنأه", ["و", "هنأ", "ه"]),
        ("هنأهم", ["هنأ", "هم"]),
        ("مبدأه", ["مبدأ", "ه"]),
        # a plain alef still keeps ه, هم (اتجاه، تفاهم) and a written ة is no suffix
        ("اتجاه", ["اتجاه"]),
        ("امرأة", ["امرأة"]),
    ],
)
def test_segment_a_suffix_after_a_hamza_on_alef(word: str, expected: list[str]) -> None:
    assert parts(word) == expected
