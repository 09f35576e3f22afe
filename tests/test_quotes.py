"""The quotes stage: direct, partial and reported speech, claims, speakers, negatives."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from khabar.config import Config
from khabar.document import Document, Entity, Mention, Quote, TextSpan
from khabar.extract import extract_text
from khabar.pipeline import Pipeline, registered
from khabar.quotes.cues import CueLexicon
from khabar.quotes.direct import find_quotations
from khabar.quotes.evaluate import eval_quotes_command, load_gold, overlap_match, same_speaker
from khabar.quotes.stage import QuoteExtractor
from khabar.serialize import from_json, to_dict
from khabar.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
CONFIG = Config.default()
_BASE = Pipeline([registered()[n](CONFIG) for n in ("sentences", "tokens", "boilerplate")])
_QUOTES = QuoteExtractor(CONFIG)
Expected = tuple[str, str | None, bool]


def analyse(text: str, entities: tuple[tuple[str, str], ...] = ()) -> Document:
    """Run the text layers, add hand-built entities (every occurrence of each name), then the stage."""
    doc = _BASE(Document(text))
    for n, (name, etype) in enumerate(entities, 1):
        mentions = []
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name))
            start = text.find(name, start + 1)
        doc.entities.append(Entity(f"E{n}", etype, name, mentions))
    return _QUOTES(doc)


def found(doc: Document) -> list[Expected]:
    return [(q.text, q.speaker_text, q.direct) for q in doc.quotes]


def check_spans(doc: Document) -> None:
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
        assert q.text == q.text.strip()


DIRECT: list[tuple[str, list[Expected]]] = [
    ("وقال الوزير: «سنواصل العمل حتى النهاية».", [("سنواصل العمل حتى النهاية", "الوزير", True)]),
    ('وقال الوزير "سنواصل العمل حتى النهاية" .', [("سنواصل العمل حتى النهاية", "الوزير", True)]),
    ("وأكدت الوزيرة “لن نتراجع عن هذا القرار أبدا”.", [("لن نتراجع عن هذا القرار أبدا", "الوزيرة", True)]),
    ("وصرح المتحدث „نحن مستعدون للحوار مع الجميع“.", [("نحن مستعدون للحوار مع الجميع", "المتحدث", True)]),
    ("وقال السفير 'الوضع صعب جدا في المنطقة' للصحفيين.", [("الوضع صعب جدا في المنطقة", "السفير", True)]),
    ("فقال الرئيس: «نعم».", [("نعم", "الرئيس", True)]),
    ("ويقول الخبراء: «الأزمة ستطول أكثر مما نتوقع».", [("الأزمة ستطول أكثر مما نتوقع", "الخبراء", True)]),
    (
        "وقالت المتحدثة باسم الحكومة «لا تعليق لدينا الآن».",
        [("لا تعليق لدينا الآن", "المتحدثة باسم الحكومة", True)],
    ),
    ("«سنعود إلى طاولة المفاوضات قريبا»، قال الوزير.", [("سنعود إلى طاولة المفاوضات قريبا", "الوزير", True)]),
    ("وكتب الرئيس في تغريدة: «نحن أقوى من أي وقت مضى».", [("نحن أقوى من أي وقت مضى", "الرئيس", True)]),
    (
        "وقال الوزير «الجولة الأولى انتهت. والجولة الثانية تبدأ غدا».",
        [("الجولة الأولى انتهت. والجولة الثانية تبدأ غدا", "الوزير", True)],
    ),
    ("ورد الوزير مؤكدا: «لن نقبل بذلك».", [("لن نقبل بذلك", "الوزير", True)]),
    # a reply (ردّ) is a speech cue too
    ("وردت الوزارة بأنها «تستنكر هذا القرار».", [("تستنكر هذا القرار", "الوزارة", True)]),
]

MULTI_AND_UNBALANCED: list[tuple[str, list[Expected], tuple[str, ...]]] = [
    (
        "وقال الوزير: «الفقرة الأولى من الكلام\n«والفقرة الثانية منه».",
        [("الفقرة الأولى من الكلام\n«والفقرة الثانية منه", "الوزير", True)],
        (),
    ),
    (
        "وقال الوزير: «كلام لا ينتهي أبدا في هذه الفقرة",
        [("كلام لا ينتهي أبدا في هذه الفقرة", "الوزير", True)],
        ("unbalanced",),
    ),
    (
        'وقال الوزير " بداية الكلام هنا\nفقرة أخرى بلا علامات .',
        [("بداية الكلام هنا", "الوزير", True)],
        ("unbalanced",),
    ),
]

PARTIAL: list[tuple[str, list[Expected]]] = [
    (
        "قال الوزير إن التعاون بين البلدين “تعزز بشكل كبير” منذ العام الماضي.",
        [("التعاون بين البلدين", "الوزير", False), ("تعزز بشكل كبير", "الوزير", True)],
    ),
    (
        "وأكد المسؤول أن الهجوم «تصعيد خطير» في المنطقة.",
        [("تصعيد خطير", "المسؤول", True)],
    ),
    (
        "قال كيم ذلك التعاون بين البلدين لقد “تعزز بشكل كبير” منذ التوقيع.",
        [("تعزز بشكل كبير", "كيم", True)],
    ),
]

INDIRECT: list[tuple[str, list[Expected]]] = [
    ("وقال الكرملين إن الزعيمين عقدا اجتماعا فرديا.", [("الزعيمين عقدا اجتماعا فرديا", "الكرملين", False)]),
    ("قالت الوزيرة إن الحكومة ستدعم المزارعين.", [("الحكومة ستدعم المزارعين", "الوزيرة", False)]),
    ("وقالوا إن المفاوضات فشلت تماما.", [("المفاوضات فشلت تماما", None, False)]),
    # a long circumstance between the cue and its إن (up to twenty words)
    (
        "وقال الوزير في أول حديث مهم له في مجال الشؤون الخارجية أمام الجمعية الوطنية ، إنه لا شك في الخطر.",
        [("لا شك في الخطر", "الوزير", False)],
    ),
    # the writer takes over at "، كما" + verb; "، كما أن" goes on with what was said
    (
        "وقالت الوزيرة إن الحكومة ستدعم المزارعين ، كما حملت البنك المسؤولية.",
        [("الحكومة ستدعم المزارعين", "الوزيرة", False)],
    ),
    (
        "وقالت الوزيرة إن الحكومة ستدعم المزارعين ، كما أن البنك سيقرضهم.",
        [("الحكومة ستدعم المزارعين ، كما أن البنك سيقرضهم", "الوزيرة", False)],
    ),
    ("ويقول المحللون إن الأسواق ستتعافى قريبا.", [("الأسواق ستتعافى قريبا", "المحللون", False)]),
    ("وأضافت الشركة أنها ستفتح فرعا جديدا في دبي.", [("ستفتح فرعا جديدا في دبي", "الشركة", False)]),
    ("فأوضح المدير بأن العمل سيستأنف غدا.", [("العمل سيستأنف غدا", "المدير", False)]),
    ("وأشار التقرير إلى أن البطالة ارتفعت خلال العام.", [("البطالة ارتفعت خلال العام", "التقرير", False)]),
    (
        "ونفى المتحدث أن يكون الجيش قد انسحب من المدينة.",
        [("يكون الجيش قد انسحب من المدينة", "المتحدث", False)],
    ),
    (
        "وأعلنت الشرطة: اعتقال ثلاثة مشتبه بهم في الهجوم.",
        [("اعتقال ثلاثة مشتبه بهم في الهجوم", "الشرطة", False)],
    ),
    (
        "وقال الكرملين في منشور على وسائل التواصل الاجتماعي إن الرئيسين سافرا معا.",
        [("الرئيسين سافرا معا", "الكرملين", False)],
    ),
    (
        "أشاد الرئيس بشجاعة الجنود الذين قاتلوا في المعركة.",
        [("بشجاعة الجنود الذين قاتلوا في المعركة", "الرئيس", False)],
    ),
    ("وحذر الخبراء من أن الجفاف سيضرب المنطقة.", [("الجفاف سيضرب المنطقة", "الخبراء", False)]),
    ("ودعا الأمين العام إلى وقف فوري لإطلاق النار.", [("إلى وقف فوري لإطلاق النار", "الأمين العام", False)]),
    ("وقال مصدر مسؤول في الوزارة إن القرار نهائي.", [("القرار نهائي", "مصدر مسؤول", False)]),
    ("وأفادت مصادر مطلعة بأن الاتفاق بات وشيكا.", [("الاتفاق بات وشيكا", "مصادر مطلعة", False)]),
    (
        "وقال الوزير إن الوضع مستقر، وأضاف أن الحدود مغلقة.",
        [("الوضع مستقر", "الوزير", False), ("الحدود مغلقة", "الوزير", False)],
    ),
    (
        "وقال الوزير إن الوضع مستقر، مشيرا إلى أن الحدود مغلقة.",
        [("الوضع مستقر", "الوزير", False), ("الحدود مغلقة", "الوزير", False)],
    ),
    ("الشرطة قالت إنها اعتقلت المشتبه به.", [("اعتقلت المشتبه به", "الشرطة", False)]),
]

CLAIMS: list[tuple[str, list[Expected]]] = [
    (
        "وفقًا لتقييمات كوريا الجنوبية ، أرسلت كوريا الشمالية حوالي 15000 جندي إلى روسيا.",
        [("أرسلت كوريا الشمالية حوالي 15000 جندي إلى روسيا", "كوريا الجنوبية", False)],
    ),
    ("بحسب مصادر أمنية، قتل عشرة أشخاص في الانفجار.", [("قتل عشرة أشخاص في الانفجار", "مصادر أمنية", False)]),
    ("قتل عشرة أشخاص في الانفجار، بحسب مصادر طبية.", [("قتل عشرة أشخاص في الانفجار", "مصادر طبية", False)]),
    (
        "ووفقا لوكالة رويترز، ارتفعت الأسعار بنسبة كبيرة.",
        [("ارتفعت الأسعار بنسبة كبيرة", "وكالة رويترز", False)],
    ),
    ("نقلا عن مسؤولين في الوزارة، فإن الاتفاق سيوقع غدا.", [("الاتفاق سيوقع غدا", "مسؤولين", False)]),
    (
        "وارتفع عدد القتلى إلى مئة حسبما ذكرت وكالة الأنباء الرسمية.",
        [("وارتفع عدد القتلى إلى مئة", "وكالة الأنباء الرسمية", False)],
    ),
]

NEGATIVES: list[str] = [
    "وأعلن تنظيم «داعش» مسؤوليته عن الهجوم.",
    "وشارك الممثل في فيلم «الطريق إلى المدينة الكبيرة» العام الماضي.",
    "ونشرت صحيفة “نيويورك تايمز” تقريرا مطولا.",
    'وعرض برنامج "صباح الخير يا عرب" لقاء مع الفنان.',
    "ووصفت الخطة بأنها «تاريخية».",
    "وكان الاجتماع «ناجحا» بكل المقاييس.",
    "كتاب «الأيام» من أشهر الكتب العربية الحديثة والقديمة.",
    "وتسير الأمور حسب الخطة الموضوعة سابقا.",
    "وأعلن الرئيس عن خطة جديدة للإصلاح الاقتصادي.",
    "التقى الرئيس بنظيره بعد أن وصل إلى العاصمة.",
    "وذكر التقرير الحرب على وجه التحديد دون تفاصيل.",
    "It's a nice day and don't worry.",
    "«",
    "”",
    "وقال",
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_quotes(text: str, expected: list[Expected]) -> None:
    doc = analyse(text)
    assert found(doc) == expected
    check_spans(doc)


@pytest.mark.parametrize(("text", "expected", "flags"), MULTI_AND_UNBALANCED)
def test_multi_paragraph_and_unbalanced(text: str, expected: list[Expected], flags: tuple[str, ...]) -> None:
    doc = analyse(text)
    assert found(doc) == expected
    assert doc.quotes[0].flags == flags
    check_spans(doc)


@pytest.mark.parametrize(("text", "expected"), PARTIAL)
def test_partial_quotes(text: str, expected: list[Expected]) -> None:
    doc = analyse(text)
    assert found(doc) == expected
    assert any("partial" in q.flags for q in doc.quotes if q.direct)
    check_spans(doc)


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_reported_speech(text: str, expected: list[Expected]) -> None:
    doc = analyse(text)
    assert found(doc) == expected
    check_spans(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال الوزير إن الشرطة أمنت المواقع ، فيما رفضت الحكومة الإسبانية التفاوض.",
            [("الشرطة أمنت المواقع", "الوزير", False)],
        ),
        (
            "وقال الوزير إن الخسائر بلغت مليار دولار ، فيما قدرت الحكومة الإسبانية الأضرار بأكثر.",
            [("الخسائر بلغت مليار دولار", "الوزير", False)],
        ),
        # a verb and a noun after "، فيما" go on with what was said
        (
            "وقال الوزير إن الخسائر بلغت مليار دولار ، فيما قدرت الأضرار في الحكومة الإسبانية بأكثر.",
            [("الخسائر بلغت مليار دولار ، فيما قدرت الأضرار في الحكومة الإسبانية بأكثر", "الوزير", False)],
        ),
    ],
)
def test_writer_takes_over_at_while_and_a_named_subject(text: str, expected: list[Expected]) -> None:
    """``، فيما`` and a verb whose subject is named right after it (``رفضت الحكومة الإسبانية``) is the
    writer's clause; with a noun after the verb (``قدرت الأضرار``) what was said goes on."""
    assert found(analyse(text, (("الحكومة الإسبانية", "ORG"),))) == expected


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_claims(text: str, expected: list[Expected]) -> None:
    doc = analyse(
        text, (("كوريا الجنوبية", "GPE"), ("وكالة رويترز", "ORG"), ("وكالة الأنباء الرسمية", "ORG"))
    )
    assert found(doc) == expected
    assert all("claim" in q.flags for q in doc.quotes)
    check_spans(doc)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال لـ«الشرق الأوسط» إن الأسواق ستتعافى قريبا.", None),
        ("وقال الوزير لـ «الجزيرة» إن الأسواق ستتعافى قريبا.", "الوزير"),
    ],
)
def test_whom_it_was_told_to_is_not_the_speaker(text: str, speaker: str | None) -> None:
    # the medium after a preposition written apart is the addressee
    doc = analyse(text, (("الشرق الأوسط", "ORG"), ("الجزيرة", "ORG")))
    assert found(doc) == [("الأسواق ستتعافى قريبا", speaker, False)]
    assert all(q.speaker is None for q in doc.quotes)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_speech(text: str) -> None:
    assert analyse(text).quotes == []


