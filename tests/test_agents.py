"""Descriptive actors (``khabar.kb.agents``): armies, governments and ministries named by nationality."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.document import Document, Entity, Mention
from khabar.extract import extract_text
from khabar.kb.agents import add_agents, add_head_anaphors, agent_heads
from khabar.kb.kb import packaged_kb
from khabar.pipeline import registered

CONFIG = Config.default()
_STAGES = registered()
SENTENCES = _STAGES["sentences"](CONFIG)
TOKENS = _STAGES["tokens"](CONFIG)


def agents(text: str, entities: list[Entity] | None = None) -> list[Entity]:
    doc = Document(text)
    TOKENS(SENTENCES(doc))
    doc.entities = list(entities or [])
    add_agents(doc, packaged_kb())
    return doc.entities


@pytest.mark.parametrize(
    ("text", "mention", "name_en", "country", "sector", "kb_id"),
    [
        # a KB alias the tagger leaves untagged
        ("اعتقل الجيش العراقي ستة مسلحين.", "الجيش العراقي", "Iraqi Army", "IRQ", "MIL", "org:iraqi_army"),
        ("وأعلنت الخارجية الأميركية", "الخارجية الأميركية", None, "USA", "GOV", "org:"),
        # an armed coalition of Mali's north, named in full
        (
            "وقالت تنسيقية حركات أزواد إن الجيش هاجم مواقعها .",
            "تنسيقية حركات أزواد",
            "Coordination of Azawad Movements",
            "MLI",
            "REB",
            "org:coordination_of_azawad_movements",
        ),
        # an Egyptian rights group, the subject of its own criticism
        (
            "وانتقدت المبادرة المصرية للحقوق الشخصية القرار .",
            "المبادرة المصرية للحقوق الشخصية",
            "Egyptian Initiative for Personal Rights",
            "EGY",
            "NGO",
            "org:egyptian_initiative_for_personal_rights",
        ),
        # the US Treasury told without its ministry word, and Iran's national oil company
        (
            "الخزانة الأميركية تفرض عقوبات .",
            "الخزانة الأميركية",
            "US Treasury",
            "USA",
            "GOV",
            "org:us_treasury",
        ),
        (
            "فرضت عقوبات على شركة النفط الوطنية الإيرانية .",
            "شركة النفط الوطنية الإيرانية",
            "National Iranian Oil Company",
            "IRN",
            "BUS",
            "org:national_iranian_oil_company",
        ),
        # Libya's oil guard
        (
            "انسحب حرس المنشآت النفطية من الميناء .",
            "حرس المنشآت النفطية",
            "Petroleum Facilities Guard",
            "LBY",
            "MIL",
            "org:petroleum_facilities_guard",
        ),
        # a UN mission named by its adjective, no country after it (a longer alias names the mission)
        (
            "رحب المجلس بمبادرة البعثة الأممية .",
            "البعثة الأممية",
            "United Nations mission",
            None,
            "IGO",
            "org:un_mission",
        ),
        (
            "رحب المجلس بمبادرة البعثة الأممية في ليبيا .",
            "البعثة الأممية في ليبيا",
            "United Nations Support Mission in Libya",
            None,
            "IGO",
            "org:unsmil",
        ),
        # UNIFIL named in full
        (
            "أصيب جنديان من قوة الأمم المتحدة المؤقتة في لبنان .",
            "قوة الأمم المتحدة المؤقتة في لبنان",
            "UNIFIL",
            None,
            "IGO",
            "org:unifil",
        ),
        # head + nationality adjective (two-word adjective; feminine agreement; construct head)
        (
            "وصلت القوات الكورية الشمالية.",
            "القوات الكورية الشمالية",
            "Forces of North Korea",
            "PRK",
            "MIL",
            "agent:PRK:",
        ),
        (
            "وقالت الشرطة الباكستانية إن",
            "الشرطة الباكستانية",
            "Police of Pakistan",
            "PAK",
            "MIL",
            "agent:PAK:police",
        ),
        ("هاجمت قوات الأمن اليمنية المتظاهرين", "قوات الأمن اليمنية", None, "YEM", "MIL", "agent:YEM:"),
        ("وصلت قوة من سلاح الهندسة الفرنسي", "سلاح الهندسة الفرنسي", None, "FRA", "MIL", "agent:FRA:"),
        ("ورفضت الحكومة التشادية العرض", "الحكومة التشادية", None, "TCD", "GOV", None),
        # an embassy, a prison service
        ("وانتقدت السفارة الأميركية القرار", "السفارة الأميركية", None, "USA", "GOV", None),
        ("وردت مصلحة السجون الإسرائيلية بنقلهم", "مصلحة السجون الإسرائيلية", None, "ISR", "GOV", None),
        # proclitics stay outside the mention (an article merged into لل too, as for tagged names)
        ("وللحكومة التشادية رأي", "حكومة التشادية", None, "TCD", "GOV", None),
        # one other adjective between the head and the nationality
        (
            "أمرت المحكمة العسكرية الإسرائيلية بالإفراج عنه.",
            "المحكمة العسكرية الإسرائيلية",
            "Court of Israel",
            "ISR",
            "GOV",
            "agent:ISR:court",
        ),
        ("وقالت الحكومة الانتقالية الصومالية", "الحكومة الانتقالية الصومالية", None, "SOM", "GOV", None),
        ("وحجزت المصالح الأمنية المغربية 8 أطنان", "المصالح الأمنية المغربية", None, "MAR", "MIL", None),
        ("هاجمت القوات الحكومية العراقية القرية.", "القوات الحكومية العراقية", None, "IRQ", "MIL", None),
        # forces, regimes and parties
        (
            "اقتحمت قوات الاحتلال الإسرائيلي المدينة.",
            "قوات الاحتلال الإسرائيلي",
            "Occupation forces of Israel",
            "ISR",
            "MIL",
            "agent:ISR:occupation_forces",
        ),
        (
            "ومنعت سلطات الاحتلال الإسرائيلي المصلين من دخول المسجد.",
            "سلطات الاحتلال الإسرائيلي",
            "Occupation authorities of Israel",
            "ISR",
            "GOV",
            "agent:ISR:occupation_authorities",
        ),
        ("وقصف الطيران الحربي الإسرائيلي المنزل.", "الطيران الحربي الإسرائيلي", None, "ISR", "MIL", None),
        ("وقال النظام السوري إن", "النظام السوري", "Regime of Syria", "SYR", "GOV", "agent:SYR:regime"),
        # a party, front, force or government with relational adjectives and no nationality: no country
        ("وانتقدت الجبهة التركمانية التصريحات", "الجبهة التركمانية", None, None, "PTY", "local:"),
        # a parliamentary bloc or the parties of a people, named by their adjective
        ("وانسحب نواب الكتلة الصدرية من الجلسة", "الكتلة الصدرية", None, None, "PTY", "local:"),
        ("وأعلن التكتل الوطني مقاطعة الجلسة", "التكتل الوطني", None, None, "PTY", "local:"),
        # a popular movement named by its adjective
        ("وتظاهر أنصار الحراك الشعبي في العاصمة", "الحراك الشعبي", None, None, "NGO", "local:"),
        ("ودعا الحراك الجنوبي إلى عصيان مدني", "الحراك الجنوبي", None, None, "NGO", "local:"),
        ("ودعت الأحزاب الكردية إلى الإضراب", "الأحزاب الكردية", None, None, "PTY", "local:"),
        ("هاجمت القوات الحكومية القرية.", "القوات الحكومية", None, None, "MIL", "local:"),
        ("هاجمت القوات الحكومية المركزية القرية.", "القوات الحكومية المركزية", None, None, "MIL", "local:"),
        ("واتهم الحكومة الانتقالية بالتفريط", "الحكومة الانتقالية", None, None, "GOV", "local:"),
        ("وقالت المحكمة الجنائية العليا إن", "المحكمة الجنائية العليا", None, None, "GOV", "local:"),
        # (after a verb that opens with the article's letters, no noun the head is an adjective of)
        ("ألغت المحكمة الدستورية نتائج الجولة", "المحكمة الدستورية", None, None, "GOV", "local:"),
        # a guard named by its adjective (the presidential guard), or by its nationality
        ("احتجز عناصر من الحرس الرئاسي الرئيس", "الحرس الرئاسي", None, None, "MIL", "local:"),
        ("وأنقذ الحرس البحري التونسي 40 مهاجرا", "الحرس البحري التونسي", None, "TUN", "MIL", None),
        # a museum or a national team of a country
        ("طالبت مصر المتحف البريطاني بإعادة القطع", "المتحف البريطاني", None, "GBR", "EDU", None),
        ("هاجم مشجعون حافلة المنتخب العماني", "المنتخب العماني", None, "OMN", "SPT", None),
        # the gendarmerie, with its adjective or its nationality
        ("وأوقفت وحدات الدرك الوطني خمسة شبان", "الدرك الوطني", None, None, "MIL", "local:"),
        ("واعتقل الدرك الملكي المغربي ثلاثة أشخاص", "الدرك الملكي المغربي", None, "MAR", "MIL", None),
        # a court's remit ends its name (not a police's: الشرطة المتخصصة is the bare police)
        ("أصدرت محكمة الجنايات الخاصة في باريس حكما", "محكمة الجنايات الخاصة", None, None, "GOV", "local:"),
        ("وقضت المحكمة الجزائية المتخصصة بإعدام", "المحكمة الجزائية المتخصصة", None, None, "GOV", "local:"),
        # committees named by what they are for (the Sudanese resistance committees)
        ("وخرجت لجان المقاومة إلى الشوارع", "لجان المقاومة", None, None, "NGO", "local:"),
        # a news agency (وكالة الأنباء), not a government agency: it relays what others do
        ("وقالت وكالة الأنباء الألمانية إن", "وكالة الأنباء الألمانية", None, "DEU", "MED", "local:"),
        # the public prosecution, named so in each country, with or without its nationality
        ("وأمرت النيابة العامة بحبس الناشط", "النيابة العامة", None, None, "GOV", "local:"),
        (
            "وأحالت النيابة العامة المصرية الناشط",
            "النيابة العامة المصرية",
            "Prosecution of Egypt",
            "EGY",
            "GOV",
            "agent:EGY:prosecution",
        ),
        # a body named by a construct chain: indefinite nouns, one definite noun, its adjectives
        ("وأصدرت رابطة أصحاب محطات الوقود أوامر", "رابطة أصحاب محطات الوقود", None, None, "NGO", "local:"),
        ("نددت تنسيقية ضحايا زلزال الحوز بالتأخير", "تنسيقية ضحايا زلزال الحوز", None, None, "NGO", "local:"),
        # a bloc or a coordination of parties named by what it gathers
        ("ودعت منسقية المعارضة إلى التظاهر", "منسقية المعارضة", None, None, "PTY", "local:"),
        ("وانسحب تكتل الإصلاح من الحكومة", "تكتل الإصلاح", None, None, "PTY", "local:"),
        ("وأكد رئيس فريق الدفاع عن صدام", "فريق الدفاع", None, None, "NGO", "local:"),
        # a unit of investigations police, named by what it investigates
        ("وضبطت مباحث الكهرباء مئات العدادات", "مباحث الكهرباء", None, None, "MIL", "local:"),
        (
            "مددت محكمة معتقل عوفر العسكرية الإسرائيلية اعتقاله",
            "محكمة معتقل عوفر العسكرية الإسرائيلية",
            None,
            "ISR",
            "GOV",
            "local:",
        ),
        # a head named so only with a nationality at the end of its chain
        (
            "أعلنت إدارة الهجرة والجوازات التركية",
            "إدارة الهجرة والجوازات التركية",
            None,
            "TUR",
            "GOV",
            "local:",
        ),
        (
            "أعلنت وكالة التعاون الدولي اليابانية أن",
            "وكالة التعاون الدولي اليابانية",
            None,
            "JPN",
            "GOV",
            "local:",
        ),
        # a unit's chain holds the body it belongs to
        ("وقالت مديرية الأمن العام الأردنية إن", "مديرية الأمن العام الأردنية", None, "JOR", "GOV", "local:"),
        ("وقال جهاز الأمن الوطني العراقي إن", "جهاز الأمن الوطني العراقي", None, "IRQ", "GOV", "local:"),
        # a union of a body's staff
        ("نفذت رابطة موظفي الإدارة العامة إضرابا", "رابطة موظفي الإدارة العامة", None, None, "NGO", "local:"),
        # a verb's object right after a body named by its indefinite nouns is no word of its name; a body
        # named for what it deals with keeps it
        ("وأطلقت شرطة كوماسي النار على المحتجين.", "شرطة كوماسي", None, None, "MIL", "local:"),
        ("ورفض حزب رابطة عوامي الحكم.", "حزب رابطة عوامي", None, None, "PTY", "local:"),
        ("وقالت لجنة العقوبات إن", "لجنة العقوبات", None, None, "GOV", "local:"),
        # a congress named with its nationality or a place after a chain noun is a body; a place right
        # after it is where a conference meets
        ("وكان مؤتمر العمل النيجيري قد توصل إلى اتفاق", "مؤتمر العمل النيجيري", None, "NGA", "NGO", "local:"),
        # a nationality that is a common word too, after the head of a state's forces or authorities
        ("وقال الجيش المالي إن", "الجيش المالي", "Army of Mali", "MLI", "MIL", "agent:MLI:army"),
        ("أعلنت السلطات المالية حظر التجول.", "السلطات المالية", None, "MLI", "GOV", "agent:MLI:"),
        # (after another head, the common word: the ministry of finance)
        ("وقالت وزارة المالية إن العجز ارتفع.", "وزارة المالية", None, None, "GOV", "local:"),
        # portfolios joined with و, up to three, before the nationality
        (
            "ونددت وزارة الأوقاف والشؤون والمقدسات الإسلامية الأردنية بالاقتحام.",
            "وزارة الأوقاف والشؤون والمقدسات الإسلامية الأردنية",
            None,
            "JOR",
            "GOV",
            "local:",
        ),
        # (a portfolio of an indefinite noun and its definite genitive too)
        (
            "واتهمت وزارة الاتصالات وتكنولوجيا المعلومات الفلسطينية الاحتلال.",
            "وزارة الاتصالات وتكنولوجيا المعلومات الفلسطينية",
            None,
            "PSE",
            "GOV",
            "local:",
        ),
        # a company named with a word of running text and one never seen, closed by its nationality
        ("واتهمت شركة سهيل سات القطرية الرياض.", "شركة سهيل سات القطرية", None, "QAT", "BUS", "local:"),
        # a state's civil protection
        (
            "وقالت الحماية المدنية الجزائرية إن الحريق أخمد.",
            "الحماية المدنية الجزائرية",
            "Civil protection of Algeria",
            "DZA",
            "GOV",
            "agent:DZA:",
        ),
        # a state's airline
        (
            "وقالت الخطوط الجوية الليبية إن الرحلات ستستأنف.",
            "الخطوط الجوية الليبية",
            "Airlines of Libya",
            "LBY",
            "BUS",
            "agent:LBY:airlines",
        ),
        # a KB alias is not read across punctuation (its key would drop the full stop)
        ("حذر من الاطاحة بالحكومة اللبنانية .", "الحكومة اللبنانية", None, "LBN", "GOV", "org:lbn_govt"),
    ],
)
def test_descriptive_actor(
    text: str, mention: str, name_en: str | None, country: str | None, sector: str, kb_id: str | None
) -> None:
    found = agents(text)
    assert len(found) == 1
    ent = found[0]
    assert [m.text for m in ent.mentions] == [mention]
    assert ent.type == "ORG" and ent.country == country and ent.sector == sector
    if name_en is not None:
        assert ent.name_en == name_en
    if kb_id is not None:
        assert (ent.kb_id or "").startswith(kb_id)


@pytest.mark.parametrize(
    "text",
    [
        "قال الجيش إن الهجوم فشل.",  # no nationality
        "الحكومة. العراقية",  # not across a sentence end
        "التقى الوفد بالمسؤولين العراقيين.",  # the adjective must follow the head
        "رسم الممثل الأعلى للسياسة الخارجية الأوروبية خطة.",  # an adjective of the noun before it
        "شكلت الحكومة لجنة من الخبراء.",  # no construct chain after the head
        "رصدت حركة الجنود قرب الحدود.",  # a word of movement, no body
        "سمح البرلمان بإرسال قوات الي العراق.",  # إلى without its hamza is no definite noun
        "ناقش الوزير إدارة الأزمة السورية.",  # managing an affair a nationality describes
        "بحث الطرفان إدارة الموانئ.",  # a head named so only with its nationality
        "افتتح الوزير مؤتمر الطاقة المتجددة.",  # a conference, a body only with its nationality
        # a person's title after the body, though it ends like a relational adjective
        "اعتقلت الشرطة المحامية سنية الدهماني.",
        "اعتقلت الشرطة الصحافي خالد درارني.",
        # an indefinite head with a nationality adjective: no construct chain, no body named
        "أدانت محكمة روسية الصحفي إيفان غيرشكوفيتش.",
        "أرسلت قطر المساعدات المالية.",  # "financial": no head of a state's forces or authorities
    ],
)
def test_no_descriptive_actor(text: str) -> None:
    assert agents(text) == []


def test_a_head_and_nationality_describe_again_the_body_named_with_them() -> None:
    # بالشركة الأميركية after شركة X الأميركية: that company told again, not a new body
    text = "وقعت الحكومة وشركة إكسون موبيل الأميركية عقدا. وأشاد الوزير بالشركة الأميركية."
    s = text.index("إكسون")
    company = Entity("E1", "ORG", "إكسون موبيل", [Mention(s, s + 11, "إكسون موبيل")])
    found = agents(text, [company])
    assert [[m.text for m in e.mentions] for e in found if e.type == "ORG"][-1:] == [
        ["إكسون موبيل", "الشركة الأميركية"]
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a body joined with و to the body before it, its head the same, is another body, no phrase of the
        # first's purpose nor a mention of it
        (
            "وقعت الحكومة اتفاقا مع الاتحاد المغربي للشغل والاتحاد العام للشغالين.",
            ["الاتحاد المغربي للشغل", "الاتحاد العام للشغالين"],
        ),
        ("وقالت الكونفدرالية الديمقراطية للشغل إن", ["الكونفدرالية الديمقراطية للشغل"]),
    ],
)
def test_bodies_joined_with_wa_are_two(text: str, names: list[str]) -> None:
    assert [[m.text for m in e.mentions] for e in agents(text)] == [[n] for n in names]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a body whose head another noun follows is another body than the one named before with that head
        (
            "واستقال رئيس هيئة الطاقة الذرية المصرية. وطالب رئيس هيئة الرقابة النووية والإشعاعية المستشفيات.",
            ["هيئة الطاقة الذرية المصرية", "هيئة الرقابة النووية والإشعاعية"],
        ),
        # (not one whose head an adjective follows, nor one told with the words it was named with, the
        # article or not)
        ("أوقفت الشرطة التركية عشرات . وقالت الشرطة المحلية .", ["الشرطة التركية"]),
        (
            "طالبت بغداد حكومة إقليم كردستان بتسليم المنافذ . ورفضت حكومة الإقليم المطالب .",
            ["حكومة إقليم كردستان"],
        ),
        (
            "ساعد جهاز الاستخبارات العسكرية الدنماركي الوكالة . وتعهدت الحكومة بمراقبة جهاز الاستخبارات .",
            ["جهاز الاستخبارات العسكرية الدنماركي"],
        ),
    ],
)
def test_a_body_with_the_head_of_one_named_before_and_another_noun_is_another(
    text: str, names: list[str]
) -> None:
    assert [e.name for e in agents(text) if e.type == "ORG" and e.name != "الحكومة"] == names


def test_repeated_phrase_is_one_entity_and_tagged_spans_are_left_alone() -> None:
    found = agents("انسحب الجيش التركي ثم عاد الجيش التركي.")
    assert len(found) == 1 and len(found[0].mentions) == 2
    text = "قال الجيش الإسرائيلي"
    tagged = Entity("E1", "ORG", "الجيش الإسرائيلي", [Mention(4, len(text), "الجيش الإسرائيلي")])
    assert agents(text, [tagged]) == [tagged]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a bare head after the full phrase is a mention of it
        ("أوقفت الشرطة التركية عشرات . واستخدمت الشرطة الغاز .", ["الشرطة التركية", "الشرطة"]),
        # not before it, not with an adjective of its own, not another head
        ("استخدمت الشرطة الغاز . وقالت الشرطة التركية .", ["الشرطة التركية"]),
        ("أوقفت الشرطة التركية عشرات . وقالت الشرطة المحلية .", ["الشرطة التركية"]),
        ("أوقفت الشرطة التركية عشرات . وقال الجيش إن .", ["الشرطة التركية"]),
        # the head of a construct chain too
        ("وأكد رئيس فريق الدفاع عن صدام أن الفريق سيقاطع .", ["فريق الدفاع", "الفريق"]),
    ],
)
def test_bare_head_refers_to_the_last_phrase_with_it(text: str, mentions: list[str]) -> None:
    doc = Document(text)
    TOKENS(SENTENCES(doc))
    add_agents(doc, packaged_kb())
    add_head_anaphors(doc)
    assert [[m.text for m in e.mentions] for e in doc.entities] == [mentions]


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # the head of a named organisation, after the name: a mention of it
        ("وأعلنت حركة حماس رفضها . وقالت الحركة إنها ستقاوم .", "حركة حماس", ["حركة حماس", "الحركة"]),
        # إلى and a word with a preposition after the head are no adjectives of it
        ("ودان مجلس الأمن الهجوم . ودعا المجلس إلى التهدئة .", "مجلس الأمن", ["مجلس الأمن", "المجلس"]),
        (
            "وتبنى تنظيم القاعدة الهجوم . واتهم الوزير التنظيم بالسعي .",
            "تنظيم القاعدة",
            ["تنظيم القاعدة", "التنظيم"],
        ),
        # a name opening on the head with the article (المجموعة الاقتصادية ... المجموعة)
        (
            "وأعلنت المجموعة الاقتصادية لدول غرب أفريقيا العقوبات . وكانت المجموعة قد علقت عضويته .",
            "المجموعة الاقتصادية لدول غرب أفريقيا",
            ["المجموعة الاقتصادية لدول غرب أفريقيا", "المجموعة"],
        ),
        # a programme or commission named, then told by its head (البرنامج، المفوضية)
        (
            "وناشد برنامج الأغذية العالمي المانحين . وقدمت قطر مليون دولار إلى البرنامج .",
            "برنامج الأغذية العالمي",
            ["برنامج الأغذية العالمي", "البرنامج"],
        ),
        (
            "وحذرت مفوضية الأمم المتحدة لشؤون اللاجئين . وقالت المفوضية إن .",
            "مفوضية الأمم المتحدة لشؤون اللاجئين",
            ["مفوضية الأمم المتحدة لشؤون اللاجئين", "المفوضية"],
        ),
        # the head of the body a name's part is of, with ل: the part stands for it
        (
            "وافق المجلس التنفيذي لصندوق النقد الدولي على القرض . ورحب الوزير بموافقة الصندوق .",
            "المجلس التنفيذي لصندوق النقد الدولي",
            ["المجلس التنفيذي لصندوق النقد الدولي", "الصندوق"],
        ),
        # a league or a federation of unions, told by its head (الجامعة)
        (
            "ونفذت الجامعة العامة للتعليم الثانوي إضرابا . ودعا الوزير الجامعة إلى الحوار .",
            "الجامعة العامة للتعليم الثانوي",
            ["الجامعة العامة للتعليم الثانوي", "الجامعة"],
        ),
        # the head of a body named only with a nationality after it (مؤتمر العمل النيجيري ... المؤتمر)
        (
            "واعتقلت الشرطة رئيس مؤتمر العمل النيجيري . وهدد المؤتمر بشل البلاد .",
            "مؤتمر العمل النيجيري",
            ["مؤتمر العمل النيجيري", "المؤتمر"],
        ),
        # a name told right after its head, the head no word of its mention (في شركة X ... الشركة)
        (
            "أضرب آلاف العمال في شركة إيه تي آند تي . واتهمت النقابة إدارة الشركة بعرقلة المفاوضات .",
            "إيه تي آند تي",
            ["إيه تي آند تي", "الشركة"],
        ),
        ("وطالبت مجموعة فاغنر بالأموال . وقالت المجموعة إن .", "فاغنر", ["فاغنر", "المجموعة"]),
        # a campaign, a gathering, a network or a movement named before, told by its head
        (
            "ونظمت حملة «معا للبيئة» اعتصاما . وطالبت الحملة الوزارة بالتحرك .",
            "معا للبيئة",
            ["معا للبيئة", "الحملة"],
        ),
        (
            "ودعا تجمع النقابات المستقلة إلى إضراب . ورفض التجمع عرض الحكومة .",
            "تجمع النقابات المستقلة",
            ["تجمع النقابات المستقلة", "التجمع"],
        ),
        (
            "وأصدرت شبكة المدافعين عن البيئة تقريرا . واتهمت الشبكة الشركة بالتلوث .",
            "شبكة المدافعين عن البيئة",
            ["شبكة المدافعين عن البيئة", "الشبكة"],
        ),
        (
            "وتظاهر أنصار حراك الجنوب في المدينة . وطالب الحراك بالإفراج عن المعتقلين .",
            "حراك الجنوب",
            ["حراك الجنوب", "الحراك"],
        ),
        # or its quotation mark between (مجموعة «لحقي» ... المجموعة)
        ("نفذ ناشطون من مجموعة «لحقي» اعتصاما . وطالبت المجموعة بالاستقالة .", "لحقي", ["لحقي", "المجموعة"]),
        # (not another head's: الحركة after شركة X)
        ("أضرب العمال في شركة إيه تي آند تي . وقالت الحركة إن .", "إيه تي آند تي", ["إيه تي آند تي"]),
        # an adjective after it names another body
        ("وأعلنت حركة حماس رفضها . وقالت الحركة الإسلامية إنها .", "حركة حماس", ["حركة حماس"]),
        # the responsibility it is held to is no adjective of it (حملت النقابة الجماعة المسؤولية)
        (
            "واختطفت جماعة الحوثي رئيس النادي . وحملت النقابة الجماعة المسؤولية عن حياته .",
            "جماعة الحوثي",
            ["جماعة الحوثي", "الجماعة"],
        ),
    ],
)
def test_bare_head_refers_to_the_named_organisation(text: str, name: str, mentions: list[str]) -> None:
    doc = Document(text)
    TOKENS(SENTENCES(doc))
    start = text.index(name)
    doc.entities = [Entity("E1", "ORG", name, [Mention(start, start + len(name), name)])]
    add_head_anaphors(doc)
    assert [m.text for m in doc.entities[0].mentions] == mentions


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        # a word with the article after the head that opens a name is the verb's object, no adjective of
        # the head (وطالبت المنظمة المفوضية الأوروبية)
        (
            "وقالت منظمة «سي ووتش» إن السفينة تضررت . وطالبت المنظمة المفوضية الأوروبية بتعليق الدعم .",
            "سي ووتش",
            "المفوضية الأوروبية",
        ),
        (
            "ونظمت حملة «معا للبيئة» اعتصاما . ودعت الحملة المديرية العامة للأمن إلى التحرك .",
            "معا للبيئة",
            "المديرية العامة للأمن",
        ),
    ],
)
def test_a_bare_head_before_a_named_object_refers_to_the_named_organisation(
    text: str, name: str, other: str
) -> None:
    doc = Document(text)
    TOKENS(SENTENCES(doc))
    start, obj = text.index(name), text.index(other)
    doc.entities = [
        Entity("E1", "ORG", name, [Mention(start, start + len(name), name)]),
        Entity("E2", "ORG", other, [Mention(obj, obj + len(other), other)]),
    ]
    add_head_anaphors(doc)
    assert len(doc.entities[0].mentions) == 2


def test_a_bare_head_in_the_title_of_a_person_named_after_it_is_no_mention() -> None:
    # وقال رئيس المجلس محمد المنفي: a word of his title, whichever council he heads
    text = "ودان مجلس النواب القرار . وقال رئيس المجلس محمد المنفي إن ."
    doc = Document(text)
    TOKENS(SENTENCES(doc))
    body, person = text.index("مجلس النواب"), text.index("محمد المنفي")
    doc.entities = [
        Entity("E1", "ORG", "مجلس النواب", [Mention(body, body + 11, "مجلس النواب")]),
        Entity("E2", "PER", "محمد المنفي", [Mention(person, person + 11, "محمد المنفي")]),
    ]
    add_head_anaphors(doc)
    assert [m.text for m in doc.entities[0].mentions] == ["مجلس النواب"]
    # (with no name after the title, the head is a mention of the body)
    doc = Document("ودان مجلس النواب القرار . وقال رئيس المجلس إن .")
    TOKENS(SENTENCES(doc))
    doc.entities = [Entity("E1", "ORG", "مجلس النواب", [Mention(5, 16, "مجلس النواب")])]
    add_head_anaphors(doc)
    assert [m.text for m in doc.entities[0].mentions] == ["مجلس النواب", "المجلس"]


def test_a_chain_naming_a_body_named_before_or_holding_one_is_none() -> None:
    # هيئة المحكمة after المحكمة العسكرية الإسرائيلية: that court's panel, no other body
    found = agents("أمرت المحكمة العسكرية الإسرائيلية بالإفراج . ورفضت هيئة المحكمة الطلب .")
    assert [[m.text for m in e.mentions] for e in found] == [["المحكمة العسكرية الإسرائيلية"]]
    # a chain ending in a descriptive actor of its own is that actor
    found = agents("رصدت قيادة الجيش اللبناني التحركات.")
    assert [[m.text for m in e.mentions] for e in found] == [["الجيش اللبناني"]]


def test_a_descriptive_body_right_after_a_name_is_a_body() -> None:
    # (after a noun a relational adjective is the noun's: السياسة الخارجية الأوروبية; after a name, not)
    surname = Entity("E1", "PER", "ناظم الوائلي", [Mention(12, 24, "ناظم الوائلي")])
    found = agents("دعا المحافظ ناظم الوائلي الحكومة الاتحادية إلى إرسال تعزيزات", [surname])
    assert [[m.text for m in e.mentions] for e in found if e.type == "ORG"] == [["الحكومة الاتحادية"]]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("وطالبت اللجنة الحكومة الانتقالية بوقف الصادرات", "الحكومة الانتقالية"),
        ("ودعت البلدية الحكومة الانتقالية إلى التدخل", "الحكومة الانتقالية"),
        ("واتهم المجلس السلطات العسكرية بالتضييق", "السلطات العسكرية"),
    ],
)
def test_a_descriptive_body_right_after_a_body_is_a_body(text: str, mention: str) -> None:
    # (a head no adjective can be, after a body's head: the verb's object, no adjective of that body)
    assert [[m.text for m in e.mentions] for e in agents(text) if e.type == "ORG"][-1] == [mention]


def test_a_kb_body_named_again_after_its_head_is_the_same_body() -> None:
    # (the head named before marks another body of that head only when this one is not the same)
    found = agents("صوت مجلس النواب على القرار . ورحبت طهران بقرار مجلس النواب .")
    assert [[m.text for m in e.mentions] for e in found] == [["مجلس النواب", "مجلس النواب"]]


@pytest.mark.parametrize(
    ("text", "mention", "kb_id"),
    [
        ("هاجم اللواء 444 قتال مقرات جهاز الردع .", "اللواء 444 قتال", "org:brigade_444"),
        ("توصلت إيران ومجموعة 5+1 إلى اتفاق .", "مجموعة 5+1", "org:p5_plus_1"),
        # the words after the head in quotation marks
        ("توصلت إيران ومجموعة «5+1» ، الثلاثاء ، إلى اتفاق .", "مجموعة «5+1»", "org:p5_plus_1"),
        ("وأعلنت مجموعة « العشرين » عن خطة .", "مجموعة « العشرين »", "org:g20"),
        # a KB body named after a person holds the person's name
        (
            "أعلن مركز الملك سلمان للإغاثة والأعمال الإنسانية تقديم مساعدات .",
            "مركز الملك سلمان للإغاثة والأعمال الإنسانية",
            "org:ksrelief",
        ),
        # a KB alias of six words (the UN missions)
        (
            "ودانت بعثة الأمم المتحدة للدعم في ليبيا القصف .",
            "بعثة الأمم المتحدة للدعم في ليبيا",
            "org:unsmil",
        ),
    ],
)
def test_a_kb_alias_with_a_number_in_it(text: str, mention: str, kb_id: str) -> None:
    found = [e for e in agents(text) if e.kb_id == kb_id]
    assert [[m.text for m in e.mentions] for e in found] == [[mention]]


def test_heads_lexicon_loads() -> None:
    heads = agent_heads()
    assert ("الجيش",) in heads and heads[("الجيش",)].sector == "MIL"
    assert all(h.words == len(k) for k, h in heads.items())


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("وقالت القيادة الفلسطينية إن", "القيادة الفلسطينية", "PSE"),
        ("وانتشر الحرس الوطني الأميركي في", "الحرس الوطني الأميركي", "USA"),
        # security services named by a plural head (the nationality agrees with it, not with الأمن)
        ("ومنعت مصالح الأمن الجزائرية المسيرة", "مصالح الأمن الجزائرية", "DZA"),
        ("واعتقلت أجهزة الأمن الفنزويلية ناشطين", "أجهزة الأمن الفنزويلية", "VEN"),
        # forces that guard a border, a coast or the sky (not the aircraft or ships they use: instruments)
        ("وأسقطت الدفاعات الجوية الباكستانية مقاتلة", "الدفاعات الجوية الباكستانية", "PAK"),
        ("واعترض خفر السواحل اليوناني قاربا", "خفر السواحل اليوناني", "GRC"),
        ("وأطلق حرس الحدود الإيراني النار", "حرس الحدود الإيراني", "IRN"),
    ],
)
def test_more_agent_heads(text: str, mention: str, country: str) -> None:
    (ent,) = agents(text)
    assert [m.text for m in ent.mentions] == [mention] and ent.country == country


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        # forces, commandos and a security apparatus named with no country
        ("بينهم عسكريون من القوة الدولية في هجوم.", "القوة الدولية", "MIL"),
        ("استهدف الهجوم مقرا لمغاوير الشرطة.", "مغاوير الشرطة", "MIL"),
        ("حاصر المتظاهرون مبنى جهاز الامن أمس.", "جهاز الامن", "GOV"),
    ],
)
def test_forces_and_apparatus_with_no_country(text: str, mention: str, sector: str) -> None:
    (ent,) = agents(text)
    assert [m.text for m in ent.mentions] == [mention] and ent.sector == sector and ent.country is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a listed head of a noun and its adjective, told with no country: the body's own name
        ("وأوقف الحرس الوطني أمس خمسة مهربين قرب الحدود.", "الحرس الوطني"),
        ("وتعهدت القوات المسلحة بحماية المنشآت العامة.", "القوات المسلحة"),
    ],
)
def test_a_listed_head_with_its_adjective_names_a_body_alone(text: str, mention: str) -> None:
    (ent,) = agents(text)
    assert [m.text for m in ent.mentions] == [mention] and ent.sector == "MIL" and ent.country is None


@pytest.mark.parametrize(
    "text",
    [
        # a unit of the body a definite word after it names, no body of its own
        "وقصف الطيران الحربي التابع للجيش مواقع المتمردين.",
        "وحاصرت القوات الخاصة التابعة للشرطة المبنى.",
    ],
)
def test_no_body_named_by_a_listed_head_alone(text: str) -> None:
    assert [m.text for ent in agents(text) for m in ent.mentions] == []


def _place(text: str, name: str, country: str, start: int | None = None) -> Entity:
    """A place entity the tagger would give, at the first (or given) occurrence of ``name``."""
    s = text.index(name) if start is None else start
    return Entity("", "GPE", name, [Mention(s, s + len(name), name)], country=country, kb_id=f"geo:{country}")


@pytest.mark.parametrize(
    ("text", "place", "country", "mention", "org_country", "sector"),
    [
        # a body named after a place, a nationality after it or the place's country
        (
            "وأعلنت بلدية القدس الإسرائيلية هدم منزلين",
            "القدس",
            "ISR",
            "بلدية القدس الإسرائيلية",
            "ISR",
            "GOV",
        ),
        ("اقتحم محتجون مجلس محافظة ذي قار", "ذي قار", "IRQ", "مجلس محافظة ذي قار", "IRQ", "GOV"),
        # two indefinite nouns before the place (a council of the fighters of Derna)
        ("رفض مجلس شورى مجاهدي درنة المبادرة", "درنة", "LBY", "مجلس شورى مجاهدي درنة", "LBY", "GOV"),
        # a Gulf city's municipality (أمانة), only with a place in its name
        ("هدمت أمانة محافظة جدة مئات المباني", "جدة", "SAU", "أمانة محافظة جدة", "SAU", "GOV"),
        ("واستدعت حكومة غواتيمالا سفيرها", "غواتيمالا", "GTM", "حكومة غواتيمالا", "GTM", "GOV"),
        # a business: its name goes on with ل and what is joined to it
        ("أضرب عمال شركة مصر للغزل والنسيج أمس", "مصر", "EGY", "شركة مصر للغزل والنسيج", "EGY", "BUS"),
        # and a fund's (صندوق قطر للتنمية)
        ("أعلن صندوق قطر للتنمية تقديم منحة", "قطر", "QAT", "صندوق قطر للتنمية", "QAT", "GOV"),
        ("التقى وفدا من جامعة الموصل", "الموصل", "IRQ", "جامعة الموصل", "IRQ", "EDU"),
        # a protest movement named after its region (حراك الريف)
        ("ونظم حراك الحسيمة مسيرة", "الحسيمة", "MAR", "حراك الحسيمة", "MAR", "NGO"),
        # an alliance of a region's tribes (حلف: only with a place in its name; حلف اليمين is an oath)
        ("وأمهل حلف قبائل حضرموت الحكومة", "حضرموت", "YEM", "حلف قبائل حضرموت", "YEM", "PTY"),
        # a KB alias holding a place swallows it too, linked to its entry
        ("التقى وفدا من جامعة القاهرة", "القاهرة", "EGY", "جامعة القاهرة", None, "EDU"),
    ],
)
def test_a_body_named_after_a_place_swallows_its_mention(
    text: str, place: str, country: str, mention: str, org_country: str | None, sector: str
) -> None:
    ents = agents(text, [_place(text, place, country)])
    assert [e.name for e in ents] == [mention]  # the place is no mention of its own any more
    (org,) = ents
    assert (org.type, org.country, org.sector) == ("ORG", org_country, sector)


@pytest.mark.parametrize(
    "text",
    [
        "وصلت شركة إلى القاهرة",  # no genitive: إلى between
        "زار القاهرة وفد من شركة",  # the place before the head
        "وقالت شركة لمصر",  # ل on the place: no construct
        "نقلت شركة الطيران ركابا إلى القاهرة",  # a bare شركة chain names no body
        "وحلف الرئيس اليمين الدستورية في القاهرة",  # an oath sworn: حلف names a body only with a place
    ],
)
def test_no_body_named_after_a_place(text: str) -> None:
    ents = agents(text, [_place(text, "القاهرة" if "القاهرة" in text else "مصر", "EGY")])
    assert [e.type for e in ents] == ["GPE"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # مديرية is a district (a place noun) right before a place, a directorate before a noun
        ("قصفت الطائرات سوقا في مديرية كتاف بمحافظة صعدة", ["GPE"]),
        ("اقتحم مسلحون مقر مديرية أمن كتاف", ["ORG"]),
    ],
)
def test_a_district_is_no_body_named_after_its_place(text: str, types: list[str]) -> None:
    assert [e.type for e in agents(text, [_place(text, "كتاف", "YEM")])] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # مؤتمر right before a place is a conference held there, a congress with a noun between
        ("ولم تدع سوريا إلى مؤتمر روما", ["GPE"]),
        ("وطالب مؤتمر نقابات روما الحكومة", ["ORG"]),
    ],
)
def test_a_conference_is_no_body_named_after_its_place(text: str, types: list[str]) -> None:
    assert [e.type for e in agents(text, [_place(text, "روما", "ITA")])] == types


def test_a_place_named_elsewhere_keeps_its_other_mentions() -> None:
    text = "زار الرئيس القدس وأعلنت بلدية القدس هدم منزل"
    second = text.index("القدس", text.index("بلدية"))
    place = _place(text, "القدس", "ISR")
    place.mentions.append(Mention(second, second + 5, "القدس"))
    ents = agents(text, [place])
    assert sorted((e.type, [m.text for m in e.mentions]) for e in ents) == [
        ("GPE", ["القدس"]),
        ("ORG", ["بلدية القدس"]),
    ]


def test_a_kb_alias_with_a_proclitic_inside() -> None:
    # لدول: the word keeps its ل inside the name, and the place the tagger found in it is swallowed
    text = "دعت المجموعة الاقتصادية لدول غرب أفريقيا المجلس العسكري"
    ents = agents(text, [_place(text, "أفريقيا", "-")])
    assert [(e.kb_id, e.mentions[0].text) for e in ents] == [
        ("org:ecowas", "المجموعة الاقتصادية لدول غرب أفريقيا")
    ]


def _org(text: str, name: str) -> Entity:
    s = text.index(name)
    return Entity("", "ORG", name, [Mention(s, s + len(name), name)], sector="IGO", kb_id="org:x")


@pytest.mark.parametrize(
    ("text", "inner", "expected"),
    [
        # a head naming a part of an organisation holds its name (the UN's mission, the League's council)
        ("ودعت بعثة الأمم المتحدة جميع الأطراف", "الأمم المتحدة", ["بعثة الأمم المتحدة"]),
        # (and the KB body after it, with the same head, is named too)
        (
            "وطالب مجلس جامعة الدول العربية مجلس الأمن",
            "جامعة الدول العربية",
            ["مجلس جامعة الدول العربية", "مجلس الأمن"],
        ),
        # a head naming its kind does not: the organisation itself, linked as it was
        ("وقالت جماعة حزب الله إن", "حزب الله", ["حزب الله"]),
        ("وقالت منظمة هيومن رايتس ووتش إن", "هيومن رايتس ووتش", ["هيومن رايتس ووتش"]),
    ],
)
def test_a_body_named_as_part_of_an_organisation(text: str, inner: str, expected: list[str]) -> None:
    ents = agents(text, [_org(text, inner)])
    assert [m.text for e in ents for m in e.mentions] == expected


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # a head with the article, adjectives and what the body is for after ل
        ("ودعت النقابة الوطنية للصحافيين التونسيين إلى", "النقابة الوطنية للصحافيين التونسيين", "TUN"),
        ("وأعلنت المديرية العامة لمراقبة التراب الوطني أن", "المديرية العامة لمراقبة التراب الوطني", None),
        ("وهدد الاتحاد العام التونسي للشغل بإضراب", "الاتحاد العام التونسي للشغل", "TUN"),
        # what a body defends, after للدفاع عن
        (
            "وطالبت الرابطة الجزائرية للدفاع عن حقوق الإنسان السلطات",
            "الرابطة الجزائرية للدفاع عن حقوق الإنسان",
            "DZA",
        ),
        ("وقالت الجمعية المصرية للدفاع عن الحريات إن", "الجمعية المصرية للدفاع عن الحريات", "EGY"),
        # or releases or searches for (للإفراج عن المعتقلين، للبحث عن المفقودين)
        ("ورحبت اللجنة الوطنية للإفراج عن المعتقلين بالقرار", "اللجنة الوطنية للإفراج عن المعتقلين", None),
        ("وقالت الهيئة الوطنية للبحث عن المفقودين إن", "الهيئة الوطنية للبحث عن المفقودين", None),
        ("وقالت الهيئة العليا للانتخابات إن", "الهيئة العليا للانتخابات", None),
        # adjectives of standing (المستقلة، الدائمة), and a body's head after another is no adjective of it
        (
            "واتهم التحالف المفوضية العليا المستقلة للانتخابات بالتلاعب",
            "المفوضية العليا المستقلة للانتخابات",
            None,
        ),
        ("وقالت اللجنة الدائمة للحوار إن", "اللجنة الدائمة للحوار", None),
        (
            "وأعلنت الهيئة الوطنية للإغاثة والأعمال الإنسانية أن",
            "الهيئة الوطنية للإغاثة والأعمال الإنسانية",
            None,
        ),
        # a construct chain whose definite noun has another joined to it with و
        ("ورفض مجلس السلم والأمن إعلان", "مجلس السلم والأمن", None),
        ("واتهم منتدى عائلات الرهائن والمفقودين الحكومة", "منتدى عائلات الرهائن والمفقودين", None),
        # a nationality among the adjectives, no ل phrase
        ("وأرسلت الهيئة الخيرية الأردنية الهاشمية قافلة", "الهيئة الخيرية الأردنية الهاشمية", "JOR"),
        # an inspectorate, a campaign (not one waged: حملة واسعة لترحيل المهاجرين الأفغان)
        ("وأغلقت المفتشية العامة للصحة 37 صيدلية", "المفتشية العامة للصحة", None),
        ("وأعلن المركز الوطني للأرصاد الجوية أن", "المركز الوطني للأرصاد الجوية", None),
        ("ونددت الحملة الكندية لنزع السلاح النووي بالقرار", "الحملة الكندية لنزع السلاح النووي", "CAN"),
    ],
)
def test_a_body_named_by_its_head_adjectives_and_purpose(
    text: str, mention: str, country: str | None
) -> None:
    ents = agents(text)
    assert [(m.text, e.country, e.type) for e in ents for m in e.mentions] == [(mention, country, "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقالت النقابة الوطنية إن", []),  # no ل phrase and no nationality: a description
        ("وقالت اللجنة لمتابعة الأزمة إن", []),  # no adjective
        # what a descriptive actor acts for is no word of its name
        ("وعادت الحكومة الفيدرالية لمساعدة الضحايا", ["الحكومة الفيدرالية"]),
        # food or water security is no security force, of a country or not
        ("بشن حرب على الأمن الغذائي العالمي", []),
        ("من تهديد الأمن المائي المصري", []),
        # a descriptive actor with a nationality stays one (linked, or Army of Iraq), no local name
        ("وقال الجيش العراقي إن", ["الجيش العراقي"]),
    ],
)
def test_no_body_named_by_its_head_and_purpose(text: str, expected: list[str]) -> None:
    ents = agents(text)
    assert [m.text for e in ents for m in e.mentions] == expected
    assert all(not (e.kb_id or "").startswith("local:") for e in ents if e.country)


def test_a_body_for_an_organisations_work_holds_its_name_but_not_an_organ_of_it() -> None:
    text = "وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن"
    ents = agents(text, [_org(text, "أمم المتحدة")])
    assert [m.text for e in ents for m in e.mentions] == ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"]
    text = "وقال المكتب السياسي لحماس إن"
    ents = agents(text, [_org(text, "حماس")])
    assert [m.text for e in ents for m in e.mentions] == ["حماس"]


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("وقال المجلس العسكري في النيجر إنه يرفض الوساطة .", "النيجر", "NER"),
        # a name whose first letter reads as a proclitic (ب)
        ("وقال المجلس العسكري في بوركينا فاسو إنه يرفض الوساطة .", "بوركينا فاسو", "BFA"),
    ],
)
def test_a_ruling_body_named_by_its_country_after_fi_holds_the_countrys_name(
    text: str, place: str, country: str
) -> None:
    ents = agents(text, [_place(text, place, country)])
    assert [(e.type, e.country, [m.text for m in e.mentions]) for e in ents] == [
        ("ORG", country, [f"المجلس العسكري في {place}"])
    ]


def test_the_head_words_of_a_ruling_body_told_again_are_its_mention() -> None:
    text = "وقال المجلس العسكري الحاكم في مالي إنه يرفض . واتهم المجلس العسكري الحاكم فرنسا ."
    doc = Document(text)
    TOKENS(SENTENCES(doc))
    doc.entities = [_place(text, "مالي", "MLI")]
    add_agents(doc, packaged_kb())
    add_head_anaphors(doc)
    body = next(e for e in doc.entities if e.type == "ORG")
    assert [m.text for m in body.mentions] == ["المجلس العسكري الحاكم في مالي", "المجلس العسكري الحاكم"]
    assert body.country == "MLI" and body.kb_id == "agent:MLI:military_council"


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # with no country named for it before, a ruling body of no known country, named again later
        (
            "ونشر المجلس العسكري تعزيزات حول العاصمة . واتهم المجلس العسكري فرنسا .",
            [["المجلس العسكري", "المجلس العسكري"]],
        ),
        ("وأعلن المجلس العسكري الحاكم تعليق بث القناة .", [["المجلس العسكري الحاكم"]]),
        # (in a title it is the person's, no body of its own)
        ("ورفض رئيس المجلس العسكري الوساطة .", []),
        ("وقال المتحدث باسم المجلس العسكري إن .", []),
    ],
)
def test_the_head_words_of_a_ruling_body_named_nowhere_are_a_body_of_their_own(
    text: str, mentions: list[list[str]]
) -> None:
    doc = Document(text)
    TOKENS(SENTENCES(doc))
    add_agents(doc, packaged_kb())
    add_head_anaphors(doc)
    bodies = [e for e in doc.entities if e.type == "ORG"]
    assert [[m.text for m in e.mentions] for e in bodies] == mentions
    assert all(e.country is None and e.sector == "MIL" for e in bodies)


def test_the_head_words_of_a_ruling_body_go_to_the_last_one_named_before_them() -> None:
    text = (
        "وقال المجلس العسكري إنه يرفض . واتهم المجلس العسكري في مالي فرنسا . ورد المجلس العسكري على الاتهام ."
    )
    doc = Document(text)
    TOKENS(SENTENCES(doc))
    doc.entities = [_place(text, "مالي", "MLI")]
    add_agents(doc, packaged_kb())
    add_head_anaphors(doc)
    bodies = {e.country: [m.text for m in e.mentions] for e in doc.entities if e.type == "ORG"}
    assert bodies == {None: ["المجلس العسكري"], "MLI": ["المجلس العسكري في مالي", "المجلس العسكري"]}


def _person(text: str, name: str, mention: str, country: str) -> Entity:
    s = text.index(mention)
    return Entity("", "PER", name, [Mention(s, s + len(mention), mention)], country=country, name_en="Leader")


@pytest.mark.parametrize(
    ("text", "name", "mention", "expected"),
    [
        # a government named by its leader: the leader's country's, his name a word of it
        ("وانتقدت إدارة ترامب القرار", "دونالد ترامب", "ترامب", ["إدارة ترامب"]),
        ("رحلت حكومة دانيال أورتيغا معارضين", "دانيال أورتيغا", "دانيال أورتيغا", ["حكومة دانيال أورتيغا"]),
        # a title between names no one of its own: the leader stays himself
        ("وتظاهروا ضد حكومة الرئيس", "عمر البشير", "الرئيس", ["الرئيس"]),
    ],
)
def test_a_government_named_by_its_leader(text: str, name: str, mention: str, expected: list[str]) -> None:
    ents = agents(text, [_person(text, name, mention, "USA")])
    assert [m.text for e in ents for m in e.mentions] == expected
    if expected[0] != mention:
        body = next(e for e in ents if e.type == "ORG")
        assert body.country == "USA" and body.name_en.startswith(("Administration of", "Government of"))


@pytest.mark.parametrize(
    ("text", "expected", "country"),
    [
        # a head and a word the word clusters never saw: a foreign or rare name
        ("وتسلمت السعودية طائرات من شركة بايكار التركية", ["شركة بايكار التركية"], "TUR"),
        ("ووقعت مصر عقدا مع شركة داسو للطيران", ["شركة داسو للطيران"], None),  # a business goes on with ل
        ("ووقعت مالي مع مؤسسة غلافكوسموس الروسية عقدا", ["مؤسسة غلافكوسموس الروسية"], "RUS"),
        ("وقالت مؤسسة خيرية إن", [], None),
        ("وأفرجت قبيلة آل شبوان عن الرهائن", ["قبيلة آل شبوان"], None),
        ("وقالت قبيلة بقيوة إن", ["قبيلة بقيوة"], None),
        ("وهاجم مسلحون من عائلة زعيبر الشرطة", ["عائلة زعيبر"], None),  # a clan called a family
        # a tribe's name may have the article, one word the word clusters never saw
        ("وقال وجهاء قبيلة الشراعبة إن", ["قبيلة الشراعبة"], None),
        ("وقالت القبيلة الكبيرة إن", [], None),
        # after ل or ب a tribe or a family is named still, but not as the owner of a body before it
        ("وهاجم مسلحون قرى تابعة لقبيلة الزيود", ["قبيلة الزيود"], None),
        ("ومنحت العشيرة عطوة عشائرية لعشيرة الشرع", ["عشيرة الشرع"], None),
        ("وقدم الوزير تعازيه لعائلة فيلوسو", ["عائلة فيلوسو"], None),
        ("واتصل المحافظ بقبيلة المشاشية", ["قبيلة المشاشية"], None),
        ("ووقعت الإدارة الأهلية لقبيلة المساليت وثيقة", ["الإدارة الأهلية"], None),
        # the rare definite name is one word: an unknown verb after it is no word of it
        ("وأعلن أن عواقل قبيلة القطعان سلموا المطلوبين", ["قبيلة القطعان"], None),
        # a court, with an adjective of its kind after the name
        ("وقضت محكمة تفيرسكوي في موسكو بسجنه", ["محكمة تفيرسكوي"], None),
        ("ومددت محكمة عوفر العسكرية اعتقاله", ["محكمة عوفر العسكرية"], None),
        # ب and a known word after the name is the verdict, no word of it
        ("قضت محكمة جنايات أربيل بسجن الصحفيين", ["محكمة جنايات أربيل"], None),
        # a court's seat after its kind may end in ة, no adjective
        ("وأصدرت محكمة جنايات عطبرة حكما", ["محكمة جنايات عطبرة"], None),
        # a court's kind is no foreign name: a known genitive after it ends a construct chain
        ("وأصدرت محكمة جنايات الكرخ حكما", ["محكمة جنايات الكرخ"], None),
        ("وعاقبت محكمة جنايات أمن الدولة العليا المهندس", ["محكمة جنايات أمن الدولة العليا"], None),
        # words of running text, or shaped like an adjective or a verb, name no body
        ("وقالت شركة النفط إن", [], None),
        ("وارتفعت أسهم شركة مدرجة في البورصة", [], None),
        ("وقال شيوخ قبيلة ينشدون", [], None),
    ],
)
def test_a_body_named_by_a_rare_word_after_its_head(
    text: str, expected: list[str], country: str | None
) -> None:
    ents = agents(text)
    assert [m.text for e in ents for m in e.mentions] == expected
    assert all(e.type == "ORG" and e.country == country for e in ents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a genitive takes no preposition: organising a march is no body
        ("بعد إعلان الحركة تنظيم مسيرة للمطالبة بالإفراج عنه", []),
    ],
)
def test_a_construct_chain_ends_before_a_preposition(text: str, expected: list[str]) -> None:
    assert [m.text for e in agents(text) for m in e.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday is no genitive of a body's name: the day of its act
        ("نفذت اللجنة في مديرية دار سعد يوم الخميس وقفة", []),
        ("وعقدت رابطة موظفي الإدارة العامة صباح الأحد اجتماعا", ["رابطة موظفي الإدارة العامة"]),
    ],
)
def test_a_construct_chain_ends_before_a_weekday(text: str, expected: list[str]) -> None:
    assert [m.text for e in agents(text) for m in e.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # four indefinite nouns before the definite one: what the body watches over, or whom it stands for
        ("وطالبت لجنة متابعة تنفيذ اتفاق السلام الطرفين بالتهدئة", ["لجنة متابعة تنفيذ اتفاق السلام"]),
        ("ونظمت لجنة أهالي ضحايا غرق العبارة وقفة", ["لجنة أهالي ضحايا غرق العبارة"]),
    ],
)
def test_a_long_construct_chain_names_a_body(text: str, expected: list[str]) -> None:
    assert [m.text for e in agents(text) for m in e.mentions] == expected


def test_a_long_construct_chain_around_a_name_is_no_body() -> None:
    # the board of a company the tagger names, in a person's title: the company is the body
    from khabar.extract import extract_text

    names = [e.name for e in extract_text("والتقى رئيس مجلس إدارة شركة فوكسكون العالمية الوزير").entities]
    assert names == ["فوكسكون"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # public order, a statute: no regime
        ("لن تتراجع الحكومة عن فرض النظام العام", []),
        ("وعدل المؤتمر النظام الأساسي للحزب", []),
        # the political parties, any of them: no bloc
        ("وشاركت الأحزاب السياسية في الحوار الوطني", []),
        ("وقال النظام الإيراني إن", ["النظام الإيراني"]),
    ],
)
def test_phrases_of_a_body_s_head_that_name_no_body(text: str, expected: list[str]) -> None:
    assert [m.text for e in agents(text) for m in e.mentions if e.type == "ORG"] == expected


def test_a_kb_body_after_a_body_with_its_head_is_named() -> None:
    # (a described body with the same head before it is no reason to pass over a KB name)
    found = agents("وطالب الاتحاد الإيراني الاتحاد الآسيوي لكرة القدم بنقل المباريات .")
    assert [(e.name, e.kb_id) for e in found][-1] == (
        "الاتحاد الآسيوي لكرة القدم",
        "org:asian_football_confederation",
    )


#: nationality words, as the knowledge base gives them (normalised), for the shortened-name step
_DEMONYMS = {"المصريه": "EGY", "الفرنسيه": "FRA"}


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # a head and a definite adjective that open a name going on with ل: the name told short
        (
            "وهدد المجلس الأعلى للدولة بالطعن . ورفض صالح مطالب المجلس الأعلى بتعديل القانون .",
            "المجلس الأعلى للدولة",
            ["المجلس الأعلى للدولة", "المجلس الأعلى"],
        ),
        # not before the name, nor with an adjective of its own after it
        ("ورفض صالح مطالب المجلس الأعلى . وهدد المجلس الأعلى للدولة بالطعن .", "المجلس الأعلى للدولة", None),
        (
            "وهدد المجلس الأعلى للدولة بالطعن . ورفض المجلس الأعلى الليبي القانون .",
            "المجلس الأعلى للدولة",
            ["المجلس الأعلى للدولة"],
        ),
        # a body named with a nationality, told again without it (لوزارة الداخلية)
        (
            "ونشرت وزارة الداخلية المصرية قوات . واعتذر الخطيب لوزارة الداخلية عن العنف .",
            "وزارة الداخلية المصرية",
            ["وزارة الداخلية المصرية", "وزارة الداخلية"],
        ),
        # not with another nationality after it, nor a name with no nationality
        (
            "ونشرت وزارة الداخلية المصرية قوات . وانتقدت وزارة الداخلية الفرنسية القرار .",
            "وزارة الداخلية المصرية",
            None,
        ),
        (
            "ونشرت وزارة الداخلية الجديدة قوات . واعتذر الخطيب لوزارة الداخلية .",
            "وزارة الداخلية الجديدة",
            None,
        ),
        # a head and a definite adjective that open a name going on with a nationality: the name told short
        (
            "وأضربت النقابة الوطنية المصرية للمعلمين أمس . واتهم الوزير النقابة الوطنية بالتعنت .",
            "النقابة الوطنية المصرية للمعلمين",
            ["النقابة الوطنية المصرية للمعلمين", "النقابة الوطنية"],
        ),
        # not with another nationality after it
        (
            "وأضربت النقابة الوطنية المصرية للمعلمين أمس . وأيدت النقابة الوطنية الفرنسية الإضراب .",
            "النقابة الوطنية المصرية للمعلمين",
            None,
        ),
        # a body named with another relational adjective, told again without it
        (
            "وأعلنت هيئة النزاهة الاتحادية القبض على مدير . وشكر الساعدي هيئة النزاهة على جهودها .",
            "هيئة النزاهة الاتحادية",
            ["هيئة النزاهة الاتحادية", "هيئة النزاهة"],
        ),
    ],
)
def test_a_name_told_short_refers_back(text: str, name: str, mentions: list[str] | None) -> None:
    from khabar.kb.coref import add_shortened_names  # (new in stop 30: the module's other tests stand alone)
    from khabar.kb.link import token_forms

    doc = Document(text)
    TOKENS(SENTENCES(doc))
    start = text.index(name)
    doc.entities = [Entity("E1", "ORG", name, [Mention(start, start + len(name), name)])]
    add_shortened_names(doc, token_forms(doc.tokens), _DEMONYMS)
    assert [m.text for m in doc.entities[0].mentions] == (mentions or [name])


def test_a_name_told_short_that_the_tagger_named_joins_the_longer() -> None:
    from khabar.kb.coref import add_shortened_names  # (new in stop 30)
    from khabar.kb.link import token_forms

    text = "رفض الاتحاد الأفريقي طلب الاتحاد الليبي لكرة القدم . وانتقد رئيس الاتحاد الليبي القرار ."
    doc = Document(text)
    TOKENS(SENTENCES(doc))
    long_name, short_name = "الاتحاد الليبي لكرة القدم", "الاتحاد الليبي"
    s1 = text.index(long_name)
    s2 = text.index(short_name, s1 + len(long_name))
    doc.entities = [
        Entity("E1", "ORG", long_name, [Mention(s1, s1 + len(long_name), long_name)]),
        Entity("E2", "ORG", short_name, [Mention(s2, s2 + len(short_name), short_name)]),
    ]
    add_shortened_names(doc, token_forms(doc.tokens), _DEMONYMS)
    assert [[m.text for m in e.mentions] for e in doc.entities] == [[long_name, short_name]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head that is a verbal noun too, after ل or ب, is what is done: to organise, no body
        ("وقع الوزيران مذكرة تفاهم لتنظيم حركة الشاحنات عبر المنفذ", []),
        ("وتعهد الوزير بتنظيم حركة الشاحنات", []),
        # or before acts in the plural: organising them
        ("وحمل الجيش الميليشيات مسؤولية تنظيم عمليات التهريب", []),
        ("وتولت الوزارة تنظيم رحلات الحج", []),
        # (not after و, nor without a proclitic)
        ("وقال تنظيم الدولة الإسلامية إن", ["تنظيم الدولة الإسلامية"]),
        ("وقال تنظيم حراس الدين إن", ["تنظيم حراس الدين"]),
    ],
)
def test_a_verbal_noun_head_after_a_preposition_names_no_body(text: str, expected: list[str]) -> None:
    assert [m.text for e in agents(text) for m in e.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun ending in ى (normalised to ي) after a head with the article is its object, no adjective
        ("ورفضت المحكمة الدعوى التي رفعتها الجمعية", []),
        ("وأصدرت اللجنة الفتوى بعد أيام", []),
        # (an adjective of rank in ى is one: the high court)
        ("وقالت المحكمة الكبرى إن", ["المحكمة الكبرى"]),
    ],
)
def test_a_noun_in_alif_maqsura_is_no_adjective_of_a_head(text: str, expected: list[str]) -> None:
    assert [m.text for e in agents(text) for m in e.mentions] == expected


def test_a_court_named_after_its_districts_saint() -> None:
    # the tagger reads the saint's name as a person's (and سيدي as س + يدي): a word of the court's name
    text = "أصدرت محكمة سيدي امحمد حكما بالسجن"
    person = _person(text, "سيدي امحمد", "سيدي امحمد", "DZA")
    assert [m.text for e in agents(text, [person]) for m in e.mentions] == ["محكمة سيدي امحمد"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a government named by its leader's rank and name: the rank is his title, no body's word
        ("متهما حكومة النقيب إبراهيم تراوري باستخدام التجنيد", "إبراهيم تراوري"),
        ("وانتقد حكومة العقيد عاصمي غويتا", "عاصمي غويتا"),
    ],
)
def test_a_government_named_by_its_leaders_rank(text: str, mention: str) -> None:
    person = _person(text, mention, mention, "BFA")
    assert [m.text for e in agents(text, [person]) for m in e.mentions] == [mention]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry of what a body deals with holds that body's name: one ministry
        ("ونشرت وزارة الأمن الأرجنتينية آلاف العناصر", ["وزارة الأمن الأرجنتينية"]),
        ("وقالت وزارة الأمن الداخلي الأمريكية إن", ["وزارة الأمن الداخلي الأمريكية"]),
    ],
)
def test_a_ministry_of_security_is_one_body(text: str, expected: list[str]) -> None:
    assert [m.text for e in agents(text) for m in e.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated adjective of the body's noun is a word of its name (الهجرة غير الشرعية)
        ("أعلن جهاز مكافحة الهجرة غير الشرعية ترحيل مهاجرين", ["جهاز مكافحة الهجرة غير الشرعية"]),
        # (but not غير before a word that is no adjective)
        ("أعلن جهاز مكافحة الهجرة غير مرة", ["جهاز مكافحة الهجرة"]),
    ],
)
def test_a_negated_adjective_in_a_bodys_name(text: str, expected: list[str]) -> None:
    assert [m.text for e in agents(text) for m in e.mentions] == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # the portfolio of a named minister, or two, is their title, no body of its own
        (
            "وقع وزيرا الدفاع اللبناني ميشال منسى والسوري مرهف أبو قصرة اتفاقا",
            ["ميشال منسى", "مرهف أبو قصرة"],
            ["ميشال منسى", "مرهف أبو قصرة"],
        ),
        ("اقتحم وزير الأمن القومي الإسرائيلي إيتمار بن غفير المسجد", ["إيتمار بن غفير"], ["إيتمار بن غفير"]),
        # (a minister no one names is told by the body of his portfolio)
        ("خلال زيارة وزيرة الأمن الداخلي الأميركية إلى الرياض", [], ["الأمن الداخلي الأميركية"]),
    ],
)
def test_a_named_ministers_portfolio_is_no_body(text: str, names: list[str], expected: list[str]) -> None:
    people = [_person(text, n, n, "") for n in names]
    assert [m.text for e in agents(text, people) for m in e.mentions] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a purpose after ل whose genitive is a place's name, and a second purpose joined with و
        ("واتهم المجلس الأعلى لأمازيغ ليبيا الهيئة العامة للأوقاف بالتحريض.", "المجلس الأعلى لأمازيغ ليبيا"),
        (
            "وقالت الجمعية الوطنية لدعم فلسطين ومناهضة التطبيع إن الزيارة مرفوضة.",
            "الجمعية الوطنية لدعم فلسطين ومناهضة التطبيع",
        ),
        # a party or front, unlike a descriptive actor, is named with what it was founded for
        (
            "ودعت الجبهة المغربية لدعم فلسطين ومناهضة التطبيع إلى مقاطعة الشركة.",
            "الجبهة المغربية لدعم فلسطين ومناهضة التطبيع",
        ),
        ("وقال التيار الوطني لإنقاذ البلاد إن", "التيار الوطني لإنقاذ البلاد"),
    ],
)
def test_a_body_whose_purpose_names_a_place_or_two_aims(text: str, name: str) -> None:
    assert name in [e.name for e in extract_text(text).entities]


def test_a_court_named_after_a_district_tagged_alone_holds_it() -> None:
    # محكمة سيمونوفسكي: the tagger takes the district's name for a body; the court holds it
    names = [
        e.name for e in extract_text("قضت محكمة سيمونوفسكي في موسكو بسجن المعارض أليكسي نافالني.").entities
    ]
    assert "محكمة سيمونوفسكي" in names and "سيمونوفسكي" not in names


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # a place whose first letter the tokenizer cut as ب or ل, the mention keeping it, is no genitive
        # after a preposition: the court holds it
        (
            "قضت محكمة مقاطعة بريمورسكي في سانت بطرسبورغ بسجن المدونة يلينا سوكولوفا.",
            "محكمة مقاطعة بريمورسكي",
            "بريمورسكي",
        ),
    ],
)
def test_a_body_holds_a_place_whose_first_letter_looks_like_a_proclitic(
    text: str, name: str, place: str
) -> None:
    names = [e.name for e in extract_text(text).entities]
    assert name in names and place not in names


def test_no_body_is_named_by_an_adjective_or_a_word_of_where_before_a_place() -> None:
    text = "وقالت إن قوات إثيوبية داخل الصومال توغلت"
    ents = agents(text, [_place(text, "الصومال", "SOM")])
    assert [e.name for e in ents] == ["الصومال"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a company named by a construct chain and its nationality is a body of that country
        ("وأعلنت شركة نقل الكهرباء النيجيرية قطع الإمدادات.", ["شركة نقل الكهرباء النيجيرية"]),
        # but it only describes a company named right after it (a KB name or a tagged one)
        (
            "ورفضت المحكمة طلبا تقدمت به شركة السكك الحديدية الألمانية دويتشه بان.",
            ["دويتشه بان"],
        ),
        ("ارتفعت أسهم شركة النفط", []),  # no nationality: no name
        # the nationality before another adjective
        ("ورحل مديرين في شركة النفط الصينية الوطنية أمس.", ["شركة النفط الصينية الوطنية"]),
    ],
)
def test_a_company_is_named_by_its_chain_and_nationality_unless_its_name_follows(
    text: str, names: list[str]
) -> None:
    assert [e.name for e in extract_text(text).entities if e.type == "ORG"] == names


def test_a_bare_head_tells_again_the_body_whose_organ_was_named() -> None:
    doc = extract_text("تبنى مجلس منظمة الأغذية والزراعة قرارا. وطالبت أوكرانيا المنظمة بإنشاء صندوق.")
    council = next(e for e in doc.entities if e.name.startswith("مجلس"))
    assert [m.text for m in council.mentions] == ["مجلس منظمة الأغذية والزراعة", "المنظمة"]


def test_the_club_tells_again_the_club_named_after_its_head() -> None:
    doc = extract_text("وأعلن نادي المريخ انسحابه من البطولة. وأعرب الاتحاد عن تضامنه مع النادي.")
    club = next(e for e in doc.entities if e.name == "المريخ")
    assert [m.text for m in club.mentions] == ["المريخ", "النادي"]


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("طلب السباح السوري عمر الحسن اللجوء في المجر. واتهم الاتحاد اللاعب بالتخلي عن واجبه.", "اللاعب"),
        ("طلبت الملاكمة الإيرانية سحر رضائي اللجوء. وهدد الاتحاد بمقاضاة اللاعبة أمام المحاكم.", "اللاعبة"),
    ],
)
def test_the_player_tells_again_a_sportsman_named_with_his_sport(text: str, bare: str) -> None:
    person = next(e for e in extract_text(text).entities if e.type == "PER")
    assert [m.text for m in person.mentions][1:] == [bare]


def test_organising_a_gathering_is_no_organisation() -> None:
    text = "أعلن الاتحاد سحب تنظيم بطولة كوبا أمريكا من كولومبيا."
    assert not [e for e in extract_text(text).entities if e.name.startswith("تنظيم")]


def test_a_noun_joined_with_its_own_nationality_is_another_actor() -> None:
    text = "وقعت الشركة التونسية للكهرباء والغاز والمشغل الإيطالي تيرنا اتفاقية."
    assert [e.name for e in extract_text(text).entities if e.type == "ORG"] == [
        "الشركة التونسية للكهرباء والغاز",
        "تيرنا",
    ]


def test_a_second_body_joined_with_wa_is_no_portfolio() -> None:
    # مجلس الكنائس after و is a body of its own, not a portfolio of the first
    found = agents("ووقع مجلس حكماء المسلمين ومجلس الكنائس العالمي مذكرة تفاهم.")
    assert [m.text for e in found for m in e.mentions] == ["مجلس حكماء المسلمين", "مجلس الكنائس العالمي"]


@pytest.mark.parametrize(
    "text",
    [
        "وبدأت السلطات حملة واسعة لترحيل المهاجرين الأفغان غير الموثقين",  # a campaign waged
        "ونقل المصابون إلى المركز الصحي في البلدة",  # a centre named by what it is, no purpose after ل
    ],
)
def test_a_head_and_its_adjective_alone_is_no_body(text: str) -> None:
    assert agents(text) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # an institute named by its adjectives and what it is for after ل
        (
            "ورفضت الحكومة الشحنة بعد أن أعلن المعهد الوطني لسلامة النباتات تلوثها ببكتيريا ضارة.",
            "المعهد الوطني لسلامة النباتات",
        ),
        # and by a construct chain
        ("وأعلنت واشنطن رفع معهد علوم الأدلة الجنائية من القائمة.", "معهد علوم الأدلة الجنائية"),
    ],
)
def test_an_institute_is_a_body(text: str, mention: str) -> None:
    assert mention in [m.text for e in extract_text(text).entities if e.type == "ORG" for m in e.mentions]


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # security forces named by القوى الأمنية or وحدات الأمن, then the nationality
        ("فرقت القوى الأمنية اللبنانية المحتجين", "القوى الأمنية اللبنانية", "LBN"),
        ("وعززت وحدات الأمن التونسية انتشارها", "وحدات الأمن التونسية", "TUN"),
    ],
)
def test_security_forces_and_units_are_agent_heads(text: str, mention: str, country: str) -> None:
    (ent,) = agents(text)
    assert [m.text for m in ent.mentions] == [mention] and ent.country == country
