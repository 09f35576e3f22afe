"""Place names after place nouns (``khabar.ner.places``): districts, camps, streets, villages."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.document import Document
from khabar.ner.places import place_heads, place_mentions, whole_after_place_noun
from khabar.pipeline import registered
from khabar.text.normalize import normalize

CONFIG = Config.default()
_STAGES = registered()
SENTENCES = _STAGES["sentences"](CONFIG)
TOKENS = _STAGES["tokens"](CONFIG)
#: the words of running text these cases need (the tagger's vocabulary is far larger)
KNOWN = frozenset(
    normalize(w)
    for w in (
        "فراغ",
        "صغيرة",
        "عين",
        "بيت",
        "الماء",
        "سكني",
        "يعيش",
        "حدود",
        "الحدود",
        "معركة",
        "شعب",
        "بيانات",
        "كثيفة",
        "الشاطئ",
        "البحر",
        "بحر",
        "المدارس",
        "مدارس",
        "الربيع",
        "الأكراد",
    )
)


def names(text: str, taken: frozenset[int] = frozenset()) -> list[str]:
    doc = Document(text)
    TOKENS(SENTENCES(doc))
    spans = place_mentions(doc.tokens, set(taken), lambda w: w in KNOWN)
    return [text[start : doc.tokens[j - 1].end] for _, j, start in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انفجرت سيارة في حي الدورة جنوبي العاصمة .", ["الدورة"]),  # up to a direction
        ("قتل سبعة بشارع السعدون وسط العاصمة .", ["السعدون"]),  # the head with a preposition
        ("اقتحمت القوات مخيمي بلاطة وعين بيت الماء شرق المدينة .", ["بلاطة", "عين بيت الماء"]),  # a dual
        ("في مخيم بلاطة .", ["بلاطة"]),  # ب of the name is kept
        ("وقعت في قرية كفر قاسم أمس .", ["كفر قاسم"]),
        ("عن جزيرة جيرزي إذا لم تمنح .", ["جيرزي"]),  # a condition opens after the name
        ("تقع في قرية صغيرة قرب الحدود .", []),  # an adjective, not a name
        ("وفي حي سكني .", []),  # a nisba adjective
        ("في سوق شعبية .", []),  # the nisba of a word of running text (شعب)
        ("في قرية لبنانية .", []),  # a nationality
        ("هاجمت عصابة بلدة ميريباليه وسط هايتي .", ["ميريباليه"]),  # ends like a nisba, of no word
        ("عاد إلى الحي القديم .", []),  # the head with the article refers back
        ("عثر على كائن حي يعيش في الماء .", []),  # حي "alive": a known word after it is no name
        ("في منطقة التاجي شمال بغداد .", ["التاجي"]),  # منطقة: only before a rare word
        ("في منطقة الحدود مع لبنان .", []),
        ("في مدينة اسن الألمانية .", ["اسن"]),  # the nationality is not part of the name
        ("في حي الدورة وحي المنصور .", ["الدورة", "المنصور"]),  # و ends a name
        ("في حي الدورة المجاورة لنا .", ["الدورة"]),
        # a time after the name is no word of it
        ("قرب مدينة الكفرة الأسبوع الماضي .", ["الكفرة"]),
        ("في بلدة العوجا الثلاثاء الماضي .", ["العوجا"]),
        ("خرج سكان مدينة جرادة يوم الجمعة في مسيرة .", ["جرادة"]),
        ("انفجرت سيارة بحي الكرادة أسفر عن مقتل سبعة .", ["الكرادة"]),  # بحي; a definite name stops
        ("انفجرت عبوة في ساحة كهرمانة وسط بغداد .", ["كهرمانة"]),  # squares, bridges, markets
        ("انفجرت عبوة قرب جسر السنك .", ["السنك"]),
        ("انسحب الجيش من ساحة المعركة .", []),  # rare: a word of running text after ساحة is no name
        ("استهدف هجوم قاعدة حميميم الروسية .", ["حميميم"]),  # military bases
        ("أنشأت الوزارة قاعدة بيانات جديدة .", []),  # a base of something, no name
        ("أرسل الجيش تعزيزات إلى غابة سامبيسا .", ["سامبيسا"]),  # forests, islands, valleys
        ("رست السفينة قرب جزيرة كريت .", ["كريت"]),
        ("قصفت الطائرات سوقا في مديرية كتاف .", ["كتاف"]),  # a district (مديرية الأمن: a known word)
        ("تقع في غابة كثيفة .", []),  # an adjective
        ("على قاعدتي عين الأسد وأربيل اللتين تضمان قوات .", ["عين الأسد", "أربيل"]),  # a dual relative
        ("أرسلت مدمرتين إلى محيط جزر باراسيل .", ["باراسيل"]),  # islands
        ("وقع الهجوم قرب مستوطنة أرئيل شمال الضفة .", ["أرئيل"]),  # settlements
        ("استهدفوا تجمعا للجنود في مستعمرة المطلة بصلية صاروخية .", ["المطلة"]),
        ("انتشرت القوات في مديريتي كريتر والمعلا بمدينة عدن .", ["كريتر", "المعلا", "عدن"]),  # duals
        ("وقع القصف في ضاحيتي برج البراجنة والغبيري .", ["برج البراجنة", "الغبيري"]),
        ("نشر الجيش وحدات في مقاطعة باسكنو المحاذية للحدود .", ["باسكنو"]),  # an adjective of where it lies
        # a plural head: the whole list joined with و, a later name only of words of no running text
        (
            "انتشر الجيش في بلدات كفركلا والعديسة ومركبا وحولا فور خروج القوات .",
            ["كفركلا", "العديسة", "مركبا", "حولا"],
        ),
        ("قصفت المدفعية قرى زبدين وكفرشوبا بيانات .", ["زبدين", "كفرشوبا"]),
        ("قصفت الطائرات قرى محيطة بالمدينة .", []),  # an adjective (ends in ة), no list
        ("في قرى صغيرة .", []),
        ("نشر الحرس صواريخ على جزر طنب الكبرى وطنب الصغرى .", ["طنب الكبرى", "طنب الصغرى"]),  # rare, plural
        ("أعادت الجزر بيانات السفن .", []),  # with the article: refers back
        ("أرسلت الحكومة شاحنات إلى مخيمات النازحين في عامرية الفلوجة .", []),  # the people a camp holds
        ("قصفت الطائرات مخيم اللاجئين في جنين .", []),
        # a landform: its noun is part of the name, words of running text after it too
        ("ستنشر الحكومة كتيبة في وادي الشاطئ لحماية المزارع .", ["وادي الشاطئ"]),
        ("قصفت القوات مزارع في منطقة وادي الربيع جنوب طرابلس .", ["وادي الربيع"]),
        ("اندلعت اشتباكات في مديرية جبل حبشي غرب تعز .", ["جبل حبشي"]),
        ("سيطرت الفصائل على جبل الأكراد .", ["جبل الأكراد"]),
        ("صعد المتسلقون جبلا شاهقا .", []),  # indefinite with its case ending: no place noun
        ("رست السفينة في ميناء أوديسا .", ["أوديسا"]),  # ports: the name after the noun
        # beaches, straits and oases: a rare word after the noun (شاطئ البحر: a word of running text)
        ("أطلق مسلحون النار على رواد شاطئ كاراكوي في المدينة .", ["كاراكوي"]),
        ("سيرت البحرية دوريات في مضيق لومبوك أمس .", ["لومبوك"]),
        ("اشتبك الجيش مع المهربين قرب واحة الجغبوب .", ["الجغبوب"]),
        ("جلس المصطافون على شاطئ البحر .", []),
        # heights and compounds
        ("سقطت قذيفة في مرتفعات كاراداغ أمس .", ["كاراداغ"]),
        ("تعرض مجمع زاويتين للنفط لهجوم .", ["زاويتين"]),
        ("افتتح الوزير مجمع المدارس .", []),
        ("قصفت المسيرات سد مروي شمالي السودان .", ["مروي"]),  # dams: a rare word after the noun
        ("يهدف القرار إلى سد الفراغ الأمني .", []),  # (a word of running text after it: "filling")
        # the country around a town: its town, not its side; none after a town named before it
        ("قصفت الطائرات ريف إدلب الجنوبي .", ["إدلب"]),
        ("نشر الجيش وحدات في جرود عرسال .", ["عرسال"]),
        ("استهدفت الغارات بلدة كفرنبل بريف إدلب الجنوبي .", ["كفرنبل"]),
        ("دفعت الوزارة بتعزيزات إلى مدينة جبلة في ريف اللاذقية .", ["جبلة"]),
    ],
)
def test_place_after_place_noun(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_no_person_opens_with_a_place_noun() -> None:
    # the tagger's مديريتي كريتر (a person) is two districts after their noun
    from khabar.extract import extract_text

    doc = extract_text("انتشرت قوات الحزام الأمني في مديريتي كريتر والمعلا بمدينة عدن، عقب اشتباكات.")
    assert {(e.name, e.type) for e in doc.entities} >= {("كريتر", "LOC"), ("المعلا", "LOC")}
    assert not any(e.type == "PER" for e in doc.entities)


def test_a_tagged_word_is_left_alone() -> None:
    assert names("في حي الدورة .", frozenset({2})) == []


@pytest.mark.parametrize(
    ("text", "taken", "expected"),
    [
        # the first name after a plural or dual head tagged already: the conjuncts after it are places
        ("انتشر الجيش في بلدات ميس الجبل وكفركلا والعديسة الحدودية .", {4, 5}, ["كفركلا", "العديسة"]),
        ("قصفت الطائرات مخيمي جباليا والنصيرات .", {3}, ["النصيرات"]),
        ("قصفت الطائرات مخيم جباليا والنصيرات .", {3}, []),  # a singular head takes one name
    ],
)
def test_the_conjuncts_after_a_tagged_first_name_are_places(
    text: str, taken: set[int], expected: list[str]
) -> None:
    assert names(text, frozenset(taken)) == expected


def test_place_heads_load() -> None:
    heads = place_heads()
    assert heads[normalize("حي")] == 1 and heads[normalize("مخيمي")] == 2 and heads[normalize("منطقة")] == 1
    assert heads[normalize("وادي")] == heads[normalize("جبل")] == 1


@pytest.mark.parametrize(
    ("text", "i", "whole"),
    [
        ("انفجار في حي ليدو", 3, True),  # a genitive takes no preposition: ل is the name's
        ("قصف قرية بلدة", 2, True),
        ("وصل إلى حي وليدو", 3, False),  # و opens a new conjunct
        ("قصف الجيش لبنان", 2, False),  # no place noun before
        ("انفجار في الحي لبنان", 3, False),  # a noun with the article refers back
    ],
)
def test_a_name_right_after_a_place_noun_keeps_its_first_letter(text: str, i: int, whole: bool) -> None:
    doc = Document(text)
    TOKENS(SENTENCES(doc))
    assert whole_after_place_noun(doc.tokens, i) is whole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rare head's name that is a word of running text is one when a direction locates it
        ("قتل ثلاثة بانفجار في منطقة عين زارة جنوبي طرابلس .", ["عين زارة"]),
        ("استهدف هجوم ثكنة للجيش بمنطقة الشعب شمال العاصمة .", ["الشعب"]),
        ("اندلعت اشتباكات في منطقة الحدود مع لبنان .", []),  # no direction: a common phrase
    ],
)
def test_a_rare_heads_common_word_name_located_by_a_direction(text: str, expected: list[str]) -> None:
    assert names(text) == expected