ENTITY_CASES: list[tuple[str, tuple[tuple[str, str], ...], str, str]] = [
    (
        "وقال الرئيس الروسي فلاديمير بوتين إن المحادثات بناءة.",
        (("فلاديمير بوتين", "PER"),),
        "فلاديمير بوتين",
        "PER",
    ),
    ("بوتين قال إن المحادثات بناءة.", (("بوتين", "PER"),), "بوتين", "PER"),
    # a headline's speaker: a name before a colon, no speech cue
    (
        'رئيس مجلس النواب عقيلة صالح: "لن نقبل بحكومة تفرض علينا من الخارج".',
        (("عقيلة صالح", "PER"),),
        "عقيلة صالح",
        "PER",
    ),
    (
        "علق مستشار الشؤون الخارجية في بوتين يوري أوشاكوف على المنشور ، "
        "قائلاً إن الكلمات لم تكن خالية من المفارقة.",
        (("بوتين", "PER"), ("يوري أوشاكوف", "PER")),
        "يوري أوشاكوف",
        "PER",
    ),
    ("وقال المتحدث باسم الكرملين إن الزيارة ناجحة.", (("الكرملين", "ORG"),), "الكرملين", "ORG"),
    ("وقالت ليفني إن إسرائيل لديها ثلاثة مطالب.", (("ليفني", "PER"),), "ليفني", "PER"),
    # a particle between the subject and its speech verb
    ("وكان الرئيس بوتين قد حذر من أن روسيا سترد.", (("بوتين", "PER"),), "بوتين", "PER"),
    # a title's ل genitives before the holder's name
    (
        "رجح الممثل الأعلى للأمن والسياسة الخارجية خافيير سولانا أن يتوصل المجلس إلى حل.",
        (("خافيير سولانا", "PER"),),
        "خافيير سولانا",
        "PER",
    ),
    (
        "وقالت وزارة الخارجية الروسية إن السفير استدعي.",
        (("وزارة الخارجية الروسية", "ORG"), ("روسيا", "GPE")),
        "وزارة الخارجية الروسية",
        "ORG",
    ),
]


