"""Entity linking and in-document coreference, on hand-built documents and the seed article."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from khabar.config import Config
from khabar.document import Document, Entity, Mention
from khabar.kb.coref import Coreference, merge_leader_bodies
from khabar.kb.link import Linker, local_id
from khabar.kb.translit import transliterate
from khabar.ner.stage import group_mentions
from khabar.pipeline import Pipeline
from khabar.serialize import from_json, to_dict

CONFIG = Config.default()
PREP = Pipeline.from_config(CONFIG.replace(pipeline=("sentences", "tokens")))
LINK, COREF = Linker(CONFIG), Coreference(CONFIG)


def analyse(text: str, spans: list[tuple[str, str]], date: str | None = None) -> Document:
    """Tokenise ``text``, make entities of every occurrence of each (tag, phrase), link and resolve."""
    doc = PREP(Document(text, date=date))
    found: list[tuple[str, Mention]] = []
    taken: set[int] = set()
    for tag, phrase in sorted(spans, key=lambda s: -len(s[1])):
        for m in re.finditer(rf"(?<![^\sو(«]){re.escape(phrase)}(?!\w)", text):
            if taken.isdisjoint(range(m.start(), m.end())):
                taken.update(range(m.start(), m.end()))
                found.append((tag, Mention(m.start(), m.end(), phrase)))
    doc.entities = group_mentions(found)
    return COREF(LINK(doc))


def entity(doc: Document, text: str) -> Entity:
    return next(e for e in doc.entities if any(m.text == text for m in e.mentions))


@pytest.mark.parametrize(
    ("text", "tag", "mention", "english", "qid"),
    [
        # exact
        ("قال بوتين إن المحادثات بناءة.", "PERS", "بوتين", "Vladimir Putin", "Q7747"),
        ("وصل إلى بكين مساء أمس.", "LOC", "بكين", "Beijing", "Q956"),
        ("أعلنت الأمم المتحدة ذلك.", "ORG", "الأمم المتحدة", "United Nations", "Q1065"),
        # article dropped / proclitic kept by another tagger
        ("قال كرملين موسكو ذلك.", "ORG", "كرملين", "Kremlin", None),
        ("وصل الوفد ببغداد أمس.", "LOC", "ببغداد", "Baghdad", "Q1530"),
        # spelling variants
        ("التقى شي جينبينج نظيره.", "PERS", "شي جينبينج", "Xi Jinping", "Q15031"),
        ("زار كيم جونج اون المصنع.", "PERS", "كيم جونج اون", "Kim Jong Un", "Q56226"),
        ("وصل إلى بيونغيانغ أمس.", "LOC", "بيونغيانغ", "Pyongyang", "Q18808"),
        ("قال ترمب للصحفيين.", "PERS", "ترمب", "Donald Trump", "Q22686"),
        ("هدد قادة إكواس المجلس العسكري.", "ORG", "إكواس", "ECOWAS", None),
        # fuzzy (a spelling the KB does not list)
        ("قال بنيامين نتانياهوو ذلك.", "PERS", "بنيامين نتانياهوو", "Benjamin Netanyahu", "Q43723"),
        # Latin alias in machine-translated text
        ("قد يلتقي XI بشكل ثنائي.", "PERS", "XI", "Xi Jinping", "Q15031"),
    ],
)
def test_link_exact_variant_fuzzy(text, tag, mention, english, qid):
    e = entity(analyse(text, [(tag, mention)]), mention)
    assert (e.name_en, e.wikidata) == (english, qid)
    assert e.kb_id and not e.kb_id.startswith("local:")


@pytest.mark.parametrize(
    ("text", "tag", "mention", "etype"),
    [
        ("اتهم البيت الأبيض الرئيس السابق.", "MISC", "البيت الأبيض", "ORG"),  # MISC linked: the KB's type
        ("قال البنتاغون ذلك.", "ORG", "البنتاغون", "ORG"),  # other tagger types are kept
        ("تحدث عن الإسلام طويلا.", "MISC", "الإسلام", "MISC"),  # unlinked MISC stays MISC
        ("دعا تنظيم القاعدة الأميركيين.", "LOC", "تنظيم القاعدة", "ORG"),  # a FAC linked to an organisation
    ],
)
def test_linked_misc_takes_the_kb_type(text, tag, mention, etype):
    assert entity(analyse(text, [(tag, mention)]), mention).type == etype


def test_context_chooses_between_candidates():
    # كورسك is both the city and the oblast: either is Kursk in Russia
    doc = analyse("دخلت القوات منطقة كورسك الروسية.", [("LOC", "كورسك")])
    assert entity(doc, "كورسك").country == "RUS"
    # type compatibility: a person mention never links to a place
    doc = analyse("قال سوريا إنه سيعود.", [("PERS", "سوريا")])
    assert entity(doc, "سوريا").kb_id.startswith("local:")


def test_title_before_mention_helps_linking():
    doc = analyse("قال الرئيس الأمريكي بوش إن الحرب مستمرة.", [("PERS", "بوش")], date="2005-01-01")
    assert entity(doc, "بوش").name_en == "George W. Bush"


def test_unlinked_entity_keeps_local_id_and_transliteration():
    doc = analyse("قال سيرغي كوزلوف إن الاتفاق قريب.", [("PERS", "سيرغي كوزلوف")])
    e = entity(doc, "سيرغي كوزلوف")
    assert e.kb_id == local_id("سيرغي كوزلوف") and e.kb_id.startswith("local:")
    assert e.name_en == "Sergei Kozlov" and e.wikidata is None


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("أوشاكوف", "Ushakov"),
        ("كوزلوف", "Kozlov"),
        ("سميرنوف", "Smirnov"),
        ("ريابكوف", "Ryabkov"),
        ("محمد", "Mohammed"),
        ("خليل", "Khalil"),
        ("الزبيدي", "al-Zubaidi"),
        ("يوري أوشاكوف", "Yuri Ushakov"),
        ("Dioyutai", "Dioyutai"),
    ],
)
def test_transliteration(arabic, latin):
    assert transliterate(arabic) == latin


def test_surname_and_full_name_are_one_entity_in_either_order():
    doc = analyse(
        "قال بوتين إن فلاديمير بوتين سيزور كيم ثم التقى كيم جونغ أون.",
        [("PERS", "بوتين"), ("PERS", "فلاديمير بوتين"), ("PERS", "كيم"), ("PERS", "كيم جونغ أون")],
    )
    putin = entity(doc, "بوتين")
    assert {m.text for m in putin.mentions} == {"بوتين", "فلاديمير بوتين"}
    assert entity(doc, "كيم") is entity(doc, "كيم جونغ أون")


def test_a_name_found_once_is_found_where_the_tagger_missed_it():
    text = "التقى الرئيس شي جين بينغ في بكين. وقال شي إن المحادثات مثمرة. وفي إشارة إلى شي كتب ترامب."
    doc = PREP(Document(text))
    first, second, third = (m.start() for m in re.finditer(r"(?<= )شي(?= )", text))
    doc.entities = group_mentions(
        [("PERS", Mention(first, first + 11, "شي جين بينغ")), ("PERS", Mention(second, second + 2, "شي"))]
    )
    COREF(LINK(doc))
    xi = entity(doc, "شي جين بينغ")
    assert xi.kb_id == "per:xi_jinping"
    assert sorted(m.start for m in xi.mentions if m.text == "شي") == [second, third]
    assert not any(m.text == "الرئيس" and m.start != text.index("الرئيس") for m in xi.mentions)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # one word of a full name that is no word of running text, after the name: the same person
        (
            "التقى الوزير تاكيشي إيوايا نظيره تشو هيون . وقال تشو إن المحادثات مثمرة .",
            "تشو هيون",
            ["تشو هيون", "تشو"],
        ),
        # a family name with the article too, when it is no word of running text (not الحكومة)
        (
            "اتصل الوزير بنظيره عبد الله اليحيا . وشكر اليحيا الحكومة .",
            "عبد الله اليحيا",
            ["عبد الله اليحيا", "اليحيا"],
        ),
        ("التقى الوزير سالم الحكومة . وقالت الحكومة إن .", "سالم الحكومة", ["سالم الحكومة"]),
        # not before the name; not a word of running text (حسن: good)
        ("وقال تشو إن المحادثات مثمرة . والتقى الوزير نظيره تشو هيون .", "تشو هيون", ["تشو هيون"]),
        ("التقى الوزير نظيره محمد حسن . وكان اللقاء حسن .", "محمد حسن", ["محمد حسن"]),
        # the last two words of a name of three, told again together
        (
            "نفى فضل الله برمة ناصر اللقاء . واتهم برمة ناصر الحكومة .",
            "فضل الله برمة ناصر",
            ["فضل الله برمة ناصر", "برمة ناصر"],
        ),
        # a name whose first letter reads as a proclitic is found as written (وهبي is no و + هبي) ...
        (
            "التقى الوزير عبد اللطيف وهبي نظيره . وقال وهبي إن المحادثات مثمرة .",
            "عبد اللطيف وهبي",
            ["عبد اللطيف وهبي", "وهبي"],
        ),
        # ... and a proclitic before a name is no letter of it
        (
            "التقى الوزير تاكيشي إيوايا نظيره تشو هيون . واتفق إيوايا وتشو على التعاون .",
            "تشو هيون",
            ["تشو هيون", "تشو"],
        ),
        # not a compound's head and its word, which open many names
        ("قال محمد عبد الله إن الوضع هادئ . ووصل عبد الله الثاني .", "محمد عبد الله", ["محمد عبد الله"]),
    ],
)
def test_one_word_of_a_full_name_is_found_where_the_tagger_missed_it(
    text: str, name: str, expected: list[str]
) -> None:
    doc = analyse(text, [("PERS", name)])
    assert [m.text for m in entity(doc, name).mentions] == expected


def test_title_apposition_becomes_a_mention():
    doc = analyse("التقى الرئيس الروسي فلاديمير بوتين نظيره.", [("PERS", "فلاديمير بوتين")])
    putin = entity(doc, "فلاديمير بوتين")
    assert [m.text for m in putin.mentions] == ["الرئيس الروسي", "فلاديمير بوتين"]


def test_a_counterpart_holds_the_title_of_the_one_whose_counterpart_he_is():
    from khabar.extract import extract_text

    doc = extract_text(
        "قال وزير الخارجية المصري بدر عبد العاطي في مؤتمر صحفي مع نظيره اليوناني جورج جيرابيتريتيس إن "
        "البلدين وقعا اتفاقا. وأشاد الوزير اليوناني بالدور المصري."
    )
    greek = next(e for e in doc.entities if e.name == "جورج جيرابيتريتيس")
    assert [m.text for m in greek.mentions] == ["نظيره اليوناني", "جورج جيرابيتريتيس", "الوزير اليوناني"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "وقع وزير العدل المغربي عبد اللطيف وهبي ونظيره الإسباني فيليكس بولانيوس اتفاقية.",
            "عبد اللطيف وهبي",
            "MAR",
        ),
        (
            "وقع وزير العدل المغربي عبد اللطيف وهبي ونظيره الإسباني فيليكس بولانيوس اتفاقية.",
            "فيليكس بولانيوس",
            "ESP",
        ),
        # no title: no country
        ("وقال فيليكس بولانيوس إن الاتفاقية مهمة.", "فيليكس بولانيوس", None),
    ],
)
def test_a_person_the_text_names_with_his_countrys_title_is_of_that_country(
    text: str, name: str, country: str | None
) -> None:
    from khabar.extract import extract_text

    person = next(e for e in extract_text(text).entities if e.name == name)
    assert person.country == country


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a bare title after the person named with it
        (
            "التقى الرئيس الروسي فلاديمير بوتين نظيره. وقال الرئيس إن",
            ["الرئيس الروسي", "فلاديمير بوتين", "الرئيس"],
        ),
        (
            "قال وزير الخارجية الروسي سيرغي لافروف ذلك. وشدد الوزير على",
            ["وزير الخارجية الروسي", "سيرغي لافروف", "الوزير"],
        ),
        # not with a definite word after it, not another title, not too far back
        (
            "التقى الرئيس الروسي فلاديمير بوتين نظيره. وقال الرئيس التنفيذي",
            ["الرئيس الروسي", "فلاديمير بوتين"],
        ),
        ("التقى الرئيس الروسي فلاديمير بوتين نظيره. وقال الوزير إن", ["الرئيس الروسي", "فلاديمير بوتين"]),
        (
            "التقى الرئيس الروسي فلاديمير بوتين نظيره. ثم. ثم. ثم. وقال الرئيس إن",
            ["الرئيس الروسي", "فلاديمير بوتين"],
        ),
        # a bare title named him again: its reach runs on from there
        (
            "التقى الرئيس الروسي فلاديمير بوتين نظيره. ثم. وقال الرئيس إن. ثم. وأكد الرئيس أن",
            ["الرئيس الروسي", "فلاديمير بوتين", "الرئيس", "الرئيس"],
        ),
        # a two-word title, not followed by a qualifier or another name
        (
            "قال رئيس الوزراء العراقي نوري المالكي ذلك. وعقد رئيس الوزراء اجتماعا",
            ["رئيس الوزراء العراقي", "نوري المالكي", "رئيس الوزراء"],
        ),
        (
            "قال رئيس الوزراء العراقي نوري المالكي ذلك. وعقد رئيس الوزراء البريطاني اجتماعا",
            ["رئيس الوزراء العراقي", "نوري المالكي"],
        ),
        (
            "قال رئيس الوزراء العراقي نوري المالكي ذلك. وعقد رئيس البرلمان اجتماعا",
            ["رئيس الوزراء العراقي", "نوري المالكي"],
        ),
        # who a person is, the word right before the name (no title mention of its own)
        (
            "اعتقلت الشرطة الناشطة كارولا راكيته. واتهم الوزير الناشطة بمحاولة صدم زورق.",
            ["كارولا راكيته", "الناشطة"],
        ),
        ("اعتقلت الشرطة الناشطة كارولا راكيته. واتهم الوزير المحامية بالكذب.", ["كارولا راكيته"]),
        # a title before definite words before the name (no KB office)
        ("قال وزير التموين علي المصيلحي ذلك. وأكد الوزير أن", ["علي المصيلحي", "الوزير"]),
        # a nationality after the bare title: the person named with none or with that one
        ("قال وزير التموين علي المصيلحي ذلك. وأكد الوزير المصري أن", ["علي المصيلحي", "الوزير المصري"]),
        (
            "قال وزير الخارجية الروسي سيرغي لافروف ذلك. وأكد الوزير المصري أن",
            ["وزير الخارجية الروسي", "سيرغي لافروف"],
        ),
        # a definite word after ب or ل opens a phrase of its own, no adjective of the title
        ("قال وزير التموين علي المصيلحي ذلك. وأشاد الوزير بالدور المصري", ["علي المصيلحي", "الوزير"]),
        # with its nationality, a bare title reaches further back than two sentences (not without it)
        (
            "قال وزير التموين المصري علي المصيلحي ذلك. وارتفعت الأسعار. وتراجع الجنيه. وقال البنك إن الوضع "
            "صعب. وأكد الوزير المصري أن",
            ["علي المصيلحي", "الوزير المصري"],
        ),
        (
            "قال وزير التموين المصري علي المصيلحي ذلك. وارتفعت الأسعار. وتراجع الجنيه. وقال البنك إن الوضع "
            "صعب. وأكد الوزير أن",
            ["علي المصيلحي"],
        ),
    ],
)
def test_bare_title_refers_to_the_person_named_with_it(text, mentions):
    name = next(
        n
        for n in ("فلاديمير بوتين", "سيرغي لافروف", "نوري المالكي", "كارولا راكيته", "علي المصيلحي")
        if n.split()[-1] in text
    )
    doc = analyse(text, [("PERS", name)])
    assert [m.text for m in entity(doc, name).mentions] == mentions


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a body named right after the bare title is its object: the title stays a mention
        ("قال وزير التموين علي المصيلحي ذلك. واتهم الوزير حركة حماس بالكذب", ["علي المصيلحي", "الوزير"]),
        # a person named right after it is who holds it: no mention of the one before
        ("قال وزير التموين علي المصيلحي ذلك. والتقى الوزير أحمد علي أمس", ["علي المصيلحي"]),
    ],
)
def test_a_bare_title_before_a_name_is_bare_only_before_a_body(text: str, mentions: list[str]) -> None:
    doc = analyse(text, [("PERS", "علي المصيلحي"), ("ORG", "حركة حماس"), ("PERS", "أحمد علي")])
    assert [m.text for m in entity(doc, "علي المصيلحي").mentions] == mentions


@pytest.mark.parametrize(
    ("date", "english"),
    [
        ("2025-09-03", "Donald Trump"),
        ("2022-06-01", "Joe Biden"),
        ("2015-06-01", "Barack Obama"),
    ],
)
def test_role_by_document_date(date, english):
    doc = analyse("وقال الرئيس الأمريكي إن المفاوضات مستمرة.", [], date=date)
    (e,) = doc.entities
    assert e.name_en == english and [m.text for m in e.mentions] == ["الرئيس الأمريكي"]


def test_an_organisations_title_joins_a_holder_the_text_names():
    text = "دعا الأمين العام للأمم المتحدة إلى وقف إطلاق النار. وقال كوفي أنان إن الخطة جيدة."
    annan = entity(analyse(text, [("PERS", "كوفي أنان")]), "كوفي أنان")
    assert [m.text for m in annan.mentions] == ["الأمين العام للأمم المتحدة", "كوفي أنان"]
    # no holder named: no office entity for an organisation's title (it has no country)
    assert all(
        e.type != "PER" for e in analyse("دعا الأمين العام للأمم المتحدة إلى وقف إطلاق النار.", []).entities
    )


@pytest.mark.parametrize(
    ("text", "kb_id", "english"),
    [
        ("وقال وزير الداخلية العراقي إن الوضع مستقر.", "role:IRQ:INT", "Interior Minister of Iraq"),
        ("وأشاد وزير الزراعة الياباني بالجهود.", "role:JPN:AGR", "Agriculture Minister of Japan"),
        ("وقال السفير الأميركي إن الوضع مستقر.", "role:USA:AMB", "Ambassador of United States"),
        # a title of two words, the second with its preposition (بالأعمال)
        ("واستدعي القائم بالأعمال الهولندي أمس.", "role:NLD:CDA", "Chargé d'affaires of Netherlands"),
        (
            "وقال رئيس البرلمان اللبناني إن الوضع مستقر.",
            "role:LBN:SPEAKER",
            "Speaker of Parliament of Lebanon",
        ),
    ],
)
def test_more_offices_with_their_country(text, kb_id, english):
    (office,) = analyse(text, []).entities
    assert (office.type, office.kb_id, office.name_en) == ("PER", kb_id, english)


def test_undated_title_names_the_current_holder_only_when_the_text_names_them():
    # otherwise it names the office (an actor with its country, no person)
    office = analyse("وقال الرئيس الأمريكي إن المفاوضات مستمرة.", []).entities
    assert [(e.name, e.type, e.kb_id, e.country, e.name_en) for e in office] == [
        ("الرئيس الأمريكي", "PER", "role:USA:PRES", "USA", "President of United States")
    ]
    doc = analyse("وقال الرئيس الأمريكي إن المفاوضات مستمرة. وأضاف ترامب ذلك.", [("PERS", "ترامب")])
    trump = entity(doc, "ترامب")
    assert [m.text for m in trump.mentions] == ["الرئيس الأمريكي", "ترامب"]


def test_undated_title_joins_a_named_former_holder_and_former_titles_name_no_office():
    doc = analyse("قال شيراك إن فرنسا مستعدة. وأضاف الرئيس الفرنسي أن الحوار ضروري.", [("PERS", "شيراك")])
    chirac = entity(doc, "شيراك")
    assert [m.text for m in chirac.mentions] == ["شيراك", "الرئيس الفرنسي"]
    assert analyse("وقال الرئيس الأمريكي السابق إن الحرب خطأ.", []).entities == []
    # nor an interim holder's (الرئيس الهايتي المؤقت X: not the office's holder in the KB)
    assert analyse("ورحب الرئيس الهايتي المؤقت بالاعتذار.", []).entities == []


def test_undated_title_joins_a_holder_the_tagger_missed_by_surname():
    doc = analyse("وتزامن نشر تصريحات الأسد مع ذلك. ورفض الرئيس السوري ترسيم الحدود.", [])
    assad = next(e for e in doc.entities if e.type == "PER")
    assert assad.kb_id == "per:bashar_al_assad"
    assert [m.text for m in assad.mentions] == ["الأسد", "الرئيس السوري"]
    # a surname no holder of the office has stays untagged: the office itself
    doc = analyse("وتزامن نشر تصريحات الأسد مع ذلك. ورفض الرئيس اللبناني ترسيم الحدود.", [])
    assert [e.kb_id for e in doc.entities] == ["role:LBN:PRES"]


def test_title_joins_the_named_holder_and_skips_former_and_longer_titles():
    doc = analyse(
        "قال ترامب إن الرئيس الأمريكي لن يتراجع. وقال الرئيس الأمريكي السابق إن نائب الرئيس الأمريكي سافر.",
        [("PERS", "ترامب")],
        date="2025-09-03",
    )
    trump = entity(doc, "ترامب")
    assert [m.text for m in trump.mentions] == ["ترامب", "الرئيس الأمريكي"]
    assert len(doc.entities) == 2  # the vice-president title names Vance; "former" names no one
    assert entity(doc, "نائب الرئيس الأمريكي").name_en == "JD Vance"


def test_title_inside_a_longer_mention_is_not_added():
    doc = analyse("أعلن مكتب الرئيس الروسي ذلك.", [("ORG", "مكتب الرئيس الروسي")])
    assert len(doc.entities) == 1 and doc.entities[0].type == "ORG"


@pytest.mark.parametrize(
    ("text", "country", "title", "holder"),
    [
        # a title naming its country as a noun names the holder; the country keeps its own mention
        ("وقال وزير خارجية روسيا إن الحوار مستمر.", "روسيا", "وزير خارجية روسيا", "Sergey Lavrov"),
        ("وقال رئيس وزراء العراق إن الحوار مستمر.", "العراق", "رئيس وزراء العراق", "Nouri al-Maliki"),
    ],
)
def test_a_title_with_its_country_as_a_noun_names_the_holder(text, country, title, holder):
    doc = analyse(text, [("LOC", country)], date="2006-07-28")
    assert [m.text for m in entity(doc, country).mentions] == [country]
    assert entity(doc, title).name_en == holder


def test_a_title_with_its_organisation_tagged_inside_names_the_holder():
    # the organisation keeps its own mention inside the title (للأمم المتحدة: its article fused)
    from khabar.extract import extract_text

    doc = extract_text("ودعا الأمين العام للأمم المتحدة جميع الأطراف إلى ضبط النفس.", date="2024-01-10")
    assert entity(doc, "الأمين العام للأمم المتحدة").name_en == "António Guterres"
    assert entity(doc, "أمم المتحدة").kb_id == "org:united_nations"


def test_a_shared_office_with_its_country_names_no_holder():
    doc = analyse("واستدعت الخارجية سفير فرنسا.", [("LOC", "فرنسا")], date="2006-07-28")
    assert [e.name for e in doc.entities] == ["فرنسا"]


def test_metonymy_is_recorded_not_merged_where_the_country_is_not_named():
    doc = analyse(
        "قال الكرملين إن التعاون بين بيونغ يانغ وموسكو تعزز. وقاتلت قوات موسكو هناك. وصل إلى بكين.",
        [("ORG", "الكرملين"), ("LOC", "بيونغ يانغ"), ("LOC", "موسكو"), ("LOC", "بكين"), ("LOC", "روسيا")],
    )
    assert entity(doc, "الكرملين").metonym_of == "RUS"
    assert entity(doc, "موسكو").metonym_of == "RUS" and entity(doc, "بيونغ يانغ").metonym_of == "PRK"
    assert entity(doc, "بكين").metonym_of is None
    assert entity(doc, "موسكو") is not entity(doc, "الكرملين")


def test_a_city_acting_for_its_country_named_in_the_text_is_a_mention_of_the_country():
    text = "وطالبت موسكو أوكرانيا بالانسحاب. وتقول روسيا إنها مستعدة. ووصل الوفد إلى موسكو."
    doc = analyse(text, [("LOC", "موسكو"), ("LOC", "أوكرانيا"), ("LOC", "روسيا")])
    russia, moscow = (next(e for e in doc.entities if e.name == name) for name in ("روسيا", "موسكو"))
    assert [(m.text, m.start) for m in russia.mentions] == [("موسكو", 7), ("روسيا", text.index("روسيا"))]
    # the place the delegation reached stays the city
    assert [m.start for m in moscow.mentions] == [text.rindex("موسكو")] and moscow.metonym_of == "RUS"


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        # a city as the subject of a clause after أن acts for its country
        ("أسقطت إيران طائرة. غير أن واشنطن أكدت أن الطائرة كانت فوق المياه الدولية.", "واشنطن", "USA"),
        ("وذكرت الوكالة أن موسكو رفضت العرض.", "موسكو", "RUS"),
    ],
)
def test_a_city_subject_after_that_acts_for_its_country(text: str, city: str, country: str) -> None:
    doc = analyse(text, [("LOC", city), ("LOC", "إيران")])
    assert entity(doc, city).metonym_of == country


@pytest.mark.parametrize(
    ("text", "names", "city", "country"),
    [
        # a city after a conjunction that opens a clause, or after a denial of what was told, is its subject
        # and acts for its country named in the text
        (
            "وطالبت الدنمارك البحرين بالإفراج عنه، لكن المنامة رفضت الطلب.",
            ("الدنمارك", "البحرين", "المنامة"),
            "المنامة",
            "البحرين",
        ),
        (
            "واتهمت كولومبيا فنزويلا بإيواء المتمردين، وهو ما نفته كراكاس.",
            ("كولومبيا", "فنزويلا", "كراكاس"),
            "كراكاس",
            "فنزويلا",
        ),
        (
            "وأعلنت اليابان دعمها للخطة، بينما بكين ترى أن الصين لن تشارك فيها.",
            ("اليابان", "بكين", "الصين"),
            "بكين",
            "الصين",
        ),
    ],
)
def test_a_city_opening_a_clause_or_denying_acts_for_its_named_country(
    text: str, names: tuple[str, ...], city: str, country: str
) -> None:
    doc = analyse(text, [("LOC", name) for name in names])
    assert (city, text.index(city)) in [(m.text, m.start) for m in entity(doc, country).mentions]


@pytest.mark.parametrize(
    ("text", "names", "city", "country", "acts"),
    [
        # a city right after a named speaker of a verb of blaming or calling is its object, its country
        (
            "وصوتت الولايات المتحدة مع القرار. واتهم المندوب الروسي فاسيلي نيبينزيا واشنطن بتفسير القرار.",
            ("PERS:فاسيلي نيبينزيا", "روسيا", "واشنطن", "الولايات المتحدة"),
            "واشنطن",
            "الولايات المتحدة",
            True,
        ),
        # and its conjunct
        (
            "ودعا المندوب البريطاني ماثيو رايكروفت موسكو وبكين إلى الكف عن ذلك. وردت روسيا والصين.",
            ("PERS:ماثيو رايكروفت", "موسكو", "بكين", "روسيا", "الصين"),
            "بكين",
            "الصين",
            True,
        ),
        # the object after a city that accuses
        (
            "وطلبت باكستان عقد جلسة. واتهمت نيودلهي إسلام آباد بدعم المسلحين، وهو ما نفته الأخيرة.",
            ("باكستان", "نيودلهي", "إسلام آباد"),
            "إسلام آباد",
            "باكستان",
            True,
        ),
        # the object of an accusing or warning participle, the subject of كان
        (
            "ودافعت دوروثي شيا عن إسرائيل، محذرة طهران من عواقب وخيمة. وقالت إيران إنها سترد.",
            ("PERS:دوروثي شيا", "إسرائيل", "طهران", "إيران"),
            "طهران",
            "إيران",
            True,
        ),
        (
            "وقعت روسيا المبادرة. وكانت موسكو قد رفضت تمديدها.",
            ("روسيا", "موسكو"),
            "موسكو",
            "روسيا",
            True,
        ),
        # a city visited or left after a person is a place, and so is one after a preposition
        (
            "وزار وزير الدفاع الموريتاني حننه ولد سيدي باماكو، حيث استقبله رئيس مالي.",
            ("PERS:حننه ولد سيدي", "باماكو", "مالي"),
            "باماكو",
            "مالي",
            False,
        ),
        (
            "وغادر الصحفي جيسون رضائيان طهران متجها إلى جنيف. وأفرجت إيران عنه.",
            ("PERS:جيسون رضائيان", "طهران", "إيران"),
            "طهران",
            "إيران",
            False,
        ),
        (
            "واتهم الوزير سيرغي لافروف بلندن بريطانيا بالتصعيد. وقالت بريطانيا إن لندن لن ترد.",
            ("PERS:سيرغي لافروف", "لندن", "بريطانيا"),
            "لندن",
            "بريطانيا",
            False,
        ),
    ],
)
def test_a_city_object_of_a_speaker_acts_for_its_named_country(
    text: str, names: tuple[str, ...], city: str, country: str, acts: bool
) -> None:
    spans = [("PERS", n[5:]) if n.startswith("PERS:") else ("LOC", n) for n in names]
    doc = analyse(text, spans)
    assert ((city, text.index(city)) in [(m.text, m.start) for m in entity(doc, country).mentions]) is acts


def test_an_accusative_nisba_is_no_mention_of_its_country():
    from khabar.extract import extract_text

    text = "وتبادل البلدان 230 أسيراً، بينهم 115 أسيراً روسياً و115 أسيراً أوكرانياً. وأفرجت روسيا عن الأسرى."
    doc = extract_text(text)
    assert [[m.text for m in e.mentions] for e in doc.entities] == [["روسيا"]]
    # (unwritten after a counted noun: the country named after it is still a mention)
    doc = extract_text("وأفرجت روسيا عن 150 جنديا أوكرانيا مقابل إفراج أوكرانيا عن 150 عسكريا روسيا.")
    assert [[m.text for m in e.mentions] for e in doc.entities] == [["روسيا"], ["أوكرانيا"]]
    assert [m.start for m in doc.entities[1].mentions] == [doc.text.index("إفراج أوكرانيا") + 6]


def test_entity_ids_renumbered_and_roundtrip():
    doc = analyse(
        "قال XI إن شي جين بينغ وبوتين اتفقا.", [("PERS", "XI"), ("PERS", "شي جين بينغ"), ("PERS", "بوتين")]
    )
    assert [e.id for e in doc.entities] == ["E1", "E2"]
    data = to_dict(doc)
    assert {"kb_id", "sector", "metonym_of"} <= set(data["entities"][0])
    back = from_json(data)
    assert [(e.kb_id, e.sector, e.metonym_of) for e in back.entities] == [
        (e.kb_id, e.sector, e.metonym_of) for e in doc.entities
    ]


def test_stage_contract():
    assert LINK.requires == ("entities",) and LINK.adds == ("links",)
    assert COREF.requires == ("entities", "links") and COREF.adds == ("coref",)


def _model_present() -> bool:
    return resources.files("khabar").joinpath("data/ner/model.crfsuite").is_file()


@pytest.mark.skipif(not _model_present(), reason="NER model data/ner/model.crfsuite not built yet")
def test_seed_end_to_end(seed_text):
    from khabar.extract import extract_text

    stages = ("sentences", "tokens", "boilerplate", "artifacts", "entities", "link", "coref")
    config = CONFIG.replace(pipeline=stages)
    doc = extract_text(seed_text, config=config, date="2025-09-03")
    by_en = {e.name_en: e for e in doc.entities}
    for name, qid in [
        ("Vladimir Putin", "Q7747"),
        ("Kim Jong Un", "Q56226"),
        ("Xi Jinping", "Q15031"),
        ("Donald Trump", "Q22686"),
        ("Russia", "Q159"),
        ("North Korea", "Q423"),
        ("Beijing", "Q956"),
        ("Pyongyang", "Q18808"),
    ]:
        assert by_en[name].wikidata == qid, name
    putin = {m.text for m in by_en["Vladimir Putin"].mentions}
    assert {"الرئيس الروسي", "بوتين", "فلاديمير بوتين"} <= putin


@pytest.mark.parametrize(
    ("text", "place", "mentions"),
    [
        # المدينة: a city named before it
        ("الفلوجة وقتل مسلحون شرطيا في المدينة .", "الفلوجة", ["الفلوجة", "المدينة"]),
        # ... the one named most often there, not one that only locates it
        (
            "تفجير كركوك وفي كركوك ، على بعد 255 كلم شمال شرق بغداد ، قتل 22 شخصا وسط المدينة .",
            "كركوك",
            ["كركوك", "كركوك", "المدينة"],
        ),
        # a name after the noun is no anaphor
        ("زار الوزير بغداد ثم المدينة المنورة .", "بغداد", ["بغداد"]),
        # a province by the kind of province named before it
        (
            "وقالت الشرطة في ولاية قندهار ان مسلحين خطفوا أربعة مهندسين في الولاية .",
            "قندهار",
            ["قندهار", "الولاية"],
        ),
        ("وصل الوزير إلى محافظة نينوى وتفقد المحافظة .", "نينوى", ["نينوى", "المحافظة"]),
        ("وفي بغداد قتل مسلحون شرطيا في المحافظة .", "بغداد", ["بغداد"]),  # no province named
        # the area of a village or an area named before; a square by its square
        (
            "هاجم مسلحون قرية داربا في ولاية بورنو. وأعلن الجيش النيجيري إرسال كتيبتين إلى المنطقة.",
            "داربا",
            ["داربا", "المنطقة"],
        ),
        (
            "وأعلن الحزب تنظيم تجمع في ساحة سراج خانة. ونشرت الشرطة آلاف العناصر حول الساحة.",
            "سراج خانة",
            ["سراج خانة", "الساحة"],
        ),
        ("وقال الوزير في بغداد إن الاستقرار في المنطقة مهدد .", "بغداد", ["بغداد"]),  # no area named
    ],
)
def test_place_noun_with_the_article_refers_back(text, place, mentions):
    from khabar.extract import extract_text

    ent = entity(extract_text(text), place)
    assert [m.text for m in ent.mentions] == mentions


def _body(name: str, start: int, kb_id: str | None = None) -> Entity:
    return Entity("", "ORG", name, [Mention(start, start + len(name), name)], kb_id=kb_id)


@pytest.mark.parametrize(
    ("short", "long", "merged"),
    [
        # the same head and surname, the given name left out: one body
        ("حكومة أورتيغا", "حكومة دانيال أورتيغا", True),
        # another last word, or a body linked to the KB: two
        ("حكومة أورتيغا", "حكومة دانيال نوبوا", False),
        ("وزارة الخارجية", "وزارة الخارجية الأمريكية", False),
    ],
)
def test_a_body_named_after_its_leader_s_surname_joins_the_full_one(
    short: str, long: str, merged: bool
) -> None:
    from khabar.kb.coref import merge_leader_bodies

    out = merge_leader_bodies([_body(long, 0), _body(short, 100)])
    assert len(out) == (1 if merged else 2)
    if merged:
        assert out[0].name == long and [m.text for m in out[0].mentions] == [long, short]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a body's other name in brackets joins it, tagged there or only elsewhere in the text
        ("أعلنت وزارة الدفاع الأمريكية (البنتاغون) إرسال قوات.", {"وزارة الدفاع الأمريكية": 2}),
        (
            "قالت الحركة المصرية من أجل التغيير (كفاية) إن رجال أمن «اختطفوا» أمس منسقها العام الدكتور "
            "عبد الوهاب المسيري وزوجته، أثناء مظاهرة نظمتها «كفاية» بميدان التحرير.",
            {"الحركة المصرية من أجل التغيير": 3, "عبد الوهاب المسيري": 1},
        ),
        # a news agency in brackets is a byline
        ("قالت وزارة الخارجية (رويترز) إن الوفد وصل.", {"وزارة الخارجية": 1, "رويترز": 1}),
        # a long name the tagger cut in pieces, whole up to its other name
        (
            "وأعلنت بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي (مينوسما) "
            "انسحاب قواتها.",
            {"بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي": 2},
        ),
    ],
)
def test_a_body_s_other_name_in_brackets_joins_it(text: str, names: dict[str, int]) -> None:
    from khabar.extract import extract_text

    assert {e.name: len(e.mentions) for e in extract_text(text).entities} == names


def test_a_long_name_the_kb_lacks_takes_the_entry_of_its_other_name_in_brackets() -> None:
    from khabar.extract import extract_text

    doc = extract_text("وقدمت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (أونروا) مساعدات.")
    (agency,) = [e for e in doc.entities if e.type == "ORG"]
    assert agency.name == "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين"
    assert (agency.kb_id, agency.name_en) == ("org:unrwa", "UNRWA")


def test_a_title_before_a_name_with_a_title_of_its_own_is_someone_else_s() -> None:
    from khabar.extract import extract_text

    # رئيس الوزراء العراقي زعيم التيار الصدري X: the prime minister meets the movement's leader
    doc = extract_text(
        "التقى رئيس الوزراء العراقي زعيم التيار الصدري مقتدى الصدر في النجف.", date="2024-01-01"
    )
    holder = next(e for e in doc.entities if any(m.text == "رئيس الوزراء العراقي" for m in e.mentions))
    assert "الصدر" not in holder.name and len(holder.mentions) == 1


def test_a_given_name_that_is_a_title_opens_the_title_s_holder() -> None:
    from khabar.extract import extract_text

    # سلطان البركاني: سلطان is a title too, but here it opens the name of the speaker the title names
    doc = extract_text("اتهم رئيس مجلس النواب اليمني سلطان البركاني جماعة الحوثي بتقويض جهود السلام.")
    holder = next(e for e in doc.entities if any(m.text == "رئيس مجلس النواب اليمني" for m in e.mentions))
    assert holder.name == "سلطان البركاني"


def test_a_body_linked_to_the_kb_does_not_join_by_its_words() -> None:
    out = merge_leader_bodies([_body("حكومة دانيال أورتيغا", 0), _body("حكومة أورتيغا", 100, "org:x")])
    assert len(out) == 2


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a description of an intergovernmental body refers back to the last one named
        ("رفضت مالي دعوة الأمم المتحدة إلى الحوار ، متهمة المنظمة الدولية بالانحياز .", True),
        ("اتهمت الجماعة الأمم المتحدة بتوظيف جواسيس ، وهو ما نفته المنظمة الدولية .", True),
        # with no such body named before, it is none
        ("نفت المنظمة الدولية الاتهامات .", False),
    ],
)
def test_a_description_of_an_intergovernmental_body_refers_back_to_it(text: str, joined: bool) -> None:
    from khabar.extract import extract_text

    doc = extract_text(text)
    un = [e for e in doc.entities if e.kb_id == "org:united_nations"]
    described = any("المنظمة الدولية" in m.text for e in un for m in e.mentions)
    assert described is joined


@pytest.mark.parametrize(
    ("text", "kingdom"),
    [
        # «the kingdom» alone refers back to the last kingdom named
        ("قطعت الجزائر العلاقات مع المغرب ، متهمة المملكة بالقيام بأعمال عدائية .", "geo:MAR"),
        # or to the kingdom one of whose cities was named: the country where the text names it
        ("وصل الملك عبد الله إلى السعودية . وزار عمران خان الرياض ، وشكر المملكة على دعمها .", "geo:SAU"),
        # a city alone stands for its kingdom
        ("وزار عمران خان الرياض ، وشكر المملكة على دعمها .", "geo:city:SAU:riyadh"),
        # a republic named before is not a kingdom
        ("قطعت الجزائر العلاقات مع مصر ، متهمة المملكة بالقيام بأعمال عدائية .", None),
        # the kingdom's own name is no anaphor
        ("وقعت المملكة العربية السعودية اتفاقا مع المغرب .", None),
    ],
)
def test_the_kingdom_alone_refers_back_to_the_last_kingdom_named(text: str, kingdom: str | None) -> None:
    from khabar.extract import extract_text

    doc = extract_text(text)
    owners = [e.kb_id for e in doc.entities for m in e.mentions if m.text == "المملكة"]
    assert owners == ([kingdom] if kingdom else [])


def test_a_counterpart_is_the_holder_of_the_same_office_in_the_country_named() -> None:
    # نظيره الإيراني after وزير الخارجية السعودي: Iran's foreign minister on the document's date
    from khabar.extract import extract_text

    doc = extract_text("بحث وزير الخارجية السعودي مع نظيره الإيراني العلاقات الثنائية.", date="2024-01-01")
    counterpart = next(e for e in doc.entities if any(m.text == "نظيره الإيراني" for m in e.mentions))
    assert counterpart.type == "PER" and counterpart.country == "IRN"
    # undated, or a name the tagger missed right after it: no holder is guessed
    undated = extract_text("بحث وزير الخارجية السعودي مع نظيره الإيراني العلاقات الثنائية.")
    assert not any(m.text == "نظيره الإيراني" for e in undated.entities for m in e.mentions)


@pytest.mark.parametrize(
    ("text", "word", "owners"),
    [
        # a bare word for an armed group refers back to the last one named, whatever its head
        (
            "أعلن جيش التحرير الوطني مسؤوليته. وعلق بيترو المحادثات مع الجماعة.",
            "الجماعة",
            ["جيش التحرير الوطني"],
        ),
        ("أطلقت حماس صواريخ على عسقلان. وقالت الحركة إنها ردت على الغارات.", "الحركة", ["حماس"]),
        # the group the same word referred to before, not the one named since
        (
            "خطفهم تنظيم داعش، بعد أن كشف عناصر من التنظيم مكانهم في إطار اتفاق مع حزب الله. "
            "وأطلق الجيش عملية ضد مواقع التنظيم.",
            "التنظيم",
            ["داعش", "داعش"],
        ),
        # a bank or agency told again as "the institution" or "the organisation"
        (
            "وقع المغرب اتفاقية قرض مع البنك الدولي. وأكد هنتشل أن المؤسسة ستقدم تمويلا.",
            "المؤسسة",
            ["البنك الدولي"],
        ),
        ("انتقدت الأمم المتحدة الهجوم. ودعت المنظمة إلى ضبط النفس.", "المنظمة", ["الأمم المتحدة"]),
        # a faction or an alliance named in quotes after its word: that word told again is it, not the
        # group named since
        (
            "أعلنت الحكومة وفصيل «الجبهة 33» المنشق عن القوات المسلحة الثورية الكولومبية اتفاقا. "
            "وأفرج الفصيل عن ثلاثة جنود.",
            "الفصيل",
            ["الجبهة 33"],
        ),
        (
            "أطلقت الشرطة الغاز على أنصار تحالف «أزيميو لا أوموجا» المعارض. "
            "وقال التحالف إن الاحتجاجات ستستمر.",
            "التحالف",
            ["أزيميو لا أوموجا"],
        ),
        (
            "أغلقت الشرطة الطرق أمام مسيرة دعت إليها جبهة «كيسان مورتشا» . والتقى الوزير قادة الجبهة .",
            "الجبهة",
            ["كيسان مورتشا"],
        ),
        # the only group the article named, however far back
        (
            "خرج آلاف الشباب في مسيرات نظمتها حركة «جيل زد 212» . وشهدت مدن عدة أعمال شغب . وأعلنت الشرطة"
            " توقيف 409 أشخاص . وأعلن رئيس الحكومة استعداده للحوار . غير أن الحركة رفضت العرض .",
            "الحركة",
            ["جيل زد 212"],
        ),
        # a state's army is no armed group; an adjective after the word makes another group
        ("أعلن الجيش السوداني السيطرة على المدينة. وقالت الجماعة إنها انسحبت.", "الجماعة", []),
        ("أعلنت حركة الشباب مسؤوليتها. وقالت الجماعة الإسلامية إنها تدين الهجوم.", "الجماعة", []),
    ],
)
def test_a_bare_word_for_an_armed_group_refers_back(text: str, word: str, owners: list[str]) -> None:
    from khabar.extract import extract_text

    doc = extract_text(text)
    found = [e.name for e in doc.entities for m in e.mentions if m.text == word]
    assert len(found) == len(owners) and all(n.endswith(o) for n, o in zip(found, owners, strict=True))


@pytest.mark.parametrize(
    ("text", "body", "told"),
    [
        # a body's head before the place noun alone is the body named with that place before
        (
            "حولت الحكومة العراقية الأموال إلى حكومة إقليم كردستان. وشكرت حكومة الإقليم بغداد.",
            "حكومة إقليم كردستان",
            ["حكومة إقليم كردستان", "حكومة الإقليم"],
        ),
        # another head names no such body
        (
            "حولت الحكومة العراقية الأموال إلى حكومة إقليم كردستان. وقالت شرطة الإقليم إن.",
            "حكومة إقليم كردستان",
            ["حكومة إقليم كردستان"],
        ),
    ],
)
def test_a_body_told_again_by_its_place_noun(text: str, body: str, told: list[str]) -> None:
    from khabar.extract import extract_text

    doc = extract_text(text)
    entity = next(e for e in doc.entities if e.name == body)
    assert [m.text for m in entity.mentions] == told


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # an envoy's title, where he is posted, then his name: one person
        ("واستدعت وزارة الخارجية العراقية السفير الأميركي في بغداد ماثيو تولر.", "ماثيو تولر"),
        ("استدعت الجزائر السفير الفرنسي لدى الجزائر ستيفان روماتيه.", "ستيفان روماتيه"),
        # posted at a body
        ("ورفضت السفيرة الأمريكية لدى الأمم المتحدة نيكي هيلي الانتقادات.", "نيكي هيلي"),
        ("ورفض السفير الأمريكي لدى الأمم المتحدة جون بولتون الانتقادات.", "جون بولتون"),
    ],
)
def test_an_envoy_s_title_before_his_post_and_name_is_his(text: str, holder: str) -> None:
    from khabar.extract import extract_text

    doc = extract_text(text)
    person = next(e for e in doc.entities if e.name == holder)
    assert any(m.text.startswith("السفير") for m in person.mentions)


@pytest.mark.parametrize(
    ("text", "title", "holder"),
    [
        # an office's title, a rank or honorific, then the holder's name: one person
        (
            "وانتقد وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان القرار.",
            "وزير الطاقة السعودي",
            "عبدالعزيز بن سلمان",
        ),
        ("وقال وزير الداخلية اللواء محمود توفيق إن الوضع هادئ.", "وزير الداخلية", "محمود توفيق"),
    ],
)
def test_an_office_s_title_before_a_rank_and_a_name_is_the_name_s(text: str, title: str, holder: str) -> None:
    from khabar.extract import extract_text

    doc = extract_text(text, date="2021-07-01")
    person = next(e for e in doc.entities if e.name == holder)
    assert title in [m.text for m in person.mentions]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # a title without the article takes a country as its genitive: the office's holder
        ("قال رئيس مصر إن الوضع هادئ.", {"عبد الفتاح السيسي"}),
        ("قال الرئيس المصري إن الوضع هادئ.", {"عبد الفتاح السيسي"}),
        # with the article, a country after it is no genitive but the verb's object
        ("زار الرئيس مصر أمس.", set()),
        ("زار الرئيس سلطنة عمان أمس.", set()),
    ],
)
def test_a_definite_title_takes_no_country_as_its_genitive(text: str, persons: set[str]) -> None:
    from khabar.extract import extract_text

    doc = extract_text(text, date="2024-01-01")
    assert {e.name for e in doc.entities if e.type == "PER"} == persons


@pytest.mark.parametrize(
    ("text", "holder", "mentions"),
    [
        # a title in the construct state before its country names the office's holder, a comma after it
        # no part of the country
        (
            "وكان أمير قطر الشيخ تميم بن حمد آل ثاني قد اقترح التعديلات. وأجرى الرئيس المصري اتصالا هاتفيا "
            "بأمير قطر، أشاد خلاله بالاستفتاء.",
            "تميم بن حمد آل ثاني",
            ["أمير قطر", "تميم بن حمد آل ثاني", "أمير قطر"],
        ),
        # alone such a word is a given name, no office
        (
            "التقى وزير الخارجية حسين أمير عبد اللهيان نظيره القطري.",
            "حسين أمير عبد اللهيان",
            ["وزير الخارجية", "حسين أمير عبد اللهيان"],
        ),
    ],
)
def test_a_construct_title_before_its_country(text: str, holder: str, mentions: list[str]) -> None:
    from khabar.extract import extract_text

    doc = extract_text(text, date="2024-05-01")
    assert [m.text for m in next(e for e in doc.entities if e.name == holder).mentions] == mentions


@pytest.mark.parametrize(
    ("text", "date", "mentions"),
    [
        # the office named again, alone or as a counterpart's, is the holder the text named with it
        (
            "وصل الرئيس التوغولي فور غناسينغبي إلى أبيدجان. وشكر الحسن واتارا الرئيس التوغولي على جهوده.",
            None,
            ["الرئيس التوغولي", "فور غناسينغبي", "الرئيس التوغولي"],
        ),
        (
            "وصل الرئيس التوغولي فور غناسينغبي إلى أبيدجان. وشكر الرئيس الإيفواري الحسن واتارا نظيره "
            "التوغولي على جهوده.",
            "2023-01-07",
            ["الرئيس التوغولي", "فور غناسينغبي", "نظيره التوغولي"],
        ),
        # a former holder's title names no one again, and an ambassador's office is held by many
        (
            "قال الرئيس التوغولي السابق فور غناسينغبي إن الوضع هادئ. وأضاف الرئيس التوغولي أن",
            None,
            ["الرئيس التوغولي", "فور غناسينغبي"],
        ),
        (
            "قال السفير التوغولي فور غناسينغبي إن الوضع هادئ. وأضاف السفير التوغولي أن",
            None,
            ["السفير التوغولي", "فور غناسينغبي"],
        ),
    ],
)
def test_an_office_named_again_is_the_holder_the_text_named_with_it(text, date, mentions):
    holder = entity(
        analyse(text, [("PERS", "فور غناسينغبي"), ("PERS", "الحسن واتارا")], date), "فور غناسينغبي"
    )
    assert [m.text for m in holder.mentions] == mentions


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a title with an adjective he was named with refers to him again; an envoy's country of posting
        # (إلى، لدى) stands between the title and the name
        (
            "قال المبعوث الأممي إلى اليمن هانس غروندبرغ ذلك. وأشادت السعودية بجهود المبعوث الأممي.",
            ["هانس غروندبرغ", "المبعوث الأممي"],
        ),
        (
            "قال المستشار الألماني أولاف شولتس ذلك. ثم قال الرئيس التنفيذي لشركة سيمنز إن العقد جاهز.",
            ["المستشار الألماني", "أولاف شولتس"],
        ),
        # a cleric's bare title; and a preposition after a bare title, which normalises like a
        # definite word (إلى), is no adjective of it
        (
            "استقبل البابا فرنسيس الرئيس الفلسطيني. ودعا البابا إلى وقف إطلاق النار.",
            ["فرنسيس", "البابا"],
        ),
        (
            "قال وزير الخارجية الألماني أولاف شولتس ذلك. ودعا الوزير إلى الحوار.",
            ["وزير الخارجية الألماني", "أولاف شولتس", "الوزير"],
        ),
        # not another adjective than his
        (
            "قال المبعوث الأممي إلى اليمن هانس غروندبرغ ذلك. وأشادت السعودية بجهود المبعوث الخاص.",
            ["هانس غروندبرغ"],
        ),
    ],
)
def test_a_title_with_the_adjective_he_was_named_with(text: str, mentions: list[str]) -> None:
    name = next(n for n in ("هانس غروندبرغ", "أولاف شولتس", "فرنسيس") if n in text)
    doc = analyse(text, [("PERS", name)])
    assert [m.text for m in entity(doc, name).mentions] == mentions


@pytest.mark.parametrize(
    ("text", "mention", "kb_id"),
    [
        # platforms blocked, summoned or fined: the knowledge base's entries, by their Arabic spellings
        ("حجبت الهيئة الوصول إلى منصة إنستغرام.", "إنستغرام", "org:instagram"),
        ("حجبت الحكومة تطبيق واتساب.", "واتساب", "org:whatsapp"),
        ("أعلن الرئيس حجب منصة إكس عشرة أيام.", "منصة إكس", "org:twitter"),
        ("حظرت السلطات تطبيق تيليغرام.", "تيليغرام", "org:telegram"),
    ],
)
def test_platforms_are_linked(text: str, mention: str, kb_id: str) -> None:
    doc = analyse(text, [("ORG", mention)])
    assert entity(doc, mention).kb_id == kb_id


@pytest.mark.parametrize(
    ("text", "name", "kb_id"),
    [
        # international courts and tribunals: the knowledge base's entries, tagged whole and linked
        (
            "أدانت المحكمة الخاصة بلبنان سليم عياش.",
            "المحكمة الخاصة بلبنان",
            "org:special_tribunal_for_lebanon",
        ),
        (
            "طالبت المحكمة الأوروبية لحقوق الإنسان تركيا بالإفراج عن دميرطاش.",
            "المحكمة الأوروبية لحقوق الإنسان",
            "org:european_court_of_human_rights",
        ),
        (
            "قضت الدوائر الإفريقية الاستثنائية في دكار بالسجن المؤبد على حسين حبري.",
            "الدوائر الإفريقية الاستثنائية",
            "org:extraordinary_african_chambers",
        ),
        (
            "أصدرت المحكمة الدولية لقانون البحار حكمها في النزاع.",
            "المحكمة الدولية لقانون البحار",
            "org:international_tribunal_for_the_law_of_the_sea",
        ),
    ],
)
def test_international_courts_are_linked(text: str, name: str, kb_id: str) -> None:
    from khabar.extract import extract_text

    doc = extract_text(text)
    assert next(e for e in doc.entities if e.name == name).kb_id == kb_id


@pytest.mark.parametrize(
    ("text", "name", "kb_id"),
    [
        # labour unions and food-security bodies: the knowledge base's entries, tagged whole and linked
        ("نفذ الاتحاد العام لنقابات عمال مصر وقفة احتجاجية.", "الاتحاد العام لنقابات عمال مصر", "org:etuf"),
        ("أعلنت الكونفدرالية الديمقراطية للشغل إضرابا.", "الكونفدرالية الديمقراطية للشغل", "org:cdt_morocco"),
        ("انتقد الاتحاد الدولي لنقابات العمال قطر.", "الاتحاد الدولي لنقابات العمال", "org:ituc"),
        (
            "وقع الصندوق الدولي للتنمية الزراعية اتفاقا مع السودان.",
            "الصندوق الدولي للتنمية الزراعية",
            "org:ifad",
        ),
        ("اشترت الهيئة العامة للسلع التموينية شحنة قمح.", "الهيئة العامة للسلع التموينية", "org:gasc"),
    ],
)
def test_unions_and_food_bodies_are_linked(text: str, name: str, kb_id: str) -> None:
    from khabar.extract import extract_text

    doc = extract_text(text)
    assert next(e for e in doc.entities if e.name == name).kb_id == kb_id


def test_lula_s_full_name_after_a_bare_title_is_linked() -> None:
    from khabar.extract import extract_text

    doc = extract_text("التقى الرئيس لويز إيناسيو لولا دا سيلفا الوزير النرويجي.")
    lula = next(e for e in doc.entities if e.type == "PER")
    assert (lula.name, lula.kb_id) == ("لويز إيناسيو لولا دا سيلفا", "per:luiz_inacio_lula_da_silva")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a body's part named with the body after ب or لدى is one mention; the body named alone later is
        # itself
        (
            "وطالبت لجنة الصحة بمجلس النواب النائب العام بمنع المسؤولين من السفر . وقال مجلس النواب إن",
            {"لجنة الصحة بمجلس النواب", "مجلس النواب"},
        ),
        ("ونشرت وزارة الداخلية بحكومة الوحدة الوطنية دوريات .", {"وزارة الداخلية بحكومة الوحدة الوطنية"}),
        # (not a body that merely follows a name: وقعت الوزارة بمجلس ... is no part)
        ("والتقى وزير الخارجية بمجلس النواب .", {"مجلس النواب"}),
    ],
)
def test_a_part_of_a_body_is_named_with_the_body(text: str, names: set[str]) -> None:
    from khabar.extract import extract_text

    assert {e.name for e in extract_text(text).entities if e.type == "ORG"} == names