@pytest.mark.parametrize(("text", "entities", "name", "etype"), ENTITY_CASES)
def test_speaker_is_linked_entity(
    text: str, entities: tuple[tuple[str, str], ...], name: str, etype: str
) -> None:
    doc = analyse(text, entities)
    assert len(doc.quotes) == 1
    speaker = next(e for e in doc.entities if e.id == doc.quotes[0].speaker)
    assert (speaker.name, speaker.type) == (name, etype)
    assert name in (doc.quotes[0].speaker_text or "")


def test_continuation_to_previous_speaker() -> None:
    text = (
        "وقال الوزير إن الوضع خطير.\n\n"
        "وأضاف أن الجيش مستعد.\n\n"
        "«لن نسمح بتكرار ما حدث في الماضي أبدا».\n\n"
        "جملة لا علاقة لها بالكلام.\n\nجملة أخرى.\n\nجملة ثالثة.\n\n"
        "«كلام بعيد جدا عن آخر متحدث في النص»."
    )
    doc = analyse(text)
    assert [(q.speaker_text, q.flags) for q in doc.quotes] == [
        ("الوزير", ()),
        ("الوزير", ("continued",)),
        ("الوزير", ("continued",)),
        (None, ()),
    ]


def test_cue_written_without_conjunction() -> None:
    doc = analyse("وقال الوزير إن الوضع خطير جدا. فأكدت الوزيرة أن الأمر محسوم تماما.")
    assert [q.cue for q in doc.quotes] == ["قال", "أكدت"]


def test_ids_in_text_order_and_boilerplate_ignored() -> None:
    doc = analyse("قال الوزير: «أهلا بكم جميعا هنا».\n\nوقال المدير إن العمل مستمر بقوة.")
    assert [q.id for q in doc.quotes] == ["Q1", "Q2"]
    assert [q.start for q in doc.quotes] == sorted(q.start for q in doc.quotes)
    doc = _BASE(Document("شاركها.\n\nاقرأ أيضا: «قال الوزير إن كل شيء على ما يرام»"))
    doc.boilerplate = [TextSpan(9, len(doc.text), doc.text[9:])]
    assert _QUOTES(doc).quotes == []


def test_quotations_outermost_and_mirrored() -> None:
    text = "قال: «هو “كلام” داخل كلام» و » مقلوب بين علامتين «."
    quotes = find_quotations(text)
    assert [text[q.start : q.end] for q in quotes] == ["هو “كلام” داخل كلام", "مقلوب بين علامتين"]


def test_never_crashes_on_marks_alone() -> None:
    for text in ("«««", '"""', "'''", "“”„«»", "قال «", "» «", '" "'):
        check_spans(analyse(text))


def test_lexicons_load_and_conjugations() -> None:
    lex = CueLexicon()
    for form in (
        "قال",
        "قالت",
        "قالوا",
        "يقول",
        "تقول",
        "وقال",
        "فقالت",
        "قائلا",
        "قائلاً",
        "أكدت",
        "بيان",
        "والبيان",
    ):
        assert lex.speech_cue(normalize(form)) is not None, form
    assert lex.speech_cue("كيم") is None


def test_flags_round_trip_and_schema() -> None:
    doc = extract_text("وقال الوزير: «كلام لا ينتهي أبدا في هذه الفقرة")
    data = to_dict(doc)
    assert data["quotes"][0]["flags"] == ["unbalanced"]
    schema = json.loads(resources.files("khabar").joinpath("schema/document.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)
    back = from_json(json.dumps(data, ensure_ascii=False))
    assert back.quotes == doc.quotes
    assert isinstance(back.quotes[0], Quote) and back.quotes[0].flags == ("unbalanced",)


def test_seed_through_full_pipeline(seed_text: str) -> None:
    doc = extract_text(seed_text)
    assert "quotes" in CONFIG.pipeline
    check_spans(doc)
    names = {e.id: e for e in doc.entities}

    def who(q: Quote) -> str:
        if q.speaker in names:
            return names[q.speaker].name
        return q.speaker_text or ""

    got = [(q.text[:20], q.direct, q.cue, who(q)) for q in doc.quotes]
    expect = [
        ("بوتين وكيم سافروا من", False, "قال", "الكرملين"),
        ("بعد اجتماع ثنائي بين", False, "قال", "الكرملين"),
        ("بشجاعة وبطولة الجنود", False, "أشاد", "بوتين"),
        ("أرسلت كوريا الشمالية", False, "وفقًا لـ", "كوريا الجنوبية"),
        ("تعزز بشكل كبير", True, "قال", "كيم"),
        ("إذا كان هناك أي شيء ", True, "أكد", "كيم"),
        ("يرجى إعطاء أحر تحيات", True, "كتب", "ترامب"),
        ("كلمات ترامب لم تكن خ", False, "قائلاً", "أوشاكوف"),
        ("أريد أن أقول إن لا أ", True, "قال", "أوشاكوف"),
        ("لم يفكر أي من القادة", True, None, "أوشاكوف"),
    ]
    assert len(got) == len(expect)
    for (text, direct, cue, speaker), (etext, edirect, ecue, espeaker) in zip(got, expect, strict=True):
        assert (text, direct, cue) == (etext, edirect, ecue)
        # without an entity layer the Ushakov phrase is cut at "في": accept the title then
        assert espeaker in speaker or (espeaker == "أوشاكوف" and speaker.startswith("مستشار"))


def test_evaluation_rules_and_command() -> None:
    assert overlap_match((0, 10), (5, 10)) == 5
    assert overlap_match((0, 10), (8, 12)) == 0
    assert same_speaker("الرئيس بوتين", "بوتين") and same_speaker(None, None)
    assert not same_speaker("بوتين", None)
    gold = ROOT / "bench" / "data" / "quotes_dev.jsonl"
    passages = load_gold(gold)
    assert len(passages) >= 30
    result = CliRunner().invoke(eval_quotes_command, ["--gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert "F1" in result.output


def test_whom_a_demand_is_made_of_is_not_the_speaker() -> None:
    # طالب X الرئيس Y بـ: the subject ends with the person named; the one asked after his title is not it
    doc = analyse(
        "وطالب رامي أبو كرش الرئيس الفلسطيني محمود عباس بإلغاء القرار فورا.",
        (("رامي أبو كرش", "PER"), ("محمود عباس", "PER")),
    )
    asked = next(e.id for e in doc.entities if e.name == "محمود عباس")
    assert all(q.speaker != asked for q in doc.quotes)
    assert all("محمود عباس" not in (q.speaker_text or "") for q in doc.quotes)
